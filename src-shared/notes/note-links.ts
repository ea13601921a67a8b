import { foldTerm } from '../text/fold';

/**
 * Links from notes to documents, written in the note's Markdown:
 *   [[doc:123]]                       document 123
 *   [[doc:123|Caffery, 3 December 1947]]   what the `[[` autocomplete writes
 *   [[Exact document title]]           resolved only when exactly one document has that title
 *   [[Exact document title|label]]
 * The one reading of this syntax: the core stores a note's links and
 * backlinks from it, the reader renders it, search and lists show it as text.
 */
export type LinkTarget = { docId: number } | { title: string };

export interface NoteLink {
  /** [start, end) of the whole `[[…]]` in the body. */
  start: number;
  end: number;
  target: LinkTarget;
  /** The text after `|`, trimmed; null when there is none (or it is blank). */
  label: string | null;
}

const LINK = String.raw`\[\[([^[\]\n|]{1,500})(?:\|([^[\]\n]{0,500}))?\]\]`;
const DOC_TARGET = /^doc:(\d{1,15})$/;
/** What may follow `[[` in a link still being typed: a target, before any `|` or `]`. */
const OPEN_LINK = /\[\[([^\]\n|[]{0,80})$/;

/** A link from a match of LINK; null when its target is blank (`[[ ]]` links nowhere). */
function toLink(m: RegExpExecArray | RegExpMatchArray, start: number): NoteLink | null {
  const target = (m[1] ?? '').trim();
  if (target === '') return null;
  const doc = DOC_TARGET.exec(target);
  return {
    start,
    end: start + m[0].length,
    target: doc ? { docId: Number(doc[1]) } : { title: target },
    label: m[2]?.trim() || null,
  };
}

/** Every link in a note's body, in order. */
export function parseLinks(body: string): NoteLink[] {
  return [...body.matchAll(new RegExp(LINK, 'g'))].flatMap((m) => toLink(m, m.index) ?? []);
}

/** The link that begins exactly at `at`, if one does (for a Markdown tokenizer). */
export function linkAt(src: string, at = 0): NoteLink | null {
  const re = new RegExp(LINK, 'y');
  re.lastIndex = at;
  const m = re.exec(src);
  return m ? toLink(m, at) : null;
}

/** What a link reads as: its label, else its title, else the document's title. */
export function linkText(link: NoteLink, docTitle: (id: number) => string | null): string {
  if (link.label) return link.label;
  if ('title' in link.target) return link.target.title;
  return docTitle(link.target.docId) ?? `Document ${link.target.docId}`;
}

/** The body with every link replaced by what `replace` makes of it. */
export function replaceLinks(body: string, replace: (link: NoteLink) => string): string {
  let out = '';
  let from = 0;
  for (const link of parseLinks(body)) {
    out += body.slice(from, link.start) + replace(link);
    from = link.end;
  }
  return out + body.slice(from);
}

/** The body with every link replaced by the text it reads as ("see [[doc:12|Caffery]]" → "see Caffery"). */
export function linksAsText(body: string, docTitle: (id: number) => string | null): string {
  return replaceLinks(body, (link) => linkText(link, docTitle));
}

/** How `[[Title]]` compares with a document's title: without regard to case, diacritics or runs of spaces. */
export function titleKey(title: string): string {
  return foldTerm(title).replace(/\s+/g, ' ').trim();
}

/** `[[doc:12|Label]]`: the label loses the characters that would end the link early. */
export function docLinkSyntax(id: number, label: string): string {
  return `[[doc:${id}|${label.replace(/[[\]|\n]/g, ' ').replace(/\s+/g, ' ').trim()}]]`;
}

/** The `[[` link being typed just before the caret: where it starts and the words typed so far. */
export function openLinkAt(text: string, caret: number): { start: number; query: string } | null {
  const m = OPEN_LINK.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: m.index, query: m[1] ?? '' };
}
