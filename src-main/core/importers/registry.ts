/**
 * Every importer, and the choice among them for a file: by extension first,
 * then by sniffing the start of the content (FRUS text vs. any .txt, CVCE
 * Markdown vs. any .md). The import worker, the document count and the tests
 * all go through here.
 */
import type { ImportWarning } from '../../contract';
import { withApparatus } from './apparatus';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { cvceMarkdownImporter } from './cvce-markdown';
import { frusTextImporter } from './frus-text';
import { genericMarkdownImporter, genericTextImporter } from './generic';
import { ImportError, type ImportInput, type Importer, type ImportSink } from './importer';
import { teiImporter } from './tei';
import { tooLarge } from './text-importer';
import { peek } from './peek-chunks';
import { bomOf } from './unicode-scan';
import { WarningLog } from './warnings';

/** In sniffing order: the specific genres before the generic fallbacks. */
export const importers: readonly Importer[] = [
  teiImporter,
  cvceMarkdownImporter, // its "**Source:**" key lines are the most specific sign
  frusTextImporter,
  genericTextImporter,
  genericMarkdownImporter,
];

/** Enough of a file's start to tell its genre. */
const HEAD_BYTES = 256 * 1024;

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The importers that read this file's extension; ImportError when none does. */
export function importersFor(name: string): Importer[] {
  const ext = extensionOf(name);
  const found = importers.filter((i) => i.extensions.includes(ext));
  if (found.length === 0) {
    const what = ext ? `“.${ext}” files` : 'files without an extension';
    const known = [...new Set(importers.flatMap((i) => i.extensions))].map((e) => `.${e}`).join(' ');
    throw new ImportError(name, `cannot import ${what}: Chancery imports ${known}`);
  }
  return found;
}

/** The importer for this file name and the start of its content. */
export function importerFor(name: string, head: string): Importer {
  const found = importersFor(name);
  const chosen = found.length === 1 ? found[0] : (found.find((i) => i.sniff(head, name)) ?? found[found.length - 1]);
  if (!chosen) throw new ImportError(name, 'no importer available');
  return chosen;
}

/** Refuses, before a byte is read, a file listed as larger than any importer of its kind takes. */
export function checkFileSize(name: string, size: number): void {
  const limits = importersFor(name).map((i) => i.maxBytes ?? Infinity);
  const max = Math.max(...limits);
  if (size > max) throw tooLarge(name, max);
}

/** Reads one file with the importer chosen for it. Bad input throws ImportError naming the file. */
export async function importFile(input: ImportInput, given: ImportSink): Promise<void> {
  const sink: ImportSink = { ...given, document: (d) => given.document(withApparatus(d, given.warn)) };
  const candidates = importersFor(input.name); // an unsupported extension is reported before its bytes are judged
  if (candidates.length === 1 && candidates[0]) return candidates[0].read(input, sink);
  const { head, chunks } = await peek(input.chunks, HEAD_BYTES);
  await importerFor(input.name, decodeHead(head)).read({ ...input, chunks }, sink);
}

/** How many documents a file will give (for progress); 0 when that cannot be told. */
export async function countDocuments(input: ImportInput): Promise<number> {
  const [first] = importersFor(input.name);
  return first ? first.count(input) : 0;
}

/** A whole file held in memory, through `importFile`: its documents and warnings (tests, benchmarks). */
export async function importBytes(name: string, bytes: Uint8Array): Promise<{ documents: ImportedDocument[]; warnings: ImportWarning[]; more: number }> {
  const documents: ImportedDocument[] = [];
  const log = new WarningLog(name);
  await importFile({ name, size: bytes.byteLength, chunks: [bytes] }, { document: (d) => documents.push(d), warn: log.add });
  return { documents, ...log.result() };
}

/** The start of a file as text, leniently (strict decoding is the importer's): only for sniffing. */
function decodeHead(head: Uint8Array): string {
  const encoding = bomOf(head)?.encoding ?? 'utf-8';
  return new TextDecoder(encoding).decode(head, { stream: true }).replace(/\r\n?/g, '\n');
}
