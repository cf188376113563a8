/**
 * duplicate-text — 重复内容 / Duplicated text
 *
 * What: a passage that appears twice in one draft — a paragraph pasted twice, last year's section pasted in
 * again, a whole compilation repeated. The second copy is reported, with a related location on the first; a
 * run of consecutive repeated sentences (a pasted block) gives one finding for the run. A sentence counts when
 * it is long enough to matter (`minChars` Chinese characters or `minWords` English words). Reported: a
 * repeat of two or more such sentences in a row, a whole paragraph repeated, a sentence repeated right after
 * itself or elsewhere in its own paragraph, and a sentence with figures repeated within the same top-level section
 * (一、, a chapter). A number that is part of a name (Go 2, Perl 6, Windows 10) is not a figure: "This is not a
 * path we want to emulate for Go 2." closing two parallel sections is a refrain. A numbered paragraph of plain text
 * (5.3 The group also asked that…) is body text: its first sentence is compared, not passed over as a heading, also
 * when it ends in a figure (3.4.2 Of the homes completed, 187 (40%) were on previously developed land, compared with 46%
 * in 2023/24.) or in a bracketed aside (1.2 The Art Gallery was partly closed…, which explains most of the fall in visits
 * (see Figure 1).). A list
 * item that says word for word what the item right before it says (3. 加强队伍建设。 twice, - Retrain the team. twice,
 * （三） repeating （二）) is reported however short, where it says something (four Chinese characters or three words);
 * numbering-sequence leaves its repeated number to this rule. A paragraph pasted again right after itself that lost (or
 * gained) its list number (3. 部分外包施工队伍…不规范。 then the same words with no number) is the same paragraph, where it
 * reads as a sentence and says enough (eight Chinese characters or six words). A copy that differs only by a word typed twice in one of
 * the two (…71,860, and and children's…) is the same sentence. The sentence that opens a paragraph said again at the
 * start of the next paragraph and carried on there after a comma (…挂图作战。 then …挂图作战，明确责任人…) is the
 * first copy of a rewritten sentence left behind. A paragraph pasted again right after itself with a few words changed in
 * one copy (…Derbyshire County Council and [Sponsor logo here] for their support this year. then the same with "our corporate
 * supporters") is the same paragraph, where it is long (25 words, 50 Chinese characters) and nearly the same (90 % of its
 * words in the same order), not where the words changed hold figures (each year's paragraph from one template), are
 * names (The North team… / The South team…) or are one word for another in each place (primary / secondary schools).
 * Why: a copy-paste left in doubles a paragraph the reader has just read, and a repeated figure reads as
 * two different facts.
 * Not: a lead-in ending with a colon said again under another heading ("The SIG has identified a need for the
 * following, but work is not yet underway:" in each section of a status report), a closing line whose links differ
 * ("Check the [full report](…) and our [blog post](…) for more information" in each section, each with its own targets:
 * a link's target is part of the text), a heading or bold title line naming what a sentence inside a paragraph above
 * said (**ROS SIG 持续推进…工作** over its section, the overview's sentence), one or two sentences of an overview's longer
 * paragraph said again in the section it digests (概述 …目前，4 个版本已上线社区官网…, then that sentence under the news
 * item), or a signpost to a resource by its
 * linked title ("[Explaining the concepts…](…) is available on the website as a short video." in two sections), headings (also
 * a line of its own without a sentence's punctuation that names again what an entry of a list above named, the entry
 * closed by its semicolon: a body's name over its section after the list of bodies examined), table rows (also the cells of a table a conversion wrote out one per paragraph, between lines holding a
 * lone |, or the rows of a table set out in spaced columns), a figure's or table's source line and notes said again under each figure they apply to (Source: Office for
 * National Statistics…; 1. Rates per 100,000 population… under Notes:; also without a label, a short standard note of its
 * own: "(Shares do not add to 100.0% because of rounding.)", 因四舍五入，分项之和与合计略有出入。, 数据来源于…), a key finding said again as the first line of its
 * section (a statistical release's Key findings, one sentence a paragraph: "Eighty-eight per cent of all schools are good or
 * outstanding." under Key findings, then under the heading of the section that gives the figures), a paragraph of an
 * overview (概述, 摘要, Overview, Summary) said again word for word right under the heading of the item it sums up in
 * another section (a monthly report's 概述, then the same paragraph under its news item's headline; dropped after other
 * text of a section it is still a paste) and a table's key (X: Yes   *: No   P: Partial) under each table, a heading
 * that a contents list above named (a web page's list of its headings, without page numbers), a photo's caption said again under another photo of the
 * same scene (a paragraph closed by the photographer's credit: …在认真工作。新华社记者金立旺摄, （记者 张明 摄）), a figure's picture whose alt text and title
 * another chart of the series shares ([![Cumulative net borrowing by month](…)](… "…") under Figures 1a and 1b), list items elsewhere in the list or short (是, 满意, Good) (also the opening sentence of an item the outline did not place: the same (D) in two parallel
 * lists of a statute), form answers that open with a bold label (**Progress:** …), an
 * attachment's title under its 附件2 line that the numbered list 附件：1.… 2.… named, a board paper's recommendation stated
 * at its top and again at its end under a heading of the same name (## 1. Recommendation … ## 4. Recommendation), the
 * formulas a report repeats on purpose in separate places (以习近平新时代中国特色社会主义思想为指导, a law's
 * 构成犯罪的，依法追究刑事责任) — a single long sentence without figures repeated in another section is a
 * formula, not a paste. Sentences are compared with spaces and punctuation ignored, through a hash map
 * (linear in the draft). The parts of a compilation (篇一, 篇二) are compared too: the same text twice in
 * one file is worth knowing when a draft is cut from it.
 *
 * 检查：同一篇稿件中出现两次的内容——重复粘贴的段落、整段搬来的去年内容、整篇重复的汇编。报告第二处，
 * 并关联到第一处；连续重复的多句（粘贴的一整块）只报一处。与紧邻的上一项一字不差的列表项（“3. 加强队伍建设。”连写两遍）
 * 不论长短都报告（至少四个汉字或三个英文词），其重复的编号不再由 numbering-sequence 报告。紧接着重复、只是丢了（或多了）编号的段落（“3. 部分外包施工队伍…不规范。”之后同样的一段没有编号）同样报告（至少八个汉字或六个英文词，且是完整的句子）。紧接着重复、只在一份里改了几个词的长段落（至少25个英文词或50个汉字，九成以上的词按顺序相同）也报告；改动的是数字（同一模板写成的各年段落）、名称（The North team… / The South team…）或每处只换一个词（城区学校/农村学校）的不报。计入比较的句子须足够长（`minChars` 个汉字或
 * `minWords` 个英文词）。报告：连续两句及以上重复、整段重复、紧接着或在同一段内重复的一句，以及同一大节（一级标题）中重复的含数字的句子（名称中的数字如 Go 2、Windows 10 不算数字）。只差一个连打两遍的英文词（and and）的两句视为同一句。
 * 原因：漏删的复制内容让读者把刚读过的段落再读一遍，重复的数字还会被当成两件事。
 * 不报：在另一标题下重复的、以冒号结尾的引导句（进展报告各节都有的“以下事项尚未开始：”）或以链接标题指引资源的一句（“[…](…) is available on the website…”），各节链接不同的结尾套话（“Check the [full report](…) and our [blog post](…)…”：链接目标也是内容），重述上文某段中一句话的标题或加粗标题行（“**ROS SIG 持续推进…工作**”），在概述较长的一段中、又在其所概括的一节中重述的一两句，标题（包括单独成行、不带句末标点、重述上文列表中以分号结束的某项名称的一行：列出所审查的机构后，各机构一节上方的机构名称），表格行（包括转换后每格一段、夹在只有“|”的行之间的表格单元，以及以空格分列的表格）、在每幅图表下重复的资料来源和注（Source:…、Notes:下的各条，以及不带标签、单独成段的简短标准说明：“(Shares do not add to 100.0% because of rounding.)”“因四舍五入，分项之和与合计略有出入。”“数据来源于…”）、“主要发现”（Key findings）中一段一句列出、又在相应一节标题下作为首句重述的结论、概述（摘要、Overview）中在另一节相应条目标题下紧接着一字不差重述的一段（月报“概述”中的一段又作为该条新闻的正文；夹在一节其他文字之后仍报告）及每张表下的图例（X: Yes   *: No）、上方目录已列出的标题、同一场景另一幅照片下重复的图片说明（以摄影署名结尾的段落：“……在认真工作。新华社记者金立旺摄”“（记者 张明 摄）”）、同一系列图表共用的图片替代文字和标题（Markdown图片行）、不相邻或很短（是、满意）的列表项（包括大纲未收的条目的首句：法条两个并列清单中相同的(D)项）、以加粗标签开头的表单式回答，“附件2”一行下、已在“附件：1.… 2.…”清单中列出的附件标题，报告开头和结尾同名标题（Recommendation）下重述的建议，以及报告在不同地方有意重复的提法（“以习近平新时代
 * 中国特色社会主义思想为指导”、法规中的“构成犯罪的，依法追究刑事责任”）——在另一节重复的一句不含数字的长句
 * 是固定提法，不是粘贴。比较时忽略空格和标点，用散列表查找（与稿件长度成线性）。汇编的各篇（篇一、篇二）之间
 * 也比较。
 *
 * Bad:  全年新增公办幼儿园1所，增扩班级46个。……全年新增公办幼儿园1所，增扩班级46个。
 * Good: 全年新增公办幼儿园1所，增扩班级46个。
 * Bad:  The pilot reached 1,200 households. We will extend it next year. … The pilot reached 1,200 households. We will extend it next year.
 * Good: The pilot reached 1,200 households. We will extend it next year.
 */

import { intern } from '../model/intern';
import { isHanAt, lowerCaseLettersAndNumbers } from '../model/chars';
import { keptRunningHeaderLines, type RunningHeaderLines } from '../model/furniture';
import type { Line } from '../model/lines';
import type { Marker } from '../model/markers';
import type { Section } from '../model/outline';
import type { NumberedTarget } from '../model/targets';
import { positionIn, rangeIn, type Paragraph } from '../model/paragraphs';
import { itemStart, repeatedItem } from '../model/repeated-items';
import { unnumberedCopy } from '../model/unnumbered-copy';
import { nearCopy } from '../model/near-copy';
import { splitSentences } from '../model/sentences';
import type { Rule, RuleContext } from '../rule';
import type { Range, TextFormat } from '../types';
import { firstAt, unchangedEnds } from '../sorted';
import { spliceAll } from '../arrays';

/** A sentence of the draft, as compared: its words and figures, lower case, nothing else. */
interface Unit {
  paragraph: Paragraph;
  /** Index of the paragraph among those compared. */
  index: number;
  start: number;
  end: number;
  key: string;
  long: boolean;
  figures: boolean;
  /** The first sentence of a heading's paragraph: the heading itself. */
  heading: boolean;
  /** May start a run: long, not a heading, not a list item. */
  seed: boolean;
}

const FIGURE = /[0-9０-９]/;
/** Go 2, Perl 6, Python 3.0, Windows 10: a small number that is part of a name inside a sentence, not a figure. */
const NAMED_NUMBER = /(?<=[A-Za-z,;:)][ \t]+)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][A-Za-z+#]*[ \t]+\d{1,2}(?:\.\d)?(?![\d%]|[.,]\d)/g;

const NAME_THEN_NUMBER = /[A-Z][A-Za-z+#]*[ \t]+\d/;
/** The sentence states a figure: a digit outside the names with a number (This is not a path we want for Go 2.). */
function hasFigures(sentence: string): boolean {
  if (!FIGURE.test(sentence)) return false;
  return FIGURE.test(NAME_THEN_NUMBER.test(sentence) ? sentence.replace(NAMED_NUMBER, '') : sentence);
}
/** **Progress:** … — an answer to a form's question; the same answer under another question is not a paste. */
const FORM_LABEL = /^\s*(?:\*\*|__)[^*_]{1,60}?(?:[:：](?:\*\*|__)|(?:\*\*|__)\s*[:：])/;
const LIST_ITEM = /^\s*[-*+]\s/;
const SENTENCE_MAX = 1000;

/**
 * The sentences of one paragraph as compared, flat: per sentence its key (undefined for one too long to compare: text
 * with no sentence ends), start, end and flags (LONG, FIGURES, HEADING, SEED). Kept for every paragraph while it stands:
 * an object per sentence held ≈ 1 MB more of the lint worker's heap on a 3 MB draft (22,000 sentences).
 */
type Sentences = (string | number | undefined)[];
const FIELDS = 4;
const LONG = 1;
const FIGURES = 2;
const HEADING = 4;
const SEED = 8;
/** The sentence is its paragraph's only one and points to a resource by its linked title (a signpost). */
const SIGNPOST = 32;
/** Only in check's merged flags: the paragraph's first sentence. */
const FIRST = 16;

const rule: Rule<Sentences> = {
  meta: {
    id: 'duplicate-text',
    name: { zh: '重复内容', en: 'Duplicated text' },
    category: 'copy-residue',
    description: {
      zh: '同一句话或同一段在稿件中出现两次（复制粘贴时多贴了一遍）',
      en: 'The same sentence or paragraph twice in one draft (a copy-paste left in)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      minChars: {
        type: 'integer',
        default: 20,
        minimum: 5,
        description: { zh: '句子至少有多少个汉字才参与比较', en: 'Chinese characters a sentence needs to be compared' },
      },
      minWords: {
        type: 'integer',
        default: 8,
        minimum: 3,
        description: { zh: '英文句子至少有多少个词才参与比较', en: 'Words an English sentence needs to be compared' },
      },
    },
    messages: {
      sentence: { zh: '删去重复的句子：第{line}行已有相同的句子', en: 'Delete the repeated sentence: the same sentence is on line {line}' },
      passage: { zh: '删去重复的内容：这{count}句与第{line}行起的内容相同', en: 'Delete the repeated passage: these {count} sentences repeat the ones from line {line}' },
      item: { zh: '删去重复的一项：与上一项（第{line}行）相同', en: 'Delete the repeated item: it says what the item before it (line {line}) says' },
      copy: { zh: '删去重复的段落：与上一段（第{line}行）相同，只是编号有无不同', en: 'Delete the repeated paragraph: it says what the paragraph before it (line {line}) says, with or without its list number' },
      near: {
        zh: '删去重复的段落：与上一段（第{line}行）几乎一字不差，只有几处字词不同，保留改好的一段',
        en: 'Delete one of the two paragraphs: this one says nearly word for word what the paragraph before it (line {line}) says, a few words changed',
      },
      opening: {
        zh: '删去重复的开头：这句话与上一段（第{line}行）开头的句子相同，之后才接着写',
        en: 'Delete the repeated opening: it says again the sentence that opens the paragraph before (line {line}), then goes on',
      },
      first: { zh: '第一次出现在这里', en: 'First occurrence' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const sentences = sentencesOf(paragraph, context.model.lines, context.options.format, context.config.minChars as number, context.config.minWords as number);
    return sentences.length ? sentences : undefined;
  },

  check(context) {
    // The sentences of the whole draft as flat arrays (the draft's sentences are many: no object per sentence here),
    // kept for the document's next version with the paragraphs an edit changed spliced in (flatSentences).
    const { keys, owners, spans, flags, repeated } = flatSentences(context);
    const markers = context.doc.markers;
    // The first sentence of an item the outline did not place ((D) after (ii) in a statute's list) starts no repeat.
    // Asked only of a sentence that repeats another (its paragraph's markers looked up then, not for every paragraph).
    const itemStart = (k: number) => (flags[k] & FIRST) !== 0 && opensWithItemMarker(context.locals[owners[k]].unit as Paragraph, markers);
    // A sentence too long to compare matches nothing, not even another one.
    const same = (a: number, b: number) => keys[a] !== undefined && keys[a] === keys[b];
    const units = new Units(context, keys, owners, spans, flags);
    const items = reportRepeatedItems(context);
    reportRepeatedOpenings(context);
    const firstSeen = new Map<string, number>();
    let headers: Set<number> | undefined;
    // 贵州茅台酒股份有限公司 2024 年年度报告 at each page break of a PDF copy: a "sentence" that runs into the running
    // header is the page's furniture (page-furniture reports it), not a paste. (A function of the run, made once: a
    // closure made in the loop's body over the run would give every sentence's pass a context object of its own.)
    const furniture = (run: Run) => {
      headers ??= runningHeadersOf(context);
      return headers.size > 0 && spansRunningHeaders(units, run, headers);
    };
    const pasted = new Set<Paragraph>();
    let consumed = -1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      if (j <= consumed || (flags[j] & SEED) === 0 || key === undefined) continue;
      // A key no other sentence that may start a run has: nothing repeats from here (no map of every sentence per lint).
      if (!repeated.has(key)) continue;
      const i = firstSeen.get(key);
      if (i === undefined) {
        firstSeen.set(key, j);
        continue;
      }
      if (itemStart(j)) continue;
      // The first with this key was such an item: this one is the first that counts.
      if (itemStart(i)) {
        firstSeen.set(key, j);
        continue;
      }
      // Grow the repeat both ways while the sentences match their counterparts in the first copy.
      let after = 1;
      while (j + after < keys.length && i + after < j && same(j + after, i + after)) after++;
      let before = 0;
      while (j - before - 1 > consumed && i - before - 1 >= 0 && same(j - before - 1, i - before - 1)) before++;
      const run = { seed: j, start: j - before, end: j + after - 1, firstStart: i - before, firstEnd: i + after - 1 };
      // A list item said again right after itself is reported as such (reportRepeatedItems), once.
      const repeatedItem = items.has(units.at(run.start)!.paragraph) && units.at(run.end)!.paragraph === units.at(run.start)!.paragraph;
      if (!repeatedItem && isPaste(units, run, () => context.doc.targets.attachments) && !furniture(run)) {
        report(context, units, run);
        for (let k = run.start; k <= run.end; k++) pasted.add(units.at(k)!.paragraph);
      }
      consumed = run.end;
    }
    reportNearCopies(context, pasted, items);
  },
};

export default rule;

/** The sentences of every paragraph compared, as flat arrays, and the paragraphs' values they were read from. */
interface Flat {
  values: Sentences[];
  /** Where each value's sentences start in the arrays below (one more entry: the end). */
  starts: number[];
  keys: (string | undefined)[];
  /** The index of each sentence's paragraph among those compared. */
  owners: Int32Array;
  /** Start and end of each sentence in its paragraph's text. */
  spans: Int32Array;
  /** LONG, FIGURES, HEADING, SEED, and FIRST for a paragraph's first sentence. */
  flags: Uint8Array;
  /**
   * The keys that two or more seeds (SEED) have, with how many: only a sentence with such a key can start a repeat.
   * Kept with the arrays and brought up to date from the sentences spliced out and in (repeatsSpliced).
   */
  repeated: Map<string, number>;
}

/** The sentences of some paragraphs as read, before they go into a Flat. */
interface Read {
  starts: number[];
  keys: (string | undefined)[];
  owners: number[];
  spans: number[];
  flags: number[];
}

/** Paragraphs read again at most to splice them in (and ten times as many sentences: they are spread into the arrays as arguments). */
const SPLICED_MAX = 200;

/** The running header lines of the last version of each document that asked for them (by the memo its versions share). */
const headersKept = new WeakMap<object, RunningHeaderLines>();

/** The running header lines (read only when a repeat is found), kept across edits that cannot change them. */
function runningHeadersOf(context: RuleContext<Sentences>): Set<number> {
  const kept = keptRunningHeaderLines(context.doc.lines, headersKept.get(context.doc.memo));
  headersKept.set(context.doc.memo, kept);
  return kept.headers;
}

/** The flat sentences of the last version of each document (by the memo its versions share). */
const flatKept = new WeakMap<object, Flat>();

/**
 * The sentences of the whole draft as flat arrays. Those of the last version are kept with the document's model (every
 * version of an incremental model shares its memo) and the paragraphs between the first and the last whose values
 * are not those of last time are spliced in: a keystroke reads one paragraph again, not 90,000 sentences of a 3 MB draft.
 */
function flatSentences(context: RuleContext<Sentences>): Flat {
  const locals = context.locals;
  const n = locals.length;
  const was = flatKept.get(context.doc.memo);
  const m = was?.values.length ?? 0;
  let head = 0;
  let tail = 0;
  if (was) {
    [head, tail] = unchangedEnds(n, m, (i, j) => locals[i].value === was.values[j]);
    if (head === n && n === m) return was;
  }
  const read = (from: number, to: number): Read => {
    const out: Read = { starts: [], keys: [], owners: [], spans: [], flags: [] };
    for (let index = from; index < to; index++) {
      out.starts.push(out.keys.length);
      pushSentences(out, locals[index].value, index);
    }
    return out;
  };
  // The first version, or much of the draft changed: read whole.
  const whole = () => {
    const all = read(0, n);
    all.starts.push(all.keys.length);
    const flat: Flat = {
      values: locals.map((l) => l.value),
      starts: all.starts,
      keys: all.keys,
      owners: Int32Array.from(all.owners),
      spans: Int32Array.from(all.spans),
      flags: Uint8Array.from(all.flags),
      repeated: new Map(),
    };
    countRepeated(flat);
    flatKept.set(context.doc.memo, flat);
    return flat;
  };
  if (!was || n - tail - head > SPLICED_MAX) return whole();
  // The sentences of the values between head and the tail, read afresh.
  const middle = read(head, n - tail);
  if (middle.keys.length > SPLICED_MAX * 10) return whole();
  const from = was.starts[head];
  const to = was.starts[m - tail];
  const added = middle.keys.length;
  const shift = added - (to - from);
  const moved = n - m;
  // Forgotten while it is changed: a throw half-way leaves nothing half-changed for the next version.
  flatKept.delete(context.doc.memo);
  const fresh = repeatsSpliced(was, from, to, middle);
  spliceAll(was.keys, from, to - from, middle.keys);
  was.owners = spliced(was.owners, from, to - from, middle.owners) as Int32Array;
  was.spans = spliced(was.spans, 2 * from, 2 * (to - from), middle.spans) as Int32Array;
  was.flags = spliced(was.flags, from, to - from, middle.flags) as Uint8Array;
  if (moved !== 0) for (let k = from + added; k < was.owners.length; k++) was.owners[k] += moved;
  spliceAll(was.values, head, m - tail - head, locals.slice(head, n - tail).map((l) => l.value));
  spliceAll(was.starts, head, m - tail - head, middle.starts.map((start) => start + from));
  if (shift !== 0) for (let i = n - tail; i <= n; i++) was.starts[i] += shift;
  if (fresh === undefined) countRepeated(was);
  else for (const key of fresh) countSeeds(was, key);
  flatKept.set(context.doc.memo, was);
  return was;
}

/** Sets `repeated` from every seed of the arrays (a new draft, or many new keys). */
function countRepeated(flat: Flat): void {
  const counts = new Map<string, number>();
  for (let k = 0; k < flat.keys.length; k++) {
    const key = flat.keys[k];
    if (key !== undefined && (flat.flags[k] & SEED) !== 0) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  flat.repeated.clear();
  for (const [key, count] of counts) if (count > 1) flat.repeated.set(key, count);
}

/** Sets the count of one key in `repeated` from every seed of the arrays (a key that was not among them). */
function countSeeds(flat: Flat, key: string): void {
  let count = 0;
  for (let k = 0; k < flat.keys.length; k++) if (flat.keys[k] === key && (flat.flags[k] & SEED) !== 0) count++;
  if (count > 1) flat.repeated.set(key, count);
  else flat.repeated.delete(key);
}

/** More new keys than this in one splice (a paste): every key is counted again. */
const FRESH_MAX = 8;

/**
 * Before sentences from..to of `flat` are replaced by `middle`: `repeated` with the seeds taken out and those put in,
 * where their keys are among it. A key put in that is not (a sentence typed: said once before, or never) is returned,
 * to be counted over the whole arrays once they are spliced; undefined when there are too many (count everything).
 */
function repeatsSpliced(flat: Flat, from: number, to: number, middle: Read): Set<string> | undefined {
  // The seeds that are the same before and after (the sentences of a paragraph not typed in) cancel out.
  const added: string[] = [];
  for (let k = 0; k < middle.keys.length; k++) {
    const key = middle.keys[k];
    if (key !== undefined && (middle.flags[k] & SEED) !== 0) added.push(key);
  }
  const removed: string[] = [];
  for (let k = from; k < to; k++) {
    const key = flat.keys[k];
    if (key === undefined || (flat.flags[k] & SEED) === 0) continue;
    const same = added.indexOf(key);
    if (same >= 0) added.splice(same, 1);
    else removed.push(key);
  }
  for (const key of removed) {
    const count = flat.repeated.get(key);
    // Not there: said once, and now not at all.
    if (count === undefined) continue;
    if (count > 2) flat.repeated.set(key, count - 1);
    else flat.repeated.delete(key);
  }
  const fresh = new Set<string>();
  for (const key of added) {
    const count = flat.repeated.get(key);
    if (count !== undefined && !fresh.has(key)) flat.repeated.set(key, count + 1);
    else fresh.add(key);
  }
  return fresh.size > FRESH_MAX ? undefined : fresh;
}

/** `array` with `count` entries from `at` replaced by `put`: in place when as many, else a new array. */
function spliced(array: Int32Array | Uint8Array, at: number, count: number, put: number[]): Int32Array | Uint8Array {
  if (put.length === count) {
    array.set(put, at);
    return array;
  }
  const out = new (array.constructor as Int32ArrayConstructor | Uint8ArrayConstructor)(array.length - count + put.length);
  out.set(array.subarray(0, at));
  out.set(put, at);
  out.set(array.subarray(at + count), at + put.length);
  return out;
}

function pushSentences(flat: Read, value: Sentences, index: number): void {
  for (let k = 0; k < value.length; k += FIELDS) {
    flat.keys.push(value[k] as string | undefined);
    flat.owners.push(index);
    flat.spans.push(value[k + 1] as number, value[k + 2] as number);
    flat.flags.push(k === 0 ? (value[k + 3] as number) | FIRST : (value[k + 3] as number));
  }
}

/** The compared sentences by position, each read as a Unit only where a repeat is looked at. */
/** Every sentence of the repeat (second copy) runs over a line of a running header. */
function spansRunningHeaders(units: Units, run: Run, headers: Set<number>): boolean {
  for (let k = run.start; k <= run.end; k++) {
    const u = units.at(k)!;
    const from = positionIn(u.paragraph, u.start).line;
    const to = positionIn(u.paragraph, Math.max(u.start, u.end - 1)).line;
    let hit = false;
    for (let line = from; line <= to && !hit; line++) hit = headers.has(line);
    if (!hit) return false;
  }
  return true;
}

class Units {
  constructor(
    private readonly context: RuleContext<Sentences>,
    private readonly keys: (string | undefined)[],
    private readonly owners: ArrayLike<number>,
    private readonly spans: ArrayLike<number>,
    private readonly flags: ArrayLike<number>,
  ) {}

  at(k: number): Unit | undefined {
    if (k < 0 || k >= this.keys.length) return undefined;
    const index = this.owners[k];
    const flags = this.flags[k];
    return {
      start: this.spans[2 * k],
      end: this.spans[2 * k + 1],
      key: this.keys[k] ?? `\u0000${k}`,
      long: (flags & LONG) !== 0,
      figures: (flags & FIGURES) !== 0,
      heading: (flags & HEADING) !== 0,
      seed: (flags & SEED) !== 0,
      paragraph: this.context.locals[index].unit as Paragraph,
      index,
    };
  }

  /** The flags of sentence k (LONG, FIGURES, HEADING, SEED). */
  flagsOf(k: number): number {
    return this.flags[k];
  }
}

interface Run {
  /** The long sentence whose repeat was found first; the run grew around it. */
  seed: number;
  start: number;
  end: number;
  firstStart: number;
  firstEnd: number;
}

const ROW_OR_HTML_START = /^\s*[|<]/;
const HTML_START = /^\s*</;
/** An English word typed twice in a row (and and, the the): the test, and the replacement that keeps one. */
const DOUBLED_WORD = /\b([A-Za-z]+) \1\b/i;
const DOUBLED_WORDS = /\b([A-Za-z]+) \1\b/gi;

/** The sentences of one paragraph that take part in the comparison. */
function sentencesOf(paragraph: Paragraph, lines: readonly Line[], format: TextFormat, minChars: number, minWords: number): Sentences {
  const out: Sentences = [];
  const text = paragraph.text;
  // Table rows, HTML and form answers are not prose that gets pasted twice by mistake.
  if (ROW_OR_HTML_START.test(text) || HTML_START.test(lines[paragraph.firstLine].text) || paragraph.tableHeader || FORM_LABEL.test(text)) return out;
  if (isBrokenTableCell(paragraph, lines) || isSpacedTable(paragraph, lines)) return out;
  // A figure's picture ([![Cumulative net borrowing by month](…png)](… "Cumulative net borrowing by month")): two charts
  // of one series share a title, told apart by their subtitles; an image is no prose pasted twice.
  if (format === 'markdown' && isImageOnly(paragraph, lines)) return out;
  const listItem = format === 'markdown' && LIST_ITEM.test(text);
  // A figure's or table's source line and notes (Source: Office for National Statistics…, 1. Rates per 100,000
  // population… under Notes:) are said again under each figure they apply to: they start no repeat.
  const apparatus = isApparatus(paragraph, lines);
  const signpost = format === 'markdown' && isSignpost(paragraph, lines);
  const links = format === 'markdown' && hasLinks(paragraph, lines);
  splitSentences(text).forEach(({ start, end }, n) => {
    const sentence = text.slice(start, end);
    // A "sentence" of thousands of characters is text with no sentence ends (junk, a table flattened):
    // it takes part in nothing, and costs nothing.
    // A word typed twice (…to 71,860, and and children's…) makes no other sentence: the copy with it is the same text.
    let key = end - start > SENTENCE_MAX ? undefined : lowerCaseLettersAndNumbers(DOUBLED_WORD.test(sentence) ? sentence.replace(DOUBLED_WORDS, '$1') : sentence);
    // A Markdown link's target is part of what is said ("Check the [full report](…) and our [blog post](…)" closing each
    // section, each with its own links, is no paste); it is masked out of the prose.
    if (links && key) key += linkTargets(paragraph, lines, start, end);
    if (key === '') return;
    // One copy of each key in a lint (model/intern.ts): a draft pasted together repeats its sentences.
    if (key !== undefined) key = intern(key);
    const long = key !== undefined && (hasHan(key, minChars) || countWords(sentence) >= minWords);
    // 5.3 The group also asked that future reports show…: a numbered paragraph whose first sentence is a long English
    // sentence is body text under its number, not a heading (a heading run into its text, （一）强化督查。, stays one).
    // Not a question: a questionnaire's numbered questions are its headings (2. What initiatives are you working on…?).
    // (Han first: the end-anchored pattern is tried at every position of the sentence.)
    // Under a paragraph number of two levels or more (3.4.2 …), the sentence may end in a figure (…compared with 46% in
    // 2023/24.); not an item of a statute's list (ii. … in (d).), which says the same in parallel lists. A bracketed aside
    // may close the sentence (…the fall in visits (see Figure 1).).
    const numberedSentence = long && !hasHan(key!, 1) && ((/[a-z]\.["”’)]?\s*$/.test(sentence) || endsInAside(sentence)) || (n === 0 && /^\s*\d{1,2}(?:\.\d{1,2})+\s/.test(lines[paragraph.firstLine].text) && /[\d%]\.["”’)]?\s*$/.test(sentence)));
    const heading = paragraph.atHeading && n === 0 && !numberedSentence;
    const flags =
      (long ? LONG : 0) | (hasFigures(sentence) ? FIGURES : 0) | (heading ? HEADING : 0) | (long && !heading && !listItem && !apparatus ? SEED : 0) | (signpost ? SIGNPOST : 0);
    out.push(key, start, end, flags);
  });
  // Kept while the paragraph stands (its unit's value): a copy holds its fields alone, the list grown by push up to
  // twice as many slots (≈ 6,000 paragraphs of the 3 MB draft).
  return out.slice();
}

const LINK_TARGET = /\]\(([^()\s]{1,500})/g;

function hasLinks(paragraph: Paragraph, lines: readonly Line[]): boolean {
  for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) if (lines[l].text.includes('](')) return true;
  return false;
}

/** The targets of the Markdown links in a sentence of a paragraph, as written (masked in its prose), after a separator. */
function linkTargets(paragraph: Paragraph, lines: readonly Line[], start: number, end: number): string {
  const range = rangeIn(paragraph, start, end);
  let targets = '';
  for (let l = range.start.line; l <= range.end.line; l++) {
    const text = lines[l].text;
    const from = l === range.start.line ? range.start.character : 0;
    const to = l === range.end.line ? range.end.character : text.length;
    LINK_TARGET.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LINK_TARGET.exec(text))) {
      if (m.index >= from && m.index < to) targets += `\u0000${m[1]}`;
    }
  }
  return targets;
}

/** …the fall in visits (see Figure 1).: a sentence closed by a bracketed aside of a few characters or more, not (d). */
function endsInAside(sentence: string): boolean {
  const close = /\)\.["”’)]?\s*$/.exec(sentence);
  if (!close) return false;
  const open = sentence.lastIndexOf('(', close.index);
  return open >= 0 && close.index - open > 4 && !sentence.slice(open + 1, close.index).includes(')');
}

/**
 * Whether the paragraph opens with an item marker ((A), (1), a., 1.) that the outline did not take as a heading: the
 * same item in two parallel lists ((8)(D) and (9)(D) of a statute: “for which no management decision has been made by
 * the end of the reporting period;”) is the list's wording, not a paste. Its first sentence starts no repeat; a
 * repeat that runs on through a second sentence is still one.
 */
function opensWithItemMarker(paragraph: Paragraph, markers: readonly Marker[]): boolean {
  if (paragraph.atHeading) return false;
  const i = firstAt(markers, (m) => m.line >= paragraph.firstLine);
  const marker = markers[i];
  if (marker === undefined || marker.line !== paragraph.firstLine || marker.kind === 'heading' || marker.headingLevel !== undefined || marker.tentative) return false;
  // Only in a list: after the item before it ((C) before (D)) or before the next ((B) after (A)). J. Smith said… is prose.
  return inSequence(markers, i, -1, marker.value - 1) || inSequence(markers, i, 1, marker.value + 1);
}

/** Whether the nearest marker of the same kind within a few markers of markers[i], going by `step`, is numbered `value`. */
function inSequence(markers: readonly Marker[], i: number, step: number, value: number): boolean {
  for (let k = i + step, n = 0; k >= 0 && k < markers.length && n < 12; k += step, n++) {
    if (markers[k].kind === markers[i].kind) return markers[k].value === value;
  }
  return false;
}

/**
 * "[Explaining the concepts of employment…](…) is available on the website as a short video.": a one-line paragraph
 * that opens with a link whose title is most of it and says in a few words where or how the resource is found.
 */
function isSignpost(paragraph: Paragraph, lines: readonly Line[]): boolean {
  if (paragraph.firstLine !== paragraph.lastLine) return false;
  const m = /^\s*(?:\*\*)?\[([^\]]{12,})\]\([^)]*\)(?:\*\*)?(.*)$/.exec(lines[paragraph.firstLine].text);
  if (!m) return false;
  const rest = m[2].trim();
  return !/\d/.test(rest) && countWords(rest) <= 12 && countWords(m[1]) >= countWords(rest) && /^(?:,[^,]{0,60},\s*)?(?:is|are|was|were|has been|have been|can be|may be)\b/i.test(rest);
}

/** ![alt](src "title") or [![alt](src)](href "title"): a Markdown image, linked or not. */
const IMAGE = /\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?/g;

/** Whether the paragraph is nothing but Markdown images (and comments). */
function isImageOnly(paragraph: Paragraph, lines: readonly Line[]): boolean {
  let text = '';
  for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) text += lines[i].text + '\n';
  if (!text.includes('![')) return false;
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(IMAGE, '').trim() === '';
}

/** Source: …, Notes: …, 资料来源：…, 注：… — a figure's or table's apparatus, by its label. */
const APPARATUS_LABEL = /^\s*(?:\*\*|__)?(?:(?:data )?sources?|notes?|footnotes?|资料来源|数据来源|注)(?:\*\*|__)?\s*[:：]/i;
/**
 * A table's or figure's standard note without its label, a short paragraph of its own: "(Shares do not add to 100.0%
 * because of rounding.)", "Figures may not sum due to rounding.", 因四舍五入，分项之和与合计略有出入。, 数据来源于市统计局。
 */
const STANDARD_NOTE = /^(?=[^\n]{0,160}$)\s*[(（]?(?:[^\n]*?(?:\b(?:because of|due to|owing to|from) rounding\b|\b(?:do|does|may|might|will|can)(?: not|n't) (?:sum|add|total)\b|四舍五入|尾数差异)|(?:数据来源于|资料来源于|数据来自)|(?:data )?sources?:?\s+(?:is|are|was|were|from)\b)/i;
/** A line that is only such a label (##### Notes:, **Notes**, Sources): the notes follow it. */
const APPARATUS_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?(?:sources?|notes?|footnotes?|资料来源|数据来源|注)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$/i;
/** A table's key on a line of its own, its entries set apart by spaces: X: Yes        *: No         P: Partial. */
const TABLE_KEY = /^\s*\S{1,4}:[ \t]+[^:\n]{1,30}?(?:(?: {3,}|\t)\S{1,4}:[ \t]+[^:\n]{1,30}?){2,}\s*$/;
/** An item of a list of notes: 1. …, (a) …, - …. */
const NOTE_ITEM = /^\s*(?:\d{1,3}[.)]|[-*+•]|\(?[0-9a-z]{1,3}\))\s/i;

/**
 * Whether the paragraph is a figure's or table's apparatus: a source line or a note (Source: …; Notes: …; an item of the
 * list under a Notes: label or heading, or the paragraph right under it). Each figure carries its own: the same note
 * under two figures is the convention of a statistical bulletin, not a paste.
 */
function isApparatus(paragraph: Paragraph, lines: readonly Line[]): boolean {
  if (APPARATUS_LABEL.test(paragraph.text) || STANDARD_NOTE.test(paragraph.text) || isPhotoCaption(paragraph.text) || TABLE_KEY.test(paragraph.text)) return true;
  const item = NOTE_ITEM.test(lines[paragraph.firstLine].text);
  for (let i = paragraph.firstLine - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const line = lines[i];
    if (line.kind === 'blank') continue;
    if (APPARATUS_HEADING.test(line.text)) return true;
    // Back over the notes before this one; a paragraph of prose ends the search.
    if (!item || !NOTE_ITEM.test(line.text)) return false;
  }
  return false;
}

/**
 * A photographer's credit closing a paragraph: 新华社记者金立旺摄, 本报记者 张三 李四 摄, （记者 张明 摄）, (新华社发 王五摄).
 * The paragraph is a photo's caption: a news page shows several photos of one scene under the same words.
 */
const PHOTO_CREDIT = /(?:(?:新华社|中新社|本报|本台)?(?:特约)?(?:记者|通讯员)[ \t\u3000]*[\u4e00-\u9fff·]{2,6}(?:[ \t\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}[ \t\u3000]*摄|[（(][^（）()\n]{0,30}摄[）)])\s*$/;

/** Whether the paragraph ends with a photographer's credit (looked for in its last characters only). */
function isPhotoCaption(text: string): boolean {
  return text.includes('摄') && PHOTO_CREDIT.test(text.slice(-48));
}

/** Text, a gap of three spaces or more (or a tab), more text: cells of a table set out in spaced columns. */
const COLUMN_GAP = /\S(?: {3,}|\t|\u3000{2,})\S/;

/**
 * A table set out in spaced columns (a treasurer's Income Summary: Public Donations   1,800   7931   -6,131): most of
 * the paragraph's lines, three or more, have a gap between columns. Its rows repeat on purpose (the year to date equals
 * the month in a year's first month).
 */
function isSpacedTable(paragraph: Paragraph, lines: readonly Line[]): boolean {
  const count = paragraph.lastLine - paragraph.firstLine + 1;
  if (count < 3) return false;
  let gaps = 0;
  for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) if (COLUMN_GAP.test(lines[i].text.trim())) gaps++;
  return gaps >= 3 && gaps * 3 >= count * 2;
}

/** A lone | (with spaces) on a line: the edge of a table cell a conversion wrote out line by line. */
const CELL_EDGE = /^\s*\|\s*$/;

/**
 * |⏎⏎Publishing API⏎⏎ |⏎⏎This will become a 24/7 application…⏎⏎ |: a table a conversion broke into one paragraph per
 * cell, each between lines that hold only a |. Its cells repeat on purpose (two rows give the same reason).
 */
function isBrokenTableCell(paragraph: Paragraph, lines: readonly Line[]): boolean {
  const before = nearLine(lines, paragraph.firstLine - 1, -1);
  const after = nearLine(lines, paragraph.lastLine + 1, 1);
  return before !== undefined && after !== undefined && CELL_EDGE.test(before.text) && CELL_EDGE.test(after.text);
}

/** The first line that is not blank within three from `from`, going by `step`. */
function nearLine(lines: readonly Line[], from: number, step: number): Line | undefined {
  for (let i = from, n = 0; i >= 0 && i < lines.length && n < 3; i += step, n++) if (lines[i].kind !== 'blank') return lines[i];
  return undefined;
}

/**
 * Whether the text holds `min` Han characters or more (as isHanAt counts them), by character code and stopping at
 * `min`: this reads every sentence of the draft.
 */
function hasHan(text: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length && n < min; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
    else if (c >= 0xd800 && c <= 0xdbff && isHanAt(text, i)) n++;
  }
  return n >= min;
}

/** English words: runs of letters and digits with a letter in them (don't, well-known, 4d5ef26 count once each). */
// By character code: `text[i]` of a Chinese character is a new string, and most sentences counted are Chinese.
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0, length = text.length; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 0x20;
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    // A letter, a digit, or inside a word an apostrophe (' or ’) or a hyphen.
    if (letter || (c >= 0x30 && c <= 0x39) || (inWord && (c === 0x27 || c === 0x2019 || c === 0x2d))) {
      inWord = true;
      hasLetter ||= letter;
    } else {
      if (inWord && hasLetter) n++;
      inWord = hasLetter = false;
    }
  }
  return n;
}

/** A paste rather than a formula said again: see the rule's doc comment. */
function isPaste(units: Units, run: Run, attachments: () => readonly NumberedTarget[]): boolean {
  let long = 0;
  let prose = 0;
  let figures = false;
  for (let k = run.start; k <= run.end; k++) {
    const flags = units.flagsOf(k);
    if ((flags & LONG) !== 0 && (flags & HEADING) === 0) long++;
    if ((flags & HEADING) === 0) prose++;
    figures ||= (flags & FIGURES) !== 0;
  }
  // An overview (概述, 摘要, Overview, Summary) that restates an item of the body word for word: the body's paragraph
  // stands whole under its own heading in another section (a monthly report's 概述, then the same paragraph under the
  // news item it sums up). Said twice in the body, or twice in the overview, it is still a paste.
  if (run.firstEnd + 1 !== run.start && overviewRestated(units, run)) return false;
  if (run.firstEnd + 1 !== run.start && recommendationRestated(units, run)) return false;
  // A sentence or two of an overview's digest paragraph, said again in the section it digests (the overview's paragraph
  // sums up several items; the body gives each in full): the report's structure, not a paste.
  if (run.firstEnd + 1 !== run.start && overviewDigest(units, run)) return false;
  if (long >= 2 || run.firstEnd + 1 === run.start) return true;
  const seed = units.at(run.seed)!;
  // A long sentence said twice in one paragraph: no paragraph repeats its own formula.
  if (units.at(run.firstStart)!.index === seed.index && long >= 1) return true;
  // The run holds every sentence of the seed's paragraph (units of a paragraph are consecutive).
  const before = units.at(run.start - 1);
  const after = units.at(run.end + 1);
  const wholeParagraph = before?.index !== seed.index && after?.index !== seed.index;
  const first = units.at(run.firstStart)!;
  // A lead-in said again under another heading (with that heading, ### Up Next, when the headings match too); so is a
  // signpost to a resource, "[Explaining the concepts…](…) is available on the website as a short video.".
  const signpost = (units.flagsOf(run.seed) & SIGNPOST) !== 0;
  if (wholeParagraph && long >= 1) {
    // A heading the outline did not take, naming what a list above named (Department of Climate Change, Energy, the
    // Environment and Water; in the list of bodies examined, then over that body's section): one line, no sentence.
    // A title line said twice as it stands (a web page's title over the document's) is still reported.
    if (prose === 1 && titleLine(seed.paragraph) && listEntry(first.paragraph)) return false;
    // A heading or bold title line (**ROS SIG 持续推进…工作**) that names what a sentence inside a paragraph above said:
    // the title of the section that tells it, no paragraph pasted. (A title line said again as a paragraph of its own
    // is still reported.)
    if (run.start === run.end && titleLine(seed.paragraph) && !wholeAt(units, run.firstStart, run.firstEnd)) return false;
    // A heading over its text that a contents list above named (a web page's "On this page" lines, a contents list
    // without page numbers): the first copy stands among title lines, the second over prose.
    if (prose === 1 && titleLine(seed.paragraph) && contentsEntry(units, run)) return false;
    // A key finding said again over its section (a statistical release's "Key findings", each then the first line of
    // the section that gives its figures): the first copy is an entry of that summary, the second stands right under
    // a title line, over prose.
    if (prose === 1 && summaryFinding(units, run)) return false;
    // An attachment's title over its text, under its 附件2 line, that the list 附件：1.… 2.… at the end of the body named
    // (GB/T 9704: the list names each attachment, and each attachment opens with its title).
    if (prose === 1 && attachmentTitle(units, run, attachments())) return false;
    return !(prose === 1 && (leadIn(seed) || signpost) && seed.paragraph.section !== first.paragraph.section);
  }

  return figures && topSection(seed.paragraph) === topSection(first.paragraph) && seed.paragraph.part === first.paragraph.part;
}

/**
 * A section that sums up the report (概述, 摘要, 内容提要, 导读, Overview, Summary, Executive summary, At a glance), its
 * heading with or without its number (一、概述, ## Overview). Not 概况 (an account of the unit, not of the report).
 */
const OVERVIEW_TITLE =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+(?:\.\d+)*[.、．]?|第[一二三四五六七八九十]+[章节部分篇])?\s*(?:概述|综述|綜述|摘要|内容摘要|內容摘要|内容提要|內容提要|提要|导读|導讀|执行摘要|執行摘要|报告摘要|報告摘要|本[期月]要点|本[期月]要點|overview|summary|executive\s+summary|at\s+a\s+glance)\s*[:：]?\s*$/i;

/** A table's or figure's caption (Table 1: …, 图2 …): a title line, but no item's headline. */
const CAPTION = /^\s*(?:\*\*)?(?:table|figure|fig\.|chart|exhibit|附表|附图|附圖|表|图|圖)\s*[0-9０-９A-Za-z一二三四五六七八九十]/i;

/**
 * The first copy stands in an overview section and the second, a whole paragraph right under a title line, in a
 * section outside it (one part).
 */
function overviewRestated(units: Units, run: Run): boolean {
  const first = units.at(run.firstStart)!.paragraph;
  const second = units.at(run.start)!.paragraph;
  if (first.part !== second.part) return false;
  let overview: Section | undefined;
  for (let section = first.section; section; section = section.parent) {
    if (OVERVIEW_TITLE.test(section.title)) {
      overview = section;
      break;
    }
  }
  if (!overview) return false;
  for (let section = second.section; section; section = section.parent) if (section === overview) return false;
  // The run holds the second paragraph whole, and that paragraph opens its item: right under a title line (its heading,
  // a bold headline). A summary paragraph dropped after other text of a section is a paste.
  const index = units.at(run.start)!.index;
  const over = units.at(run.start - 1);
  if (over === undefined || over.index === index || !titleLine(over.paragraph) || CAPTION.test(over.paragraph.text)) return false;
  if (second.firstLine - over.paragraph.lastLine > 2) return false;
  return units.at(run.end + 1)?.index !== index && units.at(run.end)!.index === index;
}

/** Whether the units from..to hold their paragraph whole (units of a paragraph are consecutive). */
function wholeAt(units: Units, from: number, to: number): boolean {
  const index = units.at(from)!.index;
  return units.at(from - 1)?.index !== index && units.at(to + 1)?.index !== index && units.at(to)!.index === index;
}

/** Sentences of an overview's digest paragraph that the body may say again (a digest sums up, sentence by sentence). */
const DIGEST_RUN_MAX = 2;

/**
 * The first copy is one or two sentences of a longer paragraph in an overview section (概述, 摘要, Overview), the second
 * outside that section, in the same part: the overview digests the sections below it.
 */
function overviewDigest(units: Units, run: Run): boolean {
  if (run.end - run.start + 1 > DIGEST_RUN_MAX || wholeAt(units, run.firstStart, run.firstEnd)) return false;
  const first = units.at(run.firstStart)!.paragraph;
  const second = units.at(run.start)!.paragraph;
  if (first.part !== second.part || units.at(run.firstEnd)!.paragraph !== first) return false;
  let overview: Section | undefined;
  for (let section = first.section; section && !overview; section = section.parent) if (OVERVIEW_TITLE.test(section.title)) overview = section;
  if (!overview) return false;
  for (let section = second.section; section; section = section.parent) if (section === overview) return false;
  return true;
}

/** A board paper's recommendation, by its heading (## 4. Recommendation, Recommendations:, Decision required, 建议). */
const RECOMMENDATION_TITLE = /^\s*(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[一二三四五六七八九十]+、)?(?:recommendations?|decisions?\s+(?:required|sought)|actions?\s+(?:required|requested)|建议|审议事项|提请审议事项)\s*[:：]?\s*$/i;

/**
 * ## 1. Recommendation ⏎ The Board is asked to note the report and approve the actions in Section 3. … ## 4. Recommendation
 * ⏎ the same: a board paper states what it asks for at its top and again at its end, under a heading of the same name.
 * The run is that heading and the text under it, the first copy under a heading of the same name; a recommendation
 * pasted into another section (under another heading) is still reported.
 */
function recommendationRestated(units: Units, run: Run): boolean {
  const heading = units.at(run.start)!;
  const firstHeading = units.at(run.firstStart)!;
  if (!heading.heading || !firstHeading.heading) return false;
  const title = (u: Unit) => u.paragraph.text.slice(u.start, u.end);
  if (!RECOMMENDATION_TITLE.test(title(heading)) || !RECOMMENDATION_TITLE.test(title(firstHeading))) return false;
  // The text under the heading, whole: the next sentence after the run opens another paragraph (or there is none).
  const next = units.at(run.end + 1);
  return next === undefined || next.index !== units.at(run.end)!.index;
}

/** A line of its own naming an attachment: 附件2, 附件 二 (its title on the lines below). */
const ATTACHMENT_LINE = /^\s*附[ \u3000]?件[ \u3000]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*$/;

/**
 * 附件：1. 课程目录 ⏎ 2. 校外资源进入课后服务白名单准入条件和程序 … 附件2 ⏎ 校外资源进入课后服务白名单准入条件和程序: the
 * first copy is an item of the draft's list of attachments, the second a title line standing right under the 附件 line of
 * the same number (a blank line or two between them), in the part that attachment opens.
 */
function attachmentTitle(units: Units, run: Run, attachments: readonly NumberedTarget[]): boolean {
  const first = units.at(run.firstStart)!.paragraph;
  const second = units.at(run.seed)!.paragraph;
  if (first.part === second.part || first.segments.length !== 1 || !titleLine(second)) return false;
  const item = attachments.find((a) => a.list !== undefined && a.line === first.firstLine);
  if (item === undefined) return false;
  const over = units.at(run.start - 1);
  if (over === undefined || second.firstLine - over.paragraph.lastLine > 3 || !ATTACHMENT_LINE.test(over.paragraph.text)) return false;
  return attachments.some((a) => a.list === undefined && a.line === over.paragraph.firstLine && a.number === item.number);
}

/** A paragraph of one line that ends without a sentence's punctuation (or a lead-in's colon, a list item's semicolon). */
function titleLine(paragraph: Paragraph): boolean {
  return paragraph.segments.length === 1 && !/[.!?。！？…:：;；,，]["'’”)）」』]*\s*$/.test(paragraph.text);
}

/** The first copy between two title lines of other paragraphs (a contents list), the second followed by prose. */
function contentsEntry(units: Units, run: Run): boolean {
  const first = units.at(run.firstStart)!;
  const next = units.at(run.end + 1);
  if (!next || titleLine(next.paragraph)) return false;
  return [units.at(run.firstStart - 1), units.at(run.firstEnd + 1)].every((u) => u !== undefined && u.paragraph !== first.paragraph && titleLine(u.paragraph));
}

const SUMMARY_TITLE = /^\s*(?:#{1,6}\s*)?(?:(?:key|main|headline)\s+(?:findings|points|messages)|summary|highlights|主要发现|主要發現|主要结论|主要結論)\s*[:：]?\s*$/i;

/**
 * The first copy is one of the paragraphs of one sentence each under a title line "Key findings" (Main points, Summary,
 * 主要发现); the second is a paragraph of its own right under a title line, with prose after it.
 */
function summaryFinding(units: Units, run: Run): boolean {
  const over = units.at(run.start - 1);
  const next = units.at(run.end + 1);
  if (!over || !next || !titleLine(over.paragraph) || titleLine(next.paragraph)) return false;
  if (units.at(run.firstEnd + 1)?.index === units.at(run.firstEnd)!.index) return false;
  for (let k = run.firstStart - 1, n = 0; k >= 0 && n < 12; k--, n++) {
    const unit = units.at(k)!;
    if (titleLine(unit.paragraph)) return SUMMARY_TITLE.test(unit.paragraph.text);
    // An entry of the summary is a paragraph of one sentence.
    if (units.at(k - 1)?.index === unit.index || units.at(k + 1)?.index === unit.index) return false;
  }
  return false;
}

/** An entry of a list written as lines of their own: one line closed by a semicolon or comma (its note after it: ;[2]). */
function listEntry(paragraph: Paragraph): boolean {
  return paragraph.segments.length === 1 && /[;；,，](?:\[\d{1,4}\])?\s*$/.test(paragraph.text);
}

/**
 * "The SIG has identified a need for the following, but work is not yet underway:" under each of four parallel headings:
 * one sentence that ends with a colon and introduces what follows, said again under another heading, is the report's
 * template (each section's list is its own), not a paste.
 */
function leadIn(unit: Unit): boolean {
  return /[:：]\s*$/.test(unit.paragraph.text.slice(unit.start, unit.end));
}

/** The top-level section (一、, 第一章, a level-2 heading…) a paragraph is in; a Markdown title (# …) does not count. */
function topSection(paragraph: Paragraph): Section | undefined {
  let section = paragraph.section;
  while (section?.parent && !isTitle(section.parent)) section = section.parent;
  return section;
}

function isTitle(section: Section): boolean {
  return section.marker.kind === 'heading' && section.marker.headingLevel === 1;
}

/**
 * A list item the same as the item right before it (3. 加强队伍建设。 twice, - Retrain the team. twice): reported however
 * short, where it says something (four Chinese characters, three words). Returns the paragraphs reported.
 */
function reportRepeatedItems(context: RuleContext<Sentences>): Set<Paragraph> {
  const reported = new Set<Paragraph>();
  const locals = context.locals;
  for (let k = 1; k < locals.length; k++) {
    const before = locals[k - 1].unit as Paragraph;
    const paragraph = locals[k].unit as Paragraph;
    // Next to each other (a blank line between them at most), in one part.
    if (paragraph.firstLine - before.lastLine > 2 || paragraph.part !== before.part) continue;
    const start = repeatedItem(before, paragraph, context.doc.lines);
    if (start < 0) {
      // 3. 部分外包施工队伍…不规范。 then the same paragraph without its number (or the other way round).
      const copy = unnumberedCopy(before, paragraph, context.doc.lines);
      if (copy < 0) continue;
      const firstStart = before.atHeading ? 0 : before.text.length - before.text.trimStart().length;
      context.report({
        message: 'copy',
        data: { line: before.firstLine + 1 },
        range: rangeIn(paragraph, copy, paragraph.text.trimEnd().length),
        related: [{ range: rangeIn(before, firstStart, before.text.trimEnd().length), message: 'first' }],
      });
      reported.add(paragraph);
      continue;
    }
    context.report({
      message: 'item',
      data: { line: before.firstLine + 1 },
      range: rangeIn(paragraph, start, paragraph.text.trimEnd().length),
      related: [{ range: rangeIn(before, itemStart(before), before.text.trimEnd().length), message: 'first' }],
    });
    reported.add(paragraph);
  }
  return reported;
}

/**
 * A paragraph pasted again right after itself with a few words changed in one copy (…and [Sponsor logo here] for their
 * support this year. then …and our corporate supporters for their support this year.): nearCopy says when. Not where
 * the main pass or the list items' pass reported either paragraph.
 */
function reportNearCopies(context: RuleContext<Sentences>, pasted: Set<Paragraph>, items: Set<Paragraph>): void {
  const locals = context.locals;
  for (let k = 1; k < locals.length; k++) {
    const before = locals[k - 1].unit as Paragraph;
    const paragraph = locals[k].unit as Paragraph;
    if (paragraph.firstLine - before.lastLine > 2 || paragraph.part !== before.part) continue;
    if (pasted.has(paragraph) || pasted.has(before) || items.has(paragraph) || items.has(before)) continue;
    if (!nearCopy(before, paragraph)) continue;
    const at = (p: Paragraph) => p.text.length - p.text.trimStart().length;
    context.report({
      message: 'near',
      data: { line: before.firstLine + 1 },
      range: rangeIn(paragraph, at(paragraph), paragraph.text.trimEnd().length),
      related: [{ range: rangeIn(before, at(before), before.text.trimEnd().length), message: 'first' }],
    });
  }
}

/**
 * The sentence that opens a paragraph pasted again at the start of the next one and carried on there (…挂图作战。 then
 * …挂图作战，明确责任人和完成时限，确保… — the first copy left behind when the sentence was rewritten longer). Only a
 * sentence long enough to compare, whose copy goes on after a comma; an identical sentence is the main pass's.
 */
function reportRepeatedOpenings(context: RuleContext<Sentences>): void {
  const locals = context.locals;
  const minChars = context.config.minChars as number;
  const minWords = context.config.minWords as number;
  for (let k = 1; k < locals.length; k++) {
    const before = locals[k - 1].unit as Paragraph;
    const paragraph = locals[k].unit as Paragraph;
    if (paragraph.firstLine - before.lastLine > 2 || paragraph.part !== before.part || before.atHeading || paragraph.atHeading) continue;
    const first = FIRST_SENTENCE.exec(before.text);
    if (!first) continue;
    const stem = first[2];
    if (!hasHan(stem, minChars) && (/\p{sc=Han}/u.test(stem) || countWords(stem) < minWords)) continue;
    const lead = /^\s*/.exec(paragraph.text)![0].length;
    if (!paragraph.text.startsWith(stem, lead) || !GOES_ON.test(paragraph.text.slice(lead + stem.length, lead + stem.length + 2))) continue;
    const at = first[1].length;
    context.report({
      message: 'opening',
      data: { line: before.firstLine + 1 },
      range: rangeIn(paragraph, lead, lead + stem.length),
      related: [{ range: rangeIn(before, at, at + stem.length + 1), message: 'first' }],
    });
  }
}
/** A paragraph's first sentence, without its end mark (in the first 400 characters). */
const FIRST_SENTENCE = /^(\s*)([^。！？!?；;\n]{1,400}?)(?:[。！？!?]|\.(?=\s|$))/u;
/** The copy carries on: a comma (or a dash) after the repeated words. */
const GOES_ON = /^[，,、—–-]|^\s[—–-]/;

function report(context: RuleContext, units: Units, run: Run): void {
  const range = spanRange(units, run.start, run.end);
  const first = spanRange(units, run.firstStart, run.firstEnd);
  const count = run.end - run.start + 1;
  const data = { line: first.start.line + 1, count };
  context.report({ message: count === 1 ? 'sentence' : 'passage', data, range, related: [{ range: first, message: 'first' }] });
}

function spanRange(units: Units, fromIndex: number, toIndex: number): Range {
  const from = units.at(fromIndex)!;
  if (fromIndex === toIndex) return rangeIn(from.paragraph, from.start, from.end);
  const to = units.at(toIndex)!;
  const end = rangeIn(to.paragraph, to.start, to.end).end;
  return { start: positionIn(from.paragraph, from.start), end };
}
