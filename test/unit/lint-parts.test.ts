// A lint in parts (engine/lint.ts lintPart / lintParts: the CLI's two threads for one large draft, cli/split.ts) gives
// what one lintDetailed gives: the same findings in the same order, the same problems, errors and truncation, with
// the parts made in any split of the rules and sent as structured clones (as a worker's answer is).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintDetailed, lintPart, lintParts, ruleIds, type LintResult, type RulesPart } from '../../server/src/engine/lint';
import type { LintOptions } from '../../server/src/engine/types';
import { SECOND_THREAD_RULES } from '../../server/src/cli/split';
import { BIN, runBin } from '../support/cli';
import { FIXTURES } from '../support/fixtures';

const ALL = [...ruleIds];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.(md|txt|report)$/.test(e.name) ? [full] : [];
  });
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shown = (r: LintResult) => JSON.stringify({ findings: r.findings, problems: r.problems, errors: r.errors.map((e) => [e.ruleId, String(e.error)]), truncated: r.truncated });

function inParts(text: string, options: LintOptions, groups: string[][]): LintResult {
  const [first, ...others] = groups;
  const mine = lintPart(text, options, first);
  // The other parts as a worker sends them: structured clones, made on their own parse.
  const sent = others.map((ids) => {
    const { document: _document, ...part } = lintPart(text, options, ids);
    return structuredClone(part) as RulesPart;
  });
  return lintParts(options, [...sent, mine], mine.document);
}

describe('lint in parts', () => {
  // Every fourth rule fixture (≈ 570 files: the CPU of ≈ 10 s), each split two ways.
  const all = files(path.join(FIXTURES, 'rules')).filter((_, i) => i % 4 === 0);
  const next = random(45);

  it('gives what one lint gives, for the CLI split and random splits of the rules, on the rule fixtures', function () {
    this.timeout(600000);
    const second = new Set(SECOND_THREAD_RULES);
    for (const file of all) {
      const text = fs.readFileSync(file, 'utf8');
      const options: LintOptions = { format: file.endsWith('.md') ? 'markdown' : 'plain', locale: 'auto' };
      const whole = shown(lintDetailed(text, options));
      const cli = [ALL.filter((id) => !second.has(id)), ALL.filter((id) => second.has(id))];
      assert.equal(shown(inParts(text, options, cli)), whole, `${file}, the CLI's split`);
      const groups: string[][] = [[], [], []];
      for (const id of ALL) groups[Math.floor(next() * 3)].push(id);
      assert.equal(shown(inParts(text, options, groups)), whole, `${file}, ${JSON.stringify(groups)}`);
    }
  });

  it('keeps rule settings, English messages and a rule turned off', () => {
    const file = path.join(FIXTURES, 'corpus', 'zh-work-report.txt');
    const text = fs.readFileSync(file, 'utf8');
    const options: LintOptions = { format: 'plain', locale: 'en', rules: { placeholder: 'error', 'missing-value': 'off' } };
    const whole = shown(lintDetailed(text, options));
    assert.equal(shown(inParts(text, options, [ALL.slice(0, 9), ALL.slice(9)])), whole);
  });

  describe('the CLI on two threads (built bin)', function () {
    this.timeout(120000);
    const big = path.join(FIXTURES, 'corpus', 'zh-half-year-summaries-traditional.txt');
    const built = fs.existsSync(path.join(path.dirname(BIN), '..', 'dist', 'cli.js'));

    for (const format of ['json', 'sarif', 'stylish']) {
      it(`prints the same ${format} as one thread`, function () {
        if (!built) this.skip();
        const one = runBin(['--format', format, '--concurrency', 'off', big]);
        const two = runBin(['--format', format, '--concurrency', '2', big]);
        assert.equal(two.code, one.code, two.stderr);
        assert.equal(two.stderr, one.stderr);
        assert.equal(two.stdout, one.stdout);
      });
    }

    it('splits standard input and a small draft when asked, with the same output', function () {
      if (!built) this.skip();
      const small = path.join(FIXTURES, 'corpus', 'zh-work-report.txt');
      const input = fs.readFileSync(small);
      const one = runBin(['--format', 'json', '--concurrency', 'off', '-', '--stdin-filename', 'a.txt'], { input });
      const two = runBin(['--format', 'json', '--concurrency', '2', '-', '--stdin-filename', 'a.txt'], { input });
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.code, one.code);
      assert.equal(runBin(['--format', 'json', '--concurrency', '2', small]).stdout, runBin(['--format', 'json', small]).stdout);
    });
  });
});
