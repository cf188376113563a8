// What enumeration-count reads: counts that announce a list (以下三个方面：, 抓好三支队伍, three priorities:) and
// the list that plainly follows each (an inline 一是… run, numbered items or child headings, bullets).

import { subListCountEn, subListCountZh, withoutSubListTail } from './enumeration-count-sublist';
import slogans from '../data/slogans.json';
import type { ReportDocument } from '../model/document';
import type { Enumeration } from '../model/enumerations';
import { parseChineseNumeral } from '../model/numerals';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import type { Section } from '../model/outline';
import { sectionLookup, type SectionLookup } from '../model/section-lookup';
import type { Line } from '../model/lines';
import { headingItemSummary, withoutPastedItems } from '../model/pasted-items';
import { firstlyIn, itemsIn } from '../model/enumerations';
import { lineRange } from '../ranges';
import { eachWordMatch, startsPattern } from '../patterns';
import type { Range } from '../types';
import { firstAt } from '../sorted';
import { readGroupLabel } from '../model/titled-headings';
import { smallNumberWord } from '../model/number-words';

export interface Announcement {
  paragraph: Paragraph;
  /** Offset and length of the count phrase (三个方面, three priorities) in the paragraph. */
  offset: number;
  length: number;
  count: number;
  /** Offset of the punctuation that ends the clause (：, 。, :), or the paragraph's length. */
  clauseEnd: number;
  /** The count is in a heading's title (二、加强三支队伍建设). */
  inHeading: boolean;
  /** A quoted slogan (“五进”活动：): its list is only items that share its word (sharedWordList). */
  slogan?: boolean;
  /** A count of the groups the items below are sorted into (grouped below under three themes.): only group labels count. */
  groups?: boolean;
  /** The top-level section the count says its list is in (set out in section 4, （详见第四部分）). */
  cited?: number;
  /** The appendix of this draft the count says its list is in (listed in Appendix A). */
  citedAppendix?: string;
}

export interface FoundList {
  items: Range[];
  /** The list is the document's top level, which may go on to other matters after the announced items. */
  open?: boolean;
  /** The last item may be two joined by 和 / and (课程改革、教师培训和家校共育; reading, writing and arithmetic). */
  oneMore?: boolean;
  /**
   * An inline run that skips or repeats (First, Second, Fourth): the number its last item carries. Where that is the
   * count announced, the run's numbering is the slip, and enumeration-sequence reports it.
   */
  misnumberedTo?: number;
  /** The announced phrase, where it is shorter than the announcement's (三项重点工作 of 三项重点工作进展顺利). */
  announcedLength?: number;
  /** Each item's words (after its marker), where they are read: what `weighedCount` reads. */
  texts?: string[];
  /**
   * The items one level down, when that level is numbered straight through across these items (（一） holding 1.–3.,
   * （二） holding 4., （三） holding 5.): the count may be of them. `ends`: how many stand under the sections up to the
   * second, the third…; `whole`: the numbering runs on through all the sections.
   */
  through?: { items: Range[]; ends: number[]; whole: boolean };
}

const SLOGANS: readonly string[] = slogans.slogans;
/**
 * 二类疫苗, 3类声环境功能区, Ⅲ类水质: a grade that names a kind of thing (category 2 vaccines), not a count of kinds —
 * as Scope 3, Tier 2 and Key Stage 2 are in English (EN_LABEL_BEFORE).
 */
export const GRADED_KIND = '疫苗|声环境|聲環境|功能区|功能區|水质|水質|水体|水體|地表水|海水|海域|医疗器械|醫療器械|精神药品|精神藥品|建设用地|建設用地|用地|耕地|土壤|危险废物|危險廢物|固体废物|固體廢物|固废|固廢|危废|危廢|口岸|商品';
// 篇, 场, 张: 做好“三篇文章”, 打好三场硬仗, 建立三张清单 — nouns a work plan counts too.
const CLASSIFIER = '个方面|個方面|个层面|個層面|方面|个|個|项|項|支|条|條|点|點|大|种|種|类|類|件|步|招|环节|環節|部分|阶段|階段|批|道|篇|场|場|张|張';
// A count that starts a phrase: not 第三个 (an ordinal), 这三个 / 以上三项 / …等三个方面 (back-references), 十三个,
// nor the decimals of a measure (提高0.3个等级, 1/3个).
// The classifier must not start a word of its own: 10项目 (projects), 三个人, 两条件, 三大学.
// What may not stand before the count is tested in code (NOT_BEFORE_COUNT): a leading look-behind is tried at every
// position of the paragraph.
const NOT_BEFORE_COUNT = new Set('第0123456789０１２３４５６７８９.．/／一二三四五六七八九十百千万几幾数數多等这這那述上前后後每');
const ZH_COUNT = startsPattern(`(十[一二]?|[两兩二三四五六七八九]|[2-9]|1[0-2])\\s?(${CLASSIFIER})(?!(?<=[项項])目|(?<=[个個])[人体體性别別案]|(?<=[条條])[件例款]|(?<=[点點])击|(?<=大)[学學会會型幅量于於多约約概]|(?<=[种種])子|(?<=[类類])(?:[似型]|${GRADED_KIND})|(?<=支)[持出付援撑撐]|(?<=道)[路德理教歉口具观觀]|(?<=[场場])[所景地馆館合次]|(?<=[张張])[力])`, '', countStarts());

/** Every count's first two characters (the pattern is tried only where they stand): 十一, 十二, 10–12, or a one-character numeral before a space (\s) or a classifier. */
function countStarts(): string[] {
  const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const seconds = [...spaces, ...CLASSIFIER.split('|').map((c) => c[0])];
  return ['十一', '十二', '10', '11', '12', ...[...'十两兩二三四五六七八九23456789'].flatMap((first) => seconds.map((second) => first + second))];
}
// 三个月, 两个百分点, 三个小时: a measure, not a list.
const NOT_A_LIST = /^(?:月|百分|工作日|小时|小時|学期|學期|季度|年头|年頭|多|以上|以下|左右|人次|人|亿|億|万|萬|点|點|星期|礼拜|禮拜|周|週|年|天|字)/;
const CLAUSE_END = /[，,。；;：:！？!?]/;
/** A count of the same kind later in the counted noun's clause (4个问题主要涉及以下3个方面). */
/** A tally's clause before its count: what was done or is left (已完成5个, 正在整改1个, 其中已整改3个, 剩余1个, 在建2个). */
const TALLY_PART_BEFORE = /(?:^|[，,（(、；;])(?:已|正在|其中|尚未|未|剩余|剩餘|仍有|还有|還有|另有|持续|持續|在建|在办|在辦|完成|办结|辦結)\p{sc=Han}{0,8}$/u;
const LATER_COUNT = /(?:十[一二]?|[两兩二三四五六七八九]|[2-9]|1[0-2])\s?(?:个方面|個方面|方面|个|個|项|項|条|條|点|點|类|類)/;

// A digit after a dot or a comma is the tail of a decimal or a version (0.8 releases, 0.5.2 was released), not a count.
const EN_COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<![.,£$€])(?:1\d|20|[2-9]))\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+s)\b/gi;
/** Version 3 was tagged, Section 4 has, Phase 2 deliverables:, Python 3 releases: the number names something. */
const EN_LABEL_BEFORE = /\b(?:version|release|v|section|chapter|part|phase|stage|step|level|tier|round|wave|sprint|article|clause|annex|appendix|figure|table|page|python|java|windows|ipv|http|condition|paragraph|para|rule|regulation|schedule|objective|goal|recommendation|question|item|criterion|principle|priority|option|standard|policy|year|category|band|grade|scope|key stage|cohort|zone|wave|tranche|batch|route|block|lot|ward|unit|type|class|division)\s+(?:\d{1,2}\s*(?:and|or|&|,)\s*)?$/i;
/**
 * "crossing Trigger 2 led us to:", "Zone 3 sites": a figure straight after a capitalised word is part of a name, as
 * Phase 2 is (not "In 3 schools", "All 4 sites": a sentence's first word or a word that counts).
 */
function namedBefore(text: string, at: number): boolean {
  const word = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, at - 24), at));
  if (word !== null) return !EN_NOT_NAME.has(word[1]);
  // ROWIP 2, LTP 4, CIL 2: an acronym before the figure names a plan or a scheme, as Phase 2 does (not ALL 4 SITES).
  const acronym = /(?:^|[^A-Za-z])([A-Z]{2,6})\s+$/.exec(text.slice(Math.max(0, at - 24), at));
  // In a line set in capitals (DELIVERED 3 PROJECTS) every word is in capitals: no acronym is told there.
  return acronym !== null && /^\s*[a-z]/.test(text.slice(at).replace(/^\S+/, '')) && !EN_NOT_NAME.has(acronym[1][0] + acronym[1].slice(1).toLowerCase());
}
/**
 * Scope 3 emissions, Tier 2 suppliers, Key Stage 2 pupils, Phase 3 schools, Tier two suppliers: the number before the
 * noun names a kind, as Version 3 does, and counts nothing (a label word before a figure or a number word; a
 * capitalised word before a figure).
 */
export function numberNames(text: string, at: number, digit: boolean): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  // A number word after a label only when the label is capitalised (Tier two, Key Stage two): "this year three
  // schools (…)" counts them.
  return digit ? EN_LABEL_BEFORE.test(before) || namedBefore(text, at) : (EN_LABEL_BEFORE.test(before) && /\b[A-Z][a-z]*\s+$/.test(before)) || PERIOD_LABEL_BEFORE.test(before);
}
/** "Three lessons from year two shape our plans", "in phase three": a period or stage named by its number after a preposition. */
const PERIOD_LABEL_BEFORE = /\b(?:from|in|of|during|since|by|until|after|before|for|into|through)\s+(?:year|phase|stage|wave|round|tranche|cohort)\s+$/i;
const EN_NOT_NAME = new Set(['In', 'On', 'At', 'For', 'Of', 'By', 'All', 'Only', 'The', 'These', 'Those', 'Our', 'We', 'Across', 'Over', 'Under', 'About', 'Around', 'With', 'From', 'And', 'But', 'Or', 'Some', 'Another', 'Just', 'Nearly', 'Almost', 'Here', 'There', 'Its', 'Their', 'My', 'Your', 'Each', 'Every', 'Both', 'First', 'Last', 'Next', 'Another', 'During', 'After', 'Before', 'Since', 'Within', 'Into', 'To', 'Are', 'Were', 'Was', 'Is', 'Had', 'Has', 'Have', 'Made', 'Set', 'Gave', 'Found', 'Identified', 'Approved', 'Agreed']);
/** A number word inside the words read as a figure's noun (2 set five objectives). */
const EN_COUNT_WORD_IN = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
/** 3 was, 4 has: a number followed by a singular verb is the subject of its sentence, not "N things". */
/** "… and adds one:", "and adds two new ones:": a count added to the one before, at the clause's colon. */
const EN_ADDED = /\band\s+(?:adds?|added|adding|introduces?|introduced|introducing|proposes?|proposed|proposing)\s+(?:a\s+further\s+|another\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|[1-9])(?:\s+(?:more|new|further|additional|other))?(?:\s+(?!(?:to|of|from|in|for|on|by|at)\b)[A-Za-z-]+)?\s*$/i;
/** What stands before the added count: "and adds", "and introduces a further". */
const EN_ADDING = /\band\s+(?:adds?|added|adding|introduces?|introduced|introducing|proposes?|proposed|proposing)\s+(?:a\s+further\s+|another\s+)?$/i;
/** A count earlier in the sentence, of a noun. */
const EN_COUNT_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1\d)\s+[A-Za-z-]+/i;
const EN_ELIDED_NOUN = /^(?:are|were|is|was|have|has|had|remain|remains|remained|will|would|can|could|may|might|must|should)\s/i;
const EN_VERB_AFTER = /^(?:was|is|has|does)$/i;
// A share or a bound (out of three, at least two, the last three, up to five), not the size of a list; or a set
// already named (three of the four incidents, all four parks, these three problems, the same two gaps), as 这三项 and
// 以上三个方面 are in Chinese: the list after the colon is something else (their causes, their answer).
const EN_NOT_COUNT_BEFORE = /\b(?:out of|than|least|most|up to|over|about|(?<!\b(?:built|organi[sz]ed|structured|cent(?:red|ered)|based|focused|arranged|grouped|designed|framed|shaped)\s)around|nearly|almost|last|past|next|first|top|every|per|only|just|another|other|(?:of|in|from|across|for) (?:the|these|those|our|its|their|all)|all(?: the)?|both|these|those|the same|the above|aforementioned)\s+$/i;
// "built around four priorities", "organised around three themes": around after a verb of structure is no bound.
// four groups of measures:, three kinds of evidence: — the count is of the groups, and the list is of them.
/**
 * Before a count whose clause ends in a colon: the words that still make it no announcement (these three, than two);
 * not "top": "The top three strategic risks are:" announces the three listed after it.
 */
const EN_NOT_COUNT_BEFORE_COLON = /\b(?:out of|than|least|most|up to|over|about|(?<!\b(?:built|organi[sz]ed|structured|cent(?:red|ered)|based|focused|arranged|grouped|designed|framed|shaped)\s)around|nearly|almost|last|past|next|first|every|per|only|just|another|other|(?:of|in|from|across|for) (?:these|those)|from the|all|both|these|those|the same|the above|aforementioned|each(?:\s+(?:with|of|containing|having|has|had))?)\s+$/i;
/** A count of a plural noun (three themes, 4 concerns): what a later count in an English count's clause looks like. */
/** A later count in the clause that may be the one its colon announces: a count of things, not of years or days. */
function laterCount(clause: string): boolean {
  for (const l of clause.matchAll(EN_LATER_COUNTS)) if (!EN_MEASURE.test(l[1]) && !EN_POOL_BEFORE.test(clause.slice(0, l.index))) return true;
  return false;
}
/**
 * "Three members were elected from four candidates:", "chose two sites out of five bids:": a later count the first is
 * drawn from is the pool, not what the colon lists — the first count announces.
 */
/** The count drawn from a pool, earlier in the sentence: a count of a plural (Three ordinary committee members), not £5 million. */
const EN_DRAWN_COUNT = /(?<![£$€\d.,])\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1\d)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+s\b/i;
const EN_POOL_BEFORE = /\b(?:from|out\s+of|among(?:st)?)\s+(?:(?:a|the)\s+(?:field|pool|shortlist|list)\s+of\s+)?$/i;
const EN_LATER_COUNTS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|(?<![.,])[2-9])\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+s)\b/gi;
/** are grouped below under, are grouped into: what follows is sorted into the groups counted. */
const EN_GROUPED_UNDER = /\b(?:grouped|clustered|sorted)\s+(?:(?:below|here|together)\s+)?(?:under|into|in|by)\s+$/i;
/** Two of the three targets: a part of a counted whole. */
const EN_PART_OF_COUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|none|each|any|most|many|several|half)\s+(?:out\s+)?of\s+(?:the|these|those|our|its|their)\s+$/i;
const EN_FRACTION = /^(?:halves|thirds|quarters|fifths|sixths|eighths|tenths)$/i;
const EN_KIND_NOUN = /(?:^|\s)(?:groups|kinds|types|sorts|sets|categories|classes|families|strands|streams|tiers|levels|rounds|waves|packages|blocks)$/i;
const EN_KIND_OF = /^\s*of\s+(?!(?:the|these|those|our|its|their|all|them|us|which)\b)[A-Za-z]/i;
const EN_MEASURE = /(?:^|\s)(?:years|months|weeks|days|hours|minutes|seconds|times|percent|points|people|persons|decades|cents|dollars)$/i;

/**
 * After a counted noun, where its list stands elsewhere: "the ten grants set out in paragraph 2.2", "the four sites
 * listed in Appendix B", "the three options described above", "the five priorities agreed earlier" — a back-reference,
 * which announces nothing here. Not "set out below", "as follows", which point at the list after it.
 */
const EN_PLACE_CITED = String.raw`(?:paragraphs?|paras?\.?|sections?|sub-?sections?|appendix|appendices|annex(?:es)?|tables?|figures?|schedules?|items?|minutes?|chapters?|parts?|clauses?)\s+[0-9A-Z][0-9A-Za-z.()]*(?![0-9A-Za-z.()])(?!\s*(?:below|:))`;
const EN_DOCUMENT_CITED = String.raw`(?:the\s+)?(?:(?:previous|last|earlier|preceding|above|first|second|third|annual|draft|council|corporate|business|delivery|action|financial|our|its|this|that)\s+){0,3}(?:report|plan|strategy|review|meeting|minutes|section|chapter|appendix|annex|table|paper|letter|agenda)\b`;
const EN_POINTS_ELSEWHERE = new RegExp(
  String.raw`^\s*(?:(?:that|which)\s+(?:are|were|is|was)\s+)?(?:` +
    String.raw`(?:set\s+out|listed|shown|given|described|detailed|named|identified|summari[sz]ed|referred\s+to|mentioned|outlined|discussed|explained|approved|agreed|noted|reported|considered|recommended)\s+` +
    String.raw`(?:(?:in|at|under|by)\s+(?:the\s+)?${EN_PLACE_CITED}|(?:in|at|under|by)\s+${EN_DOCUMENT_CITED}|above\b|earlier\b|previously\b)` +
    String.raw`|(?:in|at|under)\s+${EN_PLACE_CITED}(?!\s*(?:are|were|is)\s*:)|above(?=\s*(?:[.,;)]|$|(?:are|were|have|has|will|would|should|must|remain)\b))|earlier\s+in\s+this\s+(?:report|paper|document)` +
    `)`,
  'i',
);

/** Before a count: the place its list was given, earlier in the text or in another part (前文所列, 第二部分提出的, 上文). */
const ZH_CITED_VERB = '(?:列|述|列出|列举|列舉|提到|提出|明确|明確|部署|确定|確定)';
const ZH_CITED_BEFORE = new RegExp(`(?:上文|前文)(?:所|中|已)?${ZH_CITED_VERB}?的?\\s*$|(?:前面|上面|文中|前期|第[一二三四五六七八九十\\d]{1,3}(?:部分|章|节|節|条|條|段))(?:所|已)?${ZH_CITED_VERB}的?\\s*$|所(?:列|述)的?\\s*$`, 'u');
/** After a count's noun, before its clause ends: a pointer in brackets to where the list is (（见第二部分）, （详见附件1）). */
const ZH_CITED_AFTER = /^[^，,。；;：:（(]{0,8}[（(]\s*(?:详见|詳見|见|見|参见|參見)/u;

/** The counts one paragraph announces (三个方面, three priorities). */
/** Verbs a sentence goes on with after the counted noun (从三个方面开展, 分四个阶段推进, 就以下两点作说明). */
const ZH_VERB_AFTER_COUNT = /(?:分组整理|分組整理|分组|分組|归类|歸類|整理|开展|開展|推进|推進|入手|着手|著手|进行|進行|展开|展開|抓起|做起|汇报|匯報|介绍|介紹|说明|說明|阐述|闡述|作说明|作說明|部署|实施|實施)$/u;

const ASCII_LETTER = /[A-Za-z]/;
export function announcementsIn(paragraph: Paragraph): Announcement[] {
  const out: Announcement[] = [];
  if (paragraph.garbled) return out;
  const text = paragraph.text;
  const headEnd = paragraph.atHeading ? headingEnd(text) : -1;
  readChinese(paragraph, headEnd, out);
  readSlogans(paragraph, headEnd, out);
  if (ASCII_LETTER.test(text)) readEnglish(paragraph, headEnd, out);
  return out;
}

/**
 * 开展“五进”活动：, 推进“三化”建设：, 实施“五个一”工程：: a quoted slogan of a count and one character (or 个 and a
 * word) — what the items share (进社区、进农村…; 标准化、规范化…; 一个阵地、一支队伍…) — closing before a short noun and a
 * colon. sharedWordList finds its list only where every item shares that word.
 */
const SLOGAN_COUNT = /[“「]([两兩二三四五六七八九十])([个個]\p{sc=Han}{1,2}|\p{sc=Han})[”」]\p{sc=Han}{0,6}[：:]/gu;
const SLOGAN_NOT_KEY = /[个個项項条條点點种種类類件步招批道篇场場张張支大方年月日天次位名人所家]/;
function readSlogans(paragraph: Paragraph, headEnd: number, out: Announcement[]): void {
  const text = paragraph.text;
  if (!text.includes('“') && !text.includes('「')) return;
  for (const m of text.matchAll(SLOGAN_COUNT)) {
    if (m[2].length === 1 && SLOGAN_NOT_KEY.test(m[2])) continue;
    const count = parseChineseNumeral(m[1].replace('兩', '两'));
    const offset = m.index + 1;
    // “五个一”工程：, “三个坚持”专项行动： (a quoted count that closes straight before its colon is ZH_COUNT's).
    if (!count || count < 2 || out.some((a) => a.offset === offset) || (SLOGANS.some((n) => text.startsWith(n, offset)) && !countOfOne(text, offset, m[0]))) continue;
    out.push({ paragraph, offset, length: 1 + m[2].length, count, clauseEnd: m.index + m[0].length - 1, inHeading: offset < headEnd, slogan: true });
  }
}

/**
 * 做到“五个一”：一个好班子、一支好队伍…, 推行“三个一”服务：, 实现“四个一”，即…: a slogan of N 一 whose items are spelled out
 * right after it announces them (each opens with 一). Not the “五个一工程” and its awards (a name: its prizes are more
 * than five).
 */
const COUNT_OF_ONE = /^[两兩三四五六七八九十][个個]一[”」]/;
/** After “五个一”: its colon, or a short predicate and the full stop the run's 一是 follows (落实“五个一”要求。一是…). */
const ONE_SPELLED = /^(?:[：:]|\p{sc=Han}{0,6}[。：:]\s*(?:一是|一要|第一[，,、]|其一))/u;
function countOfOne(text: string, at: number, rest: string): boolean {
  return COUNT_OF_ONE.test(text.slice(at, at + 4)) && !/工程|奖|獎/.test(rest);
}

function headingEnd(text: string): number {
  // 2.1.1 All 18 sites are open. The following five…: a numbered paragraph's first English sentence ends at its full stop.
  const stop = text.search(/[。；;！？!?]|[a-z]\.(?=\s)/);
  return stop < 0 ? text.length : stop;
}

function readChinese(paragraph: Paragraph, headEnd: number, out: Announcement[]): void {
  const text = paragraph.text;
  const first = paragraph.segments[0];
  const headLineEnd = paragraph.atHeading && paragraph.segments.length > 1 && first ? first.offset + first.length : -1;
  eachWordMatch(
    ZH_COUNT,
    text,
    (m) => {
      const count = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1].replace('兩', '两'));
      if (!count || count < 2) return;
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const stop = rest.search(CLAUSE_END);
      // A heading line with its body on the next line (no blank line between) is one paragraph: the noun ends with
      // the heading's line (二、…五大战略定位和使命任务 / 建设“两个屏障”…).
      const lineEnd = headLineEnd >= 0 && m.index < headLineEnd ? headLineEnd - (m.index + m[0].length) : rest.length;
      const noun = (stop < 0 ? rest : rest.slice(0, stop)).slice(0, Math.max(0, lineEnd));
      if (NOT_A_LIST.test(noun) || (m[2] === '大' && !/^\p{sc=Han}/u.test(noun))) return;
      // （6个问题，已完成5个，正在整改1个）, 其中已整改3个: a count with no noun of its own after 已完成, 正在整改, 其中 is a
      // part of the tally; the first count is the one that announces the list (已建成3个：1.… with its colon still does).
      if (!/^\p{sc=Han}/u.test(noun) && !(stop >= 0 && /[：:]/.test(rest[stop])) && TALLY_PART_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return;
      // 尚未完成整改的4个问题主要涉及以下3个方面：: a later count in the clause is the one that announces what follows.
      if (stop >= 0 && LATER_COUNT.test(noun)) return;
      if ((m[2] === '点' || m[2] === '點') && (/\d/.test(m[1]) || /(?:上午|下午|晚上|凌晨|早上)$/.test(text.slice(Math.max(0, m.index - 2), m.index)))) return;
      // A slogan is a name (三个代表, 四个意识), unless spelled out right after it: after 即 (实现“三个转变”，即：从…；从…。),
      // or, one of N 一, after its colon too (做到“五个一”：一个好班子、一支好队伍…).
      const slogan = SLOGANS.find((s) => text.startsWith(s, m.index));
      if (slogan !== undefined) {
        const after = text.slice(m.index + slogan.length, m.index + slogan.length + 4).replace(/^[”」]/, '');
        const rest = text.slice(m.index + slogan.length + 1, m.index + slogan.length + 12);
        if (!NAMELY.test(after) && !(countOfOne(text, m.index, rest.slice(0, 4)) && ONE_SPELLED.test(rest))) return;
      }
      if (quoted(text, m.index) || afterList(text, m.index)) return;
      // 提出两项要求，其中第一项包括三个方面：: the count is one item's, not the list's.
      if (subListCountZh(text, m.index)) return;
      // （一）医疗质量（共10项指标）, （二）运营效率（11项）: a count in brackets that closes after its noun tallies what the
      // heading covers (a handbook's indicators); it does not promise a list of that length below.
      if (/[（(](?:共|共计|共計|含|包括)?$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^\p{sc=Han}{0,6}[）)]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
      // 前文所列五项任务, 第二部分提出的四项措施, 五项任务（见第二部分）: a list that stands elsewhere, pointed back at.
      const cited = sectionCitedZh(rest);
      if (cited === undefined && (ZH_CITED_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) || ZH_CITED_AFTER.test(rest))) return;
      // 尚未审结0件，总计3件。: a total that closes its clause sums up what was counted before it; it announces nothing
      // (总计3件：1.… with its colon still does).
      if (noun === '' && stop >= 0 && /[，,。；;]/.test(rest[stop]) && /(?:总计|總計|合计|合計|共计|共計|累计|累計|总共|總共|小计|小計|合共|共|计|計)\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
      // The count's noun, without what the sentence goes on to do with it (三个方面开展工作：→ 三个方面).
      // A quoted count's noun ends with the quotation (三道防线”还有差距 → 三道防线).
      const named = (/[“「]/.test(text[m.index - 1] ?? '') ? noun.replace(/[”」][^]*$/u, '') : noun).replace(/(?:[的之]?(?:工作|问题|問題|建设|建設|定义|定義))?(?:如下|是)?[^\p{sc=Han}]*$/u, '').replace(ZH_VERB_AFTER_COUNT, '');
      // 五条建议（详见第四部分）: the pointer is not the noun's.
      const length = m[0].length + (cited === undefined ? named : named.replace(/[（(，,][^]*$/u, '')).length;
      const clauseEnd = stop < 0 ? text.length : m.index + m[0].length + stop;
      out.push({ paragraph, offset: m.index, length: Math.max(m[0].length, length), count, clauseEnd, inHeading: m.index < headEnd, cited });
    },
    (m) => !NOT_BEFORE_COUNT.has(text[m.index - 1]),
  );
}

/** ", comprising:", ", made up of:", ", consisting of:": what follows makes up a whole named before. */
const COMPRISING_BEFORE_COLON = /,\s*(?:comprising|consisting\s+of|made\s+up\s+of|broken\s+down\s+as\s+follows)\s*:\s*$/i;
/**
 * The sentence before `at`, up to it (its start at the last ". ", "; " or the paragraph's start), read back at most 200
 * characters: the search stays in that window, so a long line with no sentence mark is not scanned back to its start.
 */
function englishSentenceBefore(text: string, at: number): string {
  const low = Math.max(0, at - 200);
  const window = text.slice(low, at + 1);
  const mark = Math.max(window.lastIndexOf('. ', at - low - 1), window.lastIndexOf('; ', at - low - 1));
  const from = mark >= 0 ? low + mark : low - 1;
  return text.slice(from + 1, at).replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '').replace(/\b(?:19|20)\d\d(?:[/–-]\d{2})?\b/g, '');
}

function readEnglish(paragraph: Paragraph, headEnd: number, out: Announcement[]): void {
  const text = paragraph.text;
  EN_COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_COUNT.exec(text))) {
    const word = m[1].toLowerCase();
    const count = /\d/.test(word) ? Number(word) : smallNumberWord(word);
    if (EN_MEASURE.test(m[2])) continue;
    // "two parts, the first of which has three elements:": the count is one item's, not the list's.
    if (subListCountEn(text, m.index)) continue;
    // "11 were completed, 2 are in progress and 1 has not started:": a count whose noun is left out, the subject of a
    // verb, is a tally of a status (a part of a whole named before), not a count of a list (progress is no plural).
    if (EN_ELIDED_NOUN.test(m[2])) continue;
    // "ROWIP 2 set five objectives", "Phase 2 delivered four projects": a figure whose noun would take in a count word
    // is no count of that noun; the count word after it is, so the search goes on from just after the figure.
    if (/\d/.test(word) && EN_COUNT_WORD_IN.test(m[2])) {
      EN_COUNT.lastIndex = m.index + m[1].length;
      continue;
    }
    // 17 sites as follows:, £10 for adults: a figure past ten counts a list only when it names one (12 recommendations).
    if (count >= 10 && /\d/.test(word) && !EN_LIST_NOUN.test(m[2])) continue;
    if (/\d/.test(word) && (EN_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || EN_VERB_AFTER.test(m[2]) || namedBefore(text, m.index))) continue;
    if (!/\d/.test(word) && PERIOD_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "approves the ten grants set out in paragraph 2.2", "the four risks described above": the list is elsewhere.
    const cited = sectionCitedEn(after);
    // "six recommendations, listed in Appendix A": checked against the appendix when the draft holds it (citedAppendix).
    const citedAppendix = cited === undefined ? appendixCitedEn(after) : undefined;
    if (cited === undefined && citedAppendix === undefined && EN_POINTS_ELSEWHERE.test(after) && !/^[^.;!?]*:\s*$/.test(text.slice(m.index + m[0].length))) continue;
    // The clause ends at a comma too: "Two items, then a skip:" describes what follows rather than counting it.
    // Not the comma of 126,400 or the point of 45.9: a figure's separators end no clause.
    let stop = after.search(/[:;!?]|[.,](?!\d)/);
    // "The review made the following six recommendations to the Board and the Executive Team, which were accepted in
    // full:" — a sentence that ends its paragraph in a colon, far from the count: the count announces the list after
    // it when it is of a list noun or after "the following", and no other figure stands between.
    const far = farColon(text, m, stop);
    // "The Journal published 162 articles in 2025, in twelve monthly issues, comprising:": the list makes up the whole the
    // sentence counted first (162 articles), not the count in a phrase after it.
    if (far >= 0 && COMPRISING_BEFORE_COLON.test(text.slice(m.index + m[0].length, m.index + m[0].length + far + 1)) && /\d/.test(englishSentenceBefore(text, m.index))) continue;
    if (far >= 0) stop = far;
    // 1. Four priorities for 2025, ## Three key risks: a heading's title that opens with its count (and may say what
    // for) announces the sections under it, as 二、着力抓好四项重点工作 does.
    if (stop < 0 && paragraph.atHeading) stop = titleCount(text, paragraph, m);
    if (stop < 0) continue;
    // "all of the five outcomes agreed with the Foundation:", "the following two areas of weakness:": a count whose
    // clause ends in a colon leads into the list, unless another count takes a part of it (two of the three targets:).
    const colon = after[stop] === ':' && stop <= 40 || far >= 0;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (colon ? EN_PART_OF_COUNT.test(before) || EN_NOT_COUNT_BEFORE_COLON.test(before) : EN_NOT_COUNT_BEFORE.test(before)) continue;
    // "The recommendations are grouped below under two themes." then the recommendations under theme titles: the count
    // is of the groups, not of the items below (with a colon, "grouped under three themes: housing, …", it lists them).
    // Where the groups are labelled (Theme 1: Supply ⏎ … ⏎ Theme 2: Standards), the labels are what it counts.
    const groups = !colon && EN_GROUPED_UNDER.test(text.slice(Math.max(0, m.index - 40), m.index));
    // "The nine reviews with care rated poor raised three themes:": a later count in the clause is the one next to its
    // colon, and announces the list (as 4个问题主要涉及以下3个方面： does in Chinese).
    // Not a span of time or a measure ("three priorities for the next three years:"): no list counts those.
    // "The Commission repeats two recommendations from its 2024 report and adds one:": the count and the count added
    // to it announce their sum (2 + 1); the added count is no count of its own.
    const addedTo = colon || after[stop] === ':' ? EN_ADDED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + stop)) : null;
    if (!addedTo && EN_ADDING.test(text.slice(Math.max(0, m.index - 40), m.index)) && EN_COUNT_BEFORE.test(englishSentenceBefore(text, m.index).replace(EN_ADDING, ''))) continue;
    if (!addedTo && laterCount(withoutSubListTail(after.slice(0, stop)))) continue;
    // "Three members were elected from four candidates:": the pool an earlier count of its clause is drawn from.
    if (EN_POOL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && EN_DRAWN_COUNT.test(englishSentenceBefore(text, m.index))) continue;
    // "three streams with six sessions each:": the count is each item's, not the list's.
    if (colon && /^\s*each\b/i.test(after)) continue;
    // "The eleven completed schemes delivered:", "the four partner councils have secured:": the count is of the
    // subject, and the list is what it made or got (Three lessons emerged: still counts the lessons).
    if (after[stop] === ':' && EN_SUBJECT_THEN_OBJECT.test(after.slice(0, stop))) continue;
    // "Two exceedances of the site's trigger level were recorded:" opening its sentence counts the exceedances.
    const opens = after[stop] === ':' && (text.slice(0, m.index).trim() === '' || /[.!?]\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) && !EN_FRACTION.test(m[2]);
    // "three areas of focus:", "three areas of highest risk:": up to three words of what they are of, then the colon.
    if (/^\s*of\b/i.test(after) && !opens && !((EN_KIND_NOUN.test(m[2]) || (colon && /^\s*of\s+[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}\s*:/.test(after))) && EN_KIND_OF.test(after))) continue;
    const added = addedTo ? (/\d/.test(addedTo[1]) ? Number(addedTo[1]) : smallNumberWord(addedTo[1])) : 0;
    // The text given is the whole of what announces: "four actions from last year and adds one more".
    const length = addedTo ? m[0].length + addedTo.index + addedTo[0].trimEnd().length : m[0].length;
    out.push({ paragraph, offset: m.index, length, count: count + added, clauseEnd: m.index + m[0].length + stop, inHeading: m.index < headEnd, groups: groups || undefined, cited, citedAppendix });
  }
}

/** A verb that takes the list after its colon as its object: delivered, have secured, will provide. */
const EN_SUBJECT_THEN_OBJECT = /^\s+(?:(?:have|has|had|will|would|also|together|jointly|collectively)\s+){0,2}(?:deliver|achiev|produc|provid|creat|buil|generat|secur|install|fund|suppl|offer|yield|brought|bring|add|contribut|train|plant|repair|rais|sav|award|allocat|spen|invest|gave|give|made|make)(?:e|ed|es|s|t|d|ing|ied|ies|y)?\s*$/i;

/** What a heading's title may say after its count: what for, where or when (Four priorities for 2025). */
const TITLE_AFTER_COUNT = /^(?:\s+(?:for|in|to|across|under|ahead\s+of)(?:\s+[A-Za-z0-9'’-]+){1,5})?\s*$/i;
/** The end of a heading's title line, relative to the end of the count that opens it; -1 when the count does not open it. */
function titleCount(text: string, paragraph: Paragraph, m: RegExpExecArray): number {
  const lineEnd = paragraph.segments.length > 1 ? paragraph.segments[0].offset + paragraph.segments[0].length : text.length;
  const from = m.index + m[0].length;
  if (from > lineEnd || !/^\s*(?:(?:the|our)\s+)?$/i.test(text.slice(0, m.index)) || !TITLE_AFTER_COUNT.test(text.slice(from, lineEnd))) return -1;
  return lineEnd - from;
}

/**
 * Where the sentence of an English count ends in the colon that closes its paragraph, past the clause's first stop
 * (a comma) or more than 40 characters on, when the count is of a list noun (six recommendations) or after "the
 * following": the offset of that colon after the counted phrase; else -1. Not with another figure between (the three
 * auditors who visited the four sites noted:), nor a sentence's end.
 */
/** "…, including:", "among them:", "for example:": what follows is a part of the list, not all of it. */
const PART_OF_LIST_EN = /\b(?:including|includes|include|such as|for example|for instance|e\.g|among|notably|in particular|mainly|chiefly|especially)\b/i;

function farColon(text: string, m: RegExpExecArray, stop: number): number {
  const from = m.index + m[0].length;
  const rest = text.slice(from).trimEnd();
  if (!rest.endsWith(':') || rest.length > 160 || (stop >= 0 && stop <= 40 && rest.length - 1 === stop)) return -1;
  // "four recommendations, the first of which has two parts:": the later count is one item's; the colon is the list's.
  const body = withoutSubListTail(rest.slice(0, -1));
  if (/[.;!?:]/.test(body) || /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both)\b/i.test(body) || PART_OF_LIST_EN.test(body)) return -1;
  const followingBefore = /\bthe following\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
  if (!followingBefore && !EN_LIST_NOUN.test(m[0])) return -1;
  return rest.length - 1;
}

/** 从空间、主体、技术与人才四个维度: the count sums up the list before it, in the same clause. */
function afterList(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - 30), at);
  const start = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('。'), clause.lastIndexOf('；'), clause.lastIndexOf('：'), clause.lastIndexOf(','));
  return clause.slice(start + 1).includes('、');
}

/**
 * Inside quotation marks: a name (“四大优教工程”), not an announcement — unless the name opens the quotation, which
 * closes before a colon that spells it out (实施了“四大行动”：一是…；二是…) or before the full stop of a sentence the
 * run's 一是 follows (做到“四个到位”。一是…): then it announces the list after it.
 */
function quoted(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  if (!(open > before.lastIndexOf('”') && open > before.lastIndexOf('」'))) return false;
  const opensQuote = open === before.length - 1;
  if (!opensQuote) return true;
  if (QUOTED_NAME_COLON.test(text.slice(at, at + 16))) return false;
  // 筑牢“三道防线”还有差距。一是源头防线；…: a predicate after the quotation, the sentence ends and the run begins — an
  // announcement only when the first item answers the name (防线 in 源头防线); 落实“三个到位”要求。一是加强学习 is a name.
  const m = QUOTED_NAME_PREDICATE.exec(text.slice(at, at + 70));
  // “五个一”要求。一是建立一个好班子: the items of N 一 each hold a 一.
  return !(m && m[2].includes(/[个個]一$/.test(m[1]) ? '一' : m[1].slice(-2)));
}
/**
 * 三道防线”还有差距。一是源头防线 / 三个提升”开展工作：一是提升医疗服务能力: the name, a short predicate with no comma, the full
 * stop or a colon, the first item.
 */
const QUOTED_NAME_PREDICATE = /^([^“”「」，。；：,;:]{2,12})[”」][^“”「」，。；：,;:！？!?\n]{1,12}[。：:]\s*(?:一是|一要|一抓|第一[，,、]|其一)([^；;。，,：:]{1,30})/;
/**
 * 四大行动”： — a short name, its closing quotation mark, then a colon; or a full stop and the run's first item, as after
 * an unquoted count (做到“四个到位”。一是…；二是…).
 */
const QUOTED_NAME_COLON = /^[^“”「」，。；：,;:]{2,12}[”」](?:[：:]|[，,]\s*即(?!将|時|时|使|便|可|刻)|。\s*(?:一是|一要|一抓|一来|一则|第一[，,、]|其一))/;

/** What finding a list needs from the document, built once per check. */
export interface ListContext {
  doc: ReportDocument;
  /** Runs of inline items by the paragraph their first item is in. */
  runs: Map<Paragraph, Enumeration[]>;
  /** Sections by the line of their marker. */
  sectionAt: SectionLookup;
}

export function listContext(doc: ReportDocument): ListContext {
  const runs = new Map<Paragraph, Enumeration[]>();
  for (const run of doc.enumerations) {
    const p = run.items[0].paragraph;
    const list = runs.get(p) ?? [];
    list.push(run);
    runs.set(p, list);
  }
  const sectionAt = sectionLookup(doc.sections);
  return { doc, runs, sectionAt };
}

/** This report is arranged in / is divided into / has: the draft speaking of its own sections. */
const OWN_PARTS_EN = /(?:^|[.!?]\s+)(?:This|The present)\s+(?:report|statement|paper|document|plan|strategy|review|submission|briefing|guidance|policy|framework)\s+(?:(?:is|has\s+been)\s+(?:arranged|divided|organi[sz]ed|structured|set\s+out|split|laid\s+out|presented)\s+(?:in|into)|(?:has|contains|comprises|consists\s+of))\s+$/;
/** 本报告分为, 本报告共分, 本方案包括: a Chinese draft speaking of its own parts. */
const OWN_PARTS_ZH = /(?:^|[。！？；])本(?:报告|報告|方案|总结|總結|计划|計劃|规划|規劃|文|意见|意見)(?:共|全文共)?(?:分为|分為|分成|分|包括|包含|由)$/;

/**
 * The draft's own top-level sections, in the announcement's part (## 1. … ## 6., 一、…六、), when they are numbered 1, 2, 3
 * with no slip (a skip or a repeat is numbering-sequence's finding): the items its count is of.
 */
function ownParts(lists: ListContext, a: Announcement): FoundList | undefined {
  const part = lists.doc.partOf(a.paragraph.firstLine);
  const sections = lists.doc.outline.sections;
  const from = firstAt(sections, (s) => s.part >= part);
  // Under the document's title at most (# Title ⏎ ## 1.): not under a part's heading (## Part 1 ⏎ ### 1.).
  const top = sections.slice(from, from + 200).find((s) => s.marker.kind !== 'heading' && (!s.parent || (s.parent.marker.kind === 'heading' && !s.parent.parent && s.parent.marker.headingLevel === 1)) && s.part === part);
  if (!top || top.marker.value !== 1) return undefined;
  const items = top.group.items;
  if (items.some((s, i) => s.marker.value !== i + 1)) return undefined;
  // Headings, not numbered paragraphs (1. The application seeks permission for 40 homes.): a short title line each.
  const lines = lists.doc.lines;
  if (!items.every((s) => s.marker.headingLevel !== undefined || (lines[s.marker.line].prose.trim().length <= 60 && !/[。．.!?！？；;:：]\s*$/.test(lines[s.marker.line].prose)))) return undefined;
  return { items: items.map((s) => lineRange(s.marker.line, s.marker.start, s.marker.end)) };
}

/** The list that plainly follows an announcement, if any. */
export function listAfter(lists: ListContext, a: Announcement): FoundList | undefined {
  // 落实“三个到位”要求：一是加强学习培训；二是…: a quoted name with a predicate, whose run need not be its items.
  if (a.slogan) return sharedWordList(a);
  if (a.cited !== undefined) return citedSection(lists, a, a.cited);
  if (a.citedAppendix !== undefined) return citedAppendix(lists, a, a.citedAppendix);
  // "The review makes eleven recommendations. These are set out in section 4.": the next sentence, the last, says where.
  const citedNext = a.paragraph.text[a.clauseEnd] === '.' ? EN_SECTION_POINTER.exec(a.paragraph.text.slice(a.clauseEnd + 1)) : null;
  if (citedNext && EN_LIST_NOUN.test(a.paragraph.text.slice(a.offset, a.offset + a.length))) return citedSection(lists, a, Number(citedNext[1]));
  const labels = groupLabels(lists, a);
  if (labels || a.groups) return labels;
  const text = a.paragraph.text;
  // "This statement is arranged in five sections.", 本报告分为五个部分。: the draft's own top-level sections.
  // "This report has four main parts: our communities (section 2), …": parts it names after its colon are the list.
  const ownNamed = /[：:]/.test(text[a.clauseEnd] ?? '') && text.slice(a.clauseEnd + 1).trim() !== '';
  if (OWN_PARTS_EN.test(text.slice(Math.max(0, a.offset - 60), a.offset)) && /\b(?:sections|parts|chapters)$/i.test(text.slice(a.offset, a.offset + a.length))) return ownNamed ? inlineList(a.paragraph, a.clauseEnd + 1) : ownParts(lists, a);
  if (OWN_PARTS_ZH.test(text.slice(Math.max(0, a.offset - 12), a.offset)) && /^\S{1,3}?(?:[个個]?部分|章)$/u.test(text.slice(a.offset, a.offset + a.length))) return ownParts(lists, a);
  // The same paragraph: …三个方面：一是…, 抓好三支队伍建设。一是…, three priorities: First, …
  const inline = firstRunAfter(lists.runs.get(a.paragraph) ?? [], a.clauseEnd);
  if (inline && inline.items[0].value === 1 && LEAD_TO_ITEM.test(text.slice(a.clauseEnd + 1, inline.items[0].offset))) {
    // 审计指出的9个问题已全部整改。一是…, 9个问题中，已整改8个。一是…: a tally of what was done, or a part of a whole, ends its
    // sentence; the run after it is what was done, not the things counted.
    if (namedInEachItem(text, a, inline)) return fromRun(inline);
    // 三大工程建设稳步推进。一是城东污水处理厂项目主体完工；…: the count is the subject its sentence reports on; the
    // run after it is what was done, unless each item names the counted noun (一是精品景区提升工程…).
    const subject = subjectLength(text, a);
    if (subject !== undefined) return namedInEachItem(text, { ...a, length: subject }, inline) ? fromRun(inline) : undefined;
    // 形成调研报告3篇。一是《…》；二是《…》: the titles after a tally are its members.
    if (tallyClosesSentence(text, a) && !titledItems(text, inline)) return undefined;
    if (reportsDone(text, a) || countOfDocument(text, a)) return undefined;
    // 三项重点工作进展顺利。: the count and its works are the phrase announced, not the predicate after them.
    const works = worksCounted(text, a);
    return works !== undefined && works < a.length ? { ...fromRun(inline), announcedLength: works } : fromRun(inline);
  }
  // （一）实施三大工程，提升文旅供给质量。一是实施精品景区提升工程，…；…四是实施公共文化惠民工程，…: the run in the
  // next sentence names the counted thing (工程) in each item's first clause, so it is the list.
  if (inline && inline.items[0].value === 1 && namedInEachItem(text, a, inline)) return fromRun(inline);
  // 实现“三个转变”，即：从…转向…；从…转向…。 / 三个一批，即培育一批、引进一批、储备一批: 即 after the count's comma
  // spells out its items, as a colon does; one explanation after it (即到2030年实现收入翻番) is no list.
  const namely = NAMELY.exec(text.slice(a.clauseEnd, a.clauseEnd + 6));
  if (namely) {
    const from = a.clauseEnd + namely[0].length;
    // 共四项，分别是： ending the paragraph: the items are on the lines after it.
    if (/[：:]\s*$/.test(namely[0]) && text.slice(from).trim() === '') return afterColon(lists, a.paragraph) ?? labelled(lists, a);
    const stop = text.slice(from).search(/[。！!？?]/);
    if (/等\s*$/.test(text.slice(from, stop < 0 ? text.length : from + stop))) return undefined;
    return inlineList(a.paragraph, from) ?? inlineNumbered(a.paragraph, from) ?? semicolonList(a.paragraph, from) ?? parallelList(a.paragraph, from) ?? sharedWordList(a);
  }
  // four priorities, namely housing, transport and skills: the same in English, up to the sentence's end.
  const namelyEn = NAMELY_EN.exec(text.slice(a.offset + a.length, a.offset + a.length + 16));
  if (namelyEn && !/\p{sc=Han}/u.test(a.paragraph.text.slice(a.offset, a.offset + a.length))) {
    const from = a.offset + a.length + namelyEn[0].length;
    if (/^(?:the|a|an|our|its|their)\s+(?:[A-Za-z'’-]+\s+){0,3}(?:of|in|for|to|with)\b/i.test(text.slice(from))) return undefined;
    return inlineList(a.paragraph, from) ?? semicolonList(a.paragraph, from);
  }
  if (a.inHeading) {
    // 1.1 We have four campuses. A survey found that: — a later sentence of the numbered paragraph leads into the items
    // under it; the count in the sentence before is of something else.
    // The sentence that holds the count may go on past its first comma (four campuses with a gross internal area of
    // 126,400 square metres, …. A survey found that:): the later sentence is the one after the count's sentence's end.
    const sentenceEnd = /[。.!?！？]/.test(text[a.clauseEnd] ?? '') ? a.clauseEnd : a.clauseEnd + 1 + text.slice(a.clauseEnd + 1).search(/[。！？!?]|\.(?=\s)/);
    const tail = sentenceEnd > a.clauseEnd || /[。.!?！？]/.test(text[a.clauseEnd] ?? '') ? text.slice(sentenceEnd + 1) : '';
    if (/[：:]\s*$/.test(tail) && !/[：:]/.test(text.slice(a.clauseEnd, sentenceEnd + 1)) && !EN_POINTER.test(tail) && !ZH_POINTER.test(tail)) return undefined;
    // 2.1.2 The following five sites opened: Northbridge, …: a numbered paragraph whose list follows its colon inline.
    const endsColon = /[：:]/.test(text[a.clauseEnd] ?? '');
    const last = text.slice(a.clauseEnd + 1).trim() === '';
    const inlineAfter = endsColon && !last ? inlineList(a.paragraph, a.clauseEnd + 1) : undefined;
    // 5.2 Two new significant issues have been identified this year: — a numbered paragraph that ends in its colon,
    // with no numbered items under it: the bullets after it.
    // ## Three key risks, then bullets: a title that opens with its count (no sentence in it) heads the bullets under it.
    const title = !/[.,;:!?。，；：！？]/.test(text) && a.paragraph.segments.length === 1 && /^\s*(?:(?:the|our)\s+)?$/i.test(text.slice(0, a.offset));
    return inlineAfter ?? underHeading(lists, a.paragraph) ?? ((endsColon && last) || title ? bulletsAfter(lists, a.paragraph) : undefined);
  }
  const colon = /[：:]/.test(text[a.clauseEnd] ?? '');
  // A last sentence that points at what follows (主要存在以下四个方面问题。) announces the items after it, as a colon does.
  const pointing = (text[a.clauseEnd] === '。' && /以下|如下/.test(text.slice(Math.max(0, a.offset - 8), a.offset))) || pointsInEnglish(text, a) || pointsInChinese(text, a);
  // 从以下五个方面着手，推动建议办理提质增效。: the last sentence points at what follows and goes on to say what for;
  // 围绕以下三个专题，中心组成员进行了交流研讨：: or says who did what with them, up to the colon that ends the paragraph.
  const pointingOn =
    !colon && !pointing && text[a.clauseEnd] === '，' && /以下|如下/.test(text.slice(Math.max(0, a.offset - 8), a.offset)) && /^[^。；;：:！？!?“”，,]{2,20}[。：:]\s*$/.test(text.slice(a.clauseEnd + 1));
  if (pointingOn) return afterColon(lists, a.paragraph) ?? labelled(lists, a);
  // 年初确定的重点工作共四项，分别是： / 共有四项。具体如下： / "There are four, as follows:": the count's clause, then a
  // short pointer that ends the paragraph with its colon — the items are on the lines after it, as after a colon.
  const pointerAfter = !colon && /[，,。.]/.test(text[a.clauseEnd] ?? '') && (ZH_POINTER.test(text.slice(a.clauseEnd + 1)) || EN_AS_FOLLOWS.test(text.slice(a.clauseEnd + 1)));
  if (pointerAfter) return afterColon(lists, a.paragraph) ?? labelled(lists, a);
  if (!colon && !pointing) return undefined;
  // six recommendations. They are: — the pointing sentence ends the paragraph; the items are on the lines after it.
  if (!colon && pointing && text.slice(a.clauseEnd + 1).trim() !== '') return afterColon(lists, a.paragraph) ?? labelled(lists, a);
  // 三个方面：课程改革、教师培训、家校共育、安全管理。 / three areas: literacy, digital access and outreach.
  // 三个方面工作：1.加强党的建设；2.… / 三个短板：师资力量不足；实践平台缺乏；…
  // 做到三个坚持：坚持以德为先，坚持能力导向，…；开展“五进”活动：进社区、进农村、…: items that share the count's word.
  // "three work packages: WP1, development…; WP2, the main trial; …; and WP4, …": labelled items one to a semicolon.
  if (text.slice(a.clauseEnd + 1).trim() !== '') return colon ? labelledItems(a.paragraph, a.clauseEnd + 1) ?? adverbList(a.paragraph, a.clauseEnd + 1) ?? inlineList(a.paragraph, a.clauseEnd + 1) ?? inlineNumbered(a.paragraph, a.clauseEnd + 1) ?? semicolonList(a.paragraph, a.clauseEnd + 1) ?? sharedWordList(a) : undefined;
  // A line that ends with the colon: the items on the lines after it.
  return afterColon(lists, a.paragraph) ?? labelled(lists, a);
}

/**
 * "eleven recommendations, set out in section 4.", "twelve actions listed in Section 5": the top-level section the list is
 * in (not paragraph 2.2, section 4.3 or Appendix B, whose lists are not read here).
 */
const SECTION_CITED_EN = /^\s*,?\s*(?:(?:which|that)\s+(?:are|were)\s+)?(?:set\s+out|listed|given|detailed|described|summari[sz]ed)\s+in\s+section\s+(\d{1,2})(?![\d.]\d|\s*(?:below|above|of|\())/i;
/** "These are set out in section 4.", "They are listed in Section 5.": a last sentence saying where the list is. */
const EN_SECTION_POINTER = /^\s*(?:They|These)\s+(?:are|were)\s+(?:set\s+out|listed|given|detailed|described)\s+in\s+section\s+(\d{1,2})\.\s*$/i;
/** ", listed in Appendix A.", "set out in Appendix 2": the appendix the list is in (not "Appendix A of the Code"). */
const APPENDIX_CITED_EN = /^\s*,?\s*(?:(?:which|that)\s+(?:are|were)\s+)?(?:set\s+out|listed|given|detailed|described|summari[sz]ed)\s+(?:in|at)\s+appendix\s+([A-Z]|\d{1,2})(?!\w|\.\d|\s*(?:of|to)\b)/i;
function appendixCitedEn(after: string): string | undefined {
  return APPENDIX_CITED_EN.exec(after)?.[1].toUpperCase();
}
/**
 * The list of the draft's own appendix the count points at (listed in Appendix A ⏎ … ⏎ ## Appendix A: Recommendations ⏎
 * 1. … 6.): a Markdown heading after the count that opens with Appendix and the letter, whose sections under it are one
 * list numbered 1, 2, 3 (one slip at most) or labelled Recommendation 1, R1; its title names what is counted, or the
 * list is all the appendix numbers. Anything else is not judged.
 */
function citedAppendix(lists: ListContext, a: Announcement, letter: string): FoundList | undefined {
  const part = lists.doc.partOf(a.paragraph.firstLine);
  const sections = lists.doc.outline.sections;
  const from = firstAt(sections, (s) => s.marker.line > a.paragraph.lastLine);
  const head = new RegExp(`^\\s*#{1,6}\\s*(?:\\*\\*)?appendix\\s+${letter}(?![\\w.])`, 'i');
  const top = sections.slice(from, from + 400).find((s) => s.part === part && s.marker.kind === 'heading' && head.test(lists.doc.lines[s.marker.line].prose));
  if (!top) return undefined;
  const phrase = a.paragraph.text.slice(a.offset, a.offset + a.length);
  const items = top.children;
  if (items.length === 0) return titleNames(lists.doc.lines[top.marker.line].prose, phrase) ? labelledInSection(lists, a, top.marker.line + 1, top.endLine) : undefined;
  if (items.length < 2 || items.some((s) => s.group !== items[0].group || s.marker.kind !== 'arabic' || s.children.some((c) => c.marker.kind === 'arabic' && !c.marker.listItem)) || !countable(items.map((s) => s.marker.value))) return undefined;
  return { items: items.map((s) => lineRange(s.marker.line, s.marker.start, s.marker.end)) };
}

function sectionCitedEn(after: string): number | undefined {
  const m = SECTION_CITED_EN.exec(after);
  return m ? Number(m[1]) : undefined;
}
/** 五条建议（详见第四部分）, 五条建议，详见第四部分。: the part of this document the list is in. */
const SECTION_CITED_ZH = /^[^，,。；;：:（(]{0,8}[（(，,]\s*(?:具体|具體)?(?:详见|詳見|见|見|参见|參見)(?:本报告|本報告|本文|报告|報告)?第([一二三四五六七八九十]{1,3})部分\s*[）)。；;]/u;
function sectionCitedZh(rest: string): number | undefined {
  const m = SECTION_CITED_ZH.exec(rest);
  return m ? parseChineseNumeral(m[1]) : undefined;
}

/**
 * The list of a section the count points at (set out in section 4 ⏎ … ⏎ ## 4. Recommendations ⏎ 1. … 10.; 详见第四部分 ⏎
 * 四、对策建议 ⏎ （一）…（四）): a top-level section numbered `n`, its title naming what is counted (Recommendations, 对策建议
 * for recommendations, 建议), whose sections under it are one list numbered 1, 2, 3 without a slip (not paragraphs 4.1,
 * 4.2). Anything else is not judged.
 */
function citedSection(lists: ListContext, a: Announcement, n: number): FoundList | undefined {
  const part = lists.doc.partOf(a.paragraph.firstLine);
  const sections = lists.doc.outline.sections;
  const from = firstAt(sections, (s) => s.part >= part);
  const top = sections.slice(from, from + 400).find((s) => s.part === part && s.marker.kind !== 'heading' && s.marker.value === n && !s.marker.listItem && (!s.parent || (s.parent.marker.kind === 'heading' && !s.parent.parent)));
  if (!top || top.marker.line <= a.paragraph.lastLine || !titleNames(top.title, a.paragraph.text.slice(a.offset, a.offset + a.length))) return undefined;
  const items = top.children;
  // ## 6. Recommendations ⏎ Recommendation 1: … ⏎ Recommendation 2: …: paragraphs labelled by the counted noun.
  if (items.length === 0) return labelledInSection(lists, a, top.marker.line + 1, top.endLine);
  // Its own list, not its numbered paragraphs (4.1 Context, 4.2 …), which hold the recommendations in their text.
  // Numbered 1, 2, 3 — or with one slip (1. 2. 4. 5., 1. 2. 3. 3. 5.), numbering-sequence's finding: the items are
  // there to count all the same, and the count far from them is what a reader of the summary takes away.
  if (items.length < 2 || items.some((s) => s.group !== items[0].group || s.marker.kind === 'dotted') || !countable(items.map((s) => s.marker.value))) return undefined;
  return { items: items.map((s) => lineRange(s.marker.line, s.marker.start, s.marker.end)) };
}

/**
 * Recommendation 1 … Recommendation 5 (R1, 建议1) opening the lines of a cited section, numbered from 1 (one slip at
 * most), of the kind the count's noun names; undefined when there are fewer than two or the labels cannot be counted.
 */
function labelledInSection(lists: ListContext, a: Announcement, from: number, to: number): FoundList | undefined {
  const noun = labelNoun(a.paragraph.text.slice(a.offset, a.offset + a.length));
  if (!noun) return undefined;
  const lines = lists.doc.lines;
  const items: Range[] = [];
  const values: number[] = [];
  let kind: string | undefined;
  for (let l = from; l <= to && l < lines.length && l < from + 600; l++) {
    if (lines[l].kind !== 'text') continue;
    const m = itemLabel(lines[l].prose, noun);
    if (!m) continue;
    if (kind !== undefined && m.label !== kind) return undefined;
    kind = m.label;
    values.push(m.n);
    items.push(lineRange(l, m.start, m.end));
  }
  return items.length >= 2 && countable(values) ? { items } : undefined;
}

/** 1 2 3 4, or 1 2 4 5 (one skip) or 1 2 3 3 5 (one repeat): a list whose items can be counted with confidence. */
function countable(values: number[]): boolean {
  if (values[0] !== 1) return false;
  let slips = 0;
  for (let i = 1; i < values.length; i++) {
    const step = values[i] - values[i - 1];
    if (step === 1) continue;
    if (step !== 0 && step !== 2) return false;
    // 3. 3. 5.: the repeat and the step after it are one slip (the second 3. is the 4.).
    if (step === 2 && values[i - 1] === values[i - 2]) continue;
    slips++;
  }
  return slips <= 1;
}

/** Recommendations / eleven recommendations, 对策建议 / 五条建议: the section's title names the counted noun. */
function titleNames(title: string, phrase: string): boolean {
  if (/\p{sc=Han}/u.test(phrase)) {
    const noun = /(\p{sc=Han}{2})$/u.exec(phrase)?.[1];
    return noun !== undefined && title.includes(noun);
  }
  const noun = /([a-z]+?)(?:ies|es|s)$/i.exec(phrase)?.[1].toLowerCase();
  return noun !== undefined && noun.length >= 3 && title.toLowerCase().includes(noun);
}

/**
 * 按三个主题分组整理如下： ⏎ 主题一：开放时间 ⏎ 1.… ⏎ 主题二：馆藏资源 ⏎ 1.…; "The recommendations are grouped below under
 * three themes." ⏎ Theme 1: Safer streets ⏎ 1. … ⏎ Theme 2: …; "The three highest-scoring risks are set out below." ⏎
 * Risk 1 – Data quality ⏎ …: a count of the things that label the groups on the lines after it (the first of them right
 * after its paragraph, numbered 1), the word of the labels naming what is counted (theme, 主题, risk): the labels,
 * numbered one after another, to the end of the count's section (not the items under them, which may restart at 1.
 * under each label or run on).
 */
function groupLabels(lists: ListContext, a: Announcement): FoundList | undefined {
  const { lines } = lists.doc;
  let l = a.paragraph.lastLine + 1;
  while (l < lines.length && lines[l].kind === 'blank') l++;
  const first = l < lines.length ? readGroupLabel(lines[l].prose) : undefined;
  if (!first || first.value !== 1 || !countsWord(a.paragraph.text.slice(a.offset, a.offset + a.length), first.word)) return undefined;
  const end = Math.min(a.paragraph.section?.endLine ?? lines.length - 1, l + 400);
  const items: Range[] = [];
  for (; l <= end && l < lines.length; l++) {
    const label = readGroupLabel(lines[l].prose);
    if (!label || label.word !== first.word) continue;
    // A new series (Priority 1 again) ends the labels; a skip or a repeat (Priority 3 twice) is numbering-sequence's, and
    // leaves the count of them unknown.
    if (label.value === 1 && items.length > 0) break;
    if (label.value !== items.length + 1) return undefined;
    items.push(lineRange(l, label.start, label.end));
  }
  return items.length >= 2 ? { items } : undefined;
}

/** three themes / Theme, the three highest-scoring risks / Risk, 三个主题 / 主题: the count's noun is the labels' word. */
function countsWord(phrase: string, word: string): boolean {
  if (/\p{sc=Han}/u.test(word)) return phrase.includes(word);
  const noun = /([a-z]+)$/i.exec(phrase)?.[1].toLowerCase() ?? '';
  const last = word.split(/\s+/).pop()!;
  const stem = last.replace(/y$/, '');
  return noun === `${last}s` || noun === `${stem}ies` || noun === `${last}es`;
}

/**
 * R1, Rec 1, Recommendation 1:, **R1**, 建议1：, 建议一、: the label a recommendation paragraph opens with, and its number;
 * a space or a stop after it (not 建议一些…, R1.2).
 */
const REC_LABEL = /^\s*(?:\*\*)?(?:(R|A|Rec\.?|Recommendation|Risk|Action)\s?(\d{1,2})|(建议|建議|风险|風險)\s?(\d{1,2}|[一二三四五六七八九十]{1,2}))(?![\d.．]\d|\d)(?=[\s：:、.．，,）)*]|$)/;
/** The count is of recommendations, risks or actions: the announcement's noun, and the labels its items may carry. */
const REC_NOUNS: [RegExp, Set<string>][] = [
  [/recommendations|建议|建議/i, new Set(['r', 'rec', 'rec.', 'recommendation', '建议', '建議'])],
  [/risks|风险|風險/i, new Set(['r', 'risk', '风险', '風險'])],
  [/\bactions\b/i, new Set(['a', 'action'])],
];

function labelNoun(phrase: string): Set<string> | undefined {
  return REC_NOUNS.find(([noun]) => noun.test(phrase))?.[1];
}

/** R1, Rec 2, 建议3, 风险1 opening a line, of a kind the count's noun names: the label, its number and where it is. */
function itemLabel(prose: string, labels: Set<string>): { label: string; n: number; start: number; end: number } | undefined {
  const m = REC_LABEL.exec(prose);
  if (!m) return undefined;
  const label = (m[1] ?? m[3]).toLowerCase();
  if (!labels.has(label)) return undefined;
  // A1, R2: a one-letter label is written close up to its number.
  if (label.length === 1 && /\s/.test(m[0].trimStart().replace(/^\*\*/, '').slice(1, 2))) return undefined;
  const raw = m[2] ?? m[4];
  const n = /\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw) ?? 0;
  return { label, n, start: m[0].length - m[0].trimStart().length, end: m[0].length };
}

/**
 * "six recommendations." / 提出以下五条建议： then paragraphs labelled R1 … R5 (Rec 1, 建议1): the labelled paragraphs,
 * from the first, one after another (blank lines between). Labels that do not start at 1 continue an earlier list;
 * labelled paragraphs with text between them, or a label that comes back after the run ends, are not judged.
 */
function labelled(lists: ListContext, a: Announcement): FoundList | undefined {
  const noun = labelNoun(a.paragraph.text.slice(a.offset, a.offset + a.length));
  if (!noun) return undefined;
  // 提出六条建议，主要包括：, six recommendations, including: — a part of them follows.
  if (/等|包括|主要有|其中|including|such as|among|for example/i.test(a.paragraph.text.slice(a.offset + a.length))) return undefined;
  const lines = lists.doc.lines;
  const items: Range[] = [];
  let kind: string | undefined;
  let l = a.paragraph.lastLine + 1;
  // R1 … ⏎ R2 …: a label opens each item's paragraph, or (The five highest-scoring risks are: ⏎ R1 … ⏎ R2 …) each line
  // of one paragraph; a line with no label after a labelled one in its paragraph is the item's text wrapped.
  for (; l < lines.length; l++) {
    const line = lines[l];
    if (line.kind === 'blank') continue;
    if (line.kind !== 'text') break;
    const m = itemLabel(line.prose, noun);
    if (!m) {
      if (items.length > 0 && lines[l - 1].kind === 'text') continue;
      break;
    }
    if (kind !== undefined && m.label !== kind) break;
    if (m.n !== items.length + 1) return undefined;
    kind = m.label;
    items.push(lineRange(l, m.start, m.end));
  }
  if (items.length < 2) return undefined;
  // The next label after text between (R3 after a paragraph of comment): the list is spread out, not counted here.
  for (let k = l, seen = 0; k < lines.length && seen < 6; k++) {
    if (lines[k].kind !== 'text') continue;
    seen++;
    const m = itemLabel(lines[k].prose, noun);
    if (m && m.label === kind && m.n === items.length + 1) return undefined;
  }
  return { items };
}

// The nouns an English sentence names a list by: "We focused on four areas." before the bullets that are those areas.
const EN_LIST_NOUN = /\b(?:areas|priorities|goals|objectives|aims|themes|strands|pillars|steps|actions|recommendations|lessons|risks|issues|questions|changes|principles|outcomes|points|reasons|challenges|workstreams|commitments|proposals|options|findings|stages|phases|categories|elements|parts|ways|measures|initiatives|projects|targets|tasks|focus areas)$/i;

/**
 * "We focused on four areas." as its paragraph's one sentence, or "…the following three steps.": a last sentence that
 * names the list after it, as a colon does. Only list nouns: "We hired three new staff." does not announce the bullets
 * after it.
 */
/** 我局重点做了四项工作。, 主要采取了三项措施。: a count, then the noun of a list it counts (工作, 措施, 问题…), closing the sentence. */
const ZH_COUNTED_NOUN_CLOSES = /^(?:十[一二]?|[两兩二三四五六七八九]|\d{1,2})\s?(?:个方面|個方面|方面|个|個|项|項|条|條|点|點|类|類|种|種|件|步|招|环节|環節|部分|阶段|階段)(?:的)?\p{sc=Han}{0,6}(?:工作|措施|举措|舉措|任务|任務|做法|经验|經驗|体会|體會|问题|問題|方面|重点|重點|建议|建議|目标|目標|原则|原則|要求|成效|亮点|亮點|特点|特點|步骤|步驟|短板|不足|风险|風險|困难|困難|原因|教训|教訓|启示|啓示|打算|思路)$/u;

/**
 * "今年以来，我局重点做了四项工作。" as its paragraph's one short sentence, the counted noun closing it: it names the list
 * after it, as "We focused on four areas." does (a tally closes on its count: 完成重点项目10个。).
 */
function pointsInChinese(text: string, a: Announcement): boolean {
  if (text[a.clauseEnd] !== '。' || text.length > 60 || text.slice(a.clauseEnd + 1).trim() !== '' || /[。！？!?；;]/.test(text.slice(0, a.offset))) return false;
  // 已完成三项工作。, 共完成四项重点任务。: a tally of what was done.
  return ZH_COUNTED_NOUN_CLOSES.test(text.slice(a.offset, a.clauseEnd)) && !/已|共|累计|累計|合计|合計|总计|總計/.test(text.slice(0, a.offset)) && !reportsDone(text, a);
}

function pointsInEnglish(text: string, a: Announcement): boolean {
  const rest = text.slice(a.clauseEnd + 1);
  if (text[a.clauseEnd] !== '.' || (rest.trim() !== '' && !EN_POINTER.test(rest) && !EN_BACK_POINTER.test(rest))) return false;
  const phrase = text.slice(a.offset, a.offset + a.length);
  if (/\bthe following\s+$/i.test(text.slice(Math.max(0, a.offset - 20), a.offset))) return true;
  return a.offset + a.length === a.clauseEnd && !/[.!?;:]\s/.test(text.slice(0, a.offset)) && EN_LIST_NOUN.test(phrase);
}

/**
 * "The review made six recommendations. They are:": a short sentence after the count that points at the list (also
 * "They are listed below and discussed in section 4.": where they are discussed is said after the pointer).
 */
const EN_POINTER = /^\s*(?:They|These)\s+(?:are|were)(?:\s+(?:as follows|set out below|listed below|summari[sz]ed below))?\s*:\s*$|^\s*(?:They|These)\s+(?:are|were)\s+(?:as follows|set out below|listed below|summari[sz]ed below)(?:,?\s+and\s+[a-z][a-z ]{2,30}\s+in\s+(?:section|chapter|part|paragraph)\s+\d{1,2}(?:\.\d{1,2})?)?\.\s*$/;

/**
 * "Last year we committed to three actions. We have made progress on each of them:": a short last sentence that takes up
 * the counted things by a pronoun and ends on its colon points at them, listed below, as "They are:" does.
 */
const EN_BACK_POINTER = /^\s*[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){1,10}\s+(?:each\s+of\s+them|all\s+of\s+them|each\s+of\s+these|them|these)\s*:\s*$/;

/** The first run that starts after `offset` (runs are in text order): a binary search, so long paragraphs stay linear. */
function firstRunAfter(runs: Enumeration[], offset: number): Enumeration | undefined {
  return runs[firstAt(runs, (r) => r.items[0].offset > offset)];
}

/** ", as follows:", ", which are as follows:", ", listed below:" after the count's comma, ending the paragraph. */
const EN_AS_FOLLOWS = /^\s*(?:(?:which|that)\s+(?:are|were)\s+)?(?:as\s+follows|set\s+out\s+below|listed\s+below)\s*:\s*$/i;

/** （一）实施三大行动。具体如下：: a short sentence after the count that points at the items under it. */
const ZH_POINTER = /^\s*(?:具体|主要|分别|分別)?(?:如下|是|为|為|有)\s*[：:]\s*$/;

/**
 * After the counted noun, before the sentence's end: a state reached (已全部整改, 均已整改到位, 全部完成, "have all been
 * resolved"), not an announcement.
 */
const DONE_AFTER_ZH = /已|(?:全部|均|全面)(?:完成|整改|办结|辦結|销号|銷號|落实|落實|到位)/;
const DONE_AFTER_EN = /\b(?:ha(?:ve|s)|were|are)\s+(?:(?:all|now|since|already|fully)\s+)*been\s+(?:(?:fully|all)\s+)?(?:resolved|addressed|closed|completed|implemented|remedied|fixed|actioned|cleared|rectified)\b/i;
/** 9个问题中，已整改8个 / 其中已办结10件 / of which eight: the count is a part of a whole named before it in the sentence. */
const PART_BEFORE_ZH = /(?:[个個项項件条條名家所]\p{sc=Han}{0,8}中[，,]|其中|其余|其餘)[^。；;！？!?]*$/u;

/** A count whose sentence (ending in 。 or a full stop) reports what was done, or counts a part of a whole. */
function reportsDone(text: string, a: Announcement): boolean {
  if (/[：:]/.test(text[a.clauseEnd] ?? '')) return false;
  const sentenceEnd = text.slice(a.offset).search(/[。；;！？!?]|\.(?:\s|$)/);
  const after = text.slice(a.offset, sentenceEnd < 0 ? text.length : a.offset + sentenceEnd);
  const before = text.slice(Math.max(0, a.offset - 40), a.offset);
  const sentenceBefore = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('. ')) + 1);
  return DONE_AFTER_ZH.test(after) || DONE_AFTER_EN.test(after) || PART_BEFORE_ZH.test(sentenceBefore);
}

/** 主要有3个。, 分为四类。, 问题是两个。: a verb before a bare count that closes its sentence names the list's size. */
const ZH_SIZE_VERB_BEFORE = /(?:有|为|為|是|成|分|包括|涉及|集中在|以下|如下)\s*$/;
const ZH_BARE_COUNT = /^(?:十[一二]?|[两兩二三四五六七八九]|\d{1,2})\s?(?:个|個|项|項|条|條|件|点|點|类|類|种|種|批|篇|场|場|张|張|道)$/;

/** 一是《…》；二是“…”: every item opens with a title or a quoted name — the members of a count, not steps taken. */
function titledItems(text: string, run: Enumeration): boolean {
  return run.items.every((item) => /^\s?[：:，,]?\s?[《“「]/.test(text.slice(item.offset + item.length, item.offset + item.length + 4)));
}

/** Before a count that opens its sentence: an outline marker, a time (今年，, 上半年). */
const ZH_SUBJECT_BEFORE = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)?\s*(?:(?:今年以来|今年|全年|上半年|下半年|年内|本年度|一年来|\d{4}年)[，,]?)?$/;
/** 三大工程建设稳步推进, 五项民生实事全面完成, 两大攻坚行动成效明显: a count, its noun, and a predicate on how it went. */
const ZH_SUBJECT_PREDICATE = new RegExp(
  `^((?:十[一二]?|[两兩二三四五六七八九]|\\d{1,2})\\s?(?:${CLASSIFIER})\\p{sc=Han}{1,10}?)(?:的)?(?:建设|建設|工作)?` +
    '(?:(?:稳步|穩步|有序|扎实|扎實|全面|加快|加速|顺利|順利|持续|持續|基本|如期|圆满|圓滿|高效|深入|积极|積極)(?:推进|推進|实施|實施|开展|開展|完成|落地|落实|落實)|推进|推進|完成|落地|见效|見效|进展顺利|進展順利|成效(?:明显|明顯|显著|顯著|初显|初顯)|取得(?:明显|明顯|显著|顯著|积极|積極|阶段性|階段性|新的?)?(?:成效|进展|進展|突破|成果)|提速增效|提质增效|提質增效|顺利推进|順利推進)$',
  'u',
);

/**
 * 三大工程建设稳步推进。: a count that opens its sentence as the subject of a predicate closing it (…稳步推进, …全面完成,
 * …成效明显): the length of the count and its noun, or undefined. 实施三大工程。, 抓好三支队伍建设。 count an object.
 */
/** 围绕三大工程…, 聚焦两大任务…: a count of 大 after a word that makes it the ground of the work, not its list. */
const ZH_GROUND_BEFORE = /(?:围绕|圍繞|聚焦|紧扣|緊扣|紧盯|緊盯|依托|立足|着眼|著眼|服务|服務|对标|對標)$/;
const ZH_NAMED_NOUN = /^\S{1,3}?大\p{sc=Han}{0,6}?(?:工程|行动|行動|攻坚战|攻堅戰|战役|戰役|计划|計劃|专项|專項|活动|活動|体系|體系|平台|中心|基地|项目|項目)/u;

function subjectLength(text: string, a: Announcement): number | undefined {
  if (text[a.clauseEnd] !== '。') return undefined;
  const phrase = text.slice(a.offset, a.clauseEnd);
  if (/^\S{1,3}?大/u.test(phrase) && ZH_GROUND_BEFORE.test(text.slice(Math.max(0, a.offset - 2), a.offset))) return ZH_NAMED_NOUN.exec(phrase)?.[0].length ?? 1;
  const window = text.slice(Math.max(0, a.offset - 30), a.offset);
  if (!ZH_SUBJECT_BEFORE.test(window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('！')) + 1))) return undefined;
  const subject = ZH_SUBJECT_PREDICATE.exec(text.slice(a.offset, a.clauseEnd))?.[1];
  // 三项重点工作进展顺利。一是…, 四个方面工作扎实推进。: a count of generic works is a list's head, whatever its predicate —
  // the items after it are those works (not 三大工程, 两项试点工作, 四项改革任务: things named, whose parts may follow).
  return subject === undefined || worksCounted(text, a) !== undefined ? undefined : subject.length;
}

/** 三项重点工作进展顺利。: the length of the count and its works (三项重点工作), where they are its sentence's subject. */
function worksCounted(text: string, a: Announcement): number | undefined {
  if (text[a.clauseEnd] !== '。') return undefined;
  const phrase = text.slice(a.offset, a.clauseEnd);
  return ZH_SUBJECT_PREDICATE.test(phrase) ? ZH_WORKS_COUNTED.exec(phrase)?.[1].length : undefined;
}

/** 三项重点工作, 四个方面工作, 五项主要任务, 三条措施: a count of works with no name of their own. */
const ZH_WORKS_COUNTED = /^((?:十[一二]?|[两兩二三四五六七八九]|\d{1,2})\s?(?:项|項|个方面|個方面|方面|点|點|条|條)(?:重点|重點|主要|核心|关键|關鍵|具体|具體|年度|各项|各項)?(?:工作|任务|任務|措施|举措|舉措))(?:的)?(?:建设|建設)?\p{sc=Han}{2,8}$/u;

/**
 * 移送公安机关案件9件。一是…；二是…, 共移交线索5条。一是…, "We held 8 meetings. First, we…": a count that closes its
 * sentence after the noun it counts (案件9件) is a tally of what was done; the run after it says how the work was done.
 * An announcement before a full stop names its size with a verb (主要有3个。, 分为四类。), points (以下), counts a noun
 * after the figure (抓好三支队伍建设。), or in English counts a list noun (four priorities., three recommendations.).
 */
function tallyClosesSentence(text: string, a: Announcement): boolean {
  const end = text[a.clauseEnd];
  if (end !== '。' && end !== '.') return false;
  const phrase = text.slice(a.offset, a.offset + a.length);
  const before = text.slice(Math.max(0, a.offset - 8), a.offset);
  if (end === '。') return ZH_BARE_COUNT.test(phrase) && /\p{sc=Han}$/u.test(before) && !ZH_SIZE_VERB_BEFORE.test(before);
  return !/\bthe following\s+$/i.test(before) && !EN_LIST_NOUN.test(phrase);
}

/**
 * 印发《…活动方案》，明确了四个方面重点任务和十二项具体措施。一是成立领导小组；…, "adopted the Play Strategy, which
 * sets out four priorities and twelve actions. First, we appointed…": counts of what another document holds, the
 * sentence closing on them; the run after it is the writer's own steps, not those counted (nothing ties them: no colon,
 * 如下, 分别是, 即, 以下, "the following"). 按照《要点》，确定了六项任务。 is the writer's count: a document after 按照 is the
 * ground, not the holder.
 */
const ZH_DOCUMENT_HOLDS = /》[，,]?\s*(?:并|还|還|进一步|進一步)?(?:明确|明確|提出|细化|細化|列出|部署|设置|設置|设立|設立|规定|規定|确定|確定|涵盖|涵蓋|包括|包含|梳理|制定|建立|安排)了?[^。；;！？!?：:》]{0,30}$/;
const ZH_DOCUMENT_GROUND = /(?:按照|根据|根據|依据|依據|对照|對照|参照|參照|依照)[^。；;！？!?，,]{0,6}《[^》]{0,40}$/;
const EN_DOCUMENT_HOLDS = /\b(?:Plan|Strategy|Framework|Programme|Program|Policy|Charter|Compact|Agreement|Review|Statement|Protocol|Guidance|Guidelines|Roadmap|Blueprint|Manifesto|Act)\b[^.;:!?]{0,60}?,?\s+(?:which|that)\s+(?:sets\s+out|contains|includes|lists|identifies|establishes|details|describes|commits\s+(?:us\s+)?to|has)\s+(?:[^.;:!?]{0,40}\s)?$/;

function countOfDocument(text: string, a: Announcement): boolean {
  const end = text[a.clauseEnd];
  if (end !== '。' && end !== '.') return false;
  // The sentence before the count, up to 200 characters back (a window, so a long paragraph stays linear).
  const window = text.slice(Math.max(0, a.offset - 200), a.offset);
  const before = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('. ')) + 1);
  if (/以下|如下|下列|the following/i.test(before) || /以下|如下|below|as follows/.test(text.slice(a.offset, a.clauseEnd))) return false;
  if (end === '。') return ZH_DOCUMENT_HOLDS.test(before) && !ZH_DOCUMENT_GROUND.test(before.slice(0, before.lastIndexOf('》')));
  return EN_DOCUMENT_HOLDS.test(before);
}

/**
 * 实施三大工程，提升文旅供给质量。一是实施精品景区提升工程，…；二是实施乡村旅游富民工程，…: a count of a noun (工程,
 * 行动, 攻坚战) in the sentence right before a run whose every item names that noun in its first clause — the items
 * are the things counted, though no colon ties them. 三大工程 may be a name elsewhere (围绕三大工程，狠抓落实。一是加强
 * 组织领导…): its run names other things, and is not read.
 */
function namedInEachItem(text: string, a: Announcement, run: Enumeration): boolean {
  if (run.items.length < 2) return false;
  const phrase = text.slice(a.offset, a.offset + a.length);
  const english = run.family === 'en';
  // "three flagship programmes" → programme: the noun's singular, as each item names one.
  const noun = english
    ? /\b(programme|program|project|scheme|initiative|campaign|strand|workstream|pillar|fund|pilot|partnership)s$/i.exec(phrase)?.[1]
    : /(?:工程|行动|行動|攻坚战|攻堅戰|战役|戰役|计划|計劃|专项|專項|活动|活動|体系|體系|平台|中心|基地|项目|項目)$/.exec(phrase)?.[0];
  if (!noun) return false;
  const first = run.items[0].offset;
  if (first - (a.offset + a.length) > 60) return false;
  // The count's sentence ends right before the run: one full stop between them, and no other count or item.
  const between = text.slice(a.offset + a.length, first);
  const stop = english ? /\.\s*$/ : /。\s*$/;
  if (between.length > (english ? 60 : 40) || !stop.test(between) || /[。！？!?；;]|\.\s/.test(between.replace(stop, ''))) return false;
  const named = english ? new RegExp(`\\b${noun}(?:e?s)?\\b`, 'i') : undefined;
  return run.items.every((item, i) => {
    const end = i + 1 < run.items.length ? run.items[i + 1].offset : text.length;
    const clause = text.slice(item.offset + item.length, end).split(english ? /[;:.]\s|[;:]/ : /[，,；;。：:]/)[0];
    return clause.length <= (english ? 80 : 30) && (named ? named.test(clause) : clause.includes(noun!));
  });
}

/** What may stand between the announcement's clause and its first item: 具体如下：一是… */
const LEAD_TO_ITEM = /^\s{0,3}(?:(?:具体(?:如下|是|为|為|表现为|表現為|体现为|體現為|体现在|體現在)?|(?:主要|集中)?(?:表现为|表現為|体现为|體現為|体现在|體現在)|分别是|分別是|即|主要是|如下|包括)\s?[：:，,]?\s?)?$/;

/** A run's items, counted as written: 一是、二是、四是 is three items (its numbering is enumeration-sequence's finding). */
function fromRun(run: Enumeration): FoundList {
  const items = run.items.map((item) => rangeIn(item.paragraph, item.offset, item.offset + item.length));
  const misnumbered = run.items.some((item, i) => item.value !== i + 1);
  return misnumbered ? { items, misnumberedTo: run.items[run.items.length - 1].value } : { items };
}

/** Items on their own lines, one after another with at most blank lines between. */
function compact(lines: Line[], items: Section[]): boolean {
  for (let k = 1; k < items.length; k++) {
    for (let l = items[k - 1].marker.line + 1; l < items[k].marker.line; l++) if (lines[l].kind !== 'blank') return false;
  }
  return items.length > 1;
}

/** The numbered sections from `first` on in its group, counted as written. */
function fromGroup(lines: Line[], first: Section): FoundList | undefined {
  if (first.marker.kind === 'heading') return undefined;
  // An item pasted again further on is one item; duplicate-text reports the copy.
  // ## 五、… then ## 责任分工: a heading with no number of its own is no item of the numbered list it follows.
  const items = withoutPastedItems(first.group.items.slice(first.group.items.indexOf(first)).filter((s) => s.marker.kind !== 'heading'), lines);
  const ranges = items.map((s) => lineRange(s.marker.line, s.marker.start, s.marker.end));
  const texts = items.map((s) => lines[s.marker.line].prose.slice(s.marker.end));
  const through = numberedThrough(items);
  // A top-level list may be the document's outline, going on past the announced items; a compact one (an item a
  // line, nothing but blank lines between) is the list itself.
  return { items: ranges, open: first.group.parent === undefined && !compact(lines, items), texts, ...(through && { through }) };
}

/**
 * 项目任务书规定的考核指标共有以下五项。 ⏎ （一）技术指标 ⏎ 1.… 2.… 3.… ⏎ （二）成果指标 ⏎ 4.… ⏎ （三）示范应用指标 ⏎ 5.…:
 * the numbered items under the sections, one level down, when that level is numbered straight through them — every
 * section holds some, all of one kind, numbered on without a break — are the items the count may be of (five); the
 * sections only group them. Read from the first section as far as the numbering runs on (at least two sections), with
 * how many items stand under the sections up to each one from the second on: a top-level list may go on to other
 * matters (A. Eligibility 1.–2., B. Process 3.–5., then A. Funding 1.–2. under another lead-in).
 */
function numberedThrough(heads: readonly Section[]): FoundList['through'] {
  const items: Range[] = [];
  const ends: number[] = [];
  let key: string | undefined;
  let next = 0;
  let k = 0;
  heads: for (; k < heads.length; k++) {
    const kids = heads[k].children.filter((c) => c.marker.kind !== 'heading');
    if (kids.length === 0 || (key !== undefined && kids[0].key !== key)) break;
    // From 1, or going on from an earlier list in a document numbered straight through (6. after 5.).
    for (const [i, kid] of kids.entries()) {
      if (kid.key !== kids[0].key || (i > 0 && kid.marker.value !== kids[i - 1].marker.value + 1)) break heads;
    }
    if (key !== undefined && kids[0].marker.value !== next) break;
    key = kids[0].key;
    next = kids[kids.length - 1].marker.value + 1;
    for (const kid of kids) items.push(lineRange(kid.marker.line, kid.marker.start, kid.marker.end));
    if (k > 0) ends.push(items.length);
  }
  return k < 2 ? undefined : { items, ends, whole: k === heads.length };
}
/** 二、加强三支队伍建设: its child sections, or the 一是… run that opens its body. */
function underHeading(lists: ListContext, heading: Paragraph): FoundList | undefined {
  const section = heading.section;
  if (!section || section.marker.line !== heading.firstLine) return undefined;
  const numbered = section.children.filter((c) => c.marker.kind !== 'heading');
  if (numbered.length > 0) {
    if (numbered.some((c) => c.group !== numbered[0].group)) return undefined;
    // 2. … the 4 disabled bays is estimated at £46,000. ⏎ Appendices: ⏎ 1. Plan …: a line of its own that ends in a colon
    // between the paragraph and the items leads into them; the count before it is of something else.
    const lines = lists.doc.lines;
    for (let l = heading.lastLine + 1; l < numbered[0].marker.line; l++) {
      const prose = lines[l].kind === 'text' ? lines[l].prose.trim() : '';
      if (/[：:]$/.test(prose) && !EN_POINTER.test(prose) && !ZH_POINTER.test(prose)) return undefined;
    }
    // (a) the revised structure; (b) the budget; and (c) the three new posts. ⏎ 1. … 2. …: the last item of a run-in
    // list (items joined by ; ；) ends its sentence; the list after it is the next one, not what its count names.
    if (endsRunInList(lines, section, heading)) return undefined;
    return fromGroup(lines, numbered[0]);
  }
  const next = nextParagraph(lists.doc, heading);
  if (!next || next.section !== section) return undefined;
  return openingRun(lists, next);
}

/** The item before ends with ; ； or "; and", and this one with a stop: a later item of one run-in list. */
const RUN_IN_ITEM_END = /(?:[；;]|[;,][ ]*(?:and|or)|[；，][ ]*(?:和|以及|及))[ ]*$/;
const ITEM_STOP = /[。.；;][”’"')）]?$/;
function endsRunInList(lines: readonly Line[], section: Section, heading: Paragraph): boolean {
  if (!ITEM_STOP.test(heading.text.trim())) return false;
  const at = section.group.items.indexOf(section);
  if (at < 1) return false;
  const before = section.group.items[at - 1];
  let text = '';
  for (let l = before.marker.line; l <= before.endLine && l < lines.length; l++) text += ' ' + (lines[l].kind === 'text' ? lines[l].prose.trim() : '');
  return RUN_IN_ITEM_END.test(text.trim());
}

function nextParagraph(doc: ReportDocument, paragraph: Paragraph): Paragraph | undefined {
  const at = doc.indexOf(paragraph);
  return at < 0 ? undefined : doc.paragraphs[at + 1];
}

/** The 一是… run that starts a paragraph. */
function openingRun(lists: ListContext, paragraph: Paragraph): FoundList | undefined {
  const run = (lists.runs.get(paragraph) ?? []).find((r) => r.items[0].offset <= 2 && r.items[0].value === 1);
  return run && fromRun(run);
}

const BULLET = /^(\s*)[-*+•●▪·]\s+\S/;

/** A short item of an inline list: a noun phrase, no clause of its own. */
const ZH_ITEM = /^[\p{sc=Han}A-Za-z0-9“”《》（）]{2,14}$/u;
const QUANTITY_ITEM = /\d(?:\.\d+)?\s?\p{sc=Han}{1,2}$/u;
// Names with an apostrophe (St Cuthbert's, shipbuilders' half-models) and a year in brackets (Margaret Ann (1874)).
// Not a clause the writer set off with commas (higher energy prices, which raised costs, and lower demand).
// A name may hold initials (Joseph D. Marhee, J. R. Smith).
// A name may hold an abbreviation (School District No. 4, St. Anne's, Dunmore Inc.); an item may end with where the
// draft discusses it (our workforce (section 3)).
const EN_ITEM = /^(?:and |or )?(?!(?:which|who|whom|whose|where|when|while|that|although|though|because|as|if|since|so|but)\b)(?:[A-Z]\.|(?:St|Dr|Co|Ltd|Inc|Corp)\.|[A-Za-z][A-Za-z'’-]*)(?: (?:[A-Z]\.|Nos?\. \d{1,4}|(?:St|Dr|Co|Ltd|Inc|Corp)\.|[A-Za-z][A-Za-z'’-]*)){0,6}(?: \((?:(?:19|20|18)\d\d|(?:see )?(?:sections?|chapters?|parts?|paragraphs?|pages?|appendix|annex) [0-9A-Z][0-9.]{0,6})\))?$/;
const ZH_JOIN = /[和及与與]|以及/;
/**
 * 农村卫生厕所普及率达到95%以上, 城镇登记失业率控制在5.5%以内, 新建示范村不少于20个: a measure (at least three characters,
 * no 、 of its own), a verb of the level it is to reach, and that level.
 */
const ZH_TARGET_ITEM = /^[\p{sc=Han}A-Za-z“”]{3,20}?(?:达到|達到|保持在|保持|提高到|提高至|提升到|提升至|控制在|稳定在|穩定在|不低于|不低於|不少于|不少於|不超过|不超過|低于|低於|高于|高於|超过|超過|降至|降到|降低到|下降到|增长到|增長到|增至|突破)\s?\d+(?:\.\d+)?\s?(?:%|‰|\p{sc=Han}{1,3})?(?:以上|以内|以內|以下|左右)?$/u;
/** The last item added to a list: "together with the cross-cutting theme of data and modelling" (one item). */
const EN_ADDED_ITEM = /^(?:together with|along with|as well as|plus) (?!(?:which|who|where|while|although|because|but)\b)[A-Za-z][A-Za-z'’-]*(?: (?!(?:which|who|whom|whose|where|while|although|though|because|but)\b)[A-Za-z][A-Za-z'’-]*){0,10}$/i;
/** "together with the cross-cutting theme of …" after "five research themes:": added as one more of the same kind. */
function addedOfKind(item: string, before: string): boolean {
  const noun = /([A-Za-z]{3,}?)(?:es|s)?\s*:\s*$/.exec(before)?.[1];
  return !!noun && EN_ADDED_ITEM.test(item) && new RegExp(`\\b${noun}`, 'i').test(item);
}
/**
 * A longer item of a parallel list: "preventing harm to the most vulnerable, tackling neighbourhood crime and
 * anti-social behaviour, and improving the experience of victims in the criminal justice system" — every item opens
 * with a word in -ing, so each is one phrase however long (up to 14 words, no clause of its own).
 */
const EN_GERUND_ITEM = /^(?:and |or )?(?!(?:during|including|concerning|regarding|following|according|notwithstanding|excluding|something|nothing|anything|everything|morning|evening|spring|string|thing|king|ring|wing)\b)[a-z][a-z-]*ing(?: (?!(?:which|who|whom|whose|where|while|although|though|because|but)\b)[A-Za-z][A-Za-z'’-]*){0,13}$/;

/**
 * A longer item of a parallel list whose every item opens with an article: "a weekly baby and toddler rhyme time at
 * every council-run library, a homework club at four libraries, and a lending collection of dual-language picture
 * books" — each one noun phrase (up to 12 words), with no clause of its own (no which/that/because, no was/will/has).
 */
const EN_ARTICLE_ITEM = /^(?:and |or )?(?:a|an|the) (?!(?:which|who|whom|whose|where|when|while|that|although|though|because|but|is|are|was|were|has|have|had|will|would|be|been|being|can|could|should|may|might|must|did|does|do)\b)[A-Za-z0-9][A-Za-z0-9'’%-]*(?: (?!(?:which|who|whom|whose|where|when|while|that|although|though|because|but|is|are|was|were|has|have|had|will|would|be|been|being|can|could|should|may|might|must|did|does|do)\b)[A-Za-z0-9][A-Za-z0-9'’%-]*){0,11}$/;

/**
 * Where an inline list's sentence ends: 。；;！!？? or a full stop before a space or the end, but not the point of an
 * initial or a title within a name before the rest of it (Joseph D. Marhee, J. R. Smith, Dr. Okafor).
 */
// Nor the stop of an abbreviation inside the list (School District No. 4, e.g., i.e., vs., approx.), nor a company's
// (Fenwick Co., Dunmore Inc.) unless a capital opens a sentence after it.
const INLINE_LIST_END = /[。；;！!？?]|(?<!(?:^|[\s(])(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|St|Co|Ltd|Inc|Corp|Nos?|vs|approx|cf|viz|pp|e\.g|i\.e))\.(?:\s|$)|(?<=(?:^|[\s(])(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|St))\.(?!\s+[A-Z])(?:\s|$)|(?<=(?:^|[\s(])(?:Co|Ltd|Inc|Corp))\.(?=\s+[A-Z]|\s*$)/;

/**
 * The items after the colon up to the sentence's end, when they are a plain list of short phrases: 、-separated in
 * Chinese (no ，inside), comma-separated in English. A 和 / and in the last item may join two (counted either way).
 */
/** 包括, 含, 为, 有 inside the first item: the 、 list after it is nested in a longer item. */
const NESTED_LIST_VERB_ZH = /\p{sc=Han}{2,}(?:包括|包含|含有|含|为|為|有|即)/u;

/** What a clause after a 、 list may open with when it sums up over the items: 各环节, 上述, 以上, 这些, 均, 两者. */
const ZH_SUMS_UP = /^\s*(?:各(?:个|個|项|項)?(?:环节|環節|方面|项|項|部分|阶段|階段|领域|領域)|上述|以上|这些|這些|这几|這幾|均|都|全部|[两兩二三四五六七八九十]者|彼此|相互)/;

function inlineList(paragraph: Paragraph, from: number): FoundList | undefined {
  const text = paragraph.text;
  const stop = text.slice(from).search(INLINE_LIST_END);
  let end = stop < 0 ? text.length : from + stop;
  // 政治安排、实职安排、教育培养、考察考核，各环节衔接更加顺畅。: a 、 list the sentence goes on after, in a clause that
  // sums up over its items (各环节, 上述, 均, 四者): the list ends at that comma.
  const comma = text.slice(from, end).search(/[，,]/);
  if (comma >= 0 && ZH_SUMS_UP.test(text.slice(from + comma + 1, end)) && /^[^：:；;]*、[^：:；;]*、/.test(text.slice(from, from + comma)) && !/等\s*$/.test(text.slice(from, from + comma))) end = from + comma;
  const body = text.slice(from, end);
  const english = /^\s*[A-Za-z]/.test(body);
  const parts = english ? body.split(',') : body.split('、');
  // "Two complaints were received: one in February, one in August and one in November": each item one of the count.
  if (english && /^\s*one\b/i.test(body)) return eachOne(paragraph, from, parts);
  // first, …; second, …: an ordinal run, read as such (or not at all), not a list of phrases.
  if (/^\s*(?:first(?:ly)?|one|to begin)\b/i.test(body)) return undefined;
  if (parts.length === 1) return pairList(paragraph, from, body, english);
  if (parts.length < 2 || (!english && /[，,：:]/.test(body))) return undefined;
  // 经费分为两部分：直接费用包括设备费、业务费、劳务费；间接费用另计: the 、 list is inside the first of the ；-parts (a verb
  // before it opens it), which are the items announced.
  if (!english && /[；;]/.test(text[end] ?? '') && NESTED_LIST_VERB_ZH.test(parts[0])) return undefined;
  // 示范基地共计5个：湘乡市2个、茶陵县2个、安化县2个: every item a quantity — a breakdown of the count (sum-mismatch's),
  // not a list of named things.
  // 三个目标：农村卫生厕所普及率达到95%以上、生活垃圾无害化处理率保持在99%以上、…: every item a measure and the level it is
  // to reach — longer than a phrase, but each one item.
  const targets = !english && parts.every((p) => ZH_TARGET_ITEM.test(p.trim()));
  if (!english && !targets && parts.every((p) => QUANTITY_ITEM.test(p.trim()))) return undefined;
  const items: Range[] = [];
  let at = from;
  // "the Kelmarsh treatment works upgrade, the Astley trunk main and the Bridgend storm tank": a last item too long for
  // one phrase is two, joined by "and" — each a phrase of its own (and both counted).
  let split = false;
  const texts: string[] = [];
  const gerunds = english && parts.length >= 3 && parts.every((part) => EN_GERUND_ITEM.test(part.trim()));
  // a …, a … and a …: an "and" in the last item may still join two (oneMore), as with short phrases.
  const articles = english && parts.length >= 3 && parts.every((part) => EN_ARTICLE_ITEM.test(part.trim()));
  for (const [i, part] of parts.entries()) {
    const item = part.trim();
    const start = at + part.indexOf(item);
    at += part.length + 1;
    texts.push(item);
    if ((english ? EN_ITEM : ZH_ITEM).test(item) || gerunds || articles || targets || (english && i === parts.length - 1 && i >= 2 && addedOfKind(item, text.slice(0, from)))) {
      items.push(rangeIn(paragraph, start, start + item.length));
      continue;
    }
    // “青年理论沙龙”和“我的入团故事”微视频征集: the last of a 、 list of quoted names, two quoted names joined by 和 — two
    // items. Not where the items before are not names (法治教育、“四史”和“两个确立”学习教育: one item of two names).
    const quotedJoin = !english && i === parts.length - 1 && i > 0 && parts.slice(0, -1).every((p) => /^\s*[“「]/.test(p)) ? /^[“「][^“”「」]{1,12}[”」](?:和|及|与|與|以及)(?=[“「])/u.exec(item) : null;
    if (quotedJoin) {
      const close = item.search(/[”」]/);
      const second = quotedJoin[0].length;
      if (!ZH_ITEM.test(item.slice(0, close + 1)) || !ZH_ITEM.test(item.slice(second))) return undefined;
      items.push(rangeIn(paragraph, start, start + close + 1), rangeIn(paragraph, start + second, start + item.length));
      split = true;
      continue;
    }
    // "progress on our objectives (section 4) and how we consider equality (section 5)": a bracket closes the first.
    const join = english && i === parts.length - 1 && i > 0 ? / (?:and|or) (?=the |a |an |[A-Z])|(?<=\)) (?:and|or) /.exec(item) : null;
    if (!join || !EN_ITEM.test(item.slice(0, join.index)) || !EN_ITEM.test(item.slice(join.index + 1))) return undefined;
    items.push(rangeIn(paragraph, start, start + join.index), rangeIn(paragraph, start + join.index + 1, start + item.length));
    split = true;
  }
  const last = parts[parts.length - 1].trim();
  // Oxford comma (…, outreach, and volunteering): the last item is one. Otherwise 和 / and may join two.
  // "…, marine ecosystems, and coastal communities, together with the cross-cutting theme of data and modelling": the
  // Oxford comma of an earlier item closed the list; an "and" in what is added after it joins no two items.
  const closed = english && parts.slice(0, -1).some((part, i) => i > 0 && /^(?:and|or) /.test(part.trim()));
  const added = english && /^(?:together with|along with|as well as|plus) /i.test(last);
  const oneMore = english ? !split && !gerunds && !closed && !added && !/^(?:and|or) /.test(last) && / (?:and|or|as well as) /.test(last) : !split && ZH_JOIN.test(last.slice(1, -1));
  // 课程改革、教师培训、家校共育和安全管理; housing, transport, skills and health: where nothing else joins two, the 和 / and
  // of the last item is the list's own, and it is two.
  // "conserving the landscape, supporting communities, welcoming visitors and making the best use of public money":
  // where every item is an -ing phrase, an "and" before another -ing phrase in the last one is the list's own.
  const gerundPair = gerunds && !split && !closed && !added ? lastGerundPair(parts) : undefined;
  const pair = gerundPair ?? (oneMore ? lastPair(parts, english) : undefined);
  if (pair) {
    const lastPart = parts[parts.length - 1];
    const start = from + body.length - lastPart.length + lastPart.indexOf(last);
    items.pop();
    items.push(rangeIn(paragraph, start, start + pair[0]), rangeIn(paragraph, start + pair[1], start + last.length));
    return { items, oneMore: false, texts };
  }
  return { items, oneMore, texts };
}

/** Names and set phrases that hold an "and" and are one thing: health and safety, fire and rescue, Brighton and Hove. */
const EN_ONE_WITH_AND = new RegExp(
  `^(?:the\\s+)?(?:${[
    'health and (?:safety|social care|care|wellbeing|well-being)', 'social care and health', 'mental health and wellbeing', 'research and (?:development|innovation)',
    'fire and rescue', 'arts and (?:culture|heritage|crafts|leisure)', 'culture and (?:heritage|leisure|sport)', 'leisure and culture', 'food and drink', 'sports? and (?:leisure|recreation)',
    '(?:learning|training) and development', 'education and (?:training|skills)', 'teaching and learning', 'monitoring and (?:evaluation|reporting)',
    '(?:repairs?|operations?) and maintenance', 'planning and (?:development|regeneration|building control|transport)', 'science and technology', 'trade and industry',
    'law and order', 'crime and disorder', 'safety and security', 'recruitment and retention', 'equality and diversity', 'diversity and inclusion',
    'mergers and acquisitions', 'children and (?:families|young people)', 'oil and gas', 'water and sanitation', 'waste and recycling', 'parks and (?:open|green) spaces',
    'terms and conditions', 'pay and (?:conditions|reward|grading)', 'policies and procedures', 'rules and regulations', 'roads and (?:transport|pavements|footways)',
    '(?:highways|transport) and (?:transport|highways)', 'employment and skills', 'housing and (?:regeneration|homelessness)', 'supply and demand', 'profit and loss',
    'income and expenditure', 'assets and liabilities', 'audit and (?:risk|governance|assurance)', '(?:risk|governance) and assurance', 'finance and (?:resources|performance)',
    'people and culture', 'quality and (?:safety|performance|standards)', 'advice and guidance', 'information and advice', 'drugs and alcohol', 'alcohol and drugs',
    'cleaning and catering', 'catering and cleaning', '(?:facilities|estates) and (?:estates|facilities)', 'capital and revenue', 'revenue and capital',
    'libraries and archives', 'museums and galleries', 'youth and community', 'data and (?:digital|analytics)', 'digital and data', 'bed and breakfast',
    'brighton and hove', 'kensington and chelsea', 'hammersmith and fulham', 'trinidad and tobago', 'bosnia and herzegovina', 'antigua and barbuda',
    'st kitts and nevis', 'turks and caicos(?: islands)?', 'england and wales', 'bath and north east somerset',
    'marks (?:and|&) spencer', 'procter (?:and|&) gamble', 'johnson (?:and|&) johnson', 'ernst (?:and|&) young', 'fortnum (?:and|&) mason', 'tate (?:and|&) lyle', 'black (?:and|&) decker',
  ].join('|')})$`,
  'i',
);
const EN_PAIR_JOIN = / (?:and|or|as well as) /g;
const ZH_PAIR_JOIN = /以及|[和及与與]/g;

/**
 * Where the last phrase of an inline list is two joined by the list's own 和 / and (A、B、C和D; A, B, C and D): the end
 * of its first half and the start of its second in it; undefined when it may be one (监管和评价体系, fire and rescue) —
 * another item holds a join too, the phrase holds two, or a half is unlike the items before it (in Chinese, longer or
 * shorter than each of them, unless all share their first or last two characters; in English, longer by two words or
 * more). Two Chinese phrases (安全生产、疫情防控和经济发展) need the shared word.
 */
export function lastPair(parts: string[], english: boolean): [number, number] | undefined {
  const earlier = parts.slice(0, -1).map((p) => p.trim());
  const last = parts[parts.length - 1].trim();
  const join = english ? EN_PAIR_JOIN : ZH_PAIR_JOIN;
  const joins = [...last.matchAll(join)];
  if (joins.length !== 1 || earlier.some((p) => p.match(join))) return undefined;
  const at = joins[0].index!;
  const first = last.slice(0, at).trim();
  const second = last.slice(at + joins[0][0].length).trim();
  if (english) {
    if (EN_ONE_WITH_AND.test(last) || !EN_ITEM.test(first) || !EN_ITEM.test(second)) return undefined;
    const words = (s: string) => s.split(/\s+/).length;
    const most = Math.max(...earlier.map(words));
    if (words(first) > most + 1 || words(second) > most + 1) return undefined;
  } else {
    if (first.length < 2 || second.length < 2) return undefined;
    // 值班值守制度以及保密制度 after 请示报告制度、…; 坚持能力导向和坚持实绩说话 after 坚持以德为先: a word every item shares.
    const ending = earlier[0].slice(-2);
    const opening = earlier[0].slice(0, 2);
    const all = [...earlier, first, second];
    const shared = all.every((p) => p.length > 2 && p.endsWith(ending)) || all.every((p) => p.length > 2 && p.startsWith(opening));
    const lengths = earlier.map((p) => p.length);
    const like = (s: string) => s.length >= Math.min(...lengths) && s.length <= Math.max(...lengths);
    if (!shared && (earlier.length < 2 || !like(first) || !like(second))) return undefined;
  }
  return [first.length, last.indexOf(second, at + joins[0][0].length)];
}

/** and making …, or seeking …: a join before an -ing phrase (not "and during", "and including"). */
const EN_GERUND_JOIN = / (?:and|or) (?=[a-z][a-z-]*ing\b)/g;

/**
 * In a list whose items are all -ing phrases, where the last holds one "and" / "or" before another -ing phrase and its
 * first half has its object (welcoming visitors and making the best use of public money): the end of the first half
 * and the start of the second. Not "improving and extending the network": one verb's object shared by two.
 */
function lastGerundPair(parts: string[]): [number, number] | undefined {
  const last = parts[parts.length - 1].trim();
  if (/^(?:and|or) /.test(last) || parts.slice(0, -1).some((p) => p.match(EN_GERUND_JOIN))) return undefined;
  const joins = [...last.matchAll(EN_GERUND_JOIN)];
  if (joins.length !== 1) return undefined;
  const at = joins[0].index!;
  const first = last.slice(0, at);
  const second = last.slice(at + joins[0][0].length);
  if (first.split(/\s+/).length < 2 || !EN_GERUND_ITEM.test(first) || !EN_GERUND_ITEM.test(second)) return undefined;
  return [first.length, at + joins[0][0].length];
}

const ZH_PAIR = /^\s*(\p{sc=Han}{2,8})(?:以及|和|及|与|與)(\p{sc=Han}{2,8})\s*$/u;
const EN_PAIR = /^\s*([A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,2}) (?:and|as well as) ([A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,2})\s*$/;

/**
 * 三项工作：稳增长和促改革。, "three priorities: housing and transport.": after the colon, two short phrases of a like
 * length joined by 和 / and, and nothing else up to the sentence's end — two items (not a set phrase: health and safety).
 */
function pairList(paragraph: Paragraph, from: number, body: string, english: boolean): FoundList | undefined {
  const m = (english ? EN_PAIR : ZH_PAIR).exec(body);
  if (!m || Math.abs(m[1].length - m[2].length) > (english ? 8 : 2)) return undefined;
  if (english && (EN_ONE_WITH_AND.test(body.trim()) || !EN_ITEM.test(m[1]) || /^(?:and|or|the|a|an|to|we|it|they|this|that|there)$/i.test(m[1].split(' ')[0]))) return undefined;
  const start = from + body.indexOf(m[1]);
  const second = from + body.lastIndexOf(m[2]);
  // "eleven projects: seven graduated and four incubating": the two halves' own counts are read (weighedCount), and a
  // breakdown by category that adds up to the count (7 + 4) is no list of two.
  return { items: [rangeIn(paragraph, start, start + m[1].length), rangeIn(paragraph, second, second + m[2].length)], texts: [m[1], m[2]] };
}

/** one in February, one in August, and one in November: every item opens with "one" (a last "and one" is one more). */
function eachOne(paragraph: Paragraph, from: number, parts: string[]): FoundList | undefined {
  const items: Range[] = [];
  let at = from;
  for (const part of parts) {
    const ones = part.trim().split(/\s+(?:and|or)\s+(?=one\b)/i);
    if (!ones.every((one) => /^(?:and\s+|or\s+)?one\b[^:;]{0,80}$/i.test(one.trim()))) return undefined;
    for (const one of ones) {
      const start = paragraph.text.indexOf(one.trim(), at);
      items.push(rangeIn(paragraph, start, start + one.trim().length));
    }
    at += part.length + 1;
  }
  return items.length >= 2 ? { items, oneMore: false } : undefined;
}

/** An inline item number after the colon or a ；: 1. / 1、 / （1） / (1), not the 1. of 1.5亿元. */
const INLINE_NUMBER = /(?:^|[；;]\s{0,2})(?:（(\d{1,2})）|\((\d{1,2})\)|(\d{1,2})([.．、])(?!\d))/g;

/** 1.加强党的建设；2.提升人才培养质量；3.… up to the sentence's end: numbered items inline, one style, from 1. */
function inlineNumbered(paragraph: Paragraph, from: number): FoundList | undefined {
  const text = paragraph.text;
  const start = from + (/^\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  const stop = text.slice(start).search(/[。！!？?]/);
  const body = text.slice(start, stop < 0 ? text.length : start + stop);
  const items: Range[] = [];
  let style: string | undefined;
  for (const m of body.matchAll(INLINE_NUMBER)) {
    const kind = m[1] ? '（' : m[2] ? '(' : m[4];
    if (items.length === 0 && (m.index !== 0 || Number(m[1] ?? m[2] ?? m[3]) !== 1)) return undefined;
    if (style !== undefined && kind !== style) continue;
    style = kind;
    const at = start + m.index + m[0].length - (m[1] ?? m[2] ?? m[3]).length - (m[1] || m[2] ? 2 : 1);
    items.push(rangeIn(paragraph, at, start + m.index + m[0].length));
  }
  return items.length >= 2 ? { items } : undefined;
}

/** 师资力量不足；实践平台缺乏；国际化程度不高。: short phrases after the colon, one to a ；, up to the sentence's end. */
function semicolonList(paragraph: Paragraph, from: number): FoundList | undefined {
  const text = paragraph.text;
  const stop = text.slice(from).search(/[。！!？?]/);
  const end = stop < 0 ? text.length : from + stop;
  const parts = text.slice(from, end).split(/[；;]/);
  if (parts.length < 2) return undefined;
  const items: Range[] = [];
  let at = from;
  for (const part of parts) {
    const item = part.trim();
    if (!ZH_ITEM.test(item)) return undefined;
    const begin = at + part.indexOf(item);
    items.push(rangeIn(paragraph, begin, begin + item.length));
    at += part.length + 1;
  }
  return { items };
}

/** 首先 / 其次 / 再次 / 最后 at a clause's start, a comma or colon after it. */
const ADVERB_MARK = /(首先|其次|再次|最后|最後)(?=[，,：:])/g;
/** Before an adverb of the list: a clause's end (tested in code, not by a look-behind tried at every position). */
const ADVERB_BEFORE = /[。；;，,：:！？!?]\s{0,3}$/;

/**
 * 三点体会：首先，…；其次，…；再次，…；最后，…: the ordinal adverbs after the colon, from a 首先 that opens the list to the
 * 最后 that closes it, over the paragraph; none without that 最后 (再次 is also "again").
 */
function adverbList(paragraph: Paragraph, from: number): FoundList | undefined {
  const text = paragraph.text;
  if (!/^\s*首先[，,：:]/.test(text.slice(from, from + 6))) return undefined;
  const items: Range[] = [];
  ADVERB_MARK.lastIndex = from;
  for (let m: RegExpExecArray | null; (m = ADVERB_MARK.exec(text)); ) {
    if (!ADVERB_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) && !(m.index <= 3 && /^\s*$/.test(text.slice(0, m.index)))) continue;
    if ((m[1] === '首先') !== (items.length === 0)) return undefined;
    items.push(rangeIn(paragraph, m.index, m.index + 2));
    if (m[1] === '最后' || m[1] === '最後') return items.length >= 2 ? { items } : undefined;
  }
  return undefined;
}

/** WP1, / Stage 2: / R3 / 阶段1，: a label and its number opening an item, before a comma, colon or space. */
const ITEM_LABEL = /^(?:(?:and|or)\s+|[和及])?([A-Z][A-Za-z]{0,11}|\p{sc=Han}{1,4})\s?(\d{1,2})(?=[,:，：\s])/u;

/**
 * WP1, development of the intervention; WP2, the main trial; …; and WP4, …: items one to a semicolon up to the
 * sentence's end, each opening with the same label numbered 1, 2, 3 … on: the labels are the items.
 */
function labelledItems(paragraph: Paragraph, from: number): FoundList | undefined {
  const text = paragraph.text;
  const stop = text.slice(from).search(/[。！!？?]|\.(?:\s|$)/);
  const end = stop < 0 ? text.length : from + stop;
  const parts = text.slice(from, end).split(/[；;]/);
  if (parts.length < 2) return undefined;
  const items: Range[] = [];
  let at = from;
  let label: string | undefined;
  for (const part of parts) {
    const lead = part.length - part.trimStart().length;
    const m = ITEM_LABEL.exec(part.trimStart());
    if (!m || Number(m[2]) !== items.length + 1 || (label !== undefined && m[1] !== label)) return undefined;
    label = m[1];
    const begin = at + lead + m[0].lastIndexOf(m[1]);
    items.push(rangeIn(paragraph, begin, at + lead + m[0].length));
    at += part.length + 1;
  }
  return { items };
}

/** ，即： / ，即 after a count (not 即将, 即时, 即使, 即可, 即刻). */
const NAMELY = /^[，,]\s*(?:即(?!将|將|时|時|使|便|可|刻)|分别是|分別是|分别为|分別為)\s*[：:]?\s*/;
/**
 * "four priorities, namely housing, transport and skills", "three areas, i.e. housing, transport and skills", "two
 * sites, that is Eastfield and Northgate": the words after the count spell out its items (not "namely the Council":
 * one name is no list).
 */
const NAMELY_EN = /^\s*,?\s*(?:namely|i\.\s?e\.|that is|viz\.?)\s*[,:]?\s+/i;

/**
 * 即从重审批转向重服务，从坐等上门转向主动服务。: clauses one to a ， (or ；) up to the sentence's end, each short and
 * opening with the same word (从…，从…; 由…，由…) — parallel items, not a sentence that goes on.
 */
function parallelList(paragraph: Paragraph, from: number): FoundList | undefined {
  const text = paragraph.text;
  const stop = text.slice(from).search(/[。！!？?]/);
  const end = stop < 0 ? text.length : from + stop;
  const parts = text.slice(from, end).split(/[，,；;]/);
  if (parts.length < 2) return undefined;
  const head = parts[0].trim().slice(0, 1);
  const items: Range[] = [];
  let at = from;
  for (const part of parts) {
    const item = part.trim();
    if (!/^\p{sc=Han}/u.test(head) || !item.startsWith(head) || !/^[^、：:“”]{4,20}$/.test(item)) return undefined;
    const begin = at + part.indexOf(item);
    items.push(rangeIn(paragraph, begin, begin + item.length));
    at += part.length + 1;
  }
  return { items };
}

/** The word a count names (三个坚持 → 坚持, “四个到位” → 到位, “五个一” → 一, “五进” → 进): one to four Han characters. */
const COUNT_WORD = /^(?:十[一二]?|[两兩二三四五六七八九十]|[2-9]|1[0-2])\s?[个個]?(?![个個])(\p{sc=Han}{1,4})$/u;
const SHARED_ITEM_JOIN = /^(?:和|及|与|與|以及|并|並)/;

/**
 * After the colon, up to the sentence's end, items that each begin (坚持以德为先) or each end (思想认识到位) with the
 * word the count names: split by 、 when the first clause holds a 、 list (进社区、进农村…，计划演出60场以上 — the clause
 * after the list is not an item), else by ， and ；. Every item must share the word: 三个坚持：坚持以德为先，这是根本要求 is
 * one item and a sentence, no list.
 */
function sharedWordList(a: Announcement): FoundList | undefined {
  const text = a.paragraph.text;
  const word = COUNT_WORD.exec(text.slice(a.offset, a.offset + a.length).replace(/[“”「」]/g, ''))?.[1];
  if (!word) return undefined;
  const from = a.clauseEnd + 1;
  const stop = text.slice(from).search(/[。！!？?]/);
  const body = text.slice(from, stop < 0 ? text.length : from + stop);
  const clause = body.split(/[，,；;]/)[0];
  // 交办环节，做到精准分办；承办环节，落实首问负责；…: items one to a ；, each a head that shares the word and its detail
  // after a comma — the heads are the items.
  const detailed = !clause.includes('、') && /[；;]/.test(body) && /[，,]/.test(body) ? headsSharing(a.paragraph, from, body, word) : undefined;
  if (detailed) return detailed;
  const parts = clause.includes('、') ? clause.split('、') : body.split(/[，,；;]/);
  if (parts.length < 2) return undefined;
  const trimmed = parts.map((p) => p.trim().replace(SHARED_ITEM_JOIN, ''));
  const starts = trimmed.every((p) => p.length > word.length && p.length <= 30 && p.startsWith(word));
  const ends = !starts && trimmed.every((p) => p.length > word.length && p.length <= 30 && p.endsWith(word));
  if (!starts && !ends) return undefined;
  // 示范基地共计5个：湘乡市2个、茶陵县2个: quantities, a breakdown of the count (sum-mismatch's).
  if (trimmed.every((p) => QUANTITY_ITEM.test(p))) return undefined;
  const items: Range[] = [];
  let at = from;
  for (const part of parts) {
    const item = part.trim();
    const begin = at + part.indexOf(item);
    // 聚焦安全生产和聚焦行业监管, 规范化和信息化: the last of a 、 list, two items that each open (or end) with the word, joined by 和.
    const join = part === parts[parts.length - 1] && clause.includes('、') ? new RegExp(starts ? `(?:和|及|与|與|以及)(?=${word})` : `(?<=${word})(?:和|及|与|與|以及)`).exec(item) : null;
    if (join && join.index > word.length) items.push(rangeIn(a.paragraph, begin, begin + join.index), rangeIn(a.paragraph, begin + join.index + join[0].length, begin + item.length));
    else items.push(rangeIn(a.paragraph, begin, begin + item.length));
    at += part.length + 1;
  }
  return { items };
}

/** The heads of ；-items (the words before each one's first comma), when every head starts or ends with `word`. */
function headsSharing(paragraph: Paragraph, from: number, body: string, word: string): FoundList | undefined {
  const parts = body.split(/[；;]/);
  const heads = parts.map((p) => p.trim().split(/[，,]/)[0].replace(SHARED_ITEM_JOIN, ''));
  if (parts.length < 2 || !heads.every((h) => h.length > word.length && h.length <= 12 && (h.startsWith(word) || h.endsWith(word)))) return undefined;
  const items: Range[] = [];
  let at = from;
  for (const [i, part] of parts.entries()) {
    const begin = at + part.indexOf(heads[i]);
    items.push(rangeIn(paragraph, begin, begin + heads[i].length));
    at += part.length + 1;
  }
  return { items };
}

/** After a line ending in ：/: — numbered items, a run of 一是… paragraphs, or bullets. */
function afterColon(lists: ListContext, lead: Paragraph): FoundList | undefined {
  const lines = lists.doc.lines;
  let line = lead.lastLine + 1;
  while (line < lines.length && lines[line].kind === 'blank') line++;
  if (line >= lines.length || lines[line].kind !== 'text') return undefined;
  const section = lists.sectionAt.get(line);
  if (section) return section.marker.value === 1 ? fromGroup(lines, section) : undefined;
  const bullet = BULLET.exec(lines[line].prose);
  if (bullet) return bullets(lists, line, bullet[1].length);
  const next = nextParagraph(lists.doc, lead);
  return next && next.firstLine === line ? openingRun(lists, next) : undefined;
}

/** The bullets on the lines right after a paragraph (blank lines between). */
function bulletsAfter(lists: ListContext, lead: Paragraph): FoundList | undefined {
  const lines = lists.doc.lines;
  let line = lead.lastLine + 1;
  while (line < lines.length && lines[line].kind === 'blank') line++;
  if (line >= lines.length || lines[line].kind !== 'text' || lists.sectionAt.get(line)) return undefined;
  const bullet = BULLET.exec(lines[line].prose);
  return bullet ? bullets(lists, line, bullet[1].length) : undefined;
}

/** Bullet lines at one indentation; deeper ones are sub-items, a shallower line or prose at the margin ends the list. */
function bullets(lists: ListContext, from: number, indent: number): FoundList {
  const lines = lists.doc.lines;
  const items: Range[] = [];
  const texts: string[] = [];
  let afterBlank = false;
  for (let l = from; l < lines.length; l++) {
    const line = lines[l];
    if (line.kind !== 'text') {
      afterBlank = line.kind === 'blank';
      continue;
    }
    // A heading, or a numbered item no deeper than the bullets, starts another part: its bullets are not these.
    const section = lists.sectionAt.get(l);
    if (section && section.marker.start <= indent) break;
    // A deeper numbered item that ends in a colon (3. The ANAO reported that … will:) leads in the bullets after it.
    if (section && /[:：]\s*$/.test(line.prose)) break;
    const m = BULLET.exec(line.prose);
    const lineIndent = line.prose.length - line.prose.trimStart().length;
    if (m && m[1].length === indent) {
      items.push(lineRange(l, indent, indent + 1));
      texts.push(line.prose.slice(indent + 1));
    }
    // A shallower bullet, or prose at the margin after a blank line, ends the list; prose right after an item
    // continues it (a wrapped line).
    else if (m ? m[1].length < indent : lineIndent <= indent && afterBlank) break;
    afterBlank = false;
  }
  return { items, texts };
}

/**
 * What the readers of runs and lists (doc.enumerations, listAfter) read of a paragraph, for Rule.checkSummary: undefined
 * when it holds enumeration items, 首先, an announcement or a bullet (then it is read whole); else the indent of its
 * first line and of each line after a blank line in it (a paragraph that runs on over a page break) — what a bullet
 * list read on through it compares (`bullets`: prose at the margin after a blank line ends the list; a line after a line
 * of text, or after a line that is no text but not blank, continues it whatever its indent) — and the numbered item its
 * first line opens: whether another marker's line says the same when its words go on (a pasted item), undefined when
 * an item of its group has its number. No line is named and lines of text after a line of text are not counted: a line
 * break typed in such a paragraph, or two of its lines joined, reads as before (unless the new line starts after a blank
 * one or holds an item). Text typed on in it (no item, no list, the same indent) leaves every run and list as it was.
 */
export function listSummary(paragraph: Paragraph, lines: readonly Line[], doc: ReportDocument): string | undefined {
  const readings = doc.memo.paragraph(paragraph);
  if ((readings.enumerationItems ?? itemsIn(paragraph)).length > 0 || (readings.firstly ?? firstlyIn(paragraph)) >= 0) return undefined;
  // 首先，…其次，…其次，, 首先，…再次，…最后，: enumeration-sequence reads the ordinal adverbs from the text (adverbRepeats).
  if (/首先|其次|再次|最[后後]/.test(paragraph.text)) return undefined;
  if (announcementsIn(paragraph).length > 0) return undefined;
  // "Five of them were reviewed this year", 以下择要报告其中两项: what subsetFollows reads after a heading's count.
  if (SUBSET_EN.test(paragraph.text) || SUBSET_ZH.test(paragraph.text)) return undefined;
  let out = '';
  for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) {
    const { kind, prose, text } = lines[l];
    // A table's rows, which metInSection counts.
    if (BULLET.test(prose) || TABLE_ROW.test(text)) return undefined;
    if (l === paragraph.firstLine) out += `${kind} ${indentOf(prose)}`;
    else if (kind === 'text' && lines[l - 1].kind === 'blank') out += `|after blank ${indentOf(prose)}`;
    // Theme 2:, 第三类：: the labels groupLabels counts.
    const label = readGroupLabel(prose);
    if (label) out += `|g${label.word} ${label.value}`;
  }
  const item = headingItemSummary(paragraph, lines, doc);
  if (item === undefined) return undefined;
  // ## 4. Recommendations: the title of a top-level section, which citedSection reads.
  const top = paragraph.section?.parent;
  if (item !== '' && paragraph.section && (!top || (top.marker.kind === 'heading' && !top.parent))) out += `|t${paragraph.section.title}`;
  // R1, 建议3：: the label `labelled` reads a recommendation paragraph by (建三、议3：… is none).
  // R1 … ⏎ R2 … on the lines of one paragraph: each line's label.
  let labels = '';
  for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) {
    const label = REC_LABEL.exec(lines[l].prose);
    if (label) labels += `|${l - paragraph.firstLine}:${label[0]}`;
  }
  return `${out}|${item}${labels}`;
}

function indentOf(prose: string): number {
  return prose.length - prose.trimStart().length;
}

const EN_WEIGHT = /^(?:and\s+|or\s+)?(?:(\d{1,3})(?![\d.,:%/])|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(an?|the)\s+([A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3}))/i;
const ZH_WEIGHT = /^(?:和|及|与|與|以及|剩余|剩下|其余|其餘|另有|还有|還有)?\s?(?:(\d{1,3})|([一二两兩三四五六七八九十]{1,3}))\s?(?:个|個|名|位|所|家|座|处|處|项|項|条|條|件|类|類|项次)/;
const ZH_WEIGHT_END = /(\d{1,3})\s?(?:个|個|名|位|所|家|座|处|處|项|項|条|條|件)[；;，,。]?$/;

/**
 * "seven members: four elected trustees, two co-opted trustees and the chair"; "(a) five were met in full; (b) two were
 * met in part; and (c) one was not met": items that carry their own counts — what they add up to, with each part
 * (4 + 2 + 1; 2 个（E203、W503）…, 6 个 （…）…, 剩余 2个：… — the rest's count is one part too); undefined unless every item is weighed (a number, or a/an/the before a singular) and one carries a
 * number above one.
 */
export function weighedCount(texts: string[]): { total: number; parts: number[] } | undefined {
  const parts: number[] = [];
  for (const [i, raw] of texts.entries()) {
    const text = raw.trim();
    // "five district councillors, in proportion to the political groups, and two …": an aside between commas, after a
    // counted item, is no item of its own.
    if (i > 0 && i < texts.length - 1 && parts.length > 0 && EN_ASIDE.test(text)) continue;
    const zh = /^\p{sc=Han}|^\d+\s?\p{sc=Han}/u.test(text);
    const pieces = zh ? text.split(/(?:和|及|与|與|以及)(?=\d|[一二两兩三四五六七八九十])/) : text.split(/\s+(?:and|or)\s+(?=(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b)/i);
    for (const piece of pieces) {
      const n = zh ? zhWeight(piece) : enWeight(piece);
      if (n === undefined) return undefined;
      parts.push(n);
    }
  }
  if (parts.length < 2 || !parts.some((n) => n > 1)) return undefined;
  return { total: parts.reduce((x, y) => x + y, 0), parts };
}

/** in proportion to …, chosen by ballot, according to the constitution, as agreed in 2024: a clause that qualifies the item before it. */
const EN_ASIDE = /^(?:(?:including|excluding|not\s+counting|among\s+(?:them|whom)|(?:one\s+)?of\s+whom)\b|in\s+(?:proportion|line|accordance|addition|particular|total|practice|turn)\b|according\s+to\b|as\s+(?:agreed|required|set|provided|before|now|usual|appropriate|needed)\b|(?:chosen|elected|appointed|nominated|selected|drawn|picked)\s+(?:by|from)\b|by\s+(?:ballot|election|rotation|lot|law|statute|agreement)\b|for\s+(?:now|the\s+time\s+being)\b|(?:where|when|if)\s+(?:possible|needed|required|appropriate)\b)/i;

function enWeight(piece: string): number | undefined {
  const m = EN_WEIGHT.exec(piece.trim());
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  if (m[2]) return smallNumberWord(m[2]);
  // the chair, a community centre — but not the trustees, the Fenwick collection of photographs is one (its head noun).
  const head = m[4].split(/\s+(?:of|for|in|at|on|to|from|with)\b/)[0].trim().split(/\s+/).pop() ?? '';
  return /[^s]s$/i.test(head) ? undefined : 1;
}

function zhWeight(piece: string): number | undefined {
  const m = ZH_WEIGHT.exec(piece.trim()) ?? ZH_WEIGHT_END.exec(piece.trim());
  if (!m) return undefined;
  if (/^\d/.test(m[1] ?? '')) return Number(m[1]);
  return parseChineseNumeral((m[2] ?? '').replace('兩', '两')) || undefined;
}

/**
 * "## 2. Our three goals for 2025" over 2.1 "…commits us to three goals:" and its three items, 2.2 …: a heading's count
 * whose sub-sections are not its items is met when its section holds, anywhere below the heading, a list of that many
 * items (numbered items one level or more down, bullets, an inline 一是… run, a list after a colon) or the count is
 * announced again, of the same noun (二、今年的三项重点任务 … 年初确定了三项重点任务：). `all`: every announcement of the
 * document, in text order. The lines of the section are read once for each heading count: headings nest a few deep.
 */
export function metInSection(lists: ListContext, a: Announcement, all: readonly Announcement[]): boolean {
  const section = a.paragraph.section;
  if (!a.inHeading || !section || section.marker.line !== a.paragraph.firstLine) return false;
  const { doc } = lists;
  const last = section.endLine;
  // The count announced again lower down, of the same noun, or with a list of that many after it.
  const noun = countedNoun(a);
  for (let k = firstAt(all, (b) => b.paragraph.firstLine > a.paragraph.lastLine); k < all.length && all[k].paragraph.firstLine <= last; k++) {
    const b = all[k];
    if (b.count !== a.count) continue;
    if (countedNoun(b) === noun) return true;
    const list = listAfter(lists, b);
    if (list && list.items.length === a.count) return true;
  }
  // Numbered items one level or more down (not the heading's own sub-sections, which were counted).
  const groups = new Set<Section['group']>();
  const down = (s: Section): void => {
    for (const c of s.children) {
      if (s !== section && c.group.items[0] === c) groups.add(c.group);
      down(c);
    }
  };
  down(section);
  for (const g of groups) if (g.items.length === a.count && g.items[0].marker.value === 1) return true;
  // Bullets at one indentation, and inline runs, in the section's paragraphs.
  const lines = doc.lines;
  for (let l = a.paragraph.lastLine + 1; l <= last && l < lines.length; l++) {
    // | Goal | Target | … |: a table's rows under its header and rule line are a list too.
    if (TABLE_ROW.test(lines[l].text) && l + 1 < lines.length && TABLE_RULE.test(lines[l + 1].text)) {
      let end = l + 2;
      while (end < lines.length && end <= last && TABLE_ROW.test(lines[end].text)) end++;
      if (end - l - 2 === a.count) return true;
      l = end - 1;
      continue;
    }
    const m = lines[l].kind === 'text' ? BULLET.exec(lines[l].prose) : null;
    if (!m) continue;
    const list = bullets(lists, l, m[1].length);
    if (list.items.length === a.count) return true;
    // Past the list's lines (its last item's line, at least this one).
    const end = list.items.length ? list.items[list.items.length - 1].start.line : l;
    l = Math.max(l, end);
  }
  for (let k = firstAt(doc.paragraphs, (p) => p.firstLine > a.paragraph.lastLine); k < doc.paragraphs.length && doc.paragraphs[k].firstLine <= last; k++) {
    for (const run of lists.runs.get(doc.paragraphs[k]) ?? []) if (run.items[0].value === 1 && run.items.length === a.count) return true;
  }
  return false;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The noun a count counts, to tell the same count said again: its last English word, or its last Chinese character. */
function countedNoun(a: Announcement): string {
  const phrase = a.paragraph.text.slice(a.offset, a.offset + a.length).trim().toLowerCase();
  const word = /([a-z-]+)$/.exec(phrase);
  return word ? word[1] : phrase.slice(-1);
}

/**
 * "ten key performance indicators in April 2023. Our performance on four of them is highlighted below; the full set is
 * in Appendix 1.", 共设置十项指标，以下重点报告其中四项, 八项改革任务…以下择要报告其中两项，其余详见附件: the text says only a
 * part of what it counts follows. Read after the count's clause, up to the end of the next sentence or the first item
 * (一是, （一）, (i), First,), and for a heading's count in the paragraph after the heading too.
 */
const SUBSET_EN = new RegExp(
  String.raw`\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|some|several|a few|a selection|a sample|a number|the most important|the main)\s+of\s+(?:them|these|those|the(?:se)?\s+[a-z-]+)\b` +
    String.raw`|the\s+following\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:is|are|was|were|has|have)\b` +
    String.raw`|the\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:that|which)\b` +
    String.raw`|the\s+(?:full|complete|whole|entire)\s+(?:set|list|table|range)\b|the\s+(?:others|rest|remainder)\s+(?:are|is|can|appear)\b` +
    String.raw`|\b(?:those|the\s+ones)\s+(?:that|which|where)\b|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\be\.g\.` +
    // "nine policies, three of which are listed", "…, among them:": a selection.
    String.raw`|\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+which\s+(?:are|is|were|was)\s+(?:listed|shown|set\s+out|given|described|highlighted)\b|\bamong\s+them\b` +
    // "…nine strategic risks. The five rated red are set out below.": a smaller count of the same things after it.
    String.raw`|\b(?:the|these|those|only)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-2])(?![\d.,%])\b(?!\s+(?:per\s*cent|percent|years?|months?|weeks?|days?|hours?|minutes?|times?|pounds?|dollars?)\b))`,
  'i',
);
const SUBSET_EN_ALL = new RegExp(SUBSET_EN.source, 'gi');
const SUBSET_ZH = /例如|比如|举例|舉例|摘列|摘錄|摘录|选列|選列|择列|擇列|部分列举|部分列舉|列举其中|列舉其中|(?:其中|以下|下面|下文|本报告|本节|本節)\p{sc=Han}{0,10}?(十[一二]?|[两兩二三四五六七八九]|\d{1,2})\s?(?:个|個|项|項|件|条|條|类|類|点|點)|择要|擇要|选取|選取|重点报告|重點報告|其余(?:各项|\p{sc=Han}{0,4})?(?:详见|詳見|见|見)|其餘(?:各項|\p{sc=Han}{0,4})?(?:詳見|見)/u;
const SUBSET_ZH_ALL = new RegExp(SUBSET_ZH.source, 'gu');
/** Where the first item of a list begins, which ends what is read for a subset. */
const FIRST_ITEM = /一是|第一[，,、]|首先|（一）|（1）|\(1\)|\(i\)|(?:^|\s)1[.)．、]\s?|\bFirst(?:ly)?,/;
const SENTENCE_END = /[。！？!?]|\.(?=\s|$)/g;

function upToNextSentence(text: string): string {
  const item = text.search(FIRST_ITEM);
  const cut = item < 0 ? text : text.slice(0, item);
  SENTENCE_END.lastIndex = 0;
  let ends = 0;
  for (let m: RegExpExecArray | null; (m = SENTENCE_END.exec(cut)); ) if (++ends === 2) return cut.slice(0, m.index + 1);
  return cut;
}

export function subsetFollows(lists: ListContext, a: Announcement): boolean {
  const text = a.paragraph.text;
  // A part numbered (four of them, 其中四项) is a part only when it is fewer than the count: "the following three are"
  // after "three priorities" is all of them.
  const fewer = (word: string | undefined) => {
    if (word === undefined) return true;
    const n = /\d/.test(word) ? Number(word) : smallNumberWord(word) || parseChineseNumeral(word.replace('兩', '两'));
    return !n || n < a.count;
  };
  const subset = (s: string) => [...s.matchAll(SUBSET_EN_ALL)].some((m) => fewer(m.slice(1).find((g) => g !== undefined))) || [...s.matchAll(SUBSET_ZH_ALL)].some((m) => fewer(m[1]));
  if (subset(upToNextSentence(text.slice(a.clauseEnd)))) return true;
  const section = a.paragraph.section;
  if (!a.inHeading || !section || section.marker.line !== a.paragraph.firstLine || a.clauseEnd < text.trimEnd().length - 1) return false;
  const next = nextParagraph(lists.doc, a.paragraph);
  return !!next && next.section === section && subset(upToNextSentence(next.text));
}
