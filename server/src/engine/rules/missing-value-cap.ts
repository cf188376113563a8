/**
 * missing-value (part): a cap or a level held with its figure gone — 全市用水总量控制在亿立方米以内, 能耗保持在万吨标准煤以下,
 * 不超过万元。: the lead (控制在, 保持在, 不超过, 突破) straight before a unit of measure, then 以内/以下/以上 or the clause end.
 * Not a unit in a heading or a label (单位：亿立方米/秒, 每万人), which has no lead before it.
 */
import words from '../data/missing-value.json';
import { alternation } from '../patterns';

const CAP_GAP = new RegExp(`(?:${alternation(words.capLeads)})(?:${alternation(words.capUnits)})(?=以内|以內|以下|以上|[，,。；;、）)]|$)`, 'g');

/** Each cap whose figure is gone: [start, end) from its lead to the end of its unit. */
export function eachCapGap(text: string, found: (start: number, end: number) => void): void {
  if (!text.includes('在') && !text.includes('超') && !text.includes('突破')) return;
  CAP_GAP.lastIndex = 0;
  for (let m = CAP_GAP.exec(text); m !== null; m = CAP_GAP.exec(text)) found(m.index, m.index + m[0].length);
}
