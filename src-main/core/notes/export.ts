import type { Citation, ExportedNoteFile, Note } from '../../contract/views';
import { linkText, parseLinks } from './links';

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
  let out = '';
  let from = 0;
  for (const link of parseLinks(note.body)) {
    out += `${note.body.slice(from, link.start)}[[${linkText(link, titleOf)}]]`;
    from = link.end;
  }
  return out + note.body.slice(from);
}

/** The text the body first shows for each linked document, so the list matches the links. */
function firstLabels(note: Note): Map<number, string> {
  const labels = new Map<number, string>();
  const titleOf = (id: number): string | null => note.links.find((l) => l.docId === id)?.title ?? null;
  for (const link of parseLinks(note.body)) {
    const id = 'docId' in link.target ? link.target.docId : note.links.find((l) => 'title' in link.target && l.title === link.target.title)?.docId;
    if (id !== undefined && !labels.has(id)) labels.set(id, linkText(link, titleOf));
  }
  return labels;
}

export interface ExportDeps {
  cite: (docId: number) => Citation;
  docTitle: (docId: number) => string | null;
}

/**
 * One Markdown file per note, with YAML front matter (title, document, tags,
 * created, updated); a "Cited documents" list gives each linked document's
 * FRUS-style citation.
 */
export function exportNotes(notes: readonly Note[], deps: ExportDeps): ExportedNoteFile[] {
  const names = uniqueNames(notes.map((n) => n.title));
  return notes.map((note, i) => {
    const doc = note.docId !== null ? deps.docTitle(note.docId) : null;
    const front = [
      '---',
      `title: ${yaml(note.title)}`,
      `document: ${doc !== null ? yaml(doc) : 'null'}`,
      ...(note.docId !== null ? [`document_citation: ${yaml(deps.cite(note.docId).text)}`] : []),
      `tags: [${note.tags.map(yaml).join(', ')}]`,
      `created: ${yaml(note.createdAt)}`,
      `updated: ${yaml(note.updatedAt)}`,
      '---',
      '',
    ];
    const labels = firstLabels(note);
    const cited = note.links.map((l, k) => `${k + 1}. [[${labels.get(l.docId) ?? l.title}]]: ${deps.cite(l.docId).markdown}`);
    const tail = cited.length > 0 ? `\n\n## Cited documents\n\n${cited.join('\n')}\n` : '\n';
    return { fileName: names[i] ?? `note ${i + 1}.md`, content: `${front.join('\n')}\n${exportBody(note).trimEnd()}${tail}` };
  });
}
