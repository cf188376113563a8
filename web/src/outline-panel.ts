// The draft's outline: the numbered sections as the engine reads them (一、 > （一） > 1. > （1）), nested the
// way the document nests them; a heading jumps to its place.

import { el } from './findings-panel';
import type { OutlineEntry } from './protocol';

export class OutlinePanel {
  constructor(
    private readonly list: HTMLOListElement,
    private readonly empty: HTMLElement,
    private readonly reveal: (offset: number) => void,
  ) {}

  render(entries: readonly OutlineEntry[]): void {
    this.empty.hidden = entries.length > 0;
    const root = document.createDocumentFragment();
    // Open lists by depth: an entry goes into the list of its depth, opened under the last entry above it.
    const lists: (DocumentFragment | HTMLOListElement)[] = [root];
    let lastItem: HTMLLIElement | undefined;
    for (const entry of entries) {
      const depth = Math.min(entry.depth, lists.length);
      if (depth === lists.length && lastItem) {
        const nested = el('ol');
        lastItem.append(nested);
        lists.push(nested);
      }
      lists.length = Math.max(1, Math.min(lists.length, depth + 1));
      const item = el('li');
      const button = el('button', 'heading', entry.title);
      button.type = 'button';
      button.addEventListener('click', () => this.reveal(entry.start));
      item.append(button);
      lists[lists.length - 1].append(item);
      lastItem = item;
    }
    this.list.replaceChildren(root);
  }
}
