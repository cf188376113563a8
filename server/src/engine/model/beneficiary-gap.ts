// A count dropped between the word that introduces who is served and the measure word that counts them: 为户中小微企业
// 办理退税 (为1200户…), 帮助名困难学生, 向家企业发放, 惠及所学校 — the lead (为, 向, 帮助, 惠及…), a measure word
// (户, 家, 名, 所, 个, 位, 人次), and at once a noun that measure word counts, with nothing between lead and unit.
// Words in data/missing-value.json (beneficiaryLeads, beneficiaryUnits, beneficiaryNouns, beneficiaryModifiers).
//
// Not: a word that starts with the unit's character (为户籍人口, 为户外劳动者, 为家庭医生, 为个人, 为所有企业, 为名师工作室:
// the noun must follow the unit whole, and none of the nouns starts so), 一户一策 and 户均 (no lead), 为企业 and 为家庭 (no unit).
import words from '../data/missing-value.json';
import { alternation, matchesOf } from '../patterns';

const GAP = new RegExp(
  `(?:${alternation(words.beneficiaryLeads)})(${alternation(words.beneficiaryUnits)})(?:${alternation(words.beneficiaryModifiers)})?(?:${alternation(words.beneficiaryNouns)})`,
  'gu',
);

/** Each gap in the text: `lead` at the lead, `unit` at the measure word, `end` after the noun. */
export function eachBeneficiaryGap(text: string, found: (lead: number, unit: number, end: number) => void): void {
  if (!/[户戶家名所个個位次]/.test(text)) return;
  for (const m of matchesOf(text, GAP)) {
    const lead = m.index ?? 0;
    found(lead, lead + m[0].indexOf(m[1]), lead + m[0].length);
  }
}
