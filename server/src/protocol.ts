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

/** Server → client after each lint: counts for the status bar. */
export const STATUS_NOTIFICATION = 'reportLint/status';
/** Client → server: per-section counts for "Draft statistics". */
export const STATISTICS_REQUEST = 'reportLint/statistics';
