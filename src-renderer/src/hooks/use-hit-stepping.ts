import { useEffect, useRef } from 'react';
import type { SearchHit } from '@contract';

/** F3 / Shift+F3 anywhere: open the next / previous search hit in the active pane. */
export function useHitStepping(hits: ReadonlyArray<SearchHit | undefined>, openId: number | null, onStep: (index: number, id: number) => void): void {
  const state = useRef({ hits, openId, onStep });
  useEffect(() => {
    state.current = { hits, openId, onStep };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F3' || e.ctrlKey || e.metaKey || e.altKey) return;
      const { hits: list, openId: open, onStep: step } = state.current;
      if (list.length === 0) return;
      e.preventDefault();
      const at = list.findIndex((h) => h?.id === open);
      const delta = e.shiftKey ? -1 : 1;
      const next = at === -1 ? (delta === 1 ? 0 : list.length - 1) : (at + delta + list.length) % list.length;
      const hit = list[next];
      if (hit) step(next, hit.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
