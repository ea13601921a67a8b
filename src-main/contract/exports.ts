import { z } from 'zod';
import { reads, returns } from './call';
import { id } from './common';

export type DossierFileFormat = 'html' | 'docx';

/** A binary file (DOCX) or text as UTF-8, base64 so every face carries it alike. */
export interface DossierFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

/** Files for reference managers, and Chicago rendered from the CSL style (plain text). */
export const CITATION_EXPORT_FORMATS = ['csl-json', 'bibtex', 'ris', 'chicago-notes', 'chicago-bibliography'] as const;
export type CitationExportFormat = (typeof CITATION_EXPORT_FORMATS)[number];

/** A file to save: the desktop writes it, browser mode downloads it. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Citation exports for reference managers (Zotero, EndNote, BibTeX). */
export const exportCalls = {
  /**
   * `docIds` (a document, a selection or a result set, in that order) or
   * `dossierId` (its documents in printing order); exactly one of the two.
   */
  'citations.export': reads(
    z
      .object({
        docIds: z.array(id).min(1).max(100_000).optional(),
        dossierId: id.optional(),
        format: z.enum(CITATION_EXPORT_FORMATS),
        name: z.string().trim().min(1).max(200).optional(),
      })
      .strict()
      .refine((a) => (a.docIds === undefined) !== (a.dossierId === undefined), { message: 'give docIds or dossierId, not both' }),
    returns<ExportFile>(),
  ),
  /** The dossier as one self-contained HTML file or a DOCX, with highlights, their comments, the notes and the sources. */
  'dossiers.exportFile': reads(z.object({ dossierId: id, format: z.enum(['html', 'docx']) }).strict(), returns<DossierFile>()),
};
