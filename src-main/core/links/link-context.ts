import { createCandidateLookup, type CandidateLookup } from './candidate-lookup';
import type { Db } from '../db/open-database';
import type { DocumentBody, Placement } from '../../../src-shared/model/document';
import type { LinkContext, PageEntry } from './link-finder';
import { buildPageMap, pageKey } from './page-map';
import { pageMarkers } from '../../../src-shared/text/references';

interface PagedRow {
  id: number;
  placement_json: string | null;
  kind: string | null;
}

/** Parsed bodies a pass keeps for reuse: about 18 MB (9 KB a FRUS document), more documents than the largest volume holds. */
const MAX_KEPT_BODIES = 2000;

/** What a relinking pass reuses of its context. */
export interface PassBodies {
  /** A document's body: as parsed for a page map in this pass, else from `json` (its stored column). */
  body(id: number, json: string): DocumentBody;
}

/**
 * The library as the finders see it, for one relinking pass: page maps and
 * collection titles are read once per pass and kept only for it (a pass runs
 * inside the transaction that wrote the documents, so they are current).
 * `knownPages`: the printed pages of documents an import has just written
 * (worked out where they were parsed), so their bodies are not parsed again.
 */
export function createLinkContext(db: Db, knownPages?: (id: number) => readonly string[] | undefined): LinkContext & PassBodies {
  const bySource = db.prepare('SELECT id FROM documents WHERE collection_id = ? AND source_id = ? ORDER BY id LIMIT 1').pluck();
  const title = db.prepare('SELECT title FROM collections c WHERE id = ? AND EXISTS (SELECT 1 FROM documents d WHERE d.collection_id = c.id)').pluck();
  const volumeDocs = db.prepare('SELECT id, placement_json, kind FROM documents WHERE collection_id = ? ORDER BY id');
  const bodyOf = db.prepare('SELECT body_json FROM documents WHERE id = ?').pluck();
  const pages = new Map<string, Map<string, PageEntry[]>>();
  /**
   * Bodies parsed for a page map, by id: a volume's documents are usually
   * relinked in the same pass. At most MAX_KEPT_BODIES (a large volume's
   * worth), so a pass whose references reach many volumes stays within memory.
   */
  const bodies = new Map<number, DocumentBody>();
  const titles = new Map<string, string | null>();

  /** A stored document's pages, from its body (kept for the pass: its documents are usually relinked in it too). */
  const pagesOf = (id: number): readonly string[] => {
    const body = JSON.parse((bodyOf.get(id) as string | undefined) ?? '{"blocks":[]}') as DocumentBody;
    if (bodies.size < MAX_KEPT_BODIES) bodies.set(id, body);
    return pageMarkers(body.blocks);
  };

  const pageMap = (collection: string): Map<string, PageEntry[]> => {
    let map = pages.get(collection);
    if (!map) {
      const rows = volumeDocs.iterate(collection) as IterableIterator<PagedRow>;
      map = buildPageMap(
        (function* () {
          for (const r of rows) {
            const placement = r.placement_json ? (JSON.parse(r.placement_json) as Placement) : null;
            yield { id: r.id, pages: knownPages?.(r.id) ?? pagesOf(r.id), ...(placement?.startPage ? { startPage: placement.startPage } : {}), section: r.kind === 'section' };
          }
        })(),
      );
      pages.set(collection, map);
    }
    return map;
  };

  let lookup: CandidateLookup | null = null;
  return {
    body: (id, json) => bodies.get(id) ?? (JSON.parse(json) as DocumentBody),
    get candidates(): CandidateLookup {
      return (lookup ??= createCandidateLookup(db));
    },
    bySourceId: (collection, sourceId) => (bySource.get(collection, sourceId) as number | undefined) ?? null,
    onPage: (collection, page) => pageMap(collection).get(pageKey(page)) ?? [],
    collectionTitle: (collection) => {
      if (!titles.has(collection)) titles.set(collection, (title.get(collection) as string | undefined) ?? null);
      return titles.get(collection) ?? null;
    },
  };
}
