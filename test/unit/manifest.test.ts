// The extension manifest agrees with the code: settings and their defaults, rule ids, commands, contributed files.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds, SETTINGS } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; properties?: object }>;
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

describe('extension manifest', () => {
  it('declares every setting of the contract, with its default, scope and translated description', () => {
    const declared = SETTINGS.filter((s) => s.surfaces.includes('settings'));
    assert.deepEqual(Object.keys(properties).sort(), declared.map((s) => `reportLint.${s.key}`).sort());
    const nls = { en: readJson('package.nls.json'), zh: readJson('package.nls.zh-cn.json') };
    for (const spec of declared) {
      const property = properties[`reportLint.${spec.key}`] as { default: unknown; scope: string; markdownDescription: string; restricted?: boolean };
      assert.deepEqual(property.default, spec.default, spec.key);
      assert.equal(property.scope, spec.scope, spec.key);
      assert.equal(property.restricted, spec.restricted, spec.key);
      const key = property.markdownDescription.replace(/^%|%$/g, '');
      assert.equal(nls.en[key], spec.description.en);
      assert.equal(nls.zh[key], spec.description.zh);
    }
    assert.deepEqual(DEFAULT_SETTINGS.languages, properties['reportLint.languages'].default);
    assert.deepEqual(Object.keys(properties['reportLint.rules'].properties ?? {}).sort(), [...ruleIds].sort());
  });

  it('declares the commands the client registers, and activates on the languages it serves', () => {
    const dir = path.join(ROOT, 'client', 'src');
    const client = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const constants = new Map([...client.matchAll(/const ([A-Z_]+) = '([^']+)'/g)].map((m) => [m[1], m[2]]));
    const registered = [...client.matchAll(/registerCommand\((?:'([^']+)'|([A-Z_]+))/g)].map((m) => m[1] ?? constants.get(m[2])).sort();
    assert.deepEqual((manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort(), registered);
    // A language added in reportLint.languages is served too (the extension also starts once the window is up),
    // and a workspace with Word documents, to offer checking one when it is opened.
    assert.deepEqual(manifest.activationEvents, [...DEFAULT_SETTINGS.languages.map((l) => `onLanguage:${l}`), 'onStartupFinished', 'workspaceContains:**/*.docx']);
  });

  it('points at files that exist and are shipped', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    const files = [
      manifest.contributes.languages[0].configuration,
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...manifest.contributes.jsonValidation.map((s: { url: string }) => s.url),
      'package.nls.json',
      'package.nls.zh-cn.json',
    ];
    for (const file of files) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), file);
      const top = file.replace(/^\.\//, '').split('/')[0];
      assert.ok(ignore.includes(`!${top}`) || ignore.includes('!package.nls.*.json'), `${top} is shipped in the .vsix`);
    }
    assert.equal(manifest.main, './dist/client.js');
    // The browser entry (vscode.dev, github.dev) and the server it starts in a web worker (scripts/bundle.mjs).
    assert.equal(manifest.browser, './dist/browser/extension.js');
    for (const file of ['dist/browser/extension.js', 'dist/browser/server.js']) assert.ok(ignore.includes(`!${file}`), `${file} is shipped in the .vsix`);
  });

  it('says every title and description in English and Chinese (package.nls.json, package.nls.zh-cn.json)', () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    const used = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the same keys in both languages');
    assert.deepEqual([...new Set(used)].sort(), Object.keys(en).sort(), 'every key used, every use defined');
    for (const key of Object.keys(zh)) assert.match(zh[key], /\p{sc=Han}/u, `${key} is not Chinese: ${zh[key]}`);
    for (const c of manifest.contributes.commands as { title: string }[]) assert.match(c.title, /^%command\./);
    for (const [key, spec] of Object.entries(properties)) {
      const text = (spec as { markdownDescription?: string; description?: string }).markdownDescription ?? (spec as { description?: string }).description;
      assert.match(String(text), /^%reportLint\.config\./, `${key} described through package.nls`);
    }
  });

  it('scopes settings so that a folder or a language can have its own value', () => {
    const scope = (key: string) => (properties[key] as { scope?: string }).scope;
    assert.equal(scope('reportLint.enable'), 'language-overridable');
    assert.equal(scope('reportLint.rules'), 'language-overridable');
    for (const key of ['reportLint.languages', 'reportLint.placeholders.extra', 'reportLint.exclude', 'reportLint.maxFileSizeKB']) assert.equal(scope(key), 'resource', key);
  });

  it('works in Restricted Mode (costly settings restricted) and in virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    const restricted = SETTINGS.filter((s) => s.restricted).map((s) => `reportLint.${s.key}`);
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, restricted);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('has an icon (a 128×128 PNG) and a walkthrough whose pages are shipped', () => {
    const icon = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    const nls = { en: readJson('package.nls.json'), zh: readJson('package.nls.zh-cn.json') };
    for (const step of manifest.contributes.walkthroughs[0].steps as { description: string; media: { markdown: string } }[]) {
      // Get Started shows a step's description with its links only: a `code span` would show its backticks.
      for (const texts of [nls.en, nls.zh]) assert.doesNotMatch(texts[step.description.replace(/%/g, '')], /`/, step.description);
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
      assert.ok(ignore.includes(`!${step.media.markdown.split('/')[0]}/**`), `${step.media.markdown} shipped`);
    }
  });

  it('has a README (the extension page) that starts with what it does, a picture and how to install, then the two commands', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme);
    assert.deepEqual(firstBlock?.[1].split('\n').filter(Boolean).map((l) => l.replace(/\s+#.*$/, '')), ['npm install && npm start', 'npm test']);
    const picture = /!\[[^\]]+\]\(([^)]+)\)/.exec(readme);
    assert.ok(picture && picture.index < firstBlock!.index, 'the picture comes before the commands');
    assert.ok(!/^https?:/.test(picture[1]) && fs.existsSync(path.join(ROOT, picture[1])), `a shipped picture by relative path: ${picture[1]}`);
    assert.match(readme.slice(0, firstBlock!.index), /\*\*Install\.\*\*/);
  });

  it('packs a details page whose pictures show offline (inlined: its webview takes no relative or file images)', async () => {
    assert.match(manifest.scripts.package, /node scripts\/package-readme\.mjs && vsce package .*--readme-path dist\/README\.md/);
    const { inlinePictures } = await import('../../scripts/package-readme.mjs');
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const pictures = [...inlinePictures(readme).matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 4, `${pictures.length} pictures`);
    for (const src of pictures) assert.match(src.slice(0, 30), /^data:image\/png;base64,/);
    // The packaged README replaces README.md in the .vsix (both would collide), and the pictures are not shipped twice.
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.ok(!ignore.includes('!README.md') && !ignore.includes('!docs/images'), ignore);
  });

  it('packs the built CLI and server for npm (an install from git, npm pack, the pre-commit hook), not the tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    for (const file of ['bin/report-lint.js', 'bin/cli-loader.js', 'dist/cli.js', 'dist/cli.cache', 'dist/server.js', 'dist/lint-worker.js', 'schemas/reportlintrc.schema.json', 'docs/rules/placeholder.md', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(file), `${file} is in the npm package`);
    }
    assert.deepEqual(files.filter((f) => /^(test|server\/src|client|web|node_modules)\//.test(f)), []);
    // No script that `npm pack` runs: its output would go to stdout before the tarball's name, where the pre-commit
    // hook reads that name. The build runs after `npm install` instead, in a checkout with its sources only.
    assert.equal(manifest.scripts.postinstall, 'node scripts/build-if-source.mjs');
    assert.ok(files.includes('scripts/build-if-source.mjs'));
    for (const script of ['prepare', 'prepack', 'postpack']) assert.equal(manifest.scripts[script], undefined, script);
  });
});
