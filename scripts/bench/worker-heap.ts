// The lint worker's heap with the 3 MB draft open (not part of `npm run bench`): the server's worker (dist/lint-worker.js,
// started by WorkerLinter as the server starts it) sent the draft, then `EDITS` one-character edits into a line in its
// middle as changes, then left idle for 3 s (its idle collection runs). With `--snapshot FILE`, writes the worker's
// heap snapshot there (open it in Chrome's DevTools, Memory tab). Run it bundled, not under tsx: a worker inherits
// tsx's loader, whose module parsing keeps several MB that the server's worker never holds.
//
//   npm run build
//   npx esbuild scripts/bench/worker-heap.ts --bundle --platform=node --main-fields=module,main --outfile=.scratch/bench/worker-heap.js
//   node .scratch/bench/worker-heap.js --snapshot /tmp/worker.heapsnapshot
// With `--forget`, the draft is then closed (the server's `forget`) and a short draft of 2,000 characters opened and
// linted in its place before the 3 s: what the worker keeps of a closed draft (module-level caches, perf56); with
// `--forget --alone`, nothing is linted after it (the writer closed the draft and typed nothing else).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { TextChange } from '../../server/src/engine';
import { WorkerLinter } from '../../server/src/worker-linter';
import { draftOfSize, ROOT } from './measure';

// The worker's bundle, as the server starts it (or another build's server.js, which serves as the worker too).
const SERVER = process.env.REPORT_LINT_SERVER ?? path.join(ROOT, 'dist', 'lint-worker.js');
const EDITS = 40;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const snapshotAt = process.argv.indexOf('--snapshot');
  const file = snapshotAt >= 0 ? process.argv[snapshotAt + 1] : undefined;
  const text = draftOfSize(3);
  const linter = new WorkerLinter(SERVER, 120_000);
  const uri = 'file:///tmp/report-lint-bench/big.report';
  const options = { locale: 'auto' as const, format: 'plain' as const };
  let lines = text.split('\n');
  const lineCount = () => lines.length;
  await linter.lint({ uri, version: 1, text: () => text, length: text.length, options, lineCount: lineCount() });
  const line = Math.floor(lines.length / 2);
  let column = lines[line].length;
  let changes: TextChange[] = [];
  for (let i = 0; i < EDITS; i++) {
    const typed = '工作推进有力，'[i % 7];
    const position = { line, character: column };
    changes.push({ range: { start: position, end: position }, text: typed });
    lines[line] = lines[line].slice(0, column) + typed + lines[line].slice(column);
    column += typed.length;
    const sent = changes;
    changes = [];
    const now = lines.join('\n');
    await linter.lint({ uri, version: i + 2, text: () => now, length: now.length, options, lineCount: lineCount(), changesSince: () => sent });
  }
  lines = [];
  if (process.argv.includes('--forget')) {
    linter.forget(uri);
  }
  if (process.argv.includes('--forget') && !process.argv.includes('--alone')) {
    const small = text.slice(0, 2000);
    await linter.lint({ uri: `${uri}.small`, version: 1, text: () => small, length: small.length, options, lineCount: small.split('\n').length });
  }
  await sleep(3000);
  // Under `node --require scripts/bench/memory-probe.cjs` with REPORT_LINT_MEMORY_DIR set: the worker's V8 heap by space
  // (no snapshot, so no collection forced before it is read).
  const memoryDir = process.env.REPORT_LINT_MEMORY_DIR;
  if (memoryDir) {
    fs.writeFileSync(path.join(memoryDir, `memory-${process.pid}.ask`), '');
    await sleep(1000);
    for (const f of fs.readdirSync(memoryDir).filter((n) => n.startsWith(`memory-${process.pid}-`) && !n.endsWith('-0.json'))) {
      const m = JSON.parse(fs.readFileSync(path.join(memoryDir, f), 'utf8')) as { spaces: { space_name: string; physical_space_size: number; space_used_size: number }[] };
      const mb = (b: number) => (b / 2 ** 20).toFixed(1);
      console.log(`worker's heap (physical/used MB): ${m.spaces.filter((x) => x.physical_space_size > 0).map((x) => `${x.space_name.replace(/_space$/, '')} ${mb(x.physical_space_size)}/${mb(x.space_used_size)}`).join(', ')}`);
    }
  }
  const worker = (linter as unknown as { worker: Worker }).worker;
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  console.log(`process RSS ${(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024).toFixed(0)} MB (this script's own thread included)`);
  if (file) {
    const stream = await worker.getHeapSnapshot();
    await new Promise<void>((resolve, reject) => stream.pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject));
    console.log(`snapshot: ${file}`);
  }
  linter.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
