import { useState } from 'react';
import type { SavedLists } from '../../hooks/use-saved-lists';
import { MenuButton } from '../common/MenuButton';
import { ResearchLogDialog } from './ResearchLogDialog';
import { SavedSearchList, setCount, WorkingSetList } from './SavedLists';

interface Props {
  lists: SavedLists;
  /** The set searches are limited to (null: the whole library). */
  within: string | null;
  onWithin: (name: string | null) => void;
}

/** Under the search box: saved searches and working sets (and the research log, from there), and "Limit to set" once there are sets. */
export function SavedBar({ lists, within, onWithin }: Props) {
  const [log, setLog] = useState(false);
  const count = lists.searches.length + lists.sets.length;
  return (
    <div className="saved-bar">
      <MenuButton label={`Saved${count > 0 ? ` (${count})` : ''}`} title="Saved searches and working sets" className="text" align="left">
        {(close) => (
          <div className="saved-pop">
            {lists.error !== null && <p className="citation-result error">{lists.error}</p>}
            <h3 className="settings-label">Saved searches</h3>
            <SavedSearchList searches={lists.searches} onDone={close} />
            <h3 className="settings-label">Working sets</h3>
            <WorkingSetList sets={lists.sets} onWithin={onWithin} onDone={close} />
            <h3 className="settings-label">Research log</h3>
            <p className="quiet small-print">
              Your searches and exports, kept (when you turn it on) for an appendix on method.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  close();
                  setLog(true);
                }}
              >
                Research log…
              </button>
            </p>
          </div>
        )}
      </MenuButton>
      {(lists.sets.length > 0 || within !== null) && (
      <label className="limit-set">
        <span>Limit to set</span>
        <select value={within ?? ''} onChange={(e) => onWithin(e.target.value === '' ? null : e.target.value)} aria-label="Limit to set">
          <option value="">the whole library</option>
          {lists.sets.map((s) => (
            <option key={s.id} value={s.name}>
              {s.name} ({setCount(s)})
            </option>
          ))}
          {within !== null && !lists.sets.some((s) => s.name.toLowerCase() === within.toLowerCase()) && <option value={within}>{within} (no such set)</option>}
        </select>
      </label>
      )}
      {log && <ResearchLogDialog onClose={() => setLog(false)} />}
    </div>
  );
}
