import { useEffect, useState } from 'react';
import type { DocumentView } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';

export type DocumentState =
  | { status: 'none' }
  /** `previous` is the document still shown while the next one loads. */
  | { status: 'loading'; id: number; previous?: DocumentView }
  | { status: 'ready'; id: number; view: DocumentView }
  | { status: 'error'; id: number; message: string };

export function useDocument(id: number | null, version: number): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'none' });

  useEffect(() => {
    if (id === null) return;
    let live = true;
    api.call('document.get', { id }).then(
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
  }, [id, version]);

  if (id === null) return { status: 'none' };
  if (state.status === 'none' || state.id !== id) {
    return state.status === 'ready' ? { status: 'loading', id, previous: state.view } : { status: 'loading', id };
  }
  return state;
}
