import type { DocumentBody, DocumentMeta, Placement } from '../../../src-shared/model/document';
import { partyLabel } from '../../../src-shared/display/parties';
import { inlineText } from '../../../src-shared/text/plain-text';
import { placeFacetValue } from '../../../src-shared/places/place-match';
import type { DocFacets } from './doc-store';
import type { IndexEntry } from './search-index';
import { tokenise, type Tokens } from './terms';

function facetsOf(meta: DocumentMeta, placement: Placement | null): DocFacets {
  return {
    date: meta.date?.value.start ?? null,
    senders: (meta.from?.value ?? []).map(partyLabel).filter((s) => s.length > 0),
    recipients: (meta.to?.value ?? []).map(partyLabel).filter((s) => s.length > 0),
    // One entry per place: "Peiping" and "Peking" count together; an unknown place stays as written.
    place: placeFacetValue(meta.place?.value),
    classification: meta.classification?.value.trim() || null,
    collection: placement?.collection.id ?? null,
  };
}

/** What of a document the search index sees: the body includes its footnotes. */
export function toIndexEntry(meta: DocumentMeta, body: DocumentBody, plainText: string, placement: Placement | null = null): IndexEntry {
  const people = [...(meta.from?.value ?? []), ...(meta.to?.value ?? [])].map(partyLabel);
  if (meta.signature) people.push(meta.signature.value);
  // Footnotes and the editorial apparatus (source, caption, file number) are found like body text.
  const extra = [
    ...body.footnotes.map((n) => inlineText(n.runs)),
    ...[meta.source, meta.caption, meta.fileNumber, meta.docNumber].map((f) => f?.value ?? ''),
  ].filter((s) => s.length > 0);
  return {
    title: meta.title.value,
    people: people.join('\n'),
    place: meta.place?.value ?? '',
    body: [plainText, ...extra].join('\n\n'),
    facets: facetsOf(meta, placement),
  };
}

/** The entry's words as the term index takes them (the fields in FTS5's column order). */
export function entryTokens(entry: IndexEntry): Tokens {
  return tokenise([entry.title, entry.people, entry.place, entry.body]);
}
