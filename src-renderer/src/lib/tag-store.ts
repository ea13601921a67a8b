import type { TagCount } from '@contract/views';
import { api } from '../api/client';

/** All tags in the library with their counts; refetched whenever tags change. */
let tags: TagCount[] = [];
let version = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function refreshTags(): void {
  const mine = ++version;
  api.call('tags.list', {}).then(
    (list) => {
      if (mine !== version) return;
      tags = list;
      emit();
    },
    () => undefined,
  );
}

export function getTags(): TagCount[] {
  return tags;
}

export function subscribeTags(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Replace the tags of a document or a note; returns the stored (normalised) tags. */
export async function setTags(target: { docId: number } | { noteId: number }, list: string[]): Promise<string[]> {
  const r = await api.call('tags.set', { target, tags: list });
  refreshTags();
  return r.tags;
}
