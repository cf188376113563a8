// Two measures split at once after one cue, each part named by its measure:
//   全年医保基金总收入86.52亿元，总支出80.17亿元，当期结余6.35亿元。其中职工医保基金收入53.28亿元、支出48.91亿元，
//   居民医保基金收入33.24亿元、支出31.26亿元。
//   "income of £8.6m and spending of £8.0m, of which the adult service received £5.3m and spent £4.9m, and the
//   children's service received £3.3m and spent £3.1m."
// The incomes add up to the total income (53.28 + 33.24 = 86.52), the spending to the total spending — never all four to
// one of them. A reading of the cue whose parts each name the measure of one of the wholes stated before the cue (the
// Chinese word before the part ends as the whole's does: 收入 of 总收入, 支出 of 总支出; the English verb or noun names the
// same measure: received of income, spent of spending), two wholes or more among them, is split into one reading per
// whole (a whole left with one part is no reading); a part that names no whole's measure, or two, leaves the reading
// as it is.

import type { Figure } from '../numbers';
import { sentenceStart, type Breakdown } from './shared';

/** The Han characters right before a figure, without a linking 为/达/了 (总收入为 → 总收入). */
function hanBefore(text: string, f: Figure): string {
  const m = /(\p{sc=Han}{1,12})$/u.exec(text.slice(Math.max(0, f.offset - 12), f.offset));
  // 缴存额 and 缴存, 提取量 and 提取, 利润总额 and 利润: one measure.
  return m ? m[1].replace(/(?:为|為|达|達|了|是|约|約)+$/u, '').replace(/(?:总额|總額|总量|總量|额|額|量)$/u, '') : '';
}

/** The English measures a word before an amount names: income of, received; spending of, spent. */
const MEASURES_EN: readonly [string, RegExp][] = [
  ['in', /\b(?:income|incomes|receipts|revenue|revenues|received|receives|receiving|raised|raising|earned|earning|took\s+in)(?:\s+(?:of|was|were|totall?ing|totall?ed))?\s+$/i],
  ['out', /\b(?:spending|spend|spent|spends|expenditure|expenditures|costs|payments|paid(?:\s+out)?|pays(?:\s+out)?|outgoings)(?:\s+(?:of|was|were|totall?ing|totall?ed))?\s+$/i],
];

function measureEn(text: string, f: Figure): string | undefined {
  const before = text.slice(Math.max(0, f.offset - 40), f.offset);
  const named = MEASURES_EN.filter(([, re]) => re.test(before));
  return named.length === 1 ? named[0][0] : undefined;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The readings of `b` one per measure, or undefined where its parts do not name two measures of wholes before the cue. */
export function perMeasure(text: string, figures: readonly Figure[], b: Breakdown): Breakdown[] | undefined {
  const total = b.total;
  if (!total || b.parts.length < 2 || b.wholeAbove) return undefined;
  const from = sentenceStart(text, total.offset, 200);
  const wholes = figures.filter((f) => f.offset >= from && f.offset < b.cueAt && f.dimension === total.dimension && !f.perUnit && !b.parts.includes(f));
  if (wholes.length < 2 || !wholes.includes(total)) return undefined;
  const han = /\p{sc=Han}/u.test(text.slice(total.offset - 1, total.offset + total.length + 1)) || /\p{sc=Han}/u.test(hanBefore(text, total));
  const owner = (p: Figure): Figure | undefined => {
    if (han) {
      const name = hanBefore(text, p);
      let best = 1;
      let found: Figure | undefined;
      let tie = false;
      for (const w of wholes) {
        const n = commonSuffix(name, hanBefore(text, w));
        if (n > best) [best, found, tie] = [n, w, false];
        else if (n === best && found) tie = true;
      }
      return tie ? undefined : found;
    }
    const m = measureEn(text, p);
    const of = m === undefined ? [] : wholes.filter((w) => measureEn(text, w) === m);
    return of.length === 1 ? of[0] : undefined;
  };
  const byWhole = new Map<Figure, Figure[]>();
  for (const p of b.parts) {
    const w = owner(p);
    if (!w) return undefined;
    const list = byWhole.get(w);
    if (list) list.push(p);
    else byWhole.set(w, [p]);
  }
  if (byWhole.size < 2) return undefined;
  const out: Breakdown[] = [];
  for (const [w, parts] of byWhole) {
    if (parts.length < 2) continue;
    const groups = b.groups.map((g) => g.filter((p) => parts.includes(p))).filter((g) => g.length >= 2);
    out.push({ ...b, total: w, parts, groups, losses: undefined, amounts: undefined });
  }
  return out;
}
