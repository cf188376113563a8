/**
 * conversion-artifact — 机器转换误词 / Machine-conversion artifact
 *
 * What: wording that a machine conversion creates and a writer never types. Document-sharing sites pass
 * uploaded reports through a synonym "rewriter" that swaps words inside words: 原则 → 原那么, 运动员 → 运发动,
 * 服务 → 效劳, 发展 → 开展, 基本 → 根本, 规范 → 标准. The list, with where each entry was seen, is
 * `engine/data/conversion-artifacts.json`; the intended word is offered as the fix. Also the instruction of a Word
 * field written where its result belongs, as a conversion or a copy with field codes shown leaves it: PAGEREF
 * _Toc123456 \h, HYPERLINK \l "_Toc…", { TOC \o "1-3" }, REF _Ref… \h, MERGEFIELD 姓名, SEQ 表 \* ARABIC,
 * DATE \@ "…", and a field with no switch as Word shows it, its word between braces with a space inside each (dated
 * { DATE }; a footer's line Page { PAGE } of { NUMPAGES }, 第 { PAGE } 页 共 { NUMPAGES } 页, whose fix deletes the line)
 * — a run of lines holding them (a contents list) is one finding, whose fix deletes them (a bookmark's name in a Pandoc
 * anchor with the whole anchor: []{#_Toc48213 .anchor} and {#_Ref12345} go, [全年目标]{#_Toc… .anchor} keeps its text). The anchor of a Word comment
 * copied in with its text (培养骨干教师200名[A1]。, Appendix C [JS1].: the commenter's initials and the comment's number;
 * a Chinese commenter's one character, 62.3万亩[张1]; not a note's mark, [注1], [图2], [解读1]),
 * whose fix deletes it. A line of Word's markup balloons, copied from a document shown with its tracked changes and
 * comments (Deleted: …, Formatted: Font: 12 pt, Not Bold, Comment [JS1]: …, [A1] Comment: …; 删除的内容: …,
 * 带格式的: 字体: (默认) 仿宋, 批注 [A1]: …, 批注 [张1]: …, [A2] 批注: …), one finding per line, whose fix deletes the line. And the year of a
 * document number (发文字号) whose six-cornered brackets came out as low and high quotes (国办发„2009‟3号 for
 * 国办发〔2009〕3号), as a copy through a font or an encoding that lacks 〔〕 leaves them. And HTML's character entities
 * in a plain-text draft copied from a page's source or a CMS export (the trustees&#39; policy, Hale &amp; Partners,
 * 附件&nbsp;二): one finding per line, whose fix writes the characters; and HTML tags around its text there (<p
 * class="ql-block"> 2022年6月30日上午…</p>, <b style="…">…</b>), one finding per line, whose fix deletes them. And a
 * content-management system's template tag its page left unfilled ({jz:field.toptypename/}, {dede:field.title/}), one
 * finding per line, whose fix deletes the tags. And the properties of a Word or WPS file run
 * into the text by an extraction that read every part of the file (安福全 zlnb210061 1 2019-05-22T04:56:35Z
 * 2006-09-13T11:21:51Z … 2052-11.1.0.11691 FEAB6FBF… 9300 22370 0 0 False False False 附件：…: author, dates, WPS's
 * build, the file's ID, counts and flags): two time stamps side by side with a token only such properties hold (WPS's
 * build, a 32-digit ID, Word's 16.0000, Normal.dotm) in the same run; one finding per line, whose fix deletes the run.
 * And a month's full name run into its year, as a PDF copy loses the space (since June2016, between September2016 and
 * March 2017), whose fix puts the space back; not a name or a code (Performance_June2016.xlsx, #June2016, Mar2016).
 * Why: a reader stops at 坚持…原那么 at once, and the draft shows where it was copied from.
 * Not: the ordinary words the artifacts also are — 效劳 (乐意效劳), 开展 (开展活动), 根本 (根本任务),
 * 平安 (平安建设), 标准 (标准化), 局部地区 — and the same letters across two words (还原那么, 草原那么大,
 * 货运发动机, 有效劳动). Phrases that are only certain in a draft already full of such swaps (均衡开展成效,
 * 更趋标准) are reported only when the draft has at least two certain artifacts elsewhere. A field's word alone, in a
 * sentence (TOC管理, the PAGE and DATE fields, MERGEFIELD一词): a code takes a bookmark, a quoted target or a switch,
 * or stands alone between spaced braces; {PAGE} without the spaces is a template's placeholder, { Tenant name } a form's.
 * A citation's number alone ([1]), a link's text ([CC0](…), [HM1][guide]), A4 and B2 without brackets. The markup's words
 * in a sentence (Deleted items are listed…, Formatted: the report was formatted…, 删除的内容较多的文件, 带格式的文件须…,
 * 已删除重复数据3,600条), a Markdown link's definition ([A2]: https://…).
 * Low quotes around a year with no 号 after it (a German quotation), and a number in square or round brackets
 * (人社部发[2009]22号: typed, not converted). An entity or a tag in Markdown (its syntax), a tag named in a sentence
 * with no closing one (正文段落用<p>标记), an ampersand
 * that starts no entity (R&D, Q&A, AT&T). A log's two time stamps with false false after them, a time stamp or an ID
 * alone in a sentence (数据更新时间为2024-05-01T08:00:00Z, commit a3f5c9e1…).
 *
 * 检查：机器转换留下、写作者不会写出的误词。文库网站对上传的文档做“伪原创”同义词替换，会把词中的字也换掉：
 * 原则→原那么、运动员→运发动、服务→效劳、发展→开展、基本→根本、规范→标准。词表及每条的出处见
 * `engine/data/conversion-artifacts.json`，快速修复改回原词。另查Word域代码：转换或显示域代码时复制，域的结果处留下了
 * 域指令（PAGEREF _Toc123456 \h、HYPERLINK \l "_Toc…"、{ TOC \o "1-3" }、REF _Ref… \h、MERGEFIELD 姓名、
 * SEQ 表 \* ARABIC，以及不带开关、花括号内两侧有空格的域：{ DATE }，页脚行“第 { PAGE } 页 共 { NUMPAGES } 页”“Page { PAGE } of
 * { NUMPAGES }”，修复时删除整行），连续几行（目录）报一处，修复时删除（Pandoc锚点中的书签名连同整个锚点删除：[]{#_Toc48213 .anchor}、{#_Ref12345}，[全年目标]{#_Toc… .anchor}保留文字）。从Word复制或转换时带入的批注标记（200名[A1]。、Appendix C [JS1]：批注人缩写和批注序号；中文批注人的一个字：62.3万亩[张1]；不报注释、图号：[注1]、[图2]、[解读1]），修复时删除。从显示修订和批注的文档复制时带入的修订、批注框文字（删除的内容: …、带格式的: 字体: (默认) 仿宋、批注 [A1]: …、[A2] 批注: …、Deleted: …、Formatted: Font: 12 pt），每行报一处，修复时删除该行。以及发文字号中年份的六角括号经字体或编码转换变成了
 * 上下引号（国办发„2009‟3号，应为国办发〔2009〕3号）。纯文本稿件中从网页源码或内容管理系统导出时留下的HTML字符实体（&amp;、&#39;、&nbsp;），每行报一处，修复改为字符。
 * 另查提取文本时带入正文的Word或WPS文件属性（安福全 zlnb210061 1 2019-05-22T04:56:35Z 2006-09-13T11:21:51Z … 2052-11.1.0.11691
 * FEAB6FBF… 9300 22370 0 0 False False False 附件：…：作者、时间、WPS版本号、文件编号、字数与标志）：两个并列的时间戳，同一串中
 * 还有只有文件属性才有的内容（WPS版本号、32位编号、Word的16.0000、Normal.dotm），每行报一处，修复时删除这一串。
 * 以及PDF复制时丢了空格、英文月份全称与年份连在一起的（since June2016），修复时补上空格；文件名、话题标签和缩写月份（Performance_June2016.xlsx、#June2016、Mar2016）不报。
 * 原因：“坚持……的原那么”一眼就能看出，也暴露了稿件的来源。
 * 不报：这些误词本身也是正常词语的用法（乐意效劳、开展活动、根本任务、平安建设、标准化、局部地区），以及跨词
 * 的同形字串（还原那么、草原那么大、货运发动机、有效劳动）。“均衡开展成效”“更趋标准”这类只有在替换过的稿件
 * 中才能确定的说法，只在全文已有两处确定的误词时才报。句子中单独出现的域名称（TOC管理、PAGE和DATE字段、MERGEFIELD一词）
 * 不算：域代码带书签名、带引号的目标或开关。引号中的年份后面没有“号”的（德文引文），以及方括号、圆括号中的年份
 * （人社部发[2009]22号：是录入的，不是转换的）、Markdown中的字符实体（其语法）、不构成实体的“&”（R&D）；只有数字的文献序号（[1]）、链接文字（[CC0](…)）；句子中的同样词语（删除的内容较多的文件、带格式的文件须……、已删除重复数据3,600条）。
 * 日志中并列的两个时间戳后跟 false false、句中单独的时间戳或编号（数据更新时间为2024-05-01T08:00:00Z）不报。
 *
 * Bad:  坚持依法治教、从严治教的原那么，发挥工会效劳功能
 * Good: 坚持依法治教、从严治教的原则，发挥工会服务功能
 * Bad:  6人达到国家二级运发动标准（the rewriter's 运发动 for 运动员; the rule has no English counterpart）
 * Good: 6人达到国家二级运动员标准
 */

import data from '../data/conversion-artifacts.json';
import htmlTagList from '../data/html-tags.json';
import { excerpt } from '../model/chars';
import type { Line } from '../model/lines';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { eachMatch, eachWordMatch, matchesOf, wordsPattern } from '../patterns';
import { lineRange } from '../ranges';
import type { Rule, RuleContext, UnitContext } from '../rule';
import type { TextEdit } from '../types';

/** A string around the artifact: the text that must stand just before and just after it. */
interface Surround {
  before: string;
  after: string;
}

interface Entry {
  artifact: string;
  intended: string;
  contexts?: Surround[];
  unless: Surround[];
  evidence: boolean;
}

interface RawEntry {
  artifact: string;
  intended: string;
  contexts?: string[];
  unless?: string[];
  evidence?: boolean;
}

function surround(artifact: string, text: string): Surround {
  const at = text.indexOf(artifact);
  return { before: text.slice(0, at), after: text.slice(at + artifact.length) };
}

/** Rewritten drafts often come with half-width marks too: 原那么， is also written 原那么, (the list gives the full-width form). */
const HALF_WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':' };

function surrounds(artifact: string, texts: string[]): Surround[] {
  const out: Surround[] = [];
  for (const text of texts) {
    out.push(surround(artifact, text));
    const half = text.replace(/[，；：]/g, (c) => HALF_WIDTH[c]);
    if (half !== text) out.push(surround(artifact, half));
  }
  return out;
}

const ENTRIES = new Map<string, Entry[]>();
for (const raw of data.entries as RawEntry[]) {
  const entry: Entry = {
    artifact: raw.artifact,
    intended: raw.intended,
    contexts: raw.contexts && surrounds(raw.artifact, raw.contexts),
    unless: surrounds(raw.artifact, raw.unless ?? []),
    evidence: raw.evidence === true,
  };
  const list = ENTRIES.get(raw.artifact) ?? [];
  list.push(entry);
  ENTRIES.set(raw.artifact, list);
}
// Literal alternatives only: the engine tries each at each position, linear in the text.
// Searched by the words' first two characters (eachWordMatch), not tried at every position.
const ARTIFACT = wordsPattern([...ENTRIES.keys()]);

/** Drafts with fewer certain artifacts than this are not taken to be rewritten. */
const EVIDENCE_MIN = 2;

interface Hit {
  paragraph: Paragraph;
  start: number;
  entry: Entry;
}

/** What one paragraph has: its certain artifacts (reported there) and the likely ones, reported with evidence. */
interface Found {
  certain: number;
  likely: Hit[];
}

const rule: Rule<Found> = {
  meta: {
    id: 'conversion-artifact',
    name: { zh: '机器转换误词', en: 'Conversion artifact' },
    category: 'copy-residue',
    description: {
      zh: '机器转换或同义词替换留下的误词：“原那么”（原则）、“效劳中心”（服务中心）、“运发动”（运动员），以及Word域代码（PAGEREF _Toc…）',
      en: 'Words a machine conversion or synonym rewriter leaves behind: 原那么 for 原则, 效劳中心 for 服务中心, 运发动 for 运动员; Word field codes (PAGEREF _Toc…)',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      artifact: {
        zh: '应为“{intended}”：“{artifact}”是机器转换留下的误词',
        en: 'Write “{intended}”: “{artifact}” is a word a machine conversion left behind',
      },
      fix: { zh: '改为“{intended}”', en: 'Change to “{intended}”' },
      monthYear: {
        zh: '补上空格：“{text}”中月份和年份连在了一起，应为“{month} {year}”，是PDF或网页复制时丢了空格',
        en: 'Missing space: “{text}” runs the month into its year, where “{month} {year}” was meant; a PDF or web copy lost the space',
      },
      fixMonthYear: { zh: '在月份和年份之间补空格', en: 'Insert a space between the month and the year' },
      fieldCode: {
        zh: '删除Word域代码“{text}”：转换或复制时把域指令当成了正文',
        en: 'Delete the Word field code “{text}”: a conversion or copy wrote the field’s instruction into the text',
      },
      fieldCodes: {
        zh: '删除从“{text}”起的{count}处Word域代码：转换或复制时把域指令当成了正文',
        en: 'Delete the {count} Word field codes from “{text}”: a conversion or copy wrote the fields’ instructions into the text',
      },
      fixFieldCode: { zh: '删除域代码', en: 'Delete the field code' },
      sameFieldCode: { zh: '同样是域代码', en: 'Also a field code' },
      fixFieldCodes: { zh: '删除这{count}处域代码', en: 'Delete these {count} field codes' },
      commentAnchor: {
        zh: '删除批注标记“{text}”：从Word复制或转换时带入的批注编号（批注人缩写和序号）',
        en: 'Delete the comment mark “{text}”: the anchor of a Word comment (initials and number), copied in with the text',
      },
      fixCommentAnchor: { zh: '删除批注标记', en: 'Delete the comment mark' },
      markupLine: {
        zh: '删除Word修订或批注框的文字“{text}”：从显示修订和批注的文档复制时带入，不是正文',
        en: 'Delete the Word markup “{text}”: a tracked change or comment balloon, copied in from a document shown with its markup',
      },
      fixMarkupLine: { zh: '删除此行', en: 'Delete the line' },
      documentNumber: {
        zh: '应为“〔{year}〕”：发文字号“{text}”中的六角括号在转换时变成了引号',
        en: 'Write “〔{year}〕”: the brackets of the document number “{text}” came out as quotes in a conversion',
      },
      htmlEntity: {
        zh: '改为“{intended}”：“{text}”是网页源码中的字符实体，复制时未转换（本行{count}处）',
        en: 'HTML entity “{text}” for “{intended}” ({count} on this line): a copy of a web page’s source kept it; write the character',
      },
      fixHtmlEntities: { zh: '本行的字符实体改为字符', en: 'Write the characters of the entities on this line' },
      htmlTags: {
        zh: '删除网页标签“{text}”：复制网页源码时带入的HTML标记，不是正文（本行{count}处）',
        en: 'Delete the HTML tag “{text}” ({count} on this line): a copy of a web page’s source kept its markup',
      },
      fixHtmlTags: { zh: '删除本行的网页标签', en: 'Delete the HTML tags on this line' },
      templateTag: {
        zh: '删除模板标签“{text}”：网站模板未填入内容的标签，复制网页时带入（本行{count}处）',
        en: 'Delete the template tag “{text}” ({count} on this line): a site’s template left it unfilled, and a copy of the page kept it',
      },
      fixTemplateTags: { zh: '删除本行的模板标签', en: 'Delete the template tags on this line' },
      fixDocumentNumber: { zh: '改为“〔{year}〕”', en: 'Change to “〔{year}〕”' },
      documentProperties: {
        zh: '删除文件属性“{text}”：提取文本时带进了Word或WPS文件的作者、时间和版本号',
        en: 'Delete the file properties “{text}”: a text extraction wrote the Word or WPS file’s author, dates and version numbers into the text',
      },
      fixDocumentProperties: { zh: '删除文件属性', en: 'Delete the file properties' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const found: Found = { certain: 0, likely: [] };
    eachWordMatch(ARTIFACT, paragraph.text, (m) => {
      const entries = ENTRIES.get(m[0]) ?? [];
      const accepted = entries.filter((entry) => accepts(entry, paragraph.text, m.index));
      if (accepted.length === 0) return;
      const entry = accepted.find((e) => !e.evidence);
      if (entry) {
        found.certain++;
        report(context, { paragraph, start: m.index, entry });
      } else found.likely.push({ paragraph, start: m.index, entry: accepted[0] });
    });
    if (paragraph.text.includes('„')) reportDocumentNumbers(context, paragraph);
    if (MONTH_YEAR_QUICK.test(paragraph.text)) reportMonthYears(context, paragraph);
    const markup = reportMarkupLines(context, paragraph);
    if (paragraph.text.includes('[')) reportCommentAnchors(context, paragraph, markup);
    return found.certain || found.likely.length ? found : undefined;
  },

  // The likely artifacts count only in a draft that has certain ones: it went through a rewriter.
  check(context) {
    reportFieldCodes(context);
    reportDocumentProperties(context);
    reportTemplateTags(context);
    if (context.doc.format !== 'markdown') {
      reportHtmlEntities(context);
      reportHtmlTags(context);
    }
    const certain = context.locals.reduce((n, { value }) => n + value.certain, 0);
    if (certain < EVIDENCE_MIN) return;
    for (const { value } of context.locals) for (const hit of value.likely) report(context, hit);
  },
};

/**
 * since June2016, between September2016 and March: a month's full name run into a year, as a copy of a PDF's text
 * loses the space between them. Not a name or a code (Performance_June2016.xlsx, June2016data, #June2016, @May2017,
 * JUNE2016, Mar2016): a month's full name with a capital, then the year, between spaces or marks.
 */
const MONTH_YEAR = /(?<![\w@#/.\\-])(January|February|March|April|May|June|July|August|September|October|November|December)((?:19|20)\d{2})(?![\w@/\\-]|\.\w)/g;
const MONTH_YEAR_QUICK = /[a-z](?:19|20)\d{2}/;

function reportMonthYears(context: UnitContext, paragraph: Paragraph): void {
  eachMatch(MONTH_YEAR, paragraph.text, (m) => {
    const [text, month, year] = m;
    const at = m.index + month.length;
    context.report({
      message: 'monthYear',
      data: { text, month, year },
      range: rangeIn(paragraph, m.index, m.index + text.length),
      fix: { title: 'fixMonthYear', edits: [{ range: rangeIn(paragraph, at, at), newText: ' ' }] },
    });
  });
}

// The properties of a Word or WPS file (docProps/core.xml, app.xml, custom.xml) run into the text by an extraction that
// read every part of the file: 安福全 zlnb210061 1 2019-05-22T04:56:35Z 2006-09-13T11:21:51Z 2022-05-16T06:53:23Z 15.00
// 2052-11.1.0.11691 FEAB6FBF… 9300 22370 0 0 False False False (author, last editor, revision, created, modified, printed,
// WPS's build, the file's ID, counts, flags). Two W3C time stamps side by side and, in the same run of tokens, one
// token only a file's properties hold (WPS's build 2052-11.1.0.11691, a 32-digit ID, Word's 16.0000, Normal.dotm);
// not a log's two stamps with false false after them, nor a stamp or an ID alone in a sentence.
const PROPERTY_STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/;
const PROPERTY_TOKEN = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z|\d+(?:\.\d+)?|True|False|true|false|[0-9A-Fa-f]{32}|\{?[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}?|\d{4}-\d+(?:\.\d+){3}|Microsoft|Office|Word|Excel|WPS|Normal(?:\.dotm?)?|KSOProductBuildVer|ICV)$/;
const PROPERTY_STRONG = /^(?:[0-9A-Fa-f]{32}|\{?[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}?|\d{4}-\d+(?:\.\d+){3}|\d{1,2}\.0000|Normal\.dotm?|KSOProductBuildVer)$/;
/** The author, last editor and revision before the first stamp, read only from the start of the line. */
const PROPERTY_NAME = /^[^\s。，、；：！？,.;:!?（）()“”]{1,20}$/;

function hasDocumentProperties(line: Line): number {
  return line.kind === 'text' && line.text.indexOf('T') >= 0 && PROPERTY_STAMP.test(line.text) ? 1 : 0;
}

/** The run of a file's properties on a line, if it has one: [start, end) of its tokens. */
function propertyRun(text: string): [number, number] | undefined {
  const tokens: { text: string; start: number; end: number }[] = [];
  for (const m of matchesOf(text, /\S+/g)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PROPERTY_STAMP.test(tokens[i].text) || !PROPERTY_TOKEN.test(tokens[i].text) || !PROPERTY_STAMP.test(tokens[i + 1].text)) continue;
    let last = i + 1;
    while (last + 1 < tokens.length && PROPERTY_TOKEN.test(tokens[last + 1].text)) last++;
    if (!tokens.slice(i, last + 1).some((t) => PROPERTY_STRONG.test(t.text))) continue;
    let first = i;
    while (first > 0 && /^\d+$/.test(tokens[first - 1].text)) first--;
    // 安福全 zlnb210061 before the revision: names, taken only when they reach the line's start.
    let names = first;
    while (names > 0 && first - names < 2 && PROPERTY_NAME.test(tokens[names - 1].text)) names--;
    if (names === 0) first = 0;
    return [tokens[first].start, tokens[last].end];
  }
  return undefined;
}

/** The lines whose fact `read` gives (the document model keeps it per line across edits). */
function* linesWith(doc: RuleContext<Found>['doc'], slot: string, read: (line: Line) => number): Generator<number> {
  const facts = doc.lineFacts(slot, read);
  for (let l = 0; l < facts.length; l++) if (facts[l] !== 0) yield l;
}

/** A file's properties run into a line: one finding per line, whose fix deletes them (and the space after them). */
function reportDocumentProperties(context: RuleContext<Found>): void {
  const { doc } = context;
  for (const l of linesWith(doc, 'document-properties', hasDocumentProperties)) {
    const text = doc.lines[l].text;
    const run = propertyRun(text);
    if (run === undefined) continue;
    let [start, end] = run;
    while (end < text.length && text[end] === ' ') end++;
    const shown = text.slice(start, run[1]);
    const data = { text: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown };
    const range = lineRange(l, start, run[1]);
    context.report({ message: 'documentProperties', data, range, fix: { title: 'fixDocumentProperties', edits: [{ range: lineRange(l, start, end), newText: '' }] } });
  }
}

// HTML's character entities, left in a plain-text draft copied from a page's source or a CMS export (Hale &amp;
// Partners, the trustees&#39; policy). Markdown writes them on purpose (its syntax for a character): not read there.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', middot: '·', pound: '£', euro: '€', yen: '¥', copy: '©', reg: '®', times: '×',
};
const HTML_ENTITY = new RegExp(`&(?:(${Object.keys(NAMED_ENTITIES).join('|')})|#(\\d{2,6})|#x([0-9a-fA-F]{2,5}));`, 'g');

function entityCharacter(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined) return NAMED_ENTITIES[m[1]];
  const code = m[2] !== undefined ? Number(m[2]) : parseInt(m[3], 16);
  return code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

function hasHtmlEntity(line: Line): number {
  if (line.kind !== 'text' || line.text.indexOf('&') < 0) return 0;
  HTML_ENTITY.lastIndex = 0;
  return HTML_ENTITY.test(line.text) ? 1 : 0;
}

/** The trustees&#39; policy, Hale &amp; Partners: one finding per line of a plain-text draft, whose fix writes the characters. */
function reportHtmlEntities(context: RuleContext<Found>): void {
  const { doc } = context;
  for (const l of linesWith(doc, 'html-entity', hasHtmlEntity)) {
    const text = doc.lines[l].text;
    const edits: TextEdit[] = [];
    let first: { text: string; intended: string } | undefined;
    HTML_ENTITY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HTML_ENTITY.exec(text))) {
      const intended = entityCharacter(m);
      if (intended === undefined) continue;
      first ??= { text: m[0], intended };
      edits.push({ range: lineRange(l, m.index, m.index + m[0].length), newText: intended });
    }
    if (first === undefined) continue;
    const data = { ...first, count: edits.length };
    context.report({ message: 'htmlEntity', data, range: edits[0].range, fix: { title: 'fixHtmlEntities', edits } });
  }
}

// HTML markup left in a plain-text draft copied from a page's source (<p class="ql-block">…</p>, <b style="…">…</b>).
// Markdown writes HTML on purpose: not read there. A line counts with a closing tag and another tag around its text; a
// tag named in a sentence (正文段落用<p>标记) closes nothing.
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,15})([ \t][^<>]*)?\/?>/g;
const HTML_TAG_NAMES = new Set(htmlTagList.tags);
/** Text between the tags of a line, at least this long: markup around prose, not a line of code. */
const HTML_PROSE_MIN = 10;

/** The known HTML tags of a line (attributes written name=value, or none), in order. */
function htmlTags(text: string): { start: number; end: number; closing: boolean }[] {
  const found: { start: number; end: number; closing: boolean }[] = [];
  HTML_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_TAG.exec(text))) {
    const attributes = m[2] ?? '';
    if (HTML_TAG_NAMES.has(m[1].toLowerCase()) && (attributes.includes('=') || /^[\s/]*$/.test(attributes))) {
      found.push({ start: m.index, end: m.index + m[0].length, closing: m[0][1] === '/' });
    }
  }
  return found;
}

/**
 * Line breaks a document viewer's text layer keeps as markup (Overview <br />City Manager Duggan provided an <br
 * />overview…): void tags close nothing, so this many on a line count without a closing tag (a sentence that names
 * the tag names it once or twice: 用<br>换行).
 */
const VOID_TAGS_MIN = 3;
const VOID_TAG = /^<(?:br|hr|wbr)\b/i;

function hasHtmlTags(line: Line): number {
  if (line.kind !== 'text' || line.text.indexOf('<') < 0) return 0;
  const closes = line.text.indexOf('</') >= 0;
  if (!closes && line.text.search(/<(?:br|hr|wbr)\b/i) < 0) return 0;
  const tags = htmlTags(line.text);
  const voids = tags.filter((t) => VOID_TAG.test(line.text.slice(t.start, t.end))).length;
  if (tags.length < 2 || !(tags.some((t) => t.closing) || voids >= VOID_TAGS_MIN)) return 0;
  let prose = 0;
  let at = 0;
  for (const t of tags) {
    prose += line.text.slice(at, t.start).trim().length;
    at = t.end;
  }
  prose += line.text.slice(at).trim().length;
  return prose >= HTML_PROSE_MIN ? 1 : 0;
}

/** <p class="ql-block"> 2022年6月30日上午…</p>: one finding per line of a plain-text draft, whose fix deletes the tags. */
function reportHtmlTags(context: RuleContext<Found>): void {
  const { doc } = context;
  for (const l of linesWith(doc, 'html-tags', hasHtmlTags)) {
    const text = doc.lines[l].text;
    const tags = htmlTags(text);
    // A line break between two words of English (services.<br>It does) leaves a space where it was.
    const gap = (t: { start: number; end: number }) =>
      VOID_TAG.test(text.slice(t.start, t.end)) && /[^\s\u3000-\u9fff\uff00-\uffef]/.test(text[t.start - 1] ?? ' ') && /[^\s\u3000-\u9fff\uff00-\uffef]/.test(text[t.end] ?? ' ');
    const edits: TextEdit[] = tags.map((t) => ({ range: lineRange(l, t.start, t.end), newText: gap(t) ? ' ' : '' }));
    const data = { text: excerpt(text.slice(tags[0].start, tags[0].end), 24), count: tags.length };
    context.report({ message: 'htmlTags', data, range: edits[0].range, fix: { title: 'fixHtmlTags', edits } });
  }
}

// A content-management system's template tag that its page left unfilled, copied with the page's text:
// {jz:field.toptypename/} (极致CMS), {dede:field.title/} (DedeCMS), {pboot:sitetitle} (PbootCMS), {eyou:type typeid='3'}
// (EyouCMS), {pc:content action="lists"} (PHPCMS). Only these systems' prefixes, a name after the colon; not in a code
// span (`{dede:field.title/}` in a note on the site's templates), not a form's placeholder ({姓名}, {PAGE}).
const TEMPLATE_TAG = /(?<!`)\{(?:jz|dede|pboot|eyou|pc):[A-Za-z_][\w.]*(?:[ \t][^{}\n`]{0,80})?\/?\}/g;

function templateTags(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  eachMatch(TEMPLATE_TAG, text, (m) => found.push({ start: m.index, end: m.index + m[0].length }));
  return found;
}

function hasTemplateTags(line: Line): number {
  return line.kind === 'text' && line.text.indexOf(':') > 0 && line.text.indexOf('{') >= 0 && templateTags(line.text).length ? 1 : 0;
}

/** {jz:field.toptypename/}: one finding per line, whose fix deletes the tags. */
function reportTemplateTags(context: RuleContext<Found>): void {
  const { doc } = context;
  for (const l of linesWith(doc, 'template-tags', hasTemplateTags)) {
    const tags = templateTags(doc.lines[l].text);
    const edits: TextEdit[] = tags.map((t) => ({ range: lineRange(l, t.start, t.end), newText: '' }));
    const data = { text: excerpt(doc.lines[l].text.slice(tags[0].start, tags[0].end), 32), count: tags.length };
    context.report({ message: 'templateTag', data, range: edits[0].range, fix: { title: 'fixTemplateTags', edits } });
  }
}

/** 1 when the line model found a Word field's instruction on the line, else 0. */
function hasFieldCode(line: Line): number {
  return line.damage?.some((d) => d.kind === 'field-code') ? 1 : 0;
}

/**
 * Word field codes (PAGEREF _Toc… \h, MERGEFIELD 姓名), one finding per run of lines that hold them (a table of contents
 * copied with its codes is one), whose fix deletes each code with a space beside it.
 */
function reportFieldCodes(context: RuleContext<Found>): void {
  const { doc } = context;
  const facts = doc.lineFacts('field-code', hasFieldCode);
  let run: { line: number; start: number; end: number }[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const [first] = run;
    const firstText = doc.lines[first.line].text;
    // The anchor the fix deletes, where it holds no text (not [income]{#_Ref… .anchor}, whose text stays).
    const anchor = pandocAnchor(firstText, first.start, first.end);
    const shown = anchor?.text === '' ? anchor : first;
    const text = excerpt(firstText.slice(shown.start, shown.end).trim(), 40);
    const many = run.length > 1;
    const footers = new Set(run.map(({ line }) => line).filter((line) => pageFooter(doc.lines[line])));
    const edits: TextEdit[] = [...footers].map((line) => footerDeletion(doc.lines, line));
    for (const { line, start, end } of run) {
      if (footers.has(line)) continue;
      const t = doc.lines[line].text;
      // []{#_Toc48213 .anchor}: Pandoc's anchor for a Word bookmark goes whole (its text kept, [一、总体情况]{#_Toc… .anchor}).
      const anchor = pandocAnchor(t, start, end);
      if (anchor) {
        edits.push({ range: lineRange(line, anchor.start, anchor.end), newText: anchor.text });
        continue;
      }
      // With one of the spaces around it: 一、主要工作 PAGEREF _Toc… \h 1 → 一、主要工作 1; HYPERLINK \l "…" 三、… → 三、…;
      // with the space before a mark after it: dated { DATE }, and → dated, and
      const before = start > 0 && t[start - 1] === ' ' && (end === t.length || t[end] === ' ' || /[,.;:)]/.test(t[end]));
      const after = !before && t[end] === ' ' && (start === 0 || /\s/.test(t[start - 1]));
      // 致 MERGEFIELD 学校名称 ：请… → 致：请…: no space is left before a full-width mark.
      const mark = before && t[end] === ' ' && /[，。；：、？！]/.test(t[end + 1] ?? '');
      edits.push({ range: lineRange(line, before ? start - 1 : start, after || mark ? end + 1 : end), newText: '' });
    }
    context.report({
      message: many ? 'fieldCodes' : 'fieldCode',
      data: { text, count: run.length },
      range: lineRange(first.line, first.start, first.end),
      fix: { title: many ? 'fixFieldCodes' : 'fixFieldCode', data: { count: run.length }, edits },
      related: run.slice(1).map(({ line, start, end }) => ({ range: lineRange(line, start, end), message: 'sameFieldCode' })),
    });
    run = [];
  };
  let last = -1;
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === 0) {
      // A line of text without a code ends the run; blank lines do not.
      if (run.length && doc.lines[i].kind !== 'blank') flush();
      continue;
    }
    if (last >= 0 && i - last > 3) flush();
    for (const d of doc.lines[i].damage!) if (d.kind === 'field-code') run.push({ line: i, start: d.start, end: d.end });
    last = i;
  }
  flush();
}

/** A Pandoc attribute block holding an id: {#_Toc48213 .anchor}, {#_Ref12345}, {#scope .unnumbered}. */
const ATTRIBUTES = /^\{#[^\s{}]{1,80}(?:[ \t]+[^{}\n]{0,80})?\}$/;

/**
 * The Pandoc anchor or span around a field code the line model found in its id (`[]{#_Toc48213 .anchor}`,
 * `[一、总体情况]{#_Ref12345}`, a heading's ` {#_Toc48213}`), and what it is replaced with (its text, or nothing); or
 * undefined where the code is not in one. Deleting the id alone would leave `[]{# .anchor}` behind.
 */
function pandocAnchor(t: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  const open = t.lastIndexOf('{', start);
  if (open < 0 || start - open > 2 || t[open + 1] !== '#') return undefined;
  const close = t[end - 1] === '}' ? end - 1 : t.indexOf('}', end);
  if (close < 0 || close - end > 80 || !ATTRIBUTES.test(t.slice(open, close + 1))) return undefined;
  if (t[open - 1] === ']') {
    const bracket = t.lastIndexOf('[', open - 1);
    if (bracket < 0 || open - bracket > 200 || t.slice(bracket + 1, open - 1).includes(']')) return undefined;
    return { start: bracket, end: close + 1, text: t.slice(bracket + 1, open - 1) };
  }
  // A heading's attributes go with the space before them: ## 二、主要做法 {#_Toc48213} → ## 二、主要做法.
  const from = open > 0 && t[open - 1] === ' ' ? open - 1 : open;
  return { start: from, end: close + 1, text: '' };
}

/** What a page footer says around its fields: Page { PAGE } of { NUMPAGES }, 第 { PAGE } 页 共 { NUMPAGES } 页. */
const FOOTER_WORDS = /^[\s\-—–/|]*(?:(?:Page|of|第|共|页|頁)[\s\-—–/|]*)+$/i;

/** A footer's line copied with its codes shown: the codes (masked out of its prose) and words about pages, nothing else. */
function pageFooter(line: Line): boolean {
  return FOOTER_WORDS.test(line.prose) && /Page|第|页|頁/i.test(line.prose);
}

/** The footer's line deleted with its line break (the blank line after it too, where one is before it). */
function footerDeletion(lines: readonly Line[], line: number): TextEdit {
  let end = line + 1;
  if (line > 0 && lines[line - 1].kind === 'blank') while (end < lines.length && lines[end].kind === 'blank') end++;
  if (end < lines.length) return { range: { start: { line, character: 0 }, end: { line: end, character: 0 } }, newText: '' };
  const from = line > 0 ? { line: line - 1, character: lines[line - 1].text.length } : { line, character: 0 };
  return { range: { start: from, end: { line, character: lines[line].text.length } }, newText: '' };
}

/**
 * 200名[A1]。, Appendix C [JS1].: the anchor of a Word comment, the commenter's initials and the comment's number, as a
 * copy or a conversion of a draft with comments writes it. Right after text, not before a link's target ([CC0](…),
 * [HM1][guide]) or as a definition's label ([A1]: …); a citation is a number alone ([1]). A Chinese commenter's
 * initial is one character (62.3万亩[张1]); a note or a figure is no commenter ([注1], [图2], [解读1]).
 */
const COMMENT_ANCHOR = /(?<=[\p{L}\p{N})）”’.,;:。，；：])( ?)\[(?:[A-Z]{1,3}|(?![注图表例附见式题文条款项页卷号第甲乙丙丁])\p{sc=Han})\d{1,2}\](?![([:])/gu;

function reportCommentAnchors(context: UnitContext, paragraph: Paragraph, markup: Set<number> | undefined): void {
  for (const m of matchesOf(paragraph.text, COMMENT_ANCHOR)) {
    const start = m.index! + m[1].length;
    // The anchor that opens a balloon's line ([A1] Comment: …) is reported with its line.
    if (markup?.has(rangeIn(paragraph, start, start + 1).start.line)) continue;
    const end = m.index! + m[0].length;
    const text = paragraph.text.slice(start, end);
    context.report({
      message: 'commentAnchor',
      data: { text },
      range: rangeIn(paragraph, start, end),
      fix: { title: 'fixCommentAnchor', data: { text }, edits: [{ range: rangeIn(paragraph, m.index!, end), newText: '' }] },
    });
  }
}

/**
 * A line of Word's markup, as a copy of a document shown with its tracked changes and comments (or its conversion to
 * text) writes the balloons in the margin: Deleted: …, Inserted: …, Formatted: Font: 12 pt, Not Bold, Formatted Table,
 * Comment [JS1]: …, Commented [JS1]: …, [A1] Comment: …; 删除的内容: …, 已删除: …, 带格式的: 字体: (默认) 仿宋, 设置了格式: …,
 * 批注 [A1]: …, [A1] 批注: …. The label opens the line and a colon follows it (Formatted: names a format: Font, Indent,
 * Space…, 字体, 缩进…); not the words in a sentence (Deleted items are listed…, 删除的内容较多的文件, 带格式的文件须…,
 * Formatted: the report was formatted…), nor a Markdown link's definition ([A2]: https://…).
 */
const MARKUP_LINE = new RegExp(
  [
    String.raw`^(?:Deleted|Inserted|Moved \((?:insertion|deletion)\)|Moved (?:up|down))\s?:\s?\S`,
    String.raw`^Formatted(?: Table\s*$|\s?:\s?(?:Font|Indent|Space|Line spacing|Justified|Centered|Centred|Left|Right|Normal|Heading|List|Bulleted|Numbered|Outline|Highlight|Not |Tab stops|Border|Pattern|Keep|Don't|English|Superscript|Subscript|Underline|Body Text|Caption|No bullets|Widow|Default|Style))`,
    String.raw`^Comment(?:ed)? ?\[[A-Z]{1,4}\d{1,3}\]\s?:`,
    String.raw`^\[[A-Z]{1,4}\d{1,3}\] ?(?:Comment|Note|批注|注释)\s?[:：]`,
    String.raw`^(?:删除的内容|已删除|插入的内容|已插入|已移动(?:\(插入\)|\(删除\))?|移动的内容)\s?[:：]\s?\S`,
    String.raw`^(?:带格式表格\s*$|(?:带格式的|设置了格式|已设置格式)\s?[:：]\s?(?:字体|缩进|段落|行距|两端对齐|居中|左|右|正文|标题|列表|项目符号|编号|突出显示|非加粗|加粗|首行缩进|间距|字符间距|底纹|边框|表格|默认|样式|字体颜色|下划线|上标|下标))`,
    String.raw`^批注 ?\[(?:[A-Z]{1,4}|[\u4e00-\u9fff]{1,3})\d{1,3}\]\s?[:：]`,
  ].join('|'),
);
/** What may open a markup line: tested first, so that most lines cost one character's look. */
const MARKUP_FIRST = new Set(['D', 'I', 'M', 'F', 'C', '[', '删', '已', '插', '移', '带', '设', '批']);

/** The lines of the paragraph that are Word's markup, each reported (its fix deletes the line); undefined for none. */
function reportMarkupLines(context: UnitContext, paragraph: Paragraph): Set<number> | undefined {
  let found: Set<number> | undefined;
  for (const segment of paragraph.segments) {
    const text = paragraph.text.slice(segment.offset, segment.offset + segment.length);
    const at = text.length - text.trimStart().length;
    if (segment.column > 0 || !MARKUP_FIRST.has(text[at])) continue;
    const line = text.slice(at).trimEnd();
    if (!MARKUP_LINE.test(line)) continue;
    (found ??= new Set()).add(segment.line);
    const range = rangeIn(paragraph, segment.offset + at, segment.offset + at + line.length);
    context.report({
      message: 'markupLine',
      data: { text: excerpt(line, 40) },
      range,
      fix: {
        title: 'fixMarkupLine',
        edits: [{ range: { start: { line: segment.line, character: 0 }, end: { line: segment.line + 1, character: 0 } }, newText: '' }],
      },
    });
  }
  return found;
}

/** 国办发„2009‟3号: a document number's year between the low and high quotes its 〔〕 became; 号 after the number. */
const DOCUMENT_NUMBER = /„((?:19|20)\d\d)[‟”] ?\d{1,4}号/g;

function reportDocumentNumbers(context: UnitContext, paragraph: Paragraph): void {
  for (const m of matchesOf(paragraph.text, DOCUMENT_NUMBER)) {
    const year = m[1];
    const start = m.index!;
    const range = rangeIn(paragraph, start, start + year.length + 2);
    // The agency's code before it (国办发, 湘政办发): text, not a quotation's opening.
    const before = paragraph.text.slice(Math.max(0, start - 6), start);
    if (!/[\u4e00-\u9fff]$/.test(before)) continue;
    context.report({
      message: 'documentNumber',
      data: { year, text: excerpt(before.replace(/^.*[（(，,、：:\s]/, '') + m[0], 30) },
      range,
      fix: { title: 'fixDocumentNumber', data: { year }, edits: [{ range, newText: `〔${year}〕` }] },
    });
  }
}

export default rule;

function accepts(entry: Entry, text: string, at: number): boolean {
  const end = at + entry.artifact.length;
  if (entry.contexts && !entry.contexts.some((s) => fits(s, text, at, end))) return false;
  return !entry.unless.some((s) => fits(s, text, at, end));
}

function fits(s: Surround, text: string, at: number, end: number): boolean {
  return text.startsWith(s.before, at - s.before.length) && at >= s.before.length && text.startsWith(s.after, end);
}

function report(context: UnitContext, { paragraph, start, entry }: Hit): void {
  const range = rangeIn(paragraph, start, start + entry.artifact.length);
  const data = { artifact: entry.artifact, intended: entry.intended };
  context.report({ message: 'artifact', data, range, fix: { title: 'fix', edits: [{ range, newText: entry.intended }] } });
}
