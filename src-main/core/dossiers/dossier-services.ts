import type { Db } from '../db/open-database';
import { exportDossier, type ExportDeps, type ExportOptions, type ExportedPdf } from './dossier-export';
import { createDossierStore } from './dossier-store';
import { createExportJobs } from './export-jobs';

interface DossierDeps extends Pick<ExportDeps, 'repo' | 'highlights' | 'noteOf'> {
  db: Db;
  now?: () => string;
}

/** Dossiers and their PDF export, wired over the library and the reader's highlights. */
export function createDossierServices({ db, repo, highlights, noteOf, now }: DossierDeps) {
  const store = createDossierStore({ db, repo, ...(now ? { now } : {}) });
  const exportPdf = (dossierId: number, opts: ExportOptions = {}): Promise<ExportedPdf> => exportDossier({ repo, dossiers: store, highlights, ...(noteOf ? { noteOf } : {}) }, dossierId, opts);
  return { store, exportPdf, jobs: createExportJobs(exportPdf) };
}

export type DossierServices = ReturnType<typeof createDossierServices>;
