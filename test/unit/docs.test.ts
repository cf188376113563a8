// The rule docs and the README's rule table are generated from the registry; they must not drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST, manifestWithRules, README, readmeWithTable, renderRuleDoc, RULE_DOCS, ruleSource } from '../../scripts/docs';
import { rules } from '../../server/src/engine';

describe('generated docs', () => {
  for (const rule of rules) {
    it(`docs/rules/${rule.meta.id}.md is up to date`, () => {
      const file = path.join(RULE_DOCS, `${rule.meta.id}.md`);
      assert.ok(fs.existsSync(file), `missing ${file}: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), renderRuleDoc(rule, ruleSource(rule.meta.id)), 'out of date: run npm run docs');
    });
  }

  it('README rule table matches the registry', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.equal(readme, readmeWithTable(readme), 'out of date: run npm run docs');
  });

  it('package.json lists the registered rules under reportLint.rules', () => {
    const manifest = fs.readFileSync(MANIFEST, 'utf8');
    assert.equal(manifest, manifestWithRules(manifest), 'out of date: run npm run docs');
  });

  it('no doc for a rule that does not exist', () => {
    const ids = new Set(rules.map((r) => `${r.meta.id}.md`));
    for (const f of fs.readdirSync(RULE_DOCS)) assert.ok(ids.has(f), `stray doc ${f}`);
  });

  it('every rule file starts with its doc comment and declares both languages', () => {
    for (const rule of rules) {
      const source = ruleSource(rule.meta.id);
      assert.match(source, /^\/\*\*\n \* [\w-]+ — /, `${rule.meta.id}: doc comment first`);
      assert.match(source, /\n \* What: /, `${rule.meta.id}: What`);
      assert.match(source, /\n \* Why: /, `${rule.meta.id}: Why`);
      for (const [key, message] of Object.entries(rule.meta.messages)) assert.ok(message.zh && message.en, `${rule.meta.id}.${key} needs zh and en`);
    }
  });
});
