// Every match of a global search as "index:text", comma-separated: what two patterns that should match alike are
// compared by (trie-alternation.test.ts, script-gates.test.ts).
export function matches(re: RegExp, text: string): string {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out.join(',');
}
