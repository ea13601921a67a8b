import type { DateValue, DocumentMeta, Field, Party } from '../../../src-shared/model/document';
import { ChanceryError, type EditableMetaField } from '../../contract';

/** A user's correction, typed by the field it corrects. */
export type EditValue =
  | { field: 'title' | 'place' | 'classification'; value: string }
  | { field: 'date'; value: DateValue }
  | { field: 'from' | 'to'; value: Party[] };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map((p) => (p === undefined ? undefined : Number(p)));
  if (mo !== undefined && (mo < 1 || mo > 12)) return false;
  if (d !== undefined && y !== undefined && mo !== undefined && (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())) return false;
  if (h !== undefined && (h > 23 || (mi ?? 0) > 59)) return false;
  return true;
}

/** '1947', '1947-12', '1947-12-03', '1947-12-03T17:50', or a range 'start/end'. */
export function parseDate(input: string): DateValue {
  const [start = '', end, extra] = input.trim().split('/').map((s) => s.trim());
  const ok = validDate(start) && (end === undefined || (validDate(end) && end >= start)) && extra === undefined;
  if (!ok) {
    throw new ChanceryError('invalid-argument', `Not a date: "${input}". Write 1947, 1947-12, 1947-12-03 or 1947-12-03T17:50 (a range as start/end).`);
  }
  return end === undefined ? { start } : { start, end };
}

/** Words that mark an office rather than a person's name: "Secretary of State", "The Ambassador in France". */
const OFFICE = /^the\s|\b(of|in|to|for|at|the)\b/i;

/** "The Ambassador in France (Caffery); Secretary of State" → parties. */
export function parseParties(input: string): Party[] {
  return input
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const m = /^(.+?)\s*\(([^()]+)\)$/.exec(s);
      if (m?.[1] && m[2]) return { role: m[1].trim(), name: m[2].trim() };
      return OFFICE.test(s) ? { role: s } : { name: s };
    });
}

export function parseEditValue(field: EditableMetaField, input: string): EditValue {
  const value = input.trim();
  switch (field) {
    case 'date':
      return { field, value: parseDate(value) };
    case 'from':
    case 'to': {
      const parties = parseParties(value);
      if (parties.length === 0) throw new ChanceryError('invalid-argument', `No ${field === 'from' ? 'sender' : 'recipient'} in "${input}"`);
      return { field, value: parties };
    }
    default:
      return { field, value };
  }
}

/** The imported Field behind what is shown: an edited field keeps it as its provenance's `original`. */
export function importedField<T>(f: Field<T> | undefined): Field<T> | undefined {
  if (f?.provenance.kind !== 'edited') return f;
  return f.provenance.original as Field<T> | undefined;
}

function edited<T>(value: T, original: Field<T> | undefined): Field<T> {
  return { value, provenance: original ? { kind: 'edited', original } : { kind: 'edited' } };
}

/** `meta` with the edit applied over the imported value (which stays inside the new Field). */
export function applyEdit(meta: DocumentMeta, edit: EditValue): DocumentMeta {
  switch (edit.field) {
    case 'date':
      return { ...meta, date: edited(edit.value, importedField(meta.date)) };
    case 'from':
    case 'to':
      return { ...meta, [edit.field]: edited(edit.value, importedField(meta[edit.field])) };
    default:
      return { ...meta, [edit.field]: edited(edit.value, importedField(meta[edit.field])) };
  }
}

/** `meta` with the field back to its imported value (undefined, dropped when stored, if it had none). */
export function revertEdit(meta: DocumentMeta, field: EditableMetaField): DocumentMeta {
  switch (field) {
    case 'title':
      return { ...meta, title: importedField(meta.title) ?? meta.title };
    case 'date':
      return { ...meta, date: importedField(meta.date) };
    case 'from':
    case 'to':
      return { ...meta, [field]: importedField(meta[field]) };
    default:
      return { ...meta, [field]: importedField(meta[field]) };
  }
}
