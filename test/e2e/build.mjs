// Compiles the extension-host suites (test/e2e/suite/*.test.ts) to test/e2e/out/*.test.js.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const suites = readdirSync('test/e2e/suite').filter((f) => f.endsWith('.test.ts')).map((f) => `test/e2e/suite/${f}`);
await esbuild.build({
  entryPoints: suites,
  outdir: 'test/e2e/out',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
