/**
 * A template's instruction left in square brackets, telling the writer what to put there: [Sponsor logo here], [Photo
 * here], [Chart to follow], [Map to come], [logo], [Funder logos]; in Chinese a field said to be pending: 【图表待补】,
 * [金额待定]. ([insert …], [add photo] and [此处插入…] are the field prefixes' of placeholder.ts.)
 *
 * Not: a link's leftover text ([Click here], [Read more here], [See the full report here]: a verb of the reader's), an
 * editor's words in a quotation ([they were here], [it is here]: a pronoun or a verb of being), an image's alt text
 * written out ([Image: volunteers at the lock]: a colon), a note's number or a label ([1], [Appendix A], [sic]).
 */

/** What a reader does on a web page: the words of a link's text, not a template's instruction. */
const READER_WORDS = new Set([
  'click', 'tap', 'press', 'see', 'read', 'view', 'go', 'look', 'download', 'apply', 'register', 'sign', 'subscribe',
  'more', 'find', 'learn', 'start', 'continue', 'visit', 'available', 'donate', 'book', 'join', 'watch', 'listen',
  'follow', 'check', 'get', 'order', 'shop', 'buy', 'login', 'log', 'contact', 'email', 'write', 'call', 'vote',
  'me', 'us',
]);
/** Words of a clause an editor put in a quotation ([we were here], [the council is here]), not a noun phrase. */
const CLAUSE_WORDS = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'not', 'from', 'to',
  'the', 'a', 'an', 'this', 'that', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'sic', 'and', 'or',
]);

/** [Sponsor logo here], [Photo here]: a noun phrase of a few words, then here. */
const HERE = /^([A-Za-z][A-Za-z'’&-]*(?: [A-Za-z][A-Za-z'’&-]*){0,3}) here$/i;
/** [Chart to follow], [Case study to come]: a noun phrase, then to follow or to come. */
const TO_FOLLOW = /^([A-Za-z][A-Za-z'’&-]*(?: [A-Za-z][A-Za-z'’&-]*){0,2}) to (?:follow|come)$/i;
/** [logo], [Company logo], [Funder logos]: a logo to be put in, not a label of the page. */
const LOGO = /^(?:[A-Za-z][A-Za-z'’&-]* ){0,2}logos?$/i;
/** 【图表待补】, [金额待定]: what is to go there, and that it is pending. */
const PENDING_ZH = /^\p{sc=Han}{1,6}(?:待补充|待補充|待补|待補|待定|待完善|待确认|待確認|待核实|待核實|待更新|待填写|待填寫|待填)$/u;

function noun(phrase: string): boolean {
  return phrase.toLowerCase().split(' ').every((w) => !READER_WORDS.has(w) && !CLAUSE_WORDS.has(w));
}

/** The bracket's text (trimmed) is a template's instruction to put something in. */
export function instructionBracket(inner: string): boolean {
  if (PENDING_ZH.test(inner)) return true;
  if (LOGO.test(inner)) return noun(inner);
  const m = HERE.exec(inner) ?? TO_FOLLOW.exec(inner);
  return m !== null && noun(m[1]);
}
