import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { importTei } from '../../../src-main/core/importers/tei';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { bodyText, inlineText } from '../../../src-shared/text/plain-text';
import { tempDir } from '../../helpers/temp-dir';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const VOLUMES = ['corpus/frus1894Nicaragua.xml', 'corpus/frus1918Russiav03.xml', 'corpus/frus1936v03.xml', 'excerpts/frus1901-excerpt.xml'];

/** Word counts, case-folded: line breaks, spacing and punctuation are layout, not text. */
function words(text: string, into = new Map<string, number>()): Map<string, number> {
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) into.set(w, (into.get(w) ?? 0) + 1);
  return into;
}

/**
 * Every word of the volume's `<text>`, read straight from the XML. Left out
 * on purpose: the title page and the table of contents (the collection's
 * title and the volume tree say what they say) and running heads (`fw`).
 */
function sourceWords(xml: string): Map<string, number> {
  const parser = new SaxesParser({ xmlns: true });
  const counts = new Map<string, number>();
  let inText = false;
  let skipped = 0;
  parser.on('opentag', (tag) => {
    if (tag.local === 'text') inText = true;
    const type = tag.attributes['type']?.value;
    const contents = tag.local === 'div' && (type === 'toc' || tag.attributes['subtype']?.value === 'table-of-contents');
    if (skipped > 0 || contents || ['titlePage', 'fw', 'teiHeader'].includes(tag.local)) skipped++;
  });
  parser.on('closetag', () => {
    if (skipped > 0) skipped--;
  });
  parser.on('text', (t) => {
    if (inText && skipped === 0) words(t, counts);
  });
  parser.write(xml).close();
  return counts;
}

/** What the library keeps: titles, bodies, footnotes, and the chapter headings of the volume tree. */
function keptWords(docs: readonly ImportedDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  const headings = new Set<string>();
  for (const d of docs) {
    if (d.meta.title.provenance.kind === 'stated') words(d.meta.title.value, counts);
    words(bodyText(d.body), counts);
    for (const n of d.body.footnotes) words(`${n.label} ${inlineText(n.runs)}`, counts);
    d.placement?.chapter.forEach((h) => headings.add(h));
  }
  for (const h of headings) words(h, counts);
  return counts;
}

describe('a TEI volume read whole', () => {
  for (const file of VOLUMES) {
    it(`keeps every word of ${file} in a document or a section`, async () => {
      const docs: ImportedDocument[] = [];
      const xml = readFileSync(join(FIXTURES, file));
      await importTei({ name: file, chunks: [xml] }, (d) => docs.push(d));
      const source = sourceWords(xml.toString('utf8'));
      const kept = keptWords(docs);
      let total = 0;
      let missing = 0;
      const lost: string[] = [];
      for (const [w, n] of source) {
        total += n;
        const short = n - (kept.get(w) ?? 0);
        if (short > 0) {
          missing += short;
          lost.push(w);
        }
      }
      // Tolerance 0.5 %: a footnote label or a `[…]` gap marker may be counted differently.
      expect(missing / total, `missing ${missing} of ${total} words, e.g. ${lost.slice(0, 20).join(' ')}`).toBeLessThan(0.005);
    });
  }

  it('makes the text outside documents readable, searchable sections in reading order', async () => {
    const core = createCore({ libraryDir: tempDir() });
    const report = await core.importPaths([join(FIXTURES, 'excerpts/frus1901-excerpt.xml')]);
    expect(report.imported[0]).toMatchObject({ documents: [{ title: '[Untitled]' }, { title: '[Untitled]' }], sections: 3 });
    const find = (q: string) => core.search.search({ query: q, limit: 5 }).hits.map((h) => [h.title, h.kind, h.chapter]);
    expect(find('"Ratifications exchanged at Washington February 27"')).toEqual([
      ['Treaty between the United States and Switzerland for the extradition of criminals', 'section',
        ['Switzerland', 'Treaty between the United States and Switzerland for the extradition of criminals']],
    ]);
    expect(find('"Swiss Federal Council bind themselves"')).toHaveLength(1);
    expect(find('"Congress assembles this year under the shadow"')).toEqual([['Message of the President', 'section', []]]);
    const titles = core.repo.list().map((d) => d.title);
    expect(titles).toEqual([
      'Message of the President',
      'Liability of naturalized citizens of the United States under military and expatriation laws of their native country',
      '[Untitled]',
      'Treaty between the United States and Switzerland for the extradition of criminals',
      '[Untitled]',
    ]);
    core.close();
  });
});
