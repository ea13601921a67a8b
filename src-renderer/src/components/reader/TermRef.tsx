import { useId, useState, type ReactNode } from 'react';
import { useDocumentTerms } from '../../hooks/use-document-terms';
import { useReader } from './reader-context';

/**
 * A term the editors tied to their list of abbreviations (`<gloss
 * target="#t_NODIS1">Nodis</gloss>`): dotted, with what it stands for on
 * hover and on focus. The words stay as printed.
 */
export function TermRef({ termId, children }: { termId: string; children: ReactNode }) {
  const { view } = useReader();
  const terms = useDocumentTerms(view.id);
  const [open, setOpen] = useState(false);
  const cardId = useId();
  const term = terms?.get(termId);
  return (
    <span className="term-ref-wrap" onPointerEnter={() => setOpen(true)} onPointerLeave={() => setOpen(false)}>
      <abbr className="term-ref" tabIndex={0} data-term={termId} aria-describedby={open ? cardId : undefined} onFocus={() => setOpen(true)} onBlur={() => setOpen(false)}>
        {children}
      </abbr>
      {open && (
        <span className="term-card surface" role="tooltip" id={cardId}>
          {term?.expansion ? (
            <>
              <span className="term-card-term">{term.term}</span>
              <span className="term-card-expansion">{term.expansion}</span>
              <span className="term-card-source">From the volume’s list of abbreviations and terms</span>
            </>
          ) : (
            <span className="term-card-source">{terms ? `The volume’s list of abbreviations does not explain this term (${termId}).` : 'Looking up the term…'}</span>
          )}
        </span>
      )}
    </span>
  );
}
