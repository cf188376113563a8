// The extension manifest agrees with the code: settings and their defaults, rule ids, commands, contributed files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; properties?: object }>;

describe('extension manifest', () => {
  it('declares every setting the server reads, with the same defaults', () => {
    const flat: Record<string, unknown> = {
      'reportLint.enable': DEFAULT_SETTINGS.enable,
      'reportLint.languages': DEFAULT_SETTINGS.languages,
      'reportLint.locale': DEFAULT_SETTINGS.locale,
      'reportLint.rules': DEFAULT_SETTINGS.rules,
      'reportLint.placeholders.extra': DEFAULT_SETTINGS.placeholders.extra,
      'reportLint.placeholders.allow': DEFAULT_SETTINGS.placeholders.allow,
      'reportLint.maxFileSizeKB': DEFAULT_SETTINGS.maxFileSizeKB,
    };
    for (const [key, value] of Object.entries(flat)) assert.deepEqual(properties[key]?.default, value, key);
  });

  it('lists exactly the registered rules under reportLint.rules', () => {
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
    ];
    for (const file of files) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), file);
      const top = file.replace(/^\.\//, '').split('/')[0];
      assert.ok(ignore.includes(`!${top}`), `${top} is shipped in the .vsix`);
    }
    assert.equal(manifest.main, './dist/client.js');
  });
});
