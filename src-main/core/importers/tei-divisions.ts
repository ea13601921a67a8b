import type { Collection, DocumentMeta, ImportedDocument } from '../../../src-shared/model/document';
import { blocksText, inlineText } from '../../../src-shared/text/plain-text';
import { attr, attrLocal } from './tei-capture';
import { dateField, type DivDates } from './tei-dates';
import { DocBuilder } from './tei-document';
import type { DocNotices } from './tei-elements';
import { tidy } from './tei-meta';
import type { Attrs } from './tei-stream';

/** Where a division stands in the volume: front matter, the body, back matter. */
export type Matter = 'front' | 'body' | 'back';

/** A `<div>` of the volume that is not a document: a compilation, chapter, preface, appendix, index. */
export interface Division {
  id?: string;
  heading?: string;
  headSeen: boolean;
  matter: Matter;
  /** A historical document of its own (the President's annual message): dated by its div. */
  dated?: DivDates;
  /** Sections already made of this division's own text (text after a nested div makes another). */
  parts: number;
}

export function division(attrs: Attrs, matter: Matter): Division {
  const id = attr(attrs, 'xml:id');
  const dated = attr(attrs, 'subtype') === 'historical-document'
    ? { min: attrLocal(attrs, 'doc-dateTime-min'), max: attrLocal(attrs, 'doc-dateTime-max') }
    : undefined;
  return { ...(id ? { id } : {}), headSeen: false, matter, parts: 0, ...(dated ? { dated } : {}) };
}

/**
 * A table of contents repeats the headings the library's volume tree already
 * shows (with page numbers of the print): it is the one division not imported.
 */
export function isContents(attrs: Attrs): boolean {
  return attr(attrs, 'type') === 'toc' || attr(attrs, 'subtype') === 'table-of-contents';
}

/** A division's heading as the volume tree shows it: "Egypt:" heads a list of subjects; the colon is layout, not part of the name. */
export function headingText(text: string): string {
  return tidy(text).replace(/\s*:$/, '');
}

const FALLBACK_TITLE: Record<Matter, string> = { front: 'Front matter', body: 'Section', back: 'Back matter' };

export interface SectionStart {
  owner: Division;
  /** The divisions the owner sits in, outermost first, and the owner itself last. */
  path: readonly Division[];
  collection: Collection;
  sourceId: string;
  page: string | undefined;
  notices?: DocNotices;
}

/**
 * Text of the volume outside any `<div type="document">` — front matter, a
 * chapter's editorial text, treaty texts, appendices, the index — read into a
 * document of kind `section`, so that it is readable and searchable in
 * reading order with the documents. The division's head is its title; in the
 * body the section sits inside its chapter, in front and back matter it
 * stands at the top of the volume as the printed book has it.
 */
export class SectionBuilder {
  readonly builder: DocBuilder;

  constructor(private readonly start: SectionStart) {
    const { owner, collection, sourceId, page, notices } = start;
    this.builder = new DocBuilder({
      ...(notices ? { notices } : {}),
      key: `tei:${collection.id}:${sourceId}`,
      sourceId,
      divDates: owner.dated ?? {},
      section: true,
      placement: {
        collection: { ...collection },
        chapter: [],
        sourceId,
        ...(page ? { startPage: page } : {}),
        ...(owner.matter === 'body' ? {} : { matter: owner.matter }),
      },
    });
  }

  /**
   * The section, or undefined when it holds nothing but its division's
   * heading (already in the volume tree), whitespace and page breaks. The
   * heading is read by now: the title and the chapter path are taken here.
   */
  finish(): ImportedDocument | undefined {
    const doc = this.builder.finish();
    const { owner, path } = this.start;
    const title = owner.heading;
    // The heading stays in the text only when it carries a footnote reference.
    const blocks = doc.body.blocks.filter((b) => !(b.t === 'heading' && !b.runs.some((r) => r.t === 'noteRef') && headingText(inlineText(b.runs)) === title));
    if (blocksText(blocks).trim() === '' && doc.body.footnotes.length === 0) return undefined;
    const headings = (owner.matter === 'body' ? path : path.slice(0, -1)).flatMap((d) => (d.heading ? [d.heading] : []));
    const placement = doc.placement ? { ...doc.placement, chapter: headings } : undefined;
    const meta: DocumentMeta = {
      title: title
        ? { value: title, provenance: { kind: 'stated', where: 'head' } }
        : { value: FALLBACK_TITLE[owner.matter], provenance: { kind: 'inferred', from: 'volume structure' } },
      kind: { value: 'section', provenance: { kind: 'stated', where: 'volume structure' } },
    };
    const date = owner.dated ? dateField(undefined, owner.dated) : undefined;
    if (date) meta.date = date;
    return { ...doc, meta, body: { ...doc.body, blocks }, ...(placement ? { placement } : {}) };
  }
}
