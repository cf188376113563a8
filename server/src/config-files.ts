// Configuration files in the language server: the same discovery and layering as the CLI (config/project-config.ts),
// with what an editor adds: a problem in a configuration file is a diagnostic on that file and one window message;
// a change on disk (watched through the client) re-reads them.

import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAMES, inLocale, type Locale, type Settings } from './engine';
import { serverText } from './strings';
import type { DocumentConfig, DocumentConfigSource } from './config-source';
import { IGNORE_FILE_NAME, ProjectConfig, type FoundConfig } from './config/project-config';
import { SOURCE } from './diagnostics';
import { CONFIG_PROBLEM_NOTIFICATION, WORD_TEXT_SCHEME } from './protocol';

/** The files whose change means the configuration may have changed. */
export const WATCHED_FILES = `**/{${[...CONFIG_FILE_NAMES, IGNORE_FILE_NAME].join(',')}}`;

export type { DocumentConfig } from './config-source';

export class ConfigFiles implements DocumentConfigSource {
  private project: ProjectConfig;
  /** Configuration files with diagnostics published (cleared when the files change). */
  private readonly published = new Set<string>();
  private readonly reported = new Set<FoundConfig>();
  /**
   * Files a window message was shown for, kept across changes: a file that changes is most likely being edited (with
   * auto save, on every pause in the typing), and its diagnostics say what is wrong; one message is enough.
   */
  private readonly announced = new Set<string>();
  private locale: Locale = 'en';
  private schemaValidated = false;
  /** The client shows a file's problem itself, until told it is gone (the files it was told of, by URI). */
  private problemsNotified = false;
  private readonly notified = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private trusted = true,
  ) {
    this.project = new ProjectConfig({ trusted });
  }

  /** Asks the client to report changes to configuration and ignore files (when it lets a server register for them). */
  watch(dynamicRegistration: boolean): void {
    if (!dynamicRegistration) return;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES }] });
  }

  /** The editor's display language, which a configuration file's problems are shown in. */
  setLocale(locale: Locale): void {
    this.locale = locale;
  }

  /** The editor shows syntax errors and what the schema rules out in a configuration file itself: not published here. */
  setSchemaValidated(validated: boolean): void {
    this.schemaValidated = validated;
  }

  /** The client shows a configuration file's problem itself and takes it back when told (reportLint/configProblem). */
  setProblemsNotified(notified: boolean): void {
    this.problemsNotified = notified;
  }

  /** In an untrusted workspace, settings that could cost CPU are not taken from the folder's files. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.changed();
  }

  /** A document's settings: the editor's settings under the configuration file nearest to it (files on disk only). */
  resolve(uri: string, settings: Settings): DocumentConfig {
    const file = fileOf(uri);
    if (!file) return { settings, suppressions: [], ignored: false };
    const resolved = this.project.resolve(file, settings);
    if (resolved.source) this.report(resolved.source);
    return resolved;
  }

  /** Configuration or ignore files changed on disk: forget them (the next lint reads them again). */
  changed(): void {
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
    // Fixed or deleted, the file's problem goes; still wrong, it is said again when the file is read.
    for (const uri of this.notified) void this.connection.sendNotification(CONFIG_PROBLEM_NOTIFICATION, { uri, message: null });
    this.notified.clear();
    this.reported.clear();
    this.project = new ProjectConfig({ trusted: this.trusted });
  }

  /**
   * A configuration file's problems: diagnostics on the file (but those the editor's schema validation shows), and one
   * window message per file (the editor's own diagnostics do not say that the file is not applied).
   */
  private report(source: FoundConfig): void {
    if (this.reported.has(source)) return;
    this.reported.add(source);
    const { problems, usable } = source.config;
    if (problems.length === 0) return;
    const uri = pathToFileURL(source.file).href;
    const text = serverText(this.locale);
    const says = (p: (typeof problems)[number]) => inLocale(p.message, this.locale);
    const diagnostics: Diagnostic[] = problems.filter((p) => !(this.schemaValidated && p.shownBySchema)).map((p) => ({
      range: p.range,
      severity: usable ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: SOURCE,
      message: p.setting ? text.configProblem(p.setting, says(p)) : text.configFileProblem(fileName(source.file), says(p)),
    }));
    this.published.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
    const first = problems[0];
    // Named with its folder: one workspace may hold several (a folder each in a multi-root workspace, a subfolder's own).
    const name = withFolder(source.file);
    const [line, column] = [first.range.start.line + 1, first.range.start.character + 1];
    const message = usable
      ? text.configFileWarning(name, line, column, first.setting ? text.configProblem(first.setting, says(first)) : says(first), problems.length - 1)
      : text.configFileUnusable(name, line, column, says(first));
    this.connection.console.warn(message);
    if (this.problemsNotified) {
      this.notified.add(uri);
      void this.connection.sendNotification(CONFIG_PROBLEM_NOTIFICATION, { uri, message });
      return;
    }
    if (this.announced.has(source.file)) return;
    this.announced.add(source.file);
    void this.connection.window.showWarningMessage(message);
  }
}

/** The file on disk whose configuration applies: the draft's own, or for the text of a Word document, the .docx's. */
function fileOf(uri: string): string | undefined {
  if (uri.startsWith(`${WORD_TEXT_SCHEME}:`)) {
    const query = uri.indexOf('?');
    uri = query < 0 ? '' : decodeURIComponent(uri.slice(query + 1));
  }
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** 乙/.reportlintrc.json: the file with the folder it is in. */
function withFolder(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  return parts.slice(-2).join('/');
}

function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
