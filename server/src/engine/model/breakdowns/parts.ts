// The parts after a cue (collectParts): every reader that has found a whole and where its parts begin reads them here,
// to the end of the sentence or bracket, and says what the text says about the list (complete, partial, a partition).

import words from '../../data/breakdown-words.json';
import overlapping from '../../data/overlapping-categories.json';
import { alternation } from '../../patterns';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { namedMembers } from './named-members';
import { ownKindsZh } from './zh-own-kinds';
import { waysOfOneVerb } from './channels';
import { REST, familyGroups, familyOf, complementaryClass, kindOf, labelOf, inOneFamily, ownSubject, namedBeforeRespectively, respectivelyOfOneKind } from './kinds';
import { zhOrEnWords, PARTIAL, NOT_PART_COMPOUND, NOT_PART_EN, MONEY, sentenceStart, regionEnd, outsideBrackets, insideBrackets, unranked, LABEL_FIGURE_EN, STATED_TOTAL_ZH, canBeTotal, isChange, isNetChange, type Breakdown } from './shared';

/** 以内, 之内, 以下: after a figure, a limit. */
const LIMIT_AFTER_ZH = /^(?:以内|以內|之内|之內|以下|为限|為限)/;
/** ；支出…, ；结余…: a clause of the spending or the balance after a ；. */
const COUNTERPART_AFTER_ZH = /[；;]\s*(?:全年|本年|当年|當年|年度)?(?:总支出|總支出|支出|结余|結餘|赤字|收支)/;
/** ，当年结余…, ，节约资金…: after a comma, the balance or what was saved — what is left of the income, no part of the spending. */
const BALANCE_AFTER_ZH = /[，,]\s*(?:全年|本年|当年|當年|年度|年末|期末)?(?:结余|結餘|节余|節餘|结转|結轉|节约|節約|净结余|淨結餘|盈余|盈餘|赤字)/;
/** 出口货物退增值税, 出口退税, 减：, 扣除: a deduction among the items, which the whole nets off rather than adds up. */
const DEDUCTION_ZH = /退(?:增值税|增值稅|消费税|消費稅|关税|關稅|税|稅)|出口退|^\s*减[:：]|^\s*減[:：]|扣除|抵减|抵減|冲减|沖減/;
/** 9个方面工作：, 3项任务： after a figure: the figure announces a list of its own. */
const OPENS_LIST_ZH = /^[\p{sc=Han}]{0,6}[：:]/u;

/** half, two thirds, most, the majority (with about, just under…): a share of the whole said in words after "of which". */
const SHARE_IN_WORDS_EN =
  /^\s*(?:(?:just|slightly|well|a\s+little)\s+(?:under|over|below|above)\s+|(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than|over|under|at\s+least)\s+)?(?:half|(?:a|one|two)[\s-](?:third|quarter|fifth|tenth)s?|three[\s-](?:quarters|fifths)|most|the\s+(?:majority|bulk|greater\s+part|lion's\s+share)|nearly\s+all|almost\s+all|all\s+but)\b/i;

/**
 * Three parts or more, the last after "and", then only its own words to the end of the sentence: a list that says it is
 * done (not "…, and others", "; the rest are …", nor a clause after the last part).
 */
export function closedList(text: string, parts: Figure[], end: number): boolean {
  if (parts.length < 3) return false;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (!/\band\s*$/.test(text.slice(before.offset + before.length, last.offset))) return false;
  const tail = text.slice(last.offset + last.length, end);
  return /^[A-Za-z' -]{0,40}(?:\([^()]{0,30}\)[A-Za-z' -]{0,20})?[.!?]?\s*$/.test(tail) && !/\b(?:and|or|other|others|etc)\b/i.test(tail);
}

/**
 * A list that names its kinds without saying it is all of them is read as complete only when it falls short by a
 * twentieth of the whole or less: a kind left out leaves a gap of its own size ("8,400 staff: 3,100 nurses, 900 doctors
 * and 1,200 healthcare assistants"), a mistyped figure a small one (5,082 of 5,128).
 */
export function nearlyAll(parts: Figure[], total: Figure): boolean {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  return sum <= total.value && total.value - sum <= total.value * 0.05;
}

/** seconds, minutes, hours, working days, weeks: a figure that is a length of time. */
const DURATION_EN = /^\s*(?:working\s+|calendar\s+|business\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/i;

/** within, more than, less than, longer than, in under, after, over: the words that make a length of time a limit. */
const DURATION_BOUND_EN = /\b(?:within|more\s+than|less\s+than|longer\s+than|fewer\s+than|in\s+under|under|over|after|up\s+to|at\s+least|inside)\s+$/i;

/** 比上年增加, 全年共…: words in a part's own words that make it a change or a new whole, not a part. */
const NOT_PART = new RegExp(alternation(words.notPart));

/** 增加 · 减少: the sides of a net change, no change of their own there. */
const NET_SIDES_ZH = /^(?:增加|减少|減少)(?:了)?(?=\p{sc=Han}{0,4}$)/u;

/** 应当, 必须, 不得少于, shall, at least: a clause that prescribes, as a regulation's 其中 does for a subgroup. */
const RULE = zhOrEnWords(words.rules);

/** " of these", " of them": a count of some of the whole named in the sentence before. */
const OF_THESE_AFTER_EN = /^\s+of\s+(?:these|them|those)\b/i;

/** ": single person discount " · ", housing ": a list item's label right before its figure, after a colon or a comma. */
const LIST_ITEM_BEFORE_EN = /[:;,]\s*[A-Za-z][A-Za-z' -]{0,40}\s$/;

/** ", and housing " · "; loans ": the next list item's label after the comma (or semicolon) that ends the one before. */
const NEXT_ITEM_EN = /[,;]\s*(?:and\s+)?(?!(?:and|or|plus|with|of|on|in|for|from|to|by)\b)[A-Za-z][A-Za-z' -]{0,40}\s$/i;

/** The parts of `figures[k]` from figures[first], read from `cueAt` to the end of the sentence or bracket. */
export function collectParts(paragraph: Paragraph, figures: readonly Figure[], k: number, first: number, cueAt: number, cueText: string, word: string, english: boolean): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  const bracketed = /[（(]/.test(cueText);
  // "$29.0 million, of which just under half came from the Trusts": the part is said in words, so the figures after
  // it (the group gained $60.5 million…) are not its breakdown.
  if (english && /^of\s+wh/i.test(word) && SHARE_IN_WORDS_EN.test(text.slice(cueAt, cueAt + 40))) return undefined;
  // "12 projects, funded by 20 partners": what paid is no part of what was counted; only money funds money.
  if (english && FUNDED_BY_EN.test(word) && !MONEY.has(total.dimension)) return undefined;
  const end = regionEnd(text, cueAt);
  const netChange = !english && isNetChange(text, total);
  const summed = english ? undefined : plusChain(paragraph, figures, first, cueAt, end, total);
  if (summed) return summed;
  const parts: Figure[] = [];
  let whole = true;
  let approximate = total.approximate;
  // We had 23 incidents: 2 SEV1, 7 SEV2 and 16 SEV3: an English colon (read by the Chinese cue) may open bare numbers
  // that count what the total counts (SEV1 is a label, not a unit).
  const latinColon = !english && word === ':' && total.dimension === 'count' && !/\p{sc=Han}/u.test(text.slice(total.subjectStart, cueAt));
  // The list has had its last "and" (… in 2025-26 and £1.0 billion in 2026-27): a ", and" after it starts a new clause.
  let closed = false;
  // A list in Latin script, whatever cue opened it (an English colon is read with the Chinese cues).
  const latin = english || latinColon || !/\p{sc=Han}/u.test(text.slice(total.subjectStart, end));
  // "£1.84 million: single person discount £0.92 million, including £0.71 million from data matching, and housing £0.48
  // million": an "including" (or "of which") after a list item's figure, its label before it, ends at the next item (a
  // label, then its figure, after a comma or a semicolon).
  const itemIncluding = english && /^(?:including|of\s+wh(?:ich|om))$/i.test(word) && LIST_ITEM_BEFORE_EN.test(text.slice(Math.max(0, total.subjectStart - 2, total.offset - 60), total.offset));
  // The end of the last part of a part read (after "including", "of whom"), and the word that opened it.
  let subPartEnd = 0;
  let subCue = '';
  for (let j = first; j < figures.length && figures[j].offset < end; j++) {
    const p = figures[j];
    if (insideBrackets(text, cueAt, p.offset)) continue;
    // 3,100 were from people aged over 65, 1,900 from families: an age or bound in a part's label is not a part.
    if (english && parts.length > 0 && LABEL_FIGURE_EN.test(text.slice(Math.max(0, p.offset - 12), p.offset))) continue;
    // "1,050 were answered within 60 seconds and 190 took more than 60 seconds": a time limit in a part's words is no part
    // (the figure model may read 60 seconds as a count).
    if ((english || latinColon) && parts.length > 0 && DURATION_EN.test(text.slice(p.numberEnd, p.offset + p.length + 8)) && DURATION_BOUND_EN.test(text.slice(Math.max(0, p.offset - 24), p.offset)) && !DURATION_EN.test(text.slice(total.numberEnd, total.offset + total.length + 8))) continue;
    if (english && parts.length > 0) {
      const gap = text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset);
      if (closed && /,\s*(?:and|plus)\b/.test(gap)) {
        whole = false;
        break;
      }
      if (itemIncluding && NEXT_ITEM_EN.test(gap)) break;
      if (/\b(?:and|or)\b/.test(gap)) closed = true;
      // "92 were medical admissions; in 2024/25, 81 were surgical": a clause of another year is not this list.
      if (/;\s*(?:in|for|during|by)\s+(?:(?:the\s+)?(?:financial\s+)?year\s+)?(?:19|20)\d\d/i.test(gap)) {
        whole = false;
        break;
      }
    }
    // "1,046 positions, including 14 new positions: 9 in …, 4 in … and 3 in …": a colon right after a part opens that
    // part's own breakdown; the list of the whole ends with it.
    if (latin && parts.length > 0 && /^\s*:/.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset))) {
      whole = false;
      break;
    }
    // A second 其中 starts another breakdown: nested (其中小学80所，其中完小50所) or of another kind (其中党员…，其中女性…).
    if (parts.length > 0 && outsideBrackets(text.slice(parts[parts.length - 1].offset, p.offset)).includes('其中')) {
      whole = false;
      break;
    }
    // 其中小学60所、初中30所等，新建高中40所: the 等 closing the list ends it; what follows its comma is a clause of its own.
    if (!english && parts.length > 0 && /等[，,；;]/.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset))) break;
    // 完成造林3.6万亩，其中人工造林2.1万亩、封山育林1.5万亩，完成森林抚育12.4万亩: after parts joined by 、, a clause
    // opened by a verb of work none of them used is a deed of its own, not the next part.
    if (!english && parts.length >= 2 && newDeedAfterList(text, parts, cueAt, p)) break;
    // 在编人员共80人，其中公务员52人、事业编制人员28人，另有编外人员9人: where the parts before it already make the whole,
    // what 另有 (此外, 另外) adds after a comma stands beside the whole, not in it.
    if (!english && parts.length >= 2 && /[，,；;]\s*(?:另有|另外|此外)/.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset)) && parts.every((q) => q.dimension === total.dimension) && Math.abs(parts.reduce((s, q) => s + q.value, 0) - total.value) <= total.scale * 0.5) break;
    // 偏多的仅有7个省，其中福建和广东分别偏多27.9%和19.2%；偏少的有24个省: a clause after 其中 that held no part ends at its
    // ；, and what follows is a sibling of the whole, not a part of it.
    if (!english && parts.length === 0 && /[；;]/.test(outsideBrackets(text.slice(cueAt, p.offset)))) break;
    // 电气原因引发火灾212起，占43.62%，其中电动自行车火灾58起；用火不慎108起…: the 其中 splits one item of a list whose
    // items are set apart by ；, and ends with that item's clause; what follows are the item's siblings.
    if (!english && parts.length === 1 && /[；;]/.test(text.slice(parts[0].offset, p.offset)) && siblingsOfWhole(text, figures, k, j, end)) break;
    // A list written with 、 or ， ends at a ；: what follows is another clause (…南片区4个；新增停车泊位1,200个).
    if (parts.length >= 2 && /[；;]/.test(text.slice(parts[parts.length - 1].offset, p.offset)) && !/[；;]/.test(text.slice(parts[0].offset, parts[parts.length - 1].offset))) break;
    // 债务余额1268.5亿元，其中一般债务432.6亿元、专项债务835.9亿元，债务余额控制在…限额1356.0亿元以内，低于限额87.5亿元:
    // a clause that names the whole again says more of the whole, and the list has ended.
    if (!english && parts.length >= 1 && restatesWhole(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset), total)) break;
    // 收入2.6亿元，其中事业收入0.8亿元；支出2.4亿元: after a ；, the spending or the balance is the income's counterpart, no part.
    if (!english && parts.length >= 1 && COUNTERPART_AFTER_ZH.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset))) break;
    // 支出624.7万元，其中食材支出612.4万元、燃料及其他支出12.3万元，当年结余3.8万元 (，节约资金8万元): after a comma, the
    // balance or the saving says what is left of the income, no part of the spending.
    if (!english && parts.length >= 1 && BALANCE_AFTER_ZH.test(outsideBrackets(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset)))) break;
    // 税收收入中，…；出口货物退增值税、消费税19280.9亿元: a deduction among the items is netted off, not added up.
    if (!english && DEDUCTION_ZH.test(/[^，,；;。：:]*$/.exec(text.slice(Math.max(cueAt, p.offset - 40), p.offset))![0])) return undefined;
    // 资产总额1286.45万元，其中固定资产862.30万元；所有者权益1159.65万元: the other side of the balance sheet (负债,
    // 所有者权益, 净资产) is no part of the assets, whatever the mark before it.
    if (!english && parts.length >= 1 && otherSideOfBalance(text, total, p)) break;
    // 主要做了6个方面工作：…今年要重点做好9个方面工作：: a figure that announces a list of its own starts another
    // whole, not a part of this one.
    if (!english && OPENS_LIST_ZH.test(text.slice(p.offset + p.length, p.offset + p.length + 8))) {
      whole = false;
      break;
    }
    // 14 days in 2025, of which 9 were in the summer: after "of which" a bare number counts what the total counts (not
    // money: "£2.4 million, of which 3 grants…" counts something else).
    // Only a number that starts its part (which 9, and 7): Scope 1, Year 6 and Phase 2 are labels.
    // "and the remaining 9 were withdrawn": the rest of the whole, counted as it is.
    // "The service took 4,120 referrals. 2,790 of these were seen at home, …": a part counted "of these" that opens its
    // sentence is the cue itself (the whole is in the sentence before).
    const before = text.slice(Math.max(0, p.offset - 12), p.offset);
    const bare = (english || latinColon) && p.dimension === '' && !p.perUnit && (/(?:^|[,;:]|\b(?:which|whom|and|or|remaining|other))\s*$/i.test(before) || (english && parts.length === 0 && p.offset === cueAt && /[.!?]\s+$/.test(before) && OF_THESE_AFTER_EN.test(text.slice(p.offset + p.length, p.offset + p.length + 16))));
    // A span the count was made over (1,200 learners over the first 2 years, of which 700…) is no total of theirs.
    const span = /\b(?:over|during|within|for|across|first|last|past|next)\s+$/i.test(text.slice(Math.max(0, total.offset - 12), total.offset));
    const counted = total.dimension === 'count' || (bare && !span && /^of\s+wh/i.test(word) && canBeTotal(total) && !MONEY.has(total.dimension) && !/^[£$€¥]/.test(text.slice(total.offset, total.offset + 1)));
    const dimension = bare && counted ? total.dimension : p.dimension;
    if (dimension !== total.dimension && !(english && total.dimension === '' && dimension === 'count')) continue;
    // Judged on the part's own words, after the cue (分别用于棚户区改造5.20亿元 is a part).
    const own = text.slice(Math.max(p.subjectStart, cueAt), p.offset);
    // 其中，大型客车驾驶人应当参加为期三十天的学习: a rule for a subgroup, not a share of the total.
    // 净增1200户，其中增加3400户、减少2300户: under a net change, what was added and what was taken off are its parts.
    const ownZh = english ? own : netChange ? own.replace(NOT_PART_COMPOUND, '').replace(NET_SIDES_ZH, '') : own.replace(NOT_PART_COMPOUND, '');
    if (p.perUnit || (english ? NOT_PART_EN.test(own) : NOT_PART.test(ownZh)) || RULE.test(own)) {
      whole = false;
      continue;
    }
    // 在预算338.6亿元以内 · 控制在5%以下: a limit the parts keep within, not one of them.
    if (!english && LIMIT_AFTER_ZH.test(text.slice(p.offset + p.length, p.offset + p.length + 3))) {
      whole = false;
      continue;
    }
    // "12,400 children and 19,400 adults, of whom 2,500 were pensioners" (or ", including 470 pensioners"): a part of
    // the part before it.
    // After such a part of a part, the next list item starts after its comma ("council tax £1.24 million, including £0.86
    // million from reviews, and business rates £0.98 million": 1.24 and 0.98 are the whole's); until then, the figures
    // are more of the part before (of whom 2,500 were pensioners and 300 carers).
    if (latin && parts.length > 0) {
      const from = Math.max(parts[parts.length - 1].offset + parts[parts.length - 1].length, subPartEnd);
      const gap = text.slice(from, p.offset);
      const nextItem = subPartEnd > 0 && (NEXT_ITEM_EN.test(gap) || (subCue === 'including' && /[,;]\s*(?:and\s+)?$/i.test(gap))) && !/\b(?:of\s+wh(?:om|ich)|including)\b/i.test(gap);
      const sub = /\b(?:of\s+wh(?:om|ich)|including)\b/i.exec(gap);
      if (!nextItem && (sub || subPartEnd > 0)) {
        if (sub) subCue = sub[0].toLowerCase().startsWith('including') ? 'including' : 'of which';
        subPartEnd = p.offset + p.length;
        continue;
      }
      subPartEnd = 0;
    }
    // 其中纵向2.14亿元、横向1.72亿元，横向首次突破1.7亿元: a clause after the list that opens with a part already listed
    // says more of that part (a threshold it passed, what is in it), and is no part of its own.
    if (!english && parts.length > 0 && restatesPart(text, parts, p)) continue;
    // "1,146 households, including 1,732 children": people in the households (beds in the homes) are counted in
    // another unit than the whole, and are no part of it; "1,146 people, including 1,732 children" is.
    if (english && memberOfContainer(text, total, p)) {
      whole = false;
      continue;
    }
    if (p.approximate) approximate = true;
    parts.push(p);
  }
  if (parts.length === 0) return undefined;
  if (!english && repeatsSiblingMeasures(text, figures, k, parts, cueAt)) return undefined;
  dropNestedUnderFirst(text, parts, total);
  // "The 14 governors comprise 2 parent governors, 1 staff governor, the headteacher, 9 co-opted governors and …": in a
  // list of what a count is made of, a member named alone is one of it. Only when every other piece of the list is a part.
  let named = false;
  if (english && MADE_OF_EN.test(word) && total.dimension === 'count' && !total.approximate && parts.length >= 2 && parts.every((p) => p.dimension === 'count' || p.dimension === '')) {
    const { members, unread } = namedMembers(text, parts, total, cueAt, end);
    if (members.length > 0 && !unread) {
      parts.push(...members);
      parts.sort((a, b) => a.offset - b.offset);
      named = true;
    }
  }
  const region = text.slice(cueAt, end);
  const last = parts[parts.length - 1];
  const restAfter = REST.test(text.slice(last.offset + last.length, last.offset + last.length + 12).trim());
  // "3,210 were special service calls such as road traffic collisions and flooding, and 3,480 were false alarms": "such
  // as" between two parts tells what is in the part before it, and leaves the list whole.
  const listRegion = english && parts.length >= 2 ? region.slice(0, parts[0].offset - cueAt) + text.slice(parts[0].offset, last.offset).replace(/\bsuch\s+as\b/gi, '') + text.slice(last.offset, end) : region;
  const partial = PARTIAL.test(unranked(listRegion)) || PARTIAL.test(cueText) || /[等]/.test(unranked(text.slice(last.offset + last.length, end)));
  let complete = (!english && /^分别|^分別/.test(word) && !text.slice(Math.max(0, total.offset - 20), total.offset).includes('其中')) || REST.test(last.subject) || restAfter || (!english && !partial && !OTHERS_ZH.test(region) && colonAfterStatedTotal(text, total, word, cueAt) && inOneFamily(parts, total));
  // "comprising", "consisting of", "made up of": the parts are what the whole is made of.
  // "The 312 homes comprise 180 flats…", "are divided into": the same, said by the verb.
  const funded = english && FUNDED_BY_EN.test(word);
  const madeOf = funded || (english && MADE_OF_EN.test(word));
  // "a total of £46,800, funded by £38,000 from the Trust and £8,300 from the Council": money from named sources, the
  // list closed by "and" and the sentence — what paid for the whole, all of it.
  const sourced = madeOf && !partial && MONEY.has(total.dimension) && fundingSources(text, parts, end, total);
  // Amounts of money are shares of one budget, but not value added (增加值): 高技术制造业增加值 and 装备制造业增加值
  // overlap; only named categories (第一产业/第二产业/第三产业) split it.
  // Nor loans counted by cross-cutting 口径 (涉农贷款, 普惠型小微企业贷款, 制造业贷款): one loan may be in several.
  const budget = MONEY.has(total.dimension) && !parts.some((p) => VALUE_ADDED.test(labelOf(p))) && !(!english && parts.some((p) => crossCuttingLoan(labelOf(p))));
  // "310 were closed and the remaining 150 are open", 其中党员30人，其余20人: one part and the rest of the whole, which
  // cannot overlap it, named by the rest word alone (not 其余学校中初中30所, a part of the rest).
  // The words before the figure name it (其余5个正在推进: the subject may take in what follows the figure).
  const oneAndRest = parts.length === 2 && (BARE_REST.test(last.subject.trim()) || BARE_REST.test(text.slice(last.subjectStart, last.offset).trim()));
  if (sourced) complete = true;
  // "Vessel arrivals totalled 1,486, comprising 842 cargo vessels, 38 cruise ships and 596 fishing and other vessels.":
  // what the whole is made of, three kinds or more closed by "and" and the sentence (the last may be the "other" ones) —
  // all of it.
  if (madeOf && !funded && !partial && !complete && (closedList(text, parts, end) || closedByOthers(text, parts, end))) complete = true;
  // "we employed 5,128 people: 3,204 police officers, 296 PCSOs and 1,582 police staff.": a colon right after the whole
  // opens three kinds or more of it, closed by "and" and the sentence — every kind named, so all of it.
  if ((english || latinColon) && !partial && !complete && closedList(text, parts, end) && /^\s*:\s*$/.test(text.slice(total.offset + total.length, cueAt)) && inOneFamily(parts, total) && nearlyAll(parts, total)) complete = true;
  // 其中在编128人、非在编56人: a class and its 非 are all of the whole between them (not an outcome and its 不: 合格 and
  // 不合格 may leave some not yet judged).
  if (!english && !partial && parts.length === 2 && complementaryClass(labelOf(parts[0]), labelOf(parts[1]))) complete = true;
  // 其中商品房小区14个、老旧小区7个、其余为保障房小区3个: a last part that is the rest of the whole (其余, 剩余, the
  // remaining) says the parts before it are some of the whole apart, and it the others — all of it, none overlapping
  // (not 其他 or 另有, which may stand beside a list of any kind).
  const restOfWhole = !partial && parts.length >= 2 && REST_OF_WHOLE.test(last.subject.trim());
  // 其中生产环节、流通环节、餐饮环节分别抽检1,240批次、2,960批次、1,810批次: the names before 分别 name the parts, one each.
  const respectively = !english && !partial ? namedBeforeRespectively(text, parts, cueAt) : undefined;
  // 其中中心城区5座、开发区2座 · 其中集团本部312人、各子公司2618人 · 其中综合公园9个、社区公园24个、专类公园12个 · …工勤及其他人员81人.
  const own = !english && word === '其中' && !partial ? ownKindsZh(parts.map((_, i) => writtenLabel(text, parts, i, cueAt)), parts, total) : undefined;
  if (own?.complete) complete = true;
  const partition = own?.partition || (latinColon && !partial && /^\s*:\s*$/.test(text.slice(total.offset + total.length, cueAt)) && placesAfterColon(text, parts, total)) || (respectively !== undefined && respectivelyOfOneKind(respectively)) || inOneFamily(parts, total) || budget || restOfWhole || (english && word === ':') || madeOf || oneAndRest || (!english && word === '其中' && (sectorKinds(text, parts, total) || parallelMeans(parts) || ordinalKinds(text, parts, cueAt) || fieldsOfWholeNoun(text, parts, total, cueAt) || activityKinds(text, parts, total, cueAt) || waysOfOneVerb(parts, total)));
  const groups = partition ? [parts] : familyGroups(parts, total);
  return { paragraph, total, parts, cueAt, complete, partial, partition, groups, approximate, whole, bracketed, ...(named ? { sumOnly: true } : {}) };
}

/** ，完成 · ，新建 · ，实施: a clause opened by a verb of work (after a time or place word of two characters at most). */
const DEED_CLAUSE_ZH = /[，,]\s*(?:全年|年内|同时|另)?(完成|新建|建成|新开工|实施|开展|启动|发放|办理|查处|培育|带动|实现|举办|组织|投入|落实|推进|改造|建设|打造|引进|培训|救护|清理)/;

/** The parts so far joined by 、 only, then a clause opened by a verb of work that no part's own words hold. */
function newDeedAfterList(text: string, parts: readonly Figure[], cueAt: number, p: Figure): boolean {
  const last = parts[parts.length - 1];
  const gap = outsideBrackets(text.slice(last.offset + last.length, p.offset));
  const deed = DEED_CLAUSE_ZH.exec(gap);
  if (!deed) return false;
  for (let i = 1; i < parts.length; i++) {
    const between = outsideBrackets(text.slice(parts[i - 1].offset + parts[i - 1].length, parts[i].offset));
    if (!between.includes('、') || /[，,；;]/.test(between)) return false;
  }
  return !text.slice(cueAt, last.offset).includes(deed[1]);
}

/** " in the Sheriff's Office" · " at Riverside": the place a part is in, right after its figure. */
const IN_PLACE_AFTER_EN = /^\s+(?:in|at)\s+(?:the\s+)?([A-Za-z][A-Za-z'’ -]{1,50}?)(?=\s*(?:,|\band\b|[.;!?]|$))/;

/**
 * "14 new positions: 9 in the Sheriff's Office, 4 in the Department of Job and Family Services and 3 in the Engineer's
 * Office": after an English colon, each part named by the place it is in, each a different one — no counted thing is
 * in two.
 */
export function placesAfterColon(text: string, parts: Figure[], total: Figure): boolean {
  // "The 186 inspectors work across 3 regions: 82 in the North, …": a part above the figure before the colon counts
  // something else (the regions are counted, the inspectors split).
  if (parts.length < 2 || parts.some((p) => p.value > total.value)) return false;
  const places = new Set<string>();
  for (const p of parts) {
    const m = IN_PLACE_AFTER_EN.exec(text.slice(p.offset + p.length, p.offset + p.length + 64));
    if (!m) return false;
    places.add(m[1].toLowerCase());
  }
  return places.size === parts.length;
}

/** comprise, consisting of, is made up of, are divided into: the parts after it are what the whole is made of. */
const MADE_OF_EN = /^(?:comprising|consisting\s+of|made\s+up\s+of|comprise[sd]?|consist(?:s|ed)?\s+of|(?:are|is|were|was)\s+(?:made\s+up\s+of|divided\s+into|split\s+into))$/i;

/** ，占43.62%: a share right after an item's figure. */
const SHARE_AFTER_ITEM_ZH = /^\s*[，,]\s*(?:占|佔)(?:比)?(?:为|為)?\s*\d[\d.]*\s*[%％]/;

/** The base a share right after `f` (，占43.62%) says it is of, as a range for the share's rounding. */
export function baseOfShare(text: string, f: Figure): [number, number] | undefined {
  const m = SHARE_AFTER_ITEM_ZH.exec(text.slice(f.offset + f.length, f.offset + f.length + 16));
  const written = m && /(\d[\d.]*)\s*[%％]$/.exec(m[0])![1];
  if (!written) return undefined;
  const share = Number(written);
  const h = 0.5 * 10 ** -(written.split('.')[1]?.length ?? 0);
  const own = f.decimals > 0 || f.scale > 1 ? 0.5 * 10 ** -f.decimals * f.scale : 0;
  if (!(share - h > 0) || share > 100) return undefined;
  return [((f.value - own) / (share + h)) * 100, ((f.value + own) / (share - h)) * 100];
}

/**
 * 全县共接报火灾486起。从起火原因看，电气原因引发火灾212起，占43.62%，其中电动自行车火灾58起；用火不慎108起，占22.22%；…:
 * the figures that open the ；-clauses from figures[j] on are siblings of the whole figures[k], not more of its parts, when
 * the whole's share and theirs are of one base (486起, stated in the paragraph or not) that holds them all, or when an
 * outer whole before it in the paragraph holds them all: the whole and they add up to it, or they come to no more than it and
 * are items of the same shape as the whole — each with its share after it (，占22.22%), or each named by a kind of the
 * whole's noun (教育支出15.2亿元，其中义务教育9.6亿元；卫生健康支出10.4亿元). Not a whole stated with 共 (共有学校128所，其中
 * 小学80所；初中36所), which is the outer whole itself.
 */
function siblingsOfWhole(text: string, figures: readonly Figure[], k: number, j: number, end: number): boolean {
  const total = figures[k];
  if (!canBeTotal(total) || total.approximate || STATED_TOTAL_ZH.test(text.slice(total.subjectStart, total.offset).replace(NOT_PART_COMPOUND, ''))) return false;
  const siblings: Figure[] = [];
  let at = figures[j - 1].offset;
  for (let i = j; i < figures.length && figures[i].offset < end; i++) {
    const f = figures[i];
    if (f.dimension !== total.dimension) continue;
    // The first figure of each ；-clause; a second one in the clause says more of its item.
    if (!/[；;]/.test(text.slice(at, f.offset))) continue;
    if (f.approximate || f.perUnit) return false;
    siblings.push(f);
    at = f.offset;
  }
  if (siblings.length === 0) return false;
  const sum = total.value + siblings.reduce((s, f) => s + f.value, 0);
  // The whole's share and each sibling's (占43.62%, 占22.22%) are of one base, which no figure of the paragraph need state.
  const bases = [total, ...siblings].map((f) => baseOfShare(text, f));
  if (bases.every((b) => b !== undefined)) {
    const low = Math.max(...bases.map((b) => b![0]));
    const high = Math.min(...bases.map((b) => b![1]));
    if (low <= high && sum <= high + 1e-9) return true;
  }
  const half = (f: Figure) => (f.decimals > 0 || f.scale > 1 ? 0.5 * 10 ** -f.decimals * f.scale : 0);
  const shaped = () => {
    const share = (f: Figure) => SHARE_AFTER_ITEM_ZH.test(text.slice(f.offset + f.length, f.offset + f.length + 16));
    if (share(total) && siblings.every(share)) return true;
    const head = ownSubject(total).slice(-2);
    return /^\p{sc=Han}{2}$/u.test(head) && ownSubject(total).length > 2 && siblings.every((f) => ownSubject(f).endsWith(head) && ownSubject(f) !== ownSubject(total));
  };
  for (let o = k - 1; o >= 0; o--) {
    const outer = figures[o];
    if (outer.dimension !== total.dimension || !canBeTotal(outer) || outer.approximate || outer.value <= total.value || isChange(text, outer)) continue;
    const slack = [outer, total, ...siblings].reduce((s, f) => s + half(f), 0) + 1e-9;
    if (Math.abs(sum - outer.value) <= slack || (sum <= outer.value + slack && shaped())) return true;
  }
  return false;
}

/** 1,286+3,462+1,968起: figures joined by + (full-width or not), the unit after the last; nothing but a label before. */
const PLUS_CHAIN_ZH = /^[\s：:]*\p{sc=Han}{0,8}?(\d[\d,]*(?:\.\d+)?\p{sc=Han}{0,2}(?:\s*[+＋]\s*\d[\d,]*(?:\.\d+)?\p{sc=Han}{0,2})+)/u;

/**
 * 全年受理案件6,716起（其中1,286+3,462+1,968起）: the parts written as a sum, the unit after the last — all of the whole,
 * each a figure of that unit (the + after 3,462 is no "more than"). Only right after the cue, up to the end of the
 * clause or bracket: not a slogan (“4+1”重要要求, in quotes) nor 5+2 in a label.
 */
function plusChain(paragraph: Paragraph, figures: readonly Figure[], first: number, cueAt: number, end: number, total: Figure): Breakdown | undefined {
  const text = paragraph.text;
  const m = PLUS_CHAIN_ZH.exec(text.slice(cueAt, end));
  if (!m) return undefined;
  const from = cueAt + m.index + m[0].length - m[1].length;
  const to = cueAt + m.index + m[0].length;
  // The chain ends its clause or bracket (起）, 起。, 起，…): not one figure of a longer list.
  if (!/^\s*(?:[）)。；;，,]|$)/.test(text.slice(to, to + 2)) || /[“”"「」]/.test(text.slice(from - 2, to + 1))) return undefined;
  const inChain: Figure[] = [];
  for (let j = first; j < figures.length && figures[j].offset < to; j++) if (figures[j].offset >= from) inChain.push(figures[j]);
  const last = inChain[inChain.length - 1];
  if (inChain.length < 2 || last.offset + last.length < to - 2 || last.dimension !== total.dimension || total.approximate || !canBeTotal(total)) return undefined;
  // Each + is one join: as many figures as the chain has numbers, none with a unit of its own other than the last's.
  if (inChain.length !== m[1].split(/[+＋]/).length || inChain.some((p) => p.perUnit || (p.dimension !== '' && p.dimension !== last.dimension))) return undefined;
  const parts = inChain.map((p) => (p === last ? p : { ...p, dimension: last.dimension, unit: last.unit, scale: last.scale, value: p.value * (p.dimension === '' ? last.scale : 1), approximate: false }));
  return { paragraph, total, parts, cueAt, complete: true, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: /[（(]/.test(text.slice(total.offset + total.length, cueAt)) };
}

/** 通过新建项目新增3.1万平方米: the means a part came about by, then the verb of the whole. */
const MEANS_ZH = /^(?:通过|通過|依托)(\p{sc=Han}{2,12}?)(\p{sc=Han}{2})$/u;
/** Verbs of what is added, which each addition comes by one means only. */
const ADDED_ZH = /^(?:新增|增加|新建|建成)$/;

/**
 * 其中通过新建项目新增3.1万平方米、通过改造提升新增1.4万平方米、通过功能置换新增0.9万平方米: every part names a different
 * means with the same verb — what was added (新增), or times something was done (人次), each came by one of them. Not
 * people helped by several means (通过就业帮扶1,800人、通过医疗救助帮扶1,500人 may be the same people).
 */
function parallelMeans(parts: Figure[]): boolean {
  if (parts.length < 2 || !/^(?:其中|[：:，,\s])*(?:通过|通過|依托)/.test(parts[0].subject)) return false;
  const found = parts.map((p) => MEANS_ZH.exec(ownSubject(p)));
  if (found.some((m) => !m) || found.some((m) => m![2] !== found[0]![2])) return false;
  if (!ADDED_ZH.test(found[0]![2]) && !parts.every((p) => p.dimension === '人次' || p.dimension === '次')) return false;
  return new Set(found.map((m) => m![1])).size === parts.length;
}

/** …, 38 cruise ships and 596 fishing and other vessels.: three parts or more, the last after "and" naming the other ones. */
function closedByOthers(text: string, parts: Figure[], end: number): boolean {
  if (parts.length < 3) return false;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (!/,?\s*and\s*$/.test(text.slice(before.offset + before.length, last.offset))) return false;
  return /^[A-Za-z' -]{0,30}\b(?:all\s+)?other\b[A-Za-z' -]{0,24}[.!?]?\s*$/.test(text.slice(last.offset + last.length, end));
}

const FUNDED_BY_EN = /^(?:(?:is|was|are|were|being)\s+)?(?:funded|financed|paid\s+for)\s+by$/i;

/** £38,000 from the Trust · £8,300 by the Council: an amount and the source it came from, nothing else in its words. */
const FROM_SOURCE_EN = /^\s+(?:from|by)\s+(?:the\s+)?[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,5}?\s*$/;

/**
 * £38,000 from the Trust and £8,300 from the Council, then the end of the sentence: two or more amounts each with its
 * source, the last after "and", nothing after it (with the balance from reserves, and other donations) and no other
 * money among them. Not a source named by a rest word (from other funders, from the rest of the budget).
 */
function fundingSources(text: string, parts: Figure[], end: number, total: Figure): boolean {
  if (parts.length < 2 || parts.some((p) => p.dimension !== total.dimension || p.approximate)) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const next = i + 1 < parts.length ? parts[i + 1].offset : end;
    let words = text.slice(p.offset + p.length, next);
    if (i + 1 < parts.length) {
      const joint = /(?:,\s*(?:and\s+)?|\s+and\s+)$/.exec(words);
      if (!joint || (i + 2 === parts.length) !== /\band\s+$/.test(joint[0])) return false;
      words = words.slice(0, words.length - joint[0].length);
    }
    if (!FROM_SOURCE_EN.test(words) || /\b(?:other|others|rest|remainder|balance|remaining|various|elsewhere|reserves?)\b/i.test(words)) return false;
  }
  return true;
}

const VALUE_ADDED = /增加值/;

const LOAN_QUALIFIER_ZH = new RegExp(alternation(overlapping.loanQualifiersZh));
const LOAN_NOUN_ZH = new RegExp(alternation(overlapping.loanNounsZh));

/** 涉农贷款余额, 普惠型小微企业贷款, 制造业中长期贷款: a loan named by a 口径 that cuts across the others. */
function crossCuttingLoan(label: string): boolean {
  return LOAN_NOUN_ZH.test(label) && LOAN_QUALIFIER_ZH.test(label.slice(0, LOAN_NOUN_ZH.exec(label)!.index));
}

const BALANCE_COUNTERPART_ZH = new RegExp(`^(?:年末|年初|期末|期初|本年末|本期末)?(${alternation(overlapping.balanceCounterpartsZh)})`);

/** A part named by a side of the balance sheet (负债, 所有者权益, 净资产) under a whole of assets that does not name that side. */
function otherSideOfBalance(text: string, total: Figure, p: Figure): boolean {
  const side = BALANCE_COUNTERPART_ZH.exec(ownWords(text, p))?.[1];
  const whole = text.slice(total.subjectStart, total.offset);
  return side !== undefined && /资产|資產/.test(whole) && !whole.includes(side);
}

const SECTIONS_ZH: Readonly<Record<string, string[]>> = words.sectorsZh;

/** 饮水 → 水利, 公路 → 交通: the section of the national industry classification each sector falls in. */
const SECTION_OF = new Map(Object.entries(SECTIONS_ZH).flatMap(([section, fields]) => fields.map((f) => [f, section] as const)));

const SECTOR_ZH = new RegExp(alternation([...SECTION_OF.keys()].sort((a, b) => b.length - a.length)));

const OVERLAPPING_QUALIFIER_ZH = new RegExp(alternation(words.overlappingQualifiersZh));

const KIND_HEADS_ZH: Readonly<Record<string, string[]>> = words.kindHeadsZh;

/**
 * 共检查项目35个，其中：农村饮水安全工程18个、中小河流治理项目11个、水土保持项目9个 · 共走访企业42家，其中工业企业20家、
 * 商贸企业15家: a whole stated with 共 whose noun (项目, 企业, 单位) every part ends in, or a kind of it (工程 of 项目), each
 * part told apart by a different sector (饮水, 河道, 水保) — kinds of the whole, which do not overlap. Not qualifiers that
 * cut across sectors (重点, 新开工, 省级, 民生, 亿元以上): 重点项目 may be 新开工项目 too.
 */
function sectorKinds(text: string, parts: Figure[], total: Figure): boolean {
  if (parts.length < 2 || !STATED_TOTAL_ZH.test(text.slice(total.subjectStart, total.offset).replace(NOT_PART_COMPOUND, ''))) return false;
  const head = Object.keys(KIND_HEADS_ZH).find((h) => total.subject.endsWith(h));
  if (!head) return false;
  const sectors = new Set<string>();
  for (const p of parts) {
    const label = labelOf(p).replace(/^[\s：:、，,]+/, '');
    const kind = KIND_HEADS_ZH[head].find((h) => label.endsWith(h));
    if (!kind) return false;
    const qualifier = label.slice(0, label.length - kind.length);
    const sector = SECTOR_ZH.exec(qualifier);
    if (qualifier.length < 2 || qualifier.length > 10 || !sector || OVERLAPPING_QUALIFIER_ZH.test(qualifier) || sectors.has(sector[0])) return false;
    sectors.add(sector[0]);
  }
  // 交通项目、公路项目: a section named beside one of its own fields takes it in.
  for (const s of sectors) if (SECTION_OF.get(s) === s && [...sectors].some((t) => t !== s && SECTION_OF.get(t) === s)) return false;
  return true;
}

/** The words that name a part, as written: back from its figure to the mark or 其中 before it (not the figure model's subject). */
function writtenLabel(text: string, parts: Figure[], i: number, cueAt: number): string {
  const p = parts[i];
  const from = i > 0 ? Math.max(cueAt, parts[i - 1].offset + parts[i - 1].length) : cueAt;
  return text.slice(from, p.offset).replace(/^.*[，,、；;：:]/su, '').replace(/^\s*(?:其中|分别为|分別為)\s*[：:]?\s*/, '').trim();
}

/**
 * 首套住房, 二类中心, 甲级民宿, A级, 一档: a label made of an ordinal (首, 一…十, 甲乙丙丁, A–E) and the word it ranks
 * (套, 类, 级, 档, 等, 批, 期, 线…), with words before or after it.
 */
const ORDINAL_LABEL_ZH = /^(\p{sc=Han}{0,6}?)(首|头|頭|一|二|三|四|五|六|七|八|九|十|甲|乙|丙|丁|戊|[A-E]|[ⅠⅡⅢⅣⅤ])(类|類|级|級|档|檔|套|等|星|批|期|线|線|代|轮|輪|型|号|號)(\p{sc=Han}{0,8})$/u;

/**
 * 全年发放个人住房贷款4120笔，其中首套住房3260笔、二套住房980笔 · 其中甲级民宿12家、乙级民宿30家、丙级民宿48家 · 其中A级
 * 180户、B级260户: every part named by one frame with a different ordinal in it (首套/二套, 一类/二类, 甲级/乙级, 一档/二档) —
 * ranks of one scale, of which each counted thing has one. Not an open range (二级及以上医院, 三级医院) nor a rank beside
 * another label (首套住房, 公积金贷款).
 */
function ordinalKinds(text: string, parts: Figure[], cueAt: number): boolean {
  if (parts.length < 2) return false;
  let frame: string | undefined;
  const ranks = new Set<string>();
  // 其中二级312人、三级241人、四级及以上118人: an open rank (及以上, 及以下) of a numbered scale is one only at its end —
  // the top one and those above it, which no other part's rank is (not 二级及以上 beside 三级).
  const open: { rank: number; up: boolean }[] = [];
  for (let i = 0; i < parts.length; i++) {
    let label = writtenLabel(text, parts, i, cueAt);
    const bound = /^(\p{sc=Han}{0,6}?[一二三四五六七八九十](?:类|類|级|級|档|檔|星|批|期|线|線|代|轮|輪))(?:及|或)(以上|以下)/u.exec(label);
    if (bound) label = bound[1] + label.slice(bound[0].length);
    // 其中部分首套住房…: some of them, a sample, not a rank of all.
    if (/以上|以下|以内|以內|之间|之間|至|及|部分|主要/.test(label)) return false;
    const m = ORDINAL_LABEL_ZH.exec(label);
    if (!m || ranks.has(m[2])) return false;
    const f = `${m[1]}|${m[3]}|${m[4]}`;
    if (frame !== undefined && f !== frame) return false;
    frame = f;
    ranks.add(m[2]);
    if (bound) open.push({ rank: '一二三四五六七八九十'.indexOf(m[2]), up: bound[2] === '以上' });
  }
  if (open.length === 0) return true;
  const numbered = [...ranks].map((r) => '一二三四五六七八九十'.indexOf(r));
  if (numbered.some((n) => n < 0)) return false;
  return open.every((o) => o.rank === (o.up ? Math.max(...numbered) : Math.min(...numbered)));
}

/** 重大, 一般, 突出, 共性: words that grade or single out some of a whole's things, across its fields (重大问题 may be 党建问题). */
const GRADING_ZH = /重大|较大|較大|一般|突出|共性|个性|個性|普遍|典型|重点|重點|主要|部分|严重|嚴重|历史遗留|歷史遺留|长期|長期|新增|反复|反復|整改|销号|銷號/;

/**
 * 问题, 隐患: what an inspection or a 巡察 finds, sorted by the field it is in. (Other nouns are sorted by qualifiers of
 * several sorts in one list: 中型水库、病险水库、小型水库; 校级干部、中层干部、党员干部.)
 */
const FINDING_NOUN_ZH = /^(?:问题|問題|隐患|隱患|风险隐患|風險隱患|纠纷|糾紛|矛盾纠纷|矛盾糾紛)$/;

/**
 * 共反馈问题12个，其中党建问题3个、作风问题4个、组织问题3个、队伍问题4个 · 共排查隐患86处，其中消防隐患30处、用电隐患28处、
 * 燃气隐患32处: three parts or more, each the whole's own noun (问题, 隐患) told apart by a different field before it — the
 * fields a whole is sorted by, as 党建方面/作风方面 are. Not a grade or a qualifier that cuts across the fields (重大问题,
 * 一般隐患).
 */
function fieldsOfWholeNoun(text: string, parts: Figure[], total: Figure, cueAt: number): boolean {
  if (parts.length < 3) return false;
  const labels = parts.map((_, i) => writtenLabel(text, parts, i, cueAt));
  let noun = labels[0];
  for (const l of labels) while (noun && !l.endsWith(noun)) noun = noun.slice(1);
  if (!FINDING_NOUN_ZH.test(noun) || !total.subject.endsWith(noun)) return false;
  const fields = labels.map((l) => l.slice(0, l.length - noun.length));
  // 其他问题2个: the rest, last, is one more field.
  const named = REST.test(fields[fields.length - 1]) ? fields.slice(0, -1) : fields;
  if (named.length < 3 || new Set(named).size !== named.length) return false;
  return named.every((f) => /^\p{sc=Han}{2,4}$/u.test(f) && !OVERLAPPING_QUALIFIER_ZH.test(f) && !GRADING_ZH.test(f) && !NOT_PART.test(f));
}

/** 各类活动45场 · 主题党日活动36次 · 培训班28期 · 志愿服务活动62次: a count of activities held, each held once. */
const ACTIVITY_WHOLE_ZH = /(?:活动|活動|培训班|培訓班|培训|培訓|宣讲|宣講|讲座|講座)$/;
const ACTIVITY_UNIT_ZH = /^(?:场|場|次|期|场次|場次)$/;
/** The noun an activity's kind may end in: 宣讲活动, 业务培训, 法治讲座. */
const ACTIVITY_NOUN_ZH = /(?:活动|活動|培训|培訓|讲座|講座|宣讲|宣講)$/;

/**
 * Words that sort activities otherwise than by what was done — how (线上, 现场), where (进社区, 校园), for whom (青少年,
 * 党员), how big (大型, 主题), with whom (联合, 共建) — so a list holding one may overlap the others.
 */
const ACTIVITY_CROSS_CUT_ZH = /线上|線上|线下|線下|网上|網上|网络|網絡|云|雲|现场|現場|进|進|面向|针对|針對|青少年|未成年|儿童|兒童|老年|老人|妇女|婦女|党员|黨員|干部|幹部|群众|群眾|职工|職工|居民|学生|學生|家长|家長|村|社区|社區|校园|校園|企业|企業|机关|機關|大型|小型|主题|主題|专项|專項|集中|联合|聯合|共建|参与|參與|覆盖|覆蓋|累计|累計|其他|其它|其余|其餘|节日|節日|节假日|節假日|周末|週末|暑期|寒假|常态|常態/;

/**
 * 全年共开展各类活动45场，其中宣讲活动18场、培训活动15场、文体活动20场 · 开展志愿服务活动62次，其中环境整治26次、助老服务
 * 21次、文明劝导19次 · 举办培训班28期，其中业务培训12期、安全培训9期、技能培训10期: three kinds of activity or more, each named
 * by what was done (2–4 characters, the whole's noun after it or not), under a count of the activities held in their unit —
 * each activity is of one kind. Not a list sorted by how, where, for whom or how big (线上, 进社区, 青少年, 大型), which may
 * overlap, nor one with a grade or a qualifier that cuts across kinds (重点, 省级).
 */
function activityKinds(text: string, parts: Figure[], total: Figure, cueAt: number): boolean {
  if (parts.length < 3 || !ACTIVITY_WHOLE_ZH.test(total.subject) || !ACTIVITY_UNIT_ZH.test(total.unit)) return false;
  const kinds = new Set<string>();
  // 关爱留守儿童活动326场: one kind, told by what was done for whom, among kinds of what was done.
  let cared = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.unit !== total.unit) return false;
    const label = writtenLabel(text, parts, i, cueAt);
    const kind = label.replace(ACTIVITY_NOUN_ZH, '') || label;
    if (!(/^\p{sc=Han}{2,4}$/u.test(kind) || longActivityKind(text, total, label, kind, cueAt, p)) || kinds.has(kind)) return false;
    const careFor = !cared && CARE_FOR_ZH.test(kind) && /(?:活动|活動)$/.test(label);
    if ((!careFor && ACTIVITY_CROSS_CUT_ZH.test(label)) || OVERLAPPING_QUALIFIER_ZH.test(label) || GRADING_ZH.test(label) || NOT_PART.test(label) || REST.test(label)) return false;
    if (careFor) cared = true;
    kinds.add(kind);
  }
  // 学习12次、专题学习8次: a kind that holds another's name takes it in.
  const list = [...kinds];
  return !list.some((a) => list.some((b) => a !== b && (a.includes(b) || b.includes(a))));
}

/**
 * 青年志愿服务活动1,240场次，其中助老助残活动412场次、环境保护活动358场次、关爱留守儿童活动326场次、文明交通劝导活动189场次:
 * a kind of five or six characters is read as one when it and the whole are both named 活动 in full, and nothing in the
 * list says one activity is counted under another (含, 包括, 涉及).
 */
function longActivityKind(text: string, total: Figure, label: string, kind: string, cueAt: number, p: Figure): boolean {
  return /^\p{sc=Han}{5,6}$/u.test(kind) && /(?:活动|活動)$/.test(label) && /(?:活动|活動)$/.test(total.subject) && !/含|包括|涉及|兼|同时|同時|交叉|重复|重複/.test(text.slice(cueAt, Math.max(p.offset + p.length, regionEnd(text, cueAt))));
}

/** 关爱留守儿童, 慰问困难老人: what was done, for whom — a kind of activity, not a sort by who took part. */
const CARE_FOR_ZH = /^(?:关爱|關愛|关心|關心|帮扶|幫扶|慰问|慰問|救助|陪伴|守护|守護)(?:留守|困境|困难|困難|空巢|孤寡|残疾|殘疾|失独|失獨)?(?:儿童|兒童|老人|老年人|妇女|婦女|青少年|未成年人)$/;

/**
 * 地方财政总收入15.17亿元。其中公共财政预算收入13.68亿元；税收收入6.20亿元；非税收入7.48亿元: the parts after the first,
 * in clauses of their own (after a ；or 。), that add up to it within their rounding split that part, not the whole —
 * a nested breakdown written on without a second 其中. Not parts of the first one's kind (小学50所；初中30所；高中20所 are
 * three stages of the whole, whatever they add up to). Drops them from `parts`.
 */
function dropNestedUnderFirst(text: string, parts: Figure[], total: Figure): void {
  if (parts.length < 3) return;
  const first = parts[0];
  if (!/[；;。]/.test(text.slice(first.offset + first.length, parts[1].offset))) return;
  const firstKind = kindOf(first, total);
  const half = (f: Figure) => 0.5 * 10 ** -f.decimals * f.scale;
  let sum = 0;
  let slack = half(first) + 1e-9;
  for (let m = 1; m < parts.length; m++) {
    const p = parts[m];
    const kind = kindOf(p, total);
    if (firstKind && kind && kind.family === firstKind.family) return;
    sum += p.value;
    slack += half(p);
    if (m >= 2 && Math.abs(sum - first.value) <= slack) {
      parts.splice(1, m);
      return;
    }
    if (sum > first.value + slack) return;
  }
}

/**
 * 当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元。其中：县直各部门批复指标39.41亿元，已用指标33.79亿元，
 * 预算结余5.62亿元: the whole is stated as several measures, and the "parts" repeat those measures for one sub-unit (a
 * row of a table written out), so they are not all parts of the first measure. True when a part is named by another
 * measure of the lead (已用指标, 预算结余) that the total's own name does not end in.
 */
function repeatsSiblingMeasures(text: string, figures: readonly Figure[], k: number, parts: Figure[], cueAt: number): boolean {
  const total = figures[k];
  const start = sentenceStart(text, total.offset, 200);
  const measures: string[] = [];
  for (const s of figures) {
    if (s === total || s.offset < start || s.offset >= cueAt || s.dimension !== total.dimension || parts.includes(s)) continue;
    const measure = ownSubject(s);
    if (/^\p{sc=Han}{2,}$/u.test(measure) && !ownSubject(total).endsWith(measure)) measures.push(measure);
  }
  if (measures.length === 0) return false;
  const sibling = (p: Figure) => measures.some((m) => ownSubject(p).endsWith(m));
  // The row repeats the total's own measure too (县直各部门批复指标 beside 当年预算批复指标): 反馈问题15个，已完成整改13个；
  // 其中已完成整改13个、正在推进3个 names no part like its total, and is a breakdown of it.
  const head = ownSubject(total).slice(-2);
  return parts.some(sibling) && /^\p{sc=Han}{2}$/u.test(head) && parts.some((p) => !sibling(p) && ownSubject(p).endsWith(head));
}

/** 其余为高中, 另有…: the list names more than its figures (a rest without a figure), so the figures are not all of it. */
const OTHERS_ZH = /其余|其餘|其他|其它|另有|另外/;

/** 其余为保障房小区, 剩余的, the remaining: a part named as the rest of the whole. */
const REST_OF_WHOLE = /^(?:其余|其餘|剩余|剩餘|余下|餘下)|^(?:and\s+)?(?:the\s+)?(?:remaining|rest|remainder)\b/i;

/** The rest of a whole named by the rest word alone: the remaining 150, the rest, 其余20人, 剩余的20人. */
const BARE_REST = /^(?:(?:and\s+)?(?:the\s+)?(?:remaining|rest|remainder)|(?:其余|其餘|剩余|剩餘|余下|餘下)(?:的)?(?:为|為|是)?)$/i;

/**
 * 共计1,248人：男性716人、女性522人 · 全市共有中小学校128所：小学80所、初中36所、高中20所: a colon right after a figure the
 * text states as the whole (共计, 共有, 合计) opens the whole of it, when the parts are categories of one kind (checked by
 * the caller); not a colon that opens 其中 (共有教师1,326人：其中党员486人…), which picks some out.
 */
function colonAfterStatedTotal(text: string, total: Figure, word: string, cueAt: number): boolean {
  if (word !== '：' && word !== ':') return false;
  if (!/^[：:]$/.test(text.slice(total.offset + total.length, cueAt).trim())) return false;
  if (/^\s*其中/.test(text.slice(cueAt, cueAt + 4))) return false;
  return STATED_TOTAL_ZH.test(text.slice(total.subjectStart, total.offset).replace(NOT_PART_COMPOUND, ''));
}

/** The words a part is named by, its own: after the last comma, 、 or cue before it. */
function ownWords(text: string, p: Figure): string {
  return text.slice(p.subjectStart, p.offset).replace(/^.*[，,、；;：:]/u, '').replace(/^\s*其中/, '').trim();
}

/**
 * 其中纵向2.14亿元、横向1.72亿元，横向首次突破1.7亿元: a figure after a comma whose own words start with the label of a part
 * listed before it (two characters or more) is said of that part.
 */
/** A clause in `gap` (after its comma) that opens with the whole's own words, its last three or four characters (债务余额). */
function restatesWhole(gap: string, total: Figure): boolean {
  const at = Math.max(gap.lastIndexOf('，'), gap.lastIndexOf(','), gap.lastIndexOf('；'), gap.lastIndexOf(';'));
  if (at < 0) return false;
  const name = /\p{sc=Han}{3,4}$/u.exec(total.subject);
  // Not one name of several (人大代表建议、政协提案共56件，…，政协提案28件: a part's label), nor a name right before the
  // figure (the part named so): words of its own between (债务余额控制在…限额).
  if (!name || /[、和及与與]$/.test(total.subject.slice(0, name.index))) return false;
  const clause = gap.slice(at + 1).trimStart();
  return clause.startsWith(name[0]) && clause.length >= name[0].length + 3;
}

function restatesPart(text: string, parts: Figure[], p: Figure): boolean {
  const last = parts[parts.length - 1];
  if (!/[，,；;]/.test(text.slice(last.offset + last.length, p.offset))) return false;
  const own = ownWords(text, p);
  return parts.some((q) => {
    const label = ownWords(text, q);
    return /^\p{sc=Han}{2,8}$/u.test(label) && own.startsWith(label) && own.length > label.length;
  });
}

/** households, families, care homes, schools: things that hold people or places, counted as wholes of their own. */
const CONTAINER_EN = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}?(?:${words.containerNounsEn.join('|')})\\b`, 'i');
/** children, people, beds, places: what a container holds (including 1,732 children). */
const MEMBER_EN = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}?(?:${words.memberNounsEn.join('|')})\\b`, 'i');

/** were, are, had been: a verb of being right after a part's figure. */
const BEING_AFTER_EN = /^\s*(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+/i;

/**
 * The whole counts containers (households, care homes) and the part what is in them (children, beds). Not a part that
 * says with a verb of being what kind of household each is ("1,240 households, of whom 610 were single adults or
 * couples": householdType); "420 families, of whom 610 were children" counts the children in them.
 */
function memberOfContainer(text: string, total: Figure, p: Figure): boolean {
  const after = (f: Figure) => text.slice(f.numberEnd, f.numberEnd + 40);
  if (!CONTAINER_EN.test(after(total)) || !MEMBER_EN.test(after(p)) || CONTAINER_EN.test(after(p))) return false;
  const being = BEING_AFTER_EN.exec(after(p));
  return !being || familyOf(after(p).slice(being[0].length).split(/[,;.:)]|\band\b|\bor\b/)[0].trim())?.family !== 'householdType';
}
