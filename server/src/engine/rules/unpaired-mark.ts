/**
 * unpaired-mark — 引号、书名号、括号不成对 / Unpaired quotes and brackets
 *
 * What: within a paragraph, “ without ”, 《 without 》, （ without ）, 【 without 】 (also ‘’ 「」 『』 〔〕),
 * or a closing mark with no opening one (also after the numbers a reference names: "in paragraphs 6 and 9)", "note
 * 4.2)", which no list marker ends); in an English paragraph, a straight double quote " without its partner.
 * A quotation opened with one kind of double quote and closed with the other (“…" or "…”, in English or Chinese:
 * “三公"经费) is one finding, quotation marks of two kinds, with the fix to “…”. So is a quotation typed with single
 * quotes doubled for double ones (‘’blameless postmortem’’, ‘‘…’’): one finding, with the fix to “…”.
 * A closing ’ closes an open ‘ even right after a letter (‘Project Stable MIR’ and the ‘Ghost Code Initiative’);
 * pairing over the paragraph decides. A pair of brackets of mixed width, （…) or (…）, is paired: it is reported
 * as information, a style slip, with a fix to one width (full width in Chinese text). The small-form parentheses
 * ﹙﹚ that some pages set in tables (产量﹙吨﹚) are brackets too: a pair of them is paired, and (亩﹚ or （亩﹚ is a
 * pair of mixed width. A document with many “ and
 * not one ” lost its closing quotes in a conversion: one finding for the document, the openers as related places.
 * Not: apostrophes (don’t, students’, FY2024’s, the ’90s, (the list)’s), list markers 1) a) ii) (also Markdown-escaped, 1\) a\)), smileys :) :-(, half-open intervals
 * ((0, 1], [0, n)), inch and second marks (5", 40°26'46", and curled by autocorrect: 6” mains, 5’2”), "" and """, a " standing alone between spaces (ABNF's ; " (Double
 * Quote)), a quotation that opens on a link ("[most loved] language": the link syntax is masked), math and code,
 * a hard-wrapped sentence or blockquote (the
 * paragraph is read as a whole, also where a wrapped line starts with an address or a reStructuredText link:
 * (https://users.example.org/ and ⏎ https://internals.example.org/), (see: ⏎ `"Part 1" <https://…>`_), a title wrapped after
 * a colon inside its quotes ("Unicode Standard Annex #15: ⏎ Unicode Normalization Forms"), a bracket closed by a number
 * starting the next line ((July ⏎ 1).)), a paragraph running on over an RFC's page break (the footer … [Page 5] and the
 * running header RFC 6532 … February 2012 between its lines), a sentence wrapped with a blank line after each line (向县十八届人大常委会第十三 ⏎⏎
 * 次会议作《关于…收支 ⏎⏎ 情况审计的工作报告》: a line ending mid-sentence pairs with the lines it runs on into), a quotation that runs over several paragraphs (each paragraph opens with “ — in
 * English also with a straight " ("Over the next 10 years… ⏎⏎ "We are again…") — and only the last one closes; or, in a blockquote, the first paragraph opens and the last closes; a quoted list, opened after its first item's bullet and closed at the end of its last item (- “No development shall take place…; ⏎ - the approved scheme shall be implemented…”); so too over paragraphs written one a line with no blank line between, which run together: the “ opening a line after a sentence's end carries the quotation on — said: “This is a very healthy growth rate. ⏎ “As we approach the Winter season …” — but not a “ within a line), paragraphs garbled by an encoding round trip (学?!懊…), mojibake (the “ in â€“ is a
 * byte), web-page furniture (a link bar of 《人民日报》《光明日报》).
 *
 * Why: closing marks are what text conversion and copy-paste from web pages lose first.
 *
 * 检查：段内引号、书名号、括号不成对（“缺”、《缺》、（缺）、【缺】，以及‘’「」『』〔〕），或有右无左（包括英文引用编号之后的右括号：“in paragraphs 6 and 9)”，不是列表编号）；英文段落中的直引号 " 没有配对。一弯一直的一对引号（“三公"经费、"放管服”改革）报一处“引号不配套”，并可改为“…”；以两个单引号代替双引号（‘’blameless postmortem’’）同样报一处，并可改为“…”。
 * 右单引号’紧跟字母时，若前面有未闭合的‘，按配对计为闭合（‘Project Stable MIR’）。全角半角混用的一对括号（（…) 或 (…））
 * 按成对处理，以“提示”级别报告为格式问题，并可一键统一（中文语境用全角）。部分网页表格使用的小号括号﹙﹚（产量﹙吨﹚）也是括号：成对的照常配对，(亩﹚、（亩﹚按宽度混用处理。全文有多处左引号“而没有一处右引号”的，
 * 是转换时丢失了右引号：全文报一处，其余位置列为相关位置。
 * 原因：文本转换和网页复制最先丢失的就是右引号、右括号。
 * 不报：撇号（don’t、students’、FY2024’s、’90s），列表编号 1) a)（包括 Markdown 转义的 1\) a\)），表情符号 :)，半开区间（(0, 1]、[0, n)），英寸与秒符号（5"，以及被自动更正为弯引号的 6”、5’2”），"" 与 """，两侧都是空格的单个 "（ABNF 的 ; " (Double Quote)），以链接开头的引文（"[most loved] language"），公式与代码，
 * 跨行的句子和引文（包括折行后以网址或reStructuredText链接开头的行、引号内冒号后折行的标题、下一行以“1).”闭合的括号、跨RFC分页（页脚“[Page 5]”与页眉）的段落），每行之后空一行的硬换行句子（行末无句号时与下一行接续配对），跨段引文（每段以“开头，英文中也可以直引号"开头，末段才闭合；或首段开、末段闭；每段一行、段间无空行而连成一段的也是：句末之后另起一行的“接续前面未闭合的引文，行内的“不算），引用的列表（第一项的项目符号后开引号、末项结尾闭合：- “No development shall take place…; ⏎ - the approved scheme…”），转码损坏的段落，乱码中的字节（â€“ 里的 “），网页残留（链接栏）。
 *
 * Bad:  出台了在职教师“禁麻令,各级媒体纷纷报道
 * Good: 出台了在职教师“禁麻令”,各级媒体纷纷报道
 * Bad:  The chair wrote "we will revisit this next year.
 * Good: The chair wrote "we will revisit this next year."
 */

import { isAsciiLetter, isCjkPunct, isDigit, isHanBefore } from '../model/chars';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { changedMembers, type Rule, type RuleContext, type UnitContext } from '../rule';

interface Family {
  open: string;
  close: string;
  /** How the pair is shown in messages. */
  show: [string, string];
  name: { zh: string; en: string };
  /** Curly quotes: an IME can type the wrong one of the pair, which reads as a quote facing the wrong way. */
  directional?: boolean;
}

const QUOTE = { zh: '引号', en: 'quotation mark' };
const BRACKET = { zh: '括号', en: 'bracket' };
const FAMILIES: Family[] = [
  { open: '“', close: '”', show: ['“', '”'], name: QUOTE, directional: true },
  { open: '‘', close: '’', show: ['‘', '’'], name: QUOTE, directional: true },
  { open: '《', close: '》', show: ['《', '》'], name: { zh: '书名号', en: 'title mark' } },
  // ﹙﹚: the small-form parentheses some pages set in tables (产量﹙吨﹚), pairing with either width (（亩﹚).
  { open: '（(﹙', close: '）)﹚', show: ['（', '）'], name: BRACKET },
  { open: '【', close: '】', show: ['【', '】'], name: BRACKET },
  { open: '「', close: '」', show: ['「', '」'], name: QUOTE },
  { open: '『', close: '』', show: ['『', '』'], name: QUOTE },
  { open: '〔', close: '〕', show: ['〔', '〕'], name: BRACKET },
];
/** The single quotes, for a doubled single quote left without its partner. */
const SINGLE_QUOTES = FAMILIES[1];

/** Every closing mark (fewer than the 31 characters charactersUsed reads at once). */
export const CLOSERS = FAMILIES.map((f) => f.close).join('');

// Each mark's family by character code (every mark is one code unit): the paragraph is read character by
// character, and text[i] of a Chinese character is a new string each time.
const MARK_ENTRIES: ({ family: Family; opens: boolean } | undefined)[] = [undefined];
/** The index in MARK_ENTRIES of the mark with this code; 0 (no entry) for any other character. */
const MARK_AT_CODE = new Uint8Array(0x10000);
for (const family of FAMILIES) {
  for (const [marks, opens] of [[family.open, true], [family.close, false]] as const) {
    for (let k = 0; k < marks.length; k++) MARK_AT_CODE[marks.charCodeAt(k)] = MARK_ENTRIES.push({ family, opens }) - 1;
  }
}
const markAt = (text: string, i: number) => MARK_ENTRIES[MARK_AT_CODE[text.charCodeAt(i)]];

interface Prepared {
  usesClosers: Map<Family, boolean>;
  split: Set<Paragraph>;
  continued: Set<Paragraph>;
  /** Paragraphs whose next one opens with a straight quote ("…): an English quotation over paragraphs may go on. */
  straightContinued: Set<Paragraph>;
  /** Paragraphs that are one wrapped line of a sentence running on over a blank line, into the next or from the last. */
  wrapped: Set<Paragraph>;
  /** usesClosers as a key. */
  closers: string;
}

/** A Markdown blockquote line (> …). */
function quotedLine(text: string | undefined): boolean {
  return text !== undefined && /^\s{0,3}>/.test(text);
}

/**
 * “This is a very healthy growth rate. … ⏎ “As we approach the Winter season we will …”: in a text whose paragraphs are
 * one a line, run together into one paragraph, a quotation over them opens each line with “ and closes at its end only;
 * a “ that opens a line after a sentence's end (. ! ? …) carries on the quotation open before it. Not a “ within a line
 * (“The total … crore. “Last year, …,” he said: the first is left open).
 */
const CARRIED_OPENERS = '“「『';
const SENTENCE_END_BEFORE_LINE = /[.!?…。！？][”’"')）]*\s*$/;

function opensLineAfterSentence(paragraph: Paragraph, at: number): boolean {
  const { segments, text } = paragraph;
  for (let k = 1; k < segments.length; k++) {
    if (segments[k].offset > at) return false;
    if (segments[k].offset === at && segments[k].line !== segments[k - 1].line) return SENTENCE_END_BEFORE_LINE.test(text.slice(Math.max(0, at - 8), at));
  }
  return false;
}

/** “ 「 『: what opens a paragraph that carries a quotation on. */
const QUOTATION_OPENERS = new Set([0x201c, 0x300c, 0x300e]);

const rule: Rule<LocalQuote[], Prepared> = {
  meta: {
    id: 'unpaired-mark',
    name: { zh: '标点不成对', en: 'Unpaired mark' },
    category: 'copy-residue',
    description: {
      zh: '段内引号、书名号、括号不成对（“缺”、《缺》、（缺）、英文中落单的 "）；全角半角混用的一对括号',
      en: 'Quotes and brackets without their partner in the paragraph (“ without ”, 《 without 》, （ without ）, a lone " in English); brackets of mixed width',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      unclosed: { zh: '左{name}{markZh}在本段中没有对应的右{name}{partnerZh}', en: 'Opening {nameEn} {mark} has no closing {partner} in this paragraph' },
      unopened: { zh: '右{name}{markZh}前面没有对应的左{name}{partnerZh}', en: 'Closing {nameEn} {mark} has no opening {partner} before it in this paragraph' },
      misdirectedOpen: { zh: '引号方向错误：此处应为左引号{expected}，写成了{mark}', en: 'Quote facing the wrong way: {mark} opens this quotation; expected {expected}' },
      misdirectedClose: { zh: '引号方向错误：此处应为右引号{expected}，写成了{mark}', en: 'Quote facing the wrong way: {mark} closes this quotation; expected {expected}' },
      straight: { zh: '补上配对的直引号：本段中的"只有一个', en: 'Straight quote " has no partner in this paragraph' },
      closersLost: {
        zh: '补上右引号{partner}：全文有{count}处左引号{mark}，没有一处右引号（转换时可能丢失了）',
        en: 'Closing quotes {partner} are missing throughout: {count} opening {mark} and not one closing {partner} in this document (lost in a conversion?)',
      },
      otherUnclosed: { zh: '未闭合的左引号', en: 'Opening quote with no closing one' },
      mixedWidth: {
        zh: '统一括号宽度：{open}…{close}应为{expectedOpen}…{expectedClose}',
        en: 'Brackets of mixed width: {open}…{close}; write {expectedOpen}…{expectedClose}',
      },
      doubledSingles: {
        zh: '单引号叠用代替双引号：{open}…{close}，应为{expectedOpen}…{expectedClose}',
        en: 'Single quotes typed twice for double quotes: {open}…{close}; write {expectedOpen}…{expectedClose}',
      },
      mixedQuotes: {
        zh: '引号不配套：{open}…{close}一弯一直，应为{expectedOpen}…{expectedClose}',
        en: 'Quotation marks of two kinds: {open}…{close}; write {expectedOpen}…{expectedClose}',
      },
      reversed: { zh: '引号方向颠倒：{close}…{open}应为{expectedOpen}…{expectedClose}', en: 'Quotes facing the wrong way: {close}…{open}; write {expectedOpen}…{expectedClose}' },
      fix: { zh: '改为{expected}', en: 'Change to {expected}' },
      fixReversed: { zh: '改为{expectedOpen}…{expectedClose}', en: 'Write {expectedOpen}…{expectedClose}' },
      fixWidth: { zh: '统一为{expectedOpen}…{expectedClose}', en: 'Write {expectedOpen}…{expectedClose}' },
    },
  },

  scope: 'paragraph',

  // What a paragraph's pairing reads beyond itself: whether the document uses each closing quote anywhere, whether the
  // paragraph is the （ of a split marker, and whether the next paragraph carries its quotation on.
  prepare({ doc }) {
    // Read per line and kept with it (the model's memo): an edit reads the lines it changed, not the whole text.
    const used = doc.charactersUsed(CLOSERS);
    const usesClosers = new Map(FAMILIES.map((f) => [f, [...f.close].some((c) => used.has(c))]));
    // （ alone on a line, the rest of its marker (三）…) on the next: numbering-sequence reports the split marker.
    const splitOpeners = new Set<number>();
    for (const m of doc.markers) if (m.splitFrom !== undefined) splitOpeners.add(m.splitFrom);
    const split = new Set<Paragraph>();
    const continued = new Set<Paragraph>();
    const straightContinued = new Set<Paragraph>();
    const wrapped = new Set<Paragraph>();
    const paragraphs = doc.paragraphs;
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p];
      if (splitOpeners.size && paragraph.firstLine === paragraph.lastLine && splitOpeners.has(paragraph.firstLine)) split.add(paragraph);
      // A quotation over several paragraphs: each opens with “ (「, 『) and only the last one closes.
      const next = paragraphs[p + 1];
      if (next !== undefined && next.firstLine - paragraph.lastLine <= 2 && QUOTATION_OPENERS.has(next.text.charCodeAt(0))) continued.add(paragraph);
      // A straight quote opening the next paragraph of the same kind (prose after prose, a blockquote's paragraph after
      // one of the same blockquote): a quotation in a new blockquote after prose is another one.
      if (next !== undefined && next.firstLine - paragraph.lastLine <= 2 && next.text.charCodeAt(0) === 0x22 && !/^"\s/.test(next.text) && quotedLine(doc.lines[paragraph.firstLine]?.text) === quotedLine(doc.lines[next.firstLine]?.text)) {
        straightContinued.add(paragraph);
      }
      if (next !== undefined && (runsOn(paragraph, next) || labelRunsOn(paragraph, next))) wrapped.add(paragraph).add(next);
    }
    const closers = FAMILIES.map((f) => (usesClosers.get(f) ? '1' : '0')).join('');
    return { usesClosers, split, continued, straightContinued, wrapped, closers };
  },

  contextKey(paragraph, prepared) {
    const p = paragraph as Paragraph;
    return `${prepared.closers}${prepared.split.has(p) ? 's' : ''}${prepared.continued.has(p) ? 'c' : ''}${prepared.straightContinued.has(p) ? 'q' : ''}${prepared.wrapped.has(p) ? 'w' : ''}`;
  },

  keyChanges(prepared, last) {
    if (prepared.closers !== last.closers) return 'all';
    return changedMembers(
      prepared.wrapped,
      last.wrapped,
      changedMembers(prepared.straightContinued, last.straightContinued, changedMembers(prepared.continued, last.continued, changedMembers(prepared.split, last.split))),
    );
  },

  checkParagraph(paragraph, context) {
    const { usesClosers, split, continued, straightContinued, wrapped } = context.prepared;
    // A wrapped line's marks may pair with the next line's (《关于…收支 ⏎⏎ 情况审计的工作报告》): the document part pairs them.
    const runs = wrapped.has(paragraph);
    const text = paragraph.text;
    if (paragraph.garbled || (!hasAnyMark(text) && !text.includes('"'))) return;
    if (split.has(paragraph)) return;
    const lone: LocalQuote[] = [];
    const open = new Map<Family, number[]>();
    const stray = new Map<Family, number[]>();
    const lastOpen = new Map<Family, number>();
    // ‘’blameless postmortem’’: single quotes typed twice for a double quotation mark, one finding per quotation.
    // One search for the three pairs ‘‘, ‘’ and ’’ (three includes read the paragraph three times).
    const doubled = DOUBLED_SINGLE.test(text) ? doubledSingles(text) : undefined;
    if (doubled) reportDoubledSingles(context, paragraph, doubled);
    for (let i = 0; i < text.length; i++) {
      if (doubled?.at.has(i)) {
        i++;
        continue;
      }
      const entry = markAt(text, i);
      if (!entry || isExempt(text, i)) continue;
      const family = entry.family;
      const stack = getList(open, family);
      // ’ after a letter closes a quotation that is open (‘Project Stable MIR’); with none open it is an
      // apostrophe (students’, FY2024’s, (the list)’s). Pairing over the paragraph decides, not the letter.
      if (text[i] === '’' && stack.length === 0 && isApostrophe(text, i)) continue;
      // ” after a short number, with no quotation open, is an inch mark that autocorrect curled (6” mains, 5’2”).
      if (text[i] === '”' && stack.length === 0 && isCurlyInchMark(text, i)) continue;
      // 增长极?!?”，就是…: the “ went with the characters an encoding round trip turned into ?!? (。“1 here); twice in a
      // paragraph, garbled-text reports the loss, and the ” it left alone is no second defect.
      if (!entry.opens && stack.length === 0 && text.endsWith('?!?', i) && lostOpenerSigns(text) >= LOST_OPENER_MIN) continue;
      if (entry.opens) {
        // A quotation carried over paragraphs written one a line (lines run together in one paragraph of plain text):
        // the “ opening a line after a sentence's end carries on the one still open, which closes only at its end.
        if (stack.length && CARRIED_OPENERS.includes(text[i]) && opensLineAfterSentence(paragraph, i)) stack.pop();
        stack.push(i);
        lastOpen.set(family, i);
      } else if (stack.length) {
        const from = stack.pop()!;
        if (family.open === PAREN_OPENERS && bracketWidth(text[from]) !== bracketWidth(text[i])) mixedWidth(context, paragraph, from, i);
      } else {
        const strays = getList(stray, family);
        // ”X” — the first closing quote was meant to open the quotation.
        if (family.directional && strays.length && strays[strays.length - 1] > (lastOpen.get(family) ?? -1)) {
          misdirected(context, paragraph, strays.pop()!, 'misdirectedOpen', family.show[0]);
        } else {
          strays.push(i);
        }
      }
    }
    const continuesQuote = continued.has(paragraph);
    for (const [family, stack] of open) {
      if (family.directional) reversedPairs(context, paragraph, family, stack, getList(stray, family));
      let rest = stack;
      if (family.directional && usesClosers.get(family)) {
        // “X“ — an opening quote standing where a closing one belongs (before 、，。的 or at the end) was
        // meant to close the one before it. Only in a document that does use closing quotes elsewhere:
        // a conversion that lost every ” leaves openers that are right, each missing its partner.
        rest = [];
        for (let k = 0; k < stack.length; k++) {
          if (k + 1 < stack.length && standsAsCloser(text, stack[k + 1])) {
            misdirected(context, paragraph, stack[k + 1], 'misdirectedClose', family.show[1]);
            k++;
          } else {
            rest.push(stack[k]);
          }
        }
      }
      for (const at of rest) {
        if (continuesQuote && '“「『'.includes(family.open)) continue;
        if (family.open === '“' || runs) lone.push({ at, opens: true, family });
        else report(context, paragraph, at, 'unclosed', family);
      }
    }
    for (const [family, list] of stray) {
      for (const at of list) {
        if (family.open === '“' || runs) lone.push({ at, opens: false, family });
        else report(context, paragraph, at, 'unopened', family);
      }
    }
    if (text.includes('"')) {
      if (isEnglish(text)) {
        for (const q of unpairedStraightQuotes(text)) {
          // A quotation over paragraphs typed with straight quotes: each paragraph opens with " (or “) and only the last
          // one closes; the quote that opens this paragraph (or follows its colon) is carried on by the next.
          if (q.opens && (continued.has(paragraph) || straightContinued.has(paragraph)) && /^[\s>]*$|[:：]\s*$/.test(text.slice(0, q.at))) continue;
          lone.push(q);
        }
      } else {
        const partner = straightPartner(text, lone);
        if (partner) lone.push(partner);
      }
    }
    return lone.length ? lone : undefined;
  },

  // The document part: quotations over paragraphs, and closing quotes lost throughout, from each paragraph's lone quotes.
  check(context) {
    const paragraphs = context.doc.paragraphs;
    const lone: LoneQuote[] = [];
    for (const { unit, value } of context.locals) {
      // The document's own index of its paragraphs (read once per version), not a map of them made here per lint.
      const p = context.doc.indexOf(unit as Paragraph);
      for (const q of value) lone.push({ p, ...q });
    }
    // A straight partner of a Chinese paragraph pairs only with its paragraph's curly quote (mixedQuotes), never over paragraphs.
    const curlyOrEnglish = lone.filter((q) => !q.partner);
    const spanning = quotationsOverParagraphs(paragraphs, curlyOrEnglish);
    pairedOverWraps(paragraphs, curlyOrEnglish, context.prepared.wrapped, spanning);
    const lost = closersLost(lone.filter((q) => !spanning.has(q)), context.prepared.usesClosers);
    if (lost.length) reportClosersLost(context, paragraphs, lost);
    const lostSet = new Set(lost);
    const mixed = mixedQuotes(lone.filter((q) => !spanning.has(q) && !lostSet.has(q)));
    for (const [open, close] of mixed) reportMixedQuotes(context, paragraphs[open.p], open, close);
    const mixedSet = new Set(mixed.flat());
    for (const q of lone) {
      // A straight quote of a Chinese paragraph that paired with no curly one is the punctuation rule's, if anyone's.
      if (spanning.has(q) || lostSet.has(q) || mixedSet.has(q) || q.partner) continue;
      if (q.family) report(context, paragraphs[q.p], q.at, q.opens ? 'unclosed' : 'unopened', q.family);
      else context.report({ message: 'straight', range: rangeIn(paragraphs[q.p], q.at, q.at + 1) });
    }
  },
};

/** A double quote left open or closed in its paragraph, as the paragraph's check finds it (the paragraph not known). */
interface LocalQuote {
  at: number;
  opens: boolean;
  family?: Family;
  /** A straight quote in a Chinese paragraph, read only as the other half of a mixed pair (straightPartner). */
  partner?: boolean;
}

/** A double quote left open or closed in its paragraph: curly (with its family) or straight (none). */
interface LoneQuote {
  p: number;
  at: number;
  opens: boolean;
  family?: Family;
  partner?: boolean;
}

/**
 * “…" or "…”: a quotation opened with one kind of double quote and closed with the other, the two lone quotes of
 * their paragraph side by side (no other lone quote between). One quotation, one finding, not an unclosed “ and a
 * lone ".
 */
function mixedQuotes(lone: LoneQuote[]): [LoneQuote, LoneQuote][] {
  const sorted = [...lone].sort((a, b) => a.p - b.p || a.at - b.at);
  const out: [LoneQuote, LoneQuote][] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    if (a.p !== b.p) continue;
    const curlyThenStraight = a.family?.open === '“' && a.opens && b.family === undefined;
    const straightThenCurly = a.family === undefined && b.family?.open === '“' && !b.opens;
    if (!curlyThenStraight && !straightThenCurly) continue;
    out.push([a, b]);
    k++;
  }
  return out;
}

function reportMixedQuotes(context: RuleContext, paragraph: Paragraph, open: LoneQuote, close: LoneQuote): void {
  const text = paragraph.text;
  const straight = open.family === undefined ? open : close;
  const range = rangeIn(paragraph, straight.at, straight.at + 1);
  context.report({
    message: 'mixedQuotes',
    data: { open: text[open.at], close: text[close.at], expectedOpen: '“', expectedClose: '”' },
    range: rangeIn(paragraph, open.at, close.at + 1),
    fix: { title: 'fix', data: { expected: straight === open ? '“' : '”' }, edits: [{ range, newText: straight === open ? '“' : '”' }] },
  });
}

/** At least this many opening quotes, and not one closing quote in the document: the closers were lost as a whole. */
const LOST_MIN = 3;

/**
 * A document with many “ and not one ” anywhere lost its closing quotes in a conversion: one defect, one finding
 * (the openers are right; each is not a separate slip).
 */
function closersLost(lone: LoneQuote[], usesClosers: Map<Family, boolean>): LoneQuote[] {
  const open = lone.filter((q) => q.opens && q.family?.open === '“' && !usesClosers.get(q.family));
  return open.length >= LOST_MIN ? open : [];
}

function reportClosersLost(context: RuleContext, paragraphs: Paragraph[], lost: LoneQuote[]): void {
  const [first, ...rest] = lost;
  const family = first.family!;
  context.report({
    message: 'closersLost',
    data: { mark: family.show[0], partner: family.show[1], count: lost.length },
    range: rangeIn(paragraphs[first.p], first.at, first.at + 1),
    related: rest.slice(0, 50).map((q) => ({ range: rangeIn(paragraphs[q.p], q.at, q.at + 1), message: 'otherUnclosed' })),
  });
}

/** Farthest a quotation may run over paragraphs (each a few lines apart). */
const QUOTE_PARAGRAPHS = 8;
/** A list item's bullet (-, *, +, •): a quoted list opens after the first one and closes at the end of the last item. */
const LIST_BULLET = /^[-*+•·▪●]\s+/;

/** "As the Circular states, " before a quotation: it is introduced as a colon would (the quotation may run on over a list). */
const REPORTING_CLAUSE = /\b(?:says|said|states|stated|writes|wrote|notes|noted|adds|added|explains|explained|puts it|according to [^,;:.]{1,60}),\s*$/i;

/**
 * A quotation over several paragraphs, opened in the first and closed in the last (> "These aren't big challenges…
 * ⏎⏎ > … ⏎⏎ > …would be appreciated."; As the Circular states, "An essential part … affecting: ⏎ - …; ⏎ - … purposes."): the last lone quote of a paragraph opens, the first lone quote of a later
 * paragraph close by closes, and no lone quote stands between them. Both are paired, as a reader pairs them.
 */
function quotationsOverParagraphs(paragraphs: Paragraph[], lone: LoneQuote[]): Set<LoneQuote> {
  const paired = new Set<LoneQuote>();
  const sorted = [...lone].sort((a, b) => a.p - b.p || a.at - b.at);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [open, close] = [sorted[k], sorted[k + 1]];
    if (!open.opens || close.opens || open.family !== close.family || close.p === open.p || close.p - open.p > QUOTE_PARAGRAPHS) continue;
    // The quotation opens its paragraph (or follows a colon) and ends the last one (perhaps before an attribution).
    // A quoted list (- “No development shall take place…; ⏎ - the approved scheme shall be implemented…”) opens
    // after the first item's bullet and closes the last item: the bullet is the list's, not text before the quote.
    const lead = paragraphs[open.p].text.slice(0, open.at).replace(/^[\s>]+/, '');
    const bullet = LIST_BULLET.exec(lead);
    const inOneList = bullet !== null && paragraphs.slice(open.p + 1, close.p + 1).every((q) => LIST_BULLET.test(q.text.replace(/^[\s>]+/, '')));
    const before = inOneList ? lead.slice(bullet![0].length) : lead;
    // What follows the closing quote in its paragraph, or on its line where a new line goes on after it (… purposes." ⏎ In 2021, …).
    const closing = paragraphs[close.p];
    const lineEnd = closing.segments.find((g) => close.at >= g.offset && close.at < g.offset + g.length);
    const after = closing.text.slice(close.at + 1, lineEnd && lineEnd !== closing.segments[closing.segments.length - 1] ? lineEnd.offset + lineEnd.length : undefined).trim();
    if (!(before === '' || /[:：]\s*$/.test(before) || REPORTING_CLAUSE.test(before)) || !/^(?:[)\].,;!?…]*|[—–-].{0,80})$/.test(after)) continue;
    // Paragraphs close together, and none between them quoting on its own (a quotation inside holds no " of its level).
    const marks = open.family ? /[“”]/ : /"/;
    let near = true;
    for (let p = open.p; p < close.p && near; p++) {
      near = paragraphs[p + 1].firstLine - paragraphs[p].lastLine <= 2 && (p === open.p || !marks.test(paragraphs[p].text));
    }
    if (!near) continue;
    paired.add(open).add(close);
    k++;
  }
  return paired;
}

/**
 * A sentence hard-wrapped with a blank line after each line (a PDF or Word copy whose every line became a paragraph):
 * the line ends in the middle of the sentence — on a character, a figure or a comma, with no full stop — and the
 * next one goes on with it (我受县人民政府的委托,向县十八届人大常委会第十三 ⏎⏎ 次会议作《关于…收支 ⏎⏎ 情况审计的工作报告》,请予审议。).
 * Not a heading, nor a line before one.
 */
function runsOn(paragraph: Paragraph, next: Paragraph): boolean {
  if (next.firstLine - paragraph.lastLine !== 2 || next.atHeading || paragraph.garbled || next.garbled) return false;
  const text = paragraph.text.trimEnd();
  const last = text[text.length - 1];
  if (last === undefined || !(/[\p{sc=Han}A-Za-z0-9、，,]/u.test(last))) return false;
  // Any text goes on with it, a closing mark too (…未按照《政府采购法实施条例 ⏎⏎ 》第三十二条…); not a bullet.
  return /^[\s\u3000]*[^\s\u3000\-*•·●■◆▪]/u.test(next.text);
}

/**
 * A table row's label wrapped onto the next line, whatever its case (Capital grants (School Condition ⏎ Allocation and
 * Devolved Formula Capital)   3.95   8.1; Public safety (Sheriff, jail, ⏎ 911, emergency management)   27,400,000): the
 * line ends in words (or a comma after them) inside an open bracket, with no figure, and the next line goes on with words
 * (a number among them) and closes the bracket after a word, only figures after it. The model reads the two lines as two rows.
 */
function labelRunsOn(paragraph: Paragraph, next: Paragraph): boolean {
  if (next.firstLine - paragraph.lastLine !== 1 || paragraph.garbled || next.garbled) return false;
  // The rows are lines: the model may join the header's lines to the first row, and the rows after it to the second.
  const last = paragraph.segments[paragraph.segments.length - 1];
  const first = next.segments[0];
  if (!last || !first) return false;
  const lastLine = paragraph.text.slice(last.offset, last.offset + last.length);
  const firstLine = next.text.slice(first.offset, first.offset + first.length);
  return /\([A-Za-z][^()\d]*[A-Za-z],?\s*$/.test(lastLine) && /^\s*[A-Za-z0-9][^()]*[A-Za-z]\)(?:\s+[-\d.,%£$€()\s]*)?$/.test(firstLine);
}

/**
 * A mark opened on a wrapped line and closed on one of the lines it runs on into (《关于…收支 ⏎⏎ 情况审计的工作报告》):
 * the last lone opener of its family in its paragraph and the first lone closer after it, every paragraph between
 * running on into the next and holding no lone mark of the family. Both are paired, as a reader pairs them.
 */
function pairedOverWraps(paragraphs: Paragraph[], lone: LoneQuote[], wrapped: Set<Paragraph>, paired: Set<LoneQuote>): void {
  const sorted = lone.filter((q) => q.family !== undefined && !paired.has(q)).sort((a, b) => a.p - b.p || a.at - b.at);
  for (let k = 0; k < sorted.length; k++) {
    const open = sorted[k];
    if (!open.opens || !wrapped.has(paragraphs[open.p])) continue;
    // The next lone mark of the family, in a later paragraph the wrapped lines run on into.
    let m = k + 1;
    while (m < sorted.length && sorted[m].family !== open.family) m++;
    const close = sorted[m];
    if (close === undefined || close.opens || close.p === open.p || close.p - open.p > QUOTE_PARAGRAPHS) continue;
    let runs = true;
    for (let p = open.p; p < close.p && runs; p++) runs = runsOn(paragraphs[p], paragraphs[p + 1]) || labelRunsOn(paragraphs[p], paragraphs[p + 1]);
    if (!runs) continue;
    paired.add(open).add(close);
  }
}

export default rule;

/** The partner in the same width as the mark: ( pairs with ), （ with ）, ﹙ with ﹚. */
const HALF_WIDTH_PARTNER: Record<string, string> = { '(': ')', ')': '(', '﹙': '﹚', '﹚': '﹙' };

/** ‘‘, ‘’ or ’’: what doubledSingles reads (two single quotes in a row, other than ’‘). */
const DOUBLED_SINGLE = /‘[‘’]|’’/;

/** Where a doubled single quote stands (its first character), opening (‘’ or ‘‘ before a word) or closing (’’ after one). */
interface DoubledSingles {
  at: Set<number>;
  opens: number[];
  closes: number[];
}

/**
 * ‘’Accepting…’’, ‘‘two openers’’: two single quotes against a word stand for one double quotation mark (a keyboard
 * or a conversion without “ ”). Read as one mark each, so that neither half is left over for the pairing of single
 * quotes, and ‘’ is no empty pair: an opening pair before a Latin letter or figure, a closing pair after one (or after
 * the sentence's full stop). A quotation inside a quotation (‘blameless’”) or an apostrophe and a quote (students’”)
 * is no doubled quote.
 */
function doubledSingles(text: string): DoubledSingles | undefined {
  const out: DoubledSingles = { at: new Set(), opens: [], closes: [] };
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text[i] + text[i + 1];
    if ((pair === '‘’' || pair === '‘‘') && /[A-Za-z0-9]/.test(text[i + 2] ?? '')) {
      out.at.add(i);
      out.opens.push(i);
      i++;
    } else if (pair === '’’' && /[A-Za-z0-9.,!?)]/.test(text[i - 1] ?? '') && text[i + 2] !== '’') {
      out.at.add(i);
      out.closes.push(i);
      i++;
    }
  }
  return out.at.size ? out : undefined;
}

/** Each opening doubled quote with the closing one after it: one finding, with the fix to “…”; one left alone is unpaired. */
function reportDoubledSingles(context: UnitContext<unknown>, paragraph: Paragraph, doubled: DoubledSingles): void {
  const text = paragraph.text;
  const closes = doubled.closes.slice();
  for (let k = 0; k < doubled.opens.length; k++) {
    const open = doubled.opens[k];
    const next = doubled.opens[k + 1] ?? Infinity;
    const c = closes.findIndex((at) => at > open && at < next);
    if (c < 0) {
      report(context, paragraph, open, 'unclosed', SINGLE_QUOTES);
      continue;
    }
    const close = closes.splice(c, 1)[0];
    context.report({
      message: 'doubledSingles',
      data: { open: text.slice(open, open + 2), close: text.slice(close, close + 2), expectedOpen: '“', expectedClose: '”' },
      range: rangeIn(paragraph, open, close + 2),
      fix: {
        title: 'fixReversed',
        data: { expectedOpen: '“', expectedClose: '”' },
        edits: [
          { range: rangeIn(paragraph, open, open + 2), newText: '“' },
          { range: rangeIn(paragraph, close, close + 2), newText: '”' },
        ],
      },
    });
  }
  for (const at of closes) report(context, paragraph, at, 'unopened', SINGLE_QUOTES);
}

function report(context: UnitContext<unknown>, paragraph: Paragraph, at: number, message: 'unclosed' | 'unopened', family: Family): void {
  const mark = paragraph.text[at];
  const partner = HALF_WIDTH_PARTNER[mark] ?? (message === 'unclosed' ? family.show[1] : family.show[0]);
  context.report({
    message,
    // 左括号“(”在本段中没有对应的右括号“)”: a Chinese message quotes the mark, so a half-width bracket does not read as
    // the message's own parenthesis (a quotation mark itself is shown as it is: 左引号“ needs no quotes round it).
    data: { mark, partner, markZh: quoteMark(mark), partnerZh: quoteMark(partner), name: family.name.zh, nameEn: family.name.en },
    range: rangeIn(paragraph, at, at + 1),
  });
}

/** A mark quoted as a Chinese message quotes it (“(”, “《”); quotation marks as they are. */
function quoteMark(mark: string): string {
  return /["'“”‘’「」『』]/.test(mark) ? mark : `“${mark}”`;
}

function misdirected(context: UnitContext<unknown>, paragraph: Paragraph, at: number, message: 'misdirectedOpen' | 'misdirectedClose', expected: string): void {
  const range = rangeIn(paragraph, at, at + 1);
  context.report({ message, data: { mark: paragraph.text[at], expected }, range, fix: { title: 'fix', edits: [{ range, newText: expected }] } });
}

/**
 * ”玻璃天花板“: a closing quote with nothing open, then an opening one with nothing to close, and no mark of the
 * family between — one quotation written the wrong way round, one finding. Both are taken off the lists.
 */
function reversedPairs(context: UnitContext<unknown>, paragraph: Paragraph, family: Family, unclosed: number[], unopened: number[]): void {
  const text = paragraph.text;
  for (let u = 0; u < unopened.length; u++) {
    const close = unopened[u];
    const k = unclosed.findIndex((at) => at > close);
    if (k < 0) continue;
    const open = unclosed[k];
    if ([...text.slice(close + 1, open)].some((c) => family.open.includes(c) || family.close.includes(c))) continue;
    const [expectedOpen, expectedClose] = family.show;
    const data = { close: text[close], open: text[open], expectedOpen, expectedClose };
    const edits = [
      { range: rangeIn(paragraph, close, close + 1), newText: expectedOpen },
      { range: rangeIn(paragraph, open, open + 1), newText: expectedClose },
    ];
    context.report({ message: 'reversed', data, range: rangeIn(paragraph, close, open + 1), fix: { title: 'fixReversed', edits } });
    unclosed.splice(k, 1);
    unopened.splice(u--, 1);
  }
}

/** The character after the mark is one that follows a closing quote: 、，。；：的 ) or the paragraph's end. */
function standsAsCloser(text: string, at: number): boolean {
  const next = text[at + 1];
  return next === undefined || '、，,。；;：:的）)》！？!?'.includes(next);
}

function getList<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function hasAnyMark(text: string): boolean {
  for (let i = 0, n = text.length; i < n; i++) if (MARK_AT_CODE[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/** Marks that are not brackets or quotes here: list markers, smileys, apostrophes. */
function isExempt(text: string, i: number): boolean {
  const ch = text[i];
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (ch === ')' || ch === '）') {
    // 1) a) ii) after a clause boundary: a list marker, not a closing bracket. Markdown escapes the bracket of a
    // label that starts a paragraph (1\) The conference…, a\) the accounts…) so that it is not read as a list: the
    // label is the same.
    const label = before === '\\' && ch === ')' ? i - 1 : i;
    let j = label - 1;
    while (j >= 0 && j >= label - 3 && (isDigit(text[j]) || isAsciiLetter(text[j]))) j--;
    if (j < label - 1 && label - 1 - j <= 3) {
      const lead = text[j] ?? '';
      if (j < 0 || lead === ' ' || lead === '\t' || lead === '"' || lead === "'" || isCjkPunct(lead) || isHanBefore(text, j + 1) || /[.;:,]/.test(lead)) {
        // "paragraphs 6 and 9)", "section 4.2)": the last of the numbers a reference names closes a bracket — but
        // "section 9.3.1b) to 9.3.1g)": a sub-paragraph's letter glued to its dotted number, with its own bracket, is
        // that label cited as it is written.
        if (!hasOpenerBefore(text, i) && (!REFERENCE_BEFORE.test(text.slice(Math.max(0, j - 60), j + 1)) || LETTERED_SUBPARAGRAPH.test(text.slice(Math.max(0, label - 16), label)))) return true;
        // "(see section 4.2c) for the detail)", "(as in paragraph 12b) of the report)": inside a bracket, the bracket
        // of a sub-paragraph's letter cited as written is its own when a later ) is left to close the open one.
        // "(see a) and b) above)", "(as set out in 1), 2) and 3) above)": inside a bracket, labels cited as a run, each
        // with its own bracket, while a later ) is left to close the open one. One label alone ("(option 2) is
        // preferred)") is no run: its bracket closes the open one, and the later ) is the stray.
        if (ch === ')' && hasOpenerBefore(text, i) && hasCloserAfter(text, i) && inLabelRun(text, j + 1, label)) return true;
        if (ch === ')' && isAsciiLetter(before) && hasOpenerBefore(text, i) && hasCloserAfter(text, i) && (LETTERED_SUBPARAGRAPH.test(text.slice(Math.max(0, label - 16), label)) || (/\d[a-z]$/.test(text.slice(j + 1, label)) && REFERENCE_BEFORE.test(text.slice(Math.max(0, j - 60), j + 1))))) return true;
      }
    }
    // Smileys :) :-) ;) and ^_^), unless a bracket is open for them to close (可别忘了按回车键哦。:)
    const smiley = before === ':' || before === ';' || (before === '-' && /[:;]/.test(text[i - 2] ?? '')) || before === '^';
    if (smiley && (before === '^' || !hasOpenerBefore(text, i))) return true;
  }
  // A half-open interval, (0, 1] or [0, n): one end is a square bracket, which no rule pairs with a parenthesis.
  if (ch === '(' && INTERVAL_OPEN.test(text.slice(i, i + 48))) return true;
  if (ch === ')' && INTERVAL_CLOSE.test(text.slice(Math.max(0, i - 48), i))) return true;
  if (ch === '(' && (before === ':' || before === ';' || after === ':' || after === '^')) return true;
  if (ch === '(' && before === '-' && /[:;]/.test(text[i - 2] ?? '')) return true; // :-(
  // Apostrophes inside a word or before a figure: don’t, FY2024’s, the ’90s.
  if (ch === '’' && (isAsciiLetter(after) || isDigit(after))) return true;
  if (ch === '‘' && isAsciiLetter(after) && isAsciiLetter(before)) return true;
  return false;
}

/** ?!? where a conversion lost a 。 and the “ after it: this many in a paragraph are the damage, not a writer's ?!?. */
const LOST_OPENER_MIN = 2;

/** The ?!? signs of characters lost in an encoding round trip, after Chinese text or its marks (增长极?!?”, 争做“增长极”?!?”). */
function lostOpenerSigns(text: string): number {
  let n = 0;
  for (let at = text.indexOf('?!?'); at >= 0; at = text.indexOf('?!?', at + 3)) if (isHanBefore(text, at) || isCjkPunct(text[at - 1] ?? '')) n++;
  return n;
}

/** ” after a number of at most three digits (a decimal or a fraction too: 1.5”, 3/4”), not inside a word. */
function isCurlyInchMark(text: string, i: number): boolean {
  const m = /(?:^|[^\p{L}\p{N}.,/])(\d{1,3}(?:[.,]\d+)?(?:\/\d{1,2})?)$/u.exec(text.slice(Math.max(0, i - 12), i));
  return m !== null && !/^[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** An end of an interval: a number, infinity, or a one-to-three-character name (n, a, t0, max). */
const BOUND = String.raw`[-+−]?(?:\d+(?:\.\d+)?|∞|inf(?:inity)?|[A-Za-z][A-Za-z0-9_]{0,2})`;
/** (0, 1], (0.0, 1.0], (-∞, 0]: an interval open on the left, from its opening parenthesis. */
const INTERVAL_OPEN = new RegExp(String.raw`^\(\s*${BOUND}\s*,\s*${BOUND}\s*\]`);
/** [0, n), [0, 1000): an interval open on the right, up to its closing parenthesis. */
const INTERVAL_CLOSE = new RegExp(String.raw`\[\s*${BOUND}\s*,\s*${BOUND}\s*$`);

/** paragraphs 6 and, section 4., pages 3, 5 or: a reference to numbered parts, before its last number. */
const REFERENCE_BEFORE = /\b(?:paragraphs?|paras?|sections?|pages?|pp|items?|annex(?:es)?|appendix|appendices|tables?|figures?|notes?|clauses?|chapters?|recommendations?|articles?|schedules?)\.?[ \t]+(?:\d+(?:\.\d+)*[a-z]?[ \t]*(?:,|and|or|to|&|–|-)[ \t]*)*(?:\d+\.)*$/i;

/** A list label (1, 12, a, b, iv) cited with its bracket. */
const CITED_LABEL = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})$/;
/** 1) and · a), · b) or: a cited label, then the word that joins it to the next. */
const LABEL_JOIN_BEFORE = /(?:^|[\s(])(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|[–&-]\s*)$/;
const LABEL_JOIN_AFTER = /^\)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|[–&-]\s*)(?:\d{1,2}|[a-z]|[ivx]{1,4})\)/;

/** The label text[from, label) is one of a run of cited labels: 1) and 2), a), b) and c). */
function inLabelRun(text: string, from: number, label: number): boolean {
  if (!CITED_LABEL.test(text.slice(from, label))) return false;
  return LABEL_JOIN_AFTER.test(text.slice(label, label + 16)) || LABEL_JOIN_BEFORE.test(text.slice(Math.max(0, from - 16), from));
}

/** 9.3.1b, 4.2c: a dotted number with one lower-case letter glued to it, before the bracket of a sub-paragraph's label. */
const LETTERED_SUBPARAGRAPH = /(?:^|[^\w.])\d{1,3}(?:\.\d{1,3})+[a-z]$/;

/** ’ that no open quotation claims, after a letter, a figure or a closing bracket: students’, (FY2024)’s. */
function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  return isAsciiLetter(before) || isDigit(before) || before === ')' || before === ']' || before === '）';
}

const PAREN_OPENERS = '（(﹙';

/** The width a parenthesis is set in: ( ) half, （ ） full, ﹙ ﹚ small form. */
function bracketWidth(ch: string): 'half' | 'full' | 'small' {
  return ch === '(' || ch === ')' ? 'half' : ch === '﹙' || ch === '﹚' ? 'small' : 'full';
}

/** （…) or (…）: paired, but one of the two is the other width. Chinese around or inside asks for full width. */
function mixedWidth(context: UnitContext<unknown>, paragraph: Paragraph, open: number, close: number): void {
  const text = paragraph.text;
  const chinese = /\p{sc=Han}/u.test(text.slice(open, close + 1)) || isHanBefore(text, open) || /^\p{sc=Han}/u.test(text.slice(close + 1, close + 3));
  const [expectedOpen, expectedClose] = chinese ? ['（', '）'] : ['(', ')'];
  const edits = [
    { at: open, expected: expectedOpen },
    { at: close, expected: expectedClose },
  ]
    .filter((e) => text[e.at] !== e.expected)
    .map((e) => ({ range: rangeIn(paragraph, e.at, e.at + 1), newText: e.expected }));
  const data = { open: text[open], close: text[close], expectedOpen, expectedClose };
  context.report({ message: 'mixedWidth', data, severity: 'info', range: rangeIn(paragraph, open, close + 1), fix: { title: 'fixWidth', edits } });
}

/** A paragraph written in English: Latin letters, and hardly any Chinese. */
function isEnglish(text: string): boolean {
  let letters = 0;
  let han = 0;
  for (const ch of text) {
    if (isAsciiLetter(ch)) letters++;
    else if (/\p{sc=Han}/u.test(ch)) han++;
  }
  return letters > 20 && han * 10 < letters;
}

/**
 * Straight double quotes left without a partner: each " is read as opening (after a space or a bracket, before
 * text) or closing (after text, before a space or a mark), and paired in order. An inch or second mark (5", 40°26'46")
 * closes nothing and is left alone.
 */
function unpairedStraightQuotes(text: string): { at: number; opens: boolean }[] {
  const out: { at: number; opens: boolean }[] = [];
  let open: number | undefined;
  /** A quote standing alone between spaces just before, with no quotation open: the closer's partner, if one comes next. */
  let standing: number | undefined;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    // "" and """ are an empty string and a docstring fence, not quotation marks (empty-pair reads "").
    if (before === '"' || after === '"') continue;
    // ; " (Double Quote): a quote mark standing alone between spaces, with no quotation open for it to close, is
    // the character named, not a quotation.
    // It may also open a quotation whose first word was masked ("[most loved] language": the link's [ is a space in
    // the prose): a later closing quote with nothing open pairs with it.
    if (open === undefined && /\s/.test(before) && /\s/.test(after) && i > 0 && i + 1 < text.length) {
      standing = i;
      continue;
    }
    const opens = /[\s([{\u2014\u2013/-]/.test(before) && !/\s/.test(after);
    const closes = !/\s/.test(before) && /[\s.,;:!?)\]}\u2014\u2013]/.test(after);
    if (open !== undefined && (closes || !opens)) {
      open = undefined;
    } else if (opens || !closes) {
      if (open !== undefined) out.push({ at: open, opens: true });
      open = i;
      standing = undefined;
    } else if (standing !== undefined) {
      standing = undefined;
    } else if (!isDigit(before) && before !== "'" && before !== '′') {
      out.push({ at: i, opens: false });
    }
  }
  if (open !== undefined) out.push({ at: open, opens: true });
  return out;
}

/**
 * “三公"经费 / "放管服”改革: in a Chinese paragraph, the one straight double quote that closes a lone “ after it, or
 * opens the lone ” before it — a quotation typed with two kinds of marks (mixedQuotes reports it once, with the fix).
 * Only where the paragraph has that one straight quote and that one lone curly quote: a pair of straight quotes is
 * the punctuation rule's, and an inch mark (15.6") follows a digit.
 */
function straightPartner(text: string, lone: LocalQuote[]): LocalQuote | undefined {
  const at = text.indexOf('"');
  if (at < 0 || text.indexOf('"', at + 1) >= 0 || isDigit(text[at - 1] ?? '')) return undefined;
  const curly = lone.filter((q) => q.family?.open === '“');
  if (curly.length !== 1 || lone.length !== 1) return undefined;
  const [q] = curly;
  if (q.opens && q.at < at) return { at, opens: false, partner: true };
  if (!q.opens && at < q.at) return { at, opens: true, partner: true };
  return undefined;
}

/** Is there an unmatched ( or （ earlier in the text (then this ) closes it)? Scans back a short way. */
/** A ) after i that no ( after i claims, in the rest of the sentence: the closer of a bracket opened before i. */
function hasCloserAfter(text: string, i: number): boolean {
  let depth = 0;
  for (let j = i + 1; j < text.length && j <= i + 200; j++) {
    const c = text[j];
    if (c === '(' || c === '（' || c === '﹙') depth++;
    else if (c === ')' || c === '）' || c === '﹚') {
      if (depth === 0) return true;
      depth--;
    } else if ((c === '.' || c === '。') && /\s/.test(text[j + 1] ?? ' ') && depth === 0 && !/\d/.test(text[j - 1] ?? '')) return false;
  }
  return false;
}

function hasOpenerBefore(text: string, i: number): boolean {
  let depth = 0;
  for (let j = i - 1; j >= 0 && j >= i - 200; j--) {
    const c = text[j];
    if (c === ')' || c === '）' || c === '﹚') depth++;
    else if (c === '(' || c === '（' || c === '﹙') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
