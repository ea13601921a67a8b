import { describe, expect, it } from 'vitest';
import { PersonIds } from '../../../src-main/core/importers/tei-person-ids';
import type { WarningInput } from '../../../src-main/core/importers/warnings';

// Ids as in frus1918Russiav03's persons list and text (p_BND1 = Baker, Newton D.).
function track(): { ids: PersonIds; warnings: WarningInput[] } {
  const warnings: WarningInput[] = [];
  return { ids: new PersonIds((w) => warnings.push(w)), warnings };
}

describe('persons list ids', () => {
  it('reports a person listed twice, where the second entry is', () => {
    const { ids, warnings } = track();
    ids.list('p_BND1', { line: 237 });
    ids.list('p_BND1', { line: 240 });
    ids.end();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'duplicate-person', key: 'p_BND1', line: 240 });
  });

  it('reports a corresp pointing nowhere once, with how often it was named', () => {
    const { ids, warnings } = track();
    ids.list('p_BND1', { line: 237 });
    ids.cite('#p_BND1', { line: 9806 });
    ids.cite('#p_XYZ9', { documentId: 'd12', line: 9900 });
    ids.cite('#p_XYZ9', { documentId: 'd13', line: 9950 });
    ids.end();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'missing-person', key: 'p_XYZ9', count: 2, documentId: 'd12' });
    expect(warnings[0]?.message).toContain('named 2 times');
  });

  it('accepts a name cited before the list entry, and never reports another volume\'s person', () => {
    const { ids, warnings } = track();
    ids.cite('#p_LR1', { line: 10 });
    ids.list('p_LR1', { line: 300 });
    ids.cite('frus1917Supp02v01#p_BAJ1', { line: 400 });
    ids.end();
    expect(warnings).toEqual([]);
  });
});
