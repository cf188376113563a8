// The extension manifest agrees with the code: settings and their defaults, rule ids, commands, contributed files.
import * as assert from 'node:assert/strict';
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
    const sources = path.join(ROOT, 'client', 'src');
    const client = fs.readdirSync(sources).map((f) => fs.readFileSync(path.join(sources, f), 'utf8')).join('\n');
    const registered = [...client.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual((manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort(), registered);
    // …and on a workspace with Word documents, to offer checking one when it is opened.
    assert.deepEqual(manifest.activationEvents, [...DEFAULT_SETTINGS.languages.map((l) => `onLanguage:${l}`), 'workspaceContains:**/*.docx']);
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
  });
});
