/**
 * empty-pair — 空引号、空书名号、空括号 / Empty quotes and brackets
 *
 * What: a pair of quotes or brackets with nothing (or only spaces) inside: “” ‘’ 《》 （） 【】 「」 『』 〔〕, "" and
 * () [] next to Chinese text, and in English prose () ( ) [] "" between words (the results () show, see [] for
 * details, see the "" tab), also before a full stop (it supports the Local Plan ().) or after a colon that ends a clause
 * (The review is linked here: [].), and a Markdown link whose text or target is empty ([](https://…), [the slides]()).
 * Something was there — a slogan, a title, a year, a reference, an address — and was removed.
 * Not: "" against a word (""RTD Divorces…", the "Settings"" tab: a quote typed twice, which unpaired-mark reports),
 * ‘’ before a Latin word (‘’blameless postmortem’’: single quotes typed twice for “, which unpaired-mark reports),
 * a name or an operator before the brackets (f(), arr[], x = [], () =>; also in Chinese prose: 调用getData()返回…), a key and
 * its value (tags: [], defaults to: []), Markdown syntax (- [ ] checkboxes, [][ref], an image's empty alt text ![](chart.png)), [] as a value (returns [], defaults to []), "" as an empty string (is written "" in the
 * config), """ (a run of quotes), a bracket around a code span (（`count`）), the marks named as such
 * (引号“”、书名号《》), a table note's or a form's notation (注：带〔〕数据表示累计值; 注：1.【 】为5年累计数; 说明：表中【】内为填报说明),
 * and a pair listed among other signs (通配符*、?、[]等).
 *
 * Why: 以“”重要思想为指导 or 教发〔〕12号 reads as an obvious gap.
 *
 * 检查：引号、书名号、括号中间为空：“” ‘’ 《》 （） 【】 「」 『』 〔〕，中文旁的 "" () []，以及英文句中的 () [] ""（包括分句末冒号之后的：The review is linked here: [].），
 * 以及文字或地址为空的 Markdown 链接（[](https://…)、[the slides]()）。
 * 原来有内容（口号、书名、年份、文献），被删去了。
 * 原因：“以“”重要思想为指导”“教发〔〕12号”一看便知有缺漏。
 * 不报：紧贴英文词的 ""（""RTD Divorces…"：多打了一个引号，由 unpaired-mark 报告），紧贴英文词的 ‘’（‘’blameless postmortem’’：两个单引号代替双引号，由 unpaired-mark 报告），函数名或运算符后的括号（f()、arr[]、x = []，中文句中的调用getData()返回…），键与值（tags: []、defaults to: []），Markdown 语法（- [ ] 复选框、[][ref]、图片的空替代文字 ![](chart.png)），作为值的 [] 与 ""，
 * """，括起代码的括号（（`count`）），提到标点本身（引号“”、书名号《》），表注或填报说明中的标记（注：带〔〕数据表示累计值；注：1.【 】为5年累计数；说明：表中【】内为填报说明），以及与其他符号并列的一对括号（通配符*、?、[]等）。
 *
 * Bad:  以邓小平理论和“”重要思想为指导
 * Good: 以邓小平理论和“三个代表”重要思想为指导
 * Bad:  As the results () show, the pilot met its targets.
 * Good: As the results (Table 2) show, the pilot met its targets.
 */

import { isHanAt, isHanBefore } from '../model/chars';
import type { ReportDocument } from '../model/document';
import { lineRange } from '../ranges';
import type { Line } from '../model/lines';
import { changedMembers, type Rule, type UnitContext } from '../rule';

// Each alternative starts with a literal opener and allows at most a few spaces: linear.
const EMPTY = /“[ \u3000]{0,8}”|‘[ \u3000]{0,8}’|《[ \u3000]{0,8}》|（[ \u3000]{0,8}）|【[ \u3000]{0,8}】|「[ \u3000]{0,8}」|『[ \u3000]{0,8}』|〔[ \u3000]{0,8}〕|(?<!")""(?!")|\( {0,8}\)|\[\]/g;
/** Right before ( or [: a name (f(), arr[]); or, spaces apart, an operator (x = [], opts: ()): code in prose. */
const NAME_BEFORE = /[A-Za-z0-9_.$>)\]]$/;
/** A name written as code names a function, right before its brackets: getData, f, obj.get_value, a(1)[0]. */
const CALL_NAME_BEFORE = /(?:\b[A-Za-z_$][A-Za-z0-9_$.]*[a-z_$0-9][A-Za-z0-9_$]*|\b[a-z]|[)\]])$/;
const OPERATOR_BEFORE = /[=:,([{>|&+*\/-]\s*$/;
/**
 * After ) or ]: what code goes on with (() =>, [](url), [][ref], []:, ().then, [].length). A full stop is code only
 * before a name: the Local Plan (). ends a sentence.
 */
const CODE_AFTER = /^\s?(?:=>|->|[([{:=]|\.[A-Za-z_$])/;
/** Words after which [] is a value in code-like prose (returns [], defaults to []), not a removed citation. */
/** Words that make "" an empty string: is written "", set to "", x = "". */
const EMPTY_STRING_BEFORE = /(?:[=:]|\b(?:to|as|is|written|string|empty|returns?|value|literal|or))\s*$/i;
const VALUE_WORDS = /\b(?:returns?|returned|to|is|are|be|was|equals?|as|with|an?|of|or|and|empty|default|defaults|array|list|value|set|sets|get|gets|like)\s$/i;

const NAMED_MARK = /(?:引号|引號|书名号|書名號|括号|括號|括弧|标点|標點|符号|符號)[：:]?$/;
/** 注：带〔〕数据表示累计值 / 加（）者为预计数: the marks as a table's notation, named in its note. */
const NOTATION_BEFORE = /[带帶标標加]$/;
const NOTATION_AFTER = /^(?:的)?(?:数据|數據|数字|數字|数值|數值|者|项|項|指标|指標)|^(?:表示|代表)/;
/** 注：1.【 】为5年累计数 / 注：〔 〕内为累计数: the marks first in a note, which says what they stand for. */
// 说明：表中【】内为填报说明: a form's explanation names its marks the same way.
const NOTE_START = /(?:注|说明|說明)[:：]\s*(?:[(（]?\d{1,2}[)）.．、]?\s*)?(?:表中|表内|表內|文中)?$/;
const NOTE_MEANING = /^(?:内|中)?(?:的)?(?:数据|數據|数字|數字)?(?:为|為|表示|代表|是)/;

/** An ASCII sign and a list comma before: the pair is an item of a list of signs (*、?、[]). */
const SIGN_BEFORE = /[!-/:-@[-`{-~]、$/;

const NAMES: Record<string, { zh: string; en: string }> = {
  '“': { zh: '引号', en: 'quotation marks' },
  '‘': { zh: '引号', en: 'quotation marks' },
  '"': { zh: '引号', en: 'quotation marks' },
  '《': { zh: '书名号', en: 'title marks' },
  '（': { zh: '括号', en: 'brackets' },
  '(': { zh: '括号', en: 'brackets' },
  '[': { zh: '方括号', en: 'square brackets' },
  '【': { zh: '方头括号', en: 'brackets' },
  '「': { zh: '引号', en: 'quotation marks' },
  '『': { zh: '引号', en: 'quotation marks' },
  '〔': { zh: '六角括号', en: 'brackets' },
};

/**
 * The lines after an odd count of straight double quotes in the lines of their paragraph above them (what decides
 * whether a " opens or closes is the parity alone). A set, not a number per line: an Int32Array of the draft's lines
 * per lint (36.8 KB on the 3 MB draft) was a malloc'd block that, promoted by a scavenge, left a hole in glibc's arena.
 */
interface QuotesBefore {
  odd: Set<Line>;
}

const rule: Rule<void, QuotesBefore> = {
  meta: {
    id: 'empty-pair',
    name: { zh: '空引号空括号', en: 'Empty quotes or brackets' },
    category: 'placeholders',
    description: {
      zh: '引号、书名号、括号中间为空（内容被删去）：“”、《》、（）、【】、〔〕、()、[]',
      en: 'Quotes or brackets with nothing inside (the content was removed): “” 《》 （） 【】 〔〕 () []',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      empty: { zh: '补上{name}中缺失的内容：{text}', en: 'Empty {nameEn} {text}: fill in the missing content' },
    },
  },

  scope: 'line',

  // Whether a "" opens or closes depends on the straight quotes of the paragraph's lines above it.
  prepare({ doc }) {
    return straightQuotesBeforeLines(doc);
  },

  contextKey(line, quotesBefore) {
    return quotesBefore.odd.has(line as Line) ? 1 : 0;
  },

  keyChanges(quotesBefore, last) {
    return changedMembers(quotesBefore.odd, last.odd);
  },

  checkLine(line, context) {
    const oddBefore = context.prepared.odd;
    {
      if (line.kind !== 'text') return;
      const text = line.prose;
      if (context.options.format === 'markdown' && line.text.includes('](')) reportEmptyLinks(line, context);
      EMPTY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = EMPTY.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        // Not empty in the text as written: （`count`） holds a code span the prose blanks out.
        if (line.text.slice(start + 1, end - 1).trim() !== '') continue;
        if ((m[0][0] === '(' || m[0][0] === '[') && !bracketIsGap(text, line.text, start, end)) continue;
        // "" written as a value (an empty string is written "" in the config) is not a gap; see the "" tab is.
        if (m[0][0] === '"' && !isHanBefore(text, start) && (EMPTY_STRING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || /^\s?(?:string|literal|value)/i.test(text.slice(end, end + 9)))) continue;
        // ""RTD Divorces - Number of Divorces…", "Settings"" tab: a quote typed twice against a word, not a pair with
        // nothing in it (unpaired-mark reports the quote left over).
        if (m[0][0] === '"' && (/[A-Za-z0-9]/.test(text[end] ?? '') || /[A-Za-z0-9]/.test(text[start - 1] ?? ''))) continue;
        // ‘’blameless postmortem’’: two single quotes before a Latin word stand for one double quote (unpaired-mark
        // reports the quotation once, with its fix to “…”), not a pair with nothing in it.
        if (m[0] === '‘’' && /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
        // "两重""两新": the first " closes a quotation and the second opens the next one (pairing over the paragraph).
        if (m[0][0] === '"' && ((oddBefore.has(line) ? 1 : 0) + countQuotes(text, start)) % 2 === 1) continue;
        // 规范使用引号“”和书名号《》: the marks named, not a gap.
        if (NAMED_MARK.test(text.slice(Math.max(0, start - 4), start))) continue;
        if (NOTATION_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && NOTATION_AFTER.test(text.slice(end, end + 3))) continue;
        if (NOTE_START.test(text.slice(Math.max(0, start - 10), start)) && NOTE_MEANING.test(text.slice(end, end + 6))) continue;
        // 通配符*、?、[]等: a pair of marks listed among other signs is one of the signs.
        if (SIGN_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && /^[、等]/.test(text.slice(end, end + 1))) continue;
        const name = NAMES[m[0][0]];
        context.report({
          message: 'empty',
          data: { text: line.text.slice(start, end), name: name.zh, nameEn: name.en },
          range: lineRange(line.index, start, end),
        });
      }
    }
  },
};

export default rule;

/**
 * ( ) and [] are gaps beside Chinese text, or in English prose between words (the results () show, see [] for
 * details). Not after a name or an operator (f(), arr[], x = []), not before what code goes on with (() =>,
 * [](url)), not [] as a value after returns, to, is.
 */
function bracketIsGap(text: string, written: string, start: number, end: number): boolean {
  // 调用getData()返回空值, 函数f()与g(): a call in Chinese prose — a name in small letters (or a call's or an index's
  // close) right before. An acronym (WHO()) is a name whose gloss may have been removed: still a gap beside Chinese.
  if (CALL_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (isHanBefore(text, start) || isHanAt(text, end)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  // The text as written: a link's target is blanked out of the prose, and [](url) is markup.
  const after = written.slice(end, end + 3);
  if (NAME_BEFORE.test(before) || (OPERATOR_BEFORE.test(before) && !colonInProse(text, start, after)) || CODE_AFTER.test(after)) return false;
  if (before !== '' && !/\s$/.test(before)) return false;
  if (after !== '' && !/^[\s.,;:!?)]/.test(after)) return false;
  return !(text[start] === '[' && VALUE_WORDS.test(before));
}

/**
 * The review is linked here: []. / The full report is available at: ().: a colon that ends a clause of prose (three
 * words or more), the pair ending the sentence or followed by its words — not a key and its value (tags: [], opts: ()), nor after a word that
 * names a value (defaults to: [], returns: []).
 */
const PROSE_BEFORE_COLON = /(?:^|[\s(])[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){2,}:[ \t]*$/;
const VALUE_BEFORE_COLON = /\b(?:to|is|are|be|was|were|as|returns?|returned|defaults?|values?|equals?|set|sets|value|like|of)\s*:[ \t]*$/i;
function colonInProse(text: string, start: number, after: string): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!/:[ \t]*$/.test(before) || VALUE_BEFORE_COLON.test(before) || !PROSE_BEFORE_COLON.test(before)) return false;
  // The sentence ends, or goes on in words (The review is linked here: [] and was approved.).
  return /^[ \t]*(?:[.;,!?](?:\s|$)|$|[a-z])/.test(after);
}

/**
 * [](https://…) and [the slides](): a Markdown link whose text or whose target was removed — the link shows nothing, or
 * goes nowhere. Not an image's empty alt text (![](chart.png)), not a reference ([][ref]), not in a code span.
 */
const EMPTY_LINK = /(?<![!\\\]])\[([ \t]*)\]\([ \t]*[^()\s]+[ \t]*\)|(?<![!\\\]])\[([^\[\]\n]*\S[^\[\]\n]*)\]\([ \t]*\)/g;

/** The lines after which an odd number of straight double quotes stand in the lines of their paragraph above them. */
function straightQuotesBeforeLines(doc: ReportDocument): QuotesBefore {
  // Each line's parity is a fact of the line, kept per line by the model: a lint reads the lines an edit changed, not a
  // map per line. The set holds the lines themselves (the units checkLine and contextKey are given).
  const parity = doc.lineFacts('empty-pair-quotes', (line) => (line.kind === 'text' ? countQuotes(line.prose, line.prose.length) & 1 : 0));
  const odd = new Set<Line>();
  for (const paragraph of doc.paragraphs) {
    let count = 0;
    for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) {
      if (count % 2) odd.add(doc.lines[i]);
      count += parity[i];
    }
  }
  return { odd };
}

function reportEmptyLinks(line: Line, context: UnitContext<QuotesBefore>): void {
  const written = line.text;
  EMPTY_LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMPTY_LINK.exec(written))) {
    const start = m.index;
    // In a code span (an odd number of backticks before it on the line): code, not a link.
    if (countMark(written, '`', start) % 2 === 1) continue;
    // The line model read it as a link: its [ is syntax, blanked out of the prose.
    if (line.prose[start] !== ' ') continue;
    const emptyText = m[1] !== undefined;
    const from = emptyText ? start : written.indexOf('](', start) + 1;
    const to = emptyText ? start + 2 + m[1].length : start + m[0].length;
    const name = emptyText ? { zh: '链接文字', en: 'link text' } : { zh: '链接地址', en: 'link target' };
    context.report({ message: 'empty', data: { text: m[0], name: name.zh, nameEn: name.en }, range: lineRange(line.index, from, to) });
  }
}

function countMark(text: string, mark: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0 && i < end; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

function countQuotes(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < end; i = text.indexOf('"', i + 1)) n++;
  return n;
}
