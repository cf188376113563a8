// A V8 heap snapshot (.heapsnapshot) read for the bench's readers (heap-summary.ts, heap-dominators.ts): the flat
// node and edge arrays with the offsets of the fields they use.
import * as fs from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export function readSnapshot(file: string) {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const { node_fields, node_types, edge_fields, edge_types } = snap.snapshot.meta;
  const [fType, fName, fSize, fEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => node_fields.indexOf(f));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => edge_fields.indexOf(f));
  return {
    snap, NF: node_fields.length, EF: edge_fields.length, fType, fName, fSize, fEdges, eType, eName, eTo,
    types: node_types[0], edgeTypes: edge_types[0],
  };
}
