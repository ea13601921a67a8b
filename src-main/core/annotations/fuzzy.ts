/**
 * Approximate substring search (Sellers' algorithm): the substring of `text`
 * within `[from, to)` with the fewest edits (insertions, deletions,
 * substitutions) from `pattern`, if that is at most `maxEdits`. Ties go to the
 * match ending nearest `near`. Cost is O(pattern × window) time and O(pattern)
 * memory; callers bound both.
 */
export interface FuzzyMatch {
  start: number;
  end: number;
  edits: number;
}

export function fuzzyFind(
  text: string,
  pattern: string,
  opts: { from: number; to: number; maxEdits: number; near: number },
): FuzzyMatch | null {
  const m = pattern.length;
  // Column j of the DP: cost[i] = fewest edits turning pattern[0, i) into a substring ending at j;
  // start[i] = where that substring starts.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let start = new Array<number>(m + 1).fill(opts.from);
  let next = new Array<number>(m + 1).fill(0);
  let nextStart = new Array<number>(m + 1).fill(0);
  let best: FuzzyMatch | null = null;
  for (let j = opts.from; j < opts.to; j++) {
    const ch = text.charCodeAt(j);
    next[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = (cost[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const del = (cost[i] ?? 0) + 1; // text char skipped
      const ins = (next[i - 1] ?? 0) + 1; // pattern char missing from the text
      if (sub <= del && sub <= ins) {
        next[i] = sub;
        nextStart[i] = start[i - 1] ?? j;
      } else if (del <= ins) {
        next[i] = del;
        nextStart[i] = start[i] ?? j;
      } else {
        next[i] = ins;
        nextStart[i] = nextStart[i - 1] ?? j;
      }
    }
    [cost, next] = [next, cost];
    [start, nextStart] = [nextStart, start];
    const edits = cost[m] ?? Infinity;
    if (edits <= opts.maxEdits && isBetter({ start: start[m] ?? j, end: j + 1, edits }, best, opts.near)) {
      best = { start: start[m] ?? j, end: j + 1, edits };
    }
  }
  return best;
}

function isBetter(candidate: FuzzyMatch, best: FuzzyMatch | null, near: number): boolean {
  if (!best) return true;
  if (candidate.edits !== best.edits) return candidate.edits < best.edits;
  return Math.abs(candidate.start - near) < Math.abs(best.start - near);
}
