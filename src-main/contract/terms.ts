import { z } from 'zod';
import { reads, returns } from './call';
import { id } from './common';

/** Terms and abbreviations the volumes' terms lists define (issue 16 §2). */
export const termCalls = {
  /** The glossary of one volume (`collection`), or of the whole library when it is left out. */
  'terms.glossary': reads(z.object({ collection: z.string().min(1).max(200).optional() }).strict(), returns<GlossaryEntry[]>()),
  /** The terms a document cites, explained by its volume's list: what the reader shows on hover. */
  'terms.ofDocument': reads(z.object({ id }).strict(), returns<DocumentTerm[]>()),
};

export interface GlossaryEntry {
  /** The volume whose list defines it, and its title. */
  collection: string | null;
  collectionTitle: string | null;
  /** The list's id ('t_NODIS1'), the term as printed ('NODIS') and what it stands for. */
  id: string;
  term: string;
  expansion: string;
  /** Documents of that volume citing it. */
  documents: number;
}

export interface DocumentTerm {
  id: string;
  /** Null when the volume's list does not define the id the text cites. */
  term: string | null;
  expansion: string | null;
  /** Citations in the document (text and footnotes). */
  count: number;
}
