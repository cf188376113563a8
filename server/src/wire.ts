// How the server's messages are written to a stream (stdio, a pipe, a socket: Node only). A long draft's diagnostics
// set is ≈ 1,500 diagnostics, 0.5 MB of JSON, and a keystroke that changes one finding sends all of them again (LSP has
// no delta of diagnostics); writing it as JSON, then as UTF-8, cost the server's thread ≈ 5 ms per set. The delivery
// keeps each unchanged finding's diagnostic the very same object (delivery.ts): its bytes are kept with it here, so a
// set is written as the bytes of the few diagnostics that are new, and copies of the others'. Every other message is
// written as vscode-jsonrpc writes it. (Over Node's IPC channel, as VS Code's client starts the server, Node writes the
// JSON itself: there the set is only smaller, see ClientOptions.ruleLinks.)

import type { ContentTypeEncoder } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver';

/** The JSON of each diagnostic sent, as UTF-8, for as long as the diagnostic is kept (the delivery keeps it). */
const written = new WeakMap<Diagnostic, Buffer>();

/**
 * Diagnostics sent once, whose bytes were not kept: a set with many diagnostics never sent before (a line break moves
 * every finding below it: ≈ 600 new diagnostics on the 3 MB draft) is written as any message is, which is faster than
 * each diagnostic's bytes made apart (and than the garbage of them); those that are sent again are kept then.
 */
const seen = new WeakSet<Diagnostic>();

/** More new diagnostics than this share of a set, and it is written as any message is. */
const MANY_NEW = 0.25;

/** Below this many diagnostics a set is written as any message is. */
const FEW = 32;

/** A string no JSON string value of a message can be equal to but the one put there (it is found as "…" exactly). */
const HOLE = '\u0000report-lint:diagnostics\u0000';

/** The diagnostics a message carries: a publishDiagnostics notification's, or a pull's full answer's. */
function diagnosticsOf(message: object): { list: Diagnostic[]; without: object } | undefined {
  const m = message as { method?: string; params?: { diagnostics?: unknown }; result?: { kind?: string; items?: unknown } };
  if (m.method === 'textDocument/publishDiagnostics' && Array.isArray(m.params?.diagnostics)) {
    return { list: m.params.diagnostics as Diagnostic[], without: { ...m, params: { ...m.params, diagnostics: HOLE } } };
  }
  if (m.result?.kind === 'full' && Array.isArray(m.result.items) && 'resultId' in m.result) {
    return { list: m.result.items as Diagnostic[], without: { ...m, result: { ...m.result, items: HOLE } } };
  }
  return undefined;
}

/** The message as UTF-8 JSON: JSON.parse of it gives what JSON.parse(JSON.stringify(message)) gives. */
export function encodeMessage(message: object): Buffer {
  const carried = diagnosticsOf(message);
  if (!carried || carried.list.length < FEW) return Buffer.from(JSON.stringify(message), 'utf8');
  let fresh = 0;
  for (const d of carried.list) if (!written.has(d) && !seen.has(d)) fresh++;
  if (fresh > carried.list.length * MANY_NEW) {
    for (const d of carried.list) if (!written.has(d)) seen.add(d);
    return Buffer.from(JSON.stringify(message), 'utf8');
  }
  const text = JSON.stringify(carried.without);
  const hole = text.indexOf(JSON.stringify(HOLE));
  if (hole < 0) return Buffer.from(JSON.stringify(message), 'utf8');
  const head = Buffer.from(`${text.slice(0, hole)}[`, 'utf8');
  const tail = Buffer.from(`]${text.slice(hole + JSON.stringify(HOLE).length)}`, 'utf8');
  const parts: Buffer[] = new Array<Buffer>(carried.list.length);
  let length = head.length + tail.length + Math.max(0, carried.list.length - 1);
  carried.list.forEach((d, i) => {
    let bytes = written.get(d);
    if (!bytes) written.set(d, (bytes = Buffer.from(JSON.stringify(d), 'utf8')));
    parts[i] = bytes;
    length += bytes.length;
  });
  const out = Buffer.allocUnsafe(length);
  let at = head.copy(out, 0);
  parts.forEach((bytes, i) => {
    if (i > 0) out[at++] = 0x2c; // ,
    at += bytes.copy(out, at);
  });
  tail.copy(out, at);
  return out;
}

/** vscode-jsonrpc's application/json encoder, with diagnostics sets written as above (UTF-8 only, as LSP is). */
export const MESSAGE_ENCODER: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) => {
    try {
      const charset = String(options.charset).toLowerCase();
      return Promise.resolve(charset === 'utf-8' || charset === 'utf8' ? encodeMessage(message) : Buffer.from(JSON.stringify(message), options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};
