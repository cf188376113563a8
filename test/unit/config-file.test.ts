// The configuration file: its JSON schema (shipped for VS Code's completion and validation) and the checks the
// linter applies agree on what is valid; problems are placed where they are written.
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { parseConfigFile, readValues, ruleOptionSpecs, withSuppression } from '../../server/src/engine';
import { configSchema, packageJsonSchema } from '../../scripts/settings-docs';

const ajv = new Ajv({ allErrors: true });
ajv.addVocabulary(['markdownDescription', 'allowComments', 'allowTrailingCommas', 'enumDescriptions']);
const validate = ajv.compile(configSchema());
const validatePackage = ajv.compile(packageJsonSchema());

const GOOD: Record<string, unknown>[] = [
  {},
  { $schema: './node_modules/report-lint/schemas/reportlintrc.schema.json' },
  { rules: { placeholder: 'off', 'missing-value': 'info' }, locale: 'zh-cn', languages: ['report', 'plaintext'] },
  { placeholders: { extra: ['【[^】]*】'], allow: ['XX'] }, ignore: ['archive/', '*.old.md'] },
  { ruleOptions: { placeholder: {} } },
  { suppressions: [{ file: 'drafts/a.report', rule: 'placeholder', text: 'XX', context: 'XX公司', note: '单位简称' }] },
  { suppressions: [{ file: 'notes.txt', rule: 'page-furniture' }] },
];

const BROKEN: [string, Record<string, unknown>][] = [
  ['unknown rule', { rules: { placehoder: 'off' } }],
  ['wrong severity', { rules: { placeholder: 'warn' } }],
  ['unknown key', { rule: { placeholder: 'off' } }],
  ['unknown option', { ruleOptions: { placeholder: { minChars: 3 } } }],
  ['wrong locale', { locale: 'zh' }],
  ['languages not a list', { languages: 'report' }],
  ['empty pattern', { placeholders: { extra: [''] } }],
  ['unknown placeholders key', { placeholders: { deny: ['x'] } }],
  ['suppression with an empty text', { suppressions: [{ file: 'a.txt', rule: 'placeholder', text: '' }] }],
  ['suppression with a context but no text', { suppressions: [{ file: 'a.txt', rule: 'placeholder', context: 'XX公司' }] }],
  ['suppression of an unknown rule', { suppressions: [{ file: 'a.txt', rule: 'nope', text: 'x' }] }],
  ['editor-only setting', { maxFileSizeKB: 10 }],
];

describe('configuration file schema', () => {
  for (const config of GOOD) {
    it(`accepts ${JSON.stringify(config)}`, () => {
      assert.ok(validate(config), JSON.stringify(validate.errors));
      assert.ok(validatePackage({ name: 'drafts', reportLint: config }), JSON.stringify(validatePackage.errors));
      assert.deepEqual(readValues(config, 'config', ruleOptionSpecs, true).problems, []);
    });
  }

  for (const [what, config] of BROKEN) {
    it(`refuses ${what}, as the linter does`, () => {
      assert.equal(validate(config), false, `schema accepts ${JSON.stringify(config)}`);
      assert.equal(validatePackage({ reportLint: config }), false);
      assert.notDeepEqual(readValues(config, 'config', ruleOptionSpecs, true).problems, [], `linter accepts ${JSON.stringify(config)}`);
    });
  }

  it('enumerates every registered rule id and severity', () => {
    const rules = (configSchema().properties as Record<string, { properties: Record<string, { enum: string[] }> }>).rules.properties;
    assert.deepEqual(Object.keys(rules), [...ruleOptionSpecs.keys()]);
    for (const id of Object.keys(rules)) assert.deepEqual(rules[id].enum, ['off', 'error', 'warning', 'info', 'hint']);
  });
});

/** Where ajv puts an error, as a value path: the missing or extra key is part of it. */
function errorPath(error: { instancePath: string; params: Record<string, unknown> }): (string | number)[] {
  const path: (string | number)[] = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  for (const key of ['additionalProperty', 'property', 'missingProperty']) if (typeof error.params[key] === 'string') return [...path, error.params[key] as string];
  return path;
}

const related = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.slice(0, b.length).every((p, i) => p === b[i]) || b.slice(0, a.length).every((p, i) => p === a[i]);

describe('one problem in a configuration file, one diagnostic (the schema in the editor, the rest from the server)', () => {
  const BEYOND: [string, Record<string, unknown>][] = [
    ['a pattern RE2 refuses', { placeholders: { extra: ['(?<=年)XX'] } }],
    ['a back-reference', { placeholders: { extra: ['(X)\\1'] } }],
    ['a context that does not hold the text', { suppressions: [{ file: 'a.txt', rule: 'placeholder', text: 'XX', context: '某某公司' }] }],
  ];
  const MORE: [string, Record<string, unknown>][] = [
    ['too many patterns', { placeholders: { extra: Array.from({ length: 201 }, (_, i) => `X${i}`) } }],
    ['a pattern too long', { placeholders: { extra: ['X'.repeat(1001)] } }],
    ['a wrong value among right ones', { rules: { placeholder: 'off', 'empty-pair': 'warn' }, locale: 'en' }],
    ['a suppression with an unknown key', { suppressions: [{ file: 'a.txt', rule: 'placeholder', txt: 'XX' }] }],
    ['a suppression without its file', { suppressions: [{ rule: 'placeholder' }] }],
    ['not an object', ['rules'] as unknown as Record<string, unknown>],
  ];
  for (const [what, config] of [...BROKEN, ...BEYOND, ...MORE]) {
    it(`${what}: the schema flags exactly what the linter finds and the schema can say`, () => {
      validate(config);
      const schema = (validate.errors ?? []).map(errorPath);
      const { problems } = readValues(config, 'config', ruleOptionSpecs, true);
      assert.notDeepEqual(problems, []);
      for (const problem of problems) {
        const flagged = schema.some((p) => related(p, problem.path));
        assert.equal(flagged, !problem.beyondSchema, `${JSON.stringify(problem.path)}: ${problem.message.en} (schema errors at ${JSON.stringify(schema)})`);
      }
      for (const p of schema) assert.ok(problems.some((problem) => related(p, problem.path)), `the schema flags ${JSON.stringify(p)}, the linter does not`);
    });
  }

  it('leaves syntax errors to the editor, and says itself that a file is empty (a JSON editor sees no error there)', () => {
    const broken = parseConfigFile('{\n  "rules": { "placeholder": "off" \n}', '.reportlintrc.json', ruleOptionSpecs)!;
    assert.deepEqual(broken.problems.map((p) => p.shownBySchema), [true]);
    for (const text of ['', '  \n', '// 以后再写\n']) {
      const empty = parseConfigFile(text, '.reportlintrc.json', ruleOptionSpecs)!;
      assert.deepEqual(empty.problems.map((p) => [p.message.en, p.shownBySchema]), [['is empty', false]], JSON.stringify(text));
    }
    const beyond = parseConfigFile('{ "placeholders": { "extra": ["(?<=年)XX", ""] } }', '.reportlintrc.json', ruleOptionSpecs)!;
    assert.deepEqual(beyond.problems.map((p) => [p.setting, p.shownBySchema]), [['placeholders.extra[0]', false], ['placeholders.extra[1]', true]]);
  });
});

describe('configuration file parsing', () => {
  it('reads comments and trailing commas', () => {
    const file = parseConfigFile('{\n  // 本单位的习惯\n  "rules": { "placeholder": "off", },\n}\n', '.reportlintrc.json', ruleOptionSpecs)!;
    assert.deepEqual(file, { values: { rules: { placeholder: 'off' } }, problems: [], usable: true });
  });

  it('gives one problem for broken JSON, at the place it breaks, and nothing of the file applies', () => {
    const file = parseConfigFile('{\n  "rules": { "placeholder": "off" \n  "locale": "en"\n}', '.reportlintrc.jsonc', ruleOptionSpecs)!;
    assert.equal(file.usable, false);
    assert.equal(file.problems.length, 1);
    assert.match(file.problems[0].message.en, /is not valid JSON: comma expected/);
    assert.equal(file.problems[0].message.zh, '不是有效的JSON：缺少逗号');
    assert.deepEqual(file.problems[0].range.start, { line: 2, character: 2 });
    assert.deepEqual(file.values, {});
  });

  it('underlines an unknown name at the key and a wrong value at the value, keeping the rest', () => {
    const text = '{\n  "rules": {\n    "placehoder": "off",\n    "empty-pair": "warn",\n    "unpaired-mark": "off"\n  }\n}';
    const file = parseConfigFile(text, '.reportlintrc.json', ruleOptionSpecs)!;
    assert.deepEqual(file.values, { rules: { 'unpaired-mark': 'off' } });
    assert.deepEqual(
      file.problems.map((p) => [p.setting, p.range.start.line, p.range.start.character, p.range.end.character]),
      [
        ['rules.placehoder', 2, 4, 16],
        ['rules.empty-pair', 3, 18, 24],
      ],
    );
  });

  it('reads only the reportLint key of a package.json, and a package.json without it is no configuration', () => {
    assert.equal(parseConfigFile('{ "name": "drafts" }', '/x/package.json', ruleOptionSpecs), undefined);
    assert.equal(parseConfigFile('{ "name": "drafts", ', '/x/package.json', ruleOptionSpecs), undefined);
    const file = parseConfigFile('{ "name": "drafts", "reportLint": { "locale": "en", "rules": { "x": "off" } } }', 'package.json', ruleOptionSpecs)!;
    assert.deepEqual(file.values, { locale: 'en', rules: {} });
    assert.deepEqual(file.problems.map((p) => p.setting), ['rules.x']);
  });
});

describe('adding a suppression to a configuration file', () => {
  const entry = { file: 'drafts/a.report', rule: 'placeholder', text: 'XX' };

  it('creates the list, keeps comments, and adds an entry once', () => {
    const text = '// 团队设置\n{\n  "rules": { "placeholder": "warning" }\n}\n';
    const added = withSuppression(text, '.reportlintrc.jsonc', entry);
    assert.match(added, /^\/\/ 团队设置\n/);
    assert.deepEqual(parseConfigFile(added, '.reportlintrc.jsonc', ruleOptionSpecs)!.values, { rules: { placeholder: 'warning' }, suppressions: [entry] });
    assert.equal(withSuppression(added, '.reportlintrc.jsonc', entry), added);
    const two = withSuppression(added, '.reportlintrc.jsonc', { file: 'b.txt', rule: 'page-furniture' });
    assert.equal(parseConfigFile(two, '.reportlintrc.jsonc', ruleOptionSpecs)!.values.suppressions!.length, 2);
  });

  it('writes a new file, and under the reportLint key of a package.json', () => {
    assert.deepEqual(JSON.parse(withSuppression('', '.reportlintrc.json', entry)), { suppressions: [entry] });
    const pkg = JSON.parse(withSuppression('{ "name": "drafts" }', 'package.json', entry));
    assert.deepEqual(pkg, { name: 'drafts', reportLint: { suppressions: [entry] } });
  });

  it('refuses a file that is not valid JSON', () => {
    assert.throws(() => withSuppression('{ "rules": ', '.reportlintrc.json', entry), /not valid JSON/);
  });
});
