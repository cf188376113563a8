/**
 * missing-value — 数字缺失 / A number or year was dropped
 *
 * What: the figure before a unit is gone: 年 standing alone at the start of a clause (年,区教育局…;
 * …政策,年预算内支出…), a range with no start (按照-2010年), a unit with no number after 共/达/为
 * (共名, 达万元, 为%).
 * Not: words that begin with 年 (年初, 年度, 年底, 年龄…), 共同, 达到, 以人为本.
 *
 * Why: when a draft is reused, years and figures are deleted to be filled in later — and then forgotten.
 *
 * Bad:  年,区教育局工作的总体思路是…
 * Good: 2024年,区教育局工作的总体思路是…
 * Bad:  全年共培训名教师
 * Good: 全年共培训120名教师
 */

import yearWords from '../data/year-words.json';
import { rangeIn } from '../model/paragraphs';
import type { Rule } from '../rule';

// Not after a space: 2007 年 is a year with a space in it.
const CLAUSE_START = '(?<=^|[，,。；;：:、（(“”！？!?])';
const LONE_YEAR = new RegExp(`${CLAUSE_START}年`, 'g');
// Not the em dash: 奋进新征程—2023年工作总结 uses it as a separator.
const OPEN_RANGE = /(?<=[\p{sc=Han}（(])(?<!年)[-－–~～](?:19|20)\d\d年/gu;
const NO_FIGURE_PERCENT = /(?:为|為|达到|達到|达|達|约|約|近|超过|超過|共|合计|合計|累计|累計|总计|總計|占|佔|增长|增長|增加|下降|降低|减少|減少|提高|提升|上升)(?:[%％]|个百分点|個百分點)/g;
// 表达、到达、发达、传达… end in 达 but are not 达 + figure.
// 共培训名教师: a verb may stand between 共 and the unit.
const COUNT_VERBS = '培训|投入|发放|接待|组织|开展|新增|招聘|录取|资助|补助|完成|建成|改造|举办|评选|培养|招收|安排|引进|惠及|筹集|拨付|落实|新建|改建|扩建|选派|表彰|评出|派出|参加|参与|收到|受理|办理|检查|排查|整改|印发|下发|减少|增加';
const NO_FIGURE_COUNT = new RegExp(`(?:共计|合计|累计|总计|达到|共|(?<![表到发传下抵直通送转雷马畅豁练腾])达)(?:${COUNT_VERBS})?([名个所项万亿元次家件台套册份篇场批户位])`, 'g');
/** Words that start with a unit character: 共同 is not 共+同, 达到名校 is not a missing figure. */
const UNIT_WORDS = new Set(['个人', '个别', '个性', '个体', '名单', '名称', '名额', '名校', '名师', '名牌', '名优', '名誉', '所有', '所属', '所在', '所以', '所得', '所需', '项目', '万一', '万众', '元旦', '元素', '次要', '家长', '家庭', '家园', '家访', '家乡', '家校', '家属', '台账', '台阶', '份额', '场所', '场地', '场馆', '批准', '批评', '批示', '户籍', '户外', '位于', '位置', '篇章', '册子', '件事']);
const WORDS = yearWords.words;

const rule: Rule = {
  meta: {
    id: 'missing-value',
    category: 'placeholders',
    description: {
      zh: '数字或年份缺失：“年,区教育局…”“按照-2010年”“共名”',
      en: 'A dropped number or year: 年 with no year, a range with no start, a unit with no figure',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      year: { zh: '“年”前缺少年份：“{text}”', en: 'Year missing before 年: “{text}”' },
      range: { zh: '范围缺少起始值：“{text}”前应有起始年份', en: 'Range without a start: “{text}” needs a starting year' },
      figure: { zh: '缺少数值：“{text}”中单位前没有数字', en: 'Figure missing: “{text}” has no number before the unit' },
    },
  },

  check(context) {
    for (const paragraph of context.doc.paragraphs) {
      const text = paragraph.text;
      if (!/[年%％个名所项万亿元次家件台套册份篇场批户位]/.test(text)) continue;
      const report = (message: string, start: number, end: number, shown = end) =>
        context.report({ message, data: { text: text.slice(start, shown) }, range: rangeIn(paragraph, start, end) });

      let m: RegExpExecArray | null;
      LONE_YEAR.lastIndex = 0;
      while ((m = LONE_YEAR.exec(text))) {
        const at = m.index;
        const ahead = text.slice(at, at + 6);
        if (WORDS.some((w) => ahead.startsWith(w))) continue;
        // Show a few characters of context: 年,区教育局
        report('year', at, at + 1, Math.min(text.length, at + 6));
      }
      OPEN_RANGE.lastIndex = 0;
      while ((m = OPEN_RANGE.exec(text))) report('range', m.index, m.index + m[0].length);
      NO_FIGURE_PERCENT.lastIndex = 0;
      while ((m = NO_FIGURE_PERCENT.exec(text))) report('figure', m.index, m.index + m[0].length);
      NO_FIGURE_COUNT.lastIndex = 0;
      while ((m = NO_FIGURE_COUNT.exec(text))) {
        const unitAt = m.index + m[0].length - 1;
        if (UNIT_WORDS.has(text.slice(unitAt, unitAt + 2))) continue;
        report('figure', m.index, m.index + m[0].length);
      }
    }
  },
};

export default rule;
