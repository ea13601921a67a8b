import { saveBlob } from './file-download';

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** CSV text with the method note as a first comment line, so the numbers never travel without it. */
export function toCsv(note: string, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [`# ${note}`, header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}

/** A file name from the view and the query: `timeline-recognition-2026-12-04`. */
export function exportName(view: string, query: string, ext: string): string {
  const slug = query.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'all';
  return `${view}-${slug}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

export const saveText = (fileName: string, text: string, type: string): void => saveBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
