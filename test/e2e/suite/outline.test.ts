import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhere, openDraft } from './helpers';

function tree(symbols: vscode.DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...tree(s.children, depth + 1)]);
}

describe('outline and folding', () => {
  it('gives the section tree 一、 > （一） > 1. > （1）', async () => {
    const document = await openDraft('summary.report');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(tree(symbols), [
      '一、主要工作',
      '  （一）教学改革',
      '    1.深化课堂改革',
      '      （1）推行大单元教学',
      '      （2）开展教研活动',
      '    2.完善质量监测',
      '    4.推进集团化办学',
      '  （二）队伍建设',
      '二、下一步打算',
    ]);
  });

  it('gives Markdown one outline: each heading once, no second tree beside VS Code’s own', async () => {
    const document = await openDraft('notes.md');
    await diagnosticsWhere(document.uri, (d) => d.length >= 3);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = tree(symbols).map((n) => n.trim().replace(/^#+ /, ''));
    for (const expected of ['Project Report', '1. Background', '1.1 Scope', '1.2 Method', '2. Findings']) {
      assert.equal(names.filter((n) => n === expected).length, 1, `${expected} once in:\n${names.join('\n')}`);
    }
  });

  it('outlines the report sections of a Markdown draft without headings', async () => {
    const document = await openDraft('plain-sections.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(tree(symbols), ['一、主要工作', '二、下一步打算']);
  });

  it('folds each section', async () => {
    const document = await openDraft('summary.report');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const pairs = ranges.map((r) => `${r.start}-${r.end}`);
    for (const expected of ['2-18', '4-14', '6-10', '16-18', '20-22']) assert.ok(pairs.includes(expected), `${expected} in ${pairs.join(' ')}`);
  });
});
