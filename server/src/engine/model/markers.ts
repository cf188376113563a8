// Recognizes section markers at the start of a line: 一、 （一） 1. （1） ① 第一章 1.1 A. I. and Markdown headings.
// A marker is only recognized where a writer would read a heading or list item; look-alikes such as
// 1.5万人, 2023年, 一、二年级 or 3、4月份 are not markers.

import { CLOSERS, isAsciiLetter, isDigit, isIndentSpace, lastNonSpaceCode, leadingColumns, SENTENCE_END } from './chars';
import type { Line } from './lines';
import furnitureWords from '../data/page-furniture.json';
import { alternation } from '../patterns';
import {
  normalizeDigits,
  parseChineseNumeral,
  parseCircled,
  FINANCIAL_DIGITS,
  parseDigitFullStop,
  parseFinancialNumeral,
  parseParenthesizedDigit,
  parseRoman,
} from './numerals';
import type { TextFormat } from '../types';
import type { UnitMemo } from './unit-memo';
import { firstAt } from '../sorted';
import { spliceAll } from '../arrays';

export type MarkerKind =
  | 'part' // 第一部分, 第一篇
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'arabic' // 1.
  | 'dotted' // 1.1, 1.1.1
  | 'arabic-half' // 1)
  | 'arabic-paren' // （1）
  | 'circled' // ①
  | 'roman-upper' // I.
  | 'latin-upper' // A.
  | 'latin-lower' // a.
  | 'roman-lower' // i.
  | 'heading'; // a Markdown heading with no number of its own

export interface MarkerReading {
  kind: MarkerKind;
  value: number;
}

export interface Marker {
  line: number;
  kind: MarkerKind;
  /** Ordinal among siblings: 3 for 三、, （3）, C. and for the last part of 2.3. */
  value: number;
  /** Every number of a dotted marker (2.3 → [2, 3]); [value] otherwise. */
  path: number[];
  /** The written form with the number abstracted, e.g. `1、`, `（一）、`, `1 .`; compared by numbering-style. */
  style: string;
  /** Marker text as written, including its delimiter. */
  text: string;
  /** Columns of the marker (start inclusive, end exclusive) and of its number. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /** Column where the title text begins. */
  titleStart: number;
  /** Markdown heading level (1-6) when the line is a heading. */
  headingLevel?: number;
  /** Indentation in columns (tabs count 4): nests Markdown list items. */
  indent: number;
  /** A numbered Markdown list item (not a heading). */
  listItem: boolean;
  /** Other readings of an ambiguous marker: I. is Roman one or the letter I; C. the letter C or Roman 100. */
  alternatives?: MarkerReading[];
  /** a) b) iii): the numeral system the item was written in, when the outline reads it as the list's (latin-lower). */
  writtenAs?: MarkerKind;
  /** 3.1 3.2 3) 3.4: the item the outline read as the one missing between these two of its list (3.2 and 3.4). */
  fillsGap?: { previous: string; next: string; /** The space the item before has after its marker (3.2 深化). */ space: string };
  /** `1 总则`: only a heading in a document numbered 1 / 1.1 / 1.1.1. */
  weak?: boolean;
  /** `一 调研背景`: a Chinese numeral and a space, no 、 (a 皮书 chapter's style): a heading only where 一, 二, … all are so, in order. */
  spacedCn?: boolean;
  /** Set in bold or italics (**1、标题**): a paragraph made to look like a heading, not a list item. */
  emphasis?: boolean;
  /** Numbered from a note label: 注：1.…, then 2.… on the next lines. The label starts a list of its own. */
  note?: boolean;
  /**
   * 2.5万名… / 4.5G基站…: a figure at the start of a line that may also be item 2. or 4. with a title that
   * starts with a digit. Only an item where it continues a list (after 1., or after 3.); otherwise prose.
   */
  tentative?: boolean;
  /** 3.12项重点工程: read as 3.12, but also as item 3. with the title “12项重点工程” (the outline decides). */
  itemReading?: Marker;
  /** A decimal right after a Markdown bullet (`- 3.5 …`). */
  bulleted?: boolean;
  /** …and what follows it is a sentence, not a title (`- 3.13 Beta 1 draws near (feature freeze).`). */
  sentenceAfterBullet?: boolean;
  /** （ alone on the line before, 三）改革开放… on this one: a marker a conversion broke over two lines (that line). */
  splitFrom?: number;
  /**
   * Plain text: the title is short and ends on no punctuation (1. Finance, 2.基建项目) — a heading's, not a sentence's
   * (1. To approve the budget.). Kept on the marker so that an edit changing it builds the outline again.
   */
  shortTitle?: boolean;
}

const CN = '一二三四五六七八九十百';
const LETTER_KINDS: MarkerKind[] = ['latin-upper', 'latin-lower', 'roman-upper', 'roman-lower'];
const RE_MD_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*/;
const RE_BULLET = /[-*+][ \t]+/y;
const RE_CHAPTER = new RegExp(`第([${CN}零〇]{1,4}|\\d{1,3})(部分|章|节|篇|编)`, 'y');
const RE_CN = new RegExp(`([${CN}]{1,4})( ?)([、．.，,])`, 'y');
const RE_FINANCIAL = new RegExp(`([${FINANCIAL_DIGITS}]{1,3})([、．.])`, 'y');
const RE_CN_SPACED = new RegExp(`([${CN}]{1,3})[ \\u3000]+(?=\\p{sc=Han})`, 'uy');
const RE_CN_PAREN = new RegExp(`([（(]) ?([${CN}]{1,4}) ?([）)])([、．.，,]?)`, 'y');
const RE_AR_PAREN = /([（(]) ?(\d{1,3}) ?([）)])([、．.，,]?)/y;
const RE_DOTTED = /(\d{1,3})((?:[.．]\d{1,3}){1,3})([.．、]?)/y;
const RE_ARABIC = /(\d{1,3})( ?)([.．、，,])/y;
const RE_ARABIC_HALF = /(\d{1,3})([)）])/y;
// Up to seven letters: XXXVIII. is 38; a longer word before a full stop is no marker.
const RE_LETTER = /([A-Za-z]{1,7})([.)])/y;
const RE_LETTER_PAREN = /\(([A-Za-z]{1,4})\)/y;
const RE_ARABIC_SPACE = /(\d{1,3})(?=[ \t\u3000])/y;

/** Units that follow a decimal number (1.5万, 2.5年, 3.2%): after `1.5` they make it a quantity. */
const DECIMAL_UNITS = new Set('万亿千百元角分%％倍米里吨斤克升亩年月日号时秒度岁周天kKMwW'.split(''));
/** Units a writer puts after a space (1.5 万人); a title may begin with 人 or 年度, so this list is short. */
const MEASURE_UNITS = new Set('万亿千元%％倍吨亩岁'.split(''));
/** Units that count whole things (3 所学校, 5 名教师). */
const COUNT_UNITS = new Set('个人名位次项所家件台套辆间册本份篇场期批户条张只头匹块座栋层余多届级'.split(''));
/** 本科教育基本情况, 人才培养质量: a title of Han characters alone, no figure and no punctuation (a heading's, not a count's). */
const UNIT_TITLE = /^\p{sc=Han}{3,20}[ \t\u3000]*$/u;

interface Match {
  kind: MarkerKind;
  value: number;
  path?: number[];
  style: string;
  numberStart: number;
  numberEnd: number;
  end: number;
  alternatives?: MarkerReading[];
  /** The title may be empty (第一章 alone on its line). */
  titleOptional?: boolean;
  /** Only a heading if the rest of the line reads like a short title (1.1总体目标). */
  needsShortTitle?: boolean;
  weak?: boolean;
  spacedCn?: boolean;
}

/**
 * The rows of the table 收到和处理政府信息公开申请情况 in the national form of the 政府信息公开工作年度报告 (一、本年新收…,
 * 二、上年结转…, 三、本年度办理结果, 四、结转下年度继续办理), alone or followed by the row's cells: cells, not sections.
 */
const FORM_ROW_LABEL = /^(?:本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|本年度办理结果|结转下年度继续办理)(?:$|[\s|｜])/;

/**
 * 附件：1.工作统计表 (or 附件：一、…, or 附件： alone with the list on the lines below; 附：1.… at the end of a 述职报告;
 * 附表：1.…目标表 ⏎ 2.…自评表, 附图：1.… of a 绩效自评报告)
 * — the list of attachments at the end of an official document; its items are not sections.
 */
const ATTACHMENT_LIST = /^\s*附\s*(?:[件表图]\s*)?[:：]\s*(?:$|[\d一二三四五六七八九十])/;

/**
 * The markers of the document, in line order. With `memo` (the incremental model's), each line's marker is read once
 * for the line and the line before it; a marker kept from an earlier version is moved to the line's index.
 */
export function findMarkers(lines: Line[], format: TextFormat, memo?: UnitMemo): Marker[] {
  const markers: Marker[] = [];
  const continuations = format === 'markdown' ? paragraphContinuations(lines, memo) : undefined;
  const contentsLines = contentsEntries(lines, format);
  const tableCells = columnTableLines(lines, memo);
  const pipeCells = pipeCellLines(lines, memo);
  // In the attachment list: the kind of its items (1. or 一、) once known, '' before the first.
  let attachments: MarkerKind | '' | undefined;
  // In a table of contents (after a Contents / 目录 line): 'before' its first entry, 'in' it, until a blank or prose line.
  let contents: 'before' | 'in' | undefined;
  for (const line of lines) {
    // A blank line ends the entries, unless a page-numbered entry follows it (a PDF converted to text sets every
    // entry of its contents apart: 1.1. Executive Summary … 3 ⏎⏎ 1.2 Organisational Description 5).
    if (contents === 'in' && line.kind === 'blank' && !pagedEntryAfter(lines, line.index)) contents = undefined;
    if (line.kind !== 'text') continue;
    if (CONTENTS_TITLE.test(line.prose)) {
      // Entries read as a block already (目 录 / 前 言 / 第一章 …, blank lines between) need no reading line by line.
      let next = line.index + 1;
      while (next < lines.length && lines[next].kind === 'blank') next++;
      contents = contentsLines.has(next) ? undefined : 'before';
      continue;
    }
    if (contents) {
      // An entry: numbered, or a title with its page number (**6** . **Accountability** 18), or a label over a group
      // of entries (**Appendices:**) in contents whose entries carry page numbers.
      const entry = readMarker(line, format, undefined);
      // 目录 ⏎ 九、… ⏎ 十二、… ⏎ 九、… ⏎ 一、主要职能 ⏎ 贯彻执行国家有关方针政策。: a first item with a sentence under it is
      // the text's first section, not an entry (a contents list that lost its first lines runs straight into the text).
      // So is a 第一部分 right above such a 一、.
      if (entry && entry.value === 1 && contents === 'in' && (sentenceNext(lines, line.index) || firstWithSentenceNext(lines, line.index + 1, format))) contents = undefined;
      else if (entry || (contents === 'in' && (PAGED_ENTRY.test(line.prose) || (CONTENTS_LABEL.test(line.prose) && pagedEntryAfter(lines, line.index))))) {
        contents = 'in';
        continue;
      } else contents = undefined;
    }
    if (contentsLines.has(line.index) || tableCells.has(line.index) || pipeCells.has(line.index)) continue;
    if (ATTACHMENT_LIST.test(line.prose)) {
      attachments = /[:：]\s*$/.test(line.prose) ? '' : /[:：]\s*\d/.test(line.prose) ? 'arabic' : 'cn';
      continue;
    }
    // …依据第十二条第 / （二）项的规定: a hard wrap split a reference; the next line continues it.
    const previous = lines[line.index - 1];
    if (previous?.kind === 'text' && previous.prose.trimEnd().endsWith('第')) continue;
    // A marker split over two lines (（ / 三）) is read afresh each time: it records the line it started on.
    const marker = (memo ? keptMarker(line, format, previous, memo) : readMarker(line, format, previous)) ?? splitBracketMarker(line, previous, format);
    // CommonMark: only a list item numbered 1 can interrupt a paragraph; a wrapped line starting `5. ` is text.
    if (marker?.listItem && marker.value !== 1 && continuations?.has(line.index)) continue;
    // …using version / 2, so going forward: a number and a comma that carry on the sentence of the line before.
    if (marker && wrappedComma(line, marker, previous, markers[markers.length - 1])) continue;
    // …indicates that ⏎ 6.8 FTE is needed. / …the number of decisions ⏎ (876) differs from…: a figure the hard wrap put
    // first, carrying on the sentence of the line before; no number the document has reached.
    if (marker && wrappedFigure(line, marker, previous, markers)) continue;
    // …an increase of / 7 percentage points.: a bare number that carries on the unfinished sentence of the line before
    // into a lower-case word is a wrapped figure, not section 7 (whose title would start with a capital).
    if (marker?.weak && /^[a-z]/.test(line.prose.slice(marker.titleStart)) && !endsSentence(previous)) continue;
    if (attachments === '' && (marker?.kind === 'arabic' || marker?.kind === 'cn') && marker.value === 1) attachments = marker.kind;
    if (attachments === undefined || marker?.kind !== attachments) attachments = undefined;
    if (marker && !attachments) markers.push(marker);
  }
  if (format === 'markdown') addSetextHeadings(lines, markers, memo);
  dropFiguresAfterBullets(markers);
  // `1 总则` is a heading only above its own 1.1: elsewhere `12 August` or `45 people` is a number in prose.
  const lastChildLine = new Map<number, number>();
  for (const m of markers) if (m.kind === 'dotted') lastChildLine.set(m.path[0], Math.max(lastChildLine.get(m.path[0]) ?? -1, m.line));
  const hasChild = (m: Marker) => (lastChildLine.get(m.value) ?? -1) > m.line;
  // 1 本科教育基本情况 (1 本 reads as one volume): a heading only with its own 1.1 as the next marker.
  const unitTitled = new Set<Marker>();
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    if (!m.weak || !COUNT_UNITS.has(lines[m.line].prose[m.titleStart] ?? '')) continue;
    const n = markers[i + 1];
    if (n?.kind === 'dotted' && n.path.length === 2 && n.path[0] === m.value && n.path[1] === 1) continue;
    unitTitled.add(m);
  }
  // 2 CLIMATE above its 2.1 makes the spaced numbers headings: then 1 STATEMENT FROM OUR CHIEF EXECUTIVE and 5 COMMUNITIES,
  // capital titles on lines of their own with no 1.1 or 5.1 under them, are its siblings.
  let confirmed = 0;
  if (format !== 'markdown') for (const m of markers) if (m.weak && hasChild(m)) confirmed = Math.max(confirmed, m.value);
  // 一 调研背景 … 二 乌当区2乡6镇整体概况: numerals spaced from short titles are the document's parts where they run 一, 二,
  // … in order, no gap and no second start (a newspaper page's two lists, one of them with 六打造 unspaced, are left alone).
  const spaced = markers.filter((m) => m.spacedCn).sort((a, b) => a.line - b.line);
  const spacedParts = spaced.length >= 2 && spaced.every((m, i) => m.value === i + 1);
  const titled = format === 'markdown' ? undefined : titledRun(lines, markers);
  const versions = versionLines(lines);
  const kept = markers
    .filter((m) => !versions?.has(m.line))
    .filter((m) => !m.spacedCn || spacedParts)
    .filter((m) => !unitTitled.has(m))
    .filter((m) => !m.weak || (format !== 'markdown' && (hasChild(m) || titled?.has(m) || (confirmed > 0 && m.value <= confirmed + 5 && (capitalTitleAlone(lines, m) || hanTitleAlone(lines, m))))))
    .sort((a, b) => a.line - b.line);
  return dropWrappedNumbers(lines, kept);
}

/** Siblings: markers of one kind (dotted ones with the same parent, 2.1 and 2.3). */
function siblingKey(m: Marker): string {
  return m.kind === 'dotted' ? `dotted:${m.path.slice(0, -1).join('.')}` : m.kind;
}

/** The indentation a line was typed with: a space or tab a column (a tab to the next stop of 4), a full-width space two. */
function typedIndent(text: string): number {
  let columns = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\u00a0') columns++;
    else if (ch === '\t') columns += 4 - (columns % 4);
    else if (ch === '\u3000') columns += 2;
    else break;
  }
  return columns;
}

/** The width a hard-wrapped stretch of text was wrapped at: its longest line among the few around `at` (constant work). */
function wrapWidth(lines: readonly Line[], at: number): number {
  let width = 0;
  for (let i = Math.max(0, at - 4); i <= Math.min(lines.length - 1, at + 3); i++) {
    if (lines[i].kind === 'text') width = Math.max(width, lines[i].prose.trimEnd().length);
  }
  return width;
}

/** A line that stops mid-phrase: on a letter, a digit or a Chinese character, no punctuation after it (…实现统, …into Phase). */
const MID_PHRASE_END = /[\p{L}\p{N}]$/u;

/**
 * Text pasted from e-mail or Word with hard line breaks: a wrap that falls inside 统一、规范 or Phase 2. Works… puts a
 * number and its delimiter at the start of a line (一、规范管理，… / 2. Works are on programme.). Such a line is a
 * continuation, not an item, when all of these hold:
 * - the line before it, in the same paragraph, stops mid-phrase (no sentence-final or list punctuation) and is about as
 *   long as its neighbours (the wrap width);
 * - the number breaks its sequence, and the sequence reads right without it (四、 ⏎ 一、 ⏎ 五、; 1. ⏎ 2. ⏎ 2.): a
 *   restart, a repeat or a skip that the markers around it do not make;
 * - its indentation differs from the real items around it (　　四、 and 　　五、 indented, the wrapped 一、 not); or, where
 *   the document shows no difference, the paragraph runs on: the line itself is full, the line after it carries on at
 *   its indentation, and the line before it is no item of the same list (1. 2. 2. with item 2 wrapped is a repeat).
 * A heading after a paragraph that ends with 。 or . and an item after a list item's wrapped text keep their findings.
 */
function dropWrappedNumbers(lines: readonly Line[], markers: Marker[]): Marker[] {
  const candidates = new Set<Marker>();
  for (const m of markers) {
    if (m.kind === 'heading' || m.headingLevel !== undefined || m.emphasis) continue;
    const previous = lines[m.line - 1];
    if (previous?.kind !== 'text' || !MID_PHRASE_END.test(previous.prose.trimEnd())) continue;
    candidates.add(m);
  }
  if (candidates.size === 0) return markers;
  const markerLines = new Set(markers.map((m) => m.line));
  // The next sibling that is no candidate, read backwards; the last sibling kept, read forwards.
  const nextReal = new Map<Marker, Marker | undefined>();
  const after = new Map<string, Marker>();
  for (let i = markers.length - 1; i >= 0; i--) {
    const m = markers[i];
    if (candidates.has(m)) nextReal.set(m, after.get(siblingKey(m)));
    else after.set(siblingKey(m), m);
  }
  // The last sibling kept, and its place in `markers` (a marker of another list between it and the candidate).
  const before = new Map<string, { marker: Marker; at: number }>();
  const dropped = new Set<Marker>();
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    const key = siblingKey(m);
    const last = before.get(key);
    if (candidates.has(m) && wrappedNumber(lines, m, last?.marker, nextReal.get(m), markerLines, last !== undefined && last.at < i - 1)) dropped.add(m);
    else before.set(key, { marker: m, at: i });
  }
  return dropped.size === 0 ? markers : markers.filter((m) => !dropped.has(m));
}

function wrappedNumber(lines: readonly Line[], m: Marker, previous: Marker | undefined, next: Marker | undefined, markerLines: ReadonlySet<number>, between: boolean): boolean {
  // Without it, the list reads right: the next sibling follows the one before (or starts the list).
  if (next ? next.value !== (previous ? previous.value + 1 : 1) : !previous) return false;
  // With it, it does not (四、 ⏎ 五、 ⏎ 五、: the wrapped one is the next number, the real one then repeats it).
  if (!next && m.value === previous!.value + 1) return false;
  const indent = typedIndent(lines[m.line].text);
  const real = [previous, next].filter((x): x is Marker => x !== undefined).map((x) => typedIndent(lines[x.line].text));
  const apart = real.every((i) => i === real[0] && i !== indent);
  if (!next && !apart) return false;
  const width = wrapWidth(lines, m.line);
  if (width < 20) return false;
  const full = (line: Line, w: number) => line.prose.trimEnd().length >= 0.75 * w;
  if (!full(lines[m.line - 1], width)) return false;
  if (apart) return full(lines[m.line], width) || !MID_PHRASE_END.test(lines[m.line].prose.trimEnd());
  // Set as the headings are: the wrapped number is the next one, which the real heading then repeats (1. OVERALL ⏎
  // 1.1 … into Phase ⏎ 2. Works are… ⏎ 2. WORKSTREAMS). Not in a list whose items wrap at the margin (1. Confirm the
  // budget … ⏎ … ⏎ 2. Issue the … ⏎ … ⏎ 2. Report…: the repeat is real): the item before is a heading's short line,
  // or other markers stand between them.
  if (m.value !== (previous ? previous.value + 1 : 1) || previous?.line === m.line - 1) return false;
  if (previous && full(lines[previous.line], wrapWidth(lines, previous.line)) && !between) return false;
  const following = lines[m.line + 1];
  return full(lines[m.line], width) && following?.kind === 'text' && !markerLines.has(following.index) && typedIndent(following.text) >= indent;
}

/**
 * 1 Purpose ⏎ … ⏎ 2 Background ⏎ … ⏎ 4 Performance: bare numbers with short titles (Title Case or sentence case, no
 * sentence end), each alone between blank lines, that run from 1 upwards — three at least, none more than two after
 * the one before (so a skipped number is still found; after the third, up to four, not to an address: 4 Options ⏎ 7 Next steps), a repeat
 * after the second — are the document's sections, with no 1.1 under them. A
 * figure opening a line of prose (45 people attended.) or an address (12 Market Street, inside a block) is not alone
 * or not a title; a contents entry (11 Links to Documents 32) ends on its page number.
 */
function titledRun(lines: Line[], markers: Marker[]): Set<Marker> | undefined {
  let run: Marker[] = [];
  let out: Set<Marker> | undefined;
  const close = () => {
    if (run.length >= 3) for (const m of run) (out ??= new Set()).add(m);
    run = [];
  };
  for (const m of markers) {
    if (!m.weak || m.kind !== 'arabic' || !sentenceCaseTitleAlone(lines, m)) continue;
    const last = run[run.length - 1];
    // A repeat (3 Scope after 3 Background) stays in the run: it is a defect to report, not the run's end.
    // 3 Findings ⏎ 4 Options ⏎ 7 Next steps: once three titles run, a wider jump (up to four on) is a skip to report
    // — not to an address (10 Downing Street). Read from the line alone: the incremental reader keeps it so.
    const reach = run.length >= 3 && !ADDRESS_TITLE.test(lines[m.line].prose) ? 4 : 2;
    if (last && m.value >= last.value && m.value <= last.value + reach && (m.value > last.value || run.length >= 2)) run.push(m);
    else {
      close();
      if (m.value === 1) run.push(m);
    }
  }
  close();
  return out;
}

/** A street address's line: 10 Downing Street, 4 Market Place. */
const ADDRESS_TITLE = /\b(?:Street|St|Road|Rd|Avenue|Lane|Square|Place|Row|Terrace|Way|Drive|Court|Close|Gardens|Walk|Crescent|Hill|Wharf|Quay)\.?\s*$/;

/**
 * A short sentence-case title: a capital, then words, figures and the signs a heading holds — a year's span (Progress
 * against the 2025/26 business plan), an and/or, a dash (Finance – revenue and capital) — and no sentence end.
 */
const SHORT_TITLE = /^[A-Z][A-Za-z0-9&'’,:()\-–—/ ]{0,58}[A-Za-z0-9)]$|^[A-Z]$/;

function sentenceCaseTitleAlone(lines: Line[], m: Marker): boolean {
  const title = lines[m.line].prose.slice(m.titleStart).trim();
  // 11 Links to Documents 32: an entry of a contents page, its page number at the end.
  if (!SHORT_TITLE.test(title) || title.split(' ').length > 8 || /\s\d{1,3}$/.test(title)) return false;
  const alone = (l: Line | undefined) => !l || l.kind === 'blank';
  return alone(lines[m.line - 1]) && alone(lines[m.line + 1]);
}

/**
 * `4 OUR PEOPLE`: a title in capitals (no sentence end) after a spaced number, on a line with blank lines (or the
 * document's edge) above and below — not `12 MARKET STREET` inside an address block, nor `45 PEOPLE ATTENDED….`.
 */
/**
 * 3 巩固提升农村供水保障水平 between blank lines, after 2 全力保障防汛抗旱安全 over its 2.1: a short Chinese title, no
 * punctuation in it, is a sibling of the spaced headings confirmed by their children, as a capital title is.
 */
function hanTitleAlone(lines: Line[], m: Marker): boolean {
  const title = lines[m.line].prose.slice(m.titleStart).trim();
  if (title.length < 4 || title.length > 30 || !/^\p{sc=Han}[\p{sc=Han}\dA-Za-z“”]*$/u.test(title)) return false;
  const alone = (l: Line | undefined) => !l || l.kind === 'blank';
  return alone(lines[m.line - 1]) && alone(lines[m.line + 1]);
}

function capitalTitleAlone(lines: Line[], m: Marker): boolean {
  const title = lines[m.line].prose.slice(m.titleStart).trim();
  if (title.length > 60 || !/^[A-Z][A-Z&'’,\- ]*[A-Z]$/.test(title) || !/[A-Z]{3}/.test(title)) return false;
  const alone = (l: Line | undefined) => !l || l.kind === 'blank';
  return alone(lines[m.line - 1]) && alone(lines[m.line + 1]);
}

/**
 * The markers of a version whose changed lines (`changed`, no line added or removed) read, before and after, the same
 * to the marker reader: the same marker or none (read again: a heading typed on keeps its number), and otherwise text
 * it passes over — no table-of-contents title or entry, no attachment list, no （ alone, no 第 at the end, the same
 * column gap and indentation to the table reader; and the line after each reads as before. Then the markers are those
 * of the version before, with a changed line's marker as read now (the outline gives the old object its new title);
 * undefined when any changed line does more.
 */
export function markersAfterPlainEdit(previous: readonly Marker[], before: readonly Line[], lines: Line[], changed: readonly number[], format: TextFormat, memo: UnitMemo): Marker[] | undefined {
  if (format !== 'plain') return undefined;
  const indexAt = (line: number) => {
    const i = firstAt(previous, (m) => m.line >= line);
    return previous[i]?.line === line ? i : -1;
  };
  const markers = previous.slice();
  const isChanged = new Set(changed);
  for (const l of changed) {
    const was = before[l];
    const line = lines[l];
    if (!was || !line || was.kind !== line.kind) return undefined;
    if (line.kind !== 'text') continue;
    if (!passedOver(was) || !passedOver(line) || endsWithDi(was) !== endsWithDi(line)) return undefined;
    if (memo.get('column-gap', was, () => hasColumnGap(was)) !== hasColumnGap(line) || INDENTED.test(was.prose) !== INDENTED.test(line.prose)) return undefined;
    if (hasPipeCell(was) !== hasPipeCell(line)) return undefined;
    // Read with no line before it (after a table of contents' title), then after the line before it.
    if (!readMarker(was, format, undefined) !== !readMarker(line, format, undefined)) return undefined;
    const k = indexAt(l);
    const previousLine = lines[l - 1];
    const read = keptMarker(line, format, previousLine, memo) ?? splitBracketMarker(line, previousLine, format);
    if (k < 0) {
      if (read || readMarker(was, format, before[l - 1]) || splitBracketMarker(was, before[l - 1], format)) return undefined;
    } else {
      // The same marker (a comma after a number may be a wrapped figure, read with the markers before it: not here).
      // Nor a bare number (1 Purpose): whether it is a heading depends on its title (titledRun, capitalTitleAlone).
      if (!read || read.weak || /[,，]$/.test(read.style) || JSON.stringify(read) !== JSON.stringify(previous[k])) return undefined;
      markers[k] = read;
    }
    // The line after reads this one: as the line before its marker (a wrapped number, 第 / （二）项, a split （).
    const next = lines[l + 1];
    if (!next || next.kind !== 'text' || isChanged.has(l + 1)) continue;
    const old = memo.peek<{ marker?: Marker }>('marker', next);
    const marker = keptMarker(next, format, line, memo);
    if (marker !== old?.marker || (marker && (previous[indexAt(l + 1)] !== marker || wrappedComma(next, marker, line, undefined) || wrappedFigure(next, marker, line, [])))) return undefined;
  }
  return markers;
}

/**
 * The markers of a version where lines were added or removed (a line break typed, two lines joined, a blank line put in
 * or taken out: `delta` lines; the lines `lo`…`scannedEnd` read again, the last version's `lo`…`reusedFrom`), when the
 * edit's lines, before and after, are text the marker reader passes over whatever stands around it (see plainLine) or
 * blank, and the first of them is such text in both versions: then it leaves the reader as a line of running text
 * does (no table of contents, no attachment list open after it), before and after the edit, and no marker is on the
 * edit's lines. Further, no spaced-column table or pipe table may run across the edit or on into it (rows at most four
 * lines apart, indented lines after a column table's last row), the line before may hold no spaced number a blank line
 * beside it makes a heading (capitalTitleAlone), and the line after the edit reads no marker with its new line before
 * it. Then the markers are the last version's, the same objects, those after the edit moved with the lines (as
 * findMarkers moves the ones it keeps): the outline built on them may be moved too (incremental.ts, shiftedOutline).
 * Undefined otherwise (findMarkers reads every line, as it did on every line break: ≈ 7 ms on the 3 MB draft).
 */
export function markersAfterLineShift(
  previous: readonly Marker[],
  before: readonly Line[],
  lines: Line[],
  edit: { lo: number; scannedEnd: number; reusedFrom: number; delta: number },
  changed: readonly number[],
  format: TextFormat,
  memo: UnitMemo,
): Marker[] | undefined {
  const { lo, scannedEnd, reusedFrom, delta } = edit;
  if (format !== 'plain' || delta === 0 || scannedEnd <= lo || reusedFrom <= lo) return undefined;
  // Only the edit's lines changed (no neighbour made furniture or taken out of it).
  for (const l of changed) if (l < lo || l >= scannedEnd) return undefined;
  const oldAt = (j: number) => (j < lo ? lines[j] : before[j]);
  if (!plainLine(before[lo], oldAt(lo - 1), format) || !plainLine(lines[lo], lines[lo - 1], format)) return undefined;
  for (let j = lo + 1; j < reusedFrom; j++) if (before[j]?.kind !== 'blank' && !plainLine(before[j], before[j - 1], format)) return undefined;
  for (let i = lo + 1; i < scannedEnd; i++) if (lines[i].kind !== 'blank' && !plainLine(lines[i], lines[i - 1], format)) return undefined;
  for (let i = lo; i < scannedEnd; i++) if (lines[i].kind === 'text' && keptMarker(lines[i], format, lines[i - 1], memo)) return undefined;
  // No marker of the last version on the edit's lines (they read none: none could have been kept), nor on the line after.
  const k = firstAt(previous, (m) => m.line >= lo);
  if (k < previous.length && previous[k].line <= reusedFrom) return undefined;
  // The line before: not one the first line continues (第 / （), and no spaced number that a blank line beside it makes a heading.
  const above = lines[lo - 1];
  if (above?.kind === 'text' && (endsWithDi(above) || BRACKET_ALONE.test(above.prose) || readMarker(above, format, lines[lo - 2])?.weak)) return undefined;
  // No table's rows within four lines above the edit, nor above the indented lines that run on into it.
  let top = lo - 1;
  while (top >= 0 && lines[top].kind === 'text' && INDENTED.test(lines[top].prose)) top--;
  for (let l = Math.max(0, Math.min(top, lo - 4)); l < lo; l++) {
    const line = lines[l];
    if (line.kind === 'text' && (memo.get('column-gap', line, () => hasColumnGap(line)) || memo.get('pipe-cell', line, () => hasPipeCell(line)))) return undefined;
  }
  // The line after: no marker, read after its new line before it.
  const next = lines[scannedEnd];
  if (next?.kind === 'text' && keptMarker(next, format, lines[scannedEnd - 1], memo)) return undefined;
  const markers = previous.slice();
  for (let m = k; m < markers.length; m++) moveTo(markers[m], markers[m].line + delta);
  return markers;
}

/**
 * A line of running text to the marker reader wherever it stands: no marker (read after `previous`, or after none), no
 * table of contents' title or entry (with or without a page number, nor a label over entries), no attachment list, no
 * （ alone, no 第 at its end, no column gap, no pipe cell. It ends a table of contents or an attachment list above it.
 */
function plainLine(line: Line | undefined, previous: Line | undefined, format: TextFormat): boolean {
  if (line?.kind !== 'text' || !passedOver(line) || endsWithDi(line) || hasColumnGap(line) || hasPipeCell(line)) return false;
  if (PAGED_ENTRY.test(line.prose) || CONTENTS_LABEL.test(line.prose)) return false;
  return !readMarker(line, format, undefined) && !readMarker(line, format, previous) && !splitBracketMarker(line, previous, format);
}

/** A text line the marker reader passes over whatever comes before it: see markersAfterPlainEdit. */
function passedOver(line: Line): boolean {
  const prose = line.prose;
  return !CONTENTS_TITLE.test(prose) && !ENTRY_LIKE.test(prose.trim()) && !ATTACHMENT_LIST.test(prose) && !BRACKET_ALONE.test(prose);
}

const endsWithDi = (line: Line) => line.prose.trimEnd().endsWith('第');
const INDENTED = /^[ \t\u3000]+\S/;
const BRACKET_ALONE = /^[ \t\u3000]*[（(][ \t\u3000]*$/;

/** The marker of a line as read with this line before it in an earlier version (moved to the line), or read now. */
function keptMarker(line: Line, format: TextFormat, previous: Line | undefined, memo: UnitMemo): Marker | undefined {
  const kept = memo.peek<{ previous: Line | undefined; marker: Marker | undefined }>('marker', line);
  if (kept && kept.previous === previous) return kept.marker && moveTo(kept.marker, line.index);
  let marker = readMarker(line, format, previous);
  // Read again for a new line before it, and the same: the same object (the outline built on it may stand).
  if (kept?.marker && marker && JSON.stringify(moveTo(kept.marker, line.index)) === JSON.stringify(marker)) marker = kept.marker;
  memo.set('marker', line, { previous, marker });
  return marker;
}

/** Keeps `marker` as the one read for `line` after `previous` (the incremental model keeps an equal marker's old object). */
export function keepMarker(memo: UnitMemo, line: Line, previous: Line | undefined, marker: Marker): void {
  memo.set('marker', line, { previous, marker });
}

function moveTo(marker: Marker, line: number): Marker {
  marker.line = line;
  if (marker.itemReading) marker.itemReading.line = line;
  // A split marker's opener （ is the line before it, wherever the two now stand.
  if (marker.splitFrom !== undefined) marker.splitFrom = line - 1;
  return marker;
}

/**
 * - 3.13 Beta 1 draws near (feature freeze).: the bullet makes the item, and a decimal that starts its sentence is a
 * version or a figure — unless the bullets beside it are numbered the same way (* 3.5 您最喜欢的开源产品？ among 3.4 and
 * 3.6, a numbered questionnaire written as bullets), where it is the item's number.
 */
function dropFiguresAfterBullets(markers: Marker[]): void {
  if (!markers.some((m) => m.sentenceAfterBullet)) return;
  const SIBLING_LINES = 20;
  // A heading between two bullets puts them in different lists.
  const headings = markers.filter((m) => m.headingLevel !== undefined).map((m) => m.line).sort((a, b) => a - b);
  const section = (line: number): number => countAtMost(headings, line);
  const byIndent = new Map<number, number[]>();
  for (const m of markers) if (m.bulleted) (byIndent.get(m.indent) ?? byIndent.set(m.indent, []).get(m.indent)!).push(m.line);
  for (const lines of byIndent.values()) lines.sort((a, b) => a - b);
  const numberedBeside = (m: Marker): boolean => {
    const lines = byIndent.get(m.indent)!;
    const at = countAtMost(lines, m.line - 1);
    const before = lines[at - 1];
    const after = lines[lines[at] === m.line ? at + 1 : at];
    const beside = (other: number | undefined) => other !== undefined && Math.abs(other - m.line) <= SIBLING_LINES && section(other) === section(m.line);
    return beside(before) || beside(after);
  };
  const keep = markers.filter((m) => !m.sentenceAfterBullet || numberedBeside(m));
  spliceAll(markers, 0, markers.length, keep);
}

/**
 * （ alone on its line and 三）改革开放持续深化 on the next: a web page's extraction broke the marker （三） over two lines.
 * Read it where its number stands, marked as split (numbering-sequence reports the break, not a skip to （四）).
 */
function splitBracketMarker(line: Line, previous: Line | undefined, format: TextFormat): Marker | undefined {
  if (previous?.kind !== 'text' || !BRACKET_ALONE.test(previous.prose)) return undefined;
  const text = normalizeDigits(line.prose);
  let p = 0;
  while (p < text.length && isIndentSpace(text[p])) p++;
  if (!/^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]/.test(text.slice(p, p + 4))) return undefined;
  const opener = previous.prose.trim();
  const m = matchAt(opener + text.slice(p), 0, false);
  if (!m || (m.kind !== 'cn-paren' && m.kind !== 'arabic-paren') || skipSpaces(text, m.end - 1 + p) >= text.length) return undefined;
  const shift = p - 1;
  const match: Match = { ...m, numberStart: m.numberStart + shift, numberEnd: m.numberEnd + shift, end: m.end + shift };
  const marker = toMarker({ line, p, indent: p, format, emphasis: false, note: false }, match);
  marker.splitFrom = previous.index;
  return marker;
}

/** How many of the sorted numbers are at most `value`. */
function countAtMost(sorted: number[], value: number): number {
  return firstAt(sorted, (x) => x > value);
}

/** Text, a gap of three spaces or more (or a tab), more text: a row of a table extracted as spaced columns. */
const COLUMN_GAP = /\S(?: {3,}|\t|\u3000{2,})\S/;
const LIST_LEAD = /^(?:[-*+>]|\d{1,3}[.)])[ \t]+/;
/**
 * A paragraph's or a heading's number set off by a gap from its text, the layout of a plain-text committee report
 * (2   RESULTS, 2.1   The figures exclude…, 4<tab>STORMS): the gap after the number is no column gap when words follow
 * it, at the margin. A table's number column before figures (1   45.3), before another numbered cell (1．人工智能
 * 1．人工智能) or indented (a scale: 5        Excellent) is still one.
 */
const NUMBER_LEAD = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?(?= {3,}|\t)[ \t]+(?=[A-Za-z\u4e00-\u9fff])(?!\d)/;

/** The line's own text has a gap between columns (read once per line object with a memo: an edit leaves most lines). */
function hasColumnGap(line: Line): boolean {
  const text = line.text.trim().replace(LIST_LEAD, '');
  // At the margin only: an indented number before words is a table's (Score ⏎     5        Excellent – …).
  return COLUMN_GAP.test(isDigit(line.text[0] ?? '') ? text.replace(NUMBER_LEAD, '') : text);
}

/**
 * A table extracted from a PDF or a web page as spaced columns (产业集群    产业链 / 1．人工智能    1．人工智能 /
 *     2．工业软件): its numbers are cells of two columns, not the document's headings or items. Three rows or more with a
 * gap between columns, at most three lines apart, make a table; the indented lines right after its last row belong to it.
 * A line between its rows that opens a paragraph (a blank line above, no gap of its own, at the margin where the rows
 * around it are indented) is no cell: it leads in the next small table (3.4 Types of abuse: ⏎     Neglect     41% ⏎⏎
 * 3.5 Location of risk: ⏎     Own home     46%), and its number is the paragraph's — so is one set in less far than
 * the rows around it.
 */
function columnTableLines(lines: Line[], memo?: UnitMemo): Set<number> {
  const out = new Set<number>();
  const MAX_APART = 4;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) {
      let last = run[run.length - 1];
      while (last + 1 < lines.length && lines[last + 1].kind === 'text' && /^[ \t\u3000]+\S/.test(lines[last + 1].prose)) last++;
      for (let i = run[0], r = 0; i <= last; i++) {
        while (r < run.length && run[r] < i) r++;
        if (run[r] !== i && r > 0 && r < run.length && leadsInRows(lines, i, run[r - 1], run[r])) continue;
        // A Markdown heading between two tables whose cells are padded (### 3.2 Completion by level between two pipe
        // tables) is the document's heading, never a cell.
        if (run[r] !== i && ATX_HEADING.test(lines[i].text)) continue;
        out.add(i);
      }
    }
    run = [];
  };
  for (const line of lines) {
    // The text as written: masked text (a pinyin gloss, a comment) is blanked out of the prose and is no gap.
    // A list bullet's own padding (`-   Query plans`, `1.   Step`) is no column gap.
    if (line.kind !== 'text' || !(memo ? memo.get('column-gap', line, () => hasColumnGap(line)) : hasColumnGap(line))) continue;
    if (run.length && line.index - run[run.length - 1] > MAX_APART) close();
    run.push(line.index);
  }
  close();
  return out;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]/;

/** Line `at`, between the rows `before` and `after`, opens a paragraph at the margin of text whose rows are indented. */
function leadsInRows(lines: Line[], at: number, before: number, after: number): boolean {
  const line = lines[at];
  if (line.kind !== 'text' || lines[at - 1]?.kind !== 'blank') return false;
  // Or set in less far than the rows on both sides: ⏎     1.2  Cargo throughput rose: ⏎ between two tables whose rows
  // stand at column 13 (an indented report's paragraph, leading in the second table).
  const margin = leadingColumns(line.prose);
  return margin < leadingColumns(lines[before].prose) && margin < leadingColumns(lines[after].prose) && INDENTED.test(lines[before].prose) && INDENTED.test(lines[after].prose);
}

/**
 * A line holding cells of a table: it ends in a cell's pipe (一、本年新收政府信息公开申请数量 |), starts with one, or
 * has two pipes between cells or more (规章 | 0 | 0) — one pipe in a title (一、基本情况 | Overview) is no table.
 */
const PIPE_CELL = /\S[ \t]*\|[ \t]*$|^[ \t]*\||\S[ \t]*\|[^|\n]*\S[^|\n]*\|[ \t]*\S/;

function hasPipeCell(line: Line): boolean {
  return line.prose.includes('|') && PIPE_CELL.test(line.prose);
}

/**
 * A table a web page's extraction left as text with its cells ended by pipes, a row to a line (规章 | 0 | 0 | 0 |) or a
 * cell to a line (一、本年新收政府信息公开申请数量 | ⏎ 0 | ⏎ ||): the numbers that open its rows (一、本年新收…, 三、本年度办理结果)
 * are cells, not the document's headings. Three such lines or more, at most four lines apart, make a table; only the
 * lines with pipes are its cells (the heading over the next table, 三、收到和处理政府信息公开申请情况, stays a heading).
 */
function pipeCellLines(lines: Line[], memo?: UnitMemo): Set<number> {
  const out = new Set<number>();
  const MAX_APART = 4;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) for (const i of run) out.add(i);
    run = [];
  };
  for (const line of lines) {
    if (line.kind !== 'text' || !(memo ? memo.get('pipe-cell', line, () => hasPipeCell(line)) : hasPipeCell(line))) continue;
    if (run.length && line.index - run[run.length - 1] > MAX_APART) close();
    run.push(line.index);
  }
  close();
  return out;
}

/**
 * Table of Contents / Contents / 目录 / 目 录 alone on its line (or as a heading, or in bold): the numbered lines right after
 * it are its entries, with or without page numbers (an Internet-Draft's `1.  Introduction`), not the sections themselves.
 */
const CONTENTS_TITLE = /^\s*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:目[ \t\u3000]*[录錄次]|(?:Table of )?Contents)(?:\*\*)?[ \t]*[:：]?[ \t]*$/i;
/** A Table of Contents / Contents / 目录 title line. */
export function isContentsTitle(prose: string): boolean {
  return CONTENTS_TITLE.test(prose);
}
/** An entry of a table of contents with its page number: a short title, no sentence in it, a page number at its end. */
const PAGED_ENTRY = /^[^.;!?。；]{0,100}?\S[ \t]+\d{1,3}[ \t]*$|^\s*(?:\*\*)?[\dIVXivx]{1,4}(?:\.\d{1,2}){0,3}\.?(?:\*\*)?[ \t]*\.?[ \t]+[^;!?。；]{1,100}?\S[ \t]+\d{1,3}[ \t]*$/;
/** A label over a group of entries: **Appendices:**, Annexes. */
const CONTENTS_LABEL = /^\s*(?:\*\*)?[A-Z][A-Za-z ]{2,30}:?(?:\*\*)?\s*$/;

/** The next line that is not blank (within a few) is an entry with a page number. */
function pagedEntryAfter(lines: readonly Line[], at: number): boolean {
  for (let i = at + 1, n = 0; i < lines.length && n < 4; i++, n++) {
    if (lines[i].kind === 'blank') continue;
    return lines[i].kind === 'text' && PAGED_ENTRY.test(lines[i].prose);
  }
  return false;
}

/** A table-of-contents entry is a short title: no sentence punctuation. */
const ENTRY_LIKE = /^[^。；;！？!?，,]{1,50}$/;
/**
 * A numbered entry under a Contents title may be longer, if it does not end as a sentence does: an English title in
 * capitals runs past 50 characters (3.EUROPEAN AGRICULTURAL FUND FOR RURAL DEVELOPMENT (EAFRD), in a Commission staff
 * working document's contents); 1.1 The council has 12 members and employs 340 staff on three sites. is a paragraph.
 */
const LONG_NUMBERED_ENTRY = /^[^。；;！？!?，,]{51,100}(?<![.。:：])$/;

/**
 * The entries of a table of contents printed without page numbers (a web page's 目 录 followed by 前 言, 第一章 …,
 * 第一节 …): they list the sections, they are not the sections, so the numbering restarts with the text itself. The
 * run ends at the first line that is no short title, or where the first entry comes round again (前 言, 第一章 …).
 */
function contentsEntries(lines: Line[], format: TextFormat): Set<number> {
  const out = new Set<number>();
  // Each line is scanned once: a 目录 inside a run already read starts no new one.
  let scanned = -1;
  for (const line of lines) {
    if (line.index <= scanned || line.kind !== 'text' || !CONTENTS_TITLE.test(line.prose)) continue;
    const entries: number[] = [];
    let first: string | undefined;
    let firstMarker: Marker | undefined;
    let numbered = 0;
    for (let j = line.index + 1; j < lines.length; j++) {
      scanned = j;
      const entry = lines[j];
      if (entry.kind === 'blank') continue;
      const text = entry.prose.trim();
      if (entry.kind !== 'text') break;
      const marker = readMarker(entry, format, undefined);
      if (!ENTRY_LIKE.test(text) && !(marker && LONG_NUMBERED_ENTRY.test(text))) break;
      if (first === undefined) first = text;
      else if (text === first || (marker && firstMarker && marker.kind === firstMarker.kind && marker.value === firstMarker.value)) break;
      if (marker) {
        numbered++;
        firstMarker ??= marker;
      }
      entries.push(j);
    }
    if (entries.length >= 3 && numbered >= 2) for (const j of entries) out.add(j);
  }
  untitledContents(lines, format, out);
  return out;
}

/** The next text line from `from` is a first item (一、, 1.) with a sentence right under it. */
function firstWithSentenceNext(lines: readonly Line[], from: number, format: TextFormat): boolean {
  let j = from;
  while (j < lines.length && j < from + 3 && lines[j].kind === 'blank') j++;
  const line = lines[j];
  if (line?.kind !== 'text') return false;
  const marker = readMarker(line, format, undefined);
  return marker !== undefined && marker.value === 1 && sentenceNext(lines, j);
}

/** The next text line is a sentence of the text: it ends a sentence and is no short title. */
function sentenceNext(lines: readonly Line[], at: number): boolean {
  for (let j = at + 1; j < lines.length && j <= at + 3; j++) {
    const line = lines[j];
    if (line.kind === 'blank') continue;
    const text = line.prose.trim();
    return line.kind === 'text' && /[。！？.!?]$/.test(text) && text.length >= 8 && readMarker(line, 'plain', undefined) === undefined;
  }
  return false;
}

/**
 * 2023年新邵县政府决算公开 ⏎ 一、 政府决算报告 ⏎ 二、 政府决算说明 ⏎ 1、 … ⏎ 一、政府决算报告 ⏎ 关于…: the short numbered
 * titles that open the text, with no 目录 over them, are its table of contents when the first of them comes round again
 * (the same number and title, spaces aside) right after the run: the text restarts there. Adds the entries to `out`.
 */
function untitledContents(lines: Line[], format: TextFormat, out: Set<number>): void {
  let first: Marker | undefined;
  let firstText = '';
  const entries: number[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (line.kind !== 'text') return;
    const text = line.prose.trim();
    const marker = readMarker(line, format, undefined);
    if (!first) {
      // The title lines above the first entry (a few, no sentence among them).
      if (!marker) {
        if (line.index > 8 || !ENTRY_LIKE.test(text)) return;
        continue;
      }
      if (out.has(line.index) || !ENTRY_LIKE.test(text)) return;
      first = marker;
      // I. Purpose … I. PURPOSE: the text may set its headings in capitals.
      firstText = text.replace(/\s+/g, '').toUpperCase();
      entries.push(line.index);
      continue;
    }
    if (marker && marker.kind === first.kind && marker.value === first.value && text.replace(/\s+/g, '').toUpperCase() === firstText) {
      if (entries.length >= 3) for (const j of entries) out.add(j);
      return;
    }
    if (!marker || !ENTRY_LIKE.test(text) || out.has(line.index)) {
      // 一、… 二、… （一）… 三、… ⏎ 2025年某县政府工作报告 ⏎ 各位代表： ⏎ 现在，我代表…。 ⏎ 一、2024年工作回顾: the contents
      // shown above the title, its salutation and opening sentence; the first entry comes round again a few lines on.
      if (entries.length >= 3 && !marker && comesRoundAgain(lines, line.index, first, firstText, format)) for (const j of entries) out.add(j);
      return;
    }
    entries.push(line.index);
  }
}

/**
 * Within the few lines of text from `at` (no marker among them), a salutation (各位代表：, 同志们：) that opens a speech,
 * then the first entry again: same number, same title.
 */
function comesRoundAgain(lines: readonly Line[], at: number, first: Marker, firstText: string, format: TextFormat): boolean {
  let salutation = false;
  // XX镇2025年工作总结及2026年工作计划 ⏎ 2025年，在区委…。 ⏎ 一、2025年重点工作推进情况: a summary has no salutation, only
  // its title line (short, no sentence) right after the contents, then its opening paragraph.
  let titled = false;
  for (let j = at, seen = 0; j < lines.length && seen < 4; j++) {
    const line = lines[j];
    if (line.kind === 'blank') continue;
    if (line.kind !== 'text') return false;
    seen++;
    const marker = readMarker(line, format, undefined);
    if (!marker) {
      salutation ||= SALUTATION.test(line.prose);
      if (seen === 1) titled = TITLE_LINE.test(line.prose.trim());
      continue;
    }
    return (salutation || (titled && seen > 2)) && marker.kind === first.kind && marker.value === first.value && line.prose.trim().replace(/\s+/g, '').toUpperCase() === firstText;
  }
  return false;
}
/** A title line: short, no sentence's punctuation in it nor at its end (XX区XX镇2025年工作总结及2026年工作计划). */
const TITLE_LINE = /^[^。；;！？!?，,：:]{4,40}$/;
const SALUTATION = /^\s*(?:各位|同志们|尊敬的|女士们|Dear\b|Colleagues\b|Ladies\b)[^。；;！!？?]{0,24}[：:,，]\s*$/;

/**
 * 一、总体情况……………1 is an entry in a table of contents, not the section itself; so is an RFC's
 * `2.1.3.  Burst Limit  . . . . . . . 11`, its leader dots spaced out and a two-digit page number one space after them.
 */
const TOC_ENTRY = /(?:[…．.·・]{2,}|(?:[.．·・][ \t]){2,}|\s{2,}|\t)\s*\d{1,3}\s*$/;
/**
 * 2.本縣已登錄土地使用情形………… 3 Table 2.Classification of Registered Land: an entry of a bilingual table of contents
 * whose second title a wrap carried on past its page number. Only the first run of leaders is read (linear).
 */
function pagedThenTitle(prose: string): boolean {
  const at = prose.search(LEADER_RUN);
  if (at < 0) return false;
  let i = at;
  while (i < prose.length && LEADER_CHARS.includes(prose[i])) i++;
  // 程度… 15 Table 8.…: a single ellipsis as the leader only before a Latin title (…… 15 个单位 is a sentence).
  return (/…[ \t\u3000]*…|[.．]{4}/.test(prose.slice(at, i)) ? PAGE_THEN_TITLE : PAGE_THEN_LATIN).test(prose.slice(i, i + 8));
}
const LEADER_RUN = /…|[.．]{4}/;
const PAGE_THEN_LATIN = /^\d{1,3}[ \t]+[A-Z]/;
const LEADER_CHARS = '…．.·・ \t\u3000';
const PAGE_THEN_TITLE = /^\d{1,3}[ \t]+[A-Za-z\p{sc=Han}]/u;
/** 注：1.… / 说明：(1)… / Notes: 1. … — a label that the first note's number follows on the same line. */
/** 03.2016 after 14. (14.03.2016): the month and the year of a date written day first. */
const DAY_MONTH_YEAR_REST = /^(?:0?[1-9]|1[0-2])[.．](?:19|20)\d\d(?!\d)/;
const NOTE_LABEL = /(?:注|注释|注釋|说明|說明|备注|備註|附注|附註|Notes?)[ \t]*[:：][ \t\u3000]*/y;
const NOTE_KINDS: MarkerKind[] = ['arabic', 'arabic-half', 'arabic-paren', 'circled'];
/** Kinds that are list items when written with CommonMark (or Pandoc) list syntax: `1. `, `1) `, `a. `. */
const LIST_KINDS: MarkerKind[] = ['arabic', 'arabic-half', 'latin-lower', 'latin-upper', 'roman-lower', 'roman-upper'];

/** Where the line starts, after indentation, a Markdown heading's #'s or a bullet. */
interface LineStart {
  p: number;
  indent: number;
  headingLevel?: number;
  /** The line is a Markdown bullet item (`- `, `* `, `+ `); `p` is after the bullet. */
  bulleted?: boolean;
}

function lineStart(text: string, written: string, format: TextFormat): LineStart | undefined {
  const heading = RE_MD_HEADING.exec(text);
  if (heading) return { p: heading[0].length, indent: heading[0].indexOf('#'), headingLevel: heading[1].length };
  let p = 0;
  let indent = 0;
  // Masked text (an HTML tag, a comment, code) is not indentation: <td>8.29k</td> does not start with 8.29.
  while (p < text.length && isIndentSpace(text[p]) && isIndentSpace(written[p] ?? ' ')) {
    indent += text[p] === '\t' ? 4 - (indent % 4) : text[p] === '\u3000' ? 2 : 1;
    p++;
  }
  if (text[p] === '>') return undefined; // quoted text is not the document's own structure
  RE_BULLET.lastIndex = p;
  if (format === 'markdown' && RE_BULLET.exec(text)) return { p: RE_BULLET.lastIndex, indent, bulleted: true };
  return { p, indent };
}

function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function readMarker(line: Line, format: TextFormat, previous: Line | undefined): Marker | undefined {
  // Only the line's end can hold a page number; testing just the tail keeps long runs of dots linear.
  // (Only a line that ends in a digit: the pattern, anchored at the end, is tried at every position of the tail.)
  if (isAsciiDigitCode(lastNonSpaceCode(line.prose)) && TOC_ENTRY.test(line.prose.slice(-40))) return undefined;
  const text = normalizeDigits(line.prose);
  const at = lineStart(text, line.index === 0 ? line.text.replace(/^\uFEFF/, ' ') : line.text, format);
  if (!at) return undefined;
  let { p } = at;
  const { indent, headingLevel, bulleted } = at;
  // [首页](http://…)二、主要做法, Back to top2. Scope, ¶ 3.1 Results: residue glued before a heading's marker (reported by
  // page-furniture or conversion-artifact) leaves the heading in its place in the outline.
  const residue = afterResidue(line, text, p);
  if (residue > p && matchAt(text, residue, headingLevel !== undefined)) p = residue;
  // **一、总体情况** or **1.** Background: Markdown emphasis around a marker (common after a Word conversion).
  const emphasis = format === 'markdown' && /^(\*\*|__)(?=\S)/.test(text.slice(p, p + 3));
  if (emphasis) p += 2;
  // 注：1.本公报中数据均为初步统计数。 — notes numbered from the label line (statistical bulletins).
  NOTE_LABEL.lastIndex = p;
  const note = headingLevel === undefined && NOTE_LABEL.exec(text) !== null;
  if (note) p = NOTE_LABEL.lastIndex;

  const m = matchAt(text, p, headingLevel !== undefined);
  if (note && (!m || !NOTE_KINDS.includes(m.kind))) return undefined;
  if (!m) {
    if (headingLevel === undefined) {
      // 1.0—6岁儿童健康管理率… ⏎ 2.…: no section is numbered 1.0, but item 1. may open with a figure that starts with 0
      // (tentative, like 1.65岁 below: the outline reads it as item 1. only where item 2. follows).
      const item = /^\d{1,3}[.．]0/.test(text.slice(p, p + 5)) && endsSentence(previous) && !note ? gluedItem(text, p, { kind: 'dotted', value: 0, style: '', numberStart: p, numberEnd: p, end: p }) : undefined;
      return item ? { ...toMarker({ line, p, indent, headingLevel, format, emphasis, note }, item), tentative: true } : undefined;
    }
    const titleStart = skipSpaces(text, p);
    return {
      line: line.index, kind: 'heading', value: 0, path: [], style: '#'.repeat(headingLevel), text: '#'.repeat(headingLevel),
      start: indent, end: p, numberStart: p, numberEnd: p, titleStart, headingLevel, indent, listItem: false,
    };
  }
  const titleStart = skipSpaces(text, m.end);
  const title = text.slice(titleStart);
  if (!m.titleOptional && headingLevel === undefined && title.trim() === '') return undefined;
  if (pagedThenTitle(line.prose)) return undefined;
  // 17.1、16.5、15.9和12.21之前的版本: a list of versions or figures a hard wrap put first, not section 17.1 (nor item 17.).
  if ((m.kind === 'dotted' || m.kind === 'arabic') && headingLevel === undefined && /^\d{1,3}(?:[.．]\d{1,3})+[、，,和及与]\d/.test(text.slice(m.numberStart, m.numberStart + 24))) return undefined;
  // httpd ⏎ 1.3.x., 2.x branches: a version with a wildcard or a letter glued to its number, not a heading's number (a
  // Latin title stands one space after it; 1.1概述 is Chinese).
  if ((m.kind === 'dotted' || m.kind === 'arabic') && /^[.．][a-z]/.test(text.slice(m.numberEnd, m.numberEnd + 2))) return undefined;
  // - 3.13rc1 vs PEP 667, 2.4.0b3 was tagged: a pre-release's version (a lower-case letter glued to the number), not a
  // section number (a title stands one space after it, or starts in upper case or in Chinese: 3.1概述, 3.1Scope).
  if (m.kind === 'dotted' && /^[a-z]/.test(text.slice(m.numberEnd, m.numberEnd + 1))) return undefined;
  // ### 2.4.1 (3 November 2025), 2.4.0 – 2025-10-14: a release's version with its date, not a section whose title
  // names its subject (### 2.3 Consultation (2 September 2025) is one).
  if (m.kind === 'dotted' && VERSION_DATE_TITLE.test(title.replace(/\*\*|__/g, '').trim())) return undefined;
  // 1.27.2 is as easy as: / 2.4.2 will reject the code above.: a version (or a figure) that is the subject of the
  // sentence it opens — a verb follows it in lower case —, not a section number, whose title names the section.
  if (m.kind === 'dotted' && headingLevel === undefined && VERB_AFTER_NUMBER.test(title)) return undefined;
  // …check out the [detailed release notes for ⏎ 1.27.2][notes] on GitHub.: the number closes the text of a link (or
  // a bracket) the line before opened; no heading's title starts with the closing bracket.
  if (headingLevel === undefined && /^[\]】]/.test(title)) return undefined;
  // …approved in 2023 (based on attendance, version ⏎ 3.2). — so does a number whose ) closes the round bracket the
  // line before left open (in any style: 3.2, 12, (4)).
  if (headingLevel === undefined && /^[)）]/.test(title) && previous?.kind === 'text' && previous.index === line.index - 1 && leavesBracketOpen(previous.prose) && !endsSentence(previous)) return undefined;
  // …open for a little while longer (July ⏎ 1). — the number and the ) close the bracket the line before opened.
  // Not after a full stop, before a capital: …(see the schedule, and drew audiences of 14,200. ⏎ 2) The summer… is
  // item 2 of a list (the bracket the line before left open is unpaired-mark's), not the ) that closes it.
  if (m.kind === 'arabic-half' && headingLevel === undefined && previous?.kind === 'text' && previous.index === line.index - 1 && leavesBracketOpen(previous.prose) && !endsSentence(previous) && !(/[a-z0-9]\.$/.test(previous.prose.trimEnd()) && /^[A-Z][a-z]/.test(title))) return undefined;
  // …full-time equivalent (FTE) staff of ⏎ 877. In relation to…: a figure the hard wrap put first, after a line that
  // stops on a word a sentence cannot end on (of, than, about, the, was…); no heading or item follows such a line.
  if ((m.kind === 'arabic' || m.kind === 'arabic-half') && m.value > 1 && headingLevel === undefined && previous?.kind === 'text' && previous.index === line.index - 1 && endsOnDanglingWord(previous.prose)) return undefined;
  // …3 Guardians, a total of ⏎ 1.4 WTE. National guidance…: so is a decimal (no paragraph 1.4 follows such a line).
  if (m.kind === 'dotted' && (m.path?.length ?? 2) === 2 && headingLevel === undefined && previous?.kind === 'text' && previous.index === line.index - 1 && endsOnDanglingWord(previous.prose)) return undefined;
  // 3.12项… / 2.5万名…: also item 3. or 2. with a title that starts with a figure.
  const item = m.kind === 'dotted' && m.path?.length === 2 && titleStart === m.end ? gluedItem(text, p, m) : undefined;
  const place = { line, p, indent, headingLevel, format, emphasis, note };
  if ((m.needsShortTitle && headingLevel === undefined && !isShortTitle(title)) || isQuantity(m, text, titleStart, headingLevel !== undefined)) {
    // A figure, unless it continues a list (the outline decides), and only where a sentence has ended before it.
    // 1.65岁及以上老年人：… / 1.5G网络建设。… / 1．120急救网络建设。… ⏎ 2.…: a first item whose title starts with a figure —
    // read as item 1. only where item 2. follows it (the outline decides).
    return item && headingLevel === undefined && endsSentence(previous) ? { ...toMarker(place, item), tentative: true } : undefined;
  }
  if (m.kind === 'cn' && countsOn(title, m.value, true)) return undefined;
  // 一、本年新收政府信息公开申请数量 … 四、结转下年度继续办理: the row labels of the application table of the national form of
  // the open-government-information annual report, also where a page's text gives its cells one to a line, no pipes.
  if (m.kind === 'cn' && FORM_ROW_LABEL.test(title)) return undefined;
  // (555) 201-4478, (020) 7946 0958: the area code of a telephone number a hard wrap put first.
  if (m.kind === 'arabic-paren' && PHONE_REST.test(title)) return undefined;
  // (3)=(1)+(2) 187,531,728,815.40: a formula over the numbered rows of a table, not item 3.
  if (m.kind === 'arabic-paren' && FORMULA_REST.test(title)) return undefined;
  // （一）、（二）两项工作由办公室牵头: items referred to, not a heading.
  if (m.kind === 'cn-paren' && CROSS_REFERENCE.test(text.slice(m.numberEnd, titleStart + 4))) return undefined;
  // A. N. Other, J. R. Hartley: initials before a surname, a name (in any format), not item A. titled N. Other.
  if (m.kind === 'latin-upper' && headingLevel === undefined && m.style === 'A.' && m.numberEnd - m.numberStart === 1 && /^(?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z’'-]+(?:[ \t]*(?:[,(–—-]|$))/.test(title)) return undefined;
  // A. Khan (Chair), B. Lewis, C. Okafor — a list of names whose first has its initial at the line start, in any format.
  if (m.kind === 'latin-upper' && headingLevel === undefined && m.style === 'A.' && m.numberEnd - m.numberStart === 1 && NAMES_AFTER_INITIAL.test(title)) return undefined;
  // A. Smith thanked the auditors. — an initial in a sentence, not a lettered heading (plain text).
  // A. Staff means any person… / B. “Manager” includes…: a lettered definition, whose term is no surname.
  if (LETTER_KINDS.includes(m.kind) && headingLevel === undefined && format !== 'markdown' && !isHeadingLike(title) && !isListLetter(m, previous) && !DEFINITION_TITLE.test(title)) {
    return undefined;
  }
  const marker = toMarker(place, m);
  if (item && headingLevel === undefined && endsSentence(previous)) marker.itemReading = toMarker(place, item);
  if (bulleted && m.kind === 'dotted') {
    marker.bulleted = true;
    if (!isHeadingLike(title)) marker.sentenceAfterBullet = true;
  }
  return marker;
}

/** A page's link or button named for where it leads, not for the report's text: 首页, 返回顶部, Home, Back to top. */
const NAV_LABEL = new RegExp(`^(?:${alternation(furnitureWords.navLabels)}|[↑⬆▲^#¶])$`, 'i');
/** A link or an image at `p` of the written line: `[首页](http://…)`, `![](img/icon.png)`, `[](#top)`. */
const LINK_AT = /(!?)\[([^[\]\n]{0,80})\]\([^()\s]*(?:[ \t]+"[^"\n]{0,80}")?\)/y;
/** An anchor a conversion left: Pandoc's `[]{#_Toc15203 .anchor}` or `{#scope}`, HTML's `<a id="scope"></a>`. */
const ANCHOR_AT = /\[\]\{#[^{}\s]{1,80}[^{}\n]{0,80}\}|\{#[^{}\s]{1,80}[^{}\n]{0,80}\}|<(a|span)[ \t]+(?:id|name)[ \t]*=[ \t]*["']?[^"'<>\n]{1,80}["']?[ \t]*(?:\/>|>[ \t]*<\/\1>)/iy;
/** A page's button glued to the heading under it (返回顶部二、…, Back to top2. Scope), or a pilcrow (¶ 3.1). */
const WORDS_AT = new RegExp(`(?:[↑⬆▲][ \\t]*)?(?:${alternation(furnitureWords.navButtons)})(?:[ \\t]*[↑⬆▲])?|¶`, 'iy');

/**
 * Where the marker of a line starts after residue glued before it: a page's navigation link or button
 * (`[首页](http://…)二、主要做法`, `返回顶部三、…`, `Back to top2. Scope`), an icon (`![](img/icon.png)三、…`), an anchor
 * (`[]{#_Toc15203 .anchor}（二）…`, `<a id="results"></a>2 Results`), a pilcrow (`¶ 3.1 Results`), or what the
 * furniture reader blanked out there; `p` where there is none. A link named for the text (`[专项行动](…)开展情况`) is
 * the text's own.
 */
function afterResidue(line: Line, text: string, p: number): number {
  const written = line.text;
  let q = p;
  // A Markdown heading's #'s were read over blanked-out syntax (the [ of a link): back to where it was written.
  while (q > 0 && isIndentSpace(text[q - 1]) && !isIndentSpace(written[q - 1])) q--;
  for (let round = 0; round < 3; round++) {
    let end = -1;
    const damage = line.damage?.find((d) => d.kind === 'furniture' && d.start <= q && d.end > q);
    if (damage) end = damage.end;
    if (end < 0) {
      LINK_AT.lastIndex = q;
      const link = LINK_AT.exec(written);
      if (link && (link[1] === '!' || NAV_LABEL.test(link[2].trim()) || link[2].trim() === '')) end = LINK_AT.lastIndex;
    }
    if (end < 0) {
      ANCHOR_AT.lastIndex = q;
      if (ANCHOR_AT.exec(written)) end = ANCHOR_AT.lastIndex;
    }
    if (end < 0) {
      WORDS_AT.lastIndex = q;
      if (WORDS_AT.exec(written)) end = WORDS_AT.lastIndex;
    }
    if (end < 0) break;
    q = skipSpaces(text, end);
  }
  return q > p ? q : p;
}

/** A title of at most 40 characters, not starting in lower case, ending on no punctuation (Finance, 基建项目). */
function isShortHeadingTitle(rest: string): boolean {
  const title = rest.trim();
  return title.length > 0 && title.length <= 40 && !/[.;:,!?。；：，、！？)）]$/.test(title) && !/^[a-z]/.test(title);
}

interface Place {
  line: Line;
  /** Column of the marker. */
  p: number;
  indent: number;
  headingLevel?: number;
  format: TextFormat;
  emphasis: boolean;
  note: boolean;
}

function toMarker(place: Place, m: Match): Marker {
  const { line, p, indent, headingLevel, format, emphasis, note } = place;
  const text = normalizeDigits(line.prose);
  // A list item in Markdown: `1. `, `1) ` (or a Pandoc letter list: `a. `, `A) `), not emphasised, followed by a space.
  // Not (A) or (i): CommonMark reads those as text, and a statute numbers its subparagraphs (A) under paragraphs (1)
  // that are not list items either; read as list items, (A)…(D) under (10) made (11) start a list of its own.
  // 不把 (A)、(i) 当作 Markdown 列表项：与同一文件中的 (1) 一样按普通编号读。
  const listSyntax = m.kind === 'arabic' || m.kind === 'arabic-half' ? /^1[.)]$/.test(m.style) : LIST_KINDS.includes(m.kind) && !/^[(（]/.test(m.style);
  const listItem = format === 'markdown' && headingLevel === undefined && !emphasis && !note && listSyntax && /^[ \t]|^$/.test(text.slice(m.end, m.end + 1));
  return {
    line: line.index,
    kind: m.kind,
    value: m.value,
    path: m.path ?? [m.value],
    style: m.style,
    text: line.text.slice(p, m.end),
    start: p,
    end: m.end,
    numberStart: m.numberStart,
    numberEnd: m.numberEnd,
    titleStart: skipSpaces(text, m.end),
    headingLevel,
    indent,
    listItem,
    alternatives: m.alternatives,
    weak: m.weak && headingLevel === undefined ? true : undefined,
    spacedCn: m.spacedCn || undefined,
    emphasis: emphasis || undefined,
    note: note || undefined,
    shortTitle: format !== 'markdown' && headingLevel === undefined && isShortHeadingTitle(text.slice(m.end)) ? true : undefined,
  };
}

/**
 * `2, so going forward` or `2，……` at the start of a line that carries on an unfinished sentence of the line
 * before (which is no item of its own): a number the hard wrap put first, not item 2 of a list numbered 1, 2,.
 * A comma after the number is the weakest of the item delimiters; in English it is never one before a lowercase word.
 */
function wrappedComma(line: Line, marker: Marker, previous: Line | undefined, last: Marker | undefined): boolean {
  if (marker.kind !== 'arabic' || marker.headingLevel !== undefined || !/[,，]$/.test(marker.style)) return false;
  if (/^[a-z]/.test(line.prose.slice(marker.titleStart))) return true;
  return previous?.kind === 'text' && last?.line !== previous.index && !endsSentence(previous);
}

/**
 * What a figure a hard wrap put first is followed by, carrying its sentence on: a word in lower case (differs, staff,
 * per cent, million), a per cent sign, or an abbreviated unit and then lower case or the sentence's end (FTE is needed.,
 * WTE.). A section's or an item's title starts with a capital word of its own.
 */
const CARRIED_ON = /^(?:[a-z]|[%％]|[A-Z]{2,5}s?(?:[ \t]+[a-z]|[.,;:)）]|$))/;

/**
 * `6.8 FTE is needed.` under `4.2 The assessment indicates that`, `(876) differs from…` under `…the number of
 * decisions`: a figure at the start of a line that carries on the sentence the line before stopped in (on a word,
 * no punctuation), where the number is none the document has reached — no 6.7 before 6.8, no (875) before (876).
 * A number that goes on from its list (4.3 after 4.2, (2) after (1)) is an item whatever its title.
 */
function wrappedFigure(line: Line, marker: Marker, previous: Line | undefined, before: readonly Marker[]): boolean {
  if (marker.headingLevel !== undefined || marker.emphasis || marker.value <= 1) return false;
  const kind = marker.kind;
  if (kind !== 'dotted' && kind !== 'arabic' && kind !== 'arabic-half' && kind !== 'arabic-paren') return false;
  if (kind === 'dotted' && marker.path.length !== 2) return false;
  if (previous?.kind !== 'text' || previous.index !== line.index - 1) return false;
  const prev = previous.prose.trimEnd();
  if (prev.trim().length < 20 || !/[A-Za-z0-9]$/.test(prev) || !/[a-z]/.test(prev)) return false;
  if (!CARRIED_ON.test(line.prose.slice(marker.titleStart))) return false;
  const same = (m: Marker) => m.kind === kind && (kind !== 'dotted' || (m.path.length === 2 && m.path[0] === marker.path[0]));
  // (2) whether the methods are sound, and ⏎ (4) whether…: under an item of its own list, an item (the skip is a finding).
  const last = before[before.length - 1];
  if (kind !== 'dotted' && last?.line === previous.index && same(last)) return false;
  for (let i = before.length - 1; i >= 0; i--) if (same(before[i]) && before[i].value === marker.value - 1) return false;
  return true;
}

/** A line that opens more round brackets than it closes: the next line may close one (…(July ⏎ 1).). */
function leavesBracketOpen(prose: string): boolean {
  let open = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    if (c === '(' || c === '（') open++;
    else if ((c === ')' || c === '）') && open > 0) open--;
  }
  return open > 0;
}

const MONTH_EN = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const RELEASE_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_EN},?[ \t]+\d{4}|${MONTH_EN}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|${MONTH_EN}[ \t]+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|\d{4}年\d{1,2}月(?:\d{1,2}日)?)`;
/**
 * What stands after a release's version: its date alone, in brackets or after a dash or colon (2.4.1 (3 November
 * 2025), 2.4.0 - 2025-10-14, 1.3.2 [March 2024], 2.1.0 — 2024年3月5日), perhaps marked withdrawn ((yanked)).
 */
const VERSION_DATE_TITLE = new RegExp(String.raw`^(?:\(\s*${RELEASE_DATE}\s*\)|\[\s*${RELEASE_DATE}\s*\]|（\s*${RELEASE_DATE}\s*）|(?:[-–—:][ \t]*)?${RELEASE_DATE})(?:[ \t]*(?:\[YANKED\]|\(yanked\)))?$`, 'i');

/**
 * A title that names the document a list of releases: CHANGELOG, Release notes, Version history, 更新日志. Under it,
 * numbers alone on their lines (## 2.4.1) are versions.
 */
const CHANGELOG_TITLE = /^\s*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:[\w.-]+[ \t]+)?(?:change[ \t-]?log|release[ \t]+(?:notes|history)|version[ \t]+history|history[ \t]+of[ \t]+changes|what['’]s[ \t]+new|更新日志|更新记录|版本历史|版本记录|版本说明|发布说明|发布记录|变更日志|变更记录)(?:\*\*)?[ \t]*[:：]?[ \t]*$/i;

/** A number alone on its line, a heading's or not (## 2.4.1, **v3.13**, 1.0.0): a version's line, if any is. */
const BARE_VERSION = /^\s*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[vV]?(\d{1,3}(?:\.\d{1,3}){1,3})(?:\*\*|__)?[ \t]*$/;

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The lines of a list of releases whose versions stand alone on their lines: under a CHANGELOG (Release notes, 更新日志)
 * title; or, with no such title, three or more that run newest first (## 2.4.1 ⏎ ## 2.4.0 ⏎ ## 2.3.2 — a document's
 * sections run upwards; two headings swapped are a slip to report). Their numbers are no sections' numbers.
 */
function versionLines(lines: readonly Line[]): Set<number> | undefined {
  let changelog = false;
  const bare: { line: number; version: string }[] = [];
  for (const line of lines) {
    if (line.kind !== 'text' || line.prose.length > 60) continue;
    const m = BARE_VERSION.exec(line.prose);
    if (m) bare.push({ line: line.index, version: m[1] });
    else if (!changelog && CHANGELOG_TITLE.test(line.prose)) changelog = true;
  }
  if (bare.length === 0) return undefined;
  if (changelog) return new Set(bare.map((b) => b.line));
  let out: Set<number> | undefined;
  let run: typeof bare = [];
  const close = () => {
    if (run.length >= 3) for (const b of run) (out ??= new Set()).add(b.line);
  };
  for (const b of bare) {
    const last = run[run.length - 1];
    if (last && compareVersions(b.version, last.version) < 0) run.push(b);
    else {
      close();
      run = [b];
    }
  }
  close();
  return out;
}

/**
 * The finite verb a version or a figure takes as the subject of its sentence (1.27.2 is…, 2.4.2 will reject…, 3.14 was
 * released…): in lower case, where a section's title would start with its own word. A dotted number only: 2. is… may
 * be a list item that goes on with its lead-in's sentence.
 */
const VERB_AFTER_NUMBER = /^(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|does|did|fixes|adds|brings|introduces|includes|removes|ships|contains|requires|supports)\b/;

/**
 * English words a sentence, a heading or a list's lead-in cannot stop on: a preposition, an article, a linking or
 * counting verb, an approximation (staff of, more than, about, the, was, numbered, approximately), in lower case (not
 * Appendix A). Not and, or: an item of a list ends on them (…(February–April 2026); and ⏎ 4. "The Herring Years");
 * nor on, over, under, which end a phrasal verb as often (switch the device on ⏎ 2. Open the app).
 */
const DANGLING_WORD = /(?:^|[\s(])(?:of|to|by|at|from|than|with|in|for|about|around|approximately|nearly|almost|roughly|between|into|within|per|the|a|an|was|were|is|are|be|been|reached|totall?ed|numbered|exceeded)$/;

/**
 * A prose line that stops on a dangling word: the next line carries its sentence on. Not an item's title of its own
 * (1. Terms of), which a wrap does not split so; an item's line that holds a sentence end is prose all the same.
 */
function endsOnDanglingWord(prose: string): boolean {
  const t = prose.trimEnd();
  if (!DANGLING_WORD.test(t)) return false;
  const item = /^\s*(?:\d{1,3}|[A-Za-z])[.)]\s+/.exec(t);
  return !item || /[.!?]\s+\S/.test(t.slice(item[0].length));
}

/** The previous line finished a sentence (or there is none): a figure at the start of this line is not a wrapped number. */
function endsSentence(previous: Line | undefined): boolean {
  if (!previous || previous.kind !== 'text') return true;
  const t = previous.prose.trimEnd();
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.has(t[i])) i--;
  return i < 0 || SENTENCE_END.has(t[i]);
}

/** 3.12项 read as item 3. followed by “12项”. */
function gluedItem(text: string, p: number, dotted: Match): Match | undefined {
  RE_ARABIC.lastIndex = p;
  const r = RE_ARABIC.exec(text);
  if (!r || r[2] !== '' || (r[3] !== '.' && r[3] !== '．')) return undefined;
  return { kind: 'arabic', value: Number(r[1]), style: `1${r[3]}`, numberStart: p, numberEnd: p + r[1].length, end: RE_ARABIC.lastIndex, path: [Number(r[1])], alternatives: dotted.alternatives };
}

/**
 * Markdown lines that continue a paragraph outside any list (CommonMark 5.2: there only an ordered item
 * numbered 1 can start a list). Inside a list a new item may follow an item's text directly.
 */
function paragraphContinuations(lines: Line[], memo?: UnitMemo): Set<number> {
  const out = new Set<number>();
  let paragraph = false;
  let inList = false;
  let afterBlank = true;
  for (const line of lines) {
    if (line.kind !== 'text') {
      if (line.kind === 'blank') afterBlank = true;
      paragraph = false;
      continue;
    }
    const { item, block, quote, margin, first } = memo ? memo.get('continuation', line, () => blockStart(line.prose)) : blockStart(line.prose);
    if (afterBlank && !item && margin) inList = false;
    const continues = paragraph && !inList && !block;
    if (continues) out.add(line.index);
    // A `2. ` that continues a paragraph is text, and starts no list for the lines after it (1、… / 2. … / 3. …).
    if (item && (!continues || first)) inList = true;
    paragraph = !block || quote;
    afterBlank = false;
  }
  return out;
}

/** How a Markdown line starts: a list item, another block (heading, quote, table, rule, HTML), at the margin. */
function blockStart(text: string): { item: boolean; block: boolean; quote: boolean; margin: boolean; first: boolean } {
  return {
    // Pandoc's letter and Roman lists too (a. b. d., a) b), (i) (ii)), which the markers read as list items.
    first: /^ {0,3}(?:[-*+]|0{0,8}1[.)]|\(?[aAiI][.)])/.test(text),
    item: /^ {0,3}(?:[-*+]|\d{1,9}[.)]|[a-zA-Z][.)]|\([a-zA-Z]\)|[ivxIVX]{1,5}[.)]|\([ivxIVX]{1,5}\))(?:[ \t]|$)/.test(text),
    block: /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|\||(?:[-*_][ \t]*){3,}$|=+[ \t]*$|<)/.test(text),
    quote: /^ {0,3}>/.test(text),
    margin: leadingColumns(text) === 0,
  };
}

function matchAt(text: string, p: number, inHeading: boolean): Match | undefined {
  const ch = text[p];
  if (ch === undefined) return undefined;
  let r: RegExpExecArray | null;

  if (ch === '第') {
    RE_CHAPTER.lastIndex = p;
    if ((r = RE_CHAPTER.exec(text))) {
      const value = isDigit(r[1][0]) ? Number(r[1]) : parseChineseNumeral(r[1]);
      const unit = r[2];
      const end = RE_CHAPTER.lastIndex;
      const next = text[end];
      const kind: MarkerKind = unit === '章' ? 'chapter' : unit === '节' ? 'section' : 'part';
      if (value && isPartTitle(text.slice(end))) {
        const delimiter = /^[、．.：:，,]/.test(next ?? '') ? next : '';
        return {
          kind, value, style: `第${isDigit(r[1][0]) ? '1' : '一'}${unit}${delimiter}`,
          numberStart: p + 1, numberEnd: p + 1 + r[1].length, end: end + delimiter.length, titleOptional: true,
        };
      }
    }
    return undefined;
  }

  if (ch === '（' || ch === '(') {
    RE_CN_PAREN.lastIndex = p;
    if ((r = RE_CN_PAREN.exec(text))) {
      const value = parseChineseNumeral(r[2]);
      if (value) {
        return {
          kind: 'cn-paren', value, style: `${r[1]}一${r[3]}${r[4]}`,
          numberStart: p + r[0].indexOf(r[2]), numberEnd: p + r[0].indexOf(r[2]) + r[2].length, end: RE_CN_PAREN.lastIndex,
        };
      }
    }
    RE_AR_PAREN.lastIndex = p;
    if ((r = RE_AR_PAREN.exec(text))) {
      const start = p + r[0].indexOf(r[2]);
      return {
        kind: 'arabic-paren', value: Number(r[2]), style: `${r[1]}1${r[3]}${r[4]}`,
        numberStart: start, numberEnd: start + r[2].length, end: RE_AR_PAREN.lastIndex,
      };
    }
    RE_LETTER_PAREN.lastIndex = p;
    if (ch === '(' && (r = RE_LETTER_PAREN.exec(text)) && /^[ \t]/.test(text[RE_LETTER_PAREN.lastIndex] ?? '')) {
      return letterMatch(r[1], `(x)`, p + 1, RE_LETTER_PAREN.lastIndex);
    }
    return undefined;
  }

  const circled = parseCircled(ch);
  if (circled) return withDelimiter(text, p, { kind: 'circled', value: circled, style: '①', numberStart: p, numberEnd: p + 1, end: p + 1 });
  const parenDigit = parseParenthesizedDigit(ch);
  if (parenDigit) return withDelimiter(text, p, { kind: 'arabic-paren', value: parenDigit, style: '⑴', numberStart: p, numberEnd: p + 1, end: p + 1 });
  const fullStopDigit = parseDigitFullStop(ch);
  if (fullStopDigit) return { kind: 'arabic', value: fullStopDigit, style: '⒈', numberStart: p, numberEnd: p + 1, end: p + 1 };

  if (FINANCIAL_DIGITS.includes(ch)) {
    RE_FINANCIAL.lastIndex = p;
    if ((r = RE_FINANCIAL.exec(text))) {
      const value = parseFinancialNumeral(r[1]);
      const rest = text.slice(RE_FINANCIAL.lastIndex);
      // 壹、前言 … 肆、施政績效成果亮點: the level above 一、 in a Taiwan or Hong Kong report, a part. Not 陸、海、空軍… (a
      // list of words) nor a sentence that opens with one.
      if (value && isPartTitle(rest) && !/^[ \u3000]*\p{sc=Han}[、，,]/u.test(rest)) {
        return { kind: 'part', value, style: `壹${r[2]}`, numberStart: p, numberEnd: p + r[1].length, end: RE_FINANCIAL.lastIndex };
      }
    }
    return undefined;
  }

  if (CN.includes(ch)) {
    RE_CN.lastIndex = p;
    if ((r = RE_CN.exec(text))) {
      const value = parseChineseNumeral(r[1]);
      if (value) {
        return { kind: 'cn', value, style: `一${r[2]}${r[3]}`, numberStart: p, numberEnd: p + r[1].length, end: RE_CN.lastIndex };
      }
    }
    RE_CN_SPACED.lastIndex = p;
    if (!inHeading && (r = RE_CN_SPACED.exec(text))) {
      const value = parseChineseNumeral(r[1]);
      if (value) return { kind: 'cn', value, style: '一 ', numberStart: p, numberEnd: p + r[1].length, end: RE_CN_SPACED.lastIndex, needsShortTitle: true, spacedCn: true };
    }
    return undefined;
  }

  if (isDigit(ch)) {
    RE_DOTTED.lastIndex = p;
    if ((r = RE_DOTTED.exec(text)) && !isDigit(text[RE_DOTTED.lastIndex] ?? '')) {
      const parts = [r[1], ...r[2].slice(1).split(/[.．]/)];
      const path = parts.map(Number);
      const end = RE_DOTTED.lastIndex;
      if (parts.every((part) => part[0] !== '0')) {
        // 2.1.Evaluations in the Member States: a number closed by its dot and glued to a capital Latin title (a web
        // page's contents and headings) is as good as spaced — no figure is written 2.1. followed by a word.
        const spaced = /^[ \t\u3000]/.test(text[end] ?? '') || (r[3] === '.' && /^[A-Z][A-Za-z]/.test(text.slice(end, end + 2)));
        return {
          kind: 'dotted', value: path[path.length - 1], path, style: `1${r[2].includes('．') ? '．' : '.'}1${r[3]}`,
          numberStart: p, numberEnd: p + r[1].length + r[2].length, end, needsShortTitle: !spaced,
        };
      }
      return undefined;
    }
    RE_ARABIC.lastIndex = p;
    if ((r = RE_ARABIC.exec(text))) {
      const end = RE_ARABIC.lastIndex;
      // 12.x: April 2022, 3.x will be backported: a version, not item 12. or 3. (a number glued to a lower-case letter).
      if (r[2] === '' && (r[3] === '.' || r[3] === '．') && /[a-z]/.test(text[end] ?? '')) return undefined;
      // 14.03.2016  11:20 (a repost's dateline): a day, its month and year, not item 14. with the title “03.2016”.
      if (r[2] === '' && (r[3] === '.' || r[3] === '．') && Number(r[1]) <= 31 && DAY_MONTH_YEAR_REST.test(text.slice(end, end + 8))) return undefined;
      // 17 .ADM.CN：虚拟二级域名 (a footnote of a PDF report): a space, then a dot glued to a Latin word — the dot opens
      // the word (a domain suffix, a file type), it does not close a number.
      if (r[2] === ' ' && r[3] === '.' && /[A-Za-z]/.test(text[end] ?? '')) return undefined;
      // 4,812 and 1,526家: a thousands separator, not a marker.
      if ((r[3] === ',' || r[3] === '，') && isDigit(text[end] ?? '')) return undefined;
      if (countsOn(text.slice(skipSpaces(text, end)), Number(r[1]))) return undefined;
      return { kind: 'arabic', value: Number(r[1]), style: `1${r[2]}${r[3]}`, numberStart: p, numberEnd: p + r[1].length, end };
    }
    RE_ARABIC_HALF.lastIndex = p;
    if ((r = RE_ARABIC_HALF.exec(text))) {
      return { kind: 'arabic-half', value: Number(r[1]), style: `1${r[2]}`, numberStart: p, numberEnd: p + r[1].length, end: RE_ARABIC_HALF.lastIndex };
    }
    RE_ARABIC_SPACE.lastIndex = p;
    // 5  Excellent      4  Good      3  Acceptable …: a scale's row, its cells apart by wide gaps, not section 5.
    if ((r = RE_ARABIC_SPACE.exec(text)) && (!inHeading || Number(r[1]) <= 50) && (inHeading || !SCALE_ROW.test(text.slice(RE_ARABIC_SPACE.lastIndex)))) {
      return { kind: 'arabic', value: Number(r[1]), style: '1 ', numberStart: p, numberEnd: p + r[1].length, end: RE_ARABIC_SPACE.lastIndex, weak: !inHeading };
    }
    return undefined;
  }

  if (isAsciiLetter(ch)) {
    RE_LETTER.lastIndex = p;
    if ((r = RE_LETTER.exec(text)) && /^[ \t]/.test(text[RE_LETTER.lastIndex] ?? '')) {
      return letterMatch(r[1], `x${r[2]}`, p, RE_LETTER.lastIndex);
    }
  }
  return undefined;
}

/**
 * a) …, (b) …, iii. … and IV. … at the start of an item, whatever its length: only a single capital with a full stop
 * (A. Smith thanked the auditors.) can be an initial, and only a line after finished text can start an item
 * (…in the case of R / v. Smith… is a wrapped sentence).
 */
function isListLetter(m: Match, previous: Line | undefined): boolean {
  const initial = m.style === 'A.' && m.numberEnd - m.numberStart === 1;
  // A) Circulate the minutes. ⏎ B. Update the register.: right under the item with the letter before it, the next item
  // written with a full stop (numbering-style's), not an initial.
  if (initial) return previous !== undefined && previous.kind === 'text' && letterBefore(previous.prose, m.value);
  if (!previous || previous.kind !== 'text') return true;
  const t = previous.prose.trimEnd();
  // (b) extending the scheme; and / (c) training…: the item before ends with its connector.
  if (ITEM_BEFORE_CONNECTOR.test(t)) return true;
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.has(t[i])) i--;
  return i < 0 || SENTENCE_END.has(t[i]) || t[i] === '.' || t[i] === ',';
}

/**
 * Staff means any person…, “Manager” includes…, Volunteer refers to…: a term (up to five words, quoted or not) and the
 * verb of a definition — the title of a lettered definition, not a sentence about a person with that initial.
 */
const DEFINITION_TITLE = /^["“‘']?[A-Z][\w’'-]*(?:[ \t][\w’'-]+){0,4}["”’']?,?[ \t]+(?:means|mean|includes|include|refers[ \t]+to|shall[ \t]+mean|shall[ \t]+include|is[ \t]+defined[ \t]+as|has[ \t]+the[ \t]+meaning)\b/;

/** Khan (Chair), B. Lewis, … / Khan and B. Lewis: a surname after an initial, then another initial and surname. */
const NAMES_AFTER_INITIAL = /^[A-Z][a-z’'-]+(?:[ \t]*\([^()]{1,30}\))?(?:,|[ \t]+(?:and|&))[ \t]+(?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z]/;

/**
 * Whether a line opens with the capital letter before `value` as a bracketed item's, A) or (A) for a B.; not A.,
 * which may be an initial too (A. Smith thanked the auditors. ⏎ B. Jones replied.).
 */
function letterBefore(prose: string, value: number): boolean {
  if (value < 2 || value > 26) return false;
  const letter = String.fromCharCode(64 + value - 1);
  return new RegExp(`^\\s*\\(?${letter}\\)\\s+\\S`).test(prose);
}

/**
 * A lettered item that ends "; and" or ", or" — on its own line, or on the line its text wraps onto, indented or not
 * ((a) … for ⏎ reception and Year 1); and / (b) unmatched properties, with a ⏎ home visit; and): the next line is the
 * list's last item, not its wrapped text.
 */
const ITEM_BEFORE_CONNECTOR = /[;,][ \t]*(?:and|or)$/;

/** A, b, IV, ii: Roman numerals, letters, or (for I, V, X, C, L, D, M) either. */
function letterMatch(letters: string, shape: string, numberStart: number, end: number): Match | undefined {
  const upper = letters === letters.toUpperCase();
  if (letters !== letters.toLowerCase() && !upper) return undefined; // Ab. is a word
  const parsed = parseRoman(letters);
  const roman = parsed !== undefined && parsed <= 50 ? parsed : undefined;
  const readings: MarkerReading[] = [];
  if (roman !== undefined) readings.push({ kind: upper ? 'roman-upper' : 'roman-lower', value: roman });
  if (letters.length === 1) readings.push({ kind: upper ? 'latin-upper' : 'latin-lower', value: letters.toLowerCase().charCodeAt(0) - 96 });
  if (readings.length === 0) return undefined;
  const [first, ...rest] = readings;
  return {
    kind: first.kind, value: first.value, style: shape.replace('x', upper ? 'A' : 'a'),
    numberStart, numberEnd: numberStart + letters.length, end, alternatives: rest.length ? readings : undefined,
  };
}

/** ① and ⑴ sometimes carry a redundant 、 or . after them. */
function withDelimiter(text: string, p: number, m: Match): Match {
  const next = text[p + 1];
  if (next !== undefined && '、．.，,'.includes(next) && !isDigit(text[p + 2] ?? '')) {
    return { ...m, style: m.style + next, end: p + 2 };
  }
  return m;
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && isIndentSpace(text[p])) p++;
  return p;
}

/** Background / Introduction and Scope read as a heading; Smith welcomed members. does not. */
function isHeadingLike(title: string): boolean {
  const t = title.trim();
  return t.length > 0 && t.length <= 60 && !/[.。!?！？]$/.test(t);
}

/** 1.1总体目标 reads as a title; 10.1国庆期间，全体干部放假 does not. */
function isShortTitle(rest: string): boolean {
  const t = rest.trim();
  return t.length > 0 && t.length <= 30 && !/[，,。；;]/.test(t);
}

/**
 * 第一部分全面加强粮食生产，确保国家粮食安全 and 第二章 总则: a part, chapter or section and its title, with or without a
 * separator — a line with no sentence end. 第一部分主要总结了……。 and 第二章规定的…… are sentences about a part.
 */
function isPartTitle(rest: string): boolean {
  // **第二部分：开源生态观测体系** 本部分构建……： is a paragraph that describes a part, not the part's heading.
  const t = rest.replace(/\*\*|__/g, '').replace(/^[、．.：:，,\s\u3000]+/, '').trim();
  if (t === '') return true;
  // Only straight after the number does 主要…/规定… read as the rest of a sentence (第一部分主要总结了…).
  const glued = /^[^、．.：:，,\s\u3000*_]/.test(rest);
  return t.length <= 60 && !/[。！？；!?;]/.test(t) && !/[：:]$/.test(t) && !(glued && PART_REFERENCE.test(t));
}

const PART_REFERENCE = /^(?:是|为|的|中|里|和|与|及|所|已|共|对|从|在|将|就|由|以|至|到|主要|介绍|包括|规定|内容|提出|分析|讲|指|列|明确|强调|部署)/;

/** 3.5万人, 1.5 亿元, 3 所学校: a number followed by a unit is a quantity, not a heading. */
function isQuantity(m: Match, text: string, titleStart: number, inHeading: boolean): boolean {
  const next = text[titleStart] ?? '';
  if (m.kind === 'dotted') {
    // 4.8-star rating, a 2.5-inch screen: a decimal joined to a word by a hyphen is a measure, not item 4.8.
    // 104.7.2-7.3 (a Taiwan date and the end of its span, a table's cell) and 1.5-2.0: a range of figures.
    if (titleStart === m.end) return DECIMAL_UNITS.has(next) || APPROXIMATION_AFTER.test(text.slice(titleStart, titleStart + 5)) || /^-[A-Za-z]|^[-–~～]\d/.test(text.slice(titleStart, titleStart + 2));
    if (MEASURE_UNITS.has(next) || next === '%') return true;
    // 23.86 25.7 预期性: a row of figures from a table extracted line by line (a heading's title may start with 2024年).
    // Not after 3.5.1, which no decimal is: "3.5.1 999 calls answered within 10 seconds…" is a paragraph's number.
    // 1.1 2024 was a record year… and 3.1 12 new routes start in 2025.: a paragraph's number, then a sentence that opens
    // with a year or a count — lower-case words run on after the figure, which no row of figures does.
    if (!inHeading && (m.path?.length ?? 2) <= 2 && FIGURE_AFTER.test(text.slice(titleStart, titleStart + 16)) && !PROSE_AFTER_FIGURE.test(text.slice(titleStart, titleStart + 40))) return true;
    // 2.5 million visits is a quantity; 8.1 openEuler 社区 and 4.3.3 npm 供应链 are titles that begin with a name.
    return /[a-z]/.test(next) && m.path?.length === 2 && !isLatinTitle(text.slice(titleStart), inHeading);
  }
  // 3 October, 14:19 — Incident commander assigned / ### 3 October 2026: a day and month opening a timeline entry.
  if (m.style === '1 ' && m.value <= 31 && DAY_MONTH.test(text.slice(titleStart, titleStart + 24))) return true;
  // 3 MW, 5 kW, 2 M: a unit letter that is the whole word (3 MATERIALS AND WASTE is a heading's title).
  // 3 人才培养质量 ⏎ 3.1 …, 1 本科教育基本情况: a short title of Han characters alone is a heading's (kept only right above
  // its own n.1, unitTitleHeads); 3 所学校完成改造。 is a count.
  if (m.weak) return (COUNT_UNITS.has(next) && !UNIT_TITLE.test(text.slice(titleStart))) || (DECIMAL_UNITS.has(next) && (!/[A-Za-z]/.test(next) || LATIN_UNIT.test(text.slice(titleStart))));
  return false;
}

/** The rest of a row of a scale or key after its first figure: a word, a wide gap, the next figure (4  Good). */
const SCALE_ROW = /^[ \t\u3000]+\S[^\t]*?(?: {3,}|\t)\d{1,3}(?:[ \t]|$)/;

/** A unit written with the letters of DECIMAL_UNITS, as a word of its own: k, M, kW, MW, GWh, mwh. */
const LATIN_UNIT = /^(?:[kKMmGgTt]?[wW][hH]?|[kKM])(?![A-Za-z])/;

/**
 * October, 14:19 / October 2026 / Oct — … / January to 31 December 2025: the month of a date, closed by a comma, a
 * year, a time, a dash or the word that opens a range (to, until).
 */
const DAY_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?:$|[,:;]|\s+(?:\d|[—–-]|(?:to|until|till)\s+\d))/;

/**
 * 5.2左右, 85.3以上, 2.5以内, 1.8个百分点: a figure with the word that rounds or bounds it — a table cell extracted one to
 * a line, or a wrapped line that starts with the figure. 5.3左右江革命老区振兴 goes on with a title: it stays a heading.
 * Read on the five characters after the figure (the longest word and the one after it), not the rest of the line.
 */
const APPROXIMATION_AFTER = /^(?:左右|以上|以下|以内|上下|个百分点)(?=$|[\s\u3000，,。；;、）)])/;

/**
 * A figure, then two lower-case words: the opening of a sentence (2024 was a record year, 12 new routes start, 12 staff
 * (all new) joined, 636 movements (2.35% of the total) took place,
 * 81.3% of patients had waited, 92% of visitors rated, 12.5 million people used). A row of cells has a figure next.
 */
const PROSE_AFTER_FIGURE = /^\d{1,4}(?:[.．]\d+)?[%％]?[ \t]+[a-z]{2,}[ \t]+(?:[(\[]?[a-z]|\((?=[^()]{1,40}\)[ \t]+[a-z]))/;

/** A second figure standing alone after a spaced decimal (23.86 25.7, 6.2 <5, 4.1 —): cells of a table row. */
const FIGURE_AFTER = /^(?:[<>≤≥]?\d+(?:[.．]\d+)?[%％]?|[—–-]{1,2})(?:[ \t\u3000]|$)/;

/** Words that make a number before them a quantity: 2.5 million, 1.5 times, 3.2 km. */
const QUANTITY_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'per', 'times', 'x', 'k', 'm', 'bn', 'mn', 'km', 'kg', 'g', 'mg', 't', 'm2', 'cm', 'mm', 'l', 'ml', 'h', 'hrs', 'hours', 'min', 'mins', 'minutes', 's', 'sec', 'seconds', 'ms', 'days', 'weeks', 'months', 'years', 'gb', 'mb', 'tb', 'kb', 'pp', 'points', 'kwh', 'mw', 'gw']);

/** `openEuler 社区案例分析`, `npm 供应链…`: a title starting with a lower-case name rather than a unit. */
function isLatinTitle(rest: string, inHeading: boolean): boolean {
  const word = /^[a-z][A-Za-z0-9-]*/.exec(rest)?.[0] ?? '';
  if (QUANTITY_WORDS.has(word.toLowerCase())) return false;
  // A capital inside (openEuler, eBPF, iOS) marks a name; so does a Chinese title after the word.
  return inHeading || /[A-Z]/.test(word) || /\p{sc=Han}/u.test(rest.slice(0, 60));
}

/**
 * 1、3、5号楼 / 一、三年级 / 3、4月份: the line counts off buildings, grades or months; it is not the heading 1、 or
 * 一、. (一、三农工作, 二、四个意识 and 二、四月份重点工作 are headings: what follows is not counted off; so is 1、2月21日至…:
 * a month with its day is a date, not the second of the months counted off.)
 */
const NUMBER_LIST = new RegExp(`^(?:\\d{1,3}|[${CN}]{1,3})[、，,和及至到~～\\-－—](?:\\d|[${CN}])`);
const GRADES = new RegExp(`^(?:\\d{1,3}|[${CN}]{1,3})(?:年级|年級|号楼|號樓)`);
const NEXT_COUNT = new RegExp(`^(\\d{1,3}|[${CN}]{1,3})(?:月份|月(?!\\d{1,2}[日号號])|届|屆|期|批|班|栋|棟|层|層|楼|樓|号|號|季度|季|级|級|等奖|等獎|等|类|類|档|檔|星|线|線|轮|輪|产业|產業)`);

const PHONE_REST = /^\d{3,4}[-. ]\d{4}(?!\d)/;
/** =(1)+(2), =(3)/(4), ＝（1）－（2）: the rest of a formula whose first term is the bracketed number. */
const FORMULA_REST = /^[=＝][(（]?\d/;
const CROSS_REFERENCE = new RegExp(`^[）)]?[、和及与至][（(][${CN}]{1,3}[）)]`);

/** Whether the number opening `title` is written in the numeral system of the marker, whose value is `value`, and is above it. */
function countsAbove(title: string, value: number, cn: boolean): boolean {
  const lead = /^(?:(\d{1,3})|([一二三四五六七八九十百]{1,3}))/.exec(title);
  if (!lead) return true;
  if ((lead[1] !== undefined) === cn) return false;
  const first = lead[1] !== undefined ? Number(lead[1]) : parseChineseNumeral(lead[2]);
  return first === undefined || first > value;
}

function countsOn(title: string, value: number, cn = false): boolean {
  // 1. 3,500 volunteers trained: the title starts with a figure written with a thousands separator.
  // 二、1—11月全市空气质量状况 / 二、3—5年 / 3、1—6月情况: a range in the other numeral system, or one that starts
  // at or below the marker's number, is the title's period, not the numbers the line counts off (3、4月份, 一、三年级).
  if (NUMBER_LIST.test(title) && !/^\d{1,3}(?:,\d{3})+(?![\d,])/.test(title) && countsAbove(title, value, cn)) return true;
  if (GRADES.test(title)) return true;
  const next = NEXT_COUNT.exec(title);
  return next !== null && (isDigit(next[1][0]) ? Number(next[1]) : parseChineseNumeral(next[1])) === value + 1;
}

/** Markdown setext headings: a text line underlined with === (level 1) or --- (level 2). */
function addSetextHeadings(lines: Line[], markers: Marker[], memo?: UnitMemo): void {
  const byLine = new Set(markers.map((m) => m.line));
  for (let i = 1; i < lines.length; i++) {
    const underline = /^ {0,3}(=+|-+)[ \t]*$/.exec(lines[i].prose);
    const above = lines[i - 1];
    if (!underline || above.kind !== 'text' || byLine.has(above.index)) continue;
    if (/^\s*([-*+>]|\d+[.)])\s/.test(above.prose)) continue;
    const level = underline[1][0] === '=' ? 1 : 2;
    const kept = memo?.peek<{ level: number; marker: Marker }>('setext', above);
    if (kept?.level === level) {
      markers.push(moveTo(kept.marker, above.index));
      byLine.add(above.index);
      continue;
    }
    let p = 0;
    while (p < above.prose.length && isIndentSpace(above.prose[p])) p++;
    const inner = matchAt(normalizeDigits(above.prose), p, true);
    const titleStart = skipSpaces(above.prose, inner ? inner.end : p);
    markers.push({
      line: above.index,
      kind: inner?.kind ?? 'heading',
      value: inner?.value ?? 0,
      path: inner ? inner.path ?? [inner.value] : [],
      style: inner?.style ?? '#'.repeat(level),
      text: inner ? above.text.slice(p, inner.end) : '',
      start: p,
      end: inner?.end ?? p,
      numberStart: inner?.numberStart ?? p,
      numberEnd: inner?.numberEnd ?? p,
      titleStart,
      headingLevel: level,
      indent: p,
      listItem: false,
      alternatives: inner?.alternatives,
    });
    memo?.set('setext', above, { level, marker: markers[markers.length - 1] });
    byLine.add(above.index);
  }
}

