import { useHighlights } from '../../hooks/use-highlights';
import { HighlightItem } from './HighlightItem';

/** The document's highlights, in text order; orphaned ones last. */
export function HighlightList({ docId, onOpenDoc }: { docId: number; onOpenDoc: (id: number, other?: boolean) => void }) {
  const { status, items, error } = useHighlights(docId);
  const ordered = [...items.filter((h) => h.status === 'anchored'), ...items.filter((h) => h.status !== 'anchored')];
  return (
    <section className="notes-section" aria-label="Highlights">
      <h3 className="section-head">
        Highlights {items.length > 0 && <span className="count">{items.length}</span>}
      </h3>
      {status === 'error' && <p className="error small">Could not load the highlights: {error}</p>}
      {status === 'ready' && items.length === 0 && <p className="hint">Select text in the document to highlight it or comment on it.</p>}
      {ordered.length > 0 && (
        <ul className="hl-list">
          {ordered.map((h) => (
            <HighlightItem key={h.id} h={h} onOpenDoc={onOpenDoc} />
          ))}
        </ul>
      )}
    </section>
  );
}
