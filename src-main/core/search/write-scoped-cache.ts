/**
 * Answers read from the full-text index, kept until it is next written: by
 * this connection (`version`, bumped on every write and rollback) or by
 * another one (SQLite's `data_version`, which moves with another
 * connection's commit: a CLI import while the app is open). Bounded by a
 * total size (each answer's `size`): past it, the answers used longest ago
 * are dropped first.
 */
export function createWriteScopedCache<T>(stamp: () => string, maxSize: number, sizeOf: (value: T) => number = () => 1) {
  let kept = new Map<string, T>();
  let held = 0;
  let keptAt = '';
  /** Drops every answer once the table was written since they were kept. */
  const current = (): void => {
    const at = stamp();
    if (at === keptAt) return;
    kept = new Map();
    held = 0;
    keptAt = at;
  };
  return {
    /** Whether an answer is kept for `key` (without counting as a use). */
    has(key: string): boolean {
      current();
      return kept.has(key);
    },
    get(key: string, make: () => T): T {
      current();
      if (kept.has(key)) {
        const hit = kept.get(key) as T;
        // Most recently used last, so eviction (Map order) takes the oldest use.
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const made = make();
      const size = sizeOf(made);
      if (size > maxSize) return made;
      for (const [old, value] of kept) {
        if (held + size <= maxSize) break;
        kept.delete(old);
        held -= sizeOf(value);
      }
      kept.set(key, made);
      held += size;
      return made;
    },
  };
}
