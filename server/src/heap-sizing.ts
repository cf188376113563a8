// How the language server's two V8 heaps are sized (Node only). V8 sizes a heap for throughput: it lets the young
// generation grow to 48 MB and the old one to up to four times what was live after the last full collection before it
// collects again, and keeps what it grew to however idle the thread. A server holding a 3 MB draft open sat on
// 60 MB of empty semi-spaces, and typing into the draft took it from 200 to 400–470 MB between two collections.
// Tighter limits (a 12 MB young generation, 30 % growth) cut more, but cost 10 % more CPU per keystroke's lint.

import { setFlagsFromString } from 'node:v8';

/**
 * The Node options the server process is started with (the extension's client, the server bench): semi-spaces of at
 * most 1 MB for the server's own thread. V8 grows a thread's young generation to two 16 MB semi-spaces while it
 * allocates fast and keeps them however idle the thread; the flag can only be given on the command line for the
 * process's first thread (its heap is sized when it starts). At 4 MB (mem7) the server's thread sat on 8 MB of empty
 * semi-spaces with the 3 MB draft open. Its work per keystroke (a change applied, the worker's reply, ≈ 1,500
 * diagnostics delivered) keeps little alive: at 2 MB it holds 4 MB, and its CPU per keystroke was ≈ 0.1 ms more, within
 * the noise; at 1 MB it holds 2 MB and scavenges about twice as often: ≈ 0.3 ms more of that thread's CPU per
 * keystroke (rss20; 3.3–3.4 against 3.0–3.2 ms in perf33's four sessions each, +0.3–0.4 ms on V8's helper threads),
 * ≈ 2 % of a keystroke's CPU, for 2 MB less resident with the draft open (RSS 3 s idle 150–152 against 154–156 MB in
 * the same four sessions; docs/performance.md, perf33).
 * The lint worker is sized apart (WORKER_SEMI_SPACE_MB). A server started without it (another editor) sizes its own
 * thread as V8 does.
 *
 * `--no-sparkplug`: no baseline machine code (a function goes from the interpreter straight to the optimizing compiler
 * when it is hot). Process-wide: both threads. With the 3 MB draft open the lint worker's code space held 3.4–3.6 MB
 * of baseline code that a keystroke's lint runs too rarely to need (code space 14.1 → 10.5–10.7 MB, its V8 heap 76.0–76.5
 * → 71.5–71.7 MB; the server's thread's code 0.5 → 0.1–0.2 MB): idle RSS 161 → 152 and 163 → 158 MB in two pairs
 * (A B, B A; docs/performance.md, perf66, load 11–18). Its cost is CPU where functions would have run as baseline code
 * before the optimizing compiler takes them: the worker's CPU per keystroke's lint +0.4 and +1.3 ms in those pairs,
 * none to see in three interleaved pairs of fresh processes (ab-flags.ts, load 16), +1 to +3.6 ms on a less loaded
 * machine (perf46); the draft's open a few seconds later under load. Drop the flag if a quiet-machine bench shows the
 * keystroke p95 near its 50 ms target.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1', '--no-sparkplug'];

/**
 * The lint worker's semi-spaces (MB): 4 MB of young generation resident instead of V8's 32. V8 keeps both semi-spaces
 * however idle the worker (it gives them back only after 5 s of allocating next to nothing, or when its memory reducer
 * runs, 8 s after a full collection), so they are resident with the draft open. When a keystroke's lint of the 3 MB
 * draft cost ≈ 100 ms, 2 MB cost up to ≈ 15 % more CPU than 4 (mem7); at ≈ 19 ms per keystroke, 0.4 ms (2 %) in
 * eight runs against eight, within their noise, for 4 MB less resident (rss22); 1 MB cost 20–35 % (mem7). Set as the
 * process's flag just before each worker starts (a new isolate reads it then, over the worker's resourceLimits; the
 * threads already running keep their sizes): see sizeWorkerYoungGeneration.
 */
export const WORKER_SEMI_SPACE_MB = 2;

/** Before a lint worker starts: its young generation (WORKER_SEMI_SPACE_MB), whatever the server's thread was given. */
export function sizeWorkerYoungGeneration(): void {
  try {
    setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  } catch {
    // Not V8, or the flag is gone: the worker's resourceLimits.
  }
}

/**
 * The environment variables the server process is started with, beside the client's own (the extension's client, the
 * server bench), for glibc's malloc: at most two arenas (by default each thread that allocates gets its own: the
 * server's, the lint worker's, V8's compiler and collector threads, each keeping what it once held), and free memory
 * at an arena's top given back above 128 KB (fixed: by default the threshold rises, to up to 64 MB, after the first
 * large block is freed — the 3 MB draft's text crossing to the worker), blocks of 64 KB and more mapped on their own
 * (fixed too, for the same reason). With the 3 MB draft open, ≈ 10 and ≈ 5 MB less resident memory (mem9). The mapped
 * blocks at 64 KB rather than 128 KB (rss20): ≈ 7 MB of the server thread's arena was free 3 s idle, in holes free()
 * never gives back (a malloc_trim from a debugger returned them); a stream reading stdin or the IPC pipe asks for
 * 64 KB per read (the open's 3 MB message is ≈ 50 of them, held until the message is whole), the likeliest source
 * (not traced), and mapped, each such block goes back when freed. ≈ 2 MB less resident on average (five runs against
 * eight), no CPU per lint measurable. Other C libraries (musl) and systems ignore them; read when the process starts.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '65536' };

/**
 * The lint worker's young generation (two semi-spaces of a third each, and large objects) when the flag could not be
 * set (sizeWorkerYoungGeneration): 16 MB of semi-spaces resident instead of 32.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 24 };

/**
 * The old generation grows to twice what was live before the next full collection (V8 picks a factor between 1.1 and
 * 4 from how fast it collects; typing into the 3 MB draft, the heap reached several times its live size between
 * collections). The flag is the process's: both threads, read at each collection.
 */
export function growHeapsSlowly(): void {
  try {
    setFlagsFromString('--heap-growing-percent=100');
  } catch {
    // Not V8, or the flag is gone: the default sizing.
  }
}
