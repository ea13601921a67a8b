import { useRef } from 'react';
import type { Highlight } from '@contract';
import { useCitation } from '../../hooks/use-citation';
import { useDismiss } from '../../hooks/use-dismiss';
import { deleteHighlight, updateHighlight } from '../../lib/highlight-store';
import { CitationResult } from '../common/CitationResult';
import { CommentEditor } from '../notes/CommentEditor';
import { Swatches } from './Swatches';

interface Props {
  highlight: Highlight;
  top: number;
  left: number;
  focusComment: boolean;
  onClose: () => void;
  onOpenDoc: (id: number, other?: boolean) => void;
}

/** A highlight's card, over the text: colour, comment, citation with page, delete. */
export function HighlightCard({ highlight: h, top, left, focusComment, onClose, onOpenDoc }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [citation, cite] = useCitation();
  useDismiss(root, true, onClose);
  return (
    <div className="surface highlight-card" role="dialog" aria-label="Highlight" ref={root} style={{ top, left }}>
      <div className="card-row">
        <Swatches current={h.color} label={(n) => `Colour: ${n.toLowerCase()}`} onPick={(color) => void updateHighlight(h.id, { color })} />
        {h.page !== null && <span className="card-page">p. {h.page}</span>}
      </div>
      <CommentEditor highlight={h} autoFocus={focusComment} onOpenDoc={onOpenDoc} />
      <div className="card-actions">
        <button type="button" className="link-button" onClick={() => cite({ docId: h.docId, style: 'chicago', highlightId: h.id })}>
          Copy citation with page
        </button>
        <button
          type="button"
          className="link-button danger"
          onClick={() => {
            onClose();
            void deleteHighlight(h);
          }}
        >
          Delete
        </button>
      </div>
      <CitationResult state={citation} />
    </div>
  );
}
