// What a rule is and what it may do: read the model, report findings with optional fixes.

import type { ReportDocument } from './model/document';
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

export interface RuleContext {
  readonly doc: ReportDocument;
  readonly options: CompiledOptions;
  /** This rule's options: the user's valid values over the defaults declared in `meta.options`. */
  readonly config: Readonly<Record<string, unknown>>;
  report(report: Report): void;
  /** A message in the writer's language, for text that goes into another message's data. */
  localize(message: Message, data?: MessageData): string;
}

export interface Rule {
  meta: RuleMeta & {
    /** Every message the rule can give, in both languages; `{name}` is filled from the report's data. */
    messages: Record<string, Message>;
    /** Options the rule reads from `context.config`, with their defaults (documented and validated from here). */
    options?: Record<string, RuleOptionSpec>;
  };
  check(context: RuleContext): void;
}
