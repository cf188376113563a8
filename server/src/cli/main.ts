// report-lint: lint report drafts from the command line.
// Exit codes: 0 nothing at warning or error, 1 findings at warning or error, 2 usage or I/O problems.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { DocxText } from '../docx';
import { lintDetailed, MAX_FINDINGS_PER_RULE, resolveLocale, type Finding, type LintOptions, type Locale } from '../engine';
import { describeWordPoint, isWordFile, readWordDraft, wordLocation, writeAnnotated, type DraftInput } from './docx-input';
import { formatFor, readDraft, resolveTargets } from './files';
import { stylish, type FileResult } from './stylish';

const HELP = `Usage: report-lint [options] <files, folders or globs...>

Checks report drafts (.report, .draft, .md, .txt, and Word .docx) for broken section
numbering, leftover placeholders, impossible numbers and copy residue.

Options:
  --annotate              for each .docx, write a copy with a Word comment at each
                          finding next to it (报告.docx → 报告.checked.docx)
  --format stylish|json   output format (default: stylish)
  --locale zh-cn|en       message language (default: from LANG, else en)
  --color, --no-color     force colours on or off (default: on for a terminal,
                          honouring NO_COLOR and FORCE_COLOR)
  --config <file>         JSON file with options: {"rules": {"<rule-id>": "off"|"error"|"warning"|"info"|"hint"},
                          "placeholders": {"extra": ["<RE2 pattern>"], "allow": ["<text>"]}}
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no problems at warning or error level, 1 problems found, 2 usage or file errors.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal; colour is used only then (or with FORCE_COLOR / --color). */
  isTTY?: boolean;
}

const PROCESS_IO: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
};

export function main(argv: string[], io: CliIo = PROCESS_IO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        locale: { type: 'string' },
        config: { type: 'string' },
        annotate: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`report-lint: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (values.format !== 'stylish' && values.format !== 'json') {
    io.stderr(`report-lint: --format must be "stylish" or "json", not "${values.format}"\n`);
    return 2;
  }
  if (values.locale !== undefined && !['zh-cn', 'en'].includes(values.locale.toLowerCase())) {
    io.stderr(`report-lint: --locale must be "zh-cn" or "en", not "${values.locale}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`report-lint: no files given\n\n${HELP}`);
    return 2;
  }
  const locale: Locale = resolveLocale(values.locale ?? io.env.LC_ALL ?? io.env.LC_MESSAGES ?? io.env.LANG, 'en');

  let failed = false;
  let options: LintOptions = { locale };
  if (values.config) {
    const loaded = loadConfig(values.config);
    if ('error' in loaded) {
      io.stderr(`report-lint: ${values.config}: ${loaded.error}\n`);
      return 2;
    }
    options = { ...loaded.options, locale };
  }

  const { targets, errors } = resolveTargets(positionals);
  for (const e of errors) {
    io.stderr(`report-lint: ${e.file}: ${e.message}\n`);
    failed = true;
  }
  const results: (FileResult & { docx?: DocxText })[] = [];
  const written: string[] = [];
  let reportedProblems = false;
  for (const { file } of targets) {
    const read = readInput(file);
    if ('error' in read) {
      io.stderr(`report-lint: ${file}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const result = lintDetailed(read.text, { ...options, format: read.format });
    if (!reportedProblems) {
      for (const p of result.problems) io.stderr(`report-lint: ${values.config ?? 'options'}: ${p.setting}: ${p.message}\n`);
      reportedProblems = true;
    }
    for (const e of result.errors) io.stderr(`report-lint: ${file}: internal error in rule ${e.ruleId}: ${String(e.error)}\n`);
    if (result.truncated.length) io.stderr(`report-lint: ${file}: more than ${MAX_FINDINGS_PER_RULE} findings from ${result.truncated.join(', ')}; only the first ${MAX_FINDINGS_PER_RULE} of each are shown\n`);
    results.push({ file, findings: result.findings, ...(read.docx ? { docx: read.docx, where: wordWhere(read.docx, locale) } : {}) });
    if (values.annotate) failed = !annotate(file, read, result.findings, locale, (t) => written.push(t), io.stderr) || failed;
  }

  if (values.format === 'json') {
    const json = results.map(({ file, findings, docx }) => ({
      file,
      diagnostics: findings.map((f) => {
        const word = docx && wordLocation(docx, f);
        return { rule: f.ruleId, severity: f.severity, message: f.message, range: f.range, ...(word ? { word } : {}) };
      }),
    }));
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else if (results.length > 0) {
    io.stdout(stylish(results, locale, useColor(values.color, values['no-color'], io)));
  }
  // Where the commented copies went: after the report, and out of the way of JSON on stdout.
  for (const line of written) (values.format === 'json' ? io.stderr : io.stdout)(line);
  if (failed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}

/** A target as text to lint: a text draft as it is, a Word document through its reader. */
function readInput(file: string): DraftInput | { error: string } {
  if (isWordFile(file)) return readWordDraft(file);
  const read = readDraft(file);
  return 'error' in read ? read : { text: read.text, format: formatFor(file) };
}

/** --annotate: the commented copy of a .docx, and a line saying where it went. */
function annotate(file: string, input: DraftInput, findings: Finding[], locale: Locale, say: (t: string) => void, warn: (t: string) => void): boolean {
  if (!input.docx) {
    warn(`report-lint: ${file}: --annotate writes comments into Word documents (.docx) only; this file was checked but not annotated\n`);
    return true;
  }
  const written = writeAnnotated(file, input.docx, findings, locale);
  if ('error' in written) {
    warn(`report-lint: ${file}: ${written.error}\n`);
    return false;
  }
  say(locale === 'zh-cn' ? `已写入 ${written.path}（${written.comments} 条批注）\n` : `wrote ${written.path} (${written.comments} comment${written.comments === 1 ? '' : 's'})\n`);
  return true;
}

function wordWhere(docx: DocxText, locale: Locale): (f: Finding) => string {
  return (f) => {
    const word = wordLocation(docx, f);
    return word ? describeWordPoint(word.start, locale) : `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  };
}

function loadConfig(file: string): { options: LintOptions } | { error: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'must contain a JSON object' };
    const { rules, placeholders } = value as LintOptions;
    return { options: { rules, placeholders } };
  } catch (error) {
    return { error: `is not valid JSON: ${(error as Error).message}` };
  }
}

function version(): string {
  // Bundled as dist/cli.js or compiled as server/out/cli/main.js: package.json is one or three levels up.
  for (const candidate of ['../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, candidate), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'report-lint') return pkg.version ?? 'unknown';
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

/** Colour only a terminal, unless told otherwise: piped output and CI logs stay plain text. */
function useColor(on: boolean | undefined, off: boolean | undefined, io: CliIo): boolean {
  if (off) return false;
  if (on) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.isTTY === true && io.env.TERM !== 'dumb';
}
