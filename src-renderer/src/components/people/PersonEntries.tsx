import type { ReactNode } from 'react';
import type { PersonEntry } from '@contract';

/**
 * The entries a person is made of, each as its volume recorded it (or as it
 * was inferred): after a merge both are still shown, each with where it came from.
 */
export function PersonEntries({ entries, actions }: { entries: readonly PersonEntry[]; actions: ReactNode }) {
  return (
    <section className="person-entries" aria-label="Entries">
      <div className="person-entries-head">
        <h3 className="person-section-head">{entries.length === 1 ? 'Entry' : `Entries (${entries.length})`}</h3>
        {actions}
      </div>
      <ul>
        {entries.map((e, i) => (
          <li key={`${e.collection ?? ''}#${e.xmlId ?? e.name}#${i}`} className={`person-entry ${e.source}`}>
            {/* One entry is the person the page heads with: its words are not printed twice. */}
            {entries.length > 1 && <span className="person-entry-name">{e.name}</span>}
            {entries.length > 1 && e.description && <span className="person-entry-desc">{e.description}</span>}
            <span className="person-entry-where">
              {e.source === 'inferred' ? <span className="inferred-badge">inferred</span> : <span className="listed-badge">listed</span>}
              {e.source === 'inferred' ? 'from a heading in ' : 'persons list of '}
              {e.collection ?? 'no volume'}
              {e.xmlId && <code className="person-entry-id">{e.xmlId}</code>}
              {e.mergedByUser && <span className="merged-badge">merged by you</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
