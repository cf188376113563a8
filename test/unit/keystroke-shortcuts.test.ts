// The shortcuts that let a keystroke skip most lines and paragraphs of a draft must skip only what the full reading
// would have found nothing in: each is checked here against the reading it stands in front of.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/engine';
import { mayBeTitled, readTitled } from '../../server/src/engine/model/titled-headings';
import type { Paragraph } from '../../server/src/engine/model/paragraphs';
import { runInUnits } from '../../server/src/engine/model/unit-titles';
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
});
