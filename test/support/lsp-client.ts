// A minimal LSP client for tests: spawns the built server over stdio and records what it sends.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/heap-sizing';
import {
  ConfigurationRequest,
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShowMessageRequest,
  ApplyWorkspaceEditRequest,
  RegistrationRequest,
  ShowDocumentRequest,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly messages: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  /** reportLint/checking notifications (a long draft's lint started), with how many statuses had come before each. */
  readonly checking: { uri: string; version: number; locale: string; afterStatuses: number }[] = [];
  /** reportLint/configProblem notifications (a client that asked for them: configProblemsNotified). */
  readonly configProblems: { uri: string; message: string | null }[] = [];
  readonly shownDocuments: string[] = [];
  settings: Record<string, unknown> = {};
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: { uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];

  /** `env`: extra environment for the server (a short watchdog); `capabilities`: merged into the client's. */
  constructor(private readonly start: { env?: Record<string, string>; textDocument?: Record<string, unknown>; failConfiguration?: () => boolean; delayConfiguration?: () => number } = {}) {
    // With the Node options and environment variables the extension's client starts it with (heap-sizing.ts).
    this.process = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENV, ...start.env } });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri || !w.test(params.diagnostics)) return true;
        w.resolve(params.diagnostics);
        return false;
      });
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p.message);
    });
    this.connection.onRequest(ShowMessageRequest.type, (p) => {
      this.messages.push(p.message);
      return null;
    });
    this.connection.onRequest(ConfigurationRequest.type, async (p) => {
      if (this.start.failConfiguration?.()) throw new Error('the client could not read its settings');
      const delay = this.start.delayConfiguration?.() ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return p.items.map(() => this.settings);
    });
    this.connection.onNotification('reportLint/status', (params: unknown) => {
      this.notifications.push({ method: 'reportLint/status', params });
    });
    this.connection.onNotification('reportLint/configProblem', (params: { uri: string; message: string | null }) => {
      this.configProblems.push(params);
    });
    this.connection.onNotification('reportLint/checking', (params: unknown) => {
      this.checking.push({ ...(params as { uri: string; version: number; locale: string }), afterStatuses: this.notifications.length });
    });
    this.connection.onRequest(ShowDocumentRequest.type, (p) => {
      this.shownDocuments.push(p.uri);
      return { success: true };
    });
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      return undefined;
    });
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  /** The status notification the server sends after it linted `version` of `uri` (it sends one after every lint). */
  async linted(uri: string, version: number, timeoutMs = 20_000): Promise<{ uri: string; version?: number; locale: string }> {
    for (let waited = 0; waited < timeoutMs; waited += 20) {
      const status = this.notifications.map((n) => n.params as { uri: string; version?: number; locale: string }).find((p) => p.uri === uri && p.version === version);
      if (status) return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no lint of ${uri} version ${version}`);
  }

  /** Registrations the server asked for (methods with their options). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];

  /** `folder`: the workspace folder's URI, or the client's initialization options (what VS Code's client sends). */
  async initialize(locale = 'zh-cn', folder?: string | Record<string, unknown>, options?: Record<string, unknown>): Promise<void> {
    const workspaceFolder = typeof folder === 'string' ? folder : undefined;
    const initializationOptions = typeof folder === 'object' ? folder : options;
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: workspaceFolder ?? null,
      ...(workspaceFolder ? { workspaceFolders: [{ uri: workspaceFolder, name: 'drafts' }] } : {}),
      locale,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true }, ...this.start.textDocument },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Resolves with the next diagnostics for `uri` that pass `test` (or the latest ones, if they already do). */
  diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const latest = this.diagnostics.get(uri)?.at(-1);
    if (latest && test(latest.diagnostics)) return Promise.resolve(latest.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  }

  /** Every publishDiagnostics received for `uri`. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  forget(uri: string): void {
    this.diagnostics.delete(uri);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
