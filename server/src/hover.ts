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
  // Titles are the draft's text: * _ [ < in them are shown as written, not read as Markdown.
  // A Chinese path is joined the way its level order is, with a full-width ＞ and no space beside it (“工作 › （一）” put
  // ASCII spaces against full-width brackets).
  const separator = locale === 'zh-cn' ? '＞' : ' › ';
  const lines = [text.hoverLevel(escapeMarkdown(section.title), depth + 1), '', text.hoverIn(path.map(escapeMarkdown).join(separator)), '', text.hoverOrder(escapeMarkdown(levelOrderText(doc.outline, locale === 'zh-cn' ? '＞' : ' > ')))];
  const m = section.marker;
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } },
  };
}

/** Text shown literally in a Markdown hover. */
export function escapeMarkdown(text: string): string {
  // The marks that format inline text; none of the titles starts a line of the hover, so # and 1. need nothing.
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}
