// Splits in prose that are all of their whole by what the parts say, read after the breakdown readers
// (model/breakdowns.ts) for sum-mismatch:
//   - two halves where one is the negation or the named complement of the other (data/exhaustive-pairs.json
//     complements): "We received 1,146 submissions during the year, of which 312 were assessed as valid and 824 were
//     closed as invalid, duplicate or out of scope" (1,136); "Of these, 1,388 were direct suppliers … and 842 were
//     indirect suppliers" (the whole the count of the sentence before whose noun the parts repeat); one and two or
//     more of one noun ("682 came from single-person households and 498 from households of two or more people");
//     其中有效问卷1,104份、无效问卷56份; 首次/再次;
//   - the ways of one act after a colon right after the whole: "A total of 1,034 tenants responded: 612 by telephone
//     and 401 online" (each part named by its mode alone, the list closed by "and" and the sentence);
//   - a bracket right after a whole whose last part is the rest: 政策文件56件（规范性文件21件、其他文件37件）, "56 policy
//     documents (21 statutory guidance notes and 37 other documents)".
// Not: a third group named in the sentence or the next (other, the rest, 其他, did not say), the people who answered
// a survey (a question may be skipped), a list that may leave parts out (including, 等), a third count after the
// halves, halves of another noun than the whole's ("312 were valid; 824 were closed as duplicates": duplicates need
// not be all the invalid ones), moods or verdicts after a colon ("612 were satisfied and 401 …").

import data from '../data/exhaustive-pairs.json';
import { alternation } from '../patterns';
import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { canBeTotal, endsSentenceAt, isChange, partitionOf, type Breakdown } from './breakdowns/shared';

const isEnglish = (w: string) => /^[a-z0-9]/i.test(w);
const words = (list: readonly string[]) => new RegExp(`${alternation(list.filter((w) => !isEnglish(w)))}|\\b(?:${alternation(list.filter(isEnglish))})\\b`, 'i');
const THIRD_GROUP = words(data.thirdGroup);
const ANSWERED = words(data.answered);
const ROUNDING_NOTE = words(data.roundingNote);
/** including, such as before the first part, 等, 主要: the list may leave parts out. */
const PARTIAL_BEFORE = /\b(?:including|includes|included|such\s+as|among\s+them)\b|等|主要|包括/i;

interface Side {
  en: RegExp;
  zh: readonly string[];
}
/** Each pair's two sides: English words as whole words anywhere in a part's words, Chinese ones opening them. */
const sideOf = (side: readonly string[]): Side => ({
  en: side.some(isEnglish) ? new RegExp(`(?:^|[^a-z-])(?:${alternation(side.filter(isEnglish))})(?![a-z-])`, 'i') : /(?!)/,
  zh: side.filter((w) => !isEnglish(w)).sort((a, b) => b.length - a.length),
});
const COMPLEMENTS: [Side, Side][] = data.complements.map((pair) => [sideOf(pair[0]), sideOf(pair[1])]);
const MODE = new RegExp(`^(?:${alternation(data.modes)})$`, 'i');

/** 家, 户, 所, 人, 名: wholes of firms, households, places or people (zh complement halves are not read of them). */
const ENTITY_UNITS_ZH = /(?:家|户|戶|所|人|名|位|座|处|處|个|個)$/;

const countLike = (f: Figure) => (f.dimension === '' || f.dimension === 'count') && !f.perUnit && !f.approximate;
const sameKind = (f: Figure, total: Figure) => f.dimension === total.dimension || (f.dimension === '' && total.dimension === 'count');

/** The figures whose offset is in [from, to), found by halving (a paragraph may hold thousands). */
function between(figures: readonly Figure[], from: number, to: number): Figure[] {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].offset < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < figures.length && figures[i].offset < to; i++) out.push(figures[i]);
  return out;
}

/** Where the sentence holding `at` ends (its mark's index, or the text's end). */
function sentenceEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + 600);
  for (let i = at; i < stop; i++) if (endsSentenceAt(text, i)) return i;
  return stop;
}
/** Where the sentence holding `at` starts, back at most 600 characters. */
function sentenceBegin(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 600 && !endsSentenceAt(text, i - 1)) i--;
  return i;
}

/** English: the words of each of two parts — the first's up to "and" before the second, the second's to its clause's end. */
function enLabels(text: string, p: Figure, q: Figure): [string, string] | undefined {
  const gap = /^(.*?)(?:,\s*|\s+)(?:and|&)\s+$/.exec(text.slice(p.numberEnd, q.numberStart));
  if (!gap) return undefined;
  const end = sentenceEnd(text, q.numberEnd);
  const second = text.slice(q.numberEnd, end).split(/[;(]/)[0];
  return [gap[1].trim(), second.trim()];
}

/** Chinese: the words before each part back to its clause's start (、，：其中). */
function zhLabel(text: string, from: number, f: Figure): string {
  return text.slice(from, f.numberStart).replace(/^.*(?:[、，,：:；;（(]|其中)/u, '').trim();
}

/** The two sides of a complement pair the labels name, one each, or undefined. */
function complementOf(first: string, second: string, english: boolean): [string, string] | undefined {
  for (const [a, b] of COMPLEMENTS) {
    if (english) {
      const x = a.en.exec(first);
      const y = b.en.exec(second);
      if (x && y && !b.en.test(first) && !a.en.exec(second)) return [x[0].replace(/^[^a-z0-9]/i, ''), y[0].replace(/^[^a-z0-9]/i, '')];
    } else {
      const x = a.zh.find((w) => first.startsWith(w));
      const y = b.zh.find((w) => second.startsWith(w));
      // 有效问卷/无效问卷: the same noun after each side, or none after either.
      if (x && y && first.slice(x.length) === second.slice(y.length)) return [first, second];
    }
  }
  return undefined;
}

/** A further 10 are still being assessed · 尚未 · 待: a group not yet in either half. */
const NOT_YET = /\b(?:further|still|pending|outstanding|awaiting|yet\s+to|under\s+(?:review|assessment|investigation|consideration)|in\s+progress|withdrawn)\b|尚未|待定|待审|待審|正在/i;

/** No third group is named, no survey's answers split, no rounding note, no other count follows in the sentence. */
function nothingElse(text: string, start: number, q: Figure, figures: readonly Figure[], survey: boolean): boolean {
  const end = sentenceEnd(text, q.numberEnd);
  const next = sentenceEnd(text, Math.min(text.length, end + 1));
  const around = text.slice(start, next + 1);
  if (THIRD_GROUP.test(around) || NOT_YET.test(around) || ROUNDING_NOTE.test(text.slice(Math.max(0, start - 1000), next + 1000))) return false;
  if (survey && ANSWERED.test(text.slice(start, q.offset))) return false;
  return !between(figures, q.offset + 1, end).some((f) => f.dimension !== '%');
}

/** `b` (a whole and two parts) made all of its whole where the parts are the two halves of a complement pair. */
function complementHalves(b: Breakdown, figures: readonly Figure[]): Breakdown | undefined {
  const total = b.total;
  if (!total || b.parts.length !== 2 || b.partial || b.halves || b.losses || b.approximate || total.approximate || total.perUnit) return undefined;
  const [p, q] = b.parts;
  if (q.paragraph !== p.paragraph || !sameKind(p, total) || !sameKind(q, total) || p.approximate || q.approximate || total.dimension === '%') return undefined;
  const text = p.paragraph.text;
  if (text.slice(p.numberEnd, q.numberStart).length > 160) return undefined;
  const english = !/\p{sc=Han}/u.test(text.slice(p.offset, q.offset + q.length));
  let pair: [string, string] | undefined;
  if (english) {
    const labels = enLabels(text, p, q);
    if (labels) pair = complementOf(labels[0].replace(/^(?:were|are|was|is|had\s+been|have\s+been)\s+/i, ''), labels[1].replace(/^(?:were|are|was|is|had\s+been|have\s+been)\s+/i, ''), true);
  } else {
    if (!/^\s*(?:[、，,；;]|和|及|与|與)\s*[^\d，,。；;]*$/u.test(text.slice(p.offset + p.length, q.numberStart))) return undefined;
    const after = text.slice(q.offset + q.length, q.offset + q.length + 20);
    if (!/^\s*(?:[，,。；;！!？?）)]|$)/.test(after)) return undefined;
    // 检查企业130家，其中合格86家、不合格42家: firms, people or places inspected may also be found 基本合格 or told to
    // put things right; samples, questionnaires and cases (批次, 份, 件) are one or the other.
    if (ENTITY_UNITS_ZH.test(total.unit)) return undefined;
    pair = complementOf(zhLabel(text, b.cueAt, p), zhLabel(text, p.offset + p.length, q), false);
  }
  if (!pair) return undefined;
  const start = total.paragraph === p.paragraph ? Math.min(sentenceBegin(text, Math.min(total.offset, p.offset)), p.offset) : sentenceBegin(text, p.offset);
  if (PARTIAL_BEFORE.test(text.slice(total.paragraph === p.paragraph ? total.offset : start, p.offset))) return undefined;
  // Of the 3,150 staff who responded: a question may be skipped — not where the halves split the answers themselves (有效问卷/无效问卷).
  if (!nothingElse(text, start, q, figures, english || !ANSWERED.test(pair[0]))) return undefined;
  return { ...b, complete: true, partition: true, whole: true, groups: [b.parts], halves: pair };
}

/**
 * "A total of 1,034 tenants responded: 612 by telephone and 401 online": the ways of the act the whole counts, after a
 * colon right after the whole's clause, each part named by its mode alone, closed by "and" and the sentence.
 */
function modesAfterColon(b: Breakdown, figures: readonly Figure[]): Breakdown | undefined {
  const total = b.total;
  if (!total || b.parts.length < 2 || b.partial || b.complete || b.approximate || total.approximate || !countLike(total)) return undefined;
  const text = total.paragraph.text;
  if (b.parts.some((p) => p.paragraph !== total.paragraph || !countLike(p) || !sameKind(p, total))) return undefined;
  // tenants responded: · people applied: — the whole's noun and one verb, then the colon.
  if (!/^\s+[a-z][a-z-]*\s+[a-z][a-z-]*(?:\s+(?:in\s+total|in\s+all|altogether))?\s*:\s*$/i.test(text.slice(total.numberEnd, b.parts[0].numberStart))) return undefined;
  const end = sentenceEnd(text, b.parts[b.parts.length - 1].numberEnd);
  for (let i = 0; i < b.parts.length; i++) {
    const p = b.parts[i];
    const last = i === b.parts.length - 1;
    const to = last ? end : b.parts[i + 1].numberStart;
    const gap = text.slice(p.numberEnd, to);
    const m = last ? /^\s*(.*?)\s*$/.exec(gap) : i === b.parts.length - 2 ? /^\s*(.*?)(?:,\s*|\s+)and\s+$/.exec(gap) : /^\s*(.*?),\s*$/.exec(gap);
    if (!m || !MODE.test(m[1])) return undefined;
  }
  if (!nothingElse(text, sentenceBegin(text, total.offset), b.parts[b.parts.length - 1], figures, false)) return undefined;
  return { ...b, complete: true, partition: true, whole: true, groups: [b.parts] };
}

/** 其他, 其余, 其它: a last part named as the rest (其他文件37件). */
const REST_ZH = /^(?:其他|其它|其余|其餘|剩余|剩餘)/;
/** "37 other documents", "37 others", "the remaining 37", "37 more": the rest. */
const REST_AFTER_EN = /^\s+(?:other|others)\b/i;
const REST_BEFORE_EN = /\b(?:the\s+remaining|the\s+other|the\s+rest,?)\s+$/i;

/**
 * 政策文件56件（规范性文件21件、其他文件37件） · "56 policy documents (21 statutory guidance notes and 37 other
 * documents)": a bracket right after the whole holding its parts alone, the last one the rest — all of the whole.
 */
function bracketedRest(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!canBeTotal(total) || total.approximate || total.dimension === '%' || isChange(text, total)) continue;
    const open = /^\s*[（(]/.exec(text.slice(total.offset + total.length, total.offset + total.length + 80).replace(/^\s+(?:[a-z][a-z-]*\s+){0,3}?(?=\()/i, (s) => ' '.repeat(s.length)));
    if (!open) continue;
    const at = text.indexOf(open[0].trim(), total.offset + total.length);
    const close = text.slice(at + 1, at + 200).search(/[）)]/);
    if (close < 0) continue;
    const end = at + 1 + close;
    const inner = text.slice(at + 1, end);
    if (/[（(]|其中|\bof\s+which\b|\bincluding\b|等|%/.test(inner)) continue;
    const parts = between(figures, at + 1, end);
    if (parts.length < 2 || parts.some((f) => !canBeTotal(f) || f.approximate || !(f.dimension === total.dimension && (f.unit === total.unit || f.dimension === 'count' || f.dimension === '')))) continue;
    const last = parts[parts.length - 1];
    const zh = /\p{sc=Han}/u.test(inner);
    let rest = false;
    if (zh) {
      // 规范性文件21件、其他文件37件: parts joined by 、 (or ，), each its words then its figure.
      if (!parts.every((f, i) => i === 0 || /^\s*[、，,]\s*[^\d、，,]*$/u.test(text.slice(parts[i - 1].offset + parts[i - 1].length, f.numberStart)))) continue;
      if (text.slice(last.offset + last.length, end).trim() !== '') continue;
      rest = REST_ZH.test(zhLabel(text, parts[parts.length - 2].offset + parts[parts.length - 2].length, last));
    } else {
      if (!/^(?:\s+(?:and|&)\s+|.*?(?:,\s*|\s+)(?:and|&)\s+)$/i.test(text.slice(parts[parts.length - 2].numberEnd, last.numberStart))) continue;
      rest = REST_AFTER_EN.test(text.slice(last.numberEnd, end)) || REST_BEFORE_EN.test(text.slice(Math.max(at, last.offset - 24), last.numberStart));
    }
    if (!rest) continue;
    out.push(partitionOf(paragraph, total, parts, at + 1, { complete: true, bracketed: true }));
  }
  return out;
}

/** "Of these," · "Of these approaches," · "Of them," opening a sentence (a list marker before it allowed). */
const OF_THESE_EN = /(?:^|[.!?]\s+|^\s*[-*•]\s+)(Of\s+(?:these|them|those)(?:\s+([a-z][a-z-]*))?\s*,\s*)/g;

/**
 * "…from 2,140 suppliers in 23 countries. Of these, 1,388 were direct suppliers … and 842 were indirect suppliers":
 * the whole of two halves after "Of these," is the count of the sentence before whose noun the halves or the cue
 * repeat (suppliers, not countries), or its only count. `before`: that sentence's figures.
 */
function wholeBefore(candidates: readonly Figure[], noun: string | undefined, labels: string): Figure | undefined {
  const counts = candidates.filter((f) => countLike(f) && canBeTotal(f) && f.dimension === 'count' && !isChange(f.paragraph.text, f));
  const nounOf = (f: Figure) => f.unit.toLowerCase().replace(/[^a-z-]/g, '');
  const named = counts.filter((f) => (noun && f.unit.toLowerCase() === noun.toLowerCase()) || (nounOf(f).length > 2 && new RegExp(`\\b${nounOf(f)}\\b`, 'i').test(labels)));
  if (named.length === 1) return named[0];
  return counts.length === 1 && !noun ? counts[0] : counts.length === 1 && noun && counts[0].unit.toLowerCase() === noun.toLowerCase() ? counts[0] : undefined;
}

/** Two halves after "Of these," whose whole is in the sentence before (`before`: that sentence's figures, maybe of the paragraph above). */
function halvesOfThese(paragraph: Paragraph, figures: readonly Figure[], cueAt: number, noun: string | undefined, before: readonly Figure[], wholeAbove: boolean): Breakdown | undefined {
  const text = paragraph.text;
  const end = sentenceEnd(text, cueAt);
  const parts = between(figures, cueAt, end).filter((f) => f.dimension !== '%');
  if (parts.length !== 2 || parts[0].offset !== cueAt || !parts.every(countLike)) return undefined;
  const labels = enLabels(text, parts[0], parts[1]);
  if (!labels) return undefined;
  const total = wholeBefore(before, noun, labels.join(' '));
  if (!total || total.approximate) return undefined;
  const b: Breakdown = partitionOf(paragraph, total, parts, cueAt, { wholeAbove });
  return complementHalves({ ...b, partition: false, groups: [] }, figures);
}

/**
 * The breakdowns of a paragraph for sum-mismatch: the readers' (`found`), each made all of its whole where its parts
 * say so (complement halves, modes after a colon), and the splits they leave unread (a bracket closed by the rest;
 * halves after "Of these," whose whole the sentence before names by their noun).
 */
export function withProseSplits(paragraph: Paragraph, figures: readonly Figure[], found: readonly Breakdown[]): readonly Breakdown[] {
  const text = paragraph.text;
  let out: Breakdown[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const b = found[i];
    const better = b.complete && b.partition ? undefined : (complementHalves(b, figures) ?? modesAfterColon(b, figures));
    if (better) (out ??= [...found])[i] = better;
  }
  const list = out ?? [...found];
  const free = (b: Breakdown) => !list.some((o) => o.total === b.total || o.parts.some((p) => b.parts.includes(p)));
  if (text.includes('（') || text.includes('(')) for (const b of bracketedRest(paragraph, figures)) if (free(b)) list.push(b);
  if (text.includes('Of th')) {
    OF_THESE_EN.lastIndex = 0;
    for (let m = OF_THESE_EN.exec(text); m; m = OF_THESE_EN.exec(text)) {
      const cueAt = m.index + m[0].length;
      const start = m.index + m[0].length - m[1].length;
      const prevStart = sentenceBegin(text, Math.max(0, start - 2));
      const before = between(figures, prevStart, start);
      const b = before.length ? halvesOfThese(paragraph, figures, cueAt, m[2], before, false) : undefined;
      if (b && !list.some((o) => o.parts.some((p) => b.parts.includes(p)))) list.push(b);
    }
  }
  return out || list.length !== found.length ? list : found;
}

/** A paragraph opened by "Of these," (a list marker before it allowed): its whole may be the paragraph above's. */
const LEADING_OF_THESE = /^\s*(?:[-*•]\s+)?Of\s+(?:these|them|those)(?:\s+([a-z][a-z-]*))?\s*,\s*/;

/** For sum-mismatch's summary: a paragraph the across-paragraph reader reads whole. */
export function opensOfThese(text: string): boolean {
  return LEADING_OF_THESE.test(text);
}

/**
 * - The Council received 1,204 approaches for housing advice …. ⏎ - Of these approaches, 682 came from single-person
 * households and 498 from households of two or more people: a paragraph opened by "Of these," whose two halves are of
 * the count in the last sentence of the paragraph just above (the one whose noun the cue or the halves name).
 */
export function readProseSplitsAcross(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const m = LEADING_OF_THESE.exec(p.text);
    if (!m) continue;
    const prev = paragraphs[i - 1];
    if (p.firstLine - prev.lastLine > 2 || prev.atHeading || prev.tableHeader || p.section !== prev.section) continue;
    const text = prev.text.trimEnd();
    if (!/[.]$/.test(text)) continue;
    const start = Math.max(sentenceBegin(text, text.length - 1), text.lastIndexOf(';') + 1, text.lastIndexOf('；') + 1);
    const before = between(figuresIn(prev), start, text.length);
    const b = halvesOfThese(p, figuresIn(p), m[0].length, m[1], before, true);
    if (b) out.push(b);
  }
  return out;
}
