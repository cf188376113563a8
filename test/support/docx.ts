// Test helpers for Word files: the comments of an annotated .docx and the words each one is anchored on.
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

export interface AnchoredComment {
  id: string;
  /** The comment's paragraphs. */
  text: string[];
  /** The visible text between w:commentRangeStart and w:commentRangeEnd. */
  anchored: string;
  /** A w:commentReference for the id is in the document. */
  referenced: boolean;
}

const xml = (bytes: Uint8Array) => new DOMParser().parseFromString(strFromU8(bytes), 'application/xml');

/** Reads word/comments.xml and walks word/document.xml in order to find what each comment covers. */
export function commentsOf(docx: Uint8Array): AnchoredComment[] {
  const files = unzipSync(docx);
  if (!files['word/comments.xml']) return [];
  const comments = new Map<string, AnchoredComment>();
  for (const c of Array.from(xml(files['word/comments.xml']).getElementsByTagName('w:comment'))) {
    const text = Array.from(c.getElementsByTagName('w:p')).map((p) => Array.from(p.getElementsByTagName('w:t')).map((t) => t.textContent).join(''));
    comments.set(c.getAttribute('w:id')!, { id: c.getAttribute('w:id')!, text, anchored: '', referenced: false });
  }
  const open = new Set<string>();
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const id = el.getAttribute('w:id') ?? '';
      if (el.tagName === 'w:commentRangeStart') open.add(id);
      else if (el.tagName === 'w:commentRangeEnd') open.delete(id);
      else if (el.tagName === 'w:commentReference') comments.get(id)!.referenced = true;
      else if (el.tagName === 'w:t') for (const o of open) comments.get(o)!.anchored += el.textContent ?? '';
      else if (el.tagName !== 'w:del' && el.tagName !== 'w:instrText') walk(el);
    }
  };
  walk(xml(files['word/document.xml']).documentElement!);
  return [...comments.values()];
}

export function partText(docx: Uint8Array, part: string): string | undefined {
  const files = unzipSync(docx);
  return files[part] && strFromU8(files[part]);
}
