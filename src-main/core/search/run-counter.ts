import { CountSketch, extend1, extend2, SEED1, SEED2 } from './count-sketch';
import type { TermSets } from './term-sets';
import { MAX_RUN } from './term-thresholds';

/** A run of words that reached the threshold: made frequent at the next promote. */
export interface RisingRun {
  /** Node of the run one word shorter. */
  parent: number;
  /** Vocabulary id of the word that extends it. */
  term: number;
  hash: number;
}

/**
 * Finds the runs of words about to become frequent. Runs are counted in a
 * fixed-size sketch, and only when they extend a frequent run by a frequent
 * word; a run whose count reaches the threshold rises, to be read back from
 * FTS5 as an exact phrase.
 */
export class RunCounter {
  private rising = new Map<string, RisingRun>();
  /** Runs the sketch overestimated: library size when checked (checked again once it doubled). */
  private readonly checked = new Map<number, number>();

  constructor(private readonly sketch = new CountSketch()) {}

  /**
   * Sets the document's bit in every frequent run it holds (`ids`: its words'
   * vocabulary ids, 0 between fields), and counts each candidate run once: a
   * frequent run followed by a frequent term whose pair with the word before
   * is frequent too (a longer run is never more common than its parts, so
   * nothing else can reach the threshold).
   */
  observe(id: number, ids: Int32Array, sets: TermSets, threshold: number, docs: number): void {
    const counted = new Set<number>();
    for (let i = 0; i < ids.length; i++) {
      const first = ids[i] ?? 0;
      let node = sets.termNode(first);
      if (node < 0) continue;
      let h1 = extend1(SEED1, first);
      let h2 = extend2(SEED2, first);
      for (let j = i + 1; j < ids.length && j - i < MAX_RUN; j++) {
        const t = ids[j] ?? 0;
        if (t === 0) break;
        h1 = extend1(h1, t);
        h2 = extend2(h2, t);
        const child = sets.child(node, t);
        if (child !== undefined) {
          sets.setBit(child, id);
          node = child;
          continue;
        }
        const before = sets.termNode(ids[j - 1] ?? 0);
        const pairFrequent = j === i + 1 || (before >= 0 && sets.child(before, t) !== undefined);
        const key = h1 | 0;
        if (sets.termNode(t) >= 0 && pairFrequent && !counted.has(key)) {
          counted.add(key);
          if (this.sketch.increment(h1, h2) >= threshold && this.worthChecking(key, docs)) this.rising.set(`${node} ${t}`, { parent: node, term: t, hash: key });
        }
        break;
      }
    }
  }

  private worthChecking(hash: number, docs: number): boolean {
    const at = this.checked.get(hash);
    return at === undefined || docs >= 2 * at;
  }

  /** The runs that reached the threshold since the last `discard`. */
  risen(): Iterable<RisingRun> {
    return this.rising.values();
  }

  /** The sketch counted the run higher than it is: not checked again until the library doubles from `docs`. */
  overestimated(run: RisingRun, docs: number): void {
    this.checked.set(run.hash, docs);
  }

  discard(): void {
    this.rising = new Map();
  }

  serializeSketch(): Buffer {
    return this.sketch.serialize();
  }
}
