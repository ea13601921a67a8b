/**
 * Zeroed score arrays by document id, reused from one query to the next,
 * one per purpose. Ranking many matches sums scores over arrays the size of
 * the library (2.4 MB each at 300,000 documents), two per query; made anew
 * each time, they kept the garbage collector busy. Only for arrays that never
 * outlive the ranking of one page (queries run one at a time, synchronously).
 *
 * The caller writes only at the ids it names, so when those are few the next
 * query zeroes them alone: clearing three whole arrays cost a query of 30,000
 * matches at 300,000 documents as much as summing its scores.
 */
export type ScratchPurpose = 'bm25' | 'window';

/** Below one id in this many of the array, the written ids are zeroed one by one rather than the whole array. */
const SPARSE = 8;

interface Slot {
  scores: Float64Array;
  /** Where the last user wrote, when few; null: anywhere (clear it whole). */
  written: Int32Array | null;
}

const kept = new Map<ScratchPurpose, Slot>();

/** A zeroed array of `length`; `writes`: the only ids the caller will write (each at most `length` - 1). */
export function scratchScores(purpose: ScratchPurpose, length: number, writes: ArrayLike<number>): Float64Array {
  let slot = kept.get(purpose);
  if (slot && slot.scores.length === length) {
    const { scores, written } = slot;
    if (written) for (let i = 0; i < written.length; i++) scores[written[i] ?? 0] = 0;
    else scores.fill(0);
  } else {
    slot = { scores: new Float64Array(length), written: null };
    kept.set(purpose, slot);
  }
  // Copied: the caller's list may change after this query.
  slot.written = writes.length * SPARSE < length ? Int32Array.from(writes) : null;
  return slot.scores;
}
