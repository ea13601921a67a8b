import type { Db } from '../db/open-database';
import { createNoteIndex } from '../search/note-index';

export interface NoteRow {
  id: number;
  doc_id: number | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** Title of the note's document, for a document's note. */
  doc_title: string | null;
}

const SELECT = `
  SELECT n.id, n.doc_id, n.title, n.body, n.created_at, n.updated_at, n.deleted_at, d.title AS doc_title
  FROM notes n LEFT JOIN documents d ON d.id = n.doc_id`;

/** All SQL touching `notes`, their full-text index and their links lives here. */
export function createNoteRepository(db: Db) {
  const byId = db.prepare(`${SELECT} WHERE n.id = ?`);
  const byDoc = db.prepare(`${SELECT} WHERE n.doc_id = ? AND n.deleted_at IS NULL`);
  const live = db.prepare(`
    ${SELECT} WHERE n.deleted_at IS NULL
      AND (@tag IS NULL OR EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = @tag))
    ORDER BY n.updated_at DESC, n.id DESC`);
  // A document's note comes back to life when written again after a delete.
  const upsertDocNote = db.prepare(`
    INSERT INTO notes (doc_id, title, body, created_at, updated_at) VALUES (@docId, '', @body, @now, @now)
    ON CONFLICT(doc_id) WHERE doc_id IS NOT NULL
    DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, deleted_at = NULL
    RETURNING id`);
  const insertFree = db.prepare(`
    INSERT INTO notes (doc_id, title, body, created_at, updated_at) VALUES (NULL, @title, @body, @now, @now) RETURNING id`);
  const update = db.prepare('UPDATE notes SET title = @title, body = @body, updated_at = @now WHERE id = @id');
  const setDeleted = db.prepare('UPDATE notes SET deleted_at = @at WHERE id = @id');
  const purgeable = db.prepare('SELECT id FROM notes WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const purge = db.prepare('DELETE FROM notes WHERE id = ?');
  const fts = createNoteIndex(db);
  const clearLinks = db.prepare('DELETE FROM note_links WHERE note_id = ?');
  const addLink = db.prepare('INSERT OR IGNORE INTO note_links (note_id, doc_id, ord) VALUES (?, ?, ?)');
  const linksOf = db.prepare(`
    SELECT l.doc_id AS docId, d.title FROM note_links l JOIN documents d ON d.id = l.doc_id WHERE l.note_id = ? ORDER BY l.ord`);
  const citing = db.prepare(`
    ${SELECT} JOIN note_links l ON l.note_id = n.id WHERE l.doc_id = ? AND n.deleted_at IS NULL ORDER BY n.updated_at DESC, n.id DESC`);

  const notesOfDoc = db.prepare('SELECT id, title, body FROM notes WHERE doc_id = ?');
  const detach = db.prepare('UPDATE notes SET doc_id = NULL, title = ? WHERE id = ?');
  const attach = db.prepare(`UPDATE notes SET doc_id = @docId, title = CASE WHEN title = @derived THEN @title ELSE title END
    WHERE id = @id AND doc_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM notes o WHERE o.doc_id = @docId) RETURNING title, body`);

  /** The full-text row always mirrors the note's text; deleted notes are filtered by the queries. */
  const reindex = (id: number, title: string, body: string): void => fts.note(id, title, body);

  return {
    get(id: number): NoteRow | null {
      return (byId.get(id) as NoteRow | undefined) ?? null;
    },
    /**
     * The document is going away: its notes become free-standing research
     * notes, titled after it when they had no title of their own.
     */
    detachFromDocument(docId: number, documentTitle: string): void {
      for (const n of notesOfDoc.all(docId) as Array<{ id: number; title: string; body: string }>) {
        const title = n.title || documentTitle;
        detach.run(title, n.id);
        reindex(n.id, title, n.body);
      }
    },
    /**
     * The document is back (re-imported): its former note, if still
     * free-standing, becomes its note again; the title it was given after the
     * document (`derived`) goes back to the one it had then.
     */
    reattach(id: number, docId: number, title: string, derived: string): boolean {
      const r = attach.get({ id, docId, title, derived }) as { title: string; body: string } | undefined;
      if (r) reindex(id, r.title, r.body);
      return r !== undefined;
    },
    ofDocument(docId: number): NoteRow | null {
      return (byDoc.get(docId) as NoteRow | undefined) ?? null;
    },
    live(tag: string | null): NoteRow[] {
      return live.all({ tag }) as NoteRow[];
    },
    saveDocNote(docId: number, body: string, now: string): number {
      const { id } = upsertDocNote.get({ docId, body, now }) as { id: number };
      reindex(id, '', body);
      return id;
    },
    createFree(title: string, body: string, now: string): number {
      const { id } = insertFree.get({ title, body, now }) as { id: number };
      reindex(id, title, body);
      return id;
    },
    update(id: number, title: string, body: string, now: string): void {
      update.run({ id, title, body, now });
      reindex(id, title, body);
    },
    setDeleted(id: number, at: string | null): void {
      setDeleted.run({ id, at });
    },
    /** Replaces the documents a note links to (ids in order of first mention). */
    setLinks(id: number, docIds: readonly number[]): void {
      clearLinks.run(id);
      docIds.forEach((docId, ord) => addLink.run(id, docId, ord));
    },
    links(id: number): Array<{ docId: number; title: string }> {
      return linksOf.all(id) as Array<{ docId: number; title: string }>;
    },
    /** Live notes linking to a document, most recent first. */
    citing(docId: number): NoteRow[] {
      return citing.all(docId) as NoteRow[];
    },
    purgeDeletedBefore(cutoff: string): number {
      const ids = (purgeable.all(cutoff) as Array<{ id: number }>).map((r) => r.id);
      for (const id of ids) {
        fts.forgetNote(id);
        purge.run(id);
      }
      return ids.length;
    },
  };
}

export type NoteRepository = ReturnType<typeof createNoteRepository>;
