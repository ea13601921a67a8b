import { deflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNull, PDFNumber, PDFRawStream, type PDFDocument, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import type { Face, FaceName } from '../fonts/faces';
import type { PlacedLine } from '../layout/paginate';
import { COLORS, SIZES, style } from '../layout/style';
import type { Line, Piece } from '../layout/types';
import { ContentWriter } from './content';
import type { Geometry } from './geometry';

export interface Anchor {
  page: number;
  /** PDF y of the top of the anchored line. */
  y: number;
}

const MARGIN_STYLE = style('regular', SIZES.margin.size, COLORS.muted);

/**
 * Turns placed lines into PDF pages as they come. Only what must wait for the
 * end is kept: anchors, link rectangles, and the few pages whose text depends on
 * page numbers (the table of contents).
 */
export class PageWriter {
  readonly pages: PDFPage[] = [];
  private readonly anchors = new Map<string, Anchor>();
  private readonly links: Array<{ page: number; rect: number[]; dest: string }> = [];
  private readonly deferred = new Map<number, PlacedLine[]>();
  private readonly resources: PDFRef;

  constructor(
    private readonly doc: PDFDocument,
    private readonly faces: Record<FaceName, Face>,
    readonly geo: Geometry,
  ) {
    const fonts = Object.fromEntries(Object.values(faces).map((f) => [f.resource, f.ref]));
    this.resources = doc.context.register(doc.context.obj({ Font: fonts }));
  }

  anchor(key: string): Anchor | undefined {
    return this.anchors.get(key);
  }

  write(placed: PlacedLine[], index: number): void {
    const page = this.doc.addPage([this.geo.width, this.geo.height]);
    page.node.set(PDFName.of('Resources'), this.resources);
    this.pages[index] = page;
    for (const { line, top } of placed) {
      const yTop = this.geo.height - this.geo.top - top;
      const base = yTop - line.baseline;
      for (const key of line.anchors) if (!this.anchors.has(key)) this.anchors.set(key, { page: index, y: yTop + 4 });
      for (const l of line.links) {
        const x = this.geo.left + line.left;
        this.links.push({ page: index, rect: [x + l.x0, base - 0.3 * line.height, x + l.x1, base + 0.66 * line.height], dest: l.dest });
      }
    }
    if (placed.some((p) => p.line.refs && p.line.refs.length > 0)) this.deferred.set(index, placed);
    else this.stream(index, this.draw(placed, index));
  }

  /** Adds a content stream to a page (pages may get several: body, then running heads). */
  stream(index: number, content: string): void {
    const page = this.pages[index];
    if (!page || content === '') return;
    const data = deflateSync(Buffer.from(content, 'latin1'));
    const s = PDFRawStream.of(this.doc.context.obj({ Filter: 'FlateDecode', Length: PDFNumber.of(data.length) }), data);
    page.node.addContentStream(this.doc.context.register(s));
  }

  /** Draws the deferred pages (now that page numbers are known) and the links. */
  finish(pageNumber: (dest: string) => string): void {
    for (const [index, placed] of this.deferred) this.stream(index, this.draw(placed, index, pageNumber));
    this.deferred.clear();
    for (const link of this.links) {
      const target = this.anchors.get(link.dest);
      const page = this.pages[link.page];
      const to = target ? this.pages[target.page] : undefined;
      if (!target || !page || !to) continue;
      const dest = PDFArray.withContext(this.doc.context);
      dest.push(to.ref);
      dest.push(PDFName.of('XYZ'));
      dest.push(PDFNull);
      dest.push(PDFNumber.of(Math.round(target.y)));
      dest.push(PDFNull);
      const annot = this.doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: link.rect.map((n) => Math.round(n * 100) / 100), Border: [0, 0, 0], Dest: dest });
      page.node.addAnnot(this.doc.context.register(annot));
    }
  }

  private draw(placed: PlacedLine[], index: number, pageNumber?: (dest: string) => string): string {
    const cw = new ContentWriter(this.faces);
    let prev: { line: Line; bottom: number } | null = null;
    for (const { line, top } of placed) {
      const yTop = this.geo.height - this.geo.top - top;
      const x = this.geo.left + line.left;
      const base = yTop - line.baseline;
      for (const r of line.rects) cw.rect(x + r.x0, base - 0.27 * line.height, r.x1 - r.x0, 0.93 * line.height, r.color);
      if (line.bar) {
        const from = prev?.line.bar?.x === line.bar.x && prev.line.left === line.left ? prev.bottom : yTop;
        cw.rule(x + line.bar.x, from, x + line.bar.x, yTop - line.height, 1.4, line.bar.color);
      }
      if (line.rule) {
        const y = line.rule.at === 'above' ? yTop + 2 : yTop - line.height - 1;
        cw.rule(x + line.rule.x0, y, x + line.rule.x1, y, 0.5, line.rule.color);
      }
      prev = { line, bottom: yTop - line.height };
    }
    for (const { line, top } of placed) {
      const base = this.geo.height - this.geo.top - top - line.baseline;
      cw.text(this.geo.left + line.left, base, [...line.pieces, ...this.refPieces(line, pageNumber)]);
    }
    for (const { line, top } of placed) this.marginMarks(cw, line, this.geo.height - this.geo.top - top - line.baseline, index);
    return cw.toString();
  }

  private refPieces(line: Line, pageNumber?: (dest: string) => string): Piece[] {
    if (!line.refs || !pageNumber) return [];
    return line.refs.map((r) => {
      const text = pageNumber(r.dest);
      const width = (this.faces[r.style.face].advance(text) * r.style.size) / 1000;
      return { x: r.xRight - width, text, style: r.style, width };
    });
  }

  /**
   * "[p. 811]" in the outer margin (right on odd pages, left on even). No mark inside
   * the line: a stroke in a 3-point word space reads as a glitch, not as a page break.
   */
  private marginMarks(cw: ContentWriter, line: Line, base: number, index: number): void {
    if (line.pageMarks.length === 0) return;
    const text = line.pageMarks.map((n) => `[p. ${n}]`).join(' ');
    const width = (this.faces.regular.advance(text) * MARGIN_STYLE.size) / 1000;
    const recto = index % 2 === 0;
    const x = recto ? this.geo.left + this.geo.measure + 14 : this.geo.left - 14 - width;
    cw.text(0, base, [{ x, text, style: MARGIN_STYLE, width }]);
  }
}
