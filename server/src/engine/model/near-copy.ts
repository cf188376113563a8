// A paragraph pasted again right after itself, one copy then edited in a few words (…Derbyshire County Council and
// [Sponsor logo here] for their support this year. then …Derbyshire County Council and our corporate supporters for
// their support this year.): both stand, and the reader reads the paragraph twice. Long (25 words, 50 Chinese
// characters) and nearly the same (90 % of the words in the same order).
//
// Not: paragraphs built from one template with other figures (each year's, each site's: a changed word holds a digit),
// other names (The North team… / The South team…: every changed word capitalised) or one word swapped in one place
// (primary schools… / secondary schools…: parallel statements); a summary said again in other words (far below 90 %);
// headings, list items, table rows; the same paragraph word for word (duplicate-text's main pass).

import type { Paragraph } from './paragraphs';

/** A Chinese character, or a Latin word or a figure (2,310, 2.27, don't as one). */
const TOKEN = /\p{sc=Han}|[A-Za-z0-9\u00C0-\u024F]+(?:[.,'’][A-Za-z0-9\u00C0-\u024F]+)*/gu;
const HAN = /\p{sc=Han}/u;
const NOT_PROSE_START = /^\s*(?:[-*+•·|<#>]|\d{1,3}[.)、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/;
const SENTENCE_END = /[.!?。！？]["”’)）]?\s*$/;
/** Tokens a paragraph may have to be compared (a longer one is no paragraph pasted by hand: no table built for it). */
const MAX_TOKENS = 400;

interface Tokens {
  words: string[];
  /** Lower case, as compared. */
  keys: string[];
  han: boolean;
}

function tokens(text: string): Tokens {
  const words = text.match(TOKEN) ?? [];
  let han = 0;
  for (const w of words) if (HAN.test(w)) han++;
  return { words, keys: words.map((w) => w.toLowerCase()), han: han * 2 >= words.length };
}

function prose(paragraph: Paragraph): boolean {
  return !paragraph.atHeading && !NOT_PROSE_START.test(paragraph.text) && SENTENCE_END.test(paragraph.text);
}

/**
 * Whether `paragraph` is a copy of `before` (the paragraph just before it) with a few words changed. The caller has
 * made sure they stand next to each other in one part.
 */
export function nearCopy(before: Paragraph, paragraph: Paragraph): boolean {
  // Cheap first (this runs on every pair of neighbouring paragraphs at each keystroke): about one length, both prose.
  const la = before.text.length;
  const lb = paragraph.text.length;
  if (Math.abs(la - lb) > 0.2 * Math.max(la, lb) || Math.min(la, lb) < 50) return false;
  // A copy edited in a few places keeps its opening or its ending.
  const x = before.text.trim();
  const y = paragraph.text.trim();
  if (x.slice(0, 6) !== y.slice(0, 6) && x.slice(-6) !== y.slice(-6)) return false;
  if (!prose(before) || !prose(paragraph)) return false;
  const a = tokens(before.text);
  const b = tokens(paragraph.text);
  const n = a.keys.length;
  const m = b.keys.length;
  if (a.han !== b.han || Math.min(n, m) < (a.han ? 50 : 25) || Math.max(n, m) > MAX_TOKENS) return false;
  const longer = Math.max(n, m);
  if (longer - Math.min(n, m) > 0.1 * longer) return false;
  // The words both have, counted as a bag: an upper bound of the words in the same order (no table where it falls short).
  const bag = new Map<string, number>();
  for (const k of a.keys) bag.set(k, (bag.get(k) ?? 0) + 1);
  let shared = 0;
  for (const k of b.keys) {
    const c = bag.get(k);
    if (c) {
      shared++;
      bag.set(k, c - 1);
    }
  }
  if (shared < 0.9 * longer) return false;
  // Longest common subsequence of the words, with the table kept to walk back through (400 × 400 at most).
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a.keys[i] === b.keys[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const common = table[0];
  if (common === n && common === m) return false;
  if (common < 0.9 * longer) return false;
  // The words of each copy not in the other, and where they are; the places changed, as the words each copy has
  // there (in Chinese, two places one common character apart are one: 形式多样 / 丰富多彩 share 多).
  const changed: string[] = [];
  const places = new Set<number>();
  const slots: [number, number][] = [];
  let run = Infinity;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a.keys[i] === b.keys[j]) {
      i++;
      j++;
      run++;
      continue;
    }
    if (run > (a.han ? 1 : 0)) slots.push([0, 0]);
    run = 0;
    const slot = slots[slots.length - 1];
    if (j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
      changed.push(a.words[i]);
      places.add(i);
      slot[0]++;
      i++;
    } else {
      changed.push(b.words[j]);
      places.add(i);
      slot[1]++;
      j++;
    }
  }
  // Other figures: a template filled in again (each year's paragraph), or a figure corrected — not told apart here.
  if (changed.some((w) => /\d/.test(w))) return false;
  // A word swapped for another in each place changed (primary / secondary, 城区 / 农村), a name put for another (North /
  // South): parallel statements, not an edit.
  const word = a.han ? 2 : 1;
  if (changed.length < 3 || slots.every(([x, y]) => x <= word && y <= word)) return false;
  if (!a.han && changed.every((w) => /^[A-Z]/.test(w))) return false;
  // The subject of the sentence changed and nothing else: each site's or each team's paragraph.
  const head = a.han ? 6 : 3;
  if ([...places].every((p) => p < head)) return false;
  return slots.length <= 3;
}
