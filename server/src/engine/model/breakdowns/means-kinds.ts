// Kinds a Chinese list splits its whole by that the families of breakdown-words.json do not name: a case or suspect
// handled under criminal or public-order law (刑事/治安), a building project by its works (房屋建筑/市政/水利…), grain
// bought by the means of purchase (最低收购价/政策性收购 or 市场化收购). Parts that each name a different one of these
// cannot add up to more than their whole:
//   抓获各类违法犯罪嫌疑人1,965名，其中刑事犯罪嫌疑人1,128名、治安违法人员906名
//   检查在建项目46个，其中房屋建筑工程29个、市政基础设施工程12个、城镇老旧小区改造项目8个
//   收购粮食12.86万吨，其中最低收购价小麦3.12万吨、中晚稻4.05万吨，市场化收购6.11万吨 — 中晚稻, joined by 、 to the
//   wheat bought at the minimum price, is bought at that price too (a crop after a crop shares its means).

import words from '../../data/breakdown-words.json';
import type { Figure } from '../numbers';
import { labelOf } from './kinds';
import type { Breakdown } from './shared';

/** Each family's members, the longer first where one holds another (data/breakdown-words.json, meansFamiliesZh). */
const MEANS_FAMILIES: readonly (readonly string[])[] = words.meansFamiliesZh;

/** The crop a part of grain bought names (小麦, 中晚稻, 早籼稻, 玉米): the thing bought, not how. */
const CROP_END = /(?:小麦|麦|稻|稻谷|玉米|大豆|油菜籽|粮食)$/u;

/** The member of `family` the label names, if one (the first found, longer members tried first). */
function memberIn(label: string, family: readonly string[]): string | undefined {
  for (const m of family) {
    const at = label.indexOf(m);
    // 市政府投资项目: the city government, not municipal works.
    if (at >= 0 && !(m === '市政' && label[at + 2] === '府')) return m;
  }
  return undefined;
}

/**
 * The breakdown made a partition (or given a group) where its parts name different members of one of these kinds;
 * as it is otherwise. Only Chinese lists read without 等 or 主要, not yet a partition.
 */
export function meansKinds(b: Breakdown): Breakdown {
  if (!b.total || b.partition || b.partial || b.parts.length < 2 || b.approximate) return b;
  const labels = b.parts.map((p) => labelOf(p));
  if (!labels.every((l) => /\p{sc=Han}/u.test(l))) return b;
  const text = b.paragraph.text;
  for (const family of MEANS_FAMILIES) {
    const members: (string | undefined)[] = labels.map((l) => memberIn(l, family));
    const inherited = new Set<number>();
    // 最低收购价小麦3.12万吨、中晚稻4.05万吨: a crop joined by 、 to a crop bought by a named means is bought by it too.
    for (let k = 1; k < members.length; k++) {
      const prev = members[k - 1];
      if (members[k] || !prev || !CROP_END.test(labels[k]) || !CROP_END.test(labels[k - 1].slice(labels[k - 1].indexOf(prev) + prev.length))) continue;
      if (/^\s*、/.test(text.slice(b.parts[k - 1].offset + b.parts[k - 1].length, b.parts[k].offset))) {
        members[k] = prev;
        inherited.add(k);
      }
    }
    const named = b.parts.filter((_, k) => members[k] !== undefined);
    const distinct = new Set(members.filter((m) => m !== undefined));
    if (named.length < 2 || distinct.size < 2) continue;
    // Two parts of one member (刑事…、刑事…) may be two cuts of it; a partition only where each member comes once, or a
    // run of crops bought by one means.
    if (!oneRunEach(members, inherited)) continue;
    if (named.length === b.parts.length) return { ...b, partition: true, groups: [b.parts.slice()] };
    const inGroup = new Set(named);
    if (!b.groups.some((g) => g.length === named.length && g.every((p) => inGroup.has(p)))) return { ...b, groups: [...b.groups, named as Figure[]] };
  }
  return b;
}

/** Each member named once: again only by a crop that took it from the part before (最低收购价小麦…、中晚稻…). */
function oneRunEach(members: readonly (string | undefined)[], inherited: ReadonlySet<number>): boolean {
  const done = new Set<string>();
  for (let k = 0; k < members.length; k++) {
    const m = members[k];
    if (m === undefined) continue;
    if (done.has(m) && !inherited.has(k)) return false;
    done.add(m);
  }
  return true;
}
