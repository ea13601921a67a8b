import type { DateValue, DocumentMeta, Party, Provenance } from '@shared/model/document';
import { formatDate } from '@shared/display/dates';
import { partiesLabel } from '@shared/display/parties';
import type { EditableMetaField } from '@contract';

export const EDITABLE_FIELDS: readonly EditableMetaField[] = ['title', 'date', 'from', 'to', 'place', 'classification'];

function isDate(v: unknown): v is DateValue {
  return typeof v === 'object' && v !== null && typeof (v as DateValue).start === 'string';
}

function isParties(v: unknown): v is Party[] {
  return Array.isArray(v) && v.every((p) => typeof p === 'object' && p !== null);
}

/** A field's value as the user would type it: dates as 'YYYY-MM-DD' (or 'start/end'), parties joined by '; '. */
export function editableText(field: EditableMetaField, value: unknown): string {
  if (field === 'date') return isDate(value) ? (value.end && value.end !== value.start ? `${value.start}/${value.end}` : value.start) : '';
  if (field === 'from' || field === 'to') return isParties(value) ? partiesLabel(value) : '';
  return typeof value === 'string' ? value : '';
}

/** A value for display, whatever its shape. */
export function displayValue(field: EditableMetaField, value: unknown): string {
  if (field === 'date') return isDate(value) ? formatDate(value) : '';
  if (field === 'from' || field === 'to') return isParties(value) ? partiesLabel(value) : '';
  return typeof value === 'string' ? value : '';
}

function provenanceText(p: unknown): string {
  if (typeof p !== 'object' || p === null) return '';
  const prov = p as Provenance;
  if (prov.kind === 'inferred') return ` (inferred from ${prov.from})`;
  if (prov.kind === 'stated' && prov.where) return ` (stated in ${prov.where})`;
  return '';
}

/**
 * "3 December 1947 (inferred from the telegram's number)" — the imported value an
 * edit replaced. `original` is the imported field (value and provenance) or its bare
 * value; null when nothing was imported.
 */
export function importedText(field: EditableMetaField, original: unknown): string | null {
  if (original === undefined || original === null) return null;
  if (typeof original === 'object' && 'value' in original && 'provenance' in original) {
    const f = original as { value: unknown; provenance: unknown };
    const shown = displayValue(field, f.value);
    return shown === '' ? null : shown + provenanceText(f.provenance);
  }
  const shown = displayValue(field, original);
  return shown === '' ? null : shown;
}

export function metaField(meta: DocumentMeta, field: EditableMetaField): { value: unknown; provenance: Provenance } | undefined {
  return meta[field];
}

export const FIELD_HINT: Record<EditableMetaField, string> = {
  title: 'The document’s title',
  date: 'YYYY-MM-DD, YYYY-MM, YYYY, or start/end (1947-12-03/1947-12-05)',
  from: 'Sender(s), separated by “;”: The Ambassador in France (Caffery)',
  to: 'Recipient(s), separated by “;”',
  place: 'Where it was written: Paris',
  classification: 'Top Secret, Confidential…',
};
