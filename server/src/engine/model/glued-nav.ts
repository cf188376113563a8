// A page's navigation glued to a paragraph of the report's own text, where a copy from a web page lost the line break
// around it: a navigation link before the paragraph's first sentence ([返回首页](/index.html)全市共有…), a breadcrumb
// before it (首页 > 新闻中心 > 统计数据全市…, Home > News > Reports The council approved…), a page's button after its
// last sentence (…增长6.1%。返回顶部, …this year.Back to top). Only the residue is furniture: the paragraph is the report's.
import words from '../data/page-furniture.json';
import { alternation } from '../patterns';

export interface GluedSpan {
  start: number;
  end: number;
}

/** A page's link named for where it leads (首页, 返回顶部, Home, Back to top), as the link's whole text. */
const NAV_LABEL = new RegExp(`^(?:${alternation(words.navLabels)})$`, 'i');
/** A Markdown link at the line's start: `[返回首页](/index.html)`, `[Back to home](/ "Home")`. */
const LINK_AT = /^([ \t]*)\[([^[\]\n]{1,40})\]\([^()\s]{1,300}(?:[ \t]+"[^"\n]{0,80}")?\)[ \t]*/;
/** Back to home, Return to homepage, 返回网站首页: a link back, as a label of its own. */
const BACK_LABEL = /^(?:(?:back|return|go) to (?:home|homepage|the homepage|main page|news|all news|top|contents)|返回(?:网站|網站)?首[页頁])$/i;
/** A heading's marker right after the residue: that is gluedHeadingResidue's (the outline reads the heading). */
const HEADING_AFTER = /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2}){0,3}[.．、)]?[ \t]|#)/;
/** What a paragraph of the report's own holds after the residue: a sentence, with its end or a clause mark. */
const SENTENCE_AFTER = /^[^\n]{8,}$/;
const SENTENCE_MARK = /[。！？；，,.!?;]/;

/** [返回首页](/index.html)全市共有…: the link (with the spaces after it) before a paragraph's first sentence. */
function leadingLink(text: string, prose: string): GluedSpan | undefined {
  const m = LINK_AT.exec(text);
  if (!m) return undefined;
  const label = m[2].trim();
  if (!NAV_LABEL.test(label) && !BACK_LABEL.test(label)) return undefined;
  // What is read after it (a comment or another link's target is not): a sentence that starts with a word.
  const rest = prose.slice(m[0].length).trimEnd();
  if (!SENTENCE_AFTER.test(rest) || !SENTENCE_MARK.test(rest) || HEADING_AFTER.test(rest) || !/^[\p{L}\p{N}“"‘'《（(]/u.test(rest) || text[m[0].length] === '[') return undefined;
  return { start: m[1].length, end: m[0].length };
}

const HOME = `(?:${alternation(words.homeWords)})`;
const CRUMB_LABEL = `(?:(?:${alternation(words.breadcrumbLabels)})[ \\u3000]*[：:][ \\u3000]*)`;
const SEP = '[ \\u3000]*(?:[>＞»›→]|-&gt;)[ \\u3000]*';
/** 当前位置：首页 > 新闻中心 > …, Home > News > …: the crumbs up to the last separator. */
const CRUMBS_AT = new RegExp(`^([ \\t]*)${CRUMB_LABEL}?${HOME}(?:${SEP}[^>＞»›→。！？；，,.!?;\\n]{1,24}?)*${SEP}`);
/** The last crumb before a Chinese sentence: a column's name (新闻中心, 统计数据, 工作动态, 正文). */
const ZH_COLUMN = /^[\p{sc=Han}]{0,6}?(?:中心|动态|動態|公告|公示|公开|公開|数据|數據|信息|要闻|要聞|新闻|新聞|正文|详情|詳情|资讯|資訊|专题|專題|快讯|快訊|通知|文件|政策|解读|解讀|概况|概況|简介|簡介|栏目|欄目|报道|報道)(?=\p{sc=Han}|[“"《（(\d])/u;
/** What opens an English sentence after the last crumb: Reports The council approved…, News In March we opened… */
const EN_OPENER = /(?<=[A-Za-z)] )(?:The|This|These|Those|In|Our|We|It|Its|A|An|During|Following|As|At|On|Over|Since|Last|Each|All|There|Today|Yesterday|From|By|After|Before|Between|Across|More|Work|Residents|Councillors|Members|\d[\d,.]*(?= ))(?= [a-z\d])/;

/** 首页 > 新闻中心 > 统计数据全市…, Home > News > Reports The council…: the breadcrumb before the sentence it was glued to. */
function leadingCrumbs(prose: string): GluedSpan | undefined {
  const m = CRUMBS_AT.exec(prose);
  if (!m) return undefined;
  const rest = prose.slice(m[0].length);
  if (!SENTENCE_MARK.test(rest)) return undefined;
  let cut: number | undefined;
  const zh = /^\p{sc=Han}/u.exec(rest);
  if (zh) {
    const column = ZH_COLUMN.exec(rest);
    if (column) cut = column[0].length;
  } else if (/^[A-Z]/.test(rest)) {
    const opener = EN_OPENER.exec(rest.slice(0, 60));
    // The sentence runs to its end: a capital word after the crumb, and a full stop to close it.
    if (opener && /[.!?]["”’)]?\s*$/.test(rest) && !/[.!?]/.test(rest.slice(0, opener.index))) cut = opener.index;
  }
  if (cut === undefined) return undefined;
  const sentence = rest.slice(cut).trimStart();
  if (sentence.length < 8 || HEADING_AFTER.test(sentence)) return undefined;
  return { start: m[1].length, end: m[0].length + rest.slice(0, cut).trimEnd().length };
}

/** A page's button after a paragraph's last sentence: 返回顶部, Back to top, ↑ Back to top, 打印本页 关闭窗口. */
const BUTTON = `(?:${alternation(words.navButtons)}|打印本页|打印本頁|关闭窗口|關閉窗口|Back to home|Back to news)`;
const TRAILING_BUTTONS = new RegExp(`(?<=[。！？.!?]["”’）)]?)[ \\t\\u3000]*(?:[↑⬆▲^][ \\t]?)?${BUTTON}(?:[ \\t\\u3000|｜]*${BUTTON})*[ \\t\\u3000]*(?:[↑⬆▲^])?[ \\t\\u3000]*$`, 'i');

function trailingButtons(prose: string): GluedSpan | undefined {
  const m = TRAILING_BUTTONS.exec(prose);
  if (!m) return undefined;
  // A sentence of the report's own before it.
  const before = prose.slice(0, m.index).trim();
  if (before.length < 8) return undefined;
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}

/**
 * The navigation residue glued to a line of the report's text: `text` is the line as written (a link's target is masked
 * out of `prose`), `prose` what is read of it. Spans in the line's offsets.
 */
export function gluedNavigation(text: string, prose: string): GluedSpan[] {
  const out: GluedSpan[] = [];
  const first = prose.trimStart()[0];
  if (text.trimStart().startsWith('[')) {
    const link = leadingLink(text, prose);
    if (link) out.push(link);
  } else if (first !== undefined && (first === '首' || first === '網' || first === '网' || first === 'H' || first === '当' || first === '當' || first === '您' || first === '所' || first === '現' || first === '位' || first === 'Y')) {
    const crumbs = leadingCrumbs(prose);
    if (crumbs) out.push(crumbs);
  }
  const last = prose.trimEnd();
  if (last.length > 0 && /[部页頁口录錄表pPsSe↑⬆▲^]$/.test(last)) {
    const buttons = trailingButtons(prose);
    if (buttons) out.push(buttons);
  }
  return out;
}

/** Whether a breadcrumb line is one glued to a sentence (Home > News > Reports The council approved…): not a crumb line. */
export function crumbGluedToSentence(prose: string): boolean {
  return leadingCrumbs(prose) !== undefined;
}
