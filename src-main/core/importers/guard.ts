import { ImportError } from './importer';

/**
 * Runs an import step so that callers only ever see ImportError: a bug or an
 * unexpected input deep inside a parser still comes back naming the file.
 */
export function guardImport<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new ImportError(file, `could not be imported (unexpected error: ${detail})`);
  }
}
