// Findings → LSP diagnostics. The fix of each finding is recorded with the diagnostics of one document version
// (see DocumentState), so code actions are a lookup rather than a second lint, and never apply to another version.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { rules, type Finding, type Fix, type Locale } from './engine';
import type { LazyFixRef } from './lazy-fixes';

/** Every diagnostic's `source` starts with this; the rule's short name follows it (report-lint · 编号连续). */
export const SOURCE = 'report-lint';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const NAMES = new Map(rules.map((r) => [r.meta.id, r.meta.name]));

export interface RecordedFix {
  ruleId: string;
  fix: Fix;
  /** A fix sent without its edits (lazy-fixes.ts): where to ask for them. */
  lazy?: LazyFixRef;
}

/**
 * Carried by each diagnostic: the rule (code actions read it), and the version the diagnostic was made for; a finding
 * that stays the same over later versions keeps the diagnostic made then (DiagnosticsDelivery.publish).
 */
export interface DiagnosticData {
  ruleId: string;
  version: number;
}

export function isOwnDiagnostic(d: Pick<Diagnostic, 'source'>): boolean {
  return typeof d.source === 'string' && d.source.startsWith(SOURCE);
}

export function ruleOf(d: Pick<Diagnostic, 'code' | 'data'>): string {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return typeof data?.ruleId === 'string' ? data.ruleId : String(d.code);
}

/** The rule's short name in the document's language (编号连续 / Numbering sequence), or its id. */
export function ruleName(ruleId: string, locale: Locale): string {
  const name = NAMES.get(ruleId);
  return name ? (locale === 'zh-cn' ? name.zh : name.en) : ruleId;
}

export function diagnosticKey(d: Pick<Diagnostic, 'range' | 'code' | 'message'>): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}|${String(d.code)}|${d.message}`;
}

/** The rule's page: English, or the Chinese page for Chinese messages. */
export function ruleDocUri(docsBase: string, ruleId: string, locale: Locale): string {
  return `${docsBase}/${ruleId}${locale === 'zh-cn' ? '.zh-cn' : ''}.md`;
}

export interface DiagnosticContext {
  uri: string;
  version: number;
  locale: Locale;
  docsBase: string;
  withRelated: boolean;
}

export function toDiagnostic(finding: Finding, context: DiagnosticContext): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, version: context.version };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocUri(context.docsBase, finding.ruleId, context.locale) },
    source: `${SOURCE} · ${ruleName(finding.ruleId, context.locale)}`,
    message: finding.message,
    data,
  };
  if (context.withRelated && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri: context.uri, range: r.range }, message: r.message }),
    );
  }
  return diagnostic;
}
