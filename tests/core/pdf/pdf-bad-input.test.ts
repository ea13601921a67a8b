import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { pageTexts, squash } from '../../helpers/pdf';
import { tempDir } from '../../helpers/temp-dir';
import { NOW } from './fixture';

async function libraryWith(files: Record<string, string>): Promise<{ core: ReturnType<typeof createCore>; ids: number[] }> {
  const dir = tempDir();
  const paths = Object.entries(files).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  });
  const core = createCore({ libraryDir: join(dir, 'library') });
  const report = await core.importPaths(paths);
  return { core, ids: report.imported.flatMap((f) => f.documents.map((d) => d.id)) };
}

describe('exporting awkward dossiers', () => {
  it('exports an empty dossier as a cover that says so, with a warning', async () => {
    const core = createCore({ libraryDir: tempDir() });
    const d = core.dossiers.store.create({ title: 'Nothing yet', introduction: 'To be *filled*.' });
    const pdf = await core.dossiers.exportPdf(d.id, { now: NOW });
    expect(pdf.pages).toBe(1);
    expect(pdf.warnings).toEqual(['The dossier has no documents: the PDF holds only its cover.']);
    const [cover] = (await pageTexts(pdf.bytes)).map(squash);
    expect(cover).toContain('Nothing yet');
    expect(cover).toContain('No documents');
    expect(cover).toContain('This dossier is empty');
    expect(cover).toContain('To be filled.');
    core.close();
  });

  it('breaks a 10,000-character unbroken string by characters and keeps every one', async () => {
    const long = Array.from({ length: 10_000 }, (_, i) => 'ΑБCdéŁ0123456789'[i % 16]).join('');
    const { core, ids } = await libraryWith({ 'long.md': `# A very long cipher group\n\nThe cipher group ran: ${long} and ended.\n` });
    const d = core.dossiers.store.create({ title: 'Cipher' });
    core.dossiers.store.addItems(d.id, ids);
    const pdf = await core.dossiers.exportPdf(d.id, { now: NOW });
    const text = (await pageTexts(pdf.bytes)).join('\n').replace(/Cipher\s*page \d+ of \d+\n/g, '').replace(/\s+/g, '');
    expect(text.includes(`ran:${long}andended.`)).toBe(true);
    core.close();
  });

  it('prints characters no font has as a visible U+FFFD and lists them in a warning', async () => {
    const { core, ids } = await libraryWith({ 'tokyo.md': '# From Tokyo\n\nThe Embassy in 東京 reported 😀 and ✓ in the margin.\n' });
    const d = core.dossiers.store.create({ title: 'Glyphs' });
    core.dossiers.store.addItems(d.id, ids);
    const pdf = await core.dossiers.exportPdf(d.id, { now: NOW });
    expect(pdf.warnings).toEqual([expect.stringMatching(/^4 characters the font cannot show were printed as �: 東 \(U\+6771\), 京 \(U\+4EAC\), 😀 \(U\+1F600\), ✓ \(U\+2713\)$/)]);
    const text = squash((await pageTexts(pdf.bytes)).join(' '));
    expect(text).toContain('The Embassy in �� reported �');
    expect(text).toContain('and � in the margin.');
    core.close();
  });
});
