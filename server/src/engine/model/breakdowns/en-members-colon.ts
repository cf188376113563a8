// A body's members counted after a colon, each kind with its count, the list closed by "and" and the sentence:
//   "At the end of the year the lab had 23 members: 4 postdoctoral researchers, 11 PhD students, 6 MSc students and 3
//   technicians." (4 + 11 + 6 + 3 = 24)
//   "The governing body has 12 members: 2 parent governors, 1 staff governor, the headteacher, 1 local authority
//   governor and 6 co-opted governors." (the headteacher is one of them: 11)
// Every member is of one kind only and every kind is named: the parts are all of the whole. Not "12 members, including
// 2 …", "members such as …", a list of named people (no counts), nor counts that say something else of the members
// (4 of them joined this year, 2 were re-elected).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { namedMembers } from './named-members';
import { PARTIAL, NOT_PART_EN, partitionOf, type Breakdown } from './shared';

/** members, staff, governors, trustees…: a count of the people a body is made of, right before the colon. */
const MEMBERS_NOUN_EN =
  /^\s*(?:(?:full|voting|permanent|core)\s+)?(?:members|staff|people|employees|personnel|governors|trustees|directors|councillors|volunteers|researchers|seats)\s*:\s*/i;

/** has 12 · had 23 · now has 18 · have 40 · with 9: the body holds the count. */
const HAS_BEFORE_EN = /\b(?:has|had|have|with|comprised|numbered|counted|employed|employs)\s+(?:a\s+total\s+of\s+)?$/i;

/** Words in a part's own noun that make it something else than a kind of member: a verb, a place, a time, a share. */
const NOT_KIND_EN =
  /\b(?:of|who|whom|which|that|were|was|are|is|be|been|have|has|had|joined|left|new|newly|from|in|at|on|with|by|for|during|since|last|this|next|year|years|time|times|more|fewer|other|others|rest|remaining|per|cent|percent|women|men|female|male|part-time|full-time)\b/i;

export function membersColonBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes(':')) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (total.dimension !== 'count' || total.approximate || total.words || total.value <= 0) continue;
    const colon = MEMBERS_NOUN_EN.exec(text.slice(total.numberEnd, total.numberEnd + 40));
    if (!colon || !HAS_BEFORE_EN.test(text.slice(Math.max(0, total.offset - 30), total.offset))) continue;
    const cueAt = total.numberEnd + colon[0].length;
    const endMatch = /[.;!?](?=\s|$)/.exec(text.slice(cueAt, cueAt + 400));
    if (!endMatch) continue;
    const end = cueAt + endMatch.index;
    const region = text.slice(cueAt, end);
    if (PARTIAL.test(region) || NOT_PART_EN.test(region) || /[()[\]:]/.test(region)) continue;
    const parts: Figure[] = [];
    for (let j = k + 1; j < figures.length && figures[j].offset < end; j++) parts.push(figures[j]);
    if (parts.length < 2 || parts[0].offset !== cueAt) continue;
    if (parts.some((p) => (p.dimension !== 'count' && p.dimension !== '') || p.approximate || p.perUnit || p.value <= 0 || p.value > total.value)) continue;
    // Each part's own noun (the first piece of the gap after it) names a kind of member, nothing more.
    let kinds = true;
    for (let i = 0; i < parts.length && kinds; i++) {
      const to = i + 1 < parts.length ? parts[i + 1].offset : end;
      const noun = text.slice(parts[i].numberEnd, to).split(/\s*,\s*|\s+and\s+/)[0].trim();
      kinds = /^[A-Za-z][A-Za-z' -]{1,50}$/.test(noun) && !NOT_KIND_EN.test(noun);
    }
    if (!kinds) continue;
    // Closed by "and" before the last piece (a part or a member named alone) and the sentence.
    if (!/\band\s+[^,]*$/.test(region)) continue;
    const { members, unread } = namedMembers(text, parts, total, cueAt, end);
    if (unread) continue;
    const all = [...parts, ...members].sort((a, b) => a.offset - b.offset);
    out.push(partitionOf(paragraph, total, all, cueAt, { complete: true, ...(members.length > 0 ? { sumOnly: true } : {}) }));
    k += parts.length;
  }
  return out;
}
