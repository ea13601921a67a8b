import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import type { Block } from '../../../src-shared/model/document';
import { pageMarkers } from '../../../src-shared/text/references';
import { firstOutOfOrder, pageTexts, printedRuns, squash } from '../../helpers/pdf';
import { tempDir } from '../../helpers/temp-dir';
import { CORPUS, NOW } from './fixture';

/** Paragraph texts in reading order; table cells share lines with their neighbours, so tables are checked apart. */
function paragraphs(blocks: readonly Block[]): string[] {
  return blocks
    .flatMap((b): string[] => {
      if (b.t === 'paragraph' || b.t === 'heading') return [printedRuns(b.runs)];
      if (b.t === 'list') return b.items.map(printedRuns);
      if (b.t === 'quote') return paragraphs(b.blocks);
      if (b.t === 'section') return [...(b.title ? [printedRuns(b.title)] : []), ...paragraphs(b.blocks)];
      return [];
    })
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s.length > 0);
}

const hasBlock = (blocks: readonly Block[], t: Block['t']): boolean => blocks.some((b) => b.t === t || ((b.t === 'section' || b.t === 'quote') && hasBlock(b.blocks, t)));

describe('a dossier of FRUS corpus documents', () => {
  it('prints every paragraph of every document, its notes and its printed pages', { timeout: 120_000 }, async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([`${CORPUS}/frus1894Nicaragua.xml`]);
    const docs = core.repo.list().map((d) => core.repo.get(d.id)).filter((d) => d !== null);
    const chosen = [...docs.slice(0, 20), ...docs.filter((d) => hasBlock(d.body.blocks, 'list') || hasBlock(d.body.blocks, 'table')).slice(0, 5)];
    const dossier = core.dossiers.store.create({ title: 'Bluefields, 1894' });
    core.dossiers.store.addItems(dossier.id, chosen.map((d) => d.id));
    const pdf = await core.dossiers.exportPdf(dossier.id, { now: NOW });
    expect(pdf.warnings).toEqual([]);
    const pages = await pageTexts(pdf.bytes);
    // Chrome and margin marks come last on a page: drop them, keep the marks apart. Front matter pages are bracketed: "[p. [1]]".
    const marks = pages.flatMap((p) => [...p.matchAll(/\[p\. (\[?\w+\]?)\]/g)].map((m) => m[1]));
    const flat = pages.map((p) => p.replace(/(\[p\. \[?\w+\]?\]\s*)*Bluefields, 1894\s*page \d+ of \d+\s*$/, '')).join('\n').replace(/\[p\. \[?\w+\]?\]/g, '').replace(/\s+/g, '');
    let at = 0;
    for (const doc of core.dossiers.store.must(dossier.id).items.map((i) => core.repo.get(i.docId))) {
      if (!doc) throw new Error('missing document');
      const start = flat.indexOf(doc.meta.title.value.replace(/\s+/g, ''), at);
      expect(start, doc.meta.title.value).toBeGreaterThanOrEqual(0);
      const expected = [...paragraphs(doc.body.blocks), ...doc.body.footnotes.map((n) => printedRuns(n.runs).replace(/\s+/g, ''))];
      expect(firstOutOfOrder(flat.slice(start), expected), doc.meta.title.value).toBeNull();
      for (const n of pageMarkers(doc.body.blocks)) expect(marks).toContain(n);
      at = start;
    }
    expect(squash(pages.join(' '))).toContain('Attachment');
    core.close();
  });
});
