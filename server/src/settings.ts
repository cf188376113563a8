// Typed settings under `reportLint.*`. Adding a setting: package.json contributes.configuration →
// the Settings type and defaults here → normalizeSettings → its use in the server.

import type { LintOptions, Locale, OptionProblem, RuleSetting, TextFormat } from './engine';

export interface Settings {
  enable: boolean;
  /** Language ids the server checks. */
  languages: string[];
  locale: 'auto' | Locale;
  rules: Record<string, RuleSetting>;
  placeholders: { extra: string[]; allow: string[] };
  /** Larger documents are not checked (kilobytes). */
  maxFileSizeKB: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['report', 'markdown', 'plaintext'],
  locale: 'auto',
  rules: {},
  placeholders: { extra: [], allow: [] },
  maxFileSizeKB: 2048,
};

/** Reads whatever the client sent, keeping valid parts and saying what was wrong with the rest. */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);

  if (typeof value.enable === 'boolean') settings.enable = value.enable;
  else if (value.enable !== undefined) problems.push({ setting: 'enable', message: 'must be true or false' });

  if (Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string')) settings.languages = value.languages as string[];
  else if (value.languages !== undefined) problems.push({ setting: 'languages', message: 'must be a list of language ids, e.g. ["report", "markdown"]' });

  if (value.locale === 'auto' || value.locale === 'zh-cn' || value.locale === 'en') settings.locale = value.locale;
  else if (value.locale !== undefined) problems.push({ setting: 'locale', message: 'must be "auto", "zh-cn" or "en"' });

  if (value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules)) settings.rules = value.rules as Record<string, RuleSetting>;
  else if (value.rules !== undefined) problems.push({ setting: 'rules', message: 'must be an object such as {"placeholder": "off"}' });

  const placeholders = (value.placeholders ?? {}) as Record<string, unknown>;
  for (const key of ['extra', 'allow'] as const) {
    const list = placeholders[key];
    if (Array.isArray(list)) settings.placeholders[key] = list as string[];
    else if (list !== undefined) problems.push({ setting: `placeholders.${key}`, message: 'must be a list of strings' });
  }

  if (typeof value.maxFileSizeKB === 'number' && value.maxFileSizeKB > 0) settings.maxFileSizeKB = value.maxFileSizeKB;
  else if (value.maxFileSizeKB !== undefined) problems.push({ setting: 'maxFileSizeKB', message: 'must be a positive number' });

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
