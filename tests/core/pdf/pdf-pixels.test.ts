import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTexts, pngs, rasterize } from '../../helpers/pdf';
import { REPO } from '../../helpers/temp-dir';
import { seedDossier } from './fixture';

/** PNGs for people to look at (gitignored): cover, contents, a document, a page marker. */
const OUTPUT = join(REPO, 'tests/output/pdf');

/**
 * Subsetting must not change a single glyph: `@pdf-lib/fontkit` 1.1.1 silently
 * dropped glyphs from some subset fonts, visible only on the rendered page.
 * So the same dossier is rendered with subset and with whole fonts, and compared.
 */
describe('the rendered pages', () => {
  it('look the same with subset fonts as with the whole fonts', async () => {
    const { core, exportPdf } = await seedDossier();
    const subset = await exportPdf();
    const whole = await exportPdf({ subsetFonts: false });
    expect(whole.bytes.length).toBeGreaterThan(subset.bytes.length * 3);
    expect(subset.pages).toBe(whole.pages);
    const subsetPages = await rasterize(subset.bytes, subset.pages, 110);
    const wholePages = await rasterize(whole.bytes, whole.pages, 110);
    for (let page = 1; page <= subset.pages; page++) {
      const a = subsetPages[page - 1];
      const b = wholePages[page - 1];
      if (!a || !b) throw new Error(`page ${page} was not rendered`);
      expect([a.width, a.height]).toEqual([b.width, b.height]);
      let differing = 0;
      let inked = 0;
      for (let i = 0; i < a.data.length; i++) {
        if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > 24) differing++;
        if ((a.data[i] ?? 255) < 128) inked++;
      }
      expect(inked, `page ${page} has text`).toBeGreaterThan(500);
      expect(differing / a.data.length, `page ${page}`).toBeLessThan(0.0001);
    }
    core.close();
  });

  it('writes PNGs of the cover, the contents and a document page for review', async () => {
    const { core, exportPdf } = await seedDossier();
    const pdf = await exportPdf();
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'dossier.pdf');
    writeFileSync(file, pdf.bytes);
    const texts = await pageTexts(pdf.bytes);
    const marker = texts.findIndex((t) => t.includes('[p. 811]')) + 1;
    await pngs(pdf.bytes, 1, 3, 60, join(OUTPUT, 'page'));
    await pngs(pdf.bytes, marker, marker, 60, join(OUTPUT, 'marker'));
    expect(marker).toBeGreaterThan(3);
    core.close();
  });
});
