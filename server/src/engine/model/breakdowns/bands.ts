// Parts told apart by size bands of an amount after 其中 (亿元以上项目7个、5000万元至1亿元项目6个): exclusive when no
// band reaches into another, summed against the count of their noun before 其中.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { MONEY, CLAUSE_END, canBeTotal, countable, isChange, partitionOf, sentenceStart, type Breakdown } from './shared';

/** An amount that bounds a band: 5000万元, 1亿元, 亿元 (one 亿). */
const BAND_AMOUNT = String.raw`(\d+(?:\.\d+)?)?([万萬亿億])?元?`;

/** 亿元以上项目, 5000万元至1亿元项目, 5000万元以下项目, 不足100万元的项目: a size band and the noun it counts. */
const BAND_LABEL = new RegExp(
  String.raw`^(?:${BAND_AMOUNT}(?:及)?以上|${BAND_AMOUNT}(?:至|到|[-—－~～])${BAND_AMOUNT}|${BAND_AMOUNT}(?:及)?以下|不足${BAND_AMOUNT}|${BAND_AMOUNT}以内)的?(\p{sc=Han}{1,8})$`,
  'u',
);

/**
 * 集体经济收入10万元以上的村, 年营业收入5000万元以上的企业: the amount the bands measure, named before the first bound, is
 * no part of the label (the noun after 的 is what is counted).
 */
const BAND_MEASURE = /^\p{sc=Han}{0,6}?(?:收入|投资|投資|产值|產值|资产|資產|营业额|營業額|销售额|銷售額|营收|營收|规模|規模|金额|金額)(?=\d|[亿億])/u;

function bandAmount(digits: string | undefined, scale: string | undefined, fallbackScale?: string): number | undefined {
  const s = scale ?? fallbackScale;
  if (digits === undefined && s === undefined) return undefined;
  const n = digits === undefined ? 1 : Number(digits);
  return n * (s === '亿' || s === '億' ? 1e8 : s === '万' || s === '萬' ? 1e4 : 1);
}

/**
 * 共引进项目16个，总投资42.5亿元，其中亿元以上项目7个、5000万元至1亿元项目6个、5000万元以下项目5个: parts told apart by
 * size bands of an amount, which cannot overlap when no band reaches into another (one 以上 at the top, one 以下 at the
 * bottom, ranges between): they cannot add up to more than the count of the noun they all count, the nearest figure
 * before 其中 in its sentence. Not bands that overlap (3000万元以上…5000万元以上). Only a sum above the whole is read.
 */
export function bandBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('其中') || !/以上|以下|不足|以内/.test(text)) return out;
  for (let at = text.indexOf('其中'); at >= 0; at = text.indexOf('其中', at + 2)) {
    const cueAt = at + 2;
    let from = cueAt;
    while (from < text.length && /[\s：:，,]/.test(text[from])) from++;
    const parts: Figure[] = [];
    const bands: [number, number][] = [];
    let noun: string | undefined;
    let measure: string | undefined;
    let prevEnd = from;
    let ok = true;
    for (const f of figures) {
      if (f.offset < from) continue;
      const gap = text.slice(prevEnd, f.offset);
      if (CLAUSE_END.test(gap)) break;
      // An amount inside a band's label (5000万元, 1亿元) is part of the next count's label.
      if (MONEY.has(f.dimension) || f.dimension === '%' || f.dimension === '') continue;
      const label = gap.replace(/^[\s、，,]+/, '');
      // 经营性收入5万元以下的村 after 集体经济收入10万元以上的村: bands of another amount are no parts of the same split.
      const measured = BAND_MEASURE.exec(label)?.[0];
      if (measured !== undefined && measure !== undefined && measured !== measure) {
        ok = false;
        break;
      }
      measure ??= measured;
      const m = BAND_LABEL.exec(measured ? label.slice(measured.length) : label);
      if (!m || f.approximate) {
        ok = false;
        break;
      }
      let band: [number, number] | undefined;
      if (m[1] !== undefined || m[2] !== undefined) band = [bandAmount(m[1], m[2])!, Infinity];
      else if (m[3] !== undefined || m[4] !== undefined) {
        const hi = bandAmount(m[5], m[6]);
        const lo = bandAmount(m[3], m[4], m[6]);
        if (lo !== undefined && hi !== undefined && lo < hi) band = [lo, hi];
      } else {
        const hi = bandAmount(m[7] ?? m[9] ?? m[11], m[8] ?? m[10] ?? m[12]);
        if (hi !== undefined) band = [0, hi];
      }
      if (!band || (noun !== undefined && noun !== m[13]) || (parts.length > 0 && (f.unit !== parts[0].unit || f.dimension !== parts[0].dimension))) {
        ok = false;
        break;
      }
      noun = m[13];
      parts.push(f);
      bands.push(band);
      prevEnd = f.offset + f.length;
    }
    if (!ok || parts.length < 2 || noun === undefined) continue;
    // The list ends its sentence: no other part left unread (其中…5000万元以下项目5个，在建项目9个 still counts).
    const sorted = [...bands].sort((a, b) => a[0] - b[0]);
    if (sorted.some((b, i) => i > 0 && b[0] < sorted[i - 1][1])) continue;
    // The whole: the nearest count before 其中 in its sentence, in the parts' unit, counting their noun.
    let total: Figure | undefined;
    for (const f of figures) {
      if (f.offset >= at) break;
      if (CLAUSE_END.test(text.slice(f.offset + f.length, at))) continue;
      if (f.dimension === parts[0].dimension && f.unit === parts[0].unit && canBeTotal(f) && !f.approximate && f.subject.endsWith(noun)) total = f;
    }
    if (!total) continue;
    out.push(partitionOf(paragraph, total, parts, cueAt, { sumOnly: true }));
  }
  return out;
}

/** 35岁以下 · 35周岁及以下 · 不满35岁 · 36至45岁 · 36-45岁 · 36岁至45岁 · 46岁以上 · 超过60岁: an age band, then 的 and a noun. */
const AGE_BAND = String.raw`(?:(\d{1,3})(?:周)?岁(?:及|或)?(以下|以上|以内)|(不满|不足|未满|超过|满)(\d{1,3})(?:周)?岁|(\d{1,3})(?:周)?(?:岁)?(?:至|到|[-—－~～])(\d{1,3})(?:周)?岁)(?:的)?\p{sc=Han}{0,4}?`;
const AGE_FIRST = new RegExp(`^[^。；;！？!?\\d]{0,12}?${AGE_BAND}$`, 'u');
const AGE_NEXT = new RegExp(`^[\\s、，,]*(?:和|及|以及)?${AGE_BAND}$`, 'u');
/** A band's label closes the text before a figure: that figure is a part, no whole of bands after it. */
const AGE_BEFORE = new RegExp(`${AGE_BAND}$`, 'u');
/** （平均年龄41.6岁）, 平均年龄为41.6岁: the mean age between the whole and its bands. */
const MEAN_AGE = /[（(]?平均年龄(?:为|是)?\d+(?:\.\d+)?(?:周)?岁[）)]?/g;

/** The ages a band holds, in whole years: 35岁以下 → [0, 35], 36至45岁 → [36, 45], 46岁以上 → [46, ∞]. */
function ageBand(m: RegExpExecArray): [number, number] | undefined {
  if (m[1] !== undefined) return m[2] === '以上' ? [Number(m[1]), Infinity] : [0, Number(m[1])];
  if (m[3] !== undefined) {
    const n = Number(m[4]);
    return m[3] === '超过' ? [n + 1, Infinity] : m[3] === '满' ? [n, Infinity] : [0, n - 1];
  }
  const lo = Number(m[5]);
  const hi = Number(m[6]);
  return lo < hi ? [lo, hi] : undefined;
}

/**
 * 全镇共有村（社区）干部126人，其中35岁以下38人，36至45岁52人，46岁以上45人 · 在职职工412人，按年龄分，35岁及以下156人、
 * 36-45岁148人、46岁及以上121人: parts told apart by age bands, which cannot overlap when no band reaches into another (a
 * year shared at a bound is a slip of wording, not an overlap; 35岁以下…45岁以下 nest, and are no bands). The whole is the
 * figure in the parts' unit right before them in the sentence. Bands that run from the youngest to the oldest with no gap
 * are all of the whole.
 */
export function ageBandBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (/\baged?\b|\b(?:under|over)\s+\d/i.test(text)) out.push(...ageBandBreakdownsEn(paragraph, figures));
  if (!text.includes('岁')) return out;
  for (let k = 0; k < figures.length; k++) {
    const total = figures[k];
    if (!canBeTotal(total) || total.approximate || MONEY.has(total.dimension) || total.dimension === '岁' || isChange(text, total)) continue;
    if (AGE_BEFORE.test(text.slice(Math.max(0, total.offset - 16), total.offset))) continue;
    const parts: Figure[] = [];
    const bands: [number, number][] = [];
    let prevEnd = total.offset + total.length;
    let j = k + 1;
    for (; j < figures.length; j++) {
      const f = figures[j];
      if (f.dimension === '岁') continue;
      const gap = text.slice(prevEnd, f.offset);
      const m = parts.length === 0 ? AGE_FIRST.exec(gap.replace(MEAN_AGE, '')) : AGE_NEXT.exec(gap);
      if (!m || f.dimension !== total.dimension || f.unit !== total.unit || f.approximate || f.perUnit) break;
      const band = ageBand(m);
      if (!band) break;
      parts.push(f);
      bands.push(band);
      prevEnd = f.offset + f.length;
    }
    if (parts.length < 2) continue;
    k = j - 1;
    const sorted = [...bands].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (sorted.some((b, i) => i > 0 && b[0] < sorted[i - 1][1])) continue;
    const complete = sorted[0][0] === 0 && sorted[sorted.length - 1][1] === Infinity && sorted.every((b, i) => i === 0 || b[0] <= sorted[i - 1][1] + 1);
    const cueAt = parts[0].offset;
    out.push(partitionOf(paragraph, total, parts, cueAt, { complete }));
  }
  return out;
}

/**
 * " are aged under 30" · " were 25-44" · " are aged 50 or over" · " were over 65": the band right after a count, in
 * English. Groups: under/below N, N to M, N and over (or N+), over N.
 */
const AGE_BAND_EN = /^\s+(?:(?:are|were|is|was)\s+)?(?:aged\s+)?(?:(?:under|below|younger\s+than|less\s+than)\s+(\d{1,3})|(\d{1,3})\s*(?:to|-|–|—)\s*(\d{1,3})|(\d{1,3})\s*(?:\+|(?:and|or)\s+(?:over|above|older))|(?:over|above|older\s+than)\s+(\d{1,3}))(?![\d.,]*\s*(?:%|per\s+cent|percent))/i;

function ageBandEn(m: RegExpExecArray): [number, number] | undefined {
  if (m[1] !== undefined) return [0, Number(m[1]) - 1];
  if (m[2] !== undefined) return Number(m[2]) < Number(m[3]) ? [Number(m[2]), Number(m[3])] : undefined;
  if (m[4] !== undefined) return [Number(m[4]), Infinity];
  return [Number(m[5]) + 1, Infinity];
}

/**
 * "Of our 210 staff, 58 are aged under 30, 96 are aged 30 to 49 and 64 are aged 50 or over": counts each followed by an
 * age band that does not reach into another's, after their whole (the count before them in the sentence, with no other
 * figure between); all of it where the bands run from the youngest to the oldest with no gap.
 */
/**
 * Between an English whole and its first age band: its noun and the words placing it, or those ended by ". Of these,"
 * — not a second verb after the whole (12 staff and worked with many children. Of these,: the bands are of the children).
 */
/** A second verb after the whole in its sentence (and worked with many children): the bands may be of what it names. */
const SECOND_VERB_GAP_EN = /\b(?:and|but|while)\s+(?:[a-z]+ed|has|have|had|saw|met|took|made|ran|held|gave)\b/i;

const FIRST_BAND_GAP_EN = /^(?:[^\d.;!?()]{0,60}|(?![^.]*\b(?:and|but|while|who|which|that)\s+(?:[a-z]+ed|has|have|had|is|are|was|were|saw|met|took|made)\b)[^\d.;!?()]{0,90}\.\s+Of\s+(?:these|them|those|whom)\s*,\s*)$/i;

/**
 * "212 volunteers joined. 140 of them were aged under 25, …": the whole ends its sentence (nothing but its noun and
 * the words placing it after it), the first band opens the next counted "of these" (or them, those).
 */
const SENTENCE_GAP_EN = /^[^\d.;!?()]{0,90}[.!?]\s+$/;
const YEAR_EN = /\b(?:19|20)\d\d(?:\s*[/–—-]\s*\d\d(?:\d\d)?)?\b/g;
const OF_THESE_AFTER_EN = /^\s+of\s+(?:these|them|those)(?=\s)/i;

/** The sentence of figures[k] holds no other count (with two, which one "these" are is not told here). */
function onlyCountOfSentence(text: string, figures: readonly Figure[], k: number): boolean {
  const start = sentenceStart(text, figures[k].offset, 400);
  for (let i = k - 1; i >= 0 && figures[i].offset >= start; i--) if (countable(figures[i])) return false;
  return true;
}

function ageBandBreakdownsEn(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!canBeTotal(total) || total.approximate || total.words || (total.dimension !== 'count' && total.dimension !== '') || AGE_BAND_EN.exec(text.slice(total.offset + total.length))) continue;
    const parts: Figure[] = [];
    const bands: [number, number][] = [];
    let j = k + 1;
    let prevEnd = total.offset + total.length;
    while (j < figures.length) {
      const f = figures[j];
      const gap = text.slice(prevEnd, f.offset);
      // "worked with 124 children on court orders. Of these, 58 were aged 10 to 14 and 71 were aged 15 to 17": the whole
      // may end its sentence, the bands opening the next with "Of these,".
      // "212 volunteers joined. 140 of them were aged under 25": the first band may open the next sentence counted "of them".
      // (A year may place the whole: 212 volunteers joined in 2025.)
      const ofThese = parts.length === 0 && !FIRST_BAND_GAP_EN.test(gap) && SENTENCE_GAP_EN.test(gap.replace(YEAR_EN, '')) && f.unit === '' ? OF_THESE_AFTER_EN.exec(text.slice(f.numberEnd, f.numberEnd + 16)) : null;
      if (ofThese && (!onlyCountOfSentence(text, figures, k) || SECOND_VERB_GAP_EN.test(gap))) break;
      if (!ofThese && !(parts.length === 0 ? FIRST_BAND_GAP_EN : /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)$/).test(gap)) break;
      // "The club has 212 volunteers and 40 coaches. Of these, …": with two counts in the sentence before, these may be
      // either or both.
      if (parts.length === 0 && !ofThese && /[.!?]\s+Of\s/i.test(gap) && !onlyCountOfSentence(text, figures, k)) break;
      if ((f.dimension !== 'count' && f.dimension !== '') || f.approximate || f.perUnit || f.words) break;
      const m = AGE_BAND_EN.exec(text.slice(f.numberEnd + (ofThese ? ofThese[0].length : 0), f.numberEnd + 76));
      if (!m) break;
      const band = ageBandEn(m);
      if (!band) break;
      parts.push(f);
      bands.push(band);
      // Past the ages of the band: they are figures too.
      const bandEnd = f.numberEnd + (ofThese ? ofThese[0].length : 0) + m[0].length;
      prevEnd = bandEnd;
      j++;
      while (j < figures.length && figures[j].offset < bandEnd) j++;
    }
    if (parts.length < 2) continue;
    k = j - 1;
    const sorted = [...bands].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (sorted.some((b, i) => i > 0 && b[0] < sorted[i - 1][1])) continue;
    const complete = sorted[0][0] === 0 && sorted[sorted.length - 1][1] === Infinity && sorted.every((b, i) => i === 0 || b[0] <= sorted[i - 1][1] + 1);
    out.push(partitionOf(paragraph, total, parts, parts[0].offset, { complete }));
  }
  return out;
}
