import { linkText, parseLinks, type NoteLink } from '../../../src-shared/notes/note-links';

const AROUND = 80;

/**
 * The note's text around its first link to `docId`, links shown as their
 * labels, whitespace collapsed: "…as Caffery reported (Caffery, 3 Dec.) the strike…".
 */
export function linkSnippet(
  body: string,
  docId: number,
  pointsHere: (link: NoteLink) => boolean,
  docTitle: (id: number) => string | null,
): string {
  let text = '';
  let at = -1;
  let end = -1;
  let from = 0;
  for (const link of parseLinks(body)) {
    text += body.slice(from, link.start);
    const shown = linkText(link, docTitle);
    if (at < 0 && ('docId' in link.target ? link.target.docId === docId : pointsHere(link))) {
      at = text.length;
      end = at + shown.length;
    }
    text += shown;
    from = link.end;
  }
  text += body.slice(from);
  if (at < 0) at = end = 0;
  // Cut at spaces, never inside a word.
  let start = Math.max(0, at - AROUND);
  if (start > 0) start = Math.min(at, text.indexOf(' ', start) + 1 || at);
  let stop = Math.min(text.length, end + AROUND);
  if (stop < text.length) stop = Math.max(end, text.lastIndexOf(' ', stop));
  const window = text.slice(start, stop).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + window + (stop < text.length ? '…' : '');
}
