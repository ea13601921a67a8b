import { useState } from 'react';
import type { RelatedDocument, RelatedScope } from '@contract';
import { formatDateShort } from '@shared/display/dates';
import { useRelated } from '../../hooks/use-related';

const SCOPES: Array<{ scope: RelatedScope; label: string }> = [
  { scope: 'volume', label: 'This volume' },
  { scope: 'library', label: 'The library' },
];

function Row({ r, showVolume, onOpen }: { r: RelatedDocument; showVolume: boolean; onOpen: (id: number, other?: boolean) => void }) {
  const { doc } = r;
  const where = [doc.number ? `No. ${doc.number}` : null, showVolume ? doc.collection?.title : null].filter(Boolean).join(' · ');
  return (
    <li className="related-entry">
      <button type="button" className="thread-open related-open" title="Open in the other pane" onClick={() => onOpen(doc.id, true)}>
        <span className="thread-when">{doc.date ? formatDateShort(doc.date) : 'Undated'}</span>
        <span className="thread-title">{doc.title}</span>
        {where && <span className="thread-parties">{where}</span>}
        <span className="related-reasons">
          {r.reasons.map((x) => (
            <span key={x.kind} className={`related-reason reason-${x.kind}`} title={x.detail ?? undefined}>
              {x.label}
            </span>
          ))}
        </span>
      </button>
    </li>
  );
}

/**
 * Documents that belong near this one, each with why (links, file number,
 * correspondence, similar text, chapter, people), in this volume or the whole
 * library. Folded at first: it is asked for only once opened.
 */
export function RelatedPanel({ docId, version, onOpen }: { docId: number; version: unknown; onOpen: (id: number, other?: boolean) => void }) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<RelatedScope>('volume');
  const related = useRelated(docId, scope, open, version);
  const count = related ? (related.documents.length === 0 ? 'none found' : `${related.documents.length} documents, the most related first`) : open ? 'looking…' : '';
  return (
    <details className="thread-panel related-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="thread-head">Related</span>
        <span className="thread-count">{count}</span>
      </summary>
      <div className="related-scope" role="group" aria-label="Look for related documents in">
        {SCOPES.map((s) => (
          <button key={s.scope} type="button" className="related-scope-button" aria-pressed={scope === s.scope} onClick={() => setScope(s.scope)}>
            {s.label}
          </button>
        ))}
        <span className="related-hint">Hover a reason for its detail.</span>
      </div>
      {related && related.documents.length > 0 && (
        <ol className="thread-list related-list">
          {related.documents.map((r) => (
            <Row key={r.doc.id} r={r} showVolume={scope === 'library'} onOpen={onOpen} />
          ))}
        </ol>
      )}
      {related && related.documents.length === 0 && (
        <p className="related-none">Nothing related found in {scope === 'volume' ? 'this volume' : 'the library'}.</p>
      )}
    </details>
  );
}
