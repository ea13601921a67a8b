import type { PageEntry } from './link-finder';

export interface PagedDoc {
  id: number;
  /** The printed pages it holds (`pageMarkers` of its blocks), in reading order. */
  pages: readonly string[];
  /** The page it starts on when it starts mid-page (`placement.startPage`). */
  startPage?: string;
  section: boolean;
}

const key = (page: string): string => page.toLowerCase();

/**
 * Printed page → the documents on it, for one volume, from the `<pb>` page
 * breaks each document holds (and the page it starts on when it starts
 * mid-page, `placement.startPage`). Documents come in reading order.
 */
export function buildPageMap(docs: Iterable<PagedDoc>): Map<string, PageEntry[]> {
  const map = new Map<string, PageEntry[]>();
  const add = (page: string, entry: PageEntry): void => {
    const list = map.get(key(page));
    if (!list) map.set(key(page), [entry]);
    else if (!list.some((e) => e.id === entry.id)) list.push(entry);
  };
  for (const doc of docs) {
    const start = doc.startPage;
    if (start) add(start, { id: doc.id, starts: true, section: doc.section });
    // Without a start page the document begins at a page break: its first one.
    doc.pages.forEach((page, i) => add(page, { id: doc.id, starts: !start && i === 0, section: doc.section }));
  }
  return map;
}

export const pageKey = key;
