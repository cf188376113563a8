// The first keystrokes after a long draft is opened, as fast as later ones. The full lint at open parses the draft and
// runs every rule whole; a keystroke runs other code — the model's update of the lines an edit touched, the rules'
// per-paragraph parts, the results kept across versions, the reply's delta — which V8 has not optimized yet: on the
// 3 MB draft the first ≈ 40 keystrokes cost 41–56 ms of CPU per lint instead of 22–31 (V8's optimizing compiler, ≈ 1 s
// once per worker; docs/performance.md, lat19 and warm20). So once the worker has been left alone after the full lint
// of a long draft, it types into the draft's own model and takes each edit back at once — a character at the end of a
// line, a comma in its middle, in a paragraph of each kind (a heading, a list item, a table row, running text) — each
// pair one step, the two lints one after the other, so between steps the model holds the draft as it was. Nothing is
// sent; at the end the findings must be those last sent, or the worker lets the draft go (the server then sends its
// text, and it is linted afresh). A throw-away copy of a stretch of the draft warmed too little: V8 optimized the code
// for the copy's objects, and deoptimized it on the draft's ("wrong map"); the first keystrokes cost 27 ms instead of 33.

import { encodeFindings, sameFinding } from './finding-delta';
import type { IncrementalLints } from './linter';
import type { Finding, LintOptions, TextChange } from './engine';

/**
 * Drafts shorter than this are not warmed up: their first keystrokes cost a few ms more (the 120k draft: 14 against 7
 * ms of CPU per keystroke over the first 60), less than warming up would.
 */
export const WARM_UP_MIN_CHARS = 500_000;
/**
 * CPU time (ms, the process's: V8's compiler threads too) the warm-up may take: on the 3 MB draft ≈ 10 pairs, after
 * which the first keystrokes cost what later ones do. V8 optimizes a function once it has run enough, which on a
 * longer draft takes fewer keystrokes, each dearer: a budget of time, not of keystrokes.
 */
const CPU_BUDGET_MS = 1500;
/** At most this many edits typed and taken back. */
const MAX_PAIRS = 64;

/** An edit (a character typed) and the one that takes it back. */
interface Pair {
  edit: TextChange;
  undo: TextChange;
}

/** How a warm-up step went: more to do, done (the findings those sent), or the findings differ (the draft let go). */
export type WarmUpStep = 'more' | 'done' | 'differs';

/**
 * The warm-up of the document `uri` held by `lints`, a pair per call. `sent`: the findings last sent for it, which the
 * findings after the warm-up are checked against (and the delta encoded against, as a keystroke's are); `maxPairs`: at
 * most so many pairs (the tests). Call it only while no other lint of the document runs.
 */
export function warmUpSteps(lints: IncrementalLints, uri: string, options: LintOptions, sent: () => readonly Finding[] | undefined, maxPairs = MAX_PAIRS): () => WarmUpStep {
  let done = 0;
  let spent = 0;
  let lines: number[] | undefined;
  let last: readonly Finding[] | undefined;
  return () => {
    const doc = lints.modelOf(uri);
    if (!doc) return 'done';
    const started = cpuMs();
    const texts = doc.lines;
    const end = texts[texts.length - 1];
    const length = end.offset + end.text.length;
    lines ??= chosenLines(doc);
    const line = lines[(done >> 1) % lines.length];
    if (line >= texts.length) return 'done';
    const { edit, undo } = pairAt(line, texts[line].text, done % 2 === 0);
    done++;
    const changed = lints.lintChanges(uri, { changes: [edit], length: length + edit.text.length, lineCount: texts.length }, options);
    const back = changed && lints.lintChanges(uri, { changes: [undo], length, lineCount: texts.length }, options);
    // A model that could not take the edit lets the draft go itself (IncrementalLints): it is read afresh.
    if (!back) return 'done';
    last = back.findings;
    encodeFindings(last, sent());
    spent += cpuMs() - started;
    if (done < maxPairs && spent < CPU_BUDGET_MS) return 'more';
    const was = sent();
    if (was && (was.length !== last.length || last.some((f, i) => !sameFinding(f, was[i])))) {
      lints.forget(uri);
      return 'differs';
    }
    return 'done';
  };
}

type Model = NonNullable<ReturnType<IncrementalLints['modelOf']>>;

/**
 * The first line of a paragraph of each kind — a heading, a table row, a list item, running text — from the middle of
 * the draft on (where a writer types: not the title page).
 */
function chosenLines(doc: Model): number[] {
  const chosen: number[] = [];
  const markerLines = new Set(doc.markers.map((m) => m.line));
  const kinds = new Set<string>();
  const middle = doc.lines.length >> 1;
  const paragraphs = doc.paragraphs;
  const first = Math.max(0, paragraphs.findIndex((p) => p.firstLine >= middle));
  for (let i = first; i < paragraphs.length && kinds.size < 4; i++) {
    const p = paragraphs[i];
    const kind = p.atHeading ? 'heading' : p.tableHeader ? 'table' : markerLines.has(p.firstLine) ? 'item' : p.text.length > 40 ? 'text' : '';
    if (!kind || kinds.has(kind)) continue;
    kinds.add(kind);
    chosen.push(p.firstLine);
  }
  return chosen.length ? chosen : [middle];
}

/** A character typed at the end of the line, or a comma in its middle (not inside a surrogate pair), and its undoing. */
function pairAt(line: number, text: string, atEnd: boolean): Pair {
  let at = atEnd ? text.length : text.length >> 1;
  if (at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00) at++;
  const start = { line, character: at };
  return {
    edit: { range: { start, end: start }, text: atEnd ? '工' : '，' },
    undo: { range: { start, end: { line, character: at + 1 } }, text: '' },
  };
}

/** The process's CPU time (ms): every thread's, V8's compiler threads too. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
