// The server's view of `reportLint.*` settings. What each setting is (type, default, scope, meaning) is declared
// once in engine/config/contract.ts; this file only reads the client's values through the same checks.

import { applyLayer, defaultSettings, formatOf, pathName, readValues, ruleOptionSpecs, toLintOptions, type ConfigValues, type LintOptions, type Locale, type OptionProblem, type Settings } from './engine';

export type { Settings } from './engine';
export { formatOf } from './engine';

export const DEFAULT_SETTINGS: Settings = defaultSettings();

/** The valid values the client sent (a layer over the defaults) and what was wrong with the rest. */
export function readSettingsLayer(raw: unknown): { layer: ConfigValues; problems: OptionProblem[] } {
  const { values, problems } = readValues(raw, 'settings', ruleOptionSpecs);
  return { layer: values, problems: problems.map((p) => ({ setting: pathName(p.path), message: p.message })) };
}

/** Reads whatever the client sent, keeping valid parts and saying what was wrong with the rest. */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: OptionProblem[] } {
  const { layer, problems } = readSettingsLayer(raw);
  return { settings: applyLayer(defaultSettings(), layer), problems };
}

export function lintOptions(settings: Settings, locale: Locale, languageId: string): LintOptions {
  return toLintOptions(settings, locale, formatOf(languageId));
}
