import type { Db } from '../db/open-database';
import { NAMED_PEOPLE } from './named-people';

export interface RoleCounts {
  sent: number;
  received: number;
  mentioned: number;
}

/** More persons than this are counted all at once. */
const MANY = 20;

const FIELD = { sender: 'sent', recipient: 'received', mentioned: 'mentioned' } as const;

/**
 * Documents by person and role (a document counts once per role), and the
 * volumes of each person's documents. Counting everyone reads every row of
 * the index (2 s at 100,000 documents): that answer is kept until `version`
 * says the library or the index changed (import, delete, merge, split).
 */
export function createPersonCounts(db: Db, version: () => string) {
  const byRole = db.prepare(`SELECT dp.person_id AS person, dp.role, COUNT(DISTINCT dp.doc_id) AS n
    FROM ${NAMED_PEOPLE} dp WHERE (? IS NULL OR dp.person_id IN (SELECT value FROM json_each(?))) GROUP BY dp.person_id, dp.role`);
  const volumes = db.prepare(`SELECT DISTINCT dp.person_id AS person, d.collection_id AS collection
    FROM ${NAMED_PEOPLE} dp JOIN documents d ON d.id = dp.doc_id
    WHERE d.collection_id IS NOT NULL AND (? IS NULL OR dp.person_id IN (SELECT value FROM json_each(?)))`);

  let everyone: { version: string; counts: Map<number, RoleCounts> | null; volumes: Map<number, string[]> | null } = { version: '', counts: null, volumes: null };
  const kept = () => {
    const v = version();
    if (everyone.version !== v) everyone = { version: v, counts: null, volumes: null };
    return everyone;
  };

  function countRows(json: string | null): Map<number, RoleCounts> {
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
  }

  function volumeRows(json: string | null): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (const r of volumes.all(json, json) as Array<{ person: number; collection: string }>) {
      const list = out.get(r.person) ?? [];
      list.push(r.collection);
      out.set(r.person, list);
    }
    return out;
  }

  const many = (ids: readonly number[] | null): boolean => ids === null || ids.length > MANY;

  return {
    /** Counts of the given persons (all when `ids` is null, or many: one pass beats a lookup per row). */
    counts(ids: readonly number[] | null): Map<number, RoleCounts> {
      if (!many(ids)) return countRows(JSON.stringify(ids));
      const k = kept();
      k.counts ??= countRows(null);
      return k.counts;
    },
    volumes(ids: readonly number[] | null): Map<number, string[]> {
      if (!many(ids)) return volumeRows(JSON.stringify(ids));
      const k = kept();
      k.volumes ??= volumeRows(null);
      return k.volumes;
    },
  };
}
