// A table's share column headed by another measure than the column of counts beside it (look62en 07):
// | Cause | Events | Share of customer-minutes | — 402 events with 38% of the customer-minutes is no share of 1,412 events.
import type { Figure } from '../numbers';

/** The cell of its row a figure stands in (0 = the label), as table-totals reads pipe and tab rows. */
function cellOf(f: Figure): number {
  const text = f.paragraph.text;
  const piped = /^\s*\|/.test(text);
  const start = piped ? text.indexOf('|') + 1 : text.length - text.trimStart().length;
  if (f.offset < start) return -1;
  const before = text.slice(start, f.offset);
  return piped ? before.split('|').length - 1 : before.split(/\t+/).length - 1;
}

/** The measure a share column's header names: Share of customer-minutes, % of income, Floor area share, 投资占比, 占支出比重. */
function measureNamed(head: string): string | undefined {
  const h = head.replace(/\*\*/g, '').replace(/[（(][^）)]*[）)]/g, '').trim();
  const en = /^(?:share|proportion|percentage|%)\s+of\s+(.+)$/i.exec(h) ?? /^(.+?)\s+(?:share|proportion)$/i.exec(h);
  if (en) return en[1].replace(/\b(?:the|all|total|overall|whole|number|numbers|count)\b/gi, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const zh = /^占(.+?)的?(?:比重|比例)$/.exec(h) ?? /^(.+?)(?:占比|比重|所占比例)$/.exec(h);
  if (zh) return zh[1].replace(/总数|總數|合计|合計|全部|总量|總量|总额|總額|总|總/g, '').replace(/[数數额額量]$/, '');
  return undefined;
}

const WORDS = (s: string): string[] => (s.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => w.replace(/(?:ing|es|s)$/, ''));

/** Whether two measures share a word (events / Share of events, spend / Spending) or, in Chinese, two characters. */
function sameMeasure(named: string, head: string): boolean {
  const h = head.replace(/\*\*/g, '').replace(/[（(][^）)]*[）)]/g, '').toLowerCase();
  const a = WORDS(named);
  if (a.length > 0) {
    const b = WORDS(h);
    return a.some((x) => b.some((y) => (x.length >= 3 && y.startsWith(x)) || (y.length >= 3 && x.startsWith(y))));
  }
  const core = h.replace(/[数數额額量]$/, '').trim();
  if (core.includes(named) || (core.length > 0 && named.includes(core))) return true;
  for (let i = 0; i + 2 <= named.length; i++) if (core.includes(named.slice(i, i + 2))) return true;
  return false;
}

/**
 * Whether a share column (its total row's 100%, share) names in its header another measure than the column of amounts
 * it was paired with (amount, that column's total): | Events | Share of customer-minutes |, | 项目数 | 投资占比 |. Not
 * a share header that names no measure (Share, %, 占比, Share of total) or the amounts' own (Share of events, 件数占比).
 * Pipe and tab tables (the header the paragraph carries).
 */
export function shareOfAnotherMeasure(share: Figure, amount: Figure): boolean {
  const header = share.paragraph.tableHeader;
  if (!header || share.paragraph !== amount.paragraph) return false;
  const s = cellOf(share);
  const a = cellOf(amount);
  if (s <= 0 || a <= 0 || s >= header.length || a >= header.length) return false;
  return headsOfAnotherMeasure(header[s], header[a]);
}

/**
 * The same test on two column heads as written, for every kind of table (a table lined up with spaces reads its own
 * header row): the share's head (Share of customer-minutes, 投资占比) names another measure than the amounts' (Events,
 * 项目数（个）).
 */
export function headsOfAnotherMeasure(shareHead: string, amountHead: string): boolean {
  const named = measureNamed(shareHead);
  return named !== undefined && named !== '' && !sameMeasure(named, amountHead);
}
