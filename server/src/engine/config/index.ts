// Settings and configuration files: the contract, the checks, the layering and the file format.
export { SETTINGS, SEVERITY_SETTINGS, LOCALES, nlsKey, settingSpec, type SettingSpec, type SettingScope, type SettingValue, type Surface } from './contract';
export { readValues, pathName, checkOptionValue, PROBLEM_MESSAGES, type ConfigValues, type FileSuppression, type RuleOptionSpecs, type ValuePath, type ValueProblem } from './validate';
export { applyLayer, defaultSettings, toLintOptions, withoutRestricted, type Settings } from './layers';
export { DRAFT_EXTENSIONS, formatOf, languageOfPath } from './languages';
export { CONFIG_FILE_NAMES, PACKAGE_JSON_KEY, parseConfigFile, withSuppression, fileProblem, FILE_PROBLEMS, type ConfigFile, type ConfigFileProblem } from './config-file';
