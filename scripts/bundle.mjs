// Bundles the client, the server and the CLI with esbuild: small files, fast start, a small .vsix.
// `node scripts/bundle.mjs --production` minifies and drops source maps (used by `npm run package`).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // Some dependencies ship ESM that reads import.meta.url; give the CommonJS bundle a real value for it.
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
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
};

await Promise.all([
  esbuild.build({ ...browser, format: 'cjs', entryPoints: ['client/src/browser-extension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] }),
  esbuild.build({ ...browser, format: 'iife', entryPoints: ['server/src/browser-main.ts'], outfile: 'dist/browser/server.js' }),
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The encoding tables (iconv-lite, chardet) are most of the CLI's size and needed only for drafts that are not
  // UTF-8: the CLI requires them from node_modules when it meets one (they are its dependencies).
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['iconv-lite', 'chardet'] }),
]);

// The Node bundles in ASCII only. esbuild escapes strings (its default charset) but leaves regular expression
// literals and comments as they are, and the rules' patterns hold Chinese: one such character makes V8 keep the
// whole bundle's source as a two-byte string (3.4 MB for the CLI instead of 1.7) and Node decode it from UTF-8 on
// every start. \uXXXX means the same character in a string, a template and a regular expression (a pair of them
// is one code point under the u flag); `\。` (an identity escape) becomes `\u3002`. Source maps may be off by a
// few columns on these lines.
for (const file of ['dist/cli.js', 'dist/server.js']) writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));

function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return kept + '\\u' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  });
}

// V8's code cache for the CLI (bin/cli-loader.js), made after a warm-up, in its own process.
const cache = spawnSync(process.execPath, ['scripts/cli-cache.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cache.status !== 0) process.exitCode = cache.status ?? 1;
