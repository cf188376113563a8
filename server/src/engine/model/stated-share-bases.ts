// A count's share of a whole the sentence states as a figure, in the forms the other share readers do not take:
//   In total 3,214 students voted, a turnout of 14.6% of our 19,800 members · 3,214 students voted, or 14.6% of our
//   19,800 members (16.2%: the part, its words, then "or" or a rate of what it counted, the share, "of" the whole)
//   共有3214名学生参加投票，占全体19800名学生的14.6% (the part's words before 占, the whole's noun before 的)
//   全校19800名学生中，3214人参加投票，占14.6% (the whole, 中, the part and its words, then 占 alone)
// sum-mismatch reports the share that its two figures do not give. (With nothing between the part and 占 and 的 right
// after the whole — 占全县总人口58.6万人的3.8% — it is sum-mismatch's checkStatedBases; "6 of the 14 cases, or 64%"
// its checkCountShares; an amount's "or 79.4% of total expenditure of £2,612,000" percent-arithmetic's.)

import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';

export interface StatedShare {
  part: Figure;
  total: Figure;
  share: Figure;
}

/** A whole number counting people or things one by one: 3,214 students, 3214名, 19800人. */
function counted(f: Figure): boolean {
  return f.dimension !== '%' && f.dimension !== '百分点' && f.dimension !== 'points' && f.dimension !== '' && !f.perUnit && !f.approximate && !f.words && f.decimals === 0 && f.scale === 1 && f.value > 0;
}

/** An English count: 3,214 students, or a bare whole number that is no year (3,214 voted). */
function countedEn(text: string, f: Figure): boolean {
  if (f.dimension === 'count') return counted(f);
  return f.dimension === '' && !f.unit && !f.perUnit && !f.approximate && !f.words && f.decimals === 0 && f.scale === 1 && f.value > 0 && !/^(?:19|20)\d\d$/.test(text.slice(f.numberStart, f.numberEnd));
}

// " voted, or " · " voted, a turnout of " · " responded, a response rate of " · ", representing ": the part's words (no
// figure, no sentence end), then the share as "or" or the rate of what it counted.
const PART_THEN_SHARE_EN = /^(?:\s+[A-Za-z][A-Za-z'’ -]{0,60}?)?,\s*(?:or|representing|(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:turnout|rate|proportion|share|take-up|uptake)\s+of)\s+$/i;
// " of our ", " of the ", " of all ", " of ": the whole straight after.
const OF_WHOLE_EN = /^\s+of\s+(?:(?:the|our|its|their|all|all\s+the|all\s+our)\s+)?(?:total\s+)?$/i;
/** Words of another base between: a target, last year, the national figure. */
const OTHER_BASE_EN = /\b(?:target|national|nationally|average|last|previous|prior|expected|planned|budget|england|up|down|compared|against)\b/i;

// 参加投票，占全体 · 学生参加投票，占: the part's words, a comma, 占 and the whole's words.
const PART_THEN_OF_ZH = /^([^，,。；;：:\d%％（(）)]{0,12})[，,]\s*(?:占|佔)(?:了)?([^，,。；;：:\d%％（(）)]{0,12})$/;
// 名学生的 · 的 · 人的比例为: the whole's noun, 的, then the share.
const WHOLE_THEN_SHARE_ZH = /^([^\d，,。；;%％]{0,8}?)的\s*(?:比重|比例)?\s*(?:为|為|是|达到|達到|达|達)?\s*$/;
// 名学生中， · 人中，: the whole, 中, the part.
const AMONG_ZH = /^[^\d，,。；;%％]{0,8}?(?:中|当中|當中)\s*[，,]?\s*$/;
// 参加投票，占 (the share alone after 占, its clause ending after it).
const PART_THEN_BARE_ZH = /^[^，,。；;：:\d%％（(）)]{0,12}[，,]\s*(?:占|佔)(?:了)?(?:比)?\s*(?:为|為)?\s*$/;
/** Words that make the whole of another time or another place: 上年, 全国. */
const OTHER_WHOLE_ZH = /上年|去年|同期|全国|全國|全省|计划|計劃|目标|目標|预算|預算/;

export function readStatedShares(paragraph: Paragraph, figures: readonly Figure[]): StatedShare[] {
  const text = paragraph.text;
  const out: StatedShare[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const [x, y, z] = [figures[k], figures[k + 1], figures[k + 2]];
    // part, share, whole (English): 3,214 students voted, a turnout of 14.6% of our 19,800 members.
    if (y.dimension === '%' && !y.approximate && !y.words && y.value <= 100 && countedEn(text, x) && countedEn(text, z) && (x.dimension === 'count' || z.dimension === 'count') && x.value <= z.value) {
      const between = text.slice(x.offset + x.length, y.offset);
      if (PART_THEN_SHARE_EN.test(between) && !OTHER_BASE_EN.test(between) && OF_WHOLE_EN.test(text.slice(y.offset + y.length, z.offset)) && !/^\s*(?:in|at|for)\s+(?:last|the\s+previous|(?:19|20)\d\d)/i.test(text.slice(z.offset + z.length, z.offset + z.length + 24))) {
        out.push({ part: x, total: z, share: y });
        continue;
      }
    }
    if (z.dimension !== '%' || z.approximate || z.words || z.value > 100 || !counted(x) || !counted(y) || x.dimension !== y.dimension || x.dimension === 'count') continue;
    const gap = text.slice(x.offset + x.length, y.offset);
    const tail = text.slice(y.offset + y.length, z.offset);
    // part, whole, share (Chinese): 共有3214名学生参加投票，占全体19800名学生的14.6%.
    const of = PART_THEN_OF_ZH.exec(gap);
    const whole = of ? WHOLE_THEN_SHARE_ZH.exec(tail) : null;
    if (of && whole && x.value <= y.value && !OTHER_WHOLE_ZH.test(of[2] + whole[1])) {
      // 占全县总人口58.6万人的3.8%: nothing between the part and 占, 的 right after the whole — checkStatedBases'.
      if (of[1].trim() === '' && whole[1].trim() === '') continue;
      out.push({ part: x, total: y, share: z });
      continue;
    }
    // whole, part, share (Chinese): 全校19800名学生中，3214人参加投票，占14.6%.
    if (AMONG_ZH.test(gap) && PART_THEN_BARE_ZH.test(tail) && y.value <= x.value && /^\s*(?:[，,。；;！？]|$)/.test(text.slice(z.offset + z.length, z.offset + z.length + 2))) {
      if (OTHER_WHOLE_ZH.test(text.slice(Math.max(0, x.offset - 12), x.offset))) continue;
      out.push({ part: y, total: x, share: z });
    }
  }
  return out;
}
