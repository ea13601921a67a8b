import { basename, join } from 'node:path';
import { createCore } from '../../src-main/core/core';
import { damageTable } from './damage';
import { SEEDS, tempDir } from './temp-dir';

export interface DamagedLibrary {
  lib: string;
  /** The seed document that carries the note. */
  id: number;
  /** The daily backup's file name, and its path. */
  backup: string;
  backupPath: string;
}

/**
 * The seeds with a note on one document, a daily backup of it, optionally a
 * later edit (which the backup lacks), then the notes table damaged.
 */
export async function damagedLibrary(note: { backedUp: string; after?: string }): Promise<DamagedLibrary> {
  const lib = tempDir();
  const core = createCore({ libraryDir: lib });
  await core.importPaths([SEEDS]);
  const id = core.search.search({ query: 'Thorez' }).hits[0]?.id ?? 0;
  core.notes.save(id, note.backedUp);
  const backupPath = (await core.backupIfDue()) ?? '';
  if (note.after !== undefined) core.notes.save(id, note.after);
  core.close();
  damageTable(join(lib, 'library.sqlite'), 'notes');
  return { lib, id, backup: basename(backupPath), backupPath };
}
