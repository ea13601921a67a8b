import type { Highlight, HighlightAnchor, HighlightColor } from '@contract';
import { api, errorMessage } from '../api/client';
import { createStore } from './create-store';
import { showToast } from './toasts';

/**
 * The highlights of each open document, shared by every view of it (both reader
 * panes, the notes pane). Changes go to the core first; the list updates on reply.
 */
export interface HighlightsEntry {
  status: 'loading' | 'ready' | 'error';
  items: Highlight[];
  error: string | null;
}

const LOADING: HighlightsEntry = { status: 'loading', items: [], error: null };
/** Every loaded document's entry, by document id. */
export const highlightsStore = createStore<ReadonlyMap<number, HighlightsEntry>>(new Map());

function set(docId: number, entry: HighlightsEntry): void {
  highlightsStore.set((cur) => new Map(cur).set(docId, entry));
}

function sorted(items: Highlight[]): Highlight[] {
  return [...items].sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.id - b.id);
}

function replace(h: Highlight): void {
  const cur = highlightsStore.get().get(h.docId);
  if (!cur) return;
  set(h.docId, { ...cur, items: sorted([...cur.items.filter((x) => x.id !== h.id), h]) });
}

export function highlightsOf(docId: number): HighlightsEntry {
  return highlightsStore.get().get(docId) ?? LOADING;
}

/** Fetch (or refetch) a document's highlights. */
export function loadHighlights(docId: number): void {
  if (!highlightsStore.get().has(docId)) set(docId, LOADING);
  api.call('highlights.list', { docId }).then(
    (items) => set(docId, { status: 'ready', items: sorted(items), error: null }),
    (err: unknown) => set(docId, { status: 'error', items: highlightsOf(docId).items, error: errorMessage(err) }),
  );
}

export async function createHighlight(docId: number, color: HighlightColor, anchor: HighlightAnchor, comment?: string): Promise<Highlight | null> {
  try {
    const h = await api.call('highlights.create', { docId, color, anchor, ...(comment !== undefined ? { comment } : {}) });
    replace(h);
    return h;
  } catch (err) {
    showToast(`The highlight could not be saved: ${errorMessage(err)}`);
    return null;
  }
}

export async function updateHighlight(id: number, patch: { color?: HighlightColor; comment?: string | null }): Promise<Highlight> {
  const h = await api.call('highlights.update', { id, ...patch });
  replace(h);
  return h;
}

/** Delete, with an Undo in a toast that restores it. */
export async function deleteHighlight(h: Highlight): Promise<void> {
  try {
    await api.call('highlights.delete', { id: h.id });
  } catch (err) {
    showToast(`The highlight could not be deleted: ${errorMessage(err)}`);
    return;
  }
  const cur = highlightsStore.get().get(h.docId);
  if (cur) set(h.docId, { ...cur, items: cur.items.filter((x) => x.id !== h.id) });
  showToast('Highlight deleted', {
    label: 'Undo',
    run: () => {
      api.call('highlights.restore', { id: h.id }).then(replace, (err: unknown) => showToast(`Could not restore: ${errorMessage(err)}`));
    },
  });
}
