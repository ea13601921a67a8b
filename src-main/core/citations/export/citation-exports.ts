import { ChanceryError, type CitationExportFormat, type ExportFile } from '../../../contract';
import type { DossierStore } from '../../dossiers/dossier-store';
import type { DocumentRepository } from '../../library/document-repository';
import { cslItem, type CslItem } from './csl-item';
import { citationFile } from './formats';

export interface CitationExportRequest {
  docIds?: number[];
  dossierId?: number;
  format: CitationExportFormat;
  name?: string;
}

/** Citation files for a document, a selection, a result set or a dossier. */
export function createCitationExports({ repo, dossiers }: { repo: DocumentRepository; dossiers: Pick<DossierStore, 'must'> }) {
  const items = (ids: number[]): CslItem[] =>
    ids.map((id) => {
      const doc = repo.get(id);
      if (!doc) throw new ChanceryError('not-found', `Document ${id} not found`);
      return cslItem(doc);
    });

  return {
    exportCitations(req: CitationExportRequest): ExportFile {
      if (req.dossierId !== undefined) {
        const d = dossiers.must(req.dossierId);
        return citationFile(items(d.items.map((i) => i.docId)), req.format, req.name ?? d.title);
      }
      const ids = [...new Set(req.docIds ?? [])];
      return citationFile(items(ids), req.format, req.name ?? (ids.length === 1 ? `document-${ids[0]}` : 'citations'));
    },
  };
}

export type CitationExports = ReturnType<typeof createCitationExports>;
