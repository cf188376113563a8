// The layer under the textarea that draws the marks. One block per line of the draft: a line wraps in a block
// exactly as it wraps in the textarea (a line break ends a paragraph either way), and a keystroke re-renders only
// the lines it changed, so the browser lays out one paragraph instead of the whole draft (120k characters of
// Chinese take hundreds of milliseconds to lay out again).

import { runsOf, type Mark } from './marks';

interface Block {
  /** The line's text and its marks (places and severities; not which finding, that changes with every lint). */
  key: string;
  el: HTMLElement;
  /** The mark elements in order, as runsOf gives them. */
  spans: HTMLElement[];
}

interface Line {
  text: string;
  offset: number;
  marks: Mark[];
}

export class Backdrop {
  private blocks: Block[] = [];
  /** Each finding's elements, for highlighting it and scrolling to it. */
  readonly runsByFinding = new Map<number, HTMLElement[]>();

  constructor(private readonly root: HTMLElement) {}

  render(text: string, marks: readonly Mark[]): void {
    const lines = linesOf(text, marks);
    const keys = lines.map(keyOf);
    const old = this.blocks;
    let head = 0;
    while (head < old.length && head < keys.length && old[head].key === keys[head]) head++;
    let tail = 0;
    while (tail < old.length - head && tail < keys.length - head && old[old.length - 1 - tail].key === keys[keys.length - 1 - tail]) tail++;
    const fresh: Block[] = [];
    for (let i = head; i < keys.length - tail; i++) fresh.push(this.block(lines[i], keys[i]));
    const before = old[old.length - tail]?.el ?? null;
    for (let i = head; i < old.length - tail; i++) old[i].el.remove();
    const fragment = document.createDocumentFragment();
    fragment.append(...fresh.map((b) => b.el));
    this.root.insertBefore(fragment, before);
    this.blocks = [...old.slice(0, head), ...fresh, ...old.slice(old.length - tail)];
    this.index(lines);
  }

  /** The top of the line holding `offset`, from the top of the text. */
  lineTop(text: string, offset: number): number {
    let line = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return this.blocks[line]?.el.offsetTop ?? 0;
  }

  private block(line: Line, key: string): Block {
    const el = document.createElement('div');
    const spans: HTMLElement[] = [];
    for (const run of runsOf(line.text.length, line.marks)) {
      const slice = line.text.slice(run.start, run.end);
      if (!run.severity) {
        el.append(slice);
        continue;
      }
      const span = document.createElement('span');
      span.className = `mark ${run.severity}${run.point ? ' point' : ''}`;
      span.textContent = slice;
      spans.push(span);
      el.append(span);
    }
    // An empty line still takes a line's height, as it does in the textarea.
    if (line.text.length === 0) el.append('\u200b');
    return { key, el, spans };
  }

  /** Which elements draw which finding (kept blocks have the same runs; their findings are this lint's). */
  private index(lines: Line[]): void {
    this.runsByFinding.clear();
    lines.forEach((line, i) => {
      const spans = this.blocks[i].spans;
      let s = 0;
      for (const run of runsOf(line.text.length, line.marks)) {
        if (!run.severity) continue;
        const span = spans[s++];
        span.classList.remove('active');
        for (const f of run.findings) {
          const list = this.runsByFinding.get(f);
          if (list) list.push(span);
          else this.runsByFinding.set(f, [span]);
        }
      }
    });
  }
}

/** The draft's lines (the textarea's text breaks lines with \n only), each with the marks on it, clipped to it. */
function linesOf(text: string, marks: readonly Mark[]): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (;;) {
    const end = text.indexOf('\n', offset);
    const stop = end === -1 ? text.length : end;
    lines.push({ text: text.slice(offset, stop), offset, marks: [] });
    if (end === -1) break;
    offset = end + 1;
  }
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let l = 0;
  for (const m of sorted) {
    while (l + 1 < lines.length && lines[l + 1].offset <= m.start) l++;
    for (let i = l; i < lines.length; i++) {
      const line = lines[i];
      const lineEnd = line.offset + line.text.length;
      if (line.offset > m.end || (line.offset === m.end && m.end > m.start)) break;
      const start = Math.max(m.start, line.offset) - line.offset;
      const end = Math.min(m.end, lineEnd) - line.offset;
      if (end > start || m.start === m.end) line.marks.push({ ...m, start, end });
    }
  }
  return lines;
}

function keyOf(line: Line): string {
  let key = line.text;
  for (const m of line.marks) key += `\u0000${m.start},${m.end},${m.severity}`;
  return key;
}
