/**
 * garbled-text — 乱码与机器转换残留 / Garbled or machine-converted text
 *
 * What: text damaged on its way into the draft: pinyin that a web page's ruby markup left after each
 * character of a machine-converted text (總結(jié)是一種反思, 面?zhèn)), the replacement character � where a
 * conversion lost characters, Chinese decoded with the wrong encoding (å·¥ä½œ for 工作, 锟斤拷, 烫烫烫烫).
 * Not: a pinyin gloss written on purpose (哺(bǔ)育, 户口（hùkǒu）) once or twice in a draft, accented
 * words in other languages (café, Müller).
 *
 * Why: a draft copied from a converted web page reads as gibberish in places, and the damage is easy to
 * miss in a long text.
 *
 * 检查：文字在复制、转换中受了损：网页注音在每个字后留下的拼音（總結(jié)是一種反思、面?zhèn)），转换丢字留下的
 * 替换字符�，用错编码读出的中文（å·¥ä½œ即“工作”、锟斤拷、烫烫烫烫）。
 * 原因：从转换过的网页复制来的稿子会夹着成段的乱码，长文中很容易漏看。
 * 不报：有意加注的拼音（哺(bǔ)育、户口（hùkǒu））在全文只出现一两处，外文中带重音的字母（café、Müller）。
 *
 * Bad:  總結(jié)是一種反思和總結(jié)思考的過程
 * Good: 總結是一種反思和總結思考的過程
 */

import { excerpt } from '../model/chars';
import { eachMatch } from '../patterns';
import { lineRange } from '../ranges';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

/** Fewer glosses than this in a whole draft, each alone on its line, may be meant. */
const RUBY_DOCUMENT_MIN = 5;
// GBK bytes of U+FFFD pairs read back (锟斤拷), and the fill patterns of uninitialised memory (烫烫, 屯屯).
const GBK_MOJIBAKE = /(?:锟斤拷)+|(?:烫烫){2,}|(?:屯屯){2,}/g;
const REPLACEMENT = /\uFFFD+/g;

const rule: Rule = {
  meta: {
    id: 'garbled-text',
    name: { zh: '乱码', en: 'Garbled text' },
    category: 'copy-residue',
    description: {
      zh: '乱码与机器转换残留：拼音注音“總結(jié)”、替换字符“�”、编码错误“å·¥ä½œ”“锟斤拷”',
      en: 'Garbled or machine-converted text: ruby pinyin (總結(jié)), the replacement character �, mojibake',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      ruby: {
        zh: '删除本行{count}处拼音注音，如“{text}”（机器转换残留）',
        en: 'Machine-conversion residue: {count} pinyin annotation(s) on this line, such as “{text}”; delete them',
      },
      replacement: {
        zh: '对照原文补上丢失的文字：替换字符“{text}”表示此处转码时有文字丢失',
        en: 'Garbled text: the replacement character “{text}” marks text lost in an encoding conversion; restore it from the source',
      },
      mojibake: {
        zh: '从原文重新复制：“{text}”是用错编码读出的乱码',
        en: 'Garbled text: “{text}” was decoded with the wrong encoding; copy it again from the source',
      },
      fixRuby: { zh: '删除本行的拼音注音', en: 'Delete the pinyin annotations on this line' },
    },
  },

  check(context) {
    const lines = context.doc.lines.filter((line) => line.kind === 'text');

    // The line model found ruby pinyin and mojibake while masking them out of the prose.
    const rubies = new Map<number, { start: number; end: number }[]>();
    let total = 0;
    for (const line of lines) {
      const found = line.damage?.filter((d) => d.kind === 'ruby') ?? [];
      if (found.length) {
        rubies.set(line.index, found);
        total += found.length;
      }
    }
    for (const line of lines) {
      const found = rubies.get(line.index);
      if (!found) continue;
      const lostBracket = found.some((r) => line.text[r.start] === '?');
      if (total < RUBY_DOCUMENT_MIN && found.length < 2 && !lostBracket) continue;
      const first = found[0];
      const edits: TextEdit[] = found.map((r) => ({ range: lineRange(line.index, r.start, r.end), newText: '' }));
      context.report({
        message: 'ruby',
        data: { count: found.length, text: line.text.slice(Math.max(0, first.start - 1), first.end) },
        range: lineRange(line.index, first.start, first.end),
        fix: { title: 'fixRuby', edits },
      });
    }

    for (const line of lines) {
      const prose = line.prose;
      if (prose.indexOf('\uFFFD') >= 0) {
        eachMatch(REPLACEMENT, prose, (m) =>
          context.report({ message: 'replacement', data: { text: m[0] }, range: lineRange(line.index, m.index, m.index + m[0].length) }),
        );
      }
      for (const d of line.damage ?? []) {
        if (d.kind !== 'mojibake') continue;
        context.report({ message: 'mojibake', data: { text: excerpt(line.text.slice(d.start, d.end), 24) }, range: lineRange(line.index, d.start, d.end) });
      }
      if (/[锟烫屯]/.test(prose)) {
        eachMatch(GBK_MOJIBAKE, prose, (m) =>
          context.report({ message: 'mojibake', data: { text: excerpt(m[0], 24) }, range: lineRange(line.index, m.index, m.index + m[0].length) }),
        );
      }
    }
  },
};

export default rule;
