// What a draft can refer to besides its numbered sections: table and figure captions (表3 …, Figure 2: …),
// its attachments (the list 附件：1.… 2.… at the end, or 附件2 headings), its own articles (第十二条 at
// the start of a line, in a regulation) and its appendices (Appendix B).

import type { Line } from './lines';
import { parseChineseNumeral } from './numerals';
import { matchesOf } from '../patterns';

export type CaptionKind = 'table' | 'figure' | 'exhibit' | 'chart' | 'box';

export interface Caption {
  kind: CaptionKind;
  /** 表3 → [3]; 图2.1 and 表2-1 → [2, 1]; 图2.3.1 → [2, 3, 1]. */
  number: number[];
  line: number;
}

export interface NumberedTarget {
  number: number;
  line: number;
  /** An item of the attachment list 附件：1.… 2.…: the line of its 附件： label (headings such as 附件2 have none). */
  list?: number;
}

export interface Appendix {
  /** A, B… as 1, 2…; or the number of Appendix 2. */
  number: number;
  line: number;
  /** What the document calls its appendices: Appendix B, Annex 3, Attachment C are numbered apart. */
  word: AppendixWord;
}

export type AppendixWord = 'appendix' | 'annex' | 'attachment';

export interface Targets {
  captions: Caption[];
  attachments: NumberedTarget[];
  articles: NumberedTarget[];
  appendices: Appendix[];
}

/** Markup a caption may sit in: quote marks of Markdown, emphasis, an HTML tag (<center>), an image's alt text, a heading's #. */
const LEAD = /^(?:[ \t\u3000>]|#{1,6} |[-+*] |\*{1,2}|_{1,2}|!\[|<[A-Za-z][^<>]{0,80}>)*/;
const CN_CAPTION = /^(表|图|圖)[ \u3000]{0,2}(\d{1,3}(?:[.．\-－—]\d{1,3}){0,2})(?![.．\-－—]?\d)(?=[ \u3000:：.．、\]*_]|\p{sc=Han}|$)/u;
const EN_CAPTION = /^(Table|Figure|Fig\.|Exhibit|Chart|Box)[ ]{1,2}(\d{1,3}(?:\.\d{1,3}){0,2})(?!\.?\d)(?=[ :.\-—\]*_]|$)/;
/** A caption is a title: short, not a sentence (表3显示，全市…。 is a sentence about the table). */
const CAPTION_MAX = 80;
/**
 * A caption set as a heading or in bold on its line (#### Figure 2: Families with dependent children by family type and
 * number of dependent children, 2013): the markup says it is a title, and a statistical bulletin's titles run long.
 */
const TITLED_CAPTION_MAX = 160;
const TITLED_LINE = /^[ \t]*(?:#{1,6} |(?:\*\*|__)(?=.*(?:\*\*|__)[ \t]*$))/;
const CN_NUMBER = '一二三四五六七八九十';
const ATTACHMENT_HEADING = new RegExp(`^附[ \\u3000]?件[ \\u3000]?(\\d{1,2}|[${CN_NUMBER}]{1,3})(?=[ \\u3000:：.．、]|\\p{sc=Han}|$)`, 'u');
const ATTACHMENT_LIST = /^附[ \u3000]?(?:件[ \u3000]?)?[:：][ \u3000]*(.*)$/;
const LIST_ITEM = /^(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]?[.．、]/;
// 1.2025年度…清单: an item whose title opens with a year; not the 1. of 1.5.
const INLINE_ITEM = /(?:^|[\s\u3000；;，,])(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]?[.．、](?:(?!\d)|(?=(?:19|20)\d\d年))/g;
const ARTICLE = /^第([一二三四五六七八九十百零〇]{1,6}|\d{1,4})条(?=[ \u3000]|$)/;
// Appendix B, APPENDIX A: GLOSSARY, Annex 2: Weighting method, Attachment A: External evaluation.
const APPENDIX = /^(Appendix|APPENDIX|Annex|ANNEX|Attachment|ATTACHMENT)[ ]+([A-Z]|\d{1,2})\b/;

/**
 * What could start a target or an item of an attachment list (1. 二、), after any lead (spaces, quote marks, bullets, bold):
 * a line of text without it changes no target, so an edit inside such lines keeps the targets (model/incremental.ts).
 */
const TARGET_HEAD = /^[\s\u3000>#*_+\-•![]*(?:<|[表图圖第附]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]?[.．、]|\d{1,3}(?:\.\d{1,3}){0,2}[ ]?[:.\-—]|table|fig|exhibit|chart|box|appendix|annex|attachment)/i;

/**
 * …in May 2007. Table ⏎ 16: The new select committees — a caption's label that a hard wrap left at the end of the line
 * before its number (after a sentence, or alone): the next line's number and title complete it.
 */
const CAPTION_TAIL = /(?:^|[.!?]["'’”)]?[ ]+)(Table|Figure|Exhibit|Chart|Box)[ ]*$/;
/** The rest of a caption split by a hard wrap: its number, a colon or a point or a dash, and a title. */
const CAPTION_REST = /^\d{1,3}(?:\.\d{1,3}){0,2}[ ]?[:.\-—][ ]*\S/;

/**
 * Whether a line that was `before` and is now `after` leaves the targets as they were: both blank, or both text that
 * starts like no target and no list item (a blank line turned text could end an attachment list), or both text that
 * every reader of findTargets reads the same.
 */
export function sameForTargets(before: Line, after: Line): boolean {
  if (before.kind === 'blank' && after.kind === 'blank') return true;
  if (before.kind !== 'text' || after.kind !== 'text') return false;
  if (!TARGET_HEAD.test(before.prose) && !TARGET_HEAD.test(after.prose) && !CAPTION_TAIL.test(before.prose) && !CAPTION_TAIL.test(after.prose)) return true;
  // A line that could start one (a numbered heading typed on): the same when it reads the same to each reader below.
  return targetFacts(before) === targetFacts(after);
}

/** A line of text that no reader of findTargets reads, and that ends an attachment list (not blank). */
export function plainForTargets(line: Line): boolean {
  return line.kind === 'text' && line.prose.trim() !== '' && !TARGET_HEAD.test(line.prose) && !CAPTION_TAIL.test(line.prose);
}

/** The targets moved down by `delta` lines from line `from` on (lines added or removed before them). */
export function movedTargets(targets: Targets, from: number, delta: number): Targets {
  const move = <T extends { line: number }>(list: T[]) => list.map((t) => (t.line >= from ? { ...t, line: t.line + delta } : t));
  // An attachment list's items name the line of its label, which moves with them.
  const attachments = move(targets.attachments).map((t) => (t.list !== undefined && t.list >= from ? { ...t, list: t.list + delta } : t));
  return { captions: move(targets.captions), attachments, articles: move(targets.articles), appendices: move(targets.appendices) };
}

/** Everything findTargets reads from a line of text, by itself or as an item of an attachment list above it. */
export function targetFacts(line: Line): string {
  const text = line.prose.slice(LEAD.exec(line.prose)?.[0].length ?? 0).replace(/^\*\*|\*\*$/g, '');
  const captions: Caption[] = [];
  readCaption(text, 0, captions, TITLED_LINE.test(line.prose));
  const list = ATTACHMENT_LIST.exec(text);
  return JSON.stringify([
    captions,
    ARTICLE.exec(text)?.[1],
    APPENDIX.exec(text.replace(/^[-+*•]\s+/, ''))?.slice(1),
    wrappedReference(text.replace(/^[-+*•]\s+/, '').replace(APPENDIX, '')),
    moreAppendices(text.replace(/^[-+*•]\s+/, '').replace(APPENDIX, '')).map((m) => m.slice(1)),
    ATTACHMENT_HEADING.exec(text)?.[1],
    list?.[1],
    line.prose.trim() === '',
    LIST_ITEM.exec(line.prose.trim())?.[1],
    CAPTION_TAIL.exec(line.prose.trimEnd())?.[1],
    CAPTION_REST.exec(text)?.[0],
  ]);
}

const BOLD_EDGES = /^\*\*|\*\*$/g;
const LIST_BULLET = /^[-+*•]\s+/;
export function findTargets(lines: Line[]): Targets {
  const targets: Targets = { captions: [], attachments: [], articles: [], appendices: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'text') continue;
    const text = line.prose.slice(LEAD.exec(line.prose)?.[0].length ?? 0).replace(BOLD_EDGES, '');
    readCaption(text, line.index, targets.captions, TITLED_LINE.test(line.prose));
    const tail = CAPTION_TAIL.exec(line.prose.trimEnd());
    const next = lines[i + 1];
    if (tail && next?.kind === 'text' && CAPTION_REST.test(next.prose.trim())) readCaption(`${tail[1]} ${next.prose.trim()}`, next.index, targets.captions);
    const article = ARTICLE.exec(text);
    if (article) targets.articles.push({ number: numberOf(article[1]), line: line.index });
    // A list of the appendices (- Appendix A: Logic model) names them as a heading would.
    const appendix = APPENDIX.exec(text.replace(LIST_BULLET, ''));
    if (appendix && !wrappedReference(text.replace(LIST_BULLET, '').slice(appendix[0].length))) {
      targets.appendices.push({ number: letterOrNumber(appendix[2]), line: line.index, word: appendix[1].toLowerCase() as AppendixWord });
      for (const m of moreAppendices(text.replace(LIST_BULLET, '').slice(appendix[0].length))) {
        targets.appendices.push({ number: letterOrNumber(m[2]), line: line.index, word: m[1].toLowerCase() as AppendixWord });
      }
    }
    const heading = ATTACHMENT_HEADING.exec(text);
    if (heading) targets.attachments.push({ number: numberOf(heading[1]), line: line.index });
    const list = ATTACHMENT_LIST.exec(text);
    if (list) i = readAttachmentList(lines, i, list[1], targets.attachments);
  }
  return targets;
}

/**
 * *Appendix A: Governance statement. Appendix B: Samples by sport.*: a line that opens with an appendix's title and names
 * the next ones the same way, each after a full stop, with a colon or a dash before its title.
 */
const MORE_APPENDICES = /(?<=[.;]\s{1,3})(Appendix|APPENDIX|Annex|ANNEX|Attachment|ATTACHMENT)[ ]+([A-Z]|\d{1,2})[ ]?[:–—][ ]?(?=\S)/g;
function moreAppendices(rest: string): RegExpMatchArray[] {
  return rest.length > 400 ? [] : [...matchesOf(rest, MORE_APPENDICES)];
}

/**
 * "…the full report is in / Appendix C." — a reference a hard wrap put first on its line, not the appendix's title: the
 * label ends a sentence alone on the line or the sentence runs on after it (Appendix C, and … / Appendix D and the …).
 * Read from the line alone, so that an edit to the line before leaves the targets as they were.
 */
function wrappedReference(rest: string): boolean {
  return /^(?:[.;]\s*$|[,;)]\s*[a-z]|\s+(?:and|or|for|to|which|with|where)\s+[a-z])/.test(rest);
}

function readCaption(text: string, line: number, out: Caption[], titled = false): void {
  const m = CN_CAPTION.exec(text) ?? EN_CAPTION.exec(text);
  if (!m) return;
  const separator = /^[ \u3000:：.．、\-—\]*_]*/.exec(text.slice(m[0].length))![0];
  // *Figure 3: Weekly peak requests.*: the emphasis that closes an italic caption is not a sentence going on.
  const rest = text.slice(m[0].length + separator.length).trim().replace(/(?<=[.。])[*_]{1,2}$/, '');
  // A sentence (表3显示，…。; Table 3. Revenue grew. Costs fell.) is no title; a point inside a name is (图2.22 Dify.AI 订阅售价).
  const chinese = /^[表图圖]/.test(m[1]);
  // A decimal point is no sentence's end (Table 1: Client team, city region of 1.5–3 million people).
  if (rest.length > (titled ? TITLED_CAPTION_MAX : CAPTION_MAX) || (chinese ? /[。；]|[.;]\s+\S/ : /[。；]|[.;]\s*\S/).test(rest.replace(/<\/[A-Za-z]+>\s*$/, '').replace(/(?<=\d)\.(?=\d)/g, ''))) return;
  // Exhibit 4 gives the cost assumptions.: a wrapped line of a sentence that names it, not its title. A Chinese
  // caption may open with a name in lower case (图7.9 home-assistant/core 2023年工作时间打点图).
  if (!chinese && /^[a-z]/.test(rest) && separator.trim() === '') return;
  const kind: CaptionKind = m[1] === '表' || m[1] === 'Table' ? 'table' : m[1] === 'Exhibit' ? 'exhibit' : m[1] === 'Chart' ? 'chart' : m[1] === 'Box' ? 'box' : 'figure';
  out.push({ kind, number: m[2].split(/[.．\-－—]/).map(Number), line });
}

/**
 * 附件：1.实施方案 ⏎ 2.统计表 (or 一、…二、…) — the numbered list (on the line, or on the lines after it); a single unnumbered
 * title is one attachment. Returns the index of the last line read.
 */
function readAttachmentList(lines: Line[], at: number, rest: string, out: NumberedTarget[]): number {
  const items = [...matchesOf(rest, INLINE_ITEM)].map((m) => numberOf(m[1]));
  if (items.length === 0 && rest.trim() !== '' && !LIST_ITEM.test(rest.trim())) {
    out.push({ number: 1, line: at });
    return at;
  }
  for (const n of items) out.push({ number: n, line: at, list: at });
  // The kind of the list's numbers (1. or 一、), once known: items set apart by blank lines (a list pasted from Word,
  // one paragraph each) go on in the same kind.
  let arabic = items.length > 0 ? /^\d/.test(rest.trimStart().replace(/^[^\d一二三四五六七八九十]*/, '')) : undefined;
  let i = at + 1;
  let last = at;
  for (; i < lines.length; i++) {
    const text = lines[i].prose.trim();
    if (text === '') {
      if (arabic !== undefined || i === at + 1) continue;
      break;
    }
    const m = LIST_ITEM.exec(text);
    if (!m || (arabic !== undefined && /^\d/.test(m[1]) !== arabic)) break;
    arabic = /^\d/.test(m[1]);
    out.push({ number: numberOf(m[1]), line: i, list: at });
    last = i;
  }
  return last;
}

function numberOf(text: string): number {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text) ?? 0;
}

function letterOrNumber(text: string): number {
  return /^\d/.test(text) ? Number(text) : text.charCodeAt(0) - 64;
}
