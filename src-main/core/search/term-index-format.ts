import type { Bitset } from './bitset';
import type { Db } from '../db/open-database';
import type { UnreadSets } from './term-index';
import { Vocabulary } from './vocabulary';

/**
 * The term index's persisted form: the vocabulary as JSON (in id order, with
 * the library's size and highest id), the run sketch, and one blob per set.
 */
const FORMAT = 'terms/v3';
const SET_PREFIX = 'term:';

export interface VocabularyState {
  vocab: Vocabulary;
  maxId: number;
  docs: number;
}

export function vocabularyJson({ vocab, maxId, docs }: VocabularyState): string {
  const terms = vocab.terms();
  return JSON.stringify({ format: FORMAT, maxId, docs, terms, words: terms.map((t) => vocab.get(t)?.word), df: terms.map((t) => vocab.get(t)?.df) });
}

/** Null if the JSON is of another format. */
export function readVocabulary(raw: string): VocabularyState | null {
  const data = JSON.parse(raw) as { format?: string; maxId: number; docs: number; terms: string[]; words: string[]; df: number[] };
  if (data.format !== FORMAT) return null;
  const vocab = new Vocabulary();
  data.terms.forEach((t, i) => {
    vocab.add(t, data.words[i] ?? t).df = data.df[i] ?? 0;
  });
  return { vocab, maxId: data.maxId, docs: data.docs };
}

export const setPartKey = (key: string): string => `${SET_PREFIX}${key}`;

export function setPart(key: string, set: Bitset): [string, Buffer] {
  return [setPartKey(key), Buffer.from(set.buffer, set.byteOffset, set.byteLength)];
}

/** The sets among the persisted parts, by key. */
export function readSets(parts: ReadonlyMap<string, string | Buffer>): Map<string, Bitset> {
  const entries = new Map<string, Bitset>();
  for (const [key, value] of parts) {
    if (!key.startsWith(SET_PREFIX) || typeof value === 'string') continue;
    entries.set(key.slice(SET_PREFIX.length), copySet(value));
  }
  return entries;
}

/**
 * Reads persisted sets one by one, after a start: at 100,000 documents the
 * 4,600 sets are 68 MB, and reading them all took a third of the cold start,
 * where a first search needs a few. A set is read only while the copy is
 * still of the generation this process knows (`retag` after each persist).
 */
export function unreadSetReader(db: Db) {
  const keys = db.prepare(`SELECT key FROM search_cache WHERE key >= '${SET_PREFIX}' AND key < 'term;'`).pluck();
  const one = db.prepare(`SELECT data FROM search_cache WHERE key = ? AND (SELECT data FROM search_cache WHERE key = '#generation') = ?`).pluck();
  let generation = '';
  return {
    restore(at: string, docs: number): UnreadSets {
      generation = at;
      return {
        keys: (keys.all() as string[]).map((k) => k.slice(SET_PREFIX.length)),
        read: (key) => {
          const blob = one.get(setPartKey(key), generation) as Buffer | undefined;
          return blob instanceof Buffer ? copySet(blob) : null;
        },
        docs,
      };
    },
    retag(at: string): void {
      generation = at;
    },
  };
}

/** Copied: a Buffer from SQLite need not be aligned for a Uint32Array view. */
function copySet(value: Buffer): Bitset {
  const set = new Uint32Array(value.byteLength >>> 2);
  new Uint8Array(set.buffer).set(value.subarray(0, set.byteLength));
  return set;
}
