/** CVCE (cvce.eu) documents saved as Markdown: front matter as metadata, then the letter. */
import type { DocumentMeta, Field, ImportedDocument, Party } from '../../../src-shared/model/document';
import { noteRefs } from '../../../src-shared/text/references';
import { footnoteStart, footnotes, readOpening, parseDateline, type Opening } from './cvce-body';
import { parseTitle, readFront, roleInCaption, type CvceFront } from './cvce-meta';
import { markdownBlocks } from './markdown-blocks';
import { lexMarkdown } from './markdown-lex';
import { textImporter } from './text-importer';
import type { Warn } from './warnings';

export const cvceMarkdownImporter = textImporter({
  id: 'cvce-markdown',
  // CVCE exports are often saved as .txt (as the seed 003 is): the content decides.
  extensions: ['md', 'markdown', 'txt', 'text'],
  markdown: true,
  sniff: (text) => /^\*\*(?:Source|Caption):\*\*/m.test(text),
  parse: parseCvce,
});

const KNOWN_KEYS = new Set(['caption', 'source', 'copyright', 'url', 'last updated']);

/** Footnote ids from labels, so references and notes meet without a second pass. */
function noteId(label: string): string {
  return `fn${label.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0)}`)}`;
}

function parseCvce(name: string, text: string, warn: Warn): ImportedDocument[] {
  const tokens = lexMarkdown(name, text, warn);
  const front = readFront(tokens);
  const all = markdownBlocks(tokens.slice(front.bodyStart), { noteId });
  const labels = noteRefs(all).map((r) => r.label);
  const split = footnoteStart(all, labels[0]);
  const { blocks, opening } = readOpening(all.slice(0, split));
  const notes = footnotes(all.slice(split), noteId);
  const meta = buildMeta(front, opening, name);
  noteWarnings(labels, notes.map((n) => n.label), warn);
  for (const key of front.fields.keys()) {
    if (!KNOWN_KEYS.has(key)) warn({ code: 'unknown-metadata', message: `unknown metadata key “${key}” ignored` });
  }
  return [{ key: `file:${name}`, format: 'cvce-markdown', meta, body: { blocks, footnotes: notes } }];
}

function noteWarnings(refs: readonly string[], notes: readonly string[], warn: Warn): void {
  for (const l of refs) if (!notes.includes(l)) warn({ code: 'missing-footnote', message: `note reference (${l}) has no footnote` });
  for (const l of notes) if (!refs.includes(l)) warn({ code: 'unreferenced-footnote', message: `footnote (${l}) is not referenced in the text` });
}

function stated<T>(value: T, where: string): Field<T> {
  return { value, provenance: { kind: 'stated', where } };
}

function buildMeta(front: CvceFront, opening: Opening, fileName: string): DocumentMeta {
  const title = front.title ?? fileName;
  const meta: DocumentMeta = {
    title: front.title ? stated(title, 'title heading') : { value: title, provenance: { kind: 'inferred', from: 'the file name' } },
  };
  const info = parseTitle(title);
  const caption = front.fields.get('caption');
  if (info.kind) meta.kind = stated(info.kind, 'title');
  if (info.from) meta.from = partiesField(info.from, caption);
  if (info.to) meta.to = partiesField(info.to, caption);
  placeAndDate(meta, opening, info.paren);
  if (opening.received) meta.received = stated(opening.received, 'received line');
  if (opening.docNumber) meta.docNumber = stated(opening.docNumber, 'telegram-number line');
  const keys: ReadonlyArray<[string, 'caption' | 'source' | 'rights' | 'url' | 'lastUpdated', string]> = [
    ['caption', 'caption', 'Caption'], ['source', 'source', 'Source'], ['copyright', 'rights', 'Copyright'],
    ['url', 'url', 'URL'], ['last updated', 'lastUpdated', 'Last updated'],
  ];
  for (const [key, field, where] of keys) {
    const value = front.fields.get(key);
    if (value) meta[field] = stated(value, where);
  }
  return meta;
}

/** The dateline states place and date; failing that, the "(Moscow, 16 November 1956)" of the title. */
function placeAndDate(meta: DocumentMeta, opening: Opening, paren: string | undefined): void {
  const fromTitle = paren ? parseDateline(paren) : undefined;
  if (opening.place) meta.place = stated(opening.place, 'dateline');
  else if (fromTitle) meta.place = stated(fromTitle.place, 'title');
  if (opening.date) meta.date = stated(opening.date, 'dateline');
  else if (fromTitle) meta.date = stated(fromTitle.date, 'title');
}

/** The party named in the title, with its office when the caption gives one. */
function partiesField(party: Party, caption: string | undefined): Field<Party[]> {
  const role = party.name && caption ? roleInCaption(caption, party.name) : undefined;
  if (!role) return stated([party], 'title');
  return stated([{ ...party, role }], 'title (office from the caption)');
}
