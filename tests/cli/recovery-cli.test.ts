import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { createCore } from '../../src-main/core/core';
import { damageTable } from '../helpers/damage';
import { damagedLibrary } from '../helpers/damaged-library';
import { tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => err.push(l));
  return { code, out: lines.join('\n'), err };
}

/** A library with a note, its daily backup, a later edit, then the notes table damaged. */
const damaged = () => damagedLibrary({ backedUp: 'In the backup.', after: 'Lost with the damage.' });

describe('CLI check and restore of a damaged library', () => {
  it('check opens the damaged file raw, names the damage, lists the backups and suggests restore', async () => {
    const { lib, backup } = await damaged();
    const res = await cli('--library', lib, 'check');
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^DAMAGED: .*library\.sqlite\nAffected: notes\nTree \d+ page \d+: /);
    expect(res.out).toMatch(new RegExp(`\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  ${backup}  \\(daily\\)  verifies`));
    expect(res.out).toContain('restore --backup latest');
  });

  it('the other commands point to check and restore, and exit 3', async () => {
    const { lib } = await damaged();
    expect(await cli('--library', lib, 'list')).toMatchObject({ code: 3, err: [expect.stringMatching(/^list: .*cli -- check.*cli -- restore/)] });
  });

  it('check of a folder without a library is a usage error (exit 2)', async () => {
    expect(await cli('--library', tempDir(), 'check')).toMatchObject({ code: 2, err: [expect.stringMatching(/^check: There is no library at/)] });
  });

  it('restore --backup latest puts the backup back, keeps the damaged file, and says what is lost', async () => {
    const { lib, id, backup } = await damaged();
    const res = await cli('--library', lib, 'restore', '--backup', 'latest');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(new RegExp(`^Restored ${backup}, taken .* \\(\\d+ minutes? ago\\)\\.\\nEdits made after that are not in the restored library\\.`));
    expect(res.out).toMatch(/kept as .*library-damaged-.*\.sqlite/);
    const files = readdirSync(join(lib, 'backups'));
    expect(files.filter((f) => f.startsWith('library-damaged-') && f.endsWith('.sqlite'))).toHaveLength(1);
    expect(files).toContain(backup);

    expect((await cli('--library', lib, 'check')).code).toBe(0);
    const core = createCore({ libraryDir: lib });
    expect(core.notes.get(id)?.body).toBe('In the backup.');
    core.close();
  });

  it('refuses a backup that does not verify, with a clear message (exit 1)', async () => {
    const { lib, backup } = await damaged();
    damageTable(join(lib, 'backups', backup), 'notes');
    const res = await cli('--library', lib, 'restore', '--backup', backup);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(new RegExp(`The backup ${backup} cannot be restored: it is damaged .*Nothing was changed\\.`));
    expect(existsSync(join(lib, 'library.sqlite'))).toBe(true);
    expect((await cli('--library', lib, 'check')).out).toContain('does NOT verify');
    expect((await cli('--library', lib, 'restore')).out).toMatch(/No backup in .* verifies; nothing was changed\./);
  });
});
