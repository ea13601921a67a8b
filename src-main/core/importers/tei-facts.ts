import type { Close } from './tei-blocks';
import { attr, Capture } from './tei-capture';
import type { DivDates } from './tei-dates';
import type { DocFacts } from './tei-meta';
import type { Attrs } from './tei-stream';

/**
 * Gathers, while a document streams past, the plain text that its metadata
 * is made from: the head (with the positions of tagged sender and recipient),
 * the first dateline with its place and date, the first signature, the first
 * and last paragraphs and the source notes. The builder decides what is at
 * the document's own level; text inside footnotes is never taken.
 */
export class FactCollector {
  readonly facts: DocFacts;
  private readonly captures: Capture[] = [];
  private titleCap: Capture | undefined;
  private inDateline = false;
  private noteDepth = 0;

  constructor(sourceId: string, n: string | undefined, divDates: DivDates) {
    this.facts = { sourceId, n, parties: [], divDates, sources: [] };
  }

  get inNote(): boolean {
    return this.noteDepth > 0;
  }

  /** Inside a note nothing is captured: a title or a place never includes footnote text. */
  enterNote(): Close {
    this.noteDepth++;
    return () => {
      this.noteDepth--;
    };
  }

  text(collapsed: string): void {
    for (const c of this.captures) if (c.noteDepth === this.noteDepth) c.add(collapsed);
  }

  /** `sep` between flattened lines: " " for a line break, "; " between list items ("Root; Francis"). */
  separate(sep: string): void {
    for (const c of this.captures) {
      if (c.noteDepth !== this.noteDepth) continue;
      if (sep === ' ') c.add(sep);
      else c.separate(sep);
    }
  }

  title(): Close {
    const [cap, release] = this.capture();
    this.titleCap = cap;
    return () => {
      release();
      this.titleCap = undefined;
      this.facts.head = cap.text;
    };
  }

  /** Every plain paragraph is kept short: the first for a despatch number, the last for a closing date. */
  paragraph(): Close {
    const [cap, release] = this.capture(160);
    return () => {
      release();
      this.facts.firstParagraph ??= cap.text;
      this.facts.lastParagraph = cap.text;
    };
  }

  opener(): Close {
    const [cap, release] = this.capture(200);
    return () => {
      release();
      this.facts.opener = cap.text;
    };
  }

  dateline(): Close {
    const [cap, release] = this.capture();
    this.inDateline = true;
    return () => {
      release();
      this.inDateline = false;
      this.facts.dateline = cap.text;
    };
  }

  signed(): Close {
    const [cap, release] = this.capture();
    return () => {
      release();
      this.facts.signed = cap.text;
    };
  }

  /** A `persName`/`gloss` typed "from" or "to" in the title: where it sits in the head's text, and whom the editors linked it to. */
  party(office: boolean, type: string | undefined, person?: string): Close | undefined {
    const cap = this.titleCap;
    if (cap === undefined || cap.noteDepth !== this.noteDepth || (type !== 'from' && type !== 'to')) return undefined;
    const start = cap.text.length;
    return () => {
      this.facts.parties.push({ type, office, start, end: cap.text.length, ...(person === undefined ? {} : { person }) });
    };
  }

  /** The first place name of the first dateline. */
  place(): Close | undefined {
    if (!this.inDateline || this.noteDepth > 0 || this.facts.place !== undefined) return undefined;
    const [cap, release] = this.capture();
    return () => {
      release();
      this.facts.place = cap.text;
    };
  }

  /** The first `<date>` of the first dateline. */
  date(attrs: Attrs): void {
    if (!this.inDateline || this.noteDepth > 0 || this.facts.date !== undefined) return;
    this.facts.date = {
      when: attr(attrs, 'when'),
      from: attr(attrs, 'from'),
      to: attr(attrs, 'to'),
      notBefore: attr(attrs, 'notBefore'),
      notAfter: attr(attrs, 'notAfter'),
    };
  }

  source(text: string): void {
    if (text) this.facts.sources.push(text);
  }

  private capture(limit?: number): [Capture, Close] {
    const cap = new Capture(this.noteDepth, limit);
    this.captures.push(cap);
    return [cap, () => void this.captures.splice(this.captures.indexOf(cap), 1)];
  }
}
