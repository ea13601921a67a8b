import type { SaxesTagNS } from 'saxes';
import type { Collection, ImportedDocument } from '../../../src-shared/model/document';
import type { Close } from './tei-blocks';
import { attr, Capture } from './tei-capture';
import { DocBuilder } from './tei-document';
import { DocumentSizes } from './tei-document-size';
import { division, headingText, isContents, SectionBuilder, type Division, type Matter } from './tei-divisions';
import type { DocNotices } from './tei-elements';
import { HeaderReader, type VolumeInfo } from './tei-header';
import { collapseSpace } from './tei-inline';
import { replacedCharacters } from './replaced-characters';
import { SourceIds } from './tei-source-ids';
import { ConsumerError } from './tei-consumer-error';
import { InputProblem, type Attrs, type XmlSink } from './tei-stream';
import type { Warn } from './warnings';
import { both } from './tei-close';
import { docStart } from './tei-doc-start';
import { VolumeNotices } from './tei-volume-notices';

/**
 * The volume as a SAX sink: header, chapter divs, page breaks, and one
 * DocBuilder per open `<div type="document">` (a stack, for nested documents).
 * Text outside documents becomes sections (see SectionBuilder); only the
 * title page and the table of contents are left out, because the collection's
 * title and the volume tree hold what they say. Each document or section is
 * handed on as soon as it ends and then forgotten.
 */
export class VolumeReader implements XmlSink {
  private readonly closes: (Close | undefined)[] = [];
  private header: HeaderReader | undefined;
  private info: VolumeInfo = {};
  private rootId: string | undefined;
  private rootSeen = false;
  private collectionCache: Collection | undefined;
  private readonly chapters: Division[] = [];
  private matter: Matter = 'body';
  private section: SectionBuilder | undefined;
  /** Depth inside a skipped element (title page, table of contents). */
  private skipped = 0;
  private chapterHead: Capture | undefined;
  private chapterNotes = 0;
  private page: string | undefined;
  private readonly docs: DocBuilder[] = [];
  private readonly sizes = new DocumentSizes();
  private readonly told: VolumeNotices;
  count = 0;
  sections = 0;

  private line: () => number | undefined = () => undefined;
  /** Warnings as they are found, with the line being read. */
  private readonly warn: Warn;

  constructor(
    private readonly file: string,
    private readonly onDocument: (doc: ImportedDocument) => void,
    warn: Warn,
  ) {
    this.warn = (w) => warn({ line: this.line(), ...w });
    this.told = new VolumeNotices(this.warn, warn, () => this.line());
  }

  private get ids(): SourceIds {
    return this.told.ids;
  }

  private get notices(): DocNotices {
    return this.told.notices;
  }

  locate(line: () => number): void {
    this.line = line;
  }

  /** The volume has been read to its end: what could only be judged then. */
  end(): void {
    this.told.end();
  }

  open(tag: SaxesTagNS): void {
    if (!this.rootSeen) this.openRoot(tag);
    this.closes.push(this.dispatch(tag.local, tag.attributes));
  }

  close(): void {
    this.closes.pop()?.();
  }

  text(text: string): void {
    const doc = this.docs[this.docs.length - 1];
    const replaced = text.includes('\uFFFD') ? replacedCharacters(text) : undefined;
    if (replaced) this.warn({ ...replaced, ...(doc ?? this.section?.builder)?.where });
    if (doc) {
      this.sizes.grow(text.length, 0);
      doc.text(text);
    }
    else if (this.header) this.header.text(text);
    else if (this.skipped > 0) return;
    else if (this.section) {
      if (this.chapterHead && this.chapterNotes === 0) this.chapterHead.add(collapseSpace(text));
      this.section.builder.text(text);
    }
    else if (text.trim() !== '' && this.chapters.length > 0) this.openSection().text(text);
  }

  private openRoot(tag: SaxesTagNS): void {
    this.rootSeen = true;
    if (tag.local !== 'TEI') {
      throw new InputProblem(`not a TEI file: the root element is <${tag.name}>, expected <TEI>`);
    }
    this.rootId = attr(tag.attributes, 'xml:id');
  }

  private dispatch(name: string, attrs: Attrs): Close | undefined {
    if (name === 'pb') return this.pageBreak(attrs);
    if (this.skipped > 0) return this.skip();
    if (name === 'div' && attr(attrs, 'type') === 'document') {
      this.endSection();
      return this.openDocument(attrs);
    }
    const doc = this.docs[this.docs.length - 1];
    if (doc) {
      this.sizes.grow(0, 1);
      return doc.open(name, attrs);
    }
    if (this.header) return this.header.open(name, attrs);
    if (this.chapterHead) return both(this.headMarkup(name), this.section?.builder.open(name, attrs));
    if (this.section && name !== 'div') return this.section.builder.open(name, attrs);
    return this.openOutside(name, attrs);
  }

  /** Outside documents: the header, the divisions and their headings; any other content starts a section. */
  private openOutside(name: string, attrs: Attrs): Close | undefined {
    switch (name) {
      case 'teiHeader': {
        const header = new HeaderReader();
        this.header = header;
        return () => {
          this.info = header.result();
          this.header = undefined;
        };
      }
      case 'TEI': case 'text': return undefined;
      case 'front': case 'back': return this.openMatter(name);
      case 'titlePage': return this.skip();
      case 'div': return this.openDivision(attrs);
      case 'head': return this.openChapterHead(attrs) ?? this.content(name, attrs);
      default: return this.content(name, attrs);
    }
  }

  /** The first content of a division's own text starts a section. */
  private content(name: string, attrs: Attrs): Close | undefined {
    if (this.chapters.length === 0 || name === 'lb') return undefined;
    return this.openSection().open(name, attrs);
  }

  /** Inside a chapter's head the heading leaves out its footnotes (they stay in the section). */
  private headMarkup(name: string): Close | undefined {
    if (name === 'lb') this.chapterHead?.add(' ');
    if (name !== 'note') return undefined;
    this.chapterNotes++;
    return () => void this.chapterNotes--;
  }

  private openMatter(name: 'front' | 'back'): Close {
    this.endSection();
    this.matter = name;
    return () => {
      this.endSection();
      this.matter = 'body';
    };
  }

  private openDivision(attrs: Attrs): Close {
    this.endSection();
    if (isContents(attrs)) return this.skip();
    const div = division(attrs, this.matter);
    this.chapters.push(div);
    return () => {
      this.endSection();
      this.chapters.pop();
    };
  }

  private skip(): Close {
    this.skipped++;
    return () => void this.skipped--;
  }

  /** A section of the innermost division's own text, from here to its next div or its end. */
  private openSection(): DocBuilder {
    const owner = this.chapters[this.chapters.length - 1];
    if (owner === undefined) throw new Error('tei: a section outside any division');
    const base = owner.id ?? `section${this.ids.ordinal + 1}`;
    const sourceId = this.ids.forSection(owner.parts > 0 ? `${base}-${owner.parts + 1}` : base);
    owner.parts++;
    this.section = new SectionBuilder({ owner, path: [...this.chapters], collection: this.collection(), sourceId, page: this.page, notices: this.notices });
    return this.section.builder;
  }

  private endSection(): void {
    const section = this.section;
    if (section === undefined) return;
    this.section = undefined;
    const doc = section.finish();
    if (doc === undefined) return;
    this.sections++;
    this.hand(doc);
  }

  private hand(doc: ImportedDocument): void {
    try {
      this.onDocument(doc);
    } catch (err) {
      throw new ConsumerError(err);
    }
  }

  /**
   * A division's first head names it in the volume tree. It also opens the
   * division's section, so that a footnote on the heading ("For previous
   * correspondence, see …") is kept there with its reference.
   */
  private openChapterHead(attrs: Attrs): Close | undefined {
    const chapter = this.chapters[this.chapters.length - 1];
    if (chapter === undefined || chapter.headSeen || chapter.parts > 0 || this.chapterHead) return undefined;
    chapter.headSeen = true;
    const cap = new Capture(0);
    this.chapterHead = cap;
    const inSection = this.openSection().open('head', attrs);
    return () => {
      inSection?.();
      this.chapterHead = undefined;
      chapter.heading = headingText(cap.text) || undefined;
    };
  }

  private pageBreak(attrs: Attrs): undefined {
    const n = attr(attrs, 'n');
    if (n === undefined) return undefined;
    this.page = n;
    (this.docs[this.docs.length - 1] ?? this.section?.builder)?.page(n);
    return undefined;
  }

  private openDocument(attrs: Attrs): Close {
    const parent = this.docs[this.docs.length - 1];
    parent?.beginEmbedded();
    const sourceId = this.ids.forDocument(attr(attrs, 'xml:id'), attr(attrs, 'n'));
    const pageAtStart = this.page;
    const builder = new DocBuilder(
      docStart(attrs, { sourceId, collection: this.collection(), chapters: this.chapters, parentSourceId: parent?.sourceId, page: pageAtStart, notices: this.notices }),
    );
    this.docs.push(builder);
    this.sizes.push(sourceId);
    return () => {
      this.docs.pop();
      this.sizes.pop();
      const doc = builder.finish();
      this.count++;
      parent?.addEmbedded(sourceId, doc.meta.title.value, this.page !== pageAtStart ? this.page : undefined);
      this.hand(doc);
    };
  }

  private collection(): Collection {
    if (this.collectionCache) return this.collectionCache;
    const id = this.rootId ?? this.info.idno ?? this.file.replace(/\.[^.]*$/, '');
    const { title, series, published } = this.info;
    this.collectionCache = { id, title: title ?? id, ...(series ? { series } : {}), ...(published ? { published } : {}) };
    return this.collectionCache;
  }
}
