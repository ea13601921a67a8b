import { ChanceryError, type Citation, type CitationStyle } from '../../contract';
import type { Highlights } from '../annotations/highlights';
import type { DocumentRepository } from '../library/document-repository';
import { chicagoCitation } from './chicago-style';
import { citationFacts, type CitationFacts } from './facts';
import { render } from './format';
import { frusCitation } from './frus-style';

export interface CiteRequest {
  id: number;
  style: CitationStyle;
  /** A printed page given by the user, cited as is. */
  page?: string;
  /** Cite the page(s) the highlight falls on. */
  highlightId?: number;
}

/** Citations built only from what the document states (inferred values in [brackets]). */
export function createCitations({ repo, highlights }: { repo: DocumentRepository; highlights: Highlights }) {
  const factsFor = (req: CiteRequest): CitationFacts => {
    const doc = repo.get(req.id);
    if (!doc) throw new ChanceryError('not-found', `Document ${req.id} not found`);
    if (req.page) return { ...citationFacts(doc), pages: { first: { n: req.page, inferred: false }, last: { n: req.page, inferred: false } } };
    if (req.highlightId === undefined) return citationFacts(doc);
    const h = highlights.get(req.highlightId);
    if (!h || h.docId !== req.id) throw new ChanceryError('not-found', `Highlight ${req.highlightId} not found in document ${req.id}`);
    // An orphaned highlight has no place in the text: cite the whole document.
    return h.status === 'anchored' ? citationFacts(doc, h.anchor.position) : citationFacts(doc);
  };

  return {
    cite(req: CiteRequest): Citation {
      const facts = factsFor(req);
      const pieces = req.style === 'frus' ? frusCitation(facts) : chicagoCitation(facts);
      return { style: req.style, text: render(pieces, false), markdown: render(pieces, true) };
    },
  };
}

export type Citations = ReturnType<typeof createCitations>;
