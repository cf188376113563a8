// Claims about how a percentage changed, read from the figures of one paragraph:
//   由A%提高至B% · 从A%到B% · 分别由A%、B%提高至C%、D% · B%，比上年的A%提高… · rose from A% to B% · B%, up from A%
// with the change stated after them (，提高了C个百分点 · 分别提高X、Y个百分点 · ，相对提高25% · , an increase of C
// percentage points · (up C pp) · a gain of C points), and changes stated alone (入学率比上年提高5% · the rate fell 0.3%).
// The percent rules decide what is wrong; this file only says what the text claims.

import words from '../data/percent-words.json';
import { targetAside } from './target-level';
import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { hasLatinRun } from './chars';

export interface RateClaim {
  paragraph: Paragraph;
  /** The claim from its 由/从/verb to the end of its last level (or of the change, when stated alone). */
  start: number;
  end: number;
  /** The verb as written (提高, 下降, rose); '' for 从A%到B% and "from A% to B%" without one. */
  verb: string;
  /** Up or down by the verb; undefined when there is none. */
  up?: boolean;
  /** The levels, paired in order (分别由A%、B%提高至C%、D%); both empty for a change stated alone. */
  from: Figure[];
  to: Figure[];
  change?: StatedChange;
  /** 群众满意度由85.2%下降到83.1%，明显改善: a word that judges the change better or worse, said straight after it. */
  judgement?: Judgement;
}

export interface Judgement {
  /** 改善, 好转, 恶化 as written, and whether it says better. */
  word: string;
  better: boolean;
  start: number;
  end: number;
  /** The measure named before the claim (投诉率) and whether it is better higher. */
  measure: string;
  higherBetter: boolean;
}

export interface StatedChange {
  /** The stated amounts, in % or 百分点, paired in order with the levels. */
  figures: Figure[];
  /** Stated in percentage points (5.3个百分点, 4 percentage points, a gain of 4 points), not in %. */
  inPoints: boolean;
  verb: string;
  up?: boolean;
  /** 相对提高, relative, "in relative terms": the writer says the % is a relative change. */
  relative: boolean;
  /** Where the words that state the change start (the verb, or the comparison before it). */
  start: number;
  /** For a change stated alone: the words before it in its clause (入学率比上年) … */
  subject: string;
  /** … and the percentage it changes, when the sentence states it just before (入学率达98.5%，比上年提高2%). */
  level?: Figure;
  /** "91.3% were completed within target time": the level as a share opening its sentence, as written (English). */
  share?: string;
}

export const UP_ZH = ['提高', '提升', '增长', '增長', '增加', '上升', '升', '增', '扩大', '擴大', '攀升', '上涨', '上漲', '增多'];
export const DOWN_ZH = ['下降', '降低', '降', '减少', '減少', '回落', '缩小', '縮小', '下滑', '下跌', '减', '減'];
const VERB_ZH = [...UP_ZH, ...DOWN_ZH].sort((a, b) => b.length - a.length).join('|');
const UP_EN_WORDS = 'rose|risen|rising|rises|rise|increased|increasing|increases|increase|grew|grown|growing|grows|improved|improving|climbed|climbing|climbs|advanced|advancing|went up|gained|jumped|up|gain';
const DOWN_EN_WORDS = 'fell|fallen|falling|falls|dropped|dropping|drops|drop|declined|declining|declines|decline|decreased|decreasing|decreases|decrease|went down|reduced|slipped|down|fall';
const UP_EN = new RegExp(`^(?:${UP_EN_WORDS})$`, 'i');
const VERB_EN = `${UP_EN_WORDS}|${DOWN_EN_WORDS}`;

const FROM_ZH = /(由|从|從)[^，。；,;%％]{0,14}$/;
const GAP_ZH = new RegExp(`^\\s*的?\\s*(${VERB_ZH})?了?\\s*(?:至|到|为|為)[^，。；,;%％]{0,14}$`);
const FROM_EN = new RegExp(`\\b(${VERB_EN})\\s+(?:by\\s+\\S+\\s+)?from\\s+(?:[^.;%]{0,25}?\\s)?$|(?:^|[^A-Za-z])from\\s+(?:[^.;%]{0,25}?\\s)?$`, 'i');
// "referrals from schools rose from 12% to 9%": a "from" in the subject is no bare "from A% to B%"; the verb's own
// "from" is read first.
const FROM_VERB_EN = new RegExp(`\\b(${VERB_EN})\\s+(?:by\\s+\\S+\\s+)?from\\s+(?:[^.;%]{0,25}?\\s)?$`, 'i');
// … to: a few words may qualify the first level (from 4.5 per cent of GDP this year to 4.8 per cent).
// A year may be a financial or school year: from 14% in the 2024/25 audit to 21%; what it is a share of and its
// year may both stand there (from 38% of all curlew territories in 2024 to 33%).
const GAP_EN = /^(?:\s+(?:[A-Za-z][\w'-]{0,20}|\d{4}(?:[-/–]\d{2}(?:\d{2})?)?)){0,7}\s*,?\s*to\s+(?:[^.;%]{0,25}?\s)?$/i;
// B%，比上年的A%提高… / B%，较上年（A%）提高… : the new level first, then the old one.
// The earlier time may be named at more length, ending in 时 or 前: 较第二季度检查时的88.1%, 较专项行动开展前的52.7%,
// 比首轮督查时的71.2%; or be a month's or a year's end: 较6月底的71.9%, 比2025年底的90.4%.
const REVERSE_ZH = /^\s*[，,]?\s*(?:比|较|較)(?:[^，。；,;、\d%％（）()的]{1,10}?(?:时|時|前|期间|期間)|\d{4}年(?:底|末|初)|\d{1,2}月份?(?:底|末|初)|上年|去年|上一年|\d{4}年|同期|上年同期|去年同期|年初|上年末|上半年|上学期|上學期|上学年|上學年|上季度|上一季度|上月|上期|上一期|上次|上一次|上轮|上輪|上一轮|上一輪|上届|上屆|上一届|上一屆|前一届|前一屆|前一年|前一学期|前一學期|前一学年|前一學年|前一期|前一轮|前一輪|前一次)?(?:的|（|\()\s*$/;
/** 86.4%，上年为82.1%: the old level in a clause of its own after the new one. */
const BASE_CLAUSE_ZH = /^\s*[，,]\s*(?:上年|去年|上一年|上年同期|去年同期|上年末|年初|(?:19|20)\d\d年(?:同期|末|底)?)(?:为|為|是)\s*$/;
// 较6月底的71.9%仅提高了3.5个百分点: an adverb may stand before the verb.
const REVERSE_ZH_VERB = new RegExp(`^\\s*[)）]?\\s*[，,]?\\s*(?:仅|僅|只|又|再)?(${VERB_ZH})`);
// B%, up from A% / B%, down 3 points from A%
// 94% of inpatients would recommend our wards, up from 91%: what the level is a share of may run to a clause; so may
// what it is paid on (a dividend of 1.5% on ordinary savings, up from 1.0%).
// 87% were in education, training or employment (ETE), up from 79% · 87% in 2025/26, up from 79%: a verb and what it
// says of them, or a year, may stand there too.
const REVERSE_EN = /^(?:\s+(?:(?:of|in|among|on)\s|(?:were|was|are|is|had|have|has|said|met|reached|achieved|reported|would|did|felt|agreed|completed)\s)(?:[^.;%\d]|(?:19|20)\d\d(?:[-/–]\d{2})?(?!\d)){0,80}?)?\s*[,(]?\s*(up|down)\s+from\s+$/i;
// 71% (2023–24: 76%), a fall of 5% / 82% died in their preferred place (2023/24: 78%), an improvement of 4%: the old
// level in brackets after its year (not a target's or another body's: "(target 90%)", "(England 2023/24: 59%)").
const PRIOR_YEAR_EN = /^(?:\s+(?:[^.;%\d()]|(?:19|20)\d\d(?:[-/–]\d{2})?(?!\d)){0,80}?)?\s*\(\s*(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:\d{2}|\d{4}))?\s*:\s*$/i;
// rose to B% from A%: the verb straight before "to" and the new level.
const TO_FIRST_EN = new RegExp(`\\b(${VERB_EN})\\s+(?:in\\s+\\w+\\s+)?to\\s+$`, 'i');
/** "from 72.4% expected", "from 72.4% forecast": a figure that was planned or foreseen, not the earlier level. */
const NOT_EARLIER_AFTER_EN = /^\s*(?:(?:was|were|had\s+been)\s+)?(?:expected|forecast|forecasted|projected|planned|predicted|anticipated|budgeted|targeted|estimated|modelled|modeled|assumed|required)\b|^\s+(?:target|forecast|plan|budget|trajectory)\b/i;
const TO_FIRST_GAP_EN = /^(?:\s+(?:in|at|by|during)\s(?:[A-Za-z][\w'-]*|\d{4}(?:[-/–]\d{2})?)(?:\s[A-Za-z][\w'-]*){0,3})?\s*,?\s*from\s+$/i;
// B% of pupils met the standard, up C% on last year (A%) / B%, down C points from A%: the change between the levels.
// 64% of the electricity we bought in 2025, compared with 52%: what the level is a share of, and its year.
const COMPARED_EN = /^(?:\s+(?:of|in|among)\s(?:[^.;%\d]|\d{4}(?:[-/–]\d{2})?(?!\d)){0,60}?)?\s*[,(]?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$/i;
/**
 * An earlier period a monthly or quarterly report names: Month 6, Period 6, Week 12, September, September 2026 (in "up 3.1%
 * on Month 6, when it stood at 71.1%" and "(Month 6: 71.1%)").
 */
const EARLIER_PERIOD_EN = String.raw`(?:Month|Period|Week)\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?`;
// 47.2% in September, up 3.1% on August's 44.1% / 84%, an increase of 6% on last year's 78% / 88%, an increase of 3% on
// the previous quarter (85%).
const REVERSE_CHANGE_EN = /^(?:\s+(?:of|in|among)\s[^.;%\d]{0,60}?)?\s*[,(]?\s*(?:(up|down)\s+(?:by\s+)?|an?\s+(increase|rise|gain|improvement|fall|drop|decrease|decline|reduction)\s+of\s+)$/i;
const REVERSE_BASE_EN = new RegExp(String.raw`^\s*(?:(?:points?\s+)?from\s+|(?:on|over|compared\s+with|against)\s+(?:last\s+(?:year|quarter|month)|the\s+(?:previous|prior|last)\s+(?:year|quarter|month)|the\s+year\s+before|\d{4}(?:[-/–]\d{2})?|Q[1-4]|Quarter\s+[1-4]|${EARLIER_PERIOD_EN}|(?:our|the)\s+(?:last|previous|prior)\s+(?:inspection|survey|visit|review|audit|report))\s*(?:[(（]\s*(?:when\s+(?:it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|stood\s+at)\s+|when\s+they\s+(?:were|stood\s+at)\s+)?|[,:]?\s*from\s+|[,:]?\s*when\s+(?:it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|stood\s+at)\s+|[,:]?\s*when\s+they\s+(?:were|stood\s+at)\s+)|(?:on|over|compared\s+with|against|from)\s+(?:last\s+(?:year|month|quarter)|the\s+(?:previous|prior|last)\s+(?:year|month|quarter)|[A-Z][a-z]+|Q[1-4]|Quarter\s+[1-4]|\d{4}(?:[-/–]\d{2})?)['’]s\s+)$`);
// 94.3% within the standard. This is 6.1% higher than Quarter 1's 88.2% / 90% of cases, 5% higher than last year's 85%:
// the change as a comparative after the new level (in its sentence, or the next opened by "This is"), then the old one.
const COMPARATIVE_GAP_EN = /^(?:\s+(?:of|in|within|among)\s[^.;%]{0,80}?)?(?:\s*,\s*|\.\s+(?:This|That|It)\s+(?:is|was)\s+)$/;
const COMPARATIVE_EN = /^\s+(higher|lower|more|less|above|below)\s+than\s+(?:(?:last\s+(?:year|quarter|month)|the\s+(?:previous|prior|last)\s+(?:year|quarter|month)|Quarter\s+[1-4]|Q[1-4]|[A-Z][a-z]+|\d{4}(?:[-/–]\d{2})?)['’]s\s+|(?:in|at)\s+[\w/–-]+(?:\s+[\w/–-]+){0,3}\s*(?:\(\s*|,\s*when\s+it\s+(?:was|stood\s+at)\s+))$/i;
// rose 4% from 78% to 82% / rose 6% since 2023, from 58% to 64%: the change stated before the levels.
const CHANGE_FIRST_GAP = /^\s*(?:(?:since|on|over|in|among|for|across|compared\s+with)\s[^.;%]{0,24}?)?,?\s*from\s+(?:[^.;%]{0,25}?\s)?$/i;

// The change stated right after the claim: …，提高了5.3个百分点 / …，比上年提高 / …，分别提高 / …，相对提高25%.
const CHANGE_ZH = new RegExp(`^[，,、\\s]*(?:共|累计|累計|比上年|较上年|較上年|同比|全年|整体|整體|分别|分別)?(相对|相對)?(${VERB_ZH})了?\\s*$`);
// …, an increase of 7 percentage points / up 5 percentage points / (7 percentage points) / (up 7 pp) / a gain of 4 points
// / (an increase of 7%)
// …66% of households, an increase of 5% / 91% in Q2, an improvement of / 38% in the 2025 run / 48.9% at the same
// point last year: what the level is a share of, or its time, may stand between.
const CHANGE_EN = new RegExp(`^\\s*(?:(?:in|of|among|at|during|over|across|within|by|for|on|before|after|since)\\s+[A-Za-z0-9][\\w'/–-]*(?:\\s+[A-Za-z0-9][\\w'/–-]*){0,4}\\s*|(?:last|this|the\\s+previous|the\\s+prior)\\s+(?:year|quarter|month)\\s*|a\\s+year\\s+(?:ago|earlier)\\s*|the\\s+year\\s+before\\s*)?(?:[,;]|\\s[—–-])?\\s*(?:\\(\\s*(?=an?\\s))?(?:(?:an?\\s+)?(relative\\s+)?(increase|rise|gain|improvement|fall|drop|decrease|decline|reduction|shortfall)\\s+of\\s+|(up|down)\\s+(?:by\\s+)?|by\\s+|\\(\\s*(?:(up|down)\\s+)?)$`, 'i');
/** " higher than", " lower than": the percentage before it is a change against another level. */
const COMPARED_AFTER = /^\s+(?:higher|lower|more|less|above|below)\s+than\b/i;
/** Percentages listed together: 49.9%、79.7%、96.1% */
const LIST_GAP = /^\s*(?:[、，,]|和|及|与|與|and|,\s*and)\s*$/;

// A change stated alone: 比上年提高5% / 同比下降2.6% / rose 5% / increased by 2.6%.
const ALONE_ZH = new RegExp(`(?:^|[^了])(${VERB_ZH})了?\\s*(?:约|約|近|超过|超過)?\\s*$`);
/** Last characters of the verbs, 了 and the approximations that may stand before a change stated alone. */
const VERB_ENDS = new Set([...[...UP_ZH, ...DOWN_ZH].map((w) => w[w.length - 1]), '了', '约', '約', '近', '过', '過']);
const ALONE_EN = new RegExp(`\\b(${VERB_EN})(?:\\s+by)?\\s*$`, 'i');

interface FigureList {
  items: Figure[];
  start: number;
  end: number;
}

/** The rate claims of one paragraph, from its figures (in text order). */
export function readRateClaims(paragraph: Paragraph, figures: readonly Figure[]): RateClaim[] {
  const text = paragraph.text;
  const lists = groupLists(text, figures.filter((f) => f.dimension === '%' || f.dimension === '百分点' || f.dimension === 'points'));
  const claims: RateClaim[] = [];
  const used = new Set<FigureList>();
  for (let i = 0; i + 1 < lists.length; i++) {
    const claim = levelsClaim(text, lists, i, paragraph);
    if (!claim) continue;
    claims.push(claim.claim);
    for (const l of claim.lists) used.add(l);
    if (claim.before) used.add(claim.before);
    i += claim.lists.length - 2;
  }
  // 71% of dwelling fires … in 2024/25. In 2025/26 this rose to 76%, an improvement of 4 percentage points: the earlier
  // level in the sentence before.
  for (let j = 1; j < lists.length; j++) {
    if (used.has(lists[j]) || used.has(lists[j - 1])) continue;
    const prior = priorSentenceClaim(text, lists, j, paragraph);
    if (!prior) continue;
    claims.push(prior.claim);
    for (const l of prior.lists) used.add(l);
  }
  const indexOf = new Map(figures.map((f, k) => [f, k]));
  for (const list of lists) {
    if (used.has(list) || list.items.some((f) => f.dimension !== '%')) continue;
    const alone = changeAlone(text, list, figures, indexOf, paragraph);
    if (alone) claims.push(alone);
  }
  for (const claim of claims) if (claim.from.length === 1 && claim.to.length === 1) judge(text, claim);
  return claims.sort((a, b) => a.start - b.start);
}

const BETTER_HIGHER_ZH = words.betterHigher;
const BETTER_LOWER_ZH = words.betterLower;
// …，明显改善 · ，有所好转 · ，进一步恶化: the judgement in the clause straight after the change, with only its adverbs.
// 水质持续好转, 服务质量明显改善: a short subject may come first (not after 但, 而, 却: another matter).
const JUDGEMENT_ZH = /^\s*[，,]\s*(?![但而却卻虽雖仍])(?:\p{sc=Han}{1,4}?)?((?:明显|明顯|有所|持续|持續|进一步|進一步|显著|顯著|大幅|稳步|穩步|逐步|总体|總體|整体|整體|不断|不斷|得到|逐年|明显地|均|都|也)*)(改善|改进|改進|好转|好轉|恶化|惡化)/u;

/**
 * The measure named in the clause before `at` (the nearest, longest) from two lists, and whether higher is better:
 * rates (合格率, 发生率) by default, amounts (发案数, 投诉量) for amountJudgement.
 */
function measureBefore(text: string, at: number, lower: readonly string[] = BETTER_LOWER_ZH, higher: readonly string[] = BETTER_HIGHER_ZH): { measure: string; higherBetter: boolean } | undefined {
  const clause = text.slice(Math.max(0, at - 30), at).split(/[，,。；;：:]/).pop() ?? '';
  let best: { measure: string; higherBetter: boolean; end: number } | undefined;
  for (const [list, higherBetter] of [[lower, false], [higher, true]] as const) {
    for (const measure of list) {
      const i = clause.lastIndexOf(measure);
      if (i < 0) continue;
      const end = i + measure.length;
      if (!best || end > best.end || (end === best.end && measure.length > best.measure.length)) best = { measure, higherBetter, end };
    }
  }
  return best && { measure: best.measure, higherBetter: best.higherBetter };
}

const AMOUNT_BETTER_LOWER_ZH = words.amountBetterLower;
const AMOUNT_BETTER_HIGHER_ZH = words.amountBetterHigher;

/**
 * 每万人发案数由84.4起上升到86.1起，治安形势明显好转: the judgement said straight after a change of an amount (ending at
 * `end`) whose measure, named in the clause before `start`, has a known better side.
 */
export function amountJudgement(text: string, start: number, end: number): { word: string; better: boolean; start: number; end: number; measure: string; higherBetter: boolean } | undefined {
  const m = JUDGEMENT_ZH.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const best = measureBefore(text, start, AMOUNT_BETTER_LOWER_ZH, AMOUNT_BETTER_HIGHER_ZH);
  if (!best) return undefined;
  const at = end + m.index + m[0].length - m[2].length;
  return { word: m[2], better: !/恶化|惡化/.test(m[2]), start: at, end: at + m[2].length, measure: best.measure, higherBetter: best.higherBetter };
}

/** Reads the judgement said straight after a claim of one level to another (or after its stated change). */
function judge(text: string, claim: RateClaim): void {
  const end = Math.max(claim.end, ...(claim.change?.figures.map((f) => f.offset + f.length) ?? []));
  const m = JUDGEMENT_ZH.exec(text.slice(end, end + 24));
  if (!m) {
    judgeEn(text, claim, end);
    return;
  }
  const measure = measureBefore(text, Math.min(claim.start, claim.from[0].offset, claim.to[0].offset));
  if (!measure) return;
  const start = end + m.index + m[0].length - m[2].length;
  claim.judgement = { word: m[2], better: !/恶化|惡化/.test(m[2]), start, end: start + m[2].length, ...measure };
}

/**
 * "…moved from 71% to 68%, an improvement we attribute to grazing agreements" / ", which is a marked improvement" /
 * ", a deterioration": an English judgement straight after the levels (not "an improvement of 3 points", the change
 * itself, read as one). Nothing after the second level but the comma: "from 71% to 68% of the target, an improvement"
 * judges a share of something else.
 */
const JUDGEMENT_EN = /^\s*(?:[,;]|\s[—–-])\s*(?:(?:which|this|that)\s+(?:is|was|represents|represented|marks|marked)\s+)?an?\s+(?:(?:small|slight|modest|marked|significant|welcome|further|notable|clear|substantial|real|big|encouraging|steady|continued|considerable|pleasing|sharp|serious|major)\s+){0,2}(improvement|deterioration|worsening)\b(?!\s+(?:of|by)\s+[\d(])/i;
/**
 * What is better higher, named in the sentence before the levels: satisfaction, attendance, sites in favourable
 * condition, recycling, uptake… (not after un-, dis-, non-: "unfavourable", "dissatisfied", "non-compliance").
 */
const BETTER_HIGHER_EN = new RegExp(`(?<![\\w-])(?:${[...words.enBetterHigher, ...words.enRatesBetterHigher.map((w) => `${w}\\s+rates?`)].join('|')})\\b`, 'i');
/**
 * A rate named by the word before it ("the charge rate for rape offences", "the detection rate among burglaries"): what
 * follows names the cases it is taken of, not what it measures. `m[1]`: the words up to the rate; `m[2]`: the word before it.
 */
const NAMED_RATE_EN = /\b([A-Za-z][\w-]*)\s+rates?\b(?=\s+(?:for|among|amongst|in|of|across|at|on|within|by)\s)/gi;
const RATE_WORD_BEFORE_EN = /^(?:the|a|an|its|our|their|this|that|overall|average|annual|monthly|quarterly|national|local|current|total)$/i;

/**
 * The sentence up to the last rate named by a word of its own, without the cases it is taken of ("The charge rate for
 * rape offences rose" → "The charge rate"): those words (offences) say nothing of the rate's better side. Unchanged
 * when no rate is named that way ("the rate of offences", "offences rose").
 */
function withoutRateCases(sentence: string): string {
  let end = -1;
  NAMED_RATE_EN.lastIndex = 0;
  for (let m = NAMED_RATE_EN.exec(sentence); m; m = NAMED_RATE_EN.exec(sentence)) if (!RATE_WORD_BEFORE_EN.test(m[1])) end = m.index + m[0].length;
  return end < 0 ? sentence : sentence.slice(0, end);
}

/** The English judgement of a claim whose measure has a known better side, named in its sentence before the levels. */
function judgeEn(text: string, claim: RateClaim, end: number): void {
  // Its words are English (improvement…): not compiled nor run after a Chinese claim (perf58).
  const after = text.slice(end, end + 80);
  const m = hasLatinRun(after, 4) ? JUDGEMENT_EN.exec(after) : null;
  if (!m) return;
  const at = Math.min(claim.start, claim.from[0].offset, claim.to[0].offset);
  let from = at;
  while (from > 0 && at - from < 200 && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  const sentence = withoutRateCases(text.slice(from, at));
  const inTime = doneInTime(sentence);
  const higher = BETTER_HIGHER_EN.test(sentence) || inTime;
  // "Revenue covered 71% of operating costs": the costs are the share's base, not the measure.
  const lower = BETTER_LOWER_EN.test(withoutBadBase(sentence)) && !inTime;
  if (higher === lower) return;
  // The subject as written, without the verb of the change: "the proportion of sites in favourable condition".
  const subject = sentence.replace(/\s+(?:[a-z]+ly\s+)?(?:moved|went|changed|shifted|stood|was|were|improved|rose|increased|grew|fell|dropped|declined|decreased|went\s+up|went\s+down)?\s*(?:from\s*)?$/i, '').replace(/^\s*(?:[-*+•]\s+)?/, '');
  const measure = subject.length > 0 && subject.length <= 80 ? subject.replace(/^[A-Z](?![A-Z])/, (w) => w.toLowerCase()) : BETTER_HIGHER_EN.exec(sentence)?.[0] ?? BETTER_LOWER_EN.exec(sentence)![0];
  const start = end + m.index + m[0].length - m[1].length;
  claim.judgement = { word: m[1], better: !/deterioration|worsening/i.test(m[1]), start, end: start + m[1].length, measure, higherBetter: higher };
}

function groupLists(text: string, figures: readonly Figure[]): FigureList[] {
  const lists: FigureList[] = [];
  for (const f of figures) {
    const last = lists[lists.length - 1];
    // 89.4%, 1.2% higher than last year's 88.2%: a percentage compared with another is no member of a list.
    if (last && last.items[0].dimension === f.dimension && LIST_GAP.test(text.slice(last.end, f.offset)) && !COMPARED_AFTER.test(text.slice(f.offset + f.length, f.offset + f.length + 16))) {
      last.items.push(f);
      last.end = f.offset + f.length;
    } else {
      lists.push({ items: [f], start: f.offset, end: f.offset + f.length });
    }
  }
  return lists;
}

/**
 * A claim with both levels, starting at lists[i]; the lists it used (levels, then the change if any), and the change
 * stated before them (rose 4% from 78% to 82%).
 */
function levelsClaim(text: string, lists: FigureList[], i: number, paragraph: Paragraph): { claim: RateClaim; lists: FigureList[]; before?: FigureList } | undefined {
  const a = lists[i];
  const b = lists[i + 1];
  // 40.1%，比上年提高6.2个百分点（上年为34.3%） / 47.6%, up 3.1 percentage points (2024/25: 44.1%): the old level in
  // brackets after the change.
  const bracketed = bracketBaseClaim(text, lists, i, paragraph);
  if (bracketed) return bracketed;
  // 94.3%. This is 6.1 percentage points higher than Quarter 1's 88.2%: the change in points between the levels.
  // 19.6%, up 3.6 percentage points on last year's 16.4%: the change in points between the levels, its verb before it.
  if (a.items[0].dimension === '%' && b.items[0].dimension !== '%') return comparativeClaim(text, lists, i, paragraph) ?? (b.items[0].dimension === '百分点' ? reverseClaim(text, lists, i, paragraph) : undefined);
  if (a.items[0].dimension !== '%' || b.items[0].dimension !== '%') return undefined;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  const gap = text.slice(a.end, b.start);
  let claim: RateClaim | undefined;
  const zhFrom = FROM_ZH.exec(before);
  const zhGap = zhFrom ? GAP_ZH.exec(gap) : null;
  const enFrom = zhGap ? null : (FROM_VERB_EN.exec(before) ?? FROM_EN.exec(before));
  if (zhFrom && zhGap) {
    const verb = zhGap[1] ?? '';
    claim = { paragraph, start: a.start - (before.length - zhFrom.index), end: b.end, verb, up: verb ? UP_ZH.includes(verb) : undefined, from: a.items, to: b.items };
  } else if (enFrom && GAP_EN.test(gap)) {
    const verb = enFrom[1] ?? '';
    const start = a.start - (before.length - enFrom.index) + (verb ? 0 : enFrom[0].indexOf('from'));
    // "Complaints improved from 3.2% to 4.1%": improving is a fall for a measure that is better lower.
    const up = !verb ? undefined : IMPROVED_EN.test(verb) ? improvementUp(text, start) : UP_EN.test(verb);
    claim = { paragraph, start, end: b.end, verb, up, from: a.items, to: b.items };
    // rose 4% from 78% / rose by 4%, from 22% to 26%: the change stated first, its verb before it.
    const first = verb && !/\bby\s+\S+\s+from\b/i.test(enFrom[0]) ? undefined : changeFirst(text, lists[i - 1], a);
    if (first) {
      claim.verb = first.verb;
      claim.up = first.up;
      claim.start = first.start;
      claim.change = first;
      return { claim, lists: [a, b], before: lists[i - 1] };
    }
  } else {
    return reverseClaim(text, lists, i, paragraph);
  }
  const c = lists[i + 2];
  if (c) {
    const change = changeAfter(text, claim.end, c);
    if (change) {
      claim.change = change;
      return { claim, lists: [a, b, c] };
    }
  }
  return { claim, lists: [a, b] };
}

// In 2025/26 this rose to · By Q2 the rate had fallen to · It improved further to: the sentence opens (after its
// time) with a word for the measure the sentence before gave, then a verb of change and "to" the new level.
const PRIOR_OPEN_EN = new RegExp(`^(?:(?:In|By|During|For|At\\s+the\\s+end\\s+of|Over)\\s+[^.,;:%]{1,30}?\\s*,?\\s+)?(?:this|it|that|the\\s+(?:rate|figure|share|proportion|percentage|level|measure))\\s+(?:has\\s+|had\\s+|then\\s+)?(?:then\\s+|further\\s+)?(${VERB_EN})\\s+(?:further\\s+|again\\s+)?to\\s+$`, 'i');
// 2025年这一比例提高到76% · 2025年提升至76% · 今年该指标下降至: the time and the measure's pronoun (one at least).
const PRIOR_OPEN_ZH = new RegExp(`^(?:(?:(?:19|20)\\d\\d年|今年|本年|当年|當年|本年度|[一二三四]季度|上半年|下半年)(?:末|底)?\\s*[，,]?\\s*(?:这一比例|这一比率|该比例|该比率|这一指标|该指标|此项指标|该项指标|這一比例|該比例|該指標)?|(?:这一比例|这一比率|该比例|该比率|这一指标|该指标|此项指标|该项指标|這一比例|該比例|該指標))(?:进一步|進一步|又|再)?(${VERB_ZH})(?:到|至)\\s*$`);
/** The sentence before names a time (in 2024/25, last year, 2024年, 上年): its level is an earlier period's. */
const PRIOR_TIME = /(?:19|20)\d\d|\b(?:last|previous|prior)\s+(?:year|quarter|month)\b|\bQ[1-4]\b|\bQuarter\s+[1-4]\b|上年|去年|上一年|[一二三四]季度|上半年/i;
/** Right before or after the earlier level, words that make it a target, a standard or a forecast, not a level. */
const PRIOR_NOT_LEVEL_BEFORE = /(?:target|standard|ambition|aim|goal|benchmark|threshold|trajectory|forecast|expected|plan|budget|average|目标|目標|标准|標準|平均|计划|計劃|预期|預期)[^.;。；%\d]{0,20}$/i;
const PRIOR_NOT_LEVEL_AFTER = /^\s*(?:target|standard|threshold|benchmark|ambition|goal|的?(?:目标|目標|标准|標準|预期|預期))/i;

/**
 * "The first fire engine arrived at 71% of dwelling fires within 10 minutes in 2024/25. In 2025/26 this rose to 76%,
 * an improvement of 4 percentage points." · 2024年首车10分钟到场率为71%。2025年这一比例提高到76%，提高了4个百分点。: the
 * new level in a sentence that opens with its time and a word for the measure, the earlier one the only percentage of
 * the sentence before, which names its time; with the change stated after the new level.
 */
function priorSentenceClaim(text: string, lists: FigureList[], j: number, paragraph: Paragraph): { claim: RateClaim; lists: FigureList[] } | undefined {
  const [from, to, c] = [lists[j - 1], lists[j], lists[j + 1]];
  if (!c || from.items.length !== 1 || to.items.length !== 1 || c.items.length !== 1) return undefined;
  const [a, b] = [from.items[0], to.items[0]];
  if (a.dimension !== '%' || b.dimension !== '%' || a.approximate || b.approximate || a.words || b.words) return undefined;
  // B's sentence, from its start to B.
  let open = to.start;
  while (open > from.end && !/[。！？!?；;]/.test(text[open - 1]) && !sentenceEndsBefore(text, open)) open--;
  if (open <= from.end) return undefined;
  const head = text.slice(open, to.start).replace(/^\s+/, '');
  const zh = /[。！？；]$/.test(text.slice(0, open).trimEnd());
  const m = zh ? PRIOR_OPEN_ZH.exec(head) : PRIOR_OPEN_EN.exec(head);
  if (!m) return undefined;
  // The sentence before: A its only percentage (no list before it in that sentence), a time named, A no target.
  let start = open;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  if (start > 0 && /[.。！？!?；;]/.test(text[start - 1])) start--;
  while (start > 0 && !/[。！？!?；;]/.test(text[start - 1]) && !sentenceEndsBefore(text, start)) start--;
  if (start > from.start || (j >= 2 && lists[j - 2].end > start)) return undefined;
  const sentence = text.slice(start, open);
  if (!PRIOR_TIME.test(sentence) || PRIOR_NOT_LEVEL_BEFORE.test(text.slice(start, from.start)) || PRIOR_NOT_LEVEL_AFTER.test(text.slice(from.end, from.end + 16))) return undefined;
  const change = changeAfter(text, to.end, c);
  if (!change) return undefined;
  const verb = m[1];
  const verbAt = open + (text.slice(open, to.start).length - head.length) + m[0].lastIndexOf(verb, m[0].length - 1);
  const up = zh ? UP_ZH.includes(verb) : IMPROVED_EN.test(verb) ? improvementUp(text, verbAt) : UP_EN.test(verb);
  const claim: RateClaim = { paragraph, start: verbAt, end: to.end, verb, up, from: [a], to: [b], change };
  return { claim, lists: [from, to, c] };
}

/** B%，比上年的A%提高C个百分点 / B%, up from A% / B%, up 3 points from A%. */
function reverseClaim(text: string, lists: FigureList[], i: number, paragraph: Paragraph): { claim: RateClaim; lists: FigureList[]; before?: FigureList } | undefined {
  const to = lists[i];
  const from = lists[i + 1];
  const gap = text.slice(to.end, from.start);
  // 94.1%，目标为95%，比上年的93.0%提高1.1个百分点 · "94.1% against a target of 95%, compared with 93.0% last year": the
  // target set beside the level before it is no new level.
  if (to.items.length === 1 && i > 0 && targetAside(text, to.items[0], lists[i - 1].items)) return undefined;
  // rose by 4% to 82%, from 78% last year: the change first, then the new level, then the old one.
  const change = lists[i - 1];
  if (change && change.items.length === 1 && to.items.length === 1 && from.items.length === 1 && change.items[0].dimension === '%' && /^\s*,?\s*(?:up\s+|down\s+)?from\s+$/i.test(gap) && /^\s+to\s+$/.test(text.slice(change.end, to.start))) {
    const verb = ALONE_EN.exec(text.slice(Math.max(0, change.start - 30), change.start));
    if (verb) {
      const up = UP_EN.test(verb[1]);
      const start = change.start - Math.min(30, change.start) + verb.index + verb[0].indexOf(verb[1]);
      const claim: RateClaim = { paragraph, start, end: from.end, verb: verb[1], up, from: from.items, to: to.items };
      claim.change = { figures: change.items, inPoints: false, verb: verb[1], up, relative: false, start, subject: '' };
      return { claim, lists: [to, from], before: change };
    }
  }
  // rose to 94% from 91% / fell to 6.1% in September from 9.8%: the verb and the new level, then the old one.
  const toVerb = to.items.length === from.items.length && TO_FIRST_GAP_EN.test(gap) ? TO_FIRST_EN.exec(text.slice(Math.max(0, to.start - 40), to.start)) : null;
  // "improved to 69.8% from 72.4% expected": the figure after "from" is a forecast or target, not the earlier level.
  if (toVerb && !NOT_EARLIER_AFTER_EN.test(text.slice(from.end, from.end + 30))) {
    const start = to.start - Math.min(40, to.start) + toVerb.index + toVerb[0].indexOf(toVerb[1]);
    // "Complaints improved to 4.1% from 3.2%": improving is a fall for a measure that is better lower, and says no
    // direction for one whose better side is not known ("programme fill rates").
    const up = IMPROVED_EN.test(toVerb[1]) ? improvementUp(text, start) : UP_EN.test(toVerb[1]);
    const claim: RateClaim = { paragraph, start, end: from.end, verb: toVerb[1], up, from: from.items, to: to.items };
    const c = lists[i + 2];
    const change = c ? changeAfter(text, from.end, c) : undefined;
    if (change) claim.change = change;
    return { claim, lists: change ? [to, from, c] : [to, from] };
  }
  // 86.4%，上年为82.1%，提高5.3个百分点: the old level in a clause of its own, then the change.
  if (BASE_CLAUSE_ZH.test(gap) && to.items.length === from.items.length) {
    const c = lists[i + 2];
    const change = c ? changeAfter(text, from.end, c) : undefined;
    if (!change || change.up === undefined || !/^\s*[，,]/.test(text.slice(from.end, c.start))) return undefined;
    const claim: RateClaim = { paragraph, start: to.start, end: from.end, verb: change.verb, up: change.up, from: from.items, to: to.items, change };
    return { claim, lists: [to, from, c] };
  }
  if (REVERSE_ZH.test(gap)) {
    const verb = REVERSE_ZH_VERB.exec(text.slice(from.end, from.end + 12));
    if (!verb) return undefined;
    const claim: RateClaim = { paragraph, start: to.start, end: from.end, verb: verb[1], up: UP_ZH.includes(verb[1]), from: from.items, to: to.items };
    const c = lists[i + 2];
    const change = c ? changeAfter(text, from.end + verb.index + verb[0].length - verb[1].length, c) : undefined;
    if (change) claim.change = change;
    return { claim, lists: change ? [to, from, c] : [to, from] };
  }
  const third = lists[i + 2];
  const between = REVERSE_CHANGE_EN.exec(gap);
  if (between && third && from.items.length === 1 && third.items[0].dimension === '%' && REVERSE_BASE_EN.test(text.slice(from.end, third.start))) {
    // B%, up C% on last year (A%): `from` is the change, `third` the old level.
    const change = from.items[0];
    const verb = between[1] ?? between[2];
    const up = IMPROVEMENT_EN.test(verb) ? improvementUp(text, to.start) : /^(?:up|increase|rise|gain)$/i.test(verb);
    const claim: RateClaim = { paragraph, start: to.start, end: third.end, verb, up, from: third.items, to: to.items };
    const inPoints = change.dimension !== '%';
    claim.change = { figures: from.items, inPoints, verb, up, relative: false, start: to.end + between.index + between[0].indexOf(verb), subject: '' };
    return { claim, lists: [to, from, third] };
  }
  const budget = budgetClaim(text, lists, i, paragraph);
  if (budget) return budget;
  // 87%, compared with 91% in Q2, an improvement of 4 percentage points: the direction is the change's alone.
  if (COMPARED_EN.test(gap)) {
    const c = lists[i + 2];
    const change = c ? changeAfter(text, from.end, c) : undefined;
    // "an improvement of 4%" of a measure whose better side is not known: no direction, but the size is still read.
    if (!change || (change.up === undefined && !IMPROVEMENT_EN.test(change.verb))) return undefined;
    const claim: RateClaim = { paragraph, start: to.start, end: from.end, verb: change.verb, up: change.up, from: from.items, to: to.items, change };
    return { claim, lists: [to, from, c] };
  }
  // B% (2023/24: A%), a fall of C: the direction is the change's alone.
  if (PRIOR_YEAR_EN.test(gap) && to.items.length === 1 && from.items.length === 1) {
    const close = /^\s*\)/.exec(text.slice(from.end));
    const c = lists[i + 2];
    const change = close && c ? changeAfter(text, from.end + close[0].length, c) : undefined;
    // "an improvement of 4%" of a measure whose better side is not known: no direction, but the size is still read.
    if (!change || (change.up === undefined && !IMPROVEMENT_EN.test(change.verb))) return undefined;
    const claim: RateClaim = { paragraph, start: to.start, end: from.end + close![0].length, verb: change.verb, up: change.up, from: from.items, to: to.items, change };
    return { claim, lists: [to, from, c] };
  }
  const comparative = comparativeClaim(text, lists, i, paragraph);
  if (comparative) return comparative;
  const en = REVERSE_EN.exec(gap);
  if (en) {
    const claim: RateClaim = { paragraph, start: to.start, end: from.end, verb: en[1], up: /up/i.test(en[1]), from: from.items, to: to.items };
    const c = lists[i + 2];
    const change = c ? changeAfter(text, from.end, c) : undefined;
    if (change) claim.change = change;
    return { claim, lists: change ? [to, from, c] : [to, from] };
  }
  return undefined;
}

// "56.2% of income, against a budget of 54.9%, 1.5 percentage points above budget" · 占收入的56.2%，预算为54.9%，高出1.5个
// 百分点 · 比预算的54.9%高出1.5个百分点: a level, the budget's or target's level of the same share, then the difference
// between them named against that budget again (or by 高出/低于 straight after it). Only that form: "against a target of
// 95%, an increase of 2 points" may be the change on last year.
const BUDGET_NAMES_EN = '(?:budget|budgeted\\s+level|target|plan|forecast|benchmark|ceiling)';
const BUDGET_GAP_EN = new RegExp(`^(?:\\s+(?:of|in|among)\\s[^.;%\\d]{0,60}?)?\\s*[,(]?\\s*(?:against|compared\\s+(?:with|to)|versus|vs\\.?)\\s+(?:a|an|the|its|our|their)\\s+(?:(?:approved|agreed|original|revised|set|planned|annual|full-year)\\s+)?(${BUDGET_NAMES_EN})\\s+(?:of\\s+)?$`, 'i');
const BUDGET_CHANGE_GAP_EN = /^\s*(?:,\s*(?:or\s+|which\s+is\s+|i\.e\.\s+)?|\(\s*|\s[—–-]\s*)$/i;
const BUDGET_CHANGE_EN = new RegExp(`^\\s*(above|below|over|under|higher\\s+than|lower\\s+than|ahead\\s+of|behind)\\s+(?:the\\s+)?(?:(?:approved|agreed|original|revised|planned)\\s+)?(${BUDGET_NAMES_EN})\\b`, 'i');
const BUDGET_CLAUSE_ZH = /^\s*[，,]\s*(?:年初|年度|全年)?(?:预算|預算|计划|計劃|目标|目標)(?:数|數|值|比例|占比|佔比)?(?:为|為|是)\s*$/;
const BUDGET_COMPARE_ZH = /^\s*[，,]?\s*(?:比|较|較)(?:年初|年度|全年)?(?:预算|預算|计划|計劃|目标|目標)(?:数|數|值|比例|占比|佔比)?的?\s*$/;
const BUDGET_CHANGE_ZH = /^\s*[，,]?\s*(?:比(?:年初|年度|全年)?(?:预算|預算|计划|計劃|目标|目標))?(高出|超出|多出|低出|高了|低了|多了|少了|超过|超過|低于|低於|高于|高於)(?:预算|預算|计划|計劃|目标|目標)?\s*$/;

function budgetClaim(text: string, lists: FigureList[], i: number, paragraph: Paragraph): { claim: RateClaim; lists: FigureList[] } | undefined {
  const [to, from, c] = [lists[i], lists[i + 1], lists[i + 2]];
  if (!c || to.items.length !== 1 || from.items.length !== 1 || c.items.length !== 1) return undefined;
  if (to.items[0].dimension !== '%' || from.items[0].dimension !== '%') return undefined;
  const gap = text.slice(to.end, from.start);
  const between = text.slice(from.end, c.start);
  let verb: string | undefined;
  let start = c.start;
  const inPoints = c.items[0].dimension !== '%';
  if (BUDGET_GAP_EN.test(gap) && BUDGET_CHANGE_GAP_EN.test(between)) {
    // "1.5 percentage points above budget": the words after the change name the budget again.
    const m = BUDGET_CHANGE_EN.exec(text.slice(c.end, c.end + 40));
    if (!m || !['points', '百分点', '%'].includes(c.items[0].dimension)) return undefined;
    verb = m[1];
  } else if ((BUDGET_CLAUSE_ZH.test(gap) || BUDGET_COMPARE_ZH.test(gap)) && ['百分点', '%'].includes(c.items[0].dimension)) {
    const m = BUDGET_CHANGE_ZH.exec(between);
    if (!m) return undefined;
    verb = m[1];
    start = from.end + m.index + m[0].indexOf(m[1]);
  }
  if (!verb) return undefined;
  const up = /^(?:above|over|higher|ahead|高|超|多)/i.test(verb);
  const claim: RateClaim = { paragraph, start: to.start, end: from.end, verb, up, from: from.items, to: to.items };
  claim.change = { figures: c.items, inPoints, verb, up, relative: false, start, subject: '' };
  return { claim, lists: [to, from, c] };
}

// 40.1%，比上年提高6.2个百分点（上年为34.3%） · 96%, up 4% (2024/25: 92%): the change straight after the new level, then
// the old level in brackets with the period it was.
// An earlier month or quarter of a monthly or quarterly report too: 较9月份提高3.1%（9月份为71.1%）, 较二季度末提高2.6%
// （二季度末为65.8%）, 比上月下降1.2%（上月为94.7%）, 环比提高3.0%（9月为21.0%）.
const EARLIER_PERIOD_ZH = String.raw`上年同期|去年同期|上年末|去年末|上年|去年|上一年|上月|上个月|上個月|上季度|上季末|上半年|年初|\d{1,2}月份?(?:末|底)?|[一二三四]季度末?`;
const BRACKET_CHANGE_ZH = new RegExp(String.raw`^\s*[，,]\s*(?:(?:比|较|較)(?:${EARLIER_PERIOD_ZH}|(?:19|20)\d\d年|上一?次(?:检查|檢查|调查|調查|测评|測評)?)|同比|环比|環比)?(${VERB_ZH})了?\s*$`);
// 较2023年下降7%（当时为55%）: the period named with the change, and "then" in the bracket.
const BRACKET_BASE_ZH = new RegExp(String.raw`^\s*[（(]\s*(?:(?:${EARLIER_PERIOD_ZH}|(?:19|20)\d\d年)(?:为|為|是)?|(?:当时|當時)(?:为|為|是))\s*$`);
// 96% of discharge summaries were sent to GPs within 24 hours, up 4% (2024/25: 92%): what the level is a share of and
// what was done to them may stand between the level and the change (figures of no % among them: within 24 hours).
const BRACKET_CHANGE_EN = /^(?:\s+(?:(?:of|in|among)\s|(?:were|was|are|is|had|have|has|said|met|reached|achieved|reported|would|did|felt|agreed|completed)\s)[^.;:%()]{0,100}?)?\s*,\s*(up|down)\s+(?:by\s+)?$/i;
// "up 6% on 2024/25 (2024/25: 81%)": the period the change is on may stand before the bracket.
const BRACKET_BASE_EN = new RegExp(String.raw`^(?:\s+(?:on|against|over|compared\s+(?:with|to))\s+[^.;:%()]{1,40}?)?\s*\(\s*(?:(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:\d{2}|\d{4}))?|last\s+(?:year|quarter|month)|(?:the\s+)?(?:previous|prior)\s+(?:year|quarter|month)|Q[1-4]|Quarter\s+[1-4]|${EARLIER_PERIOD_EN})\s*:\s*$`, 'i');

function bracketBaseClaim(text: string, lists: FigureList[], i: number, paragraph: Paragraph): { claim: RateClaim; lists: FigureList[] } | undefined {
  const [to, change, base] = [lists[i], lists[i + 1], lists[i + 2]];
  if (!base || to.items.length !== 1 || change.items.length !== 1 || base.items.length !== 1) return undefined;
  if (to.items[0].dimension !== '%' || base.items[0].dimension !== '%' || !['%', 'points', '百分点'].includes(change.items[0].dimension)) return undefined;
  if (!/^\s*[)）]/.test(text.slice(base.end, base.end + 4))) return undefined;
  const gap = text.slice(to.end, change.start);
  const between = text.slice(change.end, base.start);
  const zh = BRACKET_CHANGE_ZH.exec(gap);
  const m = zh && BRACKET_BASE_ZH.test(between) ? zh : BRACKET_CHANGE_EN.test(gap) && BRACKET_BASE_EN.test(between) ? BRACKET_CHANGE_EN.exec(gap) : null;
  if (!m) return undefined;
  const verb = m[1];
  const up = zh ? UP_ZH.includes(verb) : /^up$/i.test(verb);
  const start = to.end + m.index + m[0].indexOf(verb);
  const claim: RateClaim = { paragraph, start: to.start, end: base.end, verb, up, from: base.items, to: to.items };
  claim.change = { figures: change.items, inPoints: change.items[0].dimension !== '%', verb, up, relative: false, start, subject: '' };
  return { claim, lists: [to, change, base] };
}

/** B%. This is C% (or C percentage points) higher than Quarter 1's A%: `lists[i + 1]` is the change, `lists[i + 2]` the old level. */
function comparativeClaim(text: string, lists: FigureList[], i: number, paragraph: Paragraph): { claim: RateClaim; lists: FigureList[] } | undefined {
  const [to, from, third] = [lists[i], lists[i + 1], lists[i + 2]];
  if (!third || to.items.length !== 1 || from.items.length !== 1 || third.items.length !== 1) return undefined;
  if (to.items[0].dimension !== '%' || !['%', 'points', '百分点'].includes(from.items[0].dimension) || third.items[0].dimension !== '%') return undefined;
  if (!COMPARATIVE_GAP_EN.test(text.slice(to.end, from.start))) return undefined;
  const comparative = COMPARATIVE_EN.exec(text.slice(from.end, third.start));
  if (!comparative) return undefined;
  const verb = comparative[1];
  const up = /^(?:higher|more|above)$/i.test(verb);
  const claim: RateClaim = { paragraph, start: to.start, end: third.end, verb, up, from: third.items, to: to.items };
  const relative = /^\s*,?\s*(?:in\s+relative\s+terms|relative)/i.test(text.slice(third.end, third.end + 24));
  claim.change = { figures: from.items, inPoints: from.items[0].dimension !== '%', verb, up, relative, start: from.start, subject: '' };
  return { claim, lists: [to, from, third] };
}

/** The change stated straight after a claim that ends at `end`, when `list` is it. */
function changeAfter(text: string, end: number, list: FigureList): StatedChange | undefined {
  const gap = text.slice(end, list.start);
  if (gap.length > 60) return undefined;
  const zh = CHANGE_ZH.exec(gap);
  if (zh && list.items[0].dimension !== 'points') {
    const verb = zh[2];
    return { figures: list.items, inPoints: list.items[0].dimension === '百分点', verb, up: UP_ZH.includes(verb), relative: zh[1] !== undefined, start: end + zh.index, subject: '' };
  }
  const en = CHANGE_EN.exec(gap) ?? changeNounAfter(gap, text.slice(list.end, list.end + 40));
  if (!en) return undefined;
  // "a gain of 5 points" after two percentages: percentage points.
  if (list.items.some((f) => f.dimension === 'points') && !list.items.every((f) => f.dimension === 'points')) return undefined;
  const verb = en[2] ?? en[3] ?? en[4] ?? '';
  const relative = en[1] !== undefined || /^\s*(?:relative|in relative terms)/i.test(text.slice(list.end, list.end + 20));
  const inPoints = list.items[0].dimension !== '%';
  // "an improvement of 1.3 points": up, unless the measure is better lower (a vacancy rate, arrears, absence).
  const up = !verb ? undefined : IMPROVEMENT_EN.test(verb) ? improvementUp(text, list.start) : /^(?:increase|rise|gain|up)$/i.test(verb);
  return { figures: list.items, inPoints, verb, up, relative, start: end, subject: '' };
}

/** improvement: a change that says better, which is up but for a measure that is better lower. */
const IMPROVEMENT_EN = /^improvements?$/i;
const IMPROVED_EN = /^improv(?:ed|ing)$/i;
/** What is better lower: vacancies, arrears, absence, waits, complaints, reoffending… (see amount-changes.ts). */
const BETTER_LOWER_EN = new RegExp(`\\b(?:${[...words.enBetterLower, ...words.enRatesBetterLower.map((w) => `${w}\\s+rates?`)].join('|')})\\b`, 'i');

/** Whether "an improvement" of the measure named before `at`, in its sentence, is a rise (undefined: not known). */
function improvementUp(text: string, at: number): boolean | undefined {
  let from = at;
  while (from > 0 && at - from < 200 && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  const sentence = withoutRateCases(text.slice(from, at));
  // "Complaints answered within 10 working days improved from 81% to 86%": the share dealt with in time is better higher.
  if (doneInTime(sentence)) return true;
  const measure = withoutBadBase(sentence);
  // "Revenue covered 86.5% of operating costs": a share of a bad amount is better higher when it is what was covered,
  // recovered or collected; other shares of it ("written off 5% of arrears") say nothing of the better side.
  if (measure !== sentence) return SHARE_OF_BAD_GOOD_EN.test(measure) ? true : undefined;
  // The measure named nearest the verb decides: "cost recovery" is a recovery (better higher), "sickness absence" an
  // absence (better lower). A measure on neither list ("programme fill rates", "the share of lessons run at the east
  // pool") says nothing of which way is better: "improved" alone gives no direction (amt67).
  const lower = lastMatchEnd(BETTER_LOWER_EN, measure);
  const higher = Math.max(lastMatchEnd(BETTER_HIGHER_EN, measure), lastMatchEnd(IMPROVES_UP_EN, measure));
  if (lower < 0 && higher < 0) return undefined;
  return higher > lower;
}

/** What is better higher besides BETTER_HIGHER_EN, for "improved": what is recovered or covered. */
const IMPROVES_UP_EN = new RegExp(`\\b(?:${words.enImprovesUp.join('|')})\\b`, 'gi');

/** Where the last match of `re` (global or not) in `text` ends; -1 if none. Linear: one pass of a global copy. */
function lastMatchEnd(re: RegExp, text: string): number {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  let end = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    end = m.index + m[0].length;
    if (m[0] === '') g.lastIndex++;
  }
  return end;
}

/**
 * The sentence without the base of a share when that base is an amount better lower: "86.5% of operating costs",
 * "97.2% of council tax arrears", "71% of the repairs backlog in the year" — the costs, arrears or backlog are what
 * the rate is a share of, not the rate (a cost-recovery or collection rate is better higher). Only a base that ends
 * there: "18% of patients waiting over 4 hours" keeps its waiting.
 */
function withoutBadBase(sentence: string): string {
  return sentence.replace(BAD_BASE_EN, (m) => m.replace(/\S/g, '_'));
}
const BAD_BASE_EN = /(?:%|\bper\s*cent)\s+of\s+(?:(?:the|its|their|our|all|total)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?(?:costs?|debts?|deficits?|arrears|backlogs?|emissions|losses|liabilit(?:y|ies))(?=\s*(?:[,;:.()]|$)|\s+(?:in|at|during|for|over|compared|against|this|last|a\s+year|the\s+year)\b)/gi;
/** What was done to a share of a bad amount that makes the share better higher. */
const SHARE_OF_BAD_GOOD_EN = /\b(?:covered|covers|covering|recovered|recovers|recovering|collected|collects|collecting|funded|funds|financed|met|meets|cleared|clears|repaid|offset|offsets|abated|avoided|prevented)\s+(?:(?:an?\s+)?(?:estimated|average|overall|total)\s+)?_/i;

/** Items dealt with in time: answered within, resolved on time, seen by the target date; anything done within 10 minutes (the first appliance arrived within 10 minutes at 81.6% of incidents). */
/**
 * Whether the sentence names a share of things done in time ("answered within 10 working days"), not events that
 * happen within a time of another ("emergency readmissions within 30 days", "reoffending within 12 months": better
 * lower).
 */
function doneInTime(sentence: string): boolean {
  return IN_TIME_EN.test(sentence) && !EVENTS_WITHIN_EN.test(sentence);
}
const EVENTS_WITHIN_EN = /\b(?:readmissions?|re-admissions?|reattendances?|re-attendances?|reoffending|re-offending|reconvictions?|deaths?|mortality|relapses?|reopened\s+cases|repeat\s+(?:referrals?|calls?|visits?|incidents?))\s+(?:rates?\s+)?within\s+\d/i;
const IN_TIME_EN = /\b(?:answered|resolved|closed|completed|seen|responded\s+to|dealt\s+with|handled|processed|paid|acknowledged|investigated|repaired|cleared)\s+(?:within|in\s+under|in\s+less\s+than|on\s+time|by\s+(?:the|their|its)\s+)|\bwithin\s+\d+\s*(?:working\s+)?(?:minutes?|mins?|hours?|days?|weeks?)\b/i;

/** …, a 6% improvement / a 4 percentage point rise: the change before the noun that names it (groups as CHANGE_EN's). */
// What the level is a share of, or its time, may stand between, as in CHANGE_EN: "to 70.3% this year, a 3.1 point rise",
// "to 70.3% in 2025/26, a 2.1 percentage point rise".
const NOUN_GAP_EN = /^\s*(?:(?:in|of|among|at|during|over|across|within|by|for|on|before|after|since)\s+[A-Za-z0-9][\w'/–-]*(?:\s+[A-Za-z0-9][\w'/–-]*){0,4}\s*|(?:last|this|the\s+previous|the\s+prior)\s+(?:year|quarter|month)\s*|a\s+year\s+(?:ago|earlier)\s*|the\s+year\s+before\s*)?(?:[,;]|\s[—–-])\s*an?\s+$/i;
const NOUN_AFTER_EN = /^\s*(?:percentage[- ]points?\s+|points?\s+|pp\s+)?(relative\s+)?(increase|rise|gain|improvement|fall|drop|decrease|decline|reduction)\b(?!\s+(?:on|over|above|below|against|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?(?:national|regional|England|English|Welsh|Scottish|sector|peer|average|benchmark|median|target)\b)/i;

function changeNounAfter(gap: string, after: string): (string | undefined)[] | null {
  if (!NOUN_GAP_EN.test(gap)) return null;
  const m = NOUN_AFTER_EN.exec(after);
  return m ? [gap, m[1], m[2], undefined, undefined] : null;
}

/** rose 4% from 78%: the change in `list`, stated with its verb right before the level `level`. */
function changeFirst(text: string, list: FigureList | undefined, level: FigureList): StatedChange | undefined {
  if (!list || list.items.length !== 1 || level.items.length !== 1) return undefined;
  if (!CHANGE_FIRST_GAP.test(text.slice(list.end, level.start))) return undefined;
  const before = text.slice(Math.max(0, list.start - 30), list.start);
  const verb = ALONE_EN.exec(before);
  if (!verb) return undefined;
  const start = list.start - before.length + verb.index + verb[0].indexOf(verb[1]);
  const inPoints = list.items[0].dimension !== '%';
  return { figures: list.items, inPoints, verb: verb[1], up: UP_EN.test(verb[1]), relative: false, start, subject: '' };
}

const CLAUSE_BREAK = /[，,。；;：:！？!?（）()]/;

/** A full stop and a space end the sentence before `i` when a word or figure ends there (not the point in 4.5). */
function sentenceEndsBefore(text: string, i: number): boolean {
  return text[i - 1] === ' ' && text[i - 2] === '.' && /[A-Za-z0-9%]/.test(text[i - 3] ?? '');
}

/** A wide gap between two cells of a row lined up with spaces: an ideographic space, a tab, or two spaces or more. */
const CELL_GAP = /[ \t]*[\u3000\t][ \t\u3000]*|[ ]{2,}/g;

/**
 * Where the cell holding `at` starts, when its line is a row lined up with spaces (two wide gaps or more between its
 * words: 物流业务　　9.86　　增长6.2%　　41.36%); 0 for a line of prose.
 */
function alignedCellStart(paragraph: Paragraph, at: number): number {
  let from = -1;
  let to = -1;
  let line = -1;
  for (const seg of paragraph.segments) {
    if (seg.offset <= at && at < seg.offset + seg.length) line = seg.line;
  }
  if (line < 0) return 0;
  for (const seg of paragraph.segments) {
    if (seg.line !== line) continue;
    if (from < 0 || seg.offset < from) from = seg.offset;
    to = Math.max(to, seg.offset + seg.length);
  }
  const row = paragraph.text.slice(from, to);
  let gaps = 0;
  let start = from;
  CELL_GAP.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CELL_GAP.exec(row)); ) {
    // Only gaps between words count (not the indent that opens a line).
    if (m.index === 0 || m.index + m[0].length >= row.length) continue;
    gaps++;
    if (from + m.index + m[0].length <= at) start = from + m.index + m[0].length;
  }
  return gaps >= 2 ? start : 0;
}

/** The opening of a sentence whose subject is a share of a whole: "The share of", "Our proportion of", "The percentage of". */
const SHARE_SUBJECT_OPENS_EN = /^\s*(?:The|Our|Its|Their)\s+(?:[a-z-]+\s+)?(?:share|proportion|percentage)\s+of\s/;

/** 入学率比上年提高5% / 同比下降2.6% / the enrolment rate rose 2.6%: a change in % with no levels around it. */
function changeAlone(text: string, list: FigureList, figures: readonly Figure[], indexOf: Map<Figure, number>, paragraph: Paragraph): RateClaim | undefined {
  if (list.items.length !== 1) return undefined;
  const f = list.items[0];
  const limit = /[A-Za-z]/.test(text[f.offset - 2] ?? '') || /[A-Za-z]/.test(text[f.offset - 1] ?? '') ? 80 : 40;
  let clause = f.offset;
  // The clause also ends at a full stop after a word or figure ("The unemployment rate was stable in 2024. Sales rose
  // 4%": the rate is the last sentence's subject, not this change's).
  while (clause > 0 && f.offset - clause < limit && !CLAUSE_BREAK.test(text[clause - 1]) && !sentenceEndsBefore(text, clause)) clause--;
  const cut = clause > 0 && f.offset - clause >= limit;
  // A window that ends inside a word starts at the next word.
  while (clause > 0 && /[A-Za-z]/.test(text[clause - 1]) && /[A-Za-z]/.test(text[clause]) && clause < f.offset) clause++;
  // "The share of our output sold to local businesses under direct supply agreements increased 4% to 31%": a sentence
  // that opens with the share it is about may name its whole at length; the window reaches back to that opening.
  if (limit === 80 && cut) {
    let open = clause;
    while (open > 0 && f.offset - open < 200 && !CLAUSE_BREAK.test(text[open - 1]) && !sentenceEndsBefore(text, open)) open--;
    if ((open === 0 || CLAUSE_BREAK.test(text[open - 1]) || sentenceEndsBefore(text, open)) && SHARE_SUBJECT_OPENS_EN.test(text.slice(open, f.offset))) clause = open;
  }
  // 物流业务　　9.86　　增长6.2%　　41.36% under 业务板块　营业收入　同比增减　占比: a cell of a row lined up with spaces
  // says its change alone; the header's 占比 above it, and the cells before it, are not its subject.
  clause = Math.max(clause, alignedCellStart(paragraph, f.offset));
  const before = text.slice(clause, f.offset);
  // Most percentages follow no verb (达到95%, 占35%): one look at the last character settles it.
  const last = before.trimEnd().slice(-1);
  if (!VERB_ENDS.has(last) && !/[A-Za-z]/.test(last)) return undefined;
  const m = ALONE_ZH.exec(before) ?? ALONE_EN.exec(before);
  // Women made up 54% of the staff: a share, not a rise.
  if (!m || (/^up$/i.test(m[1]) && /\b(?:made|make|makes|making|add|adds|added|sum|sums|summed)\s+up\s*$/i.test(before))) return undefined;
  const verbAt = clause + m.index + m[0].indexOf(m[1]);
  const zh = UP_ZH.includes(m[1]) || DOWN_ZH.includes(m[1]);
  const up = zh ? UP_ZH.includes(m[1]) : UP_EN.test(m[1]);
  // The level it changes: the percentage that ends the clause before (入学率达98.5%，比上年提高2%).
  // 较上一次提高12.5%, 比上一轮: the 一次 and 一轮 of the comparison read as figures in words are no level.
  let k = indexOf.get(f) ?? -1;
  while (k > 0 && figures[k - 1].words && figures[k - 1].offset >= clause) k--;
  const previous = k > 0 ? figures[k - 1] : undefined;
  const between = previous ? text.slice(previous.offset + previous.length, clause) : '';
  // 稳定在98%以上，较上年提高0.5%: the level may be a bound.
  const bound = previous && previous.dimension === '%' && /^\s*(?:以上|以下|左右)?\s*[，,]?\s*$/.test(between);
  // 91.3% were completed within target time, up 2.8% on last year: a share opening its sentence, what was done to its
  // items, then the change (in English) — the share's.
  // (Within 24 hours: a figure of no % may stand between.)
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && figures[j].dimension !== '%') j--;
  const shared = !bound && j >= 0 && k - j <= 3 && /^(?:up|down)(?:\s+by)?$/i.test(before.trim()) ? figures[j] : undefined;
  const share = shared && shareLevel(text, shared, clause);
  const level = bound ? previous : share ? shared : undefined;
  const relative = /相对|相對|relative/i.test(before) || /^\s*(?:\(|（)?\s*(?:relative|相对|相對)/i.test(text.slice(f.offset + f.length, f.offset + f.length + 12));
  const change: StatedChange = { figures: [f], inPoints: false, verb: m[1], up, relative, start: verbAt, subject: text.slice(clause, verbAt).trim(), level, share };
  return { paragraph, start: verbAt, end: f.offset + f.length, verb: m[1], up, from: [], to: [], change };
}

// 91.3% were completed within target time, · 96% of respondents said they felt safe, · 88% of patients were seen
// within four hours,: a share opening its sentence (or after "Of the 312 complaints received,", "In 2025/26,"), the
// words of what was done to its items, and the comma before the change. Not a share of money (62% of the budget was
// spent on staff, up 4%: the spending may be what rose), nor a clause that names an amount of its own.
const SHARE_OPENS_EN = /(?:^|[.!?]\s+|(?:^|[.!?]\s+)(?:Of\s+(?:the|all(?:\s+the)?)\s+[\d,]+\s+[^.;:%\d]{0,60}?|In\s+(?:Q[1-4]|(?:19|20)\d\d(?:[-/–]\d{2,4})?|the\s+(?:year|quarter|period)))\s*,\s*)$/;
const SHARE_WORDS_EN = /^(?:\s+(?:of|among)\s+[^.;:%()\d,]{1,60}?)?\s+(?:were|was|had|have|has|said|say|met|meet|reached|achieved|reported|would|did|felt|feel|agreed|agree|rated|received|got|left|moved|passed|attended|completed|responded)\b[^.;:%()]{0,80}?,\s*$/;
const MONEY_WORDS_EN = /[£$€¥]|\b(?:spent|spend|spending|paid|costs?|income|budget|funding|revenue|expenditure|grants?)\b/i;

/** A share that opens its sentence at `level`, its clause running up to `clause` (where the change starts): its words. */
function shareLevel(text: string, level: Figure, clause: number): string | undefined {
  if (level.dimension !== '%' || level.approximate || level.words) return undefined;
  const words = text.slice(level.offset + level.length, clause);
  if (!SHARE_WORDS_EN.test(words) || MONEY_WORDS_EN.test(words)) return undefined;
  if (!SHARE_OPENS_EN.test(text.slice(Math.max(0, level.offset - 100), level.offset))) return undefined;
  return text.slice(level.offset, clause).replace(/[\s,]+$/, '');
}

/** A figure set beside another by a word that says which is larger: "76.8%, above the national standard of 78%". */
/** What the figures say where the comparison word says the other side (76.8% "above" 78% is below), or undefined. */
export function contradictedBy(c: Comparison): 'isBelow' | 'isAbove' | 'isEqual' | undefined {
  const [a, b] = [c.figure.value, c.base.value];
  if (c.above ? a > b : a < b) return undefined;
  return a < b ? 'isBelow' : a > b ? 'isAbove' : 'isEqual';
}

export interface Comparison {
  paragraph: Paragraph;
  /** The figure compared, and what it is compared with. */
  figure: Figure;
  base: Figure;
  /** The comparison word as written (above, 高于), and whether it says the figure is the larger. */
  word: string;
  above: boolean;
  start: number;
  end: number;
}

// "76.8%, above the national standard of 78%" · "£4.2m — below the budget of £4.5m" · 达标率76.8%，高于省定标准78%:
// the comparison straight after the figure, set off by a comma or dash (not "4.2% higher than", a difference).
const COMPARE_GAP_EN = /^(?:\s+(?:in|at|for|during|by)\s+(?:[A-Za-z]+\s+)?(?:[A-Z][a-z]+|Q[1-4]|(?:19|20)\d\d(?:[/–-]\d{2})?)(?:\s+(?:19|20)\d\d)?)?\s*(?:[,;]|\s[—–-])\s*(?:which\s+(?:is|was)\s+|and\s+)?(?:well\s+|slightly\s+|just\s+|still\s+|significantly\s+|comfortably\s+|considerably\s+|far\s+|again\s+|once\s+again\s+)?$/i;
const COMPARE_WORD_EN = /^(above|below|higher\s+than|lower\s+than|greater\s+than|less\s+than|more\s+than|exceeding|exceeds|exceeded|in\s+excess\s+of|short\s+of|falling\s+short\s+of|falls\s+short\s+of|fell\s+short\s+of|under|beneath|ahead\s+of|behind)\b/i;
const BELOW_EN = /^(?:below|lower|less|short|falling|falls|fell|under|beneath|behind)/i;
/** Between the word and the base: what it is ("the national standard of", "the 2019 level of", "the England average ("). */
const COMPARE_BASE_EN = /^\s+(?:(?:the|a|an|its|our|their|this|last|that)\s+)?(?:(?:[A-Za-z&'’-]+|(?:19|20)\d\d(?:[/–-]\d{2})?)\s+){0,5}?(?:of\s+|at\s+|\(\s*)?$/i;
/** "below the 1% standard", "below the trust's 5.5% threshold": the base straight after the word. */
const DIRECT_BASE_EN = /^\s+(?:the\s+)?(?:[A-Za-z]+['’]s?\s+)?$/i;
/** What a base is called when its name comes first ("the national standard of"; not "under the age of 18"). */
const BASE_NOUN_EN = /\b(?:standards?|targets?|levels?|averages?|peaks?|thresholds?|limits?|benchmarks?|budgets?|forecasts?|plans?|baselines?|medians?|means?|ambitions?|trajectory|figures?|totals?|rates?|position|outturn|estimates?|allocations?|caps?|ceiling|floor|minimum|maximum|requirements?|expectations?|projections?|goals?|quotas?|programme|program|provision|capacity|performance|results?|scores?)\b/i;
const COMPARE_GAP_ZH = /^\s*[，,]\s*(?:均|仍|也|略|明显|明顯|远|遠|继续|繼續)?$/;
const COMPARE_WORD_ZH = /^(高于|高於|低于|低於|超过|超過|超出|不足|少于|少於|多于|多於|大于|大於|小于|小於)/;
const BELOW_ZH = /^(?:低|不足|少|小)/;
const COMPARE_BASE_ZH = /^(?:[^，。；,;\d%％]|(?:19|20)\d\d年){0,14}?(?:的|（|\()?\s*$/;
/** "against a standard of", 标准为: no word of which is larger. Words that say the base is no level of the same measure. */
// 低于4.5%的控制目标: the base's own name after 的; 高于78%的学校 counts something else.
const NOT_BASE_AFTER = /^\s*(?:of\b|的(?!(?:[^，。；,;\d]{0,6}?)(?:目标|目標|标准|標準|水平|平均|上限|下限|要求|预期|預期|限值|控制线|控制線|均值|基准|基準))|以上|以下|左右|points?\b|个百分点)/;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The comparisons of one paragraph: each figure followed straight away by a comparison word and the figure it is set beside. */
export function readComparisons(paragraph: Paragraph, figures: readonly Figure[]): Comparison[] {
  const text = paragraph.text;
  const out: Comparison[] = [];
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    const between = text.slice(a.offset + a.length, b.offset);
    const zh = COMPARE_GAP_ZH.exec(between.slice(0, between.search(/[高低超不少多大小]|$/)));
    let word: RegExpExecArray | null = null;
    let at = 0;
    if (zh) {
      at = zh[0].length;
      word = COMPARE_WORD_ZH.exec(between.slice(at));
      if (word && !COMPARE_BASE_ZH.test(between.slice(at + word[0].length))) word = null;
    } else {
      for (let i = 0; i < between.length && !word; i++) {
        // Every comparison word starts with a Latin letter (no other character folds to one without the u flag), after
        // one that is none: the other places are skipped before any slice is made.
        if (!isAsciiLetter(between.charCodeAt(i)) || (i > 0 && isAsciiLetter(between.charCodeAt(i - 1)))) continue;
        if (!COMPARE_GAP_EN.test(between.slice(0, i))) continue;
        const m = COMPARE_WORD_EN.exec(between.slice(i));
        const base = m ? between.slice(i + m[0].length) : '';
        if (m && COMPARE_BASE_EN.test(base) && (DIRECT_BASE_EN.test(base) || BASE_NOUN_EN.test(base)) && !/\bage\b/i.test(base)) {
          word = m;
          at = i;
        }
      }
    }
    if (!word) continue;
    // Levels of one kind, each a single value: not a range, not an approximate figure, not a change in points.
    if (a.dimension !== b.dimension || a.approximate || b.approximate || a.words || b.words) continue;
    if (a.dimension === '百分点' || a.dimension === 'points' || NOT_BASE_AFTER.test(text.slice(b.offset + b.length, b.offset + b.length + 12))) continue;
    // "76.8%, below the standard of 78% but above 75%": a figure that is itself a base is no figure compared again.
    if (out.some((c) => c.base === a)) continue;
    const w = word[1].replace(/\s+/g, ' ');
    const above = !(zh ? BELOW_ZH : BELOW_EN).test(w);
    // 低于全省平均水平6.3%: a figure straight after the base's name may be the difference (the average is 54.9%); a
    // base is marked (of, 的, （, or straight after the word: 低于4.5%的控制目标, "below the 1% standard"). "Above" a
    // larger figure is wrong either way.
    const rest = between.slice(at + word[0].length);
    const marked = zh ? /^(?:[^，。；,;\d%％]*(?:的|为|為|（|\()\s*|)$/.test(rest) : /^\s+(?:the\s+)?$|(?:of|at|\()\s*$/i.test(rest);
    if (!above && !marked) continue;
    const start = a.offset + a.length + at;
    out.push({ paragraph, figure: a, base: b, word: w, above, start, end: b.offset + b.length });
  }
  return out;
}

/**
 * A rate stated in the sentence after the one that gives its base, whose words tie it to the two figures:
 *   Of the 6,230 people assessed, 1,870 were supported at home. That is 35.0% of those assessed.
 *   共评估6230人。其中居家照护1870人，占评估人数的35.0%。
 * The part is the one figure after the base in the first sentence ("That is" can mean only it), or the one count of
 * the base's unit opening the second (其中…1870人); the words after "of" (those assessed, the people assessed) are all
 * words of the base's, and the words after 占 hold the verb that counted the base (评估). Not a rate of another whole
 * (30% of people in the borough, 占全区老年人口的), nor one after two parts ("1,870 at home and 2,100 in care homes.
 * That is …"), nor a part larger than its base.
 */
export interface ShareOfBase {
  part: Figure;
  whole: Figure;
  rate: Figure;
}

/** Of the 6,230 people assessed, 1,870 …: the base, its words, then the part (the clause's only other figure). */
const OF_THE_EN = /(?:^|[.!?;]\s+)Of\s+(?:the|all(?:\s+the)?)\s+$/;
/** That is 35.0% of those assessed · This represents 30% of the people assessed. */
const THAT_IS_EN = /^\s*(?:That|This|Which)(?:['’]s|\s+is|\s+was|\s+represents|\s+amounts\s+to|\s+equates\s+to|\s+makes)\s+(?:some\s+|about\s+|around\s+|roughly\s+|just\s+(?:over|under)\s+)?$/;
const OF_WORDS_EN = /^\s+of\s+((?:those|the|all(?:\s+(?:the|those))?)\s+)?([a-z][a-z -]{0,40}?)(?=\s*(?:[.;,)]|$))/i;
const STOP_EN = new Set(['those', 'the', 'all', 'who', 'that', 'were', 'was', 'have', 'been', 'had', 'of', 'we', 'this', 'year']);
/** 共评估6230人 · 全年共受理投诉960件: what comes before the base, its counting verb first once 共/全年 are set aside. */
const BASE_LEAD_ZH = /^(?:(?:全年|本年|本季度|上半年|下半年|一季度|当年|今年|去年)(?:以来)?)?(?:共|共计|累计|合计|总共|一共|先后)?/u;
const SHARE_OF_ZH = /^\s*[，,]\s*(?:占|佔)([^\d，,。；;%]{2,16})的\s*$/u;
const stemEn = (w: string) => w.toLowerCase().replace(/(?:ies|es|s|ed|d)$/, '');

export function readSharesOfBase(paragraph: Paragraph, figures: readonly Figure[]): ShareOfBase[] {
  const text = paragraph.text;
  const out: ShareOfBase[] = [];
  for (let k = 2; k < figures.length; k++) {
    const rate = figures[k];
    if (rate.dimension !== '%' || rate.approximate || rate.words) continue;
    const [whole, part] = [figures[k - 2], figures[k - 1]];
    if (whole.dimension === '%' || part.dimension === '%' || whole.approximate || part.approximate || whole.perUnit || part.perUnit) continue;
    if (!(part.value > 0 && part.value <= whole.value)) continue;
    if (englishShare(text, whole, part, rate) || chineseShare(text, whole, part, rate)) out.push({ part, whole, rate });
  }
  // 全市持证残疾人68425人。按残疾等级分，一级、二级重度残疾人29631人，占45.31%；…: the parts of the sentence before's total.
  if (text.includes('。')) out.push(...breakdownAfterTotal(text, figures));
  // "$3.4 million on program services, or 82.4% of total expenses of $4.13 million": the part, its share, then its whole.
  for (let k = 1; k + 1 < figures.length; k++) {
    const [part, rate, whole] = [figures[k - 1], figures[k], figures[k + 1]];
    if (rate.dimension !== '%' || rate.approximate || rate.words || !amountsOfOneKind(whole, part)) continue;
    if (orShareOfTotal(text, part, rate, whole)) out.push({ part, whole, rate });
  }
  return out;
}

/** 按残疾等级分，· 从年龄结构看，· 分地区看，: the sentence opens by breaking down the total before it (。其中 is sum-mismatch's). */
const BREAKDOWN_LEAD_ZH = /^\s*(?:(?:按|按照)[^，,。；;：:\d]{1,12}(?:分|划分|劃分|分类|分類|统计|統計|看)|(?:从|從)[^，,。；;：:\d]{1,12}看|分[^，,。；;：:\d]{1,8}看)\s*[，,：:]?/;
/** ，占45.31% · ，占比为 · ，占总数的: a share with no whole of its own named. */
const BARE_SHARE_ZH = /^\s*[，,]\s*(?:占|佔)(?:比|比为|比為|总数的|總數的|总量的|總量的|全部的)?\s*$/;
/** ；三级、四级残疾人 · ，女性: between one part's share and the next part, its name only. */
const NEXT_PART_ZH = /^\s*[；;，,]\s*[^\d，,。；;：:%]{0,16}$/;

/**
 * 全市持证残疾人68425人。按残疾等级分，一级、二级重度残疾人29631人，占45.31%；三级、四级残疾人38794人，占54.69%。: a
 * total ending its sentence, the next sentence a breakdown of it (按…分, 从…看), each part in the total's unit with a
 * bare share (占X%). Only a breakdown whose parts add up to the total takes it as their base (not 全市户籍人口52.36万人。
 * 按性别分，男性残疾人3.62万人，占52.9%…, shares of a whole the text does not state). (After ，其中 or 。其中 the parts are
 * sum-mismatch's.)
 */
function breakdownAfterTotal(text: string, figures: readonly Figure[]): ShareOfBase[] {
  const out: ShareOfBase[] = [];
  for (let j = 0; j + 2 < figures.length; j++) {
    const whole = figures[j];
    if (whole.dimension === '' || whole.dimension === '%' || whole.dimension === '百分点' || whole.approximate || whole.words || whole.perUnit) continue;
    const end = whole.offset + whole.length;
    if (text[end] !== '。') continue;
    // The total is the one figure of its sentence.
    const sentenceStart = Math.max(text.lastIndexOf('。', whole.offset - 1), text.lastIndexOf('；', whole.offset - 1), text.lastIndexOf('！', whole.offset - 1), text.lastIndexOf('？', whole.offset - 1)) + 1;
    if (j > 0 && figures[j - 1].offset >= sentenceStart) continue;
    const lead = BREAKDOWN_LEAD_ZH.exec(text.slice(end + 1, end + 30));
    if (!lead) continue;
    const pairs: ShareOfBase[] = [];
    let k = j + 1;
    let from = end + 1 + lead[0].length;
    for (; k + 1 < figures.length; k += 2) {
      const [part, rate] = [figures[k], figures[k + 1]];
      if (!NEXT_PART_ZH.test(text.slice(from, part.offset).replace(/^[^；;，,]*$/, '，$&'))) break;
      if (part.unit !== whole.unit || part.dimension !== whole.dimension || part.approximate || part.words || part.perUnit || !(part.value > 0 && part.value <= whole.value)) break;
      if (rate.dimension !== '%' || rate.approximate || rate.words || !BARE_SHARE_ZH.test(text.slice(part.offset + part.length, rate.offset))) break;
      pairs.push({ part, whole, rate });
      from = rate.offset + rate.length;
      if (/^\s*。/.test(text.slice(from))) break;
    }
    if (pairs.length < 2) continue;
    const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
    const parts = pairs.reduce((sum, p) => sum + p.part.value, 0);
    const slack = half(whole) + pairs.reduce((sum, p) => sum + half(p.part), 0) + 1e-9 * whole.value;
    if (Math.abs(parts - whole.value) > slack) continue;
    // Shares that add up to more than 100% are sum-mismatch's finding (one defect, one finding).
    const shares = pairs.reduce((sum, p) => sum + p.rate.value, 0);
    if (shares > 100 + pairs.reduce((sum, p) => sum + 0.5 * 10 ** -p.rate.decimals, 0) + 1e-9) continue;
    out.push(...pairs);
    j = k;
  }
  return out;
}

/** Two amounts a share may be taken of, one of the other: exact-ish, not per unit, not %, the part no larger. */
function amountsOfOneKind(whole: Figure, part: Figure): boolean {
  if (whole.dimension === '%' || part.dimension === '%' || whole.dimension === '百分点' || whole.dimension === 'points') return false;
  if (whole.approximate || part.approximate || whole.perUnit || part.perUnit || whole.words || part.words) return false;
  if (part.dimension !== '' && part.dimension !== whole.dimension) return false;
  if (part.dimension !== '' && part.dimension === 'count' && part.unit.toLowerCase() !== whole.unit.toLowerCase()) return false;
  return part.value > 0 && part.value <= whole.value;
}

/**
 * "$3.4 million on program services, or 82.4% of total expenses of $4.13 million" · "£2,184,000 on its programmes, or
 * 83.6% of total expenditure of £2,612,000": the part, "or" its share of a total named with its amount, in one
 * clause — the share is part ÷ total. Not a share of a forecast or a budget, which may be passed. (A part after
 * "of which" with its share in brackets is sum-mismatch's: "£186,000, of which £120,000 (58%)".)
 */
const OR_SHARE_BETWEEN_EN = /^[^.;:!?\d%()]{0,100}?,\s*(?:or|representing|some|being|equivalent\s+to)\s+$/i;
const OR_SHARE_TOTAL_EN = /^\s*of\s+(?:the\s+|its\s+|our\s+|their\s+)?total(?:\s+[a-z][a-z -]{0,40}?)?\s+(?:of|was|were|at)\s+$/i;

/**
 * "Staff costs of £41.73m were 85.8% of income of £50.46m" · "… were 85.8% of total income excluding capital grants
 * (£50.46m)": the part named with its amount, a verb, then its share of an amount of money named with its own.
 */
const SHARE_VERB_EN = /^\s*(?:were|was|represented|represent|represents|accounted\s+for|account\s+for|accounts\s+for|amounted\s+to|amounts\s+to|equated\s+to|equates\s+to|made\s+up|make\s+up|makes\s+up)\s+(?:some\s+|about\s+|around\s+|roughly\s+|approximately\s+|just\s+(?:over|under)\s+)?$/i;
/** What the whole is: income, expenditure, costs, revenue (a total of money; not a budget, a forecast or a target). */
const SHARE_WHOLE_EN = /^\s*of\s+(?:the\s+|its\s+|our\s+|their\s+|the\s+(?:trust|charity|council|company|group|college|university|school|board)['’]s\s+)?(?:total\s+)?(?:(?:gross|net|annual|overall|operating|unrestricted|core)\s+)?(?:income|revenue|revenues|expenditure|expenses|spending|spend|costs|turnover|receipts|funding)(?:\s+(?!(?:which|that|who|in|for|last|budget|forecast|target|plan)\b)[a-z][a-z -]{0,40}?)?\s*(?:\(\s*|\s+of\s+|\s+was\s+|\s+were\s+|\s+at\s+)$/i;
/** "Staff costs of £41.73m were": the part's own words and "of" before its amount. */
const PART_NAMED_EN = /\b[A-Za-z][A-Za-z -]{2,40}\s+of\s+$/;

function orShareOfTotal(text: string, part: Figure, rate: Figure, whole: Figure): boolean {
  if (part.dimension === 'count' || part.dimension === '' || part.dimension !== whole.dimension) return false;
  const between = text.slice(part.offset + part.length, rate.offset);
  const total = text.slice(rate.offset + rate.length, whole.offset);
  const or = OR_SHARE_BETWEEN_EN.test(between) && OR_SHARE_TOTAL_EN.test(total);
  const verb = !or && SHARE_VERB_EN.test(between) && SHARE_WHOLE_EN.test(total) && PART_NAMED_EN.test(text.slice(Math.max(0, part.offset - 44), part.offset));
  if (!or && !verb) return false;
  // (£50.46m) closes its bracket; the whole of another year ("in 2024/25", "last year") is another whole.
  const rest = text.slice(whole.offset + whole.length, whole.offset + whole.length + 20);
  if (verb && /\(\s*$/.test(total) && !/^\s*\)/.test(rest)) return false;
  return !/^\s*\)?\s*(?:in|for|at)?\s*(?:last|the\s+previous|(?:19|20)\d\d)/i.test(rest);
}

function englishShare(text: string, whole: Figure, part: Figure, rate: Figure): boolean {
  if (!OF_THE_EN.test(text.slice(Math.max(0, whole.offset - 40), whole.offset))) return false;
  if (whole.dimension !== 'count' && whole.dimension !== '') return false;
  if (part.dimension !== '' && part.unit.toLowerCase() !== whole.unit.toLowerCase()) return false;
  // The base's words up to the comma, then the part in the same sentence and the rate opening the next.
  const between = text.slice(whole.offset + whole.length, part.offset);
  const baseWords = /^([a-z -]{0,60}),\s*$/i.exec(between);
  if (!baseWords) return false;
  const afterPart = text.slice(part.offset + part.length, rate.offset);
  const stop = /[.!?]\s+/.exec(afterPart);
  if (!stop || /[.!?;]/.test(afterPart.slice(0, stop.index)) || !THAT_IS_EN.test(afterPart.slice(stop.index + stop[0].length))) return false;
  const of = OF_WORDS_EN.exec(text.slice(rate.offset + rate.length, rate.offset + rate.length + 60));
  if (!of) return false;
  const base = new Set(`${whole.unit} ${baseWords[1]}`.split(/[^A-Za-z]+/).filter(Boolean).map(stemEn));
  const words = of[2].split(/[^A-Za-z]+/).filter((w) => w && !STOP_EN.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => base.has(stemEn(w)));
}

function chineseShare(text: string, whole: Figure, part: Figure, rate: Figure): boolean {
  if (whole.dimension === '' || whole.dimension === 'count' || part.unit !== whole.unit) return false;
  // The base ends its sentence; the part opens the next (其中 or its own words), its rate right after it.
  if (!/^\s*。\s*$/.test(text.slice(whole.offset + whole.length, whole.offset + whole.length + 1))) return false;
  const partLead = text.slice(whole.offset + whole.length + 1, part.offset);
  if (/[，,。；;：:\d]/.test(partLead.replace(/^\s*其中/, '')) || partLead.length > 16) return false;
  const share = SHARE_OF_ZH.exec(text.slice(part.offset + part.length, rate.offset));
  if (!share) return false;
  const sentenceStart = Math.max(text.lastIndexOf('。', whole.offset - 1), text.lastIndexOf('；', whole.offset - 1), text.lastIndexOf('，', whole.offset - 1)) + 1;
  const lead = text.slice(sentenceStart, whole.offset).trim().replace(/^(?:19|20)\d\d年(?:度)?/, '');
  if (/\d/.test(lead)) return false;
  const verb = lead.replace(BASE_LEAD_ZH, '').slice(0, 2);
  if (!(verb.length === 2 && /^\p{sc=Han}{2}$/u.test(verb) && share[1].includes(verb))) return false;
  // 共发放问卷1200份。…占发放问卷的90.5%: a base named by the very words of the total (four or more) is sum-mismatch's
  // share of a named base — one finding, there.
  // (The same reading as its: the total's words less 其中/全年/共 and a verb at their end, then less a scope.)
  const scope = /^(?:全年|全县|全縣|全市|全区|全區|全省|全镇|全鎮|全部|累计|累計)/;
  const written = lead.slice(-20).replace(/^.*[\s]/u, '').replace(/^(?:其中|全年|共)/, '').replace(/(?:完成|实现|實現|为|為|达到|達到|达|達|共|共计|共計|合计|合計|累计|累計)$/, '');
  const name = written.replace(scope, '');
  const base = share[1].trim();
  const stem = base.replace(/(?:总数|總數|数量|數量|数|數|总量|總量)$/, '');
  return !(written.length >= 4 && (name === base.replace(scope, '') || name === stem.replace(scope, '') || name === base || name === stem));
}
