// Lints in a worker thread (Node only): the server's thread stays free to answer hover, completion and symbols
// while a long draft is linted; the worker lints each open document incrementally (only what an edit touched). One lint runs at a time; while it runs, only the newest version asked for each
// document waits (older ones are dropped as superseded); a lint that runs past the watchdog is stopped by ending
// the worker, which is started again for the next one.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { decodeFindings, encodeFindings, type FindingOrSame } from './finding-delta';
import { IncrementalLints, LintFailure, Superseded, type Linter, type LintReply, type LintRequest } from './linter';
import type { Finding } from './engine';

/** A reply as it crosses the thread: findings the same as in the last reply for the document are sent as indices. */
type WireReply = Omit<LintReply, 'findings'> & { findings: FindingOrSame[] };

const WORKER_FLAG = 'reportLintServerWorker';

interface Pending {
  request: LintRequest;
  resolve(reply: LintReply): void;
  reject(error: Error): void;
}

export class WorkerLinter implements Linter {
  private worker?: Worker;
  private running?: Pending & { timer: ReturnType<typeof setTimeout> };
  /** The newest request waiting per document. */
  private readonly waiting = new Map<string, Pending>();
  /** The findings of the last reply per document, as the worker remembers them too (finding-delta.ts). */
  private readonly received = new Map<string, Finding[]>();

  /** `script`: the bundle that also serves as the worker (serveLintsIfWorker); `watchdogMs`: a lint's time limit. */
  constructor(
    private readonly script: string,
    private readonly watchdogMs: number,
  ) {}

  lint(request: LintRequest): Promise<LintReply> {
    return new Promise((resolve, reject) => {
      this.waiting.get(request.uri)?.reject(new Superseded());
      this.waiting.set(request.uri, { request: { ...request, model: undefined }, resolve, reject });
      this.next();
    });
  }

  forget(uri: string): void {
    this.waiting.get(uri)?.reject(new Superseded());
    this.waiting.delete(uri);
    this.received.delete(uri);
    this.worker?.postMessage({ forget: uri });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private next(): void {
    if (this.running || this.waiting.size === 0) return;
    const [uri, pending] = this.waiting.entries().next().value as [string, Pending];
    this.waiting.delete(uri);
    const worker = this.ensureWorker();
    const { text, options } = pending.request;
    const timer = setTimeout(() => this.stop(new LintFailure('timeout', `no result after ${this.watchdogMs} ms`)), this.watchdogMs);
    this.running = { ...pending, timer };
    worker.postMessage({ uri, text, options });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { [WORKER_FLAG]: true } });
    // A new worker remembers no earlier reply.
    this.received.clear();
    worker.unref();
    worker.on('message', (message: { reply?: WireReply; error?: string }) => this.finish(message));
    worker.on('error', (error) => this.stop(new LintFailure('crash', error.message)));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.stop(new LintFailure('crash', 'the lint worker stopped'));
    });
    return (this.worker = worker);
  }

  private finish(message: { reply?: WireReply; error?: string }): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    const uri = running.request.uri;
    const findings = message.reply && decodeFindings(message.reply.findings, this.received.get(uri));
    if (message.reply && findings) {
      this.received.set(uri, findings);
      running.resolve({ ...message.reply, findings });
    } else {
      // The two sides no longer agree on the last reply: both start over.
      this.received.delete(uri);
      this.worker?.postMessage({ forget: uri });
      running.reject(new LintFailure('crash', message.error ?? 'the lint worker referred to findings this thread does not have'));
    }
    this.next();
  }

  /** Ends the running lint with `error` (and the worker with it, when it hangs), then goes on with the next. */
  private stop(error: LintFailure): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (error.kind === 'timeout') this.dispose();
    running.reject(error);
    this.next();
  }
}

/**
 * In a worker thread started by WorkerLinter: lint each text sent and reply. True when this thread is one. The worker
 * keeps each open document's incremental linter (IncrementalLints) until the document is closed (`forget`).
 */
export function serveLintsIfWorker(): boolean {
  if (isMainThread || !(workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG] || !parentPort) return false;
  const port = parentPort;
  const lints = new IncrementalLints();
  const sent = new Map<string, Finding[]>();
  port.on('message', (message: Pick<LintRequest, 'uri' | 'text' | 'options'> | { forget: string }) => {
    if ('forget' in message) {
      sent.delete(message.forget);
      return lints.forget(message.forget);
    }
    const { uri, text, options } = message;
    try {
      const result = lints.lint(uri, text, options);
      const reply: WireReply = { ...result, findings: encodeFindings(result.findings, sent.get(uri)) };
      sent.set(uri, result.findings);
      // A rule's error crosses the thread as text.
      reply.errors = reply.errors.map((e) => ({ ruleId: e.ruleId, error: e.error instanceof Error ? e.error.stack ?? e.error.message : String(e.error) }));
      port.postMessage({ reply });
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });
  return true;
}
