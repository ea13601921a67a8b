/**
 * The setup the link benches share (threads, related documents): a temporary
 * library of N synthetic documents written through the core's own path, links
 * written straight into the links tables, and per-call timing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { toIndexEntry } from '../../src-main/core/search/index-entry';
import { makeDocument, type Sources } from './scale-corpus';
import { percentiles } from './scale-measure';

const CHUNK = 1000;

/** A core on a fresh temporary library, removed after `run` (whether it throws or not). */
export async function withTempCore(name: string, run: (core: Core) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `chancery-${name}-bench-`));
  try {
    await run(createCore({ libraryDir: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Saves N synthetic documents in transactions of 1,000; with `index`, into the search index too (threads do not read it). */
export function buildLibrary(core: Core, src: Sources, n: number, opts: { source: string; index: boolean }): number[] {
  const ids: number[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    const docs = Array.from({ length: Math.min(CHUNK, n - from) }, (_, k) => makeDocument(src, from + k));
    core.db.transaction(() => {
      for (const doc of docs) {
        const { id, plainText } = core.repo.save(doc, opts.source);
        if (opts.index) core.index.add(id, toIndexEntry(doc.meta, doc.body, plainText, doc.placement ?? null));
        ids.push(id);
      }
      if (!opts.index) return;
      core.index.flush();
      core.settings.bumpGeneration();
    })();
  }
  return ids;
}

/** Resolved links [from, to], one target each. */
export function addLinks(core: Core, pairs: Array<[number, number]>): void {
  const addLink = core.db.prepare("INSERT INTO doc_links (source_id, start, end, text, basis, status, why) VALUES (?, 0, 4, 'ref', 'text', 'resolved', 'bench')");
  const addTarget = core.db.prepare('INSERT INTO doc_link_targets (link_id, rank, target_id) VALUES (?, 0, ?)');
  core.db.transaction(() => {
    for (const [from, to] of pairs) addTarget.run(addLink.run(from).lastInsertRowid, to);
  })();
}

/** Percentiles of `call` timed once for each id. */
export function timeEach(ids: readonly number[], call: (id: number) => unknown): ReturnType<typeof percentiles> {
  const xs: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    call(id);
    xs.push(performance.now() - t0);
  }
  return percentiles(xs);
}
