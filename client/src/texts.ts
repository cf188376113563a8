// Client texts about a draft follow the draft's language (the server says which), like the findings do: a
// Chinese draft gets Chinese counts on an English UI. Texts about the editor itself go through vscode.l10n.

import type { Locale } from './protocol';

export interface DraftText {
  /** `total`: more than `problems` were found, and only `problems` are shown (the per-rule limit). */
  status(count: number, sections: number, problems: number, total?: number): string;
  statusTooltip: string;
  /** The tooltip's line when only some findings are shown. */
  cappedTooltip(shown: number, total: number, perRule: number): string;
  /** The status item while the lint of a long draft runs, and its tooltip (followed by the last counts, if any). */
  checking: string;
  checkingTooltip(last?: string): string;
  statisticsTitle(count: number): string;
  sectionCount(count: number): string;
  /** After renumbering: how many numbers changed, and how many references to them it rewrote with them. */
  renumbered(edits: number, references?: number): string;
  nothingToRenumber: string;
  /** After "Fix all auto-fixable problems". */
  fixed(count: number): string;
  nothingToFix: string;
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
    status: (count, sections, problems, total) =>
      `$(book) ${number(count, 'zh-cn')}字 · ${sections}节 · ${total !== undefined && total > problems ? `显示前${problems}个问题（共${total}个）` : problems ? `${problems}个问题` : '无问题'}`,
    cappedTooltip: (shown, total, perRule) => `共发现${total}个问题，每条规则最多显示${perRule}个，此处显示${shown}个（“问题”面板对每个文件还可能只列出其中一部分）。`,
    checking: '$(sync~spin) 正在检查…',
    checkingTooltip: (last) => `Report Lint：正在检查这份长文稿，完成后显示字数、节数和问题数。${last ? `\n上次检查：${last}` : ''}`,
    statusTooltip: 'Report Lint：字数（汉字和全角标点，不计空格）、节数和问题数。点击查看各节统计。',
    statisticsTitle: (count) => `Report Lint：文稿统计（全文${number(count, 'zh-cn')}字）`,
    sectionCount: (count) => `${number(count, 'zh-cn')}字`,
    renumbered: (edits, references = 0) => `Report Lint：已调整${edits}处编号${references ? `，并相应更新${references}处引用` : ''}。`,
    nothingToRenumber: 'Report Lint：编号无需调整。',
    fixed: (count) => `Report Lint：已修复${count}个问题。`,
    nothingToFix: 'Report Lint：没有可自动修复的问题。',
    referencesToCheck: (list) => `Report Lint：请核对${list.length}处引用，其所指标题已重新编号：${list.map((r) => `“${r.text}”（第${r.line + 1}行）`).join('、')}`,
    writeWordCopy: (copy) => `写出带批注的Word副本（${copy}）`,
    wroteWordCopy: (copy, comments) => `Report Lint：已写入${copy}（${comments}条批注）`,
    revealInExplorer: '在资源管理器中显示',
  },
  en: {
    status: (count, sections, problems, total) =>
      `$(book) ${counted(count, 'word', 'words')} · ${counted(sections, 'section', 'sections')} · ${total !== undefined && total > problems ? `${number(problems, 'en')} shown of ${counted(total, 'problem', 'problems')}` : problems ? counted(problems, 'problem', 'problems') : 'no problems'}`,
    cappedTooltip: (shown, total, perRule) => `${counted(total, 'problem', 'problems')} found; each rule shows at most ${number(perRule, 'en')}, so ${number(shown, 'en')} are shown (the Problems panel may list fewer of a file's).`,
    checking: '$(sync~spin) Checking…',
    checkingTooltip: (last) => `Report Lint: checking this long draft; its words, sections and problems follow when done.${last ? `\nLast check: ${last}` : ''}`,
    statusTooltip: 'Report Lint: words, sections and problems. Click for the statistics of each section.',
    statisticsTitle: (count) => `Report Lint: Draft statistics (${counted(count, 'word', 'words')})`,
    sectionCount: (count) => counted(count, 'word', 'words'),
    renumbered: (edits, references = 0) =>
      `Report Lint: ${edits === 1 ? '1 section number' : `${edits} section numbers`} changed${references ? `; ${references === 1 ? '1 reference' : `${references} references`} to them updated` : ''}.`,
    nothingToRenumber: 'Report Lint: the numbering is already in order.',
    fixed: (count) => `Report Lint: ${count === 1 ? '1 problem' : `${number(count, 'en')} problems`} fixed.`,
    nothingToFix: 'Report Lint: nothing left to fix.',
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
