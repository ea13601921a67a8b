import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { trackSave } from '../lib/dossier-events';

export type SaveStatus = 'clean' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  text: string;
  status: SaveStatus;
  error: string | null;
  setText: (text: string) => void;
  /** Save now if anything is unsaved (blur, page hide, unmount). */
  flush: (keepalive?: boolean) => void;
}

export interface AutosaveOptions<T> {
  /** What the store holds, when `initial` is an unsaved draft of it: saved at once. */
  stored?: string;
  /** Mirrors every keystroke somewhere that survives a crash; called with null once the text is saved. */
  draft?: (text: string | null) => void;
  /** The store's answer to a save, while mounted. */
  onSaved?: (result: T) => void;
}

const DEBOUNCE_MS = 400;
const MAX_RETRY_MS = 15_000;

/**
 * A text saved as it is typed: debounced, flushed on blur, on page hide (with
 * keepalive, so the request outlives the page) and on unmount, retried with
 * backoff, and "saved" only once the core has answered. Mount it per record
 * (key by id) once the record is loaded, so an unseen text is never overwritten.
 */
export function useAutosave<T>(initial: string, save: (text: string, keepalive: boolean) => Promise<T>, opts: AutosaveOptions<T> = {}): Autosave {
  const stored = opts.stored ?? initial;
  const [text, setTextState] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(stored === initial ? 'clean' : 'pending');
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef(initial);
  const savedRef = useRef(stored);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const timer = useRef<number | undefined>(undefined);
  const delay = useRef(1000);
  const saveFn = useRef(save);
  const optsRef = useRef(opts);
  const flushRef = useRef<(keepalive?: boolean) => void>(() => undefined);

  useEffect(() => {
    saveFn.current = save;
    optsRef.current = opts;
  });

  const flush = useCallback((keepalive = false): void => {
    window.clearTimeout(timer.current);
    if (textRef.current === savedRef.current || inFlight.current) return;
    inFlight.current = true;
    const body = textRef.current;
    if (mounted.current) setStatus('saving');
    trackSave(saveFn.current(body, keepalive)).then(
      (result) => {
        inFlight.current = false;
        savedRef.current = body;
        delay.current = 1000;
        if (mounted.current) optsRef.current.onSaved?.(result);
        if (textRef.current !== body) return flushRef.current(keepalive);
        optsRef.current.draft?.(null);
        if (mounted.current) {
          setError(null);
          setStatus('saved');
        }
      },
      (err: unknown) => {
        inFlight.current = false;
        if (!mounted.current) return;
        setError(errorMessage(err));
        setStatus('error');
        const wait = delay.current;
        delay.current = Math.min(wait * 2, MAX_RETRY_MS);
        timer.current = window.setTimeout(() => flushRef.current(), wait);
      },
    );
  }, []);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    mounted.current = true;
    // A draft newer than the store: save it now.
    if (textRef.current !== savedRef.current) timer.current = window.setTimeout(() => flushRef.current(), 0);
    const onHide = (): void => flushRef.current(true);
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      mounted.current = false;
      flushRef.current();
    };
  }, []);

  const setText = useCallback((next: string): void => {
    textRef.current = next;
    setTextState(next);
    optsRef.current.draft?.(next);
    setStatus('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => flushRef.current(), DEBOUNCE_MS);
  }, []);

  return { text, status, error, setText, flush };
}
