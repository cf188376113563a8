// Turns user options into what rules use, and says clearly what is wrong with them.
// User patterns are compiled with RE2 (re2js): matching is linear in the text whatever the pattern,
// so a pattern from a settings file can never hang the server.

import { RE2JS } from 're2js';
import type { Locale, LintOptions, OptionProblem, RuleSetting, Severity, TextFormat } from './types';

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
  problems: OptionProblem[];
}

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info', 'hint'];
const MAX_PATTERN_LENGTH = 1000;

export function compileOptions(options: LintOptions, knownRules: ReadonlySet<string>): CompiledOptions {
  const problems: OptionProblem[] = [];
  const settings = new Map<string, RuleSetting>();
  const rules = options.rules;
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    problems.push({ setting: 'rules', message: 'must be an object mapping rule ids to "off", "error", "warning", "info" or "hint"' });
  } else {
    for (const [id, value] of Object.entries(rules ?? {})) {
      if (!knownRules.has(id)) {
        problems.push({ setting: `rules.${id}`, message: `unknown rule "${id}"; known rules: ${[...knownRules].join(', ')}` });
      } else if (!SETTINGS.includes(value as RuleSetting)) {
        problems.push({ setting: `rules.${id}`, message: `"${String(value)}" is not one of ${SETTINGS.join(', ')}` });
      } else {
        settings.set(id, value as RuleSetting);
      }
    }
  }

  const placeholderExtra: UserPattern[] = [];
  const extra = options.placeholders?.extra ?? [];
  if (!Array.isArray(extra)) {
    problems.push({ setting: 'placeholders.extra', message: 'must be a list of regular expressions' });
  } else {
    extra.forEach((source, i) => {
      const setting = `placeholders.extra[${i}]`;
      if (typeof source !== 'string' || source.length === 0) {
        problems.push({ setting, message: 'must be a non-empty string' });
      } else if (source.length > MAX_PATTERN_LENGTH) {
        problems.push({ setting, message: `pattern is longer than ${MAX_PATTERN_LENGTH} characters` });
      } else {
        try {
          placeholderExtra.push({ source, regex: RE2JS.compile(source) });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          problems.push({ setting, message: `invalid pattern ${JSON.stringify(source)}: ${reason} (RE2 syntax: no look-around or back-references)` });
        }
      }
    });
  }

  const allow = options.placeholders?.allow ?? [];
  const placeholderAllow = new Set<string>();
  if (!Array.isArray(allow)) problems.push({ setting: 'placeholders.allow', message: 'must be a list of words' });
  else for (const word of allow) if (typeof word === 'string' && word.length > 0) placeholderAllow.add(word);

  let format: TextFormat = 'plain';
  if (options.format === 'markdown' || options.format === 'plain') format = options.format;
  else if (options.format !== undefined) problems.push({ setting: 'format', message: `"${String(options.format)}" is not "markdown" or "plain"` });

  const locale: Locale = options.locale === 'zh-cn' ? 'zh-cn' : 'en';
  return { locale, format, settings, placeholderExtra, placeholderAllow, problems };
}

export function effectiveSeverity(compiled: CompiledOptions, id: string, fallback: Severity): RuleSetting {
  return compiled.settings.get(id) ?? fallback;
}
