import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { createCore } from '../../src-main/core/core';
import { SEEDS, tempDir } from '../helpers/temp-dir';
import { insertLink } from '../core/threads/link-rows';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => err.push(l));
  return { code, out: lines.join('\n'), err };
}

describe('thread ID --json', () => {
  it('lists the documents linked to ID, itself included, in order of sending, in the documented shape', async () => {
    const lib = tempDir();
    expect((await cli('--library', lib, 'import', SEEDS)).code).toBe(0);
    const core = createCore({ libraryDir: lib });
    const docs = core.repo.list().map((d) => ({ id: d.id, date: d.date }));
    const [a, b, c] = docs;
    if (!a || !b || !c) throw new Error('three seeds expected');
    insertLink(core.db, a.id, [b.id]);
    insertLink(core.db, c.id, [a.id], { basis: 'editorial' });
    core.close();

    const res = await cli('--library', lib, 'thread', String(b.id), '--json');
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.out) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'title', 'date', 'received', 'from', 'to', 'sent', 'receivedText', 'transitMinutes']);
    const dates = rows.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
  });

  it('answers a document alone with itself, and a missing one with not-found', async () => {
    const lib = tempDir();
    await cli('--library', lib, 'import', SEEDS);
    const alone = await cli('--library', lib, 'thread', '1', '--json');
    expect((JSON.parse(alone.out) as Array<{ id: number }>).map((r) => r.id)).toEqual([1]);
    expect(await cli('--library', lib, 'thread', '99', '--json')).toEqual({ code: 1, out: '', err: ['thread: Document 99 not found'] });
  });
});
