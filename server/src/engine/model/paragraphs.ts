// Paragraphs: the running text between headings, joined across hard line breaks, with a map back to
// line and column. Rules that read sentences (enumerations, percentages, quotes) work on paragraphs.

import { intern } from './intern';
import { CLOSERS, isAsciiLetter, isCjk, isIndentSpace, SENTENCE_END } from './chars';
import { isPageNumberLine } from './furniture';
import type { Line } from './lines';
import type { Marker } from './markers';
import { sectionLookup } from './section-lookup';
import type { Section } from './outline';
import type { Position, TextFormat } from '../types';
import { matchesOf } from '../patterns';

export interface Segment {
  line: number;
  /** Column in the line where this piece of the paragraph starts. */
  column: number;
  /** Offset of the piece in the paragraph's text. */
  offset: number;
  length: number;
}

export interface Paragraph {
  /** Prose of the paragraph (masked regions are spaces), lines joined. */
  text: string;
  segments: Segment[];
  firstLine: number;
  lastLine: number;
  /** The innermost section the paragraph belongs to (for a heading line, that heading's section). */
  section?: Section;
  /** The paragraph starts with a heading's title. */
  atHeading: boolean;
  part: number;
  /** Text mangled by an encoding round trip (学?!懊, a replacement character mid-text): marks in it prove nothing. */
  garbled: boolean;
  /** For a row of a table (| a | b |), the cells of the table's header row. */
  tableHeader?: string[];
}

const NUMBER_ONLY = /^\s*[\[［(（〔]?\d{1,6}(?:[\]］)）〕]\d{0,4})?[。.]?\s*$/;

/**
 * Characters an encoding round trip lost. Certain: a run of ? inside Chinese text (學??冃Э), the replacement
 * character, a ? no writer types — after an opening bracket, before a Chinese comma or full stop (攀?、, (?。),
 * or ?! and ?" straight before Chinese (學?!懊鲝N, 設(shè)?!捌) where no question word (吗, 呢, 什么) asks. A single
 * ? between Chinese characters is more often a half-width question mark (同意?这), which punctuation reports: it
 * takes two of them in one paragraph.
 */
const LOST_CERTAIN = /[\p{sc=Han}(（%％]\?{2,}[\p{sc=Han}!。，、]|\uFFFD|[(（]\?|\?[、，。；：]/u;
const LOST_MARKED = /(.)\?[!"](?=\p{sc=Han})/gu;
/** ?!? before a Chinese quotation mark or comma (增長極?!?”，就是…: the opening “ and a character lost), twice in a paragraph. */
const LOST_BEFORE_QUOTE = /(.)\?!\?(?=[”“’‘，。、；：])/gu;
const LOST_ONE = /([\p{sc=Han}%％])\?(?=[\p{sc=Han}A-Za-z])/gu;
const QUESTION_WORD = /[吗嗎呢吧么麼嘛啊呀哪谁誰几幾何否]/;

function lostCharacters(text: string): boolean {
  if (!text.includes('?') && !text.includes('\uFFFD')) return false;
  if (LOST_CERTAIN.test(text)) return true;
  for (const m of matchesOf(text, LOST_MARKED)) if (!QUESTION_WORD.test(m[1])) return true;
  let lost = 0;
  for (const m of matchesOf(text, LOST_ONE)) if (!QUESTION_WORD.test(m[1]) && ++lost >= 2) return true;
  let quoted = 0;
  for (const m of matchesOf(text, LOST_BEFORE_QUOTE)) if (!QUESTION_WORD.test(m[1]) && ++quoted >= 2) return true;
  return false;
}

export function buildParagraphs(lines: Line[], sections: Section[], partOf: (line: number) => number, format: TextFormat): Paragraph[] {
  const builder = new ParagraphBuilder(lines, markersOf(sections), format);
  for (const line of lines) builder.step(line);
  return placeParagraphs(builder.finish(), lines, sections, partOf);
}

/** What paragraphs read of a marker: where its title starts, and whether it is a heading. Only markers the outline accepted. */
export type MarkerFacts = Pick<Marker, 'titleStart' | 'headingLevel'>;

/** The markers that start paragraphs, by line: only those the outline accepted (J. Smith is prose). */
export function markersOf(sections: readonly Section[]): Map<number, MarkerFacts> {
  return new Map(sections.map((s) => [s.marker.line, s.marker]));
}

/** Reads the marker that starts a line, as `markersOf(sections).get` does. */
interface MarkerLookup {
  get(line: number): MarkerFacts | undefined;
}

/**
 * markersOf's lookup without its map: the sections searched by their marker's line. An edit reads the paragraphs of a
 * few lines again, not 3,000 markers into a map.
 */
function markerLookup(sections: readonly Section[]): MarkerLookup {
  const at = sectionLookup(sections);
  return { get: (line) => at.get(line)?.marker };
}

/**
 * The paragraphs of a new version of the text from those of the last one: a paragraph whose lines, the line before
 * it and the line after it are all unchanged (`clean`) is the same paragraph, moved to its new lines; the text
 * between is read again. `lineOf` maps a line of the last version to this one (−1 for a line that is gone).
 */
export function rebuildParagraphs(
  previous: readonly Paragraph[],
  lines: Line[],
  sections: Section[],
  partOf: (line: number) => number,
  format: TextFormat,
  clean: (line: number) => boolean,
  lineOf: (line: number) => number,
  headers: Map<number, string[]> = tableHeaders(lines),
): Paragraph[] {
  const builder = new ParagraphBuilder(lines, markerLookup(sections), format);
  let k = 0;
  for (let l = 0; l < lines.length; ) {
    while (k < previous.length && lineOf(previous[k].firstLine) < l) k++;
    const p = previous[k];
    if (p && lineOf(p.firstLine) === l && !builder.bridging(l) && reusable(p, l, lines, clean) && sameHeader(p.tableHeader, headers.get(l))) {
      moveParagraph(p, l - p.firstLine);
      builder.keep(p);
      l = p.lastLine + 1;
      k++;
      continue;
    }
    builder.step(lines[l++]);
  }
  return placeParagraphs(builder.finish(), lines, sections, partOf, headers);
}

/**
 * Whether a paragraph read before can stand as it was at line `at`: its lines, the line before it and the line after
 * it are unchanged — and, where a page number or a page break (an RFC's page footer and running header) follows it
 * among lines that are no text, every line up to the first text after them, since a paragraph runs on over a page
 * break into that text (a blank line under a page footer typed into a line of text joins it to the paragraph above).
 */
function reusable(p: Paragraph, at: number, lines: readonly Line[], clean: (line: number) => boolean): boolean {
  let last = Math.min(lines.length - 1, at + p.lastLine - p.firstLine + 1);
  for (let l = Math.max(0, at - 1); l <= last; l++) if (!clean(l)) return false;
  // Blank lines alone end a paragraph whatever follows them: only a gap holding a page number or a page break is read.
  let end = last;
  let bridge = false;
  for (; end < lines.length && mayBridge(lines[end]); end++) if (!BLANK.test(lines[end].text)) bridge = true;
  if (!bridge) return true;
  for (let l = last + 1; l <= Math.min(end, lines.length - 1); l++) if (!clean(l)) return false;
  return true;
}

/** A line a paragraph may run on over: blank, no text (a page number), an RFC's page footer or running header. */
function mayBridge(line: Line): boolean {
  // Asked of the line after every paragraph kept on each keystroke: a test, not a trimmed copy of each (an indented line's).
  return line.kind !== 'text' || BLANK.test(line.text) || isPageFooter(line.text) || PAGE_HEADER.test(line.text.trimEnd());
}

/** Only white space (what `text.trim() === ''` says, without the copy). */
const BLANK = /^\s*$/;

function sameHeader(a: string[] | undefined, b: string[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell === b[i]));
}

function moveParagraph(p: Paragraph, delta: number): void {
  if (delta === 0) return;
  p.firstLine += delta;
  p.lastLine += delta;
  for (const segment of p.segments) segment.line += delta;
}

/**
 * Where a builder puts its paragraphs, copied out at their number when it is done (a builder runs to its end before the
 * next starts): a list grown by push to the ≈ 6,000 paragraphs of a 3 MB draft allocated three times its size on every
 * keystroke.
 */
const built: (Paragraph | undefined)[] = [];

/**
 * Reads the running text into paragraphs, a line at a time. The current paragraph's text is kept in pieces and joined
 * once it is complete: reading a character of a string that keeps growing by += makes the engine flatten it each time
 * (quadratic on a paragraph of many short lines).
 */
class ParagraphBuilder {
  /** How many paragraphs are in `built` (this builder's list until finish). */
  private count = 0;
  /** Paragraphs read here (not kept from an earlier version): their garbled flag and table header are still to set. */
  readonly fresh = new Set<Paragraph>();
  private current?: Paragraph;
  private pieces: string[] = [];
  private length = 0;
  private tail = '';
  private previous?: Line;
  /** The first line after a page break the current paragraph runs on over (the lines before it are skipped). */
  private skipTo = -1;

  constructor(
    private readonly lines: Line[],
    private readonly markerAt: MarkerLookup,
    private readonly format: TextFormat,
  ) {}

  /**
   * Whether a paragraph at `line` may join the one still open before it over lines that are no text (a page number, a
   * page break): then it is read again, not kept — whether it joins turns on text before those lines.
   */
  bridging(line: number): boolean {
    return line < this.skipTo || (this.current !== undefined && line > 0 && this.lines[line - 1].kind !== 'text');
  }

  step(line: Line): void {
    const { markerAt, format } = this;
    if (line.index < this.skipTo) return;
    // “北京 ⏎ — 4 — ⏎ 蓝”成为常态: a PDF's page footer inside a wrapped sentence; the paragraph runs on over it.
    if (line.kind === 'furniture' && this.current && isPageNumberLine(line.prose.trim())) return;
    // A paginated plain-text document's page break (an RFC's footer … [Page 5] and running header RFC 6532 … February
    // 2012) inside a paragraph: "(Note that, in ⏎⏎ footer ⏎ header ⏎⏎ ASCII, octets …)" is one paragraph.
    if (this.previous && (line.text.trim() === '' || isPageFooter(line.text))) {
      const end = pageBreakEnd(this.lines, line.index);
      if (end > 0 && !markerAt.get(end) && continues(this.previous, markerAt.get(this.previous.index), this.lines[end], format)) {
        this.skipTo = end;
        return;
      }
    }
    if (line.kind !== 'text') return this.close();
    const marker = markerAt.get(line.index);
    let column = marker ? marker.titleStart : 0;
    while (column < line.prose.length && isIndentSpace(line.prose[column])) column++;
    // A Markdown blockquote's text starts after its > markers.
    if (format === 'markdown') while (line.prose[column] === '>' || (line.prose[column] === ' ' && column > 0 && line.prose[column - 1] === '>')) column++;
    let end = line.prose.length;
    while (end > column && isIndentSpace(line.prose[end - 1])) end--;
    if (column >= end && !marker) return this.close();
    const piece = line.prose.slice(column, end);
    const previous = this.previous;
    const current = this.current;
    const joins = current !== undefined && previous !== undefined && !marker && continues(previous, markerAt.get(previous.index), line, format);
    if (joins && current) {
      const sep = separator(this.tail, piece, /[ \t\u3000]$/.test(previous.prose));
      this.pieces.push(sep, piece);
      current.segments.push({ line: line.index, column, offset: this.length + sep.length, length: piece.length });
      this.length += sep.length + piece.length;
      this.tail = (this.tail + sep + piece).slice(-40);
      current.lastLine = line.index;
    } else {
      this.joinPieces();
      this.pieces = [piece];
      this.length = piece.length;
      this.tail = piece.slice(-40);
      this.current = {
        text: piece,
        segments: [{ line: line.index, column, offset: 0, length: piece.length }],
        firstLine: line.index,
        lastLine: line.index,
        // Every field a paragraph gets is written here, so that it is held in the object (fields added later are
        // held in a separate store: ≈ 40 bytes more per paragraph).
        section: undefined,
        atHeading: marker !== undefined,
        part: 0,
        garbled: false,
        tableHeader: undefined,
      };
      built[this.count++] = this.current;
      this.fresh.add(this.current);
    }
    this.previous = line;
  }

  /** A paragraph kept from an earlier version, already at its new lines; the next line starts afresh. */
  keep(paragraph: Paragraph): void {
    this.close();
    built[this.count++] = paragraph;
  }

  finish(): Paragraph[] {
    this.close();
    for (const p of this.fresh) p.garbled = lostCharacters(p.text) || p.segments.some((s) => this.lines[s.line].mangled === true);
    const paragraphs = built.slice(0, this.count);
    // Nothing held for the next build (a closed draft's paragraphs are not kept alive by the scratch list).
    built.fill(undefined, 0, this.count);
    return paragraphs as Paragraph[];
  }

  private close(): void {
    this.joinPieces();
    this.current = undefined;
    this.previous = undefined;
  }

  private joinPieces(): void {
    // One copy of each joined text in a lint (intern.ts): a draft pasted together repeats its paragraphs.
    if (this.current && this.pieces.length > 1) this.current.text = intern(this.pieces.join(''));
    // Closed before each paragraph kept as it was: no new empty list for each of them.
    if (this.pieces.length !== 0) this.pieces = [];
  }
}

/** An RFC's or Internet-Draft's page footer: Yang, et al.   Standards Track   [Page 5]. */
const PAGE_FOOTER = /^\S.*\S {2,}\[Page \d{1,4}\]$/;

/** PAGE_FOOTER, tried only on a line that holds “[Page ”: it runs .* to the end and back over every line of the draft. */
function isPageFooter(text: string): boolean {
  return text.includes('[Page ') && PAGE_FOOTER.test(text.trimEnd());
}
/** Its running header at the top of the next page: RFC 6532   Internationalized Email Headers   February 2012. */
const PAGE_HEADER = /^\f?(?:RFC \d{1,5}|Internet-Draft|INTERNET-DRAFT)\b.*\S {2,}\S/;

/**
 * The line after a page break starting at line `at` (blank lines, the footer, the running header, blank lines), or -1
 * where there is no such page break or no text after it.
 */
function pageBreakEnd(lines: readonly Line[], at: number): number {
  let k = at;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  if (k >= lines.length || !isPageFooter(lines[k].text)) return -1;
  k++;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  if (k < lines.length && PAGE_HEADER.test(lines[k].text.trimEnd())) k++;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  return k < lines.length && lines[k].kind === 'text' ? k : -1;
}

/** Table headers (of the paragraphs read afresh), parts and sections: what a paragraph's place in the document gives it. */
function placeParagraphs(paragraphs: Paragraph[], lines: Line[], sections: Section[], partOf: (line: number) => number, headers = tableHeaders(lines)): Paragraph[] {
  for (const p of paragraphs) {
    p.part = partOf(p.firstLine);
    const header = headers.get(p.firstLine);
    if (header) p.tableHeader = header;
  }
  assignSections(paragraphs, sections);
  return paragraphs;
}

const QUOTE_MARK = /^\s{0,3}>/;
/** A blockquote line (a module function: continues is asked of every line). */
function quoted(text: string): boolean {
  return QUOTE_MARK.test(text);
}

const TITLE_SENTENCE_MARK = /[。；;！？!?]/;
const ROW_OR_ITEM = /^\s*(\||[-*+] )/;
const PIPE_ROW = /^\s*\|/;
/** Does `line` continue the paragraph that `previous` is part of? */
function continues(previous: Line, previousMarker: MarkerFacts | undefined, line: Line, format: TextFormat): boolean {
  // Headings stand alone. In plain text a numbered line stands alone too, unless it is a heading run into its
  // body text (（一）强化督查。办结率由…) that wraps mid-sentence. A Markdown list item takes lazy continuation lines.
  if (previousMarker && previousMarker.headingLevel !== undefined) return false;
  if (previousMarker && format !== 'markdown') {
    const title = previous.prose.slice(previousMarker.titleStart).trim();
    if (!TITLE_SENTENCE_MARK.test(title) && title.length < 25 && !leavesOpen(title)) return false;
  }
  const next = line.prose;
  // Lines of one blockquote run on; a quote line after prose (or prose after a quote) starts afresh.
  if (format === 'markdown' && quoted(next) && quoted(previous.prose)) return true;
  // A Markdown blockquote's paragraph takes lazy continuation lines, as a list item does (> A quote that opens (a
  // bracket ⏎ and closes it on the next line).): unmarked text right under a quote line with text goes on with it.
  if (format === 'markdown' && quoted(previous.prose) && !quoted(next) && /^\s{0,3}>+\s*\S/.test(previous.prose) && !ROW_OR_ITEM.test(next) && !/^ {0,3}(=+|-+|\*+|_+)\s*$/.test(next)) return true;
  if (quoted(next) || quoted(previous.prose) || ROW_OR_ITEM.test(next) || PIPE_ROW.test(previous.prose)) return false;
  // Rows of a table typed with tabs (领域⇥发现问题⇥已整改) stand alone, as pipe rows do; so does the text after the
  // last row (合计⇥1862⇥1386.4 ⏎ 从表2看，…): a row ends with its last cell, not in the middle of a sentence.
  if (tabCells(previous.prose) >= 3 && (tabCells(next) >= 3 || tabCells(next) === 0)) return false;
  // So do rows lined up with spaces (合计        124100     118000     6100       5.2% ⏎ 从重点行业看，…): the text
  // after the last row is no continuation of its last cell.
  if (spaceFigureRow(previous.prose)) return false;
  // A row of two cells, a label and its figure (合计                          1,236 ⏎ 86个违法用地图斑中，…; Total   1,738 ⏎
  // 318 property claims …): the prose under the table's last row starts afresh, and its first figure is not the rest of
  // the row's.
  if (spaceFigurePair(previous.prose) && !spaceFigurePair(next) && !spaceFigureRow(next)) return false;
  if (format === 'markdown') return !/^ {0,3}(=+|-+)\s*$/.test(next);
  // A line that is only a number (16。 / 2007。 / [2007]1。) is text extraction splitting a sentence around
  // a figure: it belongs with the lines on both sides, whatever punctuation the extraction added.
  if (NUMBER_ONLY.test(next) || NUMBER_ONLY.test(previous.prose)) return true;
  // Plain text: a line that starts indented begins a paragraph (a first-line indent), unless the line before it
  // is indented the same way (a block of indented text wraps line by line); one that follows a finished sentence
  // begins a paragraph too, unless that sentence sits inside a quotation that goes on (她说：“……就行。⏎学习上的事……”).
  // Indentation is what the line was typed with, not what masking left: a wrapped sentence whose next line starts
  // with an address or a link (https://…/). ⏎ `"Part 2" <https://…>`_,) is not indented.
  const indent = typedIndent(line);
  // A hanging indent lines up, in spaces, with a word of the line before, after its list marker or label
  // (  4. text ⏎     more text;  [ABNF]  Crocker, "Augmented BNF ⏎              Specifications").
  const at = indent.length;
  const hanging = /^ +$/.test(indent) && at <= 30 && previous.prose[at - 1] === ' ' && /\S/.test(previous.prose[at] ?? '') && /\S/.test(previous.prose.slice(0, at));
  // A page set off by a left margin (a gazetteer's text extracted from its PDF) indents each paragraph's first line
  // further than the lines that wrap it: a line back at the margin after a long line that stops mid-sentence (…联合
  // 举办的“金 ⏎ 色龙港”…) goes on with it; after a short one (a title, 第一章 总则) it does not.
  const previousIndent = typedIndent(previous);
  const backToMargin = /^ +$/.test(indent) && /^ +$/.test(previousIndent) && at < previousIndent.length && previous.prose.trim().length >= 20;
  // A wrap's continuation indent: a line set in further than the one before, going on in lower case from a line that
  // stopped mid-sentence — on a word or a figure, or inside a bracket ((ii) … mixed-age classes (Years 3 ⏎ and 4).).
  const setIn = /^ +$/.test(indent) && /^ *$/.test(previousIndent) && at > previousIndent.length && at <= 30 && /^\s*[a-z]/.test(next) && carriesOn(previous.prose);
  if ((indent.includes('\u3000') || indent.includes('\t') || indent.length >= 2) && indent !== previousIndent && !hanging && !backToMargin && !setIn) return false;
  if ((leavesOpen(previous.prose) || opensStraightQuote(previous.prose)) && !/^\s*[“「『]/.test(next)) return true;
  const prev = previous.prose.trimEnd();
  // …within 72 hours; ⏎ and fifth, that…: an English sentence hard-wrapped after a semicolon goes on in lower case
  // (with the connector of its last clause, or after a full-width line: a short one may be an item of a bare list).
  if (prev.endsWith(';') && /^[a-z]/.test(next) && (/^(?:and|or|but)\s/.test(next) || prev.length >= 70) && /[a-z]/.test(prev)) return true;
  let i = prev.length - 1;
  while (i >= 0 && CLOSERS.has(prev[i])) i--;
  return i < 0 || !SENTENCE_END.has(prev[i]);
}

/** An English line of prose that stops mid-sentence: on a word, a figure or a comma, or inside a bracket it opened. */
function carriesOn(prose: string): boolean {
  const t = prose.trim();
  return t.length >= 20 && /[a-z]/.test(t) && (/[A-Za-z0-9,]$/.test(t) || leavesOpen(t));
}

const LEADING_BLANKS = /^[ \t\u3000]*/;
/** The spaces, tabs and ideographic spaces the line starts with as typed (the prose's blanks where it is masked). */
function typedIndent(line: Line): string {
  const prose = LEADING_BLANKS.exec(line.prose)![0];
  // Only where masking blanked the line's start is the typed text read: a byte order mark stays no indentation.
  if (prose.length === 0 || line.index === 0) return prose;
  return LEADING_BLANKS.exec(line.text)![0];
}

const ROW_PUNCTUATION = /[，。；：！？,;!?]/;
/**
 * A row of a table lined up with spaces: three cells or more set apart by runs of two spaces or more (or an ideographic
 * space), two of them figures, and no sentence punctuation (增值税      58600      55300      3300       6.0%). Not a
 * sentence with blanks left for its figures (撰写心得体会  篇，组织会议  次。): it is punctuated and its gaps hold none.
 */
function spaceFigureRow(prose: string): boolean {
  if (prose.indexOf('  ') < 0 && prose.indexOf('\u3000') < 0) return false;
  const body = prose.trim();
  if (ROW_PUNCTUATION.test(body)) return false;
  const cells = spacedCells(body, 0);
  if (cells.length < 3) return false;
  let figures = 0;
  for (const { text: cell } of cells) if (FIGURE_CELL.test(cell.trim())) figures++;
  return figures >= 2;
}

/** A figure cell of a row lined up with spaces: 812 · 1,236 · 6.0% · 3300万元. */
const FIGURE_CELL = /^[-+−≥≤<>~～约]?\s*\d[\d,.]*\s*(?:%|％|[万亿]?[元人个户家件项吨次])?$/;

/**
 * A row of a table lined up with spaces that has two cells, a label and a figure, set apart by a run of four spaces or
 * more (or an ideographic space): 合计                          1,236 · Total           2,200. Not a sentence (its label
 * holds no sentence punctuation, nor an English full stop before a space).
 */
function spaceFigurePair(prose: string): boolean {
  if (prose.indexOf('    ') < 0 && prose.indexOf('\u3000') < 0) return false;
  const body = prose.trim();
  if (ROW_PUNCTUATION.test(body) || /\.\s/.test(body)) return false;
  const cells = spacedCells(body, 0);
  if (cells.length !== 2 || /\d/.test(cells[0].text) && FIGURE_CELL.test(cells[0].text.trim())) return false;
  const gap = body.slice(cells[0].start + cells[0].text.length, cells[1].start);
  return (gap.length >= 4 || gap.includes('\u3000')) && FIGURE_CELL.test(cells[1].text.trim());
}

/** Where cells of a table lined up with spaces part: two spaces or more, or ideographic spaces. */
const CELL_GAP = / {2,}|\u3000+/g;

/**
 * The cells of a row lined up with spaces, from `from` (past its indent) to the end of `body` (trailing spaces cut):
 * each cell's text and where it starts. The one reading of such rows, for the paragraph builder and the table totals.
 */
export function spacedCells(body: string, from: number): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let at = from;
  while (at < body.length) {
    CELL_GAP.lastIndex = at;
    const m = CELL_GAP.exec(body);
    const end = m ? m.index : body.length;
    cells.push({ text: body.slice(at, end), start: at });
    at = m ? m.index + m[0].length : body.length;
  }
  return cells;
}

const TABLE_ROW = /^\s*\|/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The cells of a line typed as a table row with tabs (股室⇥承担任务⇥已完成⇥完成率); 0 for a line without a tab between words. */
export function tabCells(text: string): number {
  if (!text.includes('\t')) return 0;
  // Counted without splitting: a long line of junk should not allocate an array per tab.
  const body = text.trim();
  let cells = body === '' ? 0 : 1;
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 9 && body.charCodeAt(i + 1) !== 9) cells++;
  return cells >= 2 ? cells : 0;
}

/**
 * Whether a line may take part in a table as tableHeaders reads them: a row typed with tabs, a pipe row, or a rule
 * (---). A stretch of lines none of which may, before an edit and after, leaves every table where it was.
 */
export function mayBeTableLine(prose: string): boolean {
  return tabCells(prose) > 0 || TABLE_ROW.test(prose) || TABLE_RULE.test(prose);
}

/** Rows of pipe tables and of tables typed with tabs, each mapped to its table's header cells. */
export function tableHeaders(lines: readonly Line[]): Map<number, string[]> {
  const headers = new Map<number, string[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const width = tabCells(lines[i].prose);
    // A tab table: a header of three cells or more and at least two rows of as many cells under it.
    if (width >= 3 && tabCells(lines[i + 1].prose) === width && tabCells(lines[i + 2]?.prose ?? '') === width) {
      const header = lines[i].prose.trim().split(/\t+/);
      let j = i + 1;
      for (; j < lines.length && tabCells(lines[j].prose) === width; j++) headers.set(j, header);
      i = j - 1;
      continue;
    }
    if (!TABLE_ROW.test(lines[i].prose) || !TABLE_RULE.test(lines[i + 1].prose)) continue;
    const header = lines[i].prose.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    let j = i + 2;
    for (; j < lines.length && TABLE_ROW.test(lines[j].prose); j++) headers.set(j, header);
    i = j - 1;
  }
  return headers;
}

/** The marks leavesOpen counts: 《 “ （ ( 【 「 open, 》 ” ） ) 】 」 close. */
const OPEN_OR_CLOSE = /[\u300a\u201c\uff08(\u3010\u300c\u300b\u201d\uff09)\u3011\u300d]/g;

/** The text opens a quote or bracket it does not close (a title that wraps: （一）落实《关于深化教育⏎评价改革的意见》). */
export function leavesOpen(text: string): boolean {
  // Counted by code unit (every mark is one): a code-point array of each joined line was a hot allocation. Only the
  // marks are read, found by a native search: a loop over every character ran in the interpreter in a CLI run (the
  // 120k draft's lines: ≈ 3 ms cold against 0.4, and 0.37 against 0.14 ms warm; perf43cli).
  let open = 0;
  OPEN_OR_CLOSE.lastIndex = 0;
  while (OPEN_OR_CLOSE.test(text)) {
    switch (text.charCodeAt(OPEN_OR_CLOSE.lastIndex - 1)) {
      case 0x300a: case 0x201c: case 0xff08: case 0x28: case 0x3010: case 0x300c: // 《 “ （ ( 【 「
        open++;
        break;
      default: // 》 ” ） ) 】 」
        open--;
    }
  }
  return open > 0;
}

/**
 * A line that leaves a straight double quote open: an odd number of them, the last one opening a quotation (after a
 * space or a bracket, before a word). Its colon or question mark ends no sentence: a title wraps inside its quotes
 * (Whistler, "Unicode Standard Annex #15: ⏎ Unicode Normalization Forms", 2010; "Why Not Both? ⏎ Towards …").
 */
function opensStraightQuote(text: string): boolean {
  const last = text.lastIndexOf('"');
  if (last < 0 || !/^[\s(\[]?$/.test(text.slice(Math.max(0, last - 1), last)) || !/[A-Za-z0-9]/.test(text[last + 1] ?? '')) return false;
  let count = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/**
 * Chinese text wraps without spaces; English words need one. `before` is the end of the text so far; `spaced`, that its
 * line ended in white space.
 */
function separator(before: string, after: string, spaced = false): string {
  const a = before[before.length - 1] ?? '';
  const b = after[0] ?? '';
  if (isCjk(a) || isCjk(b)) return '';
  if (isAsciiLetter(a) && isAsciiLetter(b)) return ' ';
  // 78241 84210 97443 ⏎ 79.1% 81.6%: a line of a chart's figures that ended in a space ended its last figure there (a
  // PDF's cells); the next line's first figure is another one, not the rest of it.
  if (spaced && /[0-9%]/.test(a) && /[0-9]/.test(b)) return ' ';
  // 1,236 ⏎ 86个: a number grouped in thousands to its end is finished; the next line's digits start another one.
  if (b >= '0' && b <= '9' && /\d,\d{3}$/.test(before)) return ' ';
  // 时间：2022-07-25 ⏎ 7月21日下午，…: a date written out in full (two-digit month and day) or a clock time (10:30) is
  // a finished number; the next line's first figure starts another one (a dateline over the text's first sentence).
  if (b >= '0' && b <= '9' && FINISHED_DATE_OR_TIME.test(before.slice(-12))) return ' ';
  // Digits and dots: joined when the paragraph is Chinese (a number wrapped mid-way), spaced in English.
  return /\p{sc=Han}/u.test(before.slice(-40)) ? '' : ' ';
}

const FINISHED_DATE_OR_TIME = /(?:^|[^0-9])(?:(?:19|20)\d\d([-/.])\d\d\1\d\d|\d{1,2}:\d\d(?::\d\d)?)$/;

function assignSections(paragraphs: Paragraph[], sections: Section[]): void {
  // Sections are in line order and nest properly, so a sweep keeps the open ones on a stack.
  const open: Section[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    const line = paragraph.firstLine;
    while (next < sections.length && sections[next].marker.line <= line) {
      const s = sections[next++];
      while (open.length && open[open.length - 1] !== s.parent) open.pop();
      open.push(s);
    }
    while (open.length && open[open.length - 1].endLine < line) open.pop();
    paragraph.section = open[open.length - 1];
  }
}

/** Line and column of an offset in a paragraph's text. */
export function positionIn(paragraph: Paragraph, offset: number): Position {
  const segs = paragraph.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  return { line: seg.line, character: seg.column + Math.min(Math.max(offset - seg.offset, 0), seg.length) };
}

/** The range of [start, end) in a paragraph; may span lines. */
export function rangeIn(paragraph: Paragraph, start: number, end: number): { start: Position; end: Position } {
  const from = positionIn(paragraph, start);
  // The end belongs to the segment holding its last character, not to the next line's start.
  const last = positionIn(paragraph, Math.max(start, end - 1));
  return { start: from, end: { line: last.line, character: last.character + (end > start ? 1 : 0) } };
}
