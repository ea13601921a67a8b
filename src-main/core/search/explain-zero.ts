import type { InspectedFilter, InspectedTerm, ZeroExplanation } from '../../contract';
import { andInto, countIds, type Bitset } from './bitset';
import { labelOf } from './query-leaves';
import type { QueryNode } from './query-parser';

/** Pairs tried for "these two never meet": a long query's pairs are many, and the counts already tell most of it. */
const MAX_PAIR_PARTS = 8;

export interface ZeroFacts {
  /** The positive terms (with their counts) and the excluded ones. */
  terms: InspectedTerm[];
  /** The parts that must all match, each with its documents. */
  conjuncts: Array<{ node: QueryNode; docs: Bitset }>;
  /** Documents matching the words (all parts), before exclusions. */
  matched: Bitset;
  /** ... and after the exclusions, before the filters. */
  kept: Bitset;
  /** Each filter, with how many of `kept` it alone lets through. */
  filters: Array<InspectedFilter & { keeps: number }>;
  /** First and last year among `kept`, if any is dated. */
  years: [number, number] | null;
  /** Spelling suggestions for a word no document holds. */
  suggest: (typed: string) => string[];
}

/** Two parts with no document in common, if any (the first found). */
function disjointPair(parts: ZeroFacts['conjuncts']): [string, string] | undefined {
  if (parts.length > MAX_PAIR_PARTS) return undefined;
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i];
      const b = parts[j];
      if (a && b && countIds(andInto(a.docs.slice(), b.docs)) === 0) return [labelOf(a.node), labelOf(b.node)];
    }
  }
  return undefined;
}

/**
 * Why a query found nothing, going outward: a term no document holds, then
 * terms that each match but never all together, then exclusions that remove
 * every match, then filters that leave none.
 */
export function explainZero(f: ZeroFacts): ZeroExplanation {
  if (f.conjuncts.length > 0 && countIds(f.matched) === 0) {
    const unknown = f.terms.filter((t) => !t.excluded && t.docs === 0);
    if (unknown.length > 0) return { kind: 'unknown', terms: unknown.map((t) => ({ typed: t.typed, suggestions: t.kind === 'word' || t.kind === 'prefix' ? f.suggest(t.typed) : [] })) };
    const terms = f.conjuncts.map((c) => ({ typed: labelOf(c.node), docs: countIds(c.docs) }));
    const pair = disjointPair(f.conjuncts);
    return { kind: 'apart', terms, ...(pair ? { pair } : {}) };
  }
  const kept = countIds(f.kept);
  if (kept === 0) {
    return { kind: 'excluded', matched: countIds(f.matched), exclusions: f.terms.filter((t) => t.excluded).map((t) => ({ typed: t.typed, docs: t.docs })) };
  }
  return { kind: 'filtered', matched: kept, filters: f.filters, ...(f.years ? { years: f.years } : {}) };
}
