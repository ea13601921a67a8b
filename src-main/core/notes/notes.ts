import type { Db } from '../db/open-database';
import type { Note } from '../../contract/views';

interface NoteRow {
  doc_id: number;
  body: string;
  updated_at: string;
}

const toNote = (r: NoteRow): Note => ({ docId: r.doc_id, body: r.body, updatedAt: r.updated_at });

/** The user's notes. Each save is one committed transaction (synchronous=FULL). */
export function createNotes({ db, now = () => new Date().toISOString() }: { db: Db; now?: () => string }) {
  const get = db.prepare('SELECT doc_id, body, updated_at FROM notes WHERE doc_id = ?');
  const upsert = db.prepare(`
    INSERT INTO notes (doc_id, body, created_at, updated_at) VALUES (@docId, @body, @now, @now)
    ON CONFLICT(doc_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
    RETURNING doc_id, body, updated_at`);
  const docExists = db.prepare('SELECT 1 FROM documents WHERE id = ?');

  return {
    get(docId: number): Note | null {
      const row = get.get(docId) as NoteRow | undefined;
      return row ? toNote(row) : null;
    },
    /** Returns null when the document does not exist. */
    save(docId: number, body: string): Note | null {
      if (!docExists.get(docId)) return null;
      return toNote(upsert.get({ docId, body, now: now() }) as NoteRow);
    },
  };
}

export type Notes = ReturnType<typeof createNotes>;
