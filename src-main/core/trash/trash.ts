import type { Trash } from '../../contract';
import { KEEP_DELETED_DAYS } from '../annotations/highlights';
import type { Db } from '../db/open-database';
import type { DossierStore } from '../dossiers/dossier-store';
import type { ReadingServices } from '../reading-services';
import { createRevisionStore } from '../revisions/revision-store';
import { createTrashList } from './trash-list';
import type { SavedServices } from '../saved/saved-services';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeCounts {
  notes: number;
  highlights: number;
  dossiers: number;
  documents: number;
  revisions: number;
  savedSearches: number;
  workingSets: number;
}

/**
 * The trash across the library: deleted notes, dossiers, dossier items and
 * the annotations of deleted documents, each kept KEEP_DELETED_DAYS; and the
 * purge run at every start, which also thins revisions (revision-store.ts).
 */
export function createTrash({ db, reading, dossiers, saved, now }: { db: Db; reading: ReadingServices; dossiers: DossierStore; saved: SavedServices; now: () => string }) {
  const entries = createTrashList(db);
  const revisions = createRevisionStore(db, now);
  return {
    list(): Trash {
      return { entries: entries.list(), keptForDays: KEEP_DELETED_DAYS };
    },
    purge(at: Date = new Date(now())): PurgeCounts {
      const cutoff = new Date(at.getTime() - KEEP_DELETED_DAYS * DAY_MS).toISOString();
      return db.transaction(() => {
        const { notes, highlights } = reading.purgeDeleted(at);
        const counts = {
          notes,
          highlights,
          dossiers: dossiers.purgeDeletedBefore(cutoff),
          documents: reading.documentTrash.purgeDeletedBefore(cutoff),
          savedSearches: saved.searches.purgeDeletedBefore(cutoff),
          workingSets: saved.sets.purgeDeletedBefore(cutoff),
        };
        // Last: revisions of whatever was purged just now go with it.
        return { ...counts, revisions: revisions.purge(at) };
      })();
    },
  };
}

export type TrashService = ReturnType<typeof createTrash>;
