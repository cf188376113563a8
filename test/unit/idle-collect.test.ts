// The idle collector (server/src/idle-collect.ts): after a document is let go, the next idle moment collects even when
// the heap did not grow past the slack (a closed draft's model is garbage an idle thread never gets collected; perf56).
import * as assert from 'node:assert/strict';
import { PerformanceObserver } from 'node:perf_hooks';
import { idleCollector } from '../../server/src/idle-collect';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Full collections seen while `during` runs (and a moment after, as the entries arrive late). */
async function fullCollections(during: () => Promise<void>): Promise<number> {
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === 4) count++;
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    await during();
    await sleep(50);
  } finally {
    observer.disconnect();
  }
  return count;
}

describe('idle collection', () => {
  it('collects once a document was let go, however little the heap grew', async () => {
    // A slack no test heap reaches: only a released document makes it collect.
    const tidy = idleCollector(10, 2 ** 40);
    const collections = await fullCollections(async () => {
      tidy.released();
      tidy.idle();
      await sleep(100);
    });
    assert.ok(collections >= 1, `${collections} full collections`);
  });

  it('a lint coming in before the idle moment puts the collection off, not away', async () => {
    const tidy = idleCollector(10, 2 ** 40);
    const collections = await fullCollections(async () => {
      tidy.released();
      tidy.idle();
      tidy.busy();
      await sleep(30);
      tidy.idle();
      await sleep(100);
    });
    assert.ok(collections >= 1, `${collections} full collections`);
  });
});
