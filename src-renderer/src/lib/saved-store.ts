import { useStore } from '../hooks/use-store';
import { createListeners, createStore } from './create-store';
import type { SavedQuery } from '@contract';

/**
 * Saved searches, working sets and the research log change from the panel,
 * the trash and every search (the log): one counter tells their views to reload.
 */
const version = createStore(0);

export function savedChanged(): void {
  version.set((v) => v + 1);
}

export function useSavedVersion(): number {
  return useStore(version);
}

const runners = createListeners<[search: SavedQuery]>();

/** Ask the library pane to run a saved search: its words and every filter back in the search box and Refine panel. */
export function requestRunSearch(search: SavedQuery): void {
  runners.emit(search);
}

export function onRunSearchRequest(r: (search: SavedQuery) => void): () => void {
  return runners.add(r);
}
