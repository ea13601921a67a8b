import { useEffect, useState } from 'react';
import type { DocumentView } from '@contract';
import { errorMessage } from '../api/client';
import { fetchDocument, revisionsStore } from '../lib/doc-cache';
import { useStore } from './use-store';

export type DocumentState =
  | { status: 'none' }
  /** `previous` is the document still shown while the next one loads. */
  | { status: 'loading'; id: number; previous?: DocumentView }
  | { status: 'ready'; id: number; view: DocumentView }
  | { status: 'error'; id: number; message: string };

/** A document from the core; refetched after an import (`version`) or an edit of it. */
export function useDocument(id: number | null, version: number): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'none' });
  const revision = useStore(revisionsStore, (revisions) => (id === null ? 0 : (revisions.get(id) ?? 0)));

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
