import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import type { Settings } from '../library/settings';
import { FOLD_FIRST_GLOB } from '../../../src-shared/text/fold';
import { EXACT_VERSION, FTS_BEFORE_FOLDING, FTS_VERSION } from './body-index';
import { quote } from './fts-query';
import { toIndexEntry } from './index-entry';
import type { IndexEntry, SearchIndex } from './search-index';

/** Which indexing code filled FTS5; anything else (a version, or an import's catch-up left unfinished) means refill at open. */
export const FTS_SETTING = 'search.fts';
/** Which code filled the unstemmed table, when only it has to be refilled (migration 20). */
export const EXACT_SETTING = 'search.exact';
const FLUSH_EVERY = 1000;

/**
 * At open: refills the FTS5 table if it was built by another version of the
 * indexing code (recorded in `settings`), and reloads the in-memory parts
 * from their persisted copy, rebuilding them from SQLite when it is stale.
 * Returns true when anything had to be rebuilt.
 */
export function ensureIndex({ db, repo, index, settings }: { db: Db; repo: DocumentRepository; index: SearchIndex; settings: Settings }): boolean {
  const before = settings.get(FTS_SETTING);
  const ftsStale = before !== FTS_VERSION && before !== FTS_BEFORE_FOLDING;
  if (!ftsStale && settings.get(EXACT_SETTING) !== EXACT_VERSION) {
    db.transaction(() => {
      index.body.refillExact(indexEntries(repo));
      settings.set(EXACT_SETTING, EXACT_VERSION);
    })();
  }
  // Greek final sigma folds otherwise now, in the in-memory parts too: rebuilt if a refolded document has one.
  const memoryStale = before === FTS_BEFORE_FOLDING && refold({ db, repo, index, settings });
  if (!ftsStale && !memoryStale && index.restore(settings.generation(), () => repo.titles())) return false;
  index.clearMemory(repo.count());
  db.transaction(() => {
    if (ftsStale) index.body.clear();
    let n = 0;
    for (const [id, entry] of indexEntries(repo)) {
      if (ftsStale) index.add(id, entry);
      else index.addToMemory(id, entry);
      // Terms turn frequent while the library is read: reading them back from FTS5 early keeps each read short.
      if (++n % FLUSH_EVERY === 0) index.flush();
    }
    index.flush();
    settings.set(FTS_SETTING, FTS_VERSION);
    settings.set(EXACT_SETTING, EXACT_VERSION);
  })();
  index.persist(settings.generation());
  return true;
}

/** FTS5 terms asked for at once when looking for the documents to refold. */
const TERMS_PER_QUERY = 100;
const SIGMA = /[ςΣ]/;

/**
 * A library indexed before text was folded for FTS5 (`foldForIndex`): only
 * the documents holding a character FTS5 folds otherwise are written again.
 * They are found through the stemmed table's vocabulary (terms with such a
 * character, then the documents holding them: 2.3 s at 300,000 documents,
 * where a scan of the documents' text took 19–75 s). A Latin letter split
 * from a rare combining mark (U+0305 and the like) leaves no such term and is
 * not found; the common accents fold alike in both. Returns whether a
 * document holds a Greek sigma, whose folding changed for the in-memory
 * parts too.
 */
function refold({ db, index, repo, settings }: { db: Db; repo: DocumentRepository; index: SearchIndex; settings: Settings }): boolean {
  const terms = index.body.termsHolding(FOLD_FIRST_GLOB);
  const ids = new Set<number>();
  for (let at = 0; at < terms.length; at += TERMS_PER_QUERY) {
    const expr = terms.slice(at, at + TERMS_PER_QUERY).map(quote).join(' OR ');
    for (const id of index.body.matches(expr) ?? []) ids.add(id);
  }
  let sigma = false;
  db.transaction(() => {
    for (const id of [...ids].sort((a, b) => a - b)) {
      const doc = repo.get(id);
      if (!doc) continue;
      const entry = toIndexEntry(doc.meta, doc.body, doc.plainText, doc.placement);
      sigma ||= [entry.title, entry.people, entry.place, entry.body].some((t) => SIGMA.test(t));
      index.body.queue(id, entry);
    }
    index.body.flush();
    settings.set(FTS_SETTING, FTS_VERSION);
  })();
  return sigma;
}

/** Every document of the library as the search index sees it. */
export function* indexEntries(repo: DocumentRepository): Generator<[number, IndexEntry]> {
  for (const doc of repo.forIndex()) yield [doc.id, toIndexEntry(doc.meta, doc.body, doc.plainText, doc.placement)];
}
