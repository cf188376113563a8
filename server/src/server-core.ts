// The Report Lint language server, without any Node-only import: it takes a connection and a small host (where
// the rule docs are, where suppressions are kept, which linter to use), so a Node entry (server.ts) and a browser
// (web worker) entry can both start it. Diagnostics on open and, debounced, on change; everything else is read
// off the per-document state in DocumentStore.

import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECKING_NOTIFICATION, COMMANDS, FIX_ALL_KIND } from './protocol';
import { inLocale, MAX_FINDINGS_PER_RULE, resolveLocale, toLintOptions, type Locale, type Message, type ReportDocument, type TextFormat } from './engine';
import type { DocumentConfig, DocumentConfigSource } from './config-source';
import { DiagnosticsDelivery } from './delivery';
import type { RecordedFix } from './diagnostics';
import { withFixEdits } from './lazy-fixes';
import { DocumentStore, type DocumentState, type LintOutcome } from './document-store';
import { isExcluded } from './exclusions';
import { inThreadLinter, Superseded, type Linter, type LintReply } from './linter';
import { registerFeatures } from './features';
import { answer, type AnswerTo, type ModelQuestion } from './model-questions';
import { DEFAULT_SETTINGS, formatOf, normalizeSettings, type Settings } from './settings';
import { syncedTextDocuments } from './text-documents';
import { lengthOf, textSnapshot } from './line-document';
import { ChangeJournal } from './change-journal';
import { serverText } from './strings';
import { NO_SUPPRESSIONS, type SuppressionStore } from './suppressions';

/**
 * Typing pauses shorter than this are one edit, where lints run on the server's thread (in a browser). A worker lints
 * at once: while it lints, only the newest version waits, so typing never queues lints.
 */
const DEBOUNCE_MS = 60;
/** Drafts this long (UTF-16 units) are not parsed again on the server's thread for every keystroke (see modelFor). */
export const LARGE_DRAFT = 256 * 1024;

export interface ServerHost {
  /** The rule docs shipped with the server (…/docs/rules), used when the client names no other place. */
  defaultDocsBase: string;
  /** The configuration files that apply to a document (settings, suppressions, ignore lists); none in a browser. */
  configFiles?: DocumentConfigSource;
  /** Where "ignore here" is written for drafts that must not carry comments. */
  suppressions?: SuppressionStore;
  /** Who lints (default: in this thread). */
  linter?: Linter;
  /** How long a lint waits for the editor's settings before it runs with the defaults (default SETTINGS_WAIT_MS). */
  settingsWaitMs?: number;
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
  /**
   * `push`: publish diagnostics even to a client that can pull them (the VS Code client, whose middleware rewrites
   * pushed diagnostics' rule links and whose tests drive documents that are not in tabs).
   */
  diagnostics?: 'push' | 'pull';
  /**
   * The editor validates configuration files with the extension's JSON schema (VS Code: jsonValidation): the server
   * publishes on them only the problems the schema cannot express, so that one problem gives one diagnostic.
   */
  configSchemaValidated?: boolean;
  /**
   * The client shows a configuration file's problem itself (reportLint/configProblem) and takes it back when the file
   * is read again: no window message, which VS Code kept on screen after the file was fixed or deleted.
   */
  configProblemsNotified?: boolean;
  /**
   * `short`: the client expands rule links itself — a diagnostic's link is `rule:<rule id>` (`.zh-cn` for the Chinese
   * page) instead of the doc's full address (the VS Code client: its middleware makes it its docs' address or command).
   */
  ruleLinks?: 'short' | 'full';
}

/** A document that is checked, with what the features need to read it. */
export interface CheckedDocument {
  document: TextDocument;
  state: DocumentState;
  /** The model (parsed on this thread when first read: features ask through ReportLintServer.ask instead). */
  readonly doc: ReportDocument;
  locale: Locale;
  settings: Settings;
}

export function startServer(connection: Connection, host: ServerHost): ReportLintServer {
  const server = new ReportLintServer(connection, host);
  server.listen();
  return server;
}

/** Window messages about wrong settings, at most, between two changes of the settings (then one saying there are more). */
const MAX_PROBLEM_WINDOWS = 3;
/** How long a lint waits for the editor's answer to workspace/configuration before it runs with the defaults. */
const SETTINGS_WAIT_MS = 3000;

export class ReportLintServer {
  /** The changes of each document since the version the lint worker holds (sent instead of the text). */
  private readonly journal = new ChangeJournal();
  readonly documents: TextDocuments<TextDocument>;
  readonly store = new DocumentStore();
  readonly suppressions: SuppressionStore;
  clientLocale: Locale = 'en';
  options: ClientOptions = {};
  docsBase: string;
  private readonly linter: Linter;
  private readonly configFiles: DocumentConfigSource | undefined;
  private pullsConfiguration = false;
  private watchesFiles = false;
  /** Set at initialize, from what the client can do. */
  private delivery!: DiagnosticsDelivery;
  /** The client pulls diagnostics (textDocument/diagnostic): they are answered, not pushed. */
  private pullsDiagnostics = false;
  private refreshesDiagnostics = false;
  /** The client resolves code actions' edits (codeAction/resolve): document-wide fixes are fetched only then. */
  resolvesCodeActions = false;
  /** The client takes Go to Definition's answer as links (the reference's own range underlined, not the word under the mouse). */
  definitionLinks = false;
  private pushedSettings: Settings = DEFAULT_SETTINGS;
  private readonly settingsWaitMs: number;
  private readonly shownProblems = new Set<string>();

  constructor(
    readonly connection: Connection,
    host: ServerHost,
  ) {
    this.docsBase = host.defaultDocsBase;
    this.suppressions = host.suppressions ?? NO_SUPPRESSIONS;
    this.linter = host.linter ?? inThreadLinter;
    this.configFiles = host.configFiles;
    this.settingsWaitMs = host.settingsWaitMs ?? SETTINGS_WAIT_MS;
    // A linter in this thread reads the text itself: no changes are kept for it.
    this.documents = new TextDocuments(syncedTextDocuments(this.linter === inThreadLinter ? undefined : this.journal));
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
      this.configFiles?.watch(this.watchesFiles);
    });
    // A client that pulls diagnostics asks for them after opening and after each change: lints run when it asks.
    documents.onDidOpen((e) => {
      if (!this.pullsDiagnostics) this.schedule(e.document, 0);
    });
    documents.onDidChangeContent((e) => {
      this.store.get(e.document.uri).changed();
      if (!this.pullsDiagnostics) this.schedule(e.document, this.linter === inThreadLinter ? DEBOUNCE_MS : 0);
    });
    documents.onDidClose((e) => {
      this.journal.closed(e.document.uri);
      this.store.close(e.document.uri);
      this.linter.forget?.(e.document.uri);
      if (!this.pullsDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.languages.diagnostics.on((params) => this.pullDiagnostics(params.textDocument.uri, params.previousResultId));
    connection.onDidChangeConfiguration((change) => this.configurationChanged(change.settings));
    connection.onDidChangeWatchedFiles(() => this.configFilesChanged());
    registerFeatures(this);
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.clientLocale = resolveLocale(params.locale, 'en');
    this.configFiles?.setLocale?.(this.clientLocale);
    this.options = (params.initializationOptions ?? {}) as ClientOptions;
    if (typeof this.options.docsBaseUri === 'string') this.docsBase = this.options.docsBaseUri.replace(/\/$/, '');
    this.configFiles?.setTrusted(this.options.trusted !== false);
    this.configFiles?.setSchemaValidated?.(this.options.configSchemaValidated === true);
    this.configFiles?.setProblemsNotified?.(this.options.configProblemsNotified === true);
    this.watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    this.pullsDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined && this.options.diagnostics !== 'push';
    const withRelated = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    const shortLinks = this.options.ruleLinks === 'short';
    this.delivery = new DiagnosticsDelivery(this.connection, { pulls: this.pullsDiagnostics, withRelated, docsBase: () => this.docsBase, shortLinks });
    this.refreshesDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    this.resolvesCodeActions = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    this.definitionLinks = params.capabilities.textDocument?.definition?.linkSupport === true;
    return {
      capabilities: {
        ...(this.pullsDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], ...(this.resolvesCodeActions ? { resolveProvider: true } : {}) },
        documentSymbolProvider: { label: 'Report Lint' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'report-lint' },
    };
  }

  /**
   * Settings of one document: its folder's values and its language's overrides (the client answers per document).
   * A client that does not answer within settingsWaitMs does not hold the draft's diagnostics back: the lint runs
   * with the defaults, and the document is checked again when the answer comes.
   */
  settingsFor(state: DocumentState): Promise<Settings> {
    if (!this.pullsConfiguration) return Promise.resolve(this.pushedSettings);
    const pending = state.settings;
    if (pending) return this.answeredIn(pending, state);
    const asked = (state.settings = this.connection.workspace
      .getConfiguration({ scopeUri: state.uri, section: 'reportLint' })
      .then((raw) => this.readSettings(raw))
      .catch((error: unknown) => {
        // A failed answer is not kept: the next lint asks again instead of using it until the document is reopened.
        if (state.settings === asked) state.settings = undefined;
        this.connection.console.warn(`no settings for ${state.uri} (${String(error)}): using the defaults this time`);
        return DEFAULT_SETTINGS;
      }));
    return this.answeredIn(asked, state);
  }

  /** The settings once answered, or the defaults after settingsWaitMs (the document is checked again on the answer). */
  private answeredIn(asked: Promise<Settings>, state: DocumentState): Promise<Settings> {
    let answered = false;
    let late = false;
    void asked.then(() => {
      answered = true;
      if (late && state.settings === asked) this.recheck(state.uri);
    });
    return Promise.race([
      asked,
      new Promise<Settings>((resolve) => {
        const timer = setTimeout(() => {
          if (answered) return;
          late = true;
          this.connection.console.warn(`no settings for ${state.uri} after ${this.settingsWaitMs} ms: using the defaults until the editor answers`);
          resolve(DEFAULT_SETTINGS);
        }, this.settingsWaitMs);
        void asked.then(() => clearTimeout(timer));
      }),
    ]);
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

  /**
   * Settings problems are shown once each (a window message naming the setting), not on every keystroke; past the
   * first few, one more message says there are others and each goes to the output only (300 wrong patterns are not
   * 300 windows to close).
   */
  showProblem(setting: string, message: Message, locale: Locale = this.clientLocale): void {
    const text = serverText(locale).settingProblem(setting, inLocale(message, locale));
    if (this.shownProblems.has(text)) return;
    this.shownProblems.add(text);
    this.connection.console.warn(text);
    if (this.shownProblems.size <= MAX_PROBLEM_WINDOWS) void this.connection.window.showWarningMessage(text);
    else if (this.shownProblems.size === MAX_PROBLEM_WINDOWS + 1) void this.connection.window.showWarningMessage(serverText(locale).moreSettingProblems);
  }

  private configurationChanged(settings: unknown): void {
    this.store.forgetSettings();
    this.shownProblems.clear();
    if (!this.pullsConfiguration) this.pushedSettings = this.readSettings((settings as { reportLint?: unknown } | undefined)?.reportLint);
    this.recheckAll();
  }

  /** One open document checked again (its settings answered late). */
  private recheck(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    if (this.pullsDiagnostics) {
      this.store.get(uri).changed();
      if (this.refreshesDiagnostics) void this.connection.languages.diagnostics.refresh();
      return;
    }
    this.schedule(document, 0);
  }

  recheckAll(): void {
    if (this.pullsDiagnostics) {
      for (const document of this.documents.all()) this.store.get(document.uri).changed();
      if (this.refreshesDiagnostics) void this.connection.languages.diagnostics.refresh();
      return;
    }
    // One after another in the lint worker: the short drafts first, so that a long draft open beside them (a pasted
    // compilation of megabytes) does not keep every other one waiting with stale findings after a settings change.
    const byLength = this.documents.all().sort((a, b) => lengthOf(a) - lengthOf(b));
    for (const document of byLength) this.schedule(document, 0);
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
  async localeOf(state: DocumentState, document: TextDocument, settings: Settings): Promise<Locale> {
    if (settings.locale !== 'auto') return settings.locale;
    const format = formatOf(languageOf(document));
    if (lengthOf(document) < LARGE_DRAFT) return state.writtenIn(document, format) ?? this.clientLocale;
    // A draft's language does not change with a keystroke: a long one's is the one its last lint found. The first time
    // the linter reads it (its thread's young generation takes the garbage; the model is the linter's to keep).
    const known = state.knownLanguage() ?? { locale: await state.detecting(() => this.detectLanguage(state, document, format)) };
    return known.locale ?? this.clientLocale;
  }

  private async detectLanguage(state: DocumentState, document: TextDocument, format: TextFormat): Promise<Locale | undefined> {
    const text = document.getText();
    const detected = await this.linter.writtenIn?.(text, format);
    return detected ? detected.locale : state.writtenIn(document, format, true);
  }

  /** The checked document at its current version, parsed; undefined when it is not checked. */
  async checked(uri: string): Promise<CheckedDocument | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const state = this.store.get(uri);
    const config = await this.configOf(state);
    const current = this.documents.get(uri);
    if (!current || !this.isChecked(current, config) || refusal(current, config.settings)) return undefined;
    const locale = await this.localeOf(state, current, config.settings);
    const modelFor = () => this.modelFor(state, current);
    return {
      document: current,
      state,
      get doc() {
        return modelFor();
      },
      locale,
      settings: config.settings,
    };
  }

  /**
   * Answers a feature's question about the document's model. A long draft's is answered by the linter from the model it
   * lints (the last version it linted, as a long draft's features have always read the last model while the current
   * version waits for its lint), so this thread holds no model of it; read here when the linter holds none.
   */
  async ask<Q extends ModelQuestion>(checked: CheckedDocument, question: Q): Promise<AnswerTo<Q>> {
    if (this.linter.ask && lengthOf(checked.document) >= LARGE_DRAFT) {
      const asked = await this.linter.ask(checked.document.uri, question);
      if (asked) return asked.answer as AnswerTo<Q>;
    }
    return answer(checked.doc, question);
  }

  /**
   * The model that outline, folding, hover and completion read. A large draft is not parsed again on this thread
   * for every keystroke (that would keep the server from answering while the writer types): while a version newer
   * than the last parsed one waits for its lint, the last model serves; it is parsed again once its lint is done.
   */
  modelFor(state: DocumentState, document: TextDocument): ReportDocument {
    const format = formatOf(languageOf(document));
    if (lengthOf(document) >= LARGE_DRAFT) {
      const recent = state.recentModel(format);
      if (recent && state.lintPending(document.version)) return recent;
    }
    return state.parsed(document, format);
  }

  /** Lints the document's current version now (cancelling a pending lint) unless that version is already linted. */
  async freshOutcome(uri: string): Promise<LintOutcome | undefined> {
    const outcome = await this.outcomeOf(uri);
    // Fixes belong to a version: none from a lint the writer has typed past.
    return outcome && this.documents.get(uri)?.version === outcome.version ? outcome : undefined;
  }

  /**
   * The outcome with the lazy fixes `wanted` picks given their edits, asked of the linter (lazy-fixes.ts): none for a
   * version the writer has typed past.
   */
  withFixEdits(uri: string, outcome: LintOutcome, wanted?: (fix: RecordedFix, key: string) => boolean): Promise<LintOutcome> {
    const current = () => this.documents.get(uri)?.version === outcome.version;
    return withFixEdits(
      outcome,
      async ({ seq, index }) => {
        const edits = current() ? await this.linter.fixEdits?.(uri, seq, index) : undefined;
        return current() ? edits : undefined;
      },
      wanted,
    );
  }

  /** The lint of the version current now, once done (it may be a few keystrokes old by then). */
  private async outcomeOf(uri: string): Promise<LintOutcome | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const state = this.store.get(uri);
    const version = document.version;
    const current = state.current(version);
    if (current && !state.cancelPending()) return current;
    await state.linting(version, () => this.validate(document));
    return state.current(version);
  }

  /** The engine options a document is linted with (its settings, language and suppressions). */
  async lintOptionsFor(state: DocumentState, document: TextDocument): Promise<ReturnType<typeof toLintOptions>> {
    const config = await this.configOf(state);
    return toLintOptions(config.settings, await this.localeOf(state, document, config.settings), formatOf(languageOf(document)), config.suppressions);
  }

  /** textDocument/diagnostic: the findings of the current version, or "unchanged" when they are the ones sent last. */
  private async pullDiagnostics(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    // The library updates a document in place: its version is read now, before anything is awaited.
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const outcome = await this.outcomeOf(uri);
    const state = this.store.get(uri);
    // A lint of this version that finished after the writer typed on is answered all the same (the client pulls
    // again for the newer version); one that was dropped for a newer version is not.
    if (!outcome && this.documents.get(uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer version of the document is being checked', { retriggerRequest: true });
    }
    return this.delivery.report(state, outcome, previousResultId);
  }

  async validate(document: TextDocument): Promise<void> {
    const state = this.store.get(document.uri);
    const asked = document.version;
    const config = await this.configOf(state);
    const settings = config.settings;
    // The library updates a document in place: its text and version are read together, and compared afterwards.
    const version = document.version;
    if (version !== asked) return; // a newer version is on its way
    if (!this.isChecked(document, config)) return this.unchecked(state);
    const why = refusal(document, settings);
    if (why) return this.refuse(state, document, settings, why);
    state.refusalShown = false;
    const started = Date.now();
    const locale = await this.localeOf(state, document, settings);
    if (document.version !== version) return; // typed on while the draft's language was read
    const format = formatOf(languageOf(document));
    const options = toLintOptions(settings, locale, format, config.suppressions);
    // Linted already, with these very options: VS Code's client sends the settings once the server registers for
    // their changes, after the drafts open, and each open draft was linted twice ("linted … in N ms" twice).
    const optionsKey = JSON.stringify(options);
    if (state.alreadyLinted(version, optionsKey)) return;
    let result: LintReply;
    const length = lengthOf(document);
    // A long draft's lint takes seconds (the first one of 5 MB, 10–18 s): the status bar says it is being checked
    // rather than go on showing the counts of an older version (or of the empty editor it was pasted into).
    if (length >= LARGE_DRAFT) void this.connection.sendNotification(CHECKING_NOTIFICATION, { uri: document.uri, version, locale });
    try {
      // In this thread the model parsed for the features is reused; a worker parses its own.
      const model = this.linter === inThreadLinter ? state.parsed(document, format) : undefined;
      const { uri, lineCount } = document;
      // The text is read only if the linter needs it whole (a worker that holds the last version is sent the changes).
      const text = textSnapshot(document);
      result = await this.linter.lint({ uri, version, text, length, options, model, lineCount, changesSince: (from) => this.journal.since(uri, from, version) });
    } catch (error) {
      if (error instanceof Superseded) return;
      if (this.documents.get(document.uri)?.version !== version) return;
      return this.delivery.failed(state, version, locale, error);
    }
    if (!this.documents.get(document.uri)) return; // closed meanwhile
    // Published even when the writer has typed on meanwhile: on a long draft, findings a few keystrokes old are better
    // than none until the typing stops. They are recorded for the version they were computed on, so no fix is
    // offered on newer text; the newest version is linted next.
    state.learned(result.summary.writtenIn, length >= LARGE_DRAFT);
    for (const p of result.problems) this.showProblem(p.setting, p.message);
    if (result.truncated.length) {
      const shown = result.findings.length;
      this.connection.console.warn(`${document.uri}: only the first ${MAX_FINDINGS_PER_RULE} findings of ${result.truncated.join(', ')} are shown (${shown} of ${shown + (result.dropped ?? 0)})`);
    }
    for (const e of result.errors) this.connection.console.error(`rule ${e.ruleId} failed on ${document.uri}: ${e.error instanceof Error ? e.error.stack : String(e.error)}`);
    this.delivery.publish(state, version, locale, result);
    state.lintedWith = { version, options: optionsKey };
    const elapsed = Date.now() - started;
    if (elapsed > 500) this.connection.console.log(`linted ${document.uri} in ${elapsed} ms`);
  }

  private unchecked(state: DocumentState): void {
    this.delivery.unchecked(state);
  }

  private refuse(state: DocumentState, document: TextDocument, settings: Settings, why: Refusal): void {
    const text = serverText(settings.locale === 'auto' ? this.clientLocale : settings.locale);
    const file = fileName(document.uri);
    const message = why.kind === 'size' ? text.tooLarge(file, why.characters, settings.maxFileSizeKB) : text.binary(file);
    this.delivery.unchecked(state, { label: why.kind === 'size' ? text.notCheckedTooLarge : text.notCheckedBinary, why: message });
    if (state.refusalShown) return;
    state.refusalShown = true;
    void this.connection.window.showInformationMessage(message);
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

type Refusal = { kind: 'size'; characters: number } | { kind: 'binary' };

/** Why a document is not checked (too large, binary), or undefined when it is. Its text is not read whole. */
function refusal(document: TextDocument, settings: Settings): Refusal | undefined {
  // Characters, not the file's bytes: what a lint costs goes with them (a Chinese UTF-8 file is three bytes to one).
  const characters = lengthOf(document);
  if (characters / 1024 > settings.maxFileSizeKB) return { kind: 'size', characters };
  if (document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(65536) }).includes('\u0000')) return { kind: 'binary' };
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
