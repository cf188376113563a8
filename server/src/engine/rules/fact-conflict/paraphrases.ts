/**
 * The other names a Chinese draft gives one measure when it states it a second time, besides those of
 * measure-words.json: a verb of the same act (追回税款 = 追缴税款) and a generic head after the name (主题党日活动 =
 * 主题党日). Read by canonicalZh in fact-conflict.ts, in the same pass as the aliases of measure-words.json.
 */

/** Words replaced by the name the rule compares (no word here holds another's, nor an alias of measure-words.json). */
export const PARAPHRASES_ZH: Record<string, string> = {
  追回: '追缴',
  追繳: '追缴',
  收缴罚没款: '罚没款',
  // 全年监管进出口货值 in a customs report: the goods it supervises are the district's imports and exports (关区进出口货值).
  监管进出口: '进出口',
  監管進出口: '進出口',
  // 全区生产总值: the product of the whole region is the regional product (地区生产总值).
  全区生产总值: '地区生产总值',
  全區生產總值: '地區生產總值',
  全市生产总值: '地区生产总值',
  全县生产总值: '地区生产总值',
  全縣生產總值: '地區生產總值',
  全省生产总值: '地区生产总值',
};

/** A generic head after a name of three characters or more: 主题党日活动, 志愿服务活动 name the 主题党日, 志愿服务. */
export const GENERIC_HEADS_ZH = ['活动', '活動'];

/**
 * English nouns (singular) replaced by the one the rule compares when a figure is restated in other words (read by
 * fact-conflict/restated.ts): "the 1,620 outstanding jobs" restates the backlog, "member-owners" the members.
 */
export const PARAPHRASES_EN: Record<string, string> = {
  'member-owner': 'member',
  outstanding: 'backlog',
};
