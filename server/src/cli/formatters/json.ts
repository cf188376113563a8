// `--format json`: exactly one JSON array, one entry per file, LSP positions (0-based lines, UTF-16 columns).
// The shape is stable; fields are only ever added.

import type { FileReport } from '../lint-file';

export function json(reports: FileReport[]): string {
  const entries = reports.map(({ file, findings, encoding, fixed }) => ({
    file,
    ...(encoding ? { encoding } : {}),
    ...(fixed ? { fixed } : {}),
    diagnostics: findings.map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message, range: f.range, ...(f.word ? { word: f.word } : {}), ...(f.fix ? { fixable: true } : {}) })),
  }));
  return JSON.stringify(entries, null, 2) + '\n';
}
