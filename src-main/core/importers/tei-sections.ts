import type { Block } from '../../../src-shared/model/document';
import { atomicCtx, pushParagraph, type BlockWriter, type Close } from './tei-blocks';

type Section = Extract<Block, { t: 'section' }>;

/** Heads, attachments, postscripts and block quotes of a document body. */
export class Sections {
  private readonly open: { section: Section; depth: number }[] = [];

  constructor(private readonly w: BlockWriter) {}

  /** `frus:attachment` (an enclosure) or `postscript`: a section whose first head is its title. */
  section(kind: Section['kind']): Close {
    const section: Section = { t: 'section', kind, blocks: [] };
    this.w.addBlock(section);
    const close = this.w.container(section.blocks);
    const frame = { section, depth: this.w.depth };
    this.open.push(frame);
    return () => {
      close();
      if (this.open[this.open.length - 1] === frame) this.open.pop();
    };
  }

  /** The document's own head is its title, kept in meta; only its page breaks reach the body. */
  titleHead(): Close {
    this.w.beginBlock();
    const blocks = this.w.blocks;
    return this.w.pushCtx(atomicCtx((runs) => {
      for (const r of runs) if (r.t === 'page') blocks.push({ t: 'page', n: r.n });
    }));
  }

  /** Any other head: an attachment's title, or a heading in the body. */
  head(): Close {
    const section = this.awaitingTitle();
    this.w.beginBlock();
    if (section) {
      return this.w.pushCtx(atomicCtx((runs) => {
        if (runs.length > 0) section.title = runs;
      }));
    }
    const blocks = this.w.blocks;
    const level = Math.min(6, this.w.depth + 1);
    return this.w.pushCtx(atomicCtx((runs) => {
      if (runs.some((r) => r.t !== 'page')) blocks.push({ t: 'heading', level, runs });
      else pushParagraph(blocks, runs, undefined);
    }));
  }

  /**
   * A quote marked as a block, or standing between blocks, is a block quote;
   * undefined for quoted words in running text, which stay inline.
   */
  quote(markedBlock: boolean): Close | undefined {
    const ctx = this.w.ctx;
    if (!markedBlock && ctx !== undefined && !ctx.implicit) return undefined;
    const quote: Block = { t: 'quote', blocks: [] };
    this.w.addBlock(quote);
    return this.w.container(quote.blocks);
  }

  /** An attachment's first head (after its source note) is the section's title. */
  private awaitingTitle(): Section | undefined {
    const top = this.open[this.open.length - 1];
    if (top === undefined || top.depth !== this.w.depth || top.section.title !== undefined) return undefined;
    const onlyPreamble = top.section.blocks.every((b) => b.t === 'page' || (b.t === 'paragraph' && b.role === 'sourceNote'));
    return onlyPreamble ? top.section : undefined;
  }
}
