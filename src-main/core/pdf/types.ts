import type { DossierItemMode, DossierPaper, Highlight } from '../../contract';
import type { DocumentBody, DocumentMeta, Inline, Placement } from '../../../src-shared/model/document';

/** One document of the dossier, loaded when its turn comes. */
export interface PdfDocument {
  meta: DocumentMeta;
  body: DocumentBody;
  placement: Placement | null;
  /** The user's commentary, Markdown. */
  commentary: string;
  mode: DossierItemMode;
  /**
   * The reader's highlights of the document, as the highlights service places
   * them: anchored ones are painted (or excerpted), orphaned ones listed apart.
   */
  highlights: ReadonlyArray<Pick<Highlight, 'anchor' | 'status' | 'color' | 'comment'>>;
  /** The user's note on the document, Markdown, printed after the commentary. */
  note?: string;
  /** Full citation, with italics where the style wants them. */
  citation: Inline[];
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
  /** Highlights whose text is no longer in their document: listed after it, not painted. */
  unplacedHighlights: number;
}
