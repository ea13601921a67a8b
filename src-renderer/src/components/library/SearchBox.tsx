import type { KeyboardEvent, RefObject } from 'react';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  pending: boolean;
  controls: string;
  activeId: string | undefined;
  onQuery: (q: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function SearchBox({ inputRef, query, pending, controls, activeId, onQuery, onKeyDown }: Props) {
  return (
    <div className={pending ? 'search-box pending' : 'search-box'}>
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.5" cy="6.5" r="4.75" />
        <path d="M10 10l4 4" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={controls}
        aria-activedescendant={activeId}
        aria-label="Search the library"
        placeholder="Search documents"
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query !== '') {
            e.preventDefault();
            onQuery('');
            return;
          }
          onKeyDown(e);
        }}
      />
      {query === '' ? (
        <kbd className="search-kbd" aria-hidden="true">
          {isMac ? '⌘K' : 'Ctrl K'}
        </kbd>
      ) : (
        <button
          type="button"
          className="search-clear"
          aria-label="Clear the search"
          title="Clear (Esc)"
          onClick={() => {
            onQuery('');
            inputRef.current?.focus();
          }}
        >
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <path d="M2 2l6 6M8 2l-6 6" />
          </svg>
        </button>
      )}
    </div>
  );
}
