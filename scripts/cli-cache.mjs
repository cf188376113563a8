// Makes dist/cli.cache, V8's code cache for dist/cli.js (see bin/cli-loader.js), after a warm-up: the CLI lints the
// example drafts and the corpus copies in the formats people use, so that the functions a lint compiles lazily are
// in the cache too. Run by scripts/bundle.mjs in its own process (a cache holds the V8 flags it was made under).
// Only the bytecode is kept, not what the warm-up found: a cache changes how fast the CLI starts, never its output.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { writeCache, CACHE } = require('../bin/cli-loader.js');

const inFolder = (dir, pattern) => (existsSync(path.join(ROOT, dir)) ? readdirSync(path.join(ROOT, dir)).filter((f) => pattern.test(f)).map((f) => path.join(dir, f)) : []);
const examples = inFolder('examples', /\.(md|report|txt)$/);
const drafts = [...examples, ...inFolder('test/fixtures/corpus', /\.txt$/), ...inFolder('test/fixtures/published-extra/en', /\.(md|txt)$/).slice(0, 4)];
const quiet = { stdout() {}, stderr() {}, env: {}, cwd: ROOT, isTTY: false, stderrIsTTY: false };

const { bytes } = await writeCache(async (cli) => {
  if (drafts.length === 0) return;
  await cli.main(['--format', 'json', ...drafts], quiet);
  await cli.main(['--format', 'sarif', ...examples], quiet);
  await cli.main(['--fix-dry-run', ...examples], quiet);
  await cli.main(examples, quiet);
});
console.log(`${path.relative(ROOT, CACHE)}: ${(bytes / 1024).toFixed(0)} KB of code cache (${drafts.length} drafts in the warm-up)`);
