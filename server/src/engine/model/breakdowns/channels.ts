// The ways one service was given, each part named by the way and the whole's own verb:
//   全年接待来访群众1,236人次，其中现场接待742人次、电话接待386人次、网上接待150人次
//   共受理投诉526件，其中电话受理310件、网络受理230件 · 共培训干部1,200人次，其中线上培训800人次、线下培训450人次
// Each visit, complaint or place on a course came one way: the parts are a partition of the whole (the ways are in
// data/service-channels.json).

import channels from '../../data/service-channels.json';
import type { Figure } from '../numbers';
import { labelOf } from './kinds';

const GROUP_OF = new Map<string, string>();
for (const [group, members] of Object.entries(channels.groups)) for (const m of members) GROUP_OF.set(m, group);
for (const m of channels.offline) GROUP_OF.set(m, 'offline');
const GENERIC = new Set(channels.generic);

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
  if (!VERB.test(verb) || !total.subject.includes(verb) || labels.some((l) => !l.endsWith(verb))) return false;
  const ways = labels.map((l) => l.slice(0, -2));
  if (new Set(ways).size !== ways.length) return false;
  const groups = ways.map((w) => GROUP_OF.get(w));
  if (groups.some((g) => g === undefined)) return false;
  for (let i = 0; i < ways.length; i++) {
    if (GENERIC.has(ways[i]) && groups.some((g, j) => j !== i && g === groups[i])) return false;
    if (groups[i] === 'offline' && groups.some((g, j) => j !== i && g !== 'online')) return false;
  }
  return true;
}
