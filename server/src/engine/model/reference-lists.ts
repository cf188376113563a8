// A reference of the draft to a part of itself, and the lists of them: 见（四）和第6部分, 详见第三、四部分, 第三部分至第五
// 部分, 附件2、3, 表2和3, see Sections 2 and 7, section 2.1 and 2.9 of this report, Appendix B and C. The reader of
// references (the cross-reference rule's) reads what a reference word leads; every member of the list it opens names a
// part too, and is read here, so that the rule checks each and navigation and renumbering follow each.
// Not a list: 附件2和3月份 (a month), "Section 3, 2 of which closed", "Section 2 and 2024 figures"; nor one that goes on
// with another document's name (Sections 38 and 278 of the Highways Act, 见《意见》第三、四部分).

import { parseChineseNumeral } from './numerals';
import type { Paragraph } from './paragraphs';
import { matchesOf } from '../patterns';

export type ReferenceKind =
  | 'part' | 'chapter' | 'section' | 'item' | 'article' | 'attachment' | 'table' | 'figure' | 'exhibit' | 'chart' | 'box'
  // 见附表2: a table sent with the draft, listed among its attachments.
  | 'annex-table'
  // 见附图3, 详见附录2: a figure or an appendix of the draft's own 附图/附录 series (附图1 …, 附录1 … as lines of their own).
  | 'annex-figure' | 'annex-appendix'
  | 'en-section' | 'en-chapter' | 'en-part' | 'appendix' | 'annex' | 'en-attachment'
  // see section H in a draft whose parts are A. OVERALL EFFECTIVENESS, B. QUALITY OF EDUCATION…
  | 'en-lettered-section';

export interface Reference {
  kind: ReferenceKind;
  /** 图2.1 → [2, 1]; Section 2.4 → [2] (the top section it is in). */
  number: number[];
  /** Section 2.4 → [2, 4]: the whole dotted number of a section reference. */
  path?: number[];
  paragraph: Paragraph;
  start: number;
  end: number;
  /** Where the number is written in the reference, to show the last existing one in the same form. */
  numberStart: number;
  numberEnd: number;
  /** section 55 of the Road Traffic Regulation Act 1984: a part of another document, kept only to know a later bare
   *  "section 55" goes back to it (not a reference of this draft). */
  outside?: true;
  /** Read as a member of a list another reference opens (见（四）和第6部分: 第6部分). */
  member?: true;
  /** A member written as its number alone (第三、四部分, 表1和3, Sections 2 and 7): the word left out, before and after
   *  the number (第…部分, 表, Section ), to name it in full. */
  unit?: [string, string];
}

/** A marker quoted after a reference word, or as a member of a list of references: 详见“3.”, 见“（二）”和“五、”. */
export interface QuotedMarker {
  paragraph: Paragraph;
  /** The quoted text with its quotes. */
  start: number;
  end: number;
  /** The marker as quoted (3., （二）, 五、). */
  quoted: string;
}

/** The references of one paragraph to this draft, every member of a list of them included, and the markers it quotes. */
export interface ParagraphReferences {
  references: Reference[];
  quoted: QuotedMarker[];
}

const CN = '一二三四五六七八九十百零〇';
/** 见上文“3.”, 详见“（二）”: a marker quoted after a reference word names the item it heads. */
const QUOTED_MARKER = /(?:见|参照|参看|按照)(?:上文|下文|前文|本文|本部分|本节)?(?:第)?[“"]([^”"\n]{1,8})[”"]/g;

// A list of references goes on after a joining word (和, 及, 、, 至; and, or, to) with the next member right after it.
const JOIN_ZH = /[ \t\u3000]*(?:以及|或者|和|及|与|、|至|到|或)[ \t\u3000]*/y;
const JOIN_EN = /(?:[ ]*,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or|to|through)[ ]+|[ ]?[–—-][ ]?)/y;
const STRUCTURE_MEMBER = new RegExp(`第([${CN}]{1,6}|\\d{1,4})(部分|章|节)(?![课課])`, 'y');
const ITEM_MEMBER = /[（(]([一二三四五六七八九十]{1,3})[）)]/y;
const QUOTED_MEMBER = /[“"]([^”"\n]{1,8})[”"]/y;
/** What a quoted marker after 和 looks like: 五、, （二）, 3., 3.2, 1), ①, ii., 第三部分 (not “十四五”, a slogan). */
const MARKER_SHAPE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2}|[A-Za-z])[）)]|\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、)）]?|[A-Za-z]{1,4}[.．)）]|[①-⑳⑴-⒇]|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节))$/;
const ATTACHMENT_MEMBER = /附[ ]?件[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．])/y;
const CAPTION_MEMBER = /(表|图|圖)[ ]?(\d{1,3}(?:[.．\-－]\d{1,3}){0,2})(?![\d％%]|[.．\-－]\d)/y;
/** 附件2、3, 表2和3: the number alone, the word of the member before understood — not 附件2和3月份的报表. */
const BARE_ZH_MEMBER = /(\d{1,3}(?:[.．\-－]\d{1,3}){0,2}|[一二三四五六七八九十]{1,3})(?=[）)，,。；;、：:和及与至或所中的]|$)/y;
const ENGLISH_MEMBER = /(Section|section|Chapter|chapter|Part|part|Appendix|appendix|Annex|annex|Table|table|Figure|figure)[ ]{1,3}(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-])/y;
/** Sections 3 and 4, Appendix B and C: the number alone, then the end of the list or of the clause. */
const BARE_EN_MEMBER = /(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-]|\.\d)(?=[ ]*(?:[,.;:)]|$|(?:and|or|to|through|below|above|of|in)\b))/y;
/** Sections 4 to 5 for the detail: the end of a range, before a word that goes on the sentence. */
const BARE_EN_RANGE_END = /(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-]|\.\d)(?=[ ]+(?:for|on|at|by|as|is|are|was|were|which|where|that|cover|covers|set|sets|show|shows|give|gives|describe|describes|explain|explains|list|lists|deal|deals|inclusive)\b)/y;
/** Sections 2 and 7, Appendices B and C: a plural opens a list; with no member after it, it is read as none. */
const PLURAL_EN = /^(?:Sections|sections|Chapters|chapters|Parts|parts|Appendices|appendices|Annexes|annexes|Tables|tables|Figures|figures|Exhibits|Charts|Boxes)[ ]/;
/**
 * Sections 38 and 278 of the Highways Act, Chapters 2 to 4 of Smith (2019), Section 3, 2 of which…: a list that goes on
 * with "of" or "in" is another document's, or no list, unless it says this one (of this report).
 */
const OTHER_DOCUMENT_AFTER = /^(?:\([0-9a-zA-Z]{1,4}\))*[ ]+(?:of|in|under)[ ]+(?!(?:this|the[ ]+present)\b)/;

/** 详见第三、四部分, 见第二至四章: one word for several parts, each numeral a reference. */
const SHARED_UNIT = new RegExp(`第([${CN}]{1,4}|\\d{1,3})((?:[、和及与或至到][${CN}]{1,4}|[、和及与或至到]\\d{1,3}){1,8})(部分|章|节)(?![课課])`, 'g');
const SHARED_LEAD = /(?:见|参阅|参看|参照|按照|依照|根据|对照|上文|下文|前文|后文|本报告|本文|本方案|本规划|本计划|在)$/;
/** 《意见》第三、四部分, 指导意见第三、四部分, 该方案第二至四章: another document's parts (本方案 is this one). */
const OTHER_DOCUMENT_BEFORE = /(?:[》」』〉]|(?<!本)(?:意见|規劃|规划|方案|计划|計劃|报告|報告|办法|通知|决定|条例|规定|细则|纲要|文件|指南|标准))$/;

const ENGLISH_KINDS = new Set<ReferenceKind>(['en-section', 'en-chapter', 'en-part', 'appendix', 'annex', 'en-attachment', 'en-lettered-section']);
const ENGLISH_WORD: Record<string, ReferenceKind> = { section: 'en-section', chapter: 'en-chapter', part: 'en-part', appendix: 'appendix', annex: 'annex', table: 'table', figure: 'figure' };

export interface ListOptions {
  /** Read the markers quoted after a reference word as references too (navigation; the rule checks none). */
  quoted?: boolean;
  /** May a Chinese list of references be checked, the lead before 第三、四部分 one the reader takes? */
  ownLead?: (before: string) => boolean;
  /** Does what follows an English list say it is another document's (sections 149 and 150, Equality Act 2010)? */
  otherAfter?: (after: string) => boolean;
}

/**
 * The references read (those of other documents, `outside`, kept as they are), with the members of the lists they open,
 * in the order of the text. A plural that opens no list (Sections 106 agreements) is dropped, and so is a whole list
 * another document's name follows (Sections 38 and 278 of the Highways Act).
 */
export function withListMembers(paragraph: Paragraph, read: readonly Reference[], options: ListOptions = {}): ParagraphReferences {
  const text = paragraph.text;
  const quoted: QuotedMarker[] = [];
  const starts = new Set(read.map((r) => r.start));
  const out: ParagraphReferences = { references: [...read], quoted };
  if (options.quoted && (text.includes('“') || text.includes('"'))) {
    QUOTED_MARKER.lastIndex = 0;
    for (let m = QUOTED_MARKER.exec(text); m; m = QUOTED_MARKER.exec(text)) {
      const end = m.index + m[0].length;
      quoted.push({ paragraph, start: end - m[1].length - 2, end, quoted: m[1] });
      starts.add(end - m[1].length - 2);
    }
  }
  if (text.includes('第')) sharedUnit(paragraph, out.references, starts, options.ownLead);
  // Each list is read once from its first member; a member the reader already has ends the list (its own follows).
  const heads = [...out.references.filter((r) => !r.outside), ...quoted].sort((a, b) => a.start - b.start);
  const dropped = new Set<Reference>();
  const quotes = text.includes('“') || text.includes('"') ? quotedSpans(text) : undefined;
  for (const head of heads) {
    if (quotes?.[head.start]) {
      if ('kind' in head && inQuotedSentence(text, quotes, head.start, ENGLISH_KINDS.has(head.kind) || /^[A-Za-z]/.test(text.slice(head.start, head.end)))) dropped.add(head);
      continue;
    }
    readMembers(paragraph, head, out, starts, dropped, options.otherAfter);
  }
  if (dropped.size) out.references = out.references.filter((r) => !dropped.has(r));
  out.references.sort((a, b) => a.start - b.start);
  quoted.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Where the quotation each character is in opens (its index + 1; 0 outside any), read once per paragraph. A quotation
 * that never closes (开展“回头看，防止问题反弹回潮；…详见第五部分) runs to the end of its clause, not of the paragraph:
 * the mark is unpaired (unpaired-mark reports it), and the rest of the paragraph is the draft's own text.
 */
function quotedSpans(text: string): Int32Array {
  const n = text.length;
  // Each mark's partner: curly quotes nest, straight ones pair in turn.
  const close = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let straight = -1;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '“') stack.push(i);
    else if (c === '”') {
      if (stack.length) close[stack.pop()!] = i;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        close[straight] = i;
        straight = -1;
      }
    }
  }
  // Where the clause each character is in ends: an unclosed quotation's end.
  const clauseEnd = new Int32Array(n + 1);
  clauseEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) clauseEnd[i] = CLAUSE_END.test(text[i]) || (text[i] === '.' && (i + 1 === n || /\s/.test(text[i + 1]))) ? i : clauseEnd[i + 1];
  const opening = new Int32Array(n + 1);
  let open = 0;
  let end = -1;
  for (let i = 0; i < n; i++) {
    if (i < end) {
      opening[i] = open;
      continue;
    }
    // The closing mark (a straight quote closes as it opens).
    if (i === end) continue;
    const c = text[i];
    if (c === '“' || c === '"') {
      open = i + 1;
      end = close[i] >= 0 ? close[i] : clauseEnd[i + 1];
    }
  }
  return opening;
}

const CLAUSE_END = /[，,；;。！？!?\n]/;

/**
 * The inspector's words, "see Sections 4 and 9", and 会议指出：“任务分工详见第五部分和第六部分”: a quoted sentence that
 * itself refers (its reference word inside the quotation) quotes another text, whose references are not this draft's.
 * A quoted title (“第三部分 主要任务”) or marker (详见“3.”) is this draft's.
 */
const QUOTED_LEAD = /见|参阅|参看|参照|\b(?:[Ss]ee|set[ ]out[ ]in|described[ ]in|given[ ]in)\b/;

function inQuotedSentence(text: string, quotes: Int32Array | undefined, at: number, english: boolean): boolean {
  const open = quotes?.[at] ?? 0;
  if (open === 0) return false;
  const before = text.slice(open, at);
  // "the Assessment's patronage forecasts in section 7.3 are not supported": in English, any quoted sentence that
  // reaches a reference (a quoted title, "Section 3: Finance", opens the quotation).
  return QUOTED_LEAD.test(before) || (english && /[A-Za-z]{2}/.test(before));
}

/** 详见第三、四部分: 第三 and 四 each a reference to a part (the unit written once, after the last). */
function sharedUnit(paragraph: Paragraph, references: Reference[], starts: Set<number>, ownLead?: (before: string) => boolean): void {
  const text = paragraph.text;
  SHARED_UNIT.lastIndex = 0;
  for (let m = SHARED_UNIT.exec(text); m; m = SHARED_UNIT.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!SHARED_LEAD.test(before.slice(-4)) || OTHER_DOCUMENT_BEFORE.test(before) || (ownLead && !ownLead(before)) || starts.has(m.index)) continue;
    const kind: ReferenceKind = m[3] === '部分' ? 'part' : m[3] === '章' ? 'chapter' : 'section';
    references.push({ kind, number: [numberOf(m[1])], paragraph, start: m.index, end: m.index + 1 + m[1].length, numberStart: m.index + 1, numberEnd: m.index + 1 + m[1].length });
    starts.add(m.index);
    const rest = m.index + 1 + m[1].length;
    for (const n of matchesOf(m[2], /[、和及与或至到]([^、和及与或至到]+)/g)) {
      const at = rest + n.index! + 1;
      references.push({ kind, number: [numberOf(n[1])], paragraph, start: at, end: at + n[1].length, numberStart: at, numberEnd: at + n[1].length, member: true, unit: ['第', m[3]] });
      starts.add(at);
    }
  }
}

function readMembers(paragraph: Paragraph, head: Reference | QuotedMarker, out: ParagraphReferences, starts: Set<number>, dropped: Set<Reference>, otherAfter?: (after: string) => boolean): void {
  const text = paragraph.text;
  const english = 'kind' in head && (ENGLISH_KINDS.has(head.kind) || /^[A-Za-z]/.test(text.slice(head.start, head.end)));
  const plural = english && PLURAL_EN.test(text.slice(head.start, head.end));
  const members: (Reference | QuotedMarker)[] = [];
  let previous = head;
  let known = false;
  for (;;) {
    const join = english ? JOIN_EN : JOIN_ZH;
    join.lastIndex = previous.end;
    const joined = join.exec(text);
    if (!joined) break;
    const at = previous.end + joined[0].length;
    const member = english ? englishMember(paragraph, at, previous as Reference, plural || /\b(?:to|through)\b|[–—-]/.test(joined[0])) : chineseMember(paragraph, at, previous);
    if (!member) break;
    if (starts.has(member.start)) {
      known = true;
      break;
    }
    members.push(member);
    previous = member;
  }
  // Sections 38 and 278 of the Highways Act: none of the list is this draft's. Sections 106 agreements: no list at all.
  if ((english && members.length > 0 && OTHER_DOCUMENT_AFTER.test(text.slice(previous.end, previous.end + 40))) || (plural && members.length === 0 && !known)) {
    if (plural) dropped.add(head as Reference);
    return;
  }
  if (english && members.length > 0 && otherAfter?.(text.slice(previous.end, previous.end + 120))) {
    dropped.add(head as Reference);
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
    return { ...member(paragraph, previous.kind, at, m[1], m[1], number), unit: unitOf(text, previous) };
  }
  return undefined;
}

function englishMember(paragraph: Paragraph, at: number, previous: Reference, range: boolean): Reference | undefined {
  const text = paragraph.text;
  const m = sticky(ENGLISH_MEMBER, text, at);
  if (m) return englishReference(paragraph, ENGLISH_WORD[m[1].toLowerCase()], at, at + m[0].length - m[2].length, m[2]);
  const bare = sticky(BARE_EN_MEMBER, text, at) ?? (range ? sticky(BARE_EN_RANGE_END, text, at) : null);
  if (!bare) return undefined;
  const letter = /^[A-Z]$/.test(bare[1]);
  // The same kind of label as the member before: Appendix B and C, Sections 3 and 4 (not Section 3 and A).
  if (letter !== /^[A-Z]$/.test(text.slice(previous.numberStart, previous.numberEnd))) return undefined;
  return { ...englishReference(paragraph, previous.kind === 'en-lettered-section' ? 'en-section' : previous.kind, at, at, bare[1]), unit: unitOf(text, previous) };
}

/** The word of the member before, which a bare member leaves out: Sections 2 and 7 → Section 7, 表1和3 → 表3. */
function unitOf(text: string, previous: Reference): [string, string] {
  if (previous.unit) return previous.unit;
  const before = text.slice(previous.start, previous.numberStart).replace(/^(Section|section|Chapter|chapter|Part|part|Table|table|Figure|figure|Exhibit|Chart)s\b/, '$1').replace(/^(A|a)ppendices\b/, '$1ppendix').replace(/^(A|a)nnexes\b/, '$1nnex').replace(/^Boxes\b/, 'Box');
  return [before, text.slice(previous.numberEnd, previous.end)];
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
    member: true,
  };
}

function member(paragraph: Paragraph, kind: ReferenceKind, at: number, written: string, numberText: string, number: number[]): Reference {
  const numberStart = at + written.indexOf(numberText);
  return { kind, number, paragraph, start: at, end: at + written.length, numberStart, numberEnd: numberStart + numberText.length, member: true };
}

function numberOf(text: string): number {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text) ?? 0;
}
