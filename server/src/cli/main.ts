// report-lint: lint report drafts from the command line.
// Exit codes: 0 nothing at warning or error, 1 findings at warning or error, 2 usage, configuration or I/O problems.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { helpText, parseCommandLine, usage, usageLocale, type CliOptions } from './args';
import { json } from './formatters/json';
import { sarif } from './formatters/sarif';
import { stylish } from './formatters/stylish';
import { processIo, useColor, type CliIo } from './io';
import type { FileReport, LintJob } from './lint-file';
import { inLocale } from '../engine';
import { progressReporter } from './progress';
import { problemLine, RunConfig } from './run-config';
import { expandTargets } from './targets';
import { dropSecondThread, lintFileSplit, splitPays } from './split';
import { runJobs, serveIfWorker, workerCount } from './workers';

export type { CliIo } from './io';
export { outputPending } from './io';
export { dropSecondThread, lintSecondPart, useSecondThread } from './split';

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const options = parseCommandLine(argv);
  // What is said before any draft is read follows --locale, else LANG, as the configuration problems do.
  const locale = usageLocale(argv, io.env);
  if ('error' in options) {
    io.stderr(`report-lint: ${inLocale(options.error, locale)}\n\n${helpText(locale)}`);
    return 2;
  }
  if (options.help) return (io.stdout(helpText(locale)), 0);
  if (options.version) return (io.stdout(`${packageInfo().version}\n`), 0);
  const run = new RunConfig(options, io);
  if (options.printConfig !== undefined) return printConfig(options.printConfig, run, io);
  if (options.positionals.length === 0) {
    io.stderr(`report-lint: ${inLocale(usage('noFiles'), locale)}\n\n${helpText(locale)}`);
    return 2;
  }
  const planned = await plan(options, run, io);
  const threads = workerCount(planned.jobs.length, planned.bytes, options.concurrency);
  const progress = progressReporter(io, planned.jobs.length);
  // One large draft: two threads, each with part of the rules (split.ts).
  const split = planned.jobs.length === 1 && splitPays(planned.jobs[0], planned.bytes, options.concurrency);
  if (!split) dropSecondThread();
  const reports = split ? [await lintFileSplit(planned.jobs[0])] : await runJobs(planned.jobs, threads, progress.tick);
  progress.end();
  return finish(reports, planned.errors, options, run, io);
}

interface Plan {
  jobs: LintJob[];
  bytes: number;
  errors: { file: string; message: string }[];
}

/** The drafts to lint, each with the settings of its configuration; what cannot be found is an error. */
async function plan(options: CliOptions, run: RunConfig, io: CliIo): Promise<Plan> {
  if (options.positionals[0] === '-') {
    const name = options.stdinFilename ?? '<stdin>';
    const bytes = await (io.readStdin ?? (async () => Buffer.alloc(0)))();
    // The configuration is looked up from where the named draft would be (or the working folder).
    const resolved = run.resolve(options.stdinFilename ?? 'stdin.txt');
    const job: LintJob = { bytes, display: name, options: run.lintOptions(resolved), fix: options.fix, ...(options.encoding ? { encoding: options.encoding } : {}) };
    return { jobs: [job], bytes: bytes.length, errors: [] };
  }
  const found = expandTargets(options.positionals, io.cwd);
  const { targets } = found;
  // About the arguments: in the language of the run (--locale, else LANG), as its usage errors.
  const argumentLocale = run.localeOf('auto');
  const errors = found.errors.map((e) => ({ file: e.file, message: inLocale(e.message, argumentLocale) }));
  const jobs: LintJob[] = [];
  let bytes = 0;
  for (const target of targets) {
    const resolved = run.resolve(target.file);
    if (resolved.ignored && options.ignore) {
      if (target.explicit) {
        const skipped = argumentLocale === 'zh-cn'
          ? '已跳过：.reportlintignore或配置中的ignore列表排除了它（加“--no-ignore”则检查）'
          : "skipped: .reportlintignore or the configuration's ignore list leaves it out (--no-ignore checks it)";
        io.stderr(`report-lint: ${target.file}: ${skipped}\n`);
      }
      continue;
    }
    const absolute = path.resolve(io.cwd ?? process.cwd(), target.file);
    // Drafts found in a folder are checked only in the languages the settings name; a file named explicitly always is.
    const languages = target.explicit ? undefined : resolved.settings.languages;
    jobs.push({
      path: absolute,
      display: target.file,
      options: run.lintOptions(resolved),
      fix: options.fix,
      ...(options.annotate ? { annotate: true } : {}),
      ...(languages ? { languages } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    bytes += sizeOf(absolute);
  }
  return { jobs, bytes, errors };
}

/** Prints the output and the problems, and decides the exit code. */
function finish(reports: FileReport[], notFound: Plan['errors'], options: CliOptions, run: RunConfig, io: CliIo): number {
  const errors = [...notFound];
  const shownProblems = new Set<string>();
  const linted = reports.filter((r) => !r.error && !r.skipped).map((r) => (options.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r));
  const locale = run.localeOf(linted.length ? run.resolve(linted[0].file).settings.locale : 'auto');
  for (const r of reports) {
    if (r.error) errors.push({ file: r.file, message: r.error });
    for (const note of r.notes) io.stderr(`report-lint: ${r.file}: ${note}\n`);
    for (const p of r.problems) {
      const text = `report-lint: ${options.config ?? 'options'}: ${problemLine(p, locale)}\n`;
      if (!shownProblems.has(text)) io.stderr(text), shownProblems.add(text);
    }
  }
  for (const e of errors) io.stderr(`report-lint: ${e.file}: ${e.message}\n`);
  const code = exitCode(reports, linted, errors, options, run);
  io.settle?.(code);
  if (options.fix === 'diff') {
    io.stdout(linted.map((r) => r.diff ?? '').join(''));
  } else if (options.format === 'json') {
    io.stdout(json(linted));
  } else if (options.format === 'sarif') {
    io.stdout(sarif(linted, { version: packageInfo().version, locale, cwd: io.cwd ?? process.cwd(), errors }));
  } else if (linted.length > 0) {
    io.stdout(stylish(linted, locale, useColor(options.color, io)));
  }
  // Where the commented copies went: after the report, and out of the way of JSON or SARIF on stdout.
  const say = options.format === 'stylish' && options.fix !== 'diff' ? io.stdout : io.stderr;
  for (const r of linted) if (r.annotated) say(annotatedLine(r.annotated, locale));
  return code;
}

/** 2: a file or the configuration could not be read; 1: findings that fail the run (or a diff to apply); else 0. */
function exitCode(reports: FileReport[], linted: FileReport[], errors: unknown[], options: CliOptions, run: RunConfig): number {
  if (errors.length > 0 || run.broken) return 2;
  if (options.fix === 'diff') return linted.some((r) => r.diff) ? 1 : 0;
  const all = reports.flatMap((r) => r.findings);
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (all.some((f) => f.severity === 'error')) return 1;
  if (options.maxWarnings !== undefined) return warnings > options.maxWarnings ? 1 : 0;
  return warnings > 0 && !options.quiet ? 1 : 0;
}

function annotatedLine({ path: written, comments }: { path: string; comments: number }, locale: 'zh-cn' | 'en'): string {
  return locale === 'zh-cn' ? `已写入${written}（${comments}条批注）\n` : `wrote ${written} (${comments} comment${comments === 1 ? '' : 's'})\n`;
}

function printConfig(file: string, run: RunConfig, io: CliIo): number {
  const resolved = run.resolve(file);
  const shown = {
    file,
    configFile: resolved.source ? path.relative(io.cwd ?? process.cwd(), resolved.source.file) || resolved.source.file : null,
    ignored: resolved.ignored,
    // No resolved `locale` beside settings.locale: under `auto` a draft's findings come in the language it is written in,
    // and the summary line follows LANG, so no one value would be true.
    settings: resolved.settings,
    suppressions: resolved.suppressions,
  };
  io.stdout(JSON.stringify(shown, null, 2) + '\n');
  return run.broken ? 2 : 0;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function packageInfo(): { version: string } {
  // Bundled as dist/cli.js or compiled as server/out/cli/main.js: package.json is one or three levels up.
  for (const candidate of ['../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, candidate), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'report-lint') return { version: pkg.version ?? 'unknown' };
    } catch {
      // try the next location
    }
  }
  return { version: 'unknown' };
}

if (!serveIfWorker() && require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
