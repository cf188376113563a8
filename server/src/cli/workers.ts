// Linting many drafts on several cores: worker threads, each linting one draft at a time from a shared queue.
// Starting a worker costs tens of milliseconds (it loads the bundle), so a run uses them only when there are
// enough drafts; with fewer, or when the CLI runs from its TypeScript sources (tests), it lints in-process.

import type * as Os from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { lintFile, type FileReport, type LintJob } from './lint-file';

// node:worker_threads (with the stream modules it loads) and node:os are required when a run uses workers, not at
// every start: a run of one draft, the usual one, needs neither (≈ 18 M instructions of the CLI's start, cli20).
let threadsModule: typeof WorkerThreads | undefined;
const threads = () => (threadsModule ??= require('node:worker_threads') as typeof WorkerThreads);

/** On the command line of the worker threads runJobs starts: a thread knows it is one without loading worker_threads. */
const WORKER_ARGUMENT = '--report-lint-worker';

/** Below this many drafts (or this many bytes in all), one thread is faster than starting workers. */
export const MIN_FILES_FOR_WORKERS = 8;
export const MIN_BYTES_FOR_WORKERS = 512 * 1024;
const MAX_WORKERS = 4;

/** How many worker threads a run of these jobs should use (0: lint in-process). */
export function workerCount(jobs: number, bytes: number, requested?: number): number {
  if (__filename.endsWith('.ts')) return 0;
  if (requested !== undefined) return Math.min(requested, jobs);
  if (jobs < MIN_FILES_FOR_WORKERS || bytes < MIN_BYTES_FOR_WORKERS) return 0;
  const os = require('node:os') as typeof Os;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores < 2 ? 0 : Math.min(cores, MAX_WORKERS, Math.ceil(jobs / MIN_FILES_FOR_WORKERS));
}

/** Lints every job, in order of the jobs, calling `progress` after each. */
export async function runJobs(jobs: LintJob[], count: number, progress: (done: number) => void): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(jobs.length);
  if (count <= 0) {
    jobs.forEach((job, i) => {
      reports[i] = lintFile(job);
      progress(i + 1);
    });
    return reports;
  }
  let next = 0;
  let done = 0;
  const work = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let current = -1;
      const take = () => {
        if (next >= jobs.length) return void worker.terminate().then(() => resolve());
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (report: FileReport) => {
        reports[current] = report;
        progress(++done);
        take();
      });
      // A worker that dies leaves its draft to the main thread, and the others carry on with the queue.
      worker.on('error', () => {
        if (current >= 0 && reports[current] === undefined) {
          reports[current] = lintFile(jobs[current]);
          progress(++done);
        }
        resolve();
      });
      take();
    });
  const { Worker } = threads();
  await Promise.all(Array.from({ length: count }, () => work(new Worker(__filename, { workerData: { reportLintWorker: true }, argv: [WORKER_ARGUMENT] }))));
  // Jobs a dead worker never took.
  for (let i = 0; i < jobs.length; i++) if (reports[i] === undefined) reports[i] = lintFile(jobs[i]);
  return reports;
}

/** In a worker thread started by runJobs: lint each job sent, reply with its report. */
export function serveIfWorker(): boolean {
  if (!process.argv.includes(WORKER_ARGUMENT)) return false;
  const { isMainThread, parentPort, workerData } = threads();
  if (isMainThread || !(workerData as { reportLintWorker?: boolean } | undefined)?.reportLintWorker || !parentPort) return false;
  const port = parentPort;
  port.on('message', (job: LintJob) => port.postMessage(lintFile(job)));
  return true;
}
