import type { FaceName } from '../fonts/faces';

export type Rgb = readonly [number, number, number];

export interface TextStyle {
  face: FaceName;
  /** Font size in points. */
  size: number;
  color: Rgb;
  /** Baseline shift in points (superscripts up, subscripts down). */
  rise: number;
}

export const COLORS = {
  text: [0.1, 0.1, 0.1],
  muted: [0.4, 0.4, 0.4],
  /** The user's own words (commentary, highlight comments): ink blue, never mistaken for the source. */
  commentary: [0.09, 0.27, 0.45],
  rule: [0.72, 0.72, 0.72],
  link: [0.1, 0.1, 0.1],
} as const satisfies Record<string, Rgb>;

/** Sizes and leadings in points: a 10.5/14.6 book page, notes and apparatus at 8.8/12. */
export const SIZES = {
  body: { size: 10.5, leading: 14.6 },
  small: { size: 8.8, leading: 12 },
  margin: { size: 7.2, leading: 9 },
  chrome: { size: 8, leading: 10 },
} as const;

export const style = (face: FaceName, size: number, color: Rgb = COLORS.text, rise = 0): TextStyle => ({ face, size, color, rise });

/** Highlight colours as the reader names them, mixed light so the text stays legible. */
const HIGHLIGHTS: Readonly<Record<string, Rgb>> = {
  yellow: [1, 0.93, 0.55],
  green: [0.8, 0.93, 0.76],
  blue: [0.77, 0.87, 0.98],
  pink: [0.98, 0.8, 0.87],
  red: [0.98, 0.78, 0.78],
  orange: [1, 0.86, 0.66],
  purple: [0.87, 0.8, 0.96],
};

export function highlightColor(name: string): Rgb {
  const named = HIGHLIGHTS[name.toLowerCase()];
  if (named) return named;
  const hex = /^#?([0-9a-f]{6})$/i.exec(name.trim());
  if (!hex?.[1]) return HIGHLIGHTS.yellow ?? [1, 1, 0.6];
  const n = parseInt(hex[1], 16);
  // Halfway to white: a saturated user colour must not drown the glyphs.
  const mix = (c: number): number => 0.5 + (c / 255) * 0.5;
  return [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
}

export const sameStyle = (a: TextStyle, b: TextStyle): boolean =>
  a === b || (a.face === b.face && a.size === b.size && a.rise === b.rise && a.color.every((c, i) => c === b.color[i]));
