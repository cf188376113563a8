// Page furniture: what a document-sharing site or a web page puts around a text, copied in with it — page
// counters, file-name titles, toolbars, the site's own sentences — and the chunk indices (1、 2、 3、…) such a
// site puts before each piece of a text it cut up. The model finds them once: the page-furniture rule reports
// them, the outline and the statistics leave those lines out.

import words from '../data/page-furniture.json';
import { alternation, eachMatch } from '../patterns';
import type { Line } from './lines';
import type { Outline } from './outline';

// Bounded repetitions only: every pattern runs in linear time on any line.
const PAGE_OF = /第[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}[页頁][ \u3000]{0,2}[/／,，、]?[ \u3000]{0,2}共[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}[页頁]/g;
const PAGE_OF_EN = /\bPage {1,3}\d{1,4} {1,3}of {1,3}\d{1,4}\b/gi;
const PHRASE = new RegExp(alternation(words.phrases), 'gi');
// A title that is the downloaded file's name: 某市教育局年度工作总结.docx, …docx_第1页.
const FILE_LINE = /^[^\s，。；;：:]{1,120}(?:\.(?:docx?|pdf|pptx?|wps|xlsx?)(?:_第\d{1,4}[页頁])?|_第\d{1,4}[页頁])$/i;
// A page counter on a line of its own: 2/3.
const PAGE_LINE = /^(\d{1,4}) ?[/／] ?(\d{1,4})$/;
// A site's licence number: 浙ICP备2024059924号.
const ICP = /ICP[备備]\d{6,}/g;
const ATTACHMENT = /^(?:附件|附表|附图|附圖|Attachment|Annex|Appendix)/i;
const NEIGHBOUR_POST = /^(?:上一篇|下一篇|上一頁|下一頁|上一页|下一页)[：:]/;
const TOKEN = new RegExp(`${alternation([...words.strongTokens, ...words.lineTokens])}|\\d{1,6}`, 'gi');
const STRONG = new Set(words.strongTokens.map((t) => t.toLowerCase()));
// Not the model's SENTENCE_END: a colon does not end a site's sentence (当前位置:首页 > …, 上传人:…).
const SITE_SENTENCE_END = /[。！？!?；;]/;
const SEPARATORS = /^[\s|·•・()（）[\]【】/／、,，:：<>«»\-–—*#_.。!！?？]*$/;
/** What is left of a line once the furniture is taken out; only marks and spaces mean the whole line is furniture. */
const NOTHING_LEFT = /^[\s|·•・()（）[\]【】/／、,，:：<>«»\-–—*#_.。!！?？\d]*$/;


export interface FurnitureSpan {
  start: number;
  end: number;
  /** Whether deleting the span is a safe fix. */
  removable: boolean;
}

/** The furniture on one line: the whole line (a toolbar, a file name, a site sentence alone), or spans of it. */
export interface LineFurniture {
  wholeLine: boolean;
  /** Overlapping or touching spans merged; empty when the whole line is furniture. */
  spans: FurnitureSpan[];
}

export function lineFurniture(line: Line): LineFurniture | undefined {
  if (line.kind !== 'text') return undefined;
  const prose = line.prose;
  const trimmed = prose.trim();
  if (trimmed === '') return undefined;
  const spans: FurnitureSpan[] = [];
  for (const re of [PAGE_OF, PAGE_OF_EN]) eachMatch(re, prose, (m) => spans.push({ start: m.index, end: m.index + m[0].length, removable: true }));
  // The site's own sentences go whole: 由会员分享，可在线阅读，更多相关《…》请在…上搜索。
  eachMatch(ICP, prose, (m) => spans.push(sentenceAround(prose, m.index, m.index + m[0].length)));
  eachMatch(PHRASE, prose, (m) => spans.push(sentenceAround(prose, m.index, m.index + m[0].length)));
  const furnitureLine = isFurnitureLine(trimmed);
  if (spans.length === 0 && !furnitureLine) return undefined;
  // The whole line is furniture when nothing but marks and figures is left once it is taken out.
  let rest = prose;
  for (const s of spans) rest = rest.slice(0, s.start) + ' '.repeat(s.end - s.start) + rest.slice(s.end);
  if (furnitureLine || NOTHING_LEFT.test(rest)) return { wholeLine: true, spans: [] };
  return { wholeLine: false, spans: merge(spans) };
}

/** A line that is a file name, a link to the next post, or a toolbar (下载 相关 举报). */
function isFurnitureLine(trimmed: string): boolean {
  if (trimmed.length > 130) return false;
  if (FILE_LINE.test(trimmed) && !ATTACHMENT.test(trimmed)) return true;
  if (NEIGHBOUR_POST.test(trimmed)) return true;
  const page = PAGE_LINE.exec(trimmed);
  if (page) return Number(page[1]) >= 1 && Number(page[1]) <= Number(page[2]) && Number(page[2]) > 1;
  if (trimmed.length > 60) return false;
  let words = 0;
  let strong = false;
  let last = 0;
  let clean = true;
  eachMatch(TOKEN, trimmed, (m) => {
    if (!SEPARATORS.test(trimmed.slice(last, m.index))) clean = false;
    last = m.index + m[0].length;
    if (/^\d/.test(m[0])) return;
    words++;
    if (STRONG.has(m[0].toLowerCase())) strong = true;
  });
  if (!clean || !SEPARATORS.test(trimmed.slice(last))) return false;
  return strong || words >= 2;
}

/** The sentence of the line that holds a site phrase, with its closing mark. */
function sentenceAround(prose: string, start: number, end: number): { start: number; end: number; removable: boolean } {
  let from = start;
  while (from > 0 && !SITE_SENTENCE_END.test(prose[from - 1])) from--;
  while (from < start && /\s/.test(prose[from])) from++;
  let to = end;
  while (to < prose.length && !SITE_SENTENCE_END.test(prose[to])) to++;
  if (to < prose.length) to++;
  return { start: from, end: to, removable: true };
}

/** Overlapping or touching spans become one finding. */
function merge(spans: { start: number; end: number; removable: boolean }[]): { start: number; end: number; removable: boolean }[] {
  const out: { start: number; end: number; removable: boolean }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.removable = last.removable && s.removable;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/** A chunk of a text cut up by a document-sharing site: hundreds of characters, ending mid-sentence. */
const CHUNK_MIN_LENGTH = 200;
const ENDS_SENTENCE = /[。！？!?；;”’」』）)…]\s*$/;

/**
 * Lines whose marker is a chunk index: a top-level run 1、 2、 3、… whose items are long lines that mostly end
 * mid-sentence (the next chunk goes on with the same sentence: 1、…发展规 / 2、划纲要…). A list of long
 * paragraphs ends its items with a full stop.
 */
function chunkIndexLines(lines: readonly Line[], outline: Outline): number[] {
  const found: number[] = [];
  for (const group of outline.groups) {
    if (group.parent || group.items.length < 2 || group.items[0].marker.kind !== 'arabic' || group.items[0].marker.value !== 1) continue;
    const texts = group.items.map((s) => lines[s.marker.line].text.trim());
    if (!texts.slice(0, -1).every((t) => t.length >= CHUNK_MIN_LENGTH)) continue;
    const cut = texts.slice(0, -1).filter((t) => !ENDS_SENTENCE.test(t)).length;
    if (cut >= Math.max(1, Math.ceil((texts.length - 1) * 0.6))) found.push(...group.items.map((s) => s.marker.line));
  }
  return found;
}

/** What a draft carries of a site's page furniture, found in one pass over its lines. */
export interface PageFurniture {
  /** The furniture of each line that has some. */
  byLine: Map<number, LineFurniture>;
  /** Lines whose marker is a chunk index (1、 before a piece of a cut-up text). */
  chunkIndices: Set<number>;
}

export function findPageFurniture(lines: readonly Line[], outline: Outline): PageFurniture {
  const byLine = new Map<number, LineFurniture>();
  for (const line of lines) {
    const found = lineFurniture(line);
    if (found) byLine.set(line.index, found);
  }
  return { byLine, chunkIndices: new Set(chunkIndexLines(lines, outline)) };
}
