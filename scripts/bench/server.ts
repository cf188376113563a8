// The language server as an editor drives it (dist/server.js over IPC as the extension starts it, or over stdio as
// test/protocol and other editors do: BENCH_TRANSPORT): a 3 MB draft opened, then 200 small edits typed at a steady
// pace. For each version: the time from its didChange to the first
// diagnostics that cover it (pushed with that version or a later one, or a pull answered after it), debounce
// included; how many versions got diagnostics of their own; how fast hover, completion and symbols answer meanwhile;
// the server's resident memory. A pushed lint whose diagnostics did not change is not re-sent: it is seen by the
// status notification the server sends after every lint.

import { fork, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ExitNotification,
  ShutdownRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageRequest,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/heap-sizing';
import { BIG_DRAFT, draftOfSize, machine, percentile, ROOT, row, sleep, untilIdle } from './measure';

/** REPORT_LINT_SERVER: another build of the server to compare with (a copy of dist/ from before a change). */
const SERVER = process.env.REPORT_LINT_SERVER ?? path.join(ROOT, 'dist', 'server.js');
const URI = 'file:///tmp/report-lint-bench/big.report';
/**
 * SERVER_PROFILE=dir: the server is started with --cpu-prof into that directory (one profile per thread: the server's
 * and the lint worker's), to read where a keystroke's CPU goes in the process as the editor drives it.
 */
const PROFILE_ARGV = process.env.SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_PROFILE}`] : [];
/** BENCH_SERVER_ARGV="--flag …": V8 or Node flags added to the server's (an experiment, e.g. --no-concurrent-recompilation). */
const EXTRA_ARGV = process.env.BENCH_SERVER_ARGV?.split(' ').filter(Boolean) ?? [];
/** BENCH_SERVER_ENV="NAME=value …": environment variables over SERVER_ENV's (an experiment, e.g. MALLOC_MMAP_THRESHOLD_=32768). */
const EXTRA_ENV = Object.fromEntries(
  (process.env.BENCH_SERVER_ENV?.split(' ').filter(Boolean) ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
/**
 * BENCH_MEMORY=1: where the server's resident memory is once idle, printed after the RSS rows — the `node` binary's
 * pages, V8's heap of each thread by space (its own and the lint worker's, read in the server by memory-probe.cjs),
 * and the rest (malloc: external memory, arenas, stacks).
 */
const MEMORY_DIR = process.env.BENCH_MEMORY ? fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-memory-')) : undefined;
const MEMORY_ARGV = MEMORY_DIR ? ['--require', path.join(__dirname, 'memory-probe.cjs')] : [];
/**
 * How the server is started and spoken to. `ipc` (the default): forked and spoken to over Node's IPC channel, as the
 * extension's client starts it (vscode-languageclient's TransportKind.ipc: `fork(module, ['--node-ipc',
 * '--clientProcessId=…'], { execArgv, env, silent: true })`, the messages JSON lines through process.send).
 * BENCH_TRANSPORT=stdio: over stdin and stdout, as test/protocol and other editors drive it (the server's messages then
 * written by wire.ts's encoder); the bench's transport until perf46, 3–5 MB more idle RSS (docs/performance.md, perf46).
 */
const TRANSPORT = process.env.BENCH_TRANSPORT === 'stdio' ? 'stdio' : 'ipc';
/** BENCH_DRAFT=120k: the 120k-character draft (the engine bench's) instead of the 3 MB one. */
const SMALL_DRAFT = process.env.BENCH_DRAFT === '120k';

export interface TypingFigures {
  intervalMs: number;
  p50: number;
  p95: number;
  ownVersions: number;
  edits: number;
  requestP95: number;
  /** CPU time the server spent per edit (ms): on its own thread, and in all (the lint worker included). */
  cpuPerEdit: { main: number; all: number };
  /** Lints done, and CPU time in all threads per lint (ms). */
  lints: number;
  cpuPerLint: number;
  /** Pulls answered "unchanged" (the diagnostics were those of the result id the client sent). */
  unchanged: number;
  /** Diagnostics pushed (a client that does not pull): only those that changed are. */
  pushed: number;
  /** CPU time (ms) in the server's thread, the lint worker's (the busiest other), and all the others (V8's helpers). */
  threads: { main: number; worker: number; helpers: number };
  /** What the worker did (its trace, REPORT_LINT_TRACE): lints of the whole text, of changes, re-reads asked; GCs. */
  worker: WorkerEvents;
}

export interface WorkerEvents {
  text: number;
  changes: number;
  needsText: number;
  /** Scavenges, full (major) collections, incremental marking steps finished; and their total pause (ms). */
  minorGcs: number;
  majorGcs: number;
  incremental: number;
  gcMs: number;
  /** The old space's size (MB) at the last lint. */
  oldMB: number;
}

/** Counts the worker's trace lines from `from` (a line index) on. */
function workerEvents(lines: string[]): WorkerEvents {
  const e: WorkerEvents = { text: 0, changes: 0, needsText: 0, minorGcs: 0, majorGcs: 0, incremental: 0, gcMs: 0, oldMB: NaN };
  for (const line of lines) {
    const [, kind, ms, , old] = line.split(' ');
    if (kind === 'text' || kind === 'changes' || kind === 'needsText') {
      e[kind]++;
      const size = /old_space=([\d.]+)/.exec(old ?? '');
      if (size) e.oldMB = Number(size[1]);
    } else if (kind?.startsWith('gc')) {
      e.gcMs += Number(ms);
      if (kind === 'gc1') e.minorGcs++;
      else if (kind === 'gc4') e.majorGcs++;
      else if (kind === 'gc8') e.incremental++;
    }
  }
  return e;
}

export interface ServerFigures {
  openMs: number;
  /** CPU (ms, all threads) the server used after the first diagnostics before it went idle, and how long that took. */
  settled: { cpu: number; ms: number };
  /** The first keystrokes after the open, apart (until warm20, V8 optimized the code they run then). */
  warmUp: TypingFigures;
  typing: TypingFigures[];
  /** Resident memory after IDLE_SETTLE_MS without edits, and right after the typing stopped. */
  rssMB: number;
  typedRssMB: number;
  peakRssMB: number;
}

/** BENCH_INTERVALS=300,100: the typing paces, in the order typed (by default 100 ms, then 300 ms). */
const INTERVALS = (process.env.BENCH_INTERVALS ?? '100,300').split(',').map(Number);

/** Keystrokes typed first after the open, before the measured paces (reported apart: what a writer feels first). */
const WARM_UP_EDITS = Number(process.env.BENCH_WARM_UP ?? 60);

/** How long the draft lies open untouched before the server's memory is read (the server tidies up after 1 s idle). */
const IDLE_SETTLE_MS = 3000;


class Session {
  readonly connection: ProtocolConnection;
  // Started as the extension's client starts it: with the same Node options and environment variables.
  readonly child: ReturnType<typeof spawn>;
  pulls = false;
  /** Send time of each version, and when diagnostics covering it arrived. */
  sent = new Map<number, number>();
  covered = new Map<number, number>();
  own = new Set<number>();
  /** Diagnostics pushed for the draft. */
  pushed = 0;
  /** Lints done (the server sends a status notification after each). */
  lints = 0;
  private onDiagnostics?: () => void;
  /** The lint worker's trace (a line per lint and per collection), read for each typing phase. */
  readonly traceFile = path.join(os.tmpdir(), `report-lint-bench-trace-${process.pid}.log`);

  trace(): string[] {
    try {
      return fs.readFileSync(this.traceFile, 'utf8').split('\n').filter(Boolean);
    } catch {
      return []; // A build without the trace.
    }
  }

  constructor(
    private readonly canPull: boolean,
    server = SERVER,
  ) {
    fs.rmSync(this.traceFile, { force: true });
    const env = { ...process.env, ...SERVER_ENV, ...EXTRA_ENV, REPORT_LINT_TRACE: this.traceFile, ...(MEMORY_DIR ? { REPORT_LINT_MEMORY_DIR: MEMORY_DIR } : {}) };
    const execArgv = [...SERVER_EXEC_ARGV, ...EXTRA_ARGV, ...PROFILE_ARGV, ...MEMORY_ARGV];
    if (TRANSPORT === 'ipc') {
      this.child = fork(server, ['--node-ipc', `--clientProcessId=${process.pid}`], { execArgv, env, silent: true });
      this.child.stdout!.resume();
      this.child.stderr!.resume();
      this.connection = createProtocolConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    } else {
      this.child = spawn(process.execPath, [...execArgv, server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env });
      this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    }
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === URI) this.pushed++;
      if (p.uri === URI && p.version !== undefined) this.cover(p.version, true);
    });
    // Pushed diagnostics are re-sent only when they change; the status-bar notification after every lint says which
    // version the diagnostics the client holds now stand for.
    this.connection.onNotification('reportLint/status', (p: { uri: string; version?: number }) => {
      if (p.uri === URI) this.lints++;
      if (p.uri === URI && p.version !== undefined && !this.pulls) this.cover(p.version, true);
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({})));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(ShowMessageRequest.type, () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  cover(version: number, exact: boolean): void {
    const now = performance.now();
    for (const [v, t] of this.sent) if (v <= version && !this.covered.has(v)) this.covered.set(v, now - t);
    if (exact) this.own.add(version);
    this.onDiagnostics?.();
  }

  async start(): Promise<void> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, ...(this.canPull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}) },
      },
    });
    this.pulls = result.capabilities.diagnosticProvider !== undefined;
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** The result id of the last report the server answered a pull with (full or unchanged). */
  private resultId?: string;

  /**
   * Pull diagnostics for the version just sent (an editor pulls after every change); cancelling is left to the server.
   * As VS Code's client does, each pull sends the result id of the last answer (previousResultId), and the server
   * answers "unchanged" when the diagnostics are the ones it sent then.
   */
  pull(version: number): void {
    if (!this.pulls) return;
    this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: this.resultId }).then(
      (report) => {
        if (report.resultId !== undefined) this.resultId = report.resultId;
        if (report.kind === 'unchanged') this.unchanged++;
        this.cover(version, true);
      },
      () => undefined, // cancelled for a newer version
    );
  }

  /** How many pulls were answered "unchanged". */
  unchanged = 0;

  waitCovered(version: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} in ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        if (this.covered.has(version)) {
          clearTimeout(timer);
          this.onDiagnostics = undefined;
          resolve();
        }
      };
      this.onDiagnostics = check;
      check();
    });
  }

  /**
   * CPU time used so far (ms), on the server's own thread and in all its threads: unlike the latencies it hardly
   * depends on what else the machine runs, so two builds compare on a busy machine.
   */
  cpu(): { main: number; all: number } {
    const ticks = (stat: string) => {
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms clock ticks
    };
    const pid = this.child.pid!;
    return { main: ticks(fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')), all: ticks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) };
  }

  /** CPU time used so far (ms) per thread (by id). */
  threadCpu(): Record<string, number> {
    const pid = this.child.pid!;
    const out: Record<string, number> = {};
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = tid;
        if (name === undefined) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out[name] = (out[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        // The thread ended.
      }
    }
    return out;
  }

  memory(): { rss: number; peak: number } {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  async stop(): Promise<void> {
    if (PROFILE_ARGV.length) {
      // A profiled server writes its profiles when it exits on its own: asked to, as an editor asks it.
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await Promise.race([exited, sleep(10_000)]);
    }
    this.child.kill();
    this.connection.dispose();
    // BENCH_KEEP_TRACE=file: the worker's trace kept there (appended), to read what it did.
    if (process.env.BENCH_KEEP_TRACE) fs.appendFileSync(process.env.BENCH_KEEP_TRACE, this.trace().join('\n') + '\n');
    fs.rmSync(this.traceFile, { force: true });
  }
}

/**
 * Types `count` characters at `intervalMs` at the end of one line in the middle of the draft, a word at a time, after
 * the `typedBefore` characters typed there by the paces before. (Until lat17 each pace started at the line's original
 * end, in front of the text the pace before had typed: the 300 ms pace made "工作推进工作推进" there, a repeated-word
 * finding that appeared, grew and went every 7 keystrokes, so its diagnostics changed at most keystrokes and were sent
 * again in full — 10 ms more at the median than the 100 ms pace, which the pace itself did not cost.)
 */
async function type(session: Session, text: string, firstVersion: number, count: number, intervalMs: number, typedBefore: number): Promise<TypingFigures> {
  const lines = text.split(/\r?\n/);
  const line = Math.floor(lines.length / 2);
  let column = lines[line].length + typedBefore;
  const requestTimes: number[] = [];
  const versions: number[] = [];
  const cpuBefore = session.cpu();
  const threadsBefore = session.threadCpu();
  const traceBefore = session.trace().length;
  const lintsBefore = session.lints;
  const unchangedBefore = session.unchanged;
  const pushedBefore = session.pushed;
  for (let i = 0; i < count; i++) {
    const version = firstVersion + i;
    const position = { line, character: column };
    const typed = '工作推进有力，'[i % 7];
    session.sent.set(version, performance.now());
    versions.push(version);
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: position, end: position }, text: typed }],
    });
    session.pull(version);
    column += typed.length;
    if (i % 10 === 5) {
      // Other requests while the server lints: they must not wait for the lint.
      const asked = performance.now();
      const at = { textDocument: { uri: URI }, position: { line, character: 0 } };
      void Promise.all([
        session.connection.sendRequest(HoverRequest.type, at),
        session.connection.sendRequest(CompletionRequest.type, at),
        session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }),
      ]).then(() => requestTimes.push(performance.now() - asked));
    }
    await sleep(intervalMs);
    if (process.env.BENCH_SAMPLE && i % 10 === 9) {
      const now = session.threadCpu();
      console.log(`  after ${i + 1} edits: ${JSON.stringify(Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - (threadsBefore[k] ?? 0)])))}`);
    }
  }
  const last = firstVersion + count - 1;
  await session.waitCovered(last, 60_000);
  await sleep(200);
  const cpuAfter = session.cpu();
  const threadsAfter = session.threadCpu();
  const perThread = Object.entries(threadsAfter).map(([k, v]) => [k, v - (threadsBefore[k] ?? 0)] as const);
  const main = perThread.find(([k]) => k === String(session.child.pid))?.[1] ?? NaN;
  const others = perThread.filter(([k]) => k !== String(session.child.pid)).map(([, v]) => v);
  const worker = Math.max(0, ...others);
  const threads = { main, worker, helpers: others.reduce((a, b) => a + b, 0) - worker };
  const traced = session.trace();
  const lints = session.lints - lintsBefore;
  const latencies = versions.map((v) => session.covered.get(v) ?? Infinity);
  return {
    intervalMs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    ownVersions: versions.filter((v) => session.own.has(v)).length,
    edits: count,
    requestP95: requestTimes.length ? percentile(requestTimes, 95) : NaN,
    cpuPerEdit: { main: (cpuAfter.main - cpuBefore.main) / count, all: (cpuAfter.all - cpuBefore.all) / count },
    lints,
    cpuPerLint: (cpuAfter.all - cpuBefore.all) / Math.max(1, lints),
    unchanged: session.unchanged - unchangedBefore,
    pushed: session.pushed - pushedBefore,
    threads,
    worker: workerEvents(traced.slice(traceBefore)),
  };
}

/**
 * Waits until the server is idle after the open: its threads used under 20 ms of CPU in the last 500 ms (at most 10 s).
 * The full lint of the 3 MB draft leaves hundreds of MB of garbage, which V8 collects and sweeps on its helper threads
 * some seconds later (or the worker's idle collection does, a second after the lint): ≈ 1 s of CPU that the first typing
 * phase was charged with or not, depending on when it came (lat19: 34 → 48 ms per lint in one phase of two runs). Returns
 * the CPU (ms, all threads) and the time spent waiting.
 */
async function settle(session: Session): Promise<{ cpu: number; ms: number }> {
  const started = performance.now();
  const before = session.cpu().all;
  // At least the worker's idle delay (idle-collect.ts: 1 s without a lint) and a margin, so its collection runs.
  await untilIdle(() => session.cpu().all, 1500, 10_000);
  return { cpu: session.cpu().all - before, ms: performance.now() - started };
}

/** `pull`: a client that pulls diagnostics (as most LSP clients now can); `push`: one that waits for them (VS Code's client, which Report Lint keeps on push). */
export async function benchServer(mode: 'pull' | 'push', edits = 200, server = SERVER, quiet = false): Promise<ServerFigures> {
  const text = SMALL_DRAFT ? fs.readFileSync(BIG_DRAFT, 'utf8') : draftOfSize(3);
  const session = new Session(mode === 'pull', server);
  try {
    await session.start();
    const opened = performance.now();
    session.sent.set(1, opened);
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'report', version: 1, text } });
    session.pull(1);
    await session.waitCovered(1, 120_000);
    const openMs = performance.now() - opened;
    const settled = await settle(session);
    const typing: TypingFigures[] = [];
    let version = 2;
    // The first keystrokes after the open run code the full lint did not (the incremental update): V8 optimized it on
    // its helper threads, ≈ 1–1.7 s of CPU over the first ≈ 40 keystrokes (lat19), and the first pace was charged with
    // it or not. The worker now warms that code up once the open's lint is done (warm-up.ts: its CPU is in "then CPU
    // until idle"); the first keystrokes are still typed first and reported apart, as a writer who opens the draft and
    // starts typing feels them.
    const warmUp = await type(session, text, version, WARM_UP_EDITS, 100, version - 2);
    version += WARM_UP_EDITS;
    for (const interval of INTERVALS) {
      // Each typed character is one UTF-16 unit: the next pace types on where this one stopped.
      typing.push(await type(session, text, version, edits, interval, version - 2));
      version += edits;
    }
    const typed = session.memory();
    // An editor holding the draft open while the writer reads: what the server keeps once it has tidied up.
    await sleep(IDLE_SETTLE_MS);
    const { rss, peak } = session.memory();
    if (quiet) return { openMs, settled, warmUp, typing, rssMB: rss, typedRssMB: typed.rss, peakRssMB: peak };
    console.log(`\nLanguage server, ${SMALL_DRAFT ? '120k' : '3 MB'} draft (${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB, ${text.length} chars; ${session.pulls ? 'pull' : 'push'} diagnostics, ${TRANSPORT}) — ${machine()}`);
    row(['open → first diagnostics', `${openMs.toFixed(0)} ms`]);
    row(['  then CPU until idle (collection, warm-up)', `${settled.cpu.toFixed(0)} ms`, `in ${settled.ms.toFixed(0)} ms`], [48, 14, 14, 30]);
    const w = warmUp;
    row([`first ${w.edits} keystrokes after the open (${w.intervalMs} ms)`, `p50 ${w.p50.toFixed(0)} ms`, `p95 ${w.p95.toFixed(0)} ms`, `own diagnostics ${w.ownVersions}/${w.edits} versions`], [48, 14, 14, 30]);
    row([`  CPU per lint (all threads), V8 helpers`, `${w.cpuPerLint.toFixed(0)} ms`, `${(w.threads.helpers / Math.max(1, w.lints)).toFixed(1)} ms`], [48, 14, 14, 30]);
    for (const t of typing) {
      row([`typing every ${t.intervalMs} ms: keystroke → diagnostics`, `p50 ${t.p50.toFixed(0)} ms`, `p95 ${t.p95.toFixed(0)} ms`, `own diagnostics ${t.ownVersions}/${t.edits} versions`], [48, 14, 14, 30]);
      row([`  hover + completion + symbols meanwhile`, `p95 ${t.requestP95.toFixed(0)} ms`]);
      row([`  server CPU per edit: its thread, all threads`, `${t.cpuPerEdit.main.toFixed(1)} ms`, `${t.cpuPerEdit.all.toFixed(1)} ms`], [48, 14, 14, 30]);
      row([`  lints, CPU per lint (all threads)`, `${t.lints}`, `${t.cpuPerLint.toFixed(0)} ms`], [48, 14, 14, 30]);
      row([`  CPU/lint: server, worker, V8 helpers`, `${(t.threads.main / t.lints).toFixed(1)} ms`, `${(t.threads.worker / t.lints).toFixed(1)} ms`, `${(t.threads.helpers / t.lints).toFixed(1)} ms`], [48, 14, 14, 30]);
      const w = t.worker;
      row([`  worker: text/changes/re-reads; GCs minor, full`, `${w.text}/${w.changes}/${w.needsText}`, `${w.minorGcs}, ${w.majorGcs}`, `GC pauses ${w.gcMs.toFixed(0)} ms, old space ${w.oldMB} MB`], [48, 14, 14, 30]);
      if (session.pulls) row([`  pulls answered "unchanged"`, `${t.unchanged}/${t.edits}`], [48, 14, 14, 30]);
      else row([`  diagnostics pushed (only when changed)`, `${t.pushed}/${t.edits}`], [48, 14, 14, 30]);
    }
    row(['server resident memory (RSS) right after typing', `${typed.rss.toFixed(0)} MB`], [48, 14, 14, 30]);
    row([`server RSS with the draft, ${IDLE_SETTLE_MS / 1000} s idle`, `${rss.toFixed(0)} MB`, `peak ${peak.toFixed(0)} MB`, '(target < 150 MB)'], [48, 14, 14, 30]);
    if (MEMORY_DIR) for (const line of await whereMemoryIs(session.child.pid!, MEMORY_DIR)) console.log(`  ${line}`);
    if (MEMORY_DIR && process.env.REPORT_LINT_HEAP_SNAPSHOT) {
      // memory-probe.cjs writes the server's thread's heap after its figures: waited for before the server is stopped.
      const file = path.join(MEMORY_DIR, `server-${session.child.pid}.heapsnapshot`);
      for (let waited = 0; waited < 120_000 && !fs.existsSync(file); waited += 500) await sleep(500);
      console.log(`  heap snapshot of the server's thread: ${file}`);
    }
    return { openMs, settled, warmUp, typing, rssMB: rss, typedRssMB: typed.rss, peakRssMB: peak };
  } finally {
    await session.stop();
  }
}

/**
 * Where the server's resident memory is (BENCH_MEMORY): /proc/<pid>/smaps by mapping (the binary's pages, other files,
 * anonymous), each thread's V8 heap by space (physical size, and used) from memory-probe.cjs, and what is left of the
 * anonymous memory outside V8's heaps (malloc'd: external memory such as ArrayBuffers, the arenas' free holes, stacks).
 */
async function whereMemoryIs(pid: number, dir: string): Promise<string[]> {
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const kb: Record<string, number> = {};
  let name = '';
  /** The anonymous mappings, each with its size and resident kB: the largest are printed (malloc's arenas, stacks, V8's large pages). */
  const anonymous: { label: string; size: number; rss: number }[] = [];
  for (const line of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      name = !head[4] ? 'anonymous' : head[4] === '[heap]' ? 'anonymous' : head[4].startsWith('/') ? (head[4] === process.execPath ? 'node binary' : 'other files') : 'anonymous';
      if (name === 'anonymous') anonymous.push({ label: `${head[4] || head[3]}`, size: (parseInt(head[2], 16) - parseInt(head[1], 16)) / 1024, rss: 0 });
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) {
      kb[name] = (kb[name] ?? 0) + Number(rss[1]);
      if (name === 'anonymous') anonymous[anonymous.length - 1].rss = Number(rss[1]);
    }
  }
  fs.writeFileSync(path.join(dir, `memory-${pid}.ask`), '');
  const started = performance.now();
  let files: string[] = [];
  while (performance.now() - started < 5000 && files.length < 2) {
    await sleep(250);
    files = fs.readdirSync(dir).filter((f) => f.startsWith(`memory-${pid}-`) && f.endsWith('.json'));
  }
  const lines = [`memory by mapping: node binary ${mb((kb['node binary'] ?? 0) * 1024)} MB, other files ${mb((kb['other files'] ?? 0) * 1024)} MB, anonymous ${mb((kb.anonymous ?? 0) * 1024)} MB`];
  let heaps = 0;
  for (const file of files.sort()) {
    const f = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      threadId: number;
      memory: NodeJS.MemoryUsage;
      heap: { total_physical_size: number };
      spaces: { space_name: string; physical_space_size: number; space_used_size: number }[];
      gcs: Record<string, [number, number]>;
    };
    heaps += f.heap.total_physical_size;
    const spaces = f.spaces.filter((s) => s.physical_space_size > 0).map((s) => `${s.space_name.replace(/_space$/, '')} ${mb(s.physical_space_size)}/${mb(s.space_used_size)}`);
    lines.push(`${f.threadId === 0 ? "server's thread" : 'lint worker'}: V8 heap ${mb(f.heap.total_physical_size)} MB (space physical/used: ${spaces.join(', ')}); external ${mb(f.memory.external)} MB (ArrayBuffers ${mb(f.memory.arrayBuffers)}); scavenges ${f.gcs['1']?.[0] ?? 0}, full collections ${f.gcs['4']?.[0] ?? 0}`);
  }
  lines.push(`anonymous outside V8's heaps (malloc: external memory, arenas, stacks): ${mb((kb.anonymous ?? 0) * 1024 - heaps)} MB`);
  const largest = anonymous.sort((a, b) => b.rss - a.rss).slice(0, 10);
  lines.push(`largest anonymous mappings (resident/size MB): ${largest.map((m) => `${m.label} ${mb(m.rss * 1024)}/${mb(m.size * 1024)}`).join(', ')}`);
  const small = anonymous.filter((m) => m.size <= 1024);
  lines.push(`anonymous mappings: ${anonymous.length}, of ≤ 1 MB (V8's pages, mapped malloc blocks) ${small.length} holding ${mb(small.reduce((s, m) => s + m.rss, 0) * 1024)} MB`);
  if (process.env.MALLOC_PROBE_DIR) lines.push(...(await mallocArenas(pid, process.env.MALLOC_PROBE_DIR)));
  return lines;
}

/**
 * MALLOC_PROBE_DIR=dir, with BENCH_SERVER_ENV="LD_PRELOAD=…/mallocprobe.so" (a measuring aid built from
 * scripts/bench/mallocprobe.c, never shipped): glibc's arenas in the idle server, each one's size and what is free in
 * it (malloc_info), and with MALLOC_PROBE_TRIM=1 the RSS a malloc_trim(0) gives back (holes only that call returns).
 */
async function mallocArenas(pid: number, dir: string): Promise<string[]> {
  const rssMB = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  const before = rssMB();
  fs.writeFileSync(path.join(dir, `ask-${pid}`), '');
  const info = path.join(dir, `info-${pid}.xml`);
  const trimmed = path.join(dir, `trimmed-${pid}.xml`);
  const wantTrim = process.env.MALLOC_PROBE_TRIM === '1';
  const started = performance.now();
  while (performance.now() - started < 5000 && !(fs.existsSync(info) && (!wantTrim || fs.existsSync(trimmed)))) await sleep(100);
  if (!fs.existsSync(info)) return ['malloc probe: no answer (LD_PRELOAD the probe through BENCH_SERVER_ENV)'];
  const arenas = (xml: string) =>
    [...xml.matchAll(/<heap nr="(\d+)">([\s\S]*?)<\/heap>/g)].map(([, nr, body]) => {
      const total = (type: string) => Number(new RegExp(`<total type="${type}" count="\\d+" size="(\\d+)"`).exec(body)?.[1] ?? 0);
      const system = Number(/<system type="current" size="(\d+)"/.exec(body)?.[1] ?? 0);
      return `arena ${nr}: ${(system / 2 ** 20).toFixed(1)} MB, free ${((total('fast') + total('rest')) / 2 ** 20).toFixed(1)} MB`;
    });
  const lines = [`malloc arenas (malloc_info): ${arenas(fs.readFileSync(info, 'utf8')).join('; ')}`];
  const mapped = /<total type="mmap" count="(\d+)" size="(\d+)"/.exec(fs.readFileSync(info, 'utf8'));
  if (mapped) lines.push(`  blocks mapped on their own: ${mapped[1]}, ${(Number(mapped[2]) / 2 ** 20).toFixed(1)} MB`);
  if (wantTrim && fs.existsSync(trimmed)) lines.push(`  malloc_trim(0): RSS ${before.toFixed(1)} → ${rssMB().toFixed(1)} MB`);
  return lines;
}
