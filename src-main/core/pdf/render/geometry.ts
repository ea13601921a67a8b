import type { DossierPaper } from '../../../contract';

/** Page and text-area dimensions in points (origin bottom left, as PDF has it). */
export interface Geometry {
  width: number;
  height: number;
  /** Left edge of the text block. */
  left: number;
  /** Measure of the text block. */
  measure: number;
  /** From the page top to the top of the text area. */
  top: number;
  /** Height of the text area. */
  body: number;
}

const PAPER: Record<DossierPaper, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

/**
 * The same 5.6-inch measure on both papers (about 75 characters of 10.5-point
 * Noto Serif, a comfortable line), centred, leaving outer margins wide enough
 * for the printed-page markers.
 */
export function geometryFor(paper: DossierPaper): Geometry {
  const [width, height] = PAPER[paper];
  const measure = 403;
  const top = 74;
  const bottom = 70;
  return { width, height, left: (width - measure) / 2, measure, top, body: height - top - bottom };
}
