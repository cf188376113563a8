// What a rule is and what it may do: read the model, report findings with optional fixes.
//
// A rule declares its scope. A `paragraph` (or `line`) rule's checkParagraph (checkLine) reads one paragraph (line)
// alone: its findings and what it returns are kept per paragraph and reused, placed again, while the paragraph is
// unchanged (an edit re-checks only the paragraphs it touched). A rule that also needs the whole document has a
// `check` too, which reads the model and what the local parts returned (`context.locals`); a `document` rule has
// only `check`.

import type { Breakdown } from './model/breakdowns';
import type { DateMention } from './model/dates';
import type { ReportDocument } from './model/document';
import type { Line } from './model/lines';
import type { Figure } from './model/numbers';
import type { Paragraph } from './model/paragraphs';
import type { RateClaim } from './model/rate-claims';
import type { AmountChange } from './model/amount-changes';
import type { CompiledOptions } from './options';
import type { Message, Range, RuleMeta, RuleOptionSpec, Severity, TextEdit } from './types';

export type MessageData = Record<string, string | number>;

export interface Report {
  /** Key into the rule's `messages`. */
  message: string;
  data?: MessageData;
  range: Range;
  /**
   * This finding's own level when it differs from the rule's default (date-validity: an impossible date is an
   * error, a reversed span a warning; percent-point: a certain error in a rule that warns). Used only while the
   * user has not set the rule's severity.
   */
  severity?: Severity;
  fix?: { title: string; data?: MessageData; edits: TextEdit[] };
  related?: { range: Range; message: string; data?: MessageData }[];
}

/** The model's readers of one paragraph (what a paragraph check may read besides the paragraph's own text). */
export interface ParagraphReaders {
  /** The lines of the document: a paragraph check reads only its own (firstLine to lastLine). */
  readonly lines: readonly Line[];
  figuresIn(paragraph: Paragraph): readonly Figure[];
  percentsIn(paragraph: Paragraph): readonly Figure[];
  pointChangesIn(paragraph: Paragraph): readonly Figure[];
  rateClaimsIn(paragraph: Paragraph): readonly RateClaim[];
  amountChangesIn(paragraph: Paragraph): readonly AmountChange[];
  breakdownsIn(paragraph: Paragraph): readonly Breakdown[];
  datesIn(paragraph: Paragraph): readonly DateMention[];
}

/** What a paragraph's or a line's check may use: the rule's options, what `prepare` read, and report. */
export interface UnitContext<Prepared = unknown> {
  /** The model's readers of one paragraph: figures, percentages, rate claims, breakdowns, dates. */
  readonly model: ParagraphReaders;
  readonly options: CompiledOptions;
  /** This rule's options: the user's valid values over the defaults declared in `meta.options`. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The document facts `prepare` computed for this lint (part of the cache key through `contextKey`). */
  readonly prepared: Prepared;
  report(report: Report): void;
  /** A message in the writer's language, for text that goes into another message's data. */
  localize(message: Message, data?: MessageData): string;
}

/** A value a paragraph's or line's check returned, with its unit. */
export interface LocalResult<Local, Unit = Paragraph | Line> {
  unit: Unit;
  value: Local;
}

export interface RuleContext<Local = unknown, Prepared = unknown> extends UnitContext<Prepared> {
  readonly doc: ReportDocument;
  /** What checkParagraph / checkLine returned, in document order (units that returned nothing are left out). */
  readonly locals: readonly LocalResult<Local>[];
}

/** What `prepare` may read: the document and the options (no local results yet). */
export type PrepareContext = Omit<RuleContext, 'locals' | 'prepared'>;

/** A cache key: compared with ===. */
export type ContextKey = string | number | boolean | undefined;

export interface Rule<Local = unknown, Prepared = unknown> {
  meta: RuleMeta & {
    /** Every message the rule can give, in both languages; `{name}` is filled from the report's data. */
    messages: Record<string, Message>;
    /** Options the rule reads from `context.config`, with their defaults (documented and validated from here). */
    options?: Record<string, RuleOptionSpec>;
  };
  /**
   * `paragraph`: checkParagraph reads one paragraph alone — its text, segments, lines, atHeading, garbled,
   * tableHeader, the model's readers of it (doc.figuresIn…), never its section, part or position, nor another
   * paragraph (what it needs of those goes through `prepare` and `contextKey`); what it reports and returns is
   * kept, with positions relative to the paragraph, until the paragraph changes. `line`: the same for checkLine and
   * one line (text, prose, kind, damage). `document` (default): `check` alone.
   */
  scope?: 'paragraph' | 'line' | 'document';
  /** Document facts the local checks read, computed once per lint before them (cheap: reads the model's summaries). */
  prepare?(context: PrepareContext): Prepared;
  /**
   * The part of `prepared` (or of the unit's neighbours) that this unit's check reads: the unit's cached result is
   * reused only while this stays the same. Default: nothing beyond the unit itself.
   */
  contextKey?(unit: Paragraph | Line, prepared: Prepared, doc: ReportDocument, index: number): ContextKey;
  /**
   * The units whose context key may differ from the one they had under `last` (what `prepare` gave for the version
   * linted before): of the units both versions hold (the same objects), every one whose key may have changed — more is
   * allowed, none may be missing — or `all`. Without it (or with `all`) every unit's key is read on every lint; with it,
   * the units the edit left alone and this does not name keep their results without their keys being read.
   */
  keyChanges?(prepared: Prepared, last: Prepared): 'all' | Iterable<Paragraph | Line>;
  checkParagraph?(paragraph: Paragraph, context: UnitContext<Prepared>): Local | void;
  checkLine?(line: Line, context: UnitContext<Prepared>): Local | void;
  /** The document-level part: reads the model and `context.locals`. */
  check?(context: RuleContext<Local, Prepared>): void;
  /**
   * Everything `check` reads of one paragraph (its text, its lines, what the model read from it, the markers on its
   * lines), summed up as a string: the same string for two versions of a paragraph means `check` reads them alike. With
   * it, a lint after an edit that left the outline as it was (the same object: kept, or moved with the lines by a line
   * break or a join), and with `prepare` every context key (`keyChanges` gives none), and changed only paragraphs whose
   * summaries are what they were (the same section, part, header, and the same lines — or, when lines were added or
   * removed, as many paragraphs with the same gaps between them and no marker on their lines) keeps what `check`
   * reported last time instead of running it, moved with the lines (run-rules.ts). A summary names no line by its
   * number (a paragraph after a line break reads the same as before it). The
   * summary may read only the paragraph, its own lines in `lines` (the lines of the version it is of: the last
   * version's paragraphs are asked too, with the last version's lines) and the model's readers of it (doc.figuresIn…).
   * A paragraph `check` does not read at all may give ''; undefined: `check` reads more of it than a summary says (an
   * edit of it runs `check` again).
   */
  checkSummary?(paragraph: Paragraph, lines: readonly Line[], doc: ReportDocument): string | undefined;
  /**
   * The fields of a report's data that are line numbers as the writer counts them (from 1: 第{line}行, on line {line}).
   * A finding kept across an edit that added or removed lines above that line has its messages made again with the line
   * moved (run-rules.ts); a rule whose messages name a line and that has a checkSummary must list the fields here.
   */
  lineData?: readonly string[];
}

/** For keyChanges: the members of one set and not the other (a unit whose membership, and so whose key, changed). */
export function changedMembers<T>(now: ReadonlySet<T>, last: ReadonlySet<T>, into: T[] = []): T[] {
  for (const x of now) if (!last.has(x)) into.push(x);
  for (const x of last) if (!now.has(x)) into.push(x);
  return into;
}
