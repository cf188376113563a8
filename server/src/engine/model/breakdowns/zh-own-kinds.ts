// Parts after 其中 that split the whole by where or in which unit each one is, or into kinds of the whole's own noun:
//   全年新建排涝泵站9座，其中中心城区5座、开发区2座、南部新城3座 (places of one level: a pumping station is in one)
//   集团共有在职员工2860人，其中集团本部312人、各子公司2618人 (organisational units: one employer each)
//   42个城市公园，其中综合公园9个、社区公园24个、专类公园12个 (kinds of 公园, each a type)
//   在职职工412人，其中科研人员286人、管理人员58人、工勤及其他人员81人 (kinds of 人员, the last the others: all of it)
// Not parts that cut across (其中党员…、女性…; 重点项目/民生项目; 新建公园/免费开放公园), nor places of two levels (县 and
// its 镇), nor a label that holds another (城区, 中心城区).

import words from '../../data/breakdown-words.json';
import { alternation } from '../../patterns';
import type { Figure } from '../numbers';

/** Places of one level each: districts and zones; townships and streets; villages and communities. */
// 园区 only beside other 园区 (an industrial park may lie inside a development zone); not 小区, 社区, 景区, 校区, 病区.
const PLACE_LEVELS_ZH: readonly RegExp[] = [
  /(?:城区|城區|新区|新區|开发区|開發區|经开区|經開區|高新区|高新區|新城|老城|县|縣|县市|縣市|[^小社园園景校病片厂廠]区|[^小社园園景校病片厂廠]區)$/u,
  /(?:园区|園區)$/u,
  /(?:镇|鎮|乡|鄉|街道|乡镇|鄉鎮)$/u,
  /(?:村|社区|社區)$/u,
];

/** Units of one organisation: its head office, its subsidiaries and branches. */
const ORG_UNIT_ZH = /(?:本部|总部|總部|机关本部|子公司|分公司|直属单位|直屬單位|所属企业|所屬企業|下属企业|下屬企業|控股企业|控股企業|分支机构|分支機構)$/u;

/** Words that sort by an attribute or a grade (which may overlap), not by place, unit or type. */
const CROSS_CUT_ZH =
  /重点|重點|主要|民生|示范|示範|试点|試點|新建|新增|改造|提升|续建|續建|在建|免费|免費|开放|開放|智慧|达标|達標|星级|星級|国家级|國家級|省级|省級|市级|市級|县级|縣級|区级|區級|党员|黨員|女性|男性|少数民族|少數民族|青年|老年|退休|在编|在編|编外|編外|兼职|兼職|专职|專職|高级|高級|中级|中級|初级|初級|博士|硕士|碩士|本科|以上|以下|及以上|其中|涉及|含|包括|等/;

const REST_ZH = /其他|其它|其余|其餘/;

/** Things one of which may be of several types at once: firms, bodies, people, households. */
const CROSS_CUT_NOUN_ZH = /企业|企業|公司|主体|主體|单位|單位|机构|機構|人员|人員|人才|家庭|农户|農戶|户|戶|人$/;
const OWN_KIND_NOUN = new RegExp(`(?:${alternation(words.ownKindNounsZh)})$`);
const OVERLAPPING = new RegExp(alternation(words.overlappingQualifiersZh.filter((w: string) => w.length >= 2)));

export interface OwnKinds {
  /** The parts cannot overlap: their sum is never more than the whole. */
  partition: boolean;
  /** The last part is the others of the same noun: the parts are all of the whole. */
  complete: boolean;
}

/**
 * What the labels of a 其中 list (one per part, as written, the marks before them taken off) say about the parts: places
 * of one level, units of one organisation, or three kinds of the whole's own noun or more (the last may be the others).
 */
export function ownKindsZh(labels: readonly string[], parts: readonly Figure[], total: Figure): OwnKinds | undefined {
  if (labels.length < 2 || labels.length !== parts.length || labels.some((l) => !/^\p{sc=Han}{2,10}$/u.test(l))) return undefined;
  if (parts.some((p) => p.unit !== total.unit || p.dimension !== total.dimension || p.perUnit)) return undefined;
  if (new Set(labels).size !== labels.length || labels.some((a) => labels.some((b) => a !== b && b.includes(a)))) return undefined;
  const named = REST_ZH.test(labels[labels.length - 1]) ? labels.slice(0, -1) : labels;
  if (named.some((l) => CROSS_CUT_ZH.test(l) || REST_ZH.test(l))) return undefined;
  // Places of one level, or units of one organisation.
  if (named.length >= 2 && PLACE_LEVELS_ZH.some((level) => named.every((l) => level.test(l) && l.replace(/^各/, '').length >= 2))) return { partition: true, complete: false };
  if (named.length >= 2 && named.every((l) => ORG_UNIT_ZH.test(l)) && named.some((l) => /本部|总部|總部/.test(l))) return { partition: true, complete: false };
  // Kinds of one noun: every label ends with it, each with a type of two to four characters before it.
  let noun = labels[0];
  for (const l of labels) while (noun && !l.endsWith(noun)) noun = noun.slice(1);
  if (noun.length < 2) return undefined;
  const types = named.map((l) => l.slice(0, l.length - noun.length));
  if (types.some((t) => !/^\p{sc=Han}{2,4}$/u.test(t)) || new Set(types).size !== types.length) return undefined;
  const rest = named.length < labels.length;
  if (labels.length < (rest ? 2 : 3)) return undefined;
  // 工勤及其他人员: the others of the noun close the list — all of the whole.
  if (rest) return { partition: true, complete: true };
  // 城市公园 → 综合公园、社区公园、专类公园: the whole is of the noun itself. Not firms, bodies or people sorted by type
  // (制造企业 and 科技企业 may be the same firms), nor a qualifier that cuts across kinds (外资, 民营, 规上).
  // Only nouns whose kinds are a classification of their own (公园: 综合公园、社区公园、专类公园、游园): kinds of 活动, 项目, 案件 or
  // 游客 may be sorted by size, theme, sector or origin and overlap (大型活动/主题活动, 交通项目/公路项目, 本市游客/省内游客).
  if (named.length >= 3 && total.subject.endsWith(noun) && OWN_KIND_NOUN.test(noun) && !CROSS_CUT_NOUN_ZH.test(noun) && !types.some((t) => OVERLAPPING.test(t))) return { partition: true, complete: false };
  return undefined;
}
