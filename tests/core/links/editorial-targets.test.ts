import { describe, expect, it } from 'vitest';
import { importTei } from '../../../src-main/core/importers/tei';
import { parseTarget } from '../../../src-main/core/links/editorial-targets';
import { buildPageMap } from '../../../src-main/core/links/page-map';
import { pageMarkers } from '../../../src-shared/text/references';
import { volumeId, volumeLabel } from '../../../src-main/core/links/volume-label';
import type { Block, ImportedDocument } from '../../../src-shared/model/document';

describe('editorial link targets', () => {
  it('reads each kind the FRUS editors encode', () => {
    expect(parseTarget('d12')).toEqual({ kind: 'document', volume: null, sourceId: 'd12' });
    expect(parseTarget('#d12fn3')).toEqual({ kind: 'document', volume: null, sourceId: 'd12', footnote: 'd12fn3' });
    expect(parseTarget('#pg_64')).toEqual({ kind: 'page', volume: null, page: '64' });
    expect(parseTarget('#pg_VII')).toEqual({ kind: 'page', volume: null, page: 'VII' });
    expect(parseTarget('frus1924v02#pg_64')).toEqual({ kind: 'page', volume: 'frus1924v02', page: '64' });
    expect(parseTarget('frus1969-76v17#d45')).toEqual({ kind: 'document', volume: 'frus1969-76v17', sourceId: 'd45' });
    expect(parseTarget('frus1936v01')).toEqual({ kind: 'volume', volume: 'frus1936v01' });
    expect(parseTarget('#in4')).toBeNull();
    expect(parseTarget('http://example.org/')).toBeNull();
  });

  it('names a volume as the editors cite it', () => {
    expect(volumeLabel('frus1924v02')).toBe('Foreign Relations, 1924, vol. ii');
    expect(volumeLabel('frus1918Russiav01')).toBe('Foreign Relations, 1918, Russia, vol. i');
    expect(volumeLabel('frus1969-76v17')).toBe('Foreign Relations, 1969–76, vol. xvii');
    expect(volumeLabel('frus1888p1')).toBe('Foreign Relations, 1888, pt. i');
    expect(volumeLabel('frus1889')).toBe('Foreign Relations, 1889');
    expect(volumeId('1924', undefined, 'ii')).toBe('frus1924v02');
    expect(volumeId('1918', 'Russia', 'iii')).toBe('frus1918Russiav03');
  });

  it('imports footnote, page and other-volume targets as links, and the index’s own anchors as text', async () => {
    const xml = `<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frusT"><text><body><div type="chapter"><head>C</head>
      <div type="document" xml:id="d1" n="1"><head>H</head><p><ref target="#d1fn1">a</ref> <ref target="frus1924v02#pg_64">b</ref> <ref target="#in4">c</ref> <ref target="frus1936v01">d</ref></p></div>
      </div></body></text></TEI>`;
    const docs: ImportedDocument[] = [];
    await importTei({ name: 't.xml', chunks: [new TextEncoder().encode(xml)] }, (d) => void docs.push(d));
    const runs = docs.find((d) => d.placement?.sourceId === 'd1')?.body.blocks[0];
    expect(runs).toEqual({
      t: 'paragraph',
      runs: [
        { t: 'link', target: '#d1fn1', runs: [{ t: 'text', text: 'a' }] },
        { t: 'text', text: ' ' },
        { t: 'link', target: 'frus1924v02#pg_64', runs: [{ t: 'text', text: 'b' }] },
        { t: 'text', text: ' c ' },
        { t: 'link', target: 'frus1936v01', runs: [{ t: 'text', text: 'd' }] },
      ],
    });
  });
});

describe('page map', () => {
  const para = (text: string): Block => ({ t: 'paragraph', runs: [{ t: 'text', text }] });
  it('puts each document on the pages it spans, those starting on a page first in reading order', () => {
    const pages = (blocks: Block[]): string[] => pageMarkers(blocks);
    const map = buildPageMap([
      // Starts at the top of page 5 and runs onto 6.
      { id: 1, pages: pages([{ t: 'page', n: '5' }, para('a'), { t: 'page', n: '6' }, para('b')]), section: false },
      // Starts mid-page 6, runs onto 7.
      { id: 2, pages: pages([para('c'), { t: 'page', n: '7' }, para('d')]), startPage: '6', section: false },
      // The index, on page VII (case does not matter).
      { id: 3, pages: pages([{ t: 'page', n: 'vii' }, para('e')]), section: true },
    ]);
    expect(map.get('5')).toEqual([{ id: 1, starts: true, section: false }]);
    expect(map.get('6')).toEqual([
      { id: 1, starts: false, section: false },
      { id: 2, starts: true, section: false },
    ]);
    expect(map.get('7')).toEqual([{ id: 2, starts: false, section: false }]);
    expect(map.get('vii')).toEqual([{ id: 3, starts: true, section: true }]);
  });
});
