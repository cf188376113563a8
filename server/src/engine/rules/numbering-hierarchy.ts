/**
 * numbering-hierarchy — 层级顺序应一致 / Levels nest in one consistent order
 *
 * What: a level is nested against the order the rest of the document uses (a （一） under a 1. where
 * elsewhere 1. sits under （一）), or a level appears before its parent level ever does (（一） before
 * any 一、). GB/T 9704 orders the levels 一、 > （一） > 1. > （1）; skipping a level is allowed, and a
 * document that consistently uses its own order is not reported (where two levels both open straight under one parent —
 * 一、/（一） in one part, 二、/1. in another — one of them skips a level there, and GB/T's order says which: （一） under
 * 1. is inverted); a lone 1. straight under 二、 right before its first （一）, under which the 1. list starts again (二、 / 1.预算编制
 *不够科学的问题 / （一）… / 1.…), is reported at that stray line, not as a （一） nested under it; so is a lone 1. there under which no item of its
 * level follows before the next part of 二、's level (二、 / 1.概述 / （一）… / （二）… / 三、), unless it follows a lead-in
 * (…如下：) or the document puts 1. above （一） throughout (a 2. after the （一） list, 二、 / 1.师德 / （一）（二） / 2., is the
 * （一） list nested under the 1., an inversion; in Markdown too, where the 1. is a list item) — except in dotted numbers, whose number names every
 * level: 4.1.1.1 straight under 4.1 has no 4.1.1 above it (4.1.1 under 4.1 is right). Not: the list of the front
 * matter under its title (重要提示 / 前言 / 说明, then 一、…十一、) before the body's 第一节; short numbered titles opening the
 * text with no 目录 over them whose first one comes round again (一、 政府决算报告 … 28、 … 一、政府决算报告): a table of
 * contents, after which the text restarts; under a numbered paragraph (2.2 The recommendations are set out below.), its
 * own list of sentences (1. Introduce a default 20 mph limit…) where the level of their number holds short titles
 * (1. Introduction), and the items under the labels of its groups (Theme 1: Safer streets, Priority 2: Housing, Risk 3 –
 * Staff readiness, Stage 2. Main works, 主题一：服务可及性), numbered afresh under each label or running on.
 *
 * A numbered Markdown heading typed at another level than all its numbered siblings (### 4.1 / #### 4.2 / ### 4.3) is
 * reported there, with the siblings' level as its fix; a sub-heading (#### 4.2.1 under ### 4.2), unnumbered headings
 * and documents that put every number at one level are not.
 *
 * A lone (i) that is a sentence of its own, with no lead-in (no colon, no "as follows") and no (ii) after it, straight
 * before an (a) (b) (c) list: the list's levels are swapped, the (i) is one of the (a) items (not (i) …should: ⏎ (a) …
 * ⏎ (ii) …, nor (i) (ii) under a (b)).
 *
 * Why: an inverted level usually means a block was pasted in from a draft with a different outline.
 *
 * 检查：某一级的嵌套与全文其他地方的顺序相反（别处1.在（一）之下，此处（一）却在1.之下），或者下级在
 * 任何上级出现之前就出现了（（一）出现在任何一、之前）。GB/T 9704规定的层级顺序为一、>（一）>1.>（1）；
 * 允许跳过一级，通篇一致地使用自己层级顺序的文档也不报（两级都直接出现在同一上级之下时——一部分一、下是（一），另一部分二、下是1.——以GB/T的顺序为准，1.下的（一）为颠倒）；二、之下、第一个（一）之前单独的一个1.，而（一）之下又从1.开始编号（二、/1.预算编制不够科学的问题/（一）…/1.…），报在这一行错位的1.上，而不是报（一）嵌套在它之下；其后直到下一个同级的三、都没有同级编号的单独1.（二、/1.概述/（一）…/（二）…/三、）同样报在这一行（引导语“…如下：”之后的、通篇以1.为（一）上级的不报；（一）（二）之后又有2.的，是把（一）列表嵌套在1.之下，报层级颠倒，Markdown列表项的1.同样）；但多级数字编号的每一级都写在编号里，4.1之下直接出现4.1.1.1
 * 即缺少4.1.1（4.1之下的4.1.1没有问题）。不报：正文第一节之前、“重要提示”“前言”“说明”等标题下的列表（一、…十一、）；开头没有“目录”二字、首条在其后原样再次出现的编号短标题（一、 政府决算报告……28、……一、政府决算报告），是目录，正文从那里重新开始；编号段落（2.2 访谈中反映的问题集中在三个主题。）之下、以句子为内容的列表（其编号所在的一级在别处是短标题，如“1. 调查概况”），以及该段之下各组标签（主题一：服务可及性、Theme 1: Safer streets、Priority 2:、Risk 3 –）下的各项，无论各组从1.重新编号还是连续编号。
 * 英文稿中单独的（i）为完整句子、没有引导语（冒号、as follows）、其后也没有（ii），紧接着是（a）（b）（c）列表的，是列表层级颠倒，（i）应为（a）列表中的一项（“(i) …should:”下的（a）及其后的（ii）、（b）下的（i）（ii）不报）。
 * 原因：层级颠倒通常说明有一段是从提纲不同的另一份稿子里粘贴过来的。
 *
 * Bad:  一、总体要求 / （一）目标 / 1.任务 / 二、保障 / 1.措施 / （一）组织
 * Good: 一、总体要求 / （一）目标 / 1.任务 / 二、保障 / （一）组织 / 1.措施
 */

import { formatMarker } from '../model/format-marker';
import type { Marker } from '../model/markers';
import { firstOfLevel, levelOrderText, type Section } from '../model/outline';
import { oddHeadingLevels } from '../model/heading-level-odd';
import { isStrayFirst } from '../model/stray-first';
import { swappedLoneItems } from './numbering-swapped';
import { lineRange } from '../ranges';
import type { Rule } from '../rule';

const rule: Rule = {
  meta: {
    id: 'numbering-hierarchy',
    name: { zh: '标题层级', en: 'Heading levels' },
    category: 'numbering',
    description: {
      zh: '标题层级应与全文顺序一致（一、>（一）>1.>（1）），上级未出现时不应先出现下级',
      en: 'Levels nest in the order the document uses (一、 > （一） > 1. > （1）); no level before its parent level',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      inverted: {
        zh: '层级嵌套颠倒：“{found}”不应在“{parent}”之下（本文层级为：{order}）',
        en: 'Levels inverted: “{found}” is nested under “{parent}”, but this document orders its levels {order}',
      },
      beforeParent: {
        zh: '缺少上级标题：“{found}”之前没有“{parent}”级标题（本文层级为：{order}）',
        en: '“{found}” appears before any “{parent}”-level section (this document orders its levels {order})',
      },
      parentHere: { zh: '上级标题', en: 'Enclosing section' },
      firstParent: { zh: '第一个“{parent}”级标题', en: 'First “{parent}”-level section' },
      strayBefore: {
        zh: '层级顺序错乱：“{found}”在第一个“{next}”之前，应移到“{next}”之下或删去',
        en: 'Levels out of order: “{found}” stands under “{parent}” before its first “{next}”, under which “{found}” starts again (this document orders its levels {order}); remove the line or move it under “{next}”',
      },
      strayBeforeLone: {
        zh: '层级顺序错乱：“{found}”单独在第一个“{next}”之前，应删去编号或改为“{next}”级标题',
        en: 'Levels out of order: “{found}” stands alone under “{parent}” before its first “{next}”, and no item of its level follows (this document orders its levels {order}); remove the number or make it a “{next}” heading',
      },
      swappedLone: {
        zh: '层级顺序错乱：“{found}”无引导语、无同级第二项，应为“{next}”列表中的一项',
        en: 'Levels out of order: “{found}” stands alone before “{next}”, with no lead-in and no second item of its own; it reads as one of the “{next}” items: number it in their style',
      },
      nextHere: { zh: '第一个“{next}”', en: 'First “{next}”' },
      headingLevel: {
        zh: '标题级别不一致：“{found}”用了{hashes}，同级的“{first}”“{second}”均为{expected}，应改为{expected}',
        en: 'Heading level differs: “{found}” uses {hashes} while its siblings “{first}” and “{second}” use {expected}; change it to {expected}',
      },
      fixHeadingLevel: { zh: '改为{expected}', en: 'Change to {expected}' },
      siblingHere: { zh: '同级标题', en: 'Sibling heading' },
      skippedDepth: {
        zh: '跳过了一级：“{found}”直接位于“{parent}”之下，应为“{expected}”，或补上缺少的上级标题',
        en: 'A level is skipped: “{found}” comes straight under “{parent}”; expected “{expected}”, or add the missing heading above it',
      },
    },
  },

  check(context) {
    const { outline } = context.doc;
    const separator = context.localize({ zh: '＞', en: ' > ' });
    const order = levelOrderText(outline, separator);
    // The order shown must hold both levels involved, or it explains nothing: 一、＞（一） at least.
    const orderWith = (higher: Marker, lower: Marker) => {
      const a = firstOfLevel(higher);
      const b = firstOfLevel(lower);
      return order.includes(a) && order.includes(b) && a !== b ? order : `${a}${separator}${b}`;
    };
    // ### 4.1 ⏎ #### 4.2 ⏎ ### 4.3: a numbered Markdown heading typed at another level than its siblings.
    for (const odd of oddHeadingLevels(outline, context.doc.lines)) {
      const m = odd.section.marker;
      const expected = '#'.repeat(odd.level);
      const range = lineRange(m.line, odd.hashes.start, odd.hashes.end);
      context.report({
        message: 'headingLevel',
        data: { found: m.text, hashes: '#'.repeat(m.headingLevel!), first: odd.siblings[0].marker.text, second: odd.siblings[1].marker.text, expected },
        range,
        fix: { title: 'fixHeadingLevel', edits: [{ range, newText: expected }] },
        related: odd.siblings.map((s) => ({ range: lineRange(s.marker.line, s.marker.start, s.marker.end), message: 'siblingHere' })),
      });
    }
    // (i) A sentence. ⏎ (a) … ⏎ (b) …: a lone (i) with no lead-in before an (a) list, the list's levels swapped.
    for (const { section, next } of swappedLoneItems(outline, context.doc.lines)) {
      const m = section.marker;
      context.report({
        message: 'swappedLone',
        data: { found: m.text, next: next.marker.text },
        range: lineRange(m.line, m.start, m.end),
        related: [{ range: lineRange(next.marker.line, next.marker.start, next.marker.end), message: 'nextHere', data: { next: next.marker.text } }],
      });
    }
    for (const section of outline.sections) {
      const m = section.marker;
      if (section.misnested) {
        const parent = section.misnested.under;
        context.report({
          message: 'inverted',
          data: { found: section.marker.text, parent: parent.marker.text, order: orderWith(section.marker, parent.marker) },
          range: lineRange(m.line, m.start, m.end),
          related: [{ range: lineRange(parent.marker.line, parent.marker.start, parent.marker.end), message: 'parentHere' }],
        });
      }
      if (section.strayBefore) {
        const next = section.strayBefore.next.marker;
        context.report({
          message: section.strayBefore.lone ? 'strayBeforeLone' : 'strayBefore',
          data: { found: m.text, parent: section.parent!.marker.text, next: next.text, order: orderWith(next, m) },
          range: lineRange(m.line, m.start, m.end),
          related: [{ range: lineRange(next.line, next.start, next.end), message: 'nextHere', data: { next: next.text } }],
        });
      }
      const skipped = skippedDepth(section);
      if (skipped) {
        const parent = section.parent!.marker;
        context.report({
          message: 'skippedDepth',
          data: { found: m.text, parent: parent.text, expected: formatMarker(m, skipped) },
          range: lineRange(m.line, m.start, m.end),
          related: [{ range: lineRange(parent.line, parent.start, parent.end), message: 'parentHere' }],
        });
      }
      // （一）汛情基本情况 ⏎ … ⏎ 二、: the （一） is the 一、 in a lower level's style (numbering-sequence's one finding).
      if (section.beforeParent && !isStrayFirst(outline, section, context.doc.lines)) {
        const first = section.beforeParent.firstParent;
        const parentLabel = formatMarker(first.marker, 1);
        context.report({
          message: 'beforeParent',
          data: { found: section.marker.text, parent: parentLabel, order: orderWith(first.marker, section.marker) },
          range: lineRange(m.line, m.start, m.end),
          related: [{ range: lineRange(first.marker.line, first.marker.start, first.marker.end), message: 'firstParent', data: { parent: parentLabel } }],
        });
      }
    }
  },
};

export default rule;

/**
 * 4.1.1.1 as the first section under 4.1: the number says there is a 4.1.1 between them, and there is none. The path
 * it should have (4.1.1), or undefined. Reported once, at the first of its group.
 */
function skippedDepth(section: Section): number[] | undefined {
  const m = section.marker;
  const parent = section.parent?.marker;
  if (m.kind !== 'dotted' || !parent || section.group.items[0] !== section) return undefined;
  const parentPath = parent.kind === 'dotted' ? parent.path : parent.kind === 'arabic' ? [parent.value] : undefined;
  if (!parentPath || m.path.length <= parentPath.length + 1) return undefined;
  if (parentPath.every((n, i) => m.path[i] === n)) return [...parentPath, m.path[parentPath.length]];
  // 3.2.1.1 under 3.1: the parent's own level goes on (3.2), its heading missing, and the level below it too (3.2.1
  // under 3.1 is numbering-sequence's: it does not match its parent).
  const c = parentPath.length - 1;
  if (c > 0 && parentPath.slice(0, c).every((n, i) => m.path[i] === n) && m.path[c] === parentPath[c] + 1) return m.path.slice(0, c + 1);
  return undefined;
}
