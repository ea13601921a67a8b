import type { Block, Footnote, Inline } from '../model/document';

/**
 * The one walk over a document body, and with it the rule of its text
 * positions — the coordinate system of highlights, find, page markers, quotes,
 * reading positions and PDF highlights, and what `documents.plain_text` stores:
 *   - blocks (top-level and nested) are joined by "\n\n"; a block without text
 *     (page marker, embedded document, empty paragraph) adds no separator;
 *   - inside a paragraph or heading: text runs are concatenated, a line break
 *     is "\n", a link contributes its runs; footnote references and page
 *     markers add nothing;
 *   - list items are joined by "\n"; table cells by "\t" and rows by "\n"
 *     (empty items and cells still count their separator);
 *   - a section's title, when it has text, then "\n\n", then its blocks;
 *     a quote is its blocks;
 *   - footnotes are not part of the body; when asked for, each follows the
 *     body after "\n\n" (find-in-document searches them too).
 * Offsets count UTF-16 code units (JavaScript string indices), as DOM Range
 * offsets do. Everything that needs an offset asks this walker; nothing else
 * recurses over block kinds to count characters.
 */

export type TextRun = Extract<Inline, { t: 'text' | 'lineBreak' }>;
export type NoteRefRun = Extract<Inline, { t: 'noteRef' }>;
export type LinkRun = Extract<Inline, { t: 'link' }>;
export type EmbeddedBlock = Extract<Block, { t: 'embedded' }>;

/**
 * What the walk reports. Offsets of things without text (pages, note
 * references, links, embedded documents, empty runs) are where the next
 * character goes — after any separator that character will bring.
 */
export interface TextVisitor {
  /** Characters at `offset`: a run's text ("\n" for a line break, with `run`) or a separator (no `run`). */
  text?(text: string, offset: number, run?: TextRun): void;
  page?(n: string, offset: number): void;
  noteRef?(run: NoteRefRun, offset: number): void;
  link?(run: LinkRun, offset: number): void;
  embedded?(block: EmbeddedBlock, offset: number): void;
  /** A top-level block has been walked: where its text starts, or -1 when it has none. */
  block?(index: number, start: number): void;
  /** The body ends at `offset`; footnotes (if walked) follow. */
  bodyEnd?(offset: number): void;
}

const BLOCK_SEP = '\n\n';

/**
 * One walk. A separator between blocks is only owed once the next block turns
 * out to have text, so it is kept `pending` until then.
 */
class Walk {
  private offset = 0;
  private pending = '';

  constructor(private readonly v: TextVisitor) {}

  get end(): number {
    return this.offset;
  }

  private get next(): number {
    return this.offset + this.pending.length;
  }

  private put(text: string, run?: TextRun): void {
    if (text === '') {
      if (run) this.v.text?.('', this.next, run);
      return;
    }
    if (this.pending) {
      this.v.text?.(this.pending, this.offset);
      this.offset += this.pending.length;
      this.pending = '';
    }
    this.v.text?.(text, this.offset, run);
    this.offset += text.length;
  }

  runs(list: readonly Inline[]): void {
    for (const run of list) {
      switch (run.t) {
        case 'text':
          this.put(run.text, run);
          break;
        case 'lineBreak':
          this.put('\n', run);
          break;
        case 'link':
          this.v.link?.(run, this.next);
          this.runs(run.runs);
          break;
        case 'page':
          this.v.page?.(run.n, this.next);
          break;
        case 'noteRef':
          this.v.noteRef?.(run, this.next);
          break;
      }
    }
  }

  private joined<T>(items: readonly T[], sep: string, one: (item: T) => void): void {
    items.forEach((item, i) => {
      if (i > 0) this.put(sep);
      one(item);
    });
  }

  private block(b: Block): void {
    switch (b.t) {
      case 'paragraph':
      case 'heading':
        return this.runs(b.runs);
      case 'list':
        return this.joined(b.items, '\n', (item) => this.runs(item));
      case 'table':
        return this.joined(b.rows, '\n', (row) => this.joined(row, '\t', (cell) => this.runs(cell)));
      case 'quote':
        return this.blocks(b.blocks);
      case 'section': {
        const before = this.offset;
        if (b.title) this.runs(b.title);
        if (this.offset > before) this.put(BLOCK_SEP);
        return this.blocks(b.blocks);
      }
      case 'page':
        return this.v.page?.(b.n, this.next);
      case 'embedded':
        return this.v.embedded?.(b, this.next);
    }
  }

  blocks(list: readonly Block[], top = false): void {
    let any = false;
    list.forEach((b, i) => {
      const before = this.offset;
      if (any) this.pending = BLOCK_SEP;
      const start = this.next;
      this.block(b);
      const had = this.offset > before;
      if (had) any = true;
      else if (any) this.pending = '';
      if (top) this.v.block?.(i, had ? start : -1);
    });
  }

  footnotes(notes: readonly Footnote[]): void {
    for (const note of notes) {
      this.put(BLOCK_SEP);
      this.runs(note.runs);
    }
  }
}

/** A document body, or any list of blocks walked as one. */
export interface BodyLike {
  blocks: readonly Block[];
  footnotes?: readonly Footnote[];
}

/** Walks the body's text in order; with `footnotes`, the footnotes after it. Returns the length walked. */
export function walkText(body: BodyLike, visit: TextVisitor, opts: { footnotes?: boolean } = {}): number {
  const w = new Walk(visit);
  w.blocks(body.blocks, true);
  visit.bodyEnd?.(w.end);
  if (opts.footnotes) w.footnotes(body.footnotes ?? []);
  return w.end;
}

/** Walks inline runs alone: a paragraph's text, a footnote's, a title's. */
export function walkRuns(runs: readonly Inline[], visit: TextVisitor): number {
  const w = new Walk(visit);
  w.runs(runs);
  return w.end;
}
