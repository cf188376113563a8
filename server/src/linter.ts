// The seam between the LSP wiring and the engine: the server asks a Linter for a version's findings and never
// calls lintDetailed itself. The default lints in this thread; a worker-backed or incremental linter (issue 10)
// implements the same interface.

import { lintDetailed, type LintOptions, type LintResult, type ReportDocument } from './engine';

export interface LintRequest {
  uri: string;
  version: number;
  text: string;
  options: LintOptions;
  /** The model the server already parsed for this version (an in-thread linter reuses it). */
  model?: ReportDocument;
}

export interface Linter {
  lint(request: LintRequest): Promise<LintResult>;
}

export const inThreadLinter: Linter = {
  lint: async ({ text, options, model }) => lintDetailed(text, options, model),
};
