// A string that does not keep the text it was cut from. V8 makes a slice of 13 characters or more a view of its parent
// (a paragraph's, or the whole draft's: 2.6 MB for the 3 MB draft), so a module-level cache keyed by such slices keeps
// every draft it has read alive after the draft is closed (docs/performance.md, perf56). Concatenating first makes
// V8 copy the characters into a string of its own; shorter slices are copies already.

export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
