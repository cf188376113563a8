/**
 * The labels a paragraph's rows open with (一是…，, 第一，, （一）…：, 2019年全县实现一般公共预算…, "(i) a freeze on…, ",
 * "Lot 2", "Gateway: "): each names the measures of its row, which another row's same words do not share.
 */
import { unitTitle } from '../../model/unit-titles';

/** 一是行政复议，… · 二是… · 第一，… : an item's label after its ordinal, up to its comma or colon. */
// 第一批项目资金来源为：… is no ordinal: 第一批, 第二期 name a batch, not the first point made.
const ORDINAL_LABEL_ZH = /[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}(?:[，,、]|(?![批期届屆次轮輪类類组組档檔标標段季年级級名个個项項章节節部篇])))([\p{sc=Han}“”"]{2,16}?)[，,：:]/uy;

/** 行政复议：… · （一）予以公开：… · 规章：…: a label of Chinese words before a colon opening a sentence. */
const COLON_LABEL_ZH = /[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]\s*|\d{1,2}[.．、]\s*)?([\p{sc=Han}“”"（）()]{2,16}?)[：:](?=\S)/uy;

/** 其中：, 专任教师中：, 具体如下：: a list's cue or its whole, no label of a row. */
export const NOT_A_LABEL_ZH = /^(?:其中|具体|主要有|包括|如下)|中$|如下$/;

/** 一般公共预算财政总收入…, 社会保险基金收入完成…: a fund or a budget opening the paragraph is the owner of its figures. */
// 2019年全县实现一般公共预算财政总收入…: after the year, the whole and the verb the paragraph opens with.
const FUND_LEAD_ZH = /[ \t\u3000]*(?:(?:19|20)\d\d年度?)?(?:全[县縣市区區省镇鎮乡鄉]|(?:[县縣市区區省])?本[级級])?(?:实现|實現|完成)?(\p{sc=Han}{2,10}?(?:预算|預算|基金|专户|專戶|账户|賬戶))(?=\p{sc=Han})/uy;

/** "(i) a spending freeze, expected to save…", "- an agency review, …": a list item's subject before its first comma. */
// "(iii) staff restructuring, expected to save…": a lowercase item needs no article (at most six words).
// With its article the label may run longer: "(i) a freeze on non-essential spending for the remainder of the year, …".
const ITEM_LABEL_EN = /\s*(?:(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]|[-*•])\s+)?((?:an?|the)\s+[a-z][a-z'-]+(?:\s+[a-z][a-z'-]*){0,11}|[a-z][a-z'-]+(?:\s+[a-z][a-z'-]*){0,5}),\s+(?=[a-z])/y;

/**
 * "Lot 1 is awarded to Evergreen Ltd at a price of £588,600" / "Lot 2 …": a subject named by its number opening the
 * paragraph ("8.1 That Lot 1 (North) be awarded", "Phase 2 will cost"); the number tells it from its siblings.
 */
const NUMBERED_SUBJECT_EN = /\s*(?:\d{1,2}(?:\.\d{1,2})*\s+)?(?:(?:That|The)\s+)?((?:Lot|Phase|Stage|Tranche|Package|Option|Round|Wave|Cohort|Block|Zone|Site|Area|Ward|Route|Contract|Scheme|Workstream|Tier|Band)\s+(?:\d{1,3}[a-z]?|[A-H])(?![\w,.:%/-]))/y;

/** "Transportation and Roads: unfavourable variance of $1.84 million", "**Fire Services:** …": a run-in title before a colon. */
const COLON_LABEL_EN = /\s*(?:[-*•]\s+)?(?:\*\*|__)?([A-Z][A-Za-z'’&-]*(?:\s+[A-Za-z'’&-]+){0,3}?)(?:\*\*|__)?:(?:\*\*|__)?\s+(?=\S)/y;

/** A run-in title that names a unit (Fire Services, Transportation and Roads; not Note, Summary, Outcome). */
function unitLabelEn(label: string): boolean {
  const unit = unitTitle(label);
  return unit !== undefined && (unit.kind === 'head' || /\s/.test(unit.name));
}

const LABEL_SENTENCE_OPENER = /[。！？；!?;]/g;

/**
 * The labels a paragraph's rows open with, each with where its words end: 行政复议：结果维持1件。 and 行政诉讼：结果维持
 * 2件。 in a 政府信息公开工作年度报告 written as text, 一是行政复议，结果维持1件, 部分公开：自然人1件, the fund opening an
 * audit's paragraph (社会保险基金收入…。当年收支结余1,376万元), "(ii) an agency review, expected to save £0.6 million". The
 * figures after a label, up to the next label, belong to it.
 */
export function rowLabels(text: string): Array<{ at: number; label: string }> {
  const out: Array<{ at: number; label: string }> = [];
  const tryAt = (start: number) => {
    for (const pattern of [ORDINAL_LABEL_ZH, COLON_LABEL_ZH, ...(start === 0 ? [FUND_LEAD_ZH, NUMBERED_SUBJECT_EN, ITEM_LABEL_EN, COLON_LABEL_EN] : [])]) {
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (!m || NOT_A_LABEL_ZH.test(m[1]) || (pattern === COLON_LABEL_EN && !unitLabelEn(m[1]))) continue;
      out.push({ at: pattern === FUND_LEAD_ZH ? start : m.index + m[0].length, label: m[1].toLowerCase() });
      return;
    }
  };
  tryAt(0);
  for (LABEL_SENTENCE_OPENER.lastIndex = 0; LABEL_SENTENCE_OPENER.test(text); ) tryAt(LABEL_SENTENCE_OPENER.lastIndex);
  return out;
}
