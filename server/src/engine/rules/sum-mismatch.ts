/**
 * sum-mismatch — 分项与总数不符 / Parts that do not add up
 *
 * What: parts that do not add up to their whole — more than it, or, where the text says they are all of it, anything but it — and shares of one whole past 100%, by kind of breakdown:
 * - A total and its breakdown where the parts add up to more than the total (共/合计/全市共… N…，其中A…、B…、C…;
 * "N in total, of which A … and B …"; "Spending totalled $3.1 million: staff $1.9 million, facilities $0.8 million and
 * outreach $0.6 million"; "Of the 60 pupils in Year 1, 53 passed, 9 did not pass and 2 were disapplied" — outcomes summed
 * where an outcome and its negation are both listed (passed / did not pass, satisfied / dissatisfied) or each part is
 * named in the same frame (812 were for violent crime, 355 for burglary and 173 for fraud; 512 lived in Eastcliff, 401
 * in Harbourside; 1,204 were hosted on the EU cluster and 702 on the US cluster; 1,904 were collected at customer taps, 760 at
 * treatment works; things counted "of which 512 were to research councils, 301 to charities" or given "Of the 31 awards, 14 went to youth
 * groups, 11 to arts organisations", or homes let "Of the 64 homes let, 41 went to households from the register and 23
 * to transfer applicants" (the verb said once); a topic verb said once,
 * "82 concerned staff attitude, 64 clinical care and 49 discharge arrangements"), or members of one kind (incidents /
 * service requests, defects / feature requests, dry bulk / liquid bulk / containers, offence groups, internal audit
 * opinions: substantial / reasonable / limited assurance, school governors: foundation / parent / staff / co-opted, homes
 * let: general needs / supported housing / shared ownership; incident severities: SEV1 / SEV2 / SEV3, bare numbers after an
 * English colon too, "23 production incidents in the quarter: 2 SEV1, 7 SEV2 and 16 SEV3"; admissions: medical / surgical /
 * orthopaedic; fire stations: wholetime / day-crewed / on-call, after "Of these stations," where the whole of the sentence
 * before counts stations) with those not known (236 were women, 148 were men and 41 did not state
 * their gender; 94 are done, 18 are in progress), the whole also in the sentence before "Of these," or counted by
 * "7 of these were for repairs, 3 were for consultancy" (also opening the sentence after the whole: "received 4,120
 * referrals. 2,790 of these were treated at home, 1,020 in hospital and 400 in a hospice"); an amount shared out, "Of the £2.4 million raised, £1.3
 * million was from individuals and £1.1 million was from trusts", or after "Of this," the amount of the sentence before,
 * the later parts keeping only the preposition ("received £148,600. Of this, £96,400 was spent on staff, £38,200 on
 * therapy and £27,500 on trips"); the arms of a trial, "352 were allocated to early discharge and 348 to usual care"; attendances counted "of which", each part by the
 * same verb ("Audiences reached 1.26 million, of which 418,000 attended free outdoor events and 912,000 attended ticketed
 * performances") — not people, who may attend both ("of whom 418 attended the spring meeting and 912 the autumn meeting"); "…and other costs £12,640, making £151,240 in total"); where the text says the parts are all of it (分别为 right after the total, a last part that
 * is the rest: 其余, the rest, a class and its 非 after 其中: 在编128人、非在编56人, a colon right after a total stated with
 * 共计, 共有 or 合计 that opens parts of one kind: 共计1,248人：男性716人、女性522人), parts that do not add up to the total; parts listed first and then summed by the text
 * (省级示范村6个、市级示范村12个，共19个; "Central 210,000, Eastgate 96,000 and Riverside 52,000, a total of 340,000";
 * "12 courses in spring and 9 in autumn, 23 in total"; each figure alone in brackets after its name, all of them in the
 * sentence, past the counts of groups between: "one base hospital, Waiputa Hospital (312 beds), and two rural hospitals,
 * at Te Awakino (24 beds) and Rangiora Bay (18 beds), a total of 354 beds"); English wholes named first ("Of the 58 volunteers, 35 are women
 * and 26 are men"; "Total staff: 64, of whom …"); a part's stated share of its total that the two figures do not give
 * (其中教育支出15.2亿元，占比21.6% of 86.5亿元 — it is 17.6%; 其中税收收入11.86亿元，税收占比为85.1% of 14.28亿元 — it is 83.1%; 村卫生室212个，其中达标村卫生室198个，达标率为91.2% — it is
 * 93.4%, a rate named by the part's own word — also without 其中: 审计发现问题48个，已整改41个，整改率93.8% — it is 85.4%, or with 已 right after the total: 代表建议186件已办复172件，办复率为96.5% — it is 92.5%; or opening the next sentence, whose it may say: 表示满意的1,020份。群众满意率为90.5% of 1,200份 — it is 85.0%; a share said with 占 alone in the part's bracket: 其中男性312人（占52.3%） of 613人 — it is 50.9%; "£1.84m spent against a budget of £1.95m (96%)" — it is 94.4% (or the 6% gap), "Rent collected was £1.24m against a budget of £1.31m, or 105% of budget", "£86,400, 112% of the budgeted £81,000", 完成投资18.4亿元，为年度计划19.5亿元的96%; "grants £380,000 (68%)" of £612,000, where the list's other
 * brackets are its shares); shares of one whole (城区占46.5%、郊区占38.2%、
 * 农村占21.7%; each after its amount where the sentence says the whole is split: 从业务结构看，房建业务收入21.6亿元，占50.5%；
 * 基础设施业务收入15.4亿元，占36.0%；…; "The budget was split: salaries 64%, rent 22%, travel 19%"; "Research income by source: UKRI 46%, charities 21%…"; money split by a criterion at the start of the sentence, "Grants by theme were: young people 38%, …"; after a colon, "54% from search, 31% from
 * referrals and 22% from events") that add up to more than 100% beyond rounding.
 * - English wholes named "Of our 96 staff," (or without the article, "Of 1,250 applications,"; not where the sentence says the
 * parts overlap: "some from both", "jointly") or "The 412 homes comprise …", and outcomes of one whole where one outcome and its
 * opposite are both listed ("Of the 1,250 applications, 640 were approved, 410 were refused and 230 were withdrawn";
 * upheld/dismissed, passed/failed: opposedOutcomesEn), "the remaining 9" among them; parts each given one grade on one
 * scale ("Of the 64 findings, 9 were graded major, 33 moderate and 27 minor"); shares of the answers to one question
 * where an answer and its opposite are both listed ("62% of passengers said they were satisfied, 21% were neither
 * satisfied nor dissatisfied and 23% were dissatisfied"). A total whose parts are listed one
 * a line after 其中： (（1）小学86所；（2）初中32所；…), the rows under a table row whose next row starts 其中 (| 专任教师 | 3260 |,
 * | 其中：城区 | 1900 |, | 农村 | 1420 |) and the columns headed 其中：小学 | 初中 after the total's column, where the parts
 * name members of one kind.
 * - A group's segments in a paragraph of their own (分板块看，建筑施工板块实现收入24.8亿元，商贸物流板块…) against the group's
 * revenue or profit a few paragraphs up in the same section, where that paragraph states the measure once.
 * - A structure written as a ratio of percentages (三次产业结构为8.3:38.8:54.6) that does not add up to 100 within its rounding.
 * - The total row of a table (pipes, or columns typed with tabs; 合计, 总计, Total) against the rows above it, column by column, where every row holds one
 * figure (not columns of rates, shares or averages; a subtotal row that names its block, Subtotal: capital or 小计：交通设施,
 * stands for the rows above it back to the subtotal before, each row counted once, and is checked against them where the
 * total bears the blocks out; not tables with a bare 小计 or with 其中 rows). Tables lined up with runs of spaces
 * (pasted from Word or a PDF) are read when a header names the columns and the number cells line up: each 合计, 小计 or
 * Total row against the rows back to the header, a group label or the last total (a 小计 row stands for its block),
 * whole amounts allowed a unit of rounding each; not columns of years, balances or signed differences, nor tables with
 * ragged or wrapped rows, rows indented under others, 其中/of which rows, or shares adding to more than 100%.
 * - Statuses of one progress opening a sentence with no whole of their own, whose whole is a total stated with 共 up to
 * twelve paragraphs above, found by the rate after them (共指出问题23个 … 已完成整改19个，正在整改6个，整改完成率为82.6%: 19 is
 * 82.6% of 23, and 19 + 6 is more than 23); shares of disjoint age bands ("63% were aged under 25 and 52% were aged over
 * 60"); shares of workers by origin (返乡青年占46%，本地农民占41%，外来务工人员占19%); classes of membership (full /
 * associate / junior members, 个人会员 / 团体会员) and members who joined and left (新入会/退会) under a net change.
 * - A whole named with 中 (调研的46家服务站中，…有52家): a part in its unit and sentence above it, whatever the kinds of the
 * parts (which may overlap).
 * - A sentence opened by a noun and 中 (卫生技术人员中，高级职称218人、中级职称436人、初级职称512人; 中, and 中： too) splits
 * the figure the sentence before gave that noun (其中卫生技术人员1,094人; 132名专任教师; not 保育员14人 just before the
 * 。 of 专任教师中：). After "Of these," (Of them, Of the 640 volunteers,) a part said right after the cue or with "were"
 * is some of the whole whatever the other parts are: one more than the whole is reported ("employed 1,240 staff. Of
 * these, 1,310 were nurses").
 * - Units are converted where the text is explicit (万元/亿元, thousand/million). Related locations point at each part.
 * - When the figure before 其中 counts the noun after it (7个学科门类) and every part ends in the noun of an earlier figure
 * of the sentence (本科专业78个 … 其中工学专业41个), that earlier figure is the whole.
 * - In a table lined up with spaces, a column of shares whose total row says 100% against the column of amounts that adds up
 * to its total (占收案总数比例 of 收案数: 执行案件 3457 of 12846 is 26.9%, not 28.3%). Categories of one kind also include
 * sizes (大型/中型/小型, 小（1）型/小（2）型水库), levels (街道（镇）级/社区级/重点单位级, 乡镇级/村级; a facility named by its tier without 级: 区级服务中心/街道服务站/村服务站 — not beside a rating: 省级示范站), kinds of health institution (医院/卫生院/卫生室/诊所), kinds of farmland (水田/水浇地/旱地), the two medical insurance schemes (职工医保/城乡居民医保), kinds of case
 * (刑事/民商事/行政/执行案件), the top causes of civil cases (婚姻家庭/合同纠纷/侵权纠纷), teachers by subject (语文教师/数学教师/音乐教师),
 * petition channels (来信/来访/来电/网上信访), the five religions (佛教/道教/伊斯兰教/天主教/基督教), classes of archives (文书/科技/会计档案),
 * classes of official vehicles (执法执勤/机要通信/应急保障用车), the sectors of enterprises above scale (工业/批发零售/住宿餐饮/建筑业/服务业), ownership (国有/民营/外资企业, 公立/民营医疗机构), kinds of appeal (投诉/举报/咨询), the ranks of cadres (县处级/乡科级, 处级/科级/一般干部), village-level units (行政村/社区, 村委会/居委会), road classes (国道/省道/县道/乡道/村道) the two kinds of proposal (人大代表建议/政协提案), staffing classes (公务员/事业编制人员/编外人员) and the decisions on reviewed or closed cases (维持/撤销/确认违法/驳回, 判决/调解/撤诉结案). What 另有 adds after parts that already make the whole stands beside it (在编80人，其中公务员52人、事业编制人员28人，另有编外人员9人).
 * - After 其中, parts each named by a different means and the same verb of what was added (通过新建项目新增3.1万平方米、通过改造
 * 提升新增1.4万平方米、通过功能置换新增0.9万平方米 of 5.2万平方米), or of times a thing was done (人次) — not people helped by
 * several means (通过就业帮扶1,800人、通过医疗救助帮扶1,500人).
 * - A share whose base the text states as a figure after 占 (少数民族人口1.86万人，占全县总人口58.6万人的3.8% — it is 3.2%; with the
 *   part's words before 占: 共有3214名学生参加投票，占全体19800名学生的14.6% — it is 16.2%), or as the whole the part is among
 *   (全校19800名学生中，3214人参加投票，占14.6%); in English, a count then ", or" or the rate of what it counted, its share "of" a
 *   whole stated as a count ("In total 3,214 students voted, a turnout of 14.6% of our 19,800 members"; not a target's or
 *   last year's).
 * - A score above the full marks in the bracket right after it (教学设计得分为32分（满分30分）; 考核得分为105分（总分100分）).
 * - The scores of a performance evaluation's indicators against its total score (自评得分为92.5分，其中产出指标得分48.5分、效益指标
 * 29分、满意度指标9.5分、预算执行8.5分 — 95.5分); other scores do not add up (城区得分96分、农村得分93分).
 * - In English, a count's share of its whole stated with both counts ("Of the 114 actions, 64 are complete (55%)" — it is
 * 56.1%; "in 6 of the 14 cases, or 64%"; the share before the whole, "2,534 (64%) of 3,420 complaints" — it is 74.1%; the rate of what was
 * counted, "answered 1,104 of 1,180 on time, an on-time rate of 96%" — it is 93.6% (not a national or average rate), or a rate with its
 * counts in its bracket, "an attendance rate of 96% (1,104 of 1,180 pupils)"; "Of our 64 researchers, 29 (45%) are women"; a count or an amount and its
 * part after ", of which": "£186,000, of which £120,000 (58%) came from grants" — it is 64.5%), the share alone in its brackets;
 * a part counted in words above its whole ("four hospitals, of which five have an emergency department"); new and
 * returning as exclusive outcomes ("40 apprentices, of whom 31 were new and 19 returned"); an amount split by status
 * ("Of this, £1.6 million has been delivered, £0.8 million is on track and £0.9 million is at risk"); and the share column of a
 * table (pipes or spaces) whose total row says 100% but whose rows add up to far more (56% + 38% + 30% + 50% + 26%),
 * not a column of rates nor the answers of a multiple-choice question.
 * - A paragraph opened by "The network is made up of" (comprises, consists of) with no figure before its parts, whose whole
 * is the one figure of their unit in the last sentence of the paragraph before (numbered paragraphs 3.1, 3.2 too), where
 * every part names the whole's noun ("4,312 km of roads" ⏎ "512 km of A roads, 868 km of B and C roads and 2,832 km of
 * unclassified roads" — 4,212 km; the list closed by "and" and the sentence is all of it).
 * - A paragraph opened by 其中 whose whole is the one figure of its unit in the last sentence of the paragraph just before
 * (全年共受理信访事项1,236件。⏎其中，来信412件，来访538件，网上信访376件); one part and the rest named by the rest word alone
 * ("Of 420 cases, 310 were closed and the remaining 150 are open"; 其中女教师980人，其余220人) are all of the whole; the
 * grades of a school's or hospital's cadres (校级干部/中层干部/一般干部, 院级干部); with no cue word, parts right after the
 * comma of a whole stated with 共 (共有, 共计, 共建成) that are places of one level (东区/西区/北区, 城关镇/河口镇) or members of
 * one kind named first (小学32所、初中18所) — only a sum above the whole, as the list may leave parts out; and the
 * contributions to one growth of all its parts (三次产业, 第一/二/三产业, 消费/投资/净出口 对经济增长的贡献率分别为…), which
 * cannot add up to more than 100% — not some of the parts (工业、服务业: the others may pull the other way).
 * - After 其中, parts of a whole stated with 共 that end in its noun or a kind of it (项目/工程, 企业/公司, 单位) and are told
 * apart by different sectors (共检查项目35个，其中：农村饮水安全工程18个、中小河流治理项目11个、水土保持项目9个; 饮水项目、
 * 河道项目、水保项目) — not qualifiers that cut across sectors (重点项目、民生项目、新开工项目; 省级、市级); size bands of an
 * amount that do not overlap (共引进项目16个，总投资42.5亿元，其中亿元以上项目7个、5000万元至1亿元项目6个、5000万元以下项目5个),
 * against the nearest count of their noun before 其中 — not bands that overlap (3000万元以上、5000万元以上); and, with no cue,
 * parts right after the whole's comma named by a status alone, each at a different stage, to the end of the clause
 * (存在问题的单位18个，已全部完成整改的15个、正在整改的4个) — not a list that mixes other facts (约谈负责人6个) or two
 * statuses of one stage (已完成整改、已销号). Only a sum above the whole is read. The sectors are read by the section of
 * the national industry classification they fall in (水利: 饮水, 河道, 水保; 交通: 公路, 桥梁, 渡口; 卫生: 医院, 养老; 能源:
 * 光伏, 风电, 电网): fields of one section are told apart, a section beside one of its own fields is not (交通项目、公路项目).
 * - A stock stated with 现有 reads as one stated with 共有 (全县现有养老机构42家，公办18家、民办26家) — not a floor (不少于42家) nor
 * a whole named by a member of its parts' kind (现有国家级非遗项目12项，省级28项、市级56项). A rate right after a list of
 * parts, named by the verb of a part that is done (已办结的312件、正在办理的45件，办结率87.4% of 380件 — it is 82.1%), is that
 * part's share of the whole — not 按期办结率 or 上年办结率, nor 办理率 after 正在办理. In English, money from named sources after
 * "funded by", "made up of" or "comprising", closed by "and" and the sentence ("a total of £46,800, funded by £38,000 from the
 * Trust and £8,300 from the Council"; also with the year the total is for between, "funding of £420,000 for 2026/27 is made
 * up of …"), is all of the total — not with "partly", "including", the balance or other donors; and
 * "41 of the 48 planned audits were completed on time (89%)", the share after up to seven words none of which names another
 * base (and, that, score, average, satisfied). A pipe table's share column (Share, %, 占比, 比重) whose total row says 100%,
 * each row against the column of whole counts or amounts whose rows add up to the total row (| Phone | 412 | 38.5% | of
 * | Total | 1,236 | 100% | — it is 33.3%), as in tables lined up with spaces, whose share column may now be headed % alone:
 * the column the share's header names, else the only one that adds up; not a share of another year (2024年占比 beside
 * 2025年件数), nor answers that may be several.
 * - Shares of one whole stated one by one, each in a clause of its own with a change between (第二产业投资占全部投资的比重为
 * 38.5%，比上年提高1.2个百分点；第三产业投资占比为59.8%，第一产业投资占比为2.9% — 101.2%): each part a different member of one
 * family with the rest of its name the same, at most one whole named — not shares of different measures (投资, 增加值).
 * - A share whose part and base are both named by words that the paragraph gave figures before it (一般公共预算收入32.18亿元…
 * 其中税收收入24.36亿元…税收收入占一般公共预算收入的比重为73.7% — it is 75.7%; 全部签约额386.2亿元。…签约258.6亿元，占全部
 * 签约额的72.6% — 67.0%; 全院结案17,938件。院庭长办理案件5,126件，占全院结案数的32.6% — 28.6%) — not a base named with more
 * words than the figure's (上半年全院受理案件), nor one no figure states.
 * - A rate of saving (节约率, 节支率, 结余率) is of the budget or plan stated before what was spent (预算金额6.82亿元，实际采购金额
 * 6.35亿元，节约资金0.47亿元，节约率6.9% is right), never of the amount spent.
 * - In English, shares of one stock by tenure ("Of the 142,600 homes in the city, 61% are owner-occupied, 22% are privately
 * rented and 19% are social housing" — 102%), outbreaks by pathogen after "of which" (33 were norovirus, 11 COVID-19 and 5
 * influenza), and label-number pairs after a colon that ends the whole's clause, each label a different member of one
 * family ("Conclusions recorded at the 598 inquests concluded were: natural causes 112; accident or misadventure 204; …;
 * open 31" — one conclusion per inquest; "the most common conclusions were:" too, where only a sum above the whole
 * counts). Three kinds or more of one family after a colon right after the whole ("we employed 5,128 people: 3,204 police
 * officers, 296 PCSOs and 1,582 police staff") or after a stock of the body's own, "Of our 21,460 homes," ("16,902 are general needs, 2,815 are
 * housing for older people and 1,643 are shared ownership"), closed by "and" and the sentence, are all of it: a sum short
 * of the whole by a twentieth of it or less (a mistyped figure; a kind left out leaves a larger gap) is reported too — not two kinds, a list "including" them, a clause after the last part, "the rest", nor
 * a group named "Of the 160 patients," (other kinds may be left out).
 * - English parts named by a noun after a verb of being, a different plural noun each, closed by "and" ("There were 38
 * staff, of whom 22 were researchers and 19 were students"; "120 vehicles, of which 70 are vans and 55 minibuses"; a
 * household said to be families or single adults); outcomes in the pluperfect ("of which 25 had been approved and 21
 * had been rejected"); "of which" after a long or listed qualifier of the whole ("48 incidents requiring a full
 * investigation by the patient safety team or a shorter review, of which …"); a topic verb left out with its
 * preposition kept ("30 related to delayed diagnosis and 22 to deterioration"); "of the 1,140 repairs reported since
 * April," after a colon. Shares by source that name the other sources last ("Of those referrals, 41% came from the
 * police, 19% from schools … and 31% from other sources"). In a table lined up with spaces, an amount in brackets,
 * (6,300), is a negative one and adds in with its minus.
 * - A whole in 万, 亿 or million over parts in smaller units, allowed only the rounding its last digit gives beyond the
 *   parts' own (1.2万户 is 11,500–12,499户: 其中企业4600户、个体工商户8100户 and 0.46万户 + 0.81万户 are more than it), save a
 *   two-thousandth of the whole for a total cut short (1.26万户 for 12,660户).
 * - A net change (净增, 净迁入, 净流入) and what came in and went out (新增/新登记/迁入/流入 and 注销/迁出/流出/减少): the
 *   net is the one less the other (净增1200户，其中新增3400户、注销2300户 — it is 1,100).
 * - Shares that each name the same total as their base, the rest among them (主营业务收入为总收入的85.8%，其他业务收入为
 *   总收入的21.0%; 占总收入的比重为…), past 100%.
 * - Holders of one kind, a person or an organisation (个人/单位/企业), whatever the whole's noun (全年新增企业4120户，其中
 *   个人3260户、企业980户; 个人账户/单位账户), past the whole; and an English whole with its change in brackets before "of
 *   which" ("1,240 referrals (up 8% on last year), of which 820 … and 510 …").
 * - The sides of a net change named 增加/减少, 新注册/注销, 新发展党员/转入/转出/死亡, 新招录/调入/退休/调出 (党员净增加45名，其中
 *   新发展党员68名、转入31名、死亡11名、转出39名 — it is 49); a sum that counts the parts before it (中央资金1.2亿元、省级资金
 *   1.1亿元、市级资金0.9亿元，三项合计3.6亿元; 两项合计, 以上合计, 两者共计).
 * - The results of the games played ("played 24 league matches, winning 14, drawing 6 and losing 6"; "14 wins and 9
 *   defeats" of 20; 比赛24场，胜14场、平6场、负6场): past the games played, or, with won, drawn and lost all given, anything
 *   but them.
 * - Age bands that do not reach into each other, after their whole (干部126人，其中35岁以下38人，36至45岁52人，46岁以上45人;
 *   不满40周岁的…、40至50周岁的…、超过50周岁的…; "Of our 210 staff, 58 are aged under 30, 96 are aged 30 to 49 and 64 are aged
 *   50 or over"): past the whole, or, when they run from the youngest to the oldest with no gap, anything but it.
 * - A class and the 非 that shortens its name (税收收入/非税收入, 公有制经济/非公经济): their shares past 100% (其中税收收入占
 *   85.8%，非税收入占21.0%), their amounts past the whole.
 * - Kinds of activity, three or more, each named by what was done, under a count of the activities in their unit (各类活动45场，
 *   其中宣讲活动18场、培训活动15场、文体活动20场; 培训班28期，其中业务培训…、安全培训…、技能培训…) — not a list sorted by how,
 *   where, for whom or how big (线上, 进社区, 青少年, 大型, 重点).
 * - Ways of one service, two or more, each named by the way and the whole's own verb (全年接待来访群众1,236人次，其中现场接待
 *   742人次、电话接待386人次、网上接待150人次; 共受理投诉…，其中电话受理…、网络受理…): their sum past the whole — not a way that
 *   names a whole group beside one of that group (线上培训、视频培训), nor 线下 beside ways that are not online.
 * - A part's share after "Of these," whose whole ends the sentence before ("We received 445 responses. Of these, 140 (35.2%)
 *   …" — it is 31.5%); where an amount went, each use with its amount ("The grant of $850,000 went on salaries ($510,000),
 *   equipment ($220,000) and travel ($160,000)"), past the amount.
 * - The 其中 rows of a table lined up with spaces (教职工总数 1260 ⏎ 其中：小学 720 ⏎ 初中 410 ⏎ 高中 180), members of one kind,
 *   past the row above them, column by column.
 * - Two measures split after one cue, each part named by one of them (总收入86.52亿元，总支出80.17亿元。其中职工医保基金收入
 *   53.28亿元、支出48.91亿元，居民医保基金收入33.24亿元、支出31.26亿元; "income of £8.6m and spending of £8.0m, of which the
 *   adult service received £5.3m and spent £4.9m"): each measure's parts against its own whole, never all of them against one.
 * - A last part that is the rest (其中商品房小区14个、老旧小区7个、其余为保障房小区3个): the parts are all of the whole. Outcomes
 *   with the verb said once ("388 were upheld, 174 partially upheld and 63 not upheld"); incidents by type ("2,846 were fires,
 *   3,210 were special service calls such as road traffic collisions and flooding, and 3,480 were false alarms" — "such as"
 *   inside a part leaves the list whole); a year's budget after a colon ("£12.4 million for 2026/27: £7.8 million is passed
 *   to …, £3.1 million funds … and £2.2 million supports …"); statuses of rectified problems opening a sentence against the
 *   count of problems sentences before (对照…18个具体问题…。截至目前，已完成整改15个，正在推进整改5个), only a sum above it.
 * - Statuses of one progress right after the whole's noun and 中, no comma (26个问题中已完成整改19个、基本完成整改5个、正在推进整改4个),
 * only a sum above it; disputes sorted by kind (婚姻家庭纠纷/邻里纠纷/劳资纠纷/其他纠纷 of 矛盾纠纷), as 问题 and 隐患 are; the
 * tiers of a first-class programme (双一流/省一流/省重点培育学科), one tier each. In English, what an ambulance service did at
 * the incidents it attended (conveyed, treated at the scene, referred to another care pathway); named places that
 * "accounted for" the whole of the clause before, the verb said once ("welcomed 286,000 people; Fellgate Centre alone
 * accounted for 191,000, Haws Bridge for 64,000 and Scarside for 48,000"), only a sum above it; an amount made up of as
 * many items as it counts, each amount in brackets ("£27.5 million for 2026/27, made up of four projects: the Berth 4
 * quay wall (£11.2 million), …"), all of it; outcomes in bands of one delay that meet at one limit ("69,230 arrived on
 * time, 21,870 arrived within 15 minutes and 3,120 were cancelled or arrived more than 15 minutes late" of the 96,420
 * trains planned: all of them); shares one a line under a lead that says a whole is split ("The main causes of delay
 * were:" ⏎ "- Infrastructure: 41%" …, 收入构成如下：), past 100% or, ending with Other, not 100%; after "Of these," under
 * a list of wholes ("64 primary schools and 14 secondary schools"), each part against the whole its noun names.
 * - Societies or bodies by branch of learning (理科/工科/农科/医科/交叉学科学会); parts named together before 分别 and the
 *   figures after it, one each (其中生产环节、流通环节、餐饮环节分别抽检1,240批次、2,960批次、1,810批次), where the names are
 *   classes (环节, 类, 领域) or members of one family, only a sum above it. In English, a year's amount before a colon split
 *   into amounts each named before it, closed by "and" ("£1.84 million in 2025/26: council tax discounts £0.62 million, …
 *   and procurement £0.48 million."); cases closed and under review (under investigation, in progress) after "Of these,";
 *   age bands, decisions and channels opening the sentence after their whole with "Of these," or "140 of them"; shares of all respondents holding an answer and its
 *   opposite (satisfied/dissatisfied; 受访者中，满意的…不满意的…) — not where respondents could choose more than one (可多选). A time limit in a part's words
 *   (answered within 60 seconds, took more than 60 seconds) is no part.
 * - Shares followed by their whole, stated (35岁以下占33.3%，…，合计100.0%; "… and east 33.3%, a total of 100.0%"): all of
 *   it, so they must come to 100% within the rounding of all of them (five shares of one decimal may make 99.8%), and the
 *   100% is no share. After a list item's ", including …" or ", of which …" the next item starts at its comma ("council
 *   tax £1.24 million, including £0.86 million from reviews, and business rates £0.98 million" of £2.14 million), and
 *   the item's own parts are summed against it.
 * - A whole taken in (受理, 接收) and, after 其中, the ways each was handled or handed in, one verb of the parts' own
 * (全年共受理各类涉税事项12,860件，其中通过电子税务局网上办理9,050件，窗口办理4,360件; 网上提交、窗口提交) — not parts received
 * under a whole finished (办结…其中网上受理), nor two names of one way (网上办理、通过电子税务局办理); in English the channels
 * after ", of which" ("received 12,860 requests, of which 9,050 were dealt with online and 4,360 at a counter").
 * - A total of spending or income stated in the one or two paragraphs just before a table with no total row, against
 * the table's column of that measure in the unit its header names ("Total expenditure was £212,400" over | Budget line |
 * Spend (£) |; 项目总支出为186.4万元 over | 支出项目 | 金额（万元） |), each cell allowed its rounding — not a column of the
 * budget or the grant, of another year, the main lines only, rows nested (of which, 其中) or a bare Amount column after
 * another amount.
 * - Table columns beside a 其中 column (| 发现问题 | 其中：已整改 | … | 合计 | 59 | 53 |), each against the total row; income
 * and expenditure columns that share the rows, each row filled in one of them (blank cells, a bold **Total**); a table
 * lined up with spaces between rules of dashes (one column, a Number column).
 * - After 其中, places of one level (中心城区、开发区、南部新城; not a 县 beside its 镇, nor 开发区 beside 园区), units of one
 * organisation (集团本部、各子公司), three kinds or more of the whole's own noun (城市公园: 综合公园、社区公园、专类公园; not
 * firms or people by type), and kinds of one noun closed by its others (科研人员、管理人员、工勤及其他人员: all of it). In
 * English, a whole placed "across the county:" split by the places each part is in; a whole "across our three sites"
 * then each site named with its figure in the next sentence; "10 of the 9 seats" (a part above its own whole).
 * - A whole split into the two halves of a partition that is exhaustive by meaning (female/male, 城镇/农村, 线上/线下,
 * 公办/民办, full-time/part-time, 户籍/非户籍, in-house/outsourced: data/exhaustive-pairs.json), each half named by its word
 * alone or with the whole's noun ("11,240 registered patients: 5,480 female and 5,690 male" — 11,170; 常住人口11.24万人，
 * 其中城镇人口7.48万人、农村人口3.69万人): the halves must make the whole, a whole said "around" (约) allowed a hundredth of
 * itself. A count "of them" above the set just counted ("All 48 routes … were put out to tender, and 51 of them (106%)
 * attracted fewer than three bids"; percent-range leaves the share to this rule, as it does 其中51条（占106%） of 48条 and
 * 其中41条（占106%）, whose share is 85.4%).
 * - Two halves where one is the negation or the named complement of the other (valid/invalid, direct/indirect,
 *   eligible/ineligible, 有效/无效, 合格/不合格, 达标/未达标; not passed/failed or accepted/rejected, which may leave
 *   out pupils absent or applications pending), or one and two or more of one noun ("682 came from single-person
 *   households and 498 from households of two or more people"), also after "Of these," whose whole is the count of the
 *   sentence or paragraph above that the halves name (2,140 suppliers, not 23 countries): all of the whole; the ways of
 *   the act a whole counts after a colon ("1,034 tenants responded: 612 by telephone and 401 online"); a bracket right
 *   after its whole closed by the rest (政策文件56件（规范性文件21件、其他文件37件）, "37 other documents") — not with a
 *   third group or one still pending, nor parts named by what else they are ("824 were closed as duplicates"). A count
 *   in words that places the count of its clause ("318 burials across the four cemeteries, of which 142 …") and the
 *   total of its own a clause counts across places named with 中 (在全县12个乡镇中，共建成…386个) are no wholes.
 * - Also the adult and junior members of a credit union or a club and 成年人/未成年人; people split by how often they do
 * a thing, regular and occasional ("1,150 volunteers, of whom 640 give time every month and 480 help occasionally" —
 * 1,120; not two regular ones, nor groups that overlap: "640 are over 60 and 480 joined this year"); and two share
 * columns of one table headed by the two halves (Women/Men, 女性占比/男性占比, 城镇/农村, Yes/No), pipes or spaces, whose
 * two shares make 100% in each row (Lower middle quartile 61% 41% — 102%), where most rows do so within the rounding of
 * their last digit (not a third column such as Prefer not to say, nor each group's own rate: % of women receiving a bonus).
 * - The replies to the requests a sentence before counts, in a sentence opened by 从答复结果看 (从办理结果看, 从审理结果看):
 * 予以公开/部分公开/不予公开/无法提供/不予处理, 维持/撤销/驳回 — one each, so no more than the requests and what the report
 * says was carried over from the year before (全年共收到申请42件…从答复结果看，予以公开27件，部分公开9件，不予公开4件，
 * 无法提供8件 — 48件, with 上年结转2件 at most 44件); a figure named by a reply is no whole of the replies after it
 * (其中维持5件，撤销4件，驳回3件). A paragraph opened by "Of these," (a list item) whose whole is the one count of the
 * paragraph before ("- 2,300 virtual machines … had at least one volume affected." ⏎ "- Of these, 2,410 were
 * restarted"). In a table lined up with spaces whose header, caption and notes name no money, scale or rounding (收案,
 * 结案), the counts add up to the total row exactly (合计 15,421 over 15,420), where amounts may each be one off.
 * Not: figures that are no sum of one whole, by kind:
 * - Halves with a third group named in the whole's sentence or the next ("70 preferred not to say", other, 其他, 未填写性别的),
 * halves of another measure ("5,480 female patients were invited for screening…"), the people who answered a survey
 * (Of the 3,150 staff who responded, 受访者: a question may be skipped), a rounding note in the paragraph, pairs that are
 * not all of a whole (户籍/流动 of 常住: 户籍 takes in people living elsewhere; 城区/郊区), and a count "of them" where
 * the sentence counts a larger set before it ("108 inspections of 96 premises, and 100 of them were unannounced").
 * - "Of these," after a sentence that counts two things with two verbs ("received 1,240 referrals and opened 1,105
 *   cases. Of these, 1,180 came from GPs"): the parts go to the count whose verb or noun they repeat ("were opened"),
 *   else to neither (a year may place the first count: "approved 420 applications in 2025 and refused 36"; a noun the
 *   second count leaves out names both). So a sentence opened "140 of them" after a list of counts ("212 members and 40
 *   coaches"), and 其中 after counts each named and joined by 、 (审批通过420件、不予批准36件，其中住宅类400件): the parts go
 *   to the count whose name they repeat, else to none. A clause that names the Chinese whole again ends its list (债务余额1268.5亿元，其中一般债务…、专项
 *   债务…，债务余额控制在…限额1356.0亿元以内，低于限额87.5亿元).
 * - A stated 合计100% among shares, which is their whole.
 * - A rate that fits a count stated before its total in the sentence, the plan or what was started (全年计划改造老旧小区
 *   72个…，已开工70个，已完工65个，完工率90.3%: 65 of 72), or the sibling a done part follows (其中重大隐患12处，已整改到位
 *   11处，整改率91.7%); the prose under a table's last row lined up with spaces (合计    1,236 ⏎ 86个违法用地图斑中，…),
 *   whose first figure is no part of the row's; a count in words that opens a quoted slogan (“一人一策”…，其中312人); a
 *   target an amount exceeded, before "Of this," (exceeding our target of 900 hectares).
 * - The column of rates of a table lined up with spaces (同比增长（%）, 占比, 比上年增减, "% change") under its 其中 rows: the
 *   rates of the rows (8.1 and 5.8 under 7.2) are never summed.
 * - A list that may be partial (等, 主要, 包括, including, such as; not the 等 of a rank or level: 一等奖, 高等学校) unless the parts exceed the total; the amount of a
 * change and its rate (基金支出合计22182亿元，比上年增长4127亿元，增长率为22.9%: the rate's base is the level before the
 * change, not the total after it); categories that
 * may overlap (其中党员…、女教师…、骨干教师… — only parts that are categories of one kind, like 城区/郊区/农村 or
 * 小学/初中/高中, 本科生/硕士研究生/博士研究生 (硕士生导师 is a role, not a degree; 留学研究生 of 研究生 is told by no
 * kind), 党委/党总支/党支部, 钢铁企业/水泥企业, 住校生/走读生, the progress of a task (其中已整改到位41个，正在整改9个; 已完成/基本完成/正在推进), crops,
 * principal and interest (本金/利息), the roles trained in work safety (主要负责人/安全管理人员/一线从业人员), 三次产业, kinds of 保障性住房, 基本支出/项目支出, classes the text names with 类 (涉法涉诉类、征地
 * 拆迁类), shares after 按…分 or 从…看, or amounts of one budget, are summed; a single part is always less than its
 * whole); a part named by a range up or down a ladder of degrees or ranks that reaches another part (其中大专以上学历52人…本科学历13人:
 * 本科 is within 大专以上; 本科以上、大专、中专及以下 do not reach each other and are summed); a list written with 、 that ends at ；; a count of slogans (四个“保障”：…); a count announced before a colon that opens items (从四个方面开展工作：一是…); nested or second
 * 其中 lists, also a nested one written on without it (其中公共财政预算收入13.68亿元；税收收入6.20亿元；非税收入7.48亿元: parts
 * after the first, in clauses of their own, that add up to it, not of its kind); ordinals (第17、18件 are two items, not 18);
 * 共 inside a word (共有产权住房310套), 累计 (a running total), a list with 等 that falls short of its 共计;
 * per-head figures (人均, 生均, 元/人); approximate figures (约, 余, about); rates of different bases
 * (录取率95.85%（其中市区为90.23%…）; a rate of a count stated between the total and its part: 回收1150份…其中有效问卷1104份，
 * 有效率96.0%); a rate of a negated verb after counts of both outcomes (共逮捕25人，不捕24人，不捕率为48.98%: of the 49, not
 * of the 25); a measure given for each group after a colon (Results by region: 54% in the North, 61% in the South); "Of the 60 pupils, 53 passed maths and 48 passed English" (no negated outcome);
 * answers to a survey question that allows several (受访者, 受访企业, respondents); shares after 分别占 of groups that overlap
 * (党员和女职工; 本科及以上学历的…、硕士研究生…); an "of which" whose part is said in words
 * ($29.0 million, of which just under half came from the Trusts: the figures after it are no breakdown of it); a
 * 其中 that gives a subgroup its own rule (应参加为期七天的学习。其中，大型客车驾驶人应当参加为期三十天的学习); shares of
 * different measures of one thing, each of its own whole (事故起数、死亡人数分别占全市的60.9%和67.7%); a rate of
 * each of several groups, two of them above half (东部、中部、西部地区中央承担比例分别为85%、90%、95%); the shares of people
 * using each of several things (使用台式电脑、笔记本电脑和平板电脑上网的比例分别为36.2%、32.0%、30.8%), which overlap;
 * a figure in brackets before "of whom" (46 staff (41.2 FTE), of whom …: the whole is the 46) or a comparative in
 * brackets (£0.61m (prior year: £0.72m), £1.84m (2024/25: £1.62m)); a 其中 clause with no part of the whole, whose ；
 * closes it (偏多的仅有7个省，其中福建和广东分别偏多27.9%和19.2%；偏少的有24个省); a rate of a narrower kind than the whole
 * (排查校外培训机构214家，其中压减学科类培训机构37家，压减率达到100%: of all the 学科类 agencies).
 * - A net change with only what came in (净增1200户，其中新增3400户, the rest unsaid), which may be more than the net; shares
 *   of two named totals (为总收入的…, 为总支出的…), or of one without the rest among them (groups that may overlap); 单位职工
 *   beside 灵活就业人员 (no pair of holders).
 *
 * A total stated with its count and price per item in one sentence, a sum of equal parts (采购电脑20台，单价5000元，共计12万元 —
 * 10万元; 每户500元，共慰问86户，合计5.3万元; "£4,800 on the summer scheme (40 places at £130 each)"; "£450 per month for 12
 * months came to £5,000") — not with 约, 左右, 最高, 含税, 另, about, up to, plus, VAT, with, a range, or a price per two
 * things (每人每月); what was done and the rest with what was found, each in the next clause (审计指出问题5个，已整改完成4个，
 * 剩余2个正在整改); things given after a colon to three recipients or more ("awarded 64 grants in 2024/25: 40 to
 * universities, 18 to charities and 9 to councils"); grant holders by kind (高校/科研院所/社会组织/企业/区县).
 * Nor parts named by nouns that sort people by sex, age, family, caring or volunteering beside others ("of whom 22
 * were researchers and 19 were women", "19 were parents", "19 were also students"), two parts of one head noun
 * (full-time researchers, researchers on fixed-term contracts), a part named by the whole's own noun ("120 vehicles, of
 * which 70 are vans and 55 are electric vehicles"); shares of each place after "Of those surveyed," or of those from a
 * source who did something ("55% from other sources were about neglect"); a variance or difference column in brackets.
 *
 * Why: a breakdown that adds up to more than its total is the first thing a reader checks and the surest sign that a
 * figure was mistyped or left from an older draft.
 *
 * 检查：分项与总数不符——分项之和超过总数，文中表明分项即全部时不等于总数，同一总数的占比之和超过100%。按类型：
 * - 总数与分项——分项之和大于总数；文中表明分项即全部（紧随总数的“分别为”、末项为“其余”、以“共计”“共有”“合计”写出的总数后紧接冒号再列同类分项（共计1,248人：男性716人、女性522人），或先列分项再写“共”“合计”：
 * 省级示范村6个、市级示范村12个，共19个）时分项之和不等于总数；
 * - 英文“Of the 60 pupils, 53 passed, 9 did not pass and 2 were disapplied”（以“of which”计的观众、参观人次各以同一动词列出时也加总：“Audiences reached 1.26 million, of which 418,000 attended … and 912,000 attended …”，人员参加不同活动可能重复，不加总；列出某结果及其否定时，或各分项以同一介词结构列出时加总各结果，总数也可在“Of these,”的前一句），各分项按同一等级评定（“9 were graded major, 33 moderate and 27 minor”），同一问题的回答占比中同时列出某回答及其反面（“62% … were satisfied … 23% were dissatisfied”）；
 * - 以“中”点出的总数（调研的46家服务站中，……有52家）：同一句中同单位的任一分项大于总数（分项不论是否同类、可否重叠）；
 * - 以“名词+中，”（或“中：”）开头的句子（卫生技术人员中，高级职称218人、中级职称436人、初级职称512人），以前一句中该名词的数字（其中卫生技术人员1,094人；132名专任教师）为总数；
 * - 英文“Of these,”（Of them、Of the 640 volunteers,）之后紧接的分项或以“were”说出的分项，不论其他分项是否同类，大于总数即报（“employed 1,240 staff. Of these, 1,310 were nurses”）；
 * - 单独成段的分板块数据（分板块看，建筑施工板块实现收入24.8亿元……）与同一节前几段的集团营业收入、利润比较（该段只写一个同类总数时）；
 * - 以比值写出的百分比结构之和不为100（三次产业结构为8.3:38.8:54.6）；“其中：”后逐行列出的分项（（1）小学86所；（2）初中32所……）、表格中“其中：”行及其后同类各行、表头“其中：小学｜初中”各列，各分项属同一类别时与总数比较；
 * - 英文“Of the 1,250 applications, 640 were approved, 410 were refused …”（同时列出相反的结果时）；以“2,790 of these were …”开头的句子，其分项与上句末的整体比较（“received 4,120 referrals. 2,790 of these were treated at home, 1,020 in hospital and 400 in a hospice”）；
 * - 分项所注占比与分项、总数算出的不符（总支出86.5亿元，其中教育支出15.2亿元，占比21.6%——应为17.6%；审计发现问题48个，已整改41个，整改率93.8%——应为85.4%；比率在下一句之首、可写明是谁的（表示满意的1,020份。群众满意率为90.5%——应为85.0%）；分项括号中以“占”写出的占比（其中男性312人（占52.3%），共613人——应为50.9%）；英文中“£1.84m spent against a budget of £1.95m (96%)”——应为94.4%，或写差额6%，“£1.24m against a budget of £1.31m, or 105% of budget”“£86,400, 112% of the budgeted £81,000”；完成固定资产投资18.4亿元，为年度计划19.5亿元的96%——应为94.4%）；同一整体的各部分占比之和超过100%（超出四舍五入范围；也包括句中写明整体如何划分时、各占比紧跟其金额的：从业务结构看，房建业务收入21.6亿元，占50.5%；基础设施业务收入15.4亿元，占36.0%；…）；表格（竖线表格或以制表符分列）的合计行与其上各行逐列不符（不含比率、占比、平均数列；
 * 写明所计内容的小计行（小计：交通设施、Subtotal: capital）代表其上至前一小计行的各行，各行只计一次，小计与合计分别核对；不含有未写明内容的小计或“其中”行的表格）。万元/亿元、thousand/million等单位换算后比较。“其中”前的数字计的是其后的名词（7个学科门类），而各分项与句中更早的数字同名（本科专业78个……其中工学专业41个）时，以更早的数字为总数。
 * - 以空格对齐的表格中，合计行为100%的占比列，按其所占的、各行之和等于合计的数额列逐行核对（占收案总数比例：执行案件3457件占12846件的26.9%，而非28.3%）。同一类别还包括规模（大型/中型/小型、小（1）型/小（2）型水库）、层级（街道（镇）级/社区级/重点单位级、乡镇级/村级；以层级命名而不带“级”的设施：区级服务中心/街道服务站/村服务站，与示范、星级等评定并列时除外）、医疗卫生机构类别（医院/卫生院/卫生室/诊所）、耕地地类（水田/水浇地/旱地）、两项医保（职工医保/城乡居民医保）、案件类型（刑事/民商事/行政/执行案件）、民事一级案由（婚姻家庭/合同纠纷/侵权纠纷）、任教学科（语文教师/数学教师/音乐教师）、信访渠道（来信/来访/来电/网上信访）、五大宗教（佛教/道教/伊斯兰教/天主教/基督教）、档案门类（文书/科技/会计档案）、公务用车类别（执法执勤/机要通信/应急保障用车）、“四上”企业行业（工业/批发零售/住宿餐饮/建筑业/服务业）、企业所有制（国有/民营/外资企业）、干部职级（县处级/乡科级，处级/科级/一般干部）、村级组织（行政村/社区，村委会/居委会）、公路行政等级（国道/省道/县道/乡道/村道）、建议提案（人大代表建议/政协提案），以及英文稿中的内部审计意见（substantial/reasonable/limited assurance）、学校理事类别（foundation/parent/staff/co-opted governors）和住房租用类型（general needs/supported housing/shared ownership）。“其中”之后各分项以不同途径、同一表示新增的动词写出（通过新建项目新增3.1万平方米、通过改造提升新增1.4万平方米……）或以人次计的，也按同一整体加总（通过不同途径帮扶的人数可能重复，不加总）。占比的基数在“占”后以数字写明时按其核对（少数民族人口1.86万人，占全县总人口58.6万人的3.8%——应为3.2%；“占”前有分项的说明时亦同：共有3214名学生参加投票，占全体19800名学生的14.6%——应为16.2%；全校19800名学生中，3214人参加投票，占14.6%；英文“In total 3,214 students voted, a turnout of 14.6% of our 19,800 members”；上年、目标的总数除外）。
 * - 得分超过紧随其后括号中的满分（教学设计得分为32分（满分30分）；考核得分为105分（总分100分））。绩效评价各项指标得分之和与总得分不符（自评得分为92.5分，其中产出指标得分48.5分、效益指标29分、满意度指标9.5分、预算执行8.5分——合计95.5分）；其他得分不相加（城区得分96分、农村得分93分）。
 * - 英文中以两个计数写出的占比（“Of the 114 actions, 64 are complete (55%)”——应为56.1%；“6 of the 14 cases, or 64%”；以“, of which”引出的计数或金额的分项：“£186,000, of which £120,000 (58%)”——应为64.5%；占比在整体之前：“2,534 (64%) of 3,420 complaints”——应为74.1%；以计数之比命名的比率：“1,104 of 1,180 on time, an on-time rate of 96%”“an attendance rate of 96% (1,104 of 1,180 pupils)”——应为93.6%，全国或平均比率不核对）、以英文数词写出而大于总数的分项（“four hospitals, of which five …”），
 * 以及合计行为100%、各行之和远超100%的占比列（竖线表格或以空格对齐的表格；不含比率列和多选题）。
 * - 以“其中”开头的段落，总数取上一段末句中与首个分项同单位的唯一数字（全年共受理信访事项1,236件。⏎其中，来信412件……）；一个分项与以“其余”“the remaining”单独指称的其余部分即全部，“其中”后的一类与其“非”类（在编128人、非在编56人）也是；
 * - 学校、医院的干部层级（校级干部/中层干部/一般干部）；无提示词时，以“共”“共有”“共建成”写出的总数后紧接逗号列出的同级地点（东区/西区/北区）或以类别开头的同类分项，仅在其和超过总数时报告；
 * - 全部组成部分（三次产业，消费、投资、净出口）对经济增长的贡献率之和超过100%。
 * - 按学科门类区分的学会（理科学会、工科学会、农科学会、医科学会、交叉学科学会）；各分项名称先列、数字在“分别”之后逐一对应时（其中生产环节、流通环节、餐饮环节分别抽检1,240批次、2,960批次、1,810批次），名称为同一类别的不同成员或同一类别词（环节、类、领域）时，其和超过总数即报；受访者对同一问题的回答中同时有某项与其否定（满意的、不满意的）时，各占比之和超过100%即报（可多选时不报）；英文中分项所带的时限（within 60 seconds）不是分项。
 * - “其中”之后以所属领域区分、以总数名词或其下位名词结尾的分项（共检查项目35个，其中：农村饮水安全工程18个、中小河流治理项目11个、水土保持项目9个），
 * 互不交叉的规模区间（其中亿元以上项目7个、5000万元至1亿元项目6个、5000万元以下项目5个），以及总数逗号后仅以不同阶段的整改状态指称、至分句末为止的分项
 * （存在问题的单位18个，已全部完成整改的15个、正在整改的4个），其和超过总数时报告；不报重点、民生、新开工等可交叉的限定语，相互重叠的区间（3000万元以上、5000万元以上），
 * 夹杂其他事实或同一阶段的状态（约谈负责人6个；已完成整改、已销号）。
 * - 领域按国民经济行业门类归类（水利：饮水、河道、水保；交通：公路、桥梁、渡口；卫生：医院、养老；能源：光伏、风电、电网）：同一门类下的不同领域可以区分，门类与其下领域并列（交通项目、公路项目）则不相加。
 * - 以“现有”写出的存量与“共有”同样看待（全县现有养老机构42家，公办18家、民办26家），“不少于”等下限和以分项同类成员命名的总数（现有国家级非遗项目12项，省级28项……）除外；
 * - 紧随分项列举的比率，以已完成分项的动词命名时（已办结的312件、正在办理的45件，办结率87.4%），按该分项占总数核对（按期办结率、上年办结率、正在办理的“办理率”不核对）；
 * - 英文中“funded by”“made up of”“comprising”之后注明来源、以“and”收尾至句末的各笔资金即总额的全部（a total of £46,800, funded by £38,000 from the Trust and £8,300 from the Council）；
 * - 英文中各部分数字单独置于名称后的括号内、其后以“a total of”总计的，句中此前各个这样的括号数字都是部分，中间的分组数（two rural hospitals）不计（Waiputa Hospital (312 beds), and two rural hospitals, at Te Awakino (24 beds) and Rangiora Bay (18 beds), a total of 354 beds）；
 * - “41 of the 48 planned audits were completed on time (89%)”中整体与占比之间可有至多七个词，但不含指向其他基数的词（and、that、score、average、satisfied）。
 * - 竖线表格中合计行为100%的占比列（Share、%、占比、比重），逐行按各行之和等于合计行的数额列核对（| Phone | 412 | 38.5% |，合计1,236——应为33.3%）；以空格对齐的表格同样核对，其占比列也可只以“%”为表头；
 * - 占比表头点名的数额列优先，否则取唯一相加相符的一列；不核对另一年份的占比（2025年件数旁的2024年占比）和可多选的回答。
 * - 英文中同一存量按住房保有方式的占比（“Of the 142,600 homes in the city, 61% are owner-occupied, 22% are privately rented and 19% are social housing”——102%）、
 * “of which”后按病原体划分的疫情起数（norovirus、COVID-19、influenza）、冒号后“名称 数字”逐项列出且各属同一类别的分项（“Conclusions recorded at the 598 inquests concluded were: natural causes 112; …”，每次死因调查只有一个结论），其和超过总数时报告；
 * - 紧接总数的冒号（“we employed 5,128 people: 3,204 police officers, 296 PCSOs and 1,582 police staff”）或本机构自有存量“Of our 21,460 homes,”之后列出同一类别三项以上、以“and”收尾至句末的分项即全部，
 * 其和少于总数且差额不超过总数的二十分之一（多为录入错误；漏列一类时差额更大）也报告；只有两项、带“including”、末项后另有分句、以“the rest”收尾或以“Of the 160 patients,”点出的人群（可能另有其他类别）不报。
 * - 其中按同一框架、不同序数区分的分项（其中首套住房3260笔、二套住房980笔；一类/二类、甲级/乙级、A级/B级、一档/二档），每件只属一级；
 * - 巡察、检查发现的问题或隐患按三个以上领域分列（其中党建问题3个、作风问题4个、组织问题3个、队伍问题4个；消防隐患、用电隐患、燃气隐患）；
 * - 按来源分列、末项为其他来源的占比（41%来自警方，19%来自学校……31%来自其他渠道；来自警方的占41%……来自其他渠道的占31%），
 * 之和超过100%；空格对齐表格中括号写出的负数（(1,240)）按负数计入合计。
 * - 以万、亿、million为单位的总数与较小单位的分项：总数只容其末位舍入（1.2万户即11,500–12,499户；其中企业4600户、个体工商户8100户，
 *   或0.46万户+0.81万户，都超出），另容总数的千分之二，以免误报截断的总数（12,660户写作1.26万户）。
 * - 净增（净迁入、净流入）与其中新增、注销（迁入/迁出、流入/流出、新增/减少）：净增应等于二者之差（净增1200户，其中新增3400户、注销2300户——应为1100户）。
 * - 各自写明以同一总数为基数、且含“其他”的占比（主营业务收入为总收入的85.8%，其他业务收入为总收入的21.0%）之和超过100%。
 * - 个人与单位、企业为互斥的一对，不论总数名词为何（全年新增企业4120户，其中个人3260户、企业980户；个人账户、单位账户），其和超过总数；
 *   英文总数后括号写出其变化、再接“of which”的分项（“1,240 referrals (up 8% on last year), of which 820 … and 510 …”）。
 * - 以增加/减少、新注册/注销、新发展党员/转入/转出/死亡、新招录/调入/退休/调出写出的净增两侧（党员净增加45名，其中新发展党员68名、
 *   转入31名、死亡11名、转出39名——应为49名）；写明所合计项数的合计（……，三项合计3.6亿元；两项合计、以上合计、两者共计）。
 * - 比赛场次与胜、平、负场次（比赛24场，胜14场、平6场、负6场；“played 24, winning 14, drawing 6 and losing 6”）：超过场次，
 *   或胜平负俱全而不等于场次。
 * - 互不交叉的年龄段（干部126人，其中35岁以下38人，36至45岁52人，46岁以上45人；“58 are aged under 30, 96 are aged 30 to 49 and
 *   64 are aged 50 or over”，也可在下一句以“Of these,”或“140 of them”开头）：超过总数，或年龄段首尾相接、覆盖全部年龄而不等于总数。
 * - 一类与其简称的“非”类（税收收入/非税收入、公有制经济/非公经济）：占比之和超过100%，金额之和超过总数。
 * - 总数为活动场次时，以所做之事区分的三类以上活动（各类活动45场，其中宣讲活动18场、培训活动15场、文体活动20场）；按形式、地点、
 *   对象、规模区分的（线上、进社区、青少年、大型、重点）可能交叉，不核对。
 * - 以不同渠道、同一动词写出而该动词见于总数的分项（全年接待来访群众1,236人次，其中现场接待742人次、电话接待386人次、网上接待150人次；
 *   共受理投诉……，其中电话受理……、网络受理……）：之和超过总数即报；泛称与同组具体渠道并列（线上培训、视频培训），或“线下”与非网上渠道并列的，可能交叉，不核对。
 * - 英文上句末的整体与下句“Of these,”后分项的占比；英文“went on”后各用途及其金额之和超过该金额。
 * - 各占比之后写明合计（35岁以下占33.3%，……，合计100.0%）：各占比即全部，之和在各数舍入范围之外不等于100%即报（五项一位小数可合计99.8%），“合计100%”本身不是分项。
 *   英文列表某项后的“, including …”“, of which …”到下一项的逗号为止，下一项仍是总数的分项，该项自身的细分也核对。
 * - 空格对齐表格中总数行之下以“其中：”开头、同属一类的各行，逐列之和超过总数行。
 * - 先受理（接收）、其中按办理或提交方式列出的分项（网上办理、窗口办理），以及紧接在无合计行表格之前写出的总支出、总收入与表格该指标列之和。
 * - 表头有“其中”列的表格，各列仍与合计行核对；收入、支出两列分占各行（每行只填其一）的表格；上下以虚线分隔的空格对齐表格。
 * - “其中”后同一层级的地方（中心城区、开发区、南部新城）、同一组织的单位（集团本部、各子公司）、整体名词的三种以上类型（综合公园、社区公园、专类公园），
 *   以及以“其他”收尾的同一名词各类（科研人员、管理人员、工勤及其他人员：即全部）；英文中分布于各地的整体、三处场馆的整体与下句各场馆数字、“10 of the 9 seats”。
 * - 按含义互补、合起来即全部的两半（女/男、城镇/农村、线上/线下、公办/民办、全日制/非全日制、户籍/非户籍，见
 *   data/exhaustive-pairs.json），各半只写其名或加总数的名词（常住人口11.24万人，其中城镇人口7.48万人、农村人口3.69万人；
 *   “11,240 registered patients: 5,480 female and 5,690 male”）：两半之和应等于总数，写“约”的总数容许相差1%。英文“51 of them”
 *   超过刚计数的整体（All 48 routes … and 51 of them (106%)）；其占比由本规则而非percent-range报告，其中51条（占106%）、
 *   其中41条（占106%，应为85.4%）同样。
 * - 一方为另一方否定或对称名称的两半（有效/无效、合格/不合格、达标/未达标、valid/invalid、direct/indirect），一人户与两人及以上，
 *   “Of these,”之后两半的整体为上句（或上段）中两半所重提名词的数；总数后冒号所列同一行为的各方式（612 by telephone and 401
 *   online）；紧随总数、以“其他”“其余”收尾的括号分项（政策文件56件（规范性文件21件、其他文件37件））：应合计为总数；
 *   另有第三组或尚待处理者的不核对。“在全县12个乡镇中，共建成…386个”的386个是各乡镇的合计，不是乡镇的分项。
 * - 信用社、俱乐部的成人会员与少年会员（adult/junior）、成年人/未成年人也是两半；按频次分的两半，定期与偶尔（“1,150 volunteers, of whom
 *   640 give time every month and 480 help occasionally”——1,120；两者都是定期的，或可交叉的人群“640 are over 60 and 480 joined this year”
 *   不报）；表头为两半（Women/Men、女性占比/男性占比、城镇/农村、Yes/No）的两列占比（竖线表格或以空格对齐的表格），各行两数之和应为
 *   100%（Lower middle quartile 61% 41%——102%），只在多数行相符时报告不符的行（另有“Prefer not to say”等第三列、各组自身比率的不报）。
 * - 以“从答复结果看”（从办理结果看、从审理结果看）开头的句子中的答复结果（予以公开/部分公开/不予公开/无法提供/不予处理，维持/撤销/驳回），
 *   每件只有一种，之和不超过上一句的申请数加报告中写明的上年结转数（全年共收到申请42件……从答复结果看，予以公开27件，部分公开9件，
 *   不予公开4件，无法提供8件——48件，上年结转2件时至多44件）；以答复结果命名的数字不是其后各答复结果的总数（其中维持5件，撤销4件，驳回3件）。
 *   以“Of these,”开头的段落（列表项），总数取上一段末句中唯一的计数（“- 2,300 virtual machines … affected.”⏎“- Of these, 2,410 were
 *   restarted”）。以空格对齐、表头、标题和表注均未写金额、单位换算或四舍五入的表格（收案、结案），各行计数之和应与合计行完全相等（合计15,421，
 *   实为15,420）；金额表格每项仍容许末位差1。
 * 原因：分项之和超过总数是读者最先核对的，几乎总是录入错误或旧稿残留。
 * 不报：不是同一总数之分项的数字。按类型：
 * - 句中或下一句写出第三类（未填写性别的、其他、“70 preferred not to say”）的两半，另一指标的两半（5,480 female patients
 *   were invited…），问卷受访者（可不答某题），段中有四舍五入说明的，不构成全部的两类（户籍/流动之于常住：户籍人口含外出者；
 *   城区/郊区），以及句中此前有更大计数的“of them”（108 inspections of 96 premises, and 100 of them…）。
 * - 英文一句中以两个动词各计一数（received 1,240 referrals and opened 1,105 cases）之后的“Of these,”：分项重复哪个数的动词或名词（were opened）
 *   就归哪个数，都不重复则不判断（年份可在两数之间：approved 420 applications in 2025 and refused 36）；以“140 of them”开头的句子前一句列出几个数时同样不判断；
 *   以“、”并列、各有名称的同单位数字之后的“，其中”（审批通过420件、不予批准36件，其中住宅类400件）：分项重提哪个数的名称就归哪个数，都不提则不判断；中文分项之后重提总数名称的分句（债务余额控制在……限额1356.0亿元以内，低于限额87.5亿元）不是分项。
 * - 带“等”“主要”“包括”的不完整列举（分项超过总数时仍报；一等奖、高等学校中的“等”不算）；变化量及其增长率（基金支出合计22182亿元，比上年增长4127亿元，增长率为22.9%：增长率以变化前的水平为基数，不是变化后总数的占比）；可能交叉的类别（党员、女教师、骨干教师；只加总同一种类的分项，
 * 如城区/农村、小学/初中、本科生/硕士研究生/博士研究生（硕士生导师是职务而非学历；研究生中的留学研究生不属同一分类）、党委/党总支/党支部、钢铁企业/水泥企业、住校生/走读生、整改或推进状态（已整改到位/正在整改、已完成/基本完成/正在推进）、本金/利息、安全培训对象（主要负责人/安全管理人员/一线从业人员）、作物、三次产业、保障性住房种类、基本支出/项目支出、写明“类”的类别、“按…分”“从…看”之后的占比）；
 * - 以学历、职称的“以上”“以下”写出、涵盖另一分项的分项（其中大专以上学历52人……本科学历13人：本科在大专以上之内；本科以上、大专、中专及以下互不涵盖，仍相加）；
 * - 以顿号列举、到分号为止的分项之后的数字；口号式的计数（四个“保障”：……）；冒号后以一是……列举事项的预告数量（从四个方面开展工作：一是……）；嵌套或另起的“其中”，包括不写“其中”、另起分句且相加等于首个分项的下一层分项（其中公共财政预算收入13.68亿元；税收收入6.20亿元；非税收入7.48亿元）；序数（第17、18件是两件事项，不是18件）；
 * - 人均、生均等平均数；约数；基数不同的比率（回收1150份……其中有效问卷1104份，有效率96.0%：以回收数为基数；共逮捕25人，不捕24人，不捕率为48.98%：不捕率以两者之和为基数）；可多选的调查结果；英文中以文字说出份额的“of which”
 * （$29.0 million, of which just under half came from the Trusts：其后的数字不是它的分项）；为其中一部分人另定规则的“其中”（其中，大型客车驾驶人应当
 * 参加为期三十天的学习）；同一事物不同指标各自的占比（事故起数、死亡人数分别占全市的60.9%和67.7%）；
 * - 各组各自的比率、其中两项超过一半（东部、中部、西部地区中央承担比例分别为85%、90%、95%）；
 * - 使用各种事物的人所占的比例（使用台式电脑、笔记本电脑和平板电脑上网的比例分别为36.2%、32.0%、30.8%），可以重叠。
 * - 带“以上”“及以上”等开放范围的序数分项（二级及以上医院、三级医院）；问题、隐患按等级或交叉口径区分（重大问题、一般隐患）；
 * - 只有两个领域的问题分项；差异、差额列中括号写出的数字。
 * - 只有新增、未写注销的净增（净增1200户，其中新增3400户），新增可多于净增；以两个不同总数为基数的占比（为总收入的……、为总支出的……），
 *   或同一基数但不含“其他”、可能交叉的各组占比；单位职工与灵活就业人员（不是个人与单位这一对）。

 *
 * Bad:  全市共有中小学校128所，其中小学80所、初中36所、高中20所。
 * Good: 全市共有中小学校136所，其中小学80所、初中36所、高中20所。
 * Bad:  Spending totalled $3.1 million: staff $1.9 million, facilities $0.8 million and outreach $0.6 million.
 * Good: Spending totalled $3.3 million: staff $1.9 million, facilities $0.8 million and outreach $0.6 million.
 */

import { COMPARED_BASE_BEFORE_EN } from '../model/figure-context';
import type { Breakdown } from '../model/breakdowns';
import { excerpt } from '../model/chars';
import { trimZeros as trim, type Figure } from '../model/numbers';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { replacedYear } from '../model/replaced-year';
import { readTableTotals, sharesOverflow } from '../model/table-totals';
import { notARow, readSpaceTableShareSums, readSpaceTableShares, readSpaceTableTotals, spaceTableBits } from '../model/space-table-totals';
import { readSpaceTableRowTotals, rowTotalHeaderBit } from '../model/space-table-row-totals';
import { complementHeaderBit, readPipeComplements, readSpaceComplements } from '../model/complement-columns';
import { readListBreakdowns, readShareListBreakdowns } from '../model/breakdowns/list-items';
import { versionNumber } from '../model/breakdowns/shared';
import { shareOfAnotherMeasure } from '../model/breakdowns/share-header';
import { readStatedShares } from '../model/stated-share-bases';
import { readNestedRowBreakdowns } from '../model/breakdowns/space-rows';
import { readUnitPriceTotals } from '../model/breakdowns/unit-price';
import { leadingAmongSummary, readLeadingAmongBreakdowns } from '../model/breakdowns';
import { readSegmentBreakdowns, segmentsMayRead } from '../model/breakdowns/segments';
import { readStatedTotalTables } from '../model/breakdowns/table-stated-total';
import { mayHoldReplies, readReplyBreakdowns } from '../model/breakdowns/zh-replies';
import { mayHoldRatedStatuses, readRatedStatusBreakdowns, statedTotals } from '../model/breakdowns/rate-whole-above';
import type { Rule, UnitContext } from '../rule';
import { maxOf } from '../arrays';
import { SMALL_NUMBER_WORDS, smallNumberWord } from '../model/number-words';
import { placesEarlierCount } from '../model/prose-splits-placed';
import { opensOfThese, readProseSplitsAcross, withProseSplits } from '../model/prose-splits';

const rule: Rule = {
  meta: {
    id: 'sum-mismatch',
    name: { zh: '分项与总数', en: 'Parts and total' },
    category: 'numbers',
    description: {
      zh: '分项之和超过总数，或应相等而不等；同一整体的各部分占比之和超过100%；数量乘单价不等于所写合计',
      en: 'Parts that add up to more than their total (or not to it, where they are all of it); shares of one whole above 100%; a count times its price each that is not the total stated',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      exceeds: {
        zh: '核对数字：分项之和超过总数{total}（{expression}）',
        en: 'Check the figures: the parts add up to more than the total {total} ({expression})',
      },
      partExceeds: {
        zh: '核对数字：分项{part}大于总数{total}',
        en: 'Check the figures: the part {part} is more than the total {total}',
      },
      differs: {
        zh: '核对数字：分项即全部，应合计为总数{total}，实为{expression}',
        en: 'Check the figures: the parts are all of the total {total} but {expression}',
      },
      halves: {
        zh: '核对数字：{first}与{second}两部分即全部，应合计为总数{total}，实为{expression}',
        en: 'Check the figures: {first} and {second} make {expression}, not the total {total}',
      },
      complement: {
        zh: '核对数字：{first}与{second}两部分即全部，占比之和应为100%，实为{expression}',
        en: 'Check the figures: {first} and {second} make {expression}, not 100%',
      },
      sharesExceed: {
        zh: '核对数字：各部分占比之和超过100%（{expression}）',
        en: 'Check the figures: the shares add up to more than 100% ({expression})',
      },
      sharesDiffer: {
        zh: '核对数字：各部分占比即全部，之和应为100%，实为{expression}',
        en: 'Check the figures: the shares are the whole but {expression}, not 100%',
      },
      share: {
        zh: '核对占比：{part}占总数{total}的{expected}%，文中为{stated}',
        en: 'Check the share: {part} is {expected}% of the total {total}, not {stated}',
      },
      ofPlan: {
        zh: '核对完成比例：{part}是{total}的{expected}%，文中为{stated}',
        en: 'Check the share: {part} is {expected}% of {total}, not {stated}',
      },
      ratio: {
        zh: '核对数字：{name}是各部分所占百分比，之和应为100，实为{expression}',
        en: 'Check the figures: {name} gives the percentage of each part, which should add up to 100, not {expression}',
      },
      overFullMarks: {
        zh: '核对数字：得分{score}超过满分{max}',
        en: 'Check the figures: the score {score} is more than the full marks {max}',
      },
      product: {
        zh: '核对数字：{count}×{price}为{expected}，文中为{stated}',
        en: 'Check the figures: {count} at {price} each is {expected}, not {stated}',
      },
      part: { zh: '分项：{text}', en: 'Part: {text}' },
      total: { zh: '总数：{text}', en: 'Total: {text}' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    for (const b of withProseSplits(paragraph, context.model.figuresIn(paragraph), context.model.breakdownsIn(paragraph))) checkBreakdown(context, b);
    checkNamedRates(context, context.model.figuresIn(paragraph));
    checkStatedBases(context, context.model.figuresIn(paragraph));
    if (paragraph.text.includes('%') && /(?:占|佔)[^，,。；;\d%]{2,16}的/.test(paragraph.text)) checkNamedBases(context, context.model.figuresIn(paragraph));
    // 3,214 students voted, a turnout of 14.6% of our 19,800 members · 共有3214名学生参加投票，占全体19800名学生的14.6%.
    if (paragraph.text.includes('%')) for (const s of readStatedShares(paragraph, context.model.figuresIn(paragraph))) if (!fits(s.part, s.total, s.share) && !truncated(s.part, s.total, s.share)) reportShare(context, s.part, s.total, s.share);
    if (paragraph.text.includes(' of ') || paragraph.text.includes('Of ')) {
      // "… on Quillfeather 4.x. Of these, 412 (22.4%)": a version is no count (the whole is the one before it).
      if (paragraph.text.includes('%')) checkCountShares(context, context.model.figuresIn(paragraph).filter((f) => !versionNumber(paragraph.text, f)));
      if (paragraph.text.includes('%')) checkPlanSharesEn(context, context.model.figuresIn(paragraph));
      if (paragraph.text.includes(' of wh')) checkCountsInWords(context, paragraph);
    }
    if (paragraph.text.includes('结构') || paragraph.text.includes('結構')) checkStructureRatios(context, paragraph);
    if (PRICE_WORDS.test(paragraph.text)) checkUnitPriceTotals(context, paragraph);
    if (paragraph.text.includes('满分') || paragraph.text.includes('總分') || paragraph.text.includes('总分') || paragraph.text.includes('滿分')) checkFullMarks(context, paragraph);
  },

  // What the document part reads of a paragraph: a table row (pipes, tabs), a list's cue (其中：) or one of its short
  // items, a line that may be a row lined up with spaces — read whole. A longer paragraph of sentences (every line
  // with a Chinese full stop or comma, or a tab: no row of spaces) without a colon is none of them, and ends a list
  // or a table above it whatever its words.
  checkSummary(paragraph, lines, doc) {
    const text = paragraph.text;
    if (paragraph.tableHeader || text.includes('：') || text.includes(':') || text.trim().length <= 40) return undefined;
    // A group's revenue or profit, or its segments (分板块看，…): read across paragraphs by the segment breakdowns.
    if (segmentsMayRead(text)) return undefined;
    // "- Of these approaches, 682 …": halves whose whole is the paragraph above's (model/prose-splits.ts).
    if (opensOfThese(text)) return undefined;
    for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) if (!notARow(lines[l])) return undefined;
    // Statuses and their rate (已完成整改19个，正在整改6个，整改完成率为82.6%), their whole paragraphs above.
    if (mayHoldRatedStatuses(text)) return undefined;
    // 从答复结果看，予以公开27件… under the requests of the sentence before; 上年结转2件, which the replies may answer too.
    if (mayHoldReplies(text)) return undefined;
    // A paragraph opened by 其中 and the whole its last sentence may give the next one (readLeadingAmongBreakdowns); the
    // totals stated with 共 that statuses below may be of (readRatedStatusBreakdowns).
    const lead = leadingAmongSummary(paragraph, doc.figuresIn(paragraph));
    return lead === undefined ? undefined : `${lead}|${statedTotals(doc.figuresIn(paragraph))}`;
  },

  // The total rows of tables read over several paragraphs.
  check(context) {
    const doc = context.doc;
    for (const b of readTableTotals(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readStatedTotalTables(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readListBreakdowns(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readShareListBreakdowns(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readNestedRowBreakdowns(doc.lines, doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readSegmentBreakdowns(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readLeadingAmongBreakdowns(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readRatedStatusBreakdowns(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readProseSplitsAcross(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    for (const b of readReplyBreakdowns(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    // What each line is to the space-table readers, read only for the lines an edit changed (the model keeps the others').
    const bits = doc.lineFacts('space-table', spaceTableBits);
    for (const b of readSpaceTableTotals(doc.lines, doc.paragraphs, bits)) checkBreakdown(context, b);
    for (const b of readSpaceTableShareSums(doc.lines, doc.paragraphs, bits)) checkBreakdown(context, b);
    // 项目  自然人  法人或其他组织  总计: a row whose columns miss its total column.
    for (const b of readSpaceTableRowTotals(doc.lines, doc.paragraphs, doc.lineFacts('space-table-row-total', rowTotalHeaderBit))) checkBreakdown(context, b);
    // Quartile  Women  Men ⏎ Lower middle  61%  41%: the two halves' shares of one row make 100%.
    for (const b of readSpaceComplements(doc.lines, doc.paragraphs, doc.lineFacts('complement-header', complementHeaderBit))) checkBreakdown(context, b);
    for (const b of readPipeComplements(doc.paragraphs, (p) => doc.figuresIn(p))) checkBreakdown(context, b);
    // 执行案件  3457  …  28.3% over 合计  12846  …  100%: a row's share that its amount and the total do not give.
    const rows = readSpaceTableShares(doc.lines, doc.paragraphs, bits);
    for (const { part, total, share } of rows) {
      const column = rows.filter((r) => r.total === total);
      if (!fits(part, total, share) && !sharesOfAnotherWhole(column.map((r) => r.part), total, column.map((r) => r.share))) reportShare(context, part, total, share);
    }
  },
};

export default rule;

function checkBreakdown(context: UnitContext, b: Breakdown): void {
  // "around 11,240 patients: 5,480 female and 5,690 male": the halves of an exhaustive pair are exact; the whole said
  // about is allowed a hundredth of itself (checkTotal).
  if (b.approximate && !(b.halves && !b.parts.some((p) => p.approximate))) return;
  // | Phone | 412 | 38.5% | over | Total | 1,236 | 100% |: each row's share of the column of amounts it is of.
  // Not | Events | Share of customer-minutes |: a share of another measure than the amounts beside it.
  const amounts = b.amounts && !sharesOfAnotherWhole(b.amounts.parts, b.amounts.total, b.parts) && !(b.total && shareOfAnotherMeasure(b.total, b.amounts.total)) ? b.amounts : undefined;
  if (amounts) amounts.parts.forEach((part, i) => !fits(part, amounts.total, b.parts[i]) && reportShare(context, part, amounts.total, b.parts[i], rowLabel(part)));
  // 其中…202300万元 under a total of 2635万元: a year that a find-and-replace put into the figure, which stale-year
  // reports; the sum is wrong because of it.
  if (b.total && b.parts.some((p) => p.value > 10 * b.total!.value && yearInside(p))) return;
  if (b.total) {
    checkTotal(context, b, b.total);
    if (!b.sumOnly) checkPartShares(context, b, b.total);
    checkRateAfterParts(context, b, b.total);
  } else if (b.halves) checkComplement(context, b, b.halves);
  else checkShares(context, b);
}

/**
 * 受理信访事项380件，已办结的312件、正在办理的45件，办结率87.4%: a rate right after the list, named by the verb of a part
 * before the last one that is done (已办结), is that part's share of the total (82.1%). Not a rate with a qualifier
 * the part does not have (按期办结率), of another year (上年办结率), or named by a part still under way (正在办理).
 */
function checkRateAfterParts(context: UnitContext, b: Breakdown, total: Figure): void {
  if (b.parts.length < 2 || total.value <= 0) return;
  const figures = context.model.figuresIn(b.paragraph);
  const last = b.parts[b.parts.length - 1];
  const pct = figures[indexIn(figures, last) + 1];
  if (!pct || pct.dimension !== '%' || pct.approximate || pct.value > 100) return;
  const text = b.paragraph.text;
  const rate = RATE_AFTER_ZH.exec(text.slice(last.offset + last.length, pct.offset))?.[1];
  if (!rate || CHANGE_RATE.test(rate)) return;
  const named = b.parts.slice(0, -1).filter((p) => new RegExp(`^已(?:经)?(?:全部)?${rate}`).test(text.slice(Math.max(p.subjectStart, p.offset - 20), p.offset).replace(/^.*[，,、：:]|^\s*其中/u, '').trim()));
  if (named.length !== 1 || named[0].unit !== total.unit || named[0].value > total.value) return;
  if (!fits(named[0], total, pct) && !fitsNearerBase(figures, total, named[0], pct)) reportShare(context, named[0], total, pct);
}

// The share a part states of its total: 教育支出15.2亿元，占比17.6% · grants £380,000 (62%). In brackets only a bare
// percentage; after a comma only with 占 (增长8% is a change, not a share).
const SHARE_AFTER_ZH = /^\s*[，,]\s*(?:占比|占|佔比|佔)(?:总数|總數|全部|总额|總額|总量|總量|全年|全市|全县|全縣|全区|全區)?(?:的)?(?:比重|比例)?(?:为|為|达|達)?\s*$/;
const SHARE_IN_BRACKETS = /^\s*[（(]\s*$/;
// 男性312人（占52.3%）: a share said with 占 in the bracket, of the total (not 占全县女性人口的0.5%, 占计划的75%).
const SHARE_WORD_IN_BRACKETS = /^\s*[（(]\s*(?:占比|占|佔比|佔)(?:总数|總數|全部|总额|總額|总量|總量)?(?:的)?(?:比重|比例)?(?:为|為|达|達)?\s*$/;
const SHARE_CLOSE = /^\s*[)）]/;

/**
 * Each part's stated share against the part and the total as written (every one rounded: 2.3/8.4 is 26.8–28.0%).
 * Bracketed percentages count as shares only where most of the list's brackets agree with their parts: a list whose
 * brackets mean something else (growth) is left alone.
 */
function checkPartShares(context: UnitContext, b: Breakdown, total: Figure): void {
  if (total.value <= 0) return;
  const figures = context.model.figuresIn(b.paragraph);
  const text = b.paragraph.text;
  const stated: { part: Figure; pct: Figure; fits: boolean; bracketed: boolean; name?: string }[] = [];
  for (const [i, part] of b.parts.entries()) {
    const pct = figures[indexIn(figures, part) + 1];
    if (!pct || pct.dimension !== '%' || pct.approximate) continue;
    const gap = text.slice(part.offset + part.length, pct.offset);
    const bracketed = SHARE_IN_BRACKETS.test(gap) && SHARE_CLOSE.test(text.slice(pct.offset + pct.length));
    const worded = SHARE_WORD_IN_BRACKETS.test(gap) && SHARE_CLOSE.test(text.slice(pct.offset + pct.length));
    // 其中合格477批次，不合格9批次，合格率98.15%: the rate after a part named by its verb negated is of the rest (477).
    const rest = restRate(gap, text.slice(Math.max(part.subjectStart, part.offset - 20), part.offset));
    if (rest && part.value <= total.value && pct.value <= 100) {
      const whole: Figure = { ...part, value: total.value - part.value };
      stated.push({ part: whole, pct, bracketed: false, fits: fits(whole, total, pct), name: `${rest}${written(total, whole.value, [part])}` });
      continue;
    }
    if (!bracketed && !worded && !SHARE_AFTER_ZH.test(gap) && !namedShare(gap, text.slice(Math.max(part.subjectStart, part.offset - 20), part.offset)) && !namedRate(gap, text.slice(Math.max(part.subjectStart, part.offset - 20), part.offset), text.slice(Math.max(total.subjectStart, total.offset - 20), total.offset))) continue;
    stated.push({ part, pct, bracketed, fits: fits(part, total, pct) || fitsNearerBase(figures, total, part, pct, b.parts) || fitsOuterBase(figures, total, part, pct) || (!bracketed && fitsListedParts(figures, b.parts, i, total, pct)) });
  }
  const brackets = stated.filter((s) => s.bracketed);
  const bracketsAreShares = brackets.length >= 2 && brackets.filter((s) => s.fits).length > brackets.length / 2;
  for (const s of stated) {
    if (s.fits || (s.bracketed && !bracketsAreShares)) continue;
    const expected = trim(((s.part.value / total.value) * 100).toFixed(Math.max(1, s.pct.decimals)));
    context.report({
      message: 'share',
      data: { part: s.name ?? label(s.part).replace(/\s*[（(][^）)]*$/, ''), total: show(total), expected, stated: show(s.pct) },
      range: rangeIn(s.pct.paragraph, s.pct.offset, s.pct.offset + s.pct.length),
    });
  }
}

// 其中税收收入11.86亿元，税收占比为85.1%: the share named by the start of the part's own words (not 非税收入，税收占比).
const NAMED_SHARE_AFTER_ZH = /^\s*[，,]\s*(\p{sc=Han}{2,8}?)(?:占比|佔比|(?:所)?(?:占|佔)(?:的)?(?:比重|比例))\s*(?:为|為|达到|達到|达|達|是)?\s*$/u;

function namedShare(gap: string, partWords: string): boolean {
  const m = NAMED_SHARE_AFTER_ZH.exec(gap);
  if (!m) return false;
  const words = partWords.replace(/^.*[，,、；;：:]|^\s*其中/u, '').trim();
  return words.startsWith(m[1]);
}

// 其中达标村卫生室198个，达标率为91.2%: a rate named by the part's own word is its share of the total. The rate may
// open the next sentence (表示满意的1,020份。群众满意率为90.5%), and say whose it is (群众, 总体) — not another's (全省, 上年).
const RATE_AFTER_ZH = /^\s*[，,。]\s*(?:群众|群眾|总体|總體|整体|整體)?(\p{sc=Han}{2,4}?)率\s*(?:为|為|达到|達到|达|達|是)?\s*$/u;

function namedRate(gap: string, partWords: string, totalWords = ''): boolean {
  const m = RATE_AFTER_ZH.exec(gap);
  if (m === null || !partWords.includes(m[1])) return false;
  // 排查校外培训机构214家，其中压减学科类培训机构37家，压减率达到100%: the part names a narrower kind of the whole's things
  // (学科类培训机构, not the whole's 校外培训机构) — the rate is of all of that kind, a base the text does not state.
  const thing = partWords.slice(partWords.lastIndexOf(m[1]) + m[1].length).replace(/^的/, '');
  if (/^\p{sc=Han}{3,}$/u.test(thing) && !totalWords.includes(thing) && totalWords.includes(thing.slice(-2))) return false;
  // 其中小学参与44937人，参与率92.9% · 其中农村参保52.1万人，参保率98.2%: a part that names a group before the rate's verb
  // (小学, 农村) is that group's count, and the rate is of all of that group — a base the text does not state.
  const before = partWords.replace(/^.*[，,、；;：:]|^\s*其中/u, '').trim();
  const group = before.slice(0, Math.max(0, before.lastIndexOf(m[1])));
  if (/^\p{sc=Han}{2,}$/u.test(group) && !SUBGROUP_NOT.test(group)) return false;
  // 正在办理45件，办理率100%: a part still under way is not what the rate of its verb counts. 签约居民1.12万人，其中重点
  // 人群签约6,230人，签约率达到86.3%: a total its verb names too is no base of that verb's rate (of all the 重点人群) —
  // also after the place it counts in (全县签约居民8.1万人) or with another word for the verb (参加课后服务的学生 and
  // 参与率; 参加医保 and 参保率).
  const verb = /^参\p{sc=Han}$/u.test(m[1]) ? `(?:${m[1]}|参加|参与|參加|參與)` : m[1];
  return !new RegExp(`^${TOTAL_SCOPE_ZH}(?:全年|累计|累計|已|共)?${verb}`, 'u').test(totalWords.replace(/^.*[，,、；;：:]/, '').trim()) && !new RegExp(`(?:正在|尚未|未|待|不|非|无|無)${m[1]}`).test(partWords);
}
/**
 * 不合格9批次，合格率98.15% · 未整改6个，整改率88.5%: the rate's verb (not itself negated) names the part negated, so
 * the rate is of the rest of the whole. The rate's verb, or undefined.
 */
function restRate(gap: string, partWords: string): string | undefined {
  const m = RATE_AFTER_ZH.exec(gap);
  if (m === null || NEGATION.test(m[1])) return undefined;
  const words = partWords.replace(/^.*[，,、；;：:]|^\s*其中/u, '').trim();
  return new RegExp(`^(?:检出|檢出|经检验|經檢驗|检验|檢驗)?(?:[不未無无非]|尚未)${m[1]}`).test(words) ? m[1] : undefined;
}
/** Words before a rate's verb in a part that are not a group of the whole (已, 累计, 全年, 当月, 按期). */
const SUBGROUP_NOT = /^(?:已|已经|已經|共|累计|累計|全年|当年|當年|本年|年内|年內|今年|当月|當月|按期|及时|及時|实际|實際|均|都|全部)+$/;
/** The place or body a total counts in, before its verb: 全县签约居民, 本市参保人员. */
const TOTAL_SCOPE_ZH = '(?:(?:全|本)[国國省市县縣区區镇鎮乡鄉州盟旗村校院])?';

// 审计发现问题48个，已整改41个，整改率93.8%: a count, the part of it a verb names, and the rate that verb names.
const PART_AFTER_TOTAL = /^\s*[，,]\s*(?!其中)([^，,。；;：:\d%]{1,16})$/;
// 代表建议186件已办复172件，办复率为96.5%: the part's verb, with 已, right after the total, no comma between.
const PART_GLUED_TOTAL = /^\s*(已\p{sc=Han}{1,6})$/u;
// 68个签约项目中已开工41个，开工率为68.5%: the total counted first, "among" its noun (中; 村（社区）服务站中), then the part and its verb.
// (With a comma after 中 the breakdown reader takes it: 在12个乡镇中，已完成改厕的有9个.)
const PART_AMONG_TOTAL = /^(?:\p{sc=Han}|[（(]\p{sc=Han}{1,4}[）)]){1,12}?(?:之中|中)(?!其中)([^，,。；;：:\d%]{1,16})$/u;
/** 其中胜诉案件 · 其中，维持: the words of a part after 其中, right before its figure. */
const AFTER_QIZHONG = /其中[，,]?[^，,。；;：:\d%]*$/u;
/** 节约率, 节支率, 节省率, 结余率, 节资率: the rate of a saving, of the budget rather than of what was spent. */
const SAVING_RATE = /^(?:资金|資金|财政|財政|采购|採購|投资|投資)?(?:节约|節約|节省|節省|节支|節支|节资|節資|结余|結餘|节余|節餘)$/;
/** The words of a budget, plan or ceiling a saving is measured against. */
const BUDGET_WORDS = /预算|預算|计划|計劃|概算|控制价|控制價|限价|限價|批复|批覆|核定/;
/** 不捕率, 未结率, 无效率: a rate whose verb is negated. */
const NEGATION = /^[不未無无非]/;
/** The rate of a change (增长率, 下降率, 增幅, 降幅), and the words that state an amount as a change (比上年, 同比, 较). */
const CHANGE_RATE = /增长|增長|增加|下降|减少|減少|上升|提高|降低|回落|增|降|减|減|涨|漲|跌/;
const COMPARED = /比上|比去|比前|[较較](?:上|去|前|同期)|同比|环比|環比/;

/**
 * A total, then (without 其中) a part named by a verb, then the rate named by that verb: 发放问卷1200份，回收有效问卷1136份，
 * 有效回收率94.7%. The rate is the part's share of the total. Only a total at least the part, in the same unit.
 */
function checkNamedRates(context: UnitContext, figures: readonly Figure[]): void {
  for (let k = 0; k + 2 < figures.length; k++) {
    const [total, part, pct] = [figures[k], figures[k + 1], figures[k + 2]];
    if (pct.dimension !== '%' || total.unit !== part.unit || total.dimension === '%' || total.perUnit || part.perUnit) continue;
    // A rate over 100% (整改率达到102.2%) is percent-range's finding.
    if (total.approximate || part.approximate || pct.approximate || part.value > total.value || part.value <= 0 || pct.value > 100) continue;
    const text = part.paragraph.text;
    const between = text.slice(total.offset + total.length, part.offset);
    const among = PART_AFTER_TOTAL.exec(between) ? null : PART_AMONG_TOTAL.exec(between);
    const words = (PART_AFTER_TOTAL.exec(between) ?? among ?? PART_GLUED_TOTAL.exec(between))?.[1];
    const gap = text.slice(part.offset + part.length, pct.offset);
    const rate = RATE_AFTER_ZH.exec(gap)?.[1];
    if (!words || !rate || !(words.includes(rate) || words.includes(rate.slice(-2)))) continue;
    // 已办结150件，按期办结率92.3%: a rate whose verb the part's words name with a qualifier they do not (按期, 及时) is
    // the share of another part (有效回收率 after 回收有效问卷 names both).
    if (!words.includes(rate) && !words.includes(rate.slice(0, -2))) continue;
    // 基金支出合计22182亿元，比上年增长4127亿元，增长率为22.9%: the amount of a change and its rate, whose base is the
    // level before the change (the previous year's 18055亿元), never a share of the level after it.
    if (CHANGE_RATE.test(rate) || COMPARED.test(words)) continue;
    // 已整改34处，正在整改3处，整改率为91.9%: a first figure the rate's verb names too is a sibling part, not the total.
    const totalWords = text.slice(Math.max(total.subjectStart, total.offset - 20), total.offset);
    if (totalWords.includes(rate.slice(-2))) continue;
    // 一审审结286件，其中胜诉案件261件，败诉案件25件，败诉率8.7%: a first figure after 其中 is a sibling part, not the
    // total — the rate is of the whole before 其中 (25 of 286), which the breakdown's shares check (look46zh fa3).
    if (AFTER_QIZHONG.test(text.slice(Math.max(0, total.offset - 24), total.offset))) continue;
    // 共逮捕25人，不捕24人，不捕率为48.98%: a rate of the negated verb (不捕, 未结) after a first figure of that verb (逮捕,
    // 审结) counts the two as sibling parts (24 of 49), not the first as their total.
    if (NEGATION.test(rate) && totalWords.includes(rate.slice(1))) continue;
    // 抽检620批次，不合格6批次，合格率99.03%: a part named by the rate's verb negated (不合格, 未整改, 不达标) is the rest
    // of the whole; the rate is of what is left (614 of 620), not of that part.
    if (!NEGATION.test(rate) && new RegExp(`(?:[不未無无非]|尚未)${rate}`).test(words)) {
      const rest: Figure = { ...part, value: total.value - part.value };
      if (!fits(rest, total, pct)) reportShare(context, rest, total, pct, `${rate}${written(total, rest.value, [part])}`);
      continue;
    }
    // 预算金额6.82亿元，实际采购金额6.35亿元，节约资金0.47亿元，节约率6.9%: a saving is the gap between the budget and
    // what was spent, not a part of the latter; its rate (节约率, 节支率, 结余率) is of the budget or plan stated before.
    if (SAVING_RATE.test(rate)) {
      const budget = figures[k - 1];
      const budgetWords = budget ? text.slice(Math.max(budget.subjectStart, budget.offset - 20), budget.offset) : '';
      if (budget && budget.unit === part.unit && budget.dimension === part.dimension && !budget.approximate && budget.value > total.value && BUDGET_WORDS.test(budgetWords) && !fits(part, budget, pct)) reportShare(context, part, budget, pct);
      continue;
    }
    // Among the total's noun (68个签约项目中已开工41个), the part is what follows 中: 已开工41个.
    if (!fits(part, total, pct) && !fitsOuterBase(figures, total, part, pct)) reportShare(context, part, total, pct, among ? excerpt(`${words.trim()}${show(part)}`, 40) : undefined);
  }
}

// 少数民族人口1.86万人，占全县总人口58.6万人的3.8%: the part, 占 with its base stated as a figure, 的, and the share.
const BASE_BEFORE_ZH = /^\s*[，,]?\s*(?:占|佔)(?:了)?[^，,。；;：:\d%（(）)]{1,14}$/;
const SHARE_AFTER_BASE_ZH = /^\s*的\s*(?:比重|比例)?\s*(?:为|為|是|达到|達到|达|達)?\s*$/;
// 完成固定资产投资18.4亿元，为年度计划19.5亿元的94.4% · 新增就业3,820人，完成目标任务4,000人的95.5%: an amount against its
// plan or target stated as a figure (it may be more than 100%).
const PLAN_BEFORE_ZH = /^\s*[，,]?\s*(?:为|為|是|完成|达到|達到|占|佔)(?:了)?(?:全年|年度|年初|全年度)?(?:计划|計劃|目标|目標|任务|任務|预算|預算)(?:任务|任務|数|數)?\s*$/;

/**
 * A part, then 占 and its base written as a figure, then 的 and the share (占全县总人口58.6万人的3.8%): the text states
 * what the share is of, so it must be the part over that base. Only figures of one unit, the part at most the base.
 */
function checkStatedBases(context: UnitContext, figures: readonly Figure[]): void {
  for (let k = 0; k + 2 < figures.length; k++) {
    const [part, total, pct] = [figures[k], figures[k + 1], figures[k + 2]];
    if (pct.dimension !== '%' || total.dimension === '%' || part.unit !== total.unit || part.dimension !== total.dimension) continue;
    if (total.perUnit || part.perUnit || total.approximate || part.approximate || pct.approximate) continue;
    const text = part.paragraph.text;
    const gap = text.slice(part.offset + part.length, total.offset);
    const plan = PLAN_BEFORE_ZH.test(gap);
    if (part.value <= 0 || total.value <= 0 || (!plan && (part.value > total.value || pct.value > 100))) continue;
    if (!plan && !BASE_BEFORE_ZH.test(gap)) continue;
    if (!SHARE_AFTER_BASE_ZH.test(text.slice(total.offset + total.length, pct.offset))) continue;
    if (!fits(part, total, pct, plan)) reportShare(context, part, total, pct, label(part), plan ? 'ofPlan' : 'share');
  }
}

// "£1.24m against a budget of £1.31m, or 105% of budget": an amount against its budget or target, and the share of it
// that the text states (it may be more than 100%).
const PLAN_BEFORE_EN = /^\s*,?\s*(?:against|compared\s+with|versus|vs\.?)\s+(?:a|an|the|its|our|their)\s+(?:annual\s+|full-year\s+|revised\s+|original\s+|approved\s+)?(?:budget|target|plan|allocation|goal)\s+of\s+$/i;
// (The share in brackets, "against a target of £450,000 (98%)", is checkCountShares'.)
const SHARE_AFTER_PLAN_EN = /^\s*,\s*(?:or|which\s+is|that\s+is|i\.e\.)\s+$/i;
/** After the share: what it is of ("of budget", "of the target"). */
const PLAN_SHARE_TAIL_EN = /^\s*(?:of\s+(?:the\s+|its\s+|our\s+)?(?:budget|target|plan|allocation|goal)\b)/i;
// "£4.2m, which is 120% of the £3.5m budget" · "£1.24m, 105% of the budgeted £1.31m": the share before the base.
const SHARE_BEFORE_BASE_EN = /^\s*,\s*(?:or\s+|which\s+is\s+|that\s+is\s+)?$/i;
const BASE_AFTER_SHARE_EN = /^\s+of\s+(?:the|its|our|their)\s+(?:(?:annual|full-year|revised|original|approved)\s+)?(budgeted|targeted|planned)?\s*$/i;
const PLAN_NOUN_AFTER_EN = /^\s*(?:(?:annual|full-year|revised|original|approved)\s+)?(?:budget|target|plan|allocation|goal)\b/i;

/** An English amount against its budget or target with the share stated (checkStatedBases in English). */
function checkPlanSharesEn(context: UnitContext, figures: readonly Figure[]): void {
  for (let k = 0; k + 2 < figures.length; k++) {
    const [a, b, c] = [figures[k], figures[k + 1], figures[k + 2]];
    const text = a.paragraph.text;
    // amount, base, share
    if (c.dimension === '%' && b.dimension !== '%' && a.dimension === b.dimension && a.unit === b.unit && !a.approximate && !b.approximate && !c.approximate && a.value > 0 && b.value > 0) {
      if (PLAN_BEFORE_EN.test(text.slice(a.offset + a.length, b.offset)) && SHARE_AFTER_PLAN_EN.test(text.slice(b.offset + b.length, c.offset)) && PLAN_SHARE_TAIL_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 24))) {
        if (!fits(a, b, c)) reportShare(context, a, b, c, show(a), 'ofPlan');
        continue;
      }
    }
    // amount, share, base
    if (b.dimension === '%' && c.dimension !== '%' && a.dimension === c.dimension && a.unit === c.unit && !a.approximate && !b.approximate && !c.approximate && a.value > 0 && c.value > 0) {
      if (!SHARE_BEFORE_BASE_EN.test(text.slice(a.offset + a.length, b.offset))) continue;
      const of = BASE_AFTER_SHARE_EN.exec(text.slice(b.offset + b.length, c.offset));
      if (!of || (!of[1] && !PLAN_NOUN_AFTER_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 24)))) continue;
      if (!fits(a, c, b)) reportShare(context, a, c, b, show(a), 'ofPlan');
    }
  }
}

// 税收收入占一般公共预算收入的比重为73.7% · ，占全部签约额的72.6%: the share's base named by words (no figure), after
// the part's name or straight after the part's figure.
const NAMED_BASE_ZH = /(?:^|[，,；;。：:、])\s*([^，,；;。：:、\d%]{0,16}?)\s*(?:占|佔)(?:了)?([^，,；;。：:、\d%（(）)]{2,16}?)的\s*(?:比重|比例)?\s*(?:为|為|是|达到|達到|达|達)?\s*$/;
/** The words that name a figure: back to the clause's start, without 其中 and a verb before the figure (完成, 实现, 为). */
function nameOf(f: Figure): string {
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && f.offset - start < 20 && !/[，,；;。：:、！？\s\d%]/.test(text[start - 1])) start--;
  return text.slice(start, f.offset).replace(/^(?:其中|全年|共)/, '').replace(/(?:完成|实现|實現|为|為|达到|達到|达|達|共|共计|共計|合计|合計|累计|累計)$/, '');
}
const SCOPE_PREFIX = /^(?:全年|全县|全縣|全市|全区|全區|全省|全镇|全鎮|全部|累计|累計)/;
/** 全院结案数 → 全院结案, 全部签约额 → 全部签约额: a base named with a word for "the number of". */
const BASE_NOUN_END = /(?:总数|總數|数量|數量|数|數|总量|總量)$/;

/**
 * 一般公共预算收入32.18亿元…其中税收收入24.36亿元…税收收入占一般公共预算收入的比重为73.7% · 全部签约额386.2亿元。…签约额
 * 258.6亿元，占全部签约额的72.6% · 全院结案17,938件。院庭长办理案件5,126件，占全院结案数的32.6%: a share whose part and
 * base are both named by words the paragraph gave figures before it. The part is the figure straight before 占, or the
 * last one named by the words before 占; the base the last figure before it whose name ends in the base's words. Only
 * figures of one unit, the part at most the base; not a base named with more words (上半年全院受理案件 is not 全院受理案件).
 */
function checkNamedBases(context: UnitContext, figures: readonly Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const pct = figures[k];
    if (pct.dimension !== '%' || pct.approximate || pct.value > 100 || pct.value <= 0) continue;
    const text = pct.paragraph.text;
    const m = NAMED_BASE_ZH.exec(text.slice(Math.max(0, pct.offset - 40), pct.offset));
    if (!m) continue;
    const partName = m[1].trim();
    const baseName = m[2].trim();
    const stem = baseName.replace(BASE_NOUN_END, '');
    if (stem.length < 2) continue;
    const usable = (f: Figure) => f.dimension !== '%' && !f.perUnit && !f.approximate && f.value > 0;
    let part: Figure | undefined;
    let partIndex = -1;
    if (!partName) {
      // ，占全部签约额的72.6%: the figure straight before.
      const prev = figures[k - 1];
      if (!prev || !usable(prev) || !/^\s*[，,]\s*(?:占|佔)/.test(text.slice(prev.offset + prev.length, pct.offset))) continue;
      part = prev;
      partIndex = k - 1;
    } else {
      if (partName.length < 2) continue;
      for (let i = k - 1; i >= 0; i--) {
        if (usable(figures[i]) && nameOf(figures[i]).endsWith(partName)) {
          part = figures[i];
          partIndex = i;
          break;
        }
      }
    }
    if (!part) continue;
    let base: Figure | undefined;
    for (let i = k - 1; i >= 0; i--) {
      if (i === partIndex) continue;
      const f = figures[i];
      if (!usable(f) || f.unit !== part.unit || f.dimension !== part.dimension) continue;
      // 占投诉总量 is not 商品类投诉's, 占收入 not 税收收入's: the figure's name is the base's words, less a scope
      // (全年, 全县), and long enough to name one thing (毕业生 may be of a narrower group than the figure's).
      const written = nameOf(f);
      const name = written.replace(SCOPE_PREFIX, '');
      const whole = baseName.replace(SCOPE_PREFIX, '');
      if (written.length >= 4 && (name === whole || name === stem.replace(SCOPE_PREFIX, '') || name === baseName || name === stem)) {
        base = f;
        break;
      }
    }
    if (!base || base.value < part.value) continue;
    if (!fits(part, base, pct)) reportShare(context, part, base, pct);
  }
}

// Of the 114 actions arising from audits, 64 are complete (55%): the whole after "Of the", its noun and a comma, the
// part and its verb, then the share alone in brackets.
const OF_THE_BEFORE_EN = /(?:^|[\s(])[Oo]f\s+(?:the|our|its|their|these|those|all|all\s+the)\s+$/;
const WHOLE_NOUN_EN = /^[^\d.;:!?()%]{0,80},\s*$/;
/**
 * " responses. Of these, " · " complaints in 2025. Of these, ": the whole is the last figure of its sentence, with its
 * noun (a year aside), and the next sentence opens "Of these," (them, those).
 */
const OF_THESE_NEXT_EN = /^(?:\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)?(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:(?:financial\s+)?year\s+)?(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)?\.\s+Of\s+(?:these|them|those)\s*,\s*$/;
/** 64 are complete ( · 29 ( : the part's own words, then the bracket; words that name another base (target, national) are not. */
const PART_WORDS_EN = /^(?:\s+[a-z][a-z\s-]{0,40}?)?\s*\($/;
const OTHER_BASE_EN = /\b(?:target|threshold|standard|benchmark|average|national|nationally|rate|by|than|up|down|from|against|compared|of|to|at)\b/i;
// £1.84m spent against a budget of £1.95m · 412 against a target of 450: the amount, then what it is measured against.
const AGAINST_EN = /^\s+(?:[a-z]+\s+){0,2}?(?:against|compared\s+with)\s+(?:a|an|the|its|our|their)\s+(?:[a-z-]+\s+){0,2}?(?:budget|target|plan|forecast|allocation|estimate)\s+of\s+$/i;

/** 1.84 against 1.95 (6%): the gap between an amount and what it is set against, as a share of the latter. */
function fitsGap(a: Figure, b: Figure, pct: Figure): boolean {
  const gap = Math.abs(b.value - a.value);
  const half = (f: Figure) => lastDigit(f) / 2;
  const low = ((gap - half(a) - half(b)) / (b.value + half(b))) * 100;
  const high = ((gap + half(a) + half(b)) / Math.max(b.value - half(b), 1e-9)) * 100;
  const slack = 0.5 * 10 ** -pct.decimals + 1e-9;
  return pct.value >= low - slack && pct.value <= high + slack;
}

// 6 of the 14 cases, or 64% · 11 of 15 (73%): the part, "of" the whole, its noun, then the share.
const OF_BETWEEN_EN = /^\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+)?$/;
// £186,000, of which £120,000 (58%): the whole, a comma, "of which" or "of whom", then the part. "of whom", which names
// people only, may follow what the people did (2,860 people to set a quit date, of whom 1,490 (52%)).
const OF_WHICH_EN = /^\s*,\s*of\s+(?:which|whom)\s+$|^\s+[^.;:!?()\d,]{1,60}?,\s*of\s+whom\s+$/i;
const AFTER_WHOLE_EN = /^(?:\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,6})?(?:\s*\(|,\s*or\s+)$/;
// 1,104 of 1,180 complaints on time, an on-time rate of 96%: the share named as the rate of what the clause counted —
// not another's (a national rate of, the average rate of).
const RATE_AFTER_WHOLE_EN = /^(?:\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,6})?,\s*(?:an?|the|our|its)\s+((?:[a-z-]+\s+){0,2}?)(?:rate|proportion|share)\s+of\s+$/i;
const NOT_OWN_RATE_EN = /\b(?:national|regional|average|target|benchmark|sector|previous|last|england|wales|scotland|expected|overall)\b/i;
// an attendance rate of 96% (1,104 of 1,180 pupils): the rate, then the counts it was worked out from in its bracket.
const RATE_BEFORE_EN = /\b(?:rate|proportion|share|percentage)\s+(?:of|was|is|stood\s+at|reached)\s+$/i;
// 2,534 (64%) of 3,420 complaints: the part, its share alone in brackets, then "of" the whole.
const SHARE_THEN_OF_EN = /^\s*\)\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+)?$/;
/** …audits and the average score was high ( · found that staff were satisfied (: words that give the share another base. */
const OTHER_SHARE_EN = /\b(?:and|but|while|whereas|with|that|who|whose|which|where|said|say|says|reported|score[sd]?|scoring|average|satisf[a-z]*|rate[sd]?|rating|compliance|accuracy|target|than|against|compared|nationally)\b/;
const countFigure = (f: Figure) => (f.dimension === '' || f.dimension === 'count') && !f.perUnit && !f.approximate && f.decimals === 0 && f.scale === 1;

/**
 * A count's share of its whole, stated in English with both counts: "Of the 114 actions …, 64 are complete (55%)"
 * (64 of 114 is 56.1%), "in 6 of the 14 cases, or 64%" (42.9%), "29 (45%) are women" after "Of our 64 researchers,";
 * a count or an amount and its part after ", of which" ("£186,000, of which £120,000 (58%) came from grants" — 64.5%).
 * Only a share alone in its brackets (or after ", or") and a part no larger than its whole; a share named by other
 * words (met the target (95%), passed (88%, against 79% nationally)) is of another base.
 */
function checkCountShares(context: UnitContext, figures: readonly Figure[]): void {
  for (let k = 0; k + 2 < figures.length; k++) {
    // 2,534 (64%) of 3,420 complaints · a rate of 96% (1,104 of 1,180 pupils): the share before the whole.
    if (figures[k + 1].dimension === '%' || figures[k].dimension === '%') checkShareBeforeWhole(context, figures[k], figures[k + 1], figures[k + 2]);
    const [a, b, pct] = [figures[k], figures[k + 1], figures[k + 2]];
    if (pct.dimension !== '%' || pct.approximate || pct.value > 100) continue;
    const text = pct.paragraph.text;
    const afterPct = text.slice(pct.offset + pct.length, pct.offset + pct.length + 2);
    // £186,000, of which £120,000 (58%) came from grants · 22 staff, of whom 9 (45%): the whole, then its part and its
    // share alone in brackets.
    if (OF_WHICH_EN.test(text.slice(a.offset + a.length, b.offset)) && /^\s*\($/.test(text.slice(b.offset + b.length, pct.offset)) && /^\s*\)/.test(afterPct)) {
      const kind = (countFigure(a) && countFigure(b)) || (a.dimension === b.dimension && a.dimension !== '' && a.dimension !== '%' && a.dimension !== 'count' && !a.perUnit && !b.perUnit && !a.approximate && !b.approximate);
      if (kind && a.value > 0 && b.value <= a.value && !fits(b, a, pct)) reportShare(context, b, a, pct, show(b));
      continue;
    }
    // £1.84m spent against a budget of £1.95m (94%): the amount, what it is set against, then its share of it alone in
    // brackets — the share, or the gap between them (6%), or it was not worked out from these two.
    if (AGAINST_EN.test(text.slice(a.offset + a.length, b.offset)) && /^\s*\($/.test(text.slice(b.offset + b.length, pct.offset)) && /^\s*\)/.test(afterPct)) {
      const same = (countFigure(a) && countFigure(b)) || (a.dimension === b.dimension && a.unit === b.unit && a.dimension !== '%' && a.dimension !== '' && a.dimension !== 'count' && !a.perUnit && !b.perUnit && !a.approximate && !b.approximate);
      if (same && b.value > 0 && !fits(a, b, pct) && !fitsGap(a, b, pct)) reportShare(context, a, b, pct, show(a));
      continue;
    }
    if (!countFigure(a) || !countFigure(b)) continue;
    // 6 of the 14 cases (43%) · 6 of the 14 cases, or 64%.
    if (OF_BETWEEN_EN.test(text.slice(a.offset + a.length, b.offset))) {
      const between = text.slice(b.offset + b.length, pct.offset);
      const rate = RATE_AFTER_WHOLE_EN.exec(between);
      if (rate && !NOT_OWN_RATE_EN.test(rate[1]) && /^(?:[.,;]|\s|$)/.test(afterPct) && a.value <= b.value && b.value > 0) {
        if (!fits(a, b, pct) && !truncated(a, b, pct)) reportShare(context, a, b, pct, show(a));
        continue;
      }
      const tail = AFTER_WHOLE_EN.exec(between);
      // Up to three words (the whole's noun and its verb) as before; more only without words of another base.
      if (tail && (tail[0].match(/[a-z][a-z-]*/g) ?? []).length > 3 && OTHER_SHARE_EN.test(tail[0])) continue;
      if (!tail || !(tail[0].includes('(') ? /^\s*\)/.test(afterPct) : /^(?:[.,;]|\s|$)/.test(afterPct))) continue;
      if (a.value > b.value || b.value <= 0) continue;
      // 2 of 3 clients (66%): the share cut to its digits, as in the other readings.
      if (!fits(a, b, pct) && !truncated(a, b, pct)) reportShare(context, a, b, pct, show(a));
      continue;
    }
    // Of the 114 actions …, 64 are complete (55%) and 38 …: the whole, then its parts with their shares.
    // We received 445 responses. Of these, 140 (35.2%) …: the whole ends the sentence before "Of these,".
    // "We completed 11,240 visits, against a target of 10,500. Of these, 7,868 (70.0%)…": these are the visits, not the
    // target named to compare with.
    const ofThese = OF_THESE_NEXT_EN.test(text.slice(a.offset + a.length, b.offset)) && !COMPARED_BASE_BEFORE_EN.test(text.slice(Math.max(0, a.offset - 40), a.offset));
    if (!ofThese && (!OF_THE_BEFORE_EN.test(text.slice(Math.max(0, a.offset - 12), a.offset)) || !WHOLE_NOUN_EN.test(text.slice(a.offset + a.length, b.offset)))) continue;
    let part = b;
    let share = pct;
    let i = k + 2;
    for (;;) {
      const words = text.slice(part.offset + part.length, share.offset);
      if (share.dimension !== '%' || share.approximate || !countFigure(part) || !PART_WORDS_EN.test(words) || OTHER_BASE_EN.test(words)) break;
      if (!/^\s*\)/.test(text.slice(share.offset + share.length, share.offset + share.length + 2)) || part.value > a.value || a.value <= 0) break;
      if (!fits(part, a, share) && !truncated(part, a, share)) reportShare(context, part, a, share, excerpt(`${show(part)}${words.replace(/\s*\($/, '')}`, 40));
      // …(56%) and 38 are in progress (33%): the next part goes on the list.
      if (i + 2 >= figures.length || !/^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(share.offset + share.length, figures[i + 1].offset))) break;
      part = figures[i + 1];
      share = figures[i + 2];
      i += 2;
    }
  }
}

/**
 * A count's share stated before its whole: "2,534 (64%) of 3,420 complaints" (74.1%), the share alone in brackets
 * between the part and "of"; and "an attendance rate of 96% (1,104 of 1,180 pupils)" (93.6%), a rate, then the two
 * counts alone in its bracket.
 */
function checkShareBeforeWhole(context: UnitContext, x: Figure, y: Figure, z: Figure): void {
  const text = x.paragraph.text;
  if (y.dimension === '%' && countFigure(x) && countFigure(z) && !y.approximate && y.value <= 100) {
    if (!/^\s*\($/.test(text.slice(x.offset + x.length, y.offset)) || !SHARE_THEN_OF_EN.test(text.slice(y.offset + y.length, z.offset))) return;
    if (x.value <= z.value && z.value > 0 && !fits(x, z, y) && !truncated(x, z, y)) reportShare(context, x, z, y, show(x));
    return;
  }
  if (x.dimension !== '%' || x.approximate || x.value > 100 || !countFigure(y) || !countFigure(z)) return;
  if (!RATE_BEFORE_EN.test(text.slice(Math.max(0, x.offset - 30), x.offset)) || !/^\s*\(\s*$/.test(text.slice(x.offset + x.length, y.offset))) return;
  if (!OF_BETWEEN_EN.test(text.slice(y.offset + y.length, z.offset)) || !/^(?:\s+[a-z][a-z-]*){0,3}\s*\)/i.test(text.slice(z.offset + z.length, z.offset + z.length + 40))) return;
  if (y.value <= z.value && z.value > 0 && !fits(y, z, x) && !truncated(y, z, x)) reportShare(context, y, z, x, show(y));
}

/** 64% (137 of 212 farmers): the share cut to its digits rather than rounded (64.6%) — written so, not a slip. */
function truncated(part: Figure, total: Figure, pct: Figure): boolean {
  const scale = 10 ** pct.decimals;
  return Math.abs(Math.floor(((part.value / total.value) * 100 + 1e-9) * scale) / scale - pct.value) < 1e-9;
}

const NUMBER_WORDS_EN = SMALL_NUMBER_WORDS;
const COUNT_IN_WORDS = new RegExp(`\\b(${NUMBER_WORDS_EN.slice(1).join('|')})\\s+((?:[a-z][a-z-]*\\s+){0,3}?([a-z][a-z-]*s)),\\s+of\\s+(?:which|whom)\\s+(${NUMBER_WORDS_EN.join('|')}|\\d{1,3})\\s+([a-z][a-z-]*)`, 'gi');
/** What follows the part in "of which five have …": a verb or adverb, or the whole's own noun again. */
const PART_VERB_EN = /^(?:are|were|is|was|have|has|had|hold|holds|held|run|runs|ran|now|currently|still|also|remain|remained|serve|served|offer|offered|provide|provided|include|included|received|receive|took|met|meet|came|come|went|did|do|does|will|would|can|could|need|needed)$/i;

/**
 * A whole and its part counted in words: "The trust runs four hospitals, of which five have an emergency department":
 * one part more than its whole. Only a part followed by its verb (or the whole's noun), so "of which five wards"
 * counting something else is left alone.
 */
function checkCountsInWords(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  COUNT_IN_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_IN_WORDS.exec(text))) {
    const whole = smallNumberWord(m[1]);
    const part = /^\d/.test(m[4]) ? Number(m[4]) : smallNumberWord(m[4]);
    if (part <= whole || !(PART_VERB_EN.test(m[5]) || m[5].toLowerCase() === m[3].toLowerCase())) continue;
    // "318 burials across the four cemeteries, of which 142 …": of the count the clause made, not of the places.
    if (placesEarlierCount(text, m.index)) continue;
    const partAt = m.index + m[0].slice(0, m[0].length - m[5].length).trimEnd().length - m[4].length;
    const related = [{ range: rangeIn(paragraph, partAt, partAt + m[4].length), message: 'part', data: { text: excerpt(`${m[4]} ${m[5]}`, 40) } }];
    context.report({ message: 'partExceeds', data: { total: `${m[1]} ${m[2]}`, part: m[4] }, range: rangeIn(paragraph, m.index, partAt + m[4].length), related });
  }
}

/** Phone 412: a table row's label (its first cell) and the figure. */
function rowLabel(f: Figure): string {
  const cell = /^\s*\|([^|]*)\|/.exec(f.paragraph.text)?.[1].replace(/\*\*/g, '').trim();
  return cell ? excerpt(`${cell} ${show(f)}`, 40) : label(f);
}

/** A share that its part and its total do not give: what they give, to the share's own decimals (one at least). */
function reportShare(context: Pick<UnitContext, 'report'>, part: Figure, total: Figure, stated: Figure, partLabel = label(part), message: 'share' | 'ofPlan' = 'share'): void {
  const expected = trim(((part.value / total.value) * 100).toFixed(Math.max(1, stated.decimals)));
  context.report({
    message,
    data: { part: partLabel, total: show(total), expected, stated: show(stated) },
    range: rangeIn(stated.paragraph, stated.offset, stated.offset + stated.length),
  });
}

const INDEX = new WeakMap<readonly Figure[], Map<Figure, number>>();

/** Where a figure stands in its paragraph's list (a map built once per list: a paragraph may hold thousands). */
function indexIn(figures: readonly Figure[], f: Figure): number {
  let index = INDEX.get(figures);
  if (!index) INDEX.set(figures, (index = new Map(figures.map((g, i) => [g, i]))));
  return index.get(f) ?? -2;
}

/**
 * 回收1150份，回收率95.8%；其中有效问卷1104份，有效率96.0%: a rate of a count stated between the total and the part
 * (the questionnaires returned, the problems put right) is the part's share of that nearer base, not of the total.
 */
function fitsNearerBase(figures: readonly Figure[], total: Figure, part: Figure, pct: Figure, siblings: readonly Figure[] = []): boolean {
  const text = part.paragraph.text;
  const rate = RATE_AFTER_ZH.exec(text.slice(part.offset + part.length, pct.offset))?.[1];
  for (let i = indexIn(figures, total) + 1; i >= 1 && i < figures.length && figures[i] !== part; i++) {
    const base = figures[i];
    // 其中胜诉案件261件，败诉案件25件，败诉率8.7%: a sibling part is the base of a rate only where its words name the
    // rate's verb (其中办结598件，按期办结570件，按期办结率95.3%), never of 败诉率 after 胜诉 or of 不起诉率 after 起诉.
    // 其中重大隐患12处，已整改到位11处，整改率91.7%: a part saying what was done of the sibling right before it (已整改到位)
    // may be counted against that sibling (11 of 12).
    const doneOfIt = figures[i + 1] === part && DONE_PART.test(text.slice(Math.max(part.subjectStart, base.offset + base.length), part.offset).replace(/^.*[，,、；;：:]/u, '').trim());
    if (rate && siblings.includes(base) && !doneOfIt && (NEGATION.test(rate) || !text.slice(Math.max(base.subjectStart, base.offset - 20), base.offset).replace(/^.*[，,、；;：:]|^\s*其中/u, '').includes(rate.slice(-2)))) continue;
    if (base.unit === part.unit && base.dimension === part.dimension && base.value >= part.value && fits(part, base, pct)) return true;
  }
  return false;
}

/**
 * 全年受理1286件，办结1270件，其中按期办结1251件，按期办结率97.3%: a rate of a part worked out on the count stated just
 * before the total, in the same sentence and unit, that the total is some of (cases received, of which 1270 were closed)
 * — as common a base for 按期办结率 as the cases closed; only a rate that fits neither is wrong.
 */
function fitsOuterBase(figures: readonly Figure[], total: Figure, part: Figure, pct: Figure): boolean {
  // 全年计划改造老旧小区72个、涉及居民1.86万户，已开工70个，已完工65个，完工率90.3%: any count of the sentence before the
  // total in its unit and at least it (the plan, then what was started) is a base the rate may be of (65 of 72).
  const text = total.paragraph.text;
  // Back to the sentence's start, a dozen figures at most (each gap read once).
  const at = indexIn(figures, total);
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) {
    const outer = figures[i];
    if (SENTENCE_END_ZH.test(text.slice(outer.offset, figures[i + 1].offset))) return false;
    if (outer.unit !== total.unit || outer.dimension !== total.dimension || outer.approximate || outer.value < total.value) continue;
    if (fits(part, outer, pct)) return true;
  }
  return false;
}

/** 已整改到位11处 · 已完工65个: a part that says what was done (已 and a verb), whose base may be the count right before it. */
const DONE_PART = /^已(?:经|全部)?\p{sc=Han}/u;

/**
 * 其中，专门委员会提出的提案1件，乡镇联络组提出的提案8件，占总数的11.5%: a share after the second or a later part of the
 * list, where no part before it stated its own, may be the listed parts' share together (9 of the 78 filed). Against the
 * total or a nearer base (a count stated between the total and the list), as fitsNearerBase.
 */
function fitsListedParts(figures: readonly Figure[], parts: readonly Figure[], i: number, total: Figure, pct: Figure): boolean {
  if (i < 1 || parts.slice(0, i).some((p) => parts.slice(0, i + 1).some((q) => q.unit !== p.unit) || figures[indexIn(figures, p) + 1]?.dimension === '%')) return false;
  const together: Figure = { ...parts[i], value: parts.slice(0, i + 1).reduce((s, p) => s + p.value, 0) };
  if (fits(together, total, pct)) return true;
  for (let k = indexIn(figures, total) + 1; k >= 1 && k < figures.length && figures[k] !== parts[0]; k++) {
    const base = figures[k];
    if (base.unit === together.unit && base.dimension === together.dimension && base.value >= together.value && fits(together, base, pct)) return true;
  }
  return false;
}

/**
 * A share column that adds up to more than its 100% (56% + 38% + 30% + 50% + 26%) and that more than one row of the
 * amounts it was matched with does not give: the shares are of something else, and the sum's finding on the total row
 * says it once — not a finding on every row. One row off (38.5% of 412 in 1,236) is still shown at its row.
 */
function sharesOfAnotherWhole(parts: readonly Figure[], total: Figure, shares: readonly Figure[]): boolean {
  if (!sharesOverflow(shares.map((p) => p.value), maxOf(shares.map((p) => p.decimals)))) return false;
  return parts.filter((p, i) => !fits(p, total, shares[i])).length > 1;
}

/** The stated percentage lies within what the part and the total, as rounded, allow. */
/** `exactTotal`: the total is a plan, target or budget, set as written (年度计划4亿元 is 4亿元, not 3.5 to 4.5亿元). */
function fits(part: Figure, total: Figure, pct: Figure, exactTotal = false): boolean {
  const half = (f: Figure) => (exactTotal && f === total ? 0 : lastDigit(f) / 2);
  const low = ((part.value - half(part)) / (total.value + half(total))) * 100;
  const high = ((part.value + half(part)) / Math.max(total.value - half(total), 1e-9)) * 100;
  const slack = 0.5 * 10 ** -pct.decimals + 1e-9;
  return pct.value >= low - slack && pct.value <= high + slack;
}

/** The words after a whole and before its parts: its noun, then 中 and a comma (46家服务站中，). */
const AMONG_CUE = /^\p{sc=Han}{1,12}中[，,]$/u;
const SENTENCE_END_ZH = /[。！？!?]/;

function checkTotal(context: UnitContext, b: Breakdown, total: Figure): void {
  // The parts that cannot overlap: all of them, a set of one kind, or a single part (never more than its whole).
  const candidates = b.parts.length === 1 ? [b.parts] : b.groups;
  // 利润总额0.36亿元，其中…盈利0.63亿元…亏损0.47亿元: a loss is taken off the net whole, not added to it.
  const signed = (p: Figure) => (b.losses?.has(p) ? -p.value : p.value);
  // | Total | ($25) | over (£20), £10, (£5): signed figures that are all of the total are said not to add up to it ("more
  // than (£25)" reads wrong of a fall).
  const signedAll = b.complete && b.partition && b.whole && !b.partial && (total.value < 0 || b.parts.some((p) => p.value < 0));
  for (const parts of signedAll ? [] : candidates) {
    // 净增1200户，其中新增3400户、减少2300户: gains alone are more than a net whole; only a set with its losses is summed.
    if (b.losses && !parts.some((p) => b.losses?.has(p))) continue;
    const sum = parts.reduce((s, p) => s + signed(p), 0);
    if (sum <= total.value + Math.max(roundedTolerance(b, total), wholeTolerance(total, parts))) continue;
    // A single part: 其中新建9个 under 6个 is more than its whole, not a sum (no "9个=9个").
    if (parts.length === 1) report(context, 'partExceeds', { total: show(total), part: show(parts[0]) }, parts, total, b.wholeAbove);
    else report(context, 'exceeds', { total: show(total), expression: expression(parts, written(total, sum, parts), b.losses) }, parts, total, b.wholeAbove);
    return;
  }
  // A loss may be more than the net whole (客运板块亏损1.19亿元 under 利润总额0.36亿元): only the sum is read.
  if (b.losses) {
    checkNetTotal(context, b, total, signed);
    return;
  }
  // "Of these, 1,310 were nurses": parts that may overlap, each some of the whole on its own.
  if (b.subsets) {
    for (const p of b.parts) {
      if (p.value <= total.value + wholeTolerance(total, [p])) continue;
      // "- Of these, 2,410 were restarted" under the list item before: the finding is at the part.
      report(context, 'partExceeds', { total: show(total), part: show(p) }, [p], total, b.wholeAbove);
      return;
    }
  }
  // Parts of several kinds of a whole named with 中 (调研的46家服务站中，收支平衡的13家；依靠财政补贴的52家): they may
  // overlap, but none of them, counted in the whole's own unit in its sentence, can be more than the whole on its own.
  if (b.parts.length > 1 && AMONG_CUE.test(b.paragraph.text.slice(total.offset + total.length, b.cueAt))) {
    for (const p of b.parts) {
      if (p.unit !== total.unit || p.scale !== total.scale || SENTENCE_END_ZH.test(b.paragraph.text.slice(total.offset, p.offset))) continue;
      if (p.value <= total.value + Math.max(roundedTolerance(b, total), wholeTolerance(total, [p]))) continue;
      report(context, 'partExceeds', { total: show(total), part: show(p) }, [p], total);
      return;
    }
  }
  const sum = b.parts.reduce((s, p) => s + p.value, 0);
  const rounded = roundedTolerance(b, total);
  // 11,240 patients: 5,480 female and 5,690 male: the two halves of an exhaustive pair, all of the whole.
  if (b.halves) {
    const about = total.approximate ? Math.abs(total.value) * 0.01 : 0;
    if (Math.abs(sum - total.value) > Math.max(rounded, about, wholeTolerance(total, b.parts))) {
      report(context, 'halves', { first: b.halves[0], second: b.halves[1], total: show(total), expression: expression(b.parts, written(total, sum, b.parts)) }, b.parts, total, b.wholeAbove);
    }
    return;
  }
  if (b.complete && b.partition && b.whole && !b.partial && b.parts.length >= 2 && Math.abs(sum - total.value) > Math.max(rounded, wholeTolerance(total, b.parts))) {
    report(context, 'differs', { total: show(total), expression: expression(b.parts, written(total, sum, b.parts)) }, b.parts, total);
  }
}

/** Gains and losses of a net whole that the text says are all of it: their net, the losses taken off, is the whole. */
function checkNetTotal(context: UnitContext, b: Breakdown, total: Figure, signed: (p: Figure) => number): void {
  const sum = b.parts.reduce((s, p) => s + signed(p), 0);
  if (b.complete && b.partition && b.whole && !b.partial && Math.abs(sum - total.value) > Math.max(roundedTolerance(b, total), wholeTolerance(total, b.parts))) {
    report(context, 'differs', { total: show(total), expression: expression(b.parts, written(total, sum, b.parts), b.losses) }, b.parts, total);
  }
}

/** Rounded whole amounts (a statement's cells): one unit of the last digit, or half the worst case over many. */
function roundedTolerance(b: Breakdown, total: Figure): number {
  return b.rounded ? Math.max(...[total, ...b.parts].map((f) => 10 ** -f.decimals)) * Math.max(1, (b.parts.length + 1) / 4) : 0;
}

/** Women % and Men % of one table row (model/complement-columns.ts): the two halves' shares make 100%. */
function checkComplement(context: UnitContext, b: Breakdown, halves: [string, string]): void {
  const sum = b.parts.reduce((s, p) => s + p.value, 0);
  const decimals = maxOf(b.parts.map((p) => p.decimals));
  if (Math.abs(sum - 100) <= 10 ** -decimals + 1e-9) return;
  report(context, 'complement', { first: halves[0], second: halves[1], expression: expression(b.parts, `${trim(sum.toFixed(decimals))}%`) }, b.parts);
}

function checkShares(context: UnitContext, b: Breakdown): void {
  const sum = b.parts.reduce((s, p) => s + p.value, 0);
  // Shares of one whole miss 100% by no more than the rounding of all of them: five shares of one decimal, each up to
  // 0.05 off, may come to 99.8% (20.4%×4 + 18.2% of 100.0%); only beyond that are they wrong.
  const tolerance = b.parts.reduce((s, p) => s + lastDigit(p) / 2, 0) + 1e-9;
  const decimals = maxOf(b.parts.map((p) => p.decimals));
  const shown = `${trim(sum.toFixed(decimals))}%`;
  const data = { expression: expression(b.parts, shown) };
  // Shares one a line (- Infrastructure: 41% ⏎ … ⏎ - Other: 14%): the finding is on the last item, where the list ends.
  const lines = b.parts[0].paragraph !== b.parts[b.parts.length - 1].paragraph;
  if (sum > 100 + tolerance && b.partition) report(context, 'sharesExceed', data, b.parts, undefined, lines);
  else if (b.complete && !b.partial && Math.abs(sum - 100) > tolerance) report(context, 'sharesDiffer', data, b.parts, undefined, lines);
}

function report(context: UnitContext, message: string, data: Record<string, string>, parts: Figure[], total?: Figure, atParts = false): void {
  const related = parts.map((p) => ({ range: rangeIn(p.paragraph, p.offset, p.offset + p.length), message: 'part', data: { text: label(p) } }));
  const last = parts[parts.length - 1];
  // A whole paragraphs above (the group's revenue, then its segments): the finding is on the parts, the whole beside it.
  if (total && atParts) {
    related.push({ range: rangeIn(total.paragraph, total.offset, total.offset + total.length), message: 'total', data: { text: label(total) } });
    context.report({ message, data, range: rangeIn(parts[0].paragraph, parts[0].offset, last.offset + last.length), related });
    return;
  }
  // Parts one a line, no total: the last one's line.
  if (!total && atParts) {
    context.report({ message, data, range: rangeIn(last.paragraph, last.offset, last.offset + last.length), related });
    return;
  }
  const anchor = total ?? parts[0];
  const end = total ? total.offset + total.length : last.offset + last.length;
  context.report({ message, data, range: rangeIn(anchor.paragraph, anchor.offset, end), related });
}

/** 202300, 22023: five digits or more with a year of this century in them, where no year belongs. */
function yearInside(f: Figure): boolean {
  const text = f.paragraph.text;
  const digits = text.slice(f.numberStart, f.numberEnd);
  const year = /20[0-4]\d/.exec(digits);
  return year !== null && replacedYear(text, f.numberStart, digits, Number(year[0]));
}

/** One unit of the last digit written, in base units: 1.2万 → 1000, 3.5% → 0.1; 3600人 → 0 (a count as written is exact). */
function lastDigit(f: Figure): number {
  return f.decimals > 0 || f.scale > 1 || f.dimension === '%' ? 10 ** -f.decimals * f.scale : 0;
}

/**
 * How far rounded figures may miss their sum: one unit of the last digit (the "figures may not add up due to
 * rounding" of statistical tables), or half the worst case when many rounded figures are added. Exact counts add
 * up exactly.
 */
function roundingTolerance(figures: Figure[]): number {
  const worst = figures.reduce((s, f) => s + lastDigit(f) / 2, 0);
  const unit = maxOf(figures.map(lastDigit));
  // Never a whole unit of the coarsest figure or more beyond the others' rounding: a total cut short (1.26万户 for
  // 12,660户) misses its sum by less than one unit of its last digit, but 1.2 million is never 700,000 + 600,000.
  return Math.min(Math.max(unit, worst / 2) + 1e-9, unit / 2 + worst - unit * 1e-6);
}

/**
 * How far parts may miss their whole: as for any rounded figures, but never more than the whole's own rounding allows
 * beyond the parts' (1.2万户 is 11,500–12,499户: 其中企业4600户、个体工商户8100户 is 12,700户, and 0.46万 + 0.81万 is at
 * least 1.26万), save a two-thousandth of the whole for a total cut short rather than rounded (1.26万户 for 12,660户).
 */
function wholeTolerance(total: Figure, parts: Figure[]): number {
  const figures = [total, ...parts];
  const worst = figures.reduce((s, f) => s + lastDigit(f) / 2, 0);
  return Math.min(roundingTolerance(figures), worst + Math.abs(total.value) * 0.002 + 1e-9);
}

/**
 * A value shown in the total's own unit: 203935万元, $3.3 million. Its sign is its own, not the total's: 2.18亿元 beside a
 * total of -0.36亿元, -£0.12m beside £0.36m.
 */
function written(total: Figure, value: number, parts: Figure[]): string {
  const decimals = Math.min(4, Math.max(total.decimals, ...parts.map((p) => Math.max(0, p.decimals + Math.round(Math.log10(total.scale / p.scale))))));
  let number = trim((Math.abs(value) / total.scale).toFixed(decimals));
  const text = total.paragraph.text;
  const totalNumber = text.slice(total.numberStart, total.numberEnd);
  // 3,420 · 4 300 (the United Nations' Chinese style): the result grouped as the total is.
  const separator = totalNumber.includes(',') ? ',' : /\d[ \u00a0\u2009\u202f]\d{3}/.exec(totalNumber)?.[0][1];
  if (separator) number = number.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, separator));
  let lead = text.slice(total.offset, total.numberStart);
  let tail = text.slice(total.numberEnd, total.offset + total.length);
  // ($13,180): an accounting negative, its brackets its sign.
  const bracketed = /^[(（]/.test(lead) && /[)）]$/.test(tail);
  if (bracketed) [lead, tail] = [lead.slice(1), tail.slice(0, -1)];
  lead = lead.replace(/^[-−－]/, '');
  const zero = Number(number.replace(/[^\d.]/g, '')) === 0;
  if (value < 0 && !zero) {
    if (bracketed) return `(${lead}${number}${tail})`;
    lead = `-${lead}`;
  }
  return lead + number + tail;
}

/** 80所+36所+20所=136所 · 0.63亿元+0.28亿元-0.47亿元 (a loss taken off) */
function expression(parts: Figure[], result: string, losses?: ReadonlySet<Figure>): string {
  return `${parts.map((p, i) => (i === 0 ? '' : losses?.has(p) ? '-' : '+') + (i === 0 && losses?.has(p) ? '-' : '') + show(p)).join('')}=${result}`;
}

function show(f: Figure): string {
  return f.paragraph.text.slice(f.offset, f.offset + f.length).replace(/\s+/g, ' ').trim();
}

/** The part with the words that say what it is: 小学80所, staff $1.9 million. */
function label(f: Figure): string {
  if (f.cell !== undefined) return excerpt(`${f.cell} ${show(f)}`, 40);
  const text = f.paragraph.text;
  const start = Math.max(f.subjectStart, f.offset - 20);
  const words = text.slice(start, f.offset + f.length).trim().replace(/^(?:其中|分别为|分別為|分别是|of which|including)[，,：:\s]*/i, '');
  // English labels often follow the figure: 700 were from women.
  const after = /\p{sc=Han}/u.test(words) ? '' : text.slice(f.offset + f.length, f.offset + f.length + 30).split(/[,;.:)]|\band\b/)[0].trimEnd();
  return excerpt(words + after, 40);
}

/** 单价, 每户, "each", "per month": a paragraph that may state a total with its count and price per item. */
const PRICE_WORDS = /单价|單價|每|\b[Ee]ach\b|\bapiece\b|\bper\s|\ba\s+(?:head|place|day|week|month|year|night|session)\b/;

/**
 * 采购电脑20台，单价5000元，共计12万元 · "£4,800 on the summer scheme (40 places at £130 each)": a total that is its
 * count times its price per item (a sum of equal parts), within the total's rounding.
 */
function checkUnitPriceTotals(context: UnitContext, paragraph: Paragraph): void {
  for (const { count, price, total } of readUnitPriceTotals(paragraph, context.model.figuresIn(paragraph))) {
    const expected = count.value * price.value;
    if (Math.abs(expected - total.value) <= lastDigit(total) / 2 + 1e-9) continue;
    const data = { count: show(count), price: show(price), expected: written(total, expected, [price]), stated: show(total) };
    report(context, 'product', data, [count, price], total);
  }
}

// 三次产业结构为8.3:38.8:52.9 · 产业结构由9.1∶39.2∶51.7调整为8.3∶38.8∶52.9: the shares of a whole, in per cent, as a ratio.
const STRUCTURE_RATIO = /(?:结构|結構)(?:比|比例)?(?:为|為|是|由|调整为|調整為|优化为|優化為|变为|變為|达到|達到)?\s*((?:\d{1,2}(?:\.\d{1,2})?\s*[:：∶]\s*){1,5}\d{1,2}(?:\.\d{1,2})?)(?![\d.:：∶])/g;
const RATIO_AGAIN = /^\s*(?:调整为|調整為|优化为|優化為|变为|變為|转变为|轉變為|提高到|降至)\s*((?:\d{1,2}(?:\.\d{1,2})?\s*[:：∶]\s*){1,5}\d{1,2}(?:\.\d{1,2})?)(?![\d.:：∶])/;

/**
 * 三次产业结构为8.3:38.8:54.6: a structure written as a ratio of percentages adds up to 100 within its rounding. Only
 * ratios whose parts add up to between 90 and 110 (a ratio of 1:2:3 is no set of shares), with a decimal in them.
 */
function checkStructureRatios(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  const check = (ratio: string, at: number, name: string) => {
    const parts = ratio.split(/\s*[:：∶]\s*/);
    if (parts.length < 2 || !parts.some((p) => p.includes('.'))) return;
    const decimals = maxOf(parts.map((p) => (p.split('.')[1] ?? '').length));
    const sum = parts.reduce((s, p) => s + Number(p), 0);
    const tolerance = parts.length * 0.5 * 10 ** -decimals + 1e-9;
    if (sum < 90 || sum > 110 || Math.abs(sum - 100) <= tolerance) return;
    context.report({
      message: 'ratio',
      data: { name, expression: `${parts.join('+')}=${trim(sum.toFixed(decimals))}` },
      range: rangeIn(paragraph, at, at + ratio.length),
    });
  };
  for (const m of text.matchAll(STRUCTURE_RATIO)) {
    const at = m.index! + m[0].length - m[1].length;
    // The structure's name: 三次产业结构, 产业结构, 收入结构.
    const name = (/\p{sc=Han}{0,6}$/u.exec(text.slice(Math.max(0, m.index! - 6), m.index!))?.[0] ?? '') + text.slice(m.index!, m.index! + 2);
    check(m[1], at, name);
    // …由9.1:39.2:51.7调整为8.3:38.8:52.9: the second ratio of the same structure.
    const again = RATIO_AGAIN.exec(text.slice(m.index! + m[0].length));
    if (again) check(again[1], m.index! + m[0].length + again[0].length - again[1].length, name);
  }
}

// 得分为32分（满分30分） · 考核得分为105分（总分100分）: a score with its full marks in the bracket right after it.
const SCORE_OF_FULL_MARKS = /(\d+(?:\.\d+)?)\s*分\s*[（(]\s*(?:满分|滿分|总分|總分)(?:值)?\s*(?:为|為|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/g;

/**
 * A score above the full marks stated beside it: 教学设计得分为32分（满分30分）. Only the bracket right after the score
 * (not 满分100分之外另计, nor a change in points: 提高了3.6分).
 */
function checkFullMarks(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  for (const m of text.matchAll(SCORE_OF_FULL_MARKS)) {
    const at = m.index!;
    // 1,205分: a digit or separator before the match belongs to the number.
    if (at > 0 && /[\d.,，]/.test(text[at - 1]) && /\d/.test(text[at - 2] ?? '')) continue;
    const score = Number(m[1]);
    const max = Number(m[2]);
    if (!(score > max) || max === 0) continue;
    context.report({ message: 'overFullMarks', data: { score: `${m[1]}分`, max: `${m[2]}分` }, range: rangeIn(paragraph, at, at + m[0].length) });
  }
}
