// Completing section markers at the start of a line: the next number at each open level
// (（三） after （二）, 四、 after 三、) and the first item of the level below, in the document's own style.

import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { formatMarker, type Locale, type Marker, type ReportDocument, type Section } from './engine';

const DEFAULT_CHILD: Record<string, Pick<Marker, 'kind' | 'style'>> = {
  chapter: { kind: 'section', style: '第一节' },
  part: { kind: 'chapter', style: '第一章' },
  section: { kind: 'cn', style: '一、' },
  cn: { kind: 'cn-paren', style: '（一）' },
  'cn-paren': { kind: 'arabic', style: '1.' },
  arabic: { kind: 'arabic-paren', style: '（1）' },
  'arabic-paren': { kind: 'circled', style: '①' },
};

/** Only offered where a marker can go: at the start of a line, possibly after a partial marker. */
const LINE_START = /^[ \t\u3000]*[#]*[ \t]*[一二三四五六七八九十（(\d①-⑳A-Za-z第]{0,4}$/;

export function markerCompletions(doc: ReportDocument, position: Position, linePrefix: string, locale: Locale): CompletionItem[] {
  if (!LINE_START.test(linePrefix)) return [];
  const enclosing = innermostBefore(doc.sections, position.line);
  const items: CompletionItem[] = [];
  const label = (zh: string, en: string) => (locale === 'zh-cn' ? zh : en);
  // Replace what was typed of the marker so far (（ or 3), not just the word under the cursor.
  const typedFrom = linePrefix.length - (/[^ \t\u3000#]*$/.exec(linePrefix)?.[0].length ?? 0);
  const range = { start: { line: position.line, character: typedFrom }, end: position };
  const add = (text: string, detail: string, rank: number) => {
    if (!items.some((i) => i.label === text)) {
      items.push({ label: text, kind: CompletionItemKind.EnumMember, detail, sortText: String(rank).padStart(2, '0'), filterText: text, textEdit: { range, newText: text } });
    }
  };

  let rank = 0;
  if (enclosing) {
    const child = childShape(doc, enclosing);
    if (child) add(formatMarker(child, firstChildValue(enclosing, child)), label('下一级第一项', 'First item one level down'), rank++);
    for (let s: Section | undefined = enclosing; s; s = s.parent) {
      if (s.marker.kind === 'heading') continue;
      const next = s.marker.kind === 'dotted' ? [...s.marker.path.slice(0, -1), s.marker.value + 1] : s.marker.value + 1;
      add(formatMarker(s.marker, next), label(`接续“${formatMarker(s.marker, s.marker.path)}”`, `After “${formatMarker(s.marker, s.marker.path)}”`), rank++);
    }
  } else {
    add('一、', label('一级标题', 'Top-level section'), rank++);
  }
  return items;
}

/** The section whose body the line is in (or the last one that started before it). */
function innermostBefore(sections: Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) {
    if (s.marker.line >= line) break;
    found = s;
  }
  // Walk up to the deepest section that still contains the line.
  while (found && found.endLine < line - 1 && found.parent) found = found.parent;
  return found;
}

/** The level below: what the document already uses under this level, else the GB/T next level. */
function childShape(doc: ReportDocument, section: Section): Pick<Marker, 'kind' | 'style'> | undefined {
  const existing = doc.sections.find((s) => s.parent?.key === section.key && s.marker.kind !== 'heading');
  if (existing) return existing.marker;
  return DEFAULT_CHILD[section.marker.kind];
}

function firstChildValue(section: Section, shape: Pick<Marker, 'kind' | 'style'>): number | number[] {
  const last = [...section.children].reverse().find((c) => c.marker.kind === shape.kind);
  if (shape.kind === 'dotted') return [...section.marker.path, (last?.marker.value ?? 0) + 1];
  return (last?.marker.value ?? 0) + 1;
}
