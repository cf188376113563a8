// What the page asks the lint worker and what it answers. Types only: the page's own bundle stays free of the
// engine, which lives in the worker (or, where a worker cannot start, in a script run on the page itself).

import type { Finding, Locale, RuleMeta, Severity, TextFormat } from '../../server/src/engine/types';

/** `auto` answers in the draft's language, or in `fallback` (the browser's) when the text has no words yet. */
export type LocaleChoice = Locale | 'auto';

export interface LocaleRequest {
  locale: LocaleChoice;
  fallback: Locale;
}

export type LintRequest =
  | ({ kind: 'text'; text: string; format: TextFormat } & LocaleRequest)
  /** Every fix, round after round, until none is left that applies: the corrected text. */
  | ({ kind: 'fix-all'; text: string; format: TextFormat } & LocaleRequest)
  | ({ kind: 'docx'; bytes: Uint8Array } & LocaleRequest)
  /** A copy of the .docx with a Word comment at each finding. */
  | ({ kind: 'annotate'; bytes: Uint8Array } & LocaleRequest);

/** A finding with its place as offsets into the text it was computed on (what the page marks and selects). */
export interface PlacedFinding extends Finding {
  start: number;
  end: number;
  /** For a Word document: ¶12:5, the paragraph and character in Word. */
  wordPlace?: string;
}

export interface OutlineEntry {
  title: string;
  depth: number;
  /** Offset of the heading's marker in the text. */
  start: number;
}

export interface RuleInfo extends Pick<RuleMeta, 'id' | 'name' | 'description' | 'defaultSeverity' | 'fixable'> {}

export interface LintResult {
  kind: 'lint';
  /** The text the findings are about (for a .docx, the text read from it). */
  text: string;
  format: TextFormat;
  /** Language of the messages. */
  locale: Locale;
  /** Language the draft is written in, if it has words (the page sets its lang, which picks the CJK glyphs). */
  draftLocale?: Locale;
  findings: PlacedFinding[];
  outline: OutlineEntry[];
  rules: RuleInfo[];
  /** Time spent in the engine (and the .docx reader), in milliseconds. */
  elapsedMs: number;
}

export type LintResponse =
  | LintResult
  | { kind: 'fixed'; text: string; rounds: number; applied: number }
  | { kind: 'annotated'; bytes: Uint8Array; comments: number }
  | { kind: 'error'; message: string; unreadable?: boolean };

export interface Envelope<T> {
  id: number;
  body: T;
}

export type { Finding, Locale, Severity, TextFormat };
