// Shares of one whole, whose whole is 100%: a run of percentages (城区占46.5%、郊区占38.2%; salaries 64%, rent 22%;
// shares each after its amount, 21.6亿元，占50.5%；…) and shares named one clause at a time (第三产业投资占比为59.8%，
// 第一产业投资占比为2.9%). Not the shares of several wholes, of a multiple-answer survey, nor rates of each group.

import words from '../../data/breakdown-words.json';
import { alternation } from '../../patterns';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { outcomeOf, familyOutcomes, hasNegatedOutcome, hasOppositeOutcomes } from './en-outcomes';
import { REST, familyGroups, familyOf, kindsOf, inOneFamily } from './kinds';
import { PARTIAL, NOT_PART_EN, SENTENCE_MARK, SENTENCE_END, sentenceStart, type Breakdown } from './shared';

/** split, of the budget, by source, single answer: English words that say a run of shares splits one whole. */
const PARTITION_EN = new RegExp(`\\b(?:${alternation(words.partitionCuesEn)})\\b`, 'i');

/** Multiple-answer questions, whose shares add up to more than 100% by design. */
const SURVEY = new RegExp(alternation(words.survey), 'i');

/** 多选, 可多选, 多项选择: a question whose answers overlap. */
const MULTIPLE_ANSWERS_ZH = /多选|多選|多项选择|多項選擇|可选多项|可選多項|不限项|不限項/;

/** 满意的 … 不满意的: two shares' labels, after 中， or the comma, one the other with 不, 非, 未 or 没有 before it. */
function answerAndNegationZh(run: readonly Figure[]): boolean {
  const labels = run.map((f) => f.subject.replace(/^.*[，,、：:；;]/, '').replace(/^(?:其中|认为|認為)/, '').replace(/的$/, ''));
  const said = new Set(labels);
  if (labels.some((l) => l.length < 2 || l.length > 8) || said.size !== labels.length) return false;
  return labels.some((l) => said.has(`不${l}`) || said.has(`非${l}`) || said.has(`未${l}`) || said.has(`没有${l}`) || said.has(`沒有${l}`));
}

/** could choose more than one, select all that apply, multiple answers: a question whose answers overlap. */
const MULTIPLE_ANSWERS_EN = /\b(?:multiple|could\s+(?:choose|select|give|pick|tick)|select\s+all|tick\s+all|more\s+than\s+one\s+(?:answer|option|response|reason))\b/i;

/** 资金来源, 分别占, 构成: the same in Chinese, before the shares. */
const SHARE_CUES_ZH = new RegExp(alternation(words.shareCuesZh));

/** 起数, 死亡人数, 金额: the measure a list item names, longest first (营业收入 before 收入). */
const MEASURE_HEAD = new RegExp(`(?:${alternation([...words.measureHeadsZh].sort((a, b) => b.length - a.length))})$`);

/** 使用A、B和C上网的比例分别为…: rates of people doing each of several things (using, owning, taking part in). */
const USE_RATES = /(?:使用|拥有|參與|参与|参加|參加|知晓|知曉|用过|用過)[^，。；;：:,]{2,40}?(?:的)?(?:比例|比重|占比|佔比|比率)(?:分别|分別)/;

/** 按支出性质分，… · 从贸易方式看，… · 按地区划分：…: the shares that follow split one whole by one criterion. */
const CLASSIFIED_BY = /(?:按|從|从)[^，。；,;：:]{1,10}(?:分|看|划分|劃分|统计|統計)[，,：:]/;

/** Between two shares of a list: 、 or "and", with the next one's label (城区占46.5%、郊区占38.2%; salaries 64%, rent 22%). */
const LIST_GAP_ZH = /^\s*(?:[、，,]|和|及|与|與|and|,\s*and)\s*[^\d%]{0,16}$/;

// In English the label may also follow the share (41% named VS Code, 28% LumenIDE), and the first share may name
// its whole (made up 64% of income, event sponsorship 22%).
// The first share's label may run on (71% was spent on charitable activities, 22% on raising funds).
const LIST_GAP_EN = /^(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?(?=\s*,))?[^\d%.;:!?]{0,48}?(?:,|\band\b|,\s*and\b)[^\d%.;:!?]{0,32}$/i;

/** "62% said they were satisfied with the information they received, 21% …": an answer said, and what it was about. */
const SAID_GAP_EN = /^\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:said|reported|told\s+us|felt)\b[^\d%.;:!?]{0,80}?(?:,|\band\b)[^\d%.;:!?]{0,32}$/i;

const AGE_LABEL = /\b(?:aged|ages?|under|over)\s+(?:\d{1,3}\s*(?:[–-]|to)\s*)?$/i;

/** 70至79岁, 80岁及以上, 60岁以下: a figure that starts or ends an age band in a Chinese share's label. */
const AGE_BAND_ZH = /^\d{1,3}\s*(?:岁|歲)?\s*(?:(?:至|到|~|～|-|—|－)\s*\d{1,3}\s*(?:岁|歲)|(?:岁|歲)(?:及|或)?以[上下]|(?:岁|歲)(?:及|或)?(?:以上|以下))/;
/** The same, masked before the gap between two shares is read. */
const AGE_BAND_IN_LABEL_ZH = /\d{1,3}\s*(?:岁|歲)?\s*(?:至|到|~|～|-|—|－)\s*\d{1,3}\s*(?:岁|歲)|\d{1,3}\s*(?:岁|歲)(?:及|或)?以[上下]/g;

/** An age in a share's label, masked before the gap between two shares is read (those aged 30–49 for 51%). */
const AGE_IN_LABEL = /\b(aged|ages?|under|over)\s+\d{1,3}(?:\s*(?:[–-]|to)\s*\d{1,3})?/gi;

/** 城区占46.5%、郊区占38.2%、农村占21.7%; salaries 64%, rent 22%, travel 19% (after "split", "of spending"). */
export function shareBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // A list of shares has two percentages at least.
  let percents = 0;
  for (const f of figures) if (f.dimension === '%') percents++;
  if (percents < 2) return out;
  let run: Figure[] = [];
  // 房建业务收入21.6亿元，占50.5%；基础设施业务收入15.4亿元，占36.0%；…: each share after the amount it is of.
  const led = new Set<Figure>();
  const flush = (stated = false) => {
    if (run.length >= 2) {
      const b = shareBreakdown(paragraph, run, run.every((f) => led.has(f)), stated);
      if (b && stated) out.push({ ...b, complete: true, partial: false });
      else if (b) out.push(b.complete && restOfEarlierShares(paragraph, figures, b) ? { ...b, complete: false } : b);
    }
    run = [];
  };
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.offset + prev.length, f.offset) : '';
    // 35岁以下占33.3%，…，50岁以上占33.3%，合计100.0% · "… and 25.1% preferred not to say (total 100.0%)": the shares'
    // whole, stated, is no share of itself; the shares are all of it.
    if (prev && f.dimension === '%' && f.value === 100 && statedWholeShare(text, gap, f)) {
      flush(true);
      continue;
    }
    // Employees under 30 … 24%, those aged 30–49 … 51%: an age in a share's label is no figure of the list.
    if (f.dimension !== '%' && run.length > 0 && AGE_LABEL.test(text.slice(Math.max(0, f.offset - 16), f.offset))) continue;
    // 48.2%，70至79岁的占36.5%: the ages of a band in the next share's label are no figures of the list either.
    if (f.dimension !== '%' && run.length > 0 && (AGE_BAND_ZH.test(text.slice(f.offset, f.offset + 12)) || /^\d{1,3}\s*(?:岁|歲)/.test(text.slice(f.offset, f.offset + 6)))) continue;
    // 达到3%及以上的企业占42.6%，低于3%的企业占57.4%: the threshold in a share's label is no share of the list.
    if (f.dimension === '%' && run.length + (figures[k + 1]?.dimension === '%' ? 1 : 0) > 0 && isThresholdZh(text, f)) continue;
    if (f.dimension !== '%' || f.unit === 'fraction' || f.unit === '成') {
      const next = figures[k + 1];
      const between = next ? text.slice(f.offset + f.length, next.offset) : '';
      if (f.dimension !== '%' && f.dimension !== '' && next?.dimension === '%' && (SHARE_OF_AMOUNT.test(between) || (run.length === 0 && SHARE_OF_NAMED_WHOLE.test(between)))) {
        led.add(next);
        continue;
      }
      flush();
      continue;
    }
    // A share list runs within one sentence, its items a few words apart (English words are longer: "were neither
    // satisfied nor dissatisfied and"); shares led by their amounts are set apart by ；.
    // 省内游客占72.6%，其中本市游客占41.3%: a share opened by 其中 is a part of the share before it, not another part of
    // the whole; it starts a run of its own (its siblings after it still come to no more than the whole).
    if (prev && (gap.length > (/[A-Za-z]{3}/.test(gap) ? (SAID_GAP_EN.test(gap) ? 120 : 60) : 40) || SENTENCE_END.test(gap) || /其中/.test(gap) || (/[；;]/.test(gap) && !(led.has(prev) && led.has(f))))) flush();
    run.push(f);
  }
  flush();
  return out;
}

/**
 * ，合计100.0% · ，共计100% · " (total 100%)" · ", a total of 100.0%" · "; together 100%": nothing but the word for the
 * whole between the last share and 100% (not 满意率总计100%, a rate of its own).
 */
const STATED_WHOLE_GAP = /^\s*[，,；;（(]?\s*(?:合计|合計|共计|共計|总计|總計|合共|总和|總和)(?:为|為|达|達)?\s*$|^\s*[,;(]?\s*(?:(?:a\s+)?total(?:\s+of)?|in\s+total|together|altogether)\s*:?\s*$/i;

/** The figure (100%) states the shares' whole: right after them with 合计 or "total", or alone in brackets, (100.0%). */
function statedWholeShare(text: string, gap: string, f: Figure): boolean {
  if (STATED_WHOLE_GAP.test(gap)) return true;
  return /^\s*[（(]\s*$/.test(gap) && /^\s*[）)]/.test(text.slice(f.offset + f.length, f.offset + f.length + 3));
}

/** rose 4.2%, up 3.1%, fell by 2%: a change, not a share; from 53.5%, than 49%: an earlier level. */
const CHANGE_BEFORE_EN = /\b(?:rose|fell|grew|dropped|declined|increased|decreased|(?<!made\s)up|down)\s+(?:by\s+)?$|\b(?:from|than|against|compared\s+with)\s+$/i;

/**
 * "Contactless was used for 58.4% of journeys. Paper tickets accounted for 3.1%, and the remaining 38.5% were made with
 * smartcards.": the rest is what the shares named so far leave, those of the sentence before too — where they and the
 * run make 100%, the run alone is not all of the whole.
 */
function restOfEarlierShares(paragraph: Paragraph, figures: readonly Figure[], b: Breakdown): boolean {
  const text = paragraph.text;
  const start = sentenceStart(text, b.parts[0].offset, 300);
  if (start === 0) return false;
  const from = sentenceStart(text, start - 1, 300);
  let sum = 0;
  let slack = 1e-9;
  for (const f of [...figures.filter((f) => f.offset >= from && f.offset < start), ...b.parts]) {
    if (f.dimension !== '%') continue;
    if (f.value <= 0 || f.value > 100 || f.approximate || f.perUnit || CHANGE_BEFORE_EN.test(text.slice(Math.max(0, f.offset - 16), f.offset)) || /(?:增长|增長|下降|提高|降低|上升|回落|增加|减少|減少)\s*$/.test(text.slice(Math.max(0, f.offset - 4), f.offset))) continue;
    sum += f.value;
    slack += 0.5 * 10 ** -f.decimals;
  }
  return sum !== b.parts.reduce((s, f) => s + f.value, 0) && Math.abs(sum - 100) <= Math.max(slack, 0.1);
}

/**
 * 21.6亿元，占50.5%: the words between an amount and its share of the whole. The first share may name the whole
 * (4.36亿元，占税收收入的35.1%; 2.16亿元，占一般公共预算支出的比重为41.2%); the later ones then share it (，占15.5%).
 */
const SHARE_OF_AMOUNT = /^\s*[，,]\s*(?:占|佔)(?:比)?(?:为|為)?\s*$/;

const SHARE_OF_NAMED_WHOLE = /^\s*[，,]\s*(?:占|佔)[^\d%，,。；;、：:]{1,10}的(?:比重|比例)?(?:为|為)?\s*$/;

/** The gap between two shares each led by its amount: ；基础设施业务收入15.4亿元，占 (the amount is no share). */
const LED_GAP_ZH = /^\s*[；;，,]\s*[^\d%；;。]{1,16}[\d.,]+\s*[^\d%；;。，,]{0,4}[，,]\s*(?:占|佔)(?:比)?(?:为|為)?\s*$/;

/** `stated`: the run is followed by its whole, 合计100% or (total 100.0%), which says the shares are all of one whole. */
function shareBreakdown(paragraph: Paragraph, run: Figure[], amountLed = false, stated = false): Breakdown | undefined {
  const text = paragraph.text;
  const first = run[0];
  const last = run[run.length - 1];
  const sentence = sentenceStart(text, first.offset, 120);
  const context = text.slice(sentence, last.offset + last.length + 20);
  if (run.some((f) => f.perUnit || f.value < 0)) return undefined;
  // "Expressed as shares of all respondents, 72.8% were satisfied, 16.4% were neutral and 12.9% were dissatisfied": the
  // answers of one question, an answer and its opposite among them, are each respondent's one (not where the paragraph
  // says respondents could choose more than one).
  // 受访者中，满意的占72.8%，基本满意的占16.4%，不满意的占12.9%: the same in Chinese, an answer and its 不 among the shares.
  const oneAnswerZh = /\p{sc=Han}/u.test(context) && !MULTIPLE_ANSWERS_ZH.test(text) && answerAndNegationZh(run);
  // 受访企业中，达到3%及以上的占42.6%，低于3%的占57.4%: the two sides of one threshold exclude each other, in a survey too.
  const thresholds = !oneAnswerZh && thresholdHalves(text, run);
  if (SURVEY.test(context) && !oneAnswerZh && !thresholds && !(/^[^\p{sc=Han}]*$/u.test(context) && !MULTIPLE_ANSWERS_EN.test(text) && (hasNegatedOutcome(run) || hasOppositeOutcomes(run)))) return undefined;
  // 三次产业对经济增长的贡献率分别为38.2%、45.6%、26.1%: the contributions of all the parts of one growth are its
  // shares (two of them may be above half: then they are wrong).
  const contributions = contributionsOfAll(text.slice(sentence, first.offset), run.length);
  // 东部、中部、西部地区中央承担比例分别为85%、90%、95%: two shares above half cannot both be parts of one whole; each
  // is a rate of its own group (the centre's share of each region's subsidy).
  // 全市户籍人口中，男性占54%，女性占52%: not where the sentence opens with the whole and each share, with 占, names a
  // different member of one family — two shares of one whole above half, one of them wrong.
  // "63% were aged under 25 and 52% were aged over 60": bands of age that do not reach into each other are exclusive.
  const agesEn = !/\p{sc=Han}/u.test(context) && ageBandsEn(text, run);
  if (!contributions && !agesEn && run.filter((f) => f.value > 50).length >= 2 && !sharesOfNamedWhole(text, sentence, run)) return undefined;
  // 使用台式电脑、笔记本电脑、平板电脑和电视上网的比例分别为36.2%、32.0%、30.8%和25.1%: the share of people who use each
  // of several things; one person uses several, so the shares overlap and do not add up.
  if (USE_RATES.test(text.slice(sentence, first.offset))) return undefined;
  const english = !/\p{sc=Han}/u.test(context);
  // Each figure is a share: 占 before it (城区占46.5%), or a list after 分别占; in English a label list after a cue.
  const shareZh = (f: Figure) => /(?:占|佔)(?:比)?(?:为|為|达|達|到|了)?\s*$/.test(text.slice(Math.max(0, f.offset - 6), f.offset));
  // 主营业务收入为总收入的85.8%，其他业务收入为总收入的21.0%: each share names one whole, the same, a total.
  const namedBase = !english && sameNamedTotal(text, run);
  const cueZh = contributions || SHARE_CUES_ZH.test(text.slice(sentence, first.offset)) || CLASSIFIED_BY.test(text.slice(sentence, first.offset));
  const cueEn = english && (PARTITION_EN.test(text.slice(sentence, last.offset + last.length + 24)) || MONEY_BY_EN.test(text.slice(sentence, first.offset)));
  // 41%来自警方，19%来自学校，…，31%来自其他渠道 · 来自警方的占41%，…，来自其他渠道的占31%: each share of one source.
  const sources = !english && sourceFramesZh(text, sentence, run);
  const listed = sources || run.every((f, i) => {
    if (i === 0) return true;
    const gap = text.slice(run[i - 1].offset + run[i - 1].length, f.offset);
    // 54% of participants, up from 49% / rose to 54%, from 49%: the figure after "from" is an earlier level, not the
    // next share (grants from other foundations 9% is a share).
    if (english) return (LIST_GAP_EN.test(gap.replace(AGE_IN_LABEL, '$1 N')) || SAID_GAP_EN.test(gap)) && !NOT_PART_EN.test(gap) && !/\bfrom\s*$/i.test(gap);
    // Shares led by their amounts are a list only where the sentence says the whole is split (从业务结构看, 构成).
    const masked = gap.replace(AGE_BAND_IN_LABEL_ZH, '岁');
    // 全市老年人中，失能老人占18.4%，全市残疾人中，半失能的占46.3%: a new whole named with 中 between two shares starts
    // the shares of another whole.
    if (/(?!其)\p{sc=Han}中[，,]/u.test(masked) || NEW_WHOLE_OF_PEOPLE_ZH.test(masked)) return false;
    return LIST_GAP_ZH.test(masked) || (amountLed && cueZh && LED_GAP_ZH.test(masked)) || (thresholds && LIST_GAP_ZH.test(masked.replace(THRESHOLD_IN_LABEL_ZH, '')));
  });
  if (!listed) return undefined;
  if (!english && sharesOfSeveralWholes(text.slice(sentence, first.offset))) return undefined;
  let partition: boolean;
  if (english) {
    // 62% were satisfied, 21% were neither and 23% were dissatisfied: an answer and its opposite say the answers exclude
    // each other, as they do for counts.
    // 61% are owner-occupied, 22% are privately rented and 19% are social housing: each a different member of one family.
    const cued = stated || cueEn || agesEn || framedShares(text, sentence, run) || hasNegatedOutcome(run) || hasOppositeOutcomes(run) || (sharesAreKinds(run) && familyOutcomes(run));
    if (!cued || !run.every((f) => f.subject.split(' ').length <= 4 && !NOT_PART_EN.test(f.subject))) return undefined;
    partition = true;
  } else {
    if (!(stated || cueZh || sources || namedBase || run.every(shareZh))) return undefined;
    // 党员和女职工分别占42.3%和61.5%; 本科及以上学历的165人、硕士研究生11人，分别占95.9%和6.4%: the groups named before
    // 分别 cut across each other or one takes in another, so their shares of the whole need not add up to 100%.
    if (RESPECTIVE_ZH.test(text.slice(sentence, first.offset)) && overlappingLabelsZh(text.slice(sentence, first.offset))) return undefined;
    partition = stated || cueZh || sources || oneAnswerZh || inOneFamily(run) || ageBands(text, run) || thresholds || (namedBase && run.some((f) => REST_LABEL_ZH.test(f.subject)));
    // 对方案一表示同意的占62%，对方案二表示不同意的占41% · 城区居民中同意的占62%，农村居民中不同意的占41%: each share
    // names its own whole beside its member (方案一, 方案二; 城区居民, 农村居民) — answers of two questions or groups.
    if (!cueZh && !thresholds && ownWholes(text, sentence, run)) return undefined;
  }
  const after = text.slice(last.offset + last.length, last.offset + last.length + 16);
  return {
    paragraph,
    parts: run,
    cueAt: first.offset,
    complete: REST.test(last.subject),
    partial: PARTIAL.test(text.slice(sentence, last.offset)) || /^[^，。；]{0,4}等/.test(after),
    partition,
    groups: partition ? [run] : familyGroups(run),
    approximate: run.some((f) => f.approximate),
    whole: true,
    bracketed: false,
  };
}

/**
 * 城镇登记失业人员中男性2,980人，占56.0%；新增就业人员中女性8,742人，占47.0%: a count of people or units named with 中
 * and run straight into the next group — the share after it is of that new whole.
 */
const NEW_WHOLE_OF_PEOPLE_ZH = /(?:人员|人口|职工|学生|企业|患者|党员|干部|居民|农户|老人|儿童|对象|单位)中(?=\p{sc=Han})/u;

/** 为总收入的 · 占总支出的比重为: a share that names its whole, a total (总, 合计). */
const NAMED_TOTAL_ZH = /(?:占|佔|为|為|是)([^\d%，,。；;、：:的]{0,8}(?:总|總|合计|合計)[^\d%，,。；;、：:的]{0,6})的(?:比重|比例)?(?:为|為)?\s*$/;
/** 其他业务收入 · 其余: the rest of a whole, which with the named parts makes all of it. */
const REST_LABEL_ZH = /其他|其它|其余|其餘/;

/** Every share of the run names the same total as its whole (为总收入的85.8%，…为总收入的21.0%). */
function sameNamedTotal(text: string, run: Figure[]): boolean {
  const bases = run.map((f) => NAMED_TOTAL_ZH.exec(text.slice(Math.max(0, f.offset - 20), f.offset))?.[1]);
  return run.length >= 2 && bases.every((b) => b !== undefined && b === bases[0]);
}

/** 来自警方, 来源于学校: where a share came from, one source each. */
const SOURCE_ZH = /^(?:来自|來自|来源于|來源於|源于|源於)([^\d%，,、；;。：:的]{1,12})$/;

/**
 * 上述转介中，41%来自警方，19%来自学校，14%来自卫生部门，31%来自其他渠道 · 来自警方的占41%，来自学校的占19%，…，来自其他
 * 渠道的占31%: every share said where its part came from, in one frame (来自 after the share, or 来自…的占 before it), each
 * a different source, the last the other sources — a thing comes from one source, and the list names them all.
 */
function sourceFramesZh(text: string, sentence: number, run: Figure[]): boolean {
  if (run.length < 2) return false;
  const after = run.map((f, i) => {
    const end = i + 1 < run.length ? run[i + 1].offset : Math.min(text.length, f.offset + f.length + 20);
    const m = /^([^\d%，,、；;。]{1,16})(?:[，,、；;]\s*$|[。；;]|$)/.exec(text.slice(f.offset + f.length, end));
    return m ? SOURCE_ZH.exec(m[1].trim())?.[1] : undefined;
  });
  const before = run.map((f, i) => {
    const from = Math.max(sentence, i > 0 ? run[i - 1].offset + run[i - 1].length : sentence);
    const m = /(?:^|[，,、；;：:])\s*((?:来自|來自|来源于|來源於|源于|源於)[^\d%，,、；;。：:]{1,12}?)的(?:占|佔)(?:比)?(?:为|為)?\s*$/.exec(text.slice(from, f.offset));
    return m ? SOURCE_ZH.exec(m[1])?.[1] : undefined;
  });
  const named = after.every((x) => x !== undefined) ? after : before.every((x) => x !== undefined) ? before : undefined;
  if (!named || new Set(named).size !== named.length) return false;
  return /^(?:其他|其它|其余|其餘)/.test(named[named.length - 1]!);
}

/** 表示, 持…态度, 的, 占比为: the words around a share's member that name no whole. */
const SHARE_FRAME_ZH = /其中|表示|持|态度|態度|意见|意見|的|(?:占|佔)(?:比)?(?:为|為|达|達|到|了)?\s*$/gu;

/**
 * The shares of one sentence each name a whole of their own beside the family member, in its own clause: what is left
 * of each clause without the member and the share's frame words is not empty, and not the same for all.
 */
function ownWholes(text: string, sentence: number, run: Figure[]): boolean {
  const kinds = kindsOf(run, undefined);
  const rests = new Set<string>();
  for (let i = 0; i < run.length; i++) {
    const f = run[i];
    const kind = kinds[i];
    if (!kind) return false;
    const from = Math.max(sentence, i > 0 ? run[i - 1].offset + run[i - 1].length : sentence);
    const clause = text.slice(from, f.offset).replace(/^.*[，,；;、：:]/u, '');
    const rest = clause.replace(kind.member, '').replace(SHARE_FRAME_ZH, '').replace(/[“”"‘’'「」\s]/g, '');
    // 对全市营商环境总体评价“满意”的占62.5%，“比较满意”的占28.6%: the whole named before the first share only is theirs.
    if (!rest) return false;
    // 返乡青年占46%，本地农民占41%，外来务工人员占19%: the member opens the label and the words after it are its noun (青年,
    // 务工人员), no whole of its own — unless they name another kind (城区居民同意的占62%: 同意).
    if (clause.trimStart().startsWith(kind.member) && !familyOf(rest)) continue;
    rests.add(rest);
  }
  // 失能老人占18.4%、半失能老人占46.3%、能够自理的老人占41.5%: 老人 and 能够…老人 are one whole told twice, not two.
  const all = [...rests];
  return all.length >= 2 && !all.some((a) => all.some((b) => a !== b && b.includes(a)));
}

/** 分别占, 比例分别为: shares given one to each group named before. */
const RESPECTIVE_ZH = /(?:分别|分別)(?:占|佔|为|為|是)?\s*$/;
/** A group open at one end (本科及以上学历, 35岁以下): it takes in the groups of its family on that side. */
const OPEN_BAND_ZH = /(?:及|或)?以[上下]/;

/**
 * The groups listed in the clause before 分别 (or in the clause before that, where 分别 opens its own: 本科及以上学历的165人、
 * 硕士研究生11人，分别占…) overlap: a group of one gender beside a group named otherwise (党员和女职工), or a group open at
 * one end beside another of its family (本科及以上, 硕士).
 */
function overlappingLabelsZh(prefix: string): boolean {
  const clauses = prefix.replace(RESPECTIVE_ZH, '').split(/[，,：:；;]/);
  let clause = clauses.pop() ?? '';
  if (clause.trim() === '' && clauses.length > 0) clause = clauses.pop() ?? '';
  const labels = clause
    .split(/、|和|及(?!以)|与|與/)
    .map((l) => l.replace(/[\d.,，]+\s*(?:名|人|个|個|家|所|户|戶|项|項)?$/u, '').replace(/的$/, '').trim())
    .filter((l) => /\p{sc=Han}/u.test(l));
  if (labels.length < 2) return false;
  const families = labels.map((l) => familyOf(l)?.family);
  const gender = families.filter((f) => f === 'gender').length;
  if (gender > 0 && gender < labels.length) return true;
  return labels.some((l, i) => OPEN_BAND_ZH.test(l) && families[i] !== undefined && families.some((f, j) => j !== i && f === families[i] && !OPEN_BAND_ZH.test(labels[j])));
}

/**
 * 61% are owner-occupied, 22% privately rented: each share says what that part is (a verb of being, the later ones may
 * leave it out) and nothing more — not "45% in summer and 62% in winter", a rate of each season, nor "48% are privately
 * rented in the centre", a share of another group.
 */
function sharesAreKinds(run: Figure[]): boolean {
  const outcomes = run.map(outcomeOf);
  // "48% are privately rented in the centre and 61% are owner-occupied in the suburbs": each of another group of homes.
  return /^(?:were|was|are|is)\s/.test(outcomes[0]) && outcomes.every((o) => !/(?:^|\s)(?:in|on|at|for|from|during|by|over|across|among|of|within)\b/.test(o));
}

/**
 * "Grants by theme were: young people 38%, …", "Spending by service: parks 34%, …": money split by one criterion,
 * said at the start of the sentence; its shares are of that one sum (not "Growth in spending by service:", nor
 * "Satisfaction by area:", a rate for each group).
 */
const MONEY_BY_EN = /^\s*(?:(?:our|the|total|net|council|gross)\s+)?(?:grants?|spending|expenditure|income|funding|budget|costs?|revenue|awards?|donations?)\s+by\s+[a-z]+(?:\s+[a-z]+)?\s*(?:(?:was|were|is|are)\s*)?:[^\d%.;:!?]{0,40}$/i;

const RATE_PER_GROUP = /\bby\s+[a-z][a-z -]{0,30}[:：]\s*$|\b(?:rates?|satisfaction|turnout|attendance|uptake|coverage|scores?)\b[^:：]{0,30}[:：]\s*$/i;

/**
 * "Leads came from three channels: 54% from search, 31% from referrals and 22% from events": after a colon, each share
 * names its part in the same frame (from, via, in, through), each a different one.
 */
// "Of those referrals, 41% came from the police, 19% from schools … and 31% from other sources": the whole named first,
// each share where its part came from (the verb said once), the last the other sources — all of the whole.
const OF_WHOLE_OPENING_EN = /^\s*(?:\*\*|__)?Of\s+(?:the|these|those|all|our|its|their|all\s+the)\s+(?:\d[\d,]*\s+)?[^,.;:!?\d%]{1,60},\s*$/;

function framedShares(text: string, sentence: number, run: Figure[]): boolean {
  const opening = text.slice(sentence, run[0].offset);
  const ofWhole = OF_WHOLE_OPENING_EN.test(opening);
  if (run.length < 2 || (!/[:：]\s*$/.test(opening) && !ofWhole)) return false;
  const frames = run.map((f) => /^\s+(?:(?:came|come|were|was)\s+)?(from|via|in|through)\s+([^,.;:!?]+?)(?=\s*(?:,|\band\b|[.;:!?]|$))/i.exec(text.slice(f.offset + f.length, f.offset + f.length + 50)));
  if (frames.some((m) => !m)) return false;
  const preposition = frames[0]![1].toLowerCase();
  // After "Of those referrals,": only where each came from (not "62% in Oakfield", a rate of each place), the last share
  // the other sources.
  // Not "55% from other sources were about neglect": a share of those from each source that did something.
  if (ofWhole && (preposition !== 'from' || !/^(?:other|all\s+other)\b/i.test(frames[frames.length - 1]![2].trim()) || frames.some((m) => /\b(?:were|was|are|is|had|have|has|said|did)\b/i.test(m![2])))) return false;
  // "Results by region: 54% in the North, 61% in the South", "Response rates varied: 62% in Oakfield": a measure
  // given for each group, not a share of one whole.
  if (preposition === 'in' && RATE_PER_GROUP.test(text.slice(sentence, run[0].offset))) return false;
  return frames.every((m) => m![1].toLowerCase() === preposition) && new Set(frames.map((m) => m![2].toLowerCase())).size === run.length;
}

/**
 * 对经济增长的贡献率分别为 after the parts that make the whole growth: 三次产业, 三大需求, 第一产业、第二产业、第三产业, or
 * 消费、投资、净出口, one share each. A contribution may be negative, so only all the parts, none below zero, must not add
 * up to more than 100%: not 工业、服务业对经济增长的贡献率 (the rest may pull the other way), nor a rate of growth
 * (增速分别为), nor the contributions to two different growths.
 */
const CONTRIBUTION_ZH = /^(?:.*[，,：:；;])?\s*([^，,：:；;]{2,24}?)(?:对|對)[^，,。；;、]{0,12}?(?:增长|增長)的?(?:贡献率|貢獻率)(?:分别|分別)(?:为|為|是|达到|達到|达|達)?\s*$/u;

const ALL_CONTRIBUTORS_ZH = /^(?:三次产业|三次產業|三大产业|三大產業|三大需求|一二三产业|一、二、三产业|一二三產業|一、二、三產業)$/;

const DEMAND_PARTS = new Set(['消费', '消費', '最终消费', '最終消費', '投资', '投資', '资本形成', '資本形成', '净出口', '淨出口', '货物和服务净出口', '貨物和服務淨出口']);

function contributionsOfAll(before: string, shares: number): boolean {
  const m = CONTRIBUTION_ZH.exec(before);
  if (!m) return false;
  const named = m[1].trim();
  if (ALL_CONTRIBUTORS_ZH.test(named)) return shares === 3;
  const items = named.split(/[、和与與及]/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length !== 3 || items.length !== shares) return false;
  const industries = items.map((s) => familyOf(s));
  if (industries.every((f) => f?.family === 'industry') && new Set(industries.map((f) => f!.member)).size === 3) return true;
  const demand = items.map((s) => (DEMAND_PARTS.has(s) ? s.slice(-2) : undefined));
  return demand.every((d) => d !== undefined) && new Set(demand).size === 3;
}

/**
 * 道路交通事故起数、死亡人数分别占全市事故总数的60.9%和67.7%: the list before 分别 names different measures of one
 * thing (accidents, deaths), so each share is of its own whole and they do not add up. 城镇人口、乡村人口分别占 and
 * 一、二、三产业增加值分别占 split one whole: their items do not each name a different measure.
 */
function sharesOfSeveralWholes(before: string): boolean {
  const cue = Math.max(before.lastIndexOf('分别'), before.lastIndexOf('分別'));
  if (cue < 0) return false;
  let start = cue;
  while (start > 0 && !/[，,。；;：:]/.test(before[start - 1])) start--;
  const items = before.slice(start, cue).split(/[、和与與及]/).map((s) => s.trim());
  if (items.length < 2) return false;
  const heads = items.map((item) => MEASURE_HEAD.exec(item)?.[0]);
  return heads.every((h) => h !== undefined) && new Set(heads).size > 1;
}

// 第三产业投资占比为59.8% · 第二产业投资占全部投资的比重为38.5%: a clause that opens with its part's name and gives its
// share (占比, or 占 the whole 的比重/比例), the share ending the clause.
const NAMED_SHARE_CLAUSE = /(?:^|[，,；;：:。！？!?])\s*([^，,；;：:。！？!?\d%]{2,16}?)(?:占比|佔比|(?:占|佔)([^，,；;：:。\d%]{1,12}?)的?(?:比重|比例))\s*(?:为|為|达|達|是)?\s*$/;


const SHARE_WORD = /占比|佔比|比重|比例/;

/**
 * 第二产业投资占全部投资的比重为38.5%，比上年提高1.2个百分点；第三产业投资占比为59.8%，第一产业投资占比为2.9%: shares
 * stated one by one, each in a clause of its own (other figures may come between: a change of the share), of one
 * sentence. They are shares of one whole when each part is a different member of one family (第一/二/三产业) and the
 * rest of its name is the same (投资), and at most one whole is named (全部投资; the others say 占比). Not the shares
 * of different measures (第二产业投资 … 第三产业增加值), nor of two wholes named differently.
 */
export function namedShareBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // Two shares at least, named with 占比 or 占…比重/比例: most paragraphs with 占 have neither (a cheap test first).
  if (!SHARE_WORD.test(text) || !/[%％][^]*[%％]/.test(text)) return out;
  let run: { f: Figure; rest: string; whole: string }[] = [];
  let sentenceEnd = -1;
  const flush = () => {
    if (run.length >= 2) {
      const parts = run.map((r) => r.f);
      const wholes = new Set(run.map((r) => r.whole).filter((w) => w));
      const kinds = kindsOf(parts, undefined);
      const rests = run.map((r, i) => (kinds[i] ? r.rest.replace(kinds[i]!.member, '') : undefined));
      const sameRest = rests.every((r) => r !== undefined && r === rests[0]);
      const sentence = text.slice(Math.max(0, parts[0].offset - 120), parts[parts.length - 1].offset + 20);
      if (wholes.size <= 1 && sameRest && inOneFamily(parts) && !SURVEY.test(sentence) && !PARTIAL.test(sentence)) {
        out.push({ paragraph, parts, cueAt: parts[0].offset, complete: false, partial: false, partition: true, groups: [parts], approximate: parts.some((f) => f.approximate), whole: true, bracketed: false });
      }
    }
    run = [];
  };
  for (const f of figures) {
    if (f.offset > sentenceEnd) {
      flush();
      let e = f.offset;
      while (e < text.length && !SENTENCE_MARK.test(text[e])) e++;
      sentenceEnd = e;
    }
    if (f.dimension !== '%' || f.perUnit || f.value < 0 || f.unit === 'fraction' || f.unit === '成') continue;
    if (!/^\s*(?:[，,；;。！？!?]|$)/.test(text.slice(f.offset + f.length, f.offset + f.length + 2))) continue;
    const m = NAMED_SHARE_CLAUSE.exec(text.slice(Math.max(0, f.offset - 40), f.offset));
    if (!m) continue;
    run.push({ f, rest: m[1].trim(), whole: (m[2] ?? '').trim() });
  }
  flush();
  return out;
}

/** 全市老年人中，· 全市户籍人口中，: the whole the shares of a sentence are of, opening it. */
const AMONG_WHOLE_ZH = /^[^，,。；;：:\d%]{2,20}中[，,]/;

/** The sentence opens with its whole (…中，) and each share is said with 占 of a different member of one family. */
function sharesOfNamedWhole(text: string, sentence: number, run: Figure[]): boolean {
  if (!AMONG_WHOLE_ZH.test(text.slice(sentence, run[0].offset))) return false;
  return run.every((f) => /(?:占|佔)\s*$/.test(text.slice(Math.max(0, f.offset - 3), f.offset))) && inOneFamily(run);
}

/**
 * 60至69岁的占48.2%，70至79岁的占36.5%，80岁及以上的占21.3%: each share is of an age band that starts where the one
 * before it ended, the last open above (or the first open below) — bands of one whole, which do not overlap.
 */
/** The threshold of a share's label, taken out of the gap before the share (，低于3%的企业占 → ，低于的企业占). */
const THRESHOLD_IN_LABEL_ZH = /\d+(?:\.\d+)?[%％]/g;

/** 3%及以上 · 低于3%的 · 不足5%的: a percentage that bounds a group in its label, not a share. */
function isThresholdZh(text: string, f: Figure): boolean {
  const after = text.slice(f.offset + f.length, f.offset + f.length + 4);
  if (/^(?:及|或)?(?:以上|以下)/.test(after)) return true;
  return /(?:低于|不足|未达到|未达|达到|高于|超过|不低于|不高于)\s*$/.test(text.slice(Math.max(0, f.offset - 4), f.offset)) && /^(?:的|及|或)/.test(after);
}

/**
 * 研发投入强度达到3%及以上的企业占42.6%，低于3%的企业占57.4%: two shares on the two sides of one threshold (X及以上 or
 * 不低于X, and 低于X, 不足X or 未达到X), in either order — all of the whole between them.
 */
function thresholdHalves(text: string, run: Figure[]): boolean {
  if (run.length !== 2) return false;
  const labels = run.map((f, i) => text.slice(i === 0 ? Math.max(0, f.offset - 40) : run[0].offset + run[0].length, f.offset).replace(/^.*[，,、；;：:]/u, ''));
  const at = (label: string, re: RegExp) => re.exec(label)?.[1];
  const atOrAbove = /(?:达到|不低于|在)?(\d+(?:\.\d+)?[%％]?)\p{sc=Han}{0,3}(?:及|或)以上/u;
  const below = /(?:低于|不足|未达到|未达)(\d+(?:\.\d+)?[%％]?)/u;
  const [a, b] = labels;
  const up = at(a, atOrAbove) ?? at(b, atOrAbove);
  const down = at(a, atOrAbove) !== undefined ? at(b, below) : at(a, below);
  return up !== undefined && up === down;
}

function ageBands(text: string, run: Figure[]): boolean {
  const bands: [number, number][] = [];
  for (let i = 0; i < run.length; i++) {
    const from = i === 0 ? Math.max(0, run[0].offset - 20) : run[i - 1].offset + run[i - 1].length;
    const label = text.slice(from, run[i].offset).replace(/^.*[，,、；;：:]/u, '');
    const closed = /^(\d{1,3})\s*(?:岁|歲)?\s*(?:至|到|~|～|-|—|－)\s*(\d{1,3})\s*(?:岁|歲)/.exec(label);
    const above = /^(\d{1,3})\s*(?:岁|歲)(?:及|或)?以上/.exec(label);
    const below = /^(\d{1,3})\s*(?:岁|歲)((?:及|或)?)以下/.exec(label);
    if (closed) bands.push([+closed[1], +closed[2]]);
    else if (above) bands.push([+above[1], Infinity]);
    else if (below) bands.push([-Infinity, below[2] ? +below[1] : +below[1] - 1]);
    else return false;
  }
  for (let i = 1; i < bands.length; i++) if (bands[i][0] <= bands[i - 1][1]) return false;
  return bands.length >= 2;
}

/**
 * "63% were aged under 25 and 52% were aged over 60" · "41% are aged 16 to 24, 38% 25 to 64 and 29% 65 and over": each
 * share followed by an age band, no two of which reach into each other.
 */
function ageBandsEn(text: string, run: Figure[]): boolean {
  const bands: [number, number][] = [];
  for (const f of run) {
    const after = text.slice(f.offset + f.length, f.offset + f.length + 48).replace(/^\s+(?:of\s+(?:them|these|those|[a-z]+)\s+)?(?:were|are|was|is)?\s*(?:aged\s+)?/i, '');
    let m: RegExpExecArray | null;
    if ((m = /^(?:under|below|younger\s+than|less\s+than)\s+(\d{1,3})\b/i.exec(after))) bands.push([-Infinity, +m[1] - 1]);
    else if ((m = /^(?:over|above|older\s+than|more\s+than)\s+(\d{1,3})\b/i.exec(after))) bands.push([+m[1] + 1, Infinity]);
    else if ((m = /^(\d{1,3})\s*(?:\+|(?:and|or)\s+(?:over|above|older))/i.exec(after))) bands.push([+m[1], Infinity]);
    else if ((m = /^(\d{1,3})\s*(?:and|or)\s+(?:under|below|younger)/i.exec(after))) bands.push([-Infinity, +m[1]]);
    else if ((m = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b/i.exec(after))) bands.push([+m[1], +m[2]]);
    else return false;
  }
  bands.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < bands.length; i++) if (bands[i][0] <= bands[i - 1][1]) return false;
  return bands.length >= 2;
}

/** "drawn from the Clearbrook Reservoir (" · "came from grants (": where the whole came from, then the first source and its bracket. */
const SOURCED_FROM_EN = /\b(?:drawn|sourced|came|comes|come|obtained|derived|supplied|raised)\s+from\s+[^.;:!?\d%()]{1,60}\($/i;
/** "), the Miller wellfield (" · "), and trading (": the next source, between two bracketed shares. */
const SOURCE_GAP_EN = /^\)\s*,?\s+(?:and\s+)?[^.;:!?\d%()]{1,60}\($/i;

/**
 * "In 2026 we delivered 6.82 billion gallons of water, drawn from the Clearbrook Reservoir (62%), the Miller wellfield
 * (29%) and purchased water from the regional authority (14%).": the sources of one whole, each share in brackets after
 * its name, the list closed by "and" and the sentence — each gallon (pound) came from one of them, so the shares cannot
 * add up to more than 100%.
 */
export function bracketedSourceShares(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes(' from ') || !text.includes('%)')) return out;
  for (let k = 0; k + 1 < figures.length; k++) {
    const first = figures[k];
    if (!isBracketedShare(text, first)) continue;
    const start = sentenceStart(text, first.offset, 200);
    if (!SOURCED_FROM_EN.test(text.slice(start, first.offset))) continue;
    const run = [first];
    let closed = false;
    let j = k + 1;
    for (; j < figures.length; j++) {
      const prev = run[run.length - 1];
      const gap = text.slice(prev.offset + prev.length, figures[j].offset);
      if (!isBracketedShare(text, figures[j]) || !SOURCE_GAP_EN.test(gap)) break;
      run.push(figures[j]);
      if (/\band\s/i.test(gap)) {
        closed = true;
        break;
      }
    }
    const last = run[run.length - 1];
    k = Math.max(k, j - 1);
    if (!closed || run.length < 2 || !/^\s*\)\s*(?:[.;!?](?:\s|$)|$)/.test(text.slice(last.offset + last.length, last.offset + last.length + 4))) continue;
    out.push({ paragraph, parts: run, cueAt: first.offset, complete: false, partial: false, partition: true, groups: [run], approximate: false, whole: true, bracketed: false });
  }
  return out;
}

/** 62% alone in its brackets: (62%). */
function isBracketedShare(text: string, f: Figure): boolean {
  return f.dimension === '%' && !f.approximate && !f.perUnit && f.value > 0 && f.value <= 100 && /\(\s*$/.test(text.slice(Math.max(0, f.offset - 2), f.offset)) && /^\s*\)/.test(text.slice(f.offset + f.length, f.offset + f.length + 2));
}
