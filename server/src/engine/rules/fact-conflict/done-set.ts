/**
 * A count of what was done, named again later as the set it made (在走访的64家企业中 after 走访企业46家; 在全年完成的34个
 * 审计项目中 after 全年牵头组织完成审计项目37个; 改造的14个老旧小区 after 完成老旧小区改造12个), and a part named by its whole
 * and 中 stated again by the whole's name (科研人员中，具有博士学位的97人 and 具有博士学位的科研人员达到103人): the later words
 * point back at the set the earlier ones counted, so the two counts are one.
 *
 * Only where the words are the same but for the report's own period, a light verb (牵头, 组织, 开展) and 完成: a means or a
 * channel (通过线上方式办理公证4126件), a kind (规上企业), a place or a time named in one only makes it another count. Silent
 * where the draft states the later value anywhere in the same words (the part just counted), where the earlier words give
 * two values (a count per quarter, per place), under a plan heading against a result, in one paragraph (stock-among.ts),
 * at another date or year.
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';
import measureWords from '../../data/measure-words.json';
import { matchesOf } from '../../patterns';

const VERBS = [...measureWords.zh.nominalVerbs, '完成', '实施', '承办', '查办', '审理', '引进', '签约', '实现'].sort((a, b) => b.length - a.length).join('|');
const HAN = '\\p{sc=Han}';
/** 在全年完成的, 走访的, 已改造的 right before the count: the set a verb made. */
const DONE_BEFORE = new RegExp(`(?:^|[，,。；;：:\\s（(])(?:在|从|從|对|對)?(?:全年|今年|年内|年內|本年度?)?(?:已经?|已經|共|累计)?(?:牵头|牽頭)?(?:组织|組織)?(?:完成)?(${VERBS})(?:完成)?了?的$`, 'u');
/** 64家企业中, 14个老旧小区将于…: the noun after the count (its end: 中, or a verb or mark after it). */
const NOUN_AFTER = new RegExp(`^(${HAN}{2,8}?)(?:中|当中|當中|之中|里|裡|[，,。；;：:、）)]|将|將|已|均|全部|都|于|於|$)`, 'u');
/** What the earlier count's words may hold besides its verb and noun: the report's own time, a light verb, 共. */
const LIGHT_LEAD = /^(?:全年|今年|年内|年內|本年度?|一年来|一年來|共|共计|共計|累计|累計|已经|已經|已|牵头|牽頭|组织开展|組織開展|组织|組織|开展|開展|顺利|順利|圆满|圓滿|先后|先後|依法)/u;
/** 科研人员中，具有博士学位的: a part named by its whole and what its members have. */
const AMONG_HAVING = new RegExp(`(?:^|[。；;\\s])(?:全${HAN}|本${HAN}|我${HAN})?(${HAN}{2,8}?)中[，,](?:[^。；;]*?[，,])?(具有|拥有|擁有|取得)(${HAN}{2,10}?)的$`, 'u');
/** 全院具有博士学位的科研人员: the whole's name with what its members have. */
const HAVING_WHOLE = new RegExp(`^(?:截至${HAN}{0,6}[，,])?(?:全${HAN}|本${HAN}|我${HAN})?(具有|拥有|擁有|取得)(${HAN}{2,10}?)的(${HAN}{2,8})$`, 'u');
const OTHER_TIME = /半年|季度|\d月|月底|月末|(?:19|20)\d\d|上年|去年|累计|累計|新增|净增|淨增|计划|計劃|目标|目標/;

interface Named {
  f: Figure;
  name: string;
  plan: boolean;
}

/** The earlier count's words, less its own time and light verbs, in the verb-noun order (完成老旧小区改造 → 改造老旧小区). */
function doneName(f: Figure): string | undefined {
  let words = f.paragraph.text.slice(f.subjectStart, f.numberStart).replace(/\s+/g, '');
  if (!/^\p{sc=Han}+$/u.test(words)) return undefined;
  for (let m = LIGHT_LEAD.exec(words); m && words.length > m[0].length; m = LIGHT_LEAD.exec(words)) words = words.slice(m[0].length);
  const reversed = new RegExp(`^完成(${HAN}{2,8}?)(${VERBS})$`, 'u').exec(words);
  if (reversed && !new RegExp(`^(?:${VERBS})`, 'u').test(reversed[1])) return `${reversed[2]}|${reversed[1]}`;
  const plain = new RegExp(`^(?:完成)?(${VERBS})(${HAN}{2,8})$`, 'u').exec(words);
  if (plain && !new RegExp(`(?:${VERBS})`, 'u').test(plain[2])) return `${plain[1]}|${plain[2]}`;
  return undefined;
}

function usable(f: Figure): boolean {
  return !f.approximate && !f.perUnit && !f.words && f.value > 0 && f.cell === undefined && !f.paragraph.tableHeader && f.dimension !== '%' && f.dimension !== '' && !/^[A-Za-z]/.test(f.unit);
}

/**
 * The pairs to report: [the later statement, the earlier one]. `planOf` tells a paragraph under a plan heading;
 * `reported` holds the figures the other passes reported.
 */
export function doneSetPairs(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[], planOf: (p: Paragraph) => boolean, reported: ReadonlySet<Figure>): [Figure, Figure][] {
  const counts: Named[] = [];
  const sets: Named[] = [];
  for (const p of paragraphs) {
    if (!/\p{sc=Han}/u.test(p.text)) continue;
    const plan = planOf(p);
    for (const f of figuresIn(p)) {
      if (!usable(f)) continue;
      const text = p.text;
      const lead = text.slice(Math.max(0, f.numberStart - 24), f.numberStart);
      const done = DONE_BEFORE.exec(lead);
      const noun = done ? NOUN_AFTER.exec(text.slice(f.offset + f.length)) : null;
      if (done && noun) {
        sets.push({ f, name: `${done[1]}|${noun[1]}|${f.unit}`, plan });
        continue;
      }
      const having = AMONG_HAVING.exec(text.slice(Math.max(0, f.numberStart - 60), f.numberStart));
      if (having) {
        counts.push({ f, name: `有|${having[3]}|${having[1]}|${f.unit}`, plan });
        continue;
      }
      const whole = HAVING_WHOLE.exec(text.slice(f.subjectStart, f.numberStart).replace(/(?:达到|達到|达|達|为|為|共|有)+$/u, ''));
      if (whole) {
        sets.push({ f, name: `有|${whole[2]}|${whole[3]}|${f.unit}`, plan });
        continue;
      }
      const name = doneName(f);
      if (name) counts.push({ f, name: `${name}|${f.unit}`, plan });
    }
  }
  const out: [Figure, Figure][] = [];
  for (const set of sets) {
    const same = counts.filter((c) => c.name === set.name);
    const values = new Set(same.map((c) => c.f.value));
    if (values.size !== 1 || values.has(set.f.value)) continue;
    const count = same[0];
    if (count.f.paragraph === set.f.paragraph || count.plan !== set.plan || reported.has(count.f) || reported.has(set.f)) continue;
    // Another set named in the same words with the count's value: two sets, not one restated.
    if (sets.some((s) => s.name === set.name && s.f.value === count.f.value)) continue;
    // 2026年9月至10月…走访企业46家 and 在走访的64家企业中: the set points back at the count, whenever it was made; a set
    // named at a time of its own, or a count of part of the year (上半年, 一季度, 累计), is another.
    if (otherTime(set.f) !== '' || /[^\d,月]/.test(otherTime(count.f).replace(/(?:19|20)\d\d/g, ''))) continue;
    const [later, earlier] = compare(set.f, count.f) > 0 ? [set.f, count.f] : [count.f, set.f];
    out.push([later, earlier]);
  }
  return out;
}

/** The time words of a figure's own clause (2025年, 上半年, 截至6月底): two counts at other times are two counts. */
function otherTime(f: Figure): string {
  const text = f.paragraph.text;
  let start = f.subjectStart;
  while (start > 0 && !/[。；;！？!?]/.test(text[start - 1])) start--;
  const clause = text.slice(start, f.offset);
  return [...matchesOf(clause, new RegExp(OTHER_TIME.source, 'g'))].map((m) => m[0]).sort().join(',');
}

function compare(a: Figure, b: Figure): number {
  return a.paragraph.firstLine - b.paragraph.firstLine || a.offset - b.offset;
}
