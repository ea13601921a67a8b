import type { ThreadEntry } from '@contract';
import { formatDate } from '@shared/display/dates';
import { transitText } from '@shared/clock/clock-line';
import { useThread } from '../../hooks/use-thread';
import { openDossierPicker } from '../../lib/dossier-picker';

function When({ e }: { e: ThreadEntry }) {
  if (e.sent) return <span title={e.sent.provenance}>{e.sent.label}</span>;
  return <span>{e.date ? formatDate({ start: e.date }) : 'Undated'}</span>;
}

function Row({ e, current, onOpen }: { e: ThreadEntry; current: boolean; onOpen: (id: number, other?: boolean) => void }) {
  const parties = [e.from, e.to].filter(Boolean).join(' → ');
  const received = e.received ? e.received.label : e.receivedText;
  return (
    <li className={current ? 'thread-entry current' : 'thread-entry'} aria-current={current ? 'true' : undefined}>
      <button
        type="button"
        className="thread-open"
        disabled={current}
        title={current ? 'This document' : 'Open in the other pane'}
        onClick={() => onOpen(e.id, true)}
      >
        <span className="thread-when">
          <When e={e} />
        </span>
        <span className="thread-title">{e.title}</span>
        {parties && <span className="thread-parties">{parties}</span>}
        {received && (
          <span className="thread-received" title={e.received?.provenance}>
            Received {received}
            {e.transitMinutes !== null && ` · in transit ${transitText(e.transitMinutes)}`}
          </span>
        )}
      </button>
    </li>
  );
}

/** The conversation the document belongs to, in order of sending; shown only when there is one. */
export function ThreadPanel({ docId, version, onOpen }: { docId: number; version: unknown; onOpen: (id: number, other?: boolean) => void }) {
  const thread = useThread(docId, version);
  if (!thread || thread.entries.length < 2) return null;
  const ids = thread.entries.map((e) => e.id);
  return (
    <details className="thread-panel" open>
      <summary>
        <span className="thread-head">Thread</span>
        <span className="thread-count">
          {thread.entries.length} documents, in order of sending{thread.truncated ? ` — the first ${thread.cap}; the thread goes on` : ''}
        </span>
        <button type="button" className="tool-button text thread-add" title="Add every document of the thread to a dossier" onClick={(ev) => {
            // A button in the summary: adding must not fold the list.
            ev.preventDefault();
            openDossierPicker(ids, ev.currentTarget);
          }}>
          Add thread to dossier
        </button>
      </summary>
      <ol className="thread-list">
        {thread.entries.map((e) => (
          <Row key={e.id} e={e} current={e.id === docId} onOpen={onOpen} />
        ))}
      </ol>
    </details>
  );
}
