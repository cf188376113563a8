// The findings beside the draft, grouped by rule (name in the page's language, id, count), errors first;
// each finding jumps to its place, and offers its fix where there is one.

import type { PlacedFinding, RuleInfo, Severity } from './protocol';
import type { PageStrings } from './strings';

/** A group shows this many findings until asked for all (a file of junk can give a thousand). */
const SHOWN_PER_GROUP = 100;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface FindingsView {
  findings: readonly PlacedFinding[];
  rules: readonly RuleInfo[];
  text: string;
  /** Fixes cannot be applied (a Word document): they are shown as suggestions. */
  readOnly: boolean;
  strings: PageStrings;
  locale: 'zh-cn' | 'en';
}

export interface FindingsActions {
  reveal(index: number): void;
  fix(index: number): void;
}

export class FindingsPanel {
  private items = new Map<number, HTMLElement>();
  private current: number | undefined;
  private expanded = new Set<string>();

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: FindingsActions,
  ) {}

  render(view: FindingsView): void {
    this.items.clear();
    this.current = undefined;
    const groups = groupByRule(view.findings, view.rules);
    // The messages' language, which may differ from the page's (an English draft on a Chinese page).
    this.root.lang = view.locale === 'zh-cn' ? 'zh-CN' : 'en';
    const fragment = document.createDocumentFragment();
    for (const group of groups) fragment.append(this.group(group, view));
    this.root.replaceChildren(fragment);
  }

  /** Marks one finding as the current one (chosen, or under the caret) and keeps it in sight. */
  setCurrent(index: number | undefined, scroll: boolean): void {
    if (this.current === index) return;
    this.items.get(this.current ?? -1)?.removeAttribute('aria-current');
    this.current = index;
    const item = this.items.get(index ?? -1);
    if (!item) return;
    item.setAttribute('aria-current', 'true');
    if (scroll) item.scrollIntoView({ block: 'nearest' });
  }

  private group(group: RuleGroup, view: FindingsView): HTMLElement {
    const { strings } = view;
    const details = el('details', 'rule-group');
    details.open = true;
    details.dataset.rule = group.rule.id;
    const summary = el('summary');
    summary.append(
      el('span', `dot ${group.severity}`, ''),
      el('span', 'rule-name', view.locale === 'zh-cn' ? group.rule.name.zh : group.rule.name.en),
      el('code', 'rule-id', group.rule.id),
      el('span', 'count', String(group.items.length)),
    );
    const about = el('p', 'about', view.locale === 'zh-cn' ? group.rule.description.zh : group.rule.description.en);
    const list = el('ul', 'items');
    const all = this.expanded.has(group.rule.id);
    const shown = all ? group.items : group.items.slice(0, SHOWN_PER_GROUP);
    for (const index of shown) list.append(this.item(index, view));
    details.append(summary, about, list);
    if (shown.length < group.items.length) {
      const more = el('button', 'quiet more', strings.showMore(group.items.length - shown.length));
      more.type = 'button';
      more.addEventListener('click', () => {
        this.expanded.add(group.rule.id);
        this.render(view);
      });
      details.append(more);
    }
    return details;
  }

  private item(index: number, view: FindingsView): HTMLElement {
    const f = view.findings[index];
    const { strings } = view;
    const li = el('li', `finding ${f.severity}`);
    li.dataset.index = String(index);
    const go = el('button', 'go');
    go.type = 'button';
    const place = f.wordPlace ?? strings.lineCol(f.range.start.line + 1, f.range.start.character + 1);
    go.append(el('span', 'visually-hidden', strings.severityLabel(f.severity)), el('span', 'message', f.message), el('span', 'place', place));
    go.addEventListener('click', () => this.actions.reveal(index));
    li.append(go);
    if (f.fix) {
      if (view.readOnly) {
        li.append(el('p', 'suggestion', strings.suggestion(f.fix.title)));
      } else {
        const fix = el('button', 'fix', strings.fix);
        fix.type = 'button';
        fix.title = f.fix.title;
        fix.setAttribute('aria-label', strings.fixLabel(f.fix.title));
        fix.addEventListener('click', () => this.actions.fix(index));
        li.append(fix);
      }
    }
    this.items.set(index, li);
    return li;
  }
}

interface RuleGroup {
  rule: RuleInfo;
  severity: Severity;
  items: number[];
}

/** Groups in the order: most severe first, then the registry's order (numbering, placeholders, numbers, residue). */
export function groupByRule(findings: readonly PlacedFinding[], rules: readonly RuleInfo[]): RuleGroup[] {
  const byId = new Map<string, RuleGroup>();
  findings.forEach((f, i) => {
    let group = byId.get(f.ruleId);
    if (!group) {
      const unknown = { zh: f.ruleId, en: f.ruleId };
      const rule = rules.find((r) => r.id === f.ruleId) ?? { id: f.ruleId, name: unknown, description: unknown, defaultSeverity: f.severity, fixable: false };
      group = { rule, severity: f.severity, items: [] };
      byId.set(f.ruleId, group);
    }
    if (RANK[f.severity] < RANK[group.severity]) group.severity = f.severity;
    group.items.push(i);
  });
  const order = new Map(rules.map((r, i) => [r.id, i]));
  return [...byId.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || (order.get(a.rule.id) ?? 99) - (order.get(b.rule.id) ?? 99));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export { el };
