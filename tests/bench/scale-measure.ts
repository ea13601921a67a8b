/** Latency sampling and known-item search for the scale benchmark. */
import Database from 'better-sqlite3';
import type { Core } from '../../src-main/core/core';
import { rng } from './scale-corpus';
import { ADDED_KINDS, type BenchQuery } from './scale-queries';

const REPEATS = 5;

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(xs: number[]): Latencies {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The same question to plain FTS5: bm25 ranking, snippet(), 20 hits. */
function baseline(db: Database.Database, q: BenchQuery): () => unknown {
  const where = q.fts.where ?? '1';
  if (!q.fts.match) {
    const st = db.prepare(`SELECT d.id, substr(d.plain_text, 1, 200) FROM documents d WHERE ${where} ORDER BY d.date_start LIMIT 20`);
    return () => st.all();
  }
  const st = db.prepare(`
    SELECT f.rowid, snippet(plain_fts, 1, '[', ']', '…', 24) AS s FROM plain_fts f JOIN documents d ON d.id = f.rowid
    WHERE plain_fts MATCH ? AND ${where} ORDER BY rank LIMIT 20`);
  const match = q.fts.match;
  return () => st.all(match);
}

/**
 * FTS5's baseline reads the library through a connection of its own, with
 * a page cache as large as ours: as another program would. Sharing ours,
 * each of its queries (up to 1.9 s at 300,000 documents) evicted our pages,
 * which added about 3 ms to our p95 there (13.7 / 12.6 against 10.4 / 9.6 ms,
 * 2026-12-06) though no such query ever runs in the app.
 */
function baselineConnection(core: Core): Database.Database {
  const db = new Database(core.db.name, { readonly: true, fileMustExist: true });
  db.pragma(`cache_size = ${Number(core.db.pragma('cache_size', { simple: true }))}`);
  return db;
}

/** Each query once to warm up, then REPEATS timed runs, ours and the baseline interleaved. */
export function latency(core: Core, queries: BenchQuery[]) {
  const fts = baselineConnection(core);
  try {
    return interleaved(core, fts, queries);
  } finally {
    fts.close();
  }
}

function interleaved(core: Core, db: Database.Database, queries: BenchQuery[]) {
  const all: number[] = [];
  const baselineAll: number[] = [];
  const byKind: Record<string, number[]> = {};
  const baselineByKind: Record<string, number[]> = {};
  const runs = queries.map((q) => ({ q, ours: () => core.search.search({ query: q.q, limit: 20 }), fts: baseline(db, q) }));
  // The first run of each query after opening: what a common word costs before its impacts are kept.
  const first: number[] = [];
  for (const r of runs) {
    first.push(time(r.ours));
    r.fts();
  }
  for (let i = 0; i < REPEATS; i++) {
    for (const r of runs) {
      const a = time(r.ours);
      const b = time(r.fts);
      if (!ADDED_KINDS.has(r.q.kind)) {
        all.push(a);
        baselineAll.push(b);
      }
      (byKind[r.q.kind] ??= []).push(a);
      (baselineByKind[r.q.kind] ??= []).push(b);
    }
  }
  // The same queries back to back, as a user's app runs them, with no FTS5 query between them.
  const alone: number[] = [];
  for (let i = 0; i < REPEATS; i++) for (const r of runs) if (!ADDED_KINDS.has(r.q.kind)) alone.push(time(r.ours));
  return { all, alone, first, baseline: baselineAll, byKind, baselineByKind };
}

/** Queries typed a character at a time, as a user types them into the box. */
const TYPED = [
  'translated adding that the Minister', 'conferring with officers and', 'the Japanese troops at Harbin', 'neutrality legislation embargo',
  'Bluefields Mosquito reservation', 'Secretary of State telegram', 'petroleum sanctions Italian', 'Ambassador in France Stratus',
];

/**
 * As you type, in a library just opened: every keystroke from the third
 * character is a search (each a first run: a new start of a word stands for
 * a new set of words). The slowest keystroke is what a user feels as a stall.
 */
export function asYouType(core: Core): Latencies & { keystrokes: number; max: number; slowest: string } {
  const times: Array<[number, string]> = [];
  for (const phrase of TYPED) {
    for (let k = 3; k <= phrase.length; k++) {
      const q = phrase.slice(0, k);
      times.push([time(() => core.search.search({ query: q, limit: 20 })), q]);
    }
  }
  const worst = times.reduce((a, b) => (b[0] > a[0] ? b : a));
  return { ...percentiles(times.map(([ms]) => ms)), keystrokes: times.length, max: worst[0], slowest: worst[1] };
}

/** A 4-word window of the document's text that no other document holds as a phrase. */
function distinctivePhrase(core: Core, id: number, rand: () => number): string | null {
  const text = core.repo.summaryWithText(id)?.plainText ?? '';
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const count = core.db.prepare('SELECT count(*) FROM body_fts WHERE body_fts MATCH ?').pluck();
  for (let tries = 0; tries < 20 && words.length > 4; tries++) {
    const at = Math.floor(rand() * (words.length - 4));
    const phrase = words.slice(at, at + 4);
    if ((count.get(`"${phrase.join(' ')}"`) as number) === 1) return phrase.join(' ');
  }
  return null;
}

/** For `samples` documents, does a distinctive 4-word phrase (no quotes) find that document first? */
export function knownItem(core: Core, samples: number): { tried: number; found: number; p95: number } {
  const rand = rng(4242);
  const ids = core.db.prepare('SELECT id FROM documents').pluck().all() as number[];
  let tried = 0;
  let found = 0;
  const times: number[] = [];
  while (tried < samples) {
    const id = ids[Math.floor(rand() * ids.length)] ?? 0;
    const phrase = distinctivePhrase(core, id, rand);
    if (!phrase) continue;
    tried++;
    const t0 = performance.now();
    const hit = core.search.search({ query: phrase, limit: 20 }).hits[0];
    times.push(performance.now() - t0);
    if (hit?.id === id) found++;
  }
  return { tried, found, p95: percentiles(times).p95 };
}
