// Names shared by the server and the VS Code client (client/src/protocol.ts repeats them; a unit test keeps the
// two in step): commands the server executes, its notifications and requests beyond LSP.

/** Server-side commands (workspace/executeCommand). */
export const COMMANDS = {
  applyAllFixes: 'reportLint.server.applyAllFixes',
  /** [{uri, rule, text?}]: keep an "ignore here" (or, without text, "off in this file") outside the draft. */
  ignore: 'reportLint.server.ignore',
  /** [href]: for clients without a command of their own, asks the client to show a rule's doc. */
  showRuleDoc: 'reportLint.server.showRuleDoc',
  /** [uri, range?]: renumbers the sections of the document or of the lines in the range, as one edit. */
  renumber: 'reportLint.server.renumber',
} as const;

export const FIX_ALL_KIND = 'source.fixAll.reportLint';

/**
 * The scheme of the text of a Word document as the VS Code client shows it: `report-lint-docx:/dir/名.docx.report?<the
 * .docx's URI>`. Its configuration is that of the .docx.
 */
export const WORD_TEXT_SCHEME = 'report-lint-docx';

/**
 * A short rule link (the client's initialization option `ruleLinks: 'short'`): `rule:<rule id>`, `rule:<rule id>.zh-cn`
 * for the Chinese page; the client makes it the address of that page in its own docs (`<docs>/<path>.md`).
 */
export const RULE_LINK_SCHEME = 'rule';

/** Server → client after each lint: counts for the status bar. */
export const STATUS_NOTIFICATION = 'reportLint/status';
/**
 * Server → client ({ uri, message }, message null when cleared): a configuration file's problem, for a client that
 * asked for it (configProblemsNotified) to show until the file is read again.
 */
export const CONFIG_PROBLEM_NOTIFICATION = 'reportLint/configProblem';
/** Server → client as the lint of a long draft starts ({ uri, version, locale }): the status bar says it is checking. */
export const CHECKING_NOTIFICATION = 'reportLint/checking';
/** Client → server: per-section counts for "Draft statistics". */
export const STATISTICS_REQUEST = 'reportLint/statistics';
/**
 * Client → server: `{uri}` → `{locale, findings}` of the document's current version (null when it is not checked),
 * what its diagnostics show: the Word copy with comments is written from them.
 */
export const FINDINGS_REQUEST = 'reportLint/findings';
