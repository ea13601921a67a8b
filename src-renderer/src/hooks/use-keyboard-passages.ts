import { useEffect, useRef, type RefObject } from 'react';
import type { TextLayout } from '@shared/text/layout';
import { rangeToOffsets } from '../lib/dom-anchor';
import { firstVisibleOffset, offsetsToRange, paragraphs, passageFrom, sentences, type Span } from '../lib/passages';
import { isTyping } from './use-shortcuts';

interface Actions {
  /** The selection was set or changed from the keyboard. */
  onSelected: () => void;
  /** H: highlight the selection. */
  onHighlight: () => void;
}

const ARROWS: Record<string, { direction: 'forward' | 'backward'; line: boolean }> = {
  ArrowRight: { direction: 'forward', line: false },
  ArrowLeft: { direction: 'backward', line: false },
  ArrowDown: { direction: 'forward', line: true },
  ArrowUp: { direction: 'backward', line: true },
};

/**
 * Selecting a passage without a mouse, in a reader whose text is not
 * editable (so the browser offers no caret): S selects the next sentence
 * (from the selection, else from the top of the view), P the next paragraph,
 * Shift with either adds the next one to the selection; Shift+arrows move the
 * selection's end by a character or a line (Ctrl: a word); H highlights it.
 */
export function useKeyboardPassages(scroller: RefObject<HTMLElement | null>, anchor: TextLayout, actions: Actions): void {
  const act = useRef(actions);
  useEffect(() => {
    act.current = actions;
  });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const body = (): Element | null => el.querySelector('.doc-body');
    /** The current selection in the body, as offsets. */
    const current = (): Span | null => {
      const s = window.getSelection();
      const root = body();
      if (!s || s.rangeCount === 0 || s.isCollapsed || !root) return null;
      return rangeToOffsets(root, s.getRangeAt(0));
    };
    const select = (span: Span): void => {
      const root = body();
      const range = root && offsetsToRange(root, span.start, span.end);
      const s = window.getSelection();
      if (!range || !s) return;
      s.removeAllRanges();
      s.addRange(range);
      range.endContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      act.current.onSelected();
    };
    const step = (spans: Span[], extend: boolean): void => {
      const root = body();
      if (!root) return;
      const sel = current();
      const next = passageFrom(spans, sel ? sel.end : firstVisibleOffset(root, el));
      if (!next) return;
      select(extend && sel ? { start: sel.start, end: next.end } : next);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || e.altKey || e.metaKey) return;
      const arrow = ARROWS[e.key];
      if (arrow && e.shiftKey && current()) {
        e.preventDefault();
        window.getSelection()?.modify('extend', arrow.direction, arrow.line ? 'line' : e.ctrlKey ? 'word' : 'character');
        act.current.onSelected();
        return;
      }
      if (e.ctrlKey) return;
      if (e.code === 'KeyS') step(sentences(anchor.text, anchor.bodyLength), e.shiftKey);
      else if (e.code === 'KeyP') step(paragraphs(anchor.text, anchor.bodyLength), e.shiftKey);
      else if (e.code === 'KeyH' && !e.shiftKey && current()) act.current.onHighlight();
      else return;
      e.preventDefault();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [scroller, anchor]);
}
