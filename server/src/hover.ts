// Hovering a section marker shows where the section sits in the outline and the level order in use.

import type { Hover, Position } from 'vscode-languageserver';
import { levelOrderText, type Locale, type ReportDocument, type Section } from './engine';
import { serverText } from './strings';

export function markerHover(doc: ReportDocument, position: Position, locale: Locale): Hover | undefined {
  const section = doc.sections.find((s) => s.marker.line === position.line && position.character >= s.marker.start && position.character <= s.marker.end);
  if (!section || section.marker.kind === 'heading') return undefined;
  const path: string[] = [];
  for (let s: Section | undefined = section; s; s = s.parent) path.unshift(s.title);
  let depth = 0;
  for (let s = section.parent; s; s = s.parent) depth++;
  const text = serverText(locale);
  const lines = [text.hoverLevel(section.title, depth + 1), '', text.hoverIn(path.join(' › ')), '', text.hoverOrder(levelOrderText(doc.outline, locale === 'zh-cn' ? '＞' : ' > '))];
  const m = section.marker;
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } },
  };
}
