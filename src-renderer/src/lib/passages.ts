import { placedTexts } from './dom-anchor';

/** [start, end) in the anchoring text. */
export interface Span {
  start: number;
  end: number;
}

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

/** A lone token such as a telegram's number ("5186.") or "No." that the segmenter took for a sentence. */
const isLabel = (s: string): boolean => s.length <= 12 && !/\s/.test(s);

/** The body's sentences (Unicode sentence breaks, which also break at line ends), trimmed, in order. */
export function sentences(text: string, bodyLength: number): Span[] {
  const body = text.slice(0, bodyLength);
  const out: Span[] = [];
  let pending: Span | null = null;
  for (const seg of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(body)) {
    const span = trimmed(body, seg.index, seg.index + seg.segment.length);
    if (!span) continue;
    // A label joins the sentence after it, when that follows on the same line.
    const joined: Span = pending && !body.slice(pending.end, span.start).includes('\n') ? { start: pending.start, end: span.end } : span;
    if (pending && joined === span) out.push(pending);
    pending = null;
    if (isLabel(body.slice(joined.start, joined.end))) pending = joined;
    else out.push(joined);
  }
  if (pending) out.push(pending);
  return out;
}

/** The body's paragraphs: blocks, which the anchoring text joins with a blank line. */
export function paragraphs(text: string, bodyLength: number): Span[] {
  const body = text.slice(0, bodyLength);
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const span = trimmed(body, at, m.index);
    if (span) out.push(span);
    at = m.index + m[0].length;
  }
  const last = trimmed(body, at, body.length);
  if (last) out.push(last);
  return out;
}

/** The first passage starting at or after `from`, if any. */
export function passageFrom(spans: readonly Span[], from: number): Span | null {
  return spans.find((s) => s.start >= from) ?? null;
}

/** A DOM range over [start, end) of the runs under `root` (the inverse of `rangeToOffsets`). */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  const texts = placedTexts(root);
  const from = texts.find((t) => start >= t.at && start < t.at + t.node.length);
  const to = [...texts].reverse().find((t) => end > t.at && end <= t.at + t.node.length);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, start - from.at);
  range.setEnd(to.node, end - to.at);
  return range;
}

/** The offset of the first run text showing at the top of `viewport` (where reading resumes). */
export function firstVisibleOffset(root: Element, viewport: Element): number {
  const top = viewport.getBoundingClientRect().top;
  for (const t of placedTexts(root)) {
    const rect = t.node.parentElement?.getBoundingClientRect();
    if (rect && rect.bottom > top + 2) return t.at;
  }
  return 0;
}
