import { useState } from 'react';
import type { FacetCount, SearchFacets } from '@contract';
import type { FacetField } from '../../hooks/use-search';

export interface FacetGroup {
  key: keyof Omit<SearchFacets, 'documents' | 'notes' | 'year' | 'places'>;
  field: FacetField;
  title: string;
}

export const FACET_GROUPS: readonly FacetGroup[] = [
  { key: 'sender', field: 'from', title: 'Sender' },
  { key: 'recipient', field: 'to', title: 'Recipient' },
  { key: 'person', field: 'person', title: 'Person' },
  { key: 'place', field: 'place', title: 'Place' },
  { key: 'collection', field: 'collection', title: 'Collection' },
  { key: 'classification', field: 'classification', title: 'Classification' },
  { key: 'caveat', field: 'caveat', title: 'Handling' },
  { key: 'repository', field: 'repository', title: 'Repository' },
  { key: 'translation', field: 'translation', title: 'Translation' },
  { key: 'paraphrase', field: 'paraphrase', title: 'Paraphrase' },
  { key: 'redacted', field: 'redacted', title: 'Withheld' },
  { key: 'tag', field: 'tag', title: 'Tag' },
];

interface Props {
  facets: SearchFacets;
  active: Partial<Record<FacetField, string>>;
  onPick: (field: FacetField, value: string, label: string) => void;
}

/** Sender, recipient, place… with counts: pick a group, then a value to filter on it. */
export function FacetLists({ facets, active, onPick }: Props) {
  const [open, setOpen] = useState<FacetField | null>(null);
  const groups = FACET_GROUPS.filter((g) => facets[g.key].length > 0);
  const shown = groups.find((g) => g.field === open);
  if (groups.length === 0) return null;
  return (
    <div className="facet-lists">
      <div className="facet-groups" role="group" aria-label="Refine by">
        {groups.map((g) => (
          <button
            key={g.field}
            type="button"
            className="facet-group"
            aria-expanded={g.field === open}
            onClick={() => setOpen(g.field === open ? null : g.field)}
          >
            {g.title}
          </button>
        ))}
      </div>
      {shown && <FacetValues title={shown.title} values={facets[shown.key]} current={active[shown.field]} onPick={(v, l) => onPick(shown.field, v, l)} />}
    </div>
  );
}

function FacetValues({ title, values, current, onPick }: { title: string; values: FacetCount[]; current: string | undefined; onPick: (value: string, label: string) => void }) {
  return (
    <ul className="facet-values" aria-label={title}>
      {values.map((f) => (
        <li key={f.value}>
          <button
            type="button"
            className={f.value === current ? 'facet-item current' : 'facet-item'}
            title={f.label && f.label !== f.value ? `${f.label} (${f.value})` : f.value}
            onClick={() => onPick(f.value, f.label ?? f.value)}
          >
            <span className="facet-name">{f.label ?? f.value}</span>
            <span className="facet-num">{f.count.toLocaleString('en-GB')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
