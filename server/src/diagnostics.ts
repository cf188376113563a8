// Findings → LSP diagnostics. The fix of each finding is recorded with the diagnostics of one document version
// (see DocumentState), so code actions are a lookup rather than a second lint, and never apply to another version.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { rules, type Finding, type Fix, type Locale } from './engine';
import type { LazyFixRef } from './lazy-fixes';
import { RULE_LINK_SCHEME } from './protocol';

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
 * What a diagnostic carried as `data` before: its rule, which is its `code` too (ruleOf reads either, for a diagnostic an
 * editor kept from an older server). Diagnostics carry no `data` now: 70 KB of the 3 MB draft's 600 KB set.
 */
export interface DiagnosticData {
  ruleId: string;
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
  locale: Locale;
  docsBase: string;
  withRelated: boolean;
  /** The client expands short rule links (RULE_LINK_SCHEME) into its own docs' addresses. */
  shortLinks?: boolean;
}

/**
 * A rule link the client expands (ClientOptions.ruleLinks 'short'): `rule:<rule id>`, `.zh-cn` for the Chinese page. The
 * doc's full address on every diagnostic was a third of the bytes of each set sent (200 of 600 KB on the 3 MB draft).
 */
export function shortRuleLink(ruleId: string, locale: Locale): string {
  return `${RULE_LINK_SCHEME}:${ruleId}${locale === 'zh-cn' ? '.zh-cn' : ''}`;
}

/** What every diagnostic of one rule carries alike in a context: made once, shared by all of them. */
interface RuleParts {
  codeDescription: { href: string };
  source: string;
}

/**
 * Makes the diagnostics of one context (document, language, docs, client): each rule's link and source are made once
 * and shared, not a string of each per diagnostic made.
 */
export class DiagnosticMaker {
  private readonly parts = new Map<string, RuleParts>();

  constructor(private readonly context: DiagnosticContext) {}

  make(finding: Finding): Diagnostic {
    const { context } = this;
    let parts = this.parts.get(finding.ruleId);
    if (!parts) {
      const href = context.shortLinks ? shortRuleLink(finding.ruleId, context.locale) : ruleDocUri(context.docsBase, finding.ruleId, context.locale);
      this.parts.set(finding.ruleId, (parts = { codeDescription: { href }, source: `${SOURCE} · ${ruleName(finding.ruleId, context.locale)}` }));
    }
    const diagnostic: Diagnostic = {
      range: finding.range,
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      codeDescription: parts.codeDescription,
      source: parts.source,
      message: finding.message,
    };
    if (context.withRelated && finding.related?.length) {
      diagnostic.relatedInformation = finding.related.map(
        (r): DiagnosticRelatedInformation => ({ location: { uri: context.uri, range: r.range }, message: r.message }),
      );
    }
    return diagnostic;
  }
}

export function toDiagnostic(finding: Finding, context: DiagnosticContext): Diagnostic {
  return new DiagnosticMaker(context).make(finding);
}
