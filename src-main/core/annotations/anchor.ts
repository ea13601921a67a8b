import { quoteAt } from '../../../src-shared/text/quote';
import type { HighlightAnchor, TextQuote } from '../../contract';
import { fuzzyFind } from './fuzzy';

/** Fuzzy matching accepts up to this share of the quote's length in edits. */
const FUZZY_RATIO = 0.1;
/** Quotes longer than this are only found exactly: fuzzy search cost grows with length. */
const FUZZY_MAX_QUOTE = 4000;
/** Budget of DP cells for a whole-text fuzzy search (≈ 10 ns a cell: 50 ms at most). */
const FUZZY_BUDGET = 5_000_000;
/** Exact occurrences considered (a quote of one common word can occur thousands of times). */
const MAX_OCCURRENCES = 2000;
/** Quotes shorter than this need some agreeing context to be re-placed elsewhere. */
const SHORT_QUOTE = 16;
/** Characters of agreeing context that make a short quote's new place believable (a lone space is not). */
const MIN_CONTEXT = 8;

export type Located = { status: 'anchored'; start: number; end: number } | { status: 'orphaned' };

/** How many characters of context agree: prefix compared backwards, suffix forwards. */
function contextScore(text: string, at: number, end: number, quote: TextQuote): number {
  let score = 0;
  for (let k = 1; k <= quote.prefix.length && text[at - k] === quote.prefix[quote.prefix.length - k]; k++) score++;
  for (let k = 0; k < quote.suffix.length && text[end + k] === quote.suffix[k]; k++) score++;
  return score;
}

function exactOccurrence(text: string, anchor: HighlightAnchor): Located | null {
  const { exact } = anchor.quote;
  let best: { at: number; score: number } | null = null;
  let seen = 0;
  for (let at = text.indexOf(exact); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    const score = contextScore(text, at, at + exact.length, anchor.quote);
    const nearer = best !== null && Math.abs(at - anchor.position.start) < Math.abs(best.at - anchor.position.start);
    if (!best || score > best.score || (score === best.score && nearer)) best = { at, score };
  }
  if (!best) return null;
  // A short quote whose context matches nowhere is more likely a coincidence than the passage.
  const hasContext = anchor.quote.prefix.length + anchor.quote.suffix.length > 0;
  if (exact.length < SHORT_QUOTE && hasContext && best.score < MIN_CONTEXT) return null;
  return { status: 'anchored', start: best.at, end: best.at + exact.length };
}

/** Small edits inside the quote: search near the old place first, then the whole text if affordable. */
function fuzzyOccurrence(text: string, anchor: HighlightAnchor): Located | null {
  const m = anchor.quote.exact.length;
  const maxEdits = Math.floor(m * FUZZY_RATIO);
  if (maxEdits < 1 || m > FUZZY_MAX_QUOTE) return null;
  const near = Math.min(anchor.position.start, text.length);
  const reach = Math.max(2000, 3 * m);
  const windows: Array<[number, number]> = [[Math.max(0, near - reach), Math.min(text.length, near + m + reach)]];
  if (text.length * m <= FUZZY_BUDGET) windows.push([0, text.length]);
  for (const [from, to] of windows) {
    const found = fuzzyFind(text, anchor.quote.exact, { from, to, maxEdits, near });
    if (found) return { status: 'anchored', start: found.start, end: found.end };
  }
  return null;
}

/**
 * Where a highlight's quote is in `text` now: at its old position if the text
 * there is unchanged; else the exact quote with the best-matching context
 * (ties: nearest the old position); else a close match for small edits;
 * else orphaned — the caller keeps the highlight and its quote.
 */
export function locate(text: string, anchor: HighlightAnchor): Located {
  const { start, end } = anchor.position;
  if (text.slice(start, end) === anchor.quote.exact) return { status: 'anchored', start, end };
  return exactOccurrence(text, anchor) ?? fuzzyOccurrence(text, anchor) ?? { status: 'orphaned' };
}

/** The anchor after locating it in `text`: quote refreshed from the text when found. */
export function reanchor(text: string, anchor: HighlightAnchor): { anchor: HighlightAnchor; status: Located['status'] } {
  const found = locate(text, anchor);
  if (found.status === 'orphaned') return { anchor, status: 'orphaned' };
  return { anchor: { quote: quoteAt(text, found.start, found.end), position: { start: found.start, end: found.end } }, status: 'anchored' };
}
