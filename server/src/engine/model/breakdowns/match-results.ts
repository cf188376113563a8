// The results of the games a team played: "played 24, won 14, drew 6, lost 6" · "played 24 league matches, winning 14,
// drawing 6 and losing 6" · "30 fixtures, of which they won 18, drew 7 and lost 8" · "14 wins, 6 draws and 4 defeats" ·
// 共参加比赛24场，胜14场、平6场、负4场 · 24战14胜6平4负. Each game is won, drawn or lost, once: the results never add up to
// more than the games played, and where all three are given they are all of them.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { sentenceStart, SENTENCE_END, type Breakdown } from './shared';

type Result = 'win' | 'draw' | 'loss';

/** won 14 · winning 14 · drew 6 · lost 6 · wins 14: the result's word before the figure. */
const RESULT_BEFORE_EN = /\b(?:(won|winning|wins?)|(drew|drawing|draws?|drawn|tied|tying)|(lost|losing|losses|loss))\s+(?:of\s+them\s+)?$/i;
/** 14 wins · 6 draws · 6 defeats · 14 were won: the result's word after the figure. */
const RESULT_AFTER_EN = /^\s+(?:(?:of\s+them\s+)?(?:were|was)\s+)?(?:(wins?|won|victories)|(draws?|drawn|ties|tied)|(defeats?|losses|lost))\b/i;
/** 胜14场 · 平6场 · 负6场 · 败6场: the result before the figure. */
const RESULT_BEFORE_ZH = /(?:(胜|勝|赢|贏)|(平|平局)|(负|負|败|敗|输|輸))$/;
/** 14胜 · 6平 · 6负: the result right after the figure (24战14胜6平4负). */
const RESULT_AFTER_ZH = /^(?:场|場)?(?:(胜|勝)|(平)|(负|負|败|敗))/;

/** played 24 · 24 matches played · 24 league games · 24 fixtures: what the games played are counted by. */
const PLAYED_BEFORE_EN = /\bplayed\s+(?:a\s+total\s+of\s+)?$/i;
const GAMES_AFTER_EN = /^\s+(?:[a-z-]+\s+){0,2}?(?:matches|games|fixtures|ties|bouts)\b/i;
/** 比赛24场 · 参赛24场 · 24战: the games played. */
const GAMES_ZH = /(?:比赛|比賽|参赛|參賽|赛事|賽事|出战|出戰|联赛|聯賽)\p{sc=Han}{0,2}$/u;

function resultOf(text: string, f: Figure, english: boolean): Result | undefined {
  const before = text.slice(Math.max(0, f.offset - 24), f.offset);
  const after = text.slice(f.numberEnd, f.numberEnd + 24);
  const m = english ? (RESULT_BEFORE_EN.exec(before) ?? RESULT_AFTER_EN.exec(after)) : (RESULT_BEFORE_ZH.exec(before) ?? RESULT_AFTER_ZH.exec(after));
  if (!m) return undefined;
  return m[1] ? 'win' : m[2] ? 'draw' : 'loss';
}

function gamesPlayed(text: string, f: Figure): boolean {
  const before = text.slice(Math.max(0, f.offset - 24), f.offset);
  const after = text.slice(f.numberEnd, f.numberEnd + 30);
  if (PLAYED_BEFORE_EN.test(before) || (GAMES_AFTER_EN.test(after) && /\bplay/i.test(text.slice(Math.max(0, f.offset - 40), f.numberEnd + 50)))) return true;
  return (GAMES_ZH.test(before) && /^(?:场|場)/.test(after)) || /^(?:战|戰)/.test(after);
}

/** The results after a count of the games played, in its sentence: each result once, two of them at least. */
export function matchResultBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  for (let k = 0; k < figures.length - 2; k++) {
    const total = figures[k];
    if (total.approximate || total.perUnit || !gamesPlayed(text, total)) continue;
    const english = !/\p{sc=Han}/u.test(text.slice(Math.max(0, total.offset - 8), total.offset + total.length + 8));
    const parts: Figure[] = [];
    const seen = new Set<Result>();
    let j = k + 1;
    for (; j < figures.length && parts.length < 3; j++) {
      const f = figures[j];
      if (SENTENCE_END.test(text.slice(figures[j - 1].offset + figures[j - 1].length, f.offset))) break;
      const r = resultOf(text, f, english);
      if (!r || seen.has(r) || f.approximate || f.perUnit) break;
      seen.add(r);
      parts.push(f);
    }
    if (parts.length < 2 || !seen.has('win') || !seen.has('loss')) continue;
    // The results of these games, not of some of them (home games, cup ties) or of another season: the sentence holds
    // no other count between the games and the first result.
    if (sentenceStart(text, parts[0].offset, 200) > total.offset) continue;
    const complete = seen.size === 3;
    out.push({ paragraph, total, parts, cueAt: parts[0].offset, complete, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
    k = j - 1;
  }
  return out;
}
