// Reads a .docx into the plain text the engine lints, with a map from every character of that text back to
// the Word paragraph (and the offset in its visible text) it came from.
//
// The text is what a reader of the document sees, one Word paragraph to a line:
// - automatic numbers are written out (一、 （一） 1. （1）), so the numbering rules see them;
// - a first-line indent (首行缩进) shows as two ideographic spaces, and a heading, title or centred line is
//   followed by a blank line: both tell the plain-text model where Word's paragraphs begin, while paragraphs
//   that do not look separate (text pasted from a PDF, one line to a paragraph) still join as they would in a
//   text file;
// - a table is a pipe table (`| 指标 | 合格率 |`, a rule line, one row to a line), which the model reads as
//   cells with a header; a row holding whole passages (a form with the report in one cell) is read as
//   paragraphs instead, so its headings and sentences are checked as the body's are;
// - footnotes and endnotes come after the body, after a blank line.

import { Numbering } from './numbering';
import { openPackage, readPart, type WordPackage } from './package';
import { StyleSheet } from './styles';
import { StoryWalker, type Block, type NoteReference, type Story, type TableRow, type WordParagraph } from './story';
import { DocxError, wAttr, wChild, wChildren, type Document, type Element } from './xml';

/** A run of the extracted text that comes from one Word paragraph. */
export interface Piece {
  /** Column in its line of the extracted text (UTF-16 units). */
  column: number;
  length: number;
  story: Story;
  paragraph: number;
  /** Offset in the paragraph's visible text, or in its automatic number when `inNumber`. */
  offset: number;
  inNumber: boolean;
}

export interface DocxText {
  /** The text to lint (lines separated by \n). */
  text: string;
  /** For each line of `text`, its pieces in column order; columns not covered are layout (indent, `|`). */
  lines: Piece[][];
  /** Every paragraph of each story, by index. */
  paragraphs: Record<Story, WordParagraph[]>;
  /** Where each note is referred to in the body, by `footnotes:<id>` / `endnotes:<id>`. */
  noteReferences: Map<string, NoteReference>;
}

export interface ReadDocx extends DocxText {
  pkg: WordPackage;
  /** The parsed XML of each story's part, for the annotator to change. */
  parts: Partial<Record<Story, { path: string; doc: Document }>>;
}

/** Reads a .docx (its bytes) into text to lint and the position map. Throws DocxError for a file it cannot read. */
export function readDocx(bytes: Uint8Array): DocxText {
  const { text, lines, paragraphs, noteReferences } = readPackage(bytes);
  return { text, lines, paragraphs, noteReferences };
}

export function readPackage(bytes: Uint8Array): ReadDocx {
  const pkg = openPackage(bytes);
  const styles = new StyleSheet(readPart(pkg, pkg.related.styles));
  const numbering = new Numbering(readPart(pkg, pkg.related.numbering), styles);
  const document = readPart(pkg, pkg.documentPath)!;
  const body = wChild(document.documentElement ?? undefined, 'body');
  if (!body) throw new DocxError(`${pkg.documentPath} has no w:body: not a Word document`);

  const out = new TextBuilder();
  const parts: ReadDocx['parts'] = { body: { path: pkg.documentPath, doc: document } };
  const bodyWalker = new StoryWalker('body', styles, numbering);
  out.blocks(bodyWalker.blocks(body));
  const paragraphs: DocxText['paragraphs'] = { body: bodyWalker.paragraphs, footnotes: [], endnotes: [] };

  for (const story of ['footnotes', 'endnotes'] as const) {
    const path = pkg.related[story];
    const doc = readPart(pkg, path);
    if (!path || !doc) continue;
    parts[story] = { path, doc };
    const walker = new StoryWalker(story, styles, numbering);
    const notes: Block[] = [];
    for (const note of wChildren(doc.documentElement ?? undefined, story === 'footnotes' ? 'footnote' : 'endnote')) {
      if (isSeparator(note)) continue;
      walker.resetFields();
      walker.note = wAttr(note, 'id');
      notes.push(...walker.blocks(note));
    }
    paragraphs[story] = walker.paragraphs;
    if (notes.some((b) => b.kind === 'table' || !b.paragraph.skipped)) {
      out.blankLine();
      out.blocks(notes);
    }
  }
  return { text: out.lines.join('\n'), lines: out.pieces, paragraphs, noteReferences: bodyWalker.noteReferences, pkg, parts };
}

function isSeparator(note: Element): boolean {
  const type = wAttr(note, 'type');
  return type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice';
}

/** Rows with a cell longer than this, or holding more paragraphs than this, are passages, not table data. */
const PASSAGE_CHARS = 200;
const PASSAGE_PARAGRAPHS = 3;

class TextBuilder {
  readonly lines: string[] = [''];
  readonly pieces: Piece[][] = [[]];
  /** Text of paragraphs whose mark was deleted, waiting to run into the next paragraph. */
  private carried: WordParagraph[] = [];
  private fresh = true;

  blocks(blocks: Block[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.paragraph(block.paragraph);
      else this.table(block.rows);
    }
    this.flushCarried();
  }

  blankLine(): void {
    this.startLine();
  }

  private paragraph(p: WordParagraph): void {
    if (p.skipped) return;
    if (p.joinsNext) {
      this.carried.push(p);
      return;
    }
    const carried = this.carried;
    this.carried = [];
    this.startLine();
    if (p.indented) this.append('\u3000\u3000');
    if (p.number) this.append(p.number, p, 0, true);
    for (const c of carried) this.appendText(c, false);
    this.appendText(p, false);
    if (p.standsAlone) this.startLine();
  }

  private flushCarried(): void {
    const carried = this.carried;
    this.carried = [];
    if (carried.length === 0) return;
    this.startLine();
    for (const c of carried) this.appendText(c, false);
  }

  /** A paragraph's text; inside a table cell line breaks become spaces, so the row stays on one line. */
  private appendText(p: WordParagraph, inCell: boolean): void {
    const text = inCell ? p.text.replace(/[\n|]/g, (c) => (c === '|' ? '｜' : ' ')) : p.text;
    let start = 0;
    for (;;) {
      const br = text.indexOf('\n', start);
      const end = br < 0 ? text.length : br;
      this.append(text.slice(start, end), p, start, false);
      if (br < 0) break;
      this.newLine();
      start = br + 1;
    }
  }

  private table(rows: TableRow[]): void {
    this.flushCarried();
    let header = true;
    for (const row of rows) {
      if (isPassageRow(row)) {
        for (const cell of row.cells) this.blocks(cell.blocks);
        header = true;
        continue;
      }
      this.startLine();
      this.append('|');
      let columns = 0;
      for (const cell of row.cells) {
        this.append(' ');
        this.cell(cell.blocks);
        this.append(' |' + ' |'.repeat(cell.span - 1));
        columns += cell.span;
      }
      if (header && columns > 0) {
        this.newLine();
        this.append('|' + ' --- |'.repeat(columns));
        header = false;
      }
    }
  }

  /** A cell's paragraphs on one line, a space between them; a table inside a cell is flattened into it. */
  private cell(blocks: Block[]): void {
    let first = true;
    const visit = (list: Block[]) => {
      for (const b of list) {
        if (b.kind === 'table') {
          for (const row of b.rows) for (const c of row.cells) visit(c.blocks);
          continue;
        }
        const p = b.paragraph;
        if (p.skipped || (p.text === '' && !p.number)) continue;
        if (!first) this.append(' ');
        first = false;
        if (p.number) this.append(p.number.replace(/\t/g, ' '), p, 0, true);
        this.appendText(p, true);
      }
    };
    visit(blocks);
  }

  /** Starts the line of the next paragraph (the first line of the text is there from the start). */
  private startLine(): void {
    if (this.fresh) this.fresh = false;
    else this.newLine();
  }

  private newLine(): void {
    this.lines.push('');
    this.pieces.push([]);
  }

  private append(text: string, from?: WordParagraph, offset = 0, inNumber = false): void {
    if (text === '') return;
    const line = this.lines.length - 1;
    if (from) this.pieces[line].push({ column: this.lines[line].length, length: text.length, story: from.story, paragraph: from.index, offset, inNumber });
    this.lines[line] += text;
  }
}

function isPassageRow(row: TableRow): boolean {
  return row.cells.some((cell) => {
    let chars = 0;
    let paragraphs = 0;
    const visit = (blocks: Block[]) => {
      for (const b of blocks) {
        if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) visit(c.blocks);
        else if (b.paragraph.text.trim() !== '') {
          paragraphs++;
          chars += b.paragraph.text.length;
        }
      }
    };
    visit(cell.blocks);
    return chars > PASSAGE_CHARS || paragraphs > PASSAGE_PARAGRAPHS;
  });
}
