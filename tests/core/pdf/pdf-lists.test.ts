import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { pageTexts, squash } from '../../helpers/pdf';
import { tempDir } from '../../helpers/temp-dir';
import { CORPUS, NOW } from './fixture';

describe('lists in the PDF', () => {
  it('prints a list the edition numbered with its own numbers, no bullet before them', { timeout: 120_000 }, async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([`${CORPUS}/frus1936v03.xml`]);
    const hit = core.search.search({ query: '"Fundamental considerations outlined in my 208"', limit: 1 }).hits[0];
    if (!hit) throw new Error('the numbered list was not found');
    const dossier = core.dossiers.store.create({ title: 'Numbered lists' });
    core.dossiers.store.addItems(dossier.id, [hit.id]);
    const text = squash((await pageTexts((await core.dossiers.exportPdf(dossier.id, { now: NOW })).bytes)).join(' '));
    expect(text).toContain('1. Fundamental considerations outlined in my 208');
    expect(text).toMatch(/ 2\. \S/);
    expect(text).not.toMatch(/•\s*\d+\./);
    core.close();
  });
});
