import { useEffect, useState } from 'react';
import type { Thread } from '@contract';
import { api } from '../api/client';

/** The thread of the open document; null until known. `version` refetches (after the library changed). */
export function useThread(docId: number, version: unknown): Thread | null {
  const [thread, setThread] = useState<Thread | null>(null);
  useEffect(() => {
    let live = true;
    api.call('threads.get', { id: docId }).then(
      (t) => {
        if (live) setThread(t);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId, version]);
  return thread?.id === docId ? thread : null;
}
