import type { Block, DocumentBody, Inline } from './document';

/**
 * What the TEI lists of a FRUS volume (persons, terms) have in common once
 * imported into the one document model: an entry is a list item that begins
 * with a `link` to the entry's id, and every other link of that kind in the
 * text is a reference to an entry. The kinds differ only in which targets are
 * theirs and what an entry reads as; persons (people/person-links.ts) and
 * terms (terms/glossary.ts) pass that in.
 */
export type EntryLink = Extract<Inline, { t: 'link' }>;

/**
 * Where a list item's entry is: its first run with content, when that is a
 * link `isEntry` accepts; -1 if none. A printed page that breaks before the
 * item is carried into it (`<pb/>` between items) and is no content.
 */
export function entryAt(item: readonly Inline[], isEntry: (target: string) => boolean): number {
  const at = item.findIndex((r) => r.t !== 'page' && (r.t !== 'text' || r.text.trim() !== ''));
  const first = item[at];
  return first?.t === 'link' && isEntry(first.target) ? at : -1;
}

function listsOf(blocks: readonly Block[], out: Inline[][][]): void {
  for (const b of blocks) {
    if (b.t === 'list') out.push(b.items);
    else if (b.t === 'quote' || b.t === 'section') listsOf(b.blocks, out);
  }
}

/** The entries a body's lists define, in list order; an id defined again is left out (the importer reports it). */
export function listEntries<D extends { id: string }>(body: DocumentBody, read: (item: readonly Inline[]) => D | undefined): D[] {
  const lists: Inline[][][] = [];
  listsOf(body.blocks, lists);
  const seen = new Set<string>();
  const out: D[] = [];
  for (const items of lists) {
    for (const item of items) {
      const d = read(item);
      if (d && !seen.has(d.id)) {
        seen.add(d.id);
        out.push(d);
      }
    }
  }
  return out;
}

function linksIn(runs: readonly Inline[], visit: (link: EntryLink) => void): void {
  for (const r of runs) {
    if (r.t !== 'link') continue;
    visit(r);
    linksIn(r.runs, visit);
  }
}

function linksInBlocks(blocks: readonly Block[], at: (item: readonly Inline[]) => number, visit: (link: EntryLink) => void): void {
  for (const b of blocks) {
    if (b.t === 'paragraph' || b.t === 'heading') linksIn(b.runs, visit);
    else if (b.t === 'list') for (const item of b.items) linksIn(item.slice(at(item) + 1), visit);
    else if (b.t === 'table') for (const row of b.rows) for (const cell of row) linksIn(cell, visit);
    else if (b.t === 'quote') linksInBlocks(b.blocks, at, visit);
    else if (b.t === 'section') {
      if (b.title) linksIn(b.title, visit);
      linksInBlocks(b.blocks, at, visit);
    }
  }
}

/**
 * Every link of a body (text and footnotes, nested links too) outside the
 * entries themselves, in reading order: `at` tells where a list item's entry
 * link is (-1: none), so a list's own entries are not counted as references.
 */
export function referenceLinks(body: DocumentBody, at: (item: readonly Inline[]) => number, visit: (link: EntryLink) => void): void {
  linksInBlocks(body.blocks, at, visit);
  for (const n of body.footnotes) linksIn(n.runs, visit);
}
