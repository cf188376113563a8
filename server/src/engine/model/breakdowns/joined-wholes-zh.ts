// 审批通过420件、不予批准36件，其中住宅类400件…: two counts of one unit, each named by its own words (a verb or a noun),
// joined by 、 right before ，其中. The 其中 may be of either (or of both): its parts are read against the one whose
// name they repeat (其中因材料不全不予批准20件: the 36), and against none where they name neither or both. Clauses
// joined by ， (发放问卷1200份，回收1150份，其中有效问卷1104份) go on from one to the next: their 其中 is the last's.

import type { Figure } from '../numbers';
import { canBeTotal, isChange } from './shared';

/** 、 alone between a count and the next one's name. */
const JOINED_ZH = /^、$/;

/** The last words of a count's name, enough to be told apart: 审批通过 (of 2025年审批通过), 不予批准, 初中. */
function nameOf(f: Figure): string {
  const m = /\p{sc=Han}{2,4}$/u.exec(f.subject);
  return m ? m[0] : '';
}

/**
 * The index of the whole of the 其中 after figures[k] when figures[k] ends a list of counts of one unit each named
 * by its own words: the one the parts' text names, `k` where there is no such list, -1 where none can be told.
 */
export function wholeOfJoinedZh(text: string, figures: readonly Figure[], k: number, parts: readonly Figure[]): number {
  const total = figures[k];
  const joined = [k];
  for (let h = k - 1; h >= 0 && k - h < 6; h--) {
    const f = figures[h];
    const next = figures[h + 1];
    if (f.dimension !== total.dimension || f.unit !== total.unit || !canBeTotal(f) || f.approximate || isChange(text, f)) break;
    if (!JOINED_ZH.test(text.slice(f.offset + f.length, next.subjectStart))) break;
    joined.unshift(h);
  }
  if (joined.length < 2) return k;
  const names = joined.map((j) => nameOf(figures[j]));
  // 小学80所、初中36所 · 审批通过420件、不予批准36件: each named, none the same.
  if (names.some((n) => n === '') || new Set(names).size !== names.length) return k;
  if (parts.length === 0) return -1;
  const last = parts[parts.length - 1];
  const said = text.slice(parts[0].subjectStart, last.offset + last.length);
  // 办结 in 按期办结: a name inside a longer one named is not named itself.
  const named = joined.filter((_, i) => {
    let rest = said;
    for (const other of names) if (other !== names[i] && other.includes(names[i])) rest = rest.split(other).join('');
    return rest.includes(names[i]);
  });
  return named.length === 1 ? named[0] : -1;
}
