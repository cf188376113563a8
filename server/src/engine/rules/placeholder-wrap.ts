/**
 * placeholder (part): the words around an XX on a hard-wrapped line, from the lines beside it in its paragraph.
 *
 * "…rather than the usual ⏎ XX pair", "…at Super Bowl ⏎ XX in New Orleans", "sizes up to XX- ⏎ large": what makes the
 * XX a word (the chromosomes, a Roman numeral's name before it, a size) stands on the line above or below. The line's
 * check reads the end of the line before and the start of the line after, in the same paragraph, with its own text.
 */

import type { Line } from '../model/lines';
import type { Paragraph } from '../model/paragraphs';

/** How much of a neighbouring line is read: as far as the line's own context reaches (CHROMOSOMES_NEAR: 80). */
const REACH = 80;

/** A line that holds XX (kept per line by the model: doc.lineFacts). */
export function xxFact(line: Line): number {
  return line.kind === 'text' && line.prose.includes('XX') ? 1 : 0;
}

/**
 * For each line holding XX whose paragraph goes on above or below it: the end of the line before and the start of the
 * line after, in that paragraph, as `before\nafter` (the prose has no line break).
 */
export function wrapContexts(lines: readonly Line[], paragraphs: readonly Paragraph[], facts: Uint8Array): Map<Line, string> {
  const out = new Map<Line, string>();
  let p = 0;
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === 0) continue;
    // Paragraphs are in the order of their lines: move on to the one that ends at or after this line.
    while (p < paragraphs.length && paragraphs[p].lastLine < i) p++;
    const paragraph = paragraphs[p];
    if (!paragraph || paragraph.firstLine > i || paragraph.firstLine === paragraph.lastLine) continue;
    // As far back and on as REACH goes: "…one X chromosome ⏎ is missing … the usual ⏎ XX pair" reads two lines up.
    let before = '';
    for (let k = i - 1; k >= paragraph.firstLine && before.length < REACH; k--) before = `${lines[k].prose.trim()} ${before}`;
    let after = '';
    for (let k = i + 1; k <= paragraph.lastLine && after.length < REACH; k++) after = `${after} ${lines[k].prose.trim()}`;
    before = before.trimEnd().slice(-REACH);
    after = after.trimStart().slice(0, REACH);
    if (before !== '' || after !== '') out.set(lines[i], `${before}\n${after}`);
  }
  return out;
}

/** For keyChanges: the lines whose context differs between two versions' maps. */
export function changedContexts(now: ReadonlyMap<Line, string>, last: ReadonlyMap<Line, string>, into: Line[]): Line[] {
  for (const [line, context] of now) if (last.get(line) !== context) into.push(line);
  for (const [line, context] of last) if (now.get(line) !== context) into.push(line);
  return into;
}
