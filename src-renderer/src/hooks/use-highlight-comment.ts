import { useCallback, useEffect, useRef, useState } from 'react';
import type { Highlight } from '@contract';
import { errorMessage } from '../api/client';
import { updateHighlight } from '../lib/highlight-store';
import { readString, writeString } from '../lib/storage';

const DEBOUNCE_MS = 500;
const draftKey = (id: number): string => `highlightDraft.${id}`;

export type CommentStatus = 'clean' | 'pending' | 'saving' | 'saved' | 'error';

/** A highlight's comment, autosaved; a local draft keeps unsaved text across a reload. */
export function useHighlightComment(h: Highlight): {
  text: string;
  status: CommentStatus;
  error: string | null;
  setText: (t: string) => void;
  flush: () => void;
} {
  const [text, setTextState] = useState(() => readString(draftKey(h.id)) ?? h.comment ?? '');
  const [status, setStatus] = useState<CommentStatus>(() => (readString(draftKey(h.id)) !== null ? 'pending' : 'clean'));
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef(text);
  const saved = useRef(h.comment ?? '');
  const timer = useRef<number | undefined>(undefined);
  const id = h.id;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const body = textRef.current;
    if (body === saved.current) return;
    setStatus('saving');
    updateHighlight(id, { comment: body.trim() === '' ? null : body }).then(
      () => {
        saved.current = body;
        if (textRef.current === body) {
          writeString(draftKey(id), null);
          setStatus('saved');
        }
      },
      (err: unknown) => {
        setError(errorMessage(err));
        setStatus('error');
      },
    );
  }, [id]);

  // A draft left by a reload is saved at once; anything pending is saved on unmount.
  useEffect(() => {
    if (textRef.current !== saved.current) flush();
    return flush;
  }, [flush]);

  const setText = useCallback(
    (t: string) => {
      textRef.current = t;
      setTextState(t);
      writeString(draftKey(id), t);
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DEBOUNCE_MS);
    },
    [id, flush],
  );

  return { text, status, error, setText, flush };
}
