/**
 * numbering-style — 同级编号写法应统一 / One level, one way of writing its numbers
 *
 * What: all markers of one level are written alike (1. or 1、 or 1 ., not a mix; （一） or (一), not
 * both), and a bracketed or circled number takes no punctuation after it (（一）、 → （一）, GB/T 15834).
 * Each part of a compilation (篇一, 篇二…) is judged on its own. A document that consistently uses a nonstandard form (1、 throughout) is left alone: the rule reports
 * mixing first, and names the standard form in its message.
 *
 * Why: mixed forms are the seam where text from another draft was pasted in.
 *
 * 检查：同一级编号的写法一致（1.、1、或1 .，不混用；（一）或(一)，不并用），括号编号和圈码后不加标点
 * （（一）、→（一），GB/T 15834）。汇编中的每一篇（篇一、篇二…）分别判断。通篇一致地使用非规范写法
 * （全文都用1、）的文档不报：本规则先报告混用，并在提示中给出规范写法。
 * 原因：写法混杂之处，往往就是从另一份稿子粘贴进来的接缝。
 *
 * Bad:  1.加强领导 / 2、完善制度 / 3.强化考核
 * Good: 1.加强领导 / 2.完善制度 / 3.强化考核
 * Bad:  （一）、总体要求
 * Good: （一）总体要求
 * Bad:  1. Scope / 2 . Method / 3. Results
 * Good: 1. Scope / 2. Method / 3. Results
 */

import { baseStyle, formatMarker, STANDARD_STYLE } from '../model/format-marker';
import type { Section } from '../model/outline';
import { lineRange } from '../ranges';
import type { Rule } from '../rule';

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
      mixed: {
        zh: '改为“{expected}”：本文同级编号多写作“{dominant}”（规范写法“{standard}”）',
        en: 'Change to “{expected}”: this level is mostly written “{dominant}” (standard form: “{standard}”)',
      },
      redundant: {
        zh: '括号或圈码编号后不加标点：“{found}”应为“{expected}”',
        en: 'No punctuation after a bracketed or circled number: “{found}” should be “{expected}”',
      },
      fix: { zh: '改为“{expected}”', en: 'Change to “{expected}”' },
    },
  },

  check(context) {
    const byLevel = new Map<string, Section[]>();
    for (const section of context.doc.sections) {
      const kind = section.marker.kind;
      if (kind === 'heading' || kind === 'part' || kind === 'chapter' || kind === 'section') continue;
      const level = `${section.part}|${section.key}|${kind}`;
      const list = byLevel.get(level) ?? [];
      list.push(section);
      byLevel.set(level, list);
    }
    for (const sections of byLevel.values()) {
      const counts = new Map<string, number>();
      for (const s of sections) counts.set(baseStyle(s.marker), (counts.get(baseStyle(s.marker)) ?? 0) + 1);
      const kind = sections[0].marker.kind;
      const standard = STANDARD_STYLE[kind] ?? sections[0].marker.style;
      const dominant = dominantStyle(counts, standard, sections.map((s) => baseStyle(s.marker)));
      for (const s of sections) {
        const m = s.marker;
        const written = m.text;
        const base = baseStyle(s.marker);
        const redundant = m.style !== base;
        if (counts.size > 1 && base !== dominant) {
          const expected = formatMarker({ kind, style: dominant }, m.path);
          context.report({
            message: 'mixed',
            data: { found: written.trim(), dominant: formatMarker({ kind, style: dominant }, m.path), standard: formatMarker({ kind, style: standard }, m.path), expected },
            range: lineRange(m.line, m.start, m.end),
            fix: { title: 'fix', data: { expected }, edits: [{ range: lineRange(m.line, m.start, m.end), newText: expected }] },
          });
        } else if (redundant) {
          const expected = written.slice(0, written.length - 1);
          context.report({
            message: 'redundant',
            data: { found: written, expected },
            range: lineRange(m.line, m.start, m.end),
            fix: { title: 'fix', data: { expected }, edits: [{ range: lineRange(m.line, m.end - 1, m.end), newText: '' }] },
          });
        }
      }
    }
  },
};

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
