/**
 * placeholder (part): a marker the report quotes from a record, not one it left in.
 *
 * The committee minute of 12 January 1994 reads: "Name of new wing: TBC." — the TBC is the minute's, quoted word for
 * word (in “…”, "…" or ‘…’); so is one in a block quote under such a lead-in (The minute reads: ⏎ > Name of new wing: TBC.), one in a
 * quotation the text says it gives exactly as written (We quote the minute exactly as it was written; [sic]), and
 * 纪要原文为：“新楼名称：待定。”, “……XX……”（原文如此）. A marker the text explains as the record's own word is named,
 * not left in: "TBC here is the committee's own abbreviation for …". Still blanks: [TBC] in the report's own voice,
 * Date: TBC, a table's value “TBC”, a quotation nobody attributes to a record (The form says "Date: TBC").
 */

import type { Line } from '../model/lines';

/**
 * Before a quotation, what attributes it to a record: the record and the verb that quotes it (the committee minute of
 * 12 January 1994 reads:, the 1952 register records), or how it was taken from it (as recorded in the minutes:, quoted
 * verbatim from the deed:, in the original:). Not a form, a template or a draft (the form says "Date: TBC").
 */
const RECORD_BEFORE_EN =
  /(?:\b(?:minutes?|record|records|entry|register|ledger|log|logbook|original|archives?|letter|memorandum|diary|journal|inscription|plaque|deed|charter|transcript|resolution|telegram|citation)\b[^"“”.!?;]{0,80}\b(?:reads?|says|said|states?|stated|ran|runs|records|recorded|noted|notes|wrote)|\b(?:as recorded(?:[ \t]+(?:in|on)[^"“”.!?;]{0,60})?|recorded as|(?:quoted|quoting|reproduced|transcribed|copied)[ \t]+(?:from|verbatim|exactly|word for word)[^"“”.!?;]{0,60}|verbatim|word for word|in (?:the|its) original(?:[ \t]+(?:form|wording))?))[ \t]*[,:]?[ \t]*$/i;
/** 纪要原文为：, 档案记载：, 原件写道：, 1994年的会议记录写着: a record and how it is quoted, straight before the quotation. */
const RECORD_BEFORE_ZH =
  /(?:原文|原件|原稿|原话|原話|原信|(?:纪要|紀要|记录|記錄|档案|檔案|日记|日記|批示|碑文|题词|題詞|信中|函中)[^“”"。！？；]{0,12}(?:写道|寫道|写着|寫著|记载|記載|载明|載明|记为|記為|原文(?:为|為|是)))[：:，,]?[ \t\u3000]*$/;
/**
 * After the quotation, later on the line: the text says it gives it exactly as written ([sic], We quote the minute
 * exactly as it was written, reproduced verbatim), 原文如此, 照录原文.
 */
const RECORD_AFTER =
  /\[sic\]|\(sic\)|原文如此|照录原文|照錄原文|据原件|據原件|引自原件|\b(?:quote[ds]?|quoting|reproduce[ds]?|reproducing|cite[ds]?|transcribed?|copied)\b[^.!?]{0,40}(?:\bexactly[ \t]+as\b|\bverbatim\b|\bword for word\b|\bas (?:it was|they were|originally|first) (?:written|recorded|typed|minuted)\b)/i;

/** The sentence before `at` (from at most 200 characters back). */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 200), at).split(/[.!?;。！？；](?:\s|$)|[。！？；]/).pop() ?? '';
}

/**
 * The marker at [start, end) lies inside a quotation of the line (`spans`: open, close, … as quotationSpans gives them)
 * that the text attributes to a record, before the quotation or after it on the line.
 */
export function recordQuotation(text: string, start: number, end: number, spans: readonly number[]): boolean {
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const open = spans[k];
    const close = spans[k + 1];
    if (open >= start) break;
    if (close < end) continue;
    return attributed(text, open, close);
  }
  const single = singleQuotation(text, start, end);
  return single !== undefined && attributed(text, single[0], single[1]);
}

function attributed(text: string, open: number, close: number): boolean {
  const before = sentenceBefore(text, open);
  return RECORD_BEFORE_EN.test(before) || RECORD_BEFORE_ZH.test(before) || RECORD_AFTER.test(text.slice(close, close + 300));
}

/**
 * The single quotation (‘…’, how British reports quote) around [start, end): the last ‘ before it, and the first ’ after
 * it that no letter follows (the minute reads: ‘Name of new wing: TBC.’). A ’ between them that no letter follows closed
 * the quotation before the marker (committee’s is an apostrophe).
 */
function singleQuotation(text: string, start: number, end: number): [number, number] | undefined {
  const open = text.lastIndexOf('‘', start - 1);
  if (open < 0 || start - open > 200) return undefined;
  for (let i = text.indexOf('’', open); i >= 0 && i < start; i = text.indexOf('’', i + 1)) if (!/\p{L}/u.test(text[i + 1] ?? '')) return undefined;
  for (let i = text.indexOf('’', end); i >= 0; i = text.indexOf('’', i + 1)) if (!/\p{L}/u.test(text[i + 1] ?? '')) return [open, i];
  return undefined;
}

/**
 * After TBC, TBD or TBA: the text explains it as a record's word — "TBC here is the committee's own abbreviation for
 * "to be confirmed"", "TBD in the minute stands for …", "TBC is short for …". The marker is named, not left in.
 */
const EXPLAINED_AFTER =
  /^[ \t]*["”’']?[ \t]+(?:(?:here|there|in (?:this|that|the) (?:minutes?|record|entry|note|letter|context|original))[ \t]+)?(?:(?:is|was)[ \t]+(?:(?:the|an?|their|its|our)[ \t]+)?(?:[\w-]+(?:'s|’s)[ \t]+)?(?:own[ \t]+)?(?:abbreviation|acronym|initialism|shorthand|short[ \t]+for)\b|(?:stands|stood)[ \t]+for\b)/i;
export function explainedMarker(text: string, end: number): boolean {
  return EXPLAINED_AFTER.test(text.slice(end, end + 80));
}

/** A Markdown block quote's line (> …). */
const BLOCK_QUOTE = /^[ \t]{0,3}>/;
/** The line is a block quote's; the line leads into a quotation of a record (…reads:); the line says it quoted one exactly. */
const IS_BLOCK_QUOTE = 1;
const LEADS_TO_RECORD = 2;
const QUOTED_EXACTLY = 4;

/** What recordBlockLines reads of a line alone (kept per line by the model: doc.lineFacts). */
export function recordFact(line: Line): number {
  if (line.kind !== 'text') return 0;
  const text = line.text;
  if (BLOCK_QUOTE.test(text)) return IS_BLOCK_QUOTE | (RECORD_AFTER.test(text) ? QUOTED_EXACTLY : 0);
  const prose = line.prose.trimEnd();
  let facts = 0;
  if ((prose.endsWith(':') || prose.endsWith('：')) && (RECORD_BEFORE_EN.test(prose) || RECORD_BEFORE_ZH.test(prose))) facts |= LEADS_TO_RECORD;
  if (RECORD_AFTER.test(prose)) facts |= QUOTED_EXACTLY;
  return facts;
}

/**
 * The lines of a block quote that quotes a record: the line before the block (a blank line between at most) leads into
 * it as a record's words (The committee minute of 12 January 1994 reads:), or the block or the paragraph right after it
 * says it is quoted exactly ([sic], We quote the minute exactly as it was written).
 */
export function recordBlockLines(lines: readonly Line[], facts: Uint8Array): Set<Line> {
  const out = new Set<Line>();
  for (let i = 0; i < facts.length; i++) {
    if ((facts[i] & IS_BLOCK_QUOTE) === 0) continue;
    let j = i;
    let exact = false;
    while (j < facts.length && facts[j] & IS_BLOCK_QUOTE) exact ||= (facts[j++] & QUOTED_EXACTLY) !== 0;
    // The line before the block, over one blank line; the line after it, over one blank line.
    const before = i > 0 && lines[i - 1].kind === 'blank' ? i - 2 : i - 1;
    const after = j < lines.length && lines[j].kind === 'blank' ? j + 1 : j;
    const led = before >= 0 && (facts[before] & LEADS_TO_RECORD) !== 0;
    const followed = after < facts.length && (facts[after] & (QUOTED_EXACTLY | IS_BLOCK_QUOTE)) === QUOTED_EXACTLY;
    if (led || exact || followed) for (let k = i; k < j; k++) out.add(lines[k]);
    i = j;
  }
  return out;
}
