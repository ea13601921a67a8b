import type { Block, DocumentBody, DocumentMeta } from '../model/document';
import { inlineText } from '../text/plain-text';
import type { FileNumber } from './file-numbers';
import { parseSourceNote, type NoteFields, type SourceFlag, type Sourced } from './source-note';

export type { Sourced, SourceFlag };

/** A document's source apparatus as fields, each with the text it was read from. */
export interface SourceFields {
  repository?: Sourced<string>;
  collection?: Sourced<string>;
  fileNumbers: Array<Sourced<FileNumber>>;
  classification?: Sourced<string>;
  caveats: Array<Sourced<string>>;
  draftedBy?: Sourced<string>;
  approvedBy?: Sourced<string>;
  clearedBy?: Sourced<string>;
  repeatedTo?: Sourced<string[]>;
  docNumber?: Sourced<string>;
  enclosureIn?: Sourced<string>;
  flags: Array<Sourced<SourceFlag>>;
  /** A dated file number set against the dateline. */
  dateCheck?: DateCheck;
}

export interface DateCheck {
  fileNumber: string;
  fileDate: string;
  dateline: string;
  /** Whole days between them. */
  days: number;
  /** Within a week: a telegram is filed the day it arrives, a despatch some days later. */
  agrees: boolean;
}

/** Longest source note read whole; beyond it a pathological note is read in part (its text stays in the body). */
export const MAX_NOTE = 2000;

const SINGLE = ['repository', 'collection', 'classification', 'draftedBy', 'approvedBy', 'clearedBy', 'repeatedTo', 'docNumber', 'enclosureIn'] as const;

function merge(out: SourceFields, f: NoteFields, where: string, text: string): void {
  const at = <T>(value: T): Sourced<T> => ({ value, where, text });
  for (const key of SINGLE) {
    const v = f[key];
    if (v !== undefined && out[key] === undefined) (out as unknown as Record<string, Sourced<unknown>>)[key] = at(v);
  }
  for (const n of f.fileNumbers) if (!out.fileNumbers.some((x) => x.value.value === n.value)) out.fileNumbers.push(at(n));
  for (const c of f.caveats) if (!out.caveats.some((x) => x.value === c)) out.caveats.push(at(c));
  for (const g of f.flags) if (!out.flags.some((x) => x.value === g)) out.flags.push(at(g));
}

/** Source notes of the document itself: top-level ones, not an enclosure's. */
function sourceNotes(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.t === 'paragraph' && b.role === 'sourceNote' ? [inlineText(b.runs).replace(/\s+/g, ' ').trim()] : []));
}

const DAY = 86_400_000;

function dateCheck(fields: SourceFields, meta: DocumentMeta): DateCheck | undefined {
  const dated = fields.fileNumbers.find((f) => f.value.date !== undefined);
  const dateline = meta.date?.value.start.slice(0, 10);
  // Only a dateline the document states: a date inferred from the file number would agree with itself.
  if (!dated?.value.date || !dateline || dateline.length < 10 || meta.date?.provenance.kind !== 'stated') return undefined;
  const days = Math.round(Math.abs(Date.parse(dated.value.date) - Date.parse(dateline)) / DAY);
  return { fileNumber: dated.value.value, fileDate: dated.value.date, dateline, days, agrees: days <= 7 };
}

export interface SourceReading {
  fields: SourceFields;
  warnings: string[];
}

/**
 * Reads the fields from every place an edition prints them: TEI source notes
 * (in the body, role 'sourceNote'), the FRUS text importer's file-number line
 * and header markings (in the metadata), and, in the older volumes, a
 * footnote that is nothing but "File No. 861.00/2009".
 */
export function readSourceFields(meta: DocumentMeta, body: DocumentBody): SourceReading {
  const fields: SourceFields = { fileNumbers: [], caveats: [], flags: [] };
  const warnings: string[] = [];
  for (const note of sourceNotes(body.blocks)) {
    if (note.length > MAX_NOTE) warnings.push(`A source note of ${note.length.toLocaleString('en-US')} characters: only its first ${MAX_NOTE.toLocaleString('en-US')} were read for fields; the note itself is kept whole.`);
    merge(fields, parseSourceNote(note.slice(0, MAX_NOTE)), 'source note', note.slice(0, 300));
  }
  const fileLine = meta.fileNumber?.provenance.kind === 'stated' && meta.fileNumber.provenance.where === 'file-number line' ? meta.fileNumber.value : undefined;
  if (fileLine) {
    const telegram = meta.kind?.value === 'telegram' && meta.kind.provenance.kind === 'stated' && meta.kind.provenance.where === 'file-number line';
    const line = telegram ? `${fileLine}: Telegram` : fileLine;
    merge(fields, parseSourceNote(line), 'file-number line', line);
  }
  const header = meta.classification?.provenance.kind === 'stated' && meta.classification.provenance.where === 'header' ? meta.classification.value : undefined;
  if (header) merge(fields, parseSourceNote(`[${header}]`), 'header', header);
  if (fields.fileNumbers.length === 0) {
    for (const n of body.footnotes) {
      const text = inlineText(n.runs).replace(/\s+/g, ' ').trim();
      if (/^File Nos?\.\s*\S+/.test(text) && text.length < 200) merge(fields, parseSourceNote(text), `footnote ${n.label}`, text);
    }
  }
  const check = dateCheck(fields, meta);
  if (check) fields.dateCheck = check;
  return { fields, warnings };
}

export function isEmptySourceFields(f: SourceFields): boolean {
  return f.fileNumbers.length === 0 && f.caveats.length === 0 && f.flags.length === 0 && SINGLE.every((k) => f[k] === undefined);
}
