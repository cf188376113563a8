// The ways one service was given, each part named by the way and the whole's own verb:
//   全年接待来访群众1,236人次，其中现场接待742人次、电话接待386人次、网上接待150人次
//   共受理投诉526件，其中电话受理310件、网络受理230件 · 共培训干部1,200人次，其中线上培训800人次、线下培训450人次
// Each visit, complaint or place on a course came one way: the parts are a partition of the whole (the ways are in
// data/service-channels.json). So are the ways what was taken in was handled or handed in, the parts' verb their own:
//   全年共受理各类涉税事项12860件，其中通过电子税务局网上办理9050件，窗口办理4360件 (each matter received was dealt
//   with one way; not 办结…其中电话受理…: what was finished is some of what came in, not its whole).

import channels from '../../data/service-channels.json';
import type { Figure } from '../numbers';
import { labelOf } from './kinds';

const GROUP_OF = new Map<string, string>();
for (const [group, members] of Object.entries(channels.groups)) for (const m of members) GROUP_OF.set(m, group);
for (const m of channels.offline) GROUP_OF.set(m, 'offline');
const GENERIC = new Set(channels.generic);
const RECEIVED = channels.receivedVerbs;
const HANDLED = new Set(channels.handledVerbs);
/** 通过电子税务局网上: the way after 通过 (经, 依托, 利用) and the name of a platform (…局, …平台). */
const BY_PLATFORM = new RegExp(`^(?:通过|通過|经由|經由|经|經|依托|利用)?(?:\\p{sc=Han}{2,8}?(?:${channels.platformEnds.join('|')}))?(.+)$`, 'u');
const BY = /^(?:通过|通過|经由|經由|经|經|依托|利用)/u;

/** The way a part's words before its verb name (窗口, 通过电子税务局网上 → 网上, 通过政务服务网 → 政务服务网), if one. */
function wayOf(words: string): string | undefined {
  if (GROUP_OF.has(words)) return words;
  const bare = words.replace(BY, '');
  if (GROUP_OF.has(bare)) return bare;
  const way = BY_PLATFORM.exec(words)?.[1];
  return way !== undefined && GROUP_OF.has(way) ? way : undefined;
}

/** 接待, 受理, 培训: the verb the parts share, two characters of Han. */
const VERB = /^\p{sc=Han}{2}$/u;

/**
 * Two parts or more, each a different way (现场, 电话, 网上) and then the same verb, which the whole's own words hold
 * (全年接待来访群众, 共受理投诉). Not a way that names a whole group beside another of that group (线上培训、视频培训),
 * nor 线下 beside anything but online ways (电话 may be counted as 线下).
 */
export function waysOfOneVerb(parts: readonly Figure[], total: Figure): boolean {
  if (parts.length < 2) return false;
  const labels = parts.map((p) => labelOf(p).replace(/^[其中，,、：:\s]+/, ''));
  const verb = labels[0].slice(-2);
  if (!VERB.test(verb) || labels.some((l) => !l.endsWith(verb))) return false;
  // 受理…12860件，其中网上办理9050件: the whole's verb, or a whole taken in and each part handled one way.
  if (!total.subject.includes(verb) && !(HANDLED.has(verb) && RECEIVED.some((v) => total.subject.includes(v)))) return false;
  const ways = labels.map((l) => wayOf(l.slice(0, -2)));
  if (ways.some((w) => w === undefined) || new Set(ways).size !== ways.length) return false;
  const groups = ways.map((w) => GROUP_OF.get(w!));
  if (groups.some((g) => g === undefined)) return false;
  for (let i = 0; i < ways.length; i++) {
    if (GENERIC.has(ways[i]!) && groups.some((g, j) => j !== i && g === groups[i])) return false;
    if (groups[i] === 'offline' && groups.some((g, j) => j !== i && g !== 'online')) return false;
  }
  return true;
}
