import type { DocumentView } from '@contract';
import { api } from '../api/client';
import { createStore } from './create-store';

/**
 * Documents fetched from the core, shared by every view that shows one (two reader
 * panes, the notes pane). A document's revision is bumped when the user edits it
 * (metadata, tags), so every view refetches it.
 */
const cache = new Map<string, Promise<DocumentView>>();
/** Each edited document's revision, by id; views follow it to refetch. */
export const revisionsStore = createStore<ReadonlyMap<number, number>>(new Map());
const MAX = 24;

export function docRevision(id: number): number {
  return revisionsStore.get().get(id) ?? 0;
}

export function fetchDocument(id: number, version: number): Promise<DocumentView> {
  const key = `${id}:${version}:${docRevision(id)}`;
  let p = cache.get(key);
  if (!p) {
    p = api.call('document.get', { id });
    p.catch(() => cache.delete(key));
    cache.set(key, p);
    if (cache.size > MAX) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
  }
  return p;
}

/** The document changed in the core: every view showing it reloads. */
export function invalidateDocument(id: number): void {
  revisionsStore.set((revisions) => new Map(revisions).set(id, (revisions.get(id) ?? 0) + 1));
}
