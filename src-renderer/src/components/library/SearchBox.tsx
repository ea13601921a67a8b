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
      <kbd className="search-kbd" aria-hidden="true">
        {isMac ? '⌘K' : 'Ctrl K'}
      </kbd>
    </div>
  );
}
