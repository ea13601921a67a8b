import type { NoteHit, SearchHit, SearchResponse, SearchScope, SearchSort } from '../../contract/views';
import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import { countFacets } from './facets';
import { buildFilter, mergeFilters, type RequestFilters } from './filters';
import { ftsExclusion, ftsExpression } from './fts-query';
import type { NoteSearch } from './note-search';
import { parseQuery, type ParsedQuery } from './query-parser';
import { rankPage } from './rank';
import type { SearchIndex } from './search-index';
import { makeSnippet } from './snippet';
import { highlightStem } from './stem';

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
}

/** Ids matching the words (every document when there are none), before filters. */
function matchIds(index: SearchIndex, q: ParsedQuery, hints: string[]): ArrayLike<number> {
  const expr = ftsExpression(q.match, q.exclude);
  if (expr !== null) {
    const ids = index.body.matches(expr);
    if (ids) return ids;
    hints.push('The query could not be read; searched for its words.');
    return index.body.matches(q.words.map((w) => `"${w}"`).join(' ')) ?? [];
  }
  const all = index.store.dateOrder();
  const excl = ftsExclusion(q.exclude);
  if (excl === null) return all;
  const out = new Set(index.body.matches(excl) ?? []);
  return all.filter((id) => !out.has(id));
}

/** The matches passing the filters, as a list and as a bitmap by id. */
function applyFilters(deps: Deps, ids: ArrayLike<number>, q: ParsedQuery, req: SearchRequest): { ids: number[]; matched: Uint8Array } {
  const store = deps.index.store;
  const titles = (): Map<string, string> =>
    new Map((deps.db.prepare('SELECT id, title FROM collections').all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title]));
  const pred = buildFilter({ db: deps.db, store, collectionTitles: titles }, mergeFilters(q.filters, req));
  const matched = new Uint8Array(store.present.length);
  const kept: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    if (!store.has(id) || (pred && !pred(id))) continue;
    matched[id] = 1;
    kept.push(id);
  }
  return { ids: kept, matched };
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
  return {
    search(req: SearchRequest): SearchResponse {
      const q = parseQuery(req.query);
      const hints = [...q.hints];
      const scope: SearchScope = req.scope ?? q.filters.scope ?? 'all';
      const sort = req.sort ?? 'relevance';
      const limit = req.limit ?? 200;
      const offset = req.offset ?? 0;
      const { ids, matched } = applyFilters(deps, matchIds(index, q, hints), q, req);
      const page = scope === 'notes' ? [] : rankPage({ index, ids, matched, words: q.words, phraseable: !q.hasOr && q.match?.kind !== 'phrase', expr: ftsExpression(q.match, q.exclude), sort, offset, limit });
      const marks = q.words.map(highlightStem);
      const hits: SearchHit[] = [];
      for (const r of page) {
        const doc = repo.summaryWithText(r.id);
        if (doc) hits.push({ ...doc.summary, hit: 'document', score: Math.round(r.score * 1000) / 1000, snippet: makeSnippet(doc.plainText, marks) });
      }
      const mine = noteHits(notes, q.words, req, scope, limit);
      const facets = countFacets(index.store, ids, matched, tagRows.all() as Array<{ doc_id: number; tag: string }>, (id) => collectionTitle.get(id) as string | undefined);
      return {
        query: req.query,
        total: ids.length,
        hits,
        noteHits: mine.hits,
        facets: { documents: ids.length, notes: mine.count, ...facets },
        offset,
        sort,
        ...(hints.length > 0 ? { hint: hints.join(' ') } : {}),
      };
    },
  };
}

export type Search = ReturnType<typeof createSearch>;
