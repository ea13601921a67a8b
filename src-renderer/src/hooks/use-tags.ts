import { useEffect } from 'react';
import { refreshTags, tagsStore } from '../lib/tag-store';
import { useStore } from './use-store';
import type { TagCount } from '@contract';

/** Every tag in the library, with counts. */
export function useAllTags(): TagCount[] {
  useEffect(() => refreshTags(), []);
  return useStore(tagsStore);
}
