// Client texts about a draft follow the draft's language (the server says which), like the findings do: a
// Chinese draft gets Chinese counts on an English UI. Texts about the editor itself go through vscode.l10n.

import type { Locale } from './protocol';

export interface DraftText {
  status(count: number, sections: number, problems: number): string;
  statusTooltip: string;
  /** The status item while the lint of a long draft runs, and its tooltip (followed by the last counts, if any). */
  checking: string;
  checkingTooltip(last?: string): string;
  statisticsTitle(count: number): string;
  sectionCount(count: number): string;
  /** After renumbering: how many numbers changed, and how many references to them it rewrote with them. */
  renumbered(edits: number, references?: number): string;
  nothingToRenumber: string;
  /** After renumbering: references that could name either of two renumbered sections, left as written (“（二）”, line 12). */
  referencesToCheck(list: { text: string; line: number }[]): string;
  /** The code lens over a Word document's text. */
  writeWordCopy(copy: string): string;
  wroteWordCopy(copy: string, comments: number): string;
  revealInExplorer: string;
}

const number = (n: number, locale: Locale) => n.toLocaleString(locale === 'zh-cn' ? 'zh-CN' : 'en-US');
/** 1 word, 2 words: English counts agree with their number. */
const counted = (n: number, one: string, many: string) => `${number(n, 'en')} ${n === 1 ? one : many}`;

const TEXTS: Record<Locale, DraftText> = {
  'zh-cn': {
    status: (count, sections, problems) => `$(book) ${number(count, 'zh-cn')}字 · ${sections}节 · ${problems ? `${problems}个问题` : '无问题'}`,
    checking: '$(sync~spin) 正在检查…',
    checkingTooltip: (last) => `Report Lint：正在检查这份长文稿，完成后显示字数、节数和问题数。${last ? `\n上次检查：${last}` : ''}`,
    statusTooltip: 'Report Lint：字数（汉字和全角标点，不计空格）、节数和问题数。点击查看各节统计。',
    statisticsTitle: (count) => `Report Lint：文稿统计（全文${number(count, 'zh-cn')}字）`,
    sectionCount: (count) => `${number(count, 'zh-cn')}字`,
    renumbered: (edits, references = 0) => `Report Lint：已调整${edits}处编号${references ? `，并相应更新${references}处引用` : ''}。`,
    nothingToRenumber: 'Report Lint：编号无需调整。',
    referencesToCheck: (list) => `Report Lint：请核对${list.length}处引用，其所指标题已重新编号：${list.map((r) => `“${r.text}”（第${r.line + 1}行）`).join('、')}`,
    writeWordCopy: (copy) => `写出带批注的Word副本（${copy}）`,
    wroteWordCopy: (copy, comments) => `Report Lint：已写入${copy}（${comments}条批注）`,
    revealInExplorer: '在资源管理器中显示',
  },
  en: {
    status: (count, sections, problems) => `$(book) ${counted(count, 'word', 'words')} · ${counted(sections, 'section', 'sections')} · ${problems ? counted(problems, 'problem', 'problems') : 'no problems'}`,
    checking: '$(sync~spin) Checking…',
    checkingTooltip: (last) => `Report Lint: checking this long draft; its words, sections and problems follow when done.${last ? `\nLast check: ${last}` : ''}`,
    statusTooltip: 'Report Lint: words, sections and problems. Click for the statistics of each section.',
    statisticsTitle: (count) => `Report Lint: Draft statistics (${counted(count, 'word', 'words')})`,
    sectionCount: (count) => counted(count, 'word', 'words'),
    renumbered: (edits, references = 0) =>
      `Report Lint: ${edits === 1 ? '1 section number' : `${edits} section numbers`} changed${references ? `; ${references === 1 ? '1 reference' : `${references} references`} to them updated` : ''}.`,
    nothingToRenumber: 'Report Lint: the numbering is already in order.',
    referencesToCheck: (list) => `Report Lint: check ${list.length} reference${list.length === 1 ? '' : 's'} to sections that were renumbered: ${list.map((r) => `“${r.text}” (line ${r.line + 1})`).join(', ')}`,
    writeWordCopy: (copy) => `Write a Word copy with comments (${copy})`,
    wroteWordCopy: (copy, comments) => `Report Lint: wrote ${copy} (${comments} comment${comments === 1 ? '' : 's'})`,
    revealInExplorer: 'Reveal in Explorer',
  },
};

export function draftText(locale: Locale): DraftText {
  return TEXTS[locale];
}

export const DRAFT_TEXTS = TEXTS;
