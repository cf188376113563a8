// Text drafts: .report, .draft, .md, .txt (and any other file named on the command line), in whatever
// encoding they were saved.

import { formatOf, languageOfPath } from '../../engine';
import { decodeDraft, encodeDraft } from './encoding';
import type { InputAdapter } from './index';

export const textAdapter: InputAdapter = {
  extensions: [],
  read(bytes, file, options) {
    const decoded = decodeDraft(bytes, options.encoding);
    if ('error' in decoded) return decoded;
    const languageId = languageOfPath(file) ?? 'plaintext';
    return { text: decoded.text, format: formatOf(languageId), languageId, encoding: decoded.encoding, bom: decoded.bom };
  },
  write(fixed, input, original) {
    return encodeDraft(fixed, original, { text: input.text, encoding: input.encoding ?? 'UTF-8', bom: input.bom ?? false });
  },
};
