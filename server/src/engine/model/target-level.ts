// A figure the sentence names as a target, a plan or a budget set beside the level it reports: "planted 6,840 trees,
// against a target of 6,000 and compared with 5,210 in 2024/25" · 出勤率为94.1%，目标为95%，比上年的93.0%提高1.1个百分点
// · 完成投资18.4亿元，超过年度计划17亿元，比上年16亿元增长15%. Such a figure is never the new level of a change stated
// after it: the change is from the earlier level to the level reported before the target.

import type { Figure } from './numbers';

/** "against a target of", "compared with the plan of", "and a budget of", "(target:", "against a planned". */
const TARGET_BEFORE_EN = /(?:\b(?:against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|and|with|beside)\s+(?:a|an|the|its|our|their)?\s*(?:(?:annual|full-year|year-end|revised|original|approved|agreed|stretch|internal|national|local|corporate|set|planned|profiled)\s+){0,2}(?:target|plan|budget|goal|forecast|trajectory|ambition|aim|projection|estimate|profile|allocation|quota)s?\s+(?:of\s+|was\s+|is\s+)?|\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:a|an|the)?\s*(?:planned|budgeted|targeted|forecast|projected|expected|profiled)\s+|\(\s*(?:target|plan|budget|goal|forecast)s?\s*[:：]?\s*)$/i;
/** ，目标为95% · ，低于目标95% · ，超过年度计划17亿元 · ，年度计划为17亿元 · ，预算数为: the clause names the figure a target. */
const TARGET_BEFORE_ZH = /(?:^|[，,；;（(])\s*(?:[^，,。；;\d%％]{0,6}?)(?:目标|目標|计划|計劃|预算|預算|预期|預期|任务|任務)(?:任务|任務|数|數|值|量|人数|人數)?(?:为|為|是|定为|定為|设定为|設定為)?\s*$/;

/** The words just before `f` name it a target, a plan or a budget. */
export function namedAsTarget(text: string, f: Figure): boolean {
  const before = text.slice(Math.max(0, f.offset - 60), f.offset);
  return TARGET_BEFORE_EN.test(before) || TARGET_BEFORE_ZH.test(before.split(/[。！？!?]/).pop() ?? '');
}

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[。！？!?；;]/.test(text[start - 1]) && !(/\s/.test(text[start - 1]) && text[start - 2] === '.')) start--;
  return start;
}

/** A level of `f`'s kind: the same dimension, or a bare number and a count of something. */
function sameKind(f: Figure, g: Figure): boolean {
  return f.dimension === g.dimension || ((f.dimension === '' || f.dimension === 'count') && (g.dimension === '' || g.dimension === 'count'));
}

const YEAR = /^(?:19|20)\d\d(?:[/–-]\d\d)?$/;

/**
 * `f` is named a target or plan by the words just before it, and the sentence reports another level of its kind before
 * it (a figure of `figures`, not a year): the target is set beside that level.
 */
export function targetAside(text: string, f: Figure, figures: readonly Figure[]): boolean {
  return levelBeside(text, f, figures) !== undefined;
}

/** The level a target aside `f` is set beside: the last figure of its kind before it in its sentence (not a year). */
export function levelBeside(text: string, f: Figure, figures: readonly Figure[]): Figure | undefined {
  if (!namedAsTarget(text, f)) return undefined;
  const start = sentenceStart(text, f.offset);
  let level: Figure | undefined;
  for (const g of figures) {
    if (g.offset >= f.offset) break;
    if (g !== f && g.offset >= start && sameKind(f, g) && !g.approximate && !YEAR.test(text.slice(g.offset, g.offset + g.length))) level = g;
  }
  return level;
}
