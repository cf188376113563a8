// Typed settings under `reportLint.*`. Adding a setting: package.json contributes.configuration (and its text in
// package.nls*.json) → the Settings type and defaults here → normalizeSettings → its use in the server.

import type { LintOptions, Locale, OptionProblem, RuleSetting, TextFormat } from './engine';
import { serverText } from './strings';

export interface Settings {
  enable: boolean;
  /** Language ids the server checks. */
  languages: string[];
  locale: 'auto' | Locale;
  rules: Record<string, RuleSetting>;
  placeholders: { extra: string[]; allow: string[] };
  /** Larger documents are not checked (kilobytes). */
  maxFileSizeKB: number;
  /** Globs of files that are not report drafts (README, CHANGELOG, node_modules…): never checked. */
  exclude: string[];
}

/** Developer files found beside Markdown and text drafts that are plainly not report drafts. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/README*',
  '**/CHANGELOG*',
  '**/CONTRIBUTING*',
  '**/LICENSE*',
  '**/node_modules/**',
  '**/.git/**',
  '**/.vscode/extensions/**',
  '**/.vscode-server/extensions/**',
];

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['report', 'markdown', 'plaintext'],
  locale: 'auto',
  rules: {},
  placeholders: { extra: [], allow: [] },
  maxFileSizeKB: 2048,
  exclude: [...DEFAULT_EXCLUDE],
};

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads whatever the client sent, keeping valid parts and saying (in `locale`) what was wrong with the rest. */
export function normalizeSettings(raw: unknown, locale: Locale = 'en'): { settings: Settings; problems: OptionProblem[] } {
  const text = serverText(locale).problems;
  const problems: OptionProblem[] = [];
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);

  if (typeof value.enable === 'boolean') settings.enable = value.enable;
  else if (value.enable !== undefined) problems.push({ setting: 'enable', message: text.boolean });

  if (isStringList(value.languages)) settings.languages = value.languages;
  else if (value.languages !== undefined) problems.push({ setting: 'languages', message: text.languages });

  if (value.locale === 'auto' || value.locale === 'zh-cn' || value.locale === 'en') settings.locale = value.locale;
  else if (value.locale !== undefined) problems.push({ setting: 'locale', message: text.locale });

  if (value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules)) settings.rules = value.rules as Record<string, RuleSetting>;
  else if (value.rules !== undefined) problems.push({ setting: 'rules', message: text.rules });

  const placeholders = (value.placeholders ?? {}) as Record<string, unknown>;
  for (const key of ['extra', 'allow'] as const) {
    const list = placeholders[key];
    if (Array.isArray(list)) settings.placeholders[key] = list as string[];
    else if (list !== undefined) problems.push({ setting: `placeholders.${key}`, message: text.stringList });
  }

  if (typeof value.maxFileSizeKB === 'number' && value.maxFileSizeKB > 0) settings.maxFileSizeKB = value.maxFileSizeKB;
  else if (value.maxFileSizeKB !== undefined) problems.push({ setting: 'maxFileSizeKB', message: text.positiveNumber });

  if (isStringList(value.exclude)) settings.exclude = value.exclude;
  else if (value.exclude !== undefined) problems.push({ setting: 'exclude', message: text.stringList });

  return { settings, problems };
}

/** Markdown documents are parsed as Markdown (headings, lists, code); everything else as plain text. */
export function formatOf(languageId: string): TextFormat {
  return languageId === 'markdown' ? 'markdown' : 'plain';
}

export function lintOptions(settings: Settings, locale: Locale, languageId: string): LintOptions {
  return {
    locale,
    format: formatOf(languageId),
    rules: settings.rules,
    placeholders: settings.placeholders,
  };
}
