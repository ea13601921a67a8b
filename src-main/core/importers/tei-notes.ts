import type { Footnote, Inline } from '../../../src-shared/model/document';
import { inlineText } from '../../../src-shared/text/plain-text';
import { atomicCtx, pushParagraph, type BlockWriter, type Close } from './tei-blocks';
import type { FactCollector } from './tei-facts';
import { tidy } from './tei-meta';

/**
 * `<note>`s of a document. A source note ("File No. 861.51/131",
 * "[Telegram]") is a printed line of its own, wherever it is encoded (modern
 * volumes put it inside the head); a numbered note is a footnote, referenced
 * where it stands and collected in order. Both are hoisted: pushed as a
 * context of their own, they never split the paragraph they stand in.
 */
export class Notes {
  readonly footnotes: Footnote[] = [];

  constructor(
    private readonly w: BlockWriter,
    private readonly facts: FactCollector,
    private readonly sourceId: string,
  ) {}

  /** `docLevel`: the note belongs to the document itself, not to an attachment, so it feeds the metadata. */
  source(docLevel: boolean): Close {
    const blocks = this.w.blocks;
    const leave = this.facts.enterNote();
    const close = this.w.pushCtx(atomicCtx((runs) => {
      pushParagraph(blocks, runs, 'sourceNote');
      if (docLevel) this.facts.source(tidy(inlineText(runs)));
    }));
    return () => {
      close();
      leave();
    };
  }

  footnote(xmlId: string | undefined, label: string): Close {
    const id = xmlId ?? `${this.sourceId}-fn${this.footnotes.length + 1}`;
    const note: Footnote = { id, label, runs: [] };
    this.footnotes.push(note);
    this.anchor({ t: 'noteRef', id, label });
    const leave = this.facts.enterNote();
    const close = this.w.pushCtx(atomicCtx((runs) => {
      note.runs = runs;
    }));
    return () => {
      close();
      leave();
    };
  }

  /** The reference goes where the note stands; a note between blocks is referenced from the paragraph before it. */
  private anchor(ref: Inline): void {
    const ctx = this.w.ctx;
    if (ctx) return ctx.runs.marker(ref);
    const last = this.w.blocks[this.w.blocks.length - 1];
    if (last?.t === 'paragraph') last.runs.push(ref);
  }
}
