import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DocumentView } from '@contract/views';
import { errorMessage } from '../api/client';
import { docRevision, fetchDocument, subscribeRevisions } from '../lib/doc-cache';

export type DocumentState =
  | { status: 'none' }
  /** `previous` is the document still shown while the next one loads. */
  | { status: 'loading'; id: number; previous?: DocumentView }
  | { status: 'ready'; id: number; view: DocumentView }
  | { status: 'error'; id: number; message: string };

/** A document from the core; refetched after an import (`version`) or an edit of it. */
export function useDocument(id: number | null, version: number): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'none' });
  const revision = useSyncExternalStore(subscribeRevisions, () => (id === null ? 0 : docRevision(id)));

  useEffect(() => {
    if (id === null) return;
    let live = true;
    fetchDocument(id, version).then(
      (view) => {
        if (live) setState({ status: 'ready', id, view });
      },
      (err: unknown) => {
        if (live) setState({ status: 'error', id, message: errorMessage(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [id, version, revision]);

  if (id === null) return { status: 'none' };
  if (state.status === 'none' || state.id !== id) {
    return state.status === 'ready' ? { status: 'loading', id, previous: state.view } : { status: 'loading', id };
  }
  return state;
}
