import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { countPixels, pageTexts, squash } from '../../helpers/pdf';
import { tempDir } from '../../helpers/temp-dir';
import { api } from '../reading/helpers';

const NOW = new Date('2026-03-02T09:30:00Z');
const QUOTE = 'the Regent said that the frontier must stay closed until spring';
const FIRST = `The first report [Page 11] gave it plainly: ${QUOTE}, and left it there.`;
const SECOND = `The second report [Page 12] repeats it: ${QUOTE}, but added that the army was ready.`;
const DOOMED = 'The Foreign Minister hinted at a loan from the Bank of Vienna.';
const FILLER = 'The Legation has nothing further to report on the harvest, the railways or the press, which remains quiet and obedient to the Palace; the opposition papers have not appeared since the first of the month. ';

/** A telegram in the FRUS text format in which QUOTE occurs twice, on printed pages 11 and 12, several PDF pages apart. */
function telegram(extra = DOOMED): string {
  const filler = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${FILLER.repeat(2)}`);
  return ['711.00/1–1448: Telegram', '', 'The Minister in Ruritania (Smith) to the Secretary of State', 'secret', '', `12. ${FIRST}`, ...filler, SECOND, extra, '', 'Smith'].join('\n\n');
}

/** A library with the telegram in a dossier, and the reader's API. */
async function library() {
  const src = tempDir('chancery-src-');
  writeFileSync(join(src, 'ruritania.txt'), telegram());
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([src]);
  const doc = core.repo.list()[0];
  if (!doc) throw new Error('telegram not imported');
  const text = core.repo.get(doc.id)?.plainText ?? '';
  const call = api(core);
  const dossier = await call('dossiers.create', { title: 'Ruritania, 1948' });
  const [item] = (await call('dossiers.addItems', { dossierId: dossier.id, docIds: [doc.id] })).items;
  if (!item) throw new Error('no dossier item');
  const highlight = (exact: string, at: number, comment?: string) =>
    call('highlights.create', { docId: doc.id, color: 'yellow', ...(comment ? { comment } : {}), anchor: { quote: { exact }, position: { start: at, end: at + exact.length } } });
  const exportPdf = () => core.dossiers.exportPdf(dossier.id, { now: NOW });
  return { src, core, call, docId: doc.id, itemId: item.id, text, highlight, exportPdf };
}

/** The light yellow a yellow highlight is painted in, not the black or ink-blue of text. */
const yellow = (r: number, g: number, b: number): boolean => r > 230 && g > 200 && b < 180;

describe('highlights in the dossier PDF', () => {
  it('sit where the reader puts them when the stored position is stale and the quote occurs twice', async () => {
    const { core, call, docId, itemId, text, highlight, exportPdf } = await library();
    const second = text.indexOf(QUOTE, text.indexOf(QUOTE) + 1);
    const h = await highlight(QUOTE, second, 'The Regent again');
    expect(h.page).toBe('12');
    // The text moved under the stored offsets (as after an edition's correction): they now hold other words.
    const stale = () => core.db.prepare('UPDATE highlights SET pos_start = ?, pos_end = ? WHERE id = ?').run(second - 9, second - 9 + QUOTE.length, h.id);
    stale();

    const full = await exportPdf();
    const texts = (await pageTexts(full.bytes)).map(squash);
    const painted = await countPixels(full.bytes, full.pages, 60, yellow);
    const [reader] = await call('highlights.list', { docId });
    expect(reader?.anchor.position).toEqual({ start: second, end: second + QUOTE.length });
    const onPage = texts.findIndex((t) => t.includes('repeats it: the Regent said'));
    expect(onPage).toBeGreaterThan(texts.findIndex((t) => t.includes('gave it plainly')));
    expect(painted.map((n, i) => (n > 200 ? i : -1)).filter((i) => i >= 0)).toEqual([onPage]);

    // Reading re-placed and stored it; stale again, so the excerpt too is placed from a stale position.
    stale();
    await call('dossiers.updateItem', { itemId, mode: 'highlights' });
    const excerpts = (await pageTexts((await exportPdf()).bytes)).map(squash).join(' ');
    expect(reader?.page).toBe('12');
    expect(excerpts).toContain(`Excerpts “${QUOTE}” (p. 12) The Regent again`);
    core.close();
  });

  it('list a highlight whose text is gone under its document, with its quote, and count it', async () => {
    const { src, core, call, docId, itemId, text, highlight, exportPdf } = await library();
    await highlight(QUOTE, text.indexOf(QUOTE));
    await highlight(DOOMED, text.indexOf(DOOMED), 'Which bank?');
    const deleted = await highlight('nothing further to report', text.indexOf('nothing further to report'));
    await call('highlights.delete', { id: deleted.id });
    writeFileSync(join(src, 'ruritania.txt'), telegram('The Foreign Minister said nothing of money.'));
    await core.importPaths([src]);
    expect((await call('highlights.list', { docId })).map((h) => h.status)).toEqual(['anchored', 'orphaned']);

    const full = await exportPdf();
    const texts = (await pageTexts(full.bytes)).map(squash);
    const listed = texts.findIndex((t) => t.includes('Highlights that could not be placed'));
    expect(texts[listed]).toContain(`“${DOOMED}” Which bank?`);
    expect(listed).toBeLessThan(texts.findIndex((t) => t.startsWith('Sources')));
    expect(full.unplacedHighlights).toBe(1);
    expect(full.warnings).toEqual([expect.stringContaining('1 highlight could not be placed')]);
    // Painted: the surviving highlight in the text, and the lost one's quote in the list — nothing else.
    const painted = await countPixels(full.bytes, full.pages, 60, yellow);
    const first = texts.findIndex((t) => t.includes('gave it plainly'));
    expect(painted.map((n, i) => (n > 200 ? i : -1)).filter((i) => i >= 0)).toEqual([first, listed]);

    await call('dossiers.updateItem', { itemId, mode: 'highlights' });
    const excerpts = await exportPdf();
    const printed = (await pageTexts(excerpts.bytes)).map(squash).join(' ');
    expect(printed).toContain(`Excerpts “${QUOTE}” (p. 11)`);
    expect(printed).toContain(`Highlights that could not be placed`);
    expect(printed).not.toContain('nothing further to report”');
    expect(excerpts.unplacedHighlights).toBe(1);
    core.close();
  });

  it('count the highlights that could not be placed in the export job’s result', async () => {
    const { src, core, call, itemId, text, highlight } = await library();
    await highlight(DOOMED, text.indexOf(DOOMED));
    writeFileSync(join(src, 'ruritania.txt'), telegram('Nothing of money.'));
    await core.importPaths([src]);
    // Highlights only, and the one highlight is lost: the PDF lists it rather than saying there are none.
    await call('dossiers.updateItem', { itemId, mode: 'highlights' });
    const [dossier] = await call('dossiers.list', {});
    const { jobId } = await call('dossiers.export', { dossierId: dossier?.id ?? -1 });
    let status = await call('dossiers.exportStatus', { jobId });
    while (!status.done) {
      await new Promise((r) => setTimeout(r, 50));
      status = await call('dossiers.exportStatus', { jobId });
    }
    expect(status.error).toBeNull();
    expect(status.result?.unplacedHighlights).toBe(1);
    expect(status.result?.warnings).toEqual([expect.stringContaining('1 highlight could not be placed')]);
    const printed = (await pageTexts(Buffer.from(status.result?.bytesBase64 ?? '', 'base64'))).map(squash).join(' ');
    expect(printed).toContain(`Highlights that could not be placed Their text is no longer in this document as imported; each is printed as it was highlighted. “${DOOMED}”`);
    expect(printed).not.toContain('No passages of this document are highlighted.');
    core.close();
  });
});
