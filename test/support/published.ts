// Published text as a regression set: every warning and error the engine gives on professionally edited
// documents is listed in a reviewed snapshot (`findings.txt` beside the documents) with a one-line verdict,
// so a change that adds or drops a finding on published text fails until someone has read it.
//
// findings.txt, one entry per finding, in file and line order:
//
//   zh/kys2023-data.md:305 numbering-sequence
//     > #### 1.4.3 使用木兰系列许可证仓库数量变化趋势
//     ! Numbering repeats: “1.4.3” again after “1.4.3”; expected “1.4.4”
//     = true: the heading number 1.4.3 is used twice; the second is 1.4.4
//
// The header (file:line rule) is what is compared; `>` (the line's text) and `!` (the message) are rewritten
// on every update; `=` is the verdict: `true: …` (a defect a careful editor would want to know about) or
// `debatable: …`. New entries get `= UNREVIEWED`, which fails the test until a verdict replaces it. A false alarm
// is fixed, not recorded; only one whose cause belongs to work in progress elsewhere may be kept for a while as
// `false: … (who fixes it)`, and the review script lists those.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type Finding } from '../../server/src/engine';
import { FIXTURES } from './fixtures';

export const PUBLISHED_SETS = ['published', 'published-extra'] as const;
export type PublishedSet = (typeof PUBLISHED_SETS)[number];

export const UNREVIEWED = 'UNREVIEWED';
const SNAPSHOT_HEAD = [
  '# Reviewed findings on published text (see test/support/published.ts for the format).',
  '# Each entry: file:line rule, the line (>), the message (!), and the verdict (=): "true: …" or "debatable: …"',
  '# ("false: … (who fixes it)" only for a false alarm whose fix is under way elsewhere).',
  '# Regenerate with `npm run review:published` (prints the changes) and `-- --write` (keeps verdicts, marks new entries UNREVIEWED).',
  '',
];

export interface Entry {
  file: string;
  /** 1-based line. */
  line: number;
  rule: string;
  text: string;
  message: string;
  verdict: string;
}

export function setDir(set: PublishedSet): string {
  return path.join(FIXTURES, set);
}

export function snapshotPath(set: PublishedSet): string {
  return path.join(setDir(set), 'findings.txt');
}

/** The documents of a set, as paths relative to the set's folder (zh/…, en/…), sorted. */
export function documentsOf(set: PublishedSet): string[] {
  const root = setDir(set);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|txt)$/.test(entry.name) && dir !== root) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

function isReported(f: Finding): boolean {
  return f.severity === 'warning' || f.severity === 'error';
}

/** Every warning and error on every document of the set, as entries with no verdict yet. */
export function lintSet(set: PublishedSet): Entry[] {
  const entries: Entry[] = [];
  for (const file of documentsOf(set)) {
    const text = fs.readFileSync(path.join(setDir(set), file), 'utf8');
    const lines = text.split(/\r\n|\r|\n/);
    const findings = lint(text, { locale: 'en', format: file.endsWith('.md') ? 'markdown' : 'plain' }).filter(isReported);
    for (const f of findings) {
      const line = f.range.start.line;
      entries.push({ file, line: line + 1, rule: f.ruleId, text: excerpt(lines[line] ?? ''), message: f.message, verdict: '' });
    }
  }
  return sortEntries(entries);
}

function excerpt(line: string): string {
  const t = line.trim();
  return t.length > 160 ? t.slice(0, 159) + '…' : t;
}

function sortEntries(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}

export function keyOf(e: Pick<Entry, 'file' | 'line' | 'rule'>): string {
  return `${e.file}:${e.line} ${e.rule}`;
}

const HEADER = /^(\S.*):(\d+) (\S+)$/;

export function readSnapshot(set: PublishedSet): Entry[] {
  const file = snapshotPath(set);
  if (!fs.existsSync(file)) return [];
  const entries: Entry[] = [];
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const header = HEADER.exec(raw);
    if (header) {
      entries.push({ file: header[1], line: Number(header[2]), rule: header[3], text: '', message: '', verdict: '' });
      continue;
    }
    const current = entries[entries.length - 1];
    const body = /^\s+([>!=]) ?(.*)$/.exec(raw);
    if (!current || !body) throw new Error(`${path.relative(process.cwd(), file)}: cannot read the line “${raw}”`);
    if (body[1] === '>') current.text = body[2];
    else if (body[1] === '!') current.message = body[2];
    else current.verdict = body[2].trim();
  }
  return entries;
}

export function writeSnapshot(set: PublishedSet, entries: Entry[]): void {
  const body = entries.map((e) => `${keyOf(e)}\n  > ${e.text}\n  ! ${e.message}\n  = ${e.verdict || UNREVIEWED}\n`);
  fs.writeFileSync(snapshotPath(set), SNAPSHOT_HEAD.join('\n') + '\n' + body.join('\n'));
}

export interface Comparison {
  /** The current findings, each with the verdict kept from the snapshot (or UNREVIEWED). */
  merged: Entry[];
  added: Entry[];
  dropped: Entry[];
}

/**
 * Matches the current findings with the snapshot by file, line and rule (a multiset: two findings of one rule
 * on one line are two entries). A finding that moved to another line is an added and a dropped entry.
 */
export function compare(current: Entry[], snapshot: Entry[]): Comparison {
  const pool = new Map<string, Entry[]>();
  for (const e of snapshot) pool.set(keyOf(e), [...(pool.get(keyOf(e)) ?? []), e]);
  const added: Entry[] = [];
  const merged = current.map((e) => {
    const previous = pool.get(keyOf(e))?.shift();
    if (!previous) {
      const entry = { ...e, verdict: UNREVIEWED };
      added.push(entry);
      return entry;
    }
    return { ...e, verdict: previous.verdict || UNREVIEWED };
  });
  const dropped = [...pool.values()].flat();
  return { merged, added, dropped: sortEntries(dropped) };
}

/** A verdict is `true: reason` or `debatable: reason` (or `false: reason (who fixes it)`, for a while). */
export function isReviewed(verdict: string): boolean {
  return /^(true|debatable|false): \S/.test(verdict);
}

export function describeEntry(e: Entry): string {
  return `${keyOf(e)}\n    > ${e.text}\n    ! ${e.message}${e.verdict ? `\n    = ${e.verdict}` : ''}`;
}

/** Counts per rule: findings, how many of them are judged true, and the known false alarms. */
export function tally(entries: Entry[]): Map<string, { all: number; true: number; false: number }> {
  const counts = new Map<string, { all: number; true: number; false: number }>();
  for (const e of entries) {
    const c = counts.get(e.rule) ?? { all: 0, true: 0, false: 0 };
    c.all++;
    if (e.verdict.startsWith('true:')) c.true++;
    if (e.verdict.startsWith('false:')) c.false++;
    counts.set(e.rule, c);
  }
  return counts;
}
