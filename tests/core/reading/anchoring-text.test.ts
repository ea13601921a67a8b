import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { locate } from '../../../src-main/core/annotations/anchor';
import type { DocumentBody } from '../../../src-shared/model/document';
import { pageAt, textLayout } from '../../../src-shared/text/layout';
import { linkTargets, pageMarkers } from '../../../src-shared/text/references';
import { REPO } from '../../helpers/temp-dir';
import { checkAgreement } from '../../shared/text-agreement';
import { seeded } from './helpers';

const t = (text: string) => ({ t: 'text' as const, text });

/** Every kind of block: the layout must agree with `bodyText` on all of them. */
const BODY: DocumentBody = {
  blocks: [
    { t: 'page', n: '10' },
    { t: 'heading', level: 2, runs: [t('Telegram')] },
    { t: 'paragraph', runs: [t('One'), { t: 'noteRef', id: 'n1', label: '1' }, { t: 'lineBreak' }, { t: 'link', target: 'd2', runs: [t('two')] }] },
    { t: 'paragraph', runs: [] },
    { t: 'list', ordered: false, items: [[t('a')], [t('b'), { t: 'page', n: '11' }, t('c')]] },
    { t: 'table', rows: [[[t('x')], [t('y')]], [[t('z')], []]] },
    { t: 'embedded', target: 'd3', title: 'Enclosure' },
    { t: 'quote', blocks: [{ t: 'paragraph', runs: [t('q1')] }, { t: 'page', n: '12' }, { t: 'paragraph', runs: [t('q2')] }] },
    { t: 'section', kind: 'enclosure', title: [t('Annex')], blocks: [{ t: 'paragraph', runs: [t('s')] }] },
  ],
  footnotes: [{ id: 'n1', label: '1', runs: [t('Not printed.')] }],
};

describe('the anchoring text', () => {
  it('is the body as plain text; every top-level block has its start offset', () => {
    const layout = checkAgreement(BODY, 'Telegram\n\nOne\ntwo\n\na\nbc\n\nx\ty\nz\t\n\nq1\n\nq2\n\nAnnex\n\ns');
    expect(layout.blockStarts).toEqual([-1, 0, 10, -1, 19, 25, -1, 33, 41]);
    expect(layout.text.slice(33, 39)).toBe('q1\n\nq2');
    expect(layout.pages).toEqual([
      { offset: 0, n: '10' },
      { offset: 22, n: '11' },
      { offset: 37, n: '12' },
    ]);
    expect([pageAt(layout, 5), pageAt(layout, 23), pageAt(layout, 40)]).toEqual(['10', '11', '12']);
  });

  it('sees page breaks and links in an enclosure title as everything else does', () => {
    // The page list and cross-references once skipped section titles while highlights counted them.
    const body: DocumentBody = {
      blocks: [{ t: 'section', kind: 'enclosure', title: [t('Annex'), { t: 'page', n: '12' }, { t: 'link', target: 'd9', runs: [t(' to d9')] }], blocks: [{ t: 'paragraph', runs: [t('x')] }] }],
      footnotes: [],
    };
    const layout = checkAgreement(body, 'Annex to d9\n\nx');
    expect(layout.pages).toEqual([{ offset: 5, n: '12' }]);
    expect(pageMarkers(body.blocks)).toEqual(['12']);
    expect([...linkTargets(body)]).toEqual(['d9']);
  });

  it('agrees with the stored plain text and the reader for the seeds and a FRUS volume', async () => {
    const { core } = await seeded();
    await core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1936v03.xml')]);
    for (const doc of core.repo.forIndex()) {
      expect(textLayout(doc.body).text).toBe(doc.plainText);
      checkAgreement(doc.body);
    }
    core.close();
  });
});

describe('locating a quote in changed text', () => {
  const text = 'The strike battle is lost. The strike battle is lost and a policy should be followed.';
  const anchor = (exact: string, prefix: string, suffix: string, start: number) => ({ quote: { exact, prefix, suffix }, position: { start, end: start + exact.length } });

  it('prefers the occurrence whose context matches, then the nearest', () => {
    expect(locate(text, anchor('The strike battle is lost', '. ', ' and a', 5))).toEqual({ status: 'anchored', start: 27, end: 52 });
    expect(locate(text, anchor('strike battle', '', '', 40))).toEqual({ status: 'anchored', start: 31, end: 44 });
  });

  it('accepts small edits, refuses strangers and short coincidences', () => {
    expect(locate(text, anchor('a policy should be folowed', ' and ', '.', 0))).toEqual({ status: 'anchored', start: 57, end: 84 });
    expect(locate(text, anchor('the Cominform ordered it', '', '', 0))).toEqual({ status: 'orphaned' });
    expect(locate(text, anchor('lost', 'we have never ', ' anything', 3))).toEqual({ status: 'orphaned' });
  });
});
