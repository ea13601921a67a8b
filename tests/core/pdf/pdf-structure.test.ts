import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontBytes } from '../../../src-main/core/pdf/fonts/font-files';
import { NOW, seedDossier } from './fixture';

const STANDARD_14 = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/;

const text = (o: unknown): string => (o instanceof PDFHexString || o instanceof PDFString ? o.decodeText() : String(o));

function outlineTitles(doc: PDFDocument): Array<{ title: string; page: number }> {
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const pages = doc.getPages().map((p) => p.ref.toString());
  const out: Array<{ title: string; page: number }> = [];
  for (let item = root.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    out.push({ title: text(item.lookup(PDFName.of('Title'))), page: pages.indexOf(String(dest.get(0))) });
  }
  return out;
}

function links(doc: PDFDocument): Array<{ from: number; to: number }> {
  const pages = doc.getPages().map((p) => p.ref.toString());
  return doc.getPages().flatMap((page, from) => {
    const annots = page.node.Annots();
    if (!annots) return [];
    return annots.asArray().map((ref) => {
      const a = doc.context.lookup(ref, PDFDict);
      expect(a.get(PDFName.of('Subtype'))).toEqual(PDFName.of('Link'));
      return { from, to: pages.indexOf(String(a.lookup(PDFName.of('Dest'), PDFArray).get(0))) };
    });
  });
}

/** The page's content streams, inflated. */
function content(doc: PDFDocument, index: number): string {
  const refs = doc.getPage(index).node.Contents();
  const list = refs instanceof PDFArray ? refs.asArray() : [];
  return list
    .map((r) => doc.context.lookup(r))
    .map((o) => (o instanceof PDFRawStream ? inflateSync(o.getContents()).toString('latin1') : ''))
    .join('\n');
}

function fonts(doc: PDFDocument): PDFDict[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'));
}

describe('the PDF read back with pdf-lib', () => {
  it('has the pages, outline, links and properties a reader expects', async () => {
    const { core, exportPdf } = await seedDossier();
    const pdf = await exportPdf();
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(pdf.pages);
    expect(pdf.pages).toBeGreaterThanOrEqual(8);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });

    const outline = outlineTitles(doc);
    expect(outline.map((o) => o.title)).toEqual([
      'Contents',
      '1. The Ambassador in France (Caffery) to the Secretary of State',
      '2. The Ambassador in France (Leahy) to the Secretary of State',
      '3. Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)',
      '4. Letter from Athens on the Balkan conference',
      'Sources',
    ]);
    expect(outline.map((o) => o.page)).toEqual([...outline.map((o) => o.page)].sort((a, b) => a - b));
    expect(outline.every((o) => o.page > 0)).toBe(true);

    const all = links(doc);
    const contentsPage = outline[0]?.page ?? -1;
    // Every contents entry links to where its document (or the sources) begins.
    const fromContents = new Set(all.filter((l) => l.from === contentsPage).map((l) => l.to));
    expect([...fromContents].sort((a, b) => a - b)).toEqual(outline.slice(1).map((o) => o.page));
    // Five footnotes (Caffery 1, Leahy 3, Dejean 1): a link to each note and one back to each reference.
    const notes = all.filter((l) => l.from !== contentsPage && l.from < (outline.at(-1)?.page ?? 0));
    expect(notes).toHaveLength(10);
    for (const l of notes) expect(notes.some((m) => m.from === l.to && m.to === l.from)).toBe(true);

    // The highlight is a yellow rectangle drawn behind the glyphs of the Caffery telegram's first page.
    const caffery = content(doc, outline[1]?.page ?? 0);
    expect(caffery).toMatch(/1 0\.93 0\.55 rg\n[\d.]+ [\d.]+ [\d.]+ [\d.]+ re f/);
    expect(caffery.indexOf('re f')).toBeLessThan(caffery.indexOf('BT'));

    expect(doc.getTitle()).toBe('France and the Communist Strikes, 1947');
    expect(doc.getAuthor()).toBe('Élise Lévêque-Ødegård');
    expect(doc.getSubject()).toBe('Source dossier: 4 documents');
    expect(doc.getKeywords()).toContain('source dossier');
    expect(doc.getCreator()).toBe('Chancery');
    expect(doc.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    core.close();
  });

  it('embeds only subset Type0/CIDFontType2 fonts, never the standard 14', async () => {
    const { core, exportPdf } = await seedDossier();
    const doc = await PDFDocument.load((await exportPdf()).bytes);
    const all = fonts(doc);
    const type0 = all.filter((f) => f.get(PDFName.of('Subtype')) === PDFName.of('Type0'));
    expect(type0.length).toBeGreaterThanOrEqual(4);
    for (const f of all) {
      const subtype = f.get(PDFName.of('Subtype'));
      expect([PDFName.of('Type0'), PDFName.of('CIDFontType2')]).toContain(subtype);
      const base = f.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
      expect(base).toMatch(/^[A-Z]{6}\+NotoSerif-/);
      expect(base.slice(7)).not.toMatch(STANDARD_14);
    }
    const full = fontBytes('regular').length;
    for (const cid of all.filter((f) => f.get(PDFName.of('Subtype')) === PDFName.of('CIDFontType2'))) {
      const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
      const file = descriptor.lookup(PDFName.of('FontFile2'), PDFStream);
      // A subset carries the glyphs used, not the font's 3,700.
      expect(file.getContentsSize()).toBeLessThan(full / 4);
    }
    expect(type0.every((f) => f.get(PDFName.of('ToUnicode')) instanceof PDFRef)).toBe(true);
    core.close();
  });

  it('prints on US Letter when asked, and the same input gives the same bytes', async () => {
    const { core, exportPdf } = await seedDossier();
    const letter = await exportPdf({ paper: 'letter' });
    const doc = await PDFDocument.load(letter.bytes);
    expect(doc.getPages().every((p) => p.getWidth() === 612 && p.getHeight() === 792)).toBe(true);
    const a = await exportPdf();
    const b = await exportPdf();
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    core.close();
  });
});
