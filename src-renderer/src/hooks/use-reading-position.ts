import { useEffect, useRef, type RefObject } from 'react';
import type { DocumentView } from '../../../src-main/contract/views';
import { api } from '../api/client';
import { offsetOf, positionOf, type AnchorText } from '../lib/anchor-text';
import { OFFSET_ATTR } from '../lib/dom-anchor';
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

/** The text offset of the first run visible at the top of the scroller. */
function firstVisibleOffset(scroller: HTMLElement): number | null {
  const top = scroller.getBoundingClientRect().top;
  for (const el of Array.from(scroller.querySelectorAll(`.doc-body [${OFFSET_ATTR}]`))) {
    if (el.getBoundingClientRect().bottom > top + 4) return Number(el.getAttribute(OFFSET_ATTR));
  }
  return null;
}

function runAt(scroller: HTMLElement, offset: number): Element | null {
  let best: Element | null = null;
  for (const el of Array.from(scroller.querySelectorAll(`.doc-body [${OFFSET_ATTR}]`))) {
    if (Number(el.getAttribute(OFFSET_ATTR)) > offset) break;
    best = el;
  }
  return best;
}

/**
 * Remember where the reader was in each document — as a text position, so it
 * survives a change of font size — in the library (`document.setPosition`) and
 * locally, and go back there when the document is reopened.
 */
export function useReadingPosition(scroller: RefObject<HTMLElement | null>, view: DocumentView | null, anchor: AnchorText | null): void {
  const restored = useRef<number | null>(null);
  const docId = view?.id ?? null;

  useEffect(() => {
    const el = scroller.current;
    if (!el || !view || !anchor || restored.current === view.id) return;
    restored.current = view.id;
    const local = readLocal(view.id);
    const stored = view.position;
    const offset = local && (!stored || local.at > stored.updatedAt) ? local.offset : stored ? offsetOf(anchor, stored) : 0;
    const target = offset > 0 ? runAt(el, offset) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else el.scrollTo({ top: 0 });
  }, [scroller, view, anchor]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || docId === null || !anchor) return;
    let timer: number | undefined;
    const onScroll = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (restored.current !== docId) return;
        const offset = el.scrollTop < 8 ? 0 : firstVisibleOffset(el);
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
