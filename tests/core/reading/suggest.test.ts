import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSuggestTerms } from '../../../src-main/core/search/suggest-terms';
import { REPO } from '../../helpers/temp-dir';
import { seeded } from './helpers';

const NICARAGUA = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');

describe('[[ autocomplete among look-alike titles', () => {
  it('reads words, dates and document numbers from what is typed', () => {
    expect(parseSuggestTerms('Conger 1900-07')).toEqual([
      { kind: 'word', word: 'conger' },
      { kind: 'date', range: { min: 19000700, max: 19000799 } },
    ]);
    expect(parseSuggestTerms('No. 42 Hay')).toEqual([{ kind: 'number', digits: '42' }, { kind: 'word', word: 'hay' }]);
    expect(parseSuggestTerms('#7 1900')).toEqual([{ kind: 'number', digits: '7' }, { kind: 'year', year: 1900, text: '1900' }]);
    expect(parseSuggestTerms('1900-07-14')).toEqual([{ kind: 'date', range: { min: 19000714, max: 19000714 } }]);
    // A day or month still being typed keeps the wider range.
    expect(parseSuggestTerms('1900-07-1')).toEqual([{ kind: 'date', range: { min: 19000700, max: 19000799 } }]);
    expect(parseSuggestTerms('1900-0')).toEqual([{ kind: 'date', range: { min: 19000000, max: 19009999 } }]);
  });

  it('narrows many "Mr. Baker to Mr. Gresham." by date or number, and shows number, date and volume', async () => {
    const { core, call } = await seeded();
    await core.importPaths([NICARAGUA]);
    const all = await call('documents.suggest', { prefix: 'Baker Gresham', limit: 100 });
    expect(all.total).toBeGreaterThan(20);
    expect(all.items.length).toBe(all.total);

    const november = await call('documents.suggest', { prefix: 'baker gresham 1894-11' });
    expect(november.total).toBeGreaterThan(0);
    expect(november.total).toBeLessThan(all.total);
    for (const s of november.items) expect(s.date?.slice(0, 7)).toBe('1894-11');
    expect(november.items[0]).toMatchObject({ volume: 'Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)' });
    expect(november.items[0]?.number).toMatch(/^\d+$/);

    // A number: that document first, then those whose number starts with it.
    const twelve = await call('documents.suggest', { prefix: 'No. 12' });
    expect(twelve.items[0]).toMatchObject({ number: '12', title: 'No. 12. Mr. Baker to Mr. Gresham.' });
    expect(twelve.items.slice(1).every((s) => s.number?.startsWith('12'))).toBe(true);

    // Oldest first; the first `limit` only, with the total to say there are more.
    const few = await call('documents.suggest', { prefix: 'gresham', limit: 5 });
    expect(few.items.length).toBe(5);
    expect(few.total).toBeGreaterThan(5);
    const dates = few.items.map((s) => s.date ?? '');
    expect([...dates].sort()).toEqual(dates);
    core.close();
  });
});
