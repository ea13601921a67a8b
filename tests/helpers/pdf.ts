import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Inline } from '../../src-main/core/model/document';

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
  data: Buffer;
}

/** Renders one page with poppler's pdftoppm into a greyscale raster (PGM, parsed here). */
export function rasterize(pdfPath: string, page: number, dpi: number, dir: string): Raster {
  const prefix = join(dir, `r${page}-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
  const buf = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'));
  if (!header?.[0]) throw new Error('pdftoppm did not write a PGM');
  return { width: Number(header[1]), height: Number(header[2]), data: buf.subarray(header[0].length) };
}

/** Renders pages to PNG files (for people to look at). */
export function pngs(pdfPath: string, first: number, last: number, dpi: number, prefix: string): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(first), '-l', String(last), pdfPath, prefix]);
}
