import type { DocumentBody } from '@shared/model/document';
import { textLayout, type TextLayout } from '@shared/text/layout';

/**
 * The reader's text positions: the body's text layout (src-shared/text), with
 * the footnotes after the body so find-in-document covers them in one offset
 * space. Highlights only ever use offsets below `bodyLength`.
 */

/** Reading position as the core stores it: top-level block and offset inside it. */
export function positionOf(anchor: TextLayout, offset: number): { blockIndex: number; offset: number } {
  let blockIndex = 0;
  let start = 0;
  anchor.blockStarts.forEach((s, i) => {
    if (s !== -1 && s <= offset) {
      blockIndex = i;
      start = s;
    }
  });
  return { blockIndex, offset: Math.max(0, offset - start) };
}

/** The absolute offset of a stored reading position. */
export function offsetOf(anchor: TextLayout, pos: { blockIndex: number; offset: number }): number {
  const start = anchor.blockStarts[pos.blockIndex];
  if (start === undefined || start === -1) return 0;
  return Math.min(anchor.bodyLength, start + pos.offset);
}

const cache = new WeakMap<DocumentBody, TextLayout>();

/** The text layout of a body with its footnotes, computed once per body object. */
export function anchorFor(body: DocumentBody): TextLayout {
  let a = cache.get(body);
  if (!a) {
    a = textLayout(body, { footnotes: true });
    cache.set(body, a);
  }
  return a;
}
