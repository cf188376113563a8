// Lints one document version after version: the model re-reads only what an edit touched (model/incremental.ts),
// and the rules' local parts are re-run only on the paragraphs and lines that changed (run-rules.ts). The findings
// are those lint() gives for the same text; the property tests check it after random edits.

import { compileOptions, type CompiledOptions } from './options';
import { lintDocument, ruleOptionSpecs, type LintResult } from './lint';
import type { ReportDocument } from './model/document';
import { IncrementalModel, type TextChange } from './model/incremental';
import { RuleCache } from './run-rules';
import type { LintOptions, Position } from './types';

export class IncrementalLinter {
  private readonly model: IncrementalModel;
  private readonly options: CompiledOptions;
  private readonly autoLocale: boolean;
  private readonly cache = new RuleCache();
  /** The text of the latest version when it came whole (after edits it is joined from the lines when asked for). */
  private lastText?: string;

  /** Options are fixed for the linter's life: other options, another linter (a full lint). */
  constructor(options: LintOptions = {}) {
    this.options = compileOptions(options, ruleOptionSpecs);
    this.autoLocale = options.locale === 'auto';
    this.model = new IncrementalModel(this.options.format);
  }

  /**
   * Lints the text: a whole new text (compared with the last one: only the span between their common start and end is
   * read again), or edits to the last one, in order, as LSP sends them.
   */
  update(input: string | { changes: readonly TextChange[] }): LintResult {
    let doc: ReportDocument;
    if (typeof input === 'string') {
      const before = this.lastText ?? (this.hasText ? this.model.text() : undefined);
      doc = before === undefined ? this.model.setText(input) : this.model.apply([changeBetween(before, input, (offset) => this.model.positionAt(offset))]);
      this.lastText = input;
    } else {
      doc = this.model.apply(input.changes);
      this.lastText = undefined;
    }
    this.hasText = true;
    return lintDocument(doc, this.options, this.autoLocale, this.cache);
  }

  private hasText = false;

  /** The model of the latest version (valid until the next update). */
  get document(): ReportDocument {
    return this.model.document;
  }

  text(): string {
    return this.lastText ?? this.model.text();
  }
}

/** Characters compared at once while looking for where two versions differ. */
const BLOCK = 4096;

/**
 * The one change that turns `before` into `after`: the span between their common start and their common end. A line
 * break \r\n is never split (a position between its two characters is not one LSP can name).
 */
export function changeBetween(before: string, after: string, positionAt: (offset: number) => Position): TextChange {
  const max = Math.min(before.length, after.length);
  // Whole blocks first (a comparison of two slices runs natively), then character by character in the block that differs.
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const sameEnd = (n: number) => before.slice(before.length - n, before.length - tail) === after.slice(after.length - n, after.length - tail);
  while (tail + BLOCK <= max - start && sameEnd(tail + BLOCK)) tail += BLOCK;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (start > 0 && before.charCodeAt(start - 1) === 13 && before.charCodeAt(start) === 10) start--;
  let end = before.length - tail;
  if (end > start && end < before.length && before.charCodeAt(end - 1) === 13 && before.charCodeAt(end) === 10) {
    end++;
    tail--;
  }
  // The start may have moved back onto a \r the end had taken as common: the end never comes before the start.
  if (end < start) {
    tail -= start - end;
    end = start;
  }
  return { range: { start: positionAt(start), end: positionAt(end) }, text: after.slice(start, after.length - tail) };
}
