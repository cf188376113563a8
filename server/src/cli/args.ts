// The command line: flags, their checks, and the help text. A usage problem is a message and exit code 2.

import { parseArgs } from 'node:util';
import { readValues, ruleOptionSpecs, type ConfigValues, type Locale, type RuleSetting } from '../engine';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const HELP = `Usage: report-lint [options] <files, folders or globs...>
       report-lint [options] - --stdin-filename <name>     (reads the draft from standard input)

Checks report drafts (.report, .draft, .md, .txt, and Word .docx) for broken section
numbering, leftover placeholders, impossible numbers and copy residue.

Options:
  --format stylish|json|sarif  output format (default: stylish; sarif is SARIF 2.1.0 for code scanning)
  --locale zh-cn|en            message language (default: the configuration file, else the draft's own
                               language; the summary line follows LANG)
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
  --concurrency <n>|auto|off   worker threads for many files (default: auto)
  --color, --no-color          force colours on or off (default: on for a terminal,
                               honouring NO_COLOR and FORCE_COLOR)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no problems at warning or error level, 1 problems found, 2 usage, configuration or file errors.
`;

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

export function parseCommandLine(argv: string[]): CliOptions | { error: string } {
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
    return { error: (error as Error).message };
  }
  const { values: v, positionals } = parsed;
  if (!FORMATS.includes(v.format as OutputFormat)) return { error: `--format must be one of ${FORMATS.join(', ')}, not "${v.format}"` };
  if (v.locale !== undefined && !['zh-cn', 'en'].includes(v.locale.toLowerCase())) return { error: `--locale must be "zh-cn" or "en", not "${v.locale}"` };
  const maxWarnings = v['max-warnings'] === undefined ? undefined : Number(v['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) return { error: `--max-warnings must be a whole number of 0 or more, not "${v['max-warnings']}"` };
  if (v.fix && v['fix-dry-run']) return { error: '--fix and --fix-dry-run cannot be used together' };
  if (v['fix-dry-run'] && v.format !== 'stylish') return { error: '--fix-dry-run prints a diff; it cannot be combined with --format' };
  const rules = parseRuleFlags(v.rule ?? []);
  if ('error' in rules) return rules;
  const concurrency = parseConcurrency(v.concurrency ?? 'auto');
  if (typeof concurrency === 'object') return concurrency;
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) return { error: '"-" (standard input) cannot be combined with files' };
  if (stdin && v.fix) return { error: '--fix cannot write to standard input; use --fix-dry-run to see the changes as a diff' };
  if (v['stdin-filename'] !== undefined && !stdin) return { error: '--stdin-filename needs "-" among the arguments' };
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
function parseRuleFlags(flags: string[]): { rules: Record<string, RuleSetting> } | { error: string } {
  const raw: Record<string, string> = {};
  for (const flag of flags) {
    const colon = flag.lastIndexOf(':');
    if (colon <= 0) return { error: `--rule takes <rule-id>:<severity>, e.g. --rule placeholder:off, not "${flag}"` };
    raw[flag.slice(0, colon)] = flag.slice(colon + 1);
  }
  const { values, problems } = readValues({ rules: raw }, 'config', ruleOptionSpecs);
  // In English, as every usage error and the help that follows it.
  if (problems.length) return { error: `--rule ${String(problems[0].path[1])}: ${problems[0].message.en}` };
  return { rules: values.rules ?? {} };
}

function parseConcurrency(value: string): number | undefined | { error: string } {
  if (value === 'auto') return undefined;
  if (value === 'off') return 0;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 0 && n <= 64) return n;
  return { error: `--concurrency must be auto, off or a number of worker threads, not "${value}"` };
}
