// Runs the rules over a parsed document. A rule's local part (checkParagraph / checkLine) runs once per unit; with a
// RuleCache, what it reported and returned is kept per unit (paragraph or line object) and reused while the unit and
// its context key are unchanged — placed again when the unit has moved to other lines. A full lint and an
// incremental one go through this same code, so they give the same findings.

import { formatMessage } from './i18n';
import type { ReportDocument } from './model/document';
import type { Line } from './model/lines';
import type { Paragraph } from './model/paragraphs';
import { effectiveSeverity, type CompiledOptions } from './options';
import type { ContextKey, LocalResult, Report, Rule, RuleContext, UnitContext } from './rule';
import type { Finding, Locale, Message, Range } from './types';

/** More findings than this from one rule means the text is not a draft; reporting them all helps nobody. */
export const MAX_FINDINGS_PER_RULE = 1000;

interface UnitEntry {
  key: ContextKey;
  /** The unit's first line when its findings were computed (they are shifted when it has moved). */
  at: number;
  findings: Finding[];
  value: unknown;
  /** What `check` reads of this unit (kept: the unit and its value are the same objects while the entry stands). */
  local?: LocalResult<unknown>;
}

/** The local results of every rule, per unit, kept between lints of one document with the same options. */
export class RuleCache {
  private readonly byRule = new Map<string, WeakMap<object, UnitEntry>>();
  private locale?: Locale;

  /** The entries of one rule; all of them go when the message language changes (locale: auto on a new draft). */
  entries(ruleId: string, locale: Locale): WeakMap<object, UnitEntry> {
    if (this.locale !== locale) {
      this.byRule.clear();
      this.locale = locale;
    }
    let entries = this.byRule.get(ruleId);
    if (!entries) this.byRule.set(ruleId, (entries = new WeakMap()));
    return entries;
  }
}

export interface RuleRun {
  findings: Finding[];
  errors: { ruleId: string; error: unknown }[];
  truncated: string[];
}

export function runRules(rules: readonly Rule[], doc: ReportDocument, options: CompiledOptions, cache?: RuleCache): RuleRun {
  const run: RuleRun = { findings: [], errors: [], truncated: [] };
  for (const rule of rules) {
    const severity = effectiveSeverity(options, rule.meta.id, rule.meta.defaultSeverity);
    if (severity === 'off') continue;
    const found: Finding[] = [];
    try {
      runRule(rule, doc, options, severity, found, cache);
    } catch (error) {
      run.errors.push({ ruleId: rule.meta.id, error });
    }
    if (found.length > MAX_FINDINGS_PER_RULE) {
      found.length = MAX_FINDINGS_PER_RULE;
      run.truncated.push(rule.meta.id);
    }
    for (const f of found) run.findings.push(f);
  }
  return run;
}

function runRule(rule: Rule, doc: ReportDocument, options: CompiledOptions, severity: Finding['severity'], found: Finding[], cache: RuleCache | undefined): void {
  const userSet = options.settings.has(rule.meta.id);
  let target = found;
  const context: RuleContext & { prepared: unknown; locals: LocalResult<unknown>[] } = {
    doc,
    model: doc,
    options,
    config: options.ruleConfigs.get(rule.meta.id) ?? {},
    prepared: undefined,
    locals: [],
    // Past the limit nothing more is kept (a file of junk): reports stop costing anything.
    report: (report: Report) => {
      if (target.length <= MAX_FINDINGS_PER_RULE) target.push(toFinding(rule, userSet ? severity : report.severity ?? severity, report, options.locale));
    },
    localize: (message: Message, data?: Report['data']) => formatMessage(message, options.locale, data),
  };
  if (rule.prepare) context.prepared = rule.prepare(context);
  const check = rule.scope === 'paragraph' ? rule.checkParagraph : rule.scope === 'line' ? rule.checkLine : undefined;
  if (check) {
    const units: readonly (Paragraph | Line)[] = rule.scope === 'paragraph' ? doc.paragraphs : doc.lines;
    const entries = cache?.entries(rule.meta.id, options.locale);
    const unitContext: UnitContext = context;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i];
      const key = rule.contextKey?.(unit, context.prepared, doc, i);
      const at = 'firstLine' in unit ? unit.firstLine : unit.index;
      let entry = entries?.get(unit);
      if (!entry || entry.key !== key) {
        const local: Finding[] = [];
        target = local;
        const value = (check as (unit: Paragraph | Line, context: UnitContext) => unknown).call(rule, unit, unitContext);
        target = found;
        entry = { key, at, findings: local, value };
        entries?.set(unit, entry);
      } else if (entry.at !== at) {
        entry.findings = entry.findings.map((f) => shiftFinding(f, at - entry!.at));
        entry.at = at;
      }
      if (found.length <= MAX_FINDINGS_PER_RULE) for (const f of entry.findings) found.push(f);
      if (entry.value !== undefined) context.locals.push((entry.local ??= { unit, value: entry.value }));
    }
  }
  rule.check?.(context);
}

function toFinding(rule: Rule, severity: Finding['severity'], report: Report, locale: Locale): Finding {
  const messages = rule.meta.messages;
  const text = (key: string, data?: Report['data']) => {
    const template = messages[key];
    if (!template) throw new Error(`rule ${rule.meta.id} has no message "${key}"`);
    return formatMessage(template, locale, data);
  };
  const finding: Finding = { ruleId: rule.meta.id, severity, message: text(report.message, report.data), range: report.range };
  if (report.fix) finding.fix = { title: text(report.fix.title, report.fix.data ?? report.data), edits: report.fix.edits };
  if (report.related) finding.related = report.related.map((r) => ({ range: r.range, message: text(r.message, r.data ?? report.data) }));
  return finding;
}

/** The finding moved down by `delta` lines (its unit moved; the text of the unit, and so each column, did not). */
export function shiftFinding(f: Finding, delta: number): Finding {
  const shifted: Finding = { ...f, range: shiftRange(f.range, delta) };
  if (f.fix) shifted.fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: shiftRange(e.range, delta), newText: e.newText })) };
  if (f.related) shifted.related = f.related.map((r) => ({ range: shiftRange(r.range, delta), message: r.message }));
  return shifted;
}

function shiftRange(range: Range, delta: number): Range {
  return { start: { line: range.start.line + delta, character: range.start.character }, end: { line: range.end.line + delta, character: range.end.character } };
}
