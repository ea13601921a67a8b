import { writeString } from './storage';

/** A place in a document's text (the shared walker's offsets) to bring into view and mark. */
export interface Occurrence {
  docId: number;
  start: number;
  end: number;
}

/** The event an open reader listens to: the document is already open, so no restore will run. */
export const GOTO_EVENT = 'chancery:goto-occurrence';

/** The occurrence the reader marks once it has opened the document (the restore path takes it). */
let waiting: Occurrence | null = null;

/** The occurrence waiting for document `docId`, taken once. */
export function takeWaiting(docId: number): Occurrence | null {
  const o = waiting?.docId === docId ? waiting : null;
  if (o) waiting = null;
  return o;
}

/**
 * Opens a document at an occurrence (the concordance gives its offsets): the
 * reader goes back to the newest of its stored positions when a document
 * opens, so the spot is written as the newest one first. A reader already
 * showing the document does not reopen it, so it is told by an event.
 */
export function openAt(at: Occurrence, open: (id: number) => void): void {
  writeString(`position.${at.docId}`, JSON.stringify({ offset: at.start, at: new Date().toISOString() }));
  waiting = at;
  open(at.docId);
  window.dispatchEvent(new CustomEvent<Occurrence>(GOTO_EVENT, { detail: at }));
}
