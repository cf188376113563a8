// The language a draft is written in, for the page's `auto`: a Chinese draft gets Chinese messages whatever the
// browser's language. A Han character counts as one word (that is how Chinese is read); an English word is a
// run of Latin letters. Undefined when the text has neither (an empty draft).

import { isAsciiLetter, isHanCodePoint } from '../../server/src/engine/model/chars';
import type { Locale } from './protocol';

export function draftLocale(text: string): Locale | undefined {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const letter = cp < 128 && isAsciiLetter(text[i]);
    if (isHanCodePoint(cp)) han++;
    else if (letter && !inWord) words++;
    inWord = letter;
  }
  if (han === 0 && words === 0) return undefined;
  return han >= words ? 'zh-cn' : 'en';
}
