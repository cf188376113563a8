// The chunk indices a document-sharing site puts before each piece of a text it cut up (1、…发展规 / 2、划纲要…):
// markers of the site, not sections of the writer's. The outline, the statistics and renumbering leave them out.

import type { Line } from './lines';
import type { Outline } from './outline';

/** A chunk of a cut-up text: hundreds of characters, ending mid-sentence. */
const CHUNK_MIN_LENGTH = 200;
// An English paragraph ends on its full stop as a Chinese one on 。: a run of long numbered paragraphs that end so
// (1. The Parliamentary and Health Service Ombudsman combines… report.3) is a report's, not a site's cut.
const ENDS_SENTENCE = /[。！？!?；;”’」』）).…]\s*$/;

/** Whether a line ends its sentence (a chunk that does not cut the text mid-sentence). */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text);
}

/**
 * Lines whose marker is a chunk index: a top-level run 1、 2、 3、… whose items are long lines that mostly end
 * mid-sentence (the next chunk goes on with the same sentence). A list of long paragraphs ends its items with a
 * full stop.
 */
export function chunkIndexLines(lines: readonly Line[], outline: Outline): Set<number> {
  const found = new Set<number>();
  for (const group of outline.groups) {
    if (group.parent || group.items.length < 2 || group.items[0].marker.kind !== 'arabic' || group.items[0].marker.value !== 1) continue;
    // Read for every version: a group whose first item is a short line (nearly all) is passed over without a copy.
    if (lines[group.items[0].marker.line].text.length < CHUNK_MIN_LENGTH) continue;
    const texts = group.items.map((s) => lines[s.marker.line].text.trim());
    if (!texts.slice(0, -1).every((t) => t.length >= CHUNK_MIN_LENGTH)) continue;
    const cut = texts.slice(0, -1).filter((t) => !ENDS_SENTENCE.test(t)).length;
    if (cut >= Math.max(1, Math.ceil((texts.length - 1) * 0.6))) for (const s of group.items) found.add(s.marker.line);
  }
  return found;
}
