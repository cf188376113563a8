// The content changes of each open document, kept from the version its lint worker holds until a lint takes them: the
// worker is sent an edit's few characters instead of the whole draft (3 MB copied across the thread for every
// keystroke, and the two texts compared there). Versions a lint skipped (superseded by newer ones) stay in the
// journal, so the next lint gets the changes of all of them. When the changes cannot be replayed (the document was
// reopened, too much was typed while nothing was linted) the journal says so and the worker is sent the text.

import type { TextChange } from './engine';

/** More changed text than this waiting for a lint, and the whole text is sent instead (it is smaller then). */
const MAX_PENDING_CHARS = 256 * 1024;
const MAX_PENDING_CHANGES = 4096;

interface Entry {
  /** The version these changes turn the previous one into. */
  version: number;
  changes: readonly TextChange[];
}

interface Log {
  /** The version the first entry applies to: the changes can be replayed from it or from any entry's version. */
  base: number;
  entries: Entry[];
  chars: number;
}

export class ChangeJournal {
  private readonly logs = new Map<string, Log>();

  /** A document was opened (or its text replaced by the client): replays start from this version. */
  opened(uri: string, version: number): void {
    this.logs.set(uri, { base: version, entries: [], chars: 0 });
  }

  /** The client changed the document to `version`. */
  record(uri: string, version: number, changes: readonly TextChange[]): void {
    const log = this.logs.get(uri);
    if (!log) return;
    log.entries.push({ version, changes });
    log.chars += charsOf(changes);
    // Nothing linted for a long while (a document that is not checked, a lint that hangs): start over from here.
    if (log.chars > MAX_PENDING_CHARS || log.entries.length > MAX_PENDING_CHANGES) this.opened(uri, version);
  }

  /**
   * The changes that turn version `from` into version `to`, in order; undefined when they were not all kept (or
   * `from` is undefined: the worker holds no text). Either way what came before `from` (or `to`) is forgotten: the
   * worker never needs it again (it holds `to` once this lint is done, or is sent the whole text).
   */
  since(uri: string, from: number | undefined, to: number): TextChange[] | undefined {
    const log = this.logs.get(uri);
    if (!log) return undefined;
    // Every version from the base on is the base or an entry's: any of them can be replayed from.
    const changes = from !== undefined && from >= log.base && from <= to ? log.entries.filter((e) => e.version > from && e.version <= to).flatMap((e) => e.changes) : undefined;
    const settled = from ?? to;
    if (settled > log.base) {
      const kept = log.entries.filter((e) => e.version > settled);
      this.logs.set(uri, { base: settled, entries: kept, chars: kept.reduce((n, e) => n + charsOf(e.changes), 0) });
    }
    return changes;
  }

  closed(uri: string): void {
    this.logs.delete(uri);
  }
}

function charsOf(changes: readonly TextChange[]): number {
  return changes.reduce((n, c) => n + c.text.length, 0);
}
