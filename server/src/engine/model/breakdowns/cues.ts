// A whole, then a cue, then its parts, in one sentence (totalBreakdown, the first reader and the one that wins):
//   全市共有学校128所，其中小学80所… · 共招生4500人，分别为城区1200人… · 823名（其中文科299人…） · 反馈的23个问题中，…
//   1,200 students, of which 700 … · 61,000 buildings in the flood plain, of which … · Of the 64 staff, 41 … (opening
//   its sentence) · £420,000 for 2026/27 is made up of … · Total staff: 64, of whom …
// and, with no cue word, a whole stated with 共/现有 and a comma before categories of one kind (statedCommaBreakdown) or
// before statuses of one progress (statusCommaBreakdown).

import { ownTotalAmong } from '../prose-splits-placed';
import { placesOfEarlierCount } from './in-places';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { FAMILY_OF, familyOf, labelOf, inOneFamily, memberOfFamilyIn } from './kinds';
import { announcedKinds } from './en-labelled';
import { closedList, collectParts, placesAfterColon } from './parts';
import { wholeOfJoinedZh } from './joined-wholes-zh';
import { COMPARATIVE_LABEL, NOT_PART_COMPOUND, CLAUSE_END, CLAUSE_ENDS_HERE, isChange, isNetChange, AGED_BEFORE, joinedBefore, STATED_TOTAL_ZH, canBeTotal, sentenceStart, wholeNamedByParts, MONEY, regionEnd, periodLabel, type Breakdown } from './shared';

// What comes between a total and its parts: ，其中 · （其中 · ：· ，分别为 · , of which · : · (including …
// The words before the cue stay in the sentence: not past a full stop (300 teachers. Result: 340 teachers).
const CUE_ZH = /^[)）]?(?:[^。；;！？!?.\d０-９]|\.(?!\s)){0,16}?(?:[，,、]\s*)?(?:[（(]\s*)?(其中|分别为|分別為|分别是|分別是|分别用于|分別用於|[：:])/;

// …, of which · (including · : — or a verb that says the total is shared out before the colon (is allocated as
// follows:, was split three ways:).
const CUE_EN =
  /^(?:\s+in\s+total|\s+altogether|\s+overall|\s+in\s+all|\s+(?:is|was|are|were|will\s+be)\s+(?:split|divided|allocated|broken\s+down|distributed|apportioned|shared)\b[^.;:\d]{0,24}(?=:))?\s*(?:,\s*|\s+)?(?:\(\s*)?(of\s+which|of\s+whom|including|comprising|consisting\s+of|made\s+up\s+of|(?:comprise|comprises|comprised|consist\s+of|consists\s+of|consisted\s+of|(?:are|is|were|was)\s+made\s+up\s+of|(?:are|is|were|was)\s+divided\s+into|(?:are|is|were|was)\s+split\s+into|(?:(?:is|was|are|were|being)\s+)?(?:funded|financed|paid\s+for)\s+by)(?=\s+[£$€]?\d)|:|—|–)/i;

// The same cues after a phrase that places the total: in the flood plain, of which · on roll in October 2024: ·
// over the three years to 2028/29, of which (a financial year after the year)
// $214.6 million across all funds, including a General Fund of $86.2 million: what the whole takes in, named before each amount
// A span of time may hold its count: over 12 months, during the first 2 years (the count is no part).
// 2,860 people to set a quit date, of whom …: people, what they did or were, then "of whom" (which names people only).
const CUE_EN_WHOM = /^\s+(?:to|who|that|with|from|for|in|on|at|aged|living|referred|registered|supported|enrolled)\s[^.;:!?()\d,]{1,48}?,\s*(of\s+whom)/i;

const CUE_EN_PLACED = /^\s+(?:in|on|at|across|for|over|during|within)\s(?:(?:[^.;:!?()\d,]|\d{1,3}\s(?=(?:days?|weeks?|months?|quarters?|years?)\b)){1,44}?(?:\s\d{4}(?:[/–—-]\d\d(?:\d\d)?)?)?|\d{4}(?:[/–—-]\d\d(?:\d\d)?)?)(?:,\s*(of\s+which|of\s+whom|including)|\s*(:))/i;

// £420,000 for 2026/27 is made up of … · £1.2 million in 2025 was funded by …: the year the total is for, then a verb that
// says what the whole is made of (not "of which", which the year may end a clause before).
const CUE_EN_YEAR_MADE_OF = /^\s+(?:for|in)\s+(?:(?:the\s+)?(?:financial\s+)?year\s+)?\d{4}(?:[/-]\d\d(?:\d\d)?)?\s*,?\s+((?:is|was|are|were)\s+made\s+up\s+of|comprising|consisting\s+of|made\s+up\s+of|comprises|comprised|consists\s+of|consisted\s+of|(?:(?:is|was|are|were)\s+)?(?:funded|financed|paid\s+for)\s+by)(?=\s+[£$€]?\d)/i;

// "The 12 trustees comprise the Chair, 5 elected trustees and 6 appointed trustees": what the whole is made of, opened
// by one member named alone (counted as one in parts.ts, breakdowns/named-members.ts) before the first figure.
const CUE_EN_MADE_OF_NAMED = /^\s+(comprise|comprises|comprised|consist\s+of|consists\s+of|consisted\s+of|(?:are|is|were|was)\s+made\s+up\s+of)(?=\s+(?:the|a|an|one)\s+[A-Za-z][A-Za-z'’ -]{0,40}(?:\([^()\d]{1,30}\))?,\s*\d)/i;

// 反馈的23个问题中，已整改到位17个… · 14个乡镇商贸中心中，新建6个、改造提升9个: the whole named, then 中 and a comma.
// The noun after the figure holds no comma or figure, so 3个月中 or 在推进过程中 after a clause is no whole.
const AMONG_ZH = /^[\p{sc=Han}“”]{1,12}?(中)[，,]/u;

/**
 * 38个部门中，有31个部门存在问题，涉及问题93个，9个部门未发现问题: the parts whose clause leaves out the whole's noun (部门)
 * where another part names it — they count another thing (问题). A rest (其余5个) counts the whole's things unnamed.
 */
function partsOfOtherNouns(text: string, total: Figure, cueAt: number, parts: readonly Figure[]): Set<Figure> {
  const out = new Set<Figure>();
  const m = /^[^\p{sc=Han}]{0,2}([\p{sc=Han}]{1,8}?)中/u.exec(text.slice(total.offset + total.length, cueAt));
  const noun = m?.[1].replace(/^(?:个|個|名|家|所|项|項|件|户|戶|人)/, '');
  if (!noun) return out;
  let named = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    // The part's clause: from the mark before it (or the cue) to the mark after it.
    const before = text.slice(i === 0 ? cueAt : parts[i - 1].offset + parts[i - 1].length, p.offset);
    const after = /^[^，,、；;。：:]{0,12}/.exec(text.slice(p.offset + p.length, p.offset + p.length + 12))?.[0] ?? '';
    const clause = before.slice(Math.max(before.search(/[^，,、；;。：:]*$/), 0)) + after;
    if (clause.includes(noun)) named = true;
    else if (!/其余|其他|剩余|余下|另有|其它/.test(clause)) out.add(p);
  }
  return named ? out : new Set();
}

/** The line (a segment of the paragraph) that holds the offset. */
function lineOf(paragraph: Paragraph, offset: number): { offset: number; length: number } | undefined {
  for (const s of paragraph.segments) if (offset >= s.offset && offset <= s.offset + s.length) return s;
  return undefined;
}

/** What opens the items of an announced list after its colon: 一是, 一要, 第一，, 其一, 首先, （一）, 一、, 1. */
const ITEMS_OPEN_ZH = /^\s*(?:[一壹](?:是|要|抓|来|則|则)|第一[，,、]|其一|首先|[（(]一[）)]|一、|1[.．、](?!\d))/;

/** "Total loans were 412,000, comprising 268,000 print items…": a bare number the words before call a total. */
function bareEnglishTotal(text: string, total: Figure): boolean {
  if (total.dimension !== '' || total.perUnit) return false;
  const words = text.slice(total.subjectStart, total.offset);
  // Or a label before a colon: "Total staff: 64, of whom 41 are full-time".
  return (
    (/\btotal(?:led|ed|ling|s)?\b/i.test(words) && !/\p{sc=Han}/u.test(words)) ||
    TOTAL_LABEL_EN.test(text.slice(Math.max(0, total.offset - 40), total.offset)) ||
    // Support contacts: 2,310 in total, of which …
    /^\s+(?:in\s+total|in\s+all|altogether)\b/i.test(text.slice(total.offset + total.length, total.offset + total.length + 16))
  );
}

const TOTAL_LABEL_EN = /\btotal\b[A-Za-z' -]{0,30}:\s*$/i;

/** "Of the 64 staff, 41 are full-time and 27 part-time": the whole named first, its parts after the comma. */
// "Of 420 cases, 310 …" opening its sentence: the same without the article (ofTheWhole asks for the sentence start).
const OF_THE_EN = /(?:^|[.;]\s+|\s)of\s+(?:(?:the|our|its|their|these|those|all)\s+)?$/i;

/** ", including " · ", of which " right after a figure: the parts of that figure, inside a list it is an item of. */
const ITEM_SUBPARTS_EN = /^\s*,\s*(?:including|of\s+wh(?:ich|om))\s*$/i;

/** A colon right after an English figure (14 new positions: 9 in …), no Chinese in its words. */
function partColonEn(text: string, f: Figure, cueAt: number): boolean {
  return /^\s*:\s*$/.test(text.slice(f.offset + f.length, cueAt)) && !/\p{sc=Han}/u.test(text.slice(f.subjectStart, cueAt));
}

/**
 * The first reader: a total at each figure followed by its parts (totalBreakdown). `taken` gets every part read, for
 * the later readers, which leave a figure read here alone.
 */
export function cueBreakdowns(paragraph: Paragraph, figures: readonly Figure[], taken: Set<Figure>): Breakdown[] {
  const out: Breakdown[] = [];
  for (let k = 0; k < figures.length; k++) {
    const b = totalBreakdown(paragraph, figures, k);
    if (!b) continue;
    // A part is the total of a nested breakdown only in brackets (小学80所（其中完小50所、教学点30所））: after a comma
    // (其中党员120人，其中女性80人) the second list may count the whole again.
    // So is a list item's own ", including …" or ", of which …", which the list reads as no part of its own (single
    // person discount £0.92 million, including £0.71 million from data matching and £0.35 million from reviews, and …).
    // So is an English part that a colon follows ("1,046 positions, including 14 new positions: 9 in …, 4 in …"): the
    // list before it ended there (parts.ts), and what the colon opens is its own.
    if (taken.has(figures[k]) && !b.bracketed && !ITEM_SUBPARTS_EN.test(paragraph.text.slice(figures[k].offset + figures[k].length, b.cueAt)) && !partColonEn(paragraph.text, figures[k], b.cueAt)) continue;
    out.push(b);
    for (const p of b.parts) taken.add(p);
  }
  return out;
}

/** in March, during 2025, over 12 months, in the year: a placing phrase that is a time, not a place. */
const PLACED_IN_TIME_EN = /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|year|years|quarter|month|months|week|weeks|day|days|period|term|season|spring|summer|autumn|winter|time|hours?)\b/i;

/** 4512笔、21.36亿元: the 、 alone between two measures of one thing. */
const PAIR_MARK_ZH = /^、$/;

/** A total at figures[k] followed by its parts. */
function totalBreakdown(paragraph: Paragraph, figures: readonly Figure[], k: number): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  // 新登记市场主体1.26万户，同比增长12.3%，其中企业3,860户… · 参保人数48.62万人，参保率97.3%，其中职工16.85万人…: a
  // growth rate or a rate of the level between the level and its parts.
  const growth = !canBeTotal(total) && total.dimension === '%';
  if (!canBeTotal(total) && !growth && !bareEnglishTotal(text, total)) return undefined;
  // residents aged 40 to 74, of whom …: an age, not a count of the people.
  if (AGED_BEFORE.test(text.slice(Math.max(0, total.offset - 24), total.offset))) return undefined;
  // "answered 214,360 calls in 2025–26, of which …": the number that ends a period's label is no count.
  if (periodLabel(text, total)) return undefined;
  let from = total.offset + total.length;
  // 1,286件，同比增长8.6%（上年1,184件），其中民事案件842件…: the figure of a comparison in brackets is no whole of the
  // 其中 after the bracket, which is the main figure's before it (look68zh 02).
  if (comparisonBracketHolds(text, total)) return undefined;
  // 四个“保障”：即…: a count of slogans announced in words, whose items are not parts of a quantity.
  if (total.words && /^[“"「『‘]/.test(text.slice(from, from + 1))) return undefined;
  // “一人一策”就业帮扶，其中312人 · “一人一档”: a count in words that opens a quoted slogan is no whole.
  if (total.words && /[“"「『‘]$/.test(text.slice(Math.max(0, total.offset - 1), total.offset))) return undefined;
  // 脱贫户86户312人，其中…户: a count of households and of people glued together; the parts may be of either.
  // So is a pair joined by 、 alone (个人住房贷款4512笔、21.36亿元，其中首套房贷款3980笔…).
  const glued = figures[k + 1] !== undefined && (figures[k + 1].offset === from || PAIR_MARK_ZH.test(text.slice(from, figures[k + 1].offset))) && figures[k + 1].dimension !== total.dimension ? figures[k + 1] : undefined;
  if (glued) from = glued.offset + glued.length;
  // 486个（第1季度142个、第2季度178个、第3季度166个），其中涉及耕地的213个: a breakdown in brackets right after the
  // whole, then a cue for the whole's parts after them.
  const skipped = glued ? -1 : bracketedBreakdownEnd(text, figures, k, from);
  if (skipped > 0) from = skipped;
  // 56: room for a placing phrase (over the three years to 2028/29) before its cue.
  const ahead = text.slice(from, Math.min(text.length, from + 56));
  const zh = CUE_ZH.exec(ahead) ?? (canBeTotal(total) && !total.approximate ? AMONG_ZH.exec(ahead) : null);
  const en = zh ? null : CUE_EN.exec(ahead);
  // 61,000 buildings in the flood plain, of which … / 412 pupils on roll in October 2024: 198 boys and 220 girls.
  const placed = zh || en ? null : (CUE_EN_PLACED.exec(ahead) ?? CUE_EN_WHOM.exec(ahead) ?? CUE_EN_YEAR_MADE_OF.exec(ahead) ?? CUE_EN_MADE_OF_NAMED.exec(ahead));
  const ofThe = zh || en || placed ? null : ofTheWhole(text, total, ahead);
  // "Our 412 staff work in four teams: 168 in Infrastructure, …": the words that count the kinds, then the colon.
  const counted = zh || en || placed || ofThe ? null : COUNTED_KINDS_EN.exec(ahead);
  const cue = zh ?? en ?? placed ?? ofThe ?? counted;
  if (!cue) return statedCommaBreakdown(paragraph, figures, k, from, glued ? k + 2 : k + 1) ?? (glued ? undefined : statusCommaBreakdown(paragraph, figures, k, from));
  // A rate that is no change stands between a level and its parts only before 其中 ("100% of which meet the
  // standard" is a share of the figure before, not a rate beside it).
  if (growth && cue[1] !== '其中' && !isChange(text, total)) return undefined;
  const cueAt = from + cue.index + cue[0].length;
  // "412 pupils in 6 schools, of whom 187 took part": the count of the places the people before are in is no whole of
  // whom; the people are.
  if (!zh && /of\s+whom/i.test(cue[0]) && placesOfEarlierCount(text, total.offset)) return undefined;
  // "31 full-time and 9 part-time staff, of whom 12 …": an "of whom" after counts joined by "and" is of them all (not
  // where the counts are themselves parts after a colon: "412 staff: 186 in repairs … and 40 in …, of whom 430 …").
  if (en && /^of\s+wh|^including$/i.test(cue[1] ?? '') && joinedBefore(text, figures, k)) return undefined;
  // …第3季度166个），其中…: the last item of a bracketed breakdown is no whole of the 其中 after the bracket, which is the
  // figure's before the bracket.
  if (zh && /[)）]/.test(text.slice(from, cueAt)) && closesBreakdownOf(text, figures, k, cueAt)) return undefined;
  // £0.61m (prior year: £0.72m) · 收入1.84亿元（上年：1.62亿元）: a comparative in brackets is no part.
  if (/[：:]\s*$/.test(cue[0]) && COMPARATIVE_LABEL.test(text.slice(from, cueAt))) return undefined;
  // A row's label at the start of the next line (A: North  £40,000  £12,000 under a table's header): the colon is the
  // label's, not one that opens the parts of a figure on the line before.
  if (/[：:]\s*$/.test(cue[0]) && rowLabelColon(paragraph, total.offset + total.length, cueAt)) return undefined;
  // 主要从四个方面开展工作：一是…建成区级中心1个、街道级综合体8个: a colon that opens the items of an announced list
  // (一是, 第一，, （一）) opens no breakdown of the count before it.
  if (zh && (cue[1] === '：' || cue[1] === ':') && ITEMS_OPEN_ZH.test(text.slice(cueAt, cueAt + 6))) return undefined;
  // 5个方面：已整改113个，正在整改13个 · 上述五个方面合计：…: a count of categories before a colon counts the headings the
  // figures after it are given under, not the things they count.
  if (zh && (cue[1] === '：' || cue[1] === ':') && /^(?:个|個|项|項|类|類)$/.test(total.unit) && CATEGORY_BEFORE_COLON_ZH.test(text.slice(total.offset + total.length, cueAt))) return undefined;
  // 共发现问题20个，涉及6个方面，其中党建方面8个: the count of the categories before 其中 is no whole of what each counts.
  if (zh && cue[1] === '其中' && /^(?:个|個|项|項|类|類)$/.test(total.unit) && CATEGORY_BEFORE_CUE_ZH.test(text.slice(total.offset + total.length, cueAt))) return undefined;
  // A cue inside a later clause about another figure is not this total's: the next figure must come after it.
  let first = glued ? k + 2 : k + 1;
  // 干部职工412人，分布在四个科室：…: the count of the kinds between the whole and its colon is no part, and says how many
  // parts make all of it.
  let announced: number | undefined;
  if (placed || skipped > 0) while (first < figures.length && figures[first].offset < cueAt) first++;
  else if (first < figures.length && figures[first].offset < cueAt) {
    announced = glued ? undefined : zh ? announcedKindsZh(text, total, figures[first], cueAt) : counted && announcedKinds(ahead) === figures[first].value ? figures[first].value : undefined;
    if (announced === undefined || first + 1 >= figures.length || figures[first + 1].offset < cueAt) return undefined;
    first++;
  }
  const firstPart = first;
  // 年末全国人口140601万人，比上年末减少227万人，其中城镇常住人口94879万人: the parts are of the level stated
  // before the change, unless they are changes too (增加227万人，其中城镇增加…).
  let whole = k;
  if (growth) {
    const first = figures[skipped > 0 ? firstPart : k + 1];
    if (!first || isChange(text, first) || !canBeTotal(first)) return undefined;
    whole = sameSentenceLevel(text, figures, k, first.dimension);
    if (whole < 0) return undefined;
  } else if (isChange(text, total) && k + 1 < figures.length && !isChange(text, figures[k + 1]) && !isNetChange(text, total)) {
    // (净增320人，其中新注册560人、注销190人: a net change's parts are what came in and went out, read below.)
    whole = sameSentenceLevel(text, figures, k);
    if (whole < 0) return undefined;
  }
  const english = en !== null || placed !== null || ofThe !== null || counted !== null;
  if (counted && announced === undefined) announced = announcedKinds(ahead);
  let b = collectParts(paragraph, figures, whole, first, cueAt, cue[0], cue[1] ?? cue[2], english);
  // 在全县12个乡镇中，共建成…386个: a total of its own across the places, no part of them (prose-splits-placed.ts).
  if (b && zh && cue[1] === '中' && ownTotalAmong(text.slice(cueAt, b.parts[0].numberStart))) return undefined;
  // 审计抽查的38个部门中，有31个部门存在问题，涉及问题93个: once a part names the whole's noun again (31个部门), a later
  // clause that does not (涉及问题93个, 共建设施42个) counts another thing, no part of the N个X中.
  if (b && zh && cue[1] === '中') {
    const other = partsOfOtherNouns(text, total, cueAt, b.parts);
    if (other.size > 0) {
      const kept = figures.filter((f) => !other.has(f));
      // The first part left: the parts' first may be one of the other nouns' (46所小学中，45所全部达标，1所小学未达标).
      const firstKept = kept.findIndex((f) => f.offset >= cueAt && b!.parts.includes(f));
      const wholeKept = kept.indexOf(figures[whole]);
      const trimmed = firstKept < 0 || wholeKept < 0 ? undefined : collectParts(paragraph, kept, wholeKept, firstKept, cueAt, cue[0], cue[1], english);
      b = trimmed && trimmed.parts.length > 0 ? { ...trimmed, whole: false } : undefined;
    }
  }
  // Donations and legacies  £284,500⏎    of which legacies  £112,000⏎  Grants  £231,600: an "of which" line is a
  // breakdown of the line above it only; the lines after it are that line's siblings.
  if (b && english && /^of\s+wh/i.test(cue[1] ?? cue[2] ?? '')) {
    const line = lineOf(paragraph, cueAt);
    if (line && line.offset > total.offset + total.length - 1 && b.parts.some((p) => p.offset >= line.offset + line.length)) {
      const next = b.parts.find((p) => p.offset >= line.offset + line.length)!;
      const trimmed = collectParts(paragraph, figures.slice(0, figures.indexOf(next)), whole, first, cueAt, cue[0], cue[1] ?? cue[2], english);
      b = trimmed && trimmed.parts.length > 0 ? { ...trimmed, whole: false } : undefined;
    }
  }
  // 本科专业78个，涵盖工学、理学…7个学科门类，其中工学专业41个: the figure before 其中 counts what follows it (学科门类),
  // while the parts count what an earlier figure of the sentence does (专业): that one is their whole.
  if (b && zh && whole === k) {
    // 医疗收入9.86亿元，结余0.92亿元，其中牵头医院医疗收入7.62亿元，成员单位医疗收入2.24亿元: the parts repeat the noun of
    // an earlier figure of the sentence, which the figure before 其中 does not bear.
    let earlier = earlierWholeOfParts(text, figures, k, b.parts);
    if (earlier < 0) earlier = wholeNamedByParts(text, figures, b.parts, k, sentenceStart(text, total.offset, 200), total.offset);
    if (earlier >= 0) b = collectParts(paragraph, figures, earlier, first, cueAt, cue[0], cue[1] ?? cue[2], english);
    // 审批通过420件、不予批准36件，其中住宅类400件: two counts each named, the parts of the one they name, else of none.
    // (Not 其中 in brackets right after the figure: 中心小学18所（其中寄宿制学校12所…）, of that figure alone.)
    else if (b && cue[1] === '其中' && !glued && /^[，,]\s*其中$/.test(text.slice(from, cueAt))) {
      const named = wholeOfJoinedZh(text, figures, k, b.parts);
      if (named < 0) return undefined;
      if (named !== k) b = collectParts(paragraph, figures, named, first, cueAt, cue[0], cue[1], english);
    }
  }
  // After words that place the total, a colon may also open something else (in March: 400 in April): only parts
  // that split it by kind (boys and girls) are its breakdown.
  // Not so an amount for a year split into three amounts or more, closed by "and" and the sentence ("The Fund totals
  // £12.4 million for 2026/27: £7.8 million is passed to …, £3.1 million funds … and £2.2 million supports …"): the
  // uses of one budget.
  // "2,340 families across the county: 1,420 in Northshire and 1,050 in the Southdown district": a place, not a time,
  // split by the places each part is in, one each — none of them in two.
  if (b && placed && placed[2] !== undefined && !PLACED_IN_TIME_EN.test(placed[0]) && placesAfterColon(text, b.parts, total)) b = { ...b, partition: true, groups: [b.parts] };
  else if (b && placed && placed[2] !== undefined && !inOneFamily(b.parts) && !budgetForYear(text, total, b, ahead)) return undefined;
  // 分布在四个科室：基础设施科168人、社区科104人、财务科66人、综合科84人: as many parts, each named differently, as the
  // kinds counted — all of the whole.
  if (b && announced !== undefined && b.parts.length === announced && !b.partial && b.whole && (english || b.parts.every((p) => p.unit === total.unit)) && new Set(b.parts.map(labelOf)).size === announced) {
    return { ...b, complete: true, partition: true, groups: [b.parts] };
  }
  // 落实镇、村、组三级防汛责任人312名，其中镇级责任人28名、村级责任人96名、组级责任人178名: the whole names its levels
  // and their number, and the parts are those levels, one each — all of the whole (miss47 s03).
  if (b && zh && !b.partial && b.whole && levelsNamed(text, total, b.parts)) return { ...b, complete: true, partition: true, groups: [b.parts] };
  // "412 staff work in four teams: 300 are full-time and 250 are women": not the teams — no breakdown.
  if (counted) return undefined;
  // 计划投资800亿元：实际完成842.6亿元 · "Recruit 200 volunteers: 240 volunteers joined." · 出院0.98万人次，同比增加20.99%：卫生院
  // 出院10.77万人次: one figure after a bare colon is the outturn of a target, or a parallel figure after a slip for ；,
  // not the only part of the figure before it.
  if (b && b.parts.length === 1 && /^[：:—–]$/.test(cue[1] ?? cue[2] ?? '')) return undefined;
  return b;
}

/**
 * What opens a bracket of a comparison, then its one figure and the close: 上年1,184件 · 去年同期778件 · 2025年：4.82亿元 ·
 * 2025年末：996人 · 上年度 · prior year: 5,980 · 2024/25: 1,184.
 */
const COMPARISON_LABEL = String.raw`\s*(?:(?:上年|去年|前年)(?:同期|度|末|底)?|同期|(?:19|20)\d{2}年(?:同期|度|末|底)?|(?:the\s+)?(?:prior|previous|preceding|last|same)\s+(?:financial\s+)?(?:year|period)|PY|LY|(?:FY\s*)?\d{4}(?:\s*[/-]\s*\d{2,4})?(?=\s*[：:]))\s*[：:]?\s*`;
const COMPARISON_OPEN = new RegExp(`^${COMPARISON_LABEL}[-+−]?[\\d０-９][^（()）。；;]*$`, 'i');
const COMPARISON_BEFORE = new RegExp(`[（(]${COMPARISON_LABEL}$`, 'i');

/**
 * Whether `total` is the one figure of a comparison in brackets (（上年1,184件）), closed right after it, and a cue follows
 * the bracket (，其中): the cue is the figure's before the bracket.
 */
function comparisonBracketHolds(text: string, total: Figure): boolean {
  const end = total.offset + total.length;
  if (!/^\s*[)）]/.test(text.slice(end, end + 3))) return false;
  if (!COMPARISON_BEFORE.test(text.slice(Math.max(0, total.offset - 24), total.offset))) return false;
  const close = text.slice(end).search(/[)）]/);
  return CUE_AFTER_BRACKET.test(text.slice(end + close + 1, end + close + 13));
}

/** ，其中 · , of which · , of whom: a cue right after a bracket. */
const CUE_AFTER_BRACKET = /^\s*[，,]\s*(?:其中|of\s+wh(?:ich|om)\b)/i;

/**
 * Where a bracket that opens right at `from`, after figures[k], closes (the index after it), when it holds figures of
 * figures[k]'s dimension (486个（第1季度142个、第2季度178个…）) and a cue follows it (，其中 · , of which); else -1.
 */
function bracketedBreakdownEnd(text: string, figures: readonly Figure[], k: number, from: number): number {
  const open = text[from];
  if (open !== '（' && open !== '(') return -1;
  const close = text.slice(from + 1, from + 160).search(/[（()）]/);
  if (close < 0 || !/[)）]/.test(text[from + 1 + close])) return -1;
  const end = from + 2 + close;
  if (!CUE_AFTER_BRACKET.test(text.slice(end, end + 12))) return -1;
  const total = figures[k];
  // 1,286件，同比增长8.6%（上年1,184件），其中… · 5.26亿元（2025年：4.82亿元），其中…: a comparison in brackets is skipped
  // whatever it counts; the 其中 is of the figure before it.
  if (COMPARISON_OPEN.test(text.slice(from + 1, end - 1))) return end;
  // (158 in spring and 194 in autumn): bare numbers count what the whole counts.
  for (let j = k + 1; j < figures.length && figures[j].offset < end; j++) if (figures[j].dimension === total.dimension || (total.dimension === 'count' && figures[j].dimension === '')) return end;
  return -1;
}

/**
 * Whether a bracket that holds figures[k] closes between it and `to`, and opened right after a figure of its dimension
 * (486个（…第3季度166个）): figures[k] is an item of that figure's breakdown.
 */
function closesBreakdownOf(text: string, figures: readonly Figure[], k: number, to: number): boolean {
  const total = figures[k];
  let depth = 0;
  for (let i = total.offset - 1; i >= 0 && total.offset - i < 160; i--) {
    const c = text[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (!/[)）]/.test(text.slice(total.offset + total.length, to))) return false;
      return figures.some((f, j) => j < k && f.offset + f.length === i && f.dimension === total.dimension);
    } else if (depth === 0 && /[。！？!?；;]/.test(c)) return false;
  }
  return false;
}

/**
 * Whether the colon before `cueAt` ends a short label that opens the line after the one the total ends (a table's
 * row: nothing after the total on its line).
 */
function rowLabelColon(paragraph: Paragraph, totalEnd: number, cueAt: number): boolean {
  const segment = paragraph.segments.find((s) => s.offset <= cueAt && cueAt <= s.offset + s.length);
  if (!segment || segment.offset < totalEnd || paragraph.text.slice(totalEnd, segment.offset).trim() !== '') return false;
  return /^\s*[^\d\s:：][^\d:：]{0,14}[:：]\s*$/.test(paragraph.text.slice(segment.offset, cueAt));
}

/** 6个方面，其中: a count of categories, then a comma and 其中. */
const CATEGORY_BEFORE_CUE_ZH = /^(?:方面|领域|領域|环节|環節|类别|類別|类型|類型)[，,]?\s*其中[，,：:]?\s*$/u;

/** 方面, 领域, 环节…: nouns that count categories (the headings of what follows), read between a count and its colon. */
const CATEGORY_BEFORE_COLON_ZH = /^(?:个|個|项|項|类|類)?(?:方面|领域|領域|层面|層面|维度|維度|环节|環節|板块|板塊|类别|類別|部分|学段|學段|片区|片區|标段|標段|阶段|階段|区域|區域|层级|層級|组别|組別|梯队|梯隊|档次|檔次|网格|網格|类型|類型)(?:\p{sc=Han}{0,4})?[：:]?\s*$/u;

/** " work in four teams:", " are split across 3 sites:": a count of the kinds before the colon (announcedKinds). */
const COUNTED_KINDS_EN = /^\s+[a-z][a-z -]{0,40}?\b(?:in|into|across|between|among|over|by)\s+(?:(?:the|its|our|their)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+[a-z]+s\s*(:)/i;

/** 镇、村、组三级 · 县乡两级: the levels a whole is held at, named one by one, then their number and 级. */
const LEVELS_NAMED_ZH = /(\p{sc=Han}(?:、\p{sc=Han}){1,4})(两|二|三|四|五)级/u;
const LEVEL_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

function levelsNamed(text: string, total: Figure, parts: readonly Figure[]): boolean {
  const m = LEVELS_NAMED_ZH.exec(text.slice(sentenceStart(text, total.offset, 200), total.offset));
  if (!m) return false;
  const levels = m[1].split('、');
  if (levels.length !== LEVEL_COUNT[m[2]] || parts.length !== levels.length) return false;
  return parts.every((p, i) => p.unit === total.unit && labelOf(p).replace(/^其中[：:]?/, '').startsWith(`${levels[i]}级`));
}

/** ，分布在四个科室： · ，分为三个学段： · ，分三类：: the words that share the whole out, a count of kinds, their noun, the colon. */
const ANNOUNCED_BEFORE_ZH = /^[，,]\s*\p{sc=Han}{0,4}?(?:分为|分為|分成|划分为|劃分為|分布在|分佈在|分布于|分佈於|分属|分屬|分)$/u;
const ANNOUNCED_AFTER_ZH = /^\p{sc=Han}{1,6}[：:]$/u;

/** The count of kinds between a whole and its colon (四个科室, 三类), when it is one: 2 to 12, in words. */
function announcedKindsZh(text: string, total: Figure, count: Figure, cueAt: number): number | undefined {
  if (!count.words || !/^(?:个|個|类|類|种|種|大类|大類)$/.test(count.unit) || !Number.isInteger(count.value) || count.value < 2 || count.value > 12) return undefined;
  if (!ANNOUNCED_BEFORE_ZH.test(text.slice(total.offset + total.length, count.offset))) return undefined;
  return ANNOUNCED_AFTER_ZH.test(text.slice(count.offset + count.length, cueAt).trim()) ? count.value : undefined;
}

/** The comma after "Of the 64 staff" opening a sentence, read as the cue of the parts that follow. */
function ofTheWhole(text: string, total: Figure, ahead: string): RegExpExecArray | null {
  if (total.dimension !== 'count') return null;
  const before = text.slice(Math.max(0, total.offset - 16), total.offset);
  const of = OF_THE_EN.exec(before);
  if (!of) return null;
  const lead = text.slice(0, total.offset - before.length + of.index).trimEnd();
  return lead === '' || /[.;:!?]$/.test(lead) ? /^(,)/.exec(ahead) : null;
}

/**
 * The figure earlier in the sentence that the parts are of, when the total before the cue counts something else: its
 * noun follows it (7个学科门类) and is not the noun every part ends in (工学专业41个), which an earlier figure of the same
 * unit does end in (本科专业78个). -1 when there is none: 128所学校，其中小学80所 has no other whole to offer.
 */
function earlierWholeOfParts(text: string, figures: readonly Figure[], k: number, parts: Figure[]): number {
  const total = figures[k];
  const counted = /^\p{sc=Han}{2,8}(?=[，,（(]|其中)/u.exec(text.slice(total.offset + total.length, total.offset + total.length + 12));
  const heads = new Set(parts.map((p) => labelOf(p).slice(-2)));
  if (!counted || heads.size !== 1) return -1;
  const head = [...heads][0];
  if (!/^\p{sc=Han}{2}$/u.test(head) || counted[0].includes(head)) return -1;
  for (let j = k - 1; j >= 0; j--) {
    const f = figures[j];
    if (CLAUSE_END.test(text.slice(f.offset + f.length, total.offset))) return -1;
    if (f.dimension === total.dimension && canBeTotal(f) && !isChange(text, f) && f.subject.endsWith(head)) return j;
  }
  return -1;
}

/** 全县共建成村级服务站126个，: a figure the text states as the whole, then a comma and the next clause. */
const STATED_COMMA_ZH = /^[，,]/;

/** A place named by its name and its level: 城关镇, 河口镇, 东城街道, 北山乡 (the level one for all the parts). */
const PLACE_LABEL = /^\p{sc=Han}{1,6}?(镇|鎮|乡|鄉|街道|社区|社區|村|县|縣|区|區|市)$/u;

/**
 * 全县共建成村级服务站126个，东区48个、西区52个、北区38个: no cue word, but a whole stated with 共 (共有, 共计, 合计) and
 * right after its comma parts that are members of one kind (places of one level, areas, stages) — they cannot be more
 * than it. Only a sum above the whole is read: the list may leave parts out.
 */
function statedCommaBreakdown(paragraph: Paragraph, figures: readonly Figure[], k: number, from: number, first: number): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  if (first + 1 >= figures.length || total.approximate || total.unit === '' || !STATED_COMMA_ZH.test(text.slice(from, from + 1))) return undefined;
  // 共建成 is 共 and 建成 (built in all), not the 共建 of 共建共享.
  const words = text.slice(total.subjectStart, total.offset);
  // 全县现有养老机构42家，公办18家、民办26家: what there is now (现有) is the whole stock, as 共有 says.
  const stock = STOCK_ZH.test(words);
  // 现有养老机构不少于42家: a floor, not the whole; the parts may add up to more.
  if (/(?:不少于|不少於|不低于|不低於|至少|超过|超過|多于|多於|逾)\s*$/.test(text.slice(Math.max(0, total.offset - 4), total.offset)) || /^\s*(?:以上|多)/.test(text.slice(total.offset + total.length))) return undefined;
  const stated = STATED_TOTAL_ZH.test(words.replace(NOT_PART_COMPOUND, '')) || /共(?:建成|建立|建有)/.test(words) || stock;
  // The first part starts the clause after the comma: its label and figure, nothing between (东区48个).
  const next = figures[first];
  if (next.dimension !== total.dimension || next.unit !== total.unit || next.subjectStart !== from + 1 && !/^[，,]\s*$/.test(text.slice(from, next.subjectStart))) return undefined;
  // Without 共 or 现有 only answers or decisions split the count (below), the first part named by one: every part is a
  // figure from `first` on (or plusChain's copy of one, with its label), so where none from there is named by an answer,
  // no parts are collected at all (perf43warm: collectParts ran after every comma between two figures of one unit).
  if (!stated && !answerNamedFrom(figures, first)) return undefined;
  const b = collectParts(paragraph, figures, k, first, from + 1, '，', '，', false);
  if (!b || b.parts.length < 2 || b.parts.some((p) => p.unit !== total.unit)) return undefined;
  // Every part in a clause of the list: 、 between them, or a comma before a bare label and figure.
  for (let i = 1; i < b.parts.length; i++) if (!/^\s*[、，,]\s*\p{sc=Han}{1,8}$/u.test(text.slice(b.parts[i - 1].offset + b.parts[i - 1].length, b.parts[i].offset))) return undefined;
  const places = b.parts.map((p) => PLACE_LABEL.exec(labelOf(p)));
  const samePlaces = places.every((m) => m && m[1] === places[0]![1]) && new Set(b.parts.map(labelOf)).size === b.parts.length;
  // Each part is named by its member first (小学32所, 男党员826人): not 覆盖行政村148个, a clause of its own about the whole.
  const named = b.parts.every((p) => {
    const label = labelOf(p);
    const member = familyOf(label)?.member;
    // 已采纳64件, 予以维持64件: a decision said with 已 or 予以 before it is named by it all the same.
    return member !== undefined && label.length <= 8 && label.toLowerCase().replace(/^(?:已经|已經|已|予以)(?=\p{sc=Han}{2})/u, '').startsWith(member);
  });
  if (!samePlaces && !(named && inOneFamily(b.parts, total))) return undefined;
  // 参加表决的委员64人，赞成41人，反对29人 · 收到申请120件，批准64件、驳回38件、撤回27件: answers or decisions, one for each
  // voter or item, split the count before them with no 共 (not places or kinds, which may be a few of many).
  if (!stated && !(named && !samePlaces && ANSWER_FAMILIES.has(familyOf(labelOf(b.parts[0]))?.family ?? ''))) return undefined;
  // 现有国家级非遗项目12项，省级28项、市级56项: a whole named by a member of its parts' family is one of them, not their whole.
  if (named && memberOfFamilyIn(words, familyOf(labelOf(b.parts[0]))?.family)) return undefined;
  // 其中维持5件，撤销4件，驳回3件 · 予以公开27件，部分公开9件…: a figure named by an answer of the parts' own family is the
  // first of them, not their whole.
  const answers = familyOf(labelOf(b.parts[0]))?.family;
  if (named && answers !== undefined && ANSWER_FAMILIES.has(answers) && familyOf(labelOf(total))?.family === answers) return undefined;
  return { ...b, complete: false, partition: true, groups: [b.parts], sumOnly: true };
}

/** Families of answers or decisions one voter, respondent or item has only one of (赞成/反对/弃权; 批准/驳回/撤回; 采纳/未采纳). */
const ANSWER_FAMILIES = new Set(['stance', 'reviewDecision', 'handlingResult', 'disclosureReply']);

/** For a paragraph's figures: at each index, the first index from there whose label names an answer (or the length). */
const answerNamedAt = new WeakMap<readonly Figure[], Int32Array>();

/** Whether a figure from `first` on is named by an answer or decision (its label's family one of ANSWER_FAMILIES). */
function answerNamedFrom(figures: readonly Figure[], first: number): boolean {
  let next = answerNamedAt.get(figures);
  if (!next || next.length !== figures.length + 1) {
    next = new Int32Array(figures.length + 1);
    next[figures.length] = figures.length;
    for (let j = figures.length - 1; j >= 0; j--) next[j] = ANSWER_FAMILIES.has(familyOf(labelOf(figures[j]))?.family ?? '') ? j : next[j + 1];
    answerNamedAt.set(figures, next);
  }
  return next[first] < figures.length;
}

/** 现有, 現有: the stock there is now, named before its figure. */
const STOCK_ZH = /现有|現有/;

/** ，办结率 · ，整改率为: a rate named after a list, before its figure. */
const RATE_AFTER_LIST_ZH = /^[，,]\s*\p{sc=Han}{2,6}率\s*(?:为|為|达到|達到|达|達|是)?\s*$/u;
/** ，较上次提高 · ，比上年增长 · ，同比下降: a comparison clause, how some figure changed against an earlier one. */
const CHANGE_AFTER_LIST_ZH = /^[，,]\s*(?:较|較|比|同比|环比|環比)\p{sc=Han}{0,6}?(?:提高|增长|增長|增加|下降|减少|減少|上升|降低|回落)了?\s*$/u;

/** 已全部完成整改的, 正在整改的: a status, its 全部 / 均 / 的 aside, that names a part by itself. */
function statusOf(label: string): { member: string; stage: string } | undefined {
  const status = label.replace(/^[\s、，,]+/, '').replace(/(?<=^已)(?:经)?(?:全部|均)|^(?:全部|均)(?=已)|的$/gu, '');
  if (FAMILY_OF.get(status) !== 'progress') return undefined;
  const stage = /正在|推进|推進|在办|在辦/.test(status) ? 'ongoing' : /^(?:尚未|未)/.test(status) ? 'not' : /^(?:基本|部分|阶段|階段|需|长期|長期)/.test(status) ? 'partly' : 'done';
  return { member: status, stage };
}

/**
 * 存在问题的单位18个，已全部完成整改的15个、正在整改的4个: no cue word, but right after the whole's comma parts named by a
 * status alone (已完成整改的, 正在整改的), each at a different stage, up to the end of the clause: the statuses of that whole,
 * which one thing has only one of. Not a list that mixes other facts (约谈负责人6个) or two statuses of one stage
 * (已完成整改 and 已销号 may overlap). Only a sum above the whole is read.
 */
function statusCommaBreakdown(paragraph: Paragraph, figures: readonly Figure[], k: number, from: number): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  if (total.approximate || total.unit === '' || !canBeTotal(total)) return undefined;
  // 26个问题中已完成整改19个、基本完成整改5个、正在推进整改4个: the whole's noun and 中 before the statuses, no comma.
  const among = STATED_COMMA_ZH.test(text.slice(from, from + 1)) ? null : AMONG_NOUN_ZH.exec(text.slice(from, from + 12));
  if (!among && !STATED_COMMA_ZH.test(text.slice(from, from + 1))) return undefined;
  const parts: Figure[] = [];
  const stages = new Set<string>();
  let at = among ? from + among[0].length : from + 1;
  for (let j = k + 1; j < figures.length; j++) {
    const p = figures[j];
    const gap = text.slice(at, p.offset);
    if (parts.length > 0 && !/^[、，,]/.test(gap)) return undefined;
    // 已办结的312件、正在办理的45件，办结率87.4%。: a rate after the list, at the end of its clause, is no other fact.
    if (parts.length >= 2 && p.dimension === '%' && RATE_AFTER_LIST_ZH.test(gap) && (CLAUSE_ENDS_HERE.test(text.slice(p.offset + p.length, p.offset + p.length + 2)) || CHANGE_AFTER_LIST_ZH.test(text.slice(p.offset + p.length, p.offset + p.length + 16).split(/\d/)[0]))) break;
    // 正在整改9个，较上次提高12.5%。: a comparison after the list says how a figure changed, and ends the list.
    if (parts.length >= 2 && CHANGE_AFTER_LIST_ZH.test(gap)) break;
    const status = statusOf(gap);
    if (!status || p.dimension !== total.dimension || p.unit !== total.unit || p.approximate || stages.has(status.stage)) return undefined;
    stages.add(status.stage);
    parts.push(p);
    at = p.offset + p.length;
    // The list ends its clause: 。 or ； (not 整改率93.8%, another fact after a comma).
    if (CLAUSE_ENDS_HERE.test(text.slice(at, at + 2))) break;
  }
  const ends = CLAUSE_ENDS_HERE.test(text.slice(at, at + 2)) || RATE_AFTER_LIST_ZH.test(text.slice(at, at + 12).split(/\d/)[0]) || CHANGE_AFTER_LIST_ZH.test(text.slice(at, at + 16).split(/\d/)[0]);
  if (parts.length < 2 || !ends) return undefined;
  return { paragraph, total, parts, cueAt: among ? from + among[0].length : from + 1, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true };
}

/** 问题中 · 整改问题之中: the whole's noun right after its figure, then 中 (a comma after it or not). */
const AMONG_NOUN_ZH = /^\p{sc=Han}{1,8}?(?:之中|中)[，,]?/u;

/** The level the change at figures[k] is a change of: the figure of its dimension before it in its sentence. */
function sameSentenceLevel(text: string, figures: readonly Figure[], k: number, dimension = figures[k].dimension): number {
  for (let j = k - 1; j >= 0; j--) {
    const f = figures[j];
    if (CLAUSE_END.test(text.slice(f.offset + f.length, figures[k].offset))) return -1;
    // 完成固定资产投资156.8亿元，完成年度计划180亿元的87.1%，其中…: the plan that a completion rate is of is no level
    // of what was done; the level is the amount before it (look75zh 17).
    if (j === k - 1 && PLAN_BASE_BEFORE_ZH.test(text.slice(Math.max(0, f.offset - 10), f.offset)) && /^\s*的\s*$/.test(text.slice(f.offset + f.length, figures[k].offset))) continue;
    if (f.dimension === dimension && canBeTotal(f) && !isChange(text, f)) return j;
  }
  return -1;
}
const PLAN_BASE_BEFORE_ZH = /(?:计划|計劃|目标|目標|任务|任務|预算|預算)(?:任务|任務|数|數)?\s*$/;

/** £12.4 million for 2026/27: £7.8 million …, £3.1 million … and £2.2 million …: amounts of a year's budget, each in money, closed by "and". */
function budgetForYear(text: string, total: Figure, b: Breakdown, ahead: string): boolean {
  return MONEY.has(total.dimension) && /^\s+(?:for|in)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?\d{4}(?:[/-]\d\d(?:\d\d)?)?\s*:/i.test(ahead) && b.partition && !b.partial && b.parts.every((p) => p.dimension === total.dimension) && (closedList(text, b.parts, regionEnd(text, b.cueAt)) || labelsFirstClosed(text, b));
}

/**
 * £1.84 million in 2025/26: council tax discounts £0.62 million, housing tenancy fraud £0.71 million, Blue Badge misuse
 * £0.09 million and procurement £0.48 million.: three parts or more each named before its amount, a comma between them
 * and "and" before the last, closed by the sentence.
 */
function labelsFirstClosed(text: string, b: Breakdown): boolean {
  const parts = b.parts;
  if (parts.length < 3 || !/^\s*[A-Za-z][^\d.;:()]{2,60}$/.test(text.slice(b.cueAt, parts[0].offset))) return false;
  for (let i = 1; i < parts.length; i++) {
    const gap = text.slice(parts[i - 1].offset + parts[i - 1].length, parts[i].offset);
    const last = i === parts.length - 1;
    if (!(last ? /^,?\s+and\s+[A-Za-z][^\d.;:()]{2,60}$/ : /^,\s+(?!and\b)[A-Za-z][^\d.;:()]{2,60}$/).test(gap)) return false;
    if (/\b(?:other|others|including|such\s+as|etc)\b/i.test(gap)) return false;
  }
  const last = parts[parts.length - 1];
  return /^\s*\.(?:\s|$)/.test(text.slice(last.offset + last.length, last.offset + last.length + 2));
}
