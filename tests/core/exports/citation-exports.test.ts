import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, ExportFile } from '../../../src-main/contract';
import type { CslItem } from '../../../src-main/core/citations/export/csl-item';
import { createCore } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { REPO, tempDir } from '../../helpers/temp-dir';

type Call = (name: string, arg: unknown) => Promise<unknown>;

let call: Call;
let dossier: Dossier;

beforeAll(async () => {
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml')]);
  const handlers = createHandlers(core);
  call = async (name, arg) => {
    const reply = await dispatch(handlers, name, arg);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.data;
  };
  const docs = core.repo.list().filter((d) => d.date).slice(0, 50);
  const d = (await call('dossiers.create', { title: 'Bluefields, 1894' })) as Dossier;
  dossier = (await call('dossiers.addItems', { dossierId: d.id, docIds: docs.map((x) => x.id) })) as Dossier;
}, 120_000);

const exported = async (format: string): Promise<ExportFile> => (await call('citations.export', { dossierId: dossier.id, format })) as ExportFile;
/** citation-js adds its own bookkeeping (`_graph`) when it parses. */
const plain = (items: Array<Record<string, unknown>>) => items.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => k !== '_graph')));

describe('citation exports of a 50-document dossier', () => {
  it('writes CSL-JSON with the edition, number, pages, date and history.state.gov address of each document', async () => {
    const file = await exported('csl-json');
    expect(file.fileName).toBe('Bluefields-1894.json');
    const items = JSON.parse(file.content) as CslItem[];
    expect(items).toHaveLength(50);
    expect(items.map((i) => i.id)).toEqual(dossier.items.map((i) => `chancery-${i.docId}`));
    const first = items[0];
    expect(first).toMatchObject({ type: 'document', 'container-title': expect.stringContaining('Foreign Relations of the United States'), number: expect.any(String), page: expect.any(String) });
    expect(first?.URL).toMatch(/^https:\/\/history\.state\.gov\/historicaldocuments\/frus1894/);
    expect(first?.issued?.['date-parts'][0]?.[0]).toBe(1894);
  });

  it('round-trips CSL-JSON field for field, and citeproc renders each entry with its title, number and pages', async () => {
    const items = JSON.parse((await exported('csl-json')).content) as CslItem[];
    const back = new Cite(JSON.parse((await exported('csl-json')).content));
    expect(plain(back.data)).toEqual(items);
    const bib = back.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    for (const i of items) {
      expect(bib).toContain(i.title.slice(0, 40));
      if (i.page) expect(bib).toContain(i.page.replace('-', '–'));
    }
  });

  it('round-trips RIS: re-imported by citation-js every field RIS carries comes back, and renders the same', async () => {
    const items = JSON.parse((await exported('csl-json')).content) as CslItem[];
    const ris = await exported('ris');
    expect(ris.fileName).toBe('Bluefields-1894.ris');
    expect(ris.content.match(/^TY {2}- /gm)).toHaveLength(50);
    const back = plain(new Cite(ris.content, { forceType: '@ris/file' }).data);
    expect(back).toHaveLength(50);
    /** RIS has no tag for a recipient or a place of sending; the CSL-JSON export keeps them. */
    const notInRis = new Set(['recipient', 'event-place']);
    const name = (n: { literal?: string; family?: string; given?: string }) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
    const norm = (o: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(o)
          .filter(([k]) => !notInRis.has(k))
          .map(([k, v]) => [k, k === 'author' || k === 'editor' ? (v as Array<Parameters<typeof name>[0]>).map(name) : v]),
      );
    back.forEach((b, n) => expect(norm(b)).toEqual(norm(items[n] as unknown as Record<string, unknown>)));
    const bibOf = (data: unknown) => new Cite(data).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    // RIS reads a one-word author back as a family name: the same name to citeproc.
    const asRead = items.map((i) => ({ ...Object.fromEntries(Object.entries(i).filter(([k]) => !notInRis.has(k))), author: i.author?.map((a) => ({ family: a.literal })) }));
    expect(bibOf(back)).toBe(bibOf(asRead));
  });

  it('writes BibTeX with one entry per document', async () => {
    const bib = await exported('bibtex');
    expect(bib.fileName).toBe('Bluefields-1894.bib');
    expect(bib.content.match(/^@\w+\{/gm)).toHaveLength(50);
    expect(bib.content).toContain('history.state.gov');
  });

  it('exports a selection in the order given, and refuses an unknown document', async () => {
    const ids = dossier.items.slice(0, 3).map((i) => i.docId).reverse();
    const file = (await call('citations.export', { docIds: ids, format: 'csl-json' })) as ExportFile;
    expect((JSON.parse(file.content) as CslItem[]).map((i) => i.id)).toEqual(ids.map((i) => `chancery-${i}`));
    await expect(call('citations.export', { docIds: [999_999], format: 'ris' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('citations.export', { format: 'ris' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
