import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Inline } from '../../src-shared/model/document';

/** pdf.js's metrics for the 14 standard PDF fonts, for a PDF that names one without embedding it. */
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/** Each page's text as pdf.js extracts it (what a reader's copy and search see). */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await task.destroy();
  return pages;
}

/** Whitespace collapsed: line ends and justification are layout, not text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text a paragraph's runs should print, note reference labels included. */
export function printedRuns(runs: readonly Inline[]): string {
  return runs
    .map((r) => (r.t === 'text' ? r.text : r.t === 'noteRef' ? r.label : r.t === 'lineBreak' ? ' ' : r.t === 'link' ? printedRuns(r.runs) : ''))
    .join('');
}

/** Asserts `needles` occur in `hay` in this order; returns the first one missing (or out of order). */
export function firstOutOfOrder(hay: string, needles: readonly string[]): string | null {
  let at = 0;
  for (const n of needles) {
    const found = hay.indexOf(n, at);
    if (found < 0) return n;
    at = found + n.length;
  }
  return null;
}

export interface Raster {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  data: Uint8Array;
}

/** pdf.js draws on anything with the DOM canvas API; @napi-rs/canvas (Skia) is that, in Node. */
function isDrawable(canvas: object): canvas is HTMLCanvasElement {
  return 'getContext' in canvas && 'width' in canvas && 'height' in canvas;
}

/**
 * Renders pages in-process with pdf.js on a Skia canvas (no system binary). In Node
 * pdf.js draws every glyph from the outlines of the font embedded in the PDF, so a
 * glyph missing from a subset font shows as missing ink.
 */
async function renderPages<T>(bytes: Uint8Array, pages: readonly number[], dpi: number, use: (page: number, canvas: Canvas) => T): Promise<T[]> {
  const results: T[] = [];
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, standardFontDataUrl: STANDARD_FONTS });
  try {
    const doc = await task.promise;
    for (const n of pages) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      if (!isDrawable(canvas)) throw new Error('@napi-rs/canvas no longer offers the DOM canvas API');
      await page.render({ canvas, viewport, background: 'white' }).promise;
      results.push(use(n, canvas));
    }
  } finally {
    await task.destroy();
  }
  return results;
}

/** Every page as a greyscale raster (ITU-R 601 luma, as poppler's `pdftoppm -gray`). */
export async function rasterize(bytes: Uint8Array, pageCount: number, dpi: number): Promise<Raster[]> {
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return renderPages(bytes, pages, dpi, (_n, canvas): Raster => {
    const { width, height } = canvas;
    const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const data = new Uint8Array(width * height);
    for (let i = 0; i < data.length; i++) {
      data[i] = Math.round(0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0));
    }
    return { width, height, data };
  });
}

/** How many pixels of each page `paint` says yes to (by colour: red, green, blue, 0–255). */
export async function countPixels(bytes: Uint8Array, pageCount: number, dpi: number, paint: (r: number, g: number, b: number) => boolean): Promise<number[]> {
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return renderPages(bytes, pages, dpi, (_n, canvas): number => {
    const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < rgba.length; i += 4) if (paint(rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0)) n++;
    return n;
  });
}

/** Renders pages `first`..`last` to `<prefix>-<page>.png` (for people to look at). */
export async function pngs(bytes: Uint8Array, first: number, last: number, dpi: number, prefix: string): Promise<void> {
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // A clean clone has no output folder yet (it is not committed).
  mkdirSync(dirname(prefix), { recursive: true });
  await renderPages(bytes, pages, dpi, (n, canvas) => writeFileSync(`${prefix}-${String(n).padStart(2, '0')}.png`, canvas.toBuffer('image/png')));
}
