import type { DocumentMeta, ImportedDocument, Collection } from '../../../src-shared/model/document';
import { bodyText } from '../../../src-shared/text/plain-text';
import { toIndexEntry } from '../search/index-entry';
import type { IndexEntry } from '../search/search-index';
import type { Tokens } from '../search/terms';
import type { DocInputs } from './doc-inputs';
import { derivedColumns } from './document-rows';

/**
 * A parsed document with everything CPU-heavy about it already worked out
 * (plain text, serialised JSON, the search index's view of it), so that
 * saving it is only SQL. Built in the import worker; plain data, so it
 * crosses to the main thread by structured clone.
 */
export interface PreparedDocument {
  key: string;
  format: ImportedDocument['format'];
  /** The imported metadata (user corrections are applied when it is saved). */
  meta: DocumentMeta;
  collection: Collection | null;
  /** The `documents` columns as the importer gave them (user corrections may change the metadata ones). */
  row: {
    title: string;
    dateStart: string | null;
    dateEnd: string | null;
    year: number | null;
    sender: string | null;
    kind: string | null;
    sourceId: string | null;
    parentSourceId: string | null;
    number: string | null;
    meta: string;
    body: string;
    placement: string | null;
    chapter: string | null;
    plainText: string;
  };
  /** What the search index sees, from the imported metadata. */
  entry: IndexEntry;
  /** The entry's words for the term index, when the library keeps one (worked out where the document was parsed). */
  tokens?: Tokens;
  /** What linking and the person index read of the body, when worked out where it was parsed (an import's worker). */
  inputs?: DocInputs;
}

export function prepareDocument(doc: ImportedDocument): PreparedDocument {
  const plainText = bodyText(doc.body);
  const placement = doc.placement ?? null;
  return {
    key: doc.key,
    format: doc.format,
    meta: doc.meta,
    collection: placement?.collection ?? null,
    row: {
      ...derivedColumns(doc.meta),
      kind: doc.meta.kind?.value ?? null,
      sourceId: placement?.sourceId ?? null,
      parentSourceId: placement?.parentSourceId ?? null,
      number: placement?.number ?? null,
      meta: JSON.stringify(doc.meta),
      body: JSON.stringify(doc.body),
      placement: placement ? JSON.stringify(placement) : null,
      chapter: placement?.chapter ? JSON.stringify(placement.chapter) : null,
      plainText,
    },
    entry: toIndexEntry(doc.meta, doc.body, plainText, placement),
  };
}
