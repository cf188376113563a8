// The draft's references to its own parts, and what each names: 见第三部分 → the heading 三、 (or 第三部分), 详见（二）
// → （二） of the part it is in, see section 4.2 → 4.2, Appendix B → the line APPENDIX B, 详见附件2 → the 附件2 heading
// (or the second entry of the 附件： list), 如表3所示 → the caption 表3. Read with the cross-reference rule's reader, so
// both agree on what a reference is, and carried on through a coordinated list the reader stops at: in 见（四）和第6部分,
// 详见“3.”和“五、”, 第三部分至第五部分, see sections 2 and 3, every member names a part (the lists are read in
// model/reference-lists.ts, for the rule and here alike). A reference into another document (见《…》第三部分) is not
// read, nor is a member after it.
// Go to Definition, Find All References and renumbering read the draft through it. Whose part a reference is is read
// as the rule reads it (model/reference-owner.ts): "(section 38)" in a list whose lead-in says it sets out what an Act
// gives, or "the purposes set out in section 55" after "section 55 of the Road Traffic Regulation Act 1984", is the
// other document's, and goes nowhere in this draft.

import { firstAt } from './sorted';
import type { ReportDocument } from './model/document';
import type { Line } from './model/lines';
import { parseChineseNumeral } from './model/numerals';
import type { Section } from './model/outline';
import { rangeIn, type Paragraph } from './model/paragraphs';
import type { ParagraphReferences, QuotedMarker, Reference, ReferenceKind } from './model/reference-lists';
import { goesBack, ReferenceOwners } from './model/reference-owner';
import { referencesAndQuoted, referencesAndOthers } from './rules/cross-reference';
import type { Position, Range } from './types';

export type { ParagraphReferences, QuotedMarker, Reference, ReferenceKind };

/** A reference of the draft, with what it names in it (several when the draft has more than one of that number). */
export interface ReferenceLink {
  range: Range;
  text: string;
  targets: Range[];
}

/** The references of a paragraph, as the cross-reference rule reads them, and the members of their lists. */
export function paragraphReferences(paragraph: Paragraph, hasArticles = false, lines?: readonly Line[]): ParagraphReferences {
  return referencesAndQuoted(paragraph, hasArticles, lines);
}

function numberOf(text: string): number {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text) ?? 0;
}

/** Which marker kinds a reference of each kind names (第五部分 → 五、 or 第五部分, （六） → （六）, Section 5 → 5.). */
const NAMES: Partial<Record<ReferenceKind, readonly string[]>> = {
  part: ['part', 'cn'],
  chapter: ['chapter'],
  section: ['section'],
  item: ['cn-paren'],
  'en-section': ['arabic', 'dotted'],
  'en-chapter': ['chapter', 'arabic'],
  'en-part': ['part'],
};

/** More sections than this that a reference may name, none of them around it: it names none that can be shown. */
const MAX_CANDIDATES = 12;

/**
 * The keys (of the draft's index) of the sections a reference can name: 第三部分 → the draft's 第三部分 heading where it
 * heads its parts so, else its 三、; Section 5 → a section numbered 5.; see 3.2 below → the subsection 3.2.
 */
function keysOf(doc: ReportDocument, ref: Reference | QuotedMarker): string[] {
  const part = ref.paragraph.part;
  if (!('kind' in ref)) return [`text|${ref.quoted}|${part}`];
  const kinds = NAMES[ref.kind];
  if (!kinds) return [];
  if (ref.kind === 'en-section' || ref.kind === 'en-chapter') {
    if (ref.path) return [`dotted|${ref.path.join('.')}|${part}`];
    return kinds.filter((k) => k === 'arabic' || k === 'chapter').map((k) => `${k}|${ref.number[0]}|${part}`);
  }
  // 第一部分 … 第三部分 with 一、 to 七、 under them: 第三部分 is one of those (as the cross-reference rule counts them).
  const used = ref.kind === 'part' && sectionIndex(doc).namedParts.has(part) ? ['part'] : kinds;
  return used.map((k) => `${k}|${ref.number[0]}|${part}`);
}

/** The sections of the draft (of the same part of a compilation) a reference can name, as numbered now, in line order. */
export function sectionsNamed(doc: ReportDocument, ref: Reference): Section[] {
  const index = sectionIndex(doc);
  const keys = keysOf(doc, ref);
  const named = keys.length === 1 ? (index.byKey.get(keys[0]) ?? []) : keys.flatMap((k) => index.byKey.get(k) ?? []).sort((a, b) => a.marker.line - b.marker.line);
  // Section 5, 第三部分: the outermost sections so numbered (not 3. inside 二、).
  if (ref.path || (ref.kind !== 'en-section' && ref.kind !== 'en-chapter' && ref.kind !== 'part') || named.length < 2) return named;
  const top = Math.min(...named.map(depthOf));
  return named.filter((s) => depthOf(s) === top);
}

/** The sections whose marker, written as quoted, a quoted marker names (“3.”, “（二）”). */
export function sectionsQuoted(doc: ReportDocument, quoted: QuotedMarker): Section[] {
  return sectionIndex(doc).byKey.get(keysOf(doc, quoted)[0]) ?? [];
}

/**
 * Of several sections a reference could name (（二） under 一、 and under 二、), the one under a section the reference is
 * in, when there is exactly one such: looked up under each section around it, not among all the candidates.
 */
export function nearestSection(doc: ReportDocument, ref: Reference | QuotedMarker): Section | undefined {
  const index = sectionIndex(doc);
  const keys = keysOf(doc, ref);
  const line = ref.paragraph.firstLine;
  let found: Section | undefined;
  for (let around = sectionAround(doc, ref.paragraph); around; around = around.parent) {
    if (around.marker.line > line || line > around.endLine) continue;
    for (const key of keys) {
      for (const s of index.byParent.get(`${around.marker.line}|${key}`) ?? []) {
        if (found && found !== s) return undefined;
        found = s;
      }
    }
  }
  return found;
}

/** The innermost section a paragraph is in. */
function sectionAround(doc: ReportDocument, paragraph: Paragraph): Section | undefined {
  if (paragraph.section) return paragraph.section;
  const sections = doc.outline.sections;
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].marker.line <= paragraph.firstLine) lo = mid + 1;
    else hi = mid;
  }
  return sections[lo - 1];
}

interface SectionIndex {
  /** `kind|value|part`, `dotted|3.2|part` (the whole path), `text|（二）|part` (the marker as written) → sections, in line order. */
  byKey: Map<string, Section[]>;
  /** The same keys under the line of the section's parent: `4|cn-paren|2|0`. */
  byParent: Map<string, Section[]>;
  /** The parts (of a compilation) that head their parts 第X部分. */
  namedParts: Set<number>;
  /** `word|value` of the titled headings (Section 3 Finance, PART IV): their lines. */
  titled: Map<string, number[]>;
  /** `kind|number` of the attachments, appendices, articles, captions and 附表/附图/附录 headings: their lines. */
  targets: Map<string, number[]>;
}

/** Read once per model (a request reads every reference of a draft of 3,000 sections). */
const INDEXES = new WeakMap<ReportDocument, SectionIndex>();

function push<K>(map: Map<K, unknown[]>, key: K, value: unknown): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sectionIndex(doc: ReportDocument): SectionIndex {
  let index = INDEXES.get(doc);
  if (index) return index;
  index = { byKey: new Map(), byParent: new Map(), namedParts: new Set(), titled: new Map(), targets: new Map() };
  for (const s of doc.outline.sections) {
    const m = s.marker;
    const keys = [`${m.kind}|${m.value}|${s.part}`];
    if (m.kind === 'dotted') keys.push(`dotted|${m.path.join('.')}|${s.part}`);
    if (m.kind !== 'heading') keys.push(`text|${m.text.trim()}|${s.part}`);
    for (const key of keys) {
      push(index.byKey, key, s);
      if (s.parent) push(index.byParent, `${s.parent.marker.line}|${key}`, s);
    }
    if (m.kind === 'part') index.namedParts.add(s.part);
  }
  for (const h of doc.titledHeadings) push(index.titled, `${h.word}|${h.value}`, h.line);
  const t = doc.targets;
  // The attachment's own heading (附件2) before its entry in the list (附件：1.… 2.…).
  for (const a of t.attachments) if (a.list === undefined) push(index.targets, `attachment|${a.number}`, a.line);
  for (const a of t.attachments) if (a.list !== undefined) push(index.targets, `attachment-listed|${a.number}`, a.line);
  for (const a of t.appendices) push(index.targets, `${a.word === 'attachment' ? 'en-attachment' : a.word}|${a.number}`, a.line);
  for (const a of t.articles) push(index.targets, `article|${a.number}`, a.line);
  for (const c of t.captions) push(index.targets, `${c.kind}|${c.number.join('.')}`, c.line);
  for (const line of doc.lines) {
    if (line.kind !== 'text' || !line.prose.includes('附')) continue;
    const m = ANNEX_HEADING.exec(line.prose.trim());
    if (m) push(index.targets, `${m[1] === '表' ? 'annex-table' : m[1] === '图' || m[1] === '圖' ? 'annex-figure' : 'annex-appendix'}|${numberOf(m[2])}`, line.index);
  }
  INDEXES.set(doc, index);
  return index;
}

/** How many numbered sections a section is under (a Markdown heading does not count). */
function depthOf(section: Section): number {
  let depth = 0;
  for (let p = section.parent; p; p = p.parent) if (p.marker.kind !== 'heading') depth++;
  return depth;
}

/** The lines a reference names: one when the draft tells which; several (a few at most) when it cannot be told. */
function linesOf(doc: ReportDocument, ref: Reference | QuotedMarker): number[] {
  const index = sectionIndex(doc);
  const part = ref.paragraph.part;
  if (!('kind' in ref)) return sectionLines(doc, sectionsQuoted(doc, ref), ref);
  if (ref.kind === 'en-section' || ref.kind === 'en-chapter' || ref.kind === 'en-part') {
    // Section 3 Finance, PART IV. FINANCE, CHAPTER 2: Methods on a line of their own.
    const word = ref.kind === 'en-section' ? 'section' : ref.kind === 'en-part' ? 'part' : 'chapter';
    const titled = ref.path ? [] : (index.titled.get(`${word}|${ref.number[0]}`) ?? []).filter((l) => doc.partOf(l) === part);
    if (titled.length) return titled.slice(0, MAX_CANDIDATES);
  }
  if (NAMES[ref.kind]) return sectionLines(doc, sectionsNamed(doc, ref), ref);
  if (ref.kind === 'en-lettered-section') {
    const lettered = (index.byKey.get(`latin-upper|${ref.number[0]}|${part}`) ?? []).filter((s) => !s.marker.listItem && s.parent === undefined);
    return sectionLines(doc, lettered, ref);
  }
  const key = `${ref.kind}|${ref.number.join('.')}`;
  const lines = index.targets.get(key) ?? (ref.kind === 'attachment' ? index.targets.get(`attachment-listed|${ref.number[0]}`) : undefined) ?? [];
  // What the draft has besides sections is numbered through the whole draft (the attachments after the last part of
  // a compilation): those of the reference's own part first.
  const own = lines.find((l) => doc.partOf(l) === part);
  return own !== undefined ? [own] : lines.slice(0, 1);
}

const ANNEX_HEADING = /^(?:#{1,6}[ \t]*)?附(表|图|圖|录|錄)[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．\-－])(?!所|中|显示|可见|表明|列出|反映|[，,。])/;

/** The heading lines of the sections named: the one around the reference when there are several and it tells. */
function sectionLines(doc: ReportDocument, named: readonly Section[], ref: Reference | QuotedMarker): number[] {
  if (named.length <= 1) return named.map((s) => s.marker.line);
  const near = nearestSection(doc, ref);
  if (near) return [near.marker.line];
  return named.length > MAX_CANDIDATES ? [] : named.map((s) => s.marker.line);
}

/** The range of a target line: its text, without the indent, a BOM or the blanks after it. */
function lineTarget(doc: ReportDocument, line: number): Range {
  const text = doc.lines[line]?.text ?? '';
  const start = /^[\s\uFEFF\u3000]*/.exec(text)![0].length;
  const end = text.replace(/[\s\u3000]+$/, '').length;
  return { start: { line, character: start }, end: { line, character: Math.max(start, end) } };
}

function readsArticles(doc: ReportDocument): boolean {
  return doc.targets.articles.length >= 3;
}

/** Every reference of the draft to a part of itself, with what it names (nothing, when that part is not there). */
export function referenceLinks(doc: ReportDocument): ReferenceLink[] {
  const articles = readsArticles(doc);
  const owners = new ReferenceOwners(doc);
  const out: ReferenceLink[] = [];
  for (const paragraph of doc.paragraphs) {
    const { references, quoted } = ownReferences(owners, paragraph, articles, doc.lines);
    for (const ref of [...references, ...quoted].sort((a, b) => a.start - b.start)) {
      const link = linkOf(doc, ref);
      if (link) out.push(link);
    }
  }
  return out;
}

/**
 * The references of a paragraph that are this draft's, read after those of the paragraphs before it (`owners`): not
 * another document's part, nor a section cited under an Act's lead-in, nor a part named again after another document's.
 */
function ownReferences(owners: ReferenceOwners, paragraph: Paragraph, articles: boolean, lines: readonly Line[]): ParagraphReferences {
  const read = referencesAndOthers(paragraph, articles, lines);
  return { references: read.references.filter((r) => !owners.elsewhere(r, paragraph)), quoted: read.quoted };
}

/** The reference and what it names; undefined for a heading read as naming itself (附件2 ⏎ 责任分工表 run into a paragraph). */
function linkOf(doc: ReportDocument, ref: Reference | QuotedMarker): ReferenceLink | undefined {
  const range = rangeIn(ref.paragraph, ref.start, ref.end);
  const lines = linesOf(doc, ref);
  if (lines.includes(range.start.line)) return undefined;
  // 见“十四五”规划: a quoted text that heads no section of the draft is no reference to it.
  if (!('kind' in ref) && lines.length === 0) return undefined;
  return { range, text: ref.paragraph.text.slice(ref.start, ref.end), targets: lines.map((l) => lineTarget(doc, l)) };
}

/** The paragraph holding a position's line, by a binary search of the paragraphs (in line order). */
function paragraphAt(doc: ReportDocument, line: number): Paragraph | undefined {
  const p = doc.paragraphs[firstAt(doc.paragraphs, (x) => x.lastLine >= line)];
  return p && p.firstLine <= line && line <= p.lastLine ? p : undefined;
}

function contains(range: Range, at: Position): boolean {
  const after = at.line > range.start.line || (at.line === range.start.line && at.character >= range.start.character);
  const before = at.line < range.end.line || (at.line === range.end.line && at.character <= range.end.character);
  return after && before;
}

/** The reference at a position (the cursor on it or right after it), with what it names. */
export function referenceAt(doc: ReportDocument, at: Position): ReferenceLink | undefined {
  const paragraph = paragraphAt(doc, at.line);
  if (!paragraph) return undefined;
  const articles = readsArticles(doc);
  const owners = new ReferenceOwners(doc);
  // A part named again (the purposes set out in section 55) goes back to another document's only if one was named
  // before: then the paragraphs before it are read first, once for the request.
  if (referencesAndOthers(paragraph, articles, doc.lines).references.some(goesBack)) {
    for (const p of doc.paragraphs) {
      if (p.firstLine >= paragraph.firstLine) break;
      for (const ref of referencesAndOthers(p, articles, doc.lines).references) owners.elsewhere(ref, p);
    }
  }
  const { references, quoted } = ownReferences(owners, paragraph, articles, doc.lines);
  for (const ref of [...references, ...quoted]) {
    const range = rangeIn(paragraph, ref.start, ref.end);
    if (contains(range, at)) return linkOf(doc, ref);
  }
  return undefined;
}

/** Go to Definition: what the reference at a position names (none for a part the draft does not have). */
export function definitionAt(doc: ReportDocument, at: Position): Range[] {
  return referenceAt(doc, at)?.targets ?? [];
}

/**
 * Find All References: on a heading (or an attachment, appendix, caption line), the references that name it alone; on
 * a reference, the references naming what it names. With `includeDeclaration`, the heading first.
 */
export function referencesAt(doc: ReportDocument, at: Position, includeDeclaration = false): Range[] {
  const onReference = referenceAt(doc, at);
  const target = onReference ? (onReference.targets.length === 1 ? onReference.targets[0].start.line : undefined) : targetLineAt(doc, at.line);
  if (target === undefined) return [];
  const found = referenceLinks(doc).filter((l) => l.targets.length === 1 && l.targets[0].start.line === target).map((l) => l.range);
  return includeDeclaration ? [lineTarget(doc, target), ...found] : found;
}

/** A line a reference can name: a section's heading, an attachment, appendix, article or caption. */
function targetLineAt(doc: ReportDocument, line: number): number | undefined {
  if (doc.outline.sections.some((s) => s.marker.line === line && s.marker.kind !== 'heading')) return line;
  const index = sectionIndex(doc);
  const named = (lines: Iterable<number[]>) => {
    for (const list of lines) if (list.includes(line)) return true;
    return false;
  };
  return named(index.titled.values()) || named(index.targets.values()) || /^#{1,6}[ \t]/.test(doc.lines[line]?.text ?? '') ? line : undefined;
}
