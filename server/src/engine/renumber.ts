// "Renumber sections": every level numbered 1, 2, 3 within its parent, each marker in its own written style
// (一、 stays 一、, （1） stays （1）), a level the document numbers straight through (1…26 across 一、…十、)
// kept straight through. Restricted to some lines, markers outside them keep their numbers and those inside
// count on from the last one written before them.

import type { ReportDocument } from './model/document';
import { formatNumber } from './model/format-marker';
import { labelPrefix, type Section, type SiblingGroup } from './model/outline';
import { withoutQuotedItems } from './model/quoted-items';
import { withoutReproducedItems } from './model/reproduced-items';
import type { TextEdit } from './types';

export interface LineSpan {
  from: number;
  to: number;
}

/** A section whose number renumbering changes. */
export interface Renumbered {
  section: Section;
  from: number;
  to: number;
}

export function renumberEdits(doc: ReportDocument, span?: LineSpan): TextEdit[] {
  return renumberPlan(doc, span).edits;
}

/** The edits of renumbering, and which sections they give another number. */
export function renumberPlan(doc: ReportDocument, span?: LineSpan): { edits: TextEdit[]; renumbered: Renumbered[] } {
  const { outline } = doc;
  const renumbered: Renumbered[] = [];
  const inSpan = (s: Section) => !span || (s.marker.line >= span.from && s.marker.line <= span.to);
  const values = new Map<Section, number>();
  const lastOf = new Map<SiblingGroup, number>();
  const edits: TextEdit[] = [];
  for (const group of outline.groups) {
    if (group.items[0].marker.kind === 'heading' || doc.isPageFurniture(group.items[0].marker.line)) continue;
    // Paragraph numbers running on through unnumbered sub-headings (3.1 3.2 ### X 3.3) chain as the rule reads them.
    const chained = (outline.straightThrough.has(group.key) || group.throughPrefix === true) && group.previous !== undefined && !group.fresh;
    let next = chained ? (lastOf.get(group.previous!) ?? group.previous!.items[group.previous!.items.length - 1].marker.value) + 1 : 1;
    // The ids of a plan item named above them (## 4. Objective 3 ⏎ - 3.4 …, or Objective 2: … on a line of its own ⏎
    // 2.1 …) count on among themselves from the first one listed, and keep the plan item's number.
    const ids = new Map<string, number>();
    // “12. … ⏎ 13. …”: items quoted from another document keep its numbers, and so do items reproduced under a lead-in
    // that says so (…numbered 20 to 23 in the review… we reproduce them here: ⏎ 20. …), as numbering-sequence reads them.
    const quoted = new Set(group.items);
    for (const kept of withoutReproducedItems(doc.lines, withoutQuotedItems(doc.lines, group.items))) quoted.delete(kept);
    for (const section of group.items) {
      if (quoted.has(section)) continue;
      const label = labelPrefix(section, doc.lines);
      const key = label?.join('.');
      const due = key === undefined ? next : ids.get(key) ?? section.marker.value;
      const value = inSpan(section) ? due : section.marker.value;
      values.set(section, value);
      if (key === undefined) next = value + 1;
      else ids.set(key, value + 1);
      if (inSpan(section)) pushEdit(edits, section, label ? [...label, value] : pathOf(section, value, values));
      if (inSpan(section) && value !== section.marker.value) renumbered.push({ section, from: section.marker.value, to: value });
    }
    lastOf.set(group, next - 1);
  }
  return { edits: edits.sort((a, b) => a.range.start.line - b.range.start.line), renumbered };
}

/** A dotted marker's whole path under its renumbered parent (1.2 under a parent renumbered 3. becomes 3.1). */
function pathOf(section: Section, value: number, values: Map<Section, number>): number | number[] {
  const m = section.marker;
  if (m.kind !== 'dotted') return value;
  const parent = section.parent;
  const prefix = parent && parent.marker.kind === 'dotted' ? parentPath(parent, values) : parent && parent.marker.kind !== 'heading' && m.path.length === 2 ? [values.get(parent) ?? parent.marker.value] : m.path.slice(0, -1);
  return [...prefix.slice(0, m.path.length - 1), value];
}

function parentPath(parent: Section, values: Map<Section, number>): number[] {
  const path = pathOf(parent, values.get(parent) ?? parent.marker.value, values);
  return Array.isArray(path) ? path : [path];
}

function pushEdit(edits: TextEdit[], section: Section, value: number | number[]): void {
  const m = section.marker;
  const written = m.text.slice(m.numberStart - m.start, m.numberEnd - m.start);
  const wanted = formatNumber(m, value);
  if (wanted === written || wanted === '') return;
  edits.push({ range: { start: { line: m.line, character: m.numberStart }, end: { line: m.line, character: m.numberEnd } }, newText: wanted });
}
