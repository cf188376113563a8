// Figures after 其中 that are not siblings of one list, though the list reader took them as parts:
//   一般公共预算总收入15.02亿元。其中：地方一般公共预算收入12.16亿元…；地方税收收入8.79亿元 — the tax revenue is part of
//   the budget revenue before it (nested), not a second part of the total;
//   存款余额2992.80亿元，其中住户存款1869.33亿元，增长12.3%；贷款余额2287.46亿元…，其中中长期贷款… — after ；, a balance
//   named like the whole (…余额) where the parts before were not is a new total, not a part of the deposits.

import type { Figure } from '../numbers';
import { labelOf } from './kinds';
import type { Breakdown } from './shared';

/** 一般公共预算收入, 公共财政预算收入, 地方财政收入: the budget revenue taxes are collected into. */
const BUDGET_REVENUE = /(?:预算|預算|财政|財政)收入$/u;
/** 税收收入, 地方税收, 增值税: a tax revenue — not 上划中央税收 (handed up, beside the local revenue) or 非税收入. */
const TAX_REVENUE = /税|稅/u;
const NOT_NESTED_TAX = /上划|上劃|上解|上缴|上繳|中央|非税|非稅/u;

/** 余额, 总额, 总量: a word naming a total (a stock or an aggregate). */
const TOTAL_WORD = /(?:余额|餘額|总额|總額|总量|總量|总值|總值)$/u;

/** The breakdown without the figures that are no sibling parts of it, or as it is. */
export function withoutNestedParts(b: Breakdown): Breakdown {
  if (!b.total || b.parts.length < 2) return b;
  const labels = b.parts.map((p) => labelOf(p));
  const text = b.paragraph.text;
  let drop: Figure[] = [];
  // A tax revenue after a budget revenue it is collected into.
  const budget = labels.findIndex((l) => BUDGET_REVENUE.test(l) && !TAX_REVENUE.test(l));
  if (budget >= 0 && !TAX_REVENUE.test(labelOf(b.total))) {
    drop = b.parts.filter((_, k) => k > budget && TAX_REVENUE.test(labels[k]) && !NOT_NESTED_TAX.test(labels[k]) && !BUDGET_REVENUE.test(labels[k]));
  }
  // A new total after ；: named with the whole's total word (余额) that no part before it has.
  const wholeLabel = labelOf(b.total);
  const word = TOTAL_WORD.exec(wholeLabel)?.[0];
  // 存款: the noun of the whole's total (存款余额); a part of it named with the word (企业存款余额) names the noun too.
  const noun = word ? wholeLabel.slice(0, -word.length).slice(-2) : '';
  if (word && noun.length === 2) {
    for (let k = 1; k < b.parts.length && !labels[k - 1].endsWith(word); k++) {
      if (!labels[k].endsWith(word) || labels[k].includes(noun) || !/[；;]/.test(text.slice(b.parts[k - 1].offset + b.parts[k - 1].length, b.parts[k].offset))) continue;
      drop = [...drop, ...b.parts.slice(k)];
      break;
    }
  }
  if (drop.length === 0) return b;
  const dropped = new Set(drop);
  const parts = b.parts.filter((p) => !dropped.has(p));
  const groups = b.groups.map((g) => g.filter((p) => !dropped.has(p))).filter((g) => g.length >= 2);
  return { ...b, parts, groups, whole: false, complete: false };
}
