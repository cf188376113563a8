/**
 * empty-pair — 空引号、空书名号、空括号 / Empty quotes and brackets
 *
 * What: a pair of quotes or brackets with nothing (or only spaces) inside: “” ‘’ 《》 （） 【】 「」 『』
 * 〔〕 "" and () next to Chinese text. Something was there — a slogan, a title, a year — and was removed.
 * Not: f() or () in English or code, """ (a run of quotes), the marks named as such (引号“”、书名号《》).
 *
 * Why: 以“”重要思想为指导 or 教发〔〕12号 reads as an obvious gap.
 *
 * 检查：引号或括号中间为空（或只有空格）：“”、‘’、《》、（）、【】、「」、『』、〔〕，以及中文旁的""和()。
 * 这里原有的内容（口号、书名、年份）被删去了。
 * 原因：以“”重要思想为指导、教发〔〕12号这样的空缺，读者一眼就能看出。
 * 不报：英文或代码中的f()和()，连续的引号"""，以及点名标点本身的写法（引号“”、书名号《》）。
 *
 * Bad:  以邓小平理论和“”重要思想为指导
 * Good: 以邓小平理论和“三个代表”重要思想为指导
 */

import { isHanAt, isHanBefore } from '../model/chars';
import { lineRange } from '../ranges';
import type { Rule } from '../rule';

// Each alternative starts with a literal opener and allows at most a few spaces: linear.
const EMPTY = /“[ \u3000]{0,8}”|‘[ \u3000]{0,8}’|《[ \u3000]{0,8}》|（[ \u3000]{0,8}）|【[ \u3000]{0,8}】|「[ \u3000]{0,8}」|『[ \u3000]{0,8}』|〔[ \u3000]{0,8}〕|(?<!")""(?!")|\( {0,8}\)/g;

const NAMED_MARK = /(?:引号|引號|书名号|書名號|括号|括號|括弧|标点|標點|符号|符號)[：:]?$/;

const NAMES: Record<string, { zh: string; en: string }> = {
  '“': { zh: '引号', en: 'quotation marks' },
  '‘': { zh: '引号', en: 'quotation marks' },
  '"': { zh: '引号', en: 'quotation marks' },
  '《': { zh: '书名号', en: 'title marks' },
  '（': { zh: '括号', en: 'brackets' },
  '(': { zh: '括号', en: 'brackets' },
  '【': { zh: '方头括号', en: 'brackets' },
  '「': { zh: '引号', en: 'quotation marks' },
  '『': { zh: '引号', en: 'quotation marks' },
  '〔': { zh: '六角括号', en: 'brackets' },
};

const rule: Rule = {
  meta: {
    id: 'empty-pair',
    name: { zh: '空引号空括号', en: 'Empty quotes or brackets' },
    category: 'placeholders',
    description: {
      zh: '引号、书名号、括号中间为空（内容被删去）：“”、《》、（）、【】、〔〕',
      en: 'Quotes or brackets with nothing inside (the content was removed): “” 《》 （） 【】 〔〕',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      empty: { zh: '补上{name}中缺失的内容：{text}', en: 'Empty {nameEn} {text}: fill in the missing content' },
    },
  },

  check(context) {
    for (const line of context.doc.lines) {
      if (line.kind !== 'text') continue;
      const text = line.prose;
      EMPTY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = EMPTY.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        // () counts only beside Chinese text: f() and "()" in English prose are not gaps.
        if (m[0][0] === '(' && !isHanBefore(text, start) && !isHanAt(text, end)) continue;
        // 规范使用引号“”和书名号《》: the marks named, not a gap.
        if (NAMED_MARK.test(text.slice(Math.max(0, start - 4), start))) continue;
        const name = NAMES[m[0][0]];
        context.report({
          message: 'empty',
          data: { text: line.text.slice(start, end), name: name.zh, nameEn: name.en },
          range: lineRange(line.index, start, end),
        });
      }
    }
  },
};

export default rule;
