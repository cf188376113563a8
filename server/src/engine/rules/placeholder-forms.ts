/**
 * placeholder (part): blanks that are no leftovers — a signature line and a form the report quotes and explains.
 *
 * - "________ J. Smith, Secretary", "_______________________ James A. Clouse Secretary": a rule drawn for a signature
 *   with the signer's printed name (and role) beside it. Not "Signed: ________" alone (a pen's place, handled by the
 *   signing rules), nor 填表人：______ (a label's value left blank).
 * - A form quoted as it is printed ("I, ________ (full name), member number ____, ask…"; > 本人______（姓名）…) under a
 *   lead-in that names the form (Its first line reads:, 以下格式…：) or beside a paragraph that says its blanks are the
 *   form's, filled in by its user (The blanks are part of the form and are filled in by the member; 上述横线为申请人
 *   填写位置): the blanks are the form's own. A blank in the report's own sentence stays a finding.
 */
import type { Line } from '../model/lines';

/** Name tokens: capitalised words and initials (J., A.), O'Neil, Smith-Jones. */
const NAME_TOKEN = String.raw`(?:[A-Z][a-z]+(?:['’\-][A-Za-z]+)?|[A-Z]\.(?:[A-Z]\.)?)`;
/** After a signature rule at the start of a line: the signer's name, perhaps a comma and a role, and nothing else. */
const SIGNER_AFTER = new RegExp(String.raw`^[ \t]+(${NAME_TOKEN}(?:[ \t]+${NAME_TOKEN}){1,5})(?:,?[ \t]+((?:[A-Z][A-Za-z\-]*|of|and|the|for)(?:[ \t]+(?:[A-Z][A-Za-z\-]*|of|and|the|for)){0,4}))?[ \t]*(?:["”].*)?$`);
/** A signer's role: what the printed name under a signature rule is followed by. */
const SIGNER_ROLE = /\b(?:Secretary|Chair(?:man|woman|person)?|Chief Executive|Director|Clerk|Treasurer|President|Trustee|Governor|Officer|Manager|Head|Principal|Mayor|Registrar|Accountant|Auditor|Partner|Member)\b/;
/** Before a signature rule: the start of the line, perhaps a quotation mark (a note quoting the line). */
const SIGNER_BEFORE = /(?:^|["“])[ \t]*$/;

/**
 * The run of underscores at [start, end) is a signature rule with the signer's printed name beside it: at the start
 * of the line, and after it a name with an initial or a role (J. Smith, Secretary; James A. Clouse Secretary).
 */
export function signatureRule(text: string, start: number, end: number): boolean {
  if (!SIGNER_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  const m = SIGNER_AFTER.exec(text.slice(end));
  if (!m) return false;
  return /\b[A-Z]\./.test(m[1]) || SIGNER_ROLE.test(m[0]);
}

/** The line says a form's blanks are for its user to fill in (or that they are the form's own). */
const EXPLAINS_BLANKS_EN = /\b(?:blanks?|blank (?:lines|spaces)|gaps|spaces|lines)\b[^.]{0,60}?\b(?:part of the (?:form|template)|filled in|completed by|to be (?:filled|completed)|for (?:the )?(?:member|applicant|requester|reader|user|resident|tenant|claimant)s? to (?:fill|complete|write))/i;
const EXPLAINS_BLANKS_ZH = /(?:横线|下划线|空白处?|空格|留空处?)[^。；]{0,24}(?:填写|填入|填报|书写|自行填)|(?:表格|表单|申请表|样式|格式)本身/;
/** A lead-in that names the form it quotes, ending with a colon (Its first line reads:, 申请人可使用以下格式…：). */
const FORM_LEAD_EN = /\b(?:form|template|reads|wording)\b[^.]{0,80}[:：][ \t]*$/i;
const FORM_LEAD_ZH = /(?:以下格式|如下格式|格式如下|样式如下|以下样式|申请表|表格样式|申请书样式|范本|模板)[^。]{0,40}[：:][ \t]*$/;
/** A quoted line: a Markdown block quotation, an indented line, or a line wholly within quotation marks. */
const QUOTED_LINE = /^[ \t]*>|^(?: {3,}|\t)\S|^[ \t]*["“][^\n]*["”][ \t]*$/;

export const EXPLAINS = 1;
export const FORM_LEAD = 2;
export const QUOTED_BLANK = 4;
export const QUOTED = 8;

/** What one line is to a quoted form: bits, read once per line. */
export function formLineFact(line: Line): number {
  if (line.kind !== 'text') return 0;
  const text = line.text;
  let bits = 0;
  if (EXPLAINS_BLANKS_EN.test(text) || EXPLAINS_BLANKS_ZH.test(text)) bits |= EXPLAINS;
  if ((text.includes(':') || text.includes('：')) && (FORM_LEAD_EN.test(text) || FORM_LEAD_ZH.test(text))) bits |= FORM_LEAD;
  if (QUOTED_LINE.test(text)) bits |= (text.includes('__') || text.includes('＿＿')) ? QUOTED_BLANK | QUOTED : QUOTED;
  return bits;
}

/**
 * The quoted lines with blanks that belong to a form the report quotes: the lead-in before the quotation names the
 * form, or the paragraph after it (or before it) says the blanks are the form's.
 */
export function quotedFormLines(lines: readonly Line[], facts: ArrayLike<number>): Set<Line> {
  const out = new Set<Line>();
  for (let i = 0; i < facts.length; i++) {
    if ((facts[i] & QUOTED_BLANK) === 0) continue;
    // The text lines around the quotation, past blank lines (two at most) and other quoted lines.
    const before = neighbour(lines, facts, i, -1);
    const after = neighbour(lines, facts, i, 1);
    if ((before >= 0 && (facts[before] & (FORM_LEAD | EXPLAINS)) !== 0) || (after >= 0 && (facts[after] & EXPLAINS) !== 0)) out.add(lines[i]);
  }
  return out;
}

function neighbour(lines: readonly Line[], facts: ArrayLike<number>, i: number, step: number): number {
  let blanks = 0;
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const line = lines[j];
    if (line.kind === 'blank' || line.text.trim() === '' || /^[ \t]*>[ \t]*$/.test(line.text)) {
      if (++blanks > 2) return -1;
      continue;
    }
    if (line.kind !== 'text') return -1;
    if ((facts[j] & QUOTED) !== 0) continue;
    return j;
  }
  return -1;
}
