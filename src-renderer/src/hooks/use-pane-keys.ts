import { useEffect, useRef } from 'react';

/** Ctrl/Cmd+F opens find in the active reader pane (instead of the browser's own find). */
export function usePaneKeys(enabled: boolean, onFind: () => void): void {
  const handler = useRef(onFind);
  useEffect(() => {
    handler.current = onFind;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        handler.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
