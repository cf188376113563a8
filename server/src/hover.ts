// Hovering a section marker shows where the section sits in the outline and the level order in use.

import type { Hover, Position } from 'vscode-languageserver';
import { levelOrderText, type Locale, type ReportDocument, type Section } from './engine';

export function markerHover(doc: ReportDocument, position: Position, locale: Locale): Hover | undefined {
  const section = doc.sections.find((s) => s.marker.line === position.line && position.character >= s.marker.start && position.character <= s.marker.end);
  if (!section || section.marker.kind === 'heading') return undefined;
  const path: string[] = [];
  for (let s: Section | undefined = section; s; s = s.parent) path.unshift(s.title);
  let depth = 0;
  for (let s = section.parent; s; s = s.parent) depth++;
  const order = levelOrderText(doc.outline);
  const lines =
    locale === 'zh-cn'
      ? [`**${section.title}** — 第 ${depth + 1} 级`, '', `位置：${path.join(' › ')}`, '', `本文层级：${order}`]
      : [`**${section.title}** — level ${depth + 1}`, '', `In: ${path.join(' › ')}`, '', `Levels in this document: ${order}`];
  const m = section.marker;
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } },
  };
}
