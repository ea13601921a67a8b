import { useCallback, useEffect, useState } from 'react';
import type { Note } from '@contract';
import { api, errorMessage } from '../api/client';
import { readString, writeString } from '../lib/storage';

export type NoteLoad =
  | { status: 'loading' }
  | { status: 'load-error'; error: string }
  /** `text` is a local draft newer than `stored` when they differ (typed, then the app closed before the save). */
  | { status: 'ready'; stored: string; text: string; updatedAt: string | null; links: Note['links']; noteId: number | null };

const draftKey = (docId: number): string => `noteDraft.${docId}`;

/** Mirrors a document's note as typed, until the host confirms the save: nothing typed is lost on reload or crash. */
export function noteDraft(docId: number): (text: string | null) => void {
  return (text) => writeString(draftKey(docId), text);
}

/** Loads a document's note, and any local draft of it that never reached the library. */
export function useNote(docId: number): NoteLoad & { retryLoad: () => void } {
  const [attempt, setAttempt] = useState(0);
  // The answer is kept with the load it answers: a new document or retry reads as loading until its own arrives.
  const [answer, setAnswer] = useState<{ for: string; load: NoteLoad } | null>(null);
  const current = `${docId}:${attempt}`;

  useEffect(() => {
    let live = true;
    const key = `${docId}:${attempt}`;
    api.call('notes.get', { docId }).then(
      (note) => {
        if (!live) return;
        const stored = note?.body ?? '';
        const draft = readString(draftKey(docId));
        if (draft === null || draft === stored) writeString(draftKey(docId), null);
        setAnswer({ for: key, load: { status: 'ready', stored, text: draft ?? stored, updatedAt: note?.updatedAt ?? null, links: note?.links ?? [], noteId: note?.id ?? null } });
      },
      (err: unknown) => {
        if (live) setAnswer({ for: key, load: { status: 'load-error', error: errorMessage(err) } });
      },
    );
    return () => {
      live = false;
    };
  }, [docId, attempt]);

  const retryLoad = useCallback(() => setAttempt((n) => n + 1), []);
  const load: NoteLoad = answer?.for === current ? answer.load : { status: 'loading' };
  return { ...load, retryLoad };
}
