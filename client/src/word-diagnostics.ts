// The findings of a Word document's text (report-lint-docx:…/工作总结.docx.report) only while a tab shows it. That
// text is a virtual document: VS Code keeps it open after its tab is closed (the server is told nothing), so its
// findings stayed in the Problems panel, where an ordinary file's go with its tab. While no tab shows it they are set
// aside, and come back when it is shown again (the server, which still holds it open, sends them again only when they
// change). No vscode import: the glue is in docx.ts and language-client.ts.

export class TabbedDiagnostics<D> {
  private readonly aside = new Map<string, readonly D[]>();
  /** Whether a tab shows the document (set by the glue; true until it is). */
  shown: (uri: string) => boolean = () => true;

  /** What to show of the diagnostics the server sends for `uri`: none while no tab shows it (kept aside). */
  arriving(uri: string, diagnostics: D[]): D[] {
    if (this.shown(uri)) {
      this.aside.delete(uri);
      return diagnostics;
    }
    this.aside.set(uri, diagnostics);
    return [];
  }

  /** The document's last tab closed: what the Problems panel showed of it goes aside. */
  hide(uri: string, current: readonly D[]): void {
    this.aside.set(uri, current);
  }

  /** A tab shows it again: what was set aside, to show (undefined when nothing was). */
  showAgain(uri: string): readonly D[] | undefined {
    const kept = this.aside.get(uri);
    this.aside.delete(uri);
    return kept;
  }

  /** The document itself was closed: nothing of it is kept. */
  forget(uri: string): void {
    this.aside.delete(uri);
  }
}

/** The one set of Word documents' findings of this window. */
export const wordDiagnostics = new TabbedDiagnostics<unknown>();
