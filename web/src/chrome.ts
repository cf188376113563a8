// The page around the draft: toolbar, language switch, tabs, status line, drop target, announcements. Wires the
// controls to the App and redraws their words and states from it.

import type { App, Chrome } from './app';
import type { LocaleChoice, TextFormat } from './protocol';
import type { PageStrings } from './strings';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Sets an element's text only when it differs: an unchanged page is not laid out again (a long draft is costly). */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setHidden(node: HTMLElement, hidden: boolean): void {
  if (node.hidden !== hidden) node.hidden = hidden;
}

export class PageChrome implements Chrome {
  private app!: App;

  update(app: App): void {
    const s = app.strings;
    const lang = app.pageLocale === 'zh-cn' ? 'zh-CN' : 'en';
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    if (document.title !== s.title) document.title = s.title;
    for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const value = s[node.dataset.text as keyof PageStrings];
      if (typeof value === 'string') setText(node, value);
    }
    const draft = app.editor.textarea;
    if (draft.placeholder !== s.placeholder) draft.placeholder = s.placeholder;
    const fixable = app.fixable;
    const fixAll = $<HTMLButtonElement>('fix-all');
    setText(fixAll, s.fixAll(fixable));
    fixAll.disabled = fixable === 0;
    setHidden(fixAll, !!app.word);
    $<HTMLButtonElement>('copy').disabled = draft.value.length === 0;
    setHidden($('download'), !app.word);
    this.label($('previous'), s.previous);
    this.label($('next'), s.next);
    this.updateFindings(app, s);
    setText($('status-file'), app.fileName ?? '');
    setText($('status-chars'), s.chars(draft.value.length));
    setText($('status-time'), app.checking && !app.result ? s.checking : app.result ? s.lintTime(app.result.elapsedMs) : '');
    setText($('caret-finding'), this.caretText(app));
  }

  announce(message: string, visible = true): void {
    const region = $('announce');
    // Cleared first so that the same words said twice are announced twice.
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = message));
    if (!visible) return;
    const toast = $('toast');
    toast.textContent = message;
    toast.hidden = false;
    clearTimeout(Number(toast.dataset.timer));
    toast.dataset.timer = String(setTimeout(() => (toast.hidden = true), 4000));
  }

  /** Withdraws the notice on screen (said in the page's language before it changed). */
  dismissToast(): void {
    const toast = $('toast');
    clearTimeout(Number(toast.dataset.timer));
    toast.hidden = true;
  }

  showWordBanner(name: string | undefined): void {
    const app = this.app;
    $('word-banner').hidden = name === undefined;
    $('word-name').textContent = name === undefined ? '' : app.strings.wordBanner(name);
    $('editor').classList.toggle('read-only', name !== undefined);
  }

  setFormat(format: TextFormat, enabled: boolean): void {
    const select = $<HTMLSelectElement>('format');
    select.value = format;
    select.disabled = !enabled;
  }

  /** Connects the controls; called once the App exists. */
  wire(app: App): void {
    this.app = app;
    const input = $<HTMLInputElement>('file-input');
    $('open').addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void app.loadFile(file);
      input.value = '';
    });
    $('fix-all').addEventListener('click', () => void app.fixAll());
    $('copy').addEventListener('click', () => void this.copy(app));
    $('download').addEventListener('click', () => void this.download(app));
    $('edit-as-text').addEventListener('click', () => app.editAsText());
    $('previous').addEventListener('click', () => app.step(-1));
    $('next').addEventListener('click', () => app.step(1));
    $<HTMLSelectElement>('format').addEventListener('change', (e) => app.setFormat((e.target as HTMLSelectElement).value as TextFormat));
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="language"]')) {
      radio.addEventListener('change', () => radio.checked && app.setLocale(radio.value as LocaleChoice));
    }
    document.addEventListener('keydown', (e) => {
      if (e.key === 'F8') {
        e.preventDefault();
        app.step(e.shiftKey ? -1 : 1);
      }
    });
    this.wireTabs();
    this.wireDrop(app);
    this.update(app);
  }

  private updateFindings(app: App, s: PageStrings): void {
    const total = app.result?.findings.length ?? 0;
    setText($('finding-count'), total ? String(total) : '');
    const summary = $('summary');
    const empty = app.editor.text.length === 0;
    setText(summary, empty ? s.noText : total === 0 ? s.noFindings : s.summary(app.counts));
    setHidden($('intro'), !empty);
    summary.classList.toggle('clean', !empty && total === 0 && !!app.result);
    $<HTMLButtonElement>('previous').disabled = total === 0;
    $<HTMLButtonElement>('next').disabled = total === 0;
    const state = app.checking ? 'checking' : app.current ? 'current' : 'stale';
    if (document.body.dataset.state !== state) document.body.dataset.state = state;
    if (document.body.dataset.lintWhere !== app.lintWhere) document.body.dataset.lintWhere = app.lintWhere;
    $('findings').classList.toggle('stale', !app.current);
  }

  private caretText(app: App): string {
    const under = document.activeElement === app.editor.textarea ? app.editor.findingsAtCaret() : [];
    const f = under.length ? app.result?.findings[under[0]] : undefined;
    return f ? app.strings.atCaret(f.message) : '';
  }

  private label(button: HTMLElement, text: string): void {
    if (button.title === text) return;
    button.title = text;
    button.setAttribute('aria-label', text);
  }

  private async copy(app: App): Promise<void> {
    const text = app.editor.text;
    try {
      await navigator.clipboard.writeText(text);
      this.announce(app.strings.copied);
    } catch {
      const draft = app.editor.textarea;
      draft.focus();
      draft.select();
      this.announce(document.execCommand('copy') ? app.strings.copied : app.strings.copyFailed);
    }
  }

  private async download(app: App): Promise<void> {
    this.announce(app.strings.downloading);
    const copy = await app.annotated();
    if (!copy) return;
    const url = URL.createObjectURL(new Blob([copy.bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = copy.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.announce(app.strings.annotated(copy.name, copy.comments));
  }

  /** Tabs as the ARIA pattern has them: arrow keys move between tabs, one tab stop. */
  private wireTabs(): void {
    const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const select = (tab: HTMLButtonElement) => {
      for (const t of tabs) {
        const on = t === tab;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        $(t.getAttribute('aria-controls')!).hidden = !on;
      }
    };
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => select(tab));
      tab.addEventListener('keydown', (e) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const next = tabs[(i + step + tabs.length) % tabs.length];
        select(next);
        next.focus();
      });
    });
  }

  private wireDrop(app: App): void {
    const overlay = $('drop-overlay');
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    document.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      depth++;
      overlay.hidden = false;
    });
    document.addEventListener('dragleave', () => {
      if (--depth <= 0) {
        depth = 0;
        overlay.hidden = true;
      }
    });
    document.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    });
    document.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      overlay.hidden = true;
      const file = e.dataTransfer!.files[0];
      if (file) void app.loadFile(file);
    });
  }
}
