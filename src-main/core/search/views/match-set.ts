import type { Db } from '../../db/open-database';
import type { RequestFilters } from '../filters';
import { parseQuery, type ParsedQuery } from '../query-parser';
import type { SearchIndex } from '../search-index';
import { applyFilters, matchIds } from '../search';

export interface ViewDeps {
  db: Db;
  index: SearchIndex;
}

/** The documents a search matches, all of them, with its filters: what `library.search` counts as its total. */
export interface MatchSet {
  parsed: ParsedQuery;
  /** Ascending ids. */
  ids: Int32Array;
  /** 1 at each matching id. */
  matched: Uint8Array;
}

/** The whole match set of `query` with the request's filters, as the search reads it (an empty query: every document the filters keep). */
export function matchSet(deps: ViewDeps, query: string, filters: RequestFilters): MatchSet {
  const parsed = parseQuery(query);
  const { ids, matched } = applyFilters(deps, matchIds(deps.index, parsed), parsed, filters);
  return { parsed, ids, matched };
}
