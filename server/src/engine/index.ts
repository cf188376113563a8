// The engine's entry point: lint(text, options) → findings. No editor or file-system dependency.

import { mergeFixesOnMarkers } from './fixes';
import { detectLocale } from './i18n';
import { parseDocument, type ReportDocument } from './model/document';
import { applyFixes } from './fixes';
import { compileOptions, type RuleOptionSpecs } from './options';
import { rules } from './rules';
import { dropInsideDeletions } from './deleted-text';
import { runRules, type RuleCache } from './run-rules';
import { suppress } from './suppress';
import type { Finding, LintOptions, OptionProblem, Range, RuleMeta } from './types';

export * from './types';
export { parseDocument, ReportDocument } from './model/document';
export type { Section, Outline } from './model/outline';
export { levelOrderText } from './model/outline';
export type { Marker } from './model/markers';
export { formatMarker } from './model/format-marker';
export { resolveLocale, formatMessage, detectLocale } from './i18n';
export { rules } from './rules';
export { applyEdits, applyFixes, compatibleEdits } from './fixes';
export { renumberEdits, renumberPlan, type LineSpan, type Renumbered } from './renumber';
export { countText, draftStatistics, type DraftStatistics, type SectionStatistics, type TextCount } from './statistics';
export * from './config';

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

export { MAX_FINDINGS_PER_RULE } from './run-rules';

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDetailed(text, options).findings;
}

export function lintDetailed(text: string, options: LintOptions = {}, document?: ReportDocument, cache?: RuleCache): LintResult {
  const compiled = compileOptions(options, ruleOptionSpecs);
  const doc = document ?? parseDocument(text, compiled.format);
  if (options.locale === 'auto') compiled.locale = detectLocale(doc.lines) ?? 'en';
  const { findings, errors, truncated } = runRules(rules, doc, compiled, cache);
  const kept = suppress(dropInsideDeletions(findings), doc, compiled.suppressions);
  mergeFixesOnMarkers(kept, doc.markers, compiled.locale);
  kept.sort(compareFindings);
  return { findings: kept, problems: compiled.problems, errors, truncated, document: doc };
}

/** Fix rounds before a fix-all pass gives up: a round applies every fix that does not collide with another. */
export const MAX_FIX_ROUNDS = 10;

/**
 * A fix-all pass: applies every compatible fix, re-lints, and repeats until nothing fixable is left (or
 * MAX_FIX_ROUNDS), so that fixes that touch the same text (a furniture sentence around a pinyin annotation) are all
 * applied. Most drafts need one round. `applied` counts the findings the fixes made go away (at least one when the
 * text changed). The one home for the editor's fix-all, the CLI's --fix and the tests.
 */
export function fixAll(original: string, options: LintOptions, findings = lintDetailed(original, options).findings): { text: string; findings: Finding[]; applied: number; rounds: number } {
  let text = original;
  let current = findings;
  let rounds = 0;
  for (; rounds < MAX_FIX_ROUNDS && current.some((f) => f.fix); rounds++) {
    const next = applyFixes(text, current);
    if (next.applied === 0 || next.text === text) break;
    text = next.text;
    current = lintDetailed(text, options).findings;
  }
  const applied = text === original ? 0 : Math.max(1, findings.length - current.length);
  return { text, findings: current, applied, rounds };
}

export function ruleMetadata(): RuleMeta[] {
  return rules.map(({ meta: { id, name, description, defaultSeverity, fixable, category } }) => ({ id, name, description, defaultSeverity, fixable, category }));
}

export function compareFindings(a: Finding, b: Finding): number {
  return comparePositions(a.range, b.range) || a.ruleId.localeCompare(b.ruleId);
}

function comparePositions(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}
