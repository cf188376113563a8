// What a V8 heap snapshot keeps, by retained size: the dominator tree of the snapshot (weak edges left out, as the
// collector does), then the nodes that retain the most and are not inside a bigger one's share by more than half, each
// with its chain of dominators and the edge names between them (module variables show as `context NAME`, properties
// as `property NAME`). For the lint worker's heap (worker-heap.ts --snapshot) or the server thread's (memory-probe.cjs).
//   npx tsx scripts/bench/heap-dominators.ts file.heapsnapshot [top] [minKB]
import { readSnapshot } from './heap-snapshot';

const file = process.argv[2];
const top = Number(process.argv[3] ?? 40);
const minBytes = Number(process.argv[4] ?? 100) * 1024;
const { snap, NF, EF, fType, fName, fSize, fEdges, eType, eName, eTo, types, edgeTypes } = readSnapshot(file);
const etypes = edgeTypes;
const WEAK = etypes.indexOf('weak');
const SHORTCUT = etypes.indexOf('shortcut');
const N = snap.nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let n = 0; n < N; n++) firstEdge[n + 1] = firstEdge[n] + snap.nodes[n * NF + fEdges];
const strong = (e: number) => {
  const t = snap.edges[e * EF + eType];
  return t !== WEAK && t !== SHORTCUT;
};

// Post-order from the root (node 0), iterative.
const post = new Int32Array(N).fill(-1);
const order: number[] = [];
{
  const stack: number[] = [0];
  const next = new Uint32Array(N);
  const visited = new Uint8Array(N);
  visited[0] = 1;
  for (let n = 0; n < N; n++) next[n] = firstEdge[n];
  while (stack.length) {
    const n = stack[stack.length - 1];
    if (next[n] < firstEdge[n + 1]) {
      const e = next[n]++;
      if (!strong(e)) continue;
      const to = snap.edges[e * EF + eTo] / NF;
      if (!visited[to]) {
        visited[to] = 1;
        stack.push(to);
      }
    } else {
      stack.pop();
      post[n] = order.length;
      order.push(n);
    }
  }
}
// Predecessors (strong edges, reachable nodes only).
const predCount = new Uint32Array(N + 1);
for (let n = 0; n < N; n++) {
  if (post[n] < 0) continue;
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) if (strong(e)) predCount[snap.edges[e * EF + eTo] / NF + 1]++;
}
for (let n = 0; n < N; n++) predCount[n + 1] += predCount[n];
const preds = new Uint32Array(predCount[N]);
const fill = predCount.slice();
for (let n = 0; n < N; n++) {
  if (post[n] < 0) continue;
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) if (strong(e)) preds[fill[snap.edges[e * EF + eTo] / NF]++] = n;
}
// Cooper–Harvey–Kennedy.
const idom = new Int32Array(N).fill(-1);
idom[0] = 0;
const intersect = (a: number, b: number) => {
  while (a !== b) {
    while (post[a] < post[b]) a = idom[a];
    while (post[b] < post[a]) b = idom[b];
  }
  return a;
};
for (let changed = true; changed; ) {
  changed = false;
  for (let i = order.length - 2; i >= 0; i--) {
    const n = order[i];
    let d = -1;
    for (let p = predCount[n]; p < predCount[n + 1]; p++) {
      const q = preds[p];
      if (idom[q] < 0) continue;
      d = d < 0 ? q : intersect(q, d);
    }
    if (d >= 0 && idom[n] !== d) {
      idom[n] = d;
      changed = true;
    }
  }
}
const retained = new Float64Array(N);
for (const n of order) retained[n] += snap.nodes[n * NF + fSize];
for (const n of order) if (n !== 0) retained[idom[n]] += retained[n];

const label = (n: number) => {
  const type = types[snap.nodes[n * NF + fType]];
  const name = snap.strings[snap.nodes[n * NF + fName]];
  return type.includes('string') ? `${type} "${name.slice(0, 24).replace(/\n/g, '⏎')}" (${name.length})` : `${type} ${name.slice(0, 50).replace(/\n/g, '⏎')}`;
};
const edgeTo = (from: number, to: number) => {
  for (let e = firstEdge[from]; e < firstEdge[from + 1]; e++) {
    if (snap.edges[e * EF + eTo] / NF !== to) continue;
    const t = etypes[snap.edges[e * EF + eType]];
    const raw = snap.edges[e * EF + eName];
    return `${t} ${t === 'element' || t === 'hidden' ? raw : snap.strings[raw]}`;
  }
  return '(?)';
};
const mb = (b: number) => (b / 2 ** 20).toFixed(2);
console.log(`${file}: ${N} nodes, reachable ${order.length}, retained by the root ${mb(retained[0])} MB`);
// Nodes retaining ≥ minBytes whose dominator retains more than twice as much (a "natural" holder), biggest first.
const picks = order.filter((n) => n !== 0 && retained[n] >= minBytes && retained[idom[n]] > 2 * retained[n] && types[snap.nodes[n * NF + fType]] !== 'synthetic');
picks.sort((a, b) => retained[b] - retained[a]);
for (const n of picks.slice(0, top)) {
  const chain: string[] = [];
  let c = n;
  for (let i = 0; i < 6 && c !== 0; i++) {
    chain.push(`${edgeTo(idom[c], c)} of ${label(idom[c])}`);
    c = idom[c];
  }
  console.log(`${mb(retained[n]).padStart(7)}  ${label(n)}`);
  for (const s of chain) console.log(`           ← ${s}`);
}

// The dominator tree itself, from the root down to `TREE_DEPTH` levels, children retaining ≥ minBytes, biggest first.
const depth = Number(process.env.TREE_DEPTH ?? 0);
if (depth > 0) {
  const kids = new Map<number, number[]>();
  for (const n of order) {
    if (n === 0 || retained[n] < minBytes) continue;
    const list = kids.get(idom[n]) ?? [];
    list.push(n);
    kids.set(idom[n], list);
  }
  const walk = (n: number, level: number) => {
    const list = (kids.get(n) ?? []).sort((a, b) => retained[b] - retained[a]);
    for (const k of list) {
      console.log(`${'  '.repeat(level)}${mb(retained[k])}  ${edgeTo(n, k)} → ${label(k)}`);
      if (level + 1 < depth) walk(k, level + 1);
    }
  };
  console.log('dominator tree:');
  walk(0, 0);
}

// What a big holder dominates in many small pieces: its dominated children grouped by kind (constructor or type),
// retained sizes summed, for the holders retaining ≥ 5 MB.
if (process.env.BY_KIND) {
  const groups = new Map<number, Map<string, { count: number; bytes: number }>>();
  for (const n of order) {
    if (n === 0 || retained[idom[n]] < 5 * 2 ** 20) continue;
    const t = types[snap.nodes[n * NF + fType]];
    const key = t.includes('string') ? t : `${t} ${snap.strings[snap.nodes[n * NF + fName]].slice(0, 40)}`;
    const g = groups.get(idom[n]) ?? new Map();
    const k = g.get(key) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += retained[n];
    g.set(key, k);
    groups.set(idom[n], g);
  }
  for (const [holder, g] of groups) {
    console.log(`${mb(retained[holder])}  ${label(holder)}: dominated children by kind`);
    for (const [key, k] of [...g].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25)) console.log(`    ${mb(k.bytes).padStart(7)}  ${String(k.count).padStart(7)}  ${key}`);
  }
}

// The pieces a holder dominates without holding them alone (shared between two of its parts): grouped by what holds
// each piece (the parent's kind and the edge), for the largest holder with more than 10,000 such pieces.
if (process.env.SHARED) {
  const count = new Map<number, number>();
  for (const n of order) if (n !== 0) count.set(idom[n], (count.get(idom[n]) ?? 0) + 1);
  const holder = [...count].filter(([h, c]) => h !== 0 && c > 10_000).sort((a, b) => retained[b[0]] - retained[a[0]])[0][0];
  const pieces = new Uint8Array(N);
  for (const n of order) if (n !== 0 && idom[n] === holder) pieces[n] = 1;
  const by = new Map<string, { count: number; bytes: number }>();
  const kind = (n: number) => {
    const t = types[snap.nodes[n * NF + fType]];
    return t.includes('string') ? t : `${t} ${snap.strings[snap.nodes[n * NF + fName]].slice(0, 30)}`;
  };
  // Each piece once, under its first holder that is neither its shape, its prototype nor a slice of it.
  const ownerKey = new Map<number, string>();
  for (let n = 0; n < N; n++) {
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
      if (!strong(e)) continue;
      const to = snap.edges[e * EF + eTo] / NF;
      if (!pieces[to] || ownerKey.has(to)) continue;
      const t = etypes[snap.edges[e * EF + eType]];
      const raw = snap.edges[e * EF + eName];
      const name = t === 'element' || t === 'hidden' ? '' : snap.strings[raw];
      if (name === 'map' || name === '__proto__' || name === 'parent' || name === 'previous' || name === 'context') continue;
      ownerKey.set(to, `${kind(to)}  ←  ${t}${name ? ` ${name}` : ''} of ${kind(n)}`);
    }
  }
  for (const [to, key] of ownerKey) {
    const k = by.get(key) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += retained[to];
    by.set(key, k);
  }
  console.log(`${mb(retained[holder])}  ${label(holder)}: its shared pieces by holder (a piece counts once per holder)`);
  for (const [key, k] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 60)) console.log(`    ${mb(k.bytes).padStart(7)}  ${String(k.count).padStart(7)}  ${key}`);
}

// A Map's entries by retained size (MAP=property name of the map, e.g. runs): key, then what its value retains.
if (process.env.MAP) {
  const wantedName = process.env.MAP;
  for (let n = 0; n < N; n++) {
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
      if (etypes[snap.edges[e * EF + eType]] !== 'property' || snap.strings[snap.edges[e * EF + eName]] !== wantedName) continue;
      const map = snap.edges[e * EF + eTo] / NF;
      let table = -1;
      for (let f = firstEdge[map]; f < firstEdge[map + 1]; f++) if (snap.strings[snap.edges[f * EF + eName]] === 'table') table = snap.edges[f * EF + eTo] / NF;
      if (table < 0) continue;
      const slots = new Map<number, number>();
      for (let f = firstEdge[table]; f < firstEdge[table + 1]; f++) {
        const t = etypes[snap.edges[f * EF + eType]];
        if (t === 'internal' || t === 'element' || t === 'hidden') slots.set(Number(snap.strings[snap.edges[f * EF + eName]] ?? snap.edges[f * EF + eName]), snap.edges[f * EF + eTo] / NF);
      }
      const rows: [string, number][] = [];
      for (const [i, v] of slots) {
        const k = slots.get(i - 1);
        if (k === undefined || !types[snap.nodes[k * NF + fType]].includes('string') || types[snap.nodes[v * NF + fType]] !== 'object') continue;
        rows.push([snap.strings[snap.nodes[k * NF + fName]], retained[v]]);
      }
      if (rows.length === 0) continue;
      console.log(`${label(n)} .${wantedName}: ${mb(retained[map])} MB`);
      for (const [k, r] of rows.sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${mb(r).padStart(7)}  ${k}`);
    }
  }
}
