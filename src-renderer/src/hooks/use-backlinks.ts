import { useEffect, useState } from 'react';
import type { Backlink } from '@contract';
import { api } from '../api/client';

/** Notes citing a document. `version` refetches (after notes are saved). */
export function useBacklinks(docId: number, version: number): Backlink[] {
  const [state, setState] = useState<{ docId: number; items: Backlink[] }>({ docId, items: [] });
  useEffect(() => {
    let live = true;
    api.call('documents.backlinks', { docId }).then(
      (items) => {
        if (live) setState({ docId, items });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId, version]);
  return state.docId === docId ? state.items : [];
}
