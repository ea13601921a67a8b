import { useState } from 'react';
import type { SavedSearch, WorkingSet } from '@contract';
import { api, errorMessage } from '../../api/client';
import { formatStamp } from '../../lib/format';
import { describeSaved } from '../../lib/saved-query';
import { requestRunSearch, savedChanged } from '../../lib/saved-store';
import { showToast } from '../../lib/toasts';
import { NameForm } from './NameForm';

const n = (x: number): string => x.toLocaleString('en-GB');

/** "48 documents", or "45 of 48 left" when some have since left the library. */
export function setCount(s: WorkingSet): string {
  if (s.left === s.frozenCount) return s.frozenCount === 1 ? '1 document' : `${n(s.frozenCount)} documents`;
  return `${n(s.left)} of ${n(s.frozenCount)} left`;
}

/** To the trash, with Undo in the toast (the trash keeps it 30 days too). */
function remove(del: () => Promise<unknown>, what: string, restore: () => Promise<unknown>): void {
  del().then(
    () => deleted(what, restore),
    (err: unknown) => showToast(`Not deleted: ${errorMessage(err)}`),
  );
}

function deleted(what: string, restore: () => Promise<unknown>): void {
  savedChanged();
  showToast(`${what} moved to the trash`, {
    label: 'Undo',
    run: () => {
      restore().then(savedChanged, (err: unknown) => showToast(`Not restored: ${errorMessage(err)}`));
    },
  });
}

function Row({ name, detail, actions, onRename }: { name: React.ReactNode; detail: string; actions: React.ReactNode; onRename: (name: string) => Promise<unknown> }) {
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="saved-row">
      {renaming ? (
        <NameForm label="New name" initial={typeof name === 'string' ? name : ''} submit="Rename" onSubmit={onRename} onDone={() => setRenaming(false)} />
      ) : (
        <>
          <div className="saved-main">
            {name}
            <span className="saved-detail">{detail}</span>
          </div>
          <div className="saved-actions">
            <button type="button" className="link-button" onClick={() => setRenaming(true)}>
              Rename
            </button>
            {actions}
          </div>
        </>
      )}
    </li>
  );
}

/** Saved searches: a click runs one again, its words and every filter back in place. */
export function SavedSearchList({ searches, onDone }: { searches: SavedSearch[]; onDone: () => void }) {
  if (searches.length === 0) return <p className="quiet small-print">No saved searches yet: search, then Save search….</p>;
  return (
    <ul className="saved-list" aria-label="Saved searches">
      {searches.map((s) => (
        <Row
          key={s.id}
          name={
            <button type="button" className="link-button saved-name" title="Run this search again" onClick={() => { requestRunSearch(s.search); onDone(); }}>
              {s.name}
            </button>
          }
          detail={describeSaved(s.search)}
          onRename={(name) => api.call('saved.searches.rename', { id: s.id, name }).then(savedChanged)}
          actions={
            <button type="button" className="link-button" onClick={() => remove(() => api.call('saved.searches.delete', { id: s.id }), `“${s.name}”`, () => api.call('saved.searches.restore', { id: s.id }))}>
              Delete
            </button>
          }
        />
      ))}
    </ul>
  );
}

/** Working sets with their count when frozen (and how many are left), the date, and Search within. */
export function WorkingSetList({ sets, onWithin, onDone }: { sets: WorkingSet[]; onWithin: (name: string) => void; onDone: () => void }) {
  if (sets.length === 0) return <p className="quiet small-print">No working sets yet: search, then Freeze as set….</p>;
  return (
    <ul className="saved-list" aria-label="Working sets">
      {sets.map((s) => (
        <Row
          key={s.id}
          name={<span className="saved-name">{s.name}</span>}
          detail={`${setCount(s)} · frozen ${formatStamp(s.createdAt)} · ${describeSaved(s.search)}`}
          onRename={(name) => api.call('sets.rename', { id: s.id, name }).then(savedChanged)}
          actions={
            <>
              <button type="button" className="link-button" title={`Limit searches to this set (set:"${s.name}")`} onClick={() => { onWithin(s.name); onDone(); }}>
                Search within
              </button>
              <button type="button" className="link-button" onClick={() => remove(() => api.call('sets.delete', { id: s.id }), `The set “${s.name}”`, () => api.call('sets.restore', { id: s.id }))}>
                Delete
              </button>
            </>
          }
        />
      ))}
    </ul>
  );
}
