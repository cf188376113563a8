import * as assert from 'node:assert/strict';
import { diagnosticsWhere, openDraft, setSetting } from './helpers';

describe('settings take effect live', () => {
  afterEach(async () => {
    await setSetting('rules', undefined);
    await setSetting('languages', undefined);
  });

  it('turning a rule off removes its diagnostics, turning it on brings them back', async () => {
    const document = await openDraft('summary.report');
    await diagnosticsWhere(document.uri, (d) => d.some((x) => x.code && JSON.stringify(x.code).includes('placeholder')));
    await setSetting('rules', { placeholder: 'off' });
    await diagnosticsWhere(document.uri, (d) => d.length > 0 && !d.some((x) => JSON.stringify(x.code).includes('placeholder')));
    await setSetting('rules', undefined);
    await diagnosticsWhere(document.uri, (d) => d.some((x) => JSON.stringify(x.code).includes('placeholder')));
  });

  it('removing a language from reportLint.languages clears its diagnostics', async () => {
    const document = await openDraft('notes.md');
    await diagnosticsWhere(document.uri, (d) => d.length > 0);
    await setSetting('languages', ['report', 'plaintext']);
    const cleared = await diagnosticsWhere(document.uri, (d) => d.length === 0);
    assert.deepEqual(cleared, []);
    await setSetting('languages', undefined);
    await diagnosticsWhere(document.uri, (d) => d.length > 0);
  });
});
