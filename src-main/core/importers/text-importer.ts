/**
 * Text and Markdown files: read whole, decoded strictly, checked for sizes a
 * parser could not cope with, then parsed by their genre (FRUS text, CVCE
 * Markdown, any text, any Markdown) into the one Importer shape.
 */
import type { ImportedDocument } from '../../../src-shared/model/document';
import { decodeText } from './decode';
import { guardImport } from './guard';
import { ImportError, type ImportInput, type Importer } from './importer';
import { checkMarkdownNesting } from './markdown-limits';
import { replacedCharacters } from './replaced-characters';
import { checkTextSize } from './text-limits';
import type { Warn } from './warnings';

/** Plain-text documents are read whole; nothing genuine comes near this size. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** A genre of text file: how to recognise it and how to parse its whole text. */
export interface TextGenre {
  id: string;
  extensions: readonly string[];
  /** Parsed as Markdown: its nesting is checked before the parser sees it. */
  markdown: boolean;
  sniff(text: string, name: string): boolean;
  /** The file's documents; what it notices goes to `warn`. */
  parse(name: string, text: string, warn: Warn): ImportedDocument[];
}

export function textImporter(genre: TextGenre): Importer {
  return {
    id: genre.id,
    extensions: genre.extensions,
    sniff: genre.sniff,
    maxBytes: MAX_TEXT_BYTES,
    async read(input, sink) {
      const { name } = input;
      const text = decodeText(name, await readWhole(input));
      // Deep nesting is the more telling report for a Markdown file, so it is looked for first.
      if (genre.markdown) checkMarkdownNesting(name, text);
      checkTextSize(name, text); // before any parser sees an enormous line
      const replaced = replacedCharacters(text);
      if (replaced) sink.warn(replaced);
      for (const doc of guardImport(name, () => genre.parse(name, text, sink.warn))) sink.document(doc);
    },
    count: () => Promise.resolve(1),
  };
}

/** The refusal of a file over an importer's `maxBytes`, in the registry's words and the reader's. */
export const tooLarge = (name: string, max = MAX_TEXT_BYTES): ImportError =>
  new ImportError(name, `file is too large to import (over ${max >> 20} MB)`);

/** The whole file, in one buffer of its listed size when that is known (no second copy to join the chunks). */
async function readWhole({ name, size, chunks }: ImportInput): Promise<Uint8Array> {
  if (size !== undefined && size > MAX_TEXT_BYTES) throw tooLarge(name);
  const parts: Uint8Array[] = [];
  const all = size === undefined ? undefined : new Uint8Array(size);
  let read = 0;
  for await (const chunk of chunks) {
    if (read + chunk.byteLength > MAX_TEXT_BYTES) throw tooLarge(name);
    if (all && read + chunk.byteLength > all.byteLength) throw new ImportError(name, 'the file grew while it was being read');
    if (all) all.set(chunk, read);
    else parts.push(chunk);
    read += chunk.byteLength;
  }
  return all ? all.subarray(0, read) : join(parts, read);
}

function join(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
