/**
 * The duration a report's field table gives its own event (| Duration | 47 minutes | under "Post-Incident Review: Payment
 * API Outage") told again in the prose: "The outage lasted 52 minutes". The prose must name the event by a word of the
 * title (the outage, the incident) as the subject of "lasted", in the same unit, and give one value only; a part of the
 * event ("The first phase lasted 20 minutes", "the rollback lasted 8 minutes") names no word of the title.
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';

const FIELD = /^\|\s*\**\s*(?:total\s+)?(?:duration|outage\s+duration|length|downtime)\s*\**\s*\|/i;
const LASTED_BEFORE = /(?:^|[.!?]\s+)(?:the|this|our)\s+([a-z][a-z-]+)\s+(?:had\s+)?lasted\s+(?:for\s+)?$/i;
const TIME_DIMENSIONS = new Set(['分钟', '小时', '天', '日', '周', '月']);

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
  if (fields.length !== 1 || told.length === 0) return [];
  const field = fields[0];
  const values = new Set(told.filter((f) => f.dimension === field.dimension).map((f) => f.value));
  if (values.size !== 1 || values.has(field.value) || told.some((f) => f.dimension !== field.dimension)) return [];
  return told.filter((f) => !reported.has(f) && !reported.has(field)).map((f) => [f, field] as [Figure, Figure]);
}
