import type { Block, Inline } from '../../../src-shared/model/document';
import { atomicCtx, type BlockWriter, type Close, type Ctx } from './tei-blocks';

type ListBlock = Extract<Block, { t: 'list' }>;
type TableBlock = Extract<Block, { t: 'table' }>;

interface Frame {
  block: ListBlock | TableBlock;
  /** Inlines waiting for the next item or cell: a `<label>`, a page break between items. */
  pending: Inline[];
  row?: Inline[][];
  /** The context and container depth current when the list opened: it is current again between items. */
  ctx: Ctx | undefined;
  depth: number;
}

/**
 * Lists and tables at block level. Items and cells hold only inlines, so
 * whatever stands between them (labels, page breaks) is carried into the
 * next one rather than lost.
 */
export class Structures {
  private readonly frames: Frame[] = [];

  constructor(private readonly w: BlockWriter) {}

  /** The list or table whose items are being read right now, if any. */
  private current(): Frame | undefined {
    const top = this.frames[this.frames.length - 1];
    return top !== undefined && top.ctx === this.w.ctx && top.depth === this.w.depth ? top : undefined;
  }

  open(block: ListBlock | TableBlock): Close {
    this.w.addBlock(block);
    const frame: Frame = { block, pending: [], ctx: this.w.ctx, depth: this.w.depth };
    this.frames.push(frame);
    return () => {
      if (this.frames[this.frames.length - 1] === frame) this.frames.pop();
      this.finish(frame);
    };
  }

  /** Takes a page break standing between items; false when no list or table is current. */
  page(n: string): boolean {
    const frame = this.current();
    if (frame === undefined) return false;
    frame.pending.push({ t: 'page', n });
    return true;
  }

  item(): Close | undefined {
    const frame = this.current();
    if (frame === undefined || frame.block.t !== 'list') return undefined;
    const list = frame.block;
    return this.cell(frame, (runs) => list.items.push(runs));
  }

  label(): Close | undefined {
    const frame = this.current();
    if (frame === undefined || frame.block.t !== 'list') return undefined;
    const list = frame.block;
    return this.w.pushCtx(atomicCtx((runs) => {
      if (runs.length === 0) return;
      // A printed label ("(1)", "a.") is the numbering: the list is not renumbered on display.
      list.ordered = false;
      list.labelled = true;
      frame.pending.push(...runs, { t: 'text', text: ' ' });
    }));
  }

  /** A list's or table's own head ("SUBJ") goes before it, as a heading. */
  head(level: number): Close | undefined {
    const frame = this.current();
    if (frame === undefined) return undefined;
    const blocks = this.w.blocks;
    return this.w.pushCtx(atomicCtx((runs) => {
      if (runs.length === 0) return;
      const at = blocks.lastIndexOf(frame.block);
      blocks.splice(at < 0 ? blocks.length : at, 0, { t: 'heading', level, runs });
    }));
  }

  row(): Close | undefined {
    const frame = this.current();
    if (frame === undefined || frame.block.t !== 'table') return undefined;
    const row: Inline[][] = [];
    frame.block.rows.push(row);
    frame.row = row;
    return () => {
      frame.row = undefined;
    };
  }

  tableCell(): Close | undefined {
    const frame = this.current();
    if (frame === undefined || frame.block.t !== 'table') return undefined;
    const table = frame.block;
    return this.cell(frame, (runs) => {
      if (frame.row === undefined) {
        frame.row = [];
        table.rows.push(frame.row);
      }
      frame.row.push(runs);
    });
  }

  private cell(frame: Frame, put: (runs: Inline[]) => void): Close {
    return this.w.pushCtx(atomicCtx((runs) => {
      const prefix = frame.pending.splice(0);
      put(prefix.length > 0 ? [...prefix, ...runs] : runs);
    }));
  }

  /** Leftover page breaks go after the block; an empty list or table is dropped. */
  private finish(frame: Frame): void {
    const { block } = frame;
    if (block.t === 'table') block.rows = block.rows.filter((r) => r.length > 0);
    const empty = block.t === 'list' ? block.items.length === 0 : block.rows.length === 0;
    const blocks = this.w.blocks;
    if (empty && blocks[blocks.length - 1] === block) blocks.pop();
    for (const p of frame.pending) if (p.t === 'page') blocks.push({ t: 'page', n: p.n });
  }
}
