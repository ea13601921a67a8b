import { z } from 'zod';
import { local, reads, returns, writes } from './call';
import { id, jobId, paper } from './common';

const uploadedFiles = z
  .array(
    z
      .object({
        name: z.string().min(1).max(500),
        /** File content, base64 encoded (JSON carries no bytes). */
        dataBase64: z.string().max(400_000_000),
      })
      .strict(),
  )
  .min(1)
  .max(10_000);

/**
 * Background jobs, polled: imports and dossier PDF exports. Status and cancel
 * act on in-memory job state, so they never wait behind an import.
 */
export const jobCalls = {
  'import.start': writes(z.object({ files: uploadedFiles }).strict(), returns<{ jobId: string }>()),
  /** The CLI's import: files and folders (searched for importable files) named by path; a missing one is reported as failed. */
  'import.paths': local(writes(z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(), returns<{ jobId: string }>())),
  'import.status': reads(z.object({ jobId }).strict(), returns<ImportJobStatus>()),
  'import.cancel': reads(z.object({ jobId }).strict(), returns<{ cancelled: boolean }>()),
  /** Starts a PDF export job; `paper` defaults to the dossier's own. Poll `dossiers.exportStatus`. */
  'dossiers.export': reads(z.object({ dossierId: id, paper: paper.optional() }).strict(), returns<{ jobId: string }>()),
  'dossiers.exportStatus': reads(z.object({ jobId }).strict(), returns<DossierExportStatus>()),
  'dossiers.exportCancel': reads(z.object({ jobId }).strict(), returns<{ cancelled: boolean }>()),
};

export interface ImportedFileReport {
  file: string;
  /** Every document of the file, in file order (unchanged ones too). */
  documents: Array<{ id: number; title: string }>;
  /** Sections of the volume also imported (its text outside documents: front matter, appendices); absent means none. */
  sections?: number;
  /** New to the library; already there with changed text or metadata; already there as they are (not rewritten). */
  counts: { new: number; updated: number; unchanged: number };
  /** What the importer noticed and worked around, in the order found; empty when nothing. */
  warnings: ImportWarning[];
  /** Warnings left out of `warnings`, which is capped per file; absent when none were. */
  moreWarnings?: number;
}

/** Stable names for what an importer can notice in a file it still imports. */
export type ImportWarningCode =
  | 'missing-id'
  | 'duplicate-id'
  | 'missing-link-target'
  | 'unknown-element'
  | 'skipped-content'
  | 'replaced-characters'
  | 'unanchored-footnote'
  | 'missing-footnote'
  | 'unreferenced-footnote'
  | 'unknown-metadata'
  | 'inferred-title'
  | 'long-source-note'
  | 'marker-in-footnote'
  | 'duplicate-term'
  | 'missing-term'
  | 'duplicate-person'
  | 'missing-person';

/** One thing an importer noticed; the same thing found again is counted, not repeated. */
export interface ImportWarning {
  code: ImportWarningCode;
  /** For a person: what was found and what the importer did about it. */
  message: string;
  /** Where it was first found: the file, and the document (its source id, its printed number) and line when known. */
  where: { file: string; documentId?: string; documentNumber?: string; line?: number };
  /** How many times it was found (1 or more). */
  count: number;
}

export interface FailedFileReport {
  file: string;
  line?: number;
  message: string;
}

export interface ImportReport {
  imported: ImportedFileReport[];
  failed: FailedFileReport[];
  /** The user cancelled: files before the current one are in, the rest are not. */
  cancelled?: boolean;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  docsDone: number;
  /** Counted before the import starts; null until then. */
  docsTotal: number | null;
  bytesDone: number;
  bytesTotal: number;
  /** The file being imported now. */
  file: string | null;
}

export interface ImportJobStatus {
  id: string;
  done: boolean;
  progress: ImportProgress;
  report: ImportReport | null;
}

export interface DossierExportProgress {
  docsDone: number;
  docsTotal: number;
  /** Pages laid out so far; null before layout starts. */
  pagesDone: number | null;
}

export interface DossierExportResult {
  fileName: string;
  /** The PDF, base64 encoded (JSON carries no bytes). */
  bytesBase64: string;
  pages: number;
  /** Things the reader of the PDF should know: characters no font has, empty dossier, … */
  warnings: string[];
  /** Highlights whose text is no longer in their document: listed after it in the PDF, not painted. */
  unplacedHighlights: number;
}

export interface DossierExportStatus {
  id: string;
  done: boolean;
  progress: DossierExportProgress;
  result: DossierExportResult | null;
  /** Set when the export failed or was cancelled. */
  error: string | null;
}
