// What was done with what was found or received, in the next clause of one sentence — never more than it:
//   发现问题57个，已整改到位61个 · 受理投诉120件，办结135件 · 排查隐患36处，完成整改40处 · We received 120 complaints
//   and resolved 135 of them
// and a floor stated for some of a whole above the floor of the whole: 全年发表论文不少于10篇，其中核心期刊不少于15篇.
// Each is one part of its whole (subsets), checked only for being more than it.
// What was done and the rest, each in the next clause (审计指出问题5个，已整改完成4个，剩余2个正在整改): all of the whole.
//
// Not where the sentence says the done may count more than this year's found or received: a carry-over (上年结转, 含旧存,
// 不含旧存, 历年, 遗留, 累计); not a court's 审结 or 结案 of 收案 (its pending cases carry over every year, said or not);
// not a rule for a subgroup of people (每人…不少于30学时，其中大型客车驾驶人不少于60学时: a stricter floor for them).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { CLAUSE_END, canBeTotal, isChange, sentenceStart, type Breakdown } from './shared';

/** The found or received, named by its verb in the figure's own clause: 发现问题, 受理投诉, 排查出隐患, 收到群众来信. */
const FOUND_ZH = /(?:发现|發現|指出|反馈|反饋|查出|排查出?|查摆出?|查擺出?|查找出?|梳理出?|受理|收到|接到|接收|收集|征集|交办|交辦|移交|转办|轉辦|登记|登記)[\p{sc=Han}“”"]{0,10}$/u;

/** The done, by its verb in the next clause: 已整改到位, 办结, 完成整改, 已化解, 答复. */
const DONE_ZH = /^[，,]\s*(?:目前|截至目前|现已|現已|均已|全部|已经|已經|已|共|累计)?(?:整改到位|整改完成|完成整改|整改|办结|辦結|办复|辦復|答复|答復|回复|回復|化解|解决|解決|销号|銷號|处置|處置|调处|調處)(?:到位|完毕|完畢|销号|銷號|的)?\s*$/;

/** The sentence says what was done may include what came before this count: a carry-over, a backlog, a running total. */
const CARRIED_OVER = /结转|結轉|旧存|舊存|积存|積存|存量|上年|去年|往年|历年|歷年|以前年度|遗留|遺留|累计|累計|跨年|此前|前期|含/;

/** 不少于10篇, 至少15篇: a floor, not an amount. */
const FLOOR_BEFORE = /(?:不少于|不少於|不低于|不低於|不下于|不下於|至少)\s*$/;

/** A floor for each of some people (每人, 人均) or a subgroup of people (驾驶人, 教师, 学员): a rule for them, not a part. */
const PER_PERSON = /每|人均|生均/;
const PEOPLE_LABEL = /(?:人|员|員|师|師|生|者|干部|幹部|职工|職工|学员|學員)$/;

export function doneFoundBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const zh = /[\u4e00-\u9fff]/.test(text);
  const out: Breakdown[] = [];
  for (let k = 0; k + 1 < figures.length; k++) {
    const whole = figures[k];
    const part = figures[k + 1];
    if (whole.approximate || part.approximate || whole.perUnit || part.perUnit || !canBeTotal(whole)) continue;
    if (!zh) {
      if (doneOfFoundEn(text, whole, part) || returnedOfSentEn(text, whole, part)) out.push(oneSubset(paragraph, whole, part));
      continue;
    }
    if (whole.dimension !== part.dimension || whole.unit !== part.unit || whole.scale !== part.scale) continue;
    const rest = doneAndRest(text, figures, k);
    if (rest) {
      out.push(rest);
      continue;
    }
    // 发现问题同比减少57个: a change of the count, not the count.
    if (part.value <= whole.value || isChange(text, whole) || isChange(text, part)) continue;
    const gap = text.slice(whole.offset + whole.length, part.offset);
    if (gap.length > 30 || CLAUSE_END.test(gap)) continue;
    const start = sentenceStart(text, whole.offset, 200);
    const sentenceEnd = text.slice(part.offset).search(/[。！？!?；;]/);
    const sentence = text.slice(start, sentenceEnd < 0 ? text.length : part.offset + sentenceEnd);
    const floor = floorPart(text, whole, gap, sentence);
    const done = !floor && (doneOfFound(text, whole, gap, start, sentence) || returnedOfSent(text, whole, gap, start));
    if (!floor && !done) continue;
    out.push(oneSubset(paragraph, whole, part));
  }
  return out;
}

/** ，剩余 · ，其余 · ，尚有 · ，未整改的: the clause that counts the rest of what was found. */
const REST_ZH = /^[，,]\s*(?:剩余|剩餘|其余|其餘|余下|餘下|尚余|尚餘|尚有|还有|還有|未整改的?|尚未整改的?)(?:的)?(?:问题|問題|隐患|隱患)?\s*$/;

/** ，其中已整改 · ，已整改完成: the done clause right after the whole, 其中 allowed before it. */
const DONE_AFTER_AMONG = /^[，,]\s*其中[，,：:]?\s*/;

/**
 * 审计指出问题5个，已整改完成4个，剩余2个正在整改: the found, what was done with it and the rest, each in the next
 * clause of one sentence, all in one unit — the done and the rest are all of the found.
 */
function doneAndRest(text: string, figures: readonly Figure[], k: number): Breakdown | undefined {
  const [whole, done, rest] = [figures[k], figures[k + 1], figures[k + 2]];
  if (!rest || rest.approximate || rest.perUnit || rest.unit !== whole.unit || rest.scale !== whole.scale || done.value > whole.value) return undefined;
  if (isChange(text, whole) || isChange(text, done) || isChange(text, rest)) return undefined;
  const gap = text.slice(whole.offset + whole.length, done.offset).replace(DONE_AFTER_AMONG, '，');
  if (!DONE_ZH.test(gap) || !REST_ZH.test(text.slice(done.offset + done.length, rest.offset))) return undefined;
  const start = sentenceStart(text, whole.offset, 200);
  const end = text.slice(rest.offset).search(/[。！？!?；;]/);
  if (!doneOfFound(text, whole, gap, start, text.slice(start, end < 0 ? text.length : rest.offset + end))) return undefined;
  const parts = [done, rest];
  return { paragraph: figures[k].paragraph, total: whole, parts, cueAt: whole.offset + whole.length, complete: true, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true };
}

function oneSubset(paragraph: Paragraph, whole: Figure, part: Figure): Breakdown {
  return { paragraph, total: whole, parts: [part], cueAt: whole.offset + whole.length, complete: false, partial: false, partition: false, groups: [], approximate: false, whole: true, bracketed: false, subsets: true, sumOnly: true };
}

/** We received 120 complaints: the count after the verb that says it came in or was found. */
const FOUND_EN = /\b(?:received|logged|identified|found|raised|recorded|registered|opened)\s+(?:a\s+total\s+of\s+)?$/i;
/** " and resolved ": the next clause's verb of what was done, nothing else between. */
const DONE_EN = /^\s*,?\s+and\s+(?:we\s+)?(?:have\s+|had\s+)?(?:resolved|closed|handled|dealt\s+with|answered|responded\s+to|fixed|cleared|settled)\s+$/i;
/** " of them.", " within 20 days.": what may follow the done count (not "other cases", a count of something else). */
const DONE_TAIL_EN = /^\s*(?:of\s+(?:them|these|those)\b|within\b|in\s+full\b|[.;,]|$)/i;
/** carried over, brought forward, a backlog, from the previous year, including earlier ones. */
const CARRIED_OVER_EN = /\b(?:carried\s+(?:over|forward)|brought\s+forward|backlog|outstanding|previous|last\s+year|prior|earlier|including|cumulative)\b/i;

/** We received 120 complaints and resolved 135 of them. */
function doneOfFoundEn(text: string, whole: Figure, part: Figure): boolean {
  if (part.value <= whole.value || whole.dimension !== 'count' || (part.dimension !== '' && (part.dimension !== 'count' || part.unit !== whole.unit))) return false;
  if (!FOUND_EN.test(text.slice(Math.max(0, whole.offset - 30), whole.offset))) return false;
  if (!DONE_EN.test(text.slice(whole.offset + whole.length, part.offset)) || !DONE_TAIL_EN.test(text.slice(part.offset + part.length, part.offset + part.length + 12))) return false;
  const start = sentenceStart(text, whole.offset, 200);
  const end = text.slice(part.offset).search(/[.!?](?:\s|$)/);
  return !CARRIED_OVER_EN.test(text.slice(start, end < 0 ? text.length : part.offset + end));
}

/** 发现问题57个，已整改到位61个: the whole found or received in its own clause, the part done with it in the next. */
function doneOfFound(text: string, whole: Figure, gap: string, start: number, sentence: string): boolean {
  // The whole's own clause: from the last comma (or the sentence start) to the figure.
  let from = whole.offset;
  while (from > start && !/[，,、：:；;。]/.test(text[from - 1])) from--;
  const own = text.slice(from, whole.offset);
  if (!FOUND_ZH.test(own) || own.includes('其中')) return false;
  return DONE_ZH.test(gap) && !CARRIED_OVER.test(sentence);
}

/** We sent out 300 questionnaires · 300 ballot papers were issued: forms sent, by the verb before or after the count. */
const FORMS_EN = /^(?:questionnaires|surveys|survey\s+forms|forms|ballots|ballot\s+papers|voting\s+papers|response\s+forms)$/i;
const SENT_BEFORE_EN = /\b(?:sent(?:\s+out)?|issued|distributed|posted|mailed|handed\s+out|gave\s+out)\s+$/i;
const SENT_AFTER_EN = /^\s+(?:were|was)\s+(?:sent(?:\s+out)?|issued|distributed|posted|mailed|handed\s+out|given\s+out)/i;
/** " and 320 were returned", "; 320 came back": what came back, in the next clause. */
const RETURNED_EN = /^(?:\s+(?:to\s+[a-z]+|in\s+[A-Z][a-z]+)){0,1}(?:\s+(?:were|was)\s+(?:sent(?:\s+out)?|issued|distributed|posted|mailed|handed\s+out|given\s+out)(?:\s+to\s+[a-z]+)?)?\s*(?:,\s*and|\s+and|;|,)\s+$/i;
const RETURNED_TAIL_EN = /^\s+(?:were|was|have\s+been|had\s+been)\s+(?:returned|completed\s+and\s+returned|sent\s+back|received\s+back)|^\s+came\s+back/i;

/** We sent out 300 questionnaires and 320 were returned: more came back than went out. */
function returnedOfSentEn(text: string, whole: Figure, part: Figure): boolean {
  if (part.value <= whole.value || whole.dimension !== 'count' || part.dimension !== '' || !FORMS_EN.test(whole.unit)) return false;
  const after = text.slice(whole.offset + whole.length, whole.offset + whole.length + 40);
  if (!SENT_BEFORE_EN.test(text.slice(Math.max(0, whole.offset - 24), whole.offset)) && !SENT_AFTER_EN.test(after)) return false;
  return RETURNED_EN.test(text.slice(whole.offset + whole.length, part.offset)) && RETURNED_TAIL_EN.test(text.slice(part.offset + part.length, part.offset + part.length + 40));
}

/** 发放问卷300份 · 应到委员45人: forms sent out, or the members expected at a meeting, named in the figure's own clause. */
const SENT_ZH = /(?:发放|發放|发出|發出|下发|下發|派发|派發)(?:调查|調查|测评|測評)?(?:问卷|問卷|调查表|調查表|测评表|測評表|选票|選票|答卷)$/;
const EXPECTED_ZH = /(?:应到|應到|应出席|應出席|应参会|應參會|应参加会议|應參加會議|应参加表决|應參加表決)(?:的)?(?:委员|委員|代表|人员|人員|会员|會員|成员|成員|理事|董事|监事|監事)?$/;
/** ，回收320份 · ，实到48人: the forms returned, the members present, in the next clause. */
const RETURNED_ZH = /^[，,]\s*(?:共|实际|實際)?(?:回收|收回)(?:有效)?(?:调查|調查|测评|測評)?(?:问卷|問卷|调查表|調查表|测评表|測評表|选票|選票|答卷)?\s*$/;
const PRESENT_ZH = /^[，,]\s*(?:实到|實到|实际出席|實際出席|实际到会|實際到會|实际参会|實際參會|实际参加表决|實際參加表決|到会|到會|出席)(?:的)?(?:委员|委員|代表|人员|人員|会员|會員|成员|成員|理事|董事|监事|監事)?\s*$/;

/**
 * 共发放问卷300份，回收320份 · 应到委员45人，实到48人: what came back of what was sent out, who came of those expected —
 * some of the whole, in the next clause.
 */
function returnedOfSent(text: string, whole: Figure, gap: string, start: number): boolean {
  let from = whole.offset;
  while (from > start && !/[，,、：:；;。]/.test(text[from - 1])) from--;
  const own = text.slice(from, whole.offset).trim();
  return (SENT_ZH.test(own) && RETURNED_ZH.test(gap)) || (EXPECTED_ZH.test(own) && PRESENT_ZH.test(gap));
}

/** 不少于10篇，其中核心期刊不少于15篇: a floor for some of the whole above the floor of the whole. */
function floorPart(text: string, whole: Figure, gap: string, sentence: string): boolean {
  if (!FLOOR_BEFORE.test(text.slice(Math.max(0, whole.offset - 4), whole.offset))) return false;
  const m = /^[，,]\s*其中[，,：:]?\s*(\p{sc=Han}{0,12}?)(?:的)?(?:不少于|不少於|不低于|不低於|不下于|不下於|至少)\s*$/u.exec(gap);
  if (!m) return false;
  return !PEOPLE_LABEL.test(m[1]) && !PER_PERSON.test(sentence);
}
