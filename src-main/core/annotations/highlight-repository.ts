import type { Db } from '../db/open-database';
import { createNoteIndex } from '../search/note-index';
import type { HighlightAnchor, HighlightColor } from '../../contract';

export interface HighlightRow {
  id: number;
  doc_id: number;
  color: HighlightColor;
  comment: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  pos_start: number;
  pos_end: number;
  status: 'anchored' | 'orphaned';
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const rowAnchor = (r: HighlightRow): HighlightAnchor => ({
  quote: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
  position: { start: r.pos_start, end: r.pos_end },
});

const COLUMNS = 'id, doc_id, color, comment, exact, prefix, suffix, pos_start, pos_end, status, created_at, updated_at, deleted_at';

/** All SQL touching `highlights` and their comment index lives here. */
export function createHighlightRepository(db: Db) {
  const insert = db.prepare(`
    INSERT INTO highlights (doc_id, color, comment, exact, prefix, suffix, pos_start, pos_end, status, created_at, updated_at)
    VALUES (@docId, @color, @comment, @exact, @prefix, @suffix, @start, @end, @status, @now, @now) RETURNING ${COLUMNS}`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE id = ?`);
  const byDoc = db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE doc_id = ? AND deleted_at IS NULL ORDER BY pos_start, id`);
  const allOfDoc = db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE doc_id = ?`);
  const docsWithLive = db.prepare('SELECT DISTINCT doc_id FROM highlights WHERE deleted_at IS NULL ORDER BY doc_id');
  const update = db.prepare('UPDATE highlights SET color = @color, comment = @comment, updated_at = @now WHERE id = @id');
  const setAnchor = db.prepare(`
    UPDATE highlights SET exact = @exact, prefix = @prefix, suffix = @suffix, pos_start = @start, pos_end = @end,
      status = @status WHERE id = @id`);
  const setDeleted = db.prepare('UPDATE highlights SET deleted_at = @at WHERE id = @id');
  const purgeable = db.prepare('SELECT id FROM highlights WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const purge = db.prepare('DELETE FROM highlights WHERE id = ?');
  const fts = createNoteIndex(db);
  const indexComment = (id: number, comment: string | null): void => fts.comment(id, comment);

  return {
    insert(docId: number, color: HighlightColor, comment: string | null, anchor: HighlightAnchor, status: HighlightRow['status'], now: string): HighlightRow {
      const { quote, position } = anchor;
      const row = insert.get({ docId, color, comment, ...quote, ...position, status, now }) as HighlightRow;
      indexComment(row.id, comment);
      return row;
    },
    get(id: number): HighlightRow | null {
      return (byId.get(id) as HighlightRow | undefined) ?? null;
    },
    /** Live highlights of a document, in text order. */
    ofDocument(docId: number): HighlightRow[] {
      return byDoc.all(docId) as HighlightRow[];
    },
    /** Documents with at least one live highlight, by id. */
    documentIds(): number[] {
      return (docsWithLive.all() as Array<{ doc_id: number }>).map((r) => r.doc_id);
    },
    /** Every highlight of a document, deleted ones too (re-anchoring keeps them restorable). */
    allOfDocument(docId: number): HighlightRow[] {
      return allOfDoc.all(docId) as HighlightRow[];
    },
    update(id: number, color: HighlightColor, comment: string | null, now: string): void {
      update.run({ id, color, comment, now });
      indexComment(id, comment);
    },
    setAnchor(id: number, anchor: HighlightAnchor, status: HighlightRow['status']): void {
      setAnchor.run({ id, ...anchor.quote, ...anchor.position, status });
    },
    setDeleted(id: number, at: string | null): void {
      setDeleted.run({ id, at });
    },
    /** Removes for good highlights soft-deleted before `cutoff` (ISO time). */
    purgeDeletedBefore(cutoff: string): number {
      const ids = (purgeable.all(cutoff) as Array<{ id: number }>).map((r) => r.id);
      for (const id of ids) {
        fts.forgetComment(id);
        purge.run(id);
      }
      return ids.length;
    },
  };
}

export type HighlightRepository = ReturnType<typeof createHighlightRepository>;
