// The real drafts in test/fixtures/corpus, run through the CLI: known defects are found, and the full list
// of findings is compared with a reviewed snapshot (UPDATE_SNAPSHOTS=1 rewrites it; review the diff).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { FIXTURES } from '../support/fixtures';

interface Diagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const DIR = path.join(FIXTURES, 'corpus');
const SNAPSHOT = path.join(DIR, 'expected.json');

async function lintCorpus(): Promise<Map<string, Diagnostic[]>> {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(DIR, f));
  let out = '';
  const code = await main(['--format', 'json', '--locale', 'zh-cn', ...files], { stdout: (t) => (out += t), stderr: () => undefined, env: {} });
  assert.equal(code, 1);
  const results = JSON.parse(out) as { file: string; diagnostics: Diagnostic[] }[];
  return new Map(results.map((r) => [path.basename(r.file), r.diagnostics]));
}

describe('corpus drafts', () => {
  let corpus: Map<string, Diagnostic[]>;
  before(async () => {
    corpus = await lintCorpus();
  });
  const has = (file: string, rule: string, line: number, character?: number) =>
    assert.ok(
      corpus.get(file)!.some((d) => d.rule === rule && d.range.start.line === line && (character === undefined || d.range.start.character === character)),
      `${file}: expected ${rule} at ${line + 1}:${character === undefined ? '*' : character + 1}`,
    );

  it('zh-work-plan.txt: the empty “”, the dropped years and the range without a start', () => {
    has('zh-work-plan.txt', 'empty-pair', 8, 21);
    has('zh-work-plan.txt', 'missing-value', 8, 0);
    has('zh-work-plan.txt', 'missing-value', 74, 78);
    has('zh-work-plan.txt', 'missing-value', 50, 55);
  });

  it('zh-work-plan.txt: numbering 1…26 straight through 一、…十、 is accepted', () => {
    assert.deepEqual(corpus.get('zh-work-plan.txt')!.filter((d) => d.rule.startsWith('numbering')), []);
  });

  it('zh-work-report.txt: the 20230%, the 2023个百分点 and the xx市', () => {
    has('zh-work-report.txt', 'percent-range', 49, 547);
    has('zh-work-report.txt', 'percent-range', 43, 231);
    has('zh-work-report.txt', 'placeholder', 23, 9);
  });

  it('zh-half-year-summaries-traditional.txt: the repeated (3), the repeated 六是, the empty () and ××年', () => {
    has('zh-half-year-summaries-traditional.txt', 'numbering-sequence', 26, 0);
    has('zh-half-year-summaries-traditional.txt', 'enumeration-sequence', 108);
    has('zh-half-year-summaries-traditional.txt', 'empty-pair', 83, 0);
    has('zh-half-year-summaries-traditional.txt', 'placeholder', 102, 0);
  });

  it('zh-annual-summary-a.txt: 202X and XX区', () => {
    has('zh-annual-summary-a.txt', 'placeholder', 2, 13);
    has('zh-annual-summary-a.txt', 'placeholder', 2, 23);
  });

  it('matches the reviewed snapshot', () => {
    const actual: Record<string, string[]> = {};
    for (const [file, diagnostics] of corpus) {
      actual[file] = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule} ${d.message}`);
    }
    if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n');
    assert.ok(fs.existsSync(SNAPSHOT), 'no snapshot: run UPDATE_SNAPSHOTS=1 npm run test:unit and review expected.json');
    assert.deepEqual(actual, JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')));
  });
});
