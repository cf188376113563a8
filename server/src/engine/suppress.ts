// Findings the writer has asked not to see: inline `report-lint-disable…` comments, and the `suppressions`
// of a configuration file (for plain-text drafts, where a comment would end up pasted into Word). A
// suppression names the flagged text, not a line number, so it survives edits above it.

import type { ReportDocument } from './model/document';
import type { Directive } from './model/lines';
import type { Finding, Suppression } from './types';

/** Drops the findings that a disable comment or a suppression covers. */
export function suppress(findings: Finding[], doc: ReportDocument, suppressions: readonly Suppression[] = []): Finding[] {
  let kept = findings;
  if (doc.directives.length > 0) kept = applyDirectives(kept, doc.directives);
  if (suppressions.length > 0) kept = kept.filter((f) => !suppressions.some((s) => covers(s, f, doc)));
  return kept;
}

function applyDirectives(findings: Finding[], directives: Directive[]): Finding[] {
  const names = (d: Directive, id: string) => d.rules.length === 0 || d.rules.includes(id);
  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.line - b.line);
  const lineRules = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const list = lineRules.get(d.line) ?? [];
      list.push(d);
      lineRules.set(d.line, list);
    }
  }
  return findings.filter((f) => {
    if (fileWide.some((d) => names(d, f.ruleId))) return false;
    const line = f.range.start.line;
    if (lineRules.get(line)?.some((d) => names(d, f.ruleId))) return false;
    let disabled = false;
    for (const d of regions) {
      if (d.line > line) break;
      if (names(d, f.ruleId)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}

/**
 * A suppression covers a finding of its rule whose flagged text is exactly its `text`; with a `context`, only
 * where that longer excerpt of the line surrounds the flagged text (the same text elsewhere is still reported).
 * Without a `text`, it covers every finding of its rule.
 */
function covers(s: Suppression, f: Finding, doc: ReportDocument): boolean {
  if (s.rule !== f.ruleId) return false;
  if (s.text === undefined) return true;
  const { start, end } = f.range;
  const line = doc.lines[start.line];
  if (!line) return false;
  const flagged = start.line === end.line ? line.text.slice(start.character, end.character) : flaggedAcrossLines(doc, f);
  if (flagged !== s.text) return false;
  if (s.context === undefined || s.context === '') return true;
  for (let at = line.text.indexOf(s.context); at >= 0; at = line.text.indexOf(s.context, at + 1)) {
    if (at <= start.character && (start.line !== end.line || end.character <= at + s.context.length)) return true;
  }
  return false;
}

function flaggedAcrossLines(doc: ReportDocument, f: Finding): string {
  const { start, end } = f.range;
  const first = doc.lines[start.line];
  const last = doc.lines[end.line];
  if (!first || !last) return '';
  return doc.text.slice(first.offset + start.character, last.offset + end.character);
}
