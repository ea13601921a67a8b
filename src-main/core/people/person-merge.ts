import { ChanceryError } from '../../contract';
import type { Db } from '../db/open-database';

/**
 * The user's word on who is who. A merge moves the entries of `from` into
 * `into` and records, on each entry, the person it was (`merged_from`); the
 * `from` person stays, marked merged. A split gives every merged entry back
 * to the person it was, and makes each entry an import joined (the same name
 * in two volumes' lists) a person of its own: after it, every entry of the
 * person is its own person again.
 */
export function createPersonMerge(db: Db) {
  const person = db.prepare('SELECT id, merged_into AS mergedInto FROM persons WHERE id = ?');
  const moveMerged = db.prepare('UPDATE person_entries SET person_id = @into WHERE person_id = @from AND merged_from IS NOT NULL');
  const moveOwn = db.prepare('UPDATE person_entries SET person_id = @into, merged_from = @from WHERE person_id = @from');
  const markMerged = db.prepare('UPDATE persons SET merged_into = @into WHERE id = @from OR merged_into = @from');
  const restore = db.prepare('UPDATE person_entries SET person_id = merged_from, merged_from = NULL WHERE person_id = ? AND merged_from IS NOT NULL RETURNING person_id AS id').pluck();
  const unmark = db.prepare('UPDATE persons SET merged_into = NULL WHERE id = ?');
  const joined = db.prepare('SELECT id FROM person_entries WHERE person_id = ? ORDER BY doc_id IS NULL, source, id').pluck();
  const newPerson = db.prepare('INSERT INTO persons DEFAULT VALUES');
  const reassign = db.prepare('UPDATE person_entries SET person_id = ? WHERE id = ?');

  function existing(id: number): { id: number; mergedInto: number | null } {
    const p = person.get(id) as { id: number; mergedInto: number | null } | undefined;
    if (p === undefined) throw new ChanceryError('not-found', `Person ${id} not found`);
    return p;
  }

  return {
    merge(into: number, from: number): void {
      if (into === from) throw new ChanceryError('invalid-argument', 'A person cannot be merged into itself');
      const a = existing(into);
      const b = existing(from);
      if (a.mergedInto !== null) throw new ChanceryError('conflict', `Person ${into} has been merged into person ${a.mergedInto}: merge into that one`);
      if (b.mergedInto !== null) throw new ChanceryError('conflict', `Person ${from} has already been merged into person ${b.mergedInto}`);
      db.transaction(() => {
        // Entries merged into `from` earlier keep the person they were; `from`'s own record that they were `from`.
        moveMerged.run({ into, from });
        moveOwn.run({ into, from });
        markMerged.run({ into, from });
      })();
    },
    /** The persons the entries of `id` are after the split, `id` first. */
    split(id: number): number[] {
      const p = existing(id);
      if (p.mergedInto !== null) throw new ChanceryError('conflict', `Person ${id} has been merged into person ${p.mergedInto}: split that one`);
      return db.transaction(() => {
        const back = restore.all(id) as number[];
        for (const b of back) unmark.run(b);
        const entries = joined.all(id) as number[];
        const own: number[] = [];
        for (const entry of entries.slice(1)) {
          const n = Number(newPerson.run().lastInsertRowid);
          reassign.run(n, entry);
          own.push(n);
        }
        return [id, ...new Set([...back, ...own])];
      })();
    },
  };
}
