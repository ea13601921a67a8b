import { useEffect, useState } from 'react';
import type { RelatedDocuments, RelatedScope } from '@contract';
import { api } from '../api/client';

/**
 * The documents related to the open one, asked only once `enabled` (the panel
 * opened): null until known. `version` refetches (after the library changed).
 */
export function useRelated(docId: number, scope: RelatedScope, enabled: boolean, version: unknown): RelatedDocuments | null {
  const [related, setRelated] = useState<RelatedDocuments | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    api.call('related.get', { id: docId, scope, limit: 30 }).then(
      (r) => {
        if (live) setRelated(r);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId, scope, enabled, version]);
  return related?.id === docId && related.scope === scope ? related : null;
}
