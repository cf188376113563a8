// Every rule fixture: the findings written inline must appear, and nothing else may.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes, lintDetailed, ruleIds, type Finding, type LintOptions } from '../../server/src/engine';
import { FIXTURES, fixedFile, fixtureFiles, loadFixture } from '../support/fixtures';

/** The findings, and no rule that threw: the engine keeps a throwing rule from the others, so a fixture must ask. */
function lint(text: string, options: LintOptions): Finding[] {
  const result = lintDetailed(text, options);
  assert.deepEqual(result.errors.map((e) => `${e.ruleId}: ${String(e.error)}`), [], 'a rule threw');
  return result.findings;
}

describe('rule fixtures', () => {
  const files = fixtureFiles(path.join(FIXTURES, 'rules'));

  it('has fixtures for every rule', () => {
    for (const id of ruleIds) {
      assert.ok(files.some((f) => f.includes(`${path.sep}${id}${path.sep}`)), `no fixture folder for ${id}`);
    }
  });

  // Every message template filled, in both languages: one test per fixture, so the whole set never runs as one
  // long test (it grew past mocha's 20 s on a loaded machine as fixtures were added).
  describe('fills every message template, in both languages', () => {
    for (const file of files) {
      it(path.relative(FIXTURES, file), () => {
        const fixture = loadFixture(file);
        for (const locale of ['en', 'zh-cn'] as const) {
          for (const f of lint(fixture.text, { locale, format: fixture.format })) {
            const texts = [f.message, f.fix?.title ?? '', ...(f.related ?? []).map((r) => r.message)];
            for (const t of texts) assert.doesNotMatch(t.replace(/\{\{[^}]*\}\}/g, ''), /\{\w+\}/, `${path.basename(file)}: ${t}`);
            if (locale === 'zh-cn') assert.match(f.message, /\p{sc=Han}/u, `${path.basename(file)}: zh message ${f.message}`);
          }
        }
      });
    }
  });

  for (const file of files) {
    it(path.relative(FIXTURES, file), () => {
      const fixture = loadFixture(file);
      const findings = lint(fixture.text, { locale: 'en', format: fixture.format });
      const actual = findings.map((f) => `${f.range.start.line}:${f.ruleId}`).sort();
      const lines = fixture.text.split(/\r\n|\r|\n/);
      const describe = (entries: string[]) =>
        entries.map((e) => {
          const [line, rule] = e.split(':');
          const f = findings.find((x) => x.range.start.line === Number(line) && x.ruleId === rule);
          return `  line ${Number(line) + 1} ${rule}${f ? `: ${f.message}` : ''}\n    ${lines[Number(line)]}`;
        });
      const missing = difference(fixture.expected, actual);
      const unexpected = difference(actual, fixture.expected);
      assert.ok(
        missing.length === 0 && unexpected.length === 0,
        [missing.length ? `missing:\n${describe(missing).join('\n')}` : '', unexpected.length ? `unexpected:\n${describe(unexpected).join('\n')}` : ''].join('\n'),
      );
    });
  }
});

// The fixes, as a writer gets them from "fix all": one round applies every fix that does not collide with
// another; the result is compared with <name>.fixed.<ext>; re-linted, it has nothing fixable left and no
// finding that was not there before (a fix never creates a problem).
// Every fixture converges in one round (the last exceptions, in the numbering rules, were fixed under issue 7).

describe('rule fixture fixes', () => {
  for (const file of fixtureFiles(path.join(FIXTURES, 'rules'))) {
    const fixture = loadFixture(file);
    const options = { locale: 'en' as const, format: fixture.format };
    const findings = lint(fixture.text, options);
    const snapshot = fixedFile(file);
    if (!findings.some((f) => f.fix) && !fs.existsSync(snapshot)) continue;
    it(path.relative(FIXTURES, snapshot), () => {
      const { text: fixed } = applyFixes(fixture.text, findings);
      if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(snapshot, fixed);
      assert.ok(fs.existsSync(snapshot), `no fix snapshot: run UPDATE_SNAPSHOTS=1 npm run test:unit and review ${path.basename(snapshot)}`);
      assert.equal(fixed, fs.readFileSync(snapshot, 'utf8'), 'the fixed text differs from the snapshot');
      const after = lint(fixed, options);
      const left = after.filter((f) => f.fix).map(describeFinding);
      assert.deepEqual(left, [], 'fixable findings left after one round of fixes');
      // Counted per rule: a fix may change the text another finding quotes (年,区 → 年，区), not add a finding.
      const created = difference(after.map((f) => f.ruleId), findings.map((f) => f.ruleId));
      assert.deepEqual(created, [], `findings that the fixes created: ${after.filter((f) => created.includes(f.ruleId)).map(describeFinding).join('; ')}`);
    });
  }
});

function key(f: Finding): string {
  return `${f.ruleId}: ${f.message}`;
}

function describeFinding(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1} ${key(f)}`;
}

/** Multiset difference a − b. */
function difference(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i >= 0) {
      rest.splice(i, 1);
      return false;
    }
    return true;
  });
}
