// The draft's references to its own parts, and what each names: 见第三部分 → the heading 三、 (or 第三部分), 详见（二）
// → （二） of the part it is in, see section 4.2 → 4.2, Appendix B → the line APPENDIX B, 详见附件2 → the 附件2 heading
// (or the second entry of the 附件： list), 如表3所示 → the caption 表3. Read with the cross-reference rule's reader, so
// both agree on what a reference is, and carried on through a coordinated list the reader stops at: in 见（四）和第6部分,
// 详见“3.”和“五、”, 第三部分至第五部分, see sections 2 and 3, every member names a part. A reference into another
// document (见《…》第三部分) is not read, nor is a member after it.
// Go to Definition, Find All References and renumbering read the draft through it.

import type { ReportDocument } from './model/document';
import type { Line } from './model/lines';
import { parseChineseNumeral } from './model/numerals';
import type { Section } from './model/outline';
import { rangeIn, type Paragraph } from './model/paragraphs';
import { referencesIn, type Reference, type ReferenceKind } from './rules/cross-reference';
import type { Position, Range } from './types';

export type { Reference, ReferenceKind };

/** A marker quoted after a reference word, or as a member of a list of references: 详见“3.”, 见“（二）”和“五、”. */
export interface QuotedMarker {
  paragraph: Paragraph;
  /** The quoted text with its quotes. */
  start: number;
  end: number;
  /** The marker as quoted (3., （二）, 五、). */
  quoted: string;
}

/** A reference of the draft, with what it names in it (several when the draft has more than one of that number). */
export interface ReferenceLink {
  range: Range;
  text: string;
  targets: Range[];
}

const CN = '一二三四五六七八九十百零〇';
/** 见上文“3.”, 详见“（二）”: a marker quoted after a reference word names the item it heads. */
const QUOTED_MARKER = /(?:见|参照|参看|按照)(?:上文|下文|前文|本文|本部分|本节)?(?:第)?[“"]([^”"\n]{1,8})[”"]/g;

// A list of references goes on after a joining word (和, 及, 、, 至; and, or, to) with the next member right after it.
const JOIN_ZH = /[ \t\u3000]*(?:以及|或者|和|及|与|、|至|到|或|跟)[ \t\u3000]*/y;
const JOIN_EN = /(?:[ ]*,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or|to|through)[ ]+|[ ]?[–—-][ ]?)/y;
const STRUCTURE_MEMBER = new RegExp(`第([${CN}]{1,6}|\\d{1,4})(部分|章|节)(?![课課])`, 'y');
const ITEM_MEMBER = /[（(]([一二三四五六七八九十]{1,3})[）)]/y;
const QUOTED_MEMBER = /[“"]([^”"\n]{1,8})[”"]/y;
/** What a quoted marker looks like: 五、, （二）, 3., 3.2, 第三部分 (not “十四五”, a slogan). */
const MARKER_SHAPE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?|[A-Za-z][.．)]|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节))$/;
const ATTACHMENT_MEMBER = /附[ ]?件[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．])/y;
const CAPTION_MEMBER = /(表|图|圖)[ ]?(\d{1,3}(?:[.．\-－]\d{1,3}){0,2})(?![\d％%]|[.．\-－]\d)/y;
/** 附件2、3, 表2和3: the number alone, the word of the member before understood — not 附件2和3月份的报表. */
const BARE_ZH_MEMBER = /(\d{1,3}(?:[.．\-－]\d{1,3}){0,2}|[一二三四五六七八九十]{1,3})(?=[）)，,。；;、：:和及与至或所中的]|$)/y;
const ENGLISH_MEMBER = /(Section|section|Chapter|chapter|Part|part|Appendix|appendix|Annex|annex|Table|table|Figure|figure)[ ]{1,3}(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-])/y;
/** Sections 3 and 4, Appendix B and C: the number alone, then the end of the list or of the clause. */
const BARE_EN_MEMBER = /(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-]|\.\d)(?=[ ]*(?:[,.;:)]|$|(?:and|or|to|through|below|above|of|in)\b))/y;
/** see sections 2 and 3, Appendices B and C: a plural the reader does not take, opening a list (in lower case after a reference word). */
const PLURAL_EN = /\b(Sections|sections|Chapters|chapters|Appendices|appendices|Annexes|annexes|Tables|tables|Figures|figures)[ ]{1,3}(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-]|\.\d)/g;
const LOWER_CASE_LEAD = /\b(?:see|in|under|at|and|to|from|also)[ ]+$/i;
/**
 * Sections 38 and 278 of the Highways Act, Chapters 2 to 4 of Smith (2019), Section 3, 2 of which…: a list that goes on
 * with "of" or "in" is another document's, or no list, unless it says this one (of this report).
 */
const OTHER_DOCUMENT_AFTER = /^(?:\([0-9a-zA-Z]{1,4}\))*[ ]+(?:of|in|under)[ ]+(?!(?:this|the[ ]+present)\b)/;

/** 详见第三、四部分, 见第二至四章: one word for several parts, each numeral a reference. */
const SHARED_UNIT = new RegExp(`第([${CN}]{1,4}|\\d{1,3})((?:[、和及与或至到][${CN}]{1,4}|[、和及与或至到]\\d{1,3}){1,8})(部分|章|节)(?![课課])`, 'g');
const SHARED_LEAD = /(?:见|参阅|参看|参照|按照|依照|根据|对照|上文|下文|前文|后文|本报告|本文|本方案|本规划|本计划|在)$/;

const ENGLISH_KINDS = new Set<ReferenceKind>(['en-section', 'en-chapter', 'en-part', 'appendix', 'annex', 'en-attachment', 'en-lettered-section']);
const ENGLISH_WORD: Record<string, ReferenceKind> = { section: 'en-section', chapter: 'en-chapter', part: 'en-part', appendix: 'appendix', annex: 'annex', table: 'table', figure: 'figure', sections: 'en-section', chapters: 'en-chapter', appendices: 'appendix', annexes: 'annex', tables: 'table', figures: 'figure' };

/** The references of one paragraph to this draft, every member of a list of them included, and the markers it quotes. */
export interface ParagraphReferences {
  references: Reference[];
  quoted: QuotedMarker[];
}

/** The references of a paragraph, as the cross-reference rule reads them, and the members of their lists. */
export function paragraphReferences(paragraph: Paragraph, hasArticles = false, lines?: readonly Line[]): ParagraphReferences {
  const text = paragraph.text;
  const references = referencesIn(paragraph, hasArticles, lines);
  const quoted: QuotedMarker[] = [];
  const starts = new Set(references.map((r) => r.start));
  const out = { references: [...references], quoted };
  const plural = new Set<Reference>();
  if (text.includes('“') || text.includes('"')) {
    QUOTED_MARKER.lastIndex = 0;
    for (let m = QUOTED_MARKER.exec(text); m; m = QUOTED_MARKER.exec(text)) {
      const end = m.index + m[0].length;
      if (!MARKER_SHAPE.test(m[1])) continue;
      quoted.push({ paragraph, start: end - m[1].length - 2, end, quoted: m[1] });
      starts.add(end - m[1].length - 2);
    }
  }
  if (text.includes('第')) sharedUnit(paragraph, out.references, starts);
  if (/[Ss]ections|[Cc]hapters|[Aa]ppendices|[Aa]nnexes|[Tt]ables|[Ff]igures/.test(text)) {
    PLURAL_EN.lastIndex = 0;
    for (let m = PLURAL_EN.exec(text); m; m = PLURAL_EN.exec(text)) {
      const numberStart = m.index + m[0].length - m[2].length;
      if (starts.has(m.index) || (/^[a-z]/.test(m[1]) && !LOWER_CASE_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
      const ref = englishReference(paragraph, ENGLISH_WORD[m[1].toLowerCase()], m.index, numberStart, m[2]);
      plural.add(ref);
      out.references.push(ref);
      starts.add(m.index);
    }
  }
  // Each list is read once from its first member; a member the reader already has ends the list (its own follows).
  const heads = [...out.references, ...quoted].sort((a, b) => a.start - b.start);
  for (const head of heads) readMembers(paragraph, head, out, starts, plural.has(head as Reference));
  out.references.sort((a, b) => a.start - b.start);
  quoted.sort((a, b) => a.start - b.start);
  return out;
}

/** 详见第三、四部分: 第三 and 四 each a reference to a part (the unit written once, after the last). */
function sharedUnit(paragraph: Paragraph, references: Reference[], starts: Set<number>): void {
  const text = paragraph.text;
  SHARED_UNIT.lastIndex = 0;
  for (let m = SHARED_UNIT.exec(text); m; m = SHARED_UNIT.exec(text)) {
    if (!SHARED_LEAD.test(text.slice(Math.max(0, m.index - 4), m.index)) || starts.has(m.index)) continue;
    const kind: ReferenceKind = m[3] === '部分' ? 'part' : m[3] === '章' ? 'chapter' : 'section';
    references.push({ kind, number: [numberOf(m[1])], paragraph, start: m.index, end: m.index + 1 + m[1].length, numberStart: m.index + 1, numberEnd: m.index + 1 + m[1].length });
    starts.add(m.index);
    const rest = m.index + 1 + m[1].length;
    for (const n of m[2].matchAll(/[、和及与或至到]([^、和及与或至到]+)/g)) {
      const at = rest + n.index! + 1;
      references.push({ kind, number: [numberOf(n[1])], paragraph, start: at, end: at + n[1].length, numberStart: at, numberEnd: at + n[1].length });
      starts.add(at);
    }
  }
}

function readMembers(paragraph: Paragraph, head: Reference | QuotedMarker, out: ParagraphReferences, starts: Set<number>, plural: boolean): void {
  const text = paragraph.text;
  const english = 'kind' in head && (ENGLISH_KINDS.has(head.kind) || /^[A-Za-z]/.test(text.slice(head.start, head.end)));
  const members: (Reference | QuotedMarker)[] = [];
  let previous = head;
  for (;;) {
    const join = english ? JOIN_EN : JOIN_ZH;
    join.lastIndex = previous.end;
    const joined = join.exec(text);
    if (!joined) break;
    const at = previous.end + joined[0].length;
    const member = english ? englishMember(paragraph, at, previous as Reference) : chineseMember(paragraph, at, previous);
    if (!member || starts.has(member.start)) break;
    members.push(member);
    previous = member;
  }
  if (english && OTHER_DOCUMENT_AFTER.test(text.slice(previous.end, previous.end + 40))) {
    // Sections 38 and 278 of the Highways Act: none of the list is this draft's.
    if (plural) out.references.splice(out.references.indexOf(head as Reference), 1);
    return;
  }
  for (const member of members) {
    starts.add(member.start);
    if ('kind' in member) out.references.push(member);
    else out.quoted.push(member);
  }
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function chineseMember(paragraph: Paragraph, at: number, previous: Reference | QuotedMarker): Reference | QuotedMarker | undefined {
  const text = paragraph.text;
  let m = sticky(STRUCTURE_MEMBER, text, at);
  if (m) return member(paragraph, m[2] === '部分' ? 'part' : m[2] === '章' ? 'chapter' : 'section', at, m[0], m[1], [numberOf(m[1])]);
  if ((m = sticky(ITEM_MEMBER, text, at))) return member(paragraph, 'item', at, m[0], m[1], [numberOf(m[1])]);
  if ((m = sticky(QUOTED_MEMBER, text, at)) && MARKER_SHAPE.test(m[1])) return { paragraph, start: at, end: at + m[0].length, quoted: m[1] };
  if ((m = sticky(ATTACHMENT_MEMBER, text, at))) return member(paragraph, 'attachment', at, m[0], m[1], [numberOf(m[1])]);
  if ((m = sticky(CAPTION_MEMBER, text, at))) return member(paragraph, m[1] === '表' ? 'table' : 'figure', at, m[0], m[2], m[2].split(/[.．\-－]/).map(Number));
  // 附件2、3 and 表2和3: the same kind of thing, its word left out.
  if ('kind' in previous && (previous.kind === 'attachment' || previous.kind === 'table' || previous.kind === 'figure') && (m = sticky(BARE_ZH_MEMBER, text, at))) {
    const number = previous.kind === 'attachment' ? [numberOf(m[1])] : m[1].split(/[.．\-－]/).map(Number);
    if (previous.kind === 'attachment' ? !/^\d{1,2}$|^[一二三四五六七八九十]+$/.test(m[1]) : !/^\d/.test(m[1]) || number.length !== previous.number.length) return undefined;
    return member(paragraph, previous.kind, at, m[1], m[1], number);
  }
  return undefined;
}

function englishMember(paragraph: Paragraph, at: number, previous: Reference): Reference | undefined {
  const text = paragraph.text;
  const m = sticky(ENGLISH_MEMBER, text, at);
  if (m) return englishReference(paragraph, ENGLISH_WORD[m[1].toLowerCase()], at, at + m[0].length - m[2].length, m[2]);
  const bare = sticky(BARE_EN_MEMBER, text, at);
  if (!bare) return undefined;
  const letter = /^[A-Z]$/.test(bare[1]);
  // The same kind of label as the member before: Appendix B and C, Sections 3 and 4 (not Section 3 and A).
  if (letter !== /^[A-Z]$/.test(text.slice(previous.numberStart, previous.numberEnd))) return undefined;
  return englishReference(paragraph, previous.kind, at, at, bare[1]);
}

function englishReference(paragraph: Paragraph, kind: ReferenceKind, start: number, numberStart: number, label: string): Reference {
  const letter = /^[A-Z]$/.test(label);
  const number = letter ? [label.charCodeAt(0) - 64] : label.split('.').map(Number);
  const section = kind === 'en-section' || kind === 'en-chapter' || kind === 'en-part';
  return {
    kind: letter && kind === 'en-section' ? 'en-lettered-section' : kind,
    number: section ? [number[0]] : number,
    ...(kind === 'en-section' && number.length > 1 ? { path: number } : {}),
    paragraph,
    start,
    end: numberStart + label.length,
    numberStart,
    numberEnd: numberStart + label.length,
  };
}

function member(paragraph: Paragraph, kind: ReferenceKind, at: number, written: string, numberText: string, number: number[]): Reference {
  const numberStart = at + written.indexOf(numberText);
  return { kind, number, paragraph, start: at, end: at + written.length, numberStart, numberEnd: numberStart + numberText.length };
}

function numberOf(text: string): number {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text) ?? 0;
}

/** Which marker kinds a reference of each kind names (第五部分 → 五、 or 第五部分, （六） → （六）, Section 5 → 5.). */
const NAMES: Partial<Record<ReferenceKind, readonly string[]>> = {
  part: ['part', 'cn'],
  chapter: ['chapter'],
  section: ['section'],
  item: ['cn-paren'],
  'en-section': ['arabic', 'dotted'],
  'en-chapter': ['chapter', 'arabic'],
  'en-part': ['part'],
};

/**
 * The sections of the draft (of the same part of a compilation) a reference can name, as numbered now: 第三部分 names
 * the draft's 第三部分 heading where it heads its parts so, else its 三、; Section 5 the outermost section numbered 5.
 */
export function sectionsNamed(doc: ReportDocument, ref: Reference): Section[] {
  const kinds = NAMES[ref.kind];
  if (!kinds) return [];
  const part = ref.paragraph.part;
  // 第一部分 … 第三部分 with 一、 to 七、 under them: 第三部分 is one of those (as the cross-reference rule counts them).
  const namedParts = ref.kind === 'part' && doc.outline.sections.some((s) => s.marker.kind === 'part' && s.part === part);
  const named = doc.outline.sections.filter((s) => {
    const m = s.marker;
    if (!kinds.includes(m.kind) || s.part !== part) return false;
    if (namedParts && m.kind !== 'part') return false;
    if (ref.kind === 'en-section' || ref.kind === 'en-chapter') {
      // Section 5 names a section numbered 5. (the outermost such), see 3.2 below the subsection 3.2.
      if (ref.path) return m.kind === 'dotted' && m.path.join('.') === ref.path.join('.');
      return (m.kind === 'arabic' || m.kind === 'chapter') && m.value === ref.number[0];
    }
    return m.value === ref.number[0];
  });
  if (ref.path || (ref.kind !== 'en-section' && ref.kind !== 'en-chapter' && ref.kind !== 'part')) return named;
  const top = Math.min(...named.map(depthOf));
  return named.filter((s) => depthOf(s) === top);
}

/** The sections whose marker, written as quoted, a quoted marker names (“3.”, “（二）”). */
export function sectionsQuoted(doc: ReportDocument, quoted: QuotedMarker): Section[] {
  return doc.outline.sections.filter((s) => s.part === quoted.paragraph.part && s.marker.kind !== 'heading' && s.marker.text.trim() === quoted.quoted);
}

/** How many numbered sections a section is under (a Markdown heading does not count). */
function depthOf(section: Section): number {
  let depth = 0;
  for (let p = section.parent; p; p = p.parent) if (p.marker.kind !== 'heading') depth++;
  return depth;
}

/** Of several sections a reference could name (（二） of two parts), the one of the part the reference is in. */
export function nearestSection(named: readonly Section[], paragraph: Paragraph): Section | undefined {
  const line = paragraph.firstLine;
  const within = named.filter((s) => (s.parent ? s.parent.marker.line <= line && line <= s.parent.endLine : false));
  return within.length === 1 ? within[0] : undefined;
}

/** What the references of a draft name: built once per request, the draft's targets of each kind read when first asked. */
class Resolver {
  private annexes?: Map<string, number[]>;
  constructor(private readonly doc: ReportDocument) {}

  /** The lines a reference names (the first the one meant when the draft tells; several when it cannot be told). */
  linesOf(ref: Reference | QuotedMarker): number[] {
    const doc = this.doc;
    const part = ref.paragraph.part;
    const samePart = (line: number) => doc.partOf(line) === part;
    if (!('kind' in ref)) return sectionLines(sectionsQuoted(doc, ref), ref.paragraph);
    if (ref.kind === 'en-section' && !ref.path) {
      const titled = doc.titledHeadings.filter((h) => h.word === 'section' && h.value === ref.number[0] && samePart(h.line)).map((h) => h.line);
      if (titled.length) return titled;
    }
    if (ref.kind === 'en-part' || ref.kind === 'en-chapter') {
      const word = ref.kind === 'en-part' ? 'part' : 'chapter';
      const titled = doc.titledHeadings.filter((h) => h.word === word && h.value === ref.number[0] && samePart(h.line)).map((h) => h.line);
      if (titled.length) return titled;
    }
    if (NAMES[ref.kind]) return sectionLines(sectionsNamed(doc, ref), ref.paragraph);
    const targets = doc.targets;
    // What the draft has besides sections is numbered through the whole draft (the attachments after the last part of
    // a compilation): those of the reference's own part first.
    const own = (lines: number[]) => {
      const same = lines.filter(samePart);
      return (same.length ? same : lines).slice(0, 1);
    };
    switch (ref.kind) {
      case 'attachment': {
        const all = targets.attachments.filter((a) => a.number === ref.number[0]);
        // The attachment's own heading (附件2) before its entry in the list (附件：1.… 2.…).
        const headings = all.filter((a) => a.list === undefined);
        return own((headings.length ? headings : all).map((a) => a.line));
      }
      case 'appendix':
      case 'annex':
      case 'en-attachment': {
        const word = ref.kind === 'en-attachment' ? 'attachment' : ref.kind;
        return own(targets.appendices.filter((a) => a.word === word && a.number === ref.number[0]).map((a) => a.line));
      }
      case 'article':
        return own(targets.articles.filter((a) => a.number === ref.number[0]).map((a) => a.line));
      case 'table':
      case 'figure':
      case 'exhibit':
      case 'chart':
      case 'box':
        return own(targets.captions.filter((c) => c.kind === ref.kind && c.number.join('.') === ref.number.join('.')).map((c) => c.line));
      case 'annex-table':
      case 'annex-figure':
      case 'annex-appendix':
        return own(this.annexHeadings().get(`${ref.kind}|${ref.number[0]}`) ?? []);
      case 'en-lettered-section':
        return sectionLines(doc.outline.sections.filter((s) => s.marker.kind === 'latin-upper' && !s.marker.listItem && s.parent === undefined && s.marker.value === ref.number[0] && s.part === part), ref.paragraph);
      default:
        return [];
    }
  }

  /** 附表1 项目明细表, 附图2：区位图, 附录一 名词解释 on lines of their own. */
  private annexHeadings(): Map<string, number[]> {
    if (!this.annexes) {
      this.annexes = new Map();
      for (const line of this.doc.lines) {
        if (line.kind !== 'text' || !line.prose.includes('附')) continue;
        const m = ANNEX_HEADING.exec(line.prose.trim());
        if (!m) continue;
        const key = `${m[1] === '表' ? 'annex-table' : m[1] === '图' || m[1] === '圖' ? 'annex-figure' : 'annex-appendix'}|${numberOf(m[2])}`;
        this.annexes.set(key, [...(this.annexes.get(key) ?? []), line.index]);
      }
    }
    return this.annexes;
  }
}

const ANNEX_HEADING = /^(?:#{1,6}[ \t]*)?附(表|图|圖|录|錄)[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．\-－])(?!所|中|显示|可见|表明|列出|反映|[，,。])/;

/** The heading lines of the sections named: the one around the reference when there are several and it tells. */
function sectionLines(named: Section[], paragraph: Paragraph): number[] {
  if (named.length <= 1) return named.map((s) => s.marker.line);
  const near = nearestSection(named, paragraph);
  return (near ? [near] : named).map((s) => s.marker.line);
}

/** The range of a target line: its text, without the indent, a BOM or the blanks after it. */
function lineTarget(doc: ReportDocument, line: number): Range {
  const text = doc.lines[line]?.text ?? '';
  const start = /^[\s\uFEFF\u3000]*/.exec(text)![0].length;
  const end = text.replace(/[\s\u3000]+$/, '').length;
  return { start: { line, character: start }, end: { line, character: Math.max(start, end) } };
}

function readsArticles(doc: ReportDocument): boolean {
  return doc.targets.articles.length >= 3;
}

/** Every reference of the draft to a part of itself, with what it names (nothing, when that part is not there). */
export function referenceLinks(doc: ReportDocument): ReferenceLink[] {
  const resolver = new Resolver(doc);
  const articles = readsArticles(doc);
  const out: ReferenceLink[] = [];
  for (const paragraph of doc.paragraphs) {
    const { references, quoted } = paragraphReferences(paragraph, articles, doc.lines);
    for (const ref of [...references, ...quoted].sort((a, b) => a.start - b.start)) {
      const link = linkOf(doc, resolver, ref);
      if (link) out.push(link);
    }
  }
  return out;
}

/** The reference and what it names; undefined for a heading read as naming itself (附件2 ⏎ 责任分工表 run into a paragraph). */
function linkOf(doc: ReportDocument, resolver: Resolver, ref: Reference | QuotedMarker): ReferenceLink | undefined {
  const range = rangeIn(ref.paragraph, ref.start, ref.end);
  const lines = resolver.linesOf(ref);
  if (lines.includes(range.start.line)) return undefined;
  return { range, text: ref.paragraph.text.slice(ref.start, ref.end), targets: lines.map((l) => lineTarget(doc, l)) };
}

/** The paragraph holding a position's line, by a binary search of the paragraphs (in line order). */
function paragraphAt(doc: ReportDocument, line: number): Paragraph | undefined {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].lastLine < line) lo = mid + 1;
    else hi = mid;
  }
  const p = ps[lo];
  return p && p.firstLine <= line && line <= p.lastLine ? p : undefined;
}

function contains(range: Range, at: Position): boolean {
  const after = at.line > range.start.line || (at.line === range.start.line && at.character >= range.start.character);
  const before = at.line < range.end.line || (at.line === range.end.line && at.character <= range.end.character);
  return after && before;
}

/** The reference at a position (the cursor on it or right after it), with what it names. */
export function referenceAt(doc: ReportDocument, at: Position): ReferenceLink | undefined {
  const paragraph = paragraphAt(doc, at.line);
  if (!paragraph) return undefined;
  const { references, quoted } = paragraphReferences(paragraph, readsArticles(doc), doc.lines);
  const resolver = new Resolver(doc);
  for (const ref of [...references, ...quoted]) {
    const range = rangeIn(paragraph, ref.start, ref.end);
    if (contains(range, at)) return linkOf(doc, resolver, ref);
  }
  return undefined;
}

/** Go to Definition: what the reference at a position names (none for a part the draft does not have). */
export function definitionAt(doc: ReportDocument, at: Position): Range[] {
  return referenceAt(doc, at)?.targets ?? [];
}

/**
 * Find All References: on a heading (or an attachment, appendix, caption line), the references that name it alone; on
 * a reference, the references naming what it names. With `includeDeclaration`, the heading first.
 */
export function referencesAt(doc: ReportDocument, at: Position, includeDeclaration = false): Range[] {
  const onReference = referenceAt(doc, at);
  const target = onReference ? (onReference.targets.length === 1 ? onReference.targets[0].start.line : undefined) : targetLineAt(doc, at.line);
  if (target === undefined) return [];
  const found = referenceLinks(doc).filter((l) => l.targets.length === 1 && l.targets[0].start.line === target).map((l) => l.range);
  return includeDeclaration ? [lineTarget(doc, target), ...found] : found;
}

/** A line a reference can name: a section's heading, an attachment, appendix, article or caption. */
function targetLineAt(doc: ReportDocument, line: number): number | undefined {
  if (doc.outline.sections.some((s) => s.marker.line === line && s.marker.kind !== 'heading')) return line;
  if (doc.titledHeadings.some((h) => h.line === line)) return line;
  const t = doc.targets;
  const lists = [t.attachments, t.appendices, t.articles, t.captions] as { line: number }[][];
  if (lists.some((list) => list.some((x) => x.line === line))) return line;
  const text = doc.lines[line]?.prose.trim() ?? '';
  return ANNEX_HEADING.test(text) || /^#{1,6}[ \t]/.test(doc.lines[line]?.text ?? '') ? line : undefined;
}
