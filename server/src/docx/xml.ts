// The XML of a Word package, read and written with @xmldom/xmldom (a W3C DOM in plain JavaScript: it runs in
// Node and in a browser alike). Elements are matched by namespace and local name, so a file that binds the
// WordprocessingML namespace to another prefix, or uses the Strict (ISO) namespace, reads the same.

import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

export type { Document, Element, Node };

/** WordprocessingML, Transitional (what Word and WPS write) and Strict. */
export const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const TRANSITIONAL_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const ELEMENT_NODE = 1;

export function parseXml(text: string, part: string): Document {
  let doc: Document;
  let thrown: DocxError | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'fatalError' && level !== 'error') return;
        thrown = new DocxError(`${part} is not well-formed XML: ${message}`);
        throw thrown;
      },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    // The parser wraps what onError throws in its own ParseError: callers (the editor, the CLI) catch a DocxError.
    throw thrown ?? new DocxError(`${part} is not well-formed XML: ${(error as Error).message}`);
  }
  if (!doc.documentElement) throw new DocxError(`${part} has no root element`);
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/**
 * What keeps a file from being read as a Word document: an old binary .doc (or an encrypted one), no zip package at
 * all, no Word document part in the package, or a damaged package or part.
 */
export type DocxProblem = 'legacy' | 'notZip' | 'noDocument' | 'damaged';

/**
 * A file that is not a Word document, or a damaged one: the message names the part and what is wrong (in English, for
 * the CLI and the log); `problem` lets an editor say it in the user's language.
 */
export class DocxError extends Error {
  override name = 'DocxError';
  constructor(
    message: string,
    readonly problem: DocxProblem = 'damaged',
  ) {
    super(message);
  }
}

/** Is `node` the WordprocessingML element `name` (w:p, w:r, …)? */
export function isW(node: Node | null | undefined, name: string): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE && (node as Element).localName === name && WORD_NAMESPACES.has((node as Element).namespaceURI ?? '');
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function childElements(parent: Node): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

/** The first child element w:`name`, if any. */
export function wChild(parent: Node | undefined, name: string): Element | undefined {
  if (!parent) return undefined;
  for (let c = parent.firstChild; c; c = c.nextSibling) if (isW(c, name)) return c;
  return undefined;
}

export function wChildren(parent: Node | undefined, name: string): Element[] {
  return parent ? childElements(parent).filter((c) => isW(c, name)) : [];
}

/** A w:-namespaced attribute (w:val, w:id…), whatever prefix the file binds the namespace to. */
export function wAttr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    if (a.localName === name && WORD_NAMESPACES.has(a.namespaceURI ?? '')) return a.value;
  }
  return undefined;
}

/** w:val of the child w:`name`. */
export function wVal(parent: Element | undefined, name: string): string | undefined {
  return wAttr(wChild(parent, name), 'val');
}

/** An on/off property (w:b, w:vanish…): present and not w:val="false|0|off". */
export function wFlag(parent: Element | undefined, name: string): boolean | undefined {
  const el = wChild(parent, name);
  if (!el) return undefined;
  const v = wAttr(el, 'val');
  return v === undefined || !['false', '0', 'off'].includes(v);
}

export function wInt(el: Element | undefined, name: string): number | undefined {
  const v = wAttr(el, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
