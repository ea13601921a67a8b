import type { FacetCount } from '../../contract';
import type { Db } from '../db/open-database';

/** Which person each document names (any role), as two parallel columns, and the persons' numbers. */
interface Named {
  key: string;
  docs: Int32Array;
  codes: Int32Array;
  persons: Int32Array;
}

const ROWS = `SELECT DISTINCT dp.doc_id, e.person_id FROM doc_people dp JOIN person_entries e ON e.key = dp.entry_key ORDER BY dp.doc_id`;

/** A person's name as the index gives it: a list's entry first, then a pending one, then an inference. */
const NAME = `SELECT name FROM person_entries WHERE person_id = ? ORDER BY source = 'inferred', doc_id IS NULL, id LIMIT 1`;

const TOP = 20;

function load(db: Db, key: string): Named {
  const rows = db.prepare(ROWS).raw().all() as Array<[number, number]>;
  const docs = new Int32Array(rows.length);
  const codes = new Int32Array(rows.length);
  const numbers = new Map<number, number>();
  const persons: number[] = [];
  rows.forEach(([doc, person], i) => {
    let n = numbers.get(person);
    if (n === undefined) {
      n = persons.length;
      persons.push(person);
      numbers.set(person, n);
    }
    docs[i] = doc;
    codes[i] = n;
  });
  return { key, docs, codes, persons: Int32Array.from(persons) };
}

/**
 * The person facet: the 20 people named by most matching documents, over
 * every match, in any role. The rows are read from SQLite once per change of
 * the search index (an import) or of the person index (a merge or split), so
 * a search as you type reads no SQL for it but the 20 names.
 */
export function createPersonFacetCounter(db: Db, version: () => string) {
  let named: Named | null = null;
  const nameOf = db.prepare(NAME).pluck();
  return {
    count(matched: Uint8Array): FacetCount[] {
      const key = version();
      if (named?.key !== key) named = load(db, key);
      const counts = new Uint32Array(named.persons.length);
      const { docs, codes } = named;
      for (let i = 0; i < docs.length; i++) {
        if (matched[docs[i] ?? 0] === 1) {
          const c = codes[i] ?? 0;
          counts[c] = (counts[c] ?? 0) + 1;
        }
      }
      const top: Array<{ person: number; count: number }> = [];
      counts.forEach((count, c) => {
        if (count > 0) top.push({ person: named?.persons[c] ?? 0, count });
      });
      top.sort((a, b) => b.count - a.count || a.person - b.person);
      return top.slice(0, TOP).map(({ person, count }) => ({ value: String(person), count, label: (nameOf.get(person) as string | undefined) ?? String(person) }));
    },
  };
}
