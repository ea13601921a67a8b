import { useEffect, useSyncExternalStore } from 'react';
import { getNotesList, loadNotes, subscribeNotes, type NotesList } from '../lib/notes-store';

/** The free-standing research notes, most recently updated first. */
export function useNotesList(): NotesList {
  useEffect(() => loadNotes(), []);
  return useSyncExternalStore(subscribeNotes, getNotesList);
}
