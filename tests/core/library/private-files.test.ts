import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';

const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8);

// Windows has no POSIX modes: Chancery leaves them alone there.
describe.skipIf(process.platform === 'win32')('library files are private to their user', () => {
  it('creates the library folder 0700 and the database, its -wal and -shm 0600', async () => {
    const lib = join(tempDir(), 'nested', 'Chancery');
    const core = createCore({ libraryDir: lib });
    await core.importPaths([SEEDS]);
    const db = join(lib, 'library.sqlite');
    expect(existsSync(`${db}-wal`) && existsSync(`${db}-shm`)).toBe(true);
    expect([lib, join(lib, 'backups'), db, `${db}-wal`, `${db}-shm`].map(mode)).toEqual(['700', '700', '600', '600', '600']);
    core.close();
  });

  it('takes back what an older version left readable by others, at open', async () => {
    const lib = tempDir();
    createCore({ libraryDir: lib }).close();
    const db = join(lib, 'library.sqlite');
    const backups = join(lib, 'backups');
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(backups, 'library-2026-01-01.sqlite'), 'copy');
    chmodSync(join(backups, 'library-2026-01-01.sqlite'), 0o644);
    chmodSync(backups, 0o755);
    chmodSync(db, 0o644);
    chmodSync(lib, 0o755);
    const core = createCore({ libraryDir: lib });
    expect([lib, backups, join(backups, 'library-2026-01-01.sqlite'), db].map(mode)).toEqual(['700', '700', '600', '600']);
    core.close();
  });
});
