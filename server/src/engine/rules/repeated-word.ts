/**
 * repeated-word — 英文单词重复 / A word typed twice
 *
 * What: in English text, a small word typed twice in a row — "the the", "to to", "of of", "and and", "we we" —
 * also across a line break of a hard-wrapped paragraph ("…the\nthe Board…"), where the eye skips it. Only words
 * that never stand twice in a sentence (articles, prepositions, conjunctions, pronouns, auxiliaries such as will
 * and be) are read; the fix deletes the second one.
 * Not: words whose doubling is grammar — "that that" (he said that that plan…), "had had", "is is" and "was was"
 * (what it is is…), "do do", "in in" and "on on" after a phrasal verb (log in in the corner) —, a word before a
 * hyphenated compound that starts with it ("for for-profit providers", "add to to-do lists"), emphasis and names
 * (very very, so so, no no, Walla Walla), words of different case (Will will), and what the model masks: code,
 * links, URLs (a code span between two words is not a repeat).
 *
 * Why: a word left twice by an edit is the commonest typo a spell checker passes, and readers see it at once.
 *
 * 检查：英文中紧邻重复的虚词——the the、to to、of of、and and、we we，包括硬换行段落中跨行的重复（行末 the、下行首 the）。
 * 只看从不连用的词（冠词、介词、连词、代词、will、be 等助动词），快速修复删去后一个。
 * 不报：连用合乎语法的词（that that、had had、is is、was was、do do、短语动词后的 in in、on on），后一个词是连字符
 * 复合词开头的（for for-profit providers、to to-do lists），强调与专名
 * （very very、so so、Walla Walla），大小写不同的（Will will），以及代码、链接、网址。
 * 原因：改稿留下的重复词是拼写检查放过的最常见笔误，读者一眼就能看到。
 *
 * Bad:  The Board approved the the budget for 2026.
 * Good: The Board approved the budget for 2026.
 * Bad:  We will report to to the Committee in June.
 * Good: We will report to the Committee in June.
 */

import { rangeIn } from '../model/paragraphs';
import type { Rule } from '../rule';

/** Words that are never doubled in a sentence: a second one is a slip. Lower case: a capital is a name or a start. */
const NEVER_TWICE = new Set(
  'the a an to of for with from into onto than and or but nor we our us their its this these those be been will would should could shall not which who whom whose also'.split(' '),
);
// A word, then one space or a line break (a masked code span or link leaves a longer run of spaces), then a word.
const PAIR = /\b([A-Za-z]+)( ?\r?\n ?| )([A-Za-z]+)\b/g;

const rule: Rule = {
  meta: {
    id: 'repeated-word',
    name: { zh: '单词重复', en: 'Repeated word' },
    category: 'copy-residue',
    description: {
      zh: '英文中连续重复的虚词：the the、to to、of of（含跨行重复）',
      en: 'A small word typed twice in a row: "the the", "to to", "of of" (also across a line break)',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      repeated: { zh: '单词重复：“{word} {word}”，删去一个', en: 'Word typed twice: “{word} {word}”; delete one' },
      fix: { zh: '删去重复的“{word}”', en: 'Delete the repeated “{word}”' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const text = paragraph.text;
    if (paragraph.garbled || !/[a-z]/.test(text)) return;
    PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIR.exec(text))) {
      const [, first, gap, second] = m;
      // for for-profit, to to-do lists: the second word opens a hyphenated compound, a word of its own.
      const compound = text[m.index + m[0].length] === '-' && /[A-Za-z]/.test(text[m.index + m[0].length + 1] ?? '');
      if (first !== second || !NEVER_TWICE.has(second) || compound) {
        // The second word may start the next pair (the the the): go on from it.
        PAIR.lastIndex = m.index + first.length + gap.length;
        continue;
      }
      const start = m.index + first.length;
      const end = start + gap.length + second.length;
      // Across a line break the lines stay as they are: the second word goes with the space after it.
      const range = rangeIn(paragraph, end - second.length, end);
      const wrapped = gap.includes('\n') || rangeIn(paragraph, m.index, start).start.line !== range.start.line;
      const cut = wrapped ? [end - second.length, end + (text[end] === ' ' ? 1 : 0)] : [start, end];
      context.report({
        message: 'repeated',
        data: { word: second },
        range,
        fix: { title: 'fix', data: { word: second }, edits: [{ range: rangeIn(paragraph, cut[0], cut[1]), newText: '' }] },
      });
    }
  },
};

export default rule;
