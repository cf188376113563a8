// Writes a marker for a given number in the style a document already uses (for fixes, messages, completions).

import type { MarkerKind } from './markers';
import { toChineseNumeral, toCircled, toFinancialNumeral, toLatin, toRoman } from './numerals';

export interface MarkerShape {
  kind: MarkerKind;
  style: string;
}

/** formatMarker({kind:'cn-paren', style:'（一）'}, 3) → '（三）'; dotted takes the whole path. */
export function formatMarker(shape: MarkerShape, value: number | number[]): string {
  const n = Array.isArray(value) ? value[value.length - 1] : value;
  const { kind, style } = shape;
  switch (kind) {
    case 'cn':
    case 'cn-paren':
      return style.replace('一', toChineseNumeral(n));
    case 'part':
    case 'chapter':
    case 'section':
      if (style.startsWith('壹')) return toFinancialNumeral(n) + style.slice(1);
      return style.includes('一') ? style.replace('一', toChineseNumeral(n)) : style.replace('1', String(n));
    case 'arabic':
      if (style === '⒈') return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
      return style.replace('1', String(n));
    case 'arabic-paren':
      if (style.startsWith('⑴')) return (n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `（${n}）`) + style.slice(1);
      return style.replace('1', String(n));
    case 'arabic-half':
      return style.replace('1', String(n));
    case 'circled':
      return toCircled(n) + style.slice(1);
    case 'dotted': {
      const path = Array.isArray(value) ? value : [n];
      const separator = style.includes('．') ? '．' : '.';
      const trailing = style.slice(3);
      return path.join(separator) + trailing;
    }
    case 'latin-upper':
    case 'latin-lower':
      return style.replace(/[Aa]/, toLatin(n, kind === 'latin-upper'));
    case 'roman-upper':
      return style.replace(/[Aa]/, toRoman(n));
    case 'roman-lower':
      return style.replace(/[Aa]/, toRoman(n).toLowerCase());
    case 'heading':
      return style;
  }
}

const MARKER_PUNCTUATION_END = /[）)①⑴][、．.，,]$/;
/** The style without a redundant delimiter after a closing bracket or circled number: （一）、 → （一）. */
export function baseStyle(shape: MarkerShape): string {
  const bracketed = shape.kind === 'cn-paren' || shape.kind === 'arabic-paren' || shape.kind === 'circled';
  return bracketed && MARKER_PUNCTUATION_END.test(shape.style) ? shape.style.slice(0, -1) : shape.style;
}

/** The standard form of each kind (GB/T 9704 for the Chinese levels), used when a document has no majority. */
export const STANDARD_STYLE: Partial<Record<MarkerKind, string>> = {
  part: '第一部分',
  chapter: '第一章',
  section: '第一节',
  cn: '一、',
  'cn-paren': '（一）',
  arabic: '1.',
  dotted: '1.1',
  'arabic-half': '1)',
  'arabic-paren': '（1）',
  circled: '①',
  'latin-upper': 'A.',
  'latin-lower': 'a.',
  'roman-upper': 'A.',
  'roman-lower': 'a.',
};

/** Just the number part of a marker (三, 3, C, iii, ③ or 2.3) for a new value, in the shape's style. */
export function formatNumber(shape: MarkerShape, value: number | number[]): string {
  const n = Array.isArray(value) ? value[value.length - 1] : value;
  switch (shape.kind) {
    case 'cn':
    case 'cn-paren':
      return toChineseNumeral(n);
    case 'part':
    case 'chapter':
    case 'section':
      if (shape.style.startsWith('壹')) return toFinancialNumeral(n);
      return shape.style.includes('一') ? toChineseNumeral(n) : String(n);
    case 'dotted':
      return (Array.isArray(value) ? value : [n]).join(shape.style.includes('．') ? '．' : '.');
    case 'heading':
      return '';
    default: {
      // Single-character forms (①, ⑴, ⒈) and letters: the whole marker minus its delimiter.
      const whole = formatMarker(shape, value);
      if (shape.kind === 'circled' || shape.style.startsWith('⑴') || shape.style === '⒈') return whole.replace(/[、．.，,]$/, '');
      if (shape.kind === 'latin-upper' || shape.kind === 'latin-lower') return toLatin(n, shape.kind === 'latin-upper');
      if (shape.kind === 'roman-upper') return toRoman(n);
      if (shape.kind === 'roman-lower') return toRoman(n).toLowerCase();
      return String(n);
    }
  }
}
