import { useMemo } from 'react';
import { formatDateShort } from '@shared/display/dates';
import type { CitingLink } from '@contract';

interface Group {
  source: CitingLink['source'];
  links: CitingLink[];
}

function bySource(items: readonly CitingLink[]): Group[] {
  const groups = new Map<number, Group>();
  for (const l of items) {
    const g = groups.get(l.source.id);
    if (g) g.links.push(l);
    else groups.set(l.source.id, { source: l.source, links: [l] });
  }
  return [...groups.values()];
}

/** The references as written, a few of them: the index may cite one document many times. */
function quotes(links: readonly CitingLink[]): string {
  const shown = links.slice(0, 3).map((l) => `“${l.text}”${l.inFootnote ? ' (in a footnote)' : ''}`);
  return links.length > 3 ? `${shown.join(', ')} and ${links.length - 3} more` : shown.join(', ');
}

const BASIS: Record<CitingLink['basis'], string> = { editorial: 'editors’ link', text: 'found in the text' };

/** Every document that refers to this one, by either kind of link; each opens in the other pane. */
export function CitedBy({ items, onOpen }: { items: readonly CitingLink[]; onOpen: (id: number, other?: boolean) => void }) {
  const groups = useMemo(() => bySource(items), [items]);
  if (groups.length === 0) return null;
  return (
    <section className="cited-by" aria-label="Cited by">
      <h2 className="footnotes-head">
        Cited by {groups.length === 1 ? '1 document' : `${groups.length} documents`}
      </h2>
      <ul>
        {groups.map(({ source, links }) => (
          <li key={source.id}>
            <button type="button" className="cited-by-doc" title="Open in the other pane" onClick={() => onOpen(source.id, true)}>
              <span className="cited-by-title">{source.title}</span>
              <span className="cited-by-meta">
                {source.date ? formatDateShort(source.date) : 'Undated'} · {quotes(links)} ·{' '}
                {[...new Set(links.map((l) => BASIS[l.basis]))].join(', ')}
                {links.some((l) => l.status === 'ambiguous') && ' · one of several candidates'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
