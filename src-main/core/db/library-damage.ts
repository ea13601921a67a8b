import { ChanceryError } from '../../contract';

/**
 * The library file will not open because it is damaged. Every face tells the
 * user the same way out: `cli check` says what is damaged, `cli restore` puts
 * back a verified backup (keeping the damaged file), and the app offers the
 * restore itself.
 */
export class LibraryDamagedError extends ChanceryError {
  constructor(
    readonly path: string,
    /** What SQLite reported, for the user. */
    readonly reason: string,
  ) {
    super(
      'damaged-library',
      `The library database ${path} is damaged (${reason}). ` +
        'Run "npm run -s cli -- check" to see what is damaged, and "npm run -s cli -- restore --backup latest" ' +
        'to put back the newest backup that verifies (the damaged file is kept in backups/).',
    );
    this.name = 'LibraryDamagedError';
  }
}

/** better-sqlite3 codes for a file whose pages or header are not what SQLite wrote. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

const codeOf = (err: unknown): unknown => (err instanceof Error && 'code' in err ? err.code : undefined);

/** Damage found while opening (by SQLite itself, past the check at open) becomes the one error faces recognise. */
export function asDamage(err: unknown, path: string): unknown {
  if (err instanceof LibraryDamagedError) return err;
  const code = codeOf(err);
  if (typeof code === 'string' && DAMAGE_CODES.has(code)) return new LibraryDamagedError(path, err instanceof Error ? err.message : code);
  return err;
}
