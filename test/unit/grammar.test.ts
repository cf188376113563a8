// A light check of the TextMate grammar without an Oniguruma runtime: the JSON is well formed, every
// regex compiles as a JavaScript approximation, rules stay on one line and stay linear, and the section
// marker and placeholder rules match what they should and leave look-alikes alone.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface Capture {
  name?: string;
  patterns?: GrammarRule[];
}

interface GrammarRule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  include?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  patterns?: GrammarRule[];
}

interface Grammar extends GrammarRule {
  scopeName: string;
  repository: Record<string, GrammarRule>;
}

const FILE = path.resolve(__dirname, '../../syntaxes/report.tmLanguage.json');

/** Oniguruma to JavaScript, close enough for these patterns: \G (the end of a begin match) becomes ^. */
function toJs(source: string): RegExp {
  return new RegExp(source.replace(/\\G/g, '^').replace(/\(\?<(?![=!])[A-Za-z_]\w*>/g, '(?:'));
}

/** Every rule in the grammar, including the ones nested in captures. */
function allRules(grammar: Grammar): GrammarRule[] {
  const out: GrammarRule[] = [];
  const visit = (rule: GrammarRule) => {
    out.push(rule);
    rule.patterns?.forEach(visit);
    for (const captures of [rule.captures, rule.beginCaptures, rule.endCaptures]) {
      for (const capture of Object.values(captures ?? {})) capture.patterns?.forEach(visit);
    }
  };
  visit(grammar);
  Object.values(grammar.repository).forEach(visit);
  return out;
}

/** Match rules whose own name or one of whose captures carries `scope`, with the group that carries it. */
function rulesFor(grammar: Grammar, scope: string): { rule: GrammarRule; regex: RegExp; group: number }[] {
  const found: { rule: GrammarRule; regex: RegExp; group: number }[] = [];
  for (const rule of allRules(grammar)) {
    if (rule.match === undefined) continue;
    if (rule.name === scope) found.push({ rule, regex: toJs(rule.match), group: 0 });
    for (const [group, capture] of Object.entries(rule.captures ?? {})) {
      if (capture.name === scope) found.push({ rule, regex: toJs(rule.match), group: Number(group) });
    }
  }
  return found;
}

/**
 * A group repeated without bound ( )* )+ ){n,} ) that itself contains an unbounded repetition: the shape
 * that backtracks exponentially. Bounded repetitions and optional groups are fine.
 */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const stack: boolean[] = []; // per open group: does it contain an unbounded quantifier?
  let inClass = false;
  const unboundedAt = (i: number) => /^(?:[*+]|\{\d+,\})/.test(source.slice(i));
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop() ?? false;
      const repeated = unboundedAt(i + 1);
      if (inner && repeated) return true;
      if ((inner || repeated) && stack.length) stack[stack.length - 1] = true;
    } else if (unboundedAt(i) && stack.length) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

describe('grammar', () => {
  const grammar = JSON.parse(readFileSync(FILE, 'utf8')) as Grammar;
  const rules = allRules(grammar);

  it('is a TextMate grammar for text.report', () => {
    assert.equal(grammar.scopeName, 'text.report');
    assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
    for (const rule of rules) {
      if (rule.include?.startsWith('#')) assert.ok(grammar.repository[rule.include.slice(1)], `unknown include ${rule.include}`);
    }
  });

  it('has regexes that compile, stay linear, and never run past the end of a line', () => {
    for (const rule of rules) {
      for (const key of ['match', 'begin', 'end', 'while'] as const) {
        const source = rule[key];
        if (source === undefined) continue;
        assert.doesNotThrow(() => toJs(source), `${key}: ${source}`);
        assert.ok(!hasNestedUnboundedQuantifier(source), `nested unbounded repetition in ${key}: ${source}`);
      }
      assert.equal(rule.while, undefined, 'no while rules: they span lines');
      if (rule.begin !== undefined) assert.match(rule.end ?? '', /(?:^|[^\\])\$/, `begin ${rule.begin} must end at the end of the line`);
    }
  });

  it('the nested-repetition check catches the dangerous shape', () => {
    assert.ok(hasNestedUnboundedQuantifier('(a+)+'));
    assert.ok(hasNestedUnboundedQuantifier('(?:x(?:a*b)*)'));
    assert.ok(!hasNestedUnboundedQuantifier('[0-9]+(?:[.][0-9]+)?'));
    assert.ok(!hasNestedUnboundedQuantifier('(?:[.][0-9]{1,3}){0,3}'));
  });

  const MARKERS: [scope: string, line: string, marker: string][] = [
    ['markup.heading.chapter.report', '第一章 总则', '第一章'],
    ['markup.heading.chapter.report', '第二部分　主要做法', '第二部分'],
    ['markup.heading.1.report', '一、总体情况', '一、'],
    ['markup.heading.1.report', '\u3000\u3000二、主要做法', '二、'],
    ['markup.heading.2.report', '（一）工作目标', '（一）'],
    ['markup.heading.2.report', '\t(二)保障措施', '(二)'],
    ['markup.heading.3.report', '1.加强领导', '1.'],
    ['markup.heading.3.report', '2、完善制度', '2、'],
    ['markup.heading.3.report', '3．强化考核', '3．'],
    ['markup.heading.4.report', '（1）落实责任', '（1）'],
    ['markup.heading.5.report', '①明确分工', '①'],
    ['markup.heading.5.report', '⑴明确分工', '⑴'],
    ['markup.heading.dotted.report', '1.1 总体目标', '1.1'],
    ['markup.heading.dotted.report', '2.3.1具体措施', '2.3.1'],
  ];

  const NOT_MARKERS = ['1.5万人次参加培训', '2023年工作总结', '一、二年级学生全部参加', '3、4月份开展督查', '10.1国庆期间，全体干部放假', '第1页', '12.5%的学校', '1.'];

  const lineStartMarkerRules = () =>
    rules.flatMap((rule) =>
      rule.match?.startsWith('^') && Object.values(rule.captures ?? {}).some((c) => c.name?.startsWith('markup.heading.')) ? [toJs(rule.match)] : [],
    );

  it('marks section markers at the start of a line, each level with its own scope', () => {
    for (const [scope, line, marker] of MARKERS) {
      const candidates = rulesFor(grammar, scope).filter(({ rule }) => rule.match!.startsWith('^'));
      assert.ok(candidates.length > 0, `no line-start rule for ${scope}`);
      const hit = candidates.map(({ regex, group }) => regex.exec(line)?.[group]).find((m) => m !== undefined);
      assert.equal(hit, marker, `${scope} on “${line}”`);
    }
  });

  it('does not take quantities, years or counting for markers', () => {
    const markerRules = lineStartMarkerRules();
    assert.ok(markerRules.length >= 7);
    for (const line of NOT_MARKERS) {
      for (const regex of markerRules) assert.doesNotMatch(line, regex, `“${line}” taken for a marker by ${regex.source}`);
    }
  });

  it('marks markers only at the start of a line', () => {
    for (const regex of lineStartMarkerRules()) {
      for (const [, line] of MARKERS) assert.doesNotMatch(`正文中${line}`, regex);
    }
  });

  it('marks markers inside Markdown-style headings', () => {
    const heading = grammar.repository['markdown-heading'];
    assert.equal(heading.name, 'markup.heading.markdown.report');
    assert.match('## 一、总体情况', toJs(heading.begin!));
    assert.doesNotMatch('#hashtag', toJs(heading.begin!));
    const inner = (heading.patterns ?? []).filter((r) => r.match?.startsWith('\\G'));
    const afterHashes = '一、总体情况';
    assert.ok(inner.some((r) => r.captures?.['1']?.name === 'markup.heading.1.report' && toJs(r.match!).test(afterHashes)));
  });

  const scoped = (scope: string) => rulesFor(grammar, scope).map(({ regex }) => regex);
  const anyMatch = (regexes: RegExp[], text: string) => regexes.some((r) => r.test(text));

  it('marks placeholders and leaves ordinary words alone', () => {
    const placeholder = scoped('invalid.illegal.placeholder.report');
    const flagged = ['xx市教育局', 'XX单位', '××同志', 'ＸＸ县', '20xx年', '202X年', '20××年', 'X月X日', '某某同志', '某某某', '○○学校', '□□', 'TODO', 'TBD', 'FIXME', '[NAME]', '[PROJECT NAME]', '{{name}}', '【待补充】', '（待定）', '请填写'];
    for (const text of flagged) assert.ok(anyMatch(placeholder, text), `placeholder not marked: “${text}”`);
    const clean = ['某些地方', 'XXL', 'Foxx', 'taxi', 'xenon', '3×4', '2023年', '有待补充和完善', 'X光', '[1]', '[Note]', 'TODOS'];
    for (const text of clean) assert.ok(!anyMatch(placeholder, text), `“${text}” marked as a placeholder`);
  });

  it('marks percentages, enumerations, quotes and titles', () => {
    const percent = scoped('constant.numeric.percent.report');
    for (const text of ['58.7%', '58.7％', '12 个百分点', '3.5个百分点', 'rose 4 percentage points']) assert.ok(anyMatch(percent, text), text);
    const enumeration = scoped('keyword.other.enumeration.report');
    for (const text of ['一是加强领导', '；二是完善制度', '第一，', '第二，加强', 'First, we']) assert.ok(anyMatch(enumeration, text), text);
    for (const text of ['统一是基础', '名列第三']) assert.ok(!anyMatch(enumeration, text), text);
    const quote = scoped('string.quoted.double.report');
    assert.ok(anyMatch(quote, '坚持“三个聚焦”'));
    assert.ok(!anyMatch(quote, '出台了“禁麻令,各级媒体纷纷报道'), 'an unclosed quote must colour nothing');
    const title = scoped('markup.italic.title.report');
    assert.ok(anyMatch(title, '《关于加强教育工作的意见》'));
    assert.ok(!anyMatch(title, '根据《意见精神'));
  });
});
