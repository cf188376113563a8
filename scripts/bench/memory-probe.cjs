// Preloaded into the language server by the server bench when BENCH_MEMORY=1 (`--require`, which a worker thread
// inherits): each thread of the server (its own and the lint worker's) writes its heap figures to
// `<dir>/memory-<pid>-<threadId>.json` once the file `<dir>/memory-<pid>.ask` appears, `<dir>` being
// REPORT_LINT_MEMORY_DIR. Not part of the server: a measuring aid, as the trace is (docs/performance.md, rss20).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const { threadId } = require('node:worker_threads');
const { PerformanceObserver } = require('node:perf_hooks');

const dir = process.env.REPORT_LINT_MEMORY_DIR;
if (dir) {
  /** Collections by kind (1 scavenge, 4 full, 8 incremental marking): count and total pause (ms). */
  const gcs = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e.detail && e.detail.kind) || '?';
      const g = (gcs[kind] = gcs[kind] || [0, 0]);
      g[0]++;
      g[1] += e.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  const ask = path.join(dir, `memory-${process.pid}.ask`);
  let answered = false;
  setInterval(() => {
    if (answered || !fs.existsSync(ask)) return;
    answered = true;
    const figures = { threadId, memory: process.memoryUsage(), heap: v8.getHeapStatistics(), spaces: v8.getHeapSpaceStatistics(), gcs };
    fs.writeFileSync(path.join(dir, `memory-${process.pid}-${threadId}.json`), JSON.stringify(figures));
    // REPORT_LINT_HEAP_SNAPSHOT=1: the server's thread's heap written too, after the figures (read it with
    // scripts/bench/heap-summary.ts, or in DevTools); the worker's is worker-heap.ts's.
    if (threadId === 0 && process.env.REPORT_LINT_HEAP_SNAPSHOT) {
      const file = path.join(dir, `server-${process.pid}.heapsnapshot`);
      v8.writeHeapSnapshot(`${file}.part`);
      fs.renameSync(`${file}.part`, file);
    }
  }, 200).unref();
}
