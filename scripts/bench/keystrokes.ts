// The incremental engine in-process: one character typed at a time into a line in the middle of a draft, each
// version linted by IncrementalLinter (as the server's worker does: the whole new text, read as the one change from
// the last), and the draft summary the server sends with each lint. Figures: p50 / p95 per keystroke.

import { IncrementalLinter } from '../../server/src/engine';
import { summarize } from '../../server/src/linter';
import { median, percentile, row } from './measure';

export interface KeystrokeFigures {
  p50: number;
  p95: number;
}

/** Types `count` characters into the middle of `text` (a new line after every 20), timing each lint. */
export function benchKeystrokes(label: string, text: string, count = 100): KeystrokeFigures {
  const linter = new IncrementalLinter({ format: 'plain' });
  const opened = process.hrtime.bigint();
  linter.update(text);
  const openMs = Number(process.hrtime.bigint() - opened) / 1e6;
  const middle = text.indexOf('\n', text.length >> 1) + 1;
  const typed = '二是加强学校管理，合格率提高至95.5%。推进工作';
  const lints: number[] = [];
  const summaries: number[] = [];
  let current = text;
  let at = middle;
  for (let i = 0; i < count; i++) {
    const ch = i % 20 === 19 ? '\n' : typed[i % typed.length];
    current = current.slice(0, at) + ch + current.slice(at);
    at += ch.length;
    const start = process.hrtime.bigint();
    const result = linter.update(current);
    const linted = process.hrtime.bigint();
    summarize(result.document);
    summaries.push(Number(process.hrtime.bigint() - linted) / 1e6);
    lints.push(Number(linted - start) / 1e6);
  }
  row([`${label}: open (full lint)`, text.length, openMs.toFixed(0), '']);
  row([`${label}: keystroke lint p50 / p95`, text.length, `${median(lints).toFixed(1)} / ${percentile(lints, 95).toFixed(1)}`, `+ summary ${median(summaries).toFixed(1)} / ${percentile(summaries, 95).toFixed(1)}`]);
  return { p50: median(lints), p95: percentile(lints, 95) };
}
