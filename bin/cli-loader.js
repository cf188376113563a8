// Loads the bundled CLI (dist/cli.js) with V8's code cache for it (dist/cli.cache), when there is one made for this
// very bundle by this very Node: the bytecode of the functions a lint runs is then read from the cache instead of
// being compiled again in every process. The cache is made at build time (scripts/cli-cache.mjs) after a warm-up
// run, so that it holds the functions V8 compiles lazily, not only the bundle's top level.
//
// Whatever is wrong with the cache (missing, truncated, corrupt, made for another bundle or another Node, or refused
// by V8), the bundle is compiled from its source as usual: the result is the same, only slower, and nothing is said.
//
// Which bundle a cache belongs to is the build's stamp, the bundle's last line (`// report-lint build <SHA-1 of the
// rest>`, written by scripts/bundle.mjs), read, not computed: hashing the 2 MB bundle and loading node:crypto to do
// it were ≈ 60 M instructions of every run (docs/performance.md, cli20). A bundle without a stamp is hashed. The
// cache's data is checked by V8 itself (--verify-snapshot-checksum, below), which refuses data that does not match
// the checksum it wrote when it made them.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'cli.js');
const CACHE = path.join(DIST, 'cli.cache');
const FORMAT = 'report-lint code cache 2';
const STAMP = '// report-lint build ';

// A lint of a long draft allocates a few dozen MB: V8 starts the young generation at 1 MB and doubles it as it
// goes, a scavenge at each step, copying the document model each time. Growing it by 16 instead (to its 16 MB
// ceiling at once) halves the scavenges of the 120k draft (11 -> 5).
// A CLI run is short: V8's default interrupt budget (67,584 bytecodes) sends hundreds of functions of the first
// lint to TurboFan, whose compiles (and the deoptimisations that follow half-warm feedback) cost more CPU than the
// optimised code gives back before the process ends. A budget of 1,000,000 (≈ 15×) keeps TurboFan for the loops
// that are really hot: ≈ 22–25 % less CPU for the whole process on the 120k draft, ≈ 30 % on the 3 MB draft and on
// a run over a hundred drafts (docs/performance.md, cold9). Output identical; only when code is optimised changes.
// V8 runs a regular expression's first matches in its bytecode interpreter and compiles it to machine code after
// them (--regexp-tier-up, after one match; at once on a subject of 1,000 characters or more): a pattern is compiled
// twice, and the engine's hundreds of patterns (long word-list alternations among them) are compiled afresh in
// every process, since a code cache holds no regular-expression code. A tier-up count of 0, read when a pattern is
// created, compiles each of the bundle's patterns straight to machine code: ≈ 10 % less CPU for the whole process
// on the 120k draft, ≈ 17 % on a small one (docs/performance.md, fast15). Matches are the same either way.
// (Not --no-regexp-tier-up: a pattern Node ran in the interpreter before this line and runs again after it would
// then be run as machine code — a crash. The count leaves patterns created before this line as they were.)
// Set before the bundle is compiled: V8 keeps its flags in the code cache's checks, so the cache is made under the
// same flags (by this file).
require('node:v8').setFlagsFromString('--semi-space-growth-factor=16');
require('node:v8').setFlagsFromString('--interrupt-budget=1000000');
require('node:v8').setFlagsFromString('--regexp-tier-up-ticks=0');
// V8 writes a checksum into a code cache made under this flag and checks it when the cache is read: a cache changed
// on disk (a flipped byte, another cache's data under this one's header) is refused, never run. Without the flag a
// release V8 neither writes nor checks it. Once the bundle is compiled, loadCli turns it off again: under it each
// worker thread's new isolate checks Node's whole startup snapshot too (+165 M instructions per worker started).
require('node:v8').setFlagsFromString('--verify-snapshot-checksum');

function sha1(bytes) {
  return require('node:crypto').createHash('sha1').update(bytes).digest('hex');
}

/** The stamp of a bundle (its last line, after a line break), or undefined. */
function stampOf(bytes) {
  const size = STAMP.length + 41;
  if (bytes.length <= size || bytes[bytes.length - size - 1] !== 10) return undefined;
  const tail = bytes.toString('latin1', bytes.length - size);
  const id = tail.slice(STAMP.length, -1);
  return tail.startsWith(STAMP) && tail.endsWith('\n') && /^[0-9a-f]{40}$/.test(id) ? id : undefined;
}

/** The build's stamp (the SHA-1 of the bundle without its last line), or the bundle's SHA-1 when it has no stamp. */
function bundleId(bytes) {
  return stampOf(bytes) ?? sha1(bytes);
}

/** Ends `file` (a bundle just built) with its stamp, the line bundleId reads (in place of a stamp it has already). */
function stampBundle(file) {
  let body = fs.readFileSync(file);
  if (stampOf(body)) body = body.subarray(0, body.length - STAMP.length - 41);
  if (body[body.length - 1] !== 10) body = Buffer.concat([body, Buffer.from('\n')]);
  fs.writeFileSync(file, Buffer.concat([body, Buffer.from(`${STAMP}${sha1(body)}\n`, 'latin1')]));
}

/** What a cache must say about itself to be used: the bundle's build and the Node (V8 version, architecture) it was made by. */
function cacheKey(bundleBytes) {
  return { format: FORMAT, node: process.version, v8: process.versions.v8, arch: process.arch, bundle: bundleId(bundleBytes) };
}

/** The cache's V8 data, or why it cannot be used: a header line (JSON: the key and the data's length), then the data. */
function readCache(file, key) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { status: 'missing' };
  }
  const eol = bytes.indexOf(10);
  if (eol < 0) return { status: 'invalid' };
  let header;
  try {
    header = JSON.parse(bytes.subarray(0, eol).toString('utf8'));
  } catch {
    return { status: 'invalid' };
  }
  if (!header || typeof header !== 'object') return { status: 'invalid' };
  for (const [name, value] of Object.entries(key)) if (header[name] !== value) return { status: 'stale' };
  const data = bytes.subarray(eol + 1);
  if (header.length !== data.length) return { status: 'invalid' };
  return { status: 'used', data };
}

/**
 * Compiles the bundle as Node's loader would (the CommonJS wrapper, the bundle's file name for stacks), with the
 * cache's data when it fits. `status`: used, missing, invalid, stale, rejected (V8 refused it), fresh (not looked for).
 */
function compile(bundle, cache) {
  const bytes = fs.readFileSync(bundle);
  const found = cache ? readCache(cache, cacheKey(bytes)) : { status: 'fresh' };
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: bundle, ...(found.data ? { cachedData: found.data } : {}) });
  const status = found.data && script.cachedDataRejected ? 'rejected' : found.status;
  return { script, bytes, status };
}

/** Runs the compiled bundle as a CommonJS module registered under its path (a later require() of it gets the same one). */
function run(script, bundle) {
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  Module._cache[bundle] = mod;
  try {
    script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  } catch (error) {
    delete Module._cache[bundle];
    throw error;
  }
  mod.loaded = true;
  return mod.exports;
}

/**
 * The CLI's exports. `cacheStatus` says whether the code cache was used (for the tests; the CLI itself never says).
 * If anything on the way to the cache fails, the bundle is loaded by require() as it would be without one.
 */
function loadCli(options = {}) {
  const bundle = options.bundle ?? BUNDLE;
  const cache = options.cache ?? CACHE;
  const loaded = Module._cache[bundle];
  if (loaded) return { exports: loaded.exports, cacheStatus: 'loaded' };
  let compiled;
  try {
    compiled = compile(bundle, cache);
  } catch {
    compiled = undefined;
  } finally {
    // The cache is read (or not): the checksum flag's work is done (see its comment above).
    require('node:v8').setFlagsFromString('--no-verify-snapshot-checksum');
  }
  if (!compiled) return { exports: require(bundle), cacheStatus: 'failed' };
  return { exports: run(compiled.script, bundle), cacheStatus: compiled.status };
}

/**
 * Makes the cache: compiles the bundle afresh, runs it, lets `warmUp(exports)` exercise it (what V8 compiled on the
 * way goes into the cache with the top level), and writes the cache beside it (through a temporary file, so that a
 * CLI starting meanwhile reads the old cache or the new one, never half of one).
 */
async function writeCache(warmUp, options = {}) {
  const bundle = options.bundle ?? BUNDLE;
  const cache = options.cache ?? CACHE;
  // A cache V8 writes a checksum into, whatever ran in this process before (loadCli turns the flag off).
  require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
  const { script, bytes } = compile(bundle, undefined);
  const exports = run(script, bundle);
  await warmUp(exports);
  const data = script.createCachedData();
  const header = JSON.stringify({ ...cacheKey(bytes), length: data.length });
  const temporary = `${cache}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, Buffer.concat([Buffer.from(header + '\n', 'utf8'), data]));
  fs.renameSync(temporary, cache);
  return { bytes: data.length };
}

module.exports = { loadCli, writeCache, stampBundle, BUNDLE, CACHE };
