import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderDossierPdf } from '../../../src-main/core/pdf/render-dossier';
import type { PdfDocument } from '../../../src-main/core/pdf/types';
import { NOW } from './fixture';

/** A longer test (about 15 s on a 2-core machine): its own file, so it runs beside the others. */
describe('a very long dossier', () => {
  it('lays out a 2,000-page dossier with memory bounded by the page, not the dossier', { timeout: 180_000 }, async () => {
    const para = 'The Minister said that the Government had no intention of yielding on the question of the railway, and that any proposal to the contrary would be met with the firmest opposition; he added that he would welcome a conversation on the harbour dues.';
    // Documents are generated when the renderer asks for them, as the dossier loader reads them from SQLite.
    const doc = (i: number): PdfDocument => ({
      meta: { title: { value: `Despatch ${i + 1}`, provenance: { kind: 'stated' } } },
      body: {
        blocks: Array.from({ length: 120 }, (_, k) => ({ t: 'paragraph' as const, runs: [{ t: 'text' as const, text: `${k + 1}. ${para}` }, { t: 'noteRef' as const, id: `n${k}`, label: String(k + 1) }] })),
        footnotes: Array.from({ length: 120 }, (_, k) => ({ id: `n${k}`, label: String(k + 1), runs: [{ t: 'text' as const, text: 'Not printed.' }] })),
      },
      placement: null,
      commentary: '',
      mode: 'full',
      highlights: [],
      citation: [{ t: 'text', text: `Despatch ${i + 1}, printed for the test.` }],
    });
    const count = 145;
    let peak = 0;
    const base = process.memoryUsage().rss;
    const pdf = await renderDossierPdf(
      { title: 'Long', author: '', introduction: '', keywords: [], entries: Array.from({ length: count }, (_, i) => ({ title: `Despatch ${i + 1}`, date: null, from: null })), load: doc },
      { paper: 'a4', now: NOW, onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss - base)) },
    );
    expect(pdf.pages).toBeGreaterThanOrEqual(2000);
    expect(peak).toBeLessThan(700 * 1024 * 1024);
    const back = await PDFDocument.load(pdf.bytes);
    expect(back.getPageCount()).toBe(pdf.pages);
  });
});
