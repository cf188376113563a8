// An amount stated at two levels with the change between them, read from the figures of one paragraph:
//   会议场次由92场次增加到86场次 · 由3.2亿元增加到4.1亿元，增加0.8亿元 · 全年组织会议86场次，较上年的92场次增加6场次
//   visits rose from 9,200 to 8,600 · staff fell from 64 to 58, a drop of 4 · 412 members, up 30 from 380
// The levels are amounts of one unit (not rates: percent-arithmetic reads those); the change is the verb between or
// after them, and an amount in the same unit when one is stated. amount-change decides what is wrong.

import { groupedFixed, trimZeros, type Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { DOWN_ZH as RATE_DOWN_ZH, UP_ZH as RATE_UP_ZH } from './rate-claims';

export interface LevelChange {
  paragraph: Paragraph;
  /** The earlier level and the later one, whichever order the text gives them in. */
  from: Figure;
  to: Figure;
  /** The verb that says which way it went, as written (增加, fell, up), and which way that is. */
  verb?: string;
  up?: boolean;
  /** The change stated as an amount (增加6场次, a drop of 4), in the levels' unit. */
  difference?: Figure;
  /**
   * 由每人每年1200元提高至每人每月90元 · from £1,200 a year to £90 a month: each level per its own period. `from` is then
   * the first level converted to the second one's period (1200元 a year → 100元 a month), and these are the levels as a
   * message shows them (1200元/年（合100元/月）, 90元/月).
   */
  periods?: { from: string; to: string };
  start: number;
  end: number;
}

// The verbs rate claims read, and the ones said only of amounts (新增, 压减, 缩减); longest first.
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
// 平均住院日由8.2天缩短至7.6天 · 办理时限由20个工作日压缩到5个工作日 · 服务时间延长至…: times that are cut or extended.
// 补助标准由每人每月90元下调为每人每年1200元 · 由80元上调至95元: a standard or a price set higher or lower (read of amounts
// only: 费率下调20% may be relative, which rate claims leave to the writer).
const UP_ZH = byLength([...RATE_UP_ZH, '新增', '延长', '延長', '上调', '上調']);
const DOWN_ZH = byLength([...RATE_DOWN_ZH, '压减', '壓減', '缩减', '縮減', '缩短', '縮短', '压缩', '壓縮', '下调', '下調']);
// 由4万吨/日增加到6万吨/日，增加2万吨/日: a rate per unit of time written after the figure, the same after each level.
// An average named before 由 (生均公用经费由720元…), a rate per population or per unit of output (每万人发明专利拥有量由…,
// 单位地区生产总值能耗由…), or a rate per head and time right after it (由每人每月640元提高到700元).
const AVERAGE_ZH = /(?:平均|人均|户均|戶均|年均|生均|日均|月均|亩均|畝均|床均|次均|校均|每[十百千万]+(?:人口|人|户|戶|名)|单位|單位)[^，。；,;\d]{0,10}(?:由|从|從)[^，。；,;\d]{0,4}$|(?:由|从|從)每[^，。；,;\d]{1,4}$/;
/** The noun after a level's classifier (个工作日, 名专职人员): the same noun after the other level is the same unit. */
const COUNTED_NOUN = new RegExp(`^\\p{sc=Han}{1,6}?(?=(?:${UP_ZH}|${DOWN_ZH})?了?(?:到|至)|(?:${UP_ZH}|${DOWN_ZH})(?:为|為))`, 'u');
const PER_TIME = /^[/／](?:日|天|月|年|周|週|小时|小時|时|時)/;
const PER_CHAR = /[\p{sc=Han}A-Za-z²³]/u;

/**
 * The per-unit tail of the first level, when the second has it too: 万吨/日, and any other unit per unit written after
 * both (由36元/吨下降到38元/吨, 由36微克/立方米下降到38微克/立方米 — a price or a concentration at both levels). '' when none.
 */
function perTail(text: string, gap: string, b: Figure): string {
  const time = PER_TIME.exec(gap)?.[0];
  if (time) return time;
  if (gap[0] !== '/' && gap[0] !== '／') return '';
  const after = text.slice(b.offset + b.length, b.offset + b.length + 8);
  if (after[0] !== gap[0]) return '';
  let n = 1;
  while (n < gap.length && n < 7 && gap[n] === after[n] && PER_CHAR.test(gap[n])) n++;
  return n > 1 ? gap.slice(0, n) : '';
}
const UP_EN = 'rose|risen|grew|grown|increased|climbed|went up|gone up|up|increase|rise|gain|growth';
const DOWN_EN = 'fell|fallen|dropped|declined|decreased|went down|gone down|down|decrease|decline|drop|fall|reduction';
// The deficit narrowed from £4.1m to £2.9m · the gap widened from 3 to 5 points: verbs of a size that say only where
// the levels go, read before "from" (not as the change's noun: "a narrowing of" is rare).
const UP_FROM_EN = 'widened|expanded|swelled|swollen';
const DOWN_FROM_EN = 'narrowed|shrank|shrunk|reduced|contracted|eased';
// 比上年的2870万元多出390万元 · 比上年少3人: the comparative's more and fewer, said only after 比/较 and the base.
const MORE_ZH = '多出|多|少';
const IS_UP = new RegExp(`^(?:${UP_ZH}|${UP_EN}|${UP_FROM_EN}|多出|多|more|an?\\s+(?:extra|additional))$`, 'i');
// 由420支发展到586支 · 由8天调整为5天: a verb that names no direction; the stated change, if any, gives it.
const NEUTRAL_ZH = '发展|發展|调整|調整';

// 由92场次增加到86场次 · 从3.2亿元到4.1亿元 · 由80万元调整为100万元 · 由12家减少为15家 (为 after a verb, as 到)
// 由2024—2025年度的13420件增加到2025—2026年度的14860件: a span of years, as a level's time.
const FROM_ZH = /(?:由|从|從)(?:(?:19|20)\d\d(?:[-—–/](?:19|20)?\d\d)?年度?(?:底|末|的)?)?[^，。；,;%％\d]{0,10}$/;
const GAP_ZH = new RegExp(`^\\s*(?:(?:(${UP_ZH}|${DOWN_ZH})|${NEUTRAL_ZH})?了?\\s*(?:到|至)|(?:(${UP_ZH}|${DOWN_ZH})|${NEUTRAL_ZH})(?:为|為))\\s*(?:(?:19|20)\\d\\d(?:[-—–/](?:19|20)?\\d\\d)?年度?(?:底|末|的)?)?[^，。；,;%％\\d]{0,10}$`);
// …，增加了0.8亿元 / …，共减少6人
// …，全年新增520万画幅: the change over the year the levels span (not where a level names its year: 由2020年的…).
const DIFF_ZH = new RegExp(`^\\s*[，,]\\s*(?:全年|年内|年內|当年|當年|本年|今年)?(?:共|累计|累計|净|淨)?(${UP_ZH}|${DOWN_ZH})了?\\s*$`);
const DIFF_YEAR_ZH = /^\s*[，,]\s*(?:全年|年内|年內|当年|當年|本年|今年)/;
// 86场次，较上年的92场次增加6场次 · 45所，比上年（48所）减少3所
const REVERSE_ZH = /^\s*[，,]\s*(?:比|较|較)(?:上年|去年|上一年|\d{4}年|同期|上年同期|去年同期|年初|上年末|上年底)?(?:的|（|\()?\s*$/;
const REVERSE_VERB_ZH = new RegExp(`^\\s*[)）]?\\s*(${UP_ZH}|${DOWN_ZH}|${MORE_ZH})了?\\s*$`);
/** B，与上年的A相比，增加C · B，同去年同期（A）相比，减少C: the base set beside the later level with 与/和/同…相比. */
const REVERSE_WITH_ZH = /^\s*[，,]\s*(?:与|與|和|同)(?:上年|去年|上一年|\d{4}年|同期|上年同期|去年同期|年初|上年末|上年底)?(?:的|（|\()?\s*$/;
// 比上年的1.46万小时有所增加 · 与上年的298件相比明显下降: the way alone, the clause ending straight after it.
const WAY_DEGREE_ZH = '(?:有所|明显|明顯|大幅度|大幅|略有|稍有|显著|顯著|进一步|進一步)?';
const WAY_END_ZH = '了?(?=\\s*(?:[，。；,;！？!?]|$))';
const REVERSE_WAY_ZH = new RegExp(`^\\s*[)）]?\\s*${WAY_DEGREE_ZH}(${UP_ZH}|${DOWN_ZH})${WAY_END_ZH}`);
const REVERSE_WITH_WAY_ZH = new RegExp(`^\\s*[)）]?\\s*(?:相比|相較|相较|比较|比較)\\s*[，,]?\\s*${WAY_DEGREE_ZH}(${UP_ZH}|${DOWN_ZH})${WAY_END_ZH}`);
const REVERSE_WITH_VERB_ZH = new RegExp(`^\\s*[)）]?\\s*(?:相比|相較|相较|比较|比較)\\s*[，,]?\\s*(?:共|净|淨)?(${UP_ZH}|${DOWN_ZH}|${MORE_ZH})了?\\s*$`);
// rose from 9,200 to 8,600 · from 64 to 58
// "moved from 41 to 38, up 3 points", "changed from 14 to 11": a verb that names no direction, as 发展, 调整 do — the
// difference after the levels says the direction (none said, nothing is read).
const NEUTRAL_EN = 'moved|changed|went|shifted|has\\s+moved|has\\s+changed|has\\s+gone';
const FROM_EN = new RegExp(`\\b(?:(${UP_EN}|${DOWN_EN}|${UP_FROM_EN}|${DOWN_FROM_EN})|(?:${NEUTRAL_EN}))\\s+from\\s+$`, 'i');
// rose from £48,200 in September to …, has risen from £1.2m at Quarter 1 to …: when each level was, between them.
// A year may stand there too: from 38 ktCO2e in 2023 to 42 ktCO2e.
// The day of a date may come first: from 186 at 31 March to 241 at 30 September.
// The time may be named at length: from 96 in the year before our last inspection to 112, to 980 in the twelve months
// after it — words, not a clause of its own (no verb, no conjunction: "from 96 in the north and the budget rose to 112").
// "in the 12 months to May 2025": a period's length and the month and year it ends in.
const WHEN_WORDS = '(?:(?:\\d{1,2}|(?!(?:and|but|or|while|whereas|which|who|where|rose|fell|grew|increased|decreased|declined|dropped|then|rising|falling)\\b)[A-Za-z]\\w*)\\b ?){1,8}?(?:(?:19|20)\\d\\d\\b)?';
const WHEN_EN = `(?:\\s+(?:in|at|on|by|during)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:[0-3]?\\d\\s+(?=[A-Z]))?(?:[A-Za-z][\\w ]{0,20}?|${WHEN_WORDS}|(?:19|20)\\d\\d(?:[-/–]\\d{2})?))?`;
const GAP_EN = new RegExp(`^${WHEN_EN}\\s+to\\s+$`, 'i');
/** The word of a unit the figures do not know, after the first level, and the rest of the gap (" TEU", " to "). */
// "from 14.2 mg/l in the baseline year to 15.8 mg/l": the time may be named with "the" before it.
const UNIT_GAP_EN = /^\s+([A-Za-z][A-Za-z0-9/.²³]{0,15})((?:\s+(?:in|at|on|by|during)\s+(?:the\s+)?[\w/– ]{1,16}?)?\s+to\s+)$/;
/** Quarter 1, Q2, Year 3, Phase 2: a number that names a period or stage between the levels, not a level. */
const LABEL_NUMBER = /\b(?:Quarter|Q|Year|Phase|Week|Month|Sprint|Release|Stage|Wave|Round|Period|Cohort)\s*$/;
// …, a drop of 4 / …, up 30 / …, an increase of 1,200
// …241 at 30 September, an increase of 65: the second level's time may come before the change.
// …, a saving of £560: a saving is a fall.
// …, an extra 870 tonnes · a loss of 68 students: an extra amount is a rise, a loss a fall.
const CHANGE_EN = `\\s*[,(]\\s*(?:(?:an?\\s+)?(${UP_EN}|${DOWN_EN}|saving|loss)\\s+of\\s+|(up|down|an?\\s+(?:extra|additional))\\s+(?:by\\s+)?)$`;
// …to 41,870, 4,270 more than the year before · to 902, which is 45 fewer than last year: the change, then more or
// fewer than the first level's time (not "more than the target", nor "than in 2019", which may be another year's).
const THAN_GAP_EN = new RegExp(`^${WHEN_EN}\\s*,\\s*(?:which\\s+is\\s+|that\\s+is\\s+)?$`, 'i');
const THAN_AFTER_EN = /^\s+(?:[a-z]+\s+)?(more|fewer|less)\s+(?:[a-z]+\s+)?than\s+(?:in\s+)?(?:the\s+(?:year|quarter|month)\s+before\b|the\s+(?:previous|prior|last)\s+(?:year|quarter|month)\b|last\s+(?:year|quarter|month)\b|a\s+year\s+(?:earlier|ago|before)\b)(?!\s+last\b|['’]s)/i;
// from £2,140 to £1,580 a year, a saving of …: both levels and the change are amounts per year.
// "from $84,300 to $112,600 per month over the year, an increase of …": the span the change was made over, after both.
const DIFF_EN = new RegExp(`^${WHEN_EN}(?:\\s+(?:a|per)\\s+(?:year|month|week|day))?(?:\\s+over\\s+the\\s+(?:last\\s+|past\\s+)?(?:year|quarter|month|period))?${CHANGE_EN}`, 'i');
// £6.4 million, compared with £5.9 million a year earlier, an increase of … · 58,214, up from 57,490 at the end of
// August, an increase of …: the base's time, then the change.
const BASE_DIFF_EN = new RegExp(`^(?:${WHEN_EN}|\\s+(?:a|one)\\s+year\\s+(?:earlier|ago|before)|\\s+(?:last|the\\s+previous|the\\s+prior)\\s+(?:year|quarter|month))${CHANGE_EN}`, 'i');
// 412 members, up 30 from 380 · 412, up from 380 · 318 children subject to a child protection plan, compared with 276
// The words of what is counted may run on after the figure (412 friends-group members, up 30 from 380).
const REVERSE_EN = /^[A-Za-z' -]{0,60},\s*(up|down)\s+$/i;
const REVERSE_BASE_EN = /^\s+from\s+$/i;
/** "£48.6 million, £12.9 million more than the £33.7 million": the comma straight after the later level (its noun may run on). */
const THAN_LEVEL_EN = /^[A-Za-z' -]{0,40},\s*$/;
/** Between the change and the base: " more than the ", " fewer than ", " higher than the ". */
const THAN_BEFORE_EN = /^\s+(?:[a-z]+\s+)?(more|fewer|less|higher|lower|greater)\s+than\s+(?:the\s+)?$/i;
/** "7 of the ", "9 of our ": a part counted of the figure after it. */
const PART_OF_BEFORE_EN = /\d\s+of\s+(?:the|our|its|their|all)\s+$/i;
/** "in ", "across the ": places a count is spread over, before the figure. */
const SPREAD_OVER_BEFORE_EN = /\d[\w ,-]*\s(?:in|across|throughout|within|among)\s+(?:the\s+|our\s+)?$/i;
const REVERSE_NO_DIFF_EN = /^[A-Za-z' -]{0,60},\s*(up|down)\s+from\s+$/i;
// 1,240 compared with 1,180 last year, a rise of 80: no direction without the change after the base.
const COMPARED_EN = /^[A-Za-z' -]{0,60}?,?\s*compared\s+(?:with|to)\s+$/i;
// fell by £1.3 million, from £19.6 million to £18.1 million: the change first.
const BY_EN = new RegExp(`\\b(${UP_EN}|${DOWN_EN})\\s+by\\s+$`, 'i');
const BY_FROM_EN = /^\s*,?\s*from\s+$/i;
/** …, an increase of £0.2 million in grants: a change of a part, not of the amount. */
const OTHER_AFTER_EN = /^\s+(?:in|of|for)\s+(?!\d|the\s+(?:year|quarter|month)\b|(?:the\s+)?(?:last|previous|prior)\b)[a-z]/i;
const NOT_AMOUNT = new Set(['%', '‰', '百分点', 'points', '岁', '分', '倍', '层']);

/** "per ", "for every ", 每: the figure after it is a rate's denominator. */
const DENOMINATOR_BEFORE = /(?:\b(?:per|every)\s+|每)$/i;
/** Between a rate and its denominator: " per ", " for every ". */
const RATE_GAP = /^\s+(?:per|(?:for\s+)?every)\s+$/i;

/** A figure followed straight away by a comma and a digit: its digit group is broken (£16,7525), its value unknown. */
/**
 * Whether the text before `at` can end with a word of ASCII letters and white space after it, or with `also`: what
 * LABEL_NUMBER and DENOMINATOR_BEFORE need before they are tried (perf44: a slice and an end-anchored search per
 * figure, which V8 tries from every position of the slice; before most Chinese figures stands a Han character).
 */
function mayEndWithWord(text: string, at: number, also?: string): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || WHITE.test(text[at - 1]) || text[at - 1] === also;
}
const WHITE = /^\s$/;

/** 12 months in "in the 12 months to May 2026", "over the six weeks before the inspection": a period, not a level. */
function periodLength(text: string, f: Figure): boolean {
  if (!PERIOD_UNIT_EN.test(f.unit) || !PERIOD_BEFORE_EN.test(text.slice(Math.max(0, f.offset - 24), f.offset))) return false;
  return PERIOD_END_AFTER_EN.test(text.slice(f.offset + f.length, f.offset + f.length + 12));
}
const PERIOD_UNIT_EN = /^(?:months?|weeks?|days?|years?)$/i;
const PERIOD_BEFORE_EN = /\b(?:in|during|over|for)\s+the\s+(?:last\s+|past\s+|previous\s+|first\s+|same\s+)?$/i;
const PERIOD_END_AFTER_EN = /^\s+(?:to|before|after|ending|up\s+to|since|until|prior\s+to)\b/i;

/** 25 in 2024–25, 2025/26: the second year of a span written after the first and a dash or slash. */
function yearRangeEnd(text: string, f: Figure): boolean {
  if (f.dimension !== '' || f.unit || f.offset < 5 || !YEAR_JOIN.test(text[f.offset - 1])) return false;
  return /^(?:\d\d|(?:19|20)\d\d)$/.test(text.slice(f.numberStart, f.numberEnd)) && YEAR_BEFORE.test(text.slice(f.offset - 5, f.offset));
}
const YEAR_JOIN = /^[-–—/]$/;
const YEAR_BEFORE = /(?:^|[^\d])(?:19|20)\d\d[-–—/]$/;

function cutShort(text: string, f: Figure): boolean {
  const end = f.offset + f.length;
  const next = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 0x2c && next >= 0x30 && next <= 0x39;
}

/** The level changes of one paragraph, in text order. */
export function readLevelChanges(paragraph: Paragraph, all: readonly Figure[]): LevelChange[] {
  const text = paragraph.text;
  const out: LevelChange[] = [];
  // "from £1.2m at Quarter 1 to £1.8m": the quarter's number is no figure of the change.
  let figures = all.some((f) => f.dimension === '') ? all.filter((f) => f.dimension !== '' || !mayEndWithWord(text, f.offset) || !LABEL_NUMBER.test(text.slice(Math.max(0, f.offset - 10), f.offset))) : all;
  // "from 96 in the 12 months to May 2025 to 112": the length of a period named by its end is no level.
  if (figures.some((f) => periodLength(text, f))) figures = figures.filter((f) => !periodLength(text, f));
  // "from 13,420 in 2024–25 to 14,860 in 2025–26": the end of a financial or school year is no level.
  if (figures.some((f) => yearRangeEnd(text, f))) figures = figures.filter((f) => !yearRangeEnd(text, f));
  // "from £5,189 to £16,7525": a figure cut short by a broken digit group (,7525 after it) is no level to compare.
  if (figures.some((f) => cutShort(text, f))) figures = figures.filter((f) => !cutShort(text, f));
  // "83.0 crimes per 1,000 people" · 每10万人口: the figure after "per" or 每 is what a rate is counted against, no level.
  // The rate before it keeps the words of its denominator (" per 1,000 people") to match them at the other level.
  let per: Map<Figure, string> | undefined;
  if (figures.some((f) => mayEndWithWord(text, f.offset, '每') && DENOMINATOR_BEFORE.test(text.slice(Math.max(0, f.offset - 8), f.offset)))) {
    per = new Map();
    const kept: Figure[] = [];
    for (const f of figures) {
      const denominator = DENOMINATOR_BEFORE.test(text.slice(Math.max(0, f.offset - 8), f.offset));
      const rate = kept[kept.length - 1];
      if (denominator && rate && RATE_GAP.test(text.slice(rate.offset + rate.length, f.offset))) per.set(rate, text.slice(rate.offset + rate.length, f.offset + f.length));
      if (!denominator) kept.push(f);
    }
    figures = kept;
  }
  const denominators = per;
  for (let k = 0; k + 1 < figures.length; k++) {
    const found = forward(text, figures, k, paragraph, denominators) ?? reverse(text, figures, k, paragraph, denominators) ?? variance(text, figures, k, paragraph) ?? changeFirst(text, figures, k, paragraph);
    if (!found) continue;
    out.push(found.change);
    k += found.used - 1;
  }
  if (out.length > 1 && RESPECTIVELY_ANY.test(text)) pairRespectively(text, figures, out);
  return out;
}

// 由80万元调整为100万元，单缴存职工由60万元调整为70万元，分别提高20万元、10万元: one change stated for each of the
// levels before it, in their order.
const RESPECTIVELY_ANY = /分[别別]/;
const RESPECTIVELY_ZH = new RegExp(`^\\s*[，,]\\s*(?:分别|分別)(${UP_ZH}|${DOWN_ZH})了?\\s*$`);
const LIST_SEPARATOR = /^\s*(?:、|和|及|与|與)\s*$/;
// Between the levels of one change and the next: no sentence ends, and no other figure stands.
const SENTENCE_END = /[。；;！？!?]/;

/** The changes listed after 分别 given to the level changes before it without one, in order: as many as there are. */
function pairRespectively(text: string, figures: readonly Figure[], out: LevelChange[]): void {
  for (let j = 1; j < out.length; j++) {
    const last = out[j];
    if (last.difference) continue;
    const at = figures.indexOf(last.to);
    const first = figures[at + 1];
    const verb = first ? RESPECTIVELY_ZH.exec(text.slice(last.to.offset + last.to.length, first.offset)) : null;
    if (!verb) continue;
    const listed = [first];
    for (let i = at + 2; i < figures.length && LIST_SEPARATOR.test(text.slice(figures[i - 1].offset + figures[i - 1].length, figures[i].offset)); i++) listed.push(figures[i]);
    const n = listed.length;
    if (n < 2 || n > j + 1) continue;
    // One more change without its own before them in the sentence: which ones the list is for is not certain.
    const changes = out.slice(j + 1 - n, j + 1);
    if (changes.some((c) => c.difference) || (j + 1 - n > 0 && !out[j - n].difference && sameSentence(text, out[j - n], changes[0]))) continue;
    if (!changes.every((c, i) => i === 0 || sameSentence(text, changes[i - 1], c))) continue;
    if (!changes.every((c, i) => sameUnit(listed[i], c.from) && listed[i].unit === c.to.unit)) continue;
    const up = IS_UP.test(verb[1]);
    changes.forEach((c, i) => {
      const withVerb = c.verb ? c : { ...c, verb: verb[1], up };
      out[j + 1 - n + i] = { ...withVerb, difference: listed[i] };
    });
  }
}

/** Two changes in one sentence, with no figure between them. */
function sameSentence(text: string, a: LevelChange, b: LevelChange): boolean {
  return !SENTENCE_END.test(text.slice(a.end, b.start));
}

// £145.1m, an overspend of £3.5m · £48.2m against a budget of £45.9m, an overspend of £2.3m: a budget, the outturn
// and the variance between them.
const VARIANCE = /^\s*[,(]\s*(?:an?\s+)?(?:(?:forecast|projected|net)\s+)?(overspend|underspend|overrun|underrun)\s+of\s+$/i;
// The year it is for may stand between (The revenue budget for 2026/27 is £142.6m; The capital budget for 2025/26 is £22.4 million).
const BUDGET_BEFORE = /\bbudget(?:ed)?\b(?:[^.;!?\d]|(?:19|20)\d\d(?:[/–-]\d{2,4})?(?!\d)){0,24}?$/i;
const IS_OVER = /^(?:overspend|overrun)$/i;
const PLAN_BEFORE = /\b(?:against|compared\s+with|versus)\s+(?:a|the|its)\s+plan(?:ned)?(?:\s+of)?\s*$/i;

/** The outturn at figures[k] and its variance after it; the budget is the nearest figure before it the words call one. */
function variance(text: string, figures: readonly Figure[], k: number, paragraph: Paragraph): { change: LevelChange; used: number } | undefined {
  const [b, c] = [figures[k], figures[k + 1]];
  const word = VARIANCE.exec(text.slice(b.offset + b.length, c.offset));
  if (!word || !sameUnit(c, b, true)) return undefined;
  const verb = word[1];
  // £48.2m against a budget of £45.9m, an overspend of …: the figure before the variance is the budget itself.
  // USD 1.46 million, against a plan of USD 1.30 million, an underspend of …: a plan is the budget here.
  if (BUDGET_BEFORE.test(text.slice(Math.max(0, b.offset - 30), b.offset)) || PLAN_BEFORE.test(text.slice(Math.max(0, b.offset - 30), b.offset))) {
    const outturn = figures[k - 1];
    if (!outturn || !levels(outturn, b, true) || !/^\s*,?\s+(?:against|compared\s+with|versus|vs\.?)\s+(?:a|the|its)?\s*(?:budget(?:ed)?|plan(?:ned)?)\b[^.;!?\d]{0,12}$/i.test(text.slice(outturn.offset + outturn.length, b.offset))) return undefined;
    return { change: { paragraph, from: b, to: outturn, verb, up: IS_OVER.test(verb), difference: c, start: outturn.offset, end: c.offset + c.length }, used: 2 };
  }
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const a = figures[j];
    if (!levels(a, b, true) || !BUDGET_BEFORE.test(text.slice(Math.max(0, a.offset - 30), a.offset))) continue;
    return { change: { paragraph, from: a, to: b, verb, up: IS_OVER.test(verb), difference: c, start: Math.min(a.offset, b.offset), end: c.offset + c.length }, used: 2 };
  }
  return undefined;
}

const PER_AFTER_EN = /^\s+per\s+(?:\d|[a-z])/;
/** After the first level's period: " on average to ", " to ". */
const AVERAGE_TO_EN = /^(?:\s+on\s+average)?\s+to\s+$/i;

/** 排名由369位上升到235位 · 位次从120名提升到85名: a place in a ranking, named by the words before the change. */
const RANK_BEFORE = /(?:排名|排位|位次|名次|排序|排行|位列|位居)[^，。；,;\d]{0,12}$/;

function isRank(text: string, f: Figure): boolean {
  return (f.unit === '位' || f.unit === '名') && RANK_BEFORE.test(text.slice(Math.max(0, f.offset - 24), f.offset).split(/[，。；,;]/).pop() ?? '');
}

/** Amounts of one unit that can be levels: not rates, not approximate, not per head, not written in words. */
function levels(a: Figure, b: Figure, english = false): boolean {
  if (kind(a, english) !== kind(b, english) || NOT_AMOUNT.has(a.dimension) || a.perUnit || b.perUnit) return false;
  return !a.approximate && !b.approximate && !a.words && !b.words;
}

/** Two English counts of different nouns (16,440 people, up from 41,900 parcels): levels of two quantities, not one.
 *  The base's noun among the words written after the figure (1,240 youth sessions, up from 1,310 sessions) is the same one. */
function otherNouns(a: Figure, b: Figure, wordsAfterA: string): boolean {
  if (a.dimension !== 'count' || b.dimension !== 'count' || !a.unit || !b.unit) return false;
  const stem = (word: string) => word.toLowerCase().replace(/(?:ies|es|s)$/, '');
  const base = stem(b.unit.split(/\s+/).pop() ?? '');
  return !`${a.unit} ${wordsAfterA}`.split(/[^A-Za-z'-]+/).some((word) => word && stem(word) === base);
}

/** In English a bare number counts what the figure beside it counts (412 members, up 30 from 380). */
function kind(f: Figure, english: boolean): string {
  return english && f.dimension === '' ? 'count' : f.dimension;
}

function sameUnit(d: Figure | undefined, a: Figure, english = false): d is Figure {
  return d !== undefined && kind(d, english) === kind(a, english) && !d.approximate && !d.perUnit && !d.words;
}

/** What follows figure `f` up to `next`. */
function tail(text: string, f: Figure, next: number): string {
  return text.slice(f.offset + f.length, next);
}

/** The figure as a level: a rate per unit of time or an average (`perLevel`) read as the level it is at both ends. */
function asLevel(f: Figure, perLevel: boolean): Figure {
  return perLevel && f.perUnit ? { ...f, perUnit: false } : f;
}

// Module functions, not closures made for every figure (forward is read at each).
/** 由A增加到B[，增加C] · rose from A to B[, an increase of C]. */
function forward(text: string, figures: readonly Figure[], k: number, paragraph: Paragraph, denominators?: Map<Figure, string>): { change: LevelChange; used: number } | undefined {
  const [a, c] = [figures[k], figures[k + 2]];
  let b = figures[k + 1];
  const before = text.slice(Math.max(0, a.offset - 24), a.offset);
  let gap = text.slice(a.offset + a.length, b.offset);
  // from 12.4 per 1,000 to 13.1 per 1,000: the same denominator after each level.
  const aPer = denominators?.get(a);
  if (aPer && gap.startsWith(aPer)) {
    if (denominators!.get(b) !== aPer) return undefined;
    gap = gap.slice(aPer.length);
  }
  // The per-time tail of the first level (万吨/日) must follow the second and the difference too.
  const per = perTail(text, gap, b);
  if (per && !(tail(text, b, b.offset + b.length + per.length) === per)) return undefined;
  gap = gap.slice(per.length);
  // 由7个工作日减少到9个工作日, 由12名专职人员增加到18名专职人员: the noun a classifier counts, written after each level.
  const written = COUNTED_NOUN.exec(gap)?.[0];
  const noun = written && a.unit === b.unit && text.startsWith(written, b.offset + b.length) ? written : undefined;
  if (noun) gap = gap.slice(noun.length);
  // from 612,000 TEU to 587,000 TEU · from 182 Ml/d to 191 Ml/d: a unit the figures do not know, written after both.
  const unitWord = a.dimension === '' && b.dimension === '' ? UNIT_GAP_EN.exec(gap) : null;
  if (unitWord && text.startsWith(unitWord[1], b.offset + b.length + 1) && /^\s$/.test(text[b.offset + b.length] ?? '') && !/[A-Za-z0-9]/.test(text[b.offset + b.length + 1 + unitWord[1].length] ?? '')) {
    gap = gap.slice(unitWord[0].length - unitWord[2].length);
  }
  // 排名由369位上升到235位: a rank is a position, not an amount (a smaller number is a higher place).
  if (isRank(text, a) || isRank(text, b)) return undefined;
  const zhFrom = a.dimension !== '' ? FROM_ZH.exec(before) : null;
  // A rate per unit of time (万吨/日) or an average (平均住院日由8.2天…) at both levels still changes by their difference.
  const rate = per !== '' || AVERAGE_ZH.test(before);
  let zhGap = zhFrom && levels(asLevel(a, rate), asLevel(b, rate)) ? GAP_ZH.exec(gap) : null;
  // 由每人每年1200元提高至每人每月90元: each level per its own period of one measure — the first is converted to the
  // second's period (1200元 a year is 100元 a month, so 90元 is a fall). Frequencies (巡视频次由每周1次提高至每日1次),
  // periods that do not convert (每学期, 每小时) and other measures (由每户每年…至每人每月…) are left alone.
  let converted: PeriodConversion | null | undefined;
  if (zhGap) {
    converted = periodConversionZh(before.slice(zhFrom!.index), gap, a);
    if (converted === null) zhGap = null;
  }
  const enFrom = zhGap ? null : FROM_EN.exec(before);
  // from £1,200 a year to £90 a month · from £1,200 per annum to £1,100 per annum: the period after each level.
  let enGap = gap;
  if (enFrom && !zhGap) {
    const p = PERIOD_EN.exec(gap);
    const q = p ? PERIOD_EN.exec(text.slice(b.offset + b.length, b.offset + b.length + 20)) : null;
    if (p && q) {
      const [pp, qq] = [periodWord(p[1]), periodWord(q[1])];
      // "from 3 visits a week to 1 a day": a count per period is how often, not how much — left alone.
      if (pp !== qq && kind(a, true) === 'count') return undefined;
      converted = pp === qq ? undefined : { factor: PER_YEAR[pp] / PER_YEAR[qq], from: pp, to: qq, english: true };
      enGap = gap.slice(p[0].length);
    } else if (p) {
      // "fell from 38 nights per month on average to 31": a bare second level is per the first one's period, in its unit.
      const shared = AVERAGE_TO_EN.test(gap.slice(p[0].length)) && a.dimension !== '' ? (a.dimension === 'count' && b.dimension === '' && !b.unit && b.scale === 1 ? b : borrowUnit(text, asLevel(b, true), asLevel(a, true))) : undefined;
      if (!shared) return undefined;
      b = shared;
      enGap = gap.slice(p[0].length).replace(/^\s+on\s+average\b/i, '');
    }
  }
  // "rose from 1.42 to 1.18 per 1,000 population": the rate's "per" after the second level is the first one's too.
  // "The average pot rose from £58,900 to £52,300": the word that makes the first level an average ("average", "mean",
  // "per head" before it) is the second's too; "from A to B" names one measure.
  const perBoth = (!a.perUnit && b.perUnit && PER_AFTER_EN.test(text.slice(b.offset + b.length, b.offset + b.length + 12))) || (a.perUnit && !b.perUnit) || (aPer !== undefined && gap !== text.slice(a.offset + a.length, b.offset));
  const perEn = perBoth || enGap !== gap;
  if (!zhGap && !(enFrom && GAP_EN.test(enGap) && levels(asLevel(a, perEn), asLevel(b, perEn), true))) return undefined;
  if (converted) return convertedChange(text, a, b, converted, a.offset - before.length + (zhGap ? zhFrom!.index : enFrom!.index), paragraph, zhGap ? zhGap[1] ?? zhGap[2] : enFrom![1]);
  const start = a.offset - before.length + (zhGap ? zhFrom!.index : enFrom!.index);
  // fell from 2.84 to 2.61 million, from £2.84 to £2.61 million: the scale written once, after the second level, is the
  // first one's too — unless the levels as written are already alike (from 800,000 to 1.2 million); where neither
  // reading brings them near (from 500 to 1.2 million) the claim is left alone.
  let from = a;
  if (!zhGap && a.scale === 1 && b.scale > 1 && kind(a, true) === kind(b, true) && !alike(a.value, b.value)) {
    const borrowed = Number((a.value * b.scale).toPrecision(15));
    if (!alike(borrowed, b.value)) return undefined;
    from = { ...a, value: borrowed, scale: b.scale, unit: b.unit };
  }
  const change: LevelChange = { paragraph, from, to: b, start, end: b.offset + b.length };
  const verb = zhGap ? zhGap[1] ?? zhGap[2] : enFrom![1];
  if (verb) Object.assign(change, { verb, up: IS_UP.test(verb) });
  let diffGap = text.slice(b.offset + b.length + per.length, c ? c.offset : b.offset);
  const bPer = denominators?.get(b);
  if (bPer && diffGap.startsWith(bPer)) diffGap = diffGap.slice(bPer.length);
  // …177.9 Ml/d, a reduction of 5.5 Ml/d: the unit word written after both levels stands after the second before the change.
  if (unitWord && diffGap.startsWith(` ${unitWord[1]}`)) diffGap = diffGap.slice(unitWord[1].length + 1);
  if (noun && c && c.unit === a.unit && diffGap.startsWith(noun) && text.startsWith(noun, c.offset + c.length)) diffGap = diffGap.slice(noun.length);
  const diffPer = c !== undefined && (!per || tail(text, c, c.offset + c.length + per.length) === per);
  // "Merchant NPS moved from 41 to 38, up 3 points": bare levels of a score change by points of it.
  const scorePoints = !zhGap && c !== undefined && a.dimension === '' && b.dimension === '' && c.dimension === 'points' && !c.approximate && !c.words;
  const unitOk = diffPer && (sameUnit(zhGap ? asLevel(c, rate) : c, a, !zhGap) || scorePoints);
  let diff: RegExpExecArray | null = unitOk ? (zhGap ? DIFF_ZH : DIFF_EN).exec(diffGap) : null;
  if (diff && zhGap && DIFF_YEAR_ZH.test(diffGap) && /(?:19|20)\d\d年/.test(text.slice(start, b.offset))) diff = null;
  if (!diff && unitOk && !zhGap && THAN_GAP_EN.test(diffGap)) diff = THAN_AFTER_EN.exec(text.slice(c.offset + c.length, c.offset + c.length + 60));
  if (!diff) return { change, used: 2 };
  const diffVerb = diff[1] ?? diff[2];
  if (!change.verb && diffVerb) Object.assign(change, { verb: diffVerb, up: IS_UP.test(diffVerb) });
  return { change: { ...change, difference: c, end: c.offset + c.length }, used: 3 };
}

// 每周, 每人每年, 每季度, 每个月: the period a level is counted per, written before it.
const PERIOD_ZH = /每(?:个|個)?(日|天|周|週|星期|旬|月|季度|季|半年|年|学期|學期|小时|小時)(?:[^\d，。；,;每]{0,3})$/;
const SAME_PERIOD: Record<string, string> = { 天: '日', 週: '周', 星期: '周', 季: '季度', 學期: '学期', 小時: '小时' };
/** How many of each period make a year: the ones a level per period converts between. */
const PER_YEAR: Record<string, number> = { 日: 365, 周: 52, 月: 12, 季度: 4, 半年: 2, 年: 1, day: 365, week: 52, month: 12, quarter: 4, year: 1 };
/** A level per day may be per working day: a year of 250 of them is read too, and the claim is judged only if both agree. */
const WORKING_DAYS = 250;
/** 次, 遍, 趟: a frequency (每周1次 → 每日1次), whose periods say how often, not how much — not converted. */
const FREQUENCY_UNIT = /^(?:次|遍|趟|回|轮|輪|班|期)$/;
/** The 每 words before the period (每人每年 → 每人): the measure the level is per, besides its period. */
const PER_WHAT_ZH = /(?:每(?:个|個)?[^\d每，。；,;到至为為由从從]{1,3})*$/;
/** a year, per annum, each month, per week: a level's period in English, written after it. */
const PERIOD_EN = /^[ ]+(?:a|an|per|each)[ ]+(year|annum|month|week|day|quarter)\b/i;

interface PeriodConversion {
  /** The first level times this is its amount per the second level's period. */
  factor: number;
  from: string;
  to: string;
  english?: true;
}

function periodWord(word: string): string {
  const w = word.toLowerCase();
  return w === 'annum' ? 'year' : w;
}

/**
 * The levels' periods, written before each of them (由每人每年…至每人每月…): undefined when they are the same or not
 * both written, the conversion when they differ and convert, null when they differ and do not (每学期, 每小时, a
 * frequency, or another measure besides the period: 由每户每年…至每人每月…).
 */
function periodConversionZh(fromPart: string, gap: string, a: Figure): PeriodConversion | null | undefined {
  const pm = PERIOD_ZH.exec(fromPart);
  const qm = PERIOD_ZH.exec(gap);
  if (!pm || !qm) return undefined;
  const p = SAME_PERIOD[pm[1]] ?? pm[1];
  const q = SAME_PERIOD[qm[1]] ?? qm[1];
  if (p === q) return undefined;
  if (PER_YEAR[p] === undefined || PER_YEAR[q] === undefined || FREQUENCY_UNIT.test(a.unit)) return null;
  const perWhat = (s: string, at: number) => PER_WHAT_ZH.exec(s.slice(0, at))![0].replace(/[个個]/g, '');
  if (perWhat(fromPart, pm.index) !== perWhat(gap, qm.index)) return null;
  return { factor: PER_YEAR[p] / PER_YEAR[q], from: p, to: q };
}

/**
 * The change between levels per different periods, the first converted to the second's period; none when the two are
 * within the rounding of the second (每年1000元 → 每月83元 is no change to argue about). Only the direction is read:
 * a stated difference could be per either period.
 */
function convertedChange(text: string, a: Figure, b: Figure, c: PeriodConversion, start: number, paragraph: Paragraph, verb: string | undefined): { change: LevelChange; used: number } | undefined {
  const value = a.value * c.factor;
  const tolerance = Math.max(0.5 * 10 ** -b.decimals * b.scale, 0.01 * Math.abs(b.value));
  if (Math.abs(value - b.value) <= tolerance) return undefined;
  // 由每日150元提高至每月3500元: 150 a day is 4,562 a month of 365 days, but 3,125 of 250 working days — no claim to judge.
  const days = (period: string) => (period === '日' || period === 'day' ? WORKING_DAYS / PER_YEAR[period] : 1);
  const working = value * days(c.from) / days(c.to);
  if (Math.abs(working - b.value) <= tolerance || working > b.value !== value > b.value) return undefined;
  const shown = (f: Figure) => text.slice(f.offset, f.offset + f.length).replace(/\s+/g, ' ');
  const amount = Number((value / a.scale).toFixed(2)).toString();
  const prefix = text.slice(a.offset, a.numberStart);
  const suffix = text.slice(a.numberEnd, a.offset + a.length);
  const periods = c.english
    ? { from: `${shown(a)} a ${c.from} (${prefix}${englishAmount(Number(amount))}${suffix} a ${c.to})`, to: `${shown(b)} a ${c.to}` }
    : { from: `${shown(a)}/${c.from}（合${prefix}${amount}${suffix}/${c.to}）`, to: `${shown(b)}/${c.to}` };
  const change: LevelChange = { paragraph, from: { ...a, value, perUnit: false }, to: { ...b, perUnit: false }, start, end: b.offset + b.length, periods };
  if (verb) Object.assign(change, { verb, up: IS_UP.test(verb) });
  return { change, used: 2 };
}

/**
 * An amount of at most two decimals as `amount.toLocaleString('en-US')` writes it (grouped, up to three decimals, no
 * trailing zeros), by numbers.ts `groupedFixed`: ICU's number formatting costs 33–79 ms on a process's first call.
 */
export function englishAmount(amount: number): string {
  return trimZeros(groupedFixed(amount, 2));
}

/**
 * A bare figure read in the unit of the level it is set against: as written where the two are near, at that level's
 * scale where only that brings them near; undefined where neither does, or where it is a year, a rate or approximate.
 * `change`: a stated change, which need not be near the level (read only at scale one).
 */
function borrowUnit(text: string, x: Figure, b: Figure, change = false): Figure | undefined {
  if (x.dimension !== '' || x.unit || x.scale !== 1 || x.perUnit || x.approximate || x.words || b.perUnit || NOT_AMOUNT.has(b.dimension)) return undefined;
  if (/^(?:19|20)\d\d$/.test(text.slice(x.numberStart, x.numberEnd))) return undefined;
  if (change) return b.scale === 1 ? { ...x, dimension: b.dimension, unit: b.unit } : undefined;
  if (alike(x.value, b.value)) return { ...x, dimension: b.dimension, unit: b.unit };
  const value = Number((x.value * b.scale).toPrecision(15));
  return b.scale > 1 && alike(value, b.value) ? { ...x, value, dimension: b.dimension, unit: b.unit, scale: b.scale } : undefined;
}

/** Two levels within a factor of ten of each other. */
function alike(a: number, b: number): boolean {
  return a > 0 && b > 0 && b / a >= 0.1 && b / a <= 10;
}

/** fell by C, from A to B: the change before the levels. */
function changeFirst(text: string, figures: readonly Figure[], k: number, paragraph: Paragraph): { change: LevelChange; used: number } | undefined {
  const [c, a, b] = [figures[k], figures[k + 1], figures[k + 2]];
  if (!b || !BY_FROM_EN.test(text.slice(c.offset + c.length, a.offset)) || !GAP_EN.test(text.slice(a.offset + a.length, b.offset))) return undefined;
  const head = Math.max(0, c.offset - 24);
  const verb = BY_EN.exec(text.slice(head, c.offset));
  if (!verb || !levels(a, b, true) || !sameUnit(c, a, true)) return undefined;
  const start = head + verb.index;
  return { change: { paragraph, from: a, to: b, verb: verb[1], up: IS_UP.test(verb[1]), difference: c, start, end: b.offset + b.length }, used: 3 };
}

/** Between two figures of one clause: no clause mark (", up from" ends it). */
const SAME_CLAUSE_EN = /^[^,;:.!?，。；：！？()（）]{1,60}$/;

/**
 * The figure of the clause before figures[k] that "up from `base`" is said of, when it is not figures[k] itself
 * (undefined: figures[k]; null: no telling which). The first of the clause within a factor of two of the base, counting
 * what the base counts, is its subject ("1,214 researchers from 38 departments …, up from 1,067": 1,214); with none, an
 * earlier one nearer the base in size by more than half an order of magnitude (5,840 tickets from 12 sites, up from
 * 980). When figures[k] is within a factor of two as well and the way (`up`) fits one and not the other, no telling
 * ("sold 1,240 gift cards to 980 customers, up from 1,050").
 */
function clauseLevel(text: string, figures: readonly Figure[], k: number, base: Figure, up: boolean | undefined): Figure | null | undefined {
  if (base.value <= 0) return undefined;
  const gap = (f: Figure) => Math.abs(Math.log(Math.max(f.value, 1e-9) / base.value));
  const nearest = figures[k];
  const nearestGap = nearest.value > 0 ? gap(nearest) : Infinity;
  let first: Figure | undefined;
  let closer: Figure | undefined;
  let closerGap = nearestGap;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const f = figures[j];
    if (!SAME_CLAUSE_EN.test(text.slice(f.offset + f.length, figures[j + 1].offset))) break;
    if (f.value <= 0 || !levels(f, base, true) || otherNouns(f, base, text.slice(f.offset + f.length, base.offset))) continue;
    const g = gap(f);
    if (g < Math.LN2) first = f;
    if (g < closerGap - Math.LN10 / 2) {
      closer = f;
      closerGap = g;
    }
  }
  if (first) {
    if (nearestGap < Math.LN2 && up !== undefined && (first.value > base.value) !== (nearest.value > base.value)) return null;
    return first;
  }
  return closer;
}

/** B，较上年的A增加C · B, up C from A · B, up from A: the later level first. */
function reverse(text: string, figures: readonly Figure[], k: number, paragraph: Paragraph, denominators?: Map<Figure, string>): { change: LevelChange; used: number } | undefined {
  let [b, x, y] = [figures[k], figures[k + 1], figures[k + 2]];
  let after = text.slice(b.offset + b.length, x.offset);
  // "83.0 crimes per 1,000 people, up from 84.4": the rate's denominator, then its earlier level.
  const bPer = denominators?.get(b);
  if (bPer && after.startsWith(bPer)) {
    after = after.slice(bPer.length);
    b = asLevel(b, true);
    x = asLevel(x, x.perUnit && denominators!.get(x) === bPer);
  }
  // 每千人口执业医师数3.2人，较上年的3.4人增加0.2人: a rate per population, its earlier level in the same unit.
  const zhRate = b.perUnit && x.unit === b.unit && /每[十百千万]+(?:人口|人|户|戶|名)[^，。；,;\d]{0,12}$/.test(text.slice(Math.max(0, b.offset - 20), b.offset));
  if (zhRate) [b, x, y] = [asLevel(b, true), asLevel(x, true), y && asLevel(y, true)];
  // 320亿元，与上年的300亿元相比，减少20亿元: the base between 与 and 相比, then the change.
  const withBase = b.dimension !== '' && REVERSE_WITH_ZH.test(after);
  if (b.dimension !== '' && (REVERSE_ZH.test(after) || withBase) && levels(b, x)) {
    const verb = y ? (withBase ? REVERSE_WITH_VERB_ZH : REVERSE_VERB_ZH).exec(text.slice(x.offset + x.length, y.offset)) : null;
    if (!verb || !sameUnit(y, b)) {
      // 1.39万小时，比上年的1.46万小时有所增加。: the way said with no change stated, the clause ending there.
      const way = (withBase ? REVERSE_WITH_WAY_ZH : REVERSE_WAY_ZH).exec(text.slice(x.offset + x.length, x.offset + x.length + 16));
      if (!way) return undefined;
      return { change: { paragraph, from: x, to: b, verb: way[1], up: IS_UP.test(way[1]), start: b.offset, end: x.offset + x.length + way[0].length }, used: 2 };
    }
    return { change: { paragraph, from: x, to: b, verb: verb[1], up: IS_UP.test(verb[1]), difference: y, start: b.offset, end: y.offset + y.length }, used: 3 };
  }
  const up = REVERSE_NO_DIFF_EN.exec(after);
  const compared = up ? null : COMPARED_EN.exec(after);
  // "13,900 hours, up from 14,600 in 2024" · "47 minutes, compared with 41": a bare base takes the later level's unit
  // (and its scale where only that brings them near: "£4.6m, up from 3.9"); a bare change after it too, at scale one.
  if ((up || compared) && x.dimension === '' && b.dimension !== '' && b.dimension !== 'count') {
    const base = borrowUnit(text, x, b);
    if (!base) return undefined;
    x = base;
    if (y && b.scale === 1) y = borrowUnit(text, y, b, true) ?? y;
  }
  // "1,214 researchers from 38 departments held active accounts, up from 1,067": the base is the level of the clause's
  // own amount, the one nearest it in size (not the departments it came from); "12 schools enrolled 1,214 pupils, up
  // from 1,067" keeps the nearest.
  const subject = up || compared ? clauseLevel(text, figures, k, x, up ? IS_UP.test(up[1]) : undefined) : undefined;
  if (subject === null) return undefined;
  if (subject) {
    b = subject;
    after = text.slice(b.offset + b.length, x.offset);
  }
  // "at 7 of the 38 monitoring sites, down from 11": the whole a part is counted of is not the level that changed.
  if (!subject && (up || compared) && PART_OF_BEFORE_EN.test(text.slice(Math.max(0, b.offset - 24), b.offset))) return undefined;
  // "286 franchised cafes in 11 states, up from 261": the places the count is spread over are not the level that changed.
  if (!subject && (up || compared) && SPREAD_OVER_BEFORE_EN.test(text.slice(Math.max(0, b.offset - 24), b.offset))) return undefined;
  // 48,200 food parcels to 16,440 people, up from 41,900 parcels: the base counts another noun than the figure before it.
  if ((up || compared) && levels(b, x, true) && !otherNouns(b, x, after)) {
    // …, up from 57,490 at the end of August, an increase of 724: the change after the base.
    const diff = y && sameUnit(y, b, true) && !OTHER_AFTER_EN.test(text.slice(y.offset + y.length, y.offset + y.length + 24)) ? BASE_DIFF_EN.exec(text.slice(x.offset + x.length, y.offset)) : null;
    const verb = up?.[1] ?? diff?.[1] ?? diff?.[2];
    if (!verb) return undefined;
    const change: LevelChange = { paragraph, from: x, to: b, verb, up: IS_UP.test(verb), start: b.offset, end: x.offset + x.length };
    return diff ? { change: { ...change, difference: y, end: y.offset + y.length }, used: 3 } : { change, used: 2 };
  }
  // "£48.6 million, £12.9 million more than the £33.7 million imposed in 2024/25": the change, then the base it is more
  // or less than — the later level is the base and the change.
  const than = y ? THAN_BEFORE_EN.exec(text.slice(x.offset + x.length, y.offset)) : null;
  if (than && y && THAN_LEVEL_EN.test(after) && levels(b, y, true) && sameUnit(x, b, true) && !otherNouns(b, y, after)) {
    const up = /^(?:more|higher|greater)$/i.test(than[1]);
    return { change: { paragraph, from: y, to: b, verb: than[1], up, difference: x, start: b.offset, end: y.offset + y.length }, used: 3 };
  }
  const stated = REVERSE_EN.exec(after);
  if (!stated || !y || !REVERSE_BASE_EN.test(text.slice(x.offset + x.length, y.offset)) || !levels(b, y, true) || !sameUnit(x, b, true)) return undefined;
  return { change: { paragraph, from: y, to: b, verb: stated[1], up: IS_UP.test(stated[1]), difference: x, start: b.offset, end: y.offset + y.length }, used: 3 };
}
