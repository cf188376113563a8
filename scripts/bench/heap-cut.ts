// What a part of a V8 heap snapshot costs: the bytes that stop being reachable from the root when the edges named are
// cut — each spec alone, then all together. A spec is `Holder.edge` (Holder: a constructor's name or `*`; edge: a
// property, a context variable, or a regular expression /…/ over the edge's name), e.g. `RuleCache.runs`,
// `IncrementalModel.memo`, `*.prose`, `*./pair in WeakMap/`. Weak and shortcut edges never hold (as the collector).
// Unlike a dominator tree, it counts what the cut part shares only with what remains reachable elsewhere as kept (perf80).
//   npx tsx scripts/bench/heap-cut.ts file.heapsnapshot SPEC [SPEC…]
import { readSnapshot } from './heap-snapshot';

const [file, ...specs] = process.argv.slice(2);
const { snap, NF, EF, fType, fName, fSize, fEdges, eType, eName, eTo, types, edgeTypes } = readSnapshot(file);
const N = snap.nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let n = 0; n < N; n++) firstEdge[n + 1] = firstEdge[n] + snap.nodes[n * NF + fEdges];
const WEAK = edgeTypes.indexOf('weak');
const SHORTCUT = edgeTypes.indexOf('shortcut');
const edgeName = (e: number) => {
  const t = edgeTypes[snap.edges[e * EF + eType]];
  const raw = snap.edges[e * EF + eName];
  return t === 'element' || t === 'hidden' ? String(raw) : snap.strings[raw];
};
const matcher = (spec: string) => {
  const dot = spec.indexOf('.');
  const holder = spec.slice(0, dot);
  const edge = spec.slice(dot + 1);
  const re = edge.startsWith('/') ? new RegExp(edge.slice(1, -1)) : undefined;
  return (n: number, e: number) => (holder === '*' || snap.strings[snap.nodes[n * NF + fName]] === holder) && (re ? re.test(edgeName(e)) : edgeName(e) === edge);
};
// A weak map's value is held by its table only while its key is reachable (an ephemeron): the snapshot names the
// key's id in the edge (`part of key (Paragraph @123) -> value (…) pair in WeakMap`).
const fId = snap.snapshot.meta.node_fields.indexOf('id');
const byId = new Map<number, number>();
for (let n = 0; n < N; n++) byId.set(snap.nodes[n * NF + fId], n);
const EPHEMERON = /part of key \(.*?@(\d+)\) -> value/;
const ephemeronKey = new Int32Array(snap.edges.length / EF).fill(-1);
for (let e = 0; e < ephemeronKey.length; e++) {
  const t = edgeTypes[snap.edges[e * EF + eType]];
  if (t !== 'internal') continue;
  const m = EPHEMERON.exec(snap.strings[snap.edges[e * EF + eName]]);
  if (m) ephemeronKey[e] = byId.get(Number(m[1])) ?? -1;
}
const reachable = (cuts: ((n: number, e: number) => boolean)[]) => {
  const seen = new Uint8Array(N);
  const stack = [0];
  seen[0] = 1;
  let bytes = 0;
  let pending: [number, number][] = [];
  for (;;) {
    while (stack.length) {
      const n = stack.pop()!;
      bytes += snap.nodes[n * NF + fSize];
      for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
        const t = snap.edges[e * EF + eType];
        if (t === WEAK || t === SHORTCUT) continue;
        const to = snap.edges[e * EF + eTo] / NF;
        if (seen[to]) continue;
        if (cuts.some((c) => c(n, e))) continue;
        const key = ephemeronKey[e];
        if (key >= 0 && !seen[key]) {
          pending.push([key, to]);
          continue;
        }
        seen[to] = 1;
        parent[to] = n;
        parentEdge[to] = e;
        stack.push(to);
      }
    }
    const still: [number, number][] = [];
    for (const [key, to] of pending) {
      if (seen[to]) continue;
      if (seen[key]) {
        seen[to] = 1;
        parent[to] = -2 - key;
        stack.push(to);
      } else still.push([key, to]);
    }
    if (stack.length === 0) break;
    pending = still;
  }
  lastSeen = seen;
  return bytes;
};
let lastSeen = new Uint8Array(0);
const parent = new Int32Array(N).fill(-1);
const parentEdge = new Int32Array(N).fill(-1);
const mb = (b: number) => (b / 2 ** 20).toFixed(2);
const all = reachable([]);
console.log(`${file}: reachable ${mb(all)} MB`);
const cuts = specs.map(matcher);
specs.forEach((s, i) => console.log(`${mb(all - reachable([cuts[i]])).padStart(7)}  ${s}`));
if (specs.length > 1) console.log(`${mb(all - reachable(cuts)).padStart(7)}  all of them`);

// KEPT=1: what stays reachable with every spec cut, by node type and name (largest first).
if (process.env.KEPT) {
  const by = new Map<string, { count: number; bytes: number }>();
  for (let n = 0; n < N; n++) {
    if (!lastSeen[n]) continue;
    const t = types[snap.nodes[n * NF + fType]];
    const key = t.includes('string') ? t : `${t} ${snap.strings[snap.nodes[n * NF + fName]].slice(0, 40)}`;
    const k = by.get(key) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += snap.nodes[n * NF + fSize];
    by.set(key, k);
  }
  for (const [key, k] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(process.env.KEPT) > 1 ? Number(process.env.KEPT) : 30)) console.log(`${mb(k.bytes).padStart(7)} ${String(k.count).padStart(7)}  ${key}`);
}

// PATH=name: how one node of that name (or type) stays reachable with every spec cut: its chain of holders to the root.
if (process.env.PATH_TO) {
  const label = (n: number) => `${types[snap.nodes[n * NF + fType]]} ${snap.strings[snap.nodes[n * NF + fName]].slice(0, 40).replace(/\n/g, ' ')}`;
  let shown = 0;
  for (let n = 0; n < N && shown < Number(process.env.PATHS ?? 1); n++) {
    if (!lastSeen[n] || !label(n).includes(process.env.PATH_TO)) continue;
    shown++;
    console.log(`path to ${label(n)}:`);
    for (let c = n, i = 0; c > 0 && i < 40; i++) {
      const p = parent[c];
      if (p <= -2) {
        console.log(`  ← value of a weak map whose key is ${label(-2 - p)}`);
        c = -2 - p;
      } else {
        console.log(`  ← ${edgeName(parentEdge[c])} of ${label(p)}`);
        c = p;
      }
    }
  }
}

// FREED=n: what the cut frees (reachable before, not after), by shape: an object under its property names, an array or a
// string under the edge and the shape of its first holder (as heap-shapes.ts), self sizes summed, the n largest.
if (process.env.FREED) {
  const before = (() => { reachable([]); return lastSeen; })();
  reachable(cuts);
  const after = lastSeen;
  const firstHolder = new Int32Array(N).fill(-1);
  const holderEdge = new Int32Array(N).fill(-1);
  for (let n = 0; n < N; n++) {
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
      const t = snap.edges[e * EF + eType];
      if (t === WEAK || t === SHORTCUT) continue;
      const to = snap.edges[e * EF + eTo] / NF;
      if (firstHolder[to] >= 0) continue;
      const nm = edgeName(e);
      if (nm === 'map' || nm === '__proto__' || nm === 'parent' || nm === 'previous') continue;
      firstHolder[to] = n;
      holderEdge[to] = e;
    }
  }
  const shapeOf = (n: number) => {
    const props: string[] = [];
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
      if (edgeTypes[snap.edges[e * EF + eType]] !== 'property') continue;
      const p = edgeName(e);
      if (p !== '__proto__' && p !== 'map') props.push(p);
    }
    return `${snap.strings[snap.nodes[n * NF + fName]]}{${props.slice(0, 8).join(',')}${props.length > 8 ? ',…' : ''}}`;
  };
  const own = (n: number, level: number): string => {
    const t = types[snap.nodes[n * NF + fType]];
    const name = snap.strings[snap.nodes[n * NF + fName]];
    if (t === 'object' && name !== 'Array' && name !== 'system / Context') return shapeOf(n);
    const kind = t === 'object' ? (name === 'Array' ? '[]' : name) : t === 'array' ? 'array' : t.includes('string') ? t : `${t} ${name.slice(0, 30)}`;
    if (level === 0 || firstHolder[n] < 0) return kind;
    const en = edgeTypes[snap.edges[holderEdge[n] * EF + eType]];
    const edge = en === 'element' || en === 'hidden' ? en : /pair in WeakMap/.test(edgeName(holderEdge[n])) ? 'weak map value' : edgeName(holderEdge[n]);
    return `${kind} ← ${edge} of ${own(firstHolder[n], level - 1)}`;
  };
  const by = new Map<string, { count: number; bytes: number }>();
  for (let n = 0; n < N; n++) {
    if (!before[n] || after[n]) continue;
    const key = own(n, Number(process.env.DEPTH ?? 2));
    const k = by.get(key) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += snap.nodes[n * NF + fSize];
    by.set(key, k);
  }
  for (const [key, k] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(process.env.FREED))) console.log(`${mb(k.bytes).padStart(7)} ${String(k.count).padStart(7)}  ${key.slice(0, 220)}`);
}
