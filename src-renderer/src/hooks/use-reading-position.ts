import { useEffect, useRef, type RefObject } from 'react';
import type { DocumentView } from '@contract';
import { api } from '../api/client';
import type { TextLayout } from '@shared/text/layout';
import { offsetOf, positionOf } from '../lib/anchor-text';
import { scrollToOffset, topOffset } from '../lib/reading-spot';
import { GOTO_EVENT, takeWaiting, type Occurrence } from '../lib/open-at';
import { clearOccurrence, markOccurrence } from '../lib/occurrence-mark';
import { readString, writeString } from '../lib/storage';

const key = (docId: number): string => `position.${docId}`;
const SAVE_MS = 600;

interface Local {
  offset: number;
  at: string;
}

function readLocal(docId: number): Local | null {
  try {
    const v: unknown = JSON.parse(readString(key(docId)) ?? 'null');
    if (typeof v === 'object' && v !== null && typeof (v as Local).offset === 'number' && typeof (v as Local).at === 'string') return v as Local;
  } catch {
    // fall through
  }
  return null;
}

/**
 * Remember where the reader was in each document — as a text position, so it
 * survives a change of font size — in the library (`document.setPosition`) and
 * locally, and go back there when the document is reopened.
 */
export function useReadingPosition(scroller: RefObject<HTMLElement | null>, view: DocumentView | null, anchor: TextLayout | null): void {
  const restored = useRef<number | null>(null);
  /** While set, the reader is being held at the restored spot as the layout settles. */
  const pin = useRef<{ offset: number; top: number } | null>(null);
  const docId = view?.id ?? null;

  useEffect(() => {
    const el = scroller.current;
    if (!el || !view || !anchor || restored.current === view.id) return;
    restored.current = view.id;
    const local = readLocal(view.id);
    const stored = view.position;
    const offset = local && (!stored || local.at > stored.updatedAt) ? local.offset : stored ? offsetOf(anchor, stored) : 0;
    pin.current = null;
    if (offset > 0 && scrollToOffset(el, offset)) pin.current = { offset, top: el.scrollTop };
    else el.scrollTo({ top: 0 });
    const at = takeWaiting(view.id);
    if (at) markOccurrence(el, at.start, at.end);
  }, [scroller, view, anchor]);

  // A concordance line for the document already shown: no reopening, so no restore — go there here.
  useEffect(() => {
    const el = scroller.current;
    if (!el || docId === null || !anchor) return;
    const onGoto = (e: Event): void => {
      const at = (e as CustomEvent<Occurrence>).detail;
      if (at.docId !== docId || restored.current !== docId) return;
      takeWaiting(docId);
      pin.current = scrollToOffset(el, at.start) ? { offset: at.start, top: el.scrollTop } : null;
      markOccurrence(el, at.start, at.end);
    };
    window.addEventListener(GOTO_EVENT, onGoto);
    return () => {
      window.removeEventListener(GOTO_EVENT, onGoto);
      clearOccurrence();
    };
  }, [scroller, docId, anchor]);

  // Fonts, the document's header (tags, links), highlights and the notes pane arrive
  // after the text and move it: keep the restored spot at the top until the reader
  // scrolls, rather than leave them somewhere above it.
  useEffect(() => {
    const el = scroller.current;
    if (!el || docId === null || !anchor) return;
    const hold = (): void => {
      const p = pin.current;
      if (!p || !scrollToOffset(el, p.offset)) return;
      p.top = el.scrollTop;
    };
    const release = (): void => {
      pin.current = null;
    };
    const sizes = new ResizeObserver(hold);
    sizes.observe(el);
    for (const child of Array.from(el.children)) sizes.observe(child);
    const inputs = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const type of inputs) el.addEventListener(type, release, { passive: true });
    return () => {
      sizes.disconnect();
      for (const type of inputs) el.removeEventListener(type, release);
    };
  }, [scroller, docId, anchor]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || docId === null || !anchor) return;
    let timer: number | undefined;
    const onScroll = (): void => {
      const p = pin.current;
      // Our own scroll to the restored spot: the saved position is already this one.
      if (p && Math.abs(el.scrollTop - p.top) <= 1) return;
      pin.current = null;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (restored.current !== docId) return;
        const offset = el.scrollTop < 8 ? 0 : topOffset(el);
        if (offset === null) return;
        writeString(key(docId), JSON.stringify({ offset, at: new Date().toISOString() }));
        api.call('document.setPosition', { id: docId, ...positionOf(anchor, offset) }).catch(() => undefined);
      }, SAVE_MS);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      el.removeEventListener('scroll', onScroll);
    };
  }, [scroller, docId, anchor]);
}
