import { ChanceryError, type DocumentView, type ReadingPosition } from '../../contract';
import type { Block, Inline } from '../model/document';
import { pageMarkers } from '../model/plain-text';
import type { DocumentRepository } from './document-repository';

function linkTargets(blocks: readonly Block[], out: Set<string>): Set<string> {
  const runs = (list: readonly Inline[]): void => {
    for (const r of list) if (r.t === 'link') out.add(r.target);
  };
  for (const b of blocks) {
    if (b.t === 'paragraph' || b.t === 'heading') runs(b.runs);
    else if (b.t === 'list') b.items.forEach(runs);
    else if (b.t === 'table') b.rows.forEach((row) => row.forEach(runs));
    else if (b.t === 'quote' || b.t === 'section') linkTargets(b.blocks, out);
  }
  return out;
}

/** Where the user stopped reading a document (the CLI's `show` has no use for it). */
export type PositionOf = (id: number) => ReadingPosition | null;

/** The document as the reader (and `show`) needs it, with cross-references resolved to library ids. */
export function buildDocumentView(repo: DocumentRepository, id: number, positionOf: PositionOf = () => null): DocumentView {
  const doc = repo.get(id);
  if (!doc) throw new ChanceryError('not-found', `Document ${id} not found`);
  const collectionId = doc.placement?.collection.id;
  const links: Record<string, number> = {};
  if (collectionId) {
    const targets = linkTargets(doc.body.blocks, new Set());
    doc.body.footnotes.forEach((n) => linkTargets([{ t: 'paragraph', runs: n.runs }], targets));
    for (const target of targets) {
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
