import type { Db } from '../db/open-database';
import type { BodyIndex } from './body-index';
import { createWriteScopedCache } from './write-scoped-cache';

/** Words whose title matches are kept at most (each a list of at most `cap` ids). */
const MAX_WORDS = 2000;

/**
 * Which documents have a query word in their title, for ranking (a title word
 * outweighs a body word), asked of FTS5's title column. Ranking used the
 * FlexSearch title index for this, and loading it was most of a cold start at
 * 300,000 documents (1.5 s of 2.2 s to the first answer, and 180 MB); it is
 * now read only for `[[` completion and title links. FTS5 stems the word as it
 * stems the titles, so every form of it counts, as before; a title word that
 * merely begins with it ("rail" in "railway") no longer counts, as it does not
 * in the body's BM25 either. A word in `cap` or
 * more titles says nothing about rank: FTS5 stops at the cap (`LIMIT`), so
 * the lookup costs at most `cap` rows. Kept until the next write, like the
 * documents per term.
 */
export function createTitleMatches(db: Db, body: BodyIndex) {
  const inTitles = db.prepare('SELECT json_group_array(rowid) FROM (SELECT rowid FROM body_fts WHERE body_fts MATCH ? LIMIT ?)').pluck();
  const kept = createWriteScopedCache<readonly number[] | null>(body.stamp, MAX_WORDS);

  return {
    /** Ids whose title holds the word (any form of it, as FTS5 stems it); null when `cap` titles or more do. */
    ids(word: string, cap: number): readonly number[] | null {
      return kept.get(`${cap}:${word}`, () => {
        let found: number[];
        try {
          found = JSON.parse(inTitles.get(`{title} : "${word.replace(/"/g, '""')}"`, cap) as string) as number[];
        } catch {
          found = [];
        }
        return found.length >= cap ? null : found;
      });
    },
  };
}

export type TitleMatches = ReturnType<typeof createTitleMatches>;
