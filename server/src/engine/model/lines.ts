// Splits a draft into lines and works out which parts of each line are prose.
// Rules read `prose`: the line with code, comments, URLs and e-mail addresses blanked out
// (replaced by spaces, so columns stay the same).

import htmlTags from '../data/html-tags.json';
import type { TextFormat } from '../types';
import { isHanScriptBefore, leadingColumns } from './chars';
import { markFurniture } from './furniture';
import { findMisdecoded } from './mojibake';
import { intern, internNumbers } from './intern';

/** `furniture`: a line a web page put around the text (a toolbar, a page counter), not the report's own. */
export type LineKind = 'text' | 'blank' | 'code' | 'front-matter' | 'furniture';

export interface Line {
  index: number;
  /** The line as written, without its line break. */
  text: string;
  /** Offset of the line's first character in the whole text (UTF-16 units). */
  offset: number;
  /** `text` with non-prose regions replaced by spaces; same length as `text`. */
  prose: string;
  kind: LineKind;
  /** Pinyin residue with a lost bracket (面?zhèn)) shows the line went through a broken encoding round trip. */
  mangled?: boolean;
  /**
   * Damage found while masking: mojibake (å·¥ä½œ), web-page furniture inside a line, the text of a Word field that
   * lost its target (错误！未找到引用源。), a Word field's instruction shown as text (PAGEREF _Toc… \h, MERGEFIELD 姓名),
   * as column ranges. Ruby pinyin is damage too, kept apart in `ruby`: a line has damage when either is set.
   */
  damage?: Damage[];
  /**
   * Ruby pinyin (總結(jié)) found while masking, as columns: start, end, start, end… in the order found. Numbers, not
   * a record each: a draft copied with its ruby has tens of thousands (47,000 records held 2.9 MB of the lint
   * worker's heap on the 3 MB draft, the numbers 0.8 MB).
   */
  ruby?: number[];
}

export interface Damage {
  kind: 'mojibake' | 'furniture' | 'control' | 'field' | 'field-code';
  start: number;
  end: number;
  /** For mojibake: the text the bytes were, when all of them are there. */
  intended?: string;
}

/**
 * An inline comment that turns rules off: `<!-- report-lint-disable-next-line placeholder -- why -->`.
 * `unknown` is a comment that starts with `report-lint-` but names no known directive (a typo, reported).
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'unknown';
  /** Rule ids named; empty means all rules. */
  rules: string[];
  /** Line the directive applies to (for -line and -next-line), or where the region starts or ends. */
  line: number;
  /** Where the directive word and each named rule are written, for findings about the comment itself. */
  keyword: ColumnSpan;
  names: (ColumnSpan & { id: string })[];
}

/** A span on one line: 0-based line, UTF-16 columns [start, end). */
export interface ColumnSpan {
  line: number;
  start: number;
  end: number;
}

export interface ScannedText {
  lines: Line[];
  directives: Directive[];
}

/** Splits on \r\n, \n and \r, as LSP does. */
export function splitLines(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  // The line breaks found by native searches (indexOf of \n where the text has no \r, else a search of \r or \n),
  // not a loop over every character: it ran in the interpreter in a CLI run (≈ 2 ms of the 120k draft's parse).
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      out.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  } else {
    LINE_BREAK.lastIndex = 0;
    while (LINE_BREAK.test(text)) {
      const i = LINE_BREAK.lastIndex - 1;
      out.push({ text: text.slice(start, i), offset: start });
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) LINE_BREAK.lastIndex = i + 2;
      start = LINE_BREAK.lastIndex;
    }
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}
const LINE_BREAK = /[\r\n]/g;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** In a Markdown list, a fence indented as the item's text is (six columns under "    - "). */
const FENCE_OPEN_IN_LIST = /^ {0,15}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;

// The directive word, then rule names (commas or spaces), then an optional `-- reason`.
const DIRECTIVE = /^(\s*)report-lint-([\w-]*)/;
const KINDS: ReadonlySet<string> = new Set(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']);

/**
 * What the scanner carries from one line to the next: an open fence, comment or front matter, and (Markdown) whether
 * the lines before were blank, indented code or a list. The incremental model keeps the state at each line start, and
 * re-reads lines after an edit only until the state is again what it was.
 */
export interface ScanState {
  fence?: { char: string; length: number; indent: number };
  inComment: boolean;
  /** Where the open comment started, and its text so far. */
  commentStart: { line: number; column: number };
  commentBody: string;
  frontMatter: boolean;
  afterBlank: boolean;
  inIndentedCode: boolean;
  inList: boolean;
}

export function initialScanState(): ScanState {
  return { inComment: false, commentStart: { line: 0, column: 0 }, commentBody: '', frontMatter: false, afterBlank: true, inIndentedCode: false, inList: false };
}

export function copyScanState(state: ScanState): ScanState {
  return { ...state, commentStart: { ...state.commentStart } };
}

const KEPT_STATES = new Map<number, ScanState>();

/**
 * The state to keep as it was after a line (the incremental model keeps one per line): outside a comment and a fence,
 * one of 16 shared frozen objects (an open comment's start and text are then never read again), else a copy. A 3 MB
 * draft's 9,000 lines kept 9,000 states and their comment starts (≈ 1 MB). Scan on from a copy (copyScanState).
 */
export function keptScanState(state: ScanState): ScanState {
  if (state.inComment || state.fence) return copyScanState(state);
  const key = (state.frontMatter ? 1 : 0) | (state.afterBlank ? 2 : 0) | (state.inIndentedCode ? 4 : 0) | (state.inList ? 8 : 0);
  let kept = KEPT_STATES.get(key);
  if (!kept) {
    kept = Object.freeze({ ...initialScanState(), frontMatter: state.frontMatter, afterBlank: state.afterBlank, inIndentedCode: state.inIndentedCode, inList: state.inList });
    KEPT_STATES.set(key, kept);
  }
  return kept;
}

/** The states at the starts of lines `line` and `other` read the lines that follow alike (an open comment's start counts from the line). */
export function sameScanState(a: ScanState, line: number, b: ScanState, other: number): boolean {
  return (
    a.inComment === b.inComment &&
    a.frontMatter === b.frontMatter &&
    a.afterBlank === b.afterBlank &&
    a.inIndentedCode === b.inIndentedCode &&
    a.inList === b.inList &&
    a.fence?.char === b.fence?.char &&
    a.fence?.length === b.fence?.length &&
    a.fence?.indent === b.fence?.indent &&
    (!a.inComment || (a.commentBody === b.commentBody && a.commentStart.column === b.commentStart.column && a.commentStart.line - line === b.commentStart.line - other))
  );
}

export function scanLines(text: string, format: TextFormat): ScannedText {
  const raw = splitLines(text);
  const linkLabels = format === 'markdown' ? linkDefinitions(raw) : new Set<string>();
  const lines: Line[] = [];
  const directives: Directive[] = [];
  const state = initialScanState();
  for (let index = 0; index < raw.length; index++) lines.push(scanLine(index, raw[index].text, raw[index].offset, state, format, linkLabels, directives));
  markFurniture(lines);
  return { lines, directives };
}

/**
 * Reads one line: what of it is prose (code, comments, URLs… blanked out), its kind, the damage found while masking;
 * updates `state` for the next line and adds the directives of comments that end on this line.
 */
export function scanLine(index: number, lineText: string, offset: number, state: ScanState, format: TextFormat, linkLabels: ReadonlySet<string>, directives: Directive[]): Line {
  // A byte order mark is part of the document (and counts as a column) but is never prose.
  const visible = index === 0 && lineText.charCodeAt(0) === 0xfeff ? ' ' + lineText.slice(1) : lineText;

  if (index === 0 && format === 'markdown' && /^---\s*$/.test(visible)) {
    state.frontMatter = true;
    return { index, text: lineText, offset, prose: blank(lineText), kind: 'front-matter' };
  }
  if (state.frontMatter) {
    if (/^(---|\.\.\.)\s*$/.test(visible)) state.frontMatter = false;
    return { index, text: lineText, offset, prose: blank(lineText), kind: 'front-matter' };
  }
  if (!state.inComment) {
    if (state.fence) {
      const close = new RegExp(`^ {0,${Math.max(3, state.fence.indent + 3)}}\\${state.fence.char}{${state.fence.length},}\\s*$`);
      if (close.test(visible)) state.fence = undefined;
      return { index, text: lineText, offset, prose: blank(lineText), kind: 'code' };
    }
    // An indented code block: four columns in, after a blank line, outside a list (whose items indent too).
    if (format === 'markdown') {
      const indent = leadingColumns(visible);
      const blankLine = visible.trim() === '';
      if (!blankLine && indent <= 3) state.inList = LIST_ITEM.test(visible) || (state.inList && indent > 0);
      if (!blankLine && indent >= 4 && !state.inList && (state.afterBlank || state.inIndentedCode)) {
        state.inIndentedCode = true;
        state.afterBlank = false;
        return { index, text: lineText, offset, prose: blank(lineText), kind: 'code' };
      }
      if (!blankLine) state.inIndentedCode = false;
      state.afterBlank = blankLine;
    }
    const open = (format === 'markdown' && state.inList ? FENCE_OPEN_IN_LIST : FENCE_OPEN).exec(visible);
    if (open && !(open[1][0] === '`' && visible.indexOf('`', open[0].length) >= 0)) {
      state.fence = { char: open[1][0], length: open[1].length, indent: open[0].length - open[1].length };
      return { index, text: lineText, offset, prose: blank(lineText), kind: 'code' };
    }
  }

  const masks: Mask[] = [];
  let i = 0;
  if (state.inComment) {
    const end = visible.indexOf('-->');
    const stop = end < 0 ? visible.length : end + 3;
    state.commentBody += '\n' + visible.slice(0, end < 0 ? visible.length : end);
    masks.push([0, stop]);
    if (end >= 0) {
      state.inComment = false;
      pushDirective(directives, state.commentBody, state.commentStart, index);
    }
    i = stop;
  }
  while (i < visible.length) {
    const start = visible.indexOf('<!--', i);
    if (start < 0) break;
    const end = visible.indexOf('-->', start + 4);
    const stop = end < 0 ? visible.length : end + 3;
    masks.push([start, stop]);
    if (end < 0) {
      state.inComment = true;
      state.commentStart = { line: index, column: start + 4 };
      state.commentBody = visible.slice(start + 4);
    } else {
      pushDirective(directives, visible.slice(start + 4, end), { line: index, column: start + 4 }, index);
    }
    i = stop;
  }
  // reStructuredText hyperlinks (`text <url>`_, `name`_, and a link wrapped over lines: `text ⏎ <url>`_): their
  // backticks are link syntax, not code; a wrapped link's closing `_ would otherwise pair with the next backtick.
  maskCodeSpans(format === 'plain' && visible.includes('`_') ? maskRstReferences(visible, masks) : visible, masks);
  if (format === 'markdown') {
    maskLinkSyntax(visible, masks, linkLabels);
    maskHtmlTags(visible, masks);
    maskShortcodes(visible, masks);
  }
  maskUrls(visible, masks);
  maskEmails(visible, masks);
  const damage: Damage[] = [];
  const ruby: number[] = [];
  const mangled = maskPinyinRuby(visible, masks, ruby);
  maskMojibake(visible, masks, damage);
  maskControls(visible, masks, damage);
  maskFieldErrors(visible, masks, damage);
  maskFieldCodes(visible, masks, damage);
  const masked = applyMasks(visible, masks);
  // A masked line's prose is a new string: one copy of each in a lint (a draft pasted together repeats its lines).
  const prose = masked === visible ? masked : intern(masked);
  // The optional fields set after, not spread in: spreading an object per line was a hot allocation.
  const line: Line = { index, text: lineText, offset, prose, kind: prose.trim() === '' ? 'blank' : 'text' };
  if (mangled) line.mangled = mangled;
  // Kept with the line while it stands: a copy holds the records alone, the list grown by push up to twice as many
  // slots (lines of ruby pinyin hold ten or more).
  if (damage.length) line.damage = damage.slice();
  if (ruby.length) line.ruby = internNumbers(prose, ruby.slice());
  return line;
}

function blank(text: string): string {
  return ' '.repeat(text.length);
}

/** A half-open column range [start, end) to blank out. */
type Mask = [number, number];

function applyMasks(text: string, masks: Mask[]): string {
  if (masks.length === 0) return text;
  // Sorted only when out of order (the sort is stable, so an ordered list stays as it is): most lines' masks are
  // pushed in order, and a sort copies the list into a work array of its own.
  if (!byStart(masks)) masks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [start, end] of masks) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    out += text.slice(pos, from) + ' '.repeat(end - from);
    pos = end;
  }
  return out + text.slice(pos);
}

function byStart(masks: readonly Mask[]): boolean {
  for (let k = 1; k < masks.length; k++) if (masks[k - 1][0] > masks[k][0]) return false;
  return true;
}

/** Reads a comment body that starts at `from`; continuation lines of a multi-line comment start at column 0. */
function pushDirective(out: Directive[], body: string, from: { line: number; column: number }, endLine: number): void {
  const m = DIRECTIVE.exec(body);
  if (!m) return;
  const spanAt = (offset: number, length: number): ColumnSpan => {
    const before = body.slice(0, offset);
    const newlines = before.split('\n').length - 1;
    const column = newlines === 0 ? from.column + offset : offset - before.lastIndexOf('\n') - 1;
    return { line: from.line + newlines, start: column, end: column + length };
  };
  const word = m[2];
  const kind = (KINDS.has(word) ? word : 'unknown') as Directive['kind'];
  const keyword = spanAt(m[1].length, 'report-lint-'.length + word.length);
  const names: Directive['names'] = [];
  const listEnd = body.search(/\s--(?:\s|$)/);
  const list = body.slice(m[0].length, listEnd < 0 ? body.length : listEnd);
  const NAME = /[^\s,]+/g;
  let n: RegExpExecArray | null;
  while ((n = NAME.exec(list))) names.push({ id: n[0], ...spanAt(m[0].length + n.index, n[0].length) });
  const line = kind === 'disable-next-line' ? endLine + 1 : from.line;
  out.push({ kind, rules: names.map((x) => x.id), line, keyword, names });
}

// reStructuredText references: `text <target>`_ (or __), `name`_, and the end of one wrapped from the line before,
// <target>`_ (or `_ alone after its text). The _ after the closing backtick is what no code span has.
const RST_LINK = /`([^`\n]*?)[ \t]*<[^<>`\s]+>`__?(?![\w`])/g;
const RST_NAMED = /`[^`<>\n]+`__?(?![\w`])/g;
const RST_END = /(?:<[^<>`\s]+>)?`__?(?![\w`])/g;

/**
 * Masks the syntax of reStructuredText references (backticks, the target in <…>, the trailing _ or __), keeping a
 * link's text as prose; returns the line with those backticks blanked, for the code-span reader to pass over.
 */
function maskRstReferences(text: string, masks: Mask[]): string {
  const blanked: Mask[] = [];
  // The backticks already read as part of a reference (a set: a line of many references stays linear).
  const ticks = new Set<number>();
  let m: RegExpExecArray | null;
  RST_LINK.lastIndex = 0;
  while ((m = RST_LINK.exec(text))) {
    const end = m.index + m[0].length;
    const close = text.lastIndexOf('`', end - 1);
    blanked.push([m.index, m.index + 1], [text.lastIndexOf('<', close), end]);
    ticks.add(m.index).add(close);
  }
  RST_NAMED.lastIndex = 0;
  while ((m = RST_NAMED.exec(text))) {
    if (ticks.has(m.index)) continue;
    const close = text.indexOf('`', m.index + 1);
    blanked.push([m.index, m.index + 1], [close, m.index + m[0].length]);
    ticks.add(m.index).add(close);
  }
  RST_END.lastIndex = 0;
  while ((m = RST_END.exec(text))) {
    if (!ticks.has(text.indexOf('`', m.index))) blanked.push([m.index, m.index + m[0].length]);
  }
  if (blanked.length === 0) return text;
  for (const mask of blanked) masks.push(mask);
  return applyMasks(text, blanked.slice());
}

/** `code` spans: a run of n backticks up to the next run of exactly n backticks on the same line. */
function maskCodeSpans(text: string, masks: Mask[]): void {
  let i = text.indexOf('`');
  while (i >= 0) {
    let n = 1;
    while (text[i + n] === '`') n++;
    let j = text.indexOf('`', i + n);
    let closed = -1;
    while (j >= 0) {
      let m = 1;
      while (text[j + m] === '`') m++;
      if (m === n) {
        closed = j;
        break;
      }
      j = text.indexOf('`', j + m);
    }
    if (closed < 0) {
      i = text.indexOf('`', i + n);
      continue;
    }
    masks.push([i, closed + n]);
    i = text.indexOf('`', closed + n);
  }
}

// Starts with a literal scheme, so the engine never rescans long runs: linear.
const URL = /(?:https?|ftp):\/\/[^\s<>"'“”‘’（）()《》【】，。；！？、\u3000]+|\bwww\.[^\s<>"'“”‘’（）()《》【】，。；！？、\u3000]+/g;
// Markdown link destinations: ](target)
const LINK_TARGET = /\]\([^\s()]*\)/g;

function maskUrls(text: string, masks: Mask[]): void {
  if (text.indexOf('://') < 0 && text.indexOf('www.') < 0 && text.indexOf('](') < 0) return;
  for (const re of [URL, LINK_TARGET]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      masks.push([re === LINK_TARGET ? m.index + 1 : m.index, m.index + m[0].length]);
    }
  }
}

// Pinyin left inline by a web page's ruby markup: 總結(jié), or 面?zhèn) where the bracket was lost in conversion.
// The Han character before the bracket is tested in code (isHanScriptBefore): a leading look-behind is tried at
// every position. No u flag: every character of it is one code unit, and V8 runs a pattern without it faster.
const PINYIN_RUBY = /[(（?][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}[)）]/g;

/**
 * A test for "is the column inside a region already masked (code, a comment, a URL)?", over the masks as they are
 * now: sorted once and searched by halves, so a line with thousands of matches stays linear. (A loop's own matches
 * never cover the next one's column, so the masks it adds need not be seen.)
 */
function coveredBy(masks: readonly Mask[]): (column: number) => boolean {
  if (masks.length === 0) return () => false;
  const sorted = [...masks].sort((a, b) => a[0] - b[0]);
  // The furthest end reached by the masks up to each one: a column is covered when some mask starting at or before
  // it ends after it.
  const reach: number[] = [];
  let furthest = -1;
  for (const [, end] of sorted) reach.push((furthest = Math.max(furthest, end)));
  return (column) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid][0] <= column) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last] > column;
  };
}

const PINYIN_TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** Masks ruby pinyin; returns true when some of it lost its opening bracket (a sign of mangled text). */
function maskPinyinRuby(text: string, masks: Mask[], ruby: number[]): boolean {
  if (!PINYIN_TONE.test(text)) return false;
  let mangled = false;
  const covered = coveredBy(masks);
  PINYIN_RUBY.lastIndex = 0;
  // Found by test, which builds no match array (a draft copied with its ruby holds thousands): a match is its opening
  // bracket (or ?) and letters up to its closing bracket, so it starts at the last ( （ or ? before its end.
  while (PINYIN_RUBY.test(text)) {
    const end = PINYIN_RUBY.lastIndex;
    let start = end - 2;
    for (let c = text.charCodeAt(start); c !== 0x28 && c !== 0xff08 && c !== 0x3f; c = text.charCodeAt(--start));
    if (!isHanScriptBefore(text, start)) {
      PINYIN_RUBY.lastIndex = start + 1;
      continue;
    }
    if (!covered(start - 1)) ruby.push(start, end);
    masks.push([start, end]);
    if (text.charCodeAt(start) === 0x3f) mangled = true;
  }
  return mangled;
}

/** Masks mojibake: the quotes and brackets in å·¥ä½œæ€»ç»“ or â€œ are bytes, not marks. */
function maskMojibake(text: string, masks: Mask[], damage: Damage[]): void {
  const found = findMisdecoded(text);
  if (found.length === 0) return;
  const covered = coveredBy(masks);
  for (const m of found) {
    if (covered(m.start)) continue;
    damage.push({ kind: 'mojibake', start: m.start, end: m.end, ...(m.intended !== undefined ? { intended: m.intended } : {}) });
    masks.push([m.start, m.end]);
  }
}

/**
 * What Word prints where a cross-reference field lost its target (错误！未找到引用源。, Error! Reference source not
 * found.), pasted into the draft as text: the reference, not a sentence with a half-width ! in it.
 */
const FIELD_ERROR = /(?:错误|錯誤) ?[!！] ?(?:未找到引用源|未定义书签|未定義書籤|尚未定義書籤|找不到參照來源|找不到引用來源|文档中没有指定样式的文字|超链接引用无效)[。.]?|Error! (?:Reference source not found|Bookmark not defined|No text of specified style in document|Hyperlink reference not valid)\.?/g;

const FIELD_ERROR_WORD = /错误|錯誤|Error!/;
function maskFieldErrors(text: string, masks: Mask[], damage: Damage[]): void {
  if (!FIELD_ERROR_WORD.test(text)) return;
  const covered = coveredBy(masks);
  FIELD_ERROR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_ERROR.exec(text))) {
    if (covered(m.index)) continue;
    damage.push({ kind: 'field', start: m.index, end: m.index + m[0].length });
    masks.push([m.index, m.index + m[0].length]);
  }
}

// A Word field's instruction where its result belongs, as a conversion or a copy with field codes shown writes it:
// PAGEREF _Toc123456789 \h, HYPERLINK \l "_Toc…", { TOC \o "1-3" \h \z \u }, REF _Ref12345 \h, MERGEFIELD 姓名,
// SEQ 表 \* ARABIC, PAGE \* MERGEFORMAT, DATE \@ "yyyy年M月d日", EMBED Excel.Sheet.8, FORMTEXT, { PAGE }. A field word alone
// (TOC, PAGE, DATE in a sentence) is a word: it takes a bookmark (_Toc…, _Ref…), a quoted target or a switch (\h, \* …).
const SWITCH = String.raw`(?:[ \t]*\\(?:\*[ \t]*[A-Za-z]+|[a-zA-Z#@!](?:[ \t]*"[^"\n]{0,80}")?))`;
const FIELD_CODE = new RegExp(
  String.raw`(?:\{[ \t]?)?(?<![A-Za-z])(?:` +
    [
      String.raw`(?:PAGEREF|NOTEREF|REF)[ \t]+(?:_(?:Toc|Ref)\d{3,}${SWITCH}*|[A-Za-z_]\w*${SWITCH}+)`,
      String.raw`HYPERLINK[ \t]+(?:\\l[ \t]*)?"[^"\n]{1,300}"${SWITCH}*`,
      String.raw`TOC${SWITCH}+`,
      String.raw`(?:SEQ|STYLEREF)[ \t]+[^\s\\{}]{1,40}${SWITCH}+`,
      String.raw`MERGEFIELD[ \t]+(?:"[^"\n]{1,40}"|[^\s\\{}]{1,40})${SWITCH}*`,
      String.raw`(?:PAGE|NUMPAGES|SECTIONPAGES|DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|FILENAME)${SWITCH}+`,
      String.raw`INCLUDEPICTURE[ \t]+"[^"\n]{1,300}"${SWITCH}*`,
      String.raw`EMBED[ \t]+[A-Za-z]+(?:\.[A-Za-z]+)*\.\d+${SWITCH}*`,
      String.raw`FORM(?:TEXT|CHECKBOX|DROPDOWN)\b`,
      // A field with no switch, as Word shows it with field codes on: the word alone between braces with a space inside
      // each (Page { PAGE } of { NUMPAGES }); {PAGE} with no spaces is a template's placeholder, { Tenant name } a form's.
      String.raw`(?<=\{[ \t])(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION|DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|FILENAME|AUTHOR|NUMWORDS)(?=[ \t]\})`,
      String.raw`\\\*[ \t]*MERGEFORMAT(?:INET)?\b`,
      // A hard wrap split PAGEREF from its bookmark: the field word at the line's end, the bookmark (_Toc183442 \h) at
      // the next line's start — a Word bookmark name with its digits is no word of prose.
      String.raw`(?:PAGEREF|NOTEREF)(?=[ \t]*(?:<!--.*?-->[ \t]*)?$)`,
      String.raw`(?<![\w])_(?:Toc|Ref)\d{5,}${SWITCH}*`,
    ].join('|') +
    String.raw`)(?:[ \t]?\})?`,
  'g',
);
const FIELD_WORD = /\{[ \t][A-Z]{4,12}[ \t]\}|PAGEREF|HYPERLINK|MERGE|TOC[ \t]*\\|REF[ \t]+_|_(?:Toc|Ref)\d|SEQ[ \t]|STYLEREF|FORM(?:TEXT|CHECKBOX|DROPDOWN)|INCLUDEPICTURE|EMBED[ \t]|(?:PAGE|DATE|TIME)[ \t]*\\/;

function maskFieldCodes(text: string, masks: Mask[], damage: Damage[]): void {
  if (!FIELD_WORD.test(text)) return;
  const covered = coveredBy(masks);
  FIELD_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_CODE.exec(text))) {
    if (covered(m.index)) continue;
    damage.push({ kind: 'field-code', start: m.index, end: m.index + m[0].length });
    masks.push([m.index, m.index + m[0].length]);
  }
}

// Control characters (not the tab), and invisible marks a web copy leaves: a zero-width space, a soft hyphen (going
// con\u00adcern: Word's optional hyphen, which breaks a search for the word), a word joiner, a byte order mark inside the
// text (the one that starts a file is the line model's business, never prose). Not the joiners and direction marks that emoji and right-to-left text need.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]+/g;

const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]/;
const PAGE_BREAK_LINE = /^[ \t]*\f[ \t]*$/;
/** Masks control characters; a form feed alone on its line is a page break, kept. */
function maskControls(text: string, masks: Mask[], damage: Damage[]): void {
  if (!CONTROL_CHARACTER.test(text) || PAGE_BREAK_LINE.test(text)) return;
  const covered = coveredBy(masks);
  CONTROL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTROL.exec(text))) {
    if (covered(m.index)) continue;
    damage.push({ kind: 'control', start: m.index, end: m.index + m[0].length });
    masks.push([m.index, m.index + m[0].length]);
  }
}

// A link reference definition: [label]: destination "title" (CommonMark 4.7). The line is syntax, not prose.
const LINK_DEFINITION = /^ {0,3}\[([^\[\]\n]{1,200})\]:[ \t]*\S/;
// The destination and title of an inline link, from its opening parenthesis: (url), (<a b>), (url "title").
// Each repetition starts with a character the one before cannot match, so the scan is linear.
// A destination may be a site template's expression for a URL: ({{ "/2015/07/15/post/" | url }}), ({{ site.baseurl }}/guide/).
const INLINE_DESTINATION = /\([ \t]*(?:<[^<>\n]*>|(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\})[^\s()<>]*|[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)/y;
const REFERENCE = /\[([^\[\]\n]{0,200})\]/y;

function linkLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function linkDefinitions(raw: { text: string }[]): Set<string> {
  const labels = new Set<string>();
  for (const { text } of raw) {
    const label = linkDefinitionLabel(text);
    if (label !== undefined) labels.add(label);
  }
  return labels;
}

/** The label a line defines as a Markdown link reference ([label]: destination), if it is one. */
export function linkDefinitionLabel(text: string): string | undefined {
  const m = LINK_DEFINITION.exec(text);
  return m ? linkLabel(m[1]) : undefined;
}

/**
 * Markdown link syntax is not text: the brackets of [RFC 3191](https://…), [OIDC][spec] and of a [label] that has
 * a definition, the link's destination, and the definition lines themselves. The link text stays prose.
 * (A destination that is not valid, such as one with a space, makes no link: its text is shown as written.)
 */
function maskLinkSyntax(text: string, masks: Mask[], labels: ReadonlySet<string>): void {
  if (text.indexOf('[') < 0) return;
  const definition = LINK_DEFINITION.exec(text);
  let from = 0;
  if (definition && labels.has(linkLabel(definition[1]))) {
    // A footnote's definition ([^2]: Claimed under the scheme (the "standard ⏎ method"), …) is text after its label:
    // only the label is syntax, and the text goes on into the lines that continue it.
    if (definition[1][0] !== '^') {
      masks.push([0, text.length]);
      return;
    }
    from = text.indexOf(']:') + 2;
    masks.push([0, from]);
  }
  const open: number[] = [];
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') {
      open.push(i);
      if (open.length > 16) open.shift(); // deeper nesting is not a link anyone writes
    } else if (c === ']' && open.length) {
      const start = open.pop()!;
      const end = linkEnd(text, start, i, labels);
      if (end < 0) continue;
      masks.push([text[start - 1] === '!' ? start - 1 : start, start + 1], [i, end]);
      i = end - 1;
      open.length = 0;
    }
  }
}

/** Where the syntax after a link text's `]` ends, or −1 when [text] is not a link. */
function linkEnd(text: string, start: number, close: number, labels: ReadonlySet<string>): number {
  if (text[close + 1] === '(') {
    INLINE_DESTINATION.lastIndex = close + 1;
    return INLINE_DESTINATION.exec(text) ? INLINE_DESTINATION.lastIndex : -1;
  }
  if (text[close + 1] === '[') {
    REFERENCE.lastIndex = close + 1;
    const ref = REFERENCE.exec(text);
    if (ref && labels.has(linkLabel(ref[1] || text.slice(start + 1, close)))) return REFERENCE.lastIndex;
  }
  return labels.has(linkLabel(text.slice(start + 1, close))) ? close + 1 : -1;
}

// An HTML tag in Markdown: <img src="…" alt="">, </center>. One pass; attributes cannot hold < or >.
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,15})([ \t][^<>]*)?\/?>/g;
const HTML_TAG_NAMES = new Set(htmlTags.tags);

/**
 * HTML markup is not prose: alt="" is not an empty quotation. A tag is a known element whose attributes, if any,
 * are written name=value; <no value> and <link to dashboard> are text in angle brackets.
 */
function maskHtmlTags(text: string, masks: Mask[]): void {
  if (text.indexOf('<') < 0) return;
  HTML_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_TAG.exec(text))) {
    const attributes = m[2] ?? '';
    if (HTML_TAG_NAMES.has(m[1].toLowerCase()) && (attributes.includes('=') || /^[\s/]*$/.test(attributes))) masks.push([m.index, m.index + m[0].length]);
  }
}

// A static-site shortcode or tag in Markdown: Hugo's {{< img src="…" alt="" >}} and {{% note %}}, Liquid's
// {% image "…" %}. The page's markup, as an HTML tag is; a template field left unfilled is {{ name }}, without < or %.
const SHORTCODE = /\{\{<[^{}\n]*>\}\}|\{\{%[^{}\n]*%\}\}|\{%-?[ \t]*[A-Za-z][^{}\n]*%\}/g;

function maskShortcodes(text: string, masks: Mask[]): void {
  if (text.indexOf('{') < 0) return;
  SHORTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHORTCODE.exec(text))) masks.push([m.index, m.index + m[0].length]);
}

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/** Expands around each '@' by hand: a regex like /[\w.]+@/ would rescan long letter runs quadratically. */
function maskEmails(text: string, masks: Mask[]): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let left = at;
    while (left > 0 && EMAIL_LOCAL.test(text[left - 1])) left--;
    let right = at + 1;
    while (right < text.length && EMAIL_DOMAIN.test(text[right])) right++;
    const domain = text.slice(at + 1, right);
    if (left < at && /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(domain.replace(/\.$/, ''))) {
      masks.push([left, right]);
    }
    at = text.indexOf('@', right);
  }
}
