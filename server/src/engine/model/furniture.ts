// Web-page furniture: what a document-sharing site or a news or government page puts around a text, copied in
// with it — page counters, toolbars, breadcrumbs, the page's header fields (来源：… 发布时间：…), link bars,
// upload disclaimers, download prompts. The line model marks it so that no rule reads it as the report's own
// text (a link bar of 《人民日报》《光明日报》 is furniture, not titles), and page-furniture reports it.

import { isWikiChrome } from './wiki-chrome';
import words from '../data/page-furniture.json';
import { alternation, eachMatch, eachWordMatch, startsPattern, trieAlternation, wordsPattern } from '../patterns';
import type { Line } from './lines';
import { firstAt } from '../sorted';
import { hasLatinRun } from './chars';
import { pushAll } from '../arrays';
import { gluedNavigation } from './glued-nav';

export interface Span {
  start: number;
  end: number;
}

// Bounded repetitions only: every pattern runs in linear time on any line.
const GAP = '[ \\u3000]{0,2}';
const PAGE_OF = new RegExp(`第${GAP}\\d{1,4}${GAP}[页頁]${GAP}[/／,，、]?${GAP}共${GAP}\\d{1,4}${GAP}[页頁]`, 'g');
const PAGER = new RegExp(`共${GAP}\\d{1,4}${GAP}[页頁]${GAP}[,，、]?${GAP}(?:当前|當前)第${GAP}\\d{1,4}${GAP}[页頁]`, 'g');
const PAGE_OF_EN = /\bPage {1,3}\d{1,4} {1,3}of {1,3}\d{1,4}\b/gi;
// An alternation of 227 phrases is slow to try everywhere: gathered by their common starts (trieAlternation: the same
// matches, ≈ 20 % fewer tests at each position; a guard by rare characters was slower than the search, perf44).
const PHRASE = startsPattern(trieAlternation(words.phrases, true), 'i', words.phrases);
// PHRASE for a line without four Latin letters in a row: the phrases left out (the English ones) each need four, so it
// finds what PHRASE finds there; a Chinese draft does not compile the English phrases (perf58).
const ZH_PHRASES = words.phrases.filter((w) => !hasLatinRun(w, 4));
const PHRASE_ZH = startsPattern(trieAlternation(ZH_PHRASES, true), 'i', ZH_PHRASES);
const CUTOFF = wordsPattern(words.cutoffs, 'i');
// A newspaper's jump line left in the text: （下转第四版）（紧接第一版）, （上接第1版）. 《规范》（第二版） is an edition.
const NEWSPAPER_JUMP = /[（(](?:下转|上接|紧接|转|接)第?[一二三四五六七八九十\d]{1,3}版[）)]/g;
// A document site's plug stamped into the text at each page (暗狗：体制人的免费资料库 –请点击：zl.wenyixie.com
// 材料交流群，请加微信 tizhisiri): a sign of the site (资料库, 文库, a host to click or visit) and a contact to add (加微信 or
// 加QQ with an ID) within a short stretch. One sign alone is a report's (建立病例资料库, 请点击：www.xxcdc.gov.cn 查询;
// 报名请加微信 hr2024abc 进入交流群).
const PLUG_SITE = /资料库|資料庫|文库|文庫|[请請](?:点击|點擊|访问|訪問)[：:]?[ \u3000]{0,2}[A-Za-z0-9][\w-]{0,30}(?:\.[\w-]{1,30}){1,4}/g;
const PLUG_CONTACT = /加(?:微信|QQ|qq|ＱＱ)群?(?:号)?[：: \u3000]{0,2}[A-Za-z0-9_-]{5,20}/g;
const PLUG_REACH = 60;
// A site's licence number: 浙ICP备2024059924号.
const ICP = /ICP[备備]\d{6,}/g;
// A title that is the downloaded file's name: 某市教育局年度工作总结.docx, …docx_第1页.
const FILE_LINE = /^[^\s，。；;：:]{1,120}(?:\.(?:docx?|pdf|pptx?|wps|xlsx?)(?:_第\d{1,4}[页頁])?|_第\d{1,4}[页頁])$/i;
// A download link's file name with spaces or an attachment's label in it (Annex 2.pdf, Appendix B - Equality Impact
// Assessment.pdf, 附件1：申报表.docx, perhaps with its size: Annex 1.pdf (245 KB)): furniture only in a page's block of
// downloads (under Supporting Documents or 附件下载, or beside a bare file name), not alone (附件：实施方案.docx, the
// report's own attachment) and not in a sentence (The plan is attached as Annex 2.pdf to this report.).
const SPACED_FILE_LINE = /^[^\s，。；;！？!?][^，。；;！？!?]{0,118}\.(?:docx?|pdf|pptx?|wps|xlsx?|odt|ods|csv)(?:[ \u3000]{0,2}[（(](?:[A-Za-z]{2,4},? ?)?\d{1,4}(?:\.\d{1,2})? ?[KMG]B[）)])?$/i;
/** The heading of a page's block of download links: Supporting Documents, 附件下载. */
const DOWNLOAD_HEAD = new RegExp(`^(?:${alternation(words.downloadHeads)})[ \\u3000]*[:：]?$`, 'i');
// A page counter on a line of its own: 2/3.
const PAGE_LINE = /^(\d{1,4}) ?[/／] ?(\d{1,4})$/;
// The header of a file viewed on GitHub, copied with its text: Preview Code Blame 118 lines (91 loc) · 6.4 KB.
const CODE_HOST_FILE = /^(?:(?:Preview|Code|Blame|Raw|History)[ \t]{1,3}){0,5}\d{1,6} lines? \(\d{1,6} loc\)(?: ·)? [\d.]{1,8} ?(?:Bytes|KB|MB)$/i;
// A download link with the file's type and size, copied from the page: Download PDF (2.3 MB), Download the full report
// (PDF, 1.2 MB), PDF, 845 KB.
// The title of a cookie banner naming the site: Cookies on the Fellmoor National Park website (a capitalised name; the
// generic titles, Cookies on our website, are phrases).
const COOKIE_TITLE = /^Cookies on (?:the )?(?:[A-Z0-9][\w&'’.-]*\s+){1,8}(?:website|site)$/;
// A site's footer row: © Northmoor Power Networks 2026 | Privacy | Terms | Accessibility — the copyright, then its
// links (the report's own "© Tamesford Credit Union 2026" alone on its line stays).
const FOOTER_LINE = /^(?:©|\(c\)|Copyright ©?)[ ]?[^|｜]{1,70}?(?:[ ]*[|｜·•][ ]*(?:Privacy(?: policy| notice| statement)?|Terms(?: and conditions| of use)?|Accessibility(?: statement)?|Cookies?(?: policy| settings)?|Contact(?: us)?|Site ?map|Disclaimer|Legal(?: notices?)?|Modern slavery statement|Freedom of information)){2,}[ ]*$/i;
// A footer row of links alone, three or more: Cookie settings | Accessibility | Contact us; Share this page | Print
// (or a header's: Skip to main content | Accessibility | Sign in, Home | Search | Menu, 首页 | 登录 | 注册 | 无障碍)
// after a contact address (Contact: office@example.ac.uk | Share this page | Print). Only link names, nothing else.
const FOOTER_LINK = String.raw`(?:Privacy(?: policy| notice| statement)?|Terms(?: and conditions| of use)?|Accessibility(?: statement)?|Cookies?(?: policy| settings| preferences)?|Contact(?: us)?|Site ?map|Disclaimer|Legal(?: notices?)?|Modern slavery statement|Freedom of information|Share this page|Print(?: this page)?|Feedback|Back to top|Skip to (?:main )?content|Skip to navigation|Sign (?:in|out)|Log (?:in|out)|Login|Register|My account|Search|Menu|Home|Help|Cymraeg|Subscribe|首页|首頁|网站首页|網站首頁|登录|登錄|注册|註冊|无障碍|無障礙|无障碍浏览|長者模式|长者模式|关怀版|關懷版|网站地图|網站地圖|联系我们|聯繫我們|关于我们|關於我們|设为首页|設為首頁|加入收藏|English|繁体|繁體|简体|簡體)`;
const FOOTER_LINKS = new RegExp(String.raw`^(?:${FOOTER_LINK}|Contact(?: us)?:[^|｜]{1,60}?)(?:[ ]*[|｜][ ]*${FOOTER_LINK}){2,}[ ]*$`, 'i');
const DOWNLOAD_LINE = /^(?:(?:Download|View|Open)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?)?(?:\(?\s*(?:PDF|DOCX?|XLSX?|ODT|ODS|CSV|PPTX?)\b[,\s]*(?:\(?\s*)?[\d.]{1,6}\s?(?:KB|MB|GB|kB)\s*\)?)$/i;
// The page number of a Word or PDF footer on a line of its own: — 2 —, - 3 -, 第2页, 第 3 页 共 12 页, and the 1- a
// document site's copy leaves of - 1 - (研究报告 ⏎ 1- ⏎ 1-: a dash after the number only, never before it: -1 alone is
// a negative figure of a table copied one cell a line).
const PAGE_NUMBER_LINE = /^(?:[-－—–―]{1,2}[ \u3000]?\d{1,4}[ \u3000]?[-－—–―]{1,2}|[1-9]\d{0,2}[ \u3000]?[-－—–―]{1,2}|第[ \u3000]?\d{1,4}[ \u3000]?[页頁](?:[ \u3000]{0,2}[/／,，、]?[ \u3000]{0,2}共[ \u3000]?\d{1,4}[ \u3000]?[页頁])?|共[ \u3000]?\d{1,4}[ \u3000]?[页頁][ \u3000]{0,2}[/／,，、]?[ \u3000]{0,2}第[ \u3000]?\d{1,4}[ \u3000]?[页頁])$/;
// The page number of a PDF's English footer or header on a line of its own: Page 5, Page 7 of 40, the running title
// beside it (Governors' Annual Statement — Page 3, Annual Report 2025/26 | Page 12, Page 8 | Ashgrove Primary School).
// Not a heading that names a page (Page 3: Our finances), not "see page 5" in a sentence: a capital P, the line alone.
const EN_PAGE = 'P(?:age|AGE) {1,2}\\d{1,4}(?: {1,2}of {1,2}\\d{1,4})?';
const EN_TITLE = "[A-Z0-9][^|—–.!?;:]{1,79}?";
const EN_PAGE_LINE = new RegExp(`^(?:${EN_PAGE}|${EN_TITLE} {1,3}[|—–] {1,3}${EN_PAGE}|${EN_PAGE} {1,3}[|—–] {1,3}${EN_TITLE})$`);
// The heading of a list of other documents: 相关文档推荐, 猜你喜欢, 相关报道：.
const RELATED_HEAD = new RegExp(`^(?:${alternation(words.relatedHeads)})[ \\u3000]*[:：]?$`, 'i');
/** A line of such a list: a short title, no sentence in it. */
const RELATED_ITEM = /^[^。；;！？!?，,]{1,40}$/;
const ATTACHMENT = /^(?:附件|附表|附图|附圖|Attachment|Annex|Appendix)/i;
/** An item of a list of files under 附件： (2.评估方案.docx, （1）签到表.pdf): the report's own attachments, not a page's title. */
const LISTED_FILE = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])/;
const NEIGHBOUR_POST = /^(?:上一篇|下一篇|上一頁|下一頁|上一页|下一页)[：:]/;
// 【字号：加大 还原 减小】, 字体：大 中 小.
const FONT_WIDGET = '字[号体號體][：:]?[ \\u3000]{0,3}(?:(?:加大|放大|还原|還原|减小|減小|缩小|縮小|默认|默認|[大中小Tt])[ \\u3000|｜/]{0,3}){1,6}';
const LABEL_FAMILY = new Map(Object.entries(words.fieldLabels).flatMap(([family, labels]) => labels.map((l) => [l, family] as const)));
const LABELS = alternation([...LABEL_FAMILY.keys()]);
// A field in brackets among the buttons: 【我要纠错】 【责任编辑：王小明】.
const FIELD_CHUNK = `[【\\[](?:${LABELS})[：:][^【】\\[\\]]{0,24}[】\\]]`;
// An English page's date stamp among its buttons: Last updated 3 October 2025 | Print | Back to top. It counts as one
// button: alone on a line it may be the report's own date.
const MONTH_EN = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DATE_EN = `(?:\\d{1,2} ${MONTH_EN},? \\d{4}|${MONTH_EN} \\d{1,2},? \\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})`;
// Page last updated: 11:45am Fri 20 December 2024 — a site's stamp may give the time and the weekday before the date.
const STAMP_TIME = '(?:\\d{1,2}[:.]\\d{2} ?(?:[ap]\\.?m\\.?)?,? )?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?';
// Published 14 March 2026 09:32 — or the time after the date.
const STAMP_TIME_AFTER = '(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?)?';
// Last updated on Mar 3, 2026 by Priya Raman: a docs site's stamp names who last edited the page after its date.
const STAMP_BY = "(?: by [A-Z][\\w'’.-]{1,20}(?: [A-Z][\\w'’.-]{1,20}){0,2})?";
const PAGE_STAMP = `(?:Page last (?:updated|reviewed)|Last (?:updated|reviewed|modified)|First published|Updated|Published|Posted)(?: on)?:? {1,2}${STAMP_TIME}${DATE_EN}${STAMP_TIME_AFTER}${STAMP_BY}`;
// A wiki page's byline, copied with its text: Created by Priya Raman, last modified by Tom Okafor on Oct 22, 2026.
const WIKI_STAMP = new RegExp(`^Created by [^,.;:]{1,40}, last (?:modified|updated|edited)(?: by [^,.;:]{1,40})? on ${DATE_EN}$`);
// The size of a download beside its button: Download PDF (1.2 MB). Like a number, it is no button of its own.
const FILE_SIZE = '\\d{1,4}(?:\\.\\d{1,2})?\\s?[KMG]B\\b';
// Posted in News | Leave a comment: a blog post's category link, a button beside the others.
const POSTED_IN = 'Posted in [A-Za-z][\\w&-]*(?: [A-Za-z][\\w&-]*){0,2}(?= *[|｜·•]| *$)';
// An e-paper's page label beside its 上一版 / 下一版 buttons: 第03版：要闻. A button only among buttons: 第3版 alone, or in a
// citation (人民日报2026年3月12日第3版), is no line of furniture.
const PAPER_PAGE = '第[ \\u3000]?\\d{1,3}[ \\u3000]?版(?:[：:][ \\u3000]?[\\u4e00-\\u9fff]{1,8})?';
const PAGE_STAMPS = new RegExp(PAGE_STAMP, 'gi');
const TOKEN_WORDS = [...words.strongTokens, ...words.lineTokens, ...words.shareTargets];
const TOKEN = new RegExp(`${PAGE_STAMP}|${PAPER_PAGE}|${FONT_WIDGET}|${FIELD_CHUNK}|${POSTED_IN}|${alternation(TOKEN_WORDS)}|${FILE_SIZE}|\\d{1,6}`, 'gi');
// TOKEN for a line without four Latin letters in a row (a Chinese toolbar: 打印 关闭, 分享到 QQ空间): the alternatives left
// out (the stamps, Posted in, the English words) each need four, so it finds what TOKEN finds there, in the same order;
// TOKEN is 3.7 KB, ≈ 1.7 ms to compile cold and the largest pattern in the worker's code space (perf58).
const TOKEN_ZH = new RegExp(`${PAPER_PAGE}|${FONT_WIDGET}|${FIELD_CHUNK}|${alternation(TOKEN_WORDS.filter((w) => !hasLatinRun(w, 4)))}|${FILE_SIZE}|\\d{1,6}`, 'gi');
const STRONG = new Set(words.strongTokens.map((t) => t.toLowerCase()));
const SHARE = new Set(words.shareTargets.map((t) => t.toLowerCase()));
const FIELD_LABEL = new RegExp(`(${LABELS})[ \\u3000]*[：:]`, 'g');
const BARE_LABEL = new RegExp(`^(?:${LABELS})[ \\u3000]*[：:]$`);
const STRONG_LABEL = new Set(words.fieldLabels.strong);
const ISO_DATE = /\d{4}-\d{1,2}-\d{1,2}/;
/** The value of a page's counter (阅读：1,024次). */
const COUNT = /^[ \u3000]*\d[\d,]*[ \u3000]*[次人]?[ \u3000|｜]*$/;
const MACHINE_TIME = /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}$/;
const CRUMB_LABEL = new RegExp(`^(?:${alternation(words.breadcrumbLabels)})[ \\u3000]*[：:]`);
const HOME = new RegExp(`^(?:${alternation(words.homeWords)})[ \\u3000]*(?:[>＞»›→]|-&gt;)`);
/** 首页 alone on its line, with the separator on the next (a page's breadcrumb extracted one item per line). */
const HOME_ONLY = new RegExp(`^(?:${alternation(words.homeWords)})$`);
const LONE_CRUMB_SEP = /^(?:[>＞»›→]|-&gt;)$/;
/** 分享: / 分享到： alone on its line: the label of a page's share buttons. */
const SHARE_LABEL = /^分享(?:到|至)?[ \u3000]*[：:]$/;
/** 【编辑:叶攀】, （责编：王小明）: a news page's editor credit in brackets, alone on a line. */
const EDITOR_LINE = /^[【\[（(](?:编辑|編輯|责编|責編)[ \u3000]*[：:][ \u3000]*[\p{sc=Han}·]{2,4}(?:[ \u3000、，,][\p{sc=Han}·]{2,4}){0,2}[】\]）)]$/u;
/**
 * 原文链接：https://…, 本文链接：…: a news page's link to itself, alone on a line (its URL, masked in the prose, or
 * nothing after the label); 文章来源：杭州图书馆: a news page's source field alone on a line (a table's 来源：国家统计局
 * is the report's own).
 */
const SELF_LINK_LINE = /^(?:原文|本文|文章|网页|網頁)(?:链接|鏈接|地址|网址|網址)[ \u3000]*[：:][ \u3000]*(?:(?:https?:\/\/|www\.)\S*)?$/;
const ARTICLE_SOURCE_LINE = /^(?:文章|本文|稿件)(?:来源|來源|出处|出處)[ \u3000]*[：:][^。；;！？!?，,：:]{1,40}$/;
const CRUMB_SEP = /(?:[>＞»›→]|-&gt;)\s*$/;
const CRUMB_START_SEP = /^(?:[>＞»›→]|-&gt;)/;
/** A crumb's label and nothing after it (当前位置：), and what a crumb under it starts with (首页). */
const CRUMB_LABEL_ONLY = new RegExp(`^(?:${alternation(words.breadcrumbLabels)})[ \\u3000]*[：:][ \\u3000]*$`);
const HOME_START = new RegExp(`^(?:${alternation(words.homeWords)})`);
// Not the model's SENTENCE_END: a colon does not end a site's sentence (当前位置:首页 > …, 上传人:…).
const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_MARK = /[。！？!?；;，,]/;
// ← Back to news, ↑ Back to top: the arrow a link is drawn with.
const SEPARATORS = /^[\s|｜丨·•・()（）[\]【】/／、,，:：<>«»\-–—*#_.。!！?？←↑→‹›]*$/;
/** What is left of a line once the furniture is taken out; only marks and spaces mean the whole line is furniture. */
const NOTHING_LEFT = /^[\s|·•・()（）[\]【】/／、,，:：<>«»\-–—*#_.。!！?？\d]*$/;
// A link bar: names in title marks or site names (人民网), three or more, side by side.
const LINK_ITEM = /^(?:《?[^\s《》，。；、]{1,20}》|《[^\s《》，。；、]{1,20}》?|[^\s《》，。；、]{1,10}(?:网|網|网站|網站))$/;
const LIST_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[、.．])/;

// An e-mail's header, copied in with a forwarded or replied draft: From: Sarah Mitchell <s.mitchell@example.org> /
// Sent: 12 February 2026 16:04 / To: … / Subject: RE: …, 发件人：… / 发送时间：… / 收件人：… / 主题：…. A line only an
// e-mail has (an address in angle brackets, Sent: with a time, 发送时间, 收件人, 抄送, -----Original Message-----) and
// two more of its fields make the header; a memo's To: / From: / Date: / Subject: alone is the report's own.
const MAIL_HINT = /^(?:From|To|Cc|Bcc|Date|Subject|Sent|发|發|收|抄|主|-)/;
const MAIL_LINE = /^(?:(?:From|发件人|發件人)[ \u3000]*[:：][^<>]{0,60}<[^<>\s@]+@[^<>\s]+>|Sent[ \u3000]*:[ ].{0,50}\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?|(?:发送时间|發送時間|收件人|抄送|抄送人)[ \u3000]*[:：].{0,80}|-{2,} ?(?:Original Message|Forwarded message|原始邮件|原始郵件|转发的邮件|轉發的郵件) ?-{2,})$/;
const MAIL_FIELD_LINE = /^(?:From|To|Cc|Bcc|Date|Subject|Sent|发件人|發件人|主题|主題)[ \u3000]*[:：].{0,120}$/;
/** Fields an e-mail's header has at least (From, Sent, Subject). */
const MAIL_FIELDS_MIN = 3;

/** The first line of an e-mail's header (From: … <address>, 发件人：…), for the rule's message. */
export function isMailHeaderLine(trimmed: string): boolean {
  return MAIL_HINT.test(trimmed) && (MAIL_LINE.test(trimmed) || MAIL_FIELD_LINE.test(trimmed));
}

// What a chat app writes for what it cannot copy as text, alone on a line: [图片], [表情], [语音], [文件].
const CHAT_PLACEHOLDER = /^\[(?:图片|圖片|表情|动画表情|動畫表情|语音|語音|视频|視頻|文件|链接|鏈接|位置|红包|紅包|聊天记录|聊天記錄)\]$/;

/** [图片] alone on a line: a chat app's placeholder for a picture, copied in with the messages. */
export function isChatPlaceholder(trimmed: string): boolean {
  return trimmed.length <= 7 && CHAT_PLACEHOLDER.test(trimmed);
}

/** （下转第四版）（紧接第一版）: nothing but newspaper jump lines. */
export function isNewspaperJump(text: string): boolean {
  return text.replace(NEWSPAPER_JUMP, '').trim() === '' && text !== '';
}

/** How a line reads on its own. `button`, `share`, `links` and `host` lines count only next to other furniture. */
type Shape = 'furniture' | 'label' | 'crumb' | 'open-crumb' | 'button' | 'share' | 'links' | 'host' | 'info' | 'mail' | 'mail-field' | 'file' | 'file-head' | undefined;

/** A page number a Word or PDF footer left on a line of its own (— 2 —, 第2页). */
export function isPageNumberLine(trimmed: string): boolean {
  return PAGE_NUMBER_LINE.test(trimmed) || (trimmed.includes('AGE') || trimmed.includes('age')) && EN_PAGE_LINE.test(trimmed);
}

/**
 * A page number or a page counter on a line of its own (— 2 —, 第2页, 1 / 143): a Word or PDF footer. Not two years
 * in a row (2020/2021): a financial year on a title page (FINANCIAL YEAR / 2020/2021), not page 2020 of 2021. Not a
 * number written with a leading zero (09/17): a reference (action 09/17 in a board's action log beside 485/16) or a
 * month and year, where a footer counts 9 / 17.
 */
export function isFooterLine(trimmed: string): boolean {
  if (isPageNumberLine(trimmed)) return true;
  const page = PAGE_LINE.exec(trimmed);
  if (page === null || page[1].startsWith('0')) return false;
  const [n, of] = [Number(page[1]), Number(page[2])];
  if (n >= 1900 && of === n + 1) return false;
  return n >= 1 && n <= of && of > 1;
}

/** " pdf icon PDF 65 KB", " word icon DOCX 1.2 MB": a download link's icon text and size, after the item's title. */
const ICON_FILE_SIZE = /[ \t]+(?:pdf|word|excel|doc|docx|xls|xlsx|ppt|pptx|file|document)[ \t]+icon[ \t]+(?:(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|RTF|CSV)[ \t]+)?\d{1,4}(?:\.\d{1,2})?[ \t]?[KMG]B\b/gi;

/** Furniture inside running text: page counters and the sentences of a site (由会员分享，可在线阅读…). */
export function furnitureSpans(prose: string): Span[] {
  const spans: Span[] = [];
  // Each pattern only where a character it cannot match without stands (共 of 第1页共3页, the g of Page 1 of 3).
  const pagers = prose.includes('共') ? [PAGE_OF, PAGER] : [];
  if (prose.includes('g') || prose.includes('G')) pagers.push(PAGE_OF_EN);
  if (prose.includes('版')) pagers.push(NEWSPAPER_JUMP);
  for (const re of pagers) eachMatch(re, prose, (m) => spans.push({ start: m.index, end: m.index + m[0].length }));
  // The sentence ends of the line, found once: searching from each phrase for its sentence's ends was quadratic on
  // a long line of phrases with no sentence end.
  const sentences = new SentenceEnds(prose);
  if (prose.includes('ICP')) eachMatch(ICP, prose, (m) => spans.push(sentences.around(m.index, m.index + m[0].length)));
  if (prose.includes('加')) for (const s of plugSpans(prose)) spans.push(s);
  // Apologies for Absence pdf icon PDF 65 KB: a committee site's document link, its icon's text and the file's size.
  if (prose.includes('icon')) eachMatch(ICON_FILE_SIZE, prose, (m) => spans.push({ start: m.index, end: m.index + m[0].length }));
  // A cookie banner's sentence holds no figure: This website uses cookies, and our review found that 40% of visitors… is
  // the report's.
  // Jump to downloadsOur work in numbers, 扫一扫在手机打开当前页一、主要成效: a page's link that lost its line break
  // before the heading under it (the link alone, not the heading it is glued to).
  const glued = gluedLink(prose);
  if (glued) spans.push(glued);
  eachWordMatch(hasLatinRun(prose, 4) ? PHRASE : PHRASE_ZH, prose, (m) => {
    if (glued && m.index < glued.end) return;
    const sentence = sentences.around(m.index, m.index + m[0].length);
    if (!/cookie/i.test(m[0]) || !/\d/.test(prose.slice(sentence.start, sentence.end))) spans.push(sentence);
  });
  // ……剩余内容需下载后阅读: the cut-off starts at its clause, not at the report's sentence it cut short.
  eachWordMatch(CUTOFF, prose, (m) => spans.push({ start: clauseStart(prose, m.index), end: sentences.around(m.index, m.index + m[0].length).end }));
  // …summarises the academy's performance. Share this page | Print | Back to top: a page's link bar run on after the last
  // sentence of a paragraph (the copy lost the line break before it).
  if (prose.includes('|') || prose.includes('｜')) {
    const bar = trailingLinkBar(prose);
    if (bar) spans.push(bar);
  }
  // Not the blanked-out regions after it (a comment, a link).
  for (const s of spans) while (s.end > s.start && /\s/.test(prose[s.end - 1])) s.end--;
  return merge(spans);
}

/**
 * A page's link at the start of a line, glued to the heading after it: Jump to downloadsOur work in numbers, Back to
 * topOur finances, Skip to main contentAbout this report (a link of GLUED_EN, then a capital straight after its last
 * small letter), 扫一扫在手机打开当前页一、主要成效 (a link of GLUED_ZH, then a heading: a marker, a year, or a short
 * line with no sentence in it).
 */
const GLUED_EN = /^(?:Jump to (?:downloads|content|navigation|main content)|Back to (?:top|news|all news|homepage|results)|Skip to (?:main content|content|navigation|related content)|Share this page|Print this page|Read more|Show more|Related articles|Related stories|Share this article)(?=[A-Z][a-z])|^(?:Back to top|Return to top|Go to top|Jump to top|Top of page|Back to contents)(?=[ \t]?\d{1,2}(?:\.\d{1,2}){0,3}(?:\.|\))?[ \t]+[A-Z][a-z])/;
const GLUED_ZH = /^(?:扫一扫在手机打开当前页|掃一掃在手機打開當前頁|手机扫一扫|手機掃一掃|立即下载APP|立即下載APP|打开APP阅读全文|打開APP閱讀全文|返回顶部|返回頂部|回到顶部|回到頂部|返回首页|返回首頁|返回目录|返回目錄|返回列表|打印本页|打印本頁|关闭窗口|關閉窗口)/;
/** A document's title after the link: 某街道2026年上半年工作总结 (no mark in it, a title's last word). */
const GLUED_ZH_TITLE = /^[^。；;，,！？!?：:、]{2,36}(?:报告|報告|总结|總結|情况|情況|方案|计划|計劃|要点|要點|通知|意见|意見|办法|辦法|公报|公報|规划|規劃)$/;
const GLUED_ZH_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|\d{4}年)/;

function gluedLink(prose: string): Span | undefined {
  const lead = prose.length - prose.trimStart().length;
  const text = prose.slice(lead);
  const first = text[0];
  if (first === undefined) return undefined;
  const m = /[A-Z]/.test(first) ? GLUED_EN.exec(text) : GLUED_ZH.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  if (rest === '') return undefined;
  if (!/[A-Z]/.test(first) && !GLUED_ZH_HEADING.test(rest) && !(rest.length <= 40 && GLUED_ZH_TITLE.test(rest))) return undefined;
  return { start: lead, end: lead + m[0].length };
}

/** A page's link named for where it leads, not for the report's text: 首页, 返回顶部, Home, Back to top, ↑. */
const NAV_LABEL = new RegExp(`^(?:${alternation(words.navLabels)}|[↑⬆▲¶])$`, 'i');
/** A Markdown heading's #'s (or nothing) at the start of a written line. */
const HASHES_AT = /\uFEFF?[ \t]{0,3}(?:#{1,6}[ \t]+)?/y;
/** A link at the start of what follows: `[首页](http://…)`, `[Back to top](#top "Top")` (not an image: no ! before it). */
const NAV_LINK_AT = /\[([^[\]\n]{1,40})\]\([^()\s]{1,300}(?:[ \t]+"[^"\n]{0,80}")?\)/y;
/** A page's button glued to the heading under it, in a Markdown heading (a plain line's is GLUED_EN's and GLUED_ZH's). */
const NAV_WORDS_AT = new RegExp(`(?:${alternation(words.navButtons)})`, 'y');
/** A heading's marker after the residue, and the first character of its title: 二、主, （一）加, 3. F, 2.1 S, 6 N. */
const HEADING_MARKER_AT = /[ \t]*(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:\.\d{1,2}){0,3}(?:[.．、)]|(?=[ \t]))[ \t]*)(?=[A-Z\p{sc=Han}])/uy;
/** A title a pilcrow stands before: short, no sentence in it (¶ 12 The court held that… is a paragraph, not a heading). */
const SHORT_TITLE = /^[^.;:!?。；：！？，,]{1,60}$/;

/**
 * Residue glued before a heading's marker, on the written line (a link's target is masked out of the prose): a page's
 * navigation link (`[首页](http://…)二、主要做法`, `## [Back to top](#top)3 Conclusions`), a page's button in a Markdown
 * heading (`## 返回顶部三、…`), a docs site's permalink sign (`¶ 3.1 Results`). The residue's span, and where the marker
 * starts (what a fix deletes up to). Not an image or an anchor (`![](icon.png)三、…`, `<a id="x"></a>2 Results`:
 * markup), a link that is the heading's own text (`三、[专项行动](…)开展情况`, after the marker).
 */
export function gluedHeadingResidue(text: string): { start: number; end: number; marker: number } | undefined {
  HASHES_AT.lastIndex = 0;
  HASHES_AT.exec(text);
  const start = HASHES_AT.lastIndex;
  const c = text[start];
  if (c !== '[' && c !== '¶' && c !== 'B' && c !== 'R' && c !== 'G' && c !== 'J' && c !== 'T' && c !== '返' && c !== '回') return undefined;
  let end = -1;
  let pilcrow = false;
  if (c === '[') {
    NAV_LINK_AT.lastIndex = start;
    const m = NAV_LINK_AT.exec(text);
    if (m && NAV_LABEL.test(m[1].trim())) end = NAV_LINK_AT.lastIndex;
  } else if (c === '¶') {
    end = start + 1;
    pilcrow = true;
  } else if (start > 0 && text[start - 1] !== '\uFEFF' && /#/.test(text.slice(0, start))) {
    NAV_WORDS_AT.lastIndex = start;
    if (NAV_WORDS_AT.exec(text)) end = NAV_WORDS_AT.lastIndex;
  }
  if (end < 0) return undefined;
  HEADING_MARKER_AT.lastIndex = end;
  const m = HEADING_MARKER_AT.exec(text);
  if (!m) return undefined;
  const marker = end + (m[0].length - m[0].trimStart().length);
  if (pilcrow) {
    // The title up to a comment after it (<!-- … -->: not the title's words).
    const rest = text.slice(HEADING_MARKER_AT.lastIndex);
    const comment = rest.indexOf('<!--');
    if (!SHORT_TITLE.test((comment < 0 ? rest : rest.slice(0, comment)).trim())) return undefined;
  }
  return { start, end, marker };
}

/** A bar of three or more of a page's links (FOOTER_LINKS) after the last sentence end of a line, or undefined. */
function trailingLinkBar(prose: string): Span | undefined {
  const end = prose.trimEnd().length;
  let i = end - 1;
  while (i >= 0 && !SENTENCE_END_EN_ZH.has(prose[i])) i--;
  if (i < 0) return undefined;
  let start = i + 1;
  while (start < end && /\s/.test(prose[start])) start++;
  // From the space after the sentence end: deleting the bar leaves no space at the end of the paragraph.
  return start > i + 1 && FOOTER_LINKS.test(prose.slice(start, end)) ? { start: i + 1, end } : undefined;
}
const SENTENCE_END_EN_ZH = new Set(['.', '!', '?', '。', '！', '？']);

/**
 * Marks the furniture among the lines: a line that is furniture as a whole gets kind 'furniture'; furniture inside
 * a line of the report's text is blanked out of its prose and recorded as damage.
 */
export function markFurniture(lines: Line[]): void {
  const shapes = lines.map(readFurniture);
  for (const i of furnitureLines(lines, shapes)) lines[i].kind = 'furniture';
}

/** How a line reads on its own (`button`, `share` and `links` count only next to other furniture). */
export type FurnitureShape = Shape;

/**
 * How one line reads as furniture on its own. Furniture inside a line of the report's own text is blanked out of its
 * prose and recorded as damage, in place: the line must be fresh from the scanner.
 */
export function readFurniture(line: Line): FurnitureShape {
  if (line.kind !== 'text') return undefined;
  const trimmed = line.prose.trim();
  let spans = furnitureSpans(line.prose);
  // [返回首页](/index.html)全市共有…, Home > News > Reports The council…, …增长6.1%。返回顶部: navigation glued to the text,
  // the residue alone (not the sentence a phrase of it, 当前位置, would take with it).
  const glued = gluedNavigation(line.text, line.prose);
  if (glued.length) {
    spans = spans.filter((s) => !glued.some((g) => s.start < g.end && s.end > g.start));
    pushAll(spans, glued);
    spans.sort((a, b) => a.start - b.start);
  }
  const shape = (glued.length ? undefined : shapeOf(trimmed)) ?? (spans.length && leavesNothing(line.prose, spans) ? 'furniture' : undefined);
  if (shape === undefined && spans.length) {
    line.prose = blankOut(line.prose, spans);
    for (const s of spans) (line.damage ??= []).push({ kind: 'furniture', ...s });
  }
  return shape;
}

/**
 * Which lines are furniture as a whole, their neighbours considered (a page counter split over lines, the rest of a
 * breadcrumb, buttons beside other furniture), from each line's own shape. `shapes` is completed in place.
 */
export function furnitureLines(lines: readonly Line[], shapes: FurnitureShape[]): Set<number> {
  markSplitPagers(lines, shapes);
  followContext(lines, shapes);
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) if (isWhole(shapes[i])) out.add(i);
  return out;
}

/**
 * Whether a line, with its own shape, is inert to the context readers of furnitureLines: blank, or text with no shape
 * of its own, more than 8 characters (no split page counter's piece, no bare label) and a clause mark (no breadcrumb's
 * rest, no value under a label or a field, no title in a list of related documents), and no link alone on its line
 * (a link label's link: keepLinkLabels). None of them makes such a line
 * furniture or reads it as more than a line that ends a run of shaped lines; a line break or a join among such lines,
 * beside lines without a shape, moves the furniture of the lines around them and changes none of it.
 */
export function inertToFurniture(line: Line, shape: FurnitureShape): boolean {
  if (shape !== undefined) return false;
  // A link alone on its line (masked: a blank line) may be what keeps the label above it (keepLinkLabels).
  if (line.kind === 'blank') return !LINK_LINE.test(line.text.trim());
  if (line.kind !== 'text') return false;
  const trimmed = line.prose.trim();
  return trimmed.length > 8 && CLAUSE_MARK.test(trimmed);
}

function isWhole(shape: Shape): boolean {
  return shape === 'furniture' || shape === 'label' || shape === 'crumb' || shape === 'open-crumb';
}

// What every match of these line patterns starts (or FILE_LINE ends) with: docx?, pdf, pptx?, wps, xlsx? in either case
// (the i flag without u folds ASCII letters only), or 页/頁; Download/View/Open or a file type, perhaps in brackets;
// ©, (c) or Copyright; an editor credit's opening bracket.
const FILE_LINE_LAST = 'cxftsCXFTS页頁';
/** What SPACED_FILE_LINE ends with: a file type's last letter, or the bracket after its size. */
const FILE_SHAPE_LAST = 'cxftsvCXFTSV)）';
const DOWNLOAD_LINE_FIRST = '(DVOPXCdvopxc';
const FOOTER_LINE_FIRST = '©(cC';
const EDITOR_LINE_FIRST = '【[（(';

/**
 * The HTML entities a page's link bar is drawn with, kept by a copy of its source or written in Markdown (Read more
 * &raquo; | Donate now, Share this page&nbsp;|&nbsp;Print, Back to top &uarr;): read as the marks they stand for.
 */
const SEPARATOR_ENTITY = /&(?:raquo|laquo|rsaquo|lsaquo|rarr|larr|uarr|darr|nbsp|middot|bull|vert|gt|lt|#(?:187|171|8250|8249|8594|8592|8593|8595|160|183|8226|124|62|60));/g;
const SEPARATOR_CHAR: Record<string, string> = {
  raquo: '»', laquo: '«', rsaquo: '›', lsaquo: '‹', rarr: '→', larr: '←', uarr: '↑', darr: '↓', nbsp: ' ', middot: '·', bull: '•', vert: '|', gt: '>', lt: '<',
  '#187': '»', '#171': '«', '#8250': '›', '#8249': '‹', '#8594': '→', '#8592': '←', '#8593': '↑', '#8595': '↓', '#160': ' ', '#183': '·', '#8226': '•', '#124': '|', '#62': '>', '#60': '<',
};

/** A section's number (4.2, 3., (3)) and a space before a title's word. */
const NUMBERED_TITLE = /^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\(\d{1,2}\)) [A-Za-z\p{sc=Han}]/u;

function shapeOf(line: string): Shape {
  const trimmed = line.includes('&') ? line.replace(SEPARATOR_ENTITY, (e) => SEPARATOR_CHAR[e.slice(1, -1)] ?? e).trim() : line;
  if (trimmed === '' || trimmed.length > 130) return undefined;
  if (trimmed.includes('|') && FOOTER_LINKS.test(trimmed)) return 'furniture';
  if (MAIL_HINT.test(trimmed)) {
    if (MAIL_LINE.test(trimmed)) return 'mail';
    if (MAIL_FIELD_LINE.test(trimmed)) return 'mail-field';
  }
  // A pattern is tried only on a line that starts (or ends) as every one of its matches does: a line pattern is cheap to
  // run (anchored) but compiled at its first line, in every process (EDITOR_LINE's \p{sc=Han} ≈ 0.4 ms, perf42).
  const first = trimmed[0];
  if (FILE_LINE_LAST.includes(trimmed[trimmed.length - 1]) && FILE_LINE.test(trimmed) && !ATTACHMENT.test(trimmed) && !LISTED_FILE.test(trimmed)) return 'furniture';
  if (FILE_SHAPE_LAST.includes(trimmed[trimmed.length - 1]) && SPACED_FILE_LINE.test(trimmed)) return 'file';
  if (NEIGHBOUR_POST.test(trimmed) || CODE_HOST_FILE.test(trimmed) || (first === 'C' && WIKI_STAMP.test(trimmed)) || (DOWNLOAD_LINE_FIRST.includes(first) && DOWNLOAD_LINE.test(trimmed)) || (FOOTER_LINE_FIRST.includes(first) && FOOTER_LINE.test(trimmed)) || COOKIE_TITLE.test(trimmed)) return 'furniture';
  if (isWikiChrome(trimmed)) return 'furniture';
  if (isPageNumberLine(trimmed) || SHARE_LABEL.test(trimmed) || (EDITOR_LINE_FIRST.includes(first) && EDITOR_LINE.test(trimmed)) || isChatPlaceholder(trimmed)) return 'furniture';
  if ((trimmed[0] === '原' || trimmed[0] === '本' || trimmed[0] === '文' || trimmed[0] === '稿' || trimmed[0] === '网' || trimmed[0] === '網') && (SELF_LINK_LINE.test(trimmed) || ARTICLE_SOURCE_LINE.test(trimmed))) return 'furniture';
  if (PAGE_LINE.test(trimmed)) return isFooterLine(trimmed) ? 'furniture' : undefined;
  if ((trimmed.includes('|') || trimmed.includes('｜')) && metadataRow(trimmed)) return 'furniture';
  // 4.2 Back to top: a numbered heading whose words are a link's (a style guide's section on that link); a page's
  // buttons carry no section number before them (Back to top2. Scope glues one after, to the next heading).
  const numbered = ((first >= '0' && first <= '9') || first === '(') && NUMBERED_TITLE.test(trimmed);
  return crumbShape(trimmed) ?? fieldShape(trimmed) ?? (numbered ? undefined : tokenShape(trimmed)) ?? linkBarShape(trimmed) ?? (trimmed.length <= 40 && DOWNLOAD_HEAD.test(trimmed) ? 'file-head' : undefined) ?? toolbarWithFields(trimmed);
}

/**
 * 【打印本页】【关闭窗口】　浏览次数：1268, 浏览次数：1268  【打印】【关闭】: a page's buttons and its fields on one line,
 * apart by a space — each furniture alone, so the line is too. Split at a run of spaces into buttons (one at least) on
 * one side and fields a page alone writes (浏览次数：…, 来源：… 发布时间：…) on the other.
 */
function toolbarWithFields(trimmed: string): Shape {
  if (trimmed.length > 80 || !/[：:]/.test(trimmed) || !/[ \u3000]/.test(trimmed)) return undefined;
  const chunks = trimmed.split(/[ \u3000]+/);
  const toolbar = (text: string) => {
    const shape = tokenShape(text);
    return shape === 'furniture' || shape === 'button';
  };
  const fields = (text: string) => {
    const shape = fieldShape(text);
    return shape === 'furniture' || shape === 'label';
  };
  for (let k = 1; k < chunks.length; k++) {
    const left = chunks.slice(0, k).join(' ');
    const right = chunks.slice(k).join(' ');
    if ((toolbar(left) && fields(right)) || (fields(left) && toolbar(right))) return 'furniture';
  }
  return undefined;
}

const METADATA_CELL = new Set(words.metadataCells.labels);
const METADATA_STRONG = new Set(words.metadataCells.strong);

/**
 * | 索引号 | 115330250152645191/20260116-00001 | 发布机构 | 昌宁县田园镇 |, | 文号 | 浏览量 |: a row of the table of an
 * open-government page's metadata, its labels in cells of their own — two of them at least, one a label no report's
 * table heads a column with (索引号, 公开目录, 时效性, 浏览量), or each with its value after it (| 文号 | 成文日期: |
 * 2025年04月15日 |). A list of documents has neither: its head row is labels only (| 序号 | 文件名称 | 文号 | 发布日期 |),
 * its rows values only.
 */
function metadataRow(trimmed: string): boolean {
  const cells = trimmed.split(/[|｜]/).map((c) => c.trim().replace(/[：:]$/, '')).filter((c) => c !== '');
  let labels = 0;
  let strong = false;
  // | 文号 | 成文日期: | 2025年04月15日 |: labels, each value after its label — no column heads (| 序号 | 文件名称 | …).
  let pairs = cells.length > 0 && METADATA_CELL.has(cells[0]);
  for (let k = 0; k < cells.length; k++) {
    if (!METADATA_CELL.has(cells[k])) {
      if (!METADATA_CELL.has(cells[k - 1] ?? '')) pairs = false;
      continue;
    }
    labels++;
    if (METADATA_STRONG.has(cells[k])) strong = true;
  }
  return labels >= 2 && (strong || (pairs && labels < cells.length));
}

/** 当前位置：首页 > 新闻中心 > 正文, or 首页 > 通知公告 >: open when it ends with a separator. */
function crumbShape(trimmed: string): Shape {
  const label = CRUMB_LABEL.exec(trimmed);
  const rest = label ? trimmed.slice(label[0].length).trim() : HOME.test(trimmed) ? trimmed : undefined;
  // English crumbs are words: Home > Council and democracy > Performance and spending > Monthly reports.
  if (rest === undefined || rest.length > (/^[\x20-\x7e]*$/.test(rest) ? 160 : 80) || CLAUSE_MARK.test(rest)) return undefined;
  return rest === '' || CRUMB_SEP.test(rest) ? 'open-crumb' : 'crumb';
}

const FIELD_LEAD = /^[-*•·【[（(\s]+/;
/** Fields run together (no space between a value and the next label): at least this many, each value this short. */
const GLUED_FIELDS_MIN = 3;
const GLUED_VALUE_MAX = 20;
/** A colon in a field's value that is no time of day's: the next label's. */
const GLUED_COLON = /[：]|(?<!\d):|:(?!\d)/;

/** The field labels of a line: after a space or a bracket, or (`glued`) anywhere. */
function fieldLabels(text: string, glued: boolean): { start: number; end: number; label: string }[] {
  const labels: { start: number; end: number; label: string }[] = [];
  eachMatch(FIELD_LABEL, text, (m) => {
    const before = text[m.index - 1];
    if (glued || m.index === 0 || /[\s|｜丨【】[\]（）()]/.test(before)) labels.push({ start: m.index, end: m.index + m[0].length, label: m[1] });
  });
  return labels;
}

/**
 * 索 引 号：, 字　　号：, 发 布 机 构：: a label of a site's information block spaced out to the width of the others (a
 * known label once its spaces are taken out, before its colon), read as the label itself.
 */
const SPACED_LABEL = /(^|[\s|｜【[])((?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff])(?=[ \u3000]*[：:])/g;

function unspaceLabels(text: string): string {
  return text.replace(SPACED_LABEL, (all, before: string, label: string) => {
    const joined = label.replace(/[ \u3000]/g, '');
    return LABEL_FAMILY.has(joined) ? before + joined : all;
  });
}

/** A line spaced out like 索 引 号：: two Chinese characters apart by a space before a colon. */
const SPACED_LABEL_HINT = /[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][^：:]{0,12}[：:]/;

/**
 * 2026-03-14 09:32, 2025年10月28日 09:51: the time stamp a page puts before its fields (来源：… 浏览次数：…), to the
 * minute or the second (a mirror's lost spaces as ? after it). A report's line that opens with a date and a time
 * goes on with what happened then, not with a field's label.
 */
const LEAD_STAMP = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \u3000]|[?？]{2,})*/;

/** 來（lái）源 with its pinyin blanked out of the prose: the gap a reading leaves inside a word. */
const READING_GAP = /(?<=[\u4e00-\u9fff]) {4,}(?=[\u4e00-\u9fff])/g;

/**
 * A page's header or footer fields: 来源：市教育局  发布时间：2024-01-15  浏览次数：1234. A mirror's pinyin readings split
 * the labels of a stamp line (2025年10月28日 09:51 信息來（lái）源：…): read again with their gaps closed.
 */
function fieldShape(trimmed: string): Shape {
  const shape = fieldsOf(trimmed);
  if (shape !== undefined || !LEAD_STAMP.test(trimmed.replace(FIELD_LEAD, ''))) return shape;
  const closed = trimmed.replace(READING_GAP, '');
  return closed === trimmed ? shape : fieldsOf(closed);
}

function fieldsOf(trimmed: string): Shape {
  let text = trimmed.replace(FIELD_LEAD, '');
  const stamp = LEAD_STAMP.exec(text);
  if (stamp) text = text.slice(stamp[0].length);
  if (SPACED_LABEL_HINT.test(text)) text = unspaceLabels(text);
  const labels = fieldLabels(text, false);
  if (labels.length === 0 || labels[0].start !== 0) return undefined;
  // 文章作者：宋彬彬时间：2023-02-04浏览：171 — the page's fields run together when its spans lost their spacing: read
  // so only with three short fields, one a date the site wrote (a report's byline, 作者：…时间：…, has two).
  if (labels.some((l, k) => GLUED_COLON.test(text.slice(l.end, labels[k + 1]?.start ?? text.length)))) {
    const glued = fieldLabels(text, true);
    const values = glued.map((l, k) => text.slice(l.end, glued[k + 1]?.start ?? text.length).trim());
    if (glued.length >= GLUED_FIELDS_MIN && glued[0].start === 0 && values.every((v) => v.length <= GLUED_VALUE_MAX) && values.some((v) => ISO_DATE.test(v))) return 'furniture';
  }
  const families = new Map<string, number>();
  let isoDate = false;
  for (let k = 0; k < labels.length; k++) {
    const value = text.slice(labels[k].end, k + 1 < labels.length ? labels[k + 1].start : text.length);
    // A value is a name, a date or a count: no sentence, and no colon except in a time of day.
    if (SENTENCE_END.test(value) || /[：]|(?<!\d):|:(?!\d)/.test(value)) return undefined;
    const family = LABEL_FAMILY.get(labels[k].label)!;
    // 阅读：1024次 is a page's counter; 阅读：开展读书活动 a report's item. A counter the page's script fills in is copied
    // empty after the other fields (发布时间：2023-02-17    人气：).
    if (family === 'counter' && !COUNT.test(value) && !(value.trim() === '' && k > 0 && k === labels.length - 1)) return undefined;
    families.set(family, (families.get(family) ?? 0) + 1);
    if (family === 'time' && ISO_DATE.test(value)) isoDate = true;
  }
  // The stamp before the fields is the site's own time: 2025-10-28 09:51  信息来源：市场监管局网站.
  if (stamp) isoDate = true;
  const count = (family: string) => families.get(family) ?? 0;
  const only = text.slice(labels[0].end).replace(/[\s】\]）)]+$/, '');
  if (labels.length === 1 && only === '') return count('strong') ? 'label' : undefined;
  if (count('strong') || (count('source') && (count('byline') || isoDate)) || count('footer') >= 2 || count('docSite') >= 2) return 'furniture';
  // 来源：区统计局  点击：356 — a page's counter beside another of its fields.
  if (count('counter') && labels.length > count('counter') + count('host')) return 'furniture';
  // 主办单位：… 承办单位：… — a site's footer beside other furniture; in a report, the details of an event.
  if (count('host') === labels.length) return 'host';
  // 成文日期：2026-02-08, 发文机关：…, 发布机构：…: the fields of an open-government page's information block, furniture
  // beside its strong ones (索引号：…) or three such lines together; alone, a report may name its own 文号 or date so.
  if (count('info') && count('info') + count('byline') + count('time') === labels.length) return 'info';
  if (labels.length === 1 && /^(?:发布机构|發[佈布]機構)$/.test(labels[0].label)) return 'info';
  // 时间:2022-03-30 10:44:00 — the site's time stamp, to the second.
  return labels.length === 1 && count('time') && MACHINE_TIME.test(only.trim()) ? 'furniture' : undefined;
}

/** A toolbar: buttons and links and nothing else (收藏 分享(赏), 下载 相关 举报, 【打印】【关闭】). */
function tokenShape(trimmed: string): Shape {
  // A link's masked target is a run of spaces ([Back to top](#a-long-anchor) · Print): not length of the line's words.
  // Nor are its date stamps (Published 14 March 2026 09:32 | Updated 15 March 2026 | 3 min read).
  // A stamp holds an English word: a line without four Latin letters in a row has none (perf58).
  const latin = hasLatinRun(trimmed, 4);
  // A bar of links (Share this page: Facebook | X | LinkedIn | Email   Was this page helpful? Yes / No) runs longer.
  const limit = trimmed.includes('|') ? 120 : 60;
  if (trimmed.length > limit && (latin ? trimmed.replace(/ {2,}/g, ' ').replace(PAGE_STAMPS, 'stamp') : trimmed.replace(/ {2,}/g, ' ')).length > limit) return undefined;
  let buttons = 0;
  let shares = 0;
  let answers = 0;
  let figure = false;
  let strong = false;
  let last = 0;
  let clean = true;
  eachMatch(latin ? TOKEN : TOKEN_ZH, trimmed, (m) => {
    if (!SEPARATORS.test(trimmed.slice(last, m.index))) clean = false;
    last = m.index + m[0].length;
    const token = m[0].toLowerCase();
    if (/^\d/.test(token)) {
      figure = true;
      return;
    }
    const chunk = /^[【[]([^：:]+)/.exec(token);
    if (STRONG.has(token) || token[0] === '字' || (chunk && STRONG_LABEL.has(chunk[1].trim()))) strong = true;
    else if (SHARE.has(token)) shares++;
    else if (token === 'yes' || token === 'no') answers++;
    else buttons++;
  });
  if (!clean || !SEPARATORS.test(trimmed.slice(last))) return undefined;
  // | 2023–24 | 144.1 | 149.3 | Yes |, 2025-26  131.9  No, | 1 | Yes | No |: an answer beside a figure, or in the cell of
  // a Markdown table's row, is a table's value; a page's feedback buttons (Was this page helpful? Yes / No) have no
  // figure beside them and no cells.
  if (!figure && !(trimmed[0] === '|' && trimmed[trimmed.length - 1] === '|')) buttons += answers;
  if (strong || buttons >= 2 || (buttons === 1 && shares > 0)) return 'furniture';
  return buttons === 1 ? 'button' : shares > 0 ? 'share' : undefined;
}

const BOOK_TITLE_CLOSE = /》/g;
const LINK_BAR_SEPARATORS = /[\s|｜丨·•/]+/;
/** 《人民日报》《光明日报》《经济日报》 or 人民网 | 新华网 | 央视网: a row of links. */
function linkBarShape(trimmed: string): Shape {
  const items = trimmed.replace(BOOK_TITLE_CLOSE, '》 ').split(LINK_BAR_SEPARATORS).filter((s) => s !== '');
  if (items.length < 3 || !items.every((s) => LINK_ITEM.test(s))) return undefined;
  return /[|｜丨]/.test(trimmed) || items.some((s) => /(?:网|網|网站|網站)$/.test(s)) ? 'furniture' : 'links';
}

/** A page counter that text extraction split over lines: 共 / 3 / 頁,當前第。/ 1 / 頁, then the page links 1 2 3. */
function markSplitPagers(lines: readonly Line[], shapes: Shape[]): void {
  const short = (i: number) => i < lines.length && lines[i].kind === 'text' && shapes[i] === undefined && lines[i].prose.trim().length <= 8;
  for (let i = 0; i < lines.length; i++) {
    if (!short(i) || !/^(?:共|第)$/.test(lines[i].prose.trim())) continue;
    let joined = '';
    for (let j = i; j < i + 8 && short(j); j++) {
      joined += lines[j].prose.trim();
      const m = /^(?:共(\d{1,4})[页頁][,，、]?(?:当前|當前)第[。.]?\d{1,4}[页頁]|第\d{1,4}[页頁][/／,，、]?共(\d{1,4})[页頁])[。.]?$/.exec(joined);
      if (!m) continue;
      const total = Number(m[1] ?? m[2]);
      let k = j + 1;
      for (; k < i + 8 + total && short(k) && /^\d{1,4}$/.test(lines[k].prose.trim()) && Number(lines[k].prose.trim()) <= total; k++);
      for (let x = i; x < k; x++) shapes[x] = 'furniture';
      i = k - 1;
      break;
    }
  }
}

/**
 * Furniture that only context shows: the rest of a breadcrumb split over lines, the value under a label
 * (关 键 词: / 某市 教育局 年度工作 总结), and buttons one per line beside other furniture.
 */
function followContext(lines: readonly Line[], shapes: Shape[]): void {
  // Lines apart only by blank lines are neighbours.
  const text = lines.filter((l) => l.kind !== 'blank').map((l) => l.index);
  markSplitHeader(lines, shapes, text);
  keepCookieHeadings(lines, shapes, text);
  keepItemLabels(lines, shapes, text);
  const linkLabels = keepLinkLabels(lines, shapes, text);
  for (let k = 1; k < text.length; k++) {
    const prev = shapes[text[k - 1]];
    const i = text[k];
    const trimmed = lines[i].prose.trim();
    if (shapes[i] !== undefined && shapes[i] !== 'button' && shapes[i] !== 'links') continue;
    // 当前位置： ⏎ 2024年某镇人民政府半年工作情况报告 ⏎ 来源：…: a crumb's label with nothing after it goes on only with a
    // crumb (首页, 首页 > 新闻, a line with a separator); a line without one is the page's title, the document's own.
    const bareLabel = prev === 'open-crumb' && CRUMB_LABEL_ONLY.test(lines[text[k - 1]].prose.trim());
    const crumbGoesOn = (prev === 'open-crumb' && (!bareLabel || HOME_START.test(trimmed) || /[>＞»›→]|-&gt;/.test(trimmed))) || (prev === 'crumb' && CRUMB_START_SEP.test(trimmed));
    if (crumbGoesOn && trimmed.length <= 60 && !CLAUSE_MARK.test(trimmed)) {
      shapes[i] = CRUMB_SEP.test(trimmed) || (CRUMB_START_SEP.test(trimmed) && trimmed.length <= 2) ? 'open-crumb' : 'crumb';
    } else if (prev === 'label' && trimmed.length <= 40 && !CLAUSE_MARK.test(trimmed) && !LIST_START.test(trimmed)) {
      shapes[i] = 'furniture';
    }
  }
  markRelatedLists(lines, shapes, text, linkLabels);
  for (const group of neighbourGroups(lines, shapes)) {
    markDownloadBlock(lines, shapes, group);
    const kinds = group.map((i) => shapes[i]);
    // An e-mail's header counts on its own, and only so: three of its fields, one that only an e-mail has.
    const mail = kinds.filter((s) => s === 'mail').length;
    const mailHeader = mail >= 1 && mail + kinds.filter((s) => s === 'mail-field').length >= MAIL_FIELDS_MIN;
    for (const i of group) if (shapes[i] === 'mail' || shapes[i] === 'mail-field') shapes[i] = mailHeader ? 'furniture' : undefined;
    const anchored = kinds.some((s) => !isWeak(s) && s !== undefined) || kinds.filter((s) => s === 'button').length >= 2 || kinds.filter((s) => s === 'info').length >= INFO_LINES_MIN;
    if (anchored) for (const i of group) if (isWeak(shapes[i])) shapes[i] = 'furniture';
  }
}

/**
 * A page's block of download links: Supporting Documents ⏎ Annex 2.pdf ⏎ Report.pdf ⏎ Annex 1.pdf, 附件下载 ⏎
 * 附件1：申报表.docx. The file names with spaces or an attachment's label are furniture in a group with the block's
 * heading or with a bare file name (Report.pdf, furniture of its own); the heading is furniture with a file under it. Alone,
 * or beside other furniture only (— 3 — ⏎ 附件：实施方案.docx), they are the report's own.
 */
function markDownloadBlock(lines: readonly Line[], shapes: Shape[], group: number[]): void {
  let head = false;
  let file = false;
  let bare = false;
  for (const i of group) {
    if (shapes[i] === 'file-head') head = true;
    else if (shapes[i] === 'file') file = true;
    else if (shapes[i] === 'furniture' && FILE_LINE.test(lines[i].prose.trim())) bare = true;
  }
  if (!head && !file) return;
  for (const i of group) {
    if (shapes[i] === 'file') shapes[i] = head || bare ? 'furniture' : undefined;
    else if (shapes[i] === 'file-head') shapes[i] = file || bare ? 'furniture' : undefined;
  }
}

/**
 * Whether a line's kind depends on the text of its nearest lines that are not blank, above and below (past any number
 * of blank lines), and not only on their shapes: furniture of its own that keepCookieHeadings (Cookie settings over a
 * sentence about cookies) or keepItemLabels (分享： under a numbered heading, over a sentence) may keep as the report's
 * own. Every other reading of neighbours in furnitureLines reads short lines (8, 40 or 60 characters at most) or the
 * shapes of lines: an edit that leaves the lines it changes long lines of text with no shape changes no other line's
 * kind unless such a line is the nearest one to it.
 */
export function readsNeighbourText(line: Line, shape: FurnitureShape): boolean {
  if (line.kind === 'text' && (shape !== undefined || RELATED_HEAD.test(line.prose.trim())) && isLinkLabel(line.prose.trim())) return true;
  if (shape !== 'furniture') return false;
  const trimmed = line.prose.trim();
  return isCookieHeading(trimmed) || isItemLabel(trimmed);
}

function isCookieHeading(trimmed: string): boolean {
  return trimmed.length <= 30 && /cookie/i.test(trimmed);
}

function isItemLabel(trimmed: string): boolean {
  return SHARE_LABEL.test(trimmed);
}

/**
 * Manage cookies / Cookie settings as the heading of a privacy notice's section: between two paragraphs of the
 * report's own text, the one after it a sentence about cookies. A banner's buttons stand beside each other or
 * after the banner's own sentence, and the text after them is the page's.
 */
function keepCookieHeadings(lines: readonly Line[], shapes: Shape[], text: number[]): void {
  for (let k = 1; k + 1 < text.length; k++) {
    const i = text[k];
    if (shapes[i] !== 'furniture' || !isCookieHeading(lines[i].prose.trim())) continue;
    const before = lines[text[k - 1]];
    const after = lines[text[k + 1]].prose.trim();
    if (shapes[text[k - 1]] !== undefined || before.kind !== 'text' || before.damage?.length || before.ruby) continue;
    if (shapes[text[k + 1]] === undefined && /cookie/i.test(after) && /[.!]$/.test(after) && after.split(/\s+/).length >= 6) shapes[i] = undefined;
  }
}

/**
 * 二、活动内容 / 分享： / 张老师、李老师交流课堂实践。: a lone 分享： straight under a numbered heading of the report,
 * with a sentence after it, labels an item of the programme; a page's share bar stands by its title or header fields.
 */
function keepItemLabels(lines: readonly Line[], shapes: Shape[], text: number[]): void {
  for (let k = 1; k + 1 < text.length; k++) {
    const i = text[k];
    if (shapes[i] !== 'furniture' || !isItemLabel(lines[i].prose.trim())) continue;
    const before = lines[text[k - 1]].prose.trim();
    const after = lines[text[k + 1]].prose.trim();
    if (shapes[text[k - 1]] === undefined && OUTLINE_HEADING.test(before) && shapes[text[k + 1]] === undefined && /[。；;.]$/.test(after)) shapes[i] = undefined;
  }
}

/**
 * A short label alone on its line, ending in a colon (立即下载：, 相关文档：, 相关链接：, Download:), that may head the link
 * it names on the next line.
 */
const LINK_LABEL = /^[\p{sc=Han}A-Za-z][\p{sc=Han}A-Za-z \u3000]{1,24}[：:]$/u;
/** A site's footer of links to other sites: furniture whatever follows it. */
const FRIEND_LINKS = /^(?:友情|友站)(?:链接|鏈接)/;
/** A link alone on its line: https://…, www.…, <https://…>, [下载页](https://…). */
const LINK_LINE = /^(?:<?(?:https?:\/\/|www\.)\S+>?|\[[^\]]{1,80}\]\((?:https?:\/\/|www\.)[^)\s]*\))$/;
/** A numbered reference with its link: [1] 项目地址：https://…, \[1\] https://…, 1. https://…. */
const LINK_REFERENCE = /^(?:\\?\[\d{1,2}\\?\]|\d{1,2}[.、．]|[（(]\d{1,2}[）)])[^。；;！？!?]{0,50}?(?:https?:\/\/|www\.)/;

/** Whether a line reads as such a label (its kind then hangs on the line after it: readsNeighbourText). */
function isLinkLabel(trimmed: string): boolean {
  return LINK_LABEL.test(trimmed) && !FRIEND_LINKS.test(trimmed) && !SELF_LINK_LINE.test(trimmed) && !SHARE_LABEL.test(trimmed) && !CRUMB_LABEL_ONLY.test(trimmed);
}

/**
 * 立即下载： ⏎ https://…, 相关文档： ⏎ https://…readthedocs…, 相关链接： ⏎ [1] 项目地址：https://…: a label of the report's
 * own heading the link it names on the next line that is not empty (a link alone, or a numbered reference with its
 * link), as a post writes 原文阅读： and 公告链接：. Kept as the report's text when the line before it is too (or is
 * such a label); a site's buttons and its list of other pages (相关链接： ⏎ titles) have no link under them, and a
 * site's self link (原文链接：) and its footer of other sites (友情链接：) stay furniture. Each run of empty lines is read
 * from the one label above it: linear.
 */
function keepLinkLabels(lines: readonly Line[], shapes: Shape[], text: number[]): Set<number> {
  const kept = new Set<number>();
  for (let k = 0; k < text.length; k++) {
    const i = text[k];
    const trimmed = lines[i].prose.trim();
    if (lines[i].kind !== 'text' || !isLinkLabel(trimmed) || (shapes[i] === undefined && !RELATED_HEAD.test(trimmed))) continue;
    if (k > 0 && shapes[text[k - 1]] !== undefined && !kept.has(text[k - 1])) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].text.trim() === '') j++;
    if (j >= lines.length) continue;
    const next = lines[j].text.trim();
    if (!LINK_LINE.test(next) && !LINK_REFERENCE.test(next)) continue;
    shapes[i] = undefined;
    kept.add(i);
  }
  return kept;
}

const OUTLINE_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))\s*\p{sc=Han}/u;

/**
 * A page's header extracted one item per line: 首页 / > / 政府信息公开 / > (the breadcrumb goes on from 首页), and
 * 时间： / 2026-02-02 09:20 / 来源： / 陕西省人民政府 (labels and values on lines of their own, read as the fields they
 * make together: a source beside a date is the page's header).
 */
function markSplitHeader(lines: readonly Line[], shapes: Shape[], text: number[]): void {
  const at = (k: number) => (k < text.length ? lines[text[k]].prose.trim() : '');
  for (let k = 0; k < text.length; k++) {
    if ((shapes[text[k]] === undefined || isWeak(shapes[text[k]])) && HOME_ONLY.test(at(k)) && LONE_CRUMB_SEP.test(at(k + 1))) shapes[text[k]] = 'open-crumb';
    let j = k;
    let joined = '';
    while (j + 1 < text.length && isBareLabel(at(j)) && isFieldValue(at(j + 1))) {
      joined += `${at(j)}${at(j + 1)} `;
      j += 2;
    }
    if (j - k >= 4 && fieldShape(joined.trim()) === 'furniture') for (let x = k; x < j; x++) shapes[text[x]] = 'furniture';
    if (j > k) k = j - 1;
  }
}

function isBareLabel(trimmed: string): boolean {
  return trimmed.length <= 8 && BARE_LABEL.test(trimmed);
}

/** A field's value: a name, a date or a count on a line of its own. */
function isFieldValue(trimmed: string): boolean {
  return trimmed !== '' && trimmed.length <= 40 && !CLAUSE_MARK.test(trimmed) && !isBareLabel(trimmed);
}

/** Lines of an information block's fields (成文日期：…, 发文机关：…, 文号：…) that make it furniture with no strong label beside them. */
const INFO_LINES_MIN = 3;

function isWeak(shape: Shape): boolean {
  return shape === 'button' || shape === 'share' || shape === 'links' || shape === 'host' || shape === 'info' || shape === 'mail' || shape === 'mail-field';
}

/**
 * 相关文档推荐, Related content, You may also like and the titles under it (up to a blank line or a sentence; a
 * browser copy may put one blank line under the head): a site's list of other pages. A head with no title under it
 * but a paragraph is a section of the report's own (Related links, then what they are).
 */
function markRelatedLists(lines: readonly Line[], shapes: Shape[], text: number[], linkLabels: ReadonlySet<number>): void {
  const item = (j: number) => j < lines.length && lines[j].kind === 'text' && RELATED_ITEM.test(lines[j].prose.trim());
  for (let k = 0; k < text.length; k++) {
    const i = text[k];
    if (linkLabels.has(i) || !RELATED_HEAD.test(lines[i].prose.trim())) continue;
    let first = i + 1;
    if (!item(first) && first < lines.length && lines[first].kind === 'blank' && item(first + 1)) first++;
    if (!item(first)) {
      let next = first;
      while (next < lines.length && lines[next].kind === 'blank') next++;
      if (next < lines.length && lines[next].kind === 'text' && CLAUSE_MARK.test(lines[next].prose)) continue;
    }
    if (shapes[i] !== 'label') shapes[i] = 'furniture';
    for (let j = first; item(j); j++) {
      if (shapes[j] === undefined || isWeak(shapes[j])) shapes[j] = 'furniture';
      k++;
    }
  }
}

/**
 * Buttons, share targets and link bars count when their group holds other furniture or two buttons. A group is a
 * block of adjacent lines that all have a shape; blocks apart by blank lines join when one of them is a single
 * line (a browser copy puts a blank line between every button), so a list of two names under a sentence is not
 * drawn into the share bar below it.
 */
function neighbourGroups(lines: readonly Line[], shapes: Shape[]): number[][] {
  const blocks: number[][] = [];
  let block: number[] | undefined;
  for (const line of lines) {
    if (line.kind === 'blank') {
      block = undefined;
      continue;
    }
    if (shapes[line.index] === undefined) {
      block = undefined;
      blocks.push([]);
      continue;
    }
    if (!block) blocks.push((block = []));
    block.push(line.index);
  }
  const groups: number[][] = [];
  for (let k = 0; k < blocks.length; k++) {
    const previous = blocks[k - 1];
    const joins = groups.length > 0 && previous?.length && blocks[k].length && (previous.length === 1 || blocks[k].length === 1);
    if (joins) pushAll(groups[groups.length - 1], blocks[k]);
    else groups.push([...blocks[k]]);
  }
  return groups;
}

/** The sentence ends of one line, to find the sentence around a site phrase by halving. */
class SentenceEnds {
  private ends?: number[];

  constructor(private readonly prose: string) {}

  /** The sentence of the line that holds a site phrase, with its closing mark. */
  around(start: number, end: number): Span {
    const ends = (this.ends ??= this.find());
    const prose = this.prose;
    // The last end before `start`, and the first at or after `end`.
    const before = firstAtOrAfter(ends, start) - 1;
    let from = before >= 0 ? ends[before] + 1 : 0;
    while (from < start && /\s/.test(prose[from])) from++;
    const after = firstAtOrAfter(ends, end);
    const to = after < ends.length ? ends[after] + 1 : prose.length;
    return { start: from, end: to };
  }

  private find(): number[] {
    const ends: number[] = [];
    for (let i = 0; i < this.prose.length; i++) if (SENTENCE_END.test(this.prose[i])) ends.push(i);
    return ends;
  }
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  return firstAt(sorted, (x) => x >= value);
}

/** Where the clause holding `at` starts, or the ellipsis before it (……剩余内容需下载后阅读). */
function clauseStart(prose: string, at: number): number {
  let from = at;
  while (from > 0 && !/[，,。；;：:！？!?…]/.test(prose[from - 1])) from--;
  while (from > 0 && (prose[from - 1] === '…' || prose.startsWith('...', from - 3))) from -= prose[from - 1] === '…' ? 1 : 3;
  while (from < at && /\s/.test(prose[from])) from++;
  return from;
}

/**
 * A site's plug: from the clause of its first sign (with the site's name before a colon, 暗狗：) to its last sign, and
 * to the sentence's end when only a few characters are left (领取全文。).
 */
function plugSpans(prose: string): Span[] {
  const contacts: Span[] = [];
  eachMatch(PLUG_CONTACT, prose, (m) => contacts.push({ start: m.index, end: m.index + m[0].length }));
  if (contacts.length === 0) return [];
  const sites: Span[] = [];
  eachMatch(PLUG_SITE, prose, (m) => sites.push({ start: m.index, end: m.index + m[0].length }));
  const out: Span[] = [];
  for (const contact of contacts) {
    const near = sites.filter((s) => s.start < contact.start && contact.start - s.end <= PLUG_REACH);
    if (near.length === 0) continue;
    let start = clauseStart(prose, near[0].start);
    // 暗狗：体制人的免费资料库: the site's name and its colon.
    if (start > 0 && /[：:]/.test(prose[start - 1])) {
      let name = start - 1;
      while (name > 0 && start - 1 - name < 7 && !/[\s，,。；;：:！？!?…、]/.test(prose[name - 1])) name--;
      if (name < start - 1 && start - 1 - name <= 6 && (name === 0 || /[\s，,。；;：:！？!?…、]/.test(prose[name - 1]))) start = name;
    }
    let end = contact.end;
    const stop = prose.slice(end, end + 9).search(/[。！？]/);
    if (stop >= 0 && !/\d/.test(prose.slice(end, end + stop))) end += stop + 1;
    out.push({ start, end });
  }
  return out;
}

/** Overlapping or touching spans become one. */
function merge(spans: Span[]): Span[] {
  // Most lines have none: nothing to sort or copy.
  if (spans.length === 0) return spans;
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Whether the furniture in a line leaves nothing of the report's: only marks, or, after a cookie banner's opening
 * (We use necessary cookies to make our site work.), only the banner's own sentences about cookies, with no figure in
 * them (We'd also like to set optional analytics cookies to help us improve it.).
 */
function leavesNothing(prose: string, spans: Span[]): boolean {
  const rest = blankOut(prose, spans);
  if (NOTHING_LEFT.test(rest)) return true;
  if (!spans.some((s) => /cookie/i.test(prose.slice(s.start, s.end)))) return false;
  const sentences = rest.trim().split(/(?<=[.!?])\s+/);
  return sentences.every((s) => /\bcookies?\b/i.test(s) && !/\d/.test(s));
}

function blankOut(text: string, spans: Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/**
 * 贵州茅台酒股份有限公司 2024 年年度报告 / 2 / 143: the running header a PDF or Word copy repeats at every page break,
 * beside the page number. A short line (no sentence in it) that stands next to a page number at two page breaks or
 * more, word for word, is one, and so is the document's title next to one page number; the same words elsewhere
 * (the title on line 1) are the text's own.
 */
export function runningHeaders(lines: readonly Line[], footers: { first: number; last: number }[]): Set<number> {
  const found = new Set<number>();
  if (footers.length === 0) return found;
  const near = new Map<string, number[]>();
  for (const run of footers) {
    for (const index of [besideRun(lines, run, -1), besideRun(lines, run, 1)]) {
      const line = index === undefined ? undefined : lines[index];
      if (!line || line.kind !== 'text') continue;
      const text = line.prose.trim();
      if (text.length < 4 || text.length > 60 || /[。；;？?！!]/.test(text)) continue;
      const list = near.get(text);
      if (!list) near.set(text, [line.index]);
      else if (list[list.length - 1] !== line.index) list.push(line.index);
    }
  }
  // The document's title beside a page number is its running header even once: so the last of them stays one when
  // the others were deleted one quick fix at a time (it was left in the text, only its page number reported).
  const title = lines.find((l) => l.kind === 'text');
  const titleText = title?.prose.trim();
  for (const [text, indices] of near) {
    if (indices.length >= 2 || (text === titleText && !indices.includes(title!.index))) for (const i of indices) found.add(i);
  }
  return found;
}

/** The first line that is not blank before (-1) or after (1) a run. */
export function besideRun(lines: readonly Line[], run: { first: number; last: number }, step: -1 | 1): number | undefined {
  for (let i = step < 0 ? run.first - 1 : run.last + 1; i >= 0 && i < lines.length; i += step) if (lines[i].kind !== 'blank') return i;
  return undefined;
}


/**
 * The running headers of a Word or PDF copy (see runningHeaders), found from the page numbers on lines of their own:
 * runs of footer lines (— 2 —, 1 / 143) with blank lines between. For rules other than page-furniture, which reads
 * the runs it reports.
 */
export function runningHeaderLines(lines: readonly Line[]): Set<number> {
  const runs: { first: number; last: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!footer(lines[i])) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && (lines[j].kind === 'blank' || footer(lines[j])); j++) if (footer(lines[j])) last = j;
    runs.push({ first: i, last });
    i = last;
  }
  return runningHeaders(lines, runs);
}

/** A line page numbers are on (— 2 —, 1 / 143): what a run of footer lines is made of. */
function footer(line: Line): boolean {
  return line.kind === 'furniture' && isFooterLine(line.prose.trim());
}

/** The running header lines of one version, with the lines they were read from. */
export interface RunningHeaderLines {
  lines: readonly Line[];
  headers: Set<number>;
}

/**
 * runningHeaderLines, or those of an earlier version of the document (`last`) when no line that could change them has
 * changed since: as many lines, and each line that is not the same object as before a line of text in both versions,
 * not the first one (the title), with no footer line the nearest line that is not blank above or below it (the text
 * beside a run of footers is what a running header is read from). A keystroke in running text reads no line again.
 */
export function keptRunningHeaderLines(lines: readonly Line[], last: RunningHeaderLines | undefined): RunningHeaderLines {
  if (last && last.lines.length === lines.length && sameRunningHeaders(last.lines, lines)) return last.lines === lines ? last : { lines, headers: last.headers };
  return { lines, headers: runningHeaderLines(lines) };
}

function sameRunningHeaders(before: readonly Line[], after: readonly Line[]): boolean {
  const title = (lines: readonly Line[]) => lines.findIndex((l) => l.kind === 'text');
  let titles: [number, number] | undefined;
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    if (before[i].kind !== 'text' || after[i].kind !== 'text') return false;
    titles ??= [title(before), title(after)];
    if (i === titles[0] || i === titles[1]) return false;
    for (const lines of [before, after]) {
      for (const step of [-1, 1]) {
        let k = i + step;
        while (k >= 0 && k < lines.length && lines[k].kind === 'blank') k += step;
        if (k >= 0 && k < lines.length && footer(lines[k])) return false;
      }
    }
  }
  return true;
}
