import type { Note } from '@contract';
import { api, errorMessage } from '../api/client';
import { createStore } from './create-store';
import { showToast } from './toasts';

/** The list of free-standing research notes, shared by the list and the editors. */
export interface NotesList {
  status: 'loading' | 'ready' | 'error';
  notes: Note[];
  error: string | null;
  /** Bumped on every change, for views that depend on notes (backlinks). */
  version: number;
}

export const notesStore = createStore<NotesList>({ status: 'loading', notes: [], error: null, version: 0 });

/** Change the list from the current one; every change bumps the version. */
function update(change: (list: NotesList) => NotesList): void {
  notesStore.set((list) => ({ ...change(list), version: list.version + 1 }));
}

export function loadNotes(): void {
  api.call('notes.list', {}).then(
    (notes) => update((list) => ({ ...list, status: 'ready', notes: notes.filter((n) => n.docId === null), error: null })),
    (err: unknown) => update((list) => ({ ...list, status: 'error', error: errorMessage(err) })),
  );
}

/** A note changed (saved, created): put it first, as the list is most recent first. */
export function noteChanged(n: Note): void {
  if (n.docId !== null) return;
  update((list) => ({ ...list, notes: [n, ...list.notes.filter((x) => x.id !== n.id)] }));
}

export async function createNote(): Promise<Note | null> {
  try {
    const n = await api.call('notes.create', { title: '', body: '' });
    noteChanged(n);
    return n;
  } catch (err) {
    showToast(`Could not create a note: ${errorMessage(err)}`);
    return null;
  }
}

/** Delete with an Undo toast. */
export async function deleteNote(n: Note, onRestored: (n: Note) => void): Promise<boolean> {
  try {
    await api.call('notes.delete', { id: n.id });
  } catch (err) {
    showToast(`Could not delete the note: ${errorMessage(err)}`);
    return false;
  }
  update((list) => ({ ...list, notes: list.notes.filter((x) => x.id !== n.id) }));
  showToast(`“${n.title}” deleted`, {
    label: 'Undo',
    run: () => {
      api.call('notes.restore', { id: n.id }).then(
        (r) => {
          noteChanged(r);
          onRestored(r);
        },
        (err: unknown) => showToast(`Could not restore: ${errorMessage(err)}`),
      );
    },
  });
  return true;
}
