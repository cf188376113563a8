// Whether a percentage right after a part of a breakdown is read by sum-mismatch, which then names the defect's cause:
//   全市共有公交线路48条，其中51条（占106%）… — the part is more than its whole (51 > 48), the share follows from it;
//   全市共有公交线路48条，其中41条（占106%）… — the share stated is not the part's of its whole (85.4%);
//   "All 48 routes …, and 51 of them (106%) …" — the count is more than the set it is of.
// percent-range leaves such a percentage to sum-mismatch: one defect, one finding.

import type { Figure } from '../numbers';
import type { Breakdown } from './shared';

/** （ · （占 · （占比为 · ，占 · ，占比 · " of them (": a share of the part right after it (sum-mismatch's SHARE_* patterns). */
const SHARE_GAP = /^\s*(?:(?:\s+(?:out\s+)?of\s+(?:them|these|those)\s*)?[（(]\s*(?:占比|占|佔比|佔)?|[，,]\s*(?:占比|占|佔比|佔))(?:总数|總數|全部|总额|總額|总量|總量)?(?:的)?(?:比重|比例)?(?:为|為|达|達)?\s*$/;
/** The share said with 占 (in its bracket or after a comma): sum-mismatch checks it against the part and the whole. */
const WORDED = /[占佔]/;

/** The percentage at `offset` (of `value`) is a share of a part that sum-mismatch reports with its whole. */
export function shareReadBySum(breakdowns: readonly Breakdown[], text: string, offset: number, value: number): boolean {
  for (const b of breakdowns) {
    const total = b.total;
    if (!total || b.approximate || total.value <= 0 || b.amounts) continue;
    for (const p of b.parts) {
      if (p.offset + p.length > offset || offset - (p.offset + p.length) > 24) continue;
      const gap = text.slice(p.offset + p.length, offset);
      if (!SHARE_GAP.test(gap)) continue;
      if (p.value > total.value && (b.parts.length === 1 || b.subsets || b.groups.some((g) => g.includes(p)))) return true;
      if (WORDED.test(gap) && !b.sumOnly && Math.abs((p.value / total.value) * 100 - value) > 1 && sameUnit(p, total)) return true;
    }
  }
  return false;
}

function sameUnit(p: Figure, total: Figure): boolean {
  return p.dimension === total.dimension || p.dimension === '' || total.dimension === '';
}
