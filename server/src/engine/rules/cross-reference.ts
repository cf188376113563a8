/**
 * cross-reference — 引用对象不存在 / Reference to a missing part
 *
 * What: a reference to a part of the draft that is not there: 详见第五部分 when the draft stops at 四、,
 * 见（六） after （五）, 见附件4 with three attachments (the list 附件：1.… 2.… 3.…, titles that open with a year too
 * — 附件：1.2025年度整改清单 —, or 附件3 headings),
 * 如表6所示 with captions up to 表5, 见附表1 when the draft lists its attachments (附件：1.验收意见书 2.…) and none of them,
 * nor anything in the draft, is a table, 本条例第八十条 in a regulation of 72 articles (and 按照本办法第五条 in a draft that
 * heads only 第一条 and 第二条: a reference naming the draft itself, 本办法, 本细则, 本规定, 本章程, is to its own articles
 * however few; not 《安全生产法》第五条, 该条例第五条, nor an unnamed 依照第五条 there or in the sentence after another
 * document's article: 依照《安全生产法》第五条处理；依照第五条的规定…), see Section 8, Appendix D,
 * Annex 3, Attachment C, Exhibit 4, Chart 1.4, Box 3 (not PO Box 4), Figure 3, Table 4, Part 6 (when the draft has parts: PART 1, ## Part 2), Chapter 7 (when its
 * chapters are Chapter 1…, CHAPTER 6), and Section 2.4 where section 2 has 2.1 to 2.3 (section, chapter,
 * appendix, annex and table also in lower case after in/see/under…: explained in section 2.4), and a numbered paragraph
 * after such a word (set out in paragraph 3.4 when section 3 runs to 3.2; only with a dotted number) or in brackets of
 * its own ((paragraph 4.2 refers), (section 3.1)), and a dotted number alone after see, at or in with below or above
 * (see 4.3 below); see section 2.3 when the draft's sections are headed 1. 2. 3. and none has numbered subsections;
 * 详见附表3 when the draft lists its schedules 附表：1.… ⏎ 　　　2.…. A reference
 * counts when a reference word leads it (见, 详见, 如, 按照, 本报告…), for parts when what follows says the part holds
 * it (以上问题在第五部分已作说明, 第五部分所述, 第五部分对资金来源作了测算; not after a title or a document named before it:
 * 《办法》第五部分所述, 总体规划第五部分对用地作了测算), or 在 leads it (已在第五部分作了测算, 在第三章中; not 节: 在第二节课) or, for tables and figures, when
 * 所示/所列/中 follows; it is checked against the sections, attachments, captions and articles of the same draft (of the same part, in a compilation of 篇). Also the text Word leaves where a
 * cross-reference field lost its target (错误！未找到引用源。, Error! Reference source not found.). A table referred to
 * (见表4, See Table 4) in a draft that numbers none of its tables, beyond the count of its untitled tables.
 * A caption split by a hard wrap (…in May 2007. Table ⏎ 16: The new select committees) is the table's caption.
 * Where a draft numbers its parts 一、 to 五、 and heads none 第X节 or 第X章, 详见第七节 is read against those parts, and
 * the message names the last as the draft numbers it (本文各部分编为“一、”至“五、”), not as a “第五节” it does not have.
 * Every member of a list of references is checked (见（四）和第6部分, 详见第三、五部分, 表1和3, see Sections 2 and 7,
 * section 2.1 and 2.9 of this report, Appendix A and C; read in model/reference-lists.ts), not a list of another
 * document's parts (见《意见》第三部分和第四部分, Sections 38 and 278 of the Highways Act), 附件2和3月份, "Section 3, 2 of
 * which closed", "Section 2 and 2024 figures", a reference in brackets straight after a quotation, which cites the quoted document ("…affect its communities" (paragraph 2.8)), nor references in a quoted sentence that itself refers (会议指出：“详见第五
 * 部分和第六部分”; in English any quoted sentence: "the Assessment's forecasts in section 7.3 are not supported"); a quotation
 * that never closes (开展“回头看，…；…详见第五部分) hides only its own clause, not the rest of the paragraph. A part named as
 * this draft's own (Section 8 of this paper, as paragraph 5.4 of this report explains) is checked whatever stands around
 * it, and so is one said to be above or below (see Section 7 below, 详见下文第五部分).
 * Annexes, appendices and attachments (Annex, Appendix, Attachment, 附件, 附表, 附图, 附录) are checked only against a
 * series the draft has — listed at the end (附件：1.… 2.…, Annexes: …) or headed in the text (Annex 1: Method, 附件3,
 * 附表1 项目明细表): Annex 3 after Annex 2, 附件4 after 附件3. A draft that has none of them is left alone whatever it cites
 * (is at Annex 2, see Appendix C, 见附件3, 详见附表5, even "Appendix A of this report"): papers travel with their annexes
 * as files of their own, and published board papers, council reports and 通知 do so all the time. A sentence that opens
 * with the label (Appendix A lists the trustees…, 附件1列出了…，…。) refers to that part; it does not head it. A draft that
 * heads none but declares two or more in its prose (The terms of reference are attached as Appendix A and the list of
 * witnesses as Appendix B; Appendix A contains the alarm log and Appendix B the engineer's report) has those: "A full
 * breakdown is provided in Appendix C" is past them (not when it says the list is open: The appendices include, among
 * others, …; nor for Appendix E of the 2025 report; declarations in two places, A and B then C and D attached, add up).
 * Why: a draft cut down from a longer one, or renumbered, keeps references that now point nowhere.
 * A table captioned 表1 in the body above the attachment list is of the 表 series: it does not make 见附表1 right when none of the listed attachments is a table.
 * 附表, 附图 and 附录 are series of their own: 详见附表2 when the draft's lines head only 附表1 (附表1：项目明细表), 见附图3 after 附图1 and
 * 附图2, 见附录2 after 附录一 (when the draft heads none of a series, what it refers to may be sent apart).
 * Not: references into another document (《意见》第三部分, 文件第五条, 刑法第二十条, 《通知》附件3,
 * Section 230 of the Act, Chapter 11 protection, [HTTP], Section 10.2.3, Section 3.2 of [RFC9651], paragraph 4.2 of the Code, section 5.2 and 5.3 of the Annual Report, the 2023
 * report's Section 4.3, the Council's section 4.3, the Financial Regulations (section 8.3), a note citing a publication:
 * First Year Monitoring Report, 2024, Table 3); sections of an Act named as what they give
 * (Section 106 agreements, a Section 115 trust, Section 125 plans, Section 8 vouchers, Section 60 authorisations and warrants, a glossary's term: **Section 60** – a power to search…, an IRS Section 115 trust, Section 106 money, funds, receipts or spending, the Section 151 Officer, the Section 25 statement, Section 21 notices, an enquiry under section 42, stopping up under section 247);
 * an offence under a section (pleaded guilty under section 47, an offence contrary to section 14, fined £6,000 under
 * section 33); a section cited in a list item whose lead-in says the list is what an Act, regulations or an order give
 * (Part 4 of the Property Agents Act 2022 gives the Authority five tools: ⏎ (b) financial penalties (section 38);),
 * kept as the Act's for what follows; a section after an order, policy, code, constitution or rules named in capitals
 * and a comma (under General Order 300, Section 300.6; Policy 4.2, Section 3; the Code of Conduct, Section 5);
 * a section with the Act named right after it (section 149, Equality Act 2010; section 38 (Highways Act 1980); Section
 * 100(A) of the Local Government Act 1972, its subsection in capitals; Section 9 Localism Act 2011, with its year) or right
 * before it (Licensing Act 2003, Section 18); a part set between commas after a document named in capitals, with its
 * year or date or not (The Environmental Impact Assessment Report (2019), Table 9.14, predicted …; the 2019 EIA Report,
 * Chapter 12, found …; not This Report (2026), Table 5,); a paragraph in brackets after a named document, with its years or not
 * (the Local Plan 2018–2036 (paragraph 9.4), the national guidance (paragraph 9.4), the BID Proposal (section 8.3), the
 * complaints policy (section 5.3), the programme guide for 2026/27 (paragraph 1.4), the HM Inspectorate of Prisons report
 * of July 2025 (paragraph 1.47); not the council's policy (paragraph 9.4)), after a document named first in its brackets
 * ((Constitution, Part 3, section 6.4)), the same word again with its verb left out (Paragraph 5.1 of the Code requires
 * …, and paragraph 6.13 that …), a section of an Act named before after subject to, under, in accordance with
 * (section 55 of the Road Traffic Regulation Act 1984 … not subject to section 55), a section numbered just after another
 * document's in the same paragraph (Section 153 of the Act places two duties … Section 154 adds a third), a part after a
 * document named by its initials (read with the PNA, in particular section 6 ("…") and section 8 ("…")), or between
 * commas after it (the landlord's repairs policy, at section 5.2, states); a later reference in the same sentence
 * within another document's part named first (Chapter 14 of that guidance deals with …, and paragraph 14.19 onwards with …); the planning
 * Acts' sections 38, 73, 106, 247, 257, 278 in a paragraph about planning (a variation under section 73); a draft with no numbered structure
 * of that kind at all — no 附件 list, no appendix, no 第X条 articles: the reference is then most likely to a
 * document sent with it, so it is left alone (not a section, chapter or part named as this draft's own: Section 6 of
 * this report, 本报告第四章 in a draft that numbers none is reported) — and for tables the same where the draft names parts kept elsewhere
 * (附件, 附表, an appendix or annex) or calls itself an excerpt (节选, 摘录), or has as many untitled tables (See Table 1
 * above its one table); figures with no caption at all (a conversion drops an image with its caption); 附表3 and 续表3
 * (a series of their own, a table's second page); another document's table (《统计公报》表12, 统计年鉴表8), also one
 * named right before the link to its document (see table 4 – [Age at marriage (Excel sheet)](…xls)) or in the link's
 * text ([see Table 1 (Excel sheet)](…xls)); a table numbered within the part named after it (table 2 in section 3:
 * one reference, checked as the section's); a number inside the range that the draft seems to skip (numbering-sequence reports the skip).
 *
 * 检查：引用了稿件中不存在的部分：全文只到“四、”却写“详见第五部分”，“（五）”之后写“见（六）”，只有三个附件
 * （文末“附件：1.…2.…3.…”，含以年份开头的“附件：1.2025年度整改清单”，或“附件3”标题）却写“见附件4”，表题只到“表5”却写“如表6所示”，
 * 列出了附件而附件和正文中都没有表格却写“见附表1”，72条的条例中写
 * “本条例第八十条”（只有第一条、第二条的稿件中写“按照本办法第五条”——点明本办法、本细则、本规定、本章程的引用指本稿条文，条数再少也核对；
 * 《安全生产法》第五条、该条例第五条、此时未点明的“依照第五条”以及同一句中紧随其他文件条文之后的“依照第五条”不报），以及 see Section 8、Appendix D、Figure 3、Table 4，以及第3节只到3.2时的“set out in paragraph 3.4”（段落号须带小数点）、括号中的“(paragraph 4.2 refers)”和只写编号的“see 4.3 below”。引用须有引导词（见、详见、如、按照、
 * 本报告等），部分、章节也可以后接“已作说明”“所述”（如“以上问题在第五部分已作说明”；书名号后的不算），表、图也可以后接“所示”“所列”“中”；英文还有Annex 3、Attachment C、Exhibit 4、Chart 1.4、Box 3、Part 6（稿件分Part时），以及第2节只有2.1至2.3时的
 * Section 2.4；与同一稿件（汇编中为同一篇）的标题、附件、表题图题和条文核对。另查Word交叉引用失效后留下的
 * “错误！未找到引用源。”“Error! Reference source not found.”。全文没有一张带表题的表（或未编号的表少于所引序号）却写“见表4”“See Table 4”，也报告。
 * 正文中、附件说明之前带“表1”表题的表格属于“表”的编号，不算附表：所列附件都不是表格时，“见附表1”照报。
 * 附表、附图、附录各自编号：稿中只有“附表1：项目明细表”却写“详见附表2”，只有附图1、附图2却写“见附图3”，只有“附录一”却写“见附录2”，均报（稿中没有该系列任何一项的，所指可能另行报送，不报）。
 * 文稿以一、至五、分部分、没有“第X节”“第X章”标题的，“详见第七节”按这些部分核对，提示按文稿的编号写出最后一部分（本文各部分编为“一、”至“五、”），不写成文稿没有的“第五节”。
 * 原因：从长稿删减或重新编号后，引用仍指向已不存在的部分。
 * 不报：引用其他文件的（《意见》第三部分、文件第五条、刑法第二十条、《通知》附件3、Section 230 of the Act、[HTTP], Section 10.2.3、paragraph 4.2 of the Code、section 5.2 and 5.3 of the Annual Report、the 2023 report's Section 4.3、the Financial Regulations (section 8.3)、注释所引出版物的“…Monitoring Report, 2024, Table 3”）；
 * 以法条命名的事物（Section 106 agreements、Section 151 Officer、Section 25 statement、Section 21 notices，以及依法条进行的事项，如an enquiry under section 42、stopping up under section 247）；违法行为所触犯的法条（pleaded guilty under section 47、an offence contrary to section 14）；引导语写明列表是某法律、法规赋予的权力时，列表项中注明的条（Part 4 of the … Act 2022 gives the Authority five tools: ⏎ (b) financial penalties (section 38)）；紧跟在大写写出的命令、政策、守则、章程名称和逗号之后的条（under General Order 300, Section 300.6、the Code of Conduct, Section 5）；逗号隔开、紧跟在大写写出的文件名称（可带年份）之后的部分（The Environmental Impact Assessment Report (2019), Table 9.14, predicted …）；紧接着写出法律名称的条（section 149, Equality Act 2010；Section 100(A) of the Local Government Act 1972；Section 9 Localism Act 2011）；谈规划的段落中规划法的第38、73、106、247、257、278条（a variation under section 73）；
 * 稿件中根本没有这类编号结构的（没有附件列表、没有附录、没有“第X条”条文——此时所指多半是随文的另一份文件）；引用表而稿件提到附件、附表、
 * 附录，或自称节选、摘录的，或未编号的表不少于所引序号的；全文没有图题时的图（转换时图片连同图题一起丢失）；附表3、续表3；其他文件的表（《统计公报》表12、统计年鉴表8，以及紧接着链接到所在文件的表：see table 4 – [Excel表](…xls)），在某一部分内编号的表（table 2 in section 3：只按该部分核对一次）；
 * 引号内的英文句子中的引用（"the Assessment's forecasts in section 7.3 …"）、逗号隔开紧跟在其他文件名称后的（the landlord's repairs policy, at section 5.2,）；
 * 紧跟在其他文件名称后的括号中的（the complaints policy (section 5.3)、the programme guide for 2026/27 (paragraph 1.4)、(Constitution, Part 3, section 6.4)）；
 * 同一句中承前省略动词的同一文件条款（Paragraph 5.1 of the Code requires …, and paragraph 6.13 that …）；前文已点明为某法条款后的 subject to section 55；
 * 未闭合的左引号只遮住所在分句，不遮住全段（开展“回头看，……；……详见第五部分，照报）；写明是本文的（Section 8 of this paper、see Section 7 below、详见下文第五部分）照报。
 * 附件、附表、附图、附录及英文的 Annex、Appendix、Attachment 只与稿件自己的同一系列核对（文末列出或文中有标题的）：只有三个附件却写“见附件4”照报；
 * 稿件一个都没有的，不论引用哪一个都不报（附件、附表常作为单独文件随文报送）；但英文稿在正文中写明附有两个以上附录的（attached as Appendix A and … as Appendix B），引用其后的 Appendix C 照报（写明“among others”等不完整列举的不报）。以标签开头接着叙述的句子（附件1列出了……；Appendix A lists…）是引用，不是标题。
 * 编号范围内疑似跳号的（由 numbering-sequence 报告）；硬换行拆开的表题（…in May 2007. Table ⏎ 16: The new select committees）仍是该表的表题。
 *
 * Bad:  详见第五部分。（全文只有一至四部分）
 * Good: 详见第四部分。
 * Bad:  The costs are broken down in Table 4. (the draft has Tables 1–3)
 * Good: The costs are broken down in Table 3. (the draft has Tables 1–3)
 */

import type { ReportDocument } from '../model/document';
import type { Line } from '../model/lines';
import { parseChineseNumeral, toChineseNumeral } from '../model/numerals';
import { positionIn, rangeIn, type Paragraph } from '../model/paragraphs';
import { withListMembers, type ParagraphReferences, type Reference, type ReferenceKind } from '../model/reference-lists';
import { ACRONYM_PARTICULAR_BEFORE, documentBefore, namesThisDraft, OF_THIS_DRAFT, ReferenceOwners, shownText } from '../model/reference-owner';
import type { AppendixWord, Caption } from '../model/targets';
import { declaredAppendices } from './references-declared';
import { readTitled } from '../model/titled-headings';
import { eachMatch } from '../patterns';
import { lineRange } from '../ranges';
import type { Rule, RuleContext } from '../rule';

export type { Reference, ReferenceKind };
type Kind = ReferenceKind;

const CN_NUM = '一二三四五六七八九十百零〇';
/** 第十节 财务报告 ............ 55 · 第三部分 名词解释 PAGEREF _Toc19475 h 12: a line of the table of contents, with its page. */
const CONTENTS_LINE = new RegExp(`^\\s*第([${CN_NUM}]{1,6}|\\d{1,3})(部分|章|节)[^.．…·]{1,40}?(?:\\s*[.．…·]){4,}\\s*\\d{1,4}\\s*$`);
// Each pattern starts with a literal, so the engine never rescans a long run.
const STRUCTURE = new RegExp(`第([${CN_NUM}]{1,6}|\\d{1,4})(部分|章|节|條|条)`, 'g');
const ITEM = /(?:见|如)[（(]([一二三四五六七八九十]{1,3})[）)]/g;
const ATTACHMENT = /附[ ]?件[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．])/g;
// 详见附表2, 附表1所列: a schedule attached to the draft.
const ANNEX_TABLE = /附表[ ]?(\d{1,2})(?![\d.．\-－])/g;
// 见附图3, 详见附录2, 附录二所列.
const ANNEX_OTHER = /附(图|圖|录|錄)[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．\-－])/g;
/**
 * A line that heads a part of the 附表/附图/附录 series: 附表1 项目明细表, 附图2：区位图, 附录一 名词解释, 2.附表2 …
 * (an entry of the attachment list), 附件2：附表2 … — not 附表2所列… (a reference at a line's start).
 */
const ANNEX_HEADING = /^(?:#{1,6}[ \t]*)?(?:\d{1,2}[.．、][ \t]*|附件[ ]?\d{1,2}[ \t]*[：:．.、]?[ \t]*)?附(表|图|圖|录|錄)[ ]?(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.．\-－])(?!所|中|显示|可见|表明|列出|反映|[，,。])/;
/** 附表：1.2026年度部门整体支出绩效目标表: the draft's list of its 附表 (附图, 附录), the first entry on the line. */
const ANNEX_LIST = /^附(表|图|圖|录|錄)[ ]?[：:][ \t]*1[.．、](?!\d{1,3}(?!\d))/;
const CAPTION = /(表|图|圖)[ ]?(\d{1,3}(?:[.．\-－]\d{1,3}){0,2})(?![\d％%]|[.．\-－]\d)/g;
// In lower case too for the words a British draft writes so (explained in section 2.4, see appendix B, in table 3).
// A numbered paragraph (see paragraph 3.4, para 2.1) only with a dotted number: paragraph 12 is as often a clause of a
// law or code; the dotted one is checked as section 3's subsection 4.
const ENGLISH = /\b(Sections|sections|Chapters|chapters|Parts|Appendices|appendices|Annexes|annexes|Tables|tables|Figures|Section|section|Chapter|chapter|Part|Appendix|appendix|Annex|annex|Attachment|Exhibit|Chart|Box|Figure|Fig\.|Table|table|Paragraph|paragraph|Para|para)[ ]{1,3}(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(?![\w-])/g;
/** Sections 2 and 7, Appendices B and C: a plural opens a list of references (read with its members, or not at all). */
const SINGULAR: Record<string, string> = { Sections: 'Section', sections: 'section', Chapters: 'Chapter', chapters: 'chapter', Parts: 'Part', Appendices: 'Appendix', appendices: 'appendix', Annexes: 'Annex', annexes: 'annex', Tables: 'Table', tables: 'table', Figures: 'Figure' };
const PART_HEADING = /^(?:#{1,6}[ \t]+)?(?:\*\*)?(?:PART|Part)[ \t]+(\d{1,2})(?![\d.,])/;
const LOWER_CASE_LEAD = /\b(?:in|see|under|at|to|from|per|also|and|with)[ ]+$/i;
/** After a lower-case reference opening a bracket: (paragraph 4.2 refers), (section 3.1), (paragraph 2.2 above). */
const BRACKETED_AFTER = /^[ ]*(?:\)|[ ]+(?:refers|applies|above|below)\b)/;

/** Chapter 11 protection, a Chapter 7 filing, emerged from Chapter 11 bankruptcy: a bankruptcy code's chapter. */
const BANKRUPTCY_AFTER = /^[ ]+(?:bankruptcy|protection|filings?|proceedings?|cases?|reorgani[sz]ation|liquidation)\b/i;

/** see 4.3 below, see also 2.2 above, at 3.1 above. */
const BARE_NUMBER = /(?<=\b(?:[Ss]ee|at|in)[ ]+(?:also[ ]+)?)(\d{1,3}\.\d{1,3})(?=[ ]+(?:below|above)\b)/g;

/**
 * A section of an Act named as the thing it gives: Section 106 agreements, the Section 151 Officer, Section 21 notices,
 * Section 47 enquiries, Section 106 and Section 278 agreements, the Section 25 statement (report) of the chief finance
 * officer, and the money they secure (Section 106 money, funds, sums, receipts, balances, spending, income) — statute,
 * not a section of this draft.
 */
const STATUTORY_AFTER =
  /^(?:[ ]*(?:,|and|or|\/)[ ]*(?:[Ss]ection|[Ss]\.?)[ ]?\d{1,3}[A-Z]{0,2})*[ ]+(?:agreements?|officers?|notices?|payments?|orders?|money|monies|moneys|funds?|sums?|receipts?|spend(?:ing)?|income|balances?|cash|allocations?|schemes?|deeds?|liabilit(?:y|ies)|monitoring|contributions?|obligations?|dut(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|referrals?|assessments?|applications?|licen[cs]es?|certificates?|powers?|requests?|investigations?|funding|grants?|planning\s+obligations?|statements?|reports?|authori[sz]ations?|warrants?|searches|stops?)\b/i;
/**
 * The same named before: an enquiry under section 42, detained under section 2, notices served under section 21,
 * powers under Section 101 — what an Act's section gives or allows, not a part of this draft ("explained under section 4" is).
 */
const STATUTORY_BEFORE =
  /\b(?:enquir(?:y|ies)|inquir(?:y|ies)|notices?|powers?|dut(?:y|ies)|orders?|agreements?|assessments?|investigations?|applications?|appeals?|obligations?|licen[cs]es?|detained|detention|sectioned|served|arrested|charged|prosecuted|convicted|works|adoption|adopted|variations?|varied|stopping[ -]up|stopped[ ]up|consents?|permissions?|approvals?|granted|issued|determined|refused|secured|conferred)[ ]+under[ ]+$/i;
/**
 * section 149, Equality Act 2010 · section 38 (Highways Act 1980) · section 38(6) of the Planning and Compulsory Purchase
 * Act 2004 · Section 100(A) of the Local Government Act 1972 · Section 9 Localism Act 2011: an Act, regulations, an
 * order or a code named right after the number (with its subsection, in either case) — its section; so is one whose
 * list, schedule, register or duty the Act's name follows (the Section 41 list of the NERC Act 2006, the Section 2
 * schedule to the Highways Act 1980). With nothing
 * between, only an Act with its year (Section 9 Localism Act 2011), not "Section 9 Action Plan".
 */
const ACT_AFTER =
  /^(?:\([0-9a-zA-Z]{1,4}\))*(?:[ ]*(?:,[ ]*|\([ ]*|(?:[ ]+(?:list|lists|schedule|register|species|habitats?|duty|duties)[ ]+(?:of|to|under)[ ]+)|of[ ]+)(?:the[ ]+)?(?:[A-Z][A-Za-z’'()-]*[ ]+(?:(?:and|of|for|to|in)[ ]+)?){1,8}(?:Act|Regulations|Order|Code|Rules)\b|[ ]+(?:the[ ]+)?(?:[A-Z][A-Za-z’'-]*[ ]+(?:(?:and|of|for|to|in)[ ]+)?){1,8}(?:Act|Regulations|Order)[ ]+(?:19|20)\d\d\b)/;
/**
 * the Section 41 list of species of principal importance, two Section 41 habitats, each Section 41 species, the Section 11
 * audit, Section 17 support, Section 117 aftercare: a section of an Act used as the name of what it gives — a quantity
 * word or article before the number and a noun after it (this draft's sections are referred to, not named so). Not when
 * the noun is this draft's (the Section 6 table of this report, the Section 5 list of the monitoring plan), nor a verb,
 * adverb or link word after the number (the Section 5 below, Section 9 sets out).
 */
const NAMING_BEFORE = /(?:^|[^A-Za-z’'-])(?:the|a|an|each|every|any|all|no|some|several|many|most|these|those|such|two|three|four|five|six|seven|eight|nine|ten|\d{1,4})[ ]+$/i;
const NAMING_AFTER =
  /^[ ]+(?!(?:of|in|on|at|to|for|from|by|with|and|or|but|nor|as|is|are|was|were|be|been|has|have|had|does|do|did|will|would|can|could|may|might|must|shall|should|which|that|who|where|when|while|whose|below|above|here|there|then|also|only|now|later|earlier|further|again|together|overall|above|this|these|those|the|a|an|table|figure|paragraph|para|appendix|annex|part|chapter|section|box|chart)\b)[a-z][a-z-]{2,}(?<![a-z]ly|[a-z]ed)\b(?![ ]+(?:of|in)[ ]+(?:this|these|our|the[ ]+(?:[a-z-]+[ ]+){0,2}(?:plan|report|document|paper|draft|review|strategy|update))\b)/;
/** What a quantity word need not come before: the Section 41 list, Section 17 support (not "Section 9 lists": a verb). */
const NAMED_AFTER_EXTRA = /^(?:\([0-9a-zA-Z]{1,4}\))*[ ]+(?:list|register|schedule|species|habitats?|support|aftercare|audit|trusts?|plans|vouchers?|housing|accounts?|organi[sz]ations?|entit(?:y|ies)|exemptions?|exempt|elections?|reliefs?|deductions?|credits?|bonds?|exchanges?|cafeteria|programs?|tenants?|status)\b(?![ ]+(?:of|in)[ ]+(?:this|these|our|the[ ]+(?:[a-z-]+[ ]+){0,2}(?:plan|report|document|paper|draft|review|strategy|update))\b)/;
/** IRS Section 115, IRC Section 125, HUD Section 8: an agency's or a code's acronym right before — its section. */
const AGENCY_BEFORE = /(?:^|[^A-Za-z.])(?!(?:SEE|IN|AT|PER|AND|OR|THE|OF)[ ])[A-Z]{2,5}[ ]+$/;
/**
 * Section 100(A) of …, section 38(6) of …: the subsections written after the number, before "of"; section 5.2 and 5.3
 * of …, paragraphs 6.2 to 6.4 of …: the other numbers of a list, the document named after the last.
 */
const SUBSECTIONS_OF = /^(?:\([0-9a-zA-Z]{1,4}\))*(?:(?:,|,?[ ]+(?:and|or|to)|[ ]*[–&-])[ ]*\d{1,3}(?:\.\d{1,3}){0,3}(?:\([0-9a-zA-Z]{1,4}\))*){0,4} of\b/;
/** … of this report: the draft itself. */
/** Section 3, 2 of which closed: after "of", what is counted, not a document. */
const COUNT_OF = /^[ ]+(?:which|whom|them|these|those|us|the[ ]+\d|\d)/;
const OF_THIS_DOCUMENT = /^ of (?:this|the present) (?:[A-Za-z-]+ )?(?:document|specification|memo|report|RFC|standard|paper|draft|plan|strategy|review|submission|statement|briefing)\b/i;
/**
 * pleaded guilty under section 47 · found guilty under section 12 · an offence contrary to section 14 · fined £6,000
 * under section 33 · the offences under section 47: what a court convicts of is an Act's section, never a part of a
 * report (not "the offences are listed under section 9": a clause that says where the draft puts them).
 */
const OFFENCE_BEFORE =
  /\b(?:offen[cs]es?|guilty|convicted|convictions?|charged|prosecuted|prosecutions?|fined|sentenced|cautioned|summonsed|indicted)\b(?![^.;:!?()]*\b(?:see|set[ ]out|given|described|listed|explained|reported|shown|detailed|summari[sz]ed|discussed|covered|presented|are|is|was|were|be|been)\b)[^.;:!?()]{0,60}?[ ]+(?:under|contrary[ ]+to)[ ]+$/i;
/**
 * under section 73, section 278 works, adoption under section 38, section 247 stopping up: the sections of the planning
 * Acts (Town and Country Planning Act 1990: 73, 73A, 106, 106A, 247, 257; Highways Act 1980: 38, 278) in a paragraph
 * about planning — statute, not a part of this draft.
 */
const PLANNING_SECTIONS = new Set(['73', '106', '247', '257', '278', '38']);
const PLANNING_WORDS = /\b(?:planning|highways?|permission|applicant|developer|development|adoption|adopted|stopping[ -]up|obligations?|conditions?|Act)\b/i;
/** The words that number with a letter as well as a figure (Appendix B, Annex 3, Attachment C). */
const LETTERED: Record<string, Kind> = { Appendix: 'appendix', Annex: 'annex', Attachment: 'en-attachment' };

/**
 * 以上问题在第五部分已作说明, 第六部分中作了具体说明, 第五部分所述, 第五部分对资金来源作了测算: what follows says the part
 * holds text of this draft (a reference with no word before it). Not after a title or a document named before it:
 * 《考核办法》在第五部分已作说明, 总体规划第五部分对用地需求作了测算 name another document's part.
 */
const STRUCTURE_TAIL = /^(?:中|里|裡)?(?:已经?|均已|都已|还|還|将|將)?(?:对[^，,。；;：:、]{1,20}?)?(?:作|做|进行|進行)?了?(?:具体|具體|详细|詳細|专门|專門|系统|系統|深入)?的?(?:说明|說明|阐述|闡述|介绍|介紹|分析|提及|提到|详述|詳述|列出|测算|測算|论述|論述|阐明|闡明|描述|讨论|討論|列示|汇总|匯總|归纳|歸納|梳理|总结|總結|展开|展開|呈现|呈現|交代|安排|部署)|^(?:中)?所(?:述|列)/;
/** 已在第五部分作了测算, 在第三章中分析: 在 before a part or chapter of the draft (not 节: 在第二节课). */
const IN_LEAD = /在$/;
const SENTENCE_TAIL = /^(?:中|里|裡)?(?:已|均已|都已|对|對|所)/;
const TITLE_CLOSE = /[》」』〉]/;
/** Words that make 第五部分 a reference to this draft (详见第五部分, 本报告第五部分). */
const LEAD = /(?:见|参阅|参看|参照|如|按|按照|依照|根据|对照|上文|下文|前文|后文|上述|前述|本(?:报告|方案|文|规划|计划|要点|要點|纲要|綱要|总结|總結|意见|办法|条例|规定|细则|通知|决定|章|法|实施细则|规则))$/;
/** 见表3, 如图2 — or 表3所示, 图2中. */
const CAPTION_LEAD = /(?:见|如|据|从|由|对照|比较|参照)$/;
const CAPTION_TAIL = /^(?:所示|所列|中|显示|可见|表明|列出|反映)/;
/**
 * 《…》第三条, 刑法第二十条, 文件第五条, 《通知》附件3: another document's part. 本条例第五条 is this one's. Not 做法, 方法, 执法
 * (法 ending a word that is no law: 具体做法在第五部分中作了汇总).
 */
const DOCUMENT_NOUN = /(?:实施细则|条例|办法|规定|细则|规则|决定|通知|意见|章程|公约|协定|解释|文件|方案|规划|纲要|报告|(?<![做方想看说說用手写寫算技疗療打书書执執依守违違普立合非司])法|函)$/;

function names(before: string): boolean {
  if (/[》」]$/.test(before)) return true;
  const noun = DOCUMENT_NOUN.exec(before);
  return noun !== null && before[noun.index - 1] !== '本';
}
/** Publications whose tables a draft cites: 统计年鉴表8, 公报表3. */
const OTHER_TABLES = /(?:年鉴|年鑑|公报|公報|手册|手冊|指南|标准|標準|白皮书|白皮書)$/;
/** 第十二条、第十三条: a list goes on with the document the first reference named. */
const LIST_JOIN = /^(?:、|和|及|与|或|或者|以及|至|到|，|,)$/;
/** 关于修改《…》的决定, 作如下修改: a decision that amends another document, read in its first lines. */
const AMENDING = /关于(?:修改|修正|废止和修改|廢止和修改)《|(?:作|做)如下(?:修改|修正)|修改决定|修改決定|修正案/;

function amendsAnother(lines: readonly Line[]): boolean {
  for (let l = 0, seen = 0; l < lines.length && seen < 8; l++) {
    const line = lines[l];
    if (line.kind !== 'text' || line.prose.trim() === '') continue;
    seen++;
    if (AMENDING.test(line.prose)) return true;
  }
  return false;
}

/** Fewer articles than this at line starts: not a regulation numbered by articles. */
const ARTICLES_MIN = 3;

/**
 * 本办法第五条 in a draft whose lines head only 第一条 and 第二条: a reference that names the draft itself (本办法, 本细则,
 * 本规定, 本章程) is to its own articles, however few; an unnamed 第五条 only in a regulation of three or more.
 */
const OWN_ARTICLES_MIN = 2;
const OWN_DOCUMENT = /本(?:办法|辦法|细则|細則|实施细则|實施細則|规定|規定|章程|条例|條例|制度|准则|準則|规则|規則|守则|守則|规程|規程)$/;

const rule: Rule<Reference[], { hasArticles: boolean; ownArticles: boolean }> = {
  meta: {
    id: 'cross-reference',
    name: { zh: '引用不存在', en: 'Broken cross-reference' },
    category: 'numbering',
    description: {
      zh: '引用了稿件中不存在的部分：“详见第五部分”“见附件4”“如表6所示”而文中没有',
      en: 'A reference to a part the draft does not have: 第五部分, 附件4, 表6, Section 8, Appendix D, Figure 3',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: { zh: '核对引用：文中没有“{ref}”，最后一个是“{last}”', en: 'Check the reference: this draft has no “{ref}”; the last one is “{last}”' },
      noAnnexTable: {
        zh: '核对引用：文中没有“{ref}”，所附{count}个附件都不是表格',
        en: 'Check the reference: this draft has no “{ref}”; none of its {count} attachments is a table',
      },
      noTables: { zh: '核对引用：文中没有“{ref}”，全文没有一张带表题的表', en: 'Check the reference: this draft has no “{ref}”; none of its tables is numbered' },
      untitledTables: {
        zh: '核对引用：文中没有“{ref}”，全文只有{count}张表，都没有表题',
        en: 'Check the reference: this draft has no “{ref}”; it has {count} table(s), none of them numbered',
      },
      missingCnTop: {
        zh: '核对引用：文中没有“{ref}”，本文各部分编为“一、”至“{last}”',
        en: 'Check the reference: this draft has no “{ref}”; its parts are numbered “一、” to “{last}”',
      },
      noneNumbered: {
        zh: '核对引用：文中没有“{ref}”，本文没有这样编号的章节',
        en: 'Check the reference: this draft has no “{ref}”; none of its parts is numbered so',
      },
      noSubsections: {
        zh: '核对引用：文中没有“{ref}”，第{parent}节下没有编号的小节',
        en: 'Check the reference: this draft has no “{ref}”; section {parent} has no numbered subsections',
      },
      wordField: {
        zh: '补上引用的对象：“{text}”是Word交叉引用失效时显示的文字',
        en: 'Restore what this refers to: “{text}” is what Word shows for a cross-reference whose target is gone',
      },
    },
  },

  scope: 'paragraph',

  // 第十二条 is a reference to this draft's own article only in a regulation numbered by articles.
  // A decision amending another regulation (关于修改《…》的决定, 作如下修改) names that regulation's articles (删去第十五条,
  // 将第七条修改为); the articles it quotes (第十条　…) are the new wording, not all of its own.
  prepare({ doc }) {
    const amends = amendsAnother(doc.lines);
    return { hasArticles: doc.targets.articles.length >= ARTICLES_MIN && !amends, ownArticles: doc.targets.articles.length >= OWN_ARTICLES_MIN && !amends };
  },

  contextKey(_paragraph, prepared) {
    return prepared.hasArticles ? 2 : prepared.ownArticles ? 1 : 0;
  },

  keyChanges(prepared, last) {
    return prepared.hasArticles === last.hasArticles && prepared.ownArticles === last.ownArticles ? [] : 'all';
  },

  checkParagraph(paragraph, context) {
    const refs = readReferences(paragraph, context.prepared.hasArticles, context.model.lines, context.prepared.ownArticles);
    return refs.length ? refs : undefined;
  },

  check(context) {
    const doc = context.doc;
    // The line model keeps the text of a Word field that lost its target out of the prose (no rule reads its !). Which
    // lines have one is kept per line by the model: a keystroke does not read every line's damage (ruby, mojibake).
    const fields = doc.lineFacts('field-damage', hasFieldDamage);
    for (let i = 0; i < fields.length; i++) {
      if (fields[i] === 0) continue;
      const line = doc.lines[i];
      for (const d of line.damage!) {
        if (d.kind === 'field') context.report({ message: 'wordField', data: { text: line.text.slice(d.start, d.end) }, range: lineRange(line.index, d.start, d.end) });
      }
    }
    // What the draft has is read only when it refers to something (most drafts, and every keystroke in them, do not).
    if (context.locals.length === 0) return;
    const have = new Targets(doc);
    // section 55 of the Road Traffic Regulation Act 1984 … the purposes set out in section 55: the parts of other
    // documents named so far; a bare reference to one of them later goes back to that document.
    // (b) financial penalties (section 38) under "Part 4 of the Property Agents Act 2022 gives the Authority five tools:":
    // the Act's (model/reference-owner.ts, which Go to Definition reads too).
    const owners = new ReferenceOwners(doc);
    for (const { unit, value } of context.locals) {
      for (const ref of value) {
        if (owners.elsewhere(ref, unit as Paragraph)) continue;
        // Section 2.4 where section 2 has 2.1 to 2.3: checked against its siblings.
        const siblings = ref.path && ref.path.length >= 2 ? have.lastChild(ref.path, ref.paragraph.part) : undefined;
        if (siblings) {
          if (ref.path![ref.path!.length - 1] > siblings[siblings.length - 1]) report(context, ref, siblings);
          continue;
        }
        if (ref.kind === 'annex-table' || ref.kind === 'annex-figure' || ref.kind === 'annex-appendix') {
          // 详见附表2 where the draft's own 附表 series stops at 附表1.
          const series = have.annexSeries(ref.kind);
          if (series > 0) {
            if (ref.number[0] > series) report(context, ref, [series]);
            continue;
          }
          if (ref.kind !== 'annex-table') continue;
          const count = have.attachmentsWithoutTables();
          if (count > 0) context.report({ message: 'noAnnexTable', data: { ref: shownText(ref), count: String(count) }, range: rangeIn(ref.paragraph, ref.start, ref.end) });
          continue;
        }
        const last = have.last(ref);
        if (last === undefined) {
          if (ref.kind === 'table' && !have.numbersTables()) reportWithoutTables(context, ref, have);
          // "A full list is given in Section 6 of this report." in a report that numbers no sections at all: a part said
          // to be this draft's own cannot be a document sent with it (a bare "see Appendix C" may be, and is left alone).
          else if (OWN_PART_KINDS.has(ref.kind) && !ref.path && namesThisDraft(ref)) {
            context.report({ message: 'noneNumbered', data: { ref: shownText(ref) }, range: rangeIn(ref.paragraph, ref.start, ref.end) });
          }
          // Annex 2, Appendix C, Attachment 3, 附件3, 附表5 in a draft that has none of them: papers travel with their
          // annexes as files of their own (board and committee papers, 通知 with their 附件), so it is left alone —
          // unless its prose declares them (attached as Appendix A and … as Appendix B): then Appendix C is past them.
          else if (ref.kind === 'appendix' || ref.kind === 'annex' || ref.kind === 'en-attachment') {
            const declared = have.declared(ref.kind === 'en-attachment' ? 'attachment' : ref.kind);
            if (declared > 0 && ref.number[0] > declared) report(context, ref, [declared]);
          }
          continue;
        }
        if (!beyond(ref.number, last)) {
          // See section 2.3 in a draft whose sections 1, 2, 3 have no numbered subsections at all: there is no 2.3.
          if (ref.kind === 'en-section' && ref.path?.length === 2 && ref.path[1] > 0 && !have.hasChildren(ref.paragraph.part) && have.isHeaded(ref.paragraph.part, ref.path[0])) {
            context.report({ message: 'noSubsections', data: { ref: shownText(ref), parent: String(ref.path[0]) }, range: rangeIn(ref.paragraph, ref.start, ref.end) });
          }
          continue;
        }
        // paragraph 5.1 when the draft ends at 3.2: the last one is named as deep as the reference (3.2, not 3).
        const deepest = ref.path && last.length === 1 ? have.lastChild([last[0], 0], ref.paragraph.part) : undefined;
        // 详见第七节 in a draft numbered 一、 to 五、: the last part is named as the draft numbers it (“五、”), not “第五节”.
        report(context, ref, deepest ?? last, !deepest && have.namedByCnTop(ref));
      }
    }
  },
};

export default rule;



/** 2. Use, 3. FINANCE AND RESOURCES: a numbered line that is a short title, no sentence. */
const HEADING_TITLE = /^\d{1,2}\.?[ \t]+[A-Z][^.;:,!?]{0,50}$/;

/**
 * Appendix A lists the trustees who served during the year. · 附件1列出了各学院的活动安排，…。: the label with a sentence
 * running on straight after it (a verb in lower case, or Han with no mark between, up to a full stop), not a title; a
 * gloss in brackets may come first (*Appendix A (high-risk localities) and Appendix B (…) are published separately.*).
 */
const SENTENCE_AFTER_LABEL = /^(?:(?:Appendix|APPENDIX|Annex|ANNEX|Attachment|ATTACHMENT)[ ]+(?:[A-Z]|\d{1,2})(?:[ ]+\([^()]{1,60}\))?[ ]+[a-z][a-z’'-]*[ ]+[^.!?]*[.!?;][*_]{0,2}(?:\s|$)|附[ 　]?件[ 　]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?![ 　:：.．、\d])\p{sc=Han}[^。；]*[，。；])/u;

/** Sections, chapters and parts: kinds a draft's own text is divided into, never sent apart. */
const OWN_PART_KINDS = new Set<Kind>(['en-section', 'en-chapter', 'en-part', 'chapter', 'part', 'section']);


/** 1 when the line model found a Word field that lost its target on the line, else 0. */
function hasFieldDamage(line: Line): number {
  return line.damage?.some((d) => d.kind === 'field') ? 1 : 0;
}

/** The number of a line that names a part (PART 1  INTRODUCTION), else -1: read once per line object (its text never changes). */
function partHeading(line: Line): number {
  let n = PART_HEADINGS.get(line);
  if (n === undefined) {
    n = -1;
    const t = line.kind === 'text' ? line.prose.trim() : '';
    const part = t.length > 80 || /[.!?]$/.test(t) ? null : PART_HEADING.exec(t);
    if (part) n = Number(part[1]);
    PART_HEADINGS.set(line, n);
  }
  return n;
}

const PART_HEADINGS = new WeakMap<Line, number>();

/** What this draft has, by kind: the highest number of each (per part for sections). */
class Targets {
  private readonly sections = new Map<string, number>();
  /** The last subsection under each dotted prefix, per part: `0|2` → 3 for 2.1…2.3. */
  private readonly children = new Map<string, number>();
  /** How many top-level sections are lettered (A. B. C.), per part: two or more make lettered references checkable. */
  private readonly lettered = new Map<number, number>();
  /** Top sections headed by a short title, per part: `0|2` for ## 2. Use. */
  private readonly headed = new Set<string>();
  /** Parts whose top-level sections are 一、二、… (with no 第X部分 heading). */
  private readonly cnTop = new Set<number>();
  private readonly hasArticles: boolean;
  private readonly articles: number;
  private readonly attachments: number;
  private readonly appendices = new Map<string, number>();
  private readonly captions: Caption[];
  private tableFacts?: { untitled: number; elsewhere: boolean };
  private tableCount?: number;
  private annexes?: Map<string, number>;
  private declaredSeries?: Map<AppendixWord, number>;

  constructor(private readonly doc: ReportDocument) {
    const bump = (key: string, n: number) => this.sections.set(key, Math.max(this.sections.get(key) ?? 0, n));
    // 第一部分 部门概况 … 第三部分 名词解释 with 一、 to 七、 under them: where the draft heads its parts 第X部分, 第四部分
    // is one of those, not its 四、 (the 一、 headings count only in a draft with no 第X部分 heading).
    const namedParts = new Map<number, number>();
    for (const s of doc.sections) if (s.marker.kind === 'part') namedParts.set(s.part, Math.max(namedParts.get(s.part) ?? 0, s.marker.value));
    for (const s of doc.sections) {
      const m = s.marker;
      if (m.kind === 'part' || (m.kind === 'cn' && !namedParts.has(s.part))) bump(`part@${s.part}`, m.value);
      if (m.kind === 'cn' && !namedParts.has(s.part) && (s.parent === undefined || s.parent.marker.kind === 'heading')) this.cnTop.add(s.part);
      if (m.kind === 'chapter') bump(`chapter@${s.part}`, m.value);
      if (m.kind === 'section') bump(`section@${s.part}`, m.value);
      if (m.kind === 'cn-paren') bump(`item@${s.part}`, m.value);
      if (m.kind === 'chapter') bump(`en-chapter@${s.part}`, m.value);
      if (m.kind === 'latin-upper' && !m.listItem && s.parent === undefined) {
        bump(`en-lettered-section@${s.part}`, m.value);
        this.lettered.set(s.part, (this.lettered.get(s.part) ?? 0) + 1);
      }
      if ((m.kind === 'arabic' || m.kind === 'dotted') && !m.listItem && (m.headingLevel !== undefined || s.parent === undefined)) {
        bump(`en-section@${s.part}`, m.path[0]);
        // ## 2. Use, 2. FINANCE: a section headed by a short title (not a numbered decision or paragraph of prose).
        if (m.kind === 'arabic' && (m.headingLevel !== undefined || HEADING_TITLE.test(doc.lines[m.line]?.prose.trim() ?? ''))) this.headed.add(`${s.part}|${m.path[0]}`);
      }
      if (m.kind === 'dotted' && !m.listItem) {
        const key = `${s.part}|${m.path.slice(0, -1).join('.')}`;
        this.children.set(key, Math.max(this.children.get(key) ?? 0, m.value));
      }
      const titled = /^(Section|Chapter)[ ]+(\d{1,3})\b/.exec(s.title.replace(/^#+\s*/, ''));
      if (titled) bump(`en-${titled[1].toLowerCase()}@${s.part}`, Number(titled[2]));
    }
    // PART 1  INTRODUCTION, ## Part 2: Priorities, a contents line "Part 3  Declaration": the parts the draft has.
    for (const line of doc.lines) {
      const part = partHeading(line);
      if (part >= 0) bump(`en-part@${doc.partOf(line.index)}`, part);
    }
    // 第十节 财务报告 ........ 55: the table of contents names the parts of the whole document, though an excerpt (the
    // first 45 pages of an annual report) stops before them.
    for (const line of doc.lines) {
      const toc = CONTENTS_LINE.exec(line.prose);
      if (!toc) continue;
      const n = /^\d/.test(toc[1]) ? Number(toc[1]) : parseChineseNumeral(toc[1]) ?? 0;
      if (n > 0) bump(`${toc[2] === '部分' ? 'part' : toc[2] === '章' ? 'chapter' : 'section'}@${doc.partOf(line.index)}`, n);
    }
    // Section 3 Finance, PART IV. FINANCE, CHAPTER 2: Methods on a line of their own.
    for (const h of doc.titledHeadings) {
      if (h.word === 'section' || h.word === 'part' || h.word === 'chapter') bump(`en-${h.word}@${doc.partOf(h.line)}`, h.value);
    }
    const targets = doc.targets;
    // Fewer articles are checked only for references that name the draft itself (referencesIn reads no others).
    this.hasArticles = targets.articles.length >= OWN_ARTICLES_MIN;
    const highest = (list: { number: number }[]) => list.reduce((max, t) => Math.max(max, t.number), 0);
    this.articles = highest(targets.articles);
    // Appendix A lists the trustees. Appendix B gives…: a sentence that opens with the label refers to the part, it
    // does not head it (附件1列出了…，附件2为…。 likewise).
    this.attachments = highest(targets.attachments.filter((a) => a.list !== undefined || !SENTENCE_AFTER_LABEL.test(doc.lines[a.line]?.prose.trim() ?? '')));
    for (const a of targets.appendices) {
      if (SENTENCE_AFTER_LABEL.test((doc.lines[a.line]?.prose.trim() ?? '').replace(/^(?:[-+*•][ \t]+|\*\*|[*_])/, ''))) continue;
      this.appendices.set(a.word, Math.max(this.appendices.get(a.word) ?? 0, a.number));
    }
    this.captions = targets.captions;
  }

  /** The last appendix (annex, attachment) the draft's prose declares, 0 when it declares fewer than two. */
  declared(word: AppendixWord): number {
    return (this.declaredSeries ??= declaredAppendices(this.doc)).get(word) ?? 0;
  }

  /** Whether any table of the draft has a numbered caption (表3, Table 2.1). */
  numbersTables(): boolean {
    return this.captions.some((c) => c.kind === 'table');
  }

  /**
   * For a draft with no numbered table: how many tables it has (a reference can only be to one of them), and whether it
   * names a part kept elsewhere (附件, 附表, an appendix…) or says it is an excerpt (its tables may be there). Read once,
   * and only when such a draft refers to a table.
   */
  tables(): { untitled: number; elsewhere: boolean } {
    const doc = this.doc;
    return (this.tableFacts ??= {
      untitled: countTables(doc),
      elsewhere: doc.lines.some((line, i) => ELSEWHERE.test(line.prose) || (i < EXCERPT_LINES && EXCERPT.test(line.prose))),
    });
  }

  /**
   * How many attachments the draft lists (附件：1.… 2.…) when none of them is a table and the draft has no table of its
   * own (no caption, no line opening with 附表 or ending in 表): a 附表 it refers to is then not there. 0 when that cannot
   * be said — no attachment list (the 附表 may be sent apart), or a table anywhere.
   */
  attachmentsWithoutTables(): number {
    if (this.tableCount === undefined) {
      const listed = this.doc.targets.attachments.filter((a) => a.list !== undefined).map((a) => a.line);
      if (listed.length === 0) listed.push(...attachmentSection(this.doc.lines));
      const lines = new Set(listed);
      // A table captioned 表1 in the body, above the attachment list, is of the 表 series, not a 附表: only tables from the
      // list on (the attachments pasted after it) or a line opening with 附表 may be the one referred to.
      const from = Math.min(...listed);
      const hasTable =
        this.captions.some((c) => c.kind === 'table' && c.line >= from) ||
        this.doc.paragraphs.some((p) => p.tableHeader !== undefined && (p.firstLine >= from || !this.captions.some((c) => c.kind === 'table' && c.line < p.firstLine && p.firstLine - c.line <= 2))) ||
        this.doc.lines.some((l) => l.kind === 'text' && (lines.has(l.index) ? /表/.test(l.prose) : l.index >= from ? TABLE_TITLE.test(l.prose.trim()) : /^附表[ ]?\d/.test(l.prose.trim())));
      this.tableCount = listed.length === 0 || hasTable ? 0 : listed.length;
    }
    return this.tableCount;
  }

  /**
   * The last number of the draft's own 附表, 附图 or 附录 series (lines that head one: 附表1 项目明细表), 0 when it has none
   * (the ones referred to may be sent apart). Read once, only when the draft refers to one.
   */
  annexSeries(kind: 'annex-table' | 'annex-figure' | 'annex-appendix'): number {
    if (!this.annexes) {
      const last = new Map<string, number>();
      // 附表：1.2026年度…目标表 ⏎ 　　　2.…自评表: a list of the series, its entries numbered from 1.
      let listed: string | undefined;
      for (const line of this.doc.lines) {
        if (listed) {
          const entry = line.kind === 'text' ? /^[ \t\u3000]*(\d{1,2})[.．、](?!\d{1,3}(?!\d))/.exec(line.prose) : null;
          if (entry) {
            last.set(listed, Math.max(last.get(listed) ?? 0, Number(entry[1])));
            continue;
          }
          listed = undefined;
        }
        if (line.kind !== 'text' || !line.prose.includes('附')) continue;
        const list = ANNEX_LIST.exec(line.prose.trim());
        if (list) {
          listed = list[1] === '表' ? 'annex-table' : list[1] === '图' || list[1] === '圖' ? 'annex-figure' : 'annex-appendix';
          last.set(listed, Math.max(last.get(listed) ?? 0, 1));
          continue;
        }
        const m = ANNEX_HEADING.exec(line.prose.trim());
        if (!m) continue;
        const key = m[1] === '表' ? 'annex-table' : m[1] === '图' || m[1] === '圖' ? 'annex-figure' : 'annex-appendix';
        last.set(key, Math.max(last.get(key) ?? 0, numberOf(m[2])));
      }
      this.annexes = last;
    }
    return this.annexes.get(kind) ?? 0;
  }

  /** The last number of the reference's kind, or undefined when the draft has none of that kind. */
  last(ref: Reference): number[] | undefined {
    const some = (n: number) => (n > 0 ? [n] : undefined);
    switch (ref.kind) {
      case 'article':
        return this.hasArticles ? some(this.articles) : undefined;
      case 'attachment':
        return some(this.attachments);
      case 'appendix':
      case 'annex':
        return some(this.appendices.get(ref.kind) ?? 0);
      case 'en-attachment':
        return some(this.appendices.get('attachment') ?? 0);
      case 'table':
      case 'figure':
      case 'exhibit':
      case 'chart':
      case 'box':
        return this.lastCaption(ref);
      case 'en-lettered-section':
        return (this.lettered.get(ref.paragraph.part) ?? 0) >= 2 ? some(this.sections.get(`${ref.kind}@${ref.paragraph.part}`) ?? 0) : undefined;
      case 'section':
      case 'chapter': {
        const part = ref.paragraph.part;
        const own = this.sections.get(`${ref.kind}@${part}`) ?? 0;
        // 一、…五、 and 详见第七节, 本报告第6章: a draft that heads no 第X节 or 第X章 (nor 第X部分) numbers its own
        // top-level sections 一、 to 五、, which its 第X节 or 第X章 names.
        if (own > 0 || this.sections.has(`chapter@${part}`) || this.sections.has(`section@${part}`) || !this.cnTop.has(part)) return some(own);
        return some(this.sections.get(`part@${part}`) ?? 0);
      }
      default:
        return some(this.sections.get(`${ref.kind}@${ref.paragraph.part}`) ?? 0);
    }
  }

  /** 第七节, 第6章 read against the draft's top-level 一、…五、 (it heads no 第X节, 第X章 or 第X部分 of its own). */
  namedByCnTop(ref: Reference): boolean {
    if (ref.kind !== 'section' && ref.kind !== 'chapter') return false;
    const part = ref.paragraph.part;
    return this.cnTop.has(part) && !this.sections.has(`${ref.kind}@${part}`) && !this.sections.has(`chapter@${part}`) && !this.sections.has(`section@${part}`);
  }

  /** Section 2.4: the last of 2.1, 2.2… in the same part, when the draft numbers section 2's subsections. */
  /** Whether any section of the part has numbered subsections (2.1, 3.1.2). */
  isHeaded(part: number, n: number): boolean {
    return this.headed.has(`${part}|${n}`);
  }

  hasChildren(part: number): boolean {
    for (const key of this.children.keys()) if (key.startsWith(`${part}|`)) return true;
    return false;
  }

  lastChild(path: number[], part: number): number[] | undefined {
    const prefix = path.slice(0, -1);
    const last = this.children.get(`${part}|${prefix.join('.')}`);
    return last === undefined ? undefined : [...prefix, last];
  }

  /** 表6 against 表1…表5; 图4.9 against 图4.1…图4.2 (the same chapter's figures). */
  private lastCaption(ref: Reference): number[] | undefined {
    const prefix = ref.number.slice(0, -1).join('.');
    let last: number[] | undefined;
    for (const c of this.captions) {
      if (c.kind !== ref.kind || c.number.length !== ref.number.length || c.number.slice(0, -1).join('.') !== prefix) continue;
      if (!last || c.number[c.number.length - 1] > last[last.length - 1]) last = c.number;
    }
    return last;
  }
}

/** Parts a draft keeps apart from its text, where the tables it refers to may be. */
const ELSEWHERE = /附件|附表|附录|附錄|\b(?:appendix|appendices|annex(?:es)?|attachments?|enclosures?|exhibits?)\b/i;
/** A title that says the text is a part of a longer one; read in the first lines. */
const EXCERPT = /节选|節選|摘录|摘錄|摘编|摘編|摘抄|\b(?:excerpts?|extracts?)\b/i;
const EXCERPT_LINES = 5;

/** The tables of a draft: runs of table rows (pipe or tab rows), each a table. */
function countTables(doc: ReportDocument): number {
  let n = 0;
  let header: string[] | undefined;
  for (const p of doc.paragraphs) {
    if (p.tableHeader && p.tableHeader !== header) n++;
    header = p.tableHeader;
  }
  return n;
}

/**
 * 见表4, See Table 4 in a complete draft that has no numbered table at all: the reference points nowhere — unless the
 * draft has as many untitled tables (See Table 1 above its one table), or keeps parts elsewhere (附件, 附表, an
 * appendix: its tables may be there), or says it is an excerpt. Figures are left alone: a conversion to text drops an
 * image and its caption with it.
 */
function reportWithoutTables(context: RuleContext, ref: Reference, have: Targets): void {
  const tables = have.tables();
  if (tables.elsewhere || ref.number[ref.number.length - 1] <= tables.untitled) return;
  const refText = shownText(ref);
  context.report({
    message: tables.untitled > 0 ? 'untitledTables' : 'noTables',
    data: { ref: refText, count: tables.untitled },
    range: rangeIn(ref.paragraph, ref.start, ref.end),
  });
}

/** 八、附件 on a line of its own, then 1.… 2.…: the lines of the attachments a section lists. */
function attachmentSection(lines: readonly Line[]): number[] {
  const at = lines.findIndex((l) => l.kind === 'text' && ATTACHMENT_SECTION.test(l.prose.trim()));
  const out: number[] = [];
  if (at < 0) return out;
  for (let l = at + 1; l < lines.length && l <= at + 20; l++) {
    const text = lines[l].prose.trim();
    if (text === '') continue;
    if (!/^\d{1,2}[.．、]/.test(text)) break;
    out.push(l);
  }
  return out;
}

const ATTACHMENT_SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*附件(?:清单|目录|目錄)?[:：]?$/;

/** A line that is a table's own title: 附表2 …, or a short line ending in 表 (…情况统计表). */
const TABLE_TITLE = /^附表[ ]?\d|^.{0,40}表[）)]?$/;

function beyond(number: number[], last: number[]): boolean {
  return number[number.length - 1] > last[last.length - 1];
}

/**
 * A reference of `paragraph` matched by `m` (a module function, not a closure made for every paragraph). `skip`:
 * leading characters of the match that are not part of the reference (the 见 of 见（六）).
 */
function pushReference(refs: Reference[], paragraph: Paragraph, kind: Kind, m: RegExpExecArray, numberText: string, number: number[], skip = 0, path?: number[]): void {
  const numberStart = m.index + Math.max(skip, m[0].lastIndexOf(numberText));
  refs.push({ kind, number, path, paragraph, start: m.index + skip, end: m.index + m[0].length, numberStart, numberEnd: numberStart + numberText.length });
}

const TABLE_OR_FIGURE_WORD = /[表图圖]/;
const ENGLISH_REFERENCE_LETTER = /[SCAFTEsat]/;
/** The references of one paragraph (also read by renumbering, to name the ones whose section it renumbers). */
export function referencesIn(paragraph: Paragraph, hasArticles: boolean, lines?: readonly Line[], ownArticles = hasArticles): Reference[] {
  return readReferences(paragraph, hasArticles, lines, ownArticles).filter((r) => !r.outside);
}

/** The references of one paragraph, and the parts of other documents it names (outside). */
function readReferences(paragraph: Paragraph, hasArticles: boolean, lines?: readonly Line[], ownArticles = hasArticles): Reference[] {
  return readLists(paragraph, hasArticles, lines, ownArticles, false).references;
}

/**
 * The references of one paragraph to this draft, every member of their lists included, and the markers it quotes after
 * a reference word (详见“3.”): what Go to Definition, Find All References and renumbering follow.
 */
export function referencesAndQuoted(paragraph: Paragraph, hasArticles: boolean, lines?: readonly Line[]): ParagraphReferences {
  const read = readLists(paragraph, hasArticles, lines, hasArticles, true);
  return { references: read.references.filter((r) => !r.outside), quoted: read.quoted };
}

/**
 * The same with the parts of other documents it names (`outside`), which model/reference-owner.ts reads in the draft's
 * order to know whose a later bare reference is.
 */
export function referencesAndOthers(paragraph: Paragraph, hasArticles: boolean, lines?: readonly Line[]): ParagraphReferences {
  return readLists(paragraph, hasArticles, lines, hasArticles, true);
}

function readLists(paragraph: Paragraph, hasArticles: boolean, lines: readonly Line[] | undefined, ownArticles: boolean, quoted: boolean): ParagraphReferences {
  const text = paragraph.text;
  const refs: Reference[] = [];
  if (text.includes('第')) readStructure(text, hasArticles, (kind, m) => pushReference(refs, paragraph, kind, m, m[1], [numberOf(m[1])]), ownArticles);
  if (text.includes('见') || text.includes('如')) eachMatch(ITEM, text, (m) => pushReference(refs, paragraph, 'item', m, m[1], [numberOf(m[1])], 1));
  if (text.includes('附')) {
    eachMatch(ATTACHMENT, text, (m) => {
      // The heading 附件3 itself, and 《通知》附件3, are not references to this draft's attachments.
      if (m.index === 0 || names(text.slice(Math.max(0, m.index - 12), m.index))) return;
      pushReference(refs, paragraph, 'attachment', m, m[1], [numberOf(m[1])]);
    });
  }
  if (text.includes('附')) {
    eachMatch(ANNEX_OTHER, text, (m) => {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      if (!CAPTION_LEAD.test(before) && !CAPTION_TAIL.test(text.slice(m.index + m[0].length))) return;
      if (names(text.slice(Math.max(0, m.index - 12), m.index))) return;
      pushReference(refs, paragraph, m[1] === '图' || m[1] === '圖' ? 'annex-figure' : 'annex-appendix', m, m[2], [numberOf(m[2])]);
    });
  }
  if (text.includes('附表')) {
    eachMatch(ANNEX_TABLE, text, (m) => {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      if (!CAPTION_LEAD.test(before) && !CAPTION_TAIL.test(text.slice(m.index + m[0].length))) return;
      if (names(text.slice(Math.max(0, m.index - 12), m.index))) return;
      pushReference(refs, paragraph, 'annex-table', m, m[1], [Number(m[1])]);
    });
  }
  if (TABLE_OR_FIGURE_WORD.test(text)) {
    eachMatch(CAPTION, text, (m) => {
      // 附表3, 续表3: a series of its own, a table's second page.
      if (m.index > 0 && /[附续續]/.test(text[m.index - 1])) return;
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      // 附表2 is read above, as an attachment.
      if (text[m.index - 1] === '附') return;
      if (!CAPTION_LEAD.test(before) && !CAPTION_TAIL.test(text.slice(m.index + m[0].length))) return;
      // 如《统计公报》表12所示, 统计年鉴表8所列: another document's table.
      const lead = text.slice(Math.max(0, m.index - 12), m.index);
      if (names(lead) || OTHER_TABLES.test(lead)) return;
      pushReference(refs, paragraph, m[1] === '表' ? 'table' : 'figure', m, m[2], m[2].split(/[.．\-－]/).map(Number));
    });
  }
  // The Framework says "…affect its communities" (paragraph 2.8): a reference in brackets straight after a quotation
  // cites the quoted document, not this draft.
  if (ENGLISH_REFERENCE_LETTER.test(text)) readEnglish(text, paragraph, lines, (kind, m, numberText, number, skip, path) => { if (!citesQuotation(text, m.index)) pushReference(refs, paragraph, kind, m, numberText, number, skip, path); }, (m) => refs.push({ kind: 'en-section', number: /^\d/.test(m[2]) ? m[2].split('.').map(Number) : [], paragraph, start: m.index, end: m.index + m[0].length, numberStart: m.index, numberEnd: m.index, outside: true }));
  const read = refs.length > 1 && refs.some((r) => r.outside) ? refs.filter((r) => r.outside || !scopedByOutside(refs, r)) : refs;
  // 见（四）和第6部分, 第三、四部分, see Sections 2 and 7: every member of a list of references is one too.
  if (read.length === 0 && !text.includes('第') && !quoted) return { references: read, quoted: [] };
  return withListMembers(paragraph, read, { quoted, ownLead: (before) => !names(before), otherAfter: listOfOtherDocument });
}

/** A reference at `at` in brackets right after a closing quotation mark: "…its communities" (paragraph 2.8). */
function citesQuotation(text: string, at: number): boolean {
  return /["”’]\s?\(\s?(?:see\s+)?$/i.test(text.slice(Math.max(0, at - 8), at));
}

/** sections 149 and 150, Equality Act 2010 · Sections 5 and 6 agreements: what follows a list says whose it is. */
function listOfOtherDocument(after: string): boolean {
  return ACT_AFTER.test(after) || STATUTORY_AFTER.test(after.slice(0, 60)) || NAMED_AFTER_EXTRA.test(after.slice(0, 60)) || BANKRUPTCY_AFTER.test(after.slice(0, 24));
}

/**
 * Chapter 14 of that guidance deals with licensing policies, and paragraph 14.19 onwards with cumulative impact · Part 3
 * of the Code sets the duty, and paragraph 3.7 the exceptions: a later reference in the same sentence numbered within
 * the outside document's part named before it is of that document too.
 */
function scopedByOutside(refs: readonly Reference[], ref: Reference): boolean {
  const text = ref.paragraph.text;
  return refs.some(
    (o) =>
      o.outside &&
      o.end <= ref.start &&
      o.number.length > 0 &&
      ((!/[.;!?。；]/.test(text.slice(o.end, ref.start).replace(/\d\.\d/g, '')) && ((o.number[0] === ref.number[0] && (ref.path !== undefined || o.number.length < 2)) || gappedAfter(text, o, ref))) || nextOfTheSame(text, o, ref)),
  );
}

/**
 * Section 153 of the Act places two duties on the Authority. … Section 154 adds a third: a section numbered just after
 * another document's (10 or more) in the same paragraph, not named as this draft's, is of that document too; so is the
 * same section named again (under section 9 of the … Act 2010. Section 9(3) requires …).
 */
function nextOfTheSame(text: string, o: Reference, ref: Reference): boolean {
  if (o.number.length !== 1 || ref.number.length !== 1 || ref.path !== undefined) return false;
  const step = ref.number[0] - o.number[0];
  // … under section 9 of the Flood and Water Management Act 2010. Section 9(3) requires …: the same section again.
  if (step !== 0 && (o.number[0] < 10 || step < 1 || step > 3)) return false;
  if (word(text, o.start) !== word(text, ref.start)) return false;
  return !/^(?:[ ]+(?:of|in)[ ]+(?:this|the[ ]+present)\b|[ ]+(?:below|above)\b)/i.test(text.slice(ref.end, ref.end + 30));
}

const word = (text: string, at: number) => /^[A-Za-z]+/.exec(text.slice(at, at + 12))?.[0].toLowerCase();

/**
 * Paragraph 5.1 of the Code requires …, and paragraph 6.13 that …: the same word again after "and", its verb left out
 * (what follows the number is no verb: that, the, to…) — the same document's part.
 */
function gappedAfter(text: string, o: Reference, ref: Reference): boolean {
  if (word(text, o.start) !== word(text, ref.start)) return false;
  const between = text.slice(o.end, ref.start);
  // the PNA, in particular section 6 ("Current provision") and section 8 ("Conclusions"): a pair of the same word.
  if (/^[ ]*\([^()]{1,80}\)[ ]*,?[ ]*(?:and|or)[ ]+$/.test(between)) return true;
  if (!/,?[ ]+and[ ]+$/.test(between)) return false;
  return /^[ ]+(?:that|the|a|an|to|for|how|what|which|whether)\b/.test(text.slice(ref.end, ref.end + 12));
}

/** 第五部分 / 第三章 / 第二节 after a reference word; 第十二条 in a regulation, unless it names another document. */
function readStructure(text: string, hasArticles: boolean, push: (kind: Kind, m: RegExpExecArray) => void, ownArticles = hasArticles): void {
  let lastArticle: { end: number; external: boolean; own: boolean } | undefined;
  eachMatch(STRUCTURE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const unit = m[2];
    if (unit === '条' || unit === '條') {
      if (!(hasArticles || ownArticles) || m.index === 0) return;
      const joined = lastArticle !== undefined && LIST_JOIN.test(text.slice(lastArticle.end, m.index));
      // 本办法第五条、第六条: the list goes on naming the draft itself.
      const own = joined ? lastArticle!.own : OWN_DOCUMENT.test(before);
      // 依照《安全生产法》第五条处理；依照第五条的规定…: an unnamed article in the sentence after another document's is
      // that document's.
      const external = joined ? lastArticle!.external : names(before) || (!own && lastArticle !== undefined && lastArticle.external && !/[。！？!?]/.test(text.slice(lastArticle.end, m.index)));
      lastArticle = { end: m.index + m[0].length, external, own };
      if (!external && (hasArticles || own)) push('article', m);
      return;
    }
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // A paragraph opening with 第五部分 is its heading, unless a sentence goes on (第五部分对资金来源作了测算, 第五部分已作说明).
    if (m.index === 0 && !(SENTENCE_TAIL.test(tail) && STRUCTURE_TAIL.test(tail))) return;
    // 《考核办法》在第五部分, 总体规划在第五部分: the document named before 在 is the one whose part it is.
    const inNamed = IN_LEAD.test(before) && names(before.slice(0, -1));
    const led = m.index > 0 && (LEAD.test(before) || (IN_LEAD.test(before) && unit !== '节' && !inNamed));
    if (!led && !(STRUCTURE_TAIL.test(tail) && !TITLE_CLOSE.test(before) && !names(before) && !inNamed)) return;
    // 第七节课: a lesson, not a section.
    if (unit === '节' && /^[课課]/.test(tail)) return;
    push(unit === '部分' ? 'part' : unit === '章' ? 'chapter' : 'section', m);
  });
}

/**
 * [HTTP], Section 3 — or, in Markdown, the same citation as a reference link, whose brackets the model blanks out
 * (` RFC9110 , Section 10.2.3`): a space before the comma, or two spaces, is where the bracket was.
 */
const CITATION_BEFORE = /(?:\[[A-Za-z0-9][\w.\-]{0,30}\],?|(?:^|[ ])[A-Za-z0-9][\w.\-]{0,30}[ ](?:,|[ ]))[ ]*$/;

/**
 * (see table 4 – [Age at marriage… (486 Kb Excel sheet)](…xls)), see table 2 in birth statistics package
 * [Characteristics of Mother 1](…): the table of a linked document, named right before its link — read in the line as
 * written, where the link's markup still is.
 */
const LINKED_AFTER = /^[ ]*(?:[–—-]|,|:)?[ ]*(?:(?:in|of|from)[ ]+(?:[^\s[\].;()]+[ ]+){0,6})?\[[^\]]+\]\(|^[^().;[\]]{0,80}?[ ][–—][ ]*\[[^\]]+\]\(/;

/** The rest of a contents entry after its number: a short title, a run of leaders, the page. */
const CONTENTS_ENTRY_AFTER = /^[^…]{0,80}?(?:…+|[.．·]{4,})[.．…·]*[ \t]*\d{1,4}(?![\d.．])/;

/** Inside a link's text: ([see Table 1 (286.5 Kb Excel sheet)](…xls)) — the link names the table of its document. */
const IN_LINK_TEXT_AFTER = /^[^[\]\n]{0,120}\]\(/;
const IN_LINK_TEXT_BEFORE = /\[[^[\]\n]{0,80}$/;

function inLinkedDocument(paragraph: Paragraph, start: number, end: number, lines: readonly Line[] | undefined): boolean {
  if (!lines) return false;
  const at = positionIn(paragraph, end);
  const line = lines[at.line];
  if (line === undefined) return false;
  const after = line.text.slice(at.character, at.character + 160);
  if (LINKED_AFTER.test(after)) return true;
  const from = positionIn(paragraph, start);
  return from.line === at.line && IN_LINK_TEXT_AFTER.test(after) && IN_LINK_TEXT_BEFORE.test(line.text.slice(Math.max(0, from.character - 80), from.character));
}




function readEnglish(text: string, paragraph: Paragraph, lines: readonly Line[] | undefined, push: (kind: Kind, m: RegExpExecArray, numberText: string, number: number[], skip?: number, path?: number[]) => void, outside?: (m: RegExpExecArray) => void): void {
  eachMatch(ENGLISH, text, (m) => {
    const w = SINGULAR[m[1]] ?? m[1];
    // Sections 38 and 278 of the Highways Act: not kept as the Act's (a later bare "section 2" is read as before).
    const other = w === m[1] ? outside : undefined;
    const paragraphWord = /^para/i.test(w);
    const word = paragraphWord ? 'Section' : w[0].toUpperCase() + w.slice(1);
    const label = m[2];
    const letter = /^[A-Z]$/.test(label);
    if (paragraphWord && !/^\d{1,3}\.\d{1,3}$/.test(label)) return;
    if (letter && !LETTERED[word] && word !== 'Section') return; // Table A, Figure B: not numbered that way here
    // A heading or caption names itself (## Appendix B, Figure 3: …); Section 230 of the Act is another document.
    // **Section 60** – a power to search …: a glossary's term in bold, with its definition after a dash, names itself too.
    // The glossary's lines are joined into one paragraph: a term in bold with its definition after a dash
    // (**Section 60** – a power to …), or one opening a sentence so (… was found. Section 44 – a power …), names itself.
    const lead = text.slice(Math.max(0, m.index - 4), m.index);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const opening =
      m.index === 0 ||
      (m.index === 2 && /^(?:\*\*|__)$/.test(lead)) ||
      (/(?:\*\*|__)$/.test(lead) && /^(?:\*\*|__)[ ]*[:–—]/.test(rest)) ||
      (/[.;!?][ ]+$/.test(lead) && /^[ ]+[–—][ ]/.test(rest));
    if (opening && ((m.index <= 2 && paragraph.atHeading) || /^(?:\*\*|__)?[ ]*[:.\-—–]/.test(rest) || (m.index === 0 && readTitled(text.split('\n')[0])))) {
      // Part 3 of the Code sets the duty, and paragraph 3.7 the exceptions: another document's part opening a sentence.
      if (/^ of the [A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) other?.(m);
      return;
    }
    // Section 8 of this paper, as paragraph 5.4 of this report explains: named as this draft's own, checked as one
    // whatever stands around it (no lead word, a statute's number, a document named before).
    const self = OF_THIS_DRAFT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!self) {
      // ([HTTP], Section 10.2.3) and Section 3.2 of [STRUCTURED-FIELDS]: a section of a cited document. "of this
      // document" is this one's.
      // In lower case only after a word that leads a reference (in section 2.4, see appendix B): each section 3 pages long.
      // (paragraph 4.2 refers), (section 3.1): in brackets of its own, a reference too.
      // "required by section 55 of the Road Traffic Regulation Act 1984": not read as a reference, but kept as the Act's.
      if (w !== word && !LOWER_CASE_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index)) && !(text[m.index - 1] === '(' && BRACKETED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) {
        if (word === 'Section' && other && ACT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) other(m);
        // Paragraph 5.1 of the Code requires …: not read (no lead word), but kept as the Code's for what follows it.
        else if (other && (/^ of the [A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) || ACRONYM_PARTICULAR_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))) other(m);
        return;
      }
      // A part of the document named just before it (the Code of Conduct, Section 5; the EIA Report (2019), Table 9.14,;
      // the Travel Plan's requirement (section 6.2)): that document's, kept as such, or a publication's, read no further.
      const owner = documentBefore(text, m.index, m.index + m[0].length, w, lines);
      if (owner === 'cited') return;
      if (owner === 'other') return other?.(m);
      if (word === 'Section' && STATUTORY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return;
      if (word === 'Section' && STATUTORY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
      if (word === 'Section' && w === word && /^\d{1,3}$/.test(label) && isNamingSection(text, m)) return;
      // an IRS Section 115 trust, HUD Section 8: a section of the code an agency's acronym names.
      if (word === 'Section' && w === word && AGENCY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
      if (word === 'Section' && ACT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) return other?.(m);
      if (word === 'Section' && /^\d{1,3}$/.test(label) && OFFENCE_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))) return other?.(m);
      if (word === 'Section' && PLANNING_SECTIONS.has(label) && PLANNING_WORDS.test(text)) return;
      // Chapter 11 protection, a Chapter 7 filing: the chapter of a bankruptcy code, not of this draft.
      if (word === 'Chapter' && BANKRUPTCY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return;
      const of = SUBSECTIONS_OF.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      // Section 3, 2 of which closed · Section 3, 2 of the 5 sites: a count of what the section holds, not a subsection.
      if (of && !OF_THIS_DOCUMENT.test(text.slice(m.index + m[0].length + of[0].length - 3, m.index + m[0].length + of[0].length + 30)) && !(/^,/.test(of[0]) && COUNT_OF.test(text.slice(m.index + m[0].length + of[0].length, m.index + m[0].length + of[0].length + 16)))) return other?.(m);
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (/(?:RFC|ISO|IEC)[ ]?\d+[,:]?[ ]*$/.test(before.slice(-14)) || CITATION_BEFORE.test(before)) return;
      if ((word === 'Table' || word === 'Figure') && inLinkedDocument(paragraph, m.index, m.index + m[0].length, lines)) return;
      // PO Box 3, tick box 2: an address or a form's field, not a box of this draft.
      if (word === 'Box' && /(?:\bP\.?\s?O\.?|\bPost\s+Office|\btick|\bcheck)\s*$/i.test(before)) return;
      // 1.縣境界 ……1 Table 1.Boundary of County……1: an entry of a (bilingual) list of tables names a table of the whole
      // document — with its page after the leaders, on this line or the one a wrap carried it to.
      if (CONTENTS_ENTRY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) return;
    }
    // (please see table 2 in section 3): a table numbered within the part named after it — one reference, which the
    // part's own reference checks.
    if ((word === 'Table' || word === 'Figure') && /^[ ]+(?:in|of)[ ]+(?:the[ ]+)?(?:section|appendix|annex|chapter|part)[ ]+[\dA-Z]/i.test(after)) return;
    const kind: Kind =
      word === 'Section' ? (letter ? 'en-lettered-section' : 'en-section') : word === 'Chapter' ? 'en-chapter' : word === 'Part' ? 'en-part' : LETTERED[word] ?? (word === 'Table' ? 'table' : word === 'Exhibit' ? 'exhibit' : word === 'Chart' ? 'chart' : word === 'Box' ? 'box' : 'figure');
    const number = letter ? [label.charCodeAt(0) - 64] : label.split('.').map(Number);
    push(kind, m, label, kind === 'en-section' || kind === 'en-chapter' || kind === 'en-part' ? [number[0]] : number, 0, kind === 'en-section' && number.length > 1 ? number : undefined);
  });
  readBareNumbers(text, (m, number) => push('en-section', m, m[1], [number[0]], 0, number));
}


/** the Section 41 list, Section 17 support: an Act's section naming a thing (NAMING_BEFORE, NAMING_AFTER). */
function isNamingSection(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  if (NAMED_AFTER_EXTRA.test(after)) return true;
  // A 3sg verb after it (Section 5 sets out) reads as this draft's; a plural noun is in STATUTORY_AFTER or the list above.
  const next = /^[ ]+([a-z-]+)/.exec(after);
  if (!next || /[^s]s$/.test(next[1])) return false;
  return NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && NAMING_AFTER.test(after);
}

/**
 * see 4.3 below, at 2.2 above: a paragraph of this draft by its dotted number alone, checked like Section 4.3 (not
 * "see 4.3 of the Code": the word after it says it is here).
 */
function readBareNumbers(text: string, push: (m: RegExpExecArray, number: number[]) => void): void {
  if (!/\b(?:below|above)\b/.test(text)) return;
  eachMatch(BARE_NUMBER, text, (m) => push(m, m[1].split('.').map(Number)));
}

function numberOf(text: string): number {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text) ?? 0;
}


function report(context: RuleContext, ref: Reference, last: number[], cnTop = false): void {
  const text = ref.paragraph.text;
  const written = text.slice(ref.numberStart, ref.numberEnd);
  const lastNumber = last[last.length - 1];
  const shown = /^\d/.test(written) ? last.join(written.includes('-') ? '-' : '.') : /^[A-Z]$/.test(written) ? String.fromCharCode(64 + lastNumber) : toChineseNumeral(lastNumber);
  // 第三、四部分, 表1和3, Sections 2 and 7: a member written as its number alone is named with the word left out.
  const [before, after] = ref.unit ?? ['', ''];
  const refText = before + text.slice(ref.start, ref.end) + after;
  const lastText = before + text.slice(ref.start, ref.numberStart) + shown + text.slice(ref.numberEnd, ref.end) + after;
  // 详见第七节 in a draft numbered 一、 to 五、: the last part is named as the draft numbers it (“五、”), not “第五节”.
  if (cnTop) context.report({ message: 'missingCnTop', data: { ref: refText, last: `${toChineseNumeral(lastNumber)}、` }, range: rangeIn(ref.paragraph, ref.start, ref.end) });
  else context.report({ message: 'missing', data: { ref: refText, last: lastText }, range: rangeIn(ref.paragraph, ref.start, ref.end) });
}
