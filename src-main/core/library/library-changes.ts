import type { LibraryChanges } from '../../contract';
import type { Db } from '../db/open-database';
import type { Settings } from './settings';

interface Deps {
  db: Db;
  settings: Settings;
  /** Brings the in-memory search index back in step with SQLite (another process changed the documents). */
  reloadIndex: () => void;
}

/**
 * Notices what another process (the CLI, a second host) committed to the
 * library file. SQLite's `data_version` changes on this connection only when
 * another connection commits, so a poll costs one pragma and our own writes
 * never count. When the documents changed there too (their generation moved
 * while an outside commit happened), the search index, a cache held in this
 * process's memory, is reloaded from its persisted copy or rebuilt.
 */
export function createLibraryChanges({ db, settings, reloadIndex }: Deps) {
  const dataVersion = (): number => Number(db.pragma('data_version', { simple: true }));
  let seenVersion = dataVersion();
  let seenGeneration = settings.generation();
  /** How many times an outside commit was seen: clients compare it with the last value they saw. */
  let outside = 0;
  return {
    check(): LibraryChanges {
      const version = dataVersion();
      const generation = settings.generation();
      if (version !== seenVersion) {
        seenVersion = version;
        outside++;
        if (generation !== seenGeneration) reloadIndex();
      }
      seenGeneration = generation;
      return { outside, generation };
    },
  };
}

export type LibraryChangeWatch = ReturnType<typeof createLibraryChanges>;
