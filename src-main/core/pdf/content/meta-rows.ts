import type { DocumentMeta, Field, Party } from '../../../../src-shared/model/document';
import { formatDate } from '../../../../src-shared/display/dates';
import { partiesLabel } from '../../../../src-shared/display/parties';

export interface MetaRow {
  label: string;
  value: string;
  /** How the value was arrived at, when Chancery inferred it ("from the file number"). */
  note?: string;
}

const parties = (f: Field<Party[]> | undefined): string => (f ? partiesLabel(f.value) : '');

/** Inferred values are printed in square brackets, the editorial mark for supplied information. */
function shown<T>(f: Field<T> | undefined, fmt: (v: T) => string): { value: string; note?: string } | null {
  if (!f) return null;
  const value = fmt(f.value).trim();
  if (!value) return null;
  if (f.provenance.kind !== 'inferred') return { value };
  return { value: `[${value}]`, note: `inferred from ${f.provenance.from}` };
}

/** The metadata block that opens each document: only what is known. */
export function metaRows(m: DocumentMeta): MetaRow[] {
  const rows: Array<[string, { value: string; note?: string } | null]> = [
    ['From', shown(m.from, () => parties(m.from))],
    ['To', shown(m.to, () => parties(m.to))],
    ['Date', shown(m.date, (d) => formatDate(d))],
    ['Place', shown(m.place, String)],
    ['Received', shown(m.received, String)],
    ['Classification', shown(m.classification, (c) => [c, m.precedence?.value].filter(Boolean).join('; '))],
    ['Number', shown(m.docNumber, String)],
    ['File', shown(m.fileNumber, String)],
    ['Source', shown(m.source, String)],
  ];
  if (!m.classification && m.precedence) rows.splice(5, 0, ['Precedence', shown(m.precedence, String)]);
  return rows.flatMap(([label, v]) => (v ? [{ label, ...v }] : []));
}
