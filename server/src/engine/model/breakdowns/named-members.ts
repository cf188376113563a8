// Members named one by one, without a figure, in a list that says what a whole is made of: "The 14 governors
// comprise 2 parent governors, 1 staff governor, the headteacher, 9 co-opted governors and 2 local authority
// governors." — the headteacher is one of the 14 as surely as the staff governor is, so the list adds up to 15.

import type { Figure } from '../numbers';

/** "the headteacher", "a student governor", "one representative of the Students' Union": one member, named. */
const ONE_MEMBER_EN = /^(?:the|a|an|one)\s+[A-Za-z]/i;

/** Words that make an item more (or other) than one member: a count, a rest, a clause. */
const NOT_ONE_EN =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|several|various|some|many|all|other|others|rest|remainder|remaining|balance|further|following|additional|majority|minority|bulk|is|are|was|were|has|have|had|who|whom|which|that|as|with|by|from|plus|including|among|amongst|together|supported|attended|attends|attend|serves|served|acts|chaired|chairs|also|both|either|neither|per|each)\b|\d|\b[A-Za-z]+ing\b/i;

/** A noun that names a body of people or a set of things rather than one member: the support team, the executive. */
const COLLECTIVE_EN =
  /^(?:team|staff|group|unit|department|service|office|committee|board|panel|council|body|workforce|cohort|crew|squad|class|faculty|directorate|division|section|branch|network|partnership|consortium|family|household|membership|secretariat|management|leadership|governance|cabinet|assembly|forum|trust|people|children|police|clergy|personnel|public)$/i;

/** The word an item names: the last before "of", "for", "to", "on" or a bracket (the chair of the finance committee → chair). */
function headOf(item: string): string {
  const words = item.replace(/\s*\([^()]*\)\s*$/, '').split(/\s+/);
  const cut = words.findIndex((w, i) => i > 1 && /^(?:of|for|to|on|at|in)$/i.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).pop() ?? '';
}

/** One member named by `item` (a comma's or an "and"'s piece of the list), or not. */
function oneMember(item: string): boolean {
  const words = item.replace(/\s*\([^()]{0,30}\)\s*$/, '');
  if (!ONE_MEMBER_EN.test(words) || NOT_ONE_EN.test(words) || words.split(/\s+/).length > 7 || /[^A-Za-z'’\s-]/.test(words)) return false;
  const head = headOf(words);
  // A plural (governors, members) is a number of them not given; "boss", "press" are singular.
  return head.length >= 3 && !(/s$/i.test(head) && !/ss$/i.test(head)) && !COLLECTIVE_EN.test(head);
}

/**
 * The members named one by one between the parts of a list (and after its last part, up to `end`), each as a figure of
 * one in the whole's measure, at the words that name it; none when a piece of the list is neither a part nor one
 * member ("the deputy heads", "supported by the clerk"), so that a list read as all of the whole is not made so by half.
 * `unread` is set when such a piece stands between the parts.
 */
export function namedMembers(text: string, parts: readonly Figure[], total: Figure, cueAt: number, end: number): { members: Figure[]; unread: boolean } {
  const members: Figure[] = [];
  let unread = false;
  // From the cue (comprise the Chair, 5 elected trustees …: no part's noun before the first piece), then after each part.
  for (let i = -1; i < parts.length; i++) {
    const from = i < 0 ? cueAt : parts[i].offset + parts[i].length;
    const to = i + 1 < parts.length ? parts[i + 1].offset : end;
    const gap = text.slice(from, to);
    // The first piece is the part's own noun (1 staff | governor); the last, before the next part, its lead words.
    const pieces: { at: number; text: string }[] = [];
    const joint = /\s*(?:[,;]\s*(?:and\s+)?|\band\s+)/g;
    let at = 0;
    let m: RegExpExecArray | null;
    while ((m = joint.exec(gap))) {
      pieces.push({ at, text: gap.slice(at, m.index) });
      at = m.index + m[0].length;
    }
    pieces.push({ at, text: gap.slice(at) });
    const last = i + 1 < parts.length ? pieces.length - 1 : pieces.length;
    for (let n = i < 0 ? 0 : 1; n < last; n++) {
      const piece = pieces[n].text.replace(/[.!?]\s*$/, '').trim();
      if (piece === '') continue;
      if (!oneMember(piece)) {
        unread = true;
        continue;
      }
      const offset = from + pieces[n].at + pieces[n].text.indexOf(piece);
      members.push({ ...total, offset, length: piece.length, numberStart: offset, numberEnd: offset, value: 1, decimals: 0, scale: 1, approximate: false, perUnit: false, words: true, subject: piece, subjectStart: offset, qualifiers: [] });
    }
  }
  return { members, unread };
}
