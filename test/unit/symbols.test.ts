// The outline and the folding ranges of a draft with very many sections stay small enough to send (a draft of
// 161,000 headings gave a 34 MB outline that took the server 11 s per request): the outer levels first, then as many
// of the next level as fit, in document order.
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver';
import { parseDocument } from '../../server/src/engine';
import { documentSymbols, foldingRanges, MAX_OUTLINE_ITEMS } from '../../server/src/symbols';

const count = (symbols: DocumentSymbol[]): number => symbols.reduce((n, s) => n + 1 + count(s.children ?? []), 0);

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cn = (n: number) => (n < 10 ? CN[n] : `${n >= 20 ? CN[Math.floor(n / 10)] : ''}十${CN[n % 10]}`);

/** `parts` parts of `items` numbered items each, every item with a line of text under it. */
function draft(parts: number, items: number): string {
  const part = (n: number) => `${cn(n)}、第${n}部分\n${Array.from({ length: items }, (_, i) => `${i + 1}. 小节\n正文。\n`).join('')}`;
  return Array.from({ length: parts }, (_, i) => part(i + 1)).join('');
}

describe('outline and folding of very many sections', () => {
  it('lists every section of an ordinary draft', () => {
    const doc = parseDocument(draft(3, 5), 'plain');
    const symbols = documentSymbols(doc);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.length]), [['一、第1部分', 5], ['二、第2部分', 5], ['三、第3部分', 5]]);
    assert.equal(foldingRanges(doc).length, 18);
  });

  it('keeps every top-level section and fills the rest of the outline in document order', function () {
    this.timeout(60_000);
    // 30 parts of 300 items: 9,030 sections.
    const doc = parseDocument(draft(30, 300), 'plain');
    assert.equal(doc.sections.length, 9030);
    const symbols = documentSymbols(doc);
    assert.equal(count(symbols), MAX_OUTLINE_ITEMS);
    assert.equal(symbols.length, 30);
    // 4,970 items left after the parts: the first 16 parts' 300 items, 170 of the 17th's, none after.
    assert.deepEqual(symbols.map((s) => s.children?.length), [...Array(16).fill(300), 170, ...Array(13).fill(0)]);
    const ranges = foldingRanges(doc);
    assert.equal(ranges.length, MAX_OUTLINE_ITEMS);
    assert.deepEqual(ranges.slice(0, 2).map((r) => r.startLine), [0, 1], 'in document order');
    const last = doc.sections.find((s) => s.title === '三十、第30部分')!;
    assert.ok(ranges.some((r) => r.startLine === last.marker.line), 'the outer ranges are kept');
  });
});
