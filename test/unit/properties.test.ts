// Properties of the engine on any text (fast-check, seeded and bounded so CI stays fast; `npm run fuzz` runs many
// more cases, FUZZ_SEED replays one): it never throws, every range lies inside the document as LSP indexes it,
// linting is deterministic, one fix-all round leaves nothing fixable, and an edit does not change findings far from it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, fixAll, lintDetailed, parseDocument, type Finding, type Range, type TextFormat } from '../../server/src/engine';
import { anyDocument, corpusDrafts, draft, format, mutatedDraft, pastedDraft, pastedRowDraft, runs } from '../support/documents';

function lintAll(text: string, fmt: TextFormat) {
  const result = lintDetailed(text, { format: fmt, locale: 'en' });
  assert.deepEqual(result.errors.map((e) => `${e.ruleId}: ${e.error instanceof Error ? e.error.stack : String(e.error)}`), [], 'a rule threw');
  return result;
}

function assertInside(doc: TextDocument, range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    const back = doc.positionAt(doc.offsetAt(p));
    assert.deepEqual(back, p, `${what}: ${JSON.stringify(p)} is outside the document`);
  }
  assert.ok(doc.offsetAt(range.start) <= doc.offsetAt(range.end), `${what}: range ends before it starts`);
}

function rangesOf(f: Finding): { range: Range; what: string }[] {
  return [
    { range: f.range, what: `${f.ruleId} finding` },
    ...(f.related ?? []).map((r) => ({ range: r.range, what: `${f.ruleId} related` })),
    ...(f.fix?.edits ?? []).map((e) => ({ range: e.range, what: `${f.ruleId} fix edit` })),
  ];
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.ruleId} ${f.message}`);

describe('engine properties (fast-check)', function () {
  // A long run (`npm run fuzz`, FUZZ_RUNS) takes as long as it takes: mocha's --timeout 0 would be overridden here.
  this.timeout(process.env.FUZZ_RUNS ? 0 : 120_000);

  it('never throws, and every range lies inside the document', () => {
    fc.assert(
      fc.property(anyDocument, format, (text, fmt) => {
        const { findings } = lintAll(text, fmt);
        const doc = TextDocument.create('file:///x', 'plaintext', 1, text);
        for (const f of findings) for (const { range, what } of rangesOf(f)) assertInside(doc, range, what);
      }),
      runs(150),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyDocument, format, (text, fmt) => {
        assert.deepEqual(lintAll(text, fmt).findings, lintAll(text, fmt).findings);
      }),
      runs(60),
    );
  });

  it('one fix-all pass leaves nothing fixable, and its first round keeps the text around its edits', () => {
    fc.assert(
      fc.property(fc.oneof(draft, mutatedDraft, pastedDraft, pastedRowDraft), format, (text, fmt) => {
        const { findings } = lintAll(text, fmt);
        const { text: once, applied } = applyFixes(text, findings);
        if (applied === 0) return;
        const doc = TextDocument.create('file:///x', 'plaintext', 1, text);
        const edits = findings.flatMap((f) => f.fix?.edits ?? []).map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]);
        const first = Math.min(...edits.map(([s]) => s));
        const last = Math.max(...edits.map(([, e]) => e));
        assert.equal(once.slice(0, first), text.slice(0, first), 'text before the first edit changed');
        assert.equal(once.slice(once.length - (text.length - last)), text.slice(last), 'text after the last edit changed');
        const pass = fixAll(text, { format: fmt, locale: 'en' }, findings);
        assert.deepEqual(summary(pass.findings.filter((f) => f.fix)), [], `fixable findings left after a fix-all pass (${pass.rounds} rounds)`);
      }),
      runs(120),
    );
  });

  it('an edit inside a line of prose changes no finding far from it', () => {
    const edit = fc.record({ line: fc.nat(), column: fc.nat(), word: fc.constantFrom('工作', '推进', '有关', 'the work', '认真') });
    // A pasted draft holds copies: an edit in one copy changes what is said of the others (duplicate-text), so the
    // edited line is one whose text the draft holds once.
    const base = fc.oneof(
      { weight: 2, arbitrary: mutatedDraft.map((text) => ({ text, pasted: false })) },
      { weight: 1, arbitrary: fc.oneof(pastedDraft, pastedRowDraft).map((text) => ({ text, pasted: true })) },
    );
    fc.assert(
      fc.property(base, format, edit, ({ text, pasted }, fmt, e) => {
        const before = parseDocument(text, fmt);
        const prose = before.lines.filter((l) => l.kind === 'text' && l.prose.trim().length > 4 && !before.markers.some((m) => m.line === l.index));
        fc.pre(prose.length > 0);
        const line = prose[e.line % prose.length];
        fc.pre(!pasted || text.indexOf(line.text.trim()) === text.lastIndexOf(line.text.trim()));
        // Inside the line's prose, between two characters that are not marks (an edit that could close a quote or
        // complete a number is not "far" from anything).
        const column = 1 + (e.column % (line.prose.length - 1));
        fc.pre(/[\p{sc=Han}A-Za-z]{2}/u.test(line.prose.slice(column - 1, column + 1)));
        const edited = text.slice(0, line.offset + column) + e.word + text.slice(line.offset + column);
        const after = parseDocument(edited, fmt);
        // A title that grows may stop reading as a title: then the outline changes, and findings anywhere may.
        fc.pre(JSON.stringify(after.markers.map((m) => [m.line, m.kind, m.value])) === JSON.stringify(before.markers.map((m) => [m.line, m.kind, m.value])));
        // So with the time the draft gives itself (its title, its opening words, its date): findings anywhere are read
        // against it (2025年上半年工作总结 → 2025年工作上半年工作总结 is a report on the year, seed 3).
        const time = (doc: typeof before) =>
          JSON.stringify(doc.reportTimes.map((t) => [t.part, [...t.titleLines], t.kind, t.period && { ...t.period }, ...[t.signed, t.stated, t.dateline].map((d) => d && [d.line, d.text])]));
        fc.pre(time(after) === time(before));
        // And with what the draft can refer to besides its sections: an appendix listed, a caption, an attachment (seed 3:
        // “- Appendix B: …” → “- A工作ppendix B: …”, and “in Appendix C” on line 35 now names the last one A, not B).
        fc.pre(JSON.stringify(after.targets) === JSON.stringify(before.targets));
        const paragraph = before.paragraphs.find((p) => p.firstLine <= line.index && line.index <= p.lastLine);
        // A finding that points at the edited paragraph (fact-conflict: “… here, but … on line 9”, with line 9 as its
        // related place) is about the edited text, wherever it is shown.
        const nearRange = (r: Range) => r.end.line >= (paragraph?.firstLine ?? line.index) - 2 && r.start.line <= (paragraph?.lastLine ?? line.index) + 2;
        const near = (f: Finding) => nearRange(f.range) || (f.related ?? []).some((r) => nearRange(r.range));
        // A finding that counts something over the whole draft (“168 half-width marks … in the Chinese text of this
        // document”, pinyin annotations, opening quotes never closed) counts the edited line too: it stays, at its
        // place, but its count may change.
        const counted = (f: Finding) => (/: \d+ .* (?:in|of) this document\b/.test(f.message) ? { ...f, message: f.message.replace(/\d+/g, '#') } : f);
        const far = (findings: Finding[]) => summary(findings.filter((f) => !near(f)).map((f) => ({ ...counted(f), fix: undefined, related: undefined })));
        assert.deepEqual(far(lintAll(edited, fmt).findings), far(lintAll(text, fmt).findings));
      }),
      runs(80),
    );
  });

  it('one fix-all pass on each corpus draft leaves nothing fixable', () => {
    for (const text of corpusDrafts) {
      const pass = fixAll(text, { locale: 'en' });
      assert.deepEqual(summary(pass.findings.filter((f) => f.fix)), [], `after ${pass.rounds} rounds`);
    }
  });
});
