// The replies to the requests a sentence before counts, in a sentence of their own opened by 从答复结果看 (从办理结果看,
// 从处理情况看): 全年共收到政府信息公开申请42件，均在法定期限内予以答复。从答复结果看，予以公开27件，部分公开9件，不予公开4件，
// 因本机关不掌握相关政府信息无法提供8件 (48件). Each request gets one reply, so the replies (members of one family of answers:
// 予以公开/部分公开/不予公开/无法提供, 维持/撤销/驳回, 采纳/未采纳) cannot add up to more than the requests — save those carried
// over from the year before (上年结转2件), stated anywhere in the report (a row of its table too): the replies may
// answer them as well. The whole is the one figure of the replies' unit in the sentence before (none when it holds two:
// 收到42件，办结40件 leaves it in doubt). Only a sum past the whole and what was carried over is read.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { familyOf, labelOf } from './kinds';
import { canBeTotal, endsSentenceAt, isChange, partitionOf, type Breakdown } from './shared';

/** 。从答复结果看， · 从办理情况来看： — the sentence's opening cue (at the paragraph's start or after 。！？；). */
const REPLY_CUE = /(^|[。！？；])\s*(?:从|從)(?:答复|答覆|办理|辦理|处理|處理|审理|審理|复议|復議)(?:结果|結果|情况|情況)(?:看|来看|來看)[，,：:]/gu;

/** Families whose members are one reply each: one request, case or voter has only one of them. */
const REPLY_FAMILIES = new Set(['disclosureReply', 'reviewDecision', 'handlingResult', 'stance']);

/** 上年结转2件 · 上年结转申请数  2  0  2: requests carried over from the year before, which this year's replies may answer. */
const CARRIED = /(?:上年|上一年|上年度|上一年度)(?:度)?(?:结转|結轉)/gu;

/** Whether a paragraph holds something the reader reads (for sum-mismatch's checkSummary: such paragraphs are read whole). */
export function mayHoldReplies(text: string): boolean {
  return (text.includes('看') && /(?:从|從)\p{sc=Han}{2,4}(?:看|来看|來看)/u.test(text)) || text.includes('结转') || text.includes('結轉');
}

/** The most requests said anywhere to have been carried over from the year before (0 if none). */
function carriedOver(paragraphs: readonly Paragraph[]): number {
  let most = 0;
  for (const p of paragraphs) {
    if (!p.text.includes('结转') && !p.text.includes('結轉')) continue;
    for (const m of p.text.matchAll(CARRIED)) {
      const rest = p.text.slice(m.index + m[0].length).split(/[\n。；;]/)[0].slice(0, 60);
      for (const n of rest.matchAll(/\d[\d,]*/g)) most = Math.max(most, Number(n[0].replace(/,/g, '')));
    }
  }
  return most;
}

export function readReplyBreakdowns(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  let carried: number | undefined;
  for (const p of paragraphs) {
    if (!p.text.includes('看') || p.tableHeader) continue;
    for (const cue of p.text.matchAll(REPLY_CUE)) {
      const b = replies(p, figuresIn(p), cue.index + cue[1].length, cue.index + cue[0].length);
      if (!b) continue;
      carried ??= carriedOver(paragraphs);
      const sum = b.parts.reduce((s, f) => s + f.value, 0);
      if (sum > b.total!.value + carried) out.push(b);
    }
  }
  return out;
}

/** The replies after the cue (ending at `cueAt`) and their whole in the sentence before the cue's sentence (at `at`). */
function replies(p: Paragraph, figures: readonly Figure[], at: number, cueAt: number): Breakdown | undefined {
  const text = p.text;
  const end = (() => {
    for (let i = cueAt; i < text.length; i++) if (endsSentenceAt(text, i)) return i;
    return text.length;
  })();
  const parts = figures.filter((f) => f.offset >= cueAt && f.offset < end);
  if (parts.length < 2) return undefined;
  // Each part a different member of one family of replies, each in a clause of its own (，、；), all of one unit.
  const kinds = parts.map((f) => familyOf(labelOf(f)));
  const family = kinds[0]?.family;
  if (!family || !REPLY_FAMILIES.has(family) || kinds.some((k) => k?.family !== family)) return undefined;
  if (new Set(kinds.map((k) => k!.member)).size !== parts.length) return undefined;
  if (parts.some((f) => f.unit !== parts[0].unit || f.dimension !== parts[0].dimension || f.approximate || !canBeTotal(f) || isChange(text, f))) return undefined;
  for (let i = 1; i < parts.length; i++) if (!/^\s*[、，,；;]\s*[^\d、，,；;。]*$/u.test(text.slice(parts[i - 1].offset + parts[i - 1].length, parts[i].offset))) return undefined;
  if (!/^\s*(?:[。！？]|$)/u.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, end + 1))) return undefined;
  // The sentence before: back from the cue to the sentence end before it.
  if (at <= 0) return undefined;
  let start = at - 1;
  while (start > 0 && !endsSentenceAt(text, start - 1)) start--;
  const wholes = figures.filter((f) => f.offset >= start && f.offset < at && f.unit === parts[0].unit && f.dimension === parts[0].dimension && canBeTotal(f) && !isChange(text, f));
  if (wholes.length !== 1 || wholes[0].approximate) return undefined;
  return partitionOf(p, wholes[0], parts, cueAt, { sumOnly: true });
}
