// English number words as figures (met five times, twelve volunteers, a dozen schools, three hundred): read only
// when a consumer asks (readFigures(p, { spelled: true })), marked `spelled`; the look-alikes that are no count
// (one of, no one, a one-off, Formula One, one or two, once, first) stay words; positions are LSP positions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/engine';
import { readFigures, readFiguresWithWords, type Figure } from '../../server/src/engine/model/numbers';
import { rangeIn } from '../../server/src/engine/model/paragraphs';

const spelled = (text: string): Figure[] => parseDocument(text, 'plain').paragraphs.flatMap((p) => readFiguresWithWords(p)).filter((f) => f.spelled);
const shown = (text: string) => spelled(text).map((f) => `${f.paragraph.text.slice(f.offset, f.offset + f.length)}=${f.value}`);

describe('English number words (opt-in)', () => {
  it('reads counts written in words, with their nouns', () => {
    const cases: [string, string[]][] = [
      ['The board met five times during the year.', ['five times=5']],
      ['The Board met six times in 2024 and the Audit Committee met four times.', ['six times=6', 'four times=4']],
      ['Eight times a year the panel meets; inspectors visited twice, then three times more often.', ['Eight times=8']],
      ['Twelve volunteers ran the food bank.', ['Twelve volunteers=12']],
      ['We worked with a dozen schools and two dozen families.', ['a dozen schools=12', 'two dozen families=24']],
      ['Outreach reached twenty-one sites and thirty five villages.', ['twenty-one sites=21', 'thirty five villages=35']],
      ['Nine of the 12 schools met the target.', ['Nine=9']],
      ['Three hundred attended the open day.', ['Three hundred=300']],
      ['The trust employs one hundred and twenty staff across eleven clinics.', ['one hundred and twenty staff=120', 'eleven clinics=11']],
      ['Half a dozen partners signed; two thousand five hundred people took part.', ['Half a dozen partners=6', 'two thousand five hundred people=2500']],
      ['Grants totalled two million dollars; five percent of pupils were absent.', ['two million dollars=2000000', 'five percent=5']],
      ['- Seven new members joined\n- fifteen km of paths were cleared', ['Seven new members=7', 'fifteen km=15000']],
      ['所有 twelve volunteers 都到场。', ['twelve volunteers=12']],
      // Other genres: a council's annual report, a hospital's quality account, an open-source project's year, a school.
      ['The council opened three new libraries and closed two depots.', ['three new libraries=3', 'two depots=2']],
      ['Ward audits found eight falls and zero never events in the quarter.', ['eight falls=8', 'zero never events=0']],
      ['Maintainers cut four releases and merged ninety-two pull requests.', ['four releases=4', 'ninety-two pull requests=92']],
      ['Seventy pupils sat the exam; all three of our campuses stayed open for six weeks.', ['Seventy pupils=70', 'three=3', 'six weeks=6']],
    ];
    for (const [text, expected] of cases) assert.deepEqual(shown(text), expected, text);
  });

  it('marks them spelled and words, with the dimension of the digits', () => {
    const [f] = spelled('Twelve volunteers ran the food bank.');
    assert.equal(f.spelled, true);
    assert.equal(f.words, true);
    assert.deepEqual([f.value, f.unit, f.dimension, f.numberStart, f.numberEnd], [12, 'volunteers', 'count', 0, 6]);
    // met five times: a count of occasions, with the words before it as its subject (the digits' "5 times" stays
    // bare, as it was: times is a stop word after digits).
    const [board] = spelled('The board met five times during the year.');
    assert.deepEqual([board.value, board.unit, board.dimension, board.numberEnd, board.length], [5, 'times', 'count', 18, 10]);
    assert.match(board.subject, /board met/);
    const [digits] = parseDocument('The board met 5 times during the year.', 'plain').figures;
    assert.deepEqual([digits.value, digits.unit, digits.dimension], [5, '', '']);
    // Eight times a year: a frequency, per period.
    const [eight, six] = spelled('The panel meets eight times a year; in 2024 it met six times.');
    assert.deepEqual([eight.value, eight.perUnit, six.value, six.perUnit], [8, true, 6, false]);
    // Nine of the 12 schools: bare, as "9 of the 12 schools" is.
    const [nine] = spelled('Nine of the 12 schools met the target.');
    assert.deepEqual([nine.value, nine.unit, nine.dimension], [9, '', '']);
  });

  it('reads the second end of a range of words as approximate, and "about" as the digits do', () => {
    const [three] = spelled('We held two or three clinics a month.');
    assert.deepEqual([three.value, three.approximate], [3, true]);
    const [about] = spelled('About forty volunteers helped.');
    assert.deepEqual([about.value, about.approximate], [40, true]);
    assert.equal(spelled('Forty volunteers helped.')[0].approximate, false);
  });

  it('leaves the words that are no count', () => {
    const silent = [
      'One of the aims was access. It was a one-off grant.',
      'The option was the one we chose; no one objected; partners support one another; every one of them agreed.',
      'The first and second rounds were held in spring.',
      'Sponsors included Formula One, Channel Four and Page Three.',
      'One or two people asked; a couple of times; once or twice a year; one or more schools.',
      'One in five residents; nine out of ten schools agreed.',
      'Visits were three times higher than last year and ten times more than planned.',
      'A three-year plan; a five-star rating; a one-to-one session; two-way radios.',
      'On the one hand costs rose; at one point; one day we will.',
      'Year Nine pupils read page three; the top ten; phase two begins; key stage two.',
      'Three Rivers Trust and the Two Counties Partnership signed.',
      'We met at nine and left at five.',
      'Net zero by two thousand and fifty.',
      'One third said yes; two fifths said no.',
      'TWELVE MONTHS OF PROGRESS',
      'Someone, anyone, everyone, none, alone, often, tone, tenth, twentieth.',
    ];
    for (const text of silent) assert.deepEqual(shown(text), [], text);
  });

  it('adds nothing to what the accessors return unless asked', () => {
    const text = 'The board met five times; twelve volunteers and 40 staff served nine of the 12 schools.';
    const doc = parseDocument(text, 'plain');
    assert.deepEqual(doc.figures.map((f) => f.value), [40, 12]);
    assert.ok(doc.figures.every((f) => f.spelled === undefined));
    assert.deepEqual(readFigures(doc.paragraphs[0]).map((f) => f.value), [40, 12]);
    assert.deepEqual(readFiguresWithWords(doc.paragraphs[0]).map((f) => `${f.value}${f.spelled ? '*' : ''}`), ['5*', '12*', '40', '9*', '12']);
  });

  it('keeps the other figures field for field when asked (every English fixture)', () => {
    const root = path.join(__dirname, '..', 'fixtures');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(?:md|txt)$/.test(e.name) && fs.statSync(p).size < 400_000) files.push(p);
      }
    };
    walk(root);
    let added = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      if (!/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|hundred)\b/i.test(text)) continue;
      const doc = parseDocument(text, file.endsWith('.md') ? 'markdown' : 'plain');
      for (const p of doc.paragraphs) {
        const plain = readFigures(p);
        const asked = readFiguresWithWords(p);
        const words = asked.filter((f) => f.spelled);
        added += words.length;
        // Only a figure inside a spelled one's noun (twelve category 2 ulcers) may go.
        const inside = (f: Figure) => words.some((w) => f.offset >= w.offset && f.offset < w.offset + w.length);
        const key = (f: Figure) => JSON.stringify({ ...f, paragraph: undefined });
        assert.deepEqual(asked.filter((f) => !f.spelled).map(key), plain.filter((f) => !inside(f)).map(key), `${file}: ${p.text.slice(0, 80)}`);
      }
    }
    assert.ok(added > 0);
  });

  it('reads a long paragraph of number words in linear time', () => {
    const unit = 'one two three hundred and twenty-one a dozen half a dozen one of the five times nine of the two thousand ';
    const time = (n: number) => {
      const doc = parseDocument(unit.repeat(n), 'plain');
      const t = process.hrtime.bigint();
      for (const p of doc.paragraphs) readFiguresWithWords(p);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    time(200);
    const small = time(1000);
    const large = time(4000);
    assert.ok(large < small * 8 + 50, `${small} ms for 1000, ${large} ms for 4000`);
  });

  it('gives LSP positions on CRLF, emoji and across a hard line break', () => {
    const text = '# Report\r\n\r\n😀 The board met five times 🎉 and\r\ntwenty-one sites reopened.\r\n';
    const figures = spelled(text);
    assert.deepEqual(figures.map((f) => rangeIn(f.paragraph, f.offset, f.offset + f.length)), [
      { start: { line: 2, character: 17 }, end: { line: 2, character: 27 } },
      { start: { line: 3, character: 0 }, end: { line: 3, character: 16 } },
    ]);
    const crlf = spelled('Intro.\r\n\r\nTwelve volunteers 👩‍👩‍👧 and a dozen schools.\r\n');
    assert.deepEqual(crlf.map((f) => rangeIn(f.paragraph, f.offset, f.offset + f.length)), [
      { start: { line: 2, character: 0 }, end: { line: 2, character: 17 } },
      { start: { line: 2, character: 31 }, end: { line: 2, character: 46 } },
    ]);
  });
});
