import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '@contract';
import { api, errorMessage } from '../api/client';
import { noteChanged } from '../lib/notes-store';
import { readString, writeString } from '../lib/storage';

export type SaveStatus = 'clean' | 'pending' | 'saving' | 'saved' | 'error';

interface Draft {
  title: string;
  body: string;
}

const DEBOUNCE_MS = 400;
const draftKey = (id: number): string => `researchDraft.${id}`;

function readDraft(id: number): Draft | null {
  try {
    const v: unknown = JSON.parse(readString(draftKey(id)) ?? 'null');
    if (typeof v === 'object' && v !== null && typeof (v as Draft).title === 'string' && typeof (v as Draft).body === 'string') return v as Draft;
  } catch {
    // ignore a broken draft
  }
  return null;
}

/**
 * A research note being edited: title and body autosaved together; every change
 * is mirrored to a local draft until the core confirms it, so a reload loses nothing.
 */
export function useResearchNote(note: Note): {
  draft: Draft;
  status: SaveStatus;
  error: string | null;
  links: Note['links'];
  set: (patch: Partial<Draft>) => void;
  flush: (keepalive?: boolean) => void;
} {
  const [draft, setDraft] = useState<Draft>(() => readDraft(note.id) ?? { title: note.title, body: note.body });
  const [status, setStatus] = useState<SaveStatus>(() => (readDraft(note.id) ? 'pending' : 'clean'));
  const [error, setError] = useState<string | null>(null);
  const [links, setLinks] = useState(note.links);
  const current = useRef(draft);
  const saved = useRef<Draft>({ title: note.title, body: note.body });
  const timer = useRef<number | undefined>(undefined);
  const busy = useRef(false);
  const flushRef = useRef<() => void>(() => undefined);
  const id = note.id;

  const flush = useCallback(
    (keepalive = false) => {
      window.clearTimeout(timer.current);
      const d = current.current;
      if ((d.title === saved.current.title && d.body === saved.current.body) || busy.current) return;
      busy.current = true;
      setStatus('saving');
      api.call('notes.update', { id, title: d.title, body: d.body }, { keepalive }).then(
        (n) => {
          busy.current = false;
          saved.current = d;
          setLinks(n.links);
          noteChanged(n);
          if (current.current === d) {
            writeString(draftKey(id), null);
            setStatus('saved');
          } else flushRef.current();
        },
        (err: unknown) => {
          busy.current = false;
          setError(errorMessage(err));
          setStatus('error');
        },
      );
    },
    [id],
  );
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    if (current.current !== saved.current) flush();
    const onHide = (): void => flush(true);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flush();
    };
  }, [flush]);

  const set = useCallback(
    (patch: Partial<Draft>) => {
      const next = { ...current.current, ...patch };
      current.current = next;
      setDraft(next);
      writeString(draftKey(id), JSON.stringify(next));
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => flushRef.current(), DEBOUNCE_MS);
    },
    [id],
  );

  return { draft, status, error, links, set, flush };
}
