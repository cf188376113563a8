// Review the findings on published text (test/fixtures/published*/): prints what changed against the reviewed
// snapshot, with each line's text and message, and the counts per rule.
//
//   npm run review:published                  # show new and dropped findings, and entries without a verdict
//   npm run review:published -- --write       # update findings.txt: keep verdicts, new entries UNREVIEWED
//   npm run review:published -- --write --ask # and ask for each missing verdict on the terminal
//   npm run review:published -- --set published-extra --all   # one set; list every finding
//   npm run review:published -- --set published --verdict 'zh/a.md:305 numbering-sequence' 'true: 1.4.3 is used twice'
//                                             # write one verdict (every entry with that header) and update the file
//
// A verdict is one line: `true: <why it is a real defect>` or `debatable: <why>`. A false alarm is fixed at its
// cause (the test fails while an entry is UNREVIEWED); `false: <why> (who fixes it)` only records one whose fix is
// under way in other work, and this script lists those.

import * as readline from 'node:readline/promises';
import { compare, describeEntry, isReviewed, keyOf, lintSet, PUBLISHED_SETS, readSnapshot, snapshotPath, tally, writeSnapshot, type Entry, type PublishedSet } from '../test/support/published';

async function main(argv: string[]): Promise<number> {
  const write = argv.includes('--write');
  const ask = argv.includes('--ask');
  const all = argv.includes('--all');
  const chosen = argv.includes('--set') ? [argv[argv.indexOf('--set') + 1] as PublishedSet] : [...PUBLISHED_SETS];
  const verdictAt = argv.indexOf('--verdict');
  const verdict = verdictAt >= 0 ? { key: argv[verdictAt + 1], text: argv[verdictAt + 2] ?? '' } : undefined;
  if (verdict && !isReviewed(verdict.text)) throw new Error('a verdict reads "true: …", "debatable: …" or "false: … (who fixes it)"');
  let pending = 0;
  for (const set of chosen) {
    if (!PUBLISHED_SETS.includes(set)) throw new Error(`unknown set ${set}; one of ${PUBLISHED_SETS.join(', ')}`);
    const { merged, added, dropped } = compare(lintSet(set), readSnapshot(set));
    console.log(`\n=== ${set}: ${merged.length} findings, ${added.length} new, ${dropped.length} dropped`);
    section('New (not in the snapshot)', added);
    section('Dropped (in the snapshot, no longer found)', dropped);
    const unreviewed = merged.filter((e) => !added.includes(e) && !isReviewed(e.verdict));
    section('Without a verdict', unreviewed);
    section('Known false alarms (verdict false: …), to be fixed', merged.filter((e) => e.verdict.startsWith('false:')));
    if (all) section('All findings', merged);
    if (ask && process.stdin.isTTY) await askVerdicts(merged.filter((e) => !isReviewed(e.verdict)));
    if (verdict) {
      const matching = merged.filter((e) => keyOf(e) === verdict.key);
      for (const e of matching) e.verdict = verdict.text;
      console.log(`${matching.length} entries given the verdict`);
    }
    if (write || (verdict && merged.some((e) => keyOf(e) === verdict.key))) {
      writeSnapshot(set, merged);
      console.log(`wrote ${snapshotPath(set)}`);
    }
    printTally(merged);
    pending += merged.filter((e) => !isReviewed(e.verdict)).length + (write ? 0 : added.length + dropped.length);
  }
  if (pending) console.log(`\n${pending} entries need attention${write ? ': write their verdicts in findings.txt' : ' (run with -- --write to update the snapshot)'}`);
  return pending ? 1 : 0;
}

function section(title: string, entries: Entry[]): void {
  if (!entries.length) return;
  console.log(`\n--- ${title}: ${entries.length}`);
  for (const e of entries) console.log(describeEntry(e));
}

function printTally(entries: Entry[]): void {
  const rows = [...tally(entries)].sort((a, b) => b[1].all - a[1].all);
  if (!rows.length) return;
  console.log('\nper rule: findings / judged true / known false alarms');
  for (const [rule, c] of rows) console.log(`  ${rule.padEnd(24)} ${String(c.all).padStart(4)} / ${c.true} / ${c.false}`);
}

/** Asks for each verdict; an empty answer leaves the entry UNREVIEWED. `t …` and `d …` are short for true/debatable. */
async function askVerdicts(entries: Entry[]): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const e of entries) {
      console.log(`\n${describeEntry(e)}`);
      const answer = (await rl.question('verdict (t <why> / d <why> / empty to skip): ')).trim();
      const m = /^(t|true|d|debatable)[:\s]\s*(.+)$/i.exec(answer);
      if (m) e.verdict = `${m[1][0].toLowerCase() === 't' ? 'true' : 'debatable'}: ${m[2].trim()}`;
    }
  } finally {
    rl.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 2;
  },
);
