// The page's engine side: answers a LintRequest with findings placed as offsets, the outline, and the rules'
// names. Runs in the lint worker; no DOM, no Node.

import { annotateDocx, describeWordPoint, DocxError, readDocx, wordRange } from '../../server/src/docx';
import { applyFixes, detectLocale, lintDetailed, parseDocument, ruleMetadata, type Finding, type Locale, type LintResult as EngineResult, type ReportDocument, type TextFormat } from '../../server/src/engine';
import { lineStarts, offsetAt } from '../../server/src/engine/fixes';
import type { LintRequest, LintResponse, LintResult, LocaleRequest, OutlineEntry, PlacedFinding, RuleInfo } from './protocol';

/** Fix-all stops after this many rounds (each round re-lints; a fix never undoes another, so this is ample). */
const MAX_FIX_ROUNDS = 8;

const RULES: RuleInfo[] = ruleMetadata().map(({ id, name, description, defaultSeverity, fixable }) => ({ id, name, description, defaultSeverity, fixable }));

export function handle(request: LintRequest): LintResponse {
  try {
    switch (request.kind) {
      case 'text':
        return lintText(request.text, request.format, request);
      case 'fix-all':
        return fixAll(request.text, request.format, request);
      case 'docx':
        return lintWord(request.bytes, request);
      case 'annotate':
        return annotate(request.bytes, request);
    }
  } catch (error) {
    const unreadable = error instanceof DocxError;
    return { kind: 'error', message: unreadable ? error.message : String((error as Error)?.stack ?? error), unreadable };
  }
}

/** The document, and the language to answer in: `auto` is the draft's language (its prose), else the browser's. */
function parsed(text: string, format: TextFormat, { locale, fallback }: LocaleRequest) {
  const doc = parseDocument(text, format);
  const written = detectLocale(doc.lines);
  return { doc, written, locale: locale === 'auto' ? written ?? fallback : locale };
}

function lintText(text: string, format: TextFormat, request: LocaleRequest): LintResult {
  const started = now();
  const { doc, written, locale } = parsed(text, format, request);
  const result = lintDetailed(text, { locale, format }, doc);
  return placed(text, format, locale, written, result, now() - started);
}

function fixAll(text: string, format: TextFormat, { locale }: LocaleRequest): LintResponse {
  let current = text;
  let applied = 0;
  let rounds = 0;
  while (rounds < MAX_FIX_ROUNDS) {
    const round = applyFixes(current, lintDetailed(current, { locale, format }).findings);
    if (round.applied === 0) break;
    current = round.text;
    applied += round.applied;
    rounds++;
  }
  return { kind: 'fixed', text: current, rounds, applied };
}

function lintWord(bytes: Uint8Array, request: LocaleRequest): LintResult {
  const started = now();
  const { docx, locale, written, result } = readAndLint(bytes, request);
  const answer = placed(docx.text, 'plain', locale, written, result, now() - started);
  answer.findings.forEach((f, i) => {
    const where = wordRange(docx, result.findings[i].range);
    if (where) f.wordPlace = describeWordPoint(where.start, locale);
  });
  return answer;
}

function annotate(bytes: Uint8Array, request: LocaleRequest): LintResponse {
  const { locale, result } = readAndLint(bytes, request);
  return { kind: 'annotated', bytes: annotateDocx(bytes, result.findings, { locale }), comments: result.findings.length };
}

/** A Word draft is linted as plain text (its paragraphs are not Markdown), in the language of its text. */
function readAndLint(bytes: Uint8Array, request: LocaleRequest) {
  const docx = readDocx(bytes);
  const { doc, written, locale } = parsed(docx.text, 'plain', request);
  return { docx, locale, written, result: lintDetailed(docx.text, { locale, format: 'plain' }, doc) };
}

function placed(text: string, format: TextFormat, locale: Locale, written: Locale | undefined, result: EngineResult, elapsedMs: number): LintResult {
  const starts = lineStarts(text);
  const findings = result.findings.map((f: Finding): PlacedFinding => ({
    ...f,
    start: offsetAt(text, starts, f.range.start),
    end: offsetAt(text, starts, f.range.end),
  }));
  return { kind: 'lint', text, format, locale, ...(written && { draftLocale: written }), findings, outline: outlineOf(result.document), rules: RULES, elapsedMs };
}

function outlineOf(doc: ReportDocument): OutlineEntry[] {
  return doc.outline.sections.map((section) => {
    let depth = 0;
    for (let p = section.parent; p; p = p.parent) depth++;
    const line = doc.lines[section.marker.line];
    return { title: section.title || line.text.trim() || '…', depth, start: line.offset + section.marker.start };
  });
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
