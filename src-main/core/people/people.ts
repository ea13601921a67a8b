import type { PersonPage, PersonSummary } from '../../contract';
import type { Db } from '../db/open-database';
import { createPersonImport, type KnownDocs } from './person-import';
import { createPersonMerge } from './person-merge';
import { createPersonQueries } from './person-queries';

/**
 * The person index (issue 16 §1): written at import from the bodies and
 * headings (a cache of them, gone with their documents), read by the
 * people calls, the search's person facet and `person:` field, and the CLI.
 */
export function createPeople({ db, generation }: { db: Db; generation: () => number }) {
  let version = 0;
  const writer = createPersonImport(db);
  // The library's generation moves with a delete too, which changes counts without touching the index's own version.
  const queries = createPersonQueries(db, () => `${version}:${generation()}`);
  const merges = createPersonMerge(db);

  return {
    /** Rewrites the index of documents just written (in one transaction). */
    afterImport(ids: readonly number[]): void {
      writer.afterImport(ids);
      version++;
    },
    /** The same in steps, each in a transaction of its own (`import-links.ts`): lists, then names a slice at a time, then tidy. */
    importSteps: {
      lists(ids: readonly number[], known?: KnownDocs): void {
        writer.lists(ids, known);
        version++;
      },
      names(ids: readonly number[], until: number, known?: KnownDocs): number {
        version++;
        return writer.names(ids, until, known);
      },
      tidy(): void {
        writer.tidy();
        version++;
      },
    },
    /** Changes with every import and every merge or split: what the search's person facet keys its cache on. */
    get version(): number {
      return version;
    },
    list: queries.list,
    get: queries.get,
    ofDocument: queries.ofDocument,
    merge(into: number, from: number): PersonPage {
      merges.merge(into, from);
      version++;
      return queries.get(into);
    },
    split(id: number): PersonSummary[] {
      const ids = merges.split(id);
      version++;
      const byId = new Map(queries.summaries(queries.rows.of(ids)).map((s) => [s.id, s]));
      return ids.map((i) => byId.get(i)).filter((s): s is PersonSummary => s !== undefined);
    },
  };
}

export type People = ReturnType<typeof createPeople>;
