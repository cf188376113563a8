// What the server core asks of a host's configuration files (the Node entry reads them from disk: config-files.ts).
// Types only, so that the core stays free of Node imports.

import type { Locale, Settings, Suppression } from './engine';

export interface DocumentConfig {
  settings: Settings;
  suppressions: Suppression[];
  /** Left out by `.reportlintignore` or the configuration's `ignore` list: not checked. */
  ignored: boolean;
}

export interface DocumentConfigSource {
  /** A document's settings: the editor's settings under the configuration file that applies to it. */
  resolve(uri: string, settings: Settings): DocumentConfig;
  /** Configuration files changed: read them again. */
  changed(): void;
  /** Asks the client to report changes to configuration files (when it lets a server register for them). */
  watch(dynamicRegistration: boolean): void;
  /** In an untrusted workspace, settings that could cost CPU are not taken from a folder's files. */
  setTrusted(trusted: boolean): void;
  /** The editor's display language: a configuration file's problems are shown in it. */
  setLocale?(locale: Locale): void;
  /**
   * The editor validates configuration files itself with the configuration schema (VS Code's JSON language service,
   * through the extension's jsonValidation): leave to it the problems it shows, or each would be underlined twice.
   */
  setSchemaValidated?(validated: boolean): void;
  /**
   * The client shows a configuration file's problem where it can take it back (VS Code's status bar): sent as
   * reportLint/configProblem, and cleared when the file is read again, instead of a window message that stays.
   */
  setProblemsNotified?(notified: boolean): void;
}
