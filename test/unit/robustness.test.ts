// Bad input never crashes the engine: huge lines, binary junk, adversarial runs, broken options.
import * as assert from 'node:assert/strict';
import { IncrementalLinter, lintDetailed, type LintOptions, type LintResult } from '../../server/src/engine';
import { maxOf, minOf, pushAll, spliceAll } from '../../server/src/engine/arrays';
import { shapes } from '../support/shapes';

function lintsCleanly(text: string, options: LintOptions = {}): void {
  for (const format of ['plain', 'markdown'] as const) {
    const result = lintDetailed(text, { ...options, format });
    assert.deepEqual(result.errors.map((e) => `${e.ruleId}: ${String(e.error)}`), []);
    assert.ok(Array.isArray(result.findings));
  }
}

/** A deterministic pseudo-random generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

// A batch of long documents takes seconds of CPU; the timeout only tells a hang from slowness on a busy machine.
const HANG_GUARD_MS = 360_000;

describe('robustness', () => {
  it('lints a 2 MB single line', function () {
    this.timeout(HANG_GUARD_MS);
    lintsCleanly('某某单位由61.2%提高至58.7%，“一是…二是…四是”（'.repeat(2 * 1024 * 1024 / 30));
  });

  it('lints long runs of the characters rules look for', function () {
    this.timeout(HANG_GUARD_MS);
    for (const ch of ['x', 'X', '×', '1', '.', '…', '·', '%', '“', '”', '（', '）', '(', ')', '一', '是', '年', '某', '_', '*', '`', '<', '>', '#', '|', '[', '@', '-', '?', '\t', '\u3000', '\uFFFD']) {
      lintsCleanly(ch.repeat(200_000));
      lintsCleanly(`一、${ch.repeat(50_000)}\n`.repeat(4));
    }
  });

  // Each shape once made some part of the engine superlinear; here they must lint, `npm run bench` times them.
  for (const shape of shapes) {
    it(`lints the shape “${shape.name}”`, function () {
      this.timeout(60_000);
      lintsCleanly(shape.build(20_000));
    });
  }

  // Lists of a draft's size were spread into one call's arguments (splice(…, ...lines)): past ≈ 120,000 lines the
  // stack overflowed, and the server silently fell back to a full lint at every keystroke.
  it('lints incrementally a draft of 200,000 lines, a paste of as many, and an edit after them', function () {
    this.timeout(HANG_GUARD_MS);
    const shown = (r: LintResult) => [r.errors.map((e) => `${e.ruleId}: ${String(e.error)}`), r.findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.ruleId}`)];
    const text = `xx市教育局\n${'\n'.repeat(200_000)}一、总体情况\n三、打算\n`;
    const linter = new IncrementalLinter({ format: 'plain' });
    assert.deepEqual(shown(linter.update(text)), shown(lintDetailed(text, { format: 'plain' })));
    const paste = `${'\n'.repeat(200_000)}某某县\n`;
    const pasted = text.slice(0, 7) + paste + text.slice(7);
    assert.deepEqual(shown(linter.update({ changes: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: paste }] })), shown(lintDetailed(pasted, { format: 'plain' })));
    const edited = pasted.slice(0, 7) + '甲' + pasted.slice(7);
    assert.deepEqual(shown(linter.update({ changes: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '甲' }] })), shown(lintDetailed(edited, { format: 'plain' })));
  });

  it('splices, pushes and takes the largest of lists as long as a draft', () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i);
    const target = [-1, -2, -3];
    spliceAll(target, 1, 1, big);
    assert.equal(target.length, 300_002);
    assert.deepEqual([target[0], target[1], target[300_000], target[300_001]], [-1, 0, 299_999, -3]);
    spliceAll(target, 0, target.length, [7]);
    assert.deepEqual(target, [7]);
    pushAll(target, big);
    assert.equal(target.length, 300_001);
    assert.equal(maxOf(big), 299_999);
    assert.equal(minOf(new Set(big)), 0);
    assert.equal(maxOf([]), -Infinity);
  });

  it('lints long runs of mojibake and web-page furniture', function () {
    this.timeout(HANG_GUARD_MS);
    for (const piece of ['鍖', '€', 'â', 'Ã', '\u0008', '\u200b', '》', '共', '鍖栧伐', 'â€™', 'Ã©', '鍖栧伐鍘?', '下载\n', '共\n3\n', '当前位置：\n>\n', '《人民日报》', '来源：x 发布时间：y ']) {
      lintsCleanly(piece.repeat(Math.ceil(100_000 / piece.length)));
    }
  });

  it('lints long runs of dates, spans and announced counts', function () {
    this.timeout(HANG_GUARD_MS);
    for (const piece of ['2023年', '2023-', '二〇二五年十三月', '确保2023年底前', '三个方面：一是', 'from March 5, 2023 to 2019–2023 ']) {
      lintsCleanly(piece.repeat(100_000 / piece.length));
    }
  });

  // enumeration-count read the sentence before a "…, comprising:" count back with lastIndexOf over the whole line.
  it('lints a long line with no sentence mark before an announced count', function () {
    this.timeout(HANG_GUARD_MS);
    for (const tail of ['The Trust ran 162 events in 2025, and the 12 projects, comprising:', 'the following six areas, made up of:']) {
      lintsCleanly(`${'we trained 340 volunteers and '.repeat(3_000)}${tail}\n`.repeat(3));
    }
  });

  it('lints binary junk', () => {
    const next = random(42);
    for (let n = 0; n < 20; n++) {
      let text = '';
      for (let i = 0; i < 5000; i++) text += String.fromCharCode(Math.floor(next() * 0xffff));
      lintsCleanly(text);
    }
  });

  it('lints random drafts made of markers, numbers and marks', () => {
    const pieces = ['一、', '（二）', '3.', '(4)', '⑤', '1.1 ', '# ', '## 2. ', '- ', '1) ', '第三章', '篇二', '一是', '第二，', '由', '提高至', '下降到', '个百分点', '12.5%', '120%', '20xx', 'XX', '某某', '“', '”', '《', '》', '（', '）', '【', '】', '年', '，', '。', '：', '\n', '\n\n', '\r\n', '```', '<!--', '-->', '😀', '𠀀', '\uFEFF', ' ', '\u3000', 'abc', 'I.', 'A.', '<!-- report-lint-disable -->'];
    const next = random(7);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 80; i++) text += pieces[Math.floor(next() * pieces.length)];
      lintsCleanly(text);
    }
  });

  it('reports broken options by setting name and lints with the valid rest', () => {
    const result = lintDetailed('某某局长讲话', {
      rules: { placeholder: 'loud' as never, nonsense: 'off' },
      placeholders: { extra: ['(unclosed', '(?<=a)b', 42 as never, '局长'], allow: [] },
    });
    assert.deepEqual(
      result.problems.map((p) => p.setting),
      ['rules.placeholder', 'rules.nonsense', 'placeholders.extra[0]', 'placeholders.extra[1]', 'placeholders.extra[2]'],
    );
    assert.match(result.problems[2].message.en, /invalid pattern "\(unclosed": error parsing regexp: missing closing \)/);
    // RE2 calls a look-behind an "invalid named capture": the message names what is not supported instead.
    assert.match(result.problems[3].message.en, /invalid pattern "\(\?<=a\)b": look-around .* is not supported \(RE2 syntax\)$/);
    const backReference = lintDetailed('正文', { placeholders: { extra: ['(x)\\1', 'a\\\\1'] } }).problems.map((p) => p.message.en);
    assert.deepEqual(backReference.length, 1, backReference.join('\n'));
    assert.match(backReference[0], /invalid pattern "\(x\)\\\\1": back-references \(\\1\) are not supported/);
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['placeholder', 'placeholder']);
  });

  it('ignores a user pattern that matches the empty string', () => {
    const result = lintDetailed('正文', { placeholders: { extra: ['x*'] } });
    assert.deepEqual(result.findings, []);
  });

  it('honours disable comments', () => {
    const text = ['某某局长 <!-- report-lint-disable-line placeholder -->', '<!-- report-lint-disable-next-line -->', '某某书记', '<!-- report-lint-disable placeholder -->', 'xx市', '<!-- report-lint-enable placeholder -->', 'xx县'].join('\n');
    assert.deepEqual(lintDetailed(text).findings.map((f) => f.range.start.line), [6]);
  });
});
