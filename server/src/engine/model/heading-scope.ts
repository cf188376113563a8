// What a heading says of the scope of the lines under it: whether they plan (四、2026年工作打算, 二、主要目标, Next steps)
// or look back (2025年工作回顾), and the period they are about. Read here once for every heading: the numbered headings
// of the outline (titleScope) and the unnumbered part headings of a government work report (readPeriodHeading: “十四五”
// 时期工作回顾, 2026年重点工作, 今年工作总体要求 — a line of its own naming a period and what the part is about).
// The rules ask this module, not their own word lists: a heading read as a plan by one rule is a plan for all of them.
// The plan words are one list (data/plan-words.json), graded: plan words, goals (which a report may review), words
// that look ahead (a plan section's, not a plan of targets), advice, and the words that look back at a plan.

import planWords from '../data/plan-words.json';
import { alternation } from '../patterns';

export type ScopeKind = 'plan' | 'review';

export interface HeadingScope {
  /** A plan (what is to be done) or a review (what was done); undefined where the heading says neither. */
  kind?: ScopeKind;
  /** The period as the heading names it (2025, 2021—2025, 十四五, 今年), where the heading is a period part's. */
  period?: string;
}

/** Han words match anywhere; English ones as whole words. */
function wordsPattern(words: readonly string[]): string {
  const han = wordsOf(words, 'zh');
  const latin = wordsOf(words, 'en');
  return [han, latin && `\\b(?:${latin})\\b`].filter((p) => p !== '').join('|');
}

/** The words of one language, as an alternation for a caller's own pattern (四、2023年工作思路: the words after the year). */
function wordsOf(words: readonly string[], language: 'zh' | 'en'): string {
  return alternation(words.filter((w) => /\p{sc=Han}/u.test(w) === (language === 'zh')));
}

/**
 * Plan words: 四、2026年工作打算, 三、下一步打算, 二、2025年主要目标, Plans for 2026, Outlook, Priorities for 2025/26. Not
 * Looking ahead, 明年…: a report restates its figures under them (data/plan-words.json, ahead).
 */
const PLAN = new RegExp(wordsPattern([...planWords.forward, ...planWords.goals]), 'i');
/** Words that plan or look ahead and cannot look back: a heading with goals only (2023 Goals) may review them. */
const FORWARD = new RegExp(wordsPattern([...planWords.forward, ...planWords.ahead]), 'i');
/** A section whose dates are plans: its plan words, and 明年…, 今后…, Looking ahead, 对策建议, Recommendations. */
const PLAN_SECTION = new RegExp(wordsPattern([...planWords.forward, ...planWords.goals, ...planWords.ahead, ...planWords.advice]), 'i');
/** Words that make a plan heading a look back at the plan: 2024年工作计划完成情况, 回顾2024年工作思路. */
export const LOOK_BACK = new RegExp(wordsPattern(planWords.lookBack), 'i');
/** The words of a plan heading for a year, in each language (2023年工作思路, Plans for 2023, Looking ahead to 2024). */
export const PLAN_WORDS_ZH = wordsOf([...planWords.forward, ...planWords.goals], 'zh');
export const PLAN_WORDS_EN = wordsOf([...planWords.forward, ...planWords.goals, ...planWords.ahead], 'en');

const NO_SCOPE: HeadingScope = Object.freeze({});
const PLAN_SCOPE: HeadingScope = Object.freeze({ kind: 'plan' as const });

/**
 * What a numbered heading's title says of the scope under it: a plan by its plan words, unless it looks back at the
 * plan (2024年目标任务完成情况). A numbered heading reads no review: 一、主要工作 and 二、存在的问题 are what most
 * summaries are made of.
 */
export function titleScope(title: string): HeadingScope {
  return PLAN.test(title) && !LOOK_BACK.test(title) ? PLAN_SCOPE : NO_SCOPE;
}

/** A scope word read in a title (目标 of 二、主要目标) that is a plan word: the plan scope says it already. */
export function isPlanWord(word: string): boolean {
  return PLAN.test(word);
}

/**
 * A section title that plans (下一步工作打算, 2025年工作思路, Plans for 2024, Next steps), also without a plan word
 * (明年…, 今后…; a survey report's 对策建议 and a report's Recommendations say what is to be done), and does not look back.
 */
export function isPlanSection(title: string): boolean {
  return PLAN_SECTION.test(title) && !LOOK_BACK.test(title);
}

/** Words that plan and cannot look back (Plans for 2023; not 2023 Goals, which the 2023 report may review). */
export function isForward(words: string): boolean {
  return FORWARD.test(words);
}

// “十四五”时期 / "十四五"时期 / 十四五时期, 2025年, 2021—2025年, 2026年度, 今年, 过去五年, 五年来, 过去一年.
const PERIOD = String.raw`(?:[“"‘']?(十[一二三四五六七八九]?五)[”"’']?(?:时期|時期|期间|期間|以来)?|((?:19|20)\d\d(?:\s*[—–\-～~至]\s*(?:19|20)?\d\d)?)\s*年度?|(今年|明年|本年度|过去[一二三五]年|過去[一二三五]年|[一二三五]年来|[一二三五]年來))`;
// What the part is about, ending the heading: a review, or the targets and work planned.
const PART_WORDS = String.raw`(?:的)?(?:工作|主要工作|发展|發展)?(?:的)?(回顾|回顧|重点工作|重點工作|主要目标任务|主要目標任務|目标任务|目標任務|主要任务|主要任務|工作安排|总体要求|總體要求|工作部署|工作打算)`;
const PERIOD_HEADING = new RegExp(`^${PERIOD}${PART_WORDS}$`);

/** The period heading a line's text is, if it is one (a sentence or a numbered heading is not): its period and kind. */
export function readPeriodHeading(prose: string): Required<HeadingScope> | undefined {
  const t = prose.trim();
  if (t.length < 4 || t.length > 24) return undefined;
  const m = PERIOD_HEADING.exec(t);
  if (!m) return undefined;
  return { period: m[1] ?? m[2] ?? m[3], kind: /回[顾顧]/.test(m[4]) ? 'review' : 'plan' };
}

/** Quick test before the match: the line ends with a part word's last character. */
export function mayBePeriodHeading(prose: string): boolean {
  const t = prose.trimEnd();
  const last = t[t.length - 1];
  return t.length <= 40 && (last === '顾' || last === '顧' || last === '作' || last === '务' || last === '務' || last === '排' || last === '求' || last === '署' || last === '算');
}

/**
 * The scope a heading gives as words a rule can key its statements by: 'plan' under a plan, and the period where the
 * heading names one (2026年重点工作 → plan, 2026; “十四五”时期工作回顾 → 十四五; 二、2025年主要目标 → plan).
 */
export function scopeWordsOf(scope: HeadingScope): string[] {
  const words: string[] = [];
  if (scope.kind === 'plan') words.push('plan');
  if (scope.period !== undefined) words.push(scope.period);
  return words;
}

// Sibling headings that name members of one kind side by side: （一）特控线 / （二）本科线, 一、一模情况 / 二、二模情况,
// 一、期中考试情况 / 二、期末考试情况, 六、第一批项目 / 七、第二批项目, 一、男生测试情况 / 二、女生测试情况, 二、高血压患者
// 健康管理 / 三、糖尿病患者健康管理. What stands under each is that member's figures, not one fact stated twice.
// A member is the short part in which two titles of one frame differ, the frame ending in their shared head noun (线,
// 模, 考试, 批项目, 生测试, 患者健康管理), or a title of three characters at most (一、男生 / 二、女生, 一、期中 / 二、期末).
// Not a topic: what a title says of the work (情况, 工作, 成效 at its end) is no frame, and a part that differs by words of
// work or of what is said of it (一、主要做法 / 二、主要成效, 三、工作开展情况 / 四、工作成效) is no member; a frame that
// opens with a verb (五、加强组织领导 / 六、加强队伍建设) has no head noun in common and is a topic too.

/** The number of a title: 一、 （一） 1. 1.1 第一章. */
const TITLE_MARKER = /^\s*(?:[（(〔][一二三四五六七八九十百\d]{1,4}[)）〕]|[一二三四五六七八九十百]{1,4}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分篇]|\d{1,3}(?:[.．]\d{1,3})*[.．、)）]?)\s*/;
/** The words of a title that say what is told of its subject, not whose it is: 情况, 工作, 成效 at its end. */
const TOPIC_END = /(?:的)?(?:基本情况|情况分析|情况|工作|方面|分析|进展|成效|概况|总体情况)$/;
/** Words of work or of what is told, which a member never is: 主要, 做法, 开展, 加强. */
const NOT_A_MEMBER = /小结|总结|综合|综述|概述|总述|前言|引言|结语|附件|附录|核对|说明|备注|汇总|合计|总计|全年|全部|整体|主要|基本|总体|整体|重点|存在|具体|其他|其它|有关|相关|下一步|一步|加强|推进|强化|提升|完善|深化|做好|抓好|落实|开展|完成|实施|取得|创新|持续|全面|问题|不足|措施|做法|经验|成效|成绩|亮点|建议|打算|计划|目标|任务|思路|举措|原因|背景|结果|效果|情况|工作|对比|比较|分析|概况|总结|回顾|意见|要求|安排|部署/;
const MEMBER_MAX = 4;
/**
 * A title that names a kind of thing by its noun (1.人才公寓 / 2.安置房, 1.保障性租赁住房 / 2.配售型保障性住房, （一）公办
 * 幼儿园 / （二）民办幼儿园): two such titles side by side are two members, whatever words they share.
 */
const KIND_NOUN_ZH = '(?:住房|住宅|公寓|[^房]房|幼儿园|学校|小学|中学|初中|高中|医院|卫生院|养老机构|敬老院|企业|合作社|产品|车辆|人员|职工|老人|儿童|患者)';
const KIND_TITLE = new RegExp(`^\\p{sc=Han}{1,8}${KIND_NOUN_ZH}$`, 'u');

/** Whether a member membersAmong read names a kind of thing by its noun (人才公寓, 配售型保障性住房), not a topic or an event. */
export function isKindMember(member: string): boolean {
  return KIND_TITLE.test(member);
}

/** The title as a member is read from it: no number, no （以下简称“X”） but its short name, no topic ending. */
function memberTitle(title: string): string {
  const short = /（以下简称[“"]([^”"]{1,8})[”"]）/.exec(title)?.[1];
  let t = title.replace(TITLE_MARKER, '').replace(/[\s。：:；;]+$/, '').trim();
  if (short !== undefined) t = short;
  t = t.replace(/[（(][^）)]*[）)]/g, '');
  for (let i = 0; i < 3 && TOPIC_END.test(t); i++) t = t.replace(TOPIC_END, '');
  return t;
}

/**
 * The member each title of a group of sibling headings names, by index (undefined where it names none): 特控 and 本科 of
 * （一）特控线 / （二）本科线, given as the title read (特控线), which tells it from its siblings.
 */
export function membersAmong(titles: readonly string[]): Array<string | undefined> {
  const read = titles.map((t) => (/\p{sc=Han}/u.test(t) ? memberTitle(t) : ''));
  const raw = titles.map((t) => t.replace(TITLE_MARKER, '').replace(/[\s。：:；;]+$/, '').trim());
  // （一）财务管理方面 / （二）投资管理方面 / （三）工程建设方面: areas named as such, each its own.
  const areas = raw.filter((t) => /\p{sc=Han}方面$/u.test(t)).length;
  return read.map((t, i) => {
    if (areas >= 2 && /\p{sc=Han}方面$/u.test(raw[i]) && !NOT_A_MEMBER.test(t)) return t;
    if (t === '' || !/^[\p{sc=Han}A-Za-z\d]+$/u.test(t)) return undefined;
    for (let j = 0; j < read.length; j++) {
      const u = read[j];
      if (j === i || u === '' || u === t || !/^[\p{sc=Han}A-Za-z\d]+$/u.test(u)) continue;
      let p = 0;
      while (p < t.length && p < u.length && t[p] === u[p]) p++;
      let s = 0;
      while (s < t.length - p && s < u.length - p && t[t.length - 1 - s] === u[u.length - 1 - s]) s++;
      const mine = t.slice(p, t.length - s);
      const theirs = u.slice(p, u.length - s);
      // One character in common ends a word only between members of one length (特控线 / 本科线, 男生 / 女生), not
      // 受理 / 分类办理.
      const framed = s > 0 && (s > 1 || (mine.length === theirs.length && mine.length <= 2)) && mine.length >= 1 && theirs.length >= 1 && mine.length <= MEMBER_MAX && theirs.length <= MEMBER_MAX;
      const short = raw[i].length <= 3 && raw[j].length <= 3 && t === raw[i] && u === raw[j];
      const kinds = KIND_TITLE.test(t) && KIND_TITLE.test(u);
      if (!framed && !short && !kinds) continue;
      if (NOT_A_MEMBER.test(framed && !kinds ? mine : t) || NOT_A_MEMBER.test(framed && !kinds ? theirs : u)) continue;
      return t;
    }
    return undefined;
  });
}
