import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { rangeToOffsets, trimOffsets } from '../lib/dom-anchor';

export interface TextSelection {
  start: number;
  end: number;
  /** Where to put a toolbar: centre-top of the selection, in the scroller's content coordinates. */
  top: number;
  left: number;
}

/**
 * The user's selection in a document body, as offsets in its anchoring text
 * (text of `bodyLength` characters: selections beyond it, in footnotes, are ignored).
 */
export function useTextSelection(
  scroller: RefObject<HTMLElement | null>,
  text: string | null,
  bodyLength: number,
): [TextSelection | null, () => void, () => void] {
  const [sel, setSel] = useState<TextSelection | null>(null);

  const clear = useCallback(() => {
    setSel(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  /** Reads the DOM selection (set by the effect below, which knows the scroller). */
  const measureNow = useRef<() => void>(() => undefined);
  /** After a mouse-up, Shift+keys, or a keyboard command: the selection into offsets and a toolbar position. */
  const measure = useCallback(() => measureNow.current(), []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || text === null) return;
    measureNow.current = () => {
      const s = window.getSelection();
      const body = el.querySelector('.doc-body');
      if (!s || s.rangeCount === 0 || s.isCollapsed || !body) return setSel(null);
      const range = s.getRangeAt(0);
      if (!body.contains(range.commonAncestorContainer) && !range.intersectsNode(body)) return setSel(null);
      const raw = rangeToOffsets(body, range);
      const trimmed = raw && trimOffsets(text, raw.start, Math.min(raw.end, bodyLength));
      if (!trimmed) return setSel(null);
      const rect = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      setSel({
        ...trimmed,
        top: rect.top - box.top + el.scrollTop,
        left: Math.min(Math.max(rect.left + rect.width / 2 - box.left, 140), box.width - 140),
      });
    };
    const onUp = (): void => {
      window.setTimeout(measure, 0);
    };
    const onKeyUp = (e: KeyboardEvent): void => {
      if (e.shiftKey || e.key === 'Shift') measure();
    };
    const onChange = (): void => {
      if (window.getSelection()?.isCollapsed) setSel(null);
    };
    el.addEventListener('mouseup', onUp);
    el.addEventListener('keyup', onKeyUp);
    document.addEventListener('selectionchange', onChange);
    return () => {
      el.removeEventListener('mouseup', onUp);
      el.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [scroller, text, bodyLength, measure]);

  return [sel, clear, measure];
}
