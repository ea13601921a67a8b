/**
 * When a term or a run of words is kept in memory as a set ("frequent"):
 * once at least `HOT_SHARE` of the documents hold it, and never below
 * `MIN_HOT` documents (FTS5 lists a rarer term's ids cheaply).
 */
const HOT_SHARE = 0.02;
export const MIN_HOT = 1000;
/** A frequent term or phrase that fell below a quarter of the threshold goes back to FTS5 (its memory is freed). */
export const DEMOTE_SHARE = 0.25;
/** Longest run of words kept as one set: longer phrases are rare enough for FTS5. */
export const MAX_RUN = 6;

export function hotThreshold(docs: number, minHot = MIN_HOT): number {
  return Math.max(minHot, Math.ceil(HOT_SHARE * docs));
}
