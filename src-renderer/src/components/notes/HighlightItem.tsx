import { useState } from 'react';
import type { Highlight } from '@contract';
import { useCitation } from '../../hooks/use-citation';
import { flashHighlight } from '../../lib/flash';
import { deleteHighlight } from '../../lib/highlight-store';
import { CitationResult } from '../common/CitationResult';
import { CommentEditor } from './CommentEditor';
import { NotePreview } from './NotePreview';

const excerpt = (s: string, n = 180): string => (s.length > n ? `${s.slice(0, n).trimEnd()}…` : s);

/** One highlight in the notes pane: colour, quote, comment, printed page; click to go to it. */
export function HighlightItem({ h, onOpenDoc }: { h: Highlight; onOpenDoc: (id: number, other?: boolean) => void }) {
  const [editing, setEditing] = useState(false);
  const [citation, cite] = useCitation();
  const orphaned = h.status === 'orphaned';
  return (
    <li className={`hl-item hl-item-${h.color}${orphaned ? ' orphaned' : ''}`} data-highlight={h.id}>
      <button
        type="button"
        className="hl-quote"
        disabled={orphaned}
        title={orphaned ? undefined : 'Show it in the text'}
        onClick={() => flashHighlight(h.id)}
      >
        <span className={`hl-dot ${h.color}`} aria-hidden="true" />
        <q>{excerpt(h.anchor.quote.exact)}</q>
        {h.page !== null && <span className="hl-page">p. {h.page}</span>}
      </button>
      {orphaned && <p className="hl-orphan">Could not be placed in the current text — the document changed since it was highlighted.</p>}
      {editing ? (
        <CommentEditor highlight={h} autoFocus onOpenDoc={onOpenDoc} />
      ) : (
        h.comment !== null && h.comment.trim() !== '' && <NotePreview markdown={h.comment} compact onOpenDoc={onOpenDoc} />
      )}
      <div className="hl-actions">
        <button type="button" className="link-button" onClick={() => setEditing((e) => !e)}>
          {editing ? 'Done' : h.comment ? 'Edit comment' : 'Comment'}
        </button>
        <button type="button" className="link-button" onClick={() => cite({ docId: h.docId, style: 'chicago', highlightId: h.id })}>
          Copy citation with page
        </button>
        <button type="button" className="link-button danger" onClick={() => void deleteHighlight(h)}>
          Delete
        </button>
      </div>
      <CitationResult state={citation} />
    </li>
  );
}
