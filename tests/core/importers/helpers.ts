/** Shared helpers for the importer tests (not a test file itself). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Importer } from '../../../src-main/core/importers/importer';
import type { Block, ImportedDocument, Inline } from '../../../src-shared/model/document';
import { importBytes } from '../../../src-main/core/importers/registry';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

/** The seed file whose name starts with `prefix` ("000_"): its real name and bytes. */
export function seed(prefix: string): { name: string; bytes: Uint8Array } {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, bytes: readFileSync(join(SEEDS, name)) };
}

/** Imports a seed through the registry, as the app does, and returns its one document. */
export async function importSeed(prefix: string): Promise<ImportedDocument> {
  const { name, bytes } = seed(prefix);
  const result = await importBytes(name, bytes);
  const [doc, ...more] = result.documents;
  if (!doc || more.length > 0) throw new Error('expected exactly one document');
  return doc;
}

export async function docFromText(name: string, text: string): Promise<ImportedDocument> {
  const doc = (await importBytes(name, new TextEncoder().encode(text))).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

/** One importer's reading of a text, bypassing the registry's choice: its one document and its warnings' messages. */
export async function readText(importer: Importer, name: string, text: string): Promise<{ doc: ImportedDocument; issues: string[] }> {
  const docs: ImportedDocument[] = [];
  const issues: string[] = [];
  await importer.read({ name, chunks: [new TextEncoder().encode(text)] }, { document: (d) => docs.push(d), warn: (w) => issues.push(w.message) });
  const [doc] = docs;
  if (!doc || docs.length > 1) throw new Error('expected exactly one document');
  return { doc, issues };
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
