// The lint worker's entry: the engine and the .docx reader off the page's thread, so typing stays smooth on a
// long draft. The same script also runs on the page itself where a worker cannot start (then it only sets
// `reportLintService`, and the page calls it directly).

import { handle } from './lint-service';
import type { Envelope, LintRequest, LintResponse } from './protocol';

interface WorkerScope {
  postMessage(message: Envelope<LintResponse>, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: Envelope<LintRequest> }) => void): void;
}

declare const WorkerGlobalScope: unknown;
const inWorker = typeof WorkerGlobalScope !== 'undefined';

(globalThis as { reportLintService?: typeof handle }).reportLintService = handle;

if (inWorker) {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', ({ data }) => {
    const body = handle(data.body);
    const transfer = body.kind === 'annotated' ? [body.bytes.buffer as ArrayBuffer] : [];
    scope.postMessage({ id: data.id, body }, transfer);
  });
}
