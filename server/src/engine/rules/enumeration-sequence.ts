/**
 * enumeration-sequence — 段内列举序号应连续 / Inline enumerations count on without gaps
 *
 * What: within a paragraph or a run of paragraphs of one section, 一是…二是…三是 (also 一要/一抓/一来/一则,
 * 第一，…第二，, 其一…其二, First, … Second, …) counts 1, 2, 3: no skip, repeat or step back. A new
 * 一是 (or a new section) starts a new enumeration.
 *
 * Why: a clause deleted in editing leaves 一是…二是…四是 behind, and readers notice.
 *
 * Bad:  一是加强领导；二是完善制度；四是强化考核。
 * Good: …；三是强化考核。
 */

import type { EnumerationItem } from '../model/enumerations';
import { parseChineseNumeral, toChineseNumeral } from '../model/numerals';
import { rangeIn } from '../model/paragraphs';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

const EN_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

const rule: Rule = {
  meta: {
    id: 'enumeration-sequence',
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
      backwards: {
        zh: '列举序号倒退：“{previous}”之后出现“{found}”，应为“{expected}”',
        en: 'Enumeration goes backwards: “{found}” after “{previous}”; expected “{expected}”',
      },
      fix: { zh: '改为“{expected}”', en: 'Change to “{expected}”' },
      previousItem: { zh: '上一项', en: 'Previous item' },
    },
  },

  check(context) {
    for (const run of context.doc.enumerations) {
      const items = run.items;
      for (let i = 1; i < items.length; i++) {
        const prev = items[i - 1];
        const cur = items[i];
        const expected = prev.value + 1;
        if (cur.value === expected) continue;
        const message = cur.value === prev.value ? 'repeat' : cur.value < prev.value ? 'backwards' : 'skip';
        const expectedText = withValue(cur, expected);
        // Renumber this item and the ones that follow it in step (四是、五是 → 三是、四是).
        const edits: TextEdit[] = [];
        for (let j = i, value = expected; j < items.length; j++, value++) {
          if (j > i && items[j].value !== items[j - 1].value + 1) break;
          edits.push({ range: rangeIn(items[j].paragraph, items[j].offset, items[j].offset + items[j].length), newText: withValue(items[j], value) });
        }
        context.report({
          message,
          data: { found: cur.text, previous: prev.text, expected: expectedText },
          range: rangeIn(cur.paragraph, cur.offset, cur.offset + cur.length),
          fix: { title: 'fix', edits },
          related: [{ range: rangeIn(prev.paragraph, prev.offset, prev.offset + prev.length), message: 'previousItem' }],
        });
      }
    }
  },
};

export default rule;

/** 四是 → 三是, 第四 → 第三, Fourth → Third, Fourthly → Thirdly. */
function withValue(item: EnumerationItem, value: number): string {
  if (item.family === 'en') {
    const word = EN_ORDINALS[value - 1] ?? String(value);
    const cased = item.text[0] === item.text[0].toLowerCase() ? word.toLowerCase() : word;
    return /ly$/i.test(item.text) ? `${cased}ly` : cased;
  }
  const m = /[一二三四五六七八九十]+/.exec(item.text);
  if (!m || parseChineseNumeral(m[0]) === undefined) return item.text;
  return item.text.slice(0, m.index) + toChineseNumeral(value) + item.text.slice(m.index + m[0].length);
}
