import type { HighlightColor, NoteHit } from '../../contract';
import type { Db } from '../db/open-database';
import { linksAsText } from '../../../src-shared/notes/note-links';
import { prefixMarks } from './match-marks';
import { makeSnippet } from './snippet';

interface NoteHitRow {
  id: number;
  doc_id: number | null;
  title: string;
  body: string;
  updated_at: string;
  doc_title: string | null;
  tags: string | null;
  rank: number;
}

interface CommentHitRow {
  id: number;
  doc_id: number;
  comment: string;
  exact: string;
  color: HighlightColor;
  updated_at: string;
  title: string;
  rank: number;
}

const TAGS = '(SELECT group_concat(t.tag, char(31)) FROM note_tags t WHERE t.note_id = n.id) AS tags';
const NOTE_TAG = '(@tag IS NULL OR EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = @tag))';
const DOC_TAG = '(@tag IS NULL OR EXISTS (SELECT 1 FROM doc_tags t WHERE t.doc_id = h.doc_id AND t.tag = @tag))';

interface Ranked {
  /** bm25: lower is better. */
  rank: number;
  hit: NoteHit;
}

/** `[[doc:12|Label]]` reads as "Label" in a snippet, `[[Title]]` as "Title". */
const plainLinks = (s: string): string => linksAsText(s, () => null);

/** Every term as a prefix, all required: FTS5 `"term"* "term"*`. */
const ftsQuery = (terms: readonly string[]): string => terms.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');

/**
 * Search over the user's writing: notes (title and body) and highlight
 * comments, through their own FTS5 tables. Deleted items are never found.
 */
export function createNoteSearch(db: Db) {
  const notes = db.prepare(`
    SELECT n.id, n.doc_id, n.title, n.body, n.updated_at, d.title AS doc_title, ${TAGS}, bm25(notes_fts, 4.0, 1.0) AS rank
    FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid LEFT JOIN documents d ON d.id = n.doc_id
    WHERE notes_fts MATCH @q AND n.deleted_at IS NULL AND ${NOTE_TAG}
    ORDER BY rank LIMIT @limit`);
  const countNotes = db.prepare(`
    SELECT count(*) AS n FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
    WHERE notes_fts MATCH @q AND n.deleted_at IS NULL AND ${NOTE_TAG}`);
  const taggedNotes = db.prepare(`
    SELECT n.id, n.doc_id, n.title, n.body, n.updated_at, d.title AS doc_title, ${TAGS}, 0 AS rank
    FROM notes n LEFT JOIN documents d ON d.id = n.doc_id
    WHERE n.deleted_at IS NULL AND ${NOTE_TAG} ORDER BY n.updated_at DESC LIMIT @limit`);
  const comments = db.prepare(`
    SELECT h.id, h.doc_id, h.comment, h.exact, h.color, h.updated_at, d.title, bm25(comments_fts) AS rank
    FROM comments_fts JOIN highlights h ON h.id = comments_fts.rowid JOIN documents d ON d.id = h.doc_id
    WHERE comments_fts MATCH @q AND h.deleted_at IS NULL AND ${DOC_TAG}
    ORDER BY rank LIMIT @limit`);
  const countComments = db.prepare(`
    SELECT count(*) AS n FROM comments_fts JOIN highlights h ON h.id = comments_fts.rowid
    WHERE comments_fts MATCH @q AND h.deleted_at IS NULL AND ${DOC_TAG}`);

  const noteHit = (r: NoteHitRow, terms: readonly string[]): Ranked => ({
    rank: r.rank,
    hit: {
      hit: 'note',
      noteId: r.id,
      docId: r.doc_id,
      title: r.title || r.doc_title || 'Untitled note',
      snippet: makeSnippet(plainLinks(r.body), prefixMarks(terms)),
      tags: r.tags ? r.tags.split('\u001f').sort((a, b) => a.localeCompare(b)) : [],
      updatedAt: r.updated_at,
    },
  });
  const commentHit = (r: CommentHitRow, terms: readonly string[]): Ranked => ({
    rank: r.rank,
    hit: {
      hit: 'highlight',
      highlightId: r.id,
      docId: r.doc_id,
      title: r.title,
      snippet: makeSnippet(plainLinks(r.comment), prefixMarks(terms)),
      quote: r.exact,
      color: r.color,
      updatedAt: r.updated_at,
    },
  });

  return {
    /** Hits (best first, at most `limit`) and how many there are in all. */
    search(terms: readonly string[], f: { tag?: string; limit: number }): { hits: NoteHit[]; count: number } {
      const tag = f.tag ?? null;
      if (terms.length === 0) {
        // No words but a tag: the notes carrying it, newest first.
        if (tag === null) return { hits: [], count: 0 };
        const rows = taggedNotes.all({ tag, limit: f.limit }) as NoteHitRow[];
        return { hits: rows.map((r) => noteHit(r, terms).hit), count: rows.length };
      }
      const params = { q: ftsQuery(terms), tag, limit: f.limit };
      const noteRows = notes.all(params) as NoteHitRow[];
      const commentRows = comments.all(params) as CommentHitRow[];
      const hits = [...noteRows.map((r) => noteHit(r, terms)), ...commentRows.map((r) => commentHit(r, terms))].sort((a, b) => a.rank - b.rank);
      // Fewer rows than the limit are all there are: counting them again cost every document search
      // a third of a millisecond at 300,000 documents, with no notes at all.
      const countOf = (rows: readonly unknown[], counter: typeof countNotes): number => (rows.length < f.limit ? rows.length : (counter.get(params) as { n: number }).n);
      const count = countOf(noteRows, countNotes) + countOf(commentRows, countComments);
      return { hits: hits.slice(0, f.limit).map((h) => h.hit), count };
    },
  };
}

export type NoteSearch = ReturnType<typeof createNoteSearch>;
