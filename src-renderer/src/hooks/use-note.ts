import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';
import { readString, writeString } from '../lib/storage';

export type NoteStatus = 'loading' | 'load-error' | 'clean' | 'pending' | 'saving' | 'saved' | 'error';

export interface NoteState {
  text: string;
  status: NoteStatus;
  /** When the stored note was last written (ISO), if known. */
  updatedAt: string | null;
  error: string | null;
  /** Documents the saved note links to (resolves bare [[Title]] links in the preview). */
  links: Note['links'];
  setText: (text: string) => void;
  /** Save now if anything is unsaved (on blur, page hide, document switch). */
  flush: (keepalive?: boolean) => void;
  retryLoad: () => void;
}

const DEBOUNCE_MS = 400;
const MAX_RETRY_MS = 15_000;
const draftKey = (docId: number): string => `noteDraft.${docId}`;

/**
 * A document's note with autosave. Every keystroke is mirrored to a local draft
 * until the host confirms the save, so nothing typed is lost on reload or crash.
 */
export function useNote(docId: number): NoteState {
  const [text, setTextState] = useState('');
  const [status, setStatus] = useState<NoteStatus>('loading');
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadCount, setLoadCount] = useState(0);
  const [links, setLinks] = useState<Note['links']>([]);

  const textRef = useRef('');
  const savedRef = useRef<string | null>(null);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const debounce = useRef<number | undefined>(undefined);
  const retry = useRef<{ timer: number | undefined; delay: number }>({ timer: undefined, delay: 1000 });
  const saveRef = useRef<(keepalive?: boolean) => void>(() => undefined);

  const save = useCallback(
    (keepalive = false): void => {
      window.clearTimeout(debounce.current);
      window.clearTimeout(retry.current.timer);
      if (savedRef.current === null || textRef.current === savedRef.current) return;
      if (inFlight.current) return; // the completion handler saves again if still needed
      inFlight.current = true;
      const body = textRef.current;
      if (mounted.current) setStatus('saving');
      api.call('notes.save', { docId, body }, { keepalive }).then(
        (note) => {
          inFlight.current = false;
          savedRef.current = body;
          retry.current.delay = 1000;
          if (textRef.current === body) writeString(draftKey(docId), null);
          if (!mounted.current) {
            if (textRef.current !== body) saveRef.current(keepalive);
            return;
          }
          setUpdatedAt(note.updatedAt);
          setLinks(note.links);
          setError(null);
          if (textRef.current !== body) saveRef.current();
          else setStatus('saved');
        },
        (err: unknown) => {
          inFlight.current = false;
          if (!mounted.current) return; // the local draft keeps the text for next time
          setError(errorMessage(err));
          setStatus('error');
          const delay = retry.current.delay;
          retry.current.delay = Math.min(delay * 2, MAX_RETRY_MS);
          retry.current.timer = window.setTimeout(() => saveRef.current(), delay);
        },
      );
    },
    [docId],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    mounted.current = true;
    let live = true;
    api.call('notes.get', { docId }).then(
      (note) => {
        if (!live) return;
        const stored = note?.body ?? '';
        const draft = readString(draftKey(docId));
        savedRef.current = stored;
        setUpdatedAt(note?.updatedAt ?? null);
        setLinks(note?.links ?? []);
        setError(null);
        if (draft !== null && draft !== stored) {
          textRef.current = draft;
          setTextState(draft);
          setStatus('pending');
          debounce.current = window.setTimeout(() => saveRef.current(), 0);
        } else {
          writeString(draftKey(docId), null);
          textRef.current = stored;
          setTextState(stored);
          setStatus('clean');
        }
      },
      (err: unknown) => {
        if (!live) return;
        setError(errorMessage(err));
        setStatus('load-error');
      },
    );
    return () => {
      live = false;
    };
  }, [docId, loadCount]);

  // Leaving the document (switch or unmount): save whatever is pending.
  useEffect(() => {
    const r = retry.current;
    return () => {
      mounted.current = false;
      window.clearTimeout(r.timer);
      saveRef.current();
    };
  }, [docId]);

  // The page may go away at any moment: flush with keepalive so the request survives.
  useEffect(() => {
    const onHide = (): void => saveRef.current(true);
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);

  const setText = useCallback(
    (next: string): void => {
      if (savedRef.current === null) return; // not loaded: never overwrite an unseen note
      textRef.current = next;
      setTextState(next);
      writeString(draftKey(docId), next);
      setStatus('pending');
      window.clearTimeout(debounce.current);
      debounce.current = window.setTimeout(() => saveRef.current(), DEBOUNCE_MS);
    },
    [docId],
  );

  const retryLoad = useCallback(() => {
    setStatus('loading');
    setLoadCount((n) => n + 1);
  }, []);

  return { text, status, updatedAt, error, links, setText, flush: save, retryLoad };
}
