// Findings → LSP diagnostics. The fix of each finding is recorded when diagnostics are computed, keyed by
// the diagnostic, so code actions are a lookup rather than a second lint.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Fix } from './engine';

export const SOURCE = 'report-lint';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface RecordedFix {
  ruleId: string;
  fix: Fix;
}

export function diagnosticKey(d: Pick<Diagnostic, 'range' | 'code' | 'message'>): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}|${String(d.code)}|${d.message}`;
}

export function toDiagnostic(finding: Finding, uri: string, docsBase: string, withRelated: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${docsBase}/${finding.ruleId}.md` },
    source: SOURCE,
    message: finding.message,
  };
  if (withRelated && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri, range: r.range }, message: r.message }),
    );
  }
  return diagnostic;
}

/** Per document: the fixes of its current diagnostics. */
export class FixStore {
  private readonly byUri = new Map<string, { version: number; fixes: Map<string, RecordedFix> }>();

  record(uri: string, version: number, pairs: { diagnostic: Diagnostic; finding: Finding }[]): void {
    const fixes = new Map<string, RecordedFix>();
    for (const { diagnostic, finding } of pairs) {
      if (finding.fix) fixes.set(diagnosticKey(diagnostic), { ruleId: finding.ruleId, fix: finding.fix });
    }
    this.byUri.set(uri, { version, fixes });
  }

  get(uri: string, diagnostic: Diagnostic): RecordedFix | undefined {
    return this.byUri.get(uri)?.fixes.get(diagnosticKey(diagnostic));
  }

  all(uri: string): { version: number; fixes: RecordedFix[] } | undefined {
    const entry = this.byUri.get(uri);
    return entry && { version: entry.version, fixes: [...entry.fixes.values()] };
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
