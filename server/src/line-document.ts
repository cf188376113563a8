// An open document as the server keeps it: its lines, not one string. The text-document library keeps the text as one
// string and makes each edit a new one (the text before the edit, the typed text and the text after, joined); V8
// copies the whole of it into a flat string at the next edit: 2.7 MB copied, and 2.7 MB more for the collector, per
// keystroke on the 3 MB draft, on the thread that answers the editor. Here an edit replaces the lines it touches, and
// the whole text is joined only when someone asks for it (a lint in this thread, the worker's first lint of a
// document). Positions are read as the library reads them (a position past a line's end is its end, an offset inside
// a line break is the end of its line), and a \r and a \n an edit brings together are one line break (the library
// counted two: see text-documents.ts).

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

export class LineDocument implements TextDocument {
  /** Each line's text (without its line break), its line break ('\n', '\r\n', '\r', or '' for the last), its offset. */
  private texts: string[] = [];
  private eols: string[] = [];
  private starts: number[] = [];
  private size = 0;
  /** The whole text, once asked for (until the next edit). */
  private whole?: string;
  /** A snapshot shares the arrays: the next edit copies them first. */
  private shared = false;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.setText(content);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.texts.length;
  }

  /** The text's length (UTF-16 units), without joining it. */
  get length(): number {
    return this.size;
  }

  getText(range?: Range): string {
    if (!range) return (this.whole ??= join(this.texts, this.eols));
    let start = this.offsetAt(range.start);
    let end = this.offsetAt(range.end);
    if (start > end) [start, end] = [end, start];
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const first = this.lineAt(start);
    let out = '';
    for (let l = first; l < this.texts.length && this.starts[l] < end; l++) out += this.texts[l] + this.eols[l];
    return out.slice(start - this.starts[first], end - this.starts[first]);
  }

  /**
   * The text of this version, read when called (later edits do not change it): the arrays are shared with the
   * document until its next edit, which copies them (a pointer per line, not the text).
   */
  snapshot(): () => string {
    const whole = this.whole;
    if (whole !== undefined) return () => whole;
    this.shared = true;
    const { texts, eols } = this;
    let joined: string | undefined;
    return () => (joined ??= join(texts, eols));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.size), 0);
    const line = this.lineAt(offset);
    return { line, character: Math.min(offset - this.starts[line], this.texts[line].length) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.texts.length) return this.size;
    if (position.line < 0) return 0;
    return this.starts[position.line] + Math.min(Math.max(position.character, 0), this.texts[position.line].length);
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const l = Math.min(line, this.texts.length - 1);
    return { start: { line: l, character: 0 }, end: { line: l, character: this.texts[l].length } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.texts.length ? '' : this.eols[line];
  }

  /** Applies the changes in order, each on the text the ones before left (as LSP sends them). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(change.range, change.text);
      else this.setText(change.text);
    }
    this.currentVersion = version;
  }

  private setText(content: string): void {
    this.whole = content;
    this.shared = false;
    this.texts = [];
    this.eols = [];
    this.starts = [];
    splitInto(content, this.texts, this.eols);
    this.placeFrom(0);
  }

  private replace(range: Range, text: string): void {
    let { start, end } = range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    if (this.shared) {
      this.texts = this.texts.slice();
      this.eols = this.eols.slice();
      this.shared = false;
    }
    this.whole = undefined;
    const { texts, eols } = this;
    const at = (p: Position): [number, number] => {
      if (p.line >= texts.length) return [texts.length - 1, texts[texts.length - 1].length];
      if (p.line < 0) return [0, 0];
      return [p.line, Math.min(Math.max(p.character, 0), texts[p.line].length)];
    };
    let [sl, sc] = at(start);
    const [el, ec] = at(end);
    let chunk = texts[sl].slice(0, sc) + text + texts[el].slice(ec) + eols[el];
    // A \r ending the line before and a \n starting the chunk are one line break.
    if (sl > 0 && eols[sl - 1] === '\r' && chunk.charCodeAt(0) === 10) {
      sl--;
      sc = 0;
      chunk = texts[sl] + '\r' + chunk;
    }
    const newTexts: string[] = [];
    const newEols: string[] = [];
    splitInto(chunk, newTexts, newEols);
    // The chunk ends with the old line break: what follows it is the next line, not an empty one.
    if (eols[el] !== '') {
      newTexts.pop();
      newEols.pop();
    }
    const removed = el - sl + 1;
    if (newTexts.length === removed) {
      for (let k = 0; k < removed; k++) {
        texts[sl + k] = newTexts[k];
        eols[sl + k] = newEols[k];
      }
    } else {
      this.texts = [...texts.slice(0, sl), ...newTexts, ...texts.slice(el + 1)];
      this.eols = [...eols.slice(0, sl), ...newEols, ...eols.slice(el + 1)];
      this.starts.length = this.texts.length;
    }
    this.placeFrom(sl);
  }

  /** The offsets of the lines from `line` on, and the length. */
  private placeFrom(line: number): void {
    const { texts, eols, starts } = this;
    let offset = line === 0 ? 0 : starts[line - 1] + texts[line - 1].length + eols[line - 1].length;
    for (let l = line; l < texts.length; l++) {
      starts[l] = offset;
      offset += texts[l].length + eols[l].length;
    }
    this.size = offset;
  }

  /** The line an offset lies on (an offset inside a line break is on the line it ends). */
  private lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Splits text into lines and their line breaks as LSP counts them (\r\n, \r, \n); the last line has none. */
function splitInto(text: string, texts: string[], eols: string[]): void {
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : c === 13 ? '\r' : '\n';
    texts.push(text.slice(from, i));
    eols.push(eol);
    i += eol.length - 1;
    from = i + 1;
  }
  texts.push(text.slice(from));
  eols.push('');
}

function join(texts: readonly string[], eols: readonly string[]): string {
  const parts = new Array<string>(texts.length);
  for (let l = 0; l < texts.length; l++) parts[l] = texts[l] + eols[l];
  return parts.join('');
}

/** A document's length without reading its text whole (any TextDocument: the end of its last line). */
export function lengthOf(document: TextDocument): number {
  return document instanceof LineDocument ? document.length : document.offsetAt({ line: document.lineCount, character: 0 });
}

/** The text of the document's current version, to be read later (a LineDocument's is joined only then). */
export function textSnapshot(document: TextDocument): () => string {
  if (document instanceof LineDocument) return document.snapshot();
  const text = document.getText();
  return () => text;
}
