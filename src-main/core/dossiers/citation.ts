import { citationFacts } from '../citations/facts';
import { frusCitation } from '../citations/frus-style';
import type { StoredDocument } from '../library/document-repository';
import type { Inline } from '../../../src-shared/model/document';

/** How the dossier cites a document: inline runs, so the edition's title can stay italic in the PDF. */
export type CiteDocument = (doc: StoredDocument) => Inline[];

/**
 * FRUS style from the citations module ("Telegram from the Ambassador in France
 * (Caffery) to the Secretary of State, Paris, December 3, 1947, *Foreign
 * Relations of the United States*, 1947, vol. III, doc. 5, p. 811"): only known
 * metadata, inferred values in square brackets.
 */
export const citeFrus: CiteDocument = (doc) =>
  frusCitation(citationFacts(doc)).map((p): Inline => (typeof p === 'string' ? { t: 'text', text: p } : { t: 'text', text: p.italic, marks: ['italic'] }));
