// One copy of each string a lint makes again and again from a draft that says the same thing many times: a line's
// prose with its ruby masked, a paragraph joined across its lines, a sentence's key, a figure's unit, subject and
// qualifiers. The draft's own lines are slices of its text and cost nothing; these are new strings, one per line or
// sentence, and a draft pasted together from others repeats them (the 3 MB bench draft, the corpus over again: 6.6 MB
// of the lint worker's heap was strings equal to another, perf80). Each is looked up in a pool that lives for one lint
// only (internDone at the end of runRules): no string outlives its draft for it, no pool grows while a draft is typed
// into, and a keystroke's lint, which reads a line or two again, pools next to nothing. A pooled string is the same
// text, so every reader reads the same.

/**
 * An empty string or a single character is left alone (V8 keeps one copy of most). Short strings are pooled too: the
 * pool's entries go with the lint, what they save stays (a figure's unit and subject, 万元 and 新增学位, are ≈ 24
 * bytes each, 22,000 of them on the 3 MB draft).
 */
const MIN_LENGTH = 2;

let pool: Map<string, string> | undefined;

/** The pooled string equal to `s` (the first one seen in this lint), or `s`, pooled. */
export function intern(s: string): string {
  if (s.length < MIN_LENGTH) return s;
  pool ??= new Map();
  const known = pool.get(s);
  if (known !== undefined) return known;
  pool.set(s, s);
  return s;
}

let numbers: Map<string, number[]> | undefined;

/**
 * The pooled list of numbers equal to `list`, kept under `key` (a pooled string it was read from: a line's prose for
 * its ruby), or `list`, pooled. Equal element by element, or not shared: a list is never written once read.
 */
export function internNumbers(key: string, list: number[]): number[] {
  numbers ??= new Map();
  const known = numbers.get(key);
  if (known !== undefined && known.length === list.length) {
    let k = 0;
    while (k < list.length && known[k] === list[k]) k++;
    if (k === list.length) return known;
  }
  if (known === undefined) numbers.set(key, list);
  return list;
}

let lists: Map<string, string[]> | undefined;

/**
 * The pooled list of strings equal to `list` (the same strings in the same order), or `list` with its strings pooled:
 * a figure's qualifiers (2024年, 上半年), read only once made (never written: most figures share one empty list).
 */
export function internList(list: string[]): string[] {
  lists ??= new Map();
  const key = list.join('\u0000');
  const known = lists.get(key);
  if (known !== undefined && known.length === list.length && known.every((w, k) => w === list[k])) return known;
  for (let k = 0; k < list.length; k++) list[k] = intern(list[k]);
  if (known === undefined) lists.set(key, list);
  return list;
}

/** The lint is over: the pools are let go (what they shared stays shared). */
export function internDone(): void {
  pool = undefined;
  numbers = undefined;
  lists = undefined;
}
