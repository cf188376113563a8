import { matchesOf } from '../patterns';
// The notice that launches the report's own activity: 根据集团公司《关于开展2025年度述职述廉工作的通知》要求，现将本人
// 2026年度履职…情况报告如下 in the 2026年度述职述廉报告. Each year's 述职, 考核 or 总结 is launched by that year's notice,
// named with the same 年度 as the report; one for an earlier year is last year's draft's. Not an older policy document
// cited (《2025年度预算管理办法》, 《“十四五”规划》), nor a notice named with a later year (issued in January: 《关于开展
// 2027年述职工作的通知》 for the 2026年度 report), nor one that launches another activity (《关于开展2025年度内部控制自查
// 工作的通知》).

/** 述职述廉 shares 述职 and 述廉; 考核 and 考评 are one activity. */
const ACTIVITIES: [RegExp, RegExp][] = [
  [/述职|述職|述廉/, /述职|述職|述廉/],
  [/考核|考评|考評/, /考核|考评|考評/],
  [/总结|總結/, /总结|總結/],
];
// 《关于开展2025年度述职述廉工作的通知》, 《关于做好2025年度领导班子和领导干部考核工作的通知》, 《关于2025年度述职工作有关事项的通知》.
const NOTICE = /《(?:[^《》]{0,30}?)关于(?:开展|開展|做好|认真做好|認真做好|组织开展|組織開展|进行|進行)?((?:19|20)\d\d)年度?([^《》]{0,24}?)(?:工作)?(?:有关事项|有關事項)?的?通知》/gu;
/** 根据, 按照, 依据 before it in its clause (with the issuer between), 要求, 精神, 安排 after it. */
const CITED_LEAD = /(?:根据|根據|按照|依据|依據|遵照)[^，,。；;《]{0,20}$/u;
const CITED_AFTER = /^(?:的)?(?:要求|精神|安排|部署|规定|規定)/u;

export interface LaunchNotice {
  year: number;
  start: number;
  end: number;
}

/** The notices in a paragraph that launch the activity its report's title names, cited as what the report answers. */
export function launchNotices(text: string, title: string): LaunchNotice[] {
  const out: LaunchNotice[] = [];
  for (const m of matchesOf(text, NOTICE)) {
    const activity = m[2] + m[0].slice(m[0].indexOf(m[2]) + m[2].length);
    const kind = ACTIVITIES.find(([inNotice]) => inNotice.test(activity));
    if (!kind || !kind[1].test(title)) continue;
    const at = m.index!;
    if (!CITED_LEAD.test(text.slice(Math.max(0, at - 24), at)) || !CITED_AFTER.test(text.slice(at + m[0].length))) continue;
    out.push({ year: Number(m[1]), start: at, end: at + m[0].length });
  }
  return out;
}
