// Headings that name a unit the report covers one by one: （一）网关系统 / （二）支付系统, ### Gateway / ### Payouts,
// ## North site / ## South site, **Adult services** / **Children's services**. The same statement under two sibling
// units is each unit's own figure, not one fact stated twice; a topic heading (一、主要工作, （一）着力稳就业,
// ## Highlights, ## Our year in numbers) is no unit.

import words from '../data/unit-titles.json';
import type { Paragraph } from './paragraphs';

/** 'head': ends with the noun of a kind of unit (财务科, North site); 'name': a bare name (Gateway, Payouts). */
export type UnitKind = 'head' | 'name';

export interface UnitTitle {
  kind: UnitKind;
  /** The name, lower-cased, as a scope word: no commas. */
  name: string;
}

const ZH_HEADS = [...words.zhHeads].sort((a, b) => b.length - a.length);
const ZH_NOT_UNITS = new Set(words.zhNotUnits);
const ZH_TOPIC = words.zhTopic;
const ZH_VERBS_FIRST = words.zhVerbsFirst;
const EN_HEADS = new Set(words.enHeads);
const EN_TOPIC = new Set(words.enTopic);
const EN_NOT_MODIFIERS = new Set(words.enNotModifiers);
const FRAMES = new Set(words.enFrames);

/** The number or letter before a title: 一、 （一） 1. 1.1 （1） A. — the outline keeps it in the title. */
const MARKER = /^(?:[（(〔][一二三四五六七八九十百\d]{1,4}[)）〕]|[一二三四五六七八九十百]{1,4}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分篇]|\d{1,3}(?:[.．]\d{1,3})*[.．、)）]?|[A-Za-z][.)])\s*/;
/** A verb or a number of a sentence in an English title: it is not a name ("Improved access", "Closed 73"). */
const EN_VERB = /^(?:is|are|was|were|be|been|has|have|had|will|can|did|does|do|not|no)$|^[a-z]{3,}ed$/;
const HAN = /\p{sc=Han}/u;
/** An activity or an abstract noun names a topic, not a unit (Fundraising, Participation, Retention, Governance). */
const ACTIVITY = /(?:ing|tion|sion|ment|ance|ence|ity|ness|ism|ure|ship|ior|iour|ogy|ics)s?$/;

const read = new Map<string, UnitTitle | null>();
const KEPT = 20000;

/** What a heading's title names, when it names a unit; undefined for a topic, an action or anything longer. */
export function unitTitle(title: string): UnitTitle | undefined {
  let known = read.get(title);
  if (known === undefined) {
    const bare = bareOf(title);
    known = (HAN.test(bare) ? unitZh(bare) : unitEn(bare)) ?? null;
    if (read.size >= KEPT) read.clear();
    read.set(title, known);
  }
  return known ?? undefined;
}

/** The title without its number, emphasis or closing punctuation. */
function bareOf(title: string): string {
  return title.replace(/\*\*|__/g, '').replace(MARKER, '').replace(/[\s:：.。]+$/, '').trim();
}

/** 财务科, 第一党支部, 东校区, 网关系统: a short name that ends with the noun of a unit and says nothing of work. */
function unitZh(bare: string): UnitTitle | undefined {
  if (bare.length < 2 || bare.length > 16 || !/^[\p{sc=Han}\w（）()·\-]+$/u.test(bare)) return undefined;
  const head = ZH_HEADS.find((h) => bare.endsWith(h));
  if (!head) return undefined;
  for (const w of ZH_NOT_UNITS) if (bare.endsWith(w)) return undefined;
  if (ZH_TOPIC.some((w) => bare.includes(w)) || ZH_VERBS_FIRST.some((w) => bare.startsWith(w))) return undefined;
  return { kind: 'head', name: bare };
}

/** North site, Adult services, Project Alpha (a kind of unit), or a bare name of one to three words (Gateway). */
function unitEn(bare: string): UnitTitle | undefined {
  const written = bare.split(/\s+/);
  if (written.length > 4 || !written.every((w) => /^[A-Za-z][A-Za-z0-9'’&-]*$|^\d{1,3}$|^&$/.test(w))) return undefined;
  const lower = written.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (lower.some((w) => EN_VERB.test(w))) return undefined;
  const name = lower.join(' ');
  const last = lower[lower.length - 1];
  // Project Alpha, Team 2, Site B: the kind first, then the name.
  const kindFirst = lower.length >= 2 && EN_HEADS.has(lower[0]) && /^[A-Z0-9]/.test(written[1]);
  if (lower.length >= 2 && (EN_HEADS.has(last) || EN_HEADS.has(last.replace(/s$/, '')) || kindFirst)) {
    const modifiers = kindFirst ? lower.slice(1) : lower.slice(0, -1);
    return modifiers.some((w) => EN_NOT_MODIFIERS.has(w)) ? undefined : { kind: 'head', name };
  }
  // Transportation and Roads, Planning & Parks: a service named by what it runs, its last noun a plural of things
  // (not Training and Development, Recruitment and Retention), is a name whatever the activity before "and".
  const joined = lower.length === 3 && (lower[1] === 'and' || lower[1] === '&') && /[^s]s$/.test(last) && !ACTIVITY.test(last) && !EN_TOPIC.has(last) && !EN_TOPIC.has(lower[0]);
  if (lower.length > 3 || lower.some((w, i) => EN_TOPIC.has(w) || EN_HEADS.has(w) || (ACTIVITY.test(w) && !(joined && i === 0)) || /^\d/.test(w))) return undefined;
  return { kind: 'name', name };
}

/** Overview, Summary, Other: a title that opens or closes a group of units without being one. */
function isFrame(title: string): boolean {
  return FRAMES.has(bareOf(title).toLowerCase());
}

/**
 * The titles that name units in one group of sibling titles, by index: a title counts when another title of the group
 * is a unit too; a bare name (Gateway) counts only when every other title of the group is a unit, or a frame first or
 * last (### Overview), since topic groups (Highlights, Volunteers, Finances) all but always have a topic among them.
 */
export function unitsAmong(titles: readonly string[]): Array<string | undefined> {
  const units = titles.map(unitTitle);
  const count = units.filter((u) => u !== undefined).length;
  if (count < 2) return titles.map(() => undefined);
  const last = titles.length - 1;
  const all = units.every((u, i) => u !== undefined || ((i === 0 || i === last) && isFrame(titles[i])));
  return units.map((u) => (u && (u.kind === 'head' || all) ? u.name.replace(/[,，]/g, ' ') : undefined));
}

/** A bold paragraph set as a title (**Gateway**, **North site:**), or the bold run-in title of one (**Gateway.** We…). */
const BOLD_TITLE = /^\s*(\*\*|__)([^*_\n]{1,60}?)\1(?=\s|$)/;

export function boldTitle(p: Paragraph): string | undefined {
  if (p.atHeading || p.tableHeader) return undefined;
  const text = p.text;
  // Read for every paragraph of the draft on every version: a paragraph whose first character is no space and no * or
  // _ (nearly all of them) is told at once, without a search.
  const first = text.charCodeAt(0);
  if (first !== 42 && first !== 95 && !isSpaceCode(first)) return undefined;
  const start = text.search(/\S/);
  if (start < 0 || (!text.startsWith('**', start) && !text.startsWith('__', start))) return undefined;
  return BOLD_TITLE.exec(text)?.[2];
}

/** Whether a character code is one `\s` matches (NaN, past the end, is not a space: an empty text has no title either way). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const runInRead = new WeakMap<readonly Paragraph[], Map<Paragraph, string>>();

/**
 * The unit each paragraph stands under by a bold title of its section (**Gateway** … **Payouts** …), read once per
 * list of paragraphs: a bold title scopes what follows it in its section up to the next bold title.
 */
export function runInUnits(paragraphs: readonly Paragraph[]): Map<Paragraph, string> {
  let known = runInRead.get(paragraphs);
  if (known) return known;
  known = new Map();
  let i = 0;
  while (i < paragraphs.length) {
    const section = paragraphs[i].section;
    let end = i;
    while (end < paragraphs.length && paragraphs[end].section === section) end++;
    const titled: Array<[number, string]> = [];
    for (let k = i; k < end; k++) {
      const title = boldTitle(paragraphs[k]);
      if (title !== undefined) titled.push([k, title]);
    }
    if (titled.length >= 2) {
      const units = unitsAmong(titled.map(([, t]) => t));
      for (let t = 0; t < titled.length; t++) {
        const unit = units[t];
        if (unit === undefined) continue;
        const stop = t + 1 < titled.length ? titled[t + 1][0] : end;
        for (let k = titled[t][0]; k < stop; k++) known.set(paragraphs[k], unit);
      }
    }
    i = end;
  }
  runInRead.set(paragraphs, known);
  return known;
}
