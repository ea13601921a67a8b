import type { Db } from '../db/open-database';
import type { BodyIndex } from './body-index';

/** Words whose title matches are kept at most (each a list of at most `cap` ids). */
const MAX_WORDS = 2000;

/**
 * Which documents have a query word in their title, for ranking (a title word
 * outweighs a body word), asked of FTS5's title column. Ranking used the
 * FlexSearch title index for this, and loading it was most of a cold start at
 * 300,000 documents (1.5 s of 2.2 s to the first answer, and 180 MB); it is
 * now read only for `[[` completion and title links. FTS5 stems the word as it
 * stems the titles, so every form of it counts, as before. A word in `cap` or
 * more titles says nothing about rank: FTS5 stops at the cap (`LIMIT`), so
 * the lookup costs at most `cap` rows. Kept until the next write, like the
 * documents per term.
 */
export function createTitleMatches(db: Db, body: BodyIndex) {
  const inTitles = db.prepare('SELECT json_group_array(rowid) FROM (SELECT rowid FROM body_fts WHERE body_fts MATCH ? LIMIT ?)').pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const kept = new Map<string, number[] | null>();
  let keptAt = '';

  return {
    /** Ids whose title holds the word (any form of it, as FTS5 stems it); null when `cap` titles or more do. */
    ids(word: string, cap: number): number[] | null {
      const at = `${body.version}:${String(dataVersion.get())}`;
      if (at !== keptAt || kept.size >= MAX_WORDS) {
        kept.clear();
        keptAt = at;
      }
      const key = `${cap}:${word}`;
      if (kept.has(key)) return kept.get(key) ?? null;
      let found: number[] | null;
      try {
        found = JSON.parse(inTitles.get(`{title} : "${word.replace(/"/g, '""')}"`, cap) as string) as number[];
      } catch {
        found = [];
      }
      if (found !== null && found.length >= cap) found = null;
      kept.set(key, found);
      return found;
    },
  };
}

export type TitleMatches = ReturnType<typeof createTitleMatches>;
