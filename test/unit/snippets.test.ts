// Every snippet, expanded the way VS Code would and then filled in as a writer would (each stand-in replaced by
// real text), must be a clean draft: a finished skeleton that the linter flags would teach users to ignore it.
// Left half-filled, every stand-in the skeleton offered (单位名称, 写明采取的主要措施…) is reported as a placeholder.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintDetailed, type Finding, type TextFormat } from '../../server/src/engine';
import { renderSnippetPlaceholders, SNIPPET_PLACEHOLDERS, snippetPlaceholderTexts } from '../../scripts/snippet-placeholders';
import { expandSnippet } from '../../scripts/snippet-syntax';
import { typographyProblems } from '../support/typography';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const ROOT = path.resolve(__dirname, '../..');

const FILES: { file: string; format: TextFormat }[] = [
  { file: 'snippets/report.code-snippets', format: 'plain' },
  { file: 'snippets/markdown.code-snippets', format: 'markdown' },
];

/** Skeletons and the section titles each must contain, by prefix. */
const SKELETONS: Record<string, string[]> = {
  gzzj: ['一、主要工作及成效', '二、存在的问题和不足', '三、下一步工作打算', '（一）', '（二）'],
  gzjh: ['一、指导思想', '二、工作目标', '三、主要任务', '四、保障措施'],
  gzbg: ['一、', '二、', '三、', '（一）'],
  szbg: ['一、履职情况', '二、存在的不足', '三、今后努力方向'],
  dybg: ['一、基本情况', '二、主要做法和成效', '三、存在的问题', '四、原因分析', '五、对策建议'],
  'annual-report': ['Executive Summary', 'Background', 'Findings', 'Recommendations', 'Next Steps'],
  'project-report': ['Executive Summary', 'Background', 'Findings', 'Recommendations', 'Next Steps'],
};

/** Single-section snippets and the marker each inserts (with the first choice picked). */
const SECTIONS: Record<string, string> = { yiji: '一、', yiji2: '（一）', sanji: '1.', siji: '（1）' };

describe('snippets', () => {
  describe('expansion helper', () => {
    it('expands placeholders, mirrors, choices, variables and transforms like VS Code', () => {
      const date = new Date(2025, 0, 5);
      const text = expandSnippet('${1:单位}${2:${CURRENT_YEAR}}年，$1、${1}；${3|一,二|}；$4${5}；${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日；\\$9', date);
      assert.equal(text, '单位2025年，单位、单位；一；；1月5日；$9');
      assert.equal(expandSnippet('${CURRENT_MONTH}-${CURRENT_DATE} $CURRENT_MONTH_NAME', new Date(2025, 10, 25)), '11-25 November');
      assert.throws(() => expandSnippet('${NO_SUCH_VARIABLE}', date), /unknown snippet variable/);
      assert.throws(() => expandSnippet('${1:unclosed', date), /unclosed/);
    });
  });

  for (const { file, format } of FILES) {
    const snippets = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, Snippet>;
    const prefixesOf = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
    const byPrefix = new Map<string, string>();
    for (const [name, s] of Object.entries(snippets)) for (const p of prefixesOf(s)) byPrefix.set(p, name);

    describe(file, () => {
      it('gives every snippet a prefix, a body and a description', () => {
        for (const [name, s] of Object.entries(snippets)) {
          const prefixes = prefixesOf(s);
          assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p.trim() !== ''), `${name}: prefix`);
          const body = Array.isArray(s.body) ? s.body : [s.body];
          assert.ok(body.length > 0 && body.join('').trim() !== '', `${name}: body`);
          assert.ok(typeof s.description === 'string' && s.description.trim() !== '', `${name}: description`);
        }
      });

      it('names and describes each snippet typeset the Chinese way (the completion list shows both)', () => {
        for (const [name, s] of Object.entries(snippets)) {
          for (const text of [name, s.description]) assert.deepEqual(typographyProblems(text), [], text);
        }
      });

      it('starts no prefix with a bracket the editor closes as it is typed (accepting left the ） behind the snippet)', () => {
        const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as { autoClosingPairs: { open: string }[] };
        const openers = config.autoClosingPairs.map((p) => p.open);
        for (const [name, s] of Object.entries(snippets)) {
          for (const p of prefixesOf(s)) assert.ok(!openers.includes(p[0]), `${name}: prefix ${p} (the marker completion offers （一） as （ is typed)`);
        }
      });

      it('uses each prefix once', () => {
        const all = Object.values(snippets).flatMap(prefixesOf);
        assert.deepEqual(all.filter((p, i) => all.indexOf(p) !== i), []);
      });

      it('has the report skeletons and the single-section snippets', () => {
        for (const prefix of [...Object.keys(SKELETONS), ...Object.keys(SECTIONS)]) {
          assert.ok(byPrefix.has(prefix), `no snippet with prefix "${prefix}"`);
        }
        for (const [prefix, titles] of Object.entries(SKELETONS)) {
          const text = expand(snippets[byPrefix.get(prefix)!]);
          for (const title of titles) assert.ok(text.includes(title), `"${prefix}" lacks “${title}”:\n${text}`);
        }
        for (const [prefix, marker] of Object.entries(SECTIONS)) {
          const firstLine = expand(snippets[byPrefix.get(prefix)!]).split('\n')[0].replace(/^#+ /, '');
          assert.ok(firstLine.startsWith(marker), `"${prefix}" should start with “${marker}”, got “${firstLine}”`);
        }
      });

      for (const [name, snippet] of Object.entries(snippets)) {
        it(`“${name}” filled in is a draft the linter finds nothing in`, () => {
          const text = filledIn(snippet);
          assert.doesNotMatch(text, /\$\{|\$\d|\$[A-Z_]{2,}/, `unexpanded snippet syntax in “${name}”:\n${text}`);
          const result = lintDetailed(text, { locale: 'en', format });
          assert.deepEqual(result.errors, [], `rules threw on “${name}”`);
          assert.equal(result.findings.length, 0, `findings in “${name}” (${format}):\n${describeFindings(result.findings, text)}\n--- filled-in text ---\n${text}`);
        });

        it(`“${name}” left half-filled reports each of its stand-ins, and nothing else`, () => {
          const text = expand(snippet);
          const findings = lintDetailed(text, { locale: 'en', format }).findings;
          const standIns = new Set(snippetPlaceholderTexts());
          const flagged = findings.map((f) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character));
          assert.ok(findings.every((f) => f.ruleId === 'placeholder'), describeFindings(findings, text));
          assert.ok(flagged.every((t) => standIns.has(t)), flagged.join(' | '));
          const expected = [...standIns].filter((t) => text.includes(t));
          for (const t of expected) assert.ok(flagged.includes(t), `not reported: ${t}`);
        });
      }
    });
  }

  it('the placeholder rule’s list of stand-ins is derived from the snippets (npm run docs)', () => {
    assert.equal(readFileSync(SNIPPET_PLACEHOLDERS, 'utf8'), renderSnippetPlaceholders(), 'out of date: run npm run docs');
    const texts = snippetPlaceholderTexts();
    for (const t of ['单位名称', '第一项重点工作', '写明采取的主要措施和取得的成效。', 'Organization name']) assert.ok(texts.includes(t), t);
    for (const t of ['加强组织领导', '本单位', '上级部门', '各位代表', '95']) assert.ok(!texts.includes(t), `${t} reads as real text`);
  });

  it('offers the report snippets in plain-text files too', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(manifest.contributes.snippets.some((s: { language: string }) => s.language === 'plaintext'));
  });
});

/** The writer's text for each stand-in, so that a finished skeleton can be checked. */
const FILLER = { zh: '全面加强教学管理', en: 'Riverside Council' };

function filledIn(snippet: Snippet): string {
  const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  const standIns = new Set(snippetPlaceholderTexts());
  return expandSnippet(body, new Date(), (_, written) => {
    if (!standIns.has(written.trim())) return undefined;
    return /\p{sc=Han}/u.test(written) ? FILLER.zh : FILLER.en;
  });
}

function expand(snippet: Snippet): string {
  return expandSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body, new Date());
}

function describeFindings(findings: Finding[], text: string): string {
  const lines = text.split('\n');
  return findings
    .map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId}: ${f.message}\n    | ${lines[f.range.start.line]}`)
    .join('\n');
}

