/**
 * enumeration-sequence — 段内列举序号应连续 / Inline enumerations count on without gaps
 *
 * What: within a paragraph or a run of paragraphs of one section, 一是…二是…三是 (also 一要/一抓/一来/一则,
 * 第一，…第二，, 其一…其二, First, … Second, …) counts 1, 2, 3: no skip, repeat or step back, and a
 * run that counts on (二是…三是) does not start past 一是. A new 一是 (or a new section) starts a new
 * enumeration; 首先…第二…第三 is complete, and so is 做到一是…，二是…，三是 (the 一是 run on from its verb, earlier in the
 * sentence). In English a run starts at First, …: a Second, … without one (the
 * writer began "One is…" or "To begin with,") counts nothing; so do ordinals in lower case inside one sentence, from
 * "first," after a colon or comma, each later one after a semicolon ("three criteria: first, …; second, …; and fourth, …"), or from a capital First opening the sentence ("First, recruitment…; second, the pay award…; and fourth, …"; "First, …; third, …", the second left out) — not ordinals in a row ("; third, fourth and fifth year pupils"). In Markdown, the 一是 on the line after a heading written
 * as a line of text (五、主要经营情况 / 一是…) starts the run, though the two lines make one paragraph. Bracketed markers
 * inside one sentence count too, from the first item and three at least: "(i) … (ii) … and (iv) …", "(1) … (2) … (4)",
 * "(a) … (b) … and (b) …", and with the closing bracket alone where no bracket is open, "1) … 2) … 4)", "a) … b) … and d)"; not items cited from another text ("paragraphs (a) and (c)", "section 3(1)(a)"), nor items of a list named in prose, a marker joined to another by and, or, to, a comma or a dash ("approve recommendations (a) and (c) and consider (b)", "(b)–(d)", （1）和（3）采纳，（2）暂缓), nor a
 * marker that opens its paragraph (a list item: the outline's). In a Chinese paragraph, markers after a clause or
 * sentence end, over the whole paragraph: 做好三项工作：①…；②…；④…, （1）…；（2）…；（4）…, (1)…；(2)…；(2)…, 1）…；2）…；4）…, 1.…；2.…；4.… (1、…；2、…；4、…); not
 * 第（2）项 or a footnote mark after a word (数据①). Where a count announces the run and equals its last
 * number ("four recommendations. First, … Second, … Fourth, …"), an item may have been deleted: the skip is reported
 * without the renumbering fix, which would make the count wrong.
 * Markdown's bold around an item (**一是加强领导。**…, 。**第二，**…) does not hide it.
 * A skip the text explains is no slip: the label left out named in the skip's sentence or the next one ("(a) …, (b) …
 * and (d) …. Item (c), the bus shelter, was withdrawn", （1）…（2）…（4）…。第（三）项已撤回, 原第3项删除).
 * One marker mistyped between two that count on (一是…二是…二是…四是) is one finding, on it: the item after it counts on
 * from the number it should have. The ordinal adverbs count too: 首先，…其次，…其次，… repeats (再次 belongs there), and
 * 首先，…再次，…最后，… leaves 其次 out — judged only where 最后 closes the run, as 再次 also means "again".
 *
 * Why: a clause deleted in editing leaves 一是…二是…四是 behind, and readers notice.
 *
 * 检查：同一段落或同一节的连续段落中，一是…二是…三是（以及一要、一抓、一来、一则，第一，…第二，，
 * 其一…其二，First, … Second, …）应依次递增：不跳号、不重复、不倒退，接续的列举（二是…三是）不应缺少一是。
 * 新的一是或新的一节重新计数；首先…第二…第三是完整的列举。Markdown中标题行（五、主要经营情况）下一行开头的一是也计入，
 * 尽管两行连成一段。同一句中的括号序号也计入（从第一项起、至少三项）：(i)…(ii)…(iv)、(1)…(2)…(4)、(a)…(b)…(b)，以及不在括号内、只写后括号的 1)…2)…4)、a)…b)…d)；
 * 中文段落中，句读之后的①②④、（1）（2）（4）、(1)(2)(2)、1）2）4）、1.2.4.（1、2、4、）在整段内计入（可跨句）；第（2）项、词后的注码（数据①）不计。
 * 引用其他文件条款的（paragraphs (a) and (c)）、行文中以“和”“、”“至”等连接点名的各项（（1）和（3）采纳，（2）暂缓；approve recommendations (a) and (c)）和段首的括号序号（属于列表，由标题层级规则处理）不计。预告数量等于末项序号时
 * （四个方面：一是…二是…四是），可能删去了一项，报告跳号但不提供重新编号的修复（改号会使数量不符）。
 * 跳过的序号在同一句或下一句中点明的（（1）…（2）…（4）…。第（三）项已撤回；原第3项删除；Item (c) … was withdrawn），是说明过的，不报。
 * Markdown加粗的序号（**一是加强领导。**…、。**第二，**…）同样计入。英文句首 First 之后以分号分隔的小写序数词（First, …; third, …）同样计入，连用的序数词（third, fourth and fifth year）不计。
 * 前后都连续、只有中间一个序号写错的（一是…二是…二是…四是）只报这一处，其后的四是按应有的序号接续。
 * 首先、其次、再次、最后同样核对：首先，…其次，…其次，…为重复（应为再次）；首先，…再次，…最后，…漏了其次——“再次”也有“又一次”之义，只在有“最后”收尾时报告。
 * 原因：修改时删掉一项，就会留下一是…二是…四是，读者一眼就能看出。
 * 不报：单独出现的二是（常是二要素、第二、三季度之类的字面用法）；同一句中前面已有一是、只是紧跟在动词后面的（做到一是…，二是…，三是…）。
 *
 * Bad:  一是加强领导；二是完善制度；四是强化考核。
 * Good: …；三是强化考核。
 * Bad:  First, we trained the staff. Second, we audited the sites. Fourth, we reported.
 * Good: First, we trained the staff. Second, we audited the sites. Third, we reported.
 */

import type { Enumeration, EnumerationItem } from '../model/enumerations';
import { parseChineseNumeral, toChineseNumeral } from '../model/numerals';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';
import { announcementsIn, listAfter, listContext, listSummary, type ListContext } from './enumeration-count-lists';
import { matchesOf } from '../patterns';
import { skipExplained } from './enumeration-sequence-explained';

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const EN_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

const rule: Rule = {
  meta: {
    id: 'enumeration-sequence',
    name: { zh: '段内列举序号', en: 'Inline enumeration' },
    category: 'numbering',
    description: {
      zh: '段内列举（一是…二是…、第一…第二…）序号应连续，不跳号、不重复',
      en: 'Inline enumerations (一是…二是…, First… Second…) count on without a skip or repeat',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      skip: {
        zh: '列举序号跳号：“{previous}”之后应为“{expected}”，此处为“{found}”',
        en: 'Enumeration skips: “{found}” follows “{previous}”; expected “{expected}”',
      },
      repeat: {
        zh: '列举序号重复：“{found}”与上一项相同，应为“{expected}”',
        en: 'Enumeration repeats: “{found}” again after “{previous}”; expected “{expected}”',
      },
      first: {
        zh: '列举从“{found}”开始，前面没有“{expected}”：可能删掉了前面的项',
        en: 'Enumeration starts at “{found}” with no “{expected}” before it; earlier items may have been deleted',
      },
      backwards: {
        zh: '列举序号倒退：“{previous}”之后出现“{found}”，应为“{expected}”',
        en: 'Enumeration goes backwards: “{found}” after “{previous}”; expected “{expected}”',
      },
      fix: { zh: '改为“{expected}”', en: 'Change to “{expected}”' },
      previousItem: { zh: '上一项', en: 'Previous item' },
    },
  },

  // What the document part reads of a paragraph: its runs, announcements, bullets, indents and numbered item.
  checkSummary: listSummary,

  check(context) {
    const renumber = new RunRenumberer();
    let lists: ListContext | undefined;
    for (const run of context.doc.enumerations) {
      const items = run.items;
      if (startsLate(run)) {
        const first = items[0];
        context.report({
          message: 'first',
          data: { found: first.text, expected: withValue(first, 1) },
          range: rangeIn(first.paragraph, first.offset, first.offset + first.length),
          fix: { title: 'fix', edits: renumber.from(items, 0, 1) },
        });
      }
      // "made four recommendations. First, … Second, … Fourth, …": the count agrees with the last number, so an item
      // may have been deleted; renumbering would make the count wrong, and no fix is offered.
      const counted = countedTo(run, () => (lists ??= listContext(context.doc)));
      // 一是…二是…二是…四是: one marker mistyped between two that count on is one finding (the 二是 that should be 三是),
      // and the 四是 after it counts on from what it should have been.
      let countedOn = items[0].value;
      for (let i = 1; i < items.length; i++) {
        const prev = items[i - 1];
        const cur = items[i];
        const expected = countedOn + 1;
        countedOn = cur.value;
        if (cur.value === expected) continue;
        if (items[i + 1]?.value === expected + 1) countedOn = expected;
        const message = cur.value === prev.value ? 'repeat' : cur.value < prev.value ? 'backwards' : 'skip';
        // "…, and (d) the footpath. Item (c), the bus shelter, was withdrawn": the text names the label it left out.
        if (message === 'skip' && skipExplained(prev, cur, expected)) continue;
        context.report({
          message,
          data: { found: cur.text, previous: prev.text, expected: withValue(cur, expected) },
          range: rangeIn(cur.paragraph, cur.offset, cur.offset + cur.length),
          ...(counted ? {} : { fix: { title: 'fix', edits: renumber.from(items, i, expected) } }),
          related: [{ range: rangeIn(prev.paragraph, prev.offset, prev.offset + prev.length), message: 'previousItem' }],
        });
      }
    }
    adverbRepeats(context.doc.paragraphs, (item, previous, expected) =>
      context.report({
        message: item.text === previous.text ? 'repeat' : item.text === '其次' && previous.text === '再次' ? 'backwards' : 'skip',
        data: { found: item.text, previous: previous.text, expected },
        range: rangeIn(item.paragraph, item.offset, item.offset + item.text.length),
        fix: { title: 'fix', edits: [{ range: rangeIn(item.paragraph, item.offset, item.offset + item.text.length), newText: expected }] },
        related: [{ range: rangeIn(previous.paragraph, previous.offset, previous.offset + previous.text.length), message: 'previousItem' }],
      }),
    );
  },
};

/**
 * 首先，…其次，…再次，…最后，: the ordinal adverbs. 首先，…。其次，…。其次，… repeats the second item where 再次 (the third)
 * belongs. Each marker stands at a clause's start (after 。；，：！？ or the paragraph's start) with a comma or colon after
 * it (not 其次是 of a ranking: 占比最高的是…，其次是…). A run starts at 首先 (or a first 其次) and holds within its paragraph, or across
 * paragraphs of one section that each open with the marker (首先，… / 其次，… / 其次，…); 最后 or a new 首先 ends it.
 * 首先，…。再次，…。最后，… leaves the second item (其次) out: reported on the 再次 when 最后 closes the run — 再次 is also
 * "again" (首先，感谢…。再次，向…表示感谢。 with no 最后 is not judged).
 */
const ADVERB_ITEM = /首先|其次|再次|最后|最後/g;
const ADVERB_BEFORE = /(?:^|[。；;，,：:！？!?）)”’」』】]|\*\*)[ \t\u3000]*$/;
interface AdverbItem { text: string; paragraph: Paragraph; offset: number }
export function adverbRepeats(paragraphs: readonly Paragraph[], report: (item: AdverbItem, previous: AdverbItem, expected: string) => void): void {
  let open: AdverbItem | undefined;
  // A 再次 right after 首先, judged when 最后 closes the run it is in.
  let skipped: [AdverbItem, AdverbItem] | undefined;
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (open && (open.paragraph.section !== paragraph.section || open.paragraph.part !== paragraph.part || paragraph.atHeading)) open = undefined;
    if (!open) skipped = undefined;
    let seen = false;
    // A paragraph with 最后 alone only closes a run with a 再次 that may have skipped.
    if (/首先|其次|再次/.test(text) || (skipped && /最[后後]/.test(text))) {
      for (const m of matchesOf(text, ADVERB_ITEM)) {
        const at = m.index!;
        if (!/^[，,：:]/.test(text.slice(at + 2, at + 3)) || !ADVERB_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
        // From an earlier paragraph, the run goes on only through a marker that opens this one.
        if (!seen && open && open.paragraph !== paragraph && text.slice(0, at).replace(/\*\*/g, '').trim() !== '') open = undefined;
        seen = true;
        const item = { text: m[0], paragraph, offset: at };
        if (!open) skipped = undefined;
        // 其次，…其次，… with no 首先 before them (deleted, or never written) repeats as well.
        if (m[0] === '首先' || (!open && m[0] === '其次')) {
          open = item;
          skipped = undefined;
        } else if (!open) continue;
        else if (m[0] === '最后' || m[0] === '最後') {
          if (skipped) report(skipped[0], skipped[1], '其次');
          open = skipped = undefined;
        } else {
          if (m[0] === '其次' && open.text === '其次') report(item, open, '再次');
          // 首先，…；其次，…；再次，…；其次，…: a 其次 after 再次 steps back — the last item (最后), or another 再次 when a
          // 最后 still follows in the paragraph.
          if (m[0] === '其次' && open.text === '再次') report(item, open, /最[后後][，,：:]/.test(text.slice(at + 2)) ? '再次' : '最后');
          if (m[0] === '再次' && open.text === '首先') skipped = [item, open];
          open = item;
        }
      }
    }
    if (!seen) open = skipped = undefined;
  }
}

/** Marker edits that the fixes of later findings in a run, which the run's first fix already covers, may take together. */
const OPTIONAL_EDIT_BUDGET = 20_000;

/**
 * A fix renumbers its item and every item after it in the run, counting on (items that keep their number get an
 * edit to the same text): the first fix of a run owns the rest of it, so one fix-all round leaves the run counting
 * 一是, 二是, 三是… (一是…二是…二是…二是 needed a round per repeat before). Later fixes of the same run, offered
 * one by one in the editor, renumber the rest of the run while a budget lasts, then their own item only: linear work.
 */
class RunRenumberer {
  private covered?: readonly EnumerationItem[];
  private budget = OPTIONAL_EDIT_BUDGET;

  from(items: readonly EnumerationItem[], start: number, value: number): TextEdit[] {
    const optional = this.covered === items;
    this.covered = items;
    let end = items.length;
    if (optional) {
      if (end - start > this.budget) end = start + 1;
      this.budget = Math.max(0, this.budget - (end - start));
    }
    const edits: TextEdit[] = [];
    for (let j = start; j < end; j++) {
      const item = items[j];
      edits.push({ range: rangeIn(item.paragraph, item.offset, item.offset + item.length), newText: withValue(item, value + j - start) });
    }
    return edits;
  }
}

export default rule;

/** A count announced before the run in its first paragraph that equals the number of the run's last item. */
function countedTo(run: Enumeration, lists: () => ListContext): boolean {
  const first = run.items[0];
  const last = run.items[run.items.length - 1];
  if (last.value === run.items.length) return false;
  // Only a count that announces this very run (three lessons: First, …), not a figure before it (新组建教育集团3个).
  const start = rangeIn(first.paragraph, first.offset, first.offset + first.length).start;
  return announcementsIn(first.paragraph).some((a) => {
    if (a.clauseEnd > first.offset || a.count !== last.value) return false;
    const item = listAfter(lists(), a)?.items[0]?.start;
    return item !== undefined && item.line === start.line && item.character === start.character;
  });
}

/**
 * A run that begins at 二是/三是 and goes on (二是…三是) lost its first items. A lone 二是 is left alone:
 * it is as often a stray phrase (二要素, 第二、三季度) as a remnant. Only the families that are
 * unambiguous as enumerations count: 是, 第…，, 其…，, and English ordinals.
 */
function startsLate(run: Enumeration): boolean {
  const { items } = run;
  if (items.length < 2 || items[0].value < 2) return false;
  // 首先…第二…第三, and 一是 in the section before (the run was cut by a page-break line) are complete.
  if (run.afterFirstly && items[0].value === 2) return false;
  if (run.previousValue === items[0].value - 1) return false;
  if (items[1].value !== items[0].value + 1) return false;
  const [first] = items;
  if (markerBefore(first)) return false;
  const after = first.paragraph.text[first.offset + first.length];
  return first.family === '是' || first.family === 'en' || ((first.family === '第' || first.family === '其') && after !== '、');
}

/**
 * 做到一是甲，二是乙，三是丙: the item before the first is there, earlier in the sentence, after a verb it runs on from
 * (not at a boundary, so not read as an item). Not inside a word that ends in 一 (坚持统一是前提，二是…).
 */
function markerBefore(first: EnumerationItem): boolean {
  if (first.family !== '是') return false;
  const text = first.paragraph.text;
  const sentence = text.slice(0, first.offset).replace(/^[^]*[。！？!?]/u, '');
  const at = sentence.lastIndexOf(withValue(first, first.value - 1));
  return at >= 0 && !/[统統唯同单單第万萬之专專划劃均合逐某其任归歸整]/.test(sentence[at - 1] ?? '');
}

/** 四是 → 三是, 第四 → 第三, Fourth → Third, Fourthly → Thirdly. */
function withValue(item: EnumerationItem, value: number): string {
  if (item.family === '(a)') return `(${String.fromCharCode(96 + value)})`;
  if (item.family === '(i)') return `(${ROMANS[value - 1] ?? value})`;
  if (item.family === '(1)') return `(${value})`;
  if (item.family === '（1）') return `（${value}）`;
  if (item.family === '1）' || item.family === '1)' || item.family === '1.') return `${value}${item.text.slice(-1)}`;
  if (item.family === 'a)') return `${String.fromCharCode(96 + value)})`;
  if (item.family === 'i)') return `${ROMANS[value - 1] ?? value})`;
  if (item.family === '①') return value <= 20 ? String.fromCharCode(0x245f + value) : `(${value})`;
  if (item.family === 'en') {
    const word = EN_ORDINALS[value - 1] ?? String(value);
    const cased = item.text[0] === item.text[0].toLowerCase() ? word.toLowerCase() : word;
    return /ly$/i.test(item.text) ? `${cased}ly` : cased;
  }
  const m = /[一二三四五六七八九十]+/.exec(item.text);
  if (!m || parseChineseNumeral(m[0]) === undefined) return item.text;
  return item.text.slice(0, m.index) + toChineseNumeral(value) + item.text.slice(m.index + m[0].length);
}
