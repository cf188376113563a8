/**
 * fact-conflict — 前后数字不一致 / The same figure stated differently
 *
 * What: the same quantity stated twice with different values in one document — 新增学位3600个 in one section and
 * 新增学位3800个 in another; "1,520 volunteers" after "1,250 volunteers". The same quantity: the same words before it
 * (and the noun a classifier counts: 新增学位3600个 = 新增3600个学位; an abbreviation in brackets is the
 * measure's name again: 地区生产总值（GDP）= 地区生产总值; the people glued to households, 户籍人口417户1426人, are
 * 户籍人口1426人), the same unit after conversion (1.2万人 = 12000人),
 * and the same time and scope qualifiers in its sentence and in the headings above it (a place or unit each sibling
 * heading names is one; the period a summary or plan is about is no qualifier:
 * 一、2024年主要工作 in the 2024 summary, 一、上半年工作 in a half-year summary, 全年 in a year's 统计公报; value added,
 * 工业增加值, is a level like any other, not a change). Words that only
 * open the clause (一是, 虽然, 特别是, 完成, 现有, 逐条, Markdown bold) do not change what is measured, nor do 为, 稳定在, 保持在 and
 * 各类 (耕地保有量稳定在186.4万亩 = 耕地保有量为186.4万亩). A count after another in its sentence is read in that
 * one's context, unless its own clause names it by verb and noun after a clause with no place, stage or time in it
 * (受理信访举报612件次，处置问题线索486件，立案审查调查138件 and 全年立案审查调查148件 are one quantity), and the 新增 or 累计 of
 * a clause before, with its own figure, is not that of a clause opening afresh with 全市 or 全年 (新增高速公路里程68.5公里，全市高速
 * 公路通车里程达到426.8公里 and 全市高速公路通车里程达到462.8公里 are one quantity); nor does the report's own
 * whole (全年 in a year's report, 全县 in a county body's: 2024年县教育局工作总结, 全区 in a district fire brigade's, 全市 in a city
 * centre's, 全县 in a report titled by the county itself: 青川县2026年农业农村工作总结), nor the words by which the body
 * names itself (集团全年营业收入 in a group's report, 全校共有学生 and 学校现有学生 in a school's, 我局, 全院, 街道 in a street office's;
 * these name a count by its noun alone, as the region a county bureau answers for does with 共有 or 现有: 全县共有水库86座). A per-head measure named as
 * such (城镇居民人均可支配收入) is one figure and is compared too. In English, the reporting body's own counts are matched by
 * verb and noun ("Over the year we merged 412 pull requests" and "In 2024 the SIG merged 421 pull requests" in the 2024
 * report; "The group has 23 active members" and "The WG has 32 active members"; "the library" in the Riverside
 * Library's report is "we", and so are "the libraries" under ASHBOURNE DISTRICT LIBRARIES above the title ANNUAL REVIEW
 * 2024/25; "In 2024/25 we" is the report's year as "In 2024 we" is, and "Across the year the service" as "Over the year we";
 * "Our food banks distributed 48,200 food parcels" is "we distributed" (the whole of the body's own sites or people,
 * not "our partner food banks"; a paragraph opened by "St Wilfrid's is …" in St Wilfrid's Academy's report is its own);
 * another kind of body than the title names, "the foundation" in a trust's report, is not), with the date a stock is taken at, before or after it ("At 31 March 2025 the trust employed 5,280 staff" and "5,820 staff at 31 March 2025"), and the place named after the figure (120 teachers in Kenya … 150 teachers in Kenya;
 * a spread over a number of places is no place: "reached 1,240 households across 12 sites" and "reached 1,420
 * households"; so is one opening the sentence, "Across the 14 branches the libraries served 598,000 visitors", and
 * the body's own name before a noun, "on Eastbridge roads" as "on city roads" in the City of Eastbridge's report (not
 * "in Eastbridge" alone); an auxiliary before the verb changes nothing: "we have randomised 684 participants");
 * the report's own time is no qualifier there either ("in the quarter" and "in Q3" in the Q3 report, "this year" in
 * an annual one), and such a statement in the past tense about that time is a result even under a plan heading
 * ("We closed 148 incidents in Q3" under "Q4 priorities"; a stock in the past tense at a date of the report's own year,
 * "At 30 September 2025 the Trust employed 8,214 people" under "People Plan priorities" in the Q2 2025/26 report; in Chinese, the base a plan starts from in the report's own
 * year, 在2026年门急诊总量27.9万人次的基础上 under 2027年工作打算 in the 2026 report). The verb may follow the noun ("The 12,046 incidents reported
 * this year" and "Staff reported 12,406 incidents"; "The 1,862 complaints logged in the year were each acknowledged" and
 * "The airport received 1,286 complaints": the report's own time after the participle is no scope, and "were each" no
 * part; not after "Of the appeals,"; so is the body's verb after it, "The 16,420 people we supported
 * this year", and a bold figure's noun after the bold, "- **16,240** people supported"; staff are the body's own; not a verb with its object, "Our 1,420
 * volunteers sorted 2.1 million pounds"), and a part counted "of them" after a later
 * figure is that figure's ("enrolled 321 young people and placed 198 of them"), and a part after "Of these," (Of them,
 * Of those,) in the sentence after its whole is counted by the whole's verb, scope and year ("In 2024 the trust employed
 * 1,240 staff. Of these, 310 were nurses" and "The trust employed 320 nurses" in the 2024 report). An English amount is named by the noun
 * phrase right before "of" or a verb of being, whatever the clause says before it ("The Council set a net revenue budget
 * of £412.6m" and "the Council's net revenue budget of £421.6m"; the year it opens with is a qualifier of the words,
 * "The 2024–25 General Fund budget is $182.4 million" and "Our 2024–25 General Fund budget is $184.2 million"); a change
 * after its levels, ", a loss of 86 students", ", an extra 770 tonnes", is no level. "We ended the quarter with 1,250 volunteers" is what
 * the body has, as "We now have 1,520 volunteers" is; a run-in title before the clause (**Volunteer capacity.**) is no
 * part of it; "the quarter" is the own time of a report with "Quarter 2, 2026/27" under its title.
 * One measure under its several names (measure-words.json): a count named without its verb is read with the one verb
 * the draft counts that noun by ("Visitor numbers for the year were 214,600" and "The museum welcomed 241,600
 * visitors"; "Call volume reached 18,040" and "we answered 18,400 calls"; "a staff headcount of 312", "Staff: 312",
 * "we employ 321 people"; "Membership stood at 2,310" and "we have 2,130 members"; "Referrals: 1,420"); a count named
 * with its participle is that verb's ("The number of teachers trained was 2,510", "Food parcels distributed: 32,800",
 * "Tree planting reached 6,500", the sessions run and the sessions we ran); verbs of one class are one verb
 * (welcomed/attracted/saw and, of visitors, served; received/handled/took, completed/carried out/conducted/delivered, has/employ/operates/comprises; "Our 1,520 volunteers" = we have; so
 * are a verb and its particle (cared for, responded to), "with a fleet of 412 buses", "Our fleet of 421 buses" and, first in its sentence, "all 24 turbines"). A count
 * whose noun is a name in capitals is counted as any other ("carried out 14,620 Safe and Well visits" and "We completed
 * 14,206 Safe and Well visits"; "4,906 Care Act assessments"), and so is one whose verb follows "and" in a sentence the
 * body opens ("We attended 9,842 incidents, 3.4% more than in 2023/24, and carried out …"; "Over the year we answered
 * 31,480 calls and recorded 8,615 false alarms"), and one after "and" with no verb of its own, counted by the verb before
 * it ("we received 52,300 calls and 9,870 emails": 9,870 emails received; not after a comma, nor "9,870 of them"); a year said only in a clause that compares another figure with it
 * ("2.1% fewer than in 2023/24", "the most since 2019/20" after the figure) is no time of the figure (not "Since
 * 2019/20 we have carried out 61,200 checks"), and "in people's homes" is no place; the part of the body named after a
 * participle as the one that did it is a scope, as a place is ("1,152 patients supported by our Community Nursing Teams"
 * and "We supported 2,870 patients"; not "by our staff"). In Chinese, 已改造的624个
 * 老旧小区 with no period named is the running total (累计改造老旧小区642个); a verb after its object is the same measure
 * (农村公路改造 = 改造农村公路, 创业担保贷款发放 = 发放创业担保贷款, 游客接待量 = 接待游客); 城镇新增就业 = 新增城镇就业; 组织职业技能培训
 * = 职业技能培训; 新增就业岗位 = 新增岗位; 制定的整改措施 = 制定整改措施; 今年, 本年度, 年内 and 1-12月 in a year's report are its own year,
 * and 全年累计 (今年累计, 2026年累计) the year's total, not a running one (全年累计检查企业4,862家次 and 全年共检查企业4,826家次
 * are one quantity; 累计检查企业 alone is not the year's); 1.2万个 and 1.3万个
 * are two values. Within one paragraph, a figure stated twice in two sentences ("Parking citations issued: 41,200. The
 * department issued 39,800 parking citations in the quarter"; 全年查处违停车辆3.26万辆。…查处违停车辆3.62万辆), where
 * neither is approximate and neither clause names another year, a comparison, a target, forecast, plan or condition.
 * A bracketed ordinal inside a name is part of it (小（1）型水库 and 小（2）型水库, 高一（3）班 and 高一（1）班 are different measures).
 * A share of a whole after a count (（A类）22件，占承办提案总数的23.91% and （B类）68件，占承办提案总数的73.91%) is that count's
 * share, named by the count's words and value; an event or dated period named in the sentence before a figure scopes it
 * (举办油菜花节，接待游客3.2万人次 and “五一”假期（5月1日—5日）接待游客8.6万人次; "Over the May bank holiday we welcomed
 * 8,600 visitors" and "Over the year we welcomed 86,000 visitors"); a label and its number name a kind ("41 category 2
 * pressure ulcers" and "14 category 2 pressure ulcers"; "Scope 1 and 2 emissions were 48,200 tCO2e" and "Scope 3 emissions"). What the body has now (全区现有A级旅游景区17家 under 一、2026年工作回顾 and 全区现有A级旅游景区19家 under 二、重点任务 in the 2027 plan; a summary's 2027年工作打算 the same) is one quantity whatever the review or plan heading above it; sibling headings of places and headings of other years still tell two apart.
 * 目前 and 截至目前 say what 现有 says (目前全区共有养老机构42家 and 全区现有养老机构45家 are one quantity; 年初全区有42家 is
 * another moment, as is a sentence of 目前 after one of 2023年 in a paragraph), and a running total or a stock taken 截至 a
 * date is that date's (截至11月底，累计发放补贴1,236万元 and 截至11月底累计发放补贴1,263万元 are one quantity, 截至10月底
 * another); in a year's summary a stock 截至 the end of its own year is the time it reports at, as an undated one is
 * (截至2026年底，全县持证残疾人4.86万人 and 全县持证残疾人4.68万人 in the 2026 summary; not in a plan, nor a running total). The problems an inspection 反映, 查出, 反馈 or 指出 are the ones it 发现 (巡察共反映问题86个 and 巡察查出问题68个;
 * 整改问题 is a figure of its own; 发现问题86个，反馈问题80个 in one sentence are two counts), and 接收信访 is 受理信访. In English,
 * "there were 412 open cases" at a date is the body's stock of open cases, and so is "the 421 cases open at the year end
 * (31 March 2026)" (the month of the date its scope, as "At 31 March 2026" gives it); "we currently have 1,240 volunteers"
 * is "our 1,420 volunteers". In a year's report a stock at the end of its own year ("At 31 December 2025" in the 2025
 * report, 31 March in a 2024/25 one) is the year's own, as "our 12,840 employees" is; a spread over a number of places
 * after "in" is no place ("employed 12,480 people in 14 countries"; a time is: "in 3 months"); "The team is now 18
 * engineers" is what the body has, and "our 16 engineers" is the same under a plan heading and after another figure in
 * its sentence ("… in our communities, and our 12,840 employees volunteered"); so are the people the body is "supported
 * by" ("In 2024/25 we welcomed 340,550 visitors and were supported by 286 volunteers" and "Our 268 volunteers"; in a
 * 2024/25 summary "In 2024/25" and the title's 2024/25 are its own year). 仅有 says what 现有 says (全局执法人员仅有36人
 * and 全局现有执法人员38人), and in a half-year summary 现有 under 下半年工作计划 is the same quantity. The investment before a
 * project named after it is that project's (投资60亿元的华川动力电池项目 = 华川动力电池项目总投资65亿元; 二期总投资 is a part's).
 * A heading's place or stage word that the figure's own clause names too adds nothing (（一）农村公路建设 over 全年完成农村公路
 * 新改建126公里 and 全县全年完成农村公路新改建162公里 elsewhere are one quantity); a name that holds a plan word is no plan
 * (（二）免疫规划, 计划生育: figure-words.json qualifierNames).
 * A stock and, later in its paragraph, the same stock named again as the whole of a breakdown with another count
 * (全县共有闲置校舍46处，已盘活利用31处；在64处闲置校舍中，…; the later noun may leave words out: 闲置国有房产 → 闲置房产),
 * unless the later count is a figure the paragraph already gave in that unit (the part just counted) or a year stands between.
 * A measure stated twice in other words with two values one swap of adjacent digits apart (£413,600 and £431,600;
 * "1,340 volunteers" and "Of the 1,430 volunteers"; £3.59m and £3.95m; "2,410 employees" and "We employ 2,140 people";
 * 村级河湖长376名 in a 其中 breakdown and 全县村级河湖长367名): the same head noun, unit, scale and headings scope, at
 * least three digits, no third value of that noun; the swap is the evidence of a slip. Not when either is approximate,
 * a share, in a table, in a clause of another year, a change, a target or plan, a range, both parts (其中, of which), a
 * place or a name of its own (The Leeds hub, 城区), verbs of different classes, or a unit of time or length (hours).
 * In Chinese, two values one swap of any two digits apart (3265人 and 3562人; adjacent at three digits) are one measure
 * named in other words where one name holds the other but for one character (全年归集住房公积金86.4亿元 and 全年归集资金
 * 84.6亿元; 各乡镇累计转移受威胁群众 and, in a 汛期 report, 汛期累计转移群众; 全年实现营业收入 and, under a heading of problems and
 * plans, 回顾全年，分公司营业收入): not with another time (上半年), place or body (城区, 甲公司), a plan or an outcome set against
 * it (计划, 实际, 力争), a moment before or after (改造前), a part (其中), a flow against a stock (新增), a verb of its own
 * (受理 and 收到 申请), a running total in a half-year's report (累计), nor a third value
 * (fact-conflict/permuted.ts). "across the Riverside and Eastgate wards", a spread over places, names no place of its own.
 * 全X right before a count, its classifier and its noun is the region's whole stock (对全市87个乡镇卫生院开展了调研 and
 * 全市83个乡镇卫生院中: fact-conflict/region-stock.ts); the total row of an English table is the set the prose names by
 * the column's words after "the" ("Valid reports" totalling 312 and "the 318 valid reports": table-total-prose-en.ts).
 * What an English count of events is from or of ("deaths from cardiovascular disease", "deaths from all causes") and a
 * season opening its sentence ("During winter 2025-26") tell two counts apart (fact-conflict/cause-after-en.ts).
 * A weight the body states with its verb and what it is of is read as a count is ("The Authority handled 3.12 million
 * tonnes of cargo" and "the port handled 3.21 million tonnes of cargo" under PORT OF CARRICK HARBOUR AUTHORITY).
 * An English amount may also be named after it by the reporting body ("The £46.8m net budget was balanced", "our £46.8m
 * net budget"; not "the Police's £63.1m net budget", nor one the clause gives to another body: "The Police set a net
 * budget of £61.5m" in the Council's report); "across four directorates", a spread over places in words, is no scope.
 * A draft without a title still names itself: 本局, 我局 and 局机关 are the bureau's own (本局现有干部职工126人 and
 * 局机关现有干部职工162人), 全系统 another whole.
 * Paraphrases of one measure are one measure too: 追回税款 = 追缴税款, 主题党日活动 = 主题党日 (rules/fact-conflict/paraphrases.ts), the
 * means before its verb is no word of it (通过专项检查追回税款1.3亿元 = 全年共追缴税款1.2亿元), 一年来 in a year's summary is its year,
 * and a small count of events in Chinese numerals is compared as in digits (召开教职工大会五次 and 全年召开教职工大会6次). A year's
 * summary's 累计 and 全年共 with no date of their own are one amount where the values are one digit swap apart (局机关累计支出办公经费
 * 326万元 and 局机关全年共支出办公经费362万元). 全县1—9月完成固定资产投资12.6亿元 is of the months 1—9月 (the 1 is no figure), and
 * 全年 opening a figure's words is the year's in a paragraph opened by 1—9月. A village's report (石桥村2026年工作总结, and a
 * resident first secretary's or team's: 驻柳湾村第一书记2026年度述职报告) names its own whole 全村, which opens a clause afresh. A sentence telling a problem with no word
 * of a plan nor a year (肺结核患者登记管理368例中，仍有部分患者存在服药依从性不高的情况) states the report's own figure under
 * a heading of problems and plans (五、存在的问题和2027年工作打算) too. A span of time (可支付月数为18个月) is no running total of the clause before it. A rate opening its sentence
 * under a name the draft qualifies one way only is that rate (民主推荐得票率为91.9% and 得票率为95.1%; not 门诊患者满意率 and
 * 住院患者满意率 against 满意率, nor a qualifier of place, stage or time). The base a summary's plan starts from in its
 * own year is its result there too (将在全年处理客户投诉462件的基础上, 在2025年集团营业收入53.2亿元的基础上 in the group's
 * 2025 report), and the year before a name is no word of it in the digit-swap pass (2025年全区共新增公办学位3690个 and
 * 新增公办学位3960个). In English a name and its initials are one (The Security Operations Centre, the SOC).
 * In the digit-swap pass a Chinese name's opener, 对 before its named object and a means before it are no verb of it
 * (全年虽然查处各类违法案件468件 = 立案查处各类违法案件486件; 对代表建议64件的答复 = 收到代表建议46件; 通过住房公积金个人住房贷款4,261笔 =
 * 发放个人住房贷款4,216笔; not 通过跨省通办受理…, nor 对3,425家食品企业开展…), and 内容涉及农业农村 after a figure is what it is
 * about, no scope; in English a relative clause of the body's own verb after it ("the 3,281 company meetings at which we
 * voted"; not "at which we voted against the chair"), another count after "on" and "across our offices" are no place; the
 * body's headcount named alike ("We employ 142 staff", "With only 124 staff to handle …"; not "staff in the contact
 * centre") is one measure, and so is the body's own count of the report's year named so after it at two digits ("Our
 * crews answered 87 launches in 2026" and "The 78 launches this year"; not "by the inshore lifeboat this year"). In English, "The 412 volunteers
 * kept every hub open", opening its sentence, and "the trust's 63 staff" are the body's own people ("our 410 volunteers"; not
 * "The 40 volunteers who joined in May", "The 24 volunteers trained in March", "the 12 staff in the Leeds hub"), as are
 * those it thanks ("We thank the 681 volunteers, …"; not "the 40 volunteers from Barclays").
 * 去年 and 上年 count from the year the report was written in (the date it is given on: 去年 in the 2026 government work
 * report given in January 2026 is 2025, the year it reviews; else a year's summary's or report's own year): 以去年全区生产总值
 * 468.3亿元为基础 under its plan is 全年实现地区生产总值486.3亿元 under 一、2025年工作回顾 (全区生产总值 = 地区生产总值), and 去年
 * in the 2026 summary is another year than its own. The units an audit or inspection was carried out on are the ones it
 * covered (今年共对18个部门单位开展预算执行审计 and 审计共覆盖部门单位19个, where the draft names one kind of audit of them),
 * and a region's network of stations over every level from its own (区、街道、社区三级退役军人服务站共有132个 in the 区退役军人
 * 事务局's report) is the region's whole (全区共建成服务站（中心）126个; the other name in brackets is no word of it; not
 * 街道、社区两级, nor 党群服务站).
 * Not: parallel statements in one sentence (10万条时…268美元；100万条时…2,680美元), different periods (上半年/全年, 2024年/2025年, 今年/上年; a paragraph that opens with a span of years, 五年来，… or
 * “十四五”时期，…, is about that span, and one that opens with a month, 2月，… or 1-2月，…, about that month; the lines under
 * an unnumbered part heading of a government work report, “十四五”时期工作回顾 or 2025年工作回顾 (that period's results),
 * “十五五”时期的主要目标任务 or 2026年重点工作 (a plan), are about its period), cumulative and new (累计/新增), changes (同比, 比上年增加; 按年下跌, as Hong Kong, Macao and Taiwan write 同比下降),
 * the amount of a change named before its measure ("a decrease in the current budget deficit of £16.4 billion" and, after an
 * adjustment, "of £10.6 billion"), parts of wholes of different measures (招收研究生320人。其中，博士研究生150人 and 在校研究生1250人，其中博士研究生75人: a part
 * after 其中, in the whole's sentence or the next, is counted by the whole's measure, and so is every later part of its list:
 * 规模以上企业312家，其中国有企业38家，民营企业263家 and 走访企业650家，其中国有企业120家，民营企业480家 — past the rates
 * stated after the whole or a part, and over a ；before the next member of the first part's kind (地区生产总值201.20亿元，比上年
 * 增长6.5%。其中，第一产业增加值45.89亿元，增长1.8%；第二产业增加值42.61亿元 and 民营经济增加值122.64亿元，…贡献率为56.5%。其中，
 * 第一产业增加值44.56亿元，增长2.6%；第二产业增加值29.73亿元 are parts of two wholes); the parts
 * after a sentence opened by a noun and 中 (中，, 中, or 中：) are counted by that noun: 专任教师中，专科学历22人 and
 * 保教人员中：专科学历15人; the figures after a count of bodies (…所, …家) opening a sentence are counted by it, not by the
 * figure just before: 其中技工学校1所，招生320人，在校生960人 and 其中艺术学校2所，招生410人，在校生1230人, and so are those
 * in its clauses after a ；, named by the whole clause that counted the bodies (普通高中学校569所，…；毕业生27.37万人 and
 * 中等职业教育共有学校479所，…；毕业生21.37万人);
 * the year of the whole goes with its parts in the sentences after it: 2023年，学校有教职工140人，其中专任教师126人。专任教师中，研究生学历9人
 * is 2023's, as is every figure of a paragraph opened by a year, 2023年，学校持续加强队伍建设。…, unless a later sentence opens with another;
 * so is a place opening a paragraph, 东城镇：… or 在城区，…, the place of its figures: 东城镇's 学校12所 and 西城镇's 学校15所),
 * targets and plans against results (目标, 计划, 力争; a plan section), different places, stages or groups of people (全市/城区, 小学/初中, 未成年人 named in the sentence;
 * in headings, a place or stage that stands beside sibling headings of others: （一）城区 / （二）农村, not the topic
 * of （二）城市更新加快实施), different units under sibling headings that name them
 * (（一）网关系统 / （二）支付系统, （一）办公室 / （二）财务科, 1.东校区 / 2.西校区, ### Gateway / ### Payouts, **Project Alpha** / **Project Beta**: short
 * names, most ending in the kind of unit; a group of bare names only when every title in it is one), though topic
 * headings still share one scope (一、主要工作 / 二、主要成效, （一）着力稳就业, ## Highlights / ## Our year in numbers),
 * figures that agree within their rounding (1.2万人 and 12,000人), approximate figures (约, 余, about), a count another source gives ("212,000 checkout attempts failed, according to the payment gateway's own logs"), other per-head
 * figures (元/人, 平均), table rows, separate reports in one compilation (篇一, 篇二), the thresholds of different grades under
 * headings that name them (重伤二级 … 30%, 轻伤一级 … 10%; Tier 1 / Tier 2), and a measure stated with three or more
 * values (a list of places or years, not a contradiction), a count of a part (96 pull requests in kubectl alone) or of
 * another place (12,000 buildings in the hills, 61,000 in the flood plain), or with a named subject (SIG Apps has 12
 * members), the sample of one audit or survey (抽查了6个县, 实地走访了26个行政村: each piece of work has its own),
 * rates of different counts (受理投诉860件，已办结842件，办结率97.9% and 受理群众来电2860件，办结2841件，办结率99.3%; also past a
 * ；: 诉讼案件收案2559件…；结案1779件…；结案率69.52% and 执行收案2380件…结案1058件…；结案率44.45%), the
 * shares of their targets that different amounts met (新增创业担保贷款发放10.57亿元，完成全年指标任务的96% and
 * 完成创业贷款新增担保基金450万元，完成全年指标任务的60%: each is read with the amount before it);
 * a count named without its verb where the draft counts that noun by two verbs ("received 52,300 calls" and "answered
 * 48,100 calls": "call volume" is neither), or by a subject that is not the body ("The café served 61,200 customers"),
 * verbs of different classes (served and received meals), a subject that points back to what the sentence before named
 * ("Those releases included 1,392 commits" of Bundler's, "Those releases included 463 commits" of RubyGems'), a kind of the measure (新增公益性岗位 is no 新增岗位), 今年已改造的
 * (this year's, not the running total), shares one digit apart (1.8% and 1.9%: rates of one name are often of two bases).
 * In English, a sentence that opens with the name of another body or place ("The Port of Saltmarsh delivered …", "Port
 * Garron Harbour handled …") makes the sentences after it, to the next that opens with another name, the body's own or
 * we, about that one: "June imports totalled 55,000 tonnes" there and "June imports totalled 164,000 tonnes" after The
 * Port of Kestrel Bay are two ports' figures (lines run together in a plain-text paragraph too).
 * Nor two statements that each name their own thing where the words before the figure agree: a named exhibition or project
 * opening the sentence ("“Engines of Change” … was seen by 212,600 people" and "The smaller “Women of the Works” display …
 * had been seen by 58,300 people"; “工业百年”主题展…接待观众21.26万人次 and 《丝路华章》特展…接待观众5.83万人次), a group named
 * after the noun by a relative clause or a participle phrase ("participants vaccinated against influenza" and
 * "participants who received at least one vaccine"), a kind named before it ("41 noise abatement notices" and "58
 * improvement notices"); a name on one side only keeps them one measure.
 * In a year's summary the base its next year's target starts from (力争2027年关区进出口货值在368.2亿元的基础上 in the 2026
 * summary) is the year's own result (全年监管进出口货值386.2亿元; 关区 is a customs body's own whole, 监管进出口 its
 * 进出口), and in a year's plan a target's floor (全年城镇新增就业5.2万人以上) is the target stated again elsewhere
 * as a target (实现城镇新增就业5.5万人的目标任务: 目标 and 任务 are one word there; not a plain figure, which may be the year
 * before's, 预计全年…; 力争 still sets a stretch target apart; 60周岁以上老年人口 is a band, no floor). In English the level a forecast starts from ("Cash is forecast to fall from
 * £113.0m at 31 July 2026 to …") is the level at that date ("Cash and short-term deposits at 31 July 2026 were £118.0m":
 * a full name and its short one, measure-words.json amountAliases; not "cash and investments"); "the programme reached
 * 18,400 pupils in 62 schools across three districts" is the programme's own count spread over places (the digit-swap
 * pass: "14,800 pupils now learn …"); and the peak (or low) of a temperature named twice, "peaked at 11.4°C" and "Peak
 * air temperature of 14.1°C", one digit swap apart, is one fact (not a limit, a forecast, nor another kind: product and
 * air temperature).
 * When in doubt, it stays silent.
 *
 * Why: a draft revised in one place and not the other leaves two figures for one fact; readers notice and trust
 * neither.
 *
 * 检查：同一数据在文中两处数值不同（如一处“新增学位3600个”、另一处“新增学位3800个”）。同一数据指：数字前的词相同（含量词后的名词；括注的英文缩写不计，地区生产总值（GDP）即地区生产总值；紧接户数的人数，户籍人口417户1426人即户籍人口1426人）、
 * 单位换算后相同、所在句子和上级标题中的时间与范围限定相同（同级标题分别所称的地区、单位算限定；总结或计划本身所属的年份、半年不算限定，如2024年总结中的“一、2024年主要工作”；
 * 年度报告和统计公报中的“全年”、县级单位报告中的“全县”、单位对自身的称呼如集团报告中的“集团”、学校报告中的“全校”“学校”、街道办事处报告中的“街道”也不算；这些称呼之后只写名词即可比对，县级部门报告中的“全县共有水库86座”“全县现有水库68座”同样）。
 * 句首的“一是”“虽然”“特别是”“完成”“现有”“逐条”等不影响所指，“为”“稳定在”“保持在”“各类”也不影响（耕地保有量稳定在186.4万亩即耕地保有量为186.4万亩）；同一句中前一分句未写地区、学段、时间时，以动词和名词自成分句的数字单独比对（“受理信访举报612件次，处置问题线索486件，立案审查调查138件”与“全年立案审查调查148件”），前一分句带数字的“新增”“累计”也不属于以“全市”“全年”另起的分句（“新增高速公路里程68.5公里，全市高速公路通车里程达到426.8公里”与“全市高速公路通车里程达到462.8公里”）；写明的人均指标（城镇居民人均可支配收入）也比较。
 * 英文中，报告主体自己的数字按动词和名词比对（2024年报中的“Over the year we merged 412 pull requests”与
 * “In 2024 the SIG merged 421 pull requests”；本报告的时段不算限定，如Q3季报中的“in the quarter”“in Q3”、年报中的“this year”，以过去时说本期的（Q4 priorities 下的“We closed 148 incidents in Q3”）即使在计划标题下也是实绩；中文计划部分以本报告年份为起点的基数（2026年报告中“2027年工作打算”下的“在2026年门急诊总量27.9万人次的基础上”）也是实绩；标题所称的主体也算，如 Riverside Library 年报中的“the library”，标题未称的另一类机构不算，如信托年报中的“the foundation”），数字后所说的地点也须相同；整体之后下一句“Of these,”（Of them、Of those）所列的部分按整体的动词、范围和年份比对（2024年报中“In 2024 the trust employed 1,240 staff. Of these, 310 were nurses”与“The trust employed 320 nurses”）。
 * 同一数据的不同说法也比较：中文“已改造的624个老旧小区”（未写时段）即累计数，“农村公路改造”即“改造农村公路”，“游客接待量”即“接待游客”，“城镇新增就业”即“新增城镇就业”，“组织职业技能培训”即“职业技能培训”，
 * “新增就业岗位”即“新增岗位”，“制定的整改措施”即“制定整改措施”；年度报告中的“今年”“本年度”“年内”“1-12月”即本年，“全年累计”（今年累计、2026年累计）即全年合计而非历年累计（“全年累计检查企业4,862家次”与“全年共检查企业4,826家次”是同一数据，只写“累计检查企业”的不是）；1.2万个与1.3万个是两个数。英文中未写动词的指标名按文中计数该名词的唯一动词比对（“Visitor numbers were 214,600”与“welcomed 241,600 visitors”，
 * “Call volume reached 18,040”与“answered 18,400 calls”，“staff headcount of 312”“Staff: 312”与“we employ 321 people”）。
 * 名称中括注的序号属于名称（小（1）型水库与小（2）型水库、高一（3）班与高一（1）班是不同的数据）。计数之后“占……的”比重是该计数的比重，按该计数的名称和数值区分（“（A类）22件，占承办提案总数的23.91%”与“（B类）68件，占承办提案总数的73.91%”是两类的比重）；句中在数字之前写明的活动或有日期的时段限定该数字（“举办油菜花节，接待游客3.2万人次”与“‘五一’假期（5月1日—5日）接待游客8.6万人次”）；英文中类别标签及其编号说明计数的种类（“41 category 2 pressure ulcers”与“category 3”，“Scope 1 and 2 emissions”与“Scope 3 emissions”）。“现有”“目前”说的是成文时的数量，不论在回顾标题还是计划、任务标题下都是同一数据（2027年计划中“一、2026年工作回顾”下的“全区现有A级旅游景区17家”与“二、重点任务”下的“全区现有A级旅游景区19家”；总结中的“2027年工作打算”同样）；同级标题所称的不同地区、其他年份的标题仍作区分。
 * “目前”“截至目前”与“现有”同义（“目前全区共有养老机构42家”与“全区现有养老机构45家”是同一数据，“年初全区有42家”是另一时点，段中“2023年，……”之后以“目前”开头的句子也是）；“截至某日”的累计数或存量属于该日
 * （“截至11月底，累计发放补贴1,236万元”与“截至11月底累计发放补贴1,263万元”是同一数据，“截至10月底”的不是）；年度总结中截至本年年底的存量即报告时点，与不注时点的相同（2026年总结中“截至2026年底，全县持证残疾人4.86万人”与“全县持证残疾人4.68万人”；计划中的年底是目标，累计数仍按日期区分）。巡察、审计“反映”“查出”“反馈”“指出”的问题即其“发现”的问题
 * （“巡察共反映问题86个”与“巡察查出问题68个”；“整改问题”是另一数据；同一句中的“发现问题86个，反馈问题80个”是两个数），“接收信访”即“受理信访”。英文中某日“there were 412 open cases”是主体的存量，
 * “the 421 cases open at the year end (31 March 2026)”也是（以日期的月份为限定）；“we currently have 1,240 volunteers”即“our 1,420 volunteers”。
 * 英文年报中本年度末的存量（2025年报中的“At 31 December 2025”、2024/25年报中的31 March）即本年的存量，与“our 12,840 employees”比对；
 * “in 14 countries”之类分布于若干地点的不算地点（“in 3 months”是时段）；“The team is now 18 engineers”是主体现有人数，“our 16 engineers”在计划标题下、
 * 同句另一数字之后也比对；“were supported by 286 volunteers”即主体自己的志愿者（2024/25年报中的“In 2024/25”和标题中的2024/25即本年）。“仅有”与“现有”同义（全局执法人员仅有36人与全局现有执法人员38人），半年总结中“下半年工作计划”下的“现有”也是同一数据。
 * 数字后紧接所投项目的投资额即该项目的总投资（“投资60亿元的华川动力电池项目”与“华川动力电池项目总投资65亿元”；“二期总投资”是一部分）。
 * 同一段中两句各写一次同一数据（“全年查处违停车辆3.26万辆。……查处违停车辆3.62万辆”），两处都不是约数、所在分句都没有
 * 另一年份、比较、目标、预计、计划或条件时也报。
 * 措辞不同、数值仅相邻两位数字颠倒的同一数据也报（“其中……村级河湖长376名”与“全县村级河湖长367名”；£413,600与£431,600）：中心名词、单位相同，
 * 至少三位数字，该名词没有第三个数值；约数、比例、表格、另一年份、变化、目标计划、区间、两处都是“其中”部分、另有地区或名称、时长单位不报。
 * 同一段中先写出的存量与其后以“在……中”再次点出的同一存量数字不同（全县共有闲置校舍46处，……；在64处闲置校舍中，……；后者可省去词语：闲置国有房产→闲置房产），
 * 后者等于段中已写出的同单位数字（刚说的那一部分）或两者之间有年份时不报。
 * 无标题的稿件中，“本局”“我局”“局机关”都是报告单位自身（本局现有干部职工126人与局机关现有干部职工162人），“全系统”是另一整体；英文中金额之后写出的名称也比对（“The £46.8m net budget”与“a net budget of £48.2m”），句中写明另一单位的（“The Police set a net budget of £61.5m”“the Police's £63.1m net budget”）不比。
 * 英文中以另一机构或地点名称开头的句子（“The Port of Saltmarsh delivered …”“Port Garron Harbour handled …”）之后各句，至以另一名称、报告主体自身或we、our开头的句子为止，
 * 所写的数字属于该机构或地点：其后的“June imports totalled 55,000 tonnes”与The Port of Kestrel Bay之后的“June imports totalled 164,000 tonnes”是两个港口的数据（纯文本中连写成一段的各行也是）。
 * 同一数据的换说法也比较：“追回税款”即“追缴税款”，“主题党日活动”即“主题党日”，动词前的方式不算所指（“通过专项检查追回税款1.3亿元”与“全年共追缴税款1.2亿元”），年度总结中的“一年来”即本年，
 * 用汉字写的少量次数也比较（“召开教职工大会五次”与“全年召开教职工大会6次”）；年度总结中未写起止时点的“累计”与“全年共”在两数仅相邻两位颠倒时是同一数据（“局机关累计支出办公经费326万元”与“局机关全年共支出办公经费362万元”）。
 * 句首单独写出的比率，若文中该比率只有一种限定的写法，即是该比率（“民主推荐得票率为91.9%”与“得票率为95.1%”；“门诊患者满意率”“住院患者满意率”与“满意率”不比，地区、学段、时间的限定也不算）。
 * 总结中以本年为基数的“将在全年处理客户投诉462件的基础上”“在2025年集团营业收入53.2亿元的基础上”也是本年实绩；名称前的年份不算名称（“2025年全区共新增公办学位3690个”与“新增公办学位3960个”）。英文中名称与其首字母缩写相同（The Security Operations Centre、the SOC）。
 * “全县1—9月完成固定资产投资12.6亿元”属于1—9月（其中的1不是数字），以“1—9月，”开头的段落中以“全年”开头的数字属于全年；村的报告（石桥村2026年工作总结，以及驻村第一书记、工作队的报告：驻柳湾村第一书记2026年度述职报告）中“全村”是本村，且另起分句；“存在的问题和2027年工作打算”等标题下，讲问题且不含计划用语、年份的句子（肺结核患者登记管理368例中，仍有部分患者存在服药依从性不高的情况）所说的是本期实绩；时长（可支付月数为18个月）不沿用前一分句的“累计”。
 * 英文中句首的“The 412 volunteers kept every hub open”和“the trust's 63 staff”是主体自己的人员（即“our 410 volunteers”；“The 40 volunteers who joined in May”“the 12 staff in the Leeds hub”不是）。
 * “去年”“上年”按报告写作年份计（报告所署日期的年份，如2026年1月所作的2026年政府工作报告中“去年”即所回顾的2025年；否则为年度总结或报告本身的年份）：计划部分“以去年全区生产总值468.3亿元为基础”与“一、2025年工作回顾”下的“全年实现地区生产总值486.3亿元”为同一数据（全区生产总值即地区生产总值），2026年总结中的“去年”则是另一年份。“对18个部门单位开展预算执行审计”即审计覆盖的部门单位（与“审计共覆盖部门单位19个”比对，文中对这些单位只写了一种审计时）；“区、街道、社区三级退役军人服务站共有132个”（区退役军人事务局报告中）即全区的服务站总数（与“全区共建成服务站（中心）126个”比对，括号中的别称不算名称；“街道、社区两级”“党群服务站”不算）。
 * 年度总结中下一年目标所依据的基数（2026年总结中“力争2027年关区进出口货值在368.2亿元的基础上”）即本年实绩（“全年监管进出口货值386.2亿元”；海关报告中的“关区”是本单位的整体，“监管进出口”即“进出口”）；年度计划中的目标下限（“全年城镇新增就业5.2万人以上”）与别处写明为目标的同一目标（“实现城镇新增就业5.5万人的目标任务”）比对（计划中的“目标”“任务”视为同一限定；未写目标的数字可能是上年的，如“预计全年……”，不比；“力争”仍区分；“60周岁以上老年人口”是分段，不是下限）。
 * 英文中预测的起点（“Cash is forecast to fall from £113.0m at 31 July 2026 to …”）即该日的数值（与“Cash and short-term deposits at 31 July 2026 were £118.0m”比对，全称与简称见 measure-words.json 的 amountAliases，“cash and investments”不算）；“the programme reached 18,400 pupils in 62 schools across three districts”是项目自身分布于若干地点的数字；同一温度的峰值或最低值两处仅相邻两位颠倒（“peaked at 11.4°C”与“Peak air temperature of 14.1°C”）也报（限值、预报、不同种类的温度不报）。
 * 全X紧接数量、量词和名词的（“对全市87个乡镇卫生院开展了调研”与“全市83个乡镇卫生院中”）是该地区的全部存量，两处不同也报（仅限调研、检查的对象、“……中”所分的总体、“共有”“现有”的存量；挑出的部分“全市3所学校获评……”、新增、撤并、原有、年初、计划及另署年份的不报）。英文表格合计行所计之数与正文以列名原词加定冠词所称的全体（“Valid reports”列合计312与“the 318 valid reports”）不同也报（列名须为两个词以上的复数名词短语，正文其后另有限定、年份或季度的不报）。
 * 英文中死亡等事件之后写明的原因或种类（deaths from cardiovascular disease与deaths from all causes）、句首的季节（During winter 2025-26）区分不同的数据。
 * 原因：修改时只改了一处，读者会发现，并对两处都失去信任。
 * 不报：同一句中并列的情形（10万条时……268美元；100万条时……2,680美元），不同时段（上半年/全年、2024年/2025年；以“五年来”“这五年”“十四五时期”开头的段落说的是那几年，以“2月，”“1-2月，”开头的说的是那个月份；政府工作报告中无序号的部分标题“‘十四五’时期工作回顾”“2025年工作回顾”“2026年重点工作”等之下的内容说的是该时期或计划）、
 * 不同总量的“其中”部分（“招收研究生320人。其中，博士研究生150人”与“在校研究生1250人，其中博士研究生75人”：其中之后的部分按其总量的口径计，同一列举中其后各项也是：“规模以上企业312家，其中国有企业38家，民营企业263家”与“走访企业650家，其中国有企业120家，民营企业480家”，越过总量或分项之后所写的增速，并越过分号延续到与首个分项同类的下一项（“地区生产总值201.20亿元，比上年增长6.5%。其中，第一产业增加值45.89亿元，增长1.8%；第二产业增加值42.61亿元”与“民营经济增加值122.64亿元，……贡献率为56.5%。其中，第一产业增加值44.56亿元，增长2.6%；第二产业增加值29.73亿元”是两个总量的分项）；以“名词+中，”（或“中：”）开头的句子中的各项按该名词计：“专任教师中，专科学历22人”与“保教人员中：专科学历15人”；句首的单位数（……所、……家）之后同句各数按该单位计，不按紧挨的前一个数：“其中技工学校1所，招生320人，在校生960人”与“其中艺术学校2所，招生410人，在校生1230人”，分号之后各分句中的数也按该单位计，以计数该单位的整个分句区分（“普通高中学校569所，……；毕业生27.37万人”与“中等职业教育共有学校479所，……；毕业生21.37万人”）；总量的年份也是其后各句中各项的年份：“2023年，学校有教职工140人，其中专任教师126人。专任教师中，研究生学历9人”是2023年的，以“2023年，”开头的段落中各数字也是，除非后面另有句子以别的年份开头；段首的地点（“东城镇：……”“在城区，……”）同样限定全段数字：东城镇的“学校12所”与西城镇的“学校15所”不是同一数据）、累计与新增、同比或比上年的变化（港澳台写作“按年下跌”的也是；英文中“a decrease in … of £16.4 billion”之类变化的量）、目标计划与实际完成、不同地区或学段
 * （标题中的地区或学段须与同级标题并列对照，如“（一）城区”“（二）农村”；“城市更新”只是主题）、同级标题分别所称的不同单位
 * （“（一）网关系统”“（二）支付系统”，“（一）办公室”“（二）财务科”，“1.东校区”“2.西校区”，### Gateway / ### Payouts，加粗的小标题
 * **Project Alpha** / **Project Beta**；主题标题仍算同一范围，如“一、主要工作”“二、主要成效”“（一）着力稳就业”）、
 * 四舍五入后一致的数字、约数、其他人均数（元/人、平均）、表格行、汇编中的不同篇目、标题所示不同等级下的标准（重伤二级…30%、轻伤一级…10%）、
 * 同一指标有三个以上不同数值（分地区或分年度列举）、某项审计或调研的抽样数（抽查了6个县、实地走访了26个行政村）、不同事项的比率（受理投诉……办结率97.9%与受理群众来电……办结率99.3%；隔着分号也是：诉讼案件收案2559件……；结案1779件……；结案率69.52%与执行收案2380件……；结案率44.45%）、不同金额各自的任务完成比例（新增创业担保贷款发放10.57亿元，完成全年指标任务的96%与完成创业贷款新增担保基金450万元，完成全年指标任务的60%：各按其前的金额计）、
 * 指标的一类（新增公益性岗位不是新增岗位）、写明时段的“今年已改造的”、英文中以两个动词计数的名词（received calls与answered calls，此时“call volume”不比对）、回指前文的主语（Those releases、These changes：所指由前一句决定）、相差一位的百分比（1.8%与1.9%）。
 * 各自点名所说对象的两处也不报：句首点名的不同展览、项目（“工业百年”主题展……接待观众21.26万人次与《丝路华章》特展……接待观众5.83万人次），英文中名词后以从句或分词短语限定的不同人群（participants vaccinated against influenza与participants who received at least one vaccine），名词前修饰语所指的不同种类（41 noise abatement notices与58 improvement notices）；只有一处点名的仍按同一数据比对。
 *
 * Bad:  一、主要成绩……全年新增学位3600个。…… 三、重点工作……全年新增学位3800个。
 * Good: 一、主要成绩……全年新增学位3600个。…… 三、重点工作……全年新增学位3600个。
 * Bad:  We recruited 1,250 volunteers this year. … In total we recruited 1,520 volunteers this year.
 * Good: We recruited 1,520 volunteers this year. … In total we recruited 1,520 volunteers this year.
 */

import { intern } from '../model/intern';
import { COMPARED_BASE_BEFORE_EN } from '../model/figure-context';
import words from '../data/figure-words.json';
import breakdownWords from '../data/breakdown-words.json';
import measureWords from '../data/measure-words.json';
import bodyWords from '../data/body-words.json';
import { countHanScript, excerpt, lowerCase } from '../model/chars';
import type { Figure } from '../model/numbers';
import type { ReportDocument } from '../model/document';
import type { Outline, Section, SiblingGroup } from '../model/outline';
import { familyOf, nounAmongBefore } from '../model/breakdowns';
import { withoutQualifierNames } from '../model/figure-context';
import { isKindMember, isPlanWord, mayBePeriodHeading, membersAmong, scopeWordsOf, titleScope } from '../model/heading-scope';
import { OWN_YEAR_WORDS } from '../model/own-period';
import type { PeriodPart } from '../model/period-parts';
import { rangeIn } from '../model/paragraphs';
import { boldTitle, runInUnits, unitsAmong } from '../model/unit-titles';
import { alternation, matchesOf } from '../patterns';
import type { Paragraph } from '../model/paragraphs';
import type { ReportTime } from '../model/report-time';
import type { Rule } from '../rule';
import { minOf, spliceAll } from '../arrays';
import { GENERIC_HEADS_ZH, PARAPHRASES_ZH } from './fact-conflict/paraphrases';
import { unchangedEnds } from '../sorted';
import { AMONG_CUE_ZH, STOCK_CUE, checkStockThenAmong } from './fact-conflict/stock-among';
import { monthsEn, otherDates, phraseAfterEn, RECIPIENT_AFTER_EN, restatedFigures, restatedPairs, stockDatesZh, type RestatedFigures } from './fact-conflict/restated';
import { SENTENCE_END, SENTENCE_REACH, SENTENCE_STOP, endsSentence, stopsBack } from './fact-conflict/sentences';
import { HOLIDAY_WORDS_ZH, lastMatch, occasionEn, occasionZh } from './fact-conflict/occasions';
import { problemTold } from './fact-conflict/restated';
import { REGION_LEVELS, linesAbove, ownBody, ownNames, ownRegion, ownTimeEn } from './fact-conflict/own-title';
import { NOT_A_LABEL_ZH, rowLabels } from './fact-conflict/row-labels';
import { inOtherYearColumn } from './fact-conflict/year-columns';
import { doneOnTheDay, noScopeAfterEn } from './fact-conflict/scope-after-en';
import { elidedNounEn } from './fact-conflict/elided-noun';
import { withoutLeadEn } from './fact-conflict/leads-en';
import { qualifierAfterEn } from './fact-conflict/qualifier-after-en';
import { stockNounZh, wholeStockZh, withoutPredicateZh, withoutScaleZh } from './fact-conflict/noun-after-zh';
import { causeAfterEn, seasonLeadWords, withSeasonEn } from './fact-conflict/cause-after-en';
import { regionStockPairs } from './fact-conflict/region-stock';
import { tableTotalProsePairsEn } from './fact-conflict/table-total-prose-en';
import { untitledNames, withoutTitleLeadName, withoutTitleScope } from './fact-conflict/title-names';
import { atOtherTimes, inOtherItems } from './fact-conflict/items';
import { permutedDigits, sameMeasureZh } from './fact-conflict/permuted';
import { apartByNames } from './fact-conflict/named-groups';
import { extremeTemperatureEn } from './fact-conflict/temperatures';
import { floorTargetZh } from './fact-conflict/target-floor';
import { doneSetPairs } from './fact-conflict/done-set';
import { channelMeansZh } from './fact-conflict/channel-means';
import { tableTotalProsePairs } from './fact-conflict/table-total-prose';
import { fieldDurationPairs } from './fact-conflict/field-duration';
import { ownEndMonthZh, monthEndZh, OWN_END } from './fact-conflict/own-end';
import { aliasedAmountEn, forecastFromEn } from './fact-conflict/amount-aliases';

/**
 * The English words for the reporting body and other bodies (body-words.json), read once into the sets the rule asks:
 * `self`, the words of the body's own statements (its own words and the bodies any body calls itself: "In 2024 the SIG
 * merged"); `kinds`, kinds of body that tell one from another (a trust, a foundation); `writers`, the bodies "this" or
 * "that" names as the one writing ("this council"), not as something named before.
 */
const BODY_WORDS = readBodyWords(bodyWords);

function readBodyWords(data: { ownWords: string[]; bodies: Record<string, string[]> }): { self: Set<string>; kinds: Set<string>; writers: string[] } {
  const having = (role: string) => Object.entries(data.bodies).filter(([, roles]) => roles.includes(role)).map(([word]) => word);
  return { self: new Set([...data.ownWords, ...having('self')]), kinds: new Set(having('kind')), writers: having('writer') };
}

/**
 * A change or a comparison: not a level that can be stated twice. 按年 and 按月 are 同比 and 环比 as Hong Kong, Macao and
 * Taiwan write them (入境旅客人次按年下跌31.5%), and 下跌, 上涨, 跌幅 are changes as 下降, 增长, 增幅 are.
 */
const CHANGE = /(?:加快|加速|放缓|减缓|減緩|收窄)\s*$|比上年|比去年|较|較|同比|环比|環比|按年(?![度初底末])|按月|增长|增長|增加|提高|提升|下降|降低|减少|減少|上升|下跌|上涨|上漲|下滑|回落|回升|收缩|收縮|增幅|增速|跌幅|降幅|升幅|涨幅|漲幅|翻番|多出|高出|低于|高于|\b(?:up|down|increase[sd]?|rose|fell|grew|growth|declined?|dropped|compared|more than|fewer than|less than|from)\b/i;
/** 工业增加值, 第三产业增加值: value added is a level (of output), whatever 增加 says alone. */
// 新增加装电梯98台 is 新增 + 加装 (newly fitted lifts), no 增加 either: its 加 goes with the 装.
const VALUE_ADDED = /增加值|(?<=新增)加(?=装)/g;
/** The words without 增加值 (a measure's name, not an increase): no pattern run where the word is not (perf39). */
function withoutValueAdded(words: string): string {
  return words.includes('增加') ? words.replace(VALUE_ADDED, '') : words;
}
/**
 * Words dropped from the subject before comparing: 共有学校 = 学校, 达到 and 为 say nothing about the quantity, nor
 * does 稳定在 or 保持在 (耕地保有量稳定在186.4万亩 = 耕地保有量为186.4万亩) or 各类 (组织各类应急演练 = 组织应急演练), nor 逐条 or
 * 逐项 (逐条制定整改措施 = 制定整改措施).
 */
const FILLER = /[仅僅](?:有|$)|现有|現有|共有|共计|共計|合计|合計|总计|總計|一共|共|逐条|逐項|逐项|达到|達到|稳定在|穩定在|保持在|维持在|維持在|各类|各類|各种|各種|达|達|为|為|是|约|約|了|已经|已經|已|实现|實現|有/g;
/** 完成老旧小区改造开工42个 = 老旧小区改造开工42个: 完成 opening the words says the figure was achieved, not what it is. */
const ACHIEVED = /^(?:完成|实现|實現)(?!率)(?=\p{sc=Han}{2})/u;
// Module constants, not literals in the functions: a bundler that writes a Unicode property literal as `new RegExp`
// (esbuild, tsx) builds it again at every call, and these run for every figure.
const HAN = /\p{sc=Han}/u;
const COUNTED_CLAUSE = /^(\p{sc=Han}{0,10})[，,]/u;
/** Emphasis and code marks of Markdown (**全市**168所) are not words. */
const MARKUP = /[*_`~]/g;
/** An abbreviation in brackets after a measure's name (地区生产总值（GDP）, 居民消费价格指数（CPI）) names it again. */
const ABBREVIATION = /[（(][A-Z][A-Za-z]{1,7}[）)]/g;
/**
 * 抽查了6个县 · 走访了26个行政村: a verb of sampling alone says how much one piece of work looked at, and each audit
 * or survey the document reports has its own sample (就业补助资金 … 抽查了6个县; 高标准农田 … 抽查了4个县).
 */
const SAMPLE_ONLY = new RegExp(`^(?:${alternation(words.sampleVerbs)})+$`);
/** A subject that starts afresh names its own quantity, whatever figure came before in the sentence (全市36家…, 全村…). */
const FRESH_SUBJECT = new RegExp(`^(?:全[${REGION_LEVELS.flat().join('')}村]|全年)`);
/** The share of a plan or target met: 完成全年指标任务的96%, 完成年度计划的, 为年计划的, 占全年预算的, 达到年度目标的. */
const TARGET_SHARE_ZH = /^(?:完成|实现|實現|达到|達到|占|佔|为|為)(?:全年|年度|本年|当年|當年|今年|年)?(?:目标|目標|指标|指標|计划|計劃|预算|預算)?(?:任务|任務|目标|目標|计划|計劃|预算|預算)(?:数|數)?的?$/u;
/** Measures per head named as such (城镇居民人均可支配收入): one figure each, which can be stated twice. */
const NAMED_PER_HEAD = /人均|生均|户均|戶均|per capita/i;
const WHOLE_EN = /^(?:our|all(?: of)? our|in total,? (?:our|we had)|a total of|we have|we had)$/i;
const CLAUSE_START = /[\s.，,。；;：:！？!?、（）()【】|［］[\]]/;
/**
 * A heading that names a grade or class (重伤二级, 轻伤一级, 一等奖, A类, 较大风险, Ⅱ级响应): what is under it is the
 * criterion or figure of that grade, so the same words under a sibling grade are another grade's, not a second statement.
 */
const GRADE_TITLE = /(?:[一二三四五六七八九十\dⅠⅡⅢⅣⅤA-Da-d甲乙丙丁]|第[一二三四五六七八九十\d]{1,2})(?:级|級|等|等奖|等獎|类|類|档|檔|级响应|級響應)(?:[（(][^）)]{0,12}[）)])?$|(?:^|[\s、])(?:特别重大|特別重大|重大|较大|較大|一般|高|中|低|中高|较低|較低)(?:风险|風險)?$|\b(?:tier|level|grade|class|category|severity|priority)[ -]?(?:[0-9]|[ivx]{1,3}|[a-d])\b/i;
/** Families of breakdown-words whose members name a topic, not a scope (企业; 投诉, 举报: the kinds of an appeal). */
const TOPIC_FAMILIES = new Set(['entity', 'sectorUse', 'appealKind']);
const SCOPE_WORDS = new RegExp(
  // Places, stages, grades and the like scope a heading; a kind of business (企业, 个体工商户) or a sector of the
  // economy (工业, 农业: 二、工业生产较快增长) is a topic.
  `(?:19|20)\\d\\d|${alternation([...words.qualifiers, ...Object.entries(breakdownWords.families).filter(([family]) => !TOPIC_FAMILIES.has(family)).flatMap(([, members]) => members).filter((w) => w.length > 1 && !/^[a-z]/i.test(w))])}`,
  'g',
);

/** What a paragraph's figures are read under: its part's own period, as a key (with the parts it was read for). */
interface Prepared {
  ownYears: Map<number, OwnPeriod>;
  keys: Map<number, string>;
  parts: unknown;
  /** The draft's own 全X where no title names it (draftRegion): its forms, or none. */
  region: string[];
  /** The draft is a budget (FISCAL YEAR 2027 RECOMMENDED BUDGET on its first lines): its amounts are the budget's. */
  budget: boolean;
  /** The capitalised words of the draft's first lines (its title block: **Clearbrook Water District** — …), sorted. */
  blockNames: string;
  /** The title's names where no report time is read (fact-conflict/title-names.ts), and them as a key. */
  titleNames: Set<string>;
  titleKey: string;
}

/**
 * What the local part reads of one paragraph: what each figure states (the main pass), and the head each figure may be
 * a digit swap of another by (the transposed-digits pass); kept per paragraph with the engine's other local results.
 */
interface Local {
  stated: Stated[];
  slips: SlipHead[];
  restated: RestatedFigures | undefined;
}

const rule: Rule<Local, Prepared> = {
  meta: {
    id: 'fact-conflict',
    name: { zh: '数字前后不一', en: 'Conflicting figures' },
    category: 'numbers',
    description: {
      zh: '同一数据在文中两处数值不同（“新增学位3600个”与“新增学位3800个”）',
      en: 'The same quantity stated twice with different values ("1,250 volunteers" and later "1,520 volunteers")',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      conflict: {
        zh: '核对数字：此处为“{here}”，第{line}行为“{there}”',
        en: 'Check the figures: “{here}” here, but “{there}” on line {line}',
      },
      // Both statements in one paragraph (a stock named again: 共有闲置校舍46处…；在64处闲置校舍中): no line number, which a
      // paragraph's kept findings would not move.
      inParagraph: {
        zh: '核对数字：此处为“{here}”，同段前文为“{there}”',
        en: 'Check the figures: “{here}” here, but “{there}” earlier in the paragraph',
      },
      other: { zh: '另一处：“{there}”', en: 'Stated here as “{there}”' },
    },
  },

  scope: 'paragraph',
  // The conflict's message names the line of the other statement.
  lineData: ['line'],

  // The period a summary, report or plan is about says nothing more about its figures (一、2024年主要工作 in the
  // 2024 summary, 二、2025年主要目标 in the 2025 plan, 一、上半年工作 in a half-year summary): 2024年全年发放资金
  // 3,620万元 and, under that heading, 全年发放资金3,260万元 are one quantity. Read per part; a paragraph's figures
  // are read again when its part's period changes.
  prepare({ doc }) {
    const ownYears = new Map<number, OwnPeriod>();
    const keys = new Map<number, string>();
    for (const t of doc.reportTimes) {
      if (t.period) {
        const half = t.period.half === 1 ? '上半年' : t.period.half === 2 ? '下半年' : undefined;
        const title = [...t.titleLines].map((l) => doc.lines[l]?.text ?? '').join('');
        const body = ownBody(`${linesAbove(doc.lines, minOf(t.titleLines))}${title}`);
        const timeEn = ownTimeEn(`${title} ${t.period.evidence}`, t.period.fiscal ? undefined : half);
        // A year's report in English (not a quarter's, a half's or a plan): the month its year ends in, 31 March of a
        // financial year, 31 December of a calendar one; a stock taken then is the year's own (yearEndMonth).
        // (A financial year's summary is read as the first half of the year it ends in: its half says nothing here.)
        const endMonth = !timeEn.includes('this year') || t.period.kind === 'plan' ? undefined : t.period.fiscal ? (t.period.kind === 'summary' ? 'march' : undefined) : half ? undefined : 'december';
        // "In 2024/25" in the 2024/25 summary (read as the year it ends in): the year it starts in is its own there.
        const fiscalStart = t.period.fiscal && t.period.kind === 'summary' ? String(t.period.year - 1) : undefined;
        const fiscalForm = fiscalStart ? new RegExp(`(?:^|[^\\d])${fiscalStart}\\s*[/–-]\\s*(?:${fiscalStart.slice(0, 2)})?${String(t.period.year).slice(2)}(?!\\d)`) : undefined;
        // ASHBOURNE DISTRICT LIBRARIES over ANNUAL REVIEW 2024/25: the body's name on the lines above the title names it too.
        const above = linesAbove(doc.lines, minOf(t.titleLines));
        const period = { year: String(t.period.year), half, fiscalStart, fiscalForm, words: [...body, ...(half ? [] : OWN_YEAR_WORDS.zh), ...(TERM_TITLE_ZH.test(title) ? OWN_TERM_WORDS_ZH : []), ...ownRegion(title), ...timeEn], body: new Set(body), names: ownNames(`${above} ${title}`), bodies: bodyKinds(`${above} ${title}`), kind: t.period.kind, endMonth, written: writtenYear(t), title };
        ownYears.set(t.part, period);
        keys.set(t.part, JSON.stringify([period.year, period.half, period.words, [...period.names], [...period.bodies], endMonth, fiscalStart, period.written, title]));
      }
    }
    const titleNames = ownYears.size > 0 ? new Set<string>() : untitledNames(doc.lines);
    return { ownYears, keys, parts: doc.outline.parts, region: draftRegion(doc.lines), budget: budgetTitled(doc.lines), blockNames: titleBlockNames(doc.lines), titleNames, titleKey: [...titleNames].join(' ') };
  },

  contextKey(paragraph, prepared) {
    const key = prepared.keys.get((paragraph as Paragraph).part);
    const own = prepared.budget || prepared.blockNames ? `${key ?? ''}|${prepared.budget ? 'budget' : ''}|${prepared.blockNames}` : key;
    const titled = prepared.titleKey === '' || key !== undefined ? own : `${own ?? ''}|@${prepared.titleKey}`;
    return prepared.region.length === 0 ? titled : `${titled ?? ''}|${prepared.region[0]}`;
  },

  // The same parts (the same outline's: kept, or moved with the lines by a line break or a join, so no paragraph the
  // edit left alone moved to another part) with the same keys: no key changed.
  keyChanges(prepared, last) {
    if (prepared.parts !== last.parts || prepared.keys.size !== last.keys.size || prepared.region[0] !== last.region[0] || prepared.budget !== last.budget || prepared.blockNames !== last.blockNames || prepared.titleKey !== last.titleKey) return 'all';
    for (const [part, key] of prepared.keys) if (last.keys.get(part) !== key) return 'all';
    return [];
  },

  // What each figure of the paragraph states, all but the headings above it (read by the document part).
  checkParagraph(paragraph, context) {
    const period = context.prepared.ownYears.get(paragraph.part);
    // 全县 in a draft no title names the county of (ownRegion): the one whole the draft names by 全X (draftRegion).
    const region = period ? NO_QUALIFIERS : context.prepared.region;
    const out: Stated[] = [];
    let previous: Figure | undefined;
    let previousContext = '';
    // The whole a 其中 list splits (全区走访企业650家，其中国有企业120家，民营企业580家): each later part of the list is
    // counted by the whole's measure, as the first part is, not by the part before it.
    // The year or period of the whole (2024年，学校有教职工140人) is its parts' too, in the sentences after it
    // (专任教师中，研究生学历9人; 。其中，住校学生150人): its qualifiers go with each part of the list.
    let listContext: { context: string; dimension: string; qualifiers: readonly string[]; family?: string } | undefined;
    // 其中技工学校1所，招生320人，在校生960人: a count of bodies (学校…所, 企业…家) opening its sentence names what the
    // figures after it in the sentence count: 在校生960人 is the 技工学校's, not the 招生's before it.
    let opener: Figure | undefined;
    let lastKey: { figure: Figure; key: LocalKey } | undefined;
    // The fields of the whole's key while the parts after its "Of these," are read.
    let ofThese: string[] | undefined;
    const figures = withBoundSubjects(paragraph.text, context.model.figuresIn(paragraph));
    // The rows' labels, read once a figure has a key to label (most paragraphs' figures have none, many have no figure).
    let labels: ReturnType<typeof rowLabels> | undefined;
    const labelsOf = () => (labels ??= rowLabels(paragraph.text));
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      // 全县1—9月完成…: the first month of a span (read as a bare figure) is no figure before the next.
      if (f.unit === '' && f.dimension === '' && MONTH_SPAN_AFTER_ZH.test(paragraph.text.slice(f.offset + f.length, f.offset + f.length + 6))) continue;
      const before = previous;
      previous = f;
      // 户籍人口417户1426人: the people glued to the households are stated in the households' context, not after them.
      const glued = before !== undefined && before.offset + before.length === f.offset && before.subjectStart === f.subjectStart;
      // 民营经济增加值122.64亿元，比上年增长5.8%…。其中，第一产业增加值44.56亿元: the whole of a part opening the next
      // sentence is the last figure of its own kind in the sentence before, past the rates stated after it.
      const anchor = glued || !before ? before : wholeBeforeRates(paragraph.text, figures, i);
      let sentence = glued ? previousContext : sentenceContext(f, anchor, period);
      let whole: readonly string[] = NO_QUALIFIERS;
      let listed = false;
      const between = before ? paragraph.text.slice(before.offset + before.length, f.offset) : '';
      const opens = !before || SENTENCE_END.test(between);
      // 新开户职工中，国有企业占15.3% (the paragraph's first figure): the whole named before 中 opening the sentence, as
      // after a figure below.
      const amongFirst = before ? undefined : amongOpening(paragraph.text, f.subjectStart);
      if (amongFirst) {
        sentence = `${amongFirst}中`;
        listContext = { context: sentence, dimension: f.dimension, qualifiers: whole };
        listed = true;
      }
      if (!glued && before && anchor) {
        const among = nounAmongBefore(paragraph.text, before.offset + before.length, f.offset);
        // 专任教师中，研究生学历11人、本科学历109人: the parts of the whole the noun before 中 names, counted by it.
        if (among) {
          sentence = `${among}中`;
          listContext = { context: sentence, dimension: f.dimension, qualifiers: (whole = before.qualifiers) };
          listed = true;
        } else if (QIZHONG.test(between)) {
          // 全校共有教职工168人，其中专任教师142人 and 本学期全校专任教师144人: a part of the body's whole staff (or
          // pupils) named by a noun of its own (three characters or more) is that noun's count stated alone elsewhere too,
          // where one is (loosen). Not a part of another whole: 党员56人，其中专任教师48人 is no count of 专任教师.
          if (sentence && !sentence.startsWith(LOOSE) && countHanScript(normalize(f.subject.replace(/^其中/, ''))) >= 3 && f.dimension === anchor.dimension && STAFF_WHOLE_ZH.test(anchor.subject)) sentence = `${LOOSE}${sentence}`;
          listContext = sentence ? { context: sentence, dimension: f.dimension, qualifiers: (whole = anchor.qualifiers), family: familyOf(f.subject)?.family } : undefined;
          listed = true;
        } else if (listContext && f.dimension !== listContext.dimension && !SENTENCE_END.test(between)) {
          // 其中，第一产业增加值45.89亿元，增长1.8%；第二产业…: a rate of a part, stated in its clause, ends no list.
        } else if (listContext && f.dimension === listContext.dimension && nextPartOfList(between, f, listContext.family)) {
          // …增长1.8%；第二产业增加值42.61亿元: the next member of the list's kind after a ；is its next part.
          sentence = listContext.context;
          whole = listContext.qualifiers;
          listed = true;
        } else if (listContext && f.dimension === listContext.dimension && listContext.context.endsWith('中') && !SENTENCE_STOP.test(between)) {
          // 业务活动费用中，人员经费7.86亿元；药品费9.26亿元；其他费用2.36亿元: the whole named before 中 opening the
          // sentence scopes its parts after a ；too, up to the full stop.
          sentence = listContext.context;
          whole = listContext.qualifiers;
          listed = true;
        } else if (listContext && (SENTENCE_END.test(between) || f.dimension !== listContext.dimension)) listContext = undefined;
        else if (listContext && sentence) {
          sentence = listContext.context;
          whole = listContext.qualifiers;
          listed = true;
        }
      }
      // 普通高中学校569所，比上年减少13所；招生30.09万人；…；毕业生27.37万人: the clauses after a ；go on counting the
      // bodies the sentence opened with, until a full stop or another count of bodies.
      // 第一批项目28个，新改建农村公路96公里，计划投资2.48亿元: a batch or phase counted opening its sentence names what
      // the figures after it count, as a count of bodies does.
      const bodies = (BODY_COUNT_UNITS.has(f.unit) || BATCH_ZH.test(f.subject)) && countHanScript(normalize(f.subject)) >= 2 ? f : undefined;
      const carried = opens && !bodies && before !== undefined && opener !== undefined && !SENTENCE_STOP.test(between);
      if (opens && !carried) opener = bodies;
      else if (opener && (carried || (before !== opener && sentence)) && !listed && f.dimension !== opener.dimension && f.dimension !== '%') {
        // After a ；the whole clause that counted the bodies names them: 全省高中段教育共有学校1048所 and 中等职业教育共有
        // 学校479所 are two kinds of school, whatever the 有学校 their figures are counted by.
        sentence = carried ? `${clauseHead(opener)}${opener.dimension}` : `${sentence.startsWith(LOOSE) ? LOOSE : ''}${normalize(opener.subject)}${opener.dimension}`;
      }
      // 受理投诉860件，已办结842件，办结率97.9% and 受理群众来电2860件，办结2841件，办结率99.3%: a rate named by
      // the count before it is a rate of what that count is part of, so the count's own context goes with it.
      if (sentence && previousContext && f.dimension === '%' && RATE_SUBJECT.test(f.subject)) sentence = `${previousContext}>${sentence}`;
      // 承办人大代表建议126件，已采纳98件，未采纳28件: the part denied after its complement (未采纳 after 已采纳, 不合格 after
      // 合格) is a part of the same whole, so it takes the complement's context, not the complement's words.
      else if (before && !glued && anchor === before && previousContext && !listed && f.dimension === before.dimension && !SENTENCE_END.test(between) && complementParts(before.subject, f.subject)) sentence = previousContext;
      previousContext = sentence;
      // 年末全县户籍人口58.1万人，常住人口52.36万人: the clause after names another kind of the head the clause before
      // ends with (户籍人口, 常住人口), in the scope that clause opened with (年末全县): loosely, 年末全县常住人口.
      const parallel = !glued && before && !listed && before.dimension === f.dimension ? parallelSubjectZh(paragraph.text, before, f) : undefined;
      let key = (parallel && localKeyOf({ ...f, subject: parallel, qualifiers: f.qualifiers.filter((q) => parallel.includes(q) || !before!.subject.includes(q)) }, sentence.startsWith(LOOSE) ? sentence : `${LOOSE}${sentence}`, period, whole, ownAreaOf(f, region))) || localKeyOf(f, sentence, period, whole, ownAreaOf(f, region));
      // 行政复议：结果维持1件。 and 行政诉讼：结果维持2件。, 一是行政复议，…: the row's label names what its figures belong to.
      if (key) key = bodyLabelledEn(labelled(key, f, labelsOf())!, f, period);
      // "HMP Ashcombe is a category C prison. … it held 912 prisoners" under the title naming HMP Ashcombe: its own subject.
      if (key && !period && context.prepared.titleKey !== '') key = { ...key, stated: withoutTitleLeadName(key.stated, context.prepared.titleNames) };
      // "The team aims to identify fraud and error worth £2.48 million in 2026/27" after "…identified fraud and error
      // worth £2.84 million": a target is another figure than the outcome told in the same words (two targets compare).
      if (key && !key.base && !HAN.test(f.subject) && AIM_BEFORE_EN.test(paragraph.text.slice(Math.max(0, f.offset - 120), f.offset).split(/[.!?]\s/).pop()!)) key = { ...key, stated: `${key.stated}|target` };
      // "In 2024 the trust employed 1,240 staff. Of these, 310 were nurses": the parts after "Of these," are counted by
      // the whole's verb, in its scope and year (the trust employed 310 nurses in 2024).
      if (before && lastKey?.figure === before && lastKey.key.stated.startsWith('self|') && OF_THESE_EN.test(between)) ofThese = lastKey.key.stated.split('|');
      else if (!(ofThese && NEXT_PART_EN.test(between))) ofThese = undefined;
      if (key === undefined && ofThese) {
        const part = partOfTheseKey(f, ofThese, period);
        key = part && labelled(part, f, labelsOf());
      }
      if (key !== undefined) {
        // Kept with the paragraph: one copy of each key's words in a lint (model/intern.ts; the same string, so the same key).
        if (!Object.isFrozen(key)) {
          key.stated = intern(key.stated);
          key.context = intern(key.context);
        }
        out.push({ figure: f, key });
        lastKey = { figure: f, key };
      }
    }
    const slips = slipHeads(paragraph, figures, period, region);
    // No figure, nothing restated (the words' list is not made).
    const restated = figures.length === 0 ? undefined : restatedFigures(paragraph, figures, period, [...(period?.words ?? UNTITLED_OWN_WORDS), ...region], RESTATED_PATTERNS, context.prepared.budget, context.prepared.blockNames);
    if (STOCK_CUE.test(paragraph.text) && AMONG_CUE_ZH.test(paragraph.text)) checkStockThenAmong(paragraph, context);
    return out.length || slips.length || restated ? { stated: out, slips, restated } : undefined;
  },

  // What the document part reads of a paragraph: its figures and the words around them (what each one states, and its
  // label: the words before it, and up to 80 characters after it), whether it is a bold unit title, whether a line of it
  // may head a period part. A figure that states nothing comparable (written in words, approximate, negative, 成, a
  // fraction, in a table row) is read only as the figure before the next one. Text typed after the last comparable
  // figure's words changes none of it.
  checkSummary(paragraph, lines, doc) {
    for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) if (lines[l].kind === 'text' && mayBePeriodHeading(lines[l].prose)) return undefined;
    const figures = doc.figuresIn(paragraph);
    const title = boldTitle(paragraph) ?? '';
    if (figures.length === 0) return `${title}|`;
    const text = paragraph.text;
    let cut = 0;
    for (const f of figures) if (!((f.approximate && !floorTargetZh(f)) || (f.words && !countInWordsZh(f)) || f.value < 0 || f.unit === '成' || f.unit === 'fraction' || paragraph.tableHeader)) cut = f.offset + f.length + 81;
    if (cut > 0) {
      // Past the 80 characters after it: a comma after spaces (", we …"), and whether the text goes on.
      while (cut < text.length && /\s/.test(text[cut])) cut++;
      cut = Math.min(text.length, cut + 1);
    }
    const read = figures.map((f) => [f.offset, f.length, f.numberStart, f.numberEnd, f.value, f.decimals, f.scale, f.unit, f.dimension, f.approximate, f.perUnit, f.words, f.subject, f.subjectStart, f.qualifiers, f.cell]);
    return `${title}|${JSON.stringify(read)}|${text.slice(0, cut)}`;
  },

  check(context) {
    membersChecked = new WeakSet();
    const scopes = scopesOf(context.doc.outline, context.doc.lines);
    // **Gateway** … **Payouts** …: bold titles of units within a section scope what follows each.
    const runIn = runInUnits(context.doc.paragraphs);
    const { ownYears, keys } = context.prepared;
    // 2026年重点工作, “十四五”时期工作回顾: the unnumbered part a paragraph is in is its period (a plan, or a past one).
    const periodOf = periodScopes(context.doc.periodParts);
    const stated: Stated[][] = [];
    const grouped: string[][] = [];
    const slips: SlipHead[][] = [];
    const restated: RestatedFigures[] = [];
    const restatedWheres: string[] = [];
    const restatedParts: number[] = [];
    const wheres: string[] = [];
    const parts: number[] = [];
    const locals = [...context.locals];
    const fines = finesReferredBack(locals.map(({ value }) => value.stated), context.doc.paragraphs);
    for (const [i, { unit, value: read }] of locals.entries()) {
      const paragraph = unit as Paragraph;
      const projects = projectsOfHeadings(fines[i], paragraph.section);
      const value = projects === read.stated ? read : { ...read, stated: projects };
      const runInUnit = runIn.get(paragraph);
      const headings = withPeriod(scopes.of(paragraph.section), periodOf(paragraph.firstLine));
      const scope = withoutTitleScope(runInUnit === undefined ? headings : `${headings},unit:${runInUnit}`, context.prepared.titleNames);
      if (value.stated.length > 0) {
        stated.push(value.stated);
        grouped.push(groupKeys(value.stated, scope, keys.get(paragraph.part), ownYears.get(paragraph.part)));
      }
      if (value.restated) restated.push(value.restated), restatedWheres.push(scope), restatedParts.push(paragraph.part);
      if (value.slips.length > 0) {
        slips.push(value.slips);
        wheres.push(scope);
        parts.push(paragraph.part);
      }
    }
    /** `f` reported against the other statement of its measure, `other`. */
    const conflict = (f: Figure, other: Figure) => {
      const there = label(other);
      const otherRange = rangeIn(other.paragraph, other.offset, other.offset + other.length);
      context.report({
        message: 'conflict',
        data: { here: label(f), there, line: otherRange.start.line + 1 },
        range: rangeIn(f.paragraph, f.offset, f.offset + f.length),
        related: [{ range: otherRange, message: 'other', data: { there } }],
      });
    };
    const reported = new Set<Figure>();
    const flagged = new Set<Figure>();
    for (const figures of keptGroups(context.doc.memo, stated, qualifiedRates(annualAsYear(resolveCovered(resolveMeasures(loosen(grouped)), context.doc.paragraphs)), stated))) {
      // 网上可办率　97.8%　98.6% under 指标　2025年　2026年: last year's column is no statement of this year's level.
      const values = distinctValues(figures.filter((f) => !inOtherYearColumn(context.doc.lines, f, ownYears.get(f.paragraph.part)?.year)));
      // Three values or more: a measure listed per place or per year, not one fact stated twice.
      if (values.length !== 2) continue;
      const [first, second] = values;
      // Parallel statements in one paragraph are about different things (城区…3600个，农村…3800个) — unless the
      // paragraph states one figure twice, in two sentences with nothing to set them apart (restatedInParagraph).
      if (first.every((a) => second.every((b) => a.paragraph === b.paragraph)) && !(first.length === 1 && second.length === 1 && restatedInParagraph(first[0], second[0], context.doc.figuresIn(first[0].paragraph)))) continue;
      // 结案1779件，…；结案率69.52% and 结案1058件，…；结案率44.45%: rates of two different counts, whatever the ；between.
      if (ofOtherCounts(context.doc, first[0], second[0])) continue;
      // 物理类上线142人 under （一）特控线 and 物理类上线318人 under （二）本科线: each under another member of one group
      // of sibling headings (model/heading-scope.ts). A figure under neither (三、总体情况) is still the same fact.
      if (apartByMembers(first, second)) continue;
      // "“Engines of Change” … was seen by 212,600 people" and "“Women of the Works” … had been seen by 58,300 people",
      // "participants vaccinated against influenza" and "participants who received at least one vaccine", "41 noise
      // abatement notices" and "58 improvement notices": each names its own thing (fact-conflict/named-groups.ts).
      if (apartByNames(first, second)) continue;
      // "(a) stage 1: … within 10 working days" / "(b) stage 2: … within 20 working days": items of one list, each with
      // its own label (fact-conflict/items.ts); "As at 30 June, the vacancy rate was 7.9%" / "As at 31 July, … 7.2%".
      if (first.every((a) => second.every((b) => inOtherItems(a, b) || atOtherTimes(a, b)))) continue;
      // The odd one out is reported (a value stated once against one stated more often); else the later statement.
      const odd = second.length < first.length ? second : first.length < second.length ? first : second;
      const other = odd === first ? second[0] : first[0];
      for (const f of [...first, ...second]) reported.add(f);
      for (const f of odd) if (!flagged.has(f)) flagged.add(f), conflict(f, other);
    }
    // 376名 and 367名 村级河湖长 worded differently: the same head noun with two values one digit-swap apart.
    for (const [f, other] of transposedPairs(context.doc.memo, slips, parts, wheres, reported)) reported.add(f).add(other), conflict(f, other);
    // 各乡镇累计转移受威胁群众3265人 and 汛期累计转移群众3562人: one measure in other words, its digits in another order.
    for (const [f, other] of permutedPairsZh(slipGroups(context.doc.memo, slips, parts, wheres), ownYears, reported)) reported.add(f).add(other), conflict(f, other);
    // 共指出问题23个 and 审计报告指出的32个问题, "4,320 households" and "a membership of 4,230 households": restated in
    // other words, one digit swap apart (fact-conflict/restated.ts).
    for (const [f, other] of restatedPairs(restated, restatedWheres, restatedParts, reported)) reported.add(f).add(other), conflict(f, other);
    // 走访企业46家 and 在走访的64家企业中: a count named again as the set it made (fact-conflict/done-set.ts).
    const planOf = (p: Paragraph) => withPeriod(scopes.of(p.section), periodOf(p.firstLine)).split(',').includes('plan');
    for (const [f, other] of doneSetPairs(context.doc.paragraphs, (p) => context.doc.figuresIn(p), planOf, reported)) reported.add(f).add(other), conflict(f, other);
    // 集团实现营业收入86.4亿元 and | 合计 | 84.6 | under 2026年营业收入构成（单位：亿元） (fact-conflict/table-total-prose.ts).
    for (const [f, other] of tableTotalProsePairs(context.doc.paragraphs, (p) => context.doc.figuresIn(p), ownYears.values().next().value?.year, reported)) reported.add(f).add(other), conflict(f, other);
    // 对全市87个乡镇卫生院开展了调研 and 全市83个乡镇卫生院中: the region's whole stock, stated twice (fact-conflict/region-stock.ts).
    for (const [f, other] of regionStockPairs(context.doc.paragraphs, (p) => context.doc.figuresIn(p), reported)) reported.add(f).add(other), conflict(f, other);
    // | **Total** | **312** | under "Valid reports" and "the 318 valid reports" (fact-conflict/table-total-prose-en.ts).
    for (const [f, other] of tableTotalProsePairsEn(context.doc.paragraphs, (p) => context.doc.figuresIn(p), reported)) reported.add(f).add(other), conflict(f, other);
    // | Duration | 47 minutes | and "The outage lasted 52 minutes" (fact-conflict/field-duration.ts).
    const title = context.doc.lines.find((l) => l.text.trim() !== '')?.text ?? '';
    for (const [f, other] of fieldDurationPairs(context.doc.paragraphs, (p) => context.doc.figuresIn(p), title, reported)) conflict(f, other);
  },
};

export default rule;

/**
 * 年末全县户籍人口58.1万人，常住人口52.36万人 · 城镇新增就业1.2万人，农村转移就业0.8万人: the words of a clause right
 * after another figure's clause (a comma between, no figure or mark in the words), naming another kind of the head the
 * clause before ends with (人口 after 户籍 and 常住): the scope the clause before opened with goes with it (年末全县常住人口), and the kind before (城镇 of 城镇新增就业) does not.
 * By the form: a common head of two characters or more, a kind of one to four characters before it in each, and the
 * scope what is left of the clause before (two characters or more). Undefined where the form is not that.
 */
const PARALLEL_BETWEEN_ZH = /^\s*[，,]\s*$/;
const HAN_ONLY = /^\p{sc=Han}+$/u;
function parallelSubjectZh(text: string, before: Figure, f: Figure): string | undefined {
  if (!PARALLEL_BETWEEN_ZH.test(text.slice(before.offset + before.length, f.subjectStart))) return undefined;
  const x = before.subject;
  const y = f.subject;
  if (!HAN_ONLY.test(x) || !HAN_ONLY.test(y) || x.length < y.length + 2) return undefined;
  let head = 0;
  while (head < y.length && x[x.length - 1 - head] === y[y.length - 1 - head]) head++;
  const kind = y.length - head;
  if (head < 2 || kind < 1 || kind > 4) return undefined;
  return `${x.slice(0, x.length - y.length)}${y}`;
}

/**
 * 全县60周岁以上老年人口12.8万人 · 全市年收入10万元以下家庭3.2万户 · 5岁及以下儿童: a figure whose bound (以上, 以下,
 * 及以上, 以内…) opens the next figure's words is part of those words, not a figure the sentence states: the next figure
 * is read with the whole of them, the bound's figure and all (65周岁以上 is another measure), from where the bound's
 * clause starts, and the bound's figure is read no more. By the form alone (a figure, its bound, words, a figure): the
 * words are the head's, whatever they name.
 */
const PART_OF_LIST_ZH = /其中|[、：:]\s*$/;
const BOUND_LEAD_ZH = /^(?:及|或)?(?:以上|以下|以内|以外|之内|之间|之間|以內|以外)(?=\p{sc=Han}{2})/u;
const boundRead = new WeakMap<readonly Figure[], Figure[]>();
function withBoundSubjects(text: string, figures: readonly Figure[]): readonly Figure[] {
  let out: Figure[] | undefined = boundRead.get(figures);
  if (out) return out;
  for (let i = 1; i < figures.length; i++) {
    const bound = figures[i - 1];
    const f = figures[i];
    if (bound.offset + bound.length !== f.subjectStart || bound.subjectStart >= f.subjectStart || !BOUND_LEAD_ZH.test(text.slice(f.subjectStart, f.offset))) continue;
    // Not a share (80岁及以上的占21.3%: of the whole its sentence names before), nor a part of a list (其中3000万元以上
    // 项目9个、5000万元以上项目7个: the bands of one whole, each read with the whole's words, as before).
    if (f.dimension === '%' || PART_OF_LIST_ZH.test(sentenceLeadZh(text, bound.subjectStart))) continue;
    out ??= [...figures];
    const at = out.indexOf(bound);
    if (at < 0) continue;
    out.splice(at, 2, { ...f, subject: text.slice(bound.subjectStart, f.offset), subjectStart: bound.subjectStart, qualifiers: [...new Set([...bound.qualifiers, ...f.qualifiers])] });
  }
  out ??= figures as Figure[];
  boundRead.set(figures, out);
  return out;
}

/** The first figure of the sentence `f` is in (`f` itself where it opens it). */
function sentenceOpener(text: string, f: Figure, figures: readonly Figure[]): Figure {
  let start = f.subjectStart;
  while (start > 0 && !/[。！？!?]/.test(text[start - 1])) start--;
  for (const g of figures) if (g.offset >= start && g.offset <= f.offset) return g;
  return f;
}

/**
 * What sets a figure apart from another statement of its measure, in its own clause: another year or period (in 2024,
 * 上年, the previous year), a comparison (compared with, 同比), a target, forecast or plan (target, expects, 计划,
 * 预计), a condition (当…时, if, when). Read on the figure's clause only: 全年查处违停车辆3.26万辆，较上年下降5.1% states
 * this year's level, the change beside it is another clause.
 */
const SETS_APART = /(?:19|20)\d\d|上年|去年|上一年|前年|同比|环比|環比|按年(?![度初底末])|按月|计划|計劃|目标|目標|预计|預計|预期|預期|力争|力爭|预算|預算|争取|爭取|明年|下一?年|时候|時候|[当當][^，,。；;]{0,20}时|如果|假设|假設|情况下|情況下|\b(?:previous|prior|last|next|earlier|before|compared|target(?:ed)?|forecasts?|projected|expects?|expected|plans?|planned|budget(?:ed)?|goal|aims?|if|when|would|will|could|scenario)\b/i;
const CLAUSE_MARK = /[，,;；。！？!?:：]|\.(?=\s|$)/g;
const SENTENCE_END_MARK = /[。！？!?]|\.(?=\s|$)/;
const CLAUSE_END = /[，,;；。！？!?:：]|\.(?=\s|$)/;

/**
 * One figure stated twice in one paragraph: "Penalty notices issued: 41,200. … The service issued 39,800 penalty
 * notices" · 全年查处违停车辆3.26万辆。…查处违停车辆3.62万辆. Only in two sentences (one sentence lists parallel cases:
 * 10万条时…268美元；100万条时…2,680美元), neither figure approximate, and neither clause setting its figure apart.
 */
function restatedInParagraph(a: Figure, b: Figure, figures: readonly Figure[]): boolean {
  if (a.approximate || b.approximate) return false;
  const [x, y] = a.offset < b.offset ? [a, b] : [b, a];
  const text = x.paragraph.text;
  if (!SENTENCE_END_MARK.test(text.slice(x.offset + x.length, y.offset))) return false;
  // 职工医保基金收入64.28亿元，…，当期结存8.57亿元。统筹基金收入38.96亿元，…，当期结存3.84亿元: two sentences that open
  // with figures of different words are about what each opens with (a fund and its sub-fund), not one restated.
  const openX = sentenceOpener(text, x, figures);
  const openY = sentenceOpener(text, y, figures);
  if (openX !== x && openY !== y && normalize(openX.subject) !== normalize(openY.subject)) return false;
  // 2023年，全区有养老机构30家。目前全区有养老机构42家: one sentence of another moment than the other's.
  return !SETS_APART.test(clauseOf(text, x)) && !SETS_APART.test(clauseOf(text, y)) && momentOf(x) === momentOf(y);
}

/** The moment a Chinese figure is stated at (截至11月底; now: 目前, 截至目前), empty when its sentence names none. */
function momentOf(f: Figure): string {
  const asOf = HAN.test(f.subject) && (AS_OF_CUE.test(f.subject) || f.qualifiers.some((q) => AS_OF_QUALIFIERS.has(q)) || bareMomentZh(f)) ? asOfZh(f, undefined) : undefined;
  return asOf ? (asOf.token ?? 'now') : '';
}

/**
 * The clause a figure stands in: from the last clause mark before it to the next one after it; a label before a colon
 * is the figure's clause too ("Permits sold in 2024: 8,400").
 */
function clauseOf(text: string, f: Figure): string {
  let start = 0;
  CLAUSE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_MARK.exec(text)) && m.index < f.offset) if (m[0] !== ':' && m[0] !== '：') start = m.index + 1;
  const after = text.slice(f.offset + f.length).search(CLAUSE_END);
  return text.slice(start, after < 0 ? text.length : f.offset + f.length + after);
}

/** What makes two statements the same quantity; undefined for figures that cannot be compared. */
interface OwnPeriod {
  year: string;
  half?: string;
  /** The report's own whole: 全年 in a year's report, 全县 in a county body's (2024年县教育局工作总结). */
  words: string[];
  /** The words of an English title, which name the reporting body: "the library" in the Riverside Library's report. */
  names: Set<string>;
  /** Of `words`, those that name the body itself (集团, 全校): what follows them is its whole, however short. */
  body: Set<string>;
  /** The kinds of body the title and the lines above it name (trust, school, committee): another kind is another body. */
  bodies: Set<string>;
  /** A plan, a summary or a report: the year beside its own that it also speaks of (a plan's last year, a summary's next). */
  kind?: string;
  /** The month an English year's report ends in (march, december): "At 31 December 2025" there is the year's end. */
  endMonth?: string;
  /** A financial year's summary: the year it starts in, and the way it is written (2024/25, 2024-25). */
  fiscalStart?: string;
  fiscalForm?: RegExp;
  /**
   * The year the report was written in, what 去年, 上年 and 今年 count from: the year of the date it is signed or given on
   * (——2026年1月9日在…大会上 under 2026年政府工作报告: 去年 is 2025, the year it reviews), else a year's summary's or
   * report's own year (去年 in the 2026 summary is 2025). Not read in a plan or a half-year's report with no date.
   */
  written?: number;
  /** The title's words (云溪区退役军人事务局2026年工作总结): the region and the work it names are the body's own. */
  title?: string;
}

/** A figure's key less its part and the headings above it: what the paragraph alone says it measures. */
interface LocalKey {
  stated: string;
  context: string;
  /** A level a forecast or plan starts from: read under a plan heading as a result (groupKeys). */
  base?: boolean;
  /** A fine whose party is named before (finesReferredBack): the key it has where none is. */
  fallback?: LocalKey;
}

interface Stated {
  figure: Figure;
  key: LocalKey;
}

/** 教职工, 职工, 在校学生: the whole staff or pupils of a body, whose parts (专任教师, 住校生) are counted alone too. */
const STAFF_WHOLE_ZH = /(?:教职工|教职员工|教職工|干部职工|幹部職工|职工|職工|员工|員工|工作人员|工作人員|在校学生|在校學生|在校生|学生|學生)$/;

/** 144人全部完成…任务, 32个均已完成年度任务: what the counted ones did, after the figure in its clause. */
const TASK_DONE_AFTER_ZH = /^(?:全部|均已|均|都已|都|全都|已|已经|已經|全部已)?(?:完成|完成了|落实|落實)[^，,。；;！？\d%]{0,20}(?:任务|任務)/;

/** 2025—2026学年第一学期工作总结: a term's report, whose 本学期 is its own period (as 今年 is a year's). */
const TERM_TITLE_ZH = /(?:学期|學期)[^，,。；;]{0,12}(?:总结|總結|报告|報告|小结|小結)/;
const OWN_TERM_WORDS_ZH = ['本学期', '这学期', '本學期', '這學期'];

const OWN_MONTHS = /^(?:1\s*)?[-—–－～~至到]\s*(12|6)\s*月份?/;

/** In the 2024 report, "in 2024" is the report's own time, and 上半年 the half-year summary's: no qualifier. */
function isOwn(w: string, period: OwnPeriod | undefined): boolean {
  return w === period?.year || w === period?.half || (period?.words.includes(w) ?? false) || (period !== undefined && ownMonths(w, period));
}

/** 1-12月 opening a paragraph of a year's report (1-12月社会消费品零售总额…), 1-6月 of a first half's: its own months. */
function ownMonths(w: string, period: OwnPeriod): boolean {
  return w === '1-12月' ? !period.half : w === '1-6月' && period.half === '上半年';
}

/** How many words of three or more Latin letters (a module function: localKeyOf is read for every figure). */
function latin(s: string): number {
  return s.split(' ').filter((w) => /^[a-z]{3,}$/.test(w)).length;
}

const NO_QUALIFIERS: readonly string[] = [];
/**
 * The own year's words of a draft whose title names no period, read by the digit-swap pass only (全年受理群众来电2140件
 * and 共接听群众来电2410件): two figures one swap apart are the likelier slip; the main pass keeps 全年 apart there.
 */
const UNTITLED_OWN_WORDS: readonly string[] = [...OWN_YEAR_WORDS.zh, ...OWN_YEAR_WORDS.en];

/** Its own qualifiers and those of the whole it is a part of (the whole's year, in the sentence before), sorted. */
function qualifiersOf(f: Figure, whole: readonly string[]): readonly string[] {
  if (whole.length === 0 || whole === f.qualifiers) return f.qualifiers;
  return [...new Set([...f.qualifiers, ...whole])].sort();
}

/**
 * "We attended 9,842 incidents, 3.4% more than in 2023/24, and carried out 14,620 visits", "we recorded 84,615 crimes,
 * 2.1% fewer than in 2023/24": a year said only in a clause of its own that compares another figure with it (after the
 * figure, or holding a figure of its own) is the comparison's, not a time of this figure. Not "Since 2019/20 we have
 * carried out 61,200 checks", nor a clause of the year alone before it ("In 2023/24, we completed …"). English only.
 */
function withoutComparedYearsEn(f: Figure, qualifiers: readonly string[]): readonly string[] {
  if (!qualifiers.some((q) => YEAR_Q.test(q))) return qualifiers;
  const text = f.paragraph.text;
  if (HAN.test(text)) return qualifiers;
  // The sentence, at most SENTENCE_REACH characters each side: a text with no sentence end (a table, a list run
  // together) would make every figure read all of it.
  let start = f.offset;
  const floor = Math.max(0, f.offset - SENTENCE_REACH);
  while (start > floor && !/[.!?]\s/.test(text.slice(start - 1, start + 1))) start--;
  const tail = text.slice(f.offset + f.length, f.offset + f.length + SENTENCE_REACH);
  const stop = tail.search(/[.!?](?:\s|$)/);
  const end = stop < 0 ? f.offset + f.length + tail.length : f.offset + f.length + stop;
  const sentence = text.slice(start, end);
  const at = f.offset - start;
  const compared = (q: string) => {
    const found = [...matchesOf(sentence, new RegExp(`\\b${q}(?:[/–-]\\d{2,4})?\\b`, 'g'))];
    return found.length > 0 && found.every((m) => {
      const from = Math.max(sentence.lastIndexOf(',', m.index), sentence.lastIndexOf(';', m.index), sentence.lastIndexOf('(', m.index)) + 1;
      const rest = sentence.slice(m.index).search(/[,;)]/);
      const to = rest < 0 ? sentence.length : m.index! + rest;
      if (at >= from && at < to) return false;
      const clause = sentence.slice(from, to);
      return COMPARED_EN.test(clause) && (from > at || /\d[\d,.]*\s*%|\d[\d,.]*\s+[a-z]/.test(clause.replace(new RegExp(`${q}(?:[/–-]\\d{2,4})?`), '')));
    });
  };
  return qualifiers.filter((q) => !(YEAR_Q.test(q) && compared(q)));
}
const YEAR_Q = /^(?:19|20)\d\d$/;
/** A figure and what it counts: requests (applications, complaints…) of a kind: to remove, for information, about noise. */
const KIND_AFTER_EN = /^[\d,.]+\s+(?:[a-z-]+\s+)?(?:requests?|applications?|complaints?|enquiries|inquiries|claims?|appeals?|referrals?|notices?)\s+(?:to\s+[a-z]+|for\s+(?!the\s+(?:year|period|quarter))[a-z]+|about\s|concerning\s|seeking\s|relating\s+to\s|from\s+(?:governments?|law|courts?|police|members|the\s+public)\b)/i;

const CURRENCY = /^(?:GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|CNY|HKD|SGD|INR)$/;

/** What fact-conflict/restated.ts reads as a change or a setting apart (the patterns of this file). */
const RESTATED_PATTERNS = { change: CHANGE, setsApart: SETS_APART };
/** The words of a comparison with another year: more than in, since, compared with, up from. */
const COMPARED_EN = /\b(?:than|since|compared|from|on|against|versus|vs)\b/i;

/** 一年来, 这一年来, 过去一年来: the year just past. */
const ONE_YEAR_ZH = /(?<![\d一二三四五六七八九十两兩几幾多])一年来|一年來/;
/** 近年来, 多年来: a time of some years, no span of a number of them. */
const RECENT_YEARS_ZH = /(?:近|多|这些|這些)年来|近年來/;
/** 新增, 净增, 累计: the kind of an amount (new, net, running), said of the figure right after it. */
const AMOUNT_KINDS = ['新增', '净增', '淨增', '累计', '累計'];

/**
 * 基金累计结余8.6亿元，可支付月数为18个月: a span of time (months the fund can pay, days a case took) is no running or
 * new amount; the 累计 of the clause before, with its own figure, is that figure's.
 */
const SPAN_DIMENSIONS = new Set(['月', '天', '日', '周', '小时', '分钟']);
const AMOUNT_KIND_WORDS = /新增|净增|淨增|累计|累計/g;

/**
 * 新增高速公路里程68.5公里，全市高速公路通车里程达到426.8公里 · 累计建成城市书房56个，全年城市书房接待读者68.6万人次:
 * the kind word of a clause before, with a figure of its own after it, is that figure's; a clause opening afresh with the
 * body's whole (全市, 全年) states a level of its own, not a new or running one (unless its own words say so).
 */
function withoutEarlierKinds(f: Figure, qualifiers: readonly string[]): readonly string[] {
  if (!qualifiers.some((q) => AMOUNT_KINDS.includes(q))) return qualifiers;
  const text = f.paragraph.text;
  if (f.subjectStart <= 0 || !(FRESH_SUBJECT.test(normalize(text.slice(f.subjectStart, f.offset))) || SPAN_DIMENSIONS.has(f.dimension))) return qualifiers;
  let start = f.subjectStart;
  while (start > 0 && !stopsBack(text.charCodeAt(start - 1))) start--;
  const head = text.slice(start, f.subjectStart);
  const own = text.slice(f.subjectStart, f.offset + f.length + 30).split(CLAUSE_END)[0];
  return qualifiers.filter((q) => {
    if (!AMOUNT_KINDS.includes(q) || own.includes(q)) return true;
    const at = head.lastIndexOf(q);
    return at < 0 || !/\d/.test(head.slice(at + q.length));
  });
}

/**
 * "The Port of Saltmarsh delivered an annual throughput of 173.1Mt. June imports totalled 55,000 tonnes." · "Port Garron
 * Harbour handled 12.6Mt. Fuel imports totalled 120,000 tonnes.": a sentence that opens with the name of a body or place
 * that is not the reporting one starts a passage about that one, as 东城镇：… does in Chinese: the name scopes each
 * figure of the sentences after it, to the next sentence that opens with another name, with the body's own (The
 * Authority, the words of its title) or with we or our (June imports of another port, stated after its name, are
 * another quantity; lines run together in a plain-text paragraph are read so too). The sentence with the name has its
 * own subject, read as any other ("North Vale Buses runs its services with a fleet of 412 buses"). A name: "The" and a word in capitals, or two words in
 * capitals (of, and, for between them), then a word in lower case; not a month or a sentence's opening word (In June
 * the port…, Over the year we…).
 */
const NAME_LEAD_EN = /(The\s+)?([A-Z][A-Za-z'’&-]*(?:\s+(?:(?:of|and|for|on|upon)\s+)?[A-Z][A-Za-z'’&-]*)*)\s+(?=[a-z])/y;
const NAME_LEAD_STOP = new Set('in on at by for from over during since after before across our its their this these those that last next each every all both total overall however we it as of under between with within through throughout following despite while when where some many most more a an one if although though once until'.split(' '));
/** A sentence the body opens itself: "We handled…", "Our ports…" (not it or they, which point back). */
const SELF_LEAD_EN = /(?:We|Our|Us)\b/y;
const SENTENCE_STARTS_EN = /(?:^|[.!?]\s+)(?=\S)/g;
/** A sentence that may open with a name: The and a capital, or two words in capitals (NAME_LEAD_EN reads it). */
const MAY_LEAD_NAME_EN = /(?:^|[.!?]\s+)(?:The\s+[A-Z]|[A-Z][A-Za-z'’&-]*\s+(?:(?:of|and|for|on|upon)\s+)?[A-Z])/;

interface LeadSegment {
  at: number;
  name?: string;
}

/** Per paragraph, with the report period it was read under (the title's words are its own names). */
const leadSegments = new WeakMap<object, { period?: OwnPeriod; segments: LeadSegment[] }>();

/** The name opening the sentence at `at`: the name, '' for the body's own (or we, our), undefined for none. */
function nameLeadAt(text: string, at: number, period?: OwnPeriod): string | undefined {
  SELF_LEAD_EN.lastIndex = at;
  if (SELF_LEAD_EN.test(text)) return '';
  NAME_LEAD_EN.lastIndex = at;
  const m = NAME_LEAD_EN.exec(text);
  if (!m) return undefined;
  const words = m[2].split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  if (!m[1] && (words.length < 2 || NAME_LEAD_STOP.has(words[0].toLowerCase()))) return undefined;
  // "St Wilfrid's is a larger than average academy" in St Wilfrid's Academy's report: St (Saint) before a name of the
  // title's is part of that name.
  const own = words.every((w, k) => {
    const lower = w.replace(/['’]s$/, '').toLowerCase();
    if (/^st\.?$/.test(lower) && k + 1 < words.length) return true;
    return SELF_WORDS.has(lower) || MONTHS_EN.has(lower) || (period?.names.has(lower) ?? false);
  });
  return own ? '' : m[2].replace(/['’]s$/, '').toLowerCase();
}

/** The passages of an English paragraph by the names their sentences open with (none for most paragraphs). */
function leadSegmentsEn(paragraph: Paragraph, period?: OwnPeriod): LeadSegment[] {
  // Read once per paragraph (and report period), not per figure: a long paragraph has many figures.
  const known = leadSegments.get(paragraph);
  if (known && known.period === period) return known.segments;
  const text = paragraph.text;
  const segments: LeadSegment[] = [];
  // A Chinese paragraph is not read, nor one whose sentences open with no name (most).
  if (!HAN.test(text) && MAY_LEAD_NAME_EN.test(text)) {
    let current: string | undefined;
    for (const m of matchesOf(text, SENTENCE_STARTS_EN)) {
      const at = m.index + m[0].length;
      const name = nameLeadAt(text, at, period);
      if (name === undefined || (name || undefined) === current) continue;
      current = name || undefined;
      // The sentence that names it has its subject (read by the rule as any other): the passage after it is the name's.
      const end = text.slice(at).search(/[.!?](?:\s|$)/);
      segments.push({ at: end < 0 ? text.length : at + end + 1, name: current });
    }
  }
  leadSegments.set(paragraph, { period, segments });
  return segments;
}

/** The figure's qualifiers with the name of the passage it stands in (leadSegmentsEn), sorted. */
function withLeadNameEn(f: Figure, qualifiers: readonly string[], period?: OwnPeriod): readonly string[] {
  const segments = leadSegmentsEn(f.paragraph, period);
  let name: string | undefined;
  for (const segment of segments) {
    if (segment.at > f.offset) break;
    name = segment.name;
  }
  return name ? [...qualifiers, `@${name}`].sort() : qualifiers;
}

/** ", according to the gateway's logs" after a figure, in its sentence: the source of the count, when not the body's own. */
const ACCORDING_AFTER_EN = /^[^.!?;]{0,80}?\baccording\s+to\s+(?!(?:our|us|we|its)\b)/i;

/** "According to the Ombudsman, " · "Including our partner food banks, " · "Across the network, ": a sentence opened by another source or a wider count. */
const OTHER_SOURCE_BEFORE_EN = /^\s*(?:according\s+to\s+(?!(?:our|us|we|its)\b)|including\s+(?:our\s+)?(?:partners?|partner\s+\w+|affiliates?|members?)\b|across\s+the\s+(?:whole\s+)?(?:network|partnership|federation|alliance|sector)\b)/i;

/** "It made 7 recommendations": a pronoun subject points back to the sentence before (what it names is not in the clause). */
const PRONOUN_AMOUNT_EN = /^\s*(?:it|they|these|those)\s+(?:(?:has|have|had)\s+)?(?:amounted\s+to|totalled|totaled|came\s+to|stood\s+at|reached)\s*$/i;
const PRONOUN_SUBJECT_EN = /^\s*(?:It|They|He|She)\s+(?:(?:has|have|had|also|then|now)\s+)?[a-z]{3,}\s+$/;

/** The sentence's words before `at` (at most 160 characters back, from the last . ! ? or line start). */
function englishSentenceLead(text: string, at: number): string {
  const from = Math.max(0, at - 160);
  const window = text.slice(from, at);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('\n'));
  return stop >= 0 ? window.slice(stop + 1) : from === 0 ? window : '';
}

/** 目标, 任务: in a plan, what every figure is (target-floor.ts reads the floor of one, 5.2万人以上). */
const PLAN_TARGET_WORDS_ZH = new Set(['目标', '目標', '任务', '任務']);

function localKeyOf(f: Figure, context: string, period?: OwnPeriod, ofWhole: readonly string[] = NO_QUALIFIERS, area: readonly string[] = NO_QUALIFIERS, plainFine = false): LocalKey | undefined {
  // 新增养老床位1200张以上 in a plan: the floor of the target, its 以上 (read as the noun a classifier counts) no word of it.
  if (f.approximate && period?.kind === 'plan' && f.subject.endsWith('以上') && floorTargetZh(f)) f = { ...f, subject: f.subject.replace(/(?:及)?以上$/, '') };
  // Temperatures are read by the digit-swap pass only (the extreme of one episode): "Peak temperature in chamber C1"
  // and "in chamber C2" name their chambers in words the main pass does not keep.
  if (f.dimension === '°C') return undefined;
  const ownYear = period?.year;
  if ((f.approximate && !(period?.kind === 'plan' && floorTargetZh(f))) || (f.perUnit && !NAMED_PER_HEAD.test(f.subject)) || (f.words && !countInWordsZh(f)) || f.paragraph.tableHeader || f.unit === '成' || f.unit === 'fraction') return undefined;
  if (f.value < 0) return undefined;
  const text = f.paragraph.text;
  // 将严格控制……“三公”经费支出16.8万元以内: a bound set, not an amount spent.
  if (BOUND_AFTER_ZH.test(text.slice(f.offset + f.length, f.offset + f.length + 3))) return undefined;
  // 共发放食品包56900个，含合作食物银行发放的在内: a clause after it that takes in others' counts widens the figure, so it
  // is another count than 41300个 from the body's own (look35en t17, in Chinese).
  // "56,900 parcels, including those of our partner food banks": the same in English (WIDENED_AFTER).
  // "41,300 parcels, excluding those of our partners", 发放食品包41300个（不含合作食物银行发放的）: a clause that leaves
  // some out narrows it, whatever it leaves out (another count than the whole stated elsewhere).
  const after60 = text.slice(f.offset + f.length, f.offset + f.length + 60);
  if (WIDENED_AFTER_ZH.test(after60) || WIDENED_AFTER.test(after60) || NARROWED_AFTER.test(after60)) return undefined;
  // "was 98.6%, against a target of 98.5%": a target, budget or standard named only to compare with is no statement of
  // a measure (two measures' targets are not one figure stated twice).
  if (COMPARED_BASE_BEFORE_EN.test(text.slice(Math.max(0, f.offset - 40), f.offset))) return undefined;
  // "1,208 requests to remove content" and "4,316 requests … for user information": requests (applications, complaints…)
  // of a kind named after them are counts of that kind, not of all requests.
  if (KIND_AFTER_EN.test(text.slice(f.offset, f.offset + f.length + 60))) return undefined;
  // "Funding awarded £1.26 million to local schools" and "… £1.62 million to local charities": an amount given to someone
  // named after it is that recipient's (the digit-swap pass compares two amounts to one recipient).
  if (CURRENCY.test(f.dimension) && RECIPIENT_AFTER_EN.test(after60)) return undefined;
  const before = text.slice(f.subjectStart, f.offset);
  // Whether the words before it hold a Chinese character, read once (the English tests below are skipped for them).
  const hanBefore = HAN.test(before);
  // "Cash is forecast to fall from £113.0m at 31 July 2026 to £101.0m at 31 July 2027": the level at the date it starts
  // from is a level the draft may state elsewhere ("Cash and short-term deposits at 31 July 2026 were £118.0m"), read as
  // a base is under a plan heading (fact-conflict/amount-aliases.ts).
  if (!hanBefore && CURRENCY.test(f.dimension)) {
    const from = forecastFromEn(f);
    if (from) return { stated: [normalize(`${from.measure} ${from.month}`), f.dimension, isOwn(from.year, period) ? '' : from.year].join('|'), context: '', base: true };
  }
  // "Those releases included 1,392 commits" (Bundler's) and "Those releases included 463 commits" (RubyGems'): a
  // subject that points back names what the sentence before it named, not what its own words say.
  // "…; they amounted to £42,800": a pronoun after a clause mark points back too (the digit-swap pass reads what to).
  if (POINTING_BACK_EN.test(before) || PRONOUN_SUBJECT_EN.test(before) || PRONOUN_AMOUNT_EN.test(before)) return undefined;
  // "212,000 checkout attempts failed, according to the payment gateway's own logs": another source's count of what the
  // body counts itself (not "according to our records").
  if (!hanBefore && ACCORDING_AFTER_EN.test(text.slice(f.offset + f.length, f.offset + f.length + 120))) return undefined;
  // "According to the Ombudsman, it received 14 complaints" · "Including our partner food banks, we distributed 56,900":
  // a source named, or a wider count opened, at the start of the sentence.
  if (!hanBefore && OTHER_SOURCE_BEFORE_EN.test(englishSentenceLead(text, f.offset))) return undefined;
  // The figure's qualifiers, read only for a figure the tests above keep (they read none of them; these readers are
  // pure but for their caches).
  const fq = withLeadNameEn(f, withoutEarlierKinds(f, withoutComparedYearsEn(f, qualifiersOf(f, ofWhole))), period);
  if (f.dimension === '') {
    // "carried out 14,620 Safe and Well visits", "completed 4,906 Care Act assessments": a count whose noun is a name in
    // capitals (the figure reads no unit), stated by the body with its verb as any other count is.
    // "- **16,240** people supported": a bold figure and its noun after the bold (the figure reads no unit either).
    const after = text.slice(f.offset + f.length, f.offset + f.length + 60);
    const named = hanBefore || CHANGE.test(before) ? null : (NAMED_COUNT_EN.exec(after) ?? (BOLD_OPENING_EN.test(text.slice(0, f.offset)) ? BOLD_COUNT_EN.exec(after) : null) ?? elidedNamed(text, f));
    if (named && (f.subjectStart === 0 || CLAUSE_START.test(text[f.subjectStart - 1]))) {
      const self = selfStatement(f, before, period?.names, period?.words, period?.bodies, period?.endMonth, named[0]);
      const fiscal = period?.fiscalStart !== undefined && fq.includes(period.fiscalStart) && period.fiscalForm!.test(text);
      // (The count whose noun was elided names its own verb: no context of the count before it.)
      if (self) return { stated: ['self', self, 'count', withSeasonEn(fq.filter((q) => !isOwn(q, period) && !(fiscal && q === period?.fiscalStart)), englishSentenceLead(text, f.offset)).join(',')].join('|'), context: ELIDED.has(named) ? '' : context };
    }
    // "Visitor numbers for the year were 214,600": a bare count after the name of the body's own measure.
    const clauseBefore = text.slice(Math.max(0, f.offset - 120), f.offset);
    const measure = CHANGE.test(clauseBefore.slice(clauseBefore.search(/[.!?;](?:\s|$)(?=[^.!?;]*$)/) + 1)) ? undefined : measureStatement(f, clauseBefore, period?.names, period?.words);
    if (!measure) return undefined;
    return { stated: ['self', measure, 'count', withSeasonEn(fq.filter((q) => !isOwn(q, period)), englishSentenceLead(text, f.offset)).join(',')].join('|'), context };
  }
  if (CHANGE.test(withoutValueAdded(f.subject)) || CHANGE.test(withoutValueAdded(before))) return undefined;
  // "a decrease in the current budget deficit of £16.4 billion": the amount of a change, whose noun may stand before
  // the words the subject keeps (the decrease after the adjusted measure is another change, not the same level).
  const lastClause = lastClauseBefore(text, f.offset);
  if (CHANGE_OF_EN.test(lastClause)) return undefined;
  // "declined from 3,488 to 3,402, a loss of 86 students", "…, an extra 770 tonnes": the change after the levels.
  // (It ends in white space: a clause that does not cannot match, and the pattern's \d[^.;!?]* scans far in Chinese text.)
  if (/\s$/.test(lastClause) && CHANGE_AFTER_LEVEL_EN.test(lastClause)) return undefined;
  // The subject must be the whole clause before the figure: after another figure (为13人发放助学金1.06万元) the
  // words are about that one too.
  // 1-12月社会消费品零售总额: the 1 of a span of months opening the clause is no figure the words are about.
  const monthSpan = OWN_MONTHS.test(f.subject) && /(?:^|[\s，,。；;：:])1$/.test(text.slice(Math.max(0, f.subjectStart - 2), f.subjectStart));
  // 全县1—9月完成固定资产投资12.6亿元: the span of months after a place (its 1 read as a figure of its own) is the
  // figure's period, 1-9月, and no word of its measure.
  const spanMonths = monthSpan ? null : MONTH_SPAN_AFTER_ZH.exec(f.subject);
  const spanFrom = spanMonths ? MONTH_SPAN_FROM_ZH.exec(text.slice(Math.max(0, f.subjectStart - 3), f.subjectStart)) : null;
  const months = spanFrom ? { words: spanMonths![0], token: `${Number(spanFrom[1])}-${Number(spanMonths![1])}月` } : undefined;
  // Not where the words name it afresh: "64 routes across the area with a fleet of 412 buses".
  const afresh = f.dimension === 'count' && OWN_NAME_EN.test(before) && !hanBefore ? selfStatement(f, before, period?.names, period?.words, period?.bodies, period?.endMonth) : undefined;
  // 2026届本科毕业生去向落实率为91.2%: the year of a class (届, 级) opening the clause is no figure the words are about,
  // but which class they are about (2025届 is another).
  const cohort = cohortBefore(text, f.subjectStart);
  // "Across the 14 branches the libraries served 598,000 visitors": the spread over every place opening the sentence is
  // no part of the clause (sentenceContext reads the count on its own).
  const spread = f.dimension === 'count' && SPREAD_BEFORE_EN.test(text.slice(Math.max(0, f.subjectStart - 60), f.subjectStart));
  // "The 2024–25 General Fund budget is $182.4 million": the year the words open with (its 25 read as a figure of its own)
  // is a qualifier of the clause, not a figure before it.
  const yearLead = YEAR_LEAD_EN.test(text.slice(Math.max(0, f.subjectStart - 24), f.subjectStart));
  // "Scope 1 and 2 emissions were 48,200 tCO2e": the label and its numbers (no figures) name the measure.
  const labelledMeasure = f.dimension !== 'count' && f.dimension !== '' && !hanBefore ? labelledMeasureEn(text, f) : undefined;
  if (!labelledMeasure && !afresh && !spread && !yearLead && f.subjectStart > 0 && !monthSpan && !months && !cohort && !CLAUSE_START.test(text[f.subjectStart - 1]) && !/(?:and|or) $/.test(text.slice(f.subjectStart - 5, f.subjectStart))) return undefined;
  // In the 2024 report, "in 2024" is the report's own time, and 上半年 the half-year summary's: no qualifier.
  // 全年累计检查企业4,862家次 in the year's report is the year's total (全年共检查企业4,826家次), not a running one.
  const ownTotal = fq.includes('累计') && ownPeriodTotal(f, period);
  // 截至11月底 and 截至10月底 are two moments, 截至目前 and 目前 (as 现有) the time of writing: the moment in the key.
  const asOf = AS_OF_CUE.test(f.subject) || fq.some((q) => AS_OF_QUALIFIERS.has(q)) || bareMomentZh(f) ? asOfZh(f, period) : undefined;
  const fiscalOwn = period?.fiscalStart !== undefined && fq.includes(period.fiscalStart) && period.fiscalForm!.test(text);
  // 近年来，街道常住人口达9.2万人: "in recent years" is no span the figure is counted over (五年来 is).
  // 一年来，通过专项检查追回税款1.3亿元 in a year's summary: the year it reports on (not in a plan or a half-year's).
  const recent = fq.includes('年来') && (RECENT_YEARS_ZH.test(text.slice(Math.max(0, f.subjectStart - 12), f.offset)) || (period !== undefined && !period.half && period.kind !== 'plan' && ONE_YEAR_ZH.test(text.slice(Math.max(0, f.subjectStart - 12), f.offset))));
  // 专任教师144人全部完成继续教育学时任务: the task the counted people completed, named after the figure in its own
  // clause, is what they did, not a target the figure is set as (招聘教师30人的任务 is one).
  const taskDone = (fq.includes('任务') || fq.includes('任務')) && !/任务|任務/.test(f.subject) && TASK_DONE_AFTER_ZH.test(text.slice(f.offset + f.length, f.offset + f.length + 30));
  // 实现城镇新增就业5.5万人的目标任务 in a year's plan: a target named as one (目标, 任务, one word for both), and the floor
  // of a target (全年城镇新增就业5.2万人以上) is the same target; a plain figure there may be the year before's (预计全年…),
  // and 力争, 确保 still tell a stretch target from a floor.
  const planTarget = period?.kind === 'plan' && !period.half && hanBefore;
  const namedTarget = planTarget && (f.approximate || fq.some((q) => PLAN_TARGET_WORDS_ZH.has(q)));
  const qualifiers = fq.filter((q) => !(planTarget && PLAN_TARGET_WORDS_ZH.has(q)) && !(taskDone && (q === '任务' || q === '任務')) && !(recent && q === '年来') && !isOwn(q, period) && !area.includes(q) && !(fiscalOwn && q === period?.fiscalStart) && !(q === '累计' && (ownTotal || f.subject.includes('已'))) && !(asOf && AS_OF_QUALIFIERS.has(q) && asOf.words.includes(q)));
  if (namedTarget && !(taskDone && !fq.includes('目标') && !fq.includes('目標'))) qualifiers.push('目标');
  if (asOf?.token) qualifiers.push(asOf.token);
  if (cohort) qualifiers.push(cohort);
  if (months && !(period && ownMonths(months.token, period)) && !qualifiers.includes(months.token)) qualifiers.push(months.token);
  // 1—9月，全村接待游客3.2万人次。全年接待游客4.5万人次。: a figure whose own words open with 全年 is the year's, not of the
  // months that opened its paragraph.
  if (YEAR_AFRESH_ZH.test(f.subject) && qualifiers.some((q) => MONTHS_Q.test(q)) && !/\d\s*月/.test(clauseHeadZh(f))) spliceAll(qualifiers, 0, qualifiers.length, qualifiers.filter((q) => !MONTHS_Q.test(q)));
  // 2026年4月20日举办油菜花节，接待游客3.2万人次 and “五一”假期（5月1日—5日）接待游客8.6万人次: an event or a dated
  // period named in the sentence before the figure scopes it (the festival's visitors, the holiday's).
  const occasion = HAN.test(f.subject) ? occasionZh(f) : f.dimension === 'count' || f.dimension === '' ? occasionEn(f) : undefined;
  if (occasion) {
    // 五一假期期间接待游客: the holiday's 期间 is its name's, no qualifier of its own.
    if (occasion.holiday) spliceAll(qualifiers, 0, qualifiers.length, qualifiers.filter((q) => q !== '期间' && q !== '期間'));
    qualifiers.push(occasion.token);
  }
  // "Over the May bank holiday we welcomed 6,800 visitors": the occasion (in the key) is no word of the statement.
  const selfBefore = occasion?.words ? before.replace(occasion.words, ' ').replace(/^\s+/, ' ') : before;
  const self = afresh ?? (f.dimension === 'count' ? selfStatement(f, selfBefore, period?.names, period?.words, period?.bodies, period?.endMonth) : undefined);
  if (self) return { stated: ['self', self, f.dimension, withSeasonEn(qualifiers, englishSentenceLead(text, f.offset)).join(',')].join('|'), context };
  // "we received 52,300 calls and 9,870 emails": the body's count by the verb before, not a part of the list it ends.
  const shared = f.dimension === 'count' ? sharedVerb(f, before, period) : undefined;
  if (shared) return { stated: ['self', shared, f.dimension, qualifiers.join(',')].join('|'), context: '' };
  // 将对2026年培训宗教教职人员230人次的培训效果…: the report's own year after a plan's 将对 still opens the words.
  const lead = OBJECT_LEAD.exec(f.subject)?.[0] ?? '';
  let stated = ownYear && f.subject.startsWith(`${ownYear}年`, lead.length) ? f.subject.slice(lead.length + ownYear.length + 1) : f.subject;
  if (period?.half && stated.startsWith(period.half)) stated = stated.slice(period.half.length);
  // 1-12月 in a year's report, 1-6月 in the first half's: the months of the report's own period (the 1 is read apart).
  const ownSpan = OWN_MONTHS.exec(stated);
  if (period && ownSpan && (ownSpan[1] === '12' ? !period.half : period.half === '上半年')) stated = stated.slice(ownSpan[0].length);
  if (months && stated.startsWith(months.words)) stated = stated.slice(months.words.length);
  // 在全年处理投诉举报462件的基础上 in a year's summary: the base a plan starts from is the year's result (全年处理投诉举报426件).
  const ownBase = period && !period.half && period.kind !== 'plan' ? OWN_BASE_LEAD_ZH.exec(stated) : null;
  if (ownBase && BASE_AFTER_ZH.test(text.slice(f.offset + f.length, f.offset + f.length + 4))) stated = stated.slice(ownBase[0].length);
  // **全市农村义务教育学校: the bold of a run-in title is no word of the measure (normalize drops it anyway).
  stated = stated.replace(LEADING_MARKUP, '');
  // 集团全年营业收入, 全年集团营业收入: each own word in turn, until none leads (every pass takes one off).
  let body = false;
  // 全县共有水库86座 in the county bureau's report: the region it answers for, and what it has there.
  let region = false;
  for (let again = true; again; ) {
    again = false;
    // 目前全区共有, 全区目前共有, 截至11月底累计: the moment (in the key's qualifiers) is no word of the measure.
    const moment = asOf ? AS_OF_HEAD_ZH.exec(stated) : null;
    if (moment) {
      stated = stated.slice(moment[0].length);
      again = true;
    }
    // 虽然…，但全年仍发生生产安全事故21起: a conjunction or an adverb of "still" opening the words is no word of the
    // measure (but the year after it is the report's own).
    const still = STILL_LEAD_ZH.exec(stated);
    if (still) {
      stated = stated.slice(still[0].length);
      again = true;
    }
    // 通过专项检查追回税款1.3亿元: the means by which it was done is no word of the measure (追缴税款1.2亿元).
    const means = MEANS_LEAD_ZH.exec(stated);
    if (means && !channelMeansZh(means[0])) {
      stated = stated.slice(means[0].length);
      again = true;
    }
    // 会议同意城东学校建设项目总投资2.8亿元的资金筹措方案: what the meeting agreed to is no word of the measure.
    const meeting = MEETING_LEAD_ZH.exec(stated);
    if (meeting) {
      stated = stated.slice(meeting[0].length);
      again = true;
    }
    for (const w of area) {
      if (!stated.startsWith(w)) continue;
      stated = stated.slice(w.length);
      again = true;
      region = true;
    }
    for (const w of period?.words ?? []) {
      if (!stated.startsWith(w)) continue;
      stated = stated.slice(w.length);
      again = true;
      body ||= period!.body.has(w);
      region ||= OWN_REGION_WORD.test(w);
    }
  }
  if (ownTotal && stated.startsWith('累计')) stated = stated.slice(2);
  // 五一假期期间接待游客 = “五一”假期（5月1日—5日）接待游客: the holiday (in the key) is no word of the measure.
  if (occasion?.holiday) stated = stated.replace(HOLIDAY_WORDS_ZH, '');
  // A draft without a title (no period read from it) still names itself: 本局现有干部职工126人 and 局机关现有干部职工162人
  // are the bureau's own count, as 我局 is; 全系统 (the bureau and the units under it) is another whole.
  if (!period) {
    const self = SELF_BUREAU_ZH.exec(stated);
    if (self) {
      stated = stated.slice(self[0].length);
      body = true;
    }
  }
  // "The Council set a net revenue budget of £412.6m" and "the Council's net revenue budget of £421.6m": in English an
  // amount is named by the noun phrase right before "of" (or was, reached…), whatever the clause says before it.
  const measure = f.dimension !== 'count' && f.dimension !== '' ? (measureEn(before, period?.names) ?? amountBeforeMeasureEn(f, before, period?.names)) : undefined;
  if (labelledMeasure) stated = labelledMeasure;
  else if (measure?.endsWith(` ${ANNUAL}`)) {
    stated = measure.slice(0, -ANNUAL.length - 1);
    qualifiers.push(ANNUAL);
  } else if (measure) stated = measure;
  // 全市已改造的624个老旧小区 = 累计改造老旧小区642个: what has been done so far, where nothing names a period, is the running total.
  // Any period named, the report's own too (今年已改造的86个 is this year's), makes it that period's.
  const soFar = SO_FAR_ZH.test(stated) && !fq.some((q) => TIME_QUALIFIER.test(q)) && !TIME_WORDS_ZH.test(f.subject);
  if (soFar) qualifiers.push('累计');
  // 投资60亿元的华川动力电池项目 = 华川动力电池项目总投资65亿元: the investment of the project named right after it.
  const project = INVESTMENT_ZH.test(stated.replace(MARKUP, '')) ? PROJECT_AFTER_ZH.exec(text.slice(f.offset + f.length, f.offset + f.length + 24)) : null;
  if (project) stated = `${project[1]}总投资`;
  // 学校建设项目（总投资2.8亿元）资金筹措方案 = 学校建设项目总投资2.6亿元: the investment of the project named right before
  // its bracket (what a meeting agreed to before the project's name is not part of it).
  let headingProject = false;
  // 此工程总投资0.86亿元: the project named by its pronoun in the clause itself.
  const pronoun = project ? null : THIS_PROJECT_ZH.exec(stated.replace(MARKUP, ''));
  if (pronoun && INVESTMENT_ZH.test(stated.replace(MARKUP, '').slice(pronoun[0].length))) stated = stated.replace(MARKUP, '').slice(pronoun[0].length);
  if (!project && INVESTMENT_ZH.test(stated.replace(MARKUP, ''))) {
    const named = PROJECT_BEFORE_ZH.exec(text.slice(Math.max(0, f.subjectStart - 40), f.subjectStart));
    if (named) stated = `${named[1].replace(MEETING_LEAD_ZH, '')}总投资`;
    // 该项目规划用地120亩，…，总投资2.6亿元 under 一、关于城东新区九年一贯制学校建设项目: the project its sentence opens
    // with is the one the heading names (resolved in check: projectsOfHeadings).
    else headingProject = pronoun !== null || THIS_PROJECT_ZH.test(sentenceLeadZh(text, f.subjectStart));
  }
  // "reported 14 category 2 pressure ulcers": the label inside the count's words names which of them.
  const labelled = f.dimension === 'count' ? LABEL_IN_FIGURE_EN.exec(text.slice(f.numberEnd, f.offset + f.length).toLowerCase()) : null;
  // "The Security Operations Centre closed 148 incidents" and "the SOC closed 184 incidents": a name and its initials.
  if (!hanBefore && NAME_RUN_EN.test(before)) stated = withInitialsEn(before, stated);
  // "The prison told us that it held 921 prisoners", "At the time of the inspection it held …" (fact-conflict/leads-en.ts).
  if (!hanBefore) stated = aliasedAmountEn(withoutLeadEn(stated, before), englishSentenceLead(text, f.offset));
  // 全局126名社区民警全部下沉到社区: the noun after the count, not what is said of it (fact-conflict/noun-after-zh.ts).
  else stated = stockNounZh(text, f.offset, f.offset + f.length) ?? withoutScaleZh(withoutPredicateZh(stated, text.slice(f.offset + f.length, f.offset + f.length + 20)));
  const subject = canonicalZh((soFar ? '累计' : '') + normalize(stated)) + (labelled ? ` ${labelled[0]}` : '') + (WHOLE_EN.test(before.trim()) ? ' (whole)' : '');
  // 对某化工公司违法排污案立案调查，依法处罚款18万元 and 该公司已于6月缴纳罚款15万元: the fine of one party, imposed
  // or paid, whatever the date of the step; named by the party (the last one named before it in its paragraph), or, after
  // 该公司 or 其 with none named, by the one named before (resolved in check: finesReferredBack).
  // 当事人违法事实清楚，依法罚款21万元: a party's pronoun before the fine in its sentence refers back too.
  const fine = plainFine ? null : FINE_SUBJECT_ZH.exec(subject);
  if (fine) {
    const party = partyBefore(text, f.subjectStart);
    if (party) return { stated: [FINE_KEY, party, f.dimension].join('|'), context: '' };
    let start = f.subjectStart;
    while (start > 0 && !stopsBack(text.charCodeAt(start - 1))) start--;
    if (fine[1] || PARTY_PRONOUN_ZH.test(text.slice(start, f.subjectStart))) {
      const plain = localKeyOf(f, context, period, ofWhole, area, true);
      return plain && { stated: [FINE_KEY, REFERS_BACK, f.dimension].join('|'), context: '', fallback: plain };
    }
  }
  qualifiers.sort();
  // Too little to say what it measures: 3所, 共有424名教师, "300 people": the words before the figure must name it.
  const own = normalize(before);
  if (SAMPLE_ONLY.test(own)) return undefined;
  // 剩余1个正在整改 · 其余26人 · 其中12个: the rest (or a part) of the count before it, whatever that count is, no measure
  // of its own (审计指出问题5个…剩余1个 and 巡察反馈问题8个…剩余2个 are the rests of two lists).
  if (REST_ONLY_ZH.test(own)) return undefined;
  const han = countHanScript;
  // "Our 1,520 volunteers", "a total of 1,520 volunteers": the organisation's whole body of them, named by the noun.
  const whole = f.dimension === 'count' && WHOLE_EN.test(before.trim());
  // 全校共有学生2360人: the body's own whole of a noun is named by the noun alone.
  // 全县共有水库86座: the stock of the region the body answers for, named by the noun alone too (not 全县水库86座).
  // A类45件，占比37.5%: the share of the count before it, named by that count's words and value (sentenceContext).
  const shareOfCount = f.dimension === '%' && SHARE_ONLY_ZH.test(subject) && COUNT_CONTEXT_ZH.test(context);
  const named = han(subject) >= 3 || shareOfCount || ((body || (region && STOCK_CUE.test(before))) && han(subject) >= 2);
  if (!whole && (!named || han(own) < 2) && (latin(subject) < 2 || latin(own) < 1)) return undefined;
  // 全年共发现问题86个，反馈问题80个: where the clause before names the same measure (反馈问题 = 发现问题), this one is
  // another count of it in this sentence (those fed back of those found), not the measure stated alone elsewhere.
  const strict = context.startsWith(LOOSE) && canonicalZh(context.slice(LOOSE.length)).includes(subject);
  // 集团实现营业收入86.42亿元，同比增长7.3%，完成年度预算104亿元的83.10% and 实现利润总额4.86亿元…完成年度预算5.6亿元的
  // 86.79%: a budget or plan a share is taken of is the budget of the measure its sentence opens with.
  const targetOf = TARGET_OF_ZH.test(subject) && text.startsWith('的', f.offset + f.length) ? sentenceMeasureZh(text, f.subjectStart) : '';
  const plain: LocalKey = { stated: [subject, f.dimension, qualifiers.join(',')].join('|'), context: `${targetOf}${strict ? context.slice(LOOSE.length) : context}` };
  if (!headingProject) return plain;
  // The qualifiers of the investment's own clause only: the 规划 of 该项目规划用地120亩 is the land's, not the investment's.
  const ownClause = text.slice(f.subjectStart, f.offset);
  return { stated: [PROJECT_KEY, HEADING_REF, f.dimension, qualifiers.filter((q) => ownClause.includes(q)).join(',')].join('|'), context: '', fallback: plain };
}

/** The rest of a span of months (—9月) opening a figure's words, after its first month read as a figure. */
const MONTH_SPAN_AFTER_ZH = /^\s*[-—–－～~至到]\s*(\d{1,2})\s*月份?/;
/** That first month: one or two digits after a place, a clause mark or the start (全县1, ，1). */
const MONTH_SPAN_FROM_ZH = /(?:^|[^\d.,，])(\d{1,2})$/;
/** 全年, 今年全年 opening a figure's words: the whole year, whatever month its paragraph opened with. */
const YEAR_AFRESH_ZH = /^(?:今年)?全年/;
/** A month or a span of months as a qualifier (1-9月, 3月). */
const MONTHS_Q = /^(?:\d{1,2}\s*[-—–－～~至到]\s*)?\d{1,2}月份?$/;

/**
 * 召开教职工大会五次 and 全年召开教职工大会6次: a small count of events written in Chinese numerals is compared as its
 * digits are (not 一次, nor a figure of another unit: 三个年级, 两千三百人 are read as words only).
 */
const EVENT_DIMENSIONS = new Set(['次', '场', '场次', '期', '轮', '批']);
function countInWordsZh(f: Figure): boolean {
  return EVENT_DIMENSIONS.has(f.dimension) && Number.isInteger(f.value) && f.value >= 2 && f.value < 100 && HAN.test(f.subject);
}

/** 该项目, 此项目, 本工程 opening a sentence: the project its heading names. */
const THIS_PROJECT_ZH = /^\s*(?:该|該|此|本)(?:项目|項目|工程)/;
const PROJECT_KEY = '项目总投资';
const HEADING_REF = '^heading';

/** The words of the sentence a figure's clause is in, from its start up to `at`. */
function sentenceLeadZh(text: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 200 && !/[。！？!?\n]/.test(text[start - 1])) start--;
  return text.slice(start, at);
}

/** 一、关于城东新区九年一贯制学校建设项目, （二）城东学校建设项目情况: the project a heading names (its marker and 关于 off). */
const PROJECT_TITLE_ZH = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[.．]\d{1,2})*[.．、]?)?\s*(?:关于|關於)?(\p{sc=Han}{2,30}?(?:项目|項目|工程))(?:(?:的)?(?:有关|有關)?(?:情况|情況|进展|進展|建设情况|建設情況))?[。.：:]?$/u;

function headingProjectOf(section: Section | undefined): string | undefined {
  for (let s = section; s; s = s.parent) {
    const m = PROJECT_TITLE_ZH.exec(s.title.replace(MARKUP, '').trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The investments of 该项目 (localKeyOf) as the investment of the project the heading above names, or, under no heading
 * naming one, as they read on their own (their fallback). A paragraph's statements kept as they are when nothing changes.
 */
const projectsRead = new WeakMap<Stated[], { project: string | undefined; out: Stated[] }>();
function projectsOfHeadings(value: Stated[], section: Section | undefined): Stated[] {
  if (!value.some((s) => s.key.stated.startsWith(`${PROJECT_KEY}|${HEADING_REF}|`))) return value;
  const project = headingProjectOf(section);
  const known = projectsRead.get(value);
  if (known && known.project === project) return known.out;
  const out = value.map((s) => {
    if (!s.key.stated.startsWith(`${PROJECT_KEY}|${HEADING_REF}|`)) return s;
    if (!project) return { figure: s.figure, key: s.key.fallback! };
    const rest = s.key.stated.slice(`${PROJECT_KEY}|${HEADING_REF}|`.length);
    return { figure: s.figure, key: { stated: `${canonicalZh(normalize(`${project}总投资`))}|${rest}`, context: '' } };
  });
  projectsRead.set(value, { project, out });
  return out;
}

const TARGET_OF_ZH = /^(?:全年|年度|本年度?)?(?:预算|預算|计划|計劃|目标|目標|任务|任務)(?:数|數)?$/u;

/** The words before the first amount of the sentence a figure is in (集团实现营业收入86.42亿元): what it opens with. */
function sentenceMeasureZh(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf('！', at)) + 1;
  const first = /(\p{sc=Han}+)\d[\d,]*(?:\.\d+)?(?:亿|万|千)?元/u.exec(text.slice(start, at));
  return first ? `${first[1]}>` : '';
}

/** The words of a fine imposed or paid, and the pronoun of the party it was imposed on (该公司已于6月缴纳罚款, 依法处罚款, 并处罚款, 对其罚款). */
const FINE_SUBJECT_ZH = /^(该(?:公司|单位|企业|店|厂|超市|商户|门店|机构|医院|药店|诊所|酒店|餐馆|项目|当事人)|其|当事人)?(?:已经?)?(?:于?\d{1,2}月(?:\d{1,2}日)?|当月|次月|当日)?(?:依法|按期|按时|如期)?(?:对其|对该(?:公司|单位|企业|店|厂|超市|商户|门店|机构|医院|药店|诊所|酒店|餐馆|当事人))?(?:予以|给予|作出)?(?:处以|并处|处|足额缴纳|全额缴纳|缴纳|缴清|缴|上缴|罚)?了?罚款$/u;
/** The parties a fine is imposed on: 某化工公司, 某餐饮店, 青山鑫源建材有限公司 (the last one before the figure). */
const PARTY_ZH = /某\p{sc=Han}{0,10}?(?:公司|企业|单位|店|厂|超市|药店|诊所|医院|餐馆|酒店|门店|商行|经营部|合作社|商户|网吧)|\p{sc=Han}{2,12}?有限(?:责任)?公司/gu;
const FINE_KEY = '罚款';
/** 当事人, 该公司, 对其: the party of a case, named before. */
const PARTY_PRONOUN_ZH = /当事人|该(?:公司|单位|企业|店|厂|超市|商户|门店|机构|医院|药店|诊所|酒店|餐馆)|对其/;
const REFERS_BACK = '^';

function partyBefore(text: string, at: number): string | undefined {
  let last: string | undefined;
  for (const m of matchesOf(text.slice(0, at), PARTY_ZH)) last = m[0];
  return last;
}

/**
 * 该公司已于6月缴纳罚款15万元 in a paragraph that names no party before it: the fine of the party last named before it
 * (up to three paragraphs back), the same fine as 对某化工公司…依法处罚款18万元. None named there: left alone.
 */
function finesReferredBack(stated: Stated[][], paragraphs: readonly Paragraph[]): Stated[][] {
  if (!stated.some((value) => value.some((s) => s.key.stated.startsWith(`${FINE_KEY}|${REFERS_BACK}|`)))) return stated;
  return stated.map((value) => {
    let changed = false;
    const out = value.map((s) => {
      if (!s.key.stated.startsWith(`${FINE_KEY}|${REFERS_BACK}|`)) return s;
      let party = partyBefore(s.figure.paragraph.text, s.figure.subjectStart);
      for (let i = paragraphs.indexOf(s.figure.paragraph) - 1, n = 0; !party && i >= 0 && n < 3; i--, n++) party = partyBefore(paragraphs[i].text, paragraphs[i].text.length);
      changed = true;
      if (!party) return { figure: s.figure, key: s.key.fallback! };
      return { figure: s.figure, key: { stated: s.key.stated.replace(`|${REFERS_BACK}|`, `|${party}|`), context: s.key.context } };
    });
    return changed ? out : value;
  });
}

const REST_ONLY_ZH = /^(?:剩余|剩下|其余|其餘|余下|餘下|尚余|尚餘|还剩|還剩|其他|其它|其中|另有|另外)$/;

/** "Scope 1 and 2 " (a label and its numbers) ending where a figure's words start (numbers.ts reads no figure in it). */
const LABEL_RUN_END_EN = /(?:^|[\s(])((?:scope|category|type|band|grade|stage|level|tier|phase|class|key\s+stage)s?\s+\d{1,2}[a-z]?(?:\s*(?:,|and|or|&|\/|-|–|to)\s*\d{1,2}[a-z]?)*)\s*$/i;
/** " emissions were ", " emissions totalled ": the noun the label names, then a verb of being or "of", before the amount. */
const LABELLED_NOUN_BEFORE_EN = /(?<=\s)((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:of|was|were|is|are|stood at|reached|totalled|totaled|amounted to|came to|fell to|rose to)\s*$/;

/** The measure a label and its numbers name before an amount ("Scope 1 and 2 emissions were"): "scope 1 and 2 emissions". */
function labelledMeasureEn(text: string, f: Figure): string | undefined {
  // Read back from the amount: the noun and its verb, then the label run before them (wherever the figure's words were
  // taken to start: after "2", or at "emissions" when numbers.ts reads the label's numbers as no figures).
  const window = text.slice(Math.max(0, f.subjectStart - 40), f.offset);
  const noun = LABELLED_NOUN_BEFORE_EN.exec(window);
  if (!noun) return undefined;
  const run = LABEL_RUN_END_EN.exec(window.slice(0, noun.index));
  if (!run) return undefined;
  return `${run[1].toLowerCase().replace(/\s+/g, ' ')} ${noun[1]}`;
}

/** A noun phrase with a label and its number in it: "category 2 pressure ulcers", "band 5 nurses". */
const LABELLED_NOUN_EN = /^[a-z][a-z -]*\s\d{1,2}[a-z]?(?:\s*(?:,|and|or|&|\/|-|–|to)\s*\d{1,2}[a-z]?)*\s[a-z][a-z -]*$/;
/** The label and its number inside an English count's words (41 category 2 pressure ulcers → category 2). */
const LABEL_IN_FIGURE_EN = /\b[a-z]+\s\d{1,2}[a-z]?(?:\s*(?:,|and|or|&|\/|-|–|to)\s*\d{1,2}[a-z]?)*(?=\s[a-z])/;

/** 但, 但是, 而, 仍, 仍然, 依然: what opens the words of a clause that restates a figure (但全年仍发生…), before its measure. */
/** 但, 仍, and 特别是 · 尤其是 (特别是全年检查企业4,612家中，仍有…): a conjunction or adverb opening a figure's words. */
const STILL_LEAD_ZH = /^(?:但是|但|而且|而|仍然|仍|依然|依舊|依旧|特别是|特別是|尤其是)(?=\p{sc=Han}{2})/u;

/** 投资, 总投资: a project's investment, when the project is named after the figure (投资60亿元的华川动力电池项目). */
const INVESTMENT_ZH = /^(?:总|總)?(?:投资|投資)$/;
const PROJECT_AFTER_ZH = /^的(\p{sc=Han}{2,16}?(?:项目|項目))/u;
const PROJECT_BEFORE_ZH = /(\p{sc=Han}{2,30}(?:项目|項目))[（(]$/u;
/** 会议同意, 会议原则同意县发改委提出的, 会议审议通过: a meeting's decision opening the words before a figure. */
const MEETING_LEAD_ZH = /^(?:会议|会上)(?:原则|一致)?(?:同意|审议通过|通过|批准|研究|听取)了?(?:\p{sc=Han}{1,12}?(?:提出|提交|报送|上报)的)?(?=\p{sc=Han}{3})/u;

/** What may name the moment of a figure: 截至 (to a date), 目前 and 当前 (now). */
const AS_OF_CUE = /当前|當前/;
const AS_OF_QUALIFIERS = new Set(['截至', '截止', '目前', '月底', '年底', '年末']);
/** 截至11月底, 截至2025年底, 截至10月31日, 截至目前: the moment a running total or a stock is taken at. */
const AS_OF_ZH = /(?:(?:截至|截止)到?|(?<![\d\p{sc=Han}])(?:到|至)?(?=(?:(?:19|20)\d\d年)?\d{1,2}月(?:底|末|\d{1,2}日)前?[，,]))(?:((?:19|20)\d\d)年?)?(目前|当前|當前|现在|現在|年底|年末|(\d{1,2})月(?:份|(底|末)|(\d{1,2})日)?)/gu;
/** 3月底，9月末，到9月底，2026年9月30日， opening a clause: the moment a stock is taken at, as 截至 says it. */
const BARE_MOMENT_ZH = /(?:^|[，,。；;：:！？!?\s])(?:到|至)?(?:(?:19|20)\d\d年)?\d{1,2}月(?:底|末|\d{1,2}日)前?[，,]/;
const AS_OF_NOW = /^(?:目前|当前|當前|现在|現在)$/;
/** The moment opening a figure's words: 截至11月底累计发放, 目前全区共有. */
const AS_OF_HEAD_ZH = /^(?:(?:截至|截止)到?(?:(?:19|20)\d\d年?)?(?:目前|当前|當前|现在|現在|年底|年末|\d{1,2}月(?:份|底|末|\d{1,2}日)?)[，,]?|目前|当前|當前)/;

/** Whether the figure's sentence, up to it, names a bare date opening a clause (3月底，街道登记流动人口2,470人). */
function bareMomentZh(f: Figure): boolean {
  const text = f.paragraph.text;
  let start = f.offset;
  // No 月 in the words read: no date (most figures; the pattern is not run).
  let month = false;
  while (start > 0 && f.offset - start < 80 && !endsSentence(text.charCodeAt(start - 1)) && text[start - 1] !== '\n') if (text.charCodeAt(--start) === 0x6708) month = true;
  return month && BARE_MOMENT_ZH.test(text.slice(start > 0 ? start - 1 : 0, f.offset));
}

/**
 * The moment a figure is stated at, from its sentence up to it: the last 截至 date (截至11月底 → 截至11月底, 截至2025年底
 * → 截至2025年底, the report's own year left out), or now (截至目前, and 目前 or 当前 opening the figure's own words, as
 * 现有 says: no token). `words`: the text that named it, whose qualifier words the token replaces.
 */
function asOfZh(f: Figure, period: OwnPeriod | undefined): { token?: string; words: string } | undefined {
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && !endsSentence(text.charCodeAt(start - 1)) && text[start - 1] !== '\n') start--;
  let last: RegExpMatchArray | undefined;
  for (const m of matchesOf(text.slice(start, f.offset), AS_OF_ZH)) last = m;
  if (last) {
    // A running total (截至2026年底累计检查企业) keeps its date: 累计 alone may count from another start.
    // (Not the 累计 of a clause before a span of time: 截至年底，基金累计结余8.6亿元，可支付月数为16个月.)
    if (AS_OF_NOW.test(last[2]) || (ownYearEnd(last, period) && !/累计|累計/.test(SPAN_DIMENSIONS.has(f.dimension) ? clauseHeadZh(f) : text.slice(start, f.offset)))) return { words: last[0] };
    const year = last[1] && !isOwn(last[1], period) ? `${last[1]}年` : '';
    const when = last[3] ? `${Number(last[3])}月${last[5] ? `${Number(last[5])}日` : last[4] ? '底' : ''}` : '年底';
    return { token: `截至${year}${when}`, words: last[0] };
  }
  const now = /^(?:目前|当前|當前)/.exec(withoutOwnLead(f.subject, period));
  return now ? { words: now[0] } : undefined;
}

/**
 * 截至2026年底, 截至年末, 截至2026年12月31日 in the 2026 summary: the end of the report's own year is the time it
 * reports at, as an undated stock is (全县持证残疾人4.68万人 further on); so is 截至6月底 in the first half's summary.
 * Not in a plan, where its year's end is a target, nor for a running total (截至2026年底累计…), which the caller keeps dated.
 */
function ownYearEnd(m: RegExpMatchArray, period: OwnPeriod | undefined): boolean {
  if (period?.kind !== 'summary' || (m[1] !== undefined && m[1] !== period.year)) return false;
  // 截至6月底, 截至6月30日 in the first half's summary: the end of its own half, the time it reports at.
  if (period.half === '上半年') return m[3] !== undefined && Number(m[3]) === 6 && (m[4] !== undefined || Number(m[5]) === 30);
  if (period.half || !period.words.includes('全年')) return false;
  return m[3] === undefined ? m[2] === '年底' || m[2] === '年末' : Number(m[3]) === 12 && (m[4] !== undefined || Number(m[5]) === 31);
}

/** 累计 after the words of a period (全年累计, 今年累计, 2026年累计, 上半年累计): the total of that period. */
const PERIOD_TOTAL_ZH = /(全年|今年|本年度?|年内|上半年|下半年|(?:19|20)\d\d年度?)累计/g;

/**
 * Is every 累计 of the figure's sentence, up to the figure, that of the report's own period (全年累计 in a year's
 * report, 上半年累计 in a half-year's)? Then it is the period's total, as 全年共 is. Read only for figures with 累计.
 */
function ownPeriodTotal(f: Figure, period: OwnPeriod | undefined): boolean {
  if (!period) return false;
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && !stopsBack(text.charCodeAt(start - 1))) start--;
  const head = text.slice(start, f.offset);
  let own = 0;
  for (const m of matchesOf(head, PERIOD_TOTAL_ZH)) {
    if (!isOwn(/^\d/.test(m[1]) ? m[1].slice(0, 4) : m[1], period)) return false;
    own++;
  }
  return own > 0 && own === (head.match(/累计/g) ?? []).length;
}

/** ，含…在内, ，包括…在内: the figure before takes in others' counts (含合作单位发放的在内), the clause ending with 在内. */
const WIDENED_AFTER_ZH = /^(?:[，,]\s*(?:含|包含|包括|连同)[^，,。；;！？\d]{1,30}在内|[（(](?:含|包含|包括)[^）)\d]{1,30}(?:的|在内)[）)])/;
/** 以内, 之内: the figure before is a bound (控制在16.8万元以内), not an amount. */
/**
 * "…, excluding …", "(not including …)", ，不含…, （扣除…）: a clause right after a figure that leaves some of it out. Not
 * 扣除…后 (总收入为88.7万元，扣除各项支出后净收益56.5万元): the clause leads to another figure, the whole stays whole.
 */
const NARROWED_AFTER = /^(?:(?:\s+[a-z][a-z-]*){0,3}?\s*[,(]\s*(?:excluding|excl\.|not\s+(?:including|counting)|net\s+of|other\s+than)\s|\s*[，,（(]\s*(?:不含|不包含|不包括|未含|未包括|(?:扣除|剔除)(?![^，,。；;）)]{0,20}后)))/i;

const BOUND_AFTER_ZH = /^\s*(?:以内|之内|以內|之內)/;
/** The bold or italics opening a figure's words (**全市…). */
const LEADING_MARKUP = /^[*_`~]+/;

/**
 * 全县 in a draft whose title does not name the county (新增就业岗位5260个 and 全县新增就业岗位5620个 with no title, or
 * under 2026年工作总结): the one whole the draft names by 全X opening a clause, its own area, as ownRegion reads it from
 * a title. None where it names two (全县 and 全市, 全镇 and 全县: a county's report quoting the city's figures, a
 * town's quoting the county's): either may be another's. 居全市第一, 占全市的, 在全省率先 rank or compare the body
 * with a wider whole, and 全国 is no body's own area: they are not read.
 */
function draftRegion(lines: ReadonlyArray<{ text: string }>): string[] {
  let level: string[] | undefined;
  for (const line of lines) {
    if (!line.text.includes('全')) continue;
    for (const m of matchesOf(line.text, DRAFT_REGION)) {
      const forms = m[1] === '街道' ? STREET_LEVEL : REGION_LEVELS.find((f) => f.includes(m[1]))!;
      if (level === undefined) level = forms;
      else if (level !== forms) return [];
    }
  }
  // 全街道常住人口8.6万人 and 街道常住人口达9.2万人: a street office's draft names itself 街道 too.
  return level === STREET_LEVEL ? ['全街道', '街道'] : level ? level.map((c) => `全${c}`) : [];
}
const STREET_LEVEL = ['街道'];

/**
 * FISCAL YEAR 2027 RECOMMENDED BUDGET, "# Proposed Budget 2026/27", BUDGET MESSAGE: a title line among the draft's first
 * lines naming it a budget (short, no sentence). Its amounts told as budget or appropriations are the budget's own.
 */
function budgetTitled(lines: ReadonlyArray<{ text: string }>): boolean {
  let seen = 0;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    if (BUDGET_TITLE_EN.test(t)) return true;
    if (++seen >= 4) break;
  }
  return false;
}
/**
 * The capitalised words of the draft's first four lines that are not blank (# Drinking Water Quality Report 2026 /
 * **Clearbrook Water District** — Annual Consumer Confidence Report): the body's own name, wherever its title puts it.
 */
function titleBlockNames(lines: ReadonlyArray<{ text: string }>): string {
  const out = new Set<string>();
  let seen = 0;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    if (t.length <= 160) for (const m of matchesOf(t, CAPITALISED_EN)) out.add(m[0].toLowerCase());
    if (++seen >= 4) break;
  }
  return [...out].sort().join(' ');
}
const CAPITALISED_EN = /\b[A-Z][a-z'’]+/g;
const BUDGET_TITLE_EN = /^(?:#{1,3}\s*)?(?:[A-Za-z0-9–/-]+\s+){0,6}budget(?:\s+[A-Za-z0-9–/-]+){0,4}$/i;
const DRAFT_REGION = /(?<![居占在于於比较較为為列排的超领領位])全(街道|[县縣区區市镇鎮乡鄉省])(?![长長委级級域办辦\p{sc=Latin}])/gu;

/**
 * The draft's own 全X (draftRegion) where it opens a figure's words, unless its sentence names another area beside it
 * (全县入学率由90%提高到95%，其中农村地区…; 各乡镇, 城区): there the whole is set against its parts, and may be a
 * figure of its own.
 */
function ownAreaOf(f: Figure, region: readonly string[]): readonly string[] {
  if (region.length === 0 || !region.some((w) => f.subject.includes(w) || f.qualifiers.includes(w))) return NO_QUALIFIERS;
  const text = f.paragraph.text;
  // Read as far as a sentence is read each side (SENTENCE_REACH): a paragraph with no 。 is not one sentence per figure.
  let start = f.subjectStart;
  const floor = Math.max(0, f.subjectStart - SENTENCE_REACH);
  while (start > floor && !stopsBack(text.charCodeAt(start - 1))) start--;
  // The sentence less the figure's own clause (全市168所农村义务教育学校中: the 农村 of its noun is its measure's).
  const tail = text.slice(f.offset + f.length, f.offset + f.length + SENTENCE_REACH);
  const rest = tail.search(/[。！？!?\n]/);
  const clauseEnd = tail.search(/[，,；;：:。！？!?\n]/);
  const sentence = text.slice(start, f.subjectStart) + (rest < 0 ? tail : tail.slice(0, rest)).slice(clauseEnd < 0 ? tail.length : clauseEnd);
  return OTHER_AREA_ZH.test(sentence) ? NO_QUALIFIERS : region;
}
const OTHER_AREA_ZH = /各(?:乡镇|鄉鎮|镇|鎮|乡|鄉|县区|縣區|县市区|县|縣|区|區|市|村|街道|社区|社區)|某(?:县|縣|区|區|市|镇|鎮|乡|鄉|村)|城区|城區|农村|農村|乡村|鄉村|郊区|郊區|山区|山區|片区|片區|园区|園區|开发区|開發區|城镇|城鎮|市本级|市本級|县本级|縣本級/;

/** The words by which a bureau names itself at the head of a figure's words, in a draft with no title to say so. */
/** 全县, 全市: the whole of the region a body answers for (ownRegion). */
const OWN_REGION_WORD = /^全[市县縣区區省镇鎮乡鄉村]$/;
const SELF_BUREAU_ZH = /^(?:本局|我局|局机关|局機關)(?=\p{sc=Han}{2})/u;

/** 将对, 对, 就: what brings in the object of a plan's action before the words of a figure. */
const OBJECT_LEAD = /^(?:将|要|拟|擬)?(?:对|對|就)/;

/** An increase, decrease, reduction, fall, rise… in or of something: what follows is the amount of a change. */
const CHANGE_OF_EN = /\b(?:increase|decrease|reduction|fall|rise|drop|decline|cut|change)s?\s+(?:in|of)\b/i;

/** ", a loss of " · ", an extra " · ", an additional " after a figure in the clause: a change stated after its levels. */
const CHANGE_AFTER_LEVEL_EN = /\d[^.;!?]*,\s*an?\s+(?:loss\s+of|extra|additional)\s+$/i;

const LAST_CLAUSE_MARK = /[.!?;:](?:\s|$)(?=[^.!?;:]*$)/;
/** The words of the clause a figure ends, up to 120 characters back (from its last . ; : ! or ?). */
function lastClauseBefore(text: string, offset: number): string {
  const clause = text.slice(Math.max(0, offset - 120), offset);
  return clause.slice(clause.search(LAST_CLAUSE_MARK) + 1);
}

/**
 * These, those, this, that or such with a noun opening the subject: it points back to what the text named before
 * (Those releases, These changes), not to a time (this year, that quarter), to the document itself (this report) or
 * to the body that writes it (this charity, this council).
 */
const POINT_TIME = 'years?|quarters?|months?|weeks?|days?|periods?|times?|seasons?|spring|summer|autumn|fall|winter|financial|fiscal|academic|calendar|terms?|semesters?|morning|evening';
const POINT_SELF = ['report', 'document', 'update', ...BODY_WORDS.writers].join('|');
const POINTING_BACK_EN = new RegExp(`^\\s*(?:(?:these|those|such)\\s+(?!(?:${POINT_TIME})\\b)|(?:this|that)\\s+(?!(?:${POINT_TIME}|${POINT_SELF})\\b))[a-z]`, 'i');

/** "The partnership's (annual) budget (for 2025/26) was": a body's possessive, one noun, a year or the year, then of or was. */
const OWNED_MEASURE_EN = /(?:^|[.!?;:]\s+)The\s+([a-z]+)['’]s\s+(?:(annual|yearly)\s+)?([a-z]{3,})(?:\s+for\s+(?:the\s+(?:year|financial\s+year)|(?:19|20)\d\d(?:\s*[/–-]\s*\d\d)?))?\s+(?:of|was|is|stood\s+at|totalled|totaled|came\s+to|amounted\s+to)\s*$/i;
/** The mark of "annual" in a measure: the one year the draft states the measure for, where it states one. */
const ANNUAL = '@annual';

/** A noun phrase of two to four words before "of" or a verb of being: "net revenue budget of", "research income was". */
const MEASURE_EN = /(?:^|[\s,;:(])((?:[A-Za-z][a-z-]*\s+){1,3}[a-z][a-z-]*)\s+(?:of|was|is|stood at|reached|totalled|totaled|amounted to|came to)\s*$/;
const FOR_THE_YEAR_EN = /\s+(?:for|in|over|during)\s+the\s+(?:financial\s+)?year(?=\s+(?:of|was|is|stood at|reached|totalled|totaled|amounted to|came to)\s*$)/i;
const MEASURE_STOP = /^(?:a|an|the|its|our|their|this|that|these|those|with|for|in|on|at|by|from|to|and|or|but|set|approved|agreed|had|has|have|total|overall|[a-z]+['’]s)$/i;

function measureEn(before: string, names?: Set<string>): string | undefined {
  if (HAN.test(before)) return undefined;
  // "The partnership's budget for 2025/26 was", "The partnership's annual budget of": the body's one noun, named by the
  // body (the year in the qualifiers; "annual" as ANNUAL, read against the years of the draft in check: annualAsYear).
  const owned = OWNED_MEASURE_EN.exec(before);
  if (owned) return `${owned[1].toLowerCase()} ${owned[3].toLowerCase()}${owned[2] ? ` ${ANNUAL}` : ''}`;
  // "Fare revenue for the year was £84.2m" = "Fare revenue of £86.4m": the year a draft reports on, named after the
  // measure, is no word of it (a quarter or a month named so stays: "revenue for the quarter").
  const m = MEASURE_EN.exec(before.replace(FOR_THE_YEAR_EN, ' '));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  let from = words.length;
  while (from > 0 && !MEASURE_STOP.test(words[from - 1])) from--;
  const phrase = words.slice(from);
  if (phrase.length < 2) return undefined;
  // "The Police set a net budget of £61.5m" in the Council's report: a body named in the clause that is neither the
  // reporting one (its title's words, the Council, we) nor a word any body calls itself names another body's measure.
  // "The Clerk reminded members that the general reserve of £421,000…": an officer of the body reporting names no other body.
  if (otherBodyNamed(before.slice(before.search(/[.!?;:](?:\s|$)(?=[^.!?;:]*$)/) + 1).replace(OFFICER_REPORTED_EN, ''), names)) return undefined;
  return phrase.join(' ').toLowerCase();
}

/** "The Clerk reminded members that", "The Treasurer reported that": the body's own officer reporting, up to "that". */
const OFFICER_REPORTED_EN = /^[^]*?\b(?:[Tt]he\s+)?(?:Clerk|Treasurer|Chair(?:man|woman|person)?|Vice-Chair|Secretary|(?:Responsible\s+)?Financial\s+Officer|Finance\s+(?:Officer|Director|Manager)|RFO|Director\s+of\s+(?:Finance|Resources)|Chief\s+(?:Executive|Finance\s+Officer|Financial\s+Officer|Officer)|Head(?:teacher)?|Bursar|Principal|Business\s+Manager)\s+(?:reported|noted|confirmed|explained|said|stated|advised|highlighted|added|emphasi[sz]ed|stressed|reminded|told|informed|assured|updated)(?:\s+[A-Za-z]+){0,2}?\s+that\s+/;

/** A capitalised name in the clause, not its first word, that is not the reporting body's (title words, SELF_WORDS). */
function otherBodyNamed(clause: string, names?: Set<string>): boolean {
  const words = clause.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return words.some((w, i) => {
    const bare = w.replace(/['’]s$/, '');
    if (!/^[A-Z][a-z]/.test(bare) || (i === 0 && !/['’]s$/.test(w))) return false;
    const lower = bare.toLowerCase();
    return !SELF_WORDS.has(lower) && !(names?.has(lower) ?? false) && !MONTHS_EN.has(lower);
  });
}

/**
 * "The £46.8m net budget was balanced", "our £46.8m net budget": the amount before the noun phrase that names it (two
 * to four words, then a verb or the clause's end), after the, our, its or the reporting body's own name ("the
 * Council's"). Not another body's ("the Police's £63.1m net budget") nor one placed or dated after it ("for 2023/24").
 */
const AMOUNT_OWNER_EN = /(?:^|[\s(])(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]he\s+([A-Z][a-z]+)['’]s)\s+$/;
const MEASURE_AFTER_EN = /^\s+((?:[a-z][a-z-]*\s+){1,3}?[a-z][a-z-]*)(?=\s+(?:was|is|were|are|has|had|have|will|remains?|remained|covers?|covered|funds?|funded|includes?|included)\b|\s*(?:[,.;:!?)]|$))/;
const MEASURE_AFTER_STOP = /^(?:a|an|the|our|its|their|this|that|these|those|and|or|but|for|of|in|on|at|by|from|to|with|we|they|it|which|who|that)$/;

function amountBeforeMeasureEn(f: Figure, before: string, names?: Set<string>): string | undefined {
  if (HAN.test(before)) return undefined;
  const owner = AMOUNT_OWNER_EN.exec(before);
  if (!owner || (owner[1] && !SELF_WORDS.has(owner[1].toLowerCase()) && !(names?.has(owner[1].toLowerCase()) ?? false))) return undefined;
  const m = MEASURE_AFTER_EN.exec(f.paragraph.text.slice(f.offset + f.length, f.offset + f.length + 80));
  if (!m) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  if (words.some((w) => MEASURE_AFTER_STOP.test(w))) return undefined;
  return words.join(' ');
}

/** The bodies whose members are the body itself: group members, team members (not board or committee members). */
const BODY_WORDS_SELF_ONLY = new Set(['group', 'team', 'sig', 'wg', 'project', 'programme', 'program', 'network', 'club']);
/** What a body calls the whole of its own sites or people after "our" (figure-words.json ownWholesEn). */
const OWN_WHOLES_EN = new Set(words.ownWholesEn);
/** The time after "Across the" opening a clause: the report's own time, not places. */
const ACROSS_TIME = /^(?:year|quarter|month|period|half|twelve)$/;
/** Words that name the reporting body itself or the report's own time: "Over the year we", "In 2024 the SIG". */
const SELF_WORDS = BODY_WORDS.self;
const DETERMINERS = new Set(['the', 'these', 'those']);
/** Kinds of body a report names, its own (the Trust, our school) or another (not charity, organisation, company: what any may call itself). */
const BODY_NOUNS = BODY_WORDS.kinds;

/** The kinds of body a title names (Riverside Learning Trust → trust). */
function bodyKinds(title: string): Set<string> {
  return new Set((title.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => BODY_NOUNS.has(w)));
}
/** Words that are not the verb of a statement ("to all 2,615 volunteers", "of 14 schools"). */
const NOT_VERB = new Set(
  'of in for to with by from than about at on and or the a an its our their all some over under around nearly almost only just least most first last every each per'.split(' '),
);
/** A part, not the whole: 40 of them, 96 in kubectl alone, 3 each. */
// Up to another figure only: "enrolled 321 young people and placed 198 of them" counts a part of the 321, not the 321.
/** (Not "were each acknowledged": each of the whole, what was done to every one of them.) */
const PART_AFTER = /^[^,.;:!?()\d]{0,40}?\b(?:alone|(?<!\b(?:were|are|was|is|have|had|has)\s)each|of them|of whom)\b/i;
/** Where the count was made, after it: 96 pull requests in kubectl, 12,000 buildings in the hills. */
const SCOPE_AFTER = /^\s+(?:(?:[a-z]+ed)\s+)?(?:in|at|for|among|across|within|on|about|regarding|concerning)\s+([^,.;:!?()]{1,40})/i;
const PART_LEAD_EN = /^\s*(?:of|among|including)\s+(?:the|these|those|them|which|whom|our|its)\b/i;
/** "The 1,862 complaints logged in the year were each acknowledged": the report's own time after the figure, no scope. */
const OWN_TIME_AFTER = /^\s+(?:[a-z]{3,}ed\s+)?(?:(?:in|during|over|across|throughout)\s+)?(?:the|this)\s+(?:year|quarter)\s*(?=[,.;:!?()]|and\b|$|(?:were|was|are|is|have|had|has)\b)/i;

/**
 * "1,152 patients supported by our Community Nursing Teams", "96 families visited by the Hospice at Home service": the
 * part of the body that did it, named after the participle (a name in capitals, or a team, service or unit), is the
 * count's scope as a place after it is: a part's count, not the body's ("We supported 2,870 patients"). Not "by our
 * staff" or "by volunteers": the body's own people, whose count is the body's.
 */
const AGENT_AFTER = /^\s+[a-z]{3,}ed\s+by\s+(?:our|the|its)\s+((?:[A-Z][A-Za-z'’-]*\s+)*[A-Z][A-Za-z'’-]*|(?:[A-Za-z'’-]+\s+){0,3}(?:teams?|services?|units?|departments?|directorates?|clinics?|wards?))(?=\s*(?:[,.;:!?()]|and\b|$))/;

/**
 * "distributed 56,900 parcels with our partners", "through the partner network", "including those the council sent",
 * "together with Northgate Churches": whom the count was made with or through, after it, is a scope as a place is: a
 * count of more than the body's own ("In 2025 we distributed 41,300 parcels"). Not a time ("through the year").
 */
const WITH_AFTER = /^\s+(?:(?:(?:together|jointly|along)\s+with|in\s+partnership\s+with|alongside|with|including)\s+(?!(?:the\s+|this\s+|each\s+|every\s+)?(?:year|quarter|month|period|week|summer|winter|spring|autumn|season|term)s?\b)([^,.;:!?()]{1,40})|(?:through|via)\s+((?:the\s+|our\s+|its\s+)?[^,.;:!?()]{0,30}?\b(?:partners?|partnerships?|networks?|affiliates?|agenc(?:y|ies)|alliances?|federations?|consortium|councils?|charities|organisations|organizations|providers|contractors|members)\b))/i;

/**
 * "distributed 56,900 parcels, including those of our partner food banks", "52,000 meals, including the ones served by
 * partner charities": a clause after the figure that takes in others' counts (those/ones of, by, from…) widens it, so
 * it is another count than "41,300 parcels from our own three food banks" (look35en t17). Not "including 300 new
 * recruits": a part of the same count, which still conflicts.
 */
const WIDENED_AFTER = /^(?:\s+[a-z][a-z-]*){0,3}?,\s+(?:including|incl\.?)\s+((?:those|the\s+ones|ones)\s+(?:of|from|by|at|in|made|run|given|served|sent|delivered|distributed|handed|provided|received)\b[^,.;:!?()]{1,40})/i;

/** The scope WITH_AFTER (or WIDENED_AFTER) reads after a count. Not the body's own means: "trained 2,150 teachers through our outreach programme". */
function withAfter(after: string): string | undefined {
  const m = WITH_AFTER.exec(after);
  return m ? (m[1] ?? m[2]) : WIDENED_AFTER.exec(after)?.[1];
}

/** across 18 sites, across all 12 schools: the whole counted over a number of places (selfStatement). */
// Not "across 6 sites in Wales": a place after it makes it a part again.
/** "planted 2,400 trees across the district", "throughout the borough": the body's own area, whole, is no scope. */
const OWN_AREA_AFTER = /^\s+(?:across|throughout|in)\s+(?:the\s+(?:whole\s+|entire\s+)?|our\s+(?:whole\s+|entire\s+)?)(?:district|borough|county|city|region|area|town|island|country|authority|county\s+borough)\s*(?:[,.;:!?()]|and\b|$)/i;
const SPREAD_AFTER = /^\s+across\s+(?:(?:all\s+|our\s+|its\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+[a-z]+\s*(?:[,.;:!?()]|$))|(?:all|both)(?:\s+(?:of\s+)?(?:our|its|the))?(?=\s+[a-z]+\s*(?:[,.;:!?()]|$))|(?:all\s+|the\s+|our\s+)?\d[\d,]*)(?:\s+[a-z][a-z-]*){1,2}?(?:\s+(?:during|in|over|throughout|the|this|year|quarter|month|period))*\s*(?:[,.;:!?()]|and\b|$)/i;
/**
 * "employed 12,480 people in 14 countries", "reached 18,400 pupils in 62 schools across three districts": a number of
 * places in words or digits, the whole spread over them (not a time: in 3 months).
 */
const SPREAD_IN_AFTER = /^\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)\s+(?!(?:years|months|weeks|days|hours|minutes|quarters|sessions|stages|phases|batches|rounds|instalments|installments)\b)[a-z][a-z-]*s(?:\s+across\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)\s+[a-z][a-z-]*s)?\s*(?:[,.;:!?()]|and\b|$)/i;
/** Auxiliaries before a verb: "we have randomised", "the team had closed". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'been']);

/**
 * "We merged 412 pull requests" and "In 2024 the SIG merged 421 pull requests": the reporting body's own count, said
 * twice with its verb and its noun (merged + pull requests). Undefined when the clause names someone else, a scope
 * of its own follows the figure, or the figure has no verb.
 */
function selfStatement(f: Figure, before: string, names?: Set<string>, ownTime: string[] = [], bodies?: Set<string>, endMonth?: string, named?: string): string | undefined {
  const text = f.paragraph.text;
  if (HAN.test(before)) return undefined;
  // `named`: the noun after a figure read with no unit, a name in capitals and its plural noun (" Safe and Well visits").
  // "112 first-time entrants (FTEs)": the abbreviation after the noun names it again.
  let noun = (named === undefined ? text.slice(f.numberEnd, f.offset + f.length).replace(/\s?\([A-Za-z&]+\)$/, '') : /^\s+[*_]?[A-Z](?:\.\s?|[a-z]+\s+)[a-z]{3,}[*_]?\s/.test(named) ? caseNameEn(named) : named.replace(/^\*\*/, '')).trim().toLowerCase();
  // "38 cases of *Clostridioides difficile* infection" and "36 *C. difficile* cases": what the cases are of names them
  // (and "3 cases of MRSA bacteraemia" are others).
  const casesOf = named === undefined && CASE_NOUN_EN.test(noun) ? CASES_OF_EN.exec(text.slice(f.offset + f.length, f.offset + f.length + 80)) : null;
  if (casesOf) noun = `${caseNameEn(casesOf[1])} ${noun}`;
  // "1,031 deaths from cardiovascular disease" and "1,486 deaths from all causes": what events are from or of names
  // their kind (fact-conflict/cause-after-en.ts).
  // (Within the 80 characters after the figure that the document part's summary keeps.)
  const cause = causeAfterEn(noun, text.slice(f.offset + f.length + (named?.length ?? 0), f.offset + f.length + 80));
  if (cause) noun = `${cause} ${noun}`;
  // "41 category 2 pressure ulcers": a label and its number in the noun phrase name a kind of the noun (category 3 is another).
  if (!/^[a-z][a-z -]*$/.test(noun) && !LABELLED_NOUN_EN.test(noun)) return undefined;
  const end = f.offset + f.length + (named?.length ?? 0);
  const after = text.slice(end, end + 60);
  // "**Volunteer capacity.** We now have 1,520 volunteers": the clause starts after a run-in title's full stop.
  const clause = before.slice(before.search(/(?:[.!?:](?:\*\*|__)?\s+)(?=[^.!?:]*$)/) + 1);
  const words = clause.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
  // "At 31 March 2025 the trust employed 5,280 staff": the date the stock is taken at, said first, is its scope as
  // "… 5,820 staff at 31 March 2025" says it after the figure (its month; the year is a qualifier of its own).
  // At the end of the report's own year (31 December 2025 in the 2025 report) the stock is the year's own, as "our
  // 12,840 employees" says it: no scope (another year's end is set apart by its year).
  const dated = yearEndMonth(leadingDate(words), endMonth);
  // "Across the year the Trust welcomed 32,100 schoolchildren": across a time is over it, the report's own time as "Over
  // the year we" is (not "Across the 14 branches", a spread over places, read in sentenceContext).
  if (words[0] === 'across' && /^(?:the|this)$/.test(words[1] ?? '') && ACROSS_TIME.test(words[2] ?? '')) words[0] = 'over';
  // "During winter 2025-26 there were 1,486 deaths": the season opening the sentence is in the key's qualifiers
  // (withSeasonEn), no subject of the clause.
  words.splice(0, seasonLeadWords(words));
  // "Our food banks distributed 48,200 food parcels": the whole of the body's own sites or people, right before the
  // verb, is the body ("we distributed"); not "our partner food banks" or "our rural branches", a part or another body.
  const our = (words as string[]).lastIndexOf('our');
  if (our >= 0 && our < words.length - 2 && OWN_WHOLES_EN.has(words.slice(our + 1, -1).join(' '))) words.splice(our, words.length - 1 - our, 'we');
  // "Group members published 31 papers", "Team members ran 48 sessions": the members of the body are the body.
  else if (words.length >= 3 && words[words.length - 2] === 'members' && BODY_WORDS_SELF_ONLY.has(words[words.length - 3])) words.splice(words.length - 3, 2, 'we');
  let verb = words.pop();
  // "There are currently 1,240 volunteers": the adverb of the time of writing says no more than "now" does.
  while (verb !== undefined && NOW_ADVERBS.has(verb) && words.length > 0) verb = words.pop();
  // "The Trust reported 38 cases of C. difficile" and "the Trust recorded 36 C. difficile cases": cases of a disease a
  // body reports are those it records.
  if (verb === 'reported' && /\bcases?$/.test(noun)) verb = 'recorded';
  // "carried out 14,620 visits": a verb and its particle are one verb (verbClasses: carried out = completed).
  if (verb === 'out' && /^[a-z]{3,}ed$/.test(words[words.length - 1] ?? '')) verb = `${words.pop()} out`;
  // "We cared for 2,146 patients", "responded to 9,842 incidents": so is a particle that is no preposition here.
  else if (verb !== undefined && PHRASAL_VERBS.has(`${words[words.length - 1]} ${verb}`)) verb = `${words.pop()} ${verb}`;
  // "At 31 March 2026 there were 412 open cases": what there is, the body's stock, as "we had 412 open cases".
  if (verb !== undefined && /^(?:are|were|is|was)$/.test(verb) && words[words.length - 1] === 'there') {
    words.pop();
    verb = 'have';
  }
  // "with a fleet of 412 buses", "Our fleet of 421 buses": the body's own stock of the noun, named by its collection.
  if (verb === 'of' && OWN_COLLECTION.has(words[words.length - 1] ?? '') && /^(?:a|an|our|its)$/.test(words[words.length - 2] ?? '')) {
    words.length = 0;
    verb = 'have';
  }
  // "The trust's 412 volunteers", "the Library's 36 staff": the body's own possessive is "our".
  const owner = verb === undefined ? null : POSSESSIVE_EN.exec(verb);
  if (owner && (SELF_WORDS.has(owner[1]) || names?.has(owner[1])) && words.every((w) => DETERMINERS.has(w))) {
    words.length = 0;
    verb = 'our';
  }
  // "Our 1,520 volunteers …", "all of our 312 employees": what the body has, as "we have 1,520 volunteers" says.
  if (verb === 'our' && words.every((w) => w === 'all' || w === 'of')) verb = 'have';
  // "The 412 volunteers kept every hub open", opening its sentence: the body's own people as "Our 412 volunteers" are
  // (not "The 412 volunteers who joined in May", "The 40 volunteers trained in 2025", "the 12 staff in Leeds": a part).
  // "This year, the 412 volunteers kept…": after the report's own time (not "In Leeds, the 40 volunteers…", a part).
  else if (verb === 'the' && words.length === 0 && OWN_TIME_LEAD_EN.test(englishSentenceLead(text, f.subjectStart)) && OWN_PEOPLE_EN.test(noun) && THE_WHOLE_AFTER_EN.test(text.slice(f.offset + f.length, f.offset + f.length + 60))) verb = 'have';
  // "We thank the 410 volunteers, …", "Thank you to the 410 volunteers who …": the people a body thanks as its own are
  // all of them, as "We thank our 410 volunteers" says (not "the 40 volunteers from Barclays").
  else if (verb === 'the' && OWN_PEOPLE_EN.test(noun) && THANKING_EN.test(words.join(' ')) && !/[,;]/.test(englishSentenceLead(text, f.subjectStart)) && OUR_WHOLE.test(text.slice(f.offset + f.length, f.offset + f.length + 40))) {
    words.length = 0;
    verb = 'have';
  }
  // "The plan asks more of our 436 volunteers", "We thank our 436 volunteers": "our" with its count names the body's
  // whole of the noun wherever it stands in the clause.
  else if (verb === 'our' && OUR_WHOLE.test(text.slice(f.offset + f.length, f.offset + f.length + 40))) {
    words.length = 0;
    verb = 'have';
  }
  // "while all 24 turbines were operating": every one of them, the body's whole stock (not "all 12 members of the
  // panel", a part of something else).
  else if (verb === 'all' && !/^\s+of\b/i.test(text.slice(f.offset + f.length))) {
    words.length = 0;
    verb = 'have';
  }
  // "we were supported by 286 volunteers": the people who support the body are its own, as "our 286 volunteers" says.
  else if (verb === 'by' && words[words.length - 1] === 'supported' && /^(?:are|were|is|was|been)$/.test(words[words.length - 2] ?? '')) {
    words.length -= 2;
    while (words.length > 0 && AUXILIARIES.has(words[words.length - 1])) words.pop();
    verb = 'have';
  }
  // "The team is now 18 engineers": the body (its own word, present tense) is that many of the noun, as "we have" says.
  else if (verb !== undefined && /^(?:is|are)$/.test(verb) && words.length > 0 && SELF_WORDS.has(words[words.length - 1]) && words.every((w) => SELF_WORDS.has(w) || DETERMINERS.has(w))) {
    words.length = 0;
    verb = 'have';
  }
  // "With 312 employees, the trust …" opening its sentence: what the body has.
  else if (verb === 'with' && words.length === 0 && /^\s*,/.test(text.slice(f.offset + f.length))) verb = 'have';
  // "We ended the quarter with 1,250 active volunteers" states what the body has at the end of its period: "have".
  if (verb === 'with') {
    const ended = words.findIndex((w, i) => /^(?:ended|finished|closed)$/.test(w) && i >= words.length - 3);
    if (ended >= 0 && words.slice(ended + 1).every((w) => SELF_WORDS.has(w))) {
      words.splice(ended);
      verb = 'have';
    }
  }
  // 43 pull requests merged from …; "The 12,046 patient safety incidents reported this year": the participle after the noun.
  // Not a verb with its object after it: "Our 1,420 volunteers sorted 2.1 million pounds" names its subject.
  // "the 421 cases open at the year end (31 March 2026)": the stock in that state at that date, as "there were 421 open
  // cases at 31 March 2026" says it.
  const state = STATE_AT_DATE_EN.exec(after);
  let stateDate: string | undefined;
  if (state && (verb === undefined || (DETERMINERS.has(verb) && words.length === 0))) {
    noun = `${state[1].toLowerCase()} ${noun}`;
    verb = 'have';
    stateDate = state[2].toLowerCase();
    if (stateDate === endMonth) stateDate = '';
  }
  // "The 16,420 people we supported this year": the body's verb in a clause after the noun, as the participle is.
  const participle = stateDate !== undefined ? undefined : /^\s+(?:(?:that|whom)\s+)?(?:we\s+(?:have\s+|had\s+)?)?([a-z]{3,}ed)\b(?!\s+(?:a|an|the|our|their|its|some|more|over|about|around|nearly|almost|\d))/.exec(after)?.[1];
  if (participle && (verb === undefined || (DETERMINERS.has(verb) && words.length === 0))) {
    // "Of the appeals, 126 planning appeals logged …": a part of a whole named before, no count of the body's own.
    if (PART_LEAD_EN.test(englishSentenceLead(text, f.offset))) return undefined;
    verb = participle;
  }
  if (!verb || NOT_VERB.has(verb) || SELF_WORDS.has(verb) || !/^[a-z]{3,}(?: (?:out|for|after|with|to))?$/.test(verb)) return undefined;
  // "we have randomised", "the team had closed": an auxiliary before the verb says nothing of what is counted.
  // "In 2024/25 we": a financial year is a year too (2024, then 25).
  // "The second review found a missed concern. It made 5 recommendations.": it and they point back to what the sentence
  // before named, no subject of their own to match with another paragraph's "It made 7 recommendations".
  if (words.some((w) => POINTING_PRONOUNS.has(w))) return undefined;
  // "In Q3 we closed 241 tickets" in the Q3 report: the report's own time is no other subject (In Q2 we… is another count).
  if (!words.every((w, k) => SELF_WORDS.has(w) || AUXILIARIES.has(w) || NOW_ADVERBS.has(w) || names?.has(w) || ownTime.includes(w) || /^(?:19|20)\d\d$/.test(w) || (/^\d\d$/.test(w) && /^(?:19|20)\d\d$/.test(words[k - 1] ?? '')))) return undefined;
  // "The foundation has 12 trustees" in the Riverside Learning Trust's report: a kind of body the title does not name
  // is another body, not the one reporting (the Trust, we). Not the words any body calls itself (the charity).
  if (bodies && bodies.size > 0 && words.some((w) => BODY_NOUNS.has(w) && !bodies.has(w))) return undefined;
  if (PART_AFTER.test(after)) return undefined;
  // The place or part the count is of goes into the key: "across the SIG's 14 repositories" and "across its 14
  // repositories" agree; "in kubectl", "in the hills" and "in the flood plain" are three different counts.
  // The scope ends at "and": "120 teachers in Kenya and 80 teachers in Uganda" counts teachers in Kenya.
  // "reached 1,240 households across 12 sites": a spread over a number of places is where the whole was, not a part
  // of it, and names nothing the bare "1,420 households" does not.
  const scope = stateDate !== undefined || OWN_TIME_AFTER.test(after) || SPREAD_AFTER.test(after) || OWN_AREA_AFTER.test(after) || SPREAD_IN_AFTER.test(after) || noScopeAfterEn(after) || (endMonth && yearEnd(after, endMonth)) || HOMES_AFTER.test(after) ? '' : (SCOPE_AFTER.exec(after)?.[1] ?? AGENT_AFTER.exec(after)?.[1] ?? withAfter(after) ?? '').split(/\s(?:and|or|but)\s/i)[0];
  // "in Q3" in the Q3 report is the report's own time, as "in the quarter" is.
  // "on Eastbridge roads" and "on city roads" in the City of Eastbridge's report: the body's own name before a noun is its
  // whole, as "our roads" is (not "in Eastbridge" alone, a place the body may be more than).
  const scopeWords = (scope.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z][a-z0-9-]*/g) ?? []).filter((w, k, all) => !SELF_WORDS.has(w) && !NOT_VERB.has(w) && !ownTime.includes(w) && !(k < all.length - 1 && names?.has(w)));
  if ((dated ?? stateDate) && scopeWords.length === 0) scopeWords.push((dated ?? stateDate)!);
  return `${verbClass(asParticiple(verb), noun)} ${nounOf(verb, noun)}|${scopeWords.join(' ')}`;
}

const POINTING_PRONOUNS = new Set(['it', 'they', 'he', 'she']);

/** "The Trust awarded 52 grants" · "the Foundation awarded 75 grants": the kind of body a clause names before its verb. */
const BODY_SUBJECT_EN = /\b[Tt]he\s+([A-Za-z]+)\s+(?:(?:has|have|had|also|now)\s+)?[a-z]+(?:\s+(?:out|for|to|with))?\s+$/;

/**
 * The key of a body's own count with the kind of body its clause names (the Trust, the Foundation) as a label, where the
 * title names none: "The Trust awarded 52 grants" and "The Foundation awarded 75 grants" are two bodies' counts, each
 * the same as a bare "We awarded…" (a label is loose against a statement with none: loosen).
 */
function bodyLabelledEn(key: LocalKey, f: Figure, period: OwnPeriod | undefined): LocalKey {
  if (!key.stated.startsWith('self|') || (period?.bodies.size ?? 0) > 0) return key;
  const m = BODY_SUBJECT_EN.exec(englishSentenceLead(f.paragraph.text, f.offset));
  const kind = m?.[1].toLowerCase();
  if (!kind || !(BODY_NOUNS.has(kind) || BODY_WORDS.writers.includes(kind))) return key;
  return { ...key, context: `${LABEL_OPEN}${kind}${LABEL_CLOSE}${key.context}` };
}

/** "we received 52,300 calls and ": the clause up to the verb of the count before "and" (its words, its verb). */
const SHARED_VERB_EN = /(?:^|[.!?:;]\s+)([^.!?:;,()\d]*?\b[a-z]{3,}(?: out| for| after| with| to)?\s)(?:over |about |around |nearly |almost )?\d[\d,]*(?:\.\d+)?(?: million)? [a-z][a-z -]{0,40}? and $/i;

/**
 * "Over the year we received 52,300 calls and 9,870 emails": a count after "and" with no verb of its own is counted by
 * the verb of the count before it, in the same clause (not after a comma: "…calls, 3% more, and 9,870 emails").
 */
function sharedVerb(f: Figure, before: string, period: OwnPeriod | undefined): string | undefined {
  if (before.trim() !== '' || f.subjectStart < 5) return undefined;
  const text = f.paragraph.text;
  const m = SHARED_VERB_EN.exec(text.slice(Math.max(0, f.subjectStart - 160), f.subjectStart));
  return m ? selfStatement(f, m[1], period?.names, period?.words, period?.bodies, period?.endMonth) : undefined;
}

/** " in people's homes", " in their own homes": where such a count is made, not a place that sets a part apart. */
const HOMES_AFTER = /^\s+in\s+(?:people|residents|their|patients|clients|customers|tenants|families|households)['’]?s?\s+(?:own\s+)?homes?\b/i;

/** " Safe and Well visits", " Care Act assessments": up to four words in capitals (and, of between) and a plural noun. */
/** "** people supported": the bold's end, then a plural noun (after a figure opening its line in bold). */
const BOLD_COUNT_EN = /^\*\*\s+(?:[a-z]{3,}s|people|children|staff)\b(?![-'’])/;
const BOLD_OPENING_EN = /^(?:[-*+]\s+)?\*\*$/;
const NAMED_COUNT_EN = /^\s+(?:(?:[A-Z][A-Za-z]+(?:\s+(?:and|of|&)\s+|\s+)){1,4}|[*_]?[A-Z](?:\.\s?|[a-z]+\s+)[a-z]{3,}[*_]?\s+(?:[a-z]{3,}\s+)?)[a-z]{3,}s\b(?![-'’])/;
/** "cases of *Clostridioides difficile* infection against …": what the cases are of, up to a clause mark or a preposition. */
const CASES_OF_EN = /^\s+of\s+((?:[*_]*[A-Za-z][\w.'’-]*[*_]*\s+){0,3}?[*_]*[A-Za-z][\w'’-]+[*_]*)(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:against|in|during|at|on|for|with|among|across|by|over|within|which|that|this|last|per|was|were|compared|from|since|and|to|reported|recorded)\b)/;
const CASE_NOUN_EN = /^(?:cases|case|episodes|outbreaks)$/;
/**
 * The name of what cases are of, as one: "Clostridioides difficile infection" and "*C. difficile*" are "c difficile" (a
 * species named by its genus's initial), "MRSA bacteraemia" is "mrsa bacteraemia".
 */
function caseNameEn(name: string): string {
  return name.replace(/[*_]/g, '').replace(/\b([A-Z])(?:\.|[a-z]+)\s*([a-z]{3,})\b/g, '$1 $2').replace(/\s+(?:infections?|disease)$/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Adverbs of the time of writing before a verb: "we currently have", "there are currently". */
const NOW_ADVERBS = new Set(['currently', 'presently', 'now']);
/** " open at the year end (31 March 2026)", " outstanding at 31 March": a stock in a state at a date (its month read). */
const STATE_AT_DATE_EN = /^\s+(open|outstanding|pending|active|live|vacant|unfilled|unresolved)\s+(?:as\s+)?(?:at|on)\s+(?:the\s+)?(?:(?:financial\s+)?year[- ]end|end\s+of\s+the\s+(?:financial\s+)?year)?\s*\(?\s*\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

const MONTHS_EN = new Set('january february march april may june july august september october november december'.split(' '));

/**
 * A date opening the clause (at 31 March 2025, as at 30 September, on 1 April 2024): taken out of `words`, its month
 * returned. Undefined, and `words` unchanged, when the clause does not open so.
 */
function leadingDate(words: string[]): string | undefined {
  let i = 0;
  if (words[i] === 'as') i++;
  if (words[i] !== 'at' && words[i] !== 'on') return undefined;
  i++;
  if (!/^\d{1,2}$/.test(words[i] ?? '') || !MONTHS_EN.has(words[i + 1] ?? '')) return undefined;
  const month = words[i + 1];
  i += 2;
  if (/^(?:19|20)\d\d$/.test(words[i] ?? '')) i++;
  words.splice(0, i);
  return month;
}

/** The month of a date, or undefined when it is the last day of the report's own year (`endMonth`). */
function yearEndMonth(month: string | undefined, endMonth: string | undefined): string | undefined {
  return month === endMonth ? undefined : month;
}

/** " at 31 December 2025", " as at 31 March": the figure's stock taken at the report's own year end. */
function yearEnd(after: string, endMonth: string): boolean {
  const m = /^\s+(?:as\s+)?(?:at|on)\s+(?:the\s+)?\d{1,2}\s+([a-z]+)\b/i.exec(after);
  return m !== null && m[1].toLowerCase() === endMonth;
}

/** After "our 436 volunteers": the noun alone, then the clause goes on (not "our 3 largest funders", "our 12 sites in Wales"). */
const OUR_WHOLE = /^\s*(?:[,.;:!?)]|and\b|or\b|for\b|to\b|who\b|which\b|that\b|$)/i;

/** The words of thanks before "the" and a count (we thank, thank you to, our thanks go to, grateful to). */
const THANKING_EN = /(?:^|\s)(?:thank|thanks|thank you to|thanks to|thanks go to|grateful to|gratitude to)$/;
/** What may stand before "The 412 volunteers" in its sentence: nothing, or the report's own time (This year, Over the year,). */
const OWN_TIME_LEAD_EN = /^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?:(?:this\s+year|over\s+the\s+(?:last\s+)?(?:year|twelve\s+months)|during\s+the\s+year|throughout\s+the\s+year)\s*,\s*)?$/i;
/** A possessive word (trust's, library’s): the owner. */
const POSSESSIVE_EN = /^([a-z]+)['’]s$/;
/** The people a body has, which "the" and their count name wholly when a verb follows (The 412 volunteers kept…). */
const OWN_PEOPLE_EN = /^(?:volunteers|staff|employees|colleagues|members|trustees|governors|apprentices|nurses|teachers|engineers|officers|firefighters|doctors)$/;
/** A verb of the sentence right after the count: an irregular past or present, or a past with its object after it. */
const THE_WHOLE_AFTER_EN = /^\s+(?:(?:have|has|had|also|all|together|now|between\s+them)\s+)*(?:(?:gave|kept|made|ran|took|spent|brought|did|give|keep|make|run|take|spend|bring|do|help|support|continue|are|were)\b|[a-z]{3,}ed\s+(?:a|an|the|our|their|every|all|more|over|nearly|almost|some|\d))/;

/** Nouns for a body's whole stock of something: a fleet of 412 buses, an estate of 96 buildings. */
const OWN_COLLECTION = new Set(['fleet', 'estate', 'portfolio']);
const VERB_CLASS = new Map(Object.entries(measureWords.en.verbClasses).flatMap(([name, verbs]) => verbs.map((v): [string, string] => [v, name])));
const SERVED_AS = new Map(Object.entries(measureWords.en.servedAs).flatMap(([name, nouns]) => nouns.map((n): [string, string] => [n, name])));
const PHRASAL_VERBS = new Set(measureWords.en.phrasalVerbs);
const EMPLOY_VERBS = new Set(measureWords.en.employVerbs);
const EMPLOYEE_NOUNS = new Set(measureWords.en.employeeNouns);
const COLLECTIVES = new Map(Object.entries(measureWords.en.collectives));
const MEASURE_HEADS = new Set(measureWords.en.measureHeads);

/**
 * welcomed, attracted and saw 241,600 visitors are one measure (how many came); received, handled and took 9,870 calls
 * another (how many were taken in); has 312 employees and we employ 312 people another (how many the body has). Other
 * verbs (answered, served, recruited, trained) name their own.
 */
function verbClass(verb: string, noun?: string): string {
  const own = VERB_CLASS.get(verb);
  if (own !== undefined || verb !== 'served' || noun === undefined) return own ?? verb;
  // "served 598,000 visitors" = welcomed them; "served 61,200 meals" names a measure of its own.
  return SERVED_AS.get(singular(noun)) ?? verb;
}

/** visitors → visitor, pull requests → pull request; the people a body employs → employee. */
function nounOf(verb: string, noun: string): string {
  // "We employ 64 people", "we have 64 staff": the people the body employs (have people: not only staff).
  if ((EMPLOY_VERBS.has(verb) && EMPLOYEE_NOUNS.has(noun)) || (verbClass(verb) === 'stock' && noun !== 'people' && EMPLOYEE_NOUNS.has(noun))) return 'employee';
  return singular(noun);
}

function singular(noun: string): string {
  return noun.replace(/([a-z]+)$/, (w) =>
    w === 'people' || w === 'staff' || /(?:ss|us|is|ics)$/.test(w) || w.length < 4 ? w : w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w,
  );
}

/** The mark of a measure named without its verb (visitor numbers, call volume): read with the one verb the draft counts it by. */
const ANY_VERB = '*';
/** The adjectives that say which members of a collective are counted: active, paid, full, adult, junior… (not the body's own words). */
const ADJECTIVE_OF_COLLECTIVE = /^(?:active|paid|paying|full|associate|adult|junior|senior|youth|individual|family|corporate|life|student|volunteer|permanent|temporary|total)$/;

/**
 * "Visitor numbers for the year were 214,600", "call volume reached 18,040", "a staff headcount of 312", "the number of
 * teachers trained was 2,510", "Meals distributed: 16,200": a bare figure after the name of the body's own count. A
 * count named with its participle is that verb's (trained teacher); one named by a noun alone (visitor numbers,
 * headcount) is read with the one verb the draft counts that noun by (resolveMeasures). Undefined when the clause
 * names someone else ("The café's visitor numbers") or no count.
 */
const MEASURE_BARE_EN = /((?:[A-Za-z][a-z-]*\s+){0,4}?[A-Za-z][a-z-]*)(?:\s+(?:for|in|over|during)\s+(?:the\s+)?(?:year|period|quarter|(?:19|20)\d\d(?:\/\d\d)?))?\s*(?:\s(?:was|were|is|are|stood at|reached|totalled|totaled|came to|amounted to|numbered|of)|:)\s*$/;

/** "The gallery has a staff headcount of 312", "with a workforce of 184": the body's own measure. */
const HAS_A = new Set(['has', 'have', 'had', 'with', 'a', 'an']);

function measureStatement(f: Figure, before: string, names?: Set<string>, ownTime: string[] = []): string | undefined {
  if (/\p{sc=Han}/u.test(before)) return undefined;
  const text = f.paragraph.text;
  // Up to the clause's start: a run-in title's full stop, a sentence's, a colon before it.
  const clause = before.slice(before.search(/(?:[.!?;](?:\*\*|__)?\s+)(?=[^.!?;]*$)/) + 1);
  const m = MEASURE_BARE_EN.exec(clause);
  if (!m) return undefined;
  const lead: string[] = clause.slice(0, m.index).toLowerCase().match(/[a-z0-9][a-z0-9'’-]*/g) ?? [];
  // The words before the name are the body's own or none ("Our staff headcount", "The number of"); the body's name
  // ("Gallery visitor numbers") is read as such only where the words without it name no count ("Food parcels
  // distributed" in the Food Bank's report names food parcels).
  const own = (w: string) => SELF_WORDS.has(w) || HAS_A.has(w) || /['’]s$/.test(w) || /^(?:19|20)\d\d$/.test(w);
  const name = (w: string) => names?.has(w.replace(/['’]s$/, '')) ?? false;
  const all = m[1].toLowerCase().split(/\s+/);
  let at = 0;
  while (at < all.length - 1 && own(all[at])) at++;
  let named = at < all.length && lead.every((w) => own(w) || name(w)) ? countNamed(all.slice(at), m[0]) : undefined;
  if (!named) {
    while (at < all.length - 1 && (own(all[at]) || name(all[at]))) at++;
    if (at < all.length && lead.every((w) => own(w) || name(w))) named = countNamed(all.slice(at), m[0]);
  }
  if (!named) return undefined;
  const after = text.slice(f.offset + f.length, f.offset + f.length + 60);
  // "- Complaint handling: 448 (15.4%)": a count with its share in brackets is one part of a breakdown.
  if (PART_AFTER.test(after) || /^\s*(?:%|per\b|percent)/i.test(after) || /^\s*\(\s*\d+(?:\.\d+)?%\s*\)/.test(after)) return undefined;
  const scope = SPREAD_AFTER.test(after) || OWN_AREA_AFTER.test(after) ? '' : (SCOPE_AFTER.exec(after)?.[1] ?? '').split(/\s(?:and|or|but)\s/i)[0];
  const scopeWords = (scope.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z][a-z0-9-]*/g) ?? []).filter((w) => !SELF_WORDS.has(w) && !NOT_VERB.has(w) && !ownTime.includes(w));
  return `${named}|${scopeWords.join(' ')}`;
}

const PARTICIPLES = new Map(Object.entries(measureWords.en.irregularParticiples));
/** A verb as its past participle: ran and run, gave and given are one verb (regular ones are the same already). */
function asParticiple(verb: string): string {
  return PARTICIPLES.get(verb) ?? verb;
}
const IS_PARTICIPLE = new Set(PARTICIPLES.values());

/** What the words before a bare count name: a verb and its noun, or a noun for the one verb it is counted by. */
function countNamed(words: string[], whole: string): string | undefined {
  const phrase = words.join(' ');
  const collective = COLLECTIVES.get(phrase);
  if (collective) return `${ANY_VERB} ${collective}`;
  // "Active membership stood at 48,900", "paid membership of 2,130": an adjective before the collective names which of
  // its members (active members, not all of them), counted as the collective is.
  const kindOf = words.length >= 2 && words.length <= 3 ? COLLECTIVES.get(words[words.length - 1]) : undefined;
  if (kindOf && words.slice(0, -1).every((w) => ADJECTIVE_OF_COLLECTIVE.test(w))) return `${ANY_VERB} ${words.slice(0, -1).join(' ')} ${kindOf}`;
  // number of teachers trained, meals distributed, cookery sessions run: the participle is the count's verb.
  const of = /^(?:total )?number of ([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})$/.exec(phrase);
  const counted = of?.[1] ?? (words.length <= 3 && !MEASURE_HEADS.has(words[words.length - 1]) ? phrase : undefined);
  if (counted) {
    const parts = counted.split(' ');
    const last = parts[parts.length - 1];
    if (parts.length >= 2 && (/^[a-z]{3,}ed$/.test(last) || IS_PARTICIPLE.has(last)) && /s$|^(?:staff|people)$/.test(parts[parts.length - 2])) return `${verbClass(asParticiple(last))} ${singular(parts.slice(0, -1).join(' '))}`;
    if (of && /s$/.test(last)) return `${ANY_VERB} ${singular(counted)}`;
    if (!of && /(?:^|\s)numbered$/.test(whole.trim()) && /s$/.test(last)) return `stock ${singular(counted)}`;
  }
  // visitor numbers, call volume: a noun and the word for its count.
  if (words.length === 2 && MEASURE_HEADS.has(words[1]) && words[1] !== 'number') return `${ANY_VERB} ${singular(words[0])}`;
  // tree planting reached 6,500 = planted 6,500 trees: a noun and the verb's -ing form (the verb regular: plant+ed).
  if (words.length === 2 && /^[a-z]{3,}ing$/.test(words[1]) && !/ing$/.test(words[0])) return `${verbClass(`${words[1].slice(0, -3)}ed`)} ${singular(words[0])}`;
  // "Referrals: 1,240", "Members: 2,130": a plural noun as the label of the body's count.
  if (words.length === 1 && /:\s*$/.test(whole) && /^[a-z]{4,}s$/.test(words[0]) && !MEASURE_HEADS.has(words[0])) return `${ANY_VERB} ${singular(words[0])}`;
  return undefined;
}

// The verbs a measure is named by (改造, 新建…; 查摆, 梳理, 查找 of the problems a review found: 共查摆问题23个 = 对查摆出的26个问题).
const NOMINAL_VERBS = alternation(measureWords.zh.nominalVerbs);
const FLOATING = alternation(measureWords.zh.floating);
/** 通过专项检查, 经过集中整治 before the verb of a measure: how it was done (the verb after it names the measure). */
const MEANS_LEAD_ZH = new RegExp(`^(?:通过|通過|经过|經過|借助|依托)\\p{sc=Han}{2,8}(?=(?:${NOMINAL_VERBS}|追缴|追回|收缴|挽回|化解|发现|帮助|解决)\\p{sc=Han}{2})`, 'u');
/** 全市已改造的老旧小区: done so far, told by 已 and 的 after the verb. */
const SO_FAR_ZH = new RegExp(`已(?:经|經)?(?:${NOMINAL_VERBS})的`);
/** Words that name a period (or a new part of one): with them, 已改造的 is of that period. */
const TIME_QUALIFIER = /^(?:(?:19|20)\d\d|上半年|下半年|全年|今年|去年|上年|本年|当年|當年|年内|年內|新增|净增|淨增|以来|以來|一季度|二季度|三季度|四季度|第.季度|季度|月份|同期|计划|計劃|目标|目標)$/;
const TIME_WORDS_ZH = /(?:19|20)\d\d年|今年|本年|全年|年内|年內|当年|當年|上半年|下半年|季度|月份|\d月|新增/;
const VERB_OF_NOUN = new RegExp(`^(${FLOATING_RUN()})(\\p{sc=Han}{2,8}?)(${NOMINAL_VERBS})$`, 'u');
/** 组织职业技能培训 = 职业技能培训: a verb that says only that the thing was done, before a name of three characters or more. */
const LIGHT_LEAD = new RegExp(`^(${FLOATING_RUN()})(?:${alternation(measureWords.zh.lightVerbs)})(?=\\p{sc=Han}{3})`, 'u');
// 查摆出的问题, 排查出的隐患, 整改了的问题: the verb's 出 or 了 before 的 says no more.
const VERB_DE = new RegExp(`(${NOMINAL_VERBS})(?:出|了)?的`, 'g');
/** 对立案查处的24件统计违法案件: 对 before the things a verb was done to (…的) only introduces them as an object. */
const TO_OBJECT = new RegExp(`^对(?=\\p{sc=Han}{0,4}?(?:${NOMINAL_VERBS})(?:出|了)?的)`, 'u');
const MEASURE_SUFFIX = new RegExp(`(?<=\\p{sc=Han}{3})(?:${alternation([...measureWords.zh.measureSuffixes, ...GENERIC_HEADS_ZH])})$`, 'u');
const FLOATING_LEAD = new RegExp(`^(?:${FLOATING})+`);
const FLOATING_WORD = new RegExp(FLOATING, 'g');
/** The names of one measure, in one pass (longest first; no alias's name holds another's word, so one pass is all). */
const ALIASES = new Map([...Object.entries(measureWords.zh.aliases), ...Object.entries(PARAPHRASES_ZH)]);
const ALIAS_WORDS = new RegExp([...ALIASES.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

function FLOATING_RUN(): string {
  return `(?:${FLOATING})*`;
}

const HAS_HAN = /\p{sc=Han}/u;
/**
 * One name for one measure in Chinese: 改造的老旧小区 = 改造老旧小区 (对已改造的老旧小区 too: 对 only brings in the object); 农村公路改造 = 改造农村公路 (a verb after its object);
 * 游客接待量 = 接待游客; 城镇新增就业 = 新增城镇就业 (the order of 新增, 城镇, 累计… before the name); 新增就业岗位 = 新增岗位
 * (names in measure-words.json). Not 新增公益性岗位: a kind of post is no other name for posts.
 */
function canonicalZh(subject: string): string {
  if (!HAS_HAN.test(subject)) return subject;
  return CANONICAL_ZH.get(subject) ?? remember(CANONICAL_ZH, subject, canonicalZhAfresh(subject));
}
function canonicalZhAfresh(subject: string): string {
  let s = subject.replace(TO_OBJECT, '').replace(VERB_DE, '$1').replace(MEASURE_SUFFIX, '').replace(LIGHT_LEAD, '$1');
  s = s.replace(ALIAS_WORDS, (w) => ALIASES.get(w)!);
  const inverted = VERB_OF_NOUN.exec(s);
  if (inverted && !/的|和|与|與|及/.test(inverted[2])) s = `${inverted[1]}${inverted[3]}${inverted[2]}`;
  const lead = FLOATING_LEAD.exec(s)?.[0];
  if (lead) s = (lead.match(FLOATING_WORD) ?? []).sort().join('') + s.slice(lead.length);
  // 经常参加体育锻炼的人数比例 = 经常参加体育锻炼人数比例, 医疗机构的床位总数 = 医疗机构床位总数: 的 between two words of
  // a name joins them and says no more.
  return s.replace(DE_BETWEEN_ZH, '');
}
const DE_BETWEEN_ZH = /(?<=\p{sc=Han}{2})的(?=\p{sc=Han}{2})/gu;

/** The words of the sentence up to a figure, without what brackets hold: 中等职业教育（包括…）共有学校479所 → 中等职业教育共有学校. */
function clauseHead(f: Figure): string {
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && !stopsBack(text.charCodeAt(start - 1))) start--;
  return normalize(text.slice(start, f.offset).replace(/（[^（）]*）|\([^()]*\)/g, ''));
}

/** A run of white space (hoisted: these readers run per figure). */
const SPACE_RUN = /\s+/g;
/**
 * What normalize and canonicalZh gave for the words they were last given: each reads the same few hundred subjects
 * thousands of times a lint (the 120k draft: 3,090 calls, 649 distinct words), and both depend on their words alone.
 * Bounded: emptied when full (perf39).
 */
const NORMALIZED = new Map<string, string>();
const CANONICAL_ZH = new Map<string, string>();
const MEMO_LIMIT = 4096;
function remember(memo: Map<string, string>, words: string, value: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(words, value);
  return value;
}

function normalize(words: string): string {
  return NORMALIZED.get(words) ?? remember(NORMALIZED, words, normalizeAfresh(words));
}
function normalizeAfresh(words: string): string {
  return lowerCase(words.replace(MARKUP, '').replace(ABBREVIATION, '').replace(ACHIEVED, '').replace(FILLER, '').replace(SPACE_RUN, ' ').trim());
}

const SENTENCE_OR_CLAUSE_END = /[。！？!?；;]|\.\s/;
/**
 * What the sentence said before the figure, when it stated another figure first: 专项监督检查12轮，发现问题436个 and
 * 巡察党组织38个，发现问题1124个 count the problems of different work. Empty when the figure leads its sentence.
 */
function sentenceContext(f: Figure, previous: Figure | undefined, period?: OwnPeriod): string {
  if (!previous || previous.paragraph !== f.paragraph) return '';
  const own = normalize(f.paragraph.text.slice(f.subjectStart, f.offset));
  // 新增创业担保贷款发放10.57亿元，完成全年指标任务的96%: the share of a target is the progress of the amount before it,
  // whose words say what it measures (全年 there is the target's year, not a fresh subject).
  const ofTarget = f.dimension === '%' && TARGET_SHARE_ZH.test(f.paragraph.text.slice(f.subjectStart, f.offset).trim());
  if (!ofTarget && (FRESH_SUBJECT.test(own) || NAMED_PER_HEAD.test(own))) return '';
  const between = f.paragraph.text.slice(previous.offset + previous.length, f.offset);
  // "Across the 14 branches the libraries served 598,000 visitors": a spread over all the places, opening the sentence,
  // is no place, and the count after it is read on its own (as "served 598,000 visitors across the 14 branches" is).
  // (The opener first: its 24 characters are read without joining the words after the figure, perf39.)
  if (SPREAD_OPENER_EN.test(f.paragraph.text.slice(Math.max(0, previous.offset - 24), previous.offset)) && SPREAD_NOUN_EN.test(`${f.paragraph.text.slice(previous.numberEnd, previous.offset + previous.length)}${between}`)) return '';
  // 全年招收研究生320人。其中，博士研究生150人: a part opening the sentence after its whole's is counted by the whole's
  // measure (招收, not 在校), as it is after a comma.
  if (SENTENCE_OR_CLAUSE_END.test(between) && !(PART_AFTER_WHOLE.test(between) && previous.dimension === f.dimension)) return '';
  // 已经解决的（A类）22件，占承办提案总数的23.91%。正在解决的（B类）68件，占承办提案总数的73.91%: a share of a whole
  // (占…的) after a count is that count's share, so the count is its subject: its words (where a bracket cut them off,
  // the clause's words before it, （A类） with them) and its value. Two classes' shares of one total are two shares.
  const context = SHARE_OF_ZH.test(own) && previous.dimension !== '%' && previous.dimension !== '百分点' ? `${countNameZh(previous)}${previous.value}${previous.dimension}` : `${normalize(previous.subject)}${previous.dimension}`;
  // 受理信访举报612件次，处置问题线索486件，立案审查调查138件: a clause of its own after a comma, whose verb and noun
  // name what it counts, after a clause that names no place, stage or time: its context is loose (LOOSE) — it still
  // keeps 发现问题436个 after 专项监督检查12轮 apart from 发现问题1124个 after 巡察党组织38个, but the same words
  // stated alone elsewhere (全年立案审查调查148件) are the same quantity. Not a part after 其中, nor a rate.
  // What the figure before counts may follow it (12个专项预案，): its words belong to that clause.
  const counted = COUNTED_CLAUSE.exec(between.trim());
  // 乙县组织招聘会42场，新增城镇就业1.1万人 · 甲市有32.1万人次受灾，农作物受灾面积41.2千公顷 · 干旱造成32.1万人次受灾，
  // 农作物受灾面积…: a place or a cause opening the clause before is the subject of the clause after too (a part, not the
  // whole stated alone: 全市新增城镇就业5.2万人, 全省农作物受灾面积86.4千公顷).
  // (基金累计结余8.6亿元，可支付月数为18个月: the running total's 累计 is no scope of a span of time after it.)
  const previousWords = withoutOwnLead(previous.subject, period) + counted?.[1];
  if (counted && countHanScript(own) >= 4 && !/^其中/.test(own) && f.dimension !== '%' && !hasScopeWord(SPAN_DIMENSIONS.has(f.dimension) ? previousWords.replace(AMOUNT_KIND_WORDS, '') : previousWords) && !PART_SUBJECT_LEAD_ZH.test(clauseHeadZh(previous))) return `${LOOSE}${context}`;
  // "runs 64 routes … with a fleet of 412 buses": in English a count whose own words name it (a noun phrase of its own
  // before "of", after "and" or "with") is loose in the same way, after a count whose words name no year.
  // The count before must be the body's own too: its subject the body's words or a name, and a verb ("North Vale Buses
  // runs 64 routes", "We run 64 routes"; not "The depot at Hexton runs 12 routes" or "In 2019 the company ran…").
  // "We invested £2.4 million in our communities, and our 12,840 employees volunteered": "our" and its count name the
  // body's whole of the noun, in a clause of their own (loose in the same way).
  if (OUR_WHOLE_CLAUSE_EN.test(between) && f.dimension === 'count') return `${LOOSE}${context}`;
  // "We attended 9,842 incidents, 3.4% more than in 2023/24, and carried out 14,620 visits", "Over the year we answered
  // 31,480 calls and recorded 8,615 false alarms": a verb of its own after "and", whose subject is the body the sentence
  // opened with (we, our staff), counts on its own, as a sentence of its own would.
  if (AND_VERB_EN.test(between) && !HAN.test(between) && (f.dimension === 'count' || f.dimension === '') && ownSentenceSubjectEn(f, period)) return `${LOOSE}${context}`;
  if (OWN_NAME_EN.test(between) && !HAN.test(between) && f.dimension === 'count' && previous.dimension === 'count' && ownSubjectEn(previous.paragraph.text.slice(previous.subjectStart, previous.offset), period)) return `${LOOSE}${context}`;
  return context;
}

/**
 * 乙县, 甲市, 青山镇, 城关街道 opening a clause (not 全县, 本市, 各区…), or a cause (干旱造成, 暴雨导致): the part the clause is about.
 * A place's name holds no preposition: 石桥村在镇里率先实现… names no place 石桥村在镇.
 */
const PART_SUBJECT_LEAD_ZH = /^(?:(?![全本我该該各城])(?:(?![在于於向到对對从從和与與把被])\p{sc=Han}){1,5}?(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|街道)(?![长長委级級场場民直属屬本内內外])|\p{sc=Han}{1,6}?(?:造成|导致|導致|引发|引發))/u;
/** The words of the clause a figure is in, from the clause's start up to the figure. */
function clauseHeadZh(f: Figure): string {
  const text = f.paragraph.text;
  let start = f.subjectStart;
  while (start > 0 && start > f.subjectStart - 40 && !CLAUSE_MARK_ZH.test(text[start - 1])) start--;
  return text.slice(start, f.offset).trim();
}

/** 占承办提案总数的, 佔總數的, 占比: the share of a whole (the count before it in its clause is what the share is of). */
const SHARE_OF_ZH = /^(?:占|佔)/;
/** 占比 alone: a share named by nothing but the count before it. */
const SHARE_ONLY_ZH = /^(?:占|佔)比$/;
/** A count's words and value as sentenceContext gives them (A类45件): a word of Chinese script and the count. */
const COUNT_CONTEXT_ZH = /\p{sc=Han}[^|]*\d/u;
const CLAUSE_MARK_ZH = /[，,。；;：:！？!?]/;
const QIZHONG_LEAD = /^其中[，,：:]?/;

/** The words of a count: its subject, or where that is too short to name it (a bracket ended it), its clause's words. */
function countNameZh(f: Figure): string {
  // 其中A类45件 = A类45件: the 其中 that lists a part is no word of its name.
  const own = normalize(f.subject).replace(QIZHONG_LEAD, '');
  if (countHanScript(own) >= 2) return own;
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && start > f.offset - 24 && !CLAUSE_MARK_ZH.test(text[start - 1])) start--;
  return normalize(text.slice(start, f.offset)).replace(QIZHONG_LEAD, '');
}

/** "Across the 14", "Across all of our 14" opening a sentence (or a paragraph): a spread over every place of a kind. */
const SPREAD_OPENER_EN = /(?:^|[.!?:]\s+)(?:\d+(?:\.\d+)*\s+|\(?[a-z]{1,4}\)\s+)?Across\s+(?:all\s+(?:of\s+)?)?(?:the\s+|our\s+)?$/;
/** "The 2024–25 ", "Our 2024/25 " opening a sentence: a financial year before the words of a figure. */
const YEAR_LEAD_EN = /(?:^|[.!?:;]\s+)(?:(?:The|Our|Its|In|For)\s+)?(?:19|20)\d\d\s*[–/-]\s*\d\d\s*$/;
/** "Across the 14 branches " before the clause the figure is counted in. */
const SPREAD_BEFORE_EN = /(?:^|[.!?:]\s+)(?:\d+(?:\.\d+)*\s+|\(?[a-z]{1,4}\)\s+)?Across\s+(?:all\s+(?:of\s+)?)?(?:the\s+|our\s+)?\d[\d,]*\s+[a-z]{3,}s\s*$/;
/** " branches the libraries served ", " services we run ": one plural noun, then the clause's subject and verb (no comma). */
const SPREAD_NOUN_EN = /^\s*[a-z]{3,}s\s+(?:the|our|we|it|they)\s[^,;:.\d]{2,60}$/;

/** ", and carried out " · " and recorded ": a verb after "and" with no subject of its own, up to the count. */
const AND_VERB_EN = /(?:^|[\s,])and\s+(?:also\s+)?[a-z]{3,}(?:ed|ook|ew|an|ade)(?:\s+out)?\s+$/;

/** "We attended", "Over the year we answered", "Our staff completed": the sentence opens with the body and a verb. */
function ownSentenceSubjectEn(f: Figure, period: OwnPeriod | undefined): boolean {
  const text = f.paragraph.text;
  let start = f.offset;
  const floor = Math.max(0, f.offset - SENTENCE_REACH);
  while (start > floor && !/[.!?]\s/.test(text.slice(start - 1, start + 1))) start--;
  const head = /^\s*([^\d,;:]*?)\s+[a-z]{3,}(?:ed|ook|ew|an|ade)\s+(?:out\s+)?\d/.exec(text.slice(start, f.offset));
  if (!head) return false;
  const words = head[1].toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  return (/^(?:we|staff)$/.test(last) || (period?.bodies.has(last) ?? false) || (period?.names.has(last) ?? false)) && words.every((w) => SELF_WORDS.has(w) || (period?.names.has(w) ?? false));
}

/** "North Vale Buses runs", "We have", "The trust employs": the body (its words, its name, a name) and one verb. */
function ownSubjectEn(words: string, period: OwnPeriod | undefined): boolean {
  const all = words.trim().split(/\s+/);
  const verb = all.pop();
  if (!verb || !/^[a-z]{3,}$/.test(verb) || all.length === 0) return false;
  return all.every((w, i) => (i === 0 && /^the$/i.test(w)) || SELF_WORDS.has(w.toLowerCase()) || (period?.names.has(w.toLowerCase()) ?? false) || /^[A-Z][a-z]+$/.test(w));
}

/** ", and our " · " and all of our " before a count: a clause of the body's own whole. */
// "… and were supported by 286 volunteers": the body's own supporters, in a clause of their own.
const OUR_WHOLE_CLAUSE_EN = /(?:[,;]|\band|\bwhile)\s+(?:(?:all\s+(?:of\s+)?)?our|(?:(?:are|were|is|was)|ha(?:ve|s)\s+been)\s+supported\s+by)\s+$/i;

/** …, and an operational capacity of · … with a fleet of: a noun phrase of its own, opened by and/with and an article. */
const OWN_NAME_EN = /(?:,|\band|\bwith)\s+(?:a|an|the|our|its)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+of\s*$/i;

/** "….  Of these, " after the whole, the last figure of the sentence before. */
const OF_THESE_EN = /^[^.!?\d]*[.!?]\s+Of\s+(?:these|them|those|which),\s*$/;
/** " were nurses and " · " were nurses, ": the next part of the same list. */
const NEXT_PART_EN = /^\s+(?:were|was|are|is)\s+[a-z][a-z -]*?(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** " were nurses" ending its clause or before "and": the noun a part counts. */
const PART_NOUN_EN = /^\s+(?:were|was|are|is)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)(?=\s*[,.;:!?)]|\s+and\s|\s*$)/;
const PART_NOUN_LAST = /^(?:[a-z]{3,}s|staff|people|children|men|women)$/;
const NOT_PART_NOUN = /(?:ed|ing|ly|ous|ss|us)$/;

/** The key of a part after "Of these," (310 were nurses) from the fields of its whole's (self|stock employee|…). */
function partOfTheseKey(f: Figure, whole: string[], period: OwnPeriod | undefined): LocalKey | undefined {
  if (f.approximate || f.words || f.perUnit || f.value < 0 || f.paragraph.tableHeader || (f.dimension !== '' && f.dimension !== 'count') || whole[3] !== 'count') return undefined;
  const m = PART_NOUN_EN.exec(f.paragraph.text.slice(f.offset + f.length, f.offset + f.length + 60));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const last = words[words.length - 1];
  if (!PART_NOUN_LAST.test(last) || NOT_VERB.has(words[0]) || words.some((w) => NOT_PART_NOUN.test(w) && w !== last)) return undefined;
  if (/(?:ous|ss|us)$/.test(last)) return undefined;
  const verb = whole[1].split(' ')[0];
  const noun = verb === 'stock' && EMPLOYEE_NOUNS.has(m[1]) ? 'employee' : singular(m[1]);
  const qualifiers = [...new Set([...(whole[4] ? whole[4].split(',') : []), ...f.qualifiers.filter((q) => !isOwn(q, period))])].sort();
  const stated = ['self', `${verb} ${noun}`, whole[2], 'count', qualifiers.join(',')].join('|');
  // "Of these, 1,100 were staff": the whole's own noun again is no part to compare.
  return stated === whole.join('|') || `${verb} ${noun}` === whole[1] ? undefined : { stated, context: '' };
}

/** 所, 家, 座, 处: the units a count of bodies (schools, enterprises, venues, sites) is made in. */
const BODY_COUNT_UNITS = new Set(['所', '家', '座', '处', '處']);
/** 已采纳 and 未采纳, 合格 and 不合格, 已办结 and 未办结: a part and the rest of its whole, denied. */
function complementParts(first: string, second: string): boolean {
  const done = normalize(first).replace(/^(?:其中)?(?:已经|已)/, '');
  const denied = /^(?:其中)?(?:尚未|未|不|没有|沒有)(\p{sc=Han}{2,6})$/u.exec(normalize(second));
  return denied !== null && done.length >= 2 && done.startsWith(denied[1]);
}
/** 第一批项目, 第二期工程, 一期项目, 第三标段: a batch or phase of the work, named by its number. */
const BATCH_ZH = /第[一二三四五六七八九十\d]{1,3}(?:批|期|标段|標段|阶段|階段)|(?:^|[^第\p{sc=Han}])[一二三四五六七八九十]期(?:工程|项目|項目)/u;

/**
 * The figure whose context a part after 。其中 takes: the one just before it, or, when that is of another kind (a rate:
 * 比上年增长5.8%，…贡献率为56.5%。其中，第一产业增加值44.56亿元), the last figure of the part's kind in the same sentence.
 */
function wholeBeforeRates(text: string, figures: readonly Figure[], i: number): Figure {
  const f = figures[i];
  const before = figures[i - 1];
  // 机电产品出口498.6亿元，增长11.5%，占出口总额的59.2%: a share (占…的) after the growth rate of an amount is the
  // amount's share, in the same sentence; its subject is the amount's (高新技术产品出口… is another's share).
  if ((before.dimension === '%' || before.dimension === '百分点') && f.dimension === '%' && SHARE_OF_ZH.test(text.slice(f.subjectStart, f.offset))) {
    for (let j = i - 2; j >= 0 && j >= i - 4; j--) {
      const g = figures[j];
      if (SENTENCE_END.test(text.slice(g.offset + g.length, f.subjectStart))) break;
      if (g.dimension !== '%' && g.dimension !== '百分点') return g;
    }
    return before;
  }
  if (before.dimension === f.dimension || !PART_AFTER_WHOLE.test(text.slice(before.offset + before.length, f.offset))) return before;
  for (let j = i - 2; j >= 0; j--) {
    const g = figures[j];
    if (SENTENCE_END.test(text.slice(g.offset + g.length, before.offset))) break;
    if (g.dimension === f.dimension) return g;
  }
  return before;
}

/** After a ；(not a 。), a part naming another member of the family the list's first part named (第一产业 → 第二产业). */
function nextPartOfList(between: string, f: Figure, family: string | undefined): boolean {
  if (!family || /[。！？!?]|\.\s/.test(between) || !/[；;]/.test(between)) return false;
  return familyOf(f.subject)?.family === family;
}

/** 其中 between a whole and the first part of its list, in its sentence (，其中) or opening the next (。其中，). */
const QIZHONG = /其中[^。！？!?；;]*$/;
/** The year of a class opening a clause right before `at` (，2026届 · 2026级), or undefined. */
function cohortBefore(text: string, at: number): string | undefined {
  const start = at - 5;
  if (start < 0 || (start > 0 && !CLAUSE_START.test(text[start - 1]))) return undefined;
  const year = text.slice(start, at);
  return /^(?:19|20)\d\d[届屆级級]$/.test(year) ? year.replace('屆', '届').replace('級', '级') : undefined;
}

/** 缴存职工中，: the whole a sentence's shares or parts are of, named before 中 where the sentence opens. */
const AMONG_OPENING = /^(\p{sc=Han}{2,12}?)中[，,：:]/u;

/** The noun before 中 opening the sentence the text at `at` is in (缴存职工中，国家机关和事业单位占32.5%). */
function amongOpening(text: string, at: number): string | undefined {
  let start = at;
  while (start > 0 && !endsSentence(text.charCodeAt(start - 1))) start--;
  return AMONG_OPENING.exec(text.slice(start, at).trimStart())?.[1];
}

/** The words between a whole and its part in the next sentence: one sentence end, then 其中 (其中，, 其中：). */
const PART_AFTER_WHOLE = /^[^。！？!?；;]*[。！？!?；;]\s*其中(?![^。！？!?；;]*[。！？!?；;])/;

/** 全年组织职业技能培训 in a year's report: the report's own time (or whole) opening the words is no scope of theirs. */
function withoutOwnLead(subject: string, period: OwnPeriod | undefined): string {
  if (!period) return subject;
  let s = subject.startsWith(`${period.year}年`) ? subject.slice(period.year.length + 1) : subject;
  for (let again = true; again; ) {
    again = false;
    for (const w of period.words) {
      if (w && s.startsWith(w)) {
        s = s.slice(w.length);
        again = true;
      }
    }
  }
  return s;
}

/** The marks around a row's label (rowLabels) opening a context: loose as LOOSE is (loosen). */
const LABEL_OPEN = '‹';
const LABEL_CLOSE = '›';

/** 1. 基本情况。 · （二）主要做法。: a topic the item opens with, no scope of its figures. */
const TOPIC_LABEL_ZH = /(?:情况|概况|工作|成效|成绩|问题|不足|措施|做法|举措|进展|亮点|经验|建议|打算|计划|目标|任务|思路|安排|总体|总结|回顾|背景|说明)$/;
/** 涉及金额, 涉及资金, 涉案金额: the amount involved in what the clause before names. */
// 基金收入总额72,716万元，完成年初预算31,700万元的229.39%: the budget of the revenue the clause before states.
const INVOLVED_ZH = /^(?:涉及|涉案|(?:完成|实现|實現)(?:年初|调整|調整)?(?:预算|預算)$)/;

/** The key with the label of the row the figure is in opening its context. */
function labelled(key: LocalKey | undefined, f: Figure, labels: Array<{ at: number; label: string }>): LocalKey | undefined {
  if (!key) return key;
  // 发现问题186个，涉及金额4.37亿元 and 部分企业报销不规范，涉及金额23.6万元: the amount involved is the amount of what the
  // clause before it names (its words and figures), not a measure of its own.
  if (INVOLVED_ZH.test(f.subject.trim())) {
    const text = f.paragraph.text;
    let start = f.subjectStart;
    while (start > 0 && start > f.subjectStart - 60 && !endsSentence(text.charCodeAt(start - 1))) start--;
    return { ...key, context: `${normalize(text.slice(start, f.subjectStart)).replace(/[，,：:、\s]+$/, '')}>涉及` };
  }
  if (labels.length === 0) return key;
  let label: string | undefined;
  for (const l of labels) if (l.at <= f.offset) label = l.label;
  // 一般公共预算收入完成12.86亿元 in the paragraph the fund opens: the figure's own words name it already.
  if (label === undefined || f.subject.toLowerCase().includes(label)) return key;
  return { ...key, context: `${LABEL_OPEN}${label}${LABEL_CLOSE}${key.context}` };
}

/** The mark of a loose context (sentenceContext): a statement with it is also the one of its words stated alone. */
const LOOSE = '~';

/** A place, a stage, a period or a qualifier (累计, 目标…) in the words before a figure. */
function hasScopeWord(subject: string): boolean {
  // The one global copy of the 4,700-character list (a second copy without g cost its compilation again, perf42), its
  // lastIndex put back to 0 after the test: titleRead's matchAll starts from it.
  SCOPE_WORDS.lastIndex = 0;
  const found = SCOPE_WORDS.test(subject);
  SCOPE_WORDS.lastIndex = 0;
  return found;
}

/**
 * The keys with a loose context read as the key with no context, where some statement has that key: 立案审查调查138件
 * (after 处置问题线索486件，) is 全年立案审查调查148件. A paragraph's keys are kept as they were when nothing changes (the
 * grouping is incremental, by identity).
 */
const loosened = new WeakMap<string[], { joined: string; keys: string[] }>();
function loosen(grouped: string[][]): string[][] {
  const loose = (k: string) => k.includes(`|${LOOSE}`) || k.includes(`|${LABEL_OPEN}`);
  if (!grouped.some((keys) => keys.some(loose))) return grouped;
  const bareOf = (k: string) => {
    const at = k.lastIndexOf(`|${LOOSE}`);
    return at < 0 ? undefined : k.slice(0, at + 1);
  };
  const unlabelledOf = (k: string) => {
    const at = k.lastIndexOf(`|${LABEL_OPEN}`);
    return at < 0 ? undefined : k.slice(0, at + 1) + k.slice(k.indexOf(LABEL_CLOSE, at) + 1);
  };
  // A row's label (rowLabels) is loose too, against the statements with no label: 主要指标：地区生产总值201亿元 is
  // 地区生产总值210亿元 stated alone (or loosely, after another figure), but 行政复议：结果维持1件 is not 行政诉讼：结果维持2件.
  const plain = new Set<string>();
  for (const keys of grouped) {
    for (const k of keys) {
      if (unlabelledOf(k) !== undefined) continue;
      plain.add(k);
      const bare = bareOf(k);
      if (bare) plain.add(bare);
    }
  }
  const resolveLabel = (k: string) => {
    const u = unlabelledOf(k);
    if (u === undefined) return k;
    if (plain.has(u)) return u;
    const bare = bareOf(u);
    return bare && plain.has(bare) ? bare : k;
  };
  const all = new Set<string>();
  for (const keys of grouped) for (const k of keys) all.add(resolveLabel(k));
  return grouped.map((keys) => {
    if (!keys.some(loose)) return keys;
    const out = keys.map((key) => {
      const k = resolveLabel(key);
      const at = k.lastIndexOf(`|${LOOSE}`);
      const bare = at < 0 ? k : k.slice(0, at + 1);
      return at >= 0 && all.has(bare) ? bare : k;
    });
    const joined = out.join('\n');
    const kept = loosened.get(keys);
    if (kept && kept.joined === joined) return kept.keys;
    loosened.set(keys, { joined, keys: out });
    return out;
  });
}

/** A group's keys read again, by the arrays they were read from. */
type KeysRead = WeakMap<string[], { joined: string; keys: string[] }>;

/**
 * The keys a reading made of a group's `keys`: `keys` itself when nothing changed, else the array this reading gave the
 * last time it read the same (by identity), so that what is cached by the array holds from one lint to the next.
 */
function keptKeys(read: KeysRead, keys: string[], out: string[]): string[] {
  const joined = out.join('\n');
  if (joined === keys.join('\n')) return keys;
  const kept = read.get(keys);
  if (kept && kept.joined === joined) return kept.keys;
  read.set(keys, { joined, keys: out });
  return out;
}

/**
 * "The partnership's annual budget of £421,000" read as "The partnership's budget for 2025/26 was £412,000" where the
 * draft states that budget for that one year only (all else the same); for two years (2024/25 and 2025/26) or none it
 * stays as it is. A revised budget or an outturn is another measure. Arrays kept when nothing changes (by identity).
 */
const annualRead: KeysRead = new WeakMap();
function annualAsYear(grouped: string[][]): string[][] {
  if (!grouped.some((keys) => keys.some((k) => k.includes(ANNUAL)))) return grouped;
  // The key without its year, each year it is stated for.
  const years = new Map<string, Set<string>>();
  for (const keys of grouped) {
    for (const k of keys) {
      if (k.includes(ANNUAL)) continue;
      const fields = k.split('|');
      if (fields.length < 4) continue;
      const quals = fields[3].split(',');
      const year = quals.filter((q) => YEAR_Q.test(q));
      if (year.length !== 1) continue;
      fields[3] = quals.filter((q) => q !== year[0]).join(',');
      const bare = fields.join('|');
      years.set(bare, (years.get(bare) ?? new Set()).add(year[0]));
    }
  }
  return grouped.map((keys) => {
    if (!keys.some((k) => k.includes(ANNUAL))) return keys;
    const out = keys.map((k) => {
      if (!k.includes(ANNUAL)) return k;
      const fields = k.split('|');
      if (fields.length < 4) return k;
      const quals = fields[3].split(',').filter((q) => q !== ANNUAL);
      fields[3] = quals.join(',');
      const found = years.get(fields.join('|'));
      if (!found || found.size !== 1) return k;
      fields[3] = [...quals, ...found].filter((q) => q !== '').sort().join(',');
      return fields.join('|');
    });
    return keptKeys(annualRead, keys, out);
  });
}

/**
 * The keys of measures named without a verb (visitor numbers, call volume) read as the key of the one verb the draft
 * counts that noun by, all else the same: "Call volume reached 18,040" is "we answered 18,400 calls" where nothing
 * else counts calls; beside "received 52,300 calls" too, it is neither. Arrays kept when nothing changes (by identity).
 */
const resolved = new WeakMap<string[], { joined: string; keys: string[] }>();
const ANY_VERB_KEY = /\|self\|\* ([^|]+)\|/;
const VERB_KEY = /\|self\|([a-z]+) ([^|]+)\|/;
function resolveMeasures(grouped: string[][]): string[][] {
  if (!grouped.some((keys) => keys.some((k) => ANY_VERB_KEY.test(k)))) return grouped;
  const verbs = new Map<string, Set<string>>();
  for (const keys of grouped) {
    for (const k of keys) {
      const m = VERB_KEY.exec(k);
      if (!m) continue;
      const bare = k.slice(0, m.index) + `|self|${ANY_VERB} ${m[2]}|` + k.slice(m.index + m[0].length);
      verbs.set(bare, (verbs.get(bare) ?? new Set()).add(m[1]));
    }
  }
  return grouped.map((keys) => {
    if (!keys.some((k) => ANY_VERB_KEY.test(k))) return keys;
    const out = keys.map((k) => {
      const found = verbs.get(k);
      return found?.size === 1 ? k.replace(`|self|${ANY_VERB} `, `|self|${[...found][0]} `) : k;
    });
    const joined = out.join('\n');
    const kept = resolved.get(keys);
    if (kept && kept.joined === joined) return kept.keys;
    resolved.set(keys, { joined, keys: out });
    return out;
  });
}

/**
 * 民主推荐得票率为91.9% and, further on, 得票率为95.1%: a rate stated alone (no count before it in its sentence) under
 * the name of a rate the draft names with one qualifier only (民主推荐) is that rate, the qualifier left out the second
 * time. Not where the draft qualifies the rate in two ways (城镇住户调查合格率, 农村住户调查合格率: 调查合格率 is neither),
 * nor by a place, stage or time (hasScopeWord). Arrays kept when nothing changes (by identity).
 */
const qualifiedRead: KeysRead = new WeakMap();
/**
 * Whether the figure's words open its sentence (组织家长评议，满意率为96.5%: the clause before says whose rate it is),
 * after a sentence with no figure (办结812件。办结率为98.6%: the rate of the counts before it), and it is no threshold
 * (完成率为92.1%的单位有12家).
 */
function opensSentence(f: Figure): boolean {
  const text = f.paragraph.text;
  if (text.startsWith('的', f.offset + f.length)) return false;
  let start = f.subjectStart;
  while (start > 0 && /[\s*_]/.test(text[start - 1])) start--;
  if (start > 0 && !/[。！？!?；;：:]/.test(text[start - 1])) return false;
  // The sentence before, at most SENTENCE_REACH characters back (a paragraph with no sentence end is read no further).
  let before = start - 1;
  const floor = Math.max(0, start - SENTENCE_REACH);
  while (before > floor && !/[。！？!?；;]/.test(text[before - 1])) before--;
  return start === 0 || !/\d/.test(text.slice(Math.max(0, before), start));
}
const RATE_NAME = /^\p{sc=Han}{2,}率$/u;
function qualifiedRates(grouped: string[][], stated: Stated[][]): string[][] {
  const fieldsOf = (k: string) => {
    const fields = k.split('|');
    return fields.length === 6 && fields[2] === '%' && RATE_NAME.test(fields[1]) ? fields : undefined;
  };
  // The rates stated alone, by part, qualifiers, headings and name.
  const alone = new Map<string, string>();
  for (const [i, keys] of grouped.entries()) {
    for (const [j, k] of keys.entries()) {
      const fields = fieldsOf(k);
      if (fields && fields[5] === '' && opensSentence(stated[i][j].figure)) alone.set(`${fields[0]}|${fields[3]}|${fields[4]}|${fields[1]}`, k);
    }
  }
  if (alone.size === 0) return grouped;
  // The qualifiers each rate stated alone is named with elsewhere, and the keys that name it so.
  const prefixes = new Map<string, Set<string>>();
  const named = new Map<string, string>();
  for (const keys of grouped) {
    for (const k of keys) {
      const fields = fieldsOf(k);
      if (!fields) continue;
      const subject = fields[1];
      for (let i = 2; i <= Math.min(6, subject.length - 3); i++) {
        const id = `${fields[0]}|${fields[3]}|${fields[4]}|${subject.slice(i)}`;
        if (!alone.has(id)) continue;
        const prefix = subject.slice(0, i);
        (prefixes.get(id) ?? prefixes.set(id, new Set()).get(id)!).add(prefix);
        named.set(k, id);
        break;
      }
    }
  }
  if (named.size === 0) return grouped;
  return grouped.map((keys) => {
    const out = keys.map((k) => {
      const id = named.get(k);
      if (id === undefined) return k;
      const found = prefixes.get(id)!;
      if (found.size !== 1) return k;
      const [prefix] = found;
      return hasScopeWord(prefix) ? k : alone.get(id)!;
    });
    return keptKeys(qualifiedRead, keys, out);
  });
}

const RATE_SUBJECT = /率\s*(?:为|為|达到|達到|达|達|是)?\s*$/;
const RATE_STEM = /(\p{sc=Han}{2})率\s*(?:为|為|达到|達到|达|達|是)?\s*$/u;

/**
 * Two statements of a rate (结案率) each after a count its stem names in its own sentence (收案2559件…结案1779件…结案率69.52%
 * and 收案2380件…结案1058件…结案率44.45%): rates of two counts, not one figure stated twice, when both the counts and the
 * sentences' first counts (their wholes) differ. One whole (受理投诉860件 twice) keeps them one measure.
 */
function ofOtherCounts(doc: ReportDocument, a: Figure, b: Figure): boolean {
  if (a.dimension !== '%' || b.dimension !== '%') return false;
  const stem = RATE_STEM.exec(a.subject)?.[1];
  if (!stem || RATE_STEM.exec(b.subject)?.[1] !== stem) return false;
  const countsA = rateCounts(doc, a, stem);
  const countsB = rateCounts(doc, b, stem);
  if (!countsA || !countsB) return false;
  const differ = (x: Figure, y: Figure) => x.unit === y.unit && x.value !== y.value;
  return differ(countsA.base, countsB.base) && differ(countsA.whole, countsB.whole);
}

/**
 * The counts before the rate in its sentence: the first (the whole) and the last whose own words end with the rate's
 * stem (结案1779件 for 结案率).
 */
function rateCounts(doc: ReportDocument, rate: Figure, stem: string): { whole: Figure; base: Figure } | undefined {
  const text = rate.paragraph.text;
  let whole: Figure | undefined;
  let base: Figure | undefined;
  for (const f of doc.figuresIn(rate.paragraph)) {
    if (f.offset >= rate.offset) break;
    if (f.dimension === '%' || /[。！？!?]/.test(text.slice(f.offset + f.length, rate.offset))) continue;
    whole ??= f;
    if (normalize(text.slice(f.subjectStart, f.offset)).endsWith(stem)) base = f;
  }
  return whole && base && whole !== base ? { whole, base } : undefined;
}

const QUALIFIER_WORDS = new Set<string>(words.qualifiers);
const FAMILY_OF = new Map<string, string>(
  Object.entries(breakdownWords.families)
    .filter(([family]) => !TOPIC_FAMILIES.has(family))
    .flatMap(([family, members]) => members.map((m): [string, string] => [m, family])),
);

/**
 * Does a sibling heading name another member of the family (城区 beside 农村)? `namedIn`: per group of sibling
 * headings, the members of each family their titles name, read once per group of one outline.
 */
function contrasted(section: Section, word: string, family: string, namedIn: Map<SiblingGroup, Map<string, Set<string>>>): boolean {
  let named = namedIn.get(section.group);
  if (!named) {
    named = new Map();
    for (const o of section.group.items) {
      for (const word of titleRead(o.title).matched) {
        const f = FAMILY_OF.get(word);
        if (f) named.set(f, (named.get(f) ?? new Set()).add(word));
      }
    }
    namedIn.set(section.group, named);
  }
  const members = named.get(family);
  return members !== undefined && [...members].some((m) => m !== word);
}

/** The scope the headings above a paragraph give it: a plan section, places, stages, periods named in the titles. */
/**
 * The heading scope of each section of one outline, read once: an outline kept across edits keeps its sections and
 * groups, and the model gives a new outline object when a title in it changed.
 */
const scopesRead = new WeakMap<Outline, HeadingScopes>();

interface HeadingScopes {
  of(section: Section | undefined): string;
}

function scopesOf(outline: Outline, lines: ReadonlyArray<{ text: string }>): HeadingScopes {
  let known = scopesRead.get(outline);
  if (!known) {
    const scopes = new Map<Section | undefined, string>();
    const named: Named = { families: new Map(), units: new Map(), runIn: new Map() };
    known = {
      of(section) {
        let scope = scopes.get(section);
        if (scope === undefined) scopes.set(section, (scope = headingScope(section, named, lines)));
        return scope;
      },
    };
    scopesRead.set(outline, known);
  }
  return known;
}

/**
 * The figures by group key, each list in the order of the draft, kept for the document's next version (every version of
 * an incremental model shares its memo): the paragraphs whose figures or keys are not those of last time, between the
 * first and the last such, are taken out and put in again. A keystroke re-groups one paragraph's figures, not the
 * draft's. `multi`: the keys with two figures or more.
 */
interface Groups {
  values: Stated[][];
  keys: string[][];
  groups: Map<string, Figure[]>;
  multi: Set<string>;
}

const groupsKept = new WeakMap<object, Groups>();

/** Paragraphs taken out and put in again at most; beyond, the groups are made afresh. */
const REGROUPED_MAX = 200;

/** The groups of two figures or more, in the order of their first figures in the draft. */
function keptGroups(memo: object, values: Stated[][], keys: string[][]): Figure[][] {
  const n = values.length;
  let kept = groupsKept.get(memo);
  const m = kept?.values.length ?? 0;
  let head = 0;
  let tail = 0;
  if (kept) {
    const was = kept;
    [head, tail] = unchangedEnds(n, m, (i, j) => values[i] === was.values[j] && keys[i] === was.keys[j]);
  }
  if (!kept || n - tail - head > REGROUPED_MAX || m - tail - head > REGROUPED_MAX) {
    kept = { values: [...values], keys: [...keys], groups: new Map(), multi: new Set() };
    for (let i = 0; i < n; i++) for (let k = 0; k < values[i].length; k++) addFigure(kept, keys[i][k], values[i][k].figure, false);
    groupsKept.set(memo, kept);
  } else if (head < n || n !== m) {
    // Forgotten while it is changed: a throw half-way leaves nothing half-changed for the next version.
    groupsKept.delete(memo);
    for (let j = head; j < m - tail; j++) for (let k = 0; k < kept.values[j].length; k++) removeFigure(kept, kept.keys[j][k], kept.values[j][k].figure);
    for (let i = head; i < n - tail; i++) for (let k = 0; k < values[i].length; k++) addFigure(kept, keys[i][k], values[i][k].figure, true);
    spliceAll(kept.values, head, m - tail - head, values.slice(head, n - tail));
    spliceAll(kept.keys, head, m - tail - head, keys.slice(head, n - tail));
    groupsKept.set(memo, kept);
  }
  const out: Figure[][] = [];
  for (const key of kept.multi) out.push(kept.groups.get(key)!);
  return out.sort((a, b) => compareFigures(a[0], b[0]));
}

function compareFigures(a: Figure, b: Figure): number {
  return a.paragraph.firstLine - b.paragraph.firstLine || a.offset - b.offset;
}

/** Adds a figure under its key: at the end (groups made in the order of the draft), or where it stands in the draft. */
function addFigure(kept: Groups, key: string, figure: Figure, placed: boolean): void {
  const list = kept.groups.get(key);
  if (!list) {
    kept.groups.set(key, [figure]);
    return;
  }
  let at = list.length;
  // After the figures of its own paragraph put in before it (in the order its paragraph gave them).
  if (placed) while (at > 0 && list[at - 1].paragraph.firstLine > figure.paragraph.firstLine) at--;
  list.splice(at, 0, figure);
  if (list.length === 2) kept.multi.add(key);
}

function removeFigure(kept: Groups, key: string, figure: Figure): void {
  const list = kept.groups.get(key);
  const at = list ? list.indexOf(figure) : -1;
  if (!list || at < 0) return;
  list.splice(at, 1);
  if (list.length === 0) kept.groups.delete(key);
  else if (list.length === 1) kept.multi.delete(key);
}

/** What the group keys of one paragraph's figures were read from (kept with them while these are the same). */
interface GroupKeys {
  scope: string;
  periodKey: string | undefined;
  part: number;
  keys: string[];
}

const groupKeysRead = new WeakMap<Stated[], GroupKeys>();

/** The key of each stated figure of one paragraph: its part, what it states, the headings above it, its sentence. */
function groupKeys(value: Stated[], scope: string, periodKey: string | undefined, period: OwnPeriod | undefined): string[] {
  const part = value[0].figure.paragraph.part;
  const known = groupKeysRead.get(value);
  if (known && known.scope === scope && known.periodKey === periodKey && known.part === part) return known.keys;
  // The title's "2024/25" over the sections of the 2024/25 summary is its own year, as 2025 is.
  const heading = scope.split(',').filter((w) => !isOwn(w, period) && w !== period?.fiscalStart).join(',');
  // "We closed 148 incidents in Q3" under "Q4 priorities": a result of the report's own time, restated in its plans.
  const asResult = heading.split(',').filter((w) => w !== 'plan').join(',');
  // The base's year is its own: the plan's year (二、2027年工作打算) is not the base's scope.
  const asBase = asResult.split(',').filter((w) => !/^(?:19|20)\d\d$/.test(w)).join(',');
  // What the body has now (全区现有…) is the same under a review heading and a plan's task heading: without their years and
  // the words of a plan or a review; a place or unit a sibling heading names still tells two apart.
  const neighbour = period?.kind === 'plan' ? String(Number(period.year) - 1) : period ? String(Number(period.year) + 1) : undefined;
  // In a half-year summary the other half (二、下半年工作计划) is the plan's time, as the next year is a year's plan's.
  const asNow = asResult.split(',').filter((w) => !NOW_IGNORES.test(w) && w !== neighbour && !(period?.half && HALVES.test(w))).join(',');
  const keys = value.map(({ key: read, figure }) => {
    // 今年共对18个部门单位开展预算执行审计: the count of what the audit covered (预算执行审计覆盖部门单位).
    const local = coveredObject(read, figure);
    // （一）农村公路建设 over 全年完成农村公路新改建126公里: a scope word of the heading that the figure's own clause
    // names already says nothing more (全县全年完成农村公路新改建162公里 elsewhere is the same quantity).
    const named = figure.qualifiers.length ? new Set(figure.qualifiers) : undefined;
    const less = (words: string) => (named ? words.split(',').filter((w) => !named.has(w)).join(',') : words);
    // 以去年全区生产总值468.3亿元为基础 in the 2026 report given in January 2026: the year 去年 names (2025), as a
    // heading naming it does (一、2025年工作回顾), with its words less the year and the base's lead.
    // 全区共建成服务站（中心）126个 · 区、街道、社区三级退役军人服务站共有132个 (the bureau's): the region's whole network.
    const network = networkKey(local, figure, period);
    if (network) return [part, network, heading, local.context].join('|');
    const relative = relativeYearKey(local, figure, period);
    if (relative) return [part, relative.stated, less([relative.year, ...asBase.split(',').filter((w) => w !== '' && !NOW_IGNORES.test(w))].join(',')), local.context].join('|');
    const base = read.base ? local.stated : baseInPlan(local, figure, period);
    if (base !== undefined) return [part, base, less(asBase), local.context].join('|');
    // 全区现有A级旅游景区19家 under 三、重点任务 and 全区现有A级旅游景区17家 under 一、2026年工作回顾 in the 2027 plan:
    // what the body has now, when the plan is written, whatever the heading above it.
    // "our 16 engineers are on a one-in-six rota" under "Risks and Q4 plan": the body's stock as it is, the same.
    if (HAS_NOW.test(figure.paragraph.text.slice(figure.subjectStart, Math.min(figure.offset, figure.subjectStart + 6))) || wholeStockZh(figure.paragraph.text, figure.subjectStart, figure.offset, figure.offset + figure.length) || stockNounZh(figure.paragraph.text, figure.offset, figure.offset + figure.length) !== undefined || (local.stated.startsWith('self|stock ') && OUR_NOW_EN.test(figure.paragraph.text.slice(Math.max(0, figure.offset - 12), figure.offset)))) return [part, local.stated, less(asNow), local.context].join('|');
    // 对立案查处的24件统计违法案件 under 二、2027年工作打算: what exists already, neither the plan's nor its year's.
    if (existingInPlan(figure, period)) return [part, local.stated, less(asBase), local.context].join('|');
    // (过去一年，… under 二、2027年主要目标任务: neither the plan's year nor its words of a plan are the result's.)
    const result = resultInPlan(local, figure, period);
    return [part, local.stated, less(result ? (HAN.test(figure.subject) ? asNow : asResult) : heading), local.context].join('|');
  });
  groupKeysRead.set(value, { scope, periodKey, part, keys });
  return keys;
}

/** 对18个部门单位开展预算执行审计: the words after the counted noun that say what was done to each (an audit, an inspection). */
const COVERED_AFTER_ZH = /^(?:开展|開展|进行|進行|实施|實施)了?(\p{sc=Han}{0,8}?(?:审计|審計|检查|檢查|督查|巡察|巡查|抽查|评估|評估|考核))(?![\p{sc=Han}])|^(?:开展|開展|进行|進行|实施|實施)了?(\p{sc=Han}{0,8}?(?:审计|審計|检查|檢查|督查|巡察|巡查|抽查|评估|評估|考核))[，,。；;、]/u;
const COVERED_OBJECT_ZH = /^(?:将|將|要)?(?:对|對)(\p{sc=Han}{2,8})$/u;

/**
 * 今年共对18个部门单位开展预算执行审计: the units an audit (an inspection, a review) was carried out on are the units it
 * covered, 预算执行审计覆盖部门单位, as 审计共覆盖部门单位19个 names them (read with the one kind of audit the draft
 * counts them by: resolveCovered). The words that were only 对部门单位 say what is counted.
 */
function coveredObject(local: LocalKey, figure: Figure): LocalKey {
  const fields = local.stated.split('|');
  if (fields.length !== 3) return local;
  const object = COVERED_OBJECT_ZH.exec(fields[0]);
  if (!object) return local;
  const text = figure.paragraph.text;
  const end = figure.offset + figure.length;
  const noun = object[1];
  const at = text.indexOf(noun, end);
  if (at < 0 || at - end > 2) return local;
  const done = COVERED_AFTER_ZH.exec(text.slice(at + noun.length, at + noun.length + 20));
  if (!done) return local;
  return { ...local, stated: [`${normalize(done[1] ?? done[2])}覆盖${noun}`, fields[1], fields[2]].join('|') };
}

/** 预算执行审计覆盖部门单位 · 审计覆盖部门单位: what a kind of work covered, in a key's words. */
const COVERED_KEY = /^(\p{sc=Han}{2,12}?)覆盖(\p{sc=Han}{2,10})$/u;

/** Whether every character of `short` is in `long`, in order (审计 in 预算执行审计, 食品安全检查 in 食品安全监督检查). */
function within(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/**
 * The keys of what work covered named in short (审计共覆盖部门单位19个) read as the key of the one longer name of that work the
 * draft counts the same things by (今年共对18个部门单位开展预算执行审计): its words in order, its last word (审计) the same.
 * Not where the draft names two kinds of it (预算执行审计 and 经济责任审计). Arrays kept when nothing changes (by identity).
 */
const coveredRead: KeysRead = new WeakMap();
/** 对12个部门单位开展经济责任审计: each kind of work the draft says it did on a number of things, by the things' noun. */
const COVERED_STATED_ZH = /(?:对|對)\d[\d,，]*(?:\.\d+)?[个個家所处處名户戶座]?(\p{sc=Han}{2,8}?)(?:开展|開展|进行|進行|实施|實施)了?(\p{sc=Han}{0,8}?(?:审计|審計|检查|檢查|督查|巡察|巡查|抽查|评估|評估|考核))/gu;
function coveredKinds(paragraphs: readonly Paragraph[]): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  for (const p of paragraphs) {
    if (!p.text.includes('对') && !p.text.includes('對')) continue;
    for (const m of matchesOf(p.text, COVERED_STATED_ZH)) kinds.set(m[1], (kinds.get(m[1]) ?? new Set()).add(normalize(m[2])));
  }
  return kinds;
}
const COVERED_KEY_CUE = /\|[^|]*覆盖/;
function resolveCovered(grouped: string[][], paragraphs: readonly Paragraph[]): string[][] {
  if (!grouped.some((keys) => keys.some((k) => COVERED_KEY_CUE.test(k)))) return grouped;
  const kinds = coveredKinds(paragraphs);
  if (kinds.size === 0) return grouped;
  return grouped.map((keys) => {
    const out = keys.map((k) => {
      const fields = k.split('|');
      const m = fields.length > 2 ? COVERED_KEY.exec(fields[1]) : null;
      if (!m) return k;
      // The one longer name of the work, of the same last word, the draft counts these things by; and no other of that word.
      const alike = [...(kinds.get(m[2]) ?? [])].filter((w) => w.slice(-2) === m[1].slice(-2));
      if (alike.length !== 1) return k;
      const other = alike[0];
      if (other.length <= m[1].length || !within(m[1], other)) return k;
      return [fields[0], `${other}覆盖${m[2]}`, ...fields.slice(2)].join('|');
    });
    return keptKeys(coveredRead, keys, out);
  });
}

/** 区、街道、社区三级退役军人服务站共有 · 市、县、镇、村四级新时代文明实践站: a network over every level from the region's own down. */
const LEVELS_NETWORK_ZH = /^(?:全([省市县縣区區镇鎮乡鄉]))?([省市县縣区區镇鎮乡鄉])、(?:\p{sc=Han}{1,3}、){1,3}\p{sc=Han}{1,3}[二三四五六]级(\p{sc=Han}{2,14}?)(?:共有|共计|共計|总数为|總數為|总数|總數|有)$/u;
/** 全区共建成服务站, 全市共建有新时代文明实践站: the region's whole of what it has built. */
const REGION_HAS_ZH = /^全([省市县縣区區镇鎮乡鄉])(?:共|累计|累計)?(?:建成|建有|设有|設有)(\p{sc=Han}{2,14})$/u;
/** What a network is counted in: 126个 service stations, 312处 sites. */
const NETWORK_UNITS = new Set(['个', '個', '家', '所', '座', '处', '處']);
/** The places a network of service is made of: 服务站, 文明实践所, 服务中心, 活动室, 服务点, 驿站. */
const STATION_NOUN_ZH = /(?:站|中心|所|室|点|點|馆|館|驿站|驛站|之家)$/;
/** A body's name after the words of its work in a title: 退役军人事务局, 宣传部, 文明实践中心. */
const BODY_AFTER_WORK_ZH = /^(?:事务局|事務局|管理局|局|委员会|委員會|委|部|中心|办公室|辦公室|办|辦|厅|廳)/;
const CLAUSE_BEFORE_ZH = /[^，,。；;：:！？!?]{0,40}$/;
const ALTERNATIVE_NAME_END = /[（(][\u4e00-\u9fff]{1,4}[）)]$/;

/**
 * The whole network a region has of some kind of station, named by every level of it from the region's own (区、街道、社区三级
 * 退役军人服务站共有132个) or as the region's whole (全区共建成服务站（中心）126个), in the report of a body whose title names
 * that region's level: one stock, named by its noun less the words of the title before it (退役军人 in the 区退役军人事务局's
 * report). Not a part of the levels (街道、社区两级), another kind (党群服务站), nor one with a time or a change of its own.
 */
function networkKey(local: LocalKey, figure: Figure, period: OwnPeriod | undefined): string | undefined {
  if (!period?.title || !HAN.test(figure.subject)) return undefined;
  const fields = local.stated.split('|');
  if (fields.length !== 3 || fields[2] !== '') return undefined;
  const text = figure.paragraph.text;
  const clause = CLAUSE_BEFORE_ZH.exec(text.slice(Math.max(0, figure.offset - 40), figure.offset))![0].replace(/\s+/g, '').replace(ALTERNATIVE_NAME_END, '');
  const levels = LEVELS_NETWORK_ZH.exec(clause);
  const has = levels ? null : REGION_HAS_ZH.exec(clause);
  const level = levels ? levels[2] : has?.[1];
  if (!NETWORK_UNITS.has(figure.unit) || !STATION_NOUN_ZH.test(levels ? levels[3] : has?.[2] ?? '')) return undefined;
  if (!level || (levels?.[1] && levels[1] !== level) || !period.title.includes(level)) return undefined;
  let noun = levels ? levels[3] : has![2];
  // 退役军人服务站 in the 退役军人事务局's report: the words of the title's body before the noun are the body's own.
  for (let k = noun.length - 2; k >= 2; k--) {
    const at = period.title.indexOf(noun.slice(0, k));
    if (at >= 0 && BODY_AFTER_WORK_ZH.test(period.title.slice(at + k))) {
      noun = noun.slice(k);
      break;
    }
  }
  // The region's whole, as 全区共有服务站 is read (its own region no word of it).
  return [canonicalZh(normalize(noun)), fields[1], ''].join('|');
}

/** The year a report was written in (OwnPeriod.written): its date's, else a year's summary's or report's own year. */
function writtenYear(t: ReportTime): number | undefined {
  if (!t.period || t.period.fiscal) return undefined;
  if (t.signed?.point.year) return t.signed.point.year;
  return t.period.kind === 'plan' || t.period.half || t.period.quarter ? undefined : t.period.year;
}

/**
 * 以去年, 在上年, 去年 opening a figure's words (not 比去年, 较上年: a comparison). Not 今年: a summary signed in the January
 * after its year may still call that year 今年.
 */
const RELATIVE_YEAR_LEAD_ZH = /^(?:将|將|要)?(?:以|在)?(去年|上年|上一年)(?:度)?(?=\p{sc=Han}{2})/u;
const RELATIVE_YEAR_BACK: Record<string, number> = { 去年: 1, 上年: 1, 上一年: 1 };

/**
 * 以去年全区生产总值468.3亿元为基础, 在上年一般公共预算收入31.28亿元的基础上, 去年全区接待游客1260万人次 in a report
 * written in 2026: the figure of the year the relative word names counted from the year of writing (2025), when that is
 * not the report's own year (which its own words already name): its words without the lead and the year (and the
 * report's own whole after them: 全区), that year its time. In the 2026 summary 去年 is 2025, another year than its own.
 */
function relativeYearKey(local: LocalKey, figure: Figure, period: OwnPeriod | undefined): { stated: string; year: string } | undefined {
  if (!period?.written || !HAN.test(figure.subject)) return undefined;
  const lead = RELATIVE_YEAR_LEAD_ZH.exec(normalize(figure.subject));
  if (!lead) return undefined;
  const year = String(period.written - RELATIVE_YEAR_BACK[lead[1]]);
  if (year === period.year) return undefined;
  const fields = local.stated.split('|');
  if (fields.length !== 3) return undefined;
  const at = fields[0].indexOf(lead[1]);
  if (at < 0 || at > 3) return undefined;
  let words = canonicalZh(fields[0].slice(at + lead[1].length).replace(/^度/, ''));
  for (let again = true; again; ) {
    again = false;
    for (const w of period.words) {
      if (!w || !words.startsWith(w) || words.length <= w.length + 1) continue;
      words = words.slice(w.length);
      again = true;
    }
  }
  const qualifiers = fields[2].split(',').filter((q) => q !== '' && q !== lead[1] && q !== `${lead[1]}度`);
  return { stated: [words, fields[1], qualifiers.join(',')].join('|'), year };
}

/** 过去一年，, 过去的一年里，, 一年来，: the year just past, opening a sentence of a year's report. */
const PAST_YEAR_LEAD_ZH = /^\s*(?:过去(?:的)?一年(?:里|来|中)?|一年来)[，,]/;

/** "… the Trust employed ", "we had ", "there were ": a stock in the past tense, the verb right before the count. */
const PAST_STOCK_EN = /\b(?:employed|had|were|was|numbered|comprised)\s+$/;
/** aims to, plans to, will, is forecast: what is to come, before a figure in its sentence. */
const AIM_BEFORE_EN = /\b(?:aims?|aimed|intends?|plans?|planned|expects?|targets?|targeted)\s+to\b|\bwill\b|\bforecasts?\b|\bis\s+(?:expected|forecast|projected)\b/i;
const PLAN_WORDS_EN = /\b(?:will|shall|aim|aims|plan|plans|planned|expect|expects|expected|target|targets|intend|intends|to have)\b/i;

/** 现有, 目前: what the body has at the time of writing (全区现有, 目前全市共有). */
const NOW_IGNORES = /^(?:plan|任务|任務|目标|目標|重点|重點|安排|计划|計劃|打算|思路|措施|举措|舉措|回顾|回顧|工作|情况|情況)$/;
/** "our 16 engineers", "all of our 312 staff": the body's stock as it is when written. */
const OUR_NOW_EN = /(?:^|[\s(])(?:[Oo]ur|[Aa]ll (?:of )?our)\s+$/;
const HALVES = /^(?:上半年|下半年)$/;
const HAS_NOW = /^(?:全[市县縣区區省镇鎮乡鄉局]|我[市县縣区區局])?(?:现有|現有|目前|截至目前|当前|當前)/;
const BASE_AFTER_ZH = /^的?基础上/;
const BASE_OPENING_ZH = /^在((?:19|20)\d\d)年度?/;

/**
 * 在2026年门急诊总量27.9万人次的基础上，力争… under 2027年工作打算 in the 2026 report: the base a target starts from,
 * in the report's own year, is a result of that year. Its words without 在2026年, its headings without the plan.
 */
function baseInPlan(local: LocalKey, figure: Figure, period: OwnPeriod | undefined): string | undefined {
  const year = BASE_OPENING_ZH.exec(local.stated)?.[1];
  const end = figure.offset + figure.length;
  // 将在全年处理客户投诉462件的基础上 (its 在全年 taken off in localKeyOf): the year's result, as one of the year in digits is.
  if (!year && period && !period.half && period.kind !== 'plan' && OWN_BASE_LEAD_ZH.test(figure.subject) && BASE_AFTER_ZH.test(figure.paragraph.text.slice(end, end + 4))) return local.stated;
  if (!year && period) return nextYearBase(local, figure, period);
  if (!year || !period || !isOwn(year, period)) return undefined;
  if (!BASE_AFTER_ZH.test(figure.paragraph.text.slice(end, end + 4))) return undefined;
  // 在2025年集团营业收入53.2亿元的基础上 in the group's report: the body's own words after the year, as before a figure.
  let rest = local.stated.replace(BASE_OPENING_ZH, '');
  for (let again = true; again; ) {
    again = false;
    for (const w of period.words) {
      if (!w || !rest.startsWith(w)) continue;
      rest = rest.slice(w.length);
      again = true;
    }
  }
  return rest;
}

/** 力争2027年关区进出口货值在368.2亿元的基础上: a target of the year named, then the measure, then 在 before its base. */
const NEXT_YEAR_BASE_ZH = /^(?:力争|力爭|争取|爭取|确保|確保|预计|預計)?((?:19|20)\d\d)年度?(\p{sc=Han}{3,16}?)在$/u;
const NEXT_YEAR_BASE_QUALIFIERS = new Set(['力争', '力爭', '争取', '爭取', '确保', '確保', '预计', '預計']);

/**
 * 力争2027年关区进出口货值在368.2亿元的基础上保持稳定增长 in the 2026 summary: the base the next year's target starts from
 * is the report's own year's result (全年监管进出口货值386.2亿元), named by the measure before 在. Not in a plan (its
 * base is the year before it, which it does not report), a half-year's report, nor with any other year or word of scope.
 */
function nextYearBase(local: LocalKey, figure: Figure, period: OwnPeriod): string | undefined {
  if (period.kind !== 'summary' || period.half) return undefined;
  const end = figure.offset + figure.length;
  if (!BASE_AFTER_ZH.test(figure.paragraph.text.slice(end, end + 4))) return undefined;
  const [subject, dimension, qualifiers, ...more] = local.stated.split('|');
  if (more.length > 0) return undefined;
  const m = NEXT_YEAR_BASE_ZH.exec(subject);
  if (!m || Number(m[1]) !== Number(period.year) + 1) return undefined;
  const rest = qualifiers.split(',').filter((q) => q !== '' && q !== m[1] && !NEXT_YEAR_BASE_QUALIFIERS.has(q));
  if (rest.length > 0) return undefined;
  let measure = m[2];
  for (const w of period.words) if (w && measure.startsWith(w) && countHanScript(measure) - w.length >= 3) measure = measure.slice(w.length);
  return [canonicalZh(measure), dimension, ''].join('|');
}

/** 对立案查处的24件统计违法案件逐一回头看, 对排查出的36处隐患: the things a verb was done to, the object of a plan's action. */
const DONE_OBJECT_ZH = new RegExp(`对\\p{sc=Han}{0,6}?(?:${NOMINAL_VERBS})(?:出|了)?的$`, 'u');

/**
 * Figures a plan section names as what it will act on, not as targets: the things a verb was already done to, brought in
 * by 对 (对立案查处的24件统计违法案件逐一回头看), and in a year's summary what its own year did, named with that year and
 * qualifying a noun after it (将对2026年培训宗教教职人员230人次的培训效果开展评估 in the 2026 summary). Both are results.
 */
function existingInPlan(figure: Figure, period: OwnPeriod | undefined): boolean {
  const text = figure.paragraph.text;
  const before = text.slice(figure.subjectStart, figure.offset);
  if (DONE_OBJECT_ZH.test(before)) return true;
  if (!period || period.kind !== 'summary' || period.half || !before.includes(`${period.year}年`)) return false;
  const end = figure.offset + figure.length;
  return text[end] === '的' && !SETS_APART.test(before.replace(`${period.year}年`, ''));
}

const OWN_TIME_AFTER_EN = /^(?:[^.;!?]|(?<=\b[A-Z])\.){0,60}?\b(?:during|over|in|throughout|across)\s+the\s+(year|quarter)\b/i;
const PAST_VERB_BEFORE_EN = /\b(?:[a-z]{2,}ed|took|saw|drew|undertook)\s+$/;
/** A self statement in the past tense about the report's own time (we closed … in Q3, in 2025 we recruited …). */
function resultInPlan(local: LocalKey, figure: Figure, period: OwnPeriod | undefined): boolean {
  if (local.stated.startsWith('self|') && doneOnTheDay(figure.paragraph.text, figure.subjectStart, figure.offset, figure.offset + figure.length)) return true;
  if (!period) return false;
  const text = figure.paragraph.text;
  // 过去一年，全县城镇新增就业岗位5620个 under 二、2027年主要目标任务 in the 2026 report: the year just reported on,
  // opening the sentence, makes the figure a result of the report's own year (not the plan's target).
  if (HAN.test(figure.subject)) {
    if (period.half || period.kind === 'plan') return false;
    let start = figure.subjectStart;
    while (start > 0 && !stopsBack(text.charCodeAt(start - 1))) start--;
    if (PAST_YEAR_LEAD_ZH.test(text.slice(start, figure.subjectStart))) return true;
    // 肺结核患者登记管理368例中，仍有部分患者存在服药依从性不高的情况 under 五、存在的问题和2027年工作打算: a sentence
    // telling a problem, with no word of a plan, states the report's own figure.
    const from = text.lastIndexOf('。', figure.offset) + 1;
    const stop = text.indexOf('。', figure.offset + figure.length);
    const sentence = text.slice(from, stop < 0 ? Math.min(text.length, figure.offset + 120) : stop);
    return problemTold(sentence);
  }
  // "At 30 September 2025 the Trust employed 8,214 people" under "People Plan priorities": a stock the body had, in the
  // past tense, at a date of the report's own year, is a result as a done count is.
  // ("the Trust recorded 36 C. difficile cases during the year": a verb of a class, intake, done, in the past tense.)
  const pastOfClass = /^self\|(?:intake|done|visit) /.test(local.stated) && PAST_VERB_BEFORE_EN.test(text.slice(figure.subjectStart, figure.offset));
  if (!/^self\|[a-z]+ed /.test(local.stated) && !pastOfClass && !(/^self\|stock /.test(local.stated) && PAST_STOCK_EN.test(text.slice(figure.subjectStart, figure.offset)))) return false;
  const end = figure.offset + figure.length;
  const rest = text.slice(end, end + 80).search(/[,;.!?](?:\s|$)/);
  const clause = text.slice(figure.subjectStart, rest < 0 ? end + 80 : end + rest);
  if (PLAN_WORDS_EN.test(clause)) return false;
  // ("… recorded 36 C. difficile cases during the year": the report's own time after the noun.)
  const ownAfter = OWN_TIME_AFTER_EN.exec(text.slice(end, end + 80));
  return figure.qualifiers.some((q) => isOwn(q, period)) || (ownAfter !== null && period.words.some((w) => w.split(' ').includes(ownAfter[1].toLowerCase())));
}

/**
 * The scope an unnumbered part heading gives the lines under it (model/heading-scope.ts): its period, and 'plan' under a
 * plan as under a numbered plan heading (2026年重点工作 → plan; “十五五”时期的主要目标任务 → plan, 十五五; “十四五”时期
 * 工作回顾 → 十四五; 2025年工作回顾 → 2025; the report's own year is left out with the other headings' words). Paragraphs are asked in
 * line order, so each asks on from where the last one stopped.
 */
function periodScopes(parts: readonly PeriodPart[]): (line: number) => string[] | undefined {
  let i = 0;
  return (line) => {
    if (i > 0 && parts[i - 1] && line < parts[i - 1].line) i = 0;
    while (i < parts.length && parts[i].line <= line) i++;
    const part = parts[i - 1];
    if (!part || line > part.endLine) return undefined;
    return scopeWordsOf(part);
  };
}

function withPeriod(scope: string, period: string[] | undefined): string {
  if (period === undefined) return scope;
  const words = new Set(scope ? scope.split(',') : []);
  if (period.every((w) => words.has(w))) return scope;
  for (const w of period) words.add(w);
  return [...words].sort().join(',');
}

const membersRead = new WeakMap<SiblingGroup, { titles: string; members: Map<Section, string> }>();
/** The groups whose titles were compared in this lint (check starts it afresh): each is compared once per lint. */
let membersChecked = new WeakSet<SiblingGroup>();

/**
 * The member each section of a group of sibling headings names (一模 / 二模), read once per group and its titles: an
 * outline kept across an edit keeps its groups and sets a retitled heading's title in place (六、第一批项目 typed into
 * 六、三、第一批项目), so the titles read are compared, not only the group.
 */
function membersOf(group: SiblingGroup): Map<Section, string> {
  let known = membersRead.get(group);
  if (known && membersChecked.has(group)) return known.members;
  membersChecked.add(group);
  const titles = group.items.map((o) => o.title);
  const joined = titles.join('\u0000');
  if (!known || known.titles !== joined) {
    const read = membersAmong(titles);
    const members = new Map<Section, string>();
    for (const [i, o] of group.items.entries()) if (read[i] !== undefined) members.set(o, read[i]!);
    membersRead.set(group, (known = { titles: joined, members }));
  }
  return known.members;
}

/** The members of sibling groups a section stands under (一、高血压患者健康管理 over （一）管理情况), as one key. */
function memberKey(section: Section | undefined): string {
  let key = '';
  for (let s = section; s; s = s.parent) {
    const mine = membersOf(s.group).get(s);
    if (mine !== undefined) key = key ? `${mine}|${key}` : mine;
  }
  return key;
}

/** A figure under no group of sibling headings that names members (一、总体情况 beside 二、分项情况; the lines above any). */
function outsideMembers(f: Figure): boolean {
  for (let s = f.paragraph.section; s; s = s.parent) if (membersOf(s.group).size > 0) return false;
  return true;
}

/** Every figure of one value under another member than every figure of the other (（一）特控线 / （二）本科线). */
function apartByMembers(first: Figure[], second: Figure[]): boolean {
  const theirs = second.map((b) => memberKey(b.paragraph.section));
  // 全市基本建成5630套 and, under 2.配售型保障性住房, 基本建成1020套: the whole, stated where no group of headings
  // names members (not under 三、主要做法 beside 一、经济发展 / 四、村级发展), and a figure under a heading naming a
  // kind of thing (not a topic: （一）稳就业, nor an event: （一）节庆活动) are two quantities.
  const membered = (f: Figure) => memberKey(f.paragraph.section).split('|').some(isKindMember);
  if (first.every(membered) ? second.every(outsideMembers) : second.every(membered) && first.every(outsideMembers)) return true;
  return first.every((a) => {
    const mine = memberKey(a.paragraph.section);
    return mine !== '' && theirs.every((k) => k !== '' && k !== mine);
  });
}

/** What the sibling groups of one outline were read to name: families of places and stages, units by index. */
interface Named {
  families: Map<SiblingGroup, Map<string, Set<string>>>;
  units: Map<SiblingGroup, Map<Section, string | undefined>>;
  runIn: Map<SiblingGroup, Map<Section, string>>;
}

/** The run-in label of a numbered item's line: its short phrase up to 。 or ：, with the item's words going on after it. */
// A place or a class of things (东城区, 各县区, 市本级, 专项类, 一组), not a topic (（一）学位供给持续扩大。, （三）就业补助资金审计。).
const RUN_IN_LINE_ZH = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)\s*(\p{sc=Han}{1,6}(?:[省市县縣区區镇鎮乡鄉村]|街道|社区|社區|本级|本級|类|類|组|組|片区|片區|档|檔|批|级|級))[。：:]/u;

/**
 * The case a numbered item's line names, run in or as its title: （一）某餐饮店案。, 2. 某科技有限公司虚假宣传案, 案例二：
 * 某建材经营部销售不合格产品案件。, （三）典型案例3. Not a plan or a record (工作方案, 应急预案, 立案, 结案, 档案).
 */
const CASE_LINE_ZH = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)?\s*(?:(?:典型)?案例[一二三四五六七八九十\d]{0,3}[：:．.、]?\s*)?((?:典型)?案例[一二三四五六七八九十\d]{1,3}(?=\s*$)|[\p{sc=Han}\d“”"（）()]{1,40}[^\P{sc=Han}方预預提议議备備立结結办辦本此该該涉档檔答图圖草法个個专專积積要大串窝窩旧舊破报報审審判定翻销銷撤发發作犯]案(?:件)?)(?:[。：:]|\s*$)/u;

/** A heading or item naming a case: "### Case 2: Beta Logistics Ltd", "2. Case study B – a care home". */
const CASE_LINE_EN = /^\s*(?:#{1,6}\s+)?(?:(?:\d{1,2}|[a-h])[.)]\s+)?(?:\*\*|__)?(case(?:\s+study)?\s+(?:\d{1,2}|[A-H]|[ivx]{1,4})\b.*?)(?:\*\*|__)?\s*$/i;

/**
 * The run-in labels of a group of sibling items (1. 东城区。加装电梯14部。 / 2. 西城区。加装电梯8部。, （一）专项类。… /
 * （二）一般类。…, 1. 市本级。… / 2. 各县区。…), by item: read only where two items or more of the group open with one, and
 * not a topic (1. 基本情况。, （二）主要做法。), which says what the item is about, not whose its figures are.
 */
function runInLabels(group: SiblingGroup, lines: ReadonlyArray<{ text: string }>): Map<Section, string> {
  const out = new Map<Section, string>();
  for (const o of group.items) {
    const m = RUN_IN_LINE_ZH.exec(lines[o.marker.line]?.text ?? '');
    if (m && !TOPIC_LABEL_ZH.test(m[1]) && !NOT_A_LABEL_ZH.test(m[1])) out.set(o, m[1]);
    else {
      // （一）某餐饮店案。依法并处罚款5万元。 / （二）某公司案。依法并处罚款8.4万元。: each case is its own facts.
      // ### Case 1: Acme Foods Ltd / ### Case 2: Beta Logistics Ltd: "The company was fined £50,000" in each.
      const c = CASE_LINE_ZH.exec(lines[o.marker.line]?.text ?? '') ?? CASE_LINE_EN.exec(lines[o.marker.line]?.text ?? '');
      if (c) out.set(o, c[1].toLowerCase());
    }
  }
  if (out.size < 2 || new Set(out.values()).size < 2) out.clear();
  return out;
}

function headingScope(section: Section | undefined, named: Named, lines: ReadonlyArray<{ text: string }>): string {
  const found = new Set<string>();
  for (let s = section, below: Section | undefined; s; below = s, s = s.parent) {
    const read = titleRead(s.title);
    // 三、存在的问题和下一步打算 over （一）存在的问题 and （二）下一步打算: the plan is the plan sibling's; the problems are
    // the report's figures.
    if (read.plan && !(below && !titleRead(below.title).plan && below.group.items.some((o) => o !== below && titleRead(o.title).plan))) found.add('plan');
    if (read.grade) found.add(read.grade);
    for (const word of read.words) {
      // A kind of place or stage scopes a heading that stands beside headings of other members of its kind
      // (（一）城区学校 / （二）农村学校); alone it names the topic (（二）城市更新加快实施).
      const family = FAMILY_OF.get(word);
      if (family && !QUALIFIER_WORDS.has(word) && !contrasted(s, word, family, named.families)) continue;
      found.add(word);
    }
    // （一）网关系统 / （二）支付系统, ### Gateway / ### Payouts: each sibling unit's statements are its own.
    let units = named.units.get(s.group);
    if (!units) {
      const read = unitsAmong(s.group.items.map((o) => o.title));
      named.units.set(s.group, (units = new Map(s.group.items.map((o, i): [Section, string | undefined] => [o, read[i]]))));
    }
    const unit = units.get(s);
    if (unit !== undefined) found.add(`unit:${unit}`);
    else {
      // 1. 东城区。加装电梯14部。 / 2. 西城区。加装电梯8部。: each item's run-in label is its scope.
      let labels = named.runIn.get(s.group);
      if (!labels) named.runIn.set(s.group, (labels = runInLabels(s.group, lines)));
      const label = labels.get(s);
      if (label !== undefined) found.add(`unit:${label}`);
    }
  }
  return [...found].sort().join(',');
}

/** What a heading's title alone says of scope: a plan (model/heading-scope.ts), a grade, its scope words (every match, plan words left out). */
interface TitleScope {
  plan: boolean;
  grade?: string;
  words: string[];
  /** Every scope word matched, plan words included (what its siblings read of it). */
  matched: string[];
}

/**
 * Titles read once, across outlines: a line break typed above a heading builds the outline again with new section
 * objects, but their titles are mostly the same strings. Emptied when it grows past what one long draft has.
 */
const titlesRead = new Map<string, TitleScope>();
const TITLES_KEPT = 20000;

/** 任务完成情况, 目标任务完成情况, 计划执行情况: a heading over what was done of the tasks set. */
const TASKS_DONE_ZH = /(?:任务|任務|目标|目標|计划|計劃)的?(?:完成|落实|落實|执行|執行)情况/;
const TASK_WORDS_ZH = /^(?:任务|任務|目标|目標|计划|計劃|目标任务|目標任務)$/;

function titleRead(title: string): TitleScope {
  let read = titlesRead.get(title);
  if (read) return read;
  const bare = title.replace(/^[\d.．、\s]+/, '').trim();
  const matched = [...matchesOf(withoutQualifierNames(title), SCOPE_WORDS)].map((m) => m[0]);
  // The plan words of a plan heading (目标, 计划) are its 'plan' scope already: 二、2025年主要目标 and 三、重点工作安排
  // are both the plan's.
  // 一、抽检任务完成情况: the tasks done, the year's results (no scope of tasks set).
  const done = TASKS_DONE_ZH.test(title);
  read = { plan: titleScope(title).kind === 'plan', grade: GRADE_TITLE.test(bare) ? bare : undefined, words: matched.filter((w) => !isPlanWord(w) && !(done && TASK_WORDS_ZH.test(w))), matched };
  if (titlesRead.size >= TITLES_KEPT) titlesRead.clear();
  titlesRead.set(title, read);
  return read;
}

/** The figures grouped by value, allowing for the rounding of each (1.2万人 and 12,000人 agree). */
function distinctValues(figures: Figure[]): Figure[][] {
  const clusters: Figure[][] = [];
  for (const f of figures) {
    // 1.2万个 and 1.3万个 are two values (where they touch, 12,500, each would be written as the higher one); shares
    // one digit apart (1.8% and 1.9%) are left alone, as rates of one name are often of two bases.
    const same = clusters.find((c) => {
      const gap = Math.abs(c[0].value - f.value);
      const slack = f.dimension === '%' ? 1e-9 : -1e-9;
      return gap <= 1e-9 || gap < rounding(c[0]) + rounding(f) + slack;
    });
    if (same) same.push(f);
    else clusters.push([f]);
  }
  return clusters;
}

function rounding(f: Figure): number {
  return f.decimals > 0 || f.scale > 1 ? 0.5 * 10 ** -f.decimals * f.scale : 0;
}

/** -minute outage, -hour stoppage: the unit of a span joined to its number by a hyphen, and the noun it qualifies. */
const HYPHENED_SPAN = /^-(?:second|minute|hour|day|week|month|year)\s+[A-Za-z][a-z-]*/;

/** The figure with the words that say what it is: 新增学位3800个, 1,520 volunteers. */
function label(f: Figure): string {
  const text = f.paragraph.text;
  let start = Math.max(f.subjectStart, f.offset - (/\p{sc=Han}/u.test(text.slice(Math.max(0, f.offset - 10), f.offset)) ? 30 : 40));
  // 1-12月社会消费品零售总额: the 1 the span of months opens with.
  if (start === f.subjectStart && text[start - 1] === '1' && /^[-—–－～~至到]\s*(?:12|6)\s*月/.test(text.slice(start, start + 5))) start--;
  // "Referrals: 1,420": a bare count is named by the words of its sentence before it, the label's colon included.
  if (f.dimension === '' && f.subjectStart >= f.offset - 2) {
    const sentence = text.slice(0, f.offset).search(/(?:[.!?;]\s+)?[^.!?;]*$/);
    start = Math.max(sentence < 0 ? 0 : sentence, f.offset - 48);
    while (/[\s.!?;]/.test(text[start] ?? '') && start < f.offset) start++;
  }
  // Never half an English word: "s year we recruited" — but a word joined by a hyphen is taken whole: "short-term deposits".
  while (start > f.subjectStart && /[A-Za-z]/.test(text[start - 1] ?? '') && start < f.offset) start++;
  if (text[start - 1] === '-' && /[A-Za-z]/.test(text[start - 2] ?? '')) {
    const from = start;
    start--;
    while (start > 0 && from - start < 16 && /[A-Za-z-]/.test(text[start - 1])) start--;
  }
  // Nor the minutes of a time: "03:10  Peak air temperature" is named from "Peak".
  if (text[start - 1] === ':' && /\d/.test(text[start - 2] ?? '')) while (start < f.offset && /[\d\s]/.test(text[start])) start++;
  // 全市已改造的624个老旧小区: the noun the classifier counts, where the subject took it from after the figure.
  let end = f.offset + f.length;
  for (let n = Math.min(8, f.subject.length); n >= 2; n--) {
    const noun = f.subject.slice(-n);
    if (/^\p{sc=Han}+$/u.test(noun) && text.startsWith(noun, end)) {
      end += n;
      break;
    }
  }
  // "14,680 home fire safety visits": the noun phrase after a figure read with no unit (fact-conflict/restated.ts).
  const phrase = f.dimension === '' && f.unit === '' ? phraseAfterEn(text, f) : undefined;
  if (phrase) end += 1 + phrase.length;
  // "the 95-minute outage": a span written as a compound with its hyphen, taken whole with the word it qualifies.
  const compound = !phrase && f.dimension === '' && text[end] === '-' ? HYPHENED_SPAN.exec(text.slice(end, end + 40)) : null;
  if (compound) end += compound[0].length;
  // "Of these, 310 were nurses": the part's noun after it.
  if (f.dimension === '' && /\bOf\s+(?:these|them|those|which),\s*$/.test(text.slice(start, f.offset))) end += PART_NOUN_EN.exec(text.slice(end, end + 60))?.[0].length ?? 0;
  const words = text.slice(start, end).trim().replace(/^(?:其中|另有|并|同时)[，,：:\s]*|^[-*+]\s+/, '');
  // | 合计 | 84.6: a table row is shown by its cells, not its pipes.
  const shown = words.replace(MARKUP, '').replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim();
  // Never the figure cut: "Visitor numbers for the year were 214,…" keeps its figure, losing words at the start.
  const figure = text.slice(f.offset, phrase || compound ? end : f.offset + f.length).replace(/\s+/g, ' ');
  if (shown.length > 48 && shown.length - figure.length < 48 && !/\p{sc=Han}/u.test(shown)) return `…${shown.slice(shown.length - 47).replace(/^\S*\s/, '')}`;
  if (shown.length > 40 && shown.length <= 48 && !/\p{sc=Han}/u.test(shown)) return shown;
  return excerpt(shown, 40);
}

/**
 * Two statements of one measure worded differently, whose values are one swap of two adjacent digits apart (£413,600
 * and £431,600, 1,340 and 1,430 volunteers, £3.59m and £3.95m, 村级河湖长376名 and 全县村级河湖长367名): the swap is the
 * evidence of a typing slip. The same unit, scale and precision, at least three digits, the same head noun (the noun
 * after an English count, "employ … people" = employees; the words before "of"/"was" for an English amount; the
 * Chinese name before the figure, less 全县/其中 and the report's own words), the same headings scope and qualifiers, no
 * other value of that head in the draft; neither approximate, in a table, per head, a share, in a sentence naming
 * another year, a change, a target or plan, nor both parts (其中, of which) of wholes; neither with a place or a name
 * of its own (The Leeds hub, 城区), nor with verbs of different classes, nor a unit of time or length (hours, days).
 *
 * The heads are read by the local part, per paragraph (slipHeads: one pass over the paragraph's text, each figure's head
 * from its own clause and sentence, read no further back than SLIP_REACH nor further on than the 80 characters
 * checkSummary reads), and grouped by the document part across edits (slipGroups: a keystroke re-groups the heads of the
 * paragraphs it touched, not the draft's).
 */
interface SlipHead {
  f: Figure;
  head: string;
  digits: string;
  key: string;
  part: boolean;
  verbs: string[];
  names: string;
  /** 截至3月底, "At 31 March": the date a stock is taken at (another date, another stock). */
  dates: string[];
  /** The body's stock as it is when written ("We now have 312 societies", "Our 321 societies …"): under a plan heading too. */
  now?: boolean;
  /** English count: the words after it naming which of its kind it counts ("on the day of the storm"; qualifier-after-en.ts). */
  qual?: string;
}

const SLIP_TIME_UNITS = /^(?:hours?|days?|minutes?|weeks?|months?|years?|nights?|seconds?|miles?|kilometres?|kilometers?|metres?|meters?|km|tonnes?|tons?|times?|percent|per|points?)$/i;
const SLIP_EN_STOP = new Set(['a', 'an', 'the', 'our', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'after', 'with', 'before', 'total', 'overall', 'which', 'and', 'of', 'each', 'all', 'every', 'from', 'for', 'in', 'on', 'by', 'to', 'at', 'we', 'us', 'some', 'means']);
const SLIP_BEFORE_VERB = /([a-z]+)\s+$/i;
/** Weights: a slip in "3.12 million tonnes of cargo" is read as one in a count is (not lengths, as of time). */
const SLIP_MEASURES = new Set(['千克']);
const SLIP_AFTER_VERB = /^\s+(?:(?:was|were|is|are|been|have|has|had)\s+)?([a-z]+ed|gave|ran|took|came|went|made|got|saw|met)\b/i;
/** A figure right after a verb: its object ("gave more than 38,000 hours", "raised £12,400"). */
const FIGURE_OBJECT_EN = /^\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?[£$€]?\d/i;
const SLIP_AMOUNT_NAME = /((?:[A-Za-z][a-z'’-]*\s+){0,3}[A-Za-z][a-z'’-]*)\s+(?:of|was|is|were|totalled|totaled|stood at|reached|came to|amounted to)\s*$/;
/** "fines totalling", "grants amounting to": an amount named by the plural noun before it. */
const TOTALLING_EN = /\b([a-z]+s)\s+(?:totalling|totaling|amounting\s+to)\s*$/i;
/** "they amounted to", "these totalled": a pronoun for amounts named before. */
const POINTED_TOTAL_EN = /\b(?:they|these|those)\s+(?:(?:had|have)\s+)?(?:amounted\s+to|totalled|totaled|came\s+to)\s*$/i;
/** The amounts a pronoun may point back to (the last one named before it). */
const TOTAL_NOUNS_EN = /\b(?:fines|penalties|charges|fees|grants|donations|payments|costs|savings|arrears|awards|refunds|claims|receipts|legacies|bequests|overpayments)\b/i;
const SLIP_THIS_YEAR = /\b(?:[Tt]his|[Oo]ver the|[Dd]uring the|[Ii]n the)\s+year\b,?/g;
const SLIP_OWN_TIME = /\s+(?:in|for|over|during)\s+(?:the\s+)?(?:year|period|quarter)\b/gi;
const SLIP_SUBJECT_EN = /([A-Za-z'’]+)\s+(?:(?:have|has|had|also|now|currently|still)\s+)?[a-z]+\s+$/;
/** "across nine sites", "across all our sites": a spread over places, no place. */
const SLIP_SPREAD = /^\s+across\s+(?:all\s+|our\s+|its\s+|the\s+)*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both)?\s*(?:our\s+|its\s+)?[a-z]+\s*(?:[,.;:!?)]|and\b|$)/i;
/** 下一步，将严格控制……: a plan or a bound in the sentence before the figure (global: read segment by segment). */
const SLIP_PLAN_ZH = /下一步|将|將|拟|擬|确保|確保|力争|力爭|争取|爭取|控制/g;
/** What CHANGE would read as a change in a slip's clause: a part out of a whole, a source, "more than" another figure. */
const SLIP_NO_CHANGE = /\bfrom\s+[\d,.]+\s+of\b|\b(?:responses?|replies|feedback|submissions|applications|referrals|nominations|entries|comments|views|complaints|enquiries|inquiries|donations|bids|returns)\s+from(?=\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?\d)|\bfrom\b(?!\s+(?:about\s+|around\s+)?[£$€]?\d)|\b(?:more|fewer|less) than\s+\d[\d,.]*(?!\s*[\d,.]*\s*(?:last|in|the|previous))/gi;
const SLIP_PART_EN = /^\s*(?:of which|of whom|including)\b/i;
/** "Across the district 5,620 new jobs were created": the body's own area opening the sentence is no verb or subject. */
const SLIP_OWN_AREA_EN = /\b(?:[Aa]cross|[Tt]hroughout)\s+(?:the|our)\s+(?:whole\s+|entire\s+)?(?:district|borough|county|city|area|town|island)\b,?/g;
/** 受理, 接听, 接到, 收到, 接收 before calls, letters, visits and complaints: what a body takes in. */
const RECEIVED_ZH = /^(?:受理|接听|接聽|接到|收到|接收|接报|接報)((?:群众|群眾|市民)?(?:来电|來電|来信|來信|来访|來訪|投诉|投訴|举报|舉報|诉求|訴求|热线电话|熱線電話)(?:件|件次|个|個|条|條)?)$/;
/** "None of this would have been possible without", "could not have done it without": thanks, whose would is no condition. */
const THANKS_EN = /\b(?:would|could)(?:\s+not|n['’]t)?\s+(?:have\s+been|be|have\s+done\s+(?:it|this|any\s+of\s+(?:it|this)))\s+(?:possible\s+|impossible\s+)?without\b/gi;
const SLIP_OWN_ZH = /^(?:全[县縣区區市省镇鎮乡鄉]|全年|其中|共|共有|现有|現有|有)+/;
/** How far before a figure its clause and sentence are read at most (a clause longer than this is read from here on). */
const SLIP_REACH = 300;
/** How far after a figure its words are read: no further than the 80 characters after it that checkSummary reads. */
const SLIP_AFTER = 80;
const MARKUP_CHARS = '*_`~';
const WHITE = /\s/;
const SLIP_SENTENCE_ENDS = '.!?。！？；;';
const SLIP_CLAUSE_MARKS = '，,;；。！？!?';

/** What one pass over a paragraph's text has read up to `pos`: the last sentence end, clause start, 其中 and plan word. */
interface SlipReader {
  pos: number;
  sentence: number;
  clause: number;
  part: number;
  plan: number;
}

/** Sentence ends (1) and clause marks (2) by character code: 。！？；;.!? end a sentence, and all but . a clause. */
const SLIP_MARKS = new Uint8Array(0x10000);
for (const c of SLIP_SENTENCE_ENDS) SLIP_MARKS[c.charCodeAt(0)] |= 1;
for (const c of SLIP_CLAUSE_MARKS) SLIP_MARKS[c.charCodeAt(0)] |= 2;
const QI = '其'.charCodeAt(0);
const ZHONG = '中'.charCodeAt(0);
const FULL_STOP = '.'.charCodeAt(0);

/** Reads the paragraph's text on from where the reader stands to `to` (a figure's offset): each character once. */
function readUpTo(text: string, to: number, r: SlipReader): void {
  if (to < r.pos) Object.assign(r, { pos: 0, sentence: 0, clause: 0, part: -1, plan: -1 });
  // 其中 and the plan words wholly before `to`, including those that straddle where the last read stopped.
  for (let i = Math.max(0, r.pos - 1); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === QI) {
      if (i + 1 < to && text.charCodeAt(i + 1) === ZHONG) r.part = i;
      continue;
    }
    if (i < r.pos) continue;
    const mark = SLIP_MARKS[c];
    if (mark === 0) continue;
    if (mark & 1) r.sentence = i;
    // A full stop ends a clause before white space or at the end (not 3.5 nor e.g.).
    if (mark & 2 || (c === FULL_STOP && (i + 1 === text.length || WHITE.test(text[i + 1])))) r.clause = i + 1;
  }
  const from = Math.max(0, r.pos - 2);
  const segment = text.slice(from, to);
  SLIP_PLAN_ZH.lastIndex = 0;
  for (let m = SLIP_PLAN_ZH.exec(segment); m; m = SLIP_PLAN_ZH.exec(segment)) r.plan = from + m.index;
  r.pos = to;
}

/**
 * The run of Chinese characters that ends the string (村级河湖长 of 其中，村级河湖长), Markdown marks left out (**全市**),
 * read back from its end.
 */
function hanRunAtEnd(s: string): string {
  let i = s.length;
  while (i > 0) {
    const code = s.charCodeAt(i - 1);
    const width = code >= 0xdc00 && code <= 0xdfff && i > 1 ? 2 : 1;
    const c = s.slice(i - width, i);
    if (!MARKUP_CHARS.includes(c) && !HAN.test(c)) break;
    i -= width;
  }
  return s.slice(i).replace(MARKUP, '');
}

/** Where the last `words` words of the string start (words: runs of anything but white space), read back from its end. */
function lastWords(s: string, words: number): string {
  let i = s.length;
  for (let k = 0; k < words && i > 0; k++) {
    while (i > 0 && WHITE.test(s[i - 1])) i--;
    while (i > 0 && !WHITE.test(s[i - 1])) i--;
  }
  return s.slice(i);
}

const DIGIT_SEPARATORS = /[,，\s]/g;
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
const LEADING_ZEROS = /^0+/;
function slipDigits(f: Figure): string | undefined {
  const written = f.paragraph.text.slice(f.numberStart, f.numberEnd).replace(DIGIT_SEPARATORS, '');
  if (!PLAIN_DECIMAL.test(written)) return undefined;
  const digits = written.replace('.', '').replace(LEADING_ZEROS, '');
  return digits.length >= 3 ? digits : undefined;
}

function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The heads of one paragraph's figures (the local part's: kept with the paragraph until it changes). */
function slipHeads(paragraph: Paragraph, figures: readonly Figure[], period: OwnPeriod | undefined, region: readonly string[]): SlipHead[] {
  const out: SlipHead[] = [];
  const reader: SlipReader = { pos: 0, sentence: 0, clause: 0, part: -1, plan: -1 };
  for (const f of figures) {
    if (f.approximate || f.words || f.cell !== undefined || paragraph.tableHeader || f.value <= 0 || f.unit === '成' || f.unit === 'fraction') continue;
    if (f.dimension === '%' || f.dimension === '百分点' || f.dimension === '' || NAMED_PER_HEAD.test(f.subject)) continue;
    const digits = f.numberEnd - f.numberStart < 3 ? undefined : slipDigits(f);
    if (digits === undefined) continue;
    readUpTo(paragraph.text, f.offset, reader);
    const h = slipHead(f, digits, period, reader, ownAreaOf(f, region));
    if (h) out.push(h);
  }
  return out;
}

/** The Chinese sentence before a figure, up to SLIP_REACH (7.9% of 空置率为7.9%，在册… ends no sentence, as the reader's stop does). */
function sentenceZh(text: string, offset: number): string {
  const lead = text.slice(Math.max(0, offset - SLIP_REACH), offset);
  return lead.slice(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('；')) + 1);
}

function slipHead(f: Figure, digits: string, period: OwnPeriod | undefined, r: SlipReader, area: readonly string[]): SlipHead | undefined {
  const text = f.paragraph.text;
  // "each of our 1,340 volunteers" is the whole count, not a count per head.
  if (f.perUnit && !/\beach of (?:our|the|its|their)\s+$/i.test(text.slice(Math.max(0, f.offset - 20), f.offset))) return undefined;
  const end = f.offset + f.length;
  // The clause: from the last clause mark before the figure (a label before a colon is the figure's clause too) to the
  // next one after it, no further than the 80 characters after the figure.
  const stop = text.slice(end, end + SLIP_AFTER + 2).search(CLAUSE_END);
  const clause = text.slice(Math.max(r.clause, f.offset - SLIP_REACH), Math.min(stop < 0 ? text.length : end + stop, end + SLIP_AFTER));
  // Its sentence before it (from the sentence's end mark), and the 80 characters after it (a mark where the text goes on,
  // so that no pattern ends there).
  const lead = text.slice(Math.max(r.sentence, f.offset - SLIP_REACH), f.offset);
  const after = end + SLIP_AFTER < text.length ? `${text.slice(end, end + SLIP_AFTER)}\u0000` : text.slice(end);
  let head: string | undefined;
  let part = false;
  let qual: string | undefined;
  const verbs: string[] = [];
  let tempNames: string | undefined;
  let stockNow = false;
  if (HAN.test(f.subject)) {
    // 最高气温38.5℃: a day's reading, of many days (English peaks only: extremeTemperatureEn).
    if (f.dimension === '°C') return undefined;
    // 2025年全区共新增公办学位: the 年 of a year before the words is no word of the name (the year is a qualifier).
    let name = hanRunAtEnd(lead).replace(YEAR_REST_ZH.test(lead.slice(0, lead.length - hanRunAtEnd(lead).length)) ? /^年度?/ : /^(?!)/, '').replace(SLIP_OWN_ZH, '');
    for (const w of period?.words ?? UNTITLED_OWN_WORDS) if (w && name.startsWith(w)) name = name.slice(w.length);
    name = name.replace(SLIP_OWN_ZH, '');
    if (countHanScript(name) < 3) return undefined;
    // 受理群众来电2140件 and 共接听群众来电2410件: the calls, letters and complaints a body takes in, whichever verb of
    // taking in (not 办理, 办结: those dealt with; nor 申请, whose 受理 is the accepting of those received).
    head = name.replace(RECEIVED_ZH, '收$1');
    part = r.part >= 0 && r.part >= r.sentence;
    // 下一步，将严格控制……支出16.8万元以内: a bound or a plan, not a result.
    if ((r.plan >= 0 && r.plan >= r.sentence) || /^\s*(?:以内|以下|之内|左右|以上|内)/.test(after)) return undefined;
  } else if (f.dimension === 'count') {
    if (!/^[a-z]+$/i.test(f.unit) || SLIP_TIME_UNITS.test(f.unit)) return undefined;
    // The last words before it: the verb, and the subject before the verb (and an auxiliary); "This year 1,840 volunteers
    // helped": the report's own year opening the sentence is neither.
    const near = lastWords(lead.replace(SLIP_THIS_YEAR, ' ').replace(SLIP_OWN_AREA_EN, ' '), 4);
    const bv = SLIP_BEFORE_VERB.exec(near);
    const verb = bv && !SLIP_EN_STOP.has(bv[1].toLowerCase()) ? bv[1].toLowerCase() : undefined;
    if (verb !== undefined && !/^[a-z]+$/.test(verb)) return undefined;
    // An adjective or a name right before the figure ("the Leeds 1,870"): not ours to read.
    if (verb !== undefined && /^[A-Z]/.test(bv![1])) return undefined;
    head = verb !== undefined ? nounOf(verb, f.unit.toLowerCase()) : singular(f.unit.toLowerCase());
    if (head === 'people' || head === 'person') return undefined;
    // "Our 321 societies will be at the heart of our plans", "The 321 societies that make up our community …": the body's
    // stock as it is, named opening the sentence; what the sentence says will happen to them is no time of the count.
    const opening = lead.replace(SENTENCE_MARK_LEAD, '').replace(/^[*_]+/, '');
    if (verb === undefined && (/^Our\s+$/.test(opening) || (/^The\s+$/.test(opening) && THE_OWN_AFTER_EN.test(after)))) {
      stockNow = true;
    }
    // "The café served 14,200 customers": a subject of its own, not the body's count.
    if (verb !== undefined) {
      const subject = SLIP_SUBJECT_EN.exec(near);
      if (subject && !/^(?:we|i)$/i.test(subject[1]) && !period?.names.has(subject[1].toLowerCase()) && !ownTeamSubject(near, subject[1])) return undefined;
      verbs.push(verbClass(verb, f.unit.toLowerCase()));
    }
    // "Our 1,240 volunteers gave more than 38,000 hours": a verb whose object is another figure states that figure, not
    // how the count was counted (This year 1,420 volunteers supported children).
    const av = SLIP_AFTER_VERB.exec(after);
    if (av && !FIGURE_OBJECT_EN.test(after.slice(av[0].length))) verbs.push(verbClass(av[1].toLowerCase()));
    // "1,430 hours of training", "volunteers in Leeds": a count of something named after it.
    // A scope after the count: a place, or whom it was made with or through (with our partners: WITH_AFTER).
    if (WITH_AFTER.test(after) || WIDENED_AFTER.test(after)) return undefined;
    if (/^\s+(?:of|in|at|across|among|within)\b/i.test(after) && !SLIP_SPREAD.test(after) && !SPREAD_IN_AFTER.test(after) && !/^\s+(?:in|during|over)\s+(?:the\s+)?(?:year|quarter|period|(?:19|20)\d\d)\b/i.test(after)) return undefined;
    part = SLIP_PART_EN.test(clause) || /^\s+[^,.;:!?]{0,30}\bof (?:them|whom)\b/i.test(after);
    qual = qualifierAfterEn(after);
  } else if (SLIP_MEASURES.has(f.dimension) && /^[a-z ]+$/i.test(f.unit) && !HAN.test(lead)) {
    // "The Authority handled 3.12 million tonnes of cargo" and "the port handled 3.21 million tonnes of cargo": the
    // body's verb and what the measure is of.
    const near = lastWords(lead, 4);
    const bv = SLIP_BEFORE_VERB.exec(near);
    const of = /^\s+of\s+([a-z]+)\b/i.exec(after);
    if (!bv || !of || SLIP_EN_STOP.has(bv[1].toLowerCase()) || /^[A-Z]/.test(bv[1])) return undefined;
    const subject = SLIP_SUBJECT_EN.exec(near);
    if (subject && !/^(?:we|i)$/i.test(subject[1]) && !period?.names.has(subject[1].toLowerCase())) return undefined;
    head = of[1].toLowerCase();
    verbs.push(verbClass(bv[1].toLowerCase()));
    part = SLIP_PART_EN.test(clause);
  } else if (f.dimension === '°C' && !HAN.test(lead)) {
    // "The air temperature in the chamber peaked at 11.4°C" and "Peak air temperature of 14.1°C": the extreme of one
    // episode, named by the temperature and its peak (or low), is one fact; a temperature without one is a reading of
    // many (fact-conflict/temperatures.ts).
    const read = extremeTemperatureEn(lead);
    if (!read) return undefined;
    head = read.head;
    tempNames = read.names;
  } else if (/^[A-Z]{3}$/.test(f.dimension)) {
    // The name before "of" or "was" (up to four words, and the report's own time: "for the year").
    const near = lastWords(lead, 12).replace(SLIP_OWN_TIME, '');
    // "the courts imposed fines totalling £48,200": the noun right before "totalling" names the amount.
    const totalling = TOTALLING_EN.exec(near);
    // "…; they amounted to £42,800": the amounts a pronoun points back to, named before it in the paragraph.
    const pointing = totalling ? null : POINTED_TOTAL_EN.exec(near);
    if (totalling && !SLIP_EN_STOP.has(totalling[1].toLowerCase())) head = totalling[1].toLowerCase();
    else if (pointing) {
      // Not after a change or another time in its sentence ("the fees rose; they came to…", "In 2026…; they…").
      const sentence = text.slice(Math.max(0, f.offset - SLIP_REACH), f.offset).split(/[.!?]\s/).pop()!;
      // Nor a part ("Of the fines issued, 41 remained unpaid; in total they amounted to…": the unpaid ones).
      if (CHANGE.test(sentence) || SETS_APART.test(sentence) || /\b[Oo]f\s+(?:the|these|those|them|which|whom)\b/.test(sentence)) return undefined;
      const named = lastMatch(TOTAL_NOUNS_EN, text.slice(Math.max(0, f.offset - SLIP_REACH), f.offset - pointing[0].length));
      if (!named) return undefined;
      head = named[0].toLowerCase();
    } else {
      const name = SLIP_AMOUNT_NAME.exec(near);
      if (!name) return undefined;
      const words = name[1].toLowerCase().split(/\s+/).filter((w) => !SLIP_EN_STOP.has(w) && !/['’]s$/.test(w));
      if (words.length === 0) return undefined;
      head = words.slice(-2).join(' ');
    }
    if (/^\s+(?:on|for|in|at|to|from)\b(?!\s+total\b)/i.test(after) && !/^\s+(?:in|during|over|for)\s+(?:the\s+)?(?:year|quarter|period|(?:19|20)\d\d)\b/i.test(after)) return undefined;
    part = SLIP_PART_EN.test(clause);
  }
  if (head === undefined) return undefined;
  // "in 2024/25" in the 2024/25 report is its own year, as "in 2025" is.
  const told = stockNow ? clause.slice(0, Math.max(0, clause.lastIndexOf(text.slice(f.offset, end)))) : clause;
  const own = period ? (period.fiscalForm ? told.replace(new RegExp(period.fiscalForm.source, 'g'), ' ') : told).split(period.year).join('') : told;
  // "responses came from 1,812 of our 2,410 employees" (a part out of a whole), "income from the bars" (a source),
  // "gave more than 26 hours" (of another figure): no change.
  // "None of this would be possible without the 1,480 volunteers": thanks, no condition.
  if (SETS_APART.test(own.replace(THANKS_EN, ' ')) || CHANGE.test(own.replace(VALUE_ADDED, '').replace(SLIP_NO_CHANGE, ''))) return undefined;
  // Names in its clause other than the report's own (The Leeds hub, the York office) scope it.
  // "across the Riverside and Eastgate wards": the names of a spread over places (SLIP_SPREAD) are no scope.
  const spread = f.dimension === 'count' && SLIP_SPREAD.test(after) ? new Set(/^\s+across\s+[^,.;:!?()]*/i.exec(after)![0].match(/\b[A-Z][a-z]+/g)) : undefined;
  const clauseWords = (clause.replace(/^\s*\S+/, '').match(/\b[A-Z][a-z]+/g) ?? []).filter((w) => !spread?.has(w));
  // A month ("In the year to 31 July 2026") is a date, read as one (dates), and "We" no name.
  const names = tempNames ?? clauseWords.map((w) => w.toLowerCase()).filter((w) => !(period?.names.has(w)) && w !== 'i' && w !== 'we' && !MONTHS_EN.has(w)).sort().join(' ');
  // "this year" is the report's own year, whether or not a title says which.
  // 累计支出办公经费326万元 and 全年共支出办公经费362万元 in a year's summary: a running total since no date named (截至,
  // 以来) is the year's, where two values one swap apart say the same amount (局机关累计支出 = 局机关全年共支出).
  const yearTotal = period !== undefined && !period.half && period.kind === 'summary' && !SINCE_ZH.test(lead);
  if (yearTotal && HAN.test(head)) head = head.replace(YEAR_TOTAL_WORDS_ZH, '');
  // 截至2026年9月31日，全院共受理各类案件28416件 in the 前三季度 report: the end of its own time, as an undated figure is.
  const sinceZh = HAN.test(head) ? stockDatesZh(sentenceZh(text, f.offset)) : undefined;
  const atOwnEnd = sinceZh !== undefined && ownEndZh(sinceZh, lead, period);
  // (The words after the body's stock named opening its sentence tell what is to happen to it: no qualifier of the count.)
  const qualifiers = f.qualifiers.filter((q) => q !== 'this year' && !(stockNow && !lead.includes(q)) && !(atOwnEnd && OWN_END_QUALIFIERS.has(q)) && !(yearTotal && (q === '累计' || q === '累計')) && !area.includes(q) && !(!period && UNTITLED_OWN_WORDS.includes(q)) && !(period && (q === period.year || q === `${period.year}年` || period.words.includes(q) || (q === period.fiscalStart && period.fiscalForm!.test(clause))))).sort().join(',');
  return { f, head, digits, key: `${f.dimension}|${f.dimension === 'count' ? '' : f.unit}|${f.scale}|${f.decimals}|${qualifiers}`, part, verbs, names, now: stockNow || (verbs.includes('stock') && NOW_HAVE_EN.test(lead)), dates: sinceZh !== undefined ? (atOwnEnd || (sinceZh.length === 0 && ownEndKnown(lead, period)) ? [OWN_END] : sinceZh) : monthsEn(lead), qual };
}

/** The sentence's mark and white space before its words. */
const SENTENCE_MARK_LEAD = /^[.!?。！？；;]?\s*/;
/** " that make up our community", " who form our membership": the body's own whole of the noun after "The N nouns". */
const THE_OWN_AFTER_EN = /^\s+(?:that|which|who)\s+(?:make\s+up|form|belong\s+to)\s+our\b/i;
/** "We now have", "we currently employ": the stock as it is when written. */
const NOW_HAVE_EN = /\b(?:now|currently)\s+(?:have|has|employ|employs|run|runs|operate|operates)\s+$/i;

/**
 * "the programme reached 18,400 pupils", "our team answered …": the body's own work named by a word any body calls itself
 * by (programme, project, team; body-words.json), after "the" or "our" — not a kind of body that tells one from another
 * (the foundation, the council), which counts as the body's only where the title names it.
 */
function ownTeamSubject(near: string, subject: string): boolean {
  const word = subject.toLowerCase();
  return BODY_WORDS.self.has(word) && !BODY_WORDS.kinds.has(word) && !BODY_WORDS.writers.includes(word) && new RegExp(`\\b(?:[Tt]he|[Oo]ur)\\s+${subject}\\s`).test(near);
}

/** A name of three to five words in capitals (of, and, for between them): Security Operations Centre. */
const NAME_RUN_EN = /\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for)\s+)?[A-Z][a-z]+){2,4}\b/;
const NAME_RUNS_EN = new RegExp(NAME_RUN_EN.source, 'g');
/** The words with each such name (lower case, as the model gives them) replaced by its initials, as "the SOC" writes it. */
function withInitialsEn(before: string, stated: string): string {
  let out = stated;
  for (const m of matchesOf(before, NAME_RUNS_EN)) {
    const words = m[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w) && w !== 'The');
    // Three words at least: two initials are too short to name a measure (the 2024–25 General Fund budget).
    if (words.length < 3) continue;
    const name = words.map((w) => w.toLowerCase()).join(' ');
    if (out.includes(name)) out = out.replace(name, words.map((w) => w[0].toLowerCase()).join(''));
  }
  return out;
}
/** The words of a moment that the end of the report's own time makes its own (截至, 年底). */
const OWN_END_QUALIFIERS = new Set(['截至', '截止', '月底', '年底', '年末']);
/** Whether the title names when the report's time ends, and a figure with no date of its own and no running total is at it. */
function ownEndKnown(lead: string, period: OwnPeriod | undefined): boolean {
  return period !== undefined && period.kind !== 'plan' && !/累计|累計|以来|以來|至今/.test(lead) && ownEndMonthZh(period.title ?? '', period.kind === 'summary' && !period.half, period.half) !== undefined;
}
/** 截至9月底 in the 前三季度 report, with no running total (累计) nor year of its own: the report's own time (own-end.ts). */
function ownEndZh(dates: readonly string[], lead: string, period: OwnPeriod | undefined): boolean {
  if (!period || period.kind === 'plan' || dates.length !== 1 || /累计|累計/.test(lead)) return false;
  const year = /((?:19|20)\d\d)年(?=\d{1,2}月|底|末)/.exec(lead);
  if (year && year[1] !== period.year) return false;
  const month = ownEndMonthZh(period.title ?? '', period.kind === 'summary' && !period.half, period.half);
  return month !== undefined && monthEndZh(dates[0], month);
}

/** 在全年, 在今年 opening the words of a base (…的基础上). */
const OWN_BASE_LEAD_ZH = /^(?:将|將|要)?在(?=全年|今年|本年)/;
/** A year's digits right before the Han run of a name (2025 of 2025年全区…). */
const YEAR_REST_ZH = /(?:19|20)\d\d$/;
/** 截至11月底, 2019年以来, 至今, 历年: a running total from or to a date of its own. */
const SINCE_ZH = /截至|截止|以来|以來|至今|历年|歷年|(?:19|20)\d\d年/;
/** 全年共, 累计, 共计 inside a name: the year's total, as the words of a year's summary say it. */
const YEAR_TOTAL_WORDS_ZH = /(?:全年|累计|累計)(?:共计|共計|共)?|共计|共計/g;

/** One head as grouped: with where its paragraph stands (its headings scope; its part is in its group's key). */
interface SlipEntry {
  h: SlipHead;
  where: string;
  group: string;
}

/**
 * The heads of the draft by head noun and part, kept for the document's next version (every version of an incremental
 * model shares its memo), as keptGroups keeps the figures: the paragraphs whose heads or scopes are not those of last
 * time are taken out and put in again. `candidates`: the groups with two values one digit swap apart (the only ones
 * read for findings).
 */
interface SlipGroups {
  slips: SlipHead[][];
  parts: number[];
  wheres: string[];
  entries: SlipEntry[][];
  groups: Map<string, { list: SlipEntry[]; values: Map<number, number> }>;
  candidates: Set<string>;
}

const slipsKept = new WeakMap<object, SlipGroups>();

function addSlips(kept: SlipGroups, slips: SlipHead[], part: number, where: string, touched: Set<string>): SlipEntry[] {
  return slips.map((h) => {
    const e = { h, where, group: `${h.head}|${part}` };
    let g = kept.groups.get(e.group);
    if (!g) kept.groups.set(e.group, (g = { list: [], values: new Map() }));
    g.list.push(e);
    g.values.set(h.f.value, (g.values.get(h.f.value) ?? 0) + 1);
    touched.add(e.group);
    return e;
  });
}

/** Takes the entries out of their groups: each group's list filtered once (a paragraph's many entries of one head). */
function removeSlips(kept: SlipGroups, removed: SlipEntry[], touched: Set<string>): void {
  if (removed.length === 0) return;
  const gone = new Set(removed);
  const groups = new Set<string>();
  for (const e of removed) {
    const g = kept.groups.get(e.group);
    if (!g) continue;
    groups.add(e.group);
    const count = (g.values.get(e.h.f.value) ?? 1) - 1;
    if (count > 0) g.values.set(e.h.f.value, count);
    else g.values.delete(e.h.f.value);
  }
  for (const group of groups) {
    const g = kept.groups.get(group)!;
    g.list = g.list.filter((e) => !gone.has(e));
    if (g.list.length === 0) kept.groups.delete(group);
    touched.add(group);
  }
}

/** Whether a group holds two values, some statement of one a digit swap of some statement of the other. */
function classify(kept: SlipGroups, group: string): void {
  const g = kept.groups.get(group);
  kept.candidates.delete(group);
  if (!g || g.values.size !== 2) return;
  const [x] = g.values.keys();
  const dx = new Set<string>();
  const dy = new Set<string>();
  for (const e of g.list) (e.h.f.value === x ? dx : dy).add(e.h.digits);
  for (const a of dx) for (const b of dy) if (transposed(a, b)) return void kept.candidates.add(group);
}

function slipGroups(memo: object, slips: SlipHead[][], parts: number[], wheres: string[]): SlipGroups {
  const n = slips.length;
  let kept = slipsKept.get(memo);
  const m = kept?.slips.length ?? 0;
  let head = 0;
  let tail = 0;
  if (kept) {
    const was = kept;
    [head, tail] = unchangedEnds(n, m, (i, j) => slips[i] === was.slips[j] && parts[i] === was.parts[j] && wheres[i] === was.wheres[j]);
  }
  const touched = new Set<string>();
  if (!kept || n - tail - head > REGROUPED_MAX || m - tail - head > REGROUPED_MAX) {
    kept = { slips: [...slips], parts: [...parts], wheres: [...wheres], entries: [], groups: new Map(), candidates: new Set() };
    for (let i = 0; i < n; i++) kept.entries.push(addSlips(kept, slips[i], parts[i], wheres[i], touched));
    for (const group of touched) classify(kept, group);
    slipsKept.set(memo, kept);
  } else if (head < n || n !== m) {
    // Forgotten while it is changed: a throw half-way leaves nothing half-changed for the next version.
    slipsKept.delete(memo);
    removeSlips(kept, kept.entries.slice(head, m - tail).flat(), touched);
    const added: SlipEntry[][] = [];
    for (let i = head; i < n - tail; i++) added.push(addSlips(kept, slips[i], parts[i], wheres[i], touched));
    spliceAll(kept.slips, head, m - tail - head, slips.slice(head, n - tail));
    spliceAll(kept.parts, head, m - tail - head, parts.slice(head, n - tail));
    spliceAll(kept.wheres, head, m - tail - head, wheres.slice(head, n - tail));
    spliceAll(kept.entries, head, m - tail - head, added);
    for (const group of touched) classify(kept, group);
    slipsKept.set(memo, kept);
  }
  return kept;
}

/** The pairs of one measure stated with two values one digit swap apart: the later statement, and the one before it. */
function transposedPairs(memo: object, slips: SlipHead[][], parts: number[], wheres: string[], reported: Set<Figure>): Array<[Figure, Figure]> {
  const kept = slipGroups(memo, slips, parts, wheres);
  const lists: SlipEntry[][] = [];
  for (const group of kept.candidates) lists.push([...kept.groups.get(group)!.list].sort((a, b) => compareFigures(a.h.f, b.h.f)));
  lists.sort((a, b) => compareFigures(a[0].h.f, b[0].h.f));
  const out: Array<[Figure, Figure]> = [];
  for (const list of lists) {
    for (let j = 1; j < list.length; j++) {
      const b = list[j];
      const a = list.find((x) => x.h.f.value !== b.h.f.value);
      if (!a || a.h.f.paragraph === b.h.f.paragraph || reported.has(a.h.f) || reported.has(b.h.f)) continue;
      if (a.h.key !== b.h.key || (a.where !== b.where && !nowAlike(a, b)) || a.h.names !== b.h.names || (a.h.part && b.h.part) || !transposed(a.h.digits, b.h.digits)) continue;
      if (a.h.verbs.length > 0 && b.h.verbs.length > 0 && !a.h.verbs.some((v) => b.h.verbs.includes(v))) continue;
      if (otherDates(a.h.dates, b.h.dates) || inOtherItems(a.h.f, b.h.f)) continue;
      // "212 calls on the day of the storm" and "221 calls from exhibitors about parking": two kinds of calls counted.
      if ((a.h.qual ?? '') !== (b.h.qual ?? '')) continue;
      out.push(oddOneOut(list, a, b));
      break;
    }
  }
  return out;
}

/**
 * "We now have 312 societies" under 3. Activities and "Our 321 societies will be at the heart of our plans" under 6. Looking
 * ahead: the body's stock as it is, told under a plan heading too, is one stock (the headings less their plan words).
 */
function nowAlike(a: SlipEntry, b: SlipEntry): boolean {
  const stock = (h: SlipHead) => h.verbs.length === 0 || h.verbs.includes('stock');
  if (!(a.h.now || b.h.now) || !stock(a.h) || !stock(b.h)) return false;
  const less = (where: string) => where.split(',').filter((w) => w !== '' && !NOW_IGNORES.test(w)).join(',');
  return less(a.where) === less(b.where);
}

/** The heads' keys less their qualifiers: dimension, unit, scale and precision. */
function measureOfKey(key: string): string {
  return key.split('|').slice(0, 4).join('|');
}
const PLAN_WHERE = /(?:^|,)plan(?=,|$)/g;
/** A plan word anywhere in a figure's sentence (after it too: 力争全年营业收入达到3.28亿元以上 is read before; 3.28亿元的目标 after). */
const PLAN_SENTENCE_ZH = /下一步|计划|計劃|目标|目標|预计|預計|力争|力爭|争取|爭取|确保|確保|将|將|拟|擬|打算|预期|預期|任务|任務/u;

/**
 * The pairs of one Chinese measure named in other words, whose values are one swap of two digits apart
 * (fact-conflict/permuted.ts): in one part of the draft, the same unit, scale and precision, the same qualifiers but
 * for a spread the names hold (各乡镇) and the title's, the same headings scope (a plan heading aside where neither sentence says a plan), neither
 * a part, under no two sibling headings of places, and no third value named alike. The later statement, and the other.
 */
function permutedPairsZh(kept: SlipGroups, ownYears: Map<number, OwnPeriod>, reported: Set<Figure>): Array<[Figure, Figure]> {
  const byMeasure = new Map<string, Array<{ e: SlipEntry; part: number }>>();
  kept.entries.forEach((list, i) => {
    for (const e of list) {
      if (!HAN.test(e.h.head) || e.h.part) continue;
      const k = `${kept.parts[i]}|${measureOfKey(e.h.key)}|${[...e.h.digits].sort().join('')}`;
      const bucket = byMeasure.get(k);
      if (bucket) bucket.push({ e, part: kept.parts[i] });
      else byMeasure.set(k, [{ e, part: kept.parts[i] }]);
    }
  });
  const out: Array<[Figure, Figure]> = [];
  for (const bucket of byMeasure.values()) {
    if (bucket.length < 2) continue;
    const period = ownYears.get(bucket[0].part);
    const title = period?.title ?? '';
    const yearReport = period !== undefined && !period.half;
    const sentence = (f: Figure) => sentenceOfZh(f.paragraph.text, f.offset, f.offset + f.length);
    const qualifiers = (h: SlipHead, other: SlipHead) => h.key.split('|')[4].split(',').filter((q) => q && !h.f.subject.includes(`各${q}`) && !other.f.subject.includes(`各${q}`) && !title.includes(q)).join(',');
    pairs: for (let j = 1; j < bucket.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = bucket[i].e;
        const b = bucket[j].e;
        if (a.h.f.paragraph === b.h.f.paragraph || reported.has(a.h.f) || reported.has(b.h.f) || !permutedDigits(a.h.digits, b.h.digits)) continue;
        if (qualifiers(a.h, b.h) !== qualifiers(b.h, a.h) || otherDates(a.h.dates, b.h.dates) || inOtherItems(a.h.f, b.h.f) || apartByMembers([a.h.f], [b.h.f])) continue;
        // 力争营业收入3.28亿元, 3.28亿元的目标: a plan in the figure's clause; under a plan heading, in its sentence
        // (完成年度计划的104.1% is an outcome measured against the plan).
        if (PLAN_SENTENCE_ZH.test(clauseOfZh(a.h.f)) || PLAN_SENTENCE_ZH.test(clauseOfZh(b.h.f))) continue;
        const planned = (f: Figure) => PLAN_SENTENCE_ZH.test(sentence(f).replace(DONE_OF_PLAN_ZH, ''));
        if (a.where !== b.where && (planned(a.h.f) || planned(b.h.f) || a.where.replace(PLAN_WHERE, '') !== b.where.replace(PLAN_WHERE, ''))) continue;
        if (!sameMeasureZh(a.h.f.subject, b.h.f.subject, title, yearReport)) continue;
        // A third value of the measure: a figure listed per place or per time, not one figure stated twice.
        const alike = [...byMeasure.values()].flat().filter(({ e }) => e.h.f.value !== a.h.f.value && e.h.f.value !== b.h.f.value && sameMeasureZh(e.h.f.subject, a.h.f.subject, title, yearReport));
        if (alike.length > 0) continue;
        const same = (v: number) => bucket.filter(({ e }) => e.h.f.value === v && sameMeasureZh(e.h.f.subject, a.h.f.subject, title, yearReport)).length;
        const [early, late] = compareFigures(a.h.f, b.h.f) < 0 ? [a.h.f, b.h.f] : [b.h.f, a.h.f];
        out.push(same(early.value) < same(late.value) ? [early, late] : [late, early]);
        break pairs;
      }
    }
  }
  return out;
}

/** 完成年度计划的104.1%, 超额完成全年目标任务: an outcome set against the plan, no plan. */
const DONE_OF_PLAN_ZH = /(?:超额)?完成(?:了)?(?:年度|全年|本年度?)?(?:计划|計劃|目标|目標)(?:任务|任務)?/gu;
/** The Chinese clause a figure stands in (from the clause mark before it to the one after it). */
function clauseOfZh(f: Figure): string {
  const text = f.paragraph.text;
  const end = f.offset + f.length;
  const before = text.slice(Math.max(0, f.offset - SLIP_REACH), f.offset);
  const from = Math.max(...[...'，,；;。！？：:'].map((c) => before.lastIndexOf(c))) + 1;
  const stop = text.slice(end).search(/[，,；;。！？]/);
  return `${before.slice(from)}${text.slice(f.offset, stop < 0 ? text.length : end + stop)}`;
}

/** The Chinese sentence a figure stands in (from the mark before it to the mark after it). */
function sentenceOfZh(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - SLIP_REACH), start);
  const from = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  const stop = text.slice(end).search(/[。；！？]/);
  return `${before.slice(from)}${text.slice(start, stop < 0 ? text.length : end + stop)}`;
}

/**
 * The statement of a transposed pair to report, and the other: the odd one out (its value stated once, the other's
 * twice or more, by the same head in the same scope: "We received 486 concerns… Of the 486 concerns" and "the 468
 * concerns" later), else the later one. (The list is in the draft's order; `a` may come after `b`.)
 */
function oddOneOut(list: readonly SlipEntry[], a: SlipEntry, b: SlipEntry): [Figure, Figure] {
  const [early, late] = compareFigures(a.h.f, b.h.f) < 0 ? [a, b] : [b, a];
  let earlyCount = 0;
  let lateCount = 0;
  for (const e of list) {
    if (e.h.key !== late.h.key || e.where !== late.where || e.h.names !== late.h.names || (e.h.qual ?? '') !== (late.h.qual ?? '')) continue;
    if (e.h.f.value === early.h.f.value) earlyCount++;
    else if (e.h.f.value === late.h.f.value) lateCount++;
  }
  return earlyCount < lateCount ? [early.h.f, late.h.f] : [late.h.f, early.h.f];
}

/** "…, and finalised 14,215.": the noun of the count before, for a count after "and" and its verb with none (elided-noun.ts). */
function elidedNamed(text: string, f: Figure): [string] | null {
  const noun = elidedNounEn(text, f.numberStart, f.offset + f.length);
  if (noun === undefined) return null;
  const named: [string] = [noun];
  ELIDED.add(named);
  return named;
}
const ELIDED = new WeakSet<object>();
