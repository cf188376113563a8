// An English net change and who joined and left in the same sentence:
//   "Membership rose by 120 to 1,480 in the year: 310 members joined and 170 left." (310 − 170 = 140, not 120)
//   "Membership grew by 86 over the year, with 214 new members joining and 142 leaving."
// What came in less what went out is the net change, or the draft is wrong (the Chinese 净增…，其中新增…、注销… is read by
// the cue reader and breakdowns.ts's signedParts).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { SENTENCE_END, countable, partitionOf, type Breakdown } from './shared';

/** rose by · grew by · fell by · a net increase of: the words before the net change. */
const NET_BEFORE = /\b(?:(rose|grew|increased|went\s+up)|(fell|dropped|decreased|declined|went\s+down))\s+by\s+$|\bnet\s+(?:(increase|gain|growth|rise)|(decrease|fall|loss|reduction))\s+of\s+$/i;

/** 310 members joined · 214 new members joining · 25 were recruited: what came in (the words after the figure). */
const JOINED_AFTER = /^(?:\s+(?:new\s+)?[a-z-]+)?\s+(?:joined|joining|were\s+recruited|signed\s+up|signing\s+up)\b/i;

/** 170 left · 142 leaving · 60 lapsed · 12 resigned · 9 did not renew: what went out. */
const LEFT_AFTER = /^(?:\s+[a-z-]+)?\s+(?:left|leaving|lapsed|lapsing|resigned|resigning|departed|did\s+not\s+renew|cancelled|cancelling)\b/i;

/** to 1,480 · from 1,360: the level before or after the change, no part. */
const LEVEL_BEFORE = /\b(?:to|from|at|of)\s+$/i;

export function netChangeBreakdownsEn(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!/\bby\b|\bnet\b/i.test(text) || !/\b(?:join|left|leav|laps|resign|depart|renew|cancel|recruit|sign)/i.test(text)) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!countable(total) || total.approximate || total.perUnit) continue;
    const net = NET_BEFORE.exec(text.slice(Math.max(0, total.offset - 24), total.offset));
    if (!net) continue;
    const falls = net[2] !== undefined || net[4] !== undefined;
    const gains: Figure[] = [];
    const losses: Figure[] = [];
    const parts: Figure[] = [];
    let j = k + 1;
    for (; j < figures.length; j++) {
      const f = figures[j];
      if (SENTENCE_END.test(text.slice(figures[j - 1].offset + figures[j - 1].length, f.offset))) break;
      const after = text.slice(f.offset + f.length, f.offset + f.length + 40);
      if (!countable(f) || f.approximate) break;
      if (JOINED_AFTER.test(after)) gains.push(f);
      else if (LEFT_AFTER.test(after)) losses.push(f);
      else if (parts.length === 0 && LEVEL_BEFORE.test(text.slice(Math.max(0, f.offset - 6), f.offset))) continue;
      else break;
      parts.push(f);
    }
    // Any other figure of the sentence after the parts leaves the list in doubt.
    const next = figures[j];
    const last = parts[parts.length - 1];
    if (next && last && !SENTENCE_END.test(text.slice(last.offset + last.length, next.offset))) continue;
    if (gains.length === 0 || losses.length === 0) continue;
    // A fall is what went out less what came in.
    out.push(partitionOf(paragraph, total, parts, parts[0].offset, { complete: true, losses: new Set(falls ? gains : losses) }));
    k = j - 1;
  }
  return out;
}
