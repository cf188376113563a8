// The rule docs and the README's rule table are generated from the registry; they must not drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST, manifestWithRules, NLS, nlsWithRules, parseDocComment, README, readmeWithTable, RULE_DOCS, ruleDocFiles, ruleSource } from '../../scripts/docs';
import { lint, rules } from '../../server/src/engine';

describe('generated docs', () => {
  for (const rule of rules) {
    it(`docs/rules/${rule.meta.id}.md and .zh-cn.md are up to date`, () => {
      for (const { file, text } of ruleDocFiles(rule, ruleSource(rule.meta.id))) {
        assert.ok(fs.existsSync(file), `missing ${file}: run npm run docs`);
        assert.equal(fs.readFileSync(file, 'utf8'), text, `${path.basename(file)} out of date: run npm run docs`);
      }
    });
  }

  it('README rule table matches the registry', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.equal(readme, readmeWithTable(readme), 'out of date: run npm run docs');
  });

  it('package.json lists the registered rules under reportLint.rules', () => {
    const manifest = fs.readFileSync(MANIFEST, 'utf8');
    assert.equal(manifest, manifestWithRules(manifest), 'out of date: run npm run docs');
    for (const language of ['en', 'zh'] as const) {
      const nls = fs.readFileSync(NLS[language], 'utf8');
      assert.equal(nls, nlsWithRules(nls, language), `${path.basename(NLS[language])} out of date: run npm run docs`);
    }
  });

  it('no doc for a rule that does not exist', () => {
    const ids = new Set(rules.flatMap((r) => [`${r.meta.id}.md`, `${r.meta.id}.zh-cn.md`]));
    for (const f of fs.readdirSync(RULE_DOCS)) assert.ok(ids.has(f), `stray doc ${f}`);
  });

  it('every rule file starts with its doc comment and declares both languages', () => {
    for (const rule of rules) {
      const source = ruleSource(rule.meta.id);
      assert.match(source, /^\/\*\*\n \* [\w-]+ — /, `${rule.meta.id}: doc comment first`);
      assert.match(source, /\n \* What: /, `${rule.meta.id}: What`);
      assert.match(source, /\n \* Why: /, `${rule.meta.id}: Why`);
      assert.match(source, /\n \* 检查：/, `${rule.meta.id}: 检查`);
      assert.match(source, /\n \* 原因：/, `${rule.meta.id}: 原因`);
      for (const [key, message] of Object.entries(rule.meta.messages)) assert.ok(message.zh && message.en, `${rule.meta.id}.${key} needs zh and en`);
    }
  });

  for (const rule of rules) {
    it(`${rule.meta.id}: the doc's examples are true (each bad one is reported, each good one is not)`, () => {
      const { examples } = parseDocComment(ruleSource(rule.meta.id));
      assert.ok(examples.some((e) => e.bad) && examples.some((e) => !e.bad), 'a bad and a good example');
      for (const example of examples) {
        // Lines are written " / "; a leading … stands for the unchanged lines of the bad example before it.
        if (example.text.startsWith('…')) continue;
        const text = example.text.replace(/\s*\(elsewhere[^)]*\)$/, '').split(' / ').join('\n');
        const found = lint(text, { format: 'plain' }).filter((f) => f.ruleId === rule.meta.id);
        if (example.bad) assert.ok(found.length > 0, `not reported: ${example.text}`);
        else assert.deepEqual(found.map((f) => f.message), [], `reported: ${example.text}`);
      }
    });
  }
});
