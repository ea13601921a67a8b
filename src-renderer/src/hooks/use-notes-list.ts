import { useEffect } from 'react';
import { loadNotes, notesStore, type NotesList } from '../lib/notes-store';
import { useStore } from './use-store';

/** The free-standing research notes, most recently updated first. */
export function useNotesList(): NotesList {
  useEffect(() => loadNotes(), []);
  return useStore(notesStore);
}
