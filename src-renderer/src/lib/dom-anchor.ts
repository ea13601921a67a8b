/**
 * Map a DOM selection in the reader back to offsets in the anchoring text.
 * Every rendered text run is an element carrying `data-o` (its start offset, see
 * anchor-text.ts); text inside it (however nested in <em>, <mark>…) counts from there.
 * Text outside runs (page numbers in the margin, footnote labels) counts for nothing:
 * a boundary there snaps to the nearest run text inside the selection.
 */
export const OFFSET_ATTR = 'data-o';

interface PlacedText {
  node: Text;
  at: number;
}

/** Every text node inside a run under `root`, with its absolute offset, in document order. */
export function placedTexts(root: Element): PlacedText[] {
  const out: PlacedText[] = [];
  for (const run of Array.from(root.querySelectorAll(`[${OFFSET_ATTR}]`))) {
    const base = Number(run.getAttribute(OFFSET_ATTR));
    if (!Number.isFinite(base)) continue;
    const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
    let at = base;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      out.push({ node: text, at });
      at += text.length;
    }
  }
  return out;
}

/** [start, end) of the selected run text under `root`, or null when the range covers none. */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  const texts = placedTexts(root);
  let start: number | null = null;
  for (const t of texts) {
    if (t.node === range.startContainer) {
      start = t.at + Math.min(range.startOffset, t.node.length);
      break;
    }
    if (range.comparePoint(t.node, t.node.length) < 0) continue; // wholly before the range
    start = t.at;
    break;
  }
  let end: number | null = null;
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = texts[i];
    if (!t) continue;
    if (t.node === range.endContainer) {
      end = t.at + Math.min(range.endOffset, t.node.length);
      break;
    }
    if (range.comparePoint(t.node, 0) > 0) continue; // wholly after the range
    end = t.at + t.node.length;
    break;
  }
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Trim whitespace at both ends of [start, end) of `text`. */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}
