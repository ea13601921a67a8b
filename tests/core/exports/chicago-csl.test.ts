import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../src-main/contract';
import { chicagoBibliography, chicagoNotes } from '../../../src-main/core/citations/export/csl-render';
import type { CslItem } from '../../../src-main/core/citations/export/csl-item';
import { createCore } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { REPO, tempDir } from '../../helpers/temp-dir';

type Call = (name: string, arg: unknown) => Promise<unknown>;
let call: Call;
let ids: number[];

beforeAll(async () => {
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml')]);
  const handlers = createHandlers(core);
  call = async (name, arg) => {
    const reply = await dispatch(handlers, name, arg);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.data;
  };
  ids = core.repo.list().filter((d) => d.date).slice(0, 50).map((d) => d.id);
}, 120_000);

const exported = async (format: string): Promise<string> => ((await call('citations.export', { docIds: ids, format })) as ExportFile).content;
const NOTE_1 =
  '“No. 1. Mr. Seat to Mr. Gresham,” telegram, Bluefields, Nicaragua, January 25, 1894, in Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory), doc. 1, p. 9, https://history.state.gov/historicaldocuments/frus1894Nicaragua/d1.';
/** What a reader checks in a note: the fields Zotero must not lose. */
const DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const fieldsIn = (i: CslItem): string[] => {
  const [y, m, d] = i.issued?.['date-parts'][0] ?? [];
  const date = y && m && d ? DATE.format(Date.UTC(y, m - 1, d)) : String(y ?? '');
  return [i.title, i['container-title'] ?? '', i.number ? `doc. ${i.number}` : '', (i.page ?? '').replace('-', '–'), i.URL ?? '', date];
};

describe('Chicago from the CSL style, rendered by citeproc-js', () => {
  it('prints the note a historian expects for a known document', async () => {
    const items = JSON.parse(await exported('csl-json')) as CslItem[];
    expect(chicagoNotes(items.slice(0, 1))).toEqual([NOTE_1]);
    expect(await exported('chicago-notes')).toContain(NOTE_1);
  });

  it('prints a bibliography sorted by sender, each entry with its edition, number, pages and address', async () => {
    const items = JSON.parse(await exported('csl-json')) as CslItem[];
    const bib = chicagoBibliography(items.slice(0, 3)).trim().split('\n');
    expect(bib.map((l) => l.split('.')[0])).toEqual(['Baker', 'Gresham', 'Seat']);
    expect(bib[2]).toBe(
      'Seat. “No. 1. Mr. Seat to Mr. Gresham.” Telegram, Bluefields, Nicaragua, January 25, 1894. In Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory), doc. 1, p. 9. https://history.state.gov/historicaldocuments/frus1894Nicaragua/d1.',
    );
  });

  it('renders the same 50 notes from the RIS file re-imported as from the CSL-JSON, every field present', async () => {
    const items = JSON.parse(await exported('csl-json')) as CslItem[];
    const fromRis = new Cite(await exported('ris'), { forceType: '@ris/file' }).data as unknown as CslItem[];
    const notes = chicagoNotes(items);
    // RIS has no tag for the place a document was sent from; everything else in the note comes back.
    const withoutPlace = items.map((i): CslItem => ({ ...i, 'event-place': undefined }));
    expect(chicagoNotes(fromRis)).toEqual(chicagoNotes(withoutPlace));
    items.forEach((item, n) => {
      for (const f of fieldsIn(item)) expect(notes[n]).toContain(f);
      expect(chicagoBibliography([item])).toContain(item.author?.[0]?.literal ?? '');
    });
  });

  it('parses the BibTeX back with title, date, pages and address of each of the 50', async () => {
    const items = JSON.parse(await exported('csl-json')) as CslItem[];
    const back = new Cite(await exported('bibtex'), { forceType: '@biblatex/text' }).data as unknown as CslItem[];
    expect(back).toHaveLength(50);
    back.forEach((b, n) => {
      const i = items[n] as CslItem;
      expect(b).toMatchObject({ title: i.title, URL: i.URL, page: i.page, issued: i.issued });
    });
  });
});
