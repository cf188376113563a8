// Picks the writer's language and fills message templates.

import type { Line } from './model/lines';
import type { Locale, Message } from './types';
import { matchesOf } from './patterns';

export function formatMessage(message: Message, locale: Locale, data: Record<string, string | number> = {}): string {
  const template = locale === 'zh-cn' ? message.zh : message.en;
  // The template read into its pieces once (every lint formats the messages of every document-wide finding again).
  let pieces = TEMPLATES.get(template);
  if (!pieces) TEMPLATES.set(template, (pieces = templatePieces(template)));
  if (pieces.length === 1) return pieces[0];
  let out = pieces[0];
  for (let k = 1; k < pieces.length; k += 2) {
    const name = pieces[k];
    out += (name in data ? String(data[name]) : `{${name}}`) + pieces[k + 1];
  }
  return out;
}

/** A value for a template filled in both languages: the same in each, or its own in each (a list, a nested message). */
export type BothValue = string | number | Message;

/**
 * A template filled in both languages, for what is shown later in a language chosen then (a settings problem: the CLI
 * in its language, the editor in its own).
 */
export function formatBoth(message: Message, data: Record<string, BothValue> = {}): Message {
  const fill = (zh: boolean) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'object' ? (zh ? v.zh : v.en) : v]));
  return { zh: formatMessage(message, 'zh-cn', fill(true)), en: formatMessage(message, 'en', fill(false)) };
}

/** A message filled in both languages, in one of them. */
export function inLocale(message: Message, locale: Locale): string {
  return locale === 'zh-cn' ? message.zh : message.en;
}

/** Templates by text: the literal text and the names of its {fields}, alternating (literal, name, literal…). */
const TEMPLATES = new Map<string, string[]>();

function templatePieces(template: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const m of matchesOf(template, /\{(\w+)\}/g)) {
    pieces.push(template.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  pieces.push(template.slice(last));
  return pieces;
}

/** Maps a VS Code or POSIX locale (zh-cn, zh_CN.UTF-8, zh-tw, en-US) to a message language. */
export function resolveLocale(value: string | undefined, fallback: Locale = 'en'): Locale {
  if (!value) return fallback;
  const v = value.toLowerCase();
  if (v === 'auto') return fallback;
  return v.startsWith('zh') ? 'zh-cn' : v.startsWith('en') ? 'en' : fallback;
}

/**
 * The language a draft is written in, so that `locale: auto` answers a Chinese draft in Chinese and an English one
 * in English whatever the editor's display language. A Han character counts as one word (that is how Chinese is
 * read); an English word is a run of Latin letters. Undefined when the prose has neither (an empty draft).
 */
export function detectLocale(source: string | readonly Pick<Line, 'prose' | 'kind'>[]): Locale | undefined {
  const counts = { han: 0, words: 0 };
  if (typeof source === 'string') countWords(source, counts);
  else for (const line of source) if (line.kind === 'text') countWords(line.prose, counts);
  return localeOf(counts);
}

/** The language of a text with this many Han characters and English words (undefined: neither). */
export function localeOf({ han, words }: { han: number; words: number }): Locale | undefined {
  if (han === 0 && words === 0) return undefined;
  return han >= words ? 'zh-cn' : 'en';
}

// Counted by native searches, not a loop over every character (which ran in the interpreter in a CLI run and in the
// server's first summary: ≈ 5 ms on the 120k draft against ≈ 2, perf42). Han: the code points isHanCodePoint accepts
// (the BMP blocks counted by what a global replace takes out, the supplementary ones only on a line with such a high
// surrogate: each is two code units); words: maximal runs of ASCII letters. test/unit/written-in.test.ts checks it
// against the loop it replaced, on random text.
const BMP_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const SUPPLEMENTARY_HAN = /[\u{20000}-\u{3134f}]/gu;
const SUPPLEMENTARY_HAN_HIGH = /[\ud840-\ud884]/;
const ASCII_WORD = /[A-Za-z]+/g;

/** Adds the Han characters (isHanCodePoint) and English words (runs of ASCII letters) of `text` to `counts`. */
export function countWords(text: string, counts: { han: number; words: number }): void {
  counts.han += text.length - text.replace(BMP_HAN, '').length;
  if (SUPPLEMENTARY_HAN_HIGH.test(text)) counts.han += (text.length - text.replace(SUPPLEMENTARY_HAN, '').length) / 2;
  ASCII_WORD.lastIndex = 0;
  while (ASCII_WORD.test(text)) counts.words++;
}
