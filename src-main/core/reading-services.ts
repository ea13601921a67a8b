import type { ExportedNoteFile } from '../contract';
import { createHighlights, KEEP_DELETED_DAYS } from './annotations/highlights';
import { createCitations } from './citations/cite';
import type { Db } from './db/open-database';
import { createDocTitles } from './library/doc-titles';
import { createDocumentTrash } from './library/document-trash';
import type { DocumentRepository } from './library/document-repository';
import { createMetaEdits } from './library/meta-edits';
import { createReadingState } from './library/reading-state';
import type { Settings } from './library/settings';
import { createTags } from './library/tags';
import type { DocumentMeta, ImportedDocument } from '../../src-shared/model/document';
import { exportNotes } from './notes/export';
import { createNotes } from './notes/notes';
import { createNoteSearch } from './search/note-search';
import type { SearchIndex } from './search/search-index';
import { createTitleLookup } from './search/title-lookup';
import { createDocSuggest } from './search/doc-suggest';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReadingDeps {
  db: Db;
  repo: DocumentRepository;
  index: SearchIndex;
  settings: Settings;
  now?: () => string;
}

/** Reading and annotating: notes and links, tags, highlights, metadata corrections, citations, reader state. */
export function createReadingServices({ db, repo, index, settings, now = () => new Date().toISOString() }: ReadingDeps) {
  const tags = createTags(db);
  const titles = createDocTitles(db);
  const lookup = createTitleLookup({ index, titles });
  const suggest = createDocSuggest({ db, index });
  const notes = createNotes({ db, tags, titles, lookup, now });
  const highlights = createHighlights({ db, repo, now });
  const metaEdits = createMetaEdits({ db, repo, index, settings, now });
  const citations = createCitations({ repo, highlights });
  const state = createReadingState({ db, settings, now });
  const noteSearch = createNoteSearch(db);
  const documentTrash = createDocumentTrash({ db, now });

  return {
    tags,
    titles,
    lookup,
    /** The `[[` autocomplete. */
    suggest,
    notes,
    highlights,
    metaEdits,
    citations,
    state,
    noteSearch,
    /** Annotations of deleted documents, waiting for the document to come back. */
    documentTrash,
    /**
     * Called by the import service right after a document is saved, inside
     * the import's transaction: the user's metadata corrections go back over
     * the new import, and highlights are re-placed in the new text. A
     * document deleted earlier gets its annotations back first. Returns the
     * metadata to index.
     */
    afterSave(id: number, doc: Pick<ImportedDocument, 'meta' | 'key'>, plainText: string): DocumentMeta {
      documentTrash.restore(id, doc.key);
      const meta = metaEdits.reapply(id, doc.meta);
      highlights.reanchorDocument(id, plainText);
      return meta;
    },
    /** Soft-deleted notes and highlights older than 30 days go for good (run at open). */
    purgeDeleted(at: Date = new Date(now())): { notes: number; highlights: number } {
      const cutoff = new Date(at.getTime() - KEEP_DELETED_DAYS * DAY_MS).toISOString();
      return db.transaction(() => ({ notes: notes.purgeDeletedBefore(cutoff), highlights: highlights.purgeDeletedBefore(cutoff) }))();
    },
    exportNotes(): ExportedNoteFile[] {
      return exportNotes(notes.list(), {
        cite: (docId) => citations.cite({ id: docId, style: 'frus' }),
        docTitle: (docId) => titles.of([docId])[0]?.title ?? null,
        highlights: (docId) => highlights.list(docId),
        docTags: (docId) => tags.ofDocument(docId),
        highlightedDocs: () => highlights.documentIds(),
      });
    },
  };
}

export type ReadingServices = ReturnType<typeof createReadingServices>;
