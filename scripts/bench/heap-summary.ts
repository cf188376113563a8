// What a V8 heap snapshot holds, by what it is: the self sizes summed by node type and constructor or name (largest
// first), and the largest single nodes with the first few retainers of each (what keeps them). For the server's thread
// (memory-probe.cjs with REPORT_LINT_HEAP_SNAPSHOT=1) or the lint worker's (worker-heap.ts --snapshot).
//   npx tsx scripts/bench/heap-summary.ts file.heapsnapshot [top]
import * as fs from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const file = process.argv[2];
const top = Number(process.argv[3] ?? 25);
const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
const { node_fields, node_types, edge_fields, edge_types } = snap.snapshot.meta;
const NF = node_fields.length;
const EF = edge_fields.length;
const [fType, fName, fSize, fEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => node_fields.indexOf(f));
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => edge_fields.indexOf(f));
const types = node_types[0];
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
    const et = edge_types[0][snap.edges[e * EF + eType]];
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
