import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src-renderer/src/hooks/use-store';
import { createListeners, createStore, type Store } from '../../src-renderer/src/lib/create-store';

describe('createStore', () => {
  it('gives its value, replaced by set or by an update of the current one', () => {
    const store = createStore({ count: 1 });
    expect(store.get()).toEqual({ count: 1 });
    store.set({ count: 2 });
    store.set((s) => ({ count: s.count + 10 }));
    expect(store.get()).toEqual({ count: 12 });
  });

  it('tells each listener of each change, and no longer once it unsubscribed', () => {
    const store = createStore(0);
    const heard: string[] = [];
    const stopA = store.subscribe(() => heard.push(`a${store.get()}`));
    store.subscribe(() => heard.push(`b${store.get()}`));
    store.set(1);
    stopA();
    store.set(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
  });

  it('stays quiet when the value does not change', () => {
    const list = ['x'];
    const store = createStore(list);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(list);
    store.set((cur) => cur);
    expect(listener).not.toHaveBeenCalled();
  });

  it('lets a listener unsubscribe another during a change without skipping or repeating anyone', () => {
    const store = createStore(0);
    const heard: string[] = [];
    let stopB = (): void => undefined;
    store.subscribe(() => {
      heard.push('a');
      stopB();
    });
    stopB = store.subscribe(() => heard.push('b'));
    store.subscribe(() => heard.push('c'));
    store.set(1);
    store.set(2);
    expect(heard).toEqual(['a', 'c', 'a', 'c']);
  });
});

describe('createListeners', () => {
  it('passes the request to every listener, and counts them', () => {
    const channel = createListeners<[id: number]>();
    const got: number[] = [];
    const stop = channel.add((id) => got.push(id));
    channel.add((id) => got.push(id * 10));
    expect(channel.size).toBe(2);
    channel.emit(3);
    stop();
    channel.emit(4);
    expect(got).toEqual([3, 30, 40]);
    expect(channel.size).toBe(1);
  });

  it('does not tell a listener added during an emit of that emit', () => {
    const channel = createListeners();
    const late = vi.fn();
    channel.add(() => channel.add(late));
    channel.emit();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('useStore', () => {
  function Show<T>({ store, select }: { store: Store<T>; select: (v: T) => string }) {
    return createElement('span', null, useStore(store, select));
  }

  it('renders the store value, or the part picked from it', () => {
    const store = createStore({ title: 'Yalta', pages: 12 });
    expect(renderToString(createElement(Show<{ title: string; pages: number }>, { store, select: (v) => v.title }))).toBe('<span>Yalta</span>');
    store.set({ title: 'Potsdam', pages: 3 });
    expect(renderToString(createElement(Show<{ title: string; pages: number }>, { store, select: (v) => `${v.pages} pages` }))).toBe('<span>3 pages</span>');
  });
});

describe('toasts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('shows the three latest messages, drops one when dismissed and each after its time', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
    const { showToast, dismissToast, toastsStore } = await import('../../src-renderer/src/lib/toasts');
    for (const m of ['one', 'two', 'three', 'four']) showToast(m);
    expect(toastsStore.get().map((t) => t.message)).toEqual(['two', 'three', 'four']);
    dismissToast(toastsStore.get()[1]?.id ?? -1);
    expect(toastsStore.get().map((t) => t.message)).toEqual(['two', 'four']);
    vi.advanceTimersByTime(8000);
    expect(toastsStore.get()).toEqual([]);
    vi.useRealTimers();
  });
});
