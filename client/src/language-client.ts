// Starts the language server and keeps its document selector in step with `reportLint.languages` (a language a
// user adds is sent to the server too: the client is restarted with the wider selector). The middleware answers
// the server's settings requests per document, so that `"[markdown]": {"reportLint.enable": false}` and
// per-folder values apply, and turns rule-doc links into a command that shows the doc rendered.

import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions, Middleware } from 'vscode-languageclient';
import { SETTINGS as CONTRACT } from '../../server/src/engine/config/contract';
import { docxDocumentSelector } from './docx';
import { isReadOnly, withoutEdits } from './read-only';
import { RULE_LINK_SCHEME, WORD_TEXT_SCHEME } from './protocol';
import { wordDiagnostics } from './word-diagnostics';
import { opensRendered, rulePageFile } from './rule-doc-paths';
import { ruleDocLink } from './rule-docs';

/** Schemes of drafts in folders of every kind: local, remote, virtual (GitHub repositories), shared, unsaved. */
const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vsls'];
/** The `reportLint.*` settings the server reads, by their first key (`placeholders` holds extra and allow). */
const SETTINGS = [...new Set(CONTRACT.filter((s) => s.surfaces.includes('settings') && !s.key.startsWith('trace.')).map((s) => s.key.split('.')[0]))];

/** Every language any folder (or the user) asks to check. */
export function configuredLanguages(): string[] {
  const found = new Set<string>();
  const read = (scope?: vscode.ConfigurationScope) => {
    const languages = vscode.workspace.getConfiguration('reportLint', scope).get<unknown>('languages');
    if (Array.isArray(languages)) for (const l of languages) if (typeof l === 'string') found.add(l);
  };
  read();
  for (const folder of vscode.workspace.workspaceFolders ?? []) read(folder.uri);
  return [...found].sort();
}

/**
 * The `report` language is only ever a draft: it is selected in any scheme (virtual and remote folders too).
 * Other languages are selected in the schemes of real documents, not in diff views (git:) or output panes.
 */
export function documentSelector(languages: string[]): DocumentSelector {
  return [...languages.flatMap((language) => (language === 'report' ? [{ language }] : SCHEMES.map((scheme) => ({ scheme, language })))), ...docxDocumentSelector];
}

/** The settings of one document: its folder's values and its language's overrides. */
function settingsFor(scopeUri: string | undefined): Record<string, unknown> {
  const uri = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const scope: vscode.ConfigurationScope | undefined = document ? { uri: document.uri, languageId: document.languageId } : uri;
  const config = vscode.workspace.getConfiguration('reportLint', scope);
  const values: Record<string, unknown> = {};
  for (const key of SETTINGS) values[key] = JSON.parse(JSON.stringify(config.get(key) ?? null));
  return values;
}

/** `docs`: the rule docs shipped with the extension (where short rule links point). */
function middlewareFor(docs: vscode.Uri): Middleware {
  return {
    workspace: {
      configuration: (params) => params.items.map((item) => (item.section === 'reportLint' ? settingsFor(item.scopeUri) : null)),
    },
    // No fix where it cannot be applied (the old side of a diff, a read-only file system, a Word document's text).
    provideCodeActions: async (document, range, context, token, next) => {
      const actions = await next(document, range, context, token);
      return actions && isReadOnly(document) ? withoutEdits(actions) : actions;
    },
    handleDiagnostics: (uri, diagnostics, next) => {
      for (const d of diagnostics) {
        if (typeof d.code !== 'object') continue;
        // A short link (ruleLinks 'short' below: rule:<id>[.zh-cn]) names a page of the docs shipped here.
        const file = d.code.target.scheme === RULE_LINK_SCHEME ? rulePageFile(d.code.target.path) : undefined;
        const page = file ? vscode.Uri.joinPath(docs, file) : d.code.target;
        // An installed copy opens its docs rendered by itself (rule-doc-paths.ts): the link stays the doc's address.
        if (page.scheme !== 'command' && page.scheme !== RULE_LINK_SCHEME && !opensRendered(page.path)) d.code = { value: d.code.value, target: ruleDocLink(page) };
        else if (page !== d.code.target) d.code = { value: d.code.value, target: page };
      }
      // A Word document's text whose tab was closed stays open in VS Code: its findings wait until it is shown again.
      next(uri, uri.scheme === WORD_TEXT_SCHEME ? (wordDiagnostics.arriving(uri.toString(), diagnostics) as vscode.Diagnostic[]) : diagnostics);
    },
  };
}

/** Makes the language client with these options: over IPC to a Node process, or to a web worker in a browser. */
export type ClientStarter = (options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

export const CLIENT_ID = 'reportLint';
export const CLIENT_NAME = 'Report Lint';

export class ReportLintClient {
  client: BaseLanguageClient | undefined;
  private languages: string[] = [];
  /** Starts, stops and restarts run one after another: settings may change twice while a restart is under way. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly startClient: ClientStarter,
    private readonly onStart: (client: BaseLanguageClient) => void,
  ) {}

  start(): Promise<void> {
    return this.enqueue(() => this.startNow());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopNow());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  /** Restarts with a wider or narrower selector when the set of languages to check changed. */
  languagesChanged(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.client || configuredLanguages().join() === this.languages.join()) return;
      await this.stopNow();
      await this.startNow();
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  private async startNow(): Promise<void> {
    this.languages = configuredLanguages();
    void vscode.commands.executeCommand('setContext', 'reportLint.languages', this.languages);
    const client = await this.startClient(this.options(this.languages));
    this.client = client;
    // Listeners first: the server checks the open documents as soon as it starts, and a status it sends before
    // anyone listens is lost (after "Restart language server" the status bar item stayed away until another tab).
    this.onStart(client);
    await client.start();
  }

  /**
   * Stops the server; one that does not answer the shutdown request within two seconds is ended. A stop that fails
   * (the server hung, or had died) must not keep a restart from starting the new one: it was what took two tries.
   */
  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.stop(2000);
    } catch {
      await Promise.resolve(client.dispose(1000)).catch(() => undefined);
    }
  }

  private options(languages: string[]): LanguageClientOptions {
    const docs = vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules');
    return {
      documentSelector: documentSelector(languages),
      synchronize: { configurationSection: 'reportLint', fileEvents: vscode.workspace.createFileSystemWatcher('**/.reportlintrc.json') },
      initializationOptions: {
        docsBaseUri: docs.toString(),
        ownFolders: [this.context.extensionUri.toString()],
        // Untrusted folders: the server takes no CPU-costly setting (placeholders.extra) from their configuration files.
        trusted: vscode.workspace.isTrusted,
        showRuleDocCommand: 'reportLint.showRuleDoc',
        // VS Code outlines Markdown headings itself; the server adds no second tree of them.
        markdownOutline: 'when-no-headings',
        // Pushed diagnostics: the middleware below turns their rule links into commands (pulled ones would need
        // provideDiagnostics as well); other editors that pull get pull diagnostics.
        diagnostics: 'push',
        // Rule links as rule:<id>[.zh-cn], made the docs' address (or the command) by the middleware: the full address
        // repeated on every diagnostic was a third of each set the server sent (200 of 600 KB on a 3 MB draft).
        ruleLinks: 'short',
        // VS Code's JSON language service underlines syntax errors and what the schema (jsonValidation) rules out in
        // .reportlintrc.json: the server adds only what the schema cannot say, not a second diagnostic per problem.
        configSchemaValidated: jsonValidates(),
        // A configuration file's problem is shown in the status bar until the file is read again (config-problems.ts),
        // not as a window message that stayed after the file was fixed or deleted.
        configProblemsNotified: true,
      },
      middleware: middlewareFor(docs),
    };
  }
}

/** VS Code's JSON language features are there and validate (they are built in; a user may disable either). */
function jsonValidates(): boolean {
  return vscode.extensions.getExtension('vscode.json-language-features') !== undefined && vscode.workspace.getConfiguration('json').get<boolean>('validate.enable') !== false;
}
