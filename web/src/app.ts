// The page's state and what happens to it: the draft (typed text, or the text of a Word document), the latest
// lint result, the message language. Lints as the writer types (debounced, one request in flight, the newest
// text next), and draws the result in the editor, the findings list and the outline.

import { applyEdits } from '../../server/src/engine/fixes';
import type { DraftEditor } from './editor';
import { guessFormat, readDraft } from './files';
import type { FindingsPanel } from './findings-panel';
import type { LintClient } from './lint-client';
import type { OutlinePanel } from './outline-panel';
import type { Locale, LocaleChoice, LintRequest, LintResult, Severity, TextFormat } from './protocol';
import { stringsFor, type PageStrings } from './strings';

export interface Chrome {
  /** Redraws the page's own words, counts and buttons from the state. */
  update(app: App): void;
  /** Says it to screen readers, and on screen too unless `visible` is false (a lint's new counts). */
  announce(message: string, visible?: boolean): void;
  /** Withdraws the notice on screen (when the page's language changes). */
  dismissToast(): void;
  showWordBanner(name: string | undefined): void;
  setFormat(format: TextFormat, enabled: boolean): void;
}

interface WordDraft {
  name: string;
  bytes: Uint8Array;
}

export class App {
  result: LintResult | undefined;
  localeChoice: LocaleChoice = 'auto';
  format: TextFormat = 'plain';
  word: WordDraft | undefined;
  fileName: string | undefined;
  checking = false;
  private formatChosen = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private queued = false;
  private generation = 0;

  constructor(
    readonly editor: DraftEditor,
    private readonly findings: FindingsPanel,
    private readonly outline: OutlinePanel,
    private readonly linter: LintClient,
    readonly browserLocale: Locale,
    private readonly chrome: Chrome,
  ) {
    editor.textarea.addEventListener('input', () => this.edited());
    for (const type of ['keyup', 'click', 'select', 'focus']) editor.textarea.addEventListener(type, () => this.caretMoved());
  }

  /** The language of the page's own words: the one chosen, else the browser's. */
  get pageLocale(): Locale {
    return this.localeChoice === 'auto' ? this.browserLocale : this.localeChoice;
  }

  get strings(): PageStrings {
    return stringsFor(this.pageLocale);
  }

  /** Where the engine runs: in the worker, or on the page where no worker could start. */
  get lintWhere(): 'worker' | 'page' {
    return this.linter.where;
  }

  /** Findings are for the text on screen (not typed over since the last lint): fixes may be applied. */
  get current(): boolean {
    return !!this.result && this.result.text === this.editor.text;
  }

  get counts(): Record<Severity, number> {
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const f of this.result?.findings ?? []) counts[f.severity]++;
    return counts;
  }

  get fixable(): number {
    return this.word ? 0 : (this.result?.findings ?? []).filter((f) => f.fix).length;
  }

  setLocale(choice: LocaleChoice): void {
    this.localeChoice = choice;
    this.chrome.dismissToast();
    this.chrome.update(this);
    this.lintNow();
  }

  setFormat(format: TextFormat): void {
    this.format = format;
    this.formatChosen = true;
    this.lintNow();
  }

  loadText(text: string, name: string | undefined, format: TextFormat | undefined): void {
    this.word = undefined;
    this.fileName = name;
    this.formatChosen = format !== undefined;
    this.format = format ?? guessFormat(text);
    this.chrome.showWordBanner(undefined);
    this.chrome.setFormat(this.format, true);
    this.editor.load(text, false);
    this.generation++;
    this.lintNow();
  }

  async loadFile(file: File): Promise<void> {
    const draft = await readDraft(file);
    const s = this.strings;
    if (draft.kind === 'refused') return this.chrome.announce(s.notADraft(draft.name));
    if (draft.kind === 'text') {
      this.loadText(draft.text, draft.name, draft.format);
      return this.chrome.announce(s.readFile(draft.name, draft.encoding));
    }
    const answer = await this.linter.request({ kind: 'docx', bytes: draft.bytes, ...this.localeRequest() });
    if (answer.kind === 'error') return this.chrome.announce(s.unreadable(draft.name, answer.message));
    if (answer.kind !== 'lint') return;
    this.word = { name: draft.name, bytes: draft.bytes };
    this.fileName = draft.name;
    this.chrome.showWordBanner(draft.name);
    this.chrome.setFormat('plain', false);
    this.editor.load(answer.text, true);
    this.generation++;
    this.show(answer);
    this.chrome.announce(s.readWord(draft.name, s.summary(this.counts)));
  }

  /** Leaves the Word document: its text becomes an ordinary draft to edit (and fix). */
  editAsText(): void {
    if (!this.word) return;
    this.word = undefined;
    this.editor.textarea.readOnly = false;
    this.chrome.showWordBanner(undefined);
    this.chrome.setFormat(this.format = 'plain', true);
    this.formatChosen = true;
    this.lintNow();
  }

  reveal(index: number): void {
    const f = this.result?.findings[index];
    if (!f) return;
    this.editor.reveal(f.start, f.end, index);
    this.findings.setCurrent(index, true);
  }

  /** The next (or previous) finding after the caret, wrapping around. */
  step(direction: 1 | -1): void {
    const list = this.result?.findings ?? [];
    if (list.length === 0) return;
    const at = this.editor.textarea.selectionStart;
    const order = list.map((_, i) => i);
    const pick = direction === 1 ? order.find((i) => list[i].start > at) ?? 0 : [...order].reverse().find((i) => list[i].start < at) ?? list.length - 1;
    this.reveal(pick);
  }

  fix(index: number): void {
    const f = this.result?.findings[index];
    if (!f?.fix || this.word) return;
    if (!this.current) {
      this.chrome.announce(this.strings.fixUnavailable);
      return this.lintNow();
    }
    this.editor.replace(applyEdits(this.result!.text, f.fix.edits));
    this.chrome.announce(this.strings.fixed(f.fix.title));
    this.lintNow();
  }

  async fixAll(): Promise<void> {
    if (this.word) return;
    const text = this.editor.text;
    const answer = await this.linter.request({ kind: 'fix-all', text, format: this.format, ...this.localeRequest() });
    if (answer.kind !== 'fixed' || this.editor.text !== text) return;
    this.editor.replace(answer.text);
    this.chrome.announce(answer.applied ? this.strings.fixedAll(answer.applied) : this.strings.nothingToFix);
    this.lintNow();
  }

  /** The Word document with a comment at each finding, as bytes and the name to save it under. */
  async annotated(): Promise<{ name: string; bytes: Uint8Array; comments: number } | undefined> {
    if (!this.word) return undefined;
    const answer = await this.linter.request({ kind: 'annotate', bytes: this.word.bytes, ...this.localeRequest() });
    if (answer.kind === 'error') {
      this.chrome.announce(this.strings.unreadable(this.word.name, answer.message));
      return undefined;
    }
    if (answer.kind !== 'annotated') return undefined;
    return { name: this.word.name.replace(/(\.docx)?$/i, '.checked.docx'), bytes: answer.bytes, comments: answer.comments };
  }

  lintNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      this.queued = true;
      return;
    }
    void this.send();
  }

  private edited(): void {
    if (!this.formatChosen) this.format = guessFormat(this.editor.text);
    clearTimeout(this.timer);
    // Longer drafts wait a little longer: a lint should not start between two keystrokes.
    const delay = Math.min(150 + this.editor.text.length / 500, 600);
    this.timer = setTimeout(() => this.lintNow(), delay);
    this.chrome.update(this);
  }

  private caretMoved(): void {
    const under = this.editor.findingsAtCaret();
    const index = under.length ? under[0] : undefined;
    this.editor.highlight(index);
    this.findings.setCurrent(index, true);
    this.chrome.update(this);
  }

  private async send(): Promise<void> {
    this.inFlight = true;
    this.checking = true;
    this.chrome.update(this);
    const generation = this.generation;
    const request: LintRequest = this.word
      ? { kind: 'docx', bytes: this.word.bytes, ...this.localeRequest() }
      : { kind: 'text', text: this.editor.text, format: this.format, ...this.localeRequest() };
    try {
      const answer = await this.linter.request(request);
      if (answer.kind === 'lint' && generation === this.generation) this.show(answer);
      else if (answer.kind === 'error') console.error(answer.message);
    } finally {
      this.inFlight = false;
      this.checking = false;
      if (this.queued) {
        this.queued = false;
        this.lintNow();
      }
      this.chrome.update(this);
    }
  }

  private show(result: LintResult): void {
    const summaryBefore = this.result ? this.strings.summary(this.counts) : '';
    this.result = result;
    const marks = result.findings.map((f, finding) => ({ finding, start: f.start, end: f.end, severity: f.severity }));
    this.editor.setMarks(marks, result.text);
    this.editor.setLanguage(result.draftLocale === 'en' ? 'en' : 'zh-CN');
    this.findings.render({ findings: result.findings, rules: result.rules, text: result.text, readOnly: !!this.word, strings: this.strings, locale: result.locale });
    this.outline.render(result.outline);
    this.chrome.update(this);
    const summary = this.strings.summary(this.counts);
    if (summary !== summaryBefore && result.text.length > 0) this.chrome.announce(summary, false);
  }

  private localeRequest(): { locale: LocaleChoice; fallback: Locale } {
    return { locale: this.localeChoice, fallback: this.browserLocale };
  }
}
