// The engine's entry point: lint(text, options) → findings. No editor or file-system dependency.

import { applyFixes } from './fixes';
import { lintDetailed } from './lint';
import { rules } from './rules';
import type { Finding, LintOptions, RuleMeta } from './types';

export * from './types';
export { parseDocument, ReportDocument } from './model/document';
export type { Section, Outline } from './model/outline';
export { levelOrderText } from './model/outline';
export type { Marker } from './model/markers';
export { formatMarker } from './model/format-marker';
export { resolveLocale, formatMessage, formatBoth, inLocale, detectLocale } from './i18n';
export { rules } from './rules';
export { applyEdits, applyFixes, compatibleEdits } from './fixes';
export { renumberEdits, renumberPlan, type LineSpan, type Renumbered } from './renumber';
export { definitionAt, paragraphReferences, referenceAt, referenceLinks, referencesAt, sectionsNamed, sectionsQuoted, nearestSection, type QuotedMarker, type ReferenceLink, type ParagraphReferences } from './references';
export { countText, draftStatistics, type DraftStatistics, type SectionStatistics, type TextCount } from './statistics';
export * from './config';

export { MAX_FINDINGS_PER_RULE } from './run-rules';
export { IncrementalLinter } from './incremental';
export type { TextChange } from './model/incremental';
export { compareFindings, lint, lintDetailed, lintDocument, ruleIds, ruleOptionSpecs, type LintResult } from './lint';

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

