// The one place where option values are checked: VS Code settings, configuration files and the engine's own
// LintOptions all go through these functions. A wrong value is named (with its path, so a configuration file
// can underline it) and dropped; the rest keeps working.

import type { RE2JS } from 're2js';
import type { Locale, RuleOptionSpec, RuleSetting, Suppression } from '../types';
import { LOCALES, SETTINGS, SEVERITY_SETTINGS, type SettingSpec, type SettingValue, type Surface } from './contract';

/** What the checks know of each rule: its id and the options it declares. */
export type RuleOptionSpecs = ReadonlyMap<string, Readonly<Record<string, RuleOptionSpec>>>;

export type ValuePath = (string | number)[];

export interface ValueProblem {
  path: ValuePath;
  message: string;
  /** The problem is the name (an unknown key or rule id), not the value: a file underlines the key. */
  key?: true;
}

export interface FileSuppression extends Suppression {
  /** The draft, relative to the configuration file (a glob such as `drafts/**` is allowed). */
  file: string;
}

/** Values as a settings object or a configuration file gives them: every key optional, all of them checked. */
export interface ConfigValues {
  enable?: boolean;
  languages?: string[];
  locale?: 'auto' | Locale;
  rules?: Record<string, RuleSetting>;
  ruleOptions?: Record<string, Record<string, unknown>>;
  placeholders?: { extra?: string[]; allow?: string[] };
  ignore?: string[];
  suppressions?: FileSuppression[];
  maxFileSizeKB?: number;
  exclude?: string[];
  trace?: { server?: string };
}

/** `placeholders.extra[2]`, `rules.placeholder`: how a problem names its setting. */
export function pathName(path: ValuePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Reads the settings a surface may hold from a raw object (VS Code's `reportLint` section, or a parsed
 * configuration file). Keys that surface does not know are named when `strict` (a configuration file).
 */
export function readValues(raw: unknown, surface: Surface, rules: RuleOptionSpecs, strict = false): { values: ConfigValues; problems: ValueProblem[] } {
  const problems: ValueProblem[] = [];
  const values: ConfigValues = {};
  if (raw === undefined || raw === null) return { values, problems };
  if (!isObject(raw)) return { values, problems: [{ path: [], message: 'must be an object of settings' }] };
  const specs = SETTINGS.filter((s) => s.surfaces.includes(surface));
  for (const spec of specs) {
    const path = spec.key.split('.');
    const value = at(raw, path);
    if (value === undefined) continue;
    const checked = checkSetting(spec, value, path, rules, problems);
    if (checked !== undefined) put(values, path, checked);
  }
  if (strict) {
    const known = new Set(['$schema', ...specs.map((s) => s.key.split('.')[0])]);
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) problems.push({ path: [key], key: true, message: `unknown setting; known: ${[...known].filter((k) => k !== '$schema').join(', ')}` });
    }
    const placeholders = raw.placeholders;
    if (isObject(placeholders)) {
      for (const key of Object.keys(placeholders)) {
        if (key !== 'extra' && key !== 'allow') problems.push({ path: ['placeholders', key], key: true, message: 'unknown setting; placeholders has extra and allow' });
      }
    }
  }
  return { values, problems };
}

function checkSetting(spec: SettingSpec, value: unknown, path: ValuePath, rules: RuleOptionSpecs, problems: ValueProblem[]): unknown {
  const v: SettingValue = spec.value;
  switch (v.type) {
    case 'rules':
      return checkRules(value, rules, path, problems);
    case 'ruleOptions':
      return checkRuleOptions(value, rules, path, problems);
    case 'patterns':
      return checkPatterns(value, path, problems, v.maxCount, v.maxLength);
    case 'globs':
      return checkStrings(value, path, problems, 'a list of gitignore patterns, e.g. ["archive/", "*.old.md"]');
    case 'suppressions':
      return checkSuppressions(value, rules, path, problems, true);
    case 'string[]':
      return checkStrings(value, path, problems, 'a list of strings');
    default: {
      const wrong = checkOptionValue(v, value);
      if (wrong) problems.push({ path, message: wrong });
      return wrong ? undefined : value;
    }
  }
}

/** Why a value does not fit a declared option or simple setting, or undefined when it does. */
export function checkOptionValue(spec: Pick<RuleOptionSpec, 'minimum' | 'maximum' | 'enum'> & { type: string }, value: unknown): string | undefined {
  const choices = spec.enum ? ` (${spec.enum.map((e) => JSON.stringify(e)).join(', ')})` : '';
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      if (typeof value !== 'string') return `must be a string${choices}`;
      return spec.enum && !spec.enum.includes(value) ? `must be one of${choices}` : undefined;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return `must be a list of strings${choices}`;
      return spec.enum && !value.every((v) => spec.enum!.includes(v)) ? `each must be one of${choices}` : undefined;
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
        return `must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}`;
      }
      if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `must be at most ${spec.maximum}`;
      return undefined;
    }
    default:
      return `cannot be checked (type ${spec.type})`;
  }
}

export function checkRules(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[]): Record<string, RuleSetting> | undefined {
  if (!isObject(value)) {
    problems.push({ path, message: 'must be an object mapping rule ids to "off", "error", "warning", "info" or "hint", e.g. {"placeholder": "off"}' });
    return undefined;
  }
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!rules.has(id)) problems.push({ path: [...path, id], key: true, message: unknownRule(id, rules) });
    else if (!SEVERITY_SETTINGS.includes(setting as RuleSetting)) problems.push({ path: [...path, id], message: `"${String(setting)}" is not one of ${SEVERITY_SETTINGS.join(', ')}` });
    else out[id] = setting as RuleSetting;
  }
  return out;
}

/** The valid option values given per rule (defaults are filled in later, by the engine). */
export function checkRuleOptions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[]): Record<string, Record<string, unknown>> | undefined {
  if (!isObject(value)) {
    problems.push({ path, message: 'must be an object mapping rule ids to their options' });
    return undefined;
  }
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, options] of Object.entries(value)) {
    const declared = rules.get(id);
    if (!declared) {
      problems.push({ path: [...path, id], key: true, message: unknownRule(id, rules) });
      continue;
    }
    if (!isObject(options)) {
      problems.push({ path: [...path, id], message: 'must be an object of option values' });
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [key, option] of Object.entries(options)) {
      const spec = declared[key];
      if (!spec) {
        const known = Object.keys(declared);
        problems.push({ path: [...path, id, key], key: true, message: known.length ? `unknown option; ${id} has ${known.join(', ')}` : `${id} has no options` });
        continue;
      }
      const wrong = checkOptionValue(spec, option);
      if (wrong) problems.push({ path: [...path, id, key], message: wrong });
      else kept[key] = option;
    }
    out[id] = kept;
  }
  return out;
}

const compiledPatterns = new Map<string, RE2JS | Error>();
let re2js: typeof import('re2js') | undefined;
// The engine is typed without Node's types (it runs in browsers too): the one require() it makes, declared here.
declare const require: (id: 're2js') => typeof import('re2js');
/**
 * RE2 (re2js: a sixth of the CLI's bundle) is loaded with the first user pattern, not at every start: most settings
 * have none. Bundled (the CLI, the server, the browser builds), this require() is a call into the same file.
 */
function re2(): typeof RE2JS {
  return (re2js ??= require('re2js')).RE2JS;
}

/** Compiles a user pattern with RE2 (linear-time matching), once per distinct pattern. */
export function compilePattern(source: string): RE2JS | Error {
  let compiled = compiledPatterns.get(source);
  if (compiled === undefined) {
    try {
      compiled = re2().compile(source);
    } catch (error) {
      compiled = error instanceof Error ? error : new Error(String(error));
    }
    if (compiledPatterns.size > 2000) compiledPatterns.clear();
    compiledPatterns.set(source, compiled);
  }
  return compiled;
}

export function checkPatterns(value: unknown, path: ValuePath, problems: ValueProblem[], maxCount: number, maxLength: number): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'must be a list of regular expressions (RE2 syntax)' });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((source: unknown, i) => {
    const at = [...path, i];
    if (i >= maxCount) {
      if (i === maxCount) problems.push({ path: at, message: `more than ${maxCount} patterns; the rest are ignored` });
    } else if (typeof source !== 'string' || source.length === 0) {
      problems.push({ path: at, message: 'must be a non-empty string' });
    } else if (source.length > maxLength) {
      problems.push({ path: at, message: `pattern is longer than ${maxLength} characters` });
    } else {
      const compiled = compilePattern(source);
      if (compiled instanceof Error) problems.push({ path: at, message: `invalid pattern ${JSON.stringify(source)}: ${patternProblem(source, compiled)}` });
      else out.push(source);
    }
  });
  return out;
}

/**
 * What is wrong with a pattern RE2 refused. Look-around and back-references are named as such: RE2's own words for
 * them ("invalid named capture" for (?<=…), "invalid escape sequence" for \1) send the writer looking elsewhere.
 */
function patternProblem(source: string, error: Error): string {
  if (/\(\?<?[=!]/.test(source)) return 'look-around ((?=…), (?!…), (?<=…), (?<!…)) is not supported (RE2 syntax)';
  if (/(^|[^\\])(\\\\)*\\[1-9]/.test(source)) return 'back-references (\\1) are not supported (RE2 syntax)';
  return `${error.message} (RE2 syntax)`;
}

export function checkStrings(value: unknown, path: ValuePath, problems: ValueProblem[], what: string): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, message: `must be ${what}` });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.length > 0) out.push(item);
    else problems.push({ path: [...path, i], message: 'must be a non-empty string' });
  });
  return out;
}

export function checkSuppressions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[], withFile: true): FileSuppression[] | undefined;
export function checkSuppressions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[], withFile: false): Suppression[] | undefined;
export function checkSuppressions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[], withFile: boolean): (Suppression | FileSuppression)[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'must be a list of {"file", "rule", "text"?} entries' });
    return undefined;
  }
  const out: (Suppression | FileSuppression)[] = [];
  value.forEach((entry: unknown, i) => {
    const at = [...path, i];
    if (!isObject(entry)) return problems.push({ path: at, message: 'must be an object {"file", "rule", "text", "context"?}' });
    const wrong = (key: string, message: string, onKey = false) => problems.push({ path: [...at, key], message, ...(onKey ? { key: true as const } : {}) });
    const { file, rule, text, context } = entry;
    if (withFile && (typeof file !== 'string' || file === '')) return wrong('file', 'must name the draft, relative to the configuration file');
    if (typeof rule !== 'string' || !rules.has(rule)) return wrong('rule', typeof rule === 'string' ? unknownRule(rule, rules) : 'must be a rule id');
    if (text !== undefined && (typeof text !== 'string' || text === '')) return wrong('text', 'must be the flagged text, exactly as written in the draft (or left out: the rule is off in the whole file)');
    if (context !== undefined && (typeof context !== 'string' || text === undefined || !context.includes(text))) return wrong('context', 'must be a longer excerpt of the line that contains the text');
    for (const key of Object.keys(entry)) {
      if (!['file', 'rule', 'text', 'context', 'note'].includes(key)) wrong(key, 'unknown key; a suppression has file, rule, text, context and note', true);
    }
    const base: Suppression = { rule, ...(typeof text === 'string' ? { text } : {}), ...(typeof context === 'string' ? { context } : {}) };
    out.push(withFile ? { file: file as string, ...base } : base);
    return undefined;
  });
  return out;
}

export function checkLocale(value: unknown): 'auto' | Locale | undefined {
  return LOCALES.includes(value as Locale) ? (value as 'auto' | Locale) : undefined;
}

function unknownRule(id: string, rules: RuleOptionSpecs): string {
  return `unknown rule "${id}"; known rules: ${[...rules.keys()].join(', ')}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(raw: Record<string, unknown>, path: string[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}

function put(target: object, path: string[], value: unknown): void {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}
