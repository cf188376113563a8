// A small VS Code snippet parser and expander, for the snippet tests and for deriving the placeholder rule's list
// of skeleton texts (scripts/snippet-placeholders.ts). Grammar (VS Code's): $1 ${1} ${1:default} ${1|a,b|} $VAR ${VAR} ${VAR:default} ${VAR/regex/format/flags},
// escapes \$ \} \\. A tab stop without a default mirrors the default given elsewhere, as in the editor.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[]; transform?: { regex: string; format: string; flags: string } };

/**
 * The text VS Code inserts, each tab stop showing its default — or, where `fill` returns a text for a tab stop
 * (given its default as written), that text, as if the writer had typed it (mirrors follow).
 */
export function expandSnippet(body: string, now: Date, fill?: (index: number, written: string) => string | undefined): string {
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
            const written = children ? render(children) : '';
            return fill?.(node.index, written) ?? written;
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

export function parseSnippet(src: string): SnippetNode[] {
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

/** The default texts of the tab stops (${1:单位名称}) that are plain text, not built from variables. */
export function tabStopTexts(body: string): string[] {
  const texts: string[] = [];
  const visit = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.kind === 'tabstop' && node.children) {
        if (node.children.every((c) => c.kind === 'text')) texts.push(node.children.map((c) => (c.kind === 'text' ? c.value : '')).join(''));
        else visit(node.children);
      }
    }
  };
  visit(parseSnippet(body));
  return texts;
}
