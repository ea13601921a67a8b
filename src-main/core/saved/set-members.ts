import type { Db } from '../db/open-database';

/**
 * What `set:"name"` reads: the ids of a working set's documents the library
 * still holds. Members are kept by document key, so a document deleted and
 * imported again (a new row id) is a member again. Names match without case.
 */
export function workingSetIds(db: Db, name: string): number[] {
  return db
    .prepare(
      `SELECT d.id FROM working_sets s JOIN working_set_docs w ON w.set_id = s.id JOIN documents d ON d.key = w.doc_key
       WHERE s.name = ? COLLATE NOCASE AND s.deleted_at IS NULL`,
    )
    .pluck()
    .all(name.trim()) as number[];
}

/** The names of the working sets (not those in the trash), for telling a mistyped `set:` what there is. */
export function workingSetNames(db: Db): string[] {
  return db.prepare('SELECT name FROM working_sets WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').pluck().all() as string[];
}

/** Why `set:"name"` can find nothing, or null when the set exists. */
export function unknownSetProblem(db: Db, name: string): string | null {
  const names = workingSetNames(db);
  const want = name.trim().toLowerCase();
  if (names.some((n) => n.toLowerCase() === want)) return null;
  if (names.length === 0) return `No working set is named "${name.trim()}": there are no working sets yet (freeze a result set to make one).`;
  return `No working set is named "${name.trim()}". Working sets: ${names.map((n) => `"${n}"`).join(', ')}.`;
}
