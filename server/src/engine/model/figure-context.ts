// What a figure measures and when, read from the words around it: the subject (新增学位 in 新增学位3600个,
// 学位 in 新增3600个学位, volunteers in 1,520 volunteers), the time, plan and scope qualifiers of its sentence
// (2024年, 上半年, 累计, 目标, 全市, in 2024, year-on-year), and whether it is approximate or per head.
// Every window is bounded, so describing all the figures of a paragraph stays linear in its length.

import words from '../data/figure-words.json';
import { alternation } from '../patterns';
import { isCjk, isHanAt } from './chars';
import type { Figure } from './numbers';

const SUBJECT_WINDOW = 24;
const SUBJECT_WINDOW_EN = 60;
const SENTENCE_WINDOW = 80;
const AFTER_WINDOW = 30;

// Quotes and title marks are inside a clause (包含“LLaMA”关键词的项目): they do not end the subject.
const CLAUSE_BREAK = new Set([...'，,。；;：:！？!?、（）()【】|\t［］[]']);
const SENTENCE_BREAK = new Set([...'。；;！？!?|']);
const NOUN_STOPS = new Set([...words.nounStops]);
const CLASSIFIERS = new Set(words.classifiers);

const APPROX_BEFORE = longestFirst(words.approximateBefore);
const APPROX_AFTER = new RegExp(`^(?:${alternation(words.approximateAfter)})`);
const APPROX_BEFORE_EN = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(words.approximateBeforeEn)})\\s*$`, 'i');
const APPROX_AFTER_EN = new RegExp(`^\\s*(?:${alternation(words.approximateAfterEn)})(?![A-Za-z])`, 'i');
const PER_UNIT = new RegExp(alternation(words.perUnit));
const PER_UNIT_EN = new RegExp(`\\b(?:${alternation(words.perUnitEn)})\\b`, 'i');
const LEADING = new RegExp(`^(?:${alternation(words.leadingFillers)})`);
const TRAILING = longestFirst(words.trailingFillers);
const FILLERS_EN = new Set(words.fillersEn);
const QUALIFIERS = new RegExp(`(?:19|20)\\d\\d(?=\\s?年)|${alternation(words.qualifiers)}`, 'g');
const QUALIFIERS_EN = new RegExp(`\\b(?:(?:19|20)\\d\\d|${alternation(words.qualifiersEn)})\\b`, 'gi');

/** The qualifier words of one paragraph, found in one pass each for Chinese and English, looked up by window. */
export class QualifierIndex {
  private zhMatches?: Match[];
  private enMatches?: Match[];
  // Figures come in text order, so sentence starts and clause ends are found by cursors that only move forward.
  private scanned = 0;
  private lastBreak = -1;
  private lastBreakEn = -1;
  private clauseEnd = -1;
  constructor(private readonly text: string) {}

  // Found on first use: a paragraph without figures never looks for qualifiers.
  private get zh(): Match[] {
    return (this.zhMatches ??= allMatches(QUALIFIERS, this.text));
  }

  private get en(): Match[] {
    return (this.enMatches ??= allMatches(QUALIFIERS_EN, this.text));
  }

  /** Qualifiers in the sentence before [from, to) and in the rest of its clause, sorted, each once. */
  around(from: number, to: number, english: boolean): string[] {
    const text = this.text;
    if (from < this.scanned) Object.assign(this, { scanned: 0, lastBreak: -1, lastBreakEn: -1 });
    for (; this.scanned < from; this.scanned++) {
      const c = text[this.scanned];
      if (SENTENCE_BREAK.has(c)) this.lastBreak = this.lastBreakEn = this.scanned;
      else if (c === '.' && text[this.scanned + 1] === ' ') this.lastBreakEn = this.scanned + 1;
    }
    const start = Math.max(from - SENTENCE_WINDOW, (english ? this.lastBreakEn : this.lastBreak) + 1, 0);
    if (this.clauseEnd < to) {
      let e = to;
      while (e < text.length && e - to < AFTER_WINDOW && !CLAUSE_BREAK.has(text[e])) e++;
      this.clauseEnd = e;
    }
    const end = Math.min(this.clauseEnd, to + AFTER_WINDOW);
    const found = new Set<string>();
    const matches = english ? this.en : this.zh;
    for (const [a, b] of [[start, from], [to, end]]) {
      for (let i = lowerBound(matches, a); i < matches.length && matches[i].start < b; i++) if (matches[i].end <= b) found.add(matches[i].word);
    }
    return [...found].sort();
  }
}

interface Match {
  start: number;
  end: number;
  word: string;
}

function allMatches(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
  return out;
}

function lowerBound(matches: Match[], at: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function longestFirst(list: string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

/** Fills in a figure's subject, qualifiers, and the approximate and per-head flags its context shows. */
export function describeFigure(f: Figure, previous: Figure | undefined, qualifiers: QualifierIndex): void {
  const text = f.paragraph.text;
  const end = f.offset + f.length;
  const english = isEnglishAround(text, f.offset, end);
  const floor = previous ? previous.offset + previous.length : 0;
  const start = clauseStart(text, f.offset, Math.max(floor, f.offset - (english ? SUBJECT_WINDOW_EN : SUBJECT_WINDOW)), english);
  const before = text.slice(start, f.offset);
  f.subjectStart = start;
  const afterText = text.slice(end, end + AFTER_WINDOW);

  if (english) {
    if (APPROX_BEFORE_EN.test(before) || APPROX_AFTER_EN.test(afterText)) f.approximate = true;
    if (PER_UNIT_EN.test(before) || /^\s*(?:per|each|a head)\b/i.test(afterText)) f.perUnit = true;
    const kept = (before.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !FILLERS_EN.has(w));
    if (f.dimension === 'count') kept.push(f.unit);
    f.subject = kept.join(' ');
  } else {
    const tail = before.trimEnd();
    if (APPROX_BEFORE.some((w) => tail.endsWith(w)) || APPROX_AFTER.test(afterText)) f.approximate = true;
    if (PER_UNIT.test(before) || /^[/／每]/.test(afterText)) f.perUnit = true;
    f.subject = stripFillers(before.replace(/\s+/g, '')) + countedNoun(f, text, end);
  }
  f.qualifiers = qualifiers.around(f.offset, end, english);
}

/** Han characters within a few places on either side decide the language of the figure's words. */
function isEnglishAround(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from - 6); i < Math.min(text.length, to + 6); i++) if (isHanAt(text, i) || isCjk(text[i])) return false;
  return true;
}

/** Where the clause holding the figure starts, no earlier than `floor`. English also breaks at " and ". */
function clauseStart(text: string, at: number, floor: number, english: boolean): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i];
    if (CLAUSE_BREAK.has(c) && !(c === '.' && /\d/.test(text[i + 1] ?? ''))) return i + 1;
    if (english && c === '.' && text[i + 1] === ' ') return i + 1;
    if (english && c === ' ' && (text.startsWith(' and ', i - 4) || text.startsWith(' or ', i - 3))) return i + 1;
  }
  return floor;
}

/** 其中小学80所 → 小学; 共有学校128所 → 学校; 全年共接待游客 → 全年共接待游客 (only the ends are trimmed). */
function stripFillers(words: string): string {
  let s = words;
  for (let k = 0; k < 4; k++) {
    let next = s.replace(LEADING, '');
    const trailing = TRAILING.find((w) => next.endsWith(w));
    if (trailing) next = next.slice(0, -trailing.length);
    if (next === s) break;
    s = next;
  }
  return s;
}

/** 3600个学位 → 学位, 1200名教师参加培训 → 教师: the noun a classifier counts. */
function countedNoun(f: Figure, text: string, end: number): string {
  if (!CLASSIFIERS.has(f.unit) && !CLASSIFIERS.has(f.unit.slice(-1))) return '';
  let j = end;
  while (j < text.length && j - end < 8 && isHanAt(text, j) && !NOUN_STOPS.has(text[j])) j++;
  return text.slice(end, j);
}
