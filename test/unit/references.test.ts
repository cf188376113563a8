// The draft's references to its own parts and what each names (Go to Definition, Find All References), and the
// references renumbering rewrites: every member of a list of them, none into another document.
import * as assert from 'node:assert/strict';
import { applyEdits, definitionAt, lint, parseDocument, referenceLinks, referencesAt, renumberPlan, type Range, type TextFormat } from '../../server/src/engine';
import { referencesToRenumbered } from '../../server/src/renumbered-references';

/** Each reference of the draft as `text→line` (its target lines joined by +, `-` when it names nothing). */
function links(lines: string[], format: TextFormat = 'plain'): string[] {
  return referenceLinks(parseDocument(lines.join('\n'), format)).map((l) => `${l.text}→${l.targets.map((t) => t.start.line).join('+') || '-'}`);
}

/** Where the text `needle` (its `nth` occurrence on its line) starts, as an LSP position in `text`. */
function at(text: string, needle: string, offsetInNeedle = 0): { line: number; character: number } {
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const c = lines[line].indexOf(needle);
    if (c >= 0) return { line, character: c + offsetInNeedle };
  }
  throw new Error(`${needle} not in the text`);
}

const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** The draft after renumbering, references rewritten, and what the command says of each reference. */
function renumbered(lines: string[]): { text: string[]; references: string[] } {
  const text = lines.join('\n');
  const doc = parseDocument(text, 'plain');
  const { edits, renumbered } = renumberPlan(doc);
  const refs = referencesToRenumbered(doc, renumbered, edits);
  return { text: applyEdits(text, [...edits, ...refs.edits]).split('\n'), references: refs.references.map((r) => `${r.text} ${r.from}→${r.to}${r.updated ? '' : ' check'}`) };
}

describe('references and what they name', () => {
  it('names the heading of a part, an item of the part it is in, an attachment and a caption', () => {
    const draft = [
      '一、总体情况',
      '（一）工作基础',
      '（二）存在问题',
      '二、主要任务',
      '（一）完善制度',
      '（二）强化督查，具体措施详见（一），资金安排详见第三部分和附件2，数据如表1所示。',
      '三、保障措施',
      '表1 资金安排表',
      '附件：1.任务清单',
      '2.责任分工表',
      '附件2',
      '责任分工表',
    ];
    assert.deepEqual(links(draft), ['（一）→4', '第三部分→6', '附件2→10', '表1→7']);
  });

  it('names Markdown headings, captions, 附表 headings and a regulation\'s articles', () => {
    const md = ['# 2025年工作要点', '', '## 一、总体要求', '', '重点任务见第二部分，保障措施见第三部分，数据如表2所示，详见附表1。', '', '## 二、重点任务', '', '表2 主要指标', '', '## 三、保障措施', '', '附表1 项目清单'];
    assert.deepEqual(links(md, 'markdown'), ['第二部分→6', '第三部分→10', '表2→8', '附表1→12']);
    const regulation = ['第一条 为了规范管理，制定本办法。', '第二条 本办法适用于全市。', '第三条 违反本办法第二条规定的，依照第五条处理。', '第四条 本办法自发布之日起施行。'];
    assert.deepEqual(links(regulation), ['第二条→1', '第五条→-']);
    const en = ['1. Introduction', '', 'Results are in Table 3 and Figure 2; see Appendix C and Annex 1.', '', 'Table 3: Costs', '', 'Figure 2: Trend', '', 'Annex 1: Survey'];
    assert.deepEqual(links(en), ['Table 3→4', 'Figure 2→6', 'Appendix C→-', 'Annex 1→8']);
  });

  it('names the 第X部分 headings where the draft heads its parts so, not the 三、 inside one', () => {
    const draft = ['第一部分 总体要求', '一、指导思想', '二、基本原则', '三、主要目标', '第二部分 重点任务', '见第三部分。', '第三部分 保障措施'];
    assert.deepEqual(links(draft), ['第三部分→6']);
  });

  it('names nothing for a part the draft does not have, and reads no reference into another document', () => {
    const draft = ['一、总体情况', '按《实施意见》第三部分和第二部分执行，详见第五部分，参照该办法第二部分。', '二、问题', '三、计划'];
    assert.deepEqual(links(draft), ['第五部分→-']);
  });

  it('reads every member of a coordinated list: 和, 及, 、, 至, and the quoted markers after the first', () => {
    const draft = [
      '一、总体情况',
      '（一）甲',
      '（二）乙',
      '（三）丙',
      '（四）丁',
      '见（四）和第二部分，（一）至（三）见第三部分及第二部分，详见“（二）”和“三、”，见附件1、2。',
      '二、问题',
      '三、计划',
      '附件：1.名单',
      '2.清单',
    ];
    assert.deepEqual(links(draft), ['（四）→4', '第二部分→6', '第三部分→7', '第二部分→6', '“（二）”→2', '“三、”→7', '附件1→8', '2→9']);
  });

  it('reads 第三、四部分 and 第二至四章 as a reference to each part the unit is written once for', () => {
    const draft = ['一、总体情况', '详见第三、四部分，按《实施意见》第二、三部分执行。', '二、问题', '三、计划', '四、保障'];
    assert.deepEqual(links(draft), ['第三→3', '四→4']);
  });

  it('leaves alone what only looks like a member of a list', () => {
    const draft = ['一、总体情况', '详见附件2和3月份报表，见第二部分和第二节课的安排，见（一）和“十四五”规划。', '（一）甲', '二、问题', '附件：1.名单', '2.清单'];
    assert.deepEqual(links(draft), ['附件2→5', '第二部分→3', '（一）→2']);
  });

  it('names English sections, subsections, appendices and lists of them', () => {
    const draft = [
      '1. Introduction',
      'The method is explained in section 4.2, see Sections 2 and 3, Appendix B and C.',
      'Planning obligations are set under Sections 38 and 278 of the Highways Act.',
      '2. Method',
      '3. Results',
      '4. Discussion',
      '4.1 Costs',
      '4.2 Risks',
      '',
      'Appendix A: Survey',
      '',
      'Appendix B: Interviews',
    ];
    assert.deepEqual(links(draft), ['section 4.2→7', 'Sections 2→3', '3→4', 'Appendix B→11', 'C→-']);
  });

  it('reads no English list member that is a count, a year or another document\'s part', () => {
    const draft = [
      '1. Introduction',
      'As set out in Section 3, 2 of the 5 sites closed. See Section 2 and 2024 figures. See Section 3 and 4 staff left.',
      'See sections 2 and 3 of the Local Plan, and Appendix A or I think Appendix B.',
      '2. Method',
      '3. Results',
      '4. Discussion',
      '',
      'Appendix A: Survey',
      '',
      'Appendix B: Interviews',
    ];
    assert.deepEqual(links(draft), ['Section 3→4', 'Section 2→3', 'Section 3→4', 'Appendix A→7', 'Appendix B→9']);
  });

  it('reads whose part a reference is as the rule does: an Act\'s section under its lead-in, a part named again, a document named before (left62)', () => {
    const draft = [
      '1. Introduction',
      '1.1 The Authority regulates property agents. Its powers are described in section 3.',
      '2. Enforcement',
      'Part 4 of the Property Agents Act 2022 gives the Authority three enforcement tools:',
      '(a) improvement notices (section 3);',
      '(b) financial penalties (section 4); and',
      '(c) banning orders (see section 3 of this report).',
      '3. Powers',
      '3.1 Stopping up is made under section 4 of the Highways Act 1980. The purposes set out in section 4 are met.',
      '3.2 The Local Plan (2022), Section 2, sets the sites; the risks are in section 4.',
      '4. Risks',
    ];
    assert.deepEqual(links(draft), ['section 3→7', 'section 3→7', 'section 4→10']);
    const text = draft.join('\n');
    const doc = parseDocument(text, 'plain');
    assert.deepEqual(definitionAt(doc, at(text, 'section 3);', 2)), [], 'the Act\'s section 3, under its lead-in');
    assert.deepEqual(definitionAt(doc, at(text, 'section 4 are', 2)), [], 'section 4 named again after the Act\'s');
    assert.deepEqual(definitionAt(doc, at(text, 'Section 2,', 2)), [], 'the Local Plan\'s section 2');
    assert.deepEqual(definitionAt(doc, at(text, 'section 3 of this', 2)).map((r) => r.start.line), [7], 'this report\'s section 3, in an item');
    assert.deepEqual(definitionAt(doc, at(text, 'section 4.', 2)).map((r) => r.start.line), [10]);
  });
});

describe('whose part a reference is: a code named before, a table column naming an Act (xref64)', () => {
  it('reads no section of a code\'s chapter, of a code just named, nor of an Act a table names as this draft\'s', () => {
    const md = [
      '# Film Office Annual Report',
      '',
      '## 1. About the office',
      '',
      'Its authority comes from Chapter 9.48 of the Port Alder Municipal Code. Section 9.48.060 provides that a permit may be refused.',
      '',
      'The county adopted a revised Outdoor Lighting Code in June 2025. Section 1 limits the colour of new lights. Section 2 sets out the permits.',
      '',
      '| Notice | Legislation (Town and Country Planning Act 1990) | Report section |',
      '|---|---|---|',
      '| Enforcement notice | Section 2 | Section 1 |',
      '',
      '## 2. Permits',
    ];
    assert.deepEqual(links(md, 'markdown'), ['Section 2→12', 'Section 1→2']);
  });
});

describe('Go to Definition and Find All References', () => {
  // A BOM, CRLF line ends and an emoji (two UTF-16 units) before the reference: LSP positions.
  const text = ['\uFEFF一、总体情况', '😀详见第三部分和附件2。', '二、主要问题', '三、下步打算', '三项计划见第三部分。', '附件：1.名单', '2.清单'].join('\r\n');
  const doc = parseDocument(text, 'plain');

  it('goes from a reference to the heading it names, in UTF-16 columns', () => {
    const ref = at(text, '第三部分');
    assert.equal(ref.character, 4);
    assert.deepEqual(definitionAt(doc, ref).map(show), ['3:0-3:6']);
    assert.deepEqual(definitionAt(doc, { line: 1, character: 8 }).map(show), ['3:0-3:6'], 'the cursor right after the reference');
    assert.deepEqual(definitionAt(doc, at(text, '附件2', 1)).map(show), ['6:0-6:4']);
    assert.deepEqual(definitionAt(doc, { line: 1, character: 2 }), [], 'on 详见, no reference');
    assert.deepEqual(definitionAt(doc, { line: 3, character: 2 }), [], 'on the heading itself');
  });

  it('lists on a heading the references that name it, and on a reference those naming the same heading', () => {
    assert.deepEqual(referencesAt(doc, { line: 3, character: 3 }).map(show), ['1:4-1:8', '4:5-4:9']);
    assert.deepEqual(referencesAt(doc, { line: 3, character: 0 }, true).map(show), ['3:0-3:6', '1:4-1:8', '4:5-4:9']);
    assert.deepEqual(referencesAt(doc, { line: 4, character: 6 }).map(show), ['1:4-1:8', '4:5-4:9']);
    assert.deepEqual(referencesAt(doc, { line: 2, character: 1 }), [], 'a heading nothing names');
    assert.deepEqual(referencesAt(doc, { line: 0, character: 3 }, true).map(show), ['0:1-0:7'], 'the BOM is not part of the heading');
  });

  it('goes to each heading a reference could name when the draft does not tell which', () => {
    const lines = ['一、甲', '（一）子', '（二）子', '二、乙', '（一）子', '（二）子', '三、丙', '具体要求见（二）。'];
    const d = parseDocument(lines.join('\n'), 'plain');
    assert.deepEqual(definitionAt(d, { line: 7, character: 6 }).map((r) => r.start.line), [2, 5]);
    assert.deepEqual(referencesAt(d, { line: 2, character: 1 }), [], 'nor listed under either');
  });
});

describe('renumbering rewrites every reference of a list', () => {
  it('rewrites the quoted markers after the first, and a part after an item', () => {
    const { text, references } = renumbered(['一、总体情况', '（一）甲', '（三）乙', '（四）丙', '详见“（三）”和“（四）”，见（四）和第三部分。', '三、问题', '四、计划']);
    assert.deepEqual(text, ['一、总体情况', '（一）甲', '（二）乙', '（三）丙', '详见“（二）”和“（三）”，见（三）和第二部分。', '二、问题', '三、计划']);
    assert.deepEqual(references, ['（四） 4→3', '第三部分 3→2', '“（三）” 3→2', '“（四）” 4→3']);
  });

  it('rewrites both ends of a range, and quoted Arabic and Chinese markers side by side', () => {
    const { text } = renumbered(['一、总体', '1.甲', '3.乙', '三、任务', '详见“3.”和“三、”，具体见第三部分至第四部分。', '四、保障']);
    assert.deepEqual(text, ['一、总体', '1.甲', '2.乙', '二、任务', '详见“2.”和“二、”，具体见第二部分至第三部分。', '三、保障']);
  });

  it('rewrites each numeral of 第三、四部分', () => {
    const { text } = renumbered(['一、总体', '详见第三、四部分。', '三、任务', '四、保障']);
    assert.deepEqual(text, ['一、总体', '详见第二、三部分。', '二、任务', '三、保障']);
  });

  it('rewrites English lists of sections, not a count after one nor another document\'s', () => {
    const { text } = renumbered([
      '1. Introduction',
      'See Sections 3 and 5, and section 3 or 5; Section 3 to 5 for the detail.',
      'Sites were chosen as in Section 3, 2 of which closed. Sections 3 and 5 of the Highways Act apply.',
      '3. Method',
      '5. Results',
    ]);
    assert.deepEqual(text, [
      '1. Introduction',
      'See Sections 2 and 3, and section 2 or 3; Section 2 to 3 for the detail.',
      'Sites were chosen as in Section 2, 2 of which closed. Sections 3 and 5 of the Highways Act apply.',
      '2. Method',
      '3. Results',
    ]);
  });

  it('leaves a list that names a missing number as it is, to check, rather than make it name one section twice (ux49)', () => {
    for (const reference of ['详见第三、四部分。', '详见第三部分和第四部分。', '详见第三至四部分。', '详见“三、”和“四、”。']) {
      const { text, references } = renumbered(['一、总体', reference, '二、甲', '四、任务', '五、保障']);
      assert.deepEqual(text, ['一、总体', reference, '二、甲', '三、任务', '四、保障'], reference);
      assert.ok(references.length === 1 && references[0].endsWith('4→3 check'), `${reference}: ${references.join('; ')}`);
    }
    const { text } = renumbered(['1. Introduction', 'See sections 3.2 and 3.4.', '3. Method', '3.1 Sample', '3.3 Survey', '3.4 Interviews']);
    // No collision here: 3.4 becomes 2.3 beside the missing 3.2, which stays as written.
    assert.deepEqual(text.slice(1, 2), ['See sections 3.2 and 2.3.']);
  });

  it('leaves an Act\'s section as it is, as the rule reads it: under a lead-in naming the Act, named again, in a column naming it (xref64)', () => {
    const { text, references } = renumbered([
      '1. Introduction',
      'Part 4 of the Property Agents Act 2022 gives the Authority two tools:',
      '(a) improvement notices (section 3);',
      '(b) banning orders (see section 3).',
      'Stopping up is made under section 5 of the Highways Act 1980. The purposes set out in section 5 are met.',
      '',
      'The results are in section 5.',
      'Mirador County adopted a revised Outdoor Lighting Code in June 2025. Section 3 limits the colour of new lights.',
      '3. Method',
      '5. Results',
    ]);
    assert.deepEqual(text, [
      '1. Introduction',
      'Part 4 of the Property Agents Act 2022 gives the Authority two tools:',
      '(a) improvement notices (section 3);',
      '(b) banning orders (see section 2).',
      'Stopping up is made under section 5 of the Highways Act 1980. The purposes set out in section 5 are met.',
      '',
      'The results are in section 3.',
      'Mirador County adopted a revised Outdoor Lighting Code in June 2025. Section 3 limits the colour of new lights.',
      '2. Method',
      '3. Results',
    ]);
    assert.deepEqual(references, ['section 3 3→2', 'section 5 5→3']);
  });

  it('leaves a list of another document\'s parts as it is', () => {
    const { text, references } = renumbered(['一、总体', '按《实施意见》第三部分和第四部分执行，参照该办法第三部分及第四部分。', '三、任务', '四、保障']);
    assert.deepEqual(text, ['一、总体', '按《实施意见》第三部分和第四部分执行，参照该办法第三部分及第四部分。', '二、任务', '三、保障']);
    assert.deepEqual(references, []);
  });
});

describe('reading references stays linear', () => {
  it('reads a paragraph of 60,000 joined references, and a draft of 6,000 sections each referred to, in seconds, not minutes', () => {
    const joined = ['一、甲', `详见${Array.from({ length: 20000 }, () => '第一部分和（一）、“1.”').join('及')}。`, '（一）子', '1.项'].join('\n');
    let started = Date.now();
    assert.ok(referenceLinks(parseDocument(joined, 'plain')).length >= 60000);
    assert.ok(Date.now() - started < 4000, `${Date.now() - started} ms`);
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) lines.push(`${i}. Section ${i}`, '（一）子项', `See Section ${i} and ${i + 1}, 详见第三部分和（一）及“${i}.”，见附件2、3。`, '');
    const doc = parseDocument(lines.join('\n'), 'plain');
    started = Date.now();
    referencesAt(doc, { line: 1, character: 1 }, true);
    assert.ok(Date.now() - started < 4000, `${Date.now() - started} ms`);
  });
});

describe('a reference past the draft\'s last part, named as the draft numbers its parts', () => {
  const messages = (lines: string[]) =>
    lint(lines.join('\n'), { format: 'markdown', locale: 'zh-cn' }).filter((f) => f.ruleId === 'cross-reference').map((f) => f.message);
  it('names the last 一、 part as “五、”, not as a 第X节 the draft does not have', () => {
    const draft = ['# 工作报告', '', '## 一、概况', '', '## 二、经营', '', '处置情况详见第七节。', '', '## 三、改革', '', '## 四、责任', '', '## 五、展望', ''];
    assert.deepEqual(messages(draft), ['核对引用：文中没有“第七节”，本文各部分编为“一、”至“五、”']);
  });
  it('keeps “第五节” where the draft heads its sections 第X节', () => {
    const draft = ['# 工作报告', '', '第一节 概况', '', '第二节 经营', '', '处置情况详见第七节。', '', '第三节 改革', '', '第四节 责任', '', '第五节 展望', ''];
    assert.deepEqual(messages(draft), ['核对引用：文中没有“第七节”，最后一个是“第五节”']);
  });
});
