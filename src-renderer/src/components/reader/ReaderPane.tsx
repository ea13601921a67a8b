import { useEffect, useRef } from 'react';
import type { DocumentState } from '../../hooks/use-document';
import { DocumentReader } from './DocumentReader';

/** The centre column: the open document, or an explanation of why there is none. */
export function ReaderPane({ state, onOpen }: { state: DocumentState; onOpen: (id: number) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const shownId = state.status === 'ready' ? state.id : null;

  // A newly opened document starts at its top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [shownId]);

  return (
    <div className="reader-scroll" ref={scroller} tabIndex={-1}>
      {state.status === 'none' && (
        <div className="empty-state">
          <h2>No document open</h2>
          <p>Pick one from the library or search — press Ctrl K or / to jump to the search box.</p>
        </div>
      )}
      {state.status === 'loading' &&
        (state.previous ? (
          <div className="stale" aria-busy="true">
            <DocumentReader view={state.previous} onOpen={onOpen} />
          </div>
        ) : (
          <div className="empty-state quiet">Opening…</div>
        ))}
      {state.status === 'error' && (
        <div className="empty-state">
          <h2>This document cannot be opened</h2>
          <p className="error">{state.message}</p>
        </div>
      )}
      {state.status === 'ready' && <DocumentReader view={state.view} onOpen={onOpen} />}
    </div>
  );
}
