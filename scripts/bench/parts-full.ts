// Where a warm full lint of the 120k draft goes, in-process, without a profiler: the parse (scanLines, markers,
// outline, paragraphs), each lazily read part of the model (enumerations, figures, dates…), then each rule alone
// (runRules with that rule, no cache) on a fresh parse, then the passes over all findings. Median CPU per part over
// the rounds, after warm-up lints; the sum against a plain lintDetailed of the same text.
//   npx tsx scripts/bench/parts-full.ts [rounds]   (DRAFT=path for another draft; the engine from source, as tsx compiles it)

import * as fs from 'node:fs';
import { dropInsideDeletions, dropRepeatsInCopies } from '../../server/src/engine/deleted-text';
import { mergeFixesOnMarkers } from '../../server/src/engine/fixes';
import { compareFindings, lintDetailed, ruleOptionSpecs } from '../../server/src/engine/lint';
import { ReportDocument } from '../../server/src/engine/model/document';
import { compileOptions } from '../../server/src/engine/options';
import { rules } from '../../server/src/engine/rules';
import { runRules } from '../../server/src/engine/run-rules';
import { suppress } from '../../server/src/engine/suppress';
import { BIG_DRAFT, median } from './measure';

const rounds = Number(process.argv[2] ?? 20);
const text = fs.readFileSync(process.env.DRAFT ?? BIG_DRAFT, 'utf8');
const options = compileOptions({ format: 'plain' }, ruleOptionSpecs);
const times = new Map<string, number[]>();
const now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const parts: [string, (d: ReportDocument) => unknown][] = [
  ['model enumerations', (d) => d.enumerations],
  ['model titledHeadings', (d) => d.titledHeadings],
  ['model periodParts', (d) => d.periodParts],
  ['model figures', (d) => d.figures],
  ['model percents', (d) => d.percents],
  ['model pointChanges', (d) => d.pointChanges],
  ['model rateClaims', (d) => d.rateClaims],
  ['model amountChanges', (d) => d.amountChanges],
  ['model breakdowns', (d) => d.breakdowns],
  ['model chunkIndices', (d) => d.chunkIndices],
  ['model targets', (d) => d.targets],
  ['model dates', (d) => d.dates],
  ['model reportTimes', (d) => d.reportTimes],
  ['model writtenIn', (d) => d.writtenIn],
];

function once(record: boolean): void {
  const add = (name: string, ms: number) => {
    if (!record) return;
    let list = times.get(name);
    if (!list) times.set(name, (list = []));
    list.push(ms);
  };
  let t = now();
  const doc = new ReportDocument(text, options.format);
  add('parse', now() - t);
  for (const [name, read] of parts) {
    t = now();
    read(doc);
    add(name, now() - t);
  }
  const compiled = { ...options, locale: doc.writtenIn ?? 'en' };
  const findings = [];
  for (const rule of rules) {
    t = now();
    const run = runRules([rule], doc, compiled);
    add(`rule ${rule.meta.id}`, now() - t);
    for (const f of run.findings) findings.push(f);
  }
  t = now();
  const kept = suppress(dropRepeatsInCopies(dropInsideDeletions(findings)), doc, compiled.suppressions);
  mergeFixesOnMarkers(kept, doc.markers, compiled.locale);
  kept.sort(compareFindings);
  add('after the rules', now() - t);
}

for (let w = 0; w < 5; w++) once(false);
const whole: number[] = [];
for (let r = 0; r < rounds; r++) {
  once(true);
  const t = now();
  lintDetailed(text, { format: 'plain' });
  whole.push(now() - t);
}
let sum = 0;
const rows = [...times].map(([name, list]) => [name, median(list)] as const).sort((a, b) => b[1] - a[1]);
for (const [name, m] of rows) {
  sum += m;
  console.log(`${name.padEnd(34)} ${m.toFixed(2).padStart(8)} ms`);
}
console.log(`${'sum of parts'.padEnd(34)} ${sum.toFixed(2).padStart(8)} ms`);
console.log(`${'lintDetailed'.padEnd(34)} ${median(whole).toFixed(2).padStart(8)} ms`);
