// The Report Lint language server, without any Node-only import: it takes a connection and a small host (where
// the rule docs are, where suppressions are kept, which linter to use), so a Node entry (server.ts) and a browser
// (web worker) entry can both start it. Diagnostics on open and, debounced, on change; everything else is read
// off the per-document state in DocumentStore.

import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS, FIX_ALL_KIND } from './protocol';
import { resolveLocale, toLintOptions, type Locale, type ReportDocument } from './engine';
import type { DocumentConfig, DocumentConfigSource } from './config-source';
import { diagnosticKey, toDiagnostic, type RecordedFix } from './diagnostics';
import { DocumentStore, type DocumentState, type LintOutcome } from './document-store';
import { isExcluded } from './exclusions';
import { inThreadLinter, type Linter } from './linter';
import { registerFeatures } from './features';
import { DEFAULT_SETTINGS, formatOf, normalizeSettings, type Settings } from './settings';
import { documentStatus, STATUS_NOTIFICATION } from './statistics';
import { serverText } from './strings';
import { NO_SUPPRESSIONS, type SuppressionStore } from './suppressions';

const DEBOUNCE_MS = 250;

export interface ServerHost {
  /** The rule docs shipped with the server (…/docs/rules), used when the client names no other place. */
  defaultDocsBase: string;
  /** The configuration files that apply to a document (settings, suppressions, ignore lists); none in a browser. */
  configFiles?: DocumentConfigSource;
  /** Where "ignore here" is written for drafts that must not carry comments. */
  suppressions?: SuppressionStore;
  /** Who lints (default: in this thread). */
  linter?: Linter;
}

/** What the VS Code client tells the server at start (all optional: other editors send nothing). */
export interface ClientOptions {
  docsBaseUri?: string;
  /** Folders whose files are never checked: the extension's own install folder. */
  ownFolders?: string[];
  /** A client command that opens a rule's doc rendered; without it the server asks the client to show the file. */
  showRuleDocCommand?: string;
  /** `when-no-headings` where the editor has its own Markdown outline: symbols only for drafts without headings. */
  markdownOutline?: 'full' | 'when-no-headings';
  /** False in an untrusted workspace: no CPU-costly setting is taken from the folder's configuration files. */
  trusted?: boolean;
}

/** A document that is checked, with what the features need to read it. */
export interface CheckedDocument {
  document: TextDocument;
  state: DocumentState;
  doc: ReportDocument;
  locale: Locale;
  settings: Settings;
}

export function startServer(connection: Connection, host: ServerHost): ReportLintServer {
  const server = new ReportLintServer(connection, host);
  server.listen();
  return server;
}

export class ReportLintServer {
  readonly documents = new TextDocuments(TextDocument);
  readonly store = new DocumentStore();
  readonly suppressions: SuppressionStore;
  clientLocale: Locale = 'en';
  options: ClientOptions = {};
  docsBase: string;
  private readonly linter: Linter;
  private readonly configFiles: DocumentConfigSource | undefined;
  private pullsConfiguration = false;
  private watchesFiles = false;
  private relatedInformation = false;
  private pushedSettings: Settings = DEFAULT_SETTINGS;
  private readonly shownProblems = new Set<string>();

  constructor(
    readonly connection: Connection,
    host: ServerHost,
  ) {
    this.docsBase = host.defaultDocsBase;
    this.suppressions = host.suppressions ?? NO_SUPPRESSIONS;
    this.linter = host.linter ?? inThreadLinter;
    this.configFiles = host.configFiles;
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
      this.configFiles?.watch(this.watchesFiles);
    });
    documents.onDidOpen((e) => this.schedule(e.document, 0));
    documents.onDidChangeContent((e) => {
      this.store.get(e.document.uri).changed();
      this.schedule(e.document, DEBOUNCE_MS);
    });
    documents.onDidClose((e) => {
      this.store.close(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.onDidChangeConfiguration((change) => this.configurationChanged(change.settings));
    connection.onDidChangeWatchedFiles(() => this.configFilesChanged());
    registerFeatures(this);
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.clientLocale = resolveLocale(params.locale, 'en');
    this.options = (params.initializationOptions ?? {}) as ClientOptions;
    if (typeof this.options.docsBaseUri === 'string') this.docsBase = this.options.docsBaseUri.replace(/\/$/, '');
    this.configFiles?.setTrusted(this.options.trusted !== false);
    this.watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    this.relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Report Lint' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'report-lint' },
    };
  }

  /** Settings of one document: its folder's values and its language's overrides (the client answers per document). */
  settingsFor(state: DocumentState): Promise<Settings> {
    if (!this.pullsConfiguration) return Promise.resolve(this.pushedSettings);
    state.settings ??= this.connection.workspace
      .getConfiguration({ scopeUri: state.uri, section: 'reportLint' })
      .then((raw) => this.readSettings(raw));
    return state.settings;
  }

  private readSettings(raw: unknown): Settings {
    const explicit = (raw as { locale?: unknown } | null)?.locale;
    const locale = explicit === 'zh-cn' || explicit === 'en' ? explicit : this.clientLocale;
    const { settings, problems } = normalizeSettings(raw);
    for (const p of problems) this.showProblem(p.setting, p.message, locale);
    return settings;
  }

  /** A document's settings from the editor, under the configuration file that applies to it (with its suppressions). */
  async configOf(state: DocumentState): Promise<DocumentConfig> {
    const settings = await this.settingsFor(state);
    return this.configFiles?.resolve(state.uri, settings) ?? { settings, suppressions: [], ignored: false };
  }

  /** Configuration files changed on disk (or "ignore here" wrote one): read them again and check again. */
  configFilesChanged(): void {
    this.configFiles?.changed();
    this.recheckAll();
  }

  /** Settings problems are shown once each (a window message naming the setting), not on every keystroke. */
  showProblem(setting: string, message: string, locale: Locale = this.clientLocale): void {
    const text = serverText(locale).settingProblem(setting, message);
    if (this.shownProblems.has(text)) return;
    this.shownProblems.add(text);
    void this.connection.window.showWarningMessage(text);
    this.connection.console.warn(text);
  }

  private configurationChanged(settings: unknown): void {
    this.store.forgetSettings();
    this.shownProblems.clear();
    if (!this.pullsConfiguration) this.pushedSettings = this.readSettings((settings as { reportLint?: unknown } | undefined)?.reportLint);
    this.recheckAll();
  }

  recheckAll(): void {
    for (const document of this.documents.all()) this.schedule(document, 0);
  }

  private schedule(document: TextDocument, delay: number): void {
    this.store.get(document.uri).schedule(() => {
      this.validate(document).catch((error) => this.connection.console.error(`validation failed: ${String(error)}`));
    }, delay);
  }

  /** Whether a document is checked at all under its settings. */
  isChecked(document: TextDocument, config: DocumentConfig): boolean {
    const { settings } = config;
    if (config.ignored || !settings.enable || !settings.languages.includes(languageOf(document))) return false;
    return !isExcluded(document.uri, settings.exclude, this.ownFolders());
  }

  private ownFolders(): string[] {
    return [...(this.options.ownFolders ?? []), this.docsBase];
  }

  /** The document's message language: the setting, or (auto) the language the draft is written in. */
  localeOf(state: DocumentState, document: TextDocument, settings: Settings): Locale {
    if (settings.locale !== 'auto') return settings.locale;
    return state.writtenIn(document, formatOf(languageOf(document))) ?? this.clientLocale;
  }

  /** The checked document at its current version, parsed; undefined when it is not checked. */
  async checked(uri: string): Promise<CheckedDocument | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const state = this.store.get(uri);
    const config = await this.configOf(state);
    const current = this.documents.get(uri);
    if (!current || !this.isChecked(current, config) || refusal(current.getText(), config.settings)) return undefined;
    const doc = state.parsed(current, formatOf(languageOf(current)));
    return { document: current, state, doc, locale: this.localeOf(state, current, config.settings), settings: config.settings };
  }

  /** Lints the document's current version now (cancelling a pending lint) unless that version is already linted. */
  async freshOutcome(uri: string): Promise<LintOutcome | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const state = this.store.get(uri);
    const current = state.current(document.version);
    if (current && !state.cancelPending()) return current;
    await this.validate(document);
    return state.current(document.version);
  }

  async validate(document: TextDocument): Promise<void> {
    const state = this.store.get(document.uri);
    const config = await this.configOf(state);
    const settings = config.settings;
    if (this.documents.get(document.uri)?.version !== document.version) return; // a newer version is on its way
    if (!this.isChecked(document, config)) return this.unchecked(state);
    const text = document.getText();
    const why = refusal(text, settings);
    if (why) return this.refuse(state, document, settings, why);
    state.refusalShown = false;
    const started = Date.now();
    const locale = this.localeOf(state, document, settings);
    const format = formatOf(languageOf(document));
    const options = toLintOptions(settings, locale, format, config.suppressions);
    const result = await this.linter.lint({ uri: document.uri, version: document.version, text, options, model: state.parsed(document, format) });
    if (this.documents.get(document.uri)?.version !== document.version) return;
    for (const p of result.problems) this.showProblem(p.setting, p.message);
    if (result.truncated.length) this.connection.console.warn(`${document.uri}: only the first findings of ${result.truncated.join(', ')} are shown`);
    for (const e of result.errors) this.connection.console.error(`rule ${e.ruleId} failed on ${document.uri}: ${e.error instanceof Error ? e.error.stack : String(e.error)}`);
    this.publish(state, document, locale, result.findings);
    const elapsed = Date.now() - started;
    if (elapsed > 500) this.connection.console.log(`linted ${document.uri} in ${elapsed} ms`);
  }

  private publish(state: DocumentState, document: TextDocument, locale: Locale, findings: LintOutcome['findings']): void {
    const context = { uri: document.uri, version: document.version, locale, docsBase: this.docsBase, withRelated: this.relatedInformation };
    const diagnostics = findings.map((f) => toDiagnostic(f, context));
    const fixes = new Map<string, RecordedFix>();
    findings.forEach((f, i) => {
      if (f.fix) fixes.set(diagnosticKey(diagnostics[i]), { ruleId: f.ruleId, fix: f.fix });
    });
    state.record({ version: document.version, locale, findings, diagnostics, fixes });
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    const doc = state.parsed(document, formatOf(languageOf(document)));
    void this.connection.sendNotification(STATUS_NOTIFICATION, documentStatus(document, doc, locale, findings));
  }

  private unchecked(state: DocumentState): void {
    state.clear();
    void this.connection.sendDiagnostics({ uri: state.uri, diagnostics: [] });
    void this.connection.sendNotification(STATUS_NOTIFICATION, { uri: state.uri, checked: false });
  }

  private refuse(state: DocumentState, document: TextDocument, settings: Settings, why: Refusal): void {
    this.unchecked(state);
    if (state.refusalShown) return;
    state.refusalShown = true;
    const text = serverText(settings.locale === 'auto' ? this.clientLocale : settings.locale);
    const file = fileName(document.uri);
    void this.connection.window.showInformationMessage(why.kind === 'size' ? text.tooLarge(file, why.size, settings.maxFileSizeKB) : text.binary(file));
  }
}

/** Typed at the start of a line (（, (, a digit, a Chinese numeral) or after 一是…二是: completion is offered. */
export const COMPLETION_TRIGGERS = ['（', '(', ...'0123456789', ...'一二三四五六七八九十'];

/**
 * The document's language for reportLint.languages and for choosing Markdown or plain parsing. Clients other
 * than VS Code send their own file types ("text", or "" for a .report file): fall back on the file extension.
 */
export function languageOf(document: TextDocument): string {
  const id = document.languageId;
  if (id === 'text') return 'plaintext';
  if (id) return id;
  const ext = /\.([A-Za-z]+)$/.exec(document.uri)?.[1]?.toLowerCase();
  return ext === 'report' || ext === 'draft' ? 'report' : ext === 'md' || ext === 'markdown' ? 'markdown' : 'plaintext';
}

type Refusal = { kind: 'size'; size: string } | { kind: 'binary' };

/** Why a document is not checked (too large, binary), or undefined when it is. */
function refusal(text: string, settings: Settings): Refusal | undefined {
  const kb = text.length / 1024;
  if (kb > settings.maxFileSizeKB) return { kind: 'size', size: (kb / 1024).toFixed(1) };
  if (text.slice(0, 65536).includes('\u0000')) return { kind: 'binary' };
  return undefined;
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
