// The shortcuts that let a keystroke skip most lines and paragraphs of a draft must skip only what the full reading
// would have found nothing in: each is checked here against the reading it stands in front of.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { IncrementalLinter, lint, parseDocument } from '../../server/src/engine';
import type { Line } from '../../server/src/engine/model/lines';
import { IncrementalModel } from '../../server/src/engine/model/incremental';
import { runs } from '../support/documents';
import { mayBeTitled, readTitled } from '../../server/src/engine/model/titled-headings';
import type { Paragraph } from '../../server/src/engine/model/paragraphs';
import { runInUnits } from '../../server/src/engine/model/unit-titles';
import { sectionLookup } from '../../server/src/engine/model/section-lookup';
import { dropInsideDeletions } from '../../server/src/engine/deleted-text';
import type { Finding } from '../../server/src/engine/types';
import type { Section } from '../../server/src/engine/model/outline';
import { FIXTURES, fixtureFiles } from '../support/fixtures';

/** Every rule fixture, corpus draft and clean draft: the texts the shortcuts are checked on. */
function texts(): { file: string; text: string }[] {
  const files = [...fixtureFiles(path.join(FIXTURES, 'rules')), ...fixtureFiles(path.join(FIXTURES, 'corpus'))];
  return files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
}

const SPACES = ['', ' ', '\t', '\u3000', '\u00a0', '\u2003', '\ufeff', '  \u3000 '];

describe('keystroke shortcuts', () => {
  it('mayBeTitled is true for every line read as a titled heading', () => {
    const lines = ['Section 3 Finance', 'PART IV. FINANCE', '## Appendix C', '**Chapter 2** Methods', 'Annex B Risk register', 'CHAPTER 2: Methods', 'Part 1 Introduction'];
    for (const { text } of texts()) for (const line of text.split(/\r?\n/)) lines.push(line);
    let titled = 0;
    for (const base of lines) {
      for (const space of SPACES) {
        const prose = space + base;
        if (readTitled(prose) === undefined) continue;
        titled++;
        assert.ok(mayBeTitled(prose), JSON.stringify(prose));
      }
    }
    assert.ok(titled > 40, `only ${titled} titled headings read`);
    for (const prose of ['一、总体情况', 'section 3', '3. Finance', '']) assert.equal(mayBeTitled(prose), false, prose);
  });

  it('runInUnits reads a bold title after spaces of every kind, and nothing else as one', () => {
    const section = {};
    const paragraph = (text: string) => ({ text, section, atHeading: false, tableHeader: undefined }) as unknown as Paragraph;
    for (const space of SPACES) {
      const titled = [paragraph(`${space}**North site**`), paragraph('Text under it.'), paragraph(`${space}__South site__`), paragraph('More text.')];
      assert.equal(runInUnits(titled).size, 4, JSON.stringify(space));
    }
    const plain = [paragraph('北区**North site**'), paragraph('x'), paragraph('South site **a**'), paragraph('y')];
    assert.equal(runInUnits(plain).size, 0);
  });

  it('indexOf finds each paragraph by its first line, and no paragraph of another version', () => {
    for (const { file, text } of texts().slice(0, 400)) {
      const doc = parseDocument(text, file.endsWith('.md') ? 'markdown' : 'plain');
      doc.paragraphs.forEach((p, i) => assert.equal(doc.indexOf(p), i, file));
      if (doc.paragraphs.length) assert.equal(doc.indexOf({ ...doc.paragraphs[0] }), -1);
    }
  });

  it('lineFacts: each version’s facts are those read from its lines, the edited ones read again and no others', () => {
    // A fact of the line's content alone: its kind and the length of its prose.
    const fact = (line: Line) => ((line.kind.length * 31 + line.prose.length) % 251) + 1;
    const drafts = texts().filter(({ text }) => text.length > 200 && text.length < 20_000);
    const pieces = ['', '\n', '\r\n', 'x', '一、', '\n\n', '第1页/共3页\n', '```\n', '<!-- a\n', '“', '二是加强管理。\n'];
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.nat({ max: drafts.length - 1 }), fc.constantFrom<'plain' | 'markdown'>('plain', 'markdown'), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, format, edits) => {
        const model = new IncrementalModel(format);
        let text = drafts[which].text;
        let doc = model.setText(text);
        doc.lineFacts('test', fact);
        for (const e of edits) {
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.remove);
          const position = (offset: number) => {
            const before = text.slice(0, offset).split('\n');
            return { line: before.length - 1, character: before[before.length - 1].length };
          };
          // A position inside \r\n is not one LSP can name.
          if (text[start - 1] === '\r' || text[end - 1] === '\r') continue;
          const before = new Set(doc.lines);
          doc = model.apply([{ range: { start: position(start), end: position(end) }, text: e.insert }]);
          text = text.slice(0, start) + e.insert + text.slice(end);
          let reads = 0;
          const got = doc.lineFacts('test', (line) => (reads++, fact(line)));
          assert.deepEqual([...got], doc.lines.map(fact));
          // Carried: only the lines that are not those of the version before are read again.
          assert.equal(reads, doc.lines.filter((line) => !before.has(line)).length);
        }
      }),
      runs(60),
    );
  });

  it('lineFacts: lines an edit made furniture, or no longer furniture, beside the edited line are read again', () => {
    const fact = (line: Line) => (line.kind === 'furniture' ? 2 : 1);
    const model = new IncrementalModel('plain');
    let doc = model.setText('全年完成各项工作任务。\n共\n3\n頁,當前第\n3\n頁\n下一段正文继续。');
    assert.deepEqual([...doc.lineFacts('test', fact)], [1, 2, 2, 2, 2, 2, 1]);
    // The page counter's number is typed into: the counter is text now, every line of it (one line was edited).
    doc = model.apply([{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, text: '年' }]);
    assert.deepEqual([...doc.lineFacts('test', fact)], [1, 1, 1, 1, 1, 1, 1]);
    doc = model.apply([{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } }, text: '' }]);
    assert.deepEqual([...doc.lineFacts('test', fact)], [1, 2, 2, 2, 2, 2, 1]);
  });

  it('a draft typed with half-width marks throughout: the document finding’s place and marks follow the edits', () => {
    const paragraphs = Array.from({ length: 14 }, (_, i) => `第${i + 1}项工作进展顺利,各单位积极配合,完成了全年任务。`);
    const linter = new IncrementalLinter({ format: 'plain' });
    let text = paragraphs.join('\n\n');
    // The linter's findings, then a fresh lint's (what the document keeps is kept per document: the fresh lint is another).
    const same = () => {
      const got = linter.update(text).findings;
      const expected = lint(text, { format: 'plain' });
      assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(expected)));
      return got.find((f) => f.ruleId === 'punctuation');
    };
    const first = same();
    assert.ok(first && /,/.test(first.message), first?.message);
    // Each edit, and the marks and line the finding then names (a fresh lint of each text is compared too).
    const edits: [(t: string) => string, string, number][] = [
      // Another mark used half-width, in the last paragraph: the message names it after the first paragraph's, and the
      // finding stands on the paragraph with the most slips (three).
      [(t) => t.slice(0, t.lastIndexOf('。')) + ';', ', ;', 26],
      [(t) => t.replace('第1项工作进展顺利,各单位积极配合,', '第1项工作进展顺利，各单位积极配合，'), ', ;', 26],
      // Two slips at most: the finding stands on the first paragraph with slips (the first is full-width now).
      [(t) => t.replace(';', '。'), ',', 2],
      [(t) => 'Lead line.\n\n' + t, ',', 4],
    ];
    for (const [edit, marks, line] of edits) {
      text = edit(text);
      const f = same();
      assert.ok(f?.message.includes(`(${marks})`), f?.message);
      assert.equal(f?.range.start.line, line);
    }
  });

  it('placeholder: a quoted example left open on a line above is known from the opening line’s facts as it is edited', () => {
    // The opening line (its cue and the quotation left open) is a fact of that line alone, kept per line by the model:
    // the line below it is silent while the line above opens the example, and reported when it no longer does.
    const opener = 'Write down one goal for the year (e.g., "I';
    const filler = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the plan, as agreed with the board.`);
    let text = ['# Report', '', opener, 'want to receive $x,xxx in grants by June").', '', ...filler.flatMap((f) => [f, ''])].join('\n');
    const linter = new IncrementalLinter({ format: 'markdown' });
    const placeholders = () => {
      const got = linter.update(text).findings;
      assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(lint(text, { format: 'markdown' }))));
      return got.filter((f) => f.ruleId === 'placeholder').map((f) => f.range.start.line);
    };
    assert.deepEqual(placeholders(), []);
    const edits: [(t: string) => string, number[]][] = [
      // The cue typed away, one character at a time: the example is no longer one.
      [(t) => t.replace('(e.g., "I', '(e.g "I'), [3]],
      [(t) => t.replace('(e.g "I', '(so "I'), [3]],
      [(t) => t.replace('(so "I', '(e.g., "I'), []],
      // The quotation closed on the opening line: the line below is text of its own.
      [(t) => t.replace('"I\n', '"I"\n'), [3]],
      [(t) => t.replace('"I"\n', '"I\n'), []],
      // Lines added above: the opening line's fact moves with it.
      [(t) => 'Lead.\n\n' + t, []],
      // A line break typed inside the opening line: the cue and the quotation now on two lines.
      [(t) => t.replace('(e.g., "I', '(e.g.,\n"I'), [6]],
      [(t) => t.replace('(e.g.,\n"I', '(e.g., "I'), []],
    ];
    for (const [edit, lines] of edits) {
      text = edit(text);
      assert.deepEqual(placeholders(), lines, text);
    }
  });

  it('sectionLookup finds what a map of the sections by their marker’s line finds, on every line', () => {
    let sections = 0;
    for (const { file, text } of texts().slice(0, 300)) {
      const doc = parseDocument(text, file.endsWith('.md') ? 'markdown' : 'plain');
      const map = new Map(doc.sections.map((s) => [s.marker.line, s]));
      const lookup = sectionLookup(doc.sections);
      for (let line = -1; line <= doc.lines.length; line++) assert.equal(lookup.get(line), map.get(line), `${file}:${line}`);
      sections += doc.sections.length;
    }
    assert.ok(sections > 500);
    // Two on one line (the last is found, as the map keeps it), and a list out of order.
    const at = (line: number) => ({ marker: { line } }) as unknown as Section;
    const twice = [at(1), at(3), at(3), at(7)];
    assert.equal(sectionLookup(twice).get(3), twice[2]);
    const unordered = [at(5), at(2), at(9)];
    assert.equal(sectionLookup(unordered).get(2), unordered[1]);
    assert.equal(sectionLookup(unordered).get(4), undefined);
  });

  it('a table’s totals are read again when a row below its first changes (its first row the same paragraph)', () => {
    const rows = ['| 项目 | 金额（万元） |', '| --- | --- |', '| 财政拨款收入 | 1,156.3 |', '| 事业收入 | 98.2 |', '| 经营收入 | 50.0 |', '| 其他收入 | 32.0 |', '| 合计 | 1,336.5 |'];
    let text = ['# 收入情况', '', ...rows, '', '以上为本年度收入。'].join('\n');
    const linter = new IncrementalLinter({ format: 'markdown' });
    const sums = () => {
      const got = linter.update(text).findings.filter((f) => f.ruleId === 'sum-mismatch');
      const expected = lint(text, { format: 'markdown' }).filter((f) => f.ruleId === 'sum-mismatch');
      assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(expected)));
      return got.length;
    };
    assert.equal(sums(), 0);
    const first = linter.document.paragraphs.find((p) => p.text.includes('财政拨款收入'));
    // The fourth row's figure changed: the rows no longer add up to the total.
    text = text.replace('| 经营收入 | 50.0 |', '| 经营收入 | 60.0 |');
    assert.equal(sums(), 1);
    assert.equal(linter.document.paragraphs.find((p) => p.text.includes('财政拨款收入')), first);
    text = text.replace('| 经营收入 | 60.0 |', '| 经营收入 | 50.0 |');
    assert.equal(sums(), 0);
  });

  it('dropInsideDeletions: what it kept for a finding is not given again once the deletions differ', () => {
    const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
    const deleting = (id: string, ranges: ReturnType<typeof range>[]): Finding => ({
      ruleId: id,
      severity: 'warning',
      message: id,
      range: ranges[0],
      fix: { title: 'delete', edits: ranges.map((r) => ({ range: r, newText: '' })) },
    });
    // A finding with no fix, the same object throughout (as one kept between lints is).
    const quote: Finding = { ruleId: 'unpaired-mark', severity: 'warning', message: 'quote', range: range(5, 3, 4) };
    const kept = (findings: Finding[]) => dropInsideDeletions(findings).includes(quote);
    const largest = deleting('garbled-text', [range(1, 0, 2), range(2, 0, 2), range(3, 0, 2)]);
    // Inside what the largest fix deletes, then not (another largest fix), then inside again.
    assert.equal(kept([deleting('garbled-text', [range(5, 0, 9), range(6, 0, 2), range(7, 0, 2)]), quote]), false);
    assert.equal(kept([largest, quote]), true);
    // Inside what a smaller fix deletes, then not (the same largest fix, the smaller one elsewhere), then inside again.
    assert.equal(kept([largest, deleting('page-furniture', [range(5, 0, 10)]), quote]), false);
    assert.equal(kept([largest, deleting('page-furniture', [range(8, 0, 10)]), quote]), true);
    assert.equal(kept([largest, deleting('page-furniture', [range(5, 2, 6)]), quote]), false);
    assert.equal(kept([largest, quote]), true);
  });

  it('ruby throughout: what the document fix deletes moves with its lines (findings inside ruby dropped the same)', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'corpus', 'zh-half-year-summaries-traditional.txt'), 'utf8');
    const linter = new IncrementalLinter({ format: 'plain' });
    const before = linter.update(text).findings;
    assert.ok(before.some((f) => f.ruleId === 'garbled-text' && /pinyin|拼音/.test(f.fix?.title ?? '')), 'a ruby finding for the draft');
    // Lines added above: every finding moves down, none comes or goes; a fresh lint of each text agrees.
    for (const added of ['\n', '\n\n\n']) {
      const at = { line: 0, character: 0 };
      const got = linter.update({ changes: [{ range: { start: at, end: at }, text: added }] }).findings;
      const shifted = lint(linter.text(), { format: 'plain' });
      assert.equal(got.length, before.length);
      assert.equal(shifted.length, before.length);
    }
  });
});
