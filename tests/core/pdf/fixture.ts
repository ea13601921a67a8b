import { join } from 'node:path';
import { createCore, type Core } from '../../../src-main/core/core';
import type { ExportedPdf } from '../../../src-main/core/dossiers/dossier-export';
import { REPO, SEEDS, tempDir } from '../../helpers/temp-dir';

export const POLYGLOT = join(REPO, 'tests/fixtures/pdf/polyglot-letter.md');
export const CORPUS = join(REPO, 'tests/fixtures/corpus');
/** Tests pin the clock: same input, same bytes. */
export const NOW = new Date('2026-03-02T09:30:00Z');

export const INTRODUCTION = `## Why these documents

The French strikes of *November–December 1947* as **Washington** heard of them.

- Caffery’s telegram of December 3
- Leahy on Vichy, 1941 — for contrast
`;

export const COMMENTARY = 'Caffery relays the *Interior Ministry’s* fears.\n\nNote the date: inferred from the file number.';
export const HIGHLIGHT = 'flying squads of hardened Communist shock troops';

export interface SeedDossier {
  core: Core;
  dossierId: number;
  ids: { caffery: number; leahy: number; dejean: number; polyglot: number };
  exportPdf(over?: Partial<Parameters<Core['dossiers']['exportPdf']>[1]>): Promise<ExportedPdf>;
}

/** The seeds and the polyglot letter in one dossier, with an introduction, a commentary and a highlight. */
export async function seedDossier(): Promise<SeedDossier> {
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([SEEDS, POLYGLOT]);
  const id = (part: string): number => core.repo.list().find((d) => d.title.includes(part))?.id ?? -1;
  const ids = { caffery: id('Caffery'), leahy: id('Leahy'), dejean: id('Dejean'), polyglot: id('Athens') };
  const store = core.dossiers.store;
  const d = store.create({ title: 'France and the Communist Strikes, 1947', author: 'Élise Lévêque-Ødegård', introduction: INTRODUCTION });
  const items = store.addItems(d.id, [ids.caffery, ids.leahy, ids.dejean, ids.polyglot]).items;
  store.updateItem(items[0]?.id ?? -1, { commentary: COMMENTARY });
  const text = core.repo.get(ids.caffery)?.plainText ?? '';
  const start = text.indexOf(HIGHLIGHT);
  core.reading.highlights.create(ids.caffery, 'yellow', 'Compare with the Marseille reports.', {
    quote: { exact: HIGHLIGHT, prefix: '', suffix: '' },
    position: { start, end: start + HIGHLIGHT.length },
  });
  return { core, dossierId: d.id, ids, exportPdf: (over = {}) => core.dossiers.exportPdf(d.id, { now: NOW, ...over }) };
}
