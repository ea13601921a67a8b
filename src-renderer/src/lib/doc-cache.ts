import type { DocumentView } from '@contract/views';
import { api } from '../api/client';

/**
 * Documents fetched from the core, shared by every view that shows one (two reader
 * panes, the notes pane). A document's revision is bumped when the user edits it
 * (metadata, tags), so every view refetches it.
 */
const cache = new Map<string, Promise<DocumentView>>();
const revisions = new Map<number, number>();
const listeners = new Set<() => void>();
const MAX = 24;

export function docRevision(id: number): number {
  return revisions.get(id) ?? 0;
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
  revisions.set(id, docRevision(id) + 1);
  for (const l of listeners) l();
}

export function subscribeRevisions(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
