// Statuses of one progress whose whole is paragraphs above, found by the rate stated after them:
//   审计…共指出问题23个。⏎…⏎截至目前，已完成整改19个，正在整改6个，整改完成率为82.6%。
// The sentence opens with the statuses (no whole of its own); the rate named by the first status's verb (完成率 of
// 已完成) says the whole is about 19 ÷ 82.6% = 23, and a total stated with 共 (共指出问题23个) above, of that value and
// unit, is it. The statuses of one progress exclude each other: 19 + 6 = 25 cannot be some of 23.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { canBeTotal, partitionOf, type Breakdown } from './shared';

/** A status done (已完成整改, 已办结, 已整改到位) and one under way or not done (正在整改, 尚未完成, 推进中). */
export const DONE_ZH = /^(?:已经?|已)(\p{sc=Han}{1,6})$/u;
export const UNDER_WAY_ZH = /^(?:正在|尚未|未|仍在|持续)\p{sc=Han}{1,6}$|^\p{sc=Han}{1,6}(?:中|推进中)$/u;

/** ，整改完成率为82.6%: the rate after the last status, its name. */
const RATE_AFTER = /^\s*[，,]\s*(\p{sc=Han}{1,8}?)率\s*(?:为|為|达到|達到|达|達|是)?\s*$/u;

/** 共指出问题23个 · 共计反馈问题23个 · 合计23项: a total stated as such, before its figure. */
const STATED_TOTAL_ZH = /(?:共|共计|共計|合计|合計|总计|總計)[^，,。；;：:\d]{0,8}$/;

/** How many paragraphs up the whole may stand. */
const REACH = 12;

/** Whether a paragraph may hold the statuses and their rate (what sum-mismatch's summary must leave to `check`). */
export function mayHoldRatedStatuses(text: string): boolean {
  return text.includes('率') && /已/.test(text) && /正在|尚未|未|推进中/.test(text);
}

/** The stated totals of a paragraph that statuses below may be of (sum-mismatch's summary of it). */
export function statedTotals(figures: readonly Figure[]): string {
  let out = '';
  for (const f of figures) if (statedTotal(f)) out += `${f.value}${f.unit};`;
  return out;
}

function statedTotal(f: Figure): boolean {
  const text = f.paragraph.text;
  return canBeTotal(f) && !f.approximate && f.decimals === 0 && STATED_TOTAL_ZH.test(text.slice(Math.max(0, f.offset - 10), f.offset));
}

export function readRatedStatusBreakdowns(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!mayHoldRatedStatuses(p.text)) continue;
    const figures = figuresIn(p);
    for (let j = 0; j + 2 < figures.length; j++) {
      const b = ratedStatuses(p, figures, j, paragraphs, i, figuresIn);
      if (b) {
        out.push(b);
        j += b.parts.length;
      }
    }
  }
  return out;
}

/** The statuses from figures[j] and the rate after them, with their whole above; undefined if none. */
function ratedStatuses(p: Paragraph, figures: readonly Figure[], j: number, paragraphs: Paragraph[], i: number, figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown | undefined {
  const text = p.text;
  const first = figures[j];
  if (!canBeTotal(first) || first.approximate || first.decimals !== 0 || first.dimension === '%') return undefined;
  // The sentence opens with the first status: only words, no figure, before it (截至目前，).
  const before = text.slice(j > 0 ? figures[j - 1].offset + figures[j - 1].length : 0, first.offset);
  const opening = /(?:^|[。！？；])\s*((?:截至目前|截至\p{sc=Han}{0,8}|目前|至此|现|現)?[，,]?\s*)(\p{sc=Han}{2,8})$/u.exec(before);
  if (!opening) return undefined;
  const done = DONE_ZH.exec(opening[2]);
  if (!done) return undefined;
  const parts: Figure[] = [first];
  let k = j + 1;
  for (; k < figures.length; k++) {
    const f = figures[k];
    const gap = text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, f.offset);
    const label = /^\s*[，,、]\s*(\p{sc=Han}{2,8})$/u.exec(gap);
    if (!label || f.unit !== first.unit || f.dimension !== first.dimension || f.approximate || f.decimals !== 0) break;
    if (!UNDER_WAY_ZH.test(label[1]) && !DONE_ZH.test(label[1])) return undefined;
    parts.push(f);
  }
  const rate = figures[k];
  if (parts.length < 2 || !rate || rate.dimension !== '%' || rate.approximate || rate.value <= 0 || rate.value > 100) return undefined;
  const last = parts[parts.length - 1];
  const name = RATE_AFTER.exec(text.slice(last.offset + last.length, rate.offset));
  // 整改完成率 of 已完成整改: the rate names the first status's verb (two characters of it at least).
  if (!name || !sharesTwo(name[1], done[1])) return undefined;
  if (!parts.some((f, n) => n > 0 && UNDER_WAY_ZH.test(labelBefore(text, f)))) return undefined;
  const slack = 0.5 * 10 ** -rate.decimals;
  const low = (first.value * 100) / (rate.value + slack);
  const high = (first.value * 100) / (rate.value - slack);
  // The nearest stated total above of that unit and value: one value only.
  let whole: Figure | undefined;
  for (let up = i - 1; up >= 0 && up >= i - REACH && !whole; up--) {
    const above = figuresIn(paragraphs[up]);
    for (let m = above.length - 1; m >= 0; m--) {
      const f = above[m];
      if (f.unit === first.unit && f.dimension === first.dimension && f.value >= low && f.value <= high && statedTotal(f)) {
        whole = f;
        break;
      }
    }
  }
  if (!whole) return undefined;
  return partitionOf(p, whole, parts, first.offset, { wholeAbove: true, sumOnly: true });
}

function labelBefore(text: string, f: Figure): string {
  return /(\p{sc=Han}{2,8})$/u.exec(text.slice(Math.max(0, f.offset - 8), f.offset))?.[1] ?? '';
}

/** Two characters in a row of `a` found in `b` (完成 in 整改完成 and 完成整改). */
function sharesTwo(a: string, b: string): boolean {
  for (let n = 0; n + 1 < a.length; n++) if (b.includes(a.slice(n, n + 2))) return true;
  return false;
}
