import type { Db } from '../db/open-database';

/** Where the term index reads a term's or a phrase's documents back from: FTS5, the source of truth. */
export interface TermSource {
  /** Ids of documents whose FTS5 terms include the one `word` produces; null if FTS5 refused. */
  idsOfWord(word: string): number[] | null;
  /** Ids of documents holding any of the words' terms (one FTS5 query). */
  idsOfAnyWord(words: readonly string[]): number[] | null;
  /** Ids of documents holding the words as one phrase, in order. */
  idsOfPhrase(words: readonly string[]): number[] | null;
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
    idsOfAnyWord: (words) => (words.length === 0 ? [] : run(words.map(quote).join(' OR '))),
    idsOfPhrase: (words) => run(quote(words.join(' '))),
  };
}
