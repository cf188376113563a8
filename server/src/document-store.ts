// All the server keeps per document, in one place: the parsed model of one version, the findings, diagnostics and
// fixes of the version they were computed for, the pending (debounced) lint, and the document's settings and
// suppressions. A change drops the findings and fixes at once (they belong to the old text); a close drops all.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectLocale, parseDocument, type Finding, type Locale, type ReportDocument, type TextFormat } from './engine';
import { scanLines } from './engine/model/lines';
import { DiagnosticMaker, diagnosticKey, type DiagnosticContext, type RecordedFix } from './diagnostics';
import type { Settings } from './settings';

/** What linting one version of a document gave. */
export interface LintOutcome {
  version: number;
  locale: Locale;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** The fix of each diagnostic, by diagnosticKey. */
  fixes: Map<string, RecordedFix>;
}

type Timer = ReturnType<typeof setTimeout>;

export class DocumentState {
  private model?: { version: number; format: TextFormat; doc: ReportDocument; locale: Locale | undefined };
  private outcome?: LintOutcome;
  private timer?: Timer;
  /** Settings for this document (its folder, its language), asked for once until the configuration changes. */
  settings?: Promise<Settings>;
  /** The "not checked" notice was shown; shown again only after the document became checkable. */
  refusalShown = false;
  /** The one diagnostic saying the last lint did not finish (timed out, or failed), until the next one does. */
  failureDiagnostics?: Diagnostic[];
  /** The language the last lint found the draft written in (`locale` undefined: no words yet). */
  private language?: { locale: Locale | undefined; long: boolean };
  /** The draft's language being read (a long draft's, by the linter), for everyone who asks meanwhile. */
  private readingLanguage?: Promise<Locale | undefined>;
  /** The lint under way for a version, shared by everyone who needs it (a pull, a code action). */
  private inFlight?: { version: number; done: Promise<void> };
  /** What was last sent to (or answered to) the client, to send it again only when it changed. */
  private published?: { diagnostics: Diagnostic[]; resultId: string };
  /**
   * The diagnostic made for each finding, and what they were made with: a finding the linter gives again is the same
   * object (a weak map: no map of every finding made anew for each lint).
   */
  private made?: { context: string; byFinding: WeakMap<Finding, Diagnostic>; maker: DiagnosticMaker };
  private results = 0;

  constructor(readonly uri: string) {}

  /** One parse per version, shared by diagnostics, outline, folding, completion, hover and statistics. */
  parsed(document: TextDocument, format: TextFormat): ReportDocument {
    const model = this.model;
    if (model && model.version === document.version && model.format === format) return model.doc;
    const doc = parseDocument(document.getText(), format);
    this.model = { version: document.version, format, doc, locale: detectLocale(doc.lines) };
    return doc;
  }

  /** The last model parsed, whatever its version (for a large draft while the current version's lint is pending). */
  recentModel(format: TextFormat): ReportDocument | undefined {
    return this.model?.format === format ? this.model.doc : undefined;
  }

  /** No lint has been recorded for this version yet. */
  lintPending(version: number): boolean {
    return this.outcome?.version !== version;
  }

  /** `long`: read from a long version of the draft (one whose language a later keystroke does not change). */
  learned(language: Locale | undefined, long: boolean): void {
    this.language = { locale: language, long };
  }

  /**
   * The language a lint or reading of a long version of the draft found, without parsing. Not what was found while it
   * was short: an untitled editor's empty draft has no language, and 5 MB of Chinese pasted into it must be read for
   * its own (it was linted in English first, and in Chinese only once that lint had taught the server its language).
   */
  knownLanguage(): { locale: Locale | undefined } | undefined {
    return this.language?.long ? this.language : undefined;
  }

  /** Reads the draft's language with `read` unless it is being read already; what it gives is learned. */
  detecting(read: () => Promise<Locale | undefined>): Promise<Locale | undefined> {
    const reading = (this.readingLanguage ??= read()
      .then((locale) => {
        if (this.readingLanguage === reading) this.learned(locale, true);
        return locale;
      })
      .finally(() => {
        if (this.readingLanguage === reading) this.readingLanguage = undefined;
      }));
    return reading;
  }

  /** Runs `lint` for `version` unless a lint of that version is already under way; either way waits for it. */
  linting(version: number, lint: () => Promise<void>): Promise<void> {
    if (this.inFlight?.version === version) return this.inFlight.done;
    const done = lint().finally(() => {
      if (this.inFlight?.done === done) this.inFlight = undefined;
    });
    this.inFlight = { version, done };
    return done;
  }

  /** Diagnostics differ from the ones sent last (and are now the ones sent). */
  changedSincePublished(diagnostics: Diagnostic[]): boolean {
    if (this.published && sameDiagnostics(this.published.diagnostics, diagnostics)) return false;
    this.published = { diagnostics, resultId: String(++this.results) };
    return true;
  }

  /**
   * The diagnostics made for findings of earlier lints in the same context (language, rule docs), by finding, and what
   * makes the others.
   */
  madeDiagnostics(context: DiagnosticContext): { byFinding: WeakMap<Finding, Diagnostic>; maker: DiagnosticMaker } {
    const key = contextKey(context);
    if (this.made?.context !== key) this.made = { context: key, byFinding: new WeakMap(), maker: new DiagnosticMaker(context) };
    return this.made;
  }

  /** A result id for these diagnostics: the same id as last time when they did not change. */
  resultIdFor(diagnostics: Diagnostic[]): string {
    this.changedSincePublished(diagnostics);
    return `${this.uri}#${this.published!.resultId}`;
  }

  /**
   * The language the text of this version is written in (undefined for a draft with no words yet). `linesOnly`: read
   * from the lines alone, not kept, unless this version's model is parsed anyway (a long draft's model is the linter's).
   */
  writtenIn(document: TextDocument, format: TextFormat, linesOnly = false): Locale | undefined {
    const model = this.model;
    if (linesOnly && !(model && model.version === document.version && model.format === format)) {
      return detectLocale(scanLines(document.getText(), format).lines);
    }
    this.parsed(document, format);
    return this.model?.locale;
  }

  record(outcome: LintOutcome): void {
    this.outcome = outcome;
  }

  /** What the options of the recorded lint were (JSON): the same version with the same options needs no lint again. */
  lintedWith?: { version: number; options: string };

  /** This version was linted, and recorded, with exactly these options. */
  alreadyLinted(version: number, options: string): boolean {
    return this.outcome?.version === version && this.lintedWith?.version === version && this.lintedWith.options === options;
  }

  /** The lint of exactly this version, or undefined when the text has changed since (its fixes are stale). */
  current(version: number): LintOutcome | undefined {
    return this.outcome?.version === version ? this.outcome : undefined;
  }

  /** The latest lint, whatever its version (for counts shown while the next one is pending). */
  latest(): LintOutcome | undefined {
    return this.outcome;
  }

  fixFor(diagnostic: Diagnostic, version: number): RecordedFix | undefined {
    return this.current(version)?.fixes.get(diagnosticKey(diagnostic));
  }

  allFixes(version: number): RecordedFix[] | undefined {
    const outcome = this.current(version);
    return outcome && [...outcome.fixes.values()];
  }

  /** Runs `lint` after `delay` ms, replacing a lint already pending. */
  schedule(lint: () => void, delay: number): void {
    this.cancelPending();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      lint();
    }, delay);
  }

  /** Cancels a pending lint; true when there was one. */
  cancelPending(): boolean {
    if (this.timer === undefined) return false;
    clearTimeout(this.timer);
    this.timer = undefined;
    return true;
  }

  /** The text changed: what was computed for the old text no longer applies. */
  changed(): void {
    this.outcome = undefined;
  }

  /** The document is no longer checked (closed, turned off, excluded): forget its findings and model. */
  clear(): void {
    this.cancelPending();
    this.outcome = undefined;
    this.model = undefined;
    this.made = undefined;
  }
}

function contextKey({ uri, locale, docsBase, withRelated, shortLinks }: DiagnosticContext): string {
  return `${uri}|${locale}|${docsBase}|${withRelated}|${shortLinks === true}`;
}

/**
 * The same diagnostics, in the same order: most are the very objects sent last (made once per finding); others are
 * compared field by field.
 */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameDiagnostic(a[i], b[i])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  const related = (d: Diagnostic) => JSON.stringify(d.relatedInformation ?? null);
  return (
    diagnosticKey(a) === diagnosticKey(b) &&
    a.severity === b.severity &&
    a.source === b.source &&
    a.codeDescription?.href === b.codeDescription?.href &&
    related(a) === related(b)
  );
}

export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();

  get(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = new DocumentState(uri);
      this.states.set(uri, state);
    }
    return state;
  }

  has(uri: string): boolean {
    return this.states.has(uri);
  }

  close(uri: string): void {
    this.states.get(uri)?.clear();
    this.states.delete(uri);
  }

  /** The configuration changed: every document asks for its settings again. */
  forgetSettings(): void {
    for (const state of this.states.values()) state.settings = undefined;
  }

  get size(): number {
    return this.states.size;
  }
}
