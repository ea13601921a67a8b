import { useEffect, useRef } from 'react';
import type { FindState } from '../../hooks/use-find';

/** Find in this document: "3 of 12", Enter / Shift+Enter to step, Escape to close. */
export function FindBar({ find, focusKey }: { find: FindState; focusKey: number }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);
  const label = find.query.trim() === '' ? '' : find.count === 0 ? 'No matches' : `${find.current + 1} of ${find.count}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in this document">
      <input
        ref={input}
        type="text"
        className="find-input"
        aria-label="Find in this document"
        placeholder="Find in document"
        spellCheck={false}
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            find.close();
          }
        }}
      />
      <span className={find.count === 0 && find.query.trim() !== '' ? 'find-count none' : 'find-count'} role="status" aria-live="polite">
        {label}
      </span>
      <button type="button" className="icon-button" aria-label="Previous match" title="Previous (Shift+Enter)" disabled={find.count === 0} onClick={() => find.step(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label="Next match" title="Next (Enter)" disabled={find.count === 0} onClick={() => find.step(1)}>
        ↓
      </button>
      <button type="button" className="icon-button" aria-label="Close find" title="Close (Esc)" onClick={find.close}>
        ×
      </button>
    </div>
  );
}
