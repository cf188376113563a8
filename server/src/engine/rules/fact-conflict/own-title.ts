/**
 * What a report's title says of its own time, names, body and region: "in the quarter" in the Q3 report, 集团 in a
 * group's, 全县 in a county bureau's. A qualifier that only names these does not set a figure apart.
 */
import { OWN_YEAR_WORDS } from '../../model/own-period';

const HAN = /\p{sc=Han}/u;

/** The levels of a region as 全X names them (全县, 全市…), simplified and traditional forms together. */
export const REGION_LEVELS = [['县', '縣'], ['区', '區'], ['市'], ['省'], ['镇', '鎮'], ['乡', '鄉'], ['国', '國']];

const QUARTER_TITLE = /\bQ([1-4])\b|\bQuarter\s+([1-4])\b|\b(first|second|third|fourth) quarter\b/i;

/**
 * The English words for the report's own time: "in the quarter" and "in Q3" in the Q3 report, "this year" in an annual
 * one. A qualifier that only names the report's time does not set a figure apart.
 */
export function ownTimeEn(title: string, half: string | undefined): string[] {
  if (HAN.test(title)) return [];
  const quarter = QUARTER_TITLE.exec(title);
  if (quarter) {
    const n = quarter[1] ?? quarter[2] ?? String(['first', 'second', 'third', 'fourth'].indexOf(quarter[3].toLowerCase()) + 1);
    return ['quarter', `q${n}`];
  }
  return half ? [] : [...OWN_YEAR_WORDS.en];
}

const TITLE_NOT_NAME = new Set(['annual', 'report', 'review', 'quarterly', 'progress', 'final', 'interim', 'update', 'summary', 'and', 'for', 'the', 'of']);

export function ownNames(title: string): Set<string> {
  return new Set((title.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !TITLE_NOT_NAME.has(w)));
}

/**
 * The words by which a body's report names the body itself (集团 in a group's, 我局/全局 in a bureau's, 全校 in a
 * school's): 集团全年营业收入 and 全年实现营业收入 are one quantity. A college's 学校 is its university, not itself.
 */
const OWN_BODIES: Array<[RegExp, string[]]> = [
  [/集团|集團/, ['本集团', '全集团', '集团', '本集團', '全集團', '集團']],
  [/^(?!.*(?:集团|集團)).*公司/, ['本公司', '我公司', '全公司', '公司']],
  [/局/, ['我局', '本局', '全局']],
  // 滨港海关副关长2026年度述职报告: the customs district (关区) is the customs' own whole, as 全县 is a county's.
  [/海关|海關/, ['全关区', '本关区', '关区', '全關區', '本關區', '關區', '我关', '本关', '我關', '本關']],
  [/医院|醫院|卫生院|衛生院/, ['我院', '本院', '全院']],
  [/学院|學院/, ['我院', '本院', '全院', '学院', '學院']],
  [/中学|中學|小学|小學|学校|學校/, ['我校', '本校', '全校', '学校', '學校']],
  [/社区|社區/, ['本社区', '全社区', '社区', '本社區', '全社區', '社區']],
  // 城关街道2026年上半年工作总结, 城关街道办事处关于…: a street office's own report (not a district's on its streets);
  // 2026年度街道党工委书记抓基层党建工作述职报告: its secretary's or director's report on the street's work is its own too.
  [/\p{sc=Han}街道(?:(?:办事处|辦事處)(?:主任)?|(?:党工委|黨工委)(?:书记|書記)?)?(?:关于|關於|(?:19|20)\d\d|\s*$)|^(?:(?:19|20)\d\d年度?)?街道(?:党工委|黨工委)(?:书记|書記)|^(?:(?:19|20)\d\d年度?)?街道办事处主任/u, ['本街道', '全街道', '街道', '我街道']],
];

const MARKDOWN_H1 = /^#\s+\S/;
const MARKDOWN_H2 = /^##\s+\S/;
/** The title block's lines just above the line with the year (中共某集团委员会书记 above 2026年度述职报告). */
export function linesAbove(lines: ReadonlyArray<{ text: string }>, first: number): string {
  let text = '';
  for (let l = first - 1; l >= 0 && first - l <= 2 && lines[l].text.trim() !== ''; l--) text = lines[l].text + text;
  // "# Riverside Community Food Bank", a blank line, "## Annual Report 2025–26": the body's name heads the title block.
  if (text === '' && first >= 2 && lines[first - 1].text.trim() === '' && MARKDOWN_H1.test(lines[first - 2].text) && MARKDOWN_H2.test(lines[first]?.text ?? '')) text = lines[first - 2].text;
  return text;
}

export function ownBody(title: string): string[] {
  return OWN_BODIES.filter(([named]) => named.test(title)).flatMap(([, words]) => words);
}

/**
 * The 全X of the body the title names (县教育局 → 全县), when it names one level only. Bodies whose remit is their
 * place are named by other words too (区消防救援大队, 市住房公积金管理中心, 县疾病预防控制中心), and a title that opens
 * with the place itself before the year (青川县2027年春季农业生产工作方案, 青石镇2026年工作总结) is the place's own; so is a 站's (县农村公路管理站).
 * Not a 所 or 院 (县农业科学研究所, 县人民医院): their 全县 is the county's, not theirs.
 */
export function ownRegion(title: string): string[] {
  // 关于2026年全县经济社会发展情况的工作报告: a title naming no body but the whole it reports on names that whole.
  const body = /(.{0,12}?)(?:人民政府|政府|教育局|教育和体育局|教育体育局|委员会|局|委|办公室|办|大队|支队|中心|站)/.exec(title)?.[1] ?? /^(\p{sc=Han}{1,8}[省市县縣区區镇鎮乡鄉])(?=(?:19|20)\d\d年)/u.exec(title)?.[1] ?? TITLE_WHOLE.exec(title)?.[1] ?? '';
  // 住房和城乡建设局, 乡镇, 乡村振兴局: words with a region's character that name no region.
  const named = body.replace(/城乡|城鄉|乡镇|鄉鎮|乡村|鄉村|市场|市場|区域|區域|社区|社區|国有|國有|国资|國資|省级|市级|县级|區級|区级/g, '');
  const found = REGION_LEVELS.filter((forms) => forms.some((c) => named.includes(c)));
  if (found.length === 1) return found[0].map((c) => `全${c}`);
  // 石桥村2026年工作总结, 石桥村村民委员会…: a village's own report, whose 全村 is its own whole (not 农村, 乡村: no place).
  return found.length === 0 && VILLAGE_TITLE.test(title) ? ['全村'] : [];
}

/**
 * A title that opens with a village's name (石桥村2026年…, 石桥村村委会, 石桥村党支部), or a resident official's or team's
 * report on one village (驻柳湾村第一书记2026年度述职报告, 驻石桥村工作队2026年工作总结): its 全村 is that village.
 */
const VILLAGE_TITLE = /^驻\p{sc=Han}{1,6}?(?<![农農乡鄉])村(?:第一书记|第一書記|工作队|工作隊|驻村工作队|驻村干部|駐村幹部)|^(?:中共)?\p{sc=Han}{1,6}?(?<![农農乡鄉])村(?:(?:村民委员会|村民委員會|村委会|村委會|党支部|黨支部|党总支|黨總支|两委|兩委)?(?:关于|關於)?(?:19|20)\d\d年|(?:村民委员会|村民委員會|村委会|村委會|党支部|黨支部|党总支|黨總支|两委|兩委))/u;

/** 关于2026年全县经济社会发展情况的工作报告, 全市教育系统2026年工作总结: the 全X a title reports on (not 全国). */
const TITLE_WHOLE = /^(?:关于|關於)?(?:(?:19|20)\d\d年(?:度)?)?(全[县縣区區市镇鎮乡鄉])/;
