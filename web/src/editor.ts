// The draft: a plain textarea over a backdrop that holds the same text, laid out identically, with the
// findings drawn under it (underline and tint by severity). The textarea keeps everything a text box should do
// (typing, IME, undo, selection, screen readers); the backdrop only draws. Marks follow the typing until the next
// lint replaces them.

import { Backdrop } from './backdrop';
import { changedSpan, shiftMarks, type Mark } from './marks';

export class DraftEditor {
  private marks: Mark[] = [];
  /** The text the marks are placed in. */
  private marksText = '';
  private readonly layer: Backdrop;
  private active: number | undefined;
  private frame = 0;

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly backdrop: HTMLElement,
  ) {
    this.layer = new Backdrop(backdrop);
    textarea.addEventListener('input', () => this.scheduleRender());
    textarea.addEventListener('scroll', () => this.syncScroll());
    new ResizeObserver(() => this.syncScroll()).observe(textarea);
  }

  get text(): string {
    return this.textarea.value;
  }

  /** Loads new text (a file, the example): the undo history starts afresh. */
  load(text: string, readOnly: boolean): void {
    this.textarea.value = text;
    this.textarea.readOnly = readOnly;
    this.textarea.scrollTop = 0;
    this.setMarks([], text);
  }

  /**
   * Replaces the text with `next` as one edit the writer can undo (Ctrl+Z): only the span that differs is
   * typed over, so the caret and the scroll position stay where they were.
   */
  replace(next: string): void {
    const before = this.textarea.value;
    if (before === next) return;
    const { start, oldEnd, newEnd } = changedSpan(before, next);
    const inserted = next.slice(start, newEnd);
    this.textarea.focus({ preventScroll: true });
    this.textarea.setSelectionRange(start, oldEnd);
    const scroll = this.textarea.scrollTop;
    // execCommand is the one way to edit a textarea that joins its undo history; setRangeText is the fallback.
    const typed = document.execCommand('insertText', false, inserted) && this.textarea.value === next;
    if (!typed) {
      this.textarea.value = before;
      this.textarea.setRangeText(inserted, start, oldEnd, 'end');
      this.textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.textarea.scrollTop = scroll;
    this.scheduleRender();
  }

  /** The findings' places in `text` (the text they were computed on; they are moved to the current text). */
  setMarks(marks: Mark[], text: string): void {
    this.marks = marks;
    this.marksText = text;
    this.active = undefined;
    this.render();
  }

  /** The draft's language: it picks the font (a CJK face first for Chinese) and the line height. */
  setLanguage(lang: string): void {
    const box = this.textarea.parentElement!;
    if (box.lang !== lang) box.lang = lang;
  }

  /** Finding indexes under the caret (or the selection's start). */
  findingsAtCaret(): number[] {
    const at = this.textarea.selectionStart;
    this.followText();
    return this.marks.filter((m) => m.start <= at && at <= m.end).map((m) => m.finding);
  }

  /** Highlights one finding's marks (the one chosen in the list or under the caret). */
  highlight(finding: number | undefined): void {
    if (this.active === finding) return;
    for (const el of this.layer.runsByFinding.get(this.active ?? -1) ?? []) el.classList.remove('active');
    this.active = finding;
    for (const el of this.layer.runsByFinding.get(finding ?? -1) ?? []) el.classList.add('active');
  }

  /** Selects a range and scrolls it into the middle third of the box. */
  reveal(start: number, end: number, finding?: number): void {
    this.followText();
    const mark = finding === undefined ? undefined : this.marks.find((m) => m.finding === finding);
    const from = mark?.start ?? start;
    const to = mark?.end ?? end;
    this.textarea.focus({ preventScroll: true });
    this.textarea.setSelectionRange(from, to);
    this.highlight(finding);
    const el = finding === undefined ? undefined : this.layer.runsByFinding.get(finding)?.[0];
    const top = el ? el.offsetTop : this.layer.lineTop(this.marksText, from);
    this.textarea.scrollTop = Math.max(0, top - this.textarea.clientHeight / 3);
    this.syncScroll();
  }

  /** Moves the marks along the writer's edits since they were placed. */
  private followText(): void {
    const text = this.textarea.value;
    if (text === this.marksText) return;
    this.marks = shiftMarks(this.marks, this.marksText, text);
    this.marksText = text;
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    this.followText();
    this.layer.render(this.marksText, this.marks);
    const active = this.active;
    this.active = undefined;
    this.highlight(active);
    this.syncScroll();
  }

  private syncScroll(): void {
    const box = this.backdrop.parentElement!;
    box.scrollTop = this.textarea.scrollTop;
    box.scrollLeft = this.textarea.scrollLeft;
  }
}
