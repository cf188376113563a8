// The list "Show rule documentation" asks from: each rule's id with what it checks (the manifest's description of
// its setting, in the editor's language), so a rule is found by what it does (占位符, placeholder) as well as by id.
// No vscode import: the unit tests read it.

export interface RulePick {
  label: string;
  detail?: string;
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, { markdownDescription?: string }> }> } };
}

export function rulePicks(manifest: Manifest): RulePick[] {
  const rules = manifest.contributes.configuration.properties['reportLint.rules'].properties ?? {};
  return Object.entries(rules).map(([id, spec]) => {
    const description = spec.markdownDescription;
    // An untranslated %key% (a manifest read without its translations) says nothing: the id alone then.
    return description && !/^%.*%$/.test(description) ? { label: id, detail: plain(description) } : { label: id };
  });
}

/** Markdown code spans as plain text: the list shows no Markdown. */
const plain = (markdown: string) => markdown.replace(/`([^`]*)`/g, '$1');
