import { useEffect, useRef } from 'react';
import type { LinkSuggestions as Found } from '../../hooks/use-link-autocomplete';
import { formatDateShort } from '@shared/display/dates';
import { shortVolume, type SuggestPlace } from '../../lib/suggest-place';

interface Props {
  id: string;
  found: Found;
  active: number;
  place: SuggestPlace;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

export const optionId = (listId: string, i: number): string => `${listId}-${i}`;

/** Number · date · volume: what tells "Mr. Conger to Mr. Hay." from the next one. */
function metaLine(s: Found['items'][number]): string {
  return [s.number ? `No. ${s.number}` : '', formatDateShort(s.date), shortVolume(s.volume)].filter(Boolean).join(' · ');
}

/** The `[[` candidates under (or above) the caret; the textarea keeps the focus and drives it (aria-activedescendant). */
export function LinkSuggestions({ id, found, active, place, onPick, onHover }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(id, active))}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active, found]);
  const { items, total } = found;
  const more = total > items.length;
  return (
    <div className="surface link-suggest" style={{ left: place.left, width: place.width, top: place.top, bottom: place.bottom, maxHeight: place.maxHeight }}>
      {items.length > 0 && (
        <ul ref={list} id={id} className="suggest-list" role="listbox" aria-label="Link to a document">
          {items.map((s, i) => (
            <li
              key={s.id}
              id={optionId(id, i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'menu-row active' : 'menu-row'}
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(i);
              }}
              onMouseMove={() => onHover(i)}
            >
              <span className="suggest-title">{s.title}</span>
              <span className="suggest-meta">{metaLine(s)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="suggest-more" aria-live="polite">
        {items.length === 0
          ? `No document matches “${found.query}”.`
          : more
            ? `${items.length} of ${total.toLocaleString('en-GB')} — narrow with a date (1918-07), a number (No. 42) or a name.`
            : '↑↓ to choose, Enter to link, Esc to close.'}
      </p>
    </div>
  );
}
