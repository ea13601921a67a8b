import { readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { SEEDS, tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string; progress: string[] }> {
  const lines: string[] = [];
  const progress: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => progress.push(l));
  return { code, out: lines.join('\n'), progress };
}

async function seededLibrary(): Promise<string> {
  const lib = tempDir();
  const res = await cli('--library', lib, 'import', SEEDS);
  expect(res.code).toBe(0);
  expect(res.out).toContain('imported 1 document(s) from');
  expect(res.progress.at(-1)).toMatch(/^progress 3\/3 documents, 3\/3 files/);
  return lib;
}

interface Shown {
  id: number;
  title: string;
  kind: string | null;
  from: string | null;
  to: string | null;
  date: string | null;
  dateProvenance: string | null;
  place: string | null;
  received: string | null;
  classification: string | null;
  precedence: string | null;
  fileNumber: string | null;
  docNumber: string | null;
  source: string | null;
  url: string | null;
  rights: string | null;
  pages: string[];
  footnotes: Array<{ n: string; text: string }>;
  text: string;
}

async function show(lib: string, query: string): Promise<Shown> {
  const hits = JSON.parse((await cli('--library', lib, 'search', query, '--json')).out) as Array<{ id: number }>;
  const id = hits[0]?.id;
  expect(id).toBeDefined();
  return JSON.parse((await cli('--library', lib, 'show', String(id), '--json')).out) as Shown;
}

describe('CLI over the seeds', () => {
  it('shows the Caffery telegram as the foundation table says', async () => {
    const lib = await seededLibrary();
    const doc = await show(lib, 'Thorez');
    expect(doc).toMatchObject({
      title: 'The Ambassador in France (Caffery) to the Secretary of State',
      kind: 'telegram',
      from: 'Caffery',
      to: 'Secretary of State',
      date: '1947-12-03',
      fileNumber: '851.00/12–347',
      classification: 'top secret',
      precedence: 'urgent',
      docNumber: '5186',
      pages: ['811'],
      footnotes: [{ n: '1', text: 'Not printed.' }],
    });
    expect(doc.dateProvenance).toMatch(/^inferred from .*decimal file number 851\.00\/12–347/);
    expect(doc.text).toContain('(my 5132, November 30)');
    expect(doc.text).not.toContain('November 301');
    expect(doc.text).not.toContain('[Page');
    expect(doc.text).toContain('not excluding “in extremis”');
  });

  it('shows the Caffery telegram’s source fields with where each was read', async () => {
    const lib = await seededLibrary();
    const doc = (await show(lib, 'Thorez')) as Shown & { sourceFields: unknown; redactions: unknown[] };
    expect(doc.sourceFields).toMatchObject({
      fileNumbers: [{ value: { value: '851.00/12–347', scheme: 'dated-decimal', date: '1947-12-03' }, where: 'file-number line' }],
      classification: { value: 'Top Secret', where: 'header', text: 'top secret' },
      flags: [{ value: 'telegram', where: 'file-number line' }],
    });
    expect(doc.redactions).toEqual([]);
  });

  it('shows the Leahy telegram with its three footnotes in order', async () => {
    const lib = await seededLibrary();
    const doc = await show(lib, 'Rochat');
    expect(doc).toMatchObject({
      title: 'The Ambassador in France (Leahy) to the Secretary of State',
      kind: 'telegram',
      from: 'Leahy',
      to: 'Secretary of State',
      date: '1941',
      fileNumber: '751.61/335',
      docNumber: '778',
      pages: ['179'],
    });
    expect(doc.dateProvenance).toMatch(/^inferred from .*1941/);
    expect(doc.footnotes.map((n) => n.n)).toEqual(['1', '2', '3']);
    expect(doc.footnotes[1]?.text).toBe('Charles Antoine Rochat, Secretary General of the French Foreign Office.');
    expect(doc.text).toContain('1 [8] p.m. In giving');
    expect(doc.text).toContain('Rochat told us');
    expect(doc.text).toContain('leave Russia.');
    expect(doc.text).not.toMatch(/p\.m\.49|Rochat50|Russia\.51/);
  });

  it('shows the Dejean letter with its CVCE metadata kept out of the body', async () => {
    const lib = await seededLibrary();
    const doc = await show(lib, 'Pravda');
    expect(doc).toMatchObject({
      title: 'Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)',
      from: 'Maurice Dejean',
      to: 'Christian Pineau',
      date: '1956-11-16T17:50',
      dateProvenance: 'stated',
      place: 'Moscow',
      received: '18:00',
      docNumber: '4597–4600',
    });
    expect(doc.source).toContain('Documents diplomatiques français');
    expect(doc.source).toMatch(/328.329/);
    expect(doc.url).toBe(
      'http://www.cvce.eu/obj/letter_from_maurice_dejean_to_christian_pineau_moscow_16_november_1956-en-1771eaef-e3fd-45e3-b3dc-2c36ad8eec2a.html',
    );
    expect(doc.rights).toContain('All rights of reproduction');
    expect(doc.footnotes).toHaveLength(1);
    expect(doc.footnotes[0]?.text).toMatch(/^Of all the European Communist parties/);
    expect(doc.text).not.toContain('Letter from Maurice Dejean');
    expect(doc.text).not.toContain('cvce.eu');
    expect(doc.text).not.toContain('All rights');
    expect(doc.text).not.toContain('<sup>');
    expect(doc.text).toContain("'Fascist taunts'. However");
  });

  it('lists search hits best first as JSON with snippets', async () => {
    const lib = await seededLibrary();
    const hits = JSON.parse((await cli('--library', lib, 'search', 'communist', '--json')).out) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(3);
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual(['collection', 'date', 'id', 'number', 'pages', 'score', 'snippet', 'title']);
    const scores = hits.map((h) => Number(h.score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('CLI re-import', () => {
  it('says per file how many documents were new, updated and unchanged', async () => {
    const lib = await seededLibrary();
    const memo = join(tempDir(), 'note.md');
    writeFileSync(memo, '# A memorandum\n\nFirst version.\n');
    expect((await cli('--library', lib, 'import', memo, SEEDS)).out).toMatch(/from .*note\.md: 1 new, 0 updated, 0 unchanged/);
    writeFileSync(memo, '# A memorandum\n\nSecond version.\n');
    const again = await cli('--library', lib, 'import', memo, SEEDS);
    expect(again.out).toMatch(/from .*note\.md: 0 new, 1 updated, 0 unchanged/);
    expect(again.out).toMatch(/from .*000_8ab097fc53f10806\.txt: 0 new, 0 updated, 1 unchanged/);
  });
});

describe('CLI with bad input', () => {
  it('names each bad file, imports the good ones, exits 1 and leaves the library as it was', async () => {
    const lib = await seededLibrary();
    const before = (await cli('--library', lib, 'search', 'communist', '--json')).out;
    const bad = tempDir();
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from('Minist\xe8re des Affaires \xe9trang\xe8res\n', 'latin1'));
    symlinkSync(join(bad, 'nowhere.txt'), join(bad, 'unreadable.txt'));
    writeFileSync(join(bad, 'good.md'), '# A short memorandum\n\nThe Quai d’Orsay sent word.\n');
    const res = await cli('--library', lib, 'import', bad);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/FAILED .*empty\.txt.*empty/i);
    expect(res.out).toMatch(/FAILED .*binary\.txt.*binary/i);
    expect(res.out).toMatch(/FAILED .*latin1\.txt.*UTF-8/i);
    expect(res.out).toMatch(/FAILED .*unreadable\.txt/);
    expect(res.out).toMatch(/imported 1 document\(s\) from .*good\.md/);
    expect((await cli('--library', lib, 'search', 'communist', '--json')).out).toBe(before);
    expect(JSON.parse((await cli('--library', lib, 'list', '--json')).out)).toHaveLength(4);
  });

  it('exits 1 for a single unreadable path', async () => {
    const lib = tempDir();
    const res = await cli('--library', lib, 'import', join(lib, 'missing.txt'));
    expect(res.code).toBe(1);
    expect(res.out).toContain('missing.txt: no such file or folder');
    expect(readFileSync(join(lib, 'library.sqlite')).length).toBeGreaterThan(0);
  });
});

describe('CLI check', () => {
  it('runs the full integrity check on demand', async () => {
    const lib = await seededLibrary();
    const res = await cli('--library', lib, 'check');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^ok: the library file is intact\nNo backups in /);
  });
});
