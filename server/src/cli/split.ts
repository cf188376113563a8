// One large draft on two threads (perf45cli). A cold run of the CLI spends most of its time in the rules' first
// run (the code of each rule and model compiled and run once); on a machine with a second core, a worker thread runs
// some of the rules (SECOND_THREAD_RULES) while the main thread runs the others, each with its own parse of the draft.
// The engine knows nothing of threads: each side lints a part (engine/lint.ts `lintPart`: the findings of some rules,
// before the steps that read them all), the worker sends its part as plain data, and `lintParts` puts the two together
// in the order one run gives, so the output is the same byte for byte. --fix, --fix-dry-run and --annotate, many
// drafts (workers.ts), a small draft, one core or a run from the TypeScript sources stay on one thread.

import * as fs from 'node:fs';
import type * as Os from 'node:os';
import * as path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { lintPart, lintParts, ruleIds, type RulesPart } from '../engine/lint';
import { lintedReport, readDraft, type FileReport, type LintJob } from './lint-file';

/** Below this many bytes the second thread's start and its own parse cost more than its rules save. */
export const MIN_BYTES_TO_SPLIT = 64 * 1024;

/**
 * The rules the second thread runs: about a third of the rules' cold cost of the 120k draft, since the worker also
 * starts a thread and loads the bundle (≈ 55 ms) before its parse, while the main thread has loaded it already. Rules
 * that read the figures model stay together on the main thread (a model read on both sides is built twice), and so do
 * the two whose document-wide fixes are deferred (punctuation, garbled-text: sent as data, their edits would be built).
 */
export const SECOND_THREAD_RULES: readonly string[] = [
  'placeholder',
  'empty-pair',
  'missing-value',
  'unpaired-mark',
  'page-furniture',
  'conversion-artifact',
  'duplicate-text',
  'repeated-word',
];

/** The worker's script (bin/): it loads this bundle through the code cache, as the bin does. */
const ENTRY = path.join(__dirname, '..', 'bin', 'cli-part-worker.js');

/**
 * Whether one draft of `bytes` bytes should be linted on two threads. `requested` is --concurrency: 2 or more splits any
 * draft, off (0) or 1 none; auto (undefined) splits a draft of MIN_BYTES_TO_SPLIT or more when a second core is idle.
 */
export function splitPays(job: LintJob, bytes: number, requested: number | undefined): boolean {
  if (__filename.endsWith('.ts') || job.fix !== 'off' || job.annotate || !fs.existsSync(ENTRY)) return false;
  if (requested !== undefined) return requested >= 2;
  return bytes >= MIN_BYTES_TO_SPLIT && secondCoreIdle();
}

/**
 * Two CPUs or more for this process, and a load average that leaves one idle. On a busy machine the second thread
 * only adds its CPU (its start, its load of the bundle, its parse: ≈ 150 ms on the 120k draft) to everyone's wait:
 * the 120k draft took 780 ms instead of 528 at load 7.6 (perf45cli). The same test as the bin's (bin/report-lint.js).
 */
export function secondCoreIdle(): boolean {
  const os = require('node:os') as typeof Os;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 2 && os.loadavg()[0] < cores - 0.5;
}

/** What the worker is sent. */
interface PartRequest {
  job: LintJob;
  ids: readonly string[];
}

/** Lints one draft with SECOND_THREAD_RULES on a worker thread and the other rules here; the same report as lintFile. */
export async function lintFileSplit(job: LintJob): Promise<FileReport> {
  const second = startSecondPart({ job, ids: SECOND_THREAD_RULES });
  const read = readDraft(job);
  // (The worker fails to read it too, and answers undefined.)
  if (!('input' in read)) return read;
  const options = { ...job.options, format: read.input.format };
  const mine = new Set(SECOND_THREAD_RULES);
  const first = lintPart(read.input.text, options, [...ruleIds].filter((id) => !mine.has(id)));
  // A worker that could not start or failed leaves its rules to this thread (on the document parsed here).
  const other = (await second) ?? lintPart(read.input.text, options, SECOND_THREAD_RULES, first.document);
  return lintedReport(job, read, options, lintParts(options, [first, other], first.document));
}

/** A worker the bin started with the process (before the bundle's load), for a command line that looked like one large draft. */
let started: WorkerThreads.Worker | undefined;

/** The bin's early worker (bin/report-lint.js): used by the next split lint, or ended by dropSecondThread. */
export function useSecondThread(worker: WorkerThreads.Worker): void {
  started = worker;
}

/** Ends the bin's early worker when the run does not split (many drafts, --fix, a small draft…). */
export function dropSecondThread(): void {
  if (!started) return;
  started.unref();
  void started.terminate();
  started = undefined;
}

/** The worker's script path (for the bin's early start). */
export const SECOND_THREAD_ENTRY = ENTRY;

function startSecondPart(request: PartRequest): Promise<RulesPart | undefined> {
  let worker: WorkerThreads.Worker;
  try {
    const { Worker } = require('node:worker_threads') as typeof WorkerThreads;
    // The bin's worker, unless it has ended already (its 'exit' may have been emitted before anyone listened).
    worker = started && started.threadId >= 0 ? started : new Worker(ENTRY, { stdout: true, stderr: true });
    // (The bin's worker does not keep the process alive until it is used.)
    worker.ref();
    started = undefined;
  } catch {
    return Promise.resolve(undefined);
  }
  const part = new Promise<RulesPart | undefined>((resolve) => {
    worker.once('message', (reply: RulesPart | undefined) => resolve(reply));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  // Once it has answered (or failed) the worker is of no more use: it does not keep the process alive.
  void part.then(() => {
    worker.unref();
    void worker.terminate();
  });
  worker.postMessage(request);
  return part;
}

/** In the worker thread (bin/cli-part-worker.js): the part of the rules asked for, or undefined if the draft cannot be read. */
export function lintSecondPart({ job, ids }: PartRequest): RulesPart | undefined {
  const read = readDraft(job);
  if (!('input' in read)) return undefined;
  const { document: _document, ...part } = lintPart(read.input.text, { ...job.options, format: read.input.format }, ids);
  return part;
}
