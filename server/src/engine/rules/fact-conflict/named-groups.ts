/**
 * Two figures whose words match but whose statements name two different things, each by words the key does not read:
 * - the named subject of the sentence: "“Engines of Change” … was seen by 212,600 people" and "The smaller “Women of
 *   the Works” display … had been seen by 58,300 people"; “工业百年”主题展…接待观众21.26万人次 and 《丝路华章》特展…接待观众
 *   5.83万人次 (a name in quotes or 《》 opening the sentence, in Chinese before the kind of thing it names: 展, 项目…);
 * - the group a count is of, named after its noun by a relative clause or a participle phrase: "Among the 780
 *   participants vaccinated against influenza" and "Among the 934 participants who received at least one vaccine"
 *   (not a verb with only the report's own time after it: "the 1,862 complaints logged in the year" names no group);
 * - the kind a modifier names before the count's noun: "41 noise abatement notices" and "58 improvement notices".
 * Two figures are apart only where both name one of these and the two names differ: a name on one side only (the
 * whole, or the same thing said more briefly) keeps them one measure.
 */
import type { Figure } from '../../model/numbers';
import { matchesOf } from '../../patterns';

const HAN = /\p{sc=Han}/u;

/** The English sentence a figure stands in, up to the figure (line breaks of a wrapped paragraph are spaces). */
function sentenceLeadEn(text: string, at: number): string {
  const from = Math.max(0, at - 240);
  const window = text.slice(from, at).replace(/\s+/g, ' ');
  let stop = -1;
  for (const m of matchesOf(window, /[.!?]["”’)]?\s(?=["“‘(]?[A-Z\d])/g)) stop = m.index! + m[0].length;
  return stop >= 0 ? window.slice(stop) : from === 0 ? window : '';
}

/** A quoted name opening the sentence (after a section number, an article and up to two words): its subject. */
const NAMED_SUBJECT_EN = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:The|Our|Its|Their|This)\s+(?:[a-z][a-z-]*\s+){0,2})?["“‘]([A-Z][^"“”‘’]{1,60}?)["”’]/;

/** The sentence's words in Chinese up to the figure. */
function sentenceLeadZh(text: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 200 && !/[。！？!?\n]/.test(text[start - 1])) start--;
  return text.slice(start, at);
}

/** 《丝路华章》特展, “古镇保护”项目 opening the sentence (after 其中 or a list marker): the exhibition, project… it names. */
const NAMED_SUBJECT_ZH = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:其中[，,]?)?[“《]([^”》“《]{2,24})[”》](?=(?:主题|专题|临时|特别|精品|原创|巡回)?(?:特展|展览|展|项目|工程|活动|演出|赛事|大赛|节|行动|课程))/u;

/** The name of what the figure's sentence is about (a quoted name opening it), or undefined. */
export function namedSubject(f: Figure): string | undefined {
  const text = f.paragraph.text;
  if (HAN.test(f.subject)) return NAMED_SUBJECT_ZH.exec(sentenceLeadZh(text, f.subjectStart))?.[1];
  return NAMED_SUBJECT_EN.exec(sentenceLeadEn(text, f.offset))?.[1]?.toLowerCase();
}

const RELATIVE_EN = /^\s+(?:who|that|which|whom)\s+(?:(?:were|was|are|is|had|have|has)\s+(?:been\s+)?)?([a-z][a-z-]*)\b/i;
/** A participle (or an adjective of eligibility or age) right after the noun, with a preposition after it: "vaccinated
 * against", "referred by", "eligible for", "not eligible for", "aged 65". */
const PARTICIPLE_EN = /^\s+((?:not\s+)?(?:[a-z]{3,}ed|seen|given|taken|known|held|run|made|sent|paid|born|aged|living|attending|receiving|using|awaiting|eligible|ineligible|entitled|resident|liable))\s+(?=(?:against|by|for|in|into|at|from|to|with|under|through|via|on|as|over|after|before|since|during|outside|within)\b|\d)/i;
/** The report's own time or a date after the verb: no group ("logged in the year", "reported this year"). */
const NO_GROUP_AFTER = /^(?:(?:in|during|over|for|by|at|on|to|throughout|across)\s+(?:the\s+|this\s+)?(?:whole\s+|full\s+)?(?:year|quarter|period|month|week|(?:financial|calendar|school|academic)\s+year|(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?|date)|this\s+(?:year|quarter|month)|last\s+(?:year|quarter|month)|so\s+far)\b/i;
const STOP_WORDS_EN = /\s+(?:and|but|or|the|was|were|is|are|had|has|have|it|they|this|these|which|who|that|when|while|where)\b.*$/i;

/** The group a count is of, named after its noun by a relative clause or a participle phrase (lower case), or undefined. */
export function groupAfterEn(f: Figure): string | undefined {
  if (f.dimension !== 'count' || HAN.test(f.subject)) return undefined;
  const text = f.paragraph.text;
  const end = f.offset + f.length;
  const after = text.slice(end, end + 100).replace(/\s+/g, ' ');
  const m = RELATIVE_EN.exec(after) ?? PARTICIPLE_EN.exec(after);
  if (!m) return undefined;
  const verb = m[1].toLowerCase().replace(/\s+/g, ' ');
  // The words after the verb, up to a clause mark, without a clause of its own after them (", 41% were…").
  const rest = after.slice(m.index + m[0].length).split(/[,.;:!?()]/)[0].trim();
  if (rest === '' || NO_GROUP_AFTER.test(rest)) return undefined;
  const words = rest.replace(STOP_WORDS_EN, '').toLowerCase().split(/\s+/).filter((w) => w !== '').slice(0, 4);
  return words.length > 0 ? [verb, ...words].join(' ') : undefined;
}

/** "41 noise abatement notices": the words between a count and its noun, which name its kind (lower case). */
const MODIFIER_EN = /^\s+((?:[a-z][a-z-]*\s+){1,3})[a-z][a-z-]*$/i;
const NO_KIND_EN = /^(?:more|further|other|additional|extra|new|of|the|our|its|such|separate|individual|different|total)\s/i;

export function modifierEn(f: Figure): string | undefined {
  if (f.dimension !== 'count' || HAN.test(f.subject)) return undefined;
  const inside = f.paragraph.text.slice(f.numberEnd, f.offset + f.length);
  const m = MODIFIER_EN.exec(inside);
  if (!m || NO_KIND_EN.test(m[1])) return undefined;
  return m[1].trim().toLowerCase().replace(/\s+/g, ' ');
}

const READERS: ReadonlyArray<(f: Figure) => string | undefined> = [namedSubject, groupAfterEn, modifierEn];

/** Whether two figures name two different things by one of the readers above (both name one, and differently). */
function named(a: Figure, b: Figure): boolean {
  return READERS.some((read) => {
    const x = read(a);
    if (x === undefined) return false;
    const y = read(b);
    return y !== undefined && x !== y;
  });
}

/** Whether every figure of one value names another thing than every figure of the other value. */
export function apartByNames(first: readonly Figure[], second: readonly Figure[]): boolean {
  return first.every((a) => second.every((b) => named(a, b)));
}
