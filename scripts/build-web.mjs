// Builds the offline page: one self-contained HTML file, dist/web/report-lint.html, with its style, its script and
// the lint worker's script (the engine and the .docx reader) inlined. It loads nothing and connects nowhere.
// `node scripts/build-web.mjs` (npm run web); `--dev` keeps the code readable.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web', 'report-lint.html');
const minify = !process.argv.includes('--dev');

const common = {
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'iife',
  // Browsers of the last few years (the page uses :has(), color-mix() and structured worker messages).
  target: ['chrome111', 'firefox121', 'safari16.4', 'edge111'],
  minify,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  loader: { '.report': 'text' },
  absWorkingDir: root,
};

const [worker, page, style] = await Promise.all([
  esbuild.build({ ...common, entryPoints: ['web/src/lint-worker.ts'] }),
  esbuild.build({ ...common, entryPoints: ['web/src/main.ts'] }),
  esbuild.build({ ...common, format: undefined, entryPoints: ['web/src/page.css'] }),
]);

/** Script text that can sit inside a <script> element: no `</script` and no `<!--` (the HTML parser reads those). */
function inlineScript(code, name) {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  // The replacements are only right inside string literals; esbuild emits these sequences only there.
  if (/<\/script|<!--/i.test(safe)) throw new Error(`${name}: cannot inline`);
  return safe;
}

const text = (result) => result.outputFiles[0].text;
const template = readFileSync(join(root, 'web', 'src', 'page.html'), 'utf8');
const html = template
  .replace('/*STYLE*/', () => text(style).replace(/<\/style/gi, '<\\/style'))
  .replace('/*WORKER*/', () => inlineScript(text(worker), 'lint worker'))
  .replace('/*SCRIPT*/', () => inlineScript(text(page), 'page'));

// Nothing in the page may reach the network; a URL the browser would fetch is a bug.
const fetched = /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.exec(html) ?? /url\(\s*["']?(?:https?:)?\/\//i.exec(html) ?? /@import/i.exec(html);
if (fetched) throw new Error(`the page would load something from the network: ${fetched[0]}`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`${out.slice(root.length + 1)}: ${kb(statSync(out).size)} (lint worker ${kb(text(worker).length)}, page ${kb(text(page).length)}, style ${kb(text(style).length)})`);
