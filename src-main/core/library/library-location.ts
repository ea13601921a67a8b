import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the CLI and browser mode keep the library unless told otherwise. */
export function defaultLibraryDir(): string {
  if (process.env.CHANCERY_LIBRARY) return process.env.CHANCERY_LIBRARY;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Chancery', 'library');
  if (process.platform === 'win32') return join(process.env.APPDATA ?? homedir(), 'Chancery', 'library');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'chancery', 'library');
}
