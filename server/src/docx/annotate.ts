// Writes a copy of a .docx with a Word comment at each finding, the way a colleague returns a draft: the
// comment sits on the words the finding is about (runs are split at the finding's ends), and says what was
// found, the rule, and the fix when there is one. A finding inside an automatic number (which has no text in
// the file to hold on to) is anchored at the start of its paragraph.

import type { Finding, Locale } from '../engine/types';
import { relsPath, writePart, zipPackage, type WordPackage } from './package';
import { wordRange, type WordPoint } from './positions';
import { readPackage } from './reader';
import type { Story, WordParagraph } from './story';
import { childElements, isW, parseXml, wAttr, type Document, type Element, type Node } from './xml';

export interface AnnotateOptions {
  /** Language of the labels (规则/Rule, 建议/Fix); by default that of the messages. */
  locale?: Locale;
  author?: string;
  initials?: string;
  /** When the comments were made (default: now). */
  date?: Date;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELATIONSHIP_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** A numbered heading this short is highlighted whole when its number is what a finding is about. */
const SHORT_HEADING = 40;

interface Anchor {
  id: number;
  story: Story;
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
  finding: Finding;
  /** The finding is in this note; the comment sits on its mark in the body. */
  note?: { story: Story; number: number };
}

/** A copy of the .docx `bytes` with a comment for each finding (positions in the text readDocx gave). */
export function annotateDocx(bytes: Uint8Array, findings: Finding[], options: AnnotateOptions = {}): Uint8Array {
  const read = readPackage(bytes);
  const comments = openComments(read.pkg, read.parts.body!.doc);
  let nextId = comments.nextId;
  const anchors: Anchor[] = [];
  for (const finding of findings) {
    const range = wordRange(read, finding.range);
    const anchor = range && anchorOf(range.start, range.end, read.paragraphs);
    if (!anchor) continue;
    if (anchor.story === 'body') {
      anchors.push({ ...anchor, id: nextId++, finding });
      continue;
    }
    // Office applications differ on comments inside notes (LibreOffice cannot open them): the comment goes on
    // the note's mark in the body and says which note it is about.
    const note = read.paragraphs[anchor.story][anchor.start.paragraph]?.note;
    const ref = note === undefined ? undefined : read.noteReferences.get(`${anchor.story}:${note}`);
    if (!ref) continue;
    const at = { paragraph: ref.paragraph, offset: ref.offset };
    anchors.push({ story: 'body', start: at, end: at, id: nextId++, finding, note: { story: anchor.story, number: ref.number } });
  }
  if (anchors.length === 0) return bytes.slice();

  const body = read.parts.body!;
  placeMarkers(body.doc, read.paragraphs.body, anchors);
  writePart(read.pkg, body.path, body.doc);
  const locale = options.locale ?? (/\p{sc=Han}/u.test(findings[0]?.message ?? '') ? 'zh-cn' : 'en');
  for (const a of anchors) comments.add(a.id, commentText(a, locale), options);
  writePart(read.pkg, comments.path, comments.doc);
  return zipPackage(read.pkg);
}

/** Where a comment goes: the finding's words, or the start of the paragraph for a finding in a number. */
function anchorOf(start: WordPoint, end: WordPoint, paragraphs: Record<Story, WordParagraph[]>): Omit<Anchor, 'id' | 'finding'> | undefined {
  const story: Story = start.story ?? 'body';
  const first = paragraphs[story][start.paragraph];
  if (!first) return undefined;
  const from = { paragraph: start.paragraph, offset: start.inNumber ? 0 : start.offset };
  let to = { paragraph: end.paragraph, offset: end.offset };
  if ((end.story ?? 'body') !== story) to = { paragraph: start.paragraph, offset: first.text.length };
  if (start.inNumber && end.inNumber && end.paragraph === start.paragraph) {
    // Only the number is at fault: a short heading is marked whole, a long list item at its start.
    to = { paragraph: start.paragraph, offset: first.text.length <= SHORT_HEADING ? first.text.trimEnd().length : 0 };
  } else if (end.inNumber) {
    to = { paragraph: end.paragraph, offset: 0 };
  }
  if (to.paragraph < from.paragraph || (to.paragraph === from.paragraph && to.offset < from.offset)) to = { ...from };
  return { story, start: from, end: to };
}

/** A place between runs: insert before `before` in `parent` (null: at the end of `parent`). */
interface Boundary {
  parent: Node;
  before: Node | null;
}

function placeMarkers(doc: Document, paragraphs: WordParagraph[], anchors: Anchor[]): void {
  const offsets = new Map<number, Set<number>>();
  const want = (p: number, o: number) => (offsets.get(p) ?? offsets.set(p, new Set()).get(p)!).add(o);
  for (const a of anchors) {
    want(a.start.paragraph, a.start.offset);
    want(a.end.paragraph, a.end.offset);
  }
  const boundaries = new Map<string, Boundary>();
  for (const [index, set] of offsets) {
    const found = splitAt(doc, paragraphs[index], [...set]);
    for (const [offset, boundary] of found) boundaries.set(`${index}:${offset}`, boundary);
  }
  const w = wordMaker(doc);
  // At one boundary: ends of comments begun earlier, then empty comments (start, end), then starts.
  const at = new Map<string, { order: number; nodes: Element[] }[]>();
  const put = (key: string, order: number, nodes: Element[]) => (at.get(key) ?? at.set(key, []).get(key)!).push({ order, nodes });
  for (const a of anchors) {
    const startKey = `${a.start.paragraph}:${a.start.offset}`;
    const endKey = `${a.end.paragraph}:${a.end.offset}`;
    const start = w('commentRangeStart', { id: String(a.id) });
    const end = [w('commentRangeEnd', { id: String(a.id) }), w('r', {}, [w('commentReference', { id: String(a.id) })])];
    if (startKey === endKey) put(startKey, 1, [start, ...end]);
    else {
      put(startKey, 2, [start]);
      put(endKey, 0, end);
    }
  }
  for (const [key, items] of at) {
    const boundary = boundaries.get(key);
    if (!boundary) continue;
    items.sort((a, b) => a.order - b.order);
    for (const item of items) for (const node of item.nodes) boundary.parent.insertBefore(node, boundary.before);
  }
}

/** Splits the paragraph's runs so each offset falls between runs; returns the place at each offset. */
function splitAt(doc: Document, paragraph: WordParagraph, offsets: number[]): Map<number, Boundary> {
  const out = new Map<number, Boundary>();
  const atoms = paragraph.atoms;
  // From the end backwards: a split moves only what follows it, so the atoms before stay where they are.
  for (const offset of [...new Set(offsets)].sort((a, b) => b - a)) {
    const last = atoms[atoms.length - 1];
    if (!last) {
      out.set(offset, { parent: paragraph.element, before: null });
      continue;
    }
    if (offset >= paragraph.text.length) {
      out.set(offset, { parent: last.run.parentNode!, before: last.run.nextSibling });
      continue;
    }
    const atom = atoms.find((a) => offset >= a.offset && offset < a.offset + a.text.length)!;
    let node: Element = atom.node;
    if (offset > atom.offset) node = splitText(doc, node, offset - atom.offset);
    const run = node.parentNode as Element;
    const head = hasContentBefore(node) ? splitRun(doc, run, node) : run;
    out.set(offset, { parent: head.parentNode!, before: head });
  }
  return out;
}

/** Splits a w:t after `at` characters; returns the new w:t holding the rest. */
function splitText(doc: Document, t: Element, at: number): Element {
  const text = t.textContent ?? '';
  const rest = doc.createElementNS(t.namespaceURI, t.nodeName);
  setText(doc, t, text.slice(0, at));
  setText(doc, rest, text.slice(at));
  t.parentNode!.insertBefore(rest, t.nextSibling);
  return rest;
}

function setText(doc: Document, t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(text));
  t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
}

function hasContentBefore(node: Element): boolean {
  for (let s = node.previousSibling; s; s = s.previousSibling) if (s.nodeType === 1 && !isW(s, 'rPr')) return true;
  return false;
}

/** Moves `from` and what follows it in its run into a new run with the same formatting, right after it. */
function splitRun(doc: Document, run: Element, from: Element): Element {
  const copy = doc.createElementNS(run.namespaceURI, run.nodeName);
  const rPr = childElements(run).find((c) => isW(c, 'rPr'));
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  for (let n: Node | null = from; n; ) {
    const next: Node | null = n.nextSibling;
    copy.appendChild(n);
    n = next;
  }
  run.parentNode!.insertBefore(copy, run.nextSibling);
  return copy;
}

type Maker = (name: string, attrs?: Record<string, string>, children?: Element[]) => Element;

/** Creates w: elements with the namespace and prefix the part already uses. */
function wordMaker(doc: Document): Maker {
  const root = doc.documentElement!;
  const ns = root.namespaceURI!;
  const prefix = root.prefix ? `${root.prefix}:` : '';
  return (name, attrs = {}, children = []) => {
    const el = doc.createElementNS(ns, prefix + name);
    for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(ns, prefix + k, v);
    for (const c of children) el.appendChild(c);
    return el;
  };
}

function commentText({ finding, note }: Anchor, locale: Locale): string[] {
  const zh = locale === 'zh-cn';
  let where = '';
  if (note) {
    const kind = note.story === 'footnotes' ? (zh ? '脚注' : 'Footnote') : zh ? '尾注' : 'Endnote';
    const number = note.number > 0 ? (zh ? String(note.number) : ` ${note.number}`) : '';
    where = zh ? `${kind}${number}：` : `${kind}${number}: `;
  }
  const lines = [where + finding.message, `${zh ? '规则：' : 'Rule: '}${finding.ruleId}`];
  if (finding.fix) lines.push(`${zh ? '建议：' : 'Fix: '}${finding.fix.title}`);
  return lines;
}

interface CommentsPart {
  path: string;
  doc: Document;
  nextId: number;
  add(id: number, paragraphs: string[], options: AnnotateOptions): void;
}

/** The package's comments part, created (with its relationship and content type) when it has none. */
function openComments(pkg: WordPackage, documentDoc: Document): CommentsPart {
  const ns = documentDoc.documentElement!.namespaceURI!;
  let path = pkg.related.comments;
  let doc: Document;
  if (path && pkg.files[path]) {
    doc = parseXml(new TextDecoder().decode(pkg.files[path]), path);
  } else {
    const dir = pkg.documentPath.slice(0, pkg.documentPath.lastIndexOf('/') + 1);
    path = `${dir}comments.xml`;
    for (let i = 1; pkg.files[path]; i++) path = `${dir}comments${i}.xml`;
    doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${ns}"/>`, path);
    addRelationship(pkg, path, ns);
    addContentType(pkg, path);
  }
  let nextId = 0;
  for (const c of childElements(doc.documentElement!)) nextId = Math.max(nextId, Number.parseInt(wAttr(c, 'id') ?? '-1', 10) + 1);
  // Ids are shared with the ranges in the document: start above any range a previous review left behind.
  for (const el of Array.from(documentDoc.getElementsByTagNameNS(ns, 'commentRangeStart'))) nextId = Math.max(nextId, Number.parseInt(wAttr(el, 'id') ?? '-1', 10) + 1);
  const w = wordMaker(doc);
  const finalPath = path;
  return {
    path: finalPath,
    doc,
    nextId,
    add(id, paragraphs, options) {
      const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const body = paragraphs.map((text, i) => {
        const runs = [w('r', {}, [w('t', {}, [])])];
        setText(doc, runs[0].firstChild as Element, text);
        if (i === 0) runs.unshift(w('r', {}, [w('annotationRef')]));
        return w('p', {}, runs);
      });
      doc.documentElement!.appendChild(w('comment', { id: String(id), author: options.author ?? 'Report Lint', date, initials: options.initials ?? 'RL' }, body));
    },
  };
}

function addRelationship(pkg: WordPackage, target: string, wordNs: string): void {
  const path = relsPath(pkg.documentPath);
  const doc = pkg.files[path]
    ? parseXml(new TextDecoder().decode(pkg.files[path]), path)
    : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIP_NS}"/>`, path);
  const root = doc.documentElement!;
  const ids = new Set(childElements(root).map((r) => r.getAttribute('Id')));
  let id = 'rIdReportLintComments';
  for (let i = 1; ids.has(id); i++) id = `rIdReportLintComments${i}`;
  const strict = wordNs.startsWith('http://purl.oclc.org/');
  const rel = doc.createElementNS(root.namespaceURI, 'Relationship');
  rel.setAttribute('Id', id);
  rel.setAttribute('Type', `${strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}/comments`);
  const dir = pkg.documentPath.slice(0, pkg.documentPath.lastIndexOf('/') + 1);
  rel.setAttribute('Target', target.startsWith(dir) ? target.slice(dir.length) : `/${target}`);
  root.appendChild(rel);
  writePart(pkg, path, doc);
}

function addContentType(pkg: WordPackage, part: string): void {
  const path = '[Content_Types].xml';
  const doc = parseXml(new TextDecoder().decode(pkg.files[path] ?? new Uint8Array()) || `<Types xmlns="${CONTENT_TYPES_NS}"/>`, path);
  const root = doc.documentElement!;
  const name = `/${part}`;
  if (childElements(root).some((o) => o.localName === 'Override' && o.getAttribute('PartName') === name)) return;
  const override = doc.createElementNS(root.namespaceURI, 'Override');
  override.setAttribute('PartName', name);
  override.setAttribute('ContentType', COMMENTS_TYPE);
  root.appendChild(override);
  writePart(pkg, path, doc);
}
