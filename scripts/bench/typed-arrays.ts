// Which typed arrays a keystroke's lint allocates outside V8's heap (each a malloc'd block of its byte length, in
// glibc's arena under SERVER_ENV's 64 KB mapping threshold): the typed-array constructors are replaced by subclasses
// that count, by allocation site, every new buffer of at least 1 KB (a view of an existing buffer is not counted; a
// slice is). A bundle of IncrementalLints as ab-worker.ts makes it; the 3 MB draft typed into as the server bench types.
//   npx tsx scripts/bench/typed-arrays.ts /tmp/b.js [keystrokes]
// MIN_BYTES=n: count buffers of at least n bytes instead of 1 KB (V8 keeps those of 64 bytes or less in its heap).
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { IncrementalLints } from '../../server/src/linter';
import { draftOfSize } from './measure';

const MIN_BYTES = Number(process.env.MIN_BYTES ?? 1024);
const sites = new Map<string, { count: number; bytes: number }>();
let counting = false;
function counted<T extends abstract new (...args: never[]) => ArrayBufferView>(Base: T, name: string): T {
  const Sub = class extends (Base as unknown as new (...args: unknown[]) => ArrayBufferView) {
    constructor(...args: unknown[]) {
      super(...args);
      if (!counting || args[0] instanceof ArrayBuffer || this.byteLength < MIN_BYTES) return;
      const stack = (new Error().stack ?? '').split('\n').slice(2, 5).map((s) => s.trim().replace(/^at /, '').replace(/\(.*[/\\]/, '(')).join(' < ');
      const key = `${name} ${stack}`;
      const s = sites.get(key) ?? { count: 0, bytes: 0 };
      s.count++;
      s.bytes += this.byteLength;
      sites.set(key, s);
    }
  };
  Object.defineProperty(Sub, 'name', { value: name });
  return Sub as unknown as T;
}
const g = globalThis as Record<string, unknown>;
for (const name of ['Uint8Array', 'Int32Array', 'Uint16Array', 'Uint32Array', 'Float64Array', 'Int16Array', 'Int8Array', 'Float32Array']) {
  g[name] = counted(g[name] as never, name);
}
const load = createRequire(__filename);
const { IncrementalLints: Lints } = load(path.resolve(process.argv[2])) as { IncrementalLints: typeof IncrementalLints };
const count = Number(process.argv[3] ?? 100);
const text = draftOfSize(3);
const options = { locale: 'zh-cn' as const, format: 'plain' as const };
const uri = 'file:///bench.report';
const lines = text.split(/\r?\n/);
const line = Math.floor(lines.length / 2);
const lints = new Lints();
lints.lint(uri, text, options);
let character = lines[line].length;
let length = text.length;
for (let i = 0; i < count + 10; i++) {
  counting = i >= 10;
  const at = { line, character };
  const typed = '工作推进有力，'[i % 7];
  length += typed.length;
  lints.lintChanges(uri, { changes: [{ range: { start: at, end: at }, text: typed }], length, lineCount: lines.length }, options);
  character += typed.length;
}
counting = false;
const rows = [...sites].sort((a, b) => b[1].bytes - a[1].bytes);
console.log(`typed arrays of ${MIN_BYTES} bytes or more per keystroke (${count} keystrokes on the 3 MB draft):`);
for (const [site, s] of rows.slice(0, 25)) console.log(`${(s.bytes / count / 1024).toFixed(1).padStart(8)} KB ${(s.count / count).toFixed(2).padStart(6)}×  ${site}`);
