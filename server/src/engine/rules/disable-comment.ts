/**
 * disable-comment — 禁用注释 / Disable comments
 *
 * What: a `<!-- report-lint-… -->` comment that cannot do what it says: a rule name that does not exist
 * (a typo such as placehoder, or a rule that was renamed), or a directive word that is not one of disable,
 * enable, disable-line, disable-next-line and disable-file. Such a comment silently turns nothing off.
 * Not: other HTML comments; a reason after `--` (`report-lint-disable-line placeholder -- 单位简称`).
 *
 * Why: the writer believes the finding is silenced on purpose, while the comment does nothing (or, for a
 * directive word typed wrong, the writer's intent is lost).
 *
 * 检查：无法生效的 `<!-- report-lint-… -->` 注释：规则名不存在（如把 placeholder 写成 placehoder），
 * 或指令不是 disable、enable、disable-line、disable-next-line、disable-file 之一。
 * 原因：写作者以为已忽略某个问题，实际注释不起作用。
 * 不报：其他 HTML 注释；`--` 之后的说明文字。
 *
 * Bad:  某某局 <!-- report-lint-disable-line placehoder -->
 * Good: 某某局 <!-- report-lint-disable-line placeholder -->
 * Bad:  <!-- report-lint-disable-nextline placeholder -->
 * Good: <!-- report-lint-disable-next-line placeholder -->
 */

import { lineRange } from '../ranges';
import type { Rule } from '../rule';

const DIRECTIVES = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];

const rule: Rule = {
  meta: {
    id: 'disable-comment',
    name: { zh: '禁用注释', en: 'Disable comments' },
    category: 'configuration',
    description: {
      zh: '忽略问题的注释（report-lint-disable…）应写对指令和规则名，否则不起作用',
      en: 'A report-lint-disable… comment names a real directive and real rules; otherwise it does nothing',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      unknownRule: {
        zh: '规则名“{name}”不存在，可用的规则：{known}',
        en: 'No rule is named “{name}”; known rules: {knownEn}',
      },
      unknownRuleNear: {
        zh: '应为“{near}”，此处为“{name}”（规则名不存在）；可用的规则：{known}',
        en: 'Write “{near}”: no rule is named “{name}”; known rules: {knownEn}',
      },
      unknownDirective: {
        zh: '应为{expected}，此处为“{word}”，注释不起作用',
        en: 'Write {expectedEn} instead of “{word}”: this comment does nothing',
      },
    },
  },

  check(context) {
    const known = [...context.options.knownRules];
    for (const d of context.doc.directives) {
      if (d.kind === 'unknown') {
        const word = context.doc.lines[d.keyword.line].text.slice(d.keyword.start, d.keyword.end);
        const near = closest(word.slice('report-lint-'.length), DIRECTIVES);
        const expected = near ? `“report-lint-${near}”` : `report-lint-${DIRECTIVES.join('、-')}之一`;
        const expectedEn = near ? `“report-lint-${near}”` : `one of report-lint-${DIRECTIVES.join(', -')}`;
        context.report({ message: 'unknownDirective', data: { word, expected, expectedEn }, range: lineRange(d.keyword.line, d.keyword.start, d.keyword.end) });
        continue;
      }
      for (const name of d.names) {
        if (context.options.knownRules.has(name.id)) continue;
        const near = closest(name.id, known);
        context.report({
          message: near ? 'unknownRuleNear' : 'unknownRule',
          data: { name: name.id, near: near ?? '', known: known.join('、'), knownEn: known.join(', ') },
          range: lineRange(name.line, name.start, name.end),
        });
      }
    }
  },
};

/** The one candidate within two edits of the word, if exactly one is. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const near = candidates.filter((c) => distance(word, c) <= 2);
  return near.length === 1 ? near[0] : undefined;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

export default rule;
