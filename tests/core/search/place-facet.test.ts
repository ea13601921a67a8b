import { describe, expect, it } from 'vitest';
import { corpusLibrary } from './corpus-library';

describe('the place facet over the corpus volumes', () => {
  const lib = corpusLibrary();

  it('shows places, not dateline strings: Washington once, with every office there counted in it', () => {
    const res = lib.core().search.search({ query: '', limit: 1 });
    const washington = res.facets.place.filter((f) => /washington/i.test(`${f.value} ${f.label ?? ''}`));
    expect(washington).toEqual([{ value: 'Washington', count: 492, label: 'Washington, United States' }]);
    expect(res.facets.place.find((f) => f.value === 'Managua')?.count).toBe(40);
  });

  it('puts every known place on the map with its coordinates, not only the top 20', () => {
    const { places, place } = lib.core().search.search({ query: '', limit: 1 }).facets;
    expect(places.length).toBeGreaterThan(place.length);
    expect(places.find((p) => p.name === 'Peking')).toMatchObject({ country: 'China', count: 18, lat: 39.9, lon: 116.4 });
    expect(places.some((p) => p.name === 'Some')).toBe(false);
  });

  it('filters by place whatever name the query gives it: place:peiping finds the Peking telegrams', () => {
    const core = lib.core();
    const peking = core.search.search({ query: '', place: 'Peking', limit: 1 }).total;
    expect(peking).toBe(18);
    expect(core.search.search({ query: 'place:peiping', limit: 1 }).total).toBe(18);
    expect(core.search.search({ query: 'place:"department of state"', limit: 1 }).total).toBe(492);
  });
});
