// Completing section markers as the writer types them at the start of a line: the next number at the innermost
// open level first (（三） after （二）), then the first item one level down, then the next number at each level
// above — in the document's own style. English drafts are offered only Latin markers. Inside a paragraph that
// enumerates (一是…二是…), the next item (三是).

import type { CompletionItem, CompletionItemKind, Position, Range } from 'vscode-languageserver';
import { formatMarker, type Locale, type Marker, type ReportDocument, type Section } from './engine';
import { baseStyle } from './engine/model/format-marker';
import type { Enumeration } from './engine/model/enumerations';
import { toChineseNumeral } from './engine/model/numerals';
import { serverText } from './strings';

/**
 * CompletionItemKind.EnumMember. The protocol's constants are written out here (and in symbols.ts) because importing
 * them loads the whole LSP library, and this module runs in the lint worker too (model-questions.ts), whose bundle has none.
 */
const ENUM_MEMBER: CompletionItemKind = 20;

type Shape = Pick<Marker, 'kind' | 'style'>;

const DEFAULT_CHILD: Record<string, Shape> = {
  chapter: { kind: 'section', style: '第一节' },
  part: { kind: 'chapter', style: '第一章' },
  section: { kind: 'cn', style: '一、' },
  cn: { kind: 'cn-paren', style: '（一）' },
  'cn-paren': { kind: 'arabic', style: '1.' },
  arabic: { kind: 'arabic-paren', style: '（1）' },
  'arabic-paren': { kind: 'circled', style: '①' },
};

/** English drafts: 1. > 1.1 > (a), never a Chinese numeral. */
const DEFAULT_CHILD_EN: Record<string, Shape> = {
  arabic: { kind: 'dotted', style: '1.1' },
  dotted: { kind: 'dotted', style: '1.1' },
  'latin-upper': { kind: 'arabic', style: '1.' },
  'roman-upper': { kind: 'latin-upper', style: 'A.' },
};

/** Only offered where a marker can go: at the start of a line, possibly after a partial marker. */
const LINE_START = /^[ \t\u3000]*[#]*[ \t]*[一二三四五六七八九十（(\d①-⑳A-Za-z第]{0,4}$/;
/** A Chinese numeral being typed after the end of a clause: where 三是 may follow 二是. */
const ENUMERATION_PREFIX = /(^|[\s。；;，,、：:！？!?）)”’」』】])([一二三四五六七八九十]{0,3})$/;
const CHINESE_FAMILIES = new Set(['是', '要', '抓', '来', '则']);

export function markerCompletions(doc: ReportDocument, position: Position, linePrefix: string, locale: Locale, next = ''): CompletionItem[] {
  if (LINE_START.test(linePrefix)) return lineStartItems(doc, position, linePrefix, locale, next);
  return enumerationItems(doc, position, linePrefix, locale);
}

/** The closing bracket of each opening one a marker starts with. */
const CLOSER: Record<string, string> = { '（': '）', '(': ')' };

function lineStartItems(doc: ReportDocument, position: Position, linePrefix: string, locale: Locale, next: string): CompletionItem[] {
  const text = serverText(locale);
  // Replace what was typed of the marker so far (（ or 3), not just the word under the cursor.
  const typedFrom = linePrefix.length - (/[^ \t\u3000#]*$/.exec(linePrefix)?.[0].length ?? 0);
  // Typing （ makes the editor add ） after the cursor: a marker that closes its bracket takes that one in, or （三）
  // would leave （三）） behind. Only the closer of a bracket opened in what was typed, and not yet closed there.
  const typed = linePrefix.slice(typedFrom);
  const opener = [...typed].reverse().find((c) => CLOSER[c]);
  const autoClosed = opener !== undefined && next === CLOSER[opener] && !typed.includes(CLOSER[opener]) ? next : undefined;
  const items = new Items({ start: { line: position.line, character: typedFrom }, end: position }, autoClosed);
  const english = locale === 'en';
  const enclosing = innermostBefore(doc.sections, position.line);
  if (!enclosing) {
    items.add(english ? '1.' : '一、', text.completionTopLevel);
    return items.list;
  }
  const numbered: Section[] = [];
  for (let s: Section | undefined = enclosing; s; s = s.parent) if (s.marker.kind !== 'heading') numbered.push(s);
  const [innermost, ...outer] = numbered;
  // The space the level's last marker had before its title goes with the next one ("1. 加强…" ⏎ "2. "; it gave "2.",
  // and the writer's "完善" followed it with no space).
  const gap = (m: Pick<Marker, 'line' | 'end' | 'titleStart'>) => {
    const between = doc.lines[m.line]?.text.slice(m.end, m.titleStart) ?? '';
    return /^[ \t\u3000]{1,4}$/.test(between) ? between : '';
  };
  if (innermost === enclosing) items.add(nextOf(innermost.marker), text.completionAfter(written(innermost.marker)), gap(innermost.marker));
  const child = childShape(doc, enclosing, english);
  if (child && !(english && isChinese(child))) items.add(formatMarker(child, firstChildValue(enclosing, child)), text.completionFirstChild, 'line' in child ? gap(child as Marker) : '');
  for (const s of innermost === enclosing ? outer : numbered) items.add(nextOf(s.marker), text.completionAfter(written(s.marker)), gap(s.marker));
  return items.list;
}

/** 一是…二是… in the paragraph being written: offer 三是 after the end of the clause. */
function enumerationItems(doc: ReportDocument, position: Position, linePrefix: string, locale: Locale): CompletionItem[] {
  const typed = ENUMERATION_PREFIX.exec(linePrefix);
  if (!typed) return [];
  const run = openEnumeration(doc.enumerations, position);
  if (!run) return [];
  const last = run.items[run.items.length - 1];
  const next = `${toChineseNumeral(last.value + 1)}${run.family}`;
  const items = new Items({ start: { line: position.line, character: position.character - typed[2].length }, end: position });
  items.add(next, serverText(locale).completionEnumeration(last.text));
  return items.list;
}

/** The enumeration run (一是…二是) whose last item is in the paragraph at `position`, before it. */
function openEnumeration(runs: Enumeration[], position: Position): Enumeration | undefined {
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    if (!CHINESE_FAMILIES.has(run.family)) continue;
    const last = run.items[run.items.length - 1];
    const paragraph = last.paragraph;
    if (position.line < paragraph.firstLine || position.line > paragraph.lastLine) continue;
    const segment = paragraph.segments.find((s) => last.offset >= s.offset && last.offset < s.offset + s.length);
    if (!segment) continue;
    const column = segment.column + (last.offset - segment.offset);
    if (segment.line < position.line || (segment.line === position.line && column + last.length <= position.character)) return run;
  }
  return undefined;
}

class Items {
  readonly list: CompletionItem[] = [];
  /** `closer`: the closing bracket right after the cursor, which a marker ending in it replaces. */
  constructor(private readonly range: Range, private readonly closer?: string) {}

  /** `gap`: the space written after the marker (its label is the marker alone). */
  add(text: string, detail: string, gap = ''): void {
    if (this.list.some((i) => i.label === text)) return;
    const rank = this.list.length;
    const { start, end } = this.range;
    const range = this.closer && text.endsWith(this.closer) ? { start, end: { line: end.line, character: end.character + this.closer.length } } : this.range;
    this.list.push({
      label: text,
      kind: ENUM_MEMBER,
      detail,
      sortText: String(rank).padStart(2, '0'),
      filterText: text,
      preselect: rank === 0,
      textEdit: { range, newText: text + gap },
    });
  }
}

const written = (m: Marker) => formatMarker(m, m.kind === 'dotted' ? m.path : m.value);
/** The next number in the marker's style, without a stray delimiter it may carry (（二）、 → （三）). */
const nextOf = (m: Marker) => formatMarker({ kind: m.kind, style: baseStyle(m) }, m.kind === 'dotted' ? [...m.path.slice(0, -1), m.value + 1] : m.value + 1);
const isChinese = (shape: Shape) => /[一二三四五六七八九十（第①]/.test(shape.style);

/**
 * The section whose body the line is in: the last one that started before it. Blank lines after its text do not
 * close it — drafts leave one between paragraphs (2.教学质量。…, a blank line, then 3.); the levels above are
 * offered after its own.
 */
function innermostBefore(sections: Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) {
    if (s.marker.line >= line) break;
    found = s;
  }
  return found;
}

/** The level below: what the document already uses under this level, else the usual next level. */
function childShape(doc: ReportDocument, section: Section, english: boolean): Shape | undefined {
  const existing = doc.sections.find((s) => s.parent?.key === section.key && s.marker.kind !== 'heading');
  if (existing) return existing.marker;
  return (english ? DEFAULT_CHILD_EN : DEFAULT_CHILD)[section.marker.kind];
}

function firstChildValue(section: Section, shape: Shape): number | number[] {
  const last = [...section.children].reverse().find((c) => c.marker.kind === shape.kind);
  if (shape.kind === 'dotted') return [...section.marker.path, (last?.marker.value ?? 0) + 1];
  return (last?.marker.value ?? 0) + 1;
}
