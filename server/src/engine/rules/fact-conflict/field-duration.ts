/**
 * The duration a report's field table gives its own event (| Duration | 47 minutes | under "Post-Incident Review: Payment
 * API Outage") told again in the prose: "The outage lasted 52 minutes". The prose must name the event by a word of the
 * title (the outage, the incident) as the subject of "lasted", in the same unit, and give one value only; a part of the
 * event ("The first phase lasted 20 minutes", "the rollback lasted 8 minutes") names no word of the title.
 *
 * With no field table, in an incident's own report (Post-Incident Report, Incident Review, Outage Report: the title), the
 * prose telling the event's duration twice with two values: "The impact lasted 105 minutes" and "Following the 95-minute
 * outage". The event named by a word of the title or a word for an incident itself (the outage, the incident, the
 * impact, the disruption), with the, this or our right before it ("the 95-minute outage"; not "a 20-minute target", "the
 * first outage", "a previous 40-minute outage"), in one unit, two values only.
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';

const FIELD = /^\|\s*\**\s*(?:total\s+)?(?:duration|outage\s+duration|length|downtime)\s*\**\s*\|/i;
const LASTED_BEFORE = /(?:^|[.!?]\s+)(?:the|this|our)\s+([a-z][a-z-]+)\s+(?:had\s+)?lasted\s+(?:for\s+)?$/i;
const TIME_DIMENSIONS = new Set(['分钟', '小时', '天', '日', '周', '月']);
/** A report on one incident: its title names it so. */
const INCIDENT_TITLE = /\b(?:post[- ]incident|incident\s+(?:report|review)|outage\s+(?:report|review)|post[- ]mortem|major\s+incident)\b/i;
/** Words for the incident itself, as its report names it. */
const EVENT_WORDS = new Set(['incident', 'outage', 'impact', 'disruption', 'degradation', 'downtime', 'interruption']);
/** "the 95-minute outage", "this 2-hour incident": the event named by its duration (the figure's number, then the word). */
const SPAN_OF_EVENT = /^[\d.]+[- ](minute|hour|min)s?\s+([a-z][a-z-]+)\b/i;
const DEFINITE_BEFORE = /(?:^|[^a-z])(?:the|this|our)\s+$/i;

/** The pairs to report: [the prose statement, the field]. `title` is the draft's first line. */
export function fieldDurationPairs(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[], title: string, reported: ReadonlySet<Figure>): [Figure, Figure][] {
  const titleWords = new Set(title.toLowerCase().match(/[a-z][a-z-]+/g) ?? []);
  if (titleWords.size === 0) return [];
  const fields: Figure[] = [];
  const told: Figure[] = [];
  for (const p of paragraphs) {
    if (p.tableHeader) {
      if (!FIELD.test(p.text)) continue;
      const figures = figuresIn(p).filter((f) => TIME_DIMENSIONS.has(f.dimension) && !f.approximate);
      if (figures.length === 1) fields.push(figures[0]);
      continue;
    }
    if (/\p{sc=Han}/u.test(p.text) || !/lasted/i.test(p.text)) continue;
    for (const f of figuresIn(p)) {
      if (!TIME_DIMENSIONS.has(f.dimension) || f.approximate) continue;
      const m = LASTED_BEFORE.exec(p.text.slice(Math.max(0, f.offset - 60), f.offset));
      if (m && titleWords.has(m[1].toLowerCase())) told.push(f);
    }
  }
  if (fields.length === 0 && INCIDENT_TITLE.test(title)) return toldTwice(paragraphs, figuresIn, titleWords, reported);
  if (fields.length !== 1 || told.length === 0) return [];
  const field = fields[0];
  const values = new Set(told.filter((f) => f.dimension === field.dimension).map((f) => f.value));
  if (values.size !== 1 || values.has(field.value) || told.some((f) => f.dimension !== field.dimension)) return [];
  return told.filter((f) => !reported.has(f) && !reported.has(field)).map((f) => [f, field] as [Figure, Figure]);
}

/** The event's duration told in the prose of an incident's report with two values: [the odd one out (else the later), the other]. */
function toldTwice(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[], titleWords: ReadonlySet<string>, reported: ReadonlySet<Figure>): [Figure, Figure][] {
  const told: Array<{ f: Figure; unit: string }> = [];
  const named = (w: string) => titleWords.has(w.toLowerCase()) || EVENT_WORDS.has(w.toLowerCase());
  for (const p of paragraphs) {
    if (p.tableHeader || /\p{sc=Han}/u.test(p.text) || !/lasted|minute|hour/i.test(p.text)) continue;
    for (const f of figuresIn(p)) {
      if (f.approximate) continue;
      // "The impact lasted 105 minutes" (a time the model reads), "the 95-minute outage" (a number before its unit word).
      const lasted = TIME_DIMENSIONS.has(f.dimension) ? LASTED_BEFORE.exec(p.text.slice(Math.max(0, f.offset - 60), f.offset)) : null;
      const span = SPAN_OF_EVENT.exec(p.text.slice(f.numberStart, f.numberStart + 40));
      if (lasted && named(lasted[1])) told.push({ f, unit: f.dimension });
      else if (span && named(span[2]) && DEFINITE_BEFORE.test(p.text.slice(Math.max(0, f.numberStart - 12), f.numberStart))) told.push({ f, unit: /^h/i.test(span[1]) ? '小时' : '分钟' });
    }
  }
  if (told.length < 2 || told.some((t) => t.unit !== told[0].unit)) return [];
  const values = [...new Set(told.map((t) => t.f.value))];
  if (values.length !== 2) return [];
  const of = (v: number) => told.filter((t) => t.f.value === v).map((t) => t.f);
  const [a, b] = [of(values[0]), of(values[1])];
  const odd = a.length < b.length ? a : b;
  const other = odd === a ? b[0] : a[0];
  return odd.filter((f) => !reported.has(f) && !reported.has(other)).map((f) => [f, other] as [Figure, Figure]);
}
