import type { Db } from '../db/open-database';
import { createHighlightRepository } from '../annotations/highlight-repository';
import { createNoteRepository } from '../notes/note-repository';
import { isEmpty, parseKept, type Kept } from './kept-annotations';

interface DocRow {
  key: string;
  title: string;
  date_start: string | null;
}

/**
 * A deleted document's annotations wait in `trashed_documents`, by the
 * document's key: highlights with their comments, its places and commentary
 * in dossiers, tags, metadata corrections and which note was its own. When a
 * document with that key is imported again they come back attached to it.
 */
export function createDocumentTrash({ db, now }: { db: Db; now: () => string }) {
  const highlights = createHighlightRepository(db);
  const notes = createNoteRepository(db);
  const q = {
    doc: db.prepare('SELECT key, title, date_start FROM documents WHERE id = ?'),
    note: db.prepare('SELECT id, title FROM notes WHERE doc_id = ?'),
    items: db.prepare(`SELECT dossier_id AS dossierId, position, commentary, mode, added_at AS addedAt
      FROM dossier_items WHERE doc_id = ? AND deleted_at IS NULL`),
    tags: db.prepare('SELECT tag FROM doc_tags WHERE doc_id = ? ORDER BY tag').pluck(),
    edits: db.prepare('SELECT field, value_json AS valueJson, edited_at AS editedAt FROM meta_edits WHERE doc_id = ?'),
    put: db.prepare(`INSERT INTO trashed_documents (key, title, date_start, note_id, kept_json, deleted_at)
      VALUES (@key, @title, @date, @noteId, @kept, @at)
      ON CONFLICT(key) DO UPDATE SET title = excluded.title, date_start = excluded.date_start, note_id = excluded.note_id,
        kept_json = excluded.kept_json, deleted_at = excluded.deleted_at`),
    byKey: db.prepare('SELECT id, title, note_id AS noteId, kept_json AS kept FROM trashed_documents WHERE key = ?'),
    drop: db.prepare('DELETE FROM trashed_documents WHERE id = ?'),
    addItem: db.prepare(`INSERT INTO dossier_items (dossier_id, doc_id, position, commentary, mode, added_at)
      SELECT @dossierId, @docId, @position, @commentary, @mode, @addedAt WHERE EXISTS (SELECT 1 FROM dossiers WHERE id = @dossierId)
      ON CONFLICT(dossier_id, doc_id) DO NOTHING`),
    addTag: db.prepare('INSERT OR IGNORE INTO doc_tags (doc_id, tag) VALUES (?, ?)'),
    addEdit: db.prepare('INSERT OR IGNORE INTO meta_edits (doc_id, field, value_json, edited_at) VALUES (?, ?, ?, ?)'),
    purge: db.prepare('DELETE FROM trashed_documents WHERE deleted_at < ?'),
  };

  return {
    /** Keeps what the user wrote on a document about to be deleted (call first, in the deletion's transaction). */
    keep(docId: number): void {
      const doc = q.doc.get(docId) as DocRow | undefined;
      if (!doc) return;
      const note = q.note.get(docId) as { id: number; title: string } | undefined;
      const kept: Kept = {
        highlights: highlights.ofDocument(docId).map((h) => ({
          color: h.color,
          comment: h.comment,
          exact: h.exact,
          prefix: h.prefix,
          suffix: h.suffix,
          start: h.pos_start,
          end: h.pos_end,
          createdAt: h.created_at,
          updatedAt: h.updated_at,
        })),
        dossiers: q.items.all(docId) as Kept['dossiers'],
        tags: q.tags.all(docId) as string[],
        metaEdits: q.edits.all(docId) as Kept['metaEdits'],
        noteTitle: note?.title ?? '',
      };
      if (isEmpty(kept, note?.id ?? null)) return;
      q.put.run({ key: doc.key, title: doc.title, date: doc.date_start, noteId: note?.id ?? null, kept: JSON.stringify(kept), at: now() });
    },
    /**
     * A document was just saved under `key`: if one with that key was deleted,
     * its annotations come back (call before its highlights are re-anchored
     * and its corrections re-applied).
     */
    restore(docId: number, key: string): boolean {
      const row = q.byKey.get(key) as { id: number; title: string; noteId: number | null; kept: string } | undefined;
      if (!row) return false;
      const kept = parseKept(row.kept);
      for (const h of kept.highlights) {
        const anchor = { quote: { exact: h.exact, prefix: h.prefix, suffix: h.suffix }, position: { start: h.start, end: h.end } };
        highlights.insert(docId, h.color, h.comment, anchor, 'anchored', h.createdAt);
      }
      for (const item of kept.dossiers) q.addItem.run({ ...item, docId });
      for (const tag of kept.tags) q.addTag.run(docId, tag);
      for (const e of kept.metaEdits) q.addEdit.run(docId, e.field, e.valueJson, e.editedAt);
      if (row.noteId !== null) notes.reattach(row.noteId, docId, kept.noteTitle, kept.noteTitle || row.title);
      q.drop.run(row.id);
      return true;
    },
    purgeDeletedBefore(cutoff: string): number {
      return q.purge.run(cutoff).changes;
    },
  };
}

export type DocumentTrash = ReturnType<typeof createDocumentTrash>;
