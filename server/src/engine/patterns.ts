// Helpers for the engine's regular expressions. Every pattern the engine runs is written to be linear in the
// text (a repetition anchored at the start of its run, or bounded); these helpers keep the loops uniform.

/**
 * Where a search goes on one character after `at`: past the whole character for a `u` pattern. V8 starts a `u`
 * pattern given a lastIndex inside a surrogate pair again at the pair's first half, so `at + 1` there finds the same
 * match for ever (𠀀 typed eight times hung a lint: fuzz50).
 */
export function nextSearchIndex(re: RegExp, text: string, at: number): number {
  return at + (re.unicode && text.codePointAt(at)! > 0xffff ? 2 : 1);
}

/**
 * The matches `text.matchAll(re)` gives, in a list: from `re.lastIndex` on, an empty match passed as matchAll passes it,
 * `re` left as it was (its lastIndex put back), a pattern without the g flag refused as matchAll refuses it. By `exec`
 * on the pattern itself: matchAll makes a copy of the pattern at every call (a new RegExp from its source and flags),
 * slower to make than the search it runs on a short text, and much slower after a full collection (V8 compiles the
 * copy again: 1.5 ms against 0.2 for placeholder's signers' fields over 266 lines). The 1,738 calls of a lint of the
 * 120k draft, replayed: 2.71 ms by matchAll, 1.84 by this (perf87). All matches are found before the caller reads the
 * first (a loop that stops early has found the rest).
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf: the pattern needs the g flag, as matchAll does');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex = nextSearchIndex(re, text, m.index);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** Calls `visit` for every match of a global (or sticky) pattern in `text`, from the start. */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    visit(m);
    if (m[0].length === 0) re.lastIndex = nextSearchIndex(re, text, m.index);
  }
}

/** A character escapeRegex escapes. */
const SPECIAL = /[.*+?^${}()|[\]\\]/;

/**
 * A word list as a regex alternation, longest first (so 共计 is tried before 共), special characters escaped. Words of
 * one length keep their order (what a stable sort by decreasing length gives), gathered by length rather than sorted
 * with a comparator: the engine builds some forty lists at load, up to a few thousand words each, and a comparator
 * called n log n times runs in the interpreter at every start of a process (the CLI's module init).
 */
export function alternation(words: readonly string[]): string {
  // Whether any word needs escaping, asked once of the whole list (one native scan; most lists have no special
  // character): a test per word was ≈ 2 ms of the CLI's module init (183 lists, 6,099 words, run in the interpreter).
  const special = SPECIAL.test(words.join(''));
  const byLength: string[][] = [];
  for (const w of words) (byLength[w.length] ??= []).push(special && SPECIAL.test(w) ? escapeRegex(w) : w);
  const out: string[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) {
    const group = byLength[n];
    if (group) for (const w of group) out.push(w);
  }
  return out.join('|');
}

/**
 * The words as `alternation(words)` tries them, with the words that begin alike gathered behind their common start
 * (展开阅读全文|展开全文 → 展开(?:阅读全文|全文)): at every position the same words are tried in the same order as
 * far as any can match (two branches that begin differently cannot both match there), so a pattern made with it
 * matches exactly what one made with the alternation does, its continuation included; V8 tests an alternation's
 * branches one after the other, and one branch per first character is fewer tests (perf44: furniture's 227 phrases
 * −20 % on the 3 MB draft). `ignoreCase`: the pattern's i flag (without u), under which the branches are gathered
 * by the character's canonical form, as the flag compares them.
 */
export function trieAlternation(words: readonly string[], ignoreCase = false): string {
  if (words.some((w) => w.length === 0)) return alternation(words);
  const byLength: string[][] = [];
  for (const w of words) (byLength[w.length] ??= []).push(w);
  const ordered: string[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) if (byLength[n]) for (const w of byLength[n]) ordered.push(w);
  return trieBranches(ordered, 0, ignoreCase);
}

/** Words longest first (so a word ending at `depth` comes after every longer one), all alike before `depth`. */
function trieBranches(words: readonly string[], depth: number, ignoreCase: boolean): string {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const key = ignoreCase ? canonical(w[depth]) : w[depth];
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(escapeRegex(group[0].slice(depth)));
      continue;
    }
    const longer = group.filter((w) => w.length > depth + 1);
    const ends = longer.length < group.length;
    const head = escapeRegex(group[0][depth]);
    if (longer.length === 0) out.push(head);
    else out.push(`${head}(?:${trieBranches(longer, depth + 1, ignoreCase)}${ends ? '|' : ''})`);
  }
  return out.join('|');
}

/** A character as the i flag without u compares it (ECMAScript's Canonicalize): its upper case, if one unit and not ASCII from beyond. */
function canonical(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 && !(c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : c;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * eachMatch for a pattern whose leading look-behind was moved into code: V8 tries a pattern that starts with a
 * look-behind at every position of the text, while one that starts with a literal or a class it scans for quickly.
 * A match `accept` rejects is dropped and the search resumes one position after its start, exactly as a failed
 * look-behind would have made the pattern try the next position.
 */
export function eachMatchWhere(re: RegExp, text: string, accept: (m: RegExpExecArray) => boolean, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!accept(m)) {
      re.lastIndex = nextSearchIndex(re, text, m.index);
      continue;
    }
    visit(m);
    if (m[0].length === 0) re.lastIndex = nextSearchIndex(re, text, m.index);
  }
}

/** eachMatchWhere with a test of what stands before the match's start (the look-behind moved into code). */
export function eachMatchAt(re: RegExp, text: string, startsAt: (index: number) => boolean, visit: (m: RegExpExecArray) => void): void {
  eachMatchWhere(re, text, (m) => startsAt(m.index), visit);
}

/**
 * A pattern whose every match is short and ends at a place few positions of a text are (a unit before a clause
 * end): rather than trying a long alternation at every position, it is tried only at the positions that can start
 * a match — a first character of one of its words, at most `maxLength` code units before such an end.
 */
export interface EndAnchoredPattern {
  /** The pattern, sticky: tried at one position at a time. */
  sticky: RegExp;
  /** 1 for each UTF-16 code a match may start with. */
  firstCodes: Uint8Array;
  /** The longest a match can be, in code units. */
  maxLength: number;
  /** Whether a match may end at `end` of `text`. */
  endsAt: (text: string, end: number) => boolean;
}

export function endAnchored(source: string, flags: string, firstWords: readonly string[], maxLength: number, endsAt: EndAnchoredPattern['endsAt']): EndAnchoredPattern {
  const firstCodes = new Uint8Array(0x10000);
  for (const w of firstWords) if (w.length > 0) firstCodes[w.charCodeAt(0)] = 1;
  return { sticky: new RegExp(source, flags.replace('g', '') + 'y'), firstCodes, maxLength, endsAt };
}

/**
 * The matches eachMatch would find with the pattern made global, in the same order: a global search tries the
 * positions from left to right and resumes after each match, and every position it could match at lies within
 * maxLength before an end, where this tries them in the same order. `ends`, when given, lists in increasing order
 * the positions (1 or more) where the pattern's ends may be — a superset of those endsAt accepts, found once for
 * several patterns that end at the same kind of place; without it every position of the text is asked.
 */
export function eachAnchoredMatch(pattern: EndAnchoredPattern, text: string, visit: (m: RegExpExecArray) => void, ends?: readonly number[]): void {
  const { sticky, firstCodes, maxLength, endsAt } = pattern;
  const n = text.length;
  let next = 0; // the first position not yet tried: after the last window, or after the last match
  // The first place in the window where a match may start, found by reading the window's characters in the table
  // (-1 or behind `i`: not yet searched). The windows do not overlap, so no character is read twice, and only the
  // characters of windows are read. Until perf76 a native scan of the class (`first`) looked for it from the window's
  // start on, past the window's end up to the next candidate or the text's end: a pass over the rest of the paragraph
  // per pattern, and V8 tests a class of some eighty scattered Han characters by a search of its ranges at every
  // position (missing-value, 9 patterns: 12.3 → 10.0 ms CPU of a lint of the 120k draft).
  let candidate = -1;
  const count = ends ? ends.length : n;
  for (let k = 0; k < count; k++) {
    const end = ends ? ends[k] : k + 1;
    if (!endsAt(text, end)) continue;
    let i = Math.max(next, end - maxLength);
    while (i < end) {
      if (candidate < i) {
        let j = i;
        while (j < end && firstCodes[text.charCodeAt(j)] === 0) j++;
        if (j === end) {
          i = end;
          break;
        }
        candidate = j;
      }
      if (candidate >= end) {
        i = end;
        break;
      }
      i = candidate;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m) {
        visit(m);
        i = m.index + Math.max(m[0].length, 1);
        continue;
      }
      i++;
    }
    next = i; // at least `end`; past it when a match ran on beyond it
  }
}

/** 1 at the UTF-16 code of each character (all in the BMP), 0 elsewhere: a per-character test without strings or sets. */
export function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * A list of literal words searched as one alternation (longest first), as a global pattern (eachWordMatch) and the same
 * pattern made sticky (eachWordMatchAt, at positions found once for several patterns by startPositions). Flags: '' or
 * 'i'.
 */
export interface WordsPattern {
  global: RegExp;
  sticky: RegExp;
  /** The literal starts every match begins with, as the pattern's case flag reads them (startPositions' table). */
  startWords: readonly string[];
  ignoreCase: boolean;
  /**
   * startPositions' table, made at its first use (null: a start begins with a character whose case the table cannot
   * spell out). Only startPositions reads one: the 64 KB table per list was ≈ 1 MB of every process's heap for 17 lists.
   */
  table?: WordStarts | null;
}

/**
 * `codes`: per character code, whether a start begins there (and of how many characters); `pairs`: the first two
 * characters of every longer start.
 */
interface WordStarts {
  codes: Uint8Array;
  pairs: Set<number>;
  /** Every code a start may begin with, as a global class (UTF-16 units, no u flag): searched natively. */
  first: RegExp;
}

export function wordsPattern(words: readonly string[], flags: '' | 'i' = ''): WordsPattern {
  return startsPattern(alternation(words), flags, words);
}

/** Any pattern every match of which begins with one of `starts` (literal, as the pattern's case flag reads them). */
export function startsPattern(source: string, flags: '' | 'i', starts: readonly string[]): WordsPattern {
  return { global: new RegExp(source, `g${flags}`), sticky: new RegExp(source, `y${flags}`), startWords: starts, ignoreCase: flags === 'i', table: undefined };
}

/**
 * One table of character codes (64 KB, one per list: two were 1.5 MB of the lint worker's heap): PAIR_START where a
 * start of two or more characters begins (then its pair is checked), SINGLE_START where a one-character start is
 * (the two bits exclusive), SECOND at every second character of a start, tested before the pair (most pairs fail
 * there, and a table is cheaper than the set).
 */
const PAIR_START = 1;
const SINGLE_START = 2;
const FIRST = 3;
const SECOND = 4;

function startsOf(pattern: WordsPattern): WordStarts | undefined {
  if (pattern.table === undefined) pattern.table = wordStarts(pattern.startWords, pattern.ignoreCase) ?? null;
  return pattern.table ?? undefined;
}

function wordStarts(words: readonly string[], ignoreCase: boolean): WordStarts | undefined {
  const codes = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  const firstCodes = new Set<number>(); // the codes given a FIRST bit
  for (const w of words) {
    const first = w.length ? caseVariants(w[0], ignoreCase) : undefined;
    const second = w.length >= 2 ? caseVariants(w[1], ignoreCase) : [];
    if (!first || !second) return undefined;
    for (const b of second) codes[b] |= SECOND;
    for (const a of first) {
      firstCodes.add(a);
      if (w.length === 1) codes[a] = (codes[a] & ~FIRST) | SINGLE_START;
      else if ((codes[a] & FIRST) !== SINGLE_START) codes[a] |= PAIR_START;
      for (const b of second) pairs.add(a * 0x10000 + b);
    }
  }
  const firsts = [...firstCodes].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  return { codes, pairs, first: new RegExp(`[${firsts}]`, 'g') };
}

/** The codes a character matches (with /i, no u: an ASCII letter's two cases); undefined for one with other case forms. */
function caseVariants(c: string, ignoreCase: boolean): number[] | undefined {
  const code = c.charCodeAt(0);
  if (!ignoreCase || (code >= 0x2e80 && code < 0xd800 && c.toLowerCase() === c && c.toUpperCase() === c)) return [code];
  if (code >= 0x80) return undefined;
  return [...new Set([code, c.toLowerCase().charCodeAt(0), c.toUpperCase().charCodeAt(0)])];
}

/**
 * eachMatch of the pattern (with `accept`, eachMatchWhere: a rejected match is dropped and the search goes on one
 * position after its start). Until perf36 a JavaScript loop read a table of first characters per character of the text
 * and tried the sticky pattern where a start could begin (full20: V8's scan for a class of some eighty scattered Han
 * characters was slower than the warm loop). The global search is as fast on a warm lint (ab-full, the 120k draft) and
 * cheaper in a short process, where that loop runs in the interpreter: one native scan instead of a step per character
 * (perf33's measure: the CLI 361 → 343 ms CPU; docs/performance.md, perf36).
 */
export function eachWordMatch(pattern: WordsPattern, text: string, visit: (m: RegExpExecArray) => void, accept?: (m: RegExpExecArray) => boolean): void {
  // No starts, no match (the alternation of no words is the empty pattern, which matches everywhere).
  if (pattern.startWords.length === 0) return;
  if (accept) eachMatchWhere(pattern.global, text, accept, visit);
  else eachMatch(pattern.global, text, visit);
}

/**
 * eachWordMatch (without `accept`) by a loop over the text's characters in the table of starts, the sticky pattern
 * tried where a start begins: the same matches in the same order (a global search resumes after each match, and no
 * match begins elsewhere). For a pattern whose global search is slow on Chinese text — many branches with no literal
 * first character in common, which V8 tries one after the other at every position: figure-context's qualifiers, a
 * quarter of its time in a lint of the 120k draft (perf76: 3.2 → 1.5 ms in 289 paragraphs); for most word lists the
 * global search is the faster (perf36). A pattern with a u flag, or whose table cannot be made, is searched globally.
 */
export function eachWordMatchByTable(pattern: WordsPattern, text: string, visit: (m: RegExpExecArray) => void): void {
  const starts = pattern.global.unicode ? undefined : startsOf(pattern);
  if (!starts || pattern.startWords.length === 0) return eachWordMatch(pattern, text, visit);
  const { codes, pairs } = starts;
  const { sticky } = pattern;
  for (let i = 0, n = text.length; i < n; i++) {
    const a = text.charCodeAt(i);
    const bits = codes[a] & FIRST;
    if (bits === 0) continue;
    if (bits === PAIR_START && ((codes[text.charCodeAt(i + 1)] & SECOND) === 0 || !pairs.has(a * 0x10000 + text.charCodeAt(i + 1)))) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    visit(m);
    // Past the match (the loop's step then moves one on); an empty match is passed by that step alone.
    if (m[0].length > 0) i += m[0].length - 1;
  }
}

/**
 * The positions of the text where a match of the pattern may begin (a start begins there): found once for several
 * patterns whose matches begin with the same words (startsPattern with the same `starts`), for eachWordMatchAt.
 * Undefined for a pattern without a table of starts.
 */
export function startPositions(pattern: WordsPattern, text: string): number[] | undefined {
  const starts = startsOf(pattern);
  if (!starts) return undefined;
  const { codes, pairs, first } = starts;
  const out: number[] = [];
  // The places a start may begin found by a native search of their first characters (a loop reading every character
  // ran in the interpreter in a CLI run; on Chinese text such a character is one in fifty or fewer), the pair checked
  // in code.
  first.lastIndex = 0;
  while (first.test(text)) {
    const i = first.lastIndex - 1;
    const a = text.charCodeAt(i);
    if ((codes[a] & FIRST) === PAIR_START && ((codes[text.charCodeAt(i + 1)] & SECOND) === 0 || !pairs.has(a * 0x10000 + text.charCodeAt(i + 1)))) continue;
    out.push(i);
  }
  return out;
}

/**
 * eachWordMatch of the pattern, trying it only at `positions` (startPositions of a pattern with the same starts):
 * the same matches in the same order. Without positions, eachWordMatch itself.
 */
export function eachWordMatchAt(pattern: WordsPattern, text: string, positions: readonly number[] | undefined, visit: (m: RegExpExecArray) => void, accept?: (m: RegExpExecArray) => boolean): void {
  if (!positions) return eachWordMatch(pattern, text, visit, accept);
  const { sticky } = pattern;
  let next = 0; // the first position the search has not passed
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k];
    if (i < next) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m || (accept && !accept(m))) continue;
    visit(m);
    next = m.index + Math.max(m[0].length, 1);
  }
}

/**
 * One bit per class of characters (up to sixteen), by character code: a line or paragraph read once tells which of
 * the classes it holds, where a test per class would read it once each.
 */
export function classBits(classes: readonly string[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  classes.forEach((chars, k) => {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] |= 1 << k;
  });
  return table;
}

/** The classes of `table` the text holds, as bits. */
export function bitsIn(table: Uint16Array, text: string): number {
  let bits = 0;
  for (let i = 0, n = text.length; i < n; i++) bits |= table[text.charCodeAt(i)];
  return bits;
}
