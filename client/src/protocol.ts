// The server's names the client uses (server/src/protocol.ts is the original; a unit test keeps them in step).

export const COMMANDS = {
  applyAllFixes: 'reportLint.server.applyAllFixes',
  ignore: 'reportLint.server.ignore',
  showRuleDoc: 'reportLint.server.showRuleDoc',
  renumber: 'reportLint.server.renumber',
} as const;

export const WORD_TEXT_SCHEME = 'report-lint-docx';

export const RULE_LINK_SCHEME = 'rule';

export const STATUS_NOTIFICATION = 'reportLint/status';
/** A configuration file's problem ({ uri, message }), or its end (message null): config-problems.ts. */
export const CONFIG_PROBLEM_NOTIFICATION = 'reportLint/configProblem';
/** Sent as the lint of a long draft starts: the status bar says it is checking until that version's status comes. */
export const CHECKING_NOTIFICATION = 'reportLint/checking';
export interface CheckingStatus {
  uri: string;
  version: number;
  locale: Locale;
}
export const STATISTICS_REQUEST = 'reportLint/statistics';
export const FINDINGS_REQUEST = 'reportLint/findings';

export type Locale = 'zh-cn' | 'en';

/** The engine's limit of findings per rule (MAX_FINDINGS_PER_RULE in server/src/engine/run-rules.ts). */
export const MAX_FINDINGS_PER_RULE = 1000;

/** What the server sends after each lint of a document (or `checked: false` when it no longer checks it). */
export type DocumentStatus =
  /** `label` and `why` (its tooltip): the draft was refused for its size or content, which the status bar shows. */
  | { uri: string; checked: false; label?: string; why?: string }
  /** `total`: set when the per-rule limit dropped findings, how many the lint found (the others are the ones shown). */
  | { uri: string; checked: true; version: number; locale: Locale; count: number; sections: number; errors: number; warnings: number; others: number; total?: number };

export interface DraftStatistics {
  locale: Locale;
  count: number;
  sections: { line: number; title: string; depth: number; count: number }[];
}

/** What the findings request answers (the engine's findings; only what the Word copy needs is typed here). */
export interface DocumentFindings {
  locale: Locale;
  findings: { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

/** What the server's fix-all command answers: how many problems its edit fixed (0: nothing left to fix). */
export interface FixAllResult {
  fixed: number;
  locale?: Locale;
}

/** What the server's renumber command answers: how many numbers changed, the references it rewrote with them
 *  (updated) and the ones left for the writer to check. */
export interface RenumberResult {
  edits: number;
  references: { range: { start: { line: number; character: number } }; text: string; from: number; to: number; updated?: true }[];
}
