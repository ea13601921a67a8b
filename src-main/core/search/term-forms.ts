import type { Db } from '../db/open-database';
import { foldForWords, termOf } from './terms';

/** Documents read for the forms of a stem, and how much of each: enough to meet the common forms, cheap at any size. */
const SAMPLE_DOCS = 8;
const SAMPLE_CHARS = 20_000;
const MAX_FORMS = 4;
/** Terms whose forms are remembered: the words already typed are asked again at each pause in typing. */
const CACHE_TERMS = 500;

/**
 * A word stripped of inflection (plural, past, -ing, a final e, y/i), so
 * `policies`/`policy` and `negotiated`/`negotiate` count as one word while
 * `containment`/`contain` do not: the inspector warns only about the latter.
 */
export function lexeme(word: string): string {
  const bare = word.replace(/(?:'s|ing|ed|es|s|d)$/, '');
  const base = bare.length >= 3 ? bare : word;
  return base.replace(/e$/, '').replace(/i$/, 'y');
}

const spread = (ids: Int32Array, n: number): number[] => {
  if (ids.length <= n) return [...ids];
  const step = ids.length / n;
  return Array.from({ length: n }, (_, i) => ids[Math.floor(i * step)] ?? 0);
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words of the library with the same stem as a typed word: read from the
 * text of a few documents that hold the stem (FTS5 keeps stems only). Porter
 * stems start the words they come from, but for a final y made i (polici ← policy).
 */
export function createFormFinder(db: Db) {
  const textOf = db.prepare('SELECT substr(plain_text, 1, ?) FROM documents WHERE id = ?').pluck();
  const cache = new Map<string, Map<string, number>>();
  let cachedFor = -1;
  /** `libraryKey` changes when documents come or go: what was read may no longer be there. */
  return (term: string, holders: () => Int32Array, libraryKey: number): Map<string, number> => {
    if (libraryKey !== cachedFor || cache.size >= CACHE_TERMS) {
      cache.clear();
      cachedFor = libraryKey;
    }
    let met = cache.get(term);
    if (!met) cache.set(term, (met = read(term, holders())));
    return met;
  };

  function read(term: string, holders: Int32Array): Map<string, number> {
    const start = term.length > 3 && term.endsWith('i') ? term.slice(0, -1) : term;
    const words = new RegExp(`(?<![\\p{L}\\p{N}])${escape(start)}[\\p{L}\\p{N}]*`, 'gu');
    const seen = new Map<string, number>();
    for (const id of spread(holders, SAMPLE_DOCS)) {
      const text = foldForWords((textOf.get(SAMPLE_CHARS, id) as string | undefined) ?? '');
      for (const m of text.matchAll(words)) {
        const w = m[0];
        if (termOf(w) === term) seen.set(w, (seen.get(w) ?? 0) + 1);
      }
    }
    return seen;
  }
}

/** The other forms met, commonest first, and those that are other words than the typed one (the reason to warn). */
export function splitForms(typed: string, met: ReadonlyMap<string, number>): { forms: string[]; broader: string[] } {
  const others = [...met].filter(([w]) => w !== typed).sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const own = lexeme(typed);
  const broader = others.filter((w) => lexeme(w) !== own);
  return { forms: others.filter((w) => lexeme(w) === own).slice(0, MAX_FORMS), broader: broader.slice(0, MAX_FORMS) };
}
