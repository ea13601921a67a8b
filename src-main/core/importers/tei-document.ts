import type { ImportedDocument, Inline, Mark, ParagraphRole, Placement } from '../../../src-shared/model/document';
import { BlockWriter, type Close } from './tei-blocks';
import { attr } from './tei-capture';
import type { DivDates } from './tei-dates';
import { type DocNotices, PARAGRAPHS, phraseWarning, PLAIN_CONTAINERS, STRUCTURAL, SUPPRESSED, type Where } from './tei-elements';
import { FactCollector } from './tei-facts';
import { collapseSpace, marksOfRend } from './tei-inline';
import { buildMeta } from './tei-meta';
import { Notes } from './tei-notes';
import { correspOf, personRef } from './tei-person-refs';
import { Sections } from './tei-sections';
import type { Attrs } from './tei-stream';
import { Structures } from './tei-structures';
import { both, spaced } from './tei-close';
import { refLink, termDefinition, termRef, type RefContext } from './tei-refs';

export interface DocStart {
  key: string;
  sourceId: string;
  n?: string;
  divDates: DivDates;
  placement: Placement;
  /** A section of the volume, not a document: its heads are headings, none is its title. */
  section?: boolean;
  /** Told of what the builder notices and of each link to another document. */
  notices?: DocNotices;
}

/**
 * Builds one ImportedDocument from the SAX events inside its
 * `<div type="document">`; metadata comes from the document's own head,
 * dateline, source notes and closer, never from its attachments or notes.
 */
export class DocBuilder {
  private readonly w = new BlockWriter();
  private readonly structures = new Structures(this.w);
  private readonly facts: FactCollector;
  private readonly notes: Notes;
  private readonly sections = new Sections(this.w);
  private suppressed = 0;
  private afterLabel = false;
  /** A signature just emitted: punctuation printed right after `</signed>` joins it. */
  private tail: Inline[] | undefined;
  private readonly seen = new Set<string>();

  constructor(private readonly start: DocStart) {
    this.facts = new FactCollector(start.sourceId, start.n, start.divDates);
    this.notes = new Notes(this.w, this.facts, start.sourceId);
  }

  get sourceId(): string {
    return this.start.sourceId;
  }

  open(name: string, attrs: Attrs): Close | undefined {
    this.tail = undefined;
    if (this.suppressed > 0 || SUPPRESSED.has(name)) return this.suppress();
    if (this.w.flattening && this.isStructural(name)) return this.flatten(name);
    const para = PARAGRAPHS.get(name);
    if (para) return this.paragraph(name, para[0], para[1]);
    if (PLAIN_CONTAINERS.has(name)) return this.w.container(this.w.blocks);
    return this.openSpecial(name, attrs);
  }

  private openSpecial(name: string, attrs: Attrs): Close | undefined {
    switch (name) {
      case 'head': return this.head();
      case 'dateline': return this.dateline();
      case 'signed': return this.signed();
      case 'note': return this.note(attrs);
      case 'attachment': return this.sections.section('attachment');
      case 'postscript': return this.sections.section('postscript');
      case 'quote': return this.quote(attrs);
      case 'list': return this.structures.open({ t: 'list', ordered: attr(attrs, 'type') === 'ordered', items: [] });
      case 'table': return this.structures.open({ t: 'table', rows: [] });
      case 'item': return this.structures.item() ?? this.w.paragraph(undefined, false);
      case 'label': return this.structures.label() ?? this.w.paragraph(undefined, false);
      case 'row': return this.structures.row();
      case 'cell': return this.structures.tableCell() ?? this.w.paragraph(undefined, false);
      case 'lb': return this.lineBreak();
      case 'gap': return this.gap(attrs);
      case 'ref': return refLink(attrs, this.refs) ?? this.marks(attrs, []);
      case 'gloss': return both(termRef(attrs, this.refs), both(this.marks(attrs, []), this.facts.party(true, attr(attrs, 'type'))));
      case 'term': return both(termDefinition(attrs, this.refs), this.marks(attrs, []));
      case 'persName': return both(personRef(attrs, this.w, this.start.notices, this.where), both(this.marks(attrs, []), this.facts.party(false, attr(attrs, 'type'), correspOf(attrs))));
      case 'placeName': return both(this.marks(attrs, []), this.facts.place());
      case 'date':
        this.facts.date(attrs);
        return this.marks(attrs, []);
      default: {
        // Any other element gives its text, with the marks of its `rend`; an unknown or unreadable one is reported.
        const found = phraseWarning(name);
        if (found) this.start.notices?.warn({ ...found, ...this.where });
        return this.marks(attrs, name === 'emph' ? ['italic'] : []);
      }
    }
  }

  private get refs(): RefContext {
    return { w: this.w, notices: this.start.notices, where: this.where };
  }

  /** This document, as warnings name it. */
  get where(): Where {
    const { sourceId, n } = this.start;
    return n === undefined ? { documentId: sourceId } : { documentId: sourceId, documentNumber: n };
  }

  text(raw: string): void {
    if (this.suppressed > 0) return;
    const s = collapseSpace(raw);
    if (s === '') return;
    this.facts.text(s);
    // Indentation between blocks is not text.
    if (s === ' ' && this.w.ctx === undefined) return;
    this.w.inline().text(this.takeTail(s));
  }

  /** "<signed>Seat, Consular Agent</signed>,<lb/>(and fifty citizens…)": the comma stays with the signature. */
  private takeTail(s: string): string {
    const tail = this.tail;
    this.tail = undefined;
    const m = tail && this.w.ctx?.runs.isEmpty ? /^ ?([,.;:]+)/.exec(s) : null;
    const punct = m?.[1];
    if (tail === undefined || m === null || punct === undefined) return s;
    const last = tail[tail.length - 1];
    if (last?.t === 'text' && last.marks === undefined) last.text += punct;
    else tail.push({ t: 'text', text: punct });
    return s.slice(m[0].length);
  }

  /** A `<pb>`: inline inside a paragraph, a block between blocks, carried into the next list item or cell. */
  page(n: string): void {
    if (this.suppressed > 0 || this.structures.page(n)) return;
    const ctx = this.w.ctx;
    if (ctx) ctx.runs.marker({ t: 'page', n });
    else this.w.blocks.push({ t: 'page', n });
  }

  /** A nested document starts: what the parent has so far is emitted before its place-holder. */
  beginEmbedded(): void {
    if (!this.w.flattening) this.w.beginBlock();
  }

  /** The nested document's place-holder; `pageAfter` when the printed page changed inside it. */
  addEmbedded(target: string, title: string, pageAfter: string | undefined): void {
    const blocks = this.w.blocks;
    blocks.push({ t: 'embedded', target, title });
    if (pageAfter !== undefined) blocks.push({ t: 'page', n: pageAfter });
  }

  finish(): ImportedDocument {
    this.w.finish();
    const { key, placement } = this.start;
    return {
      key,
      format: 'tei',
      meta: buildMeta(this.facts.facts),
      body: { blocks: this.w.root, footnotes: this.notes.footnotes },
      placement,
    };
  }

  private get docLevel(): boolean {
    return this.w.depth === 1 && !this.facts.inNote;
  }

  /** True the first time `what` is asked for at the document's own level. */
  private firstAtDocLevel(what: string): boolean {
    if (!this.docLevel || this.seen.has(what)) return false;
    this.seen.add(what);
    return true;
  }

  private isStructural(name: string): boolean {
    return PARAGRAPHS.has(name) || PLAIN_CONTAINERS.has(name) || STRUCTURAL.has(name);
  }

  /** Inside an atomic context blocks become lines; a label stays on its item's line. */
  private flatten(name: string): Close | undefined {
    const runs = this.w.ctx?.runs;
    if (runs === undefined) return undefined;
    if (name === 'cell') return spaced(runs);
    if (name === 'item' && this.afterLabel) {
      this.afterLabel = false;
      return () => runs.separate();
    }
    if (name === 'item') this.facts.separate('; ');
    runs.separate();
    if (name !== 'label') return () => runs.separate();
    return () => {
      runs.text(' ');
      this.afterLabel = true;
    };
  }

  private suppress(): Close {
    this.suppressed++;
    return () => {
      this.suppressed--;
    };
  }

  private paragraph(name: string, role: ParagraphRole | undefined, split: boolean): Close {
    const close = this.w.paragraph(role, split);
    if (name === 'p' && this.docLevel) return both(close, this.facts.paragraph());
    return name === 'opener' && this.firstAtDocLevel('opener') ? both(close, this.facts.opener()) : close;
  }

  private dateline(): Close {
    const close = this.w.paragraph('dateline', false);
    return this.firstAtDocLevel('dateline') ? both(close, this.facts.dateline()) : close;
  }

  private signed(): Close | undefined {
    const close = this.signatureParagraph();
    return this.firstAtDocLevel('signed') ? both(close, this.facts.signed()) : close;
  }

  /**
   * A signature on a line of its own is a paragraph of its own; names signed
   * in the run of a closer ("Sam’l Weil & Co.; <signed>…</signed>, agent for…")
   * stay in that closer's text.
   */
  private signatureParagraph(): Close | undefined {
    const ctx = this.w.ctx;
    if (ctx?.split && !ctx.implicit && !ctx.runs.atLineStart) return undefined;
    const close = this.w.paragraph('signature', false);
    const blocks = this.w.blocks;
    return () => {
      close();
      const last = blocks[blocks.length - 1];
      if (last?.t === 'paragraph' && last.role === 'signature') this.tail = last.runs;
    };
  }

  private head(): Close {
    if (!this.start.section && this.firstAtDocLevel('head')) return both(this.sections.titleHead(), this.facts.title());
    return this.structures.head(Math.min(6, this.w.depth + 1)) ?? this.sections.head();
  }

  private quote(attrs: Attrs): Close | undefined {
    const markedBlock = /block/i.test(attr(attrs, 'rend') ?? '');
    return (this.w.flattening ? undefined : this.sections.quote(markedBlock)) ?? this.marks(attrs, []);
  }

  private note(attrs: Attrs): Close | undefined {
    if (attr(attrs, 'type') === 'source') return this.notes.source(this.docLevel);
    const n = attr(attrs, 'n');
    // An unnumbered inline note is editorial text printed where it stands.
    if (n === undefined && /inline/.test(attr(attrs, 'rend') ?? '')) return this.marks(attrs, []);
    return this.notes.footnote(attr(attrs, 'xml:id'), n ?? '*');
  }

  private lineBreak(): undefined {
    this.tail = undefined;
    this.facts.separate(' ');
    this.w.ctx?.runs.lineBreak();
    return undefined;
  }

  /** Text the edition could not read or left out. */
  private gap(attrs: Attrs): undefined {
    // The extent the encoders recorded (`quantity="10" unit="words"`) is said, so that it can be counted.
    const n = attr(attrs, 'quantity');
    const unit = attr(attrs, 'unit');
    const extent = n && unit && /^\d+$/.test(n) ? ` ${n} ${Number(n) === 1 ? unit.replace(/s$/, '') : unit}` : '';
    this.w.inline().text(`[…${extent}]`);
    return undefined;
  }

  private marks(attrs: Attrs, base: readonly Mark[]): Close | undefined {
    const rend = marksOfRend(attr(attrs, 'rend'));
    const marks = base.length === 0 ? rend : [...base, ...rend];
    if (marks.length === 0) return undefined;
    const runs = this.w.inline();
    runs.pushMarks(marks);
    return () => runs.popMarks();
  }
}
