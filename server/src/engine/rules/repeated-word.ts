/**
 * repeated-word — 词语重复 / A word typed twice
 *
 * What: in English text, a small word typed twice in a row — "the the", "to to", "of of", "and and", "we we" —
 * also across a line break of a hard-wrapped paragraph ("…the\nthe Board…"), where the eye skips it. Only words
 * that never stand twice in a sentence (articles, prepositions, conjunctions, pronouns, auxiliaries such as will
 * and be) are read; the fix deletes the second one. In Chinese, a word of a closed list typed twice (进行进行, 全县全县,
 * 包括包括, 政策政策, 落实落实, 思想政治引领引领: the formal verbs of a report, which never reduplicate), a noun of a report (工作, 问题, 资金, 企业, 情况) typed twice before a mark, 的, a figure or an adverb (信息公开工作工作，, 这个问题问题不大, 资金资金已拨付, 项目项目3个), 的 typed twice (年的的时候) and the particle 了 (办理了了补充保险), 是, 和 and the modal 要 (特点是是入汛早, 文化和和旅游, 县政府要要统筹): words that never reduplicate and cannot end a longer word before themselves;
 * any phrase of four Han characters or more typed twice (持续推进持续推进), a word of two or three characters typed twice
 * straight before a figure (活动活动4次, 专列专列8趟; 出去活动活动， is a verb reduplicated), the verb of a campaign's name typed
 * twice before its place (体育进进社区, 科技进进校园, 送戏下下乡; not 进进出出, 推进进社区, 下下周), and a three-character word for a person typed
 * twice (社区工作者工作者, 网格员网格员). Both lists are
 * `engine/data/repeated-words.json`.
 * Also "is is", "was was", "are are" and "were were" with no wh-word opening their clause ("The header is is the most
 * sensitive"), "in in" with no verb that takes the particle in the four words before it ("endorsed in in all focus
 * groups"), "on on" with no verb that takes on before it ("the inspector visited on on 21 October"), and "that that"
 * before an article, a possessive or a subject pronoun, which no demonstrative stands before ("and that that the new
 * marking policy"), and a lower-case word of three letters or more typed twice on one line after a determiner or a
 * possessive (the research research themes, the council's annual report report): a noun phrase's head never stands
 * twice; not words written twice on purpose (the very very best, a bye bye, the mahi mahi) nor a noun then the verb of
 * its form (the staff staff the desk), nor a verb after a relative clause (people who work work hard).
 * Not: words whose doubling is grammar — "that that" (he said that that plan…), "had had", "is is" and "was was"
 * in a pseudo-cleft (what it is is…, what they are are…), "do do", "in in" after a phrasal verb (log in in the corner,
 * fill the form in in ink; are in in time), "on on" after a verb that takes on (carry on on the same basis, the point
 * we reported on on 3 May) —, a word before a
 * hyphenated compound that starts with it ("for for-profit providers", "add to to-do lists"), "to to" after a verb
 * whose to a passive or relative clause leaves at its end, an infinitive after it ("will be referred to to help"), "will will"
 * where the first is the noun — after an article, a possessive or an adjective of the noun ("whether the will will be
 * admitted", "the testator's will will be read", "without political will will come no change"), emphasis and names
 * (very very, so so, no no, Walla Walla), a doubled word quoted on its own as a word (fix "the the" typo, a stray ‘of of’ —
 * a change log naming the slip it fixed), words of different case (Will will; but a sentence that opens "The the…"
 * is read), and what the model masks: code,
 * links, URLs (a code span between two words is not a repeat); in Chinese, verbs that reduplicate (研究研究, 讨论讨论),
 * words that may end a longer one (本规定规定的: 本规定 then 规定; 目的的, 有的的确; 为了了解, 除了了解, 不了了之, 明了了;
 * 就是是非, 关键是是否, 还是是, 温和和理性, 经济和和谐社会, 和和美美, 喀什和和田; 主要要求, 还要要求, 需要要素), a pair across two words (数量计量计费, 文化文艺), a
 * three-character name twice in a title (中共区卫生健康委员会委员会), a noun whose second copy starts a compound (找工作工作台, 重点建设建设用地, 一中队中队长, 说明说明书, 发展发展中国家), a measure word reduplicated (一个一个, 一步一步) or a verb reduplicated (该工作工作了), a phrase that is itself a repeat (哈哈哈哈), and
 * 工程工程 (a rewriter's swap, conversion-artifact's), and a repeat that meets at a line break after a short line without
 * punctuation (a table's title above its header cells: 研发人员学历结构 ⏎ 学历结构类别 学历结构人数), or whose second copy is a
 * line of its own under a title line (a page's headline, then the document's title: …县人民政府政府工作报告 ⏎ 政府工作报告), or
 * under a PDF page's running header (…（ESG）报告|报告编制说明 ⏎ 报告编制说明报告范围: the label is what follows the bar).
 *
 * Why: a word left twice by an edit is the commonest typo a spell checker passes, and readers see it at once.
 *
 * 检查：英文中紧邻重复的虚词——the the、to to、of of、and and、we we，包括硬换行段落中跨行的重复（行末 the、下行首 the）。
 * 只看从不连用的词（冠词、介词、连词、代词、will、be 等助动词），快速修复删去后一个。中文里词表中的词连写两遍（进行进行、全县全县、
 * 包括包括、政策政策、落实落实、思想政治引领引领：报告中不重叠使用的书面动词）、报告常用名词（工作、问题、资金、企业、情况）在标点、“的”、数字或副词前连写两遍（信息公开工作工作，、这个问题问题不大、资金资金已拨付、项目项目3个）、“的的”（年的的时候）、“了了”（办理了了补充保险）及“是是”“和和”“要要”（特点是是入汛早、文化和和旅游、县政府要要统筹）：这些词不重叠使用，也不会是前一个词的结尾；四字及以上的短语连写两遍（持续推进持续推进），两三个字的词在数字前连写两遍（活动活动4次、专列专列8趟），活动名称中的动词在去处前连写两遍（体育进进社区、科技进进校园、送戏下下乡；进进出出、推进进社区、下下周不报），以及指人的三字词连写两遍（社区工作者工作者、网格员网格员）。词表见 `engine/data/repeated-words.json`。
 * 另报：从句前没有 what/where/how 等疑问词的 is is、was was、are are、were were（The header is is…），前四个词中没有可带小品词 in 的动词的 in in（endorsed in in…），
 * 前面没有可带 on 的动词的 on on（visited on on 21 October），后接冠词、物主代词或主语代词的 that that（and that that the new marking policy）。
 * 不报：连用合乎语法的词（that that、had had、准分裂句中的 is is 与 was was、do do、短语动词后的 in in、可带 on 的动词后的 on on），介词 to 留在被动或关系从句末、后接不定式的 to to（will be referred to to help），前一个 will 是名词的 will will（冠词、物主词、所有格或 political、free、last 等形容词之后：whether the will will be admitted、political will will），后一个词是连字符
 * 复合词开头的（for for-profit providers、to to-do lists），强调与专名
 * （very very、so so、Walla Walla），单独加引号、作为词被引用的重复（fix "the the" typo：更新日志列出所改的笔误），大小写不同的（Will will；句首的“The the”照报），以及代码、链接、网址；中文里可以重叠的动词（研究研究、讨论讨论、后面没有数字的活动活动），
 * 可能是前一个词结尾的词（本规定规定的、目的的、有的的确、为了了解、除了了解、不了了之、明了了、就是是非、关键是是否、温和和理性、经济和和谐社会、和和美美、喀什和和田、主要要求、还要要求、需要要素），跨两个词的同形字串（数量计量计费、文化文艺），标题中连写的三字名称（中共区卫生健康委员会委员会），后一个名词接着构成复合词的（找工作工作台、重点建设建设用地、一中队中队长、说明说明书、发展发展中国家）、量词重叠（一个一个、一步一步）和动词重叠（该工作工作了），机器转换误词“工程工程”（归 conversion-artifact），以及在换行处相接、上一行是不带标点的短行的重复（表题下接表头：研发人员学历结构 ⏎ 学历结构类别 学历结构人数），以及后一遍独占一行、上一行是不带标点的标题的重复（网页标题下接文件标题：…县人民政府政府工作报告 ⏎ 政府工作报告）。
 * 原因：改稿留下的重复词是拼写检查放过的最常见笔误，读者一眼就能看到。
 *
 * Bad:  The Board approved the the budget for 2026.
 * Good: The Board approved the budget for 2026.
 * Bad:  We will report to to the Committee in June.
 * Good: We will report to the Committee in June.
 * Bad:  以及全县全县项目建设、产业发展
 * Good: 以及全县项目建设、产业发展
 */

import artifacts from '../data/conversion-artifacts.json';
import words from '../data/repeated-words.json';
import { rangeIn } from '../model/paragraphs';
import { alternation, eachMatch, nextSearchIndex } from '../patterns';
import type { Rule } from '../rule';
import type { Paragraph } from '../model/paragraphs';

/** Words that are never doubled in a sentence: a second one is a slip. Lower case: a capital is a name or a start. */
const NEVER_TWICE = new Set(words.en);
/** 进行进行, 全县全县, 包括包括: a Chinese word of the list, then the same word again. */
const TWICE_ZH = new RegExp(`(${alternation(words.zh)})\\1`, 'g');
const HAN = /\p{sc=Han}/u;
/** 目的, 有的, 别的, 似的, 是的, 真的, 端的, 标的: words that end in 的, so 目的的 is 目的 + 的. */
const DE_WORD_END = /[目有别別似是真端标標]/;
/** 的确, 的士, 的卢: words that start with 的. */
const DE_WORD_START = /[确確士卢盧]/;
/** 为了, 除了, 不了, 明了, 终了, 未了, 末了, 罢了, 没了, 时了 (小时了了), 了了 thrice: words that end in 了, so 为了了解 is 为了 + 了解. */
const LE_WORD_END = /[为為除不明终終未末罢罷没沒时時了]/;
/** 了解, 了结, 了却, 了断, 了然, 了如指掌, 了之 (不了了之), 了得, 了事, 了了分明: words that start with 了. */
const LE_WORD_START = /[解结結却卻断斷然如之得事了分]/;
/**
 * 特点是是入汛早, 文化和和旅游, 政府要要统筹: 是, 和 and 要 typed twice. Not where the first ends a word (就是是非 is 就是 + 是非, 还是,
 * 但是, 特别是; 温和和理性, 平和, 总和, 缓和) or the second starts one (关键是是否, 是是非非; 经济和和谐社会, 和睦, 喀什和和田).
 */
const SINGLE_TWICE: { pair: string; word: string; wordEnd: RegExp; wordStart: RegExp }[] = [
  { pair: '是是', word: '是', wordEnd: /[就但可于於凡总總还還只要若或正倒硬老真都也即乃便像算别別其而不自却卻更仍亦均皆又才则則实實确確应應本原定必准若]/, wordStart: /[非否]/ },
  // 县政府要要统筹安排资金: the modal 要 typed twice. Not where the first ends a word (重要, 主要, 需要, 只要, 还要, 不要:
  // 主要要求, 还要要求) or the second starts one (要求, 要素, 要点, 要件, 要害, 要领, 要闻, 要务, 要么).
  { pair: '要要', word: '要', wordEnd: /[重主需只必摘纪紀首简簡提概机機政险險扼切次紧緊显顯想将將就也还還总總都不索强強硬偏快正若讨討所纲綱]/, wordStart: /[求素点點件害领領闻聞职職塞冲衝道务務案旨义義员員地账賬价價诀訣紧緊命强強好么麼不是]/ },
  { pair: '和和', word: '和', wordEnd: /[温溫平柔缓緩调調附总總饱飽共谦謙祥中融亲親暖随隨讲講求议議人保太协協淳清宽寬冲沖搅攪掺摻]/, wordStart: /[谐諧睦美气氣平解衷善蔼藹煦顺順田硕碩亲親乐樂暖缓緩悦悅约約声聲弦面]/ },
];

/**
 * 体育进进社区, 科技进进校园, 文化进进万家, 送戏下下乡: the one-character verb of a campaign's name typed twice before
 * the place it goes to. Not 进进出出, nor where the first 进 ends a word (推进进社区的服务: 推进, 引进, 促进, 先进).
 */
const SLOGAN_TWICE = /([进進])[进進](?=社区|社區|校园|校園|农村|農村|乡村|鄉村|企业|企業|机关|機關|学校|學校|家庭|课堂|課堂|基层|基層|万家|萬家|网格|網格|军营|軍營|园区|園區|景区|景區|医院|醫院|楼宇|樓宇|商圈|工地|车间|車間|头脑|頭腦|千家万户|千家萬戶|寺庙|寺廟|公园|公園|村居|村组|村組|家门|家門|田间|田間|社会|社會|單位|单位)|(下)下(?=乡|鄉)/g;
const SLOGAN_WORD_END = /[推促引先前精改跟增奋奮迈邁行演激跃躍冒突上长長并並同迅猛渐漸递遞挺寄冲衝跨再续續突奋挺]/;

/**
 * 信息公开工作工作，努力保障: a noun of `zhNounTwice` (工作, 建设) typed twice where the second is followed by a mark, the
 * end, or 的, 和, 与, 及, 等 — so it cannot start a word of its own. Not before a Han character that may continue it (找工作工作台,
 * 重点建设建设用地: X工作 then 工作台), nor before 了, 吧, 啊 (该工作工作了: the verb reduplicated), nor with no Han character before it.
 */
const NOUN_TWICE = words.zhNounTwice.map((word) => ({ word, pair: word + word }));
const NOUN_TWICE_AFTER = /[的和与與及等]/;
/**
 * 这个问题问题不大, 资金资金已拨付, 企业企业均已申报: an adverb or a negation after the second copy, which no compound
 * continues a noun with — the second copy is the subject of what follows, and the first its slip.
 */
const NOUN_TWICE_ADVERB = /[不没沒未也都均已仍还還较較很最并並皆亦尚又再却卻]/;
/**
 * 活动活动4次, 专列专列8趟, 座谈会座谈会3场: a word of two or three Han characters typed twice straight before a figure.
 * A verb may be reduplicated (出去活动活动，把预案演练演练), but then no figure follows it. Not a word that repeats
 * itself (哈哈哈哈), a word of the list or a person's noun (reported by their own checks), a doubled word that
 * conversion-artifact reports (工程工程), nor a figure on the next line (a signature's 委员会委员会 above its date).
 */
const ZH_LISTED = new Set<string>([...words.zh, ...words.zhNounTwice]);
const ARTIFACT_TWICE = new Set<string>(artifacts.entries.map((e: { artifact: string }) => e.artifact).filter((a: string) => /^(.{2,3})\1$/u.test(a)));
const DIGIT_RUN = /[0-9０-９]+/g;
const HAN_ONLY = /^\p{sc=Han}+$/u;
/** Whether [start, end) of the paragraph's text is on one of its lines (委员会委员会 ⏎ 2026年11月6日 is a title and a date). */
const onOneLine = (paragraph: Paragraph, start: number, end: number) =>
  paragraph.segments.length === 1 || paragraph.segments.some((s) => s.offset <= start && end <= s.offset + s.length);
const NOUN_TWICE_ENDS = (c: string | undefined) =>
  c === undefined || NOUN_TWICE_AFTER.test(c) || NOUN_TWICE_ADVERB.test(c) || !/[\p{sc=Han}A-Za-z0-9０-９了吧啊呢嘛]/u.test(c);
/** 项目项目3个, 工作工作2次: a figure straight after the second copy, on its line (not a signature's date below a title). */
const NOUN_TWICE_FIGURE = /[0-9０-９]/;

/**
 * 持续推进持续推进, 进一步加强进一步加强: a phrase of four Han characters or more typed twice. Chinese reduplicates
 * one- and two-character words (研究研究, 高高兴兴) and a three-character name may stand twice in a real title
 * (中共区卫生健康委员会委员会), but not a phrase of four: the second is a paste slip. Not a phrase that is itself a
 * repeat (哈哈哈哈, 锟斤拷锟斤拷: garbled-text's).
 */
const TWICE_PHRASE = /(\p{sc=Han}{4,10})\1/gu;
const isPeriodic = (s: string) => (s + s).indexOf(s, 1) < s.length;
/**
 * 社区工作者工作者, 网格员网格员: a three-character word for a person (…者, …员) typed twice. Three characters of any
 * kind twice may straddle two words (岩溶及岩溶水文: 及岩溶 twice); a person's noun is one word.
 */
const TWICE_PERSON = /(\p{sc=Han}{2}[者员員])\1/gu;
/** The shortest and longest word of the Chinese list, in code units: a repeat of one is that far from itself. */
const ZH_SHORTEST = Math.min(...words.zh.map((w) => w.length));
const ZH_LONGEST = Math.max(...words.zh.map((w) => w.length));
/** The lowest code of a character in the Chinese list (all CJK ideographs), and of the Han script (U+2E80 on). */
const ZH_LOWEST = Math.min(...words.zh.flatMap((w) => [...w].map((c) => c.charCodeAt(0))));
const HAN_LOWEST = 0x2e80;
const SURROGATE = /[\ud800-\udfff]/;
/** The same bounds for the nouns of zhNounTwice. */
const NOUN_SHORTEST = Math.min(...words.zhNounTwice.map((w) => w.length));
const NOUN_LONGEST = Math.max(...words.zhNounTwice.map((w) => w.length));
const NOUN_LOWEST = Math.min(...words.zhNounTwice.flatMap((w) => [...w].map((c) => c.charCodeAt(0))));

/**
 * Whether `text` holds, for some distance d from `min` to `max`, d characters in a row, each with a code of at least
 * `lowest`, each equal to the one d further on: what any string of d code units typed twice holds. Both patterns
 * above are a string and its backreference, which V8 tries at every position of every Chinese paragraph (the largest
 * regular-expression time of a lint); this reads, for each distance d, every d-th character (any run of d holds one)
 * and lets a paragraph without such a run (nearly all) skip the patterns.
 */
function mayHoldRepeat(text: string, min: number, max: number, lowest: number): boolean {
  const n = text.length;
  for (let d = min; d <= max; d++) {
    for (let j = d - 1; j + d < n; j += d) {
      const c = text.charCodeAt(j);
      if (c < lowest || text.charCodeAt(j + d) !== c) continue;
      let start = j;
      while (start > 0 && repeatsAt(text, start - 1, d, lowest)) start--;
      let end = j + 1;
      while (end - start < d && repeatsAt(text, end, d, lowest)) end++;
      if (end - start >= d) return true;
    }
  }
  return false;
}

function repeatsAt(text: string, i: number, d: number, lowest: number): boolean {
  const c = text.charCodeAt(i);
  return c >= lowest && c === text.charCodeAt(i + d);
}

// A word, then one space or a line break (a masked code span or link leaves a longer run of spaces), then a word.
const PAIR = /\b([A-Za-z]+)( ?\r?\n ?| )([A-Za-z]+)\b/g;

/** "The the board…", "And and then…": the word opening a sentence, then typed again in lower case. Not Will will (a name). */
function sentenceStartTwice(text: string, at: number, first: string, second: string): boolean {
  if (second === 'will' || first !== second[0].toUpperCase() + second.slice(1)) return false;
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return i < 0 || '.!?:;"“‘\'(*#>-'.includes(text[i]);
}

const LOWER_LATIN = /[a-z]/;
const rule: Rule = {
  meta: {
    id: 'repeated-word',
    name: { zh: '词语重复', en: 'Repeated word' },
    category: 'copy-residue',
    description: {
      zh: '连写两遍的词：the the、to to（含跨行重复），进行进行、全县全县',
      en: 'A word typed twice in a row: "the the", "to to" (also across a line break), 进行进行, 全县全县',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      repeated: { zh: '单词重复：“{word} {word}”，删去一个', en: 'Word typed twice: “{word} {word}”; delete one' },
      repeatedZh: { zh: '词语重复：“{word}{word}”，删去一个', en: 'Word typed twice: “{word}{word}”; delete one' },
      fix: { zh: '删去重复的“{word}”', en: 'Delete the repeated “{word}”' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const text = paragraph.text;
    if (paragraph.garbled) return;
    if (HAN.test(text)) {
      // 年的的时候: 的 typed twice. Not after a word that ends in 的 (目的的, 有的的确, 别的的) or before one that starts
      // with it (的的确确, 的士).
      for (let at = text.indexOf('的的'); at >= 0; at = text.indexOf('的的', at + 2)) {
        if (DE_WORD_END.test(text[at - 1] ?? '') || DE_WORD_START.test(text[at + 2] ?? '') || text[at + 2] === '的') continue;
        const range = rangeIn(paragraph, at + 1, at + 2);
        context.report({ message: 'repeatedZh', data: { word: '的' }, range, fix: { title: 'fix', data: { word: '的' }, edits: [{ range, newText: '' }] } });
      }
      // 办理了了补充保险: the particle 了 typed twice after a verb. Not where one of them belongs to a word: 为了了解,
      // 除了了解, 不了了之, 明了了, 小时了了, 了了分明 (an idiom), 未了了 (未了 + 了), 了结, 了却, 了然.
      for (let at = text.indexOf('了了'); at >= 0; at = text.indexOf('了了', at + 2)) {
        if (LE_WORD_END.test(text[at - 1] ?? '') || LE_WORD_START.test(text[at + 2] ?? '') || !HAN.test(text[at - 1] ?? '')) continue;
        const range = rangeIn(paragraph, at + 1, at + 2);
        context.report({ message: 'repeatedZh', data: { word: '了' }, range, fix: { title: 'fix', data: { word: '了' }, edits: [{ range, newText: '' }] } });
      }
      // 体育进进社区, 送戏下下乡: the verb of a campaign's name (X进社区, 送X下乡) typed twice before its place.
      if (text.includes('进') || text.includes('進') || text.includes('下下')) {
        eachMatch(SLOGAN_TWICE, text, (m) => {
          const before = text[m.index - 1] ?? '';
          if (!HAN.test(before) || SLOGAN_WORD_END.test(before)) return;
          const word = m[1] ?? m[2];
          const range = rangeIn(paragraph, m.index + 1, m.index + 2);
          context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
        });
      }
      for (const { pair, word, wordEnd, wordStart } of SINGLE_TWICE) {
        for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 2)) {
          if (wordEnd.test(text[at - 1] ?? '') || wordStart.test(text[at + 2] ?? '') || text[at + 2] === word || !HAN.test(text[at - 1] ?? '')) continue;
          const range = rangeIn(paragraph, at + 1, at + 2);
          context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
        }
      }
      // Each pair is a word of the list typed twice: a paragraph without such a repeat (nearly all) skips the searches,
      // one per word, each over the whole paragraph (perf76: ≈ 3 % of a lint of the 120k draft).
      if (mayHoldRepeat(text, NOUN_SHORTEST, NOUN_LONGEST, NOUN_LOWEST)) for (const { word, pair } of NOUN_TWICE) {
        for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + pair.length)) {
          const second = at + word.length;
          const next = text[at + pair.length];
          // Before a figure the pair is read wherever it starts, as any word doubled before a figure is (below).
          const figure = next !== undefined && NOUN_TWICE_FIGURE.test(next) && onOneLine(paragraph, at, at + pair.length + 1);
          if (!(figure || (HAN.test(text[at - 1] ?? '') && NOUN_TWICE_ENDS(next))) || afterLabelLine(paragraph, second)) continue;
          const range = rangeIn(paragraph, second, second + word.length);
          context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
        }
      }
      // A word doubled before a figure: look back from where each run of digits starts. The characters are compared
      // before any string is made: most figures follow no repeat.
      DIGIT_RUN.lastIndex = 0;
      for (let d = DIGIT_RUN.exec(text); d; d = DIGIT_RUN.exec(text)) {
        const at = d.index;
        for (const n of [2, 3]) {
          if (at < 2 * n || text.charCodeAt(at - 1) !== text.charCodeAt(at - 1 - n) || text.charCodeAt(at - n) !== text.charCodeAt(at - 2 * n)) continue;
          const word = text.slice(at - n, at);
          if (text.slice(at - 2 * n, at - n) !== word || !HAN_ONLY.test(word) || word[0] === word[1] || ZH_LISTED.has(word) || ARTIFACT_TWICE.has(word + word)) continue;
          if ((n === 3 && /[者员員]$/.test(word)) || !onOneLine(paragraph, at - 2 * n, at + 1) || afterLabelLine(paragraph, at - n)) continue;
          const range = rangeIn(paragraph, at - n, at);
          context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
          break;
        }
      }
      let z: RegExpExecArray | null;
      TWICE_ZH.lastIndex = 0;
      if (mayHoldRepeat(text, ZH_SHORTEST, ZH_LONGEST, ZH_LOWEST)) while ((z = TWICE_ZH.exec(text))) {
        const word = z[1];
        const second = z.index + word.length;
        if (afterLabelLine(paragraph, second)) continue;
        const range = rangeIn(paragraph, second, second + word.length);
        context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
      }
      TWICE_PERSON.lastIndex = 0;
      if (mayHoldRepeat(text, 3, 3, HAN_LOWEST)) while ((z = TWICE_PERSON.exec(text))) {
        const word = z[1];
        const second = z.index + word.length;
        if (isPeriodic(word) || afterLabelLine(paragraph, second)) {
          TWICE_PERSON.lastIndex = nextSearchIndex(TWICE_PERSON, text, z.index);
          continue;
        }
        const range = rangeIn(paragraph, second, second + word.length);
        context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
      }
      TWICE_PHRASE.lastIndex = 0;
      // Four to ten code points: up to twenty code units where characters outside the BMP are.
      if (mayHoldRepeat(text, 4, SURROGATE.test(text) ? 20 : 10, HAN_LOWEST)) while ((z = TWICE_PHRASE.exec(text))) {
        const word = z[1];
        if (isPeriodic(word)) {
          TWICE_PHRASE.lastIndex = nextSearchIndex(TWICE_PHRASE, text, z.index);
          continue;
        }
        const second = z.index + word.length;
        if (afterLabelLine(paragraph, second, word) || shiftedAcrossLabel(paragraph, z.index, word.length)) {
          TWICE_PHRASE.lastIndex = nextSearchIndex(TWICE_PHRASE, text, z.index);
          continue;
        }
        const range = rangeIn(paragraph, second, second + word.length);
        context.report({ message: 'repeatedZh', data: { word }, range, fix: { title: 'fix', data: { word }, edits: [{ range, newText: '' }] } });
      }
    }
    if (!LOWER_LATIN.test(text)) return;
    PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIR.exec(text))) {
      const [, first, gap, second] = m;
      // for for-profit, to to-do lists: the second word opens a hyphenated compound, a word of its own.
      const compound = text[m.index + m[0].length] === '-' && /[A-Za-z]/.test(text[m.index + m[0].length + 1] ?? '');
      if (
        !(first === second || sentenceStartTwice(text, m.index, first, second)) ||
        !(NEVER_TWICE.has(second) || slipOfSometimes(text, m.index, second) || contentTwice(text, m.index, m.index + m[0].length, first, second, gap)) ||
        compound ||
        strandedTo(text, m.index, m.index + m[0].length, second) ||
        nounWill(text, m.index, second) ||
        quotedMention(text, m.index, m.index + m[0].length)
      ) {
        // The second word may start the next pair (the the the): go on from it.
        PAIR.lastIndex = m.index + first.length + gap.length;
        continue;
      }
      const start = m.index + first.length;
      const end = start + gap.length + second.length;
      // Across a line break the lines stay as they are: the second word goes with the space after it.
      const range = rangeIn(paragraph, end - second.length, end);
      const wrapped = gap.includes('\n') || rangeIn(paragraph, m.index, start).start.line !== range.start.line;
      const cut = wrapped ? [end - second.length, end + (text[end] === ' ' ? 1 : 0)] : [start, end];
      context.report({
        message: 'repeated',
        data: { word: second },
        range,
        fix: { title: 'fix', data: { word: second }, edits: [{ range: rangeIn(paragraph, cut[0], cut[1]), newText: '' }] },
      });
    }
  },
};

export default rule;

/** The quotes that may enclose a word cited as a word, each with its closing partner. */
const MENTION_QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/**
 * fix "the the" typo, a stray ‘of of’: the doubled word is quoted on its own — a change log or an errata names the
 * slip it fixed. A quotation that goes on past the pair ("run the the suite") is text, and its slip is read.
 */
function quotedMention(text: string, start: number, end: number): boolean {
  const close = MENTION_QUOTES[text[start - 1] ?? ''];
  return close !== undefined && text[end] === close;
}

/** A short line with no punctuation: a label, a table's title or a row of cells, not a line of wrapped prose. */
const LABEL_MAX = 20;
/** A piece of a table cell broken over lines (本期期, 末数占): a few characters, no punctuation. */
const FRAGMENT_MAX = 6;
const PROSE_MARK = /[，。；：、！？,;:!?]/;

/**
 * 研发人员学历结构 ⏎ 学历结构类别 学历结构人数: the repeat meets at a line break, and the line before it is a label (short,
 * without punctuation, shorter than the line after it): a table's title above its header cells, a chart's title above
 * its axis label, which the paragraph model joins as it joins wrapped lines. A line of wrapped prose (…持续推进 ⏎
 * 持续推进…) is punctuated, or as long as the next: a repeat across it is a slip.
 */
function afterLabelLine(paragraph: Paragraph, second: number, word?: string): boolean {
  const i = paragraph.segments.findIndex((s) => s.offset + s.length === second);
  if (i < 0 || i + 1 >= paragraph.segments.length || paragraph.segments[i + 1].offset !== second) return false;
  const segment = paragraph.segments[i];
  const next = paragraph.segments[i + 1];
  // 中炬高新2024环境、社会和公司治理（ESG）报告|报告编制说明 ⏎ 报告编制说明报告范围: a PDF page's running header, the
  // report's title | the section's, above the section's heading — the label is what follows the bar.
  const whole = paragraph.text.slice(segment.offset, segment.offset + segment.length);
  const bar = Math.max(whole.lastIndexOf('|'), whole.lastIndexOf('｜'));
  const line = bar >= 0 && whole.slice(bar + 1).trim() !== '' ? whole.slice(bar + 1).trim() : whole;
  const length = [...line].length;
  // 某县人民政府政府工作报告 ⏎ 政府工作报告: a page's headline, then the document's own title on a line of its own — the
  // second copy is the whole line and the line above has no sentence mark. 持续推进 ⏎ 持续推进 after a clause is a slip.
  if (word !== undefined && !PROSE_MARK.test(line) && paragraph.text.slice(next.offset, next.offset + next.length).trim() === word) return true;
  // A wrapped line fills the measure: a narrow column's line is as long as the one after it, a label is shorter.
  // 项目名称 本期期末数 ⏎ 本期期 ⏎ 末数占: a header cell a PDF broke into fragments of a few characters is no wrapped prose
  // either — the line after the label is a fragment too.
  const after = paragraph.text.slice(next.offset, next.offset + next.length);
  const fragment = !PROSE_MARK.test(after) && [...after].length <= FRAGMENT_MAX;
  // 表2  2027年主要质效指标 ⏎ 指标          目标值: the line after is a row of cells (a run of spaces or a tab between
  // them), whatever its length — a table's header under its title, not wrapped prose.
  const cells = !PROSE_MARK.test(after) && /\S(?: {2,}|\t|\u3000)\s*\S/.test(after);
  return !PROSE_MARK.test(line) && length <= LABEL_MAX && (length < [...after].length || fragment || cells);
}

/**
 * 报告|报告编制说明 ⏎ 报告编制说明报告范围: a repeat found one character or more off the line break (告编制说明报 twice) is the
 * same repeat as the one that meets at the break (报告编制说明 twice), which afterLabelLine has let pass: a line break inside
 * the doubled stretch where the stretch also doubles aligned on the break, after a label line, is that repeat.
 */
function shiftedAcrossLabel(paragraph: Paragraph, start: number, n: number): boolean {
  const text = paragraph.text;
  for (const s of paragraph.segments) {
    const b = s.offset + s.length;
    if (b <= start || b >= start + 2 * n) continue;
    if (b - n < 0 || text.slice(b - n, b) !== text.slice(b, b + n)) continue;
    return afterLabelLine(paragraph, b, text.slice(b, b + n));
  }
  return false;
}

/** is is, was was: grammar only in a pseudo-cleft (what it is is, where the money was was), with its wh-word before. */
const CLEFT = new Set(words.enCleft);
const WH_BEFORE = /\b(?:what|where|how|why|who|whom|whose|which|whatever|whoever|wherever|whichever|when|whether)\b/i;
/** in in: grammar after a verb that takes the particle (log in in the corner, fill it in in pencil). */
const PARTICLE_VERBS = new Set(words.enParticleVerbs);
/** on on: grammar after a verb that takes on (carry on on the same basis, the item we reported on on 3 May). */
const ON_VERBS = new Set(words.enOnVerbs);

/**
 * A doubled word that is grammar in one construction only and a slip elsewhere: "The header is is the most sensitive"
 * (no wh-word opens the clause), "endorsed in in all focus groups" (endorse takes no particle in).
 */
function slipOfSometimes(text: string, at: number, word: string): boolean {
  // The clause before the pair: back to the last sentence end or semicolon.
  const clause = text.slice(Math.max(0, at - 120), at).split(/[.;:!?]\s|[()]/).pop() ?? '';
  // …which are are set out: a relative pronoun right before the pair is its subject, not the wh-word of a cleft.
  if (CLEFT.has(word)) return !WH_BEFORE.test(clause) || /\b(?:which|who|that)\s+$/i.test(clause);
  // that that: grammar when the second is a demonstrative before its noun (said that that plan…); a slip before an
  // article, a possessive or a subject pronoun, which no demonstrative stands before (and that that the new policy).
  if (word === 'that') return /^\s*(?:the|a|an|our|their|its|his|her|my|your|we|they|it|he|she|there)\b/i.test(text.slice(at).replace(/^[A-Za-z]+\s+that/i, ''));
  if ((word !== 'in' && word !== 'on') || text[at - 1] === '-') return false;
  // The verb may have its object before the particle: fill the form in in black ink, hand them in in person.
  const before = (clause.match(/[A-Za-z]+/g) ?? []).slice(-4).map((w) => w.toLowerCase());
  if (before.length === 0) return false;
  // are in in time, be in in person: the results are in.
  if (/^(?:is|are|was|were|be|been|being|am)$/.test(before[before.length - 1])) return false;
  const verbs = word === 'in' ? PARTICLE_VERBS : ON_VERBS;
  return !before.some((verb) => stemsOf(verb).some((s) => verbs.has(s)));
}

/** to to: grammar after a verb whose to a passive or relative clause leaves at its end (referred to to help). */
const TO_VERBS = new Set(words.enToVerbs);
/** What opens a noun phrase after to (went to to the shop): not the infinitive that follows a stranded to. */
const NOUN_PHRASE_START = /^(?:the|a|an|this|that|these|those|their|its|his|her|our|my|your|all|each|every|any|some|them|him|us|me)$/;

/**
 * "these factors will be referred to to help contextualise…": the first to ends the prepositional verb (referred to),
 * the second opens an infinitive (to help). Grammar when a verb that takes to stands right before the pair and a verb,
 * not a noun phrase, follows it.
 */
function strandedTo(text: string, at: number, end: number, word: string): boolean {
  if (word !== 'to') return false;
  const verb = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase();
  if (!verb || !stemsOf(verb).some((s) => TO_VERBS.has(s))) return false;
  const next = /^\s+([A-Za-z0-9]+)/.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && /^[a-z]+$/.test(next) && !NOUN_PHRASE_START.test(next);
}

/** will will: the first is the noun after these (political will, free will, last will). */
const WILL_NOUN_ADJECTIVES = new Set(words.enWillNoun);
/** What makes the next will a noun: an article or a possessive determiner (this and that may be the subject pronoun). */
const WILL_DETERMINER = /^(?:the|a|an|his|her|their|its|our|your|my|whose)$/;

/**
 * "Whether the will will be admitted to probate", "without political will will come no change": the first will is the
 * noun, the second the modal. Grammar when an article, a possessive determiner, a possessive ('s, s') or an adjective
 * that goes with the noun (political, free, last) stands right before the pair; a slip after a subject (we will will
 * review, the board will will meet, this will will help).
 */
function nounWill(text: string, at: number, word: string): boolean {
  if (word !== 'will') return false;
  const before = /([A-Za-z]+)(['’]s?)?\s+$/.exec(text.slice(Math.max(0, at - 40), at));
  if (!before) return false;
  if (before[2]) return true;
  const w = before[1].toLowerCase();
  return WILL_DETERMINER.test(w) || WILL_NOUN_ADJECTIVES.has(w);
}

/** log, logs, logged, logging → log; phased → phase; dug stays dug (the list holds the irregular forms). */
function stemsOf(verb: string): string[] {
  return [verb, verb.replace(/(?:s|ed|ing)$/, ''), verb.replace(/(?:ged|ked|ped|ted|ned|ging|king|ping|ting|ning)$/, (e) => e[0]), verb.replace(/(?:ed|es|ing)$/, 'e'), verb.replace(/ied$/, 'y')];
}

/** Words written twice on purpose (very very, bye bye, mahi mahi) or a noun that is a verb of the same form (the staff staff the desk). */
const REDUPLICATED = new Set(words.enReduplicated);
/** What opens a noun phrase whose head may be typed twice: an article, a demonstrative, a possessive, a quantifier (not that: that that). */
const CONTENT_DETERMINER = /^(?:the|a|an|this|these|those|our|their|its|his|her|my|your|whose|each|every|any|some|all|several|such|other|another)$/;
/** Between the determiner and the pair, a word that ends a clause or opens one, not a modifier (those who lead lead, the ones we need need). */
const NOT_MODIFIER = /^(?:who|whom|which|that|what|when|where|while|we|they|you|i|he|she|it|in|on|at|by|as|is|are|was|were|be|been|do|does|did|have|has|had|can|may|might|must|shall)$/;
/** After a verb, not a noun: its object or particle (the police police the area, the team team up). */
const AFTER_VERB = /^(?:the|a|an|this|that|these|those|them|it|him|her|us|me|our|their|its|his|my|your|up|out|down|off|back|away|in|on)$/;

/**
 * "The research research themes are new", "the council's annual report report was published": a lower-case word of
 * three letters or more typed twice on one line, within a noun phrase — an article, a demonstrative, a possessive
 * ('s included) or a quantifier right before the pair or one word before it. A noun phrase's head never stands twice;
 * a verb may after a relative clause (people who work work hard, what we need need not…), so a pair with no
 * determiner before it stays silent. Not words written twice on purpose (`enReduplicated`: the very very best, a bye
 * bye, the mahi mahi, a no no), nor a noun then the verb of its form (the staff staff the desk: an object or a particle
 * follows), nor a pair across a line break (a heading's word above the same word, a table's repeated cells).
 */
function contentTwice(text: string, at: number, end: number, first: string, second: string, gap: string): boolean {
  if (gap !== ' ' || first !== second || second.length < 3 || !/^[a-z]+$/.test(second) || REDUPLICATED.has(second) || CLEFT.has(second) || NOT_MODIFIER.test(second)) return false;
  const before = (text.slice(Math.max(0, at - 60), at).match(/[A-Za-z]+(?:['’]s?)?\s*$|[A-Za-z]+(?:['’]s?)?\s+[A-Za-z]+\s*$/)?.[0] ?? '').trim();
  if (before === '') return false;
  const words = before.split(/\s+/);
  const isDeterminer = (w: string) => CONTENT_DETERMINER.test(w.toLowerCase()) || /['’]s?$/.test(w);
  if (!(isDeterminer(words[words.length - 1]) || (words.length === 2 && isDeterminer(words[0]) && /^[a-z]+$/.test(words[1]) && !REDUPLICATED.has(words[1]) && !NEVER_TWICE.has(words[1]) && !NOT_MODIFIER.test(words[1])))) return false;
  const next = /^[ \t]+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1];
  return next === undefined || !AFTER_VERB.test(next.toLowerCase());
}
