import type { Figure } from '../../model/numbers';

/**
 * The floor of a plan's target: 全年城镇新增就业5.2万人以上 in a year's plan states the target 5.2万人 (at least), which
 * the plan may state again elsewhere (实现城镇新增就业5.5万人的目标任务: two values for one target). The figure is
 * approximate only by its 以上 (or 及以上): no 约, 近, 超过 before it, no 余 or 多 in its unit, and 以上 ends its clause
 * or its sentence (not 60周岁以上老年人口, a band of a noun). fact-conflict reads it so in a plan only.
 */
const FLOOR_AFTER_ZH = /^(?:及)?以上(?=$|[，,。；;！？!?）)\s])/u;
const ABOUT_BEFORE_ZH = /(?:约|約|大约|大約|近|将近|將近|接近|逾|超过|超過|超|不到|不足|最多|至少|大概|差不多|几乎|幾乎)$/u;
const APPROX_IN_UNIT_ZH = /[余餘多]/u;

export function floorTargetZh(f: Figure): boolean {
  if (!f.approximate || f.words) return false;
  const text = f.paragraph.text;
  const end = f.offset + f.length;
  if (!/[\u4e00-\u9fff]/u.test(text.slice(Math.max(0, f.offset - 4), f.offset))) return false;
  // The figure may end before its 以上 or take it in (the model's reading of an approximate unit): read both.
  const written = text.slice(f.numberEnd, end);
  const rest = written.endsWith('以上') ? written.slice(-2) + text.slice(end) : text.slice(end);
  if (!FLOOR_AFTER_ZH.test(rest)) return false;
  if (APPROX_IN_UNIT_ZH.test(written.replace(/以上$/, ''))) return false;
  return !ABOUT_BEFORE_ZH.test(text.slice(Math.max(0, f.numberStart - 4), f.numberStart));
}
