import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import { exportDossier, type ExportOptions, type ExportedPdf } from './dossier-export';
import { createDossierStore } from './dossier-store';
import { createExportJobs } from './export-jobs';

/** Dossiers and their PDF export, wired over the library. */
export function createDossierServices({ db, repo, now }: { db: Db; repo: DocumentRepository; now?: () => string }) {
  const store = createDossierStore({ db, repo, ...(now ? { now } : {}) });
  const exportPdf = (dossierId: number, opts: ExportOptions = {}): Promise<ExportedPdf> => exportDossier({ db, repo, dossiers: store }, dossierId, opts);
  return { store, exportPdf, jobs: createExportJobs(exportPdf) };
}

export type DossierServices = ReturnType<typeof createDossierServices>;
