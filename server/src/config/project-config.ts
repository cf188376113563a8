// The configuration that applies to a draft on disk, found the same way by the language server and the CLI:
// the nearest `.reportlintrc.json`, `.reportlintrc.jsonc`, `.reportlintrc` or package.json with a `reportLint` key, walking up
// from the draft's folder (or the one file given with --config), and every `.reportlintignore` on the way up
// (gitignore syntax, each relative to its own folder, as git reads .gitignore files).

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import {
  applyLayer,
  CONFIG_FILE_NAMES,
  fileProblem,
  parseConfigFile,
  ruleOptionSpecs,
  withoutRestricted,
  type ConfigFile,
  type ConfigValues,
  type Settings,
  type Suppression,
} from '../engine';

export const IGNORE_FILE_NAME = '.reportlintignore';

export interface FoundConfig {
  /** Absolute path of the configuration file. */
  file: string;
  config: ConfigFile;
}

export interface ResolvedConfig {
  settings: Settings;
  /** The configuration file that applied (its problems are reported once per file, by the caller). */
  source?: FoundConfig;
  /** The suppressions of that file that name this draft. */
  suppressions: Suppression[];
  /** Left out by a `.reportlintignore` or by the configuration's `ignore`. */
  ignored: boolean;
}

export interface ProjectConfigOptions {
  /** A configuration file to use for every draft instead of searching (the CLI's --config). */
  explicit?: string;
  /** False in an untrusted workspace: the settings that could cost CPU are not taken from a folder's files. */
  trusted?: boolean;
  /** Reads a file as text, or undefined when there is none (tests and the server may substitute their own). */
  read?: (file: string) => string | undefined;
}

export class ProjectConfig {
  private readonly configs = new Map<string, FoundConfig | undefined>();
  private readonly ignores = new Map<string, Ignore | undefined>();
  private readonly configIgnores = new WeakMap<FoundConfig, Ignore>();
  private readonly read: (file: string) => string | undefined;

  constructor(private readonly options: ProjectConfigOptions = {}) {
    this.read = options.read ?? readIfExists;
  }

  /** Forgets what was read (a configuration or ignore file changed on disk). */
  clear(): void {
    this.configs.clear();
    this.ignores.clear();
  }

  /** The configuration file that applies to a draft, if any. */
  configFor(draft: string): FoundConfig | undefined {
    if (this.options.explicit) return this.load(path.resolve(this.options.explicit), true);
    for (const dir of ancestors(path.dirname(path.resolve(draft)))) {
      const found = this.configIn(dir);
      if (found) return found;
    }
    return undefined;
  }

  /** The settings for a draft: `base` (defaults, or defaults < the editor's settings) < its configuration file < `over` (CLI flags). */
  resolve(draft: string, base: Settings, over: ConfigValues = {}): ResolvedConfig {
    const absolute = path.resolve(draft);
    const source = this.configFor(absolute);
    let layer: ConfigValues = source?.config.usable ? source.config.values : {};
    if (this.options.trusted === false) layer = withoutRestricted(layer);
    const settings = applyLayer(applyLayer(base, layer), over);
    const dir = source ? path.dirname(source.file) : undefined;
    const relative = dir === undefined ? undefined : toPosix(path.relative(dir, absolute));
    const inside = relative !== undefined && !relative.startsWith('../') && !path.isAbsolute(relative);
    const suppressions = inside ? (layer.suppressions ?? []).filter((s) => matchesFile(s.file, relative)).map(({ rule, text, context }) => ({ rule, ...(text !== undefined ? { text } : {}), ...(context ? { context } : {}) })) : [];
    const ignoredByConfig = inside && source !== undefined && this.configIgnore(source, layer).ignores(relative);
    return { settings, ...(source ? { source } : {}), suppressions, ignored: ignoredByConfig || this.ignoredByFiles(absolute) };
  }

  /** Whether a `.reportlintignore` in the draft's folder or above it leaves the draft out. */
  ignoredByFiles(draft: string): boolean {
    const absolute = path.resolve(draft);
    for (const dir of ancestors(path.dirname(absolute))) {
      const rules = this.ignoreIn(dir);
      if (rules?.ignores(toPosix(path.relative(dir, absolute)))) return true;
    }
    return false;
  }

  private configIgnore(source: FoundConfig, layer: ConfigValues): Ignore {
    let rules = this.configIgnores.get(source);
    if (!rules) this.configIgnores.set(source, (rules = ignore().add(layer.ignore ?? [])));
    return rules;
  }

  private configIn(dir: string): FoundConfig | undefined {
    if (this.configs.has(dir)) return this.configs.get(dir);
    let found: FoundConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      found = this.load(path.join(dir, name), false);
      if (found) break;
    }
    this.configs.set(dir, found);
    return found;
  }

  private load(file: string, required: boolean): FoundConfig | undefined {
    const text = this.read(file);
    if (text === undefined) {
      if (!required) return undefined;
      return { file, config: { values: {}, problems: [{ setting: '', message: fileProblem('unreadable'), range: zeroRange(), shownBySchema: false }], usable: false } };
    }
    const config = parseConfigFile(text.replace(/^\uFEFF/, ''), file, ruleOptionSpecs);
    return config ? { file, config } : undefined;
  }

  private ignoreIn(dir: string): Ignore | undefined {
    if (this.ignores.has(dir)) return this.ignores.get(dir);
    const text = this.read(path.join(dir, IGNORE_FILE_NAME));
    const rules = text === undefined ? undefined : ignore().add(text);
    this.ignores.set(dir, rules);
    return rules;
  }
}

/** A suppression's `file`: the draft's path relative to the configuration file, or a glob. */
function matchesFile(pattern: string, relative: string): boolean {
  const normalized = toPosix(pattern).replace(/^\.\//, '');
  return normalized === relative || picomatch(normalized, { dot: true })(relative);
}

function* ancestors(dir: string): Generator<string> {
  let current = dir;
  for (;;) {
    yield current;
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function zeroRange() {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
