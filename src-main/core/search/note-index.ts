import { foldForIndex } from '../../../src-shared/text/fold';
import type { Db } from '../db/open-database';
import type { Settings } from '../library/settings';

/** Which code filled `notes_fts` and `comments_fts`; anything else refills both at the next open. */
export const NOTES_FTS_SETTING = 'search.notesFts';
export const NOTES_FTS_VERSION = 'folded/v1';

/**
 * The user's writing goes to FTS5 folded by our rule, as documents do
 * (`foldForIndex`): a note in Russian or Greek (`Май`, `σοφία`) was not
 * found before, FTS5's own folding keeping the marks a folded query drops.
 */
export function createNoteIndex(db: Db) {
  const removeNote = db.prepare('DELETE FROM notes_fts WHERE rowid = ?');
  const insertNote = db.prepare('INSERT INTO notes_fts (rowid, title, body) VALUES (?, ?, ?)');
  const removeComment = db.prepare('DELETE FROM comments_fts WHERE rowid = ?');
  const insertComment = db.prepare('INSERT INTO comments_fts (rowid, comment) VALUES (?, ?)');
  return {
    /** The full-text row mirrors the note's text (deleted notes included: the queries filter them). */
    note(id: number, title: string, body: string): void {
      removeNote.run(id);
      insertNote.run(id, foldForIndex(title), foldForIndex(body));
    },
    forgetNote(id: number): void {
      removeNote.run(id);
    },
    /** A highlight's comment; none, no row. */
    comment(id: number, comment: string | null): void {
      removeComment.run(id);
      if (comment) insertComment.run(id, foldForIndex(comment));
    },
    forgetComment(id: number): void {
      removeComment.run(id);
    },
  };
}

/** At open: refills both tables when they were filled by other code (a few thousand rows, read at once). */
export function ensureNoteIndex(db: Db, settings: Settings): boolean {
  if (settings.get(NOTES_FTS_SETTING) === NOTES_FTS_VERSION) return false;
  const index = createNoteIndex(db);
  const notes = db.prepare('SELECT id, title, body FROM notes').all() as Array<{ id: number; title: string; body: string }>;
  const comments = db.prepare("SELECT id, comment FROM highlights WHERE comment IS NOT NULL AND comment <> ''").all() as Array<{ id: number; comment: string }>;
  db.transaction(() => {
    db.exec('DELETE FROM notes_fts; DELETE FROM comments_fts;');
    for (const n of notes) index.note(n.id, n.title, n.body);
    for (const c of comments) index.comment(c.id, c.comment);
    settings.set(NOTES_FTS_SETTING, NOTES_FTS_VERSION);
  })();
  return true;
}
