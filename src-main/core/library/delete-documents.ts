import type { Db } from '../db/open-database';
import { createNoteRepository } from '../notes/note-repository';
import type { DocumentTrash } from './document-trash';
import type { SearchIndex } from '../search/search-index';
import type { Settings } from './settings';

/**
 * Deleting documents for good, from SQLite and from every search index, in
 * one transaction. The user's writing outlives the sources: a document's note
 * becomes a free-standing note (titled after the document if it had no title
 * of its own), and links to the document are dropped while the note text,
 * `[[doc:ID|label]]` included, stays as written. Highlights with their
 * comments, tags, metadata corrections and dossier places wait in the trash
 * (`trash`), and come back if the same document is imported again; reading
 * positions go with the document.
 */
export function createDocumentDeletion({ db, index, settings, trash }: { db: Db; index: SearchIndex; settings: Settings; trash: DocumentTrash }) {
  const notes = createNoteRepository(db);
  const docTitle = db.prepare('SELECT title FROM documents WHERE id = ?').pluck();
  const dropLinks = db.prepare('DELETE FROM note_links WHERE doc_id = ?');
  const commentsFts = db.prepare('DELETE FROM comments_fts WHERE rowid IN (SELECT id FROM highlights WHERE doc_id = ?)');
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');

  const keepNotes = (id: number): void => notes.detachFromDocument(id, (docTitle.get(id) as string | undefined) ?? '');

  return {
    /** Deletes the documents that exist among `ids`; returns how many were deleted. */
    delete(ids: readonly number[]): number {
      const gone: number[] = [];
      db.transaction(() => {
        for (const id of new Set(ids)) {
          trash.keep(id);
          keepNotes(id);
          dropLinks.run(id);
          commentsFts.run(id);
          if (remove.run(id).changes === 0) continue;
          index.body.remove(id);
          gone.push(id);
        }
        if (gone.length > 0) settings.bumpGeneration();
      })();
      // Memory follows SQLite only once the transaction is committed.
      for (const id of gone) index.remove(id);
      if (gone.length > 0) index.persist(settings.generation(), { deferTitles: true });
      return gone.length;
    },
  };
}

export type DocumentDeletion = ReturnType<typeof createDocumentDeletion>;
