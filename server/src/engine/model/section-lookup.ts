// The section whose marker stands on a line, found by a binary search of an outline's sections (in line order) rather
// than through a map of every section made per version: an edit asks about a few lines of 3,000 sections.

import type { Section } from './outline';

export interface SectionLookup {
  /** The section whose marker is on `line` (the last such, as a map of them by line keeps), if any. */
  get(line: number): Section | undefined;
}

export function sectionLookup(sections: readonly Section[]): SectionLookup {
  for (let i = 1; i < sections.length; i++) {
    // Out of line order (an outline gives them in order): a map, as before.
    if (sections[i].marker.line < sections[i - 1].marker.line) return new Map(sections.map((s) => [s.marker.line, s]));
  }
  return {
    get(line) {
      let lo = 0;
      let hi = sections.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sections[mid].marker.line <= line) lo = mid + 1;
        else hi = mid;
      }
      const s = sections[lo - 1];
      return s !== undefined && s.marker.line === line ? s : undefined;
    },
  };
}
