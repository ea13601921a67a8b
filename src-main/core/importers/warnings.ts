import type { ImportWarning, ImportWarningCode } from '../../contract';

/** What an importer says when it notices something; the file is the log's. */
export interface WarningInput {
  code: ImportWarningCode;
  message: string;
  documentId?: string;
  documentNumber?: string;
  line?: number;
  /**
   * Findings with the same key are the same thing found again (an unknown
   * element's name, say): counted on the first one rather than listed again.
   * Without a key every finding is listed.
   */
  key?: string;
  /** Findings this one stands for (default 1). */
  count?: number;
}

/** A file's warnings as the report carries them. */
export interface FileWarnings {
  warnings: ImportWarning[];
  /** Findings left out because the list was full. */
  more: number;
}

/** Anything one wants to read about one file fits in this many; a hostile file may hold millions. */
export const WARNING_LIMIT = 50;

/**
 * Collects one file's warnings while it is read. Memory stays bounded
 * whatever the file holds: past the limit new findings are only counted,
 * though findings of a warning already listed still add to its count.
 */
export class WarningLog {
  private readonly list: ImportWarning[] = [];
  private readonly byKey = new Map<string, ImportWarning>();
  private more = 0;

  constructor(
    private readonly file: string,
    private readonly limit = WARNING_LIMIT,
  ) {}

  readonly add = (input: WarningInput): void => {
    const id = input.key === undefined ? undefined : `${input.code}\u0000${input.key}`;
    const seen = id === undefined ? undefined : this.byKey.get(id);
    const count = input.count ?? 1;
    if (seen) {
      seen.count += count;
      return;
    }
    if (this.list.length >= this.limit) {
      this.more += count;
      return;
    }
    const warning = toWarning(this.file, input);
    this.list.push(warning);
    if (id !== undefined) this.byKey.set(id, warning);
  };

  result(): FileWarnings {
    return { warnings: this.list.map((w) => ({ ...w, where: { ...w.where } })), more: this.more };
  }
}

function toWarning(file: string, input: WarningInput): ImportWarning {
  const { code, message, documentId, documentNumber, line } = input;
  const where: ImportWarning['where'] = { file };
  if (documentId !== undefined) where.documentId = documentId;
  if (documentNumber !== undefined) where.documentNumber = documentNumber;
  if (line !== undefined) where.line = line;
  return { code, message, where, count: input.count ?? 1 };
}

/** Where a warning is added: the log's `add`, or a test's array push. */
export type Warn = (w: WarningInput) => void;
