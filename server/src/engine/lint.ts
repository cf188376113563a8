// Linting a text or a parsed document: the rules, then suppressions, merged fixes and document order.

import { dropInsideDeletions, dropRepeatsInCopies } from './deleted-text';
import { mergeFixesOnMarkers } from './fixes';
import { parseDocument, type ReportDocument } from './model/document';
import { compileOptions, type CompiledOptions, type RuleOptionSpecs } from './options';
import { rules } from './rules';
import { runRules, type RuleCache, type RuleRun } from './run-rules';
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
  /** How many findings the per-rule limit dropped (the editor says what it shows of how many). */
  dropped: number;
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
  return finishLint(runRules(rules, doc, compiled, cache), doc, compiled);
}

/**
 * What some of the rules (`ids`) found in a draft, before suppressions, merged fixes and order: one part of a lint whose
 * rules run in parts (each rule in one part), the parts put together by lintParts. Plain data but `document` (the
 * parsed draft, given or made here), so a part made elsewhere can be sent as it is; an error is kept as its text.
 */
export interface RulesPart {
  ids: string[];
  findings: Finding[];
  errors: { ruleId: string; error: unknown }[];
  truncated: string[];
  dropped?: number;
}

export function lintPart(text: string, options: LintOptions, ids: readonly string[], document?: ReportDocument): RulesPart & { document: ReportDocument } {
  const compiled = compileOptions(options, ruleOptionSpecs);
  const doc = document ?? parseDocument(text, compiled.format);
  const localized = options.locale === 'auto' ? { ...compiled, locale: doc.writtenIn ?? 'en' } : compiled;
  const only = new Set(ids);
  const run = runRules(rules.filter((r) => only.has(r.meta.id)), doc, localized);
  return { ids: [...ids], findings: run.findings, errors: run.errors.map((e) => ({ ruleId: e.ruleId, error: String(e.error) })), truncated: run.truncated, dropped: run.dropped ?? 0, document: doc };
}

/**
 * The lint of `document` (the draft `lintPart` parsed) from its parts: the same result as lintDetailed, given parts
 * that together name every rule once. The findings are put in the order one run of all the rules gives (rule by rule,
 * in the registry's order; each rule's in its own order) before the steps that read them all.
 */
export function lintParts(options: LintOptions, parts: readonly RulesPart[], document: ReportDocument): LintResult {
  const compiled = compileOptions(options, ruleOptionSpecs);
  const localized = options.locale === 'auto' ? { ...compiled, locale: document.writtenIn ?? 'en' } : compiled;
  const order = new Map(rules.map((r, i) => [r.meta.id, i]));
  const byRule: Finding[][] = rules.map(() => []);
  for (const part of parts) for (const f of part.findings) byRule[order.get(f.ruleId)!].push(f);
  const rank = (id: string) => order.get(id) ?? rules.length;
  const errors = parts.flatMap((p) => p.errors).sort((a, b) => rank(a.ruleId) - rank(b.ruleId));
  const truncated = parts.flatMap((p) => p.truncated).sort((a, b) => rank(a) - rank(b));
  const dropped = parts.reduce((sum, p) => sum + (p.dropped ?? 0), 0);
  return finishLint({ findings: byRule.flat(), errors, truncated, dropped }, document, localized);
}

/** Suppressions, findings in deleted text or repeated copies dropped, fixes on markers merged, document order. */
function finishLint({ findings, errors, truncated, dropped = 0 }: RuleRun, doc: ReportDocument, compiled: CompiledOptions): LintResult {
  const kept = suppress(dropRepeatsInCopies(dropInsideDeletions(findings)), doc, compiled.suppressions);
  mergeFixesOnMarkers(kept, doc.markers, compiled.locale);
  kept.sort(compareFindings);
  return { findings: kept, problems: compiled.problems, errors, truncated, dropped, document: doc };
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
