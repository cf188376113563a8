// Inline enumerations: 一是…二是…三是, 一要…二要, 一抓…二抓, 第一，…第二，, 其一…其二, First, … Second, …
// Items are grouped into runs: a run starts at a first item (一是) or at a new section, and the
// rule checks that each item follows the one before.

import { eachMatch, eachMatchAt, matchesOf } from '../patterns';
import { bracketDepth } from './inline-lists';
import { parseChineseNumeral } from './numerals';
import type { Paragraph } from './paragraphs';
import type { Section } from './outline';
import { firstAt } from '../sorted';

export interface EnumerationItem {
  /** Which kind of enumeration: 是, 要, 抓, 来, 则, 第, 其, or `en`. */
  family: string;
  value: number;
  /** The item marker as written (二是, 第三, Fourth). */
  text: string;
  paragraph: Paragraph;
  /** Offset and length of `text` in the paragraph. */
  offset: number;
  length: number;
}

export interface Enumeration {
  family: string;
  items: EnumerationItem[];
  /** A 首先 (“firstly”) came before the run in its section: 首先…第二…第三 is a complete enumeration. */
  afterFirstly: boolean;
  /**
   * The value of the last item of the same family before this run, in an earlier section: 一是 at the
   * end of one section and 二是 after a page-break line or a cut heading read as a section.
   */
  previousValue?: number;
}

// An item starts a sentence or clause: at the paragraph start or after punctuation or a closing bracket.
// 之一是 / 统一是 / 名列第三 are not items. The boundary is tested in code (atBoundary, by eachMatchAt): a leading
// look-behind is tried at every position of the paragraph.
const BOUNDARY_BEFORE = new Set('。；;，,：:！？!?、）)”’」』】');
/** 首先 has the same boundary, less 、. */
const FIRSTLY_BOUNDARY_BEFORE = new Set('。；;，,：:！？!?）)”’」』】');
const SPACE = /\s/;
// **一是加强领导。**…, 。**第二，**…: Markdown's bold marks before an item are looked past.
const atBoundary = (text: string, i: number, before = BOUNDARY_BEFORE) => {
  let j = i;
  while (j > 0 && i - j < 2 && (text[j - 1] === '*' || text[j - 1] === '_')) j--;
  return j === 0 || before.has(text[j - 1]) || SPACE.test(text[j - 1]);
};
const FIRSTLY = /首先[，,：:]/g;
const CN_ITEM = /([一二三四五六七八九十]{1,3})(是|要|抓|来|则)/g;
const ORDINAL_ITEM = /(第|其)([一二三四五六七八九十]{1,3})(?=[，,、：:]|是)/g;
const HAS_CN_ITEM = /[一二三四五六七八九十][是要抓来则]/;
const HAS_ORDINAL = /[第其][一二三四五六七八九十]/;
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
// After a sentence end, a colon or a semicolon, and "; and" before the last item (First, …; Second, …; and Fourth, …).
// The look-behind is tested in code (enItemStarts): V8 tries a pattern that opens with one at every position of the
// paragraph, and scans for the capitals of this one.
const EN_ITEM = /(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?,/g;
/** What stands before an item: a sentence end, a colon or semicolon, or "; and" (ten code units at most). */
const EN_ITEM_BEFORE = /(?:[.;:!?]\s{1,3}|;\s{1,3}and\s{1,3})$/;
function enItemStarts(text: string, i: number): boolean {
  return i === 0 || EN_ITEM_BEFORE.test(text.slice(Math.max(0, i - 10), i));
}

export function findEnumerations(paragraphs: Paragraph[], items: (paragraph: Paragraph) => readonly EnumerationItem[] = itemsIn, firstlyOf: (paragraph: Paragraph) => number = firstlyIn): Enumeration[] {
  const runs: Enumeration[] = [];
  const active = new Map<string, Enumeration>();
  const last = new Map<string, number>();
  let scope: Section | undefined;
  let part = -1;
  let firstly = false;

  for (const paragraph of paragraphs) {
    // A new section (or part) closes every open enumeration.
    if (paragraph.section !== scope || paragraph.part !== part || paragraph.atHeading) {
      active.clear();
      scope = paragraph.section;
      if (paragraph.part !== part) last.clear();
      part = paragraph.part;
      firstly = false;
    }
    const firstlyAt = firstlyOf(paragraph);
    for (const item of items(paragraph)) {
      const run = active.get(item.family);
      // English writers open a list in many ways (One is…, To begin with, …): Second, … counts only after a First, …,
      // and one that steps back from the run in a later paragraph starts a list of its own, not a repeat.
      const runEnd = run?.items[run.items.length - 1];
      if (item.family === 'en' && item.value !== 1 && (!runEnd || (item.value <= runEnd.value && runEnd.paragraph !== paragraph))) {
        active.delete('en');
        continue;
      }
      if (!run || item.value === 1) {
        const fresh = { family: item.family, items: [item], afterFirstly: firstly || (firstlyAt >= 0 && firstlyAt < item.offset), previousValue: run ? undefined : last.get(item.family) };
        runs.push(fresh);
        active.set(item.family, fresh);
      } else {
        run.items.push(item);
      }
      last.set(item.family, item.value);
    }
    if (firstlyAt >= 0) firstly = true;
  }
  return runs;
}

/**
 * The enumerations of a version from those of the version before, with the same parts and sections: runs never cross a
 * part (a new part closes them and forgets the values before), so the runs of the parts firstPart..lastPart are read
 * again and the others kept.
 */
export function enumerationsAfterEdit(
  previous: readonly Enumeration[],
  paragraphs: readonly Paragraph[],
  firstPart: number,
  lastPart: number,
  items: (paragraph: Paragraph) => readonly EnumerationItem[],
  firstlyOf: (paragraph: Paragraph) => number,
): Enumeration[] {
  if (firstPart > lastPart) return previous as Enumeration[];
  const partOfRun = (run: Enumeration) => run.items[0].paragraph.part;
  const from = firstAt(paragraphs, (p) => p.part >= firstPart);
  const to = firstAt(paragraphs, (p) => p.part > lastPart);
  const read = findEnumerations(paragraphs.slice(from, to) as Paragraph[], items, firstlyOf);
  const keptTo = firstAt(previous, (r) => partOfRun(r) >= firstPart);
  const keptFrom = firstAt(previous, (r) => partOfRun(r) > lastPart);
  return [...previous.slice(0, keptTo), ...read, ...previous.slice(keptFrom)];
}

/** Where 首先 (“firstly”) stands in the paragraph, or −1. */
export function firstlyIn(paragraph: Paragraph): number {
  const text = paragraph.text;
  if (!text.includes('首先')) return -1;
  let first = -1;
  eachMatchAt(FIRSTLY, text, (i) => first < 0 && atBoundary(text, i, FIRSTLY_BOUNDARY_BEFORE), (m) => (first = m.index));
  return first;
}

/** first, … / ; second, … / ; and fourth, …: ordinals in lower case inside one sentence, after a colon, comma or semicolon. */
const EN_ITEM_LOWER = /(?<=(?:^|[:;,])\s{1,3}(?:and\s+)?)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,/g;

const ORDINAL_AFTER = /^\s*(?:and\s+|or\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

/** A capital First opening a paragraph or sentence: the first item of a list whose later items are in lower case. */
const EN_FIRST_CAPITAL = /(?:^|[.!?]\s{1,3})(?:\*\*|__)?First(?:ly)?,/;

/**
 * "three criteria: first, it must…; second, it must…; and fourth, it must…": a list in one sentence, its items in
 * lower case. It opens at "first," and each later item follows a semicolon ("; and fourth,"), which keeps "the
 * second, larger site" out; a sentence end closes it.
 */
function lowerCaseItems(items: EnumerationItem[], paragraph: Paragraph): void {
  const text = paragraph.text;
  // "First, recruitment…; second, the pay award…; and fourth, …": a capital First opening the sentence (an item of its
  // own, read with the capitalised ones) opens the list as "first," does.
  const capital = EN_FIRST_CAPITAL.exec(text);
  let open = capital !== null;
  let lastEnd = capital ? capital.index + capital[0].length : 0;
  eachMatch(EN_ITEM_LOWER, text, (m) => {
    const value = EN_ORDINALS.indexOf(m[1]) + 1;
    // "; third, fourth and fifth year pupils": ordinals in a row describe one noun; none is an item.
    if (ORDINAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
    const before = text.slice(0, m.index);
    if (open && /[.!?]\s/.test(text.slice(lastEnd, m.index))) open = false;
    if (value === 1) open = true;
    else if (!open || !/;\s{1,3}(?:and\s+)?$/.test(before)) return;
    lastEnd = m.index + m[0].length;
    pushItem(items, paragraph, 'en', value, m.index, m[0].length - 1);
  });
}

/** An item of `paragraph` (a module function, not a closure made for every paragraph); none for a value of 0. */
function pushItem(items: EnumerationItem[], paragraph: Paragraph, family: string, value: number | undefined, offset: number, length: number): void {
  if (value) items.push({ family, value, text: paragraph.text.slice(offset, offset + length), paragraph, offset, length });
}

/**
 * Where the line after a heading's line starts in the paragraph, or −1: in Markdown a heading written as a line of text
 * (五、主要经营情况) runs on into the next line (一是经营业绩稳健增长。…) in one paragraph, its lines joined with nothing
 * between them, so the item there has no punctuation before it.
 */
function afterHeadingLine(paragraph: Paragraph): number {
  if (!paragraph.atHeading) return -1;
  for (const segment of paragraph.segments) if (segment.line > paragraph.firstLine) return segment.offset;
  return -1;
}

/** A short line with no punctuation: a form's options (√适用 □不适用), a label, not a line of wrapped prose. */
const LABEL_LINE_MAX = 20;
const PROSE_MARK = /[，。；：、！？,;:!?]/;

/**
 * Where a line starts in the paragraph after a line that is a label (short, without punctuation): √适用 □不适用 ⏎
 * 一是宏观经济风险；二是…, joined as wrapped lines are, leaves the first item with nothing before it.
 */
function afterLabelLines(paragraph: Paragraph): Set<number> {
  const out = new Set<number>();
  const segments = paragraph.segments;
  for (let k = 1; k < segments.length; k++) {
    const prev = segments[k - 1];
    const line = paragraph.text.slice(prev.offset, prev.offset + prev.length).trim();
    if (segments[k].offset === prev.offset + prev.length && line.length > 0 && [...line].length <= LABEL_LINE_MAX && !PROSE_MARK.test(line)) out.add(segments[k].offset);
  }
  return out;
}

const LATIN_LETTER = /[A-Za-z]/;
/** The inline enumeration items of one paragraph, in text order. */
export function itemsIn(paragraph: Paragraph): EnumerationItem[] {
  const text = paragraph.text;
  const items: EnumerationItem[] = [];
  const lineAfterHeading = afterHeadingLine(paragraph);
  const labelLineEnds = afterLabelLines(paragraph);
  // Run only where their words occur (the tests of the item's start made only then).
  if (HAS_CN_ITEM.test(text)) eachMatchAt(CN_ITEM, text, (i) => atBoundary(text, i) || i === lineAfterHeading || labelLineEnds.has(i), (m) => {
    // 一是一、二是二 is an idiom ("call a spade a spade"), not an enumeration.
    if (!text.startsWith(m[1], m.index + m[0].length)) pushItem(items, paragraph, m[2], parseChineseNumeral(m[1]), m.index, m[0].length);
  });
  if (HAS_ORDINAL.test(text)) eachMatchAt(ORDINAL_ITEM, text, (i) => atBoundary(text, i) || i === lineAfterHeading, (m) => pushItem(items, paragraph, m[1], parseChineseNumeral(m[2]), m.index, m[0].length));
  if (LATIN_LETTER.test(text.slice(0, 200))) {
    eachMatchAt(EN_ITEM, text, (i) => enItemStarts(text, i), (m) => pushItem(items, paragraph, 'en', EN_ORDINALS.indexOf(m[1].toLowerCase()) + 1, m.index, m[0].length - 1));
    // "First, recruitment improved; third, retention rose": the second left out is read as well as a second.
    if (/(?:^|[:;,]\s)first,|;\s{1,3}(?:and\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,/.test(text)) lowerCaseItems(items, paragraph);
  }
  if (text.includes('(')) bracketItems(items, paragraph);
  // 1) survey the site; 2) agree the design; 4) start: the closing bracket alone.
  if (text.includes(')') && HALF_HINT.test(text)) bracketItems(items, paragraph, true);
  if (CN_BRACKET_HINT.test(text)) cnBracketItems(items, paragraph);
  return items.sort((a, b) => a.offset - b.offset);
}

/** A full-width bracketed figure or a circled one: the only characters cnBracketItems starts from. */
const CN_BRACKET_HINT = /[（(]1[）)]|①|(?:^|[^\d（(])1[）)]|[：:；;，,。！？!?\s]1[.．、]\p{sc=Han}/u;
/** A 1) or a) after a space, colon or comma: the only start of an English list of closing brackets alone. */
const HALF_HINT = /[\s:;,—–](?:1|a|i)\)/;
/**
 * （1）…；（2）…；（4）…, (1)…；(2)…；(4)… and ①…；②…；④… inside a Chinese paragraph: a marker after a clause or sentence end (or a space),
 * then the words of its item. Not a marker opening the paragraph (a list item of the outline), nor one after 第 or a word
 * (第（2）项, 数据①: a citation, a footnote).
 */
const CN_BRACKET_ITEM = /(?<=[：:；;，,。！？!?\s])(?:（(1[0-9]|20|[1-9])）|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|\((1[0-9]|20|[1-9])\)|(1[0-9]|20|[1-9])[）)]|(1[0-9]|20|[1-9])[.．、])(?=[\p{sc=Han}“"《【])/gu;

/**
 * The lists of full-width bracketed or circled markers in a Chinese paragraph that open at （1） or ① and run to three
 * items at least: "做好三项工作：①完成年度任务；②推进重点项目；④抓好队伍建设". A list may run over sentences (（1）做好
 * 就业。（2）改善办学条件。…), so the paragraph is its scope; each list is a run of its own.
 */
function cnBracketItems(items: EnumerationItem[], paragraph: Paragraph): void {
  const text = paragraph.text;
  // One pass over the paragraph, the markers kept by family: （1）, ①, (1).
  const byFamily: { value: number; offset: number; length: number }[][] = [[], [], [], [], []];
  const depthAt = bracketDepth(text);
  for (const m of matchesOf(text, CN_BRACKET_ITEM)) {
    const pick = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : m[3] !== undefined ? 2 : m[4] !== undefined ? 3 : 4;
    // 1）走访企业；2）建立台账: a closing bracket alone, where no bracket is open (not the end of （见附件，2）).
    if (pick === 3 && depthAt(m.index!) > 0) continue;
    const mark = m[pick + 1]!;
    // （1）和（3）采纳，（2）暂缓: items of a list named in prose.
    if (pick <= 2 && (CN_JOINED_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8)) || CN_JOINED_BEFORE.test(text.slice(Math.max(0, m.index! - 6), m.index!)))) continue;
    byFamily[pick].push({ value: pick === 1 ? mark.charCodeAt(0) - 0x245f : Number(mark), offset: m.index!, length: m[0].length });
  }
  for (const [pick, family] of (['（1）', '①', '(1)', '1）', '1.'] as const).entries()) {
    const found = byFamily[pick];
    for (let k = 0; k < found.length; ) {
      if (found[k].value !== 1) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < found.length && found[end].value !== 1) end++;
      // 附件：1.实施方案；2.统计表；4.…: the list of attachments, numbering-sequence's (model/markers.ts).
      const attachments = pick === 4 && /附\s*(?:件\s*)?[:：]\s*$/.test(text.slice(Math.max(0, found[k].offset - 8), found[k].offset));
      if (end - k >= 3 && !attachments) for (let j = k; j < end; j++) pushItem(items, paragraph, family, found[j].value, found[j].offset, found[j].length);
      k = end;
    }
  }
}

/** (a) … (b) … (d) / (i) … (ii) … (iv) / (1) … (2) … (4) inside a sentence: a marker, then the words of its item. */
const BRACKET_ITEM = /(?<=[\s:;,—–])\(([a-z]|[ivx]{1,4}|\d{1,2})\)(?=\s+[A-Za-z])/g;
/** 1) … 2) … 4), a) … b) … d): the closing bracket alone, inside a sentence. */
const HALF_BRACKET_ITEM = /(?<=[\s:;,—–])([a-z]|[ivx]{1,4}|\d{1,2})\)(?=\s+[A-Za-z])/g;
/** Paragraphs (a) and (c) of the Schedule, section 3(1)(a): references to the items of another text, not a list. */
const CITED_BEFORE = /\b(?:paragraphs?|sub-?paragraphs?|sections?|sub-?sections?|clauses?|articles?|regulations?|rules?|schedules?|limbs?|items?|points?|criteri(?:a|on)|conditions?|questions?|options?|categories|category|heads?|parts?)\s*$/i;
/** one (1), twenty-one (21), hundred (100): the number word a bracketed figure glosses. */
const NUMBER_WORD_BEFORE =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\s*$/i;
/**
 * A marker joined to another by nothing but "and", "or", "to", a comma or a dash names items of a list ("approve
 * recommendations (a) and (c)", "(b)–(d)", "steps (1) and (3)", 第（1）和第（3）项, ①和③已办结): no item of a list
 * written inline is empty. Tested on a few characters either side of the marker.
 */
const JOINED_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|and\/or)\s+|[–—-]\s*)\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)/;
const JOINED_BEFORE = /\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|and\/or)\s+|[–—-]\s*)$/;
const HALF_JOINED_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|and\/or)\s+|[–—-]\s*)(?:[a-z]|[ivx]{1,4}|\d{1,2})\)/;
const HALF_JOINED_BEFORE = /(?:^|[\s(])(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|and\/or)\s+|[–—-]\s*)$/;
function namesItems(text: string, start: number, end: number, half: boolean): boolean {
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 16), start);
  return half ? HALF_JOINED_AFTER.test(after) || HALF_JOINED_BEFORE.test(before) : JOINED_AFTER.test(after) || JOINED_BEFORE.test(before);
}
/** 第（1）和第（3）项, （1）（3）两项, ①和③, （2）、（4）: Chinese markers joined by 和/及/与/或/、/至 or nothing. */
const CN_JOINED_AFTER = /^[ \u3000]*(?:和|及|与|或|、|至|到|—|－|-|~|～)?[ \u3000]*第?(?:[（(]\d{1,2}[）)]|[①-⑳])/;
const CN_JOINED_BEFORE = /(?:[（(]\d{1,2}[）)]|[①-⑳])[ \u3000]*(?:和|及|与|或|、|至|到|—|－|-|~|～)?[ \u3000]*第?$/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/**
 * The lists of bracketed markers in each sentence of a paragraph that open at (a), (i) or (1) and run to three items at
 * least: "three causes: (i) the vendor's change, (ii) the late ledger, and (iv) a dependency". Each list is a run of its
 * own (a family per kind and a value 1 to open it); a marker at the paragraph's start is a list item of the outline.
 */
function bracketItems(items: EnumerationItem[], paragraph: Paragraph, half = false): void {
  const text = paragraph.text;
  const found: { kind: string; mark: string; offset: number; length: number; sentence: number }[] = [];
  let sentence = 0;
  let last = 0;
  const depthAt = half ? bracketDepth(text) : undefined;
  for (const m of matchesOf(text, half ? HALF_BRACKET_ITEM : BRACKET_ITEM)) {
    // (see note 2) survey: a closing bracket alone that closes one opened before it is no marker.
    if (depthAt && depthAt(m.index!) > 0) continue;
    if (/[.!?]\s+[A-Z]/.test(text.slice(last, m.index))) sentence++;
    last = m.index!;
    const mark = m[1];
    // "recommendations (a) and (c)", "(b)–(d)", "see (ii) and (iv) above": prose naming items of a list, not a list.
    if (namesItems(text, m.index!, m.index! + m[0].length, half)) continue;
    // one (1) representative, ten (10) members: a figure glossing its number word, as contracts write them.
    if (/^\d/.test(mark) && NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    found.push({ kind: /^\d/.test(mark) ? '1' : mark, mark, offset: m.index!, length: m[0].length, sentence });
  }
  const used = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    if (used.has(k)) continue;
    const first = found[k];
    const kind = first.mark === 'a' ? 'a' : first.mark === 'i' ? 'i' : first.mark === '1' ? '1' : undefined;
    if (!kind || CITED_BEFORE.test(text.slice(Math.max(0, first.offset - 30), first.offset))) continue;
    const group = [first];
    const at = [k];
    let prevLetter = 1;
    for (let j = k + 1; j < found.length && found[j].sentence === first.sentence; j++) {
      const mark = found[j].mark;
      let value: number | undefined;
      if (kind === '1') value = /^\d+$/.test(mark) ? Number(mark) : undefined;
      else if (kind === 'i') value = ROMAN[mark];
      else if (mark.length === 1) {
        value = mark.charCodeAt(0) - 96;
        // (i) or (v) after (b): a list of its own inside an item, unless it is the next letter.
        if (/[ivx]/.test(mark) && value !== prevLetter + 1) value = undefined;
      }
      if (value === undefined) continue;
      prevLetter = value;
      group.push({ ...found[j], kind: String(value) });
      at.push(j);
    }
    if (group.length < 3) continue;
    for (const [n, item] of group.entries()) {
      const value = n === 0 ? 1 : Number(item.kind);
      pushItem(items, paragraph, half ? `${kind})` : `(${kind})`, value, item.offset, item.length);
    }
    // The markers of this list are not read again as the start of another.
    for (const j of at) used.add(j);
  }
}
