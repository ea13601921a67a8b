import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChanceryError } from '../contract';
import { checkFile } from '../core/db/file-check';
import { backupsDir, describeRestore, LIBRARY_FILE, listBackups, restoreBackup, RestoreRefused, when, type BackupInfo } from '../core/db/recovery';

/**
 * `check` and `restore` work on the raw library file, never through the core
 * and so not through the contract's `dispatch`: they are what the user runs
 * when the core will not open (a damaged file fails at `createCore`).
 */
type Out = (line: string) => void;

const RESTORE_HINT = 'npm run -s cli -- restore --backup latest';
/** integrity_check can list thousands of lines for one bad page; the first ones say enough. */
const SHOWN_PROBLEMS = 20;

function libraryFile(libraryDir: string): string {
  const file = join(libraryDir, LIBRARY_FILE);
  if (!existsSync(file)) throw new ChanceryError('invalid-argument', `There is no library at ${file}.`);
  return file;
}

function backupLine(b: BackupInfo): string {
  const kind = b.kind === 'daily' ? 'daily' : 'before a migration';
  return `  ${when(b.takenAt)}  ${b.name}  (${kind})  ${b.problem ? `does NOT verify: ${b.problem}` : 'verifies'}`;
}

function listBackupsTo(libraryDir: string, out: Out): BackupInfo[] {
  const backups = listBackups(libraryDir);
  if (backups.length === 0) out(`No backups in ${backupsDir(libraryDir)}.`);
  else out(`Backups in ${backupsDir(libraryDir)}, newest first:\n${backups.map(backupLine).join('\n')}`);
  return backups;
}

/** Exit 0 intact, 1 damaged; a missing file is the caller's usage error (exit 2). */
export function runCheck(libraryDir: string, out: Out): number {
  const file = libraryFile(libraryDir);
  const { problems, affected } = checkFile(file);
  if (problems.length === 0) {
    out('ok: the library file is intact');
    listBackupsTo(libraryDir, out);
    return 0;
  }
  out(`DAMAGED: ${file}`);
  if (affected.length > 0) out(`Affected: ${affected.join(', ')}`);
  out(problems.slice(0, SHOWN_PROBLEMS).join('\n'));
  if (problems.length > SHOWN_PROBLEMS) out(`… and ${problems.length - SHOWN_PROBLEMS} more problem(s).`);
  const good = listBackupsTo(libraryDir, out).some((b) => b.problem === null);
  out(good ? `To put back the newest backup that verifies (the damaged file is kept): ${RESTORE_HINT}` : 'No backup verifies, so none can be restored.');
  return 1;
}

/** Exit 0 restored, 1 refused (the backup does not verify, or none does). */
export function runRestore(libraryDir: string, choice: string | undefined, out: Out): number {
  try {
    for (const line of describeRestore(restoreBackup(libraryDir, choice ?? 'latest'))) out(line);
    return 0;
  } catch (err) {
    if (!(err instanceof RestoreRefused)) throw err;
    out(err.message);
    return 1;
  }
}
