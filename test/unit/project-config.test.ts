// Which configuration applies to a draft on disk: the nearest file wins, --config overrides, ignore files and
// the configuration's own ignore list leave drafts out, suppressions pick the entries that name the draft.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultSettings } from '../../server/src/engine';
import { ProjectConfig } from '../../server/src/config/project-config';
import { writeTree } from '../support/tree';

describe('project configuration', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-config-'));
    writeTree(root, {
      '.reportlintrc.json': JSON.stringify({ rules: { placeholder: 'warning', 'empty-pair': 'off' }, locale: 'en', ignore: ['archive/'] }),
      'drafts/a.report': '',
      'archive/old.report': '',
      'team/.reportlintrc.jsonc': '// 本组的习惯\n{ "rules": { "placeholder": "off" }, "suppressions": [{"file": "b.txt", "rule": "missing-value", "text": "年"}, {"file": "other.txt", "rule": "placeholder", "text": "XX"}], }',
      'team/b.txt': '',
      'team/sub/c.md': '',
      'pkg/package.json': JSON.stringify({ name: 'drafts', reportLint: { rules: { 'unpaired-mark': 'info' } } }),
      'pkg/d.md': '',
      'plain/package.json': JSON.stringify({ name: 'no-config-here' }),
      'plain/e.md': '',
      'plain/.reportlintignore': '# 草稿备份\n*.bak.md\nscratch/\n',
      'plain/f.bak.md': '',
      'plain/scratch/g.md': '',
      'broken/.reportlintrc.json': '{ "rules": ',
      'broken/h.txt': '',
      'bare/.reportlintrc': '// JSONC without an extension, as .eslintrc was written\n{ "rules": { "punctuation": "off", }, }',
      'bare/i.txt': '',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const at = (file: string) => path.join(root, file);

  it('the nearest configuration file wins, whole (no merging with the ones above)', () => {
    const project = new ProjectConfig();
    const top = project.resolve(at('drafts/a.report'), defaultSettings());
    assert.deepEqual(top.settings.rules, { placeholder: 'warning', 'empty-pair': 'off' });
    assert.equal(top.settings.locale, 'en');
    const team = project.resolve(at('team/sub/c.md'), defaultSettings());
    assert.equal(team.source?.file, at('team/.reportlintrc.jsonc'));
    assert.deepEqual(team.settings.rules, { placeholder: 'off' });
    assert.equal(team.settings.locale, 'auto');
  });

  it('reads the reportLint key of package.json, and walks past a package.json without one', () => {
    const project = new ProjectConfig();
    assert.deepEqual(project.resolve(at('pkg/d.md'), defaultSettings()).settings.rules, { 'unpaired-mark': 'info' });
    assert.equal(project.configFor(at('plain/e.md'))?.file, at('.reportlintrc.json'));
  });

  it('reads a .reportlintrc without an extension as JSONC', () => {
    const resolved = new ProjectConfig().resolve(at('bare/i.txt'), defaultSettings());
    assert.equal(resolved.source?.file, at('bare/.reportlintrc'));
    assert.deepEqual(resolved.settings.rules, { punctuation: 'off' });
  });

  it('--config replaces the search', () => {
    const project = new ProjectConfig({ explicit: at('pkg/package.json') });
    assert.deepEqual(project.resolve(at('team/b.txt'), defaultSettings()).settings.rules, { 'unpaired-mark': 'info' });
  });

  it('layers: base settings < configuration file < flags', () => {
    const base = { ...defaultSettings(), rules: { 'missing-value': 'off' as const, placeholder: 'error' as const }, locale: 'zh-cn' as const };
    const resolved = new ProjectConfig().resolve(at('drafts/a.report'), base, { rules: { 'empty-pair': 'hint' } });
    assert.deepEqual(resolved.settings.rules, { 'missing-value': 'off', placeholder: 'warning', 'empty-pair': 'hint' });
    assert.equal(resolved.settings.locale, 'en');
  });

  it('a broken file applies nothing; its problem is kept for the caller to show', () => {
    const resolved = new ProjectConfig().resolve(at('broken/h.txt'), defaultSettings());
    assert.equal(resolved.source?.config.usable, false);
    assert.match(resolved.source!.config.problems[0].message.en, /not valid JSON/);
    assert.deepEqual(resolved.settings, defaultSettings());
  });

  it('leaves out what .reportlintignore and the configuration ignore list name', () => {
    const project = new ProjectConfig();
    assert.equal(project.resolve(at('archive/old.report'), defaultSettings()).ignored, true);
    assert.equal(project.resolve(at('plain/f.bak.md'), defaultSettings()).ignored, true);
    assert.equal(project.resolve(at('plain/scratch/g.md'), defaultSettings()).ignored, true);
    assert.equal(project.resolve(at('plain/e.md'), defaultSettings()).ignored, false);
    assert.equal(project.resolve(at('drafts/a.report'), defaultSettings()).ignored, false);
  });

  it('gives a draft the suppressions that name it', () => {
    const project = new ProjectConfig();
    assert.deepEqual(project.resolve(at('team/b.txt'), defaultSettings()).suppressions, [{ rule: 'missing-value', text: '年' }]);
    assert.deepEqual(project.resolve(at('team/sub/c.md'), defaultSettings()).suppressions, []);
  });

  it('in an untrusted folder, takes no CPU-costly setting from its files', () => {
    const dir = path.join(root, 'untrusted');
    writeTree(dir, { '.reportlintrc.json': JSON.stringify({ placeholders: { extra: ['x+'], allow: ['XX'] } }), 'a.txt': '' });
    const trusted = new ProjectConfig().resolve(path.join(dir, 'a.txt'), defaultSettings()).settings.placeholders;
    const untrusted = new ProjectConfig({ trusted: false }).resolve(path.join(dir, 'a.txt'), defaultSettings()).settings.placeholders;
    assert.deepEqual(trusted, { extra: ['x+'], allow: ['XX'] });
    assert.deepEqual(untrusted, { extra: [], allow: ['XX'] });
  });
});
