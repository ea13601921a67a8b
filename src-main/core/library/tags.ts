import type { TagCount } from '../../contract';
import type { Db } from '../db/open-database';

const MAX_TAG = 100;

/** Trimmed, inner spaces collapsed, a leading '#' dropped; duplicates (ignoring case) removed; sorted. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG);
    if (tag.length > 0 && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** Tags on documents and on notes. Tags match without regard to case. */
export function createTags(db: Db) {
  const clearDoc = db.prepare('DELETE FROM doc_tags WHERE doc_id = ?');
  const addDoc = db.prepare('INSERT OR IGNORE INTO doc_tags (doc_id, tag) VALUES (?, ?)');
  const ofDoc = db.prepare('SELECT tag FROM doc_tags WHERE doc_id = ?');
  const clearNote = db.prepare('DELETE FROM note_tags WHERE note_id = ?');
  const addNote = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
  const ofNote = db.prepare('SELECT tag FROM note_tags WHERE note_id = ?');
  const counts = db.prepare(`
    SELECT min(tag) AS tag, sum(d) AS documents, sum(n) AS notes FROM (
      SELECT tag, 1 AS d, 0 AS n FROM doc_tags
      UNION ALL
      SELECT t.tag, 0, 1 FROM note_tags t JOIN notes x ON x.id = t.note_id WHERE x.deleted_at IS NULL
    ) GROUP BY tag COLLATE NOCASE ORDER BY tag COLLATE NOCASE`);

  const tagsOf = (stmt: typeof ofDoc, id: number): string[] =>
    (stmt.all(id) as Array<{ tag: string }>).map((r) => r.tag).sort((a, b) => a.localeCompare(b));

  return {
    setForDocument(docId: number, tags: readonly string[]): string[] {
      const clean = normalizeTags(tags);
      clearDoc.run(docId);
      for (const t of clean) addDoc.run(docId, t);
      return clean;
    },
    setForNote(noteId: number, tags: readonly string[]): string[] {
      const clean = normalizeTags(tags);
      clearNote.run(noteId);
      for (const t of clean) addNote.run(noteId, t);
      return clean;
    },
    ofDocument: (docId: number): string[] => tagsOf(ofDoc, docId),
    ofNote: (noteId: number): string[] => tagsOf(ofNote, noteId),
    list(): TagCount[] {
      return (counts.all() as Array<{ tag: string; documents: number; notes: number }>).map((r) => ({
        tag: r.tag,
        count: r.documents + r.notes,
        documents: r.documents,
        notes: r.notes,
      }));
    },
  };
}

export type Tags = ReturnType<typeof createTags>;
