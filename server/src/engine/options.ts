// Turns LintOptions into what rules use. The values are checked by the same functions that check settings and
// configuration files (config/validate.ts), so a problem is worded the same wherever it was written.
// User patterns are compiled with RE2 (re2js): matching is linear in the text whatever the pattern,
// so a pattern from a settings file can never hang the server.

import type { RE2JS } from 're2js';
import { MAX_PATTERN_LENGTH, MAX_PATTERNS } from './config/contract';
import {
  checkPatterns,
  checkRuleOptions,
  checkRules,
  checkStrings,
  checkSuppressions,
  compilePattern,
  pathName,
  say,
  type RuleOptionSpecs,
  type ValueProblem,
} from './config/validate';
import type { Locale, LintOptions, OptionProblem, RuleSetting, Severity, Suppression, TextFormat } from './types';

export { checkOptionValue, type RuleOptionSpecs } from './config/validate';

export interface UserPattern {
  source: string;
  regex: RE2JS;
}

export interface CompiledOptions {
  locale: Locale;
  format: TextFormat;
  /** Effective severity per rule id; rules absent from the map use their default. */
  settings: Map<string, RuleSetting>;
  placeholderExtra: UserPattern[];
  placeholderAllow: Set<string>;
  /** Per rule: its declared options with the user's valid values over the defaults. */
  ruleConfigs: Map<string, Record<string, unknown>>;
  suppressions: Suppression[];
  /** Every registered rule id (a disable comment naming another is reported). */
  knownRules: ReadonlySet<string>;
  problems: OptionProblem[];
}

export function compileOptions(options: LintOptions, specs: RuleOptionSpecs): CompiledOptions {
  const found: ValueProblem[] = [];
  const settings = new Map(Object.entries(options.rules === undefined ? {} : checkRules(options.rules, specs, ['rules'], found) ?? {}));

  const extra = options.placeholders?.extra;
  const sources = extra === undefined ? [] : checkPatterns(extra, ['placeholders', 'extra'], found, MAX_PATTERNS, MAX_PATTERN_LENGTH) ?? [];
  const placeholderExtra = sources.map((source) => ({ source, regex: compilePattern(source) as RE2JS }));
  const allow = options.placeholders?.allow;
  const placeholderAllow = new Set(allow === undefined ? [] : checkStrings(allow, ['placeholders', 'allow'], found, 'words') ?? []);

  const given = options.ruleOptions === undefined ? {} : checkRuleOptions(options.ruleOptions, specs, ['ruleOptions'], found) ?? {};
  const ruleConfigs = new Map<string, Record<string, unknown>>();
  for (const [id, declared] of specs) {
    const defaults = Object.fromEntries(Object.entries(declared).map(([key, spec]) => [key, spec.default]));
    ruleConfigs.set(id, { ...defaults, ...given[id] });
  }
  const suppressions = options.suppressions === undefined ? [] : checkSuppressions(options.suppressions, specs, ['suppressions'], found, false) ?? [];

  let format: TextFormat = 'plain';
  if (options.format === 'markdown' || options.format === 'plain') format = options.format;
  else if (options.format !== undefined) found.push({ path: ['format'], message: say('format', { value: String(options.format) }) });

  const locale: Locale = options.locale === 'zh-cn' ? 'zh-cn' : 'en';
  const problems = found.map((p) => ({ setting: pathName(p.path), message: p.message }));
  return { locale, format, settings, placeholderExtra, placeholderAllow, ruleConfigs, suppressions, knownRules: new Set(specs.keys()), problems };
}

export function effectiveSeverity(compiled: CompiledOptions, id: string, fallback: Severity): RuleSetting {
  return compiled.settings.get(id) ?? fallback;
}
