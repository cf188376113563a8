/**
 * numbering-sequence — 同级编号应连续 / Section numbers run 1, 2, 3 within a parent
 *
 * What: within one parent, the items of a level are numbered 一、二、三… (1. 2. 3.…) with no skip, repeat or step
 * backwards; the first item is 一 (1); a dotted number agrees with its parent (2.3 sits under 2).
 * - Levels and lists: lower levels restart under each parent, unless the document numbers a level straight through
 *   (1…26 across 一、…十、, or paragraphs 1) 2) under I. going on 3) 4) under A. and B. of II.): that convention is
 *   accepted and only breaks of it are reported. A Markdown ordered list may start at 1, or continue the count of the
 *   list before it, or number every item 1 (at any depth); sub-lists under different bullets are separate lists.
 *   Dotted numbers under an unnumbered heading count per prefix (2.1 after 1.2 starts the next group), and run on
 *   through a section's unnumbered sub-headings (## 3. ⏎ ### General Fund ⏎ 3.1 3.2 ⏎ ### Long-Term Obligations ⏎ 3.3),
 *   unless the document starts them again at 3.1 under each; numbered paragraphs go on from the numbered headings of
 *   their section (### 5.1 Income ⏎ ### 5.2 Expenditure ⏎ 5.3 Member contributions…), and a deeper number at the
 *   same heading level is the first subsection of the one it extends (### 3.1 ⏎ 3.2 Of the 83 findings… ⏎ ### 3.2.1
 *   Notable findings ⏎ ### 3.3, or ### 3.2 ⏎ ### 3.2.1 ⏎ ### 3.2.2 ⏎ ### 3.3). A skip or a repeat across such a
 *   sub-heading is reported. Items numbered through the unnumbered sub-headings of a section (### 档案接收 ⏎ 1、2、 ⏎
 *   ### 档案利用 ⏎ 3、4、) start again at 1 in the next section (## 二、 ⏎ ### 新馆建设 ⏎ 1、). A 1. list
 *   under a bare-number heading (5 Rollout ⏎ 1. Train… ⏎ 2. …) is a level below it. A Markdown list under numbered
 *   paragraphs (## 4. ⏎ 4.1 ⏎ 4.2 ⏎ 1.–14., over bold theme titles or ### headings) is a list: the 4.3 after it goes on
 *   from 4.2, however far the list's items run past the section's number.
 * - One slip, one finding: two items swapped (1, 2, 4, 3) are one finding, out of order. A list of three or more items
 *   all numbered 1. (1. ⏎ 1. ⏎ 1., a word processor's automatic numbering lost when the list was pasted as text) is
 *   one finding, on its second item, whose fix numbers them all in order (a Markdown list may still number every
 *   item 1.). A list in a level's own style nested under one of its items ((三)经营计划 ⏎ （一）…（五） ⏎ (四)…) is one
 *   finding, at the restart: the item that takes up the outer count again is not reported. A lower-level item written
 *   in its parent's style ((一)(二)(三) ⏎ 三、强化数据共享 ⏎ (五)…, where 三、 repeats and the lower level goes on after
 *   it) is one finding, at that item, whose fix writes it as the lower level's (四); the lower level under it is not
 *   reported.
 * - The attachment list (附件：1.… 2.… 4.…, or 附：1.…, items on one line, on the lines below or set apart by blank
 *   lines) is numbered 1, 2, 3 too: its first skip or repeat is reported.
 * - Table and figure captions (表1 表2 表5, 图1 图3, Table 4 after Table 2, 表4-3 after 表4-1) run on without a skip,
 *   each series apart (warning).
 * - The numbered first column of a table (#, No., Ref, S/N, 序号, 编号) counts its rows 1, 2, 3: its one skip (3, 5) or
 *   repeat (3, 3, 5) is one finding, with the number expected; not refs carried over (A12, A15, 3.2), a table sorted by
 *   another column or numbered afresh, one with a total row (合计, Total), fewer than three rows, or one the lines
 *   around it say is partial or sorted otherwise (carried over, closed, sorted by score, 节选).
 * - A table of contents (Contents ⏎ 3 Methods 8) that numbers a heading otherwise than the text does (4 Methods),
 *   where the text's own numbers run 1, 2, 3 and the title stands once in it, is one finding, on the first such entry:
 *   the contents was not updated after a section was removed or added. So is an entry (3 Finance ........ 7) whose
 *   title no heading of the text has, when every heading of the text (1, 2, 3 in order) is in the contents and there
 *   are fewer of them (a section removed). The entries may also be titles alone in one block (Contents ⏎ 1 Background
 *   ⏎ 2 Method ⏎ 3 Results, or a Markdown list - 3 Results): then, with as many headings as entries numbered 1, 2, 3
 *   alike, an entry the text words otherwise (the contents' 3 Results, the text's ## 3 Outcomes) is one finding too.
 * - A Chinese contents (目录 ⏎ 一、总体情况……1, 一、总体情况 3, or the titles alone in one block under ## 目录) the
 *   text's headings (一、二、三 in order) no longer agree with is one finding too: an entry the text has no heading for,
 *   while every heading is in the contents (三、存在问题 removed); an entry numbered otherwise than the text numbers its
 *   title; or, with as many headings as entries, an entry the text words otherwise (二、主要做法, the text's 二、主要措施).
 * - English headings that carry their number after a word count on too: Section 3 Finance then Section 5 Risks, PART
 *   II then PART IV, ## Appendix A then ## Appendix C (a lone C, I, L, V or X read as the headings of its word around
 *   it read theirs: SECTION B ⏎ SECTION C ⏎ SECTION D count on by letters), Chapter Two then Chapter Four (numbers in
 *   words), Priority 3: Learning then Priority 3: Workforce, Objective 2 then Objective 4, and the steps of a procedure
 *   (Step 2: … then Step 4: …; a run may start again at 1, as the text does after its contents; in Objective 1, 2, 2, 4
 *   only the repeat is reported). Agenda items (Item 6 …, Item 8 … skips; Item 9 twice repeats) and appendices titled
 *   after a dash (Appendix B – Spending, Appendix D – Audit) count on like Section 3 and Appendix C, and so do the
 *   findings of an audit (#### Finding 2: … then #### Finding 4: …), unless the text names the missing one (Finding 3
 *   was closed in our last review: a follow-up report covers the findings still open).
 * - Bare-number headings skip by more than one too (3 Findings, 4 Options, 7 Next steps, the last over a paragraph of
 *   text; not an address line 10 Downing Street after them). Lettered definitions in plain text count (A. Staff means …
 *   ⏎ B. Manager means … ⏎ D. Volunteer means …: D. skips C.).
 * - The articles of a regulation appended to a report (管理办法, 实施方案: 第一条, 第二条, 第四条, numbered through its
 *   章 and 节) run on without a skip or repeat, where the run starts at 第一条 and has that one slip. An article number
 *   mistyped between two that count on (第三条 ⏎ 第三条 ⏎ 第五条) has a fix that changes it alone; any other slip of the
 *   articles (第二条 ⏎ 第四条 ⏎ 第五条) has none, and Renumber sections leaves articles as they are: the regulation refers
 *   to its articles by number (依照本办法第九条, 违反第十二条规定的), so renumbering the articles after a skip or a repeat
 *   would make those references name other articles — the writer decides whether an article was deleted or the count
 *   went wrong, and updates the references.
 * Not: what is no marker, and runs that number afresh, start later or keep another document's numbers.
 * - Not markers: 1.5万人, 2.5 million, 4.8-star, 4,812, 2023年, 3、4月份, 1、3、5号楼, 一、二年级, A. Smith…, initials
 *   before a surname (A. N. Other, J. Smith, Chair), (3)=(1)+(2) (a formula over a table's numbered rows), 17 .ADM.CN
 *   (a footnote number before a domain suffix), a day and month opening a timeline entry (3 October, 14:19 — …; ### 4
 *   October 2026). Labels that grade rather than count (SEV1, SEV2, SEV4; P1, P2, P4; Stage 1 and Stage 3) are no
 *   numbering, and the Item numbers of an inventory, an asset register or a lot list (Item 12 Chairs ⏎ Item 15 Desks ⏎
 *   Item 3 Lamps) name things and count nothing. Markers that are: ### 8.1 openEuler 社区, 第一部分全面加强粮食生产,
 *   2.30个重点项目全部开工 (item 2 after item 1).
 * - Text that is no run: a table of contents, the 附件：1.… (or 一、…) list, the row labels of a table a web page left as
 *   text with its cells ended by pipes (一、本年新收政府信息公开申请数量 | 0 |, or a cell to a line) — the four row labels
 *   of that table of the national form of the 政府信息公开工作年度报告 (一、本年新收… to 四、结转下年度继续办理) also where a
 *   page gives its cells one to a line without pipes —, code, a hard-wrapped Markdown line starting `5. `, a wrapped
 *   line going on with `2, so going forward`, a version wrapped to the start of a line (httpd ⏎ 1.3.x.), a release's
 *   version with its date (### 2.4.1 (3 November 2025), 2.5.0 - 2025-12-01) or alone on its line under a CHANGELOG
 *   (Release notes, 更新日志) title or three or more newest first (## 2.4.1 ⏎ ## 2.4.0 ⏎ ## 2.3.2), a number closing the
 *   bracket the line before opened ((July ⏎ 1).), a figure wrapped after a line that stops on of, than, about, the,
 *   was (…staff of ⏎ 877. In relation to…), a number a hard wrap put first after a full line that stops mid-phrase
 *   (…实现统 ⏎ 一、规范管理，…; …moves into Phase ⏎ 2. Works are on programme.) where it would break the run the
 *   headings around it keep, set apart from them by its indentation or carrying its paragraph on (a heading after a
 *   paragraph that ends with 。 or ., and a list item after an item's wrapped text, are still read).
 * - Numbered afresh: a compilation (篇一, 篇二), an attachment (附件1, 附件2：title, 附件：title when the top level starts again at 一、 under it; Attachment A: Status report for …,
 *   as in board minutes with the committees' reports attached), an appendix (附录, 附录A, 附录：技术术语解释) and notes
 *   numbered from the 注： line.
 * - A run may start at 2 where its item 1 is written but not as an item: a row of a statistical table holding its value
 *   after spaced columns (1.提供住宿的民政机构      617 ⏎ 养老机构586 ⏎ 2.…), or run in after the colon of the lead-in
 *   above (以上事实，主要有以下证据证明：1、… ⏎ 2、…), or left without its number as the one paragraph of text above
 *   numbered paragraphs (Purpose ⏎ This paper briefs Members on… ⏎ Background ⏎ 2. The Council…, as Hong Kong's
 *   government papers are numbered; a heading alone above 2., two paragraphs, or short steps (Follow these steps. ⏎ 2.
 *   Run the installer.) still miss their first). Paragraph numbers a PDF's conversion moved are there too: run into the
 *   paragraph above after its sentence (…for the achievements reported. 20. I performed… ⏎ 21. I did not…), or alone
 *   on a line above their text (22. … ⏎ 23. ⏎ I draw attention to the matters below. ⏎ 24. …).
 * - A run may start where a larger work is: a book's chapter file may start at 第三篇, or at ## 6. with its ### 6.1 and
 *   ### 6.2 (or at a title line 3. Review of evidence whose paragraph numbers 3.1, 3.2 stand alone on their lines); a
 *   chapter page of a report whose paragraphs are numbered through the report starts them where the report is (3.
 *   Working practices ⏎ 68. In this section…; Chapter 2: … ⏎ 8.This chapter…; 3. About this review ⏎ Purpose and
 *   scope ⏎ 75. This review…), and so does a page whose note references are numbered through the report too (22. …
 *   Estimates alone.[22], the first note above [1]), whatever its headings, and the minutes of one item of a meeting
 *   under its Minutes: label (Minutes: ⏎ 12. The Panel considered…, a committee site's page for the item: minutes are
 *   numbered through the meeting).
 * - A draft whose title or first lines say it is an extract starts its top level where it says: Internal Audit Annual
 *   Report 2026 (extract: sections 4 to 7) ⏎ ## 4. Findings, 工作报告（节选：第四至六部分） ⏎ 四、…; one that says so with no
 *   range (EXCERPT, 节选, 摘录) starts anywhere, and one that starts elsewhere than its range says is reported against it
 *   (should start at 4., found 5.). Not the verb in a sentence (We extract the figures…).
 * - Captions that do not start at 1 (an excerpt from 表3 on), references to tables in the text (见表6, 《年鉴》表8) and a
 *   caption seen again (a list of tables, a table continued) are not skips.
 * - Contents: lower-level entries ((一)主要指标……1) and a title the text lengthens (一、2025年总体情况; 2 Membership and
 *   attendance) are no finding.
 * - Items quoted from another document keep its numbers and are not counted (nor renumbered): a run after a lead-in
 *   naming its source (2. The inspector said: ⏎ 8. … 9. … 10. … ⏎ 3. …, the text's count taken up again after it;
 *   督查组指出：, 该法第八十三条规定如下： ⏎ （三）…（四）…; The policy states: ⏎ 4.1 … 4.2 … under 3.), and an item under a
 *   schedule's heading (Schedule — varied condition ⏎ 3) …; 附件：修改后的第三条 ⏎ 3.…), and items past the text's
 *   count under a lead-in that says it reproduces, quotes or extracts them (…numbered 20 to 23 in the review… we reproduce
 *   them here: ⏎ 20. … 23.; 第3条至第5条，现将原文摘录如下： ⏎ 3．… 5．; the first of the numbers it names). Articles quoted from a law
 *   (第三条 ⏎ 第九条 ⏎ 第十二条) and a decision amending one (第五条 修改为：…, 第六条 删去。) are no run of articles.
 * - A list that opens the text, its items on lines of their own (an agenda, a summary, an untitled contents), then
 *   text, then sections from 1. with text under them: the sections number afresh (their own skips and repeats are
 *   reported). The papers of a meeting pack number afresh under each paper's title in capitals (REPORT FOR ITEM 6: GRANTS…,
 *   PAPER D: FINANCE REPORT over Author: and Date: lines, APPENDIX A – QUOTATIONS, ITEM 6 – …) and under 议题二：关于…的请示
 *   when its first item follows (a topic listed in a notice, 二、会议议题 ⏎ 议题一：… ⏎ 三、, is no paper). Paragraphs numbered through a decision take up their count again after a titled list numbered afresh
 *   (9. ⏎ Agreed action ⏎ 1. 2. ⏎ Final decision ⏎ 10.).
 *
 * Why: a skipped or repeated number is the most common trace of a section deleted, moved or pasted in.
 *
 * 检查：同一上级下，同级标题按一、二、三…（1.2.3.…）编号，不跳号、不重复、不倒退，从一（1）开始；多级编号与上级一致（2.3应在2之下）。
 * - 层级与列表：下级编号在每个上级下重新开始，除非本文某一级全文连续编号（一、至十、之下共1至26；或I.下的1) 2)在II.的
 *   A.、B.下接续为3) 4)，上级种类不同也算）：此时接受这一约定，只报告打破它的地方。Markdown有序列表可以从1开始、接续上一个
 *   列表，或每项都写1.（任何层级），不同项目符号下的子列表各自成列。编号段落之间的Markdown列表（## 4. ⏎ 4.1 ⏎ 4.2 ⏎
 *   1.至14.）只是列表，其后的4.3接续4.2，列表项编号超过本节序号也不影响。无编号标题下的多级编号按前缀分组（1.2之后的2.1开始下一组），
 *   并可跨本节不带编号的小标题连续编号（## 3. ⏎ ### 一般公共预算 ⏎ 3.1 3.2 ⏎ ### 政府性基金 ⏎ 3.3），本文在各小标题下都从3.1
 *   重新开始的除外；编号段落可接续本节带编号的标题（### 3.1 收入 ⏎ ### 3.2 支出 ⏎ 3.3 财政拨款收入占…）；同一标题级别上
 *   编号更深一级的是所接续编号的第一个下级（### 1.1 ⏎ 1.2 全年共处理… ⏎ ### 1.2.1 工单分类 ⏎ ### 1.3）。跨小标题的跳号、
 *   重号照报。跨本节各小标题连续编号的各项（### 档案接收 ⏎ 1、2、 ⏎ ### 档案利用 ⏎ 3、4、）在下一节重新从1开始（## 二、 ⏎
 *   ### 新馆建设 ⏎ 1、）。
 *   英文数字标题（5 Rollout）下的1.列表是其下一级。
 * - 一处错只报一次：两项互换（1、2、4、3）报一次“顺序颠倒”。三项以上全部编为“1.”的列表（1. ⏎ 1. ⏎ 1.，粘贴为纯文本时丢失
 *   了自动编号）只在第二项报一次，修正时依次重新编号（Markdown列表每项都写1.的除外）。某项之下用同级样式另起的一组编号
 *   （(三)经营计划 ⏎ （一）…（五） ⏎ (四)…）只在重新开始处报一次，其后接续外层编号的一项不再报告。写成上级样式的下级项
 *   （（一）（二）（三） ⏎ 三、强化数据共享 ⏎ （五）…，“三、”重复且其后下级编号接续）只在该项报一次，修正为“（四）”，
 *   其下的下级编号不再报告。
 * - 附件列表（附件：1.…2.…4.…，或“附：1.…”，各项在同一行、在下面各行或以空行隔开）也应连续编号，报告其第一处跳号或重号。
 * - 表格首列为序号（#、No.、Ref、序号、编号）的，应依次为1、2、3：报告其中唯一一处跳号（3、5）或重号（3、3、5），给出应有的
 *   编号；沿用其他编号的（A12、A15、3.2）、按其他列排序或重新编号的、带合计行的、不足三行的、前后说明只列出一部分或另行排序的不报。
 * - 表题、图题的编号不跳号（表1、表2之后是表5，图1之后是图3，Table 2之后是Table 4，表4-1之后是表4-3），表、图、附表和
 *   各章编号各自成列（警告）。
 * - 英文目录（Contents ⏎ 3 Methods 8）给某标题的编号与正文不同（正文为4 Methods），而正文编号本身连续、该标题在正文中只出现
 *   一次的，在目录第一处不符的条目报一次：删改章节后目录未更新；英文目录条目（3 Finance ........ 7）在正文中没有对应标题、而
 *   正文标题（1、2、3依次编号）都在目录中且较少的（删去了一节），同样报一次。英文目录只列标题、不带页码的（Contents ⏎
 *   1 Background ⏎ 2 Method，或Markdown列表），标题数与正文相同、编号一致而某条目在正文中改了措辞的（目录3 Results，
 *   正文3 Outcomes），报一次。
 * - 中文目录（目录 ⏎ 一、总体情况……1，“一、总体情况 3”，或“## 目录”下连续几行只列标题）与正文标题（一、二、三依次编号）
 *   不符的，同样报一次：目录条目在正文中没有对应标题（且正文标题都在目录中，即删去了一节，如三、存在问题）、目录编号与正文
 *   不同，或标题数相同而某条目在正文中改了措辞（目录“二、主要做法”，正文“二、主要措施”）。
 * - 英文以词带号的标题同样须连续：Section 3之后的Section 5、PART II之后的PART IV、Appendix A之后的Appendix C（单独的C、
 *   I、L、V、X按前后同类标题读作字母或罗马数字，SECTION B、SECTION C、SECTION D按字母连续）、Chapter Two之后的Chapter
 *   Four（以词写的数）、Priority 3: Learning之后的Priority 3: Workforce、Objective 2之后的Objective 4，以及步骤（Step 2:
 *   之后的Step 4:；可像正文在目录之后那样重新从1开始；Objective 1、2、2、4只报重号）。议程项（Item 6之后的Item 8为跳号，
 *   两个Item 9为重号）和破折号后带标题的附录（Appendix B – Spending、Appendix D – Audit）同样须连续；审计发现
 *   （#### Finding 2: …之后的#### Finding 4: …）亦然，除非正文提到所缺的那一项（Finding 3 was closed…：跟踪报告只写仍未整改的发现）。
 * - 英文数字标题跳过不止一号的（3 Findings、4 Options、7 Next steps，其下为正文）同样报告（其后地址行10 Downing Street
 *   不报）。纯文本中以字母编号的定义须连续（A. Staff means … ⏎ B. Manager means … ⏎ D. Volunteer means …：D.跳过了C.）。
 * - 报告所附管理办法、实施方案的条文（第一条、第二条、第四条，跨章、节连续编号）不跳号、不重复：从第一条开始、只有这一处
 *   不连续的才报。前后两条连续、中间一条编错的（第三条 ⏎ 第三条 ⏎ 第五条）提供修正，只改这一条；其他跳号、重号
 *   （第二条 ⏎ 第四条 ⏎ 第五条）不提供修正，“重新编号”也不改条文编号：条文中按编号引用其他条文（依照本办法第九条、违反第十二条规定的），
 *   顺延后续条文编号会使这些引用指向别的条文，是删去了一条还是编错了号、引用是否随之修改，由起草人判断。
 * 不报：不是编号的内容，以及重新编号、从后面开始或沿用其他文件编号的各组编号。
 * - 不是编号：1.5万人、2.5 million、4.8-star、4,812、2023年、3、4月份、1、3、5号楼、一、二年级、A. Smith…、A. N. Other
 *   （姓名缩写）、(3)=(1)+(2)（表格编号行之间的算式）、17 .ADM.CN（脚注号后接域名后缀）、时间线条目开头的英文日期（3 October,
 *   14:19 — …；### 4 October 2026）；表示等级的标签（SEV1、SEV2、SEV4，P1、P2、P4，Stage 1、Stage 3）；清单、资产登记表、
 *   拍品目录中作编号用的Item 12 / Item 15 / Item 3。是编号的：### 8.1 openEuler 社区、第一部分全面加强粮食生产、
 *   2.30个重点项目全部开工（第1项之后的第2项）。
 * - 不成序列的文字：目录，“附件：1.…”（或“一、…”）列表，网页表格按行或按格展开后以“|”分隔的行首编号（一、本年新收政府信息
 *   公开申请数量 | 0 |；政府信息公开工作年度报告国家格式中该表的四个行标题“一、本年新收……”至“四、结转下年度继续办理”在网页
 *   按格逐行展开、没有“|”时亦然），代码，硬换行后以“5. ”开头的Markdown行，硬换行后以“2，”接续上句的行，折行后位于行首的
 *   版本号（httpd ⏎ 1.3.x.），带发布日期的版本号（### 2.4.1 (3 November 2025)、2.5.0 - 2025-12-01、3.1.2（2025年3月5日））
 *   和更新日志（Release notes、更新日志）标题下或由新到旧排列三个以上的单独成行的版本号（## 2.4.1 ⏎ ## 2.4.0 ⏎ ## 2.3.2），
 *   闭合上一行括号的“1)”（(July ⏎ 1).），上一行止于of、than、about、the、was等词后折到行首的数字（…staff of ⏎ 877. In
 *   relation to…）。
 * - 重新编号的：汇编（篇一、篇二）、附件（附件1、附件2：标题，其下最高一级重新从“一、”开始的“附件：标题”；英文的Attachment A: Status report for …，如附有各委员会报告的
 *   董事会纪要）、附录（附录、附录A、附录：技术术语解释）和从“注：”一行起的注释。
 * - 第1项已写出、只是不成为编号行的，可从2开始：统计表中数值以空格分栏写在行尾的第1行（1.提供住宿的民政机构      617
 *   ⏎ 养老机构586 ⏎ 2.…），或接在上文冒号之后的第1项（以上事实，主要有以下证据证明：1、… ⏎ 2、…），或编号段落之前唯一一段
 *   不写编号的正文（Purpose ⏎ This paper briefs Members on… ⏎ Background ⏎ 2. The Council…，香港政府文件的段落编号方式；
 *   其上只有标题或有两段正文的、以及简短的步骤（Follow these steps. ⏎ 2. Run the installer.）仍缺第1项）。PDF转换移位的段号
 *   也算写出：接在上一段句末（…reported. 20. I performed… ⏎ 21. I did not…），或单独一行、正文在下一行（22. … ⏎ 23. ⏎ I
 *   draw attention to the matters below. ⏎ 24. …）。
 * - 从更大的文稿中接续的：分册保存的书的一章可从“第三篇”或“## 6.”（其下为### 6.1、### 6.2）开始，或从段号3.1、3.2单独成行的
 *   标题行“3. Review of evidence”开始；段落全书连续编号的报告，单独成页的一章从报告中的段号接续（3. Working practices ⏎ 68.
 *   In this section…；Chapter 2: … ⏎ 8.This chapter…；章标题下另有一行小标题的3. About this review ⏎ Purpose and scope ⏎ 75.
 *   This review…），注释编号也全书连续（段落中第一个注释编号大于1，如[22]）的页面同样如此，不论其标题如何；会议纪要中单独
 *   成页的一项在“Minutes:”标签下从全次会议的纪要编号接续（Minutes: ⏎ 12. The Panel considered…）。
 * - 标题或开头几行写明是节选、摘录的稿件，最高一级编号从其所说之处开始（工作报告（节选：第四至六部分）⏎ 四、…不报；未写范围的可从任意处开始；与所写范围不符的，按所写起点报告）。
 * - 不从表1开始的表题（从表3起的节选）、正文中对表的引用（见表6、《年鉴》表8）、重复出现的表题（表目录、续表）不算跳号。
 * - 目录的下级条目（（一）主要指标……1）和正文标题加长的（一、2025年总体情况；2 Membership and attendance）不报。
 * - 引自其他文件的各项沿用原编号，不计入也不重新编号：写明出处的导语之后的一组（2. The inspector said: ⏎ 8. … 9. … 10. … ⏎
 *   3. …，其后接续本文编号；督查组指出：、该法第八十三条规定如下： ⏎ （三）…（四）…；3.之下的The policy states: ⏎ 4.1 …
 *   4.2 …），附表标题下的一项（Schedule — varied condition ⏎ 3) …；附件：修改后的第三条 ⏎ 3.…），以及导语写明照录、摘录
 *   原文的一组（第3条至第5条，现将原文摘录如下： ⏎ 3．…5．；…numbered 20 to 23 in the review… we reproduce them here: ⏎
 *   20. …，导语写出编号的，首项须与之相同）。引用法律的
 *   条文（第三条 ⏎ 第九条 ⏎ 第十二条）和修改决定所列条文（第五条 修改为：…，第六条 删去。）不是条文序列。
 * - 全文开头逐行列出的一组（议程、摘要、无标题的目录），其后是正文，再后是从1.起、其下有正文的各节：各节重新编号（其自身的
 *   跳号、重号照报）。会议材料汇编中各份材料各自编号：英文以大写标题开头（REPORT FOR ITEM 6: GRANTS…，其下可有Author:、
 *   Date:等行；APPENDIX A – …），中文以“议题二：关于……的请示”开头且其下第一项为一、或1.（通知中列出的议题，如二、会议议题 ⏎
 *   议题一：… ⏎ 三、，不是分篇）。决定书中连续编号的段落在重新编号的带标题列表之后接续（9. ⏎ Agreed action ⏎ 1. 2. ⏎ Final decision ⏎
 *   10.）。
 * 原因：跳号或重号是删除、移动或粘贴章节后最常见的痕迹。
 *
 * Bad:  一、总体情况 / 二、主要做法 / 四、下一步打算
 * Good: … / 三、下一步打算
 * Bad:  1. Background / 2. Findings / 2. Next steps
 * Good: … / 3. Next steps
 */

import { mayStandIn, wordedStandIn } from '../model/worded-stand-in';
import { baseStyle, formatMarker, formatNumber } from '../model/format-marker';
import { leadingColumns } from '../model/chars';
import type { ReportDocument } from '../model/document';
import type { Line } from '../model/lines';
import { isContentsTitle, type Marker } from '../model/markers';
import { headingItemSummary, withoutPastedItems } from '../model/pasted-items';
import { labelLineNumber, labelPrefix, type Outline, type Section, type SiblingGroup } from '../model/outline';
import { parseChineseNumeral, toChineseNumeral, toRoman } from '../model/numerals';
import { withoutQuotedItems } from '../model/quoted-items';
import { REPRODUCING_WORD, withoutReproducedItems } from '../model/reproduced-items';
import type { TitledHeading } from '../model/titled-headings';
import { lineRange } from '../ranges';
import { repeatedItem } from '../model/repeated-items';
import { strayFirstBefore } from '../model/stray-first';
import { labelSlips, mayBearOnLabels } from '../model/label-series';
import { mayBeTableRow, tableNumberSlips } from '../model/table-numbers';
import { plainForTargets, targetFacts, type Caption, type NumberedTarget } from '../model/targets';
import { mayBeTitled, NUMBER_WORDS } from '../model/titled-headings';
import { firstAt } from '../sorted';
import { extractStart } from './numbering-extract';
import type { Rule, RuleContext } from '../rule';
import type { TextEdit } from '../types';

const rule: Rule = {
  meta: {
    id: 'numbering-sequence',
    name: { zh: '编号连续', en: 'Numbering sequence' },
    category: 'numbering',
    description: {
      zh: '同级标题编号应连续：不跳号、不重复、不倒退，从“一”或“1”开始',
      en: 'Section numbers run 1, 2, 3 within a parent: no skip, repeat or step back, starting at 1',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      skip: {
        zh: '编号跳号：“{previous}”之后应为“{expected}”，此处为“{found}”',
        en: 'Numbering skips: “{found}” follows “{previous}”; expected “{expected}”',
      },
      skipEach: {
        zh: '编号逐项跳号：“{previous}”之后的{found}应依次为{expected}',
        en: 'Numbering skips at each step: {found} after “{previous}”; expected {expected}',
      },
      afterCorrected: {
        zh: '编号应为“{expected}”，此处为“{found}”（上一项“{previous}”应为“{previousExpected}”）',
        en: 'Expected “{expected}”, found “{found}” (the “{previous}” before it should be “{previousExpected}”)',
      },
      repeat: {
        zh: '编号重复：“{found}”与上一项相同，应为“{expected}”',
        en: 'Numbering repeats: “{found}” again after “{previous}”; expected “{expected}”',
      },
      backwards: {
        zh: '编号倒退：“{previous}”之后出现“{found}”，应为“{expected}”',
        en: 'Numbering goes backwards: “{found}” after “{previous}”; expected “{expected}”',
      },
      deeper: {
        zh: '编号层级不符：“{found}”与上一项“{previous}”同级，却多了一级编号，应为“{expected}”',
        en: 'Numbering goes a level deeper: “{found}” stands at the level of “{previous}”; expected “{expected}”',
      },
      first: {
        zh: '编号应从“{expected}”开始，此处为“{found}”：前面的标题可能缺失',
        en: 'Numbering should start at “{expected}”, found “{found}”: an earlier heading may be missing',
      },
      strayFirst: {
        zh: '应为“{expected}”：此项与其后的“{next}”同级，是该级的第一项，误用了下级编号“{found}”',
        en: 'Expected “{expected}”: this item is the first of the level of “{next}” that follows it, numbered “{found}” in a lower level’s style',
      },
      restart: {
        zh: '改为“{expected}”：本文此级编号全文连续，上一组止于“{previous}”',
        en: 'Expected “{expected}”: this level is numbered straight through, and the previous group ended at “{previous}”',
      },
      restartWithin: {
        zh: '编号在“{previous}”后重新开始：应为“{expected}”，或在前面补上上级标题或引导语',
        en: 'Numbering starts again after “{previous}”: expected “{expected}”, or add the heading or lead-in (“…as follows:”) of a new list',
      },
      continued: {
        zh: '改为“{expected}”：下级编号在每个上级标题下重新开始，此处接续了上一组',
        en: 'Expected “{expected}”: numbering restarts under each parent in this document, and “{found}” continues the previous group',
      },
      childStyle: {
        zh: '核对编号层级：“{found}”排在下级编号“{previous}”之后，下文又接续下级编号，应为“{expected}”',
        en: 'Check the level: “{found}” comes after the lower-level “{previous}” and the lower level goes on after it; expected “{expected}”',
      },
      order: {
        zh: '编号顺序颠倒：“{found}”排在“{other}”之前，应为“{expected}”',
        en: 'Numbering out of order: “{found}” comes before “{other}”; expected “{expected}”',
      },
      prefix: {
        zh: '编号“{found}”与所属上级“{parent}”不一致，应为“{expected}”',
        en: '“{found}” does not match its parent section “{parent}”; expected “{expected}”',
      },
      prefixSlip: {
        zh: '编号“{found}”与所属上级“{parent}”不一致，应为“{expected}”：其后的“{next}”表明此处属于“{parent}”',
        en: '“{found}” does not match its parent section “{parent}”; expected “{expected}”, as “{next}” follows it',
      },
      prefixMissing: {
        zh: '缺少标题“{missing}”：“{found}”位于“{parent}”之下，其后又有“{next}”，应在“{found}”之前补上标题“{missing}”',
        en: 'Heading “{missing}” is missing: “{found}” comes under “{parent}” and “{next}” follows; add the heading “{missing}” above “{found}”',
      },
      prefixEither: {
        zh: '编号“{found}”与所属上级“{parent}”不一致：应为“{expected}”，或在其前补上漏掉的标题“{missing}”',
        en: '“{found}” does not match its parent section “{parent}”: expected “{expected}”, or the heading “{missing}” above it is missing',
      },
      split: {
        zh: '把编号接回一行：“{opener}”与“{rest}”被断行拆开',
        en: 'Join the number on one line: “{opener}” and “{rest}” are split over two lines',
      },
      lost: {
        zh: '{count}项编号都是“{found}”：自动编号粘贴后丢失，应依次编为“{first}”至“{last}”',
        en: 'All {count} items are numbered “{found}”: the automatic numbering was lost when the list was pasted; number them “{first}” to “{last}”',
      },
      fixLost: { zh: '依次编为“{first}”至“{last}”', en: 'Number them “{first}” to “{last}”' },
      contents: {
        zh: '更新目录：目录中“{title}”编为“{entry}”，正文中为“{found}”',
        en: 'Update the contents: it numbers “{title}” {entry}, the text numbers it {found}',
      },
      contentsMissing: {
        zh: '更新目录：目录中的“{entry}”在正文中没有对应的标题',
        en: 'Update the contents: “{entry}” has no heading in the text',
      },
      contentsTitle: {
        zh: '更新目录：目录中的“{entry}”与正文标题“{found}”不一致',
        en: 'Update the contents: “{entry}” is headed “{found}” in the text',
      },
      bodyHeading: { zh: '正文中的该标题', en: 'The heading in the text' },
      fixSplit: { zh: '接回同一行', en: 'Join the two lines' },
      fixOne: { zh: '改为“{expected}”', en: 'Change to “{expected}”' },
      fixMany: { zh: '改为“{expected}”并顺延后续编号', en: 'Change to “{expected}” and renumber the items after it' },
      fixOrder: { zh: '按顺序重新编号', en: 'Renumber these items in order' },
      previousItem: { zh: '上一项', en: 'Previous item' },
      sameNumber: { zh: '同样编为此号的一项', en: 'Another item with this number' },
      otherItem: { zh: '应排在前面的一项', en: 'The item that belongs before it' },
      parentItem: { zh: '所属上级', en: 'Parent section' },
      nextItem: { zh: '其后的一项', en: 'The item after it' },
    },
  },

  // What the document part reads of a paragraph, besides the outline (kept only while it is the same object, and with
  // it the markers): a line that may be an English titled heading, a caption or an attachment list's item; what a
  // line that could start a target reads as; the marker its first line holds, the words after it when they may be a
  // paste (only whether another marker's line says the same), and the paragraph's words when an item of its group
  // has its number too (a repeated item); a Minutes: label line (the minutes under it start where the meeting's
  // count is). Text typed on after a numbered item's heading changes none of it.
  checkSummary(paragraph, lines, doc) {
    // A1 ⏎ A2 ⏎ A4: the refs of a log, and the words around them, are read from the text (checkLabelSeries).
    if (mayBearOnLabels(paragraph.text)) return undefined;
    // | 3 | … ⏎ | 3 | … ⏎ | 5 | …: the numbered column of a table is read from the rows (checkTableNumbers).
    if (mayBeTableRow(paragraph.text)) return undefined;
    const out: string[] = [];
    for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) {
      const line = lines[l];
      if (line.kind === 'text' && mayBeTitled(line.prose)) return undefined;
      if (mayStandIn(line.prose)) return undefined;
      const row = NUMBERED_ROW.exec(line.prose);
      if (row) out.push(`row ${row[1]}`);
      const runIn = RUN_IN_FIRST.exec(line.prose);
      if (runIn) out.push(`run-in ${runIn[1]}`);
      // 1. Introduction 2. Key points 3. …: the items run in on an item's line, which the count reads on from.
      const opening = RUN_IN_OPENING.exec(line.prose);
      const through = opening ? runInThrough(line.prose, opening[0].length, Number(opening[1]), opening[2]) : undefined;
      if (through !== undefined) out.push(`runs-in ${through}`);
      if (!plainForTargets(line)) out.push(targetFacts(line));
      // Objective 2: Cleaner air ⏎ 2.1 …: a line that names a plan item, whose ids the items under it may carry (labelPrefix).
      const label = labelLineNumber(line);
      if (label !== undefined) out.push(`label ${label}`);
      // Minutes: ⏎ 12. The Panel considered…: the label the minutes of one item are numbered through the meeting under
      // (underMinutesLabel), by its place in the paragraph (no line number).
      if (line.kind === 'text' && MINUTES_LABEL.test(line.prose)) out.push(`minutes ${l - paragraph.firstLine}`);
      // …numbered 20 to 23 in the review… we reproduce them here: ⏎ 20. …: a lead-in over items reproduced with their numbers.
      // (read on every line with such a word: the lead-in may wrap, its colon on a later line).
      if (line.kind === 'text' && REPRODUCING_WORD.test(line.prose)) out.push(`reproduces ${line.prose}`);
      // 3. Review of evidence ⏎ 3.1 ⏎ text ⏎ 3.2 ⏎ text: the paragraph numbers alone on their lines (loneSubNumbers).
      const lone = LONE_SUB_NUMBER.exec(line.prose);
      if (lone) out.push(`lone ${lone[1]}.${lone[2]}`);
      // Contents ⏎ 3 Methods 8 … ⏎ 4 Methods: the lines checkContents compares, read whole.
      if (line.kind === 'text' && (isContentsTitle(line.prose) || CONTENTS_ENTRY.test(line.prose) || CONTENTS_TITLE_ENTRY.test(line.prose) || BODY_HEADING.test(line.prose) || CN_CONTENTS_ENTRY.test(line.prose) || CN_BODY_HEADING.test(line.prose))) out.push(`toc ${line.prose}`);
      // 第五条 修改为：…: whether an article's line amends it (checkArticles leaves an amending decision alone).
      const article = line.kind === 'text' ? articleLabel(line.prose) : undefined;
      if (article && article.start < 8) out.push(`article ${AMENDING.test(line.prose.slice(article.end))}`);
      // Purpose ⏎ This paper briefs Members on… ⏎ 2. The Council…: the blocks of text paragraphOneAbove counts as
      // paragraphs (40 characters or more, ending a sentence), read only where a run of its kind starts at 2.
      if (startsAtTwo(doc)) {
        const text = line.kind === 'text' ? line.prose.trim() : '';
        out.push(text === '' ? '-' : `${Math.min(text.length, 40)}${SENTENCE_END.test(text) ? '.' : ''}`);
      }
    }
    const targets = doc.targets;
    const onLines = (list: readonly { line: number }[]) => list.some((t) => t.line >= paragraph.firstLine && t.line <= paragraph.lastLine);
    if (onLines(targets.captions) || onLines(targets.attachments)) return undefined;
    const item = headingItemSummary(paragraph, lines, doc);
    if (item === undefined) return undefined;
    out.push(item);
    // 12. The Panel considered…: whether a numbered paragraph is one (a sentence, or text running on) is read by the
    // paragraphs numbered through a report or a meeting and by the paragraph 1 left unnumbered above them.
    if (item !== '' && paragraph.section!.marker.kind === 'arabic') out.push(numberedParagraphShape(doc, paragraph.section!, lines));
    // What a chapter page's paragraphs are read by (paragraphsThroughReport): the least note reference on the
    // paragraph's lines ([22]), and whether the line under a numbered title is a sub-heading.
    const notes = leastNote(lines, paragraph.firstLine, paragraph.lastLine);
    if (notes !== Infinity) out.push(`notes ${notes}`);
    const under = lines[paragraph.firstLine + 1];
    if (item !== '' && paragraph.lastLine > paragraph.firstLine && under?.kind === 'text') out.push(`sub ${isHeadingText(under.prose.trim())}`);
    return out.join('|');
  },

  check(context) {
    const { outline } = context.doc;
    reportSplitMarkers(context);
    checkTitled(context);
    checkAttachmentLists(context);
    checkCaptions(context);
    checkArticles(context);
    checkLabelSeries(context);
    checkContents(context);
    checkContentsZh(context);
    const renumbering = new Renumberer(context);
    // The last Markdown list seen at each list depth: a list may continue its count (4. after a list of three).
    const previousList = new Map<string, Section[]>();
    for (const group of outline.groups) {
      let items = numberedItems(group, context.doc.lines);
      // Condition 3 is varied to read: ⏎ 3) No more than…; “12. The main issue… ⏎ 13. The site… ⏎ 14. …”: items quoted
      // from another document keep its numbers — they are not items of this one.
      if (items.length > 0) items = withoutReproducedItems(context.doc.lines, withoutQuotedItems(context.doc.lines, items));
      if (items.length === 0) continue;
      // ## 4. Objective 3 ⏎ - 3.4 … ⏎ - 3.5 …, or 3 Objectives ⏎ Objective 1: … ⏎ 1.1 … ⏎ Objective 2: … ⏎ 2.1 …: the ids
      // of each plan item named above them count apart, from whichever the plan gives first (a document may list some
      // of them), and apart from the section's own sub-numbers (3.1 Overview), which are read as any group's.
      const runs = labelledRuns(items, context.doc.lines);
      if (runs) {
        for (const run of runs.labelled) {
          const reported = checkSteps(renumbering, run);
          for (const item of run) if (!reported.has(item)) checkPrefix(context, item);
        }
        items = runs.own;
        if (items.length === 0) continue;
      }
      const first = items[0];
      if (first.marker.listItem) {
        const before = previousList.get(group.key);
        previousList.set(group.key, items);
        const startsFreely =
          first.marker.value <= 1 || (before !== undefined && first.marker.value === renderedLast(before) + 1) || paragraphOneAbove(context.doc, group, items);
        if (!startsFreely) report(renumbering, 'first', first, 1, undefined);
        if (!isLazyMarkdownList(items)) checkSteps(renumbering, items, startsFreely ? undefined : 1);
        continue;
      }
      // A chapter of a report whose paragraphs are numbered through the whole report (3. Working practices ⏎ 68. …,
      // or Chapter 2: … ⏎ 8.This chapter…): the paragraphs carry on the report's count, read from where they start.
      const through = first.marker.value !== 1 && !group.parent ? paragraphsThroughReport(context.doc, items) : undefined;
      if (through) {
        const reported = checkSteps(renumbering, through);
        for (const item of through) if (!reported.has(item)) checkPrefix(context, item);
        continue;
      }
      const chained = (outline.straightThrough.has(group.key) || group.throughPrefix === true) && group.previous !== undefined && !group.fresh;
      // The number the first item should have had, when it was reported: the next items are read against it.
      let firstExpected: number | undefined;
      let stray: Section | undefined;
      if (chained) {
        // A straight-through level: the first item continues the previous group.
        const previous = lastItem(group.previous!);
        const expected = (previous?.marker.value ?? 0) + 1;
        if (first.marker.value !== expected) {
          report(renumbering, first.marker.value === 1 ? 'restart' : compare(first, previous!), first, expected, previous);
          firstExpected = expected;
        }
      } else if (first.marker.value !== 1 && group.parent?.children[0] === first && standsInForChild(group.parent)) {
        // （三）… ⏎ 三、强化数据共享 ⏎ （五）…: the repeated 三、 is the missing （四） in the wrong style, reported there.
      } else if (first.marker.value !== 1 && (rowAbove(context.doc.lines, first.marker) || runInAbove(context.doc.lines, first.marker))) {
        // 1.提供住宿的民政机构          617 ⏎ 养老机构586 ⏎ 2.…: the number before it is written, on a row read as a contents
        // entry; 以上事实，主要有以下证据证明：1、… ⏎ 2、…: or run in after the lead-in's colon.
      } else if (first.marker.value !== 1 && isNumberedTitle(group, context.doc)) {
        // # 10. Offload background web views: an architecture decision record's title carries the record's number.
      } else if (first.marker.value !== 1 && (!group.parent || group.parent.marker.kind === 'heading') && startsAsExtractSays(context.doc, first.marker.value)) {
        // Annual Report 2026 (extract: sections 4 to 7) ⏎ ## 4. Findings: an extract starts where its title says.
      } else if (first.marker.value !== 1 && isBookChapter(group, context.doc)) {
        // 第三篇 洞察篇 at the top of a file: one chapter of a book kept in several files, not a cut draft.
      } else if (paragraphOneAbove(context.doc, group, items)) {
        // Purpose ⏎ This paper briefs Members on… ⏎ Background ⏎ 2. The Council…: the paper's one paragraph before it,
        // left unnumbered as Hong Kong's government papers and some directors' messages leave it, is its paragraph 1.
      } else if (first.marker.value === 2 && !group.fresh && (stray = strayFirstBefore(outline, first, context.doc.lines))) {
        // 二、 ⏎ 1.企业梯队… ⏎ （二）…: the 1. is the （一） in a lower level's style, reported there (not a missing heading).
        reportStrayFirst(context, stray, first);
      } else if (first.marker.value !== 1) {
        const previous = group.previous && !group.fresh ? lastItem(group.previous) : undefined;
        const continued = previous !== undefined && first.marker.value === previous.marker.value + 1;
        // (extract: sections 4 to 7) ⏎ ## 5. Findings: the extract should start at the 4 its title names.
        const from = !continued && (!group.parent || group.parent.marker.kind === 'heading') ? extractStart(context.doc) || 1 : 1;
        report(renumbering, continued ? 'continued' : 'first', first, from, continued ? previous : undefined);
        firstExpected = from;
      } else if (group.previousPrefix) {
        checkPrefixStep(context, group, first);
      }
      const reported = checkSteps(renumbering, items, firstExpected);
      if (firstExpected !== undefined) reported.add(first);
      for (const item of items) if (!reported.has(item)) checkPrefix(context, item);
    }
  },
};

/**
 * A numbered line of a statistical table typed as text, its value after a run of spaces (1.提供住宿的民政机构      617):
 * read as a contents entry (a title and its page number), it is no item; its number is the indentation, the number
 * and its delimiter.
 */
const NUMBERED_ROW = /^([ \t\u3000]*\d{1,3}[.．、])[^\s\d].*?(?:[ \t\u3000]{2,}|\t)[\d,.]+[ \t\u3000]*$/u;

/**
 * 1.提供住宿的民政机构          617 ⏎ 养老机构586 ⏎ 2.提供住宿的民政机构床位万张11.8: a run that seems to start at 2 whose
 * item 1 is written right above it, at its indentation, as such a row (the lines between, indented deeper, are its
 * rows). A contents list far above, or a blank line between, is no such row.
 */
function rowAbove(lines: readonly Line[], marker: Marker): boolean {
  const delimiter = marker.text.slice(marker.numberEnd - marker.start);
  if (!/^\d+$/.test(marker.text.slice(marker.numberStart - marker.start, marker.numberEnd - marker.start)) || !delimiter) return false;
  const want = `${marker.value - 1}${delimiter}`;
  for (let l = marker.line - 1; l >= 0 && l >= marker.line - 40; l--) {
    const prose = lines[l].prose;
    if (prose.trim() === '') return false;
    const row = NUMBERED_ROW.exec(prose);
    const indent = prose.length - prose.trimStart().length;
    if (indent > marker.start) continue;
    return indent === marker.start && row !== null && row[1].trimStart() === want;
  }
  return false;
}

/** A lead-in whose colon the first item follows on its line: 以上事实，主要有以下证据证明：1、2025年11月27日，… */
const RUN_IN_FIRST = /[：:][ \t\u3000]*(\d{1,3}(?:、|[.．](?!\d)))/u;

/**
 * 以上事实，主要有以下证据证明：1、… ⏎ 2、… ⏎ 3、…: a run that seems to start at 2 whose item 1 is run in after the colon
 * of the paragraph right above it (blank lines between, no item between). A lead-in whose colon nothing numbered
 * follows (证据如下： ⏎ 2、…) still misses its first item.
 */
function runInAbove(lines: readonly Line[], marker: Marker): boolean {
  const delimiter = marker.text.slice(marker.numberEnd - marker.start);
  if (!/^\d+$/.test(marker.text.slice(marker.numberStart - marker.start, marker.numberEnd - marker.start)) || !delimiter) return false;
  const want = `${marker.value - 1}${delimiter}`;
  // …for the achievements reported. 20. I performed the procedures… ⏎ 21. I did not…: item 20 run into the paragraph
  // above after a sentence (a PDF's lines joined), its number before a capital.
  const afterSentence = delimiter === '.' ? new RegExp(`[.!?]["”’)]?\\s+${marker.value - 1}\\.\\s+[A-Z]`) : undefined;
  let l = marker.line - 1;
  while (l >= 0 && lines[l].prose.trim() === '') l--;
  for (let seen = 0; l >= 0 && seen < 20 && lines[l].prose.trim() !== ''; l--, seen++) {
    if (RUN_IN_FIRST.exec(lines[l].prose)?.[1] === want) return true;
    if (afterSentence?.test(lines[l].prose)) return true;
    // 1. Introduction 2. Key points 3. Overall performance ⏎ 4. Key commitments: a contents list flattened onto one line.
    const opening = RUN_IN_OPENING.exec(lines[l].prose);
    if (opening && opening[2] === delimiter && /^\d+[.．、]$/.test(marker.text) && runInThrough(lines[l].prose, opening[0].length, Number(opening[1]), delimiter) === marker.value - 1) return true;
  }
  return false;
}

/**
 * 22. … ⏎ 23. ⏎ I draw attention to the matters below. ⏎ 24. …: the number `expected` (with the items' delimiter) alone
 * on a line between two items, above a line of text.
 */
function numberAloneBetween(lines: readonly Line[], prev: Marker, cur: Marker, expected: number): boolean {
  if (!/^\d+[.．]$/.test(cur.text)) return false;
  const want = `${expected}${cur.text.slice(-1)}`;
  for (let l = prev.line + 1; l < cur.line; l++) {
    if (lines[l].prose.trim() !== want) continue;
    let next = l + 1;
    while (next < cur.line && lines[next].prose.trim() === '') next++;
    return next < cur.line;
  }
  return false;
}

/** An item's number at the start of its line, with its delimiter and a space after (1. Introduction). */
const RUN_IN_OPENING = /^\s*(\d{1,3})([.．、])(?=\s)/u;

/**
 * The last number of the items run in on an item's line after its own (1. Introduction 2. Key points 3. Overall
 * performance: 3), each the next number with the same delimiter after a space and before one; undefined when none is.
 */
function runInThrough(prose: string, from: number, value: number, delimiter: string): number | undefined {
  let last: number | undefined;
  let at = from;
  for (let k = value + 1; k < value + 30; k++) {
    const next = new RegExp(`\\s${k}${delimiter === '.' ? '\\.' : delimiter === '．' || delimiter === '、' ? delimiter : '(?!)'}\\s+\\S`, 'u').exec(prose.slice(at));
    if (!next) break;
    last = k;
    at += next.index + next[0].length;
  }
  return last;
}

/** The last number run in on the line of an item (1. Introduction 2. Key points 3. …), or undefined. */
function runInAfter(lines: readonly Line[], marker: Marker): number | undefined {
  const delimiter = marker.text.slice(marker.numberEnd - marker.start);
  if (!/^\d+[.．、]$/.test(marker.text)) return undefined;
  return runInThrough(lines[marker.line].prose, marker.end, marker.value, delimiter);
}

/**
 * Section 1 … Section 2 … Section 5, PART II then PART IV, ## Appendix A then ## Appendix C: headings that carry their
 * number after a word count on within the word. Starting again at 1 is a new run (a contents list, then the text).
 */
function checkTitled(context: RuleContext): void {
  const { doc } = context;
  const last = new Map<string, TitledHeading>();
  // What a repeated heading should have been numbered: in Objective 1, 2, 2, 4 only the second 2 is wrong (after a
  // skip, PART II, IV, IV, the second IV repeats).
  const should = new Map<string, number>();
  const identifiers = itemIdentifiers(doc);
  let named: Set<number> | undefined;
  for (const h of doc.titledHeadings) {
    const key = `${h.word}@${doc.partOf(h.line)}`;
    if (identifiers.has(key)) continue;
    const prev = last.get(key);
    const prevShould = should.get(key);
    last.set(key, h);
    should.set(key, h.value);
    if (!prev || h.value === prev.value + 1 || h.value === 1 || h.value === (prevShould ?? prev.value) + 1) continue;
    // Appendix A: … ⏎ Appendix B: … (the report's list of its attachments, one to a line) ⏎⏎ APPENDIX B: …: the
    // appendices themselves follow the list, and start where the first one enclosed does (A circulated separately).
    if (h.value <= prev.value && listedTogether(doc.titledHeadings, prev) && !listedTogether(doc.titledHeadings, h)) continue;
    // Finding 2 was closed in our 2025 review. ⏎ #### Finding 1 ⏎ #### Finding 3: a follow-up report on the findings
    // still open, the others named in its text.
    if (h.word === 'finding' && h.value > prev.value + 1 && (named ??= findingsNamed(doc)).has(prev.value + 1)) continue;
    if (h.value === prev.value) should.set(key, prev.value + 1);
    const line = doc.lines[h.line].text;
    const prevLine = doc.lines[prev.line].text;
    const wordAt = (text: string, t: TitledHeading) => text.slice(0, t.start).trimEnd().split(/[\s*#]+/).pop() ?? '';
    const found = `${wordAt(line, h)} ${line.slice(h.start, h.end)}`;
    const previous = `${wordAt(prevLine, prev)} ${prevLine.slice(prev.start, prev.end)}`;
    const expected = `${wordAt(line, h)} ${formatTitled(prev.value + 1, h.style === prev.style ? h.style : prev.style, /^[A-Z]{2,}$/.test(line.slice(h.start, h.end)))}`;
    context.report({
      message: h.value > prev.value + 1 ? 'skip' : h.value === prev.value ? 'repeat' : 'backwards',
      data: { found, previous, expected },
      range: lineRange(h.line, h.start, h.end),
      related: [{ range: lineRange(prev.line, prev.start, prev.end), message: 'previousItem' }],
    });
  }
}

/** The numbers of the findings a draft names in its text (Finding 2 was closed…, Findings 2 and 4), not in their headings. */
function findingsNamed(doc: RuleContext['doc']): Set<number> {
  const out = new Set<number>();
  const headings = new Set(doc.titledHeadings.map((h) => h.line));
  for (const line of doc.lines) {
    if (headings.has(line.index) || line.prose.indexOf('inding') < 0) continue;
    for (const m of line.prose.matchAll(/\bFindings?[ \t]+(\d{1,2})(?:[ \t]*(?:,|and|&)[ \t]*(\d{1,2}))?(?![\d.-])/gi)) {
      out.add(Number(m[1]));
      if (m[2]) out.add(Number(m[2]));
    }
  }
  return out;
}

/** A titled heading on the line right above or below another of its word: an entry of a list (of appendices), not a heading. */
function listedTogether(headings: readonly TitledHeading[], h: TitledHeading): boolean {
  return headings.some((o) => o !== h && o.word === h.word && Math.abs(o.line - h.line) === 1);
}

/** The title of an inventory, an asset register, a stock list or an auction's lots: its Item numbers name things. */
const INVENTORY_TITLE = /\b(?:inventory|inventories|asset(?:s)? register|register of (?:assets|equipment|items|furniture)|fixed assets|stock[ -]?(?:list|take|check|count)|stocktake|(?:auction|sale) lots?|lots? (?:list|for sale)|auction catalog(?:ue)?|equipment (?:list|register|schedule)|schedule of (?:assets|equipment|items|furniture|contents)|contents insurance|items? for (?:disposal|sale|auction))\b/i;

/**
 * The parts whose Item headings number things, not the business of a meeting: the text or the heading above them is
 * an inventory, an asset register or a lot list (Item 12 Chairs ⏎ Item 15 Desks ⏎ Item 3 Lamps), or the numbers go back
 * with few of them counting on by one (identifiers in no order). An agenda's Item 1 ⏎ Item 2 ⏎ Item 4 is still a skip.
 */
function itemIdentifiers(doc: RuleContext['doc']): Set<string> {
  const out = new Set<string>();
  const byPart = new Map<string, TitledHeading[]>();
  for (const h of doc.titledHeadings) {
    if (h.word !== 'item') continue;
    const key = `${h.word}@${doc.partOf(h.line)}`;
    const list = byPart.get(key);
    if (list) list.push(h);
    else byPart.set(key, [h]);
  }
  if (byPart.size === 0) return out;
  const opening = doc.lines.filter((l) => l.kind === 'text' && l.prose.trim() !== '').slice(0, 3).some((l) => INVENTORY_TITLE.test(l.prose));
  for (const [key, items] of byPart) {
    let plusOne = 0;
    let back = false;
    for (let i = 1; i < items.length; i++) {
      const step = items[i].value - items[i - 1].value;
      if (step === 1) plusOne++;
      else if (step < 0 && items[i].value !== 1) back = true;
    }
    // The nearest text line above the first item that is short (a heading): Asset register, Lots for sale.
    let above = '';
    for (let l = items[0].line - 1; l >= 0 && l >= items[0].line - 6; l--) {
      const prose = doc.lines[l].kind === 'text' ? doc.lines[l].prose.trim() : '';
      if (prose !== '' && prose.length <= 80) {
        above = prose;
        break;
      }
    }
    if (opening || INVENTORY_TITLE.test(above) || (back && plusOne * 2 < items.length - 1)) out.add(key);
  }
  return out;
}

function formatTitled(n: number, style: TitledHeading['style'], upper = false): string {
  if (style === 'word' && n <= NUMBER_WORDS.length) return upper ? NUMBER_WORDS[n - 1].toUpperCase() : NUMBER_WORDS[n - 1];
  return style === 'roman' ? toRoman(n) : style === 'letter' ? String.fromCharCode(64 + n) : String(n);
}

/**
 * Each item is one more than the one before it — or than what the one before it should have been: in
 * 1, 2, 2, 4 only the second 2 is wrong, and 4 is right — or the number a reported item should have had: in
 * 1, 2, 1, 3 (一、二、一、三) the stray 1 is the one slip, and 3 reads on from 2. Two items swapped (1, 2, 4, 3, 5) are one finding,
 * out of order. After a restart at 1 (a list in the level's own style nested under one of its items), the item that
 * takes up the outer count again ((三) ⏎ （一）…（五） ⏎ (四)) is read on, not reported a second time. Returns the
 * items reported.
 */
function checkSteps(renumbering: Renumberer, items: Section[], firstExpected?: number): Set<Section> {
  const { context } = renumbering;
  const reported = new Set<Section>();
  if (lostNumbering(renumbering, items, firstExpected)) {
    for (const item of items.slice(1)) reported.add(item);
    return reported;
  }
  let corrected = firstExpected;
  // The number the last reported item should have had: 一、二、一、三 reads on at 三 as if the stray 一 were not
  // there (one finding, not a second "skip" at 三).
  let strayWanted: number | undefined;
  // (三)经营计划 ⏎ （一）…（五） ⏎ (四)可能面对的风险: a list numbered in the level's own style under one of its items
  // restarts the count (reported there); the item that takes up the outer count again is not a second slip.
  let resumeAt: number | undefined;
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1];
    const cur = items[i];
    const value = cur.marker.value;
    // 1. Introduction 2. Key points 3. Overall performance ⏎ 4. Key commitments: items 2 and 3 are run in on the line.
    const runIn = value > prev.marker.value + 1 ? runInAfter(context.doc.lines, prev.marker) : undefined;
    const expected = (runIn ?? prev.marker.value) + 1;
    if (resumeAt !== undefined && value === resumeAt && value !== expected) {
      resumeAt = undefined;
      corrected = undefined;
      strayWanted = undefined;
      continue;
    }
    if (value === expected || (corrected !== undefined && value === corrected + 1) || value === strayWanted) {
      corrected = undefined;
      strayWanted = undefined;
      continue;
    }
    // 2.1 ⏎ 2.1.1 ⏎ 2.1.2 ⏎ 2.2.1: numbered for a next section (2.2) that is not there, or a slip for 2.1.3 — one
    // finding, checkPrefix's, which tells the two apart; not a restart of the list as well.
    if (readsForNextParent(cur, context.doc.lines)) {
      corrected = strayWanted = undefined;
      continue;
    }
    // ### 3.1 ⏎ #### 3.2.1.1 ⏎ ### 3.3: the number under 3.1 names the missing 3.2 (numbering-hierarchy's finding there).
    if (value === expected + 1 && impliedBelow(prev, cur, expected)) {
      corrected = strayWanted = undefined;
      continue;
    }
    // 22. … Other matters ⏎ 23. ⏎ I draw attention to… ⏎ 24. …: item 23 is there, its number on a line of its own (a
    // PDF's conversion set it apart from its text).
    if (value === expected + 1 && numberAloneBetween(context.doc.lines, prev.marker, cur.marker, expected)) {
      corrected = strayWanted = undefined;
      continue;
    }
    // ### 7. ⏎ ### Section 8: Staff ⏎ ### 9.: item 8 is there, written with a word (numbering-style's finding).
    if (value === expected + 1 && wordedStandIn(context.doc.lines, prev.marker, cur.marker, expected)) {
      corrected = strayWanted = undefined;
      continue;
    }
    // 3. 加强队伍建设。 twice: the item was pasted twice (duplicate-text's), its number is not the slip.
    if (value === prev.marker.value && repeatsPrevious(context, prev, cur)) {
      corrected = strayWanted = undefined;
      continue;
    }
    const wanted = corrected !== undefined ? corrected + 1 : expected;
    reported.add(cur);
    const last = outOfOrderUntil(items, i, wanted);
    if (last !== undefined) {
      reportOrder(context, items.slice(i, last + 1), wanted);
      corrected = wanted + last - i;
      i = last;
      continue;
    }
    const standIn = value <= prev.marker.value ? standsInForChild(cur) : undefined;
    // （一） ⏎ （三） ⏎ （五）: every step from the first skips as the first did — one slip in how the list was numbered (odd numbers
    // only), one finding, whose fix renumbers the run; not a skip, then "（五） should be （三）" for the same slip.
    const stride = value - prev.marker.value;
    let strideEnd = i;
    // From the list's first item only: 2. ⏎ Section 4: … ⏎ 4. ⏎ Section 5: … ⏎ 6. are slips of their own.
    if (i === 1 && prev.marker.value === 1 && corrected === undefined && stride >= 2 && runIn === undefined) {
      while (strideEnd + 1 < items.length && items[strideEnd + 1].marker.value === items[strideEnd].marker.value + stride) strideEnd++;
    }
    if (!standIn && strideEnd > i) {
      report(renumbering, 'skipEach', cur, wanted, prev, undefined, items.slice(i, strideEnd + 1));
      for (let k = i + 1; k <= strideEnd; k++) reported.add(items[k]);
      corrected = strayWanted = wanted + strideEnd - i;
      i = strideEnd;
      continue;
    }
    if (standIn) reportChildStyle(context, cur, standIn, prev);
    else {
      // 一、二、五、七、: after a slip, "七、 follows 五、, expected 四、" reads as a contradiction; say what 五、 should be.
      const kind = compare(cur, prev);
      if (corrected !== undefined && kind !== 'restartWithin') report(renumbering, 'afterCorrected', cur, wanted, prev, corrected);
      else report(renumbering, kind, cur, wanted, prev);
    }
    if (value === 1 && wanted > 2) resumeAt = wanted;
    corrected = wanted;
    strayWanted = wanted;
  }
  return reported;
}

/** A numbered contents entry with its page number: 3 Results 8, 3.2 Costs ........ 14, 2. Methods   5. */
const CONTENTS_ENTRY = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(\S.*?)(?:[ \t]*(?:[.．…·][ \t]?){2,}[ \t]*|[ \t]+)\d{1,3}[ \t]*$/;

/** A contents entry without a page number, in one block of titles under the Contents line: 3 Results, - 3 Results. */
const CONTENTS_TITLE_ENTRY = /^\s*(?:[-*+][ \t]+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+([A-Z][^.;:!?]{0,80}?)[ \t]*$/;

/** A heading line of the text: 2 Methods, 2. Methods, ## 2 Methods (a number, a short title, nothing after). */
const BODY_HEADING = /^\s*(#{1,6}[ \t]+)?(\d{1,2})\.?[ \t]+([A-Z][^.;:!?。；：]{0,80})$/;

/** A title compared with another: case, spaces and closing punctuation aside. */
function titleKey(text: string): string {
  return text.replace(/[*_#]/g, '').replace(/\s+/g, ' ').trim().replace(/[.:：。]$/, '').toLowerCase();
}

/** The line of a contents title (目录, Contents) above `limit`, or -1. */
function contentsTitleLine(lines: RuleContext['doc']['lines'], limit: number): number {
  for (let i = 0; i < limit; i++) if (lines[i].kind === 'text' && isContentsTitle(lines[i].prose)) return i;
  return -1;
}

/**
 * Contents ⏎ 1 Introduction 3 ⏎ 2 Methods 5 ⏎ 3 Results 8 … and in the text 1 Introduction, 2 Results: a heading the
 * contents lists under one number that the text numbers otherwise (a section removed or added, the contents not
 * updated). Only where the text's own numbering of that level runs 1, 2, 3 (else the text's slip is the finding), and
 * the title stands once in the text. One finding, on the first such entry, the others related. A table of contents
 * opens a document: its title is looked for above the first numbered section only. Its entries carry page numbers, or
 * are titles alone in one block (Contents ⏎ 1 Background ⏎ 2 Method ⏎ 3 Results, or a Markdown list of them): then a
 * heading renamed (the contents' 3 Results, the text's 3 Outcomes) is one finding too, where the text's headings, on
 * lines of their own, are as many as the entries, numbered 1, 2, 3 alike, and all but one or two titled alike.
 */
function checkContents(context: RuleContext): void {
  const { lines, outline } = context.doc;
  const firstNumbered = outline.sections.find((s) => s.marker.kind !== 'heading');
  const title = contentsTitleLine(lines, firstNumbered ? firstNumbered.marker.line : lines.length);
  if (title < 0) return;
  const entries: { line: number; path: number[]; title: string; text: string; start: number; end: number }[] = [];
  // Entries with page numbers (3 Results 8), or titles alone in one block (a blank line after them ends it).
  let paged: boolean | undefined;
  let firstIndent = 0;
  for (let i = title + 1; i < lines.length && i < title + 80; i++) {
    const line = lines[i];
    if (line.kind === 'blank') {
      if (paged === false && entries.length) break;
      continue;
    }
    if (line.kind !== 'text') break;
    let e = paged !== false ? CONTENTS_ENTRY.exec(line.prose) : null;
    if (e) paged = true;
    else if (paged !== true && (e = CONTENTS_TITLE_ENTRY.exec(line.prose))) paged = false;
    if (!e) {
      if (entries.length) break;
      continue;
    }
    const start = line.prose.indexOf(e[1]);
    // A nested list's entry (   1. Configuration under 2. Deploying a service) is a sub-entry of the one above it.
    const indent = leadingColumns(line.text);
    if (paged === false && entries.length && indent > firstIndent) {
      const parent = entries.filter((x) => x.path.length === 1).pop()?.path ?? [0];
      entries.push({ line: i, path: [parent[0], ...e[1].split('.').map(Number)], title: titleKey(e[2]), text: e[2].trim(), start, end: start + e[1].length });
      continue;
    }
    if (!entries.length) firstIndent = indent;
    entries.push({ line: i, path: e[1].split('.').map(Number), title: titleKey(e[2]), text: e[2].trim(), start, end: start + e[1].length });
  }
  if (entries.length < 3) return;
  // The text's heading lines (a number and a short title alone on the line), by title.
  type Heading = { line: number; value: number; key: string; text: string; start: number; end: number; alone: boolean };
  const byTitle = new Map<string, Heading[]>();
  const body: number[] = [];
  const all: Heading[] = [];
  const blank = (i: number) => i >= lines.length || lines[i].kind === 'blank';
  for (let i = entries[entries.length - 1].line + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'text' || line.prose.length > 100) continue;
    const h = BODY_HEADING.exec(line.prose);
    if (!h) continue;
    const key = titleKey(h[3]);
    const start = line.prose.indexOf(h[2], h[1]?.length ?? 0);
    const heading = { line: i, value: Number(h[2]), key, text: h[3].trim(), start, end: start + h[2].length, alone: h[1] !== undefined || (blank(i - 1) && blank(i + 1)) };
    byTitle.set(key, [...(byTitle.get(key) ?? []), heading]);
    all.push(heading);
    if (entries.some((e) => e.title === key)) body.push(heading.value);
  }
  const top = entries.filter((e) => e.path.length === 1);
  if (paged === false && renamedEntry(context, lines, top, all.filter((h) => h.alone))) return;
  // The text's own numbers run 1, 2, 3 (else the slip in the text is the finding, and the contents may be right).
  if (body.length < 2 || body.some((n, i) => n !== i + 1)) return;
  // A section removed: a top entry names a title the text lacks, while every heading of the text (numbered 1, 2, 3…)
  // is in the contents and the text has fewer of them.
  const missing = top.filter((e) => !byTitle.has(e.title));
  if (missing.length && all.length < top.length && all.every((h, i) => h.value === i + 1 && top.some((e) => e.title === h.key))) {
    const [first, ...others] = missing;
    context.report({
      message: 'contentsMissing',
      data: { entry: `${first.path.join('.')} ${first.text}` },
      range: lineRange(first.line, first.start, first.end),
      related: others.map((o) => ({ range: lineRange(o.line, o.start, o.end), message: 'bodyHeading' })),
    });
    return;
  }
  const wrong: { entry: (typeof entries)[number]; heading: Heading }[] = [];
  for (const entry of entries) {
    const found = entry.path.length === 1 ? byTitle.get(entry.title) : undefined;
    if (!found || found.length !== 1 || found[0].value === entry.path[0]) continue;
    wrong.push({ entry, heading: found[0] });
  }
  if (wrong.length === 0) return;
  const [{ entry, heading }, ...others] = wrong;
  context.report({
    message: 'contents',
    data: { title: entry.text, entry: entry.path.join('.'), found: String(heading.value) },
    range: lineRange(entry.line, entry.start, entry.end),
    related: [
      { range: lineRange(heading.line, heading.start, heading.end), message: 'bodyHeading' },
      ...others.map((o) => ({ range: lineRange(o.entry.line, o.entry.start, o.entry.end), message: 'bodyHeading' })),
    ],
  });
}

/**
 * Contents ⏎ 1 Background ⏎ 2 Method ⏎ 3 Results and the text's 1 Background, 2 Method, 3 Outcomes: as many headings as
 * entries, both numbered 1, 2, 3…, all titled alike but one or two — the text's heading renamed, the contents not. Not
 * a title the text lengthens or shortens (3 Results and costs), nor a swap (the text's title elsewhere in the contents).
 */
function renamedEntry(context: RuleContext, lines: RuleContext['doc']['lines'], top: { line: number; path: number[]; title: string; text: string; start: number; end: number }[], headings: { line: number; value: number; key: string; text: string; start: number; end: number }[]): boolean {
  if (top.length < 3 || headings.length !== top.length) return false;
  if (top.some((e, i) => e.path[0] !== i + 1) || headings.some((h, i) => h.value !== i + 1)) return false;
  const differ = top.filter((e, i) => headings[i].key !== e.title);
  if (differ.length === 0 || differ.length > 2 || top.length - differ.length < 2) return false;
  for (const e of differ) {
    const h = headings[e.path[0] - 1];
    if (top.some((t) => t.title === h.key) || h.key.includes(e.title) || e.title.includes(h.key)) continue;
    context.report({
      message: 'contentsTitle',
      // As written: - 3. Results, ## 3 Outcomes (without the list's bullet or the heading's #).
      data: { entry: lines[e.line].prose.trim().replace(/^[-*+][ \t]+/, ''), found: lines[h.line].prose.trim().replace(/^#{1,6}[ \t]+/, '') },
      range: lineRange(e.line, e.start, e.end),
      related: [{ range: lineRange(h.line, h.start, h.end), message: 'bodyHeading' }],
    });
    return true;
  }
  return false;
}

/** A Chinese contents entry: 一、总体情况……………3, 二、主要做法 5, 第三章 保障措施……12 (the marker, the title, the page). */
const CN_CONTENTS_ENTRY = /^[ \t\u3000]*((?:第[一二三四五六七八九十]{1,3}(?:章|部分))|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*(\S.*?)(?:[ \t\u3000]*(?:[.．…·•][ \t]?){2,}[ \t\u3000]*|[ \t\u3000]+)(\d{1,3})[ \t\u3000]*$/;

/** A Chinese heading line of the text: 二、主要做法, ## 第三章 保障措施 (a short title, no sentence end, no page number). */
const CN_BODY_HEADING = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?((?:第[一二三四五六七八九十]{1,3}(?:章|部分))|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*([^。；;！？!?…]{1,40}?)[ \t\u3000]*$/;

/** The number and family of a Chinese marker: 三、 → 3 in 、, 第三章 → 3 in 章. */
function cnMarker(text: string): { value: number; family: string } | undefined {
  const m = /^(?:第)?([一二三四五六七八九十]{1,3})(、|章|部分)$/.exec(text);
  const value = m ? parseChineseNumeral(m[1]) : undefined;
  return m && value ? { value, family: m[2] } : undefined;
}

/** A Chinese title compared with another: spaces and punctuation aside. */
function cnTitleKey(text: string): string {
  return text.replace(/[\s\u3000*_#“”"'‘’：:，,。.]/g, '');
}

/**
 * 目录 ⏎ 一、总体情况……1 ⏎ 二、主要做法……2 ⏎ 三、存在问题……4 … and in the text 一、总体情况 ⏎ 二、主要做法 ⏎ 三、下一步打算: a
 * Chinese contents block the text no longer agrees with (its entries with page numbers, or a block of titles alone
 * under the 目录 line). Only where the contents numbers its entries 一、二、三 (three at
 * least) and the text's headings of that kind run 一、二、三 too (else the text's slip is the finding, and of the
 * contents only a heading renamed under its number is told: 二、 worded otherwise, then 三、 ⏎ 五、). One finding for
 * the block, by what it most likely means: an entry whose title is not in the text while every heading of the text is
 * in the contents (a section removed: the entry is missing); else an entry numbered otherwise than the text numbers
 * its title (a section moved or added); else, with as many headings as entries and the others alike, an entry whose
 * title the text words otherwise under the same number (a heading renamed).
 */
function checkContentsZh(context: RuleContext): void {
  const { lines, outline } = context.doc;
  // Above the first numbered section (# 关于…的报告 ⏎ ## 目录 ⏎ …: Markdown headings without a number come before it).
  const firstNumbered = outline.sections.find((s) => s.marker.kind !== 'heading');
  const title = contentsTitleLine(lines, firstNumbered ? firstNumbered.marker.line : lines.length);
  if (title < 0) return;
  type Entry = { line: number; value: number; family: string; marker: string; title: string; key: string; start: number; end: number };
  const entries: Entry[] = [];
  // 目录 ⏎ 一、总体情况 ⏎ 二、主要做法 …: entries without page numbers, one block of lines (a blank line ends it).
  let paged: boolean | undefined;
  for (let i = title + 1; i < lines.length && i < title + 80; i++) {
    const line = lines[i];
    if (line.kind === 'blank') {
      if (paged === false) break;
      continue;
    }
    if (line.kind !== 'text') break;
    let e = paged !== false ? CN_CONTENTS_ENTRY.exec(line.prose) : null;
    if (!e && paged !== true) e = CN_BODY_HEADING.exec(line.prose);
    if (e && paged === undefined) paged = e.length > 3 && e[3] !== undefined;
    const m = e ? cnMarker(e[1]) : undefined;
    if (!e || !m) {
      // （一）主要指标……3: a lower level's entries between the top ones.
      if (entries.length && /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/.test(line.prose) && /\d[ \t\u3000]*$/.test(line.prose)) continue;
      if (entries.length) break;
      continue;
    }
    const start = line.prose.indexOf(e[1]);
    entries.push({ line: i, ...m, marker: e[1], title: e[2].trim(), key: cnTitleKey(e[2]), start, end: start + e[1].length });
  }
  if (entries.length < 3 || entries.some((e, i) => e.value !== i + 1 || e.family !== entries[0].family)) return;
  const family = entries[0].family;
  const body: Entry[] = [];
  for (let i = entries[entries.length - 1].line + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'text' || line.prose.length > 60) continue;
    const h = CN_BODY_HEADING.exec(line.prose);
    const m = h ? cnMarker(h[1]) : undefined;
    if (!h || !m || m.family !== family || /\d[ \t\u3000]*$/.test(h[2])) continue;
    const start = line.prose.indexOf(h[1]);
    body.push({ line: i, ...m, marker: h[1], title: h[2].trim(), key: cnTitleKey(h[2]), start, end: start + h[1].length });
  }
  if (body.length < 2) return;
  // 一、二、三、五、 in the text: the skip is the sequence's finding; of the contents only a title worded otherwise
  // under the same number is told then (a section moved, added or removed would be the skip again).
  const inOrder = body.every((h, i) => h.value === i + 1);
  const inBody = (e: Entry) => body.filter((h) => h.key === e.key);
  const inContents = (h: Entry) => entries.some((e) => e.key === h.key);
  const matched = entries.filter((e) => inBody(e).length === 1);
  if (matched.length < 2) return;
  const heading = (h: Entry) => ({ range: lineRange(h.line, h.start, h.end), message: 'bodyHeading' });
  const entryRange = (e: Entry) => lineRange(e.line, e.start, e.end);
  const entryText = (e: Entry) => `${e.marker}${e.title}`;
  const missing = entries.filter((e) => inBody(e).length === 0);
  // A section removed: its entry names a title the text lacks, and every heading of the text is in the contents.
  if (inOrder && missing.length && body.length < entries.length && body.every(inContents)) {
    const [first, ...others] = missing;
    context.report({
      message: 'contentsMissing',
      data: { entry: entryText(first) },
      range: entryRange(first),
      related: others.map((o) => ({ range: entryRange(o), message: 'bodyHeading' })),
    });
    return;
  }
  // A section moved or added: an entry numbered otherwise than the text numbers its title.
  const renumbered = matched.filter((e) => inBody(e)[0].value !== e.value);
  if (inOrder && renumbered.length) {
    const [first, ...others] = renumbered;
    const found = inBody(first)[0];
    context.report({
      message: 'contents',
      data: { title: first.title, entry: first.marker, found: found.marker },
      range: entryRange(first),
      related: [heading(found), ...others.map((o) => ({ range: entryRange(o), message: 'bodyHeading' }))],
    });
    return;
  }
  // A heading renamed: as many headings as entries, the others alike, one or two worded otherwise under their number.
  if (body.length !== entries.length || missing.length > 2 || matched.length < entries.length - 2) return;
  for (const e of missing) {
    const h = body.find((b) => b.value === e.value);
    if (!h || inContents(h) || h.key.includes(e.key) || e.key.includes(h.key)) continue;
    context.report({
      message: 'contentsTitle',
      data: { entry: entryText(e), found: `${h.marker}${h.title}` },
      range: entryRange(e),
      related: [heading(h)],
    });
    return;
  }
}

/**
 * 1. ⏎ 1. ⏎ 1. ⏎ 1.: every item of a list (three or more) numbered 1 — a word processor's automatic numbering that
 * became text when the list was pasted, each item keeping the "1." it was typed with. One finding on the second item,
 * whose fix numbers them all in order (not a repeat at each item). A Markdown list written 1. 1. 1. is left alone.
 */
function lostNumbering(renumbering: Renumberer, items: Section[], firstExpected: number | undefined): boolean {
  if (items.length < 3 || (firstExpected !== undefined && firstExpected !== 1)) return false;
  const first = items[0].marker;
  if (first.kind === 'dotted' || items.some((s) => s.marker.value !== 1 || s.marker.listItem)) return false;
  const second = items[1];
  const m = second.marker;
  const edits = renumbering.from(second, 2);
  const shape = { kind: m.kind, style: baseStyle(m) };
  const data = { found: m.text.trim(), count: String(items.length), first: formatMarker(shape, [1]), last: formatMarker(shape, [items.length]) };
  renumbering.context.report({
    message: 'lost',
    data,
    range: lineRange(m.line, m.start, m.end),
    fix: edits.length ? { title: 'fixLost', data, edits: edits.map(({ range, newText }) => ({ range, newText })) } : undefined,
    related: items.filter((s) => s !== second).map((s) => ({ range: lineRange(s.marker.line, s.marker.start, s.marker.end), message: 'sameNumber' })),
  });
  return true;
}

/**
 * （一）（二）（三） ⏎ 三、强化数据共享 ⏎ （五）…: a parent that repeats or steps back from the parent before it, where the
 * first child under it takes up that parent's children's count one after the number the parent stands in for. The
 * parent is the one slip — the missing （四） written in the parent's style —; its children are not a second one.
 * Returns the last child of the parent before (（三）), whose style and number say what the slip should read.
 */
function standsInForChild(parent: Section): Section | undefined {
  const siblings = parent.group.items;
  const at = siblings.indexOf(parent);
  const before = at > 0 ? siblings[at - 1] : undefined;
  const next = parent.children[0];
  if (!before || !next || parent.marker.value > before.marker.value) return undefined;
  const children = before.children.filter((c) => c.key === next.key && c.marker.kind === next.marker.kind);
  const last = children[children.length - 1];
  return last !== undefined && next.marker.value === last.marker.value + 2 ? last : undefined;
}

/** A1, A2, A4, A5 opening the rows of an action log (R1…, Rec 1…, 建议1…): the one step that skips or repeats. */
function checkLabelSeries(context: RuleContext): void {
  for (const slip of [...labelSlips(context.doc.lines), ...tableNumberSlips(context.doc.lines)].sort((a, b) => a.line - b.line)) {
    context.report({
      message: slip.kind,
      data: { found: slip.found, previous: slip.previous, expected: slip.expected },
      range: lineRange(slip.line, slip.start, slip.end),
      related: [{ range: lineRange(slip.previousLine, slip.previousStart, slip.previousEnd), message: 'previousItem' }],
    });
  }
}

function reportStrayFirst(context: RuleContext, stray: Section, first: Section): void {
  const expected = formatMarker({ kind: first.marker.kind, style: baseStyle(first.marker) }, [1]);
  reportMarkerAs(context, 'strayFirst', stray, expected, first, 'nextItem', { next: first.marker.text });
}

function reportChildStyle(context: RuleContext, section: Section, last: Section, previous: Section): void {
  const expected = formatMarker({ kind: last.marker.kind, style: baseStyle(last.marker) }, [last.marker.value + 1]);
  reportMarkerAs(context, 'childStyle', section, expected, previous, 'previousItem', { previous: last.marker.text });
}

/** A marker that should read `expected`, with its fix, related to the item that tells (the next or the previous). */
function reportMarkerAs(context: RuleContext, message: string, section: Section, expected: string, other: Section, otherMessage: string, data: Record<string, string>): void {
  const m = section.marker;
  context.report({
    message,
    data: { found: m.text, expected, ...data },
    range: lineRange(m.line, m.start, m.end),
    fix: { title: 'fixOne', edits: [{ range: lineRange(m.line, m.start, m.end), newText: expected }] },
    related: [{ range: lineRange(other.marker.line, other.marker.start, other.marker.end), message: otherMessage }],
  });
}

/** Whether the item says word for word what the item before it says, and nothing stands between them. */
function repeatsPrevious(context: RuleContext, prev: Section, cur: Section): boolean {
  const paragraphs = context.doc.paragraphs;
  const i = firstAt(paragraphs, (p) => p.firstLine >= cur.marker.line);
  const [before, paragraph] = [paragraphs[i - 1], paragraphs[i]];
  return before !== undefined && paragraph?.firstLine === cur.marker.line && before.firstLine === prev.marker.line && repeatedItem(before, paragraph, context.doc.lines) >= 0;
}

/** 4, 3 where 3, 4 belong (or 5, 3, 4): the index of the last item of a run that holds exactly the numbers due. */
function outOfOrderUntil(items: Section[], i: number, wanted: number): number | undefined {
  if (items[i].marker.value <= wanted) return undefined;
  for (let j = i + 1; j < items.length && j <= i + 8; j++) {
    if (items[j].marker.value !== wanted) continue;
    const values = items.slice(i, j + 1).map((s) => s.marker.value).sort((a, b) => a - b);
    return values.every((v, k) => v === wanted + k) ? j : undefined;
  }
  return undefined;
}

function reportOrder(context: RuleContext, run: Section[], wanted: number): void {
  const [cur] = run;
  const other = run.find((s) => s.marker.value === wanted)!;
  const edits: TextEdit[] = [];
  run.forEach((s, k) => renumber(s, wanted + k, edits, context.doc.lines));
  const m = cur.marker;
  context.report({
    message: 'order',
    data: { found: m.text, other: other.marker.text, expected: formatMarker({ kind: m.kind, style: baseStyle(m) }, expectedPathOf(cur, wanted, context.doc.lines)).trimEnd() },
    range: lineRange(m.line, m.start, m.end),
    fix: { title: 'fixOrder', edits: edits.map(({ range, newText }) => ({ range, newText })) },
    related: [{ range: lineRange(other.marker.line, other.marker.start, other.marker.end), message: 'otherItem' }],
  });
}

/** ### 2.1 after ### 1.3 under an unnumbered heading: the prefixes count on too (2.1 then 3.1, not 4.1). */
function checkPrefixStep(context: RuleContext, group: SiblingGroup, first: Section): void {
  const before = group.previousPrefix!;
  const prefix = group.prefix!;
  const previousPrefix = before.prefix!;
  const expected = [...previousPrefix.slice(0, -1), previousPrefix[previousPrefix.length - 1] + 1];
  if (prefix.length !== expected.length || prefix.every((n, i) => n === expected[i])) return;
  const previous = lastItem(before);
  if (!previous) return;
  const m = first.marker;
  // Item 1. Police ⏎ 1.1 … ⏎ Item 2. District report ⏎ (no paragraphs) ⏎ Item 3. Planning ⏎ 3.1 …: the nearest line
  // above naming the number (Item 3, ITEM 3:, Agenda item 3:, Objective 3) is the parent the paragraphs are numbered
  // under, as ## Item 3 is in Markdown; its own count is checked with the titled headings.
  if (prefix.length === 1) {
    const stop = Math.max(previous.marker.line < m.line ? previous.marker.line : -1, m.line - 40);
    for (let l = m.line - 1; l > stop; l--) {
      const n = labelLineNumber(context.doc.lines[l]);
      if (n === undefined) continue;
      if (n === prefix[0]) return;
      break;
    }
  }
  const a = prefix[prefix.length - 1];
  const b = expected[expected.length - 1];
  context.report({
    message: a > b ? 'skip' : a === b - 1 ? 'repeat' : 'backwards',
    data: { found: m.text, previous: previous.marker.text, expected: formatMarker({ kind: m.kind, style: baseStyle(m) }, [...expected, 1]) },
    range: lineRange(m.line, m.start, m.end),
    related: [{ range: lineRange(previous.marker.line, previous.marker.start, previous.marker.end), message: 'previousItem' }],
  });
}

/**
 * Parts, chapters and sections at the top of the document (第三篇, 第五章): a book's chapter file may start anywhere.
 * So may the one numbered heading at the top of a chapter file whose sub-headings carry its number (## 6. with
 * ### 6.1 and ### 6.2 under it): the chapter keeps its number in the book.
 */
/**
 * The document's title, numbered with its own id (# 10. Offload background web views, # 0042. Use PostgreSQL: an
 * architecture decision record): a level-1 heading on the first line with text, the only numbered item of its level.
 */
function isNumberedTitle(group: SiblingGroup, doc: ReportDocument): boolean {
  const first = group.items[0];
  if (group.parent || first.marker.headingLevel !== 1 || doc.format !== 'markdown') return false;
  if (group.items.some((s) => s !== first && s.marker.kind !== 'heading')) return false;
  const firstText = doc.lines.find((l) => l.kind !== 'blank' && l.text.trim() !== '' && !l.text.startsWith('---'));
  return firstText?.index === first.marker.line;
}

/** Whether the draft says it is an extract that starts at `value` (or does not say where). */
function startsAsExtractSays(doc: ReportDocument, value: number): boolean {
  const start = extractStart(doc);
  return start !== undefined && (start === 0 || start === value);
}

function isBookChapter(group: SiblingGroup, doc: ReportDocument): boolean {
  const first = group.items[0];
  const kind = first.marker.kind;
  if (group.parent && group.parent.marker.kind !== 'heading') return false;
  if (kind === 'part' || kind === 'chapter' || kind === 'section') return true;
  const numbered = group.items.filter((s) => s.marker.kind !== 'heading');
  if (numbered.length === 1 && first.children.length === 0 && kind === 'arabic' && isTitleLine(doc, first) && loneSubNumbers(doc, first)) return true;
  return (
    numbered.length === 1 &&
    first.marker.headingLevel !== undefined &&
    first.children.length > 0 &&
    first.children.every((c) => c.marker.kind !== 'dotted' || c.marker.path[0] === first.marker.value) &&
    first.children.some((c) => c.marker.kind === 'dotted' && c.marker.path[0] === first.marker.value)
  );
}

/**
 * 3. Review of evidence ⏎ 3.1 ⏎ This chapter examines… ⏎ 3.2 ⏎ …: a chapter page whose paragraph numbers stand alone on
 * their lines (as a parliament's web page sets them), all under the chapter's number and starting at its .1.
 */
const LONE_SUB_NUMBER = /^\s*(\d{1,3})\.(\d{1,3})\s*$/;

function loneSubNumbers(doc: ReportDocument, chapter: Section): boolean {
  const seen: number[] = [];
  for (let l = chapter.marker.line + 1, end = Math.min(doc.lines.length, l + 60); l < end && seen.length < 3; l++) {
    const m = LONE_SUB_NUMBER.exec(doc.lines[l].prose);
    if (!m) continue;
    if (Number(m[1]) !== chapter.marker.value) return false;
    seen.push(Number(m[2]));
  }
  return seen.length >= 2 && seen[0] === 1 && seen[1] === 2;
}

/**
 * Paragraphs numbered through a whole report, one chapter of it on its own (a report published a chapter per page, as
 * parliamentary and audit reports are): the page opens with its chapter — a title line numbered above 1 (3. Working
 * practices) or a titled chapter heading (Chapter 2: Sessional committee activity) — and its numbered paragraphs carry on
 * the report's count from a higher number (68., 69.; 8., 9.). Returns the paragraphs, to be read from where they
 * start; undefined for anything else (a draft whose paragraphs start at 8 under Chapter 1, or under no chapter at all,
 * is still asked to start at 1).
 */
function paragraphsThroughReport(doc: ReportDocument, items: Section[]): Section[] | undefined {
  if (items.some((s) => s.marker.kind !== 'arabic' || s.marker.headingLevel !== undefined || s.marker.listItem)) return undefined;
  const first = items[0];
  // The paragraphs start well past the chapter's number (68 under 3): 3. Findings ⏎ 5. The survey… is a skip.
  const opensWithChapter =
    items.length > 2 && first.marker.value > 1 && items[1].marker.value >= first.marker.value + 3 && (isTitleLine(doc, first) || titleOverSubheading(doc, first, items[1]));
  const paragraphs = opensWithChapter ? items.slice(1) : items;
  if (!paragraphs.every((s) => isProseParagraph(doc, s))) return undefined;
  if (opensWithChapter) return paragraphs;
  // Minutes: ⏎ 12. The Panel considered…: one item of a meeting's minutes on its own (a committee site's page for the
  // item), its minutes numbered through the meeting.
  if (first.marker.value > 1 && underMinutesLabel(doc, first)) return paragraphs;
  // The page's notes are numbered through the report too ([22] in paragraph 22, [171] in paragraph 137): a page cut
  // from a longer report, whatever its headings.
  if (notesStartLate(doc, paragraphs)) return paragraphs;
  // Chapter 2: … above the first paragraph, and nothing numbered between them.
  const chapter = doc.titledHeadings.find((h) => h.word === 'chapter' && h.line < first.marker.line);
  if (!chapter || chapter.value <= 1 || first.marker.value <= chapter.value) return undefined;
  return doc.markers.some((m) => m.line > chapter.line && m.line < first.marker.line) ? undefined : paragraphs;
}

/** The label of an item's minutes on a committee site's page: `Minutes:` (or `Minutes`) and nothing else on the line. */
const MINUTES_LABEL = /^\s*minutes\s*:?\s*$/i;

/**
 * The line above the first paragraph, blank lines aside, is the label `Minutes:` (or `Minutes`) and nothing else.
 * checkSummary names each such line of a paragraph: an edit of the label runs `check` again.
 */
function underMinutesLabel(doc: ReportDocument, first: Section): boolean {
  for (let l = first.marker.line - 1; l >= 0; l--) {
    const line = doc.lines[l];
    if (line.kind !== 'text' || line.prose.trim() === '') continue;
    return MINUTES_LABEL.test(line.prose);
  }
  return false;
}

/** The end of a block of text paragraphOneAbove counts as a paragraph: a sentence's end, a closing quote after it. */
const SENTENCE_END = /[.!?]["'’”)]?$/;

/** The first item of a group paragraphOneAbove reads: 2. at the top level or under a heading, a paragraph's number. */
function mayHaveParagraphOne(group: SiblingGroup): boolean {
  const first = group.items.find((s) => s.marker.kind !== 'heading');
  if (!first || first.marker.value !== 2 || (group.parent !== undefined && group.parent.marker.kind !== 'heading')) return false;
  return first.marker.kind === 'arabic' && first.marker.headingLevel === undefined && first.marker.text.endsWith('.');
}

const outlinesFromTwo = new WeakMap<Outline, boolean>();

/**
 * Whether the outline holds a run paragraphOneAbove reads (for checkSummary: the text above such a run is what it reads;
 * the outline, with its markers, is the same object for both versions a summary is compared across).
 */
function startsAtTwo(doc: ReportDocument): boolean {
  let known = outlinesFromTwo.get(doc.outline);
  if (known === undefined) {
    known = doc.outline.groups.some(mayHaveParagraphOne);
    outlinesFromTwo.set(doc.outline, known);
  }
  return known;
}

/**
 * Numbered paragraphs from 2. whose paragraph 1 is the one paragraph of text before them, left without its number
 * (Purpose ⏎ This paper briefs Members on… ⏎ Background ⏎ 2. The Council…). Only paragraphs (a sentence each, 2. then
 * 3.), and exactly one paragraph of sentences above, headings and contents lines aside: with none (a heading, then
 * 2.) or two, paragraph 1 is missing.
 */
function paragraphOneAbove(doc: ReportDocument, group: SiblingGroup, items: Section[]): boolean {
  if (items[0].marker.value !== 2 || (group.parent !== undefined && group.parent.marker.kind !== 'heading')) return false;
  if (items.some((s) => s.marker.kind !== 'arabic' || s.marker.headingLevel !== undefined || !s.marker.text.endsWith('.'))) return false;
  // Paragraph 2 is a paragraph, not a step (Follow these steps. ⏎ 2. Run the installer. is missing step 1): a long
  // line, or one its text runs on from.
  if (titleOf(doc, items[0]).length < 60 && !runsOnFrom(doc, items[0])) return false;
  // A paragraph that leads in to a list (3. The Report covers the following matters: ⏎ (a) …) is one too.
  if (!items.every((s) => isProseParagraph(doc, s) || isLeadIn(titleOf(doc, s)))) return false;
  const numbered = new Set(doc.markers.filter((m) => m.line < items[0].marker.line).map((m) => m.line));
  let paragraphs = 0;
  let block = '';
  let marked = false;
  const close = (): void => {
    if (!marked && block.length >= 40 && SENTENCE_END.test(block)) paragraphs++;
    block = '';
    marked = false;
  };
  for (let l = 0; l < items[0].marker.line && paragraphs < 2; l++) {
    const line = doc.lines[l];
    const text = line.kind === 'text' ? line.prose.trim() : '';
    if (text === '') {
      close();
      continue;
    }
    if (numbered.has(l)) marked = true;
    block = block === '' ? text : `${block} ${text}`;
  }
  close();
  return paragraphs === 1;
}

/** The rest of the marker's line after its number (in `lines`, the version's lines: checkSummary asks an older one). */
function titleOf(doc: ReportDocument, s: Section, lines: readonly Line[] = doc.lines): string {
  return lines[s.marker.line].prose.slice(s.marker.titleStart).trim();
}

/** The line after the marker's is text with no marker: the item's text runs on to it. */
function runsOnFrom(doc: ReportDocument, s: Section, lines: readonly Line[] = doc.lines): boolean {
  const next = lines[s.marker.line + 1];
  return next !== undefined && next.kind === 'text' && next.prose.trim() !== '' && !doc.markers.some((m) => m.line === next.index);
}

/**
 * 3. About this independent review: purpose, scope, context and approach ⏎ Purpose and Scope of the Review ⏎ 75. …: the
 * chapter's title line, then one sub-heading (a short line of its own, capitalised, no sentence in it) straight
 * above the first paragraph.
 */
function titleOverSubheading(doc: ReportDocument, s: Section, next: Section): boolean {
  const sub = doc.lines[s.marker.line + 1];
  if (next.marker.line !== s.marker.line + 2 || sub === undefined || sub.kind !== 'text') return false;
  return isHeadingText(titleOf(doc, s)) && isHeadingText(sub.prose.trim());
}

/** A short capitalised title with no sentence in it and no closing punctuation. */
function isHeadingText(t: string): boolean {
  return t.length > 0 && t.length <= 80 && /^[A-Z]/.test(t) && !/[.!?:;,]$/.test(t) && !/[.!?]\s/.test(t);
}

/** The least note reference ([22]) on lines from..to; Infinity where there is none. */
function leastNote(lines: readonly Line[], from: number, to: number): number {
  let least = Infinity;
  for (let l = from; l <= to; l++) {
    const text = lines[l].text;
    if (!text.includes('[')) continue;
    for (const m of text.matchAll(NOTE_REFERENCE)) least = Math.min(least, Number(m[1]));
  }
  return least;
}
const NOTE_REFERENCE = /\[(\d{1,4})\]/g;

/**
 * Whether the note references in the paragraphs ([22], [171]) start above 1: the notes of a page cut from a longer
 * report, numbered through it. Only the paragraphs' own lines are read (a few hundred at most).
 */
function notesStartLate(doc: ReportDocument, paragraphs: Section[]): boolean {
  const from = paragraphs[0].marker.line;
  const least = leastNote(doc.lines, from, Math.min(paragraphs[paragraphs.length - 1].marker.line + 40, from + 400, doc.lines.length - 1));
  return least !== Infinity && least > 1;
}

/** A heading's line: a short title with no sentence in it, and no text carrying it on to the next line. */
function isTitleLine(doc: ReportDocument, s: Section, lines: readonly Line[] = doc.lines): boolean {
  const title = titleOf(doc, s, lines);
  return title.length > 0 && title.length <= 80 && /^[A-Z]/.test(title) && !/[.!?:;,]$/.test(title) && !/[.!?]\s/.test(title) && !runsOnFrom(doc, s, lines);
}

/** A numbered paragraph: its line holds a sentence (its note reference after it: alone.[24] There…), or its text runs on to the next line. */
function isProseParagraph(doc: ReportDocument, s: Section, lines: readonly Line[] = doc.lines): boolean {
  return /[.!?]["'’”)]?(?:\[\d{1,4}\])?(?:\s|$)/.test(titleOf(doc, s, lines)) || runsOnFrom(doc, s, lines);
}

/** A paragraph that leads in to a list (3. The Report covers the following matters: ⏎ (a) …). */
function isLeadIn(title: string): boolean {
  return /^\S+(?:\s+\S+){2,}:$/.test(title);
}

/**
 * What the readers of numbered paragraphs (paragraphsThroughReport, paragraphOneAbove) read of an item's line besides
 * its marker, for checkSummary: whether it is a title line, a paragraph, a lead-in, shorter than 60 characters, and
 * whether its text runs on. Text typed on in a numbered paragraph's sentence changes none of it.
 */
function numberedParagraphShape(doc: ReportDocument, s: Section, lines: readonly Line[]): string {
  const title = titleOf(doc, s, lines);
  const flags = [isTitleLine(doc, s, lines), isProseParagraph(doc, s, lines), isLeadIn(title), title.length < 60, runsOnFrom(doc, s, lines)];
  return flags.map((f) => (f ? '1' : '0')).join('');
}

/** The number a Markdown renderer shows on the last item (1. 1. 1. renders as 1, 2, 3). */
function renderedLast(items: Section[]): number {
  return isLazyMarkdownList(items) ? items.length : items[items.length - 1].marker.value;
}

export default rule;

/** A dotted section under `prev` whose number starts with the missing one (3.2.1.1 under 3.1, before 3.3). */
function impliedBelow(prev: Section, cur: Section, missing: number): boolean {
  if (cur.marker.kind !== 'dotted') return false;
  const path = [...cur.marker.path.slice(0, -1), missing];
  const names = (s: Section): boolean =>
    (s.marker.kind === 'dotted' && s.marker.path.length > path.length && path.every((n, i) => s.marker.path[i] === n)) || s.children.some(names);
  return prev.children.some(names);
}

function compare(current: Section, previous: Section): string {
  const a = current.marker.value;
  const b = previous.marker.value;
  // ### 2.1 ⏎ ### 2.2.1 ⏎ ### 2.3: a number one level deeper than the item before it at its level — not a repeat of 2.1.
  if (current.marker.kind === 'dotted' && previous.marker.kind === 'dotted' && current.marker.path.length > previous.marker.path.length) return 'deeper';
  if (a === 1 && b > 1) return 'restartWithin';
  return a === b ? 'repeat' : a < b ? 'backwards' : 'skip';
}

/** The key of the run an item counts in: the plan item whose id it is ('3' for 3.4 under Objective 3), or '' (its section's). */
function labelKey(section: Section, lines: readonly Line[]): string {
  return labelPrefix(section, lines)?.join('.') ?? '';
}

/**
 * A group's items split into the runs of ids of the plan items named above them (labelPrefix), each run its items in
 * a row with the same label, and the items numbered by the section (own). Undefined when no item is such an id.
 */
function labelledRuns(items: Section[], lines: readonly Line[]): { labelled: Section[][]; own: Section[] } | undefined {
  if (items[0].marker.kind !== 'dotted') return undefined;
  const keys = items.map((s) => labelKey(s, lines));
  if (keys.every((k) => k === '')) return undefined;
  const labelled: Section[][] = [];
  const own: Section[] = [];
  items.forEach((s, i) => {
    if (keys[i] === '') own.push(s);
    else if (i > 0 && keys[i - 1] === keys[i]) labelled[labelled.length - 1].push(s);
    else labelled.push([s]);
  });
  return { labelled, own };
}

/** Items that carry a number of the group's kind (a Markdown heading group may mix numbered and plain headings). */
function numberedItems(group: SiblingGroup, lines?: readonly Line[]): Section[] {
  const numbered = group.items.filter((s) => s.marker.kind !== 'heading');
  if (numbered.length === 0) return [];
  const kind = numbered[0].marker.kind;
  const same = numbered.filter((s) => s.marker.kind === kind);
  return lines ? withoutEditedCopies(withoutPastedItems(same, lines), lines) : same;
}

/**
 * （二）加强宣传报道。充分利用各类媒体平台，广泛宣传…。营造良好氛围。 ⏎ （三）… ⏎ （二）加强宣传报道。充分利用各类媒体平台，广泛宣传…。:
 * an item pasted again whose first copy was edited afterwards (a sentence added, or changed after the second) — the
 * same number and the same first two sentences, one line ending there. duplicate-text reports the copy; its number
 * is no second slip (as with a copy word for word, withoutPastedItems).
 */
function withoutEditedCopies(items: Section[], lines: readonly Line[]): Section[] {
  if (items.length < 3) return items;
  const seen = new Set<string>();
  return items.filter((s) => {
    const prose = lines[s.marker.line]?.prose ?? '';
    const opening = openingSentences(prose, s.marker.end);
    if (opening === undefined) return true;
    const text = prose.trim();
    if (seen.has(text) || seen.has(opening)) return false;
    seen.add(text);
    seen.add(opening);
    return true;
  });
}

/** The line up to the end of the second sentence after the marker (a run-in title and the sentence after it), if that sentence says something. */
function openingSentences(prose: string, end: number): string | undefined {
  const ends = /[。！？!?]|[.](?=\s)/g;
  ends.lastIndex = end;
  const first = ends.exec(prose);
  if (!first) return undefined;
  const second = ends.exec(prose);
  // A second sentence of some length: two items that share a title and a short phrase are not one paste.
  if (!second || second.index - first.index < 12) return undefined;
  return prose.slice(0, second.index + 1).trim();
}


/** Markdown lets every item of a list be written `1.`; the renderer numbers them. */
function isLazyMarkdownList(items: Section[]): boolean {
  return items.length > 1 && items.every((s) => s.marker.listItem && s.marker.value === 1);
}

function lastItem(group: SiblingGroup): Section | undefined {
  const items = numberedItems(group);
  return items[items.length - 1];
}

function expectedPathOf(section: Section, value: number, lines: readonly Line[]): number[] {
  const m = section.marker;
  return m.kind === 'dotted' ? [...(parentPathOf(section, lines) ?? m.path.slice(0, -1)), value] : [value];
}

function report(renumbering: Renumberer, message: string, section: Section, expected: number, previous: Section | undefined, previousExpected?: number, run?: Section[]): void {
  const { context } = renumbering;
  const m = section.marker;
  // Renumbering would hide a heading that was cut: where the numbers start again or start late, no fix.
  // ### 2.1 ⏎ ### 2.2.1 read as the 2.1's sibling: a 2.2 heading may be missing as well as the number mistyped — no fix.
  const otherDepth = m.kind === 'dotted' && previous?.marker.kind === 'dotted' && previous.marker.path.length !== m.path.length;
  const edits = message === 'first' || message === 'restartWithin' || otherDepth ? [] : renumbering.from(section, expected);
  const changed = edits.filter((e) => e.newText !== e.oldText).length;
  const data = {
    found: section.marker.text,
    // Shown without a redundant 、 after a bracket: numbering-style reports that one.
    // 3 Finance ⏎ 5 Risks: a bare number's style ends in its space, which the message does not show (“4”, not “4 ”).
    // ### 2.2 Maintenance ⏎ ### 2.1.1 Tyres read as its sibling: what goes on from the 2.2 is 2.3, of the 2.2's depth.
    expected: formatMarker(
      { kind: m.kind, style: baseStyle(m) },
      otherDepth ? [...previous!.marker.path.slice(0, -1), expected] : expectedPathOf(section, expected, context.doc.lines),
    ).trimEnd(),
    previous: previous ? previous.marker.text : '',
    previousExpected:
      previous && previousExpected !== undefined ? formatMarker({ kind: previous.marker.kind, style: baseStyle(previous.marker) }, expectedPathOf(previous, previousExpected, context.doc.lines)).trimEnd() : '',
  };
  if (run) {
    // skipEach: the items of the run as written, and what they should be.
    const quote = (texts: string[]) => texts.map((t) => `“${t}”`).join(context.localize({ zh: '', en: ', ' }));
    data.found = quote(run.map((s) => s.marker.text));
    data.expected = quote(run.map((s, k) => formatMarker({ kind: s.marker.kind, style: baseStyle(s.marker) }, expectedPathOf(s, expected + k, context.doc.lines)).trimEnd()));
  }
  context.report({
    message,
    data,
    range: lineRange(m.line, m.start, m.end),
    fix: changed ? { title: changed > 1 ? 'fixMany' : 'fixOne', edits: edits.map(({ range, newText }) => ({ range, newText })) } : undefined,
    related: previous ? [{ range: lineRange(previous.marker.line, previous.marker.start, previous.marker.end), message: 'previousItem' }] : undefined,
  });
}

interface Renumbering extends TextEdit {
  oldText: string;
}

/**
 * How many marker edits the fixes of findings whose items an earlier fix already renumbers may take together. Those
 * fixes are offered one by one in the editor; fix-all takes the earlier one. Without a bound, a file of 20,000
 * repeated `1.` builds 20,000 fixes of 20,000 edits each and runs out of memory.
 */
const OPTIONAL_EDIT_BUDGET = 20_000;

/**
 * Builds renumbering fixes. The first fix that reaches an item renumbers it and every item after it in its run (the
 * whole run comes out 1, 2, 3 in one fix-all round), always. A later finding in a run already covered gets the same
 * kind of fix while the budget lasts, then a fix of its own number only: the work stays linear in the items.
 */
class Renumberer {
  private readonly covered = new Set<Section>();
  private budget = OPTIONAL_EDIT_BUDGET;
  /** For straight-through levels: each group's next group at the same level (found once, not per fix). */
  private nextGroups?: Map<SiblingGroup, SiblingGroup>;

  constructor(readonly context: RuleContext) {}

  from(section: Section, value: number): Renumbering[] {
    if (!this.covered.has(section)) {
      const edits = this.renumberFrom(section, value, Infinity)!;
      for (const run of this.runFrom(section)) this.covered.add(run);
      return edits;
    }
    const edits = this.renumberFrom(section, value, this.budget);
    // Spent either way: a failed attempt costs as much as the budget, and must not be paid again per finding.
    this.budget = edits ? this.budget - edits.length : 0;
    if (edits) return edits;
    const one: Renumbering[] = [];
    renumber(section, value, one, this.context.doc.lines);
    return one;
  }

  /**
   * Renumbers `section` to `value` and every later item of its run (for a straight-through level, of the following
   * groups too), carrying dotted children along (3.1 follows 3 when 3 becomes 2). Items that keep their number are
   * edited too (to the same text): the fix owns the whole run, so a fix-all round applies it and leaves out the other
   * fixes of the run, and the run comes out numbered 1, 2, 3 in one round. Undefined when it takes more than `limit` edits.
   */
  private renumberFrom(section: Section, value: number, limit: number): Renumbering[] | undefined {
    const edits: Renumbering[] = [];
    let next = value;
    for (const item of this.runFrom(section)) {
      renumber(item, next++, edits, this.context.doc.lines);
      if (edits.length > limit) return undefined;
    }
    return edits;
  }

  /** The items from `section` to the end of its run (the ids of one plan item, 3.4 … under Objective 3, are a run apart). */
  private *runFrom(section: Section): Generator<Section> {
    const lines = this.context.doc.lines;
    const key = labelKey(section, lines);
    const first = this.itemsOf(section.group, key);
    const at = first.indexAt.get(section);
    if (at === undefined) return;
    for (let i = at; i < first.items.length; i++) yield first.items[i];
    if (key !== '') return;
    for (let group = this.nextGroup(section.group); group; group = this.nextGroup(group)) yield* this.itemsOf(group, '').items;
  }

  private readonly numbered = new Map<SiblingGroup, Map<string, { items: Section[]; indexAt: Map<Section, number> }>>();

  private itemsOf(group: SiblingGroup, key: string): { items: Section[]; indexAt: Map<Section, number> } {
    let byKey = this.numbered.get(group);
    if (!byKey) this.numbered.set(group, (byKey = new Map()));
    let entry = byKey.get(key);
    if (!entry) {
      const lines = this.context.doc.lines;
      let items = withoutReproducedItems(lines, withoutQuotedItems(lines, numberedItems(group)));
      // The ids of a plan item run on only among themselves: from one to the next of the same label.
      if (items.some((s) => labelKey(s, lines) !== '')) items = items.filter((s) => labelKey(s, lines) === key);
      entry = { items, indexAt: new Map(items.map((s, i) => [s, i])) };
      byKey.set(key, entry);
    }
    return entry;
  }

  private nextGroup(group: SiblingGroup): SiblingGroup | undefined {
    const { outline } = this.context.doc;
    if (!this.nextGroups) {
      this.nextGroups = new Map();
      for (const g of outline.groups) if (g.previous && !g.fresh && !this.nextGroups.has(g.previous)) this.nextGroups.set(g.previous, g);
    }
    // ### Long-Term Obligations ⏎ 3.4 …: a section's paragraphs numbered through its sub-headings run on as one.
    const next = this.nextGroups.get(group);
    return next && (outline.straightThrough.has(group.key) || next.throughPrefix) ? next : undefined;
  }
}

function renumber(section: Section, value: number, edits: TextEdit[], lines: readonly Line[]): void {
  const m = section.marker;
  const path = m.kind === 'dotted' ? [...(parentPathOf(section, lines) ?? m.path.slice(0, -1)), value] : [value];
  push(edits, m, formatNumber(m, path));
  if (m.value === value) return;
  const depth = m.path.length;
  const walk = (children: Section[]) => {
    for (const child of children) {
      const c = child.marker;
      if (c.kind === 'dotted' && c.path.length > depth && c.path[depth - 1] === m.value && prefixMatches(c.path, m.path)) {
        push(edits, c, formatNumber(c, [...path, ...c.path.slice(depth)]));
      }
      walk(child.children);
    }
  };
  if (m.kind === 'dotted' || m.kind === 'arabic') walk(section.children);
}

/** An edit of a marker's number, written in the digits the writer used (４ stays full-width). */
function push(edits: TextEdit[], m: Section['marker'], newText: string): void {
  const oldText = m.text.slice(m.numberStart - m.start, m.numberEnd - m.start);
  const written = /[０-９]/.test(oldText) ? newText.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : newText;
  edits.push({ range: lineRange(m.line, m.numberStart, m.numberEnd), newText: written, oldText } as Renumbering);
}

function prefixMatches(path: number[], prefix: number[]): boolean {
  return prefix.every((n, i) => path[i] === n);
}

/**
 * The number a dotted item's prefix must repeat: its parent's (2 for 2.3 under 2.), if the parent is numbered so; or
 * the number of the plan item the parent's title names, where the item carries that one (3.4 under 4. Objective 3).
 */
function parentPathOf(section: Section, lines: readonly Line[]): number[] | undefined {
  const m = section.marker;
  const p = section.parent?.marker;
  if (m.kind !== 'dotted' || !p) return undefined;
  const label = labelPrefix(section, lines);
  if (label) return label;
  const parentPath = p.kind === 'dotted' ? p.path : p.kind === 'arabic' ? [p.value] : undefined;
  return parentPath && parentPath.length === m.path.length - 1 ? parentPath : undefined;
}

/**
 * 4. … 3. RISK REGISTER … 5.1, 5.2 under it: the children carry the number their parent should have had. The parent's
 * slip is reported once, on the parent; its children are right.
 */
function parentMisnumbered(parent: Section, path: number[], parentPath: number[]): boolean {
  const siblings = parent.group.items;
  const at = siblings.indexOf(parent);
  const previous = at > 0 ? siblings[at - 1] : undefined;
  if (!previous || parent.marker.value === previous.marker.value + 1) return false;
  const expected = [...parentPath.slice(0, -1), previous.marker.value + 1];
  return prefixMatches(path, expected);
}

interface PrefixReading {
  reading: 'missing' | 'slip' | 'either';
  /** The number of the heading that may be missing (2.2). */
  missing: number[];
  /** The item after it that tells the readings apart. */
  next?: Section;
  /** The first item of the run with this prefix, where a missing heading is reported. */
  first: Section;
  /** The item's number under its parent, as a slip: 2.1.3 after 2.1.2, 2.1.1 as its first. */
  value: number;
}

/**
 * 2.1 Areas ⏎ 2.2.1 Roofing: the prefix (2.2) is the number of the parent's next sibling. Either the heading 2.2 was
 * left out, or 2.2.1 should be 2.1.1; what follows tells which. The nearest sub-section after it with either prefix
 * (2.2.2: the heading is missing; 2.1.2: a slip), else the parent's next sibling (2.3: the heading is missing; 2.2:
 * a slip); `either` when nothing follows that tells. Undefined where the prefix is no next sibling's number.
 */
function prefixReading(section: Section, parent: Section, parentPath: number[]): PrefixReading | undefined {
  const m = section.marker;
  const prefix = m.path.slice(0, -1);
  const depth = parentPath.length;
  if (prefix.length !== depth || !prefixMatches(prefix, parentPath.slice(0, -1)) || prefix[depth - 1] !== parentPath[depth - 1] + 1) return undefined;
  const siblings = parent.children.filter((c) => c.marker.kind === 'dotted' && c.marker.path.length === m.path.length);
  const at = siblings.indexOf(section);
  if (at < 0) return undefined;
  // The run's first item with this prefix: a missing heading is reported there, once.
  let first = section;
  for (let k = at - 1; k >= 0 && prefixMatches(siblings[k].marker.path, prefix); k--) first = siblings[k];
  const before = siblings[siblings.indexOf(first) - 1];
  const value = (before && prefixMatches(before.marker.path, parentPath) ? before.marker.value : 0) + 1 + at - siblings.indexOf(first);
  for (let k = at + 1; k < siblings.length; k++) {
    const c = siblings[k].marker.path;
    if (prefixMatches(c, prefix)) return { reading: 'missing', missing: prefix, next: siblings[k], first, value };
    if (prefixMatches(c, parentPath)) return { reading: 'slip', missing: prefix, next: siblings[k], first, value };
  }
  const uncles = parent.group.items;
  const next = uncles[uncles.indexOf(parent) + 1];
  const nextValue = next?.marker.kind === parent.marker.kind && next.marker.path.length === depth ? next.marker.value : undefined;
  if (nextValue === prefix[depth - 1] + 1) return { reading: 'missing', missing: prefix, next, first, value };
  if (nextValue === prefix[depth - 1]) return { reading: 'slip', missing: prefix, next, first, value };
  return { reading: 'either', missing: prefix, first, value };
}

/** A dotted item whose prefix is the number of its parent's next sibling (2.2.1 under 2.1): checkPrefix reads it. */
function readsForNextParent(section: Section, lines: readonly Line[]): boolean {
  const parent = section.parent;
  const parentPath = section.marker.kind === 'dotted' ? parentPathOf(section, lines) : undefined;
  if (!parent || !parentPath || prefixMatches(section.marker.path, parentPath) || parentMisnumbered(parent, section.marker.path, parentPath)) return false;
  return prefixReading(section, parent, parentPath) !== undefined;
}

/** 2.3 under section 3: the dotted prefix must repeat the parent's number. */
function checkPrefix(context: RuleContext, section: Section): void {
  const m = section.marker;
  const parent = section.parent;
  const parentPath = parentPathOf(section, context.doc.lines);
  if (!parent || !parentPath || prefixMatches(m.path, parentPath) || parentMisnumbered(parent, m.path, parentPath)) return;
  const p = parent.marker;
  const read = prefixReading(section, parent, parentPath);
  const expectedPath = [...parentPath, read?.value ?? m.value];
  const related = [{ range: lineRange(p.line, p.start, p.end), message: 'parentItem' }];
  if (read?.next) related.push({ range: lineRange(read.next.marker.line, read.next.marker.start, read.next.marker.end), message: 'nextItem' });
  const missing = read ? formatMarker(p, read.missing).trim() : '';
  const data = { found: m.text.trim(), parent: p.text.trim(), expected: formatMarker(m, expectedPath).trim(), missing, next: read?.next?.marker.text.trim() ?? '' };
  if (read?.reading === 'missing') {
    // 2.1 ⏎ 2.2.1 ⏎ 2.2.2 ⏎ 2.3: the numbers are right; the heading 2.2 is not there. Once, on the first of them.
    if (read.first === section) context.report({ message: 'prefixMissing', data, range: lineRange(m.line, m.start, m.end), related });
    return;
  }
  context.report({
    message: read?.reading === 'slip' ? 'prefixSlip' : read ? 'prefixEither' : 'prefix',
    data,
    range: lineRange(m.line, m.start, m.end),
    fix: { title: 'fixOne', edits: [{ range: lineRange(m.line, m.numberStart, m.numberEnd), newText: formatNumber(m, expectedPath) }] },
    related,
  });
}

/** （ / 三）改革开放…: a marker broken over two lines; joining the lines restores it. */
function reportSplitMarkers(context: RuleContext): void {
  for (const m of context.doc.markers) {
    if (m.splitFrom === undefined) continue;
    const openerLine = context.doc.lines[m.splitFrom];
    const at = openerLine.text.search(/[（(]/);
    context.report({
      message: 'split',
      data: { opener: openerLine.text[at], rest: m.text },
      range: { start: { line: m.splitFrom, character: at }, end: { line: m.line, character: m.end } },
      fix: { title: 'fixSplit', edits: [{ range: { start: { line: m.splitFrom, character: at + 1 }, end: { line: m.line, character: m.start } }, newText: '' }] },
    });
  }
}

/**
 * 附件：1.…清单 ⏎ 2.…安排表 ⏎ 4.…计划: the items of the attachment list are no sections (the outline leaves them out), but
 * they are numbered 1, 2, 3 all the same; a skip or a repeat there is a lost or doubled attachment.
 */
function checkAttachmentLists(context: RuleContext): void {
  const lists = new Map<number, NumberedTarget[]>();
  for (const t of context.doc.targets.attachments) {
    if (t.list === undefined) continue;
    const items = lists.get(t.list) ?? [];
    items.push(t);
    lists.set(t.list, items);
  }
  for (const items of lists.values()) {
    // A list of one, or one that does not start at 1 (附件：2.… in an extract), says nothing about its order.
    if (items.length < 2 || items[0].number !== 1) continue;
    for (let k = 1; k < items.length; k++) {
      const [previous, item] = [items[k - 1], items[k]];
      const expected = previous.number + 1;
      if (item.number === expected) continue;
      const at = numberAt(context, items, k);
      const before = numberAt(context, items, k - 1);
      if (!at || !before) return;
      const found = context.doc.lines[item.line].text.slice(at.start, at.end);
      const chinese = !/^\d/.test(found);
      const text = (n: number) => (chinese ? `${toChineseNumeral(n)}、` : `${n}.`);
      context.report({
        message: item.number === previous.number ? 'repeat' : item.number < previous.number ? 'backwards' : 'skip',
        data: { found, expected: text(expected), previous: context.doc.lines[previous.line].text.slice(before.start, before.end) },
        range: lineRange(item.line, at.start, at.end),
        related: [{ range: lineRange(previous.line, before.start, before.end), message: 'previousItem' }],
      });
      // One finding per list: the numbers after a skip follow on from it.
      break;
    }
  }
}

/**
 * Table and figure captions numbered on from the last (表1, 表2, 表5; Figure 1, Figure 3), each series apart: tables,
 * figures and exhibits, per chapter where the number carries one (表4-1, 表4-3), per part of a compilation. Only a
 * skip forward: a caption seen again (a list of tables before the captions, a table continued on the next page)
 * repeats or restarts a series without loss. A series that does not start at 1 (an excerpt from 表3 on) is left alone,
 * and so are references to tables (见表6, 《年鉴》表8): only the captions count.
 */
function checkCaptions(context: RuleContext): void {
  const { doc } = context;
  const last = new Map<string, Caption | null>();
  for (const caption of doc.targets.captions) {
    const n = caption.number[caption.number.length - 1];
    const key = `${caption.kind}|${caption.number.slice(0, -1).join('.')}@${doc.partOf(caption.line)}`;
    const previous = last.get(key);
    if (previous === undefined) {
      last.set(key, n === 1 ? caption : null);
      continue;
    }
    if (previous === null || n <= previous.number[previous.number.length - 1]) {
      if (n === 1) last.set(key, caption);
      continue;
    }
    const prevN = previous.number[previous.number.length - 1];
    if (n > prevN + 1) {
      const at = captionLabel(doc.lines[caption.line].text);
      const before = captionLabel(doc.lines[previous.line].text);
      if (at && before) {
        const found = at.text;
        const expected = found.replace(/\d+$/, String(prevN + 1));
        context.report({
          message: 'skip',
          data: { found, previous: before.text, expected },
          range: lineRange(caption.line, at.start, at.end),
          related: [{ range: lineRange(previous.line, before.start, before.end), message: 'previousItem' }],
          severity: 'warning',
        });
      }
    }
    last.set(key, caption);
  }
}

/**
 * 第一条 ⏎ 第二条 ⏎ 第四条: the articles of a regulation (a 管理办法 or 实施方案 appended to a report), numbered through it
 * whatever its 章 and 节, each opening its line. A run from 第一条 of four articles or more with one slip only — a skip
 * of one to three numbers, or a repeat, or one number mistyped between two that count on (第五条 ⏎ 第五条 ⏎ 第七条) —
 * has that slip reported. Articles quoted from a law (第三条 ⏎ 第八条 ⏎ 第十二条)
 * do not start at 第一条, or skip more than once, and a decision amending a regulation (第五条修改为：…, 第六条删去。)
 * names only the articles it changes: they are left alone. A new 第一条 starts another regulation. Only one number
 * mistyped between two that count on gets a fix (that number alone); see the rule's doc for why no other slip does.
 */
function checkArticles(context: RuleContext): void {
  const { doc } = context;
  const articles = doc.targets.articles;
  let start = 0;
  for (let i = 1; i <= articles.length; i++) {
    if (i < articles.length && articles[i].number !== 1) continue;
    const run = articles.slice(start, i);
    start = i;
    if (run.length < 4 || run[0].number !== 1) continue;
    // 第五条 修改为：… / 第六条 删去。: a decision amending a regulation names the articles it changes, not all of them.
    if (run.some((a) => AMENDING.test(doc.lines[a.line].text.slice((articleLabel(doc.lines[a.line].text)?.end ?? 0))))) continue;
    // The slips: a number off the count; one mistyped between two that count on (第五条 ⏎ 第五条 ⏎ 第七条) is one.
    const slips: number[] = [];
    for (let k = 1; k < run.length; k++) {
      if (run[k].number === run[k - 1].number + 1) continue;
      slips.push(k);
      if (run[k + 1]?.number === run[k - 1].number + 2) k++;
    }
    // Two slips in a long run (第三条 twice, then 第十条 ⏎ 第十二条) are two, each a repeat or one article left out;
    // more, or wider jumps, are an excerpt's selection (第一条 … 第七条 … 第十五条), not a draft's slips.
    const small = (k: number) => run[k].number === run[k - 1].number || run[k].number === run[k - 1].number + 2;
    if (slips.length === 0 || slips.length > 2 || (slips.length === 2 && (run.length < 8 || !slips.every(small)))) continue;
    for (const k of slips) {
      const n = run[k].number;
      const prev = run[k - 1].number;
      if (n !== prev && (n < prev + 2 || n > prev + 4)) continue;
      const at = articleLabel(doc.lines[run[k].line].text);
      const before = articleLabel(doc.lines[run[k - 1].line].text);
      if (!at || !before) continue;
      const expected = `第${/\d/.test(at.text) ? String(prev + 1) : toChineseNumeral(prev + 1)}条`;
      // 第三条 ⏎ 第三条 ⏎ 第五条: one number mistyped between two that count on — changing it changes no other article.
      // After any other slip the articles after it would all be renumbered, and the text refers to them by number
      // (依照本办法第九条, 违反第十二条规定的): the fix would make those references name other articles. No fix then.
      const mistyped = run[k + 1]?.number === prev + 2;
      const range = lineRange(run[k].line, at.start, at.end);
      context.report({
        message: n === prev ? 'repeat' : 'skip',
        data: { found: at.text, previous: before.text, expected },
        range,
        fix: mistyped ? { title: 'fixOne', data: { expected }, edits: [{ range, newText: expected }] } : undefined,
        related: [{ range: lineRange(run[k - 1].line, before.start, before.end), message: 'previousItem' }],
      });
    }
  }
}

/** What an amending decision says of an article: 修改为, 删去, 增加一款, 中的“…”修改为. */
const AMENDING = /^[ \u3000]*(?:修改为|改为|删去|删除|增加|增设|中的|后增加|第[一二三四五六七八九十\d]+款)/;

/** Where an article's line has its label (第十二条). */
function articleLabel(text: string): { text: string; start: number; end: number } | undefined {
  const m = /第(?:[一二三四五六七八九十百零〇]{1,6}|\d{1,4})条/.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

/** Where a caption line has its label (表5, 图2.1, Table 4, Fig. 3). */
function captionLabel(text: string): { text: string; start: number; end: number } | undefined {
  const m = /(?:表|图|圖|Table|Figure|Fig\.|Exhibit)[ \u3000]{0,2}\d{1,3}(?:[.．\-－—]\d{1,3}){0,2}/.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

/** Where the `k`th item of an attachment list has its number (with its . or 、) on its line. */
function numberAt(context: RuleContext, items: NumberedTarget[], k: number): { start: number; end: number } | undefined {
  const item = items[k];
  const text = context.doc.lines[item.line].text;
  // Items written on one line (附件：1.…；2.…) are found in turn after the colon.
  let nth = 0;
  for (let j = 0; j < k; j++) if (items[j].line === item.line) nth++;
  const re = /(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]?[.．、]/g;
  re.lastIndex = item.line === item.list ? Math.max(0, text.search(/[:：]/) + 1) : 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (nth-- === 0) return { start: m.index, end: m.index + m[0].length };
  return undefined;
}
