import { createListeners } from './create-store';

/** Requests to the notes pane from elsewhere (a search hit on a note, a backlink). */
export type NotesRequest = { tab: 'doc' } | { tab: 'research'; noteId: number };

const listeners = createListeners<[request: NotesRequest]>();
/** A request made while the notes pane was hidden waits for it to mount. */
let pending: NotesRequest | null = null;

export function requestNotes(r: NotesRequest): void {
  if (listeners.size === 0) {
    pending = r;
    return;
  }
  listeners.emit(r);
}

export function onNotesRequest(l: (r: NotesRequest) => void): () => void {
  const remove = listeners.add(l);
  if (pending) {
    const r = pending;
    pending = null;
    l(r);
  }
  return remove;
}
