import { useCallback, useRef, useState } from 'react';
import type { DocSummary } from '@contract';
import { api } from '../api/client';

/** Details asked at a time: about two screens of rows, so a scroll rarely waits. */
const BATCH = 200;

export interface DocSummaries {
  /** The document's details, or undefined while they are on their way. */
  get: (id: number) => DocSummary | undefined;
  /** Ask for the details of these documents (those not held or asked already). */
  request: (ids: readonly number[]) => void;
}

/**
 * Details of the documents the browse list shows, fetched as their rows come
 * into view and kept until the library changes (`version`): the list itself
 * only knows ids and sizes (the outline), so 100,000 documents cost nothing
 * until scrolled to.
 */
export function useDocSummaries(version: unknown): DocSummaries {
  const [held, setHeld] = useState<{ version: unknown; docs: ReadonlyMap<number, DocSummary> }>({ version, docs: new Map() });
  // Ids asked for, per library version: a new version asks afresh (checked in `request`, which may run before any effect of ours).
  const asked = useRef<{ version: unknown; ids: Set<number> }>({ version, ids: new Set() });

  const docs = held.version === version ? held.docs : null;

  const get = useCallback((id: number) => docs?.get(id), [docs]);

  const request = useCallback(
    (ids: readonly number[]): void => {
      if (asked.current.version !== version) asked.current = { version, ids: new Set() };
      const pending = asked.current.ids;
      const missing = ids.filter((id) => !docs?.has(id) && !pending.has(id));
      for (let at = 0; at < missing.length; at += BATCH) {
        const batch = missing.slice(at, at + BATCH);
        batch.forEach((id) => pending.add(id));
        const forVersion = version;
        api.call('library.summaries', { ids: batch }).then(
          (found) => {
            if (asked.current.version !== forVersion) return;
            setHeld((h) => {
              const next = new Map(h.version === forVersion ? h.docs : []);
              for (const d of found) next.set(d.id, d);
              return { version: forVersion, docs: next };
            });
          },
          () => {
            // Asked again when the rows are next in view.
            batch.forEach((id) => pending.delete(id));
          },
        );
      }
    },
    [docs, version],
  );

  return { get, request };
}
