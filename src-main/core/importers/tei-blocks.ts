import type { Block, Inline, ParagraphRole } from '../../../src-shared/model/document';
import { hasContent, InlineRuns } from './tei-inline';

export type Close = () => void;

/**
 * An element collecting inline runs: a paragraph, dateline, list item, table
 * cell, footnote, head. A `split` one (`p`, `closer`, `opener`) may contain
 * blocks, which cut it into several paragraphs; any other one is atomic and
 * flattens whatever blocks it contains into line-separated text, because its
 * target (a footnote, a list item, a cell) can only hold inlines.
 */
export interface Ctx {
  runs: InlineRuns;
  split: boolean;
  /** Opened by stray text between blocks; ends at the next block. */
  implicit: boolean;
  emit(runs: Inline[]): void;
}

interface Container {
  blocks: Block[];
  /** Contexts below this index belong to outer containers. */
  ctxBase: number;
}

/** Builds a block tree from SAX events without recursion: an explicit stack of containers and contexts. */
export class BlockWriter {
  readonly root: Block[] = [];
  private readonly containers: Container[] = [{ blocks: this.root, ctxBase: 0 }];
  private readonly ctxs: Ctx[] = [];

  private get top(): Container {
    const c = this.containers[this.containers.length - 1];
    if (c === undefined) throw new Error('tei: container stack underflow');
    return c;
  }

  get blocks(): Block[] {
    return this.top.blocks;
  }

  /** 1 at the document's own level, more inside attachments, quotes and sections. */
  get depth(): number {
    return this.containers.length;
  }

  /** The innermost context of the current container, if any. */
  get ctx(): Ctx | undefined {
    return this.ctxs.length > this.top.ctxBase ? this.ctxs[this.ctxs.length - 1] : undefined;
  }

  /** True when blocks opening now must be flattened into the current context. */
  get flattening(): boolean {
    const ctx = this.ctx;
    return ctx !== undefined && !ctx.split;
  }

  /** Where inline content goes; text between blocks opens an implicit paragraph. */
  inline(): InlineRuns {
    const ctx = this.ctx;
    if (ctx) return ctx.runs;
    const blocks = this.blocks;
    const implicit = paragraphCtx(blocks, undefined, true, true);
    this.ctxs.push(implicit);
    return implicit.runs;
  }

  /** Before a block: a split paragraph emits what it has so far; an implicit one ends. */
  beginBlock(): void {
    const ctx = this.ctx;
    if (ctx === undefined || !ctx.split) return;
    ctx.emit(ctx.runs.take());
    if (ctx.implicit) this.ctxs.pop();
  }

  addBlock(block: Block): void {
    this.beginBlock();
    this.blocks.push(block);
  }

  /** Opens a context; the returned Close emits its runs and removes it. */
  pushCtx(ctx: Ctx): Close {
    this.ctxs.push(ctx);
    return () => {
      this.endImplicit();
      // Elements close in order, so `ctx` is on top; splicing keeps the stack sound even if it were not.
      const at = this.ctxs.lastIndexOf(ctx);
      if (at >= 0) this.ctxs.splice(at);
      ctx.emit(ctx.runs.take());
    };
  }

  paragraph(role: ParagraphRole | undefined, split: boolean): Close {
    this.beginBlock();
    const blocks = this.blocks;
    return this.pushCtx(paragraphCtx(blocks, role, split, false));
  }

  /** Opens a container whose blocks go into `blocks` (a quote's, a section's, or the same list for a plain div). */
  container(blocks: Block[]): Close {
    this.beginBlock();
    const frame: Container = { blocks, ctxBase: this.ctxs.length };
    this.containers.push(frame);
    return () => {
      this.endImplicit();
      const at = this.containers.lastIndexOf(frame);
      if (at > 0) this.containers.splice(at);
    };
  }

  /** In flattening mode a block becomes a line of the enclosing context. */
  flatten(): Close {
    const runs = this.ctx?.runs;
    runs?.separate();
    return () => runs?.separate();
  }

  /** Emits everything still open (at the end of the document). */
  finish(): void {
    while (this.containers.length > 1) {
      this.endImplicit();
      this.containers.pop();
    }
    this.endImplicit();
  }

  private endImplicit(): void {
    const ctx = this.ctx;
    if (ctx?.implicit) {
      this.ctxs.pop();
      ctx.emit(ctx.runs.take());
    }
  }
}

/** A context that holds inlines only (a note, an item, a cell, a head): blocks inside it are flattened. */
export function atomicCtx(emit: (runs: Inline[]) => void): Ctx {
  return { runs: new InlineRuns(), split: false, implicit: false, emit };
}

/**
 * A class rather than an object literal with an arrow `emit`: the dev
 * transpiler (esbuild keepNames) renames such an arrow each time it is
 * created, a measurable cost once per paragraph.
 */
class ParagraphCtx implements Ctx {
  readonly runs = new InlineRuns();

  constructor(
    private readonly blocks: Block[],
    private readonly role: ParagraphRole | undefined,
    readonly split: boolean,
    readonly implicit: boolean,
  ) {}

  emit(runs: Inline[]): void {
    pushParagraph(this.blocks, runs, this.role);
  }
}

function paragraphCtx(blocks: Block[], role: ParagraphRole | undefined, split: boolean, implicit: boolean): Ctx {
  return new ParagraphCtx(blocks, role, split, implicit);
}

/** A paragraph with nothing but page markers becomes page blocks: a page is never body text. */
export function pushParagraph(blocks: Block[], runs: Inline[], role: ParagraphRole | undefined): void {
  if (runs.length === 0) return;
  if (!hasContent(runs)) {
    for (const r of runs) if (r.t === 'page') blocks.push({ t: 'page', n: r.n });
    return;
  }
  blocks.push(role ? { t: 'paragraph', runs, role } : { t: 'paragraph', runs });
}
