import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { pageTexts, squash } from '../../helpers/pdf';
import { tempDir } from '../../helpers/temp-dir';
import { api } from '../reading/helpers';

const QUOTE = 'the Regent said that the frontier must stay closed until spring';

describe('comments and notes in the full-text dossier PDF', () => {
  it('prints the document note after the commentary and each highlight comment with its passage after the text', async () => {
    const src = tempDir('chancery-src-');
    const body = ['711.00/1–1448: Telegram', '', 'The Minister in Ruritania (Smith) to the Secretary of State', 'secret', '', `12. The first report [Page 11] gave it plainly: ${QUOTE}, and left it there.`, '', 'Smith'];
    writeFileSync(join(src, 'ruritania.txt'), body.join('\n\n'));
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([src]);
    const doc = core.repo.list()[0];
    const text = core.repo.get(doc?.id ?? 0)?.plainText ?? '';
    const call = api(core);
    const dossier = await call('dossiers.create', { title: 'Ruritania, 1948' });
    await call('dossiers.addItems', { dossierId: dossier.id, docIds: [doc?.id ?? 0] });
    const at = text.indexOf(QUOTE);
    await call('highlights.create', { docId: doc?.id ?? 0, color: 'yellow', comment: 'Contradicts the Palace communiqué of 3 January', anchor: { quote: { exact: QUOTE }, position: { start: at, end: at + QUOTE.length } } });
    await call('notes.save', { docId: doc?.id ?? 0, body: 'Smith relied on the Regent’s aide; check the British record.' });
    const pdf = await core.dossiers.exportPdf(dossier.id, { now: new Date('2026-03-02T09:30:00Z') });
    // Kept for a look; a fresh clone has no tests/output until some test makes it.
    mkdirSync(join(import.meta.dirname, '../../output'), { recursive: true });
    writeFileSync(join(import.meta.dirname, '../../output/pdf-comments.pdf'), pdf.bytes);
    const all = squash((await pageTexts(pdf.bytes)).join(' '));
    expect(all).toContain(squash('Note Smith relied on the Regent’s aide; check the British record.'));
    expect(all).toContain(squash('Comments on highlighted passages'));
    expect(all).toContain(squash('Contradicts the Palace communiqué of 3 January'));
    expect(all.indexOf(squash('Contradicts the Palace'))).toBeGreaterThan(all.indexOf(squash('and left it there')));
    core.close();
  });
});
