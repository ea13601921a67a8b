export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** Where the `[[` list goes, in viewport pixels (position: fixed). */
export interface SuggestPlace {
  left: number;
  width: number;
  /** Below the caret: `top`; flipped above it: `bottom` (distance from the viewport's bottom edge). */
  top?: number;
  bottom?: number;
  maxHeight: number;
}

const MARGIN = 8;
const GAP = 4;
/** Enough for about eight candidates; more scroll. */
const TALLEST = 360;
/** Below this much room under the caret, the list opens upwards if there is more room there. */
const ENOUGH = 200;
const WIDEST = 448;

/**
 * Keeps the list inside `bounds` (the pane holding the editor): under the
 * caret line when there is room, else above it, as tall as fits (it scrolls),
 * and shifted left rather than spilling out on the right.
 */
export function placeSuggestions(caret: { top: number; bottom: number; left: number }, bounds: Box, viewportHeight: number): SuggestPlace {
  const width = Math.max(160, Math.min(WIDEST, bounds.right - bounds.left - 2 * MARGIN));
  const left = Math.max(bounds.left + MARGIN, Math.min(caret.left, bounds.right - MARGIN - width));
  const below = bounds.bottom - MARGIN - (caret.bottom + GAP);
  const above = caret.top - GAP - (bounds.top + MARGIN);
  if (below >= ENOUGH || below >= above) return { left, width, top: caret.bottom + GAP, maxHeight: Math.max(0, Math.min(TALLEST, below)) };
  return { left, width, bottom: viewportHeight - (caret.top - GAP), maxHeight: Math.max(0, Math.min(TALLEST, above)) };
}

/** "Papers Relating to the Foreign Relations of the United States, 1918, Russia, Volume III" → "FRUS 1918, Russia, vol. III". */
export function shortVolume(title: string | null): string {
  if (!title) return '';
  return title
    .replace(/^(Papers Relating to the )?Foreign Relations of the United States,?\s*/i, 'FRUS ')
    .replace(/\bVolume\s+/g, 'vol. ')
    .trim();
}
