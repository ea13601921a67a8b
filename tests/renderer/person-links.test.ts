import { describe, expect, it } from 'vitest';
import type { DocumentPerson, PersonDocument } from '../../src-main/contract/people';
import { roleCounts, shownDocuments } from '../../src-renderer/src/lib/person-documents';
import { mergeDirection } from '../../src-renderer/src/lib/person-merge';
import { countsLine, peopleByTarget, personQuery, personKeyOf, rolesLabel } from '../../src-renderer/src/lib/person-links';

const person = (personId: number, targets: string[]): DocumentPerson => ({ personId, name: `P${personId}`, description: '', source: 'listed', roles: ['mentioned'], targets, count: 1 });
const doc = (id: number, date: string | null, roles: PersonDocument['roles']): PersonDocument => ({ id, title: `D${id}`, date, collection: null, number: null, roles });

describe('names in the text and the person index', () => {
  it('tells a person link from a term or a document link, in this volume and in another', () => {
    expect(personKeyOf('#p_BND1')).toBe('p_BND1');
    expect(personKeyOf('frus1917Supp02v01#p_BAJ1')).toBe('frus1917Supp02v01#p_BAJ1');
    expect(personKeyOf('p_BND1')).toBe('p_BND1');
    expect(personKeyOf('#t_NODIS1')).toBeUndefined();
    expect(personKeyOf('#d12')).toBeUndefined();
    expect(personKeyOf('frus1918Russiav01#d5')).toBeUndefined();
  });

  it('finds the person behind each id the text links with', () => {
    const map = peopleByTarget([person(1, ['p_BND1']), person(2, ['frus1917Supp02v01#p_BAJ1', 'p_BAJ1'])]);
    expect(map.get('p_BND1')?.personId).toBe(1);
    expect(map.get('frus1917Supp02v01#p_BAJ1')?.personId).toBe(2);
    expect(map.get('p_BAJ1')?.personId).toBe(2);
  });

  it('says what a person is in a document and in the library in words', () => {
    expect(rolesLabel(['sender'])).toBe('sender');
    expect(rolesLabel(['sender', 'recipient', 'mentioned'])).toBe('sender, recipient and named');
    expect(countsLine({ sent: 3, received: 0, mentioned: 12 })).toBe('3 sent · 12 named');
    expect(countsLine({ sent: 0, received: 0, mentioned: 0 })).toBe('no documents');
  });

  it('searches for a person by the name as listed, a stray quote not ending the phrase', () => {
    expect(personQuery('Baker, Newton D.')).toBe('person:"Baker, Newton D."');
    expect(personQuery('Smith, "Red" John')).toBe('person:"Smith, Red John"');
  });

  it('lists a person’s documents of one role and one year, counting every tab', () => {
    const docs = [doc(1, '1917-12-01', ['sender']), doc(2, '1918-01-02', ['recipient', 'mentioned']), doc(3, '1918-05-01', ['mentioned']), doc(4, null, ['sender'])];
    expect(shownDocuments(docs, 'mentioned', null).map((d) => d.id)).toEqual([2, 3]);
    expect(shownDocuments(docs, null, 1918).map((d) => d.id)).toEqual([2, 3]);
    expect(roleCounts(docs, 1918)).toEqual({ all: 2, sender: 0, recipient: 1, mentioned: 2 });
    expect(roleCounts(docs, null).all).toBe(4);
  });

  it('keeps the editor’s listed entry as the head of a merge, whichever page it was started from', () => {
    type Who = { id: number; source: 'listed' | 'inferred' };
    const listed: Who = { id: 1, source: 'listed' };
    const inferred: Who = { id: 2, source: 'inferred' };
    expect(mergeDirection(inferred, listed)).toEqual({ into: listed, from: inferred });
    expect(mergeDirection(listed, inferred)).toEqual({ into: listed, from: inferred });
    expect(mergeDirection(listed, { id: 3, source: 'listed' }).into.id).toBe(1);
  });
});
