import { dialog } from 'electron';
import { LibraryDamagedError } from '../core/db/library-damage';
import { age, describeRestore, latestGoodBackup, restoreBackup, when } from '../core/db/recovery';

/**
 * The desktop face of recovery: when the library is damaged, offer the newest
 * backup that verifies, restore it (core/db/recovery.ts does the work) and open
 * it. Null when the user quits or nothing can be restored.
 */
export async function openLibraryOrRestore<T>(libraryDir: string, open: () => T): Promise<T | null> {
  let damage: LibraryDamagedError;
  try {
    return open();
  } catch (err) {
    if (!(err instanceof LibraryDamagedError)) throw err;
    damage = err;
  }
  const title = 'Chancery could not open your library';
  const backup = latestGoodBackup(libraryDir);
  if (!backup) {
    dialog.showErrorBox(title, `${damage.reason}.\n\nNo backup verifies, so none can be restored. "npm run -s cli -- check" shows the damage in detail.`);
    return null;
  }
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title,
    message: `Chancery could not open your library: ${damage.reason}.`,
    detail:
      `Restore the backup of ${when(backup.takenAt)} (${age(backup.takenAt)} ago)? ` +
      'Edits made after it are not in it; the damaged file is kept in the backups folder.',
    buttons: ['Restore', 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return null;
  try {
    const restored = describeRestore(restoreBackup(libraryDir, backup.name));
    const opened = open();
    await dialog.showMessageBox({ type: 'info', title: 'Library restored', message: 'Library restored', detail: restored.join('\n') });
    return opened;
  } catch (err) {
    dialog.showErrorBox(title, err instanceof Error ? err.message : String(err));
    return null;
  }
}
