import type { StoredDocument } from '../library/document-repository';
import type { DocKind, Field, Party } from '../../../src-shared/model/document';
import { editionFromCollection, editionFromSource, FRUS, type Edition } from './edition';
import { bracket, citationDate } from './format';
import { pageRange, parsePages, type PageRange } from './pages';

/** What a citation may say about a document: only what the source states or Chancery inferred (marked). */
export interface CitationFacts {
  format: StoredDocument['format'];
  title: string;
  /** Lower-case kind, bracketed when inferred; null for a generic "document". */
  kind: string | null;
  from: { parties: Party[]; inferred: boolean } | null;
  to: { parties: Party[]; inferred: boolean } | null;
  place: string | null;
  date: string | null;
  /** The document's own year (for telling a title that already names it). */
  year: string | null;
  edition: Edition | null;
  number: string | null;
  pages: PageRange | null;
  url: string | null;
  /** ISO date the web source was last modified. */
  lastUpdated: string | null;
}

const inferred = (f: Field<unknown> | undefined): boolean => f?.provenance.kind === 'inferred';

/** A generic document or a section of the volume has no kind worth citing (a section is no telegram). */
function kindOf(f: Field<DocKind> | undefined): string | null {
  if (!f || f.value === 'document' || f.value === 'section') return null;
  return bracket(f.value, inferred(f));
}

function editionOf(doc: StoredDocument): Edition | null {
  if (doc.placement) return editionFromCollection(doc.placement.collection);
  const source = doc.meta.source?.value;
  const parsed = source ? editionFromSource(source) : null;
  if (parsed) return parsed;
  // The FRUS text importer recognised the edition's layout (file number header, [Page N] markers): the series, nothing more.
  return doc.format === 'frus-text' ? { series: FRUS, fullSeries: FRUS } : null;
}

/** CVCE prints "12/04/2023" (day first). */
function isoDay(s: string | undefined): string | null {
  if (!s) return null;
  const eu = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (eu) return `${eu[3]}-${eu[2]?.padStart(2, '0')}-${eu[1]?.padStart(2, '0')}`;
  return /^\d{4}(-\d{2}){0,2}$/.test(s.trim()) ? s.trim() : null;
}

/**
 * The title as a citation prints it: without the full stop the edition put
 * after a head ("Mr. Rockhill to Mr. Hay."), which the citation's own comma
 * or period follows; in brackets when Chancery supplied it ("[Document 3]").
 */
function citedTitle(f: Field<string>): string {
  const title = f.value.trim().replace(/([^.\s])\.$/, '$1');
  return bracket(title, inferred(f));
}

export function citationFacts(doc: StoredDocument, span?: { start: number; end: number }): CitationFacts {
  const m = doc.meta;
  const edition = editionOf(doc);
  const pages = pageRange(doc.body, doc.placement, span) ?? (edition?.pages ? parsePages(edition.pages) : null);
  const parties = (f: Field<Party[]> | undefined) => (f && f.value.length > 0 ? { parties: f.value, inferred: inferred(f) } : null);
  return {
    format: doc.format,
    title: citedTitle(m.title),
    kind: kindOf(m.kind),
    from: parties(m.from),
    to: parties(m.to),
    place: m.place ? bracket(m.place.value, inferred(m.place)) : null,
    date: m.date ? bracket(citationDate(m.date.value), inferred(m.date)) : null,
    year: m.date?.value.start.slice(0, 4) ?? null,
    edition,
    number: doc.placement?.number ?? null,
    pages,
    url: m.url?.value ?? null,
    lastUpdated: isoDay(m.lastUpdated?.value),
  };
}
