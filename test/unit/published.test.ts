// Published, professionally edited documents: every warning and error on them is in a reviewed snapshot with a
// verdict (test/fixtures/published*/findings.txt). A change that adds or drops a finding fails here until
// someone has read it: `npm run review:published` prints the changes with each line's text, `-- --write`
// updates the snapshot (keeping verdicts, marking new entries UNREVIEWED), then write the verdicts.
import * as assert from 'node:assert/strict';
import { compare, describeEntry, isReviewed, lintSet, PUBLISHED_SETS, readSnapshot, writeSnapshot } from '../support/published';

describe('published text', function () {
  // published-extra is over two million characters: a minute or more on a loaded machine is load, not a hang.
  this.timeout(180_000);
  for (const set of PUBLISHED_SETS) {
    it(`${set}: every finding is in the reviewed snapshot, with a verdict`, () => {
      const { merged, added, dropped } = compare(lintSet(set), readSnapshot(set));
      if (process.env.UPDATE_SNAPSHOTS) writeSnapshot(set, merged);
      const problems = [
        ...added.map((e) => `new finding (review it, then run npm run review:published -- --write):\n  ${describeEntry(e)}`),
        ...dropped.map((e) => `finding no longer given (was it a true defect?):\n  ${describeEntry(e)}`),
        ...merged.filter((e) => !added.includes(e) && !isReviewed(e.verdict)).map((e) => `no verdict ("true: …" or "debatable: …"):\n  ${describeEntry(e)}`),
      ];
      assert.ok(problems.length === 0, `${set}/findings.txt:\n${problems.join('\n')}`);
    });
  }
});
