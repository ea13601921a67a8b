import type { FacetCount, SearchFacets } from '../../contract/views';
import { FACET_DIMS, type DocStore, type FacetDim } from './doc-store';

const TOP = 20;

export type DocFacetCounts = Omit<SearchFacets, 'documents' | 'notes'>;

function top(counts: Map<string, number>, label?: (v: string) => string | undefined): FacetCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([value, count]) => {
      const l = label?.(value);
      return l === undefined ? { value, count } : { value, count, label: l };
    });
}

/** Counts per value number of one dimension over the matches, then the top values by name. */
function countDim(store: DocStore, dim: FacetDim, ids: ArrayLike<number>): Map<string, number> {
  const names = store.dicts[dim].values;
  const counts = new Uint32Array(names.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const f = store.first(dim, id);
    if (f === 0) continue;
    counts[f - 1] = (counts[f - 1] ?? 0) + 1;
    const rest = store.rest(dim, id);
    if (rest) for (const n of rest) counts[n] = (counts[n] ?? 0) + 1;
  }
  const out = new Map<string, number>();
  counts.forEach((c, n) => {
    const name = names[n];
    if (c > 0 && name !== undefined) out.set(name, c);
  });
  return out;
}

function countYears(store: DocStore, ids: ArrayLike<number>): Array<{ value: number; count: number }> {
  // Years index a typed array: a Map update per match costs several times more at 100,000 matches.
  const counts = new Uint32Array(10000);
  for (let i = 0; i < ids.length; i++) {
    const y = store.year(ids[i] ?? 0);
    if (y > 0 && y < 10000) counts[y] = (counts[y] ?? 0) + 1;
  }
  const out: Array<{ value: number; count: number }> = [];
  counts.forEach((count, value) => {
    if (count > 0) out.push({ value, count });
  });
  return out;
}

/**
 * Facets over every matching document (`ids`, marked in `matched`): a pass
 * over typed arrays per dimension, milliseconds even for 100,000 matches.
 * Tags are the user's and change without re-indexing, so they come from SQL.
 */
export function countFacets(
  store: DocStore,
  ids: ArrayLike<number>,
  matched: Uint8Array,
  tagRows: Array<{ doc_id: number; tag: string }>,
  collectionTitle: (id: string) => string | undefined,
): DocFacetCounts {
  const dims = Object.fromEntries(FACET_DIMS.map((d) => [d, countDim(store, d, ids)])) as Record<FacetDim, Map<string, number>>;
  const tags = new Map<string, number>();
  for (const r of tagRows) if (matched[r.doc_id] === 1) tags.set(r.tag, (tags.get(r.tag) ?? 0) + 1);
  return {
    year: countYears(store, ids),
    sender: top(dims.sender),
    recipient: top(dims.recipient),
    place: top(dims.place),
    collection: top(dims.collection, collectionTitle),
    classification: top(dims.classification),
    tag: top(tags),
  };
}
