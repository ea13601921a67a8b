import { useState, type KeyboardEvent } from 'react';

/**
 * Arrow-key navigation over a list: ↑/↓, Home/End, PageUp/PageDown move the
 * active item; Enter activates it (Alt+Enter: the alternative action). `resetKey` clears the position when the list changes.
 */
export function useListNav(count: number, resetKey: unknown, onEnter: (index: number, alt: boolean) => void) {
  const [state, setState] = useState<{ key: unknown; index: number | null }>({ key: resetKey, index: null });
  const active = state.key === resetKey && state.index !== null && state.index < count ? state.index : null;
  const setActive = (index: number | null): void => setState({ key: resetKey, index });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (count === 0) return;
    const cur = active ?? -1;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(count - 1, cur + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, cur - 1);
    else if (e.key === 'PageDown') next = Math.min(count - 1, cur + 10);
    else if (e.key === 'PageUp') next = Math.max(0, cur - 10);
    else if (e.key === 'Home' && e.currentTarget.tagName !== 'INPUT') next = 0;
    else if (e.key === 'End' && e.currentTarget.tagName !== 'INPUT') next = count - 1;
    else if (e.key === 'Enter') {
      e.preventDefault();
      onEnter(active ?? 0, e.altKey);
      if (active === null) setActive(0);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };

  return { active, setActive, onKeyDown };
}
