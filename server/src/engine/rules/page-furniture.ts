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

import { excerpt } from '../model/chars';
import type { Line } from '../model/lines';
import { lineRange } from '../ranges';
import type { Rule } from '../rule';
import type { Range } from '../types';

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
      const found = context.doc.furnitureOn(line.index);
      if (!found) continue;
      const prose = line.prose;
      if (found.wholeLine) {
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
      for (const s of found.spans) {
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

/** The line and its line break, so that deleting it leaves no blank line behind. */
function wholeLine(line: Line, count: number): Range {
  if (line.index + 1 < count) return { start: { line: line.index, character: 0 }, end: { line: line.index + 1, character: 0 } };
  return lineRange(line.index, 0, line.text.length);
}
