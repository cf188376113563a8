// Chinese wholes in the sentence before their parts: 其中 opening a sentence or a clause after ；
// (sentenceStartBreakdowns), and a sentence opened by a noun and 中 (专任教师中，…: nounAmongBreakdowns, whose noun
// fact-conflict reads too).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { baseOfShare, collectParts } from './parts';
import { endsSentenceAt, isClauseMark, sentenceStart, isChange, canBeTotal, wholeNamedByParts, type Breakdown } from './shared';

/**
 * 其中 opening a sentence or a clause after ；: 收入完成38.65亿元，增长5.7%。其中，税收收入27.82亿元… The whole is the
 * first figure of the sentence before with the unit of the first part.
 */
export function sentenceStartBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // Both cursors only move forward, so many 其中 in a long paragraph cost one pass over its figures.
  let first = 0;
  let k = 0;
  for (let at = text.indexOf('其中'); at > 0; at = text.indexOf('其中', at + 2)) {
    if (text[at - 1] !== '。' && text[at - 1] !== '；') continue;
    const cue = /^其中[，,：:]?/.exec(text.slice(at, at + 4))!;
    const cueAt = at + cue[0].length;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    if (first >= figures.length) break;
    // The first part is the first figure that can be added up (其中，80周岁及以上高龄老人6.9万人 → 6.9万人).
    let part = first;
    while (part < figures.length && !canBeTotal(figures[part]) && figures[part].offset - cueAt < 40) part++;
    if (part >= figures.length || !canBeTotal(figures[part])) continue;
    let sentence = at - 1;
    while (sentence > 0 && at - sentence < 200 && !endsSentenceAt(text, sentence - 1) && text[sentence - 1] !== '；') sentence--;
    while (k < figures.length && figures[k].offset < sentence) k++;
    let total = k;
    // 支出18.36万元；比上年减少1.79万元。其中，公务用车运行维护费14.52万元…: a change alone after the ； is no whole of
    // parts that are levels; the level of the clause before it is (as after a comma). Parts that are changes too
    // (其中，公务接待费减少0.59万元) are the change's.
    const levels = !isChange(text, figures[part]);
    while (total < figures.length && figures[total].offset < at && !(figures[total].dimension === figures[part].dimension && canBeTotal(figures[total]) && !countsGroups(text, figures, total) && !(levels && isChange(text, figures[total])))) total++;
    if (total >= figures.length || figures[total].offset >= at) total = earlierClauseTotal(text, figures, k, sentence, figures[part].dimension);
    if (total < 0) continue;
    // 园长1名，其他教职工共24名。其中…: two counts of the parts' unit in the sentence before leave the whole in doubt (as
    // a paragraph opened by 其中 does, readLeadingAmongBreakdowns).
    if (text[at - 1] === '。' && secondTotal(text, figures, total, at)) continue;
    let b = collectParts(paragraph, figures, total, part, cueAt, cue[0], '其中', false);
    // 医疗收入9.86亿元；结余0.92亿元。其中，牵头医院医疗收入7.62亿元，成员单位医疗收入2.24亿元: the parts repeat the
    // noun of a figure in an earlier clause of the sentence (before the ；) that the clause's own figure does not bear.
    const named = b ? wholeNamedByParts(text, figures, b.parts, total, sentenceStart(text, sentence, 200), at) : -1;
    if (named >= 0) b = collectParts(paragraph, figures, named, part, cueAt, cue[0], '其中', false);
    // 集体提案503件，占10.1%。其中，经济建设方面提案2103件，占42.0%；…: a first part above the whole whose share right after it
    // says it is of another base (2103件 at 42.0% is of about 5,007件, all the proposals) splits that base, not this figure.
    if (b && b.total && b.parts[0].value > b.total.value && ofAnotherBase(text, b.parts[0], b.total)) b = undefined;
    // 其中优良天数为321天…。全年轻度污染35天、…。其中，县城建成区优良天数为312天: the part is named by the measure of a figure
    // further up the paragraph (优良天数), which the sentence before does not count: it is no part of that sentence's figure.
    if (b && b.total && namesAnEarlierMeasure(figures, b.parts[0], b.total === figures[named] ? named : total)) b = undefined;
    if (b) out.push(b);
  }
  return out;
}


/**
 * The part's subject ends in the whole subject (two Han characters or more) of a figure of its dimension before `total`
 * in the paragraph, which `total`'s subject does not name (县城建成区优良天数 after 优良天数为321天, against 全年轻度污染35天).
 */
function namesAnEarlierMeasure(figures: readonly Figure[], part: Figure, total: number): boolean {
  const own = figures[total].subject;
  // Back at most 300 characters, so many 其中 in a long paragraph stay linear.
  for (let j = total - 1; j >= 0 && figures[total].offset - figures[j].offset < 300; j--) {
    const s = figures[j].subject;
    if (figures[j].dimension !== part.dimension || s.length < 2 || s.length > 8 || !/^\p{sc=Han}+$/u.test(s)) continue;
    if (part.subject.length > s.length && part.subject.endsWith(s) && !own.includes(s)) return true;
  }
  return false;
}

/** Another figure after `total` and before the 其中 at `at` that could as well be the whole (its unit, a level). */
function secondTotal(text: string, figures: readonly Figure[], total: number, at: number): boolean {
  const whole = figures[total];
  for (let j = total + 1; j < figures.length && figures[j].offset < at; j++) {
    const f = figures[j];
    if (f.dimension === whole.dimension && canBeTotal(f) && !f.approximate && !isChange(text, f) && !countsGroups(text, figures, j) && f.value > whole.value) return true;
  }
  return false;
}

/** 反馈问题3个方面15个: the first figure counts the groups the next one's items fall into, and is not their total. */
function countsGroups(text: string, figures: readonly Figure[], j: number): boolean {
  const f = figures[j];
  const next = figures[j + 1];
  return next !== undefined && next.dimension === f.dimension && /^\p{sc=Han}{1,3}$/u.test(text.slice(f.offset + f.length, next.offset));
}

/**
 * 播种面积52.3万亩，比上年增加1.2万亩；粮食总产量21.6万吨。其中：水稻30.1万亩… — the clause after the ； has no figure
 * of the parts' kind: the whole is the first such figure of the sentence's earlier clauses. -1 when there is none.
 */
function earlierClauseTotal(text: string, figures: readonly Figure[], k: number, clause: number, dimension: string): number {
  const start = sentenceStart(text, clause, 200);
  if (start === clause) return -1;
  let first = k;
  while (first > 0 && figures[first - 1].offset >= start) first--;
  for (let j = first; j < k; j++) if (figures[j].dimension === dimension && canBeTotal(figures[j]) && !isChange(text, figures[j])) return j;
  return -1;
}

/**
 * 专任教师中，研究生学历11人… · 卫生技术人员中：高级职称218人…: a sentence opened by a noun and 中, then a comma or a
 * colon (full-width or not). The parts after it are counted by that noun: sum-mismatch adds them up against the figure
 * the sentence before gave the noun (nounAmongBreakdowns), fact-conflict counts them by it (专任教师中 and 保教人员中 are
 * two wholes). One reader for both.
 */
const NOUN_AMONG = /^\s*(\p{sc=Han}{2,12}?)中[，,：:]/u;

const NOUN_AMONG_CUE = /中[，,：:]/g;

/**
 * The noun of a sentence opened by a noun and 中 whose 中 is at `at`: where the noun starts, where the sentence end
 * before it is (mark), and the noun; undefined if none.
 */
function nounAmongAt(text: string, at: number): { start: number; mark: number; noun: string } | undefined {
  // The sentence start: the noun runs back to 。！？；(spaces after it allowed).
  let start = at;
  while (start > 0 && at - start <= 12 && HAN_CHAR.test(text[start - 1])) start--;
  let mark = start;
  while (mark > 0 && /\s/.test(text[mark - 1])) mark--;
  if (mark === 0 || !isClauseMark(text[mark - 1])) return undefined;
  const m = NOUN_AMONG.exec(text.slice(start, at + 2));
  return m && m[1].length === at - start ? { start, mark: mark - 1, noun: m[1] } : undefined;
}

const HAN_CHAR = /\p{sc=Han}/u;

const CLAUSE_MARK_ZH = /[，,。；;：:！？!?、（）()“”]/;

/**
 * The noun before 中 of the last sentence in text[from, to) when that sentence opens with a noun and 中 (专任教师中，…):
 * the whole the figure at `to` is a part of. Undefined where no sentence starts in the range or it opens otherwise.
 */
export function nounAmongBefore(text: string, from: number, to: number): string | undefined {
  let end = to - 1;
  while (end >= from && !isClauseMark(text[end])) end--;
  if (end < from) return undefined;
  const m = NOUN_AMONG.exec(text.slice(end + 1, to));
  return m ? m[1] : undefined;
}

export function nounAmongBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('中')) return out;
  NOUN_AMONG_CUE.lastIndex = 0;
  for (let cue = NOUN_AMONG_CUE.exec(text); cue; cue = NOUN_AMONG_CUE.exec(text)) {
    const at = cue.index;
    const found = nounAmongAt(text, at);
    if (!found) continue;
    const { start, mark, noun } = found;
    const cueAt = at + 2;
    let first = 0;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    if (first >= figures.length || !canBeTotal(figures[first]) || figures[first].offset - cueAt > 24) continue;
    // The whole: in the sentence before (back to the sentence end before it), the last figure of the parts' unit named
    // by the noun.
    let sentence = mark;
    while (sentence > 0 && start - sentence < 300 && !endsSentenceAt(text, sentence - 1)) sentence--;
    let whole = -1;
    for (let j = first - 1; j >= 0 && figures[j].offset >= sentence; j--) {
      const f = figures[j];
      if (f.offset >= start || f.dimension !== figures[first].dimension || !canBeTotal(f) || f.approximate || isChange(text, f)) continue;
      const after = text.slice(f.offset + f.length, f.offset + f.length + noun.length + 1);
      // 132名专任教师, 132位专任教师: one character may stand between; a mark may not (专任教师132人、保育员14人。专任教师中：
      // is no breakdown of the 保育员).
      if (f.subject.endsWith(noun) || after.startsWith(noun) || (!CLAUSE_MARK_ZH.test(after[0] ?? '') && after.slice(1).startsWith(noun))) {
        whole = j;
        break;
      }
    }
    if (whole < 0) continue;
    const b = collectParts(paragraph, figures, whole, first, cueAt, cue[0], '中', false);
    if (b) out.push(b);
  }
  return out;
}

/** The share right after `part` (，占42.0%) makes it of a base that `whole` is not, within their rounding. */
function ofAnotherBase(text: string, part: Figure, whole: Figure): boolean {
  const base = baseOfShare(text, part);
  if (!base) return false;
  const h = whole.decimals > 0 || whole.scale > 1 ? 0.5 * 10 ** -whole.decimals * whole.scale : 0.5;
  return whole.value + h < base[0] || whole.value - h > base[1];
}
