// The rule docs and the README's rule table are generated from the registry; they must not drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles, RULE_DOCS, ruleSource } from '../../scripts/docs';
import { rules } from '../../server/src/engine';

describe('generated docs', () => {
  for (const [file, expected] of generatedFiles()) {
    it(`${path.relative(path.join(__dirname, '..', '..'), file)} is up to date`, () => {
      assert.ok(fs.existsSync(file), `missing ${file}: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), expected, 'out of date: run npm run docs');
    });
  }

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
