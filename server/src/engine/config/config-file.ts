// The configuration file: `.reportlintrc.json`, `.reportlintrc.jsonc`, `.reportlintrc` (all may hold comments and
// trailing commas) or the `reportLint` key of a package.json. Parsed with jsonc-parser so every problem has a place in
// the file: the editor underlines it, the CLI prints file:line:column.

import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, stripComments, type Node, type ParseError } from 'jsonc-parser';
import { lineStarts } from '../fixes';
import { formatBoth, type BothValue } from '../i18n';
import type { Message, Position, Range } from '../types';
import { readValues, pathName, type ConfigValues, type FileSuppression, type RuleOptionSpecs, type ValueProblem } from './validate';

/** File names looked for in each folder, nearest folder first; in one folder, the first found wins. */
export const CONFIG_FILE_NAMES = ['.reportlintrc.json', '.reportlintrc.jsonc', '.reportlintrc', 'package.json'] as const;
export const PACKAGE_JSON_KEY = 'reportLint';

export interface ConfigFileProblem {
  /** `rules.placehoder`, or '' for the file as a whole. */
  setting: string;
  /** In both languages (problemText); for the file as a whole, what follows its name (is not valid JSON: …). */
  message: Message;
  range: Range;
  /**
   * An editor's JSON language service shows this problem itself when it validates the file with the configuration
   * schema: a syntax error, or a value the schema rules out. An editor server leaves those to it (one problem, one
   * diagnostic) and reports the rest (an empty file, a pattern RE2 refuses…).
   */
  shownBySchema: boolean;
}

export interface ConfigFile {
  values: ConfigValues;
  problems: ConfigFileProblem[];
  /** False when the file cannot be read as JSON at all: nothing of it applies (linting falls back to the other layers). */
  usable: boolean;
}

/**
 * Parses a configuration file's text. For a package.json, only its `reportLint` key is read, and a
 * package.json without one is not a configuration file (undefined): the search goes on upwards.
 */
export function parseConfigFile(text: string, fileName: string, rules: RuleOptionSpecs): ConfigFile | undefined {
  const isPackage = /(^|[\\/])package\.json$/.test(fileName);
  // Most package.json files on the way up from a draft have no "reportLint" key: no need to parse them (the CLI
  // read the project's own 30 KB one on every run). Without the key the file names no configuration either way.
  if (isPackage && !text.includes(`"${PACKAGE_JSON_KEY}"`)) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = first ? { offset: first.offset, length: first.length } : { offset: 0, length: 0 };
    // Nothing but blanks and comments: empty (a JSON language service sees no error in it: this one is ours to say).
    const empty = !first || stripComments(text).trim() === '';
    const message = empty ? fileProblem('empty') : fileProblem('notJson', { why: parseErrorText(printParseErrorCode(first.error)) });
    return { values: {}, problems: [{ setting: '', message, range: rangeOf(text, at.offset, at.length), shownBySchema: !empty }], usable: false };
  }
  const base: (string | number)[] = isPackage ? [PACKAGE_JSON_KEY] : [];
  const node = isPackage ? findNodeAtLocation(root, base) : root;
  if (!node) return undefined;
  const { values, problems } = readValues(getNodeValue(node), 'config', rules, true);
  return { values, problems: problems.map((p) => placeProblem(text, root, base, p)), usable: true };
}

/**
 * The configuration file's text with one suppression added at the end of its `suppressions` (created if
 * needed), comments and layout kept: what an editor's "ignore here" writes. Unchanged if the same entry is there.
 * `text` may be empty (a new file). Throws if the file is not valid JSON (it must be fixed first).
 */
export function withSuppression(text: string, fileName: string, entry: FileSuppression): string {
  const base: (string | number)[] = /(^|[\\/])package\.json$/.test(fileName) ? [PACKAGE_JSON_KEY] : [];
  const source = text.trim() === '' ? '{}\n' : text;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length) throw new Error(`${fileName} is not valid JSON; fix it before adding to it`);
  const existing = findNodeAtLocation(root, [...base, 'suppressions']);
  const list = existing ? (getNodeValue(existing) as unknown) : [];
  const same = (e: Partial<FileSuppression>) => e.file === entry.file && e.rule === entry.rule && e.text === entry.text && e.context === entry.context;
  if (Array.isArray(list) && list.some((e) => e && typeof e === 'object' && same(e as Partial<FileSuppression>))) return source;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(source, [...base, 'suppressions', -1], entry, { formattingOptions: { insertSpaces: true, tabSize: 2, eol }, isArrayInsertion: true });
  return applyEdits(source, edits);
}

function placeProblem(text: string, root: Node, base: (string | number)[], problem: ValueProblem): ConfigFileProblem {
  // The deepest node that exists on the problem's path (a missing key is reported on its parent).
  let node: Node | undefined;
  for (let n = problem.path.length; n >= 0 && !node; n--) node = findNodeAtLocation(root, [...base, ...problem.path.slice(0, n)]);
  let target = node ?? root;
  if (problem.key && target.parent?.type === 'property' && target.parent.children?.[0]) target = target.parent.children[0];
  const setting = problem.path.length === 0 ? '' : pathName(problem.path);
  return { setting, message: problem.message, range: rangeOf(text, target.offset, target.length), shownBySchema: !problem.beyondSchema };
}

/** What is wrong with a configuration file as a whole, after its name: .reportlintrc.json is not valid JSON: … */
export const FILE_PROBLEMS = {
  notJson: { zh: '不是有效的JSON：{why}', en: 'is not valid JSON: {why}' },
  empty: { zh: '是空的', en: 'is empty' },
  unreadable: { zh: '无法读取', en: 'cannot be read' },
} satisfies Record<string, Message>;

export function fileProblem(key: keyof typeof FILE_PROBLEMS, data: Record<string, BothValue> = {}): Message {
  return formatBoth(FILE_PROBLEMS[key], data);
}

/** jsonc-parser's error codes in words: CloseBraceExpected → "close brace expected", 缺少右花括号. */
const PARSE_ERRORS_ZH: Record<string, string> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '数字格式无效',
  PropertyNameExpected: '缺少属性名',
  ValueExpected: '缺少值',
  ColonExpected: '缺少冒号',
  CommaExpected: '缺少逗号',
  CloseBraceExpected: '缺少右花括号',
  CloseBracketExpected: '缺少右方括号',
  EndOfFileExpected: '此处应为文件末尾',
  InvalidCommentToken: '注释无效',
  UnexpectedEndOfComment: '注释没有结束',
  UnexpectedEndOfString: '字符串没有结束',
  UnexpectedEndOfNumber: '数字没有结束',
  InvalidUnicode: 'Unicode转义无效',
  InvalidEscapeCharacter: '转义字符无效',
  InvalidCharacter: '字符无效',
};

function parseErrorText(code: string): Message {
  return { zh: PARSE_ERRORS_ZH[code] ?? `“${code}”`, en: code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() };
}

function rangeOf(text: string, offset: number, length: number): Range {
  const starts = lineStarts(text);
  return { start: positionAt(starts, offset), end: positionAt(starts, offset + length) };
}

function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}
