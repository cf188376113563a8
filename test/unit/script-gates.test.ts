// The script gates of perf58 (model/chars.ts): English-only patterns are not compiled nor run on a text without a
// Latin letter next to a space (hasSpacedLatin) or without n Latin letters in a row (hasLatinRun). A gate must never
// change a finding: the helpers read what the patterns read, and a word list left without its English words matches
// what the whole list matches on every fixture line the gate sends to it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasLatinRun, hasSpacedLatin } from '../../server/src/engine/model/chars';
import { alternation, trieAlternation } from '../../server/src/engine/patterns';
import furniture from '../../server/src/engine/data/page-furniture.json';
import { matches } from '../support/matches';

const ROOT = path.join(__dirname, '..', '..');
function fixtureLines(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(?:md|txt)$/.test(entry.name)) for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) if (line.trim() !== '') out.push(line);
    }
  };
  for (const dir of ['rules/page-furniture', 'rules/placeholder', 'clean', 'corpus']) walk(path.join(ROOT, 'test', 'fixtures', dir));
  return out;
}

describe('script gates (perf58)', () => {
  it('hasSpacedLatin: a Latin letter next to any space \\s reads', () => {
    for (const yes of ['in total', 'a', ' x', 'x\t', '比上年 up', '总量\u3000A', 'GDP\u00a0增长', 'A\u2009B', 'x\n']) assert.equal(hasSpacedLatin(yes === 'a' ? 'a b' : yes), true, yes);
    for (const no of ['', '總結(jié)是一種', '5G基站', 'GDP，PM2.5', '（ＡＢＣ）全角', 'Ａ Ｂ', 'é è', '1 2 3']) assert.equal(hasSpacedLatin(no), false, no);
  });

  it('hasLatinRun: n ASCII letters in a row, either case', () => {
    assert.equal(hasLatinRun('(chuàng)', 3), true);
    assert.equal(hasLatinRun('(chuàng)', 4), false);
    assert.equal(hasLatinRun('總結(jié)', 3), false);
    assert.equal(hasLatinRun('PrInT', 5), true);
    assert.equal(hasLatinRun('ＰＲＩＮＴ', 1), false);
    assert.equal(hasLatinRun('ab1cd', 3), false);
    assert.equal(hasLatinRun('[@\\`{', 1), false);
  });

  it('page-furniture: the phrases and toolbar words without four Latin letters match what the whole lists match on a line without four', () => {
    const lines = fixtureLines().filter((l) => !hasLatinRun(l, 4));
    assert.ok(lines.length > 1000);
    const phrases = furniture.phrases;
    const zhPhrases = phrases.filter((w) => !hasLatinRun(w, 4));
    assert.ok(zhPhrases.length < phrases.length);
    const all = new RegExp(trieAlternation(phrases, true), 'gi');
    const zh = new RegExp(trieAlternation(zhPhrases, true), 'gi');
    const tokens = [...furniture.strongTokens, ...furniture.lineTokens, ...furniture.shareTargets];
    const allTokens = new RegExp(alternation(tokens), 'gi');
    const zhTokens = new RegExp(alternation(tokens.filter((w) => !hasLatinRun(w, 4))), 'gi');
    for (const line of lines) {
      assert.equal(matches(zh, line), matches(all, line), line);
      assert.equal(matches(zhTokens, line), matches(allTokens, line), line);
    }
  });
});
