import type { DocStore } from '../search/doc-store';

/**
 * The people of a document, for "shared people" and "same correspondence".
 * Today they are the parties (sender and recipient, as the facet store holds
 * them). The seam for the person index (issue 16, `people-core`): a source
 * built on it gives persons named in the text too, keyed by person, through
 * `of` (for "shared people") — `parties` stays the sender/recipient pair.
 */
export interface PeopleSource {
  /** Sender and recipient labels of the document. */
  parties(id: number): { from: string[]; to: string[] };
  /** Everyone the document names, by key, with a label to show. */
  of(id: number): Array<{ key: string; label: string }>;
  /** How many documents name the person: those named everywhere (the Secretary of State) say nothing. */
  documentCount(key: string): number;
}

/** Documents per party label, sender and recipient together, over the typed columns (a pass of a few ms at 100,000). */
function countParties(s: DocStore): Map<string, number> {
  const counts = new Map<string, number>();
  for (const dim of ['sender', 'recipient'] as const) {
    const perValue = new Int32Array(s.dicts[dim].values.length);
    const firsts = s.column(dim);
    for (let id = 0; id < s.present.length; id++) {
      const f = firsts[id] ?? 0;
      if (f === 0 || s.present[id] !== 1) continue;
      perValue[f - 1] = (perValue[f - 1] ?? 0) + 1;
      for (const n of s.rest(dim, id) ?? []) perValue[n] = (perValue[n] ?? 0) + 1;
    }
    s.dicts[dim].values.forEach((label, n) => counts.set(label, (counts.get(label) ?? 0) + (perValue[n] ?? 0)));
  }
  return counts;
}

/** The parties of the facet store as people; counts made once per store version. */
export function partiesAsPeople(store: () => DocStore): PeopleSource {
  let counted = { version: -1, store: null as DocStore | null, counts: new Map<string, number>() };
  const labels = (s: DocStore, dim: 'sender' | 'recipient', id: number): string[] => s.values(dim, id).map((n) => s.dicts[dim].values[n] ?? '');
  const parties = (id: number) => {
    const s = store();
    return { from: labels(s, 'sender', id), to: labels(s, 'recipient', id) };
  };
  const of = (id: number) => {
    const { from, to } = parties(id);
    return [...new Set([...from, ...to])].filter((l) => l.length > 0).map((label) => ({ key: label, label }));
  };
  return {
    parties,
    of,
    documentCount(key: string): number {
      const s = store();
      if (counted.version !== s.version || counted.store !== s) counted = { version: s.version, store: s, counts: countParties(s) };
      return counted.counts.get(key) ?? 0;
    },
  };
}
