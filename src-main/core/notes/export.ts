import type { Citation, ExportedNoteFile, Highlight, Note } from '../../contract';
import { highlightsSection } from './export-highlights';
import { linkText, parseLinks, replaceLinks, titleKey } from '../../../src-shared/notes/note-links';

/** Characters no common file system accepts, control characters, and leading/trailing dots and spaces. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}]+/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 80;

export function safeFileName(title: string): string {
  // Trimmed after cutting, so a name never ends in a dot or space (Windows drops them).
  let base = title.replace(UNSAFE, '-').replace(/\s+/g, ' ').slice(0, MAX_NAME).replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (base === '' || RESERVED.test(base)) base = `note ${base}`.trim();
  return base;
}

/** "Title.md", then "Title (2).md"… — compared without case, as macOS and Windows do. */
function uniqueNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((t) => {
    const base = safeFileName(t);
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** JSON strings are valid YAML double-quoted scalars. */
const yaml = (v: string): string => JSON.stringify(v);

/** Links become `[[Label]]` (readable in any Markdown tool); the documents are listed with their citations at the end. */
function exportBody(note: Note): string {
  const titleOf = (id: number): string | null => note.links.find((l) => l.docId === id)?.title ?? null;
  return replaceLinks(note.body, (link) => `[[${linkText(link, titleOf)}]]`);
}

/** The text the body first shows for each linked document, so the list matches the links. */
function firstLabels(note: Note): Map<number, string> {
  const labels = new Map<number, string>();
  const titleOf = (id: number): string | null => note.links.find((l) => l.docId === id)?.title ?? null;
  for (const link of parseLinks(note.body)) {
    const id = 'docId' in link.target ? link.target.docId : note.links.find((l) => 'title' in link.target && titleKey(l.title) === titleKey(link.target.title))?.docId;
    if (id !== undefined && !labels.has(id)) labels.set(id, linkText(link, titleOf));
  }
  return labels;
}

export interface ExportDeps {
  cite: (docId: number) => Citation;
  docTitle: (docId: number) => string | null;
  /** A document's live highlights, in text order. */
  highlights: (docId: number) => Highlight[];
  docTags: (docId: number) => string[];
  /** Documents with highlights, whether or not they have a note. */
  highlightedDocs: () => number[];
}

/** What one exported file says: a note, or a highlighted document without one (`note` null). */
interface Entry {
  title: string;
  note: Note | null;
  docId: number | null;
}

const list = (values: readonly string[]): string => `[${values.map(yaml).join(', ')}]`;

function frontMatter(entry: Entry, deps: ExportDeps): string[] {
  const { note, docId } = entry;
  const doc = docId !== null ? deps.docTitle(docId) : null;
  return [
    '---',
    `title: ${yaml(entry.title)}`,
    `document: ${doc !== null ? yaml(doc) : 'null'}`,
    ...(docId !== null ? [`document_citation: ${yaml(deps.cite(docId).text)}`] : []),
    `tags: ${list(note?.tags ?? [])}`,
    ...(docId !== null ? [`document_tags: ${list(deps.docTags(docId))}`] : []),
    ...(note ? [`created: ${yaml(note.createdAt)}`, `updated: ${yaml(note.updatedAt)}`] : []),
    '---',
    '',
  ];
}

function noteText(note: Note, deps: ExportDeps): string {
  const labels = firstLabels(note);
  const cited = note.links.map((l, k) => `${k + 1}. [[${labels.get(l.docId) ?? l.title}]]: ${deps.cite(l.docId).markdown}`);
  const body = exportBody(note).trimEnd();
  return cited.length > 0 ? `${body}\n\n## Cited documents\n\n${cited.join('\n')}` : body;
}

/**
 * One Markdown file per note, with YAML front matter (title, document, its
 * citation, the note's tags and the document's, created, updated); a "Cited
 * documents" list gives each linked document's FRUS-style citation, and a
 * document's note ends with the document's highlights (quote, page,
 * comment). A document with highlights but no note gets a file of its own,
 * so that nothing the user marked is left behind.
 */
export function exportNotes(notes: readonly Note[], deps: ExportDeps): ExportedNoteFile[] {
  const noted = new Set(notes.flatMap((n) => (n.docId !== null ? [n.docId] : [])));
  const entries: Entry[] = [
    ...notes.map((note) => ({ title: note.title, note, docId: note.docId })),
    ...deps.highlightedDocs().filter((id) => !noted.has(id)).map((id) => ({ title: deps.docTitle(id) ?? `Document ${id}`, note: null, docId: id })),
  ];
  const names = uniqueNames(entries.map((e) => e.title));
  return entries.map((entry, i) => {
    const parts = [entry.note ? noteText(entry.note, deps) : '', entry.docId !== null ? highlightsSection(deps.highlights(entry.docId)).trimEnd() : ''];
    const body = parts.filter((p) => p !== '').join('\n\n');
    return { fileName: names[i] ?? `note ${i + 1}.md`, content: `${frontMatter(entry, deps).join('\n')}\n${body}\n` };
  });
}
