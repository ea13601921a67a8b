import type { SavedQuery } from '@contract';
import { api } from '../../api/client';
import { RESULT_EXPORT_CAP } from '../../lib/export-citations';
import { savedChanged } from '../../lib/saved-store';
import { showToast } from '../../lib/toasts';
import { CitationExportMenu } from '../common/CitationExportMenu';
import { MenuButton } from '../common/MenuButton';
import { NameForm } from './NameForm';

interface Props {
  /** The search on screen, with every filter. */
  search: SavedQuery;
  /** Documents matching (all, not the page). */
  total: number;
}

const n = (x: number): string => x.toLocaleString('en-GB');
const docs = (x: number): string => (x === 1 ? '1 document' : `${n(x)} documents`);

/** Under the search: keep it (Save search…), freeze what it found (Freeze as set…), and export the citations of all it found. */
export function ResultActions({ search, total }: Props) {
  return (
    <div className="result-actions" role="group" aria-label="This search">
      <MenuButton label="Save search…" title="Save this search with its filters, to run it again" className="text" align="left">
        {(close) => (
          <NameForm
            label="Name of the saved search"
            initial={search.query}
            submit="Save search"
            onSubmit={(name) => api.call('saved.searches.save', { name, search }).then((s) => showToast(`Saved the search “${s.name}”`))}
            onDone={() => {
              savedChanged();
              close();
            }}
          >
            <p className="quiet small-print">The words and every filter, the scope and the sort are kept.</p>
          </NameForm>
        )}
      </MenuButton>
      <MenuButton label="Freeze as set…" title="Keep every matching document as a named working set" className="text" align="left">
        {(close) => (
          <NameForm
            label="Name of the working set"
            submit={`Freeze ${docs(total)}`}
            onSubmit={(name) => api.call('sets.freeze', { name, search }).then((s) => showToast(`Froze ${docs(s.frozenCount)} as “${s.name}”: search within it with set:"${s.name}"`))}
            onDone={() => {
              savedChanged();
              close();
            }}
          >
            <p className="quiet small-print">All {docs(total)} matching now, not only those on screen. Later searches can be limited to them.</p>
          </NameForm>
        )}
      </MenuButton>
      <CitationExportMenu
        target={{ search, name: search.query === '' ? 'search-results' : search.query }}
        what={total > RESULT_EXPORT_CAP ? `the ${docs(total)} matching (at most ${n(RESULT_EXPORT_CAP)} can be exported)` : `all ${docs(total)} matching`}
        align="left"
        label={total > RESULT_EXPORT_CAP ? 'Export citations…' : `Export ${n(total)} citation${total === 1 ? '' : 's'}…`}
      />
    </div>
  );
}
