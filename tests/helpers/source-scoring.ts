import { readFileSync } from 'node:fs';
import { parseSourceNote, type NoteFields } from '../../src-shared/sources/source-note';

/** What a labeller wrote down for one note (absent: nothing of that field). */
export interface Labelled {
  volume: string;
  text: string;
  expected: Partial<Record<'fileNumbers' | 'flags' | 'caveats' | 'repeatedTo', string[]>> &
    Partial<Record<'classification' | 'enclosureIn' | 'repository' | 'collection' | 'draftedBy' | 'clearedBy' | 'approvedBy' | 'docNumber', string>>;
}

export const FIELDS = [
  'fileNumbers', 'flags', 'classification', 'caveats', 'enclosureIn', 'repository', 'collection', 'draftedBy', 'clearedBy', 'approvedBy', 'repeatedTo', 'docNumber',
] as const;
type FieldName = (typeof FIELDS)[number];

export function loadLabelled(): Labelled[] {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/source-notes-labelled.json', import.meta.url), 'utf8')) as { notes: Labelled[] };
  return raw.notes;
}

function valuesOf(f: NoteFields, name: FieldName): string[] {
  if (name === 'fileNumbers') return f.fileNumbers.map((n) => n.value);
  const v = f[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** Per field, over every note: a value found and labelled is a true positive; found only, false; labelled only, missed. */
export function score(notes: readonly Labelled[]): Record<FieldName, Score> {
  const out = Object.fromEntries(FIELDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<FieldName, Score>;
  for (const n of notes) {
    const got = parseSourceNote(n.text);
    for (const k of FIELDS) {
      const want = new Set<string>(([] as string[]).concat(n.expected[k] ?? []));
      const have = new Set(valuesOf(got, k));
      for (const v of have) if (want.has(v)) out[k].tp++; else out[k].fp++;
      for (const v of want) if (!have.has(v)) out[k].fn++;
    }
  }
  return out;
}

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
