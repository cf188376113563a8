/**
 * percent-arithmetic — 百分比计算 / Percentage arithmetic
 *
 * What: "由A%提高/提升/上升/增长/增加至B%" where B is not above A; "由A%下降/降低/减少至B%" where B is not below A;
 * a stated difference that does not match ("由52.1%提高到56.4%，提高了5.3个百分点" — it is 4.3), in either order
 * (由A%提高至B% · 从A%到B% · B%，比上年的A%提高C个百分点 · B%，比上年提高C个百分点（上年为A%）; the earlier time may be named at length: 92.6%，较第二季度检查时的88.1%提高了3.5个百分点, 较专项行动开展前的, 较6月底的) and in English ("rose/increased/grew/climbed/advanced
 * from A% to B%", "fell/dropped/declined from A% to B%", "B%, up from A%", "an increase of C percentage points",
 * "a gain of C points", "B%, up C percentage points (2024/25: A%)", "B%. This is C percentage points higher than
 * Quarter 1's A%"). Lists are compared pair by pair (分别由49.9%、79.7%提高至75.5%、93.3%，分别提高25.6、13.6个
 * 百分点). A change stated in % that is neither the difference in points nor the relative change is reported too, and
 * so is the change of two amounts that is not their relative change (由1,250万人次增长到1,410万人次，同比增长11.2% —
 * it is 12.8%; 由2025年的298家增加到2026年的326家，增长12.6%; 1268.6万人次，比上年的1124.5万人次增长21.8%; 13.45亿元，
 * 上年同期为12.62亿元，同比增长9.6%; "grew from
 * $12.4 million to $13.9 million, an increase of 14.5%"; with the change as an amount first, "rose from 1,120 ha to 1,205 ha,
 * an increase of 85 ha or 8.5%", "an increase of 724 (1.4%)"; "an improvement of 18.4%", which says no direction ("fell from
 * 23.4 days to 19.8 days" — it is 15.4%); the change alone in brackets, "from £2.0 million to £2.4
 * million (12%)"; two periods named in order, each with its amount, "In the first year 240 adults joined a course, and in
 * the second year 300 did, an increase of 20%" (25%); the change first, "increased by 15% from 2,000 to 2,400", "rose 14% from £1.62 million to £1.92
 * million" (18.5%), "rose by 12% to £2.4m, from £2.0m"; the change
 * as an amount and in % before the later level, "rose by 6,080, or 16.5%, to 42,000" — from 35,920 it is 16.9%; a bare
 * first amount with the unit after the second, "fell from 74 to 52 minutes"; the change as a comparative with the earlier amount in
 * brackets, "£1.42 million, 3.1% less than in 2024-25 (£1.38 million)" — a rise, reported as the comparative contradicted; the
 * comparative in brackets as accounts give it, "rose by 18% to 4,720 (2024/25: 4,120)", "£1.84m (2024/25: £1.62m), an
 * increase of 18%"), not for value added, GDP or 固定资产投资 (stated at comparable
 * prices or on a comparable basis).
 * A comparison word straight after a percentage that says the other side of the figure it compares it with ("A&E
 * 4-hour performance was 76.8%, above the national standard of 78%"; "61.2%, below the England average of 58.9%";
 * "79.5%, exceeding the 80% standard"; 达标率76.8%，高于省定标准78%; 失业率为5.1%，低于4.5%的控制目标); not "against a
 * standard of", ranges, a difference stated before the word ("1.2 percentage points below"), a base that is itself
 * compared ("below 60% but above 48%"), nor a figure after the base's name that may be the difference
 * (低于全省平均水平6.3% — the average may be 54.9%).
 * A judgement of the change that goes the other way for its measure: 群众满意度由85.2%下降到83.1%，明显改善; 投诉率由3.2%上升至4.1%，
 * 有所改善 (a rate that should fall); 空气质量优良率由86%下降到82%，进一步恶化 is right — only measures whose better side is
 * known (满意度, 优良率, 达标率 higher; 投诉率, 发病率, 事故率 lower), and only 改善/改进/好转/恶化 said straight after the change;
 * "Patient satisfaction fell from 91% to 89%, an improvement of 2 percentage points" (the change's noun says better);
 * "Complaints improved from 3.2% to 4.1%" (improving is a fall for a measure that is better lower: complaints,
 * vacancies, absence, waits); in English the same judgement straight after the levels, ", an improvement", ", which is a
 * marked improvement", ", a deterioration", where the sentence names a measure better higher (satisfaction, attendance,
 * sites in favourable condition, the share reaching the expected standard, anything done within a time) or better lower
 * ("The proportion of sites in favourable condition moved from 71% to 68%, an improvement"); not a share of something
 * else ("from 71% to 68% of the target, an improvement"), nor a measure whose better side is not known or is both
 * ("satisfaction with how complaints were handled", "tenants who felt unsafe"). "Waiting times improved from 18% to 12%
 * of patients waiting over 4 hours" is right: improving is a fall for a measure that is better lower. Costs, arrears or a
 * backlog named as what the rate is a share of are its base, not the measure: "Revenue covered 86.5% of operating costs,
 * compared with 81.2% in 2024, an improvement of 5.3 percentage points" is right (a cost-recovery rate is better higher).
 * "Improved" alone says no direction: only a measure whose better side is known can contradict it ("cost recovery
 * improved from 52 percent to 56 percent" is right, a recovery; "programme fill rates improved from 71% to 64%" is left).
 * A rate named by its word decides whatever the cases after it name: "The charge rate for rape offences rose from 6.1%
 * to 8.3%, an improvement" is right (a charge, detection or conviction rate is better higher, offences or not); "the
 * reporting rate for offences" says nothing (data/percent-words.json: enBetterHigher, enRatesBetterHigher and lower).
 * A fall said twice, a verb or noun of a fall before a figure with a minus sign (同比下降-3.2%, 减少-1.26亿元, "fell by -3%",
 * "a decrease of −2.1%"): a warning, fixed by dropping the sign (not 降至-10℃, a level; not 下降1-2个百分点, a range).
 * In a table lined up with spaces whose header names two periods (2026年预计, 2027年目标) and a growth column (增长, 增幅, 同比), each row's growth against its two amounts (旅游总收入  186.4  205.0  12.0% — it is 10.0%).
 * In a table lined up with spaces with one column of rates (完成率, 蓄水率, 合格率), a row whose rate is not the ratio of the two
 * columns of its row that at least three other rows state it as, one row alone (北湖县  87.2  88.0  109.0% — it is 100.9%);
 * under a header that states the unit (达标率（%）) its cells may be bare (85.0), and whole numbers in a column of counts
 * (监测断面数, 参考人数) are exact (石门河  4  3  85.0 — it is 75.0). A table of two amount columns whose rate's header names
 * one of them (完成投资 | 计划投资 | 完成率; 参考人数 | 合格人数 | 合格率) needs only one other row that agrees (two rows in all):
 * the named column is the part, the other the whole (基础设施  36.2  40.0  95.5% — it is 90.5%); not a rate the columns do not
 * name (优秀率, 群众满意率), nor one of another year (2024年合格率), nor a table of three amount columns.
 * The same in a pipe table (| 部门 | 收案（件） | 结案（件） | 结案率 |): a row whose rate is not the ratio of the two count
 * columns that all the other rows but it agree on (three at least), or, with two count columns, of the one the rate's
 * header names over the other (| 执行局 | 8946 | 7604 | 58.0% | — it is 85.0%); not a rate whose base is not in the row
 * (结案率 of 旧存 and 新收 together, 上诉率), nor a column of change (同比增长).
 * In a pipe table whose header names two periods and then a change column (| Measure | 2024–25 | 2025–26 | Change |,
 * | Service | Q2 2026 | Q3 2026 | Change |, | Team | H1 | H2 | Change |), a
 * row of two rates and a change in points (| 91.4% | 94.2% | +3.2 pts | — it is +2.8), its size and its sign; a row of
 * two amounts of one kind and a change in % (| 11,250 | 11,810 | +4.0% | — it is +5.0%), its size and, where the cell
 * has one, its sign. In a pipe table whose share column names the column before it (| Waiting | Over 6 weeks | % over 6
 * weeks |), each row's share of two counts (| 14,800 | 2,307 | 16.4% | — it is 15.6%).
 * A rate stated in the sentence after its base, when its words tie it to the two figures: "Of the 6,230 people assessed,
 * 1,870 were supported at home. That is 35.0% of those assessed." (it is 30.0%: the part is the first sentence's one
 * figure after the base, the words after "of" are the base's); 共评估6230人。其中居家照护1870人，占评估人数的35.0%。 (the
 * words after 占 hold the verb that counted the base); not a rate of another whole ("2% of people in the borough",
 * 占全市点位的), nor after two parts ("1,020 by phone and 890 online. That is 26% …"), nor a base named by the total's own
 * words (共发放问卷1200份。…占发放问卷的90.5%, sum-mismatch's).
 * The change named as a rate after both amounts: 由43.2亿元增长至48.6亿元，增长率为15.8% (12.5%), 增幅15.8%, 降幅为12.5%,
 * "rose from £43.2m to £48.6m, a growth rate of 15.8%" (not at comparable prices, of value added or 固定资产投资).
 * A breakdown of the total the sentence before states, each part with a bare share, where the parts add up to that total:
 * 全市持证残疾人68425人。按残疾等级分，一级、二级重度残疾人29631人，占45.31%；三级、四级残疾人38794人，占54.69%。 (43.30%,
 * 56.70%); not where the parts add up to another total (全市户籍人口52.36万人。按性别分，男性残疾人…), nor shares of a whole
 * named (占全省的), nor shares that pass 100% together (sum-mismatch's), nor after 其中 (sum-mismatch's).
 * A named part, a verb, then its share of income, expenditure or costs stated with its amount: "Staff costs of £41.73m were
 * 85.8% of income of £50.46m", "… of total income excluding capital grants (£50.46m)" (82.7%); not of a budget or
 * another year's income, nor an amount per pupil.
 * A part, then "or" its share of a total named with its amount, in one clause: "The charity spent £2,184,000 on its
 * programmes, or 79.4% of total expenditure of £2,612,000" (it is 83.6%; the amounts may stand for what rounds to them:
 * "$3.4 million …, or 82.4% of total expenses of $4.13 million" may be right). Not a share of a budget or a forecast.
 * A year's target completed by a share, then its gap to the share of the year the months stated make (时序进度):
 * 1—11月…完成年度预期目标的92.4%，比时序进度低0.3个百分点 (11/12 is 91.7%: it is 0.7 ahead); 1至9月, 1-6月, 上半年,
 * 前三季度; not a date within a month (截至11月20日), nor where the sentence states the schedule (时序进度为92%).
 * A multiple of two amounts of one unit stated side by side: 最高的村386万元，最低的村仅23.6万元，前者是后者的12倍 (16.4);
 * 18.6亿元，是2020年4.2亿元的3.4倍 (4.4); not 相差约15倍.
 * A share set against its budget's or target's share, then the difference named against it again: "56.2% of income,
 * against a budget of 54.9%, 1.5 percentage points above budget" (it is 1.3), 占收入的56.2%，预算为54.9%，高出1.5个百分点,
 * 比预算的33.2%低出1.2个百分点; not "against a target of 95%, an increase of 4 points" (the change may be on last year).
 * The earlier level alone in the sentence before, which names its time, and the new one in a sentence that opens with its
 * time and a word for the measure, then the change: "The first fire engine arrived at 71% of dwelling fires within 10
 * minutes in 2024/25. In 2025/26 this rose to 76%, an improvement of 4 percentage points." (5); 2024年…到场率为71%。2025年
 * 这一比例提高到76%，提高了4个百分点。; not a target's level ("Our target is 80%. … this rose to 76%"), nor after two
 * percentages in that sentence. "Improved" of adoption, engagement or usage (not water or energy usage) is a rise
 * ("Staff adoption improved from 72.4% to 69.8%"; "improved to 69.8% from 72.4%"); not "from 72.4% expected".
 * Small whole counts are exact ("Fatalities fell from 12 to 8, a fall of 25%" — it is 33.3%); larger ones (37,400) and
 * amounts with a unit of measure (26 minutes) may be rounded.
 * Not: a difference within the rounding of the figures as written (33.3%→41.7% is 8.3 or 8.4 points), a relative
 * change that is right (由20%提高至25%，相对提高25%), a difference in % that equals the points (percent-point reports
 * that), a difference about something else (…，其中农村地区提高了8个百分点); for amounts, a number that names a category
 * or grade ("214 category 2 pressure ulcers in 2024/25, against 246"), a change that does not follow
 * them straight away, 年均 (a yearly average), 按可比口径 and the growth of GDP or value added (stated at comparable
 * prices, which nominal amounts do not show).
 * Nor a column of 增减额 or 增加额 (amounts, not a growth), or a row with a cell that is not a number (—).
 * A target or plan set beside the level reported before it is never a level of the change stated after it: "planted
 * 6,840 trees, against a target of 6,000 and compared with 5,210 in 2024/25, an increase of 31.3%" is right (5,210 →
 * 6,840; 25% would be reported), so is 出勤率为94.1%，目标为95%，比上年的93.0%提高1.1个百分点.
 *
 * Why: the figures are usually right and the verb or the difference was written from an older draft.
 *
 * 检查：“由A%提高至B%”而B不大于A、“下降”而B不小于A；所述差值与前后数值不符（两种语序、中英文、“分别由…提高至…”逐项对应，比较时点也可写得较长：较第二季度检查时的88.1%、较专项行动开展前的、较6月底的）；
 * 以%表示的变化既不等于百分点差、也不等于相对变化；由两个数额算出的增减幅度与文中不符（由1,250万人次增长到1,410万人次，
 * 同比增长11.2%——应为12.8%；“1268.6万人次，比上年的1124.5万人次增长21.8%”“13.45亿元，上年同期为12.62亿元，同比增长9.6%”），增加值、生产总值、固定资产投资（按可比价或可比口径计算）除外。
 * 以空格对齐的表格中，表头有两个时期（2026年预计、2027年目标）和增长列（增长、增幅、同比）的，逐行核对增幅（旅游总收入 186.4 205.0 12.0%——应为10.0%）。
 * 以空格对齐、只有一个比率列（完成率、蓄水率、合格率）的表格中，其他至少三行都等于本行某两列之比而唯独一行不符的（北湖县 87.2 88.0 109.0%——应为100.9%）；表头注明单位的（达标率（%））单元格可不带%，计数列（监测断面数、参考人数）的整数按精确值计（石门河 4 3 85.0——应为75.0）。只有两个数额列、比率表头点名其中一列（完成投资｜计划投资｜完成率；参考人数｜合格人数｜合格率）时，另有一行相符即可（共两行）：点名的一列为分子，另一列为分母（基础设施 36.2 40.0 95.5%——应为90.5%）；不核对两列都未点名的比率（优秀率、群众满意率）、另一年份的比率（2024年合格率）和有三个数额列的表格。
 * 竖线表格同样核对（| 部门 | 收案（件） | 结案（件） | 结案率 |）：其他各行（至少三行）都等于某两个计数列之比而唯独本行不符的，或只有两个计数列、比率表头点名其中一列时（| 执行局 | 8946 | 7604 | 58.0% |——应为85.0%）；比率的基数不在本行的（以旧存加新收为基数的结案率、上诉率）和变化列（同比增长）不核对。
 * 以“|”分隔的表格中，表头有两个年份和变化列（| Measure | 2024–25 | 2025–26 | Change |）的，逐行核对以百分点表示的变化的大小和正负（| 91.4% | 94.2% | +3.2 pts |——应为+2.8），
 * 以及两个同类数额之间以%表示的变化的大小和（写有正负号时的）方向（| 11,250 | 11,810 | +4.0% |——应为+5.0%）。
 * 竖线表格中表头指明占前一列之比的比率列（| Waiting | Over 6 weeks | % over 6 weeks |），各行两个计数之比（| 14,800 | 2,307 | 16.4% |——应为15.6%）。
 * 百分数后紧跟的比较词与所比较的两个数值矛盾的（达标率76.8%，高于省定标准78%；失业率为5.1%，低于4.5%的控制目标；“76.8%, above the
 * national standard of 78%”）；“against a standard of”、范围、比较词前已写出差值的、紧跟在基准名称后可能是差值的数（低于全省平均水平6.3%）不报。
 * 比率在基数的下一句、文字把它与两个数值连在一起的，核对部分与基数之比（共评估6230人。其中居家照护1870人，占评估人数的35.0%——应为30.0%；
 * “Of the 6,230 people assessed, 1,870 were supported at home. That is 35.0% of those assessed.”）；占的是别的整体的（占全市点位的）、
 * 前一句有两个部分的、以总数原词指称基数的（共发放问卷1200份。……占发放问卷的90.5%，由sum-mismatch核对）不报。
 * 两个数额之后以“增长率为”“增幅”“降幅为”写出变化的，同样核对（由43.2亿元增长至48.6亿元，增长率为15.8%——应为12.5%）；按可比价格计算的、增加值和固定资产投资的增长不报。
 * 上一句给出总数、下一句按类别分列（按残疾等级分，……29631人，占45.31%）且各部分之和等于总数的，核对各部分占比（应为43.30%）；各部分之和是别的总数的、占的是写明的别的整体的、占比合计超过100%的（由sum-mismatch报告）不报。
 * 英文中部分（写明数额）以“were”“represented”等写出其占收入、支出（写明数额）之比的，核对该比率（"Staff costs of £41.73m were 85.8% of income of £50.46m"——应为82.7%）；预算、另一年度的收入、人均数额不报。
 * 部分之后以“or”写出其占总额（写明数额）之比的，核对该比率（"£2,184,000 …, or 79.4% of total expenditure of £2,612,000"——应为83.6%）。
 * 完成年度目标的比例与时序进度之差：按所写月份（1—11月、1至9月、上半年、前三季度）计算时序进度，核对所写差值及方向（1—11月…完成年度预期目标的92.4%，
 * 比时序进度低0.3个百分点——时序进度为91.7%，实为高0.7个百分点）；截至某日、句中已写明时序进度的不报。
 * 同单位两个数额并列后写出倍数的（最高的村386万元，最低的村仅23.6万元，前者是后者的12倍——应为16.4倍；18.6亿元，是2020年4.2亿元的3.4倍——应为4.4倍）；约数（相差约15倍）不报。
 * 占比与预算或目标的占比并列、其后写明与预算之差的（占收入的56.2%，预算为54.9%，高出1.5个百分点——应为1.3个百分点；“against a budget of
 *   54.9%, 1.5 percentage points above budget”）；“against a target of 95%, an increase of 4 points”（可能是与上年相比）不报。
 * 对变化的评价与该指标的好坏方向相反的（群众满意度由85.2%下降到83.1%，明显改善；投诉率由3.2%上升至4.1%，有所改善）：只查好坏方向明确的指标
 * （满意度、优良率、达标率越高越好，投诉率、发病率、事故率越低越好），只查紧接变化之后的“改善”“改进”“好转”“恶化”；英文同样只查紧接两个数值之后的
 * “an improvement”“which is a marked improvement”“a deterioration”，且句中指标好坏方向明确（“moved from 71% to 68%, an improvement”
 * 说的是处于良好状态的保护地比例）；“from 71% to 68% of the target, an improvement”（另一事物的比例）不报；比率之基数为成本、欠款等
 * 越低越好的数额的（“Revenue covered 86.5% of operating costs … an improvement”，成本回收率越高越好）不按该数额判断方向。
 * “improved”本身不表方向：只有好坏方向明确的指标才可能与之矛盾（“cost recovery improved from 52 percent to 56 percent”是回收率上升，
 * 不报；“programme fill rates improved from 71% to 64%”指标方向不明，不报）。以限定词命名的比率由该词定方向，其后所限定的对象不定方向
 * （“The charge rate for rape offences rose from 6.1% to 8.3%, an improvement”：破案、起诉、定罪率越高越好，不因offences判为越低越好，
 * 不报；“the reporting rate for offences”方向不明，不报）。
 * 上一句只有一个写明时期的比率、下一句以时期和“这一比例”“该指标”开头写出新的比率及其变化的，同样核对（2024年…到场率为71%。2025年这一比例
 * 提高到76%，提高了4个百分点——应为5个百分点）；上一句的比率是目标的、上一句有两个比率的不报。
 * 表示下降的词后的数值又带负号（同比下降-3.2%、减少-1.26亿元）：正负相抵，警告并可删去负号（降至-10℃、下降1-2个百分点不报）。
 * 原因：数值通常是对的，动词或差值沿用了旧稿。
 * 不报：按原文小数位数四舍五入后相符的差值；正确的相对变化；以%写出而等于百分点差的（由percent-point报告）；说的是别的对象的差值；
 * 年均增长、按可比口径的增长、地区生产总值和增加值的增长（按可比价格计算）。
 * 也不报增减额、增加额列（是数额而非增幅），以及有非数字单元格（—）的行。
 * 列在所报数值之后的目标、计划数不是变化的任何一端：“planted 6,840 trees, against a target of 6,000 and compared with 5,210 in 2024/25, an increase of 31.3%”按5,210→6,840核对，不报；出勤率为94.1%，目标为95%，比上年的93.0%提高1.1个百分点，不报。
 *
 * Bad:  高考本科上线率由52.1%提高到56.4%，提高了5.3个百分点
 * Good: 高考本科上线率由52.1%提高到56.4%，提高了4.3个百分点
 * Bad:  The pass rate rose from 45% to 40%.
 * Good: The pass rate fell from 45% to 40%.
 */

import { figureText as show, type Figure } from '../model/numbers';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import type { AmountChange } from '../model/amount-changes';
import { readPipeTableRatios } from '../model/pipe-table-rates';
import { contradictedBy, readComparisons, readSharesOfBase, type Comparison, type RateClaim, type ShareOfBase } from '../model/rate-claims';
import { notARow, readSpaceTableGrowth, readSpaceTableRatios, spaceTableBits } from '../model/space-table-totals';
import type { Rule, UnitContext } from '../rule';
import { matchesOf } from '../patterns';

const rule: Rule = {
  meta: {
    id: 'percent-arithmetic',
    name: { zh: '百分比计算', en: 'Percentage arithmetic' },
    category: 'numbers',
    description: {
      zh: '“由A%提高至B%”而B不大于A、“下降”而B不小于A，或所述百分点差值与前后数值不符',
      en: '"rose from A% to B%" with B not above A (or "fell" with B not below A), or a stated difference that does not match',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      direction: {
        zh: '数值与“{verb}”矛盾：{from}→{to}是{actual}',
        en: '“{verb}” contradicts the figures: {from}→{to} is {actual}',
      },
      difference: {
        zh: '差值不符：{from}→{to}是{expected}个百分点，文中为{stated}',
        en: 'The stated change does not match: {from}→{to} is {expected} percentage points, not {stated}',
      },
      neither: {
        zh: '差值不符：{from}→{to}是{points}个百分点（相对变化{relative}%），文中为{stated}',
        en: 'The stated change does not match: {from}→{to} is {points} percentage points (a relative change of {relative}%), not {stated}',
      },
      relative: {
        zh: '相对变化不符：{from}→{to}相对变化{relative}%，文中为{stated}',
        en: 'The relative change does not match: {from}→{to} is a relative change of {relative}%, not {stated}',
      },
      schedule: {
        zh: '与时序进度之差不符：{span}的时序进度为{schedule}%，{level}比其{actual}个百分点，文中为“{stated}”',
        en: 'The gap to the time elapsed does not match: {span} is {schedule}% of the year, so {level} is {actual} points, not “{stated}”',
      },
      ahead: { zh: '高', en: 'ahead by' },
      behind: { zh: '低', en: 'behind by' },
      times: {
        zh: '倍数不符：{a}÷{b}为{actual}倍，文中为{stated}倍',
        en: 'The multiple does not follow from its figures: {a} ÷ {b} is {actual} times, not {stated}',
      },
      shareOfBase: {
        zh: '比率不符：{part}÷{whole}为{actual}%，文中为{stated}',
        en: 'The rate does not follow from its figures: {part} ÷ {whole} is {actual}%, not {stated}',
      },
      ratio: {
        zh: '比率不符：{part}÷{whole}为{actual}%，表中为{stated}',
        en: 'The rate does not follow from its row: {part} ÷ {whole} is {actual}%, not {stated}',
      },
      doubleNegative: {
        zh: '“{text}”正负相抵：“{verb}”之后的数值不应再带负号，若是下降请删去负号，若是增长请改写',
        en: '“{text}” says a fall twice: after “{verb}” the figure takes no minus sign; drop it, or say a rise if one is meant',
      },
      judgement: {
        zh: '数值与“{word}”矛盾：{measure}{from}→{to}是{actual}，{measure}越{better}越好',
        en: '“{word}” contradicts the figures: {from}→{to} is {actual}, and for {measure} {better} is better',
      },
      comparison: {
        zh: '数值与“{word}”矛盾：{figure}{actual}{base}',
        en: '“{word}” contradicts the figures: {figure} is {actual} {base}',
      },
      isBelow: { zh: '低于', en: 'below' },
      isAbove: { zh: '高于', en: 'above' },
      isEqual: { zh: '等于', en: 'equal to' },
      higher: { zh: '高', en: 'higher' },
      lower: { zh: '低', en: 'lower' },
      dropMinus: { zh: '删去负号', en: 'Drop the minus sign' },
      fix: { zh: '改为{expected}', en: 'Change to {expected}' },
      rise: { zh: '上升', en: 'a rise' },
      fall: { zh: '下降', en: 'a fall' },
      same: { zh: '持平', en: 'no change' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    for (const claim of context.model.rateClaimsIn(paragraph)) {
      if (claim.from.length === 0 || claim.from.length !== claim.to.length) continue;
      if (checkDirection(context, claim) || checkJudgement(context, claim)) continue;
      const change = claim.change;
      if (!change || change.figures.length !== claim.from.length) continue;
      claim.from.forEach((a, k) => checkChange(context, a, claim.to[k], change.figures[k], change.inPoints, change.relative));
    }
    const amountChanges = context.model.amountChangesIn(paragraph);
    for (const claim of amountChanges) checkAmountChange(context, claim);
    for (const c of readComparisons(paragraph, context.model.percentsIn(paragraph))) if (c.figure.dimension === '%') checkComparison(context, c);
    if (MINUS_SIGN.test(paragraph.text)) checkDoubleNegative(context, paragraph);
    // Of the 6,230 people assessed, 1,870 were supported at home. That is 35.0% of those assessed.
    if (paragraph.text.includes('%')) for (const s of readSharesOfBase(paragraph, context.model.figuresIn(paragraph))) checkShareOfBase(context, s);
    // 1—11月…完成年度预期目标的92.4%，比时序进度低0.3个百分点: the share of the year the months stated make.
    if (paragraph.text.includes('进度') || paragraph.text.includes('進度')) checkSchedule(context, paragraph);
    // 386万元…23.6万元，前者是后者的12倍: a multiple of two amounts stated side by side.
    if (paragraph.text.includes('倍')) checkTimes(context, paragraph);
    if (paragraph.tableHeader) {
      checkTableRow(context, paragraph, paragraph.tableHeader);
      checkTableShare(context, paragraph, paragraph.tableHeader);
    }
  },

  // What the document part reads of a paragraph: the lines that may be rows of a table lined up with spaces (its
  // header, its rows), read whole. A paragraph of sentences (every line with a Chinese sentence mark, or a tab) is
  // no row: it ends a table above it whatever its words, and a keystroke in it changes nothing the part reads.
  checkSummary(paragraph, lines) {
    // A pipe table's row: its rate column is read against the other rows (readPipeTableRatios).
    if (paragraph.tableHeader) return `${paragraph.tableHeader.join('|')}\n${paragraph.text}`;
    for (let l = paragraph.firstLine; l <= paragraph.lastLine; l++) if (lines[l].kind === 'text' && !notARow(lines[l])) return undefined;
    return '';
  },

  // 旅游总收入  亿元  186.4  205.0  12.0%: the growth column of a table lined up with spaces, row by row.
  check(context) {
    const doc = context.doc;
    // The lines' space-table bits, shared with sum-mismatch (one slot: read once per line per version).
    const bits = doc.lineFacts('space-table', spaceTableBits);
    for (const { from, to, change } of readSpaceTableGrowth(doc.lines, doc.paragraphs, bits)) {
      checkAmountChange(context, { paragraph: change.paragraph, from, to, change, start: from.offset, end: change.offset + change.length });
    }
    // 北湖县  87.2  88.0  109.0%: a rate column the other rows state as the ratio of two columns of their row.
    for (const { part, whole, rate } of readSpaceTableRatios(doc.lines, doc.paragraphs, bits)) {
      const actual = ((part.value / whole.value) * 100).toFixed(Math.max(1, rate.decimals));
      context.report({ message: 'ratio', data: { part: show(part), whole: show(whole), actual, stated: show(rate) }, range: rangeIn(rate.paragraph, rate.numberStart, rate.numberEnd) });
    }
    // | 执行局 | 8946 | 7604 | 58.0% |: a pipe table's rate column the other rows state as the ratio of two count columns.
    if (doc.paragraphs.some((p) => p.tableHeader)) {
      for (const r of readPipeTableRatios(doc.paragraphs)) {
        context.report({ message: 'ratio', data: { part: r.part, whole: r.whole, actual: r.actual, stated: r.stated }, range: rangeIn(r.paragraph, r.start, r.end) });
      }
    }
  },
};

export default rule;

/** A change column's header: Change, Difference, Movement, Variance, +/−, ± (with a unit in brackets). */
const CHANGE_HEADER = /^(?:\*\*)?(?:change|difference|movement|variance|\+\/[-−–]|±)(?:\s*\((?:pts?|pp|ppts?|points?|percentage points?)\))?(?:\*\*)?$/i;
/** +3.2 pts, −6.9 pp, 5 points, -0.4 percentage points: a change in points, signed or not. */
const POINTS_CELL = /^\s*(?:\*\*)?([+\-−–]?)\s*(\d+(?:\.\d+)?)\s*(?:pts?|pp|ppts?|points?|percentage points?)\.?(?:\*\*)?\s*$/i;
const YEAR = /(?:19|20)\d\d/;
/** Q3, Quarter 3, 3rd quarter, H1, Half 2, Sep: a part of a year a period column may name with its year. */
const QUARTER = /\b(?:Q|Qtr\s*|Quarter\s*)([1-4])\b|\b([1-4])(?:st|nd|rd|th)\s+quarter\b/i;
const HALF = /\b(?:H|Half\s*)([12])\b/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s|$|\d)/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A period column's year and part of the year ('' for a whole year): 2025–26, Q3 2026, H1 2026, Sep 2026, Q2. */
function periodOf(header: string): { year?: number; kind: string; part: number } | undefined {
  const y = YEAR.exec(header);
  const year = y ? Number(y[0]) : undefined;
  const rest = y ? header.slice(0, y.index) + ' ' + header.slice(y.index + y[0].length) : header;
  const q = QUARTER.exec(rest);
  if (q) return { year, kind: 'q', part: Number(q[1] ?? q[2]) };
  const h = HALF.exec(rest);
  if (h) return { year, kind: 'h', part: Number(h[1]) };
  const m = MONTH.exec(rest);
  if (m) return { year, kind: 'm', part: MONTHS.indexOf(m[1].toLowerCase()) + 1 };
  return year === undefined ? undefined : { year, kind: '', part: 0 };
}

/**
 * Which of two period columns is the earlier: -1 the left, 1 the right, undefined when they are no two periods of one
 * kind (2024–25 | 2025–26, Q2 2026 | Q3 2026, Q4 2025 | Q1 2026, Q2 | Q3 of one unnamed year).
 */
function periodOrder(left: string, right: string): -1 | 1 | undefined {
  const a = periodOf(left);
  const b = periodOf(right);
  if (!a || !b || (a.year === undefined) !== (b.year === undefined)) return undefined;
  // Two years: the earlier year first, whatever part of it each names (Year to Dec 2025 | Budget 2026).
  if (a.year !== b.year) return a.year! < b.year! ? -1 : 1;
  if (a.kind !== b.kind) return undefined;
  const ka = (a.year ?? 0) * 100 + a.part;
  const kb = (b.year ?? 0) * 100 + b.part;
  return ka === kb ? undefined : ka < kb ? -1 : 1;
}

/**
 * | Evening share of footfall | 18.2% | 21.4% | +3.8 pts |: under a header whose two columns before the change name
 * two years (the earlier first or last), the change in points is the later rate less the earlier one.
 */
function checkTableRow(context: UnitContext, row: Paragraph, header: string[]): void {
  const text = row.text;
  if (!/^\s*\|/.test(text)) return;
  const pipes: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '|') pipes.push(i);
  const cells = pipes.length - 1;
  for (let c = 3; c < Math.min(cells, header.length); c++) {
    if (!CHANGE_HEADER.test(header[c].trim())) continue;
    const order = periodOrder(header[c - 2], header[c - 1]);
    if (order === undefined) continue;
    const cell = (k: number) => [pipes[k] + 1, pipes[k + 1]] as const;
    const m = POINTS_CELL.exec(text.slice(...cell(c)));
    const relative = m ? undefined : PERCENT_CELL.exec(text.slice(...cell(c)));
    if (!m && !relative) continue;
    const figures = context.model.figuresIn(row);
    const inCell = (k: number) => figures.filter((f) => f.offset >= cell(k)[0] && f.offset + f.length <= cell(k)[1]);
    const left = inCell(c - 2);
    const right = inCell(c - 1);
    const stated = inCell(c);
    if (relative) {
      // | Violence with injury | 11,250 | 11,810 | +4.0% |: two amounts of one kind and their change in %.
      if (left.length !== 1 || right.length !== 1 || stated.length !== 1 || stated[0].dimension !== '%') continue;
      if (left[0].dimension === '%' || left[0].dimension !== right[0].dimension || left[0].unit !== right[0].unit || left[0].value <= 0 || right[0].value < 0) continue;
      const [a, b] = order < 0 ? [left[0], right[0]] : [right[0], left[0]];
      checkTableAmountChange(context, row, a, b, stated[0], relative[1], text.slice(...cell(c)).trim());
      continue;
    }
    if (!m) continue;
    if (left.length !== 1 || right.length !== 1 || stated.length !== 1 || left[0].dimension !== '%' || right[0].dimension !== '%') continue;
    const [a, b] = order < 0 ? [left[0], right[0]] : [right[0], left[0]];
    const s = stated[0];
    const actual = b.value - a.value;
    const sign = m[1] === '' ? 0 : m[1] === '+' ? 1 : -1;
    const sizeOk = withinRounding(Math.abs(actual), Math.abs(s.value), a, b, s);
    const signOk = sign === 0 || Math.abs(actual) <= 0.5 * 10 ** -s.decimals || Math.sign(actual) === sign;
    if (sizeOk && signOk) continue;
    const expected = Math.abs(actual).toFixed(Math.max(a.decimals, b.decimals));
    const range = rangeIn(row, s.numberStart, s.numberEnd);
    const data = { from: show(a), to: show(b), stated: text.slice(...cell(c)).trim(), expected: (actual < 0 ? '−' : sign > 0 || sign < 0 ? '+' : '') + expected };
    const fix = signOk ? { title: 'fix', data: { expected }, edits: [{ range, newText: expected }] } : undefined;
    context.report({ message: 'difference', data, range, fix });
  }
}

/** % over 6 weeks, Seen in 2 weeks (%), Seen in 2 weeks %: a share column's header, with what it is the share of. */
const SHARE_HEADER = /^%\s+(.+)$|^(.+?)\s*(?:\(%\)|%)$/;
const plainHeader = (cell: string) => cell.replace(/\*\*/g, '').trim().toLowerCase();

/**
 * | Waiting | Over 6 weeks | % over 6 weeks |: a share column whose header names the column before it, of the column
 * before that. Each row's share is its two counts' ratio (| 14,800 | 2,307 | 16.4% | — it is 15.6%). Counts only (whole
 * numbers, no unit), the part no larger than the whole; % of establishment after In post names no column: not read.
 */
function checkTableShare(context: UnitContext, row: Paragraph, header: string[]): void {
  const text = row.text;
  if (!/^\s*\|/.test(text) || !text.includes('%')) return;
  const pipes: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '|') pipes.push(i);
  const cells = pipes.length - 1;
  for (let c = 3; c < Math.min(cells, header.length); c++) {
    const named = SHARE_HEADER.exec(plainHeader(header[c]));
    if (!named || (named[1] ?? named[2]).trim() !== plainHeader(header[c - 1]) || plainHeader(header[c - 2]) === '') continue;
    const cell = (k: number) => [pipes[k] + 1, pipes[k + 1]] as const;
    if (!PERCENT_CELL.test(text.slice(...cell(c)))) continue;
    const figures = context.model.figuresIn(row);
    const inCell = (k: number) => figures.filter((f) => f.offset >= cell(k)[0] && f.offset + f.length <= cell(k)[1]);
    // | Budget | Actual | Variance | Variance % |: the share of a change is of the base the change is from (the budget,
    // the plan, the earlier year), the column before the two it is the difference of — where it is that difference.
    const ofChange = CHANGE_HEADER.test(header[c - 1].trim());
    if (ofChange && c < 4) continue;
    // | 2024 | 2023 | Change | Change % |: the earlier year is the base, whichever column it is in.
    const base = ofChange ? (periodOrder(header[c - 3], header[c - 2]) === 1 ? c - 2 : c - 3) : c - 2;
    const [whole, part, rate] = [inCell(base), inCell(c - 1), inCell(c)];
    if (ofChange) {
      const other = inCell(base === c - 3 ? c - 2 : c - 3);
      if (whole.length !== 1 || other.length !== 1 || part.length !== 1 || Math.abs(Math.abs(other[0].value - whole[0].value) - part[0].value) > 1e-9 * Math.max(1, part[0].value)) continue;
    }
    if (whole.length !== 1 || part.length !== 1 || rate.length !== 1 || rate[0].dimension !== '%') continue;
    const [w, p, r] = [whole[0], part[0], rate[0]];
    if (w.dimension === '%' || p.dimension === '%' || w.unit || p.unit || w.decimals > 0 || p.decimals > 0) continue;
    if (w.value <= 0 || p.value < 0 || p.value > w.value) continue;
    const ratio = (p.value / w.value) * 100;
    if (Math.abs(ratio - r.value) <= 0.5 * 10 ** -r.decimals + 1e-9) continue;
    // A variance some state as a share of the outturn (45 ÷ 655): either base read is no error.
    if (ofChange) {
      const other = inCell(base === c - 3 ? c - 2 : c - 3)[0];
      if (other.value > 0 && Math.abs((p.value / other.value) * 100 - r.value) <= 0.5 * 10 ** -r.decimals + 1e-9) continue;
    }
    const actual = ratio.toFixed(Math.max(1, r.decimals));
    context.report({ message: 'ratio', data: { part: show(p), whole: show(w), actual, stated: show(r) }, range: rangeIn(row, r.numberStart, r.numberEnd) });
  }
}

/** +4.0%, −8.8%, 3.1%: a change in %, signed or not. */
const PERCENT_CELL = /^\s*(?:\*\*)?([+\-−–]?)\s*\d+(?:\.\d+)?\s*%(?:\*\*)?\s*$/;

/**
 * A table row's two amounts `a` (earlier) and `b` (later) and the change `c` stated in %: its size must be the relative
 * change within the rounding of the figures as written, and a sign, where the cell has one, its direction.
 */
function checkTableAmountChange(context: UnitContext, row: Paragraph, a: Figure, b: Figure, c: Figure, sign: string, cell: string): void {
  const change = Math.abs(b.value - a.value);
  const sizeOk = relativeChangeFits(a, b, c);
  const actual = b.value - a.value;
  const signOk = sign === '' || actual === 0 || (sign === '+') === actual > 0;
  if (sizeOk && signOk) return;
  const relative = (actual < 0 ? '−' : '+') + ((change / a.value) * 100).toFixed(Math.max(1, c.decimals));
  context.report({ message: 'relative', data: { from: show(a), to: show(b), stated: cell, relative }, range: rangeIn(row, c.numberStart, c.numberEnd) });
}

/**
 * Whether `c` (in %) is the relative change from `a` to `b` as far as the figures as written tell: each amount stands
 * for what rounds to it, and the stated % for what rounds to it.
 */
function relativeChangeFits(a: Figure, b: Figure, c: Figure): boolean {
  // "Fatalities fell from 12 to 8": a small whole count is exact (a large one may be rounded: 37,400).
  const exact = (q: Figure) => q.decimals === 0 && q.scale === 1 && (q.dimension === '' || q.dimension === 'count') && q.value < 1000;
  const half = (q: Figure) => (exact(a) && exact(b) ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
  const change = Math.abs(b.value - a.value);
  const low = (Math.max(0, change - half(a) - half(b)) / (a.value + half(a))) * 100;
  const high = ((change + half(a) + half(b)) / Math.max(a.value - half(a), 1e-9)) * 100;
  const stated = Math.abs(c.value);
  const tolerance = 0.5 * 10 ** -c.decimals + 1e-9;
  return stated >= low - tolerance && stated <= high + tolerance;
}

/** 由61.2%提高至58.7%: the verb says up, the figures go down. True when reported. */
function checkDirection(context: UnitContext, claim: RateClaim): boolean {
  if (claim.up === undefined) return false;
  const { from, to, paragraph } = claim;
  for (let k = 0; k < from.length; k++) {
    const a = from[k];
    const b = to[k];
    const wrong = claim.up ? b.value <= a.value : b.value >= a.value;
    if (!wrong) continue;
    const actual = b.value > a.value ? 'rise' : b.value < a.value ? 'fall' : 'same';
    // A single claim is underlined whole; in a list, the level that breaks it.
    const range = from.length === 1 ? rangeIn(paragraph, Math.min(claim.start, b.offset), Math.max(claim.end, a.offset + a.length)) : rangeIn(paragraph, b.offset, b.offset + b.length);
    const data = { verb: claim.verb, from: show(a), to: show(b), actual: context.localize(rule.meta.messages[actual]) };
    context.report({ message: 'direction', data, range });
    return true;
  }
  return false;
}

/** "76.8%, above the national standard of 78%" · 达标率76.8%，高于省定标准78%: the word says the other side. */
function checkComparison(context: UnitContext, c: Comparison): void {
  const actual = contradictedBy(c);
  if (!actual) return;
  context.report({ message: 'comparison', data: { word: c.word, figure: show(c.figure), base: show(c.base), actual: context.localize(rule.meta.messages[actual]) }, range: rangeIn(c.paragraph, c.start, c.end) });
}

/** 投诉率由3.2%上升至4.1%，有所改善: a better or worse said of a change that goes the other way for its measure. */
function checkJudgement(context: UnitContext, claim: RateClaim): boolean {
  const judgement = claim.judgement;
  // "Satisfaction fell from 91% to 89%, an improvement of 2 percentage points": the change's noun says better, the
  // levels (and the verb) say worse for a measure that is better higher (or the other way for one better lower).
  const change = claim.change;
  if (change && /^improvements?$/i.test(change.verb) && change.up !== undefined && claim.from.length === 1 && claim.to.length === 1) {
    const [a, b] = [claim.from[0], claim.to[0]];
    if (a.value !== b.value && change.up !== b.value > a.value) {
      const data = { verb: change.verb, from: show(a), to: show(b), actual: context.localize(rule.meta.messages[b.value > a.value ? 'rise' : 'fall']) };
      context.report({ message: 'direction', data, range: rangeIn(claim.paragraph, change.start, Math.max(...change.figures.map((f) => f.offset + f.length))) });
      return true;
    }
  }
  if (!judgement) return false;
  const [a, b] = [claim.from[0], claim.to[0]];
  if (a.value === b.value) return false;
  const better = judgement.higherBetter === b.value > a.value;
  if (better === judgement.better) return false;
  const actual = context.localize(rule.meta.messages[b.value > a.value ? 'rise' : 'fall']);
  const data = { word: judgement.word, measure: judgement.measure, from: show(a), to: show(b), actual, better: context.localize(rule.meta.messages[judgement.higherBetter ? 'higher' : 'lower']) };
  context.report({ message: 'judgement', data, range: rangeIn(claim.paragraph, judgement.start, judgement.end) });
  return true;
}

/** 由1,250万人次增长到1,410万人次，同比增长11.2%: the change of two amounts, relative to the first (12.8%). */
/**
 * The number of a category, grade or stage that names what is counted ("214 category 2 pressure ulcers", "Year 7
 * admissions"): a label, not an amount, whatever order the amounts were read in.
 */
const LABEL_BEFORE_EN = /\b(?:category|grade|stage|level|tier|band|phase|type|class|step|year|key\s+stage)\s*$/i;

function isLabel(f: Figure): boolean {
  return Number.isInteger(f.value) && f.value < 100 && LABEL_BEFORE_EN.test(f.paragraph.text.slice(Math.max(0, f.offset - 16), f.offset));
}

function checkAmountChange(context: UnitContext, claim: AmountChange): void {
  const { from: a, to: b, change: c } = claim;
  // There were 214 category 2 pressure ulcers …, against 246 in 2023/24: the 2 names the category.
  if (isLabel(a) || isLabel(b)) return;
  // The verb of the change against the amounts (由5,200减少到4,600，增长11.5%) is direction's to say; a change the
  // amounts show going the other way is left to the reader (the change may be signed: 增长-11.5%).
  if (claim.up !== undefined && (claim.up ? b.value < a.value : b.value > a.value)) {
    // £1.42 million, 3.1% less than in 2024-25 (£1.38 million): a comparative leaves no sign to misread.
    if (claim.comparative) {
      const data = { verb: claim.comparative, from: show(a), to: show(b), actual: context.localize(rule.meta.messages[b.value > a.value ? 'rise' : 'fall']) };
      context.report({ message: 'direction', data, range: rangeIn(c.paragraph, c.offset, claim.end) });
    }
    return;
  }
  const change = Math.abs(b.value - a.value);
  if (relativeChangeFits(a, b, c)) return;
  const relative = ((change / a.value) * 100).toFixed(Math.max(1, c.decimals));
  context.report({ message: 'relative', data: { from: claim.fromText ?? show(a), to: show(b), stated: show(c), relative }, range: rangeIn(c.paragraph, c.numberStart, c.numberEnd) });
}

/** The stated change `c` between levels `a` and `b`: in points it must be the difference; in % one of the two readings. */
function checkChange(context: UnitContext, a: Figure, b: Figure, c: Figure, inPoints: boolean, relative: boolean): void {
  const points = Math.abs(b.value - a.value);
  const stated = Math.abs(c.value);
  const range = rangeIn(c.paragraph, c.numberStart, c.numberEnd);
  const data = { from: show(a), to: show(b), stated: show(c) };
  if (inPoints) {
    if (withinRounding(points, stated, a, b, c)) return;
    const expected = points.toFixed(Math.max(a.decimals, b.decimals));
    // 提高七点二个百分点: a figure written in words is not rewritten in digits.
    const fix = c.words ? undefined : { title: 'fix', data: { expected }, edits: [{ range, newText: expected }] };
    context.report({ message: 'difference', data: { ...data, expected }, range, fix });
    return;
  }
  if (a.value === 0 || c.words) return;
  const [low, high] = relativeBounds(a, b);
  const tolerance = 0.5 * 10 ** -c.decimals + 1e-9;
  const relativeFits = stated >= low - tolerance && stated <= high + tolerance;
  const shown = ((points / Math.abs(a.value)) * 100).toFixed(Math.max(1, c.decimals));
  if (relative) {
    if (!relativeFits) context.report({ message: 'relative', data: { ...data, relative: shown }, range });
    return;
  }
  // Equal to the points: percent-point's finding. Equal to the relative change: right.
  if (relativeFits || withinRounding(points, stated, a, b, c)) return;
  context.report({ message: 'neither', data: { ...data, points: points.toFixed(Math.max(a.decimals, b.decimals)), relative: shown }, range });
}

/**
 * Is the stated difference the difference of the two levels, within the rounding of the figures as written?
 * Statistics offices compute the difference from unrounded values (33.3% → 41.7% is “提高8.3个百分点” when they
 * are 1/3 and 5/12), so each figure may be off by half a unit of its last digit. Whole percentages with a whole
 * difference (60% to 64%, “5 points”) are taken as written, and 100% and 0% are exact.
 */
export function withinRounding(actual: number, stated: number, a: Figure, b: Figure, c: Figure): boolean {
  const precision = (q: Figure) => (q.value === 100 || q.value === 0 ? Infinity : q.decimals);
  const rounding = (q: Figure) => (precision(q) === Infinity || (precision(q) === 0 && c.decimals === 0) ? 0 : 0.5 * 10 ** -precision(q));
  const tolerance = 0.5 * 10 ** -c.decimals + rounding(a) + rounding(b) + 1e-9;
  return Math.abs(actual - stated) <= tolerance;
}

/** The smallest and largest relative change (in %) the two levels allow within their rounding. */
function relativeBounds(a: Figure, b: Figure): [number, number] {
  const r = (q: Figure) => (q.value === 100 || q.value === 0 ? 0 : 0.5 * 10 ** -q.decimals);
  const A = Math.abs(a.value);
  const change = Math.abs(b.value - a.value);
  const low = (Math.max(0, change - r(a) - r(b)) / (A + r(a))) * 100;
  const high = ((change + r(a) + r(b)) / Math.max(A - r(a), 1e-9)) * 100;
  return [low, high];
}

/** A minus sign of any width (hyphen-minus, full-width, the minus sign). */
const MINUS_SIGN = /[-－−]/;
// 同比下降-3.2% · 减少-12万元 · fell by -3% · a decrease of −2.1%: a verb or noun of a fall, then a figure with a minus
// sign: a fall said twice (a table's 增长-3.2% written as 下降). Not 下降1-2个百分点 (a range), not 降至-10℃ (a level).
const DOUBLE_NEGATIVE = /(下降|减少|減少|降低|回落|下滑|下跌|\b(?:fell|dropped|declined|decreased|reduced|down)(?:\s+by)?|\ban?\s+(?:fall|drop|decrease|decline|reduction)\s+of)(了?\s*)([-－−])(?=\s*\d)/gi;

/** 同比下降-3.2%: the sign contradicts the verb; the fix drops the sign. */
function checkDoubleNegative(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  for (const m of matchesOf(text, DOUBLE_NEGATIVE)) {
    // fell by -3%, not "down-2" (a word joined to a label): in English a space stands before the sign.
    if (/[a-z]$/i.test(m[1]) && !/\s$/.test(m[2])) continue;
    const sign = m.index! + m[1].length + m[2].length;
    // The figure the sign belongs to: digits, a decimal point, a unit (%, 个百分点, 万元) up to the clause's end.
    const figure = /^\s*\d[\d,.]*\s*(?:%|％|个百分点|個百分點|percentage points?|per ?cent|\p{sc=Han}{0,2})?/u.exec(text.slice(sign + 1))![0].trimEnd();
    const shown = `${m[1]}${m[2]}${m[3]}${figure}`;
    const range = rangeIn(paragraph, sign, sign + 1);
    context.report({
      message: 'doubleNegative',
      severity: 'warning',
      data: { text: shown, verb: m[1] },
      range: rangeIn(paragraph, m.index!, sign + 1 + figure.length),
      fix: { title: 'dropMinus', edits: [{ range, newText: '' }] },
    });
  }
}

/** A rate of a base stated in the sentence before: the part over the base, within the rounding of the rate as written. */
function checkShareOfBase(context: UnitContext, { part, whole, rate }: ShareOfBase): void {
  const actual = (part.value / whole.value) * 100;
  // 3.2亿元 stands for 3.15 to 3.25亿元: the ratio may be anything the part and the base round from (whole counts are exact).
  const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
  const low = ((part.value - half(part)) / (whole.value + half(whole))) * 100;
  const high = ((part.value + half(part)) / Math.max(whole.value - half(whole), 1e-12)) * 100;
  const tolerance = 0.5 * 10 ** -rate.decimals + 1e-9;
  if (rate.value >= low - tolerance && rate.value <= high + tolerance) return;
  const data = { part: show(part), whole: show(whole), actual: actual.toFixed(Math.max(1, rate.decimals)), stated: show(rate) };
  context.report({ message: 'shareOfBase', data, range: rangeIn(rate.paragraph, rate.numberStart, rate.numberEnd) });
}

/** 比时序进度低0.3个百分点 · 低于时间进度3.7个百分点 · 超时序进度1.7个百分点: a level's stated gap to the share of the year elapsed. */
const SCHEDULE_GAP = /^\s*[，,]\s*(?:(?:比|较|較)(?:时序|时间|時序|時間)進?进?度(?:要)?(高|低|快|慢|超|超出|落后|落後)了?|(高于|低于|高出|快于|慢于|超过|超出|超|落后于|落后|高於|低於|快於|慢於|超過|落後於|落後)(?:时序|时间|時序|時間)(?:进度|進度))\s*(\d+(?:\.\d+)?)\s*(?:个百分点|個百分點)/;
/** 1—11月, 1至9月, 1-6月: the months of the year from January to the one named (not a day: 1—11月20日). */
const MONTH_SPAN = /(?<![\d.])1\s*(?:—|–|-|－|~|～|至|到)\s*(\d{1,2})\s*月(?![\d份]*\s*\d*\s*日)/g;
const QUARTER_SPAN: [RegExp, number][] = [[/前三季度/g, 9], [/上半年/g, 6], [/(?:第)?一季度/g, 3]];
/** The level is a year's target completed: 完成年度预期目标的, 完成全年预算的, 完成年度计划的. */
const YEAR_TARGET = /(?:年度|全年)[^，,。；;\d]{0,8}(?:目标|目標|预算|預算|计划|計劃|任务|任務)[^，,。；;]{0,16}的\s*$/;

const SCHEDULE_NAMED = /(?:时序|时间|時序|時間)(?:进度|進度)/;

/** What a sentence states before a level in it: its spans of months and whether it names the schedule itself. */
interface SentenceSpans {
  /** Every span of the sentence (MONTH_SPAN's, then QUARTER_SPAN's in their order), sorted by where it ends. */
  spans: { text: string; months: number; end: number }[];
  /** Where the sentence's first 时序进度 ends (Infinity: none). */
  named: number;
}

/**
 * The sentence from `start` (after a 。 or ；) to the next, read once however many levels it holds (a paragraph of
 * many levels in one sentence is read in linear time). Its spans that end before a level are those the sentence up to
 * the level holds: a level starts with a digit, which no span runs into and which cannot lead MONTH_SPAN's look-ahead
 * to a 日 (checkSchedule reads the sentence up to the level itself otherwise).
 */
function sentenceSpans(text: string, start: number, stops: readonly number[], next: number): SentenceSpans {
  const sentence = text.slice(start, next < stops.length ? stops[next] : text.length);
  const spans: SentenceSpans['spans'] = [];
  for (const s of matchesOf(sentence, MONTH_SPAN)) spans.push({ text: s[0], months: Number(s[1]), end: s.index! + s[0].length });
  for (const [re, months] of QUARTER_SPAN) for (const s of matchesOf(sentence, re)) spans.push({ text: s[0], months, end: s.index! + s[0].length });
  spans.sort((x, y) => x.end - y.end);
  const named = SCHEDULE_NAMED.exec(sentence);
  return { spans, named: named ? named.index + named[0].length : Infinity };
}

function checkSchedule(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  // Where the paragraph's sentences end (。 ；), found once when a level has a stated gap; each sentence read once.
  let stops: number[] | undefined;
  const read = new Map<number, SentenceSpans>();
  for (const level of context.model.percentsIn(paragraph)) {
    if (level.approximate || level.words) continue;
    const m = SCHEDULE_GAP.exec(text.slice(level.offset + level.length, level.offset + level.length + 40));
    if (!m) continue;
    if (!stops) {
      stops = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '。' || text[i] === '；') stops.push(i);
    }
    // The last stop before the level (binary search): the sentence starts after it.
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stops[mid] < level.offset) lo = mid + 1;
      else hi = mid;
    }
    const sentenceStart = lo > 0 ? stops[lo - 1] + 1 : 0;
    if (!YEAR_TARGET.test(text.slice(Math.max(sentenceStart, level.offset - 40), level.offset).replace(/\d+(?:\.\d+)?\s*(?:万|萬|亿|億)?元/g, ''))) continue;
    // The months, stated once in the sentence; not when the sentence gives the schedule itself (时序进度为92%).
    const spans: [string, number][] = [];
    const before = level.offset - sentenceStart;
    if (/\d/.test(text[level.offset] ?? '')) {
      let sentence = read.get(sentenceStart);
      if (!sentence) read.set(sentenceStart, (sentence = sentenceSpans(text, sentenceStart, stops, lo)));
      if (sentence.named <= before) continue;
      for (const s of sentence.spans) {
        if (s.end > before || spans.length > 1) break;
        spans.push([s.text, s.months]);
      }
    } else {
      const sentence = text.slice(sentenceStart, level.offset);
      if (SCHEDULE_NAMED.test(sentence)) continue;
      for (const s of matchesOf(sentence, MONTH_SPAN)) spans.push([s[0], Number(s[1])]);
      for (const [re, months] of QUARTER_SPAN) for (const s of matchesOf(sentence, re)) spans.push([s[0], months]);
    }
    if (spans.length !== 1 || spans[0][1] < 1 || spans[0][1] > 12) continue;
    const [span, months] = spans[0];
    const word = m[1] ?? m[2];
    const sign = /高|快|超/.test(word) ? 1 : -1;
    const stated = Number(m[3]);
    const decimals = (m[3].split('.')[1] ?? '').length;
    const schedule = (months / 12) * 100;
    const actual = level.value - schedule;
    // The schedule may be written to one decimal (91.7%) before the gap is taken.
    const tolerance = 0.5 * 10 ** -decimals + 0.5 * 10 ** -level.decimals + 0.05 + 1e-9;
    if (Math.abs(actual - sign * stated) <= tolerance) continue;
    const start = level.offset + level.length + m.index + m[0].length - m[0].replace(/^[\s\S]*?(?=\d+(?:\.\d+)?\s*(?:个百分点|個百分點)$)/, '').length;
    const shown = Math.abs(actual).toFixed(Math.max(1, decimals));
    context.report({
      message: 'schedule',
      data: {
        span: span.replace(/\s+/g, ''),
        schedule: schedule.toFixed(1).replace(/\.0$/, ''),
        level: show(level),
        actual: `${context.localize(rule.meta.messages[actual >= 0 ? 'ahead' : 'behind'])}${context.localize(rule.meta.messages.ahead) === '高' ? '' : ' '}${shown}`,
        stated: `${word}${m[3]}个百分点`,
      },
      range: rangeIn(paragraph, start, start + m[3].length),
    });
  }
}

/** 386万元…23.6万元，前者是后者的12倍: two amounts, then the first as a multiple of the second. */
const TIMES_AFTER_PAIR = /^\s*[，,]\s*(?:前者|其)(?:是|为|為|相当于|相當於)(?:后者|後者)的\s*(\d+(?:\.\d+)?)\s*倍/;
/** 18.6亿元，是2020年4.2亿元的4.4倍, 是上年同期1.2亿元的1.5倍: the second amount inside the comparison. */
const TIMES_BETWEEN = /^\s*[，,]\s*(?:是|为|為|相当于|相當於)(?:(?:19|20)\d\d年(?:同期|末|底)?|上年(?:同期)?|去年(?:同期)?)?\s*$/;
const TIMES_AFTER = /^\s*的\s*(\d+(?:\.\d+)?)\s*倍/;

function checkTimes(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  const figures = context.model.figuresIn(paragraph);
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    if (a.approximate || b.approximate || a.words || b.words || a.unit !== b.unit || a.dimension !== b.dimension) continue;
    if (a.dimension === '%' || a.dimension === '' || !(b.value > 0) || !(a.value > 0)) continue;
    const between = text.slice(a.offset + a.length, b.offset);
    const rest = text.slice(b.offset + b.length, b.offset + b.length + 24);
    let m: RegExpExecArray | null = null;
    if (!/[。；;\d]/.test(between) && between.length <= 20) m = TIMES_AFTER_PAIR.exec(rest);
    if (!m && TIMES_BETWEEN.test(between)) m = TIMES_AFTER.exec(rest);
    if (!m) continue;
    const stated = Number(m[1]);
    const decimals = (m[1].split('.')[1] ?? '').length;
    const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
    const low = (a.value - half(a)) / (b.value + half(b));
    const high = (a.value + half(a)) / Math.max(b.value - half(b), 1e-12);
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    if (stated >= low - tolerance && stated <= high + tolerance) continue;
    const start = b.offset + b.length + m.index + m[0].lastIndexOf(m[1]);
    context.report({
      message: 'times',
      data: { a: show(a), b: show(b), actual: (a.value / b.value).toFixed(Math.max(1, decimals)), stated: m[1] },
      range: rangeIn(paragraph, start, start + m[1].length),
    });
  }
}
