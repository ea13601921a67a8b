import type { Highlight, HighlightAnchor, HighlightColor } from '@contract';

/**
 * Decorations over the reader's text (highlights, find matches) and how they cut
 * a text run into segments. Pure: the reader renders each segment as React elements.
 */

export interface Decoration {
  start: number;
  end: number;
  kind: 'highlight' | 'find' | 'redaction';
  /** Highlight id, or find-match index. */
  id: number;
  color?: HighlightColor;
  /** The current find match. */
  current?: boolean;
  /** A highlight with a comment. */
  commented?: boolean;
  /** A redaction marker: what it is, for its tooltip and class. */
  redaction?: { kind: string; label: string };
}

/** Placed highlights as decorations, sorted by start (orphaned ones have no place in the text). */
export function highlightDecorations(
  items: ReadonlyArray<Pick<Highlight, 'id' | 'color' | 'comment' | 'status'> & { anchor: Pick<HighlightAnchor, 'position'> }>,
): Decoration[] {
  return items
    .filter((h) => h.status === 'anchored' && h.anchor.position.end > h.anchor.position.start)
    .map((h) => ({
      start: h.anchor.position.start,
      end: h.anchor.position.end,
      kind: 'highlight' as const,
      id: h.id,
      color: h.color,
      commented: h.comment !== null && h.comment.trim() !== '',
    }))
    .sort((a, b) => a.start - b.start);
}

export interface Segment {
  text: string;
  /** Absolute offset of the segment's first character. */
  start: number;
  highlight: Decoration | null;
  find: Decoration | null;
  redaction?: Decoration | null;
}

/** First index whose decoration ends after `offset` (decorations sorted by start, non-nested per kind). */
function firstEndingAfter(list: readonly Decoration[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Decorations overlapping [start, end). `sorted` must be sorted by start; for the
 * binary search to be exact ends must be ascending too, which holds for find
 * matches; highlights may overlap, so they are scanned linearly (there are few).
 */
export function overlapping(sorted: readonly Decoration[], start: number, end: number, monotone: boolean): Decoration[] {
  const out: Decoration[] = [];
  for (let i = monotone ? firstEndingAfter(sorted, start) : 0; i < sorted.length; i++) {
    const d = sorted[i];
    if (!d) break;
    if (d.start >= end) break;
    if (d.end > start) out.push(d);
  }
  return out;
}

/** Cut `text` (starting at absolute `start`) where highlights and find matches begin and end. */
export function segmentRun(
  text: string, start: number, highlights: readonly Decoration[], finds: readonly Decoration[], redactions: readonly Decoration[] = [],
): Segment[] {
  const end = start + text.length;
  const hs = overlapping(highlights, start, end, false);
  const fs = overlapping(finds, start, end, true);
  const rs = overlapping(redactions, start, end, true);
  if (hs.length === 0 && fs.length === 0 && rs.length === 0) return [{ text, start, highlight: null, find: null }];
  const cuts = new Set<number>([start, end]);
  for (const d of [...hs, ...fs, ...rs]) {
    if (d.start > start && d.start < end) cuts.add(d.start);
    if (d.end > start && d.end < end) cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? start;
    const b = points[i + 1] ?? end;
    // The most recently created highlight wins where highlights overlap.
    let highlight: Decoration | null = null;
    for (const d of hs) if (d.start <= a && d.end >= b && (highlight === null || d.id > highlight.id)) highlight = d;
    const find = fs.find((d) => d.start <= a && d.end >= b) ?? null;
    const redaction = rs.find((d) => d.start <= a && d.end >= b) ?? null;
    out.push({ text: text.slice(a - start, b - start), start: a, highlight, find, redaction });
  }
  return out;
}
