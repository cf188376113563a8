// A count of people set off by dashes and named between them, each with a role in brackets: "Our four full-time
// sabbatical officers — Amara Okafor (President), Daniel Price (Education), Sofia Marchetti (Welfare), Jack Lowe
// (Activities) and Priya Nair (Sport) — have spent…" names five. Each item is clearly one: a name in capitals and its
// bracket, apart by commas and a last "and". Not a count with a floor or a part (at least, of the), nor items of
// another shape (a name without its role, a phrase), which may be one or two.
// In Chinese the names follow the count's colon in the same sentence: 会议增补3名理事：张华、李明、王芳、赵强。 names four
// (names of two or three characters, a role in brackets or not; not a list that ends on 等, nor places or units).

import type { Paragraph } from '../model/paragraphs';
import { smallNumberWord } from '../model/number-words';
import { parseChineseNumeral } from '../model/numerals';
import type { BracketCount } from './enumeration-count-brackets';

const EN = /\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+((?:[a-z][A-Za-z-]*\s+){0,3}?[a-z][a-z-]*s)\s+([—–]|--)\s+([^—–\n]{10,400}?)\s+(?:[—–]|--)(?=\s)/g;
const NAMED = /^[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}\s+\([A-Za-z][^()]{1,40}\)$/;

const ZH = /(?<![\d.．第近约约逾余多每各])(\d{1,2}|[两二三四五六七八九十])名((?:[\p{sc=Han}]{0,6}?)(?:理事|监事|董事|委员|常委|代表|同志|成员|干部|专家|队员|志愿者|评委|顾问|负责人|联络员|班子成员))[：:]((?:[\p{sc=Han}]{2,3}(?:（[^（）、]{1,12}）)?、){1,15}[\p{sc=Han}]{2,3}(?:（[^（）、]{1,12}）)?)(?=[。；;，,]|\s*$)/gu;

export function dashCountsIn(paragraph: Paragraph): BracketCount[] {
  const text = paragraph.text;
  const out: BracketCount[] = [];
  ZH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ZH.exec(text)); ) {
    const count = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1].replace('两', '二'));
    const items = m[3].split('、');
    if (!count || count < 2) continue;
    const offset = m.index;
    const listOffset = m.index + m[0].length - m[3].length;
    out.push({ offset, length: m[1].length + 1 + m[2].length, count, min: items.length, max: items.length, listOffset, listLength: m[3].length });
  }
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
