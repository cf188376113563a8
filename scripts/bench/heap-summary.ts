// What a V8 heap snapshot holds, by what it is: the self sizes summed by node type and constructor or name (largest
// first), and the largest single nodes with the first few retainers of each (what keeps them). For the server's thread
// (memory-probe.cjs with REPORT_LINT_HEAP_SNAPSHOT=1) or the lint worker's (worker-heap.ts --snapshot). Last, the
// regular expressions' machine code (the unnamed `code` nodes, reached from each pattern's data array: slot 3 for
// one-byte subjects, 4 for two-byte), which is most of the worker's code space (perf56).
//   npx tsx scripts/bench/heap-summary.ts file.heapsnapshot [top]
import { readSnapshot } from './heap-snapshot';

const file = process.argv[2];
const top = Number(process.argv[3] ?? 25);
const { snap, NF, EF, fType, fName, fSize, fEdges, eType, eName, eTo, types, edgeTypes } = readSnapshot(file);
const nodeCount = snap.nodes.length / NF;
const label = (n: number) => {
  const type = types[snap.nodes[n * NF + fType]];
  const name = snap.strings[snap.nodes[n * NF + fName]];
  return type === 'string' || type === 'concatenated string' || type === 'sliced string' ? `${type} "${name.slice(0, 30).replace(/\n/g, '⏎')}…" (${name.length} chars)` : `${type} ${name.slice(0, 60)}`;
};
// Retainers: for each node, the nodes with an edge to it (first few).
const firstEdge = new Uint32Array(nodeCount + 1);
for (let n = 0; n < nodeCount; n++) firstEdge[n + 1] = firstEdge[n] + snap.nodes[n * NF + fEdges];
const retainers = new Map<number, { from: number; edge: string }[]>();
const byKind = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let n = 0; n < nodeCount; n++) {
  const type = types[snap.nodes[n * NF + fType]];
  const size = snap.nodes[n * NF + fSize];
  total += size;
  const kind = type === 'object' || type === 'native' || type === 'code' || type === 'closure' ? `${type} ${snap.strings[snap.nodes[n * NF + fName]].slice(0, 50)}` : type;
  const k = byKind.get(kind) ?? { count: 0, bytes: 0 };
  k.count++;
  k.bytes += size;
  byKind.set(kind, k);
}
const order = [...Array(nodeCount).keys()].sort((a, b) => snap.nodes[b * NF + fSize] - snap.nodes[a * NF + fSize]).slice(0, top);
const wanted = new Set(order);
for (let n = 0; n < nodeCount; n++) {
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
    const to = snap.edges[e * EF + eTo] / NF;
    if (!wanted.has(to)) continue;
    const et = edgeTypes[snap.edges[e * EF + eType]];
    if (et === 'weak') continue;
    const name = et === 'element' || et === 'hidden' ? `[${snap.edges[e * EF + eName]}]` : snap.strings[snap.edges[e * EF + eName]];
    const list = retainers.get(to) ?? [];
    if (list.length < 4) list.push({ from: n, edge: `${et} ${name}` });
    retainers.set(to, list);
  }
}
const mb = (b: number) => (b / 2 ** 20).toFixed(2);
console.log(`${file}: ${nodeCount} nodes, ${mb(total)} MB self size`);
console.log('by kind (MB, count):');
for (const [kind, k] of [...byKind].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) console.log(`  ${mb(k.bytes).padStart(7)}  ${String(k.count).padStart(8)}  ${kind}`);
console.log('largest nodes (MB) and what holds them:');
for (const n of order) {
  console.log(`  ${mb(snap.nodes[n * NF + fSize]).padStart(7)}  ${label(n)}`);
  for (const r of retainers.get(n) ?? []) console.log(`             ← ${r.edge} of ${label(r.from)}`);
}

// Regular expressions' machine code: pattern → data array (hidden edge 2) → code (slot 3 one-byte, 4 two-byte) → the
// code's instruction stream (unnamed code nodes).
const typeOf = (n: number) => types[snap.nodes[n * NF + fType]];
const nameOf = (n: number) => snap.strings[snap.nodes[n * NF + fName]];
const sizeOf = (n: number) => snap.nodes[n * NF + fSize];
const edgesOf = function* (n: number): Generator<[string, string, number]> {
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
    const et = edgeTypes[snap.edges[e * EF + eType]];
    const raw = snap.edges[e * EF + eName];
    yield [et, et === 'element' || et === 'hidden' ? String(raw) : snap.strings[raw], snap.edges[e * EF + eTo] / NF];
  }
};
const codeBytes = (from: number): number => {
  let bytes = 0;
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n) || typeOf(n) !== 'code') continue;
    seen.add(n);
    bytes += sizeOf(n);
    for (const [et, , to] of edgesOf(n)) if (et !== 'weak' && typeOf(to) === 'code' && nameOf(to) === '') stack.push(to);
  }
  return bytes;
};
const patterns: { source: string; oneByte: number; twoByte: number }[] = [];
const dataSeen = new Set<number>();
for (let n = 0; n < nodeCount; n++) {
  if (typeOf(n) !== 'regexp') continue;
  const data = [...edgesOf(n)].find(([et, name]) => et === 'hidden' && name === '2')?.[2];
  if (data === undefined || dataSeen.has(data)) continue;
  dataSeen.add(data);
  const p = { source: nameOf(n), oneByte: 0, twoByte: 0 };
  for (const [et, name, to] of edgesOf(data)) {
    if (et !== 'internal' || typeOf(to) !== 'code' || nameOf(to) !== '') continue;
    if (name === '3') p.oneByte += codeBytes(to);
    else if (name === '4') p.twoByte += codeBytes(to);
  }
  patterns.push(p);
}
const compiled = patterns.filter((p) => p.oneByte + p.twoByte > 0);
const sum = (f: (p: (typeof patterns)[0]) => number) => compiled.reduce((s, p) => s + f(p), 0);
console.log(
  `regular expressions: ${patterns.length} patterns, ${compiled.length} with machine code: ${mb(sum((p) => p.oneByte + p.twoByte))} MB ` +
    `(one-byte subjects ${mb(sum((p) => p.oneByte))}, two-byte ${mb(sum((p) => p.twoByte))}); the largest (KB one-byte + two-byte):`,
);
for (const p of compiled.sort((a, b) => b.oneByte + b.twoByte - (a.oneByte + a.twoByte)).slice(0, top))
  console.log(`  ${(p.oneByte / 1024).toFixed(0).padStart(5)} + ${(p.twoByte / 1024).toFixed(0).padStart(4)}  /${p.source.slice(0, 90).replace(/\n/g, '⏎')}${p.source.length > 90 ? '…' : ''}/`);
