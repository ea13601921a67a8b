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

const DEBOUNCE_MS = 500;
const MAX_RETRY_MS = 15_000;

/**
 * A text saved as it is typed: debounced, flushed on blur and page hide, and
 * "saved" only once the core has answered. Mount it per record (key by id).
 */
export function useAutosave(initial: string, save: (text: string, keepalive: boolean) => Promise<unknown>): Autosave {
  const [text, setTextState] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('clean');
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef(initial);
  const savedRef = useRef(initial);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const timer = useRef<number | undefined>(undefined);
  const delay = useRef(1000);
  const saveFn = useRef(save);
  const flushRef = useRef<(keepalive?: boolean) => void>(() => undefined);

  useEffect(() => {
    saveFn.current = save;
  }, [save]);

  const flush = useCallback((keepalive = false): void => {
    window.clearTimeout(timer.current);
    if (textRef.current === savedRef.current || inFlight.current) return;
    inFlight.current = true;
    const body = textRef.current;
    if (mounted.current) setStatus('saving');
    trackSave(saveFn.current(body, keepalive)).then(
      () => {
        inFlight.current = false;
        savedRef.current = body;
        delay.current = 1000;
        if (textRef.current !== body) return flushRef.current(keepalive);
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
    setStatus('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => flushRef.current(), DEBOUNCE_MS);
  }, []);

  return { text, status, error, setText, flush };
}
