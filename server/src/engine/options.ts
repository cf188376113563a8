// Turns user options into what rules use, and says clearly what is wrong with them.
// User patterns are compiled with RE2 (re2js): matching is linear in the text whatever the pattern,
// so a pattern from a settings file can never hang the server.

import { RE2JS } from 're2js';
import type { Locale, LintOptions, OptionProblem, RuleOptionSpec, RuleSetting, Severity, TextFormat } from './types';

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
  problems: OptionProblem[];
}

/** What compileOptions needs to know of each rule: its id and the options it declares. */
export type RuleOptionSpecs = ReadonlyMap<string, Readonly<Record<string, RuleOptionSpec>>>;

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info', 'hint'];
const MAX_PATTERN_LENGTH = 1000;

export function compileOptions(options: LintOptions, specs: RuleOptionSpecs): CompiledOptions {
  const knownRules = new Set(specs.keys());
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
  const ruleConfigs = compileRuleOptions(options.ruleOptions, specs, problems);
  return { locale, format, settings, placeholderExtra, placeholderAllow, ruleConfigs, problems };
}

function compileRuleOptions(given: LintOptions['ruleOptions'], specs: RuleOptionSpecs, problems: OptionProblem[]): Map<string, Record<string, unknown>> {
  const configs = new Map<string, Record<string, unknown>>();
  for (const [id, declared] of specs) {
    const config: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(declared)) config[key] = spec.default;
    configs.set(id, config);
  }
  if (given === undefined) return configs;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push({ setting: 'ruleOptions', message: 'must be an object mapping rule ids to their options' });
    return configs;
  }
  for (const [id, values] of Object.entries(given)) {
    const declared = specs.get(id);
    const config = configs.get(id);
    if (!declared || !config) {
      problems.push({ setting: `ruleOptions.${id}`, message: `unknown rule "${id}"` });
      continue;
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      problems.push({ setting: `ruleOptions.${id}`, message: 'must be an object of option values' });
      continue;
    }
    for (const [key, value] of Object.entries(values)) {
      const spec = declared[key];
      const setting = `ruleOptions.${id}.${key}`;
      if (!spec) {
        const known = Object.keys(declared);
        problems.push({ setting, message: known.length ? `unknown option; ${id} has ${known.join(', ')}` : `${id} has no options` });
        continue;
      }
      const wrong = checkOptionValue(spec, value);
      if (wrong) problems.push({ setting, message: wrong });
      else config[key] = value;
    }
  }
  return configs;
}

/** Why a value does not fit its option, or undefined when it does. */
export function checkOptionValue(spec: RuleOptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      return typeof value === 'string' ? undefined : 'must be a string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of strings';
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
        return `must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}`;
      }
      if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `must be at most ${spec.maximum}`;
      return undefined;
    }
  }
}

export function effectiveSeverity(compiled: CompiledOptions, id: string, fallback: Severity): RuleSetting {
  return compiled.settings.get(id) ?? fallback;
}
