import type { FlowBlock, Line } from './types';

export interface PlacedLine {
  line: Line;
  /** Distance from the top of the text area to the top of the line's space. */
  top: number;
}

/** Receives each page as soon as it is full, so pages never pile up in memory. */
export type PageSink = (lines: PlacedLine[], index: number) => void;

const heightOf = (lines: readonly Line[]): number => lines.reduce((h, l) => h + l.height, 0);

/** At least this many lines of a paragraph stay together at a page's foot or head. */
const MIN_LINES = 2;

/**
 * Places blocks on pages: no widows or orphans (2 lines at least on either side
 * of a break), headings kept with what follows, unsplittable blocks moved whole.
 */
export class Paginator {
  private lines: PlacedLine[] = [];
  private used = 0;
  private lastAfter = 0;
  private index = 0;
  private pending: FlowBlock[] = [];

  constructor(
    private readonly height: number,
    private readonly sink: PageSink,
  ) {}

  /** Index of the page being filled. */
  get page(): number {
    return this.index;
  }

  add(block: FlowBlock): void {
    if (block.breakBefore) this.breakPage();
    if (block.keepWithNext) {
      this.pending.push(block);
      return;
    }
    if (this.pending.length > 0) {
      const need = this.pending.reduce((h, b) => h + b.spaceBefore + heightOf(b.lines), 0) + this.headOf(block);
      if (this.lines.length > 0 && need > this.room(this.pending[0]?.spaceBefore ?? 0)) this.endPage();
      this.flushPending();
    }
    this.place(block);
  }

  /** Ends the current page (if anything is on it); what follows starts a new one. */
  breakPage(): void {
    this.flushPending();
    this.endPage();
  }

  private endPage(): void {
    if (this.lines.length === 0) return;
    this.sink(this.lines, this.index);
    this.lines = [];
    this.used = 0;
    this.lastAfter = 0;
    this.index++;
  }

  finish(): void {
    this.breakPage();
  }

  private flushPending(): void {
    for (const b of this.pending.splice(0)) this.place(b);
  }

  /** What must fit after a kept-with-next heading: the block's first lines, or all of it. */
  private headOf(block: FlowBlock): number {
    const n = block.lines.length;
    const lines = block.keepTogether || n <= MIN_LINES * 2 - 1 ? block.lines : block.lines.slice(0, MIN_LINES);
    return block.spaceBefore + heightOf(lines);
  }

  private room(spaceBefore: number): number {
    const gap = this.lines.length > 0 ? Math.max(this.lastAfter, spaceBefore) : 0;
    return this.height - this.used - gap;
  }

  private place(block: FlowBlock): void {
    let lines = block.lines;
    let before = block.spaceBefore;
    while (lines.length > 0) {
      const fit = this.fitting(lines, this.room(before));
      let take = fit >= lines.length ? lines.length : this.split(lines.length, fit, block.keepTogether ?? false);
      if (take === 0 && this.lines.length === 0) take = Math.max(1, fit);
      if (take === 0) {
        this.endPage();
        continue;
      }
      this.put(lines.slice(0, take), before);
      lines = lines.slice(take);
      before = 0;
      if (lines.length > 0) this.endPage();
    }
    this.lastAfter = block.spaceAfter;
  }

  /** How many lines to leave on this page when `fit` of `n` fit. */
  private split(n: number, fit: number, together: boolean): number {
    if (together) return 0;
    let take = fit;
    if (n - take < MIN_LINES) take = n - MIN_LINES;
    return take < MIN_LINES ? 0 : take;
  }

  private fitting(lines: readonly Line[], room: number): number {
    let h = 0;
    for (let i = 0; i < lines.length; i++) {
      h += lines[i]?.height ?? 0;
      if (h > room + 0.001) return i;
    }
    return lines.length;
  }

  private put(lines: readonly Line[], before: number): void {
    if (this.lines.length > 0) this.used += Math.max(this.lastAfter, before);
    for (const line of lines) {
      this.lines.push({ line, top: this.used });
      this.used += line.height;
    }
  }
}
