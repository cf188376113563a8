// After "Renumber sections": the references in the draft that name a section it gave another number
// (详见第五部分 when 五、 became 四、). They may have meant the section as it was numbered; the writer checks them.
// Read with the cross-reference rule's own reader, so both agree on what a reference is.

import type { Range } from 'vscode-languageserver';
import type { ReportDocument, Renumbered } from './engine';
import { rangeIn } from './engine/model/paragraphs';
import { referencesIn, type Reference } from './engine/rules/cross-reference';

export interface RenumberedReference {
  range: Range;
  text: string;
  from: number;
  to: number;
}

/** Which marker kinds a reference of each kind names (第五部分 → 五、 or 第五部分, （六） → （六）). */
const NAMES: Partial<Record<Reference['kind'], readonly string[]>> = {
  part: ['part', 'cn'],
  chapter: ['chapter'],
  section: ['section'],
  item: ['cn-paren'],
};

export function referencesToRenumbered(doc: ReportDocument, renumbered: readonly Renumbered[]): RenumberedReference[] {
  if (renumbered.length === 0) return [];
  const found: RenumberedReference[] = [];
  for (const paragraph of doc.paragraphs) {
    // Articles (第X条) are not sections renumbering touches: they need not be read.
    for (const ref of referencesIn(paragraph, false)) {
      const kinds = NAMES[ref.kind];
      const hit = kinds && renumbered.find((r) => kinds.includes(r.section.marker.kind) && r.section.part === paragraph.part && r.from === ref.number[0]);
      if (hit) found.push({ range: rangeIn(paragraph, ref.start, ref.end), text: paragraph.text.slice(ref.start, ref.end), from: hit.from, to: hit.to });
    }
  }
  return found;
}
