import type { SavedQuery } from '../../contract';
import type { Db } from '../db/open-database';
import type { Settings } from '../library/settings';
import type { Search } from '../search/search';
import type { SearchIndex } from '../search/search-index';
import { createResearchLog } from './research-log';
import { createSavedSearches } from './saved-searches';
import { toSearchRequest } from './saved-query';
import { createWorkingSets } from './working-sets';

interface Deps {
  db: Db;
  settings: Settings;
  search: Search;
  index: SearchIndex;
  now: () => string;
}

/** Saved searches, working sets and the research log, over the search they keep and limit. */
export function createSavedServices({ db, settings, search, index, now }: Deps) {
  /** Every document the search matches, oldest first (undated last): the order a citation list reads best in. */
  const matchIds = (s: SavedQuery): number[] => {
    const matched = new Uint8Array(index.store.present.length);
    for (const id of search.matchIds(toSearchRequest(s))) matched[id] = 1;
    return Array.from(index.store.dateOrder()).filter((id) => matched[id] === 1);
  };
  return {
    searches: createSavedSearches({ db, now }),
    sets: createWorkingSets({ db, now, matchIds }),
    log: createResearchLog({ db, settings, now }),
    matchIds,
  };
}

export type SavedServices = ReturnType<typeof createSavedServices>;
