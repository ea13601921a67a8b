/**
 * Chooses the text importer for a file: by extension first, then by sniffing
 * the content (FRUS text vs. any .txt, CVCE Markdown vs. any .md). TEI (.xml)
 * is handled by its own importer, outside this registry.
 */
import type { ImportResult } from '../../../src-shared/model/document';
import { cvceMarkdownImporter } from './cvce-markdown';
import { decodeText } from './decode';
import { frusTextImporter } from './frus-text';
import { genericMarkdownImporter, genericTextImporter } from './generic';
import { guardImport } from './guard';
import { ImportError, type TextImporter } from './importer';
import { checkMarkdownNesting } from './markdown-limits';
import { checkTextSize } from './text-limits';

/** In sniffing order: the specific genres before the generic fallbacks. */
export const textImporters: readonly TextImporter[] = [
  cvceMarkdownImporter, // its "**Source:**" key lines are the most specific sign
  frusTextImporter,
  genericTextImporter,
  genericMarkdownImporter,
];

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function importersFor(name: string): TextImporter[] {
  const ext = extensionOf(name);
  const found = textImporters.filter((i) => i.extensions.includes(ext));
  if (found.length === 0) {
    const what = ext ? `“.${ext}” files` : 'files without an extension';
    throw new ImportError(name, `cannot import ${what}: the text importers read .txt and .md`);
  }
  return found;
}

/** The importer for this file name and decoded content; ImportError for an unsupported extension. */
export function textImporterFor(name: string, text: string): TextImporter {
  const found = importersFor(name);
  const chosen = found.find((i) => i.sniff(text, name)) ?? found[found.length - 1];
  if (!chosen) throw new ImportError(name, 'no importer available');
  return chosen;
}

/** Decode and import one .txt / .md file. Throws only ImportError. */
export function importTextFile(name: string, bytes: Uint8Array): ImportResult {
  return guardImport(name, () => {
    const candidates = importersFor(name); // an unsupported extension is reported before its bytes are judged
    const text = decodeText(name, bytes);
    // Deep nesting is the more telling report for a Markdown file, so it is looked for first.
    if (candidates.includes(genericMarkdownImporter)) checkMarkdownNesting(name, text);
    checkTextSize(name, text); // before any parser (or sniffer) sees an enormous line
    return textImporterFor(name, text).parse({ name, text });
  });
}
