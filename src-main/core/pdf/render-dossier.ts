import { PDFDocument } from '@cantoo/pdf-lib';
import { formatDate } from '../../../src-shared/display/dates';
import type { Inline } from '../../../src-shared/model/document';
import { contents, type ContentsEntry } from './content/contents';
import type { Composer } from './content/compose';
import { cover } from './content/cover';
import { documentPart } from './content/document-part';
import { orphaned } from './content/excerpts';
import { sources } from './content/sources';
import { embedFaces } from './fonts/faces';
import { Paginator } from './layout/paginate';
import { drawChrome } from './render/chrome';
import { geometryFor } from './render/geometry';
import { MissingGlyphCollector } from './render/missing-glyphs';
import { writeOutline, type OutlineEntry } from './render/outline';
import { PageWriter } from './render/page-writer';
import { setProperties } from './render/properties';
import type { PdfDossier, PdfOptions, PdfOutput } from './types';

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function contentsEntries(d: PdfDossier): ContentsEntry[] {
  const docs = d.entries.map((e, i) => ({
    title: e.title,
    detail: [e.date ? formatDate({ start: e.date }) : null, e.from].filter(Boolean).join(' · '),
    dest: `doc:${i + 1}`,
    number: `${i + 1}.`,
  }));
  return [...docs, { title: 'Sources', detail: '', dest: 'sources' }];
}

/** Cover, contents, the documents one by one, sources: everything that flows through the paginator. */
async function compose(c: Composer, d: PdfDossier, opts: PdfOptions, now: Date, warn: (w: string) => void): Promise<{ unplaced: number }> {
  const total = d.entries.length;
  let unplaced = 0;
  cover(c, { title: d.title, author: d.author, date: `Compiled ${formatDate({ start: now.toISOString().slice(0, 10) })}`, documents: total }, d.introduction);
  if (total > 0) contents(c, contentsEntries(d));
  const cited: Array<{ n: number; citation: Inline[]; title: string }> = [];
  for (let i = 0; i < total; i++) {
    if (opts.signal?.aborted) throw new Error('Export cancelled');
    const item = d.load(i);
    documentPart(c, item, i + 1, total, warn);
    const lost = orphaned(item).length;
    if (lost > 0) warn(`Document ${i + 1} (${item.meta.title.value}): ${unplacedWarning(lost)}`);
    unplaced += lost;
    cited.push({ n: i + 1, citation: item.citation, title: item.meta.title.value });
    opts.onProgress?.({ docsDone: i + 1, docsTotal: total, pagesDone: c.flow.page });
    // Let the event loop breathe: progress polls and other calls are answered meanwhile.
    await nextTick();
  }
  sources(c, cited);
  c.flow.finish();
  return { unplaced };
}

const unplacedWarning = (n: number): string =>
  n === 1
    ? '1 highlight could not be placed: its text is no longer in the document. It is listed after the document.'
    : `${n} highlights could not be placed: their text is no longer in the document. They are listed after the document.`;

/** What needs every page number: contents numbers, links, running heads, outline. */
function finish(doc: PDFDocument, writer: PageWriter, c: Composer, d: PdfDossier): void {
  const total = d.entries.length;
  writer.finish((dest) => {
    const a = writer.anchor(dest);
    return a ? String(a.page + 1) : '';
  });
  drawChrome(writer, c.env.faces, d.title, c.env.missing);
  const outline: OutlineEntry[] = [
    ...(total > 0 ? [{ title: 'Contents', dest: 'contents' }] : []),
    ...d.entries.map((e, i) => ({ title: `${i + 1}. ${e.title}`, dest: `doc:${i + 1}` })),
    ...(total > 0 ? [{ title: 'Sources', dest: 'sources' }] : []),
  ];
  writeOutline(doc, outline, (k) => writer.anchor(k), (i) => writer.pages[i]?.ref);
}

/**
 * Typesets a dossier into a PDF: cover, contents, each document (opener,
 * commentary, text or excerpts, notes), sources; then running heads, links and
 * the outline once every page number is known. Pages are written as they fill,
 * and documents are loaded one at a time, so memory stays bounded.
 */
export async function renderDossierPdf(d: PdfDossier, opts: PdfOptions): Promise<PdfOutput> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const faces = await embedFaces(doc, { subset: opts.subsetFonts ?? true });
  const geo = geometryFor(opts.paper);
  const missing = new MissingGlyphCollector();
  const writer = new PageWriter(doc, faces, geo);
  const flow = new Paginator(geo.body, (lines, i) => writer.write(lines, i));
  const c: Composer = { env: { faces, missing }, geo, flow };
  const now = opts.now ?? new Date();
  const warnings: string[] = d.entries.length === 0 ? ['The dossier has no documents: the PDF holds only its cover.'] : [];
  const { unplaced } = await compose(c, d, opts, now, (w) => warnings.push(w));
  finish(doc, writer, c, d);
  setProperties(doc, { title: d.title, author: d.author, documents: d.entries.length, keywords: d.keywords, now });
  const lost = missing.warning();
  if (lost) warnings.push(lost);
  if (opts.signal?.aborted) throw new Error('Export cancelled');
  const bytes = await doc.save({ addDefaultPage: false, objectsPerTick: 2000 });
  return { bytes, pages: writer.pages.length, warnings, unplacedHighlights: unplaced };
}
