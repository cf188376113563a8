// The settings contract, declared once: every option a writer can set, where it can be set (VS Code settings,
// a configuration file, a CLI flag), its type, default, scope and meaning in both languages. The package.json
// settings, their translations, the JSON schema of the configuration file and the README table are generated
// from this list (`npm run docs`); the server, the CLI and the engine read values through `readValues`.
//
// Adding a setting: one entry here → `npm run docs` → its use (LintOptions via toLintOptions, or the server).

import type { Message } from '../types';

/** VS Code's configuration scopes (`resource` can differ per folder; `language-overridable` also per language). */
export type SettingScope = 'application' | 'machine' | 'window' | 'resource' | 'language-overridable' | 'machine-overridable';

/** Where a value may come from: VS Code settings (`reportLint.<key>`) or a configuration file (`<key>`). */
export type Surface = 'settings' | 'config';

export type SettingValue =
  | { type: 'boolean' }
  | { type: 'string'; enum?: readonly string[]; enumDescriptions?: readonly Message[] }
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number }
  | { type: 'string[]' }
  /** Rule id → severity or "off", ids and severities from the registry. */
  | { type: 'rules' }
  /** Rule id → the options the rule declares in `meta.options`. */
  | { type: 'ruleOptions' }
  /** RE2 patterns, each compiled when read (a pattern that does not compile is named and dropped). */
  | { type: 'patterns'; maxCount: number; maxLength: number }
  /** gitignore-style patterns, relative to the configuration file. */
  | { type: 'globs' }
  /** `{file, rule, text, context?}` entries: findings not to report. */
  | { type: 'suppressions' };

export interface SettingSpec {
  /** `reportLint.<key>` in VS Code; the same dotted path in a configuration file (`placeholders.extra`). */
  key: string;
  value: SettingValue;
  default: unknown;
  description: Message;
  scope: SettingScope;
  /** Ignored in an untrusted workspace (VS Code's Restricted Mode) because a folder could make it cost CPU. */
  restricted?: boolean;
  surfaces: readonly Surface[];
  /** The command-line flag that overrides it, if any (documented in the README table). */
  flag?: string;
}

export const SEVERITY_SETTINGS = ['off', 'error', 'warning', 'info', 'hint'] as const;
export const LOCALES = ['auto', 'zh-cn', 'en'] as const;
export const MAX_PATTERNS = 200;
export const MAX_PATTERN_LENGTH = 1000;

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'enable',
    value: { type: 'boolean' },
    default: true,
    scope: 'language-overridable',
    surfaces: ['settings'],
    description: {
      en: 'Check report drafts. Turn off to silence Report Lint without uninstalling it (per folder or per language too).',
      zh: '检查报告草稿。关闭后不再检查，无需卸载（可按文件夹或语言设置）。',
    },
  },
  {
    key: 'languages',
    value: { type: 'string[]' },
    default: ['report', 'markdown', 'plaintext'],
    scope: 'resource',
    surfaces: ['settings', 'config'],
    description: {
      en: 'Language ids to check (`report` is `*.report` and `*.draft` files, `markdown` is `*.md`, `plaintext` is `*.txt`).',
      zh: '要检查的语言（`report`即`*.report`、`*.draft`文件，`markdown`即`*.md`，`plaintext`即`*.txt`）。',
    },
  },
  {
    key: 'locale',
    value: {
      type: 'string',
      enum: LOCALES,
      enumDescriptions: [
        { en: "Follow the draft: Chinese messages for a Chinese draft, English for an English one, whatever the editor's language (the CLI: LANG)", zh: '跟随文稿：中文文稿用中文提示，英文文稿用英文提示，与编辑器界面语言无关（命令行：LANG）' },
        { en: 'Simplified Chinese', zh: '简体中文' },
        { en: 'English', zh: '英文' },
      ],
    },
    default: 'auto',
    scope: 'resource',
    surfaces: ['settings', 'config'],
    flag: '--locale',
    description: { en: 'Language of the messages.', zh: '提示信息的语言。' },
  },
  {
    key: 'rules',
    value: { type: 'rules' },
    default: {},
    scope: 'language-overridable',
    surfaces: ['settings', 'config'],
    flag: '--rule id:severity',
    description: {
      en: 'Per-rule severity or `off`, e.g. `{"unpaired-mark": "off", "missing-value": "info"}`. Rules not named keep their default.',
      zh: '按规则设置级别或关闭（`off`），如`{"unpaired-mark": "off", "missing-value": "info"}`。未列出的规则保持默认级别。',
    },
  },
  {
    key: 'ruleOptions',
    value: { type: 'ruleOptions' },
    default: {},
    scope: 'language-overridable',
    surfaces: ['settings', 'config'],
    description: {
      en: "Per-rule options, e.g. `{\"duplicate-text\": {\"minChars\": 30}}`; each rule's page lists the options it has.",
      zh: '按规则设置选项，如`{"duplicate-text": {"minChars": 30}}`；各规则的说明页列出其选项。',
    },
  },
  {
    key: 'placeholders.extra',
    value: { type: 'patterns', maxCount: MAX_PATTERNS, maxLength: MAX_PATTERN_LENGTH },
    default: [],
    scope: 'resource',
    restricted: true,
    surfaces: ['settings', 'config'],
    description: {
      en: `More placeholder patterns in RE2 syntax (no look-around or back-references; matched in linear time), e.g. \`"【[^】]*】"\`. At most ${MAX_PATTERNS} patterns of ${MAX_PATTERN_LENGTH} characters. Ignored in Restricted Mode.`,
      zh: `额外的占位符模式，RE2语法（不支持环视和反向引用，线性时间匹配），如\`"【[^】]*】"\`。最多${MAX_PATTERNS}个，每个不超过${MAX_PATTERN_LENGTH}字符。受限模式下不生效。`,
    },
  },
  {
    key: 'placeholders.allow',
    value: { type: 'string[]' },
    default: [],
    scope: 'resource',
    surfaces: ['settings', 'config'],
    description: {
      en: 'Texts never reported as placeholders, e.g. `"XX"` if your organisation really is called XX.',
      zh: '不作为占位符报告的文字，如单位名称确实叫“XX”时填写`"XX"`。',
    },
  },
  {
    key: 'ignore',
    value: { type: 'globs' },
    default: [],
    scope: 'resource',
    surfaces: ['config'],
    description: {
      en: 'Files not to check, as gitignore patterns relative to this file (`archive/`, `*.old.md`).',
      zh: '不检查的文件，gitignore写法，相对于本配置文件（`archive/`、`*.old.md`）。',
    },
  },
  {
    key: 'suppressions',
    value: { type: 'suppressions' },
    default: [],
    scope: 'resource',
    surfaces: ['config'],
    description: {
      en: 'Findings not to report, without a comment in the draft: `{"file": "drafts/a.report", "rule": "placeholder", "text": "XX", "context": "XX公司"}`. `text` is the flagged text (left out: the rule is off in that whole file); `context`, optional, a longer excerpt of the line around it.',
      zh: '不报告的问题，无需在草稿中写注释：`{"file": "drafts/a.report", "rule": "placeholder", "text": "XX", "context": "XX公司"}`。`text`为被标出的文字（不填则整个文件不检查该规则）；`context`可选，为其所在行中包含它的一段文字。',
    },
  },
  {
    key: 'exclude',
    value: { type: 'string[]' },
    default: ['**/README*', '**/CHANGELOG*', '**/CONTRIBUTING*', '**/LICENSE*', '**/node_modules/**', '**/.git/**', '**/.vscode/extensions/**', '**/.vscode-server/extensions/**'],
    scope: 'resource',
    surfaces: ['settings'],
    description: {
      en: 'Files that are not report drafts and are never checked in the editor (glob patterns). The extension never checks its own files either.',
      zh: '不是报告文稿、编辑器从不检查的文件（glob模式）。扩展自身的文件也从不检查。',
    },
  },
  {
    key: 'maxFileSizeKB',
    value: { type: 'number', minimum: 1 },
    default: 2048,
    scope: 'resource',
    surfaces: ['settings'],
    description: {
      en: 'Documents longer than this are not checked; a message says so. Counted in characters, Chinese and Latin alike (1 KB = 1,024 characters): 2,048 KB is about 2 million characters, some 6 MB as a Chinese UTF-8 file.',
      zh: '超过此长度的文档不检查，并给出提示。按字符计，汉字与字母同样计1个（1KB即1,024个字符）：2,048KB约200万字，中文UTF-8文件约6MB。',
    },
  },
  {
    key: 'trace.server',
    value: { type: 'string', enum: ['off', 'messages', 'verbose'] },
    default: 'off',
    scope: 'window',
    surfaces: ['settings'],
    description: {
      en: 'Traces the communication between VS Code and the Report Lint language server.',
      zh: '记录VS Code与Report Lint语言服务器之间的通信。',
    },
  },
];

/** The key of a setting's description in package.nls.json (and package.nls.zh-cn.json). */
export function nlsKey(key: string): string {
  return `reportLint.config.${key}`;
}

export function settingSpec(key: string): SettingSpec {
  const spec = SETTINGS.find((s) => s.key === key);
  if (!spec) throw new Error(`no setting ${key}`);
  return spec;
}
