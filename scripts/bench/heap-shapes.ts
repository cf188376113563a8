// What a V8 heap snapshot holds, by the shape of what holds it: each object is counted under its property names
// (`{start,end,text}`), each array, string or number under the edge and the shape of its first strong holder
// (`[] ← element of [] ← figures of {…}`, two levels), self sizes summed. Tells apart the model's and the rules' records
// where heap-summary.ts sees 170,000 `Object`s (perf80).
//   npx tsx scripts/bench/heap-shapes.ts file.heapsnapshot [top] [FILTER=substring of a key]
import { readSnapshot } from './heap-snapshot';

const file = process.argv[2];
const top = Number(process.argv[3] ?? 40);
const { snap, NF, EF, fType, fName, fSize, fEdges, eType, eName, eTo, types, edgeTypes } = readSnapshot(file);
const N = snap.nodes.length / NF;
const WEAK = edgeTypes.indexOf('weak');
const SHORTCUT = edgeTypes.indexOf('shortcut');
const firstEdge = new Uint32Array(N + 1);
for (let n = 0; n < N; n++) firstEdge[n + 1] = firstEdge[n] + snap.nodes[n * NF + fEdges];
const type = (n: number) => types[snap.nodes[n * NF + fType]];
const name = (n: number) => snap.strings[snap.nodes[n * NF + fName]];
// First strong holder of each node, and the edge's name (skipping maps, prototypes and slices' parents).
const holder = new Int32Array(N).fill(-1);
const holderEdge = new Array<string>(N);
for (let n = 0; n < N; n++) {
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
    const t = snap.edges[e * EF + eType];
    if (t === WEAK || t === SHORTCUT) continue;
    const to = snap.edges[e * EF + eTo] / NF;
    if (holder[to] >= 0) continue;
    const et = edgeTypes[t];
    const raw = snap.edges[e * EF + eName];
    const en = et === 'element' || et === 'hidden' ? '' : snap.strings[raw];
    if (en === 'map' || en === '__proto__' || en === 'parent' || en === 'previous') continue;
    holder[to] = n;
    holderEdge[to] = et === 'element' ? 'element' : et === 'hidden' ? 'hidden' : `${et === 'property' ? '' : `${et} `}${en}`;
  }
}
const shapeOf = (n: number) => {
  const props: string[] = [];
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
    if (edgeTypes[snap.edges[e * EF + eType]] !== 'property') continue;
    const p = snap.strings[snap.edges[e * EF + eName]];
    if (p !== '__proto__' && p !== 'map') props.push(p);
  }
  return `${name(n)}{${props.slice(0, 8).join(',')}${props.length > 8 ? ',…' : ''}}`;
};
const own = (n: number, level: number): string => {
  const t = type(n);
  if (t === 'object' && name(n) !== 'Array' && name(n) !== 'system / Context') return shapeOf(n);
  const kind = t === 'object' ? (name(n) === 'Array' ? '[]' : name(n)) : t === 'array' ? 'array' : t.includes('string') ? t : `${t} ${name(n).slice(0, 30)}`;
  if (level === 0 || holder[n] < 0) return kind;
  return `${kind} ← ${holderEdge[n]} of ${own(holder[n], level - 1)}`;
};
const filter = process.env.FILTER;
const by = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let n = 0; n < N; n++) {
  const t = type(n);
  if (t === 'code' || t === 'synthetic' || t === 'hidden' || t === 'closure') continue;
  const key = own(n, 2);
  if (filter && !key.includes(filter)) continue;
  const k = by.get(key) ?? { count: 0, bytes: 0 };
  k.count++;
  k.bytes += snap.nodes[n * NF + fSize];
  total += snap.nodes[n * NF + fSize];
  by.set(key, k);
}
console.log(`${file}: ${(total / 2 ** 20).toFixed(2)} MB self size (code, closures and hidden nodes left out)`);
for (const [key, k] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) console.log(`${(k.bytes / 2 ** 20).toFixed(2).padStart(7)} ${String(k.count).padStart(7)}  ${key.slice(0, 200)}`);
