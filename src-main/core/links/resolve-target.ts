import type { FoundLink } from './found-link';
import type { EditorialTarget } from './editorial-targets';
import type { LinkContext, PageEntry } from './link-finder';
import { volumeLabel } from './volume-label';

export type Resolution = Pick<FoundLink, 'status' | 'targets' | 'why'> & { targetLabel?: string };

const notInLibrary = (label: string, volume: string): Resolution => ({
  status: 'not-found',
  targets: [],
  targetLabel: `${label} — that volume is not in your library`,
  why: `the editors cite ${label}, in a volume that is not in your library (${volume})`,
});

/**
 * The documents on a page the editors cite. Documents before sections (a
 * chapter's text or the index shares pages with documents); the citing
 * document itself only when nothing else is on the page.
 */
function pageCandidates(entries: readonly PageEntry[], self: number): PageEntry[] {
  const docs = entries.filter((e) => !e.section);
  const pool = docs.length > 0 ? docs : [...entries];
  const others = pool.filter((e) => e.id !== self);
  return others.length > 0 ? others : pool;
}

function page(volume: string, page: string, label: string, here: boolean, self: number, ctx: LinkContext): Resolution {
  const where = here ? `page ${page} of this volume` : label;
  const found = pageCandidates(ctx.onPage(volume, page), self);
  if (found.length === 0) {
    return { status: 'not-found', targets: [], targetLabel: `${label} — no document on that page`, why: `the editors cite ${where}, but no document of the volume is printed on it` };
  }
  const targets = found.map((e) => ({ id: e.id }));
  if (found.length === 1) {
    const only = found[0]?.id === self ? ' (this document itself)' : '';
    return { status: 'resolved', targets, why: `the editors cite ${where}: the one document printed on it${only}` };
  }
  return { status: 'ambiguous', targets, why: `the editors cite ${where}, which holds ${found.length} documents; the first one starting on it is listed first` };
}

/** Orders a page's documents: those that begin on it first (the usual meaning of "see p. 94"). */
function startingFirst(entries: readonly PageEntry[]): PageEntry[] {
  return [...entries.filter((e) => e.starts), ...entries.filter((e) => !e.starts)];
}

/** Resolves an editorial target against the library, from a document of `home` (its collection). */
export function resolveTarget(t: EditorialTarget, home: string | null, self: number, ctx: LinkContext): Resolution {
  const volume = t.volume ?? home;
  if (volume === null) return { status: 'not-found', targets: [], targetLabel: 'a volume this document is not part of', why: 'the link names a place in a volume, but this document belongs to none' };
  const here = t.volume === null || t.volume === home;
  const title = ctx.collectionTitle(volume);
  const vol = title ?? volumeLabel(volume);
  switch (t.kind) {
    case 'volume':
      return title === null
        ? notInLibrary(vol, volume)
        : { status: 'not-found', targets: [], targetLabel: `${vol} (the whole volume)`, why: `the editors cite the whole of ${vol}, not one document in it` };
    case 'page': {
      const label = `${vol}, p. ${t.page}`;
      if (title === null) return notInLibrary(label, volume);
      const onPage = { ...ctx, onPage: (c: string, p: string) => startingFirst(ctx.onPage(c, p)) };
      return page(volume, t.page, label, here, self, onPage);
    }
    case 'document': {
      const label = `${vol}, document ${t.sourceId.replace(/^d/i, '')}`;
      if (title === null) return notInLibrary(label, volume);
      const id = ctx.bySourceId(volume, t.sourceId);
      if (id === null && here) {
        // The editors' slip (the import report warns of it too): the volume has no such document.
        return { status: 'not-found', targets: [], targetLabel: `${label} — this volume has no such document`, why: `the editors link to document ${t.sourceId.replace(/^d/i, '')}, which this volume does not contain` };
      }
      if (id === null) return { status: 'not-found', targets: [], targetLabel: `${label} — not in your library`, why: `the editors link to document ${t.sourceId.replace(/^d/i, '')} of ${vol}, which is not in your library` };
      const n = t.sourceId.replace(/^d/i, '');
      const what = t.footnote ? `a footnote of document ${n}` : `document ${n}`;
      return { status: 'resolved', targets: [t.footnote ? { id, anchor: t.footnote } : { id }], why: `the editors link to ${what} of ${here ? 'this volume' : vol}` };
    }
  }
}
