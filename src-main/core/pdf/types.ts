import type { DossierItemMode, DossierPaper } from '../../contract';
import type { DocumentBody, DocumentMeta, Inline, Placement } from '../model/document';

/** A highlight over the document's anchoring text (`bodyText` offsets). */
export interface PdfHighlight {
  start: number;
  end: number;
  exact: string;
  color: string;
  comment: string;
}

/** One document of the dossier, loaded when its turn comes. */
export interface PdfDocument {
  meta: DocumentMeta;
  body: DocumentBody;
  placement: Placement | null;
  /** The user's commentary, Markdown. */
  commentary: string;
  mode: DossierItemMode;
  highlights: PdfHighlight[];
  /** Full citation, with italics where the style wants them. */
  citation: Inline[];
  /** What the loader had to leave out (a highlight whose text is gone), for the export's warnings. */
  warnings?: string[];
}

export interface PdfDossier {
  title: string;
  author: string;
  /** Markdown. */
  introduction: string;
  /** For the PDF's Keywords property: the editions and years the documents come from. */
  keywords: string[];
  /** Titles and dates for the contents page, known before any body is loaded. */
  entries: Array<{ title: string; date: string | null; from: string | null }>;
  /** Bodies are loaded one at a time so a long dossier never sits whole in memory. */
  load(index: number): PdfDocument;
}

export interface PdfOptions {
  paper: DossierPaper;
  /** Creation date printed on the cover and in the properties; fixed in tests for identical bytes. */
  now?: Date;
  /** Embed whole fonts instead of subsets (only the subset-vs-full pixel test wants this). */
  subsetFonts?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: { docsDone: number; docsTotal: number; pagesDone: number }) => void;
}

export interface PdfOutput {
  bytes: Uint8Array;
  pages: number;
  warnings: string[];
}
