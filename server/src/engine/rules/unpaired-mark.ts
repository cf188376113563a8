/**
 * unpaired-mark — 引号、书名号、括号不成对 / Unpaired quotes and brackets
 *
 * What: within a paragraph, “ without ”, 《 without 》, （ without ）, 【 without 】 (also ‘’ 「」 『』 〔〕),
 * or a closing mark with no opening one. Full- and half-width brackets pair with each other (that is a
 * style question, not a missing mark).
 * Not: list markers 1) a) ii), smileys :) ^_^, apostrophes (don’t), math and code, and a quotation that
 * runs over several paragraphs (each paragraph opens with “, only the last one closes).
 *
 * Why: closing marks are what text conversion and copy-paste from web pages lose first.
 *
 * Bad:  出台了在职教师“禁麻令,各级媒体纷纷报道       Good: 出台了在职教师“禁麻令”,各级媒体纷纷报道
 */

import { isAsciiLetter, isCjkPunct, isDigit, isHanBefore } from '../model/chars';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import type { Rule } from '../rule';

interface Family {
  open: string;
  close: string;
  /** How the pair is shown in messages. */
  show: [string, string];
}

const FAMILIES: Family[] = [
  { open: '“', close: '”', show: ['“', '”'] },
  { open: '‘', close: '’', show: ['‘', '’'] },
  { open: '《', close: '》', show: ['《', '》'] },
  { open: '（(', close: '）)', show: ['（', '）'] },
  { open: '【', close: '】', show: ['【', '】'] },
  { open: '「', close: '」', show: ['「', '」'] },
  { open: '『', close: '』', show: ['『', '』'] },
  { open: '〔', close: '〕', show: ['〔', '〕'] },
];

const FAMILY_OF = new Map<string, { family: Family; opens: boolean }>();
for (const family of FAMILIES) {
  for (const ch of family.open) FAMILY_OF.set(ch, { family, opens: true });
  for (const ch of family.close) FAMILY_OF.set(ch, { family, opens: false });
}

const rule: Rule = {
  meta: {
    id: 'unpaired-mark',
    category: 'copy-residue',
    description: {
      zh: '段内引号、书名号、括号不成对（“缺”、《缺》、（缺））',
      en: 'Quotes and brackets without their partner in the paragraph (“ without ”, 《 without 》, （ without ）)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      unclosed: { zh: '“{mark}”没有配对的“{partner}”', en: 'Unpaired “{mark}”: no matching “{partner}” in this paragraph' },
      unopened: { zh: '“{mark}”前没有配对的“{partner}”', en: 'Unpaired “{mark}”: no opening “{partner}” before it in this paragraph' },
    },
  },

  check(context) {
    const paragraphs = context.doc.paragraphs;
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p];
      const text = paragraph.text;
      if (!hasAnyMark(text)) continue;
      const open = new Map<Family, number[]>();
      const stray: { at: number; family: Family }[] = [];
      for (let i = 0; i < text.length; i++) {
        const entry = FAMILY_OF.get(text[i]);
        if (!entry || isExempt(text, i)) continue;
        const stack = open.get(entry.family) ?? [];
        open.set(entry.family, stack);
        if (entry.opens) stack.push(i);
        else if (stack.length) stack.pop();
        else stray.push({ at: i, family: entry.family });
      }
      // A quotation over several paragraphs: each opens with “ and only the last one closes.
      const next = paragraphs[p + 1];
      const continuesQuote = next !== undefined && next.firstLine - paragraph.lastLine <= 2 && /^[“「『]/.test(next.text);
      for (const [family, stack] of open) {
        for (const at of stack) {
          if (continuesQuote && (family.open === '“' || family.open === '「' || family.open === '『')) continue;
          report(context, paragraph, at, 'unclosed', family.show[1]);
        }
      }
      for (const { at, family } of stray) report(context, paragraph, at, 'unopened', family.show[0]);
    }
  },
};

export default rule;

function report(context: Parameters<Rule['check']>[0], paragraph: Paragraph, at: number, message: string, partner: string): void {
  context.report({ message, data: { mark: paragraph.text[at], partner }, range: rangeIn(paragraph, at, at + 1) });
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
  if (ch === '’' && isAsciiLetter(before)) return true; // don’t, students’
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
