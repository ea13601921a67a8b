import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { Anchor } from './page-writer';

export interface OutlineEntry {
  title: string;
  dest: string;
}

/**
 * The PDF outline (bookmarks): one flat level, in dossier order. Entries whose
 * destination never got placed are left out rather than pointing nowhere.
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[], anchor: (dest: string) => Anchor | undefined, pageRef: (index: number) => PDFRef | undefined): void {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const items: Array<{ ref: PDFRef; dict: PDFDict }> = [];
  for (const e of entries) {
    const a = anchor(e.dest);
    const page = a ? pageRef(a.page) : undefined;
    if (!a || !page) continue;
    const dest = PDFArray.withContext(ctx);
    dest.push(page);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNull);
    dest.push(PDFNumber.of(Math.round(a.y)));
    dest.push(PDFNull);
    items.push({ ref: ctx.nextRef(), dict: ctx.obj({ Title: PDFHexString.fromText(e.title), Parent: rootRef, Dest: dest }) });
  }
  if (items.length === 0) return;
  items.forEach((item, i) => {
    const prev = items[i - 1];
    const next = items[i + 1];
    if (prev) item.dict.set(PDFName.of('Prev'), prev.ref);
    if (next) item.dict.set(PDFName.of('Next'), next.ref);
    ctx.assign(item.ref, item.dict);
  });
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: items.length }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
