// Where "ignore here" is kept for drafts that must not carry comments (.report, .txt): the configuration file's
// `suppressions`. This is the interface the server core writes through; the Node entry writes the file on disk
// (node-suppressions.ts), a browser entry could write it through workspace edits. Reading them is the
// configuration files' job (DocumentConfigSource), like every other setting.

import type { Suppression } from './engine';

export interface SuppressionStore {
  /** Whether suppressions can be kept for this document at all (not for an unsaved, untitled draft). */
  canStore(uri: string): boolean;
  /** Records one for the draft at `uri`; resolves with the file it was written to. */
  add(uri: string, suppression: Suppression): Promise<string>;
}

/** For hosts with nowhere to keep them: nothing can be added. */
export const NO_SUPPRESSIONS: SuppressionStore = {
  canStore: () => false,
  add: async () => {
    throw new Error('this editor keeps no suppressions');
  },
};
