// The parts first, then the sum the text says they make: 省级示范村6个、市级示范村12个，共19个 · Central 210,000,
// Eastgate 96,000 and Riverside 52,000, a total of 340,000. Complete by what the text says.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { PARTIAL, NOT_PART_COMPOUND_ONE, unranked, isChange, canBeTotal, insideBrackets, sentenceStart, type Breakdown } from './shared';

// 省级示范村6个、市级示范村12个，共19个 · 小学2所、初中1所、高中1所，合计5所 · Central 210,000, Eastgate 96,000 and
// Riverside 52,000, a total of 340,000: the parts first, then the sum the text says they make.
// 省级（120万元）、市级（80万元）资金，合计210万元: the last part in brackets after its label, the noun of all after it.
// 中央资金1.2亿元、省级资金1.1亿元、市级资金0.9亿元，三项合计3.6亿元 · …，以上合计… · …，两者共计…: the sum may say how many
// parts it sums, or that it sums those above.
const SUM_AFTER_ZH = /^(?:[)）][\p{sc=Han}]{0,6})?\s*[，,]\s*(?:(?:[两二三四五六七八九十]|[2-9])(?:项|項|类|類|部分)|以上|上述|两者|兩者|二者|三者)?(?:共|合计|合計|共计|共計|总计|總計|总共|總共|一共)[\p{sc=Han}]{0,8}?$/u;

/** 三项合计 · 两类共计: the number of parts the sum counts. */
const SUM_COUNTED_ZH = /[，,]\s*([两二三四五六七八九十]|[2-9])(?:项|項|类|類|部分)(?:共|合|总|總|一)/;

/** 三项合计 as read from its figure on: the count, its 项, the sum's word. */
const SUM_COUNT_FIGURE = /^(?:[两二三四五六七八九十]|[2-9])(?:项|項|类|類|部分)(?:共|合计|合計|共计|共計|总计|總計|总共|總共|一共)[\p{sc=Han}]{0,8}?$/u;

const ZH_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

// The last part's own words may come first: 9 in autumn, 23 in total.
// …and other costs GBP 12,640, making GBP 151,240 in total: "making" or "giving" with "in total" after the sum.
// LCFF ($141.6 million), federal ($22.1 million) and other state ($21.9 million) sources, a total of $182.4 million: each
// amount in brackets after its label, the noun of all of them after the last.
// "612 applied to Northgate and 1,047 to other providers, out of 1,580 applicants in total": parts of the total, not
// said to be all of it.
const SUM_AFTER_EN = /^\)?(?:\s+[A-Za-z][^\d.;:!?,]{0,30})?(?:,?\s*(?:(?:a|for\s+a|making\s+a)\s+total\s+of|totall?ing|in\s+all|making|giving|(out\s+of)(?:\s+a\s+total\s+of|\s+the)?)\s+|,\s*)$/i;

const SUM_AFTER_EN_TAIL = /^\s+(?:in\s+total|altogether|in\s+all)\b/i;

/** What may stand between two parts: 、，and, with the next part's label; no clause end, no other number. */
const PART_GAP = /^(?!.*(?:其中|包括|包含|含|of which|of whom|including))[^。；;！？!?.:：\d]{0,24}$/;

/** （含社区、居家就业） · (including hospital trips): a bracketed note in a part's label, no figure in it. */
const LABEL_NOTE = /[（(][^（()）\d０-９]{1,40}[)）]/g;

/** In English the next part's label is words: ", instruments and equipment ". */
const PART_GAP_EN = /^(?!.*\b(?:of which|of whom|including)\b)[^;!?.:\d]{0,40}$/;

export function sumAfterParts(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  for (let k = 2; k < figures.length; k++) {
    const total = figures[k];
    // 三项合计3.6亿元: the count of the parts (三项) is read as a figure of its own; the last part is the one before it.
    const li = k >= 3 && SUM_COUNT_FIGURE.test(text.slice(figures[k - 1].offset, total.offset)) ? k - 2 : k - 1;
    const last = figures[li];
    const gap = text.slice(last.offset + last.length, total.offset);
    // Not 共 inside a word: 共有产权住房310套 is another part, 共建 a verb.
    const zh = SUM_AFTER_ZH.test(gap) && !NOT_PART_COMPOUND_ONE.test(gap);
    const enCue = zh ? null : SUM_AFTER_EN.exec(gap);
    const en = enCue !== null && (/\btotal|\bin all\b/i.test(gap) || SUM_AFTER_EN_TAIL.test(text.slice(total.offset + total.length)));
    const outOf = en && enCue![1] !== undefined;
    if (!zh && !en) continue;
    // In English a bare number counts what the list counts (12 courses in spring and 9 in autumn, 21 in total).
    const kind = (f: Figure) => (en && f.dimension === '' && !f.perUnit ? 'count' : f.dimension);
    const adds = (f: Figure) => kind(f) === kind(total) && (canBeTotal(f) || kind(f) === 'count');
    if (total.approximate || !adds(total) || !adds(last)) continue;
    const parts = [last];
    // A list longer than any report writes is not summed (and a hostile one costs nothing per 共).
    for (let j = li - 1; j >= 0 && parts.length < 40; j--) {
      const p = figures[j];
      // 灵活就业（含社区、居家就业）8657人 · transport (including hospital trips) 3,900 hours: a note in brackets, with no
      // figure, says what the next part's label takes in; its 含 and 、 start no list of their own.
      const gap = text.slice(p.offset + p.length, parts[0].offset).replace(LABEL_NOTE, '');
      if (!adds(p) || !(en ? PART_GAP_EN : PART_GAP).test(gap)) break;
      parts.unshift(p);
    }
    // 三项合计: as many parts as the sum counts, the last ones before it; fewer are no reading of it.
    const counted = zh ? SUM_COUNTED_ZH.exec(gap) : null;
    if (counted) {
      const n = ZH_DIGIT[counted[1]] ?? Number(counted[1]);
      if (parts.length < n) continue;
      parts.splice(0, parts.length - n);
    }
    if (parts.length < 2 || parts.some((p) => p.approximate || isChange(text, p))) continue;
    if (en && kind(total) === 'count' && countsOtherThings(text, total, parts)) continue;
    if (zh && sumsAnotherNoun(text, gap, parts[0], total)) continue;
    // 1 lead Guardian (0.8 whole-time equivalent) and 3 Guardians (0.2 WTE each), a total of 1.4 WTE: figures in brackets
    // beside figures outside them say something of the part before them (its time, its amount each), so the figures are
    // not all parts to add (LCFF ($141.6 million), federal ($22.1 million)…, each amount in brackets, are).
    let from = sentenceStart(text, parts[0].offset, 300);
    const bracketed = parts.filter((p) => insideBrackets(text, from, p.offset)).length;
    if (bracketed > 0 && bracketed < parts.length) continue;
    // "one base hospital, Waiputa Hospital (312 beds), and two rural hospitals, at Te Awakino (24 beds) and Rangiora Bay
    // (18 beds), a total of 354 beds": each part a figure alone in its brackets after its name — every such figure of
    // the sentence before the total is a part, past the counts of the groups (two rural hospitals) between them. Only
    // where the nearer parts fall short of the total: those that make it up are the whole list read.
    if (en && bracketed === parts.length && parts.every((p) => alone(text, p))) {
      // Of the total's own noun where it names one: not "(186,000 people)" before beds.
      const noun = nounOf(text, total)?.[0];
      const earlier = bracketedBefore(text, figures, figures.indexOf(parts[0]), from, (f) => adds(f) && (noun === undefined || (nounOf(text, f)?.includes(noun) ?? false)));
      if (earlier.length > 0 && sum(parts) < total.value) {
        parts.unshift(...earlier);
        from = Math.min(from, sentenceStart(text, parts[0].offset, 300));
      }
    }
    const region = text.slice(parts[0].offset, total.offset).replace(LABEL_NOTE, '');
    // The text itself says the listed parts make the total (共, 合计, a total of): they are all of it, without overlap.
    out.push({ paragraph, total, parts, cueAt: parts[0].offset, complete: !outOf, partial: PARTIAL.test(unranked(region)) || /等/.test(unranked(region)), partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
  }
  return out;
}

/** A figure alone in its brackets: (312 beds). */
function alone(text: string, f: Figure): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, f.offset - 3), f.offset)) && /^\s*\)/.test(text.slice(f.offset + f.length, f.offset + f.length + 3));
}

function sum(parts: readonly Figure[]): number {
  return parts.reduce((x, p) => x + p.value, 0);
}

/** What may stand between two bracketed parts: a comma clause, a group's count, no sentence end and no other figure of the kind. */
const BRACKETED_GAP_EN = /^[^;!?:]{0,120}$/;

/**
 * The figures alone in their brackets before figures[at] in its sentence (from `from`), nearest last; figures outside
 * brackets that are not of the parts' kind (two rural hospitals) may stand between, one of the kind ends the walk.
 */
function bracketedBefore(text: string, figures: readonly Figure[], at: number, from: number, adds: (f: Figure) => boolean): Figure[] {
  const out: Figure[] = [];
  let next = figures[at];
  for (let j = at - 1; j >= 0 && out.length < 12; j--) {
    const p = figures[j];
    if (p.offset < from) break;
    const gap = text.slice(p.offset + p.length, next.offset);
    if (!BRACKETED_GAP_EN.test(gap) || /\.\s/.test(gap)) break;
    if (!insideBrackets(text, from, p.offset)) {
      if (adds(p)) break;
      continue;
    }
    if (!adds(p) || !alone(text, p) || p.approximate || isChange(text, p)) break;
    out.unshift(p);
    next = p;
  }
  return out;
}

/** The words after 共 (合计, 总计) before the sum: 共发现问题47个 → 发现问题; 共有学校5所 → 学校. */
const SUM_WORDS_ZH = /(?:共计|共計|合计|合計|总计|總計|总共|總共|一共|共)(?:有|计|計|是|为|為|达|達)?(\p{sc=Han}*)$/u;

/**
 * 共完成审计项目18个，其中经济责任审计5个、工程结算审计8个、专项审计5个，共发现问题47个 · 新建学校18所，其中小学5所、
 * 初中8所、高中5所，共配建幼儿园47所: a verb and a noun after 共 (three characters at least) whose noun (its last two
 * characters) the sentence has not named before the sum counts other things, not the listed ones (not 共建成示范村19个
 * after 省级示范村6个、市级示范村12个, nor 共计获奖12人).
 */
function sumsAnotherNoun(text: string, gap: string, first: Figure, total: Figure): boolean {
  const words = SUM_WORDS_ZH.exec(gap)?.[1] ?? '';
  if (words.length < 3) return false;
  const start = Math.max(...['。', '！', '？', '；', '!', '?', ';'].map((c) => text.lastIndexOf(c, first.offset) + 1));
  const before = text.slice(start, total.offset - gap.length);
  return !before.includes(words.slice(-2));
}

/** Words after a figure that name no noun of its own: 21 in total, 340 across the three sites. */
const NOT_A_NOUN = /^(?:in|of|to|for|and|or|the|a|an|across|from|over|this|that|each|per|with|by|at|on|as|than|is|are|was|were)$/i;
const WORDS_AFTER = /^\s*([A-Za-z][A-Za-z'’-]*)(?:\s+([A-Za-z][A-Za-z'’-]*))?(?:\s+([A-Za-z][A-Za-z'’-]*))?/;

/**
 * "170 volunteers attended 1,417 sessions, totalling 5,415 attendances", "1 lead Guardian and 3 Guardians, a total of
 * 1.4 WTE": the total counts a noun that none of the listed figures counts — they are other things, not its parts.
 * Only where the total names its noun; "14 primary schools and 9 secondary schools, a total of 25 schools" is summed.
 */
function countsOtherThings(text: string, total: Figure, parts: readonly Figure[]): boolean {
  const noun = nounOf(text, total)?.[0];
  if (noun === undefined) return false;
  return parts.every((p) => {
    const own = nounOf(text, p);
    return own !== undefined && !own.includes(noun);
  });
}

/** The noun a figure counts, as stems: its unit word (170 volunteers), else the words after it (1 lead Guardian). */
function nounOf(text: string, f: Figure): string[] | undefined {
  if (f.unit && /^[A-Za-z]/.test(f.unit)) return f.unit.split(/\s+/).map(stem).reverse();
  const after = WORDS_AFTER.exec(text.slice(f.offset + f.length, f.offset + f.length + 60));
  if (!after || NOT_A_NOUN.test(after[1])) return undefined;
  return [after[1], after[2], after[3]].filter((w): w is string => w !== undefined).map(stem);
}

function stem(word: string): string {
  return word.toLowerCase().replace(/(?:es|s)$/, '');
}
