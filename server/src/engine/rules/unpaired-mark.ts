/**
 * unpaired-mark — 引号、书名号、括号不成对 / Unpaired quotes and brackets
 *
 * What: within a paragraph, “ without ”, 《 without 》, （ without ）, 【 without 】 (also ‘’ 「」 『』 〔〕),
 * or a closing mark with no opening one. Full- and half-width brackets pair with each other (that is a
 * style question, not a missing mark).
 * Not: list markers 1) a) ii), smileys :) :-( ^_^, apostrophes (don’t, FY2024’s, the ’90s), math and code,
 * a hard-wrapped sentence or blockquote (the paragraph is read as a whole), a quotation that
 * runs over several paragraphs (each paragraph opens with “, only the last one closes), and paragraphs
 * garbled by an encoding round trip (学?!懊…), where the lost marks are a symptom of the garbling.
 *
 * Why: closing marks are what text conversion and copy-paste from web pages lose first.
 *
 * 检查：同一段落中，“没有”，《没有》，（没有），【没有】（以及‘’、「」、『』、〔〕），或者右侧标号前面
 * 没有左侧标号。全角与半角括号可以互相配对（那是写法问题，不是缺少标号）。
 * 不报：列表编号1) a) ii)，表情符号:) :-( ^_^，撇号（don’t、FY2024’s、the ’90s），数学式和代码，硬换行的句子
 * 或引文（整段一起读），跨越多段的引文（每段以“开头，只在最后一段结束），以及编码转换损坏的段落（学?!懊…），
 * 其中丢失的标号只是乱码的表现。
 * 原因：文本转换和从网页复制时，最先丢失的就是右侧标号。
 *
 * Bad:  出台了在职教师“禁麻令,各级媒体纷纷报道
 * Good: 出台了在职教师“禁麻令”,各级媒体纷纷报道
 * Bad:  The report (published in May sets out the plan.
 * Good: The report (published in May) sets out the plan.
 */

import { isAsciiLetter, isCjkPunct, isDigit, isHanBefore } from '../model/chars';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import type { Rule, RuleContext } from '../rule';

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
  { open: '（(', close: '）)', show: ['（', '）'], name: BRACKET },
  { open: '【', close: '】', show: ['【', '】'], name: BRACKET },
  { open: '「', close: '」', show: ['「', '」'], name: QUOTE },
  { open: '『', close: '』', show: ['『', '』'], name: QUOTE },
  { open: '〔', close: '〕', show: ['〔', '〕'], name: BRACKET },
];

const FAMILY_OF = new Map<string, { family: Family; opens: boolean }>();
for (const family of FAMILIES) {
  for (const ch of family.open) FAMILY_OF.set(ch, { family, opens: true });
  for (const ch of family.close) FAMILY_OF.set(ch, { family, opens: false });
}

const rule: Rule = {
  meta: {
    id: 'unpaired-mark',
    name: { zh: '标点不成对', en: 'Unpaired mark' },
    category: 'copy-residue',
    description: {
      zh: '段内引号、书名号、括号不成对（“缺”、《缺》、（缺））',
      en: 'Quotes and brackets without their partner in the paragraph (“ without ”, 《 without 》, （ without ）)',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      unclosed: { zh: '左{name}{mark}在本段中没有对应的右{name}{partner}', en: 'Opening {nameEn} {mark} has no closing {partner} in this paragraph' },
      unopened: { zh: '右{name}{mark}前面没有对应的左{name}{partner}', en: 'Closing {nameEn} {mark} has no opening {partner} before it in this paragraph' },
      misdirectedOpen: { zh: '引号方向错误：此处应为左引号{expected}，写成了{mark}', en: 'Quote facing the wrong way: {mark} opens this quotation; expected {expected}' },
      misdirectedClose: { zh: '引号方向错误：此处应为右引号{expected}，写成了{mark}', en: 'Quote facing the wrong way: {mark} closes this quotation; expected {expected}' },
      fix: { zh: '改为{expected}', en: 'Change to {expected}' },
    },
  },

  check(context) {
    const paragraphs = context.doc.paragraphs;
    const usesClosers = new Map(FAMILIES.map((f) => [f, [...f.close].some((c) => context.doc.text.includes(c))]));
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p];
      const text = paragraph.text;
      if (paragraph.garbled || !hasAnyMark(text)) continue;
      const open = new Map<Family, number[]>();
      const stray = new Map<Family, number[]>();
      const lastOpen = new Map<Family, number>();
      for (let i = 0; i < text.length; i++) {
        const entry = FAMILY_OF.get(text[i]);
        if (!entry || isExempt(text, i)) continue;
        const family = entry.family;
        const stack = getList(open, family);
        if (entry.opens) {
          stack.push(i);
          lastOpen.set(family, i);
        } else if (stack.length) {
          stack.pop();
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
      // A quotation over several paragraphs: each opens with “ and only the last one closes.
      const next = paragraphs[p + 1];
      const continuesQuote = next !== undefined && next.firstLine - paragraph.lastLine <= 2 && /^[“「『]/.test(next.text);
      for (const [family, stack] of open) {
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
          report(context, paragraph, at, 'unclosed', family);
        }
      }
      for (const [family, list] of stray) for (const at of list) report(context, paragraph, at, 'unopened', family);
    }
  },
};

export default rule;

/** The partner in the same width as the mark: ( pairs with ), （ with ）. */
const HALF_WIDTH_PARTNER: Record<string, string> = { '(': ')', ')': '(' };

function report(context: RuleContext, paragraph: Paragraph, at: number, message: 'unclosed' | 'unopened', family: Family): void {
  const mark = paragraph.text[at];
  const partner = HALF_WIDTH_PARTNER[mark] ?? (message === 'unclosed' ? family.show[1] : family.show[0]);
  context.report({
    message,
    data: { mark, partner, name: family.name.zh, nameEn: family.name.en },
    range: rangeIn(paragraph, at, at + 1),
  });
}

function misdirected(context: RuleContext, paragraph: Paragraph, at: number, message: 'misdirectedOpen' | 'misdirectedClose', expected: string): void {
  const range = rangeIn(paragraph, at, at + 1);
  context.report({ message, data: { mark: paragraph.text[at], expected }, range, fix: { title: 'fix', edits: [{ range, newText: expected }] } });
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
  for (let i = 0; i < text.length; i++) if (FAMILY_OF.has(text[i])) return true;
  return false;
}

/** Marks that are not brackets or quotes here: list markers, smileys, apostrophes. */
function isExempt(text: string, i: number): boolean {
  const ch = text[i];
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (ch === ')' || ch === '）') {
    // 1) a) ii) after a clause boundary: a list marker, not a closing bracket.
    let j = i - 1;
    while (j >= 0 && j >= i - 3 && (isDigit(text[j]) || isAsciiLetter(text[j]))) j--;
    if (j < i - 1 && i - 1 - j <= 3) {
      const lead = text[j] ?? '';
      if (j < 0 || lead === ' ' || lead === '\t' || isCjkPunct(lead) || isHanBefore(text, j + 1) || /[.;:,]/.test(lead)) {
        if (!hasOpenerBefore(text, i)) return true;
      }
    }
    // Smileys :) :-) ;) and ^_^)
    if (before === ':' || before === ';' || (before === '-' && /[:;]/.test(text[i - 2] ?? '')) || before === '^') return true;
  }
  if (ch === '(' && (before === ':' || before === ';' || after === ':' || after === '^')) return true;
  if (ch === '(' && before === '-' && /[:;]/.test(text[i - 2] ?? '')) return true; // :-(
  // Apostrophes: don’t, students’, FY2024’s, the ’90s.
  if (ch === '’' && (isAsciiLetter(before) || isDigit(before) || isDigit(after))) return true;
  if (ch === '‘' && isAsciiLetter(after) && isAsciiLetter(before)) return true;
  return false;
}

/** Is there an unmatched ( or （ earlier in the text (then this ) closes it)? Scans back a short way. */
function hasOpenerBefore(text: string, i: number): boolean {
  let depth = 0;
  for (let j = i - 1; j >= 0 && j >= i - 200; j--) {
    const c = text[j];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
