import type { Db } from '../db/open-database';

/** Where the term index reads a term's or a phrase's documents back from: FTS5, the source of truth. */
export interface TermSource {
  /** Ids of documents whose FTS5 terms include the one `word` produces; null if FTS5 refused. */
  idsOfWord(word: string): number[] | null;
  /** Ids of documents holding any of the words' terms, each at least once; `df`: about how many documents hold each. */
  idsOfAnyWord(words: ReadonlyArray<{ word: string; df: number }>): number[] | null;
  /** Ids of documents holding the words as one phrase, in order. */
  idsOfPhrase(words: readonly string[]): number[] | null;
}

/**
 * The words of an OR asked of FTS5 together, in groups. FTS5 steps every
 * branch of an OR for each id it returns, so the cost of a group grows with
 * its ids times its words: the 256 rare words starting `con` at 300,000
 * documents, as one query, took 105 ms for 136,170 ids; in queries of four
 * words, 22 ms. Each query also costs about 15 µs of its own, so a group
 * takes words until that product (from the vocabulary's counts, an upper
 * bound) would pass OR_BUDGET: many words of a few documents go together, a
 * common one alone.
 */
const OR_BUDGET = 8000;
const OR_MAX = 256;

export function orGroups(words: ReadonlyArray<{ word: string; df: number }>): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let docs = 0;
  for (const { word, df } of words) {
    if (group.length > 0 && (group.length >= OR_MAX || (docs + df) * (group.length + 1) > OR_BUDGET)) {
      groups.push(group);
      group = [];
      docs = 0;
    }
    group.push(word);
    docs += df;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export function ftsTermSource(db: Db): TermSource {
  const ids = db.prepare('SELECT json_group_array(rowid) FROM body_fts WHERE body_fts MATCH ?').pluck();
  const run = (expr: string): number[] | null => {
    try {
      return JSON.parse(ids.get(expr) as string) as number[];
    } catch {
      return null;
    }
  };
  const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;
  return {
    idsOfWord: (word) => run(quote(word)),
    idsOfAnyWord: (words) => {
      const out: number[] = [];
      for (const group of orGroups(words)) {
        // A group FTS5 refuses adds nothing, as before the groups.
        for (const id of run(group.map(quote).join(' OR ')) ?? []) out.push(id);
      }
      return out;
    },
    idsOfPhrase: (words) => run(quote(words.join(' '))),
  };
}
