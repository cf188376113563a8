// How the language server's two V8 heaps are sized (Node only). V8 sizes a heap for throughput: it lets the young
// generation grow to 48 MB and the old one to several times what was live after the last full collection before it
// collects again, and keeps what it grew to however idle the thread. A server holding a 3 MB draft open sat on
// 60 MB of empty semi-spaces, and typing into the draft took it from 200 to 470 MB between two collections.

import { setFlagsFromString } from 'node:v8';

/**
 * The lint worker's young generation (two semi-spaces of a third each, and large objects): 8 MB of semi-spaces
 * resident instead of 32. No CPU cost per lint measurable on the bench's 3 MB draft.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12 };

/**
 * The old generation may grow by 30 % of what was live before the next full collection (V8 picks 10–300 %, mostly the
 * top when a thread allocates fast, as a lint does). The flag is the process's: both threads, read at each collection.
 */
export function growHeapsSlowly(): void {
  try {
    setFlagsFromString('--heap-growing-percent=30');
  } catch {
    // Not V8, or the flag is gone: the default sizing.
  }
}
