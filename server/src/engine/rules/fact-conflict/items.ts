/**
 * Items of one list, each with its own label run in before its figures: "2.特色产业发展，安排资金510万元" and
 * "3.民生改善项目，安排资金150万元", （二）重大经济事项决策不规范。发现问题36个 and （四）国有资产管理不严格。发现问题63个,
 * "(a) stage 1: … within 10 working days" and "(b) stage 2: … within 20 working days". Each item states its own
 * subject's figure: two values there are two facts, however alike the words after the labels (and a digit swap between
 * them is no restatement). A figure in an item against one outside the list (a summary) is still the same fact.
 */
import type { Figure } from '../../model/numbers';
import { matchesOf } from '../../patterns';

/** The label of an item: its words up to the first clause mark (，。：；, ": ", ", "). */
const LABEL_END = /[，。：:；;]|[,.](?=\s|$)/;

/** The label of a topic, no subject: 一、基本情况, （二）社会事业全面进步, 2. 主要做法, "Overview". */
const TOPIC_LABEL = /情况|做法|成效|成绩|主要|总体|基本|全面|持续|加强|不断|进一步|概况|概述|总结|小结|问题|不足|措施|经验|亮点|overview|summary|background|performance|results?$/i;
/** The clause after the label opens with the whole's scope (全市新建口袋公园64个, "In total, …"): the whole's figure. */
const WHOLE_OPENING = /^\s*(?:全[市县縣区區镇鎮乡鄉省]|全年共|共计|共計|合计|合計|共|累计|累計|in total|overall|altogether|in all|across the)/i;
const CLAUSE_MARK = /[，。：:；;！？!?]|[,.](?=\s|$)/;

/**
 * The label run in before the figure in its item's paragraph, where the figure is the item's own: in the clause right
 * after the label, which does not open with the whole's scope. Undefined otherwise (no item, the figure in the label,
 * a topic for a label, a figure further on).
 */
function itemLabel(f: Figure): string | undefined {
  const p = f.paragraph;
  if (!p.atHeading || !p.section) return undefined;
  // Its first 40 characters at most: a label is short.
  const head = p.text.slice(0, Math.min(f.offset, 41));
  const end = head.search(LABEL_END);
  if (end <= 0) return undefined;
  const label = head.slice(0, end).trim().toLowerCase();
  if (label === '' || TOPIC_LABEL.test(label)) return undefined;
  // The figure in the clause right after the label (≤ 60 characters before it).
  const clause = p.text.slice(end + 1, f.offset);
  if (clause.length > 60 || CLAUSE_MARK.test(clause) || WHOLE_OPENING.test(clause)) return undefined;
  return label;
}

/** Whether two figures stand in two items of one list, each after a label of its own. */
export function inOtherItems(a: Figure, b: Figure): boolean {
  const sa = a.paragraph.section;
  const sb = b.paragraph.section;
  if (!sa || !sb || sa === sb || sa.group !== sb.group) return false;
  const la = itemLabel(a);
  const lb = itemLabel(b);
  return la !== undefined && lb !== undefined && la !== lb;
}

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** The month or quarter a statement is dated to: "As at 30 June 2026", "at the end of July", "in Q2", "second quarter". */
const TIMES_EN = new RegExp(`\\b(?:${MONTHS_EN}|q[1-4]|h[12]|(?:first|second|third|fourth) quarter|(?:first|second) half)\\b`, 'gi');
/** 截至6月底, 7月31日, 年底; 一季度, 第二季度, 上半年. */
const TIMES_ZH = /\d{1,2}月(?:底|末|\d{1,2}日)|年底|年末|[一二三四1-4]季度|[上下]半年/g;
const QUARTERS_ZH: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };
const SENTENCE_MARK = /[。！？；;!?]|\.(?=\s|$)/;

/** The months, quarters and dates the sentence of a figure names (up to it, and its clause after it). */
export function timesOf(f: Figure): string[] {
  const text = f.paragraph.text;
  const lead = text.slice(Math.max(0, f.offset - 160), f.offset);
  let start = lead.length;
  while (start > 0 && !SENTENCE_MARK.test(lead[start - 1] === '.' ? lead.slice(start - 1, start + 1) : lead[start - 1])) start--;
  const end = f.offset + f.length;
  const tail = text.slice(end, end + 80);
  const stop = tail.search(/[,，。；;!?！？]|\.(?=\s|$)/);
  const s = `${lead.slice(start)} ${stop < 0 ? tail : tail.slice(0, stop)}`;
  const out = new Set<string>();
  for (const m of matchesOf(s, TIMES_EN)) out.add(m[0].toLowerCase().replace(/^(first|second|third|fourth) quarter$/, (_, n: string) => `q${['first', 'second', 'third', 'fourth'].indexOf(n) + 1}`));
  for (const m of matchesOf(s, TIMES_ZH)) out.add(m[0].replace(/^([一二三四])季度$/, (_, n: string) => `${QUARTERS_ZH[n]}季度`));
  return [...out];
}

/** Whether two statements are dated to two times (each names some, none in common): 截至6月底 / 截至7月底, Q1 / Q2. */
export function atOtherTimes(a: Figure, b: Figure): boolean {
  const ta = timesOf(a);
  if (ta.length === 0) return false;
  const tb = timesOf(b);
  return tb.length > 0 && !ta.some((t) => tb.includes(t));
}
