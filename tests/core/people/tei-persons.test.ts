import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPersonsList } from '../../../src-main/core/importers/tei-persons';

const fixture = readFileSync(join(__dirname, '../../fixtures/people/frus1918Russiav03-names-list.xml'), 'utf8');

describe('readPersonsList', () => {
  it('reads all 88 entries of the frus1918Russiav03 names list with their descriptions', () => {
    const { persons, warnings } = readPersonsList(fixture);
    expect(persons).toHaveLength(88);
    expect(warnings).toEqual([]);
    expect(persons[0]).toEqual({ id: 'p_BND1', name: 'Baker, Newton D.', description: 'Secretary of War' });
  });

  it('keeps the first of a repeated id and warns about the second', () => {
    const xml = '<list type="persons"><item><persName xml:id="p_A1">Adams, A.</persName>, first.</item>'
      + '<item><persName xml:id="p_A1">Other, O.</persName>, second.</item></list>';
    const { persons, warnings } = readPersonsList(xml);
    expect(persons.map((p) => p.name)).toEqual(['Adams, A.']);
    expect(warnings[0]).toContain('p_A1 appears twice');
    expect(warnings[0]).toContain('Other, O.');
  });

  it('reads a persons list of 20,000 entries without losing any', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `<item><persName xml:id="p_X${i}">Name ${i}</persName>, role ${i}.</item>`);
    const { persons } = readPersonsList(`<list type="persons">${items.join('')}</list>`);
    expect(persons).toHaveLength(20_000);
    expect(persons[19_999]).toEqual({ id: 'p_X19999', name: 'Name 19999', description: 'role 19999' });
  });
});
