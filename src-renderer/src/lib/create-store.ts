/**
 * The renderer's one listener machinery. A store holds a value that views follow
 * (toasts, tags, the notes list…): read it, replace it, hear of each change. A
 * channel carries one-off requests to whoever listens ("open this dossier").
 * React views read a store through `useStore` (hooks/use-store.ts).
 */
export interface Listeners<A extends unknown[]> {
  /** Returns the function that removes the listener. */
  add(listener: (...args: A) => void): () => void;
  emit(...args: A): void;
  readonly size: number;
}

export function createListeners<A extends unknown[] = []>(): Listeners<A> {
  const set = new Set<(...args: A) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(...args) {
      // A copy: a listener added while this change is told is not told of it.
      for (const l of [...set]) {
        if (set.has(l)) l(...args);
      }
    },
    get size() {
      return set.size;
    },
  };
}

export interface Store<T> {
  get(): T;
  /** Replace the value (or derive it from the current one); listeners hear only of real changes. */
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

function isUpdater<T>(next: T | ((current: T) => T)): next is (current: T) => T {
  return typeof next === 'function';
}

/**
 * A store for a value that is replaced, never mutated (React compares snapshots by
 * identity). The value is never a function: `set` takes a function as an update.
 */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = createListeners();
  return {
    get: () => value,
    set(next) {
      const v = isUpdater(next) ? next(value) : next;
      if (Object.is(v, value)) return;
      value = v;
      listeners.emit();
    },
    subscribe: (listener) => listeners.add(listener),
  };
}
