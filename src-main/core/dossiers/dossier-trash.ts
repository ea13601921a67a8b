import { ChanceryError, type Deleted } from '../../contract';
import { KEEP_DELETED_DAYS } from '../annotations/highlights';
import type { Db } from '../db/open-database';
import type { RevisionStore } from '../revisions/revision-store';

/**
 * Deleting a dossier or removing one of its documents puts it in the trash
 * (`deleted_at`), with its introduction and commentaries, for KEEP_DELETED_DAYS;
 * restoring puts it back where it was (an item keeps its position).
 */
export function createDossierTrash({ db, history, now }: { db: Db; history: RevisionStore; now: () => string }) {
  const q = {
    setDossierDeleted: db.prepare('UPDATE dossiers SET deleted_at = @at WHERE id = @id'),
    deletedDossier: db.prepare('SELECT id FROM dossiers WHERE id = ? AND deleted_at IS NOT NULL'),
    itemIds: db.prepare('SELECT id FROM dossier_items WHERE dossier_id = ?').pluck(),
    setItemDeleted: db.prepare('UPDATE dossier_items SET deleted_at = @at WHERE id = @id'),
    deletedItem: db.prepare(`SELECT i.dossier_id AS dossierId, d.title, d.deleted_at AS dossierDeleted
      FROM dossier_items i JOIN dossiers d ON d.id = i.dossier_id WHERE i.id = ? AND i.deleted_at IS NOT NULL`),
    touch: db.prepare('UPDATE dossiers SET updated_at = ? WHERE id = ?'),
    purgeDossiers: db.prepare('DELETE FROM dossiers WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
    purgeItems: db.prepare('DELETE FROM dossier_items WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
  };

  return {
    deleteDossier(id: number): Deleted {
      const at = now();
      db.transaction(() => {
        history.seal({ kind: 'introduction', id });
        for (const itemId of q.itemIds.all(id) as number[]) history.seal({ kind: 'commentary', id: itemId });
        q.setDossierDeleted.run({ id, at });
      })();
      return { id, deletedAt: at, keptForDays: KEEP_DELETED_DAYS };
    },
    restoreDossier(id: number): void {
      if (!q.deletedDossier.get(id)) throw new ChanceryError('not-found', `Dossier ${id} is not in the trash (deleted dossiers are kept ${KEEP_DELETED_DAYS} days)`);
      q.setDossierDeleted.run({ id, at: null });
    },
    removeItem(itemId: number, dossierId: number): void {
      db.transaction(() => {
        history.seal({ kind: 'commentary', id: itemId });
        q.setItemDeleted.run({ id: itemId, at: now() });
        q.touch.run(now(), dossierId);
      })();
    },
    /** Puts a removed document back in its dossier; returns the dossier's id. */
    restoreItem(itemId: number): number {
      const row = q.deletedItem.get(itemId) as { dossierId: number; title: string; dossierDeleted: string | null } | undefined;
      if (!row) throw new ChanceryError('not-found', `Dossier item ${itemId} is not in the trash (removed items are kept ${KEEP_DELETED_DAYS} days)`);
      if (row.dossierDeleted !== null) throw new ChanceryError('invalid-argument', `The dossier “${row.title}” is in the trash: restore it first`);
      db.transaction(() => {
        q.setItemDeleted.run({ id: itemId, at: null });
        q.touch.run(now(), row.dossierId);
      })();
      return row.dossierId;
    },
    /** Dossiers and items deleted before `cutoff` go for good (a dossier takes all its items). */
    purgeDeletedBefore(cutoff: string): number {
      return q.purgeDossiers.run(cutoff).changes + q.purgeItems.run(cutoff).changes;
    },
  };
}
