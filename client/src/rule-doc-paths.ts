// Where a rule's doc opens rendered by itself. An installed copy of the extension lives in a folder named
// <publisher>.<name>-<version>; package.json's workbench.editorAssociations opens the docs/rules pages in it with the
// Markdown preview. A diagnostic's link then is the doc's own address, which VS Code shows as the link's tooltip in the
// Problems panel, rather than a command: address. Anywhere else (a development copy, an extension served from the web)
// the link runs reportLint.showRuleDoc.

/** The glob package.json gives workbench.editorAssociations (the unit tests hold the two together). */
export const RENDERED_DOCS_GLOB = '**/report-lint.report-lint-*/docs/rules/*.md';

const RENDERED_DOC = /\/report-lint\.report-lint-[^/]+\/docs\/rules\/[^/]+\.md$/i;

/** Whether VS Code opens the page at `path` (a URI's path) rendered when the link is followed. */
export const opensRendered = (path: string): boolean => RENDERED_DOC.test(path);

/**
 * The file of the rule page a short rule link names (`rule:numbering-sequence.zh-cn` → `numbering-sequence.zh-cn.md`),
 * or undefined for a path that is not a rule id with an optional `.zh-cn`.
 */
export function rulePageFile(linkPath: string): string | undefined {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.zh-cn)?$/.test(linkPath) ? `${linkPath}.md` : undefined;
}
