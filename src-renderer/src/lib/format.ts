import { formatDate } from '@shared/display/dates';

/** ['810', '811'] → 'pp. 810–811'; ['811'] → 'p. 811'. */
export function formatPages(pages: readonly string[]): string {
  const first = pages[0];
  const last = pages[pages.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}

const KIND_LABELS: Record<string, string> = {
  telegram: 'Telegram',
  despatch: 'Despatch',
  letter: 'Letter',
  memorandum: 'Memorandum',
  note: 'Note',
  report: 'Report',
  instruction: 'Instruction',
  document: 'Document',
};

export function formatKind(kind: string | null | undefined): string {
  if (!kind) return '';
  return KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function yearOf(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{3,4})/.exec(date);
  return m ? Number(m[1]) : null;
}

/** An ISO time stamp in the user's time zone: '3 December 1947, 17:50'. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return formatDate({ start: `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` });
}
