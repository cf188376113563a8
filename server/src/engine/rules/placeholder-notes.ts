// Editing notes left in a draft (placeholder's `note` finding): a remark one drafter wrote for another, or for
// themselves, that was meant to go before the text went out.
//
//   固定资产投资增长6.1%（此处请综合科再核对一下）。        新增就业3200人（小王：这个数和上次报的不一样）。
//   招商引资到位资金86亿元（？）。                          备注：以上数据截至9月底，报送前再更新。
//   Revenue grew 8% (need to confirm with Finance before circulating).   Headcount rose to 212 (JS: can we say "record"?).
//   NB: check this figure against the ledger.              Note to self: update after the board meeting.
//
// A note is known by who it speaks to and what it asks: the draft itself (此处, 这段, before circulating), a colleague
// by name or initials (小王：, JS:), a check still to make (再核对一下, check with Priya), a choice left open (是否保留,
// do we want to…). Not an instruction to the reader of a notice (请各单位于10月底前报送; to check your eligibility, see…),
// a note on the figures (注：以上数据为快报数; NB: figures are rounded), a question the text asks and answers (谁来抓、怎么抓？;
// "Would you recommend us?" quoted), a status (to be confirmed at the next meeting), nor a name (Check Point Software).

import { hasLatinRun } from '../model/chars';

/** Where a note lies in the line's text (UTF-16 offsets, end exclusive). */
export interface NoteSpan {
  start: number;
  end: number;
}

/** A bracket's content (Chinese): the check or choice still to make, addressed to the draft or a colleague. */
const ZH_NOTE =
  /此处(?:请|需|待|要|应|再|插|补|加|放|删|改)|这(?:段|句|部分|个数|一段|一句)[^，。]{0,6}(?:是否|要不要|再|请)|(?:核对|核实|核|对|查|问|看|确认|改|商量|沟通)一下|再(?:核对|核实|确认|问|改|定|更新|补)|问问|是否(?:保留|删除|删去|合适|妥当|准确|写入|写进|提及)|要不要|领导(?:定|审定|把关|拍板|确定)|(?:报送|上报|定稿|提交|印发|上会|发文)前(?:再|请|需|要)|先空着|暂空|记得|别忘|对不上|不一样/;
/** 小王：, 张科长：, 批注： at the start of a bracket, then a remark (a question, a request): to or from a colleague. */
const ZH_ADDRESS = /^(?:(?:小|老)[^计學学组数区型年时人\s]|\p{sc=Han}{1,2}(?:科长|处长|主任|局长|书记|部长|老师))[：:]/u;
/** 批注：, 修改意见：: a reviewer's remark, whatever it says. */
const ZH_REVIEW = /^(?:批注|修改意见|审改意见|审稿意见|编辑意见)[：:]/;
const ZH_REMARK = /[？?吗]|这|是否|要不要|请|改|核|对不上|不一样|问/;
/** Nothing but a question: 86亿元（？）, (?). */
const QUESTION_ONLY = /^[？?]{1,3}$|^(?:存疑|有疑问|待查)$/;
/** A figure (and its unit) right before the bracket. */
const FIGURE_BEFORE = /\d[^\s，。,;；]{0,3}\s?$/;
/** A line that is a note as a whole: 备注：… with a step still to take before the draft goes out. */
const ZH_NOTE_LINE = /^(?:备注|注|说明|提示)[：:]/;
const ZH_LINE_CUE = /(?:报送|上报|定稿|提交|印发|上会)前(?:再|请|需|要)(?:更新|核|补|改|确认)|是否保留|是否删除|领导定|先空着|后补|再更新|记得/;

/** A bracket's content (English): a check to make, a question to a colleague, a step before the draft goes out. */
const EN_NOTE =
  /^(?:needs? to (?:check|confirm|verify|update|ask|chase|find|add|get)\b|to (?:check|confirm|verify|update|chase)\b|(?:check|confirm|verify|double[- ]check)(?:$| (?:with|against|this|these|figure|figures|source|numbers?|date|total|the (?:figure|figures|number|numbers|source|date|total))\b)|chase\b|query\b|source\?|ref\?|citation needed|tbc by\b)|\bbefore (?:circulating|circulation|this goes|it goes|sign-?off|publishing|publication|we publish|finalis|finaliz)|\b(?:can|could|should) we (?:say|use|include|mention|keep|drop|cut|remove|claim)\b|\bdo we (?:want|need) to\b|\bnot sure (?:if|whether|about|this)\b|\bis this (?:right|correct|accurate)\b/i;
/** JS: … or PR2: … at the start of a bracket: a colleague's initials, then a question or a request. */
const EN_INITIALS = /^(?!(?:NB|UK|US|EU|UN|FY|Q[1-4]|AM|PM)\b)[A-Z]{2,3}\d{0,2}\s?:\s/;
const EN_REQUEST = /\?|\b(?:check|confirm|verify|update|add|remove|cut|delete|replace|rewrite|reword|chase|ask)\b/i;
/** What turns an English note into a pointer for the reader (see Appendix B, to check your eligibility visit…). */
const EN_READER = /\b(?:you|your|see|visit|call|email|contact us)\b/i;
/** Lines that are notes as a whole. */
const EN_NOTE_LINE = /^(?:Note to self|Notes? (?:to|for) (?:the )?(?:author|drafter|writer|reviewer|editor)\b(?!s)|Reviewer(?:'s)? (?:comment|note)|Internal note|Drafting note)\s*[:\-–—]/i;
const EN_NB_LINE = /^(?:NB|N\.B\.)\s*[:\-–—]?\s*(?:check|confirm|verify|update|ask|chase|remember|don't forget|do not forget|fix|add|remove|delete|replace|change|need to|to do|tbc)\b/i;

/** A bracket pair and what is inside: （…）, (…), [ … ] (at most 60 characters, on one line). */
const BRACKETS = /（([^（）\n]{1,60})）|\(([^()\n]{1,80})\)|\[([^[\]\n]{1,80})\]/g;

/** The editing notes of one line of prose. `text` is the line's prose (code and links masked). */
export function editingNotes(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  const trimmed = text.trimStart();
  const from = text.length - trimmed.length;
  // The English note lines start with N, R, I or D (in either case): not compiled nor run on other lines (perf58).
  const first = trimmed.charCodeAt(0) | 32;
  const en = first === 110 || first === 114 || first === 105 || first === 100;
  if ((ZH_NOTE_LINE.test(trimmed) && ZH_LINE_CUE.test(trimmed)) || (en && EN_NOTE_LINE.test(trimmed)) || (en && EN_NB_LINE.test(trimmed) && !EN_READER.test(trimmed))) {
    spans.push({ start: from, end: text.trimEnd().length });
    return spans;
  }
  if (!text.includes('（') && !text.includes('(') && !text.includes('[')) return spans;
  BRACKETS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BRACKETS.exec(text)); ) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    // 86亿元（？）, £4.2m (?): a figure in doubt; "one question (?)" marks no figure.
    if (QUESTION_ONLY.test(inner) ? FIGURE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) : isNote(inner, m[1] !== undefined || /\p{sc=Han}/u.test(inner))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function isNote(inner: string, chinese: boolean): boolean {
  if (chinese) return ZH_REVIEW.test(inner) || (ZH_ADDRESS.test(inner) && ZH_REMARK.test(inner.slice(inner.search(/[：:]/) + 1))) || ZH_NOTE.test(inner);
  if (inner.includes(':') && EN_INITIALS.test(inner)) return EN_REQUEST.test(inner.slice(inner.indexOf(':') + 1));
  // Each of EN_NOTE's words has three Latin letters at least (ref?, tbc by): a bracket of pinyin (jié) or a code has none.
  return hasLatinRun(inner, 3) && EN_NOTE.test(inner) && !EN_READER.test(inner);
}
