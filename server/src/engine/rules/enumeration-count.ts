/**
 * enumeration-count — 列举项数与所述不符 / Announced count does not match the list
 *
 * What: a count that announces a list (主要有以下三个方面：, 抓好三支队伍, 做好以下四项工作：, 打好三场硬仗：, "three
 * priorities:", "the following four areas") where the list right after it has another number of items: the
 * paragraph's own 一是…四是 (or First… Fourth) run (also after a short pointer: 存在三个方面问题，具体表现为：一是…), the numbered items or headings directly after a line ending
 * in ：/: (or in a sentence that points at them: 主要存在以下四个方面问题。, or does so and says what for in one
 * short clause: 从以下五个方面着手，推动建议办理提质增效。, or says who did what up to a closing colon: 围绕以下三个专题，中心组成员进行了
 * 交流研讨：; in English the colon may close the sentence far
 * from the count, past a comma, when the count is of a list noun or after "the following" and no other figure stands
 * between: "The review made the following six recommendations to the Board and the Executive Team, which were accepted
 * in full:"; or a short sentence after the count points at the list: "six recommendations. They are:", "These are set
 * out below."), paragraphs labelled R1 … R5, Rec 1 …, 建议1 … after a count of recommendations (建议) that points at them
 * (from label 1, one after another: labels that go on from an earlier list, R6 … R8, or with text between, are not
 * counted; nor, there or after a far colon, a part announced: including, such as, 包括, 其中, 等; nor a count with no noun
 * of its own in a tally after the first, （6个问题，已完成5个，正在整改1个）: the 6 announces the list), the child sections of a heading that
 * announces them, the bullets after the colon (also after a numbered paragraph that ends in it: 5.2 Two new issues
 * have been identified this year:), or a plain list of short phrases after it in the same sentence
 * (三个方面：课程改革、教师培训、家校共育、安全管理; three areas: a, b, c, and d; or targets, each a measure and the level it
 * is to reach: 三个目标：卫生厕所普及率达到95%以上、生活污水治理率达到60%以上、…; a last item joined by 和 / and may be
 * two, and is two where the 和 / and / as well as is the list's own — no other item holds one, and each half is like
 * the items before it (课程改革、教师培训、家校共育和安全管理; 思想建设、组织建设和制度建设; housing, transport, skills
 * and health; of -ing phrases, an and before another: conserving the landscape, welcoming visitors and making the best use
 * of public money), not a set phrase (疫情防控和经济社会发展, health and safety, fire and rescue) — or when it is too long for one phrase: "four
 * major schemes in the year: the Kelmarsh treatment works upgrade, the Astley trunk main and the Bridgend storm tank"
 * names three; two short phrases of a like length joined by 和 / and, and nothing else, are two: 三项工作：稳增长和促改革。,
 * "three priorities: housing and transport."; "two complaints: one in February, one in August and one in November", each item one of the count), items numbered inline after the colon (三个方面工作：1.…；2.…；3.…；4.…; （1）…；（2）…) or short phrases one
 * to a ； (三个短板：师资力量不足；实践平台缺乏；…; a name's initial is no full stop: 5 developers: …, Joseph D. Marhee, and Aditya Sanghi),
 * or items one to a ； with detail after a comma, each head sharing the count's word (“五个环节”：交办环节，做到精准分办；承办环节，…),
 * or labelled and numbered from 1 ("three work packages: WP1, …; WP2, …; and WP4, …"), or 首先，…；其次，…；最后，… (三点体会：…);
 * numbered sections under the count whose next level is numbered straight through them (以下五项： （一） holding 1.–3.,
 * （二） 4., （三） 5.): either level may be the one counted, and the nearer is given;
 * a heading's title that opens with its count ("1. Four priorities for 2025", "## Three key risks") and its numbered
 * sub-sections or the bullets right under it; a paragraph that is one short sentence closing on a counted list noun (我局重点做了四项工作。, as "We
 * focused on four areas." does) and the numbered items after it — not a tally (已完成三项工作。, 新开工市政项目10个。);
 * after 即 as after a colon (实现“三个转变”，即：从重审批向重服务转变；从被动管理向主动服务转变。, 三个转变，即从…转向…，从…转向…,
 * 两个责任，即…、…、…), a slogan too; and a slogan of N 一 spelled out after its colon or its 一是 run (做到“五个一”：一个好班子、
 * 一支好队伍、一套好制度、一个好阵地 names four). A top-level numbered list longer than announced is reported when it is compact (an item a line); spread out
 * with text between, it may be the document's outline going on. A count of a programme's kind of noun (工程, 行动, 攻坚战,
 * programmes, schemes) in the sentence right before a run whose every item names that noun in its first clause
 * (实施三大工程，提升文旅供给质量。一是实施精品景区提升工程…四是实施公共文化惠民工程; "three flagship programmes. First, the
 * Reading Recovery programme … Fourth, the Summer Bridge programme") is checked against the run, though nothing ties them
 * (三大工程 with a run of other things, 围绕三大工程，狠抓落实。一是加强组织领导…, is a name). Also a count whose members are named in brackets
 * straight after it (召开常委会会议6次（1月、3月、6月、9月、11月）; 对3个乡镇（东城镇、西城镇）; "met six times (June, July,
 * September, November 2025 and March 2026)"; up to ten words between when the counted noun comes first and no other
 * plural after it: "three new services were launched in the year (Carelink, Homeshare, Dayhub, and Nightline)"; a last name joined
 * by the list's own and / 和 is two: "two groups (Packaging, Documentation and Security)"; past a bracket that says where the
 counted come from, the later bracket of the clause that names them: 4名理事（来自市属国企、民营企业），于6月经理事会审议通过
 （张华、李明、王芳） names three — people's names for a count of people, names ending as the counted noun does for others), unless the brackets give examples or a part (等, 其中, 含, including,
 * e.g., see), quantities (东城镇2个, five Labour), the kinds of place counted (31个省（自治区、直辖市）) or follow a floor or
 * a part of another count (3个以上, at least three, two of the three). And the draft's own count of its parts ("This
 * statement is arranged in five sections.", 本报告分为五个部分。) against its top-level sections (## 1. … ## 6., 一、…六、),
 * where those are numbered 1, 2, 3 with no slip; a heading with no number of its own among or after them (## 责任分工,
 * ## Governance) is none of the items. A 、 list after the colon may end at a comma before a clause that sums
 * up over its items (“三项工作”：政治安排、实职安排、教育培养、考察考核，各环节衔接更加顺畅。 names four).
 * A count of people set off by dashes and named between them, each with a role in brackets ("Our four sabbatical
 * officers — A (President), B (Education), C (Welfare), D (Activities) and E (Sport) —" names five), and names after a
 * count's colon (会议增补3名理事：张华、李明、王芳、赵强。 names four). A count sentence followed by a short one that
 * takes the counted up by a pronoun and ends on its colon ("…three actions. We have made progress on each of them:")
 * announces the list below it.
 * A count and a count added to it before the colon announce their sum ("The Commission repeats two recommendations from
 * its 2024 report and adds one:" announces three).
 * Counts are read up to twelve in words and twenty in figures (past ten only of a list noun: "11 recommendations are
 * made:"; not "the 17 sites as follows:"). A count of the groups the lines after it label by a word and a number (按三个主题
 * 分组整理如下： over 主题一：… 主题二：…; "The three highest-scoring risks are set out below." over Risk 1 – … Risk 3 – …)
 * is checked against the labels, not the items under them; a short sentence pointing at the list may say where it is
 * discussed ("The review makes eleven recommendations. They are listed below and discussed in section 4."). A count
 * that says its list is in a top-level section of the draft ("eleven recommendations, set out in section 4.", "…eleven
 * recommendations. These are set out in section 4.", 五条建议
 * （详见第四部分）) is checked against that section's own list (## 4. Recommendations ⏎ 1. … 10.; 四、对策建议 ⏎ （一）…
 * （四）) when the section's title names what is counted, numbered 1, 2, 3 or with one slip (1. 2. 4. …: numbering-sequence
 * reports the slip, and the count far from the list is what a reader of the summary takes away), or labelled
 * Recommendation 1, R1, 建议1; not against its numbered paragraphs (4.1, 4.2). So is a count whose list is in an appendix
 * the draft holds ("six recommendations, listed in Appendix A." over ## Appendix A: Recommendations ⏎ 1. … 5.). A count said of one item
 * ("one recommendation with two parts, the first of which has three elements:", "three workstreams, each of which has
 * two actions:", 提出两项要求，其中第一项包括三个方面：) announces no list; the list's own count before it keeps the colon
 * ("four recommendations, the first of which has two parts:" announces four).
 * Why: an item added or dropped in editing leaves the count behind; a reader counts.
 * Not: slogans and names (三个聚焦, 四个意识, 两个维护, 四个全面, 五位一体, 一带一路, 三农, quoted “四大工程” — but a quoted name
 * spelled out after its colon, 实施了“四大行动”：一是…；二是…；三是…, announces that list), the “五个一”工程 and its awards,
 * 三个一批 with no items, 即 followed by one explanation (“两个倍增”计划，即到2030年实现收入翻一番; 即将, 即时),
 * back-references (以上三个方面, 这三项, …等三个方面, 从空间、主体、技术与人才四个维度, 前文所列四项措施, 四项措施（见第三部分）;
 * "the ten grants set out in paragraph 2.2", "the four applications described above"; three of the four incidents, all four
 * parks, these three problems, two of the three targets: — though "all of the five outcomes agreed:", "the following
 * two areas of weakness:" and "The top three strategic risks are:" lead into their list), durations and measures
 * (三个月, 两个百分点, 提高0.3个等级), the last digit of a version or a decimal (Version 0.7 and 0.8 releases:, Protobom
 * 0.5.2 was released … including:), a number that names (Version 3 was tagged:, Section 4 has the details:, Phase 2
 * deliverables:), a count with no list of at least two items right after it, a count followed in its clause by
 * another (4个问题主要涉及以下3个方面：: the later one announces — not the pool the first is drawn from: "Three members
 * were elected from four candidates:" counts the three), items that are each a quantity (示范基地共计5个：
 * 湘乡市2个、茶陵县2个: a breakdown, which sum-mismatch reads), a tally of what was done or a part of a whole before the
 * 一是 run of what was done (审计指出的9个问题已全部整改。一是…; 9个问题中，已整改8个。一是…), counts of what another document
 * holds, closing the sentence before the writer's own steps (印发《活动方案》，明确了四个方面重点任务和十二项具体措施。一是…;
 * "adopted the Play Strategy, which sets out four priorities and twelve actions. First, …" — not with a colon, 分别是,
 * 以下 or "the following", nor 按照《要点》，确定了六项任务。), a bracket that says who or where the counted are when a later
 * bracket of the sentence names them ("Four new voting members (representing Reply and Adfinis) were accepted (Huy D.,
 * Wojciech S., Pascal R., and Philipp S.)"; 4名理事（来自市属国企、民营企业）; nor is that bracket a list of them), a count that closes its sentence
 * after the noun it counts (移送公安机关案件9件。一是…; 在《区建设动态》发表调研文章2篇。一是…; "We published 2 papers. First, …" —
 * but 主要有3个。, 分为四类。, "four priorities." announce, and so does 形成调研报告3篇。 before items that are titles, 一是《…》),
 * a count that opens its sentence as the subject of a predicate on how the work went (三大工程建设稳步推进。一是城东污水处理厂
 * 项目主体完工…; 五项民生实事全面完成。, 两大攻坚行动成效明显。) or a count of 大 after 围绕, 聚焦 (围绕三大工程建设稳步推进
 * 各项工作。一是加强领导…) — unless each item names the counted noun (三大工程建设稳步推进。一是精品景区提升工程…) or the count is
 * of works with no name of their own (三项重点工作进展顺利。, 四个方面工作扎实推进。: checked), a count in a prepositional phrase before the colon ("Themes from the nine reviews …:") or
 * before a later count in its clause ("The nine reviews … raised three themes:": the three announces), a count in an earlier sentence of a
 * numbered paragraph whose last sentence leads into its items (1.1 We have four campuses. A survey found that:), items that
 * carry their own counts and add up to the count (seven members: four elected trustees, two co-opted trustees and the
 * chair; an aside between them is no item: nine non-executive members, including the Chair, and three executive
 * members; 领导班子共7人：正职1人、副职6人; (a) five were met in full; (b) two…; (c) one…: 5 + 2 + 1 = 8; "eleven projects: seven graduated and four
 * incubating", a breakdown by category; when they do not add up, their total is given), a count whose noun is left out,
 * the subject of a verb, in a tally of status ("11 were completed, 2 are in progress and 1 has not started:"),
 * a heading's count met lower down in its section — a list or a table of that many anywhere in it, or the count said again of
 * its noun ("## 2. Our three goals for 2025" over "2.1 Our strategy commits us to three goals:" and its three items,
 * then 2.2) —, a number in a name (Scope 3 emissions, Tier 2 suppliers, Key Stage 2 pupils, Phase 3 schools, 二类疫苗,
 * 3类声环境功能区; ROWIP 2 set five objectives:, where the five is the count), a span of time later in the clause ("three
 * priorities for the next three years:" counts the priorities), a count of the groups the items below are sorted into
 * ("The recommendations are grouped below under two themes." over theme titles and their items: where the groups are
 * labelled with a word and a number, Theme 1: … Theme 2: …, the labels are counted instead), and a count of which the text says only a part follows ("ten key performance indicators … Our
 * performance on four of them is highlighted below; the full set is in Appendix 1.", "nine strategic risks. The five
 * rated red are set out below.", "nine policies, three of which are listed below:", 共设置十项指标，以下重点报告其中四项, 9件，摘列3件).
 * Items are counted as written: 一是、二是、四是 is three (the skip is enumeration-sequence's);
 * but where the count is the number of the run's last item (四个方面：一是…二是…四是; "four recommendations. First, …
 * Second, … Fourth, …"), the run's numbering is the one slip, and enumeration-sequence reports it alone.
 *
 * 检查：预告了数量的列举（主要有以下三个方面：、抓好三支队伍、做好以下四项工作：、打好三场硬仗：、three priorities:）与紧随其后的
 * 列表项数不符：同段的一是…四是（含“具体表现为：”“集中体现在：”之后的）、以冒号结尾（或以“以下…。”指向下文，含其后只有一个短分句的“从以下五个方面着手，推动建议办理提质增效。”或“围绕以下三个专题，中心组成员进行了交流研讨：”；英文计数句后另有一个指向下文的短句：six recommendations. They are:）的一行之后的编号项或标题、预告数量的标题下的子标题、
 * 冒号后的项目符号，下一级编号在各子标题间连续编排的（以下五项：（一）下有1.—3.，（二）下有4.，（三）下有5.），两级中任一级项数相符即可，不符时给出较接近的一级，预告若干条建议后从“建议1”（R1、Rec 1）起逐段标注的各段（接续前一列表的“建议6”起、中间夹有正文的，以及“包括”“其中”“等”引出部分的不计），以及冒号后同一句中以顿号（英文以逗号）分隔的短语或各带目标值的指标（三个方面：课程改革、教师培训、家校共育、安全管理；三个目标：卫生厕所普及率达到95%以上、生活污水治理率达到60%以上、…；
 * 末项含“和”时可算作两项；其他各项都不含“和”、末项“和”前后两段与前面各项相仿（长度相当，或共用所计之词）时，这个“和”是列举本身的连接词，算作两项：课程改革、教师培训、家校共育和安全管理，思想建设、组织建设和制度建设，housing, transport, skills and health；固定搭配不拆（疫情防控和经济社会发展、health and safety）；冒号后只有以“和”连接、长短相当的两个短语的，算作两项（三项工作：稳增长和促改革。）；英文末项过长、以 and 连接两个短语时算作两项；各项都是 -ing 短语、末项中 and 之后又是 -ing 短语的，算作两项），冒号后同段内编号的各项（1.…；2.…；（1）…；（2）…）、以分号分隔且各项开头共用所计之词的（“五个环节”：交办环节，做到精准分办；承办环节，…）、以分号分隔并从1起标注的（WP1，…；WP2，…）、首先…其次…最后（三点体会：首先，…；其次，…；最后，…）和以分号分隔的短语（人名中的首字母缩写不是句号：Joseph D. Marhee），“即”之后的各项同冒号之后（实现“三个转变”，即：从…；从…。口号也核对），
 * 以及冒号或一是……之后逐项展开的“N个一”（做到“五个一”：一个好班子、一支好队伍、一套好制度、一个好阵地，只列出四项）。英文标题以数量开头的（1. Four priorities for 2025），核对其下编号的子标题或紧随其后的项目符号；单独成段、只有一个短句、以所计的列举名词收尾的（我局重点做了四项工作。），核对其后的编号项，已完成的计数（已完成三项工作。）不算。顶层编号列表多于预告项数时，只在列表紧凑（一行一项）时报告。
 * 另查：计数名词为工程、行动、攻坚战之类，下一句紧接的一是……各项首个分句都点出该名词的，即使没有冒号也按其核对（实施三大工程，提升文旅供给质量。一是实施精品景区提升工程…四是实施公共文化惠民工程，列出四项；围绕三大工程，狠抓落实。一是加强组织领导…各项不是工程，是名称，不核对）。
 * 数量后紧跟括号逐一列出所计各项而项数不符的（召开常委会会议6次（1月、3月、6月、9月、11月）；对3个乡镇（东城镇、西城镇）；末项以列举本身的“和”连接的算作两项：对2个乡镇（东城镇、西城镇和南城镇））；括号中为举例或部分（等、其中、含、包括）、各项本身是数量（东城镇2个）、
 * 列出的是所计地方的级别（31个省（自治区、直辖市））或数量是下限、约数（3个以上、近5年）的不报。文稿自述的部分数（本报告分为五个部分。
 * This statement is arranged in five sections.）与正文顶层各节（一、至六、，## 1. 至 ## 6.）不符的也报告，顶层编号须从1起连续，其间或其后没有编号的标题（## 责任分工）不算一项。冒号后的顿号列表
 * 可止于逗号，其后分句总括各项（“三项工作”：政治安排、实职安排、教育培养、考察考核，各环节衔接更加顺畅。列出四项）。
 * 以破折号隔出、逐一写出人名并在括号中注明职务的（Our four sabbatical officers — A (President), … and E (Sport) —，列出五人），以及冒号后逐一写出的人名（会议增补3名理事：张华、李明、王芳、赵强。列出四人），也按人数核对。英文计数句后接以代词回指、以冒号结尾的短句的（…three actions. We have made progress on each of them:），按其下的列表核对。
 * 英文冒号前的数量加上“and adds one”之类新增的数量，按两者之和核对（repeats two recommendations … and adds one: 预告三项）。英文数量词读到twelve、阿拉伯数字读到20（超过10的数字只在所计为列举名词时读：11 recommendations are made:）。预告分组数、其后各行以
 * “词+序号”标出各组的（按三个主题分组整理如下：之后有“主题一：”“主题二：”；Risk 1 – … Risk 3 –），核对标签个数，不计各组下的条目。
 * 数量注明列表在本文某一顶层部分的（eleven recommendations, set out in section 4.；五条建议（详见第四部分）），该部分标题含所计名词
 * （对策建议、Recommendations）且其下为一组连续编号（或只有一处跳号、重号）的条目或“Recommendation 1”“建议1”等逐段标注的条目时，
 * 按该组条目核对（4.1、4.2等编号段落不计）；注明列表在本文所附附录中的（six recommendations, listed in Appendix A.）同样按该附录的列表核对。说的是其中一项的数量的（其中第一项包括三个方面、the first of which has three
 * elements、each of which has two actions）不是预告，其前列表本身的数量仍按冒号后的列表核对。
 * 原因：修改时增删了一项，数量没有跟着改，读者一数便知。
 * 不报：口号和名称（三个聚焦、四个意识、两个维护、四个全面、五位一体、一带一路、三农、加引号的“四大工程”；但加引号的名称紧跟冒号逐项展开时（实施了“四大行动”：一是…），仍按预告核对），“五个一”工程及其奖项，
 * 未列出各项的“三个一批”，“即”之后只有一句解释的（“两个倍增”计划，即到2030年实现收入翻一番；即将、即时），
 * 回指（以上三个方面、这三项、……等三个方面、从空间、主体、技术与人才四个维度、前文所列四项措施、四项措施（见第三部分）；three of the four incidents、these three problems、the ten grants set out in paragraph 2.2），时间和计量（三个月、两个百分点、提高0.3个等级），
 * 版本号或小数的末位数字（Version 0.7 and 0.8 releases:、Protobom 0.5.2 was released … including:），作名称的编号（Version 3、Section 4、Phase 2），
 * 后面没有紧跟至少两项列表的数量，同一分句中其后还有另一数量的（4个问题主要涉及以下3个方面：以后者为预告；后者是前者选出的范围时仍以前者为预告：Three members were elected from four candidates:），各项都是数量的分项（示范基地共计5个：湘乡市2个、茶陵县2个），
 * 报告已办完的数量或整体中的部分、其后的一是……是所做的事（审计指出的9个问题已全部整改。一是…；9个问题中，已整改8个。一是…），
 * 以句号结句、说的是另一文件内容的数量，其后的一是……是本单位的做法（印发《活动方案》，明确了四个方面重点任务和十二项具体措施。一是…；有冒号、“分别是”“以下”的仍核对，“按照《要点》，确定了六项任务。”是本单位的数量），
 * 说明所计者来自哪里、代表谁的括号（4名理事（来自市属国企、民营企业））不是所计各项；其后同句另有括号列出各项的，按后一括号核对（4名理事（来自市属国企、民营企业），于6月经理事会审议通过（张华、李明、王芳）列出三人；计人时须是人名，计其他时各项须与所计名词同尾），
 * 以主语开句、谓语说进展的数量（三大工程建设稳步推进。一是城东污水处理厂项目主体完工…；五项民生实事全面完成。；两大攻坚行动成效明显。）和“围绕”“聚焦”之后的“N大…”（围绕三大工程建设稳步推进各项工作。一是加强领导…），其后一是……各项不点出所计名词的（各项都点出“工程”的仍核对；“三项重点工作进展顺利。”“四个方面工作扎实推进。”这类计数泛称工作、任务、措施的仍核对），
 * 数量紧跟所计名词之后、以句号结句的（移送公安机关案件9件。一是…；发表调研文章2篇。一是…；但“主要有3个。”“分为四类。”仍是预告，“形成调研报告3篇。”之后各项是篇名《…》的也核对），各项自带数量且合计与预告相符的（五个服务点：三个图书馆、一个社区中心和一个就业中心；领导班子共7人：正职1人、副职6人；中间插入的说明不算一项：nine non-executive members, including the Chair, and three executive members；eleven projects: seven graduated and four incubating；合计不符时报告合计数），英文中省去名词、作动词主语的状态计数（11 were completed, 2 are in progress and 1 has not started:），
 * 标题中的数量在本节下文得到满足的（本节任一处有项数相符的列表或表格，或下文再次预告同一名词的同一数量：“二、今年的三项重点任务”下“年初确定了三项重点任务：”及其三项），
 * 作名称的等级编号（二类疫苗、3类声环境功能区、Scope 3 emissions、Tier 2 suppliers；ROWIP 2 set five objectives:以five为预告），分句中其后的时段（three priorities for the next three years:仍以前者为预告），下文各项所归的组数（The recommendations are grouped below under two themes.；各组以“主题一：”“Theme 1:”等标签标出时，核对标签的个数），以及明说只列出其中一部分的（共设置十项指标，以下重点报告其中四项；本报告分析其中未完成的三项；以下择要报告其中两项，其余详见附件；拟修改的文件（9件，摘列3件））。
 * 项数按实际列出的计：一是、二是、四是为三项（跳号由 enumeration-sequence 报告）；但预告数量等于末项序号时（四个方面：一是…二是…四是），
 * 只是序号出错一处，只由 enumeration-sequence 报告。
 *
 * Bad:  主要有以下三个方面：一是…；二是…；三是…；四是…。
 * Good: 主要有以下四个方面：一是…；二是…；三是…；四是…。
 * Bad:  We set three priorities: First, … Second, … Third, … Fourth, …
 * Good: We set four priorities: First, … Second, … Third, … Fourth, …
 */

import { rangeIn } from '../model/paragraphs';
import type { Rule } from '../rule';
import { bracketCountsIn } from './enumeration-count-brackets';
import { dashCountsIn } from './enumeration-count-dashed';
import { announcementsIn, listAfter, listContext, listSummary, metInSection, subsetFollows, weighedCount, type Announcement } from './enumeration-count-lists';

const rule: Rule<Announcement[]> = {
  meta: {
    id: 'enumeration-count',
    name: { zh: '列举项数', en: 'Announced count' },
    category: 'numbering',
    description: {
      zh: '预告的数量与后面的列举项数不符（“以下三个方面：”后有四项）',
      en: 'An announced count that the list after it does not have ("three priorities:" followed by four)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      count: {
        zh: '核对数量：“{text}”预告{announced}项，后面列出了{found}项',
        en: 'Check the count: “{text}” announces {announced}, but {found} items follow',
      },
      sum: {
        zh: '核对数量：“{text}”预告{announced}项，后面各项合计{found}项（{parts}）',
        en: 'Check the count: “{text}” announces {announced}, but the items after it add up to {found} ({parts})',
      },
      item: { zh: '第{n}项', en: 'Item {n}' },
      bracket: { zh: '括号中列出的各项', en: 'The items named in brackets' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    let found = announcementsIn(paragraph);
    // 召开常委会会议6次（1月、3月…）, "four new schools (Oakfield, Riverside and Hillcrest)": the members named in
    // brackets after the count are its list; no other list is looked for.
    for (const b of paragraph.garbled ? [] : [...bracketCountsIn(paragraph), ...dashCountsIn(paragraph)]) {
      found = found.filter((a) => a.offset !== b.offset);
      if (b.count >= b.min && b.count <= b.max) continue;
      context.report({
        message: 'count',
        data: { text: paragraph.text.slice(b.offset, b.offset + b.length), announced: b.count, found: b.count < b.min ? b.min : b.max },
        range: rangeIn(paragraph, b.offset, b.offset + b.length),
        related: [{ range: rangeIn(paragraph, b.listOffset, b.listOffset + b.listLength), message: 'bracket' }],
      });
    }
    return found.length ? found : undefined;
  },

  // What the document part reads of a paragraph: its runs, announcements, bullets, indents and numbered item.
  checkSummary: listSummary,

  check(context) {
    const lists = listContext(context.doc);
    const all = context.locals.flatMap((l) => l.value);
    for (const announcement of all) {
      const list = listAfter(lists, announcement);
      // One item is no list: more likely text the model could not split (lines of a paragraph that look like items).
      if (!list || list.items.length < 2 || list.items.length === announcement.count || (list.oneMore && list.items.length + 1 === announcement.count)) continue;
      // （一）…1.–3. （二）…4. （三）…5. after 以下五项: the level numbered straight through the sections is the one counted.
      // A top-level list may go on to other matters: the sections up to any one may be those counted.
      const through = list.through && (list.through.whole || list.open) ? list.through : undefined;
      if (through && (list.open ? through.ends : [through.items.length]).includes(announcement.count)) continue;
      // A top-level list may go on past the announced items (一、…三、 then 四、存在的问题): only a short one is a miss.
      if (list.open && list.items.length > announcement.count) continue;
      // "four recommendations. First, … Second, … Fourth, …": the numbering agrees with the count and skips; that is
      // enumeration-sequence's finding, not a second one here.
      if (list.misnumberedTo === announcement.count) continue;
      const { paragraph, offset } = announcement;
      const length = list.announcedLength ?? announcement.length;
      // "four priorities: housing, health and employment": the last phrase joined by "and" is two when the count wants
      // more — three, not two, are named.
      let found = list.oneMore && announcement.count > list.items.length + 1 ? list.items.length + 1 : list.items.length;
      // Sections that hold a level numbered straight through: the count is of whichever is nearer it, the items given are those.
      const nearer = through?.whole && Math.abs(through.items.length - announcement.count) < Math.abs(found - announcement.count) ? through.items : undefined;
      if (nearer) found = nearer.length;
      // "seven members: four elected trustees, two co-opted trustees and the chair": items that carry their own counts
      // add up to the count (4 + 2 + 1); when they do not, the total is the figure to give — if it is nearer the count
      // than the items are.
      const weighed = nearer || !list.texts ? undefined : weighedCount(list.texts);
      if (weighed && weighed.total === announcement.count) continue;
      // ## 2. Our three goals for 2025 over 2.1 "…commits us to three goals:" and its three items: the list is lower down.
      if (metInSection(lists, announcement, all)) continue;
      // "ten key performance indicators… Our performance on four of them is highlighted below": a part is given.
      if (subsetFollows(lists, announcement)) continue;
      const bySum = weighed !== undefined && Math.abs(weighed.total - announcement.count) < Math.abs(found - announcement.count);
      context.report({
        message: bySum ? 'sum' : 'count',
        data: { text: paragraph.text.slice(offset, offset + length), announced: announcement.count, found: bySum ? weighed.total : found, parts: weighed ? weighed.parts.join(' + ') : '' },
        range: rangeIn(paragraph, offset, offset + length),
        related: (nearer ?? list.items).slice(0, 12).map((range, i) => ({ range, message: 'item', data: { n: i + 1 } })),
      });
    }
  },
};

export default rule;
