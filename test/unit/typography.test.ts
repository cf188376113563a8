// Chinese messages follow Chinese typesetting, as the tool asks of the drafts it checks: no ASCII space around
// a full-width mark, no space between Chinese and digits or Latin letters, full-width punctuation after Chinese;
// and they are short, so the Problems panel shows them whole. Checked on every zh template of every rule, every
// server string, and every message the fixtures produce.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FILE_PROBLEMS, lintDetailed, PROBLEM_MESSAGES, readValues, rules, ruleOptionSpecs, type TextFormat } from '../../server/src/engine';
import { SERVER_TEXTS, type ServerText } from '../../server/src/strings';
import { typographyProblems, withoutQuoted } from '../support/typography';

/** Fills a template's `{name}` with a typical value (what a rule passes: a marker, a number, a mark). */
function fill(template: string): string {
  const samples: Record<string, string> = { count: '3', order: '一、>（一）>1.', from: '45%', to: '40%', stated: '5', actual: '下降', pattern: '"x+"', name: '引号', mark: '“', partner: '”', expected: '（三）' };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => samples[key] ?? '二');
}

/** Every string a ServerText table gives, its functions called with typical arguments. */
function serverStrings(text: ServerText): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push((value as (...a: unknown[]) => string)('编号连续', 2, 2048));
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(text);
  return out;
}

const MAX_LENGTH = 40;

/** Values the engine composes itself (a mark's name, the level order, a count); every other value is draft text. */
const COMPOSED = new Set(['name', 'order', 'count']);
interface Template {
  parts: string[];
  keys: string[];
  regex: RegExp;
}

function compile(zh: string): Template {
  const parts: string[] = [];
  const keys: string[] = [];
  let last = 0;
  for (const m of zh.matchAll(/\{(\w+)\}/g)) {
    parts.push(zh.slice(last, m.index));
    keys.push(m[1]);
    last = m.index + m[0].length;
  }
  parts.push(zh.slice(last));
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { parts, keys, regex: new RegExp(`^${parts.map(escape).join('(.*?)')}$`, 's') };
}

const templates = new Map(rules.map((r) => [r.meta.id, Object.values(r.meta.messages).map((m) => compile(m.zh))]));

/** A produced message with the draft's own text (quoted markers, figures, marks) replaced by a neutral sample. */
function withoutDraftText(ruleId: string, message: string): string {
  for (const t of templates.get(ruleId) ?? []) {
    const m = t.regex.exec(message);
    if (!m) continue;
    return t.parts.map((part, i) => part + (i < t.keys.length ? (COMPOSED.has(t.keys[i]) ? m[i + 1] : '二') : '')).join('');
  }
  return message;
}

describe('message typography', () => {
  it('finds what it is meant to find', () => {
    assert.deepEqual(typographyProblems('空的引号 “” ：其中的内容缺失'), ['ASCII space beside a full-width mark']);
    assert.deepEqual(typographyProblems('第 2 级'), ['space between Chinese and a digit or Latin letter']);
    assert.deepEqual(typographyProblems('共 20 个问题'), ['space between Chinese and a digit or Latin letter']);
    assert.deepEqual(typographyProblems('删除,再检查'), ['half-width punctuation beside Chinese']);
    assert.deepEqual(typographyProblems('编号跳号：“1. 2 个”之后应为“3.”'), [], 'quoted draft text is the writer’s');
  });

  for (const rule of rules) {
    it(`${rule.meta.id}: every Chinese message is typeset the Chinese way and short`, () => {
      for (const [key, message] of Object.entries(rule.meta.messages)) {
        const filled = fill(message.zh);
        assert.deepEqual(typographyProblems(filled), [], `${rule.meta.id}.${key}: ${filled}`);
        assert.ok(withoutQuoted(filled).length <= MAX_LENGTH, `${rule.meta.id}.${key} is ${withoutQuoted(filled).length} characters (at most ${MAX_LENGTH}): ${filled}`);
        assert.ok(!/[，,]\s*应删除$/.test(message.zh), `${rule.meta.id}.${key}: say what to do first: ${message.zh}`);
      }
      for (const text of [rule.meta.name.zh, rule.meta.description.zh]) assert.deepEqual(typographyProblems(text), [], text);
    });
  }

  it('every server string in Chinese', () => {
    for (const text of serverStrings(SERVER_TEXTS['zh-cn'])) assert.deepEqual(typographyProblems(text), [], text);
  });

  it('every settings problem in Chinese, as written and as produced', () => {
    for (const [key, message] of Object.entries({ ...PROBLEM_MESSAGES, ...FILE_PROBLEMS })) assert.deepEqual(typographyProblems(fill(message.zh)), [], `${key}: ${message.zh}`);
    const { problems } = readValues(
      { rules: { nonsense: 'off', placeholder: 'loud' }, ruleOptions: { 'numbering-sequence': { nope: 1 } }, placeholders: { extra: ['(?<=a)b', '(x)\\1'], allow: 'x' }, maxFileSizeKB: 'big', bogus: 1 },
      'config',
      ruleOptionSpecs,
      true,
    );
    assert.ok(problems.length >= 7, String(problems.length));
    for (const p of problems) assert.deepEqual(typographyProblems(p.message.zh), [], p.message.zh);
  });

  it('a custom placeholder pattern\'s message quotes the pattern the Chinese way', () => {
    const findings = lintDetailed('一、主要工作\n\n主要工作：待补充内容。\n', { locale: 'zh-cn', placeholders: { extra: ['主要工作'] } } as never).findings.filter((f) => f.ruleId === 'placeholder');
    const extra = findings.find((f) => f.message.includes('自定义规则'));
    assert.ok(extra, findings.map((f) => f.message).join('\n'));
    assert.match(extra.message, /（匹配自定义规则“主要工作”）/);
    assert.deepEqual(typographyProblems(extra.message), [], extra.message);
  });

  it('every Chinese message, fix title and related note the fixtures produce', function () {
    this.timeout(180_000); // lints every fixture: a hang guard, not a speed check
    const root = path.join(__dirname, '..', 'fixtures');
    const files = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => /\.(txt|md|report)$/.test(f) && !/\.fixed\./.test(f));
    let checked = 0;
    for (const file of files) {
      const format: TextFormat = file.endsWith('.md') ? 'markdown' : 'plain';
      const { findings } = lintDetailed(fs.readFileSync(path.join(root, file), 'utf8'), { locale: 'zh-cn', format });
      for (const f of findings) {
        for (const text of [f.message, f.fix?.title ?? '', ...(f.related ?? []).map((r) => r.message)]) {
          const composed = withoutDraftText(f.ruleId, text);
          assert.deepEqual(typographyProblems(composed), [], `${file}: ${text}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 500, `only ${checked} messages checked`);
  });
});
