import { useState } from 'react';
import { formatDateShort } from '@shared/display/dates';
import type { PersonDocument, PersonRole } from '@contract';
import { ROLE_ORDER } from '../../lib/person-years';
import { roleCounts, shownDocuments } from '../../lib/person-documents';

interface Props {
  documents: readonly PersonDocument[];
  /** Name each document's volume (the person's documents span more than one). */
  showVolume: boolean;
  /** The year chosen on the histogram (null: every year). */
  year: number | null;
  onClearYear: () => void;
  onOpen: (id: number, other: boolean) => void;
}

const ROLE_TAB: Record<PersonRole, string> = { sender: 'Sent', recipient: 'Received', mentioned: 'Named' };
const ROLE_MARK: Record<PersonRole, string> = { sender: 'from', recipient: 'to', mentioned: 'named' };
/** Rows drawn at once; a prolific correspondent's list grows on request rather than all at once. */
const PAGE = 300;

/** A person's documents in date order, by role: what they sent, received, or are named in; Alt-click opens in the other pane. */
export function PersonDocuments({ documents, showVolume, year, onClearYear, onOpen }: Props) {
  const [role, setRole] = useState<PersonRole | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const counts = roleCounts(documents, year);
  const shown = shownDocuments(documents, role, year);
  const tab = (r: PersonRole | null, label: string, n: number) => (
    <button key={r ?? 'all'} type="button" aria-pressed={role === r} className={role === r ? 'person-role active' : 'person-role'} disabled={n === 0 && role !== r} onClick={() => setRole(r)}>
      {label} <span className="person-role-count">{n}</span>
    </button>
  );
  return (
    <section className="person-docs" aria-label="Documents">
      <div className="person-roles" role="group" aria-label="Role">
        {tab(null, 'All', counts.all)}
        {ROLE_ORDER.map((r) => tab(r, ROLE_TAB[r], counts[r]))}
      </div>
      {year !== null && (
        <p className="person-year-filter">
          Only {year}{' '}
          <button type="button" className="link-button" onClick={onClearYear}>
            Show all years
          </button>
        </p>
      )}
      {shown.length === 0 && <p className="person-empty">No documents.</p>}
      <ol className="person-doc-list">
        {shown.slice(0, limit).map((d) => (
          <li key={d.id}>
            <button type="button" className="person-doc" title={`${d.title} (Alt-click: open in the other pane)`} onClick={(e) => onOpen(d.id, e.altKey)}>
              <span className="person-doc-meta">
                <span className="person-doc-date">{d.date ? formatDateShort(d.date) : 'Undated'}</span>
                {d.number && <span className="person-doc-no">No. {d.number}</span>}
                {d.roles.map((r) => (
                  <span key={r} className={`role-mark ${r}`}>
                    {ROLE_MARK[r]}
                  </span>
                ))}
                {showVolume && d.collection && <span className="person-doc-vol">{d.collection}</span>}
              </span>
              <span className="person-doc-title">{d.title}</span>
            </button>
          </li>
        ))}
      </ol>
      {shown.length > limit && (
        <button type="button" className="link-button person-more" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more of {shown.length - limit}
        </button>
      )}
    </section>
  );
}
