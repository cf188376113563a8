// Which documents are not report drafts and are never checked: files matching `reportLint.exclude` (README,
// CHANGELOG, node_modules…) and the extension's own files (its install folder, with the rule docs).
// picomatch's posix build has no Node dependency, so this runs in a browser too.

import picomatch from 'picomatch/posix';

const compiled = new Map<string, (path: string) => boolean>();

function matcherFor(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\n');
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = globs.length ? picomatch([...globs], { dot: true, nocase: true }) : () => false;
    if (compiled.size > 50) compiled.clear();
    compiled.set(key, matcher);
  }
  return matcher;
}

/** The path part of a URI of any scheme (file:, vscode-vfs:, untitled:…), decoded. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** True when the document at `uri` is in one of `folders` (URIs) or matches one of `globs`. */
export function isExcluded(uri: string, globs: readonly string[], folders: readonly string[]): boolean {
  const path = uriPath(uri);
  for (const folder of folders) {
    const base = uriPath(folder).replace(/\/$/, '');
    if (base && (path === base || path.startsWith(`${base}/`))) return true;
  }
  return matcherFor(globs)(path);
}
