/**
 * One figure restated in other words with two adjacent digits swapped: "Our membership reached 4,320 households" and
 * later "a membership of 4,230 households", 共指出问题23个 and 审计报告指出的32个问题, "the backlog stood at 1,260 jobs"
 * and "the 1,620 outstanding jobs". The swap is the evidence of a typing slip; the words need only name the same thing:
 * the same counted noun (English) or two words of the name in common (Chinese), at the same unit, scale and precision.
 *
 * Silent where the two may be two quantities: another period (first half / full year, 上半年 / 全年, another year),
 * another date for a stock (end of June / end of September, 截至3月底 / 截至6月底), a change or a comparison, a target
 * against a result (计划, aims to), a part of a whole (of which, 其中), other named bodies or places, approximate figures,
 * figures in words, tables, rates. English: at three digits the clauses must share a word besides the noun; at four,
 * that, or both must be the body's whole (our, we, total, in all, the body's own name).
 *
 * Chinese: 完成 opening a name is no verb of it (完成数据库中468名党外代表人士的年度信息更新 and 纳入数据库管理的党外代表人士共486名);
 * a part is named by 其中 or by its whole and 中 (专任教师中具有博士学位的); the base a plan starts from keeps its own time
 * under the plan's heading and its change after it is the plan's (在全年城镇新增就业4.62万人的基础上巩固提升); 人 and 名 count
 * the same people; 另有, 尚有 and 其余 name others; 1-6月 in a first half's report is its own 上半年 (and 1-6月累计 that half's
 * total), 上年 and 去年 another time. English hours given are compared, named by who gave them ("Our volunteer rangers gave
 * 21,480 hours" and "Our volunteer rangers contributed 24,180 hours"; not "Youth volunteers" and "Adult volunteers", nor
 * hours given to one task). A bare figure named by the plural noun opening its clause and a verb of amounting is counted
 * by that noun ("Passenger journeys totalled 38.6 million" and "We carried 36.8 million passenger journeys"; the words
 * before the noun must be the other's too: not "Bus passenger journeys" and "rail passenger journeys"). Each earlier
 * statement of a group is compared with the later ones. An amount after "against" (compared with) is read from there:
 * "The revised forecast for the year is £28.3 million against the approved programme of £25.7 million" states the
 * approved programme, no forecast; approved and agreed name an amount as its other words do.
 *
 * A table row counting what was done, in a column headed by a year ("| Speeding offences detected | 17,960 | 18,420 |",
 * table-rows.ts), is compared with prose telling the body's own count with the row's verb and words ("In 2025/26 we
 * detected 18,240 speeding offences"; not "we cancelled", not "the police completed", not another year's column). A
 * Chinese clause opening with the draft's own period (全年化解…, 年内排查…) is of that period, whatever year an earlier
 * clause names of something else (对2025年底前形成的信访积案…); 实现行政村全覆盖 after a figure is what it covers, no
 * scope; 对全市1,365家公共机构下达… counts every one of them (no verb before it), and 开展抽查, 重点检查 after a figure
 * tell a sample or a chosen few, no count of all.
 *
 * Read per paragraph by the local part (restatedFigures), paired across the draft by the document part (restatedPairs):
 * grouped by unit and the digits' multiset, so each figure is compared only with its few look-alikes (linear).
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';
import { SENTENCE_REACH } from './sentences';
import { PARAPHRASES_EN } from './paraphrases';
import { inOtherItems } from './items';
import { rowCount, yearColumnOf } from './table-rows';
import { qualifierAfterEn } from './qualifier-after-en';
import { ownEndMonthZh, monthEndZh, OWN_END } from './own-end';
import breakdownWords from '../../data/breakdown-words.json';
import bodyWords from '../../data/body-words.json';
import measureWords from '../../data/measure-words.json';
import { matchesOf } from '../../patterns';

export interface RestatedHead {
  f: Figure;
  digits: string;
  /** English: content words of the clause; Chinese: the two-character words of the name around the figure. */
  words: string[];
  whole: boolean;
  plan: boolean;
  part: boolean;
  spans: string;
  dates: string[];
  names: string;
  zh: boolean;
  /** Chinese: the Han characters of the name before the figure (what a verb before the shared words is read from). */
  lead: string;
  /** 累计 not of a period named (全年累计): a running total, the same only as one to the same date. */
  running: boolean;
  /** A sentence saying what has been done (均已公示), with no plan word: a fact, under a plan heading too. */
  done: boolean;
  /** A sentence telling a problem with no plan word (problemTold): the report's own figure, under a plan heading's year too. */
  problem?: boolean;
  /** 在…的基础上 after it: the base a plan builds on, which restates a result (read where a plan heading scopes it). */
  base: boolean;
  /** English: counted by a noun phrase of three words or more the model read no unit in (" public EV charge points"). */
  phrase: boolean;
  /** English: the counted noun the two are grouped by (MONEY_NOUN for an amount); '' in Chinese. */
  noun: string;
  /** English: the words naming a bare figure before its noun (RestatedCandidate.namedBy), each to be in the other's words. */
  namedBy?: string[];
  /** English: whom an amount went to, after it ("£1.26 million to local schools": "local schools"); '' where none is said. */
  recipient?: string;
  /** A table row's count ("| Speeding offences detected | … |"): the participle of its label (table-rows.ts). */
  row?: string;
  /** English prose: the participles and past tenses of the clause ("we detected", "were received"). */
  verbs?: string[];
  /** English prose: the body's own count, told by we, our or the body's word for itself ("the team opened"). */
  self?: boolean;
  /** English prose: the body's own count in the report's own year, named after it ("87 launches in 2026", "this year"). */
  ownYear?: boolean;
  /** English prose: the body's own headcount ("We employ 142 staff", "With only 124 staff", "our 124 staff"). */
  headcount?: boolean;
  /** Chinese: 出口 or 进口 where it is the whole name before the figure, less the scope and time (全年全市出口); else ''. */
  trade?: string;
  /** English prose: the words after the count naming which of its kind it counts ("calls about parking"; qualifier-after-en.ts). */
  qual?: string;
}

/** What the rule knows of the draft's own period (fact-conflict.ts OwnPeriod, read here only). */
export interface OwnTime {
  year: string;
  half?: string;
  /** The title (关于2026年前三季度…的通报) and the kind of report: when its own time ends (own-end.ts). */
  title?: string;
  kind?: string;
  names: Set<string>;
  fiscalForm?: RegExp;
}

export interface RestatedPatterns {
  change: RegExp;
  setsApart: RegExp;
}

const HAN = /\p{sc=Han}/u;
const CLAUSE_MARK_ZH = /[，,；;。：:！？!?]/;
const CLAUSE_MARK_EN = /[,;:!?]|\.(?=\s|$)/;
const NOT_A_NOUN_EN = /^(?:hours?|days?|minutes?|weeks?|months?|years?|nights?|seconds?|miles?|kilometres?|kilometers?|metres?|meters?|km|tonnes?|tons?|times?|percent|per|points?|pence|pounds?|dollars?|euros?)$/i;
const STOP_EN = new Set('the and for with from that this these those our its their his her was were has have had are is been being into onto over under than then also now all each every some any more most less fewer about around which who whom whose what when where year years end out per not but only alone just there here they them we us you it'.split(' '));
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_WORD = new RegExp(`^(?:${MONTHS_EN})$`, 'i');
const SPANS_EN = new RegExp(`\\b(?:(?:19|20)\\d\\d(?:\\s*[/–-]\\s*\\d{2,4})?|(?:first|second) half|h[12]|q[1-4]|(?:first|second|third|fourth) quarter|last year|previous year|(?:${MONTHS_EN})\\s*(?:[–-]|to)\\s*(?:${MONTHS_EN}))\\b`, 'gi');
const DATES_EN = new RegExp(`\\b(?:${MONTHS_EN})\\b`, 'gi');
const WHOLE_EN = /\b(?:our|we|total|in all|overall|altogether|in total)\b/i;
const PART_BEFORE_EN = /\b(?:of which|of whom|including|among them|of these|of them)\b[^,;]*$/i;
const PART_AFTER_EN = /^\s*(?:of (?:them|whom|these|which|our|the)\b|were|are)?[^,;.]{0,30}\bof (?:them|whom)\b/i;
const PARTICIPLE_FIRST_EN = /^\s*[a-z]{3,}ed(?=\s)/;
const PLACE_AFTER_EN = /^\s*(?:on|in|at|across|among|within|outside|through|via|with|for|from|by)\b/i;
const OWN_AFTER_EN = /^\s*(?:on roll|in all|in total|across\s+all\b(?!\s+(?:but|except)\b)|(?:in|during|over|for|by|at)\s+(?:the\s+)?(?:end|year|quarter|period|month|(?:19|20)\d\d)\b|at\s+(?:quarter|year|month)[- ]end\b)/i;
/**
 * After the figure and no place: the body's own verb in a relative clause that ends there ("at which we voted"; not "at
 * which we voted against the chair", nor "at which the Fund held shares"), another count ("on 38,942 resolutions"), the
 * body's own sites ("across our offices in Leeds and Cardiff").
 */
const NO_PLACE_AFTER_EN = /^\s*(?:(?:at|in|on)\s+which\s+we\s+(?:have\s+|had\s+)?[a-z]{2,}ed\s*$|(?:on|through)\s+\d|across\s+(?:all\s+)?our\s+(?:offices|sites|branches|centres|centers|locations)\b)/i;
/** "told us that", "said that" opening a clause: its teller stands before the clause mark ("HMP Ridgeway, the nearest prison, told us"). */
const REPORTING_OPENS_EN = /^\s*(?:(?:also|then|later)\s+)?(?:told\s+(?:us|inspectors|the\s+inspectors|auditors|the\s+auditors)|stated|said|confirmed|reported|explained|advised\s+us|informed\s+us)\s+that\b/i;
/** " this year", " during the year", " in 2026" of the 2026 report right after the figure, no place after it. */
function ownYearAfter(after: string, year: string): boolean {
  const m = /^\s*(?:(?:this|in the|during the|over the)\s+year|in\s+((?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?))\b/i.exec(after);
  if (!m || (m[1] !== undefined && m[1].replace(/\s+/g, '') !== year.replace(/\s+/g, ''))) return false;
  return !/^\s*(?:,\s*)?(?:by|in|at|on|from|across|for|with)\b/i.test(after.slice(m[0].length));
}
/** "We employ 142 staff", "With only 124 staff to handle…", "our 124 staff": the body's own headcount (the figure just before its noun). */
const HEADCOUNT_BEFORE_EN = /(?:\b(?:we|the\s+[a-z]+)\s+(?:now\s+|currently\s+)?(?:employ|employs|have|has)|^\s*with(?:\s+only|\s+just)?|\bour)\s+$/i;
const HEADCOUNT_NOUN_EN = /^(?:staff|employee)$/;
/** "There are 412 pupils on roll" after a sentence naming another body: the names of the sentence before are its. */
// ("This year Council delivered": this of a time, no pronoun.)
const NO_SUBJECT_EN = /^\s*(?:there\s+(?:are|were|is|was)|it|they|this(?!\s+(?:year|quarter|month|week|period|spring|summer|autumn|fall|winter|term|season)\b)|these|its|their)\b/i;
const FUTURE_EN = /\b(?:shall|next|coming|upcoming|by\s+(?:19|20)\d\d)\b/i;
const PLAN_EN = /\b(?:aims?|target(?:ed|s)?|plans?|planned|will|expects?|expected|forecasts?|budget(?:ed)?|goal|would|could)\b/i;
const PLAN_ZH = /到(?:19|20)\d\d年|计划|計劃|目标|目標|预计|預計|力争|力爭|争取|爭取|确保|確保|拟|擬|将|將|任务|任務|下一步/;
const SPANS_ZH = /\p{sc=Han}{0,2}以来|\p{sc=Han}{0,2}以來|(?:19|20)\d\d年(?:度)?|[上下]半年|全年|[一二三四1-4]季度|\d{1,2}\s*[—–~～至到-]\s*\d{1,2}月|历年|歷年|近年|上年|去年|前年/gu;
const DATES_ZH = /\d{1,2}月(?:底|末|\d{1,2}日)|年底|年末/g;
const AS_OF_ZH = /截至|截止/;
/** Two-character words that name no measure: a scope, a time, a verb of stating or amounting. */
const GENERIC_ZH = /^(?:全[县縣区區市省镇鎮乡鄉年]|共有|现有|現有|累计|累計|其中|截至|截止|月底|年底|年末|目前|已达|已達|达到|達到|共计|共計|合计|合計|年度|年内|总量|總量|各类|各類|全部|已经|已經|以上|以来)$/;
/** 约有2,460名老人: about, as the words before the figure say it. */
const ABOUT_ZH = /(?:约|約|大约|大約|近|将近|將近|超过|超過|逾|不到|不足)有?$/;
const BASIS_ZH = /(?:按|按照|依照|根据|根據|参照|參照)$/;
const CAPACITY_ZH = /能力|容量/;
const BASE_AFTER_ZH = /^[^，,。；;]{0,4}的?基础上|^[^，,。；;]{0,4}的?基礎上/;
const DONE_ZH = /已经|已經|均已|已于|已於|已向|已完成|已全部/;
/** What a sentence telling a problem says (仍有部分患者存在…情况, 有待提高, 力量不足). */
const PROBLEM_TOLD_ZH = /仍有|仍然|仍存在|尚存在|存在.{0,16}(?:问题|問題|情况|情況|不足|短板|隐患|隱患)|有待|不够|不夠|不足|不高|不强|不強|不到位|偏低|偏弱|薄弱|滞后|滯後|差距/u;
/** The words of a plan in a sentence (将, 力争, 计划, 下一步): what is to be done, not what was found. */
const PLAN_TOLD_ZH = /将|將|要|拟|擬|力争|力爭|争取|爭取|计划|計劃|确保|確保|目标|目標|预计|預計|下一步|明年|推动|推動|加强|加強|推进|推進|着力|著力|持续|持續|进一步|進一步|(?:19|20)\d\d年/u;
/**
 * 肺结核患者登记管理368例中，仍有部分患者存在服药依从性不高的情况 under 五、存在的问题和2027年工作打算: a sentence telling a
 * problem, with no word of a plan nor a year, states the report's own figure (as a sentence of what is done does).
 */
export function problemTold(sentence: string): boolean {
  return PROBLEM_TOLD_ZH.test(sentence) && !PLAN_TOLD_ZH.test(sentence);
}
const EACH_ZH = /各(?:科室|部门|部門|单位|單位|街道|乡镇|鄉鎮|县|縣|区|區|村|校|学校|學校|医院|醫院|处室|處室|站|所)/;
const EACH_ALL_ZH = new RegExp(EACH_ZH.source, 'g');
const RUNNING_ZH = /累计|累計/;
const PERIOD_TOTAL_ZH = /全年|今年|本年|年内|年內|[上下]半年|\d{1,2}\s*[—–~～至到-]\s*\d{1,2}月/;
/** " stop and searches", " hit and run collisions": one word, "and", then a noun phrase of one to three words, a plural last. */
const COMPOUND_AFTER_EN = /^\s([a-z]+[^s\W])\s+and\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*[^s\W]s)\b(?![-'’])/i;
/** "5 staff and volunteers": a collective noun, then another: two kinds counted, no compound. */
const COLLECTIVE_EN = /^(?:staff|people|police|personnel|children|men|women|cattle|sheep|fish|deer|crew|youth|folk|faculty|clergy)$/i;
/** " public EV charge points", " home fire safety visits": a noun phrase of two to five words, a plural last, after a figure. */
const PHRASE_AFTER_EN = /^\s((?:[A-Za-z][A-Za-z-]*\s){1,4}[a-z][a-z-]*s)\b(?![-'’])/;
const NOT_PHRASE_WORD_EN = /^(?:and|or|of|in|on|at|to|for|by|from|with|the|a|an|per|than|more|less|fewer|over|under|were|was|are|is|have|has|had|will|would|people|percent|its|our|their)$/i;
/** "the Council", "the Trust": the words any body calls itself by (body-words.json), no other body's name. */
const BODY_SELF_EN = new Set(Object.entries(bodyWords.bodies as Record<string, string[]>).filter(([, roles]) => roles.includes('self')).map(([w]) => w));
/** 与周边同等城市相比: the places a comparison names, no scope of the figure. */
const COMPARED_WITH_ZH = /与[^，,。；;]{0,16}?(?:相比|相比较|比较|相较)/g;

/** 全年化解…, 年内排查…: a clause opening with the draft's own period (its words, after 一是 or a label's comma). */
const OWN_PERIOD_LEAD_ZH = /^\s*(?:全年|年内|年內|今年|本年度?)/;
/** 2025年，… · 2025年全县…: a sentence opening with a year, the time of all it tells. */
const YEAR_OPENS_ZH = /^[\s\u3000]*(?:(?:19|20)\d\d|上|去|今)年/;
/** 实现行政村全覆盖, 覆盖全县各乡镇: what a figure reaches, after it (no scope of the figure). */
const COVERED_ZH = /(?:实现|實現|做到)[^，,。；;]{1,12}?全覆盖|(?:实现|實現|做到)[^，,。；;]{1,12}?全覆蓋|覆盖(?:全|各|所有)[^，,。；;]{1,12}/gu;

/** 共收到代表建议46件，内容涉及农业农村、…: what the items are about, after the figure (no scope it is counted in). */
const CONTENT_ZH = /[，,](?:内容|主要|均|多)?(?:涉及|涵盖|涵蓋|包括)[^，,。；;]*/gu;

/** 对全市1,365家公共机构下达…: every one of a kind in the whole area, the object of a verb after it (no verb before). */
const OBJECT_OF_ALL_ZH = /(?:^|[，,；;。])\s*(?:对|對)全[县縣区區市省镇鎮乡鄉]$/;

/** 开展抽查考核, 开展重点检查 after the figure: a sample or a chosen few of those counted. */
const SAMPLED_AFTER_ZH = /抽查|抽检|抽檢|抽取|抽样|抽樣|随机|隨機|重点|重點|部分/;

/** 村（社区）: every village and community of the body's area, its whole (no scope of one kind of place). */
const ALL_VILLAGES_ZH = /村[（(](?:社区|社區|居)[）)]/g;

/**
 * 全年全市出口, 其中出口, 实现进口: a short noun of trade that is the whole name of a figure, with no more than its scope,
 * its time and a verb of amounting before it (not 机电产品出口, 市场采购贸易出口: a kind of exports).
 */
const TRADE_NAME_ZH = /^(?:全年|今年|本年|年内|全[县縣区區市省]|其中|共|实现|實現|完成|累计|累計)*(出口|进口|進口)(?:额|額|总额|總額)?$/u;
/** 其中 right before the noun of trade (其中出口, 其中出口52.3亿元、进口), and the sentence's total of trade both ways before it (进出口总额). */
const TRADE_SPLIT_ZH = /其中(?:(?:出口|进口|進口)[^，,；;。、]*、)?(?:出口|进口|進口)\p{sc=Han}{0,2}$/u;
const TRADE_BOTH_ZH = /进出口|進出口/;

const OTHERS_ZH = /(?:另有|另外|还有|尚有|仍有|其余|剩余)\p{sc=Han}{0,2}$/u;

/** 高校毕业生: the people a kind of school sends out, a cohort, no scope of the figure (二是抓好高校毕业生就业，…). */
const COHORT_ZH = /\p{sc=Han}{2}毕业生/gu;

/**
 * 其中具有博士学位的1,392人 and 专任教师中具有博士学位的教师共1,329人: a part of the same whole, named by 其中 or by the
 * whole and 中 (not 数据库中468名…: 中 before the figure names a place).
 */
const PART_ZH = /其中|\p{sc=Han}中(?=具有|拥有|有|持有|取得|获得)/u;

/** 其中 (其中专职调解员: no 中专 of a school's stage). */
const AMONG_ZH = /其中/g;

/** 白沙村：全村…: a run-in label opening the paragraph names whose the figures are. */
const LABEL_ZH = /^\s*(\p{sc=Han}{2,8})[：:]/u;

/** Places and bodies a Chinese figure may be scoped to (城区, 医院, 全县, 各科室): another scope, another quantity. */
const SCOPE_FAMILIES = ['area', 'villageKind', 'health', 'direction', 'stage', 'level', 'sector', 'cultureVenue'];
const SCOPE_ZH = new RegExp(
  `全[县縣区區市省镇鎮乡鄉村]|农村|農村|乡镇|鄉鎮|学校|學校|${(breakdownWords.families as Record<string, string[]>)
    ? SCOPE_FAMILIES.flatMap((k) => (breakdownWords.families as Record<string, string[]>)[k] ?? []).filter((w) => /^\p{sc=Han}{2,}$/u.test(w)).join('|')
    : ''}`,
  'gu',
);

/** The dates a stock is taken at (3月底, 6月30日, 年底) that a text names: two stocks at two dates are two quantities. */
export function stockDatesZh(s: string): string[] {
  return [...new Set([...matchesOf(s, DATES_ZH)].map((m) => m[0]))];
}

/** The months an English text names (At 31 March, at the end of September): a stock at two months is two stocks. */
export function monthsEn(s: string): string[] {
  return [...new Set([...matchesOf(s, DATES_EN)].map((m) => m[0].toLowerCase()))];
}

/** Whether two lists of dates name two different dates (both name some, none in common). */
export function otherDates(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((d) => b.includes(d));
}

function singular(w: string): string {
  const s = w.toLowerCase();
  if (/ies$/.test(s)) return `${s.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(s)) return s;
  return s.replace(/s$/, '');
}

/**
 * The noun phrase after an English figure the model read with no unit ("86 public EV charge points", "14,860 home fire
 * safety visits"): two to five words, no year, amount or month. Undefined where there is none.
 */
export function phraseAfterEn(text: string, f: Figure): string | undefined {
  if (f.dimension !== '' || f.unit !== '' || HAN.test(f.subject)) return undefined;
  if (/^(?:19|20)\d\d$/.test(text.slice(f.numberStart, f.numberEnd)) || /[£$€#]$/.test(text.slice(Math.max(0, f.numberStart - 1), f.numberStart))) return undefined;
  const m = PHRASE_AFTER_EN.exec(text.slice(f.numberEnd, f.numberEnd + 80));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  // "public EV charge points": a measure's word last is a noun of the phrase where three words or more name it.
  if (words.some((w, i) => NOT_PHRASE_WORD_EN.test(w) || MONTH_WORD.test(w) || ((i < words.length - 1 || words.length < 3) && NOT_A_NOUN_EN.test(singular(w))))) return undefined;
  return m[1];
}

/**
 * The counted noun phrase of a compound after an English figure ("8,412 stop and searches": "searches"), the model
 * reading its first word as the unit or none. Undefined where there is none.
 */
export function compoundAfterEn(text: string, f: Figure): string | undefined {
  if ((f.dimension !== '' && f.dimension !== 'count') || HAN.test(f.subject)) return undefined;
  if (/[£$€#]$/.test(text.slice(Math.max(0, f.numberStart - 1), f.numberStart))) return undefined;
  const m = COMPOUND_AFTER_EN.exec(text.slice(f.numberEnd, f.numberEnd + 60));
  if (!m || COLLECTIVE_EN.test(m[1]) || MONTH_WORD.test(m[1]) || NOT_A_NOUN_EN.test(m[1]) || NOT_PHRASE_WORD_EN.test(m[1])) return undefined;
  if (f.unit !== '' && f.unit.toLowerCase() !== m[1].toLowerCase()) return undefined;
  if (m[2].split(/\s+/).some((w) => NOT_PHRASE_WORD_EN.test(w) || MONTH_WORD.test(w))) return undefined;
  return m[2];
}

/** "volunteers gave", "rangers contributed": hours given by people, named by the givers (at least one word before). */
const GIVEN_HOURS_EN = /\b[a-z]{3,}\s+(?:gave|give|donated|contributed|volunteered|logged|pledged)\s+(?:a total of\s+|some\s+|more than\s+|over\s+)?$/i;
const HOURS_GIVEN = '(hours given)';

/** The words that name who gave the hours: the clause before the verb, less its stop words ("Our volunteer rangers"). */
function givers(f: Figure): string[] {
  const text = f.paragraph.text;
  const before = text.slice(Math.max(0, f.offset - 80), f.offset);
  const m = /([^,;:.!?]*?)\b(?:gave|give|donated|contributed|volunteered|logged|pledged)\s+(?:a total of\s+|some\s+|more than\s+|over\s+)?$/i.exec(before);
  if (!m) return [];
  return [...new Set((m[1].toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? []).map(singular).filter((w) => !STOP_EN.has(w) && !/^(?:19|20)\d\d$/.test(w)))];
}

/** One set of givers within the other: the same, or ("The Friends group" and "Members of the Friends group") two words or more. */
function sameGivers(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.includes(w)) && (small.length === large.length || small.length >= 2);
}

/**
 * "Passenger journeys totalled 38.6 million", "Missed bins numbered 1,426": a bare figure (or one with only a scale)
 * after a plural noun opening its clause and a verb of amounting; the noun, singular. Not a measure's own name
 * ("Visitor numbers were", "Levels reached": measure-words.json, read by the main pass), nor a noun after "of".
 */
const NAMED_BEFORE_EN = /(?:^|[.;:!?]\s+|,\s+)(?:(?:the|our)\s+)?((?:[A-Za-z][a-z-]+\s+){0,2}[A-Za-z][a-z-]*[a-z]s)\s+(?:totalled|totaled|numbered|amounted to|came to|stood at)\s+$/;
const NOT_NAMED_EN = /^(?:numbers|levels|rates|figures|totals|costs|savings|funds|sales|receipts|earnings|hours|days|weeks|months|years|points|tonnes|tons|kilometres|miles|pounds|dollars|euros|visits? per)$/i;
export function namedBeforeEn(text: string, f: Figure): { noun: string; words: string[] } | undefined {
  if (f.dimension !== '' || (f.unit !== '' && !SCALE_EN.test(f.unit)) || HAN.test(f.subject)) return undefined;
  if (/[£$€#]$/.test(text.slice(Math.max(0, f.numberStart - 1), f.numberStart))) return undefined;
  const m = NAMED_BEFORE_EN.exec(text.slice(Math.max(0, f.offset - 80), f.offset));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const last = words[words.length - 1];
  if (NOT_NAMED_EN.test(last) || words.some((w) => NOT_PHRASE_WORD_EN.test(w) || MONTH_WORD.test(w))) return undefined;
  // (As headEn reads words: "Missed" is a participle, read in neither.)
  const named = words.slice(0, -1).map((w) => singular(w)).filter((w) => !STOP_EN.has(w) && !w.endsWith('ed'));
  return { noun: singular(last), words: named.map((w) => PARAPHRASES_EN[w] ?? w) };
}

/** An English amount of money (£1.84 million): its dimension is the currency's code. */
const CURRENCY_EN = /^(?:GBP|USD|EUR|AUD|CAD|HKD)$/;
const MONEY_NOUN = '(amount)';
const SCALE_EN = /^(?:thousand|million|billion|bn|m|k)$/;

const DIGIT_COUNTS = new Int32Array(10);
/** The digits in ascending order (their multiset: two figures one swap apart have the same). */
function sortedDigits(digits: string): string {
  DIGIT_COUNTS.fill(0);
  for (let i = 0; i < digits.length; i++) DIGIT_COUNTS[digits.charCodeAt(i) - 48]++;
  let out = '';
  for (let d = 0; d < 10; d++) if (DIGIT_COUNTS[d] > 0) out += String(d).repeat(DIGIT_COUNTS[d]);
  return out;
}

/** Whether two of the digit strings (or numbers) are one swap of two adjacent digits apart (a slip to look for at all). */
function swapApart(written: ReadonlySet<string | number>): boolean {
  if (written.size < 2) return false;
  const digits = new Set([...written].map(String));
  for (const d of digits) {
    for (let i = 0; i + 1 < d.length; i++) {
      if (d[i] === d[i + 1]) continue;
      if (digits.has(`${d.slice(0, i)}${d[i + 1]}${d[i]}${d.slice(i + 2)}`)) return true;
    }
  }
  return false;
}

const SPACE = /\s/;
/** The most digits a number key holds exactly (a leading 1 and 14 digits stay under 2^53). */
const NUMBER_KEY_DIGITS = 14;

/**
 * The multiset of a figure's digits as written (what digitsOf gives, in any order), as a number (a 1, then the digits in
 * ascending order) or, past 14 digits, a string; undefined where digitsOf gives none. No string is made for a number.
 */
const DIGITS_READ = { value: 0 };
function digitsKey(f: Figure): number | string | undefined {
  const text = f.paragraph.text;
  DIGIT_COUNTS.fill(0);
  let n = 0;
  let value = 0;
  let before = false;
  let dot = false;
  let after = false;
  for (let i = f.numberStart; i < f.numberEnd; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (dot) after = true;
      else before = true;
      if (n === 0 && c === 48) continue;
      DIGIT_COUNTS[c - 48]++;
      n++;
      value = value * 10 + (c - 48);
    } else if (c === 46 && before && !dot) dot = true;
    else if (c !== 44 && c !== 0xff0c && !SPACE.test(text[i])) return undefined;
  }
  if (!before || (dot && !after) || n < 2) return undefined;
  if (n > NUMBER_KEY_DIGITS) return `s${sortedDigits(digitsOf(f)!)}`;
  let key = 1;
  for (let d = 0; d < 10; d++) for (let k = 0; k < DIGIT_COUNTS[d]; k++) key = key * 10 + d;
  // The digits as a number too (exact at 14 digits, with no leading zero: one number, one digit string).
  DIGITS_READ.value = value;
  return key;
}

function digitsOf(f: Figure): string | undefined {
  const written = f.paragraph.text.slice(f.numberStart, f.numberEnd).replace(/[,，\s]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(written)) return undefined;
  const d = written.replace('.', '').replace(/^0+/, '');
  return d.length >= 2 ? d : undefined;
}

export function transposedDigits(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The clause the figure stands in: from the last clause mark before it to the next after it (bounded). */
function clauseAround(text: string, f: Figure, mark: RegExp, reach: number): { before: string; after: string } {
  const from = Math.max(0, f.offset - reach);
  const lead = text.slice(from, f.offset);
  let start = lead.length;
  while (start > 0 && !mark.test(lead[start - 1] === '.' ? lead.slice(start - 1, start + 1) : lead[start - 1])) start--;
  const end = f.offset + f.length;
  const tail = text.slice(end, end + reach);
  const stop = tail.search(mark);
  return { before: lead.slice(start), after: stop < 0 ? tail : tail.slice(0, stop) };
}

function bigrams(s: string, out: Set<string>): void {
  for (const run of s.match(/\p{sc=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const w = run.slice(i, i + 2);
      if (!GENERIC_ZH.test(w)) out.add(w);
    }
  }
}

/**
 * The figures of one paragraph that may be restated in other words, with the multiset of their digits (read for every
 * figure, cheaply: a number per figure). Which of them are candidates at all (candidateOf), their group and what their
 * words say (`head`) are read only where another figure has the same digits in another order, once, and kept with the
 * paragraph's local result across lints: reading the words of every figure of a long draft was most of the rule's time
 * (5,300 figures of the 3 MB draft, 280 of them read).
 */
export interface RestatedFigures {
  paragraph: Paragraph;
  /** All the paragraph's figures (the next figure bounds a Chinese figure's scope). */
  all: readonly Figure[];
  own: OwnTime | undefined;
  ownWords: readonly string[];
  p: RestatedPatterns;
  /** The draft is a budget (its title says so): its amounts told as budget or appropriations are the budget's. */
  budget: boolean;
  /** The capitalised words of the draft's title block (lower case): the body's own name, no other body's. */
  blockNames: ReadonlySet<string>;
  figures: Figure[];
  /** digitsKey of each of `figures`: the multiset of its digits. */
  keys: Array<number | string>;
  /** The digits of each of `figures` as written (digitsOf), as a number where it holds them exactly. */
  digits: Array<number | string>;
  /** The unit of each of `figures` where it has Han characters (its group's, never an English noun's), else ''. */
  units: string[];
  /** Read where needed: undefined until read, null for a figure that is no candidate. */
  candidates?: Array<RestatedCandidate | null | undefined>;
}

/** A figure that may be restated in other words, and what a comparison reads of it first. */
interface RestatedCandidate {
  f: Figure;
  at: RestatedFigures;
  digits: string;
  /** English: the noun phrase after the figure the model read no unit in, and the figure's noun. */
  phrase: string | undefined;
  noun: string;
  zh: boolean;
  /** English: the words before the noun that names a bare figure before it ("Passenger journeys totalled": passenger). */
  namedBy?: string[];
  /** Undefined until read; null where its words rule it out. */
  head?: RestatedHead | null;
  /** A table row's count: the participle of its label (table-rows.ts). */
  row?: string;
}

/** The figures of one paragraph a restatement in other words may be looked for among (undefined: none). */
export function restatedFigures(paragraph: Paragraph, all: readonly Figure[], own: OwnTime | undefined, ownWords: readonly string[], p: RestatedPatterns, budget = false, blockNames = ''): RestatedFigures | undefined {
  // A table row: only a count done in a year's column ("| Speeding offences detected | 17,960 | 18,420 |").
  const header = paragraph.tableHeader;
  if (header && rowCount(paragraph.text) === undefined) return undefined;
  let out: RestatedFigures | undefined;
  for (const f of all) {
    // ("about 84,500 residents" and "about 85,400 residents": two figures both told as about are compared, in English.)
    if ((f.approximate && HAN.test(f.subject)) || f.words || f.perUnit || f.cell !== undefined || f.value <= 0 || f.unit === '成' || f.unit === 'fraction') continue;
    if (header) {
      if (f.dimension !== '' || f.unit !== '' || yearColumnOf(paragraph.text, header, f.offset) === undefined) continue;
    } else if (f.dimension === '%' || f.dimension === '百分点' || f.dimension === 'points' || (f.dimension === '' && phraseAfterEn(paragraph.text, f) === undefined && compoundAfterEn(paragraph.text, f) === undefined && namedBeforeEn(paragraph.text, f) === undefined)) continue;
    const key = digitsKey(f);
    if (key === undefined) continue;
    out ??= { paragraph, all, own, ownWords, p, budget, blockNames: blockNameSet(blockNames), figures: [], keys: [], digits: [], units: [] };
    out.figures.push(f);
    out.keys.push(key);
    out.digits.push(typeof key === 'number' ? DIGITS_READ.value : digitsOf(f)!);
    out.units.push(HAN.test(f.unit) ? unitZh(f) : '');
  }
  // Kept while the paragraph stands (fact-conflict's value of it): lists of their own size, not grown by push to room
  // for 17 (≈ 1,500 paragraphs of the 3 MB draft, 0.9 MB of the lint worker's heap; perf80).
  if (out) {
    out.figures = out.figures.slice();
    out.keys = out.keys.slice();
    out.digits = out.digits.slice();
    out.units = out.units.slice();
  }
  return out;
}

/** The set of a draft's title-block names, one for all its paragraphs (a set per paragraph was 0.3 MB on the 3 MB draft). */
let lastBlockNames: { names: string; set: ReadonlySet<string> } | undefined;
function blockNameSet(names: string): ReadonlySet<string> {
  if (lastBlockNames?.names !== names) lastBlockNames = { names, set: new Set(names.split(' ')) };
  return lastBlockNames.set;
}

/** A Chinese figure's unit, people counted by any of their classifiers as one (3,260人 and 3,620名群众). */
function unitZh(f: Figure): string {
  return f.dimension === '人' && (f.unit === '名' || f.unit === '位') ? '人' : CASES_ZH.test(f.unit) ? '件' : f.unit;
}
/** 案件23件 and 32起案件: 件 and 起 count the same cases (one group; the words must still name the same cases). */
const CASES_ZH = /^(?:件|起)$/;

/** The figure at `i` as a candidate (read once), or null where it is none. */
function candidateOf(at: RestatedFigures, i: number): RestatedCandidate | null {
  const known = (at.candidates ??= [])[i];
  if (known !== undefined) return known;
  return (at.candidates[i] = readCandidate(at, at.figures[i]) ?? null);
}

function readCandidate(at: RestatedFigures, f: Figure): RestatedCandidate | undefined {
  const digits = digitsOf(f)!;
  const row = at.paragraph.tableHeader ? rowCount(at.paragraph.text) : undefined;
  if (row) {
    // "Speeding offences detected": grouped by its noun, as "18,240 speeding offences" mostly is (the model reading the
    // phrase as its unit); the words before the noun are to be the prose's (headRow).
    const noun = singular(row.phrase.split(/\s+/).pop()!);
    return { f, at, digits, phrase: undefined, noun: PARAPHRASES_EN[noun] ?? noun, zh: false, row: row.participle };
  }
  const phrase = phraseAfterEn(at.paragraph.text, f);
  const zh = HAN.test(f.unit) || (HAN.test(f.subject) && !/^[a-z ]+$/i.test(f.unit));
  if (zh) return { f, at, digits, phrase, noun: '', zh };
  const unit = phrase ?? f.unit;
  // "8,412 stop and searches", "2,736 hit and run collisions": a compound the model read its first word of as the unit.
  // "fraud and error worth £1.84 million": an amount, named by the words of its clause (headEn reads them).
  if (phrase === undefined && CURRENCY_EN.test(f.dimension)) return { f, at, digits, phrase, noun: MONEY_NOUN, zh };
  // "Our volunteer rangers gave 21,480 hours": the hours people give name what they measure by who gave them.
  // (Not "3,250 hours to path repairs": the hours given to one task.)
  if (phrase === undefined && f.dimension === '小时') {
    const text = at.paragraph.text;
    if (!GIVEN_HOURS_EN.test(text.slice(Math.max(0, f.offset - 80), f.offset)) || /^\s*(?:to|towards|on|for|of)\b(?!\s+(?:their|his|her)\s+(?:own\s+)?time\b)/i.test(text.slice(f.offset + f.length, f.offset + f.length + 30))) return undefined;
    return { f, at, digits, phrase, noun: HOURS_GIVEN, zh };
  }
  // "Passenger journeys totalled 38.6 million": counted by the noun its clause opens with.
  const named = phrase === undefined && f.dimension === '' ? namedBeforeEn(at.paragraph.text, f) : undefined;
  if (named !== undefined) return { f, at, digits, phrase, noun: PARAPHRASES_EN[named.noun] ?? named.noun, zh, namedBy: named.words };
  const compound = phrase === undefined ? compoundAfterEn(at.paragraph.text, f) : undefined;
  if (phrase === undefined && compound === undefined && (f.dimension !== 'count' || !/^[a-z][a-z -]*$/i.test(f.unit))) return undefined;
  const last = (compound ?? unit).trim().split(/\s+/).pop()!.toLowerCase();
  let noun = singular(last);
  noun = PARAPHRASES_EN[noun] ?? noun;
  // "5,912 new undergraduate entrants" are "5,921 new undergraduates": the new ones of a kind named by the kind (not
  // "new entrants", "mature entrants": no kind of student).
  if (NEW_ONES_EN.test(noun) && phrase === undefined) {
    const kind = /([a-z]+)\s+\S+\s*$/i.exec(at.paragraph.text.slice(f.numberEnd, f.offset + f.length))?.[1].toLowerCase();
    if (kind !== undefined && STUDENT_KIND_EN.test(kind)) noun = kind;
  }
  if ((phrase === undefined && NOT_A_NOUN_EN.test(noun)) || noun === 'person') return undefined;
  return { f, at, digits, phrase, noun, zh };
}

const NEW_ONES_EN = /^(?:entrant|starter|enrolment|enrollment)$/;
const STUDENT_KIND_EN = /^(?:undergraduate|postgraduate|graduate|apprentice|doctoral|pgr|pgt|phd)$/;

/** Unit, scale, precision and the digits' multiset: two figures may be restatements only within one group. */
function groupOf(c: RestatedCandidate): string {
  const { f, phrase } = c;
  const sorted = sortedDigits(c.digits);
  if (c.zh) return `${CASES_ZH.test(f.dimension) ? '件' : f.dimension}|${f.scale}|${f.decimals}|${sorted}|${unitZh(f)}`;
  return phrase === undefined ? `${f.dimension || 'count'}|${f.scale}|${f.decimals}|${sorted}|${c.noun}` : `count|${f.scale}|${f.decimals}|${sorted}|${phrase.toLowerCase()}`;
}

/** What a candidate's words say (read once), or null where they rule it out. */
function headOf(c: RestatedCandidate): RestatedHead | null {
  if (c.head === undefined) c.head = (c.row !== undefined ? headRow(c) : c.zh ? headZh(c) : headEn(c)) ?? null;
  return c.head;
}

/**
 * Where `mark` last starts at or before `at`, looking back no further than `floor` (a paragraph with no sentence end is
 * not searched to its start for every figure); `floor - 1` (at least −1) when it is not there, so that the sentence
 * read starts at the floor.
 */
function lastMarkWithin(text: string, mark: string, at: number, floor: number): number {
  const from = Math.max(0, floor);
  const i = text.slice(from, at + mark.length).lastIndexOf(mark);
  return i < 0 ? from - 1 : from + i;
}

/** Where `mark` first occurs at or after `at`, before `limit`; −1 when not there. */
function nextMarkWithin(text: string, mark: string, at: number, limit: number): number {
  const i = text.slice(at, limit).indexOf(mark);
  return i < 0 ? -1 : at + i;
}

/** The first of a paragraph's figures (in the order of the text) that starts after `offset`: a binary search. */
function figureAfter(figures: readonly Figure[], offset: number): Figure | undefined {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (figures[mid].offset > offset) hi = mid;
    else lo = mid + 1;
  }
  return figures[lo];
}

/** Where the words after the last part marker of a name start (0 where it has none). */
function partEnd(name: string): number {
  let end = 0;
  for (const m of matchesOf(name, PART_ALL_ZH)) end = m.index + m[0].length;
  return end;
}
const PART_ALL_ZH = new RegExp(PART_ZH.source, 'gu');

/**
 * The dates of a Chinese figure, where the title says when the report's time ends (前三季度: 9月底): that end for a figure
 * stated at it (截至9月30日) or with no date and no running total, so that 截至6月30日 and an undated figure of the
 * 前三季度 report are two moments, and 截至9月30日 and an undated one one moment. Else the dates as read.
 */
function atOwnEndZh(dates: string[], lead: string, own: OwnTime | undefined): string[] {
  if (!own || own.kind === undefined || own.kind === 'plan' || dates.length > 1 || /累计|累計|以来|以來|至今/.test(lead)) return dates;
  const month = ownEndMonthZh(own.title ?? '', own.kind === 'summary' && !own.half, own.half);
  if (month === undefined) return dates;
  const year = /((?:19|20)\d\d)年(?=\d{1,2}月|底|末)/.exec(lead);
  if (dates.length === 0) return [OWN_END];
  return monthEndZh(dates[0], month) && (!year || year[1] === own.year) ? [OWN_END] : dates;
}

/** 1-6月 in a first half's report, 1-12月 in a year's: the report's own months (上半年, 全年). */
function ownMonthsZh(span: string, half: string | undefined): boolean {
  const m = /^0?1\s*[—–~～至到-]\s*(\d{1,2})月$/.exec(span);
  return m !== null && (half === undefined ? m[1] === '12' : half === '上半年' && m[1] === '6');
}

function headZh(c: RestatedCandidate): RestatedHead | undefined {
  const { f, digits } = c;
  const { paragraph, all: figures, own, ownWords, p } = c.at;
  const text = paragraph.text;
  const { before, after } = clauseAround(text, f, CLAUSE_MARK_ZH, 60);
  const clause = `${before}${text.slice(f.offset, f.offset + f.length)}${after}`;
  // The period, date and scope the sentence names, less the draft's own.
  const sentence = text.slice(lastMarkWithin(text, '。', f.offset, f.offset - 200) + 1, f.offset);
  // 对2025年底前形成的信访积案逐案建立台账，全年化解信访积案136件: a clause opening with the draft's own period (全年,
  // 年内) is of that period, whatever year or date an earlier clause names of something else; not where the sentence
  // opens with the year (2025年，全县…，全年帮扶…: that year's whole).
  const timed = OWN_PERIOD_LEAD_ZH.test(before) && !YEAR_OPENS_ZH.test(sentence) ? before : sentence;
  // 在全年城镇新增就业4.62万人的基础上巩固提升: the change is the plan's, after the base it starts from.
  const base = BASE_AFTER_ZH.test(after);
  if (p.change.test(base ? `${before}${text.slice(f.offset, f.offset + f.length)}` : clause)) return undefined;
  // 以内, 以下, 左右 after it: a bound, not a result; 按14.2万人次配置窗口, 接待能力: a basis or a capacity.
  // 数据库中另有468名, 尚有46人: others, or the rest, not the whole stated again.
  if (OTHERS_ZH.test(before)) return undefined;
  // 对全县2,146名食品从业人员开展抽查考核: those a sample or a check of some was made of, no count of all of them.
  if (SAMPLED_AFTER_ZH.test(after)) return undefined;
  if (/^\s*(?:以内|以下|之内|左右|以上|内)/.test(after) || ABOUT_ZH.test(before) || BASIS_ZH.test(before) || CAPACITY_ZH.test(clause)) return undefined;
  // 其中公务员50人、党员61人: the name of a member of a list is the words after the 、 before it.
  let name = before.slice(before.lastIndexOf('、') + 1);
  // At most SENTENCE_REACH on: a paragraph with no 。 is not read to its end for every figure.
  const sentenceEnd = nextMarkWithin(text, '。', f.offset, f.offset + SENTENCE_REACH);
  // The sentence up to the clause of the next figure (科技型中小企业2,930家，国家级…: that figure's), less the
  // places a comparison names (与周边同等城市相比).
  let scopeEnd = sentenceEnd < 0 ? Math.min(text.length, f.offset + 200) : Math.min(sentenceEnd, f.offset + 200);
  const next = figureAfter(figures, f.offset);
  // (Not a part of the figure's whole, 其中城区完成0.8万亩: the whole set against its part is scoped by it.)
  if (next && next.offset < scopeEnd && !text.slice(f.offset + f.length, next.offset).includes('其中')) {
    let c = next.offset;
    while (c > f.offset + f.length && !'，,；;'.includes(text[c - 1])) c--;
    scopeEnd = c;
  }
  // (实现行政村全覆盖 after it: what the figure covers, no scope it is counted in.)
  let scoped = `${sentence}${text.slice(f.offset, scopeEnd).replace(COVERED_ZH, '').replace(CONTENT_ZH, '')}`.replace(COMPARED_WITH_ZH, '').replace(ALL_VILLAGES_ZH, '').replace(AMONG_ZH, '');
  for (const w of ownWords) if (w && w.length >= 2) name = name.split(w).join(''), (scoped = scoped.split(w).join(''));
  const label = LABEL_ZH.exec(text)?.[1];
  const whole = `${sentence}${text.slice(f.offset, sentenceEnd < 0 ? Math.min(text.length, f.offset + SENTENCE_REACH) : sentenceEnd)}`;
  // 各科室逐条制定整改措施64条: each unit's own, where its clause names them (not 各街道要…，确保…: those told to).
  const each = EACH_ZH.exec(before)?.[0];
  const scopes = [...new Set([...matchesOf(scoped.replace(EACH_ALL_ZH, '').replace(COHORT_ZH, ''), SCOPE_ZH)].map((m) => m[0]))].sort().join(',') + (label ? `|${label}` : '') + (each ? `|${each}` : '');
  const words = new Set<string>();
  bigrams(name, words);
  bigrams(after.split('、')[0].replace(/^[个個名家所户戶项項件人处處座条條套]/, ''), words);
  if (words.size === 0) return undefined;
  const asOf = f.qualifiers.some((q) => AS_OF_ZH.test(q)) || AS_OF_ZH.test(sentence);
  const trade = TRADE_NAME_ZH.exec(name.replace(/[^\p{sc=Han}]/gu, ''))?.[1] ?? '';
  const spans = [...matchesOf(timed, SPANS_ZH), ...matchesOf(clause, SPANS_ZH)]
    .map((m) => m[0].replace(/度$/, ''))
    .filter((s) => !(own && s === `${own.year}年`) && !(s === '全年' && !own?.half) && !(own?.half && s === own.half) && !(own && ownMonthsZh(s, own.half)) && !(asOf && /^\d{4}年$/.test(s)));
  const dates = atOwnEndZh([...new Set([...matchesOf(timed, DATES_ZH), ...matchesOf(clause, DATES_ZH)].map((m) => m[0]))], `${sentence}${before}`, own);
  return {
    f,
    digits,
    words: [...words],
    whole: false,
    plan: PLAN_ZH.test(clause),
    // 进出口总额612.4亿元，其中出口428.7亿元: the exports of the total of trade both ways are all the exports, no part of them.
    part: PART_ZH.test(before) && !(trade !== '' && TRADE_SPLIT_ZH.test(before) && TRADE_BOTH_ZH.test(sentence)),
    trade,
    spans: [...new Set(spans)].sort().join(','),
    dates: [...new Set(dates)],
    names: scopes,
    done: (DONE_ZH.test(whole) && !PLAN_ZH.test(whole)) || problemTold(whole),
    problem: problemTold(whole),
    running: RUNNING_ZH.test(clause) && !PERIOD_TOTAL_ZH.test(sentence + before),
    // (The words after a part's 其中 or whole and 中: 其中具有博士学位的 and 专任教师中具有博士学位的教师 lead alike.)
    // (对全市1,365家公共机构下达…: the whole area's, as its stock 纳入统计的公共机构共1,356家 is; the verb after it.)
    lead: OBJECT_OF_ALL_ZH.test(before) ? '' : (name.slice(partEnd(name)).match(/\p{sc=Han}+/gu) ?? []).join(''),
    zh: true,
    base,
    phrase: false,
    noun: '',
  };
}

/**
 * A table row's count: its time is its column's year (none for the report's own), its words the phrase's before its
 * noun; it names no other body, and is no plan.
 */
function headRow(c: RestatedCandidate): RestatedHead | undefined {
  const { f, digits, noun } = c;
  const { paragraph, own } = c.at;
  const phrase = rowCount(paragraph.text)?.phrase;
  let year = yearColumnOf(paragraph.text, paragraph.tableHeader ?? [], f.offset);
  if (year === undefined) return undefined;
  if (own) {
    if (own.fiscalForm) year = year.replace(new RegExp(own.fiscalForm.source, 'g'), ' ');
    year = year.split(own.year).join(' ');
  }
  const words = (phrase ?? '').split(/\s+/).slice(0, -1).map((w) => singular(w)).filter((w) => w.length > 2 && !STOP_EN.has(w));
  return {
    f,
    digits,
    words,
    whole: true,
    plan: false,
    part: false,
    spans: [...new Set([...matchesOf(year, SPANS_EN)].map((m) => m[0].toLowerCase()))].sort().join(','),
    dates: [],
    names: '',
    lead: '',
    running: false,
    done: false,
    zh: false,
    base: false,
    phrase: false,
    noun,
    recipient: '',
    row: c.row,
  };
}

/** "we detected", "our officers received", "the team opened": the body's own count, its subject just before the verb or we/our in the clause. */
const WE_EN = /\b(?:we|our)\b/i;
const SELF_SUBJECT_EN = /\b(?:the|this)\s+([a-z]+)\s+(?:(?:has|have|had)\s+)?[a-z]{2,}ed\s+$/i;
function ownCountEn(before: string): boolean {
  if (WE_EN.test(before)) return true;
  const m = SELF_SUBJECT_EN.exec(before);
  return m !== null && BODY_SELF_EN.has(m[1].toLowerCase());
}

/** Where the words after the last "against" (compared with, versus) before `at` start in `sentence`; 0 where none is. */
function againstAt(sentence: string, at: number): number {
  let start = 0;
  for (const m of matchesOf(sentence.slice(0, Math.max(0, at)), AGAINST_EN)) start = m.index + m[0].length;
  return start;
}
const YEAR_SPAN_EN = /\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b/g;
/** "enrolled", "delivered": a past tense telling a result (not "proposed", "planned", "agreed": what is settled or to come). */
const PAST_RESULT_EN = /\b(?!(?:proposed|planned|agreed|approved|expected|projected|estimated|targeted|needed|required|committed|budgeted|forecasted|scheduled|intended)\b)[a-z]{3,}ed\b/i;
const BUDGET_WORDS_EN = /\b(?:budget(?:s|ed)?|appropriations?)\b/gi;
const BUDGET_WORD_EN = new RegExp(BUDGET_WORDS_EN.source, 'i');
const SETTLED_EN = /^(?:approved|agreed|authori[sz]ed|adopted|ratified)$/;
/** "the project's approved budget of", "the agreed budget was": an amount named by what settled it (the participle kept). */
const SETTLED_NAME_BEFORE_EN = /\b(approved|agreed|authori[sz]ed|adopted|ratified)\s+(?:budget|allocation)\s+(?=(?:of|was|is|stood\s+at|totalled|totaled)\s*$)/i;
/** " would be revisited in the next fiscal year", " will be reviewed": what is to be done to the amount after it (a review, no change to another figure). */
const FUTURE_PASSIVE_AFTER_EN = /^\s*(?:would|will|is\s+to|was\s+to|should|may|might)\s+(?:now\s+|then\s+|also\s+)?be\s+(?:revisited|reviewed|revised|re-?baselined|reconsidered|reassessed|re-?examined|examined|discussed|considered|reported|published|presented|monitored|scrutini[sz]ed)\b(?![^.;]*\b(?:to|by)\s+[£$€]?\d)[\s\S]*$/i;
const AGAINST_EN = /\b(?:against|compared with|compared to|versus|vs\.?)\s/gi;

function headEn(c: RestatedCandidate): RestatedHead | undefined {
  const { f, digits } = c;
  const { paragraph, own, p } = c.at;
  const text = paragraph.text;
  const { phrase, noun } = c;
  const unit = phrase ?? f.unit;
  const around = clauseAround(text, f, CLAUSE_MARK_EN, 160);
  // (The words after "against": the other side of a comparison is a clause of its own.)
  const before = around.before.slice(againstAt(around.before, around.before.length));
  // After a phrase the model read no unit in: the words after the phrase.
  const told = phrase === undefined ? around.after : around.after.slice(1 + phrase.length);
  // "the project's approved budget of $12.4 million would be revisited in the next fiscal year": an amount named settled
  // (approved budget) is the amount as it stands; what would be done to it after it is no other amount, and its budget
  // no plan of its own.
  const settled = noun === MONEY_NOUN && SETTLED_NAME_BEFORE_EN.test(before);
  const after = settled ? told.replace(FUTURE_PASSIVE_AFTER_EN, '') : told;
  let clause = `${settled ? before.replace(SETTLED_NAME_BEFORE_EN, ' $1 ') : before} ${unit} ${after}`;
  if (own) {
    clause = clause.split(own.year).join(' ');
    if (own.fiscalForm) clause = clause.replace(new RegExp(own.fiscalForm.source, 'g'), ' ');
  }
  const floor = f.offset - SENTENCE_REACH;
  const sentenceStart = Math.max(lastMarkWithin(text, '. ', f.offset, floor), lastMarkWithin(text, '; ', f.offset, floor)) + 1;
  let sentence = `${text.slice(sentenceStart, f.offset)} ${after}`;
  if (own) {
    // "in 2025/26" of a report for 2025/26: the draft's own year, as the clause reads it.
    if (own.fiscalForm) sentence = sentence.replace(new RegExp(own.fiscalForm.source, 'g'), ' ');
    sentence = sentence.split(own.year).join(' ');
  }
  // In a budget's own document (FISCAL YEAR 2027 RECOMMENDED BUDGET), its amounts told as budget or appropriations are
  // the budget's, told apart from actual amounts by that alone: "The recommended budget totals $318.4 million" and
  // "total appropriations of $381.4 million" (not "Actual expenditures … came to $164.8 million").
  const budgetDoc = noun === MONEY_NOUN && c.at.budget;
  // (A year the clause names is read with the sentence's spans, which the two are to share: "enrolled 5,912 new
  // undergraduate entrants in 2025-26" and "Of the 5,921 new undergraduates enrolled in 2025-26".)
  if (p.change.test(clause) || p.setsApart.test((budgetDoc ? clause.replace(BUDGET_WORDS_EN, ' ') : clause).replace(/\bthis year\b/gi, ' ').replace(YEAR_SPAN_EN, ' '))) return undefined;
  if (PART_BEFORE_EN.test(before) || PART_AFTER_EN.test(after)) return undefined;
  // "241 casualties on rural roads", "sessions through the partner network": a place or a channel of its own.
  // (An amount spent on or for something: what it is named by, no place.)
  // (After the participle too: "3,410 requests received at the Leeds office".)
  const placed = after.replace(PARTICIPLE_FIRST_EN, '');
  // ("the 3,281 company meetings at which we voted", "3,218 company meetings on 38,942 resolutions", "across our offices":
  // the body's own verb after it, another count, a spread over the body's own sites: no place of their own.)
  // ("312 fixed penalty notices for fly-tipping": a kind of the count after "for", no place; compared as its qualifier,
  // which the other statement must name alike.)
  if (PLACE_AFTER_EN.test(placed) && !OWN_AFTER_EN.test(placed) && !NO_PLACE_AFTER_EN.test(placed) && !(noun === MONEY_NOUN && /^\s*(?:on|for)\b/i.test(placed)) && !kindForAfterEn(after, placed)) return undefined;
  const previous = NO_SUBJECT_EN.test(before) ? text.slice(Math.max(0, sentenceStart - 200), sentenceStart).trim().split(/(?<=[.!?])\s+/).pop() ?? '' : '';
  // "HMP Ridgeway, the nearest prison, told us that it held 1,160 prisoners": a clause opening with a verb of telling has
  // its teller before the clause mark, in the sentence (another body's name, another body's count).
  const clauseStart = f.offset - around.before.length;
  const teller = REPORTING_OPENS_EN.test(around.before) && clauseStart > sentenceStart ? text.slice(sentenceStart, clauseStart) : '';
  const names = (`${previous.replace(/^\s*\S+/, '')} ${teller.replace(/^\s*\S+/, '')} ${before.replace(/^\s*\S+/, '')}`.match(/\b[A-Z][a-z'’]+/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !MONTH_WORD.test(w) && !(own?.names.has(w)) && !c.at.blockNames.has(w) && !BODY_SELF_EN.has(w) && w !== 'i' && w !== 'our' && w !== 'we' && w !== 'the');
  const words = new Set<string>();
  // The words inside the figure before its noun: "1,620 outstanding jobs".
  const inside = (phrase === undefined ? text.slice(f.numberEnd, f.offset + f.length) : ` ${phrase}`).replace(/\s*\S+\s*$/, '');
  for (const m of matchesOf(`${before} ${inside} ${after}`.toLowerCase(), /[a-z][a-z'’-]{2,}/g)) {
    // ("was" is no plural of "wa"; "million" names no amount.)
    if (noun === MONEY_NOUN && (STOP_EN.has(m[0]) || SCALE_EN.test(m[0]))) continue;
    let w = singular(m[0]);
    w = PARAPHRASES_EN[w] ?? w;
    // (An amount's "approved programme", "agreed budget": the participle of its settling is a word of its name.)
    if (!STOP_EN.has(w) && w !== noun && !MONTH_WORD.test(w) && (!w.endsWith('ed') || (noun === MONEY_NOUN && SETTLED_EN.test(w)))) words.add(w);
  }
  // "In 2025 we raised £1.48 million" (nothing said of where from or what for): the body's income, as "Our total income
  // for the year was £1.84 million" names it; not "we raised £1.48m from donations", "raised £12,400 for the appeal".
  if (noun === MONEY_NOUN && RAISED_BEFORE_EN.test(before) && ownCountEn(before) && !SOURCE_AFTER_EN.test(after)) words.add('income').add('total');
  const clauseWords = `${before} ${after}`.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? [];
  const whole = WHOLE_EN.test(`${before} ${after}`) || clauseWords.some((w) => own?.names.has(w));
  const self = ownCountEn(before);
  return {
    f,
    digits,
    words: [...words],
    whole,
    // "The revised forecast for the year is £28.3 million against the approved programme of £25.7 million": the figure
    // after "against" is the other side of a comparison, told by its own words.
    plan: PLAN_EN.test(sentence.slice(againstAt(sentence, f.offset - sentenceStart))) || (budgetDoc && BUDGET_WORD_EN.test(sentence)),
    part: false,
    spans: [...new Set([...matchesOf(sentence, SPANS_EN)].map((m) => m[0].toLowerCase()))].sort().join(','),
    dates: [...new Set([...matchesOf(sentence, DATES_EN)].map((m) => m[0].toLowerCase()))],
    names: [...new Set(names)].sort().join(' '),
    lead: '',
    running: false,
    // "Of the 5,921 new undergraduates enrolled in 2025-26" under "6. Next steps": a result told in the past tense with no
    // word of a plan is a fact under a plan heading too.
    done: PAST_RESULT_EN.test(`${before} ${after}`) && !PLAN_EN.test(sentence) && !FUTURE_EN.test(sentence),
    zh: false,
    base: false,
    phrase: phrase !== undefined && phrase.trim().split(/\s+/).length >= 3,
    noun,
    namedBy: c.namedBy,
    recipient: RECIPIENT_AFTER_EN.exec(after)?.[1].toLowerCase().replace(/\s+/g, ' ') ?? '',
    verbs: clauseWords.filter((w) => /[a-z]{2}ed$/.test(w)),
    self,
    // "Our crews answered 87 launches in 2026" and "The 78 launches this year were split …": the body's own count of the
    // report's own year, named so after the figure (not "by the inshore lifeboat this year", nor "planned for next year").
    ownYear: own !== undefined && (self || whole || /^\s*the\s*$/i.test(before)) && ownYearAfter(after, own.year),
    // ("212 calls on the day of the storm" and "221 calls from exhibitors about parking": two kinds of calls.)
    qual: noun === MONEY_NOUN || noun === HOURS_GIVEN ? '' : qualifierAfterEn(after),
    headcount: HEADCOUNT_NOUN_EN.test(noun) && phrase === undefined && text.slice(f.numberEnd, f.offset + f.length).trim().split(/\s+/).length === 1 && HEADCOUNT_BEFORE_EN.test(before),
  };
}

/** "we raised", "the Trust raised" right before the amount. */
const RAISED_BEFORE_EN = /\braised\s*$/i;
/** What the raising was from, for, through or in (a source, a purpose, a channel, an event): a part of the income. */
const SOURCE_AFTER_EN = /^\s*(?:[a-z]+\s+)?(?:from|for(?!\s+the\s+year\b)|through|via|in(?!\s+(?:the\s+year|(?:19|20)\d\d)\b)|at|towards?|by|on|with|of|during(?!\s+the\s+year\b)|across)\b/i;

/** " for fly-tipping during the year": a kind of what is counted, told after "for" (and no place after it: not " for adults in Leeds"). */
const FOR_KIND_EN = /^\s*for\s+(?!the\b|our\b|its\b|their\b|a\b|an\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*$/;
function kindForAfterEn(after: string, placed: string): boolean {
  if (placed !== after) return false;
  const qual = qualifierAfterEn(after);
  return qual !== '' && FOR_KIND_EN.test(qual);
}

/** " to local schools", " to 14 community groups": whom an amount went to (not " to date", " to 31 March", " to be…"). */
export const RECIPIENT_AFTER_EN = /^\s*to\s+((?!date\b|be\b|the\s+end\b|\d{1,2}\s+[A-Z]|(?:19|20)\d\d\b)(?:the\s+|our\s+|its\s+)?(?:(?!(?:in|across|for|from|at|on|over|during|since|and|with|through)\b)[A-Za-z0-9][\w'’-]*\s+){0,3}(?!(?:in|across|for|from|at|on|over|during|since|and|with|through)\b)[A-Za-z][\w'’-]*)/;

const PLAN_WORD = /(?:^|,)plan(?=,|$)/g;
const LEAD_GENERIC_ZH = /^(?:年度?|全[县縣区區市省镇鎮乡鄉年]|(?:截至|截止)(?:目前|调研时|調研時)?|目前|当前|當前|共有|共计|共計|共|现有|現有|累计|累計|各类|各類|已经|已經|已|有|完成)+/;

/** The words of a Chinese name before the first two-character word it shares with the other (its verb, its scope). */
function leadBefore(lead: string, shared: readonly string[]): string {
  let at = lead.length;
  for (const w of shared) {
    const i = lead.indexOf(w);
    if (i >= 0 && i < at) at = i;
  }
  return verbOfLead(lead.slice(0, at).replace(LEAD_GENERIC_ZH, ''), at < lead.length);
}

/** 虽然, 特别是 opening the words: no verb of the measure (全年虽然查处各类违法案件468件 = 立案查处各类违法案件486件). */
const OPENER_LEAD_ZH = /^(?:虽然|雖然|尽管|儘管|但是|但|而且|仍然|仍|依然|特别是|特別是|尤其是)/u;
/** 镇政府对代表建议64件的答复中: the object of 对, no verb before it (not 核对, 比对, 针对: verbs of their own). */
const OBJECT_OF_ZH = /(?<![核比校应應面针針相反绝絕])(?:对|對)$/u;
/** 通过住房公积金个人住房贷款4,261笔支持职工购房: the means, with no verb of its own before the words (not 通过跨省通办受理…). */
const MEANS_ZH = /^(?:通过|通過|依托|借助|利用)/u;
const VERB_IN_ZH = new RegExp((measureWords.zh.nominalVerbs as string[]).join('|'), 'u');

/**
 * The verb a lead names before the shared words: '' where it names none (an opener, 对 before its object, a means).
 * 对 only where the shared words follow it before the figure (对代表建议64件的答复); 对3,425家食品企业开展… is the object
 * of the verb after it, a few of them (zh-facts58-object-of-a-verb-look-alikes).
 */
function verbOfLead(v: string, named: boolean): string {
  const opened = v.replace(OPENER_LEAD_ZH, '').replace(LEAD_GENERIC_ZH, '');
  if (named && OBJECT_OF_ZH.test(opened)) return '';
  if (MEANS_ZH.test(opened) && !VERB_IN_ZH.test(opened)) return '';
  return opened;
}

/** 立案查处 and 查处 (依法查处, 严肃查处): one act, the longer only saying how it was done (not 不予受理 and 受理). */
const ACT_MANNER_ZH = /^(?:立案|依法|严肃|嚴肅|集中)$/;
function oneActZh(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.endsWith(short) && ACT_MANNER_ZH.test(long.slice(0, long.length - short.length));
}

/** The years a heading names (2027年工作打算: 2027). */
const WHERE_YEAR = /(?:^|,)(?:19|20)\d\d(?=,|$)/g;

function agree(a: Entry, b: Entry): boolean {
  const planA = PLAN_WORD.test(a.where);
  PLAN_WORD.lastIndex = 0;
  const planB = PLAN_WORD.test(b.where);
  PLAN_WORD.lastIndex = 0;
  // The base a plan starts from (在全年城镇新增就业4.62万人的基础上 under 二、2027年工作打算) is of the report's own time, not
  // of the plan's year its heading names; so is a problem told under 五、存在的问题和2027年工作打算.
  const baseOnly = (e: Entry, plan: boolean, other: boolean) => (plan && (e.h.base || e.h.problem) && !other ? e.where.replace(WHERE_YEAR, '') : e.where);
  // (So is a result told in the past tense there, "Of the 5,921 new undergraduates enrolled in 2025-26": its own words
  // tell its time, and the years of neither scope are read.)
  const pastEn = (e: Entry, plan: boolean, other: boolean) => plan && !other && e.h.done && !e.h.zh;
  const yearless = pastEn(a, planA, planB) || pastEn(b, planB, planA);
  const whereOf = (e: Entry, plan: boolean, other: boolean) => (yearless ? e.where.replace(WHERE_YEAR, '') : baseOnly(e, plan, other)).replace(PLAN_WORD, '');
  if (a.part !== b.part || whereOf(a, planA, planB) !== whereOf(b, planB, planA)) return false;
  // (The years the scope of both names are theirs: "in 2026" says no more under it.)
  const years = new Set([...matchesOf(a.where, WHERE_YEAR)].map((m) => m[0].replace(',', '')));
  return agreeHeads(a.h, b.h, planA, planB, years);
}

interface Entry {
  h: RestatedHead;
  where: string;
  part: number;
}

/** The spans less the years the headings above name (2026 under the title Drinking Water Quality Report 2026). */
function withoutYears(spans: string, years: ReadonlySet<string>): string {
  return spans.split(',').filter((s) => !years.has(s)).join(',');
}
const NO_YEARS: ReadonlySet<string> = new Set();

function agreeHeads(a: RestatedHead, b: RestatedHead, planA: boolean, planB: boolean, scopeYears: ReadonlySet<string> = NO_YEARS): boolean {
  // Under a plan heading (or with a plan's words) and not: only the base the plan builds on (在2026年集团新增融资15.2亿元
  // 的基础上) restates a result.
  const inPlanA = (planA && !a.done) || a.plan;
  const inPlanB = (planB && !b.done) || b.plan;
  if (inPlanA !== inPlanB && !(inPlanA ? a.base : b.base)) return false;
  // 累计培训残疾人 截至2026年底 and without a date: two running totals, the same only to one date.
  if ((a.running || b.running) && (a.running !== b.running || a.dates.join() !== b.dates.join())) return false;
  // "about 84,500 residents" and "about 85,400 residents": two figures told as about, at four digits or more (not one
  // told exactly: a rounding of it).
  if (a.f.approximate !== b.f.approximate || (a.f.approximate && a.digits.length < 4)) return false;
  if (a.f.paragraph === b.f.paragraph || a.zh !== b.zh || a.names !== b.names) return false;
  if (a.spans !== b.spans && !(scopeYears.size > 0 && withoutYears(a.spans, scopeYears) === withoutYears(b.spans, scopeYears))) return false;
  // 2.特色产业发展，安排资金510万元 and 3.民生改善项目，安排资金150万元: items of one list, each its own subject's.
  if (inOtherItems(a.f, b.f)) return false;
  if (a.part !== b.part) return false;
  if (otherDates(a.dates, b.dates)) return false;
  if (!transposedDigits(a.digits, b.digits)) return false;
  // A table row against prose: the body's own count with the row's verb ("we detected" for "Offences detected"), at
  // three digits or more; two rows are two tables' (or one table's two columns).
  if (a.row !== undefined || b.row !== undefined) {
    const [row, prose] = a.row !== undefined ? [a, b] : [b, a];
    // ("Speeding offences detected" and "we detected 18,240 speeding offences": the row's words before its noun too.)
    return prose.row === undefined && row.digits.length >= 3 && prose.self === true && (prose.verbs ?? []).includes(row.row!) && row.words.every((w) => prose.words.includes(w));
  }
  const shared = a.words.filter((w) => b.words.includes(w)).length;
  if (a.zh) {
    // (出口 alone, 全年全市出口482.7亿元 and 其中出口428.7亿元: a short noun of trade, the whole name of each.)
    if (shared < 2 && !(a.trade && a.trade === b.trade)) return false;
    // 受理政府信息公开申请 and 收到政府信息公开申请: two verbs of one object, two quantities.
    const sharedWords = a.words.filter((w) => b.words.includes(w));
    const va = leadBefore(a.lead, sharedWords);
    const vb = leadBefore(b.lead, sharedWords);
    return va === '' || vb === '' || va === vb || oneActZh(va, vb);
  }
  // "Bus passenger journeys totalled 38.6 million" and "36.8 million rail passenger journeys": the words naming it first.
  if (a.namedBy?.some((w) => !b.words.includes(w)) || b.namedBy?.some((w) => !a.words.includes(w))) return false;
  // "Our volunteer rangers gave 21,480 hours" and "Our volunteer rangers contributed 24,180 hours": the givers named alike.
  // (The verb of giving is no word of the givers: "Youth volunteers gave" and "Adult volunteers gave" are two.)
  if (a.noun === HOURS_GIVEN || b.noun === HOURS_GIVEN) return a.noun === b.noun && a.digits.length >= 3 && sameGivers(givers(a.f), givers(b.f));
  // "fraud and error worth £1.84 million" and "fraud and error of £1.48 million": an amount is named by two words in common.
  // "awarded £1.26 million to local schools" and "£1.62 million to local charities": two recipients, two amounts.
  if (a.recipient && b.recipient && a.recipient !== b.recipient) return false;
  // "1,342 calls about car parking" and "1,432 calls about ticket refunds": each a count of its own kind (both name the
  // same words after the count, or neither names any).
  if ((a.qual ?? '') !== (b.qual ?? '')) return false;
  if (a.noun === MONEY_NOUN || b.noun === MONEY_NOUN) return a.noun === b.noun && a.digits.length >= 3 && shared >= 2;
  // "86 public EV charge points" and "68 public EV charge points": two digits, one noun phrase of three words or more.
  // "Our crews answered 87 launches in 2026" and "The 78 launches this year": the body's own count of its own year, both named so.
  if (a.digits.length === 2) return (a.phrase && b.phrase && shared >= 2) || (a.ownYear === true && b.ownYear === true);
  // "We employ 142 staff" and "With only 124 staff to handle a record caseload": the body's headcount, named alike.
  if (a.digits.length === 3) return shared >= 1 || (a.headcount === true && b.headcount === true);
  return a.digits.length >= 4 && (shared >= 1 || (a.whole && b.whole));
}

/** A candidate in its group: its paragraph's place in the lists restatedPairs is given, its order in the draft. */
interface GroupMember {
  c: RestatedCandidate;
  list: number;
  order: number;
}

/** The candidates among the figures `same` lists, put in their groups (no more where no two are one swap apart). */
function readGroups(read: readonly RestatedFigures[], same: readonly number[], reported: ReadonlySet<Figure>, groups: Map<string, GroupMember[]>): void {
  const candidates: GroupMember[] = [];
  for (let k = 0; k < same.length; k += 3) {
    if (reported.has(read[same[k]].figures[same[k + 1]])) continue;
    const c = candidateOf(read[same[k]], same[k + 1]);
    if (c) candidates.push({ c, list: same[k], order: same[k + 2] });
  }
  // No two figures one swap apart: no pair, whatever their words say (read no further).
  if (candidates.length < 2 || !swapApart(new Set(candidates.map((e) => e.c.digits)))) return;
  for (const e of candidates) {
    const key = groupOf(e.c);
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
}

/** The digits as written of the figures `same` lists (paragraph, index, order). */
function writtenIn(read: readonly RestatedFigures[], same: readonly number[]): Set<number | string> {
  const out = new Set<number | string>();
  for (let k = 0; k < same.length; k += 3) out.add(read[same[k]].digits[same[k + 1]]);
  return out;
}

/** The most statements of a group compared pairwise (a group is one unit and one multiset of digits: a few). */
const PAIRED_AT_MOST = 12;

/**
 * The first pair of a group's statements with two values that agree: the one to report, and the other. The one to
 * report is the odd one out (its value stated once, the other's twice or more in statements that agree with it: "the
 * 1,530 households" before "We supported 1,350 households… Of the 1,350 households"), else the later.
 */
function agreeingPair(g: readonly Entry[]): [Figure, Figure] | undefined {
  const n = Math.min(g.length, PAIRED_AT_MOST);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (g[j].h.f.value !== g[i].h.f.value && agree(g[i], g[j])) {
        let early = 0;
        let late = 0;
        for (let k = 0; k < n; k++) {
          if (g[k].h.f.value === g[i].h.f.value && (k === i || agree(g[k], g[j]))) early++;
          else if (g[k].h.f.value === g[j].h.f.value && (k === j || agree(g[k], g[i]))) late++;
        }
        return early < late ? [g[i].h.f, g[j].h.f] : [g[j].h.f, g[i].h.f];
      }
    }
  }
  return undefined;
}

/** The pairs of restatements one swap apart: the later statement, and the earlier one. */
export function restatedPairs(read: readonly RestatedFigures[], wheres: readonly string[], parts: readonly number[], reported: ReadonlySet<Figure>): Array<[Figure, Figure]> {
  // By the digits' multiset first (three numbers a figure: its paragraph, its index there, its order in the draft): most
  // figures share theirs with no other figure one swap apart.
  const byDigits = new Map<number | string, number[]>();
  let order = 0;
  for (const [i, at] of read.entries()) {
    for (let j = 0; j < at.figures.length; j++) {
      const same = byDigits.get(at.keys[j]);
      if (same) same.push(i, j, order++);
      else byDigits.set(at.keys[j], [i, j, order++]);
    }
  }
  const groups = new Map<string, GroupMember[]>();
  const byUnit = new Map<string, number[]>();
  for (const digits of byDigits.values()) {
    if (digits.length < 6 || !swapApart(writtenIn(read, digits))) continue;
    // Then by a Chinese unit (of the group: 人 and 个 are two groups).
    byUnit.clear();
    for (let k = 0; k < digits.length; k += 3) {
      const unit = read[digits[k]].units[digits[k + 1]];
      const same = byUnit.get(unit);
      if (same) same.push(digits[k], digits[k + 1], digits[k + 2]);
      else byUnit.set(unit, [digits[k], digits[k + 1], digits[k + 2]]);
    }
    for (const same of byUnit.values()) if (same.length >= 6 && swapApart(writtenIn(read, same))) readGroups(read, same, reported, groups);
  }
  // In the order of each group's first figure its words leave in (the order the findings are reported in).
  const found: Array<{ order: number; pair: [Figure, Figure] }> = [];
  for (const group of groups.values()) {
    if (group.length < 2 || !swapApart(new Set(group.map((e) => e.c.digits)))) continue;
    const g: Entry[] = [];
    let first = 0;
    for (const e of group) {
      const h = headOf(e.c);
      if (h === null) continue;
      if (g.length === 0) first = e.order;
      g.push({ h, where: wheres[e.list], part: parts[e.list] });
    }
    if (g.length < 2) continue;
    const values = new Set(g.map((e) => e.h.f.value));
    // Three values or more: a measure listed per place or per year, not one fact stated twice.
    if (values.size !== 2) continue;
    // Each earlier statement against the later ones of the other value (a bounded few: 214名党外知识分子 and
    // 其中具有高级职称的214人 share a group, and only the second is restated as 241人).
    const pair = agreeingPair(g);
    if (pair) found.push({ order: first, pair });
  }
  return found.sort((a, b) => a.order - b.order).map((x) => x.pair);
}
