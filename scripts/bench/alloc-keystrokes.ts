// What one keystroke allocates on the 3 MB draft, by function: the inspector's sampling heap profiler over 60
// keystrokes typed as the server bench types (工作推进有力， at the end of the middle line, after 20 of warm-up),
// counting the objects the collector has already taken too. Allocation per keystroke is what garbage collection costs.
//   npx tsx scripts/bench/alloc-keystrokes.ts

import { Session } from 'node:inspector/promises';
import { IncrementalLinter } from '../../server/src/engine';
import { draftOfSize } from './measure';
interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

async function main() {
  const text = draftOfSize(3);
  const lines = text.split(/\r?\n/); const line = Math.floor(lines.length / 2);
  const l = new IncrementalLinter({ format: 'plain' });
  l.update(text);
  let character = lines[line].length;
  const typed = '工作推进有力，';
  for (let i = 0; i < 20; i++) { const at = { line, character }; l.update({ changes: [{ range: { start: at, end: at }, text: typed[i % 7] }] }); character++; }
  const s = new Session(); s.connect();
  await s.post('HeapProfiler.enable');
  await s.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const N = 60;
  for (let i = 0; i < N; i++) { const at = { line, character }; l.update({ changes: [{ range: { start: at, end: at }, text: typed[i % 7] }] }); character++; }
  const { profile } = (await s.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SamplingNode } };
  const by = new Map<string, number>();
  let total = 0;
  // A builtin (Array.prototype.push, Map.prototype.set: no url) is counted under the function that called it.
  const name = (n: SamplingNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/server\/src\//, '')}:${n.callFrame.lineNumber + 1}`;
  const walk = (n: SamplingNode, caller: string): void => {
    const own = name(n);
    const k = n.callFrame.url ? own : `${n.callFrame.functionName || '(anon)'} < ${caller}`;
    by.set(k, (by.get(k) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const c of n.children) walk(c, n.callFrame.url ? own : caller);
  };
  walk(profile.head, '(root)');
  console.log('allocated per keystroke (sampled)', (total / N / 1e6).toFixed(2), 'MB');
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / N / 1e3).toFixed(0).padStart(6), 'KB', k);
}
void main();
