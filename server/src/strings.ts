// Every text the language server itself shows (not the rules' messages): code-action titles, hovers, completion
// details, window messages. One table per language; the locale follows the document like the rules' messages do.
// Chinese strings follow Chinese typesetting (no spaces around full-width marks or between Chinese and digits);
// test/unit/typography.test.ts reads them all.

import type { Locale } from './engine';

export interface ServerText {
  fixAllRule(rule: string): string;
  ignoreLine(rule: string): string;
  ignoreHere(rule: string): string;
  ignoreInFile(rule: string): string;
  showRuleDoc(rule: string): string;
  fixAll: string;
  renumberLabel: string;
  hoverLevel(title: string, level: number): string;
  hoverIn(path: string): string;
  hoverOrder(order: string): string;
  completionTopLevel: string;
  completionFirstChild: string;
  completionAfter(marker: string): string;
  completionEnumeration(previous: string): string;
  /** `characters`: the document's length, what reportLint.maxFileSizeKB counts (1 KB = 1,024 characters). */
  tooLarge(file: string, characters: number, limitKB: number): string;
  binary(file: string): string;
  /** The status bar's words for a draft refused for its size, or for its content. */
  notCheckedTooLarge: string;
  notCheckedBinary: string;
  settingProblem(setting: string, problem: string): string;
  moreSettingProblems: string;
  /** A configuration file's problem, on the file: `rules.placehoder: unknown rule …`, or after the file's name. */
  configProblem(setting: string, problem: string): string;
  configFileProblem(file: string, problem: string): string;
  /** The window message for a configuration file's first problem (`more`: how many others), the rest of it applying. */
  configFileWarning(file: string, line: number, column: number, problem: string, more: number): string;
  /** The window message for a configuration file that cannot be used at all. */
  configFileUnusable(file: string, line: number, column: number, problem: string): string;
  ignoreFailed(file: string, reason: string): string;
  lintTimedOut: string;
  lintFailed: string;
}

const en: ServerText = {
  fixAllRule: (rule) => `Fix all “${rule}” problems in this file`,
  ignoreLine: (rule) => `Ignore “${rule}” on this line`,
  ignoreHere: (rule) => `Ignore “${rule}” here (kept in .reportlintrc.json, not in the draft)`,
  ignoreInFile: (rule) => `Turn “${rule}” off in this file`,
  showRuleDoc: (rule) => `Show the rule “${rule}”`,
  fixAll: 'Fix all auto-fixable Report Lint problems',
  renumberLabel: 'Report Lint: renumber sections',
  hoverLevel: (title, level) => `**${title}** — level ${level}`,
  hoverIn: (path) => `In: ${path}`,
  hoverOrder: (order) => `Levels in this document: ${order}`,
  completionTopLevel: 'Top-level section',
  completionFirstChild: 'First item one level down',
  completionAfter: (marker) => `After “${marker}”`,
  completionEnumeration: (previous) => `Next item after “${previous}”`,
  tooLarge: (file, characters, limitKB) => `Report Lint: ${file} is not checked: its ${thousands(characters)} characters are more than reportLint.maxFileSizeKB allows (${limitKB} KB, counted as ${thousands(limitKB * 1024)} characters).`,
  binary: (file) => `Report Lint: ${file} is not checked: it looks like binary content (it contains NUL characters).`,
  notCheckedTooLarge: 'Not checked: file too large',
  notCheckedBinary: 'Not checked: not text',
  settingProblem: (setting, problem) => `Report Lint: reportLint${setting ? `.${setting}` : ''}: ${problem}`,
  moreSettingProblems: 'Report Lint: more settings are wrong; each is listed in the Report Lint output.',
  configProblem: (setting, problem) => `${setting}: ${problem}`,
  configFileProblem: (file, problem) => `${file} ${problem}`,
  configFileWarning: (file, line, column, problem, more) => `Report Lint: ${file}, line ${line}, column ${column}: ${problem}${more > 0 ? ` (and ${more} more)` : ''}; the rest of the file applies.`,
  configFileUnusable: (file, line, column, problem) => `Report Lint: ${file} ${problem} (line ${line}, column ${column}); drafts are checked with the other settings until it is fixed.`,
  ignoreFailed: (file, reason) => `Report Lint: could not write ${file}: ${reason}`,
  lintTimedOut: 'Report Lint could not check this document in time; its findings are not shown. Edit it or run Report Lint from the command line.',
  lintFailed: 'Report Lint failed on this document (an internal error, logged in the output); its findings are not shown.',
};

const zh: ServerText = {
  fixAllRule: (rule) => `修复本文件中所有“${rule}”问题`,
  ignoreLine: (rule) => `本行忽略“${rule}”`,
  ignoreHere: (rule) => `此处忽略“${rule}”（记入.reportlintrc.json，不改动文稿）`,
  ignoreInFile: (rule) => `在本文件中关闭“${rule}”`,
  showRuleDoc: (rule) => `查看“${rule}”规则说明`,
  fixAll: '修复所有可自动修复的Report Lint问题',
  renumberLabel: 'Report Lint：重排标题编号',
  hoverLevel: (title, level) => `**${title}**——第${level}级`,
  hoverIn: (path) => `位置：${path}`,
  hoverOrder: (order) => `本文层级：${order}`,
  completionTopLevel: '一级标题',
  completionFirstChild: '下一级第一项',
  completionAfter: (marker) => `接续“${marker}”`,
  completionEnumeration: (previous) => `接续“${previous}”的下一项`,
  tooLarge: (file, characters, limitKB) => `Report Lint：未检查${file}：全文${thousands(characters)}个字符，超过reportLint.maxFileSizeKB（${limitKB}KB，即${thousands(limitKB * 1024)}个字符）。`,
  binary: (file) => `Report Lint：未检查${file}：内容含有NUL字符，似乎不是文本文件。`,
  notCheckedTooLarge: '未检查：文件过大',
  notCheckedBinary: '未检查：不是文本',
  settingProblem: (setting, problem) => `Report Lint：设置reportLint${setting ? `.${setting}` : ''}有误：${problem}`,
  moreSettingProblems: 'Report Lint：还有其他设置有误，详见Report Lint输出面板。',
  configProblem: (setting, problem) => `${setting}：${problem}`,
  configFileProblem: (file, problem) => `${file}${problem}`,
  configFileWarning: (file, line, column, problem, more) => `Report Lint：${file}第${line}行第${column}列：${problem}${more > 0 ? `（另有${more}处）` : ''}；文件的其余部分照常生效。`,
  configFileUnusable: (file, line, column, problem) => `Report Lint：${file}${problem}（第${line}行第${column}列）；改正之前按其他设置检查文稿。`,
  ignoreFailed: (file, reason) => `Report Lint：无法写入${file}：${reason}`,
  lintTimedOut: 'Report Lint未能及时检查完本文档，暂不显示问题。可修改后再查，或用命令行检查。',
  lintFailed: 'Report Lint检查本文档时出错（内部错误，详见输出面板），暂不显示问题。',
};

/** 1,234,567: the same in both languages (the status bar's counts are written so too). */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function serverText(locale: Locale): ServerText {
  return locale === 'zh-cn' ? zh : en;
}

export const SERVER_TEXTS: Readonly<Record<Locale, ServerText>> = { en, 'zh-cn': zh };
