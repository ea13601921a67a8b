import type { NoteHit } from '@contract';
import { formatStamp } from '../../lib/format';
import { SnippetText } from './SnippetText';

/** A hit in the user's own writing: a note, or the comment on a highlight. */
export function NoteHitRow({ hit, onOpen }: { hit: NoteHit; onOpen: (hit: NoteHit, other: boolean) => void }) {
  return (
    <li className={`hit note-hit ${hit.hit}`} onClick={(e) => onOpen(hit, e.altKey)}>
      <div className="hit-kind">
        {hit.hit === 'note' ? (hit.docId === null ? 'Research note' : 'Note on a document') : 'Highlight comment'}
        <span className="hit-when">{formatStamp(hit.updatedAt)}</span>
      </div>
      <div className="hit-title">{hit.title}</div>
      {hit.hit === 'highlight' && (
        <p className="hit-quote">
          <span className={`hl-dot ${hit.color}`} aria-hidden="true" />“{hit.quote.length > 140 ? `${hit.quote.slice(0, 140)}…` : hit.quote}”
        </p>
      )}
      {hit.snippet.text !== '' && <SnippetText snippet={hit.snippet} />}
    </li>
  );
}
