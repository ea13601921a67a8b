/**
 * Known-item search over the real FRUS volumes, as a historian tries it: pick
 * a document, take four words of five letters or more from one passage of it
 * (in the order printed), type them without quotes. Does the document come
 * first, or in the first three? Asked of Chancery's search and, in the same
 * run on the same library, of SQLite FTS5 ranking its own index by plain
 * `bm25()`. The choice of documents, passages and words is seeded, so every
 * run asks the same questions.
 */
import type { Core } from '../../src-main/core/core';
import { rng } from './scale-corpus';

const SEED = 1914;
const WORDS = 4;
const MIN_LETTERS = 5;

export interface KnownItemQuery {
  id: number;
  q: string;
}

export interface KnownItemRates {
  tried: number;
  first: number;
  top3: number;
}

export interface KnownItemResult {
  queries: number;
  ours: KnownItemRates;
  fts5: KnownItemRates;
  /** Queries ours ranked first and FTS5 did not, and the reverse (examples). */
  oursMissed: Array<{ q: string; ours: number; fts5: number }>;
}

/** Words of a passage eligible for a query: letters only, long enough, each word once (case aside). */
function eligible(passage: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of passage.match(new RegExp(`\\p{L}{${MIN_LETTERS},}`, 'gu')) ?? []) {
    const k = w.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(w);
  }
  return out;
}

/** `n` seeded queries: a random document, a random passage of it with enough words, four of its words in order. */
export function knownItemQueries(core: Core, n: number, seed = SEED): KnownItemQuery[] {
  const rand = rng(seed);
  const ids = core.db.prepare("SELECT id FROM documents WHERE coalesce(kind, '') <> 'section' ORDER BY id").pluck().all() as number[];
  const out: KnownItemQuery[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const id = ids[Math.floor(rand() * ids.length)] ?? 0;
    const text = core.repo.summaryWithText(id)?.plainText ?? '';
    const passages = text.split(/\n+/).map(eligible).filter((ws) => ws.length >= WORDS);
    const words = passages[Math.floor(rand() * passages.length)];
    if (!words) continue;
    const picked = new Set<number>();
    while (picked.size < WORDS) picked.add(Math.floor(rand() * words.length));
    out.push({ id, q: [...picked].sort((a, b) => a - b).map((i) => words[i]).join(' ') });
  }
  return out;
}

/** Rank (1-based) of the document in ours and in FTS5 bm25 (0: not in the first 20). */
function ranks(core: Core, query: KnownItemQuery): { ours: number; fts5: number } {
  const ours = core.search.search({ query: query.q, limit: 20, scope: 'documents' }).hits.findIndex((h) => h.id === query.id) + 1;
  const match = query.q.split(' ').map((w) => `"${w}"`).join(' ');
  const fts = core.db.prepare('SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY bm25(body_fts) LIMIT 20').pluck().all(match) as number[];
  return { ours, fts5: fts.indexOf(query.id) + 1 };
}

export function runKnownItem(core: Core, n = 240, seed = SEED): KnownItemResult {
  const queries = knownItemQueries(core, n, seed);
  const ours: KnownItemRates = { tried: queries.length, first: 0, top3: 0 };
  const fts5: KnownItemRates = { tried: queries.length, first: 0, top3: 0 };
  const oursMissed: KnownItemResult['oursMissed'] = [];
  for (const q of queries) {
    const r = ranks(core, q);
    if (r.ours === 1) ours.first++;
    if (r.ours >= 1 && r.ours <= 3) ours.top3++;
    if (r.fts5 === 1) fts5.first++;
    if (r.fts5 >= 1 && r.fts5 <= 3) fts5.top3++;
    if (r.ours !== 1) oursMissed.push({ q: q.q, ...r });
  }
  return { queries: queries.length, ours, fts5, oursMissed };
}

/**
 * The same over more seeds (other documents, passages and words): one seed's
 * 240 queries move the rate by a point or two either way, so a change of
 * ranking is judged over several.
 */
export function runKnownItemSeeds(core: Core, seeds: number, n = 240): { seeds: number; queries: number; ours: number; fts5: number } {
  const total = { seeds, queries: 0, ours: 0, fts5: 0 };
  for (let seed = SEED; seed < SEED + seeds; seed++) {
    const r = runKnownItem(core, n, seed);
    total.queries += r.queries;
    total.ours += r.ours.first;
    total.fts5 += r.fts5.first;
  }
  return total;
}

const pct = (n: number, of: number): string => `${Math.round((1000 * n) / of) / 10} %`;

export function printKnownItem(r: KnownItemResult): void {
  console.log(`Known-item search: ${r.queries} queries of ${WORDS} words (≥ ${MIN_LETTERS} letters) from one passage of a document, unquoted`);
  console.log(`  Chancery  : first ${r.ours.first}/${r.queries} (${pct(r.ours.first, r.queries)}), top 3 ${r.ours.top3}/${r.queries} (${pct(r.ours.top3, r.queries)})`);
  console.log(`  FTS5 bm25 : first ${r.fts5.first}/${r.queries} (${pct(r.fts5.first, r.queries)}), top 3 ${r.fts5.top3}/${r.queries} (${pct(r.fts5.top3, r.queries)})`);
  for (const m of r.oursMissed.slice(0, 5)) console.log(`  not first: "${m.q}" (ours ${m.ours || '>20'}, FTS5 ${m.fts5 || '>20'})`);
}

export function printKnownItemSeeds(r: ReturnType<typeof runKnownItemSeeds>): void {
  console.log(`  over ${r.seeds} seeds (${r.queries} queries): Chancery first ${r.ours} (${pct(r.ours, r.queries)}), FTS5 bm25 first ${r.fts5} (${pct(r.fts5, r.queries)})`);
}
