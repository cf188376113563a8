// Where a line break goes on the 3 MB draft, in-process: the draft opened (a full lint), then rounds of edits on a line
// of running text in its middle (the first of 50 characters or more with a comma and a 。, nothing masked, no marker, between lines of text, from the middle on;
// LINE=item: one that starts with a marker) — a character
// typed in its middle and taken back, the line split in its middle (Enter) and joined back, a new empty line after the
// paragraph's last line and taken out. Per kind of edit: the model's update, each rule (runRules with that rule alone
// and the same cache, as the linter runs them one after the other), the passes over all findings, the CPU per lint
// (p50 / mean), the first rounds apart from the later ones. CHECK=1: the findings of the last version against a full lint.
//   npx tsx scripts/bench/enter-keystrokes.ts [megabytes] [rounds] [first]   (default 3 MB, 30 rounds, the first 3 apart)

import { dropInsideDeletions, dropRepeatsInCopies } from '../../server/src/engine/deleted-text';
import { mergeFixesOnMarkers } from '../../server/src/engine/fixes';
import { compareFindings, lintDetailed, ruleOptionSpecs } from '../../server/src/engine/lint';
import { IncrementalModel, type TextChange } from '../../server/src/engine/model/incremental';
import { compileOptions } from '../../server/src/engine/options';
import { rules } from '../../server/src/engine/rules';
import { RuleCache, runRules } from '../../server/src/engine/run-rules';
import { suppress } from '../../server/src/engine/suppress';
import type { Finding } from '../../server/src/engine/types';
import { draftOfSize, median } from './measure';

const megabytes = Number(process.argv[2] ?? 3);
const rounds = Number(process.argv[3] ?? 30);
const first = Number(process.argv[4] ?? 3);
const text = draftOfSize(megabytes);
const options = compileOptions({ format: 'plain' }, ruleOptionSpecs);
const model = new IncrementalModel(options.format);
const cache = new RuleCache();
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

type Times = Map<string, number[]>;
const later = new Map<string, Times>();
const early = new Map<string, Times>();
const cpuLater = new Map<string, number[]>();
const cpuEarly = new Map<string, number[]>();

function add(times: Times, name: string, ms: number): void {
  let list = times.get(name);
  if (!list) times.set(name, (list = []));
  list.push(ms);
}

function lintOnce(doc: ReturnType<IncrementalModel['setText']>, times?: Times): Finding[] {
  const note = (name: string, ms: number) => times && add(times, name, ms);
  const compiled = { ...options, locale: doc.writtenIn ?? 'en' };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const t = cpuNow();
    const run = runRules([rule], doc, compiled, cache);
    note(`rule ${rule.meta.id}`, cpuNow() - t);
    for (const f of run.findings) findings.push(f);
  }
  const t = cpuNow();
  const kept = suppress(dropRepeatsInCopies(dropInsideDeletions(findings)), doc, compiled.suppressions);
  mergeFixesOnMarkers(kept, doc.markers, compiled.locale);
  kept.sort(compareFindings);
  note('passes over all findings', cpuNow() - t);
  return kept;
}

let doc = model.setText(text);
let last = lintOnce(doc);
const lines = text.split(/\r?\n/);
let line = Math.floor(lines.length / 2);
// LINE=item: a line that starts with a numbered item's marker (20、…); by default one with no marker.
const marked = new Set(doc.markers.map((m) => m.line));
const near = (l: number, step: number) => {
  let k = l + step;
  while (doc.lines[k]?.kind === 'blank') k += step;
  return doc.lines[k];
};
// Among paragraphs of running text: the nearest lines that are not blank, above and below, are text too.
const wanted = (l: number) =>
  lines[l].length >= 50 && /[，,]/.test(lines[l]) && /。/.test(lines[l]) && doc.lines[l].kind === 'text' && doc.lines[l].prose === lines[l] && marked.has(l) === (process.env.LINE === 'item') && near(l, -1)?.kind === 'text' && near(l, 1)?.kind === 'text';
while (line < lines.length - 1 && !wanted(line)) line++;
const middle = lines[line].length >> 1;
let end = line;
while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
const at = (l: number, c: number) => ({ line: l, character: c });
const kinds: [string, TextChange][] = [
  ['character', { range: { start: at(line, middle), end: at(line, middle) }, text: '工' }],
  ['character back', { range: { start: at(line, middle), end: at(line, middle + 1) }, text: '' }],
  ['split', { range: { start: at(line, middle), end: at(line, middle) }, text: '\n' }],
  ['join', { range: { start: at(line, lines[line].slice(0, middle).length), end: at(line + 1, 0) }, text: '' }],
  ['empty line', { range: { start: at(end, lines[end].length), end: at(end, lines[end].length) }, text: '\n' }],
  ['empty line out', { range: { start: at(end, lines[end].length), end: at(end + 1, 0) }, text: '' }],
];
const only = process.env.ONLY?.split(',');
for (let round = 0; round < rounds; round++) {
  for (const [kind, change] of kinds) {
    if (only && !only.some((o) => kind.startsWith(o))) continue;
    const byKind = round < first ? early : later;
    let times = byKind.get(kind);
    if (!times) byKind.set(kind, (times = new Map()));
    const c = cpuNow();
    doc = model.apply([change]);
    add(times, 'model', cpuNow() - c);
    last = lintOnce(doc, times);
    add(round < first ? cpuEarly : cpuLater, kind, cpuNow() - c);
  }
}

console.log(`line ${line}: ${lines[line].slice(0, 40)}…`);
for (const [title, byKind, cpus] of [[`first ${first} rounds`, early, cpuEarly], [`next ${rounds - first} rounds`, later, cpuLater]] as const) {
  console.log(`== ${title}`);
  for (const [kind, times] of byKind) {
    const list = cpus.get(kind) ?? [];
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    console.log(`-- ${kind}: CPU per lint p50 ${median(list).toFixed(1)} mean ${mean.toFixed(1)} ms (${list.map((x) => x.toFixed(0)).join(' ')})`);
    const rows = [...times].map(([name, l]) => [name, median(l), l.reduce((a, b) => a + b, 0) / l.length] as const).sort((a, b) => b[2] - a[2]);
    for (const [name, med, m] of rows) if (m >= 0.3) console.log(`${m.toFixed(2).padStart(8)} mean ${med.toFixed(2).padStart(7)} median  ${name}`);
  }
}
if (process.env.CHECK) {
  const full = lintDetailed(model.text(), { format: 'plain', locale: 'auto' }).findings;
  const same = full.length === last.length && full.every((f, i) => JSON.stringify(f) === JSON.stringify(last[i]));
  console.log(`CHECK: ${same ? 'the findings of a full lint' : `DIFFERENT from a full lint (${last.length} against ${full.length})`}`);
}
