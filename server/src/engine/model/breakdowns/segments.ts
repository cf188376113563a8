// The business segments of a group, listed in a paragraph of their own after the group's total in the paragraphs
// before it (a group's summary: 全年实现营业收入86.42亿元… then 分板块看，城市开发建设板块实现收入41.3亿元，公用事业板块
// 实现收入22.6亿元…). The segments (X板块) are members of one kind, named as such, and split the group's revenue without
// overlap; their whole is the last figure of the same measure in the same section, a few paragraphs up, where it is the
// only one there (营业收入 beside 主营业务收入 leaves the whole in doubt).

import { SENTENCE_MARK, type Breakdown } from './shared';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';

/** 分板块看， · 按业务板块分： · 从各板块看，: the paragraph splits the group by segment. */
const SEGMENT_CUE = /^(?:分|按|从|從)(?:各|业务|業務)?(?:板块|板塊)(?:来看|來看|看|分|划分|劃分)?[，,：:]/;
/** A segment and its measure: 建筑施工板块实现收入 → 建筑施工, 收入. */
const SEGMENT_PART = /^[，,；;、\s]*(?:其中)?([\p{sc=Han}]{2,10}?)(?:板块|板塊)(?:实现|實現|完成|取得)?(?:了)?((?:营业|營業)?(?:收入|利润|利潤|利润总额|利潤總額|净利润|淨利潤))$/u;
/** The group's whole: 全年实现营业收入, 集团营业收入, 实现营业收入 — its measure, with nothing that scopes it. */
const WHOLE = /^(?:全年|本年|全集团|全集團|集团|集團|公司|全公司)?(?:累计|累計)?(?:实现|實現|完成|取得)?(?:了)?((?:营业|營業)?(?:总)?(?:收入|利润|利潤|利润总额|利潤總額|净利润|淨利潤))$/;
/** How far up the whole may be: the paragraph before, or one or two more (a balance sheet line between). */
const LOOK_BACK = 3;

/** The measure without 营业: a segment's 收入 is the group's 营业收入. */
const measureOf = (m: string) => m.replace(/^(?:营业|營業)/, '').replace(/^总/, '');

/**
 * Whether readSegmentBreakdowns may read a paragraph of this text (as segments or as their whole): a summary's test.
 * Every measure SEGMENT_PART and WHOLE read holds 收入, 利润 or 利潤, and every segment 板块 or 板塊: a measure added
 * there that holds none of them must be added here (the incremental test that changes each figure catches it).
 */
export function segmentsMayRead(text: string): boolean {
  return /收入|利润|利潤|板块|板塊/.test(text);
}

export function readSegmentBreakdowns(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const cue = SEGMENT_CUE.exec(p.text.trimStart());
    if (!cue) continue;
    const start = p.text.length - p.text.trimStart().length + cue[0].length;
    const stop = p.text.slice(start).search(SENTENCE_MARK);
    const end = stop < 0 ? p.text.length : start + stop;
    const parts: Figure[] = [];
    const names = new Set<string>();
    let measure: string | undefined;
    let from = start;
    let ok = true;
    for (const f of figuresIn(p)) {
      if (f.offset < start) continue;
      if (f.offset >= end) break;
      // 同比增长12.1%: a change after a segment's amount is no part; anything else of another kind ends the reading.
      if (f.dimension === '%' && parts.length > 0) {
        from = f.offset + f.length;
        continue;
      }
      const m = f.dimension === '元' && !f.approximate && !f.perUnit ? SEGMENT_PART.exec(p.text.slice(from, f.offset)) : null;
      if (!m || (measure !== undefined && measureOf(m[2]) !== measure) || names.has(m[1])) {
        ok = false;
        break;
      }
      measure = measureOf(m[2]);
      names.add(m[1]);
      parts.push(f);
      from = f.offset + f.length;
    }
    if (!ok || parts.length < 2 || measure === undefined || /等/.test(p.text.slice(start, end))) continue;
    const total = wholeBefore(paragraphs, i, measure, figuresIn);
    if (!total || total.dimension !== parts[0].dimension) continue;
    out.push({ paragraph: p, total, parts, cueAt: start, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, wholeAbove: true });
  }
  return out;
}

/** The group's figure of the measure in the nearest paragraph above that states one, in the same section. */
function wholeBefore(paragraphs: Paragraph[], i: number, measure: string, figuresIn: (p: Paragraph) => readonly Figure[]): Figure | undefined {
  const section = paragraphs[i].section;
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const q = paragraphs[j];
    if (q.section !== section || q.atHeading) return undefined;
    const found = figuresIn(q).filter((f) => {
      if (f.dimension !== '元' || f.approximate || f.perUnit) return false;
      const m = WHOLE.exec(f.subject);
      return m !== null && measureOf(m[1]) === measure;
    });
    // Any 收入 of the measure in that paragraph is a candidate: two of them (营业收入, 主营业务收入) leave the whole in doubt.
    const all = figuresIn(q).filter((f) => f.dimension === '元' && f.subject.endsWith(measure));
    if (all.length > 1) return undefined;
    if (found.length === 1) return found[0];
    if (all.length > 0) return undefined;
  }
  return undefined;
}
