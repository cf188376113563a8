// Shared vocabulary of the engine. Positions follow LSP: 0-based lines, UTF-16 code units.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';
export type Locale = 'zh-cn' | 'en';

/** A message in both languages the engine speaks. `{name}` placeholders are filled from the report data. */
export interface Message {
  zh: string;
  en: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Short imperative title shown on the quick fix ("改为“3.”" / "Change to “3.”"). */
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  related?: RelatedLocation[];
}

export interface RuleMeta {
  id: string;
  /** A short name shown beside the id (编号连续 `numbering-sequence`). */
  name: Message;
  description: Message;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Grouping used by the docs: numbering, placeholders, numbers, copy residue, or the linter's own configuration. */
  category: 'numbering' | 'placeholders' | 'numbers' | 'copy-residue' | 'configuration';
}

/** A rule option: its JSON type, default and meaning; user values are checked against it. */
export interface RuleOptionSpec {
  type: 'integer' | 'number' | 'boolean' | 'string' | 'string[]';
  default: number | boolean | string | string[];
  description: Message;
  minimum?: number;
  maximum?: number;
  /** The allowed values of a string (or of each string in a list), e.g. a numbering convention. */
  enum?: readonly string[];
}

/** How the text is written: Markdown gives meaning to `#`, fences, code spans and list indentation. */
export type TextFormat = 'markdown' | 'plain';

export interface LintOptions {
  /** Message language; `auto` follows the draft (Chinese messages for a Chinese draft, see detectLocale). */
  locale?: Locale | 'auto';
  format?: TextFormat;
  /** Per-rule override: a severity, or 'off'. Rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Per-rule options, e.g. `{"duplicate-text": {"minChars": 30}}`; each rule declares its own in `meta.options`. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  placeholders?: {
    /** Extra patterns (RE2 syntax, matched in linear time) that mark a placeholder. */
    extra?: string[];
    /** Exact texts that are never reported as placeholders. */
    allow?: string[];
  };
  /** Findings not to report in this text (the front end picks the entries of a config file that name this file). */
  suppressions?: Suppression[];
}

/**
 * "Do not report this": a rule and the exact text it flags, optionally with a longer excerpt of the line around
 * it; without a text, the rule is off in the whole file.
 */
export interface Suppression {
  rule: string;
  text?: string;
  context?: string;
}

/** A problem with the options themselves (for example an extra placeholder pattern that does not compile). */
export interface OptionProblem {
  setting: string;
  /** In both languages: the CLI and the editor show it in their own (problemText). */
  message: Message;
}
