/**
 * Export benchmark: a 50-document dossier of the longest corpus documents
 * (well over 200 pages) typeset to PDF. Figures for the README, not assertions.
 */
import type { Core } from '../../src-main/core/core';

export interface ExportBench {
  exportMs: number;
  exportBytes: number;
  exportPages: number;
}

/** The 50 longest documents of the library, in library order, as one dossier. */
export function benchDossier(core: Core, size = 50): number {
  const rows = core.db
    .prepare('SELECT id FROM documents WHERE collection_id IS NOT NULL ORDER BY length(plain_text) DESC, id LIMIT ?')
    .all(size) as Array<{ id: number }>;
  const dossier = core.dossiers.store.create({ title: 'Benchmark dossier: the fifty longest documents', author: 'Chancery bench' });
  core.dossiers.store.addItems(dossier.id, rows.map((r) => r.id).sort((a, b) => a - b));
  return dossier.id;
}

export async function benchExport(core: Core): Promise<ExportBench> {
  const id = benchDossier(core);
  // One warm-up run: the first export also pays for reading and parsing the font files.
  await core.dossiers.exportPdf(id, { now: new Date('2026-01-01T00:00:00Z') });
  const t0 = performance.now();
  const pdf = await core.dossiers.exportPdf(id, { now: new Date('2026-01-01T00:00:00Z') });
  return { exportMs: Math.round(performance.now() - t0), exportBytes: pdf.bytes.length, exportPages: pdf.pages };
}
