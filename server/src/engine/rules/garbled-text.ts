/**
 * garbled-text — 乱码与机器转换残留 / Garbled or machine-converted text
 *
 * What: text damaged on its way into the draft: pinyin that a web page's ruby markup left after each
 * character of a machine-converted text (總結(jié)是一種反思, 面?zhèn)), the replacement character � or ? where a
 * conversion lost characters (學??冃Э己朔桨?, two signs to a line — one pinyin after a traditional character in a simplified
 * line, 深入推進(jìn)“强关提能”工程, is two; one ? right after a list comma, 二期、?水灌区, is one, and so is a half-width ?; between
 * Chinese characters, 于2015年成立?;饡起始基金, where a 。 and what followed it were read in the wrong encoding), mojibake — UTF-8 read as GBK (鍖栧伐 for 化工) or as Windows-1252 (å·¥ä½œ for 工作,
 * â€™ for ’, Ã© for é), 锟斤拷, 烫烫烫 —, traditional characters left in a simplified line (醫療質量安全體系不斷完善 beside
 * 主动报告; 积极發揮党支部作用: two or more in a run of characters with no simplified-only one) — and invisible characters a copy brings along (control characters, a
 * zero-width space or a byte order mark inside the text, reported as information), the letter O for a zero inside a
 * number (€4,9OO, 1O,000, 补助2,36O万元, 9O%以上; the fix writes the zeros), the letter l or I for a one between digits
 * or before a group of thousands (l,250 visits, 1l,840 patients), the look-alikes a scan puts for 已 and 日 (己经全部接入,
 * 己完成, 3月5曰: one finding per line, whose fix writes 已 and 日), a space a scan or a PDF put inside a Chinese figure or
 * between a figure's unit and the word that bounds it (达到 3 6.5%, 36 2.5万, 100名 以上: one finding per line, whose fix
 * deletes the spaces), the spaces a PDF copy left where its lines wrapped, splitting words (已全部 纳入, 推动责 任落实:
 * single spaces next to Chinese that fall at the width of a PDF line, two between Chinese characters at least; one
 * finding per line, whose fix deletes them), a ? where the dash between a rule's number and its subtitle was lost (《…自律监管指引第1号?规范运作》,
 * 《企业会计准则第14号?收入》: one is enough), a ? where a currency sign was lost before an amount (?10 million), a ? a scan put for a digit it
 * could not read inside a figure in groups of three (?,000, 12?,000, 6,67?; not 6,000? ending a question, nor ?,??? a form's blank),
 * and the ligatures of a PDF copied in as one character each (ﬁnancial, the ﬂu rate, oﬃce: one finding per line, whose
 * fix writes the letters fi, fl, ffi) or lost in the copy (the nancial year, signicant, eective, or cut to their f:
 * fnancial, workfow; the words are `engine/data/lost-ligatures.json`; one finding per line, whose fix writes the words),
 * and full-width digits on a line whose other numbers are half-width (新增８个，累计
 * ６５个；创建产业园2个: one finding per line, whose fix writes them half-width), and Chinese whose GBK bytes were read
 * as Latin-1 (列为Äê¶ÈÖØµã工作 for 年度重点: four or more such characters with a symbol among them that read back as
 * Chinese pair by pair; one finding per line, whose fix writes the Chinese), and what is left of a no-break space
 * whose UTF-8 was read as Windows-1252 or a Baltic code page: an Â or Ā glued to the end of a word or a figure before a
 * space or a mark (receiptsĀ (to 101,200), comparedĀ to, fellÂ.; one finding per line, whose fix deletes it), and an à
 * whose no-break space became a plain one (voilÃ  –, Ã  la carte; fixed to à); English words a scan misread, rn as m,
 * m as rn or cl as d (the govemment's, Intemal audit, tenancy tumover, induding, dinical, rnatron, cornrnunity; the
 * list of misread stems is `engine/data/ocr-words.json`), and the real words a scan makes where their neighbours want
 * the other (Modem Slavery Statement, 600 modem, energy-efficient homes, in tum, the comer of Mill Street; one finding
 * per line, whose fix writes the words); a soft hyphen or a word joiner inside a word (going con-cern), reported
 * as information like a zero-width space.
 * Mojibake is found by undoing
 * the byte round trip: its bytes must be UTF-8 again, so real text never trips it; when no byte was lost, the
 * fix restores the intended text. One finding per line of mojibake; its marks (the “ in â€“) are not read by
 * the other rules. Pinyin on ten lines or more is one finding for the document, whose fix deletes it all; so are
 * replacement characters outnumbering the Chinese on three lines or more (a GBK file opened as UTF-8: the file's
 * encoding to choose, not a thousand places to restore).
 * Not: a pinyin gloss written on purpose (哺(bǔ)育, 户口（hùkǒu）) once or twice in a draft, accented words in
 * other languages (café, Müller, São Paulo, NÃO, École; Āmina, Māori, Rīgā, pinyin Ān, XĪ'ĀN, MĀJĀ, NGÃ BA), signs in a measurement (25±0.5°C), rare characters in real text (亟, 诿, 兖州), a traditional text, one
 * traditional-looking character in a name (张喆) or a rare one a simplified text keeps in a name or a term (昇腾,
 * 涅槃, 濛溪河), a traditional title or saying in its marks (《臺灣地區與大陸地區人民關係條例》, “愛拼才會贏”), capital
 * numerals in simplified form (壹亿贰仟叁佰万元), a modem, the corner shop, a late comer, all comers, a dose of the
 * vaccine, intemperate, tumour, a user name (rnagy@), São, NÃO, a tab, a form feed
 * alone on its line (a page break), the joiners emoji and right-to-left text need, a ? listed among other signs
 * (文件名不得包含*、?、<等字符), a letter O not after a digit (COVID-19, O2, CO2, H2O), a question mark that ends a
 * sentence before a number (Why? 10 million people…), a letter l or I after a number (5l containers, Part I, 2024), 己 in a word
 * (自己, 知己, 严于律己, 据为己有, 悦己经济, 己亥年, 己二酸), 曰 in a quotation (子曰：), a space between groups of
 * three digits (108 344座, 1 329处), a PDF's spaces around a figure (每亩 2000 元以上, 上涨 5% 左右), a row's number at a line's start
 * (24 3岁以下), a label before a figure (图1 2021年), spaces between Chinese characters at no line's width (spaced titles
 * 会 议 纪 要, a name padded in a table 张 三, phrases set apart 不忘初心 牢记使命, a heading's title before its text), a line typed in full-width digits throughout (联系电话：０８１２－３３３５５８８).
 *
 * Why: a draft copied from a converted web page or opened with the wrong encoding reads as gibberish in
 * places, and the damage is easy to miss in a long text.
 *
 * 检查：文字在复制、转换中受损：网页注音留下的拼音（總結(jié)）、表示丢字的替换字符“�”或问号（學??冃Э己朔桨?，每行至少两处迹象——简体行中繁体字后的一处拼音（深入推進(jìn)“强关提能”工程）即为两处；紧跟顿号、逗号的“二期、?水灌区”或夹在汉字间的半角“?;”（“于2015年成立?;饡起始基金”，句号及其后的字按错误编码读出）一处即可）、用错编码读出的乱码
 * （UTF-8 按 GBK 读成“鍖栧伐”，按 Windows-1252 读成“å·¥ä½œ”“â€™”）、锟斤拷、烫烫烫，简体行中残留的繁体字（“醫療質量安全體系不斷完善”“积极發揮”），以及随复制带入的不可见字符
 * （控制字符；零宽空格、正文中的 BOM 以“提示”级别报告），数字中误作0的字母O（€4,9OO、1O,000、补助2,36O万元、9O%以上，修复改为0），数字中误作1的字母l或I（l,250 visits、1l,840），扫描识别时错成形近字的“已”“日”（己经全部接入、己完成、3月5曰，每行报一处，修复改正），扫描或PDF转换时插入数字中间或单位与“以上”等之间的空格（达到 3 6.5%、36 2.5万、100名 以上，每行报一处，修复删去空格），从PDF复制时在换行处留下、把词拆开的空格（已全部 纳入、推动责 任落实：汉字旁的单个空格恰好落在PDF一行的宽度上，其中至少两处在汉字之间；每行报一处，修复删去），英文扫描件中把rn识别为m、把m识别为rn或把cl识别为d的词（govemment、Intemal、tumover、induding、rnatron，词表见 `engine/data/ocr-words.json`；以及上下文要求另一个词的真词：Modem Slavery、in tum、the comer of，每行报一处，修复改正），单独一个常用字的繁体（高质量發展、人民币伍亿陸仟万元，字表见 `engine/data/traditional-common.json`），软连字符、零宽连接符（以“提示”级别报告），à的不换行空格变成普通空格后留下的“Ã”（voilÃ ，修复改为à），
 * 金额前丢失货币符号留下的问号（?10 million），扫描时没能识别、以问号代替的数字（?,000、12?,000、6,67?），从PDF复制时成了单个字符的连字（ﬁnancial、ﬂu，每行报一处，修复改回fi、fl）或丢失了字母的连字（nancial、signicant、eective，或只剩f：fnancial、workfow，词表见 `engine/data/lost-ligatures.json`，每行报一处，修复改正），以及本行其他数字为半角时夹杂的全角数字（新增８个，累计６５个；创建产业园2个，每行报一处，修复改为半角），GBK编码按Latin-1读出的乱码（列为Äê¶ÈÖØµã工作，应为“年度重点”，每行报一处，修复改回中文），不换行空格用错编码读出后在词尾留下的Â或Ā（receiptsĀ (to 101,200)、comparedĀ to，每行报一处，修复删去）。乱码按字节还原判断：还原后须是合法的 UTF-8，真实文字不会误报；
 * 字节完整时可一键改回原文。每行乱码只报一次，其中的引号等不再被其他规则当作标点。十行以上有拼音注音的，全文报一处，
 * 修复一并删除；三行以上替换字符多于汉字的（GBK文件按UTF-8打开），也只报一处：应换用文件的编码重新打开，而不是逐处补字。
 * 原因：从转换过的网页复制或用错编码打开的稿件会夹杂乱码，长文中不易发现。
 * 不报：有意的注音（哺(bǔ)育）、外文中的重音字母（café、Müller、Āmina、Māori、拼音Ān、XĪ'ĀN）、真实文字中的生僻字（亟、诿、兖州）、繁体文稿、人名中的个别字（张喆）与简体文本保留的生僻字（昇腾、涅槃、濛溪河）、书名号或引号中的繁体书名、俗语（《臺灣地區與大陸地區人民關係條例》、“愛拼才會贏”）、简体大写数字（壹亿贰仟叁佰万元）、英文真词的正常用法（a modem、the corner shop、a late comer）、制表符、
 * 单独成行的换页符、表情符号与从右向左文字所需的连接符，与其他符号并列的问号（文件名不得包含*、?、<等字符），
 * 不在数字后的字母O（COVID-19、O2、CO2、H2O），数字后的字母l或I（5l containers、Part I, 2024），词语中的“己”（自己、知己、严于律己、据为己有、悦己经济、己亥年、己二酸），引语前的“曰”（子曰：），三位一组的数字间空格（108 344座）、PDF在数字两侧加的空格（每亩 2000 元以上、上涨 5% 左右）、行首的序号（24 3岁以下）、图表编号（图1 2021年）、不在PDF行宽处的汉字间空格（逐字隔开的标题“会 议 纪 要”、表格中补齐的姓名“张 三”、隔开的口号“不忘初心 牢记使命”、小标题与正文之间的空格），句末问号后接数字（Why? 10 million people…），整行都用全角数字的（联系电话：０８１２－３３３５５８８）。
 *
 * Bad:  總結(jié)是一種反思和總結(jié)思考的過程
 * Good: 總結是一種反思和總結思考的過程
 * Bad:  2024骞村伐浣滄€荤粨
 * Good: 2024年工作总结
 * Bad:  The teamâ€™s report
 * Good: The team’s report
 */

import ocrWords from '../data/ocr-words.json';
import lostLigatures from '../data/lost-ligatures.json';
import scripts from '../data/script-chars.json';
import commonTraditional from '../data/traditional-common.json';
import { excerpt, hasLatinRun, isCjk, isCjkPunct, isHanAt, isHanBefore, isHanCodePoint } from '../model/chars';
import { lostTitleDash } from '../model/mojibake';
import { deferEdits } from '../deferred-edits';
import { LastResult } from '../last-result';
import { eachMatch, matchesOf } from '../patterns';
import { lineRange } from '../ranges';
import type { Damage, Line } from '../model/lines';
import type { Rule, RuleContext, UnitContext } from '../rule';
import type { Position, TextEdit } from '../types';

/** Fewer glosses than this in a whole draft, each alone on its line, may be meant. */
const RUBY_DOCUMENT_MIN = 5;
/** Glosses on this many lines: the text was converted that way throughout, one finding for the document. */
const RUBY_DOCUMENT_LINES = 10;
// GBK bytes of U+FFFD pairs read back (锟斤拷), and the fill patterns of uninitialised memory (烫烫, 屯屯).
const GBK_MOJIBAKE = /(?:锟斤拷)+|(?:烫烫){2,}|(?:屯屯){2,}/g;
const REPLACEMENT = /\uFFFD+/g;
const QUESTION_RUN = /\?+/g;
/** After a ? that asks nothing: a comma, a list comma, a digit, a Latin letter — what a lost character leaves (桨?, 學?、 蕿?5). */
const AFTER_LOST = /^[,，、;；!！:：“。0-9a-z]/;
/** A lost character on a line needs two signs of it, so one half-width ? a writer typed stays the punctuation rule's. */
const LOST_MIN = 2;

const GBK_MOJIBAKE_CHARACTER = /[锟烫屯]/;
const rule: Rule = {
  meta: {
    id: 'garbled-text',
    name: { zh: '乱码', en: 'Garbled text' },
    category: 'copy-residue',
    description: {
      zh: '乱码与机器转换残留：拼音注音“總結(jié)”、替换字符“�”、编码错误“å·¥ä½œ”“鍖栧伐”“锟斤拷”、简体中残留的繁体字、不可见的控制字符',
      en: 'Garbled or machine-converted text: ruby pinyin (總結(jié)), the replacement character �, mojibake (å·¥ä½œ, 鍖栧伐, â€™), traditional characters left in simplified text, invisible control characters',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      ruby: {
        zh: '删除本行{count}处拼音注音，如“{text}”（机器转换残留）',
        en: 'Machine-conversion residue: {count} pinyin annotation(s) on this line, such as “{text}”; delete them',
      },
      rubyDocument: {
        zh: '删除全文{count}处拼音注音（{lines}行），如“{text}”（机器转换残留）',
        en: 'Machine-conversion residue: {count} pinyin annotations on {lines} lines of this document, such as “{text}”; delete them',
      },
      lost: {
        zh: '对照原文补上丢失的文字：“{text}”中的“?”是转码时丢失的字符（本行{count}处）',
        en: 'Garbled text: the “?” in “{text}” stand for characters lost in an encoding conversion ({count} on this line); restore them from the source',
      },
      encoding: {
        zh: '换用文件的编码重新打开：{lines}行共{count}处替换字符“�”，像是GBK文件按UTF-8打开',
        en: 'Garbled text: the file seems to have been opened with the wrong encoding ({count} replacement characters “�” on {lines} lines, as when a GBK file is read as UTF-8); reopen it with its encoding, or if the file itself holds them, copy the text again from the source',
      },
      replacement: {
        zh: '对照原文补上丢失的文字：替换字符“{text}”表示此处转码时有文字丢失',
        en: 'Garbled text: the replacement character “{text}” marks text lost in an encoding conversion; restore it from the source',
      },
      letterO: {
        zh: '改为“{intended}”：“{text}”中把数字0录成了字母O',
        en: 'Garbled text: “{text}” has the letter O for the digit 0 (a scan or a retyping); correct it to “{intended}”',
      },
      letterL: {
        zh: '改为“{intended}”：“{text}”中把数字1录成了字母l或I',
        en: 'Garbled text: “{text}” has the letter l or I for the digit 1 (a scan or a retyping); correct it to “{intended}”',
      },
      ocrCharacter: {
        zh: '改为“{intended}”：“{text}”中的“{wrong}”是扫描识别或输入时错成的形近字，应为“{right}”',
        en: 'Correct “{text}” to “{intended}”: “{wrong}” is a look-alike of “{right}” left by a scan or a retyping',
      },
      ocrWord: {
        zh: '扫描识别错误：“{text}”应为“{intended}”（扫描把rn识别为m、把m识别为rn或把cl识别为d）',
        en: 'Scanning error: “{text}” is “{intended}” misread (a scan reads rn as m, m as rn, cl as d); correct it',
      },
      lostLigature: {
        zh: 'PDF连字丢失：“{text}”应为“{intended}”（复制时丢了连字fi、fl的字母）',
        en: 'Lost PDF ligature: “{text}” is “{intended}” with the letters of a ligature (fi, fl, ff) lost in copying from a PDF; correct it',
      },
      strayZhSpace: {
        zh: '删去“{text}”中的空格：扫描或PDF转换时插入，把一个数或一个词拆开了',
        en: 'Delete the space in “{text}”: a scan or a PDF conversion put it inside a figure or a word',
      },
      fixStrayZhSpace: { zh: '删去空格', en: 'Delete the space' },
      wrapSpaces: {
        zh: '删去本行{count}处换行留下的空格，如“{text}”：从PDF复制时在换行处留下，把词拆开了',
        en: 'Delete the {count} spaces left by line wraps on this line, such as in “{text}”: a PDF copy left them where its lines wrapped, splitting words',
      },
      fixWrapSpaces: { zh: '删去换行留下的空格', en: 'Delete the spaces left by the line wraps' },
      lostDigit: {
        zh: '扫描识别错误：“{text}”中的“?”是没能识别的数字，请对照原件补上',
        en: 'Scanning error: the “?” in “{text}” is a digit the scan could not read; take the figure from the source',
      },
      lostCurrency: {
        zh: '补上货币符号：“{text}”中的“?”是转码时丢失的货币符号（€、£、$）',
        en: 'Garbled text: the “?” in “{text}” stands for a currency sign (€, £, $) lost in an encoding conversion; restore it',
      },
      mojibake: {
        zh: '从原文重新复制：“{text}”是用错编码读出的乱码',
        en: 'Garbled text: “{text}” was decoded with the wrong encoding; copy it again from the source',
      },
      mojibakeOf: {
        zh: '改为“{intended}”：“{text}”是用错编码读出的乱码',
        en: 'Garbled text: “{text}” is “{intended}” decoded with the wrong encoding; correct it',
      },
      mojibakeLine: {
        zh: '从原文重新复制：本行{count}处乱码，如“{text}”',
        en: 'Garbled text: {count} pieces on this line were decoded with the wrong encoding, such as “{text}”; copy them again from the source',
      },
      mojibakeLineOf: {
        zh: '改正本行{count}处乱码：如“{text}”应为“{intended}”',
        en: 'Garbled text: {count} pieces on this line were decoded with the wrong encoding, such as “{text}” for “{intended}”; correct them',
      },
      ligature: {
        zh: '改为“{intended}”：“{text}”中有PDF连字，复制后成了一个字符，检索找不到',
        en: 'PDF ligature: “{text}” has a ligature copied in as one character (search and the spelling check miss the word); correct it to “{intended}”',
      },
      ligatures: {
        zh: '改正本行{count}处PDF排版的连字：如“{text}”应为“{intended}”，复制后连字成了一个字符',
        en: 'PDF ligatures: {count} on this line were copied in as one character each, such as “{text}” for “{intended}”; correct them',
      },
      fullWidthDigits: {
        zh: '改为半角数字“{intended}”：“{text}”是全角数字，本行其他数字为半角（本行{count}处）',
        en: 'Full-width digits: “{text}” on a line whose other numbers are half-width ({count} on this line); correct it to “{intended}”',
      },
      traditional: {
        zh: '改为简体字：“{text}”中的{chars}是繁体字，本行其余为简体（繁简转换残留）',
        en: 'Traditional characters in simplified text: {chars} in “{text}”; the rest of the line is simplified (a conversion left half done)',
      },
      lostSpaces: {
        zh: '补回词间空格：“{text}”等英文单词连在一起（本行{count}处），是转换时丢失了空格',
        en: 'Words run together: “{text}” ({count} on this line) lost the spaces between its words in a conversion; put them back',
      },
      traditionalLone: {
        zh: '改为简体字：“{text}”中的{chars}是繁体字，前后文均为简体（繁简转换残留）',
        en: 'Traditional character in simplified text: {chars} in “{text}”; the lines around it are simplified (a conversion left half done)',
      },
      control: {
        zh: '删除不可见字符{code}：随复制带入',
        en: 'Invisible character: {code} came in with a copy; delete it',
      },
      nbspLead: {
        zh: '删去“{char}”：“{text}”中的“{char}”是不换行空格用错编码读出的残留（本行{count}处）',
        en: 'Garbled text: the “{char}” in “{text}” is what is left of a no-break space decoded with the wrong encoding ({count} on this line); delete it',
      },
      fixNbspLead: { zh: '删去本行的“{char}”', en: 'Delete the stray “{char}” on this line' },
      fixMojibake: { zh: '改为“{intended}”', en: 'Change to “{intended}”' },
      fixMojibakeLine: { zh: '改正本行的乱码', en: 'Correct the garbled text on this line' },
      fixLigatures: { zh: '改正本行的连字', en: 'Correct the ligatures on this line' },
      fixFullWidthDigits: { zh: '本行数字改为半角', en: 'Make the digits on this line half-width' },
      fixControl: { zh: '删除不可见字符', en: 'Delete the invisible character' },
      fixRuby: { zh: '删除本行的拼音注音', en: 'Delete the pinyin annotations on this line' },
      fixRubyDocument: { zh: '删除全文的拼音注音', en: 'Delete the pinyin annotations throughout' },
    },
  },

  scope: 'line',

  // Replacement characters, mojibake and control characters: each line on its own.
  checkLine(line, context) {
    // A line that is all mojibake has nothing left in its prose: it reads as blank, with its damage recorded.
    if (line.kind !== 'text' && line.damage === undefined && line.ruby === undefined) return undefined;
    const prose = line.prose;
    // A line more replacement characters than Chinese: the file read with the wrong encoding, told once for the
    // document when several lines are so (check); else each run is text lost on its way in.
    let unreadable: Replacements | undefined;
    if (prose.indexOf('\uFFFD') >= 0) {
      const runs = replacementRuns(prose);
      if (runs.count >= UNREADABLE_MIN && runs.count >= hanCount(prose)) unreadable = runs;
      else for (const [start, end] of runs.spans) context.report({ message: 'replacement', data: { text: prose.slice(start, end) }, range: lineRange(line.index, start, end) });
    }
    if (prose.indexOf('?') >= 0) {
      reportLost(context, line.index, prose);
      reportLostCurrency(context, line.index, prose);
      reportLostDigit(context, line.index, prose);
    }
    if (prose.indexOf('O') >= 0) reportLetterO(context, line.index, prose);
    if (LOST_SPACES_HINT.test(prose)) reportLostSpaces(context, line.index, prose);
    if (LETTER_L_HINT.test(prose)) reportLetterL(context, line.index, prose);
    if (OCR_HINT.test(prose)) reportOcrCharacters(context, line.index, prose);
    if (OCR_WORD_HINT.test(prose)) {
      reportOcrWords(context, line.index, prose);
      reportLostLigatures(context, line.index, prose);
    }
    // A wrap's space inside a figure or before 以上 is the wrap's finding (one defect, one finding).
    const wraps = prose.indexOf(' ') > 0 && HAN_SPACE_HAN.test(prose) ? reportWrapSpaces(context, line.index, prose) : undefined;
    if (prose.indexOf(' ') > 0 && ZH_SPACE_HINT.test(prose)) reportStrayZhSpaces(context, line.index, prose, wraps);
    if (LIGATURE.test(prose)) reportLigatures(context, line.index, prose);
    if (FULL_WIDTH_DIGIT.test(prose) && /[0-9]/.test(prose)) reportFullWidthDigits(context, line.index, prose);
    if (LATIN1_RUN.test(prose)) reportGbkAsLatin1(context, line.index, prose);
    if (NBSP_LEAD_HINT.test(prose)) reportNbspLeads(context, line.index, prose);
    if (prose.indexOf('\u00c3') >= 0) reportLostAGrave(context, line.index, prose);
    const mojibake = line.damage?.filter((d) => d.kind === 'mojibake') ?? [];
    if (mojibake.length) reportMojibake(context, line.index, line.text, mojibake);
    for (const d of line.damage ?? []) if (d.kind === 'control') reportControl(context, line.index, line.text, d);
    const lone = line.ruby ? undefined : reportTraditional(context, line.index, prose);
    if (GBK_MOJIBAKE_CHARACTER.test(prose)) {
      eachMatch(GBK_MOJIBAKE, prose, (m) =>
        context.report({ message: 'mojibake', data: { text: excerpt(m[0], 24) }, range: lineRange(line.index, m.index, m.index + m[0].length) }),
      );
    }
    // A line with ruby pinyin returns it: the document part reads those lines alone, not every line of the draft.
    const ruby = line.ruby === undefined ? 0 : line.ruby.length / 2;
    return ruby || unreadable || lone !== undefined ? { ruby, unreadable, lone } : undefined;
  },

  // What `check` reads of a paragraph is what its lines' checks returned: the lines with damage (ruby, mojibake, a
  // control character, furniture inside the line) or a replacement character, summed up by their whole text; a line
  // without either returns nothing (typing into running text leaves the ruby of the draft's other lines as it was).
  checkSummary(paragraph, lines) {
    let summary = '';
    for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) {
      const line = lines[i];
      if (line.damage !== undefined || line.ruby !== undefined || line.prose.indexOf('\uFFFD') >= 0) summary += `${i - paragraph.firstLine}\u0000${line.kind}\u0000${line.text}\u0000${line.prose}\u0000`;
      // What a lone traditional character's line reads of the lines near it: their script counts (scriptWeight).
      if (line.kind !== 'blank') summary += `${line.kind}\u0001${scriptWeight(line)}\u0001`;
    }
    return summary;
  },

  // Ruby pinyin: how many lines have it decides between one finding per line and one for the document.
  check(context) {
    // The line model found ruby pinyin and mojibake while masking them out of the prose: the lines with ruby are
    // those whose check returned a value.
    const rubies: Line[] = [];
    const unreadable: { line: Line; runs: Replacements }[] = [];
    let total = 0;
    for (const local of context.locals) {
      const line = local.unit as Line;
      const value = local.value as LineDamage;
      if (value.unreadable) unreadable.push({ line, runs: value.unreadable });
      if (!value.ruby) continue;
      rubies.push(line);
      total += value.ruby;
    }
    reportUnreadable(context, unreadable);
    for (const local of context.locals) {
      const value = local.value as LineDamage;
      if (value.lone !== undefined) reportLone(context, local.unit as Line, value.lone);
    }
    // A text converted with ruby throughout: one defect, one finding for the document, whose fix deletes them all.
    if (rubies.length >= RUBY_DOCUMENT_LINES) {
      reportRubyDocument(context, rubies, total);
      return;
    }
    for (const line of rubies) {
      const found = line.ruby!;
      let lostBracket = false;
      for (let k = 0; k < found.length; k += 2) if (line.text[found[k]] === '?') lostBracket = true;
      if (total < RUBY_DOCUMENT_MIN && found.length < 4 && !lostBracket && !afterTraditional(line, found[0])) continue;
      const [start, end] = found;
      context.report({
        message: 'ruby',
        data: { count: found.length / 2, text: line.text.slice(Math.max(0, start - 1), end) },
        range: lineRange(line.index, start, end),
        fix: { title: 'fixRuby', edits: rubyEdits(line, line.index) },
      });
    }
  },
};

export default rule;

/** What a line's check hands the document part: its ruby glosses, and its replacement characters when they outnumber its Chinese. */
interface LineDamage {
  ruby: number;
  unreadable?: Replacements;
  /** The column of a lone traditional form of a frequent character on a line too short to tell its script (reportLone). */
  lone?: number;
}

interface Replacements {
  count: number;
  /** Columns of each run of U+FFFD. */
  spans: [number, number][];
}

/** Replacement characters on a line at least this many, and more of them than Han characters: not text lost in a copy. */
const UNREADABLE_MIN = 2;
/** Lines like that in a draft: the file was opened with the wrong encoding (a GBK file read as UTF-8). */
const UNREADABLE_LINES = 3;

function replacementRuns(prose: string): Replacements {
  const spans: [number, number][] = [];
  let count = 0;
  eachMatch(REPLACEMENT, prose, (m) => {
    spans.push([m.index, m.index + m[0].length]);
    count += m[0].length;
  });
  return { count, spans };
}

function hanCount(prose: string): number {
  let n = 0;
  for (let i = 0; i < prose.length; i++) if (isHanAt(prose, i)) n++;
  return n;
}

/**
 * Lines that are mostly replacement characters: on a few lines, one finding for the document (the file's encoding,
 * not a thousand places to restore); on one or two, each run as text lost.
 */
function reportUnreadable(context: RuleContext, lines: { line: Line; runs: Replacements }[]): void {
  if (lines.length >= UNREADABLE_LINES) {
    const [start, end] = lines[0].runs.spans[0];
    const count = lines.reduce((n, l) => n + l.runs.count, 0);
    context.report({ message: 'encoding', data: { count, lines: lines.length }, range: lineRange(lines[0].line.index, start, end) });
    return;
  }
  for (const { line, runs } of lines) {
    for (const [start, end] of runs.spans) context.report({ message: 'replacement', data: { text: line.prose.slice(start, end) }, range: lineRange(line.index, start, end) });
  }
}

/**
 * Ruby throughout: one finding whose fix deletes every annotation. Its edits are built when read (deferred-edits.ts):
 * a line break moves thousands of them, and the writer types on. What it deletes is told from the lines meanwhile.
 */
function reportRubyDocument(context: RuleContext, rubies: Line[], count: number): void {
  const firstLine = rubies[0];
  const [start, end] = firstLine.ruby!;
  // The lines' indices now: the fix may be read after the next version has moved the line objects.
  const at = new Int32Array(rubies.length);
  for (let k = 0; k < rubies.length; k++) at[k] = rubies[k].index;
  // The lines and their indices then, as the last fix's inputs.
  const inputs: unknown[] = [];
  for (let k = 0; k < rubies.length; k++) inputs.push(rubies[k], at[k]);
  const build = () => documentEdits.get(inputs, () => rubies.flatMap((l, k) => rubyEdits(l, at[k])));
  // What it deletes, the same object while the lines with ruby are the same at the same lines: deleted-text.ts keeps
  // what it found inside deleted text while the deletions are the same.
  const deletions = documentDeletions.get(inputs, () => ({ count, endAt: (point: Position) => rubyEnd(rubies, at, point) }));
  const editsOn = (line: number) => {
    const k = lineAt(at, line);
    return k < 0 ? [] : rubyEdits(rubies[k], at[k]);
  };
  context.report({
    message: 'rubyDocument',
    data: { count, lines: rubies.length, text: firstLine.text.slice(Math.max(0, start - 1), end) },
    range: lineRange(firstLine.index, start, end),
    fix: deferEdits({ title: 'fixRubyDocument' }, build, { deletions, editsOn }),
  });
}

/** Where the run of ruby (touching annotations joined) holding a point ends, or undefined when none holds it. */
function rubyEnd(rubies: Line[], at: Int32Array, point: Position): Position | undefined {
  const k = lineAt(at, point.line);
  if (k < 0) return undefined;
  const kept = rubyOf(rubies[k]);
  const runs = (kept.runs ??= rubyRuns(rubies[k].ruby!));
  // The last run starting at or before the point: the runs are apart (each starts after the one before ends).
  let lo = 0;
  let hi = runs.length / 2 - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[2 * mid] <= point.character) lo = mid;
    else hi = mid - 1;
  }
  const start = runs[2 * lo];
  const end = runs[2 * lo + 1];
  return start <= point.character && point.character <= end ? { line: point.line, character: end } : undefined;
}

/** A line's ruby as runs (touching or overlapping annotations joined, empty ones left out): start, end, start, end… */
function rubyRuns(ruby: readonly number[]): Int32Array {
  const found: { start: number; end: number }[] = [];
  for (let k = 0; k < ruby.length; k += 2) found.push({ start: ruby[k], end: ruby[k + 1] });
  const sorted = found.every((r, k) => k === 0 || found[k - 1].start <= r.start) ? found : [...found].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: number[] = [];
  for (const r of sorted) {
    if (r.start >= r.end) continue;
    if (out.length && r.start <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], r.end);
    else out.push(r.start, r.end);
  }
  return Int32Array.from(out);
}

/** Where `line` is in the ascending line indices `at`, or -1. */
function lineAt(at: Int32Array, line: number): number {
  // Asked for every finding of the draft (deleted-text.ts): searched here, not through a callback.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] === line ? lo : -1;
}

/**
 * A line's ruby pinyin, and the edits deleting it placed at the line's index: kept per line object (a line an edit
 * left alone is the same object in the next version), placed again when the line has moved.
 */
const rubies = new WeakMap<Line, RubyOfLine>();

/** What a fix of a line's ruby (its `ruby` columns) was read as, made when first asked for. */
interface RubyOfLine {
  at: number;
  edits?: TextEdit[];
  /** The ruby as runs, read when a finding is asked whether it sits inside deleted ruby (rubyEnd). */
  runs?: Int32Array;
}

function rubyOf(line: Line): RubyOfLine {
  let kept = rubies.get(line);
  if (!kept) rubies.set(line, (kept = { at: line.index }));
  return kept;
}

/** The last fix of the whole draft, given again while the lines with ruby are the same, at the same indices. */
const documentEdits = new LastResult<TextEdit[]>();

/** What the last document fix deletes (its count and where each stretch ends), given again on the same terms. */
const documentDeletions = new LastResult<{ count: number; endAt(point: Position): Position | undefined }>();

/** The edits deleting a line's ruby, with the line at `index`. */
function rubyEdits(line: Line, index: number): TextEdit[] {
  const kept = rubyOf(line);
  if (!kept.edits || kept.at !== index) {
    const ruby = line.ruby!;
    const edits: TextEdit[] = [];
    for (let k = 0; k < ruby.length; k += 2) edits.push({ range: lineRange(index, ruby[k], ruby[k + 1]), newText: '' });
    kept.edits = edits;
    kept.at = index;
  }
  return kept.edits;
}

/** One finding for a line's mojibake, on its first piece; the fix restores every piece when all their bytes are there. */
function reportMojibake(context: UnitContext, line: number, text: string, pieces: Damage[]): void {
  const first = pieces[0];
  const range = lineRange(line, first.start, first.end);
  const shown = excerpt(text.slice(first.start, first.end), 24);
  const many = pieces.length > 1;
  if (pieces.some((d) => d.intended === undefined)) {
    context.report({ message: many ? 'mojibakeLine' : 'mojibake', data: { text: shown, count: pieces.length }, range });
    return;
  }
  const data = { text: shown, intended: excerpt(first.intended!, 16), count: pieces.length };
  const edits = pieces.map((d) => ({ range: lineRange(line, d.start, d.end), newText: d.intended! }));
  context.report({ message: many ? 'mojibakeLineOf' : 'mojibakeOf', data, range, fix: { title: many ? 'fixMojibakeLine' : 'fixMojibake', data, edits } });
}

/**
 * 學??冃Э己朔桨?, 學?!懊庠?、: text saved in an encoding that could not hold its characters (GBK for traditional
 * ones, or bytes read back wrongly) has ? in their place. A ? touching Chinese counts when it is doubled before more
 * text, or stands where no question ends (before a comma, a digit, a Latin letter); two on a line make one finding.
 */
function reportLost(context: UnitContext, line: number, prose: string): void {
  const runs: { start: number; end: number; weight: number }[] = [];
  eachMatch(QUESTION_RUN, prose, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = prose[start - 1] ?? '';
    const after = prose[end] ?? '';
    // Chinese text around it: a Han character or a full-width mark.
    if (!isHanBefore(prose, start) && !isCjkPunct(before) && !isCjk(after)) return;
    // 文件名不得包含*、?、<、>等字符 · 通配符*、?、[]: one ? standing as an item of a list of signs is that sign.
    if (m[0].length === 1 && before === '、' && (after === '、' || after === '等')) return;
    const doubled = m[0].length >= 2 && after.trim() !== '' && !/[”"’）)】\]」』]/.test(after);
    // 、?水灌区: no question mark follows a list comma or a comma — a character the conversion lost (a rare one: 㵲).
    const afterComma = /[、，；：]/.test(before) && /\p{sc=Han}/u.test(after);
    // 成立?;饡, 召开?;顒蝇F: a half-width ? and ; between Chinese characters — no writer ends a question twice and goes on
    // mid-sentence; the bytes of a 。 and what follows it read in the wrong encoding leave these two.
    const semicolonInside = after === ';' && isHanBefore(prose, start) && /\p{sc=Han}/u.test(prose[end + 1] ?? '');
    // 《…指引第1号?规范运作》: the dash between a rule's number and its subtitle, lost (model/mojibake.ts).
    const titleDash = m[0].length === 1 && lostTitleDash(prose, start);
    const certain = doubled || afterComma || semicolonInside || titleDash;
    if (certain || AFTER_LOST.test(after) || /[“(（]/.test(before)) runs.push({ start, end, weight: certain ? 2 : 1 });
  });
  const weight = runs.reduce((sum, r) => sum + r.weight, 0);
  if (weight < LOST_MIN) return;
  const first = runs[0];
  const text = excerpt(prose.slice(Math.max(0, first.start - 3), first.end + 3).trim(), 16);
  context.report({ message: 'lost', data: { text, count: runs.length }, range: lineRange(line, first.start, first.end) });
}

// 1O,000, €4,9OO: a number with the letter O among its digits (a digit before it; COVID-19, O2, H2O and CO2 have none
// or a letter before). Read again with 0 for O it must be a number (1,000 groups of three, one decimal point).
// Chinese around it is no letter of a name (补助2,36O万元, 稳定在9O%以上): the letters are those of Latin, Greek and Cyrillic.
const LETTER_O = /(?<![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}_.,])\d[\d,.]{0,12}O[\dO,.]{0,12}(?![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}_])/gu;
const NUMBER_READ = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** €4,9OO, 1O,000: the letter O typed or scanned for a zero inside a number; the fix writes the zeros. */
function reportLetterO(context: UnitContext, line: number, prose: string): void {
  eachMatch(LETTER_O, prose, (m) => {
    const text = m[0].replace(/[.,]+$/, '');
    const intended = text.replace(/O/g, '0');
    if (!NUMBER_READ.test(intended)) return;
    const data = { text, intended };
    const range = lineRange(line, m.index, m.index + text.length);
    context.report({ message: 'letterO', data, range, fix: { title: 'fixMojibake', data, edits: [{ range, newText: intended }] } });
  });
}

// l,250 and 1l,840, 3,8I6: the letter l or I scanned for a one inside a number. Unlike O, the letter must stand
// between digits (or lead a group of thousands): 5l and 10I drums are litres or a label, Part I, 2024 a part.
const LETTER_L_IN = /[lI]/;
const LETTER_L_END = /[lI]$/;
const LETTERS_L = /[lI]/g;
const LETTER_L_HINT = /\d[lI]|[lI],\d/;
const LETTER_L = /(?<![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}_.,])(?:\d|[lI](?=,\d))[\d,.lI]{0,24}(?![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}_])/gu;

/** l,250, 1l,840: the letter l or I typed or scanned for a one inside a number; the fix writes the ones. */
function reportLetterL(context: UnitContext, line: number, prose: string): void {
  eachMatch(LETTER_L, prose, (m) => {
    const text = m[0].replace(/[.,]+$/, '');
    if (!LETTER_L_IN.test(text) || LETTER_L_END.test(text)) return;
    const intended = text.replace(LETTERS_L, '1');
    if (!NUMBER_READ.test(intended)) return;
    const data = { text, intended };
    const range = lineRange(line, m.index, m.index + text.length);
    context.report({ message: 'letterL', data, range, fix: { title: 'fixMojibake', data, edits: [{ range, newText: intended }] } });
  });
}

// 己经, 己完成; 3月5曰: the look-alikes a scan (or a hurried typist) puts for 已 and 日. 己 counts only before a word
// that 已 starts (己经 but not 悦己经济) and after no word that ends in 己 (自己, 知己, 律己, 据为己有, 异己, 悦己); its
// stem-branch years (己亥) and 己二酸, 己内酰胺 start no such word. 曰 counts only after a digit (5曰, the date), where
// no quotation (子曰：) stands.
const OCR_HINT = /[己曰]/;
const OCR_CHARACTER =
  /(?<![自知异利克舍一为律正损修恕洁推悦胜守])己(?=经(?!济|营|纬)|完成|全部|建成|达到|实现|形成|基本|初步|累计|开工|投入|启动|纳入|竣工|超过|取得|成为|进入|获得|落实|办结|整改|通过|列入)|(?<=[0-9０-９])曰/gu;

// 达到 3 6.5%, 达到36 2.5万, 面商1 5 8次: a figure split by a space (the part after it no group of three digits, as 1 329 is), after
// Chinese (not a row's number at the line's start, 24 3岁以下, nor a label, 图1 2月); 100名 以上, 3人 左右: a space between
// a figure's unit and the word that bounds it. A PDF that spaces its figures (每亩 2000 元以上, 上涨 5% 左右) puts none
// between a Chinese unit and the word.
const ZH_SPACE_HINT = /\d (?:\d|[\p{sc=Han}%])|[\p{sc=Han}] (?:以上|以下|左右|以内)/u;
// 面商1 5 8次, 面商1 5 8 次: a figure split by two spaces or more (each part after the first one or two digits), the
// last one perhaps before its unit too — straight after the Chinese before it: a flattened table's row of figures
// (个 50 8 8 质量指标) has a space there.
const ZH_SPLIT_FIGURE = /(?<=[\p{sc=Han}](?<![图表附第条款项]) ?)(?<![\d.])(\d{1,3} \d{1,2}(?:\.\d+)?(?=%|[\p{sc=Han}]))|(?<=[\p{sc=Han}](?<![图表附第条款项]))(\d{1,3}(?: \d{1,2}){2,}(?:\.\d+)? ?(?=%|[\p{sc=Han}]))|(?<=\d\p{sc=Han}{1,2})( +)(?=以上|以下|左右|以内)/gu;

/** 达到 3 6.5%, 100名 以上: a space a scan or a PDF conversion put inside a Chinese figure or phrase. One finding per
 * line, on its first; the fix deletes every one on the line. */
function reportStrayZhSpaces(context: UnitContext, line: number, prose: string, wraps?: ReadonlySet<number>): void {
  const edits: TextEdit[] = [];
  let shown: { start: number; end: number } | undefined;
  eachMatch(ZH_SPLIT_FIGURE, prose, (m) => {
    // A split figure: each of its spaces (1 5 8次 has two); a bound word: the spaces before it.
    const figure = m[1] ?? m[2];
    const spaces = figure !== undefined ? [...matchesOf(figure, / /g)].map((s) => m.index + s.index!) : [m.index];
    if (wraps && spaces.some((s) => wraps.has(s))) return;
    const length = figure !== undefined ? 1 : m[3].length;
    for (const space of spaces) edits.push({ range: lineRange(line, space, space + length), newText: '' });
    const first = spaces[0];
    const last = spaces[spaces.length - 1] + length;
    shown ??= { start: Math.max(0, first - 4), end: Math.min(prose.length, last + 4) };
  });
  if (shown === undefined) return;
  const data = { text: prose.slice(shown.start, shown.end).trim() };
  context.report({ message: 'strayZhSpace', data, range: edits[0].range, fix: { title: 'fixStrayZhSpace', data, edits } });
}

const HAN_SPACE_HAN = /\p{sc=Han} \p{sc=Han}/u;
/** Two wraps at least between Chinese characters: a paragraph of three PDF lines or more. */
const WRAP_SPACES_MIN = 2;
/** Half-width units a PDF line of Chinese may vary by (two characters: justified lines hold figures and marks). */
const WRAP_TOLERANCE = 4;
/** The narrowest PDF line of Chinese, in half-width units: a dozen characters. */
const WRAP_LINE_MIN = 24;

/**
 * 已全部 纳入, 推动责 任落实: a paragraph copied from a PDF, each line break become a space — between two Chinese
 * characters it splits a word. Only a line of prose (with its marks) whose single spaces next to Chinese fall at the
 * width of a PDF line, each after the same width of text (Chinese counted double, a line running to a whole multiple
 * when a wrap fell where no space was left), the first shorter by an indent at most, the last no longer; two of them at
 * least between Chinese characters. Not spaced titles (会 议 纪 要), names padded in a table (张 三), slogans or phrases
 * set apart (不忘初心 牢记使命), a heading's title before its text, spaces around figures and Latin: none of those
 * falls at a line's width. One finding per line, on its first; the fix deletes every wrap's space (发现问题37 个 too).
 */
function reportWrapSpaces(context: UnitContext, line: number, prose: string): ReadonlySet<number> | undefined {
  if (!/[，。；：、]/.test(prose) || /\t|\|| {2}\S/.test(prose.trimStart())) return undefined;
  const start = prose.length - prose.trimStart().length;
  const end = prose.trimEnd().length;
  // The width of the text before each single space next to Chinese, from the last one (or the line's start).
  const widths: number[] = [];
  const spaces: number[] = [];
  let firstHan: number | undefined;
  let hanSpaces = 0;
  let width = 0;
  for (let i = start; i < end; i++) {
    const ch = prose[i];
    if (ch === ' ') {
      const before = prose[i - 1];
      const after = prose[i + 1];
      if (after === ' ' || before === ' ') return undefined;
      const cjkBefore = isCjk(before) || isHanBefore(prose, i);
      const cjkAfter = isCjk(after) || isHanAt(prose, i + 1);
      // A space between Latin words or figures is no wrap's.
      if (!cjkBefore && !cjkAfter) continue;
      // A PDF line of Chinese holds a dozen characters at least: a shorter stretch between two spaces is no line.
      if (widths.length > 0 && width < WRAP_LINE_MIN) return undefined;
      widths.push(width);
      spaces.push(i);
      width = 0;
      if (isHanBefore(prose, i) && isHanAt(prose, i + 1)) {
        hanSpaces++;
        firstHan ??= i;
      }
      continue;
    }
    // A surrogate pair's second half adds nothing.
    const code = ch.charCodeAt(0);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += code < 0x2e80 ? 1 : 2;
  }
  if (hanSpaces < WRAP_SPACES_MIN || !atLineWidths(widths, width)) return undefined;
  const edits: TextEdit[] = spaces.map((i) => ({ range: lineRange(line, i, i + 1), newText: '' }));
  // Shown where a word is split (推动责 任落实).
  const first = firstHan!;
  const data = { text: prose.slice(Math.max(start, first - 4), Math.min(end, first + 5)), count: spaces.length };
  context.report({ message: 'wrapSpaces', data, range: edits[0].range, fix: { title: 'fixWrapSpaces', data, edits } });
  return new Set(spaces);
}

/**
 * Whether the widths between wraps are those of one PDF line: the line's width is the narrowest after the first, each
 * a whole multiple of it (up to three lines), the first too or up to an indent shorter, the rest (`last`) no longer.
 */
function atLineWidths(widths: readonly number[], last: number): boolean {
  const inner = widths.slice(1);
  if (inner.length === 0) return false;
  let unit = inner[0];
  for (const w of inner) unit = Math.min(unit, w);
  const near = (w: number, k: number) => Math.abs(w - k * unit) <= WRAP_TOLERANCE * k;
  const multiple = (w: number) => near(w, 1) || near(w, 2) || near(w, 3);
  if (!inner.every(multiple)) return false;
  const first = widths[0];
  return (multiple(first) || multiple(first + 4)) && last <= unit + WRAP_TOLERANCE;
}

/** 己经全部接入, 3月5曰: a look-alike character for 已 or 日 where only they make sense. One finding per line, on its
 * first; the fix writes every one on the line. */
function reportOcrCharacters(context: UnitContext, line: number, prose: string): void {
  const edits: TextEdit[] = [];
  let first: RegExpExecArray | undefined;
  eachMatch(OCR_CHARACTER, prose, (m) => {
    first ??= m;
    edits.push({ range: lineRange(line, m.index, m.index + 1), newText: m[0] === '己' ? '已' : '日' });
  });
  if (first === undefined) return;
  const wrong = first[0];
  const right = wrong === '己' ? '已' : '日';
  const start = Math.max(0, first.index - (wrong === '曰' ? 3 : 0));
  const end = Math.min(prose.length, first.index + (wrong === '己' ? 3 : 1));
  const text = prose.slice(start, end);
  const intended = text.slice(0, first.index - start) + right + text.slice(first.index - start + 1);
  const data = { text, intended, wrong, right };
  const range = lineRange(line, first.index, first.index + 1);
  context.report({ message: 'ocrCharacter', data, range, fix: { title: 'fixMojibake', data, edits } });
}

/** A line with an English word (Chinese lines are not read for misread English). */
const OCR_WORD_HINT = /[a-z]{3}/i;
// The misread stems of the word list, each with the endings that make a word of it: govemment, Intemal, retumed.
const OCR_STEMS = new Map(ocrWords.stems.map(([wrong, right]) => [wrong as string, right as string]));
const OCR_LISTED = new RegExp(
  `\\b(${ocrWords.stems.map(([wrong]) => wrong).join('|')})(${[...new Set(ocrWords.stems.flatMap(([, , endings]) => endings as string[]))].filter((e) => e).join('|')})?\\b`,
  'gi',
);
const OCR_ENDINGS = new Map(ocrWords.stems.map(([wrong, , endings]) => [wrong as string, new Set(endings as string[])]));
// m read as rn where no English word has it: at the start of a long word before a vowel (rnatron, rnodern), doubled
// (cornrnunity), after r (perforrnance). Not a user name (rnagy@), a short word, a part of an address or the inside of
// a word with an accented letter (Steòrnabhagh, Ceàrnabhagh, Tèrnabost: Gaelic place names, rn after a vowel).
const OCR_RN = /(?<![@./\p{L}\p{M}\p{N}_-])(?:rn[aeiou][a-z]{4,}|[a-z]*(?:rnrn|rrn)[a-z]*)(?![@/\p{L}\p{M}\p{N}_-])/gu;
// Real words a scan makes, read by their neighbours: modem for modern (Modem Slavery Statement, 600 modem, energy-efficient
// homes, more modem), tum for turn (in tum, will tum), comer for corner (the comer of, street comer). Not a modem and
// broadband, the corner shop, a late comer, all comers.
const OCR_IN_CONTEXT =
  /\b(?:(?<=\b(?:more|most|very|fully) )modem|[mM]odem(?=,? (?:slavery|Slavery|methods?|world|day|times|era|society|standards?|homes?|housing|facilities|buildings?|premises|offices?|equipment|languages|apprenticeships?|workplaces?|classrooms?|kitchens?|fleet|vehicles|infrastructure|practice|medicine|history|art|life|economy|design|public|energy-efficient|efficient|fit-for-purpose|accessible|affordable|sustainable|high-quality)\b)|tum|comer(?= (?:of|shops?|stones?|plots?|sites?|stores?|units?|house|property|offices?)\b)|(?<=\b(?:street|blind|tight|round the|around the|on the|at the) )comer)\b/g;
const OCR_CONTEXT_WORD: Record<string, string> = { modem: 'modern', Modem: 'Modern', tum: 'turn', comer: 'corner' };

/** The word a misread one stands for, in its case (Intemal → Internal, GOVEMMENT → GOVERNMENT). */
function ocrIntended(word: string, stem: string, right: string): string {
  const lower = right + word.slice(stem.length).toLowerCase();
  if (word === word.toUpperCase()) return lower.toUpperCase();
  return word[0] === word[0].toUpperCase() ? lower[0].toUpperCase() + lower.slice(1) : lower;
}

/**
 * The govemment's new standard, Intemal audit, in tum, the comer of Mill Street: English words a scan misread (rn as m,
 * m as rn, cl as d). A non-word of the list, m read as rn where no English word has rn (rnatron, cornrnunity), or a
 * real word where its neighbours want the other (modem slavery). One finding per line, on its first; the fix writes every one.
 */
function reportOcrWords(context: UnitContext, line: number, prose: string): void {
  const found: { start: number; end: number; intended: string }[] = [];
  eachMatch(OCR_LISTED, prose, (m) => {
    const stem = m[1].toLowerCase();
    if (!OCR_ENDINGS.get(stem)?.has((m[2] ?? '').toLowerCase())) return;
    found.push({ start: m.index, end: m.index + m[0].length, intended: ocrIntended(m[0], m[1], OCR_STEMS.get(stem)!) });
  });
  // Each match holds rn (perf58: the pattern, with its \p{L} look-behind, is not compiled for a line without).
  if (prose.includes('rn')) eachMatch(OCR_RN, prose, (m) => {
    const w = m[0];
    const intended = w.startsWith('rn') ? `m${w.slice(2)}` : w.replace(/rnrn/g, 'mm').replace(/rrn/g, 'rm');
    found.push({ start: m.index, end: m.index + w.length, intended });
  });
  if (prose.includes('odem') || prose.includes('tum') || prose.includes('comer')) eachMatch(OCR_IN_CONTEXT, prose, (m) => {
    found.push({ start: m.index, end: m.index + m[0].length, intended: OCR_CONTEXT_WORD[m[0]] });
  });
  if (found.length === 0) return;
  found.sort((a, b) => a.start - b.start);
  const first = found[0];
  const data = { text: prose.slice(first.start, first.end), intended: first.intended };
  const edits = found.map((f) => ({ range: lineRange(line, f.start, f.end), newText: f.intended }));
  context.report({ message: 'ocrWord', data, range: edits[0].range, fix: { title: 'fixMojibake', data, edits } });
}

// The words of lost-ligatures.json, by their copied form (lower case).
const LOST_LIGATURES = new Map(lostLigatures.words.map(([wrong, right]) => [wrong, right]));
// A word as long as the shortest copied form (six letters), not inside an address, a name with digits or an identifier.
const LONG_WORD = /(?<![@./\p{L}\p{N}_-])[A-Za-z]{6,}(?![@/\p{L}\p{N}_])/gu;

/**
 * The nancial year, signicant progress, a more eective service, our workfow: a PDF copy that lost the letters of its
 * typeset ligatures (ﬁ, ﬂ, ﬀ, ﬃ) or kept only their f. Only the copied forms of lost-ligatures.json, which are no English
 * words. One finding per line, on its first; the fix writes every one.
 */
function reportLostLigatures(context: UnitContext, line: number, prose: string): void {
  const edits: TextEdit[] = [];
  let first: { text: string; intended: string } | undefined;
  // LONG_WORD needs six Latin letters in a row (perf58: not compiled for a line of pinyin, 總結(jié)).
  if (!hasLatinRun(prose, 6)) return;
  eachMatch(LONG_WORD, prose, (m) => {
    const right = LOST_LIGATURES.get(m[0].toLowerCase());
    if (right === undefined) return;
    const word = m[0];
    const intended = word === word.toUpperCase() ? right.toUpperCase() : word[0] === word[0].toUpperCase() ? right[0].toUpperCase() + right.slice(1) : right;
    first ??= { text: word, intended };
    edits.push({ range: lineRange(line, m.index, m.index + word.length), newText: intended });
  });
  if (!first) return;
  context.report({ message: 'lostLigature', data: first, range: edits[0].range, fix: { title: 'fixMojibake', data: first, edits } });
}

// ﬁ, ﬂ, ﬃ: the typeset ligatures of a PDF, copied out as single characters (U+FB00–FB06, the Latin ones).
const LIGATURE = /[\uFB00-\uFB06]/;
const LIGATURES = /[\uFB00-\uFB06]/g;
const LIGATURE_LETTERS = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
/** The word around a ligature, for the message: signiﬁcant, not the lone ﬁ. */
const WORD_AROUND = /[\p{L}\p{M}]*$/u;
const WORD_AFTER = /^[\p{L}\p{M}]*/u;

/**
 * Our ﬁnancial position, the ﬂu vaccination rate: a PDF's ligatures copied in as one character each. The text looks
 * right, but a search or the spelling check misses the word, and a font without them shows a box. One finding per
 * line, on its first; the fix writes the letters of every one on the line.
 */
function reportLigatures(context: UnitContext, line: number, prose: string): void {
  const edits: TextEdit[] = [];
  eachMatch(LIGATURES, prose, (m) => {
    edits.push({ range: lineRange(line, m.index, m.index + 1), newText: LIGATURE_LETTERS[m[0].charCodeAt(0) - 0xfb00] });
  });
  const first = edits[0].range.start.character;
  const before = WORD_AROUND.exec(prose.slice(0, first))?.[0] ?? '';
  const after = WORD_AFTER.exec(prose.slice(first + 1))?.[0] ?? '';
  const word = before + prose[first] + after;
  const intended = word.replace(LIGATURES, (c) => LIGATURE_LETTERS[c.charCodeAt(0) - 0xfb00]);
  const data = { text: excerpt(word, 24), intended: excerpt(intended, 24), count: edits.length };
  const range = lineRange(line, first - before.length, first + 1 + after.length);
  context.report({ message: edits.length > 1 ? 'ligatures' : 'ligature', data, range, fix: { title: edits.length > 1 ? 'fixLigatures' : 'fixMojibake', data, edits } });
}

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_NUMBERS = /[０-９]+(?:[．.][０-９]+)?/g;
const LABEL_BEFORE = /^[\s#>*\-]*[（(]?$/;
const LABEL_AFTER = /^[．.、）)]$/;
const halfWidth = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('．', '.');

/**
 * 新增８个，累计达到６５个；创建省级现代农业产业园2个: full-width digits on a line whose other numbers are half-width, as a
 * conversion or an input method in full-width mode leaves them. One finding per line, on its first; the fix writes them
 * all half-width. A line typed in full-width digits throughout (联系电话：０８１２－３３３５５８８) is its own style; a list
 * label (２．对6名…) is numbering-style's, a digit typed after a year's four (2012０-21学年) date-validity's.
 */
function reportFullWidthDigits(context: UnitContext, line: number, prose: string): void {
  const edits: TextEdit[] = [];
  let first: { start: number; text: string } | undefined;
  eachMatch(FULL_WIDTH_NUMBERS, prose, (m) => {
    // A list label (２．对6名…, （３）): numbering-style's, which reads the labels of a list together.
    if (LABEL_BEFORE.test(prose.slice(0, m.index)) && LABEL_AFTER.test(prose[m.index + m[0].length] ?? '')) return;
    // 2012０-21学年: a digit typed after a year's four makes a five-digit year, which date-validity reports (writing the
    // ０ half-width would leave 20120-21).
    if (/(?:^|[^\d])(?:19|20)\d\d$/.test(prose.slice(Math.max(0, m.index - 5), m.index))) return;
    first ??= { start: m.index, text: m[0] };
    edits.push({ range: lineRange(line, m.index, m.index + m[0].length), newText: halfWidth(m[0]) });
  });
  if (!first) return;
  const data = { text: first.text, intended: halfWidth(first.text), count: edits.length };
  const range = lineRange(line, first.start, first.start + first.text.length);
  context.report({ message: 'fullWidthDigits', data, range, fix: { title: edits.length > 1 ? 'fixFullWidthDigits' : 'fixMojibake', data, edits } });
}

// Four or more Latin-1 characters in a row, none of them ASCII: what GBK bytes read as Latin-1 give (Äê¶ÈÖØµã).
const LATIN1_RUN = /[\u00a1-\u00ff]{4,}/;
const LATIN1_RUNS = /[\u00a1-\u00ff]{4,}/g;
/** GBK's trailing bytes below the letters, and × ÷: a word of European text is letters. */
const LATIN1_SYMBOL = /[\u00a1-\u00bf\u00d7\u00f7]/;
let gbkDecoder: { decode(bytes: Uint8Array): string } | null | undefined;

/** The Chinese text whose GBK bytes a run of Latin-1 characters is, if every pair is a Chinese character. */
function gbkOfLatin1(run: string): string | undefined {
  if (run.length % 2 !== 0 || !LATIN1_SYMBOL.test(run) || new Set(run).size < 3) return undefined;
  for (let i = 0; i < run.length; i += 2) {
    const lead = run.charCodeAt(i);
    if (lead < 0xb0 || lead > 0xf7 || run.charCodeAt(i + 1) < 0xa1 || run.charCodeAt(i + 1) > 0xfe) return undefined;
  }
  if (gbkDecoder === undefined) {
    try {
      gbkDecoder = new TextDecoder('gbk', { fatal: true });
    } catch {
      gbkDecoder = null;
    }
  }
  if (gbkDecoder === null) return undefined;
  try {
    const text = gbkDecoder.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    return /^[\u4e00-\u9fff]+$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * 将课后服务列为Äê¶ÈÖØµã工作: Chinese whose GBK bytes were read as Latin-1 (Windows-1252), as opening a GBK file with a
 * Western encoding leaves it. A run of four or more such characters, with a symbol among them (¶, µ, ×), that reads
 * back as Chinese characters pair by pair; one finding per line, whose fix writes the Chinese. café, Müller, ××× and
 * 25±0.5°C are no such run.
 */
function reportGbkAsLatin1(context: UnitContext, line: number, prose: string): void {
  const edits: TextEdit[] = [];
  let first: { start: number; text: string; intended: string } | undefined;
  eachMatch(LATIN1_RUNS, prose, (m) => {
    const intended = gbkOfLatin1(m[0]);
    if (intended === undefined) return;
    first ??= { start: m.index, text: m[0], intended };
    edits.push({ range: lineRange(line, m.index, m.index + m[0].length), newText: intended });
  });
  if (!first) return;
  const many = edits.length > 1;
  const data = { text: excerpt(first.text, 24), intended: first.intended, count: edits.length };
  const range = lineRange(line, first.start, first.start + first.text.length);
  context.report({ message: many ? 'mojibakeLineOf' : 'mojibakeOf', data, range, fix: { title: many ? 'fixMojibakeLine' : 'fixMojibake', data, edits } });
}

// ?10 million in a text in euros: a ? where a currency sign was, before an amount (a scale word after it, or digits in
// groups or with decimals), at the start of a word. A question ends before a space (Why? 10 million people).
const LOST_CURRENCY = /(?<![^\s(])\?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?= ?(?:million|billion|bn|m|k)\b))/g;

// ?,000, 12?,000, 6,67?: a ? a scan put for a digit it could not read, inside a figure written in groups of three. Read
// with a digit for each ?, it is a figure; without the ?s at its ends it is none (so the ? is no question mark after a
// figure, 6,000?, nor a lost sign before one, ?12,000). Mostly digits: ?,??? is a form's blank.
const LOST_DIGIT = /(?<![\p{L}\p{N}_?.,])[\d?]{1,3}(?:,[\d?]{3})+(?![\p{L}\p{N}_?]|[.,]\d)/gu;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;

function reportLostDigit(context: UnitContext, line: number, prose: string): void {
  eachMatch(LOST_DIGIT, prose, (m) => {
    const text = m[0];
    const lost = text.split('?').length - 1;
    const digits = text.replace(/\D/g, '').length;
    if (lost === 0 || lost >= digits || !GROUPED.test(text.replace(/\?/g, '0')) || GROUPED.test(text.replace(/^\?+|\?+$/g, ''))) return;
    context.report({ message: 'lostDigit', data: { text }, range: lineRange(line, m.index, m.index + text.length) });
  });
}

function reportLostCurrency(context: UnitContext, line: number, prose: string): void {
  eachMatch(LOST_CURRENCY, prose, (m) => {
    const text = excerpt(prose.slice(m.index, m.index + m[0].length + 9).trim(), 20);
    context.report({ message: 'lostCurrency', data: { text }, range: lineRange(line, m.index, m.index + 1) });
  });
}

const TRADITIONAL = new Set(scripts.traditional);
const SIMPLIFIED = new Set(scripts.simplified);
/** Simplified-only characters that make a line simplified text (报, 这, 发…). */
const SIMPLIFIED_MIN = 2;

/**
 * 醫療質量安全體系不斷完善。建立不良事件主动报告制度… / 积极發揮党支部作用: traditional characters in a line that is
 * otherwise simplified — a phrase pasted from a traditional source, or a conversion that stopped halfway. A run of
 * Chinese characters with no simplified-only one in it that holds two traditional-only ones, on a line with
 * simplified-only characters elsewhere; or one traditional form of a frequent character (高质量發展, 人民币伍亿陸仟万元,
 * 增長23.4%: the list is `engine/data/traditional-common.json`) on a line whose simplified-only characters are many and
 * three times its traditional ones; not a rare one a simplified text keeps in a name or a term (昇腾, 涅槃, 濛溪河). A traditional text (no
 * simplified-only characters), one rare character in a name (张喆) and a traditional title or saying in its marks
 * (《臺灣地區與大陸地區人民關係條例》, “愛拼才會贏”: no simplified-only character inside) are left alone. One finding
 * per line, on its first such run.
 */
function reportTraditional(context: UnitContext, line: number, prose: string): number | undefined {
  let simplified = 0;
  let traditional = 0;
  let run = { start: -1, end: -1, count: 0, rare: false };
  let found: { start: number; end: number } | undefined;
  let single: number | undefined;
  const close = () => {
    // No run open: nothing to close (a new record per mark and per simplified character was most of this loop's garbage).
    if (run.count === 0) return;
    if (run.count >= 2 && !found) found = { start: run.start, end: run.end };
    else if (run.count === 1 && !run.rare) single ??= run.start;
    run = { start: -1, end: -1, count: 0, rare: false };
  };
  const quoted = TRADITIONAL_QUOTE_HINT.test(prose) ? traditionalQuotes(prose) : undefined;
  // By character code, the lists in one table: this loop reads every character of every line without ruby.
  for (let i = 0; i < prose.length; i++) {
    const code = prose.charCodeAt(i);
    // A Han character of the BMP (isCjk and not isCjkPunct of the one unit: half a surrogate pair is neither).
    if (!isHanCodePoint(code)) {
      close();
      const skipTo = quoted?.[i];
      if (skipTo !== undefined) i = skipTo;
      continue;
    }
    const script = SCRIPT_OF[code];
    if ((script & IS_SIMPLIFIED) !== 0) {
      simplified++;
      close();
      continue;
    }
    if ((script & IS_TRADITIONAL) === 0) continue;
    traditional++;
    if (run.count === 0) run.start = i;
    if (run.count === 0 && (script & IS_COMMON_TRADITIONAL) === 0) run.rare = true;
    run.end = i + 1;
    run.count++;
  }
  close();
  // 全年共開展培训12次。: one traditional form of a frequent character, and too few simplified-only characters to tell the
  // line's script — the lines near it tell it (reportLone).
  if (!found && single !== undefined && traditional === 1 && simplified < SINGLE_SIMPLIFIED_MIN) return loneCandidate(prose, single);
  if (simplified < SIMPLIFIED_MIN) return undefined;
  if (!found && single !== undefined && simplified >= SINGLE_SIMPLIFIED_MIN && simplified >= SINGLE_RATIO * traditional) found = { start: single, end: single + 1 };
  if (!found || inTraditionalAddress(prose, found.start, found.end)) return undefined;
  const stretch = prose.slice(found.start, found.end);
  const chars = [...new Set([...stretch].filter((c) => TRADITIONAL.has(c)))].map((c) => `“${c}”`).join('');
  const text = found.end - found.start > 1 ? stretch : hanAround(prose, found.start);
  context.report({ message: 'traditional', data: { text: excerpt(text, 16), chars }, range: lineRange(line, found.start, found.end) });
  return undefined;
}

/** Chinese characters a line needs for its lone traditional character to count: not a name or a label alone (張). */
const LONE_HAN_MIN = 4;
/** A place in Hong Kong, Macao or Taiwan, whose address a simplified text may keep in its own script (澳門新口岸, 臺北市). */
const TRADITIONAL_PLACE = /香港|澳[門门]|[臺台][灣湾北中南東东]|灣|九[龍龙]|新界|高雄|基隆|新竹|花蓮|屏東/;

/** The clause marks an address in Hong Kong, Macao or Taiwan runs between (地址：香港灣仔港灣道18號，电话：…). */
const CLAUSE_BREAK = /[，,。；;：:、\s（）()]/;

/**
 * 联络处地址：香港灣仔港灣道18號: traditional characters in the clause of an address in Hong Kong, Macao or Taiwan, which a
 * simplified text may keep as the place writes it.
 */
function inTraditionalAddress(prose: string, start: number, end: number): boolean {
  if (!TRADITIONAL_PLACE.test(prose)) return false;
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(prose[from - 1])) from--;
  let to = end;
  while (to < prose.length && !CLAUSE_BREAK.test(prose[to])) to++;
  return TRADITIONAL_PLACE.test(prose.slice(from, to));
}

function loneCandidate(prose: string, at: number): number | undefined {
  let han = 0;
  for (let i = 0; i < prose.length && han < LONE_HAN_MIN; i++) if (isCjk(prose[i]) && !isCjkPunct(prose[i])) han++;
  return han >= LONE_HAN_MIN && !TRADITIONAL_PLACE.test(prose) ? at : undefined;
}

/** A run of letters as long as a run of English words with their spaces lost; shorter runs are words. */
const LOST_SPACES_HINT = /[A-Za-z’']{18}/;
const LETTER_RUN = /[A-Za-z’']{18,}/g;
/** The short words a run of English words holds (thecharitablecompanyfor): two at least in a run of lost spaces. */
const FUNCTION_WORD = /the|and|of|for|are|was|be/gi;
/** An identifier written in camel case (PullRequestReviewCommentEvent, noderesourceTopology): a name, not lost spaces. */
const IDENTIFIER = /^(?:[A-Z][a-z0-9]+){2,}$|^[a-z]+(?:[A-Z][a-z0-9]+)+$/;
/** One run this long, or two on a line, make a line of lost spaces. */
const LOST_SPACES_LONG = 30;

/**
 * TheTrusteespresent theirannual report togetherwith thefinancial statementsandauditor’sreportof
 * thecharitablecompanyfor…: an English text extracted from a PDF without the spaces between its words. Runs of 18
 * letters or more holding two of the short words (the, and, of, for, are, was, be), not a camel-case identifier; two on
 * a line, or one of 30 letters. Not a long word (internationalization), a name (PythonSoftwareFoundation), a repository
 * or a site's name in a path or an address (wearetheuniversity.org, localgeohistoryproject/open-data).
 */
function reportLostSpaces(context: UnitContext, line: number, prose: string): void {
  const runs: { start: number; end: number }[] = [];
  let long = false;
  eachMatch(LETTER_RUN, prose, (m) => {
    const before = prose[m.index - 1];
    const after = prose[m.index + m[0].length];
    if (before === '/' || before === '.' || before === '@' || before === '_' || after === '/' || after === '.' && /\w/.test(prose[m.index + m[0].length + 1] ?? '') || after === '_') return;
    const word = m[0].replace(/[’']s?$/, '');
    if (IDENTIFIER.test(word) || (word.match(FUNCTION_WORD)?.length ?? 0) < 2) return;
    runs.push({ start: m.index, end: m.index + m[0].length });
    if (word.length >= LOST_SPACES_LONG) long = true;
  });
  if (runs.length < 2 && !long) return;
  const first = runs[0];
  context.report({ message: 'lostSpaces', data: { text: excerpt(prose.slice(first.start, first.end), 32), count: runs.length }, range: lineRange(line, first.start, first.end) });
}

/** Lines read either side of a lone traditional character's line, past blank ones. */
const LONE_NEIGHBOURS = 2;
/** Simplified-only characters those lines hold at least (as scriptWeight counts them)… */
const LONE_CONTEXT_SIMPLIFIED_MIN = 6;
/** …and this many times their traditional-only ones: plainly simplified text, not a traditional one partly converted. */
const LONE_CONTEXT_RATIO = 8;
/** What scriptWeight counts of a line at most, each script. */
const WEIGHT_CAP = 9;

/**
 * 我局认真落实各项部署。 ⏎ 全年共開展培训12次。: a traditional form of a frequent character (開, 與, 會, 發, 為) alone on a
 * short line whose other characters do not tell its script, among lines that are plainly simplified — the lines either
 * side of it, past blank ones. Not on a line naming a place in Hong Kong, Macao or Taiwan, not in a traditional text or
 * a traditional one partly converted (its neighbours hold traditional characters too), not a traditional title or
 * saying in its marks (reportTraditional skips those).
 */
function reportLone(context: RuleContext, line: Line, at: number): void {
  const lines = context.doc.lines;
  let simplified = 0;
  let traditional = 0;
  const count = (step: 1 | -1) => {
    let seen = 0;
    for (let i = line.index + step; i >= 0 && i < lines.length && seen < LONE_NEIGHBOURS; i += step) {
      if (lines[i].kind === 'blank') continue;
      seen++;
      const w = scriptWeight(lines[i]);
      simplified += w % 10;
      traditional += Math.floor(w / 10);
    }
  };
  count(-1);
  count(1);
  if (simplified < LONE_CONTEXT_SIMPLIFIED_MIN || traditional * LONE_CONTEXT_RATIO > simplified) return;
  const prose = line.prose;
  const c = prose[at];
  context.report({ message: 'traditionalLone', data: { text: excerpt(hanAround(prose, at), 16), chars: `“${c}”` }, range: lineRange(line.index, at, at + 1) });
}

/** A line's simplified-only and traditional-only characters, each up to WEIGHT_CAP: traditional × 10 + simplified. */
function scriptWeight(line: Line): number {
  if (line.kind !== 'text') return 0;
  const prose = line.prose;
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < prose.length && (simplified < WEIGHT_CAP || traditional < WEIGHT_CAP); i++) {
    const code = prose.charCodeAt(i);
    if (code < 0x4e00) continue;
    const script = SCRIPT_OF[code];
    if ((script & IS_SIMPLIFIED) !== 0) simplified++;
    else if ((script & IS_TRADITIONAL) !== 0) traditional++;
  }
  return Math.min(traditional, WEIGHT_CAP) * 10 + Math.min(simplified, WEIGHT_CAP);
}

/** One traditional-only character counts on a line with at least this many simplified-only ones… */
const SINGLE_SIMPLIFIED_MIN = 3;
/** …and this many times its traditional-only ones (a simplified text, not a traditional one with a few converted). */
const SINGLE_RATIO = 3;
/**
 * The simplified-only, the traditional-only characters and the traditional forms of frequent ones (發, 會, 陸: only
 * these count alone; 昇腾, 涅槃 keep a rare one), by character code (all in the BMP), as bits: reportTraditional's loop
 * reads one entry per character of every line without ruby, where three sets were asked by a string per character.
 */
const IS_SIMPLIFIED = 1;
const IS_TRADITIONAL = 2;
const IS_COMMON_TRADITIONAL = 4;
const SCRIPT_OF = new Uint8Array(0x10000);
for (const c of scripts.simplified) SCRIPT_OF[c.charCodeAt(0)] |= IS_SIMPLIFIED;
for (const c of scripts.traditional) SCRIPT_OF[c.charCodeAt(0)] |= IS_TRADITIONAL;
for (const c of commonTraditional.characters) SCRIPT_OF[c.charCodeAt(0)] |= IS_COMMON_TRADITIONAL;
const TRADITIONAL_QUOTE_HINT = /[《“「『]/;
const QUOTE_CLOSE: Record<string, string> = { '《': '》', '“': '”', '「': '」', '『': '』' };

/**
 * The marks around a traditional title or saying (《臺灣地區與大陸地區人民關係條例》, “愛拼才會贏”): by the column of
 * each opening mark whose text holds no simplified-only character, the column of its closing mark.
 */
/** The longest quotation traditionalQuotes reads as one title or saying. */
const QUOTED_MAX = 200;

function traditionalQuotes(prose: string): (number | undefined)[] {
  const skip: (number | undefined)[] = [];
  for (let i = 0; i < prose.length; i++) {
    const close = QUOTE_CLOSE[prose[i]];
    if (close === undefined) continue;
    // The closing mark within a title's or a saying's length: a search to the line's end for each opening mark would
    // make a line of opening marks quadratic.
    let end = -1;
    for (let j = i + 1; j < prose.length && j <= i + QUOTED_MAX; j++) {
      if (prose[j] === close) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    let hasSimplified = false;
    for (let j = i + 1; j < end && !hasSimplified; j++) hasSimplified = SIMPLIFIED.has(prose[j]);
    if (!hasSimplified) skip[i] = end;
  }
  return skip;
}

/** A character with up to two Chinese characters either side, for the message: 高质量發展, not 發 alone. */
function hanAround(prose: string, at: number): string {
  let start = at;
  let end = at + 1;
  while (start > at - 2 && start > 0 && isCjk(prose[start - 1]) && !isCjkPunct(prose[start - 1])) start--;
  while (end < at + 3 && end < prose.length && isCjk(prose[end]) && !isCjkPunct(prose[end])) end++;
  return prose.slice(start, end);
}

/**
 * 推進(jìn) in a simplified line: the annotated character is a traditional one (進) among simplified text — two signs of
 * a converted page, not a note on how to read a word (行(háng)业 annotates the simplified character the text uses).
 */
/** `start`: the column of the line's first ruby. */
function afterTraditional(line: Line, start: number): boolean {
  if (!TRADITIONAL.has(line.text[start - 1] ?? '')) return false;
  let simplified = 0;
  for (const c of line.prose) if (SIMPLIFIED.has(c) && ++simplified >= SIMPLIFIED_MIN) return true;
  return false;
}

/** A zero-width space, a soft hyphen, a word joiner or a stray byte order mark hides nothing: information. A control character may break tools. */
function reportControl(context: UnitContext, line: number, text: string, d: Damage): void {
  const chars = [...text.slice(d.start, d.end)];
  const code = [...new Set(chars.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))].join(' ');
  const invisibleOnly = chars.every((c) => c === '\u200b' || c === '\ufeff' || c === '\u00ad' || c === '\u2060');
  const range = lineRange(line, d.start, d.end);
  context.report({ message: 'control', data: { code }, range, severity: invisibleOnly ? 'info' : undefined, fix: { title: 'fixControl', edits: [{ range, newText: '' }] } });
}

const NBSP_LEAD_HINT = /[\u00c2\u0100]/;
/**
 * receiptsĀ (to 101,200), comparedĀ to, the backlog fellÂ., in 2016.Â The: the first byte (C2) of a no-break space's
 * UTF-8 (C2 A0) read as Windows-1252 (Â) or as a Baltic code page (Windows-1257, ISO 8859-13: Ā), its second byte
 * gone to a plain space or lost. Only after a lower-case letter, a digit or a mark and before a space, a mark or the
 * line's end: no word ends in a capital Â or Ā after lower case (Āmina, Māori, Rīgā, the pinyin Ān; in capitals,
 * XĪ'ĀN, MĀJĀ: a capital before it). One finding per line, whose fix deletes them (a space where none follows).
 */
const NBSP_LEAD = /(?<=[a-z0-9.,;:!?)%])[\u00c2\u0100](?=[\s.,;:!?()'"\u2019\u201d\u2013\u2014-]|$)/g;

function reportNbspLeads(context: UnitContext, index: number, prose: string): void {
  const found: number[] = [];
  eachMatch(NBSP_LEAD, prose, (m) => {
    found.push(m.index);
  });
  if (found.length === 0) return;
  const at = found[0];
  const char = prose[at];
  const start = Math.max(0, prose.lastIndexOf(' ', at) + 1);
  const data = { char, text: excerpt(prose.slice(start, at + 1), 24), count: found.length };
  const edits = found.map((i) => ({ range: lineRange(index, i, i + 1), newText: /^[\s.,;:!?)'"\u2019\u201d]|^$/.test(prose.slice(i + 1, i + 2)) ? '' : ' ' }));
  context.report({ message: 'nbspLead', data, range: lineRange(index, at, at + 1), fix: { title: 'fixNbspLead', data, edits } });
}

/**
 * voilÃ  – the, Ã  la carte: à (C3 A0) read as Windows-1252 is Ã and a no-break space, and the no-break space became a
 * plain one: the byte round trip no longer holds (a space is no continuation byte), but a capital Ã after a lower-case
 * letter at a word's end, or alone before "la", is no word's (São, NÃO: a lower-case ã, or capitals). One finding per
 * line, whose fix writes à (taking the space the no-break one became when another follows).
 */
const LOST_A_GRAVE = /(?<=[a-z\u00e0-\u00ff])\u00c3(?= |[.,;:!?)’'"]|$)|(?<![^\s(])\u00c3(?= {1,2}la\b)/g;

function reportLostAGrave(context: UnitContext, index: number, prose: string): void {
  const edits: TextEdit[] = [];
  eachMatch(LOST_A_GRAVE, prose, (m) => {
    const spaceTaken = prose[m.index + 1] === ' ' && prose[m.index + 2] === ' ';
    edits.push({ range: lineRange(index, m.index, m.index + (spaceTaken ? 2 : 1)), newText: '\u00e0' });
  });
  if (edits.length === 0) return;
  const at = edits[0].range.start.character;
  const start = Math.max(0, prose.lastIndexOf(' ', at - 1) + 1);
  const word = prose.slice(start, at + 1) || prose[at];
  const data = { text: word, intended: `${word.slice(0, -1)}\u00e0`, count: edits.length };
  context.report({ message: edits.length > 1 ? 'mojibakeLineOf' : 'mojibakeOf', data, range: edits[0].range, fix: { title: edits.length > 1 ? 'fixMojibakeLine' : 'fixMojibake', data, edits } });
}
