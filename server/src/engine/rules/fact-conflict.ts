/**
 * fact-conflict — 前后数字不一致 / The same figure stated differently
 *
 * What: the same quantity stated twice with different values in one document — 新增学位3600个 in one section and
 * 新增学位3800个 in another; "1,520 volunteers" after "1,250 volunteers". The same quantity: the same words before it
 * (and the noun a classifier counts: 新增学位3600个 = 新增3600个学位), the same unit after conversion (1.2万人 = 12000人),
 * and the same time and scope qualifiers in its sentence and in the headings above it.
 * Not: different periods (上半年/全年, 2024年/2025年, 今年/上年), cumulative and new (累计/新增), changes (同比, 比上年增加),
 * targets and plans against results (目标, 计划, 力争; a plan section), different places or stages (全市/城区, 小学/初中),
 * figures that agree within their rounding (1.2万人 and 12,000人), approximate figures (约, 余, about), per-head
 * figures, table rows, separate reports in one compilation (篇一, 篇二), the thresholds of different grades under
 * headings that name them (重伤二级 … 30%, 轻伤一级 … 10%; Tier 1 / Tier 2), and a measure stated with three or more
 * values (a list of places or years, not a contradiction). When in doubt, it stays silent.
 *
 * Why: a draft revised in one place and not the other leaves two figures for one fact; readers notice and trust
 * neither.
 *
 * 检查：同一数据在文中两处数值不同（如一处“新增学位3600个”、另一处“新增学位3800个”）。同一数据指：数字前的词相同（含量词后的名词）、
 * 单位换算后相同、所在句子和上级标题中的时间与范围限定相同。
 * 原因：修改时只改了一处，读者会发现，并对两处都失去信任。
 * 不报：不同时段（上半年/全年、2024年/2025年）、累计与新增、同比或比上年的变化、目标计划与实际完成、不同地区或学段、
 * 四舍五入后一致的数字、约数、人均数、表格行、汇编中的不同篇目、标题所示不同等级下的标准（重伤二级…30%、轻伤一级…10%）、
 * 同一指标有三个以上不同数值（分地区或分年度列举）。
 *
 * Bad:  一、主要成绩……全年新增学位3600个。…… 三、重点工作……全年新增学位3800个。
 * Good: 一、主要成绩……全年新增学位3600个。…… 三、重点工作……全年新增学位3600个。
 * Bad:  We recruited 1,250 volunteers this year. … In total we recruited 1,520 volunteers this year.
 * Good: We recruited 1,520 volunteers this year. … In total we recruited 1,520 volunteers this year.
 */

import words from '../data/figure-words.json';
import breakdownWords from '../data/breakdown-words.json';
import { excerpt } from '../model/chars';
import type { Figure } from '../model/numbers';
import type { Section } from '../model/outline';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { alternation } from '../patterns';
import type { Rule } from '../rule';

/** A change or a comparison: not a level that can be stated twice. */
const CHANGE = /比上年|比去年|较|較|同比|环比|環比|增长|增長|增加|提高|提升|下降|降低|减少|減少|上升|增幅|增速|翻番|多出|高出|低于|高于|\b(?:up|down|increase[sd]?|rose|fell|grew|growth|declined?|dropped|compared|more than|fewer than|less than|from)\b/i;
/** Words dropped from the subject before comparing: 共有学校 = 学校, 达到 and 为 say nothing about the quantity. */
const FILLER = /共有|共计|共計|合计|合計|总计|總計|一共|共|达到|達到|达|達|为|為|是|约|約|了|已经|已經|已|实现|實現|有/g;
const WHOLE_EN = /^(?:our|all(?: of)? our|in total,? (?:our|we had)|a total of|we have|we had)$/i;
const CLAUSE_START = /[\s.，,。；;：:！？!?、（）()【】|［］[\]]/;
/** Headings that scope what is under them: a plan section, a place, a stage, a period. */
const PLAN_HEADING = /计划|計劃|打算|思路|安排|要点|要點|目标|目標|下一步|展望|plans?\b|outlook|next steps|priorities|goals|targets/i;
/**
 * A heading that names a grade or class (重伤二级, 轻伤一级, 一等奖, A类, 较大风险, Ⅱ级响应): what is under it is the
 * criterion or figure of that grade, so the same words under a sibling grade are another grade's, not a second statement.
 */
const GRADE_TITLE = /(?:[一二三四五六七八九十\dⅠⅡⅢⅣⅤA-Da-d甲乙丙丁]|第[一二三四五六七八九十\d]{1,2})(?:级|級|等|等奖|等獎|类|類|档|檔|级响应|級響應)(?:[（(][^）)]{0,12}[）)])?$|(?:^|[\s、])(?:特别重大|特別重大|重大|较大|較大|一般|高|中|低|中高|较低|較低)(?:风险|風險)?$|\b(?:tier|level|grade|class|category|severity|priority)[ -]?(?:[0-9]|[ivx]{1,3}|[a-d])\b/i;
const SCOPE_WORDS = new RegExp(
  `(?:19|20)\\d\\d|${alternation([...words.qualifiers, ...Object.values(breakdownWords.families).flat().filter((w) => w.length > 1 && !/^[a-z]/i.test(w))])}`,
  'g',
);

/** A figure that can be compared, with what its paragraph alone says it measures (part and headings come later). */
interface Statement {
  figure: Figure;
  /** Subject, dimension and qualifiers. */
  measure: string;
  /** What the sentence said before it. */
  context: string;
}

const rule: Rule<Statement[]> = {
  meta: {
    id: 'fact-conflict',
    name: { zh: '数字前后不一', en: 'Conflicting figures' },
    category: 'numbers',
    description: {
      zh: '同一数据在文中两处数值不同（“新增学位3600个”与“新增学位3800个”）',
      en: 'The same quantity stated twice with different values ("1,250 volunteers" and later "1,520 volunteers")',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      conflict: {
        zh: '核对数字：此处为“{here}”，第{line}行为“{there}”',
        en: 'Check the figures: “{here}” here, but “{there}” on line {line}',
      },
      other: { zh: '另一处：“{there}”', en: 'Stated here as “{there}”' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const out: Statement[] = [];
    let previous: Figure | undefined;
    for (const f of context.model.figuresIn(paragraph)) {
      const before = previous;
      previous = f;
      const measure = measureOf(f);
      if (measure !== undefined) out.push({ figure: f, measure, context: sentenceContext(f, before) });
    }
    return out.length ? out : undefined;
  },

  check(context) {
    const groups = new Map<string, Figure[]>();
    const { memo } = context.doc;
    for (const { unit, value } of context.locals) {
      const paragraph = unit as Paragraph;
      // The headings above scope what is under them; a section's ancestors are fixed with it, so its scope is read once.
      const scope = paragraph.section ? memo.get('fact-conflict.scope', paragraph.section, () => headingScope(paragraph.section)) : '';
      for (const s of value) {
        const key = [paragraph.part, s.measure, scope, s.context].join('|');
        const list = groups.get(key) ?? [];
        list.push(s.figure);
        groups.set(key, list);
      }
    }
    for (const figures of groups.values()) {
      if (figures.length < 2) continue;
      const values = distinctValues(figures);
      // Three values or more: a measure listed per place or per year, not one fact stated twice.
      if (values.length !== 2) continue;
      const [first, second] = values;
      // Parallel statements in one paragraph are about different things (城区…3600个，农村…3800个).
      if (first.every((a) => second.every((b) => a.paragraph === b.paragraph))) continue;
      // The odd one out is reported (a value stated once against one stated more often); else the later statement.
      const odd = second.length < first.length ? second : first.length < second.length ? first : second;
      const other = odd === first ? second[0] : first[0];
      for (const f of odd) {
        const there = label(other);
        context.report({
          message: 'conflict',
          data: { here: label(f), there, line: rangeIn(other.paragraph, other.offset, other.offset + other.length).start.line + 1 },
          range: rangeIn(f.paragraph, f.offset, f.offset + f.length),
          related: [{ range: rangeIn(other.paragraph, other.offset, other.offset + other.length), message: 'other', data: { there } }],
        });
      }
    }
  },
};

export default rule;

/**
 * What one paragraph says a figure measures: its subject, dimension and qualifiers (with the part, the headings above
 * and the sentence context, what makes two statements the same quantity); undefined for figures that cannot be compared.
 */
function measureOf(f: Figure): string | undefined {
  if (f.approximate || f.perUnit || f.words || f.paragraph.tableHeader || f.dimension === '' || f.unit === '成' || f.unit === 'fraction') return undefined;
  if (f.value < 0) return undefined;
  const text = f.paragraph.text;
  const before = text.slice(f.subjectStart, f.offset);
  if (CHANGE.test(f.subject) || CHANGE.test(before)) return undefined;
  // The subject must be the whole clause before the figure: after another figure (为13人发放助学金1.06万元) the
  // words are about that one too.
  if (f.subjectStart > 0 && !CLAUSE_START.test(text[f.subjectStart - 1]) && !/(?:and|or) $/.test(text.slice(f.subjectStart - 5, f.subjectStart))) return undefined;
  const subject = normalize(f.subject) + (WHOLE_EN.test(before.trim()) ? ' (whole)' : '');
  // Too little to say what it measures: 3所, 共有424名教师, "300 people": the words before the figure must name it.
  const own = normalize(before);
  const han = (s: string) => s.match(/\p{sc=Han}/gu)?.length ?? 0;
  const latin = (s: string) => s.split(' ').filter((w) => /^[a-z]{3,}$/.test(w)).length;
  // "Our 1,520 volunteers", "a total of 1,520 volunteers": the organisation's whole body of them, named by the noun.
  const whole = f.dimension === 'count' && WHOLE_EN.test(before.trim());
  if (!whole && (han(subject) < 3 || han(own) < 2) && (latin(subject) < 2 || latin(own) < 1)) return undefined;
  return [subject, f.dimension, f.qualifiers.join(',')].join('|');
}

function normalize(words: string): string {
  return words.replace(FILLER, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * What the sentence said before the figure, when it stated another figure first: 专项监督检查12轮，发现问题436个 and
 * 巡察党组织38个，发现问题1124个 count the problems of different work. Empty when the figure leads its sentence.
 */
function sentenceContext(f: Figure, previous: Figure | undefined): string {
  if (!previous || previous.paragraph !== f.paragraph) return '';
  const between = f.paragraph.text.slice(previous.offset + previous.length, f.offset);
  if (/[。！？!?；;]|\.\s/.test(between)) return '';
  return `${normalize(previous.subject)}${previous.dimension}`;
}

/** The scope the headings above a paragraph give it: a plan section, places, stages, periods named in the titles. */
function headingScope(section: Section | undefined): string {
  const found = new Set<string>();
  for (let s = section; s; s = s.parent) {
    if (PLAN_HEADING.test(s.title)) found.add('plan');
    const title = s.title.replace(/^[\d.．、\s]+/, '').trim();
    if (GRADE_TITLE.test(title)) found.add(title);
    for (const m of s.title.matchAll(SCOPE_WORDS)) found.add(m[0]);
  }
  return [...found].sort().join(',');
}

/** The figures grouped by value, allowing for the rounding of each (1.2万人 and 12,000人 agree). */
function distinctValues(figures: Figure[]): Figure[][] {
  const clusters: Figure[][] = [];
  for (const f of figures) {
    const same = clusters.find((c) => Math.abs(c[0].value - f.value) <= rounding(c[0]) + rounding(f) + 1e-9);
    if (same) same.push(f);
    else clusters.push([f]);
  }
  return clusters;
}

function rounding(f: Figure): number {
  return f.decimals > 0 || f.scale > 1 ? 0.5 * 10 ** -f.decimals * f.scale : 0;
}

/** The figure with the words that say what it is: 新增学位3800个, 1,520 volunteers. */
function label(f: Figure): string {
  const text = f.paragraph.text;
  let start = Math.max(f.subjectStart, f.offset - 30);
  // Never half an English word: "s year we recruited".
  while (start > f.subjectStart && /[A-Za-z]/.test(text[start - 1] ?? '') && start < f.offset) start++;
  const words = text.slice(start, f.offset + f.length).trim().replace(/^(?:其中|另有|并|同时)[，,：:\s]*/, '');
  return excerpt(words.replace(/\s+/g, ' '), 40);
}
