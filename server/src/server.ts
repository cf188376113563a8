// The Report Lint language server: wires the engine to LSP. Diagnostics on open and (debounced) on change,
// code actions, the outline, folding, marker completion and hover.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, mergeEdits } from './code-actions';
import { ConfigFiles } from './config-files';
import { markerCompletions } from './completion';
import { FixStore, toDiagnostic } from './diagnostics';
import { languageOfPath, lintDetailed, parseDocument, resolveLocale, toLintOptions, type Locale, type ReportDocument } from './engine';
import { markerHover } from './hover';
import { DEFAULT_SETTINGS, formatOf, normalizeSettings, type Settings } from './settings';
import { documentSymbols, foldingRanges } from './symbols';

export const APPLY_ALL_FIXES = 'reportLint.server.applyAllFixes';
const DEBOUNCE_MS = 250;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const fixes = new FixStore();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const shownProblems = new Set<string>();
  const skipped = new Set<string>();
  let clientLocale: Locale = 'en';
  let docsBase = defaultDocsBase();
  let pullsConfiguration = false;
  let relatedInformation = false;
  let watchesFiles = false;
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  const configFiles = new ConfigFiles(connection);
  // One parse per document version, shared by diagnostics, outline, folding, completion and hover.
  const models = new Map<string, { version: number; doc: ReportDocument }>();
  const parsed = (document: TextDocument): ReportDocument => {
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version) return cached.doc;
    const doc = parseDocument(document.getText(), formatOf(languageOf(document)));
    models.set(document.uri, { version: document.version, doc });
    return doc;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = resolveLocale(params.locale, 'en');
    const options = (params.initializationOptions ?? {}) as { docsBaseUri?: string; trusted?: boolean };
    if (typeof options.docsBaseUri === 'string') docsBase = options.docsBaseUri.replace(/\/$/, '');
    configFiles.setTrusted(options.trusted !== false);
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Report Lint' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: [] },
        hoverProvider: true,
        executeCommandProvider: { commands: [APPLY_ALL_FIXES] },
      },
      serverInfo: { name: 'report-lint' },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    configFiles.watch(watchesFiles);
  });

  const settingsFor = (uri: string): Promise<Settings> => {
    if (!pullsConfiguration) return Promise.resolve(pushedSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: uri, section: 'reportLint' }).then((raw) => readSettings(raw));
      settingsCache.set(uri, cached);
    }
    return cached;
  };

  /** Settings problems are shown once each (as a window message naming the setting), not on every keystroke. */
  const showProblem = (setting: string, message: string) => {
    const text = `Report Lint: reportLint.${setting}: ${message}`;
    if (shownProblems.has(text)) return;
    shownProblems.add(text);
    void connection.window.showWarningMessage(text);
    connection.console.warn(text);
  };

  const readSettings = (raw: unknown): Settings => {
    const { settings, problems } = normalizeSettings(raw);
    for (const p of problems) showProblem(p.setting, p.message);
    return settings;
  };

  const localeOf = (settings: Settings): Locale => (settings.locale === 'auto' ? clientLocale : settings.locale);

  /** The editor's settings for a document under its configuration file (defaults < settings < config file). */
  const configOf = async (document: TextDocument) => configFiles.resolve(document.uri, await settingsFor(document.uri));

  const isChecked = (document: TextDocument, config: Awaited<ReturnType<typeof configOf>>) =>
    config.settings.enable && !config.ignored && config.settings.languages.includes(languageOf(document));

  const validate = async (document: TextDocument): Promise<void> => {
    const config = await configOf(document);
    const settings = config.settings;
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return; // a newer version is on its way
    if (!isChecked(document, config)) {
      clear(document.uri);
      return;
    }
    const text = document.getText();
    const refusal = refuse(text, settings);
    if (refusal) {
      clear(document.uri);
      if (!skipped.has(document.uri)) {
        skipped.add(document.uri);
        void connection.window.showInformationMessage(`Report Lint: ${path.basename(decodeURIComponent(document.uri))} ${refusal}`);
      }
      return;
    }
    skipped.delete(document.uri);
    const started = Date.now();
    const options = toLintOptions(settings, localeOf(settings), formatOf(languageOf(document)), config.suppressions);
    const result = lintDetailed(text, options, parsed(document));
    for (const p of result.problems) showProblem(p.setting, p.message);
    if (result.truncated.length) connection.console.warn(`${document.uri}: only the first findings of ${result.truncated.join(', ')} are shown`);
    for (const e of result.errors) connection.console.error(`rule ${e.ruleId} failed on ${document.uri}: ${e.error instanceof Error ? e.error.stack : String(e.error)}`);
    const pairs = result.findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, document.uri, docsBase, relatedInformation) }));
    fixes.record(document.uri, document.version, pairs);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: pairs.map((p) => p.diagnostic) });
    const elapsed = Date.now() - started;
    if (elapsed > 500) connection.console.log(`linted ${document.uri} in ${elapsed} ms`);
  };

  const clear = (uri: string) => {
    fixes.delete(uri);
    models.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        validate(document).catch((error) => connection.console.error(`validation failed: ${String(error)}`));
      }, delay),
    );
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    skipped.delete(e.document.uri);
    clear(e.document.uri);
  });

  connection.onDidChangeWatchedFiles(() => {
    configFiles.changed();
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    shownProblems.clear();
    if (!pullsConfiguration) {
      const raw = (change.settings as { reportLint?: unknown } | undefined)?.reportLint;
      pushedSettings = readSettings(raw);
    }
    for (const document of documents.all()) schedule(document, 0);
  });

  /** The parsed model for read-only features; documents over the size limit get none. */
  const modelOf = async (uri: string): Promise<{ doc: ReportDocument; locale: Locale } | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const config = await configOf(document);
    if (!isChecked(document, config) || refuse(document.getText(), config.settings)) return undefined;
    return { doc: parsed(document), locale: localeOf(config.settings) };
  };

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { settings } = await configOf(document);
    return codeActions(params, document, fixes, localeOf(settings));
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== APPLY_ALL_FIXES) return;
    const [uri] = (params.arguments ?? []) as [string];
    const document = documents.get(uri);
    const all = fixes.all(uri);
    if (!document || !all || all.version !== document.version || all.fixes.length === 0) return;
    await connection.workspace.applyEdit({ label: 'Report Lint: fix all', edit: { changes: { [uri]: mergeEdits(all.fixes) } } });
  });

  connection.onDocumentSymbol(async (params) => {
    const model = await modelOf(params.textDocument.uri);
    return model ? documentSymbols(model.doc) : [];
  });

  connection.onFoldingRanges(async (params) => {
    const model = await modelOf(params.textDocument.uri);
    return model ? foldingRanges(model.doc) : [];
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const model = await modelOf(params.textDocument.uri);
    if (!document || !model) return [];
    const linePrefix = document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    return markerCompletions(model.doc, params.position, linePrefix, model.locale);
  });

  connection.onHover(async (params) => {
    const model = await modelOf(params.textDocument.uri);
    return model ? markerHover(model.doc, params.position, model.locale) ?? null : null;
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * The document's language for reportLint.languages and for choosing Markdown or plain parsing. Clients other
 * than VS Code send their own file types ("text", or "" for a .report file): fall back on the file extension.
 */
export function languageOf(document: TextDocument): string {
  const id = document.languageId;
  if (id === 'text') return 'plaintext';
  if (id) return id;
  return languageOfPath(document.uri) ?? 'plaintext';
}

/** Why a document is not checked (too large, binary), or undefined when it is. */
function refuse(text: string, settings: Settings): string | undefined {
  const kb = text.length / 1024;
  if (kb > settings.maxFileSizeKB) {
    return `is not checked: ${(kb / 1024).toFixed(1)} MB is more than reportLint.maxFileSizeKB (${settings.maxFileSizeKB} KB).`;
  }
  if (text.slice(0, 65536).includes('\u0000')) return 'is not checked: it looks like binary content (it contains NUL characters).';
  return undefined;
}

/** Rule docs shipped next to the server: dist/server.js → docs/rules, server/out/server.js → docs/rules. */
function defaultDocsBase(): string {
  for (const candidate of ['../docs/rules', '../../docs/rules']) {
    const dir = path.resolve(__dirname, candidate);
    if (fs.existsSync(dir)) return pathToFileURL(dir).href;
  }
  return pathToFileURL(path.resolve(__dirname, '../docs/rules')).href;
}

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
