/**
 * `npm run bench -- --text-refs`: references found in the text, measured
 * against the editors' footnotes (text-refs-truth.ts). The footnotes that give
 * the truth are removed from copies of the volumes, the copies imported into
 * a temporary library through the core, and the text finder run on every
 * document.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCore } from '../../src-main/core/core';
import type { Db } from '../../src-main/core/db/open-database';
import { createCandidateLookup } from '../../src-main/core/links/candidate-lookup';
import type { FoundLink } from '../../src-main/core/links/found-link';
import { findTextLinks, type TextLinkDoc } from '../../src-main/core/links/text-links';
import { detectTextRefs } from '../../src-shared/text-refs/ref-detect';
import type { DocumentMeta, Placement } from '../../src-shared/model/document';
import { extractTruth, withoutNotes, type TruthRef } from './text-refs-truth';
import { scoreTruth, type Scored } from './text-refs-score';

interface Row {
  id: number;
  collection_id: string | null;
  source_id: string | null;
  meta_json: string;
  placement_json: string | null;
  plain_text: string;
}

function loadDocs(db: Db): Array<TextLinkDoc & { sourceId: string | null; collectionId: string | null }> {
  const rows = db.prepare('SELECT id, collection_id, source_id, meta_json, placement_json, plain_text FROM documents').all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    collectionId: r.collection_id,
    meta: JSON.parse(r.meta_json) as DocumentMeta,
    placement: r.placement_json ? (JSON.parse(r.placement_json) as Placement) : null,
    text: r.plain_text,
  }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

export async function runTextRefs(volumes: readonly string[], verbose = false): Promise<Scored> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-textrefs-'));
  try {
    const truth: TruthRef[] = [];
    const pageDocs = new Map<string, Map<string, Set<string>>>();
    const copies: string[] = [];
    let redirected = 0;
    for (const file of volumes) {
      const xml = readFileSync(file, 'utf8');
      const volume = basename(file, '.xml');
      const t = extractTruth(xml, volume);
      truth.push(...t.refs);
      redirected += t.redirected;
      pageDocs.set(volume, t.pageDocs);
      const copy = join(dir, basename(file));
      writeFileSync(copy, withoutNotes(xml, new Set(t.refs.map((r) => r.note))));
      copies.push(copy);
    }
    const core = createCore({ libraryDir: join(dir, 'library') });
    const report = await core.importPaths(copies);
    if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
    const docs = loadDocs(core.db);
    const times: number[] = [];
    let links = new Map<number, FoundLink[]>();
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      const lookup = createCandidateLookup(core.db);
      links = new Map(docs.map((d) => [d.id, findTextLinks(d, lookup)]));
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    // Detection alone (pure, no library), the same documents, interleaved runs.
    const detectTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      for (const d of docs) detectTextRefs(d.text);
      detectTimes.push(performance.now() - t0);
    }
    const detectMs = median(detectTimes);
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    const scored = scoreTruth(truth, docs, links, pageDocs);
    const all = [...links.values()].flat();
    console.log(`References found in the text, against the editors' footnotes (${docs.length} documents, ${truth.length} footnoted references removed from the copies)`);
    console.log(`  truth      : ${scored.positives} positives (footnote gives the page), ${scored.negatives} negatives ("Not printed" or another volume); ${redirected} footnotes sending the reader to another numbered document left out`);
    console.log(`  detection  : ${scored.detected} of ${truth.length} (${pct(scored.detected, truth.length)}); positives ${pct(scored.detectedPositives, scored.positives)}, negatives ${pct(scored.detectedNegatives, scored.negatives)}`);
    console.log(`  accuracy   : first target on the cited page for ${scored.correct} of ${scored.detectedPositives} detected positives (${pct(scored.correct, scored.detectedPositives)}); ` +
      `resolved ${scored.resolvedPositives}, of which right ${scored.resolvedRight} (${pct(scored.resolvedRight, scored.resolvedPositives)}); ambiguous ${scored.ambiguousPositives}, not found ${scored.notFoundPositives}`);
    console.log(`  false links: ${scored.falseLinks} of ${scored.negatives} negatives (${pct(scored.falseLinks, scored.negatives)}) resolved or offered candidates; resolved alone ${scored.falseResolved} (${pct(scored.falseResolved, scored.negatives)})`);
    console.log(`  all links  : ${all.length} references in the text: ${all.filter((l) => l.status === 'resolved').length} resolved, ${all.filter((l) => l.status === 'ambiguous').length} ambiguous, ${all.filter((l) => l.status === 'not-found').length} not found`);
    console.log(`  cost       : ${ms.toFixed(0)} ms for ${docs.length} documents = ${((ms / docs.length) * 1000).toFixed(0)} ms per 1,000 documents (median of 5, lookup built fresh each run); ` +
      `detection alone ${((detectMs / docs.length) * 1000).toFixed(0)} ms per 1,000 documents (${(chars / docs.length / 1000).toFixed(1)} k characters each on average)`);
    if (verbose) for (const line of scored.notes) console.log(`    ${line}`);
    core.close();
    return scored;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


