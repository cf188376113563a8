/**
 * The total row of an English pipe table restating a count the prose names by the column's own words: "| **Total** |
 * **312** |" in the "Valid reports" column and "Three recurring themes emerged from the 318 valid reports". The prose
 * names the whole set by the definite article (the, all, these, our) and the head's words exactly, with no scope of its
 * own after them (from the mobile app, in 2024, closed, who complained): every one of the counted things, as the total
 * counts them.
 *
 * Silent for a column of amounts, rates or changes, for a head of more than four words or none plural, a table with
 * "of which" or subtotal rows, where the prose sentence names a year, a quarter or another period, where the prose gives
 * more than one value other than the total's, and where it agrees with the total.
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';
import { cellsOf } from './table-total-prose';

const TOTAL_LABEL_EN = /^(?:\*\*|__)?(?:total|totals|grand total|all|overall)(?:\*\*|__)?$/i;
const NESTED_LABEL_EN = /^(?:\*\*|__)?(?:sub-?total|of which|including)\b/i;
/**
 * "Valid reports", "Complaints received", "Cases closed": a plural noun phrase of two to four words (a participle may end
 * it). A head of one word ("Cases", "Allegations") names no set of its own: "the 392 cases closed" under a table of the
 * cases opened is another set.
 */
const HEAD_EN = /^[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3}$/;
const NOT_A_COUNT_HEAD_EN = /\b(?:rate|share|percentage|per|average|mean|median|change|growth|target|budget|forecast|plan|planned|value|amount|cost|costs|spend|paid|income|rewards|time|days|hours|minutes|score)\b|%|£|\$|€/i;
/** Another time or a scope of its own in the prose sentence. */
const OTHER_TIME_EN = /\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:quarter|month|half|last\s+year|previous\s+year|prior\s+year|a\s+year\s+(?:earlier|ago))\b/i;
/** A scope after the noun phrase: "the 318 valid reports from the mobile app". */
const SCOPE_AFTER_EN = /^\s+(?:from|in|at|for|of|on|about|across|under|by|with|without|between|among|who|that|which|where|[a-z]{3,}ed)\b/i;

interface TotalCount {
  f: Figure;
  phrase: string;
}

function totalCounts(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): TotalCount[] {
  const out: TotalCount[] = [];
  let header: readonly string[] | undefined;
  let nested = false;
  for (const p of paragraphs) {
    if (!p.tableHeader) continue;
    if (p.tableHeader !== header) (header = p.tableHeader), (nested = false);
    if (p.text.length > 400) continue;
    const cells = cellsOf(p.text);
    if (cells.length < 2) continue;
    if (NESTED_LABEL_EN.test(cells[0].text)) nested = true;
    if (!TOTAL_LABEL_EN.test(cells[0].text) || nested) continue;
    const figures = figuresIn(p);
    for (let c = 1; c < cells.length && c < p.tableHeader.length; c++) {
      const inCell = figures.filter((f) => f.offset >= cells[c].start && f.offset + f.length <= cells[c].end);
      if (inCell.length !== 1) continue;
      const f = inCell[0];
      if (f.approximate || f.words || f.perUnit || f.decimals > 0 || !(f.dimension === '' || f.dimension === 'count') || !/^[\s*_]*[\d,]+[\s*_]*$/.test(cells[c].text)) continue;
      const head = p.tableHeader[c].replace(/[*_`]/g, '').trim();
      if (!HEAD_EN.test(head) || NOT_A_COUNT_HEAD_EN.test(head) || !/s\b/.test(head)) continue;
      out.push({ f, phrase: head.toLowerCase() });
    }
  }
  return out;
}

/** The pairs to report: [the prose figure, the table's total]. */
export function tableTotalProsePairsEn(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[], reported: ReadonlySet<Figure>): [Figure, Figure][] {
  if (!paragraphs.some((p) => p.tableHeader)) return [];
  const totals = totalCounts(paragraphs, figuresIn);
  const out: [Figure, Figure][] = [];
  for (const t of totals) {
    if (reported.has(t.f)) continue;
    const words = t.phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const named = new RegExp(`\\b(?:[Tt]he|[Aa]ll(?:\\s+(?:of\\s+)?the)?|[Tt]hese|[Oo]ur)\\s+(\\d[\\d,]*)\\s+${words}\\b`, 'gi');
    const prose: Figure[] = [];
    for (const p of paragraphs) {
      if (p.tableHeader || /^\s*\|/.test(p.text)) continue;
      for (const m of p.text.matchAll(named)) {
        const at = m.index! + m[0].indexOf(m[1]);
        const f = figuresIn(p).find((g) => g.numberStart === at);
        if (!f || f.approximate || f.words || f.decimals > 0) continue;
        if (SCOPE_AFTER_EN.test(p.text.slice(m.index! + m[0].length))) continue;
        const sentenceStart = Math.max(p.text.lastIndexOf('. ', m.index!) + 1, 0);
        // (Up to 80 characters after the figure: what the document part's summary of the paragraph keeps.)
        const reach = p.text.slice(m.index!, f.offset + f.length + 80);
        const sentenceEnd = reach.search(/[.!?](?:\s|$)/);
        const sentence = p.text.slice(sentenceStart, m.index! + (sentenceEnd < 0 ? reach.length : sentenceEnd));
        if (OTHER_TIME_EN.test(sentence)) continue;
        prose.push(f);
      }
    }
    // One value other than the total's (the prose may state the total's too: "All 312 valid reports were triaged").
    const values = [...new Set(prose.map((f) => f.value))].filter((v) => v !== t.f.value);
    if (values.length !== 1) continue;
    for (const f of prose) if (f.value === values[0] && !reported.has(f)) out.push([f, t.f]);
  }
  return out;
}
