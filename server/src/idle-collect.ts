// Gives back the memory a lint left behind once the thread is idle (Node only). Opening a long draft lints it whole,
// which builds hundreds of MB that are garbage a moment later, and every keystroke's lint leaves some more; V8 keeps
// the heap it grew to, so a server holding a 3 MB draft sat on 400–500 MB. One full collection after a second with
// no lint returns it: a pause of some tens of ms at a moment nothing waits for.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** No lint for this long, and the heap is collected (when it holds much more than was live after the last time). */
const IDLE_MS = 1000;
/**
 * Collect only when the heap holds this much (and a tenth) more than was live after the last collection. At 24 MB and a
 * quarter, the server's thread (≈ 15 MB live with the 3 MB draft open) was never collected when idle, and the worker
 * (≈ 60 MB live) only after enough typing: their garbage held the typed arrays of old lints, allocated outside the heap
 * (≈ 5–10 MB resident, docs/performance.md, mem9). A collection costs a few tens of ms once per pause in the typing.
 */
const SLACK_BYTES = 8 * 2 ** 20;
/**
 * The server's own thread (WorkerLinter's collector): 1 MB. Its heap is small (≈ 18 MB with the 3 MB draft open, 10 of
 * it old space), so 8 MB and a tenth let it sit idle on 6–8 MB of old-space pages its typing had spread (old space
 * 17.7 MB for 11.3 live, 3 s idle, in one of six server bench sessions: +7.7 MB of RSS; docs/performance.md, perf56).
 * Collecting and compacting it costs a few ms, once per pause in the typing.
 */
export const SERVER_THREAD_SLACK_BYTES = 2 ** 20;

export interface IdleCollector {
  /** Work has come: no collection now. */
  busy(): void;
  /** Work is done: collect once nothing else comes for a while. */
  idle(): void;
  /**
   * A document was let go (closed): the next idle collection runs whatever the heap's growth. What the closed draft's
   * model held is garbage that an idle thread allocates too little to have V8 collect (the 3 MB draft's ≈ 10 MB of
   * the worker's heap kept 3 s after it was closed; docs/performance.md, perf56).
   */
  released(): void;
}

export function idleCollector(idleMs = IDLE_MS, slackBytes = SLACK_BYTES): IdleCollector {
  const collect = exposedGc();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live = 0;
  let held = 0;
  /** A document was let go since the last collection. */
  let owed = false;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    busy: cancel,
    released() {
      owed = true;
    },
    idle() {
      cancel();
      if (!collect) return;
      timer = setTimeout(() => {
        timer = undefined;
        // Live data grew, or the heap V8 holds did: typing after a collection leaves few more live bytes but spreads
        // its survivors over new old-space pages (the worker's old space grows ≈ 45 → 90 MB between full
        // collections), which only a compacting collection gives back.
        const { heapUsed, heapTotal } = process.memoryUsage();
        if (!owed && heapUsed < live * 1.1 + slackBytes && heapTotal < held * 1.1 + slackBytes) return;
        owed = false;
        collect();
        ({ heapUsed: live, heapTotal: held } = process.memoryUsage());
      }, idleMs);
      timer.unref();
    },
  };
}

/**
 * V8's full collection, which Node gives only under --expose-gc (the flag is set for a new context, which has it),
 * compacting: a plain full collection frees the dead objects but keeps nearly every page they were on (a lint's
 * survivors are spread thin over the old generation: 112 MB of pages held 61 MB live in the worker after the 3 MB
 * draft was opened and typed into), so the memory went back to V8's free lists, not to the system.
 */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return undefined;
    return () => {
      // The flag is the process's (both threads read it): on only for this collection.
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        (gc as () => void)();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    };
  } catch {
    return undefined;
  }
}
