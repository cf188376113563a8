// A .docx is a zip of XML parts (Open Packaging Conventions). fflate reads and writes the zip; this module
// finds the parts a reader needs through the package's relationships rather than by fixed names, since
// Word, WPS and LibreOffice do not all name them alike.

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DocxError, isElement, parseXml, serializeXml, type Document } from './xml';

export interface WordPackage {
  /** Every file of the zip, by path, as read (the writer replaces only what it changes). */
  files: Record<string, Uint8Array>;
  /** Path of the main document part, e.g. `word/document.xml`. */
  documentPath: string;
  /** Parts related to the main document, by relationship kind: styles, numbering, footnotes, endnotes, comments. */
  related: Partial<Record<RelatedKind, string>>;
}

export type RelatedKind = 'styles' | 'numbering' | 'footnotes' | 'endnotes' | 'comments';
const RELATED_KINDS: RelatedKind[] = ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'];

/** Largest uncompressed part accepted: a report's document.xml is a few MB; a zip bomb is not read. */
const MAX_PART_BYTES = 200 * 1024 * 1024;

export function openPackage(bytes: Uint8Array): WordPackage {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    // An old binary .doc starts with D0 CF 11 E0 (OLE); say so, since that is the common mistake.
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw ole
      ? new DocxError('is an old Word 97–2003 (.doc) file or an encrypted document; save it as .docx', 'legacy')
      : new DocxError('is not a .docx file (not a zip package)', 'notZip');
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.originalSize <= MAX_PART_BYTES });
  } catch (error) {
    throw new DocxError(`is a damaged zip package (${(error as Error).message})`);
  }
  const documentPath = mainDocumentPath(files);
  const related: WordPackage['related'] = {};
  const rels = readRelationships(files, documentPath);
  for (const kind of RELATED_KINDS) {
    const rel = rels.find((r) => r.type.endsWith(`/${kind}`) && r.external !== true);
    if (rel && files[rel.target]) related[kind] = rel.target;
  }
  return { files, documentPath, related };
}

export function readPart(pkg: WordPackage, path: string | undefined): Document | undefined {
  if (!path || !pkg.files[path]) return undefined;
  return parseXml(decodeXml(pkg.files[path]), path);
}

export function writePart(pkg: WordPackage, path: string, doc: Document): void {
  let text = serializeXml(doc);
  if (!text.startsWith('<?xml')) text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text;
  pkg.files[path] = strToU8(text);
}

export function zipPackage(pkg: WordPackage): Uint8Array {
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(pkg.files)) entries[path] = [data, { level: 6 }];
  return zipSync(entries);
}

interface Relationship {
  id: string;
  type: string;
  /** Resolved to a path in the package. */
  target: string;
  external?: boolean;
}

function mainDocumentPath(files: Record<string, Uint8Array>): string {
  const rels = readRelationships(files, '');
  const main = rels.find((r) => r.type.endsWith('/officeDocument') && !r.external);
  if (main && files[main.target]) return main.target;
  if (files['word/document.xml']) return 'word/document.xml';
  throw new DocxError('has no Word document part (is it a .xlsx or .pptx, or not an Office file?)', 'noDocument');
}

/** The relationships of the part at `source` ('' for the package itself), targets resolved to package paths. */
export function readRelationships(files: Record<string, Uint8Array>, source: string): Relationship[] {
  const path = relsPath(source);
  if (!files[path]) return [];
  const doc = parseXml(decodeXml(files[path]), path);
  const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const out: Relationship[] = [];
  for (let c = doc.documentElement?.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.localName !== 'Relationship') continue;
    const external = c.getAttribute('TargetMode') === 'External';
    const target = c.getAttribute('Target') ?? '';
    out.push({ id: c.getAttribute('Id') ?? '', type: c.getAttribute('Type') ?? '', target: external ? target : resolvePath(base, target), external });
  }
  return out;
}

export function relsPath(source: string): string {
  if (source === '') return '_rels/.rels';
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return decodeURIComponent(out.join('/'));
}

/** Parts are UTF-8 by the OPC rules, but a BOM or a declared UTF-16 part occurs in files from other tools. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
