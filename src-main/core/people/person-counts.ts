import type { Db } from '../db/open-database';

export interface RoleCounts {
  sent: number;
  received: number;
  mentioned: number;
}

const FIELD = { sender: 'sent', recipient: 'received', mentioned: 'mentioned' } as const;

/** Documents by person and role (a document counts once per role), and the volumes of each person's documents. */
export function createPersonCounts(db: Db) {
  const byRole = db.prepare(`SELECT e.person_id AS person, dp.role, COUNT(DISTINCT dp.doc_id) AS n
    FROM doc_people dp JOIN person_entries e ON e.key = dp.entry_key
    WHERE (? IS NULL OR e.person_id IN (SELECT value FROM json_each(?))) GROUP BY e.person_id, dp.role`);
  const volumes = db.prepare(`SELECT DISTINCT e.person_id AS person, d.collection_id AS collection
    FROM doc_people dp JOIN person_entries e ON e.key = dp.entry_key JOIN documents d ON d.id = dp.doc_id
    WHERE d.collection_id IS NOT NULL AND (? IS NULL OR e.person_id IN (SELECT value FROM json_each(?)))`);

  return {
    /** Counts of the given persons (all when `ids` is null). */
    counts(ids: readonly number[] | null): Map<number, RoleCounts> {
      const json = ids === null ? null : JSON.stringify(ids);
      const out = new Map<number, RoleCounts>();
      for (const r of byRole.all(json, json) as Array<{ person: number; role: keyof typeof FIELD; n: number }>) {
        let c = out.get(r.person);
        if (c === undefined) {
          c = { sent: 0, received: 0, mentioned: 0 };
          out.set(r.person, c);
        }
        c[FIELD[r.role]] = r.n;
      }
      return out;
    },
    volumes(ids: readonly number[] | null): Map<number, string[]> {
      const json = ids === null ? null : JSON.stringify(ids);
      const out = new Map<number, string[]>();
      for (const r of volumes.all(json, json) as Array<{ person: number; collection: string }>) {
        const list = out.get(r.person) ?? [];
        list.push(r.collection);
        out.set(r.person, list);
      }
      return out;
    },
  };
}
