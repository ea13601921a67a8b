/**
 * Links from notes to documents, written in the note's Markdown:
 *   [[doc:123]]            document 123 (what the `[[` autocomplete writes, with a label:)
 *   [[doc:123|Caffery, 3 December 1947]]
 *   [[Exact document title]]   resolved only when exactly one document has that title
 *   [[Exact document title|label]]
 * Titles compare without regard to case, diacritics or runs of spaces.
 */
export interface NoteLink {
  /** [start, end) of the whole `[[…]]` in the body. */
  start: number;
  end: number;
  target: { docId: number } | { title: string };
  label: string | null;
}

const LINK = /\[\[([^[\]\n|]{1,500})(?:\|([^[\]\n]{0,500}))?\]\]/g;
const DOC_TARGET = /^\s*doc:(\d{1,15})\s*$/;

export function parseLinks(body: string): NoteLink[] {
  const links: NoteLink[] = [];
  for (const m of body.matchAll(LINK)) {
    const target = m[1] ?? '';
    const label = m[2]?.trim() || null;
    const doc = DOC_TARGET.exec(target);
    const start = m.index;
    links.push({
      start,
      end: start + m[0].length,
      target: doc ? { docId: Number(doc[1]) } : { title: target.trim() },
      label,
    });
  }
  return links;
}

/** What a link reads as in plain text: its label, else its title, else the document's title. */
export function linkText(link: NoteLink, docTitle: (id: number) => string | null): string {
  if (link.label) return link.label;
  if ('title' in link.target) return link.target.title;
  return docTitle(link.target.docId) ?? `doc:${link.target.docId}`;
}
