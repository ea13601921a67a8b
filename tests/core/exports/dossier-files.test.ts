import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Dossier, DossierFile } from '../../../src-main/contract';
import { createCore } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { REPO, tempDir } from '../../helpers/temp-dir';

async function annotatedDossier() {
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml')]);
  const handlers = createHandlers(core);
  const call = async (name: string, arg: unknown): Promise<unknown> => {
    const reply = await dispatch(handlers, name, arg);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.data;
  };
  const docs = core.repo.list().filter((d) => d.date).slice(0, 3);
  const first = docs[0]?.id ?? 0;
  const text = core.repo.get(first)?.plainText ?? '';
  const exact = 'Honduras invading at Cape Gracias.';
  const start = text.indexOf(exact);
  await call('highlights.create', { docId: first, color: 'pink', comment: 'Compare the <b>consul</b>’s report & the Mosquito chief', anchor: { quote: { exact }, position: { start, end: start + exact.length } } });
  await call('notes.save', { docId: first, body: 'Seat reports <script>alert(1)</script> the landing at Bluefields.' });
  const d = (await call('dossiers.create', { title: 'Bluefields, 1894', author: 'A. Historian', introduction: 'The crisis of 1894.' })) as Dossier;
  await call('dossiers.addItems', { dossierId: d.id, docIds: docs.map((x) => x.id) });
  const item = ((await call('dossiers.get', { id: d.id })) as Dossier).items[0];
  await call('dossiers.updateItem', { itemId: item?.id, commentary: 'Why the navy went in.' });
  const file = async (format: 'html' | 'docx') => (await call('dossiers.exportFile', { dossierId: d.id, format })) as DossierFile;
  return { core, file, exact };
}

describe('dossier as HTML and DOCX', () => {
  it('writes one self-contained HTML file with the highlight, its comment, the note, the commentary and the sources, escaped', async () => {
    const { core, file, exact } = await annotatedDossier();
    const f = await file('html');
    expect(f).toMatchObject({ fileName: 'Bluefields-1894.html', mimeType: 'text/html' });
    const html = Buffer.from(f.dataBase64, 'base64').toString('utf8');
    expect(html).toContain(`<p class="t"><mark style="background:#f7d0df">${exact}</mark> Lives and millions property`);
    expect(html).toContain('Compare the &#60;b&#62;consul&#60;/b&#62;’s report &#38; the Mosquito chief');
    expect(html).toContain('Seat reports &#60;script&#62;alert(1)&#60;/script&#62; the landing at Bluefields.');
    expect(html).toContain('Why the navy went in.');
    expect(html).toContain('Foreign Relations of the United States');
    // Self-contained: nothing to fetch, nothing to run.
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:\/\/(?!history\.state\.gov)/i);
    core.close();
  });

  it('writes a DOCX that Word readers open with the text, the shaded highlight, its comment, the note and the commentary', async () => {
    const { core, file, exact } = await annotatedDossier();
    const f = await file('docx');
    expect(f.fileName).toBe('Bluefields-1894.docx');
    const buffer = Buffer.from(f.dataBase64, 'base64');
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const s of ['Bluefields, 1894', 'A. Historian', 'The crisis of 1894.', 'Sources', 'Why the navy went in.', 'Seat reports <script>alert(1)</script> the landing', exact, 'Comment: Compare the <b>consul</b>’s report & the Mosquito chief'])
      expect(text).toContain(s);
    expect(text.indexOf('Comment: Compare')).toBeGreaterThan(text.indexOf(exact));
    // The highlight's pink shades exactly its words in the document XML (mammoth does not read shading).
    const xml = (await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(new RegExp(`<w:shd [^>]*w:fill="f7d0df"[^>]*/>(?:(?!</w:r>).)*<w:t[^>]*>${exact}</w:t>`));
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h2>1. No. 1. Mr. Seat to Mr. Gresham.</h2>');
    core.close();
  });

  it("prints a volume's list of papers as a table in the DOCX and the HTML, as the PDF does", async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1918Russiav03.xml')]);
    const handlers = createHandlers(core);
    const table = core.repo.list().map((d) => core.repo.get(d.id)).find((d) => d?.plainText.includes('\t'));
    const row = table?.plainText.split('\n').find((l) => /^\d/.test(l) && l.split('\t').length >= 3 && l.split('\t').every((c) => c.trim() !== ''));
    expect(row).toBeDefined();
    const created = await dispatch(handlers, 'dossiers.create', { title: 'Papers' });
    if (!created.ok) throw new Error(created.error.message);
    const dossier = created.data as Dossier;
    await dispatch(handlers, 'dossiers.addItems', { dossierId: dossier.id, docIds: [table?.id ?? 0] });
    const exported = async (format: 'html' | 'docx') => {
      const reply = await dispatch(handlers, 'dossiers.exportFile', { dossierId: dossier.id, format });
      if (!reply.ok) throw new Error(reply.error.message);
      return Buffer.from((reply.data as DossierFile).dataBase64, 'base64');
    };
    // Word: a table whose row has the row's cells, each in its own cell.
    const xml = (await (await JSZip.loadAsync(await exported('docx'))).file('word/document.xml')?.async('string')) ?? '';
    const wordRows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((c) => (c[1] ?? '').replace(/<[^>]+>/g, '')));
    expect(wordRows).toContainEqual(row?.split('\t'));
    // A raw newline or tab inside a run's text is one space on the page.
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*[\n\t]/);
    const html = (await exported('html')).toString('utf8');
    expect(html).toContain(`<tr>${(row ?? '').split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`);
    core.close();
  });
});
