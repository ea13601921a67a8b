import { useState } from 'react';
import type { PersonPage as Page } from '@contract';
import { api, errorMessage } from '../../api/client';
import { usePerson } from '../../hooks/use-person';
import { peopleChanged } from '../../lib/person-events';
import { personQuery } from '../../lib/person-links';
import { yearOf } from '../../lib/person-years';
import { showToast } from '../../lib/toasts';
import { PersonDocuments } from './PersonDocuments';
import { PersonEntries } from './PersonEntries';
import { PersonMerge } from './PersonMerge';
import { PersonYears } from './PersonYears';

interface Props {
  id: number;
  version: unknown;
  onBack: () => void;
  onPerson: (id: number) => void;
  onOpenDoc: (id: number, other: boolean) => void;
  onSearch: (query: string) => void;
}

/** A person: who the edition says they are, where the entry comes from, their documents by year and role. */
export function PersonPage({ id, version, onBack, onPerson, onOpenDoc, onSearch }: Props) {
  const { state } = usePerson(id, version);
  return (
    <div className="person-page" aria-label="Person">
      <div className="person-bar">
        <button type="button" className="link-button" onClick={onBack}>
          ← All people
        </button>
      </div>
      {state.status === 'loading' && <p className="person-empty">Reading the person…</p>}
      {state.status === 'error' && <p className="person-empty">{state.message}</p>}
      {state.status === 'ready' && <PersonBody key={state.page.id} page={state.page} onPerson={onPerson} onOpenDoc={onOpenDoc} onSearch={onSearch} />}
    </div>
  );
}

function PersonBody({ page, onPerson, onOpenDoc, onSearch }: { page: Page } & Pick<Props, 'onPerson' | 'onOpenDoc' | 'onSearch'>) {
  const [year, setYear] = useState<number | null>(null);
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState(false);
  const merged = page.entries.some((e) => e.mergedByUser);
  const split = (): void => {
    setBusy(true);
    api.call('people.split', { id: page.id }).then(
      (people) => {
        setBusy(false);
        peopleChanged();
        showToast(`Split ${page.name} back into ${people.length} people.`);
      },
      (err: unknown) => {
        setBusy(false);
        showToast(`Could not split: ${errorMessage(err)}`);
      },
    );
  };
  return (
    <div className="person-body">
      <header className="person-head">
        <h2 className="person-name">{page.name}</h2>
        {page.description && <p className="person-desc">{page.description}</p>}
      </header>
      <PersonEntries
        entries={page.entries}
        actions={
          <span className="person-entry-actions">
            <button type="button" className="link-button" aria-expanded={merging} onClick={() => setMerging((m) => !m)}>
              Same person as…
            </button>
            {merged && (
              <button type="button" className="link-button" disabled={busy} title="Undo the merge: every entry becomes its own person again" onClick={split}>
                Split
              </button>
            )}
          </span>
        }
      />
      <div className="person-actions">
        <button type="button" className="button" onClick={() => onSearch(personQuery(page.name))}>
          Search documents naming this person
        </button>
      </div>
      {merging && (
        <PersonMerge
          person={page}
          onClose={() => setMerging(false)}
          onMerged={(merged, into, from) => {
            setMerging(false);
            peopleChanged();
            onPerson(merged.id);
            showToast(`${from.name} (${from.collections.join(', ')}) is now one person with ${into.name} (${into.collections.join(', ')}). Split undoes it.`);
          }}
        />
      )}
      <PersonYears years={page.years} selected={year} undated={page.documents.filter((d) => yearOf(d.date) === null).length} onYear={setYear} />
      <PersonDocuments documents={page.documents} showVolume={page.collections.length > 1} year={year} onClearYear={() => setYear(null)} onOpen={onOpenDoc} />
    </div>
  );
}
