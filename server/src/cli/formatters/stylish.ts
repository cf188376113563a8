// Human-readable output: one block per file, one line per finding, a summary at the end. A draft read in an
// encoding other than UTF-8 says so under its name.

import type * as Picocolors from 'picocolors';
import type { Finding, Locale } from '../../engine';
import { describeWordPoint } from '../../docx/positions';
import type { FileReport } from '../lint-file';

const LABEL: Record<Locale, Record<Finding['severity'], string>> = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  'zh-cn': { error: '错误', warning: '警告', info: '提示', hint: '提示' },
};

// Required when stylish output is made, not at every start: picocolors reads `process.stdout` when it loads, which
// makes the stream a JSON run to a pipe does without (io.ts). Bundled, this require() is a call into the same file.
let picocolors: typeof Picocolors | undefined;

export function stylish(reports: FileReport[], locale: Locale, color = false): string {
  const pc = (picocolors ??= require('picocolors') as typeof Picocolors).createColors(color);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixed = 0;
  for (const { file, findings, encoding, fixed: applied } of reports) {
    fixed += applied ?? 0;
    const note = encoding && encoding !== 'UTF-8' ? pc.dim(locale === 'zh-cn' ? `  （按${encoding}编码读取）` : `  (read as ${encoding})`) : '';
    if (findings.length === 0) {
      if (note) out.push(pc.underline(file) + note, '');
      continue;
    }
    out.push(pc.underline(file) + note);
    for (const f of findings) {
      counts[f.severity]++;
      // Lines and columns shown 1-based, as editors show them.
      // A Word document shows its paragraphs (¶12:5), as Word users find them.
      const where = (f.word ? describeWordPoint(f.word.start, locale) : `${f.range.start.line + 1}:${f.range.start.character + 1}`).padStart(9);
      const label = LABEL[locale][f.severity];
      const severity = f.severity === 'error' ? pc.red(label) : f.severity === 'warning' ? pc.yellow(label) : pc.blue(label);
      out.push(`${pc.dim(where)}  ${severity}${' '.repeat(Math.max(1, 8 - width(label)))}${pc.dim(f.ruleId.padEnd(21))} ${f.message}`);
    }
    out.push('');
  }
  if (fixed > 0) out.push(pc.green(locale === 'zh-cn' ? `✔ 已修复${fixed}个问题` : `✔ Fixed ${fixed} problem${fixed === 1 ? '' : 's'}`));
  out.push(summary(counts, locale, pc));
  return out.join('\n') + '\n';
}

function summary(counts: Record<Finding['severity'], number>, locale: Locale, pc: ReturnType<typeof Picocolors.createColors>): string {
  const problems = counts.error + counts.warning + counts.info + counts.hint;
  if (problems === 0) return pc.green(locale === 'zh-cn' ? '✔ 未发现问题' : '✔ No problems found');
  const infos = counts.info + counts.hint;
  const line =
    locale === 'zh-cn'
      ? `✖ 共${problems}个问题（${counts.error}个错误，${counts.warning}个警告${infos ? `，${infos}个提示` : ''}）`
      : `✖ ${problems} problem${problems === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`;
  return counts.error ? pc.red(pc.bold(line)) : pc.yellow(pc.bold(line));
}

/** Terminal columns: CJK characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
