/**
 * stale-year — 沿用旧稿的年份 / Years left from last year's draft
 *
 * What: the report's own year is read from its title (2025年工作总结, 2025年上半年…, 关于2026年1—10月…情况的报告 (months of
 * one year, read as a quarter's report is; so are a week, a day or a festival of events, 2026年科技活动周活动总结,
 * 关于2026年全民健身日活动开展情况的报告, and such a title without its year over an opening 2026年，…于5月17日至23日…), 2024—2025学年第一学期…,
 * 三年行动方案（2025—2027年）, 2023 Annual Report, Quarterly Report Q3 2025, Impact Report 2025, Waste and Recycling Performance Report 2026 (not a
 * quarter's), Self-Assessment Report 2026, a financial year: Quality Report 2024/25, Annual Statement of Assurance 2024/25; a
 * Final Report with "Grant Year 2024" on the line under it, a Quarterly Report with "Quarter 2, 2026/27" under it, a
 * financial year, begun by April at the earliest, as in a title; Budget
 * Monitoring 2026/27 reports on the year in progress and is no plan), from a cover line that gives the period covered (Catchment
 * Report 2026 over "Covering the calendar year 2025", Harbour Trust Annual Report over "For the year ended 31 March 2026";
 * 年度工作报告 opening with 本报告期为2025年1月1日至12月31日; also over a title's year it is published in, Annual Report 2026
 * over "Covering the calendar year 2025", but not over a plan, nor a "Reporting period" of dates under a title with a year), from the opening words when the title has none (2025年以来，… /
 * 2025年，在区委…), or from the date at the end (落款; "Signed on behalf of the trustees, 14 March 2026"; "This report was approved by the Board of Directors on
 * 14 July 2025.") or, without one, under the title (——2025年1月10日在…大会上;
 * "Prepared for the Board | March 2026", "Report date: 21 October 2025", "Report published 22 September 2026" (after the dates of an inspection), "Approved by the Board on Wednesday 16 July 2025",
 * "to be held at the Pavilion on Friday 21 November 2025" under an AGM report's title, the part of a cover line in parts
 * that says it, "Riverline Buses Ltd · Year ended 31 December 2024 · Published 28 March 2025", which say when it was written and are not judged themselves;
 * "Reporting period: 1 October 2025 to 30 September 2026" among the cover lines, whose end it was written after; a
 * labelled cover line may run to 100 characters, "Report to: School Health and Safety Committee, 12 November 2026", and a
 * cover laid out as a table is read, | Issue date | 27 March 2026 |);
 * then what a copied template leaves behind is reported: a plan section for a time that is not after the report
 * (四、2023年工作思路 in a 2024 summary; 2024年，我将… opening a paragraph under 下一步打算 in the 2024 summary, or "In 2024 we will…" under Looking ahead in the
 * 2025 Annual Impact Report, "In 2025/26 we will…" under the priorities for 2026/27 in the Quality Account 2025/26, or
 * under a work programme, or anywhere in an English summary of 2025-26 ("In 2025-26 we will begin…"); "Priorities
 * for 2025/26" under Looking ahead in the 2025/26 review, or closing it over targets still to set ("- Cut average handover
 * time to under 30 minutes.") after a heading that reviewed that year's ("Progress against our 2025/26 priorities"; not a
 * heading inside that review, nor one over what was done); "Our priorities for the rest of 2025" in the Q3 2026 board update; "Our targets for 2025 are to…" in the Impact
 * Report 2026; 2025年的目标是…, 2025年重点抓好… under 2027年工作打算 in the 2026 summary; 2023—2024学年第二学期工作计划 in an autumn-term summary; "Plans for 2023"
 * closing a 2023 annual review), a deadline already past when the report was written (not one after a 落款 in the report's own year that is too
 * early to sum it up, 确保2026年6月15日前 in the 2026 summary signed 2026年5月20日: the 落款 is reported; 确保2023年底前完成 in a
 * 2025 plan, or 2024年10月底前 — a plan is written in the last two months before its year at the earliest; in a
 * plan, or under a summary's plan heading (2026年4月底前完成… under 下半年工作打算), any deadline not stated as met; under "Priorities for 2025/26", a target due before that period began, "Train
 * all volunteers by March 2024"; under "Plans for 2025", a promise due before the plan could be written, "We will complete
 * the move by the end of Q3 2024"; outside a plan section, a promise still in the future tense, a must, a request or a recommendation (建议在2025年底前完成 in a survey report dated 2026;
 * under 意见和建议 also what others are urged or required to do: 督促…配备食品安全员，2024年底前实现全覆盖 in a report dated 2026; 请各科室于2024年7月10日前报送 or 须于2024年12月31日前完成 in a 2025 summary; anywhere, work still to do promised by a date straight after 计划于, 确保, 力争: 剩余3个正在制定盘活方案，计划于2025年12月底前全部盘活 in a report dated 2026 — not 原计划于…, a sentence that tells of an earlier year's plan, or one that says it was done or put off; also a year or its end
 * straight after 计划, 拟, 确保 with no 前: 主体结构已封顶，完成投资0.8亿元，计划2025年底投入使用 in the summary of the first half of
 * 2026 — not a multi-year plan's target, 按照“十四五”规划，计划2025年…, nor 计划到2025年), "The Committee will complete the
 * audit by 31 March 2025" or "All actions are to be completed by 31 December 2025" in a report dated later (also with the deadline opening
 * its sentence: "By the end of 2025 the Council will have replaced all pool cars"; 到2025年底将完成…, 到2025年底，全县将实现…
 * — not "By the end of 2025 the Council had replaced…", "the 2023 plan said that by 2025 the Council would…") ("by the end of Q2 2025" in the Quarterly Report Q3 2025, or with "Q3 2025" on the line under its title, written at its quarter's end at the earliest); an event on a
 * day still in the future tense: "The Committee will receive the annual opinion on 14 March 2024", "remains scheduled for completion by 31 March 2025", "is scheduled to meet
 * on 3 June 2025" in a report dated October 2025, or in a month or a season: "The Board will meet in March 2024", "The new
 * store will be completed and handed over in December 2024", "We
 * will publish the strategy in spring 2024", "should review progress in October 2025" (not "should have been agreed"), or in
 * a year alone, as its December: "We will open the new depot in 2024", "plans to recruit 12 officers in 2024" in a
 * report dated 2026 (not "had planned to … in 2024", "as in 2024", "in 2024 prices", "is due to … income in 2024", "a briefing on … audits in 2007") — not "was received on", "agreed on … that it will", "the accounts
 * approved on …", "with those in March 2024", nor the dated level a change starts from ("will increase the deficit from
 * £15.5 million on 1 April 2025 to £21.7 million on 31 March 2026"); under a plan heading, a year or a month set without 前: 计划在2025年完成…,
 * 拟于2025年启动… in the 2026 summary — not 原计划在2025年完成，因…推迟至2027年, 计划于2025年启动的项目), the period
 * the report says its own figures are for, earlier than its own (not a year given by its dates that ends in the report's
 * own, "This report covers the program year from October 1, 2025, to September 30, 2026" in the 2026 Annual Report; "all figures relate to the financial year 2024-25" in
 * the 2025-26 report, "The outcomes in this section are for the academic year 2023-24" in the 2024-25 self-evaluation, "This report concludes the monitoring for Year 2 (2024)" in the 2025 one; 本报告中所列数据的统计期限
 * 自2023年1月1日起至2023年12月31日止 in the 2024 one), a 落款 or "next report due" date before the
 * period the report covers (an English date under the title only before the first year the title names: Annual Report
 * 2026 over "10 March 2025", Quarterly Performance Report Q2 2026 over "Report date: 14 July 2025"; not in a plan) (without that period, before the report's own date: "Next report due: 31 January 2025" in a
 * Final Evaluation dated April 2026; a report on a whole year, 2025年度…自评报告, is a look back like a summary and is not signed
 * in the spring of its year; 2026年度预算草案的报告 is not), a plan still out to meet a year it comes after (为确保2026年各项目标任务全面完成 in the 2027
 * plan; 力争2026年实现…; under 七、2027年工作打算 in the 2026 summary the same, 力争2025年政策知晓率达到100%; a half or a quarter of such a year too, 力争2026年上半年完成全部修缮任务, 确保2026年第四季度实现达产达效 — not 回顾2026年上半年, 较2026年第三季度), the report naming itself with last year's title (本《2023年工作总结》 in a 2024 one;
 * 现将2025年度绩效自评情况报告如下 in the 2026 self-assessment, the words after the year shared with the title or naming
 * the year's work — 现将我局2025年度工作情况报告如下 —, with the body between: 现将公司…, 学校…; 现将2024—2025学年…
 * under a 2025—2026学年 title), its financial statements named with an earlier year ("from the date of approval of the
 * financial statements for the year ended 31 March 2025" in the report for the year ended 31 March 2026; not "the
 * trustees approved the financial statements for the year ended …", a past year's named as such) or its own period
 * so ("This report covers the period from 1 April 2024 to 31 March 2025", "Reporting period: …" on the cover; 本报告期为2023年…,
 * 报告期内（2023年…）, 本年度（2023年）, 本报告全面回顾了我院2023年度的主要工作, 2023年（今年） in a 2024 report, "In the 2024/25 academic year covered by this report", "the year under review (2024/25)" in the 2025/26 one (not 本报告对比了2023年度的数据, "the 2024/25 year covered by last year's report"), 2024年全年，全县粮食… opening an item under 一、2025年工作完成情况 in the 2025 summary (not 2024年全年…比上年, 与2024年全年相比), "In 2024/25 (this year)", "This year (2024/25)" in the 2025/26 one; not "The previous report covered …", 上一报告期, a quoted or
 * attributed earlier report, comparative figures, 报告期内较2023年同期, a plan's 今年（2025年）: the year it is written in), a 落款 before the date the figures are counted to (截至2026年6月底，已完成… over
 * 2025年11月20日; 今年1—8月，完成投资… in the half-year summary signed 2026年7月8日, not under 下半年工作打算 nor after 预计) or more than a month before the date under the title (（在2026年12月16日支部党员大会上） over
 * 二〇二五年十二月十六日), last year's plan asked for in a plan (将本单位2026年工作计划报局办公室, 制定2026年工作要点 in the
 * 2027 plan or under 2027年工作打算; not 报送2026年工作总结, not 按照2026年工作计划确定的任务), figures a find-and-replace of the year hit (捐助22023万元, 20230接纳, 220230人次 in a 2023 report;
 * two such at least), and a five-year plan's first or last year named wrongly (2027年是“十五五”规划的开局之年, 2026年是
 * “十四五”收官之年: 十五五 is 2026—2030).
 * The summary's opening formula with last year in it (2025年，在区委、区政府的坚强领导下，我局… opening the body of the 2026
 * summary, or the first paragraph under its first heading; 2025年，本人在局党组的领导下…, 2025年以来，我…, 2025年，本人担任… in
 * the 2026 述职报告) — 2025年以来 only when the paragraph tells of no later year; not a first sentence without the formula, nor
 * the year the writer took the post (2025年3月任职以来, 2025年，本人调任…).
 * Also: 现将本人2025年度履行岗位职责和廉洁自律情况报告如下 (履行党风廉政建设责任制情况, 德能勤绩廉情况) under a 2026年度述职述廉报告;
 * the year ahead glossed with last year's ("Over the coming year (2025/26) we aim…" in the report for the year ended 31
 * March 2026, 明年（2026年），我们将… in the 2026 summary); "Next highlight report: 9 October 2025", 下次进度报告时间：
 * 2025年1月10日 in a report dated later; a part-year summary's own stretch told with last year's year (截至2025年9月底，
 * 辖区完成…, 2025年1—9月，… opening a paragraph of the 2026年前三季度工作总结, to the month its part of the year ends in);
 * a plan's own activity time over before the plan was written (活动时间：2026年1月20日至2月28日, or the span under 一、活动时间,
 * in the 2027 plan dated 2026年12月15日); "This report covers the period from 1 October 2023 to 30 September 2025" under
 * "Grant period: 1 October 2024 to 30 September 2026" on the cover (starting and ending before the grant's); a date at the end
 * more than a month before the end of the period on the cover ("Date: 30 June 2025" closing a Final Grant Report over "Report
 * period: 1 April 2024 – 31 March 2026"; not an interim or progress report, nor a plan), reported once: date-validity
 * does not then measure the body's dates against it.
 * Also: a report with no year in its title dated before every dated word of its body, what it tells as done nine to twelve
 * months on ("Report published: 4 December 2025" over an outage "On 18 November 2026, … customers … received errors";
 * 落款2025年12月20日 under 检查工作已于2026年11月15日全部完成; not where any date of the body is on or before its own:
 * then the event after it is date-validity's), reported once, on that date; a plan's 力争/确保 deadline before its year
 * began, after one in that year in the same sentence (确保大坝主体于2027年9月底前填筑到顶，力争2026年底前具备下闸蓄水条件 in
 * the 2027年工作计划; not 确保2026年底前完成收尾工作，2027年6月底前完成全部验收, nor 力争2026年底前完成招标 alone); the twelve
 * months of the report's figures ending on the day of their snapshot date a year earlier ("our figures at the snapshot
 * date of 5 April 2026" and "The figures below cover bonuses paid in the 12 months ending 5 April 2025"; 本报告数据截至
 * 2026年6月30日 and 本报告所列数据为截至2025年6月30日的12个月累计数; not "compared with the 12 months ending …", 上年同期,
 * "In the 2025 report, the figures covered …"); the previous meeting's minutes dated twelve to fifteen months before
 * the meeting minuted ("The minutes of the meeting held on 15 July 2025 were approved" in the minutes of 16 September
 * 2026, 审议通过上次会议（2025年7月15日）纪要; not an annual meeting's); the accounts a financial year's report goes with,
 * named by its own year, and still to come under the year before ("the audited Statement of Accounts for 2025/26" and
 * "is expected to issue an unqualified opinion on the 2024/25 Statement of Accounts" in the Statement of Assurance
 * 2025/26; not where the report names no accounts of its own year, nor the earlier year's said to be delayed or done);
 * the closing formula of a summary or a 述职报告 naming an earlier year than its title (以上是本人2024年度的述职，不妥之处，
 * 请批评指正 closing the 2025年度述职报告; not one naming its own year or a later one too, 以上是我办2025年工作总结和2026年
 * 工作计划, nor 以上是本人对2024年度述职中所提问题的整改情况, nor a title without a year); a summary approved before the
 * period it reports on ended ("This statement was approved by the Board of Directors … on 10 June 2025 and signed on
 * its behalf by:" closing the Modern Slavery Statement 2025/26, 本报告已经公司董事会于2025年3月20日审议通过 in the
 * 2025年年度报告; not an earlier document's approval, "our first statement, approved on 10 June 2022", "The previous
 * statement was approved…", nor a plan approved before its period).
 * Why: a report started from last year's file keeps last year's dates in the places nobody rereads.
 * Under a Chinese plan heading for a year (三、2027年工作安排, 四、存在的问题和2027年工作打算 in the 2026 summary), a deadline before the November before that year is last year's (确保2026年汛前完成; 汛前, 入汛前 read as by June; 秋季学期开学前 as by September, 春季开学前 as by March; a festival after a year alone in its month, 2026年清明节前 as by April, 春节 by February, 中秋 by October); 到2026年末 may be the writer's own year-end and is left alone.
 * Not: years plainly in the past (2024年以来, 与2024年相比, 较2023年, 2019—2023年, 回顾, a table of past years),
 * titles of other documents (《2023年…方案》), a plan's own year-end (a 2025 plan written in late 2024 says
 * 2024年底), a date that describes a thing rather than sets a deadline (确保2024年底前开工的项目年内建成), an 已 after
 * the deadline that describes a thing (力争2024年底前全部交付已开工住房 is still a deadline), plans for the rest of its
 * year in a quarterly report (Q3 2025: "Plans for 2025"), a date that describes what a plan goes on with ("the projects
 * launched by April 2024"), a promise reported rather than made ("Last year we said we would finish by March 2025"), "2023 Goals" in the 2023 report (it may review them; "Plans for 2023" cannot), and any document whose own
 * year cannot be read with confidence (a compilation is read draft by draft), and a quarter's report dated soon after
 * its quarter (2027年一季度工作总结 dated 2027年4月10日), two periods compared (现将2025年度与2026年度…对比说明如下), and
 * a 截至 date that is a target (确保截至2027年6月底…, 截至2028年底…将达到; in a plan any), figures said to be for two
 * periods ("Comparative figures relate to 2024-25 and 2025-26"), the date of a cause ("The shortfall is due to a
 * contractor entering administration in January 2026", "will retender the site following the contractor entering
 * administration in January 2026", 受2026年1月承包商破产影响，…预计2027年交付), and "In 2025/26 we will…" in an
 * Interim Report or a Mid-Year Review 2025/26 (its year is still running).
 *
 * 检查：从标题（2025年工作总结、2025年上半年……、关于2026年1—10月……情况的报告（一年中的几个月，与季度报告同样看待）、2024—2025学年第一学期……、三年行动方案（2025—2027年）、
 * 2023 Annual Report、财政年度 Quality Report 2024/25；季度报告标题下的“Quarter 2, 2025/26”同样按财政年度读）、标题无年份时的开头（2025年以来，…）、落款日期或无落款时标题下的日期（——2025年1月10日在…大会上；英文“Approved by the Board on …”、年会报告标题下的“to be held … on Friday 21 November 2025”、分段封面行中“Published 28 March 2025”一段；英文封面上“Reporting period: … to 30 September 2026”的截止日，成文不早于此；英文封面上带标签的长行“Report to: …, 12 November 2026”和表格形式的封面“| Issue date | 27 March 2026 |”）
 * 读出本文的年份，报告套用旧稿留下的年份：不在本文之后的工作安排（2024年总结中的“四、2023年工作思路”、下一步打算中以“2024年，我将…”开头的段落，英文总结中任何位置的“In 2025-26 we will…”（本期已结束），秋季学期总结中的
 * “2023—2024学年第二学期工作计划”，2026年第三季度董事会报告中的“Our priorities for the rest of 2025”，2025/26质量报告在回顾本年度重点工作（“Progress against our 2025/26 priorities”）之后、以待定目标（“- Cut average handover time to under 30 minutes.”）收尾的“Priorities for 2025/26”，2026—2027学年工作计划中的“二、2025—2026学年工作目标”；回顾章节内的同名小标题、其下写已完成事项的不算）、本文称其数据所属的时段早于本文（2025-26年度报告中的“all figures relate to the financial year 2024-25”，2024-25自评中的“The outcomes in this section are for the academic year 2023-24”）、成文时已过的期限（2025年计划中的“确保2023年底前完成”；2026年调研报告对策建议中的“建议在2025年底前完成”，以及意见建议中督促、要求他方的“督促…，2024年底前实现全覆盖”；2025年总结中的“请各科室于2024年7月10日前报送”“须于2024年12月31日前完成”；正文任何位置紧跟“计划于”“确保”“力争”等的尚待完成之事的期限，如2026年报告中的“剩余3个正在制定盘活方案，计划于2025年12月底前全部盘活”（“原计划于…”、讲述往年计划的句子、句中说明已完成或推迟的不报），以及紧跟“计划”“拟”“确保”、不带“前”的年份或年底，如2026年上半年总结中的“计划2025年底投入使用”（多年规划的目标、“计划到2025年”不报）；英文“are to be completed by 31 December 2025”，已过的月份、季节或年份仍说将要发生的“The Board will meet in March 2024”“We will publish the strategy in spring 2024”“We will open the new depot in 2024”；工作打算下不带“前”的“计划在2025年完成”“拟于2025年启动”（2026年总结中；“原计划在2025年完成，因……推迟至2027年”不算）；句首以期限开头的承诺“By the end of 2025 the Council will have replaced…”“到2025年底将完成……”“到2025年底，全县将实现……”（“…had replaced”、转述旧计划的“would”、已实现或推迟的不算）；工作打算下的“2025年的目标是……”“2025年重点抓好……”；计划中未写明已完成的期限；英文“Priorities for 2025/26”下早于该年度开始的目标期限，“Plans for 2025”下早于该计划成文的承诺期限“We will complete the move by the end of Q3 2024”）、
 * 早于本文所述时段的落款日期或下次报告日期（“2025年度……自评报告”与总结一样是回顾全年，落款不会在当年春天；“2026年度预算草案的报告”不算）、计划中仍要完成已过年份的目标（2027年工作要点中的“为确保2026年各项目标任务全面完成”，2026年总结“七、2027年工作打算”下的“力争2025年政策知晓率达到100%”“力争2026年实现……”，以及该年的半年或季度“力争2026年上半年完成全部修缮任务”“确保2026年第四季度实现达产达效”；“回顾2026年上半年”“较2026年第三季度”不算）、
 * 本文用旧年份称呼自己（2024年总结中的“本《2023年工作总结》”，2026年自评报告中的“现将2025年度绩效自评情况报告如下”“现将我局2025年度工作情况报告如下”“现将公司2025年度……”，
 * 2025—2026学年报告中的“现将2024—2025学年……报告如下”）、本期或所附财务报表写成更早年度（截至2026年3月31日年度的报告中“approval of the financial statements for the year ended 31 March 2025”“This report covers the period from 1 April 2024 to 31 March 2025”；2024年报告中的“本报告期为2023年……”“报告期内（2023年……）”“本年度（2023年）”“本报告全面回顾了我院2023年度的主要工作”（“本报告对比了2023年度的数据”不算），2025/26年度报告中的“In the 2024/25 academic year covered by this report”“the year under review (2024/25)”“2023年（今年）”，2025年总结“一、2025年工作完成情况”下条目开头的“2024年全年，全县粮食……”（“2024年全年……比上年”“与2024年全年相比”不算）“本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止”；引用或转述的往年报告、比较期、计划中的“今年（2025年）”不算），早于正文数据截止日期的落款（“截至2026年6月底，已完成……”而落款2025年11月20日；上半年总结中的“今年1—8月，完成投资……”而落款2026年7月8日，下半年工作打算中或“预计”之后的不算）或比标题下的日期早一个多月的落款（“（在2026年12月16日支部党员大会上）”而落款二〇二五年十二月十六日），以及批量替换年份时误改的数字（2023年报告中的“捐助22023万元”
 * “220230人次”，至少两处），计划中要求报送或制定上一年的计划（2027年计划或“2027年工作打算”下的“将本单位2026年工作计划报局办公室”“制定2026年工作要点”；“报送2026年工作总结”“按照2026年工作计划确定的任务”不算），以及五年规划的开局、收官之年写错（“2027年是‘十五五’规划的开局之年”“2026年是‘十四五’收官之年”：
 * “十五五”为2026—2030年）。
 * 中文计划标题（2026年总结中的“三、2027年工作安排”“四、存在的问题和2027年工作打算”）下，早于该年前一年11月的期限是旧稿的（确保2026年汛前完成；“汛前”“入汛前”按6月底计，“秋季学期开学前”按9月、“春季开学前”按3月计，年份后的节日按其月份计：2026年清明节前按4月、春节按2月、中秋按10月计）；“到2026年末”可能是成文当年的年底，不报。
 * 另查：2026年总结开篇（或正文第一个标题下第一段）的“2025年，在区委、区政府的坚强领导下，我局……”，2026年述职报告开篇的
 * “2025年以来，我……”“2025年，本人担任……”（该段又写到2026年的、任职年份“2025年3月任职以来”不算）；2026年度述职述廉报告中的“现将本人2025年度履行岗位职责和廉洁自律情况报告如下”；用去年年份注明的来年（“Over the coming year (2025/26) we aim…”、
 * 2026年总结中的“明年（2026年），我们将……”）；早于本文日期的“Next highlight report: 9 October 2025”“下次进度报告时间：2025年1月10日”；
 * 2026年前三季度工作总结段首的“截至2025年9月底，辖区完成……”“2025年1—9月，……”（截至月份与本期相同）；英文标题下早于标题所写第一年的日期（“Annual Report 2026”下的“10 March 2025”，计划除外）；标题下“Meeting of Thursday 12 November 2026”“Paper date: 8 December 2026”为本文日期，会议纪要中行动项“Due by November 2025.”早于会议日期的；成文前已过的方案自身活动时间
 * （落款2026年12月15日的2027年方案中“活动时间：2026年1月20日至2月28日”）；起止都早于封面所写资助期的“This report covers the period from …”；比封面所写报告期结束早一个多月的落款（“Report period: 1 April 2024 – 31 March 2026”的结项报告落款“Date: 30 June 2025”；中期报告、进度报告、计划不算），只报落款一处，日期合理性规则不再以它衡量正文日期。
 * 本文年份也可读自封面写明的报告期（标题“Catchment Report 2026”下的“Covering the calendar year 2025”，标题无年份的年度工作报告开篇的
 * “本报告期为2025年1月1日至12月31日”；标题所写为发布年份时也以此为准，但计划不读，标题有年份时以日期写出的“Reporting period”不读）。
 * 另查：标题无年份的报告，日期早于正文所有日期、所述已完成之事又在其后九至十二个月（“Report published: 4 December 2025”而事故发生于2026年11月18日；
 * 落款2025年12月20日而“检查工作已于2026年11月15日全部完成”；正文有日期不晚于本文日期的不算，其后的事件由日期合理性规则报告），只报本文日期一处；
 * 计划中同一句先写本年度期限、后写早于本年度的“力争”“确保”期限（2027年工作计划中的“确保大坝主体于2027年9月底前填筑到顶，力争2026年底前具备下闸蓄水条件”；
 * 按时间先后写的“确保2026年底前完成收尾工作，2027年6月底前完成全部验收”、单独的“力争2026年底前完成招标”不算）；本文数据所属的十二个月截止于数据基准日
 * 前一年的同一天（“our figures at the snapshot date of 5 April 2026”而“bonuses paid in the 12 months ending 5 April 2025”；“本报告数据截至2026年6月30日”而
 * “本报告所列数据为截至2025年6月30日的12个月累计数”；比较期、上年同期、往年报告所述不算）；会议纪要中比本次会议早十二至十五个月的上次会议日期
 * （2026年9月16日纪要中的“审议通过上次会议（2025年7月15日）纪要”；年会不算）；财政年度报告既称所附账目为本年度的，又说上一年度的同名账目尚待审计
 * （“the audited Statement of Accounts for 2025/26”而“is expected to issue an unqualified opinion on the 2024/25 Statement of Accounts”；写明延迟或已完成的不算）；
 * 总结、述职报告的结束语写成比标题更早的年份（2025年度述职报告结尾的“以上是本人2024年度的述职，不妥之处，请批评指正”；同时写到本年或以后年份的
 * “以上是我办2025年工作总结和2026年工作计划”、“以上是本人对2024年度述职中所提问题的整改情况”、标题无年份的不算）；总结在所报告时段结束前就已审议通过
 * （2025/26年度声明结尾的“This statement was approved by the Board of Directors … on 10 June 2025”，2025年年度报告中的“本报告已经公司董事会于2025年3月20日审议通过”；
 * 往年文件的审议通过日期“our first statement, approved on 10 June 2022”、计划在其时段开始前通过的不算）。
 * 原因：照着去年的文件改写，标题改了，正文里没人重读的地方还留着去年的年份。
 * 不报：明显指过去的年份（2024年以来、与2024年相比、较2023年、2019—2023年、回顾、历年数据表），其他文件的
 * 名称（《2023年…方案》），计划中上一年的年底（2025年计划写于2024年底，可以说“2024年底前”），修饰事物而非规定期限的日期
 * （确保2024年底前开工的项目年内建成），季度报告中对本年余下时间的安排，英文2023年报中的
 * “2023 Goals”（可能是回顾），以及读不准本文年份的文档（汇编按各篇分别判断），季度报告在该季度结束后不久的落款（2027年一季度工作总结落款2027年4月10日），
 * 两个时段对比（现将2025年度与2026年度……对比说明如下），作为目标的“截至”日期（确保截至2027年6月底……、截至2028年底……将达到；计划中的都不算），
 * 其他月份的存量（截至2025年底，辖区共有……）、比较的时段（较2025年1—9月、去年同期（2025年1—9月）），方案中的报名时间，资助期之前的试点，原因的日期（“The shortfall is due to a contractor entering administration in January 2026”“受2026年1月承包商破产影响，……预计2027年交付”），以及中期报告、年中回顾（Interim Report 2025/26）中的“In 2025/26 we will…”（该年度尚未结束）。
 *
 * Bad:  （2024年工作总结）四、2023年工作思路
 * Good: （2024年工作总结）四、2025年工作思路
 * Bad:  (2023 Annual Report) ## Plans for 2023
 * Good: (2023 Annual Report) ## Plans for 2024
 */

import { daysInMonth, type DateMention } from '../model/dates';
import { positionIn, rangeIn, type Paragraph } from '../model/paragraphs';
import type { Section } from '../model/outline';
import type { ReportPeriod, ReportTime } from '../model/report-time';
import { commonYear, replacedYear } from '../model/replaced-year';
import type { Report, Rule, RuleContext } from '../rule';
import { shiftReport } from '../ranges';
import { isForward, LOOK_BACK } from '../model/heading-scope';
import { isQuoted, ownPeriodStatement, type OwnPeriodStatement } from '../model/own-period';
import { signedBeforeCoverPeriod } from '../model/dates-signed-early';
import { datedBeforeEvents } from '../model/dates-before-events';
import { approvalDate } from '../model/dates-approved';
import { launchNotices } from './stale-year-notice';
import { closingYearBefore } from './stale-year-closing';
import { snapshotSlips } from './stale-year-snapshot';
import { relativeGlosses } from './stale-year-relative';
import { datesCause, withoutCausalDue } from './stale-year-cause';
import { before, deadlineOf, endOf, FRONTED_BY_LEAD_EN, FUTURE_ZH, inPlanScope, nextReportDue, PAST_AFTER_ZH, PAST_ZH, planHeading, SET_FOR_EN, startOf, type Month } from './stale-year-text';
import { matchesOf } from '../patterns';

const rule: Rule = {
  meta: {
    id: 'stale-year',
    name: { zh: '沿用旧稿的年份', en: 'Stale year' },
    category: 'placeholders',
    description: {
      zh: '套用旧稿留下的年份：不在本文之后的工作安排、已过的期限、早于所述时段的落款日期、旧年份的自称',
      en: "Years left from last year's draft: plans for a period already over, past deadlines, a date at the end before the period covered",
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      plan: { zh: '核对年份：{basis}，这里却安排{planned}的工作', en: 'Check the year: {basis}, but this plans for {planned}' },
      deadline: { zh: '核对期限：{basis}，“{text}”在成文时已经过去', en: 'Check the deadline: {basis}; “{text}” had passed when it was written' },
      event: { zh: '核对日期：{basis}，“{text}”在成文时已经过去，这里却说尚未发生', en: 'Check the date: {basis}; “{text}” had passed when it was written, but this says it is still to come' },
      signed: { zh: '核对落款日期：{basis}，落款“{text}”却在此之前', en: 'Check the date at the end: {basis}, but it is dated “{text}”, before that' },
      signedTop: {
        zh: '核对标题下的日期：{basis}，标题下的日期“{text}”却在该年之前',
        en: 'Check the date under the title: {basis}, but it is dated “{text}”, before that year began',
      },
      signedBeforeData: {
        zh: '核对落款日期：正文数据“{asOf}”（第{line}行），落款“{text}”却在此之前',
        en: 'Check the date at the end: the text reports figures “{asOf}” (line {line}), but it is dated “{text}”, before that',
      },
      signedBeforeEvents: {
        zh: '核对日期：本文日期为“{text}”，所报告的事情却发生在此之后（“{event}”，第{line}行）',
        en: 'Check the date: this is dated “{text}”, but what it reports happened after that (“{event}”, line {line})',
      },
      deadlineBackwards: {
        zh: '核对年份：{basis}，“{text}”却在该年开始之前，还早于同一句前面的“{earlier}”',
        en: 'Check the year: {basis}, but “{text}” falls before that year begins, and before “{earlier}” earlier in the sentence',
      },
      snapshotYear: {
        zh: '核对年份：本文数据截至“{at}”（第{line}行），这里的十二个月却截至“{text}”，早了一年',
        en: 'Check the year: the figures in this report are at “{at}” (line {line}), but here the 12 months end “{text}”, a year before',
      },
      previousMeeting: {
        zh: '核对日期：本次会议日期为“{meeting}”，这里的上次会议“{text}”却在一年多以前',
        en: 'Check the date: this meeting is on “{meeting}”, but the previous one here, “{text}”, is over a year before',
      },
      documentLastYear: {
        zh: '核对年份：本文称其{noun}为“{own}”（第{line}行），这里尚待完成的却是“{text}”',
        en: 'Check the year: this report names its {noun} as “{own}” (line {line}), but here the one still to come is “{text}”',
      },
      signedBeforeDateline: {
        zh: '核对落款日期：标题下的日期为“{dateline}”（第{line}行），落款“{text}”却早了一个多月',
        en: 'Check the date at the end: the date under the title is “{dateline}” (line {line}), but it is dated “{text}”, over a month before',
      },
      approvedEarly: {
        zh: '核对审议通过日期：{basis}，这里却说本文于“{text}”审议通过，当时所报告的时段尚未结束',
        en: 'Check the date of approval: {basis}, but it is said to have been approved on “{text}”, before that period ended',
      },
      signedEarly: {
        zh: '核对落款日期：{basis}，落款“{text}”时所总结的时段还远未结束',
        en: 'Check the date at the end: {basis}, but it is dated “{text}”, long before that period was over',
      },
      selfName: { zh: '核对文件名称：{basis}，这里却称“{text}”', en: "Check the report's name: {basis}, but here it is called “{text}”" },
      ownPeriod: { zh: '核对年份：{basis}，这里写的本期却是“{text}”', en: 'Check the year: {basis}, but here its own period is “{text}”' },
      dataPeriod: { zh: '核对年份：{basis}，这里却说本文数据属于“{text}”', en: 'Check the year: {basis}, but here its figures are said to be for “{text}”' },
      replacedFigure: {
        zh: '核对数字“{text}”：其中的“{year}”像是批量替换年份时误改的',
        en: 'Check the figure “{text}”: its “{year}” looks like a find-and-replace of the year that hit a number',
      },
      planPeriod: {
        zh: '核对年份：“{plan}”时期为{from}—{to}年，{year}年不是{which}',
        en: 'Check the year: the “{plan}” period is {from}–{to}, so {year} is not its {which}',
      },
      planPeriodOver: {
        zh: '核对年份：“{plan}”时期为{from}—{to}年，本文所述{year}年已不在其中',
        en: 'Check the year: the “{plan}” period is {from}–{to}, and this is about {year}, after it',
      },
      notice: {
        zh: '核对年份：{basis}，所依据的{text}却是{year}年度的',
        en: 'Check the year: {basis}, but the notice it answers, {text}, is for {year}',
      },
      relative: { zh: '核对年份：{basis}，{word}不是{year}年', en: 'Check the year: {basis}, so {word} is not {year}' },
      nextReport: { zh: '核对下次报告时间：{basis}，“{text}”并不在其后', en: 'Check the next report date: {basis}, but “{text}” is not after it' },
      // The Chinese basis names the report by its own title from the year on (2026年度个人述职报告, 2027年工作要点), or
      // only the period it is about (本文所述时段为2026年): the kind read for the checks (summary, plan, report) is no name
      // of it — a 述职报告, a 方案, a 通报 is no 工作总结, 工作计划 or 工作报告.
      basisTitle: { zh: '本文为{title}（见标题）', en: 'this is the {own} (from the title)' },
      basisTitlePeriod: { zh: '本文所述时段为{period}（见标题）', en: 'this is the {own} (from the title)' },
      basisOpening: { zh: '本文所述时段为{period}（见“{evidence}”）', en: 'this is the {own} (from “{evidence}”)' },
      basisSigned: { zh: '本文落款日期为{date}（见文末）', en: 'this is dated {date} (at the end)' },
      basisPlanSection: { zh: '本节为“{heading}”', en: 'this section is “{heading}”' },
      basisDateline: { zh: '本文日期为{date}（见标题下）', en: 'this is dated {date} (under the title)' },
      basisTitleDate: { zh: '本文日期为{date}（见标题）', en: 'this is dated {date} (in the title)' },
      basisPeriodEnd: { zh: '本文报告期截至{date}（见标题下）', en: 'the period this reports on ends {date} (under the title)' },
      basisReportPeriod: { zh: '本文报告期为{period}（见标题下）', en: 'the {label} is {period} (under the title)' },
      basisGrant: { zh: '本文所属项目期为{period}（见标题下）', en: 'the {label} is {period} (under the title)' },
      ownSummary: { zh: '{year}年{half}', en: 'report for {half}{year}' },
      ownPlan: { zh: '{year}年{half}', en: 'plan for {half}{year}' },
      ownReport: { zh: '{year}年{half}', en: '{half}{year} report' },
      ownSummaryShown: { zh: '{shown}', en: 'report for {shown}' },
      ownPlanShown: { zh: '{shown}', en: 'plan for {shown}' },
      ownReportShown: { zh: '{shown}', en: '{shown} report' },
      period: { zh: '{year}年{half}', en: '{half}{year}' },
      quarter: { zh: '{year}年第{qZh}季度', en: 'Q{q} {year}' },
      firstHalf: { zh: '上半年', en: 'the first half of ' },
      secondHalf: { zh: '下半年', en: 'the second half of ' },
    },
  },

  check(context) {
    // Each report (part) checked against its own time, from its own paragraphs: the paragraphs are in part order.
    const paragraphs = context.doc.paragraphs;
    let from = 0;
    for (const time of context.doc.reportTimes) {
      while (from < paragraphs.length && paragraphs[from].part < time.part) from++;
      const own: Paragraph[] = [];
      for (; from < paragraphs.length && paragraphs[from].part === time.part; from++) if (!time.titleLines.has(paragraphs[from].firstLine)) own.push(paragraphs[from]);
      for (const report of reportsOfPart(context, time, own)) context.report(report);
    }
  },
};

/**
 * What one part's checks report, kept with its report time: an edit leaves the time of every part it does not touch
 * the same object (model/report-time.ts), and a part whose time and paragraphs (the same objects, so the same text,
 * sections and places) are as they were reports what it did.
 */
const partReports = new WeakMap<ReportTime, { locale: string; paragraphs: Paragraph[]; firstLine: number; reports: Report[] }>();

function reportsOfPart(context: RuleContext, time: ReportTime, paragraphs: Paragraph[]): Report[] {
  const kept = partReports.get(time);
  const locale = context.options.locale;
  const firstLine = paragraphs[0]?.firstLine ?? -1;
  if (kept && kept.locale === locale && sameList(kept.paragraphs, paragraphs)) {
    // The part moved with its lines (a line break above it): its findings move with it.
    if (kept.firstLine !== firstLine) {
      const delta = firstLine - kept.firstLine;
      kept.reports = kept.reports.map((r) => shiftReport(r, delta));
      kept.firstLine = firstLine;
    }
    return kept.reports;
  }
  const reports: Report[] = [];
  checkPart({ ...context, report: (report) => reports.push(report) }, time, paragraphs);
  partReports.set(time, { locale, paragraphs, firstLine, reports });
  return reports;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A period the title gives, or a cover line under it (Covering the calendar year 2025): the report's own, checked alike. */
function titled(p: ReportPeriod | undefined): boolean {
  return p?.source === 'title' || p?.source === 'cover';
}

function checkPart(context: RuleContext, time: ReportTime, paragraphs: Paragraph[]): void {
  const checker = new StaleYears(context, time);
  checker.replacedFigures(paragraphs);
  for (const paragraph of paragraphs) planPeriodYears(context, paragraph);
  if (time.period && titled(time.period) && !time.period.fiscal) for (const paragraph of paragraphs) planPeriodOver(context, time.period, paragraph);
  const datesOf = (paragraph: Paragraph) => context.model.datesIn(paragraph);
  for (const slip of snapshotSlips(paragraphs, datesOf)) {
    const { at, end } = slip;
    const line = String(positionIn(at.paragraph, at.offset).line + 1);
    const text = end.paragraph.text.slice(end.offset, end.offset + end.length);
    context.report({ message: 'snapshotYear', data: { at: at.paragraph.text.slice(at.offset, at.offset + at.length), line, text }, range: rangeIn(end.paragraph, end.offset, end.offset + end.length) });
  }
  if (!time.period && !time.signed) return;
  for (let i = 0; i < paragraphs.length; i++) checker.plan(paragraphs[i], datesOf(paragraphs[i]), paragraphs[i + 1]);
  const scoped = time.period?.kind === 'plan' ? new Set(paragraphs) : inPlanScope(paragraphs);
  for (const paragraph of paragraphs) {
    const dates = datesOf(paragraph);
    if (scoped.has(paragraph)) {
      checker.deadlines(paragraph, dates);
      checker.planOpening(paragraph, dates);
      checker.futureDuring(dates);
      checker.yearTargets(paragraph, dates);
      checker.deadlineBackwards(dates);
      checker.planDocuments(paragraph, dates);
    } else {
      // Outside a plan section, a promise still in the future tense: "The Committee will complete the audit by 31
      // March 2025" in a report written in October 2026; and "In 2025-26 we will begin…" in the review of 2025-26.
      checker.deadlines(paragraph, dates, true);
      if (dates.some((d) => d.language === 'en')) {
        checker.planOpening(paragraph, dates);
        checker.futureDuring(dates);
      }
    }
    checker.ownPeriod(dates);
    checker.ownPeriodBeforeGrant(dates);
    if (!scoped.has(paragraph)) checker.ownStretchLastYear(paragraph, dates);
    checker.planOwnTime(paragraph, dates);
    checker.wholeYearAsOwn(paragraph, dates);
    checker.nextReport(paragraph, dates);
    checker.nextMeeting(paragraph, dates);
    checker.previousMeeting(paragraph, dates);
    checker.relativeYears(dates);
    checker.launchNotice(paragraph);
  }
  checker.openingYear(paragraphs, datesOf);
  checker.closingYear(paragraphs);
  checker.signature();
  checker.approvedEarly(paragraphs);
  checker.signedBeforeData(paragraphs.map((paragraph) => ({ paragraph, dates: datesOf(paragraph), planned: scoped.has(paragraph) })));
  checker.signedBeforeDateline();
  checker.signedBeforeEvents();
  checker.documentLastYear(paragraphs, datesOf);
}

/** The accounts and statements a financial year's report goes with, named by the year: the audited Statement of Accounts for 2025/26. */
const YEAR_DOCUMENT_EN = /(statement\s+of\s+accounts|annual\s+accounts|financial\s+statements|annual\s+governance\s+statement|annual\s+report\s+and\s+accounts)/i;
const DOCUMENT_BEFORE_EN = new RegExp(`${YEAR_DOCUMENT_EN.source}\\s+(?:for\\s+)?(?:the\\s+)?(?:(?:financial|fiscal)\\s+year\\s+)?$`, 'i');
const DOCUMENT_AFTER_EN = new RegExp(`^\\s+${YEAR_DOCUMENT_EN.source}`, 'i');
/** Still to come: an opinion expected, accounts to be audited. */
const DOCUMENT_TO_COME_EN = /\b(?:will|is\s+expected|are\s+expected|expects?|is\s+due|are\s+due|to\s+be\s+(?:audited|issued|signed|approved|published)|awaits?|awaiting|pending|has\s+yet\s+to|have\s+yet\s+to)\b/i;
const NOT_OWN_EN = /\b(?:prior|previous|preceding|last\s+year['’]?s?|comparative|backlog|delayed|late|outstanding|restated)\b/i;

/**
 * 1—8月 after 今年 or 本年, 2026年1-8月: months of one year counted from its start, as the month they end in; not a
 * span with no year said (去年1—8月, 1—8月 alone may be any year's).
 */
function monthsCounted(d: DateMention, text: string, signedYear: number): Month | undefined {
  const end = d.end!;
  if (d.start.month !== 1 || end.month === undefined || end.day !== undefined || d.start.day !== undefined) return undefined;
  const year = d.start.year ?? (/(?:今年|本年)$/.test(text.slice(Math.max(0, d.offset - 2), d.offset)) ? signedYear : undefined);
  if (year === undefined || (end.year !== undefined && end.year !== year)) return undefined;
  // A span of a later year is planned (2029年1月至2月完成竣工验收 in a 可研 signed 2026年10月), and one with no figure
  // counted after it in its clause (整治时间为2027年1月至6月) counts nothing.
  if (year > signedYear) return undefined;
  const after = d.offset + d.length;
  if (!/\d/.test(text.slice(after, after + 40).split(/[。；;！？]/)[0])) return undefined;
  return { year, month: end.month };
}

/**
 * 2027年是“十五五”规划的开局之年, 2026年是“十四五”收官之年: a five-year plan's first or last year named wrongly — a year
 * changed in last year's draft and its words not, or the words changed and the year not. 十一五 is 2006—2010, so 十N五
 * starts in 2006 + 5 × (N − 11).
 */
const PLAN_PERIOD_YEAR = /((?:19|20)\d\d)年，?[^。；;，,！？]{0,16}?[“"]?十([一二三四五六七])五[”"]?[^。；;，,！？]{0,8}?(?:(开局|起步|开篇|開局|開篇)之年|(收官|收尾)之年)/g;

function planPeriodYears(context: RuleContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  if (!text.includes('五')) return;
  PLAN_PERIOD_YEAR.lastIndex = 0;
  for (const m of matchesOf(text, PLAN_PERIOD_YEAR)) {
    const year = Number(m[1]);
    const first = 2006 + 5 * '一二三四五六七'.indexOf(m[2]);
    const expected = m[3] ? first : first + 4;
    if (year === expected) continue;
    const which = m[3] ? `${m[3]}之年` : `${m[4]}之年`;
    context.report({
      message: 'planPeriod',
      data: { plan: `十${m[2]}五`, from: String(first), to: String(first + 4), year: String(year), which: context.localize({ zh: which, en: m[3] ? 'first year' : 'last year' }) },
      range: rangeIn(paragraph, m.index!, m.index! + m[1].length + 1),
    });
  }
}

/**
 * 围绕“十四五”规划收官目标 in the 2026 summary, 确保“十四五”收官之年各项任务圆满完成 in the 2026 plan: the last year of a
 * five-year plan that had ended before the report's own year (十四五 is 2021—2025). Only with no year of its own before it
 * (2025年是“十四五”收官之年 is planPeriodYears'), and not told as past (回顾, 圆满收官).
 */
const PLAN_PERIOD_LAST = /[“"]?十([一二三四五六七])五[”"]?(?:规划|規劃|时期|時期)?的?收官(?:之年|目标|目標|任务|任務|冲刺|衝刺|攻坚|攻堅|(?=[，,。；;、]))/g;
/** 围绕“十四五”规划收官，…: a bare 收官 still to come after these. */
const PLAN_PERIOD_AHEAD = /(?:围绕|圍繞|聚焦|确保|確保|推动|推動|冲刺|衝刺|决战|決戰|服务|服務|助力|全力)[^，,。；;]{0,6}$/;

function planPeriodOver(context: RuleContext, period: NonNullable<ReportTime['period']>, paragraph: Paragraph): void {
  const text = paragraph.text;
  if (!text.includes('收官')) return;
  PLAN_PERIOD_LAST.lastIndex = 0;
  for (const m of matchesOf(text, PLAN_PERIOD_LAST)) {
    const first = 2006 + 5 * '一二三四五六七'.indexOf(m[1]);
    if (period.year <= first + 4) continue;
    const lead = text.slice(Math.max(0, m.index! - 16), m.index!);
    const sentence = lead.split(/[。；！？]/).pop()!;
    if (/(?:19|20)\d\d\s*年/.test(sentence) || /回顾|回顧|总结|總結|小结|小結|此前|以往|过去|過去/.test(sentence)) continue;
    if (m[0].endsWith('收官') && !PLAN_PERIOD_AHEAD.test(lead)) continue;
    context.report({
      message: 'planPeriodOver',
      data: { plan: `十${m[1]}五`, from: String(first), to: String(first + 4), year: String(period.year) },
      range: rangeIn(paragraph, m.index!, m.index! + m[0].length),
    });
  }
}

/** "(October to December 2026)" in a title: the first month of the span, in the year its last one gives (or its own). */
const TITLE_MONTHS_EN = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:((?:19|20)\d\d)\s+)?(?:to|–|-|—)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/i;

function titleMonths(title: string): Month | undefined {
  const m = TITLE_MONTHS_EN.exec(title);
  if (!m) return undefined;
  const month = MONTHS_EN.indexOf(m[1].toLowerCase()) + 1;
  const endMonth = MONTHS_EN.indexOf(m[3].toLowerCase()) + 1;
  const year = m[2] ? Number(m[2]) : Number(m[4]) - (endMonth < month ? 1 : 0);
  return { year, month };
}

/** 2026年工作计划, 2026年度重点工作要点, 2026年…实施方案: a plan named by its year. */
const PLAN_DOCUMENT_ZH = /^度?[^，,。；;、《》“”]{0,8}?(?:工作计划|工作計劃|工作要点|工作要點|工作安排|实施方案|實施方案|工作方案)/;
/** 制定, 编制, 报送, 提交 before it: the plan is asked for. */
const ASK_FOR_PLAN_ZH = /(?:制定|制订|製訂|编制|編製|研究制定|报送|報送|上报|上報|提交|印发|印發)[^，,。；;]{0,10}$/;

/** A report made termly, quarterly or monthly. */
const PERIODIC = /\b(?:termly|half-termly|quarterly|monthly|each (?:term|quarter|month)|every (?:term|quarter|month))\b|每(?:个)?(?:季度|月|学期)|按季度|按月/i;

/** "Annual Report for the year ended 31 March 2026": the month the year ends in. */
const YEAR_ENDED_EN = /\byear\s+(?:ended|ending|to)\s+(?:\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 截至2026年6月底, 截止到2026年9月30日: the date the figures after it are counted to. */
const AS_OF_LEAD = /(?:截至|截止到|截止)\s*$/;
const TARGET_LEAD = /预测|預測|有望|目标|目標|规划|規劃|提出|要求|预期|預期|设想|設想/;

export default rule;

/** "we will", "the Committee will complete", "must be approved", "is expected to", "remains scheduled for completion by", "is on track to complete by": the future said before the date, in its sentence. */
const PROMISE_EN = new RegExp(String.raw`\b(?:will|shall|must|should(?!\s+(?:have|not\s+have)\b)|(?:is|are)\s+to\s+be|(?:needs?|has|have)\s+to|(?:is|are)\s+(?:going|due|expected|scheduled|planned)\s+to|${SET_FOR_EN}|plans\s+to|(?<!\b(?:its|their|our|his|her|the|an?|this|that|my|your|each|every)\s+(?:[A-Za-z-]+\s+){0,2})plan\s+to|intends?\s+to|aims?\s+to)\b`, 'i');
/** What reports a promise rather than makes one: said, agreed, promised, would… */
const REPORTED_EN = /\b(?:said|stated|(?<!\b(?:any|the|all|an?|its|their|these|those|our)\s+)agreed|promised|committed|undertook|would|was|were|had|last year|previous)\b|(?<!\b(?:is|are)\s)\b(?:planned|expected)\b/i;

/** "every quarter during", "throughout": the time a promise is to be kept in, and the word before it. */
const DURING_EN = /\b([A-Za-z]+)\s+(?:during|throughout)\s+(?:the\s+(?:whole\s+of\s+)?)?$/i;
/** The work begun during, the gains made throughout: a participle says the time of something done. */
const DONE_BEFORE_EN = /^(?:[a-z]+ed|begun|made|set|seen|done|won|built|held|taken|given|run|brought|bought|taught|kept|met|led|spent|shown|grown|known|written|found|lost|paid|sent|achieved|the|of|from|since|and|or)$/i;

/**
 * "during the 2019/20 financial statements audit", "throughout the 2025 annual accounts process": the year names the
 * thing the time is (the audit of that year's statements, held after it), not the time itself — unless the words after
 * it name a period (the 2025/26 financial year, the 2025 reporting period, the 2025–26 academic term).
 */
function namesEvent(text: string, mention: DateMention): boolean {
  const after = /^[ \t]+((?:[a-z][a-z-]*[ \t]*){1,4})/.exec(text.slice(mention.offset + mention.length));
  if (!after) return false;
  const words = after[1].trim().split(/[ \t]+/);
  const phrase: string[] = [];
  for (const w of words) {
    if (EN_FUNCTION_WORD.test(w)) break;
    phrase.push(w);
  }
  return phrase.length > 0 && !phrase.some((w) => EN_PERIOD_NOUN.test(w));
}
/** Words that end the noun phrase a year may open (the 2025 audit and…, the 2025 audit to…). */
const EN_FUNCTION_WORD = /^(?:and|or|but|to|as|so|when|while|with|for|in|on|at|by|from|until|we|it|is|are|was|were|will|which|that|where|if|of|the|a|an)$/;
/** Nouns of time: the 2025/26 financial year is the period itself. */
const EN_PERIOD_NOUN = /^(?:years?|period|periods|term|terms|season|quarters?|half|semester|cycle|window|months?|weeks?|session|sessions)$/;

/** A deadline promised in the future tense, in a sentence that reports no earlier promise. */
function promisedBy(mention: DateMention): boolean {
  // "The upgrade, which will let passengers change bookings, went live on 16 March 2026": a relative clause's will
  // is not the sentence's.
  const lead = withoutCausalDue(sentenceLead(mention)).replace(/,\s*(?:which|who|whom|whose|where)\b[^,;]*,/gi, ',');
  // "Partners have agreed a joint protocol, which will be audited in 2025": a relative clause that runs on to the date
  // promises by itself; the main clause's verb (agreed, said) reports nothing of it.
  const relative = RELATIVE_PROMISE_EN.exec(lead);
  if (relative) return !REPORTED_EN.test(relative[1]);
  if (frontedPromise(mention, lead)) return true;
  return (PROMISE_EN.test(lead) || (RESOLUTION_EN.test(lead) && !notesPast(lead))) && !REPORTED_EN.test(lead);
}

/**
 * "That the Committee notes the fare increase on 5 April 2026", "welcomes the opening of the interchange on 14 June
 * 2026", "considers the impact of the timetable change on 1 September 2026": a resolution that takes note of a thing
 * dates the thing, not a promise. Not one whose object is still to come (notes the proposed increase, the new fares
 * to take effect from…), nor receiving or considering a report, or at a meeting (receives a further report at its
 * meeting on…): that is the resolution's own promise.
 */
function notesPast(lead: string): boolean {
  const resolution = RESOLUTION_EN.exec(lead);
  if (!resolution) return false;
  const verb = /[a-z]+$/.exec(resolution[0])![0];
  const object = lead.slice(resolution[0].length);
  if (STILL_TO_COME_EN.test(object)) return false;
  if (NOTING_VERB_EN.test(verb)) return true;
  return WEIGHING_VERB_EN.test(verb) && /^\s*the\b/i.test(object) && !REPORT_TO_COME_EN.test(object);
}
const NOTING_VERB_EN = /^(?:notes|welcomes|acknowledges|records|commends|congratulates|thanks|recognises|recognizes|celebrates)$/;
const WEIGHING_VERB_EN = /^(?:considers|receives)$/;
const STILL_TO_COME_EN = /\b(?:proposed|planned|scheduled|forthcoming|upcoming|intended|expected|anticipated|next|due|future|further|meeting|to\s+(?:be|take|come|start|begin|commence|open|close|launch|go|rise|increase|fall|apply|run|end|change|move|replace)\b)\b/i;
const REPORT_TO_COME_EN = /\b(?:reports?|updates?|briefing|presentation|paper|session)\b/i;

/**
 * "By the end of 2025 the Council will have replaced all pool cars", "By March 2025, all depots will be fitted…": the
 * deadline opens the sentence (after its number) and the promise follows it in the same clause. Not "the 2023 plan said
 * that by 2025 the Council would…" (words before by), "By the end of 2025 the Council had replaced…", "… could have…",
 * nor "By the end of 2025, 40 charge points were in use, and more will follow in 2027" (will in a later clause).
 */
function frontedPromise(mention: DateMention, lead: string): boolean {
  const q = mention.qualifier;
  if (!q?.by || q.start === undefined || !FRONTED_BY_LEAD_EN.test(mention.paragraph.text.slice(mention.offset - lead.length, q.start))) return false;
  const text = mention.paragraph.text;
  let to = mention.offset + mention.length;
  const ceiling = Math.min(text.length, to + 200);
  while (to < ceiling && !/[;:]/.test(text[to]) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' ')) && !(text[to] === ',' && /^,\s+(?:and|but|or|while|which|who)\b/.test(text.slice(to, to + 8)))) to++;
  const clause = text.slice(mention.offset + mention.length, to);
  return FRONTED_PROMISE_EN.test(clause) && !REPORTED_EN.test(clause);
}
/** The subject (a few words) then will/shall: "the Council will have", ", all council depots will be". */
const FRONTED_PROMISE_EN = /^\s*,?\s*(?:[A-Za-z0-9'’,-]+\s+){1,5}?(?:will|shall)\s+(?!not\b)/i;

/**
 * "That the Committee receives a report … at its meeting in March 2026": a resolution put to the meeting asks for what
 * is still to come, as "will" does.
 */
const RESOLUTION_EN = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+)?That\s+(?:the|this|all|each|a|an)\s+(?:[A-Z][A-Za-z'’-]*\s+){0,5}[a-z]+s\b/;

const RELATIVE_PROMISE_EN = /,\s*(?:which|who)\s+((?:will|shall|(?:is|are)\s+(?:to|due\s+to|scheduled\s+to))\b[^,;]*)$/i;

/** The sentence before a date, up to 200 characters back. */
function sentenceLead(mention: DateMention): string {
  const text = mention.paragraph.text;
  let from = mention.offset;
  while (from > 0 && mention.offset - from < 200 && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  return text.slice(from, mention.offset);
}

/** An item set as a target, with no promise (will, would) in its sentence to be reported: "Recruit 40 volunteers by December 2026." */
function setAsTarget(mention: DateMention): boolean {
  const lead = sentenceLead(mention);
  return !PROMISE_EN.test(lead) && !REPORTED_EN.test(lead);
}

/**
 * "The Committee will receive the annual opinion on 14 March 2024", "will be presented to Cabinet on 9 July 2024": an
 * event on a day, promised in its sentence, as a month; also in a month ("will meet in March 2024") or a season ("in
 * spring 2024", as its last month), not a time compared with ("with those in March 2024"). Not "the accounts approved on 9 July 2024" after the promise
 * (a participle, not after be, dates a thing done), nor a promise reported (said it would … on).
 */
function eventOn(mention: DateMention): (Month & { from?: number }) | undefined {
  const { year, month, day } = mention.start;
  if (mention.language !== 'en' || mention.qualifier || mention.end || year === undefined) return undefined;
  const text = mention.paragraph.text;
  const near = text.slice(Math.max(0, mention.offset - 24), mention.offset);
  // On a day; in a month (will meet in March 2024); in a season (will publish the strategy in spring 2024), as its last month.
  let at: (Month & { from?: number }) | undefined;
  // A change that takes effect from a day (the new fares to take effect from 5 April 2026) the same as an event on it.
  if (month !== undefined && day !== undefined) at = /\bon\s+$|\b(?:take|takes|taking)\s+effect\s+(?:from|on)\s+$|\b(?:come|comes|coming)\s+into\s+(?:effect|force)\s+(?:from|on)\s+$/i.test(near) ? { year, month } : undefined;
  else if (month !== undefined) at = /\bin\s+$/i.test(near) ? { year, month } : undefined;
  else {
    const season = SEASON_EN.exec(near);
    if (season) at = { ...SEASON_END[season[1].toLowerCase()](year), from: mention.offset - near.length + season.index + season[0].indexOf(season[1]) };
    // In a year alone (will open the depot in 2024), as its December: not "as in 2024", nor a year that names a
    // thing after it ("in 2024 prices").
    else if (/(?<!\b(?:as|like)\s+)\bin\s+$/i.test(near) && !namesEvent(text, mention)) at = { year, month: 12 };
  }
  if (!at || isQuoted(mention) || !promisedBy(mention)) return undefined;
  // A row of an action tracker (Target date, Status): an overdue action is its business, not a stale draft's.
  if (mention.paragraph.tableHeader?.some((cell) => ACTION_TABLE_EN.test(cell))) return undefined;
  let from = mention.offset;
  while (from > 0 && mention.offset - from < 200 && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  const lead = withoutCausalDue(text.slice(from, mention.offset));
  // "will increase the deficit from £15.5 million on 1 April 2025 to £21.7 million on 31 March 2026": the day dates the
  // level a change starts from, not an event to come (not "will move from the Town Hall on 1 April 2025 to …").
  if (LEVEL_FROM_EN.test(lead) && LEVEL_TO_EN.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 40))) return undefined;
  let after = 0;
  let promise = '';
  for (const m of matchesOf(lead, PROMISE_ALL_EN)) (after = m.index + m[0].length), (promise = m[0]);
  // That the Committee receives …: the resolution's verb is its promise.
  const resolution = promise === '' ? RESOLUTION_EN.exec(lead) : null;
  if (resolution) after = resolution[0].length;
  const between = lead.slice(after);
  // "will retender the site following the contractor entering administration in January 2026": the date is the cause's.
  if (datesCause(between)) return undefined;
  // A year alone: "This is due to sponsorship revenue in 2019" gives a cause, not a date the thing is due on.
  // "will receive a briefing on the overview of local authority audits in 2007": after a preposition the year may say
  // which things the object is about, not when the promise is kept.
  if (month === undefined && at.from === undefined && (/\bdue\s+to$/i.test(promise) || /\b(?:of|on|about|into|for|from|at|among|between)\b/i.test(between))) return undefined;
  // "the baseline set on 1 April 2024": an irregular participle past the promise's own verb (will set the budget on …).
  // "will be brought to the Board in March 2026": after be, the participle is the thing to come (be kept for the lookbehind).
  const words = /^\s*be\s/i.test(between) ? between.trim() : between.trim().split(/\s+/).slice(1).join(' ');
  // "will compare the results with those in March 2024", "payments in May 2020 vs May 2019": a time compared with.
  // A month or a season in the promise's own clause: not after a comma or a which (…is due to sponsorship, which is
  // offset by payments in May 2020: "due to" gives a cause there).
  if (day === undefined && (COMPARED_EN.test(between) || /[,;:()]|\b(?:which|that|who|whose|where|when)\b/i.test(between) || /^\s*(?:vs\.?|versus)\b/i.test(text.slice(mention.offset + mention.length)))) return undefined;
  // "is to be reviewed in March 2024": the promise itself ends in be, so the participle after it is the thing to come.
  const participle = /\bbe$/i.test(promise) ? `be${between}` : between;
  return DATED_THING_EN.test(participle) || IRREGULAR_DONE_EN.test(words) ? undefined : at;
}
/** A level a change starts from, dated: "from £15.5 million on ", "from 4.8% on ", "from 42 FTE on ". */
const LEVEL_FROM_EN = /\bfrom\s+(?:[£$€]\s?)?\d[\d,.]*(?:\s*%|\s*(?:per\s*cent|million|billion|thousand|bn|m|k)\b)?(?:\s+[A-Za-z][\w-]*){0,3}\s+on\s+$/i;
/** The level it goes to after that date: " to £21.7 million", ", to 1,410". */
const LEVEL_TO_EN = /^\s*,?\s*to\s+(?:[£$€]\s?)?\d/i;
/**
 * "Action 3: Revise the Faculty guidance. Owner: Dr Pembroke. Due: November 2025." in the minutes of 11 March 2026: an
 * action's due date, set by the meeting, before the meeting itself — last year's minutes' date. Only right after a
 * label (Due:, Deadline:, Target date:, an action's "Due by …") and with a month; not an action said to be done, overdue or carried forward
 * (Status: Complete, Overdue, Update: …), nor one under Matters arising or the previous meeting's actions, nor a row of
 * an action tracker (an overdue action is its business, not a stale draft's).
 */
function dueLabel(mention: DateMention): Month | undefined {
  const { year, month } = mention.start;
  if (mention.language !== 'en' || mention.end || year === undefined || month === undefined || isQuoted(mention)) return undefined;
  const text = mention.paragraph.text;
  if (!DUE_LABEL_EN.test(text.slice(Math.max(0, mention.offset - 40), mention.offset)) || mention.paragraph.tableHeader) return undefined;
  if (ACTION_STATUS_EN.test(text)) return undefined;
  for (let s = mention.paragraph.section; s; s = s.parent) if (ACTIONS_REVIEWED_EN.test(s.title)) return undefined;
  return { year, month };
}
// Due: November 2025 · Target date: April 2026 · an action's fragment "Due by November 2025.", "Due for completion by
// December 2025.", "Due to be completed by November 2025." (not "The survey was due by November 2025", a sentence telling of it).
const DUE_LABEL_EN = /(?:\b(?:due(?:\s+date)?|deadline|target\s+date|completion\s+date|timescale)\s*[:：]\s*(?:by\s+)?|(?:^|[.;]\s+|[(]\s*)(?:due|deadline)(?:\s+for\s+(?:completion|delivery)|\s+to\s+be\s+[a-z]+ed)?\s+by\s+)(?:(?:the\s+)?end\s+(?:of\s+)?)?$/i;
/** An action told of, not set: done, overdue, carried forward, with a status or an update. */
// Not the action's own words: "Due to be completed by …", "Update the risk register".
const ACTION_STATUS_EN = /\b(?:status|(?<!\bto\s+be\s+)completed|complete(?=\s*(?:[.;)]|$))|done|closed|overdue|outstanding|ongoing|in\s+progress|carried\s+(?:forward|over)|brought\s+forward|updated|update(?=\s*[:：–—-])|progress|delayed|deferred|slipped|extended|was\s+due|originally|previously|RAG)\b/i;
/** Headings of actions reviewed rather than set: Matters arising, Actions from the previous meeting, Action log. */
const ACTIONS_REVIEWED_EN = /\b(?:matters\s+arising|previous|last\s+meeting|action\s+(?:log|tracker|list)|outstanding|progress|review\s+of\s+actions)\b/i;
/**
 * Under a plan heading (or in a plan), 计划在2025年完成…, 拟于2025年启动…: when a thing is to happen, a year (or a
 * month, 2025年底) without a deadline word (前) — as its last month. Not a plan quoted as given up or put off
 * (原计划在2025年完成，因…推迟至2027年), done (已, 了), nor a thing it describes (计划于2025年启动的项目).
 */
/**
 * 2026年清明节前, 2026年春节前, 2026年国庆节前: a year alone and a festival before 前, read as a deadline in the festival's
 * month — its latest where it moves with the lunar calendar (春节 by February, 端午 by June, 中秋 by October).
 */
const FESTIVAL_BY_ZH = /^(?:(元旦)|(春节|春節)|(清明节?|清明節)|([“"]?五一[”"]?|劳动节|勞動節)|(端午节?|端午節)|(中秋节?|中秋節)|(国庆节?|國慶節?)|(重阳节?|重陽節?))(?:假期)?(?:之|以)?前(?![后後])/;
const FESTIVAL_MONTH = [1, 2, 4, 5, 6, 10, 10, 10];

function festivalDeadline(mention: DateMention): DateMention | undefined {
  if (mention.language !== 'zh' || mention.qualifier || mention.end || mention.start.year === undefined || mention.start.month !== undefined) return undefined;
  const at = mention.offset + mention.length;
  const m = FESTIVAL_BY_ZH.exec(mention.paragraph.text.slice(at, at + 10));
  if (!m) return undefined;
  const month = FESTIVAL_MONTH[m.slice(1).findIndex((g) => g !== undefined)];
  return { ...mention, start: { ...mention.start, month }, qualifier: { end: at + m[0].length, by: true } };
}

function plannedIn(mention: DateMention): Month | undefined {
  const { year, month } = mention.start;
  const q = mention.qualifier;
  if (mention.language !== 'zh' || mention.end || year === undefined || q?.by || q?.since || isQuoted(mention)) return undefined;
  const text = mention.paragraph.text;
  const lead = PLANNED_IN_ZH.exec(text.slice(Math.max(0, mention.offset - 12), mention.offset));
  if (!lead) return undefined;
  let from = mention.offset;
  while (from > 0 && mention.offset - from < 120 && !/[。！？!?；;]/.test(text[from - 1])) from--;
  let to = mention.offset + mention.length;
  while (to < text.length && to - mention.offset < 120 && !/[。！？!?；;]/.test(text[to])) to++;
  const after = text.slice(q?.end ?? mention.offset + mention.length, to);
  if (PLAN_GIVEN_UP_ZH.test(lead[1]) || PAST_ZH.test(lead[0]) || PLAN_PUT_OFF_ZH.test(text.slice(from, to))) return undefined;
  if (/^\s*\p{sc=Han}{1,6}的/u.test(after) || PAST_AFTER_ZH.test(after)) return undefined;
  const part = q?.part;
  const end = month ?? (part === 'start' ? 3 : part === 'middle' || part === 'H1' || part === 'Q2' ? 6 : part === 'Q1' ? 3 : part === 'Q3' ? 9 : 12);
  return { year, month: end };
}
/**
 * The first sentence under a heading says the year ahead is what it is about: "Our priorities for next year were agreed…",
 * "Over the coming year we will…" — not one that reviews ("progress against last year's priorities for next year").
 */
function looksAhead(text: string): boolean {
  const first = /^[^.!?]{0,240}/.exec(text)![0];
  return LOOKS_AHEAD_EN.test(first) && !REVIEWS_EN.test(first);
}
const LOOKS_AHEAD_EN = /\b(?:next|coming|following)\s+(?:financial\s+|academic\s+)?year\b|\byear\s+ahead\b/i;
const REVIEWS_EN = /\b(?:progress|achieved|achievement|performed|performance|against|last\s+year|previous|reviews?|reviewed|looks?\s+back)\b/i;

/**
 * In a plan (or under a plan heading), 到2024年底，完成全部问题厕所整改: 到 opening the sentence with a year, its end or
 * a month, and straight after the comma the work to be done (完成, 建成, 实现…) with no subject — a deadline as 前 sets
 * one. Not 到2024年底，全县累计建成… nor 到2024年底，已完成… (a state dated), nor 到2024年，全县共有… (no work to do).
 */
function openingToZh(mention: DateMention): Month | undefined {
  const { year, month } = mention.start;
  const q = mention.qualifier;
  if (mention.language !== 'zh' || mention.end || year === undefined || isQuoted(mention)) return undefined;
  if (q && (q.by || q.since || (q.part !== undefined && q.part !== 'end'))) return undefined;
  const text = mention.paragraph.text;
  if (!OPENING_TO_ZH.test(text.slice(Math.max(0, mention.offset - 3), mention.offset))) return undefined;
  const at = q?.end ?? mention.offset + mention.length;
  const clause = /^[，,]\s*([^。；;，,！？!?]*)/.exec(text.slice(at, at + 80));
  if (!clause || !TO_DO_ZH.test(clause[1]) || PAST_AFTER_ZH.test(clause[1]) || /已|了|累计|累計/.test(clause[1])) return undefined;
  return { year, month: month ?? 12 };
}
/**
 * 到2025年底将完成全部危桥改造, 到2025年底，全县将实现… in a report written in 2026: 到 opening the sentence with a year
 * (its end, a month), then the future (将, 要) and the work to do, in a plan or not — a promise for a time already past.
 * Not 到2025年底已完成… nor a sentence that says it was met or put off (…，该目标已于2025年实现; 推迟至2027年), nor a
 * multi-year plan's target told (按照“十四五”规划，到2025年底将建成…).
 */
function futureToZh(mention: DateMention): Month | undefined {
  const { year, month } = mention.start;
  const q = mention.qualifier;
  if (mention.language !== 'zh' || mention.end || year === undefined || isQuoted(mention)) return undefined;
  if (q && (q.since || (q.part !== undefined && q.part !== 'end'))) return undefined;
  const text = mention.paragraph.text;
  // 到2025年底, 到2025年6月底前, or a deadline with 前 opening the sentence: 2025年底前将完成….
  const lead = text.slice(Math.max(0, mention.offset - 3), mention.offset);
  if (!OPENING_TO_ZH.test(lead) && !(q?.by && /(?:^|[。；;！？!?：:\n])\s*$/.test(lead))) return undefined;
  const sentenceStart = Math.max(text.lastIndexOf('。', mention.offset - 1), text.lastIndexOf('；', mention.offset - 1), text.lastIndexOf(';', mention.offset - 1)) + 1;
  if (MULTI_YEAR_PLAN_ZH.test(text.slice(sentenceStart, mention.offset))) return undefined;
  const at = q?.end ?? mention.offset + mention.length;
  const end = text.slice(at).search(/[。；;！？!?]/);
  const rest = text.slice(at, end < 0 ? text.length : at + end);
  const todo = FUTURE_TO_DO_ZH.exec(rest);
  // 2025年底前将完成的项目: the date describes the projects.
  if (!todo || /^[^，,。；;]{0,3}?的/.test(rest.slice(todo[0].length)) || NOT_OUTSTANDING_AFTER_ZH.test(rest) || PLAN_PUT_OFF_ZH.test(rest) || /累计|累計|实际|實際/.test(rest)) return undefined;
  return { year, month: month ?? 12 };
}
/** After 到2025年底: straight on or after a comma and a short subject, 将 or 要 then the work (将完成, 全县将实现). */
const FUTURE_TO_DO_ZH = /^(?:[，,]\s*[^，,。；;！？!?]{0,10}?)?(?:将|將|要)(?:全面|全部|基本|如期|按期|按时|按時|确保|確保|力争|力爭)?(?:完成|建成|实现|實現|投入使用|竣工|投产|投產|通车|通車|达标|達標|交付|消除|清零|达到|達到)/;
const OPENING_TO_ZH = /(?:^|[。；;！？!?：:\n])\s*(?:到|至)$/;
const TO_DO_ZH = /^(?:全面|全部|基本|如期|按期|按时|按時|确保|確保|力争|力爭)?(?:完成|建成|实现|實現|投入使用|竣工|投产|投產|通车|通車|达标|達標|交付|消除|清零)/;

/** 计划在, 拟于, 将于, 预计在…: a time set for what is to happen; what comes before it (原计划, 曾计划) says whose. */
const PLANNED_IN_ZH = /([\p{sc=Han}]{0,3}?)(?:计划|計劃|拟|擬|将|將|预计|預計|力争|力爭|争取|爭取|确保|確保|准备|準備|打算)(?:在|于|於)\s*$/u;
/** 原计划, 曾计划, 按计划, 本应: a plan reported, not made. */
const PLAN_GIVEN_UP_ZH = /原|曾|按|本来|本來|本应|本應|根据|根據|依据|依據/;
const PLAN_PUT_OFF_ZH = /推迟|推遲|延期|延至|延后|延後|顺延|順延|调整为|調整為|改为|改為|改在|改于|改於|未能|未按|滞后|滯後/;

/** in spring 2024, in the autumn of 2024, in early summer 2024: a season before a year. */
const SEASON_EN = /\bin\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?$/i;
/** The last month of a season (northern): winter 2024 may run into February 2025. */
const SEASON_END: Record<string, (year: number) => Month> = {
  spring: (year) => ({ year, month: 5 }),
  summer: (year) => ({ year, month: 8 }),
  autumn: (year) => ({ year, month: 11 }),
  fall: (year) => ({ year, month: 11 }),
  winter: (year) => ({ year: year + 1, month: 2 }),
};
const COMPARED_EN = /\b(?:with|than|against|compared|since|from|those|that\s+of)\b/i;
const PROMISE_ALL_EN = new RegExp(PROMISE_EN.source, 'gi');
/** After the promise, a participle not after be: the accounts approved on … (not an adjective after the: the agreed actions). */
const DATED_THING_EN = /(?<!\b(?:be|been)\s+(?:[A-Za-z]+\s+(?:and|or)\s+)?)(?<!\b(?:any|the|all|an?|its|their|these|those|our)\s+)\b(?!(?:need|proceed|exceed|succeed|feed|speed|embed)\b)[A-Za-z]{2,}ed\b/i;
const IRREGULAR_DONE_EN = /(?<!\b(?:be|been)\s+(?:[A-Za-z]+\s+(?:and|or)\s+)?)(?<!\b(?:any|the|all|an?|its|their|these|those|our)\s+)\b(?:set|held|made|taken|given|begun|done|seen|written|sent|paid|won|built|met|shown|known|found|laid|brought|bought|taught|kept|led|spent|grown|lost|agreed|born|sold|chosen)\b/i;
const ACTION_TABLE_EN = /\b(?:target|due|deadline|status|progress|overdue)\b/i;

/**
 * Outside a plan section, 剩余3个正在制定盘活方案，计划于2025年12月底前全部盘活 in a report dated 2026: work still to do,
 * promised by a date already past. Only with the promise (计划于, 确保, 力争, 承诺, 拟) straight before the date in its
 * clause, nothing done or put off in the sentence after it (目前已整改到位, 因…推迟至…), and no 原, 曾 or other year
 * before it in the sentence (原计划于2025年底前完成的…; 2025年，县教育局计划于2025年底前… tells of that year's plan).
 */
function outstandingZh(mention: DateMention): Month | undefined {
  const q = mention.qualifier;
  const point = mention.end ?? mention.start;
  if (!q?.by || point.year === undefined || isQuoted(mention)) return undefined;
  const text = mention.paragraph.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', mention.offset - 1), text.lastIndexOf('；', mention.offset - 1), text.lastIndexOf(';', mention.offset - 1)) + 1;
  const lead = text.slice(sentenceStart, mention.offset);
  const clause = lead.split(/[，,：:]/).pop()!;
  if (!OUTSTANDING_LEAD_ZH.test(clause) || NOT_OUTSTANDING_LEAD_ZH.test(lead) || /(?:19|20)\d\d\s*年|[一二三四五六七八九十]+月/.test(lead)) return undefined;
  const end = text.slice(q.end).search(/[。；;！？!?]/);
  const rest = text.slice(q.end, end < 0 ? text.length : q.end + end);
  if (NOT_OUTSTANDING_AFTER_ZH.test(rest) || /^\s*\p{sc=Han}{1,4}的/u.test(rest)) return undefined;
  const month = point.month ?? (q.part === 'H1' ? 6 : q.part === 'Q1' ? 3 : q.part === 'Q2' ? 6 : q.part === 'Q3' ? 9 : 12);
  return { year: point.year, month };
}
const OUTSTANDING_LEAD_ZH = /(?:计划|計劃|确保|確保|力争|力爭|争取|爭取|承诺|承諾|拟|擬)(?:在|于|於|到)?\s*$/;
const NOT_OUTSTANDING_LEAD_ZH = /原|曾|当时|當時|本应|本應|按规定|按規定/;
const NOT_OUTSTANDING_AFTER_ZH = /已|了|曾|推迟|推遲|延期|延迟|延遲|逾期|未能|滞后|滯後|调整为|調整為/;

/**
 * Outside a plan section, 主体结构已封顶，完成投资0.8亿元，计划2025年底投入使用 in the summary of the first half of 2026:
 * when a thing is still to happen, a year (its end, a month) set straight after 计划, 拟, 确保, 力争 with no 前 — as its
 * last month. Not a plan reported (原计划2025年底投入使用，因…推迟至…), one that tells of an earlier year (2025年，…计划…),
 * a multi-year plan's target (按照三年行动计划，计划2025年底前后分批交付; 计划到2025年…), done, put off or told as it
 * turned out after it (目前已全部交付, 实际于2026年3月投入使用), nor a thing it describes (计划2025年底投入使用的目标已经实现).
 */
function plannedOutsideZh(mention: DateMention): Month | undefined {
  const q = mention.qualifier;
  const { year, month } = mention.start;
  if (mention.language !== 'zh' || mention.end || year === undefined || q?.by || q?.since || isQuoted(mention)) return undefined;
  const text = mention.paragraph.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', mention.offset - 1), text.lastIndexOf('；', mention.offset - 1), text.lastIndexOf(';', mention.offset - 1)) + 1;
  const lead = text.slice(sentenceStart, mention.offset);
  const clause = lead.split(/[，,：:]/).pop()!;
  const said = PLANNED_OUTSIDE_LEAD_ZH.exec(clause);
  if (!said || PLAN_GIVEN_UP_ZH.test(said[1]) || NOT_OUTSTANDING_LEAD_ZH.test(lead) || MULTI_YEAR_PLAN_ZH.test(lead) || /(?:19|20)\d\d\s*年|[一二三四五六七八九十]+月/.test(lead)) return undefined;
  const end = text.slice(q?.end ?? mention.offset + mention.length).search(/[。；;！？!?]/);
  const restFrom = q?.end ?? mention.offset + mention.length;
  const rest = text.slice(restFrom, end < 0 ? text.length : restFrom + end);
  // 计划2025年底投入使用，实际于2026年3月投入使用: what happened is told after it.
  if (NOT_OUTSTANDING_AFTER_ZH.test(rest) || PLAN_PUT_OFF_ZH.test(rest) || /实际|實際|实为|實為/.test(rest) || /^\s*\p{sc=Han}{1,6}的/u.test(rest) || /^[^，,]{0,24}?的(?:目标|目標|计划|計劃|要求|承诺|承諾|任务|任務)/.test(rest)) return undefined;
  const part = q?.part;
  return { year, month: month ?? (part === 'start' || part === 'Q1' ? 3 : part === 'middle' || part === 'H1' || part === 'Q2' ? 6 : part === 'Q3' ? 9 : 12) };
}
/** 计划2025年底, 拟于2025年: the plan words straight before the date (not 到: 计划到2025年 is a target's horizon); what comes before them (原计划) says whose. */
const PLANNED_OUTSIDE_LEAD_ZH = /([\p{sc=Han}]{0,3}?)(?:计划|計劃|拟|擬|确保|確保|力争|力爭|争取|爭取)(?:在|于|於)?\s*$/u;
/** 规划, 行动计划, 十四五, 2023—2025年: a plan for several years, whose targets a summary measures itself against. */
const MULTI_YEAR_PLAN_ZH = /规划|規劃|行动计划|行動計劃|行动方案|行動方案|十[三四五]五|(?:19|20)\d\d\s*[—–-]\s*(?:19|20)\d\d/;

/** Whether `section` is `outer` or lies under it. */
function isWithin(section: Section | undefined, outer: Section | undefined): boolean {
  for (let s = section; s && outer; s = s.parent) if (s === outer) return true;
  return false;
}
/** Progress against our 2025/26 priorities, Delivery of our 2025 objectives, How we did against our targets for 2025. */
const REVIEWED_PLAN_EN = /\b(?:progress\s+(?:against|on|with|towards|in)|performance\s+against|delivery\s+(?:of|against)|review\s+of|how\s+we\s+(?:did|performed)|what\s+we\s+achieved|achievements?\s+against|update\s+on|results?\s+against)\b[^.!?]{0,40}\b(?:priorit(?:y|ies)|objectives?|goals?|targets?|plans?|aims?|commitments?)\b|\b(?:priorit(?:y|ies)|objectives?|goals?|targets?|plans?|aims?|commitments?)\b[^.!?]{0,30}\b(?:progress|achieved|delivered|reviewed|performance|how\s+we\s+did)\b/i;
/**
 * A list item that sets a target: "- Cut average handover time to under 30 minutes.", "1. Launch a new framework",
 * "We will extend…" — a verb then its object (the, a, our…), not a noun phrase that reports ("Average handover time fell…").
 */
const TARGET_ITEM_EN = /^\s*(?:[-*+•]\s+|\(?(?:\d{1,2}|[a-z])[.)]\s+)?(?:(?!(?:The|A|An|Our|All|This|These|Those|Each|Every|Its|Their|Average|Most|More|Some|No)\b)[A-Z][a-z]+(?<!ed|ing)\s+(?:the|a|an|our|all|every|each|more|new|average|further|at\s+least|\d)\b|We\s+will\b|To\s+[a-z]+\s)/;
/** What says a target was met or a thing done: was, were, achieved, met, -ed verbs of the past. */
const DONE_EN = /\b(?:was|were|had|did|achieved|met|completed|delivered|exceeded|reached|fell|rose|grew|opened|launched|reduced|improved|introduced|trained|set)\b/i;

/** Looking ahead, Next steps, Outlook: a section whose plans are the ones under it. */
function forwardSection(section: Section | undefined): boolean {
  return section !== undefined && isForward(section.title ?? '');
}

/** 2026年2月29日, 6月31日: a day the month does not have is date-validity's finding, not a second one here. */
function impossible(mention: DateMention): boolean {
  const { year, month, day } = mention.start;
  return month !== undefined && day !== undefined && (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year));
}

/** 我将…, 我们要…, 力争…: what a plan says in its first sentence. */
/** Beside the deadline words (FUTURE_ZH): 我将…, 我们要…, 打算 say a plan too. */
// Not 要 inside a word that says no future: 要求 (工作要求落地见效 in 2026年，县委办…坚持以推动…工作要求落地见效为主线), 主要,
// 重要, 需要, 要点, 纪要; nor 将 in 将近, 将士.
const PLAN_OPENING = /将(?!近|士|军|軍|领|領)|將(?!近|士|军|軍|领|領)|(?<![主重需必只纪紀摘提简簡概首紧緊扼])要(?!求|素|点|點|件|害|闻|聞|员|員|案|务|務|道|职|職|冲|衝|领|領|旨|义|義|闻)|打算/;
/** 2025年的目标是, 2025年的主要任务为, 2025年重点抓好, 2025年要着力做好: a year's plan named straight after its year. */
const YEAR_PLAN_NAMED_ZH = /^(?:的)?(?:工作|发展|發展|主要|总体|總體|奋斗|奮鬥)?(?:目标任务|目標任務|目标|目標|任务|任務)(?:是|为|為)|^(?:要|将|將)?(?:重点|重點|着力|著力|全力|集中精力)(?:抓好|做好|推进|推進|抓|做)/;
/** In 2024 / During 2024 at the start of an English paragraph. */
// After the paragraph's own number: "6.1 In 2025/26 the Committee will…"; or a list item's bullet: "- In 2025-26 we will…".
const PLAN_OPENING_EN_LEAD = /^\s*(?:[-*+•]\s+)?(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+)?(?:in|during|throughout|over)\s+$/i;
/** "Our environmental priorities for 2025 are…", "The plans for 2024 include…", "Our targets for 2025 are to…": the year named by the plan itself. */
const PLAN_NOUN_EN_LEAD = /^\s*(?:[-*+•]\s+)?(?:our|the|this\s+year['’]s)\s+(?:[A-Za-z-]+\s+){0,2}(?:priorities|plans|goals|objectives|aims|targets|ambitions|commitments|milestones)\s+for\s+(?:the\s+(?:rest|remainder)\s+of\s+)?$/i;
const PLAN_NOUN_EN = /^\s+(?:are|will|include|includes|is)\b(?!\s+(?:set\s+out|shown|listed|given|summari[sz]ed|described|reported|compared|included|in\s+(?:table|annex|appendix)|below|above|as\s+follows\s+(?:with|against)))/i;
/**
 * "The draft internal audit plan for 2025/26 will be brought to the Committee's March meeting for approval": a plan for
 * the year still to be drawn up or approved — in the report on that year, last year's words. Only with a verb of making
 * or approving it (not "The audit plan for 2025/26 will be completed by June": the year's plan finishing late).
 */
const PLAN_DOC_EN_LEAD = /^\s*(?:[-*+•]\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?(?:our|the)\s+(?:[A-Za-z-]+\s+){0,3}(?:plan|programme|strategy)\s+for\s+$/i;
const PLAN_DOC_EN = /^\s+(?:will|is\s+to|are\s+to)\s+be\s+(?:brought|presented|submitted|taken|put)\s+(?:to|before)\b|^\s+(?:will|is\s+to)\s+be\s+(?:drawn\s+up|drafted|prepared|developed)\b|^\s+is\s+being\s+(?:drawn\s+up|drafted|prepared|developed)\b/i;
/** "Our 2025 targets are to…": the year before the plan's noun. */
const PLAN_NOUN_YEAR_EN_LEAD = /^\s*(?:[-*+•]\s+)?(?:our|the)\s+(?:[A-Za-z-]+\s+)?$/i;
const PLAN_NOUN_AFTER_YEAR_EN = /^\s+(?:[A-Za-z-]+\s+)?(?:priorities|plans|goals|objectives|aims|targets|ambitions|commitments|milestones)\s+(?:are|will|include|includes)\b/i;
/**
 * "Over the coming year (2025/26) we aim…", "In the year ahead (2025/26), we will…": the year ahead glossed with its
 * year in brackets at the start of a paragraph; 明年（2026年），我们将…, 新的一年（2026年），街道将… the same.
 */
const PLAN_GLOSS_EN_LEAD = /^\s*(?:[-*+•]\s+)?(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+)?(?:(?:in|during|throughout|over|for)\s+)?(?:the\s+)?(?:(?:coming|next|following)\s+(?:(?:financial|academic|school)\s+)?(?:year|twelve\s+months|12\s+months)|(?:(?:financial|academic)\s+)?year\s+ahead)\s*\(\s*$/i;
const PLAN_GLOSS_ZH_LEAD = /^\s*(?:明年|来年|來年|新的一年|下一年度?)\s*[（(]\s*$/;
/** …we will, the Trust aims to: a subject and the future at once (not In 2024, we set out a plan that will…). */
const PLAN_OPENING_EN = /^\s*,?\s*(?:we|I|the\s+[A-Za-z]+|our\s+[A-Za-z]+)\s+(?:will|shall|aims?\s+to|plans?\s+to|intends?\s+to|are\s+going\s+to|is\s+going\s+to)\b/i;
const LONG_NUMBER = /\d{5,}/g;
/** Figures with the year in them that make a find-and-replace certain. */
const REPLACED_MIN = 2;

/** 一、2025年工作完成情况, 2025年主要工作回顾: a section summing up a year's work. */
const OWN_WORK_HEADING_ZH = /完成情况|完成情況|工作情况|工作情況|工作回顾|工作回顧|主要成效|主要成绩|主要成績|工作成效|工作开展情况|工作開展情況/;
/** （一）粮食生产。2024年全年，… : a year's 全年 opening an item, after its number and a short lead sentence. */
const WHOLE_YEAR_OPENING_ZH = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?:[^。！？；\d]{1,20}[。：:]\s*)?((?:19|20)\d\d)年全年[，,]/u;
interface GrantPeriod {
  mention: DateMention;
  label: string;
  text: string;
  from: Month;
  to: Month;
}
/** "Grant period: ", "**Project period:** ", "Funding period ": a cover line's label for the period a grant runs. */
const GRANT_PERIOD_LABEL = /(?:^|\s{2,}|\n|[|])\s*(?:[-*]\s+)?(?:\*\*|__)?((?:Grant|Project|Programme|Program|Funding|Award)\s+period)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*(?:from\s+)?$/i;

/** The grant's period from the first paragraphs (the cover) of a part: two full dates after its label. */
function grantPeriod(context: RuleContext, time: ReportTime): GrantPeriod | undefined {
  let seen = 0;
  for (const paragraph of context.doc.paragraphs) {
    if (paragraph.part !== time.part) continue;
    if (++seen > 6) break;
    for (const d of context.model.datesIn(paragraph)) {
      const end = d.end;
      if (d.language !== 'en' || !end || d.start.year === undefined || d.start.month === undefined || d.start.day === undefined || end.year === undefined || end.month === undefined || end.day === undefined) continue;
      const label = GRANT_PERIOD_LABEL.exec(paragraph.text.slice(Math.max(0, d.offset - 40), d.offset));
      if (!label) continue;
      return { mention: d, label: label[1], text: paragraph.text.slice(d.offset, d.offset + d.length), from: { year: d.start.year, month: d.start.month }, to: { year: end.year, month: end.month } };
    }
  }
  return undefined;
}

/** A paragraph's or an item's start (its number, a short lead sentence), with nothing of a comparison before the date. */
const OWN_STRETCH_LEAD_ZH = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?:[^。！？；\d比较較与與同期去上]{1,20}[。：:]\s*)?$/u;
/** 活动时间：, 实施时间为, （一）送文化下乡。活动时间： — the plan's own time, labelled. */
const OWN_TIME_LEAD_ZH = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?:[^。！？；\d]{1,20}。\s*)?(?:活动|活動|实施|實施|开展|開展|举办|舉辦|集中|工作)(?:时间|時間|日期)(?:安排)?(?:为|為|是)?\s*[:：]?\s*$/u;
/** 一、活动时间, （二）实施时间: a heading that names the plan's own time. */
const OWN_TIME_HEADING_ZH = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?:活动|活動|实施|實施|开展|開展|举办|舉辦)(?:时间|時間|日期)(?:安排)?\s*$/u;

/** 前三季度: September; 上半年: June; 第三季度: September; 2026年1—10月: October — the month a title's part of its year ends in. */
function partEnd(p: NonNullable<ReportTime['period']>): number | undefined {
  if (p.quarter) return p.quarter * 3;
  if (p.half === 1) return 6;
  if (p.half || p.shown) return undefined;
  const e = p.evidence;
  const first = /前([二两兩三])季度/.exec(e);
  if (first) return first[1] === '三' ? 9 : 6;
  const q = /第?([一二三四])季度/.exec(e);
  if (q) return ('一二三四'.indexOf(q[1]) + 1) * 3;
  const months = /(?:19|20)\d\d\s*年\s*1\s*[—–\-－至~～]\s*(\d{1,2})\s*月/.exec(e);
  return months ? Number(months[1]) : undefined;
}

/** A year compared with: 比2023年, 较上年, 同比, 与…相比, 上年. */
const COMPARED_ZH = /比|较|較|相比|上年|去年|以来|以來/;
/** 下次会议, 下一次例会, "the next meeting", "Date of next meeting": a meeting still to come. */
const NEXT_MEETING = /(?:下次|下一次|下一轮|下一輪)[^。；，,\d]{0,12}?(?:会议|會議|例会|例會)|\bnext\s+(?:[A-Za-z'’-]+\s+){0,3}?meeting\b/gi;
/** What sets the next meeting's date in Chinese: 定于, 拟于, 将于, 时间为, a colon. */
const NEXT_MEETING_SET_ZH = /^[^。；]{0,10}?(?:定于|定於|拟于|擬於|将于|將於|计划于|計劃於|暂定|暫定|时间为|時間為|时间定为|時間定為|[:：])\s*$/;
/** A next meeting told as past: "the next meeting, on 22 January 2026, agreed". */
const NEXT_MEETING_PAST_EN = /\b(?:was|were|had|did|agreed|approved|decided|took\s+place|met|considered|received|noted)\b/i;
/** 2025年，… / 2025年上半年，… / 2025年以来，… opening the body of a summary. */
const OPENING_YEAR_ZH = /^(\s*)((?:19|20)\d\d)年(?:上半年|下半年|度)?(以来|以來)?[，,]/;
/** 2025年以来，我… / 2025年，本人担任…: a 述职报告 opens with what the writer did in the year it reports on. */
const OPENING_PERSON_ZH = /^(?:我|本人)/;
/** A first heading over background, not the year's work: 基本情况, 单位概况, 工作背景. */
const BACKGROUND_HEADING_ZH = /基本情况|基本情況|概况|概況|背景|简介|簡介|沿革/;
/** 2025年，本人调任现职: when the writer took the post, no year of duty. */
const APPOINTED_ZH = /调任|調任|调入|調入|调到|調到|调至|調至|任职|任職|到任|提拔|任命|交流到|转任|轉任|履新|就任|来到|來到/;
/** The formula of a summary's opening sentence: 在…的(坚强)领导下, 坚持…, 围绕…, 紧紧围绕…, 深入贯彻… */
const OPENING_FORMULA_ZH = /(?:领导|領導|指导|指導|带领|帶領|关心支持|關心支持)下|坚持|堅持|围绕|圍繞|紧扣|緊扣|聚焦|深入贯彻|深入貫徹|认真贯彻|認真貫徹|全面贯彻|全面貫徹/;
/** The last month of a half or a quarter named after a year (2026年上半年, 2026年第三季度). */
const PART_END: Record<string, number> = { H1: 6, H2: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };
/** 为确保 / 力争 / 争取 right before a year: the year's targets are still to be met. */
const YEAR_TARGET_LEAD = /(?:确保|確保|力争|力爭|争取|爭取)\s*$/;
const YEAR_TARGET_MET = /完成|实现|實現|达到|達到|达成|達成|目标|目標/;
/** 做好, 抓好, 谋划 straight before the year: its work still to do. */
const YEAR_WORK_LEAD = /(?:做好|抓好|谋划好?|謀劃好?|安排好|部署好|推进好|推進好)\s*$/;

/**
 * （一）水利建设。2026年要全面完成…, 2026年，我局将…, 2026年力争实现… under the 2027 plan: a year opening its clause (after a
 * sentence's start, an item's number and lead words) with what is to be done in it — the year planned for, left from last
 * year's plan. Not a year compared with or told of (比2026年要多, 2026年已完成的…, 2026年要求完成的…已全部完成,
 * 2026年将近一半…, 2026年计划实施的项目), nor one whose clause says the thing done (已, 了).
 */
function yearOpensPlan(text: string, at: number, after: number): boolean {
  const lead = text.slice(Math.max(0, at - 40), at).split(/[。；;！!？?，,：:]/).pop()!;
  if (!/^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*$/.test(lead)) return false;
  // 2025年秋季学期要…: a season or a school term of that year, which ends by the January after it.
  let rest = text.slice(after).replace(/^(?:秋季学期|春季学期|秋季學期|春季學期|秋季|春季|夏季|冬季)/, '');
  // 2026年，我局将…: the subject (up to eight characters) before the plan word, after the year's comma.
  // 2026年，市气象局将…: or a body's name (up to eight characters, ending in 局, 委, 中心…).
  const subject = /^[，,]?\s*(?:(?:我|我们|我們|全|本)\p{sc=Han}{0,6}?|\p{sc=Han}{1,7}(?:局|委|厅|廳|办|辦|院|中心|公司|集团|集團|政府|站|队|隊|学校|學校|医院|醫院|协会|協會))?(?=要|将|將|力争|力爭|确保|確保|争取|爭取|计划|計劃|拟|擬)/u.exec(rest);
  if (subject) rest = rest.slice(subject[0].length);
  const word = YEAR_OPENS_PLAN.exec(rest);
  if (!word) return false;
  const clause = rest.slice(word[0].length).split(/[，,。；;！!？?]/)[0];
  return clause !== '' && !PAST_ZH.test(clause) && !/^\p{sc=Han}{0,6}的/u.test(clause);
}
/**
 * Under a heading, none of whose titles looks back (一、2026年工作回顾 in the 2027 plan tells of 2026): a plan's opening
 * paragraphs, before its first heading, may tell of last year; a plan's top heading itself (一、2026年要…) is its item.
 */
function underPlanHeading(paragraph: Paragraph, inPlan: boolean): boolean {
  // An item that is a heading itself (（一）2026年要全面完成…) is judged by the headings above it: its own title is its words.
  let section = paragraph.atHeading ? paragraph.section?.parent : paragraph.section;
  if (!section) return inPlan && paragraph.atHeading;
  for (; section; section = section.parent) if (LOOK_BACK.test(section.title ?? '')) return false;
  return true;
}
/**
 * The plan word straight after the year (or its subject): 要 (not 要求, 要点), 将 with a verb or an adverb after it (not
 * 将近, nor 将 as 把: 2026年，我局将乡村振兴作为…), 力争, 确保, 争取, 计划, 拟.
 */
const YEAR_OPENS_PLAN = /^(?:要(?![求点點素])|[将將](?=在|于|於|全面|继续|繼續|进一步|進一步|加快|加大|加强|加強|完成|实现|實現|启动|啟動|建成|推进|推進|开展|開展|力争|力爭|重点|重點|着力|著力|大力|持续|持續|新建|新增|引进|引進|实施|實施|确保|確保|争取|爭取|基本|突破|达到|達到)|力争|力爭|确保|確保|争取|爭取|计划|計劃|拟|擬|力求|努力)/;

/**
 * 三、下半年工作打算, 四、明年工作计划, 五、存在的问题和下一年度工作安排: a plan heading for the time after the period, with
 * no year. Not 下一步工作打算: it plans from when it is written, which may be inside the period (a summary written in October).
 */
const UNYEARED_PLAN_ZH = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*(?:(?:存在的?)?(?:问题|問題|不足)(?:和不足)?(?:和|及|与|與))?(下半年|明年|来年|來年|下一?年度?|新的一年)(?:的)?(?:工作)?(?:计划|計劃|打算|安排|思路|要点|要點|设想|設想)\s*$/;

/** The checks for one report (one draft of a compilation), against its own time. */
class StaleYears {
  private readonly written?: { month: Month; bySignature: boolean };
  /** The sections English plan headings open, and when the period each plans starts. */
  private readonly plannedFrom = new Map<Section, Month>();
  /** The years plan() and planOpening reported (2026年，我将… under 明年工作计划): planOpening and yearTargets do not report them again. */
  private readonly openingsReported = new WeakSet<DateMention>();
  /** The dates deadlines() reported: nextMeeting() does not report them again. */
  private readonly reportedDates = new WeakSet<DateMention>();
  /** The years whose plans a heading has reviewed so far ("Progress against our 2025/26 priorities"), as planned-for years. */
  private readonly reviewedPlanYears = new Map<number, Section | undefined>();
  /** The date at the end was reported already (too early for the period): no second finding on it. */
  private signedReported = false;
  /** The grant's period on the cover ("Grant period: 1 October 2024 to 30 September 2026"), once read; null if none. */
  private grant?: GrantPeriod | null;

  constructor(
    private readonly context: RuleContext,
    private readonly time: ReportTime,
  ) {
    this.written = writtenFrom(time);
  }

  /**
   * 捐助22023万元, 20230接纳, 220230人次 in a 2023 report: a find-and-replace that put the report's year in for 20 (or
   * for last year's) hit the figures too. A number of five digits or more with the year inside it; not a date
   * written as digits (202303, 20230315), nor a code, a telephone or a file number.
   */
  replacedFigures(paragraphs: Paragraph[]): void {
    const year = this.time.period?.year ?? this.time.signed?.point.year ?? commonYear(paragraphs);
    if (year === undefined) return;
    const y = String(year);
    const found: { paragraph: Paragraph; at: number; digits: string }[] = [];
    for (const paragraph of paragraphs) {
      const text = paragraph.text;
      if (!text.includes(y)) continue;
      for (const m of matchesOf(text, LONG_NUMBER)) if (replacedYear(text, m.index!, m[0], year)) found.push({ paragraph, at: m.index!, digits: m[0] });
    }
    // A replace hits every figure with the digits in it: one such figure alone (全市12023人) may be just a number.
    if (found.length < REPLACED_MIN) return;
    for (const { paragraph, at, digits } of found) {
      const after = paragraph.text.slice(at + digits.length, at + digits.length + 2);
      this.context.report({
        message: 'replacedFigure',
        data: { text: digits + (/^\p{sc=Han}{1,2}/u.exec(after)?.[0] ?? ''), year: y },
        range: rangeIn(paragraph, at, at + digits.length),
      });
    }
  }

  /**
   * 三、下半年工作打算 in the summary of the first half of 2026, 四、明年工作计划 in the 2026 summary: a plan heading with no
   * year, for the time after the period summed up — from July 2026, from 2027. The paragraphs under it are judged by it
   * (（一）2026年上半年要全面完成… plans for a half already over).
   */
  private unyearedPlan(paragraph: Paragraph): void {
    const p = this.time.period;
    if (!paragraph.atHeading || !paragraph.section || !p || p.kind !== 'summary' || p.fiscal || p.quarter || p.shown || paragraph.section.parent) return;
    const m = UNYEARED_PLAN_ZH.exec(paragraph.text);
    if (!m) return;
    const next = m[1];
    if (next === '下半年' ? p.half !== 1 : p.half !== undefined) return;
    this.plannedFrom.set(paragraph.section, p.half === 1 ? { year: p.year, month: 7 } : { year: p.year + 1, month: 1 });
  }

  /** "## 2. Progress against our 2025/26 priorities": a heading that reviews a year's plans, the year kept as planned-for. */
  private reviewedPlan(paragraph: Paragraph, dates: readonly DateMention[]): void {
    if (!paragraph.atHeading || !REVIEWED_PLAN_EN.test(paragraph.text)) return;
    const mention = dates.find((d) => d.language === 'en' && d.start.year !== undefined && (!d.end || (d.fiscal && d.end.year !== undefined)));
    if (mention) this.reviewedPlanYears.set(mention.fiscal ? mention.end!.year! : mention.start.year!, paragraph.section);
  }

  /** A plan section for a time that is over: 2023年工作思路 in a 2024 summary, 2024年工作计划 in a 2025 plan. */
  plan(paragraph: Paragraph, dates: readonly DateMention[], next?: Paragraph): void {
    const heading = planHeading(paragraph, dates);
    if (!heading) {
      this.reviewedPlan(paragraph, dates);
      this.unyearedPlan(paragraph);
      return;
    }
    const { mention, half, year, quarter } = heading;
    // The period an English plan heading opens (Priorities for 2025/26, from March 2025; Plans for 2025): its items' deadlines.
    // A Chinese one (三、2027年工作安排 in the 2026 summary) the same: 确保2026年汛前完成 under it is last year's deadline.
    if (paragraph.atHeading && paragraph.section) {
      this.plannedFrom.set(paragraph.section, heading.from ?? (mention.fiscal ? { year: mention.start.year!, month: 3 } : quarter ? { year, month: quarter * 3 - 2 } : startOf(year, half)));
    }
    // Priorities for Q4 2025: the plan ends with its quarter.
    const planEnd = quarter ? { year, month: quarter * 3 } : endOf(year, half);
    const p = this.time.period;
    let byPeriod = false;
    // "Priorities for 2025/26" may review that year's priorities in its own review; not under "Looking ahead".
    // Nor when the first sentence under it looks ahead: "## 3. Priorities for 2025/26" over "Our priorities for next year
    // were agreed by the Board…" in the Quality Account 2025/26.
    // Nor, once a heading before it has reviewed that year's plans ("## 2. Progress against our 2025/26 priorities"), when
    // the items under it set targets ("## 5. Priorities for 2025/26" over "- Cut average handover time to under 30
    // minutes."): the look ahead the report ends with, its year not moved on.
    // An item numbered under the heading ("(a) Complete the REF submission draft.") is read as a heading of its own.
    const body = paragraph.atHeading && next && (!next.atHeading || (next.section?.parent === paragraph.section && /[.!?]$/.test(next.text.trim()))) ? next.text : undefined;
    // Not a heading inside the review ("### 2.1 Priorities for 2025/26" under "## 2. Progress against…" lists them).
    const reviewed = this.reviewedPlanYears.has(year) && !isWithin(paragraph.section?.parent, this.reviewedPlanYears.get(year));
    const setsTargets = body !== undefined && reviewed && TARGET_ITEM_EN.test(body) && !DONE_EN.test(body);
    const mayReview = heading.mayReview && !forwardSection(paragraph.section?.parent) && !(body !== undefined && looksAhead(body)) && !setsTargets;
    // The first "Priorities for 2025/26" of the 2025/26 review, over what was achieved, reviews the year's plans.
    if (heading.mayReview && body !== undefined && DONE_EN.test(body)) this.reviewedPlanYears.set(year, paragraph.section);
    if (p?.kind === 'summary') byPeriod = !before(endOf(p.year, p.half), planEnd) && !(mayReview && year === p.year);
    if (p?.kind === 'plan') byPeriod = before(planEnd, startOf(p.year, p.half));
    if (p?.kind === 'report') byPeriod = year < p.year || (quarter !== undefined && p.quarter !== undefined && year === p.year && quarter < p.quarter);
    // A whole year's plan in a report signed in that year's last two months (六、2026年工作安排 in the 南湖市科协2026年工作报告
    // signed 2026年12月): the plan then is for the year after. Not a date under the title, nor a summary's or a plan's.
    const signed = this.time.signed;
    // Not a plan for part of the year (二、2026年第四季度工作安排, 2026年下一步工作安排), nor in a report on part of it
    // (关于2026年前三季度经济运行情况的报告 signed 2026年11月: the rest of the year is its own).
    const wholeYearHeading = !quarter && half === undefined && !mention.fiscal && !mention.qualifier && !/季度|月|下一步|下步|余下|剩余|冬季|年底|年末/.test(paragraph.text.slice(mention.offset + mention.length, heading.end));
    const wholeYearReport = !p || (p.kind === 'report' && !p.half && !p.quarter && !p.shown && !p.fiscal && !/季度|月|半年/.test(p.evidence));
    const lateInYear = signed !== undefined && !signed.top && wholeYearReport && wholeYearHeading && signed.point.year === year && (signed.point.month ?? 0) >= 11;
    // A summary on that very year (the trustees' report for the year ended 31 March 2026, dated 24 September 2026, over
    // "### 2.2 Priorities for 2025/26"): it is written after its year by nature, and reviews the year's own priorities.
    const ownYearReview = p?.kind === 'summary' && mayReview && year === p.year && half === p.half;
    const bySignature = this.time.signed !== undefined && !ownYearReview && (before(planEnd, this.signedMonth()!) || lateInYear);
    if (!byPeriod && !bySignature) return;
    this.context.report({
      message: 'plan',
      data: { basis: this.basis(!byPeriod), planned: heading.shown ?? this.periodText(year, half) },
      range: rangeIn(paragraph, heading.start ?? mention.offset, heading.end),
    });
    // 2025年的主要目标任务是… read as a plan heading is not reported again as a plan's opening.
    this.openingsReported.add(mention);
  }

  /**
   * In the 2027 plan, 为确保2026年各项目标任务全面完成 / 力争2026年实现…: the targets of a year the plan comes after,
   * still to be met — last year's plan's words. Only a year alone right after 确保, 力争 or 争取, with what is to be
   * met (完成, 实现, 达到, 目标) later in its clause.
   */
  /**
   * In the 2027 plan, 于2027年1月20日前将本单位2026年工作计划报局办公室 / 制定2026年工作要点: a plan for a year before the
   * one planned, asked to be written or sent — last year's words. Not a summary (报送2026年工作总结 is due in January),
   * nor a plan named with no verb that asks for it (按照2026年工作计划确定的任务…), nor one of several years.
   */
  planDocuments(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const text = paragraph.text;
    if (!/计划|計劃|要点|要點|方案|安排/.test(text)) return;
    let section = paragraph.section;
    while (section && !this.plannedFrom.has(section)) section = section.parent;
    const p = this.time.period;
    const from = (section && this.plannedFrom.get(section)) ?? (p?.kind === 'plan' && !p.fiscal ? startOf(p.year, p.half) : undefined);
    if (!from) return;
    for (const mention of dates) {
      const year = mention.start.year;
      if (mention.language !== 'zh' || year === undefined || year >= from.year || mention.start.month !== undefined || mention.end || mention.qualifier) continue;
      const after = mention.offset + mention.length;
      const doc = PLAN_DOCUMENT_ZH.exec(text.slice(after, after + 16));
      if (!doc) continue;
      const lead = text.slice(Math.max(0, mention.offset - 16), mention.offset).split(/[，,。；;：:]/).pop()!;
      const rest = text.slice(after + doc[0].length, after + doc[0].length + 8);
      const asked = ASK_FOR_PLAN_ZH.test(lead) || (/(?:将|將|把)[^，,。；;]*$/.test(lead) && /^\s*(?:报|報|送|交|上报|上報|报送|報送|提交)/.test(rest));
      if (!asked || isQuoted(mention)) continue;
      const basis = p?.kind === 'plan' || !section ? this.basis(false) : this.context.localize(rule.meta.messages.basisPlanSection, { heading: section.title });
      this.context.report({
        message: 'plan',
        data: { basis, planned: this.periodText(year) },
        range: rangeIn(paragraph, mention.offset, after),
      });
    }
  }

  yearTargets(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const p = this.time.period;
    // Under 七、2027年工作打算 in the 2026 summary, the same: 力争2025年政策知晓率达到100%, 力争2026年实现…全覆盖 (2026 is
    // over when the 2027 plan starts).
    let section = paragraph.section;
    while (section && !this.plannedFrom.has(section)) section = section.parent;
    const from = (section && this.plannedFrom.get(section)) ?? (p?.kind === 'plan' ? startOf(p.year, p.half) : undefined);
    if (!from) return;
    for (const mention of dates) {
      const year = mention.start.year;
      if (mention.language !== 'zh' || year === undefined || mention.start.month !== undefined || mention.end) continue;
      // 力争2026年国庆节前完成: a deadline in the festival's month, deadlines()'s to judge.
      if (festivalDeadline(mention)) continue;
      // A half or a quarter of it the same (力争2026年上半年完成, 确保2026年第四季度实现达产达效): its last month; not a
      // deadline (前), a start or an end (初, 底), nor a time counted from.
      const q = mention.qualifier;
      const part = q && !q.by && !q.since ? PART_END[q.part ?? ''] : undefined;
      if (q && !part) continue;
      if (!before({ year, month: part ?? 12 }, from) || isQuoted(mention)) continue;
      const text = mention.paragraph.text;
      const after = q?.end ?? mention.offset + mention.length;
      const leadWords = text.slice(Math.max(0, mention.offset - 6), mention.offset);
      if (YEAR_TARGET_LEAD.test(leadWords)) {
        const clause = text.slice(after, after + 40).split(/[，,。；;！!？?]/)[0];
        if (!YEAR_TARGET_MET.test(clause) || PAST_ZH.test(clause)) continue;
      } else if (YEAR_WORK_LEAD.test(leadWords)) {
        // 做好2025年下半年各项工作 under 下半年工作打算 in the 2026 half-year summary: that year's work to be done.
        const clause = text.slice(after, after + 20).split(/[，,。；;！!？?]/)[0];
        if (!/^[^，,。；;]{0,10}?(?:工作|任务|任務)/.test(clause) || /总结|總結|小结|小結|回顾|回顧|经验|經驗|成绩|成績/.test(clause)) continue;
      } else if (this.openingsReported.has(mention) || !yearOpensPlan(text, mention.offset, after) || !underPlanHeading(paragraph, p?.kind === 'plan')) continue;
      const basis = p?.kind === 'plan' || !section ? this.basis(false) : this.context.localize(rule.meta.messages.basisPlanSection, { heading: section.title });
      this.context.report({
        message: 'plan',
        data: { basis, planned: q ? text.slice(mention.offset, q.end) : this.periodText(year) },
        range: rangeIn(mention.paragraph, mention.offset, q?.end ?? mention.offset + mention.length),
      });
    }
  }

  /**
   * Under 三、下一步打算 in the 2024 summary, a paragraph that opens 2024年，我将… plans for the year the summary is about:
   * last year's opening left in. Only with the future said in its first clause (将, 要, 力争…), since 2024年，我们完成了…
   * may look back.
   */
  planOpening(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const p = this.time.period;
    // A numbered paragraph (6.1 In 2025/26 the Committee will…) opens with its marker, but it is a sentence, not a heading.
    // A quarterly or monthly report covers part of its year: plans for an earlier year are last year's ("Our priorities
    // for the rest of 2025 are…" in the Q3 2026 update), its own year's are not.
    // An English plan the same ("In 2026 we will open a third pantry" in the Business Plan 2027); a Chinese plan's
    // openings are yearTargets' (its first paragraphs may tell of last year).
    const plan = p?.kind === 'plan';
    if (!p || (p.kind !== 'summary' && p.kind !== 'report' && !plan) || (paragraph.atHeading && !/[.!?]$/.test(paragraph.text.trim()))) return;
    const text = paragraph.text;
    const gloss = (d: DateMention) => (d.language === 'zh' ? PLAN_GLOSS_ZH_LEAD : PLAN_GLOSS_EN_LEAD).test(text.slice(0, d.offset)) && /^\s*[)）]/.test(text.slice(d.qualifier?.end ?? d.offset + d.length));
    const yearNoun = (d: DateMention) => PLAN_NOUN_YEAR_EN_LEAD.test(text.slice(0, d.offset)) && PLAN_NOUN_AFTER_YEAR_EN.test(text.slice(d.offset + d.length)) && PLAN_NOUN_EN.test(text.slice(d.offset + d.length).replace(PLAN_NOUN_AFTER_YEAR_EN, (m) => ' ' + m.trim().split(/\s+/).pop()));
    const planDoc = (d: DateMention) => PLAN_DOC_EN_LEAD.test(text.slice(0, d.offset)) && PLAN_DOC_EN.test(text.slice(d.offset + d.length));
    const lead = (d: DateMention) => PLAN_OPENING_EN_LEAD.test(text.slice(0, d.offset)) || PLAN_NOUN_EN_LEAD.test(text.slice(0, d.offset)) || yearNoun(d) || planDoc(d);
    // In 2024 we will…, and a financial year: In 2025/26 we will…; Over the coming year (2025/26) we aim…
    const mention = dates.find((d) => ((d.language === 'zh' ? d.offset <= 2 : lead(d)) || gloss(d)) && d.start.year !== undefined && d.start.month === undefined && (!d.end || (d.fiscal && d.end.year !== undefined)));
    if (!mention || mention.qualifier?.since || mention.qualifier?.by || this.openingsReported.has(mention)) return;
    const afterAt = mention.qualifier?.end ?? mention.offset + mention.length;
    // The gloss's closing bracket: what follows it is the plan's clause.
    const rest = text.slice(afterAt).replace(/^\s*[)）]/, '');
    if (mention.language === 'zh') {
      // The clause after the year's comma: 2024年，我将进一步加强学习，… (not 2024年，我们完成了…，新的一年要…); or the
      // year's aims or work named straight after it: 2025年的目标是…, 2025年重点抓好… (under a plan heading only).
      // 2025年，重点抓好以下工作 the same after the comma.
      const named = YEAR_PLAN_NAMED_ZH.exec(rest) ?? YEAR_PLAN_NAMED_ZH.exec(rest.replace(/^[，,]\s*/, ''));
      if (!named && !/^[，,]/.test(rest)) return;
      const clause = named ? rest.slice(rest.indexOf(named[0]) + named[0].length).split(/[，,。；;！!]/)[0] : rest.slice(1).split(/[，,。；;！!]/)[0];
      if (!(named || PLAN_OPENING.test(clause) || FUTURE_ZH.test(clause)) || PAST_ZH.test(clause)) return;
    } else if (!PLAN_OPENING_EN.test(rest) && !(PLAN_NOUN_EN_LEAD.test(text.slice(0, mention.offset)) && PLAN_NOUN_EN.test(rest)) && !yearNoun(mention) && !planDoc(mention)) return;
    // 2025/26 runs to the first half of 2026.
    const half = mention.fiscal || mention.qualifier?.part === 'H1' ? 1 : mention.qualifier?.part === 'H2' ? 2 : undefined;
    const year = mention.fiscal ? mention.end!.year! : mention.start.year!;
    if (plan) {
      // A plan for a year before the plan's starts: not "In 2026 we will have served…" (where the writer's year ends).
      if (mention.language === 'zh' || /^\s*,?\s*\S+(?:\s+\S+)?\s+will\s+have\b/i.test(rest)) return;
      const plannedEnd: Month = mention.fiscal ? { year, month: 3 } : endOf(year, half);
      if (!before(plannedEnd, p.fiscal ? { year: p.year, month: 4 } : startOf(p.year, p.half))) return;
    } else if (p.kind === 'report' ? year >= p.year : before(endOf(p.year, p.half), endOf(year, half))) return;
    this.context.report({
      message: 'plan',
      data: { basis: this.basis(false), planned: mention.fiscal ? text.slice(mention.offset, mention.offset + mention.length) : this.periodText(year, half) },
      range: rangeIn(paragraph, mention.offset, afterAt),
    });
    this.openingsReported.add(mention);
  }

  /**
   * In the Quality Report 2025/26, "Progress will be reported to the Committee every quarter during 2025/26": a promise
   * for a period the report looks back on, inside its sentence (planOpening reads it at a paragraph's start). Only after
   * "during" or "throughout", with the future said before it in the sentence, and not a time of something done (the
   * work begun during 2025/26, the gains made throughout 2025).
   */
  futureDuring(dates: readonly DateMention[]): void {
    const p = this.time.period;
    if (p?.kind !== 'summary') return;
    for (const mention of dates) {
      if (mention.language !== 'en' || mention.qualifier || mention.start.year === undefined || mention.start.month !== undefined) continue;
      if (mention.end && !(mention.fiscal && mention.end.year !== undefined)) continue;
      const text = mention.paragraph.text;
      const lead = DURING_EN.exec(text.slice(Math.max(0, mention.offset - 40), mention.offset));
      if (!lead || DONE_BEFORE_EN.test(lead[1]) || !promisedBy(mention) || isQuoted(mention) || namesEvent(text, mention)) continue;
      const half = mention.fiscal ? 1 : undefined;
      const year = mention.fiscal ? mention.end!.year! : mention.start.year;
      if (before(endOf(p.year, p.half), endOf(year, half))) continue;
      this.context.report({
        message: 'plan',
        data: { basis: this.basis(false), planned: text.slice(mention.offset, mention.offset + mention.length) },
        range: rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length),
      });
    }
  }

  /** A deadline that had passed when the report was written: 确保2023年底前完成 in a 2025 plan. */
  deadlines(paragraph: Paragraph, dates: readonly DateMention[], promised = false): void {
    if (!this.written) return;
    let from: Month | undefined;
    for (let s = paragraph.section; s && !from; s = s.parent) from = this.plannedFrom.get(s);
    // A report that looks back (Annual Report 2025) lists last year's targets with their dates: only minutes, papers
    // and plans set actions with a due date (minutes titled with their meeting's date too: Minutes of the meeting held on
    // 18 June 2026).
    const p = this.time.period;
    const due = (mention: DateMention) => (p && p.kind !== 'plan' && !(p.kind === 'report' && /^minutes\b/i.test(p.evidence)) ? undefined : dueLabel(mention));
    for (const written of dates) {
      // 力争在2026年清明节前完成: a festival after a year alone is a deadline in its month.
      const mention = festivalDeadline(written) ?? written;
      const promisedZh = promised && mention.language === 'zh';
      if (promised && (mention.language === 'en' ? !promisedBy(mention) && !due(mention) : !outstandingZh(mention) && !plannedOutsideZh(mention) && !futureToZh(mention))) continue;
      const byDate = promisedZh ? outstandingZh(mention) ?? futureToZh(mention) : due(mention) ?? deadlineOf(mention, this.time.period?.kind === 'plan' || (from !== undefined && mention.language === 'zh'), from) ?? (promised ? undefined : openingToZh(mention) ?? futureToZh(mention));
      const event = byDate ? undefined : eventOn(mention);
      const deadline = byDate ?? event ?? (promisedZh ? plannedOutsideZh(mention) : plannedIn(mention));
      if (!deadline || impossible(mention)) continue;
      // Under 2027年工作打算, a deadline before the last two months of 2026 (when such a plan is written at the earliest)
      // is last year's plan's: 确保2026年汛前完成. 到2026年末 may be the writer's own year-end.
      // Under "Plans for 2025" in the 2024 annual report, "We will complete the move by the end of Q3 2024" the same: a
      // promise in the future tense due before the plan was written.
      // An item set as a target under the plan heading ("Recruit 40 volunteers by December 2026." under Priorities for
      // 2027/28) as well.
      const planWords = mention.language === 'zh' || (byDate !== undefined && (promisedBy(mention) || (from !== undefined && setAsTarget(mention))));
      const beforePlan = from !== undefined && planWords && before(deadline, from.month === 1 ? { year: from.year - 1, month: 11 } : { year: from.year, month: from.month! - 2 });
      // A summary of 2026 signed 2026年5月20日, before its period could be summed up (signature() says so): a deadline
      // after the date it was signed (确保2026年6月15日主汛期前全部整改到位) had not passed when it was written.
      const signedIn = !this.written.bySignature && this.time.signed && !this.time.signed.top && this.time.signed.point.year === this.time.period?.year ? this.signedMonth() : undefined;
      const pastWritten = before(deadline, this.written.month) && !(signedIn && !before(deadline, signedIn));
      if (!pastWritten && !beforePlan) continue;
      let basis = this.basis(this.written.bySignature);
      if (!pastWritten && mention.language === 'en') {
        let section = paragraph.section;
        while (section && !this.plannedFrom.has(section)) section = section.parent;
        if (section) basis = this.context.localize(rule.meta.messages.basisPlanSection, { heading: section.title });
      }
      // A season is shown with its year: “spring 2024”.
      const start = Math.min(mention.qualifier?.start ?? mention.offset, mention.offset, event?.from ?? mention.offset);
      const end = Math.max(mention.qualifier?.end ?? 0, mention.offset + mention.length);
      this.reportedDates.add(written);
      this.context.report({
        message: byDate ? 'deadline' : 'event',
        data: { basis, text: mention.paragraph.text.slice(start, end) },
        range: rangeIn(mention.paragraph, start, end),
      });
    }
  }

  /**
   * 落款 before the period: a 2025 plan dated 2023; a 2024 summary dated 2023年12月, or 2024年1月 (last year's
   * summary, written in January, copied with its date): a summary is written near or after the end of its period.
   */
  signature(): void {
    const { signed, period: p } = this.time;
    // "Date: 30 June 2025" closing the Final Grant Report over "Report period: 1 April 2024 – 31 March 2026".
    const early = signed && signedBeforeCoverPeriod(this.time, this.context.doc.paragraphs, (q) => this.context.model.datesIn(q));
    if (early) {
      this.signedReported = true;
      const m = signed!.mention;
      const basis = this.context.localize(rule.meta.messages.basisReportPeriod, { label: early.label.toLowerCase(), period: early.text });
      this.context.report({ message: 'signedEarly', data: { basis, text: signed!.text }, range: rangeIn(m.paragraph, m.offset, m.offset + m.length) });
      return;
    }
    if (!signed || !p) return;
    const date = { year: signed.point.year!, month: signed.point.month };
    // "Prepared by the finance team, March 2025" under an English title may date a financial year's report or the
    // template: it tells when the report was written at the earliest, and is judged only when it is before the first
    // year the title names (Annual Report 2026 over 10 March 2025: last year's date line left in) — not in a plan.
    if (signed.top && signed.mention.language === 'en') {
      const first = p.fiscal && p.kind === 'summary' ? p.year - 1 : p.year;
      if (!titled(p) || p.kind === 'plan' || signed.periodEnd || date.year >= first) return;
      this.signedReported = true;
      const m = signed.mention;
      this.context.report({ message: 'signedTop', data: { basis: this.basis(false), text: signed.text }, range: rangeIn(m.paragraph, m.offset, m.offset + m.length) });
      return;
    }
    // Dated inside the financial year its title names (Home to School Transport Report 2026/27, dated 2 September 2026):
    // a report that looks forward over its year (writtenFrom reads it the same way).
    if (datedInFiscalYear(this.time)) return;
    let message: string | undefined;
    if (p.kind === 'summary') {
      const end = endOf(p.year, p.half);
      // Three months before the end of a half year, six before the end of a year, is too early to sum it up.
      const earliest = end.month! - (p.half ? 3 : 6);
      if (before(date, { year: p.year, month: earliest + 1 })) message = date.year < p.year ? 'signed' : 'signedEarly';
    } else if (date.year < (p.kind === 'plan' ? p.year - 1 : p.year)) {
      message = 'signed';
    }
    if (!message) return;
    this.signedReported = true;
    const m = signed.mention;
    this.context.report({
      message,
      data: { basis: this.basis(false), text: signed.text },
      range: rangeIn(m.paragraph, m.offset, m.offset + m.length),
    });
  }

  /**
   * 截至2026年6月底，已完成…11项 in a report dated 2025年11月20日: a report is not signed before the date its figures
   * are counted to — the date at the end was kept from the draft it was copied from. Only a count already made (no
   * 力争, 预计, 将 in the clause) and not in a plan, whose 截至2027年底 is a target.
   */
  signedBeforeData(paragraphs: { paragraph: Paragraph; dates: readonly DateMention[]; planned: boolean }[]): void {
    const { signed, period } = this.time;
    if (!signed || this.signedReported || signed.top || period?.kind === 'plan' || signed.point.year === undefined || signed.point.month === undefined) return;
    const at = { year: signed.point.year, month: signed.point.month };
    let latest: { mention: DateMention; month: Month; shown: string } | undefined;
    for (const { paragraph, dates, planned } of paragraphs) {
      for (const d of dates) {
        if (d === signed.mention || d.start.month === undefined || d.language !== 'zh') continue;
        const text = paragraph.text;
        // 今年1—8月, 2026年1-8月: the months the figures after it are counted over, outside a plan part; 今年 is the year signed.
        const span = d.end && !planned ? monthsCounted(d, text, at.year) : undefined;
        if (d.end ? !span : d.start.year === undefined || !AS_OF_LEAD.test(text.slice(Math.max(0, d.offset - 4), d.offset))) continue;
        // What was counted by then: the words up to the second comma (截至2026年6月底，已完成…11项，进度符合预期的13项).
        const clause = text.slice(d.offset + d.length, d.offset + d.length + 60).split(/[。；;！？]/)[0].split(/[，,]/).slice(0, 2).join('，');
        const lead = text.slice(Math.max(0, d.offset - 16), d.offset).split(/[。；;！？]/).pop()!;
        // 《规划》提出，截至2030年… / 据预测，截至2030年…: a target or a forecast quoted, not a count.
        if (FUTURE_ZH.test(clause) || FUTURE_ZH.test(lead) || /将|將/.test(clause) || TARGET_LEAD.test(lead)) continue;
        const month = span ?? { year: d.start.year!, month: d.start.month };
        // 截至2026年9月底 shown with its lead and end; 今年1—8月 as written.
        const shown = span ? text.slice(d.start.year === undefined ? d.offset - 2 : d.offset, d.offset + d.length) : text.slice(Math.max(0, d.offset - 2), d.offset + d.length + 1);
        if (before(at, month) && (!latest || before(latest.month, month))) latest = { mention: d, month, shown };
      }
    }
    if (!latest) return;
    const m = signed.mention;
    const asOf = latest.mention;
    this.signedReported = true;
    this.context.report({
      message: 'signedBeforeData',
      data: { asOf: latest.shown, line: String(asOf.paragraph.firstLine + 1), text: signed.text },
      range: rangeIn(m.paragraph, m.offset, m.offset + m.length),
    });
  }

  /**
   * （在2026年12月16日支部党员大会上） under the title and 二〇二五年十二月十六日 at the end: the report was given at the
   * meeting, and a 落款 more than a month before it was kept from the draft it was copied from.
   */
  signedBeforeDateline(): void {
    const { signed, dateline } = this.time;
    if (!signed || !dateline || signed.top || this.signedReported || signed.point.year === undefined || signed.point.month === undefined) return;
    if (dateline.point.year === undefined || dateline.point.month === undefined) return;
    const months = (dateline.point.year - signed.point.year) * 12 + (dateline.point.month - signed.point.month);
    if (months < 2) return;
    const m = signed.mention;
    this.context.report({
      message: 'signedBeforeDateline',
      data: { dateline: dateline.text, line: String(dateline.line + 1), text: signed.text },
      range: rangeIn(m.paragraph, m.offset, m.offset + m.length),
    });
  }

  /**
   * What the report says of its own period (model/own-period.ts), with a year other than its own: 本《2023年工作总结》
   * and 现将2023年度…报告如下 in a 2024 summary, "this 2022 annual report" in the 2023 one (its name); "approval of the
   * financial statements for the year ended 31 March 2025", "This report covers the period from 1 April 2024 to 31
   * March 2025" in the report for the year ended 31 March 2026, 本报告期为2023年… in a 2024 one (its period, ending
   * before its own began); "all figures relate to the financial year 2024-25" in the 2025-26 report, 本报告中所列数据的
   * 统计期限自2023年1月1日起… in the 2024 one (its figures' period). In a plan only its name: its 今年（2025年） is
   * the year it is written in.
   */
  ownPeriod(dates: readonly DateMention[]): void {
    const p = this.time.period;
    if (!p || !titled(p)) return;
    // A financial year's report (2025-26: year 2026 for a summary, 2025 for a plan or a report on the year in
    // progress) starts in April of its first year.
    // A title that names its months (Q3 2026/27 (October to December 2026)) starts at the first of them.
    const ownStart: Month = titleMonths(p.evidence) ?? (p.fiscal ? { year: p.kind === 'summary' ? p.year - 1 : p.year, month: 4 } : startOf(p.year, p.half));
    for (const mention of dates) {
      const said = ownPeriodStatement(mention, dates, p.evidence);
      if (!said || p.evidence.includes(said.kind === 'name' ? String(mention.start.year) : said.text)) continue;
      // A plan's 今年（2025年） is the year it is written in, before the one it plans.
      // A financial year named (our annual report for 2025–26) is the report's by the year the report's period counts by.
      const named = mention.fiscal && p.fiscal && mention.end?.year !== undefined ? (p.kind === 'summary' ? mention.end.year : mention.start.year) : mention.start.year;
      if (said.kind === 'name' ? named === p.year || (said.opening && mention.start.year! > p.year) : (!before(said.last, ownStart) && !wholeYearBefore(said, p)) || p.kind === 'plan') continue;
      const message = said.kind === 'name' ? 'selfName' : said.kind === 'period' ? 'ownPeriod' : 'dataPeriod';
      this.context.report({ message, data: { basis: this.basis(false), text: said.text }, range: rangeIn(mention.paragraph, said.start, said.end) });
    }
  }

  /**
   * "Next year (2026) the Trust expects…" in a paper dated 18 November 2026, 明年（2026年）预计… in the 2026 summary: the
   * year glossed is not the one the word counts to, from when the report was written nor from the period it covers
   * (a 2026 annual report signed in 2027 says "last year (2025)" and "next year (2027)"; a 2026 plan written in 2025 its
   * 今年（2025年）). Not what ownPeriod or planOpening read already (本年度（2023年）, 明年（2026年），我们将…).
   */
  /**
   * 以上是本人2024年度的述职，不妥之处，请批评指正 closing the 2025年度述职报告: the closing formula names the year summed
   * up, and last year's was left in (stale-year-closing.ts). Only a summary whose title (or cover) gives its year.
   */
  closingYear(paragraphs: readonly Paragraph[]): void {
    const p = this.time.period;
    if (!p || p.kind !== 'summary' || !titled(p) || p.fiscal || p.shown) return;
    const closing = closingYearBefore(paragraphs, p.year);
    if (!closing) return;
    this.context.report({ message: 'selfName', data: { basis: this.basis(false), text: closing.text }, range: rangeIn(closing.paragraph, closing.start, closing.end) });
  }

  /**
   * "This statement was approved by the Board … on 10 June 2025 and signed on its behalf by:" closing the Modern
   * Slavery Statement 2025/26 (the financial year ending 31 March 2026), 本报告已经公司董事会于2025年3月20日审议通过 in
   * the 2025年度报告: a report on a period approved before that period ended kept last year's date
   * (model/dates-approved.ts). Only a summary whose title (or cover) gives its period, approved in a month before the
   * one the period ends in (a financial year's: March at the earliest, or the month its title's year ends in); not the
   * date at the end read already (signature() measures it), nor a plan (approved before its period, as it should be).
   */
  approvedEarly(paragraphs: readonly Paragraph[]): void {
    const { period: p, signed, dateline } = this.time;
    if (!p || p.kind !== 'summary' || !titled(p) || this.signedReported || (p.shown && !p.fiscal)) return;
    const approval = approvalDate(paragraphs, (q) => this.context.model.datesIn(q));
    if (!approval || approval.mention === signed?.mention || approval.mention === dateline?.mention || this.reportedDates.has(approval.mention)) return;
    const ended = YEAR_ENDED_EN.exec(p.evidence);
    const end: Month = ended
      ? { year: p.year, month: MONTHS_EN.indexOf(ended[1].slice(0, 3).toLowerCase()) + 1 }
      : p.fiscal
        ? { year: p.year, month: 3 }
        : p.quarter
          ? { year: p.year, month: p.quarter * 3 }
          : endOf(p.year, p.half);
    const at = approval.mention.start;
    if (!before({ year: at.year!, month: at.month }, end)) return;
    const m = approval.mention;
    this.reportedDates.add(m);
    this.context.report({ message: 'approvedEarly', data: { basis: this.basis(false), text: approval.text }, range: rangeIn(m.paragraph, m.offset, m.offset + m.length) });
  }

  /** 根据《关于开展2025年度述职述廉工作的通知》要求 in the 2026年度述职述廉报告: last year's notice (stale-year-notice.ts). */
  launchNotice(paragraph: Paragraph): void {
    const p = this.time.period;
    if (!p || p.kind !== 'summary' || !titled(p) || p.fiscal || p.half || p.quarter || p.shown) return;
    for (const notice of launchNotices(paragraph.text, p.evidence)) {
      if (notice.year >= p.year) continue;
      this.context.report({
        message: 'notice',
        data: { basis: this.basis(false), text: paragraph.text.slice(notice.start, notice.end), year: notice.year },
        range: rangeIn(paragraph, notice.start, notice.end),
      });
    }
  }

  relativeYears(dates: readonly DateMention[]): void {
    const { period: p, signed } = this.time;
    for (const gloss of relativeGlosses(dates)) {
      const { mention, shift, year } = gloss;
      if (this.openingsReported.has(mention) || (p && ownPeriodStatement(mention, dates, p.evidence))) continue;
      const fits = new Set<number>();
      if (signed && !signed.periodEnd) fits.add(signed.point.year! + shift);
      if (p) {
        // A plan is written the year before it or in it; a summary or a report in its year or the next (unsigned).
        const base = p.fiscal ? [p.year - 1, p.year, p.year + 1] : p.kind === 'plan' ? [p.year - 1, p.year] : signed ? [p.year] : [p.year, p.year + 1];
        for (const b of base) fits.add(b + shift);
      }
      if (fits.size === 0 || fits.has(year)) continue;
      const text = mention.paragraph.text;
      this.context.report({
        message: 'relative',
        data: { basis: this.basis(signed !== undefined && !signed.periodEnd), word: mention.language === 'en' ? gloss.word.toLowerCase() : gloss.word, year, text: text.slice(gloss.start, gloss.end) },
        range: rangeIn(mention.paragraph, gloss.start, gloss.end),
      });
    }
  }

  /**
   * "This report covers the period from 1 October 2023 to 30 September 2025" in a Final Report whose cover says "Grant
   * period: 1 October 2024 to 30 September 2026": the period the report says it covers starts before the grant's and
   * ends before its end — last year's (or another grant's) template sentence. Only with the grant's (project's,
   * programme's, funding's) period on a cover line, as two full dates, and the report's period read as its own
   * (model/own-period.ts); not a pilot told of ("our pilot ran from…").
   */
  ownPeriodBeforeGrant(dates: readonly DateMention[]): void {
    if (this.grant === undefined) this.grant = grantPeriod(this.context, this.time) ?? null;
    const grant = this.grant;
    if (!grant) return;
    for (const mention of dates) {
      if (mention === grant.mention || mention.language !== 'en') continue;
      const said = ownPeriodStatement(mention, dates, this.time.period?.evidence ?? '');
      if (!said || said.kind !== 'period' || said.last.month === undefined) continue;
      const first = said.mention.start;
      if (first.year === undefined || first.month === undefined) continue;
      if (!before({ year: first.year, month: first.month }, grant.from) || !before({ year: said.last.year, month: said.last.month }, grant.to)) continue;
      const basis = this.context.localize(rule.meta.messages.basisGrant, { label: grant.label.toLowerCase(), period: grant.text });
      this.context.report({ message: 'ownPeriod', data: { basis, text: said.text }, range: rangeIn(mention.paragraph, said.start, said.end) });
    }
  }

  /**
   * 截至2025年9月底，辖区完成… / 2025年1—9月，辖区实现… opening a paragraph (or an item, after its number and a short
   * lead sentence) of the 2026年前三季度工作总结: the stretch the report sums up, told with last year's year — to the
   * same month the title's part of the year ends in (前三季度: September, 上半年: June, 第三季度: September, 1—10月:
   * October), with a figure counted after it. Not a stretch compared with (较, 与…相比, 同期, 去年), nor a stock at
   * another month (截至2025年底，辖区共有…).
   */
  ownStretchLastYear(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const p = this.time.period;
    if (!p || !titled(p) || p.kind === 'plan' || p.fiscal) return;
    const end = partEnd(p);
    if (end === undefined) return;
    const text = paragraph.text;
    for (const d of dates) {
      if (d.language !== 'zh' || d.start.year !== p.year - 1 || isQuoted(d)) continue;
      const head = text.slice(0, d.offset);
      const cutoff = /(?:截至|截止到?)\s*$/.exec(head);
      if (!OWN_STRETCH_LEAD_ZH.test(cutoff ? head.slice(0, cutoff.index) : head)) continue;
      // 截至2025年9月底 (or 9月30日); 2025年1—9月.
      const q = d.qualifier;
      const stretch = cutoff
        ? !d.end && d.start.month === end && (d.start.day === undefined ? !q || q.part === 'end' : d.start.day === daysInMonth(end, d.start.year))
        : !cutoff && d.end !== undefined && d.start.month === 1 && d.start.day === undefined && d.end.month === end && d.end.day === undefined && (d.end.year === undefined || d.end.year === d.start.year);
      if (!stretch) continue;
      const after = q?.end ?? d.offset + d.length;
      if (!/^[，,]/.test(text.slice(after))) continue;
      const clause = text.slice(after + 1).split(/[。；;！？]/)[0];
      if (!/\d/.test(clause) || FUTURE_ZH.test(clause) || /将|將|预计|預計/.test(clause)) continue;
      const from = cutoff ? d.offset - cutoff[0].length : d.offset;
      const basis = this.context.localize(rule.meta.messages.basisTitle, { own: p.evidence, title: titleFromYear(p) ?? p.evidence });
      this.context.report({ message: 'ownPeriod', data: { basis, text: text.slice(from, after) }, range: rangeIn(paragraph, from, after) });
    }
  }

  /**
   * 活动时间：2026年1月20日至2月28日 in the 2027年春节文化惠民活动实施方案 dated 2026年12月15日 (or the span alone under
   * 一、活动时间): the time the plan itself sets for its activity, over before the plan was written — last year's plan's
   * dates. Only a time labelled as the plan's own (活动, 实施, 开展, 举办 time), at the start of its paragraph or item.
   */
  planOwnTime(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const p = this.time.period;
    if (!p || p.kind !== 'plan' || !this.written || dates.length === 0) return;
    const text = paragraph.text;
    const d = dates[0];
    if (d.language !== 'zh' || isQuoted(d)) return;
    const head = text.slice(0, d.offset);
    const labelled = OWN_TIME_LEAD_ZH.test(head) || (/^\s*$/.test(head) && !paragraph.atHeading && OWN_TIME_HEADING_ZH.test(paragraph.section?.title ?? ''));
    if (!labelled) return;
    const last = d.end ?? d.start;
    const year = last.year ?? d.start.year;
    if (year === undefined || last.month === undefined) return;
    if (!before({ year, month: last.month }, this.written.month)) return;
    const shown = text.slice(d.offset, d.offset + d.length);
    this.reportedDates.add(d);
    this.context.report({ message: 'event', data: { basis: this.basis(this.written.bySignature), text: shown }, range: rangeIn(paragraph, d.offset, d.offset + d.length) });
  }

  /**
   * 2024年全年，全县粮食播种面积… opening an item under 一、2025年工作完成情况 in the 2025 summary: last year's whole year
   * told as the one the section sums up. Only a year's 全年 at the item's start (after its number and a short lead
   * sentence: （一）粮食生产。), in a summary of a calendar year whose section heading names that year's work; not a
   * year compared with (比, 较, 同比, 与…相比, 上年) in its clause.
   */
  wholeYearAsOwn(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const p = this.time.period;
    if (!p || p.kind !== 'summary' || !titled(p) || p.half || p.quarter || p.fiscal || p.shown) return;
    const m = WHOLE_YEAR_OPENING_ZH.exec(paragraph.text);
    if (!m) return;
    let section = paragraph.section;
    while (section && !(section.title.includes(`${p.year}年`) && OWN_WORK_HEADING_ZH.test(section.title))) section = section.parent;
    if (!section) return;
    if (Number(m[1]) >= p.year) return;
    const at = m.index + m[0].length - m[1].length - 4;
    const mention = dates.find((d) => d.offset === at && d.language === 'zh' && d.start.year === Number(m[1]) && !d.end);
    if (!mention || isQuoted(mention)) return;
    const rest = paragraph.text.slice(m.index + m[0].length);
    const clause = rest.split(/[。；;！!？?]/)[0];
    if (COMPARED_ZH.test(clause)) return;
    this.context.report({
      message: 'ownPeriod',
      data: { basis: this.basis(false), text: `${m[1]}年全年` },
      range: rangeIn(paragraph, at, at + m[1].length + 3),
    });
  }

  /**
   * 2025年，在区委、区政府的坚强领导下，我局…取得新进展 opening the body of the 2026 summary: the formula that opens a
   * summary names the year it sums up, and last year's was left in. Only a summary named by its year in the title (a
   * 工作报告 of a government may review the year before it), in the first two paragraphs of its body (or the first under
   * its first heading, a body that opens with 一、履职情况, not 一、基本情况), with the formula in the same sentence (在…领导下, 坚持, 围绕…;
   * in a 述职报告 also the writer: 2025年以来，我…) and neither the report's own year nor 今年 in it; 2025年以来 only
   * since last year, in a paragraph that tells of no later year.
   */
  openingYear(paragraphs: readonly Paragraph[], datesOf: (p: Paragraph) => readonly DateMention[]): void {
    this.openingLongBefore(paragraphs, datesOf);
    const p = this.time.period;
    if (!p || p.kind !== 'summary' || !titled(p) || p.fiscal || p.shown) return;
    const duty = /述职|述職/.test(p.evidence);
    let seen = 0;
    let heading: Paragraph['section'];
    for (const paragraph of paragraphs) {
      if (seen >= 2) return;
      // The opening is before the first heading, or, in a body that opens with one (一、履职情况), the first paragraph
      // under it.
      if (paragraph.section) {
        if (heading === undefined) {
          // The title's own heading (# 2026年度个人述职报告): its paragraphs open the body.
          const title = this.time.titleLines.has(paragraph.section.marker.line);
          // 一、基本情况 opens with the unit's or the writer's history (2025年，在…领导下完成机构改革; 2025年，本人担任…).
          if ((!paragraph.atHeading && !title) || BACKGROUND_HEADING_ZH.test(paragraph.section.title)) return;
          heading = paragraph.section;
          if (paragraph.atHeading) continue;
        }
        if (paragraph.section !== heading || paragraph.atHeading) return;
        seen = Math.max(seen, 1);
      }
      // An address line (各位代表：, 区委：) is no paragraph of the body.
      if (/^[^。，,；]{1,20}[：:]\s*$/.test(paragraph.text)) continue;
      seen++;
      const m = OPENING_YEAR_ZH.exec(paragraph.text);
      if (!m) continue;
      const year = Number(m[2]);
      if (year >= p.year) return;
      const sentence = paragraph.text.split(/[。！？]/)[0];
      const clause = sentence.slice(m[0].length);
      const formula = OPENING_FORMULA_ZH.test(sentence) || (duty && OPENING_PERSON_ZH.test(clause) && !APPOINTED_ZH.test(sentence));
      if (!formula || sentence.includes(`${p.year}`) || /今年|本年/.test(sentence)) return;
      // 2025年以来 in the 2026 summary: since last year's start, its opening left in — not when the paragraph goes on to
      // this year (2025年以来…。2026年，…: two years told), nor since a year further back.
      if (m[3] && (year !== p.year - 1 || paragraph.text.includes(`${p.year}`) || /今年|本年|一年来|一年來/.test(paragraph.text))) return;
      const at = m[1].length;
      const mention = datesOf(paragraph).find((d) => d.offset === at && d.language === 'zh' && d.start.year === year && !d.end);
      if (!mention || isQuoted(mention)) return;
      const text = m[0].slice(at).replace(/[，,]$/, '');
      this.context.report({ message: 'ownPeriod', data: { basis: this.basis(false), text }, range: rangeIn(paragraph, at, at + text.length) });
      return;
    }
  }

  /**
   * 下次会议定于2026年1月15日召开 in minutes dated 2026年11月27日, "The next meeting will be held on 22 January 2026" under
   * "Held on Thursday 19 November 2026": the next meeting set before the one minuted — last year's line left in. Only
   * against a date the draft gives itself (落款, the date under the title), a month before it at least; not a meeting
   * told in the past ("the next meeting, on 22 January 2026, agreed…", 上次会议).
   */
  nextMeeting(paragraph: Paragraph, dates: readonly DateMention[]): void {
    if (!this.written?.bySignature || dates.length === 0) return;
    NEXT_MEETING.lastIndex = 0;
    const m = NEXT_MEETING.exec(paragraph.text);
    if (!m) return;
    const after = m.index + m[0].length;
    const mention = dates.find((d) => d.offset >= after && d.offset - after <= 40 && d.start.year !== undefined && d.start.month !== undefined && !d.end);
    if (!mention || this.reportedDates.has(mention) || isQuoted(mention)) return;
    const between = paragraph.text.slice(after, mention.offset);
    const clause = paragraph.text.slice(m.index, mention.offset + mention.length + 30).split(/[。；;！？]|\.\s/)[0];
    if (mention.language === 'zh' ? !NEXT_MEETING_SET_ZH.test(between) || /已|曾|召开了|召開了/.test(clause) : NEXT_MEETING_PAST_EN.test(clause)) return;
    if (!before({ year: mention.start.year!, month: mention.start.month }, this.written.month)) return;
    const text = paragraph.text.slice(mention.offset, mention.offset + mention.length);
    this.context.report({ message: 'event', data: { basis: this.basis(true), text }, range: rangeIn(paragraph, mention.offset, mention.offset + mention.length) });
  }

  /**
   * 确保大坝主体于2027年9月底前填筑到顶，力争2026年底前具备下闸蓄水条件 in the 2027年工作计划: a plan's tasks are told in
   * their order, and a 力争/确保 deadline before the plan's year began, after one in that year in the same sentence, went
   * back to last year's (the plan copied from last year's, one year not moved on). Not one in the order of time
   * (确保2026年底前完成收尾工作，2027年6月底前完成全部验收), nor one not stated as a target of its own (其中, 已).
   */
  deadlineBackwards(dates: readonly DateMention[]): void {
    const p = this.time.period;
    if (!p || p.kind !== 'plan' || !titled(p) || p.fiscal || p.shown || p.half || p.quarter) return;
    let earlier: { mention: DateMention; month: Month } | undefined;
    for (const mention of dates) {
      if (mention.language !== 'zh') continue;
      const text = mention.paragraph.text;
      if (earlier && /[。；;！？]/.test(text.slice(earlier.mention.offset + earlier.mention.length, mention.offset))) earlier = undefined;
      const deadline = deadlineOf(mention, true);
      if (!deadline || deadline.month === undefined) continue;
      if (deadline.year === p.year) {
        if (!earlier || before(earlier.month, deadline)) earlier = { mention, month: deadline };
        continue;
      }
      if (deadline.year !== p.year - 1 || !earlier || this.reportedDates.has(mention) || isQuoted(mention)) continue;
      const clause = text.slice(Math.max(0, mention.offset - 12), mention.offset).split(/[，,、]/).pop()!;
      if (!/(?:力争|力爭|确保|確保|争取|爭取|力求)(?:于|於|在)?\s*$/.test(clause)) continue;
      const shown = text.slice(mention.offset, (mention.qualifier?.end ?? mention.offset + mention.length));
      const earlierText = text.slice(earlier.mention.offset, earlier.mention.qualifier?.end ?? earlier.mention.offset + earlier.mention.length);
      this.reportedDates.add(mention);
      this.context.report({ message: 'deadlineBackwards', data: { basis: this.basis(false), text: shown, earlier: earlierText }, range: rangeIn(mention.paragraph, mention.offset, mention.offset + shown.length) });
    }
  }

  /**
   * "the audited Statement of Accounts for 2025/26" and "The external auditor is expected to issue an unqualified opinion
   * on the 2024/25 Statement of Accounts by 30 November 2026" in the Annual Statement of Assurance 2025/26: the report
   * names the accounts it goes with by its own year, and the same accounts still to come by the year before — last
   * year's left in. Only a report on a financial year with both; not the accounts of the year before told as such
   * (the prior year's, delayed, outstanding), nor as done ("The 2024/25 Statement of Accounts was signed in February 2026").
   */
  documentLastYear(paragraphs: readonly Paragraph[], datesOf: (p: Paragraph) => readonly DateMention[]): void {
    const p = this.time.period;
    if (!p || !p.fiscal || p.kind !== 'summary' || !titled(p)) return;
    const named: { noun: string; year: number; mention: DateMention }[] = [];
    for (const paragraph of paragraphs) {
      for (const d of datesOf(paragraph)) {
        if (!d.fiscal || d.language !== 'en' || d.end?.year === undefined || isQuoted(d)) continue;
        const text = paragraph.text;
        const lead = text.slice(Math.max(0, d.offset - 60), d.offset);
        const m = DOCUMENT_BEFORE_EN.exec(lead) ?? DOCUMENT_AFTER_EN.exec(text.slice(d.offset + d.length, d.offset + d.length + 40));
        if (m) named.push({ noun: m[1].toLowerCase().replace(/\s+/g, ' '), year: d.end.year, mention: d });
      }
    }
    for (const late of named) {
      if (late.year !== p.year - 1 || this.reportedDates.has(late.mention)) continue;
      const own = named.find((n) => n.noun === late.noun && n.year === p.year);
      if (!own) continue;
      const text = late.mention.paragraph.text;
      const from = Math.max(text.lastIndexOf('. ', late.mention.offset) + 1, 0);
      const stop = text.slice(late.mention.offset).search(/[.;](?:\s|$)/);
      const sentence = text.slice(from, stop < 0 ? text.length : late.mention.offset + stop);
      if (!DOCUMENT_TO_COME_EN.test(sentence) || NOT_OWN_EN.test(sentence)) continue;
      this.reportedDates.add(late.mention);
      const shown = text.slice(late.mention.offset, late.mention.offset + late.mention.length);
      const ownShown = own.mention.paragraph.text.slice(own.mention.offset, own.mention.offset + own.mention.length);
      const line = String(positionIn(own.mention.paragraph, own.mention.offset).line + 1);
      this.context.report({ message: 'documentLastYear', data: { noun: late.noun, own: ownShown, line, text: shown }, range: rangeIn(late.mention.paragraph, late.mention.offset, late.mention.offset + late.mention.length) });
    }
  }

  /**
   * "Report published: 4 December 2025" over an outage "On 31 November 2026, … customers … experienced…": a report
   * dated before every date of its body, its events a year on (model/dates-before-events.ts).
   */
  signedBeforeEvents(): void {
    const signed = this.time.signed;
    if (!signed || this.signedReported) return;
    const found = datedBeforeEvents(this.time, this.context.doc.paragraphs, (q) => this.context.model.datesIn(q));
    if (!found) return;
    this.signedReported = true;
    const m = signed.mention;
    const line = String(positionIn(found.event.paragraph, found.event.offset).line + 1);
    this.context.report({ message: 'signedBeforeEvents', data: { text: signed.text, event: found.text, line }, range: rangeIn(m.paragraph, m.offset, m.offset + m.length) });
  }

  /**
   * "The minutes of the meeting held on 15 July 2025 were approved as a correct record" in the minutes of the meeting
   * of 16 September 2026; 审议通过上次会议（2025年7月15日）纪要: the meeting before, twelve to fifteen months before this
   * one, is last year's date left in (the same day a year on falls in the months before this meeting). Only the
   * minutes' own date (under the title or at the end); not an annual meeting's (AGM, 年会, 年度大会), which meets yearly.
   */
  previousMeeting(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const signed = this.time.signed;
    if (!signed || signed.periodEnd || signed.point.year === undefined || signed.point.month === undefined || dates.length === 0) return;
    const text = paragraph.text;
    for (const d of dates) {
      if (d.end || d.start.year === undefined || d.start.month === undefined || d.start.day === undefined || d === signed.mention || this.reportedDates.has(d)) continue;
      const lead = text.slice(Math.max(0, d.offset - 60), d.offset);
      const after = text.slice(d.offset + d.length, d.offset + d.length + 12);
      const previous = d.language === 'zh'
        ? /(?:上次|上一次|前次)(?:会议|會議|例会|例會)\s*[（(]\s*$/.test(lead) && /^\s*[）)]/.test(after)
        : /\bminutes\s+of\s+the\s+(?:previous\s+|last\s+)?(?:[A-Za-z'’-]+\s+){0,3}?meeting\s+(?:held\s+)?(?:on\s+|of\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/i.test(lead);
      if (!previous || isQuoted(d)) continue;
      const title = [...this.time.titleLines].map((l) => this.context.doc.lines[l]?.text ?? '').join(' ');
      if (/\b(?:annual|AGM)\b|年会|年會|年度大会|年度大會|年度会议|年度會議/i.test(title + lead)) continue;
      const months = (signed.point.year - d.start.year) * 12 + signed.point.month - d.start.month;
      if (months < 12 || months > 15) continue;
      // The same day a year on is before this meeting.
      if (months === 12 && (signed.point.day === undefined || d.start.day >= signed.point.day)) continue;
      this.reportedDates.add(d);
      const shown = text.slice(d.offset, d.offset + d.length);
      this.context.report({ message: 'previousMeeting', data: { meeting: signed.text, text: shown }, range: rangeIn(paragraph, d.offset, d.offset + d.length) });
    }
  }

  /**
   * 区教育局工作总结 with no year in its title, opening 2025年，在区委…领导下, signed 2026年12月10日: a summary is written
   * soon after its period, and one dated nine months or more after it was started from last year's (its opening kept,
   * its 落款 new). Only a summary whose period the opening gave and a 落款 at the end.
   */
  private openingLongBefore(paragraphs: readonly Paragraph[], datesOf: (p: Paragraph) => readonly DateMention[]): void {
    const { period: p, signed } = this.time;
    if (!p || p.source !== 'opening' || p.kind !== 'summary' || !signed || signed.top || signed.point.year === undefined || signed.point.month === undefined) return;
    const end = endOf(p.year, p.half);
    const months = (signed.point.year - end.year) * 12 + signed.point.month - end.month!;
    if (months < 9) return;
    // 2020年以来，我县作为…试点县 in the pilot's summary signed 2026年11月: since a year long before, a span of years
    // told, not last year's opening left in (2025年以来 signed 2026年12月 still is).
    if (/以来|以來/.test(p.evidence) && signed.point.year - p.year >= 2) return;
    const paragraph = paragraphs.find((q) => q.firstLine <= p.line && p.line <= q.lastLine);
    const mention = paragraph && datesOf(paragraph).find((d) => d.start.year === p.year && !d.end);
    if (!paragraph || !mention) return;
    const text = paragraph.text.slice(mention.offset, mention.offset + mention.length);
    this.signedReported = true;
    this.context.report({ message: 'ownPeriod', data: { basis: this.basis(true), text }, range: rangeIn(paragraph, mention.offset, mention.offset + mention.length) });
  }

  /** "Next report due: March 2023" in the 2023 annual report. */
  nextReport(paragraph: Paragraph, dates: readonly DateMention[]): void {
    const p = this.time.period;
    // Without the period read, the date the report was written: the next one is not due before it. A report on a period
    // in progress (关于2026年第三季度…情况的报告) the same.
    const byDate = !p || p.kind === 'report';
    const signed = byDate && this.time.kind !== 'plan' ? this.signedMonth() : undefined;
    if (!signed && (!p || p.kind !== 'summary')) return;
    const next = nextReportDue(paragraph, dates);
    if (!next) return;
    const due = next.mention;
    // "The Director will report in March 2026" read already as an event that had passed: one finding.
    if (this.reportedDates.has(due)) return;
    const when: Month = { year: due.start.year!, month: due.start.month ?? 12 };
    // The next review of a self-evaluation may fall inside its year ("Next review: June 2026" in the 2025–26 one): only
    // one due before the period began is last year's. The next report is due after the period's end: a financial or
    // school year's (2025/26) ends in March at the earliest, a year that ends in a month the title names (the year
    // ended 31 March 2026) then.
    const ended = p && YEAR_ENDED_EN.exec(p.evidence ?? '');
    const end: Month | undefined = p && (ended ? { year: p.year, month: MONTHS_EN.indexOf(ended[1].slice(0, 3).toLowerCase()) + 1 } : p.fiscal ? { year: p.year, month: 3 } : endOf(p.year, p.half));
    const start: Month | undefined = p && (ended ? (end!.month === 12 ? { year: p.year, month: 1 } : { year: p.year - 1, month: end!.month! + 1 }) : p.fiscal ? { year: p.year - 1, month: 4 } : startOf(p.year, p.half));
    // Reported termly, quarterly, monthly (每季度, 每月): the next of those falls inside the period.
    if (p && PERIODIC.test(paragraph.text.slice(Math.max(0, due.offset - 160), due.offset).replace(/\bnext\s+quarterly\b/gi, ''))) return;
    const byPeriod = p && !byDate ? (next.review ? before(when, start!) : !before(end!, when)) : before(when, signed!);
    // Nor in the month it was published at the latest ("Next annual report due: March 2027" in the 2026 report
    // published 20 March 2027: that is this one).
    const dated = p && !byDate && !next.review ? this.signedMonth() : undefined;
    const bySignature = dated?.month !== undefined && !before(dated, when);
    if (!byPeriod && !bySignature) return;
    const text = paragraph.text.slice(due.offset, due.offset + due.length);
    this.context.report({ message: 'nextReport', data: { basis: this.basis(byDate || !byPeriod), text }, range: rangeIn(paragraph, due.offset, due.offset + due.length) });
  }

  private signedMonth(): Month | undefined {
    const s = this.time.signed;
    return s ? { year: s.point.year!, month: s.point.month } : undefined;
  }

  /** How the report's own time was found, in the writer's language: 本文为2025年工作总结（见标题）. */
  private basis(fromSignature: boolean): string {
    const { period: p, signed } = this.time;
    const messages = rule.meta.messages;
    if (signed && (fromSignature || !p)) return this.context.localize(signed.periodEnd ? messages.basisPeriodEnd : signed.top ? (this.time.titleLines.has(signed.line) ? messages.basisTitleDate : messages.basisDateline) : messages.basisSigned, { date: signed.text });
    if (!p) return '';
    let own: string;
    if (p.shown || p.quarter) {
      const shown = p.shown ?? this.context.localize(messages.quarter, { year: p.year, q: p.quarter!, qZh: '一二三四'[p.quarter! - 1] });
      const kind = p.kind === 'summary' ? messages.ownSummaryShown : p.kind === 'plan' ? messages.ownPlanShown : messages.ownReportShown;
      own = this.context.localize(kind, { shown });
    } else {
      const kind = p.kind === 'summary' ? messages.ownSummary : p.kind === 'plan' ? messages.ownPlan : messages.ownReport;
      own = this.context.localize(kind, { year: p.year, half: this.halfText(p.half) });
    }
    // In Chinese the own* messages give the period only (2026年上半年): the name is the title's.
    const period = own;
    if (p.source === 'title') {
      const title = titleFromYear(p);
      return title ? this.context.localize(messages.basisTitle, { own, title }) : this.context.localize(messages.basisTitlePeriod, { own, period });
    }
    return this.context.localize(messages.basisOpening, { own, period, evidence: p.evidence });
  }

  private periodText(year: number, half?: 1 | 2): string {
    return this.context.localize(rule.meta.messages.period, { year, half: this.halfText(half) });
  }

  private halfText(half?: 1 | 2): string {
    const messages = rule.meta.messages;
    return half === 1 ? this.context.localize(messages.firstHalf) : half === 2 ? this.context.localize(messages.secondHalf) : '';
  }
}

/** What names a document at the end of a Chinese title: 总结, 述职报告, 工作要点, 实施方案, 通报, 统计公报, 简析. */
const ZH_DOCUMENT_NOUN = /(?:总结|總結|小结|小結|报告|報告|汇报|匯報|计划|計劃|要点|要點|方案|打算|思路|安排|通报|通報|公报|公報|年报|年報|分析|简析|簡析)(?:[（(][\p{sc=Han}]{1,6}[）)])?$/u;

/**
 * A Chinese title from the year of its period on, where the rest of it names the document: 2026年度个人述职报告 (in
 * 某某同志2026年度个人述职报告), 2027年安全检查情况的报告; not a title whose year comes last, in brackets
 * (…三年行动实施方案（2026—2028年）), nor one whose first year is another's.
 */
function titleFromYear(p: ReportPeriod): string | undefined {
  const text = p.evidence.trim().replace(/[。；;，,：:]+$/, '');
  if (!/\p{sc=Han}/u.test(text)) return undefined;
  const at = p.shown ? text.indexOf(p.shown) : text.search(/(?<!\d)(?:19|20)\d\d(?!\d)/);
  if (at < 0) return undefined;
  if (!p.shown) {
    const year = Number(text.slice(at, at + 4));
    if (year !== p.year && year !== p.year - 1) return undefined;
  }
  const from = text.slice(at);
  return ZH_DOCUMENT_NOUN.test(from) ? from : undefined;
}

/**
 * A report named by its financial year only (Admissions Report 2026/27, Home to School Transport Report 2026/27), dated
 * to the day inside that year: it looks forward over the year. Not one that names itself as looking back (Annual
 * Statement of Assurance 2024/25 dated 20 July 2024, an annual report, a review, accounts, a self-evaluation).
 */
const LOOKS_BACK_EN = /\b(?:annual|year[- ]end|year in review|review|final|completion|accounts?|statements?|outturn|results|impact|trustees|self[- ](?:evaluation|assessment))\b/i;

function datedInFiscalYear(time: ReportTime): boolean {
  const { period: p, signed } = time;
  if (!p?.fiscal || p.kind !== 'summary' || !signed || signed.periodEnd || signed.point.day === undefined || LOOKS_BACK_EN.test(p.evidence)) return false;
  const date = { year: signed.point.year!, month: signed.point.month };
  return !before(date, { year: p.year - 1, month: 4 }) && before(date, { year: p.year, month: 4 });
}

/**
 * The earliest the report can have been written: the later of its 落款 date and what the period it covers implies
 * (a summary or report: that year; a half-year summary: June; a plan: the year before).
 */
function writtenFrom(time: ReportTime): { month: Month; bySignature: boolean } | undefined {
  const p = time.period;
  // A plan for a year is written in its last months before it at the earliest: a 2025 plan's 2024年10月底前 had passed.
  // A financial year ends in March at the earliest (2024/25: April to March, or July to June).
  // A report on a financial year in progress (Quarterly Compliance Report, Q2 2026–27) after it began: April at the earliest.
  // A quarter's report (Quarterly Report Q3 2025) at the end of its quarter: by the end of Q2 2025 had passed.
  // A summary of a whole calendar year named in its title (2024年工作总结, Final Report over "Grant Year 2024") sums the
  // year up in its second half at the earliest (signature() reads a date in its first half as too early): "by March
  // 2024" in it had passed. Not a year read from the opening words (2025年以来，… may open a report in July).
  const wholeYear = p && p.kind === 'summary' && titled(p) && !p.fiscal && !p.half && !p.quarter && !p.shown;
  const byPeriod = p && (p.kind === 'plan' ? { year: p.year - 1, month: 11 } : { year: p.year, month: p.fiscal ? (p.kind === 'report' ? 4 : 3) : p.half === 1 ? 6 : p.quarter ? p.quarter * 3 : wholeYear ? 7 : undefined });
  const bySignature = time.signed && { year: time.signed.point.year!, month: time.signed.point.month };
  if (bySignature && (!byPeriod || !before(bySignature, byPeriod))) return { month: bySignature, bySignature: true };
  // A stated date inside the financial year a summary's title names (Admissions Report 2026/27 with "Date: 13 July 2026"):
  // the report looks forward over its year, and its date says when it was written.
  if (bySignature && datedInFiscalYear(time)) return { month: bySignature, bySignature: true };
  // An English report named by its calendar year and dated to the day in that year on the line under its title (Local
  // Skills Improvement Plan Progress Report 2026 / Submitted to the Department for Education, 29 May 2026): it reports
  // on the year in progress, and its date says when it was written ("will be delivered in June 2026" is still to come).
  const s = time.signed;
  if (bySignature && wholeYear && s?.top && !s.periodEnd && s.mention.language === 'en' && s.point.day !== undefined && s.point.year === p!.year) return { month: bySignature, bySignature: true };
  return byPeriod && { month: byPeriod, bySignature: false };
}

/**
 * "This report covers the period from 1 August 2024 to 31 July 2025" in the Annual Report 2025–26: a whole year (eleven
 * months or more, from its first date to its last) that ends in a year before the one the report's own financial or
 * academic year ends in, whatever month that year starts in (April, July, August, October), is last year's.
 */
function wholeYearBefore(said: OwnPeriodStatement, p: { fiscal?: boolean; kind: string; year: number }): boolean {
  if (!p.fiscal || p.kind !== 'summary' || said.kind !== 'period') return false;
  const first = said.mention.start;
  if (first.year === undefined || first.month === undefined || said.last.month === undefined) return false;
  const months = (said.last.year - first.year) * 12 + (said.last.month - first.month);
  return months >= 11 && months <= 12 && said.last.year < p.year;
}

