// Gives back the memory a lint left behind once the thread is idle (Node only). Opening a long draft lints it whole,
// which builds hundreds of MB that are garbage a moment later, and every keystroke's lint leaves some more; V8 keeps
// the heap it grew to, so a server holding a 3 MB draft sat on 400–500 MB. One full collection after a second with
// no lint returns it: a pause of some tens of ms at a moment nothing waits for.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** No lint for this long, and the heap is collected (when it holds much more than was live after the last time). */
const IDLE_MS = 1000;
/** Collect only when the heap holds this much more than was live after the last collection. */
const SLACK_BYTES = 24 * 2 ** 20;

export interface IdleCollector {
  /** Work has come: no collection now. */
  busy(): void;
  /** Work is done: collect once nothing else comes for a while. */
  idle(): void;
}

export function idleCollector(idleMs = IDLE_MS): IdleCollector {
  const collect = exposedGc();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live = 0;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    busy: cancel,
    idle() {
      cancel();
      if (!collect) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (process.memoryUsage().heapUsed < live * 1.25 + SLACK_BYTES) return;
        collect();
        live = process.memoryUsage().heapUsed;
      }, idleMs);
      timer.unref();
    },
  };
}

/** V8's full collection, which Node gives only under --expose-gc: the flag is set for a new context, which has it. */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
