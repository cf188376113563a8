// `npm run bench [-- engine shapes cli server]`: speed and memory, printed with the machine each figure was taken
// on. It asserts nothing (speed is not a unit test); docs/performance.md records the figures and the method.
// The last two lines are the two headline figures: engine/floor ratio and keystroke p95 on the 3 MB draft.

import { benchCli } from './bench/cli';
import { benchEngine } from './bench/engine';
import { machine } from './bench/measure';
import { benchServer } from './bench/server';
import { benchShapes } from './bench/shapes';

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const runs = (part: string) => wanted.size === 0 || wanted.has(part);
  console.log(`Report Lint bench, ${new Date().toISOString()} — ${machine()}`);
  const engine = runs('engine') ? benchEngine() : undefined;
  if (runs('shapes')) benchShapes();
  if (runs('cli')) benchCli();
  const servers = runs('server') ? [await benchServer('pull'), await benchServer('push')] : [];
  console.log('');
  if (engine) console.log(`engine/floor ratio ${engine.ratio.toFixed(1)}`);
  if (servers.length) console.log(`keystroke p95 ${Math.max(...servers.flatMap((s) => s.typing.map((t) => t.p95))).toFixed(0)} ms (3 MB)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
