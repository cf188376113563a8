// Word lists searched by a table of starts (server/src/engine/patterns.ts): eachWordMatch, startPositions and
// eachWordMatchAt give exactly what a plain search of the pattern gives.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { alternation, eachAnchoredMatch, eachMatch, eachMatchWhere, eachWordMatch, endAnchored, escapeRegex, eachWordMatchAt, startPositions, startsPattern, wordsPattern, type WordsPattern } from '../../server/src/engine/patterns';

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

describe('word patterns: alternation and end-anchored search (perf42)', () => {
  it('alternation: what a stable sort by decreasing length, escaped and joined, gives', () => {
    const reference = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...ALPHABET, '.', '(', '|', '$', '*'), { maxLength: 5 }).map((c) => c.join('')), { maxLength: 30 }), (words) => {
        assert.equal(alternation(words), reference(words));
      }),
      { numRuns: 2000 },
    );
  });

  /** eachAnchoredMatch as it was before perf42: each window's characters read one by one against the table. */
  function byWindows(pattern: ReturnType<typeof endAnchored>, text: string, ends?: readonly number[]): string[] {
    const out: string[] = [];
    const { sticky, firstCodes, maxLength, endsAt } = pattern;
    let next = 0;
    const count = ends ? ends.length : text.length;
    for (let k = 0; k < count; k++) {
      const end = ends ? ends[k] : k + 1;
      if (!endsAt(text, end)) continue;
      let i = Math.max(next, end - maxLength);
      while (i < end) {
        if (firstCodes[text.charCodeAt(i)] !== 0) {
          sticky.lastIndex = i;
          const m = sticky.exec(text);
          if (m) {
            out.push(`${m.index}:${m[0]}`);
            i = m.index + Math.max(m[0].length, 1);
            continue;
          }
        }
        i++;
      }
      next = i;
    }
    return out;
  }

  it('eachAnchoredMatch: the matches the per-character window scan finds, with and without ends', () => {
    const CHARS = ['共', '计', '人', '万', '元', '，', '。', '1', 'a', '\ud83d', '\ude00', ']', '-'];
    const beforeEnd = (text: string, end: number) => end === text.length || '，。'.includes(text[end]);
    const patterns = [
      endAnchored('(?:共计|共)(\\p{sc=Han}{0,3}?)(万人|人|元)(?=[，。]|$)', 'u', ['共计', '共'], 8, beforeEnd),
      endAnchored('(?:计|a-?)(?:万|\\ud83d\\ude00)?[人元\\]](?=[，。]|$)', '', ['计', 'a'], 5, beforeEnd),
      endAnchored('(?:\\ud83d\\ude00|]-)人?', '', ['\ud83d\ude00', ']-'], 3, () => true),
      endAnchored('x', '', [], 1, () => true),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom(...CHARS), { maxLength: 50 }), fc.boolean(), (pattern, chars, withEnds) => {
        const text = chars.join('');
        const ends = withEnds ? [...text].map((_, i) => i + 1).filter((e) => e === text.length || '，。'.includes(text[e])) : undefined;
        const out: string[] = [];
        eachAnchoredMatch(pattern, text, (m) => out.push(`${m.index}:${m[0]}`), ends);
        assert.deepEqual(out, byWindows(pattern, text, ends));
      }),
      { numRuns: 3000 },
    );
  });
});
