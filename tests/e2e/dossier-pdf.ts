import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';

export interface OutlineEntry {
  title: string;
  depth: number;
}

function titleOf(node: PDFDict): string {
  const t = node.lookup(PDFName.of('Title'));
  if (t instanceof PDFString || t instanceof PDFHexString) return t.decodeText();
  return '';
}

/** Walk the catalog's /Outlines: /First, then /Next siblings, depth first. */
export function readOutline(pdf: PDFDocument): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (first: PDFDict | undefined, depth: number): void => {
    const seen = new Set<PDFDict>();
    for (let node = first; node && !seen.has(node); node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(node);
      out.push({ title: titleOf(node), depth });
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return out;
}

/** The outline's document entries ("1. Title"), without their numbers, in order. */
export function documentEntries(outline: OutlineEntry[]): string[] {
  return outline.map((e) => /^\d+\.\s+(.*)$/.exec(e.title)?.[1]).filter((t): t is string => t !== undefined);
}
