/**
 * punctuation — 标点误用 / Punctuation slips
 *
 * What: a mark typed twice (。。 ，， ；； ：： ！！ ？？ and a mixed pair such as ，。; 、、 too, which often means an item
 * was dropped, and a list that ends with its 、 at the end of a line too long to be a page's wrapped line, 70 characters
 * or more (居前5位的病种是：淋病（2941例）、病毒性肝炎（2240例）、肺结核（1693例）、 then the next paragraph); in English, officers,, bringing and determination.. Revenue and 62% complete;; the remaining, and two sentences run together with no space after
 * the full stop: important.The most, until 2011.In 2012, at school.Parents were, up from 1,900.Demand peaked (a
 * capitalised word, then a small one, after a sentence of three words or more; not Prof.Jones, St.Mary, vs.Chelsea,
 * Node.js, config.Timeout, nor in a paragraph about code), and the numbers of a list in one paragraph run into their items:
 * Cabinet noted: 1.1The issuance … 1.2The financial position, one finding for the paragraph), and half-width marks in Chinese text where GB/T 15834 uses the full-width ones: , ; : ? !
 * between Chinese characters, ( ) around Chinese words or around a section number the text points at (见第三部分第(二)项),
 * straight quotes "…" around Chinese text, and a decimal point typed as a middle dot before a percentage (上涨1·8%). The fix puts
 * the full-width mark (and reduces a doubled mark to one). A space typed before a mark: in English before a comma,
 * semicolon or full stop (in 2025/26 , down 2.1%; the service , which; March 2026 . Three), in Chinese before a full-width
 * mark after a Chinese character (达到93%以上 。, 统一部署和要求 ，我局); one finding per line, whose fix deletes the spaces. A space typed
 * around a figure in Chinese text (比上年增加 86 人, 每人每月 168 元; one before a figure a Chinese mark closes: 上升至
 * 95.8%，) in a document that writes its figures against the
 * Chinese (at least 20 times, and ten times as often as with a space): one finding per line, whose fix deletes them. A space typed
 * inside a pair: English brackets around English (( the year to 31 March ), (2.4% of pay costs )) and Chinese quotes
 * (“ 双减 ”); one finding per line, whose fix deletes the spaces. A line with many half-width marks (text pasted from
 * a converter) gives one finding for the line, whose fix changes them all. Half-width brackets or straight quotes
 * used throughout a document that never uses the full-width ones (a law database's house style: (以下简称…), (一)), or
 * used at least ten times and nine times as often as the full-width ones (a results page's 82 items "(14499 积分)" beside
 * four （状元）), are a convention: one finding for the document, as information, whose fix changes them all; a few stray
 * half-width ones in a full-width text are still reported line by line.
 * Why: 工作,取得 and 成效，，下一步 are the first things a reader of an official document notices.
 * Not: a shorter line ending with 、 (a PDF's or a hard-wrapped text's line broken inside a list, also with a blank line
 * after it: …真实性、准确性、 / 完整性，…), a heading's numeral alone (一、), numbers (1.5, 3,420, 10:30, 1:500), list markers ((1), a), (一)), URLs, e-mail addresses, code, English
 * text and English inside Chinese (使用 Python (3.11), 支持React,Vue), a mark after an English quotation in curly
 * quotes (more “serious deficiencies”;), the middle dot of a dated event or a foreign name (“5·12”汶川地震, 马克斯·韦伯), Markdown syntax (links, emphasis,
 * tables, images), emoticons (^_^), …… and ——, ？！ (a question asked with force) and ！！ or ？？ in quotation marks, text garbled by an
 * encoding round trip (its ? marks are lost characters), a line of a chart's data labels from a PDF (男, 51.1%女, 48.9%); in English, an ellipsis ..., ../path, 1..10, (a,,b), dotted names (io.Writer, e.g.The, www.example.com) and code; a
 * number run into a word once in a paragraph (paragraph 3.2The), a unit or an amount (1.5Mbps, 1.2Million), a section (1.3A);
 * before a mark, a space in a number (1 ,200), after a closing bracket ((3%) .), after an address or a file name
 * (donate.html ,), a version number spaced like the Latin words around it (openEuler 24.03 LTS 正式发布了 0.1 版本, 在 1.14.0 和
 * 1.15.10 版本之前, 内核 6.6 版本; a date with dots, 于 2024.9.15 召开, is a figure), a figure spaced in a document that spaces many (每亩 2000 元以上, 31 米×30米: a PDF's style) or on a
 * line spaced throughout (《 人民日报 》（ 2023年01月09日 11 版）), after a word a value follows (The rate was , compared…: a lost value, for missing-value), in code
 * (find . -name, %x61-7A ; of a grammar), a Markdown link's bracket ([Egress Traffic Control],), a Latin word before a
 * full-width mark (PR ，), a space after a mark (深化。 深入); inside a pair, an empty pair (( ), “ ”: empty-pair's), a full
 * stop before the closing quote (位置。 ”), code (`f( x )`), an emoticon (:)), letter-spaced text (a PDF cover's
 * E M B A R G O ( C A N B E R R A T I M E )); a colon and a mark after a name's or a telephone's label (联系人：，
 * 联系电话：。: the value was dropped, missing-value's finding). No spacing rules between Chinese and Latin letters
 * or digits: official documents do not use them.
 *
 * 检查：标点重复（。。 ，， ；； ：： ！！ ？？及“，。”这类混用；“、、”常常是漏了一项；70字以上的长行以“、”结尾的列举（……肺结核（1693例）、 后另起一段）也是漏了一项或多了顿号，较短的行以“、”结尾多是PDF或硬换行在列举中间断行，不报；英文里的 ,,、;; 和句末 ..，以及英文两句之间句号后漏了空格：important.The most、at school.Parents were（大写开头的词后接小写词；Prof.Jones、St.Mary、vs.Chelsea、Node.js、config.Timeout 及讲代码的段落不报）；一段里同一列表的编号与其后的词连写：Cabinet noted: 1.1The issuance … 1.2The financial position，整段报一处），以及中文里按 GB/T 15834 应使用
 * 全角而用了半角的标点：汉字之间的 , ; : ? !，括住中文或正文所指编号（见第三部分第(二)项）的 ( )，括住中文的直引号 "…"，以及百分数中误作小数点的间隔号（上涨1·8%）。修复改为全角标点（重复的
 * 只留一个）。标点前多打的空格：汉字后、全角标点前（达到93%以上 。、统一部署和要求 ，我局），英文逗号、分号、句号前（2025/26 , down），每行报一处，修复删去空格。中文里数字两侧多打的空格（比上年增加 86 人、每人每月 168 元；后接中文标点的数字前的空格：上升至 95.8%，），仅在全文数字与汉字之间一般不加空格时（至少20处，且为加空格数字的10倍以上）报告，每行报一处，修复删去空格；像两侧英文词一样加空格的版本号（正式发布了 0.1 版本、在 1.14.0 和 1.15.10 版本之前、内核 6.6 版本；用点分隔的日期“于 2024.9.15 召开”仍是数字）、全文多处加空格的（PDF体例：每亩 2000 元以上）及整行加空格的（《 人民日报 》（ 2023年01月09日 11 版））不报。成对符号内侧多打的空格：括住英文的英文括号（( the year to 31 March )）、中文引号（“ 双减 ”），每行报一处，修复删去空格。一行里有多处半角标点（转换工具粘贴来的文字）时，整行报一处，修复一并改正。全文一律用半角括号或直引号、
 * 从不用全角的（法规数据库的体例：(以下简称…)、(一)），或半角至少10处且为全角9倍以上的（成绩页82条“(14499 积分)”、全角只有4处），视为全文体例，只在全文报一处“提示”，修复一并改正；全角为主的文稿中零星的半角仍逐行报告。
 * 原因：公文里的“工作,取得”“成效，，下一步”最先被读者看到。
 * 不报：数字（1.5、3,420、10:30、1:500）、列表编号（(1)、a)、(一)）、网址、邮箱、代码、英文及中文里的英文
 * （使用 Python (3.11)、支持React,Vue）、英文弯引号引文后的标点（more “serious deficiencies”;）、事件名和外国人名中的间隔号（“5·12”汶川地震、马克斯·韦伯）、Markdown 语法、表情符号、……和——、？！（加强语气的反问）与引号中的！！、？？、
 * 乱码段落，PDF 图表的数据标签行（男, 51.1%女, 48.9%），数字中的空格（1 ,200）、英文单词后全角标点前的空格（PR ，）、标点后的空格（深化。 深入）、空的括号或引号、闭引号前句号后的空格（位置。 ”）、逐字加空格的英文行内括号中的空格（E M B A R G O ( C A N B E R R A T I M E )）、姓名或电话标签的冒号后紧接标点（联系人：，、联系电话：。，漏填了内容，由missing-value报告）；英文里的省略号 ...、../路径、1..10、(a,,b)、带点的名称（io.Writer、e.g.The、www.example.com）和代码；单独一处连写的编号（paragraph 3.2The）、单位和数额（1.5Mbps、1.2Million）、条款号（1.3A）。不检查汉字与字母、数字之间的空格（公文不加空格）。
 *
 * Bad:  全年新增公办幼儿园1所,增扩班级46个。。
 * Good: 全年新增公办幼儿园1所，增扩班级46个。
 * Bad:  按照"放管服"改革要求(试行)推进
 * Good: 按照“放管服”改革要求（试行）推进
 */

import { isLostIntegerPoint } from '../model/lost-integer';
import { excerpt, isDigit, isHanAt, isHanBefore } from '../model/chars';
import { lostTitleDash } from '../model/mojibake';
import { rangeIn, type Paragraph, type Segment } from '../model/paragraphs';
import { deferEdits } from '../deferred-edits';
import { LastResult } from '../last-result';
import { codeTable, eachMatch } from '../patterns';
import { lineRange } from '../ranges';
import type { Rule, RuleContext, UnitContext } from '../rule';
import type { TextEdit } from '../types';
import type { Line } from '../model/lines';
import starters from '../data/sentence-starters.json';
import valueLabels from '../data/missing-value.json';
import { unchangedEnds } from '../sorted';
import { fullWidthUses, mostlyHalfWidth, MOSTLY_MIN } from './punctuation-mostly';

const FULL_WIDTH: Record<string, string> = { '.': '。', ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Marks that are never written twice in a row; a run of them is a slip. */
const DOUBLING = new Set(['。', '，', '、', '；', '：']);
const MARK_RUN = /[。，、；：,]{2,}/g;
/**
 * A label whose value (a person's name, a telephone number, an address) follows its colon: 联系人：，/ 联系电话：。/ 地址：， lost the value
 * (missing-value reports it; the labels are its list, data/missing-value.json).
 */
const VALUE_LABEL_BEFORE = new RegExp(`(?:${[...valueLabels.nameLabels, ...valueLabels.numberLabels, ...valueLabels.fieldLabels].join('|')})$`);
/** ,, .. ,. ., or ;; (englishDoubledMarks): one search instead of five. */
const DOUBLED_EN_MARKS = /[,.][,.]|;;/;
/** , ; : ? ! . by character code. */
// , ; : ? ! . by code: every character of a paragraph is asked (a table read, not a call, in a first lint's interpreter).
const HALF_MARK_CODES = codeTable(',;:?!.');
const CJK_OPENERS = new Set(['“', '‘', '（', '《', '【', '「', '『', '〔']);
const CJK_CLOSERS = new Set(['”', '’', '）', '》', '】', '」', '』', '〕']);
const HAN = /\p{sc=Han}/u;
/** How far back a closing ” or ’ is read for the Chinese that makes it a Chinese quotation. */
const QUOTE_REACH = 40;
/** (1) (一) (a) (iv): a list marker in brackets, even inside a sentence. */
const MARKER_CONTENT = /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z]|[ivxIVX]{1,4})\s*$/;
/** (2023-2025) (3.5%) beside Chinese text: figures in brackets, set like a Chinese bracket. */
const FIGURES_CONTENT = /^[\d.,%～~\-—/ 年月日]*\d[\d.,%～~\-—/ 年月日]*$/;
/** 一.加强, 第二.加强: a Chinese numeral marker, not a sentence end; 工作的.民主化: a stray dot, not a full stop. */
const NUMERAL_MARKER = /(?:^|[^\p{sc=Han}]|第)[一二三四五六七八九十]{1,3}$|[的地得和与及或在对把被将从向为以之]$/u;
/** A draft with at least this many half-width marks, and more of them than full-width ，；：？！ (full stops do not
 * count: an input method often gives 。 and , together), was typed or converted that way throughout: one finding
 * for the document, whose fix changes them all. */
const DOCUMENT_MIN = 10;
/** The full-width marks a Chinese paragraph uses, counted by code (a match array was one string per comma). */
const FULL_MARK_CODES = codeTable('，；：？！');

function countFullMarks(text: string): number {
  let n = 0;
  for (let i = 0, length = text.length; i < length; i++) n += FULL_MARK_CODES[text.charCodeAt(i)];
  return n;
}
const CITATION = /^\s*\[\^?\d{1,3}\]/;
/**
 * Marks whose half-width form a published text may use as its house convention (LawRefBook's laws write
 * (以下简称…) and (一) throughout): used this often, and the full-width form nowhere in the document, the
 * convention gets one finding for the document, as information, whose fix changes them all.
 */
const CONVENTIONS: { shown: string; full: string; fullMarks: string }[] = [
  { shown: '()', full: '（）', fullMarks: '（）' },
  { shown: '"', full: '“”', fullMarks: '“”' },
];
const CONVENTION_MIN = 3;
/** The full-width marks whose use anywhere in a document ends a half-width convention (charactersUsed). */
const CONVENTION_FULL_MARKS = CONVENTIONS.map((c) => c.fullMarks).join('');
/** Farthest a half-width bracket pair may reach (a longer one is not a pair). */
const PAIR_REACH = 200;

/**
 * One slip: where it is, and how to name it in a message. Its edits are read from the paragraph's text when a fix is
 * built (slipEdits): a draft typed with half-width marks has tens of thousands of slips, kept while their paragraphs
 * stand, and an object and a list of edits for each held ≈ 4 MB of the lint worker's heap on a 3 MB draft.
 */
interface Slip {
  start: number;
  end: number;
  shown: string;
  /** Where the fix starts when spaces typed before the mark go with it (部署 ,扎实). */
  from?: number;
}

/**
 * A paragraph's slips as kept with its check's result (the rule cache holds one list per paragraph while it stands):
 * two numbers a slip, its start and a code of its kind, length and `from` (packSlips), not an object a slip — 40,000
 * slip objects and their lists held ≈ 2.6 MB of the lint worker's heap on the 3 MB draft, the numbers ≈ 0.5 MB. The
 * slips are read back as objects (unpackSlips) where findings or summaries are built from them; the document's
 * finding reads the numbers.
 */
type SlipList = number[];

/** What a paragraph has: its full-width marks, and the half-width slips the document decides about. */
interface Marks {
  full: number;
  slips: SlipList;
}

const rule: Rule<Marks> = {
  meta: {
    id: 'punctuation',
    name: { zh: '标点误用', en: 'Punctuation' },
    category: 'copy-residue',
    description: {
      zh: '标点重复（。。、，，），中文里用了半角标点（,、;、:、?、!、()、"…"），英文句号后缺空格（2011.In 2012）',
      en: 'Doubled marks (。。 ，，), half-width marks in Chinese text (, ; : ? ! ( ) "…") where the full-width ones are standard, and English sentences run together (2011.In 2012)',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      doubled: { zh: '删去重复的标点：“{text}”', en: 'Delete the doubled mark: “{text}”' },
      runTogether: { zh: '“{mark}”后缺空格：“{text}”把两句连在了一起', en: 'Missing space after “{mark}”: “{text}” runs two sentences together' },
      mixed: { zh: '标点重复：“{text}”只应保留一个', en: 'Two marks in a row: keep one of “{text}”' },
      dropped: { zh: '连续两个顿号“{text}”：删去一个，或补上漏掉的一项', en: 'Two enumeration commas “{text}”: delete one, or restore the item that was dropped' },
      listEndsOpen: { zh: '列举以顿号结尾：“{text}”后补上漏掉的一项，或把“、”改为句末标点', en: 'The list ends with an enumeration comma: after “{text}” restore the item that was dropped, or end the sentence' },
      ellipsis: { zh: '省略号应为“……”，不用“{text}”', en: 'Write the ellipsis as “……”, not “{text}”' },
      decimalDot: { zh: '小数点误写为间隔号：“{text}”应为“{fixed}”', en: 'Decimal point typed as a middle dot: “{text}”; write “{fixed}”' },
      halfWidth: { zh: '改为全角“{full}”：中文里用了半角“{half}”', en: 'Use the full-width “{full}”: half-width “{half}” in Chinese text' },
      halfWidthQuotes: { zh: '改用全角引号“”：中文里用了直引号"…"', en: 'Use the full-width quotation marks “”: straight quotes "…" around Chinese text' },
      halfWidthBrackets: { zh: '改用全角括号（）：中文里用了半角括号()', en: 'Use the full-width brackets （）: half-width ( ) around Chinese text' },
      halfWidthLine: {
        zh: '改用全角标点：本行中文里有{count}处半角标点（{marks}）',
        en: 'Use full-width punctuation: {count} half-width marks ({marks}) in Chinese text on this line',
      },
      convention: {
        zh: '全文改用全角{full}：中文里一律用了半角{marks}（{count}处），GB/T 15834用全角',
        en: 'Use the full-width {full} throughout: the Chinese text uses half-width {marks} in all {count} places, where GB/T 15834 has full width',
      },
      conventionMostly: {
        zh: '全文改用全角{full}：中文里多用半角{marks}（{count}处，全角仅{fullCount}处），GB/T 15834用全角',
        en: 'Use the full-width {full} throughout: the Chinese text uses half-width {marks} in {count} places and full width in only {fullCount}, where GB/T 15834 has full width',
      },
      fixConvention: { zh: '全文改为全角{full}', en: 'Use {full} throughout' },
      halfWidthDocument: {
        zh: '改用全角标点：全文中文里有{count}处半角标点（{marks}）',
        en: 'Use full-width punctuation: {count} half-width marks ({marks}) in the Chinese text of this document',
      },
      fixDocument: { zh: '全文改用全角标点', en: 'Use full-width marks throughout' },
      fixSpace: { zh: '在“{mark}”后补空格', en: 'Insert a space after “{mark}”' },
      numberedRunTogether: {
        zh: '编号后缺空格：“{text}”等{count}处编号与其后的词连在了一起',
        en: 'Missing space after the item numbers: “{text}” and {more} more run the numbers into their items',
      },
      fixNumberedRunTogether: { zh: '在各编号后补空格', en: 'Insert a space after each item number' },
      spaceBefore: { zh: '删去“{mark}”前的空格：“{text}”', en: 'Delete the space before “{mark}”: “{text}”' },
      spacesBefore: {
        zh: '删去本行{count}处标点前的空格（从“{text}”起）',
        en: 'Delete the spaces before {count} marks on this line (from “{text}”)',
      },
      fixSpaceBefore: { zh: '删去标点前的空格', en: 'Delete the space before the mark' },
      spacedFigure: {
        zh: '删去数字两侧的空格：“{text}”，全文其他数字与汉字之间不加空格',
        en: 'Delete the spaces around the figure: “{text}”; the rest of the document writes figures against the Chinese without spaces',
      },
      fixSpacedFigure: { zh: '删去数字两侧的空格', en: 'Delete the spaces around the figure' },
      spaceInsideBrackets: { zh: '删去括号内侧的空格：“{text}”', en: 'Delete the space inside the brackets: “{text}”' },
      spaceInsideQuotes: { zh: '删去引号内侧的空格：“{text}”', en: 'Delete the space inside the quotation marks: “{text}”' },
      fixSpaceInside: { zh: '删去内侧的空格', en: 'Delete the space inside' },
      fixDoubled: { zh: '只保留一个“{mark}”', en: 'Keep one “{mark}”' },
      fixEllipsis: { zh: '改为“……”', en: 'Change to “……”' },
      fixDecimalDot: { zh: '改为“{fixed}”', en: 'Change to “{fixed}”' },
      fixHalfWidth: { zh: '改为“{full}”', en: 'Change to “{full}”' },
      fixQuotes: { zh: '改为全角引号', en: 'Use full-width quotation marks' },
      fixBrackets: { zh: '改为全角括号', en: 'Use full-width brackets' },
      fixLine: { zh: '本行改用全角标点', en: 'Use full-width marks on this line' },
    },
  },

  scope: 'paragraph',

  // Doubled marks, reported in their paragraph; half-width marks, counted for the document to decide how to report.
  checkParagraph(paragraph, context) {
    if (paragraph.garbled) return;
    const text = paragraph.text;
    doubledMarks(context, paragraph);
    if (text.includes('·') || text.includes('・')) decimalDots(context, paragraph);
    // ,, .. ,. or ., in one search (four includes read the paragraph four times).
    if (DOUBLED_EN_MARKS.test(text)) englishDoubledMarks(context, paragraph);
    runTogether(context, paragraph);
    runTogetherWords(context, paragraph);
    numberedRunTogether(context, paragraph);
    if (text.includes('、')) listEndsOpen(context, paragraph);
    return paragraphMarks(paragraph);
  },

  // What `check` reads of a paragraph: what its check returned (the full-width marks it counts, each slip with where
  // it stands and the edits that fix it, as lines of the paragraph and columns), the full-width brackets and curly
  // quotes on its lines (charactersUsed: a half-width convention holds only while the document has none), and its
  // section numbers in half-width brackets (numeralBrackets). The markers on its lines (numeralBrackets reads those
  // too) are the outline's: a kept check needs the same outline, and with it the same markers. A keystroke in running
  // text changes none of it, and the document's finding (a draft typed with half-width marks throughout, whose fix is
  // built from every paragraph's slips) stands.
  checkSummary(paragraph, lines) {
    let summary = '';
    for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) {
      const text = lines[l].text;
      for (let k = 0; k < CONVENTION_FULL_MARKS.length; k++) if (text.includes(CONVENTION_FULL_MARKS[k])) summary += CONVENTION_FULL_MARKS[k];
    }
    // How many opening full-width marks of a convention its prose holds, as fullWidthUses counts them: a few more or
    // fewer decide whether a half-width convention holds beside them (mostlyHalfWidth).
    for (const convention of CONVENTIONS) {
      const uses = fullWidthUses(lines.slice(paragraph.firstLine, paragraph.lastLine + 1), convention.fullMarks[0]);
      if (uses > 0) summary += `|fw${convention.fullMarks[0]}${uses}`;
    }
    // The spaces typed before marks on its lines (spaceBeforeMarks, read by `check` line by line).
    for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) {
      const line = lines[l];
      if (line.kind !== 'text' || line.damage || line.ruby) continue;
      for (const h of spacesBeforeMarks(line)) summary += `|sb${l - paragraph.firstLine}:${h.start}-${h.end}`;
      for (const h of spacesInsidePairs(line)) summary += `|si${l - paragraph.firstLine}:${h.start}-${h.end}`;
      // The figures set off by spaces and those written against the Chinese (spacedFigures, decided by their counts).
      if (mayHoldZhFigure(line)) summary += `|sf${l - paragraph.firstLine}:${spacedFigureSpans(line).join(',')}/${figureSides(line, ZH_TIGHT_FIGURE)}/${figureSides(line, ZH_LOOSE_FIGURE)}/${figureSides(line, ZH_BOTH_SPACED)}`;
    }
    if (paragraph.garbled) return summary;
    const marks = paragraphMarks(paragraph);
    if (marks) {
      summary += `|${marks.full}`;
      for (const slip of unpackSlips(paragraph.text, marks.slips)) {
        summary += `|${slip.shown}@${placeIn(paragraph, slip.start, slip.end)}`;
        for (const e of slipEdits(paragraph.text, slip)) summary += `>${placeIn(paragraph, e.start, e.end)}=${e.newText}`;
      }
    }
    eachMatch(NUMERAL_IN_BRACKETS, paragraph.text, (m) => {
      if (!REFERENCE_BEFORE.test(paragraph.text[m.index - 1] ?? '')) summary += `|${m[1]}@${placeIn(paragraph, m.index, m.index + m[0].length)}`;
    });
    return summary;
  },

  check(context) {
    spaceBeforeMarks(context);
    spacedFigures(context);
    spaceInsidePairs(context);
    const kept: Kept[] = [];
    let half = 0;
    let full = 0;
    for (const { unit, value } of context.locals) {
      full += value.full;
      if (value.slips.length === 0) continue;
      // No copy: the list as the paragraph's check returned it.
      kept.push({ paragraph: unit as Paragraph, own: value.slips });
      half += value.slips.length / SLIP_SIZE;
    }
    if (half >= DOCUMENT_MIN && half > full) {
      reportDocument(context, kept, half, context.doc.memo);
      return;
    }
    // Read back as objects: a convention's slips are taken off `slips` below by giving it a new list.
    const found: Found[] = kept.map(({ paragraph, own }) => ({ paragraph, slips: unpackSlips(paragraph.text, own) }));
    for (const convention of CONVENTIONS) {
      const slips = found.reduce((n, f) => n + f.slips.filter((s) => s.shown === convention.shown).length, 0);
      // A few full-width ones beside a convention used throughout (82 "(14499 积分)" items, 4 （状元）) end it not.
      const full = slips >= MOSTLY_MIN && context.doc.charactersUsed(convention.fullMarks).size > 0 ? fullWidthUses(context.doc.lines, convention.fullMarks[0]) : 0;
      if (slips === 0 || (context.doc.charactersUsed(convention.fullMarks).size > 0 && !mostlyHalfWidth(slips, full))) continue;
      // The section numbers (一) (二) in the same brackets are uses of the convention too.
      const numbers = convention.shown === '()' ? numeralBrackets(context) : [];
      const uses = slips + numbers.length;
      if (uses < CONVENTION_MIN) continue;
      reportConvention(context, found, convention, uses, numbers, full);
      for (const f of found) f.slips = f.slips.filter((s) => s.shown !== convention.shown);
    }
    for (const { paragraph, slips } of found) if (slips.length) reportByLine(context, paragraph, slips);
  },
};

export default rule;

/** What a paragraph gives `check` (not garbled): its full-width marks and its half-width slips; undefined for none. */
function paragraphMarks(paragraph: Paragraph): Marks | undefined {
  const text = paragraph.text;
  const full = countFullMarks(text);
  // [2] 赵生宇: 如何评价一个开源项目, 2021 — a bibliography entry follows its own style (GB/T 7714).
  if (CITATION.test(text)) return full ? { full, slips: [] } : undefined;
  const marks = halfWidthMarks(text);
  const brackets = halfWidthBrackets(text);
  const quotes = straightQuotes(text);
  // Most paragraphs have none: no arrays joined, filtered and sorted for them.
  const slips = marks.length + brackets.length + quotes.length === 0 ? marks : [...marks, ...brackets, ...quotes]
    .filter(notOnChartLabels(paragraph))
    .sort((a, b) => a.start - b.start);
  return full || slips.length ? { full, slips: packSlips(slips) } : undefined;
}

/** Numbers a slip takes in a SlipList. */
const SLIP_SIZE = 2;
/** A slip's kind in its code (the low two bits): a mark or run of marks (shown as written), a pair of ( ), of ". */
const MARK = 0;
const BRACKETS = 1;
const QUOTES = 2;
const SHOWN_OF_KIND = ['', '()', '"'];

/**
 * Slips as numbers: its start, then a code of its kind (two bits), how far its `from` is before its start (0 for no
 * `from`; at most two spaces: two bits) and its length (the rest). Written to a list of its exact size (a list grown
 * by push keeps up to half as many slots again). Small numbers: held in the list itself, not boxed.
 */
function packSlips(slips: Slip[]): SlipList {
  const out: SlipList = new Array(slips.length * SLIP_SIZE);
  for (let k = 0; k < slips.length; k++) {
    const { start, end, shown, from } = slips[k];
    const kind = shown === '()' ? BRACKETS : shown === '"' ? QUOTES : MARK;
    out[k * SLIP_SIZE] = start;
    out[k * SLIP_SIZE + 1] = kind + 4 * (from === undefined ? 0 : start - from) + 16 * (end - start);
  }
  return out;
}

function slipStart(list: SlipList, k: number): number {
  return list[k * SLIP_SIZE];
}

function slipEnd(list: SlipList, k: number): number {
  return list[k * SLIP_SIZE] + Math.floor(list[k * SLIP_SIZE + 1] / 16);
}

/** What the slip at `k` shows: the marks as written in `text` (the paragraph's), or the pair's name. */
function slipShown(text: string, list: SlipList, k: number): string {
  const kind = list[k * SLIP_SIZE + 1] % 4;
  return kind === MARK ? text.slice(slipStart(list, k), slipEnd(list, k)) : SHOWN_OF_KIND[kind];
}

/** A paragraph's slips as objects again, as its check found them (`text`: the paragraph's). */
function unpackSlips(text: string, list: SlipList): Slip[] {
  const out: Slip[] = [];
  for (let k = 0; k < list.length / SLIP_SIZE; k++) {
    const start = slipStart(list, k);
    const code = list[k * SLIP_SIZE + 1];
    const slip: Slip = { start, end: slipEnd(list, k), shown: slipShown(text, list, k) };
    const back = Math.floor(code / 4) % 4;
    if (back) slip.from = start - back;
    out.push(slip);
  }
  return out;
}

/** Where [start, end) of a paragraph stands, as lines from its first and columns (for checkSummary: no line number). */
function placeIn(paragraph: Paragraph, start: number, end: number): string {
  const range = rangeIn(paragraph, start, end);
  const first = paragraph.firstLine;
  return `${range.start.line - first}:${range.start.character}-${range.end.line - first}:${range.end.character}`;
}

/**
 * 确保各项任务落地见效！！ / 群众满不满意？？: an exclamation or a question mark typed twice. GB/T 15834 lets a literary
 * text double them for strong feeling or doubt, but a report's own sentence never does: one finding, fixed to one mark.
 * Not ？！ (a question asked with force, 谁来监管？！), nor a doubled mark inside quotation marks (a slogan, words quoted
 * as said).
 */
const EXCLAMATION_RUN = /！{2,}|？{2,}/g;

function doubledExclamations(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  eachMatch(EXCLAMATION_RUN, text, (m) => {
    const before = text.slice(0, m.index);
    if (before.lastIndexOf('“') > before.lastIndexOf('”') || before.lastIndexOf('「') > before.lastIndexOf('」')) return;
    reportRun(context, paragraph, m.index, m.index + m[0].length);
  });
}

function doubledMarks(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  if (text.includes('！！') || text.includes('？？')) doubledExclamations(context, paragraph);
  // Only runs of two or more of these marks can hold a doubled one; the regex finds them without a loop per character.
  eachMatch(MARK_RUN, text, (m) => {
    const stop = m.index + m[0].length;
    for (let i = m.index; i < stop - 1; i++) {
      const first = text[i];
      const halfComma = first === ',' && text[i + 1] === ',' && isHanBefore(text, i) && isHanAt(text, i + 2);
      if (!halfComma && !(DOUBLING.has(first) && (DOUBLING.has(text[i + 1]) || (first === '，' && text[i + 1] === ',')))) continue;
      // 联系人：，电话：… / 联系电话：。: the name or number after the label was dropped (missing-value's finding), not a
      // mark typed twice.
      if (first === '：' && i === m.index && VALUE_LABEL_BEFORE.test(text.slice(Math.max(0, i - 8), i))) return;
      reportRun(context, paragraph, i, stop);
      return;
    }
  });
}

/**
 * 上涨1·8% / 下降0・3个百分点: a decimal point typed as a middle dot (间隔号), a figure before a percent sign or
 * 个百分点. Not the middle dot of a dated event (“5·12”汶川地震, “3·15”, “7·20”特大暴雨) or of a foreign name (马克斯·韦伯):
 * no percentage follows those.
 */
const DECIMAL_DOT = /(?<![\d.·・])(\d{1,4})[·・](\d{1,3})(?=\s?(?:[%％‰]|个百分点|個百分點))/g;

function decimalDots(context: UnitContext, paragraph: Paragraph): void {
  eachMatch(DECIMAL_DOT, paragraph.text, (m) => {
    const dot = m.index + m[1].length;
    const range = rangeIn(paragraph, dot, dot + 1);
    const fixed = `${m[1]}.${m[2]}`;
    context.report({
      message: 'decimalDot',
      data: { text: m[0], fixed },
      range: rangeIn(paragraph, m.index, m.index + m[0].length),
      fix: { title: 'fixDecimalDot', data: { fixed }, edits: [{ range, newText: '.' }] },
    });
  });
}

/** A run of two or more commas or full stops, or of semicolons: only these can hold an English doubled mark. */
const EN_MARK_RUN = /[,.]{2,}|;{2,}/g;
/** What an English word, figure or closing mark ends with: the doubled mark follows it. */
const EN_WORD_END = /[A-Za-z0-9%)\]"'’”]/;

/**
 * officers,, bringing and determination.. Revenue: a comma or full stop typed twice after an English word, before a
 * space or the end; 62% complete;; the remaining: a semicolon typed twice before a space (not for(;;), nor a shell
 * case's ;; ending its line). Not ... (an ellipsis), ../path, 1..10, (a,,b) or 1,,2.
 */
function englishDoubledMarks(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  eachMatch(EN_MARK_RUN, text, (m) => {
    // sector.,, / officers,. Revenue: marks of both kinds run together, typed by mistake (not e.g., after an
    // abbreviation's full stop: a comma then a stop, or three marks with a comma among them).
    const mixed = m[0] === ',.' || (m[0].length === 3 && m[0].includes(',') && m[0].includes('.'));
    if (m[0] !== ',,' && m[0] !== '..' && m[0] !== ';;' && !mixed) return;
    // in February ,, and nine: a space typed before the doubled mark too — one slip, fixed with it.
    const spaced = / {1,2}$/.exec(text.slice(Math.max(0, m.index - 2), m.index))?.[0].length ?? 0;
    const before = text[m.index - 1 - spaced] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (!EN_WORD_END.test(before) || !(after === '' || /\s/.test(after)) || (m[0] === ';;' && after === '')) return;
    if (spaced && (mixed || !/[A-Za-z]/.test(before))) return;
    if (mixed) {
      context.report({ message: 'mixed', data: { text: m[0] }, range: rangeIn(paragraph, m.index, m.index + m[0].length) });
      return;
    }
    const range = rangeIn(paragraph, m.index - spaced, m.index + 2);
    const mark = m[0][0];
    context.report({ message: 'doubled', data: { text: spaced ? wordBefore(text, m.index - spaced) + text.slice(m.index - spaced, m.index + 2) : m[0], mark }, range, fix: { title: 'fixDoubled', edits: [{ range, newText: mark }] } });
  });
}

/** The word a spaced doubled mark follows (February in "February ,,"), up to 12 characters of it. */
function wordBefore(text: string, end: number): string {
  let from = end;
  while (from > 0 && end - from < 12 && !/\s/.test(text[from - 1])) from--;
  return text.slice(from, end);
}

/** .The ?In !We: a sentence's mark followed at once by a word that opens a sentence (data/sentence-starters.json). */
const RUN_TOGETHER = new RegExp(`[.?!](?:${starters.starters.join('|')})(?=[ ,])`, 'g');
/** What the word before the mark ends with in a sentence: a word, a year, a percentage, a closing bracket or quote. */
const SENTENCE_END = /(?:[a-z]{2}|\d{4}|\d%|[a-z][)”’"])$/;
/** delivered by the OPFCC.As we continue, (CCGs).The: a whole word of capitals (an acronym) ends a sentence too; U.S.,
 * e.g., README.md and gov.uk hold a dot or are no acronym before a starter (miss44). */
const ACRONYM_END = /^[(“‘"]?[A-Z]{2,6}s?[)”’"]?$/;
/**
 * Section 3.The, see paragraph 12.In: a section's number ends the sentence that names it (a figure's or a table's
 * number opens a caption, Figure 3.The results: no sentence before it); 3.2.The is a version or a subsection.
 */
const SECTION_NUMBER = /^\d{1,3}[a-z]?$/;
const SECTION_WORD = /(?:^|[\s(])(?:section|chapter|part|article|appendix|annex|schedule|paragraph|clause|page|phase|stage|volume|regulation|recommendation)s? $/i;
/** The longest word read back from the mark. */
const TOKEN_MAX = 40;
/** A token with these in it is a name, an address or code (e.g.The, example.com/In, `x.In`), not a sentence. */
const NAME_MARKS = /[./@:\\`_=<>]/;

/**
 * school.Parents were, week.Patients said: a lower-case word, a full stop or a question mark, then a capitalised word
 * that is no sentence starter of the list but goes on with a lower-case word — two sentences run together where a
 * copy lost the space. Not an abbreviation (Prof.Jones, St.Mary, vs.Chelsea, et al.Annual: a capital or a word of
 * ABBREVIATIONS before the mark), a name with dots (Node.js, www.x.org, v1.2), nor a setting or a code's name
 * (config.Timeout, called main.Run: a word of CODE_WORDS just before).
 */
const RUN_TOGETHER_WORD = /[.?]([A-Z][a-z]{2,})(?=,? [a-z]{2,})/g;
/** RUN_TOGETHER_WORD for a second search inside the first one's visit. */
const RUN_TOGETHER_HEADS = new RegExp(RUN_TOGETHER_WORD.source, 'g');
const LOWER_WORD = /^[a-z]{3,}$/;
/** A paragraph about code (io.Writer instead of WriterCloser, `x`, f()): its dotted names are no sentences run together. */
const CODE_SIGNS = /`|\w\(\)|\b[A-Z][a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z]+\.[A-Za-z]+\.[A-Za-z]/;
/** The words of a sentence before a full stop run into the next one: a sentence, not a name's first part (Use io.Writer). */
const SENTENCE_WORDS_MIN = 3;
/** 1,900.Demand peaked, 2016.Results were, 35%.Parents said: a figure, a year or a percentage ends the sentence. */
const FIGURE_END = /^(?:\d{1,3}(?:,\d{3})+|\d{4}|\d{1,3}(?:\.\d{1,2})?%)$/;
/** Figure 2016.Results: a caption's or a section's number opens what follows it. */
const CAPTION_WORD = /(?:^|[\s(])(?:figure|fig|table|chart|graph|box|note|item|section|chapter|part|article|appendix|annex|schedule|paragraph|clause|page|phase|stage|volume|regulation|recommendation|step|no)s?\.? $/i;
const ABBREVIATIONS = new Set(['al', 'vs', 'cf', 'viz', 'approx', 'incl', 'esp', 'ca', 'eg', 'ie', 'fig', 'figs', 'no', 'nos', 'vol', 'vols', 'pp', 'ed', 'eds', 'dept', 'est', 'govt', 'st', 'mt', 'dr', 'mr', 'mrs', 'ms', 'prof', 'messrs', 'apt', 'ave', 'rd', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'bros', 'nr', 'op', 'ref', 'refs', 'sec', 'para', 'paras', 'ch', 'art', 'arts', 'ibid', 'resp']);
const CODE_WORDS = /\b(?:called|named|set|sets|class|method|function|field|property|key|variable|module|object|file|setting|option|package|namespace|attribute|parameter|column|table|script|stored|saved|exported|folder|sheet|tab|dataset)\s+(?:\S+\s+)?$/i;

const STARTERS = new Set(starters.starters);

/** How often each word stands before a dot and a capitalised word in a paragraph (results.Final, results.Draft). */
function headsOf(text: string): Map<string, number> {
  const heads = new Map<string, number>();
  eachMatch(RUN_TOGETHER_HEADS, text, (m) => {
    let start = m.index;
    while (start > 0 && m.index - start <= TOKEN_MAX && !/\s/.test(text[start - 1])) start--;
    const token = text.slice(start, m.index).replace(/^[(“‘"]/, '');
    heads.set(token, (heads.get(token) ?? 0) + 1);
  });
  return heads;
}

/** The words before `at` in its sentence, counted back to a sentence's end or a colon, up to the minimum. */
function wordsBefore(text: string, at: number): number {
  let words = 0;
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) {
    const c = text[i];
    if ('.!?:;。！？；：'.includes(c) && (i + 1 >= text.length || /\s/.test(text[i + 1]))) break;
    if (/\s/.test(c) && i > 0 && !/\s/.test(text[i - 1])) {
      words++;
      if (words >= SENTENCE_WORDS_MIN - 1) return words;
    }
  }
  return words;
}

function runTogetherWords(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  let code: boolean | undefined;
  let heads: Map<string, number> | undefined;
  let inCode: ((at: number) => boolean) | undefined;
  eachMatch(RUN_TOGETHER_WORD, text, (m) => {
    // The listed starters are runTogether's.
    if (STARTERS.has(m[1])) return;
    let start = m.index;
    while (start > 0 && m.index - start <= TOKEN_MAX && !/\s/.test(text[start - 1])) start--;
    const token = text.slice(start, m.index).replace(/^[(“‘"]/, '');
    const figure = FIGURE_END.test(token);
    if (figure ? CAPTION_WORD.test(text.slice(Math.max(0, start - 16), start)) : !LOWER_WORD.test(token) || ABBREVIATIONS.has(token)) return;
    if (CODE_WORDS.test(text.slice(Math.max(0, start - 40), start))) return;
    // results.Final and results.Draft: one name's parts, the same head before each dot.
    if (!figure && (heads ??= headsOf(text)).get(token)! > 1) return;
    if (wordsBefore(text, start) < SENTENCE_WORDS_MIN - 1 || (code ??= CODE_SIGNS.test(text))) return;
    if ((inCode ??= codeSpans(text))(m.index)) return;
    reportRunTogether(context, paragraph, m, start);
  });
}

/**
 * important.The most, until 2011.In 2012: no space after a sentence's full stop (or ? !) before the next sentence —
 * text copied from a PDF or typed in haste. The word before must end like a sentence (a word of two lower-case
 * letters, a year, a percentage, a closing mark) and hold no dot, slash or @ (e.g.The, example.com); not in code.
 */
function runTogether(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  let inCode: ((at: number) => boolean) | undefined;
  eachMatch(RUN_TOGETHER, text, (m) => {
    // The word before, read back to a space — at most TOKEN_MAX characters (a longer run is no word: junk, a URL).
    let start = m.index;
    while (start > 0 && m.index - start <= TOKEN_MAX && !/\s/.test(text[start - 1])) start--;
    if (m.index - start > TOKEN_MAX) return;
    const token = text.slice(start, m.index);
    const section = SECTION_NUMBER.test(token) && SECTION_WORD.test(text.slice(Math.max(0, start - 16), start));
    if (!(SENTENCE_END.test(token) || ACRONYM_END.test(token) || section) || NAME_MARKS.test(token)) return;
    if ((inCode ??= codeSpans(text))(m.index)) return;
    reportRunTogether(context, paragraph, m, start);
  });
}

/**
 * Whether an offset lies in a code span: backticks counted once along the paragraph, for offsets asked in order (an odd
 * count before it opens a span).
 */
function codeSpans(text: string): (at: number) => boolean {
  let ticks = 0;
  let nextTick = text.indexOf('`');
  return (at) => {
    while (nextTick !== -1 && nextTick < at) {
      ticks++;
      nextTick = text.indexOf('`', nextTick + 1);
    }
    return ticks % 2 === 1;
  };
}

/** The finding of two sentences run together at the mark `m` matched, the word before it starting at `start`. */
function reportRunTogether(context: UnitContext, paragraph: Paragraph, m: RegExpExecArray, start: number): void {
  const text = paragraph.text;
  const mark = m[0][0];
  const range = rangeIn(paragraph, m.index, m.index + m[0].length);
  const at = rangeIn(paragraph, m.index + 1, m.index + 1);
  context.report({
    message: 'runTogether',
    data: { mark, text: text.slice(Math.max(start, m.index - 12), m.index + m[0].length) },
    range,
    fix: { title: 'fixSpace', data: { mark }, edits: [{ range: at, newText: ' ' }] },
  });
}

/**
 * A numbered item run into its first word (1.1The issuance, (3.1)Its terms): a list of resolutions set in one
 * paragraph whose spaces after the numbers were lost in a copy from a decision page or a PDF.
 */
const NUMBERED_RUN_ON = /(?<=^|[\s:;,])(\(?)(\d{1,2})\.(\d{1,2})(\)?)([A-Z][a-z]{2,})(?=[\s,’'])/g;
/** A = I: an item whose first word is one capital (1.3A further report), counted only beside items found by the above. */
const NUMBERED_RUN_ON_LETTER = /(?<=^|[\s:;,])(?<!(?:[Ss]ections?|[Pp]aragraphs?|[Cc]lauses?|[Aa]rticles?|[Rr]egulations?|[Rr]ules?|\bs\.) )(\d{1,2})\.(\d{1,2})([AI])(?= (?!(?:of|and|or|to|in|as|is|was|which|that)\b)[a-z])/g;
/** Words that follow a figure without a space and are no item's first word: units, amounts, versions. */
const NOT_AN_ITEM = /^(?:[KMGT]bps|Million|Billion|Thousand|Trillion|Hundred|Alpha|Beta|Final|Preview|Plus|Pro|Max|Mini|Lite)$/;

/**
 * Cabinet noted: 1.1The issuance … 1.2The financial position …: the numbers of a list run into their items. Only two
 * or more of one list (the same first number, the second counting up) in the paragraph: one such number alone may be a
 * reference (paragraph 3.2The…) and is left; a unit (1.5Mbps), an amount (1.2Million), a section (1.3A) and code are
 * not items. One finding for the paragraph, whose fix puts a space after each number.
 */
function numberedRunTogether(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  if (text.includes('`') || !/\d\.\d{1,2}\)?[A-Z]/.test(text)) return;
  const items: { index: number; at: number; major: string; minor: number }[] = [];
  eachMatch(NUMBERED_RUN_ON, text, (m) => {
    if ((m[1] === '(') !== (m[4] === ')') || NOT_AN_ITEM.test(m[5])) return;
    items.push({ index: m.index, at: m.index + m[0].length - m[5].length, major: m[2], minor: Number(m[3]) });
  });
  let list = items.filter((item) => item.major === items[0]?.major);
  if (list.length < 2) return;
  // 1.3A further, between 1.2The and 1.4Commissioners’: one capital alone may be a section (1.3A), so only inside a list.
  const major = list[0].major;
  eachMatch(NUMBERED_RUN_ON_LETTER, text, (m) => {
    if (m[1] === major && !list.some((item) => item.minor === Number(m[2]))) list.push({ index: m.index, at: m.index + m[0].length - 1, major, minor: Number(m[2]) });
  });
  list = list.sort((a, b) => a.index - b.index);
  if (!list.every((item, i) => i === 0 || item.minor > list[i - 1].minor)) return;
  const first = list[0];
  const end = text.indexOf(' ', first.at);
  context.report({
    message: 'numberedRunTogether',
    data: { text: text.slice(first.index, end === -1 ? text.length : end), count: String(list.length), more: String(list.length - 1) },
    range: rangeIn(paragraph, first.index, first.at),
    fix: { title: 'fixNumberedRunTogether', edits: list.map((item) => ({ range: rangeIn(paragraph, item.at, item.at), newText: ' ' })) },
  });
}

/** Spaces, then a mark no space goes before: the candidates spaceBeforeMarks reads. */
const SPACE_BEFORE = /(?<! ) {1,2}[,;.。，；：、？！]/g;
/** What an English word, figure or percentage ends with. */
const EN_BEFORE = /[A-Za-z0-9%]/;
/** A plain word, a figure, a percentage or a year's span: what a slip's space follows. */
const EN_TOKEN = /^(?:[A-Za-z][a-z'’-]*|[A-Z]{2,6}|[£$€]?\d[\d,.]*(?:%|m|bn)?|\d{4}\/\d{2,4})$/;
/** Words after which a sentence goes on with a value or a name: a mark after them stands where one was lost. */
const VALUE_BEFORE = /^(?:was|were|is|are|be|been|of|to|by|at|in|on|for|with|from|the|a|an|and|or|than|about|reached|totalled|totaled)$/i;
/** What opens the next English word after a comma or semicolon and its space. */
const EN_AFTER = /[A-Za-z0-9£$€"“‘(]/;
/** A token that is an address or a file name (www.example.org/donate.html, a@b.org, C:\dir), not a word. */
const ADDRESS = /[@\\`=<>]|:\/\/|^www\.|\.[A-Za-z]{2,5}$/;

/**
 * 2025/26 , down 2.1% / the service , which / bacteraemia ; both / March 2026 . Three / 93%以上 。 / 要求 ，我局: a space
 * typed before a comma, semicolon or full stop, after an English word or figure and before the next word (a full stop:
 * before a capital or the line's end), or after a Chinese character before a full-width mark. Read line by line on the
 * text as written (a Markdown link's ] or a code span masked out of the prose is no space), which lines hold one kept
 * per line (lineFacts); one finding per line, whose fix deletes the spaces. Not a number (1 ,200, 3 , 4), a closing
 * bracket's mark ((3%) .), a file or an address (donate.html ,), code (find . -name, `a , b`), a Latin word before a
 * full-width mark (PR ，: spaces set Latin off in Chinese), a space after a mark (深化。 深入).
 */
function spaceBeforeMarks(context: RuleContext<Marks>): void {
  const { doc } = context;
  const facts = doc.lineFacts('space-before-mark', (line) => (line.kind === 'text' && !line.damage && !line.ruby && spacesBeforeMarks(line).length ? 1 : 0));
  for (let l = 0; l < facts.length; l++) {
    if (facts[l] === 0) continue;
    const line = doc.lines[l];
    const hits = spacesBeforeMarks(line);
    const text = line.text;
    const first = hits[0];
    const mark = text[first.end - 1];
    let from = first.start;
    while (from > 0 && first.start - from < 8 && !/\s/.test(text[from - 1])) from--;
    context.report({
      message: hits.length > 1 ? 'spacesBefore' : 'spaceBefore',
      data: { mark, text: text.slice(from, first.end), count: hits.length },
      range: lineRange(l, first.start, first.end),
      fix: { title: 'fixSpaceBefore', edits: hits.map((h) => ({ range: lineRange(l, h.start, h.end - 1), newText: '' })) },
    });
  }
}

/** A Chinese line with a figure in it: the only lines spacedFigures reads. */
const ZH_FIGURE_HINT = /\p{sc=Han}[ ]?\d|\d%?[ ]?\p{sc=Han}/u;
/**
 * 比上年增加 86 人, 每人每月 168 元: a figure between Chinese characters with a space on each side; 上升至 95.8%，: one
 * after a Chinese character with a space before it, closed by a Chinese mark. Not an item's number after a space
 * (一、天气气候特征 1、温度：…: a page whose paragraphs were run into one line, each item starting after a space).
 */
const ZH_SPACED_FIGURE = /(?<=\p{sc=Han}) (?!\d{1,2}、\p{sc=Han})(\d+(?:[.,]\d+)*%?)(?: (?=\p{sc=Han})|(?=[，。；：、）]))/gu;
/**
 * A version number, a Latin token that a text spacing its Latin words from the Chinese spaces too (openEuler 24.03 LTS
 * 正式发布了 0.1 版本, 在 1.14.0 和 1.15.10 版本之前, 内核 6.6 版本): two dots or more (1.14.0), or a decimal with 版本 or 内核
 * beside it. No figure: its spacing is the Latin words', not a count's.
 */
const VERSION_DOTS = /^\d+\.\d+\.\d+/;
/** 2024.9.15: a date written with dots, a figure like 2024年9月15日. */
const DOTTED_DATE = /^(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}$/;
const VERSION_AFTER = /^ ?(?:版本|内核|內核)/;
const VERSION_BEFORE = /(?:版本|内核|內核)$/;

function isVersion(prose: string, m: RegExpExecArray): boolean {
  const figure = m[1];
  if (VERSION_DOTS.test(figure)) return !DOTTED_DATE.test(figure);
  if (!figure.includes('.')) return false;
  const end = m.index + m[0].length;
  return VERSION_AFTER.test(prose.slice(end, end + 3)) || VERSION_BEFORE.test(prose.slice(Math.max(0, m.index - 2), m.index));
}

/** A figure spaced on both sides: one figure, where ZH_LOOSE_FIGURE counts two sides. */
const ZH_BOTH_SPACED = /(?<=\p{sc=Han}) \d+(?:[.,]\d+)*%? (?=\p{sc=Han})/gu;
/** 增加86人: a figure written against the Chinese, each side counted. */
const ZH_TIGHT_FIGURE = /\p{sc=Han}\d|\d%?\p{sc=Han}/gu;
/** 增加 86人, 2293 平方米: a figure set off from the Chinese by a space, each side counted. */
const ZH_LOOSE_FIGURE = /\p{sc=Han} \d|\d%? \p{sc=Han}/gu;
/** 《 人民日报 》（ 2023年01月09日 11 版）: a line spaced throughout (a space against a Chinese bracket or title mark) is its own style. */
const SPACED_CJK_PAIR = /[《“（【] | [》”）】]/;
/** Figures written against the Chinese in a document, at least, before a spaced one is a slip… */
const TIGHT_FIGURES_MIN = 20;
/** …and this many times the figures set off by a space (a PDF that spaces every figure, or many, is its own style). */
const TIGHT_FIGURES_RATIO = 10;

function mayHoldZhFigure(line: Line): boolean {
  return line.kind === 'text' && !line.damage && !line.ruby && ZH_FIGURE_HINT.test(line.prose);
}

/** The columns of the figures set off by spaces between Chinese characters on a line (the first space of each). */
function spacedFigureSpans(line: Line): number[] {
  const found: number[] = [];
  if (!line.prose.includes(' ') || SPACED_CJK_PAIR.test(line.prose)) return found;
  eachMatch(ZH_SPACED_FIGURE, line.prose, (m) => {
    if (line.text.slice(m.index, m.index + m[0].length) === m[0] && !isVersion(line.prose, m)) found.push(m.index);
  });
  return found;
}

function figureSides(line: Line, pattern: RegExp): number {
  let n = 0;
  eachMatch(pattern, line.prose, () => {
    n++;
  });
  return n;
}

/**
 * 比上年增加 86 人 in a draft that writes 增加612人 everywhere else: spaces typed (or left by a converter) around a
 * figure in Chinese text. The document decides: only where its figures are written against the Chinese at least
 * TIGHT_FIGURES_MIN times (each side counted) and TIGHT_FIGURES_RATIO times the figures set off by a space (a PDF that
 * spaces every figure, 每亩 2000 元以上, or many, 31 米×30米, is its own style); not on a line spaced throughout
 * (《 人民日报 》（ 2023年01月09日 11 版）). One finding per line, on its first; the fix deletes the spaces of every one on the line.
 */
function spacedFigures(context: RuleContext<Marks>): void {
  const { doc } = context;
  const spaced = doc.lineFacts('zh-spaced-figures', (line) => (mayHoldZhFigure(line) ? Math.min(255, spacedFigureSpans(line).length) : 0));
  let spacedCount = 0;
  for (let l = 0; l < spaced.length; l++) spacedCount += spaced[l];
  if (spacedCount === 0) return;
  const tight = doc.lineFacts('zh-tight-figures', (line) => (mayHoldZhFigure(line) ? Math.min(255, figureSides(line, ZH_TIGHT_FIGURE)) : 0));
  const loose = doc.lineFacts('zh-loose-figures', (line) => (mayHoldZhFigure(line) ? Math.min(255, figureSides(line, ZH_LOOSE_FIGURE)) : 0));
  const both = doc.lineFacts('zh-both-spaced-figures', (line) => (mayHoldZhFigure(line) ? Math.min(255, figureSides(line, ZH_BOTH_SPACED)) : 0));
  let tightCount = 0;
  let looseCount = 0;
  // A figure spaced on both sides is one figure, not two sides.
  for (let l = 0; l < tight.length; l++) {
    tightCount += tight[l];
    looseCount += loose[l] - both[l];
  }
  if (tightCount < TIGHT_FIGURES_MIN || tightCount < TIGHT_FIGURES_RATIO * looseCount) return;
  for (let l = 0; l < spaced.length; l++) {
    if (spaced[l] === 0) continue;
    const line = doc.lines[l];
    const edits: TextEdit[] = [];
    let shown = '';
    let firstEnd = 0;
    eachMatch(ZH_SPACED_FIGURE, line.prose, (m) => {
      if (line.text.slice(m.index, m.index + m[0].length) !== m[0] || isVersion(line.prose, m)) return;
      const end = m.index + m[0].length;
      edits.push({ range: lineRange(l, m.index, m.index + 1), newText: '' });
      if (m[0].endsWith(' ')) edits.push({ range: lineRange(l, end - 1, end), newText: '' });
      if (!shown) {
        shown = line.prose.slice(Math.max(0, m.index - 2), Math.min(line.prose.length, end + 2));
        firstEnd = end;
      }
    });
    if (edits.length === 0) continue;
    context.report({ message: 'spacedFigure', data: { text: shown }, range: { start: edits[0].range.start, end: lineRange(l, firstEnd, firstEnd).end }, fix: { title: 'fixSpacedFigure', edits } });
  }
}

/** The spaces typed before a mark on one line (see spaceBeforeMarks), as [start, end) with the mark last. */
function spacesBeforeMarks(line: Line): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  const { text, prose } = line;
  if (!text.includes(' ')) return hits;
  eachMatch(SPACE_BEFORE, prose, (m) => {
    const end = m.index + m[0].length;
    const mark = prose[end - 1];
    const before = m.index > 0 ? prose[m.index - 1] : '';
    // What the prose shows must be what was written: no masked ] or code before the space, the spaces typed.
    if (text[m.index - 1] !== before || text.slice(m.index, end) !== m[0]) return;
    const after = prose[end] ?? '';
    if (mark === ',' || mark === ';' || mark === '.') {
      if (!EN_BEFORE.test(before)) return;
      if (mark === '.') {
        if (!(after === ' ' ? /[A-Z]/.test(prose[end + 1] ?? '') || prose.trimEnd().length === end : after === '')) return;
      } else if (after !== ' ' || !EN_AFTER.test(prose[end + 1] ?? '')) return;
      if (isDigit(before) && isDigit(prose[end + 1] ?? '')) return;
      let start = m.index;
      while (start > 0 && m.index - start <= TOKEN_MAX && !/\s/.test(text[start - 1])) start--;
      const token = text.slice(start, m.index);
      // A word, a figure, a percentage or a year's span (2025/26); not code (%x61-7A ;) nor an address (donate.html ,).
      if (!EN_TOKEN.test(token) || ADDRESS.test(token)) return;
      // The rate was , compared with… / on behalf of the . October: a value or a name lost there (missing-value).
      if (VALUE_BEFORE.test(token)) return;
      if (inCode(text, m.index)) return;
    } else if (!isHanBefore(prose, m.index)) return;
    hits.push({ start: m.index, end });
  });
  return hits;
}

/** ( the year to 31 March 2026 ), “ 双减 ”: a pair with its content and the spaces typed inside it. */
const BRACKET_PAIR = /\(( *)([^()\n]*?)( *)\)/g;
const QUOTE_PAIR = /“( *)([^“”\n]*?)( *)”/g;
/** What English content starts and ends with when a space inside its brackets is a slip. */
const EN_PAIR_START = /^[A-Za-z0-9£$€]/;
/** Single letters or digits each one space apart, three or more (C A N B E R R A): letter-spaced text. */
const LETTER_SPACED = /^[A-Za-z0-9](?: [A-Za-z0-9.:,'’-]){2,}$/;
/** A run of four such letters or digits outside the brackets too (E M B A R G O, 2 0 1 4). */
const LETTER_SPACED_RUN = /(?:^|\s)[A-Za-z0-9.:](?: [A-Za-z0-9.:]){3,}(?=\s|$)/;
const EN_PAIR_END = /[A-Za-z0-9%.'’]$/;
/** What Chinese content in quotes starts and ends with (a full stop before ” keeps its space: 位置。 ”). */
const HAN_CHAR = /\p{sc=Han}/u;
const ZH_PAIR_EDGE = /[\p{sc=Han}A-Za-z0-9]/u;

interface InsideHit {
  start: number;
  end: number;
  /** The spaces typed inside, as [start, end) pairs of the line. */
  spaces: [number, number][];
  quotes: boolean;
}

/**
 * ( the year to 31 March 2026 ), (2.4% of pay costs ), “ 双减 ”: spaces typed inside a pair of English brackets around
 * English, or inside Chinese quotes, against the text (a PDF's justified line, a hurried typist). One finding per line,
 * whose fix deletes the spaces. Not an empty pair (the box ( ) to tick, “ ” to fill in), content that ends with a full
 * stop before the closing quote (位置。 ”), code (`f( x )`), Chinese in half-width brackets (halfWidthBrackets' work).
 */
function spaceInsidePairs(context: RuleContext<Marks>): void {
  const { doc } = context;
  const facts = doc.lineFacts('space-inside-pair', (line) => (line.kind === 'text' && !line.damage && !line.ruby && spacesInsidePairs(line).length ? 1 : 0));
  for (let l = 0; l < facts.length; l++) {
    if (facts[l] === 0) continue;
    const line = doc.lines[l];
    const hits = spacesInsidePairs(line);
    const first = hits[0];
    const data = { text: excerpt(line.text.slice(first.start, first.end), 40) };
    const edits: TextEdit[] = [];
    for (const h of hits) for (const [a, b] of h.spaces) edits.push({ range: lineRange(l, a, b), newText: '' });
    context.report({ message: first.quotes ? 'spaceInsideQuotes' : 'spaceInsideBrackets', data, range: lineRange(l, first.start, first.end), fix: { title: 'fixSpaceInside', data, edits } });
  }
}

/** The pairs of one line with spaces typed inside them (see spaceInsidePairs). */
function spacesInsidePairs(line: Line): InsideHit[] {
  const hits: InsideHit[] = [];
  const { text, prose } = line;
  if (!text.includes(' ')) return hits;
  if (text.includes('( ') || text.includes(' )')) {
    eachMatch(BRACKET_PAIR, prose, (m) => {
      const [whole, lead, content, trail] = m;
      if (!lead && !trail) return;
      if (!content || HAN_CHAR.test(content) || text.slice(m.index, m.index + whole.length) !== whole) return;
      if (lead && !EN_PAIR_START.test(content)) return;
      if (trail && !EN_PAIR_END.test(content)) return;
      if (inCode(text, m.index)) return;
      // E M B A R G O : 1 1 . 3 0 A M ( C A N B E R R A T I M E ): a letter-spaced line (a PDF's cover in spaced
      // capitals); the spaces inside the brackets are its letter spacing, not a slip.
      if (LETTER_SPACED.test(content) && LETTER_SPACED_RUN.test(prose.slice(0, m.index) + ' ' + prose.slice(m.index + whole.length))) return;
      const spaces: [number, number][] = [];
      if (lead) spaces.push([m.index + 1, m.index + 1 + lead.length]);
      if (trail) spaces.push([m.index + whole.length - 1 - trail.length, m.index + whole.length - 1]);
      hits.push({ start: m.index, end: m.index + whole.length, spaces, quotes: false });
    });
  }
  if (text.includes('“ ') || text.includes(' ”')) {
    eachMatch(QUOTE_PAIR, prose, (m) => {
      const [whole, lead, content, trail] = m;
      if (!lead && !trail) return;
      if (!content || text.slice(m.index, m.index + whole.length) !== whole) return;
      if (lead && !ZH_PAIR_EDGE.test(content[0])) return;
      if (trail && !ZH_PAIR_EDGE.test(content[content.length - 1])) return;
      // English in curly quotes keeps its own spacing rules only when the line is Chinese.
      if (!HAN_CHAR.test(content) && !isHanBefore(prose, m.index) && !HAN_CHAR.test(prose[m.index + whole.length] ?? '')) return;
      const spaces: [number, number][] = [];
      if (lead) spaces.push([m.index + 1, m.index + 1 + lead.length]);
      if (trail) spaces.push([m.index + whole.length - 1 - trail.length, m.index + whole.length - 1]);
      hits.push({ start: m.index, end: m.index + whole.length, spaces, quotes: true });
    });
    hits.sort((a, b) => a.start - b.start);
  }
  return hits;
}

/** Whether an odd number of backticks stands before `at` in the paragraph: inside a code span. */
function inCode(text: string, at: number): boolean {
  let ticks = 0;
  for (let i = text.indexOf('`'); i !== -1 && i < at; i = text.indexOf('`', i + 1)) ticks++;
  return ticks % 2 === 1;
}

/**
 * A list that ends with its enumeration comma where the paragraph or its line ends (居前5位的病种是：淋病（2941例）、
 * 病毒性肝炎（2240例）、肺结核（1693例）、 then the next paragraph): the last item was dropped, or the mark is left over.
 * A list: two 、 in the line's last sentence, the one at its end after an item (not a heading's numeral alone, 一、).
 * Only a line of 70 characters or more, longer than a page's line: a PDF or a hard-wrapped text breaks its lines
 * inside lists (…预防、 / 保健为一体…), also with a blank line between them (…真实性、准确性、 / (blank) / 完整性，…), so
 * a short line ending with 、 says nothing. Nor a line of a paragraph whose next line goes on with the list, its first
 * clause holding another 、 (a hard-wrapped Markdown item: …显式 object 继承、 / super() 函数中不必要的参数、compat.py文件）、…),
 * unless that line opens an item or heading of its own. Not a table's row.
 */
const LIST_LINE_MIN = 70;
/** A line that opens an item, a heading or a labelled line of its own: 一、 （二） 3. * - 附件. */
const LINE_OPENS_ITEM = /^\s*(?:[*+•·#>-]|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|第[一二三四五六七八九十\d]{1,3}[条章节部分]|附件)/;
/** The next line of the paragraph goes on with the list: its first clause holds another 、 and it opens no item. */
function listGoesOn(line: string): boolean {
  const clause = /^[^，。；：！？,;]*/.exec(line)![0];
  return clause.includes('、') && !LINE_OPENS_ITEM.test(line);
}

function listEndsOpen(context: UnitContext, paragraph: Paragraph): void {
  if (paragraph.tableHeader) return;
  const { text, segments } = paragraph;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const piece = text.slice(seg.offset, seg.offset + seg.length).trimEnd();
    if (!piece.endsWith('、') || piece.trim().length < LIST_LINE_MIN) continue;
    // A hard-wrapped Markdown item whose next line goes on with the list (…显式 object 继承、 / super() 函数中…): the
    // line break is a wrap, not the list's end — unless the next line opens an item of its own.
    const next = segments[k + 1];
    if (next && listGoesOn(text.slice(next.offset, next.offset + next.length))) continue;
    const end = piece.length - 1;
    const sentence = piece.slice(Math.max(piece.lastIndexOf('。', end), piece.lastIndexOf('；', end), piece.lastIndexOf('！', end), piece.lastIndexOf('？', end)) + 1, end);
    if (!sentence.includes('、')) continue;
    const item = sentence.slice(sentence.lastIndexOf('、') + 1);
    if (!/[\p{sc=Han}）)”》%\d]$/u.test(item) || /^\s*[（(]?[一二三四五六七八九十\d]{1,3}[）)]?\s*$/.test(item)) continue;
    const last = item.slice(Math.max(item.lastIndexOf('，'), item.lastIndexOf('：'), item.lastIndexOf(',')) + 1);
    const shown = last.length > 12 ? `…${last.slice(-12)}、` : `${last}、`;
    context.report({ message: 'listEndsOpen', data: { text: shown }, range: rangeIn(paragraph, seg.offset + end, seg.offset + end + 1) });
  }
}

function reportRun(context: UnitContext, paragraph: Paragraph, start: number, end: number): void {
  const run = paragraph.text.slice(start, end);
  const first = run[0];
  const range = rangeIn(paragraph, start, end);
  const same = [...run].every((c) => c === first || (first === '，' && c === ',') || (first === ',' && c === ','));
  const mark = first === ',' ? '，' : first;
  if (first === '。' && same && run.length >= 3) {
    context.report({ message: 'ellipsis', data: { text: run }, range, fix: { title: 'fixEllipsis', edits: [{ range, newText: '……' }] } });
  } else if (first === '、' && same) {
    context.report({ message: 'dropped', data: { text: run }, range });
  } else if (same) {
    context.report({ message: 'doubled', data: { text: run, mark }, range, fix: { title: 'fixDoubled', edits: [{ range, newText: mark }] } });
  } else {
    context.report({ message: 'mixed', data: { text: run }, range });
  }
}

/** 男, 51.1%女, 48.9%: a line of a chart's data labels (category, value) as a PDF's text layer gives them. */
const CHART_LABELS = /^(?:[\p{sc=Han}A-Za-z]{1,12}, ?\d{1,3}(?:\.\d+)?%\s*){1,12}$/u;

/**
 * A filter of the slips that do not stand on a line holding nothing but a chart's data labels (such a mark is the
 * chart's, not the text's). Each line of the paragraph is tested once, not once per slip (thousands on a draft whose
 * Chinese text has half-width commas throughout).
 */
function notOnChartLabels(paragraph: Paragraph): (slip: Slip) => boolean {
  const onLabels = new Map<Segment, boolean>();
  return (slip) => {
    const at = slip.start;
    const segment = paragraph.segments.find((s) => at >= s.offset && at < s.offset + s.length);
    if (segment === undefined) return true;
    let on = onLabels.get(segment);
    if (on === undefined) onLabels.set(segment, (on = CHART_LABELS.test(paragraph.text.slice(segment.offset, segment.offset + segment.length).trim())));
    return !on;
  };
}

/** , ; : ? ! with Chinese on both sides (or a Chinese sentence ending). */
function halfWidthMarks(text: string): Slip[] {
  const slips: Slip[] = [];
  // A loop over character codes, not a regex: the marks are frequent (every decimal point), and each match would be
  // one call into the regex engine.
  for (let i = 0, n = text.length; i < n; i++) {
    if (HALF_MARK_CODES[text.charCodeAt(i)] !== 1) continue;
    const slip = halfWidthMark(text, i);
    if (slip) slips.push(slip);
  }
  return slips;
}

function halfWidthMark(text: string, i: number): Slip | undefined {
  const ch = text[i];
  if (text[i - 1] === ch) return undefined; // ?? or ...: a run, judged by its first mark
  if (ch === ',' && (text[i + 1] === ',' || text[i - 1] === '，')) return undefined; // a doubled mark
  // 真的吗?? and 好!!: the run goes full-width as a whole.
  let stop = i + 1;
  if (ch === '?' || ch === '!') while (stop < text.length && stop - i < 8 && (text[stop] === '?' || text[stop] === '!')) stop++;
  let right = stop;
  while (right < text.length && right - stop < 2 && text[right] === ' ') right++;
  // 部署 ,扎实 / 如下 : — a space typed before the mark, after Chinese: the fix takes it away with the mark.
  let left = i;
  if (ch !== '.') while (left > 0 && i - left < 2 && text[left - 1] === ' ') left--;
  if (!chineseBefore(text, i) && !(left < i && isHanBefore(text, left))) return undefined;
  if (!chineseAfter(text, right, ch)) return undefined;
  if (isDigit(text[i - 1] ?? '') && isDigit(text[right] ?? '')) return undefined; // 50,000公里: a number
  if (ch === '?' && lostTitleDash(text, i)) return undefined; // 《…指引第1号?规范运作》: a lost dash, garbled-text's
  // 工作.现将, 有效.3月, 100%. and 工作. at the end: a full stop; 1.5, 总结.docx, 一.加强 and 等... are not.
  if (ch === '.' && !fullStop(text, i, right)) return undefined;
  // The spaces typed after it go with it in the fix (slipEdits), and those typed before it after Chinese.
  // `from` set after, not spread in (an object spread per slip was most of this reader's time).
  const slip: Slip = { start: i, end: stop, shown: text.slice(i, stop) };
  if (left < i && !chineseBefore(text, i)) slip.from = left;
  return slip;
}

/**
 * The edits that fix a slip of a paragraph whose text is `text`. A half-width mark (or a run of ? and !) goes
 * full-width with the spaces typed after it, up to two (区, 旨在 → 区，旨在), unless they end the text; a pair of
 * brackets or straight quotes goes full-width mark by mark (withSpaces).
 */
function slipEdits(text: string, slip: Slip): { start: number; end: number; newText: string }[] {
  const { start, end, shown } = slip;
  if (shown === '()') return [withSpaces(text, start, '（'), withSpaces(text, end - 1, '）')];
  if (shown === '"') return [withSpaces(text, start, '“'), withSpaces(text, end - 1, '”')];
  let right = end;
  while (right < text.length && right - end < 2 && text[right] === ' ') right++;
  // 满不满意?? goes to one ？ (a doubled one is a slip of its own, doubledExclamations'); ?! stays ？！.
  const newText = end === start + 1 ? FULL_WIDTH[shown] : [...shown].map((c) => FULL_WIDTH[c]).join('').replace(/([？！])\1+/g, '$1');
  return [{ start: slip.from ?? start, end: right < text.length ? right : end, newText }];
}

function fullStop(text: string, i: number, right: number): boolean {
  const before = text[i - 1] ?? '';
  // A closing mark after Chinese (“…规范”.) — curly quotes close English quotations too (“…fitness”.).
  const closes = (CJK_CLOSERS.has(before) && isHanBefore(text, i - 1)) || before === '%' || (before === ')' && closesChinese(text, i - 1));
  if (!(isHanBefore(text, i) || closes) || text[i + 1] === '.') return false;
  if (NUMERAL_MARKER.test(text.slice(Math.max(0, i - 5), i))) return false;
  // 达到.6万人: the point of a decimal that lost its whole part (missing-value's), no full stop.
  if (isDigit(text[i + 1] ?? '') && isLostIntegerPoint(text, i)) return false;
  return right >= text.length || isHanAt(text, right) || CJK_OPENERS.has(text[right]) || (isDigit(text[right]) && before !== '%');
}

/** The ) at `at` closes a bracket with Chinese in it: (见附件2). — not (see above). */
function closesChinese(text: string, at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= PAIR_REACH; j--) {
    if (text[j] === '(') return HAN.test(text.slice(j + 1, at));
    if (text[j] === ')') return false;
  }
  return false;
}

const FIGURE_CHARACTER = /[\d.%]/;
/** The mark follows Chinese: a Han character, a closing Chinese mark, or a figure set in Chinese text (3人,6人 / 5.2%,高于). */
function chineseBefore(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && (text[j - 1] === '*' || text[j - 1] === '_')) j--; // **重点**: — Markdown emphasis
  if (isHanBefore(text, j)) return true;
  // ）》】 close Chinese only; ” and ’ close English quotations too (more “serious deficiencies”;): Chinese when there
  // is Chinese in the stretch the quotation closes (“放管服”; “AI”; after 发展).
  const closer = text[j - 1] ?? '';
  if (CJK_CLOSERS.has(closer)) return (closer !== '”' && closer !== '’') || HAN.test(text.slice(Math.max(0, j - 1 - QUOTE_REACH), j - 1));
  if (text[j - 1] === '"' && isHanBefore(text, j - 1)) return true; // "单元整体教学",共 — a straight closing quote
  if (text[j - 1] === ')' && closesChinese(text, j - 1)) return true; // (见附件2). — a bracket of Chinese
  if (!(isDigit(text[j - 1] ?? '') || text[j - 1] === '%')) return false;
  let k = j - 1;
  while (k > 0 && FIGURE_CHARACTER.test(text[k - 1]) && j - k < 24) k--;
  return isHanBefore(text, k);
}

function chineseAfter(text: string, at: number, mark: string): boolean {
  if (at >= text.length) return true;
  const next = text[at];
  if (isHanAt(text, at) || CJK_OPENERS.has(next)) return true;
  if (next === '"' && isHanAt(text, at + 1)) return true;
  if ((mark === '?' || mark === '!') && CJK_CLOSERS.has(next)) return true;
  // 纪录,6人 — but 时间:2022-03-30 and 比例为3:2 are left alone; 时限:2024年 is a Chinese date after a colon.
  if (mark === ':') return /^\d{1,4}[年月日]/.test(text.slice(at, at + 5));
  return (mark === ',' || mark === ';' || mark === '.') && isDigit(next);
}

/** ( ) around Chinese words, or around figures set between Chinese words. */
function halfWidthBrackets(text: string): Slip[] {
  const slips: Slip[] = [];
  let open = text.indexOf('(');
  while (open >= 0) {
    let close = -1;
    for (let j = open + 1; j < text.length && j - open <= PAIR_REACH; j++) {
      if (text[j] === '(' || text[j] === '（' || text[j] === '）') break;
      if (text[j] === ')') {
        close = j;
        break;
      }
    }
    if (close < 0) {
      open = text.indexOf('(', open + 1);
      continue;
    }
    const content = text.slice(open + 1, close);
    const chinese = HAN.test(content);
    const figures = FIGURES_CONTENT.test(content) && isHanBefore(text, open) && (close + 1 >= text.length || isHanAt(text, close + 1) || /[，。；、：]/.test(text[close + 1]));
    // 见第三部分第(二)项: a section number in running text, pointed at by 第 or 见, is a bracket of the text (the
    // markers at the start of the lines, (一) (1), are the outline's).
    const reference = NUMERAL_CONTENT.test(content) && REFERENCE_BEFORE.test(text.slice(Math.max(0, open - 1), open));
    if (((chinese || figures) && !MARKER_CONTENT.test(content)) || reference) {
      slips.push({ start: open, end: close + 1, shown: '()' });
    }
    open = text.indexOf('(', close + 1);
  }
  return slips;
}

const NUMERAL_IN_BRACKETS = /\(([一二三四五六七八九十]{1,3})\)/g;
/** A section number in brackets: (二), (12). */
const NUMERAL_CONTENT = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/;
/** What points at a section number in running text: 第(二)项, 见(三). */
const REFERENCE_BEFORE = /^[第见見]$/;

/**
 * (一) (十二) in half-width brackets: the section numbers at the start of lines and the references to them in the
 * text (第(三)项), which punctuation does not report one by one. The edits that make each full-width.
 */
function numeralBrackets(context: RuleContext): TextEdit[][] {
  const out: TextEdit[][] = [];
  for (const paragraph of context.doc.paragraphs) {
    if (paragraph.garbled) continue;
    eachMatch(NUMERAL_IN_BRACKETS, paragraph.text, (m) => {
      // 第(三)项 is a slip of the paragraph (halfWidthBrackets): its edit is made there.
      if (REFERENCE_BEFORE.test(paragraph.text[m.index - 1] ?? '')) return;
      const close = m.index + m[0].length - 1;
      out.push([
        { range: rangeIn(paragraph, m.index, m.index + 1), newText: '（' },
        { range: rangeIn(paragraph, close, close + 1), newText: '）' },
      ]);
    });
  }
  for (const m of context.doc.markers) {
    const close = m.text.indexOf(')');
    if (m.kind !== 'cn-paren' || !m.text.startsWith('(') || close < 0) continue;
    out.push([
      { range: lineRange(m.line, m.start, m.start + 1), newText: '（' },
      { range: lineRange(m.line, m.start + close, m.start + close + 1), newText: '）' },
    ]);
  }
  return out;
}

/**
 * The edit that puts a full-width opening or closing mark at `at`, taking with it the spaces that set the
 * half-width mark off (活动 (计划) → 活动（计划）): a full-width mark carries its own space.
 */
function withSpaces(text: string, at: number, mark: string): { start: number; end: number; newText: string } {
  let start = at;
  let end = at + 1;
  if (mark === '（' || mark === '“') while (start > 0 && text[start - 1] === ' ') start--;
  else while (end < text.length && text[end] === ' ' && isHanAt(text, skipSpaces(text, end))) end++;
  // A run of spaces longer than one is masked markup in the prose ([name](url) (14499 积分): the link's target), not
  // spaces typed: the fix keeps it.
  if (at - start > 1) start = at;
  if (end - at > 2) end = at + 1;
  return { start, end, newText: mark };
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

/** "…" around Chinese text: pairs of straight quotes, in order, when the paragraph has an even number of them. */
function straightQuotes(text: string): Slip[] {
  const at: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) at.push(i);
  if (at.length < 2 || at.length % 2 === 1) return [];
  const slips: Slip[] = [];
  for (let k = 0; k + 1 < at.length; k += 2) {
    const [open, close] = [at[k], at[k + 1]];
    const content = text.slice(open + 1, close);
    // <a title="说明">: an attribute, not a quotation; 和""重要思想: nothing quoted, which empty-pair reports.
    if (text[open - 1] === '=' || /[“”<>]/.test(content) || content.trim() === '') continue;
    // "3·15" between Chinese words is a Chinese quotation too; "OK" and "Python" are left alone.
    const between = isHanBefore(text, open) && isHanAt(text, close + 1) && !/[A-Za-z]/.test(content);
    if (!HAN.test(content) && !between) continue;
    slips.push({ start: open, end: close + 1, shown: '"' });
  }
  return slips;
}

function shownMarks(slips: Slip[]): string {
  return [...new Set(slips.map((s) => (s.shown === '"' ? '""' : s.shown)))].join(' ');
}

const marksRead = new WeakMap<SlipList, string[]>();

/** The marks a paragraph's slips show, in order of first use (`text`: the paragraph's). */
function marksOf(text: string, list: SlipList): string[] {
  const shown = new Set<string>();
  for (let k = 0; k < list.length / SLIP_SIZE; k++) {
    const s = slipShown(text, list, k);
    shown.add(s === '"' ? '""' : s);
  }
  const marks = [...shown];
  marksRead.set(list, marks);
  return marks;
}

/** A paragraph's slips, as objects (the document's finding is not among those built from them). */
interface Found {
  paragraph: Paragraph;
  slips: Slip[];
}

/** A paragraph's slips as its check returned them (kept while the paragraph is unchanged). */
interface Kept {
  paragraph: Paragraph;
  own: SlipList;
}

function editsOf(paragraph: Paragraph, slips: readonly Slip[]): TextEdit[] {
  return slips.flatMap((s) => slipEdits(paragraph.text, s).map((e) => ({ range: rangeIn(paragraph, e.start, e.end), newText: e.newText })));
}

/**
 * The edits of all of a paragraph's slips, placed once per paragraph and place: the fix of a whole draft holds every
 * paragraph's, and an edit elsewhere leaves them as they were.
 */
const placedEdits = new WeakMap<SlipList, { firstLine: number; edits: TextEdit[] }>();

/** The last fix of the whole draft, given again while every paragraph's slips are the same, at the same lines. */
const documentEdits = new LastResult<TextEdit[]>();

/**
 * How many paragraphs use each mark, for a document's last document finding, with the paragraphs' lists of slips they were
 * counted from: the next lint takes out the lists that are gone and counts in the new ones (those between the
 * lists the two lints share at their start and end), then reads the marks in order of first use from the first
 * paragraphs until every mark counted is seen.
 */
class MarkCounts {
  private lists: SlipList[] = [];
  /** The paragraphs' texts the lists were read from (a list's marks are read from its paragraph's text). */
  private texts: string[] = [];
  private readonly counts = new Map<string, number>();

  marks(lists: SlipList[], texts: string[]): string {
    const was = this.lists;
    const wasTexts = this.texts;
    const n = lists.length;
    const m = was.length;
    const [head, tail] = unchangedEnds(n, m, (i, j) => lists[i] === was[j]);
    // Forgotten while it changes: a throw half-way leaves no half-counted marks for the next lint.
    this.lists = [];
    this.texts = [];
    if (m === 0 || n - head - tail + (m - head - tail) > n / 2) {
      this.counts.clear();
      for (let k = 0; k < n; k++) this.count(lists[k], texts[k], 1);
    } else {
      for (let k = head; k < m - tail; k++) this.count(was[k], wasTexts[k], -1);
      for (let k = head; k < n - tail; k++) this.count(lists[k], texts[k], 1);
    }
    let total = 0;
    for (const c of this.counts.values()) if (c > 0) total++;
    const used = new Set<string>();
    for (let k = 0; k < n && used.size < total; k++) for (const mark of marksRead.get(lists[k]) ?? marksOf(texts[k], lists[k])) used.add(mark);
    this.lists = lists;
    this.texts = texts;
    return [...used].join(' ');
  }

  private count(list: SlipList, text: string, by: number): void {
    for (const mark of marksRead.get(list) ?? marksOf(text, list)) this.counts.set(mark, (this.counts.get(mark) ?? 0) + by);
  }
}

/** The mark counts of each document (by the memo every version of an incremental model shares). */
const markCounts = new WeakMap<object, MarkCounts>();

/**
 * A paragraph's edits with its first line at `firstLine` (where it was when the fix was reported: the fix may be read
 * after the next version has moved the paragraph).
 */
function allEditsOf({ paragraph, own }: Kept, firstLine: number): TextEdit[] {
  const kept = placedEdits.get(own);
  if (kept && kept.firstLine === firstLine) return kept.edits;
  const edits = editsOf(paragraph, unpackSlips(paragraph.text, own));
  const moved = firstLine - paragraph.firstLine;
  const placed = moved === 0 ? edits : edits.map((e) => ({ range: shiftLines(e.range, moved), newText: e.newText }));
  placedEdits.set(own, { firstLine, edits: placed });
  return placed;
}

function shiftLines(range: TextEdit['range'], by: number): TextEdit['range'] {
  return { start: { line: range.start.line + by, character: range.start.character }, end: { line: range.end.line + by, character: range.end.character } };
}

/**
 * A draft typed (or converted) with half-width marks throughout: one finding, fixing all, placed on the first
 * paragraph of running text (one with a good share of the marks: a site's one-line preamble is not the text).
 * Its edits are built when read (deferred-edits.ts): a line break moves thousands of them, and the writer types on.
 */
function reportDocument(context: UnitContext, found: Kept[], count: number, memo: object): void {
  // Nothing is taken off the lists before this: each paragraph's edits are those of all its slips, at these lines.
  const inputs: unknown[] = [];
  const lists: SlipList[] = [];
  const texts: string[] = [];
  let most = 0;
  for (const f of found) {
    inputs.push(f.own, f.paragraph.firstLine);
    lists.push(f.own);
    texts.push(f.paragraph.text);
    if (f.own.length / SLIP_SIZE > most) most = f.own.length / SLIP_SIZE;
  }
  const at = found.find((f) => f.own.length / SLIP_SIZE >= Math.max(3, Math.min(most / 2, 8))) ?? found[0];
  // The marks it names, counted per paragraph and kept: a keystroke counts the paragraphs it changed again, not all.
  let counts = markCounts.get(memo);
  if (!counts) markCounts.set(memo, (counts = new MarkCounts()));
  const marks = counts.marks(lists, texts);
  const build = () => documentEdits.get(inputs, () => found.flatMap((f, k) => allEditsOf(f, inputs[2 * k + 1] as number)));
  const range = rangeIn(at.paragraph, slipStart(at.own, 0), slipEnd(at.own, 0));
  // Full-width marks replace half-width ones: the fix deletes nothing.
  const editsOn = (line: number) => {
    const k = found.findIndex((f, i) => line >= (inputs[2 * i + 1] as number) && line - (inputs[2 * i + 1] as number) <= f.paragraph.lastLine - f.paragraph.firstLine);
    return k < 0 ? [] : allEditsOf(found[k], inputs[2 * k + 1] as number);
  };
  const fix = deferEdits({ title: 'fixDocument' }, build, { deletesNothing: true, editsOn });
  context.report({ message: 'halfWidthDocument', data: { count, marks }, range, fix });
}

/** A half-width mark used as the document's convention: one finding, as information, on its first use; the fix changes all. */
function reportConvention(
  context: UnitContext,
  found: Found[],
  convention: (typeof CONVENTIONS)[number],
  count: number,
  numbers: TextEdit[][],
  full = 0,
): void {
  const uses = found.map(({ paragraph, slips }) => ({ paragraph, slips: slips.filter((s) => s.shown === convention.shown) })).filter((f) => f.slips.length);
  const first = uses[0];
  // The section numbers (一) (二) change with the rest, or the fix would leave two widths.
  const edits = [...uses.flatMap(({ paragraph, slips }) => editsOf(paragraph, slips)), ...numbers.flat()];
  const data = { marks: convention.shown === '"' ? '""' : convention.shown, full: convention.full, count, fullCount: full };
  const range = rangeIn(first.paragraph, first.slips[0].start, first.slips[0].end);
  context.report({ message: full > 0 ? 'conventionMostly' : 'convention', data, severity: 'info', range, fix: { title: 'fixConvention', edits } });
}

/** One finding per line: a line full of half-width marks is one thing to fix, not twenty. */
function reportByLine(context: UnitContext, paragraph: Paragraph, slips: Slip[]): void {
  const byLine = new Map<number, Slip[]>();
  for (const slip of slips) {
    const line = rangeIn(paragraph, slip.start, slip.start + 1).start.line;
    const list = byLine.get(line) ?? [];
    list.push(slip);
    byLine.set(line, list);
  }
  for (const list of byLine.values()) {
    const edits = editsOf(paragraph, list);
    const first = list[0];
    if (list.length === 1) {
      const range = rangeIn(paragraph, first.start, first.end);
      if (first.shown === '()' || first.shown === '"') {
        const quotes = first.shown === '"';
        context.report({ message: quotes ? 'halfWidthQuotes' : 'halfWidthBrackets', range, fix: { title: quotes ? 'fixQuotes' : 'fixBrackets', edits } });
      } else {
        const data = { half: first.shown, full: [...first.shown].map((c) => FULL_WIDTH[c]).join('') };
        context.report({ message: 'halfWidth', data, range, fix: { title: 'fixHalfWidth', edits } });
      }
      continue;
    }
    const last = list[list.length - 1];
    const marks = shownMarks(list);
    const range = { start: rangeIn(paragraph, first.start, first.end).start, end: rangeIn(paragraph, last.start, last.end).end };
    context.report({ message: 'halfWidthLine', data: { count: list.length, marks }, range, fix: { title: 'fixLine', edits } });
  }
}
