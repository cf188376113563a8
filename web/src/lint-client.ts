// The page's handle on the lint worker. The worker's script is in the page itself (a text/plain script element)
// and starts from a Blob URL, so the page stays one file and works from file://. Where no worker can start (an
// old browser, a policy that forbids it), the same script runs on the page and is called directly.

import type { Envelope, LintRequest, LintResponse } from './protocol';

type Service = (request: LintRequest) => LintResponse;

export class LintClient {
  private worker: Worker | undefined;
  private service: Service | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { request: LintRequest; resolve: (r: LintResponse) => void }>();
  /** True once the worker has answered: an error after that is a crash, not a worker that cannot start. */
  private workerAnswered = false;

  constructor(private readonly source: string) {
    try {
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      this.worker = new Worker(url, { name: 'report-lint' });
      this.worker.addEventListener('message', (event: MessageEvent<Envelope<LintResponse>>) => this.answer(event.data));
      this.worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.fallBack();
      });
    } catch {
      this.fallBack();
    }
  }

  /** Where the lint runs: 'worker' or 'page' (for the status line and the tests). */
  get where(): 'worker' | 'page' {
    return this.worker ? 'worker' : 'page';
  }

  request(request: LintRequest): Promise<LintResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { request, resolve });
      if (this.worker) this.worker.postMessage({ id, body: request });
      else queueMicrotask(() => this.runHere(id));
    });
  }

  private answer({ id, body }: Envelope<LintResponse>): void {
    this.workerAnswered = true;
    const entry = this.pending.get(id);
    this.pending.delete(id);
    entry?.resolve(body);
  }

  private runHere(id: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.resolve(this.loadService()(entry.request));
  }

  /** The worker could not start (or died): run the script on the page and answer what was waiting. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.workerAnswered) console.warn('Report Lint: the lint worker stopped; checking on the page instead');
    for (const id of [...this.pending.keys()]) queueMicrotask(() => this.runHere(id));
  }

  private loadService(): Service {
    if (!this.service) {
      const script = document.createElement('script');
      script.textContent = this.source;
      document.head.append(script);
      this.service = (globalThis as { reportLintService?: Service }).reportLintService;
      if (!this.service) throw new Error('the lint script did not load');
    }
    return this.service;
  }
}
