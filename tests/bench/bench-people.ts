/**
 * `npm run bench -- --people [N]`: the person index measured on the three
 * volumes — persons-list entries read vs present in the TEI, corresp links
 * kept vs present, correspondents joined to a listed person, the index's cost
 * at import per 1,000 documents — then the person facet and `person:` over a
 * synthetic library of N documents (default 100,000). A script, not a test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { toIndexEntry } from '../../src-main/core/search/index-entry';
import { createPersonFacetCounter } from '../../src-main/core/search/person-facets';
import type { Block, Inline } from '../../src-shared/model/document';
import { personMentions } from '../../src-shared/people/person-links';
import { loadSources, makeDocument, type Sources } from './scale-corpus';
import { percentiles } from './scale-measure';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (a: number, b: number): string => `${b === 0 ? '—' : ((a / b) * 100).toFixed(1)} %`;

/** What the editors encoded: list entries (`persName xml:id="p_…"`) and persName corresp attributes, counted in the raw XML. */
function present(xml: string): { listed: number; corresp: number } {
  const tags = xml.match(/<persName\b[^>]*>/g) ?? [];
  return { listed: tags.filter((t) => /xml:id="p_/.test(t)).length, corresp: tags.filter((t) => /\bcorresp="/.test(t)).length };
}

/** What the library kept: entries listed, person links in bodies plus persons on heading parties. */
function kept(core: Core, collection: string): { listed: number; links: number; parties: number; joined: Record<string, number> } {
  const listed = core.db.prepare("SELECT count(*) FROM person_entries WHERE collection_id = ? AND source = 'listed' AND doc_id IS NOT NULL").pluck().get(collection) as number;
  let links = 0;
  let parties = 0;
  const rows = core.db.prepare('SELECT body_json, meta_json FROM documents WHERE collection_id = ?').raw().iterate(collection) as Iterable<[string, string]>;
  for (const [body, meta] of rows) {
    links += personMentions(JSON.parse(body)).reduce((n, m) => n + m.count, 0);
    const m = JSON.parse(meta) as { from?: { value: Array<{ person?: string }> }; to?: { value: Array<{ person?: string }> } };
    parties += [...(m.from?.value ?? []), ...(m.to?.value ?? [])].filter((p) => p.person !== undefined).length;
  }
  // Correspondents (heading parties that name a person or an office a list gives) by how they joined the index.
  const joined = Object.fromEntries((core.db.prepare(`SELECT CASE WHEN e.source = 'inferred' THEN 'inferred' ELSE dp.basis END AS how, count(*) AS n
    FROM doc_people dp JOIN documents d ON d.id = dp.doc_id JOIN person_entries e ON e.key = dp.entry_key
    WHERE d.collection_id = ? AND dp.role <> 'mentioned' GROUP BY how`).raw().all(collection) as Array<[string, number]>));
  // Named parties with no entry at all (a dangling id): counted so the rate's denominator is whole.
  const lost = core.db.prepare(`SELECT count(*) FROM doc_people dp JOIN documents d ON d.id = dp.doc_id
    WHERE d.collection_id = ? AND dp.role <> 'mentioned' AND NOT EXISTS (SELECT 1 FROM person_entries e WHERE e.key = dp.entry_key)`).pluck().get(collection) as number;
  return { listed, links, parties, joined: { ...joined, ...(lost > 0 ? { unresolved: lost } : {}) } };
}

async function corpus(volumes: readonly string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-people-'));
  const core = createCore({ libraryDir: dir });
  try {
    const t0 = performance.now();
    const report = await core.importPaths(volumes);
    const importMs = performance.now() - t0;
    if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
    for (const file of volumes) {
      const collection = file.replace(/^.*\//, '').replace(/\.xml$/, '');
      const p = present(readFileSync(file, 'utf8'));
      const k = kept(core, collection);
      const j = k.joined;
      const parties = Object.values(j).reduce((a, b) => a + b, 0);
      const listedJoin = (j.id ?? 0) + (j.name ?? 0) + (j.office ?? 0);
      console.log(`${collection}: list entries ${k.listed}/${p.listed} read; corresp ${k.links + k.parties}/${p.corresp} kept (${k.links} names in text and notes, ${k.parties} heading parties); `
        + `correspondents ${parties}: joined to a listed person ${listedJoin} (${pct(listedJoin, parties)}: by the editors' id ${j.id ?? 0}, by name ${j.name ?? 0}, by office ${j.office ?? 0}), inferred ${j.inferred ?? 0}`);
    }
    const ids = core.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
    // The index's own share of the import: writing it again for every document, in one transaction (median of 3).
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      core.db.transaction(() => core.people.afterImport(ids))();
      times.push(performance.now() - t);
    }
    console.log(`Import of the three volumes: ${ids.length} documents in ${importMs.toFixed(0)} ms (${((importMs / ids.length) * 1000).toFixed(0)} ms per 1,000); `
      + `the person index's share ${((median(times) / ids.length) * 1000).toFixed(1)} ms per 1,000 documents; ${core.people.list({}).length} people.`);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Document `i` with the person links of the volume document it is made from, as a paragraph of their names. */
function withMentions(src: Sources, i: number) {
  const doc = makeDocument(src, i);
  const base = src.docs[i % src.docs.length];
  const runs: Inline[] = [];
  for (const m of base ? personMentions(base.body) : []) {
    for (let k = 0; k < m.count; k++) runs.push({ t: 'link', target: m.target, runs: [{ t: 'text', text: m.text }] }, { t: 'text', text: ' ' });
  }
  const blocks: Block[] = runs.length > 0 ? [...doc.body.blocks, { t: 'paragraph', runs }] : doc.body.blocks;
  return { ...doc, body: { ...doc.body, blocks } };
}

async function facetAtScale(n: number, russia: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-people-scale-'));
  const core = createCore({ libraryDir: dir });
  try {
    // The Russia volume's list first, so that the synthetic documents' links and headings join it.
    await core.importPaths([russia]);
    const src = await loadSources();
    let indexMs = 0;
    for (let from = 0; from < n; from += 1000) {
      const docs = Array.from({ length: Math.min(1000, n - from) }, (_, k) => withMentions(src, from + k));
      core.db.transaction(() => {
        const ids: number[] = [];
        for (const doc of docs) {
          const { id, plainText } = core.repo.save(doc, 'people-bench');
          core.index.add(id, toIndexEntry(doc.meta, doc.body, plainText, doc.placement ?? null));
          ids.push(id);
        }
        core.index.flush();
        const t = performance.now();
        core.people.afterImport(ids);
        indexMs += performance.now() - t;
      })();
    }
    const rows = core.db.prepare('SELECT count(*) FROM doc_people').pluck().get() as number;
    const people = core.people.list({ limit: 5000 }).length;
    console.log(`Synthetic library: ${core.index.store.size} documents, ${rows} doc_people rows, ${people} people; writing the index ${((indexMs / n) * 1000).toFixed(1)} ms per 1,000 documents.`);
    const store = core.index.store;
    const all = new Uint8Array(store.present.length);
    all.set(store.present);
    const counter = createPersonFacetCounter(core.db, () => 'bench');
    const t0 = performance.now();
    counter.count(all);
    const loadMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      counter.count(all);
      times.push(performance.now() - t);
    }
    const { p50, p95 } = percentiles(times);
    console.log(`Person facet, every document matching: first count (reads the rows) ${loadMs.toFixed(0)} ms; then p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms.`);
    for (const query of ['railway', 'person:Lansing', 'person:Francis railway']) {
      const lat: number[] = [];
      let total = 0;
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        total = core.search.search({ query, limit: 20 }).total;
        lat.push(performance.now() - t);
      }
      const q = percentiles(lat);
      console.log(`  search "${query}" (${total} documents, with every facet): p50 ${q.p50.toFixed(0)} ms, p95 ${q.p95.toFixed(0)} ms`);
    }
    // The first list after a library change counts every row; later ones reuse those counts.
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < 5; i++) {
      core.settings.bumpGeneration();
      let t = performance.now();
      core.people.list({});
      first.push(performance.now() - t);
      t = performance.now();
      core.people.list({});
      again.push(performance.now() - t);
    }
    console.log(`  people.list (all ${people}): first after a change, median ${median(first).toFixed(0)} ms; again, median ${median(again).toFixed(0)} ms`);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPeopleBench(volumes: readonly string[], n: number): Promise<void> {
  await corpus(volumes);
  const russia = volumes.find((v) => v.includes('frus1918Russiav03'));
  if (russia && n > 0) await facetAtScale(n, russia);
}
