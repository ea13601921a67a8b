import { useEffect, useRef, type RefObject } from 'react';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export interface ShortcutActions {
  /** Ctrl+\: show the active document in the other pane too. */
  openInOther: () => void;
  swap: () => void;
  closePane: () => void;
  focusPane: (i: 0 | 1) => void;
  cycleNotes: () => void;
  toggleHelp: () => void;
}

/**
 * Application-wide keys. Ctrl/Cmd+K or '/' (outside text fields) focuses the
 * search box; Alt+letter keys use `code` so they work with any layout and on macOS.
 */
export function useShortcuts(input: RefObject<HTMLInputElement | null>, actions: ShortcutActions): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      const a = ref.current;
      const typing = isTyping(e.target);
      let handled = true;
      if (mod && !e.altKey && e.key.toLowerCase() === 'k') {
        input.current?.focus();
        input.current?.select();
      } else if (e.key === '/' && !mod && !e.altKey && !typing) {
        input.current?.focus();
        input.current?.select();
      } else if (e.key === '?' && !mod && !e.altKey && !typing) a.toggleHelp();
      else if (mod && !e.altKey && e.code === 'Backslash') a.openInOther();
      // Alt+letter types characters on macOS (⌥S is ß): not while the user is typing.
      else if (e.altKey && !mod && !typing && e.code === 'KeyS') a.swap();
      else if (e.altKey && !mod && !typing && e.code === 'KeyW') a.closePane();
      else if (e.altKey && !mod && !typing && e.code === 'Digit1') a.focusPane(0);
      else if (e.altKey && !mod && !typing && e.code === 'Digit2') a.focusPane(1);
      else if (e.altKey && !mod && !typing && e.code === 'KeyN') a.cycleNotes();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
