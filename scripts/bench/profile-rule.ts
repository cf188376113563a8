// One rule (or the parse, or a model part) run alone in a loop on the 120k draft, for a CPU profile of just that:
//   node --cpu-prof --cpu-prof-interval 100 --import tsx scripts/bench/profile-rule.ts fact-conflict [rounds]
//   or bundled: npx esbuild scripts/bench/profile-rule.ts --bundle --platform=node --outfile=/tmp/pr.js (function lines then
//   map to the bundle's `// server/src/…` comments). Arguments: a rule id; `parse` for a fresh ReportDocument each round; `figures` etc. for a model part read on a fresh parse,
//   the parse's time not included in what the profile is read for). DRAFT=path for another draft. FIRST=1: the rule's
//   first run on each parse is timed (with the model parts it reads), not the repeats.
import * as fs from 'node:fs';
import { ruleOptionSpecs } from '../../server/src/engine/lint';
import { ReportDocument } from '../../server/src/engine/model/document';
import { compileOptions } from '../../server/src/engine/options';
import { rules } from '../../server/src/engine/rules';
import { runRules } from '../../server/src/engine/run-rules';
import { BIG_DRAFT } from './measure';

const what = process.argv[2] ?? 'fact-conflict';
const rounds = Number(process.argv[3] ?? 40);
const text = fs.readFileSync(process.env.DRAFT ?? BIG_DRAFT, 'utf8');
const options = compileOptions({ format: 'plain' }, ruleOptionSpecs);
// A rule runs REPEAT times on each parse (the parse then weighs less in its profile).
const REPEAT = Number(process.env.REPEAT ?? 5);
const rule = rules.find((r) => r.meta.id === what);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let spent = 0;
for (let r = 0; r < rounds + 5; r++) {
  const doc = new ReportDocument(text, options.format);
  const compiled = { ...options, locale: doc.writtenIn ?? 'en' };
  if (rule) {
    // Everything the rule reads of the model, read before the clock starts (a first run), then the rule alone.
    // FIRST=1 times that first run instead: the rule with the model parts it reads (the parse not included).
    if (process.env.FIRST) {
      const t0 = cpu();
      runRules([rule], doc, compiled);
      if (r >= 5) spent += cpu() - t0;
      continue;
    }
    runRules([rule], doc, compiled);
    const t = cpu();
    for (let k = 0; k < REPEAT; k++) runRules([rule], doc, compiled);
    if (r >= 5) spent += (cpu() - t) / REPEAT;
  } else if (what === 'parse') {
    const t = cpu();
    new ReportDocument(text, options.format);
    if (r >= 5) spent += cpu() - t;
  } else {
    const t = cpu();
    (doc as unknown as Record<string, unknown>)[what];
    if (r >= 5) spent += cpu() - t;
  }
}
console.log(`${what}: ${(spent / rounds).toFixed(2)} ms a round (CPU, ${rounds} rounds)`);
