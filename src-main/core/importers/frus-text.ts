/**
 * FRUS-style plain text (Foreign Relations of the United States documents
 * copied out of the online edition): header lines, body paragraphs separated
 * by blank lines, "[Page N]" markers, a signature, indented footnotes.
 */
import type { Block, DateValue, DocumentMeta, Field, Footnote, ImportedDocument, Inline } from '../../../src-shared/model/document';
import { findDates } from './dates';
import { dateFromFileNumber, parseFileLine, readHeader, type FrusHeader } from './frus-header';
import { parseHeading } from './frus-parties';
import { findNoteAnchors, type NoteAnchor } from './note-markers';
import { textImporter } from './text-importer';
import { pageCuts, standalonePage, textRuns, type Cut } from './text-runs';
import type { Warn } from './warnings';

export const frusTextImporter = textImporter({
  id: 'frus-text',
  extensions: ['txt', 'text'],
  markdown: false,
  sniff: looksLikeFrus,
  parse: parseFrus,
});

/** A file-number line first, a "[Page N]" marker, or an "X (Name) to Y" heading near the top. */
export function looksLikeFrus(text: string): boolean {
  const top = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 8);
  if (top[0] !== undefined && parseFileLine(top[0])) return true;
  if (/\[Page [0-9ivxlc]+\]/i.test(text.slice(0, 50_000))) return true;
  return top.some((l) => NAME_IN_HEADING.test(l) && parseHeading(l)?.memorandum === false);
}

/** A surname in parentheses next to " to ": "(Caffery) to the", "to the Minister in Nicaragua (Baker)". */
const NAME_IN_HEADING = /^(?:The |the )?\p{Lu}.*(?:\(\p{Lu}[\p{L} .'-]*\) to |to .*\(\p{Lu}[\p{L} .'-]*\)$)/u;

interface RawNote {
  label: string;
  text: string;
}

function parseFrus(name: string, text: string, warn: Warn): ImportedDocument[] {
  const lines = text.split('\n');
  const header = readHeader(lines);
  const { body, notes } = splitFootnotes(lines.slice(header.bodyStart));
  const paragraphs = splitParagraphs(body);
  const { anchors, unanchored } = findNoteAnchors(paragraphs, notes.map((n) => n.label));
  const footnotes = notes.map((n, i) => ({ id: `fn${i + 1}`, label: n.label, runs: textRuns(n.text, pageCuts(n.text)) }));
  const signature = signatureIndex(paragraphs);
  const blocks: Block[] = [
    ...header.datelines.map((l): Block => ({ t: 'paragraph', role: 'dateline', runs: [{ t: 'text', text: l }] })),
    ...bodyBlocks(paragraphs, anchors, footnotes, signature),
  ];
  for (const i of unanchored) {
    const message = `footnote ${notes[i]?.label ?? i + 1} has no marker in the text; it is kept without an anchor`;
    warn({ code: 'unanchored-footnote', message });
  }
  if (!header.heading) warn({ code: 'inferred-title', message: 'no heading line found; the title is taken from the text' });
  const meta = buildMeta(header, paragraphs, notes, signature);
  return [{ key: `file:${name}`, format: 'frus-text', meta, body: { blocks, footnotes } }];
}

/** Footnote lines are indented ("  1. Not printed.") and close the file. */
const NOTE_START = /^[ \t]+(\d{1,3}|\*{1,3})\.\s+(\S.*)$/;

function splitFootnotes(lines: readonly string[]): { body: string[]; notes: RawNote[] } {
  let j = lines.length - 1;
  while (j >= 0 && /^(?:\s.*)?$/.test(lines[j] ?? '')) j--;
  let k = j + 1;
  while (k < lines.length && !NOTE_START.test(lines[k] ?? '')) k++;
  const notes: RawNote[] = [];
  for (const line of lines.slice(k)) {
    const m = NOTE_START.exec(line);
    const last = notes[notes.length - 1];
    if (m) notes.push({ label: m[1] ?? '', text: (m[2] ?? '').trim() });
    else if (last && line.trim() !== '') last.text += ` ${line.trim()}`;
  }
  return { body: lines.slice(0, k), notes };
}

/** Paragraphs are separated by blank lines; lines within one are rejoined with a space. */
function splitParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() !== '') current.push(line.trim());
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}

/** The last paragraph when it is a short name line ("Caffery", "G. C. Marshall"); -1 otherwise. */
function signatureIndex(paragraphs: readonly string[]): number {
  const last = paragraphs.length - 1;
  const text = paragraphs[last] ?? '';
  const short = text.length <= 40 && text.split(' ').length <= 4;
  const nameLike = /^\p{Lu}[\p{L}.' -]*\p{L}$/u.test(text);
  return last > 0 && short && nameLike ? last : -1;
}

function bodyBlocks(
  paragraphs: readonly string[], anchors: readonly NoteAnchor[], footnotes: readonly Footnote[], signature: number,
): Block[] {
  return paragraphs.map((text, i): Block => {
    const page = standalonePage(text);
    if (page !== undefined) return { t: 'page', n: page };
    const cuts: Cut[] = [...pageCuts(text), ...noteCuts(anchors, footnotes, i)];
    const runs: Inline[] = textRuns(text, cuts);
    return i === signature ? { t: 'paragraph', role: 'signature', runs } : { t: 'paragraph', runs };
  });
}

function noteCuts(anchors: readonly NoteAnchor[], footnotes: readonly Footnote[], para: number): Cut[] {
  return anchors.flatMap((a) => {
    const note = footnotes[a.note];
    if (a.para !== para || !note) return [];
    return [{ start: a.start, end: a.end, inline: { t: 'noteRef', id: note.id, label: note.label } }];
  });
}

function buildMeta(header: FrusHeader, paragraphs: readonly string[], notes: readonly RawNote[], signature: number): DocumentMeta {
  const meta: DocumentMeta = { title: titleField(header, paragraphs) };
  const { file, parties, markings, dateline } = header;
  if (file) meta.fileNumber = { value: file.fileNumber, provenance: { kind: 'stated', where: 'file-number line' } };
  const kind = parties?.memorandum ? 'memorandum' : file?.kind;
  if (kind) meta.kind = { value: kind, provenance: { kind: 'stated', where: parties?.memorandum ? 'heading' : 'file-number line' } };
  if (parties?.from) meta.from = { value: parties.from, provenance: { kind: 'stated', where: 'heading' } };
  if (parties?.to) meta.to = { value: parties.to, provenance: { kind: 'stated', where: 'heading' } };
  if (markings.classification) meta.classification = stated(markings.classification, 'header');
  if (markings.precedence) meta.precedence = stated(markings.precedence, 'header');
  if (dateline?.place) {
    meta.place = dateline.placeSupplied
      ? { value: dateline.place, provenance: { kind: 'inferred', from: 'the editors’ bracketed place in the dateline' } }
      : stated(dateline.place, 'dateline');
  }
  if (header.received) meta.received = stated(header.received, 'received line');
  const date = documentDate(header, paragraphs, notes);
  if (date) meta.date = date;
  const docNumber = openingNumber(paragraphs[0] ?? '');
  if (docNumber) meta.docNumber = stated(docNumber, 'opening of the text');
  const sig = paragraphs[signature];
  if (sig !== undefined) meta.signature = stated(sig, 'signature line');
  return meta;
}

function stated(value: string, where: string): Field<string> {
  return { value, provenance: { kind: 'stated', where } };
}

function titleField(header: FrusHeader, paragraphs: readonly string[]): Field<string> {
  if (header.heading) return stated(header.heading, 'heading');
  const first = paragraphs[0] ?? header.file?.fileNumber ?? 'Untitled';
  const value = first.length > 120 ? `${first.slice(0, 119).trimEnd()}…` : first;
  return { value, provenance: { kind: 'inferred', from: 'the first line' } };
}

/** Telegrams open with their number ("5186. A high official…"), despatches with "No. 123". */
function openingNumber(text: string): string | undefined {
  return /^(\d{1,5})\.\s/.exec(text)?.[1] ?? /^No\.\s*(\d{1,5})\b/.exec(text)?.[1];
}

/** Stated dateline; else the date coded in the file number; else the year of dates the text mentions. */
function documentDate(header: FrusHeader, paragraphs: readonly string[], notes: readonly RawNote[]): Field<DateValue> | undefined {
  if (header.dateline) return { value: header.dateline.date, provenance: { kind: 'stated', where: 'dateline' } };
  const fileNumber = header.file?.fileNumber;
  const fromFile = fileNumber ? dateFromFileNumber(fileNumber) : undefined;
  if (fileNumber && fromFile) {
    return { value: { start: fromFile }, provenance: { kind: 'inferred', from: `State Department decimal file number ${fileNumber}` } };
  }
  return yearFromMentions(paragraphs, notes);
}

/**
 * A document is not older than the latest full date in its own text, so the
 * body's latest year is taken; failing that, the first full date in the
 * editors' footnotes.
 */
function yearFromMentions(paragraphs: readonly string[], notes: readonly RawNote[]): Field<DateValue> | undefined {
  const inBody = paragraphs.flatMap((p, i) => findDates(p).map((d) => ({ d, where: `paragraph ${i + 1} of the text` })));
  const latest = inBody.reduce<(typeof inBody)[number] | undefined>((best, x) => (!best || x.d.year > best.d.year ? x : best), undefined);
  const inNotes = notes.flatMap((n) => findDates(n.text).map((d) => ({ d, where: `footnote ${n.label}` })));
  const pick = latest ?? inNotes[0];
  if (!pick) return undefined;
  const from = `the date “${pick.d.text}” in ${pick.where}`;
  return { value: { start: String(pick.d.year) }, provenance: { kind: 'inferred', from } };
}
