// What a heading says of the scope of the lines under it: whether they plan (四、2026年工作打算, 二、主要目标, Next steps)
// or look back (2025年工作回顾), and the period they are about. Read here once for every heading: the numbered headings
// of the outline (titleScope) and the unnumbered part headings of a government work report (readPeriodHeading: “十四五”
// 时期工作回顾, 2026年重点工作, 今年工作总体要求 — a line of its own naming a period and what the part is about).
// The rules ask this module, not their own word lists: a heading read as a plan by one rule is a plan for all of them.

export type ScopeKind = 'plan' | 'review';

export interface HeadingScope {
  /** A plan (what is to be done) or a review (what was done); undefined where the heading says neither. */
  kind?: ScopeKind;
  /** The period as the heading names it (2025, 2021—2025, 十四五, 今年), where the heading is a period part's. */
  period?: string;
}

/**
 * The plan words of a numbered heading: 四、2026年工作计划, 三、下一步打算, 二、2025年主要目标, Plans for 2026, Outlook.
 * A numbered heading reads no review: 一、主要工作 and 二、存在的问题 are what most summaries are made of.
 */
const PLAN_TITLE = /计划|計劃|打算|思路|安排|要点|要點|目标|目標|下一步|展望|plans?\b|outlook|next steps|priorities|goals|targets/i;

const NO_SCOPE: HeadingScope = Object.freeze({});
const PLAN_SCOPE: HeadingScope = Object.freeze({ kind: 'plan' as const });

/** What a numbered heading's title says of the scope under it. */
export function titleScope(title: string): HeadingScope {
  return PLAN_TITLE.test(title) ? PLAN_SCOPE : NO_SCOPE;
}

/** A scope word read in a title (目标 of 二、主要目标) that is a plan word: the plan scope says it already. */
export function isPlanWord(word: string): boolean {
  return PLAN_TITLE.test(word);
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
