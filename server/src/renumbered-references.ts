// After "Renumber sections": the references in the draft that name a section it gave another number (详见第五部分
// when 五、 became 三、, 见（二） when （二） became （一）, see Section 5 or see 3.2 below when 3.2 became 2.2). They
// follow the section: the renumber edit rewrites their number in the same edit, so 见第五部分 does not point at a
// section that is no longer there. A reference the draft names two sections for (（二） of two parts both renumbered)
// is left for the writer to check. References into another document (《意见》第三部分, Section 3.2 of [RFC9651]) are
// not read as references of this draft and stay as they are. Every member of a list of references is rewritten (见（四）
// 和第6部分, 详见“3.”和“五、”, 第三部分至第五部分), not only the first, which a reference word leads.
// Read with the engine's reader of references (the cross-reference rule's, and the lists it starts), and its reader of
// whose part a reference is (model/reference-owner.ts: "(b) financial penalties (section 38);" under a lead-in naming
// an Act, "the purposes set out in section 55" after the Act's section 55), so all agree on what a reference of this
// draft is.

import type { Range, TextEdit } from 'vscode-languageserver';
import { nearestSection, paragraphReferences, sectionsNamed, sectionsQuoted, type QuotedMarker, type ReportDocument, type Renumbered } from './engine';
import type { Section } from './engine/model/outline';
import { parseChineseNumeral, toChineseNumeral } from './engine/model/numerals';
import { rangeIn } from './engine/model/paragraphs';
import type { Reference } from './engine/model/reference-lists';
import { ReferenceOwners } from './engine/model/reference-owner';

export interface RenumberedReference {
  range: Range;
  text: string;
  from: number;
  to: number;
  /** Set when the renumber edit rewrote the reference's number (otherwise the writer checks it). */
  updated?: true;
}

/** The numbers a paragraph's references and quoted markers name that no section of the draft has (3.2, 三 → "3.2", "3"). */
function danglingNumbers(doc: ReportDocument, references: readonly Reference[], quoted: readonly QuotedMarker[]): Set<string> {
  const out = new Set<string>();
  for (const ref of references) if (sectionsNamed(doc, ref).length === 0) out.add(ref.path ? ref.path.join('.') : String(ref.number[0]));
  for (const marker of quoted) {
    if (sectionsQuoted(doc, marker).length > 0) continue;
    const number = QUOTED_NUMBER.exec(marker.quoted);
    if (!number) continue;
    const first = /^\d+$/.test(number[1]) ? Number(number[1]) : parseChineseNumeral(number[1]);
    out.add(number[2] !== undefined ? `${first}.${number[2].replace(/．/g, '.')}` : String(first));
  }
  return out;
}
/** The number of a quoted marker: 三 of “三、”, 2 of “（2）”, 3.2 of “3.2”. */
const QUOTED_NUMBER = /^[（(]?(\d+|[一二三四五六七八九十百零〇]+)(?:[.．](\d+(?:[.．]\d+)*))?/;

/** The sections the edits renumber, with each one's written number before and after (五 → 三, 3.2 → 2.2). */
interface Moved {
  section: Section;
  from: number;
  to: number;
  /** The whole old and new number of a dotted marker (3.2 → 2.2), or of a plain one. */
  oldPath: string;
  newPath: string;
}

export function referencesToRenumbered(doc: ReportDocument, renumbered: readonly Renumbered[], edits: readonly TextEdit[] = []): { references: RenumberedReference[]; edits: TextEdit[] } {
  const moved = movedSections(doc, renumbered, edits);
  if (moved.size === 0) return { references: [], edits: [] };
  const found: RenumberedReference[] = [];
  const referenceEdits: TextEdit[] = [];
  const owners = new ReferenceOwners(doc);
  for (const paragraph of doc.paragraphs) {
    // Articles (第X条) are not sections renumbering touches: they need not be read. Another document's parts are left
    // as they are (read in the draft's order, as the rule reads them).
    const read = paragraphReferences(paragraph, false);
    const references = read.references.filter((r) => !owners.elsewhere(r, paragraph));
    const quoted = read.quoted;
    // 详见第三、四部分 in a draft with no 三、: renumbering 四、 to 三、 would make the list name 三 twice. A number the
    // paragraph already names and no section has is not written again: the reference is left for the writer to check.
    const dangling = danglingNumbers(doc, references, quoted);
    for (const ref of references) {
      const named = sectionsNamed(doc, ref);
      if (!named.some((s) => moved.has(s))) continue;
      // Several sections of that number (（二） under 一、 and under 三、): the one around the reference, if any.
      const section = named.length === 1 ? named[0] : nearestSection(doc, ref);
      const hit = section && moved.get(section);
      if (section && !hit) continue; // names a section that kept its number
      const range = rangeIn(paragraph, ref.start, ref.end);
      const text = paragraph.text.slice(ref.start, ref.end);
      const written = paragraph.text.slice(ref.numberStart, ref.numberEnd);
      const wanted = hit && rewritten(written, ref, hit);
      if (hit && wanted !== undefined && !dangling.has(ref.path ? hit.newPath : String(hit.to))) {
        referenceEdits.push({ range: rangeIn(paragraph, ref.numberStart, ref.numberEnd), newText: wanted });
        found.push({ range, text, from: hit.from, to: hit.to, updated: true });
      } else {
        const first = moved.get(named.find((s) => moved.has(s))!)!;
        found.push({ range, text, from: first.from, to: first.to });
      }
    }
    for (const marker of quoted) quotedMarker(doc, marker, moved, found, referenceEdits, dangling);
  }
  return { references: found, edits: referenceEdits };
}

function movedSections(doc: ReportDocument, renumbered: readonly Renumbered[], edits: readonly TextEdit[]): Map<Section, Moved> {
  const editOn = new Map(edits.map((e) => [e.range.start.line, e]));
  const out = new Map<Section, Moved>();
  for (const r of renumbered) out.set(r.section, movedOf(r.section, r.from, r.to, editOn.get(r.section.marker.line)));
  // 3.1 under a parent renumbered 3. → 2.: its value stays 1 but its written number changes with the parent's.
  for (const edit of edits) {
    const section = doc.outline.sections.find((s) => s.marker.line === edit.range.start.line && s.marker.numberStart === edit.range.start.character);
    if (section && !out.has(section) && section.marker.kind === 'dotted') out.set(section, movedOf(section, section.marker.value, section.marker.value, edit));
  }
  return out;
}

function movedOf(section: Section, from: number, to: number, edit: TextEdit | undefined): Moved {
  const m = section.marker;
  const oldPath = m.kind === 'dotted' ? m.path.join('.') : String(from);
  const newPath = m.kind === 'dotted' && edit ? edit.newText.replace(/[．]/g, '.') : String(to);
  return { section, from, to, oldPath, newPath };
}

/** The reference's number as the section is now numbered, written as it was (五 → 三, 5 → 3, 3.2 → 2.2). */
function rewritten(written: string, ref: Reference, hit: Moved): string | undefined {
  if (ref.path) return hit.newPath;
  if (/^\d+$/.test(written)) return String(hit.to);
  if (/^[一二三四五六七八九十百零〇]+$/.test(written)) return toChineseNumeral(hit.to);
  return undefined;
}

/** 详见“3.”, 和“五、”: the quoted marker's number rewritten as its section's new one. */
function quotedMarker(doc: ReportDocument, marker: QuotedMarker, moved: ReadonlyMap<Section, Moved>, found: RenumberedReference[], edits: TextEdit[], dangling: ReadonlySet<string>): void {
  const { paragraph, quoted } = marker;
  const named = sectionsQuoted(doc, marker);
  if (!named.some((s) => moved.has(s))) return;
  const section = named.length === 1 ? named[0] : nearestSection(doc, marker);
  const hit = section && moved.get(section);
  if (section && !hit) return;
  const start = marker.start + 1;
  const range = rangeIn(paragraph, marker.start, marker.end);
  const shown = paragraph.text.slice(marker.start, marker.end);
  if (!hit || dangling.has(hit.section.marker.kind === 'dotted' ? hit.newPath : String(hit.to))) {
    const first = hit ?? moved.get(named.find((s) => moved.has(s))!)!;
    found.push({ range, text: shown, from: first.from, to: first.to });
    return;
  }
  const mk = hit.section.marker;
  const numberAt = mk.numberStart - mk.start;
  const written = quoted.slice(numberAt, numberAt + (mk.numberEnd - mk.numberStart));
  const wanted = mk.kind === 'dotted' ? hit.newPath : /^\d+$/.test(written) ? String(hit.to) : toChineseNumeral(hit.to);
  edits.push({ range: rangeIn(paragraph, start + numberAt, start + numberAt + written.length), newText: wanted });
  found.push({ range, text: shown, from: hit.from, to: hit.to, updated: true });
}
