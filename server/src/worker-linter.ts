// Lints in a worker thread (Node only): the server's thread stays free to answer hover, completion and symbols
// while a long draft is linted; the worker lints each open document incrementally (only what an edit touched). One
// lint runs at a time; while it runs, only the newest version asked for each document waits (older ones are dropped
// as superseded); a lint that runs past the watchdog is stopped by ending the worker, which is started again for the
// next one. The worker is sent a version's changes from the version it holds (the journal keeps the changes of the
// versions skipped meanwhile); the whole text only when it holds none of the document (new worker, opened, other
// options, a failure) or asks for it because what the changes gave does not measure what this thread's copy does.

import * as fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { sizeWorkerYoungGeneration, WORKER_RESOURCE_LIMITS } from './heap-sizing';
import { idleCollector, SERVER_THREAD_SLACK_BYTES, type IdleCollector } from './idle-collect';
import { decodeFindings, encodeFindings, type FindingOrSame } from './finding-delta';
import { editsOfReply } from './lazy-fixes';
import { answer, type ModelQuestion } from './model-questions';
import { IncrementalLints, LintFailure, Superseded, type ChangesToLint, type Linter, type LintReply, type LintRequest } from './linter';
import { detectLocale, type Finding, type LintOptions, type Locale, type TextEdit, type TextFormat } from './engine';
import { scanLines } from './engine/model/lines';
import { WARM_UP_MIN_CHARS, warmUpSteps, type WarmUpStep } from './warm-up';

/** A reply as it crosses the thread: findings the same as in the last reply for the document are sent as indices. */
type WireReply = Omit<LintReply, 'findings'> & { findings: FindingOrSame[] };

const WORKER_FLAG = 'reportLintServerWorker';

/** What the worker is asked: lint a document's text, or the changes to the text it holds. */
type LintMessage = { uri: string; options: LintOptions; seq: number } & ({ text: string } | { changes: ChangesToLint });
/** What it answers: the findings, an error, or that it needs the whole text. */
type ReplyMessage = { reply?: WireReply; error?: string; needsText?: boolean };
/** A lazy fix's edits asked for (`id` names the question), and the answer (no edits: that reply is gone). */
type EditsQuestion = { fixEdits: { id: number; uri: string; seq: number; index: number } };
type EditsAnswer = { fixEdits: { id: number; edits?: TextEdit[] } };
/** A feature's question about a document's model (`id` names it), and the answer (none: no model kept, or it threw). */
type ModelAsked = { ask: { id: number; uri: string; question: ModelQuestion } };
/** The language a text is written in, asked (answered as a model question is). */
type LanguageAsked = { language: { id: number; text: string; format: TextFormat } };
type ModelAnswered = { ask: { id: number; answered?: { answer: unknown } } };

interface Pending {
  request: LintRequest;
  resolve(reply: LintReply): void;
  reject(error: Error): void;
}

export class WorkerLinter implements Linter {
  private worker?: Worker;
  /** The lint under way, and the worker it was sent to. */
  private running?: Pending & { timer: ReturnType<typeof setTimeout>; worker: Worker; seq: number; closed?: boolean };
  /** The newest request waiting per document. */
  private readonly waiting = new Map<string, Pending>();
  /** The findings of the last reply per document, as the worker remembers them too (finding-delta.ts). */
  private readonly received = new Map<string, Finding[]>();
  /** The version of each document the worker holds (the one it linted last, successfully). */
  private readonly held = new Map<string, number>();
  /** This thread's garbage (the replies, the diagnostics made of them) goes once no lint has come for a while. */
  private readonly tidy = idleCollector(undefined, SERVER_THREAD_SLACK_BYTES);
  /** Numbers the lints sent (a reply's `seq`), across workers: a new worker never answers for an old one's reply. */
  private seq = 0;
  /** The questions for a lazy fix's edits, or about a model, not answered yet, by id. */
  private readonly asked = new Map<number, (answer: unknown) => void>();
  private questions = 0;

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
    this.held.delete(uri);
    // A lint of the closed document under way: what it leaves is not kept for a document opened again.
    if (this.running?.request.uri === uri) this.running.closed = true;
    this.worker?.postMessage({ forget: uri });
    this.tidy.released();
    if (!this.running && this.waiting.size === 0) this.tidy.idle();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.unanswered();
  }

  fixEdits(uri: string, seq: number, index: number): Promise<TextEdit[] | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = ++this.questions;
      this.asked.set(id, (edits) => resolve(edits as TextEdit[] | undefined));
      worker.postMessage({ fixEdits: { id, uri, seq, index } } satisfies EditsQuestion);
    });
  }

  /**
   * Answered by the worker from the model of the version it linted last, once the lint under way (if any) is done;
   * undefined without a worker, when it keeps no model of the document, or when it is ended before it answers.
   */
  ask(uri: string, question: ModelQuestion): Promise<{ answer: unknown } | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = ++this.questions;
      this.asked.set(id, (answered) => resolve(answered as { answer: unknown } | undefined));
      worker.postMessage({ ask: { id, uri, question } } satisfies ModelAsked);
    });
  }

  /** Read by the worker (started for the lint that follows): this thread builds nothing of a long draft. */
  writtenIn(text: string, format: TextFormat): Promise<{ locale: Locale | undefined } | undefined> {
    const worker = this.ensureWorker();
    return new Promise((resolve) => {
      const id = ++this.questions;
      this.asked.set(id, (answered) => resolve(answered ? { locale: (answered as { answer: Locale | undefined }).answer } : undefined));
      worker.postMessage({ language: { id, text, format } } satisfies LanguageAsked);
    });
  }

  /** The worker is gone: what was asked of it gets no answer. */
  private unanswered(): void {
    for (const resolve of this.asked.values()) resolve(undefined);
    this.asked.clear();
  }

  private answered(id: number, answer: unknown): void {
    this.asked.get(id)?.(answer);
    this.asked.delete(id);
  }

  private next(): void {
    if (this.running) return;
    if (this.waiting.size === 0) return this.tidy.idle();
    this.tidy.busy();
    const [uri, pending] = this.waiting.entries().next().value as [string, Pending];
    this.waiting.delete(uri);
    const worker = this.ensureWorker();
    const { request } = pending;
    const held = this.held.get(uri);
    // Until this lint succeeds the worker's copy is in doubt: a failure sends the text next time.
    this.held.delete(uri);
    const changes = request.changesSince?.(held);
    const seq = ++this.seq;
    const timer = setTimeout(() => this.stop(new LintFailure('timeout', `no result after ${this.watchdogMs} ms`)), this.watchdogMs);
    this.running = { ...pending, timer, worker, seq };
    const { text, length, options, lineCount } = request;
    const message: LintMessage =
      changes && lineCount !== undefined ? { uri, options, seq, changes: { changes, length, lineCount } } : { uri, options, seq, text: text() };
    worker.postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    sizeWorkerYoungGeneration();
    const worker = new Worker(this.script, { workerData: { [WORKER_FLAG]: true }, resourceLimits: WORKER_RESOURCE_LIMITS });
    // A new worker remembers no earlier reply, and holds no text.
    this.received.clear();
    this.held.clear();
    worker.unref();
    // A worker ended after a timeout stops only later: what it says then is not about the lint under way elsewhere.
    const mine = () => this.running?.worker === worker;
    worker.on('message', (message: ReplyMessage | EditsAnswer | ModelAnswered) => {
      if ('fixEdits' in message) this.answered(message.fixEdits.id, message.fixEdits.edits);
      else if ('ask' in message) this.answered(message.ask.id, message.ask.answered);
      else if (mine()) this.finish(message);
    });
    worker.on('error', (error) => mine() && this.stop(new LintFailure('crash', error.message)));
    worker.on('exit', () => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.unanswered();
      }
      if (mine()) this.stop(new LintFailure('crash', 'the lint worker stopped'));
    });
    return (this.worker = worker);
  }

  private finish(message: ReplyMessage): void {
    const running = this.running;
    if (!running) return;
    const { uri: asked, text, options } = running.request;
    if (message.needsText) return void running.worker.postMessage({ uri: asked, options, text: text(), seq: running.seq } satisfies LintMessage);
    clearTimeout(running.timer);
    this.running = undefined;
    const uri = running.request.uri;
    const findings = message.reply && decodeFindings(message.reply.findings, this.received.get(uri));
    if (message.reply && findings) {
      if (!running.closed) {
        this.received.set(uri, findings);
        this.held.set(uri, running.request.version);
      }
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
  /** The last reply's findings per document, as they were before crossing (deferred fixes with their edits). */
  const sent = new Map<string, { seq: number; findings: Finding[] }>();
  const tidy = idleCollector();
  const trace = lintTrace();
  const warm = warmUp(lints, sent, tidy, trace);
  const handle = (message: LintMessage | { forget: string } | EditsQuestion | ModelAsked | LanguageAsked): void => {
    if ('language' in message) {
      const { id, text, format } = message.language;
      let answered: { answer: Locale | undefined } | undefined;
      try {
        answered = { answer: detectLocale(scanLines(text, format).lines) };
      } catch {
        // The server's thread reads it then.
      }
      return port.postMessage({ ask: { id, answered } } satisfies ModelAnswered);
    }
    if ('ask' in message) {
      const { id, uri, question } = message.ask;
      let answered: { answer: unknown } | undefined;
      try {
        const doc = lints.modelOf(uri);
        if (doc) answered = { answer: answer(doc, question) };
      } catch {
        // The server's thread reads its own model then.
      }
      return port.postMessage({ ask: { id, answered } } satisfies ModelAnswered);
    }
    if ('fixEdits' in message) {
      const { id, uri, seq, index } = message.fixEdits;
      let edits: TextEdit[] | undefined;
      try {
        edits = editsOfReply(sent.get(uri), seq, index);
      } catch {
        // A fix that cannot be built is not offered (the lint itself went well).
      }
      return port.postMessage({ fixEdits: { id, edits } } satisfies EditsAnswer);
    }
    tidy.busy();
    warm.cancel();
    if ('forget' in message) {
      sent.delete(message.forget);
      lints.forget(message.forget);
      tidy.released();
      return tidy.idle();
    }
    const { uri, options } = message;
    try {
      const started = performance.now();
      const result = 'text' in message ? lints.lint(uri, message.text, options) : lints.lintChanges(uri, message.changes, options);
      trace?.(`${'text' in message ? 'text' : result ? 'changes' : 'needsText'} ${(performance.now() - started).toFixed(1)} ${heapSpaces()}`);
      if (!result) return port.postMessage({ needsText: true } satisfies ReplyMessage);
      if ('text' in message && message.text.length >= WARM_UP_MIN_CHARS) warm.start(uri, options);
      const reply: WireReply = { ...result, seq: message.seq, findings: encodeFindings(result.findings, sent.get(uri)?.findings) };
      sent.set(uri, { seq: message.seq, findings: result.findings });
      // A rule's error crosses the thread as text.
      reply.errors = reply.errors.map((e) => ({ ruleId: e.ruleId, error: e.error instanceof Error ? e.error.stack ?? e.error.message : String(e.error) }));
      port.postMessage({ reply });
      tidy.idle();
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  };
  // Any message pauses the warm-up; it is taken up again once the worker is left alone.
  port.on('message', (message: LintMessage | { forget: string } | EditsQuestion | ModelAsked | LanguageAsked) => {
    warm.pause();
    try {
      handle(message);
    } finally {
      warm.resume();
    }
  });
  return true;
}

/** The worker is left alone this long after the open's lint (and any other message since) before it warms up. */
const WARM_UP_AFTER_MS = 200;

/**
 * The warm-up of the code a keystroke runs (warm-up.ts), once per worker, after the full lint of a long draft: a step at
 * a time while no message comes, paused by any message and taken up again once the worker has been left alone for
 * WARM_UP_AFTER_MS; given up for good when a lint comes (the writer's keystrokes warm it up then). The worker's idle
 * collection waits until it is over.
 */
function warmUp(lints: IncrementalLints, sent: Map<string, { findings: Finding[] }>, tidy: IdleCollector, trace: ((line: string) => void) | undefined) {
  let step: (() => WarmUpStep) | undefined;
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let immediate: ReturnType<typeof setImmediate> | undefined;
  let steps = 0;
  let spent = 0;
  const end = (how: string) => {
    step = undefined;
    trace?.(`warm ${spent.toFixed(1)} ${steps} ${how}`);
  };
  const run = () => {
    immediate = undefined;
    if (!step) return;
    const at = performance.now();
    let how: WarmUpStep | 'failed';
    try {
      how = step();
    } catch {
      // A fault of the model: what a keystroke would have met (and IncrementalLints lets the draft go then).
      how = 'failed';
    }
    steps++;
    spent += performance.now() - at;
    if (how === 'more') immediate = setImmediate(run);
    else {
      end(how);
      // Its garbage goes with the open's at the idle collection (a second from now, or after the first pause in the
      // typing). Collected at once, the first 20 keystrokes cost 27–29 ms of CPU each instead of 21–22 (3 MB draft; why
      // not looked into: V8 dropping some of the code just optimized, probably).
      tidy.idle();
    }
  };
  const pause = () => {
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    timer = immediate = undefined;
  };
  return {
    /** After the full lint of the draft `uri`, long enough to be worth it. */
    start(uri: string, options: LintOptions): void {
      if (started) return;
      started = true;
      step = warmUpSteps(lints, uri, options, () => sent.get(uri)?.findings);
    },
    pause,
    /** A lint has come: no more warming up (called before it runs: the model is the draft's again after each step). */
    cancel(): void {
      pause();
      if (step) end('cancelled');
    },
    resume(): void {
      pause();
      if (!step) return;
      timer = setTimeout(() => {
        timer = undefined;
        tidy.busy();
        run();
      }, WARM_UP_AFTER_MS);
      timer.unref();
    },
  };
}

/**
 * REPORT_LINT_TRACE=file (the server bench sets it): the worker appends a line per lint (`text`, `changes` or
 * `needsText`, its ms, its heap spaces) and per collection (`gc` and perf_hooks' kind: 1 scavenge, 4 full, 8
 * incremental marking; its pause in ms), so the bench counts per typing phase what the worker did. Off: nothing.
 */
function lintTrace(): ((line: string) => void) | undefined {
  const file = process.env.REPORT_LINT_TRACE;
  if (!file) return undefined;
  const write = (line: string) => fs.appendFileSync(file, `${Date.now()} ${line}\n`);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) write(`gc${((e as unknown as { detail?: { kind?: number } }).detail)?.kind ?? '?'} ${e.duration.toFixed(1)}`);
  }).observe({ entryTypes: ['gc'] });
  return write;
}

/** The worker's heap spaces, for the trace: new space capacity and old space size (MB). */
function heapSpaces(): string {
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  return getHeapSpaceStatistics()
    .filter((s) => s.space_name === 'new_space' || s.space_name === 'old_space' || s.space_name === 'large_object_space')
    .map((s) => `${s.space_name}=${mb(s.space_size)}/${mb(s.space_used_size)}`)
    .join(' ');
}
