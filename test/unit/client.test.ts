// The client's own texts and names: in step with the server, in both languages, typeset the Chinese way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as clientProtocol from '../../client/src/protocol';
import picomatch from 'picomatch';
import { opensRendered, RENDERED_DOCS_GLOB, rulePageFile } from '../../client/src/rule-doc-paths';
import { shortRuleLink } from '../../server/src/diagnostics';
import { MAX_FINDINGS_PER_RULE, rules } from '../../server/src/engine';
import { rulePicks } from '../../client/src/rule-picks';
import { DRAFT_TEXTS } from '../../client/src/texts';
import { mostlyChinese } from '../../client/src/draft-language';
import { TabbedDiagnostics } from '../../client/src/word-diagnostics';
import * as serverProtocol from '../../server/src/protocol';
import { typographyProblems } from '../support/typography';

const ROOT = path.join(__dirname, '..', '..');

describe('client', () => {
  it('uses the server’s command, notification and request names', () => {
    assert.deepEqual(clientProtocol.COMMANDS, serverProtocol.COMMANDS);
    assert.equal(clientProtocol.STATUS_NOTIFICATION, serverProtocol.STATUS_NOTIFICATION);
    assert.equal(clientProtocol.CHECKING_NOTIFICATION, serverProtocol.CHECKING_NOTIFICATION);
    assert.equal(clientProtocol.STATISTICS_REQUEST, serverProtocol.STATISTICS_REQUEST);
    assert.equal(clientProtocol.FINDINGS_REQUEST, serverProtocol.FINDINGS_REQUEST);
    assert.equal(clientProtocol.WORD_TEXT_SCHEME, serverProtocol.WORD_TEXT_SCHEME);
    assert.equal(clientProtocol.RULE_LINK_SCHEME, serverProtocol.RULE_LINK_SCHEME);
  });

  it('translates every vscode.l10n.t string into Chinese (l10n/bundle.l10n.zh-cn.json), and nothing else', () => {
    const sources = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'));
    const used = sources.flatMap((s) => [...s.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual([...new Set(used)].sort(), Object.keys(bundle).sort());
    for (const zh of Object.values(bundle)) assert.deepEqual(typographyProblems(zh), [], zh);
  });

  it('lists each rule with what it checks for "Show rule documentation", in the language of the editor', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const translated = (nls: string) => {
      const texts = JSON.parse(fs.readFileSync(path.join(ROOT, nls), 'utf8')) as Record<string, string>;
      // What VS Code does to the manifest before the extension reads it.
      return JSON.parse(JSON.stringify(manifest).replace(/"%([^%"]+)%"/g, (_, key: string) => JSON.stringify(texts[key] ?? `%${key}%`)));
    };
    const zh = rulePicks(translated('package.nls.zh-cn.json'));
    const en = rulePicks(translated('package.nls.json'));
    assert.equal(zh.length, Object.keys(manifest.contributes.configuration.properties['reportLint.rules'].properties).length);
    assert.deepEqual(zh.find((p) => p.label === 'placeholder'), { label: 'placeholder', detail: '模板占位符未替换：xx、××、20xx、X月X日、某某、TODO、[NAME]、【待补充】等（默认：error）' });
    assert.match(en.find((p) => p.label === 'placeholder')!.detail!, /^Template placeholders left in/);
    assert.ok([...zh, ...en].every((p) => p.detail && !p.detail.includes('`')), 'every rule described, without Markdown');
    assert.deepEqual(rulePicks(manifest)[0], { label: 'numbering-sequence' }, 'an untranslated manifest gives the ids alone');
  });

  it('counts in the status bar and the statistics in the draft’s language, typeset the Chinese way', () => {
    const zh = DRAFT_TEXTS['zh-cn'];
    assert.equal(zh.status(12345, 8, 3), '$(book) 12,345字 · 8节 · 3个问题');
    assert.equal(zh.status(20, 1, 0), '$(book) 20字 · 1节 · 无问题');
    assert.equal(DRAFT_TEXTS.en.status(1200, 5, 2), '$(book) 1,200 words · 5 sections · 2 problems');
    // One of each is said in the singular (it said “1 sections · 1 problems”).
    assert.equal(DRAFT_TEXTS.en.status(1, 1, 1), '$(book) 1 word · 1 section · 1 problem');
    assert.equal(DRAFT_TEXTS.en.sectionCount(1), '1 word');
    assert.equal(DRAFT_TEXTS.en.renumbered(1), 'Report Lint: 1 section number changed.');
    assert.equal(DRAFT_TEXTS.en.renumbered(3), 'Report Lint: 3 section numbers changed.');
    assert.equal(DRAFT_TEXTS.en.status(5000, 3, 2000, 3600), '$(book) 5,000 words · 3 sections · 2,000 shown of 3,600 problems');
    assert.equal(DRAFT_TEXTS['zh-cn'].status(5000, 3, 2000, 3600), '$(book) 5,000字 · 3节 · 显示前2000个问题（共3600个）');
    assert.equal(DRAFT_TEXTS['zh-cn'].status(5000, 3, 2000, 2000), '$(book) 5,000字 · 3节 · 2000个问题');
    assert.equal(clientProtocol.MAX_FINDINGS_PER_RULE, MAX_FINDINGS_PER_RULE);
    assert.equal(DRAFT_TEXTS.en.renumbered(3, 1), 'Report Lint: 3 section numbers changed; 1 reference to them updated.');
    assert.equal(DRAFT_TEXTS['zh-cn'].renumbered(3, 2), 'Report Lint：已调整3处编号，并相应更新2处引用。');
    for (const text of [zh.statusTooltip, zh.checking, zh.checkingTooltip(), zh.checkingTooltip('1,234字 · 3节 · 无问题'), zh.cappedTooltip(2000, 3600, 1000), zh.fixed(3), zh.nothingToFix, zh.status(1, 1, 2000, 3600), zh.statisticsTitle(1234), zh.sectionCount(20), zh.renumbered(3), zh.nothingToRenumber, zh.referencesToCheck([{ text: '第五部分', line: 11 }]),
      zh.writeWordCopy('工作总结.checked.docx'), zh.wroteWordCopy('工作总结.checked.docx', 4), zh.revealInExplorer]) {
      assert.deepEqual(typographyProblems(text), [], text);
    }
  });

  it('links a finding to its rule’s doc by the doc’s address where VS Code opens it rendered, so the link’s tooltip is no command: address', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const associations = manifest.contributes.configurationDefaults['workbench.editorAssociations'] as Record<string, string>;
    assert.deepEqual(associations, { [RENDERED_DOCS_GLOB]: 'vscode.markdown.preview.editor' });
    // VS Code matches a glob with a slash against "<scheme>:<path>", lower-cased (globMatchesResource).
    const vscodeMatches = picomatch(RENDERED_DOCS_GLOB.toLowerCase(), { dot: true });
    const paths = {
      installed: '/home/li/.vscode/extensions/report-lint.report-lint-0.1.0/docs/rules/placeholder.zh-cn.md',
      remote: '/root/.vscode-server/extensions/report-lint.report-lint-1.2.3/docs/rules/page-furniture.md',
      windows: '/c:/Users/Li/.vscode/extensions/report-lint.report-lint-0.1.0/docs/rules/punctuation.md',
      development: '/work/report-lint/docs/rules/placeholder.md',
      unpkg: '/report-lint/report-lint/0.1.0/extension/docs/rules/placeholder.md',
      writersOwnDocs: '/home/li/notes/docs/rules/placeholder.md',
      otherFile: '/home/li/.vscode/extensions/report-lint.report-lint-0.1.0/README.md',
    };
    for (const [name, p] of Object.entries(paths)) {
      const rendered = ['installed', 'remote', 'windows'].includes(name);
      assert.equal(opensRendered(p), rendered, name);
      for (const scheme of ['file', 'vscode-remote']) assert.equal(vscodeMatches(`${scheme}:${p}`.toLowerCase()), rendered, `${scheme} ${name}`);
    }
  });

  it('finds the page of every short rule link the server sends, and of nothing else', () => {
    for (const rule of rules) {
      for (const locale of ['zh-cn', 'en'] as const) {
        const link = shortRuleLink(rule.meta.id, locale);
        const file = rulePageFile(link.slice(link.indexOf(':') + 1));
        assert.equal(file, `${rule.meta.id}${locale === 'zh-cn' ? '.zh-cn' : ''}.md`);
        assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', file!)), file);
      }
    }
    for (const other of ['../secrets', 'a/b', '', 'x.md', 'placeholder.en', '/placeholder']) assert.equal(rulePageFile(other), undefined, other);
  });

  it('turns VS Code’s word suggestions off in drafts: a Chinese clause is one “word”, and Tab took it in a snippet’s field', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.contributes.configurationDefaults['[report]']['editor.wordBasedSuggestions'], 'off');
  });

  it('tells a Chinese draft from code or an INI file by its Han characters (an untitled draft keeps its language)', () => {
    assert.ok(mostlyChinese('关于2026年度工作情况的报告\n一、工作总体情况\n（一）主要成效\n1. 全年完成投资20xx万元。'));
    assert.ok(mostlyChinese('\uFEFF[一、总体情况]\r\n今年以来，我局认真贯彻落实各项决策部署。'));
    assert.ok(!mostlyChinese('[section]\nname = value\n; 注释'));
    assert.ok(!mostlyChinese('The report covers 2026. 一、'));
    assert.ok(!mostlyChinese(''));
    assert.ok(mostlyChinese('一、情况\n'.repeat(10_000) + 'x'.repeat(100_000)), 'reads the start of a long text only');
  });

  it('shows a Word document\'s findings only while a tab shows its text, and brings them back when it is shown again', () => {
    const tabs = new Set<string>();
    const word = new TabbedDiagnostics<string>();
    word.shown = (uri) => tabs.has(uri);
    const uri = 'report-lint-docx:/a/工作总结.docx.report';
    // Opened, the findings came before its tab did: kept, and shown with the tab.
    assert.deepEqual(word.arriving(uri, ['a', 'b']), []);
    tabs.add(uri);
    assert.deepEqual(word.showAgain(uri), ['a', 'b']);
    assert.deepEqual(word.arriving(uri, ['a']), ['a']);
    // Its tab closed (VS Code keeps the text open): the Problems panel's rows go aside, and later ones wait too.
    tabs.delete(uri);
    word.hide(uri, ['a']);
    assert.deepEqual(word.arriving(uri, ['c']), []);
    tabs.add(uri);
    assert.deepEqual(word.showAgain(uri), ['c']);
    assert.equal(word.showAgain(uri), undefined, 'given back once');
    // The text itself closed: nothing kept.
    word.hide(uri, ['d']);
    word.forget(uri);
    assert.equal(word.showAgain(uri), undefined);
  });
});
