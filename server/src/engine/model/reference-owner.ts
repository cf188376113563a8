// Whose part a reference names: this draft's, or another document's named before it. A reference to a section,
// table or appendix is this draft's unless the text around it says whose it is — a document named just before it
// (the Licensing Act 2003, Section 18; the Code of Conduct, Section 5; the Environmental Impact Assessment Report
// (2019), Table 9.14,; the Travel Plan's requirement (section 6.2); The review itself states (at paragraph 4.6)), the
// lead-in of the list it is cited in (Part 4 of the Property Agents Act 2022 gives the Authority five tools: ⏎
// (b) financial penalties (section 38);), or a part of another document named earlier with the same number (section 55
// of the Road Traffic Regulation Act 1984 … the purposes set out in section 55). One reader for the cross-reference rule
// (what it checks) and for Go to Definition and Find All References (what they follow).

import type { ReportDocument } from './document';
import type { Line } from './lines';
import type { Paragraph } from './paragraphs';
import type { Reference, ReferenceKind } from './reference-lists';

// The document named before a reference.

/**
 * The landlord's repairs policy, at section 5.2, states … · the tenancy agreement, under section 4.6, …: a part of a
 * document named just before, set apart by a comma (not "this policy, at section 5.2": the draft's own).
 */
const APPOSITIVE_BEFORE =
  /(?<!\b(?:this|these|our|the[ ]+present)[ ]+(?:[A-Za-z-]+[ ]+){0,2})\b(?:polic(?:y|ies)|procedures?|guidance|guidelines|code|strategy|framework|handbook|manual|regulations|rules|agreement|contract|lease|constitution|standards?|scheme|proposals?|specification|(?:inspection|audit|investigation|ombudsman|inquiry|inquest)[ ]+report|Act(?:[ ](?:19|20)\d\d)?)[ ]*,[ ]*(?:at|in|under)[ ]+$/i;
/** the PNA, in particular section 6 · the JSNA, especially chapter 3: a document named by its initials, then which part. */
export const ACRONYM_PARTICULAR_BEFORE = /\b(?:the[ ]+)?[A-Z]{2,6}s?[ ]*,[ ]*(?:in[ ]+particular|particularly|especially|notably|including)[ ]+$/;
/** The 2023 report's Section 4.3, the Council's section 4.3: a section of a document named before it (not this report's). */
const POSSESSIVE_BEFORE = /(?<!\bthis[ ]+)\b[A-Za-z0-9]+['’]s[ ]+$/i;
/**
 * the Travel Plan's requirement (section 6.2) · the Strategy's target (paragraph 3.4) · the Act's duty (section 149) ·
 * the Regulations' timelines (section 8.1): a document named in capitals, its possessive, then what it holds, then the
 * part in brackets or after "at", "in", "under" — that document's part (not "this Plan's commitment (section 4)").
 */
const POSSESSIVE_NOUN_BEFORE =
  /(?<!\b(?:[Tt]his|[Oo]ur|the[ ]+present)[ ]+(?:[A-Z][A-Za-z-]*[ ]+){0,4})(?<![A-Za-z-])(?:[A-Z][A-Za-z-]*[ ]+){0,4}(?:Plan|Strategy|Act|Policy|Code|Framework|Guidance|Review|Audit|Charter|Constitution|Regulations|Rules|Scheme|Standards?|Agreement|Contract|Lease|Order|Directive|Convention|Protocol|Assessment|Evaluation)(?:[ ]+(?:19|20)\d\d)?['’]s?[ ]+(?:[a-z-]+[ ]+){0,2}?(?:requirements?|targets?|dut(?:y|ies)|definitions?|commitments?|objectives?|aims?|tests?|rules?|principles?|criteria|conditions?|timelines?|deadlines?|standards?|thresholds?|recommendations?|findings?|conclusions?|provisions?|guidance|polic(?:y|ies)|measures?|actions?|expectations?|obligations?|limits?|powers?|goals?|priorit(?:y|ies))[ ]*(?:\([ ]*(?:(?:at|in|under)[ ]+)?|,?[ ]*(?:at|in|under)[ ]+)$/;
/**
 * The review itself states (at paragraph 4.6) that … · the inspection report found (at paragraph 8.1) that … · The audit
 * itself records, at section 6.4, that … · The strategy also requires (section 7.2) that …: a clause whose subject is a
 * document (the review, the plan, the audit, the strategy, the evaluation, an inspection report) and whose verb is
 * followed at once by where in it the words are — that document's part. Not "This report states (at paragraph 5.8)",
 * nor "Officers note (at paragraph 9.2)": no other document named, nor "The strategy sets out (in section 4)" in a draft
 * whose title says it is a strategy.
 */
const DOCUMENT_CLAUSE_BEFORE =
  /(?:^|[.;:!?,][ ]+|^\d{1,2}(?:\.\d{1,2}){0,2}[ ]+)(?:The|the)[ ]+(?!present\b)(?:[A-Za-z-]+[ ]+){0,3}?(review|plan|audit|strategy|evaluation|assessment|inspection|inquiry|investigation|policy|framework|guidance|code|charter|standard|(?:inspection|audit|evaluation|review|investigation|inquiry|ombudsman|inquest|consultant['’]s|consultants['’])[ ]+report)(?:[ ]+(?:by|of|for)[ ]+(?:the[ ]+)?[A-Z][A-Za-z’'&-]*(?:[ ]+(?:(?:of|for|and|on|in)[ ]+)?[A-Z][A-Za-z’'&-]*){0,4})?(?:[ ]+(?:itself|also|further|then))?[ ]+(?:states|stated|says|said|notes|noted|finds|found|concludes|concluded|recommends|recommended|records|recorded|sets[ ]+out|set[ ]+out|requires|required|observes|observed|acknowledges|acknowledged|confirms|confirmed|warns|warned|explains|explained|describes|described|reports|reported|commits|committed|proposes|proposed|identifies|identified|highlights|highlighted|accepts|accepted|makes[ ]+clear|made[ ]+clear)(?:[ ]*\([ ]*(?:(?:at|in|under)[ ]+)?|[ ]*,[ ]*(?:at|in|under)[ ]+)$/i;
/** Its Annex C, their Section 4: a part of what the sentence before named … */
const ITS_BEFORE = /\b(?:[Ii]ts|[Tt]heir)[ ]+$/;
/** … when that is a document other than this one (The national guidance sets the method. Its Annex C lists …). */
const OTHER_DOCUMENT_NOUN = /(?<!\b(?:this|these|our|the[ ]+present)[ ]+(?:[a-z-]+[ ]+)?)\b(?:guidance|guidelines|regulations|legislation|[Gg]uide|Act|Code|Plan|Strategy|Polic(?:y|ies)|Framework|Standards?|Manual|Handbook|Directive|Convention|Protocol|Charter|Constitution|Scheme)\b/;
/**
 * The Drought Plan requires an annual review (Section 9) · The national guidance sets out the method (Annex C): a part in
 * brackets at the end of a clause whose subject is another document and whose verb says what that document requires.
 */
const DOCUMENT_SUBJECT_BEFORE =
  /(?:^|[.;:!?][ ]+)(?:(?:Part|Chapter|Schedule)[ ]+[0-9A-Z]{1,4}[ ]+of[ ]+)?(?:The|the|Our|our)[ ]+(?:[A-Z][A-Za-z’'-]*[ ]+|(?:national|statutory|government|current|revised|new)[ ]+){0,6}(?:Plan|Act(?:[ ](?:19|20)\d\d)?|Code|Strategy|Policy|Regulations|Framework|Guidance|guidance|Standards?|Scheme|Order|Rules|Agreement|Charter|Constitution|Protocol|Directive)(?:[ ]+(?:19|20)\d\d)?[ ]+(?:also[ ]+)?(?:requires|sets[ ]+out|sets|says|states|specifies|provides|lists|defines|gives|expects|allows|prescribes|recommends|establishes|permits|mandates)\b[^.;!?()]*\($/;
/**
 * Licensing Act 2003, Section 18 · the Housing Act 1996, Section 188 · the Gambling Act 2005 Section 159: an Act (or
 * regulations, an order, a code) named right before the number, with its year or a comma — its section, as the same
 * named after it is.
 */
const ACT_BEFORE =
  /(?:^|[^A-Za-z’'])(?:[A-Z][A-Za-z’'()-]*[ ]+(?:(?:and|of|for|to|in|on)[ ]+(?:the[ ]+)?)?){1,8}(?:Act|Regulations|Order|Code|Rules|Measure|Ordinance|Directive)(?:[ ]+(?:19|20)\d\d(?:[ ]*\((?:Scotland|Wales|Northern Ireland|NI)\))?[ ]*,?|[ ]*,)[ ]*$/;
/**
 * under General Order 300, Section 300.6 · Policy 4.2, Section 3 · Standing Orders, Section 12 · the Code of Conduct,
 * Section 5 · the Constitution, Section 14: an order, policy, code, constitution or set of rules named in capitals just
 * before, with its own number or not, then a comma — its section (not "this Policy, Section 3": the draft's own).
 */
const RULEBOOK_BEFORE =
  /(?<![A-Za-z’'])(?<!\b(?:this|these|our|the[ ]+present)[ ]+(?:[A-Z][A-Za-z’'-]*[ ]+){0,4})(?:[A-Z][A-Za-z’'-]*[ ]+(?:(?:and|of|for|on)[ ]+(?:the[ ]+)?)?){0,6}(?:Orders?|Polic(?:y|ies)|Directives?|Rules?|Regulations?|Constitution|Code(?:[ ]+of[ ]+[A-Z][A-Za-z’'-]*(?:[ ]+[A-Z][A-Za-z’'-]*){0,2})?|Standards?|Charter|By-?[Ll]aws|Ordinances?|Procedures?|Manual|Handbook|Protocol)(?:[ ]+(?:No\.?[ ]*)?\d{1,4}(?:[./-]\d{1,4}){0,3}[A-Z]?[ ]*,?|[ ]*,)[ ]*$/;
/** In line with the Constitution, Section 7 sets out the Board's decisions: the section opens a clause of this draft's. */
const CLAUSE_SUBJECT_AFTER = /^(?:\([0-9a-zA-Z]{1,4}\))*[ ]+(?:also[ ]+)?(?:sets|set|describes|explains|shows|covers|summari[sz]es|lists|gives|presents|considers|looks|deals|discusses|outlines|contains|details|reports|turns|below|above)\b/;
/**
 * the Financial Regulations (section 8.3), the Code of Conduct (paragraph 4.2), the Annual Report (Table 3), the Local
 * Plan 2018–2036 (paragraph 9.4): a part in brackets right after a document named in capitals (with its years or not)
 * is that document's; so after guidance, guidelines, regulations or legislation in lower case (the national guidance
 * (paragraph 9.4)), unless it is this one, after a guide, policy, procedure, protocol or framework named by a word of its
 * own (the complaints policy (section 5.3), the programme guide for 2026/27 (paragraph 1.4); not the council's policy
 * (paragraph 9.4)), and after a report, review, inspection or audit named in capitals, with its date or not (the HM
 * Inspectorate of Prisons report of July 2025 (paragraph 1.47)), and after an inspection, audit, investigation, inquiry or
 * ombudsman's report in lower case (the inspection report (paragraph 2.4)).
 */
const NAMED_DOCUMENT_BEFORE =
  /\b(?:[A-Z][A-Za-z’'-]*[ ]+(?:(?:of|and|for|on|to|[A-Z][A-Za-z’'-]*)[ ]+){0,6}?(?:Regulations|Rules|Polic(?:y|ies)|Code|Strategy|Plan|Standards?|Procedures?|Framework|Manual|Handbook|Guidance|Guidelines|Orders|Constitution|Scheme|Act(?:[ ](?:19|20)\d\d)?|Agreement|Contract|Charter|Report|Review|Statement|Bulletin|Protocol|Proposals?|Prospectus|Assessment|Specification|Business[ ]Case|Lease)|(?:Regulations|Rules|Code|Constitution|Charter|Protocol)|(?<!\b(?:this|these|our|the[ ]+present)[ ]+(?:[a-z-]+[ ]+)?)\b(?:guidance|guidelines|regulations|legislation|handbook)|(?<!\b(?:this|these|our|the[ ]+present)[ ]+(?:[a-z-]+[ ]+)?)(?<![’'])\b(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|new|current|revised|same|above|below)\b)[a-z][a-z-]+[ ]+(?:guide|polic(?:y|ies)|procedures?|protocol|framework|constitution)|(?<!\b(?:this|these|our|the[ ]+present)[ ]+(?:[A-Za-z-]+[ ]+)?)\b[A-Z][A-Za-z’'-]*[ ]+(?:report|review|inspection|audit)|(?<!\b(?:this|these|our|the[ ]+present)[ ]+)\b(?:inspection|audit|investigation|ombudsman|inquiry|inquest)[ ]+report)(?:[ ]+(?:of|for|on)[ ]+(?:the[ ]+)?[A-Z][A-Za-z’'-]*(?:[ ]+[A-Z][A-Za-z’'-]*){0,3})?(?:[ ]+(?:(?:of|for|in|dated)[ ]+)?(?:(?:\d{1,2}[ ]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]+)?(?:19|20)\d\d(?:[ ]*[–—/-][ ]*(?:19|20)?\d\d)?)?[ ]*\([ ]*$/;
/**
 * (Constitution, Part 3, section 6.4) · (Financial Regulations, section 8.3): a bracket that opens with a document's
 * name in capitals and a comma, then its parts — that document's.
 */
const BRACKETED_DOCUMENT_BEFORE =
  /\([ ]*(?:the[ ]+)?[A-Z][A-Za-z’'-]*(?:[ ]+(?:(?:of|and|for|on)[ ]+)?[A-Z][A-Za-z’'-]*){0,5}(?:[ ]+(?:19|20)\d\d)?,[ ]*(?:(?:Part|Chapter|Section|Schedule|Annex|Appendix|Article|part|chapter|section|schedule|paragraph|para)[ ]+[0-9A-Z]{1,3}(?:\.\d{1,3}){0,3},[ ]*){0,3}$/;
/**
 * [4] Transport for Greater Manchester, First Year Monitoring Report, 2024, Table 3 · (ONS, 2024, Table 5): a part
 * cited after a publication's year — the publication's.
 */
const CITED_YEAR_BEFORE = /(?:[,(][ ]*(?:19|20)\d\d[a-z]?|\([^()]{1,60}[ ](?:19|20)\d\d[a-z]?),[ ]*(?:pp?\.[ ]?\d{1,4}(?:[–-]\d{1,4})?,[ ]*)?$/;

/** The nouns a document's name ends with (the Habitat Management Plan, the Code of Practice on …). */
const DOCUMENT_NOUNS = String.raw`(?:Report|Plan|Assessment|Statement|Strategy|Review|Study|Survey|Appraisal|Evaluation|Framework|Guidance|Bulletin|Handbook|Manual|Specification|Prospectus|Programme|Program|Audit|Appendix|Inventory|Register|Accounts|Code|Policy|Standards?|Brief|Document|Paper|Note|Scheme|Charter|Agreement|Proposals?|Guide|Guidelines|Regulations|Rules|Order|Act|Directive|Bill|Census)`;
/** … of Practice on Wind Turbine Monitoring, … for the Harbour: what a document's name may go on with after its noun. */
const NAME_TAIL = String.raw`(?:[ ]+(?:of|for|on|in)[ ]+(?:the[ ]+)?[A-Z][A-Za-z’'-]*(?:[ ]+[A-Z][A-Za-z’'-]*){0,3})`;
const NAME_WORD = String.raw`(?:[A-Z][A-Za-z’'&-]*[ ]+(?:(?:of|and|for|on|to|in|at)[ ]+(?:the[ ]+)?)?)`;
/**
 * The Environmental Impact Assessment Report (2019), Table 9.14, predicted … · the 2019 EIA Report, Chapter 12, found …
 * · the Local Plan (2022), Table 4.2, sets … · the Construction Method Statement (March 2023), Table 8. · (the Whole
 * Plan Viability Study (2021), Section 8.4): a document named in capitals (two words or more, the last a report, plan,
 * statement, study…), with its year or date or not, then a comma — the part after it, itself followed by a comma, a
 * closing bracket or the sentence's end, is that document's. Not "This Report (2026), Table 5," nor "In line with the Habitat Management Plan, Section 6 sets out…" (the part opens a
 * clause of this draft's).
 */
const NAMED_WITH_COMMA_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z’'&-])(?<!\b(?:[Tt]his|THIS|[Oo]ur|OUR|[Tt]he[ ]+present)[ ]+(?:(?:19|20)\d\d[ ]+)?)(?!(?:The|This|These|That|Our|Its|Their|A|An|In|On|At|Under|See|As|For|From|With|By|And)\b)(${NAME_WORD}{1,7}${DOCUMENT_NOUNS}${NAME_TAIL}{0,2}|${DOCUMENT_NOUNS}${NAME_TAIL}{1,2})` +
    String.raw`(?:[ ]+(?:19|20)\d\d(?:[ ]*[–—/-][ ]*(?:19|20)?\d\d)?|[ ]*\([ ]*(?:(?:\d{1,2}[ ]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]+)?(?:19|20)\d\d(?:[ ]*[–—/-][ ]*(?:19|20)?\d\d)?[ ]*\))?[ ]*,[ ]*$`,
);
/** What follows such a part: a comma, a closing bracket, a semicolon or the sentence's end (Table 9.14, predicted); not ", below". */
const APPOSITIVE_END_AFTER = /^(?:\([0-9a-zA-Z]{1,4}\))*[ ]*(?:,(?![ ]*(?:below|above)\b)|[;)]|\.(?:[ ]|$)|$)/;

/** What a document's name in capitals ends with: a code, an Act, an ordinance, a plan, rules (the Port Alder Municipal Code). */
const OUTSIDE_NAME = String.raw`(?:[A-Z][A-Za-z’'-]*[ ]+(?:(?:of|and|for|on|to)[ ]+(?:the[ ]+)?)?){1,7}(?:Code|Act|Ordinance|Plan|Regulations|By-?[Ll]aws?|Rules|Charter|Constitution|Standards?|Policy|Directive|Order|Statute)(?:[ ]+(?:19|20)\d\d)?`;
/**
 * Chapter 9.48 of the Port Alder Municipal Code · Title 5 of the Kestrel City Code · the Brookfield County Ordinance
 * Code, Chapter 14.20: a part of a code or Act named in the paragraph; a section numbered under it (Section 9.48.060,
 * Section 5.12.040) is that code's.
 */
const PART_OF_NAMED = new RegExp(
  String.raw`\b(?:Chapter|Title|Part|Article|Division|Subchapter)[ ]+(\d{1,3}(?:\.\d{1,3}){0,2}[A-Z]?)[ ]+of[ ]+(?:the[ ]+)?${OUTSIDE_NAME}|(?<!\b(?:[Tt]his|[Oo]ur)[ ]+)\b${OUTSIDE_NAME}[ ]*,?[ ]+(?:Chapter|Title|Part|Article|Division)[ ]+(\d{1,3}(?:\.\d{1,3}){0,2}[A-Z]?)\b`,
  'g',
);
/** Whether the section numbered `label` (9.48.060) sits under a part of a code or Act named before it in `before`. */
function underNamedPart(before: string, label: string): boolean {
  if (!label.includes('.') || /\bsee[ ]+(?:also[ ]+)?$/i.test(before)) return false;
  PART_OF_NAMED.lastIndex = 0;
  for (let m = PART_OF_NAMED.exec(before); m; m = PART_OF_NAMED.exec(before)) {
    const part = m[1] ?? m[2];
    if (label.startsWith(part + '.')) return true;
  }
  return false;
}
/** A code, Act, ordinance or plan named in capitals in a sentence (not this draft's: "our Delivery Plan"). */
const NAMES_OUTSIDE = new RegExp(String.raw`(?<![A-Za-z’'-])(?<!\b(?:[Tt]his|[Oo]ur|[Tt]he[ ]+present)[ ]+(?:[A-Z][A-Za-z’'-]*[ ]+){0,6})(?!(?:The|This|Our|A|An|In|On|At|Under|See|As|For|From|With|By|And)\b)${OUTSIDE_NAME}\b`);
/**
 * Section 3.12 limits … · Section 4 requires … · Section 18 restricts …: a section opening a sentence, followed by what
 * it lays down — a provision, not a part of a report (not "Section 7 sets out the staffing").
 */
const PROVISION_AFTER =
  /^(?:\([0-9a-zA-Z]{1,4}\))*[ ]+(?:also[ ]+)?(?:limits|requires|provides[ ]+(?:that|for)|prohibits|allows|permits|defines|specifies|exempts|applies[ ]+to|prescribes|restricts|caps|bans|empowers|obliges|imposes|authori[sz]es|enables|creates|makes[ ]+it|forbids|mandates|entitles|disapplies|amends|repeals)\b/;
/**
 * Mirador County adopted a revised Outdoor Lighting Code in June 2025. Section 3.12 limits …: a section opening the
 * sentence right after one that names a code, Act, ordinance or plan, and laying down a rule — that document's. Not
 * "Our plan was adopted in June. Section 7 sets out …", nor a draft titled as that kind of document.
 */
function provisionOfNamed(before: string, after: string, lines: readonly Line[] | undefined): boolean {
  if (!PROVISION_AFTER.test(after)) return false;
  const end = /[.!?]["”’)]?[ ]+$/.exec(before);
  if (!end) return false;
  const prior = before.slice(0, end.index);
  const cut = Math.max(prior.lastIndexOf('. '), prior.lastIndexOf('? '), prior.lastIndexOf('! '));
  const sentence = prior.slice(cut + 1);
  const named = NAMES_OUTSIDE.exec(sentence);
  if (!named) return false;
  const noun = /(\S+)(?:[ ]+(?:19|20)\d\d)?$/.exec(named[0])![1];
  return !(lines && titledAs(lines, noun));
}

/**
 * Whose part the reference at text[start, end) is, read from the document named before it: 'other' for another
 * document's (kept, so that a bare reference to the same part later goes back to it), 'cited' for a publication's or
 * a document's read no further (the 2023 report's Section 4.3; ONS, 2024, Table 5), undefined when nothing before it
 * names one. `written` is the word as written, singular (Section, section, Table, paragraph…).
 */
export function documentBefore(text: string, start: number, end: number, written: string, lines?: readonly Line[]): 'other' | 'cited' | undefined {
  const paragraphWord = /^para/i.test(written);
  const word = paragraphWord ? 'Section' : written[0].toUpperCase() + written.slice(1);
  const before = (n: number) => text.slice(Math.max(0, start - n), start);
  const after = text.slice(end, end + 24);
  // The landlord's repairs policy, at section 5.2, states …: a part set after another document's name, between commas.
  if (APPOSITIVE_BEFORE.test(before(60))) return 'other';
  // read together with the PNA, in particular section 6: a part of the document named just before.
  if (ACRONYM_PARTICULAR_BEFORE.test(before(40))) return 'other';
  // The 2023 report's Section 4.3, the Council's section 4.3: another document's.
  if (POSSESSIVE_BEFORE.test(before(40))) return 'cited';
  // the Travel Plan's requirement (section 6.2), the Act's duty (section 149): the part of the document named before.
  if (POSSESSIVE_NOUN_BEFORE.test(before(120))) return 'other';
  // The review itself states (at paragraph 4.6) that …: a part of the document the clause is about.
  const subject = DOCUMENT_CLAUSE_BEFORE.exec(before(120));
  if (subject && !(lines && titledAs(lines, subject[1]))) return 'other';
  // The national guidance sets the method. Its Annex C lists the thresholds: the guidance's annex.
  if (ITS_BEFORE.test(before(8)) && OTHER_DOCUMENT_NOUN.test(before(200))) return 'other';
  if (!paragraphWord && DOCUMENT_SUBJECT_BEFORE.test(before(200))) return 'other';
  // Licensing Act 2003, Section 18 · the Code of Conduct, Section 5 (not when the section opens a clause of this draft's).
  if (word === 'Section' && ACT_BEFORE.test(before(100)) && !CLAUSE_SUBJECT_AFTER.test(after)) return 'other';
  if (word === 'Section' && RULEBOOK_BEFORE.test(before(100)) && !CLAUSE_SUBJECT_AFTER.test(after)) return 'other';
  // the Financial Regulations (section 8.3), (Constitution, Part 3, section 6.4): in brackets after or with the document.
  if (NAMED_DOCUMENT_BEFORE.test(before(80))) return 'other';
  if (BRACKETED_DOCUMENT_BEFORE.test(before(100))) return 'other';
  if (CITED_YEAR_BEFORE.test(before(80))) return 'cited';
  // The Environmental Impact Assessment Report (2019), Table 9.14, predicted …: set between commas after the document.
  // (Not checked against the draft's title: a paragraph's references are kept across edits to other lines.)
  if (APPOSITIVE_END_AFTER.test(after) && NAMED_WITH_COMMA_BEFORE.test(before(120))) return 'other';
  if (word === 'Section') {
    // Chapter 9.48 of the Port Alder Municipal Code. Section 9.48.060 provides …: a section numbered under a part of a
    // code named before it in the paragraph.
    const label = /[0-9][0-9.]*[0-9A-Z]?$/.exec(text.slice(start, end))?.[0] ?? '';
    if (underNamedPart(before(400), label)) return 'other';
    // … adopted a revised Outdoor Lighting Code in June 2025. Section 3.12 limits …: the provision of the code just named.
    if (provisionOfNamed(before(300), after, lines)) return 'other';
  }
  return undefined;
}

// The draft itself named.

/** Section 8 of this paper · paragraph 5.4 of this report · Sections 2 and 7 of this document: the draft's own. */
export const OF_THIS_DRAFT = /^(?:\([0-9a-zA-Z]{1,4}\))*(?:(?:,|,?[ ]+(?:and|or|to)|[ ]*[–&-])[ ]*\d{1,3}(?:\.\d{1,3}){0,3}){0,4} of (?:this|the present) (?:[A-Za-z-]+ )?(?:document|report|paper|draft|plan|strategy|review|submission|statement|briefing)\b(?!['’])/i;
/** Section 6 of this report · this report's Chapter 4 · 本报告第四章 · 本文第三部分: the part named as this draft's. */
const THIS_DRAFT_AFTER_EN = /^(?:[ ]+(?:of|in)[ ]+(?:this|the[ ]+present)[ ]+(?:[A-Za-z-]+[ ]+)?(?:report|paper|document|plan|strategy|review|draft|submission|statement)\b|[ ]+(?:below|above)\b)/i;
const THIS_DRAFT_BEFORE = /(?:\b(?:this|the[ ]+present)[ ]+(?:report|paper|document|plan|strategy|review|draft)['’]s[ ]+|(?:本报告|本報告|本文|本文件|本规划|本規劃|本方案|本计划|本計劃|本稿|本书|本書|下文|上文|前文)(?:的)?)$/i;
export function namesThisDraft(ref: Reference): boolean {
  const text = ref.paragraph.text;
  return THIS_DRAFT_AFTER_EN.test(text.slice(ref.end, ref.end + 60)) || THIS_DRAFT_BEFORE.test(text.slice(Math.max(0, ref.start - 30), ref.start));
}
/** Whether the draft's title (its first three lines of text) ends with this noun, with a year or not: Transport Strategy 2025–2030. */
function titledAs(lines: readonly Line[], noun: string): boolean {
  const tail = new RegExp(`\\b${noun.replace(/[^A-Za-z ]/g, '.')}(?:[ ]+(?:19|20)\\d\\d(?:[ ]*[–—/-][ ]*(?:19|20)?\\d\\d)?)?$`, 'i');
  let seen = 0;
  for (let l = 0; l < lines.length && l < 20 && seen < 3; l++) {
    const text = lines[l].text.replace(/^#{1,6}[ \t]+/, '').replace(/[\s*_.:]+$/, '').trim();
    if (text === '') continue;
    seen++;
    if (tail.test(text)) return true;
  }
  return false;
}

// A list whose lead-in names an Act.

/** The kinds an Act's list of powers cites: its sections, parts and chapters ((section 38), (Part 3)). */
const CITED_KINDS = new Set<ReferenceKind>(['en-section', 'en-part', 'en-chapter']);
/** (a) …, (b) …, (iv) …, 1. …, 2) …, - …, • …: a line that opens an item of a list. */
const ITEM_LINE = /^[ \t]*(?:[-*+•–][ \t]+|[(（]?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[)）][ \t]*|\d{1,2}[.][ \t]+)/;
/** The Act, its regulations, order, rules or code: what a list of statutory powers comes from. */
const STATUTE =
  String.raw`(?:(?:Part|Chapter|Section|Schedule|Article)[ ]+[0-9A-Z]{1,4}[ ]+of[ ]+)?(?:the[ ]+)?(?:[A-Z][A-Za-z’'-]*[ ]+(?:(?:of|and|for|on|at|in|to|etc\.)[ ]+)*){0,8}(?:Act|Regulations|Order|Rules|Code|Constitution|Directive|Ordinance|Measure|Statute|Standing[ ]Orders)(?:[ ]+(?:19|20)\d\d(?:[ ]*\([A-Za-z ]{2,20}\))?)?`;
/**
 * Part 4 of the Property Agents Act 2022 gives the Authority five main enforcement tools: · The Regulations provide for
 * the following sanctions: · Under the Licensing Act 2003 the licensing authority may also: · The powers available
 * under the Food Safety Act 1990 are: — a lead-in whose list sets out what an Act (regulations, an order, a code)
 * gives. Not one that says the list is of this draft (…, described in this report:), nor what the Act requires a report
 * or publication to cover (The Act requires the annual report to cover:, The Regulations require us to publish:): its
 * items may point to where this draft does so.
 */
const STATUTE_LEAD_IN = new RegExp(
  String.raw`(?:^|[.;!?][ ]+)(?:${STATUTE}[ ]+(?:also[ ]+)?(?:gives?|sets?[ ]+out|provides?|lists?|allows?|requires?|confers?|creates?|grants?|includes?|contains?|establish(?:es)?|specif(?:y|ies)|defines?|prescribes?|empowers?)\b|(?:Under|By[ ]+virtue[ ]+of)[ ]+${STATUTE}\b|(?:[A-Za-z-]+[ ]+){0,8}(?:powers|sanctions|offences|duties|tools|measures|penalties|notices)\b[^.;!?]{0,60}?\b(?:under|in|of)[ ]+${STATUTE}\b)[^.;!?]*:$`,
);
const OWN_LEAD_IN =
  /\b(?:this|the[ ]+present)[ ]+(?:document|paper|review|plan|strategy|draft)\b|\breport(?:s|ed|ing)?\b|\b(?:to|must|shall)[ ]+(?:publish|report|include|cover|describe|state|set[ ]out|explain|address|give|show)\b|\bbelow\b|\bfollowing[ ]+(?:sections|chapters|parts)\b/i;
/** A list item's reference that is not said to be this draft's: (section 38), under section 41 — not see section 3, not section 8 of this report. */
function citedInItem(ref: Reference): boolean {
  const before = ref.paragraph.text.slice(Math.max(0, ref.start - 12), ref.start);
  return !/\bsee[ ]+(?:also[ ]+)?$/i.test(before) && !namesThisDraft(ref) && !OF_THIS_DRAFT.test(ref.paragraph.text.slice(ref.end, ref.end + 60));
}
/** Whether a list item's lead-in names an Act whose provisions the list sets out: read once per list. */
class LeadIns {
  private readonly seen = new Map<number, boolean>();
  constructor(private readonly doc: ReportDocument) {}

  namesOther(paragraph: Paragraph): boolean {
    const paragraphs = this.doc.paragraphs;
    let i = this.indexOf(paragraph.firstLine);
    if (i < 0 || !this.isItem(paragraphs[i])) return false;
    const cached = this.seen.get(i);
    if (cached !== undefined) return cached;
    // Back over the list's items (at most 40) to the line ending in a colon that leads them.
    const walked: number[] = [];
    let found = false;
    for (let steps = 0; i >= 0 && steps < 40; steps++, i--) {
      const p = paragraphs[i];
      if (walked.length > 0) {
        const next = paragraphs[walked[walked.length - 1]];
        if (next.firstLine - p.lastLine > 2) break;
        if (/:[ ]*$/.test(p.text)) {
          found = STATUTE_LEAD_IN.test(p.text.trim()) && !OWN_LEAD_IN.test(p.text);
          break;
        }
      }
      const known = this.seen.get(i);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (!this.isItem(p)) break;
      walked.push(i);
    }
    for (const w of walked) this.seen.set(w, found);
    return found;
  }

  private isItem(p: Paragraph): boolean {
    return p.tableHeader === undefined && ITEM_LINE.test(this.doc.lines[p.firstLine]?.text ?? '');
  }

  /** The paragraph starting at `line` (binary search: paragraphs are in line order). */
  private indexOf(line: number): number {
    const paragraphs = this.doc.paragraphs;
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const first = paragraphs[mid].firstLine;
      if (first === line) return mid;
      if (first < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

// A table whose column or row names an Act.

/** Town and Country Planning Act 1990 · Licensing Act 2003 · Westholm County Code: a cell that is a statute's name. */
const STATUTE_CELL = /^(?:the[ ]+)?(?:[A-Z][A-Za-z’'-]*[ ]+(?:(?:of|and|for|on|to)[ ]+(?:the[ ]+)?)?){1,7}(?:Act|Regulations|Ordinance|Code|Order|Rules|Measure|By-?[Ll]aws)(?:[ ]+(?:19|20)\d\d(?:[ ]*\([A-Za-z ]{2,20}\))?)?$/;
/**
 * | Legislation (Town and Country Planning Act 1990) | ⏎ | Section 172 |, or | Licensing Act 2003 | Section 165 |: a
 * section in a table cell whose column header names a code, Act or plan, or whose row has a cell naming an Act — the
 * Act's (not | Report section | ⏎ | Section 9 |).
 */
function inStatuteTable(paragraph: Paragraph, ref: Reference): boolean {
  const header = paragraph.tableHeader;
  if (!header || !CITED_KINDS.has(ref.kind)) return false;
  const text = paragraph.text;
  const piped = /^[ \t]*\|/.test(text);
  const cells = piped ? text.trim().replace(/^\||\|$/g, '').split('|') : text.trim().split(/\t+/);
  let column = 0;
  const head = text.slice(0, ref.start);
  if (piped) column = Math.max(0, (head.match(/\|/g) ?? []).length - 1);
  else column = (head.trim().match(/\t+/g) ?? []).length;
  const title = header[column] ?? '';
  if (!/\b(?:this|our|the[ ]+present)\b/i.test(title) && NAMES_OUTSIDE.test(title)) return true;
  return cells.some((c, i) => i !== column && STATUTE_CELL.test(c.trim()));
}

// A part named again.

/** The reference as the message names it: 第四部分 for the 四 of 第三、四部分. */
export function shownText(ref: Reference): string {
  const [before, after] = ref.unit ?? ['', ''];
  return before + ref.paragraph.text.slice(ref.start, ref.end) + after;
}
/** "section 55" → "Section 55": a reference's words, to match a part named before with another document. */
function referenceKey(ref: Reference): string {
  const words = shownText(ref).replace(/\s+/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}
/**
 * the purposes set out in section 55, the review required by Section 9: what a part requires, allows or defines — a
 * part of the document named before with the same number (section 55 of the … Act) is that one; "the reasons are
 * given in Section 18" and "explained further (paragraph 9.4)" are this draft's.
 */
const NORMATIVE_BEFORE =
  /(?:\b(?:purposes?|requirements?|conditions?|duties|duty|powers?|criteria|tests?|rules?|obligations?|exemptions?|restrictions?|thresholds?|definitions?|limits?)\b[^.;!?\d]{0,40}?\b(?:set[ ]out|listed|specified|defined|laid[ ]down|described|prescribed|stated)|\b(?:required|permitted|allowed|authori[sz]ed|defined|prescribed|specified|imposed)|\b(?:presumptions?|provisions?|criteria|tests?|definitions?|requirements?|conditions?|duties|duty|powers?|exemptions?|thresholds?))[ ]+(?:in|under|by)[ ]+$|(?:\b(?:subject|pursuant|according|contrary)[ ]+to|\b(?:in[ ]+accordance|compl(?:y|ies|iance|ying))[ ]+with|\bunder)[ ]+$/i;

/**
 * Whose parts the references of a draft are, read in the draft's order: a part of another document (read as such in
 * its paragraph), a section cited in a list item under a lead-in that names an Act as what the list sets out, and a
 * bare reference that goes back to a part of another document named before with the same number (section 55 of the
 * Road Traffic Regulation Act 1984 … the purposes set out in section 55) are not this draft's.
 */
export class ReferenceOwners {
  /** The parts of other documents named so far ("Section 55"). */
  private readonly outside = new Set<string>();
  private readonly leads: LeadIns;

  constructor(doc: ReportDocument) {
    this.leads = new LeadIns(doc);
  }

  /** Whether `ref` (of `paragraph`, read after every reference before it) is another document's. */
  elsewhere(ref: Reference, paragraph: Paragraph = ref.paragraph): boolean {
    // (b) financial penalties (section 38); under "Part 4 of the Property Agents Act 2022 gives the Authority five
    // tools:": a section cited in a list item whose lead-in names an Act as what the list sets out is the Act's.
    // | Legislation (Town and Country Planning Act 1990) | ⏎ | Section 172 |: the Act's, as the column says.
    if (ref.outside || (CITED_KINDS.has(ref.kind) && (this.leads.namesOther(paragraph) || inStatuteTable(paragraph, ref)) && citedInItem(ref))) {
      this.outside.add(referenceKey(ref));
      return true;
    }
    return this.outside.size > 0 && goesBack(ref) && this.outside.has(referenceKey(ref));
  }
}

/** Whether a reference may go back to a part of another document named before (the purposes set out in section 55). */
export function goesBack(ref: Reference): boolean {
  return NORMATIVE_BEFORE.test(ref.paragraph.text.slice(Math.max(0, ref.start - 80), ref.start));
}
