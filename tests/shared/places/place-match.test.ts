import { describe, expect, it } from 'vitest';
import { matchPlace, placeFacetValue } from '../../../src-shared/places/place-match';
import { PLACES } from '../../../src-shared/places/gazetteer';

/** Datelines as the three corpus volumes print them (frus1894Nicaragua, frus1918Russiav03, frus1936v03). */
const CORPUS_DATELINES: Array<[string, string]> = [
  ['Washington', 'Washington'],
  ['Department of State, Washington', 'Washington'],
  ['Navy Department, Washington, D. C', 'Washington'],
  ['Legation of the Republic of Nicaragua, Washington', 'Washington'],
  ['Nicaraguan Legation, Washington', 'Washington'],
  ['Legation of the United States, Managua', 'Managua'],
  ['Legation of the United States, Managua, Nicaragua', 'Managua'],
  ['Legation of the United States, Mamagua', 'Managua'],
  ['Consulate of the United States, San Juan del Norte', 'San Juan del Norte'],
  ['Consulate of the United States, San Juan del Norte, Bluefields', 'Bluefields'],
  ['United States Legation, Bluefields, Mosquito Reservation, Nicaragua', 'Bluefields'],
  ['Embassy of the United States, London', 'London'],
  ['Petrograd', 'Petrograd'],
  ['Addis Ababa', 'Addis Ababa'],
  ['Teheran', 'Teheran'],
  ['San José', 'San José'],
  ['Legation of the United States, La Libertad', 'La Libertad'],
];

describe('places read from datelines', () => {
  it.each(CORPUS_DATELINES)('%s is at %s', (dateline, place) => {
    expect(placeFacetValue(dateline)).toBe(place);
  });

  it('knows Peking by all its names, with its country', () => {
    for (const name of ['Peking', 'Peiping', 'Beijing', 'PEIPING']) {
      expect(matchPlace(name)?.place).toMatchObject({ name: 'Peking', country: 'China' });
    }
    expect(placeFacetValue('Constantinople')).toBe(placeFacetValue('Istanbul'));
    expect(placeFacetValue('St. Petersburg')).toBe('Petrograd');
  });

  it('reads an office at a place as the place, keeping the office apart', () => {
    const m = matchPlace('Commissioner of the United States to China, Peking');
    expect(m?.place.name).toBe('Peking');
    expect(m?.office).toBe('Commissioner of the United States to China');
    expect(matchPlace('Department of State, Washington')?.office).toBeUndefined();
  });

  it('leaves a place it does not know as written, never guessing', () => {
    expect(placeFacetValue('Some')).toBe('Some');
    expect(placeFacetValue('  Fort  Ross, ')).toBe('Fort Ross');
    expect(matchPlace('Romero')).toBeUndefined();
    expect(placeFacetValue('')).toBeNull();
  });

  it('has one entry per name: no alias belongs to two places', () => {
    const seen = new Map<string, string>();
    for (const p of PLACES) {
      for (const n of [p.name, ...p.aliases]) {
        const key = n.toLowerCase();
        expect(seen.get(key) ?? p.id, `${n} in ${p.id} and ${seen.get(key)}`).toBe(p.id);
        seen.set(key, p.id);
      }
      expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
    }
  });
});
