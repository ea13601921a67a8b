import type { NoteHit, SearchHit, SearchResponse, SearchScope } from '../../contract/views';
import type { DocumentRepository } from '../library/document-repository';
import { queryTerms } from './fold';
import { FIELDS, FIELD_WEIGHTS, type SearchIndex } from './search-index';
import type { NoteSearch } from './note-search';
import { makeSnippet } from './snippet';

export interface SearchRequest {
  query: string;
  year?: number;
  from?: string;
  limit?: number;
  tag?: string;
  scope?: SearchScope;
}

/** Per term: id → score over all fields; a better rank within a field scores higher. */
function scoreTerm(index: SearchIndex, term: string): Map<number, number> {
  const scores = new Map<number, number>();
  for (const field of FIELDS) {
    const ids = index.lookup(field, term);
    ids.forEach((id, rank) => {
      const s = FIELD_WEIGHTS[field] * (1 - (0.5 * rank) / ids.length);
      scores.set(id, (scores.get(id) ?? 0) + s);
    });
  }
  return scores;
}

/** Every term must match somewhere (any field); scores add up. */
function scoreQuery(index: SearchIndex, terms: string[]): Map<number, number> {
  let total: Map<number, number> | null = null;
  for (const term of terms) {
    const scores = scoreTerm(index, term);
    if (total === null) {
      total = scores;
      continue;
    }
    const next = new Map<number, number>();
    for (const [id, s] of total) {
      const t = scores.get(id);
      if (t !== undefined) next.set(id, s + t);
    }
    total = next;
  }
  return total ?? new Map();
}

/** Hits in the user's notes and highlight comments; year and sender filter documents only. */
function noteHits(notes: NoteSearch | undefined, terms: string[], req: SearchRequest, limit: number): { hits: NoteHit[]; count: number } {
  if (!notes) return { hits: [], count: 0 };
  const found = notes.search(terms, { ...(req.tag ? { tag: req.tag } : {}), limit });
  return { hits: req.scope === 'documents' ? [] : found.hits, count: found.count };
}

export function createSearch({ repo, index, notes }: { repo: DocumentRepository; index: SearchIndex; notes?: NoteSearch }) {
  return {
    search(req: SearchRequest): SearchResponse {
      const terms = queryTerms(req.query);
      const filters = { ...(req.year ? { year: req.year } : {}), ...(req.from ? { sender: req.from } : {}), ...(req.tag ? { tag: req.tag } : {}) };
      const limit = req.limit ?? 200;
      const scored = terms.length > 0 ? scoreQuery(index, terms) : null;
      const rows = repo.filter(scored ? [...scored.keys()] : null, filters);
      const ranked = rows
        .map((r) => ({ ...r, score: scored?.get(r.id) ?? 0 }))
        // Ties go to the older document: a historian reads a file chronologically.
        .sort((a, b) => b.score - a.score || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id);
      const hits: SearchHit[] = [];
      for (const r of req.scope === 'notes' ? [] : ranked.slice(0, limit)) {
        const doc = repo.summaryWithText(r.id);
        if (!doc) continue;
        hits.push({ ...doc.summary, hit: 'document', score: Math.round(r.score * 1000) / 1000, snippet: makeSnippet(doc.plainText, terms) });
      }
      const mine = noteHits(notes, terms, req, limit);
      return { query: req.query, total: ranked.length, hits, noteHits: mine.hits, facets: { documents: ranked.length, notes: mine.count } };
    },
  };
}

export type Search = ReturnType<typeof createSearch>;
