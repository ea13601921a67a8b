import type { Face, FaceName } from '../fonts/faces';
import type { ParaText } from './para';

const SOFT_HYPHEN = 0xad;

/**
 * Prefix sums of glyph advances over the paragraph's UTF-16 positions, so the
 * width of any range is one subtraction. A low surrogate adds nothing (its pair
 * was measured whole); newlines and soft hyphens are invisible.
 */
export function advances(p: ParaText, faces: Record<FaceName, Face>): Float64Array {
  const prefix = new Float64Array(p.text.length + 1);
  for (const span of p.spans) {
    const face = faces[span.style.face];
    const k = span.style.size / 1000;
    for (let i = span.start; i < span.end; i++) {
      const cp = p.text.codePointAt(i) ?? 0;
      const invisible = cp === 10 || cp === SOFT_HYPHEN;
      prefix[i + 1] = invisible ? 0 : face.advance(String.fromCodePoint(cp)) * k;
      if (cp > 0xffff) {
        i++;
        prefix[i + 1] = 0;
      }
    }
  }
  for (let i = 1; i < prefix.length; i++) prefix[i] = (prefix[i] ?? 0) + (prefix[i - 1] ?? 0);
  return prefix;
}

/** The span index covering `pos` (spans are sorted and contiguous). */
export function spanAt(p: ParaText, pos: number): number {
  let lo = 0;
  let hi = p.spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.spans[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
