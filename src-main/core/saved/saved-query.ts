import type { SavedQuery } from '../../contract';
import type { SearchRequest } from '../search/search';

/** The filters a saved query may hold beside its words, in the order they are told. */
const FIELDS = ['from', 'to', 'place', 'collection', 'classification', 'tag', 'caveat', 'repository', 'redacted', 'translation', 'paraphrase', 'set'] as const;

/** A saved query as the search takes it (every filter, scope and sort; no page). */
export function toSearchRequest(s: SavedQuery): SearchRequest {
  const req: SearchRequest = { query: s.query };
  if (s.yearFrom !== undefined) req.yearFrom = s.yearFrom;
  if (s.yearTo !== undefined) req.yearTo = s.yearTo;
  for (const f of FIELDS) {
    const v = s[f];
    if (v !== undefined) req[f] = v;
  }
  if (s.scope) req.scope = s.scope;
  if (s.sort) req.sort = s.sort;
  return req;
}

/** "years 1900–1901", "from: Conger", "volume: Foreign Relations… 1936" — the filters beside the words, as a reader reads them. */
export function describeFilters(s: SavedQuery): string[] {
  const out: string[] = [];
  if (s.yearFrom !== undefined || s.yearTo !== undefined) {
    const from = s.yearFrom ?? '';
    const to = s.yearTo ?? '';
    out.push(from === to ? `year ${from}` : `years ${from}–${to}`);
  }
  for (const f of FIELDS) {
    const v = s[f];
    if (v !== undefined) out.push(`${f === 'collection' ? 'volume' : f}: ${s.labels?.[f] ?? v}`);
  }
  return out;
}

/** A search request as the log and saved searches keep it (no page; `year` as a one-year range). */
export function savedQueryOf(req: SearchRequest): SavedQuery {
  const out: SavedQuery = { query: req.query };
  const yearFrom = req.yearFrom ?? req.year;
  const yearTo = req.yearTo ?? req.year;
  if (yearFrom !== undefined) out.yearFrom = yearFrom;
  if (yearTo !== undefined) out.yearTo = yearTo;
  for (const f of FIELDS) {
    const v = req[f]?.trim();
    if (v) out[f] = v;
  }
  if (req.scope) out.scope = req.scope;
  if (req.sort) out.sort = req.sort;
  return out;
}

/** Whether a filter is chosen beside the words (a search with no words but a filter is still a search). */
export const hasFilter = (req: SearchRequest): boolean => req.year !== undefined || req.yearFrom !== undefined || req.yearTo !== undefined || FIELDS.some((f) => (req[f]?.trim() ?? '') !== '');
