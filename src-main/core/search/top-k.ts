/**
 * The best `k` of many candidates when the full score is dear to compute
 * (it reads the document's text) but bounded: full = base + extra, with
 * 0 ≤ extra ≤ `bound[i]` for candidate i. Candidates are taken in order of
 * their upper bound (base + bound); once the next one's cannot reach the
 * k-th best full score found, none after it can either (MaxScore's stopping
 * rule), so the result equals scoring every candidate while scoring few.
 * Ties go to the lower `tie` key (the date order).
 */
export interface Scored {
  id: number;
  score: number;
}

export function topK(ids: ArrayLike<number>, base: ArrayLike<number>, bound: ArrayLike<number>, extra: (id: number) => number, k: number, tie: (id: number) => number): Scored[] {
  const ub = Float64Array.from({ length: ids.length }, (_, i) => (base[i] ?? 0) + (bound[i] ?? 0));
  const order = Array.from({ length: ids.length }, (_, i) => i);
  order.sort((a, b) => (ub[b] ?? 0) - (ub[a] ?? 0) || tie(ids[a] ?? 0) - tie(ids[b] ?? 0));
  const best: Scored[] = [];
  const worse = (a: Scored, b: Scored): boolean => a.score < b.score || (a.score === b.score && tie(a.id) > tie(b.id));
  for (const i of order) {
    const kth = best.length >= k ? best[best.length - 1] : undefined;
    if (kth && (ub[i] ?? 0) < kth.score) break;
    const id = ids[i] ?? 0;
    const s: Scored = { id, score: (base[i] ?? 0) + ((bound[i] ?? 0) > 0 ? extra(id) : 0) };
    if (kth && !worse(kth, s)) continue;
    // Insertion into the short sorted list (k is a page: tens of entries).
    let at = best.length;
    while (at > 0 && worse(best[at - 1] as Scored, s)) at--;
    best.splice(at, 0, s);
    if (best.length > k) best.pop();
  }
  return best;
}
