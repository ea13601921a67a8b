import { OFFSET_ATTR, placedTexts } from './dom-anchor';

/**
 * The reading spot is the text offset of the first character at the top of the
 * reader — exact to the character, not to the start of the run it is in: a run
 * can be a whole long paragraph, and saving its start would move the reader back
 * up by that paragraph each time the document is reopened.
 */

/** How far a line may stick out above the top and still not count as being read. */
const SLACK = 4;

/** The first index in [lo, hi) for which `past` holds, `past` being false then true; hi if none. */
export function firstWhere(lo: number, hi: number, past: (i: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (past(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

function charRect(node: Text, i: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, i);
  range.setEnd(node, Math.min(node.length, i + 1));
  return range.getBoundingClientRect();
}

/** The text offset of the first character visible at the top of `scroller`, or null if there is no text. */
export function topOffset(scroller: HTMLElement): number | null {
  const body = scroller.querySelector('.doc-body');
  if (!body) return null;
  const top = scroller.getBoundingClientRect().top + SLACK;
  const run = Array.from(body.querySelectorAll(`[${OFFSET_ATTR}]`)).find((el) => el.getBoundingClientRect().bottom > top);
  if (!run) return null;
  const texts = placedTexts(run);
  const chars = texts.flatMap(({ node, at }) => Array.from({ length: node.length }, (_, i) => ({ node, i, at: at + i })));
  // Collapsed white space has an empty box: count it with the text before it.
  const below = (k: number): boolean => {
    const c = chars[k];
    if (!c) return true;
    const r = charRect(c.node, c.i);
    return r.height === 0 ? k > 0 && below(k - 1) : r.bottom > top;
  };
  const k = firstWhere(0, chars.length, below);
  return chars[k]?.at ?? Number(run.getAttribute(OFFSET_ATTR));
}

/** Scroll so that the line holding the character at `offset` is at the top; false if the text is not rendered. */
export function scrollToOffset(scroller: HTMLElement, offset: number): boolean {
  const body = scroller.querySelector('.doc-body');
  if (!body) return false;
  const texts = placedTexts(body);
  const hit = texts.filter((t) => t.at <= offset).pop();
  if (!hit || hit.node.length === 0) return false;
  const rect = charRect(hit.node, Math.min(offset - hit.at, hit.node.length - 1));
  const box = rect.height > 0 ? rect : hit.node.parentElement?.getBoundingClientRect();
  if (!box) return false;
  scroller.scrollTop += box.top - scroller.getBoundingClientRect().top;
  return true;
}
