// Suppressions kept outside the draft ("ignore here" for plain-text drafts, whose text must not carry comments
// that end up pasted into Word): a rule turned off for one flagged text, or for the whole file.
// The configuration file decides where they are stored; this is only what they mean.

import type { Finding } from './types';

export interface Suppression {
  rule: string;
  /** The flagged text exactly as written; absent: the rule is off in the whole file. */
  text?: string;
}

/** The findings no suppression names. `flagged(f)` gives the text a finding covers. */
export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[], flagged: (finding: Finding) => string): Finding[] {
  if (suppressions.length === 0) return findings;
  const wholeFile = new Set(suppressions.filter((s) => s.text === undefined).map((s) => s.rule));
  const texts = new Set(suppressions.filter((s) => s.text !== undefined).map((s) => `${s.rule}\n${s.text}`));
  return findings.filter((f) => !wholeFile.has(f.ruleId) && !texts.has(`${f.ruleId}\n${flagged(f)}`));
}
