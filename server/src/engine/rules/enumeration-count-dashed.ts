// A count of people set off by dashes and named between them, each with a role in brackets: "Our four full-time
// sabbatical officers — Amara Okafor (President), Daniel Price (Education), Sofia Marchetti (Welfare), Jack Lowe
// (Activities) and Priya Nair (Sport) — have spent…" names five. Each item is clearly one: a name in capitals and its
// bracket, apart by commas and a last "and". Not a count with a floor or a part (at least, of the), nor items of
// another shape (a name without its role, a phrase), which may be one or two.

import type { Paragraph } from '../model/paragraphs';
import { smallNumberWord } from '../model/number-words';
import type { BracketCount } from './enumeration-count-brackets';

const EN = /\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+((?:[a-z][A-Za-z-]*\s+){0,3}?[a-z][a-z-]*s)\s+([—–]|--)\s+([^—–\n]{10,400}?)\s+(?:[—–]|--)(?=\s)/g;
const NAMED = /^[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}\s+\([A-Za-z][^()]{1,40}\)$/;

export function dashCountsIn(paragraph: Paragraph): BracketCount[] {
  const text = paragraph.text;
  const out: BracketCount[] = [];
  EN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN.exec(text)); ) {
    const count = smallNumberWord(m[1].toLowerCase());
    const items = m[4].split(/\s*,\s*/);
    const last = items.pop() ?? '';
    const pair = /^(.+?\))\s+and\s+(.+)$/.exec(last);
    if (!pair) continue;
    items.push(pair[1], pair[2]);
    if (items.length < 2 || !items.every((s) => NAMED.test(s.trim()))) continue;
    const offset = m.index + m[0].indexOf(m[1]);
    const listOffset = m.index + m[0].indexOf(m[4]);
    out.push({ offset, length: m[1].length + 1 + m[2].length, count, min: items.length, max: items.length, listOffset, listLength: m[4].length });
  }
  return out;
}
