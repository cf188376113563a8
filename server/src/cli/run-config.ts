// The settings of one CLI run, per draft: defaults < the configuration file that applies to the draft (the
// nearest, or --config) < flags. A configuration file's problems are printed once, with file:line:column.

import * as path from 'node:path';
import { defaultSettings, inLocale, resolveLocale, toLintOptions, type ConfigFile, type Locale, type OptionProblem, type Settings } from '../engine';
import { ProjectConfig, type ResolvedConfig } from '../config/project-config';
import type { CliOptions } from './args';
import type { CliIo } from './io';

export class RunConfig {
  readonly project: ProjectConfig;
  private readonly reported = new Set<string>();
  /** A configuration file could not be used at all (the run still lints with the other layers, then exits 2). */
  broken = false;

  constructor(
    private readonly options: CliOptions,
    private readonly io: CliIo,
  ) {
    this.project = new ProjectConfig(options.config ? { explicit: path.resolve(io.cwd ?? process.cwd(), options.config) } : {});
  }

  resolve(file: string): ResolvedConfig {
    const resolved = this.project.resolve(path.resolve(this.io.cwd ?? process.cwd(), file), defaultSettings(), this.options.flags);
    if (resolved.source) this.report(resolved.source.file, resolved.source.config);
    return resolved;
  }

  /** Message language: --locale, else the configuration's locale, else LANG, else English. */
  localeOf(configured: Settings['locale']): Locale {
    if (this.options.locale) return this.options.locale;
    if (configured !== 'auto') return configured;
    const env = this.io.env;
    return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG, 'en');
  }

  /** Messages follow the draft (Chinese for a Chinese draft) unless --locale or the configuration names a language. */
  lintOptions(resolved: ResolvedConfig) {
    const locale = this.options.locale ?? (resolved.settings.locale !== 'auto' ? resolved.settings.locale : 'auto');
    return toLintOptions(resolved.settings, locale, 'plain', resolved.suppressions);
  }

  private report(file: string, config: ConfigFile): void {
    if (this.reported.has(file)) return;
    this.reported.add(file);
    if (!config.usable) this.broken = true;
    const shown = path.relative(this.io.cwd ?? process.cwd(), file) || file;
    // In the run's language: --locale, else the file's own locale setting, else LANG.
    const locale = this.localeOf(config.values.locale ?? 'auto');
    for (const p of config.problems) {
      const where = `${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      const unused = locale === 'zh-cn' ? '（该文件未采用，按默认设置检查）' : ' (the file is not used; checking with the default settings)';
      this.io.stderr(`report-lint: ${where}: ${problemLine(p, locale)}${config.usable ? '' : unused}\n`);
    }
  }
}

/** A settings problem in the run's language: `rules.placehoder: unknown rule …`, `rules.placehoder：未知规则…`. */
export function problemLine(p: OptionProblem, locale: Locale): string {
  const message = inLocale(p.message, locale);
  if (!p.setting) return message;
  return locale === 'zh-cn' ? `${p.setting}：${message}` : `${p.setting}: ${message}`;
}
