// How the places a setting can come from combine. Precedence, lowest first:
//   defaults < VS Code user/workspace settings < the configuration file nearest the draft < CLI flags
//   < inline comments in the draft (applied by the engine itself).
// An object setting (rules, ruleOptions) merges key by key, so a configuration file that turns one rule off
// keeps the writer's other rule settings; every other setting is replaced by the higher layer.

import type { LintOptions, Locale, RuleSetting, Suppression, TextFormat } from '../types';
import { SETTINGS } from './contract';
import type { ConfigValues } from './validate';

/** Every setting that shapes a lint, resolved. (File-relative keys, ignore and suppressions, stay with their file.) */
export interface Settings {
  enable: boolean;
  languages: string[];
  locale: 'auto' | Locale;
  rules: Record<string, RuleSetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  placeholders: { extra: string[]; allow: string[] };
  maxFileSizeKB: number;
  /** Globs of files that are not report drafts (README, CHANGELOG, node_modules…): the editor never checks them. */
  exclude: string[];
}

const defaultOf = (key: string): unknown => structuredClone(SETTINGS.find((s) => s.key === key)?.default);

export function defaultSettings(): Settings {
  return {
    enable: defaultOf('enable') as boolean,
    languages: defaultOf('languages') as string[],
    locale: defaultOf('locale') as Settings['locale'],
    rules: defaultOf('rules') as Settings['rules'],
    ruleOptions: defaultOf('ruleOptions') as Settings['ruleOptions'],
    placeholders: { extra: defaultOf('placeholders.extra') as string[], allow: defaultOf('placeholders.allow') as string[] },
    maxFileSizeKB: defaultOf('maxFileSizeKB') as number,
    exclude: defaultOf('exclude') as string[],
  };
}

/** The settings with a higher layer's values over them (a new object; the inputs are not changed). */
export function applyLayer(base: Settings, layer: ConfigValues): Settings {
  const ruleOptions = { ...base.ruleOptions };
  for (const [id, options] of Object.entries(layer.ruleOptions ?? {})) ruleOptions[id] = { ...ruleOptions[id], ...options };
  return {
    enable: layer.enable ?? base.enable,
    languages: layer.languages ?? base.languages,
    locale: layer.locale ?? base.locale,
    rules: { ...base.rules, ...layer.rules },
    ruleOptions,
    placeholders: { extra: layer.placeholders?.extra ?? base.placeholders.extra, allow: layer.placeholders?.allow ?? base.placeholders.allow },
    maxFileSizeKB: layer.maxFileSizeKB ?? base.maxFileSizeKB,
    exclude: layer.exclude ?? base.exclude,
  };
}

/** A layer without the settings that an untrusted folder may not set (they could cost CPU). */
export function withoutRestricted(layer: ConfigValues): ConfigValues {
  const copy = structuredClone(layer);
  for (const spec of SETTINGS) {
    if (!spec.restricted) continue;
    const path = spec.key.split('.');
    let node = copy as Record<string, unknown> | undefined;
    for (const key of path.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    if (node) delete node[path[path.length - 1]];
  }
  return copy;
}

/** What the engine needs from resolved settings, for one text. */
export function toLintOptions(settings: Settings, locale: Locale | 'auto', format: TextFormat, suppressions: Suppression[] = []): LintOptions {
  return {
    locale,
    format,
    rules: settings.rules,
    ruleOptions: settings.ruleOptions,
    placeholders: settings.placeholders,
    ...(suppressions.length ? { suppressions } : {}),
  };
}
