// How a lint's result reaches the client: pushed (publishDiagnostics, re-sent only when it changed) or answered to
// the client's pull (textDocument/diagnostic, "unchanged" when it is), with the fixes recorded for the version it was
// computed on and the status-bar counts; and the one diagnostic that says a lint did not finish.

import { DiagnosticSeverity, DocumentDiagnosticReportKind, type Connection, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { Locale } from './engine';
import { diagnosticKey, type RecordedFix } from './diagnostics';
import type { DocumentState, LintOutcome } from './document-store';
import { isLazyFix } from './lazy-fixes';
import { LintFailure, type LintReply } from './linter';
import { STATUS_NOTIFICATION, type DocumentStatus } from './statistics';
import { serverText } from './strings';

export interface DeliveryOptions {
  /** The client pulls diagnostics: they are answered, never pushed. */
  pulls: boolean;
  withRelated: boolean;
  docsBase: () => string;
  /** The client expands short rule links (diagnostics.ts, RULE_LINK_SCHEME). */
  shortLinks?: boolean;
}

export class DiagnosticsDelivery {
  constructor(
    private readonly connection: Connection,
    private readonly options: DeliveryOptions,
  ) {}

  /** Records the outcome of `version`, sends its diagnostics (when pushed) and the status-bar counts. */
  publish(state: DocumentState, version: number, locale: Locale, result: LintReply): void {
    const { findings } = result;
    const { docsBase, withRelated, shortLinks } = this.options;
    const context = { uri: state.uri, locale, docsBase: docsBase(), withRelated, shortLinks };
    // A finding the worker gave as the same as before is the same object: its diagnostic is the one made then.
    const { byFinding, maker } = state.madeDiagnostics(context);
    const diagnostics = findings.map((f) => {
      let d = byFinding.get(f);
      if (!d) byFinding.set(f, (d = maker.make(f)));
      return d;
    });
    // The fixes by diagnostic are looked up only when code actions are asked for: made then, once per version.
    let fixes: Map<string, RecordedFix> | undefined;
    const fixesOf = () => {
      if (fixes) return fixes;
      fixes = new Map<string, RecordedFix>();
      findings.forEach((f, i) => {
        if (!f.fix) return;
        const lazy = isLazyFix(f.fix) && result.seq !== undefined ? { seq: result.seq, index: i } : undefined;
        fixes!.set(diagnosticKey(diagnostics[i]), { ruleId: f.ruleId, fix: f.fix, ...(lazy ? { lazy } : {}) });
      });
      return fixes;
    };
    state.record({
      version,
      locale,
      findings,
      diagnostics,
      get fixes() {
        return fixesOf();
      },
    });
    state.failureDiagnostics = undefined;
    this.send(state, version, diagnostics);
    void this.connection.sendNotification(STATUS_NOTIFICATION, statusOf(state.uri, version, locale, result));
  }

  /** Pushes diagnostics that differ from those pushed last; a client that pulls gets them when it asks. */
  send(state: DocumentState, version: number, diagnostics: Diagnostic[]): void {
    if (this.options.pulls) return;
    if (!state.changedSincePublished(diagnostics)) return;
    void this.connection.sendDiagnostics({ uri: state.uri, version, diagnostics });
  }

  /** The answer to a pull: the outcome's diagnostics (or the failure's), "unchanged" when they are the ones sent last. */
  report(state: DocumentState, outcome: LintOutcome | undefined, previousResultId: string | undefined): DocumentDiagnosticReport {
    const diagnostics = outcome?.diagnostics ?? state.failureDiagnostics ?? [];
    const resultId = state.resultIdFor(diagnostics);
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  }

  /**
   * The lint did not finish (it ran past the watchdog, or the engine failed): the document's old diagnostics go, and
   * one says what happened, so that the writer is not left with findings for text that is no longer there.
   */
  failed(state: DocumentState, version: number, locale: Locale, error: unknown): void {
    const text = serverText(locale);
    const timeout = error instanceof LintFailure && error.kind === 'timeout';
    this.connection.console.error(`${timeout ? 'lint timed out' : 'lint failed'} on ${state.uri}: ${error instanceof Error ? error.message : String(error)}`);
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: 'report-lint',
      message: timeout ? text.lintTimedOut : text.lintFailed,
    };
    state.changed();
    state.failureDiagnostics = [diagnostic];
    this.send(state, version, [diagnostic]);
  }

  /**
   * The document is not checked (turned off, excluded, too large): no diagnostics. Refused for its size or content,
   * the status bar says so (`label`, with `why` as its tooltip): the window message about it is shown once, briefly.
   */
  unchecked(state: DocumentState, refused?: { label: string; why: string }): void {
    state.clear();
    this.send(state, 0, []);
    void this.connection.sendNotification(STATUS_NOTIFICATION, { uri: state.uri, checked: false, ...refused });
  }
}

function statusOf(uri: string, version: number, locale: Locale, { findings, summary, dropped }: LintReply): DocumentStatus {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return {
    uri,
    checked: true,
    version,
    locale,
    count: locale === 'zh-cn' ? summary.characters : summary.words,
    sections: summary.sections,
    errors,
    warnings,
    others: findings.length - errors - warnings,
    ...(dropped ? { total: findings.length + dropped } : {}),
  };
}
