import { linkTargets, pageMarkers } from '../../../src-shared/text/references';
import { ChanceryError, type DocumentView, type ReadingPosition } from '../../contract';
import type { DocumentRepository } from './document-repository';

/** Where the user stopped reading a document (the CLI's `show` has no use for it). */
export type PositionOf = (id: number) => ReadingPosition | null;

/** The document as the reader (and `show`) needs it, with cross-references resolved to library ids. */
export function buildDocumentView(repo: DocumentRepository, id: number, positionOf: PositionOf = () => null): DocumentView {
  const doc = repo.get(id);
  if (!doc) throw new ChanceryError('not-found', `Document ${id} not found`);
  const collectionId = doc.placement?.collection.id;
  const links: Record<string, number> = {};
  if (collectionId) {
    for (const target of linkTargets(doc.body)) {
      // Footnote, page and other-volume targets are resolved by the links service (links.refs).
      if (!/^d\d+[a-z]?$/i.test(target)) continue;
      const found = repo.idBySourceId(collectionId, target);
      if (found !== null) links[target] = found;
    }
  }
  const parentId = doc.summary.parentId;
  const parent = parentId !== null ? repo.get(parentId) : null;
  const startPage = doc.placement?.startPage;
  const markers = pageMarkers(doc.body.blocks);
  const pages = startPage && markers[0] !== startPage ? [startPage, ...markers] : markers;
  return {
    id: doc.id,
    meta: doc.meta,
    body: doc.body,
    placement: doc.placement,
    parent: parent ? { id: parent.id, title: parent.meta.title.value } : null,
    enclosures: repo.enclosures(id),
    links,
    pages,
    sourceFile: doc.sourceFile,
    tags: doc.summary.tags,
    position: positionOf(id),
  };
}
