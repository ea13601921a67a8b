import type { Face, FaceName } from '../fonts/faces';
import type { Rgb } from '../layout/style';
import type { Piece } from '../layout/types';

const num = (n: number): string => {
  const s = n.toFixed(2);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};
const rgb = (c: Rgb): string => c.map(num).join(' ');

/**
 * Writes a page's content stream as PDF operators. Text goes out as one TJ per
 * run of same-styled pieces: the gaps justification opened become TJ
 * adjustments, so the real space glyphs stay in the text for copy and search.
 */
export class ContentWriter {
  private readonly out: string[] = [];
  private fill = '';

  constructor(private readonly faces: Record<FaceName, Face>) {}

  private setFill(c: Rgb): void {
    const v = rgb(c);
    if (v !== this.fill) this.out.push(`${v} rg`);
    this.fill = v;
  }

  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    this.setFill(c);
    this.out.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }

  rule(x0: number, y0: number, x1: number, y1: number, width: number, c: Rgb): void {
    this.out.push(`${rgb(c)} RG ${num(width)} w ${num(x0)} ${num(y0)} m ${num(x1)} ${num(y1)} l S`);
  }

  /** Draws pieces whose x are relative to `x0`, on baseline `y`. */
  text(x0: number, y: number, pieces: readonly Piece[]): void {
    if (pieces.length === 0) return;
    this.out.push('BT');
    let i = 0;
    while (i < pieces.length) {
      const first = pieces[i];
      if (!first) break;
      const s = first.style;
      const face = this.faces[s.face];
      this.setFill(s.color);
      const parts = [`<${face.encode(first.text)}>`];
      let end = first.x + first.width;
      let j = i + 1;
      for (; j < pieces.length; j++) {
        const p = pieces[j];
        if (!p || p.style.face !== s.face || p.style.size !== s.size || p.style.rise !== s.rise || rgb(p.style.color) !== rgb(s.color)) break;
        const gap = p.x - end;
        if (Math.abs(gap) > 0.005) parts.push(num((-gap * 1000) / s.size));
        parts.push(`<${face.encode(p.text)}>`);
        end = p.x + p.width;
      }
      this.out.push(`/${face.resource} ${num(s.size)} Tf 1 0 0 1 ${num(x0 + first.x)} ${num(y + s.rise)} Tm [${parts.join(' ')}] TJ`);
      i = j;
    }
    this.out.push('ET');
  }

  get empty(): boolean {
    return this.out.length === 0;
  }

  toString(): string {
    return this.out.join('\n');
  }
}
