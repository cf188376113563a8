// Starts the page: the editor, the lists, the lint worker (its script is embedded in the page), the controls.

import example from '../../examples/年度工作总结.report';
import { App } from './app';
import { PageChrome } from './chrome';
import { DraftEditor } from './editor';
import { FindingsPanel } from './findings-panel';
import { LintClient } from './lint-client';
import { OutlinePanel } from './outline-panel';
import type { Locale } from './protocol';

function browserLocale(): Locale {
  const first = (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase();
  return first.startsWith('zh') ? 'zh-cn' : 'en';
}

function start(): void {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const linter = new LintClient(byId('lint-worker-source').textContent ?? '');
  const editor = new DraftEditor(byId<HTMLTextAreaElement>('draft'), byId('backdrop'));
  let app: App | undefined;
  const findings = new FindingsPanel(byId('findings'), { reveal: (i) => app?.reveal(i), fix: (i) => app?.fix(i) });
  const outline = new OutlinePanel(byId<HTMLOListElement>('outline'), byId('outline-empty'), (offset) => editor.reveal(offset, offset));
  const chrome = new PageChrome();
  app = new App(editor, findings, outline, linter, browserLocale(), chrome);
  chrome.wire(app);
  editor.setLanguage(app.browserLocale === 'en' ? 'en' : 'zh-CN');
  byId('example').addEventListener('click', () => app!.loadText(example, undefined, 'plain'));
  // For the tests and the curious: the state, read-only in spirit.
  (window as unknown as { reportLint: App }).reportLint = app;
}

start();
