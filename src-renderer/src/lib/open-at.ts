import { writeString } from './storage';

/** Asks a reader that already shows the document to go to an offset (it restores positions only when a document opens). */
export const GO_TO_OFFSET = 'chancery:go-to-offset';

export interface GoToOffset {
  docId: number;
  offset: number;
}

/**
 * Opens a document at a text offset (the shared walker's, as the concordance
 * gives): the reader goes back to the newest of its stored positions when a
 * document opens, so the spot is written as the newest one first; a reader
 * already showing it is told to go there.
 */
export function openAt(docId: number, offset: number, open: (id: number) => void): void {
  writeString(`position.${docId}`, JSON.stringify({ offset, at: new Date().toISOString() }));
  open(docId);
  window.dispatchEvent(new CustomEvent<GoToOffset>(GO_TO_OFFSET, { detail: { docId, offset } }));
}
