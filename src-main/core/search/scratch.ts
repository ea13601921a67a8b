/**
 * Zeroed score arrays by document id, reused from one query to the next,
 * one per purpose. Ranking many matches sums scores over arrays the size of
 * the library (2.4 MB each at 300,000 documents), three per query; made anew
 * each time, they kept the garbage collector busy. Only for arrays that never
 * outlive the ranking of one page (queries run one at a time, synchronously).
 */
export type ScratchPurpose = 'fields' | 'bm25' | 'window';

const kept = new Map<ScratchPurpose, Float64Array>();

export function scratchScores(purpose: ScratchPurpose, length: number): Float64Array {
  const found = kept.get(purpose);
  if (found && found.length === length) return found.fill(0);
  const made = new Float64Array(length);
  kept.set(purpose, made);
  return made;
}
