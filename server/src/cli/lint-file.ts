// One draft, start to finish: read it (through its input adapter), lint it, apply the fixes in rounds when
// asked, write the file back or describe the change as a diff. Runs the same in the main thread and in a
// worker thread, so everything in and out is plain data.

import * as fs from 'node:fs';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { WordRange } from '../docx/positions';
import { detectLocale, fixAll, lintDetailed, MAX_FINDINGS_PER_RULE, type Finding, type LintOptions, type LintResult, type OptionProblem } from '../engine';
import { annotatedPath, fixRefusal, wordLocation, writeAnnotated } from './docx-input';
import { adapterFor, type DraftInput } from './inputs';

export interface LintJob {
  /** Where to read (and write) the draft; undefined for standard input (then `bytes` is given). */
  path?: string;
  bytes?: Uint8Array;
  /** The name shown in the output, and the name the format is taken from. */
  display: string;
  /** The lint options without `format`, which the input adapter decides. */
  options: LintOptions;
  /** Language ids to check (the `languages` setting): a draft of another language is skipped. */
  languages?: string[];
  fix: 'off' | 'write' | 'diff';
  encoding?: string;
  /** Write a commented copy of a Word document (报告.docx → 报告.checked.docx). */
  annotate?: boolean;
}

/** A finding, and for a Word document where it is in Word (paragraph and offset). */
export type ReportedFinding = Finding & { word?: WordRange };

export interface FileReport {
  file: string;
  findings: ReportedFinding[];
  /** How a text draft was decoded. */
  encoding?: string;
  /** The draft could not be read, or fixed text could not be written: the run exits 2. */
  error?: string;
  /** Not checked (a language the settings leave out); said on stderr, not an error. */
  skipped?: string;
  /** Fixes applied (or, for --fix-dry-run, that would be). */
  fixed?: number;
  diff?: string;
  /** Where --annotate wrote the commented copy, and how many comments it holds. */
  annotated?: { path: string; comments: number };
  problems: OptionProblem[];
  notes: string[];
}

export function lintFile(job: LintJob): FileReport {
  const read = readDraft(job);
  if (!('input' in read)) return read;
  const options = { ...job.options, format: read.input.format };
  return lintedReport(job, read, options, lintDetailed(read.input.text, options));
}

/** A draft read for linting: the report so far (its encoding), the input, the file's bytes; or the report that ends it. */
export interface ReadDraft {
  report: FileReport;
  input: DraftInput;
  bytes: Buffer;
}

export function readDraft(job: LintJob): ReadDraft | FileReport {
  const report: FileReport = { file: job.display, findings: [], problems: [], notes: [] };
  let bytes: Buffer;
  try {
    bytes = job.bytes ? Buffer.from(job.bytes) : fs.readFileSync(job.path!);
  } catch (error) {
    return { ...report, error: readError(error) };
  }
  const adapter = adapterFor(job.display);
  const input = adapter.read(bytes, job.display, job.encoding ? { encoding: job.encoding } : {});
  if ('error' in input) return { ...report, error: input.error };
  if (input.encoding) report.encoding = input.encoding;
  if (job.languages && !job.languages.includes(input.languageId)) return { ...report, skipped: `${input.languageId} is not among the languages to check (${job.languages.join(', ')})` };
  return { report, input, bytes };
}

/** The report of a draft from its lint (`first`, with `options`: the job's and the input's format), fixed when asked. */
export function lintedReport(job: LintJob, { report, input, bytes }: ReadDraft, options: LintOptions, first: LintResult): FileReport {
  report.problems = first.problems;
  for (const e of first.errors) report.notes.push(`internal error in rule ${e.ruleId}: ${String(e.error)}`);
  if (first.truncated.length) report.notes.push(`more than ${MAX_FINDINGS_PER_RULE} findings from ${first.truncated.join(', ')}; only the first ${MAX_FINDINGS_PER_RULE} of each are shown`);
  report.findings = first.findings;
  if (input.docx) return wordReport(report, job, input);
  if (job.annotate) report.notes.push('--annotate writes comments into Word documents (.docx) only; this file was checked but not annotated');
  if (job.fix === 'off' || !first.findings.some((f) => f.fix)) return report;

  const { text, findings, applied } = fixAll(input.text, options, first.findings);
  if (applied === 0) return report;
  if (job.fix === 'diff') return { ...report, fixed: applied, diff: unifiedDiff(job.display, input.text, text) };
  return writeFixed(report, job, input, bytes, text, findings, applied);
}

/** A Word document: each finding with its Word location; the commented copy when asked; never fixed in place. */
function wordReport(report: FileReport, job: LintJob, input: DraftInput): FileReport {
  const docx = input.docx!;
  report.findings = report.findings.map((f) => {
    const word = wordLocation(docx, f);
    return word ? { ...f, word } : f;
  });
  const refusal = fixRefusal(job.display);
  if (job.fix !== 'off' && refusal && report.findings.some((f) => f.fix)) report.notes.push(refusal);
  if (!job.annotate || !job.path) return report;
  const locale = job.options.locale === 'auto' || job.options.locale === undefined ? detectLocale(input.text) ?? 'en' : job.options.locale;
  const written = writeAnnotated(job.path, docx, report.findings, locale);
  if ('error' in written) return { ...report, error: written.error };
  return { ...report, annotated: { path: annotatedPath(job.display), comments: written.comments } };
}

function writeFixed(report: FileReport, job: LintJob, input: DraftInput, original: Buffer, text: string, findings: Finding[], applied: number): FileReport {
  const adapter = adapterFor(job.display);
  const bytes = adapter.write ? adapter.write(text, input, original) : { error: 'not fixed: this kind of file cannot be fixed in place' };
  if ('error' in bytes) return { ...report, error: bytes.error };
  try {
    fs.writeFileSync(job.path!, bytes);
  } catch (error) {
    return { ...report, error: `not fixed: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return { ...report, findings, fixed: applied };
}

function unifiedDiff(name: string, before: string, after: string): string {
  const posix = name.split('\\').join('/');
  return createTwoFilesPatch(`a/${posix}`, `b/${posix}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'is a symbolic link that loops';
  return `cannot be read (${code ?? String(error)})`;
}
