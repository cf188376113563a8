// 二、存在的主要问题 ⏎ 1.企业梯队结构不够合理。 ⏎ … ⏎ （二）研发投入强度不够均衡。 ⏎ （三）…: the parent's first item
// written in the style of a lower level (1.) where its own level's first (（一）) belongs — the list of （二）（三）
// starts at 2 because its 1 is the 1. above it, not because a heading is missing.

import type { Line } from './lines';
import type { Outline, Section } from './outline';

/**
 * The lone item standing in for the first of `first`'s group (the 1. before （二）, the （一） before 二、), or undefined.
 * It is the parent's child (or the part's top-level section) right before `first`, numbered 1, the only one of its level under the parent, with nothing under it, of a
 * level the document ranks below `first`'s; both are plain lines (no Markdown heading or list item) of one shape (a
 * short title line each, or each running on into its text).
 */
export function strayFirstBefore(outline: Outline, first: Section, lines: readonly Line[]): Section | undefined {
  if (first.marker.value !== 2 || first.group.items[0] !== first) return undefined;
  // （一）汛情基本情况 ⏎ … ⏎ 二、主要工作措施: at the top of the draft, the sections of its part are the siblings.
  const children = first.parent ? first.parent.children : outline.roots.filter((s) => s.part === first.part);
  const parent = { children };
  const at = parent.children.indexOf(first);
  const stray = at > 0 ? parent.children[at - 1] : undefined;
  if (!stray || stray.key === first.key || stray.marker.value !== 1 || stray.children.length > 0) return undefined;
  if (stray.group.items.length !== 1 || parent.children.filter((c) => c.key === stray.key).length !== 1) return undefined;
  if (parent.children.some((c) => c.key === first.key && c.marker.line < first.marker.line)) return undefined;
  for (const s of [stray, first]) if (s.marker.listItem || s.marker.headingLevel !== undefined || s.marker.tentative) return undefined;
  const rank = (key: string) => outline.order.indexOf(key);
  if (rank(stray.key) < 0 || rank(first.key) < 0 || rank(stray.key) < rank(first.key)) return undefined;
  const short = (s: Section) => (lines[s.marker.line]?.prose ?? '').trim().length <= 40;
  return short(stray) === short(first) ? stray : undefined;
}

/** Whether `section` is such a lone item, before its level's 2 (numbering-sequence reports it; nothing else does). */
export function isStrayFirst(outline: Outline, section: Section, lines: readonly Line[]): boolean {
  const siblings = section.parent ? section.parent.children : outline.roots.filter((s) => s.part === section.part);
  const next = siblings[siblings.indexOf(section) + 1];
  return next !== undefined && !next.group.fresh && strayFirstBefore(outline, next, lines) === section;
}
