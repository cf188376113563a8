// A total, then a sentence (or clause) that opens by naming the dimension it is split along, 按…分 · 按…划分 · 从…看, and
// the parts along it:
//   全县共有各类乡村民宿326家，床位4870张，从业人员1960人。按经营主体分，个人经营218家、村集体经营37家、企业经营64家。
// (218 + 37 + 64 = 319). 按经营主体分 says every 民宿 has one 经营主体 and each is named: the parts are all of the whole;
// 从…看 says they split it, not that every one is named (only a sum above the whole is wrong).
// The whole is the one figure of the parts' unit in the sentence before (or earlier in the same sentence); the parts
// are the figures of that unit to the end of the clause, a share after one (占66.9%) aside.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { PARTIAL, insideBrackets, isChange, partitionOf, sentenceStart, type Breakdown } from './shared';

/** 按经营主体分， · 按区域划分： · 从学段看， · 按照性质来分，: the dimension of the split, opening a sentence or a clause. */
const BY_DIMENSION_ZH = /(?:^|[。；！？，])\s*(?:按|按照|從|从)([\p{sc=Han}]{1,8}?)(?:来|來)?(?:分|划分|劃分|区分|區分|分类|分類|看)[，,：:]/gu;

/** 其中, 另有, 此外, 同比, 增长: words in the parts' clause that make a figure something else than one part. */
const NOT_PARTS_ZH = /其中|另有|另外|此外|同比|环比|環比|比上年|较上年|較上年|增长|增長|下降|增加|减少|減少|累计|累計|分别|分別|合计|合計|共计|共計|总计|總計|以上|以下|超过|超過|不足|平均|人均/u;

export function byDimensionBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!/[按从從]/.test(text)) return out;
  BY_DIMENSION_ZH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BY_DIMENSION_ZH.exec(text))) {
    const cueAt = m.index + m[0].length;
    // The parts: to the end of the clause.
    const endMatch = /[。；！？;!?]/.exec(text.slice(cueAt, cueAt + 200));
    const end = endMatch ? cueAt + endMatch.index : Math.min(text.length, cueAt + 200);
    const region = text.slice(cueAt, end);
    if (PARTIAL.test(region) || NOT_PARTS_ZH.test(region)) continue;
    const inRegion = figures.filter((f) => f.offset >= cueAt && f.offset < end && !insideBrackets(text, cueAt, f.offset) && f.dimension !== '%');
    if (inRegion.length < 2) continue;
    const unit = inRegion[0].unit;
    if (inRegion.some((p) => p.unit !== unit || p.dimension !== inRegion[0].dimension || p.perUnit || p.value <= 0 || isChange(text, p))) continue;
    // Each part named by words of its own, joined by 、 or ，.
    let named = true;
    for (let i = 0; i < inRegion.length && named; i++) {
      const from = i === 0 ? cueAt : inRegion[i - 1].offset + inRegion[i - 1].length;
      const gap = text.slice(from, inRegion[i].offset).replace(/[（(][^（()）]*[）)]/g, '');
      named = (i === 0 || /^\s*[、，,]/.test(gap)) && /[\p{sc=Han}A-Za-z]{2,}\s*(?:为|為|有|达|達)?\s*$/u.test(gap);
    }
    if (!named) continue;
    // The whole: the one figure of that unit between the start of the sentence before and the cue.
    const sentence = sentenceStart(text, m.index + 1, 300);
    const from = sentence > 0 ? sentenceStart(text, sentence - 1, 300) : 0;
    const before = figures.filter((f) => f.offset >= from && f.offset < m!.index && f.unit === unit && f.dimension === inRegion[0].dimension);
    if (before.length !== 1) continue;
    const total = before[0];
    if (!(total.value > 0) || total.perUnit || isChange(text, total) || inRegion.some((p) => p.value > total.value)) continue;
    const approximate = total.approximate || inRegion.some((p) => p.approximate);
    // 按…分 names every member's one value of the dimension (all of the whole); 从…看 may pick out the main ones only
    // (从行业看，工业投资200亿元、基础设施投资150亿元): no more than the whole.
    const all = /^(?:按|按照)$/.test(/按照|按|從|从/.exec(m[0])![0]);
    out.push(partitionOf(paragraph, total, inRegion, cueAt, { complete: all, approximate }));
  }
  return out;
}
