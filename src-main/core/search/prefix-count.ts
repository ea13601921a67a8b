import type { Db } from '../db/open-database';
import { stemsOfPartial } from './fts-query';
import { prefixTerms } from './match-query';
import { prefixWordsOf } from './prefix-words';
import type { SearchIndex } from './search-index';
import { termOf } from './terms';

/**
 * How many indexed terms a prefix stands for (`s*`: over a thousand): the
 * term index's vocabulary when there is one, else the words FTS5 is asked
 * for (`prefix-words.ts`), or FTS5's own vocabulary past them (a small
 * library, where reading it is cheap). The same terms search ORs together.
 */
export function createPrefixCounter(db: Db, index: SearchIndex) {
  // The vocabulary view `body-index.ts` makes for this connection.
  const inRange = db.prepare('SELECT count(*) FROM temp.body_fts_terms WHERE term >= ? AND term < ?').pluck();
  return (word: string): number => {
    const terms = index.terms;
    if (terms) return prefixTerms(terms, word).length;
    const listed = prefixWordsOf(index)(word);
    if (listed) return listed.filter((w) => index.documentFrequency(termOf(w)) > 0).length;
    const start = termOf(word);
    const extra = word.length >= 5 ? stemsOfPartial(word).filter((p) => index.documentFrequency(termOf(p)) > 0).length : 0;
    return (inRange.get(start, `${start}\uffff`) as number) + extra;
  };
}
