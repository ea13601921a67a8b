import type { ImportResult } from '../../../src-shared/model/document';

/** A text-based importer: gets the decoded file content, never a path or `fs`. */
export interface TextImporter {
  id: string;
  extensions: string[];
  /** True when this importer recognises the content (checked in registry order). */
  sniff(text: string, name: string): boolean;
  parse(input: { name: string; text: string }): ImportResult;
}

/** A bad input: the message names the file and, where known, the line (and column). */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${where(line, column)}: ${message}`);
    this.name = 'ImportError';
  }
}

function where(line: number | undefined, column: number | undefined): string {
  if (line === undefined) return '';
  return column === undefined ? `, line ${line}` : `, line ${line}, column ${column}`;
}
