// The seam between the LSP wiring and the engine: the server asks a Linter for a version's findings and never
// calls lintDetailed itself. The default lints in this thread; the Node entry lints in a worker thread
// (worker-linter.ts), so the server keeps answering while a long draft is linted, and a lint that runs too long
// can be stopped.

import { draftStatistics, IncrementalLinter, lintDetailed, parseDocument, type Finding, type LintOptions, type Locale, type OptionProblem, type ReportDocument } from './engine';
import { readerSections } from './symbols';

export interface LintRequest {
  uri: string;
  version: number;
  text: string;
  options: LintOptions;
  /** The model the server already parsed for this version, if it did (an in-thread linter reuses it). */
  model?: ReportDocument;
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
  summary: DraftSummary;
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
}

export function lintNow(text: string, options: LintOptions, model?: ReportDocument): LintReply {
  const doc = model ?? parseDocument(text, options.format);
  const result = lintDetailed(text, options, doc);
  return { findings: result.findings, problems: result.problems, errors: result.errors, truncated: result.truncated, summary: summarize(doc) };
}

/**
 * Lints the versions of each open document incrementally: one IncrementalLinter per document, fed each new text (read
 * as the one change from the text before it), so only the paragraphs an edit touched are read and checked again.
 * Other options than last time, or any failure, and the document is linted afresh.
 */
export class IncrementalLints {
  private readonly byUri = new Map<string, { linter: IncrementalLinter; options: string }>();

  lint(uri: string, text: string, options: LintOptions): LintReply {
    const key = JSON.stringify(options);
    let kept = this.byUri.get(uri);
    if (kept?.options !== key) this.byUri.set(uri, (kept = { linter: new IncrementalLinter(options), options: key }));
    try {
      const result = kept.linter.update(text);
      return { findings: result.findings, problems: result.problems, errors: result.errors, truncated: result.truncated, summary: summarize(result.document) };
    } catch {
      // A fault of the incremental model is never the writer's problem: lint afresh, and start over next time.
      this.byUri.delete(uri);
      return lintNow(text, options);
    }
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

export function summarize(doc: ReportDocument): DraftSummary {
  const { total } = draftStatistics(doc, []);
  return { characters: total.characters, words: total.words, sections: readerSections(doc).length, writtenIn: doc.writtenIn };
}

export const inThreadLinter: Linter = {
  lint: async ({ text, options, model }) => {
    try {
      return lintNow(text, options, model);
    } catch (error) {
      throw new LintFailure('crash', error instanceof Error ? error.message : String(error));
    }
  },
};
