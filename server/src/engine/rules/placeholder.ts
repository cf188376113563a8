/**
 * placeholder — 未替换的占位符 / Placeholders left in the text
 *
 * What: template stand-ins that were never filled in. The parts of one field (a telephone XXXX-XXXXXXX, a date
 * XX/XX/20XX or ____年__月__日, a range 202X-202X) are one finding. `reportLint.placeholders.extra` adds patterns;
 * `reportLint.placeholders.allow` exempts texts.
 * - Letters and signs for what is to be written: xx/XX/××/ＸＸ (xx市), 20xx/202X, a year with some digits masked before
 *   年 (xxxx3年, xx22年, 20x3年, 2O2X年), X月X日, X before a unit (X千万元, X人次, 每月第X周), ○○/□□, ____, and in plain
 *   text ** or a single * standing for a figure (**县, 资金*.*亿元, 新建楼房*幢).
 * - Named fields: [NAME]/[LINK]/[SUB-COUNTY]/[Officer name]/[Organisation Name]/[Chair's name]/[insert …]/[pending]/[to be
 *   confirmed]/<your name>/<foundation-email>/<公司名称>/{{name}}, 【待补充】/（待定）/请填写, a named field in round brackets
 *   (（学校名称）2025年工作计划), a template's question in brackets ([Anything else?]), TODO/TBD/FIXME.
 * - Descriptions of content to paste in, in square brackets: [学校名单], [参会单位名单], [List of schools], [Date of meeting],
 *   and 附：【学校名单】 as a label's whole value.
 * - A template's instruction in square brackets to put something in: [Sponsor logo here], [Photo here], [Chart to follow],
 *   [Map to come], [logo], [Funder logos], 【图表待补】, [金额待定] (not a link's text: [Click here], [see more here]).
 * - Editor's notes in 【】 that something is still to come (【数据待区统计局核实后补充】, 【具体金额需进一步确认】,
 *   【…待…核定】), and a word for the figure in 【】 before its unit (接待游客【数据】万人次).
 * - Editing notes one drafter left for another (placeholder-notes.ts): a check or a choice still to make, in brackets
 *   (增长6.1%（此处请综合科再核对一下）, （小王：这个数和上次报的不一样）, （这段是否保留请领导定）, 86亿元（？）, (need to confirm
 *   with Finance before circulating), (JS: can we say "record"?), (check with Priya), (do we want to name them?)) or
 *   as a line (备注：…报送前再更新。, NB: check this figure against the ledger., Note to self: …). Not an instruction to
 *   the reader (请各单位于10月底前报送, to check your eligibility, see…), a note on the figures (注：以上数据为快报数,
 *   NB: figures are rounded), a question the text asks, or a status (the committee will confirm the date).
 * - 某某, and 某局 listed beside a named unit of its kind (区民政局、某局; 某公司与市城投公司).
 * - Codes and telephones: a code's digits left as X's after its label (证券代码：603XXX, 邮政编码：310XXX); a telephone
 *   with its first digits typed and the rest X's (联系电话：0571-8XXXXXXX, Tel: 01632 960XXX; an office line after its
 *   area code, 电话：0571-8623XXXX); a year's last digits left as underscores (力争于20__年6月底前).
 * - Lists and headings never written: a list of ellipses (涉及……等部门), a numbered heading of nothing but an
 *   ellipsis (（一）……, 1.……), a lead-in that announces a list with nothing after it (主要做法如下： then the next heading
 *   of its level or the end; "The main issues identified included:" then ## Recommendations).
 * - Signers: a name left as a surname and 某 (述职人：张某某; a byline 县审计局局长  王某, 集团党委书记、董事长　李某某;
 *   主管会计工作负责人：李某某 beside 法定代表人：陈立华) or not written at all (述职人： alone above the closing date at the
 *   end of the text); a role in brackets alone on the signatory's line under Signed: ([Leader of the Council]) or a
 *   letter's valediction (Yours faithfully, ⏎ [Chair of Governors]).
 * - In English: a figure with X's for digits ($X.X million, X.X%), Lorem ipsum, a date format as a field's value
 *   (Date: DD/MM/YYYY) or after a word a date follows (approved in Month YYYY, appointed on DD/MM/YYYY), a day never
 *   written in before a month and year (due on DD Month 2026, __ November 2026, expires on __/__/2027), a month or
 *   quarter never written in (Month X 2025, Quarter X) or a day (X June 2026, June X, 2026), FY20XX/XX, an X for a count or a reference's number (X months
 *   of expenditure, see Table X, Appendix X), a reference's number left as ? (Figure ?, Appendix ?, 见表？), ?? or ???
 *   for a count after a word a figure follows (rose to ??? visitors, reported ?? potholes), a DOI with X's for its
 *   registrant code (https://doi.org/10.XXXX/…).
 * - What tools leave: a template engine's output for an empty field (<no value>, %!s(MISSING)), a merge conflict
 *   (<<<<<<< HEAD), and the stand-in texts of the extension's own skeletons in a half-filled draft (单位名称,
 *   第一项重点工作, 写明采取的主要措施…).
 * Not: what looks like a blank and is not one.
 * - Anonymised names and units: 张某某 and 于某某, 翁×× and 陈××等 (how judgments and case reports anonymise a person),
 *   杭州某某贸易有限公司 (a company, a place and its trade around 某某), 某局干部 or 某县、某区 (units left unnamed on
 *   purpose), the same 赵某 as byline and signer in a text that leaves its places unnamed (某市), a form whose signers
 *   are all masked (张某某, 李某某, 王某某), its 某某股份有限公司 too; 某些/某种 (ordinary words). But 关于某某单位,
 *   要向某某学习, ××局长 and 王××局 are blanks.
 * - Words and numbers with an x: XXL and XX-large, XX of the sex chromosomes (the usual XX pair, XX染色体; the words that
 *   say so may be on the lines around it in its paragraph: the usual ⏎ XX pair, Super Bowl ⏎ XX), a model series
 *   after its letters (R7xx系列服务器), Roman numerals (Chapter XX,
 *   XXI; Table X where Table IX comes before it), Chapter X, Phase X, 3×4, 600*600 and a quantity times a figure
 *   (硕士生数*1.5), X光/X射线, X.Y or 3.x in prose, 二○○八年, a mobile masked for privacy (138XXXX5678, 1391234XXXX),
 *   an ISSN's check digit (1234-567X).
 * - Labels and fields filled in: labels such as 【接待服务】 or [NOTE]; a field name that labels the value after it
 *   (【项目名称】：智慧社区…, 单位名称：濮阳市东大食品有限公司 in a decision's heading — but not a title's frame, Project
 *   name: Project Report); rows of a filled-in form (【项目名称】智慧社区… over 【承担单位】市信息中心, or one field per
 *   line, 【项目名称】 / 智慧应急平台 / 【实施单位】 / 市应急管理局; alone, 【单位名称】2025年度工作总结 is still a blank);
 *   a form's 述职人： among other labels; an abbreviation defined in brackets after the words it abbreviates
 *   (Long-Term Maintenance Plan [LTMP]); a table's key (Key: ?? = not available); the official-statistics symbol [x]
 *   in a draft that keys it ([x] = not available; Notes: [x], [z], [c]).
 * - Blanks meant to stay blank: a signing row of the printed copy (Chair: ____  Date: ____; 单位负责人签字：____
 *   日期：____年__月__日; but Author: ____ and Tel: ____ are blanks) and the label-and-blank lines beside it (Signed:
 *   ____ (Chair) ⏎ Name (print): ____  Position: ____; Chairman ____ ⏎ Date ____/____/2026); a rule drawn after a
 *   cover's dated line (Distributed on Budget Day: 20 February 2017 ______); a signature rule with the signer's printed
 *   name beside it (________ J. Smith, Secretary; _______________________ James A. Clouse Secretary; not 填表人：______);
 *   a form the report quotes under a lead-in naming it or beside a paragraph saying its blanks are the form's (I,
 *   ________ (full name), member number ____ … ⏎ The blanks are part of the form and are filled in by the member;
 *   placeholder-forms.ts); 待填写 denied (不是待填写的内容); the blanks of model wording or a form the
 *   text prescribes (规范用语是：…依据第XX条…处以XX元的罚款); X as a digit slot in a format the text explains
 *   (X妆XXXXXXXX。其中，第一位X代表…); a date format described ("dates are written in the format DD/MM/YYYY"); a
 *   placeholder quoted as an example of one (fields such as "[Project name]" have been removed); a figure left open in
 *   a quoted example or model message ((e.g., "triage all open issues for $x,xxx"), Say "spend $XXXX budget").
 * - TBC, TBD and TODO in their places: in minutes (a title saying so) TBC as an item's state (The date of the
 *   resurfacing is TBC., (venue TBC), Volunteers: TBC., an action table's status cell | TBC |); TBC or TBD with who or
 *   when will decide it (installation date TBC by the contractor, TBD when put together, are TBC and are due to be
 *   confirmed by 30 June) or why it is open, after it or earlier in the sentence (is TBC (awaiting Defra guidance);
 *   subject to the Department's approval, the opening date is TBC; an amendment is being prepared; submission date
 *   TBC); the exact part of a value given roughly (Next
 *   release: March 2027 (exact date TBC); but held on (date TBC) is a blank); a done task `- [X]`; a TODO
 *   named rather than left in (a growing TODO list, 我的 TODO List 里面, a TODO-list app, left a TODO in the code).
 * - A record quoted (placeholder-record.ts): a marker in a quotation the text attributes to a record (The committee
 *   minute of 12 January 1994 reads: "Name of new wing: TBC."; a block quote under such a lead-in; "…TBC…" [sic];
 *   纪要原文为：“…XX…”；“…”（原文如此）) or explains as the record's word (TBC here is the committee's own abbreviation
 *   for "to be confirmed"). Not [TBC] in the report's own voice, a table's “TBC”, nor The form says "Date: TBC".
 * - Instructions and real statements: 请填写附件2《回执》 (an instruction to the reader), 有待补充; a lead-in before a
 *   table, code, a quotation, an indented block (a decision letter's paragraphs quoted with their own numbers), a list
 *   or its own sub-headings, a picture (…结果如下图： then ![](…png) or <img>), or 现将有关事项通知如下： before 一、.
 * - Markup and code: citations [OECD 2022], Markdown link text and references ([RFC 3191](…), [PKCE] with a [PKCE]:
 *   definition), the cross-references of a kramdown-rfc source ({{RFC5218}} in a draft with --- abstract / --- middle
 *   parts), a site generator's function called with a quoted or bracketed argument ({{image "8years/gophers.jpg"}},
 *   {{raw (file "survey2016/usage.html")}}), a grammar's name in angle brackets (the syntax rule named <URI>), a title
 *   in angle brackets (参与 [<TiDB in Action>开源电子书](…) 创作; not <Your Name> or <Company Name>), ??? opening a line before a space and a
 *   Chinese sentence (a paragraph indent an encoding round trip turned into ?: garbled-text's), "Is it worth the cost
 *   ??? We think so", and code.
 *
 * Why: a draft started from a template or a copy found online keeps its stand-ins until someone
 * notices — often the reader.
 *
 * 检查：模板中从未填写的占位内容。一个字段的几段（电话XXXX-XXXXXXX、日期XX/XX/20XX、____年__月__日、年份范围202X-202X）
 * 合报一处。用reportLint.placeholders.extra增加规则，用reportLint.placeholders.allow豁免特定文字。
 * - 代替应写内容的字母和符号：xx、XX、××、ＸＸ（xx市），20xx、202X，“年”前只遮去几位的年份（xxxx3年、xx22年、20x3年、
 *   2O2X年），X月X日，单位前的X（X千万元、X人次、每月第X周），○○、□□，____，以及纯文本中代替数字的**或单个*（**县、
 *   资金*.*亿元、新建楼房*幢）。
 * - 字段名：[NAME]、[insert …]、[pending]、<your name>、{{name}}，【待补充】、（待定）、请填写，圆括号中的字段名
 *   （（学校名称）2025年工作计划），方括号中的模板提问（[Anything else?]），TODO、TBD、FIXME。
 * - 方括号中对应填内容的描述：[学校名单]、[参会单位名单]、[List of schools]、[Date of meeting]，以及作为标签全部值的
 *   “附：【学校名单】”。
 * - 方括号中要求放入内容的模板说明：[Sponsor logo here]、[Photo here]、[Chart to follow]、[logo]、【图表待补】、[金额待定]
 *   （链接文字[Click here]、[see more here]不报）。
 * - 【】中说明内容尚待补充、核实的编辑批注（【数据待区统计局核实后补充】、【具体金额需进一步确认】），以及单位前【】中
 *   代替数字的词（接待游客【数据】万人次）。
 * - 起草人之间留下的编辑批注（placeholder-notes.ts）：括号中尚待核对、尚待决定的事项（增长6.1%（此处请综合科再核对一下）、
 *   （小王：这个数和上次报的不一样）、（这段是否保留请领导定）、86亿元（？）、(check with Priya)），或整行的批注（备注：…报送前
 *   再更新。NB: check this figure…、Note to self: …）。不报：给读者的要求（请各单位于10月底前报送）、对数据的说明
 *   （注：以上数据为快报数）、文中自问自答的问题、事项的状态。
 * - 某某，与具名的同类单位并列的“某局”（区民政局、某局）。
 * - 编码和电话：字段名后用X代替的编码数字（证券代码：603XXX、邮政编码：310XXX），只写了开头几位的电话（联系电话：
 *   0571-8XXXXXXX、Tel: 01632 960XXX；区号后的办公电话：0571-8623XXXX），末两位写成下划线的年份（力争于20__年6月底前）。
 * - 未写出的列举和标题：涉及……等部门，只有省略号的编号标题（（一）……），引出列举而其后什么也没有的导语（主要做法如下：
 *   之后紧接同级标题或全文结束）。
 * - 署名：以姓加“某”代替的姓名（述职人：张某某；署名行“县审计局局长  王某”；年报、报表的签署栏中与写了真名的栏目并列的
 *   “主管会计工作负责人：李某某”），或全文末尾日期之上只有“述职人：”而未写姓名；签名栏“Signed:”或书信结束语（Yours faithfully,）下单独一行的方括号
 *   职务（[Leader of the Council]、[Chair of Governors]）。
 * - 英文：用X代替数字的金额（$X.X million、X.X%）、Lorem ipsum、作为字段值的日期格式（Date: DD/MM/YYYY）及正文中
 *   日期介词后的日期格式（approved in Month YYYY）、写了月和年而日未填的日期（DD Month 2026、__ November 2026、
 *   __/__/2027）、未填的月或季度（Month X 2025、Quarter X）或日（X June 2026）、FY20XX/XX、代替数量或编号的X（X months、Table X、
 *   Appendix X）、编号写成问号的引用（Figure ?、见表？）、可接数字的词后代替数量的??（rose to ??? visitors、reported ??
 *   potholes）、注册号写成X的DOI（https://doi.org/10.XXXX/…）。
 * - 工具留下的内容：模板为空字段输出的内容（<no value>、%!s(MISSING)），遗留的合并冲突标记（<<<<<<< HEAD），本扩展骨架
 *   中没有改写的提示文字（单位名称、第一项重点工作、写明采取的主要措施…）。
 * 不报：看似未填、其实不是占位的内容。
 * - 匿名的人名和单位：张某某、于某某、翁××、陈××等（判决书和案例中匿名人名的写法），杭州某某贸易有限公司（地名、某某、
 *   行业加有限公司，是案例中匿名企业的写法），“某局干部”“某县、某区”（有意不点名），正文对同事也以姓加“某”相称的文稿中
 *   署名的赵某，签署栏全部写作张某某、李某某、王某某的匿名文本及其中的“某某股份有限公司”；某些、某种（普通词语）。但
 *   “关于某某单位”“向某某学习”中的于、向是介词，“××局长”“王××局”是未填的名称，照报。
 * - 含x的词和数：XXL、XX-large，性染色体的XX（XX染色体、the usual XX pair；说明它的词可在同一段的上下行：the usual ⏎ XX
 *   pair、Super Bowl ⏎ XX），字母型号后的系列名（R7xx系列服务器），罗马数字（Chapter XX、XXI；表格用罗马数字编号的文稿中的
 *   Table X），Chapter X、Phase X，3×4、600*600和数量乘以数字（硕士生数*1.5），X光、X射线，正文中的X.Y、3.x，二○○八年，
 *   为保护隐私遮去几位的手机号（138XXXX5678、1391234XXXX），ISSN的校验位（1234-567X）。
 * - 标签和已填的字段：【接待服务】、[NOTE]之类的标签；后面跟着所填内容的字段名（【项目名称】：智慧社区…，处罚决定书开头的
 *   “单位名称：濮阳市东大食品有限公司”，但“单位名称：2025年工作总结”之类的标题框架仍报）；填好的表格中逐行的“【项目名称】
 *   智慧社区…”“【承担单位】市信息中心”，以及一行字段名、一行内容交替的同一种表格（单独一行的“【单位名称】2025年度工作
 *   总结”仍报）；表格中与其他栏目并列的“述职人：”；紧跟在全称之后、方括号里的英文缩写（Long-Term Maintenance Plan
 *   [LTMP]）；表格图例（Key: ?? = not available）；文中注明含义的统计符号[x]（[x] = not available；Notes: [x]、[z]、[c]）。
 * - 本应留空的地方：打印后手写的签署栏及紧挨着它、只有栏目名和空白的行（Chair: ____  Date: ____；单位负责人签字：____
 *   日期：____年__月__日；签字行下一行的“日期：______年____月____日”；Author: ____、Tel: ____仍报），封面上写全日期的
 *   一行之后画出的横线（Distributed on Budget Day: 20 February 2017 ______），旁边印有签署人姓名的签名横线（________ J. Smith,
 *   Secretary；“填表人：______”仍报），报告照录并说明了的表格样式中的空（导语点明引自申请表样式，或下段说明“上述横线为申请人
 *   填写位置”），被否定的“待填写”（不是待填写的内容），文中规定的用语或格式里留给使用者填写的空
 *   （规范用语是：…依据第XX条…处以XX元的罚款），文中解释了的编码格式中的X（X妆XXXXXXXX。其中，第一位X代表…），描述
 *   日期格式的句子，作为示例加引号提到的占位符（fields such as "[Project name]"），引号中作为示例或拟写消息而有意留空的
 *   金额（(e.g., "triage all open issues for $x,xxx")、Say "spend $XXXX budget"）。
 * - 用在其位的TBC、TBD、TODO：会议纪要中作为事项状态的TBC（The date of the resurfacing is TBC.、(venue TBC)、行动表
 *   状态栏的| TBC |），后接由谁或何时决定的TBC、TBD（installation date TBC by the contractor、TBD when put together），
 *   前后说明了为何未定的TBC（is TBC (awaiting Defra guidance)；subject to the Department's approval; the opening date
 *   is TBC；an amendment is being prepared; submission date TBC），已给出大致时间、只待确定具体日期的TBC（Next release: March 2027 (exact date TBC)；held on (date TBC)仍报），
 *   已完成的任务- [X]，指称而非遗留的TODO（a growing TODO list、我的 TODO List 里面、TODO清单）。
 * - 引用的原始记录：文中注明引自记录的引文中的标记（The committee minute of 12 January 1994 reads: "Name of new wing:
 *   TBC."；这样的导语下的引用块；纪要原文为：“…XX…”；“…”（原文如此）），以及文中解释为记录用语的标记（TBC here is the
 *   committee's own abbreviation…）。报告自己口吻中的[TBC]、表格中的“TBC”、The form says "Date: TBC"仍报。
 * - 说明和确实的陈述：请填写附件2《回执》（给读者的说明），有待补充；表格、代码、引文、缩进引用段（照录决定书原编号的各段）、列表或其下级标题、图片（“结果如下图：”之后的![](…png)或<img>）之前的导语，
 *   “一、”之前的“现将有关事项通知如下：”。
 * - 标记和代码：引文[OECD 2022]，Markdown的链接文字和引用，kramdown-rfc 源文件（有 --- abstract、--- middle 分部）中的
 *   交叉引用{{RFC5218}}，网站生成器以带引号或括号的参数调用的函数（{{image "8years/gophers.jpg"}}、{{raw (file "…")}}），
 *   尖括号中的书名（[<TiDB in Action>开源电子书](…)；<Your Name>、<Company Name>仍报），尖括号中的语法名称（the syntax rule named <URI>），行首空格和中文句子之前的???（编码来回转换
 *   把段首缩进变成了问号，归乱码规则），以及代码。
 * 原因：从模板或网上找来的稿子，占位内容会一直留到有人发现——往往是读者。
 *
 * Bad:  xx市教育局202X年工作总结
 * Good: 南京市教育局2024年工作总结
 * Bad:  The pilot ran in [CITY] until TBD.
 * Good: The pilot ran in Leeds until May.
 */

import htmlTags from '../data/html-tags.json';
import data from '../data/placeholders.json';
import skeleton from '../data/snippet-placeholders.json';
import { isAsciiLetter, isDigit, isHanAt, isHanBefore, leadingColumns } from '../model/chars';
import { alternation, bitsIn, classBits, eachMatch, eachMatchAt, eachWordMatch, wordsPattern } from '../patterns';
import { lineRange } from '../ranges';
import { instructionBracket } from './placeholder-instruction';
import { descriptiveCnBracket, descriptivePlaceholder } from './placeholder-descriptive';
import { formLineFact, quotedFormLines, signatureRule } from './placeholder-forms';
import { editingNotes } from './placeholder-notes';
import { changedContexts, wrapContexts, xxFact } from './placeholder-wrap';
import { explainedMarker, recordBlockLines, recordFact, recordQuotation } from './placeholder-record';
import type { Line } from '../model/lines';
import type { Marker, MarkerKind } from '../model/markers';
import { changedMembers, type Rule } from '../rule';

type Kind = 'generic' | 'year' | 'date' | 'todo' | 'template' | 'conflict' | 'extra' | 'skeleton' | 'note';

interface Candidate {
  start: number;
  end: number;
  kind: Kind;
  pattern?: string;
}

// Module functions, not closures made for every line.
function add(found: Candidate[], start: number, end: number, kind: Kind, pattern?: string): void {
  found.push({ start, end, kind, pattern });
}

/** add, for a candidate that starts before `limit` (X's: before a form's fields, where the line does not define them). */
function addBefore(found: Candidate[], limit: number, start: number, end: number, kind: Kind): void {
  if (start < limit) add(found, start, end, kind);
}

const X = 'xXＸｘ×';
// Every repetition is anchored at the start of its run by a look-behind, so each run is read once (linear).
const X_RUN = /(?<![xXＸｘ×])[xXＸｘ×]{2,}/g;
// YEAR and X_DATE start after no letter or digit (no Ｘ, ｘ, ×): tested in code (eachMatchAt), since a leading
// look-behind is tried at every position of the line.
// 20XX, 202X, and a financial year's second part with it (FY20XX/XX, 20XX-XX: one blank).
const YEAR = /(?:19|20)(?:\d[xXＸｘ×]|[xXＸｘ×]{2})(?:[/\-–](?:\d[xXＸｘ×]|[xXＸｘ×]{2})(?![0-9A-Za-z]))?(?![0-9A-Za-z])/g;
/** 20__年, 202_年, FY20__: a year whose last digits are underscores, not a word's (__init__) nor bold (__2026__). */
const UNDERSCORE_YEAR = /(?<![0-9A-Za-z_])(?:19|20)(?:\d_|__)(?![_0-9A-Za-z])/g;
/** __市, __县: two underscores for a place's name, how a text anonymised throughout writes it. */
const ANONYMISING_BLANK = /(?<![_0-9])__(?!_)(?=[\p{sc=Han}])(?!年)/u;
/** Before a year: not a letter or digit, but a financial year's FY (FY20XX). */
const FY_BEFORE = /(?:^|[^0-9A-Za-z])FY ?$/;
// X months of expenditure, within X days: an X for the count before a noun that is counted (not X-ray, Xbox, "Phase X").
const X_NOUN_COUNT = /(?<![0-9A-Za-z.\-])X (?=(?:days|weeks|months|years|hours|minutes|times|people|staff|members|visitors|volunteers|families|households|pupils|students|schools|sites|projects|grants|homes|jobs|places|per ?cent|percent)\b)/g;
// Table X, Appendix X: a reference whose number was never filled in (tables and appendices are numbered or lettered;
// not Chapter X, Part X or Phase X, which may be a Roman ten).
/** Table IX, Figure II, Appendix IV: a draft that numbers its tables, figures or appendices in Roman numerals (IEEE
 * style), where Table X is the tenth. */
const ROMAN_REFERENCE = /\b(?:Table|Figure|Fig\.|Chart|Graph|Appendix|Annex|Annexe|Schedule|Exhibit|Box) (?:I{1,3}|IV|VI{0,3}|IX|XI{1,3}|XIV|XV)\b/;
const X_REFERENCE = /\b(?:Table|Figure|Fig\.|Chart|Graph|Appendix|Annex|Annexe|Schedule|Exhibit|Box) X(?![0-9A-Za-z\-]|\.\d)/g;
const X_DATE = /[xXＸｘ×]{1,4}(?:[年月日号时][xXＸｘ×]{1,2}){0,3}[年月日号时]/g;
/**
 * Before 年, a year written with some of its digits masked (xxxx3年, xx22年, XX24年, 20x3年, 2O2X年, 20X年, X023年): a
 * run of x then digits, or 19/20 with x's among the rest (an O typed for the 0 beside them). Not 2023年, not 3x3年 or
 * 2×10年 (a product), not XX局 — and 20XX年 and xxxx年 are read by YEAR and X_DATE.
 */
const MASKED_YEAR_SHAPE = /^(?:[xXＸｘ×]{2,4}\d{1,3}|[xXＸｘ]\d{3}|(?:19|20|2O|[12][xXＸｘ])[0-9xXＸｘO]{2}|(?:19|20)[xXＸｘ])$/;
const MASKED_YEAR_CHAR = /[0-9xXＸｘ×O]/;
function eachMaskedYear(text: string, visit: (start: number, end: number) => void): void {
  for (let end = text.indexOf('年'); end >= 0; end = text.indexOf('年', end + 1)) {
    let start = end;
    while (start > 0 && end - start < 6 && MASKED_YEAR_CHAR.test(text[start - 1])) start--;
    if (start === end || ALNUM.test(text[start - 1] ?? '')) continue;
    const run = text.slice(start, end);
    if (/\d/.test(run) && /[xXＸｘ×]/.test(run) && MASKED_YEAR_SHAPE.test(run)) visit(start, end);
  }
}
const ALNUM = /[0-9A-Za-z]/;
const ALNUM_OR_X = /[0-9A-Za-zＸｘ×]/;
// 每月第X周, 第X轮, X个工作日: a time or an ordinal's unit too.
const X_COUNT = /(?<![0-9A-Za-zＸｘ×])[xXＸｘ×](?=[个個名位所项項次万萬亿億千百元家件条條户戶台臺套批场場篇期处處座%％周週天轮輪届屆章款]|人次|季度|小时|小時|工作日)/g;
const MOU = /(?<!某)某某+/g;
/** （一）……, 1.……: a numbered heading of nothing but an ellipsis, the item an outline left to be written. */
const EMPTY_HEADING = /^[ \t\u3000]*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|（\d{1,2}）|\d{1,2}[.．、])[ \t\u3000]*(…{1,2})[。；;]?[ \t\u3000]*$/;
/** 涉及……等部门, 包括…等: an ellipsis and 等 right after the verb that leads a list, with no item before them. */
const EMPTY_LIST = /(涉及|包括|包含|例如|比如|诸如|諸如|涵盖|涵蓋)(…{1,2}|\.{3,6})等/g;
/**
 * 述职人：张某某 / 县审计局局长  王某: a surname and 某 as the name of who signs or gives the report — after a signer's
 * label, or alone at the end of a byline after a unit or a post and a space. A case report's 张某某 and 王某 (村民张某某于…,
 * 被告人  张某某) sign nothing.
 */
const SIGNER = /^[ \t\u3000]*(?:(?:述职人|述職人|报告人|報告人|汇报人|匯報人|发言人|發言人|撰稿人|执笔人|執筆人|起草人|填报人|填報人|联系人|聯繫人|审核人|審核人|签发人|簽發人|申报人|申報人|经办人|經辦人)[：:][ \t\u3000]*|\p{sc=Han}(?:\p{sc=Han}|、){0,23}?(?:长|長|主任|书记|書記|委员|委員|秘书|秘書|经理|經理|总监|總監|董事|监事|監事|股|局|科|处|處|室|办|辦|院|校|中心|部|队|隊)[ \t\u3000]+)(\p{sc=Han}某{1,2})[ \t\u3000]*$/u;
/** （学校名称）, （申请人姓名）: a named field in round brackets, standing where the name belongs (a title's unit). */
const ROUND_NAMED_FIELD = /^\p{sc=Han}{1,6}(?:名称|名稱|姓名)$/u;
/** 某局, 某公司: one 某 and the kind of unit it stands for. */
const ONE_MOU = /(?<![某\p{sc=Han}])某(局|委|办|辦|厅|廳|处|處|科|县|縣|市|区|區|镇|鎮|乡|鄉|街道|公司|单位|單位|学校|學校|医院|醫院|部门|部門)(?!某)/gu;
// ○ and 〇 are also written as the zero of 二〇〇八 (二○○八): not beside another numeral.
const BLANKS = /(?<![○◯□〇一二三四五六七八九十零])[○◯□〇]{2,}(?![○◯□〇一二三四五六七八九十零])|(?<!_)_{3,}|(?<!＿)＿{2,}/g;
const STARS = /(?<![*＊])[*＊]{2,}/g;
// A single * standing for a figure in plain text: 资金*.*亿元, 新建楼房*幢, 比例达到*%, 今年*月.
const STAR_FIGURE = /(?<=[\p{sc=Han}\d.．])[*＊](?:[.．][*＊])?(?![*＊])(?=[.．\d%％个個名位所项項次万萬亿億元家件条條户戶台套幢栋棟层層年月日号號人篇期节節支多余餘])/gu;
// 20xx年 or 〔20xx〕 is a year; 20xx件 and 20xx平方米 are some other figure.
const YEAR_CONTEXT = /^(?:年|学年|學年|〕|］|\])/;
const TODO = new RegExp(`\\b(?:${data.todoWords.join('|')})\\b`, 'g');
const TODO_NOUN_FOLLOWERS = new Set(data.todoNounFollowers);
const TODO_NOUN_DETERMINERS = new Set(data.todoNounDeterminers);
const TODO_MENTION_VERBS = new Set(data.todoMentionVerbs);

/**
 * In minutes, TBC as the state of an item the meeting left open, after what is left open: "is TBC.", "The date of the
 * audit committee meeting TBC.", "(venue TBC)", "Volunteers: TBC.", an action table's status cell "| TBC |" — the record
 * of the meeting, not a blank. Not where the value itself goes: after a preposition (published in TBC), a currency
 * (£TBC) or a quotation mark.
 */
const MINUTES_STATUS_BEFORE = /(?:(?<![A-Za-z])[A-Za-z]{2,}|[(:|]|^)[ \t]*$/;
const MINUTES_VALUE_BEFORE = /\b(?:in|on|at|by|from|until|till|before|after|to|for|of)[ \t]*$/i;
const MINUTES_STATUS_AFTER = /^[ \t]*(?:[.;,)|]|$)/;
/** …is TBC., The date of the meeting TBC., Volunteers: TBC. — a word, a colon or a cell before, not a preposition or £. */
function minutesStatus(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (!MINUTES_STATUS_BEFORE.test(before) || MINUTES_VALUE_BEFORE.test(before) || !MINUTES_STATUS_AFTER.test(text.slice(end))) return false;
  // After a label's colon, TBC or TBA (to be confirmed, announced) records a state; Venue: TBD. is a field never decided.
  return !/:[ \t]*$/.test(before) || text[end - 1] !== 'D';
}
/** The title of a record of a meeting: Minutes of …, 会议纪要, 会议记录 (in its first lines). */
const MINUTES_TITLE = /\bminutes\b|会议纪要|會議紀要|会议记录|會議記錄/i;
/** After TBD/TBC/TBA: a clause of time that says when it will be decided. */
/** …and who will decide it (installation date TBC by the contractor, TBC by the Director at this meeting). */
const TODO_DECIDED_WHEN = /^[ \t]+(?:when|once|after|until|till|pending|upon|by)\b/;

/**
 * After TBC/TBD/TBA, the rest of a status the text states: who it is being settled with, when it is expected or what
 * happens next — "dates TBC with both trusts", "(lease TBC, expected by October 2026)", "is TBC and will come to Council
 * in November 2027", "were TBC and would be reported to the Panel", "(TBC) will be announced", "TBC, subject to the
 * tender", and why it is open: "is TBC (awaiting Defra guidance)", "TBC, pending the tender". A field left as TBC (Date: TBC, Lead officer: TBC, submission date TBC.) has none of these after it.
 */
const TBC_STATUS_AFTER = new RegExp(
  '^\\)?[,:;]?[ \\t]+(?:\\(|[–—-][ \\t]+)?(?:(?:and|but|it|this|that|which)[ \\t]+)?(?:' +
    // TBC — depends on the possession, TBC (depends on Network Rail approval), TBC: it depends on …
    'depends?[ \\t]+(?:on|upon)\\b' +
    // outcome TBC in December 2026, start date TBC in Q1 2027: when it will be settled, or the period it falls in
    '|in[ \\t]+(?:(?:early|late|mid|mid-)[ \\t]*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|the[ \\t]+(?:spring|summer|autumn|winter|new[ \\t]+year|first|second|third|fourth)|spring|summer|autumn|winter)\\b' +
    // with both trusts, with the contractor, with the Clerk to confirm
    '|with[ \\t]+(?:(?:the|both|all|each|our|their|its|partners?)\\b|[A-Z])' +
    // expected by October 2026, is expected before the summer, was due in June
    '|(?:(?:is|was|are|were|being|still)[ \\t]+)?(?:expected|anticipated|scheduled|planned|due[ \\t]+(?:by|in|on|at|before|after|during|for|to[ \\t]+be))\\b' +
    // and will come to Council, would be reported to the Panel, (TBC) will be announced
    '|(?:will|would|shall|is[ \\t]+to|are[ \\t]+to|was[ \\t]+to|were[ \\t]+to)[ \\t]+(?:(?:then|now|also|only)[ \\t]+)?(?:be|come|go|return|follow)\\b' +
    '|subject[ \\t]+to\\b' +
    // (awaiting Defra guidance), , pending the tender, (depending on the survey), until the review reports: the reason
    // it is open, a status clause in brackets or after a comma
    '|(?:awaiting|pending|following|depending[ \\t]+(?:on|upon)|dependent[ \\t]+(?:on|upon)|contingent[ \\t]+(?:on|upon)|until|till|once|because|due[ \\t]+to|owing[ \\t]+to|as[ \\t]+(?:we|the|it|they)[ \\t]+(?:are|is|await|awaits))\\b' +
    ')',
);
/** Before a status's TBC: a word, a bracket, a colon or nothing — not a preposition (held on TBC) nor a currency (£TBC). */
function tbcStatus(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (!MINUTES_STATUS_BEFORE.test(before) || MINUTES_VALUE_BEFORE.test(before)) return false;
  return TBC_STATUS_AFTER.test(text.slice(end, end + 40)) || dependsEarlier(text, start, end) || approximateBefore(text, start, end);
}

/**
 * Why it is open, said earlier in the sentence: "subject to the Department's approval; the opening date is TBC.",
 * "Pending the outcome of the review, the hearing date is TBC." — the sentence states a status (…is TBC, a copula
 * before it), not a field. Not "The opening date is TBC." alone.
 */
const DEPENDS_EARLIER = /\b(?:subject[ \t]+to|pending|awaiting|depending[ \t]+(?:on|upon)|dependent[ \t]+(?:on|upon)|contingent[ \t]+(?:on|upon)|until|once)\b/i;
const COPULA_BEFORE = /\b(?:is|are|was|were|remains?|remained)[ \t]+$/;
/**
 * The work the date belongs to is under way, said earlier in the sentence: "A minor amendment … is being prepared;
 * submission date TBC.", "The lease is under negotiation, completion date TBC." — the TBC is that work's status.
 */
const IN_PROGRESS_EARLIER = /\b(?:(?:is|are)[ \t]+(?:being|still[ \t]+being)[ \t]+(?:prepared|drafted|finalised|finalized|negotiated|agreed|arranged|reviewed|considered|procured|tendered|designed|revised|updated|developed|discussed)|(?:is|are)[ \t]+(?:in[ \t]+preparation|in[ \t]+progress|under[ \t]+(?:review|discussion|negotiation|consideration|development|way)))\b/i;
/** After the clause that says so: a semicolon or comma, then a few words naming the date (submission date TBC). */
const SHORT_CLAUSE_BEFORE = /[;,][ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}(?:date|dates|deadline|timetable|timing)[ \t]+$/;
function dependsEarlier(text: string, start: number, end: number): boolean {
  if (!/^[ \t]*(?:[.;]|$)/.test(text.slice(end))) return false;
  const copula = COPULA_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  const from = Math.max(0, start - 200);
  const sentence = text.slice(from, start);
  const stop = Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('! '), sentence.lastIndexOf('? '));
  const own = stop < 0 ? sentence : sentence.slice(stop + 2);
  if (copula && DEPENDS_EARLIER.test(own)) return true;
  return (copula || SHORT_CLAUSE_BEFORE.test(own)) && IN_PROGRESS_EARLIER.test(own);
}

/**
 * The value given roughly, its exact part to come: "Next release: March 2027 (exact date TBC)", "held in March (date
 * TBC)", "in Q3 2027 (start date TBC)", "March 2027 (H2 2026 data; date TBC)" — a bracket ending in a few words and
 * TBC right after a month, a year, a quarter or a season. Not "held on (date TBC)": no value before the bracket.
 */
const APPROXIMATE_BEFORE = /(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|Q[1-4])|\b(?:19|20)\d{2}(?:\/\d{2})?)[ \t]*\((?:[^()\n]{0,30}[;,][ \t]*)?(?:[A-Za-z]+[ \t]+){1,3}$/;
function approximateBefore(text: string, start: number, end: number): boolean {
  return text[end] === ')' && APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/**
 * a growing TODO list, TODO 清单, left a TODO in the code, minutes marked "TBC", used to say ‘TBC’: the word names a list or
 * a marker, it stands in for nothing.
 */
function namesTodo(text: string, start: number, end: number): boolean {
  // Details TBD when the venue is booked, dates TBC once the budget is agreed: a statement of when something will be
  // decided, not a blank (a TODO or FIXME stays a marker left in, whatever follows it).
  // Not after a preposition: "published in TBC once approved", "held on TBC when…" — the TBC stands where the date goes.
  if (/^TB[DCA]$/.test(text.slice(start, end)) && TODO_DECIDED_WHEN.test(text.slice(end, end + 12)) && !/\b(?:in|on|by|at|from|until|before|after)[ \t]+$/i.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (/^TB[DCA]$/.test(text.slice(start, end)) && tbcStatus(text, start, end)) return true;
  // TBC here is the committee's own abbreviation for "to be confirmed": the word explained, a record's, not left in.
  if (explainedMarker(text, end)) return true;
  // 我的 TODO List 里面, a TODO-list app: the noun "to-do list", whatever the case of its second word.
  const next = /^(?:[ \t]|-(?=[A-Za-z]))?([A-Za-z]+|\p{sc=Han}{2})/u.exec(text.slice(end, end + 12))?.[1];
  if (next !== undefined && (TODO_NOUN_FOLLOWERS.has(next) || (/^[A-Z][a-z]+$/.test(next) && TODO_NOUN_FOLLOWERS.has(next.toLowerCase())))) return true;
  const previous = /([A-Za-z]+)[ \t]+(?:["“‘']?)$/.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
  if (previous !== undefined && (TODO_NOUN_DETERMINERS.has(previous) || TODO_MENTION_VERBS.has(previous))) return true;
  // navigation items listed as “TBD”, fields shown as TBC: a verb of labelling before "as".
  const labelledAs = /([A-Za-z]+)[ \t]+as[ \t]+(?:["“‘']?)$/.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  return labelledAs !== undefined && TODO_MENTION_VERBS.has(labelledAs);
}
// Up to 160 characters: an instruction left in a template can be long ([Describe the main milestones and when …]).
const SQUARE = /(?<![!\]\\])\[([^\[\]\n]{1,160})\](?![(\[:])/g;
// The filler text of a layout template.
const LOREM = /\blorem ipsum(?: dolor sit amet)?/gi;
// The prefix of a DOI with X's for its registrant code: 10.XXXX/northgate.2025 (an ISSN's check digit 1234-567X is not one).
const DOI_BLANK = /(?<![\w.])10\.X{2,9}(?=\/)/g;
// http://www.xxx.gov.cn, www.xxxx.com: a web address whose host name is x's, a template's (not www.xx-net.com, nor
// xxx in a real host's path). The host is quoted.
const URL_FILLER_HOST = /(?:\bhttps?:\/\/|(?<![\w.\-@/])(?=www\.))((?:www\.)?[Xx]{2,8}(?:\.[A-Za-z]{2,10}){1,3})(?![\w\-])/g;
// A figure written with X's for its digits: $X.X million, £X,XXX, X.X%.
const X_FIGURE = /(?:[$£€¥][ ]?[Xx]{1,3}(?:[.,][Xx]{1,3}){0,3}|(?<![0-9A-Za-z.,])[Xx]{1,3}(?:[.,][Xx]{1,3}){1,3})(?![0-9A-Za-z])/g;
// ?? or ??? where a figure or a sentence was to go (was ???, £??m, ??%, a table cell).
const QUESTION_BLANK = /\?{2,}/g;
// A sentence may end in ?? or ???; a value would follow a space, a colon, a bracket or a currency sign.
const BEFORE_QUESTION_BLANK = /^$|[\s:(\[|$£€¥]$/;
const AFTER_QUESTION_BLANK = /^(?:$|[\s,.;:)\]|%]|m\b|bn\b|k\b)/;

/**
 * The key to the official-statistics symbols: [x] defined as not available (or the like), or listed with another of
 * them ([x], [z], [c]; [x] not available; [u] low reliability).
 */
const STAT_SYMBOL_KEY = /\[x\]\s*(?:[=:–—-]|means\b|denotes\b|indicates\b|is\b)?\s*(?:(?:data|figures?|values?)\s+)?(?:not available|unavailable|not collected|not published|suppressed|withheld|missing)\b|\[x\][^\n]{0,60}\[(?:z|c|u|w|e|p|r|b|d|k|low|f|a|g|h|m|n|q|s|t|v|y)\]|\[(?:z|c|u|w|low)\][^\n]{0,60}\[x\]/i;
const NOTATION_KEY = /^\s*(?:=|means\b|denotes\b|indicates\b|stands for\b)/i;

/** ??? as a value: after a space or colon, before punctuation or a unit; not `a ?? b` between two words. */
function isQuestionBlank(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 3);
  if (!BEFORE_QUESTION_BLANK.test(before) || !AFTER_QUESTION_BLANK.test(after)) return false;
  // ??? 會議聽取審議了…: at a paragraph's start, before a space and a whole Chinese sentence, the paragraph's indent
  // (no-break or full-width spaces) turned into ? by an encoding round trip — garbled-text's, not a figure to write
  // in (??? 个问题 before a unit still is one).
  if (/^[ \t\u3000]*$/.test(text.slice(0, start)) && INDENT_LOST_AFTER.test(text.slice(end, end + 8)) && (text.slice(end).match(/\p{sc=Han}/gu)?.length ?? 0) >= 8) return false;
  // Key: ?? = data not available: a table's legend names the sign it uses, it leaves no blank.
  if (NOTATION_KEY.test(text.slice(end, end + 12))) return false;
  const between = /[A-Za-z0-9_)] $/.test(text.slice(Math.max(0, start - 2), start)) && /^ [A-Za-z0-9_(]/.test(after);
  // rose to ??? visitors, supported ?? households: a count never written in, between a word a figure follows and the
  // noun it counts (not `a ?? b` between two names, nor "the cost ??? We think so").
  return !between || (FIGURE_LEAD.test(text.slice(Math.max(0, start - 16), start)) && /^ [a-z]/.test(after));
}
/** After a ??? that opens a line: a space, then a Han character that is no unit (a sentence of eight or more, read in code). */
const INDENT_LOST_AFTER = /^[ \t\u3000\u00a0]+(?![个個名人项項次万萬亿億元家件条條户戶台套批场場篇期处處座岁歲年月日天])\p{sc=Han}/u;
/** A word a figure follows (rose to, supported, totalled, about): before ?? it leaves a count blank. */
const FIGURE_LEAD = /\b(?:to|of|by|at|was|were|is|are|reached|totalled|totaled|supported|served|helped|received|welcomed|reported|recorded|counted|found|identified|logged|registered|repaired|trained|handled|processed|resolved|attended|hosted|about|around|approximately|over|under|than|some|only|nearly|almost)[ \t]$/i;
/** Figure ?, Appendix ?: a reference whose number was never filled in (見表？ likewise). */
const REFERENCE_QUESTION = /\b(?:Table|Figure|Fig\.|Chart|Graph|Appendix|Annex|Annexe|Schedule|Exhibit|Box|Section|Paragraph|paragraph)[ \t]\?(?=[\s,.;:)]|$)|(?:见|如)(?:表|图|附件|附表)？/g;
/** DD Month 2026, __ November 2026, Month DD, 2026, __/__/2027, 3/__/2026, __/03/2026: a date whose day (or month) was never written in, with its year. */
const DAY_BLANK_DATE = /(?:\bDD?|(?<![_\w])_{2,})[ \t](?:Month|January|February|March|April|May|June|July|August|September|October|November|December)[ \t](?:19|20)\d\d\b|\b(?:Month|January|February|March|April|May|June|July|August|September|October|November|December)[ \t](?:DD?|_{2,}),?[ \t](?:19|20)\d\d\b|(?<![_\w])_{2,}([/.\-])_{2,}\1(?:19|20)\d\d\b|(?<![\w/])(?:0?[1-9]|1[0-2])\/_{2,}\/(?:19|20)\d\d\b|(?<![_\w/])_{2,}\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\b|\bDD([/.\-])MM\2(?:19|20)\d\d\b/g;
// A date format as the value of a field (Date: DD/MM/YYYY): the date was never written in.
const DATE_FORMAT = /\b(?:DD|MM)([/.\-])(?:MM|DD)\1(?:YYYY|YY)\b|\bYYYY([/.\-])MM\2DD\b|\bMonth DD?, YYYY\b|\bDD? Month YYYY\b|\b(?:Month|January|February|March|April|May|June|July|August|September|October|November|December) YYYY\b/g;
/** A word that a date follows in running text (approved in Month YYYY, appointed on DD/MM/YYYY, by March YYYY). */
const DATE_LEAD = /\b(?:on|in|by|from|until|till|before|after|dated|since|due|of)[ \t]+$/i;
/** The sentence describes a date format rather than leaving one blank: dates are written in the format DD/MM/YYYY. */
/** …in Month YYYY format: the format named after it. */
const FORMAT_AFTER = /^\s*(?:format|form|style|notation)\b/i;
const FORMAT_WORDS = /\b(?:format|formatted|formats|written|write|enter|entered|type|typed|e\.g\.|such as|like|style|pattern|convention)\b/i;
// X June 2026, June X, 2026, X/X/2026: a day (or day and month) left as X in a date written out. Not after a letter,
// digit, point or hyphen (Form-X, 3.X), so that a label's letter is not read as a day.
const X_DAY_DATE = /(?<![\w.\-/])XX?[ \t](?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t](?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]XX?,?[ \t](?:19|20)\d\d\b|(?<![\w.\-/])XX?\/XX?\/(?:19|20)\d\d\b/g;
// Month X 2025, Quarter X: a month or quarter never written in (not Phase X, which may be a Roman ten).
const WORD_DATE_BLANK = /\b(?:Month|Quarter) XX?(?![\w-])/g;
const ANGLE = /[<‹]([^<>‹›\n]{1,60})[>›]/g;
/** Words that name what an angle-bracketed token is in a grammar or markup (the rule named <URI>, the <PATH> component). */
const ANGLE_NAMED_BEFORE = /\b(?:named|called|rules?|productions?|nonterminals?|symbols?|elements?|attributes?)[ \t]*$/i;
const ANGLE_NAMED_AFTER = /^[ \t]*(?:rules?|productions?|nonterminals?|symbols?|elements?|attributes?|components?)\b/i;
const HTML_TAGS = new Set(htmlTags.tags);
// Quick tests for the characters each group of patterns needs: most lines have none of them.
// The characters each group of patterns needs, found in one pass over the line (bitsIn), not a test per group.
const HAS_X = 1;
const HAS_BLANK = 2;
/** Two tick-box options (□外卖骑手 □快递员, ☐ Yes ☐ No). */
const TICK_OPTIONS = /[□☐][ \t]*[^\s□☐_＿][^□☐]*[□☐][ \t]*[^\s□☐_＿]/;
/** A numbered question put to the respondent: 2. 您的年龄：, （3）您所在的单位, 4. Your age:. */
const RESPONDENT_QUESTION = /^[ \t]*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|Q\d{1,2}[.:]?)[ \t]*[^\n]{0,20}?(?:您|你的|[Yy]our\b)/;
/** A questionnaire's item: its answer lines and boxes stay empty in the printed form. */
function isQuestionnaireItem(text: string): boolean {
  return RESPONDENT_QUESTION.test(text) || TICK_OPTIONS.test(text);
}

/** A date written in full (20 February 2017) straight before a run of underscores that ends the line. */
const DATED_BEFORE_RULE = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}[ \t]+$/;
/** Signed:, Signature, Witnessed by: before a line of underscores: a place for a handwritten signature. */
const SIGNATURE_LABEL = /\b(?:Signed|Signature|Sign here|Witnessed by|Witness)\s*(?:by)?\s*[:：]?\s*$/i;
/** The words of a signing row's labels (Chair: ____  Date: ____; Name … Position … Signature). */
const SIGNING_WORDS = new Set(['approved', 'agreed', 'confirmed', 'as', 'a', 'correct', 'true', 'accurate', 'record', 'signed', 'signature', 'sign', 'chair', 'chairman', 'chairwoman', 'chairperson', 'vice-chair', 'secretary', 'clerk', 'treasurer', 'president', 'mayor', 'witness', 'witnessed', 'by', 'date', 'dated', 'name', 'print', 'printed', 'position', 'title', 'of', 'the', 'on', 'behalf', 'for', 'and', 'board', 'committee', 'council', 'meeting', 'trustees', 'governors', '(chair)', '(print)']);
/** A label that signs (a role, a signature): a row of such labels and blanks is filled in by hand on the printed copy. */
const SIGNING_ROLE = /\b(?:signed|signature|chair(?:man|woman|person)?|secretary|clerk|treasurer|president|mayor|witness(?:ed)?)\b|签字|签名|签章|盖章|簽字|簽名|蓋章/i;
/** A Chinese label of a signing row: 述职人（签字）, 单位负责人签字, 日期, 单位（盖章）; a signer beside them (审核人, 经办人). */
const SIGNING_LABEL_ZH = /^(?:[\u4e00-\u9fff]{0,8}[（(]?(?:签字|签名|签章|盖章|簽字|簽名|蓋章)[）)]?|[\u4e00-\u9fff]{1,5}人|日期|时间|時間)$/;

/**
 * A row of a signing block: nothing but labels and the blanks after them, one label a role or signature (Chair: ____
 * Date: ____; 单位负责人签字：____  日期：____年__月__日): a place for a pen on the printed copy, not a blank in the draft.
 */
function signingRow(text: string): boolean {
  return SIGNING_ROLE.test(text) && signingLabels(text);
}

/**
 * Nothing but a signing block's labels and the blanks after them (Name (print): ____  Position: ____; Date ____/____/2026;
 * 日期：______年____月____日), with no role named: part of a signing block when a signing row stands beside it.
 */
function signingLabels(text: string): boolean {
  const rest = text.replace(/[_＿]{2,}[年月日]?/g, ' ');
  if (rest.length === text.length) return false;
  for (const token of rest.split(/[\s:：]+/)) {
    if (token === '' || SIGNING_DATE_REST.test(token)) continue;
    // (Chair), (Chairman), (Clerk): the role in brackets after the blank.
    if (!SIGNING_WORDS.has(token.toLowerCase().replace(/^\((.+)\)$/, '$1')) && !SIGNING_LABEL_ZH.test(token)) return false;
  }
  return true;
}
/** What is left of a date the signer writes in once its blanks are out: the slashes, the year written (/2026, 2026年). */
const SIGNING_DATE_REST = /^[/.\-]*(?:(?:19|20)\d\d年?)?$/;
/** After a run of underscores: the rest of a date left blank (______年____月____日, ____月__日). */
const UNDERSCORE_DATE_REST = /^(?:年[ \t]*[_＿]+[ \t]*月(?:[ \t]*[_＿]+[ \t]*日)?|月[ \t]*[_＿]+[ \t]*日)/;
const HAS_STAR = 4;
const HAS_UPPER = 8;
const HAS_ANGLE = 16;
const HAS_TEMPLATE = 32;
const HAS_CN_BRACKET = 64;
const HAS_MOU = 128;
const HAS_ELLIPSIS = 256;
const HAS_SMALL = 512;
const HAS_QUESTION = 1024;
const HAS_SQUARE = 2048;
const HAS_BRACE = 4096;
// The last six: what the line's other tests (某, …等, orem, ??, [, {{, here) search for, so that a line without them is
// not read again for each (most lines of a Chinese draft hold no Latin letter, no ? and no [).
const TRIGGERS = classBits(['xXＸｘ×', '○◯□〇_＿', '*＊', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '<‹', '<%[', '【（(', '某', '…', 'abcdefghijklmnopqrstuvwxyz', '?', '[', '{']);
// {{ name }}, not a site shortcode ({{< img … >}}, {{% note %}}: markup, masked as such in Markdown) nor a quoted
// literal run through a filter ({{ "/2015/07/15/post/" | url }}), nor a call of a site generator's function with a
// quoted or bracketed argument ({{image "8years/gophers.jpg"}}, {{raw (file "survey2016/usage.html")}}, {{code "x.go"
// `/start/`}}): a template prints those, nobody fills them in.
const MUSTACHE = /\{\{(?![<%]|\s*["']|\s*[A-Za-z_][\w.]*[ \t]+["'(`])[^{}\n]{0,80}\}\}/g;
const CONFLICT_START = /^<{7}(?: \S{1,60})?(?=\s*$)/;
// What a template engine prints for a field it had no value for: Go's <no value> and %!s(MISSING), JavaScript's [object Object].
const TEMPLATE_OUTPUT = /<no value>|%!\w\((?:MISSING|<nil>)\)|\[object Object\]/g;
// A format written with X as a digit or letter slot, and explained: 编号的编排方式为：X妆XXXXXXXX。其中，第一位X代表…
const X_DEFINED = /[XxＸ×]{1,8}\s*(?:代表|表示|是指|指代|为[^，。；,;]{0,24}(?:简称|代码|代号|编号|数字|年份|月份|流水号|序号|字母|顺序号))|\b(?:where|each)\s+[Xx]\s+(?:is|stands|represents|denotes)\b|\b[Xx]\s+(?:stands for|represents|denotes)\b/;
/**
 * 应当使用的规范用语是：……第XX条……处以XX元的罚款 / 格式为：…… — the text after the colon is a form the document
 * prescribes, and its X's are the blanks the reader fills in when using it: part of the published text.
 */
const FORM_LEAD = /(?:用语|格式|样式|式样|表述|写法|范本|范例|样例|模板|文本)(?:是|为|為|如下)[：:]|(?:用语|格式|样式|式样|范本|样例)[：:]/;
/** FORM_LEAD's match in the line; looked for only where a colon is (most lines have none, and it ends in one). */
const formLead = (text: string) => (text.includes('：') || text.includes(':') ? FORM_LEAD.exec(text) : null);
const CN_BRACKET = /【([^【】\n]{1,30})】|[（(]([^（）()\n]{1,12})[）)]/g;
const FILL_IN = wordsPattern(data.fillInPhrases);
/** Before 待填写: a negation (不是待填写的内容, 并非待补充的空白). */
const FILL_IN_NEGATED = /(?:不是|并非|并不是|不属于|而非|均非|绝非)$/;
// The snippets' own stand-in texts (写明采取的主要措施…, 单位名称, 第一项重点工作), derived from the snippet files.
const SKELETON_INSTRUCTION = wordsPattern(skeleton.instructions);
const SKELETON_NAME = wordsPattern(skeleton.names);
// Around a stand-in name: the start of a title or clause, an inline enumeration item (一是第一个问题), or the
// frame of a title (在会议名称上的报告, 关于调研主题的调研报告, 单位名称工作报告); after it, the end of the title or clause.
const NAME_BEFORE = /(?:^|[^\p{sc=Han}A-Za-z]|[一二三四五六七八九十]是|在|关于)$/u;
const NAME_AFTER = /^(?:$|[^\p{sc=Han}A-Za-z]|上|的|工作报告|工作总结|工作计划|述职报告)/u;
/** The rest of a title after a stand-in name and its colon: the kind of document it is (…: Project Report, ：2025年工作总结). */
const TITLE_AFTER_NAME = /(?:报告|報告|总结|總結|计划|計劃|方案|汇报|匯報|要点|要點|纪要|紀要|Report|Plan|Summary|Review|Update|Minutes)[\s*_#]*$/iu;

const PLACEHOLDER_WORDS = new Set(data.bracketPlaceholderWords);
const NOT_PLACEHOLDER_WORDS = new Set(data.squareNotPlaceholders);
const SURNAMES = new Set(data.surnames);
/** 关于某某, 对于某某: 于 there is the end of a preposition, not a surname. */
const PREPOSITIONS_BEFORE_MOU = new Set(data.prepositionsBeforeMou);

/** 张某某, 于某某: how case reports anonymise a person — not 关于某某单位 or 要向某某学习, where 于 and 向 are prepositions. */
/**
 * 在局长张某的带领下, 与李某某、王某共同: a person named by a surname and 某 in the running text (not on a signer's line,
 * not 某些/某种/某项, nor 于某日 after a preposition).
 */
const PERSON_MOU = /(?<=\p{sc=Han})某{1,2}(?![某些种種个個项項一方位处處次年月日时時地县縣市区區局委单單公])/gu;
function namesAnonymisedPerson(text: string): boolean {
  if (SIGNER.test(text)) return false;
  for (const m of text.matchAll(PERSON_MOU)) {
    const at = m.index ?? 0;
    if (!namesPerson(text, at)) continue;
    // A colleague, after a post (局长张某, 同事王某) or listed with another (李某某、王某), or 张某同志 — not a case's
    // party (村民张某某, 负责人李某, 被告人  张某某), whom a report anonymises whatever it does with its own names.
    const before = text.slice(Math.max(0, at - 5), at - 1);
    const after = text.slice(at + m[0].length, at + m[0].length + 4);
    if (COLLEAGUE_BEFORE.test(before) || /^同志/.test(after) || /^[、和与與及]\p{sc=Han}某/u.test(after) || /\p{sc=Han}某{1,2}[、和与與及]$/u.test(before)) return true;
  }
  return false;
}
/** 某市, 某县, 某区: a place left unnamed on purpose (not 某某市, a template's blank). */
const ANONYMISED_PLACE = /(?<!某)某(?:省|市|县|縣|区|區|州|镇|鎮|乡|鄉|村)/u;

/**
 * （某市交通投资集团有限公司副总经理　赵某） under the title and 述职人：赵某 at the end, in a text that leaves its places
 * unnamed (某市): the same person anonymised as byline and signer, as a published case does. A template's signer
 * (述职人：钱某 named nowhere else, 述职人：XXX) is still a blank.
 */
function anonymisedSigner(lines: readonly Line[]): boolean {
  let place = false;
  const signers = new Set<string>();
  const named = new Set<string>();
  for (const line of lines) {
    if (line.kind !== 'text' || !line.prose.includes('某')) continue;
    const text = line.prose;
    if (!place && ANONYMISED_PLACE.test(text)) place = true;
    const signer = SIGNER.exec(text);
    if (signer) signers.add(signer[1]);
    else for (const m of text.matchAll(PERSON_MOU)) if (namesPerson(text, m.index)) named.add(text.slice(m.index - 1, m.index + m[0].length));
  }
  return place && [...signers].some((name) => named.has(name));
}
/**
 * The signers' fields of an annual report's fixed form (公司负责人张某某、主管会计工作负责人李某某及会计机构负责人（会计主管
 * 人员）王某某声明…; 法定代表人：张某某; 董事会秘书：赵某某) and of a form's foot (制表人：, 复核人：): the label, an
 * optional bracket, an optional colon, and the name — group 1 — up to the end, a separator or the verb after it.
 */
const FORM_SIGNER_FIELD = /(?:法定代表人|公司负责人|單位負責人|单位负责人|主管会计工作负责人|主管會計工作負責人|会计机构负责人|會計機構負責人|财务负责人|財務負責人|董事长|董事長|董事会秘书|董事會秘書|证券事务代表|證券事務代表|制表人|復核人|复核人|审核人|審核人|编制人|編製人|填报人|填報人)(?:[（(][^（()）]{1,10}[）)])?[：:]?[ \t\u3000]*(\p{sc=Han}{2,4}?)(?=$|[ \t\u3000、，,；;。）)]|及|和|与|與|声明|聲明|保证|保證|签|簽)/gu;
/** 某某, up to four characters of trade and the kind of firm (某某科技有限公司): in an anonymised text, the firm masked. */
const ANONYMISED_FIRM = /^\p{sc=Han}{0,4}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司|集团|集團|公司|银行|銀行)/u;
/**
 * Whether a line may hold a label of FORM_SIGNER_FIELD: 代表 (法定代表人, 证券事务代表), 董事 (董事长, 董事会秘书), or 人
 * after 责責 (负责人), 核 (复核人, 审核人), 制製 (编制人), 报報 (填报人) or 表 (制表人). Nearly every Chinese line holds
 * 人; few hold one of these, and the pattern, tried at every position of a line, is not run on the others (perf87).
 */
function mayHoldFormSigner(text: string): boolean {
  if (text.includes('代表') || text.includes('董事')) return true;
  for (let i = text.indexOf('人', 1); i > 0; i = text.indexOf('人', i + 1)) {
    switch (text[i - 1]) {
      case '责': case '責': case '核': case '制': case '製': case '报': case '報': case '表': return true;
    }
  }
  return false;
}
/** 张某, 李某某: a name masked as a surname and 某. */
const MASKED_NAME = /^\p{sc=Han}某{1,2}$/u;
/** A name written in: a surname and one to three more characters, no 某, ×, X, nor a word of a sentence. */
const WRITTEN_NAME = /^\p{sc=Han}[^某×的了和与與及等为為在是由兼暂暫未无無]{1,3}$/u;

/** The masked (1) and written (2) signers' fields of a form on a line, as bits; 4 when a line holds two masked ones. */
function formSignerBits(text: string): number {
  let bits = 0;
  for (const m of text.matchAll(FORM_SIGNER_FIELD)) {
    const name = m[1];
    if (!SURNAMES.has(name[0])) continue;
    if (MASKED_NAME.test(name)) bits |= bits & 1 ? 5 : 1;
    else if (WRITTEN_NAME.test(name)) bits |= 2;
  }
  return bits;
}

/** The masked names in a form's signers' fields on a line: [start, end] of each. */
function maskedFormSigners(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(FORM_SIGNER_FIELD)) {
    const name = m[1];
    if (!SURNAMES.has(name[0]) || !MASKED_NAME.test(name)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push([end - name.length, end]);
  }
  return out;
}

const COLLEAGUE_BEFORE = /(?:长|長|书记|書記|主任|主席|委员|委員|经理|經理|老师|老師|同志|干部|幹部|科员|科員|同事|主管|专员|專員|秘书|秘書|会计|會計|助理|领导|領導)$/;
function namesPerson(text: string, at: number): boolean {
  const surname = text[at - 1] ?? '';
  if (!SURNAMES.has(surname)) return false;
  if (surname === '向' || surname === '于' || surname === '於') {
    if (surname === '向' && isHanBefore(text, at - 1)) return false;
    for (const n of [2, 3, 4]) if (at - n >= 0 && PREPOSITIONS_BEFORE_MOU.has(text.slice(at - n, at))) return false;
  }
  return true;
}
/**
 * 杭州某某贸易有限公司, 浙江省某某建设工程有限公司: a place, 某某, the firm's trade and 有限公司 — how published case reports
 * anonymise a company, as 张某某 a person. Not a bare 某某公司 or 某某有限公司 (no place or no trade: a template's blank),
 * nor 关于某某科技有限公司 / 填写某某… (a preposition or a verb before it, no place).
 */
const COMPANY_AFTER_MOU = /^[\p{sc=Han}]{1,8}?(?:有限责任公司|有限責任公司|股份有限公司|有限公司)/u;
const PLACE_BEFORE_MOU = /(?:[\p{sc=Han}]{1,4}(?:省|市|县|縣|区|區|州|镇|鎮)|[\p{sc=Han}]{2})$/u;
const NOT_IN_PLACE = /[某×于於向为為与與和同及对對将將把被给給经經由在从從的是请請填写寫如例等该該本各]/;
function namesCompany(text: string, start: number, end: number): boolean {
  const company = COMPANY_AFTER_MOU.exec(text.slice(end, end + 16));
  if (!company || /某/.test(company[0])) return false;
  const place = PLACE_BEFORE_MOU.exec(text.slice(Math.max(0, start - 6), start));
  return !!place && !NOT_IN_PLACE.test(place[0].slice(-2));
}
const FIELD_NAMES = new Set(data.bracketFieldNames);
const PREFIX = new RegExp(`^\\s*(?:${alternation(data.bracketPlaceholderPrefixes)})\\b`, 'i');
const BRACKETED = new Set(data.bracketedPhrases);
const BRACKET_KEYWORD = new RegExp(alternation(data.bracketKeywords));
const ROMAN_BEFORE = new RegExp(`(?:${alternation(data.romanContextBefore)})\\s*$`, 'i');
const ROMAN_AFTER = new RegExp(`^\\s*(?:${alternation(data.romanContextAfter)})\\b`, 'i');

interface Prepared {
  /** The draft is a meeting's minutes (its title says so): TBC there is an item's recorded state. */
  minutes: boolean;
  /** Lines that announce a list with nothing after them (主要做法如下： ⏎ 三、…; "included:" ⏎ ## Recommendations). */
  emptyLeadIns: Set<Line>;
  plain: boolean;
  cited: Set<string>;
  /** cited as a key. */
  citedKey: string;
  romanAt: Map<number, number>;
  /** romanAt by line object (what keyChanges compares between versions). */
  romanLines: Map<Line, number>;
  /** Text lines under a form's lead (格式如下：), up to a blank line. */
  inForm: Set<Line>;
  /** Lines of a block of labelled rows (【项目名称】智慧社区…, 【承担单位】市信息中心): their leading 【…】 is a label. */
  labelRows: Set<Line>;
  /** A kramdown-rfc source (--- abstract, --- middle): {{RFC5218}} is a cross-reference there, not a blank. */
  xrefs: boolean;
  /** The draft numbers its tables, figures or appendices in Roman numerals (Table IX): Table X is then the tenth. */
  romanRefs: boolean;
  /** The draft keys [x] as the official-statistics symbol ([x] = not available; Notes: [x], [z], [c]): a value withheld, no blank. */
  statSymbols: boolean;
  /** 述职人： alone above the closing date at the end of the text: the signer's name never written in. */
  emptySigners: Set<Line>;
  /** The text names other people by a surname and 某 (局长张某, 李某某): its signer 赵某 is anonymised with them. */
  anonymised: boolean;
  /**
   * A form's signers' fields hold written names and masked ones (法定代表人：陈立华 … 主管会计工作负责人：李某某): a
   * masked one is a name never filled in. Where every such field is masked (two at least, none written), the text is
   * anonymised (anonymised above).
   */
  formMixed: boolean;
  /** Lines a quoted example opened on a line above runs into (e.g., "I ⏎ want to receive $x,xxx …). */
  quoted: Set<Line>;
  /** The signatory's lines under a Signed: label (a blank line or two between): where a [Role] alone is a blank. */
  signed: Set<Line>;
  /** Label-and-blank lines beside a signing row (Signed: ____ (Chair) ⏎ Name (print): ____  Position: ____). */
  signing: Set<Line>;
  /** Quoted lines of a form the report quotes and explains: their blanks are the form's (placeholder-forms.ts). */
  quotedForm: Set<Line>;
  /** Lines of a block quote that quotes a record (The minute reads: ⏎ > Name of new wing: TBC.): placeholder-record.ts. */
  recordBlock: Set<Line>;
  /** For a line with XX in a paragraph that goes on above or below it: the end of the line before, the start of the one after. */
  wrapped: Map<Line, string>;
}

/** 述职人：, 报告人： alone on a line: who gives the report, the name not written in. */
const SIGNER_LABEL_ALONE = /^[ \t\u3000]*(?:述职人|述職人|报告人|報告人|汇报人|匯報人|发言人|發言人)[：:][ \t\u3000]*$/;
/** The closing date under it: 2025年12月  日, 2025年12月28日, 二〇二五年十二月. */
const CLOSING_DATE = /^[ \t\u3000]*(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})[ \t\u3000]*年[^，。；,;]{0,8}月(?:[^，。；,;]{0,8}日)?[ \t\u3000]*$/;

/** The signer's label alone, straight above the closing date, among the last lines of the text (述职人： / 2025年12月  日). */
function emptySignerLines(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  const last: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && last.length < 4; i--) if (lines[i].kind === 'text' && lines[i].prose.trim() !== '') last.unshift(lines[i]);
  for (let k = 0; k + 1 < last.length; k++) if (SIGNER_LABEL_ALONE.test(last[k].prose) && CLOSING_DATE.test(last[k + 1].prose)) out.add(last[k]);
  return out;
}

/** The part separators of a kramdown-rfc source, each on its own line. */
const KRAMDOWN_RFC_PART = /^--- (?:abstract|middle|back|note_\w+)\s*$/;

/**
 * What `prepare` reads of a text line alone, as bits: kept per line by the model (doc.lineFacts), so a lint tests only
 * the lines an edit made. A form's lead ends the line (格式如下：): the lines below it, up to a blank line, are the form.
 */
const OPENS_FORM = 1;
const IS_LABEL_ROW = 2;
const IS_LABEL_ONLY = 4;
const IS_FIELD_VALUE = 8;
/** A reference entry ([OECD 2022] …) or a label alone on its line: read further by citationLabels. */
const MAY_CITE = 16;

/** The line is text; the line is blank (lineBits only: factsOf is of text lines). */
const IS_TEXT = 32;
const IS_BLANK = 64;
/** The line's last quotation is left open at its end, a cue before it (quotationsRunningOn reads the lines below). */
const OPENS_QUOTATION = 128;

/** factsOf and the line's kind, as the model keeps them per line for prepare (doc.lineFacts). */
/** Signed: (or Signature:, Signed by:) alone on its line: a signature block's label, the signatory on the lines under it. */
const SIGN_LABEL_LINE = /^\s*(?:\*\*|__)?(?:Signed(?: by)?|Signature)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*$/i;
/** Yours faithfully, / Kind regards,: a letter's valediction alone on its line, the signatory on the lines under it. */
const VALEDICTION_LINE = /^\s*(?:Yours (?:faithfully|sincerely|truly)|(?:With )?(?:Kind|Best|Warm|Warmest) (?:regards|wishes)|Regards|With thanks|Many thanks|Sincerely)\s*,?\s*$/i;

function lineBits(line: Line): number {
  return line.kind === 'text' ? factsOf(line) | IS_TEXT : line.kind === 'blank' ? IS_BLANK : 0;
}

function factsOf(line: Line): number {
  let facts = 0;
  if (line.kind === 'text') {
    const prose = line.prose;
    const form = CONFLICT_START.test(prose) ? null : formLead(prose);
    if (form !== null && prose.slice(form.index + form[0].length).trim() === '') facts |= OPENS_FORM;
    if (LABEL_ROW.test(prose)) facts |= IS_LABEL_ROW;
    if (LABEL_ONLY.test(prose)) facts |= IS_LABEL_ONLY;
    if (FIELD_VALUE.test(prose)) facts |= IS_FIELD_VALUE;
    if (REFERENCE_ENTRY.test(prose) || LABEL_ALONE.test(prose)) facts |= MAY_CITE;
    if (opensQuotation(prose)) facts |= OPENS_QUOTATION;
  }
  return facts;
}

/** 【数据待区统计局核实后补充】【具体金额需进一步确认】: an editor's note that something is still to come. */
const PENDING_NOTE = /(?:待|需(?:进一步|進一步)?|尚需|有待)\p{sc=Han}{0,10}?(?:补充|補充|核实|核實|确认|確認|更新|完善|填写|填寫|补填|補填|提供|审定|審定|核对|核對|核定|审核|審核)/u;

/**
 * A line that announces a list and ends in its colon: 主要做法如下：, 存在的问题主要有：, "The main issues identified
 * included:", "as follows:". Not a form's lead (格式如下： is formLead's) nor a label (联系人：).
 */
const LEAD_IN_ZH = /(?:如下|以下|下列|主要有|主要包括|包括|具体是|分别是|几点|几个方面|有关事项)[^，,。；;：:]{0,8}[：:]$/;
const LEAD_IN_EN = /\b(?:included|include|includes|including|the following|as follows|following|below|were|are|is)[ \t]*:$/i;
/** The first item of a numbered run (一、 1. （一） First): a heading that may be the list itself. */
const FIRST_ITEM_VALUE = 1;

/**
 * Lines that announce a list with nothing after it: the next line with text is a heading of the lead-in's own level or
 * above (三、下一步打算 after 主要做法如下： under 二、; ## Recommendations after "included:" under ## Findings), or the
 * document ends. Not a lead-in whose next lines are a table, code, a quotation or a list (they belong to its section),
 * nor one before any heading (现将有关事项通知如下： ⏎ 一、…: the headings are its list), nor one followed by the first
 * of a numbered run (## 1. Scope).
 */
/** Columns of leading spaces and tabs (a tab counts as four). */
function indentOf(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

/**
 * A line that shows a picture: a Markdown image, an HTML <img>, <figure>, <picture>, <svg>, <video> or <iframe>, a site
 * generator's image call ({{< figure src="…" >}}, {{image "…"}}).
 */
const FIGURE_LINE = /^\s*(?:[-*+>]\s+)?(?:\[\s*)?(?:!\[[^\]\n]*\]\s*[([]|<(?:img|figure|picture|svg|video|iframe)\b|\{\{[<%]?\s*(?:image|img|figure|video)\b)/i;

function emptyLeadIns(lines: readonly Line[], sections: readonly { marker: Marker; endLine: number }[]): Set<Line> {
  const found = new Set<Line>();
  const at = new Map<number, { marker: Marker; endLine: number }>();
  for (const s of sections) at.set(s.marker.line, s);
  let open: { marker: Marker; endLine: number }[] = [];
  let si = 0;
  for (let i = 0; i < lines.length; i++) {
    while (si < sections.length && sections[si].marker.line <= i) open.push(sections[si++]);
    open = open.filter((s) => s.endLine >= i);
    const line = lines[i];
    if (line.kind !== 'text') continue;
    const text = line.prose.trimEnd();
    if (!text.endsWith('：') && !text.endsWith(':')) continue;
    if (!LEAD_IN_ZH.test(text) && !LEAD_IN_EN.test(text)) continue;
    // The lead-in is itself a heading (（二）主要做法如下：): what follows is its list.
    if (at.has(i)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j].kind === 'blank' || (lines[j].kind === 'text' && lines[j].prose.trim() === '')) && !FIGURE_LINE.test(lines[j].text)) j++;
    // …结果如下图： ⏎ ![](media/benchmark.png): the picture is what the lead-in announced.
    if (j < lines.length && FIGURE_LINE.test(lines[j].text)) continue;
    const inner = open.length ? open.reduce((a, b) => (a.marker.line > b.marker.line ? a : b)) : undefined;
    if (j >= lines.length) {
      // The end of the text: only a short lead-in standing alone under a heading (an excerpt may stop after the
      // long sentence that led into what it left out: …现将整改具体情况报告如下：).
      const alone = (i === 0 || lines[i - 1].kind !== 'text' || lines[i - 1].prose.trim() === '' || at.has(i - 1)) && text.trim().length <= (/[\u4e00-\u9fff]/.test(text) ? 20 : 50);
      if (inner && alone) found.add(line);
      continue;
    }
    if (lines[j].kind !== 'text') continue;
    // The lead-in's list quoted as an indented block (the paragraphs of a decision letter, numbered as in the
    // letter: "    8. The main issue is…"): the block is what follows, whatever its numbers.
    if (indentOf(lines[j].text) >= indentOf(lines[i].text) + 2 && lines[j].prose.trim().length > 12) continue;
    const next = at.get(j);
    if (!inner || !next || next.marker.headingLevel === undefined && next.marker.listItem) continue;
    if (inner.endLine >= j) continue;
    if (next.marker.kind !== 'heading' && next.marker.value === FIRST_ITEM_VALUE) continue;
    // A number that does not go on from the open section's (9. after 1. Purpose: items numbered as in another
    // document) is the list that was announced, numbered otherwise; numbering-sequence judges its numbers.
    if (next.marker.kind === inner.marker.kind && next.marker.kind !== 'heading' && next.marker.value !== inner.marker.value + 1) continue;
    found.add(line);
  }
  return found;
}

const rule: Rule<void, Prepared> = {
  meta: {
    id: 'placeholder',
    name: { zh: '占位符未替换', en: 'Leftover placeholder' },
    category: 'placeholders',
    description: {
      zh: '模板占位符未替换：xx、××、20xx、X月X日、某某、TODO、[NAME]、【待补充】等',
      en: 'Template placeholders left in: xx, ××, 20xx, X月X日, 某某, TODO, [NAME], 【待补充】 and the like',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      generic: { zh: '未替换的占位符“{text}”：请填写实际内容', en: 'Placeholder left in the text: “{text}”; fill in the real content' },
      year: { zh: '年份占位符“{text}”：请填写实际年份', en: 'Year placeholder “{text}”: fill in the actual year' },
      date: { zh: '日期或数量占位符“{text}”：请填写实际数值', en: 'Date or figure placeholder “{text}”: fill in the actual value' },
      todo: { zh: '遗留的待办标记“{text}”', en: 'Leftover marker “{text}”' },
      emptyList: { zh: '列举未写：“{text}”之后没有列出内容', en: 'List not written: nothing follows “{text}”' },
      signer: { zh: '署名未填：“{text}”后没有姓名', en: 'Signature not filled in: no name follows “{text}”' },
      skeleton: { zh: '替换骨架中的提示文字“{text}”，写上实际内容', en: 'Skeleton text left in: “{text}”; write the real content' },
      note: { zh: '删去编辑批注“{text}”：处理完批注所说的事项后删去，不要留在正文中', en: 'Editing note left in the text: “{text}”; act on it and delete it' },
      conflict: {
        zh: '合并冲突标记未清除“{text}”：保留正确的一方，删去“<<<<<<<”“=======”“>>>>>>>”各行',
        en: 'Merge conflict left in “{text}”: keep the right side and delete the <<<<<<<, ======= and >>>>>>> lines',
      },
      template: {
        zh: '模板输出有误“{text}”：模板字段没有取到值，请补上应有的内容',
        en: 'Broken template output “{text}”: a template field had no value; put in what belongs here',
      },
      extra: {
        zh: '未替换的占位符“{text}”（匹配自定义规则“{pattern}”）',
        en: 'Matches the placeholder pattern “{pattern}” (reportLint.placeholders.extra): “{text}”',
      },
    },
  },

  scope: 'line',

  // What a line's check reads beyond the line: the draft's citation labels, the Roman numerals numbering sections,
  // and whether a form (格式如下：) opened on a line above runs on through this one.
  prepare({ doc }) {
    // What each line is to this part, as bits, read only for the lines an edit changed (the model keeps the others').
    const facts = doc.lineFacts('placeholder', lineBits);
    const cited = citationLabels(doc.lines, facts);
    // XX. or XIX. numbering a section is a Roman numeral, not a blank.
    const romanAt = new Map(doc.sections.filter((s) => s.marker.kind === 'roman-upper' || s.marker.kind === 'roman-lower').map((s) => [s.marker.line, s.marker.numberStart]));
    for (const m of romanRunMarkers(doc.markers)) if (!romanAt.has(m.line)) romanAt.set(m.line, m.numberStart);
    // 格式如下： at the end of a line: the form follows on the next lines, up to a blank line.
    const inForm = new Set<Line>();
    const labelRows = new Set<Line>();
    let open = false;
    let previousRow = -2;
    const lines = doc.lines;
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      // 【项目名称】智慧社区… under or above 【承担单位】市信息中心: a filled-in form, one label and its value per row.
      const row = f & IS_LABEL_ROW ? i : -2;
      if (row >= 0 && previousRow === row - 1) labelRows.add(lines[previousRow]).add(lines[row]);
      previousRow = row;
      if ((f & IS_TEXT) === 0) {
        if (f & IS_BLANK) open = false;
        continue;
      }
      if (open) inForm.add(lines[i]);
      else open = (f & OPENS_FORM) !== 0;
    }
    for (const label of splitFormLabels(lines, facts)) labelRows.add(label);
    // Kept apart from the other facts (their eight bits are taken); most lines have no colon to try.
    const signs = doc.lineFacts('placeholder-sign', (line) => (line.kind === 'text' && ((line.prose.includes(':') && SIGN_LABEL_LINE.test(line.prose)) || VALEDICTION_LINE.test(line.prose)) ? 1 : 0));
    const signed = signatoryLines(lines, facts, signs);
    // 2: a signing row (Chair: ____  Date: ____); 1: labels and blanks only (Date ____/____/2026); read where a blank is.
    const signingRows = doc.lineFacts('placeholder-signing', (line) => (line.kind === 'text' && (line.prose.includes('__') || line.prose.includes('＿＿')) ? (signingRow(line.prose) ? 2 : signingLabels(line.prose) ? 1 : 0) : 0));
    const signing = signingBlockLines(lines, signingRows);
    const romanLines = new Map<Line, number>();
    for (const [at, start] of romanAt) if (doc.lines[at]) romanLines.set(doc.lines[at], start);
    // Table X is the tenth table where the draft numbers its tables in Roman numerals (Table IX before it).
    const romanRefs = doc.lineFacts('placeholder-roman-ref', (line) => (line.kind === 'text' && ROMAN_REFERENCE.test(line.prose) ? 1 : 0)).includes(1);
    // [x] = not available. / Notes: [x] not available; [z] not applicable; [c] confidential: the statistics symbols key.
    const statSymbols = doc.lineFacts('placeholder-stat-key', (line) => (line.kind === 'text' && line.prose.includes('[x]') && STAT_SYMBOL_KEY.test(line.prose) ? 1 : 0)).includes(1);
    const emptySigners = emptySignerLines(lines);
    // 局长张某、李某某 and 刘某 in the body: the text anonymises the people it names, so its signer 述职人：赵某 is
    // anonymised with them, not a name left to fill in.
    // 法定代表人：张某某 … 主管会计工作负责人：李某某: a form whose signers are all masked is an anonymised text; one
    // masked among written names is a blank.
    let masked = 0;
    let written = false;
    for (const b of doc.lineFacts('placeholder-form-signer', (line) => (line.kind === 'text' && mayHoldFormSigner(line.prose) ? formSignerBits(line.prose) : 0))) {
      masked += b & 4 ? 2 : b & 1;
      written ||= (b & 2) !== 0;
    }
    const formMixed = masked > 0 && written;
    const anonymised = (masked >= 2 && !written) || doc.lineFacts('placeholder-anonymised-person', (line) => (line.kind === 'text' && line.prose.includes('某') && namesAnonymisedPerson(line.prose) ? 1 : 0)).includes(1) || anonymisedSigner(doc.lines);
    const xrefs = doc.format === 'markdown' && doc.lines.some((line) => line.text.startsWith('--- ') && KRAMDOWN_RFC_PART.test(line.text));
    return { minutes: doc.lines.filter((l) => l.kind === 'text' && l.prose.trim() !== '').slice(0, 3).some((l) => MINUTES_TITLE.test(l.prose)), emptyLeadIns: emptyLeadIns(doc.lines, doc.sections), plain: doc.format === 'plain', cited, citedKey: [...cited].join('\n'), romanAt, romanLines, inForm, labelRows, xrefs, romanRefs, statSymbols, emptySigners, anonymised, formMixed, quoted: quotationsRunningOn(doc.lines, facts), signed, signing, quotedForm: quotedFormLines(doc.lines, doc.lineFacts('placeholder-quoted-form', formLineFact)), recordBlock: recordBlockLines(doc.lines, doc.lineFacts('placeholder-record', recordFact)), wrapped: wrapContexts(doc.lines, doc.paragraphs, doc.lineFacts('placeholder-xx', xxFact)) };
  },

  contextKey(line, prepared) {
    const l = line as Line;
    return `${prepared.minutes ? 'm' : ''}${prepared.plain ? 'p' : ''}${prepared.xrefs ? 'r' : ''}${prepared.romanRefs ? 'R' : ''}${prepared.statSymbols ? 'S' : ''}${prepared.anonymised ? 'A' : ''}${prepared.formMixed ? 'F' : ''}${prepared.inForm.has(l) ? 'f' : ''}${prepared.labelRows.has(l) ? 'l' : ''}${prepared.quoted.has(l) ? 'q' : ''}${prepared.signed.has(l) ? 's' : ''}${prepared.signing.has(l) ? 'g' : ''}${prepared.quotedForm.has(l) ? 'Q' : ''}${prepared.recordBlock.has(l) ? 'B' : ''}${prepared.emptyLeadIns.has(l) ? 'e' : ''}${prepared.emptySigners.has(l) ? 'n' : ''}${prepared.romanAt.get(l.index) ?? ''}|${prepared.wrapped.get(l) ?? ''}|${prepared.citedKey}`;
  },

  keyChanges(prepared, last) {
    if (prepared.minutes !== last.minutes || prepared.plain !== last.plain || prepared.xrefs !== last.xrefs || prepared.romanRefs !== last.romanRefs || prepared.statSymbols !== last.statSymbols || prepared.anonymised !== last.anonymised || prepared.formMixed !== last.formMixed || prepared.citedKey !== last.citedKey) return 'all';
    const changed = changedMembers(prepared.recordBlock, last.recordBlock, changedMembers(prepared.quotedForm, last.quotedForm, changedMembers(prepared.signing, last.signing, changedMembers(prepared.signed, last.signed, changedMembers(prepared.quoted, last.quoted, changedMembers(prepared.labelRows, last.labelRows, changedMembers(prepared.inForm, last.inForm, changedMembers(prepared.emptyLeadIns, last.emptyLeadIns, changedMembers(prepared.emptySigners, last.emptySigners)))))))));
    changedContexts(prepared.wrapped, last.wrapped, changed);
    for (const [line, start] of prepared.romanLines) if (last.romanLines.get(line) !== start) changed.push(line);
    for (const [line, start] of last.romanLines) if (prepared.romanLines.get(line) !== start) changed.push(line);
    return changed;
  },

  checkLine(line, context) {
    const { options } = context;
    const { plain, cited, romanAt, xrefs, romanRefs } = context.prepared;
    {
      if (line.kind !== 'text') return;
      const text = line.prose;
      if (context.prepared.emptySigners.has(line)) {
        const from = text.length - text.trimStart().length;
        const end = text.trimEnd().length;
        context.report({ message: 'signer', data: { text: text.slice(from, end) }, range: lineRange(line.index, from, end) });
      }
      if (context.prepared.emptyLeadIns.has(line)) {
        const end = text.trimEnd().length;
        const from = text.length - text.trimStart().length;
        // The lead-in's last words (a long sentence shown from a word's start).
        let start = Math.max(from, end - 40);
        if (start > from) start = text.indexOf(' ', start) >= 0 && text.indexOf(' ', start) < end - 4 ? text.indexOf(' ', start) + 1 : Math.max(from, end - 20);
        context.report({ message: 'emptyList', data: { text: `${start > from ? '…' : ''}${text.slice(start, end)}` }, range: lineRange(line.index, from, end) });
      }
      // <<<<<<< HEAD … ======= … >>>>>>> 4d5ef26: a merge conflict committed as it was (reported once, at its start).
      const conflict = CONFLICT_START.exec(text);
      if (conflict) {
        context.report({ message: 'conflict', data: { text: conflict[0].trim() }, range: lineRange(line.index, 0, conflict[0].length) });
        return;
      }
      const found: Candidate[] = [];
      // Where the line explains what its X's stand for, they are the slots of a format, not blanks.
      const triggers = bitsIn(TRIGGERS, text);
      const hasX = (triggers & HAS_X) !== 0;
      const xIsSymbol = hasX && X_DEFINED.test(text);
      const form = formLead(text);
      const formStart = context.prepared.inForm.has(line) ? 0 : form ? form.index + form[0].length : text.length;
      // X's count only before a form's fields start, and not where the line defines them.
      const xBefore = xIsSymbol ? 0 : formStart;

      if (hasX) eachMatchAt(YEAR, text, (i) => !ALNUM.test(text[i - 1] ?? '') || FY_BEFORE.test(text.slice(Math.max(0, i - 4), i)), (m) => {
        const end = m.index + m[0].length;
        const isYear = YEAR_CONTEXT.test(text.slice(end, end + 2)) || /[〔［[]$/.test(text.slice(0, m.index)) || !/\p{sc=Han}/u.test(text[end] ?? '');
        addBefore(found, xBefore, m.index, end, isYear ? 'year' : 'date');
      });
      // 力争于20__年6月底前: a year with its last digits left as underscores (20__, 202_).
      // Not where __ stands for the other names of the line too (__市…__县…于20__年: a text anonymised throughout).
      if (text.includes('_') && !ANONYMISING_BLANK.test(text)) eachMatch(UNDERSCORE_YEAR, text, (m) => add(found, m.index, m.index + m[0].length, 'year'));
      if (hasX && text.includes('年')) eachMaskedYear(text, (start, end) => addBefore(found, xBefore, start, end, 'year'));
      if (hasX) eachMatchAt(X_DATE, text, (i) => !ALNUM_OR_X.test(text[i - 1] ?? ''), (m) => addBefore(found, xBefore, m.index, m.index + m[0].length, 'date'));
      if (hasX) eachMatch(X_COUNT, text, (m) => addBefore(found, xBefore, m.index, m.index + 1, 'date'));
      if (hasX && (triggers & HAS_UPPER) !== 0) {
        eachMatch(X_NOUN_COUNT, text, (m) => addBefore(found, xBefore, m.index, m.index + 1, 'date'));
        if (!romanRefs) eachMatch(X_REFERENCE, text, (m) => addBefore(found, xBefore, m.index + m[0].length - 1, m.index + m[0].length, 'generic'));
      }
      // The usual ⏎ XX pair, Super Bowl ⏎ XX: what makes XX a word may stand on the line before or after, in the paragraph.
      const wrap = hasX ? context.prepared.wrapped.get(line) : undefined;
      const cut = wrap?.indexOf('\n') ?? -1;
      const wide = wrap === undefined ? text : `${wrap.slice(0, cut)} ${text} ${wrap.slice(cut + 1)}`;
      const shift = wrap === undefined ? 0 : cut + 1;
      if (hasX) eachMatch(X_RUN, text, (m) => {
        if (romanAt.get(line.index) === m.index) return;
        const end = m.index + m[0].length;
        if (isXPlaceholder(wide, m.index + shift, end + shift) && !anonymisedName(text, m.index, end)) addBefore(found, xBefore, m.index, end, 'generic');
      });
      // 张某某 is how case reports anonymise a person; 某某局长 is a blank.
      if ((triggers & HAS_MOU) !== 0 && text.includes('某某')) eachMatch(MOU, text, (m) => {
        const end = m.index + m[0].length;
        // 某某股份有限公司2025年年度报告 over a form whose signers are all 张某某, 李某某: the firm anonymised with them.
        if (context.prepared.anonymised && ANONYMISED_FIRM.test(text.slice(end, end + 10))) return;
        if (!namesPerson(text, m.index) && !namesCompany(text, m.index, end)) add(found, m.index, end, 'generic');
      });
      // 述职人：张某某, 县审计局局长  王某: the signer's name never filled in (a case report's 张某某 is a person).
      if ((triggers & HAS_MOU) !== 0 && text.includes('某')) {
        const signer = SIGNER.exec(text);
        if (signer && SURNAMES.has(signer[1][0]) && !context.prepared.anonymised) add(found, text.lastIndexOf(signer[1]), text.lastIndexOf(signer[1]) + signer[1].length, 'generic');
      }
      // 法定代表人：陈立华 … 主管会计工作负责人：李某某: one signer of a form masked among written ones.
      if ((triggers & HAS_MOU) !== 0 && context.prepared.formMixed) for (const [start, end] of maskedFormSigners(text)) add(found, start, end, 'generic');
      // 区民政局、某局联合印发: one 某 for the name of a unit listed beside units that are named.
      if ((triggers & HAS_MOU) !== 0) eachMatch(ONE_MOU, text, (m) => {
        if (besideNamedUnit(text, m.index, m.index + m[0].length, m[1])) add(found, m.index, m.index + m[0].length, 'generic');
      });
      // （一）……: a heading the outline left for its item.
      if ((triggers & HAS_ELLIPSIS) !== 0) {
        const h = EMPTY_HEADING.exec(text);
        if (h) {
          const at = text.indexOf(h[1]);
          add(found, at, at + h[1].length, 'generic');
        }
      }
      // 涉及……等部门: a list that was never written, its ellipsis and 等 straight after the verb that leads it.
      if ((triggers & HAS_ELLIPSIS) !== 0 && text.includes('…等')) eachMatch(EMPTY_LIST, text, (m) => add(found, m.index + m[1].length, m.index + m[0].length, 'generic'));
      // A line of nothing but underscores or boxes is a rule or a drawing, not a blank to fill in.
      let dateBlankEnd = -1;
      // Whether the line is a signing row: read once per line, not per blank (a long line of blanks stays linear).
      let signing: boolean | undefined;
      let question: boolean | undefined;
      if ((triggers & HAS_BLANK) !== 0 && /[^\s_＿○◯□〇\-=*]/.test(text)) eachMatch(BLANKS, text, (m) => {
        if (m.index < dateBlankEnd) return;
        // Signed: ________ is where a pen goes on the printed page, not a blank left in the draft.
        if (SIGNATURE_LABEL.test(text.slice(Math.max(0, m.index - 16), m.index)) || (signing ??= signingRow(text)) || context.prepared.signing.has(line)) return;
        // ________ J. Smith, Secretary: a signature rule with the signer's printed name beside it.
        if (signatureRule(text, m.index, m.index + m[0].length)) return;
        // 1. 您的职业类别：□外卖骑手 □快递员 □其他________ · 2. 您的年龄：______岁: a questionnaire reproduced in the
        // report, its answer lines meant to stay empty.
        if ((question ??= isQuestionnaireItem(text))) return;
        // Distributed on Budget Day: 20 February 2017 ________: a cover's rule drawn after its dated line, the date
        // written in full; nothing is left to fill in.
        if (m.index + m[0].length === text.trimEnd().length && DATED_BEFORE_RULE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
        // ______年____月____日: one date left blank, one finding.
        const date = UNDERSCORE_DATE_REST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
        if (date) {
          dateBlankEnd = m.index + m[0].length + date[0].length;
          add(found, m.index, dateBlankEnd, 'date');
          return;
        }
        add(found, m.index, m.index + m[0].length, 'generic');
      });
      if (plain && (triggers & HAS_STAR) !== 0) {
        eachMatch(STAR_FIGURE, text, (m) => {
          // 600*600毫米 and 硕士生数*1.5、聘请校外教师数*0.5 are multiplications: a * that stands for a figure is the
          // whole figure (会议*次, *.*亿元), never followed by the figure's own digits.
          if (!isDigit(text[m.index + m[0].length] ?? '')) add(found, m.index, m.index + m[0].length, 'date');
        });
        eachMatch(STARS, text, (m) => {
          const end = m.index + m[0].length;
          if (isHanBefore(text, m.index) || isHanAt(text, end)) add(found, m.index, end, 'generic');
        });
      }
      if ((triggers & HAS_UPPER) !== 0) eachMatch(TODO, text, (m) => {
        // Minutes: "The date of the resurfacing is TBC." records what the meeting left open, a status, not a blank.
        if (context.prepared.minutes && /^TB[CDA]$/.test(m[0]) && minutesStatus(text, m.index, m.index + m[0].length)) return;
        if (!namesTodo(text, m.index, m.index + m[0].length)) add(found, m.index, m.index + m[0].length, 'todo');
      });
      if (hasX) eachMatch(X_FIGURE, text, (m) => {
        // $X.X million and X.X%: a figure; X.Y in prose with no currency or unit is left alone.
        const figure = /^[$£€¥]/.test(m[0]) || /^[ ]?(?:%|per ?cent|million|billion|thousand|m\b|bn\b|k\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9));
        if (figure) addBefore(found, xBefore, m.index, m.index + m[0].length, 'date');
      });
      // https://doi.org/10.XXXX/…: a DOI whose registrant code (digits, always) was never filled in.
      // The address is masked out of the prose (link syntax); its columns are the text's.
      if (line.text.includes('10.X')) eachMatch(DOI_BLANK, line.text, (m) => add(found, m.index, m.index + m[0].length, 'generic'));
      if (/[Xx]{2}\./.test(line.text)) eachMatch(URL_FILLER_HOST, line.text, (m) => {
        const end = m.index + m[0].length;
        add(found, end - m[1].length, end, 'generic');
      });
      if (((triggers & HAS_SMALL) !== 0 && text.includes('orem')) || ((triggers & HAS_UPPER) !== 0 && text.includes('OREM'))) eachMatch(LOREM, text, (m) => add(found, m.index, m.index + m[0].length, 'generic'));
      if ((triggers & HAS_QUESTION) !== 0 && text.includes('??')) eachMatch(QUESTION_BLANK, text, (m) => {
        if (isQuestionBlank(text, m.index, m.index + m[0].length)) add(found, m.index, m.index + m[0].length, 'generic');
      });
      if ((triggers & HAS_UPPER) !== 0 && /YY/.test(text)) eachMatch(DATE_FORMAT, text, (m) => {
        // Date: DD/MM/YYYY (a field never filled in), not "dates are written YYYY-MM-DD" (a format described).
        const end = m.index + m[0].length;
        if (/[:：]\s*(?:\*\*|__)?\s*$/.test(text.slice(0, m.index)) && /^\s*(?:\*\*|__)?\s*$/.test(text.slice(end))) add(found, m.index, end, 'date');
        // approved in Month YYYY, appointed on DD/MM/YYYY: in running text after a word a date follows, unless the
        // sentence is about the format.
        else if (DATE_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index)) && !FORMAT_WORDS.test(sentenceBefore(text, m.index)) && !FORMAT_AFTER.test(text.slice(end, end + 12))) add(found, m.index, end, 'date');
      });
      if (text.includes('__') || ((triggers & HAS_UPPER) !== 0 && text.includes('DD'))) eachMatch(DAY_BLANK_DATE, text, (m) => {
        const end = m.index + m[0].length;
        if (!FORMAT_AFTER.test(text.slice(end, end + 12)) && !signingRow(text) && !context.prepared.signing.has(line)) add(found, m.index, end, 'date');
      });
      if (((triggers & HAS_QUESTION) !== 0 && (text.includes(' ?') || text.includes('\t?'))) || text.includes('？')) eachMatch(REFERENCE_QUESTION, text, (m) => add(found, m.index, m.index + m[0].length, 'generic'));
      if ((triggers & HAS_UPPER) !== 0 && (text.includes('Month X') || text.includes('Quarter X'))) eachMatch(WORD_DATE_BLANK, text, (m) => add(found, m.index, m.index + m[0].length, 'date'));
      if ((triggers & HAS_UPPER) !== 0 && /X[ \t/,]/.test(text)) eachMatch(X_DAY_DATE, text, (m) => {
        const end = m.index + m[0].length;
        if (!FORMAT_AFTER.test(text.slice(end, end + 12)) && !FORMAT_WORDS.test(sentenceBefore(text, m.index))) add(found, m.index, end, 'date');
      });
      if ((triggers & HAS_SQUARE) !== 0) eachMatch(SQUARE, text, (m) => {
        const inner = m[1].trim();
        const end = m.index + m[0].length;
        if (cited.has(inner)) return;
        // | Eastmoor | [x] |, where the draft keys [x] as "not available": the official-statistics symbol, not a blank.
        if (inner === 'x' && context.prepared.statSymbols && !FIELD_LABEL_EN.test(text.slice(0, m.index))) return;
        if (isSquarePlaceholder(inner, text.slice(0, m.index)) || (instructionBracket(inner) && !/^[(\[]/.test(line.text.slice(end, end + 1))) || descriptivePlaceholder(inner, text.slice(Math.max(0, m.index - 1), m.index), text.slice(end, end + 1)) || namedField(inner, text.slice(end, end + 1)) || labelledField(inner, text.slice(0, m.index), text.slice(end)) || (context.prepared.signed.has(line) && signatoryRole(inner, text, m.index, end))) add(found, m.index, end, 'generic');
      });
      // Not an image's alt text (![enter image description here](…)), which the reader never sees.
      if ((triggers & (HAS_SMALL | HAS_UPPER)) !== 0 && /here\b/i.test(text) && !line.text.includes('![')) {
        const instruction = INSTRUCTION_EN.exec(text);
        if (instruction) add(found, instruction.index + instruction[1].length, text.trimEnd().length, 'generic');
      }
      // The three outputs by their fixed starts first: V8 scans for no one character of the alternation.
      if ((triggers & HAS_TEMPLATE) !== 0 && (text.includes('<no value>') || text.includes('%!') || text.includes('[object Object]'))) eachMatch(TEMPLATE_OUTPUT, text, (m) => add(found, m.index, m.index + m[0].length, 'template'));
      if ((triggers & HAS_ANGLE) !== 0) eachMatch(ANGLE, text, (m) => {
        const end = m.index + m[0].length;
        // The syntax rule named <URI>, the <AUTHORITY> component: a grammar's name for a part, mentioned, not a blank.
        if (ANGLE_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || ANGLE_NAMED_AFTER.test(text.slice(end, end + 16))) return;
        if (isAnglePlaceholder(m[1], text[m.index - 1] ?? '', text[end] ?? '', plain, inLinkText(line.text, m.index, end))) add(found, m.index, end, 'generic');
      });
      if ((triggers & HAS_BRACE) !== 0 && text.includes('{{') && !xrefs) eachMatch(MUSTACHE, text, (m) => add(found, m.index, m.index + m[0].length, 'generic'));
      if ((triggers & HAS_CN_BRACKET) !== 0) eachMatch(CN_BRACKET, text, (m) => {
        const inner = (m[1] ?? m[2]).trim();
        // 【待补充】【请填写单位】【姓名】 are blanks; 【接待服务】 and 【典型案例】 are labels.
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
        // 【项目名称】：智慧社区…, or a row of a block of labelled rows: the label of the value after it.
        if (m[1] !== undefined && m.index === text.length - text.trimStart().length && (LABEL_COLON_VALUE.test(text.slice(m.index + m[0].length)) || context.prepared.labelRows.has(line))) return;
        const isPlaceholder = m[1] !== undefined ? /^待/.test(inner) || instructionBracket(inner) || PENDING_NOTE.test(inner) || BRACKET_KEYWORD.test(inner) || FIELD_NAMES.has(inner) || namedField(inner, after, text[m.index - 1] ?? '') || (FIGURE_FIELD.test(inner) && FIGURE_UNIT_AFTER.test(after)) || descriptiveCnBracket(inner, text.slice(0, m.index), text.slice(m.index + m[0].length)) : BRACKETED.has(inner) || (ROUND_NAMED_FIELD.test(inner) && !/^[：:]/.test(after));
        if (isPlaceholder) add(found, m.index, m.index + m[0].length, 'generic');
      });
      eachWordMatch(FILL_IN, text, (m) => {
        const end = m.index + m[0].length;
        // 有待补充 is a statement; 请填写附件2《回执》 is an instruction to the reader of a notice.
        if (data.fillInNotAfter.includes(text[m.index - 1] ?? '')) return;
        // 不是待填写的内容: says the text is not a blank.
        if (FILL_IN_NEGATED.test(text.slice(Math.max(0, m.index - 4), m.index))) return;
        // 待填报 is "awaiting filing", a step in a procedure.
        if (m[0] === '待填' && /[报報表]/.test(text[end] ?? '')) return;
        if (data.fillInInstructionFollowers.some((w) => text.startsWith(w, end) || text.startsWith(w, end + 1))) return;
        add(found, m.index, end, 'generic');
      });
      for (const note of editingNotes(text)) add(found, note.start, note.end, 'note');
      // No pre-test of the line: eachWordMatch reads it as fast as a test of its first characters would.
      eachWordMatch(SKELETON_INSTRUCTION, text, (m) => add(found, m.index, m.index + m[0].length, 'skeleton'));
      eachWordMatch(SKELETON_NAME, text, (m) => {
        // A whole title or clause (（一）第一项重点工作, 单位名称2025年…), not words inside a sentence (变更单位名称).
        const end = m.index + m[0].length;
        // 单位名称：濮阳市东大食品有限公司, a decision's or a form's field: the name labels the value after its colon. Not a
        // title's frame (Project name: Project Report, 单位名称：2025年工作总结), whose words after the colon name the document.
        if (LABEL_COLON_VALUE.test(text.slice(end)) && !TITLE_AFTER_NAME.test(text.slice(end))) return;
        if (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && NAME_AFTER.test(text.slice(end, end + 4))) add(found, m.index, end, 'skeleton');
      });
      for (const pattern of options.placeholderExtra) {
        const matcher = pattern.regex.matcher(text);
        while (matcher.find()) {
          if (matcher.end() > matcher.start()) add(found, matcher.start(), matcher.end(), 'extra', pattern.source);
        }
      }

      let spans: number[] | undefined;
      for (const c of joinFields(dropOverlaps(found), text)) {
        const written = line.text.slice(c.start, c.end);
        if (options.placeholderAllow.has(written)) continue;
        // I, ________ (full name), member number ____: a form the report quotes and explains, its blanks the form's.
        if (isBlankKind(c.kind) && context.prepared.quotedForm.has(line)) continue;
        if (c.kind !== 'extra' && quotedExample(line.text, c.start, c.end, context.prepared.quoted.has(line), () => (spans ??= quotationSpans(line.text)))) continue;
        // The committee minute of 12 January 1994 reads: "Name of new wing: TBC.": the record's marker, quoted word for
        // word (in the line's quotation, or a block quote under such a lead-in).
        if ((isBlankKind(c.kind) || c.kind === 'todo') && (context.prepared.recordBlock.has(line) || recordQuotation(line.text, c.start, c.end, (spans ??= quotationSpans(line.text))))) continue;
        context.report({
          message: c.kind,
          data: { text: written, pattern: c.pattern ?? '' },
          range: lineRange(line.index, c.start, c.end),
        });
      }
    }
  },
};

export default rule;

// Before a quoted example: the words that say the text names a placeholder rather than leaves one in, or that what
// follows in quotes is an example or a message to write (e.g., "triage the issues for $x,xxx"; Say "spend $XXXX").
const MENTION_CUE = /\b(?:such as|for example|for instance|placeholders?|(?:template |merge )?fields?|tokens?|stand-ins?|say|something like)\b|(?<![\w.])e\.g\.(?!\w)/i;

/**
 * Template fields such as "[Project name]" and "<owner>" have been removed: a placeholder in quotes, named as an
 * example of one, is mentioned, not left in. So is a blank inside a quoted example or model message — one-off
 * payments (e.g., "triage all open issues for label X for $x,xxx"), Say "spend $XXXX budget": the amount is left
 * open on purpose. `continued` is where a quotation opened on a line above (with its cue) runs into this one.
 */
function quotedExample(text: string, start: number, end: number, continued: boolean, spans: () => number[]): boolean {
  const open = text[start - 1] ?? '';
  const close = text[end] ?? '';
  const pairs: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’', '`': '`' };
  if (pairs[open] && pairs[open] === close && MENTION_CUE.test(sentenceBefore(text, start - 1))) return true;
  // The quotation the blank is in: the last one opened before it and not closed before it (the line's quotations
  // read once, for all its blanks).
  const list = spans();
  if (list.length === 0) return continued;
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[2 * mid] >= start) hi = mid;
    else lo = mid + 1;
  }
  let k = lo - 1;
  if (k >= 0 && list[2 * k + 1] < start) k = -1;
  if (k < 0) return continued && (list.length === 0 || list[0] > start);
  return MENTION_CUE.test(sentenceBefore(text, list[2 * k]));
}

/** The sentence before `at`, from at most 160 characters back (a cue stands close to its quotation). */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 160), at).split(/[.!?;](?:\s|$)/).pop() ?? '';
}

/** The marks quotationSpans reads. */
const QUOTATION_MARK = /["\u201c\u201d]/g;
/** A letter of MENTION_CUE: each of its words has one (it has no u flag, so no other character matches one under i). */
const ASCII_LETTER = /[A-Za-z]/;

/**
 * The double quotations of a line, as [open, close, open, close, …] (close is the line's length for one left open):
 * " counted in pairs, “ up to its ”. One pass over the line.
 */
export function quotationSpans(text: string): number[] {
  const out: number[] = [];
  let straight = -1;
  let curly = -1;
  // Only the quotation marks are read, found by a native search (a loop over every character of the line ran in the
  // interpreter in a CLI run: perf43cli).
  QUOTATION_MARK.lastIndex = 0;
  while (QUOTATION_MARK.test(text)) {
    const i = QUOTATION_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        out.push(straight, i);
        straight = -1;
      }
    } else if (c === 0x201c) {
      if (curly < 0) curly = i;
    } else if (c === 0x201d && curly >= 0) {
      out.push(curly, i);
      curly = -1;
    }
  }
  if (straight >= 0) out.push(straight, text.length);
  if (curly >= 0) out.push(curly, text.length);
  // Ordered by where each opens (a straight pair may close inside a curly one).
  const pairs: [number, number][] = [];
  for (let i = 0; i < out.length; i += 2) pairs.push([out[i], out[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

/** The prose's last quotation is left open at its end, a cue before it. */
function opensQuotation(text: string): boolean {
  if (!text.includes('"') && !text.includes('“')) return false;
  // No cue without an ASCII letter before the quotation: most Chinese lines with quotation marks stop here.
  if (!ASCII_LETTER.test(text)) return false;
  const spans = quotationSpans(text);
  return spans.length > 0 && spans[spans.length - 1] === text.length && MENTION_CUE.test(sentenceBefore(text, spans[spans.length - 2]));
}

/**
 * Lines a quoted example opened on a line above runs into: the line that opens it (its cue before the quote) leaves
 * it open at its end; the lines after it, up to the one that closes it, a blank line, or three lines on. Which lines
 * open one is a fact of the line (OPENS_QUOTATION, kept per line by the model): a lint reads the lines an edit
 * changed, not every line with a quotation mark (every keystroke read the 3 MB draft's 5,000 such lines).
 */
function quotationsRunningOn(lines: readonly Line[], facts: Uint8Array): Set<Line> {
  const out = new Set<Line>();
  for (let i = 0; i < facts.length; i++) {
    if ((facts[i] & OPENS_QUOTATION) === 0) continue;
    for (let j = i + 1; j <= i + 3 && j < lines.length && lines[j].kind === 'text'; j++) {
      out.add(lines[j]);
      if (/["”]/.test(lines[j].prose)) break;
    }
  }
  return out;
}

/**
 * XXXX-XXXXXXX, XXXXXX-XXXXXXXX-XXXX, XX/XX/20XX, 20XX年X月X日: the blanks of one field (a telephone, an ID number, a date) written
 * in parts are one placeholder, not one per part.
 */
const isBlankKind = (k: Kind) => k === 'generic' || k === 'date' || k === 'year';

function joinFields(found: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, c.start) : '';
    // 20XX年X月X日: the year and the rest of one date.
    const oneDate = last?.kind === 'year' && c.kind === 'date' && /^年$/.test(between);
    if (last && isBlankKind(last.kind) && isBlankKind(c.kind) && !last.pattern && !c.pattern && (/^[-–—/.．:：]$/.test(between) || oneDate)) {
      out[out.length - 1] = { ...last, end: c.end, kind: last.kind === c.kind ? c.kind : 'date' };
    } else {
      out.push(c);
    }
  }
  return out;
}

/** What may follow a person's name in a sentence: punctuation, or 男/女, 等, 的, 犯, 因, 于, 被… (翁××，男; 陈××等3人). */
const AFTER_PERSON = /^(?:[^\p{sc=Han}]|$|[男女等的同犯因于被系称在和与及又说向对为将已曾])/u;

/**
 * 翁××, 夏××, 陈××等3人: how judgments and case reports anonymise a person, a surname and one or two ×, like 张某某.
 * Not ××局长, 联系人：××, 王××局 (a unit's name left blank) or 关于××单位 (于 a preposition).
 */
function anonymisedName(text: string, start: number, end: number): boolean {
  return /^[×Ｘ]{1,2}$/.test(text.slice(start, end)) && namesPerson(text, start) && AFTER_PERSON.test(text.slice(end, end + 1));
}

/** Words of a sentence about sex chromosomes, where XX is a karyotype (46,XX; the usual XX pair; XX染色体). */
const CHROMOSOMES_NEAR = /chromosom|karyotyp|\bXY\b|染色体|核型/i;
/** After XX: -large or -small, a size (XX-large; over a line break, XX- ⏎ large). */
const XX_SIZE_AFTER = /^-[ \t]*(?:large|small)\b/i;

/** A run of x/X/× is a placeholder in Chinese context (xx市), as a standalone English word (xx), or as ××. */
function isXPlaceholder(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/^×+$/.test(run)) return !isDigit(before) && !isDigit(after); // 3××4 is arithmetic gone wrong, not a stand-in
  if (isAsciiLetter(before) || isAsciiLetter(after) || (after !== '' && X.includes(after))) return false; // XXL, Foxx
  // 4xx平方米 stands for a figure; 20xx is a year (reported as such); 4xx errors is an HTTP status class. After a
  // model's letters (R7xx系列服务器, GTX10xx) the x's name a product series.
  if (isDigit(before)) return (isHanAt(text, end) && !afterModelLetters(text, start)) || phoneDigitsBlank(text, start, end) || codeDigitsBlank(text, start, end);
  if (isDigit(after)) return false;
  // The usual XX pair, XX染色体: the sex chromosomes, named as the genetics text names them.
  if (run === 'XX' && CHROMOSOMES_NEAR.test(text.slice(Math.max(0, start - 80), end + 80))) return false;
  // XX-large, XX-small (a size, like XXL).
  if (run === 'XX' && XX_SIZE_AFTER.test(text.slice(end, end + 8))) return false;
  if (isHanBefore(text, start) || isHanAt(text, end)) return true;
  if (/[xｘ]/.test(run)) return true; // lower-case xx in English text
  // Upper-case XX: a Roman numeral after Chapter/Part/World War…, or before "century".
  return !(ROMAN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || ROMAN_AFTER.test(text.slice(end, end + 20)));
}

/**
 * 联系电话：0571-8XXXXXXX: the first digits of a telephone typed and the rest left as X's. Five X's or more to the end
 * of the number, after a telephone or fax label; a mobile masked for privacy keeps its last digits (138XXXX5678) or
 * hides only four (1391234XXXX). After an English label (Tel: 01632 960XXX) three X's are enough.
 */
function phoneDigitsBlank(text: string, start: number, end: number): boolean {
  if (end - start < 3 || !/^[Xx]+$/.test(text.slice(start, end)) || isDigit(text[end] ?? '')) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  // Tel: 01632 960XXX, call 020 7946 0XXX: an English label, three X's or more (a masked number is rare in a report).
  // 电话：0571-8623XXXX: an office line after its area code is never masked for privacy (a mobile is: 1391234XXXX).
  return end - start >= 5 ? PHONE_LABEL_BEFORE.test(before) || PHONE_LABEL_BEFORE_EN.test(before) : PHONE_LABEL_BEFORE_EN.test(before) || (end - start >= 4 && PHONE_LABEL_BEFORE.test(before) && AREA_CODE_BEFORE.test(before));
}
/**
 * 证券代码：603XXX, 邮政编码：310XXX: a code's first digits typed and the rest left as X's to its end, after the code's
 * label (a masked identity number keeps its last digits: 330102XXXXXXXX1234).
 */
function codeDigitsBlank(text: string, start: number, end: number): boolean {
  return !isDigit(text[end] ?? '') && CODE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
const CODE_LABEL_BEFORE = /(?:(?:证券|證券|股票|基金|债券|債券|信用)代[码碼]|邮政编码|郵政編碼|邮编|郵編|\b(?:stock|share|securities|ticker|fund) code)\s*[:：]?\s*\d{1,17}$/i;
const PHONE_LABEL_BEFORE_EN = /\b(?:tel|telephone|phone|fax|mobile|mob|helpline|call|ring)\b\.?\s*(?:no\.?|number)?\s*[:：]?\s*\+?[\d\-–\s()]{1,18}$/i;
/** An area code and the typed digits of an office line before its X's (0571-8623, (010)6512). */
const AREA_CODE_BEFORE = /(?:^|[^\d])(?:0\d{2,3}[-－—]|[（(]0\d{2,3}[）)])\d{2,6}$/;
const PHONE_LABEL_BEFORE = /(?:电话|電話|传真|傳真|热线|熱線|手机|手機)(?:号码|號碼)?\s*[:：]?\s*[\d\-－—\s()（）]{1,14}$/;

/**
 * XIX. XX. XXI. in an excerpt that starts past I. (the outline numbers no section from them): Roman markers of one
 * case and style, each the next or the one after the next of the Roman marker before it. XX. XX. or XXV. then XX.
 * number nothing: a template's blanks.
 */
function romanRunMarkers(markers: readonly Marker[]): Marker[] {
  const out: Marker[] = [];
  let previous: { marker: Marker; kind: MarkerKind; value: number } | undefined;
  for (const marker of markers) {
    const reading = romanReading(marker);
    if (!reading) continue;
    if (previous && previous.kind === reading.kind && previous.marker.style === marker.style && reading.value > previous.value && reading.value <= previous.value + 2) {
      if (out[out.length - 1] !== previous.marker) out.push(previous.marker);
      out.push(marker);
    }
    previous = { marker, ...reading };
  }
  return out;
}

function romanReading(m: Marker): { kind: MarkerKind; value: number } | undefined {
  if (m.kind === 'roman-upper' || m.kind === 'roman-lower') return { kind: m.kind, value: m.value };
  return m.alternatives?.find((r) => r.kind === 'roman-upper' || r.kind === 'roman-lower');
}

/**
 * 区民政局、某局 / 某公司与市城投公司: a 某 unit listed (、和与及) next to a named unit of the same kind is a name that
 * was never filled in; 某局干部 alone, or 某县 in a case study, is how a text leaves a unit unnamed on purpose.
 */
function besideNamedUnit(text: string, start: number, end: number, kind: string): boolean {
  // The run of Han characters on the other side of the 、 (or 和, 与…): a name of the same kind, with no 某 in it.
  const named = (run: string | undefined) => run !== undefined && run.length > kind.length && run.endsWith(kind) && !run.includes('某');
  const before = /(\p{sc=Han}{2,16})[、和与與及同]$/u.exec(text.slice(Math.max(0, start - 17), start))?.[1];
  const after = /^[、和与與及同]((?:(?![、和与與及同])\p{sc=Han}){2,16})/u.exec(text.slice(end, end + 17))?.[1];
  return named(before) || named(after?.match(new RegExp(`^.*?${kind}`, 'u'))?.[0]);
}

/** R7xx, GTX10xx: the digits before the x's follow a Latin letter, as a model number does. */
function afterModelLetters(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isDigit(text[i - 1])) i--;
  return isAsciiLetter(text[i - 1] ?? '');
}

/** A line that opens with a bracketed label and goes on with its value: 【项目名称】智慧社区…, 【时间】：5月20日. */
const LABEL_ROW = /^\s*【[^【】\n]{1,30}】[：:]?\s*[^\s：:<]/;
const LABEL_ONLY = /^\s*【[^【】\n]{1,30}】[：:]?\s*$/;
const FIELD_VALUE = /^\s*[^\s【<（(［[][^【。！？；\n]{0,39}$/;

/**
 * 【项目名称】 / 智慧应急平台 / 【实施单位】 / 市应急管理局: a filled-in form extracted one field per line, each label
 * alone on its line with its value on the next. Two such pairs in a row at least; 【日期】 over 【地点】 are blanks.
 */
function splitFormLabels(lines: readonly Line[], facts: Uint8Array): Line[] {
  const pairAt = (i: number) => i + 1 < facts.length && (facts[i] & IS_LABEL_ONLY) !== 0 && (facts[i + 1] & (IS_FIELD_VALUE | IS_LABEL_ONLY)) === IS_FIELD_VALUE;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!pairAt(i)) continue;
    let j = i;
    while (pairAt(j + 2)) j += 2;
    if (j > i) for (let k = i; k <= j; k += 2) out.push(lines[k]);
    i = j + 1;
  }
  return out;
}

/** After a label: a colon and the value (【地点】：市民中心), not a colon with nothing after it (【单位名称】：). */
const LABEL_COLON_VALUE = /^[：:]\s*[^\s<]/;

/**
 * 接待游客【数据】万人次, 完成投资【数字】亿元: a word for the figure in 【】 where the figure belongs, before its unit (a
 * heading's 【数据】 or a label's 【数据】： has none after it).
 */
const FIGURE_FIELD = /^(?:具体|具體)?(?:数据|數據|数字|數字|数值|數值|人数|人數|比例)$/;
const FIGURE_UNIT_AFTER = /^[万萬亿億千百元人户戶个個家项項次名件所场場%％]/;

/** A field name that says whose it is: 负责人姓名, 填报日期, 项目负责人电话. */
const NAMED_FIELD = new RegExp(`^\\p{sc=Han}{1,6}(?:${alternation(data.bracketFieldSuffixes)})$`, 'u');

/**
 * [负责人姓名], 【填报日期】: a named field standing where its value belongs — followed by punctuation or nothing, or
 * inside a clause (与【合作单位名称】共建, after a Han character: a label starts its line or clause). With text or a
 * colon after it (【活动时间】3月5日, 【活动地址】：人民路8号) it is a label.
 */
function namedField(inner: string, after: string, before = ''): boolean {
  return NAMED_FIELD.test(inner) && (after === '' || /[\s，,。；;、）)！!？?]/.test(after) || /\p{sc=Han}/u.test(before));
}

/**
 * [NAME], [CLIENT NAME], [Client], [insert date], [PARTNER], [email address] are blanks. Not: [x] or [X] after a list bullet (a task
 * list), citations ([OECD 2022]), labels such as [NOTE] or [PDF].
 */
function isSquarePlaceholder(inner: string, before: string): boolean {
  if (/^[xX ]?$/.test(inner) && /^\s*[-*+]\s+$/.test(before)) return false;
  // [PDF 2MB], [XLSX 45KB]: a download link's file kind and size, left when a web page is copied as text.
  if (FILE_LABEL.test(inner)) return false;
  // [Anything else?], [What did the group achieve?]: a template's question, left for the writer to answer.
  if (/^[A-Z][a-z']*(?: [A-Za-z'-]+){1,15}\?$/.test(inner)) return true;
  // [姓名], [填写日期], [待定]: the Chinese blanks, as in 【】.
  if (FIELD_NAMES.has(inner) || /^待/.test(inner) || BRACKET_KEYWORD.test(inner)) return true;
  // [pending], [to be confirmed], [figures to follow]: the English 【待定】, a blank said in words.
  // [name to be confirmed], [date to be agreed]: the field named before it.
  if (/^(?:pending|(?:[a-z]+ ){0,2}to be (?:confirmed|agreed|added|determined|decided|updated|completed|provided|inserted)|awaiting (?:data|figures?|update|confirmation)|(?:data|figures?|details|text) to follow|to follow)$/i.test(inner)) return true;
  if (/\b(?:19|20)\d\d\b/.test(inner)) return false;
  if (PREFIX.test(inner)) return true;
  // [Officer name], [Start date], [Contact email]: a field named in sentence case, its last word what to fill in; the
  // role may be a title or a possessive ([Executive Director name], [Chair's name]).
  if (/^[A-Z][A-Za-z]*(?:['’]s)?(?: [A-Za-z]+(?:['’]s)?){0,2} (?:name|title|date|email|e-mail|address|number|amount|figure|total)$/.test(inner)) return true;
  const upper = inner.toUpperCase();
  // [ORGANISATION NAME], [Organisation name], [Organisation Name]: capitals, sentence case or title case.
  if (PLACEHOLDER_WORDS.has(upper)) return inner === upper || inner === inner[0] + inner.slice(1).toLowerCase() || inner.split(' ').every((w) => /^[A-Z][a-z]*$/.test(w));
  // [Partner Organisation], [Project Manager], [Client Name]: a field named by two or three of the same words, capitalised.
  const parts = inner.split(' ');
  if (parts.length >= 2 && parts.length <= 4 && parts.every((w) => /^[A-Z][a-z]+$/.test(w))) {
    if (coveredByFieldWords(parts)) return true;
    if (parts.length === 4) return false;
    // [Tenant Name], [Meeting Date]: what to fill in is the last word.
    if (/^(?:Name|Date|Title|Address|Email|Number|Amount|Figure|Total)$/.test(parts[parts.length - 1])) return true;
  }
  // [email address], [phone number], [contact name], [officer name]: two or three words in lower case, field words or
  // a field's name and what to fill in (not [the service], [his name]).
  if (parts.length >= 2 && parts.length <= 3 && parts.every((w) => /^[a-z]+$/.test(w))) {
    if (coveredByFieldWords(parts)) return true;
    if (/^(?:name|title|date|email|address|number)$/.test(parts[parts.length - 1]) && !parts.some((w) => LOWER_DETERMINERS.has(w))) return true;
  }
  if (inner !== upper || NOT_PLACEHOLDER_WORDS.has(inner)) return false;
  // Long-Term Maintenance Plan [LTMP]: an abbreviation defined right after the words it stands for.
  if (definesAcronym(inner, before)) return false;
  // [PATH MTU], [BGP LS]: a technical term ending in an acronym, none of its words a field's, names a thing (a code point
  // a draft asks for, beside [metric] and [ELP Sub-TLV]); [NHS TRUST] and [CEO NAME] are still blanks.
  const capitals = inner.split(/[ _]/);
  if (capitals.length >= 2 && /^[A-Z][A-Z0-9]{1,2}$/.test(capitals[capitals.length - 1]) && !capitals.some((w) => PLACEHOLDER_WORDS.has(w) || FILL_IN_VERBS.has(w))) return false;
  // Several capitalised words ([CLIENT NAME]) or one long one ([PARTNER]).
  // [SUB-COUNTY], [LOCAL-AUTHORITY]: hyphenated words of letters too (not [COVID-19], [UK-GDPR]).
  return /^[A-Z][A-Z0-9]*(?:[ _][A-Z0-9]+)+$/.test(inner) || /^[A-Z]{4,}$/.test(inner) || /^[A-Z]{3,}(?:-[A-Z]{3,})+$/.test(inner);
}

/** A file kind and its size or length: PDF 2MB, DOCX 312KB, MP3 12MB, PDF 24 PAGES. */
const FILE_LABEL = /^(?:PDF|DOCX?|XLSX?|XLSM|ODT|ODS|ODP|CSV|PPTX?|RTF|ZIP|TXT|HTML?|EPUB|MP3|MP4|JPE?G|PNG)[ ,]+\d+(?:\.\d+)? ?(?:[KMG]B|BYTES|PAGES?)$/i;

/** ADD LINK, INSERT URL: an instruction to the writer, whatever the words after it. */
const FILL_IN_VERBS = new Set(['ADD', 'INSERT', 'ENTER', 'PUT', 'FILL', 'TBC', 'TBD', 'TODO']);

/** Words that make a bracketed phrase an editor's words in a quotation ([the name], [his address]), not a field. */
const LOWER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'of', 'and', 'or', 'sic']);

/** [Partner Organisation], [First Name Surname]: the words, one or two at a time, are each a field's name (FIRST NAME, SURNAME). */
function coveredByFieldWords(parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; ) {
    if (i + 1 < parts.length && PLACEHOLDER_WORDS.has(`${parts[i]} ${parts[i + 1]}`.toUpperCase())) i += 2;
    else if (PLACEHOLDER_WORDS.has(parts[i].toUpperCase())) i += 1;
    else return false;
  }
  return true;
}

const ACRONYM_SKIPPED = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', '&']);

/**
 * Long-Term Maintenance Plan [LTMP], Enriching Local Curriculum [ELC]: the bracketed capitals are the initials of the
 * words right before them (small words passed over), so they define an abbreviation, not a blank.
 */
function definesAcronym(inner: string, before: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(inner)) return false;
  const words = before.replace(/[*_`]/g, '').trimEnd().split(/[\s\-–—/]+/).filter((w) => /[A-Za-z]/.test(w) && !ACRONYM_SKIPPED.has(w.toLowerCase()));
  let initials = '';
  for (let k = words.length - 1; k >= 0 && initials.length < inner.length; k--) initials = words[k].replace(/^[^A-Za-z]+/, '')[0].toUpperCase() + initials;
  return initials === inner;
}

// A template's instruction on a line of its own: Insert name of clerk here. / Add a photo of the event here.
const INSTRUCTION_EN = /^(\s*(?:[-*+]\s+)?(?:\*\*|__|_|\*)?)(?:Insert|Add|Enter|Type|Paste|Write|Describe|Include|Put)\b[^.!?\n]{1,60}\bhere\b(?:\*\*|__|_|\*)?\s*[.:]?\s*$/i;
// Prepared by: [Chair of Governors] / Contact: [Head of Service]: a role in brackets where a name is to go; in minutes,
// Apologies: [Names] / Present: [Members].
const FIELD_LABEL_EN = /(?:^|\s)(?:(?:Prepared|Written|Approved|Signed|Submitted|Reviewed|Compiled|Presented|Authori[sz]ed) by|Name|Author|Contact|Owner|Signed|Signature|Chair|Clerk|Lead officer|Report author|Apologies|Present|In attendance|Attendees|Minutes taken by|Chaired by):?\s*(?:\*\*|__)?\s*$/i;

/** [Chair of Governors] after "Prepared by:" at the end of its line: the role whose holder's name is to be written in. */
function labelledField(inner: string, before: string, after: string): boolean {
  return FIELD_LABEL_EN.test(before) && /^\s*(?:\*\*|__)?\s*$/.test(after) && /^[A-Z][A-Za-z'-]*(?: [A-Za-z'&-]+){0,5}$/.test(inner);
}

/**
 * The lines of a signature block under a Signed: label alone on its line: the first lines of text after it, across at
 * most two blank lines, up to the next blank line.
 */
function signatoryLines(lines: readonly Line[], facts: Uint8Array, signs: Uint8Array): Set<Line> {
  const signed = new Set<Line>();
  for (let i = signs.indexOf(1); i >= 0; i = signs.indexOf(1, i + 1)) {
    let k = i + 1;
    while (k < facts.length && k <= i + 3 && facts[k] & IS_BLANK) k++;
    for (; k < facts.length && k <= i + 8 && facts[k] & IS_TEXT && signs[k] === 0; k++) signed.add(lines[k]);
  }
  return signed;
}

/**
 * The lines of labels and blanks only (1 in `rows`) in an unbroken run of such lines with a signing row (2) in it: the
 * rest of a signing block (Chairman ____ ⏎ Date ____/____/2026; 单位负责人签字：____ ⏎ 日期：____年__月__日).
 */
const DATE_ROW = /^\s*(?:Date|Dated|日期|日\s*期)\s*[:：]?\s*[_＿]{2,}/i;
function signingBlockLines(lines: readonly Line[], rows: Uint8Array): Set<Line> {
  const out = new Set<Line>();
  // Signed: ____ (Chairman) ⏎ ⏎ Date: ____: one blank line may stand before the block's date row (not before 报告人：____,
  // a field of the report).
  const empty = (k: number) => lines[k] !== undefined && (lines[k].kind === 'blank' || (lines[k].kind === 'text' && lines[k].prose.trim() === ''));
  const step = (k: number, by: number) => (rows[k] !== 1 && empty(k) && rows[k + by] === 1 && DATE_ROW.test(lines[k + by].prose) ? k + by : k);
  for (let i = rows.indexOf(2); i >= 0; i = rows.indexOf(2, i + 1)) {
    for (let k = step(i - 1, -1); k >= 0 && rows[k] === 1; k = step(k - 1, -1)) out.add(lines[k]);
    for (let k = step(i + 1, 1); k < rows.length && rows[k] === 1; k = step(k + 1, 1)) out.add(lines[k]);
  }
  return out;
}

/**
 * Signed: ⏎ [Leader of the Council]: a role in brackets alone on the signatory's line, where the name is to go. Not
 * [Original signed] or [Signature redacted] (a published copy's note), not [1] or [sic].
 */
function signatoryRole(inner: string, text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && text.slice(end).trim() === '' && /^[A-Z][A-Za-z'-]*(?: [A-Za-z'&-]+){0,5}$/.test(inner) && !/\b(?:signed|signature|redacted|withheld)\b/i.test(inner);
}

/**
 * <your name>, <CLIENT>, <date>, <link to dashboard>, <foundation-email>, ‹填写姓名>: blanks. Not: HTML tags (<br>, <address> in
 * Markdown), autolinks and addresses (<https://…>, <a@b.org>), comparisons (a<b and c>d).
 */
function isAnglePlaceholder(raw: string, before: string, after: string, plain: boolean, linkText = false): boolean {
  const inner = raw.trim();
  if (PREFIX.test(inner) || (/^[A-Z][A-Z0-9]*(?:[ _][A-Z0-9]+)*$/.test(inner) && inner.length >= 3)) return true;
  // <公司名称>, <负责人姓名>: a field that says whose it is, as in 【】.
  if (FIELD_NAMES.has(inner) || /^待/.test(inner) || BRACKET_KEYWORD.test(inner) || NAMED_FIELD.test(inner)) return true;
  if (raw !== inner || /[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) return false;
  if (!plain && HTML_TAGS.has(inner.toLowerCase())) return false;
  if (PLACEHOLDER_WORDS.has(inner.toUpperCase())) return true;
  // <foundation-email>, <secretary_email>: a field's name joined up as an identifier, its last part what to fill in.
  if (/^[A-Za-z]+(?:[-_][A-Za-z]+){0,3}[-_](?:name|email|e-mail|address|date|phone|number|url|link|title)$/i.test(inner)) return true;
  // Several plain words: <company name>, <link to dashboard>. Not a title in angle brackets, as Chinese text marks a
  // book's or a talk's with them for 《》 (参与 [<TiDB in Action>开源电子书](…) 创作).
  return /^[A-Za-z]+(?: [A-Za-z]+){1,5}$/.test(inner) && !angleTitle(inner, before, after, linkText);
}

/** Whether start…end of the line is inside a Markdown link's text: [ before it and ]( after it, on the line. */
function inLinkText(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', start);
  if (open < 0 || text.lastIndexOf(']', start) > open) return false;
  const close = text.indexOf('](', end);
  return close >= 0 && !text.slice(end, close).includes('[');
}

/** The small words a title keeps in lower case between its capitalised words (TiDB in Action, The Art of War). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
/**
 * The words in angle brackets are a title: capitalised words, the small words of a title between them, none a field's
 * word (<Company Name>, <Your Name>, <Name of Client> are blanks), and a title's mark — a small word in the middle, a
 * word with a capital inside (TiDB), or the place of a title: a link's text, or Chinese text right beside it.
 */
function angleTitle(inner: string, before: string, after: string, linkText: boolean): boolean {
  const words = inner.split(' ');
  if (!/^[A-Z]/.test(words[0]) || !/^[A-Z]/.test(words[words.length - 1])) return false;
  let small = false;
  let innerCapital = false;
  for (const word of words) {
    if (PLACEHOLDER_WORDS.has(word.toUpperCase()) || PLACEHOLDER_WORDS.has(word.toUpperCase().replace(/S$/, ''))) return false;
    if (TITLE_SMALL_WORDS.has(word)) small = true;
    else if (!/^[A-Z]/.test(word)) return false;
    if (/^[A-Z][a-z]*[A-Z]/.test(word) && /[a-z]/.test(word)) innerCapital = true;
  }
  return small || innerCapital || linkText || isHanAt(before, 0) || isHanAt(after, 0);
}

// A reference list entry: [ABNF]  Crocker, D., Ed., and P. Overell, "Augmented BNF…", STD 68, January 2008 (also
// as a Markdown bullet: - [FINAGLE] Twitter, "Finagle RetryBudget", https://…).
const REFERENCE_ENTRY = /^\s{0,8}(?:([-*+])[ \t]+)?\[([^\[\]\n]{1,40})\]\s+\S/;
const YEAR_IN_ENTRY = /\b(?:1[89]|20)\d\d\b/;
// A bullet is a bibliographic entry by what it cites: a quoted title or an address (a year alone is not enough:
// - [CLIENT NAME] signed in March 2025).
const CITED_WORK = /["“][^"”]{3,}["”]|\bhttps?:\/\//;
const LABEL_ALONE = /^\s{0,8}\[([^\[\]\n]{1,40})\]\s*$/;

/**
 * [ABNF], [HTTP], [KEYWORDS]: labels of the document's own reference list (two or more entries, each with its
 * year), cited in the text. The Markdown form, [label]: url, is link syntax and already not prose.
 */
function citationLabels(lines: readonly Line[], facts: Uint8Array): Set<string> {
  const labels = new Set<string>();
  for (let i = 0; i < facts.length; i++) if (facts[i] & MAY_CITE) citationLabel(lines, i, labels);
  return labels.size >= 2 ? labels : new Set();
}

/** The label of the reference entry on line `i`, added to `labels` when it is one. */
function citationLabel(lines: readonly Line[], i: number, labels: Set<string>): void {
  {
    const line = lines[i];
    const entry = line.kind === 'text' ? REFERENCE_ENTRY.exec(line.prose) : null;
    let label = entry?.[2];
    // [STRUCTURED-FIELDS] alone on its line, the entry indented on the lines below it (a long label in an RFC).
    if (!label && line.kind === 'text') {
      const alone = LABEL_ALONE.exec(line.prose);
      if (alone && leadingColumns(lines[i + 1]?.prose ?? '') > leadingColumns(line.prose) + 2) label = alone[1];
    }
    // The entry's year (or, for a bullet, the title or address) may be on one of its wrapped lines.
    if (!label) return;
    const wrapped = lines.slice(i, i + 4);
    if (entry?.[1]) {
      // A bullet's entry goes on only on the lines indented under it.
      const end = wrapped.findIndex((l, k) => k > 0 && (l.kind !== 'text' || leadingColumns(l.prose) <= leadingColumns(line.prose)));
      if (wrapped.slice(0, end < 0 ? wrapped.length : end).some((l) => CITED_WORK.test(l.text))) labels.add(label.trim());
    } else if (wrapped.some((l) => YEAR_IN_ENTRY.test(l.text))) labels.add(label.trim());
  }
}

/** Keeps the longest of overlapping candidates (X月X日 over its X). */
function dropOverlaps(found: Candidate[]): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}
