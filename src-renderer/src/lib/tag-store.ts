import type { TagCount } from '@contract';
import { api } from '../api/client';
import { createStore } from './create-store';

/** All tags in the library with their counts; refetched whenever tags change. */
export const tagsStore = createStore<TagCount[]>([]);
/** Only the latest request's answer counts. */
let version = 0;

export function refreshTags(): void {
  const mine = ++version;
  api.call('tags.list', {}).then(
    (list) => {
      if (mine === version) tagsStore.set(list);
    },
    () => undefined,
  );
}

/** Replace the tags of a document or a note; returns the stored (normalised) tags. */
export async function setTags(target: { docId: number } | { noteId: number }, list: string[]): Promise<string[]> {
  const r = await api.call('tags.set', { target, tags: list });
  refreshTags();
  return r.tags;
}
