import { useSyncExternalStore } from 'react';
import type { Store } from '../lib/create-store';

/**
 * A store's value (or the part `select` picks), re-rendering when it changes.
 * `select` must return the same object for the same value, as the store does.
 */
export function useStore<T>(store: Store<T>): T;
export function useStore<T, S>(store: Store<T>, select: (value: T) => S): S;
export function useStore<T, S>(store: Store<T>, select?: (value: T) => S): T | S {
  const snapshot = (): T | S => (select ? select(store.get()) : store.get());
  // The same snapshot serves a server render (tests render to a string).
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
