import type { DocumentBody, DocumentMeta } from '../model/document';
import { partyLabel } from '../model/parties';
import { inlineText } from '../model/plain-text';
import type { IndexEntry } from './search-index';

/** What of a document the search index sees: the body includes its footnotes. */
export function toIndexEntry(meta: DocumentMeta, body: DocumentBody, plainText: string): IndexEntry {
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
  };
}
