// The LSP wiring runs in a browser too (a web-worker entry for vscode.dev): server-core.ts and everything it
// imports must bundle for the browser with no Node built-in. And per-document state lives in one place.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { build } from 'esbuild';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from '../../server/src/document-store';

const ROOT = path.resolve(__dirname, '../..');

describe('language server core', () => {
  it('bundles for the browser: no Node-only import in the LSP wiring', async function () {
    this.timeout(20000);
    const result = await build({
      entryPoints: [path.join(ROOT, 'server/src/server-core.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(!inputs.some((f) => /vscode-languageserver\/lib\/node|node-suppressions|server\/src\/server\.ts$/.test(f)), inputs.filter((f) => /node/.test(f)).join('\n'));
  });

  it('the browser entries (server in a web worker, client in the worker extension host) bundle with no Node module', async function () {
    this.timeout(30000);
    for (const entry of ['server/src/browser-main.ts', 'client/src/browser-extension.ts']) {
      const result = await build({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'browser', format: 'cjs', external: ['vscode'], write: false, logLevel: 'silent', metafile: true });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(!inputs.some((f) => /\/lib\/node\/|client\/src\/extension\.ts$|server\/src\/server\.ts$/.test(f)), `${entry}: ${inputs.filter((f) => /node/.test(f)).join(', ')}`);
      const requires = new Set([...result.outputFiles[0].text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
      assert.deepEqual([...requires].filter((r) => r !== 'vscode'), [], `${entry} requires a module at run time`);
    }
  });
});

describe('DocumentStore', () => {
  const doc = (version: number, text: string) => TextDocument.create('file:///d.report', 'report', version, text);
  const outcome = (version: number) => ({ version, locale: 'zh-cn' as const, findings: [], diagnostics: [], fixes: new Map() });

  it('keeps one parse per version', () => {
    const state = new DocumentStore().get('file:///d.report');
    const v1 = doc(1, '一、甲');
    assert.equal(state.parsed(v1, 'plain'), state.parsed(v1, 'plain'));
    assert.notEqual(state.parsed(doc(2, '一、乙'), 'plain'), state.parsed(v1, 'plain'));
    assert.equal(state.writtenIn(doc(3, 'An English draft'), 'plain'), 'en');
  });

  it('gives the findings and fixes of a version only for that version, and drops them on change', () => {
    const state = new DocumentStore().get('file:///d.report');
    state.record(outcome(4));
    assert.ok(state.current(4));
    assert.equal(state.current(5), undefined);
    assert.equal(state.allFixes(5), undefined);
    state.changed();
    assert.equal(state.current(4), undefined);
  });

  it('runs one pending lint, cancels it on close, and forgets settings on configuration change', async () => {
    const store = new DocumentStore();
    const state = store.get('file:///d.report');
    let runs = 0;
    state.schedule(() => runs++, 5);
    state.schedule(() => runs++, 5);
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(runs, 1);
    state.schedule(() => runs++, 5);
    store.close('file:///d.report');
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(runs, 1);
    assert.equal(store.has('file:///d.report'), false);
    const other = store.get('file:///e.report');
    other.settings = Promise.resolve({} as never);
    store.forgetSettings();
    assert.equal(other.settings, undefined);
  });
});
