import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../../src-shared/text/layout';
import { chicagoRange } from '../../../src-main/core/citations/format';
import { REPO } from '../../helpers/temp-dir';
import { failureOf, seeded } from './helpers';

const DEJEAN_URL =
  'http://www.cvce.eu/obj/letter_from_maurice_dejean_to_christian_pineau_moscow_16_november_1956-en-1771eaef-e3fd-45e3-b3dc-2c36ad8eec2a.html';

async function withVolume() {
  const lib = await seeded();
  await lib.core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1936v03.xml')]);
  const numbered = (n: string): number => lib.core.repo.list().find((d) => d.collection?.id === 'frus1936v03' && d.number === n)?.id ?? 0;
  return { ...lib, straus: numbered('5'), atherton: numbered('114') };
}

describe('citations', () => {
  it('the Caffery telegram: no place or volume stated, date inferred and bracketed, page 810 inferred from the [Page 811] break', async () => {
    const { core, call, caffery } = await seeded();
    expect(await call('document.cite', { id: caffery, style: 'frus' })).toEqual({
      style: 'frus',
      text: 'Telegram from the Ambassador in France (Caffery) to the Secretary of State, [December 3, 1947], Foreign Relations of the United States, pp. [810]–811',
      markdown: 'Telegram from the Ambassador in France (Caffery) to the Secretary of State, [December 3, 1947], *Foreign Relations of the United States*, pp. [810]–811',
    });
    expect((await call('document.cite', { id: caffery, style: 'chicago' })).markdown).toBe(
      '“The Ambassador in France (Caffery) to the Secretary of State,” telegram, [December 3, 1947], in *Foreign Relations of the United States*, [810]–811.',
    );
    expect((await call('document.cite', { id: caffery, style: 'chicago', page: '811' })).text).toBe(
      '“The Ambassador in France (Caffery) to the Secretary of State,” telegram, [December 3, 1947], in Foreign Relations of the United States, 811.',
    );
    core.close();
  });

  it('the Leahy telegram: only the year is known, inferred from a footnote', async () => {
    const { core, call, leahy } = await seeded();
    expect((await call('document.cite', { id: leahy, style: 'frus' })).markdown).toBe(
      'Telegram from the Ambassador in France (Leahy) to the Secretary of State, [1941], *Foreign Relations of the United States*, pp. [178]–179',
    );
    expect((await call('document.cite', { id: leahy, style: 'chicago' })).markdown).toBe(
      '“The Ambassador in France (Leahy) to the Secretary of State,” telegram, [1941], in *Foreign Relations of the United States*, [178]–179.',
    );
    core.close();
  });

  it('the CVCE letter: its printed source (DDF), then the web page and its last update', async () => {
    const { core, call, dejean } = await seeded();
    expect((await call('document.cite', { id: dejean, style: 'chicago' })).markdown).toBe(
      '“Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956),” in *Documents diplomatiques français*, ' +
        'ed. Ministère des Affaires étrangères, Commission de publication des DDF, vol. III, *1956, 24 octobre-31 décembre* ' +
        `(Paris: Imprimerie nationale, 1990), 328–29, cvce.eu, last modified April 12, 2023, ${DEJEAN_URL}.`,
    );
    expect((await call('document.cite', { id: dejean, style: 'frus' })).markdown).toBe(
      'Letter from the French Ambassador to the USSR (Maurice Dejean) to the French Foreign Minister (Christian Pineau), Moscow, November 16, 1956, ' +
        `*Documents diplomatiques français*, 1956, vol. III, pp. 328–329, ${DEJEAN_URL}`,
    );
    core.close();
  });

  it('a TEI document knows its volume, number and pages', async () => {
    const { core, call, straus } = await withVolume();
    expect((await call('document.cite', { id: straus, style: 'frus' })).markdown).toBe(
      'Telegram from the Ambassador in France (Straus) to the Secretary of State, Paris, March 26, 1936, *Foreign Relations of the United States*, 1936, vol. III, doc. 5, p. 7',
    );
    expect((await call('document.cite', { id: straus, style: 'chicago' })).markdown).toBe(
      '“The Ambassador in France (Straus) to the Secretary of State,” telegram, Paris, March 26, 1936, ' +
        'in *Foreign Relations of the United States: Diplomatic Papers, 1936*, vol. III, *The Near East and Africa* (1953), doc. 5, p. 7.',
    );
    core.close();
  });

  it('a highlight is cited at the printed page it falls on', async () => {
    const { core, call, atherton } = await withVolume();
    const doc = core.repo.get(atherton);
    const text = doc?.plainText ?? '';
    const pageBreak = textLayout(doc?.body ?? { blocks: [], footnotes: [] }).pages.find((p) => p.n === '113');
    expect(pageBreak).toBeDefined();
    const start = (pageBreak?.offset ?? 0) + 1;
    const anchor = { quote: { exact: text.slice(start, start + 30) }, position: { start, end: start + 30 } };
    const h = await call('highlights.create', { docId: atherton, color: 'yellow', anchor });
    expect(h.page).toBe('113');
    const whole = await call('document.cite', { id: atherton, style: 'chicago' });
    expect(whole.text).toMatch(/, doc\. 114, pp\. 112–13\.$/);
    const cited = await call('document.cite', { id: atherton, style: 'chicago', highlightId: h.id });
    expect(cited.text).toMatch(/, doc\. 114, p\. 113\.$/);
    expect((await call('document.cite', { id: atherton, style: 'frus', highlightId: h.id })).text).toMatch(/, doc\. 114, p\. 113$/);
    expect((await failureOf(call('document.cite', { id: atherton, style: 'frus', highlightId: 9999 }))).code).toBe('not-found');
    core.close();
  });

  it('abbreviates page ranges as Chicago does (CMOS 9.61)', () => {
    const cases: Array<[string, string, string]> = [
      ['3', '10', '3–10'],
      ['71', '72', '71–72'],
      ['100', '104', '100–104'],
      ['101', '108', '101–8'],
      ['808', '833', '808–33'],
      ['321', '328', '321–28'],
      ['498', '532', '498–532'],
      ['1087', '1089', '1087–89'],
      ['1496', '1500', '1496–500'],
      ['11564', '11615', '11564–615'],
    ];
    for (const [a, b, want] of cases) expect(chicagoRange(a, b)).toBe(want);
  });
});
