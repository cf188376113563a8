// What the server's own thread does with a lint's result on the 3 MB draft, per keystroke: the findings decoded as they
// come from the lint worker (finding-delta.ts), made diagnostics (DiagnosticsDelivery.publish), and the message that
// goes to the client written as the connection writes it (vscode-jsonrpc: JSON, then UTF-8) — pushed
// (publishDiagnostics, only when the set changed) and pulled (textDocument/diagnostic, the client naming the result id
// of its last answer, as VS Code's does). The lints themselves run in this process beforehand, as the worker runs them
// (IncrementalLints, the changes of each keystroke), typed as the server bench types (typingPlan; TYPING=wrap …).
//   node --expose-gc --import tsx scripts/bench/delivery-keystrokes.ts        (KEYSTROKES=200, TOGGLE=stop|break|no)

import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { DiagnosticsDelivery } from '../../server/src/delivery';
import { DocumentState } from '../../server/src/document-store';
import { decodeFindings, encodeFindings } from '../../server/src/finding-delta';
import { IncrementalLints, type LintReply } from '../../server/src/linter';
import { toLintOptions, type Finding } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import * as wire from '../../server/src/wire';
import { draftOfSize, median, percentile, typingPlan } from './measure';

const COUNT = Number(process.env.KEYSTROKES) || 200;
/** TOGGLE=stop (default): one finding added and removed by turns; TOGGLE=break: a line break; TOGGLE=no: typingPlan. */
const TOGGLE = process.env.TOGGLE === 'no' ? undefined : (process.env.TOGGLE ?? 'stop');
const URI = 'file:///tmp/report-lint-bench/big.report';
const DOCS = 'file:///home/writer/.vscode/extensions/report-lint.report-lint-0.1.0/docs/rules';

/** The message as Node's IPC channel writes it (JSON), and as a stream (stdio) does: wire.ts where there is one. */
const asJson = (m: object) => Buffer.from(JSON.stringify(m), 'utf8');
const asStream: (message: object) => Buffer = (wire as { encodeMessage?: (m: object) => Buffer }).encodeMessage ?? asJson;

/** How each set goes: pushed or pulled, the full rule links or short ones (the VS Code client's), written as JSON or to a stream. */
const MODES = [
  { mode: 'push', links: 'full', writer: 'json' },
  { mode: 'push', links: 'full', writer: 'stream' },
  { mode: 'push', links: 'short', writer: 'json' },
  { mode: 'pull', links: 'full', writer: 'stream' },
] as const;

function main(): void {
  const text = draftOfSize(3);
  const options = toLintOptions(DEFAULT_SETTINGS, 'zh-cn', 'plain', []);
  const lints = new IncrementalLints();
  const replies: LintReply[] = [lints.lint(URI, text, options)];
  const plan = typingPlan(text);
  let { line, character } = plan;
  let length = text.length;
  let lines = text.split('\n').length;
  for (let i = 0; i < COUNT; i++) {
    let change;
    if (TOGGLE) {
      // A full stop typed after the one that ends the middle line (。。), then taken away: one finding comes and goes (with
      // TOGGLE=break a line break: every finding below it moves a line down, then back).
      const typed = TOGGLE === 'break' ? '\n' : '。';
      const end = TOGGLE === 'break' ? { line: line + 1, character: 0 } : { line, character: character + 1 };
      const add = i % 2 === 0;
      change = add ? { range: { start: { line, character }, end: { line, character } }, text: typed } : { range: { start: { line, character }, end }, text: '' };
      length += add ? 1 : -1;
      if (TOGGLE === 'break') lines += add ? 1 : -1;
    } else {
      const br = (i + 1) % plan.breakEvery === 0;
      const typed = br ? '\n' : plan.typed[i % plan.typed.length];
      change = { range: { start: { line, character }, end: { line, character } }, text: typed };
      length += typed.length;
      if (br) {
        line++;
        character = 0;
        lines++;
      } else character += typed.length;
    }
    const reply = lints.lintChanges(URI, { changes: [change], length, lineCount: lines }, options);
    if (!reply) throw new Error(`keystroke ${i}: the incremental lint refused the change`);
    replies.push(reply);
  }
  // What crosses the thread: the findings encoded against the last reply, cloned (structured clone) as postMessage does.
  const wires: unknown[][] = [];
  let sent: Finding[] | undefined;
  for (const r of replies) {
    wires.push(structuredClone(encodeFindings(r.findings, sent)));
    sent = r.findings;
  }
  for (const { mode, links, writer } of MODES) {
    const encode = writer === 'json' ? asJson : asStream;
    const bytes: number[] = [];
    const times: number[] = [];
    let sends = 0;
    const connection = {
      sendDiagnostics: (params: PublishDiagnosticsParams) => {
        bytes.push(encode({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params }).length);
        sends++;
        return Promise.resolve();
      },
      sendNotification: () => Promise.resolve(),
    } as unknown as Connection;
    const delivery = new DiagnosticsDelivery(connection, { pulls: mode === 'pull', withRelated: true, docsBase: () => DOCS, ...{ shortLinks: links === 'short' } });
    const state = new DocumentState(URI);
    let received: Finding[] | undefined;
    let resultId: string | undefined;
    global.gc?.();
    replies.forEach((r, version) => {
      const start = process.cpuUsage();
      const findings = decodeFindings(wires[version] as never, received)!;
      received = findings;
      delivery.publish(state, version, 'zh-cn', { ...r, findings });
      if (mode === 'pull') {
        const report = delivery.report(state, state.current(version), resultId);
        resultId = report.resultId;
        if (report.kind === 'full') {
          bytes.push(encode({ jsonrpc: '2.0', id: version, result: report }).length);
          sends++;
        }
      }
      const used = process.cpuUsage(start);
      if (version > 0) times.push((used.user + used.system) / 1000);
      else {
        bytes.length = 0;
        sends = 0;
      }
    });
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    console.log(
      `${mode}, ${links} links, ${writer}: ${COUNT} keystrokes, ${replies.at(-1)!.findings.length} findings; sets sent ${mode === 'push' ? sends : `${sends} full of ${COUNT + 1} pulls`}; ` +
        `CPU per keystroke p50 ${median(times).toFixed(2)} / p95 ${percentile(times, 95).toFixed(2)} / mean ${(sum(times) / times.length).toFixed(2)} ms; ` +
        `bytes per set sent ${bytes.length ? (sum(bytes) / bytes.length / 1024).toFixed(1) : 0} KB, per keystroke ${(sum(bytes) / COUNT / 1024).toFixed(1)} KB`,
    );
  }
}

main();
