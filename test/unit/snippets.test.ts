// Every snippet, expanded the way VS Code would expand it (placeholder defaults in place, variables
// filled in), must be a clean draft: the linter finds nothing in it. A skeleton that the linter flags
// would teach users to ignore the linter.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintDetailed, type Finding, type TextFormat } from '../../server/src/engine';

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
const SECTIONS: Record<string, string> = { yiji: '一、', yiji2: '（一）', '（一）': '（一）', sanji: '1.', siji: '（1）' };

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
        it(`“${name}” expands to a draft the linter finds nothing in`, () => {
          const text = expand(snippet);
          assert.doesNotMatch(text, /\$\{|\$\d|\$[A-Z_]{2,}/, `unexpanded snippet syntax in “${name}”:\n${text}`);
          const result = lintDetailed(text, { locale: 'en', format });
          assert.deepEqual(result.errors, [], `rules threw on “${name}”`);
          assert.equal(result.findings.length, 0, `findings in “${name}” (${format}):\n${describeFindings(result.findings, text)}\n--- expanded text ---\n${text}`);
        });
      }
    });
  }
});

function expand(snippet: Snippet): string {
  return expandSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body, new Date());
}

function describeFindings(findings: Finding[], text: string): string {
  const lines = text.split('\n');
  return findings
    .map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId}: ${f.message}\n    | ${lines[f.range.start.line]}`)
    .join('\n');
}

// --- A small VS Code snippet expander ---------------------------------------------------------------
// Grammar (VS Code's): $1 ${1} ${1:default} ${1|a,b|} $VAR ${VAR} ${VAR:default} ${VAR/regex/format/flags},
// escapes \$ \} \\. A tab stop without a default mirrors the default given elsewhere, as in the editor.

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[]; transform?: { regex: string; format: string; flags: string } };

function expandSnippet(body: string, now: Date): string {
  const nodes = parseSnippet(body);
  const defaults = new Map<number, SnippetNode[]>();
  const collect = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.kind === 'tabstop' && node.children) {
        if (!defaults.has(node.index)) defaults.set(node.index, node.children);
        collect(node.children);
      } else if (node.kind === 'variable' && node.children) {
        collect(node.children);
      }
    }
  };
  collect(nodes);
  const variables = snippetVariables(now);
  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'choice':
            return node.options[0] ?? '';
          case 'tabstop': {
            const children = node.children ?? defaults.get(node.index);
            return children ? render(children) : '';
          }
          case 'variable': {
            const value = variables[node.name];
            if (value === undefined) throw new Error(`unknown snippet variable ${node.name} (VS Code would insert its name)`);
            if (node.transform) return applyTransform(value, node.transform);
            return value === '' && node.children ? render(node.children) : value;
          }
        }
      })
      .join('');
  return render(nodes);
}

function parseSnippet(src: string): SnippetNode[] {
  let i = 0;
  const sequence = (inside: boolean): SnippetNode[] => {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === '\\' && '$}\\'.includes(src[i + 1] ?? '')) {
        text += src[i + 1];
        i += 2;
        continue;
      }
      if (inside && c === '}') {
        flush();
        return out;
      }
      if (c === '$') {
        const node = dollar();
        if (node) {
          flush();
          out.push(node);
          continue;
        }
      }
      text += c;
      i++;
    }
    if (inside) throw new Error(`unclosed \${ in snippet: ${src}`);
    flush();
    return out;
  };
  const nested = (): SnippetNode[] => {
    const children = sequence(true);
    i++; // the closing }
    return children;
  };
  const dollar = (): SnippetNode | undefined => {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\$(\d+)/.exec(rest)) || (m = /^\$\{(\d+)\}/.exec(rest))) {
      i += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]) };
    }
    if ((m = /^\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(rest))) {
      i += m[0].length;
      const options = m[2].split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
      return { kind: 'choice', index: Number(m[1]), options };
    }
    if ((m = /^\$\{(\d+):/.exec(rest))) {
      i += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: nested() };
    }
    if ((m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest)) || (m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest))) {
      i += m[0].length;
      return { kind: 'variable', name: m[1] };
    }
    if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*):/.exec(rest))) {
      i += m[0].length;
      return { kind: 'variable', name: m[1], children: nested() };
    }
    if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\/((?:[^/\\]|\\.)*)\/((?:[^/\\]|\\.)*)\/([a-z]*)\}/.exec(rest))) {
      i += m[0].length;
      return { kind: 'variable', name: m[1], transform: { regex: m[2], format: m[3], flags: m[4] } };
    }
    return undefined; // a literal $
  };
  return sequence(false);
}

/** Only plain $n / ${n} references are supported in a transform's format; that is all the snippets use. */
function applyTransform(value: string, t: { regex: string; format: string; flags: string }): string {
  if (/\$\{\d+:/.test(t.format)) throw new Error(`unsupported transform format ${t.format}`);
  return value.replace(new RegExp(t.regex, t.flags), (...groups: unknown[]) =>
    t.format.replace(/\$(\d+)|\$\{(\d+)\}/g, (_, a: string | undefined, b: string | undefined) => String(groups[Number(a ?? b)] ?? '')),
  );
}

function snippetVariables(now: Date): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (style: 'long' | 'short') => now.toLocaleString('en-US', { month: style });
  const day = (style: 'long' | 'short') => now.toLocaleString('en-US', { weekday: style });
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_MONTH_NAME: month('long'),
    CURRENT_MONTH_NAME_SHORT: month('short'),
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_DAY_NAME: day('long'),
    CURRENT_DAY_NAME_SHORT: day('short'),
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: pad(now.getSeconds()),
    TM_SELECTED_TEXT: '',
    TM_CURRENT_LINE: '',
    TM_CURRENT_WORD: '',
    TM_FILENAME: '年度工作总结.report',
    TM_FILENAME_BASE: '年度工作总结',
    CLIPBOARD: '',
    WORKSPACE_NAME: 'reports',
  };
}
