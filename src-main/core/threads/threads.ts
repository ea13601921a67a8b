import type { Thread, ThreadEntry } from '../../contract';
import type { Db } from '../db/open-database';
import { createLinkGraph } from './link-graph';
import { bySending, threadEntry, type ThreadRow } from './thread-entry';

const withoutSortKey = (e: ThreadEntry & { at: number }): ThreadEntry => {
  const { at, ...entry } = e;
  void at;
  return entry;
};

/** A thread larger than this is shown to its first documents, with a note that it goes on. */
export const THREAD_CAP = 500;

export interface ThreadsDeps {
  db: Db;
  cap?: number;
}

/** Threads: the conversation a document belongs to, from the resolved links of both kinds. */
export function createThreads({ db, cap = THREAD_CAP }: ThreadsDeps) {
  const graph = createLinkGraph(db);
  const row = db.prepare('SELECT id, title, date_start, kind, number, meta_json FROM documents WHERE id = ?');

  return {
    /** An empty thread for a document not in the library. */
    thread(id: number): Thread {
      const { ids, truncated } = graph.component(id, cap);
      const entries = ids
        .map((d) => row.get(d) as ThreadRow | undefined)
        .filter((r): r is ThreadRow => r !== undefined)
        .map(threadEntry)
        .sort(bySending)
        .map(withoutSortKey);
      return { id, entries, truncated, cap };
    },
  };
}

export type Threads = ReturnType<typeof createThreads>;
