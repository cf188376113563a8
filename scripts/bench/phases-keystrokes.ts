// Times each phase of an incremental lint of one keystroke on the 3 MB draft, in-process, without a profiler: the
// model's update, each rule (prepare, units, check: runRules with that rule alone and the same cache, as the
// linter runs them one after the other), the passes over all findings. Prints the median per phase and the CPU p50 /
// p95 per keystroke. TYPING=server types as the server bench does (default), TYPING=keystroke as the keystroke bench,
// TYPING=wrap a paragraph wrapped by hand (measure.ts). ONLY=breaks (or chars) records the line breaks (or the
// characters) alone.
//   npx tsx scripts/bench/phases-keystrokes.ts [megabytes] [keystrokes]

import { dropInsideDeletions, dropRepeatsInCopies } from '../../server/src/engine/deleted-text';
import { mergeFixesOnMarkers } from '../../server/src/engine/fixes';
import { compareFindings } from '../../server/src/engine/lint';
import { IncrementalModel } from '../../server/src/engine/model/incremental';
import { compileOptions } from '../../server/src/engine/options';
import { rules } from '../../server/src/engine/rules';
import { ruleOptionSpecs } from '../../server/src/engine/lint';
import { RuleCache, runRules } from '../../server/src/engine/run-rules';
import { suppress } from '../../server/src/engine/suppress';
import { draftOfSize, median, percentile, typingPlan } from './measure';

const megabytes = Number(process.argv[2] ?? 3);
const count = Number(process.argv[3] ?? 150);
const text = draftOfSize(megabytes);
const options = compileOptions({ format: 'plain' }, ruleOptionSpecs);
const model = new IncrementalModel(options.format);
const cache = new RuleCache();
const times = new Map<string, number[]>();
const cpu: number[] = [];
const now = process.env.WALL ? () => Number(process.hrtime.bigint()) / 1e6 : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function lintOnce(doc: ReturnType<IncrementalModel['setText']>, record: boolean): void {
  const add = (name: string, ms: number) => {
    if (!record) return;
    let list = times.get(name);
    if (!list) times.set(name, (list = []));
    list.push(ms);
  };
  const compiled = { ...options, locale: doc.writtenIn ?? 'en' };
  const findings = [];
  for (const rule of rules) {
    const t = now();
    const run = runRules([rule], doc, compiled, cache);
    add(`rule ${rule.meta.id}`, now() - t);
    for (const f of run.findings) findings.push(f);
  }
  let t = now();
  const inside = dropInsideDeletions(findings);
  add('dropInsideDeletions', now() - t);
  t = now();
  const copies = dropRepeatsInCopies(inside);
  add('dropRepeatsInCopies', now() - t);
  t = now();
  const kept = suppress(copies, doc, compiled.suppressions);
  mergeFixesOnMarkers(kept, doc.markers, compiled.locale);
  kept.sort(compareFindings);
  add('suppress, merge, sort', now() - t);
}

let doc = model.setText(text);
lintOnce(doc, false);
const plan = typingPlan(text);
const { typed, breakEvery } = plan;
let { line, character } = plan;
for (let i = 0; i < count + 20; i++) {
  const ch = i % breakEvery === breakEvery - 1 ? '\n' : typed[i % typed.length];
  const at = { line, character };
  const c = process.cpuUsage();
  const t = now();
  doc = model.apply([{ range: { start: at, end: at }, text: ch }]);
  const record = i >= 20 && (process.env.ONLY === 'breaks' ? ch === '\n' : process.env.ONLY === 'chars' ? ch !== '\n' : true);
  if (record) {
    let list = times.get('model');
    if (!list) times.set('model', (list = []));
    list.push(now() - t);
  }
  lintOnce(doc, record);
  const used = process.cpuUsage(c);
  if (record) cpu.push((used.user + used.system) / 1000);
  if (ch === '\n') {
    line++;
    character = 0;
  } else character += ch.length;
}
const rows = [...times].map(([name, list]) => [name, median(list), list.reduce((a, b) => a + b, 0) / list.length] as const).sort((a, b) => b[2] - a[2]);
let sum = 0;
for (const [name, med, mean] of rows) {
  sum += mean;
  if (mean >= 0.05) console.log(`${mean.toFixed(2).padStart(7)} mean ${med.toFixed(2).padStart(7)} median  ${name}`);
}
console.log(`sum of means ${sum.toFixed(1)} ms; CPU per keystroke p50 / p95 ${median(cpu).toFixed(1)} / ${percentile(cpu, 95).toFixed(1)} ms`);
