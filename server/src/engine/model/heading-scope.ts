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
