// Word lists searched by a table of starts (server/src/engine/patterns.ts): eachWordMatch, startPositions and
// eachWordMatchAt give exactly what a plain search of the pattern gives.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachMatch, eachMatchWhere, eachWordMatch, eachWordMatchAt, startPositions, startsPattern, wordsPattern, type WordsPattern } from '../../server/src/engine/patterns';

function plain(pattern: WordsPattern, text: string, accept?: (m: RegExpExecArray) => boolean): string[] {
  const out: string[] = [];
  const visit = (m: RegExpExecArray) => out.push(`${m.index}:${m[0]}`);
  if (accept) eachMatchWhere(pattern.global, text, accept, visit);
  else eachMatch(pattern.global, text, visit);
  return out;
}

function byTable(pattern: WordsPattern, text: string, accept?: (m: RegExpExecArray) => boolean): string[] {
  const out: string[] = [];
  eachWordMatch(pattern, text, (m) => out.push(`${m.index}:${m[0]}`), accept);
  return out;
}

function atPositions(pattern: WordsPattern, text: string, accept?: (m: RegExpExecArray) => boolean): string[] {
  const out: string[] = [];
  eachWordMatchAt(pattern, text, startPositions(pattern, text), (m) => out.push(`${m.index}:${m[0]}`), accept);
  return out;
}

/** Every position where some start begins, read the slow way. */
function startsIn(words: readonly string[], text: string, ignoreCase: boolean): number[] {
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (words.some((w) => (w.length === 1 ? fold(text[i]) === fold(w) : fold(text.slice(i, i + 2)) === fold(w.slice(0, 2))))) out.push(i);
  }
  return out;
}

const ALPHABET = ['本', '文', '来', '源', '第', '页', '共', 'a', 'B', 'b', 'x', ' ', '。', '\ud83d', '\ude00', ']', '\\', '^', '-'];

describe('word patterns: the table of starts', () => {
  const lists: { words: string[]; flags: '' | 'i' }[] = [
    { words: ['本文来源', '来源', '第页', '共'], flags: '' },
    { words: ['本', '本文', '文来'], flags: '' },
    { words: ['ab', 'Ba', 'x'], flags: 'i' },
    { words: [']\\', '^-', '\ud83d\ude00'], flags: '' },
    { words: ['源源源', '页共'], flags: '' },
  ];

  it('finds the matches a plain search finds, on random text (with and without accept)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), fc.boolean(), ({ words, flags }, chars, picky) => {
        const pattern = wordsPattern(words, flags);
        const text = chars.join('');
        const accept = picky ? (m: RegExpExecArray) => m.index % 3 !== 1 : undefined;
        const expected = plain(pattern, text, accept);
        assert.deepEqual(byTable(pattern, text, accept), expected);
        assert.deepEqual(atPositions(pattern, text, accept), expected);
        assert.deepEqual(startPositions(pattern, text), startsIn(words, text, flags === 'i'));
      }),
      { numRuns: 2000 },
    );
  });

  it('a pattern longer than its starts: matches only where a start is, all of them', () => {
    const pattern = startsPattern('(?:本文|第)\\d?页?', '', ['本文', '第']);
    assert.deepEqual(byTable(pattern, '本文第1页，本第2'), ['0:本文', '2:第1页', '7:第2']);
    assert.deepEqual(startPositions(pattern, 'x本文本第'), [1, 4]);
  });

  it('text without any start, and an empty list', () => {
    assert.deepEqual(byTable(wordsPattern(['本文']), '文本，本，文'), []);
    assert.deepEqual(startPositions(wordsPattern(['本文']), '文本，本，文'), []);
    assert.deepEqual(byTable(wordsPattern([]), '本文'), []);
  });
});
