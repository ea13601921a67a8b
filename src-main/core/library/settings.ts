import type { Db } from '../db/open-database';

/** Small key/value facts about the library (generation counter, first-start flag). */
export function createSettings(db: Db) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | null {
      const row = get.get(key) as { value: string } | undefined;
      return row?.value ?? null;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
    /** Bumped in every transaction that changes documents; the search cache is tagged with it. */
    generation(): number {
      return Number((get.get('library.generation') as { value: string } | undefined)?.value ?? 0);
    },
    bumpGeneration(): number {
      const next = this.generation() + 1;
      set.run('library.generation', String(next));
      return next;
    },
  };
}

export type Settings = ReturnType<typeof createSettings>;
