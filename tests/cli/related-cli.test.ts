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

describe('related ID --json', () => {
  it('lists the related documents best first, each with its reasons, in the documented shape', async () => {
    const lib = tempDir();
    expect((await cli('--library', lib, 'import', SEEDS)).code).toBe(0);
    const core = createCore({ libraryDir: lib });
    const [a, b] = core.repo.list();
    if (!a || !b) throw new Error('two seeds expected');
    insertLink(core.db, b.id, [a.id]);
    core.close();

    const res = await cli('--library', lib, 'related', String(a.id), '--json', '--scope', 'library');
    expect(res.code).toBe(0);
    const json = JSON.parse(res.out) as { id: number; scope: string; days: number; related: Array<Record<string, unknown>> };
    expect(json).toMatchObject({ id: a.id, scope: 'library', days: 14 });
    expect(Object.keys(json.related[0] ?? {})).toEqual(['id', 'title', 'date', 'from', 'number', 'volume', 'score', 'reasons']);
    const cited = json.related.find((r) => r.id === b.id);
    expect(cited?.reasons).toContainEqual({ kind: 'cited-by', label: 'Cites this document', detail: 'reference in the text "ref"', weight: 1 });
  });

  it('refuses an unknown scope and a missing document', async () => {
    const lib = tempDir();
    await cli('--library', lib, 'import', SEEDS);
    expect(await cli('--library', lib, 'related', '1', '--scope', 'world')).toEqual({ code: 2, out: '', err: ['related: --scope must be volume or library, not "world"'] });
    expect(await cli('--library', lib, 'related', '99', '--json')).toEqual({ code: 1, out: '', err: ['related: Document 99 not found'] });
  });
});
