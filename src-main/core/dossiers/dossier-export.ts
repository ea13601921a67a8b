import type { Highlights } from '../annotations/highlights';
import type { Dossier, DossierPaper } from '../../contract';
import type { DocumentRepository } from '../library/document-repository';
import { renderDossierPdf } from '../pdf/render-dossier';
import type { PdfDocument, PdfDossier, PdfOptions, PdfOutput } from '../pdf/types';
import { citeFrus, type CiteDocument } from './citation';
import type { DossierStore } from './dossier-store';

export interface ExportDeps {
  repo: DocumentRepository;
  dossiers: DossierStore;
  /** The reader's highlights service: the PDF places highlights exactly where the reader shows them. */
  highlights: Pick<Highlights, 'list'>;
  cite?: CiteDocument;
  /** The user's note on a document (Markdown, '' when none). */
  noteOf?: (docId: number) => string;
}

export type ExportedPdf = PdfOutput & { fileName: string };

export type ExportOptions = Partial<Omit<PdfOptions, 'paper'>> & { paper?: DossierPaper };

/** "Caffery telegrams, 1947" → "Caffery-telegrams-1947.pdf" (letters of any script kept). */
export function pdfFileName(title: string): string {
  return dossierFileName(title, 'pdf');
}

export function dossierFileName(title: string, ext: string): string {
  const slug = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${slug || 'dossier'}.${ext}`;
}

function keywords(d: Dossier): string[] {
  const editions = new Set<string>();
  const years = new Set<string>();
  for (const item of d.items) {
    if (item.doc.collection) editions.add(item.doc.collection.title);
    if (item.doc.date) years.add(item.doc.date.slice(0, 4));
  }
  return [...editions, ...[...years].sort()];
}

function loader(deps: ExportDeps, d: Dossier): (i: number) => PdfDocument {
  const cite = deps.cite ?? citeFrus;
  return (i) => {
    const item = d.items[i];
    const doc = item ? deps.repo.get(item.docId) : null;
    if (!item || !doc) throw new Error(`Document ${item?.docId ?? i} is no longer in the library`);
    const highlights = deps.highlights.list(doc.id);
    return { meta: doc.meta, body: doc.body, placement: doc.placement, commentary: item.commentary, mode: item.mode, highlights, note: deps.noteOf?.(doc.id) ?? '', citation: cite(doc) };
  };
}

/** The dossier as a PDF. */
export async function exportDossier(deps: ExportDeps, dossierId: number, opts: ExportOptions = {}): Promise<ExportedPdf> {
  const d = deps.dossiers.must(dossierId);
  const input: PdfDossier = {
    title: d.title,
    author: d.author,
    introduction: d.introduction,
    keywords: keywords(d),
    entries: d.items.map((i) => ({ title: i.doc.title, date: i.doc.date, from: i.doc.from })),
    load: loader(deps, d),
  };
  const out = await renderDossierPdf(input, { ...opts, paper: opts.paper ?? d.paper });
  return { fileName: pdfFileName(d.title), ...out };
}
