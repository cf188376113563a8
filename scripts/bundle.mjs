// Bundles the client, the server and the CLI with esbuild: small files, fast start, a small .vsix.
// `node scripts/bundle.mjs --production` minifies and drops source maps (used by `npm run package`).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');

/**
 * esbuild (0.28) rewrites every regular expression literal with a Unicode property escape (/\p{sc=Han}/u) as
 * `new RegExp(…)`, even for Node 20 and ES2022, which read them: one in a function body then builds a new object at
 * every call (≈ 2,100 per lint of the 120k draft, ≈ 0.3 µs each). Node 20 and every browser that runs VS Code for the
 * web read the literals as written.
 */
const UNICODE_PROPERTY_LITERALS = { 'regexp-unicode-property-escapes': true };

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  // The development build without its indentation and blank lines either (names kept, lines of at most 120
  // characters so that an escaped character, asciiOnly below, shifts the source map's columns on its own line only):
  // each thread keeps its bundle's source as a string while it runs, and the server's and the lint worker's were
  // 2.6 and 1.9 MB, 0.6 and 0.4 MB of it white space; the CLI reads and compiles less at each start.
  ...(production ? {} : { minifyWhitespace: true, lineLimit: 120 }),
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // Some dependencies ship ESM that reads import.meta.url; give the CommonJS bundle a real value for it.
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
  supported: UNICODE_PROPERTY_LITERALS,
};

// The browser builds (vscode.dev, github.dev, code-server's web worker extension host): the client as a CommonJS
// module the worker extension host loads, the server as a plain script for a web worker. No Node module may be in
// either (esbuild fails on one).
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  supported: UNICODE_PROPERTY_LITERALS,
};

/**
 * The Node bundles in ASCII only: esbuild escapes non-ASCII characters in strings but leaves them in regular expression
 * and template literals (the engine's Chinese patterns), and one such character makes V8 hold the whole source as a
 * two-byte string: 3.4 MB instead of 1.7 for the server, in each thread that loads it (the server's and the lint
 * worker's). A \uXXXX escape means the same UTF-16 unit in a string, a template's cooked text, a regular expression
 * (a surrogate pair of escapes is one code point under the u flag) and a comment; nothing reads a template's raw text.
 * Source-map columns after an escaped character on its line are off by a few (development builds only).
 */
async function asciiOnly(file) {
  const text = await fs.readFile(file, 'utf8');
  // An identity escape (\（, the same as （ in a string, a template and a regular expression without u) loses its backslash.
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) await fs.writeFile(file, ascii);
}

await Promise.all([
  esbuild.build({ ...browser, format: 'cjs', entryPoints: ['client/src/browser-extension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] }),
  esbuild.build({ ...browser, format: 'iife', entryPoints: ['server/src/browser-main.ts'], outfile: 'dist/browser/server.js' }),
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The lint worker's thread (server/src/lint-worker.ts): the engine without the LSP libraries.
  esbuild.build({ ...common, entryPoints: ['server/src/lint-worker.ts'], outfile: 'dist/lint-worker.js' }),
  // The encoding tables (iconv-lite, chardet) are most of the CLI's size and needed only for drafts that are not
  // UTF-8: the CLI requires them from node_modules when it meets one (they are its dependencies).
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['iconv-lite', 'chardet'] }),
]);
await Promise.all(['dist/client.js', 'dist/server.js', 'dist/lint-worker.js', 'dist/cli.js'].map(asciiOnly));
// The build's stamp, the CLI bundle's last line: what its code cache is keyed by (bin/cli-loader.js reads it instead
// of hashing the bundle in every run).
createRequire(import.meta.url)('../bin/cli-loader.js').stampBundle('dist/cli.js');

// V8's code cache for the CLI (bin/cli-loader.js), made after a warm-up, in its own process, from the ASCII bundle.
const cache = spawnSync(process.execPath, ['scripts/cli-cache.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cache.status !== 0) process.exitCode = cache.status ?? 1;
