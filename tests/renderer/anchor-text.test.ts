import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/core/importers/registry';
import { importTei } from '../../src-main/core/importers/tei';
import { anchorFor, offsetOf, positionOf } from '../../src-renderer/src/lib/anchor-text';
import type { DocumentBody, ImportedDocument, Inline } from '../../src-shared/model/document';
import { pageAt } from '../../src-shared/text/layout';
import { bodyText, inlineText } from '../../src-shared/text/plain-text';
import { quoteAt } from '../../src-shared/text/quote';
import { checkAgreement } from '../shared/text-agreement';

const REPO = resolve(import.meta.dirname, '../..');

/** The reader's text positions are the core's, and every run sits where it says. */
const check = (body: DocumentBody): void => void checkAgreement(body);

describe('anchoring text', () => {
  it('matches bodyText on the seed documents', async () => {
    const dir = join(REPO, 'seeds');
    for (const name of readdirSync(dir)) {
      const doc = (await importBytes(name, readFileSync(join(dir, name)))).documents[0];
      if (!doc) throw new Error(`no document in ${name}`);
      check(doc.body);
    }
  });

  it('matches bodyText on every document of a FRUS volume (sections, lists, tables, links)', async () => {
    const docs: ImportedDocument[] = [];
    const file = 'frus1894Nicaragua.xml';
    const chunks = createReadStream(join(REPO, 'tests/fixtures/corpus', file));
    await importTei({ name: file, chunks }, (d) => docs.push(d));
    expect(docs.length).toBeGreaterThan(100);
    for (const d of docs) check(d.body);
  });

  it('handles the separators of every block kind, skipping empty blocks', () => {
    const t = (text: string): Inline => ({ t: 'text', text });
    const body: DocumentBody = {
      blocks: [
        { t: 'page', n: '10' },
        { t: 'paragraph', runs: [t('One'), { t: 'noteRef', id: 'n1', label: '1' }, t(' two'), { t: 'lineBreak' }, t('three')] },
        { t: 'paragraph', runs: [{ t: 'page', n: '11' }] },
        { t: 'list', ordered: false, items: [[t('a')], [t('b'), { t: 'link', target: 'd2', runs: [t(' link')] }]] },
        { t: 'table', rows: [[[t('c1')], [t('c2')]], [[t('c3')], []]] },
        { t: 'quote', blocks: [{ t: 'paragraph', runs: [t('quoted')] }, { t: 'embedded', target: 'd3', title: 'x' }] },
        { t: 'section', kind: 'enclosure', title: [t('Title')], blocks: [{ t: 'paragraph', runs: [t('inner')] }] },
        { t: 'section', kind: 'postscript', blocks: [{ t: 'paragraph', runs: [t('P.S.')] }] },
      ],
      footnotes: [{ id: 'n1', label: '1', runs: [t('A note.')] }],
    };
    check(body);
    const anchor = anchorFor(body);
    expect(anchor.text.slice(anchor.bodyLength)).toBe('\n\nA note.');
    expect(inlineText([t('x')])).toBe('x');
    const at = anchor.text.indexOf('quoted');
    expect(pageAt(anchor, 0)).toBe('10');
    expect(pageAt(anchor, at)).toBe('11');
    expect(pageAt(anchor, 0, '9')).toBe('10');
    const plain = bodyText(body);
    const quote = quoteAt(anchor.text, at, at + 6, anchor.bodyLength);
    expect(quote).toEqual({ exact: 'quoted', prefix: plain.slice(Math.max(0, at - 32), at), suffix: plain.slice(at + 6, at + 38) });
    expect(quote.suffix).not.toContain('A note');
    // A reading position is a top-level block and an offset in it, and back.
    expect(positionOf(anchor, at + 2)).toEqual({ blockIndex: 5, offset: 2 });
    expect(offsetOf(anchor, { blockIndex: 5, offset: 2 })).toBe(at + 2);
  });
});
