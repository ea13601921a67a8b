import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-shared/model/document';
import { firstOutOfOrder, pageTexts, printedRuns, squash } from '../../helpers/pdf';
import { COMMENTARY, HIGHLIGHT, seedDossier } from './fixture';

const TITLE = 'France and the Communist Strikes, 1947';

/** Running head, folio and margin page marks come last on each page: drop them to read the text through. */
function bodyOf(page: string): string {
  return squash(page).replace(new RegExp(`(\\s*\\[p\\. [^\\]]+\\])*\\s*${TITLE}\\s*page \\d+ of \\d+$`), '');
}

/** Every paragraph's printed text, in reading order (note labels included, as printed). */
function paragraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.t === 'paragraph' || b.t === 'heading') return [squash(printedRuns(b.runs))];
    if (b.t === 'list') return b.items.map((i) => squash(printedRuns(i)));
    if (b.t === 'quote' || b.t === 'section') return paragraphs(b.blocks);
    return [];
  }).filter((s) => s.length > 0);
}

/** pdf.js may part a superscript note label from its word; the test does not care about that space. */
const loose = (s: string): string => s.replace(/ /g, '');

describe('the PDF read back as text', () => {
  it('prints the cover, the contents, and every paragraph, note and citation in order', async () => {
    const { core, ids, exportPdf } = await seedDossier();
    const pdf = await exportPdf();
    const pages = (await pageTexts(pdf.bytes)).map(bodyOf);
    expect(pages[0]).toContain(TITLE);
    expect(pages[0]).toContain('Élise Lévêque-Ødegård');
    expect(pages[0]).toContain('Why these documents');
    expect(pages[0]).toContain('The French strikes of November–December 1947 as Washington heard of them.');
    expect(pages[0]).toContain('Caffery’s telegram of December 3');
    expect(pages[1]).toMatch(/^Contents 1\. The Ambassador in France \(Caffery\) to the Secretary of State \d+ /);

    const all = loose(pages.slice(2).join(' '));
    for (const key of ['caffery', 'leahy', 'dejean', 'polyglot'] as const) {
      const doc = core.repo.get(ids[key]);
      if (!doc) throw new Error(key);
      const expected = [doc.meta.title.value, ...paragraphs(doc.body.blocks), ...doc.body.footnotes.map((n) => squash(printedRuns(n.runs)))];
      const docStart = all.indexOf(loose(doc.meta.title.value));
      expect(firstOutOfOrder(all.slice(docStart), expected.map(loose))).toBeNull();
    }
    core.close();
  });

  it('keeps Greek, Cyrillic, Latin-extended letters and typographic punctuation as text', async () => {
    const { core, exportPdf } = await seedDossier();
    const text = (await pageTexts((await exportPdf()).bytes)).map(bodyOf).join(' ');
    for (const phrase of [
      '«Ἡ Ἑλληνικὴ Κυβέρνησις ἐπιθυμεῖ εἰρηνικὴν λύσιν τοῦ ζητήματος»',
      '«Советское правительство не может согласиться с этим предложением»',
      'Mr. Paweł Świętochowski',
      'Mr. Jiří Dvořák, spoke of “žluťoučký kůň” and of Ærøskøbing, Œuvre, Şişli and Ğazi … ’tis said.',
      '(Đorđe Šćepanović)',
      'K. Παπαδόπουλος',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('Telegram from the Ambassador in France (Caffery) to the Secretary of State, [December 3, 1947], Foreign Relations of the United States');
    core.close();
  });

  it('sets the commentary apart and lists the sources at the end', async () => {
    const { core, exportPdf } = await seedDossier();
    const pages = (await pageTexts((await exportPdf()).bytes)).map(bodyOf);
    const caffery = pages.find((p) => p.includes('Document 1 of 4')) ?? '';
    expect(caffery).toMatch(/Cite as Telegram from the Ambassador in France \(Caffery\)/i);
    expect(caffery).toContain(`Commentary ${squash(COMMENTARY.replace(/\*/g, ''))}`);
    expect(caffery.indexOf('Commentary')).toBeLessThan(caffery.indexOf('5186. A high official'));
    expect(caffery).toContain(HIGHLIGHT);
    const last = pages.at(-1) ?? '';
    expect(last).toMatch(/^Sources 1\. Telegram from the Ambassador in France \(Caffery\)/);
    // Its title was inferred from the text, so the citation brackets it.
    expect(last).toContain('4. [Letter from Athens on the Balkan conference]');
    core.close();
  });

  // The reader shows "3 December 1947"; the PDF printed "December 3, 1947". An edition's apparatus reads one way;
  // only a citation follows its own style's rule (FRUS and Chicago: "December 3, 1947").
  it('prints dates as the reader shows them, in the contents, the cover and each document’s details', async () => {
    const { core, exportPdf } = await seedDossier();
    const pages = (await pageTexts((await exportPdf()).bytes)).map(bodyOf);
    expect(pages[0]).toContain('Compiled 2 March 2026');
    expect(pages[1]).toMatch(/^Contents 1\. The Ambassador in France \(Caffery\) to the Secretary of State \d+ 3 December 1947 · Caffery/);
    const caffery = pages.find((p) => p.includes('Document 1 of 4')) ?? '';
    expect(caffery).toMatch(/date \[3 December 1947\]/i);
    expect(caffery.replace(/cite as .*/i, '')).not.toContain('December 3, 1947');
    core.close();
  });

  it('prints only the excerpts, with their printed pages and comments, in highlights mode', async () => {
    const { core, dossierId, exportPdf } = await seedDossier();
    const item = core.dossiers.store.must(dossierId).items[0];
    core.dossiers.store.updateItem(item?.id ?? -1, { mode: 'highlights' });
    const leahy = core.dossiers.store.must(dossierId).items[1];
    core.dossiers.store.updateItem(leahy?.id ?? -1, { mode: 'highlights' });
    const pdf = await exportPdf();
    const pages = (await pageTexts(pdf.bytes)).map(bodyOf);
    const caffery = pages.find((p) => p.includes('Document 1 of 4')) ?? '';
    expect(caffery).toContain(`Excerpts “${HIGHLIGHT}” (p. [810]) Compare with the Marseille reports.`);
    expect(caffery).not.toContain('5186. A high official');
    expect(pages.join(' ')).toContain('No passages of this document are highlighted.');
    expect(pdf.warnings).toEqual([expect.stringContaining('is set to highlights only but has none')]);
    core.close();
  });
});
