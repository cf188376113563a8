// trieAlternation (patterns.ts, perf44): a word list gathered by common starts matches exactly what alternation()
// matches — every match of a global search, with and without the i flag, and with a continuation after the words
// that makes the search go back into them — on random texts made from the words, and on every word list of the
// engine's data over the fixtures' texts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alternation, trieAlternation } from '../../server/src/engine/patterns';
import { random } from '../support/random';
import { matches } from '../support/matches';

function same(words: string[], texts: string[], flags: '' | 'i', after = ''): void {
  const a = new RegExp(`(?:${alternation(words)})${after}`, `g${flags}`);
  const b = new RegExp(`(?:${trieAlternation(words, flags === 'i')})${after}`, `g${flags}`);
  for (const text of texts) assert.equal(matches(b, text), matches(a, text), `${JSON.stringify(words.slice(0, 8))} ${flags} ${after} in ${JSON.stringify(text.slice(0, 80))}`);
}

const ROOT = path.join(__dirname, '..', '..');

describe('trieAlternation', () => {
  it('gathers words by their start', () => {
    assert.equal(trieAlternation(['展开全文', '展开阅读全文', '展開全文']), '展(?:开(?:阅读全文|全文)|開全文)');
    assert.equal(trieAlternation(['ab', 'a', 'abc'], true), 'a(?:b(?:c|)|)');
    assert.equal(trieAlternation(['a.b', 'a+']), 'a(?:\\.b|\\+)');
  });

  it('matches what the alternation matches on random texts of the words, with and without i, with a continuation', () => {
    const r = random(44);
    const alphabet = ['a', 'A', 'b', 'B', 'k', 'ſ', 'K', 'ß', 'İ', 'ı', 'i', 'I', '展', '开', '開', '全', '文', '.', '+', '，', 'é', 'É'];
    const pick = () => alphabet[Math.floor(r() * alphabet.length)];
    for (let round = 0; round < 400; round++) {
      const words: string[] = [];
      const n = 1 + Math.floor(r() * 12);
      for (let i = 0; i < n; i++) {
        const base = i > 0 && r() < 0.5 ? words[Math.floor(r() * words.length)] : '';
        let w = base.slice(0, Math.floor(r() * (base.length + 1)));
        const extra = 1 + Math.floor(r() * 4);
        for (let k = 0; k < extra; k++) w += pick();
        words.push(w);
      }
      const texts: string[] = [];
      for (let t = 0; t < 20; t++) {
        let text = '';
        while (text.length < 40) text += r() < 0.5 ? words[Math.floor(r() * words.length)] : pick();
        texts.push(r() < 0.3 ? text.toUpperCase() : r() < 0.3 ? text.toLowerCase() : text);
      }
      for (const flags of ['', 'i'] as const) for (const after of ['', '(?=[bB文])', '\\b']) same(words, texts, flags, after);
    }
  });

  it('matches what the alternation matches for every word list of the engine, over the fixtures', function () {
    // Every word list against 250 fixtures, twice each: seconds on a quiet machine, far more on a loaded one.
    this.timeout(180_000);
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(md|txt)$/.test(e.name) && texts.length < 250) texts.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(ROOT, 'test', 'fixtures', 'rules'));
    const lists: string[][] = [];
    const collect = (v: unknown) => {
      if (Array.isArray(v) && v.length > 1 && v.every((x) => typeof x === 'string' && x.length > 0)) lists.push(v as string[]);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
    };
    const data = path.join(ROOT, 'server', 'src', 'engine', 'data');
    for (const f of fs.readdirSync(data)) if (f.endsWith('.json')) collect(JSON.parse(fs.readFileSync(path.join(data, f), 'utf8')));
    assert.ok(lists.length > 100);
    const joined = texts.join('\n');
    for (const words of lists) for (const flags of ['', 'i'] as const) same(words, [joined], flags);
  });
});
