/**
 * page-furniture — 网页、文库页面残留 / Web-page furniture copied in with the text
 *
 * What: what a document-sharing site or a web page puts around a text, copied in with it: page counters
 * (第1页 / 共11页, 名校第1页共3页集团, Page 2 of 11), the file name as a title (工作总结.docx,
 * 工作总结.docx_第2页), toolbars on a line of their own (收藏 分享(赏), 下载 相关 举报, 上一篇：…),
 * and the site's own sentences (展开阅读全文, 由会员分享，可在线阅读, 上传人：, VIP免费, 您可能关注的文档).
 * Not: the same words used in prose (每月点击数超过25万, 上传、下载教育资源, 受理群众举报), an attachment
 * named by its file (附件：实施方案.docx).
 *
 * Why: a draft started from a copy found online keeps the site's page furniture, and a reader of the
 * finished report sees at once where it came from.
 *
 * 检查：文库网站或网页附在正文周围、随复制一起带进来的内容：页码（第1页/共11页、名校第1页共3页集团、
 * Page 2 of 11），作为标题的文件名（工作总结.docx、工作总结.docx_第2页），单独成行的工具栏（“收藏 分享(赏)”
 * “下载 相关 举报”、上一篇：…），以及网站自己的话（展开阅读全文、由会员分享，可在线阅读、上传人：、VIP免费、
 * 您可能关注的文档）。
 * 不报：正文里的同样词语（每月点击数超过25万、上传、下载教育资源、受理群众举报），以文件名列出的附件
 * （附件：实施方案.docx）。
 * 原因：从网上找来的稿子会留着网站的页面内容，读到成稿的人一眼就能看出它的来历。
 *
 * Bad:  第2页/共11页
 * Bad:  不断提升名校第1页共3页集团整体实力
 * Good: 不断提升名校集团整体实力
 * Bad:  The pilot ran Page 2 of 11 for six months.
 * Good: The pilot ran for six months.
 */

import words from '../data/page-furniture.json';
import { excerpt } from '../model/chars';
import type { Line } from '../model/lines';
import { alternation, eachMatch } from '../patterns';
import { lineRange } from '../ranges';
import type { Rule } from '../rule';
import type { Range } from '../types';

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
const SENTENCE_END = /[。！？!?；;]/;
const SEPARATORS = /^[\s|·•・()（）[\]【】/／、,，:：<>«»\-–—*#_.。!！?？]*$/;
/** What is left of a line once the furniture is taken out; only marks and spaces mean the whole line is furniture. */
const NOTHING_LEFT = /^[\s|·•・()（）[\]【】/／、,，:：<>«»\-–—*#_.。!！?？\d]*$/;

const rule: Rule = {
  meta: {
    id: 'page-furniture',
    name: { zh: '网页残留', en: 'Web-page residue' },
    category: 'copy-residue',
    description: {
      zh: '从文库或网页复制时带入的页面内容：“第1页/共11页”“展开阅读全文”、工具栏、文件名',
      en: 'Web-page furniture copied in with the text: page counters, “read more” links, toolbars, file names',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      furniture: {
        zh: '删除网页残留“{text}”：从文库或网页复制时带入',
        en: 'Delete the web-page residue “{text}”: it came in with a copy from a web page',
      },
      fix: { zh: '删除网页残留', en: 'Delete the web-page residue' },
      fixLine: { zh: '删除这一行网页残留', en: 'Delete this line of web-page residue' },
    },
  },

  check(context) {
    const lines = context.doc.lines;
    for (const line of lines) {
      if (line.kind !== 'text') continue;
      const prose = line.prose;
      const trimmed = prose.trim();
      if (trimmed === '') continue;
      const spans: { start: number; end: number; removable: boolean }[] = [];
      for (const re of [PAGE_OF, PAGE_OF_EN]) eachMatch(re, prose, (m) => spans.push({ start: m.index, end: m.index + m[0].length, removable: true }));
      // The site's own sentences go whole: 由会员分享，可在线阅读，更多相关《…》请在…上搜索。
      eachMatch(ICP, prose, (m) => spans.push(sentenceAround(prose, m.index, m.index + m[0].length)));
      eachMatch(PHRASE, prose, (m) => spans.push(sentenceAround(prose, m.index, m.index + m[0].length)));

      const furnitureLine = isFurnitureLine(trimmed);
      if (spans.length === 0 && !furnitureLine) continue;
      // The whole line is furniture when nothing but marks and figures is left once it is taken out.
      let rest = prose;
      for (const s of spans) rest = rest.slice(0, s.start) + ' '.repeat(s.end - s.start) + rest.slice(s.end);
      if (furnitureLine || NOTHING_LEFT.test(rest)) {
        const start = prose.length - prose.trimStart().length;
        const end = prose.trimEnd().length;
        context.report({
          message: 'furniture',
          data: { text: excerpt(line.text.slice(start, end), 30) },
          range: lineRange(line.index, start, end),
          fix: { title: 'fixLine', edits: [{ range: wholeLine(line, lines.length), newText: '' }] },
        });
        continue;
      }
      for (const s of merge(spans)) {
        context.report({
          message: 'furniture',
          data: { text: excerpt(line.text.slice(s.start, s.end), 30) },
          range: lineRange(line.index, s.start, s.end),
          fix: s.removable ? { title: 'fix', edits: [{ range: lineRange(line.index, s.start, s.end), newText: '' }] } : undefined,
        });
      }
    }
  },
};

export default rule;

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
  while (from > 0 && !SENTENCE_END.test(prose[from - 1])) from--;
  while (from < start && /\s/.test(prose[from])) from++;
  let to = end;
  while (to < prose.length && !SENTENCE_END.test(prose[to])) to++;
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

/** The line and its line break, so that deleting it leaves no blank line behind. */
function wholeLine(line: Line, count: number): Range {
  if (line.index + 1 < count) return { start: { line: line.index, character: 0 }, end: { line: line.index + 1, character: 0 } };
  return lineRange(line.index, 0, line.text.length);
}
