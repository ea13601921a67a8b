import type { SavedQuery, SearchScope, SearchSort } from '@contract';
import { FACET_FIELDS, type FacetField, type SearchFilters } from '../hooks/use-search';

/** What the search box and Refine panel hold, all of it: what a saved search keeps and gives back. */
export interface SearchView {
  query: string;
  filters: SearchFilters;
  labels: Partial<Record<FacetField, string>>;
  scope: SearchScope;
  sort: SearchSort;
}

export function toSavedQuery(v: SearchView): SavedQuery {
  const out: SavedQuery = { query: v.query.trim(), scope: v.scope, sort: v.sort };
  if (v.filters.yearFrom !== null) out.yearFrom = v.filters.yearFrom;
  if (v.filters.yearTo !== null) out.yearTo = v.filters.yearTo;
  const labels: Record<string, string> = {};
  for (const f of FACET_FIELDS) {
    const value = v.filters.fields[f];
    if (value === undefined) continue;
    out[f] = value;
    const label = v.labels[f];
    if (label !== undefined) labels[f] = label;
  }
  if (Object.keys(labels).length > 0) out.labels = labels;
  return out;
}

export function fromSavedQuery(s: SavedQuery): SearchView {
  const fields: Partial<Record<FacetField, string>> = {};
  const labels: Partial<Record<FacetField, string>> = {};
  for (const f of FACET_FIELDS) {
    const value = s[f];
    if (value !== undefined) fields[f] = value;
    const label = s.labels?.[f];
    if (label !== undefined) labels[f] = label;
  }
  return { query: s.query, filters: { yearFrom: s.yearFrom ?? null, yearTo: s.yearTo ?? null, fields }, labels, scope: s.scope ?? 'all', sort: s.sort ?? 'relevance' };
}

/** "Caffery · 1946–1948 · From: Caffery": a saved search or set in one line. */
export function describeSaved(s: SavedQuery): string {
  const parts = [s.query === '' ? '' : s.query];
  if (s.yearFrom !== undefined || s.yearTo !== undefined) parts.push(s.yearFrom === s.yearTo ? String(s.yearFrom) : `${s.yearFrom ?? ''}–${s.yearTo ?? ''}`);
  for (const f of FACET_FIELDS) {
    const value = s[f];
    if (value !== undefined) parts.push(`${f}: ${s.labels?.[f] ?? value}`);
  }
  if (s.scope === 'documents') parts.push('documents only');
  if (s.scope === 'notes') parts.push('in notes');
  if (s.sort === 'date') parts.push('by date');
  return parts.filter(Boolean).join(' · ') || 'the whole library';
}
