// The kinds a part names (breakdown-words.json's families: 城区/郊区/农村, 小学/初中/高中, men/women) and the label it is
// named by: whether a list's parts are categories of one kind (a partition, which cannot add up to more than its whole)
// or groups of such categories among other parts.

import words from '../../data/breakdown-words.json';
import more from '../../data/more-families.json';
import { alternation } from '../../patterns';
import type { Figure } from '../numbers';

export const FAMILY_OF = new Map<string, string>();

/** Every family a word is a member of (社区: a sector, as 机关 is, and a kind of village-level unit, as 行政村 is). */
const FAMILIES_OF = new Map<string, string[]>();

for (const [family, members] of [...Object.entries(words.families), ...Object.entries(more.families)]) {
  for (const m of members) {
    FAMILY_OF.set(m.toLowerCase(), family);
    FAMILIES_OF.set(m.toLowerCase(), [...(FAMILIES_OF.get(m.toLowerCase()) ?? []), family]);
  }
}

const FAMILY_WORDS = [...FAMILY_OF.keys()].sort((a, b) => b.length - a.length);

/** Members whose English name holds "and" (food and drink). */
const AND_MEMBERS = FAMILY_WORDS.filter((w) => /^[a-z].* and /.test(w));

export const REST = new RegExp(`^(?:${alternation(words.rest)})`, 'i');

/** The parts grouped by the kind of category they name, keeping groups of two or more different members. */
export function familyGroups(parts: Figure[], total?: Figure): Figure[][] {
  const byFamily = new Map<string, { members: Set<string>; parts: Figure[] }>();
  const kinds = kindsOf(parts, total);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const found = kinds[k];
    if (!found) continue;
    const group = byFamily.get(found.family) ?? { members: new Set(), parts: [] };
    // The same member twice (男教师…、男党员…) is two breakdowns of one kind: no group.
    if (group.members.has(found.member) || (found.family === 'origin' && overlappingOrigins([...group.members, found.member]))) group.members.add('#twice');
    group.members.add(found.member);
    group.parts.push(p);
    byFamily.set(found.family, group);
  }
  return [...byFamily.values()].filter((g) => g.parts.length >= 2 && !g.members.has('#twice')).map((g) => g.parts);
}

/** 寄宿制学校 / 非寄宿制学校, members / non-members: a thing and its negation split the whole. */
function complementary(a: string, b: string): boolean {
  const neg = (x: string, y: string) => y === `非${x}` || y === `不${x}` || y.toLowerCase() === `non-${x.toLowerCase()}` || y.toLowerCase() === `non${x.toLowerCase()}` || shortNegation(x, y);
  const [x, y] = [a.trim(), b.trim()];
  return x.length > 0 && (neg(x, y) || neg(y, x));
}

/**
 * 税收收入 / 非税收入 · 公有制经济 / 非公经济: the 非 of a class whose name it shortens — the same head (收入, 经济) after
 * the start of the class's own qualifier (税 of 税收, 公 of 公有制).
 */
function shortNegation(x: string, y: string): boolean {
  if (!y.startsWith('非') || !/^\p{sc=Han}{3,}$/u.test(x)) return false;
  const z = y.slice(1);
  let s = 0;
  while (s < x.length - 1 && s < z.length - 1 && x[x.length - 1 - s] === z[z.length - 1 - s]) s++;
  if (s === 0) return false;
  const qualifier = z.slice(0, z.length - s);
  return qualifier.length > 0 && qualifier.length < x.length - s && x.startsWith(qualifier);
}

/** 在编 / 非在编, 寄宿生 / 非寄宿生: a class and its 非, in that order. */
export function complementaryClass(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return x.length > 0 && y === `非${x}`;
}

/** Labels already looked up: a long list repeats them, and each lookup tries every family word. */
const familyCache = new Map<string, { family: string; member: string } | undefined>();

/** The family a subject names (小学 → stage, 城区 → area), with the member that matched. */
export function familyOf(subject: string): { family: string; member: string } | undefined {
  if (familyCache.has(subject)) return familyCache.get(subject);
  if (familyCache.size > 10_000) familyCache.clear();
  const found = findFamily(subject);
  familyCache.set(subject, found);
  return found;
}

/**
 * 硕士生导师, 博士生导师: a degree's name at the start of a role (a supervisor), not the degree: 硕士生导师62人、
 * 博士生导师31人、研究生学历教师120人 overlap.
 */
const DEGREE_ROLE_AFTER = /^生?(?:导师|導師)/;

const DEGREE_ROLE_MEMBERS = new Set(['硕士', '博士', '研究生']);

const roleNotMember = (lower: string, w: string, at: number) => DEGREE_ROLE_MEMBERS.has(w) && DEGREE_ROLE_AFTER.test(lower.slice(at + w.length));

/** An English member as a whole word, or its plural (undergraduates, offices, hotels): no letter on either side. */
function wholeEnglishMember(lower: string, w: string, at: number): boolean {
  if (/[a-z]/.test(lower[at - 1] ?? '')) return false;
  const end = at + w.length;
  const plural = /^(?:s|es)(?![a-z])/.exec(lower.slice(end, end + 3));
  return !/[a-z]/.test(lower[end] ?? '') || (plural !== null && !/s$/.test(w));
}

/** Families whose member names the parts only when it starts the label, or follows were/are (6,110 were children). */
const LEADING_ONLY = new Set(['ageGroup']);

const notLeading = (lower: string, w: string, at: number) => LEADING_ONLY.has(FAMILY_OF.get(w)!) && !/^[\s其中：:、，,]*$|\b(?:were|was|are|is)\s+$/.test(lower.slice(0, at));

function findFamily(subject: string): { family: string; member: string } | undefined {
  const lower = subject.toLowerCase();
  for (const w of FAMILY_WORDS) {
    const at = lower.indexOf(w);
    if (at < 0 || roleNotMember(lower, w, at)) continue;
    // English members are whole words.
    if (/^[a-z]/.test(w) && !wholeEnglishMember(lower, w, at)) continue;
    // were children, 儿童1,200人次: an age group names the people counted only as the label itself — sessions attended by
    // children, 面向儿童的活动 may be for adults too.
    if (notLeading(lower, w, at)) continue;
    return { family: FAMILY_OF.get(w)!, member: w };
  }
  return undefined;
}

/**
 * The categories the parts name. A label may name members of two families (钢铁企业: an industry and an entity;
 * 社区党委: a sector and a kind of party organisation) or two members of one (硕士研究生): where the first reading does
 * not tell the parts apart, a family that names every part, each with a different member, is the one the list splits
 * by (钢铁企业3家、水泥企业5家 by industry; 社区党委、非公企业党支部、机关党支部 by sector; 本科生、硕士研究生、博士研究生
 * by degree).
 */
export function kindsOf(parts: Figure[], total: Figure | undefined): ({ family: string; member: string } | undefined)[] {
  const kinds = withoutOpenRanges(parts, kindsRead(parts, total)).map((k, i) => (k && !countedAsVenue(k.family, parts[i]) ? undefined : k));
  return parts.some(tookPart) ? kinds.map((k, i) => (tookPart(parts[i]) ? undefined : k)) : kinds;
}

/** 个, 座, 家, 所, 处: the classifiers that count venues themselves. */
const VENUE_UNIT = /^(?:个|個|座|家|所|处|處|间|間)$/;

/**
 * 县图书馆1个、县文化馆1个、乡镇文化站4个: venues are kinds of a whole only where the venues themselves are counted — not
 * what was held at them (其中博物馆16场、图书馆12场: one exhibition may tour both).
 */
function countedAsVenue(family: string, p: Figure): boolean {
  return family !== 'cultureVenue' || VENUE_UNIT.test(p.unit);
}

/** 418 attended the spring meeting: what someone took part in names no kind of them (they may have gone to the autumn one too). */
const TOOK_PART_EN = /^[\d,.]+\s*(?:(?:million|thousand|m|k)\b\s*)?(?:attended|visited|joined|took\s+part\s+in|participated\s+in|went\s+to)\b/i;

export function tookPart(p: Figure): boolean {
  // A Chinese part (80所, 0.6万人次) has no English verb after it: no slice, no test.
  const next = p.paragraph.text.charCodeAt(p.offset + p.length);
  if (next >= 0x2e80 || /\p{sc=Han}/u.test(p.subject)) return false;
  return TOOK_PART_EN.test(p.paragraph.text.slice(p.offset, p.offset + p.length + 24));
}

/**
 * How high each member of a ladder family stands (0 the top): degrees, professional ranks. 研究生 stands with 硕士 (it
 * counts 硕士 and 博士 together).
 */
const LADDER: ReadonlyMap<string, number> = new Map([
  ['博士', 0], ['硕士', 1], ['研究生', 1], ['本科', 2], ['专科', 3], ['專科', 3], ['大专', 3], ['大專', 3], ['中专及以下', 4], ['高中及以下', 4],
  ['正高', 0], ['副高', 1], ['高级', 1], ['高級', 1], ['中级', 2], ['中級', 2], ['初级', 3], ['初級', 3], ['未定级', 4],
]);

/** 大专以上, 中级及以上, 本科及其以下: a member opening a range up or down the ladder. */
const OPEN_RANGE = /^(?:及其|及)?以([上下])/;

/**
 * 其中大专以上学历52人…本科学历13人: a part named by a range up or down a ladder (大专以上 counts 本科 and 研究生 too) holds
 * any other part whose member the range reaches, so it is no category beside them: its kind is dropped (the others
 * still read as one kind). 本科以上、大专、中专及以下 do not reach each other and stay a breakdown.
 */
function withoutOpenRanges(parts: Figure[], kinds: ({ family: string; member: string } | undefined)[]): ({ family: string; member: string } | undefined)[] {
  if (parts.length < 2 || !kinds.some((k) => k && LADDER.has(k.member))) return kinds;
  const out = kinds.slice();
  for (let i = 0; i < parts.length; i++) {
    const k = kinds[i];
    const step = k && LADDER.get(k.member);
    if (!k || step === undefined) continue;
    const label = labelOf(parts[i]);
    const at = label.indexOf(k.member);
    const range = at < 0 ? null : OPEN_RANGE.exec(label.slice(at + k.member.length));
    if (!range) continue;
    const up = range[1] === '上';
    const reaches = kinds.some((o, j) => {
      const s = j !== i && o && o.family === k.family ? LADDER.get(o.member) : undefined;
      return s !== undefined && (up ? s <= step : s >= step);
    });
    if (reaches) out[i] = undefined;
  }
  return out;
}

function kindsRead(parts: Figure[], total: Figure | undefined): ({ family: string; member: string } | undefined)[] {
  // 省级示范站12个、村服务站60个: a rating beside a tier cuts across it — the bare tier names no level then.
  // Each label read once: it is looked up again for every family below.
  const raws = parts.map(labelOf);
  const tiers = !raws.some((l) => RATED.test(l));
  const kinds = parts.map((p, i) => kindOf(p, total, tiers, raws[i]));
  if (parts.length < 2 || distinctInOne(kinds)) return kinds;
  // The members each label names that start before the noun it shares with the total (留学研究生 of 研究生: none).
  const all = parts.map((_, i) => {
    // 社区卫生服务站: the tier read as a level (社区级) and the name as written (a kind of health institution) both count.
    const raw = raws[i];
    const labels = tiers && tiered(raw) !== raw ? [tiered(raw), raw] : [raw];
    return labels.flatMap((label) => {
      const end = label.length - sharedWithTotal(label, total);
      return allFamiliesOf(label).filter((f) => label.indexOf(f.member) < end);
    });
  });
  if (all.some((found) => found.length === 0)) return kinds;
  for (const family of new Set(all[0].map((f) => f.family))) {
    // 本科生、硕士研究生、博士研究生: 研究生 names two of them; each is told by the member the others do not share.
    const members = all.map((found) => found.filter((f) => f.family === family).map((f) => f.member));
    if (members.some((m) => m.length === 0)) continue;
    const shared = (m: string) => members.filter((list) => list.includes(m)).length;
    const picked = members.map((list) => ({ family, member: list.reduce((a, b) => (shared(b) < shared(a) ? b : a)) }));
    if (distinctInOne(picked)) return picked;
  }
  return kinds;
}

/** Every part names a member of one family, each a different one (none names none). */
export function distinctInOne(kinds: ({ family: string; member: string } | undefined)[]): boolean {
  if (kinds.some((k) => !k)) return false;
  return kinds.every((k) => k!.family === kinds[0]!.family) && new Set(kinds.map((k) => k!.member)).size === kinds.length && !(kinds[0]!.family === 'origin' && overlappingOrigins(kinds.map((k) => k!.member)));
}

/**
 * Where each origin reaches: 1 the place itself (本市, 本地, 县内), 2 the rest of its province (省内其他市), 4 the rest of
 * the country (省外), 8 abroad (境外, 入境). 省内 holds 本市, 国内 holds 省外, 外地 all but the place itself.
 */
const ORIGIN_SPAN: Record<string, number> = {
  本市: 1, 市内: 1, 本县: 1, 本縣: 1, 县内: 1, 本区: 1, 本區: 1, 本地: 1,
  省内其他市: 2, 省內其他市: 2, 省内其他地市: 2, 省內其他地市: 2, 省内外市: 2, 省内市外: 2, 省內市外: 2, 省内县外: 2, 省內縣外: 2, 省内其他县: 2, 省內其他縣: 2, 本省其他县: 2, 本省其他縣: 2, 本省其他市: 2, 本省其他地市: 2,
  外市: 6, 市外: 6, 县外: 6, 外地: 6,
  省内: 3, 本省: 3,
  省外: 4, 外省: 4,
  国内: 7, 國內: 7, 境内: 7, 境內: 7, domestic: 7,
  入境: 8, 境外: 8, 国外: 8, 國外: 8, 海外: 8, international: 8, overseas: 8, foreign: 8,
  uk: 7, british: 7, 'home students': 7,
};

/** 本市游客…、省内游客… · 国内…、省外…: origins of which one holds another (no partition). */
function overlappingOrigins(members: readonly string[]): boolean {
  let seen = 0;
  for (const m of members) {
    const span = ORIGIN_SPAN[m];
    if (span === undefined) continue;
    if (seen & span) return true;
    seen |= span;
  }
  return false;
}

/**
 * Whether the labels (whole labels, as read by outcomes: complete, in progress, not started) are each a different member
 * of some one family, whichever family each would be read as alone (complete is a status, in progress a stage of work:
 * both in the statuses of progress).
 */
export function distinctInSomeFamily(labels: readonly string[]): boolean {
  const each = labels.map((l) => allFamiliesOf(l).filter((k) => k.member === l.toLowerCase()));
  if (each.some((k) => k.length === 0)) return false;
  for (const { family } of each[0]) {
    const members = each.map((k) => k.find((m) => m.family === family)?.member);
    if (members.every((m) => m !== undefined) && new Set(members).size === members.length) return true;
  }
  return false;
}

/** Labels already read by allFamiliesOf (each read tries every family word; a breakdown's labels are read again and again). */
const allFamiliesCache = new Map<string, readonly { family: string; member: string }[]>();

/** Every family member a label names, the longest first (硕士研究生: 研究生, then 硕士). The list is shared: do not change it. */
function allFamiliesOf(subject: string): readonly { family: string; member: string }[] {
  const cached = allFamiliesCache.get(subject);
  if (cached) return cached;
  if (allFamiliesCache.size > 10_000) allFamiliesCache.clear();
  const found = readAllFamilies(subject);
  allFamiliesCache.set(subject, found);
  return found;
}

function readAllFamilies(subject: string): { family: string; member: string }[] {
  const lower = subject.toLowerCase();
  const out: { family: string; member: string }[] = [];
  for (const w of FAMILY_WORDS) {
    const at = lower.indexOf(w);
    if (at < 0 || roleNotMember(lower, w, at) || notLeading(lower, w, at)) continue;
    if (/^[a-z]/.test(w) && !wholeEnglishMember(lower, w, at)) continue;
    for (const family of FAMILIES_OF.get(w)!) out.push({ family, member: w });
  }
  return out;
}

/** How many characters a part's label shares with the end of its total's (公办幼儿园 of 幼儿园: 3), when two or more and not all. */
function sharedWithTotal(label: string, total: Figure | undefined): number {
  if (!total) return 0;
  const whole = total.subject;
  let shared = 0;
  while (shared < label.length && shared < whole.length && label[label.length - 1 - shared] === whole[whole.length - 1 - shared]) shared++;
  return shared >= 2 && shared < label.length ? shared : 0;
}

/**
 * The category a part names. The noun it shares with its total says nothing about which part it is: of
 * 幼儿园62所, 公办幼儿园35所 is told apart by 公办 (ownership), not by 幼儿园 (a school stage).
 */
export function kindOf(p: Figure, total: Figure | undefined, tiers = true, raw = labelOf(p)): { family: string; member: string } | undefined {
  const label = tiers ? tiered(raw) : raw;
  if (!total) return familyOf(label);
  const shared = sharedWithTotal(label, total);
  const own = shared > 0 ? label.slice(0, label.length - shared) : label;
  if (own === label) return familyOf(label);
  // 留学研究生 of 研究生1250人: the shared noun (研究生) is the only member the label names, and it tells no part apart.
  const found = familyOf(label);
  return familyOf(own) ?? (found && label.indexOf(found.member) < label.length - shared ? found : undefined);
}

/**
 * 区服务中心, 街道服务站, 村服务站: a facility named by the tier of government it serves, without 级 (not 市场监管所,
 * 区域监管所, 乡村振兴服务站, 县城, 市民; nor a tier inside the name: 示范村服务站).
 */
const BARE_TIER = /^(县|縣|区|區|市|乡镇|鄉鎮|镇|鎮|乡|鄉|街道|村|社区|社區)(?![级級域场場政民城村])(?=\p{sc=Han}{1,10}(?:中心|站|室|点|點|馆|館|所|院|阵地|陣地)$)/u;

/** 示范, 星级, 标准化: words of a rating, which a facility of any tier may hold. */
const RATED = /示范|示範|星级|星級|标准化|標準化|标杆|標杆|样板|樣板|达标|達標|优秀|優秀|重点|重點|特色|精品/;

/** The label with 级 after a bare tier (村服务站 → 村级服务站), so that it names a member of the level family. */
export function tiered(label: string): string {
  return BARE_TIER.test(label) ? label.replace(BARE_TIER, '$1级') : label;
}

/** 街道（镇）, 县（区）: a name with a bracketed alternative right before the subject, after a clause start or 其中. */
const BRACKETED_LEAD = /(?:^|[、，,；;：:]|其中)(\p{sc=Han}{1,6})[（(]\p{sc=Han}{1,4}[）)]$/u;

/** administrative, site and catering staff: words that share one head noun (the first word, the head). */
const SHARED_HEAD_EN = /^\s+([a-z-]+)(?:,\s*[a-z-]+)*,?\s+(?:and|or)\s+[a-z-]+\s+(staff|workers|officers)\b/i;

/** “两新”组织党员 → 两新组织党员: quotation marks around a term name the same category as the term. */
const QUOTE_MARKS_ZH = /[“”‘’「」『』"]/g;

function unquoted(label: string): string {
  return label.includes('“') || label.includes('「') || label.includes('"') || label.includes('‘') || label.includes('『') ? label.replace(QUOTE_MARKS_ZH, '') : label;
}

/** What a part is called: its subject, and in English the words after it too (700 were from women). */
export function labelOf(p: Figure): string {
  const text = p.paragraph.text;
  if (/\p{sc=Han}/u.test(p.subject)) {
    // 街道（镇）级12个, 县（区）级18家: the figure model starts the subject after the brackets (级); the part is named
    // by the words before them, the bracketed alternative aside (街道级, 县级).
    const bracketed = BRACKETED_LEAD.exec(text.slice(Math.max(0, p.subjectStart - 14), p.subjectStart));
    if (bracketed) return unquoted(bracketed[1] + p.subject);
    // 基本完成2项: the figure model takes 完成 off as a verb and leaves 基本, but the words as written name the part.
    const written = text.slice(p.subjectStart, p.offset).replace(/^[\s、，,；;]*(?:其中)?/, '');
    return unquoted(written !== p.subject && written.startsWith(p.subject) && !familyOf(p.subject) && familyOf(written) ? written : p.subject);
  }
  // 其中已完成20个: the figure model reads 已完成 as a verb and leaves no subject, but here it names the part.
  const han = p.subject === '' ? /\p{sc=Han}{2,8}$/u.exec(text.slice(Math.max(0, p.offset - 8), p.offset)) : null;
  if (han) return han[0].replace(/^.*其中/, '');
  // "8 administrative, site and catering staff": words that share one head noun name one member with it (administrative staff).
  const shared = p.dimension === '' || p.subject === '' ? SHARED_HEAD_EN.exec(text.slice(p.offset + p.length, p.offset + p.length + 60)) : null;
  if (shared) return `${shared[1]} ${shared[2]}`.toLowerCase();
  const window = text.slice(p.offset + p.length, p.offset + p.length + 30);
  let after = window.split(/[,;.:)]|\band\b/)[0];
  // 131 are food and drink venues: a member whose name holds "and" is one name, not the next part.
  const lower = window.toLowerCase();
  for (const w of AND_MEMBERS) {
    const at = lower.indexOf(w);
    if (at >= 0 && at <= after.length) after = window.slice(0, Math.max(after.length, at + w.length));
  }
  // "9 primary schools": the figure may take in the words that name the part before its unit (primary).
  const inner = text.slice(p.numberEnd, p.offset + p.length).trim();
  if (p.dimension === 'count' && /^[a-z-]+\s+[a-z-]+/i.test(inner) && !/^(?:million|billion|thousand|hundred|m|bn|k)\b/i.test(inner)) return `${inner} ${after}`.replace(/\s{2,}/g, ' ').trim();
  // "3,204 police officers": the subject (police) and the words after it (officers), one space between.
  return `${p.subject} ${after}`.replace(/\s{2,}/g, ' ');
}

/**
 * All parts name different members of one family (城区, 郊区, 农村), the rest aside; or a thing and its negation; or
 * classes the text names as such (涉法涉诉类18件，征地拆迁类15件，劳动保障类16件; 党建方面3个、作风方面4个).
 */
export function inOneFamily(parts: Figure[], total?: Figure): boolean {
  const named = parts.filter((p) => !REST.test(p.subject));
  if (named.length < 2) return false;
  if (named.length === 2 && complementary(labelOf(named[0]), labelOf(named[1]))) return true;
  if (namedClasses(named)) return true;
  return distinctInOne(kindsOf(named, total));
}

/** A part's subject without the cue, comma or colon the figure model may leave at its start (其中，工学专业 → 工学专业). */
export function ownSubject(f: Figure): string {
  return f.subject.replace(/^[其中，,：:\s]+/, '');
}

/**
 * Every part is a class the text names with 类 (涉法涉诉类, 征地拆迁类), or a field with 方面, 领域 or 环节 (党建方面3个、作风方面
 * 4个; 采购环节问题5个), each a different one, all with the same class word.
 */
function namedClasses(parts: Figure[]): boolean {
  const labels = parts.map(ownSubject);
  const classes = labels.map((l) => NAMED_CLASS.exec(l)?.[1]);
  if (!classes.every((w) => w !== undefined && w === classes[0]) || new Set(labels).size !== labels.length) return false;
  // 安全生产领域、重点领域: a qualifier that cuts across fields (重点, 关键) names no field of its own.
  return classes[0] === '类' || classes[0] === '類' || !labels.some((l) => CROSS_FIELD.test(l));
}

const CROSS_FIELD = new RegExp(`^(?:${alternation([...words.overlappingQualifiersZh, '关键', '關鍵', '主要', '薄弱', '核心'])})(?:方面|领域|領域|环节|環節)`);

const NAMED_CLASS = /^\p{sc=Han}{2,}?(类|類|方面|领域|領域|环节|環節)(?:的)?(?:问题|問題)?$/u;

/** A member of `family` opening the whole's noun after 现有 or 共有 (国家级 of 现有国家级非遗项目; not 小学 inside 中小学校). */
export function memberOfFamilyIn(words: string, family: string | undefined): boolean {
  if (!family) return false;
  const noun = words.replace(/^.*(?:现有|現有|共计|共計|共有|合计|合計|总计|總計|总共|總共|共)/u, '').toLowerCase();
  return FAMILY_WORDS.some((w) => noun.startsWith(w) && (FAMILIES_OF.get(w) ?? []).includes(family));
}

/**
 * 其中生产环节、流通环节、餐饮环节分别抽检1,240批次、2,960批次、1,810批次: the parts named all together before 分别, the
 * figures after it, one name to each figure in turn. The names, where the parts are written so (only 、 and, before the
 * last, 和/及/与 between the figures, a verb of at most four characters between 分别 and the first), else undefined.
 */
export function namedBeforeRespectively(text: string, parts: readonly Figure[], cueAt: number): string[] | undefined {
  if (parts.length < 2) return undefined;
  const lead = text.slice(Math.max(0, cueAt - 60, parts[0].offset - 80), parts[0].offset);
  const m = /(?:^|[，,；;。：:])(?:其中)?([^，,；;。：:\d]{4,60}?)(?:分别|分別)(\p{sc=Han}{0,4}?)(?:为|為|是|有|达|達)?$/u.exec(lead);
  if (!m || /其中/.test(m[1])) return undefined;
  for (let i = 1; i < parts.length; i++) {
    const gap = text.slice(parts[i - 1].offset + parts[i - 1].length, parts[i].offset);
    if (!/^\s*(?:[、，,]|和|及|与|與)\s*$/.test(gap)) return undefined;
  }
  const names = m[1].split(/、|和|及|与|與/).map((s) => s.trim());
  if (names.length !== parts.length || names.some((s) => s.length < 2) || new Set(names).size !== names.length) return undefined;
  return names;
}

/** The names before 分别 (namedBeforeRespectively) are each a different class of one class word, or a different member of one family. */
export function respectivelyOfOneKind(names: readonly string[]): boolean {
  const classes = names.map((l) => NAMED_CLASS.exec(l)?.[1]);
  if (classes.every((w) => w !== undefined && w === classes[0]) && !names.some((l) => CROSS_FIELD.test(l))) return true;
  return distinctInOne(names.map((l) => familyOf(l)));
}
