// A model as plain data, to compare two models field by field (the incremental model against a fresh parse): objects
// that point at each other (a section's parent, a paragraph's section) are written as their positions.

import type { ReportDocument } from '../../server/src/engine';
import type { DateMention } from '../../server/src/engine/model/dates';
import type { Paragraph } from '../../server/src/engine/model/paragraphs';
import { CLOSERS } from '../../server/src/engine/rules/unpaired-mark';

export function modelSnapshot(doc: ReportDocument): unknown {
  const sectionIndex = new Map(doc.sections.map((s, i) => [s, i]));
  const groupIndex = new Map(doc.outline.groups.map((g, i) => [g, i]));
  const at = (s: unknown) => (s === undefined ? undefined : sectionIndex.get(s as never));
  const paragraphAt = (p: Paragraph) => doc.indexOf(p);
  const mention = (d: DateMention) => ({ ...d, paragraph: paragraphAt(d.paragraph) });
  return {
    lines: doc.lines.map((l) => ({ ...l })),
    // Kept from the version before when an edit leaves it (model/incremental.ts): compared with a fresh read.
    targets: doc.targets,
    directives: doc.directives,
    markers: doc.markers,
    sections: doc.sections.map((s) => ({
      marker: s.marker,
      key: s.key,
      parent: at(s.parent),
      children: s.children.map(at),
      group: groupIndex.get(s.group),
      part: s.part,
      endLine: s.endLine,
      title: s.title,
      misnested: s.misnested && at(s.misnested.under),
      beforeParent: s.beforeParent && { parentKey: s.beforeParent.parentKey, firstParent: at(s.beforeParent.firstParent) },
      strayBefore: s.strayBefore && at(s.strayBefore.next),
    })),
    groups: doc.outline.groups.map((g) => ({
      key: g.key,
      parent: at(g.parent),
      part: g.part,
      items: g.items.map(at),
      fresh: g.fresh,
      previous: g.previous && groupIndex.get(g.previous),
      prefix: g.prefix,
      previousPrefix: g.previousPrefix && groupIndex.get(g.previousPrefix),
    })),
    roots: doc.outline.roots.map(at),
    parts: doc.outline.parts,
    order: doc.outline.order,
    straightThrough: [...doc.outline.straightThrough],
    paragraphs: doc.paragraphs.map((p) => ({ ...p, section: at(p.section) })),
    // Read per part and kept for the parts an edit leaves alone (model/edited-stretch.ts): compared with a fresh read.
    reportTimes: doc.reportTimes.map((t) => ({
      ...t,
      titleLines: [...t.titleLines],
      signed: t.signed && { ...t.signed, mention: mention(t.signed.mention) },
    })),
    // Counted per line and moved on from the version before (model/document.ts): the closing marks unpaired-mark asks for.
    closersUsed: [...doc.charactersUsed(CLOSERS)],
    enumerations: doc.enumerations.map((e) => ({ ...e, items: e.items.map((item) => ({ ...item, paragraph: paragraphAt(item.paragraph) })) })),
  };
}
