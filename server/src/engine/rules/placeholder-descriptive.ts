/**
 * Bracketed descriptive placeholders: a template's description of what is to go there, left in square brackets
 * ([学校名单], [List of schools], [Date of meeting]) — the kinds of content a writer pastes in (a list, a name, a date
 * of something), not the field names isSquarePlaceholder knows ([NAME], [Officer name]).
 *
 * Not: a link's text ([text](url), [text][1]: the pattern never matches them), a citation ([1], [12-14], [注1], [J]), an
 * editor's insertion in a quotation ("[the council] agreed") or a notation explained (n = [number of respondents]): lower
 * case; a tick box ([ ], [x]), [sic], [Redacted], a file label ([PDF 2 MB]), a wiki link ([[List of schools]]), the front
 * matter's names ([List of figures]), a label the web page kept ([图片], [文章], [全文]: one word, no description).
 */
import data from '../data/placeholders.json';
import { alternation } from '../patterns';

/** 学校名单, 参会人员名单, 项目明细: up to eight Han characters that say whose, then the kind of content (data). */
const DESCRIPTIVE_ZH = new RegExp(`^\\p{sc=Han}{1,8}(?:${alternation(data.bracketDescriptiveNounsZh)})$`, 'u');
/** List of schools, Date of meeting, names of attendees: the kind of content, of, what it is about (a few words). */
const DESCRIPTIVE_EN = new RegExp(`^(?:${alternation(data.bracketDescriptiveNounsEn)})s? of (?:the )?[A-Za-z][a-z'-]*(?: [A-Za-z][a-z'-]*){0,3}$`, 'i');
/** What a document's own front matter is called (List of figures, Table of contents): a heading, not a blank. */
const FRONT_MATTER = /^(?:List|Table)s? of (?:figures|tables|contents|abbreviations|acronyms|illustrations|appendices|boxes|charts|maps|references|symbols)$/i;

/**
 * [学校名单] in a Chinese text, [List of schools] in an English one: `inner` is the bracket's text, `before` and `after`
 * the characters of the line around the brackets.
 */
export function descriptivePlaceholder(inner: string, before: string, after: string): boolean {
  // [[List of schools]]: a wiki link.
  if (before.endsWith('[') && after.startsWith(']')) return false;
  if (DESCRIPTIVE_ZH.test(inner)) return true;
  // Capitalised, as a template writes its fields ([List of schools], [Date of Meeting]): in lower case the words are an
  // editor's insertion or a notation explained (in the form "n = [number of respondents]").
  return /^[A-Z][a-z]/.test(inner) && DESCRIPTIVE_EN.test(inner) && !FRONT_MATTER.test(inner);
}

/**
 * 附：【学校名单】, 参会人员：【参会人员名单】: the descriptive field in 【】 as the whole value after a label's colon (a
 * 【…】 that opens a line or sits in a sentence is a label or a heading there).
 */
export function descriptiveCnBracket(inner: string, before: string, after: string): boolean {
  return DESCRIPTIVE_ZH.test(inner) && /[：:][ \t\u3000]*$/.test(before) && /^[ \t\u3000]*[。；;]?[ \t\u3000]*$/.test(after);
}
