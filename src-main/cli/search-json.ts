import type { DocumentView, SearchHit } from '../contract';
import { pageNumbers } from '../core/citations/format';
import { pageRange } from '../core/citations/pages';

/**
 * The documented `search --json` shape: enough to find the hit in its volume
 * without a second call — the volume (id and title), the document's number in
 * it and the printed pages it occupies ("160–165"; inferred pages in brackets).
 */
export function toSearchJson(h: SearchHit, doc: DocumentView) {
  const range = pageRange(doc.body, doc.placement, undefined);
  return {
    id: h.id,
    title: h.title,
    date: h.date,
    collection: h.collection ? { id: h.collection.id, title: h.collection.title } : null,
    number: h.number,
    pages: range ? pageNumbers(range, 'frus') : null,
    score: h.score,
    snippet: h.snippet.text,
  };
}
