// Where "ignore here" is kept for drafts that must not carry comments (.report, .txt): a small interface the
// configuration file plugs into. The Node entry keeps them in `.reportlintrc.json` beside the draft (see
// node-suppressions.ts); a browser entry can keep them through workspace edits.

import type { Suppression } from './engine';

export interface SuppressionStore {
  /** Whether suppressions can be kept for this document at all (not for an unsaved, untitled draft). */
  canStore(uri: string): boolean;
  /** The suppressions that apply to the draft at `uri`. */
  load(uri: string): Promise<Suppression[]>;
  /** Records one for the draft at `uri`; resolves with the file it was written to. */
  add(uri: string, suppression: Suppression): Promise<string>;
}

/** For hosts with nowhere to keep them: nothing is suppressed and nothing can be added. */
export const NO_SUPPRESSIONS: SuppressionStore = {
  canStore: () => false,
  load: async () => [],
  add: async () => {
    throw new Error('this editor keeps no suppressions');
  },
};
