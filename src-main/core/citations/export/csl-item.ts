import type { StoredDocument } from '../../library/document-repository';
import type { Party } from '../../../../src-shared/model/document';
import { sourceFieldsOf } from '../../../../src-shared/sources/apparatus';
import { citationFacts } from '../facts';

/** The subset of CSL-JSON (CSL 1.0.2 data schema) Chancery fills. */
export interface CslItem {
  id: string;
  type: 'document';
  title: string;
  author?: Array<{ literal: string }>;
  recipient?: Array<{ literal: string }>;
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  number?: string;
  page?: string;
  URL?: string;
  publisher?: string;
  'publisher-place'?: string;
  editor?: Array<{ literal: string }>;
  archive?: string;
  archive_location?: string;
  genre?: string;
  'event-place'?: string;
  note?: string;
}

/** "1947-12-03" → [[1947, 12, 3]]; a range gives two parts. */
function dateParts(start: string, end?: string): number[][] {
  const parts = (s: string) => s.slice(0, 10).split('-').map(Number).filter((n) => Number.isFinite(n) && n > 0);
  return end ? [parts(start), parts(end)] : [parts(start)];
}

const names = (ps: { parties: Party[] } | null): Array<{ literal: string }> | undefined => {
  const out = (ps?.parties ?? []).map((p) => [p.name, p.role].filter(Boolean).join(', ')).filter((s) => s.length > 0);
  return out.length > 0 ? out.map((literal) => ({ literal })) : undefined;
};

/**
 * The document's page on history.state.gov: a FRUS TEI volume's id
 * ("frus1894Nicaragua") and the document's xml:id ("d1") are the address
 * the Office of the Historian publishes it under.
 */
function frusUrl(doc: StoredDocument): string | undefined {
  const p = doc.placement;
  if (!p?.sourceId || !/^frus\w+$/.test(p.collection.id) || !/^d\d+$/.test(p.sourceId)) return undefined;
  return `https://history.state.gov/historicaldocuments/${p.collection.id}/${p.sourceId}`;
}

/** Drops keys whose value is undefined, so the JSON carries only what the source gives. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/**
 * One document as CSL-JSON, from the same facts the Chicago and FRUS
 * citations use (inferred values keep their [brackets]), plus the archive
 * and file numbers the source note gives.
 */
export function cslItem(doc: StoredDocument): CslItem {
  const f = citationFacts(doc);
  const e = f.edition;
  const src = sourceFieldsOf(doc.meta, doc.body);
  const files = src.fileNumbers.map((n) => n.value.value).join('; ');
  const date = doc.meta.date?.value;
  const pages = f.pages ? (f.pages.first.n === f.pages.last.n ? f.pages.first.n : `${f.pages.first.n}-${f.pages.last.n}`) : undefined;
  return defined({
    id: `chancery-${doc.id}`,
    type: 'document' as const,
    title: f.title,
    author: names(f.from),
    recipient: names(f.to),
    issued: date ? { 'date-parts': dateParts(date.start, date.end) } : undefined,
    'container-title': e ? [e.fullSeries, e.subtitle].filter(Boolean).join(', ') : undefined,
    'collection-title': e?.series,
    volume: e?.volume,
    number: f.number ?? undefined,
    page: pages,
    URL: f.url ?? frusUrl(doc),
    publisher: e?.publisher,
    'publisher-place': e?.pubPlace,
    editor: e?.editors ? [{ literal: e.editors }] : undefined,
    archive: src.repository?.value,
    archive_location: [src.collection?.value, files].filter(Boolean).join(', ') || undefined,
    genre: f.kind ?? undefined,
    'event-place': f.place ?? undefined,
  });
}
