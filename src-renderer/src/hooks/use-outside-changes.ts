import { useEffect, useRef } from 'react';
import type { LibraryChanges } from '@contract';
import { api } from '../api/client';
import { dossiersChanged } from '../lib/dossier-events';

/** While the window is visible: often enough that a dossier made in a terminal is there when the user looks back. */
const POLL_MS = 3000;

/**
 * Another face (the CLI in a terminal) may write the same library while the
 * app is open. Ask the core whether it saw such a commit when the window
 * regains focus or becomes visible, and every few seconds while it is
 * visible; then reload the dossiers, and the library when its documents
 * changed. The call is one SQLite pragma, and a poll never overlaps another.
 */
export function useOutsideChanges(onDocumentsChanged: () => void): void {
  const onDocs = useRef(onDocumentsChanged);
  useEffect(() => {
    onDocs.current = onDocumentsChanged;
  });
  useEffect(() => {
    let last: LibraryChanges | null = null;
    let inFlight = false;
    let live = true;
    const poll = (): void => {
      if (inFlight || document.visibilityState !== 'visible') return;
      inFlight = true;
      api.call('library.changes', {}).then(
        (now) => {
          inFlight = false;
          if (!live) return;
          if (last && now.outside !== last.outside) {
            dossiersChanged();
            if (now.generation !== last.generation) onDocs.current();
          }
          last = now;
        },
        () => {
          // The host is away (restarting, or the app is closing): the next poll asks again.
          inFlight = false;
        },
      );
    };
    poll();
    const timer = window.setInterval(poll, POLL_MS);
    window.addEventListener('focus', poll);
    document.addEventListener('visibilitychange', poll);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', poll);
      document.removeEventListener('visibilitychange', poll);
    };
  }, []);
}
