import { useReader } from './reader-context';

/** A nested document (enclosure) imported separately: a card that opens it. */
export function EmbeddedLink({ target, title }: { target: string; title: string }) {
  const { view, onOpen } = useReader();
  const enc = view.enclosures.find((e) => e.sourceId === target);
  if (!enc) {
    return (
      <div className="embedded missing" title="This enclosure is not in the library">
        <span className="embedded-label">Enclosure</span>
        <span className="embedded-title">{title}</span>
      </div>
    );
  }
  return (
    <button type="button" className="embedded" onClick={(e) => onOpen(enc.id, e.altKey)} title="Open the enclosure (Alt-click: in the other pane)">
      <span className="embedded-label">Enclosure</span>
      <span className="embedded-title">{enc.title || title}</span>
      <span className="embedded-arrow" aria-hidden="true">
        →
      </span>
    </button>
  );
}
