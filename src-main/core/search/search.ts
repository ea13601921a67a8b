import type { NoteHit, SearchHit, SearchResponse, SearchScope, SearchSort } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import { createFacetCounter } from './facets';
import { createSourceFacetCounter } from './source-facets';
import { createPersonFacetCounter } from './person-facets';
import { buildFilter, mergeFilters, type RequestFilters } from './filters';
import { toIds, type Bitset } from './bitset';
import { rankExpression, unranked, type PrefixWords } from './fts-query';
import { evaluateQuery } from './match-query';
import { prefixWordsOf, rankedPrefixWords } from './prefix-words';
import type { NoteSearch } from './note-search';
import { parseQuery, type ParsedQuery, type QueryNode } from './query-parser';
import { createImpacts } from './impacts';
import { rankPage, type RankLimits } from './rank';
import { closenessScore, WEIGHTS } from './relevance';
import { createWriteScopedCache } from './write-scoped-cache';
import type { SearchIndex } from './search-index';
import { marksOf } from './match-marks';
import { makeSnippet } from './snippet';
import { unknownSetProblem } from '../saved/set-members';

export interface SearchRequest extends RequestFilters {
  query: string;
  limit?: number;
  offset?: number;
  sort?: SearchSort;
  scope?: SearchScope;
}

interface Deps {
  db: Db;
  repo: DocumentRepository;
  index: SearchIndex;
  notes?: NoteSearch;
  rankLimits?: RankLimits;
  /** Changes with every merge or split of people: the person facet is read again. */
  peopleVersion?: () => number;
}

/**
 * A NEAR group already holds its words together in every match, so every
 * match would get closeness's full bound and ranking would read every
 * match's text (most of such a query's time) to tell little apart: BM25,
 * which counts only the instances within the distance, ranks them instead.
 */
const hasNear = (n: QueryNode | null): boolean => n !== null && (n.kind === 'near' || ((n.kind === 'and' || n.kind === 'or') && n.children.some(hasNear)));

/** The documents matching the words (every document when there are none), before filters; `prefixWords` is the query's own when it ranks too. */
export function matchSet(index: SearchIndex, q: ParsedQuery, prefixWords: PrefixWords = prefixWordsOf(index)): Bitset {
  const store = index.store;
  const set = evaluateQuery(q.match, q.exclude, store.presentSet, {
    terms: index.terms,
    ftsIds: (expr) => index.body.matches(expr),
    exactIds: (expr) => index.body.exactMatches(expr),
    capacity: store.present.length,
    prefixWords,
  });
  return set;
}

/** The same as ids, ascending. */
export function matchIds(index: SearchIndex, q: ParsedQuery, prefixWords?: PrefixWords): Int32Array {
  return toIds(matchSet(index, q, prefixWords));
}

/** The matches passing the filters, as a list and as a flag by id. */
export function applyFilters(deps: Pick<Deps, 'db' | 'index'>, found: Int32Array, q: ParsedQuery, req: RequestFilters): { ids: Int32Array; matched: Uint8Array } {
  const store = deps.index.store;
  const titles = (): Map<string, string> =>
    new Map((deps.db.prepare('SELECT id, title FROM collections').all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title]));
  const pred = buildFilter({ db: deps.db, store, collectionTitles: titles }, mergeFilters(q.filters, req));
  const matched = new Uint8Array(store.present.length);
  if (!pred) {
    for (let i = 0; i < found.length; i++) matched[found[i] ?? 0] = 1;
    return { ids: found, matched };
  }
  return { ids: keepMatching(found, pred, matched), matched };
}

/**
 * The ids passing `pred`, flagged in `matched` as they are kept. A loop of
 * our own rather than `Int32Array.prototype.filter`, whose callback is called
 * from the engine's built-in at each id: in a profile, 4 ms of the 7 of a
 * filter alone (`to:Francis`) over 300,000 documents.
 */
function keepMatching(found: Int32Array, pred: (id: number) => boolean, matched: Uint8Array): Int32Array {
  const kept = new Int32Array(found.length);
  let n = 0;
  for (let i = 0; i < found.length; i++) {
    const id = found[i] ?? 0;
    if (!pred(id)) continue;
    kept[n++] = id;
    matched[id] = 1;
  }
  return kept.slice(0, n);
}

function noteHits(notes: NoteSearch | undefined, words: string[], req: SearchRequest, scope: SearchScope, limit: number): { hits: NoteHit[]; count: number } {
  if (!notes) return { hits: [], count: 0 };
  const found = notes.search(words, { ...(req.tag ? { tag: req.tag } : {}), limit });
  return { hits: scope === 'documents' ? [] : found.hits, count: found.count };
}

export function createSearch(deps: Deps) {
  const { db, repo, index, notes } = deps;
  const tagRows = db.prepare('SELECT doc_id, tag FROM doc_tags');
  const collectionTitle = db.prepare('SELECT title FROM collections WHERE id = ?').pluck();
  const facetCounter = createFacetCounter();
  const sourceFacets = createSourceFacetCounter(db);
  // The index's store is replaced when the index is rebuilt: each one gets a number, beside its own version.
  const stores = new WeakMap<object, number>();
  let storesSeen = 0;
  const storeKey = (): string => {
    const store = index.store;
    let n = stores.get(store);
    if (n === undefined) stores.set(store, (n = ++storesSeen));
    return `${n}:${store.version}:${deps.peopleVersion?.() ?? 0}`;
  };
  const personFacets = createPersonFacetCounter(db, storeKey);
  const plainText = db.prepare('SELECT plain_text FROM documents WHERE id = ?').pluck();
  /**
   * Closeness reads a document's text and walks it for the query's terms: for
   * 50 texts a common-word query, more for a selective one, a third of a
   * repeated query's time at 300,000 documents. It depends only on the text,
   * so it is kept until the library is next written (a refined query, a
   * facet, the next page ask the same).
   */
  const closenessKept = createWriteScopedCache<number>(() => index.body.stamp(), 200_000);
  const closenessOf = (id: number, terms: readonly string[]): number =>
    closenessKept.get(`${id} ${terms.join(' ')}`, () => closenessScore((plainText.get(id) as string | undefined) ?? '', terms));
  const impacts = createImpacts(index.body, WEIGHTS, () => index.store.size, (term) => index.documentFrequency(term));
  const limits = deps.rankLimits ?? {};
  return {
    search(req: SearchRequest): SearchResponse {
      const q = parseQuery(req.query);
      const hints = [...q.hints, ...setProblems(db, [...q.filters.set, ...(req.set ? [req.set] : [])])];
      // The query's own `in:` wins over the request's scope, which is a UI default (the app's tabs).
      const scope: SearchScope = q.filters.scope ?? req.scope ?? 'all';
      const sort = req.sort ?? 'relevance';
      const limit = req.limit ?? 200;
      const offset = req.offset ?? 0;
      // What each word being typed stands for is worked out once, for matching and ranking both.
      const typed = prefixWordsOf(index);
      const set = matchSet(index, q, typed);
      const found = toIds(set);
      const { ids, matched } = applyFilters(deps, found, q, req);
      const ranked = rankedPrefixWords(typed, index.store.size, (t) => index.documentFrequency(t));
      const expr = q.match ? rankExpression(q.match, ranked) : null;
      // A word being typed that ranking leaves out (`t`) is no word to stand close to either: closeness read every match's text for it.
      const left = new Set(q.match ? unranked(q.match, ranked) : []);
      const words = q.words.filter((w) => !left.has(w));
      const page = scope === 'notes' ? [] : rankPage({ index, ids, matched, words, phraseable: !q.hasOr && q.match?.kind !== 'phrase' && !hasNear(q.match), sort, offset, limit, expr, closenessOf, impacts, limits });
      const marks = marksOf(q.match);
      const hits: SearchHit[] = [];
      const docs = repo.summariesWithText(page.map((r) => r.id));
      for (const r of page) {
        const doc = docs.get(r.id);
        if (doc) hits.push({ ...doc.summary, hit: 'document', score: Math.round(r.score * 1000) / 1000, snippet: makeSnippet(doc.plainText, marks) });
      }
      const mine = noteHits(notes, q.words, req, scope, limit);
      // No filter kept the list as it was: the matches' set is at hand for the facets, which would build it from the ids.
      const asSet = ids === found ? set : null;
      const facets = facetCounter.count(index.store, ids, matched, tagRows.all() as Array<{ doc_id: number; tag: string }>, (id) => collectionTitle.get(id) as string | undefined, asSet);
      return {
        query: req.query,
        total: ids.length,
        hits,
        noteHits: mine.hits,
        facets: { documents: ids.length, notes: mine.count, ...facets, person: personFacets.count(matched), ...sourceFacets.count(index.store, matched, ids.length) },
        offset,
        sort,
        scope,
        ...(hints.length > 0 ? { hint: hints.join(' ') } : {}),
      };
    },
    /** Every document the query and filters match (not only a page), ascending by id. */
    matchIds(req: RequestFilters & { query: string }): Int32Array {
      const q = parseQuery(req.query);
      return applyFilters(deps, matchIds(index, q), q, req).ids;
    },
  };
}

/** A `set:` naming no working set says so (the search still runs, and finds nothing). */
function setProblems(db: Db, names: string[]): string[] {
  return names.flatMap((n) => unknownSetProblem(db, n) ?? []);
}

export type Search = ReturnType<typeof createSearch>;
