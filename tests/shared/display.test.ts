import { describe, expect, it } from 'vitest';
import { citationDate } from '../../src-main/core/citations/format';
import { metaRows } from '../../src-main/core/pdf/content/meta-rows';
import { dateParts, formatDate, formatDateShort } from '../../src-shared/display/dates';
import { partiesLabel, partiesShort, partyLabel } from '../../src-shared/display/parties';

describe('dates as the reader and the PDF show them', () => {
  it('puts the day first, as an edition’s apparatus does', () => {
    expect(formatDate({ start: '1947-12-03' })).toBe('3 December 1947');
    expect(formatDate({ start: '1947-12' })).toBe('December 1947');
    expect(formatDate({ start: '1941' })).toBe('1941');
    expect(formatDate({ start: '1956-11-16T17:50' })).toBe('16 November 1956, 17:50');
  });

  it('writes ranges with one year, and a spaced dash between dates that have spaces', () => {
    expect(formatDate({ start: '1947-12-03', end: '1947-12-05' })).toBe('3–5 December 1947');
    expect(formatDate({ start: '1947-11-30', end: '1947-12-02' })).toBe('30 November – 2 December 1947');
    expect(formatDate({ start: '1947-12-30', end: '1948-01-02' })).toBe('30 December 1947 – 2 January 1948');
    expect(formatDate({ start: '1941', end: '1945' })).toBe('1941–1945');
    expect(formatDate({ start: '1947-12-03', end: '1947-12-03' })).toBe('3 December 1947');
  });

  it('shows what is not a date as written, and a short form for lists', () => {
    expect(formatDate({ start: 'Spring 1947' })).toBe('Spring 1947');
    expect(dateParts('1947-13-40')).toEqual({ year: '1947' });
    expect(formatDateShort('1947-12-03')).toBe('3 Dec 1947');
    expect(formatDateShort('1947-12')).toBe('Dec 1947');
    expect(formatDateShort(null)).toBe('');
  });

  it('is the date the PDF prints in a document’s details, inferred values in brackets', () => {
    const date = { start: '1947-12-03', end: '1947-12-05' };
    const rows = metaRows({
      title: { value: 'T', provenance: { kind: 'stated' } },
      date: { value: date, provenance: { kind: 'inferred', from: 'the file number' } },
    });
    expect(rows.find((r) => r.label === 'Date')?.value).toBe(`[${formatDate(date)}]`);
  });
});

describe('dates in citations, which follow their style', () => {
  it('puts the month first and leaves out the time, as FRUS and Chicago print dates', () => {
    expect(citationDate({ start: '1947-12-03' })).toBe('December 3, 1947');
    expect(citationDate({ start: '1956-11-16T17:50' })).toBe('November 16, 1956');
    expect(citationDate({ start: '1947-12' })).toBe('December 1947');
    expect(citationDate({ start: '1947-12-03', end: '1947-12-05' })).toBe('December 3–5, 1947');
    expect(citationDate({ start: '1947-11-30', end: '1947-12-02' })).toBe('November 30–December 2, 1947');
    expect(citationDate({ start: '1947-12-30', end: '1948-01-02' })).toBe('December 30, 1947–January 2, 1948');
    expect(citationDate({ start: '1956-11-16T09:00', end: '1956-11-16T17:50' })).toBe('November 16, 1956');
  });
});

describe('parties', () => {
  it('reads office and name, the name once', () => {
    expect(partyLabel({ role: 'The Ambassador in France', name: 'Caffery' })).toBe('The Ambassador in France (Caffery)');
    expect(partyLabel({ role: ' Secretary of State ' })).toBe('Secretary of State');
    expect(partyLabel({ name: 'Maurice Dejean' })).toBe('Maurice Dejean');
    expect(partyLabel({ role: 'President Truman', name: 'Truman' })).toBe('President Truman');
    expect(partiesLabel([{ role: 'The Ambassador in France', name: 'Caffery' }, {}, { role: 'Secretary of State' }])).toBe(
      'The Ambassador in France (Caffery); Secretary of State',
    );
  });

  it('gives lists and filters names where known, else the office', () => {
    expect(partiesShort([{ role: 'The Ambassador in France', name: 'Caffery' }, { role: 'Secretary of State' }])).toBe('Caffery; Secretary of State');
    expect(partiesShort([])).toBeNull();
    expect(partiesShort(undefined)).toBeNull();
  });

  it('is what the PDF prints for sender and recipient', () => {
    const from = [{ role: 'The Ambassador in France', name: 'Caffery' }, { role: 'President Auriol', name: 'Auriol' }];
    const rows = metaRows({ title: { value: 'T', provenance: { kind: 'stated' } }, from: { value: from, provenance: { kind: 'stated' } } });
    expect(rows.find((r) => r.label === 'From')?.value).toBe(partiesLabel(from));
  });
});
