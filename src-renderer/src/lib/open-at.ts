import { writeString } from './storage';

/**
 * Opens a document at a text offset (the shared walker's, as the concordance
 * gives): the reader goes back to the newest of its stored positions when a
 * document opens, so the spot is written as the newest one first.
 */
export function openAt(docId: number, offset: number, open: (id: number) => void): void {
  writeString(`position.${docId}`, JSON.stringify({ offset, at: new Date().toISOString() }));
  open(docId);
}
