// Walks a story of a Word document (the body, or the footnotes) in reading order and collects what a reader
// sees: paragraphs with their visible text and automatic number, and tables. Tracked changes read as accepted
// (w:ins and w:moveTo kept, w:del and w:moveFrom dropped); field instructions, and the results of fields that
// are page furniture (PAGE, NUMPAGES, a TOC, …), are not text; hidden text is not either.
//
// Each character of a paragraph's text is traced to the XML node it came from (a TextAtom), so a finding can be
// written back into the file at the right place (annotate.ts walks the same way).

import type { Numbering } from './numbering';
import type { StyleSheet } from './styles';
import { childElements, isW, wAttr, wChild, wVal, WORD_NAMESPACES, type Element } from './xml';
import { pushAll } from '../engine/arrays';

export type Story = 'body' | 'footnotes' | 'endnotes';

/** A piece of a paragraph's visible text and the node it comes from (w:t, w:tab, w:br…). */
export interface TextAtom {
  /** Offset in the paragraph's visible text (UTF-16 units). */
  offset: number;
  text: string;
  node: Element;
  /** The w:r holding `node`. */
  run: Element;
}

export interface WordParagraph {
  story: Story;
  /** Index among the story's paragraphs in reading order (table cells included), from 0. */
  index: number;
  element: Element;
  /** Visible text: tabs as \t, line breaks as \n; without the automatic number. */
  text: string;
  atoms: TextAtom[];
  /** The automatic number as drawn, with its tab or space ('' when the paragraph has none). */
  number: string;
  /** Outline level 0–8 when the paragraph is a heading (by its style or its own properties). */
  outlineLevel?: number;
  /** Centred or right-aligned, a heading or a title: a line of its own whatever its punctuation. */
  standsAlone: boolean;
  /** First line indented (首行缩进): the start of a new paragraph to a reader. */
  indented: boolean;
  /** Its paragraph mark is a tracked deletion: accepted, the paragraph runs into the next one. */
  joinsNext: boolean;
  /** Not part of the text: the entries of a table of contents. */
  skipped: boolean;
  /** For a footnote or endnote paragraph, the note's w:id. */
  note?: string;
}

/** Where a note is referred to in the body: the paragraph, the offset of the mark, and the number it shows. */
export interface NoteReference {
  paragraph: number;
  offset: number;
  number: number;
}

export type Block = { kind: 'paragraph'; paragraph: WordParagraph } | { kind: 'table'; rows: TableRow[] };

export interface TableRow {
  cells: { blocks: Block[]; span: number }[];
}

/** Fields whose result is page furniture or a copy of the headings, not text of the draft. */
const FURNITURE_FIELDS = new Set(['PAGE', 'NUMPAGES', 'SECTIONPAGES', 'PAGEREF', 'TOC', 'INDEX', 'TOA', 'NOTEREF', 'SECTION', 'FILENAME', 'NUMWORDS', 'NUMCHARS']);

interface FieldFrame {
  instruction: string;
  inResult: boolean;
}

interface ParagraphState {
  paragraph: WordParagraph;
  styleId?: string;
  /** Text was left out because it was inside a furniture field's result (a TOC entry). */
  suppressed: boolean;
}

export class StoryWalker {
  readonly paragraphs: WordParagraph[] = [];
  /** Note marks met in this story, by `footnotes:<id>` or `endnotes:<id>`. */
  readonly noteReferences = new Map<string, NoteReference>();
  /** The note being walked (footnotes and endnotes stories). */
  note?: string;
  private fields: FieldFrame[] = [];

  constructor(
    private readonly story: Story,
    private readonly styles: StyleSheet,
    private readonly numbering: Numbering,
  ) {}

  /** The blocks of a container (w:body, w:tc, w:footnote…) in order. */
  blocks(container: Element): Block[] {
    const out: Block[] = [];
    for (const child of childElements(container)) {
      if (isW(child, 'p')) out.push({ kind: 'paragraph', paragraph: this.paragraph(child) });
      else if (isW(child, 'tbl')) out.push({ kind: 'table', rows: this.table(child) });
      else if (isW(child, 'sdt')) {
        if (!isTableOfContents(child)) pushAll(out, this.blocks(wChild(child, 'sdtContent') ?? child));
      } else if (isW(child, 'customXml') || isW(child, 'ins') || isW(child, 'moveTo')) pushAll(out, this.blocks(child));
    }
    return out;
  }

  /** Story boundaries (one footnote to the next) close any field left open by a damaged file. */
  resetFields(): void {
    this.fields = [];
  }

  private table(tbl: Element): TableRow[] {
    const rows: TableRow[] = [];
    for (const tr of rowsOf(tbl)) {
      const deleted = wChild(wChild(tr, 'trPr'), 'del') !== undefined;
      const cells: TableRow['cells'] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = wChild(tc, 'tcPr');
        const span = Math.max(1, Number.parseInt(wVal(tcPr, 'gridSpan') ?? '1', 10) || 1);
        cells.push({ blocks: this.blocks(tc), span });
      }
      // A deleted row is walked (its paragraphs keep their indices) but not shown.
      if (!deleted) rows.push({ cells });
    }
    return rows;
  }

  private paragraph(p: Element): WordParagraph {
    const pPr = wChild(p, 'pPr');
    const styleId = this.styles.paragraphStyle(pPr);
    const markRPr = wChild(pPr, 'rPr');
    const joinsNext = wChild(markRPr, 'del') !== undefined || wChild(markRPr, 'moveFrom') !== undefined;
    const paragraph: WordParagraph = {
      story: this.story,
      index: this.paragraphs.length,
      element: p,
      text: '',
      atoms: [],
      number: '',
      standsAlone: false,
      indented: false,
      joinsNext,
      skipped: false,
    };
    if (this.note !== undefined) paragraph.note = this.note;
    this.paragraphs.push(paragraph);
    const state: ParagraphState = { paragraph, styleId, suppressed: this.inFurniture() };
    this.inline(p, state);
    paragraph.skipped = paragraph.text.trim() === '' && (state.suppressed || this.inFurniture());
    if (paragraph.skipped) return paragraph;

    const ref = this.styles.numbering(pPr, styleId);
    const number = joinsNext ? undefined : this.numbering.next(ref.numId, ref.ilvl, styleId);
    paragraph.number = number?.text ?? '';
    paragraph.outlineLevel = this.styles.outlineLevel(pPr, styleId);
    const align = this.styles.alignment(pPr, styleId);
    const name = this.styles.styleName(styleId) ?? '';
    paragraph.standsAlone = paragraph.outlineLevel !== undefined || align === 'center' || align === 'right' || align === 'end' || /^(title|subtitle)$/i.test(name);
    paragraph.indented = this.styles.firstLineIndented(pPr, number?.levelPPr, styleId);
    return paragraph;
  }

  /** Paragraph content: runs, and the containers runs sit in (hyperlinks, insertions, content controls…). */
  private inline(parent: Element, state: ParagraphState): void {
    for (const child of childElements(parent)) {
      if (!WORD_NAMESPACES.has(child.namespaceURI ?? '')) continue; // equations, drawings in mc:AlternateContent
      switch (child.localName) {
        case 'r':
          this.run(child, state);
          break;
        case 'fldSimple': {
          this.fields.push({ instruction: wAttr(child, 'instr') ?? '', inResult: true });
          this.inline(child, state);
          this.fields.pop();
          break;
        }
        case 'sdt':
          this.inline(wChild(child, 'sdtContent') ?? child, state);
          break;
        case 'ins':
        case 'moveTo':
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'dir':
        case 'bdo':
          this.inline(child, state);
          break;
        default:
          break; // w:del, w:moveFrom (not in the accepted text), properties, bookmarks, comment ranges
      }
    }
  }

  private run(r: Element, state: ParagraphState): void {
    const hidden = this.styles.runHidden(wChild(r, 'rPr'), state.styleId);
    for (const child of childElements(r)) {
      if (!WORD_NAMESPACES.has(child.namespaceURI ?? '')) continue;
      const name = child.localName;
      if (name === 'fldChar') {
        this.fieldChar(wAttr(child, 'fldCharType'));
        continue;
      }
      if (name === 'footnoteReference' || name === 'endnoteReference') {
        this.noteReference(name === 'footnoteReference' ? 'footnotes' : 'endnotes', child, state.paragraph);
        continue;
      }
      if (name === 'instrText') {
        const top = this.fields[this.fields.length - 1];
        if (top && !top.inResult) top.instruction += child.textContent ?? '';
        continue;
      }
      const text = visibleText(child);
      if (text === undefined || text === '') continue;
      if (this.inFurniture()) {
        state.suppressed = true;
        continue;
      }
      if (hidden) continue;
      const p = state.paragraph;
      p.atoms.push({ offset: p.text.length, text, node: child, run: r });
      p.text += text;
    }
  }

  private noteReference(story: Story, ref: Element, paragraph: WordParagraph): void {
    const id = wAttr(ref, 'id');
    if (id === undefined) return;
    const custom = wAttr(ref, 'customMarkFollows');
    const counted = [...this.noteReferences.keys()].filter((k) => k.startsWith(story)).length;
    const number = custom === '1' || custom === 'true' ? 0 : counted + 1;
    this.noteReferences.set(`${story}:${id}`, { paragraph: paragraph.index, offset: paragraph.text.length, number });
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ instruction: '', inResult: false });
    else if (type === 'separate') {
      const top = this.fields[this.fields.length - 1];
      if (top) top.inResult = true;
    } else if (type === 'end') this.fields.pop();
  }

  /** Inside a field's instruction, or inside the result of a furniture field. */
  private inFurniture(): boolean {
    return this.fields.some((f) => !f.inResult || FURNITURE_FIELDS.has(fieldName(f.instruction)));
  }
}

/** The text a run child shows: w:t, a tab, a line break; undefined for anything else. */
function visibleText(node: Element): string | undefined {
  switch (node.localName) {
    case 't':
      return node.textContent ?? '';
    case 'tab':
    case 'ptab':
      return '\t';
    case 'br': {
      // A page or column break moves the text, it does not start a new line of it.
      const type = wAttr(node, 'type');
      return type === 'page' || type === 'column' ? undefined : '\n';
    }
    case 'cr':
      return '\n';
    case 'noBreakHyphen':
      return '-';
    default:
      return undefined;
  }
}

function fieldName(instruction: string): string {
  return instruction.trim().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
}

function isTableOfContents(sdt: Element): boolean {
  const gallery = wVal(wChild(wChild(sdt, 'sdtPr'), 'docPartObj'), 'docPartGallery');
  return gallery !== undefined && /table of contents/i.test(gallery);
}

/** Rows of a table, including rows wrapped in content controls or custom XML. */
function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  for (const child of childElements(tbl)) {
    if (isW(child, 'tr')) out.push(child);
    else if (isW(child, 'sdt')) out.push(...rowsOf(wChild(child, 'sdtContent') ?? child));
    else if (isW(child, 'customXml')) out.push(...rowsOf(child));
  }
  return out;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (const child of childElements(tr)) {
    if (isW(child, 'tc')) out.push(child);
    else if (isW(child, 'sdt')) out.push(...cellsOf(wChild(child, 'sdtContent') ?? child));
    else if (isW(child, 'customXml')) out.push(...cellsOf(child));
  }
  return out;
}
