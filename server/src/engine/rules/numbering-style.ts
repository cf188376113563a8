/**
 * numbering-style — 同级编号写法应统一 / One level, one way of writing its numbers
 *
 * What: all markers of one level are written alike (1. or 1、 or 1 ., not a mix; （一） or (一), not
 * both), and a bracketed or circled number takes no punctuation after it (（一）、 → （一）, GB/T 15834).
 * Each part of a compilation (篇一, 篇二…) is judged on its own. A document that consistently uses a nonstandard form (1、 throughout) is left alone: the rule reports
 * mixing first, and names the standard form in its message. A stray style gives one finding, with the other
 * places written the same way as related locations; 3) or （3） among 1. 2. 4. is item 3 in another style (（3） among
 * （一）（二）（四） too: 改为“（三）”; and as the last item, 1. 2. （3） before （五） or the end), and iii) after a) b)
 * (or c. after i. ii., or 3) after a) b)) item 3 in another numeral system; ## 4) among the headings ## 1. … ## 5. (a list under ## 3. between
 * them) is heading 4 written with a bracket; (2) between 1） and 3） is item 2 with the other brackets; 3) between 3.2 and 3.4
 * is item 3.3, 3、 between （二） and （四） item （三）, （三） between 2. and 4. item 3. (Change to “3.3”: “3)” is the item
 * between “3.2” and “3.4”) — not when 3.3 follows it (a sub-item), nor a 2. that goes on from a 1. open above; a heading worded Section 8 (Part, Chapter, Item)
 * between the headings 7. and 9. of its level is item 8 in words (change to 8.). A
 * list numbered inside a paragraph keeps the brackets of its first item: 主要有：（1）…；2）…, We will (1) hire, 2) retrain
 * and (3) report — not a list of its own inside an item (（1）摸清需求：1）走访企业；2）建立台账；（2）…), nor 满意率（2）项,
 * section 3(1), paragraphs (1) and (2), one (1) representative. Markdown list
 * items and bold pseudo-headings (**1、标题**) are different levels and are not compared; so are notes numbered from a
 * 注： label (注：(1)…(2)… under headings numbered （1）（2）): the notes' list is compared with itself only.
 *
 * Why: mixed forms are the seam where text from another draft was pasted in.
 *
 * 检查：同一级编号的写法一致（1.、1、或1 .，不混用；（一）或(一)，不并用），括号编号和圈码后不加标点
 * （（一）、→（一），GB/T 15834），同一列表不换编号体系（a) b)之后不写iii)或3)）。汇编中的每一篇（篇一、篇二…）分别判断；从“注：”起编号的注释（注：(1)…(2)…）自成一组，不与同级标题比较。通篇一致地使用非规范写法
 * （全文都用1、）的文档不报：本规则先报告混用，并在提示中给出规范写法。1. 2. 4. 或（一）（二）（四）之间的“（3）”是写成下级样式的第三项（列表最后一项亦然：1. 2. （3）之后接（五）或全文结束），
 * 1）与3）之间的“(2)”是换了括号的第二项；3.2与3.4之间的“3)”是写法不同的3.3，（二）与（四）之间的“3、”是（三），2.与4.之间的“（三）”是3.（其后接3.3的则是下级项，不报）；Markdown标题“## 1.”至“## 5.”之间的“## 4)”是换了写法的第四个标题（其间“## 3.”下有列表亦然）；同级标题7.与9.之间写成Section 8（Part、Chapter、Item）的是用文字写出的第八项（改为“8.”）。段内列举的各项与第一项括号写法相同：“主要有：（1）…；2）…”应统一；项内另起的列举
 * （（1）摸清需求：1）走访企业；2）建立台账；（2）…）、“满意率（2）项”不算。
 * 原因：写法混杂之处，往往就是从另一份稿子粘贴进来的接缝。
 *
 * Bad:  1.加强领导 / 2、完善制度 / 3.强化考核
 * Good: 1.加强领导 / 2.完善制度 / 3.强化考核
 * Bad:  （一）、总体要求
 * Good: （一）总体要求
 * Bad:  1. Scope / 2 . Method / 3. Results
 * Good: 1. Scope / 2. Method / 3. Results
 */

import { wordedStandIn } from '../model/worded-stand-in';
import { baseStyle, formatMarker, formatNumber, STANDARD_STYLE, type MarkerShape } from '../model/format-marker';
import { inlineLists, type InlineListItem } from '../model/inline-lists';
import type { Marker, MarkerKind } from '../model/markers';
import { rangeIn } from '../model/paragraphs';
import type { Section } from '../model/outline';
import { withoutQuotedItems } from '../model/quoted-items';
import { KeptReports } from '../kept-reports';
import { lineRange } from '../ranges';
import type { Rule, RuleContext } from '../rule';
import type { TextEdit } from '../types';

const rule: Rule = {
  meta: {
    id: 'numbering-style',
    name: { zh: '编号格式统一', en: 'Numbering style' },
    category: 'numbering',
    description: {
      zh: '同级编号写法应统一（1.与1、不混用），括号编号后不加标点',
      en: 'Markers of one level are written one way (not 1. and 1、 mixed); no punctuation after a bracketed number',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      worded: {
        zh: '改为“{expected}”：“{found}”是“{previous}”与“{next}”之间的一项，同级编号写法应统一',
        en: 'Change to “{expected}”: “{found}” is the item between “{previous}” and “{next}”; one level, one way of writing its numbers',
      },
      mixed: {
        zh: '改为“{dominant}”：同级编号写法应统一（规范写法“{standard}”）',
        en: 'Change to “{dominant}”: one level, one way of writing its numbers (standard form: “{standard}”)',
      },
      mixedMany: {
        zh: '统一写作“{dominant}”：此处“{found}”及另外{others}处与同级写法不同（规范写法“{standard}”）',
        en: 'Write them like “{dominant}”: “{found}” here and {others} more differ from the rest of the level (standard form: “{standard}”)',
      },
      // Letters and Roman numerals have no standard form (GB/T 9704 numbers none of its levels with them): the message
      // names none, rather than a form the writer used nowhere.
      mixedLetters: {
        zh: '改为“{dominant}”：同级编号写法应统一',
        en: 'Change to “{dominant}”: one level, one way of writing its numbers',
      },
      mixedManyLetters: {
        zh: '统一写作“{dominant}”：此处“{found}”及另外{others}处与同级写法不同',
        en: 'Write them like “{dominant}”: “{found}” here and {others} more differ from the rest of the level',
      },
      otherSystem: {
        zh: '改为“{expected}”：列表前几项用{list}编号，此项却写作“{found}”',
        en: 'Change to “{expected}”: the items before it are numbered {list}, this one is written “{found}”',
      },
      inlineMixed: {
        zh: '改为“{expected}”：这一列举以“{first}”开头，此项却写作“{found}”',
        en: 'Change to “{expected}”: this list opens with “{first}”, but this item is written “{found}”',
      },
      inlineMixedMany: {
        zh: '统一写作“{expected}”的样式：这一列举以“{first}”开头，此处“{found}”及另外{others}处写法不同',
        en: 'Write them like “{first}”: this list opens with “{first}”, but “{found}” here and {others} more are written otherwise',
      },
      redundant: {
        zh: '括号或圈码编号后不加标点：“{found}”应为“{expected}”',
        en: 'No punctuation after a bracketed or circled number: “{found}” should be “{expected}”',
      },
      redundantMany: {
        zh: '括号或圈码编号后不加标点：此处“{found}”及另外{others}处应写作“{expected}”',
        en: 'No punctuation after a bracketed or circled number: “{found}” here and {others} more should be written like “{expected}”',
      },
      fix: { zh: '改为“{expected}”', en: 'Change to “{expected}”' },
      fixAll: { zh: '统一改为“{expected}”的写法', en: 'Write them all like “{expected}”' },
      sameStyle: { zh: '同样写作“{found}”', en: 'Also written “{found}”' },
    },
  },

  scope: 'paragraph',

  // A list numbered inside a paragraph (主要有：（1）…；2）…；（3）…): its items are written the way its first one is.
  checkParagraph(paragraph, context) {
    for (const list of inlineLists(paragraph)) {
      const [first] = list;
      const others = list.filter((item) => item.open !== first.open || item.close !== first.close);
      if (others.length === 0) continue;
      const [item, ...rest] = others;
      const written = (i: InlineListItem) => `${first.open}${i.value}${first.close}`;
      context.report({
        message: rest.length ? 'inlineMixedMany' : 'inlineMixed',
        data: { found: item.text, first: first.text, expected: written(item), others: String(rest.length) },
        range: rangeIn(paragraph, item.offset, item.offset + item.length),
        fix: {
          title: rest.length ? 'fixAll' : 'fix',
          data: { expected: written(item) },
          edits: others.map((i) => ({ range: rangeIn(paragraph, i.offset, i.offset + i.length + spaceAfter(paragraph.text, i, first)), newText: written(i) })),
        },
        related: rest.map((i) => ({ range: rangeIn(paragraph, i.offset, i.offset + i.length), message: 'sameStyle', data: { found: i.text } })),
      });
    }
  },

  check(context) {
    // The sections and where their markers stand are all it reads (and the lines above quoted items, which the outline
    // reads too): with the outline kept, its findings are too.
    const sections = context.doc.sections;
    // From a block kept from keystroke to keystroke (KeptReports copies what it keeps): a new Int32Array per lint was
    // a malloc'd block of one number per section (11 KB on the 3 MB draft) left as a hole in glibc's arena.
    const lines = kept.scratch(sections.length);
    for (let i = 0; i < sections.length; i++) lines[i] = sections[i].marker.line;
    kept.run(context, sections, lines, (report) => checkSections({ ...context, report }));
    // Outside the kept reports: the worded line is no marker, and an edit of it keeps the outline.
    checkWorded(context);
  },
};

/** (2) 加强 restyled as 2）: the space after a half-width bracket goes too, where the list's first item has none. */
function spaceAfter(text: string, item: InlineListItem, first: InlineListItem): number {
  const end = item.offset + item.length;
  return /^ \p{sc=Han}/u.test(text.slice(end, end + 2)) && text[first.offset + first.length] !== ' ' ? 1 : 0;
}

/** The findings of the last version, given again while its sections are the same at the same lines. */
const kept = new KeptReports();

function checkSections(context: RuleContext): void {
  {
    const byLevel = new Map<string, Section[]>();
    const quoted = quotedSections(context);
    for (const section of context.doc.sections) {
      const kind = section.marker.kind;
      if (kind === 'heading' || kind === 'part' || kind === 'chapter' || kind === 'section') continue;
      // Schedule — varied condition ⏎ 3) No deliveries…: an item quoted from another document keeps its way of writing.
      if (quoted?.has(section)) continue;
      // Notes numbered from a 注： label (注：(1)…(2)…) are a list of their own, not items of the headings' level.
      const note = section.group.items[0]?.marker.note ? '|note' : '';
      const level = `${section.part}|${section.key}|${kind}${note}`;
      const list = byLevel.get(level) ?? [];
      list.push(section);
      byLevel.set(level, list);
    }
    for (const section of context.doc.sections) if (section.marker.writtenAs) reportOtherSystem(context, section);
    for (const sections of byLevel.values()) {
      const counts = new Map<string, number>();
      for (const s of sections) counts.set(baseStyle(s.marker), (counts.get(baseStyle(s.marker)) ?? 0) + 1);
      const kind = sections[0].marker.kind;
      const standard = STANDARD_STYLE[kind] ?? sections[0].marker.style;
      const dominant = dominantStyle(counts, standard, sections.map((s) => baseStyle(s.marker)));
      // One finding per style that differs from the level's usual one, on its first use, with the others related.
      const minority = new Map<string, Section[]>();
      // (1). (2). … throughout a level (a disclosure template's style): one way of writing the level, one finding.
      const redundant = new Map<string, Section[]>();
      for (const s of sections) {
        const base = baseStyle(s.marker);
        if (counts.size > 1 && base !== dominant) minority.set(base, [...(minority.get(base) ?? []), s]);
        else if (s.marker.style !== base) redundant.set(s.marker.style, [...(redundant.get(s.marker.style) ?? []), s]);
      }
      for (const group of minority.values()) reportMixed(context, group, kind, dominant, standard);
      for (const group of redundant.values()) reportRedundant(context, group);
    }
  }
}

/**
 * The items quoted from another document with their numbers (withoutQuotedItems), or undefined when there are none. It
 * reads lines of text above the items, which the outline reads too (proseReads): the outline kept, the answer is.
 */
function quotedSections(context: RuleContext): Set<Section> | undefined {
  let out: Set<Section> | undefined;
  for (const group of context.doc.outline.groups) {
    const kept = withoutQuotedItems(context.doc.lines, group.items);
    if (kept.length === group.items.length) continue;
    const own = new Set(kept);
    out ??= new Set();
    for (const s of group.items) if (!own.has(s)) out.add(s);
  }
  return out;
}

/** ### 7. ⏎ ### Section 8: Staff ⏎ ### 9.: item 8 of the run written with a word; the run's own style is wanted. */
function checkWorded(context: RuleContext): void {
  const lines = context.doc.lines;
  for (const group of context.doc.outline.groups) {
    const items = group.items.filter((s) => s.marker.kind !== 'heading');
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1].marker;
      const cur = items[i].marker;
      if (cur.value !== prev.value + 2 || prev.kind !== cur.kind || prev.style !== cur.style) continue;
      const worded = wordedStandIn(lines, prev, cur, prev.value + 1);
      if (!worded) continue;
      const shape = { kind: cur.kind, style: cur.style };
      const expected = formatMarker(shape, prev.value + 1);
      context.report({
        message: 'worded',
        data: { found: worded.text, expected, previous: prev.text.trim(), next: cur.text.trim() },
        range: lineRange(worded.line, worded.start, worded.end),
        fix: { title: 'fix', data: { expected }, edits: [{ range: lineRange(worded.line, worded.start, worded.end), newText: expected }] },
      });
    }
  }
}

function reportMixed(context: RuleContext, group: Section[], kind: MarkerKind, dominant: string, standard: string): void {
  const [first, ...others] = group;
  const m = first.marker;
  const shape = { kind, style: dominant };
  const expected = formatMarker(shape, m.path);
  if (!others.length && m.fillsGap) {
    // 3.1 3.2 3) 3.4: the missing 3.3, written otherwise — say which two items it stands between.
    context.report({
      message: 'worded',
      data: { found: m.text.trim(), expected, previous: m.fillsGap.previous, next: m.fillsGap.next },
      range: lineRange(m.line, m.start, m.end),
      // （3）提升 among 3.1 深化, 3.2 强化: written 3.3 with the space its list puts after the number (3. 下一步 among
      // 二、存在 四、保障: 三、 with none).
      fix: { title: 'fix', data: { expected }, edits: (m.titleStart > m.end) === (m.fillsGap.space !== '') ? restyle(m, shape) : [{ range: lineRange(m.line, m.start, m.titleStart), newText: expected + m.fillsGap.space }] },
    });
    return;
  }
  context.report({
    message: /^(?:latin|roman)-/.test(kind) ? (others.length ? 'mixedManyLetters' : 'mixedLetters') : others.length ? 'mixedMany' : 'mixed',
    data: { found: m.text.trim(), dominant: expected, standard: formatMarker({ kind, style: standard }, m.path), others: String(others.length) },
    range: lineRange(m.line, m.start, m.end),
    fix: { title: others.length ? 'fixAll' : 'fix', data: { expected: formatMarker(shape, m.path) }, edits: group.flatMap((s) => restyle(s.marker, shape)) },
    related: others.map((s) => ({ range: lineRange(s.marker.line, s.marker.start, s.marker.end), message: 'sameStyle', data: { found: s.marker.text.trim() } })),
  });
}

/** a) b) iii): the third item of a lettered list written as a Roman numeral; i. ii. c. the other way round. */
function reportOtherSystem(context: RuleContext, s: Section): void {
  const m = s.marker;
  const shape = { kind: m.kind, style: m.style };
  const expected = formatMarker(shape, m.value);
  const list = [1, 2].map((n) => formatMarker(shape, n)).join(' ');
  context.report({
    message: 'otherSystem',
    data: { found: m.text.trim(), expected, list },
    range: lineRange(m.line, m.start, m.end),
    fix: { title: 'fix', data: { expected }, edits: [{ range: lineRange(m.line, m.numberStart, m.numberEnd), newText: formatNumber(shape, m.value) }] },
  });
}

function reportRedundant(context: RuleContext, group: Section[]): void {
  const [first, ...others] = group;
  const m = first.marker;
  const expected = m.text.slice(0, m.text.length - 1);
  context.report({
    message: others.length ? 'redundantMany' : 'redundant',
    data: { found: m.text, expected, others: String(others.length) },
    range: lineRange(m.line, m.start, m.end),
    fix: {
      title: others.length ? 'fixAll' : 'fix',
      data: { expected },
      edits: group.map((s) => ({ range: lineRange(s.marker.line, s.marker.end - 1, s.marker.end), newText: '' })),
    },
    related: others.map((s) => ({ range: lineRange(s.marker.line, s.marker.start, s.marker.end), message: 'sameStyle', data: { found: s.marker.text.trim() } })),
  });
}

/**
 * The edits that write a marker in another style. Only what surrounds the number changes (（三） for (三), 3. for
 * 3、), so a renumbering of the same marker in the same round does not collide with it.
 */
function restyle(m: Marker, shape: MarkerShape): TextEdit[] {
  const whole = formatMarker(shape, m.path);
  const number = formatNumber(shape, m.path);
  const at = whole.indexOf(number);
  const written = m.text.slice(m.numberStart - m.start, m.numberEnd - m.start);
  if (at < 0 || written !== number) return [{ range: lineRange(m.line, m.start, m.end), newText: whole }];
  const edits: TextEdit[] = [];
  const prefix = whole.slice(0, at);
  const suffix = whole.slice(at + number.length);
  if (m.text.slice(0, m.numberStart - m.start) !== prefix) edits.push({ range: lineRange(m.line, m.start, m.numberStart), newText: prefix });
  if (m.text.slice(m.numberEnd - m.start) !== suffix) edits.push({ range: lineRange(m.line, m.numberEnd, m.end), newText: suffix });
  return edits;
}

export default rule;

/** The form most markers of the level use; on a tie the standard form, else the one seen first. */
function dominantStyle(counts: Map<string, number>, standard: string, inOrder: string[]): string {
  let best = inOrder[0];
  for (const [style, n] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (n > bestCount || (n === bestCount && style === standard)) best = style;
  }
  return best;
}
