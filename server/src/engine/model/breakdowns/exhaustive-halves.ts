// A whole split into the two halves of a partition that is exhaustive by meaning (data/exhaustive-pairs.json):
//   "At 1 April 2026 we had 11,240 registered patients: 5,480 female and 5,690 male." (11,170)
//   全区常住人口11.24万人，其中城镇人口7.48万人、农村人口3.69万人 · 学员320人：线上186人、线下128人
// Every member of the whole is in one half or the other, so the halves are all of it: they must add up to it, not only
// stay below it. Only where each half is named by its word alone (female, 男性) or with the whole's own noun (female
// patients, 城镇人口) and nothing else (not "5,480 female patients were invited…": a measure of another base), no third
// group is named in the whole's sentence or the next (other, not stated, preferred not to say, 其他, 未填写性别的), and
// the whole is no count of the people who answered a survey (who may skip a question), and the paragraph gives no
// rounding note. 户籍/流动 is no such pair (常住 counts residents; 户籍 takes in people who live
// elsewhere), nor is 城区/郊区.

import data from '../../data/exhaustive-pairs.json';
import { alternation } from '../../patterns';
import type { Figure } from '../numbers';
import { sentenceStart, type Breakdown } from './shared';

const isEnglish = (w: string) => /^[a-z]/i.test(w);

/** Each half's words, the longest first, as [words, pair index, side]. */
const SIDES: { word: string; pair: number; side: number }[] = data.pairs
  .flatMap((pair, k) => pair.flatMap((half, side) => half.map((word) => ({ word: word.toLowerCase(), pair: k, side }))))
  .sort((a, b) => b.word.length - a.word.length);

const zhThird = data.thirdGroup.filter((w) => !isEnglish(w));
const enThird = data.thirdGroup.filter(isEnglish);
const THIRD_GROUP = new RegExp(`${alternation(zhThird)}|\\b(?:${alternation(enThird)})\\b`, 'i');
/** Of the 3,150 staff who responded · 受访者: the people who answered a survey may leave a question unanswered. */
const ANSWERED = new RegExp(`${alternation(data.answered.filter((w) => !isEnglish(w)))}|\\b(?:${alternation(data.answered.filter(isEnglish))})\\b`, 'i');
const ROUNDING_NOTE = new RegExp(data.roundingNote.map((w) => (isEnglish(w) ? `\\b${w}\\b` : w)).join('|'), 'i');

/** Where a sentence ends: 。！？ or . ! ? before a space or the end. */
const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/;

/** The cue between the whole and its first half: a colon, 其中, of whom, comprising, 按性别分… — no other figure, no sentence end. */
const CUE_MAX = 40;

/** 为, 有, 是 after a Chinese label (其中女性为5480人); were, are before an English one (5,480 were female). */
const ZH_VERB_END = /(?:为|為|有|是|达|達|共|计|計)$/;
const EN_VERB_START = /^(?:were|are|was|is|being)\s+/i;

/** The half a label names, and the words left over, or undefined. */
function sideOf(label: string, english: boolean): { pair: number; side: number; word: string; rest: string } | undefined {
  const lower = label.toLowerCase();
  for (const s of SIDES) {
    if (isEnglish(s.word) !== english) continue;
    if (english ? lower === s.word || lower.startsWith(`${s.word} `) : lower.startsWith(s.word)) {
      // 非户籍 is not 户籍 (longest first finds 非户籍 before a shorter word could match inside it).
      return { pair: s.pair, side: s.side, word: label.slice(0, s.word.length), rest: label.slice(s.word.length).trim() };
    }
  }
  return undefined;
}

/** Chinese: the words right before the figure, back to the clause's start (、，：其中 and the like). */
function zhLabel(text: string, from: number, p: Figure): string {
  const before = text.slice(from, p.numberStart);
  const label = before.replace(/^.*(?:[、，,：:；;（(]|其中|和|及|与|與)/u, '').trim();
  return label.replace(ZH_VERB_END, '');
}

/** English: the words right after the figure, up to "and", a comma or the sentence's end. */
function enLabel(text: string, p: Figure, to: number): string {
  return text.slice(p.numberEnd, to).trim().replace(EN_VERB_START, '').trim();
}

/**
 * `b` marked as all of its whole, with the words of its two halves, where its two parts are the halves of an
 * exhaustive pair written bare after the whole; else undefined.
 */
export function exhaustiveHalves(b: Breakdown): Breakdown | undefined {
  const total = b.total;
  if (!total || b.parts.length !== 2 || b.partial || b.subsets || b.losses || b.wholeAbove || b.bracketed || !b.whole) return undefined;
  const [p, q] = b.parts;
  const text = b.paragraph.text;
  if (p.paragraph !== b.paragraph || q.paragraph !== b.paragraph || total.paragraph !== b.paragraph) return undefined;
  if (p.approximate || q.approximate || p.perUnit || q.perUnit || total.perUnit) return undefined;
  // 11,240 registered patients: 5,480 female and 5,690 male — the halves may leave the whole's noun unsaid.
  const sameKind = (f: Figure) => f.dimension === total.dimension || (f.dimension === '' && total.dimension === 'count');
  if (!sameKind(p) || !sameKind(q) || total.dimension === '%') return undefined;
  if (p.offset < total.offset + total.length || p.offset - (total.offset + total.length) > CUE_MAX) return undefined;
  if (SENTENCE_END.test(text.slice(total.offset + total.length, q.offset))) return undefined;
  const english = !/\p{sc=Han}/u.test(text.slice(total.offset, q.offset + q.length));
  const start = sentenceStart(text, total.offset, 300);
  const wholeWords = text.slice(start, total.offset + total.length).toLowerCase();
  let first: ReturnType<typeof sideOf>;
  let second: ReturnType<typeof sideOf>;
  let end: number;
  if (english) {
    // 5,480 female and 5,690 male. — each half's words after its figure, then "and", then the end of the clause.
    const gap = text.slice(p.numberEnd, q.offset);
    const and = /^(.*?)(?:,\s*|\s+)(?:and|&)\s+$|^(.*?),\s*$/.exec(gap);
    if (!and) return undefined;
    first = sideOf(enLabel(text, p, p.numberEnd + (and[1] ?? and[2]).length), true);
    const close = /[,;:.!?)]|\s+(?:and|but|while|with)\s/.exec(text.slice(q.numberEnd));
    end = close ? q.numberEnd + close.index : text.length;
    second = sideOf(enLabel(text, q, end), true);
  } else {
    // 其中女性5480人、男性5690人 — each half's words before its figure, the clause ending after the second.
    if (!/^\s*(?:[、，,；;]|和|及|与|與)\s*[^\d，,。；;]*$/u.test(text.slice(p.offset + p.length, q.numberStart))) return undefined;
    first = sideOf(zhLabel(text, total.offset + total.length, p), false);
    second = sideOf(zhLabel(text, p.offset + p.length, q), false);
    end = q.offset + q.length;
    // The clause ends after the second half, or a share of it stands in brackets first (（占50.9%）).
    const after = text.slice(end).replace(/^\s*[（(]\s*(?:占比|占|佔)?[^（()）]{0,12}[)）]/, '');
    if (!/^\s*(?:[，,。；;！!？?]|$)/.test(after)) return undefined;
  }
  if (!first || !second || first.pair !== second.pair || first.side === second.side) return undefined;
  // The rest of each label is nothing, or the whole's own noun (female patients of 11,240 patients; 城镇人口 of 常住人口).
  for (const s of [first, second]) if (s.rest !== '' && !wholeWords.includes(s.rest.toLowerCase())) return undefined;
  // A third group named in the whole's sentence or the next (70 preferred not to say, 其他, 未填写性别的): not all of it.
  const nextEnd = (() => {
    let e = end;
    for (let n = 0; n < 2 && e < text.length; n++) {
      const m = SENTENCE_END.exec(text.slice(e + (n === 0 ? 0 : 1)));
      e = m ? e + (n === 0 ? 0 : 1) + m.index : text.length;
    }
    return e;
  })();
  if (THIRD_GROUP.test(text.slice(start, nextEnd + 1)) || ANSWERED.test(text.slice(start, p.offset)) || ROUNDING_NOTE.test(text)) return undefined;
  return { ...b, complete: true, partition: true, groups: [b.parts], halves: english ? [first.word, second.word] : [first.word + first.rest, second.word + second.rest] };
}
