// ### 4.1 … ⏎ #### 4.2 … ⏎ ### 4.3 …: one numbered Markdown heading typed at another level than its numbered siblings.

import type { Line } from './lines';
import type { Marker } from './markers';
import type { Outline, Section } from './outline';

export interface OddHeadingLevel {
  section: Section;
  /** The level its siblings share (3 for ###). */
  level: number;
  /** Two of the siblings at that level, to name in the message. */
  siblings: Section[];
  /** The run of # that opens its line: where the fix goes. */
  hashes: { start: number; end: number };
}

/**
 * The numbered Markdown headings of a group that stand at another level than all their siblings do: at least two
 * siblings share one level and this one alone has another. A group whose headings take two levels more than once, or
 * a heading whose line holds no run of # (a setext heading), is left alone.
 */
export function oddHeadingLevels(outline: Outline, lines: readonly Line[]): OddHeadingLevel[] {
  const out: OddHeadingLevel[] = [];
  for (const group of outline.groups) {
    const items = group.items.filter((s) => s.marker.headingLevel !== undefined && s.marker.kind !== 'heading');
    if (items.length < 3 || items.length !== group.items.length) continue;
    const byLevel = new Map<number, Section[]>();
    for (const s of items) (byLevel.get(s.marker.headingLevel!) ?? byLevel.set(s.marker.headingLevel!, []).get(s.marker.headingLevel!)!).push(s);
    if (byLevel.size !== 2) continue;
    const [[a, as], [b, bs]] = [...byLevel.entries()];
    const [level, many, odd] = as.length === 1 && bs.length >= 2 ? [b, bs, as[0]] : bs.length === 1 && as.length >= 2 ? [a, as, bs[0]] : [0, [], undefined];
    if (!odd) continue;
    const hashes = /^([ \t]*)(#{1,6})[ \t]/.exec(lines[odd.marker.line]?.text ?? '');
    if (!hashes || hashes[2].length !== odd.marker.headingLevel) continue;
    const before = many.filter((s) => s.marker.line < odd.marker.line);
    const after = many.filter((s) => s.marker.line > odd.marker.line);
    const siblings = [before[before.length - 1], after[0]].filter((s): s is Section => s !== undefined);
    if (siblings.length < 2) siblings.push(...many.filter((s) => !siblings.includes(s)).slice(0, 2 - siblings.length));
    out.push({ section: odd, level, siblings, hashes: { start: hashes[1].length, end: hashes[1].length + hashes[2].length } });
  }
  return out;
}

/**
 * ### （二）… ⏎ #### （三）… ⏎ ### （四）…: the level of the numbered Markdown headings of its kind right before and after
 * it, when they number on either side of it (its value less one, and plus one) at one level other than its own, with
 * no heading above both levels between them: the heading is their sibling typed at the wrong level (reported by
 * numbering-hierarchy), and is read at theirs. Dotted numbers, which name their level, are read by their number.
 */
export function siblingHeadingLevel(markers: readonly Marker[], before: readonly { marker: Marker }[], m: Marker): number | undefined {
  if (m.kind === 'dotted' || m.kind === 'heading' || m.value < 2) return undefined;
  const same = (o: Marker) => o.kind === m.kind && o.style === m.style && o.headingLevel !== undefined;
  let prev: Marker | undefined;
  for (let i = before.length - 1; i >= 0 && !prev; i--) {
    const o = before[i].marker;
    if (o.headingLevel === undefined) continue;
    if (same(o)) prev = o;
    else if (o.headingLevel < m.headingLevel!) return undefined;
  }
  if (!prev || prev.value !== m.value - 1 || prev.headingLevel === m.headingLevel) return undefined;
  const level = prev.headingLevel!;
  const top = Math.min(level, m.headingLevel!);
  const at = markers.indexOf(m);
  for (let j = at + 1; j < markers.length && j <= at + 300; j++) {
    const o = markers[j];
    if (o.headingLevel === undefined) continue;
    if (same(o)) return o.headingLevel === level && o.value === m.value + 1 ? level : undefined;
    if (o.headingLevel < top) return undefined;
  }
  return undefined;
}
