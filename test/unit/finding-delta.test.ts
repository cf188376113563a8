// Findings across the worker's thread boundary: the ones unchanged since the last reply go as their index there.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintDetailed, type Finding, type TextEdit } from '../../server/src/engine';
import { deferEdits } from '../../server/src/engine/deferred-edits';
import { decodeFindings, encodeFindings } from '../../server/src/finding-delta';
import { editsOfReply, isLazyFix, wireFinding, withFixEdits } from '../../server/src/lazy-fixes';
import type { LintOutcome } from '../../server/src/document-store';
import type { RecordedFix } from '../../server/src/diagnostics';
import { corpusDrafts } from '../support/documents';

describe('findings sent as a change from the last reply', () => {
  it('decodes to the new findings, sending only those that changed', () => {
    const text = corpusDrafts.find((t) => lintDetailed(t, { locale: 'zh-cn' }).findings.length > 5)!;
    const before = lintDetailed(text, { locale: 'zh-cn' }).findings;
    const middle = text.lastIndexOf('\n', text.length - 50) + 1;
    const edited = text.slice(0, middle) + '工作。\n' + text.slice(middle);
    const after = lintDetailed(edited, { locale: 'zh-cn' }).findings;
    const encoded = encodeFindings(after, before);
    assert.deepEqual(decodeFindings(encoded, before.map(wireFinding)), after.map(wireFinding));
    assert.ok(encoded.filter((f) => typeof f === 'number').length > 0, 'findings before the edit go as indices');
    // A line added at the top: every finding has moved down one, and goes as its index and the line count.
    const below = lintDetailed(`工作。\n${text}`, { locale: 'zh-cn' }).findings;
    const shifted = encodeFindings(below, before);
    assert.deepEqual(decodeFindings(shifted, before.map(wireFinding)), below.map(wireFinding));
    const moved = shifted.filter((f): f is [number, number] => Array.isArray(f));
    assert.ok(moved.length > 0 && moved.every(([, lines]) => lines === 1), 'findings below the edit go as moved');
    assert.ok(shifted.filter((f) => typeof f === 'object' && !Array.isArray(f)).length < moved.length, 'few findings go whole');
    assert.deepEqual(decodeFindings(encodeFindings(after, undefined), undefined), after.map(wireFinding));
    assert.equal(decodeFindings([5], []), undefined, 'an index the other side does not have');
  });

  // The incremental linter's lists: the same objects, in order, with some taken out, new ones put in, equal copies,
  // an object twice, and objects moved far (past the look-ahead of the walk: matched by content then).
  it('decodes to the new list whatever became of the old one, and sends the untouched findings as indices', () => {
    // Each with a message of its own (as a finding names its text): one is not taken for another moved.
    const finding = (line: number, message = `m${line}`): Finding => ({ ruleId: 'x', severity: 'info', message, range: range(line) });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('new' as const), at: fc.nat(), line: fc.nat({ max: 400 }) }),
      fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('twice' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
      // A line break or a join above them: every finding from there on moved by some lines (new objects).
      // (Far enough not to land on another finding with the same content: that one would be taken for it.)
      fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), lines: fc.constantFrom(-2000, -1000, 1000, 2000) }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 300 }), fc.array(op, { maxLength: 12 }), (size, ops) => {
        const before = Array.from({ length: size }, (_, i) => finding(i));
        const after = [...before];
        for (const o of ops) {
          const at = after.length ? o.at % after.length : 0;
          if (o.kind === 'drop' && after.length) after.splice(at, 1);
          else if (o.kind === 'new') after.splice(at, 0, finding(o.line, 'new'));
          else if (o.kind === 'copy' && after.length) after[at] = { ...after[at], range: range(after[at].range.start.line) };
          else if (o.kind === 'twice' && after.length) after.splice(at, 0, after[at]);
          else if (o.kind === 'move' && after.length) after.splice(o.to % after.length, 0, ...after.splice(at, 1));
          else if (o.kind === 'shift') for (let i = at; i < after.length; i++) after[i] = { ...after[i], range: range(after[i].range.start.line + o.lines) };
        }
        const encoded = encodeFindings(after, before);
        assert.deepEqual(decodeFindings(encoded, before), after);
        if (ops.length === 0) assert.ok(encoded.every((f, i) => f === i), 'an unchanged list goes as its indices');
        if (ops.every((o) => o.kind === 'shift')) assert.ok(encoded.every((f) => typeof f === 'number' || Array.isArray(f)), 'moved findings go as indices');
        // Copies and moved findings go as indices too (those below a line break as index and lines): only the new ones and
        // the second of a finding listed twice go whole.
        const sent = encoded.filter((f) => typeof f !== 'number' && !Array.isArray(f)).length;
        // After lines added or removed, a finding moved far goes whole too, and so may a moved one with no neighbour
        // moved alike (one each side of a finding put in or taken away, at the end of the list).
        const shifts = ops.filter((o) => o.kind === 'shift').length;
        const slack = shifts ? ops.filter((o) => o.kind !== 'shift').length * 3 + shifts * 2 : 0;
        assert.ok(sent <= ops.filter((o) => o.kind === 'new' || o.kind === 'twice').length + slack, 'only new findings are sent whole');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
const edit: TextEdit = { range: range(3), newText: '，' };
/** A finding whose fix is built when read; reading it throws, as a test that nothing reads it. */
function deferredFinding(line: number, build: () => TextEdit[] = () => assert.fail('the deferred edits were read')): Finding {
  const fix = deferEdits({ title: 'fixDocument' }, build, { deletesNothing: true, editsOn: () => [] });
  return { ruleId: 'punctuation', severity: 'warning', message: 'half-width marks', range: range(line), fix };
}
const plain = (line: number): Finding => ({ ruleId: 'x', severity: 'info', message: 'm', range: range(line), fix: { title: 't', edits: [edit] } });

describe('document-wide fixes sent without their edits', () => {
  it('sends a deferred fix as its title and a mark, never reading its edits', () => {
    const first = [plain(0), deferredFinding(1)];
    const encoded = encodeFindings(first, undefined);
    const sent = encoded[1] as Finding;
    assert.ok(isLazyFix(sent.fix));
    assert.deepEqual(sent.fix, { title: 'fixDocument', edits: [], lazy: true });
    assert.equal(encoded[0], first[0], 'a fix with its edits at hand goes as it is');
    // The next lint: the same finding made again (a line break elsewhere moved its edits): the same, by its title.
    const next = [plain(0), deferredFinding(1)];
    assert.deepEqual(encodeFindings(next, first), [0, 1]);
    // Moved: simply new, still without its edits.
    const moved = encodeFindings([plain(0), deferredFinding(2)], first);
    assert.equal(moved[0], 0);
    assert.ok(isLazyFix((moved[1] as Finding).fix));
    assert.deepEqual(decodeFindings(moved, first.map(wireFinding)), [plain(0), deferredFinding(2)].map(wireFinding));
  });

  it('a deferred fix is not the same as one with the same title and its edits at hand', () => {
    const deferred = deferredFinding(1);
    const concrete: Finding = { ...deferred, fix: { title: 'fixDocument', edits: [edit] } };
    assert.notEqual(encodeFindings([concrete], [deferred])[0], 0);
    assert.notEqual(encodeFindings([deferred], [concrete])[0], 0);
  });

  it('answers for the last reply only: an older one is gone', () => {
    const findings = [plain(0), deferredFinding(1, () => [edit])];
    const last = { seq: 7, findings };
    assert.deepEqual(editsOfReply(last, 7, 1), [edit]);
    assert.equal(editsOfReply(last, 6, 1), undefined);
    assert.equal(editsOfReply(undefined, 7, 1), undefined);
    assert.equal(editsOfReply(last, 7, 5), undefined);
  });

  it('gives the outcome the edits asked for, and drops a fix whose reply is gone', async () => {
    const findings = [plain(0), wireFinding(deferredFinding(1)), wireFinding(deferredFinding(2))];
    const fixes = new Map<string, RecordedFix>([
      ['a', { ruleId: 'x', fix: findings[0].fix! }],
      ['b', { ruleId: 'punctuation', fix: findings[1].fix!, lazy: { seq: 3, index: 1 } }],
      ['c', { ruleId: 'garbled-text', fix: findings[2].fix!, lazy: { seq: 3, index: 2 } }],
    ]);
    const outcome = { version: 1, locale: 'zh-cn', findings, diagnostics: [], fixes } as LintOutcome;
    const asked: number[] = [];
    const source = async ({ seq, index }: { seq: number; index: number }) => (asked.push(index), seq === 3 && index === 1 ? [edit] : undefined);
    assert.equal(await withFixEdits(outcome, source, (f) => f.ruleId === 'x'), outcome, 'nothing lazy wanted: nothing asked');
    assert.deepEqual(asked, []);
    const resolved = await withFixEdits(outcome, source);
    assert.deepEqual(resolved.fixes.get('b'), { ruleId: 'punctuation', fix: { title: 'fixDocument', edits: [edit] } });
    assert.equal(resolved.fixes.has('c'), false);
    assert.deepEqual(resolved.findings[1].fix, { title: 'fixDocument', edits: [edit] });
    assert.equal(resolved.findings[2].fix, undefined);
    assert.equal(resolved.findings[0], findings[0]);
    await withFixEdits(outcome, source);
    assert.deepEqual(asked, [1, 2], 'each lazy fix is asked for once');
    assert.ok(isLazyFix(outcome.fixes.get('b')!.fix), 'the recorded outcome keeps its lazy fix');
  });
});
