// Linting a text or a parsed document: the rules, then suppressions, merged fixes and document order.

import { dropInsideDeletions, dropRepeatsInCopies } from './deleted-text';
import { mergeFixesOnMarkers } from './fixes';
import { parseDocument, type ReportDocument } from './model/document';
import { compileOptions, type CompiledOptions, type RuleOptionSpecs } from './options';
import { rules } from './rules';
import { runRules, type RuleCache } from './run-rules';
import { suppress } from './suppress';
import type { Finding, LintOptions, OptionProblem, Range } from './types';

export const ruleIds: ReadonlySet<string> = new Set(rules.map((r) => r.meta.id));
/** Each rule's declared options, by rule id: what settings, configuration files and LintOptions are checked against. */
export const ruleOptionSpecs: RuleOptionSpecs = new Map(rules.map((r) => [r.meta.id, r.meta.options ?? {}]));

export interface LintResult {
  findings: Finding[];
  /** What is wrong with the options (the lint still ran with the valid parts). */
  problems: OptionProblem[];
  /** Rules that threw: a bug in the rule, reported so it can be fixed, never fatal to the others. */
  errors: { ruleId: string; error: unknown }[];
  /** Rules that hit the per-rule limit of findings (a file of junk, not a draft); the rest were dropped. */
  truncated: string[];
  document: ReportDocument;
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDetailed(text, options).findings;
}

export function lintDetailed(text: string, options: LintOptions = {}, document?: ReportDocument): LintResult {
  const compiled = compileOptions(options, ruleOptionSpecs);
  return lintDocument(document ?? parseDocument(text, compiled.format), compiled, options.locale === 'auto');
}

/**
 * Lints a parsed document with compiled options (`autoLocale`: messages in the draft's language). With a RuleCache
 * kept for one document, what the rules found in each unchanged paragraph and line is reused (IncrementalLinter).
 */
export function lintDocument(doc: ReportDocument, options: CompiledOptions, autoLocale: boolean, cache?: RuleCache): LintResult {
  const compiled = autoLocale ? { ...options, locale: doc.writtenIn ?? 'en' } : options;
  const { findings, errors, truncated } = runRules(rules, doc, compiled, cache);
  const kept = suppress(dropRepeatsInCopies(dropInsideDeletions(findings)), doc, compiled.suppressions);
  mergeFixesOnMarkers(kept, doc.markers, compiled.locale);
  kept.sort(compareFindings);
  return { findings: kept, problems: compiled.problems, errors, truncated, document: doc };
}

/**
 * Findings by position, then by rule id. The ids are ASCII ([a-z0-9-]), so their code units order them as
 * `localeCompare` did in the root and English collations — without the ICU collator it built at its first call
 * (5–12 ms of a CLI run whose draft has two findings at one place), and the same in every locale.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return comparePositions(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function comparePositions(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}
