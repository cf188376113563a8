/**
 * amount-change — 增减与数值不符 / Amount change
 *
 * What: an amount stated at two levels where the verb goes the other way (会议场次由92场次增加到86场次, 景区由12家减少为15家; "visits rose
 * from 9,200 to 8,600", "coverage grew from 3.1x to 2.6x"; 全年组织会议86场次，较上年的92场次增加6场次) or the change stated as an amount is not the
 * difference (公办幼儿园由18所增加到23所，增加4所 — it is 5; "staff fell from 64 to 58, a drop of 4"; "the deficit narrowed from
 * £4.1m to £2.9m, a reduction of £1.4m"; "412
 * members, up 30 from 380"; "£6.4 million, compared with £5.9 million a year earlier, an increase of £0.9 million";
 * "58,214, up from 57,490 at the end of August, an increase of 824"; the later level, then the change and its base,
 * "£48.6 million, £12.9 million more than the £33.7 million imposed in 2024/25"; the change first, "fell by £1.3 million, from £19.6
 * million to £18.1 million"; "a saving of £650" for a fall; a budget, its outturn and the variance between them: "£48.2m against a budget of £45.9m, an
 * overspend of £1.3m", "The net revenue budget is £142.6m. The forecast outturn is £145.1m, an overspend of £3.5m"; the budget's
 * year may stand before it, "The capital budget for 2025/26 is £22.4 million", and a plan stands for the budget in "USD 1.46
 * million, against a plan of USD 1.30 million, an underspend of …"). Units are converted where the text is explicit (万元/亿元); a whole count is exact, a
 * decimal stands for what rounds to it (由3.2亿元增加到4.1亿元，增加0.8亿元 may be right).
 * An average or an amount per day at both levels changes by their difference too (平均住院日由8.2天缩短至7.6天，缩短0.6天;
 * 由2.5万吨/日增加到4.0万吨/日，增加1.5万吨/日; 生均公用经费由720元提高到850元; 由每人每月640元提高到700元), and so does a rate
 * per population or per unit of output (每万人发明专利拥有量由18.2件提高到16.9件; 单位地区生产总值能耗由0.52吨标准煤下降到0.55吨标准煤), and any unit per unit written
 * after both levels (由860元/吨下降到905元/吨; PM2.5年均浓度由36微克/立方米下降到38微克/立方米); times are cut (缩短, 压缩)
 * and extended (延长). Levels per different periods of one measure are converted (a year is 12 months, 4 quarters, 52
 * weeks, 365 days) before their direction is read: 由每人每年1200元提高至每人每月90元 (100元 a month, so a fall), "increased
 * from £1,200 a year to £90 a month", "rose from £2,400 per annum to £180 per month", "fell from £25 a week to £120 a
 * month" (not frequencies, 由每周1次提高至每日1次 or "from 3 visits a week to 1 a day"; not 每学期, nor another measure
 * besides the period, 由每户每年…至每人每月…; not levels within 1% of each other once converted, 每年1000元 → 每月83元;
 * not a level per day where a year of 250 working days reads the other way, 由每日150元提高至每月3500元; and only the
 * direction, not a stated difference, which may be per either period).
 * A verb that says better or worse, not which way, gives the size alone: "improved from 6.2 hours to 4.8 hours, a reduction of
 * 1.2 hours" (it is 1.4; "from 6th to 3rd, a rise of 3 places" is a ranking, and its way is not read), 平均办理时间由6.2天优化至
 * 4.8天，缩短1.2天; and a budget named with a word of its own ("£612,400 against a profiled budget of £640,000, an underspend
 * of £17,600" — it is £27,600; approved, revised, original; not an annual budget against spending to date), 全年支出612.4万元，
 * 比预算640万元节余17.6万元 (超支, 节余, 节约; 与预算…相比缺口; 比计划…少), and a target's shortfall ("1,040 new homes against a
 * target of 1,200, a shortfall of 150" — it is 160; only its size: a target may be a ceiling).
 * A change named by what it is worth after a verb that gives the way: "the deficit narrowed from £6.8m to £5.1m, an
 * improvement of £1.5m" (it is £1.7m; a deterioration, a worsening; not "an improvement of £1.5m on plan" or "in the schools
 * budget", another pair or a part), 亏损额由6.8亿元收窄至5.1亿元，减亏1.5亿元, 由86.4万元下降到71.2万元，节约12.2万元 (节省,
 * 节支; not 比年初预算节约…, against the budget): only the size.
 * The comparative counts too (比上年的2870万元多出490万元 — it is 390; 120人，比上年的130人多10人 is a decrease), and so
 * does a verb that names no direction (巾帼志愿服务队由420支发展到586支，增加了146支; 由8天调整到5天，缩短3天; 由28000元调整为30000元，增加了3000元).
 * Changes listed after 分别 go to the level changes before them in their sentence, in order, when there are as many
 * (由80万元调整为100万元，…由60万元调整为70万元，分别提高20万元、15万元 — the second is 10万元; not where a third change
 * without its own stands before them).
 * The time or stage of each level may stand between them ("rose from £48,200 in September to £45,900", "has risen from
 * £1.2m at Quarter 1 to £1.8m": the quarter's number is no level; "from 186 at 31 March to 241 at 30 September, an
 * increase of 65": the second level's date before the change too; a financial year, "from 13,420 in 2024–25 to 14,860 in
 * 2025–26", 由2024—2025年度的13420件增加到2025—2026年度的14860件; a time named at length, "fell from 96 in the year before our
 * last inspection to 112", "from 96 in the 12 months to May 2025 to 112" (the period's length is no level), 由上次检查前一年的96起上升到本次检查前一年的…起 — words only, no clause of its own: not "from 96 in the
 * north and the budget rose to 112").
 * A rate "per" something after the second level is the first level's too ("rose from 1.42 to 1.18 per 1,000
 * population" is a decrease), and so is a scale written once ("fell from 2.84 to 2.61 million" is a fall of 0.23 million;
 * not where the levels as written are alike, "from 800,000 to 1.2 million", nor where neither reading is, "from 500 to
 * 1.2 million"). A unit the figures do not know, written after both levels, may follow the second before the change
 * too ("from 182.4 Ml/d to 177.9 Ml/d, a reduction of 5.5 Ml/d" — it is 4.5), and so may the span the change was made
 * over ("from $84,300 to $112,600 per month over the year, an increase of $28,900" — it is $28,300). The change may be
 * an extra amount or a loss ("rose from 11,240 tonnes to 12,010 tonnes, an extra 870 tonnes"; "declined from 3,488 to
 * 3,402, a loss of 68 students"), or more or fewer than the year before ("rose from 37,400 to 41,870, 4,270 more than the
 * year before"; "which is 35 fewer than last year"; not "more than our target", nor "than in 2019", another year's level).
 * Also a comparison word straight after an amount that says the other side of the amount of the same unit it is set
 * beside ("£4.2m, below the budget of £3.9m"; "8,420, below the March 2024 peak of 8,100"; 完成固定资产投资12.3亿元，超过
 * 年度计划13.5亿元; 1,280万人次，低于上年的1,250万人次; not counts of different nouns, nor a figure after the base's name
 * that may be the difference: 低于年初预算1.2亿元).
 * Also a period's income, its expenditure and the balance between them stated one after another in one currency, where the
 * balance is not their difference or names the wrong side (全年总收入1,286.4万元，总支出1,152.8万元，收支结余153.6万元 — it is
 * 133.6万元; "Income for the year was £2.51m and expenditure £2.38m, leaving a surplus of £0.31m"; 食堂收入46.8万元，支出45.1万元，结余资金2.7万元; a surplus where
 * spending exceeds income); not a balance carried over or accumulated (年初结转和结余, 累计结余, "accumulated surplus"), nor
 * one after other gains or losses ("after investment gains of £0.20m"), nor an operating surplus, nor approximate figures.
 * Also 改善/好转/恶化 said straight after the change of an amount whose better side is known, against where its levels
 * go (每万人发案数由84.4起上升到86.1起，治安形势明显好转; PM2.5年均浓度由33微克/立方米上升到36微克/立方米，空气质量明显改善;
 * 优良天数由298天减少到286天，环境质量持续改善 — 发案数, 刑事案件, 浓度, 能耗 are better lower, 优良天数, 可支配收入 higher;
 * not amounts with no better side: 受理群众来访由1260人次增加到1315人次，信访秩序明显好转).
 * Also improved, worsened or deteriorated (优化, 改善, 恶化 between the levels) from one level to another of an amount
 * whose subject names its better side, with no change stated: "The surplus improved from £4.1m in 2024/25 to £2.7m" (a
 * surplus is better higher), "waiting times improved from 12 weeks to 14 weeks", 平均等待时间由12分钟优化至15分钟 (a
 * deficit, a cost, a wait, 亏损额 lower); not a subject naming both sides or neither ("cost recovery", "net cash outflow",
 * "our position", a ranking). The word lists are in data/amount-words.json.
 * A rate per population is a level with its denominator after it, which is no level itself ("83.0 crimes per 1,000
 * people, up from 84.4" is a fall; "45.3 incidents per 1,000 residents, compared with 47.1 last year, an increase of
 * 1.8"; 每万人发案数为83.0起，比上年的84.4起增加1.4起; "from 12.4 per 1,000 to 13.1 per 1,000").
 * A bare base takes the unit of the level set against it ("13,900 hours, up from 14,600 in 2024" is a fall; "2,140 hours,
 * compared with 1,870 in 2024, a fall of 270 hours"; not a year, "up from 2019 levels"), and a bare second level after a
 * rate's period is per that period ("fell from 38 nights per month on average to 31, a reduction of 9 nights" — it is 7).
 * The way may be said with no change stated (1.39万小时，比上年的1.46万小时有所增加; 与上年的1,380人次相比，进一步提高),
 * and is not read within the rounding of the levels (1.4万小时，比上年的1.41万小时有所增加).
 * "Up from" is said of the clause's own amount, not always the nearest figure: the first of the clause within a factor
 * of two of the base ("1,214 researchers from 38 departments held active accounts, up from 1,067" is a rise of the
 * researchers; "12 schools enrolled 1,214 pupils, up from 1,267" is a fall of the pupils); when the nearest is within a
 * factor of two too and the way fits one and not the other, there is no telling which ("sold 1,240 gift cards to 980
 * customers, up from 1,050" is left).
 * A project's change under its own name, against its level in an earlier paragraph: "the Board approved … the Berth 4
 * quay wall (£11.2 million)", later "4.1 Berth 4 quay wall. … now forecast at £12.6 million, an increase of £1.8
 * million" (it is £1.4 million) — only where that level is the one base: the name opens the later paragraph, its level
 * stands in brackets in one earlier paragraph that calls it approved or a budget, no other paragraph gives the name an
 * amount, and the later one names no other base (since the last report, on the original estimate, previous, revised).
 * Not: the whole a part is counted of ("at 7 of the 38 monitoring sites, down from 11": 7 is the level), rates and percentages (percent-arithmetic reads those), approximate figures (约, 余, about), per-head figures,
 * figures written in words, a difference within the rounding of the figures as written, a change stated in % (its
 * arithmetic is percent-arithmetic's), levels without a verb or a difference (从3人到5人).
 *
 * Why: the levels are usually updated and the verb or the difference is left from last year's draft.
 *
 * 检查：同一数量的前后两个数值与所述增减方向相反（会议场次由92场次增加到86场次、景区由12家减少为15家；全年组织会议86场次，较上年的92场次
 * 增加6场次），或所述增减量不等于两数之差（公办幼儿园由18所增加到23所，增加4所——应为5所），中英文均可。整数计数按精确值比较，
 * 小数按其四舍五入范围比较。前后都是平均数或每日数量的（平均住院日由8.2天缩短至7.6天，缩短0.6天；由2.5万吨/日增加到
 * 4.0万吨/日，增加1.5万吨/日；生均公用经费由720元提高到850元；由每人每月640元提高到700元）同样核对，每万人、每千人口和单位产出的
 * 数值（每万人发明专利拥有量由18.2件提高到16.9件；单位地区生产总值能耗由0.52吨标准煤下降到0.55吨标准煤）以及两个数值后都写有“/单位”的（由860元/吨下降到905元/吨；PM2.5年均浓度由36微克/立方米下降到38微克/立方米）也一样；时间的“缩短”“压缩”“延长”也是增减。
 * 同一计量、不同周期的两个数值先按一年12个月、4个季度、52周、365天换算再判断方向：由每人每年1200元提高至每人每月90元（合每月100元，实为减少）；
 * 频次（由每周1次提高至每日1次）、每学期等不能换算的周期、周期之外计量不同的（由每户每年……至每人每月……）、换算后相差不到1%的（每年1000元→每月83元）、
 * 按一年250个工作日换算结论相反的按日数值（由每日150元提高至每月3500元）不报；换算后只核对方向，不核对增减量（增减量可能按任一周期计）。比较句（比上年的2870万元多出490万元——应为390万元；120人，比上年的130人多10人——实为减少）和
 * “优化”“improved”只核对增减量（平均办理时间由6.2天优化至4.8天，缩短1.2天——应为1.4天）；与预算、计划相比的节余、超支、缺口同样核对（全年支出612.4万元，比预算640万元节余17.6万元——应为27.6万元）。
 * 以“改善”“节约”“减亏”等表示的增减量同样核对大小（亏损额由6.8亿元收窄至5.1亿元，减亏1.5亿元——应为1.7亿元；由86.4万元下降到71.2万元，节约12.2万元；
 * “an improvement of £1.5m”）；与预算等另一组数相比的（比年初预算节约…，an improvement of … on plan）不报。
 * 不表方向的动词（由420支发展到586支，增加了146支；由8天调整到5天，缩短3天；由28000元调整为30000元，增加了3000元）同样核对；“分别”后列出的增减量按顺序对应同一句中前面的各组数值（由80万元调整为100万元，……由60万元调整为70万元，分别提高20万元、15万元——后者应为10万元），数目须相等，前面另有未注明增减量的一组时不报。英文第二个数值后的“per”也属于第一个数值
 * （“rose from 1.42 to 1.18 per 1,000 population”是减少）；“per”和“每”后的分母不是数值（“83.0 crimes per 1,000 people, up from 84.4”是减少；每千人口执业医师数3.2人，较上年的3.4人增加0.2人——实为减少）。
 * 无单位的基数按与之对比的数值的单位读（“13,900 hours, up from 14,600 in 2024”是减少）；“up from”说的是本分句自身的数量，
 * 即分句中第一个与基数相差不到一倍的数值，不一定是最近的数值（“1,214 researchers from 38 departments held active accounts, up from 1,067”
 * 是研究人员增加，不报）；最近的数值也与基数相差不到一倍、而方向只与其中之一相符的，无从判断，不报；只写方向、未写增减量的同样核对
 * （1.39万小时，比上年的1.46万小时有所增加），两数在原文四舍五入范围内的不判断方向。项目在前文列明批准数额（“approved …
 * the Berth 4 quay wall (£11.2 million)”）、后文以项目名开头的段落写出新数额和增减量的，按前文数额核对；前文无批准或预算字样、
 * 其他段落另有该项目数额、后文另指基数（since the last report、on the original estimate）的不报。
 * 另查：数额后紧跟的比较词与同单位的另一数额矛盾的（完成固定资产投资12.3亿元，超过年度计划13.5亿元；1,280万人次，低于上年的1,250万人次）；
 * 紧跟在基准名称后、可能是差额的数（低于年初预算1.2亿元）不报。
 * 另查：同一时期的收入、支出和收支结余（赤字）依次写出而结余不等于两者之差或方向不对的（全年总收入1,286.4万元，总支出1,152.8万元，
 * 收支结余153.6万元——应为133.6万元；食堂收入46.8万元，支出45.1万元，结余资金2.7万元；支出大于收入却写“结余”）；年初结转和结余、累计结余、经营性结余、计入其他收益后的结余以及约数不报。
 * 另查：紧接增减之后的“改善”“好转”“恶化”与数值走向相反的（每万人发案数由84.4起上升到86.1起，治安形势明显好转；优良天数由298天减少到286天，环境质量持续改善）——发案数、刑事案件、浓度、能耗越低越好，优良天数、可支配收入越高越好；无所谓好坏的数量（受理群众来访人次）不报。
 * 另查：好坏方向明确的数额在两个数值之间用“优化”“改善”“恶化”（英文improved、worsened）而与数值走向相反的（平均等待时间由12分钟优化至15分钟；
 * 亏损额由3.2亿元改善至4.1亿元；“The surplus improved from £4.1m to £2.7m”）；指标同时含两种方向或方向不明的（cost recovery、net cash outflow）不报。
 * 原因：数值更新了，动词或差值却沿用了旧稿。
 * 不报：比率和百分数（由percent-arithmetic检查），约数，人均等单位数值，汉字数字，按原文小数位数四舍五入后相符的差值，
 * 以%表示的变化，没有动词也没有差值的两个数值（从3人到5人）。
 *
 * Bad:  全年组织会议86场次，较上年的92场次增加6场次
 * Good: 全年组织会议98场次，较上年的92场次增加6场次
 * Bad:  Staff fell from 64 to 58, a drop of 4.
 * Good: Staff fell from 64 to 58, a drop of 6.
 */

import { findNamedBase, readJudgedLevels, readNamedDifferences, readNamedLaterChange, type JudgedLevels, type NamedLaterChange } from '../model/amount-changes';
import { readBalances, type Balance } from '../model/balances';
import { readLevelChanges, type LevelChange } from '../model/level-changes';
import { figureText as show, groupedFixed, trimZeros as trim, type Figure } from '../model/numbers';
import { rangeIn } from '../model/paragraphs';
import { amountJudgement, contradictedBy, readComparisons, type Comparison } from '../model/rate-claims';
import type { Report, Rule, RuleContext, UnitContext } from '../rule';
import type { Paragraph } from '../model/paragraphs';

const rule: Rule<NamedLaterChange> = {
  meta: {
    id: 'amount-change',
    name: { zh: '增减与数值不符', en: 'Amount change' },
    category: 'numbers',
    description: {
      zh: '前后两个数值与所述增减方向相反，或所述增减量不等于两数之差',
      en: 'Two levels of an amount that go the other way from the verb, or a stated change that is not their difference',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      direction: {
        zh: '数值与“{verb}”矛盾：{from}→{to}是{actual}',
        en: '“{verb}” contradicts the figures: {from}→{to} is {actual}',
      },
      difference: {
        zh: '增减量不符：{from}→{to}相差{expected}，文中为{stated}',
        en: 'The stated change does not match: {from}→{to} is a change of {expected}, not {stated}',
      },
      balance: {
        zh: '收支差额不符：收入{income}－支出{spent}＝{expected}，文中{label}为{stated}',
        en: 'The balance does not match: income {income} less expenditure {spent} is {expected}, not {stated}',
      },
      balanceSide: {
        zh: '收支方向不符：收入{income}、支出{spent}是{actual}，文中写作“{label}”',
        en: 'The balance is on the other side: income {income} less expenditure {spent} is {actual}, not a {label}',
      },
      surplusOf: { zh: '结余{amount}', en: 'a surplus of {amount}' },
      deficitOf: { zh: '赤字{amount}', en: 'a deficit of {amount}' },
      comparison: {
        zh: '数值与“{word}”矛盾：{figure}{actual}{base}',
        en: '“{word}” contradicts the figures: {figure} is {actual} {base}',
      },
      judgement: {
        zh: '数值与“{word}”矛盾：{measure}{from}→{to}是{actual}，{measure}越{better}越好',
        en: '“{word}” contradicts the figures: {measure} {from}→{to} is {actual}, and a {better} {measure} is better',
      },
      namedBase: { zh: '“{name}”此前的数值：{figure}', en: 'The earlier level of “{name}”: {figure}' },
      higher: { zh: '高', en: 'higher' },
      lower: { zh: '低', en: 'lower' },
      isBelow: { zh: '低于', en: 'below' },
      isAbove: { zh: '高于', en: 'above' },
      isEqual: { zh: '等于', en: 'equal to' },
      fix: { zh: '改为{expected}', en: 'Change to {expected}' },
      rise: { zh: '增加', en: 'an increase' },
      fall: { zh: '减少', en: 'a decrease' },
      same: { zh: '持平', en: 'no change' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const figures = context.model.figuresIn(paragraph);
    const changes = readLevelChanges(paragraph, figures);
    for (const change of changes) {
      if (!checkDirection(context, change) && !checkJudgement(context, change)) checkDifference(context, change);
    }
    // 库款保障水平由0.82提高到0.76: a ratio written bare, with no unit at either level.
    if (figures.length >= 2) {
      for (const change of readBareRatioChanges(paragraph, figures)) {
        if (changes.some((c) => c.from === change.from || c.to === change.to)) continue;
        if (!checkDirection(context, change)) checkDifference(context, change);
      }
    }
    // improved from 6.2 to 4.8 hours, a reduction of 1.2 hours · against a profiled budget of £640,000, an underspend of …
    if (figures.length >= 3) {
      for (const d of readNamedDifferences(paragraph, figures)) {
        if (changes.some((c) => c.difference === d.difference || (c.to === d.to && c.difference))) continue;
        const change: LevelChange = { paragraph, ...d };
        if (!checkDirection(context, change)) checkDifference(context, change);
      }
    }
    if (figures.length >= 3) for (const balance of readBalances(paragraph, figures)) checkBalance(context, balance);
    // "The surplus improved from £4.1m to £2.7m" · 平均等待时间由12分钟优化至15分钟: better or worse against the levels.
    if (figures.length >= 2) for (const j of readJudgedLevels(paragraph, figures)) checkJudgedLevels(context, j);
    // "£4.2m, below the budget of £3.9m" · 完成投资12.3亿元，超过年度计划13.5亿元 (percentages are percent-arithmetic's).
    if (figures.length >= 2) for (const c of readComparisons(paragraph, figures)) if (c.figure.dimension !== '%' && sameAmount(c.figure, c.base)) checkComparison(context, c);
    // 4.1 Berth 4 quay wall. … now forecast at £12.6 million, an increase of £1.8 million: its base is in another
    // paragraph (check), unless this one states a change of that level already.
    if (figures.length >= 2 && paragraph.text.includes('.')) {
      const later = readNamedLaterChange(paragraph, figures);
      if (later && !changes.some((c) => c.to === later.to || c.from === later.to || c.difference === later.difference)) return later;
    }
    return undefined;
  },

  // The named later changes against the level the same name has in an earlier paragraph (findNamedBase says when that
  // is certain).
  check(context) {
    if (context.locals.length === 0) return;
    const paragraphs = context.doc.paragraphs;
    for (const { unit, value } of context.locals) {
      const paragraph = unit as Paragraph;
      const at = paragraphs.indexOf(paragraph);
      const base = at > 0 ? findNamedBase(value, at, paragraphs, (p) => context.model.figuresIn(p)) : undefined;
      if (!base) continue;
      checkNamedChange(context, paragraph, base, value);
    }
  },
};

export default rule;

/**
 * 每万人发案数由84.4起上升到86.1起，治安形势明显好转: 改善/好转/恶化 said straight after the change of an amount whose
 * better side is known (发案数, 浓度 lower; 优良天数 higher), against where the levels go. True when reported.
 */
function checkJudgement(context: UnitContext, change: LevelChange): boolean {
  const { from: a, to: b } = change;
  if (a.value === b.value) return false;
  const text = change.paragraph.text;
  const judgement = amountJudgement(text, change.start, change.end + (/^[/／]\p{sc=Han}{1,4}/u.exec(text.slice(change.end))?.[0].length ?? 0));
  if (!judgement || judgement.higherBetter === b.value > a.value === judgement.better) return false;
  const actual = context.localize(rule.meta.messages[b.value > a.value ? 'rise' : 'fall']);
  const data = { word: judgement.word, measure: judgement.measure, from: change.periods?.from ?? show(a), to: change.periods?.to ?? show(b), actual, better: context.localize(rule.meta.messages[judgement.higherBetter ? 'higher' : 'lower']) };
  context.report({ message: 'judgement', data, range: rangeIn(change.paragraph, judgement.start, judgement.end) });
  return true;
}

/** "The surplus improved from £4.1m to £2.7m": a higher surplus is better, and the levels fall. */
function checkJudgedLevels(context: UnitContext, j: JudgedLevels): void {
  const { from: a, to: b } = j;
  // 1.4万 may be anything from 1.35万 to 1.45万: the way is not read within the rounding.
  const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
  if (Math.abs(b.value - a.value) < half(a) + half(b)) return;
  if (j.higherBetter === b.value > a.value === j.better) return;
  const actual = context.localize(rule.meta.messages[b.value > a.value ? 'rise' : 'fall']);
  const data = { word: j.verb, measure: j.measure, from: show(a), to: show(b), actual, better: context.localize(rule.meta.messages[j.higherBetter ? 'higher' : 'lower']) };
  context.report({ message: 'judgement', data, range: rangeIn(a.paragraph, j.start, j.end) });
}

// 由0.82提高到0.76 · 从0.42下降至0.39: the verb straight between the two levels.
const BARE_FROM_ZH = /(?:由|从|從)$/;
const BARE_VERB_ZH = /^(提高|提升|上升|增加|增长|增長|扩大|擴大|下降|降低|减少|減少|回落|缩小|縮小)了?(?:到|至)$/;
const BARE_UP_ZH = /^(?:提高|提升|上升|增加|增长|增長|扩大|擴大)/;
/** ，提升0.26 straight after the later level: the change of the same ratio (not ，较上年同期下降0.05, another period's). */
const BARE_CHANGE_ZH = /^[，,](?:提高|提升|上升|增加|增长|增長|扩大|擴大|下降|降低|减少|減少|回落|缩小|縮小)了?$/;
/** What ends a bare level: a mark or the end of the text, not a unit the figures do not know (0.76平方米). */
const BARE_END = /^(?:[，。；、,;）)]|$)/;
/** A ranking or a grade, where a smaller number may be the better place: 排名由12提高到8. */
const RANKING_ZH = /排名|名次|位次|排位|等级|等級|级别|級別/;

/**
 * 库款保障水平由0.82提高到0.76, 平均资产负债率由0.64下降到0.67: a ratio or coefficient written as a bare decimal at both
 * levels, in a Chinese sentence (English bare levels are read with the others). Only decimals: a bare whole number may be
 * a rank or a grade.
 */
function readBareRatioChanges(paragraph: LevelChange['paragraph'], figures: readonly Figure[]): LevelChange[] {
  const out: LevelChange[] = [];
  const text = paragraph.text;
  const bare = (f: Figure | undefined): f is Figure => !!f && f.dimension === '' && f.unit === '' && f.scale === 1 && f.decimals > 0 && !f.approximate && !f.words;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (!bare(a) || !bare(b) || !BARE_FROM_ZH.test(text.slice(Math.max(0, a.offset - 1), a.offset))) continue;
    const verb = BARE_VERB_ZH.exec(text.slice(a.offset + a.length, b.offset));
    if (!verb || !BARE_END.test(text.slice(b.offset + b.length, b.offset + b.length + 1))) continue;
    const sentenceStart = Math.max(text.lastIndexOf('。', a.offset), text.lastIndexOf('；', a.offset), text.lastIndexOf('，', a.offset), 0);
    if (RANKING_ZH.test(text.slice(sentenceStart, a.offset))) continue;
    const c = figures[i + 2];
    const difference = bare(c) && BARE_CHANGE_ZH.test(text.slice(b.offset + b.length, c.offset)) && BARE_END.test(text.slice(c.offset + c.length, c.offset + c.length + 1)) ? c : undefined;
    out.push({ paragraph, from: a, to: b, verb: verb[1], up: BARE_UP_ZH.test(verb[1]), difference, start: a.offset - 1, end: (difference ?? b).offset + (difference ?? b).length });
  }
  return out;
}

/** Two amounts of one unit: a count of the same noun, or money and measures of one dimension; not per head. */
function sameAmount(a: Figure, b: Figure): boolean {
  if (a.perUnit !== b.perUnit || a.dimension === 'points' || a.dimension === '百分点') return false;
  return a.dimension === 'count' ? a.unit.toLowerCase() === b.unit.toLowerCase() : true;
}

/** "£4.2m, below the budget of £3.9m": the word says the other side. */
function checkComparison(context: UnitContext, c: Comparison): void {
  if (isChangeBeforeComparison(c)) return;
  const actual = contradictedBy(c);
  if (!actual) return;
  context.report({ message: 'comparison', data: { word: c.word, figure: show(c.figure), base: show(c.base), actual: context.localize(rule.meta.messages[actual]) }, range: rangeIn(c.paragraph, c.start, c.end) });
}

/** The verb says up, the levels go down (or the other way). True when reported. */
function checkDirection(context: UnitContext, change: LevelChange, related?: Report['related']): boolean {
  const { from: a, to: b } = change;
  if (change.up === undefined) return false;
  if (change.up ? b.value > a.value : b.value < a.value) return false;
  // 1.4万小时，比上年的1.41万小时有所增加: 1.4万 may be anything from 1.35万 to 1.45万 — the way is within the rounding.
  const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
  if (b.value !== a.value && Math.abs(b.value - a.value) < half(a) + half(b)) return false;
  const actual = b.value > a.value ? 'rise' : b.value < a.value ? 'fall' : 'same';
  const data = { verb: change.verb!, from: change.periods?.from ?? show(a), to: change.periods?.to ?? show(b), actual: context.localize(rule.meta.messages[actual]) };
  context.report({ message: 'direction', data, range: rangeIn(change.paragraph, change.start, change.end), related });
  return true;
}

/** The stated difference against the two levels, within the rounding of all three as written. */
function checkDifference(context: UnitContext, change: LevelChange, related?: Report['related']): void {
  const { from: a, to: b, difference: c } = change;
  if (!c) return;
  // A whole count (86场次, 1,450) is exact; 3.2亿元 stands for anything from 3.15 to 3.25亿元.
  const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
  const actual = Math.abs(b.value - a.value);
  // The float error allowed is relative: 31微克 is 3.1e-8 kg, where 1e-9 is a whole microgram.
  const epsilon = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value)) * (a.scale < 1 ? a.scale : 1);
  if (Math.abs(actual - Math.abs(c.value)) <= half(a) + half(b) + half(c) + epsilon) return;
  const decimals = Math.max(a.decimals, b.decimals, c.decimals);
  const grouped = c.paragraph.text.slice(c.numberStart, c.numberEnd).includes(',');
  const value = actual / c.scale;
  const expected = grouped ? groupedFixed(value, decimals) : trim(value.toFixed(decimals));
  const range = rangeIn(c.paragraph, c.numberStart, c.numberEnd);
  const unit = c.paragraph.text.slice(c.numberEnd, c.offset + c.length);
  const prefix = c.paragraph.text.slice(c.offset, c.numberStart);
  const data = { from: change.periods?.from ?? show(a), to: change.periods?.to ?? show(b), stated: show(c), expected: `${prefix}${expected}${unit.trim() ? unit : ''}` };
  context.report({ message: 'difference', data, range, fix: { title: 'fix', data: { expected }, edits: [{ range, newText: expected }] }, related });
}

/** A named later change against its base in another paragraph: its way, then its size. */
function checkNamedChange(context: RuleContext<NamedLaterChange>, paragraph: Paragraph, base: Figure, later: NamedLaterChange): void {
  const to = { ...later.to, paragraph };
  const difference = { ...later.difference, paragraph };
  const change: LevelChange = { paragraph, from: base, to, difference, verb: later.verb, up: later.up, start: to.offset, end: difference.offset + difference.length };
  const related = [{ range: rangeIn(base.paragraph, base.offset, base.offset + base.length), message: 'namedBase', data: { name: later.title, figure: show(base) } }];
  if (!checkDirection(context, change, related)) checkDifference(context, change, related);
}

/** Income less expenditure against the balance stated, within the rounding of the three as written. */
function checkBalance(context: UnitContext, { income: a, spent: b, balance: c, label, deficit, neutral }: Balance): void {
  const half = (q: Figure) => (q.decimals === 0 && q.scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * q.scale);
  const tolerance = half(a) + half(b) + half(c) + 1e-9;
  const actual = a.value - b.value;
  const decimals = Math.max(a.decimals, b.decimals, c.decimals);
  const grouped = c.paragraph.text.slice(c.numberStart, c.numberEnd).includes(',');
  const written = (value: number) => (grouped ? groupedFixed(value, decimals) : trim(value.toFixed(decimals)));
  const prefix = c.paragraph.text.slice(c.offset, c.numberStart);
  const unit = c.paragraph.text.slice(c.numberEnd, c.offset + c.length);
  const amount = (value: number) => `${prefix.replace(/[-−－]/, '')}${written(Math.abs(value) / c.scale)}${unit}`;
  // The other side: spending over income called a surplus, or income over spending a deficit.
  // 收支差额-86.8万元 names no side: its size alone is checked.
  if (!neutral && Math.abs(actual) > tolerance && (deficit ? actual > 0 : actual < 0)) {
    const actualText = context.localize(rule.meta.messages[actual > 0 ? 'surplusOf' : 'deficitOf'], { amount: amount(actual) });
    context.report({ message: 'balanceSide', data: { income: show(a), spent: show(b), actual: actualText, label }, range: rangeIn(c.paragraph, c.offset, c.offset + c.length) });
    return;
  }
  if (Math.abs(Math.abs(actual) - Math.abs(c.value)) <= tolerance) return;
  const expected = written(Math.abs(actual) / c.scale);
  const range = rangeIn(c.paragraph, c.numberStart, c.numberEnd);
  const data = { income: show(a), spent: show(b), label, stated: show(c), expected: `${prefix}${expected}${unit}` };
  context.report({ message: 'balance', data, range, fix: { title: 'fix', data: { expected }, edits: [{ range, newText: expected }] } });
}

// 87.16万亩，比上年增加0.43万亩，高于任务86.52万亩 · £6.4m, an increase of £0.5m, above the budget of £6.1m: the figure
// just before the comparison is the change of the level before it, and what is compared with the base is that level.
const CHANGE_BEFORE_ZH = /(?:增加|增长|增長|减少|減少|下降|提高|上升|降低|多|少)了?\s*$/;
const CHANGE_BEFORE_EN = /\b(?:(?:an?\s+)?(?:increase|decrease|rise|fall|drop|reduction)\s+of|up|down|up\s+by|down\s+by)\s*$/i;

/** The compared figure is the increase or decrease said of an earlier level in its sentence, not a level itself. */
function isChangeBeforeComparison(c: Comparison): boolean {
  const text = c.paragraph.text;
  const before = text.slice(Math.max(0, c.figure.offset - 24), c.figure.offset);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
  return CHANGE_BEFORE_ZH.test(clause) || CHANGE_BEFORE_EN.test(clause);
}
