// The client's own texts and names: in step with the server, in both languages, typeset the Chinese way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as clientProtocol from '../../client/src/protocol';
import { DRAFT_TEXTS } from '../../client/src/texts';
import * as serverProtocol from '../../server/src/protocol';
import { typographyProblems } from '../support/typography';

const ROOT = path.join(__dirname, '..', '..');

describe('client', () => {
  it('uses the server’s command, notification and request names', () => {
    assert.deepEqual(clientProtocol.COMMANDS, serverProtocol.COMMANDS);
    assert.equal(clientProtocol.STATUS_NOTIFICATION, serverProtocol.STATUS_NOTIFICATION);
    assert.equal(clientProtocol.STATISTICS_REQUEST, serverProtocol.STATISTICS_REQUEST);
    assert.equal(clientProtocol.FINDINGS_REQUEST, serverProtocol.FINDINGS_REQUEST);
    assert.equal(clientProtocol.WORD_TEXT_SCHEME, serverProtocol.WORD_TEXT_SCHEME);
  });

  it('translates every vscode.l10n.t string into Chinese (l10n/bundle.l10n.zh-cn.json), and nothing else', () => {
    const sources = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'));
    const used = sources.flatMap((s) => [...s.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual([...new Set(used)].sort(), Object.keys(bundle).sort());
    for (const zh of Object.values(bundle)) assert.deepEqual(typographyProblems(zh), [], zh);
  });

  it('counts in the status bar and the statistics in the draft’s language, typeset the Chinese way', () => {
    const zh = DRAFT_TEXTS['zh-cn'];
    assert.equal(zh.status(12345, 8, 3), '$(book) 12,345字 · 8节 · 3个问题');
    assert.equal(zh.status(20, 1, 0), '$(book) 20字 · 1节 · 无问题');
    assert.equal(DRAFT_TEXTS.en.status(1200, 5, 2), '$(book) 1,200 words · 5 sections · 2 problems');
    for (const text of [zh.statusTooltip, zh.statisticsTitle(1234), zh.sectionCount(20), zh.renumbered(3), zh.nothingToRenumber, zh.referencesToCheck([{ text: '第五部分', line: 11 }]),
      zh.writeWordCopy('工作总结.checked.docx'), zh.wroteWordCopy('工作总结.checked.docx', 4), zh.revealInExplorer]) {
      assert.deepEqual(typographyProblems(text), [], text);
    }
  });
});
