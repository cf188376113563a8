// The seam between the LSP wiring and the engine: the server asks a Linter for a version's findings and never
// calls lintDetailed itself. The default lints in this thread; the Node entry lints in a worker thread
// (worker-linter.ts), so the server keeps answering while a long draft is linted, and a lint that runs too long
// can be stopped.

import { countText, IncrementalLinter, lintDetailed, parseDocument, type Finding, type TextEdit, type LintOptions, type Locale, type OptionProblem, type ReportDocument, type LintResult, type Section, type TextChange, type TextCount, type TextFormat } from './engine';
import type { ModelQuestion } from './model-questions';
import { countWords, localeOf } from './engine/i18n';
import { countedSections } from './symbols';

export interface LintRequest {
  uri: string;
  version: number;
  /** The version's text, read only when needed (a worker sent the changes never reads it). */
  text: () => string;
  /** Its length (UTF-16 units). */
  length: number;
  options: LintOptions;
  /** The model the server already parsed for this version, if it did (an in-thread linter reuses it). */
  model?: ReportDocument;
  /** The number of lines of this version, as LSP counts them (a worker sent the changes checks it has as many). */
  lineCount?: number;
  /**
   * The changes that turn version `from` (the one a worker holds) into this one, or undefined when they are not all
   * known: the worker is then sent the text. Asking forgets the changes before `from` (see ChangeJournal.since).
   */
  changesSince?(from: number | undefined): TextChange[] | undefined;
}

/** A version sent as its changes to the version the linter holds, with what the result must measure to be trusted. */
export interface ChangesToLint {
  changes: readonly TextChange[];
  /** The length (UTF-16 units) and line count of the text they give. */
  length: number;
  lineCount: number;
}

/** What the status bar shows beside the counts of findings: the draft's size and its sections. */
export interface DraftSummary {
  characters: number;
  words: number;
  sections: number;
  /** The language the draft is written in (undefined: no words yet). */
  writtenIn: Locale | undefined;
}

/** A lint's result as it crosses a thread: plain data, no model. */
export interface LintReply {
  findings: Finding[];
  problems: OptionProblem[];
  /** Rules that threw (the error as text when it came from another thread). */
  errors: { ruleId: string; error: unknown }[];
  truncated: string[];
  /** How many findings the per-rule limit dropped: the lint found findings.length + dropped. */
  dropped?: number;
  summary: DraftSummary;
  /** The reply's number, where its findings have lazy fixes (lazy-fixes.ts): what Linter.fixEdits is asked with. */
  seq?: number;
}

/** The lint did not finish: it ran past the watchdog, or the engine itself (not a rule) threw. */
export class LintFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'crash',
    message: string,
  ) {
    super(message);
  }
}

/** A newer version of the same document was asked for before this one started: its lint was dropped. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

export interface Linter {
  lint(request: LintRequest): Promise<LintReply>;
  /** The document was closed: what is kept for it goes. */
  forget?(uri: string): void;
  dispose?(): void;
  /**
   * The edits of the lazy fix of finding `index` in reply `seq` (a linter in another thread sends document-wide fixes
   * without them); undefined when that reply is no longer the document's last (the writer typed on): none is offered.
   */
  fixEdits?(uri: string, seq: number, index: number): Promise<TextEdit[] | undefined>;
  /**
   * A feature's question answered from the model of the last version of the document this linter linted (one in
   * another thread keeps it for the next lint); undefined when it holds none: the caller reads its own.
   */
  ask?(uri: string, question: ModelQuestion): Promise<{ answer: unknown } | undefined>;
  /** The language a text is written in, read where the linter runs; undefined when it cannot say: the caller reads it. */
  writtenIn?(text: string, format: TextFormat): Promise<{ locale: Locale | undefined } | undefined>;
}

export function lintNow(text: string, options: LintOptions, model?: ReportDocument): LintReply {
  const doc = model ?? parseDocument(text, options.format);
  const result = lintDetailed(text, options, doc);
  return { findings: result.findings, problems: result.problems, errors: result.errors, truncated: result.truncated, dropped: result.dropped, summary: summarize(doc) };
}

/**
 * Lints the versions of each open document incrementally: one IncrementalLinter per document, fed each new text (read
 * as the one change from the text before it), so only the paragraphs an edit touched are read and checked again.
 * Other options than last time, or any failure, and the document is linted afresh.
 */
export class IncrementalLints {
  private readonly byUri = new Map<string, { linter: IncrementalLinter; options: string; summary: DraftSummarizer }>();

  lint(uri: string, text: string, options: LintOptions): LintReply {
    const key = JSON.stringify(options);
    let kept = this.byUri.get(uri);
    if (kept?.options !== key) this.byUri.set(uri, (kept = { linter: new IncrementalLinter(options), options: key, summary: new DraftSummarizer() }));
    try {
      return replyOf(kept.linter.update(text), kept.summary);
    } catch {
      // A fault of the incremental model is never the writer's problem: lint afresh, and start over next time.
      this.byUri.delete(uri);
      return lintNow(text, options);
    }
  }

  /**
   * Lints the text the changes make of the one linted last; undefined when that cannot be done or trusted (no text
   * kept, other options, a fault, a result that does not measure what the server's copy measures): the caller sends
   * the text then.
   */
  lintChanges(uri: string, { changes, length, lineCount }: ChangesToLint, options: LintOptions): LintReply | undefined {
    const kept = this.byUri.get(uri);
    // Other options start the document afresh, from its text.
    if (kept?.options !== JSON.stringify(options)) return undefined;
    try {
      const result = kept.linter.update({ changes });
      const lines = result.document.lines;
      const last = lines[lines.length - 1];
      if (lines.length === lineCount && last.offset + last.text.length === length) return replyOf(result, kept.summary);
    } catch {
      // As above: start over, from the text.
    }
    this.byUri.delete(uri);
    return undefined;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The model of the version of the document linted last, if one is kept. */
  modelOf(uri: string): ReportDocument | undefined {
    return this.byUri.get(uri)?.linter.document;
  }
}

function replyOf(result: LintResult, summary: DraftSummarizer): LintReply {
  return { findings: result.findings, problems: result.problems, errors: result.errors, truncated: result.truncated, dropped: result.dropped, summary: summary.summarize(result.document) };
}

export function summarize(doc: ReportDocument): DraftSummary {
  const { characters, words } = totalCount(doc);
  return { characters, words, sections: countedSections(doc).length, writtenIn: doc.writtenIn };
}

type Line = ReportDocument['lines'][number];
/** Each line's count, for the life of the line: an incremental model keeps the lines an edit left alone. */
const counted = new WeakMap<Line, TextCount>();

/** What draftStatistics(doc).total gives, summed over lines counted once each (a keystroke counts one line again). */
function totalCount(doc: ReportDocument): TextCount {
  let characters = 0;
  let words = 0;
  for (const line of doc.lines) {
    if (line.kind !== 'text') continue;
    let count = counted.get(line);
    if (!count) counted.set(line, (count = countText(line.prose)));
    characters += count.characters;
    words += count.words;
  }
  return { characters, words };
}

/** What a line adds to a draft's summary: its count (countText), its Han characters and English words (countWords). */
const SUMS = 4;

function addSums(line: Line, into: Int32Array, at: number): void {
  if (line.kind !== 'text') return;
  const { characters, words } = countText(line.prose);
  const language = { han: 0, words: 0 };
  countWords(line.prose, language);
  into[at] = characters;
  into[at + 1] = words;
  into[at + 2] = language.han;
  into[at + 3] = language.words;
}

/**
 * The summary (summarize) of the versions of one document, kept from version to version: the lines an edit left alone
 * are the same objects, at the start and the end of the line list, so only the lines between are counted again
 * (summarize read every line of the draft for each keystroke, with a weak-map lookup and a memo lookup per line: ≈ 4
 * ms of the lint worker's 45 per keystroke on the 3 MB draft). The sums of each line are kept in one typed array.
 */
export class DraftSummarizer {
  private lines: readonly Line[] = [];
  private sums = new Int32Array(0);
  private readonly total = new Float64Array(SUMS);
  /** The sections of the version before, and how many a reader sees (countedSections). */
  private sections?: readonly Section[];
  private shown = 0;

  summarize(doc: ReportDocument): DraftSummary {
    const lines = doc.lines;
    const old = this.lines;
    const shorter = Math.min(old.length, lines.length);
    let head = 0;
    while (head < shorter && old[head] === lines[head]) head++;
    let tail = 0;
    while (tail < shorter - head && old[old.length - 1 - tail] === lines[lines.length - 1 - tail]) tail++;
    const total = this.total;
    let sums = this.sums;
    for (let i = head * SUMS; i < (old.length - tail) * SUMS; i++) total[i % SUMS] -= sums[i];
    if (lines.length !== old.length) {
      // Lines added or removed: the kept sums move to their lines' new places.
      const moved = new Int32Array(lines.length * SUMS);
      moved.set(sums.subarray(0, head * SUMS));
      moved.set(sums.subarray((old.length - tail) * SUMS), (lines.length - tail) * SUMS);
      this.sums = sums = moved;
    } else sums.fill(0, head * SUMS, (lines.length - tail) * SUMS);
    for (let l = head; l < lines.length - tail; l++) addSums(lines[l], sums, l * SUMS);
    for (let i = head * SUMS; i < (lines.length - tail) * SUMS; i++) total[i % SUMS] += sums[i];
    this.lines = lines;
    // The same sections (the outline kept, or moved with the lines), none headed on a line read again: the same ones are
    // page furniture (a line's kind, and the chunk indices, are read from the section heads' lines alone).
    const sections = doc.sections;
    const end = lines.length - tail;
    if (sections !== this.sections || sections.some((s) => s.marker.line >= head && s.marker.line < end)) this.shown = countedSections(doc).length;
    this.sections = sections;
    return { characters: total[0], words: total[1], sections: this.shown, writtenIn: localeOf({ han: total[2], words: total[3] }) };
  }
}

export const inThreadLinter: Linter = {
  lint: async ({ text, options, model }) => {
    try {
      return lintNow(text(), options, model);
    } catch (error) {
      throw new LintFailure('crash', error instanceof Error ? error.message : String(error));
    }
  },
};
