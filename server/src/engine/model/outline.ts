// Builds the section tree from the markers: which level each marker is, who its parent is,
// which markers are siblings, and how this document orders and numbers its levels.

import { lastNonSpaceCode, leadingColumns } from './chars';
import { baseStyle, formatMarker } from './format-marker';
import type { Line } from './lines';
import { siblingHeadingLevel } from './heading-level-odd';
import type { Marker, MarkerKind } from './markers';
import type { TextFormat } from '../types';
import { firstAt } from '../sorted';
import { isGroupLabel, labelNumber, mayBeTitled, readTitled } from './titled-headings';
import { quotedItemsReads } from './quoted-items';

export interface Section {
  marker: Marker;
  /** Level identity: the marker kind (`cn`, `arabic`…), `h2` for Markdown headings, `arabic@1` for a nested list. */
  key: string;
  parent?: Section;
  children: Section[];
  group: SiblingGroup;
  part: number;
  /** Last line that belongs to the section (its heading line included). */
  endLine: number;
  /** Heading text as shown in the outline: marker and title up to the first sentence end. */
  title: string;
  /** Set when the writer nested this level under one that ranks below it in this document. */
  misnested?: { under: Section };
  /** Set on the first section of a level that appears before any section of its parent level. */
  beforeParent?: { parentKey: string; firstParent: Section };
  /**
   * Set on a lone first item (1.) put straight under its parent (二、) right before that parent's first section of a
   * level above it (（一）), whose own list then starts again at 1. — or, `lone`, does not come back before the parent's
   * level does (二、 / 1.概述 / （一） / （二） / 三、): a stray line, not a parent of the （一）.
   */
  strayBefore?: { next: Section; lone?: boolean };
}

export interface SiblingGroup {
  key: string;
  parent?: Section;
  part: number;
  items: Section[];
  /** A list that starts afresh after a lead-in (…如下：) or a Markdown paragraph: it restarts at 1. */
  fresh: boolean;
  /** The group numbered before this one at the same level, for documents that number straight through. */
  previous?: SiblingGroup;
  /**
   * Dotted numbers with no numbered parent (### 1.1 … ### 2.1 under an unnumbered heading) are grouped by their
   * prefix: 2.1 after 1.2 starts the next group. `prefix` is the group's [2]; `previousPrefix` the group before.
   */
  prefix?: number[];
  previousPrefix?: SiblingGroup;
  /**
   * Set on such a group (### Long-Term Obligations ⏎ 3.4 …) that goes on from the group of its prefix before it
   * (`previous`: ### General Fund ⏎ 3.1 … 3.3): the document numbers a section's paragraphs through its unnumbered
   * sub-headings, as more of its groups of one prefix go on than start again at x.1.
   */
  throughPrefix?: boolean;
}

export interface Part {
  startLine: number;
  endLine: number;
}

export interface Outline {
  roots: Section[];
  /** All sections in document order. */
  sections: Section[];
  groups: SiblingGroup[];
  /** Stretches of the text numbered independently (a compilation of several drafts: 篇一, 篇二…). */
  parts: Part[];
  /** Level keys from the highest to the lowest, in the order this document uses them. */
  order: string[];
  /** Level keys the document numbers straight through across parents (1…26 across 一、…十、). */
  straightThrough: Set<string>;
  /**
   * Lines read as text by a check the incremental model's other tests do not cover (sentencesUnderTitle), as pairs
   * first, last (both included), in no order: an edit that touches one of them builds the outline again
   * (model/incremental.ts). Absent when no such check read any line.
   */
  watched?: number[];
}

const KIND_RANK: Record<MarkerKind, number> = {
  heading: 0,
  part: 10,
  chapter: 11,
  section: 12,
  'roman-upper': 15,
  cn: 20,
  'cn-paren': 30,
  'latin-upper': 35,
  arabic: 40,
  dotted: 41,
  'arabic-half': 45,
  'arabic-paren': 50,
  'latin-lower': 55,
  circled: 60,
  'roman-lower': 65,
};

/**
 * 一、 / （1）学校食堂。 / 1.学校负责人陪餐制度… / （2）校外供餐单位。: a lone 1. between two items of a list, which the
 * usual order (GB/T 9704: 1. above （1）) puts above that list — no evidence that the document nests 1. under （1）: a
 * paragraph of the higher level put in the wrong place (numbering-hierarchy's inversion). Not a sublist (1. 2. under
 * （1）), nor one where the usual order agrees (（1） under 1.); and such items are evidence of nothing only where no
 * other item nests the two levels so.
 */
function wedged(parent: KeyedMarker, item: KeyedMarker, next: KeyedMarker | undefined): boolean {
  return (
    GBT_LEVELS.has(item.key) && GBT_LEVELS.has(parent.key) && next !== undefined && next.key === parent.key && next.marker.value === parent.marker.value + 1 && canonicalRank(item.key) < canonicalRank(parent.key) &&
    item.marker.headingLevel === undefined && parent.marker.headingLevel === undefined && !item.marker.listItem && !parent.marker.listItem && !item.key.includes('@')
  );
}

/** The four levels of GB/T 9704 (一、 （一） 1. （1））: an English A. under 1. is no such slip. */
const GBT_LEVELS = new Set(['cn', 'cn-paren', 'arabic', 'arabic-paren']);

/** The usual order of levels (GB/T 9704 for Chinese documents); a document's own consistent order wins over it. */
export function canonicalRank(key: string): number {
  if (/^h[1-6]$/.test(key)) return Number(key[1]);
  const [base, depth] = key.split('@');
  const dotted = /^dotted(\d)$/.exec(base);
  const rank = dotted ? KIND_RANK.dotted + Number(dotted[1]) - 2 : KIND_RANK[base as MarkerKind] ?? 99;
  return rank + (depth ? Number(depth) * 100 : 0);
}

/**
 * A new draft in a compilation (…篇二, 篇二：…) or an attachment, which numbers afresh: 附件1 alone on its line, or
 * with its title (附件2：查处超速行驶操作规程) — a title, not a sentence (附件2：…。 is text about it) nor a file
 * to download (附件2：经费统计表.xlsx, a link of the page the text was copied from). An appendix too: 附录, 附录A,
 * 附录：技术术语解释 (a guideline's glossary after its 九、, numbered （一） afresh).
 */
const PART_BREAK =
  /(?:篇|范文|样文|例文)[一二三四五六七八九十]{1,3}\s*$|^\s*(?:篇|范文)[一二三四五六七八九十]{1,3}\s*[：:、.．\s]|^\s*附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[:：]?\s*$|^\s*附\s*件\s*[\d一二三四五六七八九十]{1,3}\s*[:：、.．\s]\s*(?![\d一二三四五六七八九十]{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|.*\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar)\s*$)[^\s。；！？!?;][^。；！？!?;]*$|^\s*附\s*[录錄]\s*[\dA-Z一二三四五六七八九十]{0,3}\s*(?:[:：、.．\s]\s*(?![\d一二三四五六七八九十]{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)])[^\s。；！？!?;][^。；！？!?;]{0,30})?$/i;

/**
 * An English attachment's title line, as 附件2：… is a Chinese one: Attachment A: Status report for the Apache Ant
 * Project, ATTACHMENT 3 — a document of its own appended (board minutes with the committees' reports), numbered
 * afresh. Not an Appendix or an Annex: those are parts of the same document, which refers to its sections from them.
 */
const EN_ATTACHMENT_BREAK = /^\s*(?:Attachment|ATTACHMENT)\s+(?:[A-Z]{1,2}|\d{1,3})\s*(?:[:：.–—-]\s*[^.;!?。；！？]{0,60})?$/;

/**
 * 议题二：关于调整部分学校学区划分的请示: the title of one paper in a meeting's papers (会议材料汇编), each numbered from
 * 一、 — a part when the first marker under it is a first item (一、 1.); a topic listed in a notice (二、会议议题 ⏎
 * 议题一：… ⏎ 议题二：… ⏎ 三、参会人员) is no part.
 */
/**
 * 附件：居民意见征集要点 (no number): an annex's title, a part of its own when the top level starts again under it (一、
 * after the draft's 四、). Not the attachment list of a notice (附件：1. 名单 2. 表), nor a file (附件：统计表.xlsx).
 */
const UNNUMBERED_ATTACHMENT = /^\s*附\s*件\s*(?:[:：]|[ \t\u3000]+)\s*(?![\d一二三四五六七八九十]{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|.*\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar)\s*$)[^\s\d。；！？!?;，,][^。；！？!?;，,]{1,30}$/;

const AGENDA_PAPER_BREAK = /^\s*议题[一二三四五六七八九十\d]{1,3}\s*(?:[：:、.．\s]\s*[^\s。；！？!?;][^。；！？!?;]*)?$/;

export function buildOutline(lines: Line[], markers: Marker[], format: TextFormat): Outline {
  const parts = findParts(lines, markers);
  const watched: number[] = [];
  const keyed = assignKeys(lines, markers, format, watched);
  const proseBefore = leadIns(lines);
  const order = inferOrder(keyed, parts, proseBefore.leadIn);
  const rank = new Map(order.map((key, i) => [key, i]));
  const rankOf = (key: string) => rank.get(key) ?? canonicalRank(key) + 1000;

  const sections: Section[] = [];
  const groups: SiblingGroup[] = [];
  const roots: Section[] = [];

  // Markers are in line order and parts follow one another: each part reads on from where the last one stopped
  // (visiting every marker once per part was quadratic in a compilation of many parts).
  let next = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const stack: Section[] = [];
    const rootGroups = new Map<string, SiblingGroup>();
    const childGroups = new Map<Section, Map<string, SiblingGroup>>();
    // A Markdown list that started afresh → the list it interrupted at the same level.
    const interrupted = new Map<SiblingGroup, SiblingGroup>();
    let previous: Section | undefined;
    const partFirstSection = sections.length;

    for (; next < keyed.length && keyed[next].marker.line <= part.endLine; next++) {
      const { marker, key: initialKey } = keyed[next];
      if (marker.line < part.startLine) continue;
      const reading = chooseReading(marker, stack, keyed[next + 1]?.marker, lines);
      if (!reading || mentionsPart(reading.marker, stack)) continue;
      const m = reading.marker;
      let key = reading.key ?? (m === marker ? initialKey : rekey(initialKey, m));
      // ### 5.1 Income ⏎ ### 5.2 Expenditure ⏎ 5.3 Member contributions made up…: a numbered paragraph going on from the
      // numbered headings of its section is their sibling (one run of numbers), not a paragraph under the 5.2.
      const sibling = m.kind === 'dotted' ? dottedSibling(stack, m, key) : undefined;
      if (sibling) key = sibling.key;
      // 3.2 Of the 83 findings… (or ### 3.2 Reachability) ⏎ ### 3.2.1 Notable findings: a dotted heading at the level of
      // the open section whose number it extends by one is that section's child (its first subsection), not a sibling.
      else if (m.kind === 'dotted' && HEADING_KEY.test(key) && dottedParent(stack, m, key)) key = `dotted${m.path.length}`;
      // 一、 二、（一）（二） 一、存在的不足 三、…: a first item of the top level, followed by that level going on past 二、
      // (三、), is the top level numbered 一 by mistake (numbering-sequence's finding), not a list under （二）. Asked only
      // of a first item whose level is the bottom of the stack, which is rare.
      let renumbersTop = false;
      if (m.value === 1 && stack.length > 1 && stack[0].key === key && stack[0].marker.value >= 2 && m.headingLevel === undefined) {
        for (let j = next + 1; j < keyed.length && j <= next + 200 && keyed[j].marker.line <= part.endLine; j++) {
          if (keyed[j].key !== key) continue;
          renumbersTop = keyed[j].marker.value > stack[0].marker.value;
          break;
        }
      }
      // 二、 / 1.预算编制不够科学的问题 / （一）… / 1. 2. 3. / （二）: a lone 1. right before the first （一） of its parent,
      // whose level then starts again at 1. under the （一）, is a stray line before the （一）, not the （一）'s parent.
      const top = stack[stack.length - 1];
      let strayTop = false;
      let restarted = false;
      if (
        top && m.value === 1 && previous === top && top.marker.value === 1 && top.group.items.length === 1 && top.parent && !top.marker.listItem &&
        top.marker.headingLevel === undefined && m.headingLevel === undefined && !m.listItem && key !== top.key &&
        rankOf(key) < rankOf(top.key) && rankOf(top.parent.key) < rankOf(key) && top.parent.key !== key
      ) {
        const after = afterFirstSub(keyed, next, part.endLine, key, top.key, rankOf);
        // 二、 / 1.概述 / （一）… / （二）… / 三、: no list of the 1.'s level follows at all — the 1. stood alone; not
        // after a lead-in (…如下：), whose list it opens.
        restarted = after === 'restarts';
        strayTop = restarted || (after === 'lone' && !proseBefore.leadIn.has(top.marker.line));
      }
      if (strayTop) stack.pop();
      // 1. ⏎ （1） ⏎ 1. ⏎ 1.: a list whose automatic numbering was lost in a paste (every item 1.), a sub-item under its
      // first: the next 1. is the list's next item (numbering-sequence's one finding), not a list put under the （1）.
      const lostOne = m.value === 1 && !m.listItem && top !== undefined && top.key !== key && stack.some((s) => s.key === key && s.marker.value === 1) && nextValueOf(keyed, next, part.endLine, key) === 1;
      const titledAbove = format !== 'markdown' && previous !== undefined && titleBetween(proseBefore, previous.marker.line, m.line, m.indent, lines);
      // 三、 ⏎ 1. 管养标准执行不统一 ⏎ （一）… ⏎ （二）… ⏎ 2. …: in Markdown, a list item 1. (no lead-in) right before a first
      // （一） of a higher level, its list going on with a 2. after the （一） list: the writer nested that list under the
      // 1., an inversion (as a plain 1. there is: placeInStack).
      const underListItem = !strayTop && listItemInverted(top, previous, m, key, rankOf, keyed, next, part.endLine, proseBefore.leadIn, lines);
      const { parent, misnestedUnder } = underListItem
        ? { parent: top, misnestedUnder: top }
        : placeInStack(stack, m, key, previous, rankOf, lines, renumbersTop || lostOne, proseBefore.leadIn.has(m.line), titledAbove);

      const scope = parent ? getOrCreate(childGroups, parent, () => new Map<string, SiblingGroup>()) : rootGroups;
      // Dotted numbers under no numbered parent are grouped by prefix: 1.1 1.2 | 2.1 2.2.
      const prefix = m.kind === 'dotted' && (!parent || parent.marker.kind === 'heading') ? m.path.slice(0, -1) : undefined;
      const scopeKey = prefix ? `${key}|${prefix.join('.')}` : key;
      let group = scope.get(scopeKey);
      const startsFresh =
        group !== undefined &&
        ((m.value === 1 &&
          (proseBefore.leadIn.has(m.line) || m.note === true || (m.listItem && listBroken(group, m, proseBefore, lines)) || (format !== 'markdown' && titledBetween(group, m, proseBefore, lines)))) ||
          afterFrontList(group, m, sections.length - partFirstSection, keyed[next + 1]?.marker, lines) ||
          (format !== 'markdown' && sectionsAfterHeadedList(group, m, keyed[next + 1]?.marker, proseBefore, lines)));
      if (group && !startsFresh && m.listItem && m.value > 1 && group.fresh && !countsOn(group, m.value) && !repeatsOrStepsBack(group, m.value)) {
        // 3. after a list that started afresh (1. 1. 1. or 1. 2. under a lead-in) resumes the list it interrupted.
        const resumed = resumedList(interrupted.get(group), m, lines);
        if (resumed) scope.set(scopeKey, (group = resumed));
      } else if (group && !startsFresh && !m.listItem && format !== 'markdown' && m.value > 2 && group.fresh && !countsOn(group, m.value) && !repeatsOrStepsBack(group, m.value) && titledBetween(group, m, proseBefore, lines)) {
        // 9. … ⏎ Agreed action ⏎ 1. … ⏎ 2. … ⏎ Final decision ⏎ 10. …: under a heading of its own after a list numbered
        // afresh under another, the paragraph that goes on from the paragraphs before that list resumes their count.
        const resumed = resumedParagraphs(interrupted.get(group), m);
        if (resumed) scope.set(scopeKey, (group = resumed));
      } else if (group && !startsFresh && !m.listItem && format !== 'markdown' && group.fresh && m.value > 1) {
        // 1. Finance ⏎ Resolved: ⏎ 1. To approve… ⏎ 2. … ⏎ 3. … ⏎ 2. Estates: minutes with no blank lines — the
        // resolutions restart at 1 under the item, and the next short title goes on with the items (a 3. Estates there
        // skips the 2., it does not repeat the resolutions' 3.).
        const resumed = resumedHeadings(interrupted.get(group), group, m);
        if (resumed) scope.set(scopeKey, (group = resumed));
      }
      if (!group || startsFresh) {
        const before = group;
        group = { key, parent, part: p, items: [], fresh: startsFresh, prefix };
        if (before) interrupted.set(group, before);
        if (prefix) group.previousPrefix = scope.get(`${key}|`);
        if (prefix) scope.set(`${key}|`, group);
        scope.set(scopeKey, group);
        groups.push(group);
      }

      const section: Section = {
        marker: m, key, parent, children: [], group, part: p, endLine: m.line, title: titleOf(lines[m.line], m),
        misnested: misnestedUnder ? { under: misnestedUnder } : undefined,
      };
      if (strayTop) top.strayBefore = { next: section, lone: !restarted };
      group.items.push(section);
      (parent ? parent.children : roots).push(section);
      sections.push(section);
      stack.push(section);
      previous = section;
    }
  }

  computeEnds(sections, parts, lines);
  markBeforeParent(sections, parts, rankOf, proseBefore.leadIn, lines);
  const straightThrough = linkStraightThrough(groups);
  const outline: Outline = { roots, sections, groups, parts, order, straightThrough };
  if (watched.length) outline.watched = watched;
  return outline;
}

interface KeyedMarker {
  marker: Marker;
  key: string;
}

/**
 * After the first （一） (`key`) at keyed[at], the next marker of the level below (`lowerKey`, the 1.'s) is a 1.: the
 * list starts again under the （一） or the （二） ('restarts'). None comes before 三、 (a level above the （一）): the 1.
 * stood alone ('lone'). Otherwise undefined — a 2. goes on from the 1. (二、 / 1.师德 / （一）（二） /
 * 2.: the writer nested the （一） list under the 1., an inversion).
 */
function afterFirstSub(keyed: KeyedMarker[], at: number, endLine: number, key: string, lowerKey: string, rankOf: (key: string) => number): 'restarts' | 'lone' | undefined {
  for (let j = at + 1; j < keyed.length && j <= at + 200 && keyed[j].marker.line <= endLine; j++) {
    const { marker, key: k } = keyed[j];
    if (marker.tentative) continue;
    if (k === lowerKey) return marker.value === 1 ? 'restarts' : undefined;
    if (k !== key && rankOf(k) < rankOf(key)) return 'lone';
  }
  // The part ends first: a text cut short may go on with the 2. (the 1. named in a table of contents before it).
  return undefined;
}

/**
 * A first （一） (`m`, not a list item) right under a Markdown list item 1. (`top`, the one item of its list so far, with no
 * lead-in: 1. 《条例》规定如下： opens a quotation) where the document's order puts （一） above 1. and the 1.'s parent
 * above （一）, and the 1.'s list goes on with a 2. after the （一） list: the higher level nested under the lower.
 */
function listItemInverted(
  top: Section | undefined, previous: Section | undefined, m: Marker, key: string, rankOf: (key: string) => number,
  keyed: KeyedMarker[], at: number, endLine: number, leadIn: ReadonlySet<number>, lines: Line[],
): boolean {
  if (!top || previous !== top || !top.marker.listItem || top.marker.kind !== 'arabic' || top.marker.value !== 1 || top.group.items.length !== 1) return false;
  if (m.listItem || m.headingLevel !== undefined || m.value !== 1 || key === top.key || !top.parent || top.parent.key === key) return false;
  if (!(rankOf(key) < rankOf(top.key) && rankOf(top.parent.key) < rankOf(key))) return false;
  // Indented under the item, or after its lead-in: the item's own quoted list.
  if (m.indent > top.marker.indent || leadIn.has(top.marker.line) || /[：:]\s*$/.test(lines[top.marker.line]?.prose ?? '')) return false;
  return afterFirstSub(keyed, at, endLine, key, top.key, rankOf) === undefined && nextValueOf(keyed, at, endLine, top.key) === 2;
}

/** The number of the next marker of level `key` after keyed[at], within the part (a few hundred markers at most). */
function nextValueOf(keyed: KeyedMarker[], at: number, endLine: number, key: string): number | undefined {
  for (let j = at + 1; j < keyed.length && j <= at + 200 && keyed[j].marker.line <= endLine; j++) {
    if (keyed[j].key === key && !keyed[j].marker.tentative) return keyed[j].marker.value;
  }
  return undefined;
}

/** Level keys: Markdown headings by depth; nested Markdown list items by list depth; otherwise the marker kind. */
function assignKeys(lines: Line[], markers: Marker[], format: TextFormat, watched: number[]): KeyedMarker[] {
  const out: KeyedMarker[] = [];
  let indents: number[] = [];
  const plainIndents = new Map<string, number[]>();
  let lastLine = -1;
  for (const marker of markers) {
    if (marker.headingLevel !== undefined) {
      out.push({ marker, key: `h${siblingHeadingLevel(markers, out, marker) ?? marker.headingLevel}` });
      indents = [];
      lastLine = marker.line;
      continue;
    }
    const base = marker.kind === 'dotted' ? `dotted${marker.path.length}` : marker.kind;
    if (format !== 'markdown') {
      out.push({ marker, key: plainKey(marker, base, out[out.length - 1], plainIndents, lines, out, watched) });
      continue;
    }
    if (!marker.listItem) {
      out.push({ marker, key: base });
      continue;
    }
    // A paragraph at the margin between two items ends the list, and with it the nesting.
    for (let l = lastLine + 1; l < marker.line; l++) {
      const line = lines[l];
      if (line.kind === 'text' && leadingColumns(line.prose) === 0) indents = [];
    }
    while (indents.length && marker.indent < indents[indents.length - 1]) indents.pop();
    if (!indents.length || marker.indent > indents[indents.length - 1]) indents.push(marker.indent);
    // List items always carry their depth (arabic@0): they are never the same level as a pseudo-heading **1、**.
    out.push({ marker, key: `${base}@${indents.length - 1}` });
    lastLine = marker.line;
  }
  return out;
}

/**
 * Plain text has no list syntax, but indentation says the same: a 1. indented under 2. FINDINGS, right after
 * it, starts a sub-list (key `arabic@1`) that lasts until a marker of its kind comes back to the margin. So does
 * an indented 1. after a lead-in paragraph indented as deep, in a section whose heading stands further left (an
 * RFC: `2.3.  Client Behavior` at the margin, its text and its list `1.  chooses…` indented three spaces).
 * Uniform indentation (every paragraph indented by two full-width spaces) changes nothing.
 */
function plainKey(marker: Marker, base: string, previous: KeyedMarker | undefined, stacks: Map<string, number[]>, lines: Line[], keyed: KeyedMarker[], watched: number[]): string {
  // Resolved: ⏎ 1. To approve… ⏎ 2) To ask…: the next item of a sub-list in the other bracket goes on in it (the
  // outline reads it as that list's 2.); it does not end the sub-list.
  if (base === 'arabic-half' && previous?.marker.kind === 'arabic' && previous.key.startsWith('arabic@') && previous.marker.value === marker.value - 1 && previous.marker.indent === marker.indent) {
    return previous.key;
  }
  // A marker of another kind at or left of a sub-list's parent ends that sub-list.
  for (const [kind, stack] of stacks) {
    if (kind !== base && stack.length > 1 && marker.indent <= stack[0]) stack.length = 1;
  }
  let stack = stacks.get(base);
  if (!stack) stacks.set(base, (stack = []));
  // 1. Actions ⏎ The following actions were agreed: ⏎ 1. … ⏎ 1. … ⏎ 2. Decisions: a list at the margin after a lead-in,
  // under a heading of the same style (a short title alone between blank lines), is a level below it — until the
  // heading's next number comes back as such a title.
  if (base === 'arabic' && stack.length === 1 && marker.value === 1 && stack[0] === marker.indent) {
    const parent = findLast(keyed, (k) => k.key === base);
    // 5 Rollout ⏎ 1. Train… ⏎ 2. Migrate…: a 1. list under a bare-number heading (1 Purpose, read as a section) is a
    // level below it, lead-in or not, its items sentences or titles (1. Training) — its style (1.) is not the heading's (1 ).
    const underBare = parent !== undefined && parent === previous && parent.marker.style === '1 ' && marker.style !== '1 ';
    if (parent && parent.marker.indent === marker.indent && titleAlone(lines, parent.marker) && (underBare || sentencesUnderTitle(lines, keyed, parent, marker, watched) || (!titleAlone(lines, marker) && leadInBetween(lines, parent.marker.line, marker.line, marker.indent)))) {
      stack.push(marker.indent);
      return `${base}@1`;
    }
  } else if (base === 'arabic' && stack.length === 2 && stack[1] === stack[0] && marker.indent <= stack[0]) {
    const parent = titleAlone(lines, marker) ? findLast(keyed, (k) => k.key === base) : undefined;
    // 6 Risks after the 1. list under 5 Rollout: the heading's style comes back, whatever its number (a skip is its own).
    const bareAgain = parent !== undefined && parent.marker.style === '1 ' && marker.style === '1 ';
    // 2. Estates ⏎ Resolved: ⏎ 1. To sell the depot. ⏎ 4. Staffing: a short title past the heading's next number, after
    // a sub-list of sentences it does not count on, is the headings' skip, not the sub-list's.
    const skipped = parent !== undefined && marker.value > parent.marker.value + 1 && marker.shortTitle === true && subListOfSentences(keyed, parent, marker.value);
    if (parent && (marker.value === parent.marker.value + 1 || bareAgain || skipped)) {
      stack.length = 1;
      return base;
    }
    return `${base}@1`;
  }
  while (stack.length > 1 && marker.indent < stack[stack.length - 1]) stack.pop();
  if (stack.length === 0) {
    stack.push(marker.indent);
  } else if (marker.indent >= stack[stack.length - 1] + 2) {
    const top = stack[stack.length - 1];
    const nests =
      marker.value === 1 &&
      previous !== undefined &&
      ((previous.marker.indent === top && (previous.key === base || previous.key.startsWith(`${base}@`)) && !paragraphAtMargin(lines, previous.marker.line, marker.line, top)) ||
        (previous.marker.indent <= top && leadInBetween(lines, previous.marker.line, marker.line, marker.indent)) ||
        // 4.3 The licence is subject to the following conditions: ⏎     1. A CCTV system… ⏎ 5. REASONS: a list set in
        // under a numbered paragraph that leads into it is that paragraph's, a level below the 1. 2. headings at the margin.
        // So is one in the other bracket (1) 2) headings, 5.2 Against these priorities, the hub: ⏎    1) ran…).
        ((base === 'arabic' || base === 'arabic-half') && previous.key.startsWith('dotted') && previous.marker.indent <= top && leadInBetween(lines, previous.marker.line - 1, marker.line, previous.marker.indent)));
    if (nests) stack.push(marker.indent);
  } else if (stack.length === 1 && marker.indent < stack[0]) {
    stack[0] = marker.indent;
  }
  const depth = stack.length - 1;
  return depth > 0 ? `${base}@${depth}` : base;
}

/**
 * 3. Staffing ⏎ The team had… ⏎ 4. Priorities for 2026-27 ⏎⏎ 1. Inspect all new food businesses… ⏎ 2. Publish a guide…:
 * a 1. right under a title of the same style, whose numbered siblings before it are titles with text under them, and
 * whose own items are sentences on consecutive lines, is the title's list, a level below it — not a restart.
 * It reads lines the incremental model does not otherwise watch (the 1.'s line to the end, the line after it, the
 * lines around the titles): it names them in `watched`, whatever it answers, so an edit there builds the outline again.
 */
function sentencesUnderTitle(lines: Line[], keyed: KeyedMarker[], parent: KeyedMarker, marker: Marker, watched: number[]): boolean {
  if (keyed[keyed.length - 1] !== parent) return false;
  // The titles before it: numbered siblings of the same style and indentation.
  const siblings = keyed.filter((k) => k.key === parent.key && k.marker.indent === parent.marker.indent && k.marker.line < parent.marker.line);
  watched.push(parent.marker.line - 1, marker.line + 1);
  for (const k of siblings) watched.push(k.marker.line - 1, k.marker.line + 2);
  if (!sentenceItem(lines, marker) || !/[.!?]$/.test(lines[marker.line].prose.trim())) return false;
  // Only blank lines between the title and its list.
  for (let l = parent.marker.line + 1; l < marker.line; l++) if (lines[l].kind !== 'blank') return false;
  // The next line is the list's item 2, a sentence too.
  const next = lines[marker.line + 1];
  if (!next || next.kind !== 'text' || !/^[ \t]*2[.)][ \t]+[A-Z]/.test(next.prose) || !/[.!?]$/.test(next.prose.trim())) return false;
  // At least one sibling, each a title alone with text between it and the next.
  if (siblings.length === 0 || siblings.length !== parent.marker.value - 1) return false;
  return siblings.every((k) => titleAlone(lines, k.marker) && lines.slice(k.marker.line + 2, k.marker.line + 3).some((l) => l.kind === 'text'));
}

/**
 * The items keyed after `parent` (its sub-list) are all sentences (no shortTitle) and the last one is not `value` - 1:
 * a short title numbered `value` does not go on with them.
 */
function subListOfSentences(keyed: KeyedMarker[], parent: KeyedMarker, value: number): boolean {
  const at = keyed.lastIndexOf(parent);
  const items = keyed.slice(at + 1).filter((k) => k.key === `${parent.key}@1`);
  return items.length > 0 && items.every((k) => k.marker.shortTitle !== true) && items[items.length - 1].marker.value !== value - 1;
}

/** 1. Introduce a default 20 mph limit on all residential streets.: a sentence of four words or more after the marker, not a lead-in. */
function sentenceItem(lines: readonly Line[], m: Marker): boolean {
  const title = lines[m.line].prose.slice(m.titleStart).trim();
  return !/[:：]$/.test(title) && /^\S+(?:\s+\S+){3}/.test(title);
}

/** 1. Actions: a short title after its marker, no sentence end, with a blank line (or the edge) above and below. */
export function titleAlone(lines: readonly Line[], m: Marker): boolean {
  const title = lines[m.line].prose.slice(m.titleStart).trim();
  if (title.length === 0 || title.length > 60 || !/^[A-Z]/.test(title) || /[.;:,!?]$/.test(title)) return false;
  const alone = (l: Line | undefined) => !l || l.kind === 'blank';
  return alone(lines[m.line - 1]) && alone(lines[m.line + 1]);
}

/** A paragraph of text indented at least `indent` columns between two marker lines, ending in a colon (a lead-in). */
/**
 * (c) defined properties. ⏎⏎ The review makes three recommendations: ⏎⏎     (a) …: a paragraph of its own (after a
 * blank line) at or left of `indent` between the lines `from` and `to` — the list above it has ended; a list set in
 * under that paragraph is no sub-list of its last item.
 */
function paragraphAtMargin(lines: Line[], from: number, to: number, indent: number): boolean {
  for (let l = from + 2; l < to; l++) {
    const line = lines[l];
    if (line.kind === 'text' && lines[l - 1].kind === 'blank' && leadingColumns(line.prose) <= indent && !SHORT_LABEL.test(line.prose)) return true;
  }
  return false;
}

/**
 * 2. The cost of signs… ⏎⏎ Appendices: ⏎     1. Plan ⏎     2. Assessment ⏎⏎ 3. The scheme…: a label of a word or
 * three ending in a colon heads the numbered item's own list set in under it, not a paragraph that ends the list.
 */
const SHORT_LABEL = /^[ \t]*[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*[:：][ \t]*$/;

function leadInBetween(lines: Line[], from: number, to: number, indent: number): boolean {
  for (let l = to - 1; l > from && to - l <= 40; l--) {
    const line = lines[l];
    if (line.kind !== 'text') continue;
    return leadingColumns(line.prose) >= indent && /[:：]\s*$/.test(line.prose);
  }
  return false;
}

/**
 * 二、 / 1.持续改进医疗服务质量。… / （一）深化改革。… / （二）… / 三、: a lone 1. straight under 二、 before the first
 * （一）, the level the usual order puts above it, and no item of the 1.'s level after the （一） before the next of 二、's
 * level (or a list that starts again at 1. under the （一）): a stray line before the （一） list (numbering-hierarchy's
 * finding there), no evidence that the document nests （一） under 1. A 2. after the （一） list is (二、 / 1. / （一）（二） / 2.),
 * and so is a 1. after a lead-in (…如下：), whose list it opens.
 */
function strayAbove(keyed: KeyedMarker[], k: number, part: Part, leadIn: ReadonlySet<number>): boolean {
  const item = keyed[k];
  const lone = keyed[k - 1];
  const parent = keyed[k - 2];
  if (!lone || !parent || lone.marker.value !== 1 || parent.key === lone.key || parent.key === item.key || leadIn.has(lone.marker.line)) return false;
  const m = lone.marker;
  if (m.listItem || m.headingLevel !== undefined || item.marker.headingLevel !== undefined || lone.key.includes('@') || item.key.includes('@')) return false;
  if (!GBT_LEVELS.has(parent.key) || !GBT_LEVELS.has(lone.key) || !GBT_LEVELS.has(item.key)) return false;
  if (!(canonicalRank(parent.key) < canonicalRank(item.key) && canonicalRank(item.key) < canonicalRank(lone.key))) return false;
  for (let j = k + 1; j < keyed.length && j <= k + 200 && keyed[j].marker.line <= part.endLine; j++) {
    const { marker, key } = keyed[j];
    if (marker.tentative) continue;
    if (key === lone.key) return marker.value === 1;
    if (key !== item.key && canonicalRank(key) <= canonicalRank(parent.key)) return true;
  }
  return false;
}

/**
 * The document's own order of levels. A first item (value 1) right after a marker of another level is
 * evidence that the writer nests it there; where the evidence disagrees with the usual order, the majority wins.
 */
function inferOrder(keyed: KeyedMarker[], parts: Part[], leadIn: ReadonlySet<number>): string[] {
  const keys: string[] = [];
  const evidence = new Map<string, number>();
  let previous: KeyedMarker | undefined;
  let partIndex = 0;
  let wedgedPairs: Map<string, number> | undefined;
  for (let k = 0; k < keyed.length; k++) {
    const item = keyed[k];
    if (item.marker.tentative) continue; // a figure until the outline reads it as an item
    if (!keys.includes(item.key)) keys.push(item.key);
    while (partIndex < parts.length - 1 && item.marker.line > parts[partIndex].endLine) {
      partIndex++;
      previous = undefined;
    }
    if (previous && previous.key !== item.key && item.marker.value === 1) {
      const pair = `${previous.key}>${item.key}`;
      evidence.set(pair, (evidence.get(pair) ?? 0) + 1);
      if (wedged(previous, item, keyed[k + 1]) || strayAbove(keyed, k, parts[partIndex], leadIn)) (wedgedPairs ??= new Map()).set(pair, (wedgedPairs.get(pair) ?? 0) + 1);
    }
    previous = item;
  }
  // Evidence only from lone items wedged into a list of the level the usual order puts below them is none.
  if (wedgedPairs) for (const [pair, n] of wedgedPairs) if (evidence.get(pair) === n) evidence.delete(pair);
  const above = (a: string, b: string): boolean => {
    const fixed = /^h\d$/.test(a) || /^h\d$/.test(b) || a.includes('@') || b.includes('@');
    if (!fixed) {
      let ab = evidence.get(`${a}>${b}`) ?? 0;
      let ba = evidence.get(`${b}>${a}`) ?? 0;
      // 一、/（一） in one part, 二、/1./（一） in another: both levels open straight under 一、, so one of them skips
      // a level there — and which one is what the nesting of the two says, against the usual order (GB/T 9704: （一）
      // above 1.). Each first item straight under a shared parent counts for the level the usual order puts higher.
      if (ab !== ba) {
        for (const p of keys) {
          if (p === a || p === b) continue;
          const underA = evidence.get(`${p}>${a}`) ?? 0;
          const underB = evidence.get(`${p}>${b}`) ?? 0;
          if (underA === 0 || underB === 0) continue;
          if (canonicalRank(a) < canonicalRank(b)) ab += underA;
          else ba += underB;
        }
      }
      if (ab !== ba) return ab > ba;
    }
    return canonicalRank(a) < canonicalRank(b);
  };
  // Insertion sort: few keys, and the comparison need not be transitive.
  const order: string[] = [];
  for (const key of keys) {
    let i = order.length;
    while (i > 0 && above(key, order[i - 1])) i--;
    order.splice(i, 0, key);
  }
  return order;
}

/**
 * The Markdown list item whose content the markers at the top of the stack are (`2. B: ⏎    (a) x; ⏎ (b) y;`):
 * the index of the deepest list item on the stack when every section above it is a plain marker (no heading, no
 * list item) on a line that continues it — indented to the item's text, or a lazy continuation of a paragraph (no
 * blank line before it). Undefined when the stack's top is no such content.
 */
function insideListItems(stack: Section[], lines: Line[]): number | undefined {
  let at = stack.length - 1;
  while (at >= 0 && !stack[at].marker.listItem) {
    if (stack[at].marker.headingLevel !== undefined) return undefined;
    at--;
  }
  if (at < 0 || at === stack.length - 1) return undefined;
  const item = stack[at].marker;
  const last = stack[stack.length - 1].marker.line;
  let blankBefore = false;
  for (let l = item.line + 1; l <= last; l++) {
    const line = lines[l];
    if (!line || line.kind === 'blank') {
      blankBefore = true;
      continue;
    }
    if (line.kind !== 'text') return undefined;
    if (blankBefore && leadingColumns(line.prose) < item.titleStart) return undefined;
    blankBefore = false;
  }
  return at;
}

/**
 * Where a section goes: its parent, popping the sections it closes off the stack. Markdown list items nest by
 * indentation; other markers by the document's order of levels. Returns the section the writer nested a higher
 * level under, when that is what happened.
 */
function placeInStack(
  stack: Section[],
  m: Marker,
  key: string,
  previous: Section | undefined,
  rankOf: (key: string) => number,
  lines: Line[],
  renumbersTop = false,
  afterLeadIn = false,
  titledAbove = false,
): { parent?: Section; misnestedUnder?: Section } {
  const top = stack[stack.length - 1];
  if (m.listItem) {
    // 3.1 Goals: ⏎ 1. … 2. … ⏎ 3.2 This RFC has two non-goals: ⏎ 1. …: a list right after the numbered paragraph that
    // leads into it is that paragraph's own, as in plain text (below); its items stay under it, and the next
    // paragraph (3.2) follows 3.1, not the list's 3.
    const ownList = (s: Section) => s.children.some((c) => c.marker.listItem && c.key === key);
    if (m.value === 1 && afterLeadIn && previous === top && top !== undefined && !top.marker.listItem && top.marker.headingLevel === undefined && top.marker.kind === 'dotted') {
      return { parent: top };
    }
    // A list item closes the items at its indentation or deeper, and those of a list that has ended (depth in the key).
    const depth = (k: string) => Number(k.split('@')[1] ?? 0);
    const closes = (s: Section) => s.marker.listItem && (s.marker.indent >= m.indent || depth(s.key) >= depth(key));
    // 2. Reviews the policy so that: ⏎    (a) families…; ⏎ 3. Reports…: lines lettered inside a list item (indented
    // to its text, or flush-left as a lazy continuation) are that item's content, closed with it.
    const inside = insideListItems(stack, lines);
    if (inside !== undefined && closes(stack[inside])) stack.length = inside + 1;
    // 1. Purpose ⏎ 1.1 To seek… ⏎ 2. Background: the 2. closes the 1.1 under the 1. (a plain marker of a lower level),
    // then the 1. itself.
    // 1. ⏎ （一） ⏎ （二） ⏎ 2.: the next item of a list closes the higher level nested under its item (an inversion).
    const nestedUnderItem = (s: Section) => !s.marker.listItem && s.group.items[0]?.misnested !== undefined && s.parent?.marker.listItem === true && s.parent.key === key;
    const closesTop = (s: Section) => closes(s) || nestedUnderItem(s) || (!s.marker.listItem && rankOf(s.key) >= rankOf(key) && !ownList(s));
    while (stack.length && closesTop(stack[stack.length - 1])) stack.pop();
    return { parent: stack[stack.length - 1] };
  }
  // ## 4. Recommendations ⏎ 4.1 … ⏎ 4.2 … ⏎ 1. … 14. (a list of recommendations, over bold theme titles) ⏎ 4.3 …: the
  // dotted number goes on from 4.2 and closes the list, whose items run past the section's number; it is not a
  // paragraph under the list's last item.
  const resumed = m.kind === 'dotted' && !m.listItem && m.headingLevel === undefined ? dottedResumes(stack, m, key) : undefined;
  if (resumed !== undefined) {
    stack.length = resumed + 1;
    return { parent: stack[resumed] };
  }
  const onStack = findLastIndex(stack, (s) => s.key === key);
  const plainTop = top !== undefined && top.marker.headingLevel === undefined && m.headingLevel === undefined && !top.marker.listItem;
  // 2. 该法第八十三条规定如下： ⏎ 　　（三）… ⏎ 　　（四）… ⏎ 3. 据此…: back at the margin of the 2. after items set in
  // deeper (quoted, or its own list in another style), the 3. goes on from the 2. — not a list under the （四）.
  if (plainTop && m.indent < top.marker.indent) {
    const at = resumesAtMargin(stack, m, key);
    if (at !== undefined) {
      stack.length = at + 1;
      return { parent: stack[at] };
    }
  }
  // 2.1 The Commissioner funds three programmes: / "   1. the Checkpoint scheme;": a list indented under the numbered
  // paragraph that leads into it is that paragraph's own list, not a higher level put under it.
  // So is a 1. right after a lead-in paragraph (…four temporary exhibitions:) under 3.1, indented or not.
  if (plainTop && m.value === 1 && previous === top && (m.indent > top.marker.indent || (afterLeadIn && m.kind === 'arabic')) && top.marker.kind === 'dotted' && m.kind !== 'dotted') {
    return { parent: top };
  }
  // 2. Recommendations ⏎ 2.2 The recommendations are set out below. ⏎ 1. Introduce a default 20 mph limit…: under a
  // numbered paragraph, items that are sentences where the level of their number holds short titles (1. Introduction,
  // 2. Recommendations) are the paragraph's list, lead-in or not; a short title there (1. Budget pressures) is a heading
  // put under the paragraph.
  if (plainTop && m.value === 1 && previous === top && m.kind === 'arabic' && top.marker.kind === 'dotted' && !top.marker.shortTitle && !m.shortTitle && sentenceItem(lines, m)) {
    const open = findLast(stack, (s) => s.key === key);
    if (open?.marker.shortTitle) return { parent: top };
  }
  // 3.1 right after 2.1.2: a dotted number carries its level in its path; a shorter one closes the deeper section
  // (the new chapter's first section), it is never a higher level nested under a lower one.
  const dottedPop = m.kind === 'dotted' && top?.marker.kind === 'dotted' && m.path.length < top.marker.path.length;
  if (onStack >= 0 && onStack < stack.length - 1 && plainTop && m.value === 1 && previous === top && rankOf(key) < rankOf(top.key) && !renumbersTop && !dottedPop && !titledAbove) {
    // 一、/（一）/1./（一）: a first （一） right under 1. would restart the （一） group above; the writer
    // nested the higher level under the lower one. Follow the writer, flag the inversion.
    return { parent: top, misnestedUnder: top };
  }
  if (onStack >= 0) {
    stack.length = onStack;
    return { parent: stack[stack.length - 1] };
  }
  // （一）指导思想 / 一、总体目标: a first section of a lower level at the very top, then the document's first 一、: the
  // （一） is a stray heading before its parent level ever appears (numbering-hierarchy's beforeParent), not a parent
  // the writer put 一、 under.
  const strayTop = stack.length === 1 && top.parent === undefined && top.group.items.length === 1;
  // Not across a heading line of its own (Actions, Appendix A – Standards): the 1. under it opens a list of that heading's.
  if (plainTop && rankOf(key) < rankOf(top.key) && m.value === 1 && previous === top && !strayTop && !frontMatterList(top, lines) && !titledAbove) {
    // 4.3 … the following conditions: ⏎     3. After 22:00, alcohol shall be sold only: ⏎        (a) to persons seated…:
    // a list nested in a paragraph's own list (arabic@1) is that item's, below the paragraph — whatever place (a) has
    // in the order elsewhere (under 4.2 straight), it is no inversion.
    if (top.key.includes('@') && top.parent !== undefined && rankOf(top.parent.key) < rankOf(key)) return { parent: top };
    // The writer put a first item of a higher level right under a lower one: follow the writer, flag the inversion.
    return { parent: top, misnestedUnder: top };
  }
  while (stack.length && rankOf(stack[stack.length - 1].key) >= rankOf(key)) stack.pop();
  return { parent: stack[stack.length - 1] };
}

/**
 * The stack index of a section below the top whose dotted children `m` goes on from (4.3 after its 4.2, the same
 * prefix, a number before it), with only list items of another kind above it (a list run under the 4.2, maybe under
 * an unnumbered heading of its own: ### Priority A); undefined if
 * none. Looks back over at most 64 children of each section.
 */
function dottedResumes(stack: Section[], m: Marker, key: string): number | undefined {
  const prefix = m.path.slice(0, -1).join('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i];
    if (s.key === key || s.marker.kind === 'dotted') return undefined;
    if (i === stack.length - 1) continue;
    const children = s.children;
    for (let j = children.length - 1; j >= 0 && j >= children.length - 64; j--) {
      const c = children[j];
      if (c.key !== key) continue;
      // 4.4 after 4.2 too: a skip is numbering-sequence's finding at the 4.4, read against the 4.2.
      const same = c.marker.kind === 'dotted' && c.marker.value < m.value && m.value - c.marker.value <= 3 && c.marker.path.slice(0, -1).join('.') === prefix;
      const above = stack.slice(i + 1);
      const inList = (a: Section) => a.marker.listItem || a.key.includes('@');
      return same && above.some(inList) && above.every((a) => inList(a) || a.marker.kind === 'heading') ? i : undefined;
    }
  }
  return undefined;
}

/**
 * The stack index of the section whose last child of `key` is the item before `m` (value one less) at m's indentation,
 * with only sections set in deeper than m above that section on the stack; undefined if none.
 */
function resumesAtMargin(stack: Section[], m: Marker, key: string): number | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i];
    if (s.marker.indent > m.indent) continue;
    const child = findLast(s.children, (c) => c.key === key);
    return child && child.marker.indent === m.indent && child.marker.value === m.value - 1 && child.marker.kind === m.kind && child.marker.style === m.style ? i : undefined;
  }
  return undefined;
}

/**
 * **第四部分：开源专题分析** inside “### 1.3 数据篇整体结构”: a paragraph naming a part of the document, not a part.
 * Parts, chapters and sections are the top of a document's structure; one written as plain text below a numbered
 * Markdown heading is in the text.
 */
function mentionsPart(m: Marker, stack: Section[]): boolean {
  if ((m.kind !== 'part' && m.kind !== 'chapter' && m.kind !== 'section') || m.headingLevel !== undefined) return false;
  const heading = findLast(stack, (s) => s.marker.headingLevel !== undefined);
  return heading !== undefined && heading.marker.kind !== 'heading' && !['part', 'chapter', 'section'].includes(heading.marker.kind);
}

/** The key of a marker read another way (3.12 as item 3., 3) as the arabic level): same depth, new kind. */
function rekey(initialKey: string, m: Marker): string {
  // ## 4) among ## 1. … ## 5.: a heading read as another kind stays at its heading's level.
  if (m.headingLevel !== undefined) return initialKey;
  const at = initialKey.indexOf('@');
  return (m.kind === 'dotted' ? `dotted${m.path.length}` : m.kind) + (at >= 0 ? initialKey.slice(at) : '');
}

const LETTER_KINDS: MarkerKind[] = ['latin-upper', 'latin-lower', 'roman-upper', 'roman-lower'];

/**
 * How to read a marker, given the sections open above it: I. may be Roman one or the letter I; 3.12项 item 3.
 * (after 2.) or 3.12 (after 3.11); 2.5万名 is item 2. only after 1.; 3) among 1. 2. 4. is item 3. written in
 * another style, and so is （3） among 1. 2. 4. or （一）（二）（四）. Undefined: not a section at all (a letter that starts
 * nothing, a figure that continues nothing).
 */
function chooseReading(marker: Marker, stack: Section[], following?: Marker, lines?: readonly Line[]): { marker: Marker; key?: string } | undefined {
  if (marker.tentative) return continuesArabic(marker, stack) || startsGluedList(marker, following) ? { marker } : undefined;
  if (marker.kind === 'arabic-half' && marker.value === 1 && following && startsArabicList(marker, following)) {
    // 1) then 2. 3.: the first item of the list, written in another style (not a list of one).
    return { marker: { ...marker, kind: 'arabic' } };
  }
  if (marker.itemReading) return { marker: (continuesArabic(marker.itemReading, stack) || startsGluedList(marker.itemReading, following)) && !dottedFits(marker, stack) ? marker.itemReading : marker };
  const top = stack[stack.length - 1];
  if ((marker.kind === 'arabic' || marker.kind === 'arabic-half') && !marker.listItem && marker.headingLevel === undefined && !marker.emphasis && top?.marker.listItem && top.marker.kind === 'arabic' && top.marker.value === marker.value - 1 && top.marker.indent === marker.indent) {
    // 1. 2. 3. then 4、 in a Markdown list: the fourth item, written in another style (not a paragraph of item 3).
    return { marker: { ...marker, kind: 'arabic', listItem: true }, key: top.key };
  }
  if (marker.kind === 'arabic' && marker.value > 1 && !marker.listItem && marker.headingLevel === undefined && top?.marker.kind === 'arabic-half' && top.marker.value === marker.value - 1 && top.marker.indent === marker.indent && top.marker.headingLevel === undefined && lines && itemGoesOn(lines, top.marker.line, marker.line)) {
    // 1) … ; ⏎ 2) …; and ⏎ 3. 3 contracts had expired…: the list's last item, in another style, right under the item
    // before it, which ends as a list item does (; and) — not the section 3. of the heading level the 2. FINDINGS is of.
    return { marker: { ...marker, kind: 'arabic-half' } };
  }
  const gap = fillsGap(marker, stack, following);
  if (gap) return gap;
  if (
    marker.kind === 'arabic-paren' && marker.value > 1 && !marker.listItem && marker.headingLevel === undefined && top && top.marker.value === marker.value - 1 &&
    top.marker.headingLevel === undefined && ((following?.kind === top.marker.kind && following.value === marker.value + 1) || closesList(top, stack, following))
  ) {
    // 1. 2. （3） 4. / （一）（二）（3）（四）: between the item just open and the one after it, the item written in the
    // style of a lower level — the third item of that list, not a list of its own that starts at 3 (none of its (1) (2)
    // is open). Not when the next one is （三）: then （3） is an item under （二） whose (1) (2) are missing. The last item
    // of its list too (1. 2. （3） ⏎ （五）…, or the end of the text): the next marker takes up a level above.
    const ownList = stack.some((s) => s.marker.kind === 'arabic-paren' && s.marker.value === marker.value - 1);
    if (!ownList && top.marker.kind === 'arabic' && !top.marker.listItem) return { marker: { ...marker, kind: 'arabic' } };
    if (!ownList && top.marker.kind === 'cn-paren') return { marker: { ...marker, kind: 'cn-paren' } };
  }
  if ((marker.kind === 'arabic-paren' || marker.kind === 'arabic-half') && marker.value > 1 && !marker.listItem && marker.headingLevel === undefined && top && top.marker.headingLevel === undefined) {
    // 1） (2) 3） / （1） 2） （3）: right after item 1, the next item written with the other brackets — item 2 of
    // that list in another style (numbering-style's), not a list of its own that starts at 2.
    const other: MarkerKind = marker.kind === 'arabic-paren' ? 'arabic-half' : 'arabic-paren';
    const ownList = stack.some((s) => s.marker.kind === marker.kind && s.marker.value === marker.value - 1);
    if (!ownList && top.marker.kind === other && top.marker.value === marker.value - 1 && top.marker.indent === marker.indent) return { marker: { ...marker, kind: other } };
  }
  if ((marker.kind === 'arabic-half' || marker.kind === 'arabic') && marker.value > 2 && marker.headingLevel === undefined && top && !top.marker.listItem === !marker.listItem && top.marker.headingLevel === undefined && (top.marker.kind === 'latin-lower' || top.marker.kind === 'latin-upper')) {
    // a) … ⏎ b) … ⏎ 3) …: right after item b, at its indentation and with its bracket, item c written as a number
    // (numbering-style's finding, in the list's own system), not a list of its own that starts at 3.
    const ownList = stack.some((s) => s.marker.kind === marker.kind && s.marker.value === marker.value - 1);
    // Not 1. 2. 3. numbered through the lettered headings above them (A. Eligibility ⏎ 1. 2. ⏎ B. Process ⏎ 3.).
    const headsItems = top.group.items.some((s) => s.children.length > 0);
    if (!ownList && !headsItems && top.marker.value === marker.value - 1 && top.marker.indent === marker.indent && top.marker.style.replace(/[aA]/, '1') === marker.style && top.marker.numberEnd - top.marker.numberStart === 1) {
      return { marker: { ...marker, kind: top.marker.kind, style: top.marker.style, value: marker.value, path: [marker.value], writtenAs: marker.kind }, key: top.key };
    }
  }
  if (marker.kind === 'arabic-half' && marker.value > 1) {
    const ownList = stack.some((s) => s.marker.kind === 'arabic-half' && s.marker.value === marker.value - 1);
    const asArabic: Marker = { ...marker, kind: 'arabic' };
    const found = ownList ? undefined : continuedArabic(asArabic, stack);
    // 2. ⏎ 2.1 ⏎ 2.2 ⏎ 3) ⏎ 2.3: the subsections of 2. go on after it, so it is no section 3 — an item under 2.2.
    const continued = found && !(following?.kind === 'dotted' && following.path.length === 2 && following.path[0] === found.marker.value) ? found : undefined;
    // Resolved: ⏎ 1. To note… ⏎ 2. To approve… ⏎ 3) To ask…: the item goes on in the list it continues, at its depth
    // (arabic@1 under the minute 5. Finance), not at the level of the minutes' own 1. 2.
    return continued ? { marker: asArabic, key: continued.key } : { marker };
  }
  if (!LETTER_KINDS.includes(marker.kind)) return { marker };
  const readings = marker.alternatives ?? [{ kind: marker.kind, value: marker.value }];
  const open = (kind: MarkerKind) => findLast(stack, (s) => s.marker.kind === kind);
  const as = (reading: { kind: MarkerKind; value: number }): Marker =>
    reading.kind === marker.kind && reading.value === marker.value ? marker : { ...marker, kind: reading.kind, value: reading.value, path: [reading.value] };
  for (const reading of readings) {
    const last = open(reading.kind);
    if (last && reading.value > last.marker.value && reading.value <= last.marker.value + 2) return { marker: as(reading) };
    // ## E. Stakeholders then ## E. Next period: a heading of the same level that repeats the letter is the next section.
    if (last && reading.value === last.marker.value && marker.headingLevel !== undefined && last.marker.headingLevel === marker.headingLevel) return { marker: as(reading) };
    // II. SCOPE ⏎ … ⏎ II. DEFINITIONS ⏎ … ⏎ IV. ROLES: a Roman numeral of two letters or more is no initial nor a word;
    // said again (or a step or two back) at the open section's indentation, in its style, it is the level's next
    // section numbered wrong (numbering-sequence's finding), not a line of text.
    if (
      last && (reading.kind === 'roman-upper' || reading.kind === 'roman-lower') && marker.numberEnd - marker.numberStart >= 2 && reading.value > 1 &&
      reading.value <= last.marker.value && reading.value >= last.marker.value - 2 && last.marker.style === marker.style && last.marker.indent === marker.indent &&
      last.marker.headingLevel === marker.headingLevel && last.marker.numberEnd - last.marker.numberStart >= 1
    ) {
      return { marker: as(reading) };
    }
    // (a) … / (b) … / (b) …: an item on the line right after the item with its letter, written alike, repeats it.
    if (last && last === stack[stack.length - 1] && reading.value === last.marker.value && marker.headingLevel === undefined && marker.line - last.marker.line <= 2 && last.marker.style === marker.style && last.marker.indent === marker.indent) {
      return { marker: as(reading) };
    }
  }
  const first = readings.find((r) => r.value === 1);
  if (first) return { marker: as(first) };
  // a) b) iii) or i. ii. c.: the next item of a list open at the same indentation, written in the other numeral system.
  for (const reading of readings) {
    const list = OTHER_SYSTEM[reading.kind];
    const last = list ? open(list) : undefined;
    if (list && last && last === stack[stack.length - 1] && last.marker.value === reading.value - 1 && last.marker.indent === marker.indent && last.marker.style === marker.style) {
      return { marker: { ...marker, kind: list, value: reading.value, path: [reading.value], writtenAs: reading.kind } };
    }
  }
  // 3. OPERATIONS … D. SAFETY … 5. FINANCE: between item 3 and item 5 of a numbered list, at its indentation and
  // with its dot, a letter that is item 4 in another numeral system (a pasted section kept its old numbering).
  for (const reading of readings) {
    if (reading.kind !== 'latin-upper' && reading.kind !== 'latin-lower') continue;
    const last = open('arabic');
    const next = following;
    const dot = marker.style.replace(/[Aa]/, '1');
    if (
      last && !last.marker.listItem && last.marker.value === reading.value - 1 && last.marker.indent === marker.indent && last.marker.style === dot &&
      last.marker.headingLevel === marker.headingLevel && next && next.kind === 'arabic' && next.value === reading.value + 1 && next.indent === marker.indent &&
      next.style === dot && next.headingLevel === marker.headingLevel
    ) {
      // Its style stays a letter's: numbering-style reports it among the level's numbers (Change to “4.”).
      return { marker: { ...marker, kind: 'arabic', value: reading.value, path: [reading.value] } };
    }
  }
  return undefined;
}

/**
 * The lists whose gap an item written in another style fills, and the kinds it may be written in. 3) or （3） among
 * 1. 2. 4. are the arabic branches' of chooseReading; a （三） among them is this one's.
 */
const GAP_STRAYS: Partial<Record<MarkerKind, ReadonlySet<MarkerKind>>> = {
  dotted: new Set(['arabic', 'arabic-half', 'arabic-paren']),
  cn: new Set(['arabic', 'arabic-half', 'arabic-paren', 'cn-paren']),
  'cn-paren': new Set(['arabic', 'arabic-half', 'arabic-paren', 'cn']),
  arabic: new Set(['cn-paren']),
};

/**
 * 3.1 ⏎ 3.2 ⏎ 3) ⏎ 3.4, （一）（二）3、（四）, 一、 二、 3. 四、, 1. 2. （三） 4. (### 3) among ### 3.1 ### 3.2 ### 3.4): between the item just open and the next one of its list,
 * lined up with them, a number written in another style that is the missing item — item 3.3 (（三）, 三、) written
 * otherwise (numbering-style's finding), not a list of its own that starts at 3. Only where the list goes on right
 * after it with the number after (3.2 ⏎ 3) ⏎ 3.3 leaves the 3) a sub-item), and not a 3. among 2.2 and 2.4 under the
 * section 2.: that is how section 3 is written.
 */
function fillsGap(marker: Marker, stack: Section[], following: Marker | undefined): { marker: Marker; key: string } | undefined {
  const top = stack[stack.length - 1];
  if (!top || !following || !GAP_STRAYS[top.marker.kind]?.has(marker.kind) || marker.value < 2) return undefined;
  const t = top.marker;
  if (marker.headingLevel !== t.headingLevel || !marker.emphasis !== !t.emphasis || t.listItem || t.value !== marker.value - 1 || t.indent !== marker.indent) return undefined;
  if (following.kind !== t.kind || following.style !== t.style || following.headingLevel !== t.headingLevel || following.indent !== t.indent || following.value !== marker.value + 1) return undefined;
  if (following.path.length !== t.path.length || t.path.some((n, i) => i < t.path.length - 1 && following.path[i] !== n)) return undefined;
  // 1.完善 ⏎ （一）推进 ⏎ 2.健全 ⏎ （三）: the 2. goes on from the 1. open above — the （一） is the one out of place.
  if (stack.some((s) => s.marker.kind === marker.kind && s.marker.value === marker.value - 1)) return undefined;
  const parent = top.parent?.marker;
  if (t.kind === 'dotted' && marker.kind === 'arabic' && parent?.kind === 'arabic' && parent.style === marker.style && parent.value === marker.value - 1) return undefined;
  const path = [...t.path.slice(0, -1), marker.value];
  return { marker: { ...marker, kind: t.kind, path, listItem: false, fillsGap: { previous: t.text.trim(), next: following.text.trim(), space: t.titleStart > t.end ? ' ' : '' } }, key: top.key };
}

const OTHER_SYSTEM: Partial<Record<MarkerKind, MarkerKind>> = {
  'roman-lower': 'latin-lower',
  'latin-lower': 'roman-lower',
  'roman-upper': 'latin-upper',
  'latin-upper': 'roman-upper',
};

/** An item's text, from its line to the line before `to`, runs with no blank line and ends as a list item does (;, ；, ; and). */
function itemGoesOn(lines: readonly Line[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let l = from + 1; l < to; l++) if (lines[l].kind !== 'text') return false;
  return ITEM_END.test(lines[to - 1].prose);
}

/** How a list item that another follows ends: 6 contracts had no end date; and / …; / …， or. */
const ITEM_END = /(?:[;；]|[;,][ \t]*(?:and|or))[ \t]*$/;

/** 2. right after 1), lined up with it. */
/** 1. 2. （3） ⏎ （五）: the marker after the item goes on with a level above the list (or there is none). */
function closesList(top: Section, stack: Section[], following: Marker | undefined): boolean {
  if (following === undefined) return true;
  return stack.some((s) => s !== top && s.marker.kind === following.kind && s.marker.value + 1 === following.value && s.marker.headingLevel === following.headingLevel);
}

function startsArabicList(first: Marker, following: Marker): boolean {
  return (
    following.kind === 'arabic' && following.value === 2 && following.indent === first.indent && following.headingLevel === first.headingLevel &&
    following.line - first.line <= 8 && !following.emphasis === !first.emphasis
  );
}

/**
 * 1.65岁及以上老年人：… ⏎ 2.高血压患者：…, 1.3A级景区 ⏎ 2.…: a figure glued to a first item's number is item 1. where
 * item 2., written alike, follows it (numbered the same, at its indentation, soon after).
 */
function startsGluedList(m: Marker, following: Marker | undefined): boolean {
  return m.value === 1 && following !== undefined && !following.tentative && following.style === m.style && startsArabicList(m, following);
}

/** The open arabic item just before: 2. for a 3., at the same indentation where indentation nests (Markdown lists). */
function continuesArabic(m: Marker, stack: Section[]): boolean {
  return continuedArabic(m, stack) !== undefined;
}

/** The open 1. item that `m` (2.5万名 read as 3., or 3)) goes on from, if any. */
function continuedArabic(m: Marker, stack: Section[]): Section | undefined {
  // ## 3. ⏎ 1. 2. (a list under it) ⏎ ## 4): a heading goes on from the last heading of its level, not the list.
  const last = findLast(stack, (s) => s.marker.kind === 'arabic' && (m.headingLevel === undefined || s.marker.headingLevel === m.headingLevel));
  if (!last || last.marker.value !== m.value - 1 || last.marker.headingLevel !== m.headingLevel) return undefined;
  return !m.listItem || last.marker.indent === m.indent ? last : undefined;
}

/** 3.12 fits where 3.11 is open, or (for 3.1) where section 3 is. */
function dottedFits(m: Marker, stack: Section[]): boolean {
  const prefix = m.path.slice(0, -1);
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
  return stack.some((s) => (s.marker.kind === 'dotted' && same(s.marker.path, [...prefix, m.value - 1])) || (m.value === 1 && s.marker.kind !== 'heading' && same(s.marker.path, prefix)));
}

interface ProseContext {
  /** Marker lines right after a lead-in line ending with a colon (具体措施如下：). */
  leadIn: Set<number>;
  /** Lines of unindented prose that follow a blank line (they end a Markdown list). */
  breaks: number[];
  /** Plain text: unnumbered English heading lines set apart by a blank line (The complaint, Agreed action). */
  titles: number[];
}

/** /[：:]\s*$/ read from the end: the pattern is tried at every colon of the line, and a Chinese line has many. */
function endsInColon(text: string): boolean {
  const c = lastNonSpaceCode(text);
  return c === 0xff1a || c === 0x3a;
}

function leadIns(lines: Line[]): ProseContext {
  const leadIn = new Set<number>();
  const breaks: number[] = [];
  const titles: number[] = [];
  let lastText: Line | undefined;
  let afterBlank = true;
  for (const line of lines) {
    if (line.kind !== 'text') {
      if (line.kind === 'blank') afterBlank = true;
      continue;
    }
    // Theme 1: Safer streets ⏎ 1. …: a line labelling a group of the items under it leads into their list as a colon does.
    if (lastText && (endsInColon(lastText.prose) || isGroupLabel(lastText.prose))) leadIn.add(line.index);
    if (afterBlank && leadingColumns(line.prose) === 0) breaks.push(line.index);
    if (afterBlank ? headingLine(line.prose) && (headsBlock(lines[line.index + 1]) || (capsTitle(line.prose) && fieldsBelow(lines, line.index))) : headerRowOverItems(line.prose, lines[line.index + 1])) titles.push(line.index);
    lastText = line;
    afterBlank = false;
  }
  return { leadIn, breaks, titles };
}

/**
 * An unnumbered English heading of a plain-text page (The complaint, The Ombudsman’s role and powers, What I found):
 * a short line that starts with a capital, ends on a word (no sentence or clause punctuation after it) and holds no
 * figure at its start. A decision page numbers the paragraphs of each such section from 1.
 */
const PLAIN_TITLE = /^[ \t]*[A-Z][A-Za-z’'-]*(?:[ \t]+[A-Za-z’'&/-]+){0,7}[ \t]*$/;

/**
 * REPORT FOR ITEM 6: GRANTS TO COMMUNITY ORGANISATIONS, 2026/27 · APPENDIX A – QUOTATIONS RECEIVED · ITEM 6 – GRANTS:
 * a title in capitals, which may hold figures, a colon, a dash or a comma — the title of a report in an agenda pack,
 * of an appendix, of a part, over paragraphs numbered afresh from 1. A word of two capitals at least first (not A) or
 * II), no lower-case letter, no full stop or other end of a sentence, and three capital letters in a row somewhere.
 */
const CAPS_TITLE = /^[ \t]*[A-Z][A-Z’'-]{1,30}(?=[ \t:–—,-]|$)[A-Z0-9’'&/:,()–—\- \t]{0,88}$/;

function capsTitle(prose: string): boolean {
  return CAPS_TITLE.test(prose) && /[A-Z]{3}/.test(prose);
}

/** Author: Director of Finance · Date: 26 February 2026 · Report to: Cabinet: a field of a paper's header, under its title. */
const HEADER_FIELD = /^[ \t]*[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+){0,2}[ \t]*:[ \t]*\S[^:]{0,60}$/;

/**
 * PAPER D: FINANCE REPORT ⏎ Author: Director of Finance ⏎ Date: 26 February 2026 ⏎⏎ 1. Purpose: a title in capitals over
 * the fields of its paper's header (at most five), then a blank line — it heads the paper as a title set apart does.
 */
function fieldsBelow(lines: Line[], at: number): boolean {
  let l = at + 1;
  for (; l < lines.length && l <= at + 5; l++) {
    const line = lines[l];
    if (line.kind !== 'text' || !HEADER_FIELD.test(line.prose)) break;
  }
  return l > at + 1 && headsBlock(lines[l]);
}

/** A plain-text heading line of its own: PLAIN_TITLE, a capitals title, a titled line, a minute's or a lettered section's line. */
function headingLine(prose: string): boolean {
  return PLAIN_TITLE.test(prose) || capsTitle(prose) || titledLine(prose) || MINUTE_LINE.test(prose) || LETTERED_SECTION_LINE.test(prose);
}

/** Appendix A – Performance standards, Item 8 Budget monitoring, Section 3: Finance: a heading that names its unit. */
function titledLine(prose: string): boolean {
  return mayBeTitled(prose) && readTitled(prose) !== undefined;
}

/**
 * A line of committee minutes under its minute number (26/05 EDUCATION, 26/05.1 Senate considered:, Min 14/3 Finance):
 * the minutes' own structure, which the marker reader has no kind for. The (a) (b) or (i) (ii) under one minute are its
 * list; under the next minute a list starts afresh, not nested under the last one's.
 */
const MINUTE_LINE = /^[ \t]*(?:(?:Min(?:ute)?s?\.?|M)[ \t]*)?\d{1,3}\/\d{1,3}(?:\.\d{1,2}){0,2}[ \t]+[A-Z]/;

/**
 * A section numbered under a letter or a Roman numeral (A.1 Method, B.2.3 Results, II.2 Sports hall (Block B)): a heading of
 * its own, which the marker reader has no kind for; a list under one such heading is not continued under the next.
 */
const LETTERED_SECTION_LINE = /^[ \t]*(?:[A-Z]|[IVX]{2,4})\.\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+[A-Z][^.!?;:。]{0,70}$/;

/**
 * The header row of a table a web page left as text, over its numbered rows, with no blank line before it (3. An
 * accountable public sector Not achieved ⏎ Our intended impacts 2023/24 Change from 2022/23 ⏎ 1. Parliament provides
 * …): words and the years of its columns (2023/24, 2022/23), at most twelve, starting with a capital, no punctuation of
 * a sentence. The rows under it are numbered afresh, as under a title set apart by blank lines (PLAIN_TITLE).
 */
const HEADER_ROW = /^[ \t]*[A-Z][A-Za-z’'-]*(?:[ \t]+[A-Za-z’'&-]+)*(?:[ \t]+(?:19|20)\d\d(?:\/\d\d)?(?:[ \t]+[A-Za-z’'&-]+)*)+[ \t]*$/;

function isHeaderRow(prose: string): boolean {
  return HEADER_ROW.test(prose) && prose.trim().split(/[ \t]+/).length <= 12;
}

function headerRowOverItems(prose: string, next: Line | undefined): boolean {
  return next?.kind === 'text' && ITEM_START.test(next.prose) && isHeaderRow(prose);
}

/** The start of a list's first item under a heading (1. …, • …). */
const ITEM_START = /^\s*(?:\d{1,3}[.)]|[•*-])\s/;

/** The line after a heading: a blank line, or the first item of the list under it (1. …, • …). */
function headsBlock(next: Line | undefined): boolean {
  return next === undefined || next.kind === 'blank' || (next.kind === 'text' && ITEM_START.test(next.prose));
}

/** A line that may break the document into parts (篇二, 附件1, 议题二：…, Attachment A: …). */
const PART_BREAK_HINT = /篇|范文|样文|例文|附|议题|attachment/i;

/**
 * What the outline reads of a line of text that holds no marker, beyond its indentation: a colon at its end (a
 * lead-in), a bullet, a part break (篇二, 附件1), the title of the front matter (重要提示 over its own 一、…: FRONT_MATTER),
 * and in plain text whether it may be a heading of its own (PLAIN_TITLE, CAPS_TITLE) or a field of a paper's header under one (HEADER_FIELD), or open the list under one (ITEM_START), and whether
 * it ends as a list item another follows does (ITEM_END: the 3. under it is that list's item). '' when none. The incremental model keeps or moves the outline only while
 * this stays the same on every changed line: a new reader of prose lines in this file belongs here too.
 */
export function proseReads(prose: string): string {
  const colon = /[:：]\s*$/.test(prose) ? 'c' : '';
  const bullet = /^\s*[-*+][ \t]/.test(prose) ? 'b' : '';
  const part = PART_BREAK_HINT.test(prose) ? `p${prose.trim().length <= 80 ? prose.trim() : ''}|` : '';
  // What the outline's users read of the lines above numbered items (withoutQuotedItems: a lead-in naming a source or a
  // number, a schedule's heading), so that the outline, and what is kept with it, goes when they change.
  const quotes = quotedItemsReads(prose);
  return `${colon}${bullet}${part}${FRONT_MATTER.test(prose) ? 'f' : ''}${headingLine(prose) ? 't' : ''}${HEADER_FIELD.test(prose) ? 'h' : ''}${isHeaderRow(prose) ? 'r' : ''}${ITEM_START.test(prose) ? 'i' : ''}${ITEM_END.test(prose) ? 'e' : ''}${isGroupLabel(prose) ? 'g' : ''}${quotes ? `q${quotes}|` : ''}`;
}

/**
 * Plain text: a heading line of its own (PLAIN_TITLE) between the group's last item and a 1. no further right than
 * the items: the 1. numbers the paragraphs of the section under it afresh (1. 2. ⏎ The Ombudsman’s role and powers ⏎ 1. 2.).
 */
/** A plain-text heading line of its own (ProseContext.titles) between lines `from` and `to`, no further right than `indent`. */
function titleBetween(context: ProseContext, from: number, to: number, indent: number, lines: Line[]): boolean {
  for (let i = firstAt(context.titles, (t) => t > from); i < context.titles.length && context.titles[i] < to; i++) {
    if (leadingColumns(lines[context.titles[i]].prose) <= indent) return true;
  }
  return false;
}

function titledBetween(group: SiblingGroup, marker: Marker, context: ProseContext, lines: Line[]): boolean {
  const last = group.items[group.items.length - 1];
  if (!last) return false;
  const lo = firstAt(context.titles, (t) => t > last.marker.line);
  for (let i = lo; i < context.titles.length && context.titles[i] < marker.line; i++) {
    if (leadingColumns(lines[context.titles[i]].prose) <= marker.indent) return true;
  }
  return false;
}

/**
 * 1. Approve the budget. ⏎ 2. Note the audit report. ⏎ 3. … ⏎ 4. … ⏎ The papers follow below. ⏎ 1. Budget ⏎ The budget
 * is… ⏎ 2. …: a list that opens the text (no numbered line above it), its items on lines of their own with no text
 * between them — an agenda, a summary, an untitled contents —, then text, then a 1. with text under it: the sections
 * are numbered afresh, the opening list is a list of its own (a 2. there starts the sections late, not a step back
 * in the list). Reads only the kinds of lines and the markers.
 */
function afterFrontList(group: SiblingGroup, m: Marker, sectionsInPart: number, nextMarker: Marker | undefined, lines: Line[]): boolean {
  const { items } = group;
  if (group.parent || items.length < 3 || sectionsInPart !== items.length || items[0].marker.value !== 1 || m.value > items[items.length - 1].marker.value) return false;
  for (let k = 1; k < items.length; k++) {
    for (let l = items[k - 1].marker.line + 1; l < items[k].marker.line; l++) if (lines[l].kind !== 'blank') return false;
  }
  let between = false;
  for (let l = items[items.length - 1].marker.line + 1; l < m.line && !between; l++) between = lines[l].kind === 'text';
  if (!between) return false;
  const end = nextMarker ? nextMarker.line : lines.length;
  for (let l = m.line + 1; l < end; l++) if (lines[l].kind !== 'blank') return lines[l].kind === 'text';
  return false;
}

/**
 * RECOMMENDATIONS ⏎ 1. That the report BE RECEIVED… ⏎ 2. … ⏎⏎ 1. PURPOSE ⏎ 1.1 This report…: a list under a heading or
 * a lead-in of its own (The Committee is asked to:), none of its items over a 1.1, then a 1. with its 1.1 under it —
 * the report's numbered sections start there, they do not restart the list (plain text, where such lists stand at
 * the sections' margin).
 */
function sectionsAfterHeadedList(group: SiblingGroup, m: Marker, nextMarker: Marker | undefined, context: ProseContext, lines: Line[]): boolean {
  const { items } = group;
  if (m.value !== 1 || m.headingLevel !== undefined || items.length < 2 || items[0].marker.value !== 1) return false;
  if (!nextMarker || nextMarker.kind !== 'dotted' || nextMarker.path.length !== 2 || nextMarker.path[0] !== 1 || nextMarker.path[1] !== 1) return false;
  if (items.some((s) => s.children.some((c) => c.marker.kind === 'dotted'))) return false;
  const first = items[0].marker.line;
  if (context.leadIn.has(first)) return true;
  let above = first - 1;
  while (above >= 0 && lines[above].kind === 'blank') above--;
  if (above < 0) return false;
  const at = firstAt(context.titles, (t) => t >= above);
  return context.titles[at] === above;
}

/**
 * The list that a list started afresh interrupted, when an item numbered past 1 carries it on (1. 2. / 1. 1. 1. /
 * 3.: the 3. is the third item of the first list, not the fourth of the second) — at the same indentation, with no
 * line further left between (a sub-list under another bullet is another list).
 */
function resumedList(candidate: SiblingGroup | undefined, m: Marker, lines: Line[]): SiblingGroup | undefined {
  const last = candidate?.items[candidate.items.length - 1];
  if (!last || !last.marker.listItem || last.marker.value !== m.value - 1 || last.marker.indent !== m.indent) return undefined;
  for (let l = last.marker.line + 1; l < m.line; l++) {
    if (lines[l].kind === 'text' && leadingColumns(lines[l].prose) < m.indent) return undefined;
  }
  return candidate;
}

/** The paragraphs a titled list interrupted, when `m` goes on from their last one (same kind, style and indentation). */
function resumedParagraphs(candidate: SiblingGroup | undefined, m: Marker): SiblingGroup | undefined {
  const last = candidate?.items[candidate.items.length - 1]?.marker;
  if (!last || last.listItem || last.value !== m.value - 1 || last.indent !== m.indent || last.kind !== m.kind || last.style !== m.style) return undefined;
  return candidate;
}

/**
 * The short titles a list under a lead-in interrupted (1. Finance ⏎ Resolved: ⏎ 1. … ⏎ 2. …), when `m`, a short title
 * of theirs (same kind, style and indentation), comes after them: it goes on from their last one, or skips from it
 * without counting on the list (3. Estates after 1. 2. 3.), where the list under the lead-in is of sentences (To
 * approve the budget.); where its items are short too, only when `m` steps back in it and goes on exactly from the
 * titles' last one.
 */
function resumedHeadings(candidate: SiblingGroup | undefined, fresh: SiblingGroup, m: Marker): SiblingGroup | undefined {
  const last = candidate?.items[candidate.items.length - 1]?.marker;
  if (!last || last.listItem || last.value >= m.value || last.indent !== m.indent || last.kind !== m.kind || last.style !== m.style) return undefined;
  if (!shortHeading(last) || !shortHeading(m)) return undefined;
  // A short title that also counts on the sentences (3. Any other business after 1. To approve… 2. To note…) is read
  // as theirs unless it goes on exactly from the titles.
  const next = last.value === m.value - 1;
  if (fresh.items.every((s) => !shortHeading(s.marker))) return next || !countsOn(fresh, m.value) ? candidate : undefined;
  return next && !countsOn(fresh, m.value) && repeatsOrStepsBack(fresh, m.value) ? candidate : undefined;
}

/** A numbered line whose title is short and ends on no punctuation (1. Finance, 2.基建项目): a heading, not a sentence. */
function shortHeading(m: Marker): boolean {
  return m.shortTitle === true;
}

/**
 * 2. after 1. 2. (or 3. after 1. 2. 3.): a repeat or a step back in the list being written, not the interrupted list
 * taken up again (1. 1. 1. ⏎ Lessons: ⏎ 1. 2. 2. repeats its 2.). A list of 1.s counts nothing, so it never holds on.
 */
function repeatsOrStepsBack(group: SiblingGroup, value: number): boolean {
  const { items } = group;
  const last = items[items.length - 1].marker.value;
  return last >= value && !items.every((s) => s.marker.value === 1);
}

/** 3. after 1. 2.; not after 1. 1. (numbered by the renderer: a writer who wrote 1. 1. does not go on with 3.). */
function countsOn(group: SiblingGroup, value: number): boolean {
  const { items } = group;
  return items[items.length - 1].marker.value === value - 1 && !(items.length > 1 && items.every((s) => s.marker.value === 1));
}

/**
 * In Markdown, a new list begins when an unindented paragraph stands between two items, and a sub-list ends
 * with its parent item: a line left of the sub-list, or a bullet at its depth (- A / 1. 2. / - B / 1. 2.).
 */
function listBroken(group: SiblingGroup, marker: Marker, context: ProseContext, lines: Line[]): boolean {
  const last = group.items[group.items.length - 1];
  if (!last) return false;
  // Items of one list line up; a 1. two columns off is another list (one that sat inside a bullet item).
  if (last.marker.listItem && Math.abs(last.marker.indent - marker.indent) >= 2) return true;
  for (let l = last.marker.line + 1; l < marker.line; l++) {
    const line = lines[l];
    if (line.kind !== 'text') continue;
    const indent = leadingColumns(line.prose);
    if (indent < marker.indent || (indent <= marker.indent && /^\s*[-*+][ \t]/.test(line.prose))) return true;
  }
  // First break after the last item (binary search: breaks are in line order).
  const lo = firstAt(context.breaks, (b) => b > last.marker.line);
  return lo < context.breaks.length && context.breaks[lo] < marker.line;
}

function findParts(lines: Line[], markers: readonly Marker[]): Part[] {
  const parts: Part[] = [];
  let start = 0;
  let m = 0;
  // The first marker below a line opens a first item (markers are in line order: one pointer for the whole pass).
  const firstItemBelow = (line: number): boolean => {
    while (m < markers.length && markers[m].line <= line) m++;
    return m < markers.length && markers[m].value === 1;
  };
  // 附件：标题 ⏎ 一、…: the first marker below starts again at 1 in a kind the draft has already taken past 1.
  const restartsBelow = (line: number): boolean => {
    const at = markers.findIndex((k) => k.line > line);
    const first = markers[at];
    return first !== undefined && first.value === 1 && markers.slice(0, at).some((k) => k.kind === first.kind && k.value > 1);
  };
  for (const line of lines) {
    if (line.kind !== 'text' || line.index <= start) continue;
    const length = line.prose.trim().length;
    if ((length <= 40 && UNNUMBERED_ATTACHMENT.test(line.prose) && restartsBelow(line.index)) || (length <= 60 && PART_BREAK.test(line.prose)) || (length <= 80 && EN_ATTACHMENT_BREAK.test(line.prose)) || (length <= 60 && AGENDA_PAPER_BREAK.test(line.prose) && firstItemBelow(line.index))) {
      parts.push({ startLine: start, endLine: line.index - 1 });
      start = line.index;
    }
  }
  parts.push({ startLine: start, endLine: lines.length - 1 });
  return parts;
}

/**
 * The prefix a dotted item's number repeats when it is the id of the plan item its parent's title names rather than a
 * sub-number of the parent's section: ## 4. Objective 3: Reduce cost ⏎ - 3.4 … ⏎ - 3.5 … ([3]); Goal 2 → 2.1, 2.2;
 * Recommendation 5 → 5.1, 5.2. With the lines, the plan item may also be named on a line of text of its own between
 * the parent and the item (3 Objectives ⏎ Objective 1: Safer roads ⏎ 1.1 … ⏎ Objective 2: Cleaner air ⏎ 2.1 …): the
 * nearest such line above the item decides. Undefined when the item's number does not start with the label's (4.1
 * under it is a sub-number of section 4, 2.1 a slip either way), or when the label's number is the section's own
 * (## 3. Objective 3).
 */
export function labelPrefix(section: Section, lines?: readonly Line[]): number[] | undefined {
  const m = section.marker;
  const parent = section.parent;
  if (m.kind !== 'dotted' || m.path.length !== 2 || !parent) return undefined;
  const p = parent.marker;
  const title = p.kind !== 'heading' && parent.title.startsWith(p.text) ? parent.title.slice(p.text.length) : parent.title;
  let n = labelNumber(title);
  // ## 3. Objective 3 ⏎ 3.1: the section's own number as well; its items are read as any section's.
  if (n !== undefined) return m.path[0] === n && !(p.kind !== 'heading' && p.path.length === 1 && p.value === n) ? [n] : undefined;
  if (!lines) return undefined;
  // 3 Objectives ⏎ 3.1 Overview ⏎ Goal 3: Better buses ⏎ 3.1 …: a line naming the plan item decides, whatever the section's number.
  for (let l = m.line - 1, seen = 0; l > p.line && seen < LABEL_LOOK_BACK && n === undefined; l--, seen++) n = labelLineNumber(lines[l]);
  return n !== undefined && m.path[0] === n ? [n] : undefined;
}

/** How many lines above a dotted item labelPrefix looks for the line that names its plan item. */
const LABEL_LOOK_BACK = 40;

const labelLines = new WeakMap<Line, number | null>();

/** The number a short line of text names a plan item by (Objective 1: Safer roads), if it is such a line. */
export function labelLineNumber(line: Line): number | undefined {
  if (line.kind !== 'text') return undefined;
  let n = labelLines.get(line);
  if (n === undefined) {
    const t = line.prose.trim().replace(/^#{1,6}[ \t]+/, '');
    n = t.length <= 80 && !/[,;，；]$/.test(t) ? labelNumber(t) ?? null : null;
    labelLines.set(line, n);
  }
  return n ?? undefined;
}

export function titleOf(line: Line, marker: Marker): string {
  let rest = line.text.slice(marker.titleStart);
  if (marker.headingLevel !== undefined) rest = rest.replace(/[ \t]+#+[ \t]*$/, '');
  const stop = rest.search(/[。；;！？!?]|\s{2,}/);
  if (stop >= 0) rest = rest.slice(0, stop);
  rest = rest.trim();
  if (rest.length > 60) rest = rest.slice(0, 59) + '…';
  // The marker as written, with the spacing the writer used before the title.
  const label = marker.kind === 'heading' ? '' : line.text.slice(marker.start, marker.titleStart).trimStart();
  // Emphasis around a Markdown marker (**一、总体情况**) is not part of the title.
  return (label + rest).replace(/\*\*|__/g, '').trim() || formatMarker(marker, marker.path);
}

/** A section runs until the next section that is not inside it; trailing blank lines are left out. */
function computeEnds(sections: Section[], parts: Part[], lines: Line[]): void {
  const lastTextLine = (from: number, to: number) => {
    let l = to;
    while (l > from && lines[l].kind === 'blank') l--;
    return l;
  };
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length) {
      const top = open[open.length - 1];
      if (top.part === section.part && isAncestor(top, section)) break;
      open.pop();
      const limit = top.part === section.part ? section.marker.line - 1 : parts[top.part].endLine;
      top.endLine = lastTextLine(top.marker.line, limit);
    }
    open.push(section);
  }
  for (const section of open) section.endLine = lastTextLine(section.marker.line, parts[section.part].endLine);
}

function isAncestor(candidate: Section, section: Section): boolean {
  for (let p = section.parent; p; p = p.parent) if (p === candidate) return true;
  return false;
}

/**
 * 重要提示 / 前言 / 说明 alone on its line: the front matter of an annual report or a plan, whose own list (一、…十一、 of
 * an annual report's 重要提示) comes before the first 第一节 and is not cut from under one.
 */
const FRONT_MATTER = /^\s*(?:重要提示|重要提醒|特别提示|重要声明|声明|前\s*言|引\s*言|序\s*言|说\s*明|說\s*明|编制说明|編製說明|摘\s*要|提\s*要)\s*[：:]?\s*$/;

/**
 * 重要提示 / 一、…十一、 / 第一节: a top-level list (or one under an unnumbered Markdown heading) under the front matter's
 * title, which the body's 第一节 follows.
 */
function frontMatterList(top: Section, lines: Line[]): boolean {
  if (top.parent && top.parent.marker.kind !== 'heading') return false;
  const first = top.group.items[0];
  return first !== undefined && FRONT_MATTER.test(textLineBefore(lines, first.marker.line)?.prose ?? '');
}

/** The nearest line with text before `line`. */
function textLineBefore(lines: Line[], line: number): Line | undefined {
  for (let l = line - 1; l >= 0; l--) if (lines[l].kind === 'text') return lines[l];
  return undefined;
}

/** The first section of a level that appears at the top, before its parent level ever does (a cut draft). */
function markBeforeParent(sections: Section[], parts: Part[], rankOf: (key: string) => number, leadIn: Set<number>, lines: Line[]): void {
  const byPart = parts.map((): Section[] => []);
  for (const s of sections) byPart[s.part].push(s);
  for (let p = 0; p < parts.length; p++) {
    const inPart = byPart[p];
    const firstOf = new Map<string, Section>();
    for (const s of inPart) if (!firstOf.has(s.key)) firstOf.set(s.key, s);
    const seen = new Set<string>();
    for (const s of inPart) {
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      if (s.parent || s.marker.listItem || s.marker.note || leadIn.has(s.marker.line) || /^h\d|@/.test(s.key)) continue;
      if (FRONT_MATTER.test(textLineBefore(lines, s.marker.line)?.prose ?? '')) continue;
      // The nearest level above this one whose first section comes later.
      let parentKey: string | undefined;
      for (const [key, first] of firstOf) {
        if (/^h\d|@/.test(key) || first.marker.line <= s.marker.line || rankOf(key) >= rankOf(s.key)) continue;
        if (!parentKey || rankOf(key) > rankOf(parentKey)) parentKey = key;
      }
      if (parentKey) s.beforeParent = { parentKey, firstParent: firstOf.get(parentKey)! };
    }
  }
}

/**
 * Some documents number a lower level straight through (1…26 across 一、…十、). Where most parents
 * continue the previous parent's numbering, the level is straight-through and each group is chained to
 * the one before it.
 */
function linkStraightThrough(groups: SiblingGroup[]): Set<string> {
  const votes = new Map<string, { cont: number; restart: number }>();
  const lastByKey = new Map<string, SiblingGroup>();
  // Dotted numbers under unnumbered sub-headings (### General Fund ⏎ 3.1 3.2 ⏎ ### Long-Term Obligations ⏎ 3.3): voted
  // apart, among the groups of one prefix only (their own level's restarts elsewhere, 1.1 under 1., say nothing of them).
  const byPrefix = new Map<string, { cont: number; restart: number; links: SiblingGroup[] }>();
  for (const group of groups) {
    if (!group.parent || group.fresh) continue;
    const id = `${group.part}|${group.key}|${group.parent.key}`;
    const before = lastByKey.get(id);
    lastByKey.set(id, group);
    if (!before) continue;
    const within = samePrefix(before, group);
    if (within !== undefined) {
      if (!within) continue;
      group.previous = before;
      const p = byPrefix.get(group.key) ?? { cont: 0, restart: 0, links: [] };
      if (group.items[0].marker.value === 1) p.restart++;
      else p.cont++;
      p.links.push(group);
      byPrefix.set(group.key, p);
      continue;
    }
    // ## 一、主要工作 ⏎ ### 档案接收 ⏎ 1、2、 ⏎ ### 档案利用 ⏎ 3、4、 ⏎ ## 三、下一步打算 ⏎ ### 新馆建设 ⏎ 1、: items numbered
    // through the unnumbered sub-headings of a section start again at 1 in the next section, which is no restart of
    // the level and no break of its count.
    if (group.items[0].marker.value === 1 && underHeadingsOf(before) !== underHeadingsOf(group)) continue;
    const last = before.items[before.items.length - 1].marker.value;
    const first = group.items[0].marker.value;
    const v = votes.get(group.key) ?? { cont: 0, restart: 0 };
    votes.set(group.key, v);
    // 1.1 1.2 under 1., then 2.1 (or 3.2) under 2.: another prefix starts the numbers again — no run of the group before.
    if (otherPrefix(before, group)) {
      if (first === 1) v.restart++;
      continue;
    }
    group.previous = before;
    if (first === last + 1 && first !== 1) v.cont++;
    else if (first === 1) v.restart++;
  }
  for (const p of byPrefix.values()) if (p.cont > p.restart) for (const group of p.links) group.throughPrefix = true;
  const straight = new Set<string>();
  for (const [key, v] of votes) if (v.cont > v.restart) straight.add(key);
  // Paragraphs numbered through the whole report under parents of several kinds (I. ⏎ 1) 2) ⏎ II. ⏎ A. ⏎ 3) ⏎ B. ⏎
  // 4) ⏎ III. ⏎ 5)): chained to the group before in the text, whatever its parent, when that reading counts on more often
  // than it restarts and more often than the reading by parent kind.
  const byText = new Map<string, { cont: number; restart: number; links: [SiblingGroup, SiblingGroup][] }>();
  const lastInText = new Map<string, SiblingGroup>();
  for (const group of groups) {
    if (!group.parent || group.fresh || group.prefix) continue;
    const id = `${group.part}|${group.key}`;
    const before = lastInText.get(id);
    lastInText.set(id, group);
    if (!before) continue;
    const t = byText.get(group.key) ?? { cont: 0, restart: 0, links: [] };
    byText.set(group.key, t);
    const last = before.items[before.items.length - 1].marker.value;
    const first = group.items[0].marker.value;
    if (otherPrefix(before, group)) {
      if (first === 1) t.restart++;
      continue;
    }
    if (first === last + 1 && first !== 1) t.cont++;
    else if (first === 1) t.restart++;
    t.links.push([group, before]);
  }
  for (const [key, t] of byText) {
    const v = votes.get(key) ?? { cont: 0, restart: 0 };
    if (t.cont <= t.restart || t.cont <= v.cont) continue;
    for (const [group, before] of t.links) group.previous = before;
    straight.add(key);
  }
  return straight;
}

/** The level key of Markdown headings (### 5.2 Expenditure). */
const HEADING_KEY = /^h[1-6]$/;

/**
 * The section on the stack whose run a dotted number goes on although written otherwise: the nearest dotted number
 * above it, at its depth and with its prefix and a number before its own, the one or the other at a Markdown
 * heading's level (### 5.2 Expenditure ⏎ 5.3 Member contributions… ⏎ 5.4 …, or 2.2 … ⏎ ### 2.3 Risks). A deeper number
 * (5.2.1) is a child as ever; the heading's own number again (### 3.1 Income ⏎ 3.1 …) keeps its old reading.
 */
function dottedSibling(stack: Section[], m: Marker, key: string): Section | undefined {
  if (m.path.length < 2) return undefined;
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i].marker;
    if (s.kind !== 'dotted') continue;
    // 3.3 ⏎ 3.3.1 … ⏎ #### 3.4: the open sub-paragraphs of the section before are closed by it, not its siblings.
    if (s.path.length > m.path.length && s.path.slice(0, m.path.length - 1).join('.') === m.path.slice(0, -1).join('.')) continue;
    if (stack[i].key === key || s.path.length !== m.path.length || m.value <= s.value || (!HEADING_KEY.test(stack[i].key) && !HEADING_KEY.test(key))) return undefined;
    for (let j = 0; j < m.path.length - 1; j++) if (s.path[j] !== m.path[j]) return undefined;
    return stack[i];
  }
  return undefined;
}

/**
 * The open section whose number a dotted heading extends by one (3.2 for ### 3.2.1), written at the heading's own
 * level (### 3.2, or the paragraph 3.2 going on from ### 3.1): the nearest dotted section on the stack, or undefined.
 */
function dottedParent(stack: Section[], m: Marker, key: string): Section | undefined {
  if (m.path.length < 3) return undefined;
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i];
    if (s.marker.kind !== 'dotted') continue;
    if (s.key !== key || s.marker.path.length !== m.path.length - 1) return undefined;
    for (let j = 0; j < s.marker.path.length; j++) if (s.marker.path[j] !== m.path[j]) return undefined;
    return s;
  }
  return undefined;
}

/**
 * The section a group sits in through unnumbered Markdown headings (### 档案接收 under ## 一、主要工作: the 一、), or
 * undefined when its parent is numbered (or at the top).
 */
function underHeadingsOf(group: SiblingGroup): Section | undefined {
  let s = group.parent;
  if (!s || s.marker.kind !== 'heading') return undefined;
  while (s && s.marker.kind === 'heading') s = s.parent;
  return s;
}

/**
 * For two groups of dotted numbers under unnumbered headings (grouped by prefix), whether they share their prefix
 * (3.1 3.2 ⏎ ### Long-Term Obligations ⏎ 3.3 3.4: the paragraphs of section 3 under its sub-headings); undefined for
 * other groups. Groups of another prefix (1.1 1.2, then 2.1) are no run of each other.
 */
function samePrefix(before: SiblingGroup, group: SiblingGroup): boolean | undefined {
  const a = before.prefix;
  const b = group.prefix;
  if (!a || !b || a.length !== b.length) return undefined;
  return a.every((n, i) => n === b[i]);
}

/** Two groups of dotted numbers of one depth whose prefixes differ (1.2, then 2.1 or 3.2). */
function otherPrefix(before: SiblingGroup, group: SiblingGroup): boolean {
  const a = before.items[before.items.length - 1].marker;
  const b = group.items[0].marker;
  if (a.kind !== 'dotted' || b.kind !== 'dotted' || a.path.length < 2 || a.path.length !== b.path.length) return false;
  for (let i = 0; i < a.path.length - 1; i++) if (a.path[i] !== b.path[i]) return true;
  return false;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  const i = findLastIndex(items, test);
  return i >= 0 ? items[i] : undefined;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** 一、 > （一） > 1、 — the document's numbered levels from the top, each as the document first writes it. */
export function levelOrderText(outline: Outline, separator = ' > '): string {
  const firstOf = new Map<string, Section>();
  for (const s of outline.sections) if (!firstOf.has(s.key)) firstOf.set(s.key, s);
  return outline.order
    .filter((key) => !/^h\d|@/.test(key) && firstOf.has(key) && firstOf.get(key)!.marker.kind !== 'heading')
    .map((key) => firstOfLevel(firstOf.get(key)!.marker))
    .join(separator);
}

/** The first marker of a marker's level, as the document writes it: 一、, （一）, 1.1 (a dotted level keeps its depth). */
export function firstOfLevel(marker: Marker): string {
  return formatMarker({ kind: marker.kind, style: baseStyle(marker) }, marker.kind === 'dotted' ? marker.path.map(() => 1) : 1);
}
