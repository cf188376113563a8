// The one place where option values are checked: VS Code settings, configuration files and the engine's own
// LintOptions all go through these functions. A wrong value is named (with its path, so a configuration file
// can underline it) and dropped; the rest keeps working.

import type { RE2JS } from 're2js';
import { formatBoth, type BothValue } from '../i18n';
import type { Locale, Message, RuleOptionSpec, RuleSetting, Suppression } from '../types';
import { LOCALES, SETTINGS, SEVERITY_SETTINGS, type SettingSpec, type SettingValue, type Surface } from './contract';

/** What the checks know of each rule: its id and the options it declares. */
export type RuleOptionSpecs = ReadonlyMap<string, Readonly<Record<string, RuleOptionSpec>>>;

export type ValuePath = (string | number)[];

export interface ValueProblem {
  path: ValuePath;
  /** What is wrong, in both languages (filled): the CLI and the editor show it in theirs (problemText). */
  message: Message;
  /** The problem is the name (an unknown key or rule id), not the value: a file underlines the key. */
  key?: true;
  /**
   * The configuration file's JSON schema (schemas/reportlintrc.schema.json) cannot express it (a pattern RE2 refuses,
   * a context without its text): an editor validating the file with the schema does not show it; every other problem
   * it shows itself (test/unit/config-schema-problems.test.ts holds the two to each other).
   */
  beyondSchema?: true;
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
  if (!isObject(raw)) return { values, problems: [{ path: [], message: say('notObject') }] };
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
      if (!known.has(key)) problems.push({ path: [key], key: true, message: say('unknownSetting', { known: names([...known].filter((k) => k !== '$schema')) }) });
    }
    const placeholders = raw.placeholders;
    if (isObject(placeholders)) {
      for (const key of Object.keys(placeholders)) {
        if (key !== 'extra' && key !== 'allow') problems.push({ path: ['placeholders', key], key: true, message: say('unknownPlaceholders') });
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
      return checkStrings(value, path, problems, 'globs');
    case 'suppressions':
      return checkSuppressions(value, rules, path, problems, true);
    case 'string[]':
      return checkStrings(value, path, problems, 'strings');
    default: {
      const wrong = checkOptionValue(v, value);
      if (wrong) problems.push({ path, message: wrong });
      return wrong ? undefined : value;
    }
  }
}

/** Why a value does not fit a declared option or simple setting, or undefined when it does. */
export function checkOptionValue(spec: Pick<RuleOptionSpec, 'minimum' | 'maximum' | 'enum'> & { type: string }, value: unknown): Message | undefined {
  const choices = spec.enum ? { choices: { zh: `（${spec.enum.map((e) => `“${String(e)}”`).join('、')}）`, en: ` (${spec.enum.map((e) => JSON.stringify(e)).join(', ')})` } } : { choices: { zh: '', en: '' } };
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : say('boolean');
    case 'string':
      if (typeof value !== 'string') return say('string', choices);
      return spec.enum && !spec.enum.includes(value) ? say('oneOf', choices) : undefined;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return say('stringList', choices);
      return spec.enum && !value.every((v) => spec.enum!.includes(v)) ? say('eachOneOf', choices) : undefined;
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
        return say(spec.type === 'integer' ? 'wholeNumber' : 'number');
      }
      if (spec.minimum !== undefined && value < spec.minimum) return say('atLeast', { n: spec.minimum });
      if (spec.maximum !== undefined && value > spec.maximum) return say('atMost', { n: spec.maximum });
      return undefined;
    }
    default:
      return say('unchecked', { type: spec.type });
  }
}

export function checkRules(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[]): Record<string, RuleSetting> | undefined {
  if (!isObject(value)) {
    problems.push({ path, message: say('rulesObject') });
    return undefined;
  }
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!rules.has(id)) problems.push({ path: [...path, id], key: true, message: unknownRule(id, rules) });
    else if (!SEVERITY_SETTINGS.includes(setting as RuleSetting)) problems.push({ path: [...path, id], message: say('notSeverity', { value: String(setting), severities: names(SEVERITY_SETTINGS) }) });
    else out[id] = setting as RuleSetting;
  }
  return out;
}

/** The valid option values given per rule (defaults are filled in later, by the engine). */
export function checkRuleOptions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[]): Record<string, Record<string, unknown>> | undefined {
  if (!isObject(value)) {
    problems.push({ path, message: say('ruleOptionsObject') });
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
      problems.push({ path: [...path, id], message: say('optionsObject') });
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [key, option] of Object.entries(options)) {
      const spec = declared[key];
      if (!spec) {
        const known = Object.keys(declared);
        problems.push({ path: [...path, id, key], key: true, message: known.length ? say('unknownOption', { id, known: names(known) }) : say('noOptions', { id }) });
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
    problems.push({ path, message: say('patterns') });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((source: unknown, i) => {
    const at = [...path, i];
    if (i >= maxCount) {
      if (i === maxCount) problems.push({ path: at, message: say('tooManyPatterns', { max: maxCount }) });
    } else if (typeof source !== 'string' || source.length === 0) {
      problems.push({ path: at, message: say('nonEmpty') });
    } else if (source.length > maxLength) {
      problems.push({ path: at, message: say('patternTooLong', { max: maxLength }) });
    } else {
      const compiled = compilePattern(source);
      if (compiled instanceof Error) problems.push({ path: at, message: patternProblem(source, compiled), beyondSchema: true });
      else out.push(source);
    }
  });
  return out;
}

/**
 * What is wrong with a pattern RE2 refused. Look-around and back-references are named as such: RE2's own words for
 * them ("invalid named capture" for (?<=…), "invalid escape sequence" for \1) send the writer looking elsewhere.
 */
function patternProblem(source: string, error: Error): Message {
  const pattern = { en: JSON.stringify(source), zh: source };
  if (/\(\?<?[=!]/.test(source)) return say('invalidPattern', { pattern, why: say('lookAround') });
  if (/(^|[^\\])(\\\\)*\\[1-9]/.test(source)) return say('invalidPattern', { pattern, why: say('backReference') });
  return say('invalidPattern', { pattern, why: say('re2', { error: error.message }) });
}

export function checkStrings(value: unknown, path: ValuePath, problems: ValueProblem[], what: 'globs' | 'strings' | 'words'): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, message: say(what) });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.length > 0) out.push(item);
    else problems.push({ path: [...path, i], message: say('nonEmpty') });
  });
  return out;
}

export function checkSuppressions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[], withFile: true): FileSuppression[] | undefined;
export function checkSuppressions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[], withFile: false): Suppression[] | undefined;
export function checkSuppressions(value: unknown, rules: RuleOptionSpecs, path: ValuePath, problems: ValueProblem[], withFile: boolean): (Suppression | FileSuppression)[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, message: say('suppressions') });
    return undefined;
  }
  const out: (Suppression | FileSuppression)[] = [];
  value.forEach((entry: unknown, i) => {
    const at = [...path, i];
    if (!isObject(entry)) return problems.push({ path: at, message: say('suppressionObject') });
    const wrong = (key: string, message: Message, onKey = false, beyondSchema = false) =>
      problems.push({ path: [...at, key], message, ...(onKey ? { key: true as const } : {}), ...(beyondSchema ? { beyondSchema: true as const } : {}) });
    const { file, rule, text, context } = entry;
    if (withFile && (typeof file !== 'string' || file === '')) return wrong('file', say('suppressionFile'));
    if (typeof rule !== 'string' || !rules.has(rule)) return wrong('rule', typeof rule === 'string' ? unknownRule(rule, rules) : say('ruleId'));
    if (text !== undefined && (typeof text !== 'string' || text === '')) return wrong('text', say('suppressionText'));
    if (context !== undefined && (typeof context !== 'string' || text === undefined || !context.includes(text))) {
      return wrong('context', say('suppressionContext'), false, typeof context === 'string' && text !== undefined);
    }
    for (const key of Object.keys(entry)) {
      if (!['file', 'rule', 'text', 'context', 'note'].includes(key)) wrong(key, say('suppressionKey'), true);
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

function unknownRule(id: string, rules: RuleOptionSpecs): Message {
  return say('unknownRule', { id, known: names([...rules.keys()]) });
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

/**
 * The problems' words, zh-CN and English, with Chinese typesetting: a setting's or a value's Latin name quoted
 * (“extra”), no space between Chinese and Latin or digits.
 */
export const PROBLEM_MESSAGES = {
  notObject: { zh: '应为设置对象', en: 'must be an object of settings' },
  unknownSetting: { zh: '未知设置；可用的设置：{known}', en: 'unknown setting; known: {known}' },
  unknownPlaceholders: { zh: '未知设置；“placeholders”只有“extra”和“allow”', en: 'unknown setting; placeholders has extra and allow' },
  globs: { zh: '应为gitignore模式列表，如“["archive/", "*.old.md"]”', en: 'must be a list of gitignore patterns, e.g. ["archive/", "*.old.md"]' },
  strings: { zh: '应为字符串列表', en: 'must be a list of strings' },
  words: { zh: '应为词语列表', en: 'must be a list of words' },
  boolean: { zh: '应为“true”或“false”', en: 'must be true or false' },
  string: { zh: '应为字符串{choices}', en: 'must be a string{choices}' },
  oneOf: { zh: '应为以下之一{choices}', en: 'must be one of{choices}' },
  stringList: { zh: '应为字符串列表{choices}', en: 'must be a list of strings{choices}' },
  eachOneOf: { zh: '每一项应为以下之一{choices}', en: 'each must be one of{choices}' },
  wholeNumber: { zh: '应为整数', en: 'must be a whole number' },
  number: { zh: '应为数字', en: 'must be a number' },
  atLeast: { zh: '应不小于{n}', en: 'must be at least {n}' },
  atMost: { zh: '应不大于{n}', en: 'must be at most {n}' },
  unchecked: { zh: '无法检查（类型为“{type}”）', en: 'cannot be checked (type {type})' },
  rulesObject: {
    zh: '应为规则编号与“off”“error”“warning”“info”或“hint”的对应，如“{"placeholder": "off"}”',
    en: 'must be an object mapping rule ids to "off", "error", "warning", "info" or "hint", e.g. {"placeholder": "off"}',
  },
  notSeverity: { zh: '“{value}”不是{severities}之一', en: '"{value}" is not one of {severities}' },
  ruleOptionsObject: { zh: '应为规则编号与其选项的对应', en: 'must be an object mapping rule ids to their options' },
  optionsObject: { zh: '应为选项值的对象', en: 'must be an object of option values' },
  unknownOption: { zh: '未知选项；“{id}”的选项有{known}', en: 'unknown option; {id} has {known}' },
  noOptions: { zh: '“{id}”没有选项', en: '{id} has no options' },
  patterns: { zh: '应为正则表达式列表（RE2语法）', en: 'must be a list of regular expressions (RE2 syntax)' },
  tooManyPatterns: { zh: '模式多于{max}个，其余的不用', en: 'more than {max} patterns; the rest are ignored' },
  nonEmpty: { zh: '应为非空字符串', en: 'must be a non-empty string' },
  patternTooLong: { zh: '模式长于{max}个字符', en: 'pattern is longer than {max} characters' },
  invalidPattern: { zh: '模式“{pattern}”无效：{why}', en: 'invalid pattern {pattern}: {why}' },
  lookAround: { zh: '不支持环视“(?=…)”“(?!…)”“(?<=…)”“(?<!…)”（RE2语法）', en: 'look-around ((?=…), (?!…), (?<=…), (?<!…)) is not supported (RE2 syntax)' },
  backReference: { zh: '不支持反向引用“\\1”（RE2语法）', en: 'back-references (\\1) are not supported (RE2 syntax)' },
  re2: { zh: '“{error}”（RE2语法）', en: '{error} (RE2 syntax)' },
  suppressions: { zh: '应为由“{"file", "rule", "text"?}”组成的列表', en: 'must be a list of {"file", "rule", "text"?} entries' },
  suppressionObject: { zh: '应为对象“{"file", "rule", "text", "context"?}”', en: 'must be an object {"file", "rule", "text", "context"?}' },
  suppressionFile: { zh: '应为文稿的路径（相对于配置文件）', en: 'must name the draft, relative to the configuration file' },
  ruleId: { zh: '应为规则编号', en: 'must be a rule id' },
  suppressionText: {
    zh: '应为标出的原文，与文稿中写的完全一样（不写则在整个文件中关闭该规则）',
    en: 'must be the flagged text, exactly as written in the draft (or left out: the rule is off in the whole file)',
  },
  suppressionContext: { zh: '应为该行中包含“text”的更长摘录', en: 'must be a longer excerpt of the line that contains the text' },
  suppressionKey: { zh: '未知的键；忽略项有“file”“rule”“text”“context”和“note”', en: 'unknown key; a suppression has file, rule, text, context and note' },
  unknownRule: { zh: '未知规则“{id}”；可用的规则：{known}', en: 'unknown rule "{id}"; known rules: {known}' },
  format: { zh: '“{value}”不是“markdown”或“plain”', en: '"{value}" is not "markdown" or "plain"' },
} satisfies Record<string, Message>;

/** A problem's words in both languages, filled. */
export function say(key: keyof typeof PROBLEM_MESSAGES, data: Record<string, BothValue> = {}): Message {
  return formatBoth(PROBLEM_MESSAGES[key], data);
}

/** Names listed in each language: enable, languages, locale; “enable”“languages”“locale”. */
function names(list: readonly string[]): Message {
  return { zh: list.map((n) => `“${n}”`).join(''), en: list.join(', ') };
}
