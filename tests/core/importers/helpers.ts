/** Shared helpers for the importer tests (not a test file itself). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, ImportedDocument, Inline } from '../../../src-shared/model/document';
import { importTextFile } from '../../../src-main/core/importers/registry';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

/** The seed file whose name starts with `prefix` ("000_"): its real name and bytes. */
export function seed(prefix: string): { name: string; bytes: Uint8Array } {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, bytes: readFileSync(join(SEEDS, name)) };
}

/** Imports a seed through the registry, as the app does, and returns its one document. */
export function importSeed(prefix: string): ImportedDocument {
  const { name, bytes } = seed(prefix);
  const result = importTextFile(name, bytes);
  const [doc, ...more] = result.documents;
  if (!doc || more.length > 0) throw new Error('expected exactly one document');
  return doc;
}

export function docFromText(name: string, text: string): ImportedDocument {
  const doc = importTextFile(name, new TextEncoder().encode(text)).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

/** Inline runs of every paragraph and heading, in order. */
export function allRuns(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((b) => (b.t === 'paragraph' || b.t === 'heading' ? b.runs : b.t === 'quote' ? allRuns(b.blocks) : []));
}

export interface Anchor {
  id: string;
  label: string;
  /** Text of the run immediately before the note reference. */
  before: string;
  /** Text of the run immediately after it. */
  after: string;
}

/** Each note reference with the text around it. */
export function anchors(blocks: readonly Block[]): Anchor[] {
  const runs = allRuns(blocks);
  const textOf = (r: Inline | undefined): string => (r?.t === 'text' ? r.text : '');
  return runs.flatMap((r, i) =>
    r.t === 'noteRef' ? [{ id: r.id, label: r.label, before: textOf(runs[i - 1]), after: textOf(runs[i + 1]) }] : [],
  );
}
