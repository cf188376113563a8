/**
 * 通过线上方式办理公证4126件, 通过网上办理, 通过“12345”热线受理: a channel before the verb names which of the matters were done
 * that way (a part of 全年办理公证18642件), not how the whole was done, as a means does (通过专项检查追回税款1.3亿元 =
 * 全年共追缴税款1.2亿元). Read from the ways of data/service-channels.json and the words that name a way (方式, 渠道).
 */
import channels from '../../data/service-channels.json';

const WAYS = [...Object.values(channels.groups as Record<string, string[]>).flat(), ...channels.offline].sort((a, b) => b.length - a.length);
const CHANNEL_ZH = new RegExp(`${WAYS.join('|')}|方式|渠道|途径|途徑|平台|窗口|专区|專區|小程序|APP|App|app`, 'u');

/** Whether the means before a verb (通过线上方式) names a channel, so the count is of the matters done that way. */
export function channelMeansZh(means: string): boolean {
  return CHANNEL_ZH.test(means);
}
