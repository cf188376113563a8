// What a percentage measures, read from the words before it in the same sentence: a share or rate
// (入学率, 占比, of the trainees) cannot exceed 100%; growth and completion (增长, 完成率, of target) can.

import words from '../data/percent-words.json';
import ratios from '../data/rate-ratios.json';
import type { Quantity } from './numbers';
import type { Paragraph } from './paragraphs';
import { firstAt } from '../sorted';
import { matchesOf } from '../patterns';

export interface PercentContext {
  kind: 'rate' | 'change' | 'none';
  /** The word that decided it, as written (入学率, 占比, share). */
  keyword: string;
}

/** Growth, change and completion words; `提高到`/`增长至` introduce a new level, not a change, and are skipped. */
const CHANGE_WORDS = words.changeWords;
const RATE_WORDS = words.rateWords;
/** 率 preceded by these is a growth, completion or financial ratio, which may exceed 100%. */
const NOT_RATE_2 = new Set(words.notRateBefore2);
const NOT_RATE_1 = new Set(words.notRateBefore1);
/**
 * Ratios that routinely exceed 100% (bed occupancy with extra beds, provision coverage, the current ratio, 营业收现率 with
 * VAT, 电费回收率 with arrears), and rates signed by definition (距平百分率, 增减率), which may be negative.
 */
const ABOVE_100 = [...words.ratesAbove100, ...ratios.zhRatesAbove100, ...words.signedRates];
const RATES_DESPITE_PREFIX = words.ratesDespitePrefix;
/** The ratios above that end with a rate word (净稳定资金比例, 兑现比例 → 比例), by that word: most rate words have none. */
const ABOVE_100_BY_WORD = new Map(RATE_WORDS.map((r) => [r, ABOVE_100.filter((w) => w.endsWith(r))] as const).filter(([, list]) => list.length > 0));
/** 达到设计容量的108%, 完成计划的112%: a comparison with a base, which may exceed 100%. */
const OF_BASE = new RegExp(`(?:${words.baseWords.join('|')})的?\\s*$`);
/**
 * 占目标人数的103.9%, 占计划投资的106.3%, 占年度任务数的117.5%: the base word with the count or amount it sets
 * (a planned number, not a whole the figure is part of: 占全县总人口的 stays a share).
 */
const OF_BASE_NOUN = new RegExp(`(?:${words.baseWords.join('|')}|(?:计划|計劃|目标|目標|任务|任務|预算|預算)(?!生育)\\p{sc=Han}{1,4}?)(?:总|總)?(?:人数|人數|人次|户数|戶數|数量|數量|总数|總數|总量|總量|任务数|任務數|任务量|任務量|工作量|投资额|投資額|投资|投資|金额|金額|资金|資金|规模|規模|面积|面積|产量|產量|件数|件數|指标|指標|数|數|量|额|額)的?\\s*$`, 'u');
/** 占年度预算13.1亿元的, 为年度计划19.5亿元的: the base word with its amount written after it. */
const OF_BASE_AMOUNT = new RegExp(`(?:${words.baseWords.join('|')})[（(]?\\s*[0-9０-９][0-9０-９.,，]*\\s*(?:万|萬|亿|億|千)?[^\\d\\s，,。；;]{0,3}[）)]?的\\s*$`);
const EN_ABOVE_100 = new RegExp(`\\b(?:${words.enAbove100.join('|')})\\b`, 'i');
/** "The clearance rate, which is …", "bed occupancy (defined as …": one of those rates, then the clause that defines it. */
const EN_ABOVE_100_DEFINED = new RegExp(`\\b(?:${words.enAbove100.join('|')})\\b\\s*[,(–—-]\\s*(?:which\\s+is|that\\s+is|i\\.e\\.?|defined\\s+as|measured\\s+as|calculated\\s+as|meaning)\\b[^.;!?]*$`, 'i');
/** "−6% against July", "3% year on year", "120% higher than", "150% over baseline": a change or a comparison ("over the quarter" is a time). */
const EN_AGAINST = /^\s*(?:against|vs\.?|versus|compared|relative|year[- ]on[- ]year|on the (?:year|month|quarter)|higher|lower|more|less|fewer|greater|larger|smaller|bigger|faster|slower|better|worse|above|below|over(?!\s+(?:the\s+)?(?:quarter|year|period|month|week|day|past|last|whole|course|summer|winter|spring|autumn|weekend)\b)|under|up|down|increase|decrease|growth|rise|drop|gain|improvement|speedup|slowdown|multiplier|attainment|achievement|overhead|markup|premium)\b/i;
/**
 * "compliance reached 108% against a target of 95%", "coverage of 103% vs 97% last quarter": a level set beside another
 * level of the same measure (a target, an earlier quarter) that is itself a share — the figure is that share, not an
 * attainment against target ("120% against target", "108% against a budget of £2.1m" stay comparisons).
 */
const EN_AGAINST_LEVEL = /^\s*(?:against|vs\.?|versus|compared\s+(?:with|to))\s+(?:(?:a|an|the|our|its|their)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:of\s+)?(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b)/i;
function againstLevel(after: string): boolean {
  const m = EN_AGAINST_LEVEL.exec(after);
  return m !== null && Number(m[1]) <= 100;
}
/** "rose from 90% to", "increased to": the change word introduces a new level, which is still a rate. */
const EN_TO_LEVEL = /^\s+(?:by\s+)?(?:from\s+\S+\s+)?to\s*$/i;

/**
 * Shares of a whole named by their noun: the trains that ran on time (on-time performance, punctuality), the records
 * complete (completeness), the doses taken as prescribed (adherence), the returns made in time (timeliness).
 */
const HYPHENED_BEFORE = /(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)+ $/;
// A name with a hyphen is read whole: "on-time rate", not "time rate".
const EN_RATE = /\b(?:[A-Za-z]+(?:-[A-Za-z]+)* )?(?:rate|share|proportion|percentage|coverage|participation|attendance|enrol(?:l)?ment|entry|take-up|satisfaction|uptake|compliance|occupancy|retention|turnout|penetration|availability|uptime|accuracy|capture(?<=data capture)|punctuality|on-time\s+(?:performance|running|delivery|departures?|arrivals?|payments?|completion)(?!\s+rates?\b)|completeness|adherence|timeliness)\b/gi;
// Not the "up" of take-up or mark-up.
const EN_CHANGE = /(?<!-)\b(increase[sd]?|grew|grown|grow(?:th|s|ing)?|improve[sd]?|improvement|rose|rise[sn]?|up|year-on-year|yoy|completion|completed|achieved|exceeded|fell|fall(?:s|ing)?|decline[sd]?|decrease[sd]?|down|drop(?:ped)?)\b/gi;
const EN_IN_TIME = /\b[A-Za-z]+s\s+(?:[A-Za-z-]+\s+){0,2}?(?:seen|answered|resolved|closed|completed|paid|made|received|submitted|processed|delivered|treated|handled|inspected|assessed|determined|decided|issued|returned|collected|repaired|fixed|responded\s+to|attended|arriving|arrived|departing|departed|running|ran|operating|operated)\s+(within|in\s+under|in\s+less\s+than|on\s+time|to\s+time|on\s+or\s+before|by\s+(?:the|their|its)\s+(?:deadline|due\s+date|target\s+date))\b/gi;
/**
 * The items of a whole picked out by what was done with them: waste diverted from landfill (recycled, composted),
 * enquiries with the person's views recorded, cases with a plan in place — the share of the whole they make.
 */
const EN_PICKED = /\b(?:(?:waste|materials?|packaging|refuse|rubbish)\s+(?:[a-z-]+\s+){0,2}?(diverted|recycled|reused|composted)|[A-Za-z]+s\s+with\s+(?:[\w'’-]+\s+){1,6}?(recorded|documented|in\s+place|up\s+to\s+date))\b/gi;
/**
 * "The percentage of records in the published data that included a valid NHS number was": a share named first, its
 * level after a long clause (which may hold a figure that is no percentage: "within 12 months of approval").
 */
// "The proportion completed within the 26-week target was", "The percentage seen within 18 weeks was": the items
// picked out by a participle and a time, as "of" names them. A list after the verb shares its subject: "was 99.8% for
// admitted patient care, 108.2% for outpatient care".
const EN_SHARE_SUBJECT = /^\s*(?:\*\*|__)?(?:the|a)\s+(percentage|proportion|share)\s+(?:of\b|(?=[a-z]{3,}ed\s+(?:within|in\s+under|in\s+less\s+than|on\s+time|by\s+the)\b))(?:[^%\d.;:!?]|\d(?![\d.,]*\s*%)){0,160}?\b(?:was|were|is|are|reached|stood\s+at|remained|rose\s+to|fell\s+to|increased\s+to|decreased\s+to)\s+(?:\d[\d.]*\s*%\s+(?:for|in|at|among)\s+[^%\d.;:!?,]{1,50},\s+(?:and\s+)?)*$/i;
/** "reached 108% of the places available": take-up against the capacity offered, which may exceed it. */
const EN_OF_AVAILABLE = /^\s*of\s+(?:the\s+|its\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:places|spaces|seats|beds|slots|appointments|tickets)\s+(?:available|offered|commissioned|on\s+offer)\b/i;
const EN_OF_TARGET = new RegExp(`^\\s*of\\s+(?:the\\s+|its\\s+|our\\s+|their\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${words.enTargets.join('|')})s?\\b`, 'i');
const EN_OF_SHARE = /^\s*of\s+(?:the\s+|all\s+|our\s+|their\s+|its\s+)?[a-z]/i;
/**
 * "148 inspections, 102% of those scheduled", "104% of the visits planned", "of the planned sessions": what was done
 * against what was planned, which may pass it, as against a target.
 */
const PLANNED_EN = '(?:scheduled|timetabled|planned|programmed|budgeted|profiled|allocated|targeted|forecast|projected|estimated|predicted|expected|anticipated|commissioned|contracted)';
/** availability, uptime: a share of the time a service could run, named in the clause before the percentage. */
const TIME_SHARE_BEFORE_EN = /\b(?:availability|uptime|up-time)\b[^.;:,]{0,40}$/i;
/**
 * "assets equal to 118% of the value of the benefits", "reserves equivalent to 130% of annual spending", "holdings worth
 * 112% of its liabilities": one amount set against another, which it may exceed — not "12% of the workforce".
 */
const EQUAL_TO_BEFORE_EN = /\b(?:(?:equal|equivalent|amounting)\s+to|worth)\s+(?:(?:about|around|some|nearly|almost|over|just\s+over|roughly)\s+)?$/i;
/** of opening hours, of the scheduled service hours, of core hours. */
const OF_HOURS_EN = /^\s*of\s+(?:the\s+|its\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:hours|time)\b/i;
const RATE_NAMED_BEFORE_EN = /\b(?:rate|share|proportion|percentage)\b[^.;:,]{0,30}$/i;
const EN_OF_PLANNED = new RegExp(`^\\s*of\\s+(?:(?:those|what\\s+was|what\\s+had\\s+been)\\s+|(?:the|its|our|their)\\s+(?:(?!(?:were|was|are|is|be|been|being|had|have|has|not)\\b)[a-z-]+\\s+){0,3}?)?${PLANNED_EN}\\b`, 'i');

// A table cell is its own context: | 孕产妇系统管理率 | 104% | may sit under a 完成率 column.
const CHANGE_RATE = /^(?:growth|increase|inflation|interest|return|exchange|tax|change|turnover|burn|utili[sz]ation) /i;

/** "of the trainees." → "of the trainees": the first few words of the sentence, without punctuation or emoji. */
function firstWords(text: string): string {
  const sentence = text.split(/[.;!?。；！？](?:\s|$)/)[0];
  return (sentence.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).slice(0, 3).join(' ');
}

/** Occupancy (入住率, hotel occupancy) counts beds or rooms in use: with extra beds put up it may pass 100%. */
const OCCUPANCY = new RegExp(words.occupancyWords.join('|'), 'i');
const EXTRA_BEDS = new RegExp(words.extraBeds.map((w) => (/^[a-z]/.test(w) ? `\\b${w}\\b` : w)).join('|'), 'i');

/** What an occupancy is measured against, which crowding may pass: capacity, certified normal accommodation, beds. */
const CAPACITY_EN = /\b(?:capacity|certified\s+normal\s+accommodation|CNA|(?:available|commissioned|funded|staffed|open|core)\s+beds|beds\s+(?:available|open)|places\s+available)\b/i;
/**
 * The draft says itself that the rate may pass 100%: "An occupancy rate above 100% is possible, and is not a typo",
 * "the rate can exceed 100%", 入住率超过100%属正常, 超出核定床位运行 — in the figure's sentence or the one after it. The
 * writer has seen the figure and explains it: no slip to report.
 */
const SAID_ABOVE_100_EN = /\b(?:(?:above|over|more\s+than|greater\s+than|in\s+excess\s+of|exceeding)\s+100\s?%[^.;!?]{0,30}?\s(?:is|are|was|were|can\s+be|may\s+be)\s+(?:possible|expected|normal|usual|not\s+(?:a\s+typo|an\s+error|a\s+mistake))|(?:can|could|may|might|will|does|do)\s+(?:(?:sometimes|often|therefore)\s+)?(?:exceed|go\s+(?:above|over|beyond)|be\s+(?:above|over|more\s+than))\s+100\s?%)/i;
const SAID_ABOVE_100_ZH = /(?:可以?|可能|能够?|能夠|会|會)(?:超过|超過|高于|高於|大于|大於|突破)100%|(?:超过|超過|高于|高於|大于|大於)100%(?:的情况)?(?:是|属|屬|系|为|為)?(?:正常|可能|合理|正常现象|正常現象)|(?:超出|超过|超過)核定(?:床位|床位数|床位數|容量)/u;
/** "the population as a percentage of certified normal accommodation": a count measured against a capacity. */
const AS_SHARE_OF_CAPACITY_EN = new RegExp(`\\bas\\s+a\\s+(?:percentage|proportion|share)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[a-z-]+\\s+){0,2}?${CAPACITY_EN.source.slice(2)}`, 'i');

/** Table columns of change or completion, whose cells may exceed 100%. */
const TABLE_CHANGE = /完成率|增长|增長|增幅|增速|同比|环比|環比|变化|變化|增减|增減|距平|growth|change|increase|% of|of target|vs\.? target/i;
const SENTENCE_END = /[。！？!?；;|｜]/;
const WINDOW = 40;
/** English words are longer: "The share of respondents who said yes reached 104%". */
const WINDOW_EN = 80;

/**
 * What a table measures when neither its rows nor its columns say (| Service | Q2 2026 | Q3 2026 |): the rate named by
 * the sentence that introduces it ("The table below shows availability by service.", 下表为各校入学率情况) or by its
 * caption (Table 2: Availability by service, 表2 各乡镇义务教育入学率), in the paragraph just before the table. Not
 * when that sentence speaks of a change or a target (the change in availability, 入学率变化情况): the cells may be those.
 */
const TABLE_INTRO = /\b(?:table|tables|below|following|as follows)\b|^\s*(?:\*\*)?(?:table|figure)\s+\d|下表|如下表|见表|見表|^\s*表\s*[0-9０-９一二三四五六七八九十]/i;
const INTRO_CHANGE = /\b(?:change[sd]?|growth|grew|increases?|increased|decreases?|decreased|rises?|rose|falls?|fell|movements?|variances?|improvements?|differences?|against|targets?|compared|relative|versus|vs)\b|增长|增長|增幅|增速|变化|變化|变动|變動|增减|增減|同比|环比|環比|完成|目标|目標|对比|對比/i;

export function tableMeasure(intro: string): string | undefined {
  // Its last sentence: "Overall availability was 99.95% against our objective. The table below shows availability by service."
  const sentence = intro.split(/(?<=[.!?])\s+|[。！？；;]/).filter((s) => s.trim() !== '').pop() ?? '';
  if (!TABLE_INTRO.test(sentence) || INTRO_CHANGE.test(sentence) || /\d\s*%/.test(sentence)) return undefined;
  const named = classify(sentence, '');
  // "shows availability" → availability: the optional word before a rate word may be the sentence's verb.
  return named.kind === 'rate' ? named.keyword.replace(/^(?:shows?|gives?|sets?|lists?|summari[sz]es?|presents?|reports?|compares?|details?|is|are|was|were|the|of|by|for|in|on|and|our|its|their)\s+/i, '') : undefined;
}

/**
 * What the header cell of a column of a table lined up with spaces names, when it names a share or rate (Compliance
 * rate, 合格率, Punctuality); not a change or completion (Change, 完成率, % of target), nor a ratio that may pass 100%
 * (Bed occupancy, Collection rate, an occupancy column beside the capacity column, `headers`: the whole header row).
 */
export function columnMeasure(header: string, headers = ''): string | undefined {
  if (TABLE_CHANGE.test(header) || /\d/.test(header)) return undefined;
  const named = classify(header, '');
  if (named.kind !== 'rate') return undefined;
  // Prison  CNA  Population  Occupancy: occupancy beside the capacity it is measured against, which crowding passes.
  return OCCUPANCY.test(named.keyword) && CAPACITY_EN.test(headers) ? undefined : named.keyword;
}

/**
 * `measure`: for a table row, what the table's introduction names (tableMeasure), read when its cells do not say; for
 * a row lined up with spaces, what its percentage's column names (columnMeasure).
 */
export function percentContext(q: Quantity, measure?: string): PercentContext {
  const text = q.paragraph.text;
  const header = q.paragraph.tableHeader;
  if (header) {
    // A table cell: its column says what it measures (完成率 / growth), else its row (入学率 | 98% | 103%).
    const pipes = pipesOf(q.paragraph);
    const before = pipesBefore(pipes, q.offset);
    const column = header[before - 1] ?? '';
    if (TABLE_CHANGE.test(column)) return { kind: 'change', keyword: column };
    // The cell's own words (| 满意度104.2% |), then its row, then its column.
    const cellStart = before > 0 ? pipes[before - 1] + 1 : 0;
    const byCell = classify(text.slice(cellStart, q.offset), '');
    if (byCell.kind !== 'none') return byCell;
    const rowLabel = pipes.length === 0 ? '' : text.slice(pipes[0] + 1, pipes.length > 1 ? pipes[1] : text.length);
    const byRow = classify(rowLabel.trim(), '');
    if (byRow.kind !== 'none') return byRow;
    const byColumn = classify(column, '');
    return byColumn.kind === 'none' && measure ? { kind: 'rate', keyword: measure } : byColumn;
  }
  const aligned = alignedChange(q.paragraph, q.offset, q.length);
  if (aligned) return aligned;
  // English when Latin letters come just before it, or when the nearest letters are Latin with nothing Chinese between
  // (a row lined up with spaces: "Net revenue retention              108%       114%").
  const near = text.slice(Math.max(0, q.offset - 12), q.offset);
  const english = /[A-Za-z]/.test(near) || (!/\p{sc=Han}/u.test(near) && /[A-Za-z][^A-Za-z\p{sc=Han}]*$/u.test(text.slice(Math.max(0, q.offset - WINDOW_EN), q.offset)));
  let from = Math.max(0, q.offset - (english ? WINDOW_EN : WINDOW));
  // Not from the middle of a word ("venue retention" of "Net revenue retention").
  while (english && from > 0 && /[A-Za-z]/.test(text[from - 1]) && q.offset - from < WINDOW_EN + 20) from--;
  from = sentenceStart(text, from, q.offset);
  const after = text.slice(q.offset + q.length, q.offset + q.length + 40);
  const window = asideFree(text, from, q.offset, english);
  // "a 104% satisfaction rate", 取得102%的满意率: the measure named after the figure it qualifies.
  const named = attributive(text, q.offset, after, english);
  if (named) return named;
  // "and 1,260 of the emergency repairs were attended within 24 hours (104.7%)": a count of a whole's items, what was
  // done to them, then the percentage alone in brackets — the share of that whole they make. (After "Of the 2,310
  // checks due," a count above 2,310 is sum-mismatch's: one defect, one finding.)
  if (english && (text[q.offset - 1] === '(' || /\(\s+$/.test(text.slice(Math.max(0, q.offset - 4), q.offset)))) {
    const sentence = text.slice(sentenceStart(text, Math.max(0, q.offset - 4 * WINDOW_EN), q.offset), q.offset);
    const counted = COUNT_OF_BRACKET_EN.exec(sentence);
    const whole = counted && /\bOf\s+(?:the|all(?:\s+the)?)\s+(\d[\d,]*)\s/.exec(sentence.slice(0, counted.index + 1));
    const over = whole && Number(counted[1].replace(/,/g, '')) > Number(whole[1].replace(/,/g, ''));
    if (counted && /^\s*\)/.test(after)) return over ? { kind: 'none', keyword: '' } : { kind: 'rate', keyword: `the share of ${counted[2].replace(/\s+/g, ' ')}` };
  }
  const context = classify(window, after);
  // A row lined up with spaces under its header (Site  Samples  Compliant  Compliance rate / B  364  366  100.5%),
  // its own words naming nothing: what its column names (columnMeasure, found by the rule).
  if (context.kind === 'none' && measure) return { kind: 'rate', keyword: measure };
  // 入住率达到102%，部分房间加床: occupancy with extra beds put up, which takes it past 100%.
  // "reached 104% during the week of 16 December, when escalation beds were open": the beds may be named further on.
  if (context.kind === 'rate' && OCCUPANCY.test(context.keyword) && EXTRA_BEDS.test(window + text.slice(q.offset + q.length, q.offset + q.length + 4 * WINDOW_EN).split(/[。！？!?；;|｜]|\.(?:\s|$)/)[0])) return { kind: 'change', keyword: context.keyword };
  // "605 men against a certified normal accommodation of 540, an occupancy of 112%", "the population as a percentage of
  // certified normal accommodation": occupancy against a capacity the sentence names, which crowding takes past 100%.
  if (context.kind === 'rate' && english && OCCUPANCY.test(context.keyword) && CAPACITY_EN.test(text.slice(sentenceStart(text, Math.max(0, q.offset - 4 * WINDOW_EN), q.offset), q.offset) + after.split(SENTENCE_END)[0])) return { kind: 'change', keyword: context.keyword };
  if (context.kind === 'rate' && english && AS_SHARE_OF_CAPACITY_EN.test(window)) return { kind: 'change', keyword: context.keyword };
  if (context.kind === 'rate' && (english ? SAID_ABOVE_100_EN : SAID_ABOVE_100_ZH).test(sentenceAndNext(text, q.offset + q.length, english))) return { kind: 'change', keyword: context.keyword };
  if (context.kind === 'rate' || !english) return context;
  // The sentence opens with the share it measures, maybe further back than the window reaches; a change word inside
  // its clause ("The proportion of carers who completed their training … was 103%") describes the items, not the level.
  let start = q.offset;
  for (let depth = 0; start > 0 && q.offset - start < 220; start--) {
    const c = text[start - 1];
    if (c === ')' || c === '）') depth++;
    else if ((c === '(' || c === '（') && depth > 0) depth--;
    else if (depth === 0 && (SENTENCE_END.test(c) || (c === ' ' && text[start - 2] === '.'))) break;
  }
  const subject = EN_SHARE_SUBJECT.exec(text.slice(start, q.offset));
  // Not when the words after it compare ("was 104% of the 2024/25 level"): that is the change the context read.
  const compared = context.kind === 'change' && EN_OF_SHARE.test(after);
  return subject && !compared && !EN_OF_TARGET.test(after) && !EN_OF_PLANNED.test(after) && !EN_OF_AVAILABLE.test(after) && !EN_AGAINST.test(after) ? { kind: 'rate', keyword: `the ${subject[1].toLowerCase()}` } : context;
}

/** The rest of the figure's sentence and the sentence after it (a reach of 400 characters). */
function sentenceAndNext(text: string, at: number, english: boolean): string {
  const rest = text.slice(at, at + 400);
  const end = english ? /[.!?](?:\s|$)/g : /[。！？!?]/g;
  end.exec(rest);
  const second = end.exec(rest);
  return second ? rest.slice(0, second.index) : rest;
}

/** "a 104% satisfaction rate", "an 8% pay rise": the article before the figure, which qualifies the noun after it. */
const ARTICLE_BEFORE_EN = /\b(?:a|an)\s+$/i;
/** The noun phrase after it: a few words, up to a preposition, a verb or punctuation ("a 104% increase in the rate"). */
const ATTRIBUTIVE_EN = /^\s+((?:[A-Za-z][A-Za-z-]*\s+){0,3}?[A-Za-z][A-Za-z-]*)(?=\s*(?:[.,;:!?()]|$)|\s+(?:of|in|on|for|with|among|across|from|at|against|to|and|or|was|were|is|are|has|had|this|last|during|over|by)\b)/;
/** 取得102%的满意率。: a rate named right after 的, ending its clause (not 负荷率超过105%的线路占比为3%). */
const ATTRIBUTIVE_ZH = /^的(\p{sc=Han}{0,4}(?:率|满意度|滿意度))(?=[，,。；;！？!?\s]|$)/u;

/** What the noun a percentage qualifies says it measures, when that noun names one (a rate, or a change). */
function attributive(text: string, at: number, after: string, english: boolean): PercentContext | undefined {
  let phrase: string | undefined;
  if (english) {
    if (!ARTICLE_BEFORE_EN.test(text.slice(Math.max(0, at - 4), at))) return undefined;
    phrase = ATTRIBUTIVE_EN.exec(after)?.[1];
  } else phrase = ATTRIBUTIVE_ZH.exec(after)?.[1];
  if (!phrase) return undefined;
  const named = classify(phrase, '');
  return named.kind === 'none' ? undefined : named;
}

/**
 * "Bed occupancy (defined as occupied bed days as a percentage of available bed days) was 102.4%" · 病床使用率（实际
 * 占用总床日数占实际开放总床日数的比例）为102.4%: a closed bracket before the percentage defines or qualifies the
 * measure named outside it; its words (a percentage of, 比例, a target's rate) do not say what the figure is.
 */
const ASIDE = /[（(][^（）()]*[）)]/g;

/** The window from `from` to `at`; with a closed bracket in it, read without it and reaching as far back again before it. */
function asideFree(text: string, from: number, at: number, english: boolean): string {
  const window = text.slice(from, at);
  if (!window.includes(')') && !window.includes('）')) return window;
  const size = english ? WINDOW_EN : WINDOW;
  const start = sentenceStart(text, Math.max(0, at - 4 * size), at);
  const free = text.slice(start, at).replace(ASIDE, '');
  if (free.length <= size) return free;
  let cut = free.length - size;
  while (english && cut > 0 && /[A-Za-z]/.test(free[cut - 1])) cut--;
  return free.slice(cut);
}

/**
 * Where the sentence holding `at` starts, looking back no further than `from`: after the last 。；;!? or ". " — not
 * one inside a closed bracket ("Critical care occupancy (adult beds; the share of funded beds in use) stood at 106%":
 * the bracket's clauses qualify the measure named before it, which the sentence goes on to give).
 */
function sentenceStart(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === ')' || c === '）') depth++;
    else if ((c === '(' || c === '（') && depth > 0) depth--;
    else if (depth === 0 && (SENTENCE_END.test(c) || (c === '.' && /\s/.test(text[i + 1] ?? '')))) return i + 1;
  }
  return from;
}

/** Where the | of a table row are, found once per row (a long row of percentages re-split it for each one). */
const pipeCache = new WeakMap<Paragraph, number[]>();

function pipesOf(paragraph: Paragraph): number[] {
  let pipes = pipeCache.get(paragraph);
  if (!pipes) {
    pipes = [];
    for (let i = paragraph.text.indexOf('|'); i >= 0; i = paragraph.text.indexOf('|', i + 1)) pipes.push(i);
    pipeCache.set(paragraph, pipes);
  }
  return pipes;
}

/** How many | come before the offset. */
function pipesBefore(pipes: readonly number[], offset: number): number {
  return firstAt(pipes, (p) => p >= offset);
}

/**
 * "The bad debt provision was £0.61m, giving coverage of 113% of loans more than three months in arrears", "Liquidity
 * coverage of 135%", "Provision coverage was 113%": a cover named before the figure in a sentence of money — one amount
 * covering another, which it may pass (not "MMR coverage reached 104% of children", a share of a population).
 */
const COVER_EN = new RegExp(`\\b(?:${ratios.enCover.join('|')})\\b`, 'i');
const COVER_AMOUNT_EN = new RegExp(`\\b(?:${ratios.enCoverAmounts.join('|')})\\b`, 'i');
/** 贷款损失准备对不良贷款的覆盖率: a 覆盖率 of a debt or a loss, named in its clause. */
const DEBT_COVER_ZH = new RegExp(ratios.zhDebtCover.join('|'));

const AMOUNT_SUBJECT_EN = new RegExp(`\\b(?:${ratios.enAmountSubjects.join('|')})\\b`, 'i');
const AMOUNT_WHOLES_EN = new Set(ratios.enAmountWholes);

function coverOfAmount(window: string, after: string): string | undefined {
  const cover = COVER_EN.exec(window);
  if (!cover) return undefined;
  return COVER_AMOUNT_EN.test(window) || COVER_AMOUNT_EN.test(after.split(/[.;!?。；]/)[0]) ? cover[0] : undefined;
}

/** What the words before a percentage (`window`) and after it (`after`) say it measures. */
function classify(window: string, after: string): PercentContext {
  // English: "120% of the trainees" is a share; "120% of the target" is completion.
  // Not a rate named in the clause before ("Board attendance rate was 104% of scheduled places"): that says what it is.
  // 112%的受访者表示满意, 其中104%的观众评价为好, 104%评价为好或很好, 在112%的排班场次中: a share of the people asked, or of
  // the occasions on which something held, opening its clause.
  const zh = zhShare(window, after);
  if (zh) return { kind: 'rate', keyword: zh };
  const cover = coverOfAmount(window, after);
  if (cover) return { kind: 'change', keyword: cover };
  if (HELD_FOR_BEFORE_EN.test(window) && OF_FIXED_TIME_EN.test(after)) return { kind: 'rate', keyword: firstWords(after) };
  // "staffed on 112% of scheduled sessions", "cancelled in 104% of the planned visits": on or in the sessions or visits
  // (not hours or days, which may be exceeded: "delivered in 112% of the budgeted hours") — a share of them, planned or not.
  if (ON_SHARE_BEFORE_EN.test(window) && !OF_TIME_UNITS_EN.test(after) && !EN_OF_TARGET.test(after) && ofWhat(after) === 'share') return { kind: 'rate', keyword: firstWords(after) };
  const planned = EN_OF_PLANNED.test(after) && !RATE_NAMED_BEFORE_EN.test(window);
  if (EN_OF_TARGET.test(after) || planned || EN_OF_AVAILABLE.test(after)) return { kind: 'change', keyword: firstWords(after) };
  if (EN_AGAINST.test(after) && !againstLevel(after)) return { kind: 'change', keyword: firstWords(after) };
  if (OF_BASE.test(window) || OF_BASE_AMOUNT.test(window) || OF_BASE_NOUN.test(window)) return { kind: 'change', keyword: window.slice(-6).trim() };
  // "112% of the trainees" is a share, whatever the sentence said before it ("94% completed and…"); "130% of the
  // baseline", "230% of one core", "150% of the numbers we saw" compare two amounts.
  const of = EN_OF_SHARE.test(after) ? ofWhat(after) : undefined;
  // "Wi-Fi availability across the network was 100.7% of opening hours": a measure that is a share of time, named just
  // before, taken of the hours it could have been (not "overtime was 112% of contracted hours").
  if (of === 'comparison' && !(TIME_SHARE_BEFORE_EN.test(window) && OF_HOURS_EN.test(after))) return { kind: 'change', keyword: firstWords(after) };
  if (of === 'share' && EQUAL_TO_BEFORE_EN.test(window) && !SHARE_NOUNS.has(ofHead(after)) && !/^(?:all|those|everyone|everybody)$/.test(ofHead(after))) return { kind: 'change', keyword: firstWords(after) };
  // "The bad debt provision represented 113% of loans in arrears": a provision or reserves set against loans, not a
  // share of them.
  if (of === 'share' && AMOUNT_SUBJECT_EN.test(window) && ofNouns(after).some((w) => AMOUNT_WHOLES_EN.has(w))) return { kind: 'change', keyword: firstWords(after) };
  if (of === 'share' && !/\b(?:by|up|down)\s*$/i.test(window)) return { kind: 'rate', keyword: firstWords(after) };
  // "Of the test scripts run, 112% passed": the whole named first, then the share of it.
  const lead = OF_LEAD.exec(window);
  if (lead && ofWhat(lead[1].replace(/(\d),(?=\d{3})/g, '$1')) === 'share') return { kind: 'rate', keyword: lead[1].trim().replace(/^of/, 'Of') };
  // "108% said they feel safe", "112% would recommend us": the share of the people asked who gave that answer — not
  // after a change ("grew 130% said the manager").
  const said = EN_SAID_AFTER.exec(after);
  if (said && !EN_CHANGE_BEFORE.test(window)) return { kind: 'rate', keyword: `those who ${said[0].trim().replace(/\s+/g, ' ')}` };

  let best: { at: number; context: PercentContext } | undefined;
  const consider = (at: number, context: PercentContext) => {
    if (!best || at > best.at) best = { at, context };
  };
  for (const word of CHANGE_WORDS) {
    for (let at = window.lastIndexOf(word); at >= 0; at = at > 0 ? window.lastIndexOf(word, at - 1) : -1) {
      const next = window[at + word.length] ?? '';
      if ((next !== '' && '至到为為率'.includes(next)) || (word.length === 1 && isPartOfRateWord(window, at))) continue;
      consider(at, { kind: 'change', keyword: word });
      break;
    }
  }
  for (const word of RATE_WORDS) {
    const at = window.lastIndexOf(word);
    if (at < 0) continue;
    // 净稳定资金比例为128%, 兑现比例为0%—150%: a ratio named among those that may exceed 100%, as 病床使用率 below.
    const named = ABOVE_100_BY_WORD.get(word);
    const head = named ? window.slice(0, at + word.length) : '';
    const above = named?.find((w) => head.endsWith(w));
    consider(at, above ? { kind: 'change', keyword: above } : { kind: 'rate', keyword: word });
  }
  for (let at = window.lastIndexOf('率'); at >= 0; at = at > 0 ? window.lastIndexOf('率', at - 1) : -1) {
    const two = window.slice(Math.max(0, at - 2), at);
    const head = window.slice(0, at + 1);
    const despite = RATES_DESPITE_PREFIX.find((w) => head.endsWith(w));
    if (despite) {
      consider(at, { kind: 'rate', keyword: despite });
      break;
    }
    // 超支比例较高，执行率达到105.1%: the nearest rate is a growth, completion or execution rate, which may pass 100%;
    // it names what the figure measures, not a share named further back (比例 of the clause before).
    if (NOT_RATE_2.has(two) || NOT_RATE_1.has(window[at - 1] ?? '')) {
      consider(at, { kind: 'change', keyword: window.slice(Math.max(0, at - 2), at + 1) });
      break;
    }
    // The nearest rate is one that may exceed 100% (病床使用率, 毛入学率): an earlier clause's 入学率 says nothing of it.
    const above = ABOVE_100.find((w) => head.endsWith(w));
    if (above) {
      consider(at, { kind: 'change', keyword: above });
      break;
    }
    // 贷款损失准备对不良贷款的覆盖率为113%: the cover of a debt, which provisions may pass as 拨备覆盖率 does.
    if (head.endsWith('覆盖率') || head.endsWith('覆蓋率')) {
      const clause = window.slice(0, at).split(/[，,。；;！？!?]/).pop() ?? '';
      if (DEBT_COVER_ZH.test(clause)) {
        consider(at, { kind: 'change', keyword: rateName(window, at) });
        break;
      }
    }
    consider(at, { kind: 'rate', keyword: rateName(window, at) });
    break;
  }
  for (const [re, kind] of [[EN_RATE, 'rate'], [EN_CHANGE, 'change']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // "growth rate", "interest rate": a rate of change, which may exceed 100%.
    // "coverage ratio" and "current ratio" are ratios, which may exceed 100%.
    while ((m = re.exec(window))) {
      const rest = window.slice(m.index + m[0].length);
      if (kind === 'change' && EN_TO_LEVEL.test(rest)) continue;
      const ratio = /^\s*ratio\b/i.test(rest);
      // "The clearance rate, which is the number of cases disposed of as a percentage of cases received, was 103.7%": the
      // rate defined in a clause of its own, the same rate said another way.
      const above100 = EN_ABOVE_100.test(window.slice(Math.max(0, m.index - 20), m.index + m[0].length)) || EN_ABOVE_100_DEFINED.test(window.slice(0, m.index));
      // "on-time departure rate": a hyphened word before the two read is part of the name.
      const hyphened = kind === 'rate' ? HYPHENED_BEFORE.exec(window.slice(Math.max(0, m.index - 30), m.index)) : null;
      consider(m.index, { kind: kind === 'rate' && (CHANGE_RATE.test(m[0]) || ratio || above100) ? 'change' : kind, keyword: hyphened ? hyphened[0] + m[0] : m[0] });
    }
  }
  EN_BOUNDED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN_BOUNDED.exec(window)); ) consider(m.index, { kind: 'rate', keyword: m[0] });
  // Calls answered within 20 seconds, Tickets resolved within SLA, Repairs completed on time, Trains arriving on time,
  // Services running to time: the share of the items dealt with in time (nearer than "completed", which alone may be
  // completion against a plan).
  EN_IN_TIME.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN_IN_TIME.exec(window)); ) consider(m.index + m[0].length - m[1].length, { kind: 'rate', keyword: m[0] });
  EN_PICKED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN_PICKED.exec(window)); ) consider(m.index + m[0].length - (m[1] ?? m[2]).length, { kind: 'rate', keyword: m[0] });
  if (!best && of === 'share') return { kind: 'rate', keyword: firstWords(after) };
  return best ? (best as { context: PercentContext }).context : { kind: 'none', keyword: '' };
}

/**
 * 1,260 of the emergency repairs were attended within 24 hours ( · 312 of the 340 pupils passed (: a count "of" a whole
 * named by its plural noun, the words of what was done to them (no change, comparison or figure among them), then an
 * open bracket. `m[1]`: the whole ("the emergency repairs").
 */
const COUNT_OF_BRACKET_EN = new RegExp(String.raw`(?:^|[\s,;:])(\d[\d,]*)\s+of\s+(?![^(]*\b(?:up|down|increase[sd]?|rise|rose|fell|fall|grew|growth|more|fewer|less|higher|lower|than|compared|against|from|targets?|required|needed|agreed|${PLANNED_EN.slice(3, -1)}|budgets?)\b)((?:the|these|those|all|all\s+the|our|its|their)\s+(?:[\d,]+\s+)?(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*s)\b(?:[^.;:()%\d]|\d(?![\d.,]*\s*%)){0,80}\(\s*$`, 'i');

/** The clause before the figure holds nothing but these: the figure opens it (其中104%的观众, 在112%的排班场次中). */
const ZH_OPENING = /(?:^|[，,。；;：:！？!?])\s*(?:其中|在|有|共有|另有|仅有|僅有|只有|约|約|近)?\s*$/;
const ZH_SHARE_NOUN = new RegExp(`^的\\p{sc=Han}{0,6}?(${words.zhShareNouns.join('|')})`, 'u');
/** What the people asked answered (104%评价为好, 88%表示愿意再来). */
const ZH_ANSWER_AFTER = /^(?:的\p{sc=Han}{0,6}?)?(表示|认为|認為|评价|評價|选择|選擇|回答|反映|赞成|贊成|同意|愿意|願意|满意|滿意|不满意|不滿意)/u;
/** 在112%的排班场次中: the occasions or cases a figure picks out. */
const ZH_AMONG = /^的[^，。；,;%％\d]{1,10}?(?:中|里|裡|当中|當中)(?:[，,]|\p{sc=Han})/u;

function zhShare(window: string, after: string): string | undefined {
  if (!/\p{sc=Han}/u.test(window.slice(-1) + after.slice(0, 2))) return undefined;
  // 各发放点在112%的排班场次中: a subject may come first.
  if (/在\s*$/.test(window)) return ZH_AMONG.test(after) ? `${after.slice(1, after.search(/中|里|裡/))}的占比` : undefined;
  if (!ZH_OPENING.test(window)) return undefined;
  const noun = ZH_SHARE_NOUN.exec(after);
  if (noun) return `${noun[1]}占比`;
  const answer = ZH_ANSWER_AFTER.exec(after);
  return answer ? `${answer[1]}…的占比` : undefined;
}

/** "on 112% of", "in 104% of": the figure picks out the occasions or cases on which something held. */
const ON_SHARE_BEFORE_EN = /[a-z]\s+(?:on|in)\s+(?:(?:only|just|nearly|almost|over|about|around)\s+)?$/i;
/**
 * "open for 103% of advertised hours", "staffed 104% of core hours": a state held (open, available, staffed) for a share
 * of hours, days or sessions fixed in advance (advertised, opening, scheduled), which cannot pass all of them — not hours
 * planned or budgeted ("delivered in 112% of the budgeted hours"), nor last year's hours.
 */
const HELD_FOR_BEFORE_EN = new RegExp(`\\b(?:${words.enHeldStates.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?:(?:for|during|in|on)\\s+)?(?:(?:only|just|nearly|almost|over|about|around|some)\\s+)?$`, 'i');
const OF_FIXED_TIME_EN = new RegExp(`^\\s*of\\s+(?:the\\s+|its\\s+|our\\s+|their\\s+)?(?:${words.enFixedTimes.join('|')})\\s+(?:(?:opening|service|library|branch)\\s+)?(?:hours|days|sessions|times)\\b`, 'i');
/** Of the hours, days or time planned: a span that may be exceeded, not a set of occasions. */
const OF_TIME_UNITS_EN = /^\s*of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:hours|days|weeks|months|years|minutes|time|periods?)\b/i;
/**
 * Measures bounded by their whole though not named as a rate (duty cycle: the share of the time a machine runs), from
 * the data list: "The compressor duty cycle reached 118%".
 */
const EN_BOUNDED = new RegExp(`\\b(?:${words.enBoundedMeasures.join('|')})\\b`, 'gi');

/** What the people asked answered, right after the share of them: "108% said", "112% would recommend", "101% told us". */
const EN_SAID_AFTER = /^\s+(?:said|say|says|told\s+(?:us|staff|inspectors)|rated\s+(?:the|it|them|their|our|its|this|that|us|services?|overall)\b|(?:described|thought|believed|considered)\s+(?:the|it|them|their|our|its|this|that|us)\b|(?:strongly\s+)?(?:agreed|agree|disagreed|disagree)|felt|feel|would\s+(?:recommend|like|prefer)|were\s+(?:satisfied|dissatisfied|happy|confident|aware)|answered|responded)\b/i;
/** A change just before the percentage: "grew 130% said the manager" is the change, whoever said it. */
const EN_CHANGE_BEFORE = /\b(?:by|up|down|rose|fell|grew|increased|decreased|dropped|jumped|rise|fall|increase|decrease|growth|drop|jump)\s*$/i;

const OF_DETERMINERS = new Set(['the', 'our', 'its', 'their', 'this', 'these', 'that', 'a', 'an', 'his', 'her', 'your', 'each']);
/** "Of the test scripts run, " right before a percentage: the population it is a share of. */
const OF_LEAD = /(?:^\s*|[.;:!?]\s+)(Of\s+(?:the|these|those|all|our)\s(?:[^.;:%\d,]|\d{1,3}(?:,\d{3})+|\d){1,50}),\s*$/;

/** Wholes a share is taken of, singular or with an irregular plural. */
const SHARE_NOUNS = new Set(words.enShareNouns);
/**
 * Amounts and thresholds set for someone, in the plural: "200% of the poverty guidelines", "110% of the standard fees",
 * "130% of the permitted limits", "104% of the annual allocations" — X% of an amount, no share of a group.
 */
const AMOUNT_NOUNS = ['guidelines', 'fees', 'charges', 'allowances', 'allocations', 'limits', 'thresholds', 'tariffs', 'rents', 'caps', 'ceilings', 'entitlements', 'quotas', 'baselines', 'norms', 'salaries', 'rates'];
/** Amounts one compares with, even in the plural ("150% of the numbers we saw"). */
const MEASURE_NOUNS = new Set([...words.enMeasureNouns, ...AMOUNT_NOUNS]);
/** Words that end the noun phrase after "of": "of the request before the pods were evicted". */
const OF_STOP = /^(?:before|after|in|at|on|for|with|by|from|to|and|or|but|that|which|who|we|they|it|was|were|is|are|has|have|had|will|would|said|reported)$/i;

/**
 * "N% of X": a share when X is a population (of the trainees, of all referrals, of those surveyed, of the
 * workforce), a comparison when X is one amount (of the baseline, of one core, of the old one, of the numbers).
 */
function ofWhat(after: string): 'share' | 'comparison' {
  const phrase = /^\s*of\s+([^,.;:()!?]{0,80})/i.exec(after)?.[1] ?? '';
  const tokens = phrase.match(/[A-Za-z][A-Za-z'-]*|\d[\d.,]*/g) ?? [];
  if (/^(?:all|those|everyone|everybody|everything)$/i.test(tokens[0] ?? '')) return 'share';
  let seen = 0;
  for (const token of tokens) {
    const w = token.toLowerCase();
    if (OF_STOP.test(w) || seen >= 3) break;
    if (OF_DETERMINERS.has(w) || /^\d/.test(w)) continue;
    seen++;
    if (SHARE_NOUNS.has(w)) return 'share';
    if (MEASURE_NOUNS.has(w)) return 'comparison';
    if (/(?:[^su']s|ies)$/.test(w)) return 'share';
  }
  return 'comparison';
}

/** The first three words after "of" and its determiners, in lower case, up to a preposition or verb ("of short-term deposits"). */
function ofNouns(after: string): string[] {
  const tokens = /^\s*of\s+([^,.;:()!?]{0,80})/i.exec(after)?.[1].match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (OF_STOP.test(w) || out.length >= 3) break;
    if (!OF_DETERMINERS.has(w)) out.push(w);
  }
  return out;
}

/** The first word after "of" and its determiners, in lower case ("of the value of the benefits" → value). */
function ofHead(after: string): string {
  const tokens = /^\s*of\s+([^,.;:()!?]{0,80})/i.exec(after)?.[1].match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  return tokens.find((t) => !OF_DETERMINERS.has(t.toLowerCase()))?.toLowerCase() ?? '';
}

/** 绿化率, 硬化率: a rate of a one-character …化 word (not 国产化率, 城镇化率, whose …化 word has two before it). */
const ONE_CHARACTER_HUA = /(?:绿|綠|美|亮|硬|净|淨|洁|潔|序|氧|碳|钙|鈣|老|固|熟|腐|软|軟|退|融|气|氣|液|同|异|異|简|簡|转|轉|优|優|强|強|深|细|細|活)化率$/;
const LONG_RATE_NAMES = words.longRateNames;

/**
 * The rate's name as a message quotes it, ending with the 率 at `at`: a name on the list (城镇化率) whole, the rate of a
 * …化 word with that word whole (国产化率, 本地化率, 信息化率; 绿化率 of a one-character one), any other by the two
 * characters before 率 (入学率, 准点率).
 */
function rateName(text: string, at: number): string {
  const head = text.slice(0, at + 1);
  const listed = LONG_RATE_NAMES.find((w) => head.endsWith(w));
  if (listed) return listed;
  const back = text[at - 1] === '化' && /^\p{sc=Han}{3}$/u.test(text.slice(Math.max(0, at - 3), at)) && !ONE_CHARACTER_HUA.test(head) ? 3 : 2;
  return text.slice(Math.max(0, at - back), at + 1).replace(/^[^\p{sc=Han}]+/u, '');
}

/** 增 in 增长率 or 降 in 降低率 belongs to a rate word handled elsewhere. */
function isPartOfRateWord(window: string, at: number): boolean {
  return window[at + 1] === '长' || window[at + 1] === '長' || window[at + 1] === '幅' || window[at + 1] === '速' || window[at + 1] === '低';
}

const POINT_RATES = words.pointRates;
const NOT_POINT_RATES = words.notPointRates;
/** 成功率, 有效率: shares of a whole whose names end with a rate that is not one (功率, 效率). */
const POINT_RATES_DESPITE_NOT = words.pointRatesDespiteNot;
const EN_POINT_RATE = new RegExp(`\\b([a-z-]+\\s+)?(?:${words.enPointRates.join('|')})\\b(?!\\s+of\\s+(?:growth|change|increase))`, 'gi');
const EN_NOT_POINT_RATE = new Set(words.enNotPointRates);
const EN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'this', 'that']);
/** After "compliance": nothing more, or the standard or place it is measured against ("compliance with S2", "in Ward 9"). */
const EN_COMPLIANCE_AFTER = /^(?:\s*$|\s+(?:with|against|in|at|across|on)\b)/i;
/** "earnings per share", "5.00p a share", "each share of the class": a share of stock, not a share of a whole ("a share of the vote" is one). */
const EN_EQUITY_SHARE_BEFORE = new Set(['per', 'each', 'a', 'an']);
/** "the share price", "share capital", "share options": a share of stock again. */
const EN_EQUITY_SHARE_AFTER = /^\s+(?:prices?|capital|premium|buy-?backs?|issues?|options?|count|register|schemes?|plans?|dealings?|certificates?|awards?)\b/i;

/**
 * The word that makes `words` a measure written in per cent (入学率, 占比, the enrolment rate, share), whose change
 * is a number of percentage points; undefined when there is none, or when the rate is not a share of a whole
 * (效率, 汇率, 增长率, 发病率, growth rate, exchange rate).
 */
export function percentMeasure(words: string): string | undefined {
  let best: { at: number; word: string } | undefined;
  const at = words.lastIndexOf('率');
  if (at >= 0) {
    const head = words.slice(0, at + 1);
    if (!NOT_POINT_RATES.some((w) => head.endsWith(w)) || POINT_RATES_DESPITE_NOT.some((w) => head.endsWith(w))) {
      // The rate's name as a message quotes it (城镇化率, 国产化率, 入学率).
      const name = rateName(words, at);
      best = { at, word: name };
    }
  }
  for (const w of POINT_RATES) {
    const i = words.lastIndexOf(w);
    if (i >= 0 && (!best || i > best.at)) best = { at: i, word: w };
  }
  EN_POINT_RATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_POINT_RATE.exec(words))) {
    const modifier = (m[1] ?? '').trim().toLowerCase();
    if (EN_NOT_POINT_RATE.has(modifier)) continue;
    // "the rate of new registrations" and a bare "rate" may be a frequency; "the enrolment rate" is a percentage.
    const head = m[0].slice((m[1] ?? '').length).toLowerCase();
    const rest = words.slice(m.index + m[0].length);
    // "a share of the market" is a share of a whole; "8.00p a share" and "the share price" are stock.
    if (head === 'share' && ((EN_EQUITY_SHARE_BEFORE.has(modifier) && !(/^an?$/.test(modifier) && /^\s+of\b/i.test(rest))) || EN_EQUITY_SHARE_AFTER.test(rest))) continue;
    if (head === 'rate' && (modifier === '' || EN_DETERMINERS.has(modifier) || /^\s+of\b/i.test(words.slice(m.index + m[0].length)))) continue;
    // "compliance with S2", "overall compliance" is a percentage of cases; "compliance costs", "compliance activity",
    // "spending on compliance" are not.
    if (head === 'compliance' && (!EN_COMPLIANCE_AFTER.test(rest) || /\b(?:on|for|of|in)\s+$/i.test(words.slice(0, m.index + (m[1] ?? '').length)))) continue;
    const word = EN_DETERMINERS.has(modifier) ? m[0].slice(m[1].length) : m[0].trim();
    if (!best || m.index > best.at) best = { at: m.index, word };
  }
  return best?.word;
}

/** A figure standing alone as a cell of a row lined up with spaces: `不良贷款率 1.38% 1.42% -0.04%`. */
const ALIGNED_PERCENT = /^[-+−]?\d[\d,]*(?:\.\d+)?%$/;

/**
 * A percentage in a change column of a table lined up with spaces, which may be negative or exceed 100 whatever its
 * row measures: under a header cell of change (`资产质量指标（%） 2022年 2021年 变化百分点`, 增减, 同比), or, with no
 * header, the difference of the two figures before it on the row (`不良贷款率 1.38% 1.42% -0.04%`: 1.38 − 1.42).
 */
function alignedChange(paragraph: Paragraph, offset: number, length: number): PercentContext | undefined {
  const rows = rowsOf(paragraph);
  const here = firstAt(rows.lines, ([, to]) => to > offset);
  if (here >= rows.lines.length || offset < rows.lines[here][0]) return undefined;
  // A row whose label has spaces of its own ("No entry (1 site)   2,045   1,712   -16.3%"): its cells are what lies
  // between the wide gaps, and so are its header's ("Contravention type   2024/25   2025/26   Change").
  const wide = rows.wideCells(here);
  const wat = indexOfCell(wide, offset);
  if (wat >= 1 && wide.length >= 3 && wide[wat].text.length === length && ALIGNED_PERCENT.test(wide[wat].text)) {
    for (let l = here - 1; l >= 0 && here - l <= 12; l--) {
      const cells = rows.wideCells(l);
      if (cells.length === wide.length && !cells.some((c) => /\d\s*%/.test(c.text))) {
        if (TABLE_CHANGE.test(cells[wat].text)) return { kind: 'change', keyword: cells[wat].text };
        break;
      }
    }
  }
  const row = rows.cells(here);
  const at = indexOfCell(row, offset);
  if (at < 2 || row[at].text.length !== length || !ALIGNED_PERCENT.test(row[at].text)) return undefined;
  // The header: the nearest line above with as many cells and no figure of its own.
  for (let l = here - 1; l >= 0 && here - l <= 12; l--) {
    const cells = rows.cells(l);
    if (cells.length === row.length && !cells.some((c) => ALIGNED_PERCENT.test(c.text))) {
      return TABLE_CHANGE.test(cells[at].text) ? { kind: 'change', keyword: cells[at].text } : undefined;
    }
  }
  const [a, b, v] = [row[at - 2].text, row[at - 1].text, row[at].text];
  if (!ALIGNED_PERCENT.test(a) || !ALIGNED_PERCENT.test(b)) return undefined;
  const num = (s: string) => Number(s.replace('−', '-').replace(/[,%]/g, ''));
  const decimals = (v.split('.')[1] ?? '').replace('%', '').length;
  return Math.abs(num(a) - num(b) - num(v)) < 0.5 * 10 ** -decimals + 1e-9 ? { kind: 'change', keyword: v } : undefined;
}

type Cell = { text: string; from: number };

/**
 * A paragraph's lines, as [start, end) in its text (lines are joined without a separator), and each line's cells,
 * split once when first asked: every percentage of a long line or a long table asks for its row and the rows above
 * (splitting them again for each made a 300k-character line of percentages take minutes).
 */
type Rows = { lines: [number, number][]; cells: (line: number) => Cell[]; wideCells: (line: number) => Cell[] };
const rowsCache = new WeakMap<Paragraph, Rows>();

function rowsOf(paragraph: Paragraph): Rows {
  let rows = rowsCache.get(paragraph);
  if (!rows) {
    const lines: [number, number][] = [];
    let last = -1;
    for (const seg of paragraph.segments) {
      if (seg.line !== last) lines.push([seg.offset, seg.offset + seg.length]);
      else lines[lines.length - 1][1] = seg.offset + seg.length;
      last = seg.line;
    }
    const split: Cell[][] = [];
    const wide: Cell[][] = [];
    rows = {
      lines,
      cells: (line) => (split[line] ??= cellsOf(paragraph.text, lines[line])),
      wideCells: (line) => (wide[line] ??= cellsOf(paragraph.text, lines[line], WIDE_CELL)),
    };
    rowsCache.set(paragraph, rows);
  }
  return rows;
}

/** A cell of a row lined up with wide gaps: words joined by single spaces ("No entry (1 site)"). */
const WIDE_CELL = /\S+(?: \S+)*/g;

/** The index of the cell starting at `offset`, or -1. */
function indexOfCell(cells: readonly Cell[], offset: number): number {
  const i = firstAt(cells, (c) => c.from >= offset);
  return i < cells.length && cells[i].from === offset ? i : -1;
}

/** The cells of a line lined up with spaces, with their offsets in the paragraph's text. */
function cellsOf(text: string, [from, to]: [number, number], cell = /\S+/g): { text: string; from: number }[] {
  const cells: { text: string; from: number }[] = [];
  for (const m of matchesOf(text.slice(from, to), cell)) cells.push({ text: m[0], from: from + (m.index ?? 0) });
  return cells;
}
