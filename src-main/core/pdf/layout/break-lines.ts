import LineBreaker from 'linebreak';

/** A stretch of text between two break opportunities (UAX #14). */
interface Segment {
  start: number;
  /** Where the trailing spaces begin: they hang at a line end. */
  contentEnd: number;
  end: number;
  /** A newline ends it: the line must end here. */
  forced: boolean;
}

/** One line of a paragraph, as positions into its text. */
export interface LineRange {
  start: number;
  /** Last visible position (trailing spaces excluded). */
  contentEnd: number;
  /** Where the next line starts. */
  end: number;
  /** Positions where an inter-word space may stretch (start of the next word). */
  gaps: number[];
  /** Ends with a newline or the paragraph: not justified. */
  last: boolean;
  /** Broken at a soft hyphen: print a hyphen at the end. */
  hyphen: boolean;
}

const isTrailingSpace = (c: number): boolean => c === 32 || c === 10 || c === 0x2028 || c === 0x200b;

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    let contentEnd = b.position;
    while (contentEnd > start && isTrailingSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    out.push({ start, contentEnd, end: b.position, forced: b.required && b.position < text.length });
    start = b.position;
  }
  return out;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Splits an unbreakable stretch (a URL, a 10,000-character string) into pieces
 * that fit, between grapheme clusters so no accent is torn from its letter.
 */
function splitByCharacters(text: string, seg: Segment, w: Float64Array, avail: (n: number) => number, lineNo: number): Segment[] {
  const out: Segment[] = [];
  let start = seg.start;
  let prev = seg.start;
  for (const g of graphemes.segment(text.slice(seg.start, seg.contentEnd))) {
    const at = seg.start + g.index;
    const end = at + g.segment.length;
    if (at > start && (w[end] ?? 0) - (w[start] ?? 0) > avail(lineNo + out.length)) {
      out.push({ start, contentEnd: at, end: at, forced: false });
      start = at;
    }
    prev = end;
  }
  out.push({ start, contentEnd: prev, end: seg.end, forced: seg.forced });
  return out;
}

/**
 * Greedy first-fit line breaking at UAX #14 opportunities with measured widths.
 * `avail(n)` is the measure of line n (the first may be indented). Never overflows
 * except by a single grapheme wider than the whole measure.
 */
export function breakLines(text: string, w: Float64Array, avail: (n: number) => number, hyphenWidth: number): LineRange[] {
  const lines: LineRange[] = [];
  // Held in an object so the closures below see the same open line.
  const open: { line: LineRange | null } = { line: null };
  const width = (a: number, b: number): number => (w[b] ?? 0) - (w[a] ?? 0);
  const close = (last: boolean): void => {
    if (open.line) lines.push({ ...open.line, last });
    open.line = null;
  };
  const shy = (s: Segment): boolean => text.charCodeAt(s.contentEnd - 1) === 0xad;
  for (const seg of segments(text)) {
    const cur = open.line;
    if (cur && width(cur.start, seg.contentEnd) + (shy(seg) ? hyphenWidth : 0) <= avail(lines.length) + 0.01) {
      const gaps = cur.contentEnd < seg.start ? [...cur.gaps, seg.start] : cur.gaps;
      open.line = { ...cur, contentEnd: seg.contentEnd, end: seg.end, gaps, hyphen: shy(seg) };
    } else {
      close(false);
      const parts = width(seg.start, seg.contentEnd) > avail(lines.length) ? splitByCharacters(text, seg, w, avail, lines.length) : [seg];
      parts.forEach((part, i) => {
        if (i > 0) close(false);
        open.line = { start: part.start, contentEnd: part.contentEnd, end: part.end, gaps: [], last: false, hyphen: shy(part) };
      });
    }
    if (seg.forced) close(true);
  }
  close(true);
  if (lines.length === 0) lines.push({ start: 0, contentEnd: 0, end: text.length, gaps: [], last: true, hyphen: false });
  return lines;
}
