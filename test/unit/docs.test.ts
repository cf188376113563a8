// The rule docs and the README's rule table are generated from the registry; they must not drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles, parseDocComment, RULE_DOCS, ruleSource } from '../../scripts/docs';
import { lint, rules } from '../../server/src/engine';

describe('generated docs', () => {
  for (const [file, expected] of generatedFiles()) {
    it(`${path.relative(path.join(__dirname, '..', '..'), file)} is up to date`, () => {
      assert.ok(fs.existsSync(file), `missing ${file}: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), expected, 'out of date: run npm run docs');
    });
  }

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
        // Lines are written " / ". A schematic example is not a draft: … stands for text left out, and a note in
        // brackets at its start or end gives the context (（2024年工作总结）, （全文只有一至四部分）, (the draft has Tables 1–3)).
        if (/…/.test(example.text) || /^[（(][^（）()]{4,}[）)]|[（(][^（）()]{4,}[）)]$/.test(example.text)) continue;
        const text = example.text.replace(/\s*\(elsewhere[^)]*\)$/, '').split(' / ').join('\n');
        const found = lint(text, { format: 'plain' }).filter((f) => f.ruleId === rule.meta.id);
        if (example.bad) assert.ok(found.length > 0, `not reported: ${example.text}`);
        else assert.deepEqual(found.map((f) => f.message), [], `reported: ${example.text}`);
      }
    });
  }
});
