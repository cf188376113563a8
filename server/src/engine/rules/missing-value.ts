/**
 * missing-value — 数字缺失 / A number or year was dropped
 *
 * What: a figure, a year, a date's numbers or a name gone from where the sentence still needs it: what stands around
 * it (a unit, a sign, 共, a verb that counts) is left.
 * - A year gone: 年 standing alone at the start of a clause (年,区教育局…; …政策,年预算内支出…), a range with no start
 *   (按照-2010年), a year dropped after a date lead before its month (截至年6月底, 于年3月), a year lost before a month
 *   after a date line's dash (——年11月27日在…会议上) or before 年度 in a budget report's title (关于年度省级预算执行…),
 *   and a year in Chinese numerals with a digit lost (到二三五年 for 二〇三五年).
 * - A date's numbers gone: a date without its numbers (于月日, 今年月份, 月日下午 at a clause start, 请于2026年月日前报送,
 *   截止2026年月底, 计划于年月启动, 于2025年7月日召开); the day left blank in a date whose year and month are written
 *   (述职人：张三 / 2025年12月  日; the month and the day, 会议于2026年  月  日召开, 2026年__月__日;
 *   not a form's blank     年  月  日); a signing date on a line of its own with its year written and its month and day blank (县发展和改革局 ⏎
 *   2025年  月  日, 二〇二五年 月 日; not 填报日期：2026年  月  日 nor a form's blank     年  月  日).
 * - A unit with no number after 共/达/为 or a floor (共名, 共培训名教师, 共投入资金万元, 达万元, 为%, 控制在%以内,
 *   提高到%, 累计上涨%, 增速回落个百分点, 达到 %。— a space typed for the figure —, a cap before its unit (用水总量控制在
 *   亿立方米以内, 不超过万吨标准煤。; missing-value-cap.ts), 全县所学校, 不少于名, 不低于万元;
 *   共招募网格员名， — a verb and whatever it counts before 名; 培训名， and 招聘新教师名， — a verb, perhaps whom it
 *   counts, and 名 at a clause end); a total and a one-character unit (全县共有各类市场主体户, 共收缴党费元; an adverb of
 *   manner may stand before the verb, and 全年 counts before 条 or 篇: 共主动公开政府信息条，, 全年依法发布通告条; not 链条, 逐条), 为期个月,
 *   培训共天, 不少于学时; 处 after a noun counted in places (发现隐患共处，, 排查隐患点位共计处; not 和谐共处, 共处理); 宗
 *   after a total ending the clause (图斑共宗，); 个以上 after a noun (赛事个以上; not 三个以上); 以上 ending the clause after a
 *   unit is the lost figure's bound (总产值达到亿元以上。; 亿元以上项目 is an order of magnitude, but its count may be gone: 共引进亿元以上项目个，); a unit of measure after 为 (平均降雨量为毫米，总库容为万立方米); a rate with nothing after 达
 *   (达线率达。, 增速达到，); a unit before 左右 or after 约 with no figure (可解决名左右学生, 总投资约万元); 仅 before a
 *   unit ending the clause (养老护理员仅名，; not 仅次于, 仅个别); 涉及 before a unit (此次事故涉及人。; not 涉及人、财、物); who
 *   was served, counted with no count (为户中小微企业办理退税, 帮助名困难学生, 向家企业; not 为户籍人口, 为户外, 一户一策, 户均).
 * - A unit straight after a verb and its object at the end of a clause (全年完成投资亿元, 培训基层干部人次, 接待游客万人次,
 *   发放慰问金元, 清运垃圾万吨; a facility built and its unit: 全县已建成村级互助养老服务点个, 新开工改造城镇老旧小区个), after the name of a measure
 *   (老年人口万人, 罚没款万元, 总投资亿元, 涉及金额万元, 落实项目融资亿元, 造林绿化面积亩, 挽回经济损失万元; scaled care
 *   volumes, 出院患者万人次; 床位总数张) or after a verb and a noun with the unit that counts it (查处违法违规机构家,
 *   召开座谈会次, 收集意见建议条, 化解矛盾纠纷起, 整改安全隐患处, 化解信访积案件, 发放宣传资料万份, 聘请社会监督员名, 聘用生态护林员名 and any post ending in 员 before 名, 人 or 人次 (新增保洁员人; not 会员名单, 人员名册),
 *   追回医保基金万元, 查处违法案件起, 受理群众来信来访件次, 共有中小学所, 判处罪犯名, 新增城镇就业人, 共有各类学校所,
 *   组织各类培训场次, 新增就业岗位个); a verb of counting, a title in quotes and a unit ending the clause (表彰市级
 *   “三八红旗手”名、); 已 (正在, 未) and a verb or two of handling straight before a unit ending the clause (已完成整改个。,
 *   正在整改个，, 已办结件，; not 个别, 个人, 整改个案, 受理人, 长期未结案件 — pending cases); a head count lost after a verb of discipline (，处分人。,
 *   共问责人), or before 名 after the people held to account (约谈相关责任人名。, 诫勉谈话干部名，; not 责任人名单).
 * - Lists, parts and changes: the next item of a list of counts (抽查了8个乡镇、个项目; 单位216家、特种设备台; a casualty count after
 *   another figure: 事故26起、死亡人，; not 死亡人数), a count
 *   lost after another (10个方面个问题), 反映的个问题 and 等个部门; a part after 其中 whose count is gone before 的 and a unit
 *   (其中判处五年以上有期徒刑的名。) or before the unit its whole is counted by, the whole's noun naming it (发表论文312篇，
 *   其中CCF-A类论文篇，; not 其中老年人 after 群众860人); a part beside its counted sibling (其中来信件，来访563批); a change
 *   against an earlier level with a unit and no figure (较上年减少个，比上年减少亩。较上年同期增加万人次); a share or a
 *   completion with no figure before the % that ends the clause (完成全年目标任务的 %。占全市新增就业的%，).
 * - Spaces and digits: spaces left where the figure was to be typed (撰写心得体会  篇，组织会议 次。; mid-clause before a
 *   unit of two characters or more on a line with punctuation: 不合格产品 批次全部依法处置); the digits between a
 *   thousands comma and the point (3，.83万元), and the whole part of a decimal after a word a figure follows (达到.6万人, 提高.8个百分点; but 成效明显.3月 is a half-width full stop, punctuation's).
 * - Names, places and numbers: the place after 全 (在全率先, 召开的全第三届, 超过了全平均水平); a document number whose
 *   serial is gone (江医保发〔2026〕号); a name dropped before a role (办公室主任由同志担任, 由同志负责, 分别由、担任,
 *   联系人：，电话…; not 由同志们, 由分管同志负责, 由专人负责); a telephone's, a postcode's, an address's or an e-mail's
 *   label with nothing before the clause end (联系电话：。, 邮编：。, 地址：，).
 * - In English, a currency or percent sign with no figure (raised $ million, grew by % in 2025, the fund returned %, a
 *   dividend of p per litre, valued at GBP  and, save £ per month, "is saving roughly $k per month", reduce it by £m
 *   by March, will add £ to the fee, fell from £ to £31,200, contributed £ and, a further £ from, compared with £ for,
 *   Two legacies totalling £m were received, with £  m of contingency; a verb before a bare share: We vaccinated %
 *   of patients, not weighted % of), after a change to a level (rose to £m, amounted to £bn) or opening a
 *   sentence before a verb of money (£ was spent on repairs).
 * - In English, a count or a time gone: a time unit with no figure after a change to a level or in an average (fell to
 *   working days, The average time … was weeks, compared with 26 weeks); "a total of" with no count (a total of
 *   people); two spaces where the count was after a group's noun (The team of  developers), before a describing word
 *   and the plural it counts (published  peer-reviewed papers, a median of  days), after "there were"
 *   (There were  category 3 incidents), after a verb that counts or a word that stands before a figure (supported  families, more
 *   than  hours; not helped  many more people), or after comprised, included, covered, took, lasted, ran for or around
 *   (comprised  days of audit work; not a table's "Days  Hours", nor two spaces after a full stop); a unit straight
 *   after a verb of doing (collected tonnes of solvent waste, planted hectares of woodland); a verb of being with a
 *   typed space and then a comma (The mean pH was , compared with 5.9).
 * - In English, a date, a figure of a range or a name gone: a date word straight before a comma (In , we opened…;
 *   completed in , ahead of schedule); a change or range with no first figure (rose from to 71%, between and 4,000) or
 *   no second one (rose from 42,000 to  over the year), or a change with no starting point (the transition from to
 *   SLS, from to December 2025); an article before a word that cannot follow it (an Officer of the and leads); a
 *   preposition with its name gone (in the village of Tur Langton in ., chaired by , with; not log in , then) or a
 *   funder's name (funded by the  Trust); two spaces before a verb or a preposition (the site in  was noted, started
 *   in  by local residents).
 * Not: words, figures and labels that hold a unit, a sign or a blank and need no number there.
 * - Words: words that begin with 年 (年初, 年度, 年底, 年龄…), 年 meaning "per year" (年出栏, 年可实现, 月调度、季通报、
 *   年考核), 万 and 亿 as orders of magnitude (万亿级产业, 迈上万亿台阶, 亿元以上项目, 万元户, 百万元级), set phrases that
 *   hold a unit (千家万户, 名列前茅, 企业家, 专家, 演练场; 报名, 知名, 命名 after 共…), 左右 as "swayed" or "left and
 *   right" (为外界所左右, 左右两侧), 共同, 公共场所, 达到名校, 以人为本, 全市所有学校, place names (京津冀, 港澳台,
 *   成达万高铁), verbs that start with 批 (共批捕…13987人, 批复, 批转), 表彰“三八红旗手”名单, 评选“最美家庭”120户,
 *   其中参加培训的人, 其中符合条件的个人, 服务点个数.
 * - Figures written otherwise: 签约亿元以上项目, estimates (投入资金数万元, 投资上亿元, 近亿元), a figure before the verb
 *   (共1050培训人次), a range that starts with a date (（2020年8月-2021年9月）), a year that text extraction split off
 *   (2007。年…), the name of a measure in a list whose change follows (接待游客人次、游客总花费分别增长…), a file's name
 *   whose parts hyphens join (附件1-合格-2025年第21号食品抽检信息.pdf).
 * - Labels and headings: a unit label (单位为吨, 单位为万元, 占比为各县占全市的%; (£ billion), figures in $ million, per £
 *   million, Amounts: £ million, a caption's ", £ million", a $ million cell of a table's Unit column, a column's
 *   heading | Source | £ million | over the |---| rule (a date in the row: | Year ended 31 July 2026 | £ million |) or lined up with spaces over its figures, also with a rule of
 *   dashes between, "Item   £ million" over "-----" over "Salt   1.31"); the heading of a
 *   column of percentages (产品名称 产量（吨） 比上年增长%, | 增长% |; a heading row lined up with spaces,
 *   "Target   Achieved   % of target"); a table's cell with no punctuation to end it (数量  个).
 * - In English: a total of 12 people, a total of about forty, a doubled space before a word that needs no figure (There
 *   were  no incidents), the % sign, ranked by percentage, growth by percent change.
 *
 * Why: when a draft is reused, years and figures are deleted to be filled in later — and then forgotten.
 *
 * 检查：句中仍需要的数字、年份、日期中的数字或名称丢失，只留下了周围的单位、符号、“共”或计数动词。
 * - 年份丢失：分句开头孤立的“年”（年,区教育局…；…政策,年预算内支出…），缺起点的范围（按照-2010年），日期前缀后、月份前缺
 *   年份（截至年6月底、于年3月），日期行破折号后、月份前缺年份（——年11月27日在…会议上），预算报告标题中“年度”前缺年份
 *   （关于年度省级预算执行…），少了一位数字的汉字年份（到二三五年，应为二〇三五年）。
 * - 日期中的数字丢失：缺数字的日期（于月日、今年月份、分句开头的月日下午、请于2026年月日前报送、截止2026年月底、计划于
 *   年月启动、于2025年7月日召开）；年月已写而日留空的日期（落款“2025年12月  日”；年份已写而月、日空着的：会议于
 *   2026年  月  日召开、2026年__月__日；表格中年月日都空着的不报）；单独成行、写了年份而月、日空着的落款日期（县发展和改革局 ⏎
 *   2025年  月  日、二〇二五年 月 日；“填报日期：2026年  月  日”和表格中年月日都空着的不报）。
 * - 共/达/为/不少于后直接跟单位：共名、共培训名教师、共投入资金万元、共招募网格员名、培训名，、招聘新教师名，、达万元、
 *   为%、控制在%以内、控制在亿立方米以内、提高到%、累计上涨%、增速回落个百分点、达到 %。（为数字留了空格）、全县所学校、不少于名、不低于万元；
 *   合计词后直接以单字单位结束的分句（全县共有各类市场主体户、共收缴党费元；动词前可有“主动”“依法”等，“全年”在“条”“篇”前同样计数：共主动公开政府信息条，、全年依法发布通告条；链条、逐条不报），为期个月、培训共天、不少于学时；以“处”计的隐患、点位后缺数（发现隐患共处，；“和谐共处”“共处理”不报），图斑共宗，、赛事个以上（三个以上不报），句末的“亿元以上”（总产值达到亿元以上。；亿元以上项目不报，但其个数缺失的照报：共引进亿元以上项目个，）；“为”后直接是
 *   计量单位（平均降雨量为毫米、总库容为万立方米）；“率达”“增速达到”后无数值（达线率达。、增速达到，）；“左右”前或“约”后
 *   直接是单位（可解决名左右学生、总投资约万元）；“仅”后直接以单位结束分句（养老护理员仅名，；仅次于、仅个别不报）；
 *   “涉及”后直接是单位（此次事故涉及人。；涉及人、财、物不报）；服务对象前缺数量（为户中小微企业办理退税、帮助名困难学生、
 *   向家企业；为户籍人口、为户外、一户一策、户均不报）。
 * - 动词及宾语后直接以单位结束分句（全年完成投资亿元、培训基层干部人次、接待游客万人次、发放慰问金元、清运垃圾万吨；建成的
 *   设施后直接是单位：全县已建成村级互助养老服务点个、新开工改造城镇老旧小区个），指标名称后直接以单位结束分句（老年人口万人、罚没款万元、总投资亿元、
 *   涉及金额万元、落实项目融资亿元、造林绿化面积亩、挽回经济损失万元、出院患者万人次、床位总数张），名词与计它的单位相连
 *   （查处违法违规机构家、召开座谈会次、收集意见建议条、化解矛盾纠纷起、整改安全隐患处、化解信访积案件、发放宣传资料万份、
 *   聘请社会监督员名、聘用生态护林员名（以“员”结尾的岗位后直接是名、人、人次；会员名单、人员名册不报）、追回医保基金万元、查处违法案件起、受理群众来信来访件次、共有中小学所、判处罪犯名、新增城镇就业人、
 *   共有各类学校所、组织各类培训场次、新增就业岗位个）；计数动词、引号中的称号后直接以单位结束分句（表彰市级“三八红旗手”
 *   名、）；“已”（正在、未）和一两个办理动词后直接以单位结束分句（已完成整改个。、正在整改个，、已办结件，；个别、个人、
 *   整改个案、受理人、长期未结案件不报）；处分类动词后缺人数（，处分人。、共问责人），约谈、诫勉等之后“名”前缺人数（约谈相关责任人名。、诫勉谈话干部名，；“责任人名单”不报）。
 * - 列举、部分和变化：列举中下一项的数字（抽查了8个乡镇、个项目；单位216家、特种设备台；另一数字之后的伤亡人数：事故26起、死亡人，；“死亡人数”不报），紧接另一数量之后缺的数字
 *   （10个方面个问题），反映的个问题、等个部门；“其中”之后“的”与单位之间缺数字（其中判处五年以上有期徒刑的名。）或部分的
 *   名称与整体相同、单位前缺数字（发表论文312篇，其中CCF-A类论文篇，；“群众860人，其中老年人”不报）；与有数字的并列部分
 *   相邻而缺数字的部分（其中来信件，来访563批）；与上年比较的增减后直接是单位（较上年减少个，比上年减少亩。较上年同期增加
 *   万人次）；分句末“%”前缺数字的占比或完成比例（完成全年目标任务的 %。占全市新增就业的%，）。
 * - 空格和数位：留待填数字的空格（撰写心得体会  篇，组织会议 次。；有标点的行中分句内两字以上的单位前：不合格产品 批次
 *   全部依法处置），千分位逗号与小数点之间丢失的数字（3，.83万元），以及数字前置词之后小数丢失的整数部分（达到.6万人、提高.8个百分点；“成效明显.3月”是半角句号，由 punctuation 报告）。
 * - 名称、地名和编号：“全”后缺地名（在全率先、召开的全第三届、超过了全平均水平），年份后缺序号的文号（江医保发〔2026〕号），
 *   职务前缺人名（办公室主任由同志担任、由同志负责、分别由、担任、联系人：，电话…；由同志们、由分管同志负责、由专人负责
 *   不报），电话、邮编、地址、电子邮箱的标签后到分句末什么也没有（联系电话：。、邮编：。、地址：，）。
 * - 英文中货币或百分号前没有数字（raised $ million、grew by % in 2025、the fund returned %、a dividend of p per litre、
 *   valued at GBP  and、save £ per month、is saving roughly $k per month、reduce it by £m by March、will add £ to the
 *   fee、fell from £ to £31,200、contributed £ and、a further £ from、compared with £ for、Two legacies totalling £m
 *   were received、with £  m of contingency、We vaccinated % of patients），变化到某一水平之后（rose to £m、amounted to £bn）或句首、表示花费或收入的动词之前（£ was spent
 *   on repairs）的货币符号。
 * - 英文中缺数量或时间数：变化后的水平或平均值缺时间数（fell to working days、The average time … was weeks、compared
 *   with 26 weeks），“a total of”后没有数量（a total of people），群体名词之后（The team of  developers）、修饰词和它
 *   所计的复数名词之前（published  peer-reviewed papers、a median of  days）、“there were”之后（There were  category 3
 *   incidents）、计数动词或more than等词之后（supported  families、more than  hours；helped  many more people不报）、
 *   comprised、included、covered、took、lasted、ran for、around之后（comprised  days of audit work；表格中的“Days  Hours”
 *   和句号后的两个空格不报）留空两格而缺数量，表示做事的动词后直接是单位（collected tonnes of solvent waste、planted
 *   hectares of woodland），系动词后留一空格再接逗号（The mean pH was , compared with 5.9）。
 * - 英文中缺日期、范围的一端或名称：日期介词后直接是逗号（In , we opened、completed in , ahead of schedule），缺起始值或终值
 *   的变化或范围（rose from to 71%、between and 4,000、rose from 42,000 to  over the year），缺起点的变化（the transition
 *   from to SLS、from to December 2025），冠词后直接是不能跟在冠词后的词（an Officer of the and leads），介词后缺名称
 *   （in the village of Tur Langton in .、chaired by , with；log in , then不报）或资助方名称（funded by the  Trust），
 *   动词或介词前多出两个空格（the site in  was noted、started in  by local residents）。
 * 不报：含有单位字、符号或空白而此处本不需要数字的词语、数字和标注。
 * - 词语：以“年”开头的词（年初、年度、年底、年龄…），表示“每年”的“年”（年出栏、年可实现、月调度、季通报、年考核），表示
 *   数量级的万、亿（万亿级产业、迈上万亿台阶、亿元以上项目、万元户、百万元级），含单位字的固定说法（千家万户、名列前茅、
 *   企业家、专家、演练场；“共”后的报名、知名、命名），非“大约”义的“左右”（为外界所左右、左右两侧），共同、公共场所、达到
 *   名校、以人为本、全市所有学校，地名简称（京津冀、港澳台、成达万高铁），以“批”开头的动词（共批捕…13987人、批复、批转），
 *   表彰“三八红旗手”名单、评选“最美家庭”120户、其中参加培训的人、其中符合条件的个人、服务点个数。
 * - 另有写法的数字：签约亿元以上项目，估数（数万元、上亿元、近亿元），数字在动词前（共1050培训人次），以日期开头的范围
 *   （（2020年8月-2021年9月）），文本提取时被断开的年份（2007。年…），列举中其后有变化的指标名称（接待游客人次、游客总花费
 *   分别增长…），以连字符连接各部分的文件名（附件1-合格-2025年第21号食品抽检信息.pdf）。
 * - 标注和表头：单位标注（单位为吨、单位为万元、占比为各县占全市的%；(£ billion)、figures in $ million、per £ million、
 *   Amounts: £ million、表题中的“, £ million”、表格“Unit”列中单独的$ million、| Source | £ million |（同行其他单元格可含日期：| Year ended 31 July 2026 | £ million |）下接|---|或以空格对齐在
 *   数字之上的列标题，中间可隔一行短横线），百分比列的表头（产品名称 产量（吨） 比上年增长%、| 增长% |；以空格对齐的表头行“Target   Achieved
 *   % of target”），没有标点收尾的表格单元（数量  个）。
 * - 英文中的a total of 12 people、a total of about forty，不需数字的词前多打的空格（There were  no incidents），百分号本身，
 *   ranked by percentage、growth by percent change。
 * 原因：沿用旧稿时先删去年份和数字留待补填，最后常常忘了补。
 *
 * Bad:  年,区教育局工作的总体思路是…
 * Good: 2024年,区教育局工作的总体思路是…
 * Bad:  全年共培训名教师，完成投资亿元
 * Good: 全年共培训120名教师，完成投资2.6亿元
 * Bad:  Membership grew by % in 2025.
 * Good: Membership grew by 12% in 2025.
 */

import { eachLostInteger } from '../model/lost-integer';
import { eachBeneficiaryGap } from '../model/beneficiary-gap';
import { eachCapGap } from './missing-value-cap';
import words from '../data/missing-value.json';
import yearWords from '../data/year-words.json';
import { positionIn, rangeIn } from '../model/paragraphs';
import { hasSpacedLatin, isHanScriptBefore } from '../model/chars';
import { alternation, classBits, codeTable, eachAnchoredMatch, eachMatch, eachMatchAt, eachMatchWhere, eachWordMatchAt, endAnchored, startPositions, startsPattern } from '../patterns';
import type { Paragraph } from '../model/paragraphs';
import type { Rule, UnitContext } from '../rule';

// What comes before each pattern's match is tested in code (eachMatchAt): a pattern that starts with a look-behind
// is tried at every position of the paragraph, one that starts with a character V8 scans for.
// 年 at a clause start (found by indexOf, the clause start tested in code); not after a space: 2007 年 is a year with
// a space in it.
const CLAUSE_START_BEFORE = codeTable('，,。；;：:、（(“”！？!?');
const atClauseStart = (text: string, i: number) => i === 0 || CLAUSE_START_BEFORE[text.charCodeAt(i - 1)] === 1;
// A range after a Han character or an opening bracket, not after 年. Not the em dash: 奋进新征程—2023年工作总结 uses
// it as a separator.
const OPEN_RANGE = /[-－–~～](?:19|20)\d\d年/g;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// （2020年8月-2021年9月）, 2020年第三季度～2021年: a date before the hyphen is the range's start (not -2021年 alone).
const DATE_BEFORE_RANGE = /(?:[\d０-９一二三四五六七八九十][月日号號]|季度|[上下]半年|年[底末初])$/;
// 附件1-合格-2025年第21号食品抽检信息.pdf: the hyphens join the parts of a file's name, not a range's ends.
const FILE_NAME_AFTER = /^[^\n，,。；;：:]{0,60}?\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et|dps)(?![A-Za-z])/i;
const opensRange = (text: string, i: number) =>
  text[i - 1] !== '年' &&
  (text[i - 1] === '（' || text[i - 1] === '(' || (isHanScriptBefore(text, i) && !DATE_BEFORE_RANGE.test(text.slice(Math.max(0, i - 3), i)))) &&
  !FILE_NAME_AFTER.test(text.slice(i, i + 80));
const NO_FIGURE_PERCENT = /(?:为|為|达到|達到|达|達|约|約|近|超过|超過|控制在|保持在|稳定在|穩定在|提高到|提高至|降至|降到|升至|共|合计|合計|累计|累計|总计|總計|占|佔|增长|增長|增加|下降|降低|减少|減少|提高|提升|上升|上涨|上漲|下跌|回落|收窄)(?:[%％]|个百分点|個百分點|[ \u3000]{1,4}[%％](?=[，,。；;、）)]))/g;
/**
 * 完成全年目标任务的 %。· 占全市新增就业的%，: a share or a completion whose figure is gone before the % that ends the
 * clause; 占 or 完成 opens the clause, after a few words at most (全县已完成…的%). Not 占比, nor after 为 or 是 (说明：占比为各县
 * 占全市的%，describes a column).
 */
const NO_FIGURE_SHARE = /(?:^|[，,；;。：:])[^，,。；;：:%％\d０-９为為是]{0,6}?((?:占|佔|完成了?)(?!比)[^，,。；;：:%％\d０-９]{1,20}的[ \u3000]{0,4}[%％])(?=[，,。；;、）)])/g;

// Not after 公 (公共); a reach word (达) not after the words in reachNotAfter (表达, 到达): both tested in code
// (startsCount), the reach by its capture group.
const TOTAL = `(?:${alternation(words.totals)}|(${alternation(words.reaches)}))`;
const REACH_NOT_AFTER = new Set(words.reachNotAfter);
/**
 * 健康达人, “职业健康达人”评选, 运动达人: 达人 (an expert, a model) after a noun is a word, not 达 with its figure gone before
 * 人 — unless a count stands before it (人数达人, 累计达人) or 次 follows (达人次).
 */
const COUNT_BEFORE_REACH = /[数數计計到已共均约約高总總量]$/;
const isExpertWord = (text: string, m: RegExpExecArray) =>
  m[1] !== undefined && m[0].endsWith('人') && text[m.index + m[0].length] !== '次' && !COUNT_BEFORE_REACH.test(text.slice(Math.max(0, m.index - 1), m.index));
const startsCount = (text: string, m: RegExpExecArray) =>
  text[m.index - 1] !== '公' && (m[1] === undefined || !REACH_NOT_AFTER.has(text[m.index - 1])) && !isExpertWord(text, m);
const TOTAL_STARTS = [...words.totals, ...words.reaches];
// 共名 / 达万元: a total straight before a unit.
const BARE_COUNT = startsPattern(`${TOTAL}[${words.units}]`, '', TOTAL_STARTS);
// 共培训名教师 / 共资助了名学生 / 共投入资金万元: a verb, and perhaps a known object, between the total and the
// unit. Objects come from a list: any two characters would read 基层 in 共培训基层干部 as 基 + the unit 层.
const VERB_COUNT = startsPattern(`${TOTAL}(?:${alternation(words.verbs)})了?(?:${alternation(words.objects)})?[${words.units}${words.unitsAfterVerb}]`, '', TOTAL_STARTS);
// 全县所学校 / 全市名教师.
const REGION_COUNT = startsPattern(`(?:${alternation(words.regions)})[${words.regionUnits}]`, '', words.regions);
// 于月日召开 / 今年月份.
// 于年月底前 / 截至年月末: the year and the month both gone before 底, 末, 初, 前 or a part of the month.
// 计划于年月启动 likewise; not 关于年月报表, 由于年月度数据, 对于年月度考核 (于 ending another word; 年月度, 年月报 are words).
/**
 * What every match of NO_DATE holds (QUOTED_GAP_TAIL says why). 2026年月日前: the year written, month and day gone (not 2026年月日均).
 * 于2025年7月日召开: the year and the month written, the day gone (not 7月日均客流, 7月日常检查: 日 opening a word).
 */
const NO_DATE_CORE = /月日|月份|年月/;
const NO_DATE = new RegExp(`(?:19|20)\\d\\d年月(?:日(?!均)|(?=底|末|初|上旬|中旬|下旬))|(?:19|20)\\d\\d年\\d{1,2}月日(?![均常照本报報期程益趋趨夜间間臻渐漸内內])|(?:${alternation(words.dateLeads)})月日|(?:${alternation(words.monthLeads)})月份|(?:于|於|截至|截止|截止到|到)年月(?=底|末|初|前|上旬|中旬|下旬)|(?<![关關由对對属屬鉴鑒基至终終])(?:于|於)年月(?![度报報份])(?=[\u4e00-\u9fff])`, 'g');
// 可解决名左右学生 / 经费万元左右: a unit straight before 左右, the figure before it gone (1.2万元左右 is whole).
const ABOUT_GAP = new RegExp(`(?:${alternation(words.aboutUnits)})左右`, 'g');
/** 左右两侧, 左右为难, 左右逢源: 左右 as "left and right" or "swayed", not "about". */
const NOT_ABOUT = /^(?:两|兩|各|侧|側|为难|為難|逢源|开弓|開弓|摇摆|搖擺|手|对称|對稱)/;
// 总投资约万元 / 约亿元: 约 "about" straight before a unit (签约亿元以上项目 and 节约 are other words).
const APPROXIMATE_GAP = new RegExp(`(?:约|約)(${alternation(words.measureUnits)})`, 'g');
/**
 * 2025年12月  日: the day left blank in a date whose year and month are written (a signature's date, a meeting's). Not a
 * form's blank date (    年  月  日: nothing filled in), nor 日 opening a word (12月 日均客流).
 */
// The month may be blank too once the year is written (会议于2026年  月  日召开, 2026年__月__日); one or two underscores
// (three or more are placeholder's blanks).
const DAY_BLANK_CORE = /月(?:[ \u3000]{1,6}|_{1,2}|＿)日/;
const DAY_BLANK = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3}|([ \u3000]{1,6}|_{1,2}|＿))月(?:[ \u3000]{1,6}|_{1,2}|＿)日(?=$|[\s，,。；;、）)]|前|起|至|止|在|召开|举行|印发|发布)/g;

/**
 * 某某区教育局 ⏎ 2025年  月  日 / 二〇二五年 月 日: a signing date on a line of its own, its year written and the month and
 * day left blank — a report's date under its signer, not a form's labelled field (填报日期：2026年  月  日).
 */
function isDateLine(paragraph: Paragraph, start: number, end: number): boolean {
  const segment = paragraph.segments.find((s) => s.offset <= start && start < s.offset + s.length);
  if (!segment) return false;
  const { text } = paragraph;
  return /^[ \t\u3000]*$/.test(text.slice(segment.offset, start)) && /^[ \t\u3000]*$/.test(text.slice(end, segment.offset + segment.length));
}
/**
 * 办公室主任由同志担任 / 由  同志负责 / 经理、副经理分别由、担任 / 分别由担任: the name before 同志 (or the names a 、 parts)
 * dropped before the role's verb. Not 由同志们, 由分管同志负责, 由专人负责, 全体同志.
 */
const NAME_DROPPED = /由[ \u3000]*同志(?=担任|擔任|兼任|负责|負責|具体负责|具體負責|主持|牵头|牽頭|分管|任[组組副正])|由[ \u3000]*(?:[、，,][ \u3000]*)+(?:同志)?(?=担任|擔任|兼任|负责|負責)|分别由(?=担任|擔任|兼任|负责|負責)/g;
/** 联系人：，电话：…: a person's label with its name gone before the next clause. Not a form's label alone at a line's end. */
/** 养老护理员仅名，/ 仅有人。: 仅 "only" straight before a count's unit that ends the clause (not 仅次于, 仅个别). */
const ONLY_GAP = /(?:仅|僅)[名人个個家所项項件户戶](?=[，,。；;、）)]|$)/g;
/**
 * 发现隐患共处，/ 排查安全隐患共计处。: 处 counts places (隐患, 问题点位, 违建) and is no unit of BARE_COUNT (共处理, 共处置 are
 * verbs); a total straight before 处 that ends the clause, after a noun counted in places. Not 和谐共处, 和平共处 (to live
 * together), nor 共处理120起.
 */
const PLACES_GAP = /(?:隐患|隱患|问题|問題|点位|點位|违建|違建|违法建筑|違法建築|危房|险情|險情|隐患点|隱患點|地块|地塊|黑臭水体|黑臭水體|堵点|堵點|盲区|盲區|风险点|風險點)[^，,。；;\d\s]{0,4}?(?:共计|共計|合计|合計|累计|累計|共)处(?=[，,。；;、）)]|$)/g;
/** 联系电话：。/ 电话：，: a telephone's label with its number gone before the clause's end. */
// 邮编：。/ 地址：，/ 邮箱：。: a postcode's, an address's or an e-mail's label likewise (the lists: data/missing-value.json,
// read by punctuation too).
const PHONE_LABEL_GAP = new RegExp(`(?:${words.numberLabels.join('|')})[：:][ \\u3000]*(?=[，,；;。])`, 'g');
const NAME_LABEL_GAP = new RegExp(`(?:${words.nameLabels.join('|')})[：:][ \\u3000]*(?=[，,；;。])`, 'g');
// At most one space: the prose read has an e-mail or a web address blanked to spaces (邮箱：kyc@example.org。).
const FIELD_LABEL_GAP = new RegExp(`(?:${words.fieldLabels.join('|')})[：:][ \\u3000]?(?=[，,；;。])`, 'g');
/** A label, its colon, then a clause's mark: the gate before the label patterns are tried. */
const LABEL_THEN_MARK = /[：:][ \u3000]*[，,；;。]/;
/**
 * in the village of Tur Langton in . / chaired by , with the clerk: a preposition with its name gone before a comma or a
 * full stop. Not "separated by , and ;" (a verb that names the mark).
 */
const PREPOSITION_GAP = /\b(?:in|at|by|from|near|with)[ \t]{1,2}(?=[.,;](?:[ \t]|$))|\b(?:in|at|near)[ \t]{2}(?=(?:by|was|were|is|are|has|had|will|and|when|where)\b)/g;
/** log in , then…; stop by , and…: a verb with its particle, no name after it. */
const PARTICLE_VERB_BEFORE = /\b(?:log|logged|logging|sign|signed|signing|check|checked|checking|plug|plugged|fill|filled|filling|come|came|coming|drop|dropped|stand|stood|pass|passed|go|goes|went|get|got|turn|turned|hand|handed|put|kick|kicked|tune|tuned|dial|dialled|dialed|opt|opted|call|called|set|settle|settled|give|gave|given|join|joined|pitch|pitched|weigh|weighed|zoom|zoomed|stay|stayed|stop|stopped|sit|sat|move|moved|lock|locked|shut|abide|abided|break|broke|cash|cashed|chip|chipped|phone|phoned|ring|rang|built|factor|factored|bring|brought|take|took|taken)[ \t]+$/i;
const MARK_VERB_BEFORE = /\b(?:separated|split|delimited|terminated|followed|replaced|joined|prefixed|suffixed|escaped|denoted|marked|indicated|ends?|ending|ended|divided)[ \t]+$/i;
/** funded by the  Trust: two spaces after "the" where a funder's name stood before a word that needs one. */
const FUNDER_GAP = /\b(?:by|from|with)[ \t]+the[ \t]{2,}(?=(?:Trust|Foundation|Fund|Charitable|Endowment|Prize|Award|Fellowship|Lottery)\b)/g;

/** 于, 定于, 在, 至, 截至, 自, 从 before a date: the date is a sentence's, not a form's field. */
const SENTENCE_DATE_BEFORE = /(?:于|於|在|至|到|自|从|從)$/;
/** After 月日: a character that makes 日 open a word (日均, 日常, 日益…), as NO_DATE's exceptions are. */
const DAY_WORD_AFTER = /[均常照本报報期程益趋趨夜间間臻渐漸内內]/;
/** What may stand before a date that lost its figures at the start of a clause: 月日下午，…. */
const DATELESS_BEFORE = /^[，,。；;：:、（(“"\s]?$/;
// 在全率先建成 / 召开的全第三届 / 超过了全平均水平: the place after 全 (全市, 全县, 全省) was dropped.
const REGION_DROPPED = /(?:在|居|的|了|为|為|作为|作為|位居|位列|列)全(?:率先|第[一二三四五六七八九十\d]|[一二三四五六七八九十两兩][个個所家]|前列|首位|首家|首个|首個|平均)/g;
/** What every match of REGION_DROPPED holds, from its 全 on (QUOTED_GAP_TAIL says why). */
const REGION_DROPPED_TAIL = new RegExp(REGION_DROPPED.source.slice(REGION_DROPPED.source.indexOf(')全') + 1));
// 财务费用为万元。/ 人数为人。: 为 straight before a unit that ends the clause.
// The first group (a scale) not after 以为, 作为, 认为…; the second (a unit alone) only after 数, 數 or 量 (人数为人): tested
// in code (isValueIs), as the two look-behinds did.
// 平均降雨量为毫米，/ 总库容为万立方米：a unit of measure (length, area, volume, energy, mass) the same way; not after
// 单位 (单位为万元, 单位为吨: a unit label).
const VALUE_IS = /(?:为|為)(?:(万元|萬元|亿元|億元|万人|萬人|万亩|萬畝|万吨|萬噸|万|萬|亿|億|毫米|厘米|公里|千米|平方米|万平方米|萬平方米|平方公里|立方米|万立方米|萬立方米|亿立方米|億立方米|公顷|公頃|千瓦时|千瓦時|万千瓦时|萬千瓦時|亿千瓦时|億千瓦時|千瓦|万千瓦|萬千瓦|公斤|千克|吨|噸)|(人|名|个|個|元|所|家|项|項|次))(?=[，。；,;、）)]|$)/g;
const VALUE_IS_NOT_AFTER = new Set('以作成认認称稱视視身做因位');
// 其中判处五年以上有期徒刑的名。: a part after 其中 whose count is gone before the unit that ends it after 的 (the
// 人 of …的人 and the 家 of 温暖的家 are words; 名, 个, 件, 项 after 的 end no clause).
const PART_OF_GAP = /其中[^，,。；;：:]{2,30}的[名个個件项項户戶所](?=[，,。；;、）)]|$)/g;
/**
 * 发表论文312篇，其中CCF-A类论文篇，: a part after 其中 whose count is gone before its unit, where the whole before it
 * is counted by the same unit and named by the same noun (论文312篇 … 其中…论文篇; 学生3200人 … 其中女学生人). The
 * noun is what ties the two: 其中老年人, 其中有人, 其中大部分人 after 群众860人 name no part of a count.
 */
const PART_UNIT_GAP = new RegExp(`其中([^，,。；;：:、！!？?\\d０-９]{2,16}?)(${alternation(words.measureUnits)}|[${words.singleUnits}])(?=[，,。；;）)]|$)`, 'g');
/** The whole's figure and unit before 其中 in its sentence; the noun before it is read in code. */
function partUnitGap(text: string, m: RegExpExecArray): boolean {
  const part = m[1];
  if (HOLDS_FIGURE.test(part) || part.includes('的')) return false;
  const tail = part.slice(-2);
  if (!/^\p{sc=Han}{2}$/u.test(tail)) return false;
  const core = m[2].replace(/^[万萬亿億]/, '');
  let from = m.index;
  while (from > 0 && !'。；;！!？?'.includes(text[from - 1])) from--;
  const before = text.slice(from, m.index);
  const whole = new RegExp(`[\\d０-９][\\d０-９,.]*[万萬亿億千]?${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  for (let w = whole.exec(before); w; w = whole.exec(before)) {
    let start = w.index;
    while (start > 0 && /[\d０-９,.]/.test(before[start - 1])) start--;
    if (before.slice(Math.max(0, start - 8), start).includes(tail)) return true;
  }
  return false;
}
// 江医保发〔2026〕号: a document number with its serial gone between the year and 号.
const DOC_NUMBER_GAP = /[〔［[](?:19|20)\d\d[〕］\]]号/g;
// 表彰市级“三八红旗手”名、/ 评选“最美家庭”户，: a verb of counting, a title in quotes, and a unit ending the clause.
const QUOTED_GAP = new RegExp(`(?:${alternation([...words.verbs, ...words.gapVerbs].filter((v) => v.length >= 2))})[^，,。；;、“”]{0,6}“[^“”，,。；;]{1,12}”[名个個家人项項篇户戶件](?=[，,。；;、）)]|$)`, 'g');
// What every match of a pattern led by a long list of words holds, led by one character V8 can scan for: the pattern
// runs only in a paragraph that has it (most do not), not from every position of every paragraph.
const QUOTED_GAP_TAIL = /”[名个個家人项項篇户戶件](?=[，,。；;、）)]|$)/;
const COUNT_NOUN_BEFORE = new Set('数數量');
const isValueIs = (text: string, m: RegExpExecArray) =>
  m[1] !== undefined ? !VALUE_IS_NOT_AFTER.has(text[m.index - 1]) : COUNT_NOUN_BEFORE.has(text[m.index - 1]);
// 达线率达。: a rate with nothing after 达.
// A Han character, spaces, a unit, and punctuation that ends the clause: a blank left for the figure. Not at the end of
// a paragraph without punctuation (a table cell: 数量  个). The Han character before the spaces is tested in code
// (isHanScriptBefore): a pattern that starts with \p{sc=Han} is tried at every character of a Chinese paragraph.
const SPACE_GAP = new RegExp(`[ \\u3000]{1,8}(?:${alternation(words.measureUnits)}|[${words.singleUnits}])(?=[，,。；;、）)])`, 'gu');
// A match starts at a space with a Han character before it: where a run of spaces starts (inside a run, a space is
// before). The pattern is tried there alone (sticky), not at every space of the paragraph (its indentation, the
// spaces over ruby pinyin); the match is the one the global pattern finds there.
// (Found by test, which builds no match array: ruby pinyin leaves thousands of runs in a draft.)
const SPACE = /[ \u3000]/g;
const SPACE_GAP_AT = new RegExp(SPACE_GAP.source, 'uy');
/**
 * 不合格产品 批次全部依法处置: the spaces and a unit of two characters or more in the middle of a clause, another Han
 * character after it (not 数: 人次数 is a measure's name). Only on a line with sentence punctuation: a table's header
 * and rows (诊疗人次数 万人次 8158.6) have none.
 */
const SPACE_GAP_MID_AT = new RegExp(`[ \\u3000]{1,8}(?:${alternation(words.midClauseUnits)})(?=\\p{sc=Han})(?![数數])`, 'uy');
/**
 * The first character of every unit SPACE_GAP ends with. No unit starts with a space, so a run of spaces matches only
 * when it is at most 8 long and a unit starts right after it: other runs (most of them, where the line model masked
 * ruby pinyin after a Han character) are passed without trying the pattern.
 */
const UNIT_FIRST = new Set([...words.measureUnits, ...words.singleUnits].map((u) => u.charCodeAt(0)));

/**
 * The matches eachMatchAt(SPACE_GAP, text, (i) => isHanScriptBefore(text, i), visit) visits, in the same order; where
 * SPACE_GAP does not match, the SPACE_GAP_MID_AT match at the same start (mid: the caller checks the line).
 */
function eachSpaceGap(text: string, visit: (m: RegExpExecArray, mid: boolean) => void): void {
  SPACE.lastIndex = 0;
  while (SPACE.test(text)) {
    const start = SPACE.lastIndex - 1;
    let end = SPACE.lastIndex;
    for (let c = text.charCodeAt(end); c === 0x20 || c === 0x3000; c = text.charCodeAt(++end));
    SPACE.lastIndex = end;
    if (end - start > 8 || !UNIT_FIRST.has(text.charCodeAt(end)) || !isHanScriptBefore(text, start)) continue;
    SPACE_GAP_AT.lastIndex = start;
    let m = SPACE_GAP_AT.exec(text);
    let mid = false;
    if (!m) {
      SPACE_GAP_MID_AT.lastIndex = start;
      m = SPACE_GAP_MID_AT.exec(text);
      mid = true;
    }
    if (!m) continue;
    visit(m, mid);
    SPACE.lastIndex = m.index + m[0].length;
  }
}
const NO_RATE = new RegExp(`(?:${alternation(words.rateWords)})(?:${alternation(words.rateVerbs)})(?=[。，,；;])`, 'g');
/** What every match of NO_RATE holds (QUOTED_GAP_TAIL says why). */
const NO_RATE_TAIL = new RegExp(`(?:${alternation(words.rateVerbs)})(?=[。，,；;])`);
// 全年完成投资亿元。/ 培训基层干部人次。: a verb, its object, a unit that ends the clause. A unit of measure may follow
// any short object; a one-character unit only a listed object (走访企业家 is an entrepreneur, not 企业 + 家).
const CLAUSE_END = '(?=[，,。；;、！!？?）)]|$)';
// The three gaps below end with a unit before a clause end, which few places of a paragraph are: each is tried only
// within its longest length before such a place (eachAnchoredMatch), not at every position.
const CLAUSE_END_CODES = codeTable('，,。；;、！!？?）)');
const MEASURE_UNIT_LAST = codeTable(words.measureUnits.map((u) => u[u.length - 1]));
const SINGLE_UNIT_CODES = codeTable(words.singleUnits);
const beforeClauseEnd = (text: string, end: number) => end === text.length || CLAUSE_END_CODES[text.charCodeAt(end)] === 1;
const measureUnitEnds = (text: string, end: number) => MEASURE_UNIT_LAST[text.charCodeAt(end - 1)] === 1 && beforeClauseEnd(text, end);
const longest = (list: readonly string[]) => Math.max(...list.map((w) => w.length));
// The filler between verb and unit is up to six Han characters: twelve code units at most.
const MEASURE_GAP = endAnchored(
  `(?:${alternation(words.gapVerbs)})(\\p{sc=Han}{0,6}?)(${alternation(words.measureUnits)})${CLAUSE_END}`,
  'u',
  words.gapVerbs,
  longest(words.gapVerbs) + 12 + longest(words.measureUnits),
  measureUnitEnds,
);
// 老年人口万人，/ 罚没款万元，/ 总投资亿元。: the name of a measure, then its unit ending the clause.
const NOUN_GAP = endAnchored(
  `(?:${alternation(words.gapNouns)})(${alternation(words.measureUnits)})${CLAUSE_END}`,
  '',
  words.gapNouns,
  longest(words.gapNouns) + longest(words.measureUnits),
  measureUnitEnds,
);
// 引进亿元以上项目个，: the object may be named with the bound of its class (亿元以上, 千万元以上, 规模以上, 省级以上).
const OBJECT_CLASS = '(?:(?:[十百千]?[万萬亿億]元|规模|規模|限额|限額|[国國省市县縣区區]级|[国國省市县縣区區]級)以上)?';
const OBJECT_GAP = endAnchored(
  `(?:${alternation(words.gapVerbs)})${OBJECT_CLASS}(?:${alternation(words.gapObjects)})[${words.singleUnits}]${CLAUSE_END}`,
  '',
  words.gapVerbs,
  longest(words.gapVerbs) + 6 + longest(words.gapObjects) + 1,
  (text, end) => SINGLE_UNIT_CODES[text.charCodeAt(end - 1)] === 1 && beforeClauseEnd(text, end),
);
// 全年整理安全生产执法档案卷，/ 完成馆藏档案数字化万件。: a verb of archive, records or library work, what it acts on
// (a few words, a year's figures allowed: 2025年度文书档案), then the archive noun and its unit ending the clause with
// no count. The noun must stand straight before the unit: 整理档案工作, 归档范围, 数字化建设 have none.
const ARCHIVE_VERBS: string[] = words.archiveVerbs;
const ARCHIVE_NOUNS = alternation(words.archiveNouns);
const ARCHIVE_UNITS = words.archiveUnits;
/** The characters an alternation of units (a|b|c[de]) can end with: each one's last, or its final class's. */
function lastCharacters(units: string): string[] {
  return units.split('|').flatMap((u) => {
    const last = /\[([^\]]+)\]$/.exec(u);
    return last ? [...last[1]] : [u[u.length - 1]];
  });
}
/** The last characters of words.archiveUnits' units (万卷次, 人次, 万[卷件…], [卷件…]): a match ends with one (perf39). */
const ARCHIVE_UNIT_LAST = codeTable(lastCharacters(words.archiveUnits));
const archiveUnitEnds = (text: string, end: number) => ARCHIVE_UNIT_LAST[text.charCodeAt(end - 1)] === 1 && beforeClauseEnd(text, end);
const ARCHIVE_GAP = endAnchored(
  `(?:${alternation(ARCHIVE_VERBS)})([\\p{sc=Han}0-9]{0,12}?)(?:${ARCHIVE_NOUNS})(${ARCHIVE_UNITS})${CLAUSE_END}`,
  'u',
  ARCHIVE_VERBS,
  3 + 12 + 2 + 3,
  archiveUnitEnds,
);
/** 全年聘用生态护林员名，/ 选聘网格员名、: verbs of taking people on, before whom they take and 名 (data: staffVerbs). */
const STAFF_VERBS: readonly string[] = words.staffVerbs;
/**
 * 新增公益性岗位保洁员人，/ 培训基层农技员人次，: any post ending in 员 (护林员, 保洁员, 农技员, 讲解员) counted by 名, 人 or
 * 人次 ending the clause after a verb of counting. 会员名单, 人员名册, 成员名称 go on past the unit: no clause end there.
 */
const STAFF_HEAD = '\\p{sc=Han}[员員]';
const STAFF_UNITS = ['万人次', '萬人次', '人次', '名', '人'];
// 查处违法违规定点医药机构家，/ 召开座谈会次，/ 收集意见建议条。/ 发放宣传资料万份。: a verb of doing or counting, a
// few words, then a noun with the unit that counts it (机构 by 家, 座谈会 by 场 or 次, 意见 by 条, 危桥改造 and 除险加固 by 座,
// 农田建设 and 造林 by 亩) ending the clause.
// The noun and its unit make no word together (企业家 and 专家 are people, 演练场 a place: not listed so).
const HEAD_UNITS: { heads: string[]; units: string[] }[] = words.headUnits;
const COUNT_VERBS = [...new Set<string>([...words.verbs, ...words.gapVerbs, ...words.countVerbs, ...STAFF_VERBS])].filter((v) => v.length >= 2);
const HEAD_UNIT_LAST = codeTable(HEAD_UNITS.flatMap((g) => g.units.map((u) => u[u.length - 1])));
const HEAD_UNIT_GAP = endAnchored(
  `(?:${alternation(COUNT_VERBS)})(\\p{sc=Han}{0,8}?)(?:${[...HEAD_UNITS.map((g) => `(?:${alternation(g.heads)})(?:${alternation(g.units)})`), `${STAFF_HEAD}(?:${alternation(STAFF_UNITS)})`].join('|')})${CLAUSE_END}`,
  'u',
  COUNT_VERBS,
  longest(COUNT_VERBS) + 16 + 3 + 3,
  (text, end) => HEAD_UNIT_LAST[text.charCodeAt(end - 1)] === 1 && beforeClauseEnd(text, end),
);
// 完成馆藏档案数字化万件。: the noun before the verb, the verb straight before the unit.
const ARCHIVE_GAP_AFTER = endAnchored(
  `(?:${ARCHIVE_NOUNS})()(?:${alternation(ARCHIVE_VERBS)})(${ARCHIVE_UNITS})${CLAUSE_END}`,
  'u',
  words.archiveNouns,
  2 + 3 + 3,
  archiveUnitEnds,
);
// 全县已建成村级互助养老服务点个，/ 新建乡镇区域性养老服务中心个，: a verb of building, what is built (a few words
// before the facility noun), then its unit ending the clause with no count. The noun must stand straight before the
// unit: 服务点个数 and 服务点个个 go on, and 新建服务中心的选址 has none.
const FACILITY_VERBS: string[] = words.facilityVerbs;
/** The last characters of words.facilityUnits (个, 处, 所, 座, 家…): a match ends with one (perf39). */
const FACILITY_UNIT_LAST = codeTable(lastCharacters(words.facilityUnits));
const FACILITY_GAP = endAnchored(
  `(?:${alternation(FACILITY_VERBS)})(\\p{sc=Han}{0,10}?)(?:${alternation(words.facilityNouns)})(${words.facilityUnits})${CLAUSE_END}`,
  'u',
  FACILITY_VERBS,
  3 + 10 + 4 + 1,
  (text, end) => FACILITY_UNIT_LAST[text.charCodeAt(end - 1)] === 1 && beforeClauseEnd(text, end),
);
// 全年组织轮训2期，培训名，: a verb straight before 名 that ends the clause, the head count between them dropped.
// Only 名: it ends few words (报名, 提名 are not after these verbs), while 帮扶人, 完成人, 受理件 are words.
const VERB_HEADS_GAP = endAnchored(
  `(?:${alternation(words.gapVerbs)})名${CLAUSE_END}`,
  '',
  words.gapVerbs,
  longest(words.gapVerbs) + 1,
  (text, end) => text.charCodeAt(end - 1) === 0x540d && beforeClauseEnd(text, end),
);
/**
 * 已完成整改个。/ 问题已整改个，正在整改个。/ 已办结件，/ 已整改到位个，: 已 (已经, 正在, 未) and one or two verbs of
 * handling or completing straight before a unit that ends the clause: the count between them is gone. Not 个案, 个别
 * (no clause end), nor 人 or 名 (受理人, 负责人 are people).
 */
const ASPECT_GAP = new RegExp(`(?:已经|已經|已|正在|未)(?:${alternation(words.aspectVerbs)}){1,2}(?:到位|完毕|完畢)?[${words.aspectUnits}](?=[，,。；;！!？?）)]|$)`, 'g');
/** 争议案件, 复议案件: a word ending in 议 before 案件 (words.caseNounModifiers). */
const CASE_NOUN_MODIFIERS = new Set<string>(words.caseNounModifiers);
/** 人次 then a comparison (明显大于, 高于): the name of a measure (words.measureNameComparisons). */
const MEASURE_NAME_COMPARED = new RegExp(`^次(?:${alternation(words.measureNameComparisons)})`);
/** The verb's last character and the unit as one noun: 未结案件 are pending cases (结案 + 件), 未结案宗 their files. */
const CASE_NOUNS = new Set(['案件', '案宗']);
/** 此次事件涉及人。/ 共涉及人，: 涉及 straight before a unit that ends the clause (not 涉及人、财、物: what is involved, listed). */
const INVOLVES_GAP = /(?:涉及|涉)(?:[个個件项項名人家户戶起次批宗]|人次|万元|萬元|亿元|億元|万人|萬人)(?=[，,。；;！!？?）)]|$)/g;
// 截至年6月底 / 于年3月: a date lead, then 年 with its year dropped and the month after it.
// ——年11月27日在省人大常委会会议上: the dash of a report's date line, or the paragraph's start, straight before 年 and the month.
const YEAR_BEFORE_MONTH = /(?:截至|截止|至|于|於|到|从|從|自|——|^)年(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)/g;
// 关于年度省级预算执行和其他财政收支的审计工作报告: a budget or audit report's title that lost the year before 年度 (关于
// 年度考核的通知 is "annual").
const YEAR_BEFORE_BUDGET = /^关于年(?=度(?:省级|省級|市级|市級|县级|縣級|区级|區級|本级|本級|中央|全省|全市|全县|全縣)(?:预算|預算|决算|決算))/;
// 审计查出10个方面个问题: the count after the aspects counted lost its figure (个性, 个人, 个别 are words).
const COUNT_AFTER_COUNT = /(?<=[\d０-９一二三四五六七八九十]个方面)([个項项条條])(?!(?<=个)[性人体體别別案]|(?<=[条條])[件例款理]|(?<=[项項])目)(?=\p{sc=Han})/gu;
// 共追回资金3,.83万元: the digits between the thousands comma and the decimal point were lost.
const COMMA_POINT = /\d[,，]\.\d+(?:[万萬亿億]?元|[万萬亿億])?/g;
// ，处分人。 / 共问责人: a verb of discipline straight before 人 that ends the clause, the head count between them dropped
// (被处分人 is the person disciplined).
const DISCIPLINE_GAP = /(?<=^|[，,；;：:。]|共|累计|累計)(?:给予|給予)?(?:党纪政务处分|黨紀政務處分|党纪处分|黨紀處分|政务处分|政務處分|处分|處分|问责|問責|追责|追責)人(?=[，,。；;、）)]|$)/g;
// 约谈相关责任人名。, 诫勉谈话干部名: a verb of holding people to account, the people, 名, and the clause ends — the count
// before 名 is gone (not 人名 in 责任人名单, 人名册, whose 名 goes on).
const ACCOUNTABLE_GAP = /(?:约谈|約談|诫勉谈话|誡勉談話|谈话提醒|談話提醒|提醒谈话|函询|函詢|问责|問責|处分|處分|追责|追責|通报批评|通報批評)(?:了)?(?:相关|相關|有关|有關)?(?:责任人员|責任人員|责任人|責任人|人员|人員|干部|幹部|党员干部|黨員幹部|党员|黨員)名(?=[，,。；;、）)]|$)/g;
/** What every match of DISCIPLINE_GAP holds. */
const DISCIPLINE_WORDS = /分人|[责責]人/;
/** An object that ends in a numeral or an estimate holds the figure: 投入资金数万元, 投资上亿元, 千万元. */
// 共收缴党费万元 / 累计兑付补偿款亿元。: a total word, a verb and its object (any short words: the total word says a count
// follows), and a unit of measure that ends the clause.
const TOTAL_MEASURE_GAP = endAnchored(
  `(?:共计|共計|合计|合計|累计|累計|总计|總計|一共|共)(\\p{sc=Han}{2,8}?)(${alternation(words.measureUnits)})${CLAUSE_END}`,
  'u',
  ['共', '合', '累', '总', '總', '一'],
  4 + 16 + longest(words.measureUnits),
  measureUnitEnds,
);
/**
 * 全县共有各类市场主体户，/ 全年共收缴党费元，: a total word and what it counts, then a one-character unit ending the
 * clause. 共 alone only before a verb of counting (共收缴, 共排查): 共育时代新人, 共创新时期 are 共 + a verb of doing
 * together, no total.
 */
/** The units TOTAL_COUNT_GAP ends with (its last character class). */
const COUNT_UNITS = '名个個所项項家户戶件台臺套元人篇条條';
const COUNT_UNIT_LAST = codeTable(COUNT_UNITS);
/**
 * 共主动公开政府信息条，/ 全年依法发布通告条: 共 or 全年, perhaps an adverb of manner (主动, 依法, 及时), then a verb of
 * counting — the adverb does not make 共 "together" (共同, 共建 are NOT_TOTAL's).
 */
const COUNT_ADVERBS = `(?:${alternation(words.countAdverbs)})?`;
const TOTAL_COUNT_GAP = endAnchored(
  `(?:共计|共計|合计|合計|累计|累計|总计|總計|一共|共有|(?:共|全年)${COUNT_ADVERBS}(?=${alternation(COUNT_VERBS)}))((?:\\p{sc=Han}{0,4}?(?:${alternation(words.totalKinds)}))?\\p{sc=Han}{2,10}?)([${COUNT_UNITS}])${CLAUSE_END}`,
  'u',
  ['共', '合', '累', '总', '總', '一', '全'],
  // 共办理各类不动产登记业务件: 各类 and the verb before it (up to four characters) lengthen what is counted.
  2 + 2 + longest(words.countAdverbs) + 6 + 20 + 1,
  // Only where one of its units stands before the clause end: a window per unit, not per comma (perf39).
  (text, end) => COUNT_UNIT_LAST[text.charCodeAt(end - 1)] === 1 && beforeClauseEnd(text, end),
);
/** A character every total word of TOTAL_MEASURE_GAP and TOTAL_COUNT_GAP holds (or 全年, TOTAL_COUNT_GAP's). */
const TOTAL_WORD_CHARS = /[共计計]|全年/;
/** 、特困户两类救助对象 · 、私营企业和农民专业合作社三类市场主体: a list that ends in a count of its kinds. */
const KINDS_COUNTED_AFTER = /^、[^，,。；;！!？?]*?(?:[两兩二三四五六七八九十\d]+)(?:类|類|种|種|个|個|项|項)/u;
/**
 * 共引进亿元以上项目个 · 共新增规模以上工业企业家: a bound that names the class of what is counted (亿元以上项目, 10亿元以上项目,
 * 规模以上企业, 省级以上) holds no count of its own.
 */
const CLASS_BOUND = /(?:[\d.]*[十百千]?[万萬亿億]?元|规模|規模|限额|限額|[国國省市县縣区區镇鎮乡鄉村部]级|[国國省市县縣区區镇鎮乡鄉村部]級)(?:及)?(?:以上|以下)/g;
/** A numeral, an estimate or a share anywhere in what a total counts: the figure is there (一共有三个人, 共有若干户, 共有大部分人). */
const HOLDS_COUNT = /[\d０-９一二三四五六七八九十百千万萬亿億两兩几幾数數若余餘多半部近逾超约約上]/;
// 通过为期个月的集中整治: 为期 always stands before a figure and its time unit. 参加业务培训共天，/ 历时小时。/ 不少于学时，: a
// total, a duration or a floor straight before a time unit that ends the clause (not 公共天然气: 共 after 公 is tested in
// code). Not 万余: 解决用工万余人次 is a figure (over ten thousand).
const PERIOD_GAP = /(?:为期|為期)(?:个月|個月|天|周|週|年|日|小时|小時|星期)|(?:共计|共計|合计|合計|累计|累計|共|历时|歷時|用时|用時|耗时|耗時|不少于|不少於|不低于|不低於|不超过|不超過)(?:天|小时|小時|学时|學時|课时|課時|个工作日|個工作日)(?=[，,。；;、）)]|$)/g;
/**
 * 全年出院患者万人次，/ 线上问诊万人次。: a hospital's volume with a scaled unit and no figure. Only a scaled unit: 诊疗人次 and
 * 出院患者人次 are the names of measures (a table's heading, 总诊疗人次). Also 床位总数张，: beds counted by 张 with no figure.
 */
const CARE_GAP = /(?:(?:患者|病人|问诊|問診|诊疗|診療|就诊|就診|门诊|門診|急诊|急診|手术|手術|体检|體檢)(?:万人次|萬人次|万例|萬例|万台次|萬台次|万人|萬人)|床位(?:总数|總數|数|數)?(?:张|張))(?=[，,。；;、！!？?）)]|$)/g;
/**
 * 其中来信件，来访563批 / 其中重点项目个，一般项目36个: a part after 其中 with its unit and no figure, the next part of the
 * same breakdown with its figure and a unit ending the clause. Not 人 or 名 (其中老年人 names a group), nor units that end
 * many nouns (家: 企业家; 所: 研究所; 台: 电视台; 批: 审批), nor a part that holds a count or a share (其中大部分, 其中有些),
 * nor 其中包括….
 */
const PART_SIBLING_GAP = /其中(\p{sc=Han}{2,8}?)([件个個项項户戶次篇])[，,、](?=\p{sc=Han}{1,8}[\d０-９][\d０-９,.]*[万萬亿億]?(?:[件个個项項家所户戶次篇台臺套批人名元起宗处處座]|人次|批次)(?:[，,。；;、）)]|$))/gu;
/**
 * 审计工作报告反映的个问题 / 县教育局等个部门单位: 个 between 的 or 等 and the noun it counts, the figure gone (not 的个人,
 * 个别, 个性, 个数…: 个 opening a word; not 等项经费, where 等项 is "and such items").
 */
const DE_GE_GAP = /[的等](?:个|個)(?!人|别|別|性|体|體|税|稅|贷|貸|私|转|轉|案|中|例|子|头|頭|儿|兒|把|位|数|數)(?=\p{sc=Han})/gu;
/**
 * 检查使用单位216家、特种设备台，/ 发出督查通报8期、督办函份，: the next item of a list whose item before it has its
 * figure and unit, a noun with the unit that counts it and no figure, ending the clause.
 */
const HEAD_ITEM_GAP = new RegExp(`(?<=[\\d０-９]\\p{sc=Han}{1,3}、)(\\p{sc=Han}{0,6}?)(?:${HEAD_UNITS.map((g) => `(?:${alternation(g.heads)})(?:${alternation(g.units)})`).join('|')})${CLAUSE_END}`, 'gu');
/** What HEAD_ITEM_GAP's look-behind needs somewhere in the paragraph. */
const HEAD_ITEM_LEAD = /[\d０-９]\p{sc=Han}{1,3}、/u;
/** 共有产权, 共同, 共享, 共建, 公共, 总计划: 共 or 总 inside a word, not a total. */
const NOT_TOTAL = /^(?:共有产权|共有產權|共同|共享|共建|共青|共产|共產|共性|共识|共識|共治|共管|共担|共擔|共赢|共贏|共富)/;
// 比上年同期增加家；/ 较上年减少个，/ 比上年减少亩。/ 较上年增加万人次: a change against an earlier level with a unit
// (a count's or a measure's; 下降个百分点 is read by the rate gaps) and no figure.
const CHANGE_GAP = new RegExp(
  `(?:比|较|較)(?:上年|去年|上一年|年初|上年末|去年末|上年同期|去年同期|同期)(?:同期)?(?:增加|減少|减少|新增|增長|增长|下降|提高|降低|上升|多|少)了?` +
    `(${alternation(words.measureUnits)}|[${words.singleUnits}亩畝吨噸辆輛例起宗处處座])(?=[，,。；;、）)]|$)`,
  'g',
);
const HOLDS_FIGURE = /[\d０-９数數几幾上近逾超过過千百十两兩一二三四五六七八九零〇半余餘多成万萬亿億]$/;
/** After the unit, what makes 万 or 亿 an order of magnitude: 万亿级, 迈上万亿台阶, 亿元以上, 万元户. */
const MAGNITUDE = new RegExp(`^(?:${alternation(words.magnitudeAfter)})`);
/**
 * 总产值达到亿元以上。: 以上 or 以下 ending the clause after the unit is the figure's bound (the figure gone), not an order of
 * magnitude that names something after it (亿元以上项目).
 */
const BOUND_CLAIMED = /^元?以[上下](?:[，,。；;！!？?）)]|$)/;
/**
 * 申办省级以上体育赛事个以上。: 个以上 straight after a noun, the count before 个 gone (三个以上, 多个以上, 这个 are whole).
 * 图斑共宗，: 宗 (a parcel, a case) after a total, ending the clause (共宗教活动场所… is another word).
 */
const BOUND_GAP = /个以上|個以上/g;
const NOT_BEFORE_BOUND = /[一二三四五六七八九十百千万萬亿億两兩几幾多数數若干每各该該本此首某半整这這那\d０-９]/;
const CASES_GAP = /(?:共计|共計|合计|合計|累计|累計|共)宗(?=[，,。；;、）)]|$)/g;
/** 成达万高铁, 郑万铁路, 南达万经济带: a route or region named by one-character places (达州, 万州), not 达 + a dropped figure. */
const PLACE_NAME = new RegExp(`^(?:${alternation(words.placeNounsAfter)})`);
/**
 * 接待游客人次、游客总花费分别增长10.4%: the unit closes the name of a measure in a list whose change is given
 * after it (分别增长, 均下降), not a count whose figure was dropped.
 */
const MEASURE_LIST = /^[、和与與及](?:[^，,。；;！!？?]{2,30}?)(?:分别|分別|均|同比|环比|環比|增长|增長|增幅|下降|提高|增加|减少|減少|创|創)/;
/** Set phrases that hold a unit character: 惠及千家万户, 走访企业家. */
const IDIOM = new RegExp(alternation(words.idioms));
/**
 * 共招募网格员名，/ 累计结对帮扶困难老人名；: a total word, a verb and whatever it counts, then 名 ending the clause.
 * Any words may stand between (the people counted are named in too many ways for a list), since 名 ends few words
 * that are not a count: those (报名, 知名, 命名) are listed, and 共 in a word (公共, 共同, 共青团) is no total.
 */
const HEAD_TOTAL = /(?:共计|共計|累计|累計|合计|合計|一共|共)(\p{sc=Han}{2,8})$/u;
/** 全区招聘新教师名，/ 选派驻村干部名。: a verb of counting people and whom it counts, then 名 ending the clause. */
const HEAD_VERB = new RegExp(`(?:${alternation([...words.verbs, ...words.gapVerbs, ...STAFF_VERBS].filter((v) => v.length >= 2))})(\\p{sc=Han}{2,8})$`, 'u');
const NOT_TOTAL_GONG = /^共[同享建治青产產识識赢贏性育商担擔]|^[公中]共/;
const NAME_WORDS = new Set<string>(words.nameWords);
/** 链条, 头条, 线条, 萧条, 逐条: words that end in a counting unit's character (条), not a unit left without its count. */
const COUNT_UNIT_WORDS = new Set<string>(words.countUnitWords);

function headCountGaps(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf('名'); at > 0; at = text.indexOf('名', at + 1)) {
    // 若干名 is an estimate, 第一名 a rank: the figure is there.
    if (!beforeClauseEnd(text, at + 1) || NAME_WORDS.has(text.slice(at - 1, at + 1)) || HOLDS_FIGURE.test(text[at - 1]) || text.slice(at - 2, at) === '若干') continue;
    const m = HEAD_TOTAL.exec(text.slice(Math.max(0, at - 11), at)) ?? HEAD_VERB.exec(text.slice(Math.max(0, at - 12), at));
    if (!m) continue;
    const start = at - m[0].length;
    if (NOT_TOTAL_GONG.test(text.slice(Math.max(0, start - 1), start + 2).replace(/^(?![公中])./, ''))) continue;
    out.push({ start, end: at + 1 });
  }
  return out;
}

/** The item before a 、: a figure, its one-character unit and the short name of what it counts (8个乡镇). */
const LIST_ITEM_COUNT = /[\d０-９](\p{sc=Han})\p{sc=Han}{1,8}$/u;

// English: raised $ million, grew by % in 2025, a total of people.
// £ m, $ bn with a space after the sign: the abbreviation too (£m written together is a column's unit label).
// with £  m of contingency: two spaces typed where the figure was to go.
const MONEY_GAP = /[$€£¥] {0,3}(?:million|billion|thousand|trillion)\b|[$€£¥] {1,3}(?:m|bn|k)(?![\w.²³])/gi;
// Confirm budget (£ k). / Agree the contingency (£ m): an action asks for a figure, and the bracket kept its unit only.
const ASKS_FOR_FIGURE = /(?:^|[.;:!?]\s+|[-*•]\s+)(?:Confirm|Agree|Approve|Allocate|Set|Request|Submit|Provide|Estimate|Check|Update|Insert|Add)\b[^.;:!?()]{1,40}\($/;
// valued at GBP  and will remain, a cost of USD million: a currency code where a figure was to follow it.
const CODE_GAP = /\b(?:at|of|was|were|is|are|totall?ed|totall?ing|raised|spent|costs?|valued|worth|by)[ \t]+((?:GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|CNY|RMB|HKD|SGD|INR)(?:[ \t]+(?:million|billion|thousand|trillion)\b|(?=[ \t]*[,.;:)]|[ \t]+(?:and|or|in|for|from|to|was|were|is|are)\b(?![ \t]+[A-Z]{3}\b))))/g;
// save £ per month, a credit of $ per seat, reduce the overspend by £m by March: a sign with no figure after the verb or
// preposition that a figure follows (a column's unit label, Expenditure (£m), figures in £m, has none of these before it).
// Also "will add £ to the scale fee", "a total value of £ have been notified": add, and a verb after the sign.
// Two legacies totalling £m were received, payments totaled $ in June: the verb of a total, past or participle.
// The airport contributed £ and, recovered a further £ from, compared with £ for: a verb of giving or getting, a word
// that stands before a figure, or "with" after a comparison; "is saving roughly $k per month": an approximate word between.
const SIGN_GAP = /\b(?:(?:rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|declined|climbed|reduced|amounted|amounting|came|went[ \t]+(?:up|down))[ \t]+to|by|of|at|save[sd]?|saving|cost(?:s|ing)?|raised?|raising|spen[dt]|spending|worth|was|were|is|are|total(?:l?ed|l?ing)|reduced?|increased?|cut|add(?:s|ed|ing)?|contribut(?:e[sd]?|ing)|recover(?:s|ed|ing)?|received|paid|invested|awarded|granted|donated|generated|earned|collected|allocated|further|additional|extra|another|(?:compared|against|set)[ \t]+with)[ \t]+(?:(?:roughly|about|around|approximately|nearly|almost|some|just[ \t]+over|just[ \t]+under)[ \t]+)?([$€£¥](?:m|bn|k)?)(?=[ \t]+(?:per|a|an|each|by|in|for|from|to|and|or|over|on|this|next|last|have|has|had|was|were|is|are|will|would)\b|[ \t]*[,.;:)]|[ \t]*$)/gi;
/**
 * £ was spent on repairs. / £m was raised: a sign opening a sentence (or after "and") before a verb of money spent or
 * got, its figure gone. Not "the £ was weak" (the currency, after an article).
 */
const LEAD_SIGN_GAP = /(?:^|[.;!?][ \t]+|\band[ \t]+)([$€£¥](?:m|bn|k)?)[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+(?:spent|raised|paid|invested|allocated|awarded|granted|received|saved|set[ \t]+aside|committed|donated|collected|generated|earned|provided|budgeted|secured|recovered|returned|released|transferred)\b/g;
// fell from £ to £31,200: the sign of the first figure alone, the second figure after "to" (from £ to euros is a
// conversion, and stays).
const FROM_SIGN_GAP = /\b[Ff]rom[ \t]+([$€£¥])[ \t]+to[ \t]+(?=[$€£¥]?\d)/g;
// rose from 42,000 to  over the year: the second figure is gone, and "to" runs into the time or the end of the clause
// (not "to over 50,000", "to about 40": those words come before a figure).
const TO_GAP = /\b[Ff]rom[ \t]+[$€£¥]?\d[\d,]*(?:\.\d+)?(?:[ \t]*(?:%|million|billion|m|bn|k))?[ \t]+(to)(?=[ \t]*[,.;:)]|[ \t]+(?:during|in(?![ \t]+excess)|at|by|this|last|for|since|after|before|(?:over|under)[ \t]+(?:the|this|that|a)|and[ \t]+(?:the|then|is|was|has|have))\b)/g;
const UNIT_LABEL = /(?:[([（【]|\b(?:in|In|IN|units?|Units?)\b:?)[ ]*$/;
// Emissions per £ million of revenue, Amounts: £ million., All figures are £ million unless…: the sign names the
// unit the figures are counted in (a rate's divisor, a label with its colon, what the figures are), not a gap.
const UNIT_NAMED = /(?:\bper|\b(?:[Aa]mounts?|[Ff]igures?|[Vv]alues?|[Cc]urrency|[Nn]umbers|[Tt]otals|[Dd]ata|[Pp]rices)[ \t]*:|\b(?:[Aa]mounts|[Ff]igures|[Vv]alues|[Nn]umbers|[Tt]otals|[Pp]rices|[Cc]osts)[ \t]+(?:are|is)(?:[ \t]+(?:all|shown|given|expressed|stated|presented|reported))?)[ \t]*$/;
// Table 2: Net expenditure, £ million / Capital programme, £ billion, real terms: a caption's unit after its comma,
// the unit closing the caption or followed by its next part (a comma, a bracket); not spent £ million on.
const CAPTION_UNIT_BEFORE = /[A-Za-z)][ \t]*,[ \t]*$/;
const CAPTION_UNIT_AFTER = /^[ \t]*(?:[*_]*[ \t]*$|[,(|;]|[*_]+[ \t]*(?:$|\())/;
// The growth phase returned %, against…: a verb of a result straight before the sign (returned, averaged, scored).
// Was up % on a normal weekend, down % on the year: a change said with up or down before the sign.
// 发生事故26起、死亡人，…: after a figure and 、 or ，, a casualty verb straight before 人 and the clause's end (not 死亡人数).
const CASUALTY_GAP = /[、，,](?:死亡|受伤|遇难|失踪|伤亡|重伤|轻伤|获救)人(?=[，,。；;、])/g;
const FIGURE_BEFORE_CASUALTY = /[\d０-９][^，,。；;、\d]{0,3}$/;
const PERCENT_GAP = /\b(?:by|to|from|of|at|about|around|nearly|approximately|over|under|than|reached|was|were|is|are|returned|returns|averaged|scored|achieved|yielded|gained|lost|(?:was|were|is|are|been)[ \t]+(?:up|down))[ \t]+(?:%|percent\b|per cent\b|percentage points?\b)/gi;
// We vaccinated % of patients, screened % of pupils: a verb of doing straight before "% of" and whom it counts.
const VERB_PERCENT_GAP = /\b[a-z]{3,}ed[ \t]+(%)[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+|eligible[ \t]+)?[a-z]/g;
/** PERCENT_GAP ending where a "% of" starts: that gap is told there. */
const PERCENT_GAP_ENDS = new RegExp(`(?:${PERCENT_GAP.source})$`, 'i');
const VERB_PERCENT_NOT = /^(?:weight|adjust|bas|index|combin|round|project|expect|estimat|impli|indicat|stat|quot|cit|list|show|report|display|present|label|mark|denot|express|sav|chang|revis)ed$/;
// a dividend of p per litre, paid at p a litre: pence with no figure before the rate it is per.
const PENCE_GAP = /\b(?:of|at|by|was|were|is|are|paid|pays|pay|costs?|averaged)[ \t]+p[ \t]+(?:per|a|an)[ \t]+(?:litre|liter|kilo|kg|kilogram|unit|kWh|head|week|month|year|day|mile|share|minute|hour|item|page)\b/g;
const TOTAL_OF = /\ba total of[ \t]+([A-Za-z]+)/gi;
// The mean pH was , compared with 5.9: a verb of being or reaching with a space and then a comma or full stop, where the
// figure was to be typed.
const BE_GAP = /\b(?:was|were|is|are|reached|totall?ed|stood at|averaged)[ \t]{1,2}(?=[,.;](?:[ \t]|$))/g;
/** A space before , . or ; (where BE_GAP may end). */
const SPACE_BEFORE_MARK = / [,.;]/;
// collected tonnes of solvent waste, planted hectares of woodland: a verb of doing straight before a unit of measure.
const UNIT_GAP = /\b(?:collected|recycled|removed|disposed of|consumed|generated|produced|planted|restored|treated|diverted|emitted|avoided|saved|cleared|supplied|delivered|harvested|abstracted|discharged)[ \t]+(?:tonnes|tons|kilograms|kg|litres|liters|cubic metres|cubic meters|megawatt[- ]hours|MWh|GWh|kWh|hectares|acres|kilometres|kilometers|km|miles)\b/g;
// cut gas use by MWh, reduced emissions by tonnes: a change by a unit of measure with no figure before it (not "billed by kWh").
const BY_UNIT_GAP = /\b(?:cut|cuts|reduced|reduces|lowered|saved|saves|increased|increases|decreased|decreases|raised)\b[^.;:!?]{0,40}?\bby[ \t]+(?:tonnes|tons|kilograms|kg|litres|liters|megalitres|cubic metres|cubic meters|megawatt[- ]hours|MWh|GWh|kWh|hectares|acres|kilometres|kilometers|km|miles|hours|days)\b/g;
// The average time fell to working days, The average wait was weeks, compared with…: a time unit straight after a
// change to a level (always), or after a verb of being where the sentence measures an average (not "it was weeks
// before", "fell to days rather than weeks").
const TIME_TO_GAP = /\b((?:fell|rose|dropped|reduced|increased|decreased|came[ \t]+down|went[ \t]+up|cut|improved|shortened|lengthened|extended|grew)[ \t]+to[ \t]+(?:working[ \t]+|calendar[ \t]+)?(?:days|weeks|months|hours|minutes|seconds))\b(?![ \t]+(?:rather|instead|not|from|and[ \t]+(?:weeks|months|days|hours)))/g;
const AVERAGE_TIME_GAP = /\b(?:average|mean|median)\b[^.;:!?]{0,80}?\b((?:was|were|is|are|averaged|stood[ \t]+at)[ \t]+(?:working[ \t]+|calendar[ \t]+)?(?:days|weeks|months|hours|minutes))(?=[ \t]*[,.;:)]|[ \t]+(?:against|compared|versus|vs|from|in[ \t]+(?:the|20\d\d)|for[ \t]+the|than)\b)/g;
// lost an estimated hours, reached a further young people, created an additional jobs: "a" or "an" and a word that
// stands before a figure, then a plural noun — the figure between them is gone (a further 640 young people; a further
// series, an additional bus are singular).
const ARTICLE_FIGURE_GAP = /\b(?:an? )(estimated|further|additional|extra)[ \t]+(?:(?:young|older|new|more|local|full-time|part-time|qualified|trained)[ \t]+)?([a-z]+)\b/g;
const PLURAL_NOT = new Set('series species means news lens bus gas basis crisis analysis status bonus focus campus census process access business address class loss stress glass pass success thesis emphasis diagnosis synopsis hypothesis'.split(' '));
const IRREGULAR_PLURAL = new Set(['people', 'children', 'staff', 'men', 'women', 'volunteers']);

// There were  category 3 incidents: two spaces where the count was to be typed, before the noun it counts. Not before a
// word that stands there without a figure (There were  no incidents, There were  many more: a doubled space only).
const THERE_GAP = /\b[Tt]here (?:were|are|have been|had been|will be)[ \t]{2,}([a-z][a-z-]*)/g;
const THERE_GAP_NOT = new Set(
  'a an the no not never also still only just some many few several more fewer less most all both each every any other another about around over under nearly almost approximately roughly at up well always often usually now then clearly significantly considerably far much little enough plenty none nothing such these those'.split(' '),
);
// supported  families, gave more than  hours, welcomed  visitors: two spaces where the count was to be typed, between a
// verb that counts or a word that stands before a figure and the plural noun it counts. Not before a word that stands
// there without a figure (helped  many more people, supported  them), nor before a singular (a doubled space only).
// "a further  staff" is ARTICLE_FIGURE_GAP's.
// The team of  developers, a panel of  experts: a group's size left out after its noun.
const DURATION_VERB = /^(?:took|takes|lasted|lasts|lasting|spanned|spans|ran for|runs for)\b/;
const TIME_NOUN = /^(?:days|weeks|months|years|hours|minutes|seconds|sessions|terms|semesters|quarters|nights|shifts)$/;
const COUNT_GAP = /\b(?:(?:team|group|panel|pool|cohort|fleet|crew|network|squad) of|more than|fewer than|less than|almost|nearly|approximately|around|roughly|at least|up to|comprised|comprises|comprising|included|includes|covered|covers|took|takes|lasted|lasts|lasting|spanned|spans|ran for|runs for|supported|helped|trained|welcomed|recruited|employed|employs?|housed|rehoused|placed|visited|inspected|answered|handled|received|processed|opened|built|planted|served|reached|attracted|hosted|held|ran|delivered|created|distributed|issued|carried out|saw|published|recorded|logged|produced|submitted|secured|awarded|completed|resolved|installed|repaired|enrolled|admitted|treated|registered|(?:median|average|mean) of)[ \t]{2,}([a-z][a-z-]*)\b/g;
// published  peer-reviewed papers, recorded  new enquiries: a describing word between the gap and the plural noun it
// counts (a hyphenated word, a participle or an adjective's ending, new); not a noun or a determiner (published
// detailed guidance has no plural after it; reported  significant progress neither).
const COUNT_GAP_ADJECTIVE = /^(?:[a-z]+-[a-z-]+|[a-z]+(?:ed|al|ic|ive|ble|ful|ous|ary)|new|young|older|small|large|local|major|minor|full|part)$/;
const NEXT_WORD = /^[ \t]+([a-z][a-z-]*)\b/;
// about  people, some  people, over  residents: two spaces where the count was to be typed after a word that rounds it,
// before the plural noun it counts — only where that word stands for a figure: after "of" (a survey of about  people;
// some only after a count's noun: a total of some  people, a cohort of some  pupils), a verb that counts (supported
// over  families), "there were", "with" or "than", or opening a sentence (About  people attended). Not a preposition's
// about (talked about  issues, complaints were about  repairs), a determiner's some (the views of some  residents,
// Some  people felt) or a particle's over (took over  responsibilities, handed over  files).
const ROUNDED_GAP = /\b(about|About|some|over|Over)[ \t]{2,}([a-z][a-z-]*)\b/g;
const ROUNDED_AFTER_COUNT = /\b(?:of|with|than|by|there (?:were|are|was|is|have been|had been|will be)|supported|helped|trained|welcomed|recruited|employed|employs?|housed|rehoused|placed|visited|inspected|answered|handled|received|processed|served|reached|attracted|hosted|delivered|created|distributed|issued|saw|involved|involving|affected|affecting|totall?ed|numbered|included|includes|including|has|have|had)[ \t]+$/;
const ROUNDED_SENTENCE_START = /(?:^|[.!?;:][ \t]+)$/;
const SOME_AFTER_COUNT = /\b(?:total|cohort|sample|group|team|panel|pool|population|workforce|caseload|backlog|increase|rise|fall|decrease|reduction|drop|growth|loss|average|estimated|figure|investment|budget) of[ \t]+$/;
// a rate of  per 10,000 children, compared with  per 1,000 births: "per" and a figure after a word that needs a figure
// before "per" (a rate of 58 per 10,000). Not a noun (the rate per 10,000 children) nor a verb of being (Rates are per
// 10,000 population), nor "in terms of per 10,000".
const PER_GAP = /\b(?:of|with|than|at|about|around|approximately|nearly|almost|roughly|averaged|reached|stood at)[ \t]+per[ \t]+(?=\d|(?:one[ \t]+)?(?:hundred|thousand|million)\b)/g;
const PER_GAP_NOT_AFTER = /\b(?:terms|basis|units?|expressed|shown|given)[ \t]+$/;
// In , we opened…; By , all tenants…; completed in , ahead of schedule: a date word straight before a comma, where the
// year or the date was to be typed (sentence-initial, or after a verb of something done by a date).
const DATE_COMMA_GAP = /(?:^|[.;:!?]\s+)(?:\*\*|__)?((?:In|By|Since|During|Until) ,)|\b(?:completed|opened|launched|published|started|finished|held|due|ended|began|closed|built|introduced|approved|agreed|adopted|established|appointed|elected|founded) ((?:in|by|on|since|during|until) ,)/g;
const DATE_COMMA_AT = new RegExp(`(?:${DATE_COMMA_GAP.source})$`);
const TWO_SPACES = /^[ \t]{2}$/;
const SPACE_THEN_MARK = /^[ \t][,.;]$/;
/**
 * Whether the two characters of the line as written at a paragraph offset are what `shape` wants: the paragraph's text
 * has links, inline code and other markup masked with spaces, which are no gap a writer left.
 */
function typedAs(context: UnitContext, paragraph: Paragraph, offset: number, shape: RegExp): boolean {
  const at = positionIn(paragraph, offset);
  return shape.test(context.model.lines[at.line]?.text.slice(at.character, at.character + 2) ?? '');
}
// Of the 3,900 laptops in scope,  have been upgraded: after the whole named first, the count of the part is gone
// and the verb follows the comma (Of the 3,900 laptops, 2,100 have been…; Of these, most were… stay).
const OF_THE_GAP = /(?:^|[.;:!?]\s+)(?:\*\*|__)?(Of\s+(?:the|these|those|our|all)\s+(?:[^,.;:!?()]|(?<=\d)[,.](?=\d)){1,60},[ \t]+(?:have|has|had|were|was|are|is|will|would|did)\b)/g;
// | Windows 11 migration | £1.2m | £k | Amber |: a table cell with a currency sign and its scale but no figure.
const CELL_SIGN_GAP = /\|[ \t]*([$€£¥](?:m|bn|k)?)[ \t]*(?=\|)/g;
// rose from to 71%, fell from  to 74, between and 4,000: the first figure of a change or range is gone.
const FROM_TO_GAP = /\b(?:from[ \t]+to|between[ \t]+and)[ \t]+(?=[$€£¥]?\d)/gi;
// the transition from to SLS, from to December 2025: what the change or period started from is gone. Only before a
// capitalised word (a name, an acronym, a month): "from to-do lists", "apart from to the extent" stay prose, and
// "between and within groups" is a phrase, so between…and is read only before a figure (above).
const FROM_TO_NAME = /\b[Ff]rom[ \t]+to[ \t]+(?=[A-Z])/g;
// an Officer of the and leads the NAO: an article straight before a word that cannot follow it; the noun is gone.
// Lower case only and only these words ("the and operator" is code, masked; "a or b" names options).
const ARTICLE_GAP = /\b(?:the|an) (?:and|of|is|are|was|were|with|by|from)\b(?!-)/g;
// 到二三五年 for 到二〇三五年: a year written in Chinese numerals that lost one of its four digits (19xx and 20xx years
// start 一 or 二). Not counts (二十五年 holds 十, 三五年 is "three to five years"), not school years (七八九年级).
const SHORT_NUMERAL_YEAR = /[一二][〇○零一二三四五六七八九]{2}年(?!级|級)/g;
const NUMERAL_BEFORE = /[〇○零Ｏ一二三四五六七八九十百千万萬两兩几幾]/;
const NUMBER_WORDS = new Set(words.numberWords);
/** Words that start with a unit character: 共同 is not 共+同, 达到名校 is not a missing figure. */
const UNIT_WORDS = new Set(words.unitWords);
/**
 * What follows a unit's character that starts a two-character noun whose count comes right after it (户厕4.62万户: 厕4;
 * 台区46个). Not a longer run (共有所学校的1200余件作品: 所 lost its figure before 学校).
 */
const NOUN_THEN_FIGURE = /^[^\P{sc=Han}的][\d０-９]/u;
const WORDS = yearWords.words;
const FOLLOWERS = yearWords.followers;
/** Characters that make a word with a following 年 (今年, 全年, 少年, 2025年). */
const WORD_BEFORE_YEAR = /[\d０-９〇零一二三四五六七八九十百千万萬几幾数數○ＯO今明去前後后全当當近每多同该該历歷往上下本新跨旧舊少青老成周週逐常整半隔某次头頭元末晚早翌积積经經]/;
// What each group of patterns needs, found in one pass over the paragraph: a unit for any gap at all, and
// a character each of the other patterns cannot match without (a paragraph without 全 has no 全县所学校).
const HAS_UNIT = 1;
const HAS_PERCENT = 2;
const HAS_WHOLE = 4;
const HAS_ABOUT = 8;
const HAS_APPROXIMATE = 16;
const HAS_MONTH = 32;
const HAS_IS = 64;
const HAS_RATE = 128;
/** The English gaps' currency and percent signs, the p and t of percent, per cent and total of (in either case), and the first letters of currency codes. */
const HAS_ENGLISH_GAP = 256;
/** A clause end (CLAUSE_END_CODES): read in the same pass, for the gaps that end before one. */
const AT_CLAUSE_END = 512;
/** A small Latin letter: UNIT_GAP's verbs are written in them. */
const HAS_SMALL_LATIN = 1024;
/** 万 or 张 (and their traditional forms): CARE_GAP's units hold one. */
const HAS_CARE_UNIT = 2048;
/** A colon: the label gaps (LABEL_THEN_MARK) follow one. */
const HAS_COLON = 4096;
const TRIGGERS = classBits([`年%％月率比米顷頃里天时時${words.units}${words.unitsAfterVerb}${HEAD_UNITS.flatMap((g) => g.units).join('')}`, '%％百', '全', '左', '约約', '月', '为為', '率比速幅', '$€£¥%pPtTGUEACNJRHSI', '，,。；;、！!？?）)', 'abcdefghijklmnopqrstuvwxyz', '万萬张張', '：:']);

/** What parts the cells of a table row typed with spaces, tabs or pipes. */
const CELL_SEPARATOR = codeTable(' \t\u3000|｜');
const SENTENCE_PUNCTUATION = /[，,。；;：:！!？?]/;

/**
 * 产品名称 产量（吨） 比上年增长% / | 比上年增长% | / 金额⇥增长%⇥备注: the heading of a column whose figures are
 * percentages, the % its unit. The match ends its cell (a separator or the line's end after it), the row has other
 * cells and no sentence punctuation. Not a sentence that lost its figure (比上年增长%。, 增长%，增速…), nor a line that
 * is that one cell (全年粮食总产量比上年增长%).
 */
function isColumnLabel(paragraph: Paragraph, start: number, end: number): boolean {
  const { text } = paragraph;
  // The line the match is on: the paragraph's text joins its lines with no line break between them.
  const segment = paragraph.segments.find((s) => s.offset <= start && start < s.offset + s.length);
  if (!segment) return false;
  const lineStart = segment.offset;
  const lineEnd = segment.offset + segment.length;
  if (end < lineEnd && CELL_SEPARATOR[text.charCodeAt(end)] !== 1) return false;
  if (SENTENCE_PUNCTUATION.test(text.slice(lineStart, lineEnd))) return false;
  let cellStart = start;
  while (cellStart > lineStart && CELL_SEPARATOR[text.charCodeAt(cellStart - 1)] !== 1) cellStart--;
  const others = text.slice(lineStart, cellStart) + text.slice(end, lineEnd);
  return /[^\s|｜]/.test(others);
}

/**
 * Indicator   Target   Achieved   % of target: the heading row of a table lined up with spaces, where a column's
 * heading (Achieved) and the next one (% of target) are set apart by a run of spaces or a tab, as the other cells of
 * the line are, and the line has no sentence punctuation. Not "achieved  % of its target." (a sentence).
 */
function isSpacedHeading(paragraph: Paragraph, start: number, match: string): boolean {
  if (!/(?:[ ]{2,}|\t)[^ \t]*$/.test(match)) return false;
  const { text } = paragraph;
  const segment = paragraph.segments.find((s) => s.offset <= start && start < s.offset + s.length);
  if (!segment) return false;
  const line = text.slice(segment.offset, segment.offset + segment.length);
  if (/[.,;:!?。，；：！？]/.test(line.replace(/\d[.,]\d/g, ''))) return false;
  const others = text.slice(segment.offset, start) + text.slice(start + match.length, segment.offset + segment.length);
  return /\S(?:[ ]{2,}|\t)\S/.test(others);
}

const TABLE_RULE_LINE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A column's period in its heading (2024/25, FY2025, Q3 2026): a heading row holds no other figure. */
const COLUMN_PERIOD = /(?:FY[ \t]?)?(?:19|20)\d\d(?:[/–-](?:\d{2}|(?:19|20)\d\d))?|Q[1-4][ \t]+(?:19|20)\d\d/g;
/** A date in a heading row's other cell (| Year ended 31 July 2026 | £ million |, | As at March 31, 2026 |): no figure of the body. */
const COLUMN_DATE = /\b(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2}(?:st|nd|rd|th)?\b,?)/g;
/** The start of a column heading's cell before its unit: nothing, or the column's period (| FY2025 £ million |). */
const COLUMN_UNIT_START = new RegExp(`(?:^|\\|)[ \\t]*(?:(?:${COLUMN_PERIOD.source})[ \\t]+)?$`);
/** The end of a column heading's cell after its unit: nothing, or the column's period. */
const COLUMN_UNIT_END = new RegExp(`^[ \\t]*(?:${COLUMN_PERIOD.source})?[ \\t]*(?:\\||$)`);

/** A plain-text table's rule under its heading: ------, ======, or one run of dashes per column. */
const PLAIN_RULE_LINE = /^[ \t]*(?:-{3,}|={3,}|─{3,})(?:[ \t]+(?:-{3,}|={3,}|─{3,}))*[ \t]*$/;
/** Where a spaced cell starts: the line's start or a gap of two spaces or a tab, then perhaps the column's period. */
const SPACED_CELL_START = new RegExp(`(?:^|[ ]{2,}|\\t)(?:(?:${COLUMN_PERIOD.source})[ \\t]+)?$`);
/**
 * | Source | £ million | over the |---|---:| rule, or, lined up with spaces, Source   £ million over Donors   2.84: the
 * heading of a column, naming the unit of the figures under it (a row of the body with $ million beside figures is
 * still a gap).
 */
function isColumnHeading(context: UnitContext, paragraph: Paragraph, start: number, end: number): boolean {
  const { text } = paragraph;
  const segment = paragraph.segments.find((s) => s.offset <= start && start < s.offset + s.length);
  if (!segment) return false;
  const line = text.slice(segment.offset, segment.offset + segment.length);
  // US$ million, A$ million, NZ$ billion: the country's letters are the cell's start.
  const prefix = /(?:US|AU|A|C|NZ|HK|S)$/.exec(text.slice(Math.max(segment.offset, start - 2), start))?.[0] ?? '';
  const before = text.slice(segment.offset, start - prefix.length);
  const after = text.slice(end, segment.offset + segment.length);
  const at = positionIn(paragraph, start - prefix.length);
  // Only a line of the same paragraph: what the rule reads of a paragraph is kept while the paragraph is unchanged.
  const next = at.line < paragraph.lastLine ? context.model.lines[at.line + 1]?.text ?? '' : '';
  // A pipe table's header row: no header above it (its body rows have one), the rule under it, no figure in it. The
  // column's period may stand with the unit (| £ million 2024/25 | FY2025 £ million |).
  if (line.includes('|')) return COLUMN_UNIT_START.test(before) && COLUMN_UNIT_END.test(after) && !paragraph.tableHeader && (TABLE_RULE_LINE.test(next) || (at.line === paragraph.lastLine && !/\d/.test((before + after).replace(COLUMN_DATE, '').replace(COLUMN_PERIOD, ''))));
  // Lined up with spaces: the cell set apart from the others (its period may stand before the unit: 2025/26 £ thousand),
  // no sentence punctuation, a figure under it — under the rule of dashes or equals signs below the heading, if any.
  if (!SPACED_CELL_START.test(before) || !/^(?:[ ]{2,}|\t|[ \t]*$)/.test(after) || !/\S/.test(before + after)) return false;
  if (/[.,;:!?。，；：！？]/.test(line.replace(/\d[.,]\d/g, ''))) return false;
  const column = at.character;
  const below = PLAIN_RULE_LINE.test(next) && at.line + 1 < paragraph.lastLine ? context.model.lines[at.line + 2]?.text ?? '' : next;
  return /\d/.test(below.slice(Math.max(0, column - 2), column + prefix.length + (end - start) + 2));
}

/**
 * | Total output cost | $ million | 75.1 | 61.7 |: a cell that holds nothing but the unit, in a table with a Unit
 * column (a cell reading Unit in the rows above it, also where a conversion wrote the cells one to a line, each closed
 * by its |). A budget table's $ million cell beside figures, with no Unit column, is still a gap.
 */
function isUnitColumnCell(context: UnitContext, paragraph: Paragraph, start: number, end: number): boolean {
  const { text } = paragraph;
  const segment = paragraph.segments.find((s) => s.offset <= start && start < s.offset + s.length);
  if (!segment) return false;
  const line = text.slice(segment.offset, segment.offset + segment.length);
  const before = text.slice(segment.offset, start);
  const after = text.slice(end, segment.offset + segment.length);
  if (!line.includes('|') || !/(?:^|\|)[ \t]*$/.test(before) || !/^[ \t]*(?:\||$)/.test(after)) return false;
  const lines = context.model.lines;
  for (let l = positionIn(paragraph, start).line - 1, seen = 0; l >= 0 && seen < 60; l--, seen++) {
    const row = lines[l].text;
    if (!row.includes('|')) return false;
    if (/(?:^|\|)[ \t]*Units?[ \t]*(?:\||$)/.test(row)) return true;
  }
  return false;
}

// Module functions, not closures made for every paragraph.
function report(context: UnitContext, paragraph: Paragraph, message: string, start: number, end: number, shown = end): void {
  context.report({ message, data: { text: paragraph.text.slice(start, shown) }, range: rangeIn(paragraph, start, end) });
}

/** Claims [start, end) for one finding; false when another pattern already reported this gap. */
function claim(taken: [number, number][], start: number, end: number): boolean {
  if (taken.some(([a, b]) => start < b && a < end)) return false;
  taken.push([start, end]);
  return true;
}

function inIdiom(text: string, start: number, end: number): boolean {
  return IDIOM.test(text.slice(Math.max(0, start - 3), end + 3));
}

const rule: Rule = {
  meta: {
    id: 'missing-value',
    name: { zh: '数字缺失', en: 'Missing figure' },
    category: 'placeholders',
    description: {
      zh: '数字或年份缺失：“年,区教育局…”“按照-2010年”“共名”“完成投资亿元”',
      en: 'A dropped number or year: 年 with no year, a range with no start, a unit with no figure (完成投资亿元, raised $ million)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      year: { zh: '“年”前似乎缺少年份：“{text}”', en: 'A year seems to be missing before 年: “{text}”' },
      date: { zh: '日期缺少数字：“{text}”', en: 'Date without its figures: “{text}”' },
      day: { zh: '日期未填完：“{text}”中“日”前空着，应填写日', en: 'Date not filled in: “{text}” has a blank where the day goes' },
      monthDay: { zh: '日期未填完：“{text}”中月、日空着，应填写月份和日', en: 'Date not filled in: “{text}” has blanks where the month and the day go' },
      rate: { zh: '比率缺少数值：“{text}”后面没有数字', en: 'Rate without its figure: nothing follows “{text}”' },
      range: { zh: '范围缺少起始值：“{text}”前应有起始年份', en: 'Range without a start: “{text}” needs a starting year' },
      figure: { zh: '缺少数值：“{text}”中单位前没有数字', en: 'Figure missing: “{text}” has no number before the unit' },
      region: { zh: '“全”后似乎缺少地名（全市、全县…）：“{text}”', en: 'A place seems to be missing after 全 (全市, 全县…): “{text}”' },
      docNumber: { zh: '文号缺少序号：“{text}”中年份后没有序号', en: 'Document number without its serial: “{text}” has nothing between the year and 号' },
      noNumber: { zh: '缺少数值：“{text}”中没有数字', en: 'Figure missing: “{text}” has no number in it' },
      point: { zh: '数字残缺：“{text}”中小数点前缺少整数部分', en: 'Digits missing: “{text}” has no whole number before the decimal point' },
      digits: { zh: '数字残缺：“{text}”中逗号与小数点之间缺少数字', en: 'Digits missing: “{text}” has nothing between the comma and the decimal point' },
      yearDigit: { zh: '年份少了一位数字：“{text}”只有三位，年份应有四位（如二〇三五年）', en: 'A digit of the year seems lost: “{text}” has three digits, a year has four (as in 二〇三五年)' },
      wordGap: { zh: '缺少词语：“{text}”中间漏了一个词', en: 'A word seems to be missing: “{text}” has nothing between the two words' },
      name: { zh: '缺少姓名：“{text}”中应有的人名空着', en: 'A name seems to be missing: “{text}” has nothing where the name goes' },
      field: { zh: '缺少内容：“{text}”中标签后应填的内容空着', en: 'A value seems to be missing: “{text}” has nothing after the label' },
      nameEn: { zh: '缺少名称：“{text}”中应有的名称空着', en: 'A name seems to be missing: “{text}” has a gap where the name goes' },
      fromTo: { zh: '缺少起点：“{text}”中“from”与“to”之间没有内容', en: 'Starting point missing: “{text}” has nothing between “from” and “to”' },
    },
  },

  // Every gap is read from one paragraph alone: its findings are kept while the paragraph is unchanged.
  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const text = paragraph.text;
    // The classes the paragraph holds and its clause ends (past its first character), in one pass.
    let triggers = 0;
    const clauseEnds: number[] = [];
    for (let i = 0, n = text.length; i < n; i++) {
      const bits = TRIGGERS[text.charCodeAt(i)];
      triggers |= bits;
      if ((bits & AT_CLAUSE_END) !== 0 && i > 0) clauseEnds.push(i);
    }
    if (text.length > 0) clauseEnds.push(text.length);
    // Every English gap below holds a Latin letter next to a space but CELL_SIGN_GAP's (| £m |): a Chinese paragraph's
    // % and pinyin do not compile nor run them (perf58).
    const spacedLatin = (triggers & (HAS_ENGLISH_GAP | HAS_SMALL_LATIN)) !== 0 && hasSpacedLatin(text);
    if ((triggers & HAS_ENGLISH_GAP) !== 0 && !spacedLatin && paragraph.tableHeader && /[$€£¥]/.test(text) && /\d/.test(text)) eachMatch(CELL_SIGN_GAP, text, (m) => {
      const start = m.index + m[0].indexOf(m[1]);
      report(context, paragraph, 'noNumber', start, start + m[1].length);
    });
    if ((triggers & HAS_ENGLISH_GAP) !== 0 && spacedLatin && /[$€£¥%]|percent|per cent|total of|here (?:were|are|have been|had been|will be)[ \t]{2}|[a-z][ \t]{2,}[a-z]|[a-z] ,|from[ \t]+to|\bfrom\b[^.;]{1,30}\bto\b|between[ \t]+and|[A-Z]{3}|\b(?:the|an)[ \t]+(?:and|of|is|are|was|were|with|by|from)\b|\bOf\s+(?:the|these|those|our|all)\b|[ \t]p[ \t]+(?:per|an?)[ \t]|[ \t]per[ \t]+[\dohtm]/i.test(text)) {
      eachMatch(OF_THE_GAP, text, (m) => {
        const start = m.index + m[0].length - m[1].length;
        report(context, paragraph, 'noNumber', start, start + m[1].length);
      });
      // Only in a row of the table's body whose other cells hold figures: a header's (£m) is the column's unit.
      if (paragraph.tableHeader && /\d/.test(text)) eachMatch(CELL_SIGN_GAP, text, (m) => {
        const start = m.index + m[0].indexOf(m[1]);
        report(context, paragraph, 'noNumber', start, start + m[1].length);
      });
      eachMatch(FROM_TO_GAP, text, (m) => report(context, paragraph, 'noNumber', m.index, m.index + m[0].trimEnd().length));
      eachMatch(FROM_SIGN_GAP, text, (m) => report(context, paragraph, 'noNumber', m.index, m.index + m[0].trimEnd().length));
      eachMatch(TO_GAP, text, (m) => report(context, paragraph, 'noNumber', m.index, m.index + m[0].length));
      eachMatch(FROM_TO_NAME, text, (m) => {
        const end = m.index + m[0].length;
        // Shown with the word that follows (from to SLS), so the message names the change.
        report(context, paragraph, 'fromTo', m.index, m.index + m[0].trimEnd().length, end + /^[A-Za-z0-9]*/.exec(text.slice(end, end + 40))![0].length);
      });
      eachMatch(ARTICLE_GAP, text, (m) => report(context, paragraph, 'wordGap', m.index, m.index + m[0].length));
      eachMatch(MONEY_GAP, text, (m) => {
        // (£ billion), figures in $ million, Unit: € thousand: the unit of a table or column, not a gap.
        if (UNIT_LABEL.test(text.slice(Math.max(0, m.index - 12), m.index)) && !(text[m.index - 1] === '(' && ASKS_FOR_FIGURE.test(text.slice(Math.max(0, m.index - 60), m.index)) && /^\)\s*(?:[.;]|$)/.test(text.slice(m.index + m[0].length)))) return;
        // Emissions per £ million, Amounts: £ million., Table 2: Net expenditure, £ million: a unit named, not a gap.
        const head = text.slice(Math.max(0, m.index - 30), m.index);
        if (UNIT_NAMED.test(head)) return;
        if (CAPTION_UNIT_BEFORE.test(head) && CAPTION_UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return;
        // | Total output cost | $ million | 24.0 |: the cell of a table's Unit column.
        if (isUnitColumnCell(context, paragraph, m.index, m.index + m[0].length)) return;
        // | Source | £ million | over |---|---:|, or Source   £ million over Donors   2.84: the unit its column's figures are in.
        if (isColumnHeading(context, paragraph, m.index, m.index + m[0].length)) return;
        report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
      eachMatch(PERCENT_GAP, text, (m) => {
        if (isSpacedHeading(paragraph, m.index, m[0])) return;
        // growth by percent change, ranked by percentage increase: "percent" names the measure of a ranking, its noun after it.
        if (/^[ \t]+(?:change|changes|increase|increases|decrease|decreases|growth|gain|gains|rise|fall|decline|share|terms|basis|difference)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return;
        report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
      eachMatch(VERB_PERCENT_GAP, text, (m) => {
        const verb = /^[a-z]+/.exec(m[0])![0];
        if (VERB_PERCENT_NOT.test(verb) || isSpacedHeading(paragraph, m.index, m[0])) return;
        const start = m.index + m[0].indexOf('%', verb.length);
        // The project achieved % of its target: PERCENT_GAP's already (one gap, one finding).
        if (PERCENT_GAP_ENDS.test(text.slice(m.index, start + 1))) return;
        report(context, paragraph, 'noNumber', start, start + 1);
      });
      eachMatch(PENCE_GAP, text, (m) => report(context, paragraph, 'noNumber', m.index, m.index + m[0].length));
      eachMatch(SIGN_GAP, text, (m) => {
        const start = m.index + m[0].length - m[1].length;
        // from £ to £31,200 is FROM_SIGN_GAP's.
        if (/\bfrom[ \t]+$/i.test(text.slice(Math.max(0, start - 6), start))) return;
        // £ million is MONEY_GAP's already.
        if (!/^[ \t]*(?:million|billion|thousand|trillion)\b/i.test(text.slice(start + m[1].length))) report(context, paragraph, 'noNumber', start, start + m[1].length);
      });
      eachMatch(LEAD_SIGN_GAP, text, (m) => {
        const start = m.index + m[0].indexOf(m[1], m[0].length - m[0].trimStart().length);
        report(context, paragraph, 'noNumber', start, start + m[1].length);
      });
      if (/[A-Z]{3}/.test(text)) eachMatch(CODE_GAP, text, (m) => {
        const start = m.index + m[0].length - m[1].length;
        report(context, paragraph, 'noNumber', start, start + m[1].length);
      });
      // a total of people: the count before the noun is gone (a total of 12 people, a total of about 40 are fine).
      eachMatch(TOTAL_OF, text, (m) => {
        if (!NUMBER_WORDS.has(m[1].toLowerCase()) && /^[a-z]/.test(m[1])) report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
      eachMatch(THERE_GAP, text, (m) => {
        if (NUMBER_WORDS.has(m[1]) || THERE_GAP_NOT.has(m[1])) return;
        // The spaces as typed: a link's bracket the line model masked (There are [narrow exceptions](#…)) is no gap.
        if (!typedAs(context, paragraph, m.index + m[0].length - m[1].length - 2, TWO_SPACES)) return;
        report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
      eachMatch(COUNT_GAP, text, (m) => {
        let noun = m[1];
        if (NUMBER_WORDS.has(noun) || THERE_GAP_NOT.has(noun)) return;
        const plural = (word: string) => IRREGULAR_PLURAL.has(word) || (/[^su]s$/.test(word) && !PLURAL_NOT.has(word));
        if (!plural(noun)) {
          const next = COUNT_GAP_ADJECTIVE.test(noun) ? NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1] : undefined;
          if (next === undefined || NUMBER_WORDS.has(next) || !plural(next)) return;
          noun = next;
        }
        // took  days, lasted  weeks: a duration's verb counts time only (took  steps to, a doubled space, has lost nothing).
        if (DURATION_VERB.test(m[0]) && !TIME_NOUN.test(noun)) return;
        // The spaces as typed, not a mask of the line model's (a link's bracket, inline code).
        if (!typedAs(context, paragraph, m.index + m[0].length - m[1].length - 2, TWO_SPACES)) return;
        report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
      eachMatch(ROUNDED_GAP, text, (m) => {
        const noun = m[2];
        if (NUMBER_WORDS.has(noun) || THERE_GAP_NOT.has(noun)) return;
        if (!IRREGULAR_PLURAL.has(noun) && !(/[^su]s$/.test(noun) && !PLURAL_NOT.has(noun))) return;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const word = m[1];
        const stands = word === 'some' ? SOME_AFTER_COUNT.test(before)
          : /^[AO]/.test(word) ? ROUNDED_SENTENCE_START.test(before)
          : ROUNDED_AFTER_COUNT.test(before);
        if (!stands) return;
        // over years of neglect, over decades: a span of time, not a count, unless "with" has it (with over  years of
        // experience).
        if (word.toLowerCase() === 'over' && /^(?:years|decades|months|weeks|days|centuries|generations|time)$/.test(noun) && !/\bwith[ \t]+$/.test(before)) return;
        if (!typedAs(context, paragraph, m.index + m[0].length - noun.length - 2, TWO_SPACES)) return;
        report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
      eachMatch(PER_GAP, text, (m) => {
        if (PER_GAP_NOT_AFTER.test(text.slice(Math.max(0, m.index - 20), m.index))) return;
        report(context, paragraph, 'noNumber', m.index, m.index + m[0].trimEnd().length);
      });
      eachMatch(DATE_COMMA_GAP, text, (m) => {
        const words = m[1] ?? m[2];
        const start = m.index + m[0].length - words.length;
        report(context, paragraph, 'date', start, start + words.length);
      });
    }
    // 事故26起、死亡人，同比分别下降…: a casualty count listed after another figure, its number gone before 人.
    if (text.includes('人')) eachMatch(CASUALTY_GAP, text, (m) => {
      if (FIGURE_BEFORE_CASUALTY.test(text.slice(Math.max(0, m.index - 4), m.index))) report(context, paragraph, 'figure', m.index + 1, m.index + m[0].length);
    });
    // 青交发〔2026〕号: read before the units (号 is none of them).
    if (text.includes('号')) eachMatch(DOC_NUMBER_GAP, text, (m) => report(context, paragraph, 'docNumber', m.index, m.index + m[0].length));
    // BE_GAP's words are small Latin letters: a paragraph without one is not searched for its spaces.
    if ((triggers & HAS_SMALL_LATIN) !== 0 && spacedLatin && SPACE_BEFORE_MARK.test(text)) eachMatch(BE_GAP, text, (m) => {
      // The spaces as typed: inline code the line model masked (is `posthog-bot`,) is no gap.
      const end = m.index + m[0].length;
      if (!typedAs(context, paragraph, end - 1, SPACE_THEN_MARK)) return;
      // Who we are . . . . . 5: a contents line's dot leader, not a full stop after a gap.
      if (/^[ \t]*\.(?:[ \t]*\.){2}/.test(text.slice(end, end + 12))) return;
      report(context, paragraph, 'noNumber', m.index, end + 1);
    });
    if ((triggers & HAS_SMALL_LATIN) !== 0 && spacedLatin) {
      eachMatch(UNIT_GAP, text, (m) => report(context, paragraph, 'noNumber', m.index, m.index + m[0].length));
      eachMatch(BY_UNIT_GAP, text, (m) => {
        const by = m[0].lastIndexOf('by');
        report(context, paragraph, 'noNumber', m.index + by, m.index + m[0].length);
      });
      for (const re of [TIME_TO_GAP, AVERAGE_TIME_GAP]) eachMatch(re, text, (m) => {
        const start = m.index + m[0].length - m[1].length;
        report(context, paragraph, 'noNumber', start, start + m[1].length);
      });
      eachMatch(ARTICLE_FIGURE_GAP, text, (m) => {
        const noun = m[2];
        const plural = IRREGULAR_PLURAL.has(noun) || (/[a-z]{3,}s$/.test(noun) && !/(?:ss|us|is)$/.test(noun) && !PLURAL_NOT.has(noun));
        if (plural && !NUMBER_WORDS.has(noun) && !NUMBER_WORDS.has(noun.replace(/s$/, ''))) report(context, paragraph, 'noNumber', m.index, m.index + m[0].length);
      });
    }
    // Names dropped: read before the units' gate (a paragraph without a unit may have lost one).
    // 由、、同志担任: two 、 in a row are punctuation's finding (a missing item), told once.
    if (text.includes('由')) eachMatch(NAME_DROPPED, text, (m) => /[、，,][ \u3000]*[、，,]/.test(m[0]) || report(context, paragraph, 'name', m.index, m.index + m[0].length, m.index + m[0].length + 2));
    const labelGap = (triggers & HAS_COLON) !== 0 && LABEL_THEN_MARK.test(text);
    if (labelGap) eachMatch(NAME_LABEL_GAP, text, (m) => report(context, paragraph, 'name', m.index, m.index + m[0].length, m.index + m[0].length + 1));
    if (text.includes('个以上') || text.includes('個以上')) eachMatch(BOUND_GAP, text, (m) => /\p{sc=Han}/u.test(text[m.index - 1] ?? '') && !NOT_BEFORE_BOUND.test(text[m.index - 1]) && report(context, paragraph, 'figure', m.index, m.index + m[0].length));
    if (text.includes('宗')) eachMatch(CASES_GAP, text, (m) => report(context, paragraph, 'figure', m.index, m.index + m[0].length));
    if (text.includes('共处') || text.includes('计处') || text.includes('計处')) eachMatch(PLACES_GAP, text, (m) => report(context, paragraph, 'figure', m.index + m[0].lastIndexOf('处') - (m[0].endsWith('共处') ? 1 : 2), m.index + m[0].length));
    if (text.includes('仅') || text.includes('僅')) eachMatch(ONLY_GAP, text, (m) => report(context, paragraph, 'figure', m.index, m.index + m[0].length));
    if (labelGap) eachMatch(PHONE_LABEL_GAP, text, (m) => report(context, paragraph, 'noNumber', m.index, m.index + m[0].length, m.index + m[0].length + 1));
    if (labelGap) eachMatch(FIELD_LABEL_GAP, text, (m) => report(context, paragraph, 'field', m.index, m.index + m[0].length, m.index + m[0].length + 1));
    // Both patterns start with an English word in small letters (perf39: not searched in a paragraph without one).
    if ((triggers & HAS_SMALL_LATIN) !== 0 && spacedLatin && !text.includes('`')) {
      eachMatch(PREPOSITION_GAP, text, (m) => {
        const before = text.slice(Math.max(0, m.index - 16), m.index);
        if (MARK_VERB_BEFORE.test(before) || PARTICLE_VERB_BEFORE.test(before)) return;
        // completed in , ahead of schedule: a date's gap (DATE_COMMA_GAP), told once.
        if (DATE_COMMA_AT.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 1))) return;
        // The spaces typed on the line, not a code span the model masked (in `kubernetes/enhancements`,).
        const gap = m.index + m[0].trimEnd().length;
        const at = positionIn(paragraph, gap);
        const typed = context.model.lines[at.line]?.text.slice(at.character, at.character + m[0].length - (gap - m.index) + 1) ?? '';
        if (!/^(?:[ \t]{1,2}[.,;]|[ \t]{2}[a-z])$/.test(typed)) return;
        report(context, paragraph, 'nameEn', m.index, m.index + m[0].length, m.index + m[0].length + /^(?:[.,;]|[a-z]+)/.exec(text.slice(m.index + m[0].length))![0].length);
      });
      eachMatch(FUNDER_GAP, text, (m) => report(context, paragraph, 'nameEn', m.index, m.index + m[0].length, m.index + m[0].length + /^[A-Za-z]*/.exec(text.slice(m.index + m[0].length))![0].length));
    }
    if ((triggers & HAS_UNIT) === 0) return;

    const lone: number[] = [];
    for (let i = text.indexOf('年'); i >= 0; i = text.indexOf('年', i + 1)) if (atClauseStart(text, i)) lone.push(i);
    // 年 at the start of a wrapped line (…力争 / 年，流失率…) stands at a line start as much as after a comma.
    if (paragraph.segments.length > 1) {
      const found = new Set(lone);
      for (let k = 1; k < paragraph.segments.length; k++) {
        const o = paragraph.segments[k].offset;
        // A wrap may also split a word: 今/年, 全/年, 2025/年.
        if (text[o] === '年' && !found.has(o) && !WORD_BEFORE_YEAR.test(text[o - 1] ?? '')) lone.push(o);
      }
      lone.sort((a, b) => a - b);
    }
    for (const at of lone) {
      const ahead = text.slice(at, at + 6);
      if (WORDS.some((w) => ahead.startsWith(w))) continue;
      // 年,区教育局… / 年工作要点 / 年是…开局之年: what follows is what a year stands before. 年出栏, 年可实现 and
      // 年考核 are "per year" and read correctly.
      const rest = ahead.slice(1);
      if (rest !== '' && !/^[，,。；;：:、”"]/.test(rest) && !FOLLOWERS.some((w) => rest.startsWith(w))) continue;
      // 2007。年安全生产月: the year is there; text extraction put a full stop after it.
      if (/\d{4}[。.]?$/.test(text.slice(Math.max(0, at - 5), at))) continue;
      // 月通报、季点评、年考核: 年 as "yearly" in a list of periods.
      if (text[at - 1] === '、' && /(?:^|[、，,；;：:。])[日周週旬月季][^、，,。]{0,6}、$/.test(text.slice(Math.max(0, at - 12), at))) continue;
      report(context, paragraph, 'year', at, at + 1, Math.min(text.length, at + 6));
    }
    if ((triggers & HAS_MONTH) !== 0) eachMatch(YEAR_BEFORE_MONTH, text, (m) => {
      const at = m.index + m[0].length - 1;
      if (!lone.includes(at)) report(context, paragraph, 'year', at, at + 1, Math.min(text.length, at + 6));
    });
    if (YEAR_BEFORE_BUDGET.test(text)) report(context, paragraph, 'year', 2, 3, Math.min(text.length, 9));
    if (text.includes('个方面')) eachMatch(COUNT_AFTER_COUNT, text, (m) => report(context, paragraph, 'figure', m.index - 3, m.index + 3));
    if (text.includes('.')) eachMatch(COMMA_POINT, text, (m) => report(context, paragraph, 'digits', m.index, m.index + m[0].length));
    // 达到.6万人: the whole part of a decimal dropped (shown with the word before it and the unit after).
    eachLostInteger(text, (start, end, unitEnd) => context.report({ message: 'point', data: { text: text.slice(Math.max(0, start - 2), unitEnd) }, range: rangeIn(paragraph, start, end) }));
    // Every match holds 处分人, 问责人 or 追责人 (and their traditional forms): a paragraph without 分人 or 责人 holds none
    // (a test of two words, not the pattern's look-behind tried at each position: perf39).
    if (DISCIPLINE_WORDS.test(text)) eachMatch(DISCIPLINE_GAP, text, (m) => report(context, paragraph, 'figure', m.index, m.index + m[0].length));
    if (text.includes('名')) eachMatch(ACCOUNTABLE_GAP, text, (m) => report(context, paragraph, 'figure', m.index, m.index + m[0].length));
    eachMatch(SHORT_NUMERAL_YEAR, text, (m) => {
      if (!NUMERAL_BEFORE.test(text[m.index - 1] ?? '') && !NUMERAL_BEFORE.test(text[m.index + 3] ?? '')) report(context, paragraph, 'yearDigit', m.index, m.index + 4);
    });
    eachMatchAt(OPEN_RANGE, text, (i) => opensRange(text, i), (m) => report(context, paragraph, 'range', m.index, m.index + m[0].length));
    const taken: [number, number][] = [];
    if ((triggers & HAS_PERCENT) !== 0) {
      eachMatch(NO_FIGURE_PERCENT, text, (m) => {
        // 达到个百分点: one gap, told here and not again as 达到个 (a bare count).
        if (!isColumnLabel(paragraph, m.index, m.index + m[0].length) && claim(taken, m.index, m.index + m[0].length)) report(context, paragraph, 'figure', m.index, m.index + m[0].length);
      });
      eachMatch(NO_FIGURE_SHARE, text, (m) => {
        const start = m.index + m[0].length - m[1].length;
        report(context, paragraph, 'figure', start, m.index + m[0].length);
      });
    }
    // 用水总量控制在亿立方米以内: a cap with its figure gone between the lead and the unit.
    eachCapGap(text, (start, end) => {
      if (claim(taken, start, end)) report(context, paragraph, 'figure', start, end);
    });
    // 为户中小微企业办理退税: who was served, the count between the lead and its measure word gone.
    eachBeneficiaryGap(text, (lead, unit, end) => {
      if (claim(taken, unit, unit + 1)) report(context, paragraph, 'figure', lead, end);
    });
    // One finding per place: a verb count that starts where a bare count does is the same gap.
    // The verb and the bare count start with the same words: the places where one may start are found once for both.
    const totalStarts = startPositions(VERB_COUNT, text);
    for (const re of [VERB_COUNT, BARE_COUNT, REGION_COUNT]) {
      if (re === REGION_COUNT && (triggers & HAS_WHOLE) === 0) continue;
      eachWordMatchAt(re, text, re === REGION_COUNT ? undefined : totalStarts, (m) => {
        const unitAt = m.index + m[0].length - 1;
        const after = text.slice(unitAt + 1, unitAt + 5);
        // 共排查户厕4.62万户 · 共改造台区46个: a unit's character that starts a noun, its count right after the noun.
        if (NOUN_THEN_FIGURE.test(text.slice(unitAt + 1, unitAt + 5))) return;
        // 累计人次明显大于在册人数: 人次 compared with another measure is that measure's name, no count dropped before it.
        if (MEASURE_NAME_COMPARED.test(text.slice(unitAt + 1, unitAt + 5))) return;
        if (UNIT_WORDS.has(text.slice(unitAt, unitAt + 2)) || (MAGNITUDE.test(after) && !BOUND_CLAIMED.test(after)) || PLACE_NAME.test(after) || !claim(taken, unitAt, unitAt + 1)) return;
        // Quote the whole unit: 共投入资金万元, 惠及万人次.
        const end = m.index + m[0].length;
        report(context, paragraph, 'figure', m.index, end, end + (/^[元人次]{0,2}/.exec(text.slice(end, end + 2))?.[0].length ?? 0));
      }, (m) => re === REGION_COUNT || startsCount(text, m));
    }
    for (const gap of headCountGaps(text)) if (claim(taken, gap.end - 1, gap.end)) report(context, paragraph, 'figure', gap.start, gap.end);
    // The three gaps end before a clause end: those places found once for all three.
    eachAnchoredMatch(MEASURE_GAP, text, (m) => {
      const end = m.index + m[0].length;
      // 共1050培训人次: the figure stands before the verb, and 培训人次 is a noun.
      if (HOLDS_FIGURE.test(m[1]) || HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 2), m.index).trimEnd())) return;
      // A measure's name has no scale in its unit: 接待游客人次 may be one, 接待游客万人次 is a count.
      const named = !/^[万萬亿億]/.test(m[2]) && MEASURE_LIST.test(text.slice(end, end + 40));
      if (inIdiom(text, end - 4, end) || named || !claim(taken, end - m[2].length, end)) return;
      // 共接待游客万人次: quote from the total word.
      const total = /(?:共计|共計|合计|合計|累计|累計|总计|總計|一共|共)$/.exec(text.slice(Math.max(0, m.index - 2), m.index));
      report(context, paragraph, 'figure', m.index - (total?.[0].length ?? 0), end);
    }, clauseEnds);
    // Both total gaps start with a total word (共计, 合计, 累计, 总计, 一共, 共…), each of which holds 共, 计 or 計.
    const totals = TOTAL_WORD_CHARS.test(text);
    if (totals) eachAnchoredMatch(TOTAL_MEASURE_GAP, text, (m) => {
      const end = m.index + m[0].length;
      const from = text.slice(m.index);
      if (NOT_TOTAL.test(from) || text[m.index - 1] === '公' || HOLDS_FIGURE.test(m[1]) || /[\d０-９]/.test(m[1])) return;
      const named = !/^[万萬亿億]/.test(m[2]) && MEASURE_LIST.test(text.slice(end, end + 40));
      if (inIdiom(text, end - 4, end) || named || !claim(taken, end - m[2].length, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    if (totals) eachAnchoredMatch(TOTAL_COUNT_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (NOT_TOTAL.test(text.slice(m.index)) || text[m.index - 1] === '公' || HOLDS_COUNT.test(m[1].replace(CLASS_BOUND, '')) || m[1].endsWith('的')) return;
      // 全年 is no total of itself (全年走访企业负责人 names whom; 全年出台文件): only before a unit that ends few nouns (条, 篇).
      if (text.startsWith('全年', m.index) && !/[条條篇]/.test(m[2])) return;
      // 全县共有低保户、特困户两类救助对象: the first of a list of kinds whose noun ends in the unit's character, counted after it.
      if (text[end] === '、' && KINDS_COUNTED_AFTER.test(text.slice(end, end + 40))) return;
      if (inIdiom(text, end - 4, end) || UNIT_WORDS.has(text.slice(end - 1, end + 1)) || NAME_WORDS.has(text.slice(end - 2, end)) || COUNT_UNIT_WORDS.has(text.slice(end - 2, end)) || MEASURE_LIST.test(text.slice(end, end + 40)) || !claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    eachMatch(PERIOD_GAP, text, (m) => {
      if (text[m.index - 1] === '公' || !claim(taken, m.index, m.index + m[0].length)) return;
      report(context, paragraph, 'figure', m.index, m.index + m[0].length);
    });
    if ((triggers & HAS_CARE_UNIT) !== 0) eachMatch(CARE_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (!claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    if (text.includes('其中')) eachMatch(PART_SIBLING_GAP, text, (m) => {
      const end = m.index + m[0].length - 1;
      if (HOLDS_COUNT.test(m[1]) || /的|有|包括|包含|些/.test(m[1]) || inIdiom(text, end - 4, end) || UNIT_WORDS.has(text.slice(end - 1, end + 1)) || !claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    eachMatch(DE_GE_GAP, text, (m) => {
      if (UNIT_WORDS.has(text.slice(m.index + 1, m.index + 3)) || !claim(taken, m.index + 1, m.index + 2)) return;
      report(context, paragraph, 'figure', m.index, Math.min(text.length, m.index + 4));
    });
    // Its look-behind needs a figure, one to three Chinese characters and 、 (searched for from the figure, not tried at
    // each position: perf39).
    if (text.includes('、') && HEAD_ITEM_LEAD.test(text)) eachMatch(HEAD_ITEM_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_COUNT.test(m[1]) || m[1].endsWith('的') || inIdiom(text, end - 4, end) || MEASURE_LIST.test(text.slice(end, end + 40)) || !claim(taken, m.index, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    eachMatch(CHANGE_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (UNIT_WORDS.has(text.slice(end - 1, end + 1)) || !claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    eachAnchoredMatch(OBJECT_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 2), m.index).trimEnd()) || inIdiom(text, end - 3, end)) return;
      if (MEASURE_LIST.test(text.slice(end, end + 40)) || !claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    for (const gap of [ARCHIVE_GAP, ARCHIVE_GAP_AFTER]) eachAnchoredMatch(gap, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 2), m.index).trimEnd()) || /[\d０-９]$/.test(m[1])) return;
      if (MEASURE_LIST.test(text.slice(end, end + 40)) || !claim(taken, end - m[2].length, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    eachAnchoredMatch(HEAD_UNIT_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 2), m.index).trimEnd()) || HOLDS_FIGURE.test(m[1]) || inIdiom(text, end - 4, end)) return;
      // 对排查出的隐患处，建立台账: a 的 straight before the noun makes it a noun phrase (the places of the hazards found),
      // not a count with its figure gone.
      if (m[1].endsWith('的')) return;
      // 处理劳动人事争议案件: 争议 and 案件 are the words, not the head 议案 counted by 件 (化解信访积案件 is a gap).
      if (text.slice(end - 2, end) === '案件' && CASE_NOUN_MODIFIERS.has(text.slice(end - 4, end - 2))) return;
      // The clause is one gap: a total word's count found before (共发放补助资金万) claimed part of it.
      if (MEASURE_LIST.test(text.slice(end, end + 40)) || !claim(taken, m.index, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    eachAnchoredMatch(FACILITY_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 2), m.index).trimEnd()) || !claim(taken, end - m[2].length, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    eachAnchoredMatch(VERB_HEADS_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 1), m.index)) || !claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    if (text.includes('已') || text.includes('未') || text.includes('正在')) eachMatch(ASPECT_GAP, text, (m) => {
      const end = m.index + m[0].length;
      // 持续清理长期未结案件。: 结案 and 件 make 案件 (cases), the noun the clause ends on, no count dropped.
      if (CASE_NOUNS.has(text.slice(end - 2, end)) || !claim(taken, end - 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    if (text.includes('涉')) eachMatch(INVOLVES_GAP, text, (m) => {
      const end = m.index + m[0].length;
      // 不涉及人: nothing involved, no count.
      if (text[m.index - 1] === '不' || UNIT_WORDS.has(text.slice(end - 1, end + 1)) || !claim(taken, m.index + 2, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    eachAnchoredMatch(NOUN_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 1), m.index)) || inIdiom(text, m.index, end) || !claim(taken, end - m[1].length, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    }, clauseEnds);
    if ((triggers & HAS_ABOUT) !== 0) eachMatch(ABOUT_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (HOLDS_FIGURE.test(text.slice(Math.max(0, m.index - 1), m.index)) || NOT_ABOUT.test(text.slice(end, end + 2))) return;
      if (!claim(taken, m.index, end - 2)) return;
      report(context, paragraph, 'figure', Math.max(0, m.index - 2), end);
    });
    if ((triggers & HAS_APPROXIMATE) !== 0) eachMatch(APPROXIMATE_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (words.approximateNotAfter.includes(text[m.index - 1] ?? '') || MAGNITUDE.test(text.slice(end, end + 4)) || !claim(taken, m.index + 1, end)) return;
      report(context, paragraph, 'figure', m.index, end);
    });
    if ((triggers & HAS_MONTH) !== 0) eachMatch(/月日/g, text, (m) => {
      // Not 月日均客流量 (a monthly average of a daily figure) nor 月日常…: 日 opening a word, as NO_DATE reads it.
      if (DATELESS_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^\p{sc=Han}/u.test(text.slice(m.index + 2, m.index + 3)) && !DAY_WORD_AFTER.test(text[m.index + 2])) report(context, paragraph, 'date', m.index, m.index + 2, Math.min(text.length, m.index + 4));
    });
    // 抽查了8个乡镇、个项目: a list of counts whose next item lost its figure (the unit, then the thing counted).
    if (text.includes('、')) {
      for (let at = text.indexOf('、'); at > 0; at = text.indexOf('、', at + 1)) {
        const unit = text[at + 1];
        if (!SINGLE_UNIT_CODES[text.charCodeAt(at + 1)] || !/^\p{sc=Han}/u.test(text.slice(at + 2, at + 3)) || UNIT_WORDS.has(text.slice(at + 1, at + 3))) continue;
        const item = LIST_ITEM_COUNT.exec(text.slice(Math.max(0, at - 12), at));
        if (!item || item[1] !== unit || !claim(taken, at + 1, at + 2)) continue;
        report(context, paragraph, 'figure', at + 1, at + 2, Math.min(text.length, at + 5));
      }
    }
    if (text.includes('其中')) {
      eachMatch(PART_OF_GAP, text, (m) => {
        const end = m.index + m[0].length;
        if (claim(taken, end - 1, end)) report(context, paragraph, 'figure', m.index, end);
      });
      eachMatch(PART_UNIT_GAP, text, (m) => {
        const end = m.index + m[0].length;
        if (!partUnitGap(text, m) || inIdiom(text, end - 4, end) || !claim(taken, end - m[2].length, end)) return;
        report(context, paragraph, 'figure', m.index, end);
      });
    }
    if (QUOTED_GAP_TAIL.test(text)) eachMatch(QUOTED_GAP, text, (m) => {
      const end = m.index + m[0].length;
      if (claim(taken, end - 1, end)) report(context, paragraph, 'figure', m.index, end);
    });
    if ((triggers & HAS_IS) !== 0) eachMatchWhere(VALUE_IS, text, (m) => isValueIs(text, m), (m) => report(context, paragraph, 'figure', m.index, m.index + m[0].length));
    if ((triggers & HAS_WHOLE) !== 0 && REGION_DROPPED_TAIL.test(text)) eachMatch(REGION_DROPPED, text, (m) => report(context, paragraph, 'region', m.index + m[0].indexOf('全'), m.index + m[0].length));
    if ((triggers & HAS_MONTH) !== 0 && NO_DATE_CORE.test(text)) eachMatch(NO_DATE, text, (m) => report(context, paragraph, 'date', m.index, m.index + m[0].length));
    // 述职人：张三 / 2025年12月  日: a date whose year and month are filled in and whose day was left blank.
    if ((triggers & HAS_MONTH) !== 0 && DAY_BLANK_CORE.test(text)) eachMatch(DAY_BLANK, text, (m) => {
      // 填报日期：2026年  月  日: a form's date to fill in by hand, its year printed; in a sentence (定于2026年  月  日召开) the blanks were left.
      if (m[1] && !SENTENCE_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) && !isDateLine(paragraph, m.index, m.index + m[0].length)) return;
      report(context, paragraph, m[1] ? 'monthDay' : 'day', m.index, m.index + m[0].length);
    });
    if ((triggers & HAS_RATE) !== 0 && NO_RATE_TAIL.test(text)) eachMatch(NO_RATE, text, (m) => report(context, paragraph, 'rate', m.index, m.index + m[0].length));
    // 撰写心得体会  篇，组织会议 次。: spaces where the figure was to be typed in, a unit and the clause's end.
    if (text.includes(' ') || text.includes('\u3000')) {
      eachSpaceGap(text, (m, mid) => {
        const end = m.index + m[0].length;
        // Where the match of the pattern with its Han character would start: that character (two code units for one
        // outside the BMP), and the spaces one code unit after it, as that match was read.
        const han = m.index - (m.index >= 2 && isLowSurrogate(text.charCodeAt(m.index - 1)) && isHighSurrogate(text.charCodeAt(m.index - 2)) ? 2 : 1);
        // Spaces the line model put over ruby pinyin (節(jié)次 reads 節     次) are no gap: the line itself must have them.
        const at = positionIn(paragraph, han + 1);
        const line = context.model.lines[at.line]?.text ?? '';
        if (!/^[ \u3000]/.test(line.slice(at.character, at.character + 1))) return;
        if (mid && !SENTENCE_PUNCTUATION.test(line)) return;
        context.report({ message: 'figure', data: { text: text.slice(Math.max(0, han - 3), end) }, range: rangeIn(paragraph, han + 1, end) });
      });
    }
  },
};

export default rule;
