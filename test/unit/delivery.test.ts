// Diagnostics are made once per finding and re-sent only when they changed: a finding the lint worker gave as the
// same as last time keeps its diagnostic, and "unchanged" is decided without serialising thousands of them.
import * as assert from 'node:assert/strict';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticsDelivery } from '../../server/src/delivery';
import { DocumentState } from '../../server/src/document-store';
import type { LintReply } from '../../server/src/linter';
import type { Finding } from '../../server/src/engine';

function fakeConnection(sent: Diagnostic[][]): Connection {
  return { sendDiagnostics: async (p: { diagnostics: Diagnostic[] }) => void sent.push(p.diagnostics), sendNotification: async () => undefined } as unknown as Connection;
}

const finding = (line: number, message = 'm'): Finding => ({
  ruleId: 'placeholder',
  severity: 'warning',
  message,
  range: { start: { line, character: 0 }, end: { line, character: 2 } },
});
const reply = (findings: Finding[]): LintReply => ({ findings, problems: [], errors: [], truncated: [], summary: { characters: 1, words: 1, sections: 0, writtenIn: 'zh-cn' } });

describe('diagnostics delivery', () => {
  it('reuses the diagnostic of a finding kept from the last lint, and pushes only what changed', () => {
    const sent: Diagnostic[][] = [];
    const delivery = new DiagnosticsDelivery(fakeConnection(sent), { pulls: false, withRelated: true, docsBase: () => 'file:///docs' });
    const state = new DocumentState('file:///a.report');
    const kept = [finding(1), finding(2)];
    delivery.publish(state, 1, 'zh-cn', reply(kept));
    const first = state.latest()!.diagnostics;
    delivery.publish(state, 2, 'zh-cn', reply(kept));
    assert.equal(state.latest()!.diagnostics[0], first[0], 'the same finding keeps its diagnostic');
    // Equal findings from a lint that made them anew (an in-thread lint) are not sent again either.
    delivery.publish(state, 3, 'zh-cn', reply([finding(1), finding(2)]));
    assert.equal(sent.length, 1);
    delivery.publish(state, 4, 'zh-cn', reply([finding(1), finding(2, 'other')]));
    assert.equal(sent.length, 2);
    // Another language makes every diagnostic again.
    delivery.publish(state, 5, 'en', reply(kept));
    assert.notEqual(state.latest()!.diagnostics[0], first[0]);
    assert.equal(sent.length, 3);
  });

  it('answers a pull "unchanged" while the diagnostics are the same', () => {
    const delivery = new DiagnosticsDelivery(fakeConnection([]), { pulls: true, withRelated: false, docsBase: () => 'file:///docs' });
    const state = new DocumentState('file:///a.report');
    delivery.publish(state, 1, 'zh-cn', reply([finding(1)]));
    const first = delivery.report(state, state.latest(), undefined);
    assert.equal(first.kind, 'full');
    delivery.publish(state, 2, 'zh-cn', reply([finding(1)]));
    assert.equal(delivery.report(state, state.latest(), first.resultId).kind, 'unchanged');
    delivery.publish(state, 3, 'zh-cn', reply([finding(3)]));
    assert.equal(delivery.report(state, state.latest(), first.resultId).kind, 'full');
  });
});

describe('diagnostics made', () => {
  it('carry no data, share each rule’s link and source, and link short for a client that expands the links', () => {
    const sent: Diagnostic[][] = [];
    const full = new DiagnosticsDelivery(fakeConnection(sent), { pulls: false, withRelated: true, docsBase: () => 'file:///docs' });
    const state = new DocumentState('file:///a.report');
    full.publish(state, 1, 'zh-cn', reply([finding(1), finding(2)]));
    const [a, b] = sent[0];
    assert.equal(a.data, undefined);
    assert.equal(a.codeDescription!.href, 'file:///docs/placeholder.zh-cn.md');
    assert.equal(a.codeDescription, b.codeDescription);
    assert.equal(a.source, 'report-lint · 占位符未替换');
    const short = new DiagnosticsDelivery(fakeConnection(sent), { pulls: false, withRelated: true, docsBase: () => 'file:///docs', shortLinks: true });
    short.publish(new DocumentState('file:///b.report'), 1, 'zh-cn', reply([finding(1)]));
    short.publish(new DocumentState('file:///c.report'), 1, 'en', reply([finding(1)]));
    assert.deepEqual(sent.slice(1).map((s) => s[0].codeDescription!.href), ['rule:placeholder.zh-cn', 'rule:placeholder']);
  });
});
