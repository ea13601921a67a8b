import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTextFile } from '../../src-main/core/importers/registry';
import { importTei } from '../../src-main/core/importers/tei';
import type { Block, DocumentBody, ImportedDocument, Inline } from '../../src-main/core/model/document';
import { bodyText, inlineText, pageMarkers } from '../../src-main/core/model/plain-text';
import { buildAnchorText, pageAt, quoteAt } from '../../src-renderer/src/lib/anchor-text';

const REPO = resolve(import.meta.dirname, '../..');

function visitRuns(blocks: readonly Block[], each: (run: Inline) => void): void {
  const runs = (list: readonly Inline[]): void => {
    for (const r of list) {
      each(r);
      if (r.t === 'link') runs(r.runs);
    }
  };
  for (const b of blocks) {
    if (b.t === 'paragraph' || b.t === 'heading') runs(b.runs);
    else if (b.t === 'list') b.items.forEach(runs);
    else if (b.t === 'table') b.rows.forEach((row) => row.forEach(runs));
    else if (b.t === 'quote') visitRuns(b.blocks, each);
    else if (b.t === 'section') {
      if (b.title) runs(b.title);
      visitRuns(b.blocks, each);
    }
  }
}

/** The renderer's anchoring text is the core's bodyText, and every run sits where it says. */
function check(body: DocumentBody): void {
  const anchor = buildAnchorText(body);
  expect(anchor.text.slice(0, anchor.bodyLength)).toBe(bodyText(body));
  visitRuns(body.blocks, (run) => {
    if (run.t !== 'text' && run.t !== 'lineBreak') return;
    const start = anchor.starts.get(run);
    expect(start, 'every text run has an offset').toBeTypeOf('number');
    const text = run.t === 'text' ? run.text : '\n';
    expect(anchor.text.slice(start ?? 0, (start ?? 0) + text.length)).toBe(text);
  });
  for (const note of body.footnotes) {
    for (const run of note.runs) {
      if (run.t !== 'text') continue;
      const start = anchor.starts.get(run) ?? -1;
      expect(start).toBeGreaterThanOrEqual(anchor.bodyLength);
      expect(anchor.text.slice(start, start + run.text.length)).toBe(run.text);
    }
  }
  expect(anchor.pages.map((p) => p.n)).toEqual(pageMarkers(body.blocks));
}

describe('anchoring text', () => {
  it('matches bodyText on the seed documents', () => {
    const dir = join(REPO, 'seeds');
    for (const name of readdirSync(dir)) {
      const doc = importTextFile(name, readFileSync(join(dir, name))).documents[0];
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
    const anchor = buildAnchorText(body);
    expect(anchor.text.slice(anchor.bodyLength)).toBe('\n\nA note.');
    expect(inlineText([t('x')])).toBe('x');
    const at = anchor.text.indexOf('quoted');
    expect(pageAt(anchor, 0)).toBe('10');
    expect(pageAt(anchor, at)).toBe('11');
    expect(pageAt(anchor, 0, '9')).toBe('10');
    const plain = bodyText(body);
    expect(quoteAt(anchor, at, at + 6)).toEqual({ exact: 'quoted', prefix: plain.slice(Math.max(0, at - 32), at), suffix: plain.slice(at + 6, at + 38) });
    expect(quoteAt(anchor, at, at + 6).suffix).not.toContain('A note');
  });
});
