import type { Db } from '../db/open-database';

/**
 * The printing order of a dossier's items. Positions are rewritten 0..n-1 on
 * every change: dossiers are small enough that renumbering beats gap schemes.
 */
export function createItemOrder(db: Db, now: () => string) {
  const maxPos = db.prepare('SELECT coalesce(max(position), -1) AS p FROM dossier_items WHERE dossier_id = ?');
  const insert = db.prepare(`INSERT INTO dossier_items (dossier_id, doc_id, position, added_at)
    VALUES (?, ?, ?, ?) ON CONFLICT(dossier_id, doc_id) DO UPDATE SET deleted_at = NULL, position = excluded.position
    WHERE deleted_at IS NOT NULL`);
  const setPos = db.prepare('UPDATE dossier_items SET position = ? WHERE id = ? AND dossier_id = ?');
  const touch = db.prepare('UPDATE dossiers SET updated_at = ? WHERE id = ?');
  // Undated documents go last; equal dates keep their current order.
  const byDate = db.prepare(`
    SELECT i.id FROM dossier_items i JOIN documents d ON d.id = i.doc_id
    WHERE i.dossier_id = ? AND i.deleted_at IS NULL ORDER BY d.date_start IS NULL, d.date_start, i.position, i.id`);

  return {
    /**
   * Appends documents not yet in the dossier, in the order given; repeats are
   * ignored. A document removed earlier comes back from the trash with its commentary.
   */
    append(dossierId: number, docIds: readonly number[]): void {
      db.transaction(() => {
        let next = (maxPos.get(dossierId) as { p: number }).p + 1;
        for (const docId of docIds) {
          if (insert.run(dossierId, docId, next, now()).changes > 0) next++;
        }
        touch.run(now(), dossierId);
      })();
    },
    set(dossierId: number, itemIds: readonly number[]): void {
      db.transaction(() => {
        itemIds.forEach((id, pos) => setPos.run(pos, id, dossierId));
        touch.run(now(), dossierId);
      })();
    },
    byDate(dossierId: number): number[] {
      return (byDate.all(dossierId) as Array<{ id: number }>).map((r) => r.id);
    },
  };
}
