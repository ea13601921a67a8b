import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { doc, volumeFile } from '../core/links/link-volumes';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), () => undefined);
  return { code, out: lines.join('\n') };
}

interface RefJson {
  start: number;
  end: number;
  text: string;
  basis: string;
  inFootnote: boolean;
  status: string;
  targets: Array<{ id: number; title: string; date: string | null; anchor?: string }>;
  targetLabel?: string;
  why: string;
  source?: { id: number; title: string; date: string | null };
}

describe('refs and cited-by on the command line', () => {
  it('gives offsets into show --json text (footnotes after it), targets with title and date, and the other end', async () => {
    const dir = tempDir();
    const lib = tempDir();
    const file = volumeFile(
      dir,
      'frus1999v01',
      'Foreign Relations, 1999, Volume I',
      `<pb n="1" xml:id="pg_1"/>
      <div type="document" xml:id="d1" n="1" frus:doc-dateTime-min="1999-03-01T00:00:00Z" frus:doc-dateTime-max="1999-03-01T23:59:59Z"><head>Telegram one</head><p>First.</p></div>
      <pb n="2" xml:id="pg_2"/>
      ${doc(2, 'Telegram two', '<p>Paragraph.</p><p>Your <ref target="#d1">No. 1</ref> arrived.<note n="1" xml:id="d2fn1">See <ref target="frus1924v02#pg_64">Foreign Relations, 1924, vol. ii, p. 64</ref>; <hi rend="italic">Ante</hi>, p. 1.</note></p>')}`,
    );
    expect((await cli('--library', lib, 'import', file)).code).toBe(0);
    const list = JSON.parse((await cli('--library', lib, 'list', '--json')).out) as Array<{ id: number; title: string }>;
    const [one, two] = ['Telegram one', 'Telegram two'].map((t) => list.find((d) => d.title === t)?.id ?? 0);

    const show = JSON.parse((await cli('--library', lib, 'show', String(two), '--json')).out) as { text: string; footnotes: Array<{ text: string }> };
    const full = [show.text, ...show.footnotes.map((n) => n.text)].join('\n\n');
    const refs = JSON.parse((await cli('--library', lib, 'refs', String(two), '--json')).out) as RefJson[];
    expect(refs.map((r) => [r.text, r.basis, r.inFootnote, r.status])).toEqual([
      ['No. 1', 'editorial', false, 'resolved'],
      ['Foreign Relations, 1924, vol. ii, p. 64', 'editorial', true, 'not-found'],
      ['Ante, p. 1', 'editorial', true, 'resolved'],
    ]);
    expect(show.text.slice(refs[0]?.start, refs[0]?.end)).toBe('No. 1');
    for (const r of refs) expect(full.slice(r.start, r.end)).toBe(r.text);
    expect(refs[0]?.targets).toEqual([{ id: one, title: 'Telegram one', date: '1999-03-01' }]);
    expect(refs[1]?.targetLabel).toBe('Foreign Relations, 1924, vol. ii, p. 64 — that volume is not in your library');
    expect(refs[0]?.why).toMatch(/the editors link to document 1 of this volume/);

    const cited = JSON.parse((await cli('--library', lib, 'cited-by', String(one), '--json')).out) as RefJson[];
    expect(cited).toHaveLength(2);
    expect(cited.map((c) => [c.source?.id, c.source?.title, c.text])).toEqual([
      [two, 'Telegram two', 'No. 1'],
      [two, 'Telegram two', 'Ante, p. 1'],
    ]);
    expect(cited[0]).toMatchObject({ start: refs[0]?.start, end: refs[0]?.end, targets: [{ id: one }] });

    const missing = await cli('--library', lib, 'refs', '9999', '--json');
    expect(missing.code).not.toBe(0);
  });
});
