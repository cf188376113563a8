// The page's own words, in both languages. Messages about the draft come from the engine; these are the
// controls, states and notices around them. Chinese strings follow Chinese typesetting (no spaces around
// full-width marks or between Chinese and digits).

import type { Locale, Severity } from './protocol';

export interface PageStrings {
  title: string;
  tagline: string;
  privacy: string;
  open: string;
  example: string;
  fixAll: (n: number) => string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  downloading: string;
  language: string;
  auto: string;
  format: string;
  plain: string;
  markdown: string;
  draftLabel: string;
  placeholder: string;
  dropHere: string;
  findingsTab: string;
  outlineTab: string;
  noText: string;
  noFindings: string;
  noOutline: string;
  checking: string;
  summary: (counts: Record<Severity, number>) => string;
  severity: Record<Severity, string>;
  lineCol: (line: number, col: number) => string;
  fix: string;
  fixLabel: (title: string) => string;
  severityLabel: (severity: Severity) => string;
  fixUnavailable: string;
  suggestion: (title: string) => string;
  showMore: (n: number) => string;
  previous: string;
  next: string;
  wordBanner: (name: string) => string;
  editAsText: string;
  readFile: (name: string, encoding: string) => string;
  readWord: (name: string, summary: string) => string;
  unreadable: (name: string, why: string) => string;
  notADraft: (name: string) => string;
  fixedAll: (n: number) => string;
  nothingToFix: string;
  fixed: (title: string) => string;
  chars: (n: number) => string;
  lintTime: (ms: number) => string;
  annotated: (name: string, n: number) => string;
  atCaret: (message: string) => string;
  introNumbering: string;
  introPlaceholders: string;
  introNumbers: string;
  introResidue: string;
  offline: string;
}

const zhSeverity: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };
const enSeverity: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note', hint: 'Hint' };

const zh: PageStrings = {
  title: 'Report Lint 报告检查',
  tagline: '检查工作总结、工作报告等长篇文稿：',
  privacy: '全部在本机完成，文字不会发送到任何地方',
  open: '打开文件…',
  example: '示例文稿',
  fixAll: (n) => `全部修复（${n}）`,
  copy: '复制全文',
  copied: '已复制全文',
  copyFailed: '无法写入剪贴板，请按Ctrl+A、Ctrl+C复制',
  download: '下载带批注的Word文档',
  downloading: '正在生成带批注的副本…',
  language: '语言',
  auto: '自动',
  format: '格式',
  plain: '纯文本',
  markdown: 'Markdown',
  draftLabel: '文稿',
  placeholder: '在此粘贴或输入文稿，或把.txt、.md、.docx文件拖到页面上',
  dropHere: '松开鼠标即可检查此文件',
  findingsTab: '问题',
  outlineTab: '大纲',
  noText: '粘贴文稿后，问题会列在这里。',
  noFindings: '未发现问题。',
  noOutline: '文稿中没有编号标题。',
  checking: '正在检查…',
  summary: (c) => (c.error + c.warning + c.info + c.hint === 0 ? '没有问题' : [c.error && `${c.error}个错误`, c.warning && `${c.warning}个警告`, c.info && `${c.info}个提示`, c.hint && `${c.hint}个建议`].filter(Boolean).join('，')),
  severity: zhSeverity,
  lineCol: (l, c) => `第${l}行第${c}列`,
  fix: '修复',
  fixLabel: (t) => `修复：${t}`,
  severityLabel: (sev) => `${zhSeverity[sev]}：`,
  fixUnavailable: '文稿已改动，稍候再修复',
  suggestion: (t) => `建议：${t}`,
  showMore: (n) => `显示其余${n}个`,
  previous: '上一个问题',
  next: '下一个问题',
  wordBanner: (name) => `${name}：Word文档中的文字（只读）`,
  editAsText: '作为文本编辑',
  readFile: (name, enc) => `已读取${name}（${enc}）`,
  readWord: (name, summary) => `已读取${name}：${summary}`,
  unreadable: (name, why) => `无法读取${name}：${why}`,
  notADraft: (name) => `${name}不是文本文件或Word文档（.txt、.md、.docx）`,
  fixedAll: (n) => `已修复${n}处`,
  nothingToFix: '没有可自动修复的问题',
  fixed: (title) => `已修复：${title}`,
  chars: (n) => `${n.toLocaleString('zh-CN')}字符`,
  lintTime: (ms) => `检查用时${ms < 10 ? ms.toFixed(1) : Math.round(ms)}毫秒`,
  annotated: (name, n) => `已生成${name}，含${n}条批注`,
  atCaret: (m) => `光标处：${m}`,
  introNumbering: '标题编号：跳号、重复、层级错乱、写法不统一',
  introPlaceholders: '未替换的占位符：xx、××、20xx、X月X日、某某、空的“”和《》',
  introNumbers: '不可能的数字：超过100%的比率、“由61.2%提高至58.7%”',
  introResidue: '复制残留：不成对的引号括号、网页上的“展开阅读全文”、乱码',
  offline: '离线可用',
};

const en: PageStrings = {
  title: 'Report Lint',
  tagline: 'Checks long report drafts for:',
  privacy: 'Everything happens on this computer; your text is sent nowhere',
  open: 'Open file…',
  example: 'Example draft',
  fixAll: (n) => `Fix all (${n})`,
  copy: 'Copy text',
  copied: 'Text copied',
  copyFailed: 'Could not write to the clipboard; press Ctrl+A, Ctrl+C',
  download: 'Download Word copy with comments',
  downloading: 'Writing the commented copy…',
  language: 'Language',
  auto: 'Auto',
  format: 'Format',
  plain: 'Plain text',
  markdown: 'Markdown',
  draftLabel: 'Draft',
  placeholder: 'Paste or type a draft here, or drop a .txt, .md or .docx file on the page',
  dropHere: 'Drop the file to check it',
  findingsTab: 'Problems',
  outlineTab: 'Outline',
  noText: 'Paste a draft and its problems are listed here.',
  noFindings: 'No problems found.',
  noOutline: 'The draft has no numbered headings.',
  checking: 'Checking…',
  summary: (c) => (c.error + c.warning + c.info + c.hint === 0 ? 'No problems' : [c.error && plural(c.error, 'error'), c.warning && plural(c.warning, 'warning'), c.info && plural(c.info, 'note'), c.hint && plural(c.hint, 'hint')].filter(Boolean).join(', ')),
  severity: enSeverity,
  lineCol: (l, c) => `line ${l}, column ${c}`,
  fix: 'Fix',
  fixLabel: (t) => `Fix: ${t}`,
  severityLabel: (sev) => `${enSeverity[sev]}: `,
  fixUnavailable: 'The draft changed; fix in a moment',
  suggestion: (t) => `Suggestion: ${t}`,
  showMore: (n) => `Show ${n} more`,
  previous: 'Previous problem',
  next: 'Next problem',
  wordBanner: (name) => `${name}: the text of a Word document (read-only)`,
  editAsText: 'Edit as text',
  readFile: (name, enc) => `Read ${name} (${enc})`,
  readWord: (name, summary) => `Read ${name}: ${summary}`,
  unreadable: (name, why) => `Cannot read ${name}: ${why}`,
  notADraft: (name) => `${name} is not a text file or Word document (.txt, .md, .docx)`,
  fixedAll: (n) => `Fixed ${plural(n, 'problem')}`,
  nothingToFix: 'Nothing to fix automatically',
  fixed: (title) => `Fixed: ${title}`,
  chars: (n) => `${n.toLocaleString('en')} characters`,
  lintTime: (ms) => `checked in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`,
  annotated: (name, n) => `Wrote ${name} with ${plural(n, 'comment')}`,
  atCaret: (m) => `At the cursor: ${m}`,
  introNumbering: 'Section numbering that skips, repeats, nests wrongly or mixes styles',
  introPlaceholders: 'Placeholders left in: xx, TODO, [NAME], 20xx, empty quotes',
  introNumbers: 'Numbers that cannot be true: a rate over 100%, “rose from 61.2% to 58.7%”',
  introResidue: 'Copy residue: unpaired quotes and brackets, web-page furniture, garbled text',
  offline: 'Works offline',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function stringsFor(locale: Locale): PageStrings {
  return locale === 'zh-cn' ? zh : en;
}
