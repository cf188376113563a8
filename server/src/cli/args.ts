// The command line: flags, their checks, and the help text. A usage problem is a message and exit code 2.

import { parseArgs } from 'node:util';
import { formatBoth, readValues, resolveLocale, ruleOptionSpecs, type ConfigValues, type Locale, type Message, type RuleSetting } from '../engine';
import type { BothValue } from '../engine/i18n';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const HELP = `Usage: report-lint [options] <files, folders or globs...>
       report-lint [options] - --stdin-filename <name>     (reads the draft from standard input)

Checks report drafts (.report, .draft, .md, .txt, and Word .docx) for broken section
numbering, leftover placeholders, impossible numbers and copy residue.

Options:
  --format stylish|json|sarif  output format (default: stylish; sarif is SARIF 2.1.0 for code scanning)
  --locale zh-cn|en            message language (default: the configuration file, else the draft's own
                               language; the summary line, usage errors and this help follow LANG)
  --config <file>              use this configuration file for every draft instead of the nearest
                               .reportlintrc.json / .jsonc / .reportlintrc / package.json "reportLint"
  --rule <id>:<severity>       set a rule's severity (off, error, warning, info, hint); repeatable
  --quiet                      report errors only
  --max-warnings <n>           exit 1 only if there are errors or more than n warnings
  --fix                        write the safe fixes into the files (in their own encoding)
  --fix-dry-run                print the fixes as a unified diff instead of writing them
  --annotate                   for each .docx, write a copy with a Word comment at each finding
                               next to it (报告.docx → 报告.checked.docx)
  --print-config <file>        print the settings that apply to a draft, and where they come from
  --stdin-filename <name>      the name of the draft read from standard input (for its format and configuration)
  --encoding <name>            read every draft in this encoding (default: detected: UTF-8, UTF-16, GB18030, Big5…)
  --no-ignore                  check files that .reportlintignore or the configuration's ignore list leave out
  --concurrency <n>|auto|off   worker threads for many files, or a second thread for one large draft
                               (default: auto, when a core is idle)
  --color, --no-color          force colours on or off (default: on for a terminal,
                               honouring NO_COLOR and FORCE_COLOR)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no problems at warning or error level, 1 problems found, 2 usage, configuration or file errors.
`;

const HELP_ZH = `用法：report-lint [选项] <文件、文件夹或通配符...>
      report-lint [选项] - --stdin-filename <文件名>     （从标准输入读取文稿）

检查报告文稿（.report、.draft、.md、.txt和Word的.docx）中的编号错乱、未替换的占位符、
不合理的数字和网页残留等问题。

选项：
  --format stylish|json|sarif  输出格式（默认stylish；sarif为代码扫描用的SARIF 2.1.0）
  --locale zh-cn|en            提示信息的语言（默认按配置文件，否则按文稿本身的语言；
                               汇总行和命令行的提示按LANG）
  --config <文件>              所有文稿都用此配置文件，而不用最近的.reportlintrc.json、
                               .jsonc、.reportlintrc或package.json中的“reportLint”
  --rule <规则>:<级别>         设置规则的级别（off、error、warning、info、hint），可重复
  --quiet                      只报告错误
  --max-warnings <n>           仅在有错误或警告多于n个时以1退出
  --fix                        把安全的修复写入文件（保持原编码）
  --fix-dry-run                以统一差异格式输出修复，不写入文件
  --annotate                   为每个.docx在旁边写出一份副本，每个问题处加一条Word批注
                               （报告.docx → 报告.checked.docx）
  --print-config <文件>        输出适用于某篇文稿的设置及其来源
  --stdin-filename <文件名>    从标准输入读取的文稿的文件名（决定其格式和配置）
  --encoding <编码>            按此编码读取所有文稿（默认自动识别：UTF-8、UTF-16、GB18030、Big5等）
  --no-ignore                  也检查.reportlintignore或配置中ignore列表排除的文件
  --concurrency <n>|auto|off   多个文件时的工作线程数；单个大文件时另开一个线程（默认auto，有空闲核心时）
  --color, --no-color          强制开启或关闭颜色（默认在终端中开启，
                               遵从NO_COLOR和FORCE_COLOR）
  -h, --help                   显示本帮助
  -v, --version                显示版本

退出码：0表示没有警告或错误级别的问题，1表示发现问题，2表示用法、配置或文件错误。
`;

/** The help in the language of the run: --locale, else LANG (LC_ALL, LC_MESSAGES). */
export function helpText(locale: Locale): string {
  return locale === 'zh-cn' ? HELP_ZH : HELP;
}

/**
 * The language of what the command line says before any draft or configuration file is read (usage errors, the
 * help): --locale when it names one, else the environment (LC_ALL, LC_MESSAGES, LANG), else English, as the
 * configuration problems of the same run are.
 */
export function usageLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : undefined;
    if (value !== undefined && ['zh-cn', 'en'].includes(value.toLowerCase())) return value.toLowerCase() as Locale;
  }
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG, 'en');
}

/** Usage errors in both languages, Chinese with Chinese typesetting (a flag or value quoted “--format”, no spaces). */
const USAGE = {
  format: { zh: '“--format”应为“stylish”“json”或“sarif”，而不是“{value}”', en: '--format must be one of stylish, json, sarif, not "{value}"' },
  locale: { zh: '“--locale”应为“zh-cn”或“en”，而不是“{value}”', en: '--locale must be "zh-cn" or "en", not "{value}"' },
  maxWarnings: { zh: '“--max-warnings”应为0或更大的整数，而不是“{value}”', en: '--max-warnings must be a whole number of 0 or more, not "{value}"' },
  fixTwice: { zh: '“--fix”和“--fix-dry-run”不能同时使用', en: '--fix and --fix-dry-run cannot be used together' },
  dryRunFormat: { zh: '“--fix-dry-run”输出差异，不能与“--format”同时使用', en: '--fix-dry-run prints a diff; it cannot be combined with --format' },
  stdinWithFiles: { zh: '“-”（标准输入）不能与文件同时使用', en: '"-" (standard input) cannot be combined with files' },
  fixStdin: { zh: '“--fix”不能写入标准输入；用“--fix-dry-run”以差异格式查看修改', en: '--fix cannot write to standard input; use --fix-dry-run to see the changes as a diff' },
  stdinFilename: { zh: '“--stdin-filename”需要参数中有“-”', en: '--stdin-filename needs "-" among the arguments' },
  ruleShape: { zh: '“--rule”的格式为“<规则>:<级别>”，如“--rule placeholder:off”，而不是“{value}”', en: '--rule takes <rule-id>:<severity>, e.g. --rule placeholder:off, not "{value}"' },
  rule: { zh: '--rule {id}：{problem}', en: '--rule {id}: {problem}' },
  concurrency: { zh: '“--concurrency”应为“auto”“off”或工作线程数，而不是“{value}”', en: '--concurrency must be auto, off or a number of worker threads, not "{value}"' },
  unknownOption: { zh: '未知选项“{option}”；以“-”开头的文件名请放在“--”之后，如“-- {option}”', en: 'unknown option {option}; a file whose name starts with "-" goes after "--", as in -- {option}' },
  missingValue: { zh: '选项“{option}”缺少值', en: 'option {option} needs a value' },
  noValue: { zh: '选项“{option}”不带值', en: 'option {option} takes no value' },
  noFiles: { zh: '没有给出文件', en: 'no files given' },
} satisfies Record<string, Message>;

export type UsageProblem = keyof typeof USAGE;

/** A usage error in both languages. */
export function usage(key: UsageProblem, data: Record<string, BothValue> = {}): Message {
  return formatBoth(USAGE[key], data);
}

/** node:util's parseArgs errors, by their code: the option named, in words of our own (its own are English only). */
function parseArgsProblem(error: Error & { code?: string }): Message {
  const option = /'(-{1,2}[^' =]+)/.exec(error.message)?.[1];
  if (option && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage('unknownOption', { option });
  if (option && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usage(/does not take an argument/.test(error.message) ? 'noValue' : 'missingValue', { option });
  return { zh: error.message, en: error.message };
}

export interface CliOptions {
  format: OutputFormat;
  locale?: Locale;
  config?: string;
  /** Settings given by flags: the highest layer below inline comments. */
  flags: ConfigValues;
  quiet: boolean;
  maxWarnings?: number;
  fix: 'off' | 'write' | 'diff';
  annotate: boolean;
  printConfig?: string;
  stdinFilename?: string;
  encoding?: string;
  ignore: boolean;
  /** Worker threads: undefined = decide from the number of files and cores. */
  concurrency?: number;
  color?: boolean;
  help: boolean;
  version: boolean;
  positionals: string[];
}

export function parseCommandLine(argv: string[]): CliOptions | { error: Message } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        locale: { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        annotate: { type: 'boolean', default: false },
        'print-config': { type: 'string' },
        'stdin-filename': { type: 'string' },
        encoding: { type: 'string' },
        'no-ignore': { type: 'boolean', default: false },
        concurrency: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    return { error: parseArgsProblem(error as Error) };
  }
  const { values: v, positionals } = parsed;
  if (!FORMATS.includes(v.format as OutputFormat)) return { error: usage('format', { value: String(v.format) }) };
  if (v.locale !== undefined && !['zh-cn', 'en'].includes(v.locale.toLowerCase())) return { error: usage('locale', { value: v.locale }) };
  const maxWarnings = v['max-warnings'] === undefined ? undefined : Number(v['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) return { error: usage('maxWarnings', { value: String(v['max-warnings']) }) };
  if (v.fix && v['fix-dry-run']) return { error: usage('fixTwice') };
  if (v['fix-dry-run'] && v.format !== 'stylish') return { error: usage('dryRunFormat') };
  const rules = parseRuleFlags(v.rule ?? []);
  if ('error' in rules) return rules;
  const concurrency = parseConcurrency(v.concurrency ?? 'auto');
  if (typeof concurrency === 'object') return concurrency;
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) return { error: usage('stdinWithFiles') };
  if (stdin && v.fix) return { error: usage('fixStdin') };
  if (v['stdin-filename'] !== undefined && !stdin) return { error: usage('stdinFilename') };
  return {
    format: v.format as OutputFormat,
    ...(v.locale ? { locale: v.locale.toLowerCase() as Locale } : {}),
    ...(v.config ? { config: v.config } : {}),
    flags: Object.keys(rules.rules).length ? { rules: rules.rules } : {},
    quiet: v.quiet === true,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'diff' : 'off',
    annotate: v.annotate === true,
    ...(v['print-config'] !== undefined ? { printConfig: v['print-config'] } : {}),
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    ...(v.encoding !== undefined ? { encoding: v.encoding } : {}),
    ignore: v['no-ignore'] !== true,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    help: v.help === true,
    version: v.version === true,
    positionals,
  };
}

/** `--rule placeholder:off --rule missing-value:info`, checked like any other rules setting. */
function parseRuleFlags(flags: string[]): { rules: Record<string, RuleSetting> } | { error: Message } {
  const raw: Record<string, string> = {};
  for (const flag of flags) {
    const colon = flag.lastIndexOf(':');
    if (colon <= 0) return { error: usage('ruleShape', { value: flag }) };
    raw[flag.slice(0, colon)] = flag.slice(colon + 1);
  }
  const { values, problems } = readValues({ rules: raw }, 'config', ruleOptionSpecs);
  if (problems.length) return { error: usage('rule', { id: String(problems[0].path[1]), problem: problems[0].message }) };
  return { rules: values.rules ?? {} };
}

function parseConcurrency(value: string): number | undefined | { error: Message } {
  if (value === 'auto') return undefined;
  if (value === 'off') return 0;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 0 && n <= 64) return n;
  return { error: usage('concurrency', { value }) };
}
