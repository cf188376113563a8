/**
 * page-furniture — 网页、文库页面残留 / Web-page furniture copied in with the text
 *
 * What: what a document-sharing site, a news site or a government site puts around a text, copied in with it:
 * page counters (第1页 / 共11页, 共 / 3 / 頁,當前第 / 3 / 頁 split over lines, Page 2 of 11), the file name as
 * a title (工作总结.docx_第2页), toolbars (收藏 分享(赏), 下载 / 打印 / 全屏 / 收藏 one per line, 【字号：加大 还原 减小】,
 * 打印本页 关闭窗口, 扫一扫在手机打开当前页, 分享到：, 分享: alone on its line), an editor's credit in brackets alone on
 * its line (【编辑:叶攀】, （责编：王小明）), a news page's link to itself or its source field alone on a line (原文链接：https://…,
 * 本文链接：…, 文章来源：杭州图书馆), the page's fields (来源：… 发布时间：…
 * 浏览次数：…, 阅读量：, 相关报道：; also one label or value per line: 时间： / 2026-02-02 09:20 / 来源： / 某省人民政府),
 * breadcrumbs (当前位置：首页 > … > …, also split over lines, 首页 / > / 政府信息公开 / >), an e-paper's page label among its
 * buttons (第03版：要闻　上一版　下一版), a bar of a page's links run on after a paragraph's last sentence (…and plans.
 * Share this page | Print | Back to top; a share bar with its feedback buttons, Share this page: Facebook | X | LinkedIn |
 * Email   Was this page helpful? Yes / No; Print this page | Back to top | Download as PDF), link bars (《人民日报》《光明日报》…
 * beside other furniture), a newsletter's lines (View this email in your browser; Unsubscribe | Update your
 * preferences), a cookie banner (We use necessary cookies to make our site work. We'd also like to set optional analytics
 * cookies to help us improve it., its buttons Accept all cookies, Reject optional cookies, View cookies), a blog post's footer (Posted in News | Leave a comment, Leave a Reply), download prompts (Download PDF (2.3 MB) alone on its line) and preview cut-offs (剩余内容需下载后阅读, 试读结束), and upload
 * disclaimers (本文档由用户上传，如有侵权请联系删除), a site's list of other documents (相关文档推荐 and the titles
 * under it), a site's footer (主办单位：… 承办单位：… beside its other furniture; © Northmoor Power 2026 | Privacy | Terms |
 * Accessibility), a link back (← Back to news), and the page number of a Word or
 * PDF footer on a line of its own (— 2 —, 第2页, 1 / 143, Page 5, Page 7 of 40, with its running title: Annual Report
 * 2025/26 | Page 12, Governors' Annual Statement — Page 3), with the running header repeated beside it at each page
 * break (one finding per page break); a PDF's running header or footer seen once, alone on a line: the document's
 * title again between two lines of one sentence (the line before a long line ending no sentence, the line after going
 * on in lower case or in Chinese), or a title with a page number (Annual Report 2025 | 17, 某市2025年卫生健康工作报告 ·
 * 第3页) whose title is the document's, whose page is 第N页, or which cuts a sentence so. A run of furniture lines is one finding, whose fix deletes
 * exactly those lines. An e-mail's header copied in with a forwarded or replied draft (From: Sarah Mitchell
 * <s.mitchell@example.org> / Sent: 12 February 2026 16:04 / To: … / Subject: RE: …, 发件人：… / 发送时间：… / 收件人：… /
 * 主题：…, -----Original Message-----): three of its fields, one of them a field only an e-mail has (an address in angle
 * brackets, Sent: with a time, 发送时间, 收件人, 抄送), one finding whose fix deletes the lines. A chat app's placeholder
 * for a picture or a file alone on a line ([图片], [表情], [文件]), copied in with the messages. The numbers a sharing site put before each piece of a text it cut up (…发展规 / 2、划纲要…)
 * are one finding for the document, whose fix deletes them and joins each cut sentence again. A document site's plug
 * stamped into the text at each page (暗狗：体制人的免费资料库 –请点击：zl.wenyixie.com 材料交流群，请加微信 tizhisiri): a sign of
 * the site (资料库, 文库, a host to click or visit) and a contact to add (加微信 or 加QQ with an ID) within 60 characters, one
 * finding each, whose fix deletes it from the site's name to the ID. A link bar drawn with HTML entities (Read more
 * &raquo; | Donate now | Subscribe to our newsletter, Back to top &uarr;), an app's prompt (立即下载APP, 打开APP阅读全文),
 * and a page's link glued to the heading under it when the copy lost the line break (Jump to downloadsOur work in
 * numbers, 扫一扫在手机打开当前页一、主要成效: the link alone is reported and deleted), also before a heading's number
 * (Back to top2. Scope, Back to top 5. Next steps, 返回首页四、…), a page's navigation link glued before a heading's
 * marker ([首页](http://…)二、主要做法, [返回顶部](#top)四、…, ## [Back to top](#top)3 Conclusions) and a docs site's
 * permalink sign there (¶ 3.1 Results): the residue alone is reported, and deleted with the spaces after it; so is
 * navigation glued to a paragraph of the report's text — a link before its first sentence ([返回首页](/index.html)全市共有…),
 * a breadcrumb before it (首页 > 新闻中心 > 统计数据全市…, Home > News > Reports The council approved…), a page's button
 * after its last sentence (…增长6.1%。返回顶部, …this year.Back to top).
 * A wiki or intranet page's chrome: its row of page actions (Edit | Watch | Share | Page history,
 * 编辑 | 关注 | 分享 | 页面历史) and its like and label lines (Like · Be the first to like this, No labels, 赞 · 成为第一个赞同者).
 * Not: the same words in the report's own sentences (上传、下载教育资源, 受理群众举报, 下载并打印相关表格), a label of the
 * report's own heading the link it names on the next line (立即下载： ⏎ https://…, 相关文档： ⏎ https://…, 相关链接： ⏎ [1] 项目地址：https://…), a source
 * under a table (来源：国家统计局), a link or a source in a sentence (详见原文链接：https://…，报名截止…; 本文来源于各分馆上报的数据), an attachment named by its file (附件：实施方案.docx) and the numbered files listed under
 * it (2.评估方案.docx, （1）签到表.pdf), a list of titles, an
 * event's details (主办单位：市教育局  承办单位：市第一中学) away from other furniture, a memo's own header (To: Board of
 * Trustees / From: Honorary Treasurer / Date: 12 March 2026 / Subject: …: no field only an e-mail has), a parcel form's
 * 收件人：姓名、电话、地址 alone, Manage cookies or Cookie settings as
 * the heading of a cookie notice's section (between two paragraphs of text, the one after it about cookies), a lone
 * 分享： straight under a numbered heading with a sentence after it (二、活动内容 / 分享： / 张老师、李老师交流课堂实践。), two
 * years in a row alone on a title page's line (FINANCIAL YEAR ⏎ 2020/2021: a financial year, not page 2020 of 2021), a
 * number with a leading zero alone on its line (09/17, an action's reference in a board's action log, or a month), a
 * heading that names a page (Page 3: Our finances, ## Page 4: the writer's own), see page 5 in a sentence, a sentence of
 * the report about cookies with a figure in it (This website uses cookies, and 40% of visitors rejected the optional ones),
 * an image or an anchor before a Markdown heading's number (![](icon.png)三、…, <a id="results"></a>2 Results, ## 4 Next
 * steps {#next-steps}: markup), a link that is the heading's own text after its marker (三、[专项行动](…)开展情况), a
 * link in a sentence, a pilcrow before a sentence (¶ 12 The court held that…: a paragraph's number),
 * the title again after a sentence's end or before a sentence of its own, after a short line (an address block, a
 * contents page), a row of a table copied with bars (新建铁路投产里程 | 公里 | 3113, Quarter 3 | 17). One of a plug's signs
 * alone in the report's sentence (建立病例资料库，请点击：www.xxcdc.gov.cn 查询; 报名请加微信 hr2024abc 进入交流群).
 *
 * Why: a draft started from a copy found online keeps the site's page furniture, and a reader of the
 * finished report sees at once where it came from.
 *
 * 检查：从文库、新闻网站、政府网站复制时带入的页面内容：页码（第1页 / 共11页，拆成多行的“共 / 3 / 頁,當前第 / 3 / 頁”）、
 * 作为标题的文件名、工具栏（收藏 分享、逐行的下载 / 打印 / 全屏 / 收藏、【字号：加大 还原 减小】、打印本页、关闭窗口、
 * 扫一扫在手机打开当前页、分享到、单独一行的“分享:”）、单独一行的括号内编辑署名（【编辑:叶攀】、（责编：王小明））、单独一行的原文链接与文章来源（原文链接：https://…、本文链接：…、文章来源：杭州图书馆）、页面信息（来源：… 发布时间：… 浏览次数：…、阅读量、相关报道；
 * 含标签和值各占一行的“时间： / 2026-02-02 09:20 / 来源： / 某省人民政府”）、当前位置导航（含拆成多行的“首页 / > / 政府信息公开”）、电子报的版面导航（第03版：要闻　上一版　下一版）、接在段落末句之后的网页链接栏（…and plans. Share this page | Print | Back to top）、分享栏与反馈按钮（Share this page: Facebook | X | LinkedIn | Email   Was this page helpful? Yes / No）、书名号写成的链接栏、Cookie提示条的说明与按钮（We use necessary cookies to make our site work…、Accept all cookies、View cookies）、下载提示与试读截断（剩余内容需下载后阅读）、上传免责声明、“相关文档推荐”及其下的
 * 标题列表、网站页脚（与其他残留相邻的“主办单位：… 承办单位：…”，“© Northmoor Power 2026 | Privacy | Terms”），返回链接（← Back to news），以及Word或PDF页脚留下的单独一行页码（— 2 —、第2页、1 / 143）及每个分页处紧挨页码重复出现的页眉（每处分页报一次），以及只出现一次、单独成行的PDF页眉页脚：夹在同一句话两行之间的文档标题，或带页码的标题（Annual Report 2025 | 17、某市2025年卫生健康工作报告 · 第3页）。转发或回复邮件时带入的邮件头（发件人：… / 发送时间：… / 收件人：… / 主题：…，From: … <地址> / Sent: … / To: … / Subject: …：至少三个字段，其中一个是邮件特有的：尖括号中的地址、带时刻的Sent:、发送时间、收件人、抄送），报一处，修复删除这些行。单独一行的聊天占位符（[图片]、[表情]、[文件]：从微信等聊天工具复制时带入）。连续多行残留只报一次，
 * 修复时恰好删除这些行。文库切分文本时在每段前加的编号（…发展规 / 2、划纲要…）全文报一处，修复时删去编号并接上被截断的句子。
 * 文库在每页正文中插入的推广语（暗狗：体制人的免费资料库 –请点击：zl.wenyixie.com 材料交流群，请加微信 tizhisiri）：60字以内
 * 既有网站标志（资料库、文库、请点击或访问的网址）又有加微信或QQ的账号，每处报一次，修复时从网站名删到账号。用HTML字符实体画出的链接栏
 * （Read more &raquo; | Donate now、Back to top &uarr;）、下载APP的提示（立即下载APP、打开APP阅读全文），以及复制时丢了换行、
 * 与下面标题连在一起的页面链接（Jump to downloadsOur work in numbers、扫一扫在手机打开当前页一、主要成效：只报并删去链接），
 * 粘在标题编号前的页面按钮、导航链接和文档网站的段落标记（Back to top2. Scope、[首页](http://…)二、主要做法、
 * ## [Back to top](#top)3 Conclusions、¶ 3.1 Results：只报并删去残留），以及粘在正文段落首尾的导航（段首的导航链接
 * [返回首页](/index.html)全市共有…、段首的当前位置导航“首页 > 新闻中心 > 统计数据全市…”、段末的“返回顶部”：只报并删去残留）。
 * 维基、内网页面的操作栏和点赞、标签行（Edit | Watch | Share | Page history、编辑 | 关注 | 分享 | 页面历史、Like · Be the first to like this、
 * No labels、赞 · 成为第一个赞同者）；正文中提到编辑、分享的句子和使用说明中列出菜单项的表格不报。
 * 原因：以网上复制的文本起草，页面上的这些内容容易被一并带入，读者一眼就能看出来源。
 * 不报：报告自己句子中的同样词语（上传、下载教育资源，受理群众举报），下一行就是所指链接的标签（立即下载： ⏎ https://…，相关文档： ⏎ https://…，相关链接： ⏎ [1] 项目地址：https://…），表格下的资料来源（来源：国家统计局），句中的链接与来源（详见原文链接：https://…，报名截止…；本文来源于各分馆上报的数据），
 * 以文件名列出的附件（附件：实施方案.docx）及其下逐行编号的文件（2.评估方案.docx、（1）签到表.pdf），逐行列出的书名，不与其他残留相邻的活动信息（主办单位：市教育局 承办单位：市第一中学），备忘录自己的抬头（To: / From: / Date: / Subject:，没有邮件特有的字段），单独的“收件人：姓名、电话、地址”，Cookie政策中作小标题的Manage cookies、Cookie settings（前后都是正文，后一段讲Cookie），报告自己讲Cookie、带数字的句子（This website uses cookies, and 40% of visitors…），紧接编号标题、后跟一句正文的“分享：”（二、活动内容 / 分享： / 张老师、李老师交流课堂实践。），封面上单独一行的相邻两个年份（FINANCIAL YEAR ⏎ 2020/2021：财政年度，不是第2020页/共2021页），单独一行、以0开头的编号（09/17：董事会待办事项的编号或月份），句末之后或短行（地址、目录）之后重复的标题，用竖线分隔的表格行（新建铁路投产里程 | 公里 | 3113）。
 * Markdown标题编号前的图片和锚点（![](icon.png)三、…、<a id="results"></a>2 Results），编号之后作为标题文字的链接（三、[专项行动](…)开展情况），句中的链接。
 * 报告自己句子中只有其中一种标志的（建立病例资料库，请点击：www.xxcdc.gov.cn 查询；报名请加微信 hr2024abc 进入交流群）不报。
 *
 * Bad:  第2页/共11页
 * Bad:  不断提升名校第1页共3页集团整体实力
 * Good: 不断提升名校集团整体实力
 * Bad:  Share | Print | Download
 * Good: (the line deleted)
 */

import { excerpt } from '../model/chars';
import { endsSentence } from '../model/chunk-indices';
import { besideRun, gluedHeadingResidue, isChatPlaceholder, isFooterLine, isMailHeaderLine, isNewspaperJump, runningHeaders } from '../model/furniture';
import type { Line } from '../model/lines';
import { lineRange } from '../ranges';
import type { LocalResult, Rule, RuleContext } from '../rule';
import type { Range, TextEdit } from '../types';

const rule: Rule = {
  meta: {
    id: 'page-furniture',
    name: { zh: '网页残留', en: 'Web-page residue' },
    category: 'copy-residue',
    description: {
      zh: '从文库或网页复制时带入的页面内容：“第1页/共11页”“展开阅读全文”、工具栏、当前位置导航、来源与发布时间、下载提示、文件名',
      en: 'Web-page furniture copied in with the text: page counters, “read more” links, toolbars, breadcrumbs, page fields (source, date, views), download prompts, file names',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      furniture: {
        zh: '删除网页残留“{text}”：从文库或网页复制时带入',
        en: 'Delete the web-page residue “{text}”: it came in with a copy from a web page',
      },
      newspaperJump: {
        zh: '删除转版提示“{text}”：报纸排版的跨版衔接，复制时带入了正文',
        en: 'Delete the newspaper jump line “{text}”: the print layout’s continuation note, copied in with the text',
      },
      pageNumber: {
        zh: '删除页码“{text}”：从Word或PDF复制时带入的页脚',
        en: 'Delete the page number “{text}”: a Word or PDF footer copied in with the text',
      },
      pageNumbers: {
        zh: '删除从“{text}”起的{count}个页码：从Word或PDF复制时带入的页脚',
        en: 'Delete the {count} page numbers from “{text}”: Word or PDF footers copied in with the text',
      },
      furnitureLines: {
        zh: '删除从“{text}”起的{count}行网页残留',
        en: 'Delete the {count} lines of web-page residue from “{text}”: they came in with a copy from a web page',
      },
      mailHeader: {
        zh: '删除从“{text}”起的{count}行邮件头：转发或回复邮件时带入',
        en: 'Delete the {count} lines of e-mail header from “{text}”: they came in with a forwarded or replied message',
      },
      fixMailHeader: { zh: '删除邮件头', en: 'Delete the e-mail header' },
      chatPlaceholder: {
        zh: '删除聊天占位符“{text}”：从微信等聊天工具复制时带入',
        en: 'Delete the chat placeholder “{text}”: it came in with a copy from a chat app',
      },
      chunkIndices: {
        zh: '删除文库插入的{count}处分段编号（如“{text}”），接上被截断的句子',
        en: 'Delete the {count} chunk numbers a document-sharing site put into the text (such as “{text}”) and join the sentences they cut',
      },
      fixChunkIndices: { zh: '删除分段编号并接上句子', en: 'Delete the chunk numbers and join the sentences' },
      fix: { zh: '删除网页残留', en: 'Delete the web-page residue' },
      fixLine: { zh: '删除这一行网页残留', en: 'Delete this line of web-page residue' },
      fixLines: { zh: '删除这{count}行网页残留', en: 'Delete these {count} lines of web-page residue' },
      fixPageNumbers: { zh: '删除这{count}个页码', en: 'Delete these {count} page numbers' },
      pageBreak: {
        zh: '删除页眉“{text}”和页码“{page}”：从Word或PDF复制时带入的分页残留',
        en: 'Delete the running header “{text}” and the page number “{page}”: a page break of a Word or PDF copy',
      },
      fixPageBreak: { zh: '删除页眉和页码', en: 'Delete the running header and the page number' },
      runningTitle: {
        zh: '删除页眉或页脚“{text}”：从PDF复制时带入，夹在正文中间',
        en: 'Delete the running header or footer “{text}”: it came in with a copy from a PDF, in the middle of the text',
      },
    },
  },

  scope: 'line',

  // Pieces of the report's own lines that the line model marked as furniture: each line on its own. A whole line of
  // furniture returns a value, so that the document part reads those lines alone, not every line of the draft.
  checkLine(line, context) {
    if (line.kind === 'furniture') return true;
    // [首页](http://…)二、主要做法, ## [Back to top](#top)3 Conclusions, ¶ 3.1 Results: residue glued before a heading's
    // marker; the residue alone is reported and deleted (the outline already reads the heading after it).
    if (line.kind === 'text') {
      const glued = gluedHeadingResidue(line.text);
      if (glued && !line.damage?.some((d) => d.kind === 'furniture' && d.start < glued.end && d.end > glued.start)) {
        const range = lineRange(line.index, glued.start, glued.end);
        const text = line.text.slice(glued.start, glued.end);
        context.report({ message: 'furniture', data: { text: excerpt(text, 30) }, range, fix: { title: 'fix', edits: [{ range: lineRange(line.index, glued.start, glued.marker), newText: '' }] } });
      }
    }
    if (line.damage === undefined) return undefined;
    for (const d of line.damage) {
      if (d.kind !== 'furniture') continue;
      const range = lineRange(line.index, d.start, d.end);
      const text = line.text.slice(d.start, d.end).trim();
      const message = isNewspaperJump(text) ? 'newspaperJump' : 'furniture';
      // Back to top 5. Next steps: a link glued to the start of a line goes with the spaces after it (the heading
      // keeps its place at the line's start).
      const spaces = LINE_START.test(line.text.slice(0, d.start)) ? /^[ \t]*/.exec(line.text.slice(d.end))![0].length : 0;
      const deleted = spaces ? lineRange(line.index, d.start, d.end + spaces) : range;
      context.report({ message, data: { text: excerpt(text, 30) }, range, fix: { title: 'fix', edits: [{ range: deleted, newText: '' }] } });
    }
    return undefined;
  },

  check(context) {
    const lines = context.doc.lines;
    // Whole lines of furniture (the line model marked them), in runs.
    const runs = furnitureRuns(lines, context.locals);
    // — 11 — / — 12 —: a run of page footers (a blank page between) is page numbers, not web-page residue.
    // Which lines are blank or a footer is kept per line by the model (read again only for the lines an edit changed).
    const footers = context.doc.lineFacts('page-footer', blankOrFooter);
    const pageNumbers = runs.map((run) => footers.subarray(run.first, run.last + 1).every((f) => f === 1));
    const headers = runningHeaders(lines, runs.filter((_, k) => pageNumbers[k]));
    runs.forEach((run, k) => {
      // The running header beside a page number goes with it: one page break, one finding.
      const header = pageNumbers[k] ? headerBeside(lines, run, headers) : undefined;
      const first = lines[header !== undefined && header < run.first ? header : run.first];
      const last = lines[header !== undefined && header > run.last ? header : run.last];
      const count = run.count;
      const start = first.text.length - first.text.trimStart().length;
      const mail = header === undefined && count > 1 && !pageNumbers[k] && isMailHeaderLine(first.prose.trim());
      const chat = header === undefined && count === 1 && !pageNumbers[k] && isChatPlaceholder(first.prose.trim());
      const message = chat ? 'chatPlaceholder' : mail ? 'mailHeader' : header !== undefined ? 'pageBreak' : count > 1 ? (pageNumbers[k] ? 'pageNumbers' : 'furnitureLines') : pageNumbers[k] ? 'pageNumber' : 'furniture';
      const page = lines[run.first].prose.trim();
      context.report({
        message,
        // An e-mail's header shows its address, which the prose masks.
        data: header !== undefined ? { text: excerpt(lines[header].prose.trim(), 30), page } : { text: excerpt((mail || maskedAddress(first) ? first.text : first.prose).trim(), 30), count },
        range: { start: { line: first.index, character: start }, end: { line: last.index, character: last.text.trimEnd().length } },
        fix: {
          title: mail ? 'fixMailHeader' : header !== undefined ? 'fixPageBreak' : count > 1 ? (pageNumbers[k] ? 'fixPageNumbers' : 'fixLines') : 'fixLine',
          edits: [{ range: wholeLines(first, last, lines), newText: '' }],
        },
      });
    });
    reportRunningTitles(context, headers);
    if (context.doc.chunkIndices.size) reportChunkIndices(context);
  },
};

export default rule;

/**
 * 1、…发展规 / 2、划纲要…: the numbers a document-sharing site put before each piece of a text it cut up. One finding
 * for the document, on the first number that cuts a sentence; the fix deletes every number and joins each piece
 * to the line before it when that line stops mid-sentence.
 */
function reportChunkIndices(context: RuleContext): void {
  const { doc } = context;
  const markers = doc.sections.filter((s) => doc.chunkIndices.has(s.marker.line)).map((s) => s.marker);
  if (markers.length === 0) return;
  const edits: TextEdit[] = [];
  let shown: { marker: (typeof markers)[number]; tail: string } | undefined;
  for (const m of markers) {
    // The piece before, across the blank lines a site may put between pieces.
    let at = m.line - 1;
    while (at > 0 && at > m.line - 3 && doc.lines[at].kind === 'blank') at--;
    const before = doc.lines[at];
    const cuts = before !== undefined && before.kind === 'text' && before.text.trim() !== '' && !endsSentence(before.text);
    if (cuts) {
      edits.push({ range: { start: { line: before.index, character: before.text.trimEnd().length }, end: { line: m.line, character: m.titleStart } }, newText: '' });
      shown ??= { marker: m, tail: before.text.trimEnd().slice(-3) };
    } else {
      edits.push({ range: lineRange(m.line, m.start, m.titleStart), newText: '' });
    }
  }
  const first = shown ?? { marker: markers[0], tail: '' };
  const line = doc.lines[first.marker.line].text;
  const text = first.tail + line.slice(first.marker.start, first.marker.titleStart).trim() + line.slice(first.marker.titleStart, first.marker.titleStart + 3);
  context.report({
    message: 'chunkIndices',
    data: { count: markers.length, text },
    range: lineRange(first.marker.line, first.marker.start, first.marker.end),
    fix: { title: 'fixChunkIndices', edits },
  });
}

/** Nothing but indentation or a Markdown heading's #'s before a point of a line. */
const LINE_START = /^\uFEFF?[ \t]*(?:#{1,6}[ \t]+)?$/;

/** Annual Report 2025 | 17, 某市2025年卫生健康工作报告 · 第3页: a title, a bar or a dot, and a page number. */
const TITLE_AND_PAGE = /^(\S[^|｜·•]{1,58}?)[ \u3000]{0,3}[|｜·•][ \u3000]{0,3}(第[ \u3000]?\d{1,4}[ \u3000]?[页頁]|\d{1,4})$/;
/** What no running header holds: the marks of a sentence. */
const SENTENCE_MARK = /[。；;？?！!，,：:]/;
/** A title has words: four letters or characters at least (not 2006/7 |). */
const FOUR_LETTERS = /(?:\p{L}[^\p{L}]*){4}/u;
/** A line of running text a page break cut: as long as a line of a page (an address or a heading line is shorter). */
const LONG_LINE_ZH = 15;
const HAN = /\p{sc=Han}/u;
const BAR = /[|｜]/;
const LONG_LINE_EN = 30;

/** How a line goes on with the sentence of the line before: lower case or a figure in English, Chinese in Chinese. */
const GOES_ON_EN = /^[a-z0-9£$€(]/;
const GOES_ON_ZH = /^[\p{sc=Han}0-9]/u;

/**
 * 2 for a short line of text with a page number after a bar or a dot (Annual Report 2025 | 17), 1 for another short
 * line of text with no mark of a sentence (a title), else 0: the lines reportRunningTitles reads, kept per line.
 */
function titleCandidate(line: Line): number {
  if (line.kind !== 'text' || line.damage || line.ruby) return 0;
  const text = line.prose.trim();
  if (text.length < 4 || text.length > 60) return 0;
  if (TITLE_AND_PAGE.test(text)) return SENTENCE_MARK.test(text) ? 0 : 2;
  return SENTENCE_MARK.test(text) || LIST_START.test(text) || !FOUR_LETTERS.test(text) ? 0 : 1;
}

/** 一、 （一） 1. 1.2: a list marker or a section number, which a running header does not start with. */
const LIST_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}(?:[.．]\d{1,3})*[、.．\s])/;

/** Letters and characters only, in lower case: how two titles are compared (Annual Report 2025 in Annual Report 2025/26). */
function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A PDF's running header or footer seen once, left as a line of text: the document's title (its first lines) again,
 * or a title with a page number (Annual Report 2025 | 17, 某市2025年卫生健康工作报告 · 第3页). One finding per line,
 * whose fix deletes it. The title alone counts only between two lines of one sentence (the line before ends no
 * sentence, the line after goes on in lower case or in Chinese); a title with a page number counts when its title is
 * the document's, when its page number is 第N页, or between two lines of one sentence. Not the title quoted in a
 * sentence, a title line followed by a sentence of its own (This is the Annual Report of ⏎ Riverside … ⏎ The
 * statement…), a row of labels and figures (Quarter 3 | 17, 新建铁路投产里程 | 公里 | 3113), a title after a short line
 * (an address: Communications ⏎ Office of the Auditor General ⏎ 240 Sparks Street; a contents page), the headers page-furniture reports beside a page number.
 */
function reportRunningTitles(context: RuleContext, headers: Set<number>): void {
  const { doc } = context;
  const lines = doc.lines;
  const facts = doc.lineFacts('running-title', titleCandidate);
  // The title block: the first lines of text before the first blank line (at most three).
  const titles: string[] = [];
  let first = 0;
  while (first < lines.length && lines[first].kind === 'blank') first++;
  let after = first;
  for (; after < lines.length && after < first + 3 && lines[after].kind !== 'blank'; after++) {
    const key = titleKey(lines[after].prose);
    if (key.length >= 4) titles.push(key);
  }
  if (titles.length === 0) return;
  const isTitle = (text: string) => {
    const key = titleKey(text);
    return key.length >= 4 && titles.some((t) => t === key || (t.startsWith(key) && key.length * 4 >= t.length * 3));
  };
  for (let l = after; l < facts.length; l++) {
    const fact = facts[l];
    if (fact === 0 || headers.has(l)) continue;
    const before = lines[l - 1];
    const next = lines[l + 1];
    const between = before !== undefined && next !== undefined && before.kind === 'text' && next.kind === 'text';
    // A title alone counts only between two lines of text: most short lines (headings) have a blank line beside them.
    if (fact === 1 && !between) continue;
    const line = lines[l];
    const text = line.prose.trim();
    const midSentence = () => {
      if (!between) return false;
      const cut = before.prose.trim();
      const goes = next.prose.trimStart();
      return (
        !endsSentence(cut) && cut.length >= (HAN.test(cut) ? LONG_LINE_ZH : LONG_LINE_EN) && !BAR.test(cut) &&
        (GOES_ON_EN.test(goes) || (GOES_ON_ZH.test(goes) && !LIST_START.test(goes)))
      );
    };
    if (fact === 1) {
      if (!isTitle(text) || !midSentence() || inAddressBlock(lines, l)) continue;
    } else {
      const m = TITLE_AND_PAGE.exec(text)!;
      if (!(m[2].startsWith('第') || isTitle(m[1]) || midSentence())) continue;
    }
    const start = line.text.length - line.text.trimStart().length;
    context.report({
      message: 'runningTitle',
      data: { text: excerpt(text, 30) },
      range: { start: { line: l, character: start }, end: { line: l, character: line.text.trimEnd().length } },
      fix: { title: 'fixLine', edits: [{ range: wholeLines(line, line, lines), newText: '' }] },
    });
  }
}

/**
 * A line of a postal or contact address on its own: 410 Riverside Avenue, Winnipeg, Manitoba · Town Hall, 12 Market
 * Street, Ravensmoor RM1 2AB · PO Box 2200 · Ravensmoor RM1 2AB · Telephone: 1-800-555-0163 · Email: … · a telephone
 * number or an e-mail address alone.
 */
const STREET_LINE =
  /^(?:[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){0,3},[ ]+)?(?:\d{1,5}[A-Za-z]?(?:-\d{1,5})?[ ]+(?:[A-Z][A-Za-z'’.-]*[ ]+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct|Square|Sq|Crescent|Cres|Terrace|Row|Close|Parade|Highway|Hwy|Parkway|Mews|Gardens|Walk)\.?|P\.?[ ]?O\.?[ ]+Box[ ]+\d{1,6}|Suite[ ]+\d{1,5}[A-Za-z]?)(?:,?[ ]+[A-Z][\w'’.-]*)*(?:,[ ]*[A-Z0-9][\w'’. -]*){0,4}[ ]*$/;
const POSTCODE_LINE = /^[A-Z][A-Za-z'’., -]*[ ,]+(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{2}[ ]+\d{5}(?:-\d{4})?)$/;
const CONTACT_FIELD = /^(?:Tel(?:ephone)?|Phone|Fax|TTY|Textphone|Text[ ]?relay|Mobile|Cell|E-?mail|Web(?:site)?|Toll[- ]free)\.?[ ]*:/i;
const PHONE_OR_EMAIL = /^(?:\+?\(?\d[\d ().-]{7,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/;
function isAddressLine(text: string): boolean {
  // An address line is short: a long line is running text (and is not read by the patterns above).
  if (text.length > 80) return false;
  return STREET_LINE.test(text) || POSTCODE_LINE.test(text) || CONTACT_FIELD.test(text) || PHONE_OR_EMAIL.test(text);
}

/**
 * Manager, Accessibility and Inclusion ⏎ Canadian Grain and Oilseed Standards Board ⏎ 410 Riverside Avenue, Winnipeg:
 * the body's name as a line of an address or contact block — an address line (a street, a post box, a postcode, a
 * telephone number, an e-mail address) within the next three lines, with only short lines of names between — is
 * content, not a running header.
 */
function inAddressBlock(lines: readonly Line[], l: number): boolean {
  for (let k = l + 1; k <= l + 3 && k < lines.length && lines[k].kind !== 'blank'; k++) {
    const text = lines[k].prose.trim();
    if (isAddressLine(text)) return true;
    if (text.length > 60 || SENTENCE_MARK.test(text)) return false;
  }
  return false;
}

/** 1 for a blank line or a line of furniture that is a page footer (— 2 —, 第2页), else 0 (a run holds no other lines). */
function blankOrFooter(line: Line): number {
  return line.kind === 'blank' || (line.kind === 'furniture' && isFooterLine(line.prose.trim())) ? 1 : 0;
}

/** A running header next to this run of page numbers, before it or after it. */
function headerBeside(lines: Line[], run: { first: number; last: number }, headers: Set<number>): number | undefined {
  if (headers.size === 0) return undefined;
  const before = besideRun(lines, run, -1);
  if (before !== undefined && headers.has(before)) return before;
  const after = besideRun(lines, run, 1);
  return after !== undefined && headers.has(after) ? after : undefined;
}

/**
 * Furniture lines apart only by blank lines form one run: `count` furniture lines from `first` to `last`. Read from
 * the furniture lines (the local results, in line order) and the lines between two of them.
 */
function furnitureRuns(lines: Line[], furniture: readonly LocalResult<unknown>[]): { first: number; last: number; count: number }[] {
  const runs: { first: number; last: number; count: number }[] = [];
  let run: { first: number; last: number; count: number } | undefined;
  for (const { unit } of furniture) {
    const index = (unit as Line).index;
    if (run && onlyBlankBetween(lines, run.last, index)) {
      run.last = index;
      run.count++;
    } else {
      runs.push((run = { first: index, last: index, count: 1 }));
    }
  }
  return runs;
}

/** Whether every line strictly between `from` and `to` is blank. */
function onlyBlankBetween(lines: Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (lines[i].kind !== 'blank') return false;
  return true;
}

/** The lines and the last one's line break, so that deleting them leaves no blank line behind. */
function wholeLines(first: Line, last: Line, lines: readonly Line[]): Range {
  const blank = (i: number) => lines[i].kind === 'blank';
  // The blank lines after the run go with it where a blank line (or the start of the text) is before it: one blank
  // line stays between the paragraphs it stood between, and none is left at the top of the text.
  let end = last.index + 1;
  if (first.index === 0 || blank(first.index - 1)) while (end < lines.length && blank(end)) end++;
  if (end < lines.length) return { start: { line: first.index, character: 0 }, end: { line: end, character: 0 } };
  // The run ends the text: the blank lines before it go too, the text ending at the end of its last line of text.
  let start = first.index;
  while (start > 0 && blank(start - 1)) start--;
  const final = lines[lines.length - 1];
  if (start > 0 && start < first.index) return { start: { line: start, character: 0 }, end: { line: final.index, character: final.text.length } };
  return { start: { line: first.index, character: 0 }, end: { line: final.index, character: final.text.length } };
}

/**
 * The prose blanks an address out (Contact: ccmr@northcoast.ac.uk | Share this page): a quote of it would show a run
 * of spaces where the writer sees the address, so the line is quoted as written.
 */
function maskedAddress(line: Line): boolean {
  return / {3,}/.test(line.prose.trim()) && !/ {3,}/.test(line.text.trim());
}
