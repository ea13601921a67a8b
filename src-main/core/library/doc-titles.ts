import type { Db } from '../db/open-database';

export interface TitleRow {
  id: number;
  title: string;
  date: string | null;
}

/** Light reads of document titles (links, autocomplete, backlinks), without bodies. */
export function createDocTitles(db: Db) {
  const byIds = db.prepare('SELECT id, title, date_start AS date FROM documents WHERE id IN (SELECT value FROM json_each(?))');
  return {
    /** The rows of those ids that exist, in no particular order. */
    of(ids: readonly number[]): TitleRow[] {
      return ids.length === 0 ? [] : (byIds.all(JSON.stringify(ids)) as TitleRow[]);
    },
  };
}

export type DocTitles = ReturnType<typeof createDocTitles>;
