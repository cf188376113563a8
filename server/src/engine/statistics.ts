// Counting a draft the way its writer does. Chinese 字数 (as Word and WPS count it): every Han character and
// every full-width punctuation mark, each run of Latin letters or digits as one, spaces never. English: words.

import { isCjkPunct, isHanCodePoint } from './model/chars';
import type { ReportDocument } from './model/document';
import type { Section } from './model/outline';

export interface TextCount {
  /** 字数: Han characters, full-width punctuation, and runs of Latin letters or digits counted as one each. */
  characters: number;
  /** Words: runs of Latin letters or digits (with inner ' and -), and each Han character. */
  words: number;
}

const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
/** Latin letters and digits, half- or full-width (２０２４ is one number). */
const isAlnum = (c: number) =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

export function countText(text: string): TextCount {
  let characters = 0;
  let words = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isAlnum(cp)) {
      if (!inRun) {
        characters++;
        words++;
      }
      inRun = true;
      continue;
    }
    // it's, well-known, 5.2, 1,200: one word.
    const joins = cp === 39 || cp === 0x2019 || cp === 45 || ((cp === 46 || cp === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
    if (inRun && joins && isAlnum(text.charCodeAt(i + 1))) continue;
    inRun = false;
    if (isHanCodePoint(cp)) {
      characters++;
      words++;
    } else if (cp > 0x2000 && cp !== 0x3000 && isCjkPunct(String.fromCodePoint(cp))) {
      characters++;
    }
  }
  return { characters, words };
}

export interface SectionStatistics {
  line: number;
  title: string;
  /** 0 for a top-level section. */
  depth: number;
  /** The section with its subsections, heading included. */
  count: TextCount;
}

export interface DraftStatistics {
  total: TextCount;
  sections: SectionStatistics[];
}

/** Counts of the whole draft and of each section in `sections` (the reader's outline), from one pass over the lines. */
const NOTHING: TextCount = { characters: 0, words: 0 };

export function draftStatistics(doc: ReportDocument, sections: readonly Section[] = doc.sections): DraftStatistics {
  // Running totals by line, so that any section's count is a subtraction. Each line is counted once for the life of
  // an incremental model (a line an edit left alone is the same object).
  const upTo: TextCount[] = [NOTHING];
  for (const line of doc.lines) {
    const before = upTo[upTo.length - 1];
    const count = line.kind === 'text' ? doc.memo.get('count', line, () => countText(line.prose)) : NOTHING;
    upTo.push({ characters: before.characters + count.characters, words: before.words + count.words });
  }
  const between = (from: number, to: number): TextCount => ({
    characters: upTo[to + 1].characters - upTo[from].characters,
    words: upTo[to + 1].words - upTo[from].words,
  });
  const shown = new Set(sections);
  const depthOf = (s: Section) => {
    let depth = 0;
    for (let p = s.parent; p; p = p.parent) if (shown.has(p)) depth++;
    return depth;
  };
  return {
    total: upTo[upTo.length - 1],
    sections: sections.map((s) => ({ line: s.marker.line, title: s.title, depth: depthOf(s), count: between(s.marker.line, s.endLine) })),
  };
}
