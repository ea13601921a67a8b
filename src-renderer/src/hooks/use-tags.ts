import { useEffect, useSyncExternalStore } from 'react';
import type { TagCount } from '@contract/views';
import { getTags, refreshTags, subscribeTags } from '../lib/tag-store';

/** Every tag in the library, with counts. */
export function useAllTags(): TagCount[] {
  useEffect(() => refreshTags(), []);
  return useSyncExternalStore(subscribeTags, getTags);
}
