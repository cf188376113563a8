// The status-bar counts sent after each lint, and the per-section table of "Draft statistics".

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { draftStatistics, type Finding, type Locale, type ReportDocument, type SectionStatistics } from './engine';
import { countedSections } from './symbols';

export { STATUS_NOTIFICATION, STATISTICS_REQUEST } from './protocol';

export interface DocumentStatus {
  uri: string;
  checked: true;
  version: number;
  locale: Locale;
  /** 字数 for a Chinese draft (Han characters and full-width punctuation), words for an English one. */
  count: number;
  sections: number;
  errors: number;
  warnings: number;
  /** Information and hints. */
  others: number;
  /** Set when the per-rule limit dropped findings: how many the lint found (errors + warnings + others are shown). */
  total?: number;
}

export interface DraftStatisticsResult {
  locale: Locale;
  count: number;
  sections: (Omit<SectionStatistics, 'count'> & { count: number })[];
}

const measure = (locale: Locale) => (c: { characters: number; words: number }) => (locale === 'zh-cn' ? c.characters : c.words);

export function documentStatus(document: TextDocument, doc: ReportDocument, locale: Locale, findings: readonly Finding[]): DocumentStatus {
  const sections = countedSections(doc);
  const stats = draftStatistics(doc, []);
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return {
    uri: document.uri,
    checked: true,
    version: document.version,
    locale,
    count: measure(locale)(stats.total),
    sections: sections.length,
    errors: count('error'),
    warnings: count('warning'),
    others: count('info') + count('hint'),
  };
}

export function statisticsOf(doc: ReportDocument, locale: Locale): DraftStatisticsResult {
  const stats = draftStatistics(doc, countedSections(doc));
  const pick = measure(locale);
  return { locale, count: pick(stats.total), sections: stats.sections.map((s) => ({ ...s, count: pick(s.count) })) };
}
