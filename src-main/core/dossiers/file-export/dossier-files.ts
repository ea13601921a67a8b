import type { DossierFile, DossierFileFormat } from '../../../contract';
import { dossierFileName } from '../dossier-export';
import type { DossierStore } from '../dossier-store';
import { dossierDocx } from './docx';
import { dossierHtml } from './html';
import { dossierOutline, type OutlineDeps } from './outline';

const MIME: Record<DossierFileFormat, string> = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The dossier as a self-contained HTML page or a Word document (the PDF has its own job). */
export function createDossierFiles(deps: OutlineDeps & { dossiers: Pick<DossierStore, 'must'> }) {
  return {
    async exportFile(dossierId: number, format: DossierFileFormat): Promise<DossierFile> {
      const d = deps.dossiers.must(dossierId);
      const outline = dossierOutline(deps, d);
      const bytes = format === 'html' ? new TextEncoder().encode(dossierHtml(outline)) : await dossierDocx(outline);
      return { fileName: dossierFileName(d.title, format), mimeType: MIME[format], dataBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}
