// A1 … ⏎ A2 … ⏎ A4 … ⏎ A5 …: the refs of an action log, a risk register or a list of recommendations (A1, R1, Rec 1,
// Action 3, 建议1, 风险2) opening the lines of a table or a list, numbered 1, 2, 3… in order — read for the one step
// that skips or repeats.

import type { Line } from './lines';

export interface LabelSlip {
  line: number;
  start: number;
  end: number;
  found: string;
  previous: string;
  expected: string;
  previousLine: number;
  previousStart: number;
  previousEnd: number;
  kind: 'skip' | 'repeat';
}

/**
 * The label opening a line (after a Markdown table's bar or bold): the refs of logs and registers only — A (action), R
 * (risk, recommendation), I (issue), D (decision), AP; Action, Risk, Issue, Rec, Recommendation, Decision; 建议, 风险, 问题,
 * 措施, 任务 — not Q1 (a quarter), P1 (a priority), M6, B52 or any code of another kind.
 */
const LABEL = /^[ \t]*(?:\|[ \t]*)?(?:\*\*)?(?:(A|R|I|D|AP)(\d{1,3})|(Action|Risk|Issue|Rec\.?|Recommendation|Decision)[ ]?(\d{1,3})|(建议|风险|问题|措施|任务)(\d{1,3}))(?![\d.．]\d)(?=\*\*|[ \t|:：.．、，,)）]|$)/;

/** The lines before a log that say its refs are not all there: carried over, still open, some closed or removed. */
const PARTIAL = /matters arising|carried (?:forward|over)|brought forward|outstanding|still open|open actions|previous meetings?|earlier meetings?|last meeting|closed|removed|deleted|completed|withdrawn|superseded|merged|dropped|discharged|sorted by|in order of|by status|by priority|by score|excerpt|selected|extract|上次会议|上一次会议|遗留|已关闭|已完成|已办结|办结|销号|删除|撤销|合并|节选|摘录/i;

interface Labelled {
  line: number;
  start: number;
  end: number;
  word: string;
  text: string;
  value: number;
}

function labelOf(line: Line): Labelled | undefined {
  if (line.kind !== 'text') return undefined;
  const m = LABEL.exec(line.text);
  if (!m) return undefined;
  const word = m[1] ?? m[3] ?? m[5];
  const digits = m[2] ?? m[4] ?? m[6];
  const end = m[0].length;
  const start = /^[ \t]*(?:\|[ \t]*)?(?:\*\*)?/.exec(line.text)![0].length;
  return { line: line.index, start, end, word: word.replace(/\.$/, '').toLowerCase(), text: line.text.slice(start, end), value: Number(digits) };
}

/** The runs of labelled lines: one label word, lines one after another (blank lines and indented wraps between). */
function runsOf(lines: readonly Line[]): Labelled[][] {
  const runs: Labelled[][] = [];
  let run: Labelled[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    const label = labelOf(line);
    if (label && (run.length === 0 || run[0].word === label.word)) {
      run.push(label);
      continue;
    }
    if (label) {
      close();
      run.push(label);
      continue;
    }
    // An indented line carries on the item above it (a wrapped cell); anything else ends the run.
    if (run.length > 0 && line.kind === 'text' && /^[ \t]+\S/.test(line.text) && !/^[ \t]*\|/.test(line.text)) continue;
    close();
  }
  close();
  return runs;
}

/**
 * The one slip of each run that counts 1, 2, 3… but for one step: a skip by one (A2, A4: A3 missing), or a repeat where
 * the next goes on from the number it stands for (A2, A2, A4). A run of four or more labels, from 1; a run with a second
 * slip, or that goes back, is no series (sorted by status, an excerpt); nor one whose missing label the text names
 * elsewhere (A3 was closed), or under lines that say the refs are not all there (matters arising, closed actions removed).
 */
export function labelSlips(lines: readonly Line[]): LabelSlip[] {
  const out: LabelSlip[] = [];
  let whole: string | undefined;
  for (const run of runsOf(lines)) {
    if (run.length < 4 || run[0].value !== 1) continue;
    let slip: { at: number; kind: 'skip' | 'repeat'; expected: number } | undefined;
    let bad = false;
    for (let i = 1; i < run.length && !bad; i++) {
      const [prev, cur] = [run[i - 1].value, run[i].value];
      const due = slip?.kind === 'repeat' && slip.at === i - 1 ? prev + 2 : prev + 1;
      if (cur === due) continue;
      if (slip) bad = true;
      else if (cur === prev + 2) slip = { at: i, kind: 'skip', expected: prev + 1 };
      else if (cur === prev && i + 1 < run.length && run[i + 1].value === prev + 2) slip = { at: i, kind: 'repeat', expected: prev + 1 };
      else bad = true;
    }
    if (bad || !slip) continue;
    const first = run[0].line;
    const context = lines.slice(Math.max(0, first - 6), first).map((l) => l.text).join('\n') + '\n' + lines.slice(run[run.length - 1].line + 1, run[run.length - 1].line + 4).map((l) => l.text).join('\n');
    if (PARTIAL.test(context)) continue;
    const cur = run[slip.at];
    const prev = run[slip.at - 1];
    const expected = cur.text.replace(/\d+$/, String(slip.expected));
    // A3 named anywhere else in the text: its row was taken out on purpose (A3 was closed in July).
    whole ??= lines.map((l) => l.text).join('\n');
    if (new RegExp(`(?<![A-Za-z0-9])${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`).test(whole)) continue;
    out.push({ line: cur.line, start: cur.start, end: cur.end, found: cur.text, previous: prev.text, expected, previousLine: prev.line, previousStart: prev.start, previousEnd: prev.end, kind: slip.kind });
  }
  return out;
}

const LABEL_ANYWHERE = /(?<![A-Za-z0-9])(?:A|R|I|D|AP|Action|Risk|Issue|Rec\.?|Recommendation|Decision) ?\d|(?:建议|风险|问题|措施|任务)\d/;

/**
 * Whether a paragraph's text may bear on labelSlips: it holds a label (a row of a run, or the missing one named) or a
 * word that says a log is not all there. For Rule.checkSummary: such a paragraph is read whole.
 */
export function mayBearOnLabels(text: string): boolean {
  return LABEL_ANYWHERE.test(text) || PARTIAL.test(text);
}
