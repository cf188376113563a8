import { matchesOf } from '../../patterns';
/**
 * One Chinese measure stated twice in other words, whose two values hold the same digits in another order (各乡镇累计转移
 * 受威胁群众3265人 and 汛期累计转移群众3562人; 全年归集住房公积金86.4亿元 and 全年归集资金84.6亿元; 全年实现营业收入3.82亿元 and
 * 分公司营业收入3.28亿元): the permutation is the evidence that both mean one figure, so the words need only name the same
 * thing, not be the same words. The digit-swap pass (fact-conflict.ts, slipHeads) reads each statement's name; this file
 * says whether two names and two values are one measure restated with a typing slip.
 *
 * The values: at least three digits, one swap of two digits apart (adjacent, or, with four digits or more, any two).
 * The names, after the words that only open them (累计, 全年 in the report's own year, 实现, 各乡镇: a spread over all
 * places) and the report's own time named in its title (汛期 in a 汛期防汛工作情况报告): the shorter held in the longer in
 * order, at most one character left out (of four or more), ending alike (the head noun); the same places, units and bodies named
 * (城区, 甲公司; not 各乡镇, 全县, nor one the title names); no word of another state in what one names and the other does
 * not (计划, 实际, 调整前, 新增, 人均, 其中, 同比: a plan against an outcome, a part, a flow against a stock), and the same
 * times (上半年 and 全年 are two periods).
 */

/** Whether two digit strings are one swap of two digits apart (adjacent, or any two with four digits or more). */
export function permutedDigits(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a.length < 3) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  if (at.length !== 2) return false;
  const [i, j] = at;
  if (a[i] !== b[j] || a[j] !== b[i]) return false;
  return j === i + 1 || a.length >= 4;
}

/** Words that only open a name: a total, the year's own whole, a spread over all places or kinds, a verb of achieving. */
const OPENERS_ZH = /各(?:乡镇|鄉鎮|镇|鎮|乡|鄉|村|县区|縣區|县|縣|区|區|市|街道|社区|社區|部门|部門|单位|單位|类|類)|共计|共計|合计|合計|总计|總計|实现|實現|完成|共有|共|全部/gu;
const RUNNING_ZH = /累计|累計/gu;
/** 总数, 总量, 数量 ending a name: the number of what it names, no other head (受理案件总数 = 受理案件). */
const NUMBER_OF_ZH = /(?<=\p{sc=Han}{3})(?:总数|總數|总量|總量|数量|數量)$/u;
/** Times a name may hold: the report's own (named in its title) open it; another is another period. */
const TIMES_ZH = /主汛期|汛期|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}月|\d{1,2}月份?|年初|年末|年底|全年|今年|本年度?|年内|(?:19|20)\d\d年度?/gu;
/** The own year's words, whose time is the report's in a year's report. */
const OWN_YEAR_TIMES = new Set(['全年', '今年', '本年', '本年度', '年内']);
/** Places, units and bodies a name may hold (城区, 甲公司, 城南分公司, 某镇). */
const SUBJECTS_ZH = /\p{sc=Han}{1,2}?(?:分公司|子公司|公司|集团|集團|街道|社区|社區|乡镇|鄉鎮|镇|鎮|乡|鄉|村|县|縣|区|區|市|医院|醫院|学校|學校|中心|企业|企業)/gu;
/** A spread or the body's own whole before a place word (各乡镇, 全县, 本市, 我局): no place of its own. */
const OWN_OR_SPREAD = /^[各全本我该該]/u;
/** Words of another state: a plan or a target, an outcome set against it, a moment before or after, a part, a flow, a rate. */
const OTHER_STATE_ZH = /计划|計劃|目标|目標|预计|預計|预算|預算|任务|任務|实际|實際|前|后|後|原|调整|調整|同比|上年|去年|人均|户均|戶均|平均|每|其中|剩余|剩餘|新增|增加|减少|減少|净|淨|以上|以下|超过|超過|不足|以来|以來|至今/u;

/** A name with its openers, and the report's own times, left out; undefined where it names a time of its own. */
function core(name: string, title: string, yearReport: boolean): { core: string; times: string[] } {
  const times: string[] = [];
  const rest = name.replace(TIMES_ZH, (t) => {
    if (title.includes(t) || (yearReport && OWN_YEAR_TIMES.has(t))) return '';
    times.push(t);
    return '';
  });
  // 累计 in a year's summary is the year's total (全年共); in a half-year's or with no period, a running total.
  // 受理案件总数 = 受理案件: the number of what is named is the name's figure.
  return { core: (yearReport ? rest.replace(RUNNING_ZH, '') : rest).replace(OPENERS_ZH, '').replace(NUMBER_OF_ZH, ''), times };
}

function subjectsOf(name: string, title: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(name, SUBJECTS_ZH)) if (!OWN_OR_SPREAD.test(m[0]) && !title.includes(m[0])) out.push(m[0]);
  return out.sort();
}

const MARKUP_ZH = /[\s*_`~#>+]|^-+/gu;

/**
 * Whether two Chinese names (the words right before each figure) name one measure, in a report titled `title` (a year's
 * report when `yearReport`): see the file's comment.
 */
export function sameMeasureZh(x0: string, y0: string, title: string, yearReport: boolean): boolean {
  // "- 党员教师": a list item's mark, Markdown's emphasis, are no words of the name.
  const x = x0.replace(MARKUP_ZH, '');
  const y = y0.replace(MARKUP_ZH, '');
  const a = core(x, title, yearReport);
  const b = core(y, title, yearReport);
  if (a.times.sort().join() !== b.times.sort().join()) return false;
  if (subjectsOf(x, title).join() !== subjectsOf(y, title).join()) return false;
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  if (short.length < 3 || short[short.length - 1] !== long[long.length - 1]) return false;
  // The shorter in the longer, in order: what each names that the other does not.
  let j = 0;
  let missing = '';
  const matched = new Array<boolean>(long.length).fill(false);
  for (const c of short) {
    const k = long.indexOf(c, j);
    if (k < 0) {
      missing += c;
      continue;
    }
    matched[k] = true;
    j = k + 1;
  }
  // 受理 and 收到 (申请): a verb of its own is another measure; one character, 资金 and 住房公积金, is a shorter name.
  if (missing.length > (short.length >= 4 ? 1 : 0)) return false;
  const extra = [...long].filter((_, k) => !matched[k]).join('');
  return !OTHER_STATE_ZH.test(missing) && !OTHER_STATE_ZH.test(extra);
}
