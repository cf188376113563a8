/**
 * A Chinese count whose noun follows it, the body's whole of that noun: 全局126名社区民警全部下沉到社区 under 2027年工作打算
 * is the 社区民警 the bureau has (全局现有社区民警124名 in its review), not a plan's new figure.
 * - The noun ends before what is said of all of it: 全部, 均, 都 open the predicate (社区民警全部下沉 → 社区民警; 86名民警
 *   已完成培训 is the part that did, and stays whole).
 * - 全局, 全市, 我局 right before the figure, with the noun after it, all of which the clause speaks of, and no word of
 *   a plan or a change in the clause (力争, 新增, 新建, 达到…), count what the body has now, whatever the heading above.
 */

/**
 * Adverbs of "all of them" opening what is said of the noun after a count: the count is the noun's whole (not 86名民警
 * 已完成培训, the part that did).
 */
const PREDICATE_LEAD = /(?:全部|全都|均已|均|都)/;
/** A whole named by the body itself right before the figure (全局126名…). */
const WHOLE_BEFORE_ZH = /^(?:全[市县縣区區省镇鎮乡鄉局院校]|我[市县縣区區局院校])$/;
/** The noun after the count, then all of it (社区民警全部…). */
const ALL_OF_NOUN_AFTER = /^\p{sc=Han}{2,12}?(?:全部|全都|均|都)/u;
/** Words of a plan, a target or a change in the clause: no stock. */
const PLAN_OR_CHANGE_ZH = /力争|力爭|争取|爭取|新增|新建|新招|招录|招錄|计划|計劃|目标|目標|达到|達到|不少于|不低于|以上|增加|增至|提高|扩大|擴大|培育|打造|建成/;

/** The noun after the figure, without the predicate its clause goes on with (社区民警全部下沉 → 社区民警); else the subject. */
export function withoutPredicateZh(stated: string, after: string): string {
  let k = Math.min(stated.length, after.length, 16);
  while (k >= 2 && !stated.endsWith(after.slice(0, k))) k--;
  if (k < 4) return stated;
  const tail = after.slice(0, k);
  const m = PREDICATE_LEAD.exec(tail.slice(2));
  if (!m) return stated;
  const cut = 2 + m.index;
  return stated.slice(0, stated.length - k + cut);
}

/** 全局126名社区民警全部下沉到社区: the body's whole named before the figure, its noun after it, nothing of a plan. */
export function wholeStockZh(text: string, subjectStart: number, offset: number, end: number): boolean {
  if (!WHOLE_BEFORE_ZH.test(text.slice(subjectStart, offset))) return false;
  const stop = text.slice(end, end + 40).search(/[，,。；;！？]/);
  const clause = text.slice(subjectStart, stop < 0 ? end + 40 : end + stop);
  return ALL_OF_NOUN_AFTER.test(text.slice(end, end + 20)) && !PLAN_OR_CHANGE_ZH.test(clause);
}

/** 现有的, 已有的 right before the count: what the body has, its noun after the count (现有的5.6万吨地方储备粮). */
const STOCK_BEFORE_ZH = /(?:现有|現有|已有)的$/;
/** The noun after the count, up to a clause mark or what is said of it. */
const NOUN_AFTER_ZH = /^(\p{sc=Han}{2,10}?)(?=[，,。；;、）)]|$|确保|確保|的|和|及|与|與)/u;
/** 地方储备粮规模: the scale of a stock is the stock (规模 after a noun of three characters or more). */
const SCALE_SUFFIX_ZH = /(?<=\p{sc=Han}{3})(?:规模|規模)(?=(?:稳定在|穩定在|保持在|维持在|維持在|达到|達到|达|達|为|為)?$)/u;

/**
 * 继续管好现有的5.6万吨地方储备粮: the stock the body has, named by the noun after the count (地方储备粮, as 全县地方储备粮规模
 * 稳定在5.2万吨 names it); undefined where the words before the count are no 现有的.
 */
export function stockNounZh(text: string, offset: number, end: number): string | undefined {
  if (!STOCK_BEFORE_ZH.test(text.slice(Math.max(0, offset - 3), offset))) return undefined;
  return NOUN_AFTER_ZH.exec(text.slice(end, end + 12))?.[1];
}

/** The measure's words without the 规模 of a stock (地方储备粮规模 → 地方储备粮). */
export function withoutScaleZh(stated: string): string {
  return stated.replace(SCALE_SUFFIX_ZH, '');
}
