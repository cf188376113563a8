// Totals and their breakdowns, read from the figures of one paragraph:
//   全市共有学校128所，其中小学80所、初中36所、高中12所 · 823名（其中文科299人、理科285人、对口239人）
//   共招生4500人，分别为城区1200人、乡镇1800人、农村1500人 · 1,200 students in total, of which 700 were boys …
//   Spending totalled $3.1 million: staff $1.9 million, facilities $0.8 million and outreach $0.6 million
// and shares of one whole (城区占46.5%、郊区占38.2%、农村占21.7%; "The budget was split: salaries 64%, rent 22%").
// The model says what the text lists and what it says about the list (all of it, only some, categories of one
// kind); sum-mismatch decides what cannot add up.
//
// How it is built (read this before adding a reader)
//
// A reader takes one paragraph and its figures (model/numbers.ts) and returns Breakdowns (breakdowns/shared.ts): the
// whole (none for shares, whose whole is 100%), the parts, where the parts begin, and what the text says of the list.
// Most readers only find a whole and where its parts begin, and hand the rest to collectParts (breakdowns/parts.ts),
// which reads the parts to the end of the sentence or bracket and judges the list: complete (分别为, the rest, a
// stated total and a colon, a closed list that is nearly all), partial (等, 主要, including), a partition (the parts
// name different members of one family — breakdown-words.json, read by breakdowns/kinds.ts — or amounts of one
// budget, "comprising", one part and the rest…), else the groups of one family among them.
//
// The paragraph's readers, in the order they run (READERS below):
//   1. cue (breakdowns/cues.ts): a whole, then a cue, then its parts — 其中, 分别为, 分别用于, a colon, （其中, …中，;
//      of which, of whom, including, comprising, made up of, funded by, a colon or a dash; the cue may follow words
//      that place the whole (in the flood plain, over the three years to 2028/29, for 2026/27 is made up of) or
//      "Of the 64 staff," opening a sentence. The whole is the figure before the cue — or the level a change or a
//      growth rate is of, or an earlier figure of the sentence whose noun the parts end in (本科专业78个，涵盖…7个学科
//      门类，其中工学专业41个). No cue word: a whole stated with 共/现有 then a comma before categories of one kind
//      (全县共建成村级服务站126个，东区48个…) or statuses of one progress (已全部完成整改的15个、正在整改的4个); these
//      read only a sum above the whole (sumOnly). A count of kinds before the colon (分布在四个科室：) is no part and
//      makes as many parts all of the whole; parts written as a sum (其中1,286+3,462+1,968起) are all of it too.
//   2. 其中 opening a sentence (breakdowns/zh-sentences.ts): the whole is the first figure of the parts' dimension in
//      the sentence before, else in its earlier clauses.
//   3. a noun and 中 opening a sentence (专任教师中，…; breakdowns/zh-sentences.ts): the whole is the last figure of the
//      sentence before named by that noun.
//   4. English outcomes (breakdowns/en-outcomes.ts): "Of the 60 pupils, 53 passed…", "212 complaints, of which 96 were
//      about…", "…. Of these, …", "…. Of this, £96,400 was spent on…", "7 of these were…". A partition only where the
//      outcomes say the parts are exclusive; otherwise only parts above the whole (subsets).
//   5. English labelled lists after a colon (breakdowns/en-labelled.ts): "…at the 598 inquests concluded were: natural
//      causes 112; accident or misadventure 204; …"; "Our 412 staff work in four teams: Infrastructure 168, …" (as many
//      labels as the kinds counted: all of the whole).
//   6. size bands after 其中 (breakdowns/bands.ts): 亿元以上项目7个、5000万元至1亿元项目6个, whole the nearest count of
//      their noun before 其中 (sumOnly).
//   7. a run of shares (breakdowns/shares.ts): 城区占46.5%、郊区占38.2%; salaries 64%, rent 22%; 21.6亿元，占50.5%；….
//   8. shares named clause by clause (breakdowns/shares.ts): 第二产业投资占…比重为38.5%…；第三产业投资占比为59.8%.
//   8b. sources of one whole, each share in brackets after its name (breakdowns/shares.ts): "drawn from the
//      Clearbrook Reservoir (62%), the Miller wellfield (29%) and purchased water (14%)".
//   9. what was done with what was found, in the next clause (breakdowns/done-found.ts): 发现问题57个，已整改到位61个;
//      a floor for some of a whole above the whole's (不少于10篇，其中核心期刊不少于15篇) — one part each, never more than it.
//  10. an English net change and who joined and left (breakdowns/en-net-change.ts): "Membership rose by 120 to 1,480:
//      310 members joined and 170 left".
//  10a. an English total in a sentence of its own, the amounts it was made of in the next (breakdowns/en-total-then-amounts.ts):
//      "Total income for the year was £2.46 million. Trusts and foundations gave £1.08 million, individual donors …" (sumOnly);
//      a whole over N sites, each named with its figure in the next sentence (breakdowns/en-sites-then-figures.ts, sumOnly);
//      "10 of the 9 seats" (breakdowns/en-n-of-m.ts: a part more than its own whole, subsets); "All 48 routes …, and 51
//      of them (106%)" (breakdowns/en-of-them.ts: a count of the set just counted, above it, subsets).
//  10b. statuses of rectified problems opening a sentence, their whole the count of problems sentences before
//      (breakdowns/status-whole-before.ts): 18个具体问题…。截至目前，已完成整改15个，正在推进整改5个 (sumOnly).
//  10c. a count, then "These comprised …" in the next sentence (breakdowns/en-these-comprised.ts); a total, then 按…分/从…看
//      and its parts (breakdowns/zh-by-dimension.ts: 民宿326家。按经营主体分，个人经营218家、…); a body's members counted
//      after a colon (breakdowns/en-members-colon.ts: "the lab had 23 members: 4 postdoctoral researchers, …"); 其中 parts
//      that type the whole's own noun (breakdowns/zh-typed-parts.ts: 违章46起，其中管理性违章19起、行为性违章22起…).
//  11. the sum after its parts (breakdowns/sum-after.ts): 小学2所、初中1所、高中1所，合计5所; …, a total of 340,000;
//      三项合计3.6亿元 (the last three parts).
//  (after 5) where an amount went (breakdowns/en-went-on.ts): "$850,000 went on salaries ($510,000), equipment ($220,000)…";
//      an amount made up of as many items as it counts, each amount in brackets ("£27.5 million for 2026/27, made up of
//      four projects: the Berth 4 quay wall (£11.2 million), …": all of it); named places that "accounted for" the
//      whole of the clause before, the verb said once (breakdowns/en-accounted.ts: "welcomed 286,000 people; Fellgate
//      Centre alone accounted for 191,000, Haws Bridge for 64,000 and Scarside for 48,000").
//  (after 6) age bands after their whole (breakdowns/bands.ts): 干部126人，其中35岁以下38人，36至45岁52人，46岁以上45人.
//  (after 6) the results of the games played (breakdowns/match-results.ts): played 24, won 14, drew 6, lost 4; 胜14场、平6场、负4场.
// Then a reading whose parts name two measures of wholes before the cue is split, one per measure (breakdowns/measures.ts:
// 其中职工医保基金收入53.28亿元、支出48.91亿元，居民医保…收入33.24亿元、支出31.26亿元 of 总收入/总支出);
// each breakdown whose items all pair a second measure (18起、死亡15人) gives that measure's breakdown too
// (pairedMeasure), and a total score is kept only when its parts are the scores of an evaluation's indicators.
//
// Which reading wins (each reader's `merge` in READERS): the cue reader's. Readers 2–6 drop a list any of whose parts
// it took (a figure is a part of one list), except where they say what it could not: the outcomes replace a reading of
// the same whole that was no partition (or not complete where they are), bands one that was no partition. A labelled
// list and a sum after the parts are added only for a whole no reading has; a run of shares is always added, and named
// shares replace a run that read only some of theirs (else are added where no list holds one of them).
//
// Read over the whole document by sum-mismatch, not here: breakdowns/leading.ts (a paragraph opened by 其中 or "The
// network is made up of", its whole in the paragraph above), breakdowns/list-items.ts (其中： then one item a line),
// breakdowns/segments.ts (分板块看，…, the group's whole a few paragraphs up); and a table's total row or column by
// model/table-totals.ts and model/space-table-totals.ts.
//
// Adding a reader: put it in the file of its family (or a new file under breakdowns/), return Breakdowns from the
// paragraph and its figures, read the parts with collectParts where you can, and add it to READERS with the merge that
// says when it may override an earlier reading. Its words go in data/breakdown-words.json when they are a list.

import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { ageBandBreakdowns, bandBreakdowns } from './breakdowns/bands';
import { cueBreakdowns } from './breakdowns/cues';
import { accountedForBreakdowns } from './breakdowns/en-accounted';
import { doneFoundBreakdowns } from './breakdowns/done-found';
import { labelledListBreakdowns } from './breakdowns/en-labelled';
import { madeOfCountedBreakdowns, wentOnBreakdowns } from './breakdowns/en-went-on';
import { matchResultBreakdowns } from './breakdowns/match-results';
import { netChangeBreakdownsEn } from './breakdowns/en-net-change';
import { totalThenAmountsBreakdowns } from './breakdowns/en-total-then-amounts';
import { sitesThenFiguresBreakdowns } from './breakdowns/en-sites-then-figures';
import { nOfMBreakdowns } from './breakdowns/en-n-of-m';
import { outcomeBreakdowns } from './breakdowns/en-outcomes';
import { perMeasure } from './breakdowns/measures';
import { indicatorScore, isNetChange, type Breakdown } from './breakdowns/shared';
import { bracketedSourceShares, namedShareBreakdowns, shareBreakdowns } from './breakdowns/shares';
import { statusWholeBeforeBreakdowns } from './breakdowns/status-whole-before';
import { sumAfterParts } from './breakdowns/sum-after';
import { meansKinds } from './breakdowns/means-kinds';
import { countedSourceBreakdowns, exclusiveOutcomeBreakdowns } from './breakdowns/en-exclusive';
import { withoutNestedParts } from './breakdowns/nested-parts';
import { nounAmongBreakdowns, sentenceStartBreakdowns } from './breakdowns/zh-sentences';
import { theseComprisedBreakdowns } from './breakdowns/en-these-comprised';
import { membersColonBreakdowns } from './breakdowns/en-members-colon';
import { byDimensionBreakdowns } from './breakdowns/zh-by-dimension';
import { typedPartsBreakdowns } from './breakdowns/zh-typed-parts';
import { ofTheSetBreakdowns, ofThemBreakdowns } from './breakdowns/en-of-them';
import { exhaustiveHalves } from './breakdowns/exhaustive-halves';
import { frequencyHalves } from './breakdowns/en-frequency-halves';

export type { Breakdown } from './breakdowns/shared';
export { familyOf } from './breakdowns/kinds';
export { nounAmongBefore } from './breakdowns/zh-sentences';
export { leadingAmongSummary, readLeadingAmongBreakdowns } from './breakdowns/leading';

interface Reader {
  read: (paragraph: Paragraph, figures: readonly Figure[]) => Breakdown[];
  /** Adds `b` to what the readers before found, replaces one of those, or drops it. `taken`: the cue reader's parts. */
  merge: (found: Breakdown[], b: Breakdown, taken: ReadonlySet<Figure>) => void;
}

const partTaken = (b: Breakdown, taken: ReadonlySet<Figure>) => b.parts.some((p) => taken.has(p));

/** Added for a whole no reading before has, unless the cue reader took one of its parts. */
const forNewWhole: Reader['merge'] = (found, b, taken) => {
  if (!found.some((o) => o.total === b.total) && !partTaken(b, taken)) found.push(b);
};

/** Replaces the reading of the same whole when `weaker` says it is the weaker one; otherwise kept for a new whole whose parts are free. */
function replacing(weaker: (o: Breakdown) => boolean): Reader['merge'] {
  return (found, b, taken) => {
    const same = found.findIndex((o) => o.total === b.total);
    if (same >= 0 && weaker(found[same])) found[same] = b;
    else if (same < 0 && !partTaken(b, taken)) found.push(b);
  };
}

/** Kept unless the cue reader took one of its parts. */
const unlessTaken: Reader['merge'] = (found, b, taken) => {
  if (!partTaken(b, taken)) found.push(b);
};

/** The readers after the cue reader (cueBreakdowns), in order; the note at the top of this file says what each reads. */
const READERS: readonly Reader[] = [
  { read: sentenceStartBreakdowns, merge: unlessTaken },
  { read: nounAmongBreakdowns, merge: unlessTaken },
  {
    read: outcomeBreakdowns,
    // "Of the 96 new tenancies, 60 were in Oakfield, 30 in Riverside…": the outcomes say what the plain reading of the
    // same whole could not, that its parts are exclusive — also where that reading found only some of them of one kind
    // (4,020 were violence against the person, 2,880 were theft offences…: a long name cut off its label).
    // The outcomes may also say the list is all of the whole (three kinds of one family, closed by "and").
    merge: (found, b, taken) => {
      const same = found.findIndex((o) => o.total === b.total && (!o.partition || (b.complete && !o.complete)));
      if (same >= 0) found[same] = b;
      else if (!partTaken(b, taken)) found.push(b);
    },
  },
  {
    // "14 had been achieved, 9 partially achieved and 18 not achieved" · "742,000 online, 388,000 in field offices and
    // 96,000 by mail" · "Completions came from three sources: …" (breakdowns/en-exclusive.ts): replaces a reading of the
    // same whole that was no partition, else added where no reading took a part.
    read: (paragraph, figures) => [...exclusiveOutcomeBreakdowns(paragraph, figures), ...countedSourceBreakdowns(paragraph, figures)],
    merge: (found, b, taken) => {
      const same = found.findIndex((o) => o.total === b.total);
      if (same >= 0 && !found[same].partition && !found[same].complete) found[same] = b;
      else if (same < 0 && !partTaken(b, taken) && !found.some((o) => o.parts.some((p) => b.parts.includes(p)))) found.push(b);
    },
  },
  {
    read: labelledListBreakdowns,
    merge: forNewWhole,
  },
  {
    read: wentOnBreakdowns,
    // "The grant of $850,000 went on salaries ($510,000), equipment ($220,000) and travel ($160,000)": added for a whole no
    // reading has.
    merge: forNewWhole,
  },
  {
    read: madeOfCountedBreakdowns,
    // "£27.5 million for 2026/27, made up of four projects: the Berth 4 quay wall (£11.2 million), …": added for a whole
    // no reading has.
    merge: forNewWhole,
  },
  {
    read: accountedForBreakdowns,
    // "…welcomed 286,000 people; Fellgate Centre alone accounted for 191,000, Haws Bridge for 64,000 and Scarside for
    // 48,000": added for a whole no reading has.
    merge: forNewWhole,
  },
  {
    read: bandBreakdowns,
    // 其中亿元以上项目7个、5000万元至1亿元项目6个: the plain reading found parts of no one kind; the bands are exclusive.
    merge: replacing((o) => !o.partition),
  },
  {
    read: matchResultBreakdowns,
    // "30 fixtures, of which they won 18, drew 7 and lost 8": the results of the games played are exclusive, and all of
    // them where won, drawn and lost are each given — whatever the plain reading of the same whole said.
    merge: replacing(() => true),
  },
  {
    read: ageBandBreakdowns,
    // 干部126人，其中35岁以下38人，36至45岁52人，46岁以上45人: bands of age that do not reach into each other are exclusive.
    merge: replacing((o) => !o.partition),
  },
  { read: shareBreakdowns, merge: (found, b) => void found.push(b) },
  {
    read: namedShareBreakdowns,
    // 从投资结构看，…；第三产业投资占比为59.8%，第一产业投资占比为2.9%: a list that read only the later shares of the sentence.
    merge: (found, b) => {
      const some = found.findIndex((o) => !o.total && o.parts.every((p) => b.parts.includes(p)));
      if (some >= 0) found[some] = b;
      else if (!found.some((o) => o.parts.some((p) => b.parts.includes(p)))) found.push(b);
    },
  },
  {
    read: bracketedSourceShares,
    // "drawn from the Clearbrook Reservoir (62%), the Miller wellfield (29%) and purchased water (14%)": added where no
    // list holds one of its shares.
    merge: (found, b) => {
      if (!found.some((o) => o.parts.some((p) => b.parts.includes(p)))) found.push(b);
    },
  },
  {
    read: doneFoundBreakdowns,
    // 发现问题57个，已整改到位61个: kept unless a reading has the same whole or took the part.
    merge: forNewWhole,
  },
  {
    read: netChangeBreakdownsEn,
    // "Membership rose by 120 to 1,480: 310 members joined and 170 left": added for a whole no reading has.
    merge: forNewWhole,
  },
  {
    // "10 of the 9 seats were contested" (breakdowns/en-n-of-m.ts): a part above its own whole; added for a whole no
    // reading has.
    read: nOfMBreakdowns,
    merge: forNewWhole,
  },
  {
    // "All 48 routes … were put out to tender, and 51 of them (106%) attracted …" (breakdowns/en-of-them.ts): a count of
    // the set just counted, above it; added for a whole no reading has.
    read: ofThemBreakdowns,
    merge: forNewWhole,
  },
  {
    // "Of the 640 enquiries concluded, the risk was reduced in 672 cases", "of our 84 locks, 91 required repairs"
    // (breakdowns/en-of-them.ts): the first count after the set's comma, above it; added for a whole no reading has.
    read: ofTheSetBreakdowns,
    merge: forNewWhole,
  },
  {
    // "Total visits across our three sites reached 186,400. The Maritime Museum welcomed 121,300 visitors, the Ropewalk
    // Gallery 48,900 and …" (breakdowns/en-sites-then-figures.ts): added for a whole no reading has.
    read: sitesThenFiguresBreakdowns,
    merge: forNewWhole,
  },
  {
    read: totalThenAmountsBreakdowns,
    // "Total income for the year was £2.46 million. Trusts and foundations gave £1.08 million, …": added for a whole no
    // reading has, unless the cue reader took one of its amounts.
    merge: forNewWhole,
  },
  {
    // "…received 1,840 complaints. These comprised 912 …" (breakdowns/en-these-comprised.ts) · 326家。按经营主体分，个人经营
    // 218家、… (breakdowns/zh-by-dimension.ts): added for a whole no reading has.
    read: (paragraph, figures) => [...theseComprisedBreakdowns(paragraph, figures), ...byDimensionBreakdowns(paragraph, figures)],
    merge: forNewWhole,
  },
  {
    // "The lab had 23 members: 4 postdoctoral researchers, …" (breakdowns/en-members-colon.ts): all of the whole,
    // replacing a reading of it that did not say so.
    read: membersColonBreakdowns,
    merge: replacing((o) => !o.complete),
  },
  {
    // 违章46起，其中管理性违章19起、行为性违章22起… (breakdowns/zh-typed-parts.ts): types of the whole's own noun split it,
    // replacing a reading of it that was no partition.
    read: typedPartsBreakdowns,
    merge: replacing((o) => !o.partition),
  },
  {
    read: statusWholeBeforeBreakdowns,
    // 对照…18个具体问题…。截至目前，已完成整改15个，正在推进整改5个: added where no reading took the statuses.
    merge: (found, b, taken) => {
      if (!found.some((o) => o.parts.some((p) => b.parts.includes(p))) && !partTaken(b, taken)) found.push(b);
    },
  },
  {
    read: sumAfterParts,
    merge: (found, b) => {
      if (!found.some((o) => o.total === b.total)) found.push(b);
    },
  },
];

/** The breakdowns of one paragraph. */
export function readBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const taken = new Set<Figure>();
  const out = cueBreakdowns(paragraph, figures, taken);
  // Indexed loops: this runs once for every paragraph of a draft, mostly before it is optimised (no iterators).
  for (let r = 0; r < READERS.length; r++) {
    const reader = READERS[r];
    const found = reader.read(paragraph, figures);
    for (let i = 0; i < found.length; i++) reader.merge(out, found[i], taken);
  }
  // 总收入86.52亿元，总支出80.17亿元。其中职工医保基金收入53.28亿元、支出48.91亿元，居民医保…: each measure's parts
  // against its own whole (breakdowns/measures.ts).
  for (let i = 0; i < out.length; i++) {
    const split = perMeasure(paragraph.text, figures, out[i]);
    if (split) {
      out.splice(i, 1, ...split);
      i += split.length - 1;
    }
  }
  // 1.06万笔、45.38亿元…其中，市中心0.82万笔、35.16亿元，县区0.32万笔、10.22亿元: each part pairs a second measure with
  // the first, as the whole does; the second is summed against its own whole too.
  for (let i = 0, n = out.length; i < n; i++) {
    const second = pairedMeasure(paragraph.text, figures, out[i]);
    if (second && !out.some((o) => o.total === second.total)) out.push(second);
  }
  // A total score splits only into the scores of an evaluation's indicators (not 城区得分96分、农村得分93分).
  const kept = out.filter((b) => (b.total?.dimension !== '分' || b.parts.every(indicatorScore)) && !ofTheListsWhole(out, b));
  // 利润总额0.36亿元，其中物流板块盈利0.63亿元…客运板块亏损0.47亿元: gains and losses of one net whole.
  for (let i = 0; i < kept.length; i++) {
    const signed = signedParts(kept[i]);
    if (signed === null) kept.splice(i--, 1);
    else kept[i] = signed;
  }
  // Figures after 其中 that are no sibling parts (breakdowns/nested-parts.ts); parts named by kinds of means, of law or of
  // works (breakdowns/means-kinds.ts: 刑事/治安, 房屋建筑/市政, 最低收购价/市场化收购).
  for (let i = 0; i < kept.length; i++) kept[i] = meansKinds(withoutNestedParts(kept[i]));
  // 11,240 registered patients: 5,480 female and 5,690 male · 其中城镇人口…、农村人口…: the two halves of an exhaustive
  // pair are all of the whole (breakdowns/exhaustive-halves.ts).
  // 1,150 volunteers, of whom 640 give time every month and 480 help occasionally: regular and occasional are all of them
  // (breakdowns/en-frequency-halves.ts).
  for (let i = 0; i < kept.length; i++) kept[i] = exhaustiveHalves(kept[i]) ?? frequencyHalves(kept[i]) ?? kept[i];
  return kept;
}

/** 亏损0.47亿元 · 减少0.72万人 · a loss of £0.47m · a deficit of £0.23m: a part named as a loss or a fall. */
const LOSS_BEFORE = /(?:亏损|虧損|减少|減少|净减|淨減|(?:^|[^正])负|負)(?:额|額)?(?:为|為|了|达|達)?\s*$|\b(?:a\s+)?(?:net\s+)?(?:loss|deficit|shortfall)\s+of\s+$|\blost\s+$/i;
/** 盈利0.63亿元 · 增加1.24万人 · a profit of £0.63m · a surplus of £0.98m: a part named as a gain. */
const GAIN_BEFORE = /(?:盈利|盈餘|盈余|实现利润|實現利潤|增加|净增|淨增)(?:额|額)?(?:为|為|了|达|達)?\s*$|\b(?:a\s+)?(?:net\s+)?(?:profit|surplus|gain)\s+of\s+$|\b(?:made|earned|generated)\s+$/i;
/** 新增3400户 · 迁入 · 流入 · 新登记 · 调入 · 新招 · 新注册 · 转入 · 新发展党员68名: what came in, under a net change. */
const IN_BEFORE = /(?:新增|新登记|新登記|新注册|新註冊|迁入|遷入|流入|调入|調入|转入|轉入|新招|招录|招錄|录用|錄用|新进|新進|入职|入職|新发展|新發展|新入会|新入會|入会|入會|增加)(?:了)?\p{sc=Han}{0,3}?\s*$/u;
/** 注销2300户 · 迁出120人 · 流出 · 退出 · 离职 · 转出 · 死亡 · 减少: what left, under a net change. */
const OUT_BEFORE = /(?:注销|註銷|吊销|吊銷|迁出|遷出|流出|退出|离职|離職|调出|調出|转出|轉出|退休|辞职|辭職|解聘|死亡|去世|病故|出党|出黨|除名|退会|退會|减少|減少)(?:了)?\p{sc=Han}{0,3}?\s*$/u;
/** 利润总额, 净利润, 盈亏, net result, overall surplus: a whole that nets gains against losses. */
const NET_WHOLE = /利润|利潤|盈亏|盈虧|净增|淨增|\bnet\b|\bresult\b|\boverall\b/i;

/**
 * The breakdown with its loss parts marked (losses), or as it is. Parts of one side only (亏损 under 亏损, 减少 under
 * 减少) add up as they are; so do 减少 and 节约 (both cuts) side by side, where no part is a gain and the whole is no net
 * one. null where the whole is named as a loss over gains and losses (经营性亏损1.48亿元，…其中物流板块盈利0.63亿元…客运板块
 * 亏损1.19亿元): which loss it is — before or after what, of which side — the text does not say, and no sum is read.
 */
function signedParts(b: Breakdown): Breakdown | null {
  const total = b.total;
  if (!total) return b;
  const before = (f: Figure) => f.paragraph.text.slice(Math.max(0, f.offset - 20), f.offset);
  // 净增1200户，其中新增3400户、注销2300户: under a net change, what left (注销, 迁出, 流出) is taken off too.
  const netChange = isNetChange(total.paragraph.text, total);
  const losses = b.parts.filter((p) => p.value > 0 && (LOSS_BEFORE.test(before(p)) || (netChange && OUT_BEFORE.test(before(p)))));
  const gains = b.parts.filter((p) => !losses.includes(p) && (IN_BEFORE.test(before(p)) || GAIN_BEFORE.test(before(p))));
  // 净增1200户，其中新增3400户 (what left unread or unsaid): what came in is more than the net change, not a part of it.
  if (netChange && losses.length === 0 && gains.length > 0) return null;
  if (b.parts.length < 2) return b;
  // What came in and what went out are all of a net change: 1200 is 3400 − 2300, or the draft is wrong.
  if (netChange && losses.length > 0 && gains.length + losses.length === b.parts.length) return { ...b, losses: new Set(losses), complete: true, partition: true, whole: true, partial: false };
  if (losses.length === 0 || losses.length === b.parts.length) return b;
  const whole = before(total);
  if (LOSS_BEFORE.test(whole) || /亏损|虧損/.test(whole.slice(-6))) return null;
  if (!b.parts.some((p) => !losses.includes(p) && GAIN_BEFORE.test(before(p))) && !NET_WHOLE.test(whole) && !GAIN_BEFORE.test(whole)) return b;
  return { ...b, losses: new Set(losses) };
}

/**
 * We employ 412 staff: 186 in repairs, …, 72 in customer services and 40 in corporate services, of whom 96 work part
 * time: "of whom" after the last part of a list, counting more than that part but no more than the list's whole, is of
 * the whole — no breakdown of the part.
 */
function ofTheListsWhole(out: readonly Breakdown[], b: Breakdown): boolean {
  const total = b.total;
  if (!b.subsets || !total || !b.parts.some((p) => p.value > total.value)) return false;
  const outer = out.find((o) => o !== b && o.total !== undefined && o.parts.includes(total));
  return outer !== undefined && b.parts.every((p) => p.value <= outer.total!.value);
}

/** 、死亡 between the figures of one item: 18起、死亡15人, 0.82万笔、35.16亿元. */
const PAIRED_GAP = /^\s*、\p{sc=Han}{0,4}$/u;

/** The breakdown of the second measure each item of `b` (its whole and every part) pairs with the first, if all do. */
function pairedMeasure(text: string, figures: readonly Figure[], b: Breakdown): Breakdown | undefined {
  const next = (f: Figure): Figure | undefined => {
    const q = figures[figures.indexOf(f) + 1];
    if (!q || q.dimension === f.dimension || q.dimension === '' || q.dimension === '%' || q.approximate || q.words) return undefined;
    return PAIRED_GAP.test(text.slice(f.offset + f.length, q.offset)) ? q : undefined;
  };
  const total = b.total && next(b.total);
  if (!total || b.parts.length < 2) return undefined;
  const parts: Figure[] = [];
  for (const p of b.parts) {
    const q = next(p);
    if (!q || q.dimension !== total.dimension || q.unit !== total.unit) return undefined;
    parts.push(q);
  }
  const of = (p: Figure) => parts[b.parts.indexOf(p)];
  return { ...b, total, parts, groups: b.groups.map((g) => g.map(of)), amounts: undefined };
}
